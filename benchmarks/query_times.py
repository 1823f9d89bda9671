"""Time every bundled query on a built store: rows and best-of-3 milliseconds.

    python benchmarks/query_times.py STORE

Each query runs with its defaults, and the state and person queries once more with a
typical parameter (state=aze, name=aliyev, ...), so the figures cover the filtered path.
Prints a Markdown table (the one in the README was made this way).
"""

from __future__ import annotations

import sys
import time

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
    main(sys.argv[1] if len(sys.argv) > 1 else "diplograph-store")
