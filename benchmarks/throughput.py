"""Build throughput against the model's own, store writes, memory, queries and rendering.

    python benchmarks/throughput.py                      # quick: 1,000 articles
    python benchmarks/throughput.py --articles 1000 10000 100000 --jobs 2

For each size, a corpus is generated with the seeded generator of
``benchmarks/synthetic.py`` (same seed, same corpus) into a temporary folder, and:

* ``nlp.pipe`` of the same model over the same texts on the same number of
  processes (``n_process=jobs``): the ceiling; then ``build(..., jobs=jobs)`` into a
  new embedded store in a separate process (articles/s, words/s, the ratio to
  raw spaCy, the CPU seconds of both and their ratio, the peak RSS of the
  building process and of its largest worker),
  then the same build again (an unchanged rebuild);
* triples/s into a fresh store: the built article graphs written one
  transaction per article, and in batches of 16, 256 and 1,024 (``replace_graphs``;
  a batch of 10,000 quads or more goes through pyoxigraph's bulk loader);
* the store's size on disk; p50/p95 over ``--query-runs`` runs of every
  query in ``queries/``, with its defaults and with the typical parameters of
  ``query_times.CASES``; the time and size of ``render_html``;
* for 1,000 articles, each query's default case on rdflib's in-memory engine
  (the store's N-Quads in an ``rdflib.Dataset``), and the ratio to pyoxigraph;
* once, on the first ``--profile`` articles: ``build`` with one job under
  cProfile, the cumulative seconds of each pipeline step.

Everything prints as Markdown; ``--json FILE`` also writes the figures.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import multiprocessing
import os
import platform
import pstats
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from query_times import measure, rdflib_times  # noqa: E402
from synthetic import write_corpus  # noqa: E402

from diplograph.extract.nlp import load_model  # noqa: E402
from diplograph.ingest import build  # noqa: E402
from diplograph.parallel import BATCH_SIZE, default_jobs  # noqa: E402
from diplograph.readers import iter_records  # noqa: E402
from diplograph.render import render_html  # noqa: E402
from diplograph.stores import open_store  # noqa: E402

#: Pipeline steps reported by the profile: (label, file name ending, function name or names).
STEPS = [
    ("language check", "diplograph/language.py", "check_language"),
    ("metadata (dateline, byline)", "extract/metadata.py", "extract_metadata"),
    # The build parses a batch at a time (Language.pipe); nlp(text) only when a batch fails.
    ("spaCy model (nlp.pipe)", "spacy/language.py", ("pipe", "__call__")),
    ("mentions", "extract/mentions.py", "find_mentions"),
    ("linking persons", "extract/linking.py", "link_persons"),
    ("speeches", "extract/quotes.py", "find_speeches"),
    ("pronouns", "extract/linking.py", "link_pronouns"),
    ("inline quotes", "extract/quotes.py", "find_inline_quotes"),
    ("sentence context, dates", "extract/context.py", "build_context"),
    ("meetings", "extract/meetings.py", "find_meetings"),
    ("visits", "extract/visits.py", "find_visits"),
    ("agreements", "extract/agreements.py", "find_agreements"),
    ("resolving events", "extract/pipeline.py", "resolve_article"),
    ("triples (article_graph)", "graph/build.py", "article_graph"),
    ("store writes", "stores/embedded.py", "replace_graph"),
]


def _du(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def _bodies(corpus: Path) -> list[str]:
    return [r.article.body for r in iter_records([corpus]) if r.problem is None]


def _cpu() -> float:
    """CPU seconds (user and system) of this process and of its children that have ended:
    steadier than wall-clock time on a machine shared with other work."""
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                          resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _raw_spacy(texts: list[str], jobs: int) -> dict:
    nlp = load_model()
    load, cpu, start = os.getloadavg()[0], _cpu(), time.perf_counter()
    for _ in nlp.pipe(texts, n_process=jobs, batch_size=BATCH_SIZE):
        pass
    return {"seconds": time.perf_counter() - start, "cpu_seconds": _cpu() - cpu, "load": load}


def _build_child(corpus: str, store: str, jobs: int, answer) -> None:
    load, cpu, start = os.getloadavg()[0], _cpu(), time.perf_counter()
    report = build([corpus], store, jobs=jobs)
    seconds = time.perf_counter() - start
    answer.put({
        "seconds": seconds, "added": len(report.added), "skipped": len(report.skipped),
        "cpu_seconds": _cpu() - cpu, "load": load,
        "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    })


def _build_measured(corpus: Path, store: Path, jobs: int) -> dict:
    """Build in a fresh process, so its peak RSS is the build's alone."""
    context = multiprocessing.get_context("spawn")
    answer = context.Queue()
    process = context.Process(target=_build_child, args=(str(corpus), str(store), jobs, answer))
    process.start()
    result = answer.get()
    process.join()
    return result


