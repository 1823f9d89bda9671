"""`diplograph serve` as a client sees it: a real server process on loopback, real HTTP."""

from __future__ import annotations

import base64
import contextlib
import csv
import io
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from diplograph.queries import list_queries, run_query
from diplograph.stores.embedded import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "data" / "articles").glob("*.txt"))
TOKEN = "test-token-0123456789abcdef"
PERSON_LABELS = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?person ?label WHERE { ?person a dg:Person ; rdfs:label ?label } ORDER BY ?label"""
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "diplograph.cli", *args], check=False,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def http(method: str, url: str, data: bytes | str | None = None,
         headers: dict | None = None, timeout: float = 60) -> tuple[int, dict, bytes]:
    """One request; returns (status, headers, body) whatever the status."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def form(**fields: str) -> bytes:
    return urllib.parse.urlencode(fields).encode("ascii")


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@contextlib.contextmanager
def running(store: Path | str, *args: str, env: dict | None = None):
    """`diplograph serve --store STORE ARGS` on a free loopback port; yields its base URL."""
    port = free_port()
    log = tempfile.TemporaryFile("w+")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [sys.executable, "-m", "diplograph.cli", "serve", "--store", str(store),
         "--port", str(port), *args],
        stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                log.seek(0)
                pytest.fail(f"diplograph serve exited with {process.returncode}: {log.read()}")
            try:
                status, _, _ = http("GET", base + "query?query=ASK%7B%7D", timeout=5)
                if status == 200:
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"diplograph serve did not answer at {base} within 90 s")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """A store built from the example articles."""
    folder = tmp_path_factory.mktemp("served") / "store"
    result = cli("build", *map(str, ARTICLES), "--store", str(folder), "--quiet")
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture(scope="module")
def server(store) -> str:
    """A read-only server over the example store, with small limits to test them."""
    with running(store, "--timeout", "3", "--max-results", "500", "--workers", "2") as base:
        yield base


def rows_of(document: dict) -> list[dict[str, str]]:
    return [{name: cell["value"] for name, cell in binding.items()}
            for binding in document["results"]["bindings"]]


def expected_rows(store: Path, query: str, params: dict | None = None) -> list[dict[str, str]]:
    reader = EmbeddedStore(store, read_only=True)
    try:
        result = run_query(reader, query, params or {})
    finally:
        reader.close()
    return [{name: str(term) for name, term in row.items() if term is not None}
            for row in result.dicts()]


def query_json(base: str, query: str) -> dict:
    status, headers, body = http("POST", base + "query", form(query=query),
                                 {**FORM, "Accept": "application/sparql-results+json"})
    assert status == 200, body
    return json.loads(body)


# --- the endpoint answers --------------------------------------------------------------------


def test_every_bundled_query_answers_over_http_as_in_the_library(server, store):
    for info in list_queries():
        text = info.path.read_text(encoding="utf-8")
        got = rows_of(query_json(server, text))
        assert got == expected_rows(store, info.name), info.name
        assert got, f"{info.name} found nothing in the example store"


def test_bundled_query_by_name_binds_parameters_as_terms(server, store):
    status, _, body = http("GET", server + "queries/person-meetings?name=lukashenko",
                           headers={"Accept": "application/json"})
    assert status == 200
    got = rows_of(json.loads(body))
    assert got and got == expected_rows(store, "person-meetings", {"name": Literal("lukashenko")})
    status, _, body = http("GET", server + "queries/person-meetings?nmae=x")
    assert status == 400 and b"no parameter 'nmae'" in body
    status, _, body = http("GET", server + "queries/..%2Fetc%2Fpasswd")
    assert status == 404


@pytest.mark.parametrize(("name", "params"), [
    ("visits", {"state": "a", "status": "all"}), ("signatories", {"name": "a", "status": "all"}),
    ("leaders", {"role": "president"}), ("events-gdelt", {"state": "aze"}),
    ("meetings", {"from": "2010-01-01", "to": "2029-12-31", "status": "all"}),
    ("corroboration", {"kind": "meeting"}),
])
def test_bundled_query_with_a_selecting_parameter_answers_as_the_library(server, store, name,
                                                                          params):
    # The server hands its worker the query's selective form too (queries/selective/):
    # the rows are the library's, which runs that form on the same store.
    status, _, body = http("GET", f"{server}queries/{name}?{urllib.parse.urlencode(params)}",
                           headers={"Accept": "application/json"})
    assert status == 200, body
    got = rows_of(json.loads(body))
    assert got and got == expected_rows(store, name, params)


