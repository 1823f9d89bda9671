"""End to end through the command line on the example articles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from diplograph.gold import check_gold
from diplograph.stores import open_store

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
GOLD = ROOT / "data" / "gold" / "examples.json"


def cli(*args: str, cwd: Path | None = None, env: dict | None = None):
    """Run the installed command line as a user would, in a subprocess."""
    return subprocess.run([sys.executable, "-m", "diplograph.cli", *args], cwd=cwd, check=False,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A store built from the example articles with `diplograph run`, and its outputs."""
    work = tmp_path_factory.mktemp("run")
    result = cli("run", str(ARTICLES), "--out", str(work / "out"),
                 "--store", str(work / "store"))
    assert result.returncode == 0, result.stderr
    return work, result


def test_run_builds_prints_meetings_and_writes_outputs(built):
    work, result = built
    assert "2 added" in result.stdout
    assert "Ilham Aliyev" in result.stdout and "2021-04-14" in result.stdout
    for name in ("diplograph.html", "diplograph.ttl", "diplograph.jsonld"):
        assert (work / "out" / name).stat().st_size > 1000
    turtle = Graph().parse(work / "out" / "diplograph.ttl")
    jsonld = Graph().parse(work / "out" / "diplograph.jsonld", format="json-ld")
    assert len(turtle) == len(jsonld) > 100


def test_examples_yield_every_gold_fact(built):
    work, _ = built
    store = open_store(work / "store")
    try:
        misses = check_gold(store, GOLD, ARTICLES)
    finally:
        store.close()
    assert not misses, "gold facts missed:\n" + "\n".join(misses)


def test_building_again_changes_nothing(built, tmp_path):
    work, _ = built
    before = cli("export", "--format", "nquads", "--store", str(work / "store")).stdout
    again = cli("build", str(ARTICLES), "--store", str(work / "store"))
    assert again.returncode == 0 and "2 unchanged" in again.stdout
    after = cli("export", "--format", "nquads", "--store", str(work / "store")).stdout
    assert sorted(before.splitlines()) == sorted(after.splitlines())


def test_same_article_under_another_name_is_not_added_twice(built, tmp_path):
    work, _ = built
    copy = tmp_path / "copy.txt"
    copy.write_bytes(next(ARTICLES.glob("*.txt")).read_bytes())
    result = cli("build", str(copy), "--store", str(work / "store"))
    assert "1 unchanged" in result.stdout


def test_shared_meeting_is_reported_by_two_articles(built):
    work, _ = built
    result = cli("query", "meeting-sources", "--format", "json", "--store", str(work / "store"))
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["results"]["bindings"]
    counts = sorted(int(row["sources"]["value"]) for row in rows)
    assert counts[-1] == 2


