"""The RDF namespaces diplograph uses, and nothing else."""

from __future__ import annotations

from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD


class _Vocabulary(Namespace):
    """A namespace of a closed vocabulary (the ontology's), each term made once: rdflib
    makes and checks a new URIRef at every ``DG.Meeting``, graph building reads one or
    two per triple, and a term shared by many triples pickles once when a worker sends
    a batch of articles' triples back."""

    @lru_cache(maxsize=1024)  # noqa: B019 - a few hundred terms, the namespaces live on
    def term(self, name: str) -> URIRef:
        return super().term(name)


DG = _Vocabulary("https://w3id.org/diplograph/ontology#")
DGR = Namespace("https://w3id.org/diplograph/id/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")

#: Prefixes bound in every graph, export and query diplograph writes.
PREFIXES: dict[str, Namespace] = {
    "dg": DG,
    "dgr": DGR,
    "schema": SCHEMA,
    "wd": WD,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "foaf": FOAF,
    "org": ORG,
    "prov": PROV,
    "dcterms": DCTERMS,
}

#: Named graph holding the ontology (TBox) once loaded into a store.
ONTOLOGY_GRAPH = DGR["graph/ontology"]
#: Named graph holding gazetteer background facts (states, capitals) that no article states.
BACKGROUND_GRAPH = DGR["graph/background"]
#: Named graph holding the facts ``diplograph reason`` infers; never an article's graph.
INFERRED_GRAPH = DGR["graph/inferred"]
#: Which diplograph wrote the store (see diplograph.storeversion).
MARKER_GRAPH = DGR["graph/diplograph"]
#: Graphs that are not articles' graphs.
SYSTEM_GRAPHS = frozenset({ONTOLOGY_GRAPH, BACKGROUND_GRAPH, INFERRED_GRAPH, MARKER_GRAPH})

__all__ = [
    "BACKGROUND_GRAPH",
    "DCTERMS",
    "DG",
    "DGR",
    "FOAF",
    "INFERRED_GRAPH",
    "MARKER_GRAPH",
    "ONTOLOGY_GRAPH",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "SYSTEM_GRAPHS",
    "WD",
    "XSD",
]
