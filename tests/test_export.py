"""Every export format writes a file rdflib can read back, with the right graphs."""

from __future__ import annotations

import io
import json

import pytest
from rdflib import BNode, Dataset, Graph, Literal
from rdflib.namespace import RDF, RDFS, XSD

from diplograph.errors import InputError
from diplograph.export import FORMATS, export
from diplograph.namespaces import DG, DGR
from diplograph.stores.embedded import EmbeddedStore

# rdflib's own parsers use its deprecated ConjunctiveGraph internally; not our concern.
pytestmark = pytest.mark.filterwarnings("ignore:.*is deprecated:DeprecationWarning:rdflib")

A1, A2 = DGR["article/a1"], DGR["article/a2"]
RUTO, MEETING = DGR["person/william-ruto"], DGR["meeting/2021-04-14-m1"]

SHARED = [
    (RUTO, RDF.type, DG.Person),
    (RUTO, RDFS.label, Literal("William Ruto")),
    (MEETING, RDF.type, DG.Meeting),
    (MEETING, DG.participant, RUTO),
    (MEETING, DG.date, Literal("2021-04-14", datatype=XSD.date)),
]
ONLY_A1 = [
    (A1, RDF.type, DG.Article),
    (RUTO, RDFS.label, Literal("Ильхам Алиев", lang="ru")),
    (MEETING, DG["format"], Literal('one-on-one "tête-à-tête"\nsecond line')),
]
ONLY_A2 = [(A2, RDF.type, DG.Article)]
UNION = set(SHARED) | set(ONLY_A1) | set(ONLY_A2)
QUAD_COUNT = 2 * len(SHARED) + len(ONLY_A1) + len(ONLY_A2)

RDFLIB_FORMAT = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig",
                 "nquads": "nquads"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with EmbeddedStore(tmp_path_factory.mktemp("export") / "store") as built:
        built.replace_graph(A1, SHARED + ONLY_A1)
        built.replace_graph(A2, SHARED + ONLY_A2)
        yield built


def test_formats_are_the_promised_ones():
    assert set(FORMATS) >= {"turtle", "jsonld", "trig", "nquads", "ntriples", "graphml"}


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld"])
def test_single_graph_formats_hold_the_union_once(store, fmt, tmp_path):
    target = tmp_path / f"out.{fmt}"
    export(store, fmt, target)
    graph = Graph().parse(target, format=RDFLIB_FORMAT[fmt])
    assert set(graph) == UNION
    assert len(graph) == len(UNION)


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_dataset_formats_keep_every_named_graph(store, fmt, tmp_path):
    target = tmp_path / f"out.{fmt}"
    export(store, fmt, target)
    dataset = Dataset()
    dataset.parse(target, format=RDFLIB_FORMAT[fmt])
    named = {g.identifier: set(g) for g in dataset.graphs() if len(g)}
    assert named == {A1: set(SHARED + ONLY_A1), A2: set(SHARED + ONLY_A2)}
    assert sum(len(triples) for triples in named.values()) == QUAD_COUNT


def test_jsonld_uses_a_compact_context(store):
    buffer = io.BytesIO()
    export(store, "jsonld", buffer)
    document = json.loads(buffer.getvalue())
    assert document["@context"]["dg"] == str(DG)
    assert document["@context"]["dgr"] == str(DGR)
    meeting = next(node for node in document["@graph"] if node["@id"] == str(MEETING))
    assert meeting["participant"] == str(RUTO) and meeting["date"] == "2021-04-14"


def test_turtle_uses_the_prefixes(store):
    buffer = io.BytesIO()
    export(store, "turtle", buffer)
    text = buffer.getvalue().decode()
    assert "@prefix dg: <https://w3id.org/diplograph/ontology#>" in text
    assert "dg:participant" in text


def test_format_names_are_case_insensitive_and_have_aliases(store):
    for name in ("TriG", "nq", "ttl", "json-ld", "nt"):
        buffer = io.BytesIO()
        export(store, name, buffer)
        assert buffer.getvalue()


def test_graphml_is_a_readable_network(store, tmp_path):
    pytest.importorskip("diplograph.network")
    import networkx

    target = tmp_path / "out.graphml"
    export(store, "graphml", target)
    network = networkx.read_graphml(target)
    assert network.number_of_nodes() > 0


def test_unknown_format_lists_the_choices(store, tmp_path):
    with pytest.raises(InputError) as caught:
        export(store, "xml", tmp_path / "out.xml")
    assert str(caught.value) == (
        "unknown format 'xml'; choose one of: turtle, jsonld, trig, nquads, ntriples, rdfxml, "
        "graphml, gexf, nodes-csv, edges-csv"
    )
    assert not (tmp_path / "out.xml").exists()


def test_failed_export_leaves_no_partial_file(tmp_path):
    class Broken:
        location = "broken"

        def quads(self):
            yield (RUTO, RDFS.label, Literal("x"), A1)
            yield (RUTO, RDFS.label, BNode(), A1)
            raise OSError("disk vanished")

    with pytest.raises(InputError, match="cannot write"):
        export(Broken(), "nquads", tmp_path / "out.nq")
    assert list(tmp_path.iterdir()) == []


def test_empty_store_exports_empty_files(tmp_path):
    with EmbeddedStore(tmp_path / "empty") as empty:
        for fmt in ("turtle", "nquads", "trig", "ntriples"):
            buffer = io.BytesIO()
            export(empty, fmt, buffer)
            assert len(Graph().parse(data=buffer.getvalue(), format="trig")) == 0
