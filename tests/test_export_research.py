"""Exports researchers' tools read: every RDF format round-trips, networks open in networkx,
the JSON-LD reads with the published context, background graphs can be left out, and
meetings/visits/agreements project into weighted person–person and state–state edges."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS
from research_sample import (
    A1,
    A2,
    AYDIN,
    JUMA,
    KE,
    M1,
    MUSHI,
    ODHIAMBO,
    TR,
    TZ,
    V1,
    article_one,
    article_two,
    background,
)

from diplograph.errors import InputError
from diplograph.export import FORMATS, NETWORK_FORMATS, export
from diplograph.jsonld import build_context, context_path, load_context
from diplograph.namespaces import BACKGROUND_GRAPH, DG, ONTOLOGY_GRAPH
from diplograph.projection import project_network
from diplograph.resources import ontology_path
from diplograph.stores.embedded import EmbeddedStore

# rdflib's own parsers use its deprecated ConjunctiveGraph internally; not our concern.
pytestmark = pytest.mark.filterwarnings("ignore:.*is deprecated:DeprecationWarning:rdflib")

RDF_SINGLE = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
RDF_DATASET = {"trig": "trig", "nquads": "nquads"}
ONTOLOGY = [(DG.Meeting, RDF.type, OWL.Class), (DG.Meeting, RDFS.label, Literal("Meeting"))]
# The guest met her host during the visit: the visit links them in the person projection.
DURING_VISIT = [(M1, DG.partOf, V1)]


def article_graphs() -> dict:
    return {A1: set(article_one()) | set(DURING_VISIT), A2: set(article_two())}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with EmbeddedStore(tmp_path_factory.mktemp("research-export") / "store") as built:
        for name, triples in article_graphs().items():
            built.replace_graph(name, triples)
        built.replace_graph(BACKGROUND_GRAPH, background())
        built.replace_graph(ONTOLOGY_GRAPH, ONTOLOGY)
        yield built


def union(graphs: dict) -> Graph:
    graph = Graph()
    for triples in graphs.values():
        for triple in triples:
            graph.add(triple)
    return graph


def everything() -> dict:
    return {**article_graphs(), BACKGROUND_GRAPH: set(background()),
            ONTOLOGY_GRAPH: set(ONTOLOGY)}


# --- RDF round trips ------------------------------------------------------------------------------


@pytest.mark.parametrize("articles_only", [False, True])
@pytest.mark.parametrize("fmt", sorted(RDF_SINGLE))
def test_single_graph_formats_round_trip(store, tmp_path, fmt, articles_only):
    target = tmp_path / f"out.{fmt}"
    export(store, fmt, target, articles_only=articles_only)
    parsed = Graph().parse(target, format=RDF_SINGLE[fmt])
    expected = union(article_graphs() if articles_only else everything())
    assert isomorphic(parsed, expected)
    assert set(parsed) == set(expected)


@pytest.mark.parametrize("articles_only", [False, True])
@pytest.mark.parametrize("fmt", sorted(RDF_DATASET))
def test_dataset_formats_round_trip_graph_by_graph(store, tmp_path, fmt, articles_only):
    target = tmp_path / f"out.{fmt}"
    export(store, fmt, target, articles_only=articles_only)
    dataset = Dataset()
    dataset.parse(target, format=RDF_DATASET[fmt])
    named = {g.identifier: set(g) for g in dataset.graphs() if len(g)}
    assert named == (article_graphs() if articles_only else everything())


def test_articles_only_leaves_ontology_and_gazetteer_out(store):
    full, articles = io.BytesIO(), io.BytesIO()
    export(store, "jsonld", full)
    export(store, "jsonld", articles, articles_only=True)
    assert len(articles.getvalue()) < len(full.getvalue())
    text = articles.getvalue().decode()
    assert "Addis Ababa" not in text and '"Ethiopia"' not in text  # background only
    assert "Neema Mushi" in text


# --- JSON-LD and its published context ------------------------------------------------------------


def test_jsonld_keys_read_as_the_ontology_names(store):
    buffer = io.BytesIO()
    export(store, "jsonld", buffer, articles_only=True)
    document = json.loads(buffer.getvalue())
    assert document["@context"] == load_context()
    meeting = next(node for node in document["@graph"] if node["@id"] == str(M1))
    assert meeting["@type"] == "Meeting"
    assert meeting["date"] == "2023-03-01"
    assert set(meeting["participant"]) == {str(ODHIAMBO), str(MUSHI)}
    assert meeting["partOf"] == str(V1)
    person = next(node for node in document["@graph"] if node["@id"] == str(MUSHI))
    assert person["label"] == "Neema Mushi" and person["@type"] == "Person"


def test_published_context_names_every_contract_term():
    published = json.loads(context_path().read_text(encoding="utf-8"))["@context"]
    ontology = Graph().parse(ontology_path(), format="turtle")
    generated = build_context(ontology)
    # The file is what tools/make_context.py writes from the ontology.
    for term in ("participant", "date", "location", "format", "partOf", "guest", "hostState",
                 "visitType", "startDate", "status", "topic", "party", "signatory", "witness",
                 "holdsPosition", "ofState", "role", "inState", "speaker", "text", "occasion",
                 "published", "author", "publisher", "dateline", "source", "Person", "State",
                 "Meeting", "Visit", "Agreement", "MoU", "Quote", "Article", "label"):
        assert published[term] == generated[term], term
    assert published["participant"] == {"@id": "dg:participant", "@type": "@id"}
    assert published["date"] == {"@id": "dg:date", "@type": "xsd:date"}
    assert published["dg"] == str(DG)


def test_jsonld_keeps_values_that_do_not_fit_a_terms_type(tmp_path):
    odd = [(M1, RDF.type, DG.Meeting), (M1, DG.date, Literal("spring 2023")),
           (M1, DG.participant, Literal("not an IRI")),
           (M1, RDFS.label, Literal("Встреча", lang="ru")),
           (A1, RDF.type, DG.Article)]
    with EmbeddedStore(tmp_path / "odd") as odd_store:
        odd_store.replace_graph(A1, odd)
        buffer = io.BytesIO()
        export(odd_store, "jsonld", buffer)
    parsed = Graph().parse(data=buffer.getvalue(), format="json-ld")
    assert set(parsed) == set(odd)


# --- networks -------------------------------------------------------------------------------------


def test_formats_include_the_research_ones():
    assert {"rdfxml", "gexf", "nodes-csv", "edges-csv"} <= set(FORMATS)


def test_gexf_has_the_same_nodes_edges_and_attributes_as_graphml(store, tmp_path):
    export(store, "graphml", tmp_path / "g.graphml")
    export(store, "gexf", tmp_path / "g.gexf")
    graphml = nx.read_graphml(tmp_path / "g.graphml")
    gexf = nx.read_gexf(tmp_path / "g.gexf")
    assert graphml.number_of_nodes() > 10
    assert set(graphml.nodes) == set(gexf.nodes)
    for node in graphml.nodes:
        assert graphml.nodes[node] == gexf.nodes[node], node
    assert sorted(graphml.edges) == sorted(gexf.edges)
    for u, v in graphml.edges:
        drop_id = lambda d: {k: x for k, x in d.items() if k != "id"}  # noqa: E731
        assert drop_id(graphml.edges[u, v]) == drop_id(gexf.edges[u, v])


def test_csv_tables_of_nodes_and_edges(store):
    nodes, edges = io.BytesIO(), io.BytesIO()
    export(store, "nodes-csv", nodes)
    export(store, "edges-csv", edges)
    node_rows = list(csv.DictReader(io.StringIO(nodes.getvalue().decode())))
    edge_rows = list(csv.DictReader(io.StringIO(edges.getvalue().decode())))
    ids = {row["Id"] for row in node_rows}
    mushi = next(row for row in node_rows if row["Id"] == str(MUSHI))
    assert mushi["Label"] == "Neema Mushi" and mushi["kind"] == "Person"
    assert all(row["Source"] in ids and row["Target"] in ids for row in edge_rows)
    participant = [r for r in edge_rows if r["Source"] == str(M1) and r["Label"] == "participant"]
    assert {r["Target"] for r in participant} == {str(ODHIAMBO), str(MUSHI)}
    assert participant[0]["Type"] == "Directed"


def test_person_projection_weights_pairs_by_events(store, tmp_path):
    export(store, "graphml", tmp_path / "p.graphml", project="person")
    export(store, "gexf", tmp_path / "p.gexf", project="person")
    for graph in (nx.read_graphml(tmp_path / "p.graphml"), nx.read_gexf(tmp_path / "p.gexf")):
        assert not graph.is_directed()
        pair = graph.edges[str(ODHIAMBO), str(MUSHI)]
        # M1 and M2 (meetings), V1 (she met him during her visit), the MoU they witnessed.
        assert (pair["meetings"], pair["visits"], pair["agreements"]) == (2, 1, 1)
        assert float(pair["weight"]) == 4 and pair["sources"] == 2
        assert (pair["first"], pair["last"]) == ("2023-03-01", "2023-05-10")
        assert graph.edges[str(JUMA), str(MUSHI)]["agreements"] == 1
        # The planned meeting of Mushi and Aydin does not count.
        assert not graph.has_edge(str(MUSHI), str(AYDIN))
        assert graph.nodes[str(MUSHI)]["label"] == "Neema Mushi"
        assert graph.nodes[str(MUSHI)]["states"] == "Tanzania"


def test_state_projection_weights_pairs_by_events(store):
    graph = project_network(store.quads(), "state")
    kenya_tanzania = graph.edges[str(KE), str(TZ)]
    assert (kenya_tanzania["meetings"], kenya_tanzania["visits"],
            kenya_tanzania["agreements"], kenya_tanzania["weight"]) == (2, 1, 1, 4)
    assert graph.edges[str(KE), str(TR)]["weight"] == 2
    assert not graph.has_edge(str(TZ), str(TR))  # only a planned meeting, a cancelled treaty
    assert graph.nodes[str(KE)]["iso3"] == "KEN"
    everything = project_network(store.quads(), "state", statuses=["all"])
    assert everything.edges[str(TZ), str(TR)]["weight"] == 2


def test_projection_as_csv_tables(store):
    edges = io.BytesIO()
    export(store, "edges-csv", edges, project="state")
    rows = list(csv.DictReader(io.StringIO(edges.getvalue().decode())))
    assert {(r["Source"], r["Target"], r["Weight"], r["Type"]) for r in rows} == {
        (str(KE), str(TR), "2", "Undirected"), (str(KE), str(TZ), "4", "Undirected")}


@pytest.mark.parametrize("fmt, project, message", [
    ("turtle", "person", "network format"),
    ("graphml", "leader", "unknown projection 'leader'"),
])
def test_projection_errors_are_one_line(store, tmp_path, fmt, project, message):
    with pytest.raises(InputError, match=message):
        export(store, fmt, tmp_path / "x", project=project)
    assert not (tmp_path / "x").exists()
    assert set(NETWORK_FORMATS) <= set(FORMATS)



def test_articles_only_works_on_every_backend(backend_store, tmp_path):
    for name, triples in everything().items():
        backend_store.replace_graph(name, triples)
    target = tmp_path / "articles.trig"
    export(backend_store, "trig", target, articles_only=True)
    dataset = Dataset()
    dataset.parse(target, format="trig")
    assert {g.identifier: set(g) for g in dataset.graphs() if len(g)} == article_graphs()
