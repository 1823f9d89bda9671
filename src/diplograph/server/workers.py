"""Query workers: separate processes that answer queries, so a runaway one can be stopped.

pyoxigraph cannot cancel a query once it runs, and a thread cannot be killed;
a process can.  So the server keeps a few worker processes, hands each query
to an idle one, and when an answer takes longer than the time limit it kills
that worker, starts a fresh one and answers with an error.  The server and
its other workers go on.

An embedded store is opened read-only by each worker (any number of readers
may sit beside one writer, such as a ``diplograph build`` running at the same
time).  A read-only handle sees the store as it was when opened, so before
each query a worker compares the store folder's files (their names, sizes and
times) with those it last saw and reopens when a writer has committed since:
readers get answers throughout a build, and see each article once its graph
is written (a whole graph at a time, never half of one).

A remote store (``--store http(s)://…``) is queried through
:class:`~diplograph.stores.remote.RemoteStore` with the same time limit.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

#: Files of a RocksDB folder whose change means a writer committed (WAL, tables, manifest).
_DATA_SUFFIXES = (".log", ".sst")
_DATA_PREFIXES = ("MANIFEST", "CURRENT")


@dataclass(frozen=True)
class Limits:
    """Per-query limits: seconds of work, and rows (SELECT) or triples (CONSTRUCT) answered."""

    timeout: float = 30.0
    max_results: int = 100_000


class QueryTimeout(Exception):
    """The worker did not answer within the time limit (it has been stopped)."""


class WorkerFailed(Exception):
    """The worker process died while answering."""


def folder_signature(folder: str) -> tuple:
    """What a committed write changes in a RocksDB folder: its data files' names, sizes, times."""
    entries = []
    try:
        for entry in os.scandir(folder):
            if entry.name.endswith(_DATA_SUFFIXES) or entry.name.startswith(_DATA_PREFIXES):
                try:
                    info = entry.stat()
                except FileNotFoundError:  # compacted away while we looked
                    continue
                entries.append((entry.name, info.st_size, info.st_mtime_ns))
    except OSError:
        return ()
    return tuple(sorted(entries))


# --- inside a worker process ---------------------------------------------------------------------


class _Reader:
    """The worker's view of the store: opened read-only, reopened when a writer committed."""

    def __init__(self, location: str, limits: Limits) -> None:
        from ..stores import open_store
        from ..stores.embedded import EmbeddedStore

        self.location = location
        self.remote = location.lower().startswith(("http://", "https://")) or \
            location.lower().endswith(".toml")
        if self.remote:
            self.store = open_store(location)
            self.store.timeout = limits.timeout  # type: ignore[attr-defined]
            self.signature: tuple = ()
        else:
            self.signature = folder_signature(location)
            self.store = EmbeddedStore(location, read_only=True)

    def reopen(self) -> None:
        """Open the embedded store afresh (after a failed read)."""
        self.signature = folder_signature(self.location)
        self.store.reopen()  # type: ignore[attr-defined]

    def fresh(self):
        """The store, reopened first when its folder changed since the last look."""
        if not self.remote:
            signature = folder_signature(self.location)
            if signature != self.signature:
                self.store.reopen()  # type: ignore[attr-defined]
                self.signature = signature
        return self.store


def _retrying(reader: _Reader, work) -> tuple:
    """Run ``work()``; when the store's files moved under a read-only handle, reopen and retry.

    A writer compacting the store deletes table files that an older read-only
    handle still points to; RocksDB then reports them missing.  A fresh handle
    reads the current file list, so the query is run again on it (a few times,
    as a compaction may end while the handle opens).
    """
    from ..errors import StoreError
    from ..stores.terms import one_line

    attempts = 6
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except (StoreError, OSError, RuntimeError) as exc:
            if reader.remote or attempt == attempts:
                if isinstance(exc, StoreError):  # already one line, naming the store
                    return ("error", 502 if reader.remote else 500, str(exc))
                return ("error", 500, f"cannot read the store: {one_line(exc)}")
        time.sleep(0.05 * attempt)
        try:
            reader.reopen()
        except (StoreError, OSError, RuntimeError):
            pass  # still moving: the next attempt reopens again through fresh()
    raise AssertionError("unreachable")


