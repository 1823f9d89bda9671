"""Extraction on several processes: same store, same report, same order as with one job."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef

from diplograph import parallel
from diplograph.errors import InputError
from diplograph.ingest import build
from diplograph.stores import open_store

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def _quads(location) -> set:
    """Every quad but the ontology's blank-node restrictions (renumbered per write)."""
    store = open_store(str(location))
    try:
        return {q for q in store.quads() if not any(isinstance(t, BNode) for t in q)}
    finally:
        store.close()


def _build(paths, location, **options):
    messages: list[tuple[str, str]] = []
    report = build(paths, str(location), progress=lambda s, o: messages.append((s, o)),
                   **options)
    return report, messages


@pytest.fixture(scope="module")
def serial_build(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("serial") / "store"
    return folder, *_build([CORPUS], folder, nlp=nlp)


@pytest.fixture(scope="module")
def parallel_build(tmp_path_factory):
    """The same corpus on two worker processes, two articles per batch, so batches,
    the order of results and batched store writes are all exercised."""
    folder = tmp_path_factory.mktemp("parallel") / "store"
    saved = parallel.BATCH_SIZE
    parallel.BATCH_SIZE = 2
    try:
        return folder, *_build([CORPUS], folder, jobs=2)
    finally:
        parallel.BATCH_SIZE = saved


def test_two_jobs_store_the_same_graphs_as_one(serial_build, parallel_build):
    assert _quads(parallel_build[0]) == _quads(serial_build[0])


def test_two_jobs_report_in_reading_order(serial_build, parallel_build):
    _, serial, serial_messages = serial_build
    _, report, messages = parallel_build
    assert report.summary() == serial.summary()
    assert report.added == serial.added
    assert report.skipped == serial.skipped  # bad records and the French text, same reasons
    assert messages == serial_messages


def test_unchanged_rebuild_on_two_jobs_adds_nothing(parallel_build, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(parallel_build[0], store)
    report, _ = _build([CORPUS], store, jobs=2)
    assert not report.added
    assert len(report.unchanged) == len(parallel_build[1].added)


def test_the_same_text_twice_in_one_parallel_run_is_stored_once(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    text = (CORPUS / "texts" / "nairobi-summit.txt").read_bytes()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_bytes(text)
    monkeypatch.setattr(parallel, "BATCH_SIZE", 1)
    report, messages = _build([folder], tmp_path / "store", jobs=2)
    assert [o for _, o in messages] == ["added", "unchanged", "unchanged"]


def test_jobs_below_one_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="--jobs"):
        build([CORPUS], str(tmp_path / "store"), jobs=0)


def test_cli_build_takes_jobs(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "diplograph.cli", "build", str(CORPUS / "texts"),
         "--store", str(tmp_path / "store"), "--jobs", "0"],
        capture_output=True, text=True, timeout=300, env=dict(os.environ), check=False)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["diplograph: --jobs must be 1 or more, not 0"]


def test_default_jobs_is_the_usable_cores():
    assert parallel.default_jobs() == len(os.sched_getaffinity(0))


# -- batched store writes --------------------------------------------------------------------

G1, G2 = URIRef("https://example.org/g1"), URIRef("https://example.org/g2")
P = URIRef("https://example.org/p")


def test_replace_graphs_writes_new_graphs_in_one_go(tmp_path):
    store = open_store(str(tmp_path / "store"))
    try:
        store.replace_graphs([(G1, [(G1, P, Literal("one"))]),
                              (G2, [(G2, P, Literal(2)), (G2, P, Literal("deux", lang="fr"))])])
        assert sorted(store.graphs()) == [G1, G2]
        assert {(s, p, o, g) for s, p, o, g in store.quads()} == {
            (G1, P, Literal("one"), G1), (G2, P, Literal(2), G2),
            (G2, P, Literal("deux", lang="fr"), G2)}
    finally:
        store.close()


def test_replace_graphs_replaces_existing_graphs_whole(tmp_path):
    store = open_store(str(tmp_path / "store"))
    try:
        store.replace_graph(G1, [(G1, P, Literal("old"))])
        store.replace_graphs([(G1, [(G1, P, Literal("new"))]), (G2, [(G2, P, Literal("2"))])])
        assert {(o, g) for _, _, o, g in store.quads()} == {(Literal("new"), G1),
                                                             (Literal("2"), G2)}
    finally:
        store.close()


def test_replace_graphs_with_a_bad_term_writes_nothing(tmp_path):
    store = open_store(str(tmp_path / "store"))
    try:
        with pytest.raises(InputError):
            store.replace_graphs([(G1, [(G1, P, Literal("fine"))]),
                                  (G2, [(G2, P, URIRef("not an iri"))])])
        assert list(store.quads()) == []
    finally:
        store.close()


# -- the model parses a batch at a time --------------------------------------------------------

def _corpus_articles() -> list:
    from diplograph.readers import iter_records

    return [r.article for r in iter_records([CORPUS]) if r.problem is None]


def _outcome(result: parallel.Extracted):
    return (frozenset(result.triples) if result.triples is not None else None,
            result.problem, result.bug)


def test_a_batch_parsed_in_one_pipe_gives_what_each_article_gives_alone(nlp, world):
    articles = _corpus_articles()
    batched = parallel.extract_batch(articles, nlp, world)
    alone = [parallel.extract_one(article, nlp, world) for article in articles]
    assert [_outcome(r) for r in batched] == [_outcome(r) for r in alone]
    # The French communiqué is refused in the batch as alone, in its place.
    assert any(r.problem and "French" in r.problem for r in batched)
    assert sum(r.triples is not None for r in batched) == len(articles) - 1


class _FailsOn:
    """The real model, except that it fails on texts holding ``word`` (and so does a
    batch holding one), as spaCy might on some text it cannot handle."""

    def __init__(self, nlp, word: str) -> None:
        self._nlp, self._word = nlp, word

    def __getattr__(self, name):
        return getattr(self._nlp, name)

    def __call__(self, text: str):
        if self._word in text:
            raise ValueError("the model gave up")
        return self._nlp(text)

    def pipe(self, texts, **options):
        for text in texts:
            yield self(text)


def test_a_text_the_model_fails_on_skips_only_its_article(nlp, world):
    articles = [a for a in _corpus_articles() if "communique-fr" not in a.source][:3]
    word = articles[1].body.split()[5]  # "spoke"
    assert word not in articles[0].body and word not in articles[2].body
    results = parallel.extract_batch(articles, _FailsOn(nlp, word), world)
    assert results[0].triples and results[2].triples
    assert results[1].bug and "extraction failed (ValueError: the model gave up)" \
        in results[1].problem
    assert _outcome(results[0]) == _outcome(parallel.extract_one(articles[0], nlp, world))
