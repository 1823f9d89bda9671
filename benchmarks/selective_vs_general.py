"""Run one bundled query both ways on a store: its selective form and its general form.

    python benchmarks/selective_vs_general.py STORE QUERY NAME=VALUE ... [--runs 2]

Prints each form's rows and milliseconds (each run) and whether the rows are the same
(normalised as ``query_times.py --check`` does).  The selective form runs as
``run_query`` runs it (the embedded store's facts view, a selecting parameter given);
the general form is the query's file, run as written.  For cases ``query_times.py``
does not time, such as an IRI that differs from store to store.
"""

from __future__ import annotations

import argparse
import sys
import time

from query_times import normalised

from diplograph.queries import bind_query_params, load_query, run_query, selective_form
from diplograph.resources import queries_dir
from diplograph.stores.embedded import EmbeddedStore


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("query")
    parser.add_argument("params", nargs="*", help="NAME=VALUE")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    params = dict(param.split("=", 1) for param in args.params)
    store = EmbeddedStore(args.store, read_only=True)
    try:
        if not selective_form(args.query, bind_query_params(load_query(args.query), params),
                              store):
            print("no selective form for these parameters on this store", file=sys.stderr)
            return 1
        answers = {}
        for form, query in (("selective", args.query),
                            ("general", str(queries_dir() / f"{args.query}.rq"))):
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                answers[form] = run_query(store, query, params)
                times.append(f"{(time.perf_counter() - start) * 1000:.0f}")
            print(f"{form}: {len(answers[form].rows)} rows, ms: {' '.join(times)}")
        same = normalised(answers["selective"].rows) == normalised(answers["general"].rows)
        print("same rows" if same else "DIFFERENT rows")
        return 0 if same else 2
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
