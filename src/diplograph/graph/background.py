"""The gazetteer as background facts, in their own named graph.

States with ISO codes and Wikidata links, places with the state they lie in:
facts no article states, kept in ``dgr:graph/background`` so article graphs
hold only what articles say.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from ..namespaces import DG, WD
from ..world import World
from . import iris


def background_triples(world: World) -> list[tuple[URIRef, URIRef, object]]:
    """Triples describing every state and place of the world data (airports aside: the
    extractor reads them, but no meeting or visit is placed at one)."""
    triples = []
    for info in world.states.values():
        state = iris.state_iri(info.iso2)
        triples += [(state, RDF.type, DG.State), (state, RDFS.label, Literal(info.name)),
                    (state, DG.iso2, Literal(info.iso2)), (state, DG.iso3, Literal(info.iso3))]
        if info.wikidata:
            triples.append((state, OWL.sameAs, WD[info.wikidata]))
    for place in world.places:
        if place.kind == "airport":
            continue  # read in texts only (where a guest landed); no fact is placed there
        iri = iris.place_iri(place.name)
        triples += [(iri, RDF.type, DG.Place), (iri, RDFS.label, Literal(place.name))]
        if place.iso2:
            triples.append((iri, DG.inState, iris.state_iri(place.iso2)))
        if place.wikidata:
            triples.append((iri, OWL.sameAs, WD[place.wikidata]))
    return triples
