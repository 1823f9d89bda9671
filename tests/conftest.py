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


@pytest.fixture(params=["embedded", pytest.param("remote", marks=pytest.mark.server)])
def backend_store(request: pytest.FixtureRequest, tmp_path):
    """An empty store of each backend: an embedded folder, and the shared oxigraph server.

    The server is emptied before each test, so tests using it must not run in parallel.
    """
    if request.param == "embedded":
        from diplograph.stores.embedded import EmbeddedStore

        store = EmbeddedStore(tmp_path / "store")
    else:
        from diplograph.stores.remote import RemoteStore

        store = RemoteStore(request.getfixturevalue("oxigraph_server"))
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

    if report.skipped and os.environ.get("DIPLOGRAPH_REQUIRE_ALL") == "1" and (
            item.get_closest_marker("browser") or item.get_closest_marker("server")):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where it must run: {report.longrepr}"
