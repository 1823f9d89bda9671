"""Load on `diplograph serve`: concurrent clients asking the bundled queries, on loopback only.

    python benchmarks/serve_load.py                       # the example articles, 50 clients
    python benchmarks/serve_load.py --clients 50 --rounds 4 --workers 2
    python benchmarks/serve_load.py --store my-store      # an existing store

Builds the articles into a temporary store (unless --store is given), starts
`diplograph serve` on a free 127.0.0.1 port, and runs CLIENTS threads that
each ask every bundled query ROUNDS times (a bounded number of requests, and
a 120 s limit per request).  Prints requests, errors, wrong answers,
throughput and latency percentiles; then sends three runaway queries (a
four-way cross product) and prints how soon each was stopped and how soon the
next query was answered.  Measures; the tests assert.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from diplograph.queries import list_queries

_RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _ask(base: str, query: str) -> tuple[int, bytes, float]:
    body = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(base + "query", data=body, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.read(), time.perf_counter() - started
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="an existing store (default: build the examples)")
    parser.add_argument("--articles", default="data/articles")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=2.0,
                        help="the server's --timeout, for the runaway-query figures")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        store = args.store
        if store is None:
            store = str(Path(folder) / "store")
            subprocess.run([sys.executable, "-m", "diplograph.cli", "build", args.articles,
                            "--store", store, "--quiet"], check=True)
        port = _free_port()
        base = f"http://127.0.0.1:{port}/"
        server = subprocess.Popen(
            [sys.executable, "-m", "diplograph.cli", "serve", "--store", store, "--port",
             str(port), "--workers", str(args.workers), "--timeout", str(args.timeout)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 90
            while True:
                try:
                    if _ask(base, "ASK {}")[0] == 200:
                        break
                except (urllib.error.URLError, ConnectionError):
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    print("the server did not start", file=sys.stderr)
                    return 1
                time.sleep(0.2)
            queries = {q.name: q.path.read_text(encoding="utf-8") for q in list_queries()}
            expected = {name: json.loads(_ask(base, text)[1]) for name, text in queries.items()}

            def client(_: int) -> list[tuple[str, int, bool, float]]:
                out = []
                for _round in range(args.rounds):
                    for name, text in queries.items():
                        status, body, seconds = _ask(base, text)
                        right = status == 200 and json.loads(body) == expected[name]
                        out.append((name, status, right, seconds))
                return out

            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.clients) as pool:
                results = [r for batch in pool.map(client, range(args.clients)) for r in batch]
            elapsed = time.perf_counter() - started
            # Runaway queries: how soon each is stopped, and how soon the next query answers.
            runaway = [(_ask(base, _RUNAWAY), _ask(base, "ASK {}")) for _ in range(3)]
        finally:
            server.terminate()
            server.wait(timeout=30)

    latencies = sorted(r[3] for r in results)
    errors = sum(1 for r in results if r[1] != 200)
    wrong = sum(1 for r in results if r[1] == 200 and not r[2])
    quantiles = statistics.quantiles(latencies, n=100)
    print(f"{len(results)} requests from {args.clients} clients ({args.rounds} rounds of "
          f"{len(queries)} bundled queries), {args.workers} workers")
    print(f"errors {errors}, wrong answers {wrong}")
    print(f"{len(results) / elapsed:.0f} requests/s over {elapsed:.1f} s; latency p50 "
          f"{quantiles[49] * 1000:.0f} ms, p95 {quantiles[94] * 1000:.0f} ms, "
          f"max {latencies[-1] * 1000:.0f} ms")
    for (status, _, stopped), (after, _, next_query) in runaway:
        print(f"runaway query: HTTP {status} after {stopped:.2f} s (--timeout {args.timeout:g}); "
              f"next query HTTP {after} in {next_query * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
