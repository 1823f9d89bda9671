"""A store written by another diplograph is refused with one line saying to rebuild it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from diplograph.namespaces import DG, DGR
from diplograph.stores.embedded import EmbeddedStore
from diplograph.storeversion import (
    MARKER_GRAPH,
    STORE_FORMAT,
    StaleStoreError,
    StoreMarker,
    check_store,
    current_marker,
    read_marker,
    stale_reason,
    write_marker,
)

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
ARTICLE = DGR["article/0123456789abcdef0123456789abcdef"]


def cli(*args: str):
    return subprocess.run([sys.executable, "-m", "diplograph.cli", *args], check=False,
                          capture_output=True, text=True, timeout=300, env=dict(os.environ))


def _with_article(store) -> None:
    store.replace_graph(ARTICLE, [(ARTICLE, RDF.type, DG.Article),
                                  (ARTICLE, DG.source, Literal("old.txt"))])


def _mark(store, marker: StoreMarker) -> None:
    store.replace_graph(MARKER_GRAPH, marker.triples())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A real store of the example articles, built by the command line."""
    store = tmp_path_factory.mktemp("version") / "store"
    result = cli("build", str(ARTICLES), "--store", str(store), "--quiet")
    assert result.returncode == 0, result.stderr
    return store


def _restamp(store_path: Path, marker: StoreMarker | None) -> None:
    store = EmbeddedStore(store_path)
    try:
        if marker is None:
            store.drop_graph(MARKER_GRAPH)
        else:
            _mark(store, marker)
    finally:
        store.close()


def test_build_marks_the_store_with_this_diplographs_format(built):
    store = EmbeddedStore(built, read_only=True)
    try:
        assert read_marker(store) == current_marker()
        assert read_marker(store).format == STORE_FORMAT
        assert stale_reason(store) is None
    finally:
        store.close()


@pytest.mark.parametrize("marker, says", [
    (None, "older diplograph (it has no format marker)"),
    (StoreMarker(0, None, "diplograph 0.0.1"), "older diplograph (diplograph 0.0.1)"),
    (StoreMarker(STORE_FORMAT + 1, None, "diplograph 9.0"), "newer diplograph"),
    ("other-ontology", "another version of the ontology"),
])
def test_reading_commands_refuse_a_store_of_another_version_in_one_line(built, marker, says):
    if marker == "other-ontology":
        marker = StoreMarker(STORE_FORMAT, "0" * 32, current_marker().creator)
    _restamp(built, marker)
    try:
        for args in (["query", "meetings"], ["export", "--format", "nquads"],
                     ["render", "-o", str(built.parent / "x.html")]):
            result = cli(*args, "--store", str(built))
            assert result.returncode == 3, (args, result.stdout, result.stderr)
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
            assert says in lines[0] and "diplograph build --force" in lines[0], lines[0]
            assert result.stdout == ""  # no mixed answer printed
    finally:
        _restamp(built, current_marker())
    assert cli("query", "meetings", "--store", str(built)).returncode == 0


def test_build_refuses_a_stale_store_and_force_rebuilds_it(built, tmp_path):
    _restamp(built, StoreMarker(0, None, "diplograph 0.0.1"))
    refused = cli("build", str(ARTICLES), "--store", str(built))
    assert refused.returncode == 3 and "--force" in refused.stderr
    still = EmbeddedStore(built, read_only=True)
    try:
        assert read_marker(still).format == 0  # nothing was written
        assert len([g for g in still.graphs() if "/article/" in str(g)]) == 2  # nothing lost
    finally:
        still.close()
    rebuilt = cli("build", str(ARTICLES), "--store", str(built), "--force", "--quiet")
    assert rebuilt.returncode == 0, rebuilt.stderr
    answer = cli("query", "meetings", "--store", str(built), "--format", "csv")
    assert answer.returncode == 0, answer.stderr
    assert len(answer.stdout.splitlines()) > 1


def test_serve_refuses_a_stale_store(built):
    _restamp(built, None)
    try:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        result = cli("serve", "--store", str(built), "--port", str(port))
        assert result.returncode == 3, result.stderr
        assert "older diplograph" in result.stderr and "build --force" in result.stderr
    finally:
        _restamp(built, current_marker())


def test_every_backend_keeps_and_checks_the_marker(backend_store):
    assert stale_reason(backend_store) is None  # an empty store is current
    _with_article(backend_store)
    assert "no format marker" in stale_reason(backend_store)
    _mark(backend_store, StoreMarker(0, "f" * 32, "diplograph 0.0.1"))
    with pytest.raises(StaleStoreError, match=r"store format 0.*build --force"):
        check_store(backend_store)
    write_marker(backend_store)
    assert read_marker(backend_store) == current_marker()
    check_store(backend_store)
    assert backend_store.has_graph(ARTICLE)  # the check never drops anything


def test_emitted_nquads_carry_the_marker(tmp_path):
    out = tmp_path / "out.nq"
    with out.open("wb") as stream:
        result = subprocess.run([sys.executable, "-m", "diplograph.cli", "build", "--emit",
                                 "nquads", str(sorted(ARTICLES.glob("*.txt"))[0])],
                                stdout=stream, stderr=subprocess.PIPE, text=True, check=False,
                                timeout=300)
    assert result.returncode == 0, result.stderr
    store = EmbeddedStore(tmp_path / "loaded")
    try:
        store.oxigraph.bulk_load(path=str(out), format=__import__("pyoxigraph").RdfFormat.N_QUADS)
        assert read_marker(store) == current_marker()
        check_store(store)
    finally:
        store.close()


def test_marker_triples_use_the_marker_graph_only():
    triples = current_marker().triples()
    assert {s for s, _, _ in triples} == {MARKER_GRAPH}
    assert (MARKER_GRAPH, DCTERMS.conformsTo, Literal(f"diplograph-store/{STORE_FORMAT}")) \
        in triples
    assert isinstance(MARKER_GRAPH, URIRef)
