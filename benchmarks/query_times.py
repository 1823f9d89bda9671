"""Time every bundled query on a built store: rows, p50 and p95 milliseconds.

    python benchmarks/query_times.py STORE [--runs 5] [--save rows.json | --check rows.json]
    python benchmarks/query_times.py STORE --rdflib          # also rdflib's engine, and the ratio
    python benchmarks/query_times.py STORE --baseline OLD/queries  # before and after

Each query runs with its defaults and with typical parameters (:data:`CASES`:
state=aze, name=aliyev, ...), so the figures cover the filtered paths too.
``--save FILE`` writes every case's rows (normalised, see :func:`normalised`) and
``--check FILE`` compares against such a file: what shows that a rewrite of the
queries or of the store changed no answer.  ``--rdflib`` loads the store's N-Quads
into an in-memory ``rdflib.Dataset`` (default graph = the union of the graphs, as
the store's) and runs each query's default case there, reporting the ratio to
pyoxigraph and whether the rows are the same (a case past ``--rdflib-timeout``
seconds is stopped and shown as "> N").
``--baseline DIR`` also times the ``.rq`` files of DIR (say, ``queries/`` of an
earlier checkout) in turn with the bundled ones, and says whether they answer the same.
``--queries DIR`` times the ``.rq`` files of DIR instead of the bundled queries.
``--timeout S`` runs each case in a process of its own and stops it after S seconds
(for the 100,000-article store, where one case can run for many minutes).
``--limit N`` times one page instead of the whole answer (``run_query(...,
limit=N)``: what a caller asking for the first N rows waits); ``--check`` then
checks that the page holds min(N, all) rows, each of them among the saved ones.
``--union`` runs the queries on the union of the graphs, as before the embedded
store's facts view (see ``diplograph.stores.embedded``); by default they run on the
facts view when the store has one (opening a store for writing builds it).
``--copies N`` first copies STORE into a temporary store where every article graph
is there N times (under N names): each fact is then stated by N times as many
articles, the case of a story many outlets carry.  Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from rdflib import URIRef

from diplograph.queries import bind_query_params, list_queries, load_query, run_query
from diplograph.stores import open_store

#: Parameters each query is timed with, besides its defaults (values found in the
#: generated corpora of ``benchmarks/synthetic.py``).
CASES: dict[str, list[dict[str, str]]] = {
    "agreements": [{"state": "aze"}, {"field": "energy"}],
    "agreements-by-field": [{"state": "aze"}],
    "agreements-by-state": [{"state": "aze"}],
    "agreements-by-year": [{"state": "aze"}, {"field": "energy"}],
    "bilateral-timeline": [{"state1": "aze"}, {"state1": "aze", "state2": "moldova"}],
    "corroboration": [{"kind": "meeting", "min": "2"}],
    "events-gdelt": [{"state": "aze"}],
    "leaders": [{"role": "president"}, {"state": "aze"}],
    "meeting-pairs": [{"name": "aliyev"}],
    "meetings": [{"from": "2020-01-01", "to": "2020-12-31"}],
    "person-meetings": [{"name": "aliyev"}],
    "person-quotes": [{"name": "aliyev", "word": "trade"}],
    "persons": [{"name": "aliyev"}],
    "signatories": [{"state": "aze"}, {"name": "aliyev"}],
    "state-meetings": [{"state": "aze"}],
    "state-partners": [{"state": "aze"}],
    "state-visits": [{"state": "aze"}],
    "visits": [{"state": "aze"}, {"name": "aliyev"}],
}


def cases() -> list[tuple[str, dict[str, str]]]:
    """Every (query name, parameters) pair timed: each query with its defaults first."""
    return [(info.name, params) for info in list_queries()
            for params in [{}, *CASES.get(info.name, [])]]


def label(name: str, params: dict[str, str]) -> str:
    """``name`` followed by its parameters, as the tables show them."""
    return " ".join([name, *(f"{k}={v}" for k, v in params.items())])


def normalised(rows) -> list:
    """Rows as sorted lists of strings; a ``", "``-joined list (GROUP_CONCAT) is sorted
    within its cell, since SPARQL leaves the order of a group's values undefined."""
    def cell(term) -> str:
        return "" if term is None else ", ".join(sorted(str(term).split(", ")))
    return sorted([cell(term) for term in row] for row in rows)


