"""The explorer at 500, 5,000 and 20,000 nodes, next to plain pyvis defaults.

For each size a graph is generated (:func:`diplograph.synthetic.synthetic_quads`:
invented leaders of size/50 states, three meetings per node, visits and
agreements; no article data). Measured:

* diplograph: seconds to write the page in Python (model, layout, JSON), its
  size, and in Debian's headless chromium the time from navigation to the first
  drawn frame (positions are precomputed, physics is off, so that frame is the
  stable layout), and how long moving the year slider takes to redraw;
* pyvis defaults on the same default view (persons and states, one edge per
  pair, ``Network(cdn_resources="in_line")`` filled as ``from_nx`` would, vis-network's
  barnesHut physics with its 1,000 stabilisation iterations): file size and
  time from navigation until vis reports the layout stable ("stabilized", else
  "stabilizationIterationsDone"), given up after ``--limit`` seconds.

    python benchmarks/explorer_bench.py [--sizes 500 5000 20000] [--limit 180]

Every request that leaves the page is aborted (pyvis's template asks a CDN for
bootstrap); the figures are from a 2-core machine shared with other work.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu"]

# Progress goes out through the console too: a page whose main thread is busy for
# minutes cannot be asked anything, but what it logged has arrived.
_WATCH_PYVIS = """
const watch = setInterval(() => {
  if (window.network && window.network.once) {
    clearInterval(watch);
    const done = () => console.log('dg-stable ' + performance.now());
    network.once('stabilized', done);
    network.once('stabilizationIterationsDone', done);
    network.on('stabilizationProgress', p => console.log('dg-progress ' + p.iterations));
  }
}, 5);
"""


def _quads(size: int):
    from diplograph.synthetic import synthetic_quads

    states = max(2, size // 50)
    return synthetic_quads(persons=size - states, states=states, meetings=3 * size)


def _open(browser, path: Path, init: str | None = None):
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    page.route("**/*", lambda route: route.continue_()
               if route.request.url.startswith("file:") else route.abort())
    if init:
        page.add_init_script(init)
    page.goto(path.resolve().as_uri(), wait_until="commit", timeout=600_000)
    return page


def bench_ours(browser, quads, folder: Path) -> dict:
    from diplograph.render import render_html

    start = time.perf_counter()
    out = render_html(quads, folder / "ours.html")
    written = time.perf_counter() - start
    page = _open(browser, out)
    page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=600_000)
    ready = page.evaluate("window.dgReadyAt") / 1000
    counts = page.evaluate("[nodes.length, edges.length]")
    # Move the lower year handle half-way and wait for the redraw.
    slider = page.evaluate("""() => new Promise(done => {
        const box = document.getElementById('dg-year-from');
        const start = performance.now();
        box.value = String(Math.round((Number(box.min) + Number(box.max)) / 2));
        box.dispatchEvent(new Event('input'));
        network.once('afterDrawing', () => done((performance.now() - start) / 1000));
        requestAnimationFrame(() => network.redraw());
    })""")
    page.close()
    return {"write_s": written, "mb": out.stat().st_size / 1e6, "ready_s": ready,
            "slider_s": slider, "nodes": counts[0], "edges": counts[1]}


def bench_pyvis(browser, quads, folder: Path, limit: float) -> dict:
    from pyvis.edge import Edge
    from pyvis.network import Network

    from diplograph.explorer import build_explorer

    graph = build_explorer(quads).graph()
    net = Network(cdn_resources="in_line")
    # What Network.from_nx does (node size 10, edge width = weight), but with edges
    # appended directly: add_edge compares each new edge with every edge before it,
    # which at 85,000 edges takes longer than anything measured here. The page pyvis
    # writes is the same.
    for node, data in graph.nodes(data=True):
        net.add_node(node, label=data["label"], size=10)
    net.edges.extend(Edge(a, b, width=d.get("weight", 1)).options
                     for a, b, d in graph.edges(data=True))
    out = folder / "pyvis.html"
    net.write_html(str(out))
    page = _open(browser, out, _WATCH_PYVIS)
    progress, stable = [0], []
    page.on("console", lambda msg: (msg.text.startswith("dg-progress ")
                                    and progress.append(int(msg.text.split()[1])))
            or (msg.text.startswith("dg-stable ") and stable.append(float(msg.text.split()[1]))))
    # Waited for from here, a second at a time: pyvis's page may keep its main thread
    # busy for minutes (vis's improvedLayout), and then it cannot be asked anything.
    deadline = time.monotonic() + limit
    while not stable and time.monotonic() < deadline:
        page.wait_for_timeout(1000)
    done = None if stable else max(progress)
    page.close(run_before_unload=False)
    stable = stable[0] / 1000 if stable else None
    return {"mb": out.stat().st_size / 1e6, "stable_s": stable, "iterations": done}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    parser.add_argument("--limit", type=float, default=180.0,
                        help="seconds to wait for pyvis to settle")
    parser.add_argument("--skip-pyvis", action="store_true")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as play, tempfile.TemporaryDirectory() as work:
        browser = play.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        for size in args.sizes:
            quads = _quads(size)
            ours = bench_ours(browser, quads, Path(work))
            print(f"{size} nodes ({ours['nodes']} drawn, {ours['edges']} edges): "
                  f"diplograph {ours['mb']:.1f} MB, written in {ours['write_s']:.1f} s, "
                  f"drawn in {ours['ready_s']:.1f} s, year slider {ours['slider_s']:.2f} s",
                  flush=True)
            theirs = ({"mb": float("nan"), "stable_s": None, "iterations": None}
                      if args.skip_pyvis
                      else bench_pyvis(browser, quads, Path(work), args.limit))
            rows.append((size, ours, theirs))
            stable = (f"{theirs['stable_s']:.1f} s" if theirs["stable_s"] is not None
                      else f"not stable after {args.limit:.0f} s "
                           f"({theirs['iterations']} of 1000 iterations)")
            print(f"{size} nodes: pyvis {theirs['mb']:.1f} MB, {stable}", flush=True)
        browser.close()

    print("\n| nodes | edges | diplograph file | written (Python) | drawn, stable | "
          "year slider | pyvis file | pyvis stable |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for _size, ours, theirs in rows:
        stable = (f"{theirs['stable_s']:.1f} s" if theirs["stable_s"] is not None
                  else f"> {args.limit:.0f} s ({theirs['iterations']}/1000 iterations)")
        print(f"| {ours['nodes']:,} | {ours['edges']:,} | {ours['mb']:.1f} MB | "
              f"{ours['write_s']:.1f} s | {ours['ready_s']:.1f} s | {ours['slider_s']:.2f} s | "
              f"{theirs['mb']:.1f} MB | {stable} |")


if __name__ == "__main__":
    main()
