"""The explorer's model: actors, events, evidence, subgraphs, layout, generated graphs.

The sample is our own invention: three leaders of two states who meet in 2019
and 2023, a visit, an agreement, quotes, and two articles (one with a URL).
"""

from __future__ import annotations

import math

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from diplograph.errors import InputError, QueryError
from diplograph.explorer import (
    around_person,
    between_dates,
    build_explorer,
    construct_quads,
    find_nodes,
    of_state,
)
from diplograph.layout import SPACING, layout
from diplograph.namespaces import BACKGROUND_GRAPH, DG, DGR, RDF, RDFS
from diplograph.synthetic import synthetic_quads

ART1 = DGR["article/one"]
ART2 = DGR["article/two"]
ADA = DGR["person/ada-veln"]
BORIS = DGR["person/boris-tamm"]
CORA = DGR["person/cora-lund"]
ELIN = DGR["person/elin-mors"]
KESTRIA = DGR["state/KE"]
POS_E = DGR["position/president/KE"]
M2021 = DGR["meeting/2021-02-02-be"]
VALDA = DGR["state/VA"]
ORNIA = DGR["state/OR"]
POS_A = DGR["position/president/VA"]
POS_B = DGR["position/president/OR"]
POS_C = DGR["position/minister/OR"]
M2019 = DGR["meeting/2019-03-02-ab"]
M2023 = DGR["meeting/2023-06-01-ac"]
VISIT = DGR["visit/2023-05-31-c-va"]
DEAL = DGR["agreement/2021-trade"]
TRADE = DGR["topic/trade"]
QUOTE_OLD = DGR["quote/old"]
QUOTE_NEW = DGR["quote/new"]
HARBOUR = DGR["place/harbour-town"]
SENTENCE_2019 = "Ada Veln met Boris Tamm in Harbour Town on Saturday."
SENTENCE_2023 = "Ada Veln received Cora Lund, who had arrived the day before."
URL = "https://news.example.org/2023/talks"