def _run_query(reader: _Reader, request: dict[str, Any], limits: Limits) -> tuple:
    """Answer one query request: ``("ok", media type, body)`` or ``("error", status, message)``."""
    return _retrying(reader, lambda: _answer(reader, request, limits))


def _answer(reader: _Reader, request: dict[str, Any], limits: Limits) -> tuple:
    import pyoxigraph as ox

    from ..errors import QueryError
    from ..stores.terms import one_line, to_oxigraph
    from . import results

    store = reader.fresh()
    sparql: str = request["query"]
    accept, fmt = request.get("accept"), request.get("format")
    limit = limits.max_results
    too_many = (f"the answer has more than {limit} results (the server's limit, "
                "--max-results); add a LIMIT or narrow the query")
    try:
        if reader.remote:
            if request.get("default_graphs") or request.get("named_graphs"):
                return ("error", 400, "default-graph-uri and named-graph-uri are not "
                                      "supported when the store is a remote server")
            answer = store.query(sparql)
            if answer.kind == "ask":
                kind, boolean = "ask", bool(answer.boolean)
            elif answer.kind == "select":
                kind, variables = "select", answer.variables
                rows_iter = ([None if t is None else to_oxigraph(t) for t in row]
                             for row in answer.rows)
            else:
                kind = "graph"
                triples_iter = (ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))
                                for s, p, o in answer.graph)
        else:
            options: dict[str, Any] = {}
            if (request.get("selective") and store.facts_view
                    and not request.get("default_graphs") and not request.get("named_graphs")):
                # A bundled query's selective form: on the facts view it answers the same
                # rows as the query, from the nodes its parameter names (queries.py).
                sparql = request["selective"]
            if request.get("default_graphs"):
                options["default_graph"] = [ox.NamedNode(g) for g in request["default_graphs"]]
            elif not store.facts_view:
                # With a facts view the store's own default graph is the merge of its
                # named graphs, each triple once; the union would add it to the repeats.
                options["use_default_graph_as_union"] = True
            if request.get("named_graphs"):
                options["named_graphs"] = [ox.NamedNode(g) for g in request["named_graphs"]]
            answer = store.oxigraph.query(sparql, **options)
            if isinstance(answer, ox.QueryBoolean):
                kind, boolean = "ask", bool(answer)
            elif isinstance(answer, ox.QuerySolutions):
                kind, variables = "select", [v.value for v in answer.variables]
                rows_iter = (list(solution) for solution in answer)
            else:
                kind, triples_iter = "graph", iter(answer)
        media_type = results.negotiate(accept, fmt, kind)
        if kind == "ask":
            return ("ok", media_type, results.write_boolean(boolean, media_type))
        # Answers are taken one row at a time and cut at the limit, so a huge answer
        # stops at limit + 1 rows instead of filling the worker's memory.
        collected = []
        for item in rows_iter if kind == "select" else triples_iter:
            if len(collected) >= limit:
                return ("error", 413, too_many)
            collected.append(item)
        if kind == "select":
            return ("ok", media_type, results.write_solutions(variables, collected, media_type))
        return ("ok", media_type, results.write_triples(collected, media_type))
    except results.NotAcceptable as exc:
        return ("error", 406, str(exc))
    except (SyntaxError, ValueError) as exc:
        return ("error", 400, f"bad SPARQL query: {one_line(exc)}")
    except QueryError as exc:
        return ("error", 400, str(exc))


def _render_explorer(reader: _Reader) -> tuple:
    """The explorer page (``diplograph render``'s output) for the store as it is now."""
    import tempfile

    from ..render import render_html

    def work() -> tuple:
        store = reader.fresh()
        with tempfile.TemporaryDirectory(prefix="diplograph-explorer-") as folder:
            path = render_html(store.quads(), Path(folder) / "explorer.html")
            return ("ok", "text/html; charset=utf-8", path.read_bytes())
    return _retrying(reader, work)