def test_a_worker_runs_the_selective_form_on_the_facts_view_only(store):
    from diplograph.server.workers import Limits, _answer, _Reader

    reader = _Reader(str(store), Limits())
    try:
        assert reader.store.facts_view
        request = {"kind": "query", "query": 'SELECT ("general" AS ?form) {}',
                   "selective": 'SELECT ("selective" AS ?form) {}', "accept": None,
                   "format": "json", "default_graphs": [], "named_graphs": []}
        def form(**changes) -> str:
            reply = _answer(reader, {**request, **changes}, Limits())
            assert reply[0] == "ok", reply
            return json.loads(reply[2])["results"]["bindings"][0]["form"]["value"]
        assert form() == "selective"
        assert form(selective=None) == "general"
        # Graphs chosen by the client: the query as written, over them.
        assert form(default_graphs=["https://w3id.org/diplograph/id/graph/background"]) \
            == "general"
    finally:
        reader.store.close()


def test_get_post_form_and_post_body_give_the_same_answer(server):
    accept = {"Accept": "application/sparql-results+json"}
    by_get = http("GET", server + "query?" + urllib.parse.urlencode({"query": PERSON_LABELS}),
                  headers=accept)
    by_form = http("POST", server + "query", form(query=PERSON_LABELS), {**FORM, **accept})
    by_body = http("POST", server + "query", PERSON_LABELS,
                   {"Content-Type": "application/sparql-query", **accept})
    assert by_get[0] == by_form[0] == by_body[0] == 200
    assert json.loads(by_get[2]) == json.loads(by_form[2]) == json.loads(by_body[2])


