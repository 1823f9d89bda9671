"""Time every bundled query on a built store: rows and best-of-3 milliseconds.

    python benchmarks/query_times.py STORE [--copies N]

Each query runs with its defaults, and the state and person queries once more with a
typical parameter (state=aze, name=aliyev, ...), so the figures cover the filtered path.
``--copies N`` first copies STORE into a temporary store where every article graph is
there N times (under N names): each fact is then stated by N times as many articles,
the case of a story many outlets carry, which multiplies the matches of the union of
the graphs. Prints a Markdown table (the ones in the README were made this way).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from rdflib import URIRef

from diplograph.queries import list_queries, run_query
from diplograph.stores import open_store

EXAMPLE_PARAMS = {
    "state-meetings": {"state": "aze"}, "state-visits": {"state": "aze"},
    "state-partners": {"state": "aze"}, "bilateral-timeline": {"state1": "aze", "state2": "blr"},
    "events-gdelt": {"state": "aze"}, "person-meetings": {"name": "aliyev"},
    "person-quotes": {"name": "aliyev", "word": "trade"}, "leaders": {"role": "president"},
    "agreements": {"state": "aze"},
}


def best_of(store, name: str, params: dict, runs: int = 3) -> tuple[int, float]:
    best, rows = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        rows = len(run_query(store, name, params).rows)
        best = min(best, time.perf_counter() - start)
    return rows, best * 1000


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


def main(location: str) -> None:
    store = open_store(location)
    try:
        print(f"{len(store.graphs())} graphs in {location}\n")
        print("| query | rows | ms | parameters | rows | ms |")
        print("| --- | --- | --- | --- | --- | --- |")
        for info in list_queries():
            rows, ms = best_of(store, info.name, {})
            cells = [f"`{info.name}`", str(rows), f"{ms:.0f}"]
            params = EXAMPLE_PARAMS.get(info.name)
            if params:
                rows, ms = best_of(store, info.name, params)
                given = " ".join(f"{k}={v}" for k, v in params.items())
                cells += [given, str(rows), f"{ms:.0f}"]
            else:
                cells += ["", "", ""]
            print("| " + " | ".join(cells) + " |")
    finally:
        store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store", nargs="?", default="diplograph-store")
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    if args.copies > 1:
        with tempfile.TemporaryDirectory() as temporary:
            main(copied(args.store, args.copies, Path(temporary)))
    else:
        main(args.store)
    sys.exit(0)
