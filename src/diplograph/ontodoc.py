"""Documentation of the ontology, generated from ``ontology/diplograph.ttl``.

:func:`ontology_html` writes one self-contained HTML page (no script, no web
font, no request leaves it) listing every dg: class and property with its
label, comment, superclasses, domain and range, and for each class the
properties that start or end at it.  :func:`mermaid_diagram` draws the classes
and properties as a Mermaid ``classDiagram`` (GitHub renders it in the
README).  ``tools/make_ontology_docs.py`` writes both; a test checks that the
files in the repository match the ontology.

pyLODE was the first choice; its current release (3.4) fails on import when
installed from a wheel (it reads a ``pyproject.toml`` it does not ship), so the
page is made here, from the same graph a researcher loads.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .namespaces import DG, PREFIXES
from .ontology import ONTOLOGY_IRI, ontology_graph

if TYPE_CHECKING:
    from rdflib import Graph


@dataclass
class Term:
    """A dg: class or property as the documentation shows it."""

    iri: str
    name: str  # the local name, e.g. "participant"
    kind: str  # "class", "object property" or "datatype property"
    label: str
    comment: str
    parents: list[str] = field(default_factory=list)  # superclasses / superproperties
    domain: list[str] = field(default_factory=list)  # several: a union
    range: list[str] = field(default_factory=list)


def _english(graph: Graph, subject, predicate) -> str:
    from rdflib import Literal

    values = [v for v in graph.objects(subject, predicate) if isinstance(v, Literal)]
    values.sort(key=lambda v: (v.language not in ("en", None), str(v)))
    return " ".join(str(values[0]).split()) if values else ""


def _members(graph: Graph, node) -> list:
    from rdflib import BNode
    from rdflib.collection import Collection
    from rdflib.namespace import OWL

    if isinstance(node, BNode) and (union := graph.value(node, OWL.unionOf)) is not None:
        return list(Collection(graph, union))
    return [node]


def curie(iri: str) -> str:
    """``dg:Meeting`` for a term of a bound namespace, else the IRI itself."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(str(namespace)) and len(iri) > len(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)):]}"
    return iri


def terms(graph: Graph | None = None) -> list[Term]:
    """Every dg: class and property of the ontology, classes first, each group by name."""
    from rdflib.namespace import OWL, RDF, RDFS

    graph = graph if graph is not None else ontology_graph()
    found: list[Term] = []
    for kind, cls in (("class", OWL.Class), ("object property", OWL.ObjectProperty),
                      ("datatype property", OWL.DatatypeProperty)):
        for subject in sorted(set(graph.subjects(RDF.type, cls)), key=str):
            if not str(subject).startswith(str(DG)):
                continue
            parent = RDFS.subClassOf if kind == "class" else RDFS.subPropertyOf
            found.append(Term(
                iri=str(subject), name=str(subject)[len(str(DG)):], kind=kind,
                label=_english(graph, subject, RDFS.label),
                comment=_english(graph, subject, RDFS.comment),
                parents=sorted(str(p) for p in graph.objects(subject, parent)),
                domain=[str(m) for d in graph.objects(subject, RDFS.domain)
                        for m in _members(graph, d)],
                range=[str(m) for r in graph.objects(subject, RDFS.range)
                       for m in _members(graph, r)]))
    return found


# --- HTML -----------------------------------------------------------------------------------------

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto;
       padding: 0 1rem; color: #1d2430; }
