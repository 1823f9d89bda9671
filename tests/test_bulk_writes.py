"""Batches of new article graphs written through pyoxigraph's bulk loader (the real store)."""

from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from diplograph.errors import InputError
from diplograph.stores import embedded
from diplograph.stores.embedded import EmbeddedStore

P = URIRef("https://example.org/p")


def graph(i: int) -> tuple[URIRef, list]:
    name = URIRef(f"https://example.org/article/{i}")
    return name, [(name, P, Literal(i)), (name, P, Literal(f"{i:03d}", datatype=XSD.integer)),
                  (name, P, Literal("texte", lang="fr")), (name, P, BNode(f"b{i}")),
                  (name, P, URIRef("https://example.org/shared"))]


@pytest.fixture
def bulk(monkeypatch):
    """Every batch goes through the bulk loader, however small."""
    monkeypatch.setattr(embedded, "BULK_LOAD_QUADS", 1)


def _stored_both_ways(graphs, tmp_path, monkeypatch) -> dict[str, list]:
    """The quads stored by the bulk path and by the transactional path, read back from
    disk (not only from this process), each store holding exactly the graphs written."""
    stored = {}
    for path, threshold in (("bulk", 1), ("extend", 10**9)):
        monkeypatch.setattr(embedded, "BULK_LOAD_QUADS", threshold)
        store = EmbeddedStore(tmp_path / path)
        store.replace_graphs(graphs)
        store.close()
        store = EmbeddedStore(tmp_path / path)
        try:
            assert store.graphs() == sorted(name for name, _ in graphs)
            stored[path] = sorted(store.quads())
        finally:
            store.close()
    return stored


def test_a_bulk_batch_stores_what_the_transactional_path_stores(tmp_path, monkeypatch):
    graphs = [graph(i) for i in range(40)]
    stored = _stored_both_ways(graphs, tmp_path, monkeypatch)
    assert stored["bulk"] == stored["extend"]
    assert len(stored["bulk"]) == 40 * 4  # "7" and "007" (xsd:integer) are one literal


def test_a_bulk_batch_with_a_bad_term_writes_nothing(tmp_path, bulk):
    store = EmbeddedStore(tmp_path / "store")
    try:
        bad = (URIRef("https://example.org/article/bad"),
               [(URIRef("https://example.org/article/bad"), P, URIRef("not an iri"))])
        with pytest.raises(InputError, match="cannot store the triple"):
            store.replace_graphs([graph(1), graph(2), bad])
        assert list(store.quads()) == []
    finally:
        store.close()


def test_a_bulk_batch_is_queryable_like_any_other(tmp_path, bulk):
    store = EmbeddedStore(tmp_path / "store")
    try:
        store.replace_graphs([graph(i) for i in range(5)])
        rows = store.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g ?p ?o } }").rows
        assert int(rows[0][0]) == 5
        # and the existing-graph path still replaces whole graphs afterwards
        store.replace_graphs([(graph(0)[0], [(graph(0)[0], P, Literal("new"))]), graph(9)])
        assert {o for _, _, o, g in store.quads() if g == graph(0)[0]} == {Literal("new")}
    finally:
        store.close()


def test_flushing_the_memtables_loses_nothing_written(tmp_path, monkeypatch):
    # Flush after every few quads: what a large build does every FLUSH_EVERY_QUADS.
    monkeypatch.setattr(embedded, "FLUSH_EVERY_QUADS", 7)
    store = EmbeddedStore(tmp_path / "flushed")
    for start in range(0, 30, 3):
        store.replace_graphs([graph(i) for i in range(start, start + 3)])
    store.close()
    store = EmbeddedStore(tmp_path / "flushed")
    try:
        assert store.graphs() == sorted(graph(i)[0] for i in range(30))
    finally:
        store.close()


