"""Screenshot of the explorer for the README: docs/explorer.png.

Builds the example articles into a temporary store, renders the page, opens it
in Debian's headless chromium (through Playwright, never a downloaded browser),
clicks the most active person so the details panel shows their facts, and
saves the picture.

    python tools/screenshot.py [ARTICLES] [-o docs/explorer.png]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", default=str(ROOT / "data" / "articles"))
    parser.add_argument("-o", "--output", default=str(ROOT / "docs" / "explorer.png"))
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=820)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    import diplograph

    with tempfile.TemporaryDirectory() as work:
        store_path = Path(work) / "store"
        diplograph.build([args.articles], str(store_path))
        store = diplograph.open_store(str(store_path))
        try:
            page_path = diplograph.render_html(store.quads(), Path(work) / "explorer.html")
        finally:
            store.close()
        with sync_playwright() as play:
            browser = play.chromium.launch(executable_path=CHROMIUM, headless=True,
                                           args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            # Nothing may leave the page; abort anything that tries.
            page.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith("file:") else route.abort())
            page.goto(page_path.resolve().as_uri())
            page.wait_for_function("document.body.dataset.ready === '1'", timeout=60_000)
            page.evaluate("""() => {
                const people = nodes.get().filter(n => dgData.nodes[n.id].k === 'Person');
                people.sort((a, b) => b.size - a.size);
                if (people.length) {
                    network.emit('click', {nodes: [people[0].id], edges: []});
                }
            }""")
            page.wait_for_timeout(300)
            Path(args.output).parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=args.output)
            browser.close()
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
