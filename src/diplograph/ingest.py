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

from .errors import DiplographError, InputError
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


def build(paths: Iterable[str | os.PathLike[str]], store: Store | str | None = None, *,
          nlp=None, progress: Callable[[str, str], None] | None = None,
          force: bool = False, fields: FieldNames | None = None) -> BuildReport:
    """Read articles (files or folders), extract their facts and store them.

    Text, HTML, JSON Lines, JSON and CSV/TSV files are read (see
    :mod:`diplograph.readers`); ``fields`` names the fields of JSON and CSV
    records (by default those of news-please and trafilatura output).  An
    article confidently in another language than the spaCy model's is skipped
    with a message naming the language.

    ``store`` is a :class:`Store`, a store location, or None for the default
    store.  ``force`` re-extracts articles already stored (after an upgrade of
    the extractor); otherwise they are left as they are.  A store written by
    another diplograph (see :mod:`diplograph.storeversion`) raises
    :class:`~diplograph.storeversion.StaleStoreError` unless ``force`` is given,
    which rebuilds the given articles and then marks the store current.  ``progress(path,
    outcome)`` is called after each article with outcome ``added``,
    ``added-undated`` (no date line: relative dates stay unresolved),
    ``unchanged`` or a skip reason.  Bad files and records are skipped with
    their reason in the report; nothing already stored is lost.
    """
    from .extract.nlp import load_model
    from .extract.pipeline import extract_article
    from .graph.build import article_graph
    from .graph.iris import article_iri
    from .language import check_language
    from .world import load_world

    paths = list(paths)
    if not paths:
        raise InputError("no articles given; name files or folders of articles")
    own_store = not isinstance(store, Store) if store is not None else True
    target = open_store(store) if own_store else store
    report = BuildReport()
    try:
        # A store of another diplograph is refused, unless --force rebuilds it; the marker
        # is written first on a current store, last (once every article is new) on a stale one.
        stale = stale_reason(target) is not None
        if stale and not force:
            check_store(target)
        if not stale:
            write_marker(target)
        write_background(target)
        world = load_world()
        language = None  # the model's, looked up when the first article is extracted
        for record in iter_records(paths, fields):
            source = record.source
            try:
                if record.problem is not None:
                    raise InputError(record.problem)
                article = record.article
                graph = article_iri(article.sha256)
                if not force and target.has_graph(graph):
                    report.unchanged.append(source)
                    outcome = "unchanged"
                else:
                    if language is None:
                        language = getattr(nlp or load_model(), "lang", "en")
                    check_language(article.body, source, language)
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
            report.count(record.format, outcome if outcome in ("added", "unchanged")
                         else "added" if outcome == "added-undated" else "skipped")
            if progress:
                progress(source, outcome)
        if stale:
            write_marker(target)
    finally:
        if own_store:
            target.close()
    return report