def test_select_results_in_json_xml_csv_and_tsv_by_content_negotiation(server):
    expected = rows_of(query_json(server, PERSON_LABELS))
    labels = [row["label"] for row in expected]

    def ask(accept: str) -> tuple[str, bytes]:
        status, headers, body = http("POST", server + "query", form(query=PERSON_LABELS),
                                     {**FORM, "Accept": accept})
        assert status == 200, body
        return headers["content-type"], body

    kind, body = ask("application/sparql-results+xml")
    assert kind.startswith("application/sparql-results+xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    tree = ET.fromstring(body)
    assert [b.findtext("r:literal", namespaces=ns)
            for b in tree.iterfind(".//r:binding[@name='label']", ns)] == labels

    kind, body = ask("text/csv")
    assert kind.startswith("text/csv")
    assert [row["label"] for row in csv.DictReader(io.StringIO(body.decode()))] == labels

    kind, body = ask("text/html;q=0.9, text/tab-separated-values")
    assert kind.startswith("text/tab-separated-values")
    lines = body.decode().splitlines()
    assert lines[0] == "?person\t?label"
    assert [line.split("\t")[1] for line in lines[1:]] == [f'"{label}"' for label in labels]

    # A browser's Accept falls back to the default, JSON; a format parameter wins.
    kind, _ = ask("text/html,application/xhtml+xml,*/*;q=0.8")
    assert kind.startswith("application/sparql-results+json")
    status, headers, _ = http("GET", server + "query?" + urllib.parse.urlencode(
        {"query": PERSON_LABELS, "format": "csv"}))
    assert status == 200 and headers["content-type"].startswith("text/csv")


def test_ask_and_construct_answers(server):
    status, _, body = http("GET", server + "query?query=" + urllib.parse.quote(
        "ASK { ?m a <https://w3id.org/diplograph/ontology#Meeting> }"),
        headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body)["boolean"] is True
    construct = PERSON_LABELS.replace("SELECT DISTINCT ?person ?label WHERE",
                                      "CONSTRUCT { ?person rdfs:label ?label } WHERE")
    construct = construct.replace("ORDER BY ?label", "")
    people = {URIRef(r["person"]) for r in rows_of(query_json(server, PERSON_LABELS))}
    for accept, rdf_format in [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                               ("application/n-triples", "nt")]:
        status, headers, body = http("POST", server + "query", form(query=construct),
                                     {**FORM, "Accept": accept})
        assert status == 200 and headers["content-type"].startswith(accept), body
        graph = Graph().parse(data=body.decode(), format=rdf_format)
        assert set(graph.subjects()) == people, accept
    status, _, body = http("POST", server + "query", form(query=construct),
                           {**FORM, "Accept": "text/csv"})
    assert status == 406 and b"text/turtle" in body


@pytest.mark.parametrize("query, status, words", [
    ("SELEC ?x WHERE { ?x ?y ?z }", 400, b"bad SPARQL query"),
    ("INSERT DATA { <http://a> <http://b> <http://c> }", 400, b"updates go to POST /update"),
    ("", 400, b"no query given"),
])
def test_bad_queries_get_a_one_line_error(server, query, status, words):
    got, headers, body = http("POST", server + "query", form(query=query), FORM)
    assert got == status and words in body
    assert headers["content-type"].startswith("text/plain")
    assert body.decode().strip().count("\n") == 0


def test_updates_are_refused_by_a_read_only_server(server):
    before = rows_of(query_json(server, PERSON_LABELS))
    update = "CLEAR ALL"
    for target in ("update", "sparql"):
        status, _, body = http("POST", server + target, form(update=update), FORM)
        assert status == 403 and b"--allow-updates" in body
        status, _, body = http("POST", server + target, update,
                               {"Content-Type": "application/sparql-update",
                                "Authorization": f"Bearer {TOKEN}"})
        assert status == 403
    assert rows_of(query_json(server, PERSON_LABELS)) == before


def test_runaway_query_is_stopped_and_the_server_goes_on(server):
    started = time.monotonic()
    status, _, body = http("POST", server + "query", form(query=RUNAWAY), FORM, timeout=60)
    took = time.monotonic() - started
    assert status == 503 and b"stopped after 3 s" in body and b"--timeout" in body
    assert took < 15
    # The same worker slot answers again at once (a fresh worker replaced the stopped one).
    assert rows_of(query_json(server, PERSON_LABELS))


def test_too_large_answer_is_refused_with_the_limit(server):
    status, _, body = http("POST", server + "query",
                           form(query="SELECT * WHERE { ?s ?p ?o }"), FORM)
    assert status == 413 and b"more than 500 results" in body and b"--max-results" in body
    status, _, body = http("POST", server + "query",
                           form(query="SELECT * WHERE { ?s ?p ?o } LIMIT 500"), FORM)
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 500


def test_query_page_lists_the_bundled_queries(server):
    status, headers, body = http("GET", server)
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in headers["content-security-policy"]
    page = body.decode()
    for info in list_queries():
        assert json.dumps(info.name) in page


def test_explorer_page_is_the_rendered_network(server, store, tmp_path):
    from diplograph.render import render_html

    status, headers, body = http("GET", server + "explorer")
    assert status == 200 and headers["content-type"].startswith("text/html")
    reader = EmbeddedStore(store, read_only=True)
    try:
        expected = render_html(reader.quads(), tmp_path / "expected.html").read_bytes()
    finally:
        reader.close()
    assert body == expected


# --- concurrency -----------------------------------------------------------------------------


def test_fifty_concurrent_clients_get_correct_answers(server, store):
    """50 clients at once, each asking every bundled query: all correct, none refused."""
    queries = {info.name: info.path.read_text(encoding="utf-8") for info in list_queries()}
    expected = {name: expected_rows(store, name) for name in queries}

    def client(number: int) -> list[str]:
        problems = []
        names = list(queries)
        for name in names[number % len(names):] + names[: number % len(names)]:
            status, _, body = http("POST", server + "query", form(query=queries[name]),
                                   {**FORM, "Accept": "application/sparql-results+json"},
                                   timeout=120)
            if status != 200:
                problems.append(f"client {number} {name}: HTTP {status} {body[:200]!r}")
            elif rows_of(json.loads(body)) != expected[name]:
                problems.append(f"client {number} {name}: wrong answer")
        return problems

    with ThreadPoolExecutor(max_workers=50) as clients:
        outcomes = list(clients.map(client, range(50)))
    problems = [p for outcome in outcomes for p in outcome]
    assert problems == []


def test_readers_get_answers_while_a_build_writes(tmp_path):
    """A build writes into the served folder while clients query it: every query is
    answered, each sees the article's graph whole or not at all, and the new article
    shows once written."""
    store = tmp_path / "store"
    first = cli("build", str(ARTICLES[0]), "--store", str(store), "--quiet")
    assert first.returncode == 0, first.stderr
    count = """SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o .
                 ?g a <https://w3id.org/diplograph/ontology#Article> } } GROUP BY ?g"""
    with running(store, "--workers", "2") as base:
        before = {r["g"]: int(r["n"]) for r in rows_of(query_json(base, count))}
        assert len(before) == 1
        build = subprocess.Popen(
            [sys.executable, "-m", "diplograph.cli", "build", str(ARTICLES[1]),
             "--store", str(store), "--quiet"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        seen: list[dict[str, int]] = []
        failures: list[str] = []
        stop = threading.Event()

        def reader() -> None:
            deadline = time.monotonic() + 240  # bounded whatever happens
            while not stop.is_set() and time.monotonic() < deadline:
                status, _, body = http("POST", base + "query", form(query=count),
                                       {**FORM, "Accept": "application/json"})
                if status != 200:
                    failures.append(f"HTTP {status}: {body[:200]!r}")
                else:
                    seen.append({r["g"]: int(r["n"]) for r in rows_of(json.loads(body))})

        readers = [threading.Thread(target=reader) for _ in range(4)]
        for thread in readers:
            thread.start()
        try:
            _, errors = build.communicate(timeout=240)
            assert build.returncode == 0, errors
            after = {r["g"]: int(r["n"]) for r in rows_of(query_json(base, count))}
            time.sleep(0.5)  # a few more answers after the write
        finally:
            stop.set()
            for thread in readers:
                thread.join(timeout=60)
    assert failures == []
    assert len(after) == 2 and all(after[g] == n for g, n in before.items())
    assert len(seen) > 10
    assert all(answer in (before, after) for answer in seen), "a half-written graph was seen"
    assert seen[-1] == after


# --- updates with a token --------------------------------------------------------------------


def test_updates_need_the_token_and_a_remote_build_writes_through_them(tmp_path):
    store = tmp_path / "store"
    with running(store, "--allow-updates", env={"DIPLOGRAPH_SERVE_TOKEN": TOKEN}) as base:
        update = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> " \
                 "<http://www.w3.org/2000/01/rdf-schema#label> 'A' } }"
        status, headers, body = http("POST", base + "update", form(update=update), FORM)
        assert status == 401 and "Bearer" in headers["www-authenticate"]
        status, _, _ = http("POST", base + "update", form(update=update),
                            {**FORM, "Authorization": "Bearer wrong-token-0123456789"})
        assert status == 401
        basic = base64.b64encode(f"any:{TOKEN}".encode()).decode()
        status, _, body = http("POST", base + "update", update,
                               {"Content-Type": "application/sparql-update",
                                "Authorization": f"Basic {basic}"})
        assert status == 204, body
        ask = "ASK { <https://example.org/a> ?p 'A' }"
        assert query_json(base, ask)["boolean"] is True

        # diplograph itself writes through the server, with the token from the environment.
        built = cli("build", str(ARTICLES[0]), "--store", base, "--quiet",
                    env={"DIPLOGRAPH_STORE_TOKEN": TOKEN})
        assert built.returncode == 0, built.stderr
        refused = cli("build", str(ARTICLES[1]), "--store", base, "--quiet",
                      env={"DIPLOGRAPH_STORE_TOKEN": ""})
        assert refused.returncode == 3 and "DIPLOGRAPH_STORE_TOKEN" in refused.stderr
        meetings = cli("query", "meetings", "--store", base, "--format", "csv")
        assert meetings.returncode == 0 and "Ilham Aliyev" in meetings.stdout


# --- the command line ------------------------------------------------------------------------


def test_allow_updates_without_a_token_is_refused(tmp_path):
    result = cli("serve", "--store", str(tmp_path / "store"), "--allow-updates",
                 "--port", str(free_port()), env={"DIPLOGRAPH_SERVE_TOKEN": "short"})
    assert result.returncode == 2
    assert "DIPLOGRAPH_SERVE_TOKEN" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_serving_a_missing_store_or_a_busy_port_says_so(tmp_path, store):
    result = cli("serve", "--store", str(tmp_path / "nothing"), "--port", str(free_port()))
    assert result.returncode == 3 and "build one first" in result.stderr
    assert "Traceback" not in result.stderr
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        result = cli("serve", "--store", str(store), "--port", str(busy.getsockname()[1]))
    assert result.returncode == 2 and "another --port" in result.stderr


# --- content negotiation, as a function ------------------------------------------------------


@pytest.mark.parametrize("accept, fmt, kind, expected", [
    (None, None, "select", "application/sparql-results+json"),
    ("*/*", None, "graph", "text/turtle"),
    ("application/json", None, "ask", "application/sparql-results+json"),
    ("application/xml;q=0.5, text/csv;q=0.9", None, "select", "text/csv"),
    ("text/*", None, "select", "text/csv"),
    ("text/turtle;q=0, application/*", None, "graph", "application/ld+json"),
    ("text/csv", "json", "select", "application/sparql-results+json"),
    (None, "ntriples", "graph", "application/n-triples"),
])
def test_negotiation_picks_the_best_acceptable_format(accept, fmt, kind, expected):
    from diplograph.server.results import negotiate

    assert negotiate(accept, fmt, kind) == expected


@pytest.mark.parametrize("accept, fmt, kind", [
    ("text/csv", None, "graph"), ("image/png", None, "select"), (None, "turtle", "select"),
    ("text/turtle;q=0", None, "graph"),
])
def test_negotiation_refuses_what_does_not_fit(accept, fmt, kind):
    from diplograph.server.results import NotAcceptable, negotiate

    with pytest.raises(NotAcceptable):
        negotiate(accept, fmt, kind)


# --- the query page in a real browser ----------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.browser
def test_query_page_runs_a_bundled_example_in_a_browser(server, store, tmp_path):
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian chromium at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="browser tests need the playwright package")
    expected = expected_rows(store, "meetings")
    with sync_api.sync_playwright() as play:
        chromium = play.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                        args=["--no-sandbox", "--disable-gpu"])
        try:
            page = chromium.new_page()
            elsewhere: list[str] = []
            problems: list[str] = []
            # Only this server may be reached; anything else is aborted and counted.
            page.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith(server)
                       else (elsewhere.append(route.request.url), route.abort()))
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.goto(server)
            buttons = page.locator("#dg-examples-list button")
            assert sorted(buttons.all_inner_texts()) == sorted(q.name for q in list_queries())
            page.get_by_role("button", name="meetings", exact=True).click()
            page.get_by_role("button", name="Run query").click()
            page.wait_for_selector("#dg-out table")
            assert page.locator("#dg-out tbody tr").count() == len(expected)
            assert "Ilham Aliyev" in page.locator("#dg-out").inner_text()
            page.screenshot(path=str(tmp_path / "query-page.png"), full_page=True)
            page.goto(server + "explorer")
            page.wait_for_function("document.querySelectorAll('canvas').length > 0")
            assert elsewhere == [] and problems == []
        finally:
            chromium.close()


