"""Triples/s writing a built store's article graphs into fresh stores, and where the time goes.

    python benchmarks/write_rates.py STORE [--rounds 2] [--check] [--steps]

Reads every article graph of STORE (say the 1,000-article store of ``throughput.py``),
then, ``--rounds`` times, writes them into fresh embedded stores one graph per
``replace_graph`` and 16, 256 and 1,024 graphs per ``replace_graphs`` call
(``throughput.py``'s ``_write_rates``: a call of at least ``BULK_LOAD_QUADS`` quads goes
through pyoxigraph's bulk loader). Prints triples per second of wall clock and per CPU
second of this process (all its threads). ``--check`` also writes them through the
transactional path alone and compares the two stores quad for quad. ``--steps`` times
the steps of a bulk write on their own: building the N-Quads text, building ``Quad``
objects, and pyoxigraph's loader on each.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).parent))
from throughput import _article_graphs, _write_rates  # noqa: E402

from diplograph.stores import embedded  # noqa: E402


def _timed(label: str, run, count: int):
    start, cpu = time.perf_counter(), time.process_time()
    answer = run()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label}: {count / wall:,.0f}/s wall, {count / cpu:,.0f}/CPU s")
    return answer


def steps(graphs: dict, folder: Path) -> None:
    """Each step of a bulk write timed alone, 256 graphs per call."""
    items = list(graphs.items())
    chunks = [items[i:i + 256] for i in range(0, len(items), 256)]
    total = sum(len(t) for _, t in items)
    text = _timed("N-Quads text (embedded._nquads)", lambda: [embedded._nquads(c) for c in chunks],
                  total)
    quads = _timed("Quad objects (embedded._quads)", lambda: [embedded._quads(c) for c in chunks],
                   total)
    store = ox.Store(str(folder / "steps-load"))
    _timed("bulk_load of the text, lenient", lambda: [store.bulk_load(
        t, format=ox.RdfFormat.N_QUADS, lenient=True) for t in text], total)
    store = ox.Store(str(folder / "steps-extend"))
    _timed("bulk_extend of the Quads", lambda: [store.bulk_extend(q) for q in quads], total)


def check(graphs: dict, bulk_store: Path, folder: Path) -> bool:
    """Whether the bulk-written store holds exactly the quads of the transactional path."""
    threshold = embedded.BULK_LOAD_QUADS
    embedded.BULK_LOAD_QUADS = 10**12
    try:
        store = embedded.EmbeddedStore(folder / "extend")
        store.replace_graphs(list(graphs.items()))
        store.close()
    finally:
        embedded.BULK_LOAD_QUADS = threshold
    quads = [sorted(str(q) for q in ox.Store.read_only(str(p))) for p in (bulk_store,
                                                                          folder / "extend")]
    print(f"bulk-written store = transactional store: {quads[0] == quads[1]} "
          f"({len(quads[0]):,} and {len(quads[1]):,} quads)")
    return quads[0] == quads[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--steps", action="store_true")
    args = parser.parse_args()
    graphs = _article_graphs(Path(args.store))
    print(f"{len(graphs):,} article graphs, {sum(len(t) for t in graphs.values()):,} triples")
    folder = Path(tempfile.mkdtemp(prefix="diplograph-writes-"))
    try:
        for round_ in range(args.rounds):
            rates = _write_rates(graphs, folder / f"round{round_}")
            print("graphs per call: " + ", ".join(
                f"{batch}: {rates['per_second'][batch]:,.0f}/s "
                f"({rates['per_cpu_second'][batch]:,.0f}/CPU s)" for batch in rates["per_second"]))
        if args.steps:
            steps(graphs, folder)
        if args.check and args.rounds:
            return 0 if check(graphs, folder / "round0" / "write-256", folder) else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