def plain_graph(i: int) -> tuple[URIRef, list]:
    """An article-like graph without blank nodes (what a build writes), hostile literals."""
    name = URIRef(f"https://example.org/article/{i}")
    return name, [
        (name, P, Literal(i)), (name, P, Literal(f"{i:03d}", datatype=XSD.integer)),
        (name, P, Literal("texte", lang="fr")), (name, P, Literal("Québec", lang="fr-CA")),
        (name, P, Literal('a "quoted" word\\ and\na line\r\tbreak > <x> .')),
        (name, P, Literal("2024-02-29", datatype=XSD.date)),
        (name, P, Literal("\u202eright-to-left\u202c and 🙂")),
        (name, P, URIRef("https://example.org/shared#%C3%A9?q=1")),
        (URIRef("https://example.org/shared"), P, name),
    ]


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_the_nquads_bulk_path_stores_what_the_transactional_path_stores(tmp_path, monkeypatch,
                                                                        threads):
    # Article graphs have no blank nodes: a bulk batch goes in as N-Quads bytes, cut into
    # parts loaded by several threads. The store must hold exactly the same quads.
    monkeypatch.setattr(embedded, "BULK_THREADS", threads)
    graphs = [plain_graph(i) for i in range(50)]
    stored = _stored_both_ways(graphs, tmp_path, monkeypatch)
    assert stored["bulk"] == stored["extend"]
    assert len(stored["bulk"]) == 50 * 8  # "7" and "007" (xsd:integer) are two literals
    assert (URIRef("https://example.org/article/3"), P,
            Literal('a "quoted" word\\ and\na line\r\tbreak > <x> .'),
            URIRef("https://example.org/article/3")) in stored["bulk"]


def test_split_keeps_every_graph_whole_and_in_order():
    graphs = [(URIRef(f"https://example.org/g{i}"), [None] * (i % 7 + 1)) for i in range(40)]
    for parts in (1, 2, 3, 40, 100):
        runs = embedded._split(graphs, parts)
        assert 1 <= len(runs) <= parts
        assert [g for run in runs for g in run] == graphs


@pytest.mark.parametrize("threads", [1, 2])
def test_an_nquads_bulk_batch_with_a_bad_term_writes_nothing(tmp_path, bulk, monkeypatch,
                                                            threads):
    monkeypatch.setattr(embedded, "BULK_THREADS", threads)
    store = EmbeddedStore(tmp_path / "store")
    try:
        bad = (URIRef("https://example.org/article/bad"),
               [(URIRef("https://example.org/article/bad"), P, URIRef("not an iri"))])
        with pytest.raises(InputError, match="cannot store the triple"):
            store.replace_graphs([plain_graph(i) for i in range(10)] + [bad])
        bad_type = (URIRef("https://example.org/article/type"),
                    [(URIRef("https://example.org/article/type"), P,
                      Literal("x", datatype=URIRef("not a datatype")))])
        with pytest.raises(InputError):
            store.replace_graphs([plain_graph(20), bad_type])
        assert list(store.quads()) == []
    finally:
        store.close()


@pytest.mark.parametrize("facts", [True, False])
def test_a_small_batch_as_nquads_stores_what_quad_objects_store(tmp_path, facts):
    # Below BULK_LOAD_QUADS a batch without blank nodes goes in as N-Quads bytes in one
    # transaction: the same quads, facts view (the default graph) included, as ``extend``
    # of the Quad objects gives.
    graphs = [plain_graph(i) for i in range(20)] + [plain_graph(3)]
    store = EmbeddedStore(tmp_path / "text")
    try:
        store._keep_facts = facts
        store.replace_graphs(graphs)
        written = sorted(map(str, store._db))
    finally:
        store.close()
    quads = embedded._quads(graphs)
    reference = embedded.ox.Store()
    reference.extend(embedded._with_facts(quads) if facts else quads)
    assert written == sorted(map(str, reference))
    assert len(written) == (20 * 8) * (2 if facts else 1)
