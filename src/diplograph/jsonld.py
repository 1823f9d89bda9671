"""JSON-LD with diplograph's published ``@context``: keys read ``participant``, ``date``…

The context is the file ``ontology/context.jsonld``, generated from the ontology
by :func:`build_context` (``python tools/make_context.py`` rewrites it).  Each
dg: class and property gets a term named by its local name; object properties
are typed ``@id`` (their values are IRIs), date properties ``xsd:date``, so a
meeting reads ``{"@type": "Meeting", "participant": ["dgr:person/…"], "date":
"2021-04-14"}``.  Values that do not fit a term's type keep the full form, so a
document always parses back to the same graph.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from .errors import InputError
from .namespaces import DG, PREFIXES
from .resources import resource_root

#: Terms for the few non-dg: properties every diplograph graph uses.
_EXTRA_TERMS: dict[str, Any] = {
    "label": "rdfs:label",
    "comment": "rdfs:comment",
    "sameAs": {"@id": "owl:sameAs", "@type": "@id"},
}


def context_path():
    """Path of the published context file, ``ontology/context.jsonld``."""
    return resource_root() / "ontology" / "context.jsonld"


def build_context(ontology: Graph) -> dict[str, Any]:
    """The ``@context`` for the dg: classes and properties declared in ``ontology``.

    Prefixes first (``dg``, ``dgr``, ``schema``, …), then one term per dg:
    class and property, named by its local name, sorted.
    """
    context: dict[str, Any] = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    context.update(_EXTRA_TERMS)
    terms: dict[str, Any] = {}
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for subject in ontology.subjects(RDF.type, kind):
            if not isinstance(subject, URIRef) or not subject.startswith(str(DG)):
                continue
            name = subject[len(str(DG)):]
            compact = f"dg:{name}"
            if kind == OWL.ObjectProperty:
                terms[name] = {"@id": compact, "@type": "@id"}
            elif kind == OWL.DatatypeProperty and (subject, RDFS.range, XSD.date) in ontology:
                terms[name] = {"@id": compact, "@type": "xsd:date"}
            else:
                terms[name] = compact
    context.update(dict(sorted(terms.items())))
    return context


@cache
def load_context() -> dict[str, Any]:
    """The published ``@context`` (the value inside ``{"@context": …}``)."""
    path = context_path()
    try:
        return json.loads(path.read_text(encoding="utf-8"))["@context"]
    except (OSError, ValueError, KeyError) as exc:
        raise InputError(f"cannot read the JSON-LD context {path}: {exc}") from None


def to_jsonld(graph: Graph) -> str:
    """``graph`` as compact JSON-LD text with the published context written inline.

    Inline rather than by URL, so the file parses offline to the same graph.
    """
    return graph.serialize(format="json-ld", context=load_context(), auto_compact=True)


__all__ = ["build_context", "context_path", "load_context", "to_jsonld"]
