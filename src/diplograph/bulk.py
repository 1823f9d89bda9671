"""The bulk path: extract articles straight to N-Quads, with no store at all.

``diplograph build --emit nquads DIR > out.nq`` runs :func:`emit_nquads`: the
same extraction as :func:`diplograph.ingest.build`, but each article's named
graph is written to a stream as N-Quads instead of into a store.  Large
corpora can so be extracted in parallel, anywhere (one process per shard of
the articles), and loaded with a server's own bulk loader (``oxigraph load``,
Fuseki's ``tdb2.tdbloader``, Virtuoso's ``ld_dir``/``rdf_loader_run``).

The file holds the ontology and gazetteer background graphs too (with their
version, so a later ``diplograph build --store`` on the loaded server leaves
them as they are), unless ``background=False``: shards extracted in parallel
should carry them once, since the ontology's blank nodes would otherwise be
loaded once per shard.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import BinaryIO

from .articles import iter_article_paths, read_article
from .errors import DiplographError, InputError, StoreError
from .ingest import BuildReport, background_graphs, versioned

#: Formats ``--emit`` can write.
EMIT_FORMATS = ("nquads",)


def _write_graph(out: BinaryIO, graph, triples) -> None:
    import pyoxigraph as ox

    from .stores.terms import to_oxigraph

    name = ox.NamedNode(str(graph))
    try:
        quads = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), name)
                 for s, p, o in triples]
    except ValueError as exc:
        raise InputError(f"cannot write graph <{graph}>: {exc}") from None
    try:
        ox.serialize(quads, out, ox.RdfFormat.N_QUADS)
        out.flush()
    except OSError as exc:  # a closed pipe, a full disk
        raise StoreError(f"cannot write the N-Quads output: {exc.strerror or exc}") from None


def emit_nquads(paths: Iterable[str | os.PathLike[str]], out: BinaryIO, *, nlp=None,
                progress: Callable[[str, str], None] | None = None,
                background: bool = True) -> BuildReport:
    """Extract the articles in ``paths`` and write their named graphs to ``out`` as N-Quads.

    ``out`` is a binary stream (``sys.stdout.buffer``, an open file).  The same
    text met twice is written once.  ``progress`` and the returned report are
    as for :func:`diplograph.ingest.build` (``unchanged`` meaning: already
    written in this run).  Bad files are skipped with their reason.
    """
    from .extract.pipeline import extract_article
    from .graph.build import article_graph
    from .graph.iris import article_iri
    from .world import load_world

    paths = list(paths)
    if not paths:
        raise InputError("no articles given; name files or folders of articles")
    if background:
        for graph, version, make_triples in background_graphs():
            _write_graph(out, graph, versioned(graph, version, make_triples()))
    world = load_world()
    report = BuildReport()
    written: set = set()
    for path in iter_article_paths(paths):
        source = str(path)
        try:
            article = read_article(path)
            graph = article_iri(article.sha256)
            if graph in written:
                report.unchanged.append(source)
                outcome = "unchanged"
            else:
                facts = extract_article(article, nlp=nlp, world=world)
                _, triples = article_graph(article, facts, world)
                _write_graph(out, graph, triples)
                written.add(graph)
                report.added.append(source)
                outcome = "added"
                if article.published is None:
                    report.undated.append(source)
                    outcome = "added-undated"
        except InputError as exc:
            report.skipped.append((source, str(exc)))
            outcome = str(exc)
        except DiplographError:
            raise  # the output or the model failed: every further article would too
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop a corpus
            outcome = (f"{source}: extraction failed ({type(exc).__name__}: {exc}); "
                       "this is a bug in diplograph, please report it with the file")
            report.skipped.append((source, outcome))
        if progress:
            progress(source, outcome)
    return report