def _article_graphs(location: Path) -> dict:
    graphs: dict = defaultdict(list)
    store = open_store(location)
    try:
        for s, p, o, g in store.quads():
            if g is not None and "/article/" in str(g):
                graphs[g].append((s, p, o))
    finally:
        store.close()
    return graphs


#: Graphs per ``replace_graphs`` call in the write benchmark (1: ``replace_graph``).
WRITE_BATCHES = (1, 16, 256, 1024)


def _write_rates(graphs: dict, folder: Path) -> dict:
    """Triples/s writing the same graphs one per transaction and in batches (a batch of
    at least ``BULK_LOAD_QUADS`` quads goes through the bulk loader), by the wall clock
    and per CPU second of this process (the steadier figure on a shared machine)."""
    total = sum(len(t) for t in graphs.values())
    items = list(graphs.items())
    rates, cpu_rates = {}, {}
    for batch in WRITE_BATCHES:
        store = open_store(folder / f"write-{batch}")
        try:
            start, cpu = time.perf_counter(), time.process_time()
            for i in range(0, len(items), batch):
                chunk = items[i:i + batch]
                if batch == 1:
                    store.replace_graph(*chunk[0])
                else:
                    store.replace_graphs(chunk)
            rates[batch] = total / (time.perf_counter() - start)
            cpu_rates[batch] = total / max(time.process_time() - cpu, 1e-9)
        finally:
            store.close()
    return {"triples": total, "per_second": rates, "per_cpu_second": cpu_rates}


def _query_times(location: Path, runs: int) -> list[dict]:
    rows = measure(str(location), runs)
    for row in rows:
        row.pop("answer")
    return rows


def _render(location: Path, folder: Path) -> dict:
    store = open_store(location)
    try:
        start = time.perf_counter()
        page = render_html(store.quads(), folder / "network.html")
        seconds = time.perf_counter() - start
    finally:
        store.close()
    return {"seconds": seconds, "bytes": page.stat().st_size}


def profile_steps(corpus: Path, count: int, folder: Path) -> dict:
    """Cumulative seconds per pipeline step of a one-job build of ``count`` articles."""
    sample = folder / "profile-corpus"
    sample.mkdir()
    for path in sorted(corpus.iterdir())[:count]:
        (sample / path.name).write_bytes(path.read_bytes())
    load_model()  # the model's loading is not a step
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.runcall(build, [sample], folder / "profile-store", jobs=1)
    total = time.perf_counter() - start
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    steps = {}
    for label, ending, name in STEPS:
        names = (name,) if isinstance(name, str) else name
        steps[label] = sum(value[3] for (path, _, function), value in stats.items()
                           if function in names and path.replace("\\", "/").endswith(ending))
    return {"articles": count, "profiled_seconds": total, "steps": steps}


def run_size(count: int, jobs: int, seed: int, query_runs: int,
             rdflib_timeout: float = 0) -> dict:
    with tempfile.TemporaryDirectory(prefix="diplograph-bench-") as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus"
        words = write_corpus(corpus, count, seed)
        texts = _bodies(corpus)
        raw_run = _raw_spacy(texts, jobs)
        raw = raw_run["seconds"]
        del texts
        store = folder / "store"
        built = _build_measured(corpus, store, jobs)
        start = time.perf_counter()
        again = build([corpus], store, jobs=jobs)
        rebuild = time.perf_counter() - start
        assert not again.added, "an unchanged rebuild added articles"
        graphs = _article_graphs(store)
        writes = _write_rates(graphs, folder)
        del graphs
        return {
            "articles": count, "words": words, "jobs": jobs,
            "raw_spacy_seconds": raw, "raw_articles_per_s": count / raw,
            "raw_cpu_seconds": raw_run["cpu_seconds"], "raw_load": raw_run["load"],
            "cpu_ratio": raw_run["cpu_seconds"] / built["cpu_seconds"],
            "build": built, "articles_per_s": count / built["seconds"],
            "words_per_s": words / built["seconds"], "ratio": raw / built["seconds"],
            "rebuild_seconds": rebuild, "writes": writes, "store_mib": _du(store) / 2**20,
            "queries": _query_times(store, query_runs), "render": _render(store, folder),
            "rdflib": rdflib_times(str(store), 1, rdflib_timeout) if rdflib_timeout else {},
        }