def worker_main(connection: Connection, location: str, limits: Limits) -> None:
    """A worker process: answer requests from ``connection`` until it closes."""
    import signal

    # Ctrl-C reaches the whole process group; the server decides when workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        reader = _Reader(location, limits)
        connection.send(("ready",))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which says it in one line
        connection.send(("error", 500, str(exc) or type(exc).__name__))
        return
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        try:
            if request["kind"] == "explorer":
                reply = _render_explorer(reader)
            else:
                reply = _run_query(reader, request, limits)
        except Exception as exc:  # noqa: BLE001 - one bad request must not end the worker
            reply = ("error", 500, f"{type(exc).__name__}: {exc}")
        connection.send(reply)


# --- in the server process -----------------------------------------------------------------------


class Worker:
    """One worker process and the pipe to it."""

    def __init__(self, location: str, limits: Limits) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self.connection, child = context.Pipe()
        self.process = context.Process(target=worker_main, args=(child, location, limits),
                                       daemon=True, name="diplograph-query-worker")
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float) -> None:
        """Wait until the worker has opened the store; raise :class:`WorkerFailed` if it can't."""
        if not self.connection.poll(timeout):
            self.kill()
            raise WorkerFailed(f"a query worker did not start within {timeout:.0f} s")
        try:
            reply = self.connection.recv()
        except (EOFError, OSError):
            raise WorkerFailed("a query worker died while starting") from None
        if reply[0] != "ready":
            self.kill()
            raise WorkerFailed(reply[2])
        self.ready = True

    def call(self, request: dict[str, Any], timeout: float) -> tuple:
        """Send ``request`` and wait for the reply; on timeout kill the worker."""
        try:
            self.connection.send(request)
            if not self.connection.poll(timeout):
                self.kill()
                raise QueryTimeout()
            return self.connection.recv()
        except (EOFError, OSError, BrokenPipeError):
            self.kill()
            raise WorkerFailed("the query worker died while answering") from None

    def alive(self) -> bool:
        """Whether the process still runs."""
        return self.process.is_alive()

    def kill(self) -> None:
        """Stop the process at once (a query cannot be interrupted more gently)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.connection.close()


class WorkerPool:
    """A fixed number of workers; each request borrows an idle one.

    Blocking calls: run them in a thread (the web app does).  Thread-safe.
    """

    def __init__(self, location: str, limits: Limits, size: int = 2) -> None:
        self.location = location
        self.limits = limits
        self.size = max(1, size)
        self._idle: list[Worker] = []
        self._available = threading.Semaphore(0)
        self._lock = threading.Lock()
        self._closed = False

    def start(self, timeout: float = 60.0) -> None:
        """Start the workers and wait until each has opened the store."""
        workers = [Worker(self.location, self.limits) for _ in range(self.size)]
        try:
            for worker in workers:
                worker.wait_ready(timeout)
        except WorkerFailed:
            for worker in workers:
                worker.kill()
            raise
        for worker in workers:
            self._give_back(worker)

    def _give_back(self, worker: Worker) -> None:
        with self._lock:
            self._idle.append(worker)
        self._available.release()

    def _borrow(self) -> Worker:
        self._available.acquire()
        with self._lock:
            return self._idle.pop()

    def run(self, request: dict[str, Any], timeout: float | None = None) -> tuple:
        """Answer ``request`` in a worker: ``("ok", media type, body)`` or
        ``("error", status, message)``.  Raises :class:`QueryTimeout` past the limit."""
        if self._closed:
            raise WorkerFailed("the server is shutting down")
        worker = self._borrow()
        try:
            return worker.call(request, self.limits.timeout if timeout is None else timeout)
        except (QueryTimeout, WorkerFailed):
            worker = Worker(self.location, self.limits)  # the old one is dead; replace it
            try:
                worker.wait_ready(60.0)
            except WorkerFailed:
                pass  # call() on it will fail and replace it again
            raise
        finally:
            self._give_back(worker)

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers, self._idle = self._idle, []
        for worker in workers:
            try:
                worker.connection.close()
            finally:
                worker.kill()
