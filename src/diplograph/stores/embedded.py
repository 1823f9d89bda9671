"""The embedded store: a pyoxigraph (RocksDB) database in a folder on disk.

Only one process can hold the folder for writing at a time: RocksDB locks it,
and a second open fails with a :class:`StoreError` saying so.  Any number of
processes may open it read-only (``read_only=True``) beside that writer; a
read-only store sees the data as it was when it was opened (``reopen()`` to
catch up), which is what ``diplograph serve`` does between queries.

The facts view: the store's default graph (which nothing else writes to) holds every
triple of its named graphs once, however many article graphs state it.  The union of
the named graphs, which queries see by default, answers a triple once per graph
holding it (a state's label once per article naming the state), so a lookup through
it costs events x repeats; the facts view costs the answer.  Every write of this class
keeps it exact in the same transaction as the named graphs (a triple leaves it only
when no named graph states it any more), a store without it (made before it existed,
or after a SPARQL update) gets it rebuilt when opened for writing, and the file
:data:`FACTS_MARKER` in the folder says it is there and up to date.  The bundled
queries run on it (``query(..., facts=True)``); their ``GRAPH ?g`` patterns still see
every named graph and nothing else.
"""

from __future__ import annotations

import itertools
import os
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Self

import pyoxigraph as ox
from rdflib import BNode, URIRef
from rdflib.term import Identifier

from ..errors import InputError, QueryError, StoreError
from .base import Quad, QueryResult, Triple
from .terms import (
    bind_parameters,
    from_oxigraph,
    graph_from_oxigraph,
    graph_to_oxigraph,
    new_graph,
    one_line,
    replace_graph_update,
    sparql_term,
    to_oxigraph,
)

#: How often a read-only opening is tried when a writer removes a file under it, and the
#: pause (seconds, growing with each try) between tries.
_READ_ONLY_ATTEMPTS = 5
_READ_ONLY_PAUSE = 0.05

#: Batches of new graphs with at least this many quads go through pyoxigraph's bulk
#: loader (about 2-3 times the rate of ``extend`` per CPU second on article graphs);
#: below it the loader's fixed cost (a table file per index) makes a transactional
#: write faster.
BULK_LOAD_QUADS = 10_000
#: Quads written between two flushes of RocksDB's in-memory tables to disk. Without
#: them the memtables of oxigraph's eleven indexes fill up to their limits: the process
#: writing a 10,000-article build grew to 1.5 GiB; flushing every ~100,000 quads keeps
#: it flat (and writes no slower).
FLUSH_EVERY_QUADS = 100_000
#: A bulk batch is cut (between article graphs) into at most this many parts, loaded by
#: as many threads at once: pyoxigraph's loader runs one batch under 1 M quads on one
#: core, and releases Python's lock while it loads N-Quads bytes.
BULK_THREADS = max(1, min(2, os.cpu_count() or 1))

#: The file in a store folder saying that its default graph holds the facts view, up to date
#: (written after the view is built, removed before anything may make it stale).
FACTS_MARKER = "diplograph-facts"
#: Quads per call of the bulk loader when the facts view is rebuilt (its memory grows
#: with what one call is given: ~1 GB for the 1.4 M quads of 10,000 articles at once).
FACTS_SLICE = 500_000
#: After a SPARQL update the facts view is rebuilt at once in a store of at most this many
#: named graphs (about 2 s for 1,000 articles), else when the store is next opened for
#: writing: at 100,000 articles a rebuild takes minutes.
FACTS_REBUILD_GRAPHS = 2_000
#: SPARQL Update removing from the facts view (the default graph) what the named graph
#: GRAPH states and no other named graph does; run before that graph is dropped or
#: replaced, in the same request.  ``?s ?p ?o`` are bound when the ``NOT EXISTS`` runs,
#: so it is one index seek per triple of the graph, not a scan.
_FACTS_FORGET = """DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH {graph} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {graph}) }}
}}"""
#: SPARQL Update adding the triples of the named graph GRAPH to the facts view.
_FACTS_LEARN = "INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"

