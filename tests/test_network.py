"""to_networkx: nodes, kinds, edges and source counts from hand-built quads."""

from __future__ import annotations

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from diplograph.namespaces import BACKGROUND_GRAPH, DG, DGR, OWL, RDF, RDFS, WD
from diplograph.network import to_networkx

A1 = DGR["article/a1"]
A2 = DGR["article/a2"]
RUTO = DGR["person/william-ruto"]
MUDAVADI = DGR["person/musalia-mudavadi"]
PRESIDENT = DGR["position/president-ken"]
PRIME_MINISTER = DGR["position/prime-minister-ken"]
KENYA = DGR["state/ken"]
TURKIYE = DGR["state/tur"]
NAIROBI = DGR["place/nairobi"]
MEETING = DGR["meeting/2024-05-01-ruto-mudavadi"]
MOU = DGR["agreement/energy-mou"]
ENERGY = DGR["topic/energy"]
QUOTE = DGR["quote/abc123"]
QUOTE_TEXT = ("Our cooperation in energy is a strategic priority and will grow "
              "stronger in the coming years")


def sample_quads(person_label: str = "William Ruto", quote_text: str = QUOTE_TEXT,
                 place_label: str = "Nairobi", article_title: str = "Ruto receives Mudavadi",
                 ) -> list[tuple]:
    """Two articles reporting one meeting, plus a MoU, a quote and background facts."""
    def lit(value: str) -> Literal:
        return Literal(value)

    def day(value: str) -> Literal:
        return Literal(value, datatype=XSD.date)

    shared = [  # stated by both articles
        (RUTO, RDF.type, DG.Person), (RUTO, RDFS.label, lit(person_label)),
        (MUDAVADI, RDF.type, DG.Person), (MUDAVADI, RDFS.label, lit("Ali Mudavadi")),
        (MEETING, RDF.type, DG.Meeting), (MEETING, RDF.type, DG.Event),
        (MEETING, DG.participant, RUTO), (MEETING, DG.participant, MUDAVADI),
        (MEETING, DG.date, day("2024-05-01")), (MEETING, DG["format"], lit("one-on-one")),
        (MEETING, DG.location, NAIROBI),
        (NAIROBI, RDF.type, DG.Place), (NAIROBI, RDFS.label, lit(place_label)),
    ]
    only_a1 = [
        (A1, RDF.type, DG.Article), (A1, RDFS.label, lit(article_title)),
        (A1, DG.source, lit("articles/a1.txt")), (A1, DG.published, day("2024-05-01")),
        (A1, DG.dateline, NAIROBI), (A1, DG.mentions, RUTO), (A1, DG.mentions, MUDAVADI),
        (RUTO, DG.holdsPosition, PRESIDENT),
        (PRESIDENT, RDF.type, DG.Position), (PRESIDENT, RDFS.label, lit("President of AZ")),
        (PRESIDENT, DG.role, lit("President")), (PRESIDENT, DG.ofState, KENYA),
        (MUDAVADI, DG.holdsPosition, PRIME_MINISTER),
        (PRIME_MINISTER, RDF.type, DG.Position), (PRIME_MINISTER, DG.role, lit("Prime Minister")),
        (PRIME_MINISTER, RDFS.label, lit("Prime Minister of AZ")),
        (PRIME_MINISTER, DG.ofState, KENYA),
        (NAIROBI, DG.inState, KENYA),
    ]
    only_a2 = [
        (A2, RDF.type, DG.Article), (A2, DG.source, lit("articles/a2.txt")),
        (A2, DG.mentions, RUTO),
        (MOU, RDF.type, DG.MoU), (MOU, RDF.type, DG.Agreement),
        (MOU, RDFS.label, lit("MoU on energy cooperation")), (MOU, DG.topic, ENERGY),
        (MOU, DG.party, KENYA), (MOU, DG.signatory, MUDAVADI),
        (MOU, DG.witness, RUTO), (MOU, DG.date, day("2024-05-01")),
        (ENERGY, RDF.type, DG.Topic), (ENERGY, RDFS.label, lit("energy")),
        (QUOTE, RDF.type, DG.Quote), (QUOTE, DG.text, lit(quote_text)),
        (QUOTE, DG.speaker, RUTO), (QUOTE, DG.occasion, MEETING),
    ]
    background = [
        (KENYA, RDF.type, DG.State), (KENYA, RDFS.label, lit("Kenya")),
        (KENYA, OWL.sameAs, WD.Q227),
        (TURKIYE, RDF.type, DG.State), (TURKIYE, RDFS.label, lit("Türkiye")),
        (TURKIYE, DG.location, KENYA),  # nonsense, but must not count as a source
    ]
    quads = [(*t, A1) for t in shared + only_a1]
    quads += [(*t, A2) for t in shared + only_a2]
    quads += [(*t, BACKGROUND_GRAPH) for t in background]
    return quads