def timed(run, runs: int) -> tuple[object, float, float]:
    """``run()``'s last answer and the p50 and p95 of its times in milliseconds."""
    times, answer = [], None
    for _ in range(runs):
        start = time.perf_counter()
        answer = run()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return answer, statistics.median(times), times[min(len(times) - 1,
                                                        round(0.95 * (len(times) - 1)))]


def measure(location: str, runs: int, baseline: Path | None = None,
            only: str | None = None, progress: bool = False,
            queries: Path | None = None, limit: int | None = None,
            union: bool = False) -> list[dict]:
    """p50/p95 and normalised rows of every case on the store at ``location``.

    With ``baseline`` (a folder of ``.rq`` files, e.g. the queries of an earlier
    checkout), each case also runs that folder's query of the same name, alternating
    with the bundled one so both see the same load; a baseline query slower than
    :data:`SLOW_MS` on its first run is run only once (its "p50" is that run).
    ``only`` (a regular expression) keeps the cases whose label it finds.
    ``queries`` (a folder of ``.rq`` files) is timed instead of the bundled queries.
    ``limit``: time the first ``limit`` rows only; ``union``: the queries on the
    union of the graphs, not on the facts view.
    """
    store = open_store(location, create=False)
    figures = []
    try:
        for name, params in cases():
            if only and not re.search(only, label(name, params)):
                continue
            figure = {"case": label(name, params)}
            times, before = [], []
            for i in range(runs):
                start = time.perf_counter()
                result = run_query(store, name if queries is None else queries / f"{name}.rq",
                                   params, limit=limit, facts=not union)
                times.append((time.perf_counter() - start) * 1000)
                if baseline is not None and (i == 0 or before[0] < SLOW_MS):
                    start = time.perf_counter()
                    old = run_query(store, baseline / f"{name}.rq", params, limit=limit,
                                    facts=not union)
                    before.append((time.perf_counter() - start) * 1000)
                    if i == 0:
                        figure["same_as_baseline"] = normalised(old.rows) == normalised(
                            result.rows)
            figure.update({"rows": len(result.rows), "p50_ms": _p50(times),
                           "p95_ms": _p95(times), "answer": normalised(result.rows)})
            if before:
                figure["baseline"] = {"p50_ms": _p50(before), "p95_ms": _p95(before),
                                      "runs": len(before)}
            figures.append(figure)
            if progress:  # long runs: each case on standard error as soon as it is timed
                print(f"{figure['case']}: {figure['rows']} rows, p50 {figure['p50_ms']:.0f} ms, "
                      f"p95 {figure['p95_ms']:.0f} ms", file=sys.stderr, flush=True)
    finally:
        store.close()
    return figures


#: A baseline query slower than this (ms) on its first run is not run again.
SLOW_MS = 5000


def _p50(times: list[float]) -> float:
    return statistics.median(times)


def _p95(times: list[float]) -> float:
    times = sorted(times)
    return times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def _rdflib_case(dataset, query: str, runs: int, answer) -> None:
    try:
        rows, p50, p95 = timed(lambda: list(dataset.query(query)), runs)
    except Exception as exc:  # noqa: BLE001 - an engine's failure is a figure to report
        answer.put({"error": f"{type(exc).__name__}: {' '.join(str(exc).split())[:80]}"})
        return
    answer.put({"rows": len(rows), "p50_ms": p50, "p95_ms": p95, "answer": normalised(rows)})


