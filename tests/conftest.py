"""Shared fixtures: a real oxigraph SPARQL server, and a store of each backend."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of an ``oxigraph serve`` process on loopback, running for the whole session.

    Started without ``--union-default-graph`` on purpose: the remote store must
    ask for the union itself.
    """
    executable = shutil.which("oxigraph")
    if executable is None:
        pytest.skip("the `oxigraph` server executable is not installed (pip install oxigraph)")
    folder = tmp_path_factory.mktemp("oxigraph-server")
    port = _free_port()
    log = open(folder.parent / "oxigraph-server.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [executable, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
        stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                log.flush()
                output = (folder.parent / "oxigraph-server.log").read_text(errors="replace")
                pytest.fail(f"oxigraph serve exited with {process.returncode}: {output}")
            try:
                request = urllib.request.Request(
                    f"{base}/query", data=b"ASK {}", method="POST",
                    headers={"Content-Type": "application/sparql-query"},
                )
                with urllib.request.urlopen(request, timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve did not answer at {base} within 30 s")
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


_VIRTUOSO_INI = """[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {db}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 10
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The ``/sparql`` URL of Debian's Virtuoso 7 (``virtuoso-opensource-7``) on loopback.

    A second, unrelated SPARQL server for the store contract: it keeps its own
    system graphs, so the tests empty only the graphs they wrote.  The public
    SPARQL user is granted updates (off by default) through ``isql-vt``.
    """
    executable, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if executable is None or isql is None:
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource-7)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = _free_port(), _free_port()
    (folder / "virtuoso.ini").write_text(
        _VIRTUOSO_INI.format(db=folder, sql_port=sql_port, http_port=http_port))
    log = open(folder / "console.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen([executable, "-f", "-c", str(folder / "virtuoso.ini")],
                               stdout=log, stderr=subprocess.STDOUT, cwd=folder)
    url = f"http://127.0.0.1:{http_port}/sparql"
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                pytest.fail("virtuoso-t exited with "
                            f"{process.returncode}: {(folder / 'console.log').read_text()}")
            try:
                with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail(f"Virtuoso did not answer at {url} within 90 s")
                time.sleep(0.3)
        grant = subprocess.run(
            [isql, f"127.0.0.1:{sql_port}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
            capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL, check=False)
        if grant.returncode != 0:
            pytest.fail(f"cannot grant SPARQL updates on Virtuoso: {grant.stdout}{grant.stderr}")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


#: Graphs a Virtuoso server holds before any test writes (its own system graphs).
_VIRTUOSO_SYSTEM: dict[str, set] = {}


@pytest.fixture(params=[
    "embedded",
    pytest.param("oxigraph", marks=pytest.mark.server),
    pytest.param("oxigraph-gsp", marks=pytest.mark.server),
    pytest.param("virtuoso", marks=pytest.mark.server),
])
def backend_store(request: pytest.FixtureRequest, tmp_path):
    """An empty store of each backend: an embedded folder; the shared oxigraph server
    written through SPARQL Update, and through the Graph Store Protocol; Virtuoso.

    Servers are emptied before each test, so tests using them must not run in parallel.
    """
    from diplograph.stores.remote import Credentials, RemoteStore

    if request.param == "embedded":
        from diplograph.stores.embedded import EmbeddedStore

        store = EmbeddedStore(tmp_path / "store")
    elif request.param == "virtuoso":
        url = request.getfixturevalue("virtuoso_server")
        store = RemoteStore(url, credentials=Credentials())
        system = _VIRTUOSO_SYSTEM.setdefault(url, set(store.graphs()))
        for graph in set(store.graphs()) - system:
            store.drop_graph(graph)
        store.system_graphs = system  # tests that list every graph or quad ignore these
    else:
        base = request.getfixturevalue("oxigraph_server")
        gsp = f"{base}/store" if request.param == "oxigraph-gsp" else None
        store = RemoteStore(base, graph_store_url=gsp, credentials=Credentials())
        store.clear()
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy model, loaded once."""
    from diplograph.extract.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def world():
    """The real world data of data/world, loaded once."""
    from diplograph.world import load_world

    return load_world()


@pytest.fixture(scope="session")
def extract():
    """Extract facts from a text of ours, published 2024-03-05 (a Tuesday), with the real
    spaCy model and world data; ``header`` is the rest of the date line (a byline)."""
    from diplograph.articles import parse_article
    from diplograph.extract.nlp import load_model
    from diplograph.extract.pipeline import extract_article
    from diplograph.world import load_world

    nlp, world = load_model(), load_world()

    def run(text: str, header: str = ""):
        article = parse_article(f"date 2024-03-05 {header}\n{text}", "test.txt")
        return extract_article(article, nlp, world)
    return run


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI (DIPLOGRAPH_REQUIRE_ALL=1) a browser or server test may not skip: it fails.

    Locally those tests skip when chromium or the oxigraph server is missing; CI
    installs both, so a skip there would hide a broken install.
    """
    outcome = yield
    report = outcome.get_result()
    import os

    expected_failure = hasattr(report, "wasxfail")  # a known server bug, not a missing install
    required = os.environ.get("DIPLOGRAPH_REQUIRE_ALL") == "1"
    if report.skipped and not expected_failure and required and (
            item.get_closest_marker("browser") or item.get_closest_marker("server")):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where it must run: {report.longrepr}"
