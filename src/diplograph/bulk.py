"""The bulk path: extract articles straight to N-Quads, with no store at all.

``diplograph build --emit nquads DIR > out.nq`` runs :func:`emit_nquads`: the
same :func:`diplograph.ingest.build` (same readers, same extraction, same
report), but writing into an :class:`NQuadsSink`, which puts each article's
named graph on a stream as N-Quads instead of into a store.  Large corpora can
so be extracted in parallel, anywhere (one process per shard of the articles),
and loaded with a server's own bulk loader (``oxigraph load``, Fuseki's
``tdb2.tdbloader``, Virtuoso's ``ld_dir``/``rdf_loader_run``).

The output holds the ontology and gazetteer background graphs too (with their
version, so a later ``diplograph build --store`` on the loaded server leaves
them as they are), unless ``background=False``: shards extracted in parallel
should carry them once, since the ontology's blank nodes would otherwise be
loaded once per shard.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import BinaryIO

from rdflib import Graph, URIRef
from rdflib.term import Identifier

from .errors import InputError, StoreError
from .ingest import BuildReport, build
from .namespaces import BACKGROUND_GRAPH, ONTOLOGY_GRAPH
from .stores.base import Quad, QueryResult, Triple
from .storeversion import MARKER_GRAPH

#: Formats ``--emit`` can write.
EMIT_FORMATS = ("nquads",)


class NQuadsSink:
    """A write-only :class:`~diplograph.stores.base.Store`: graphs go to a stream as N-Quads.

    It holds nothing that can be read back: queries answer as on an empty
    store, except that :meth:`has_graph` knows the graphs written so far, so
    the same article met twice is written once.  ``background=False`` drops
    the ontology and gazetteer graphs and the store-format marker.
    """

    def __init__(self, out: BinaryIO, *, background: bool = True) -> None:
        self.location = "<N-Quads output>"
        self._out = out
        self._background = background
        self._written: set[URIRef] = set()

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        """Write ``triples`` as the named graph ``graph``."""
        import pyoxigraph as ox

        from .stores.terms import to_oxigraph

        # The store-format marker goes with the background: shards carry it once too.
        if not self._background and graph in (ONTOLOGY_GRAPH, BACKGROUND_GRAPH, MARKER_GRAPH):
            return
        try:
            name = ox.NamedNode(str(graph))
            quads = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), name)
                     for s, p, o in triples]
        except ValueError as exc:
            raise InputError(f"cannot write graph <{graph}>: {exc}") from None
        try:
            ox.serialize(quads, self._out, ox.RdfFormat.N_QUADS)
            self._out.flush()
        except OSError as exc:  # a closed pipe, a full disk
            raise StoreError(f"cannot write the N-Quads output: {exc.strerror or exc}") \
                from None
        self._written.add(URIRef(graph))

    def has_graph(self, graph: URIRef) -> bool:
        """Whether ``graph`` was written by this sink."""
        return URIRef(graph) in self._written

    def drop_graph(self, graph: URIRef) -> None:
        """Nothing to drop: what was written stays written."""

    def graphs(self) -> list[URIRef]:
        """The graphs written so far, sorted."""
        return sorted(self._written)

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None, *,
              exclude: Iterable[URIRef] = ()) -> QueryResult:
        """The answer of an empty store: false, no rows, or an empty graph."""
        from .stores.terms import query_form

        form = query_form(sparql)
        if form == "ASK":
            return QueryResult(kind="ask", boolean=False)
        if form in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult(kind="graph", graph=Graph())
        return QueryResult(kind="select")

    def quads(self) -> Iterator[Quad]:
        """Nothing: the quads are on the stream."""
        return iter(())

    def close(self) -> None:
        """Flush the stream (it stays open: the caller owns it)."""
        try:
            self._out.flush()
        except OSError:
            pass


def emit_nquads(paths: Iterable[str | os.PathLike[str]], out: BinaryIO, *, nlp=None,
                progress: Callable[[str, str], None] | None = None,
                background: bool = True, fields=None, jobs: int = 1) -> BuildReport:
    """Extract the articles in ``paths`` and write their named graphs to ``out`` as N-Quads.

    ``out`` is a binary stream (``sys.stdout.buffer``, an open file).  The same
    text met twice is written once.  ``progress``, ``fields`` and the returned
    report are as for :func:`diplograph.ingest.build` (``unchanged`` meaning:
    already written in this run).  Bad files are skipped with their reason.
    ``jobs`` > 1 extracts on that many processes, the output in reading order.
    """
    return build(paths, NQuadsSink(out, background=background), nlp=nlp, progress=progress,
                 fields=fields, jobs=jobs)