def explorer_quads(person_label: str = "Ada Veln", quote_text: str = "We build bridges",
                   evidence: str = SENTENCE_2019, title: str = "Valda and Ornia talk",
                   source: str = URL) -> list[tuple]:
    """Two articles of our own invention; the arguments let tests make them hostile."""
    def day(value: str) -> Literal:
        return Literal(value, datatype=XSD.date)

    one = [
        (ART1, RDF.type, DG.Article), (ART1, RDFS.label, Literal("Leaders meet in 2019")),
        (ART1, DG.source, Literal("corpus/one.txt")),
        (ADA, RDF.type, DG.Person), (ADA, RDFS.label, Literal(person_label)),
        (ADA, DG.alias, Literal("Veln")), (ADA, DG.holdsPosition, POS_A),
        (POS_A, RDF.type, DG.Position), (POS_A, RDFS.label, Literal("President of Valda")),
        (POS_A, DG.ofState, VALDA),
        (BORIS, RDF.type, DG.Person), (BORIS, RDFS.label, Literal("Boris Tamm")),
        (BORIS, DG.holdsPosition, POS_B),
        (POS_B, RDF.type, DG.Position), (POS_B, RDFS.label, Literal("President of Ornia")),
        (POS_B, DG.ofState, ORNIA),
        (M2019, RDF.type, DG.Meeting), (M2019, RDFS.label, Literal("Meeting of Ada and Boris")),
        (M2019, DG.date, day("2019-03-02")), (M2019, DG.participant, ADA),
        (M2019, DG.participant, BORIS), (M2019, DG.evidence, Literal(evidence)),
        (M2019, DG.location, HARBOUR),
        (HARBOUR, RDF.type, DG.Place), (HARBOUR, RDFS.label, Literal("Harbour Town")),
        (QUOTE_OLD, RDF.type, DG.Quote), (QUOTE_OLD, DG.text, Literal(quote_text)),
        (QUOTE_OLD, DG.speaker, ADA), (QUOTE_OLD, DG.date, day("2019-03-02")),
        (QUOTE_OLD, DG.occasion, M2019),
    ]
    two = [
        (ART2, RDF.type, DG.Article), (ART2, RDFS.label, Literal(title)),
        (ART2, DG.source, Literal(source)),
        (ADA, RDF.type, DG.Person), (ADA, RDFS.label, Literal(person_label)),
        (ADA, DG.holdsPosition, POS_A), (POS_A, DG.ofState, VALDA),
        (CORA, RDF.type, DG.Person), (CORA, RDFS.label, Literal("Cora Lund")),
        (CORA, DG.holdsPosition, POS_C),
        (POS_C, RDF.type, DG.Position), (POS_C, RDFS.label, Literal("Minister of Ornia")),
        (POS_C, DG.ofState, ORNIA),
        (M2023, RDF.type, DG.Meeting), (M2023, RDFS.label, Literal("Meeting of Ada and Cora")),
        (M2023, DG.date, day("2023-06-01")), (M2023, DG.participant, ADA),
        (M2023, DG.participant, CORA), (M2023, DG.evidence, Literal(SENTENCE_2023)),
        (M2023, DG.partOf, VISIT),
        (VISIT, RDF.type, DG.Visit), (VISIT, RDFS.label, Literal("Visit of Cora Lund to Valda")),
        (VISIT, DG.startDate, day("2023-05-31")), (VISIT, DG.guest, CORA),
        (VISIT, DG.hostState, VALDA), (VISIT, DG.evidence, Literal(SENTENCE_2023)),
        (DEAL, RDF.type, DG.Agreement), (DEAL, RDFS.label, Literal("Trade agreement")),
        (DEAL, DG.date, day("2021-09-09")), (DEAL, DG.party, VALDA), (DEAL, DG.party, ORNIA),
        (DEAL, DG.topic, TRADE), (TRADE, RDF.type, DG.Topic), (TRADE, RDFS.label, Literal("trade")),
        (QUOTE_NEW, RDF.type, DG.Quote), (QUOTE_NEW, DG.text, Literal("Trade is growing")),
        (QUOTE_NEW, DG.speaker, ADA), (QUOTE_NEW, DG.date, day("2023-06-01")),
        (ELIN, RDF.type, DG.Person), (ELIN, RDFS.label, Literal("Elin Mors")),
        (ELIN, DG.holdsPosition, POS_E), (POS_E, RDF.type, DG.Position),
        (POS_E, RDFS.label, Literal("President of Kestria")), (POS_E, DG.ofState, KESTRIA),
        (M2021, RDF.type, DG.Meeting), (M2021, RDFS.label, Literal("Call of Boris and Elin")),
        (M2021, DG.date, day("2021-02-02")), (M2021, DG.participant, BORIS),
        (M2021, DG.participant, ELIN), (M2021, DG["format"], Literal("phone call")),
    ]
    background = [
        (VALDA, RDF.type, DG.State), (VALDA, RDFS.label, Literal("Valda")),
        (VALDA, DG.iso2, Literal("VA")),
        (ORNIA, RDF.type, DG.State), (ORNIA, RDFS.label, Literal("Ornia")),
        (ORNIA, DG.iso2, Literal("OR")),
        (KESTRIA, RDF.type, DG.State), (KESTRIA, RDFS.label, Literal("Kestria")),
    ]
    return ([(*t, ART1) for t in one] + [(*t, ART2) for t in two]
            + [(*t, BACKGROUND_GRAPH) for t in background])


@pytest.fixture(scope="module")
def model():
    return build_explorer(explorer_quads())


def test_persons_and_states_are_the_actors_and_events_link_them(model):
    graph = model.graph()
    assert set(graph) == {str(ADA), str(BORIS), str(CORA), str(ELIN), str(VALDA), str(ORNIA),
                          str(KESTRIA)}
    # Meetings link the people who met, a visit its guest and host, an agreement its parties.
    assert graph.edges[str(ADA), str(BORIS)]["events"] == [str(M2019)]
    assert graph.edges[str(ADA), str(CORA)]["events"] == [str(M2023)]
    assert graph.edges[str(CORA), str(VALDA)]["events"] == [str(VISIT)]
    assert graph.edges[str(VALDA), str(ORNIA)]["weight"] == 1
    # A person is tied to the state of the office they hold.
    assert graph.edges[str(BORIS), str(ORNIA)]["member"] is True
    assert graph.nodes[str(ADA)]["events"] == 2
    assert graph.nodes[str(CORA)]["events"] == 2
    assert graph.nodes[str(VALDA)]["events"] == 2
    assert model.nodes[str(CORA)].state == str(ORNIA)
    assert model.years() == [2019, 2021, 2023]


def test_every_event_keeps_its_sentence_and_article(model):
    titles = [a.title for a in model.articles]
    assert titles == ["Leaders meet in 2019", "Valda and Ornia talk"]
    assert [a.url for a in model.articles] == [None, URL]
    meeting = model.nodes[str(M2019)]
    assert [(model.sentences[s], arts) for s, arts in meeting.evidence] == [
        (SENTENCE_2019, (0,))]
    # One sentence stated for two events is stored once.
    assert model.sentences.count(SENTENCE_2023) == 1
    assert model.nodes[str(VISIT)].date == "2023-05-31"
    assert model.nodes[str(QUOTE_OLD)].text == "We build bridges"
    assert ("alias", "Veln", (0,)) in model.nodes[str(ADA)].facts