# RocksDB writes this file into every database folder; its presence tells a store folder
# from an unrelated one (say, the articles folder given to --store by mistake).
_ROCKSDB_MARKER = "CURRENT"


class EmbeddedStore:
    """A :class:`~diplograph.stores.base.Store` kept by pyoxigraph in the folder ``path``."""

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False,
                 create: bool = True) -> None:
        folder = Path(path).expanduser()
        self.location = str(folder)
        self.read_only = read_only
        self._unflushed = 0  # quads written through extend since the last flush
        self._keep_facts = False  # whether writes keep the facts view (a writer that has it)
        if not create and not (folder / _ROCKSDB_MARKER).exists():
            # Reading commands must not leave an empty store (and an empty answer) behind.
            what = "does not exist" if not folder.exists() else "is not a diplograph store"
            raise StoreError(f"no store at {folder}: the folder {what}; build one first "
                             f"(diplograph build ARTICLES --store {folder}) or give --store")
        if read_only:
            if not (folder / _ROCKSDB_MARKER).exists():
                raise StoreError(f"no diplograph store at {folder}; build one first "
                                 f"(diplograph build ARTICLES --store {folder})")
            self._store = None
            self.reopen()
            return
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"the store {folder} is a file, not a folder; give a folder path")
        if folder.is_dir() and any(folder.iterdir()) and not (folder / _ROCKSDB_MARKER).exists():
            raise StoreError(
                f"{folder} is not a diplograph store (it holds other files); "
                "give an empty or new folder"
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._store: ox.Store | None = ox.Store(str(folder))
        except OSError as exc:
            message = one_line(exc)
            if "lock" in message.lower():
                raise StoreError(
                    f"the store {folder} is in use by another diplograph process "
                    "(or is already open in this one); close it, or use another --store folder"
                ) from None
            raise StoreError(
                f"cannot open the store {folder}: {message}; check that it is a diplograph "
                "store folder you can read and write"
            ) from None
        if self.facts_view:
            self._keep_facts = True
        else:
            self.rebuild_facts()

    def reopen(self) -> None:
        """Open the read-only store afresh, so it sees what writers committed since."""
        if not self.read_only:
            return
        for attempt in range(_READ_ONLY_ATTEMPTS):
            try:
                self._store = ox.Store.read_only(self.location)
                return
            except (OSError, RuntimeError) as exc:  # RocksDB: "Corruption" for a moved file
                message = one_line(exc)
                # A writer's compaction may delete a file between the reader's reading of
                # the file list and its opening the file: the next try reads the new list.
                if "No such file or directory" not in message \
                        or attempt == _READ_ONLY_ATTEMPTS - 1:
                    raise StoreError(f"cannot open the store {self.location} for reading: "
                                     f"{message}") from None
                time.sleep(_READ_ONLY_PAUSE * (attempt + 1))

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``, for callers that stream large answers."""
        return self._db

    # -- the facts view ----------------------------------------------------------------------

    @property
    def facts_view(self) -> bool:
        """Whether the default graph holds the facts view, up to date (see the module doc).

        Read from :data:`FACTS_MARKER` each time, so a read-only store sees a writer's
        rebuild (or its removal of the marker before a SPARQL update) at once.
        """
        return (Path(self.location) / FACTS_MARKER).exists()

    def rebuild_facts(self) -> int:
        """Build the facts view afresh from the named graphs; the number of facts.

        Done when a store without a view is opened for writing, and after a SPARQL
        update (:meth:`update`); costs one pass over every quad (measured on the 2
        cores of benchmarks/README.md: 1.7 s for 1,000 articles, 14 s for 10,000,
        8.4 minutes for 100,000 replicated ones).  The marker is removed first and written
        last, so an interrupted rebuild leaves a store that queries the union and
        rebuilds the view when next opened for writing.
        """
        self._check_writable()
        marker = Path(self.location) / FACTS_MARKER
        marker.unlink(missing_ok=True)
        self._keep_facts = False
        default = ox.DefaultGraph()
        try:
            self._db.update("DROP SILENT DEFAULT")
            # Into the bulk loader, which keeps one copy of each triple (its keys are the
            # triples), in slices of FACTS_SLICE quads: its memory grows with what one call
            # is given. The iterator reads a snapshot taken before the first load.
            copies = (ox.Quad(quad.subject, quad.predicate, quad.object, default)
                      for quad in self._db.quads_for_pattern(None, None, None, None)
                      if type(quad.graph_name) is not ox.DefaultGraph)
            while chunk := list(itertools.islice(copies, FACTS_SLICE)):
                self._db.bulk_extend(chunk)
            self._db.flush()
            facts = sum(1 for _ in self._db.quads_for_pattern(None, None, None, default))
            self._mark_facts()
        except OSError as exc:
            raise StoreError(
                f"cannot write to the store {self.location}: {one_line(exc)}") from None
        return facts

    # -- plumbing -------------------------------------------------------------------------------

    @property
    def _db(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"the store {self.location} is closed")
        return self._store

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.location} was opened read-only")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"EmbeddedStore({self.location!r})"

    # -- the Store protocol ---------------------------------------------------------------------

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        """Atomically replace the named graph ``graph`` with ``triples``.

        pyoxigraph has no transaction spanning ``remove_graph`` and ``extend``
        (each commits on its own), but it runs one SPARQL Update request,
        however many operations it holds, in a single transaction.  So the
        drop and the insert go in one update: a reader sees the article's old
        graph or its new one, never a half-written or missing one.
        """
        self._check_writable()
        triples = list(triples)
        self._write(self._replace_update(graph, triples), f"graph <{graph}>", len(triples))

    def _mark_facts(self) -> None:
        """Say that the default graph holds the facts view, up to date; writes keep it so."""
        self._keep_facts = True
        (Path(self.location) / FACTS_MARKER).write_text(
            "The default graph of this store holds each triple of its named graphs once "
            "(diplograph's facts view).\n", encoding="utf-8")

    def _replace_update(self, graph: URIRef, triples: list[Triple]) -> str:
        """One update replacing ``graph`` by ``triples`` and keeping the facts view exact:
        forget what only the old graph stated, replace it, learn the new graph's triples."""
        update = replace_graph_update(graph, triples)  # checks the graph's name and terms
        if not self._keep_facts:
            return update
        name = _iri(graph)
        parts = [_FACTS_FORGET.format(graph=name), update]
        if triples:
            parts.append(_FACTS_LEARN.format(graph=name))
        return " ;\n".join(parts)

    def replace_graphs(self, graphs: Iterable[tuple[URIRef, Iterable[Triple]]]) -> None:
        """Replace several named graphs at once.

        The bulk form of :meth:`replace_graph` for large builds: a few commits per
        batch instead of one per article.  Each graph is all-or-nothing; a bad term
        (:class:`InputError`) fails the batch before anything is written.  When
        none of the graphs exists yet (a build adding new articles), the quads go in
        without parsing a SPARQL Update: a batch of at least :data:`BULK_LOAD_QUADS`
        quads through pyoxigraph's bulk loader (see :meth:`_bulk`: up to
        :data:`BULK_THREADS` commits, each holding whole graphs), a smaller one
        through its transactional ``load`` (as N-Quads bytes, like the bulk loader's;
        ``extend`` with blank nodes) in one commit.  Otherwise one Update drops and
        inserts them all, in one commit.

        Why the bulk loader keeps each article whole: since pyoxigraph 0.5.1 it is
        atomic by default.  It sorts what it is given into RocksDB table files on
        the side and adds them all at ``commit`` in one ``IngestExternalFiles``
        call, which RocksDB applies to every index (column family) at once or not
        at all.  A load interrupted before that call (killed, out of disk) leaves
        only temporary files, no quad; one interrupted during it is rolled back by
        RocksDB.  So a reader, or the next build, sees each loaded part (whole
        article graphs) entirely or not at all.
        """
        self._check_writable()
        graphs = [(URIRef(graph), list(triples)) for graph, triples in graphs]
        if not graphs:
            return
        if any(self.has_graph(graph) for graph, _ in graphs):
            self._write(" ;\n".join(self._replace_update(g, t) for g, t in graphs),
                        "a batch of graphs", sum(len(t) for _, t in graphs))
            return
        try:
            if sum(len(t) for _, t in graphs) >= BULK_LOAD_QUADS:
                self._bulk(graphs)
            elif _has_blank_nodes(graphs):
                quads = _quads(graphs)
                if self._keep_facts:
                    quads = _with_facts(quads)
                self._db.extend(quads)
                self._written(len(quads))
            else:
                # N-Quads bytes, for the reasons of _bulk: the text costs the parent of a
                # parallel build a third of the CPU of a ``Quad`` object per quad.
                data = _nquads(graphs, facts=self._keep_facts)
                self._load(data, bulk=False)
                # one line per quad (line breaks inside literals are escaped)
                self._written(data.count(b"\n"))
        except OSError as exc:
            raise StoreError(
                f"cannot write to the store {self.location}: {one_line(exc)}") from None

    def _bulk(self, graphs: list[tuple[URIRef, list[Triple]]]) -> None:
        """Write new graphs through pyoxigraph's bulk loader, each part one atomic commit.

        Graphs without blank nodes (all of a build's article graphs) go in as N-Quads
        bytes, written here from each distinct term's canonical form (so pyoxigraph
        validated every term) and parsed by the loader with ``lenient=True`` (the
        checks were made once per term, not once per occurrence). Building the text
        costs half of building a ``Quad`` object per triple, and the loader runs
        without Python's lock, so the parts load on :data:`BULK_THREADS` cores at once.
        Blank nodes would be renamed by the parser: such a batch goes through
        ``bulk_extend`` as ``Quad`` objects, in one commit. Every part is converted
        before anything is written, so a bad term writes nothing.
        """
        if _has_blank_nodes(graphs):
            quads = _quads(graphs)
            self._db.bulk_extend(_with_facts(quads) if self._keep_facts else quads)
            return
        parts = [_nquads(part, facts=self._keep_facts) for part in _split(graphs, BULK_THREADS)]
        if len(parts) == 1:
            self._load(parts[0])
            return
        errors: list[BaseException] = []

        def load(data: bytes) -> None:
            try:
                self._load(data)
            except BaseException as exc:  # handed to the calling thread
                errors.append(exc)

        threads = [threading.Thread(target=load, args=(data,)) for data in parts[1:]]
        for thread in threads:
            thread.start()
        load(parts[0])
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]

    def _load(self, data: bytes, *, bulk: bool = True) -> None:
        """Load N-Quads ``data`` through the bulk loader, or else in one transaction."""
        # lenient: every term in ``data`` was written by pyoxigraph from a checked term.
        load = self._db.bulk_load if bulk else self._db.load
        try:
            load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
        except (SyntaxError, ValueError) as exc:  # not expected: the text is ours
            raise StoreError(f"cannot write a batch of graphs: {one_line(exc)}") from None

    def _write(self, update: str, what: str, quads: int) -> None:
        """Run one SPARQL Update writing ``quads`` quads of ``what``, as one commit."""
        try:
            self._db.update(update)
            self._written(quads)
        except (SyntaxError, RuntimeError, ValueError) as exc:
            raise StoreError(f"cannot write {what}: {one_line(exc)}") from None
        except OSError as exc:
            raise StoreError(
                f"cannot write to the store {self.location}: {one_line(exc)}") from None

    def _written(self, quads: int) -> None:
        # RocksDB keeps writes in memory tables until flushed; a long build must not let
        # them fill up (see FLUSH_EVERY_QUADS). The bulk loader writes table files directly.
        self._unflushed += quads
        if self._unflushed >= FLUSH_EVERY_QUADS:
            self._db.flush()
            self._unflushed = 0

    def has_graph(self, graph: URIRef) -> bool:
        """Whether the named graph exists and holds at least one triple."""
        name = graph_to_oxigraph(URIRef(graph))
        try:
            return next(iter(self._db.quads_for_pattern(None, None, None, name)), None) is not None
        except OSError as exc:
            raise StoreError(f"cannot read the store {self.location}: {one_line(exc)}") from None

    def drop_graph(self, graph: URIRef) -> None:
        """Remove the named graph; no error when absent."""
        self._check_writable()
        name = _iri(graph)
        # One request, one transaction: the facts only this graph stated leave with it.
        forget = f"{_FACTS_FORGET.format(graph=name)} ;\n" if self._keep_facts else ""
        self._write(f"{forget}DROP SILENT GRAPH {name}", f"graph <{graph}>", 0)

    def graphs(self) -> list[URIRef]:
        """Names of all named graphs that hold triples, sorted."""
        try:
            names = [g for g in self._db.named_graphs() if isinstance(g, ox.NamedNode)]
        except OSError as exc:
            raise StoreError(f"cannot read the store {self.location}: {one_line(exc)}") from None
        return sorted(URIRef(g.value) for g in names if self.has_graph(URIRef(g.value)))

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None, *,
              exclude: Iterable[URIRef] = (), facts: bool = True) -> QueryResult:
        """Run a SPARQL query over all graphs (``GRAPH ?g`` sees each named graph).

        ``bindings`` are added as a ``VALUES`` row (see :mod:`diplograph.stores.terms`).
        ``exclude`` leaves those named graphs out of the dataset altogether.

        The default graph is the facts view when the store has one (see the module
        doc): each triple of the named graphs once.  Otherwise, and with
        ``facts=False`` or ``exclude``, it is the union of the graphs, which answers a
        triple once per graph stating it.  The two differ only in such repeats: the
        same ``DISTINCT`` solutions, counts of distinct values and ``GRAPH ?g``
        matches (what the bundled queries use).
        """
        text = bind_parameters(sparql, bindings)
        try:
            excluded = {str(g) for g in exclude}
            if facts and not excluded and self.facts_view:
                # The store's own dataset: the default graph (the facts view) and every
                # named graph, which GRAPH ?g sees (the default graph it does not).
                answer = self._db.query(text)
            elif excluded:
                # The dataset is spelled out: every other named graph is both the default
                # graph (as a union) and visible to GRAPH ?g.
                kept = [g for g in self._db.named_graphs()
                        if isinstance(g, ox.NamedNode) and g.value not in excluded]
                answer = self._db.query(text, default_graph=kept, named_graphs=kept)
            else:
                answer = self._db.query(text, use_default_graph_as_union=True)
            return _result(answer)
        except (SyntaxError, RuntimeError, ValueError) as exc:
            raise QueryError(f"bad SPARQL query: {one_line(exc)}") from None
        except OSError as exc:
            raise StoreError(f"cannot read the store {self.location}: {one_line(exc)}") from None

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (one request, one transaction); bad syntax is a QueryError.

        An update may write anything anywhere, so the facts view is dropped in the same
        transaction, before the update runs: its ``WHERE`` sees an empty default graph,
        as it did before the view existed, and queries read the union of the graphs,
        exact at once.  The view is then rebuilt right away in a store of at most
        :data:`FACTS_REBUILD_GRAPHS` named graphs (seconds), else when the store is next
        opened for writing (or by :meth:`rebuild_facts`).  Triples an update writes
        into the default graph itself last until then: keep data in named graphs.
        """
        self._check_writable()
        marker = Path(self.location) / FACTS_MARKER
        had_view = marker.exists()
        marker.unlink(missing_ok=True)
        self._keep_facts = False
        try:
            # After ";" an update may start with its own PREFIX and BASE declarations.
            self._db.update(f"DROP SILENT DEFAULT ;\n{sparql}")
        except (SyntaxError, ValueError, RuntimeError) as exc:
            if had_view:  # nothing was written: the view still holds
                self._mark_facts()
            if isinstance(exc, RuntimeError):
                raise StoreError(
                    f"cannot write to the store {self.location}: {one_line(exc)}") from None
            raise QueryError(f"bad SPARQL update: {one_line(exc)}") from None
        except OSError as exc:
            raise StoreError(
                f"cannot write to the store {self.location}: {one_line(exc)}") from None
        graphs = itertools.islice(self._db.named_graphs(), FACTS_REBUILD_GRAPHS + 1)
        if sum(1 for _ in graphs) <= FACTS_REBUILD_GRAPHS:
            self.rebuild_facts()

    def quads(self) -> Iterator[Quad]:
        """Every quad of the named graphs (the default graph holds only the facts view,
        which repeats them)."""
        try:
            for quad in self._db.quads_for_pattern(None, None, None, None):
                if type(quad.graph_name) is ox.DefaultGraph:
                    continue
                yield (
                    from_oxigraph(quad.subject),
                    from_oxigraph(quad.predicate),
                    from_oxigraph(quad.object),
                    graph_from_oxigraph(quad.graph_name),
                )
        except OSError as exc:
            raise StoreError(f"cannot read the store {self.location}: {one_line(exc)}") from None

    def clear(self) -> None:
        """Remove every graph and triple (used by tests and fresh rebuilds)."""
        self._check_writable()
        try:
            self._db.clear()
        except OSError as exc:
            raise StoreError(
                f"cannot write to the store {self.location}: {one_line(exc)}") from None

    def close(self) -> None:
        """Flush and release the folder's lock so another process can open it.

        pyoxigraph has no ``close()``: the database is closed when the last
        reference to it goes, which is this object's (query results are copied
        out, never kept as live iterators).
        """
        if self._store is not None and not self.read_only:
            try:
                self._store.flush()
            except OSError:
                pass  # closing anyway; RocksDB's write-ahead log still holds committed writes
        self._store = None


def _iri(graph: URIRef) -> str:
    """A graph name as SPARQL text; a bad IRI is an :class:`InputError`."""
    try:
        return sparql_term(URIRef(graph))
    except ValueError as exc:
        raise InputError(f"bad graph name {str(graph)!r}: {exc}") from None


def _has_blank_nodes(graphs: list[tuple[URIRef, list[Triple]]]) -> bool:
    """Whether a term of ``graphs`` is a blank node (which N-Quads text would rename)."""
    return any(type(term) is BNode for _, triples in graphs for triple in triples
               for term in triple)


def _with_facts(quads: list[ox.Quad]) -> list[ox.Quad]:
    """``quads`` followed by each of their triples once in the default graph (the facts
    view), written in the same commit."""
    default = ox.DefaultGraph()
    seen = dict.fromkeys((q.subject, q.predicate, q.object) for q in quads)
    return quads + [ox.Quad(s, p, o, default) for s, p, o in seen]


def _quads(graphs: list[tuple[URIRef, list[Triple]]]) -> list[ox.Quad]:
    """The pyoxigraph quads of ``graphs``; a bad term is an :class:`InputError`.

    Terms are converted once per batch: an article's IRI, the predicates and the
    persons recur in most of its triples, and converting each occurrence cost as
    much as writing it.
    """
    iris: dict[URIRef, ox.NamedNode] = {}
    others: dict[tuple, ox.NamedNode | ox.BlankNode | ox.Literal] = {}

    def term(node: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        if type(node) is URIRef:  # most terms: keyed by the IRI itself
            found = iris.get(node)
            if found is None:
                found = iris[node] = to_oxigraph(node)
            return found
        # Literals by their lexical form, not as rdflib compares them: rdflib finds
        # "01" and "1" (xsd:integer) equal, and they are two different terms.
        key = (type(node), str(node), getattr(node, "datatype", None),
               getattr(node, "language", None))
        found = others.get(key)
        if found is None:
            found = others[key] = to_oxigraph(node)
        return found

    quads = []
    quad = ox.Quad
    for graph, triples in graphs:
        name = graph_to_oxigraph(graph)
        for triple in triples:
            try:
                subject, predicate, value = triple
                quads.append(quad(term(subject), term(predicate), term(value), name))
            except (ValueError, TypeError) as exc:
                raise InputError(f"cannot store the triple {triple!r}: {exc}") from None
    return quads


def _split(graphs: list, parts: int) -> list[list]:
    """``graphs`` cut into at most ``parts`` runs of about equal quads, between graphs."""
    total = sum(len(t) for _, t in graphs)
    runs: list[list] = [[]]
    size = 0
    for item in graphs:
        if size >= total * len(runs) / parts and len(runs) < parts:
            runs.append([])
        runs[-1].append(item)
        size += len(item[1])
    return [run for run in runs if run]


def _nquads(graphs: list[tuple[URIRef, list[Triple]]], *, facts: bool = True) -> bytes:
    """``graphs`` (no blank nodes) as N-Quads bytes; a bad term is an :class:`InputError`.

    With ``facts``, followed by each of their triples once in the default graph (the
    facts view).

    Each distinct term is converted once, through pyoxigraph's own term (which checks
    an IRI, a language tag) and its canonical N-Triples form (which escapes a
    literal's quotes, backslashes and line breaks): the text cannot say anything
    the terms do not.
    """
    iris: dict[URIRef, str] = {}
    others: dict[tuple, str] = {}

    def term(node: object) -> str:
        if type(node) is URIRef:
            found = iris.get(node)
            if found is None:
                found = iris[node] = str(to_oxigraph(node))
            return found
        # Literals by their lexical form, as in _quads ("01" and "1" are two terms).
        key = (type(node), str(node), getattr(node, "datatype", None),
               getattr(node, "language", None))
        found = others.get(key)
        if found is None:
            found = others[key] = str(to_oxigraph(node))
        return found

    lines: list[str] = []
    add = lines.append
    seen: dict[str, None] = {}  # each triple once, for the facts view (the default graph)
    for graph, triples in graphs:
        try:
            tail = f" {term(URIRef(graph))} .\n"
        except ValueError as exc:
            raise InputError(f"bad graph name {str(graph)!r}: {exc}") from None
        for triple in triples:
            try:
                subject, predicate, value = triple
                fact = f"{term(subject)} {term(predicate)} {term(value)}"
            except (ValueError, TypeError) as exc:
                raise InputError(f"cannot store the triple {triple!r}: {exc}") from None
            add(fact + tail)
            seen[fact] = None
    if facts:
        lines.extend(f"{fact} .\n" for fact in seen)
    return "".join(lines).encode()


def _result(answer: object) -> QueryResult:
    """Copy a pyoxigraph answer into a :class:`QueryResult` of rdflib terms."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(kind="ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows = [
            tuple(None if term is None else from_oxigraph(term) for term in solution)
            for solution in answer
        ]
        return QueryResult(kind="select", variables=variables, rows=rows)
    graph = new_graph()
    for triple in answer:  # QueryTriples
        graph.add(
            (from_oxigraph(triple.subject), from_oxigraph(triple.predicate),
             from_oxigraph(triple.object))
        )
    return QueryResult(kind="graph", graph=graph)