def test_every_typed_named_thing_is_a_node_with_its_most_specific_kind():
    graph = to_networkx(sample_quads(), include_background=True)
    kinds = dict(graph.nodes(data="kind"))
    assert kinds == {
        str(A1): "Article", str(A2): "Article", str(RUTO): "Person", str(MUDAVADI): "Person",
        str(PRESIDENT): "Position", str(PRIME_MINISTER): "Position",
        str(KENYA): "State", str(TURKIYE): "State", str(NAIROBI): "Place",
        str(MEETING): "Meeting", str(MOU): "MoU", str(ENERGY): "Topic", str(QUOTE): "Quote",
    }


def test_meeting_reported_by_both_articles_has_two_sources():
    graph = to_networkx(sample_quads())
    meeting = graph.nodes[str(MEETING)]
    assert meeting["sources"] == 2
    assert meeting["source_titles"] == "Ruto receives Mudavadi; articles/a2.txt"
    assert meeting["source_list"] == "articles/a1.txt; articles/a2.txt"
    assert graph.edges[str(MEETING), str(RUTO), "participant"]["sources"] == 2
    assert graph.edges[str(MOU), str(ENERGY), "topic"]["sources"] == 1


def test_background_only_nodes_are_left_out_by_default():
    graph = to_networkx(sample_quads())
    assert str(TURKIYE) not in graph
    assert graph.nodes[str(KENYA)]["label"] == "Kenya"


def test_background_facts_give_type_and_label_but_no_source():
    graph = to_networkx(sample_quads(), include_background=True)
    turkiye = graph.nodes[str(TURKIYE)]
    assert turkiye["label"] == "Türkiye"
    assert turkiye["sources"] == 0
    assert graph.edges[str(TURKIYE), str(KENYA), "location"]["sources"] == 0
    # Kenya's type is background, but articles state facts about it.
    assert graph.nodes[str(KENYA)]["sources"] == 2


def test_labels_fall_back_to_quote_text_then_iri_tail():
    outlet = DGR["organization/apa"]
    graph = to_networkx(sample_quads() + [(outlet, RDF.type, DG.Organization, A1)])
    quote = graph.nodes[str(QUOTE)]["label"]
    assert quote.startswith("“Our cooperation in energy") and quote.endswith("…”")
    assert len(quote) <= 62
    assert graph.nodes[str(outlet)]["label"] == "apa"


def test_article_label_is_its_title_else_its_source():
    graph = to_networkx(sample_quads())
    assert graph.nodes[str(A1)]["label"] == "Ruto receives Mudavadi"
    assert graph.nodes[str(A2)]["label"] == "articles/a2.txt"


def test_edges_are_labelled_by_property_and_skip_types_alignment_and_mentions():
    graph = to_networkx(sample_quads())
    labels = {label for _, _, label in graph.edges(data="label")}
    assert labels == {
        "participant", "location", "dateline", "holdsPosition", "ofState", "inState",
        "topic", "party", "signatory", "witness", "speaker", "occasion",
    }
    assert all(key == label for _, _, key, label in graph.edges(keys=True, data="label"))


def test_include_articles_draws_mention_edges():
    graph = to_networkx(sample_quads(), include_articles=True)
    assert graph.has_edge(str(A1), str(MUDAVADI), "mentions")
    assert graph.edges[str(A1), str(RUTO), "mentions"]["sources"] == 1


def test_facts_list_literal_values_with_their_articles():
    graph = to_networkx(sample_quads())
    facts = graph.nodes[str(MEETING)]["facts"].splitlines()
    assert "date: 2024-05-01 [Ruto receives Mudavadi; articles/a2.txt]" in facts
    assert "format: one-on-one [Ruto receives Mudavadi; articles/a2.txt]" in facts
    assert "role: President [Ruto receives Mudavadi]" in graph.nodes[str(PRESIDENT)]["facts"]
    assert "[background data]" not in graph.nodes[str(KENYA)]["facts"]
    assert "sameAs" not in graph.nodes[str(KENYA)]["facts"]


def test_graph_is_deterministic_and_graphml_writable(tmp_path):
    quads = sample_quads()
    first = to_networkx(quads)
    second = to_networkx(reversed(quads))
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))
    path = tmp_path / "graph.graphml"
    nx.write_graphml(first, path)
    again = nx.read_graphml(path)
    assert again.number_of_nodes() == first.number_of_nodes()


def test_blank_nodes_and_untyped_iris_are_not_nodes():
    from rdflib import BNode

    extra = [(BNode(), RDF.type, DG.Person, A1),
             (MEETING, DG.participant, URIRef("https://example.org/nobody"), A1)]
    graph = to_networkx(sample_quads() + extra, include_background=True)
    assert graph.number_of_nodes() == 13