def test_between_dates_keeps_events_of_those_dates_and_their_people(model):
    cut = between_dates(model, "2022-01-01", None)
    assert str(M2019) not in cut.nodes and str(DEAL) not in cut.nodes
    assert {str(M2023), str(VISIT)} <= set(cut.nodes)
    assert str(BORIS) not in cut.nodes  # his meetings were in 2019 and 2021
    assert str(QUOTE_OLD) not in cut.nodes and str(QUOTE_NEW) in cut.nodes
    assert str(HARBOUR) not in cut.nodes  # the place of the 2019 meeting only
    with pytest.raises(InputError, match="not YYYY-MM-DD"):
        between_dates(model, "2022", None)


def test_around_person_follows_meetings_hop_by_hop(model):
    one = around_person(model, "boris", 1)
    assert {n.iri for n in one.of_kind(("Person",))} == {str(ADA), str(BORIS), str(ELIN)}
    two = around_person(model, "Boris Tamm", 2)
    assert str(CORA) in two.nodes and str(M2023) in two.nodes
    zero = around_person(model, "boris", 0)
    assert {n.iri for n in zero.of_kind(("Person",))} == {str(BORIS)}
    with pytest.raises(InputError, match="no person is named 'nobody'"):
        around_person(model, "nobody")


def test_of_state_keeps_its_people_and_their_events(model):
    cut = of_state(model, "va")  # the ISO code, any case
    assert {n.iri for n in cut.of_kind(("Person",))} == {str(ADA), str(BORIS), str(CORA)}
    assert str(DEAL) in cut.nodes and str(M2021) not in cut.nodes
    assert str(KESTRIA) not in cut.nodes
    assert find_nodes(model, "Valda", ("State",)) == [str(VALDA)]
    with pytest.raises(InputError, match="no state is named"):
        of_state(model, "Atlantis")


def test_construct_query_picks_triples_and_keeps_their_articles(tmp_path):
    from diplograph.stores.embedded import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    try:
        by_graph: dict = {}
        for s, p, o, g in explorer_quads():
            by_graph.setdefault(g, []).append((s, p, o))
        for g, triples in by_graph.items():
            store.replace_graph(g, triples)
        quads = construct_quads(store, """
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            CONSTRUCT { ?m dg:participant ?p } WHERE { ?m a dg:Meeting ; dg:participant ?p }""")
        cut = build_explorer(quads)
        assert {n.kind for n in cut.nodes.values()} == {"Meeting", "Person"}
        assert cut.nodes[str(ADA)].label == "Ada Veln"
        assert [a.title for a in cut.articles] == ["Leaders meet in 2019", "Valda and Ornia talk"]
        assert cut.graph().edges[str(ADA), str(BORIS)]["events"] == [str(M2019)]
        with pytest.raises(QueryError, match="CONSTRUCT"):
            construct_quads(store, "SELECT * { ?s ?p ?o } LIMIT 1")
    finally:
        store.close()


def test_layout_places_every_node_apart_and_is_deterministic(model):
    graph = model.graph()
    first, second = layout(graph), layout(graph)
    assert first == second and set(first) == set(graph)
    points = list(first.values())
    nearest = min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1:])
    assert nearest > SPACING / 3


@pytest.fixture(scope="module")
def big():
    """A generated graph whose default view has 5,000 nodes and over 20,000 edges."""
    return build_explorer(synthetic_quads())


def test_generated_graph_has_5000_actors_and_20000_links(big):
    graph = big.graph()
    assert graph.number_of_nodes() == 5000
    assert graph.number_of_edges() >= 20000


def test_large_layout_keeps_states_together(big):
    graph = big.graph()
    positions = layout(graph)
    assert set(positions) == set(graph)
    # People sit nearer their own state than the average distance between states.
    states = [n for n, kind in graph.nodes(data="kind") if kind == "State"]
    own = [math.dist(positions[n], positions[graph.nodes[n]["state"]])
           for n in list(graph)[:500] if graph.nodes[n]["kind"] == "Person"]
    between = [math.dist(positions[a], positions[b]) for a in states[:20] for b in states[20:40]]
    assert sum(own) / len(own) < sum(between) / len(between) / 3