def rdflib_times(location: str, runs: int, timeout: float) -> dict[str, dict | None]:
    """Each query's default case on rdflib's in-memory engine over the store's N-Quads.

    The dataset's default graph is the union of its graphs, as the store's.  Each
    case runs in a forked process (sharing the loaded dataset) stopped after
    ``timeout`` seconds: None then.
    """
    import multiprocessing
    import queue

    import pyoxigraph as ox
    from rdflib import Dataset

    from diplograph.stores.terms import bind_parameters

    store = open_store(location, create=False)
    try:
        nquads = store.oxigraph.dump(format=ox.RdfFormat.N_QUADS)
    finally:
        store.close()
    dataset = Dataset(default_union=True)
    start = time.perf_counter()
    dataset.parse(data=nquads, format="nquads")
    print(f"rdflib: {len(nquads):,} bytes of N-Quads loaded in "
          f"{time.perf_counter() - start:.1f} s", file=sys.stderr)
    context = multiprocessing.get_context("fork")
    figures: dict[str, dict | None] = {}
    for name, params in cases():
        if params:
            continue
        text = load_query(name)
        answer = context.Queue()
        process = context.Process(target=_rdflib_case, args=(
            dataset, bind_parameters(text, bind_query_params(text, params)), runs, answer))
        process.start()
        try:
            figures[label(name, params)] = answer.get(timeout=timeout)
        except queue.Empty:
            figures[label(name, params)] = None
            process.kill()
        process.join()
    return figures


def _case_in_child(location: str, runs: int, only: str, queries: Path | None, answer,
                   limit: int | None = None, union: bool = False) -> None:
    answer.put(measure(location, runs, only=only, queries=queries, limit=limit, union=union))


def measure_capped(location: str, runs: int, timeout: float, only: str | None = None,
                   progress: bool = False, queries: Path | None = None,
                   limit: int | None = None, union: bool = False) -> list[dict]:
    """As :func:`measure`, each case in a process of its own stopped after ``timeout``
    seconds (for the largest stores, where a case can take many minutes): such a case
    is reported with ``"timed_out": timeout`` and no rows."""
    import multiprocessing
    import queue

    context = multiprocessing.get_context("fork")
    figures = []
    for name, params in cases():
        case = label(name, params)
        if only and not re.search(only, case):
            continue
        answer = context.Queue()
        process = context.Process(target=_case_in_child, args=(
            location, runs, f"^{re.escape(case)}$", queries, answer, limit, union))
        start = time.perf_counter()
        process.start()
        try:
            figure = answer.get(timeout=timeout)[0]
        except queue.Empty:
            figure = {"case": case, "timed_out": timeout, "rows": None, "answer": None,
                      "p50_ms": time.perf_counter() - start}
            process.kill()
        process.join()
        figures.append(figure)
        if progress:
            print(f"{case}: " + (f"> {timeout:.0f} s" if "timed_out" in figure else
                                 f"{figure['rows']} rows, p50 {figure['p50_ms']:.0f} ms"),
                  file=sys.stderr, flush=True)
    return figures


def copied(location: str, copies: int, folder: Path) -> str:
    """A store in ``folder`` with every article graph of ``location`` ``copies`` times."""
    graphs: dict = defaultdict(list)
    source = open_store(location)
    try:
        for s, p, o, g in source.quads():
            graphs[g].append((s, p, o))
    finally:
        source.close()
    target = open_store(folder / "store")
    try:
        for name, triples in graphs.items():
            if name is None:
                continue
            is_article = any(s == name for s, _, _ in triples)
            for i in range(copies if is_article else 1):
                new = URIRef(f"{name}-copy{i}") if is_article else name
                target.replace_graph(new, [(new if s == name else s, p, new if o == name else o)
                                           for s, p, o in triples])
    finally:
        target.close()
    return str(folder / "store")