def test_person_meetings_query_takes_a_parameter(built):
    work, _ = built
    result = cli("query", "person-meetings", "--param", "name=lukashenko", "--format", "csv",
                 "--store", str(work / "store"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    # header + the informal meeting, and the talks (one-on-one, then expanded: one occasion)
    assert len(lines) == 1 + 2


def test_journalist_is_no_participant_and_agency_no_person(built):
    work, _ = built
    query = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT DISTINCT ?label WHERE { ?m dg:participant ?p . ?p rdfs:label ?label }"""
    result = cli("query", query, "--format", "csv", "--store", str(work / "store"))
    participants = set(result.stdout.split()[1:])
    assert participants == {"Ilham", "Aliyev", "Alexander", "Lukashenko"}
    persons = cli("query", "persons", "--format", "csv", "--store", str(work / "store")).stdout
    for not_a_person in ("Azertac", "Anadolu", "Azerbaijan,"):
        assert not any(line.startswith(not_a_person) for line in persons.splitlines())


def test_every_article_fact_lives_in_its_article_graph(built):
    work, _ = built
    dataset = Dataset()
    dataset.parse(data=cli("export", "--format", "trig", "--store",
                           str(work / "store")).stdout, format="trig")
    article_graphs = [g for g in dataset.graphs() if "/article/" in str(g.identifier)]
    assert len(article_graphs) == 2
    for graph in article_graphs:
        assert (graph.identifier, None, None) in graph  # the Article node is in its graph


@pytest.mark.parametrize("fmt, parse_as", [("turtle", "turtle"), ("jsonld", "json-ld"),
                                           ("ntriples", "nt"), ("nquads", "nquads"),
                                           ("trig", "trig")])
def test_export_formats_parse_back(built, tmp_path, fmt, parse_as):
    work, _ = built
    out = tmp_path / f"export.{fmt}"
    result = cli("export", "--format", fmt, "-o", str(out), "--store", str(work / "store"))
    assert result.returncode == 0, result.stderr
    graph = Dataset() if fmt in ("nquads", "trig") else Graph()
    graph.parse(out, format=parse_as)
    assert len(graph) > 0 or len(list(graph.quads())) > 0


def test_render_writes_self_contained_html(built, tmp_path):
    work, _ = built
    out = tmp_path / "net.html"
    result = cli("render", "-o", str(out), "--store", str(work / "store"))
    assert result.returncode == 0, result.stderr
    html = out.read_text()
    assert "Alexander Lukashenko" in html
    assert "src=\"http" not in html and "href=\"http" not in html


def test_render_draws_a_subgraph_by_person_state_dates_or_construct(built, tmp_path):
    work, _ = built
    query = tmp_path / "meetings.rq"
    query.write_text("PREFIX dg: <https://w3id.org/diplograph/ontology#>\n"
                     "CONSTRUCT { ?m dg:participant ?p } WHERE { ?m a dg:Meeting ;"
                     " dg:participant ?p }\n")
    for options in (("--person", "lukashenko", "--hops", "1"), ("--state", "BY"),
                    ("--from", "2021-04-14", "--to", "2021-04-14"), ("--query", str(query))):
        out = tmp_path / "cut.html"
        result = cli("render", "-o", str(out), "--store", str(work / "store"), *options)
        assert result.returncode == 0, (options, result.stderr)
        assert "Ilham Aliyev" in out.read_text()


def test_store_from_environment_variable(built, tmp_path):
    work, _ = built
    result = cli("query", "visits", "--format", "csv", cwd=tmp_path,
                 env={"DIPLOGRAPH_STORE": str(work / "store")})
    assert result.returncode == 0 and "Alexander Lukashenko" in result.stdout


@pytest.mark.parametrize("args, message", [
    (("export", "--format", "xml"), "unknown format 'xml'"),
    (("query", "no-such-query"), "no-such-query"),
    (("query", "SELECT * WHERE { ?s ?p "), "query"),
    (("query", "meetings", "--param", "novalue"), "NAME=VALUE"),
    (("build", "does/not/exist.txt"), "no such file"),
    (("render", "-o", "/proc/no/such/net.html"), "cannot write"),
    (("render", "--person", "nobody"), "no person is named 'nobody'"),
    (("render", "--from", "2021"), "not YYYY-MM-DD"),
    (("render", "--hops", "2"), "give --person NAME too"),
    (("render", "--query", "SELECT * WHERE { ?s ?p ?o }"), "CONSTRUCT"),
    (("export", "--format", "turtle", "-o", "/proc/no/such/g.ttl"), "cannot write"),
])
def test_bad_input_gives_one_line_error_and_no_traceback(tmp_path, args, message):
    # An (empty) store exists: reading commands refuse a missing one before anything else.
    open_store(tmp_path / "store").close()
    result = cli(*args, "--store", str(tmp_path / "store"))
    assert result.returncode != 0
    assert message.lower() in result.stderr.lower()
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_files_are_skipped_and_the_rest_built(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "good.txt").write_text(
        " date 2023-05-02\nPARIS, May 2 - President Emmanuel Macron of France held talks "
        "with Chancellor Olaf Scholz of Germany on Tuesday in Paris.\n")
    result = cli("build", str(folder), "--store", str(tmp_path / "store"))
    assert result.returncode == 2
    assert "1 added" in result.stdout and "2 skipped" in result.stdout
    assert "Traceback" not in result.stderr
    assert "empty.txt" in result.stderr and "binary.txt" in result.stderr
    ok = cli("build", str(folder), "--skip-bad", "--store", str(tmp_path / "store"))
    assert ok.returncode == 0 and "1 unchanged" in ok.stdout


def test_help_lists_the_contract_commands():
    result = cli("--help")
    for command in ("build", "query", "export", "render"):
        assert command in result.stdout


def test_article_without_date_is_built_and_said_to_be_undated(tmp_path):
    article = tmp_path / "undated.txt"
    article.write_text("President Cyril Ramaphosa of South Africa met Prime Minister "
                       "Narendra Modi of India on Monday in New Delhi.\n")
    result = cli("build", str(article), "--store", str(tmp_path / "store"))
    assert result.returncode == 0, result.stderr
    assert "publication date unknown" in result.stdout
    assert "1 added (1 without a date)" in result.stdout


def test_force_re_extracts_stored_articles(built):
    work, _ = built
    result = cli("build", str(ARTICLES), "--force", "--store", str(work / "store"))
    assert result.returncode == 0 and "2 added" in result.stdout
    store = open_store(work / "store")
    try:
        assert not check_gold(store, GOLD, ARTICLES)
    finally:
        store.close()


@pytest.mark.server
def test_build_and_query_through_a_sparql_server(oxigraph_server):
    from diplograph.stores.remote import RemoteStore

    remote = RemoteStore(oxigraph_server)
    remote.clear()
    remote.close()
    result = cli("build", str(ARTICLES), "--store", oxigraph_server)
    assert result.returncode == 0, result.stderr
    meetings = cli("query", "meetings", "--format", "csv", "--store", oxigraph_server)
    assert meetings.returncode == 0 and "Alexander Lukashenko" in meetings.stdout
    store = open_store(oxigraph_server)
    try:
        assert not check_gold(store, GOLD, ARTICLES)
    finally:
        store.clear()
        store.close()


def test_every_term_the_graph_uses_is_declared_in_the_ontology(built):
    from rdflib.namespace import OWL, RDF

    from diplograph.namespaces import DG
    from diplograph.ontology import ontology_graph

    work, _ = built
    ontology = ontology_graph()
    declared = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(DG))}
    graph = Graph().parse(data=cli("export", "--format", "ntriples", "--store",
                                   str(work / "store")).stdout, format="nt")
    used = {p for p in graph.predicates() if str(p).startswith(str(DG))}
    used |= {o for o in graph.objects(None, RDF.type) if str(o).startswith(str(DG))}
    assert used, "the example graph uses no dg: terms"
    assert used <= declared, sorted(str(t) for t in used - declared)
    assert (DG.Meeting, RDF.type, OWL.Class) in ontology