# --- serving a remote store ------------------------------------------------------------------


@pytest.mark.server
def test_serving_a_remote_store_passes_queries_through(oxigraph_server, tmp_path):
    from rdflib.namespace import RDFS

    from diplograph.stores.remote import Credentials, RemoteStore

    remote = RemoteStore(oxigraph_server, credentials=Credentials())
    remote.clear()
    person = URIRef("https://w3id.org/diplograph/id/person/someone")
    remote.replace_graph(URIRef("https://w3id.org/diplograph/id/article/x"),
                         [(person, RDFS.label, Literal("Someone", lang="en"))])
    with running(oxigraph_server, "--timeout", "10") as base:
        document = query_json(base, "SELECT ?l WHERE { ?p <http://www.w3.org/2000/01/"
                                    "rdf-schema#label> ?l }")
        assert document["results"]["bindings"] == [
            {"l": {"type": "literal", "value": "Someone", "xml:lang": "en"}}]
        status, _, body = http("POST", base + "query", form(
            query="CONSTRUCT WHERE { ?p ?q ?l }"), {**FORM, "Accept": "application/n-triples"})
        assert status == 200 and body.decode().strip() == (
            f'<{person}> <http://www.w3.org/2000/01/rdf-schema#label> "Someone"@en .')
        status, _, _ = http("POST", base + "update", form(update="CLEAR ALL"), FORM)
        assert status == 403
    assert remote.has_graph(URIRef("https://w3id.org/diplograph/id/article/x"))