def main(args: argparse.Namespace, location: str) -> int:
    if args.timeout:
        figures = measure_capped(location, args.runs, args.timeout, args.only, args.progress,
                                 args.queries, args.limit, args.union)
    else:
        figures = measure(location, args.runs, args.baseline, args.only, progress=args.progress,
                          queries=args.queries, limit=args.limit, union=args.union)
    if args.save:
        args.save.write_text(json.dumps({f["case"]: f["answer"] for f in figures}))
    differing, compared = [], []
    if args.check:
        expected = json.loads(args.check.read_text())
        # A case stopped by --timeout, here or when the file was saved, has no rows.
        compared = [f for f in figures if f["answer"] is not None
                    and expected.get(f["case"]) is not None]
        if args.limit is None:
            differing = [f["case"] for f in compared if expected[f["case"]] != f["answer"]]
        else:  # a page: as many rows as the page holds, each one of the answer's
            differing = [f["case"] for f in compared if (
                len(f["answer"]) != min(args.limit, len(expected[f["case"]]))
                or any(row not in expected[f["case"]] for row in f["answer"]))]
    other = rdflib_times(location, args.rdflib_runs, args.rdflib_timeout) if args.rdflib else {}
    head = "| query | rows | p50 ms | p95 ms |"
    if args.baseline:
        head += " before: p50 ms | p95 ms | same rows |"
    if other:
        head += " rdflib p50 ms | rdflib / pyoxigraph | same rows |"
    print(head)
    print("|" + " --- |" * (head.count("|") - 1))
    for f in figures:
        if "timed_out" in f:
            print(f"| `{f['case']}` | | > {f['timed_out'] * 1000:,.0f} (stopped) | |")
            continue
        cells = [f"`{f['case']}`", str(f["rows"]), f"{f['p50_ms']:.1f}", f"{f['p95_ms']:.1f}"]
        if args.baseline:
            b = f["baseline"]
            cells += [f"{b['p50_ms']:.1f}", f"{b['p95_ms']:.1f}" if b["runs"] > 1 else "(1 run)",
                      "yes" if f["same_as_baseline"] else "NO"]
        if f["case"] in other:
            o = other[f["case"]]
            if o is None:
                cells += [f"> {args.rdflib_timeout * 1000:.0f}",
                          f"> {args.rdflib_timeout * 1000 / f['p50_ms']:.0f}×", ""]
            elif "error" in o:
                cells += [f"fails ({o['error']})", "", ""]
            else:
                cells += [f"{o['p50_ms']:.0f}", f"{o['p50_ms'] / max(f['p50_ms'], 1e-3):.0f}×",
                          "yes" if o["answer"] == f["answer"] else "no"]
        elif other:
            cells += ["", "", ""]
        print("| " + " | ".join(cells) + " |")
    if args.json:
        for f in figures:
            f.pop("answer")
            if f["case"] in other:
                o = other[f["case"]]
                f["rdflib"] = None if o is None else {k: v for k, v in o.items()
                                                      if k != "answer"}
        args.json.write_text(json.dumps(figures, indent=1))
    if args.check:
        print(f"\n{len(compared) - len(differing)} of {len(compared)} cases compared give the "
              f"rows of {args.check}"
              + (": differing: " + ", ".join(differing) if differing else ""))
    return 1 if differing else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store", nargs="?", default="diplograph-store")
    parser.add_argument("--runs", type=int, default=5, help="Runs per case (p50/p95 of these).")
    parser.add_argument("--save", type=Path, help="Write every case's rows to this file.")
    parser.add_argument("--check", type=Path, help="Compare every case's rows with this file.")
    parser.add_argument("--baseline", type=Path,
                        help="A folder of .rq files (an earlier version of queries/) timed "
                             "alongside, with a check that they answer the same.")
    parser.add_argument("--progress", action="store_true",
                        help="Print each case on standard error as soon as it is timed.")
    parser.add_argument("--only", help="Time only the cases whose label matches this "
                                       "regular expression, e.g. 'state=aze'.")
    parser.add_argument("--rdflib", action="store_true", help="Also time rdflib's engine.")
    parser.add_argument("--rdflib-runs", type=int, default=1)
    parser.add_argument("--rdflib-timeout", type=float, default=120,
                        help="Seconds before a query on rdflib is stopped.")
    parser.add_argument("--json", type=Path, help="Also write the figures to this file.")
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--queries", type=Path,
                        help="Time the .rq files of this folder instead of the bundled ones.")
    parser.add_argument("--timeout", type=float, default=0,
                        help="Run each case in a process of its own, stopped after this many "
                             "seconds (reported as '> N'); not with --baseline or --rdflib.")
    parser.add_argument("--limit", type=int,
                        help="Time the first LIMIT rows of each case (a page), not all of them.")
    parser.add_argument("--union", action="store_true",
                        help="Run the queries on the union of the graphs, not on the "
                             "store's facts view.")
    args = parser.parse_args()
    if args.copies > 1:
        with tempfile.TemporaryDirectory() as temporary:
            sys.exit(main(args, copied(args.store, args.copies, Path(temporary))))
    sys.exit(main(args, args.store))