h1, h2 { border-bottom: 1px solid #d5dae1; padding-bottom: .2rem; }
section.term { border: 1px solid #d5dae1; border-radius: 6px; padding: .6rem 1rem;
               margin: 1rem 0; }
section.term h3 { margin: .2rem 0; }
code, .iri { font-family: ui-monospace, monospace; font-size: 90%; }
.iri { color: #5a6472; }
.kind { font-size: 80%; color: #fff; border-radius: 3px; padding: 0 .4rem;
        margin-left: .4rem; vertical-align: middle; }
.class { background: #3b6fb6; } .object { background: #2f8a5b; }
.datatype { background: #b0702c; }
dl { display: grid; grid-template-columns: 9rem 1fr; gap: .1rem 1rem; margin: .4rem 0; }
dt { color: #5a6472; } dd { margin: 0; }
table { border-collapse: collapse; } td, th { border: 1px solid #d5dae1; padding: .2rem .5rem;
text-align: left; }
nav ul { columns: 3; }
"""


def _link(iri: str, local: set[str]) -> str:
    if iri in local:
        name = iri[len(str(DG)):]
        return f'<a href="#{html.escape(name)}"><code>{html.escape(curie(iri))}</code></a>'
    text = html.escape(curie(iri))
    if iri.startswith(("http://", "https://")) and not iri.startswith(str(DG)):
        return f'<a href="{html.escape(iri)}"><code>{text}</code></a>'
    return f"<code>{text}</code>"


def _links(iris: list[str], local: set[str], joiner: str = ", ") -> str:
    return joiner.join(_link(i, local) for i in iris) if iris else "—"


def _ancestors(iri: str, parents: dict[str, list[str]]) -> list[str]:
    """The dg: superclasses of a class, nearest first (each once)."""
    found: list[str] = []
    queue = list(parents.get(iri, []))
    while queue:
        parent = queue.pop(0)
        if parent in parents and parent not in found:
            found.append(parent)
            queue += parents[parent]
    return found


def ontology_html(graph: Graph | None = None) -> str:
    """The ontology's documentation as one self-contained HTML page (a ``str``)."""
    from rdflib import URIRef
    from rdflib.namespace import DCTERMS, OWL, RDFS

    graph = graph if graph is not None else ontology_graph()
    found = terms(graph)
    local = {t.iri for t in found}
    onto = URIRef(ONTOLOGY_IRI)
    title = _english(graph, onto, DCTERMS.title) or _english(graph, onto, RDFS.label)
    version = str(graph.value(onto, OWL.versionInfo) or "")
    description = _english(graph, onto, DCTERMS.description) or _english(graph, onto,
                                                                           RDFS.comment)
    parents = {t.iri: t.parents for t in found if t.kind == "class"}
    children: dict[str, list[str]] = defaultdict(list)
    outgoing: dict[str, list[str]] = defaultdict(list)
    incoming: dict[str, list[str]] = defaultdict(list)
    for term in found:
        for parent in term.parents:
            children[parent].append(term.iri)
        if term.kind != "class":
            for d in term.domain:
                outgoing[d].append(term.iri)
            for r in term.range:
                incoming[r].append(term.iri)

    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           # Nothing on the page may fetch anything: it is read offline, from a checkout.
           '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
           'style-src \'unsafe-inline\'">',
           f"<title>{html.escape(title)}</title>", f"<style>{_STYLE}</style>", "</head>",
           "<body>", f"<h1>{html.escape(title)}</h1>",
           f'<p><span class="iri">{html.escape(ONTOLOGY_IRI)}</span>'
           f"{' · version ' + html.escape(version) if version else ''}</p>",
           f"<p>{html.escape(description)}</p>",
           "<p>Generated from <code>ontology/diplograph.ttl</code> by "
           "<code>tools/make_ontology_docs.py</code>; do not edit by hand.</p>",
           "<h2>Namespaces</h2>", "<table><tr><th>prefix</th><th>namespace</th></tr>"]
    for prefix, namespace in PREFIXES.items():
        out.append(f"<tr><td><code>{prefix}:</code></td>"
                   f"<td><code>{html.escape(str(namespace))}</code></td></tr>")
    out.append("</table>")

    groups = (("class", "Classes", "class"), ("object property", "Object properties", "object"),
              ("datatype property", "Datatype properties", "datatype"))
    out.append("<nav><h2>Contents</h2>")
    for kind, heading, _css in groups:
        out.append(f"<h3>{heading}</h3><ul>")
        out += [f'<li><a href="#{t.name}">{html.escape(curie(t.iri))}</a></li>'
                for t in found if t.kind == kind]
        out.append("</ul>")
    out.append("</nav>")

    for kind, heading, css in groups:
        out.append(f"<h2>{heading}</h2>")
        for t in (t for t in found if t.kind == kind):
            out.append(f'<section class="term" id="{html.escape(t.name)}">')
            out.append(f"<h3>{html.escape(t.label or t.name)}"
                       f'<span class="kind {css}">{kind}</span></h3>')
            out.append(f'<div class="iri">{html.escape(t.iri)}</div>')
            out.append(f"<p>{html.escape(t.comment)}</p><dl>")
            if kind == "class":
                out.append(f"<dt>subclass of</dt><dd>{_links(t.parents, local)}</dd>")
                if children.get(t.iri):
                    out.append(f"<dt>subclasses</dt><dd>{_links(children[t.iri], local)}</dd>")
                out.append(f"<dt>properties</dt><dd>{_links(outgoing.get(t.iri, []), local)}"
                           "</dd>")
                inherited = [p for a in _ancestors(t.iri, parents) for p in outgoing.get(a, [])]
                if inherited:
                    out.append(f"<dt>inherited</dt><dd>{_links(inherited, local)}</dd>")
                if incoming.get(t.iri):
                    out.append(f"<dt>used as value of</dt><dd>"
                               f"{_links(incoming[t.iri], local)}</dd>")
            else:
                if t.parents:
                    out.append(f"<dt>subproperty of</dt><dd>{_links(t.parents, local)}</dd>")
                out.append(f"<dt>domain</dt><dd>{_links(t.domain, local, ' or ')}</dd>")
                out.append(f"<dt>range</dt><dd>{_links(t.range, local, ' or ')}</dd>")
            out.append("</dl></section>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# --- Mermaid --------------------------------------------------------------------------------------


def _short(iri: str) -> str:
    return iri[len(str(DG)):] if iri.startswith(str(DG)) else curie(iri).replace(":", "_")


def mermaid_diagram(graph: Graph | None = None) -> str:
    """A Mermaid ``classDiagram`` of the dg: classes: subclass arrows, object properties as
    labelled arrows, datatype properties as attributes (with their XSD type).  Properties
    on ``owl:Thing`` (``dg:alias``, ``dg:evidence``, ``dg:mentions``) are left out: they
    would tie every class to every other."""
    from rdflib.namespace import OWL

    graph = graph if graph is not None else ontology_graph()
    found = terms(graph)
    classes = [t for t in found if t.kind == "class"]
    names = {t.iri for t in classes}
    thing = str(OWL.Thing)
    attributes: dict[str, list[str]] = defaultdict(list)
    lines = ["classDiagram", "    direction LR"]
    for t in classes:
        for parent in t.parents:
            if parent in names:
                lines.append(f"    {_short(parent)} <|-- {_short(t.iri)}")
    for t in found:
        if t.kind == "class" or thing in t.domain or thing in t.range:
            continue
        for d in t.domain:
            if t.kind == "datatype property":
                types = "|".join(_short(r).removeprefix("xsd_") for r in t.range)
                attributes[d].append(f"{types} {t.name}")
            else:
                lines += [f"    {_short(d)} --> {_short(r)} : {t.name}"
                          for r in t.range if r in names]
    for t in classes:
        if attributes.get(t.iri):
            lines.append(f"    class {t.name} {{")
            lines += [f"        {a}" for a in sorted(attributes[t.iri])]
            lines.append("    }")
        else:
            lines.append(f"    class {t.name}")
    return "\n".join(lines) + "\n"


#: Markers around the generated diagram in README.md.
README_START = "<!-- ontology-diagram: generated by tools/make_ontology_docs.py -->"
README_END = "<!-- /ontology-diagram -->"


def readme_with_diagram(readme: str, diagram: str) -> str:
    """``readme`` with the text between :data:`README_START` and :data:`README_END` replaced
    by ``diagram`` in a fenced ``mermaid`` block; unchanged when the markers are missing."""
    start, end = readme.find(README_START), readme.find(README_END)
    if start < 0 or end < start:
        return readme
    block = f"{README_START}\n```mermaid\n{diagram}```\n"
    return readme[:start] + block + readme[end:]


__all__ = ["README_END", "README_START", "Term", "curie", "mermaid_diagram", "ontology_html",
           "readme_with_diagram", "terms"]
