"""The bulk path: `diplograph build --emit nquads` writes what a build would store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"


def cli(*args: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "diplograph.cli", *args], check=False,
                          stdout=stdout, stderr=subprocess.PIPE, timeout=300,
                          env=dict(os.environ))


def _quads(store: ox.Store) -> set[str]:
    # Blank nodes are labelled afresh by every load, so they are compared as "_". The
    # named graphs only: a built store's default graph is its facts view, which repeats them.
    return {" ".join("_" if isinstance(t, ox.BlankNode) else str(t)
                     for t in (q.subject, q.predicate, q.object, q.graph_name))
            for q in store if not isinstance(q.graph_name, ox.DefaultGraph)}


@pytest.fixture(scope="module")
def emitted(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    work = tmp_path_factory.mktemp("emit")
    with open(work / "out.nq", "wb") as out:
        result = cli("build", "--emit", "nquads", str(ARTICLES), stdout=out)
    return work, result


def test_emitted_quads_load_into_a_store_as_a_build_would_write_them(emitted):
    work, result = emitted
    assert result.returncode == 0, result.stderr
    # Progress and summary go to standard error: standard output is the data.
    assert b"2 read, 2 added" in result.stderr
    built = cli("build", str(ARTICLES), "--store", str(work / "built"), "--quiet")
    assert built.returncode == 0, built.stderr
    loaded = ox.Store(str(work / "loaded"))
    loaded.bulk_load(path=str(work / "out.nq"), format=ox.RdfFormat.N_QUADS)
    reference = ox.Store.read_only(str(work / "built"))
    assert _quads(loaded) == _quads(reference)
    named = [sum(1 for q in store if not isinstance(q.graph_name, ox.DefaultGraph))
             for store in (loaded, reference)]
    assert named[0] == named[1]


def test_a_store_loaded_from_emitted_quads_is_up_to_date_for_build(emitted, tmp_path):
    work, _ = emitted
    store = tmp_path / "store"
    ox.Store(str(store)).bulk_load(path=str(work / "out.nq"), format=ox.RdfFormat.N_QUADS)
    again = cli("build", str(ARTICLES), "--store", str(store))
    assert again.returncode == 0, again.stderr
    assert b"2 unchanged" in again.stdout


def test_emit_without_background_holds_only_article_graphs(tmp_path):
    article = sorted(ARTICLES.glob("*.txt"))[0]
    result = cli("build", "--emit", "nquads", "--no-background", str(article), str(article))
    assert result.returncode == 0, result.stderr
    graphs = {q.graph_name.value for q in ox.parse(result.stdout, ox.RdfFormat.N_QUADS)}
    assert len(graphs) == 1 and next(iter(graphs)).startswith(
        "https://w3id.org/diplograph/id/article/")
    assert b"1 added, 1 unchanged" in result.stderr  # the same text is written once


@pytest.mark.parametrize("args, message", [
    (["--emit", "turtle"], b"unknown --emit format 'turtle'; choose one of: nquads"),
    (["--emit", "nquads", "--store", "x"], b"give --emit or --store, not both"),
])
def test_bad_emit_options_get_one_line(args, message, tmp_path):
    result = cli("build", *args, str(ARTICLES))
    assert result.returncode == 2 and message in result.stderr
    assert result.stdout == b"" and b"Traceback" not in result.stderr
