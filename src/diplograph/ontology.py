"""The diplograph ontology (TBox): as an rdflib graph, or loaded into owlready2.

The ontology is kept in Turtle (``ontology/diplograph.ttl``), which rdflib reads
directly. owlready2 cannot parse Turtle, so :func:`load_owlready` converts it to
N-Triples first. Nothing is read until a function is called.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplograph.resources import ontology_path

if TYPE_CHECKING:
    from rdflib import Graph

#: The ontology's IRI (the owl:Ontology node); terms live under ``ONTOLOGY_IRI + "#"``.
ONTOLOGY_IRI = "https://w3id.org/diplograph/ontology"


def ontology_graph(path: str | os.PathLike[str] | None = None) -> Graph:
    """Parse the ontology and return it as a new :class:`rdflib.Graph`.

    ``path`` is a Turtle file; by default the bundled ``ontology/diplograph.ttl``
    (see :func:`diplograph.resources.ontology_path`). Each call returns a fresh
    graph, so callers may modify it.
    """
    from rdflib import Graph

    from diplograph.namespaces import PREFIXES

    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.parse(Path(path) if path is not None else ontology_path(), format="turtle")
    return graph


def load_owlready(path: str | os.PathLike[str] | None = None) -> tuple[Any, Any]:
    """Load the ontology into a fresh owlready2 ``World`` and return ``(world, onto)``.

    ``path`` is a Turtle file (default: the bundled ontology). ``onto`` is the
    loaded ``owlready2.Ontology``; its classes are reachable by name, e.g.
    ``onto.Person`` or ``onto["MoU"]``. The world is private to the caller, so
    running a reasoner on it touches nothing else. ``dg:date`` and the other
    date properties have range ``xsd:date``, which is outside the OWL 2
    datatype map, so run HermiT as
    ``owlready2.sync_reasoner_hermit(world, ignore_unsupported_datatypes=True)``.
    """
    import owlready2

    # owlready2 reads RDF/XML, OWL/XML and N-Triples, not Turtle. The N-Triples
    # stay in memory: no temporary file to clean up.
    ntriples = ontology_graph(path).serialize(format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(ONTOLOGY_IRI + "#").load(
        fileobj=io.BytesIO(ntriples), format="ntriples"
    )
    return world, onto
