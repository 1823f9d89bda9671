"""Extraction on several cores: articles streamed in batches to worker processes.

:func:`diplograph.ingest.build` uses this when ``jobs > 1``.  Each worker
process loads the spaCy model and the world data once (in its initializer) and
then turns batches of articles into triples, the model parsing a whole batch in
one ``nlp.pipe``; the parent reads the articles,
keeps at most a few batches in flight (so memory stays flat however large the
corpus), and takes the results back in the order the articles were read, so
the store, the report and the progress messages are the same as with one job.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain

from .articles import Article
from .errors import DiplographError, InputError

#: Articles per batch sent to a worker: large enough that the cost of sending a batch
#: is nothing next to parsing it, small enough that results come back steadily.
BATCH_SIZE = 16
#: Batches in flight per worker: one being parsed, one waiting, so no worker idles.
IN_FLIGHT = 2
#: Most pairs without an article (already stored, unreadable) held in one list, so an
#: unchanged rebuild of a large corpus streams too.
PASS_THROUGH = 1024


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass
class Extracted:
    """One article's extraction result: its triples, or the reason it was skipped.

    ``problem`` is the skip reason (a bad article); ``bug`` tells an
    extraction failure (a bug in diplograph) from bad input.
    """

    triples: list | None = None
    problem: str | None = None
    bug: bool = False


# -- in the worker --------------------------------------------------------------------------

_WORKER: dict = {}


def _init_worker(model: str | None) -> None:
    from .extract.nlp import load_model
    from .world import load_world

    _WORKER["nlp"] = load_model(model)
    _WORKER["world"] = load_world()


def extract_one(article: Article, nlp, world, doc=None, prepared=None) -> Extracted:
    """Check the language, extract the facts and build the graph of one article.

    ``doc`` is the article's parse when it was parsed in a batch (see
    :func:`extract_batch`), else it is parsed here; ``prepared`` is the
    :func:`~diplograph.extract.pipeline.prepare_article` reading it was parsed from.
    Bad input gives a ``problem``; a failure of the store or the model
    (:class:`DiplographError`) is raised, since every further article would fail too.
    """
    from .extract.pipeline import extract_article
    from .graph.build import article_graph
    from .language import check_language

    try:
        if doc is None:
            check_language(article.body, article.source, getattr(nlp, "lang", "en"))
        facts = extract_article(article, nlp=nlp, world=world, doc=doc, prepared=prepared)
        _, triples = article_graph(article, facts, world)
        return Extracted(triples=list(triples))
    except InputError as exc:
        return Extracted(problem=str(exc))
    except DiplographError:
        raise
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a corpus
        return _bug(article, exc)


def _bug(article: Article, exc: Exception) -> Extracted:
    return Extracted(problem=f"{article.source}: extraction failed "
                             f"({type(exc).__name__}: {exc}); this is a bug in "
                             "diplograph, please report it with the file", bug=True)


def extract_batch(articles: list[Article], nlp, world) -> list[Extracted]:
    """:func:`extract_one` over ``articles``, the model parsing them in one ``nlp.pipe``.

    spaCy runs its networks over a batch of texts far faster than over one text at a
    time, so the articles that pass the language check are parsed together, then each
    parse goes to the extractor.  Results are in the order of ``articles``.
    """
    from .extract.pipeline import prepare_article
    from .language import check_language

    results: list[Extracted | None] = [None] * len(articles)
    ready: list[tuple[int, object]] = []  # (index, the reading whose text is parsed)
    for index, article in enumerate(articles):
        try:
            check_language(article.body, article.source, getattr(nlp, "lang", "en"))
            ready.append((index, prepare_article(article, world)))
        except InputError as exc:
            results[index] = Extracted(problem=str(exc))
        except DiplographError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop a corpus
            results[index] = _bug(article, exc)
    try:
        docs = list(nlp.pipe([prepared.text for _, prepared in ready],
                             batch_size=max(1, len(ready))))
    except DiplographError:
        raise
    except Exception:  # noqa: BLE001 - the model failed on some text of the batch:
        docs = None    # parse one by one, so only that article is skipped
    for position, (index, prepared) in enumerate(ready):
        if docs is None:
            results[index] = _parse_and_extract(articles[index], nlp, world, prepared)
        else:
            results[index] = extract_one(articles[index], nlp, world, doc=docs[position],
                                         prepared=prepared)
    return results  # type: ignore[return-value]


def _parse_and_extract(article: Article, nlp, world, prepared) -> Extracted:
    try:
        doc = nlp(prepared.text)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a corpus
        return _bug(article, exc)
    return extract_one(article, nlp, world, doc=doc, prepared=prepared)


def _extract_batch(articles: list[Article]) -> list[Extracted]:
    return extract_batch(articles, _WORKER["nlp"], _WORKER["world"])


# -- in the parent --------------------------------------------------------------------------

def extract_in_order(items: Iterable[tuple[object, Article | None]], jobs: int, *,
                     model: str | None = None, batch_size: int | None = None,
                     serial: Callable[[list[Article]], list[Extracted]] | None = None,
                     ) -> Iterator[tuple[object, Article | None, Extracted | None]]:
    """Extract the articles of ``(tag, article)`` pairs on ``jobs`` worker processes and
    yield ``(tag, article, result)`` in the order given.

    A pair whose article is None (a bad record, an article already stored) is passed
    through with result None, in its place.  At most ``jobs * IN_FLIGHT`` batches of
    ``batch_size`` articles are in flight, so memory does not grow with the corpus.
    With one job, or when all the work fits in one batch, ``serial(articles)`` does
    each batch in this process instead (the same batches, so the model still parses
    a batch at a time): starting workers (each loads the model) costs more than it
    saves there.
    """
    size = batch_size or BATCH_SIZE
    batches = _batches(iter(items), size)
    if jobs <= 1 and serial is not None:
        for batch in batches:
            yield from _in_place(batch, serial)
        return
    first = next(batches, [])
    second = next(batches, None)
    if second is None and serial is not None:
        yield from _in_place(first, serial)
        return
    pool: ProcessPoolExecutor | None = None
    pending: deque[tuple[list, Future | None]] = deque()
    try:
        for batch in chain([first] if second is None else [first, second], batches):
            work = [article for _, article in batch if article is not None]
            if work and pool is None:
                pool = ProcessPoolExecutor(
                    max_workers=jobs, initializer=_init_worker, initargs=(model,),
                    # spawn, not fork: the parent holds the store's RocksDB threads.
                    mp_context=multiprocessing.get_context("spawn"))
            pending.append((batch, pool.submit(_extract_batch, work) if work else None))
            while len(pending) >= jobs * IN_FLIGHT:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _in_place(batch: list, serial: Callable[[list[Article]], list[Extracted]]
              ) -> Iterator[tuple]:
    work = [article for _, article in batch if article is not None]
    results = iter(serial(work) if work else ())
    for tag, article in batch:
        yield tag, article, None if article is None else next(results)


def _collect(batch: list, future: Future | None) -> Iterator[tuple]:
    results = iter(future.result() if future is not None else ())
    for tag, article in batch:
        yield tag, article, None if article is None else next(results)


def _batches(items: Iterator[tuple], size: int) -> Iterator[list]:
    """Lists of pairs holding ``size`` articles each (the last fewer); pairs without an
    article ride along, at most ``PASS_THROUGH`` of them per list."""
    batch, work = [], 0
    for item in items:
        batch.append(item)
        work += item[1] is not None
        if work == size or len(batch) >= PASS_THROUGH:
            yield batch
            batch, work = [], 0
    if batch:
        yield batch
