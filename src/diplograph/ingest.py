"""Building the graph: articles in, one named graph per article in the store.

:func:`build` is what ``diplograph build`` runs, usable as is from Python.
An article already in the store (same text, whatever its file name) is left
untouched, so building the same folder twice changes nothing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS

from .articles import iter_article_paths, read_article
from .errors import DiplographError, InputError
from .namespaces import BACKGROUND_GRAPH, ONTOLOGY_GRAPH
from .stores import Store, open_store


@dataclass
class BuildReport:
    """What a build did: files read, articles added or already present, files skipped."""

    added: list[str] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: What rebuilding ``dgr:graph/inferred`` wrote (a :class:`diplograph.reason.ReasonReport`),
    #: or None when the build did not reason.
    inferred: object | None = None

    @property
    def read(self) -> int:
        """Number of files looked at."""
        return len(self.added) + len(self.unchanged) + len(self.skipped)

    def summary(self) -> str:
        """One line for people: counts of read, added, unchanged and skipped files."""
        undated = f" ({len(self.undated)} without a date)" if self.undated else ""
        line = (f"{self.read} read, {len(self.added)} added{undated}, "
                f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped")
        if self.inferred is not None:
            line += f"; {self.inferred.summary()}"
        return line


def _fingerprint(paths: Iterable[Path]) -> Literal:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.read_bytes())
    return Literal(digest.hexdigest()[:32])


def _write_if_changed(store: Store, graph: URIRef, version: Literal, triples) -> None:
    # Rewriting identical triples would still renumber the ontology's blank nodes,
    # so a graph is rewritten only when the files it comes from have changed.
    if store.query(_HAS_VERSION, {"g": graph, "v": version}).boolean:
        return
    store.replace_graph(graph, [*triples(), (graph, DCTERMS.hasVersion, version)])


_HAS_VERSION = (
    "PREFIX dcterms: <http://purl.org/dc/terms/> ASK { GRAPH ?g { ?g dcterms:hasVersion ?v } }")


def write_background(store: Store) -> None:
    """Write the ontology and the gazetteer background graphs when they are new or changed.

    Each carries a fingerprint of the files it comes from, so a store always
    holds the ontology and world data of the version that last built it.
    """
    from .graph.background import background_triples
    from .ontology import ontology_graph
    from .resources import ontology_path, world_dir
    from .world import load_world

    _write_if_changed(store, ONTOLOGY_GRAPH, _fingerprint([ontology_path()]),
                      lambda: list(ontology_graph()))
    _write_if_changed(store, BACKGROUND_GRAPH, _fingerprint(world_dir().glob("*.csv")),
                      lambda: background_triples(load_world()))


def _has_inferred(store: Store) -> bool:
    from .namespaces import INFERRED_GRAPH

    return store.has_graph(INFERRED_GRAPH)


def build(paths: Iterable[str | os.PathLike[str]], store: Store | str | None = None, *,
          nlp=None, progress: Callable[[str, str], None] | None = None,
          force: bool = False, reason: bool | None = None) -> BuildReport:
    """Read articles (files or folders), extract their facts and store them.

    ``store`` is a :class:`Store`, a store location, or None for the default
    store.  ``force`` re-extracts articles already stored (after an upgrade of
    the extractor); otherwise they are left as they are.  ``progress(path,
    outcome)`` is called after each file with outcome ``added``,
    ``added-undated`` (no date line: relative dates stay unresolved),
    ``unchanged`` or a skip reason.  Bad files are skipped with their reason in
    the report; nothing already stored is lost.

    ``reason=True`` then rebuilds the inferred graph (``dgr:graph/inferred``,
    see :func:`diplograph.reason.materialise`); ``None`` (the default) rebuilds
    it when the store already has one and the build added something, so it
    never goes stale; ``False`` leaves it alone.
    """
    from .extract.pipeline import extract_article
    from .graph.build import article_graph
    from .graph.iris import article_iri
    from .world import load_world

    paths = list(paths)
    if not paths:
        raise InputError("no articles given; name files or folders of articles")
    own_store = not isinstance(store, Store) if store is not None else True
    target = open_store(store) if own_store else store
    report = BuildReport()
    try:
        write_background(target)
        world = load_world()
        for path in iter_article_paths(paths):
            source = str(path)
            try:
                article = read_article(path)
                graph = article_iri(article.sha256)
                if not force and target.has_graph(graph):
                    report.unchanged.append(source)
                    outcome = "unchanged"
                else:
                    facts = extract_article(article, nlp=nlp, world=world)
                    _, triples = article_graph(article, facts, world)
                    target.replace_graph(graph, triples)
                    report.added.append(source)
                    outcome = "added"
                    if article.published is None:
                        report.undated.append(source)
                        outcome = "added-undated"
            except InputError as exc:
                report.skipped.append((source, str(exc)))
                outcome = str(exc)
            except DiplographError:
                raise  # the store or the model failed: every further article would too
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop a corpus
                outcome = (f"{source}: extraction failed ({type(exc).__name__}: {exc}); "
                           "this is a bug in diplograph, please report it with the file")
                report.skipped.append((source, outcome))
            if progress:
                progress(source, outcome)
        if reason or (reason is None and report.added and _has_inferred(target)):
            from .reason import materialise

            report.inferred = materialise(target)
    finally:
        if own_store:
            target.close()
    return report

