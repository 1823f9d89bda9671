"""Building the graph: articles in, one named graph per article in the store.

:func:`build` is what ``diplograph build`` runs, usable as is from Python.
An article already in the store (same text, whatever its file name) is left
untouched, so building the same folder twice changes nothing.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS

from .errors import InputError
from .namespaces import BACKGROUND_GRAPH, ONTOLOGY_GRAPH
from .readers import FieldNames, iter_records
from .stores import Store, open_store
from .storeversion import check_store, stale_reason, write_marker


@dataclass
class BuildReport:
    """What a build did: articles read, added or already present, articles skipped.

    An article is a text or HTML file or one record of a JSON Lines, JSON or
    CSV dump (``dump.jsonl#3``).  ``by_format`` counts, per input format
    ("text", "html", "jsonl", "json", "csv", "tsv"), the outcomes "read",
    "added", "unchanged" and "skipped".
    """

    added: list[str] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: What rebuilding ``dgr:graph/inferred`` wrote (a :class:`diplograph.reason.ReasonReport`),
    #: or None when the build did not reason.
    inferred: object | None = None
    by_format: dict[str, Counter] = field(default_factory=dict)

    @property
    def read(self) -> int:
        """Number of articles (files and records) looked at."""
        return len(self.added) + len(self.unchanged) + len(self.skipped)

    def count(self, fmt: str, outcome: str) -> None:
        """Count one article of format ``fmt`` as read and as ``outcome``."""
        counts = self.by_format.setdefault(fmt, Counter())
        counts["read"] += 1
        counts[outcome] += 1

    def summary(self) -> str:
        """One line for people: counts of read, added, unchanged and skipped articles,
        then per format when anything but plain text was read."""
        undated = f" ({len(self.undated)} without a date)" if self.undated else ""
        line = (f"{self.read} read, {len(self.added)} added{undated}, "
                f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped")
        if set(self.by_format) - {"text"}:
            parts = []
            for fmt in sorted(self.by_format):
                counts = self.by_format[fmt]
                parts.append(f"{fmt}: " + ", ".join(
                    f"{counts[k]} {k}" for k in ("read", "added", "unchanged", "skipped")
                    if counts[k] or k == "read"))
            line += " [" + "; ".join(parts) + "]"
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
    store.replace_graph(graph, versioned(graph, version, triples()))


_HAS_VERSION = (
    "PREFIX dcterms: <http://purl.org/dc/terms/> ASK { GRAPH ?g { ?g dcterms:hasVersion ?v } }")


def background_graphs() -> list[tuple[URIRef, Literal, Callable[[], list]]]:
    """The ontology and gazetteer background graphs as ``(name, version, make_triples)``.

    ``version`` is a fingerprint of the files the graph comes from;
    ``make_triples()`` computes its triples (without the version triple).
    """
    from .graph.background import background_triples
    from .ontology import ontology_graph
    from .resources import ontology_path, world_dir
    from .world import load_world

    return [
        (ONTOLOGY_GRAPH, _fingerprint([ontology_path()]), lambda: list(ontology_graph())),
        (BACKGROUND_GRAPH, _fingerprint(world_dir().glob("*.csv")),
         lambda: background_triples(load_world())),
    ]


def versioned(graph: URIRef, version: Literal, triples: list) -> list:
    """``triples`` plus the triple recording the graph's version (``dcterms:hasVersion``)."""
    return [*triples, (graph, DCTERMS.hasVersion, version)]


def write_background(store: Store) -> None:
    """Write the ontology and the gazetteer background graphs when they are new or changed.

    Each carries a fingerprint of the files it comes from, so a store always
    holds the ontology and world data of the version that last built it.
    """
    for graph, version, make_triples in background_graphs():
        _write_if_changed(store, graph, version, make_triples)


def _has_inferred(store: Store) -> bool:
    from .namespaces import INFERRED_GRAPH

    return store.has_graph(INFERRED_GRAPH)


def build(paths: Iterable[str | os.PathLike[str]], store: Store | str | None = None, *,
          nlp=None, progress: Callable[[str, str], None] | None = None,
          force: bool = False, fields: FieldNames | None = None,
          reason: bool | None = None, jobs: int = 1) -> BuildReport:
    """Read articles (files or folders), extract their facts and store them.

    Text, HTML, JSON Lines, JSON and CSV/TSV files are read (see
    :mod:`diplograph.readers`); ``fields`` names the fields of JSON and CSV
    records (by default those of news-please and trafilatura output).  An
    article confidently in another language than the spaCy model's is skipped
    with a message naming the language.

    ``store`` is a :class:`Store`, a store location, or None for the default
    store.  ``force`` re-extracts articles already stored (after an upgrade of
    the extractor); otherwise they are left as they are.  ``progress(path,
    outcome)`` is called after each article with outcome ``added``,
    ``added-undated`` (no date line: relative dates stay unresolved),
    ``unchanged`` or a skip reason.  Bad files and records are skipped with
    their reason in the report; nothing already stored is lost.

    ``reason=True`` then rebuilds the inferred graph (``dgr:graph/inferred``,
    see :func:`diplograph.reason.materialise`); ``None`` (the default) rebuilds
    it when the store already has one and the build added something, so it
    never goes stale; ``False`` leaves it alone.

    ``jobs`` > 1 extracts on that many worker processes (see
    :mod:`diplograph.parallel`), each loading the model named by
    ``DIPLOGRAPH_SPACY_MODEL`` (or the default) once; results are stored and
    reported in the order the articles were read, a batch of articles per
    store transaction.  With ``nlp`` given, extraction stays in this process.
    """
    from .extract.nlp import load_model
    from .graph.iris import article_iri
    from .parallel import BATCH_SIZE, extract_batch, extract_in_order
    from .world import load_world

    paths = list(paths)
    if not paths:
        raise InputError("no articles given; name files or folders of articles")
    if jobs < 1:
        raise InputError(f"--jobs must be 1 or more, not {jobs}")
    if nlp is not None:
        jobs = 1
    own_store = not isinstance(store, Store) if store is not None else True
    target = open_store(store) if own_store else store
    report = BuildReport()
    world = None

    def serial(articles):
        nonlocal world, nlp
        world = world or load_world()
        nlp = nlp or load_model()
        return extract_batch(articles, nlp, world)

    seen: set[URIRef] = set()

    def items():
        # (tag, article to extract or None): the tag is (record, graph, outcome so far).
        for record in iter_records(paths, fields):
            if record.problem is not None:
                yield (record, None, record.problem), None
                continue
            graph = article_iri(record.article.sha256)
            # A text met twice in this run counts as stored once its first copy is queued.
            if not force and (graph in seen or target.has_graph(graph)):
                yield (record, graph, "unchanged"), None
            else:
                seen.add(graph)
                yield (record, graph, None), record.article

    writes = _Writes(target, report, progress, batch=BATCH_SIZE if jobs > 1 else 1)
    try:
        # A store of another diplograph is refused, unless --force rebuilds it; the marker
        # is written first on a current store, last (once every article is new) on a stale one.
        stale = stale_reason(target) is not None
        if stale and not force:
            check_store(target)
        if not stale:
            write_marker(target)
        write_background(target)
        for (record, graph, outcome), article, result in extract_in_order(
                items(), jobs, serial=serial):
            if result is None:
                writes.add(record, outcome)
            elif result.problem is not None:
                writes.add(record, result.problem)
            else:
                writes.add(record, "added" if article.published else "added-undated",
                           graph, result.triples)
        writes.flush()
        if stale:
            write_marker(target)
        if reason or (reason is None and report.added and _has_inferred(target)):
            from .reason import materialise

            report.inferred = materialise(target)
    finally:
        if own_store:
            target.close()
    return report


class _Writes:
    """Outcomes of articles in reading order; stored graphs go in batches of ``batch``
    per transaction, and the report and ``progress`` hear of each article once it is
    stored."""

    def __init__(self, store: Store, report: BuildReport,
                 progress: Callable[[str, str], None] | None, batch: int) -> None:
        self.store, self.report, self.progress, self.batch = store, report, progress, batch
        self.outcomes: list[tuple] = []
        self.graphs = 0

    def add(self, record, outcome: str, graph: URIRef | None = None,
            triples: list | None = None) -> None:
        self.outcomes.append((record, outcome, graph, triples))
        if triples is not None:
            self.graphs += 1
            if self.graphs >= self.batch:
                self.flush()

    def flush(self) -> None:
        """Store the pending graphs, then report every pending outcome."""
        outcomes = self._store_graphs(self.outcomes)
        self.outcomes, self.graphs = [], 0
        report = self.report
        for record, outcome, _, _ in outcomes:
            source = record.source
            if outcome in ("added", "added-undated"):
                report.added.append(source)
                if outcome == "added-undated":
                    report.undated.append(source)
            elif outcome == "unchanged":
                report.unchanged.append(source)
            else:
                report.skipped.append((source, outcome))
            report.count(record.format, outcome if outcome in ("added", "unchanged")
                         else "added" if outcome == "added-undated" else "skipped")
            if self.progress:
                self.progress(source, outcome)

    def _store_graphs(self, outcomes: list[tuple]) -> list[tuple]:
        graphs = [(graph, triples) for _, _, graph, triples in outcomes if triples is not None]
        bulk = getattr(self.store, "replace_graphs", None)
        if len(graphs) > 1 and bulk is not None:
            try:
                bulk(graphs)  # one transaction for the batch
                return outcomes
            except InputError:
                pass  # a bad triple somewhere: store one by one to skip only its article
        stored = []
        for record, outcome, graph, triples in outcomes:
            result = outcome
            if triples is not None:
                try:
                    self.store.replace_graph(graph, triples)
                except InputError as exc:
                    result = str(exc)
            stored.append((record, result, graph, triples))
        return stored
