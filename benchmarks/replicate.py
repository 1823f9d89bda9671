"""A large store made of replicated article graphs, for measuring the store and the queries
at sizes that cannot be extracted in a session (spaCy alone runs ~2 articles/s here).

    python benchmarks/replicate.py SOURCE_STORE TARGET_STORE --articles 10000

These are replicated graphs, not extracted ones.  Copy ``k`` of every article graph of
SOURCE_STORE gets a new article IRI (``…-rK``), and so do its events, quotes and event
codings: the target store really holds K times as many distinct meetings, visits,
agreements and quotes, not the same facts stated more often.  Persons, positions,
states, places and topics keep their IRIs, as in news: the same leaders and states
recur in ever more events.  One copy in four reuses the event IRIs of the copy before
it (``--corroborate 4``), so a quarter of the events is reported by two articles, as
when two outlets carry a story.  The background graphs (ontology, gazetteer, store
marker) are copied once.

``--corpus DIR`` names the article graphs after the articles of DIR instead (the article
IRI ``diplograph build`` gives each text there, in reading order): ``diplograph build DIR
--store TARGET`` then finds every article already stored, which measures an unchanged
rebuild at that size (``benchmarks/synthetic.py DIR --articles N`` writes such a corpus;
the graphs' contents are still the replicated ones, not the extraction of DIR's texts).

Graphs are written as N-Quads through pyoxigraph's bulk loader, in batches of
``--batch`` copies; each batch is one atomic commit.  Prints the quads written, the
seconds, quads per second (wall clock and per CPU second of this process), the
store's size on disk and this process's peak RSS.
"""

from __future__ import annotations

import argparse
import re
import resource
import time
from pathlib import Path

import pyoxigraph as ox

ID = "https://w3id.org/diplograph/id/"
#: IRI kinds that belong to one article: renamed in each copy.
RENAMED = ("article", "meeting", "visit", "agreement", "quote", "coding")
_RENAMED = re.compile(rb"<" + re.escape(ID.encode()) + rb"(" + b"|".join(
    k.encode() for k in RENAMED) + rb")/([^>]*)>")


def _du(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def corpus_articles(corpus: str, count: int) -> list[bytes]:
    """The article IRIs (as N-Quads bytes) a build gives the first ``count`` articles of
    ``corpus``, in reading order; duplicates and unreadable records left out."""
    from diplograph.graph.iris import article_iri
    from diplograph.readers import iter_records

    names: dict[bytes, None] = {}
    for record in iter_records([corpus]):
        if record.problem is None:
            names[f"<{article_iri(record.article.sha256)}>".encode()] = None
            if len(names) == count:
                break
    if len(names) < count:
        raise SystemExit(f"{corpus} holds {len(names):,} distinct articles, not {count:,}")
    return list(names)


def replicate(source: str, target: str, articles: int, batch: int = 10,
              corroborate: int = 4, corpus: str | None = None) -> dict:
    """Write ``articles`` replicated article graphs of ``source`` into a new store ``target``
    (named after the articles of ``corpus`` if given)."""
    store = ox.Store.read_only(source)
    article_quads, other_quads = [], []
    for quad in store.quads_for_pattern(None, None, None, None):
        name = quad.graph_name
        if isinstance(name, ox.NamedNode) and name.value.startswith(ID + "article/"):
            article_quads.append(quad)
        elif isinstance(name, ox.NamedNode) and not name.value.endswith("/graph/inferred"):
            other_quads.append(quad)
    originals = sorted({q.graph_name.value for q in article_quads})
    per_copy = len(originals)
    # N-Quads text once; each copy is a rewrite of its IRIs (bytes, so it is quick).
    text = ox.serialize(article_quads, format=ox.RdfFormat.N_QUADS)
    del store, article_quads
    copies = -(-articles // per_copy)
    index = {iri[len(ID + "article/"):].encode(): j for j, iri in enumerate(originals)}
    named = corpus_articles(corpus, copies * per_copy) if corpus else None

    def copy(k: int) -> bytes:
        def rename(match: re.Match) -> bytes:
            kind, rest = match.group(1), match.group(2)
            if named is not None and kind == b"article":
                return named[k * per_copy + index[rest]]
            # Events of every corroborate-th copy are those of the copy before it.
            n = k - 1 if kind != b"article" and corroborate and k % corroborate == 1 else k
            return b"<" + ID.encode() + kind + b"/" + rest + b"-r" + str(n).encode() + b">"
        return _RENAMED.sub(rename, text)

    folder = Path(target)
    out = ox.Store(str(folder))
    out.bulk_extend(other_quads)
    start, cpu = time.perf_counter(), time.process_time()
    written = 0
    for first in range(0, copies, batch):
        data = b"".join(copy(k) for k in range(first, min(copies, first + batch)))
        out.bulk_load(data, format=ox.RdfFormat.N_QUADS)  # one atomic commit per batch
        written += data.count(b"\n")
        print(f"  {min(copies, first + batch) * per_copy:,} articles, {written:,} quads, "
              f"{time.perf_counter() - start:.0f} s", flush=True)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    out.flush()
    out.optimize()
    del out
    return {"articles": copies * per_copy, "quads": written + len(other_quads),
            "seconds": seconds, "quads_per_s": written / seconds, "quads_per_cpu_s": written / cpu,
            "store_mib": _du(folder) / 2**20,
            "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=10, help="Copies per bulk commit.")
    parser.add_argument("--corroborate", type=int, default=4)
    parser.add_argument("--corpus", help="Name the article graphs after this corpus's articles.")
    args = parser.parse_args()
    figures = replicate(args.source, args.target, args.articles, args.batch, args.corroborate,
                        args.corpus)
    print(" | ".join(f"{k}: {v:,.1f}" if isinstance(v, float) else f"{k}: {v:,}"
                     for k, v in figures.items()))