def machine() -> str:
    """One line about this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{cpu}, {os.cpu_count()} cores ({default_jobs()} usable), {memory:.0f} GiB, "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}, "
            f"load average at start {os.getloadavg()[0]:.1f}")


def print_markdown(result: dict) -> None:
    print(f"Machine: {result['machine']}\n")
    for size in result["sizes"]:
        b = size["build"]
        print(f"### {size['articles']:,} articles, {size['words']:,} words, "
              f"{size['jobs']} jobs\n")
        print("| figure | value |\n| --- | --- |")
        print(f"| raw spaCy `nlp.pipe(n_process={size['jobs']})` | "
              f"{size['raw_spacy_seconds']:.1f} s, {size['raw_articles_per_s']:.1f} articles/s |")
        print(f"| `build --jobs {size['jobs']}` | {b['seconds']:.1f} s, "
              f"{size['articles_per_s']:.1f} articles/s, {size['words_per_s']:,.0f} words/s |")
        print(f"| build / raw spaCy throughput | {size['ratio']:.2f}× |")
        print(f"| CPU seconds, all processes: raw spaCy / build (ratio) | "
              f"{size['raw_cpu_seconds']:.1f} / {b['cpu_seconds']:.1f} "
              f"({size['cpu_ratio']:.2f}×) |")
        print(f"| load average at the start of raw spaCy / of the build | "
              f"{size['raw_load']:.1f} / {b['load']:.1f} |")
        print(f"| peak RSS: building process / largest worker | {b['rss_mib']:.0f} MiB / "
              f"{b['worker_rss_mib']:.0f} MiB |")
        print(f"| unchanged rebuild | {size['rebuild_seconds']:.1f} s |")
        rates = size["writes"]["per_second"]
        cpu_rates = size["writes"].get("per_cpu_second", {})
        batches = " / ".join(str(k) for k in sorted(rates))
        print(f"| triples/s into the store ({size['writes']['triples']:,} triples): "
              f"{batches} graphs per commit | "
              + " / ".join(f"{rates[k]:,.0f}" for k in sorted(rates))
              + (" (per CPU second: " + " / ".join(f"{cpu_rates[k]:,.0f}"
                                                  for k in sorted(cpu_rates)) + ")"
                 if cpu_rates else "") + " |")
        print(f"| store on disk | {size['store_mib']:.1f} MiB |")
        print(f"| render_html | {size['render']['seconds']:.2f} s, "
              f"{size['render']['bytes'] / 2**20:.2f} MiB |\n")
        other = size.get("rdflib") or {}
        print("| query | rows | p50 ms | p95 ms |" + (" rdflib p50 ms | ratio |" if other else ""))
        print("| --- | --- | --- | --- |" + (" --- | --- |" if other else ""))
        for q in size["queries"]:
            line = f"| `{q['case']}` | {q['rows']} | {q['p50_ms']:.1f} | {q['p95_ms']:.1f} |"
            if other:
                o = other.get(q["case"], "")
                line += (" |  |" if o == "" else " timed out |  |" if o is None
                         else " fails |  |" if "error" in o
                         else f" {o['p50_ms']:.0f} | {o['p50_ms'] / q['p50_ms']:.0f}× |")
            print(line)
        print()
    profile = result.get("profile")
    if profile:
        print(f"### Pipeline steps (cProfile, one job, {profile['articles']} articles, "
              f"{profile['profiled_seconds']:.1f} s under the profiler)\n")
        print("| step | s | share |\n| --- | --- | --- |")
        for label, seconds in profile["steps"].items():
            print(f"| {label} | {seconds:.2f} | "
                  f"{100 * seconds / profile['profiled_seconds']:.0f} % |")
        print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--query-runs", type=int, default=3)
    # 5 s per query keeps the quick mode's rdflib comparison to about a minute (most
    # queries are stopped: the point is shown); the rdflib figures in benchmarks/README.md
    # were taken with --rdflib-timeout 60.
    parser.add_argument("--rdflib-timeout", type=float, default=5,
                        help="Also run each query on rdflib's in-memory engine for the "
                             "1,000-article size, stopped after this many seconds (0: not).")
    parser.add_argument("--profile", type=int, default=40,
                        help="Articles built under cProfile (0: no profile).")
    parser.add_argument("--json", type=Path, help="Also write the figures to this file.")
    args = parser.parse_args()
    result = {"machine": machine(), "sizes": []}
    for count in args.articles:
        result["sizes"].append(run_size(count, args.jobs, args.seed, args.query_runs,
                                        args.rdflib_timeout if count == 1000 else 0))
    if args.profile:
        with tempfile.TemporaryDirectory(prefix="diplograph-profile-") as tmp:
            corpus = Path(tmp) / "corpus"
            write_corpus(corpus, args.profile, args.seed)
            result["profile"] = profile_steps(corpus, args.profile, Path(tmp))
    print_markdown(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, default=str))


if __name__ == "__main__":
    main()
