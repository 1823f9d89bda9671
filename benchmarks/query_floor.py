"""The floor under any query listing events: one class's instances, nothing looked up.

    python benchmarks/query_floor.py STORE [--runs 3]

For meetings, visits, agreements and persons, the median milliseconds of: counting the
triples ``?x a CLASS`` in the engine (``COUNT(*)``), counting the distinct instances
(``COUNT(DISTINCT ?x)``), and handing the distinct instances to Python as rdflib terms
(``SELECT DISTINCT ?x``, as every query's answer is handed over). Over the union of the
store's graphs, as the bundled queries run. No query listing every instance of a class
can be faster than the last column.
"""

from __future__ import annotations

import argparse
import statistics
import time

import pyoxigraph as ox

from diplograph.stores.terms import from_oxigraph

DG = "https://w3id.org/diplograph/ontology#"


def _median_ms(store: ox.Store, query: str, runs: int) -> tuple[int, float]:
    times, rows = [], []
    for _ in range(runs):
        start = time.perf_counter()
        rows = [[from_oxigraph(term) for term in row]
                for row in store.query(query, use_default_graph_as_union=True)]
        times.append((time.perf_counter() - start) * 1000)
    return len(rows), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    store = ox.Store.read_only(args.store)
    print("| class | COUNT(*) ms | COUNT(DISTINCT) ms | distinct instances | "
          "to Python as rdflib terms, ms |")
    print("| --- | --- | --- | --- | --- |")
    for name in ("Meeting", "Visit", "Agreement", "Person"):
        iri = f"<{DG}{name}>"
        _, count = _median_ms(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?x a {iri} }}", args.runs)
        _, distinct = _median_ms(
            store, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {iri} }}", args.runs)
        rows, listed = _median_ms(store, f"SELECT DISTINCT ?x WHERE {{ ?x a {iri} }}", args.runs)
        print(f"| `dg:{name}` | {count:,.0f} | {distinct:,.0f} | {rows:,} | {listed:,.0f} |",
              flush=True)


if __name__ == "__main__":
    main()
