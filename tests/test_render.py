"""render_html: one offline HTML page, safe against hostile article text.

The browser tests open the page in the real Debian chromium, abort and count
every request that is not for the file itself, and look at what the page
built: the vis DataSet, the canvas, the tooltips and the details panel.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from diplograph.network import to_networkx
from diplograph.render import render_html, script_json

try:  # pytest puts tests/ on sys.path (rootdir without __init__.py)
    from test_network import A1, A2, MEETING, NAIROBI, QUOTE, RUTO, sample_quads
except ImportError:  # pragma: no cover - when tests/ becomes a package
    from tests.test_network import A1, A2, MEETING, NAIROBI, QUOTE, RUTO, sample_quads

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]

SCRIPT_LABEL = "<script>window.__pwned=1</script>"
IMG_QUOTE = '<img src=x onerror="window.__pwned=1">'
JS_URL_LABEL = "javascript:alert(1)"
BREAKOUT_TITLE = "</script><script>window.__pwned=1</script>\u2028<!-- &amp; \u2029"


def hostile_quads() -> list[tuple]:
    """The sample dataset with attacker-chosen names, quote and article title."""
    return sample_quads(person_label=SCRIPT_LABEL, quote_text=IMG_QUOTE,
                        place_label=JS_URL_LABEL, article_title=BREAKOUT_TITLE)


def data_block(page: str) -> dict:
    """The JSON the page embeds, cut out the way the HTML parser would cut it."""
    start = page.index('<script type="application/json" id="dg-data">')
    start = page.index(">", start) + 1
    return json.loads(page[start:page.index("</script>", start)])


# --- the file itself -------------------------------------------------------


def test_render_writes_one_file_with_no_external_references(tmp_path):
    out = render_html(sample_quads(), tmp_path / "sub" / "graph.html")
    assert out == tmp_path / "sub" / "graph.html"
    page = out.read_text(encoding="utf-8")
    tags_with_urls = re.findall(
        r"<(?:script|link|img|iframe|object|embed|source|audio|video)\b[^>]*"
        r"\b(?:src|href|data)\s*=", page, flags=re.IGNORECASE)
    assert tags_with_urls == []
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", page)
    assert "@import" not in page
    for cdn in ("cdnjs", "jsdelivr", "unpkg", "bootstrap", "sourceMappingURL"):
        assert cdn not in page
    assert "default-src 'none'" in page


def test_page_embeds_every_node_and_edge_with_style_and_legend(tmp_path):
    quads = sample_quads()
    graph = to_networkx(quads)
    page = render_html(quads, tmp_path / "graph.html").read_text(encoding="utf-8")
    data = data_block(page)
    assert [n["id"] for n in data["nodes"]] == list(graph.nodes)
    assert len(data["edges"]) == graph.number_of_edges()
    person = next(n for n in data["nodes"] if n["id"] == str(RUTO))
    assert person["shape"] == "dot" and person["kind"] == "Person"
    assert "Stated by 2 articles" in person["title"]
    assert {e["label"] for e in data["edges"]} >= {"participant", "topic", "speaker"}
    assert data["options"]["layout"]["randomSeed"] == 42
    for kind in ("Person", "State", "Meeting", "MoU", "Quote", "Article"):
        assert f'data-kind="{kind}"' in page


def test_same_quads_give_the_same_bytes(tmp_path):
    quads = sample_quads()
    first = render_html(quads, tmp_path / "a.html").read_bytes()
    second = render_html(list(reversed(quads)), tmp_path / "b.html").read_bytes()
    assert first == second


def test_no_quads_give_an_empty_but_valid_page(tmp_path):
    page = render_html([], tmp_path / "empty.html").read_text(encoding="utf-8")
    assert data_block(page)["nodes"] == []
    assert "0 nodes · 0 links · 0 articles" in page


def test_script_json_cannot_close_the_script_element():
    text = script_json({"x": BREAKOUT_TITLE})
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"x": BREAKOUT_TITLE}


def test_hostile_text_stays_inside_the_data_block(tmp_path):
    page = render_html(hostile_quads(), tmp_path / "evil.html",
                       title="<b>title</b>").read_text(encoding="utf-8")
    assert "window.__pwned=1</script>" not in page
    assert "<img src=x" not in page
    assert "\u2028" not in page and "\u2029" not in page
    assert "<title>&lt;b&gt;title&lt;/b&gt;</title>" in page
    # Only the page's own three script elements close.
    assert page.count("</script") == 3
    labels = {n["label"] for n in data_block(page)["nodes"]}
    assert {SCRIPT_LABEL, JS_URL_LABEL, BREAKOUT_TITLE, f"“{IMG_QUOTE}”"} <= labels


# --- in a real browser -----------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian chromium at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="browser tests need the playwright package")
    with sync_api.sync_playwright() as play:
        chromium = play.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                        args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class OpenedPage:
    """A page loaded from a file, with every non-file request aborted and counted."""

    def __init__(self, browser, path: Path):
        self.external: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 850})
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        self.page.add_init_script(
            "window.__csp = []; document.addEventListener('securitypolicyviolation',"
            " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
        self.page.goto(path.resolve().as_uri())
        # Drawn: the network exists, its canvas has a size, physics has settled.
        self.page.wait_for_function(
            "() => { const c = document.querySelector('#mynetwork canvas');"
            " return window.network && c && c.width > 0 && c.height > 0"
            " && document.body.dataset.ready === '1'; }", timeout=30_000)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            self.external.append(url)
            route.abort()

    def evaluate(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def hover_node(self, node_id: str) -> str:
        """Move the mouse onto a node and return the text of vis's tooltip."""
        where = self.evaluate(
            "id => { const p = network.canvasToDOM(network.getPositions([id])[id]);"
            " const r = document.getElementById('mynetwork').getBoundingClientRect();"
            " return {x: r.left + p.x, y: r.top + p.y}; }", node_id)
        self.page.mouse.move(where["x"] + 40, where["y"] + 40)
        self.page.mouse.move(where["x"], where["y"], steps=4)
        self.page.wait_for_function(
            "() => { const t = document.querySelector('div.vis-tooltip');"
            " return t && t.style.visibility === 'visible'; }", timeout=5_000)
        return self.evaluate("document.querySelector('div.vis-tooltip').textContent")


@pytest.mark.browser
def test_page_draws_offline_with_every_node(browser, tmp_path):
    quads = sample_quads()
    graph = to_networkx(quads)
    opened = OpenedPage(browser, render_html(quads, tmp_path / "graph.html"))
    try:
        assert opened.external == []
        assert opened.evaluate("nodes.length") == graph.number_of_nodes()
        assert opened.evaluate("edges.length") == graph.number_of_edges()
        assert opened.evaluate("window.__csp") == []
        assert opened.errors == []
        tooltip = opened.hover_node(str(MEETING))
        assert "format: one-on-one [Ruto receives Mudavadi; articles/a2.txt]" in tooltip
        # A legend button hides every node of its kind.
        opened.page.click('button[data-kind="Person"]')
        hidden = opened.evaluate("nodes.get({filter: n => n.hidden}).map(n => n.kind)")
        assert hidden == ["Person", "Person"]
        opened.page.screenshot(path=str(tmp_path / "render.png"))
    finally:
        opened.page.close()


@pytest.mark.browser
def test_hostile_text_is_shown_as_text_and_never_runs(browser, tmp_path):
    opened = OpenedPage(browser, render_html(hostile_quads(), tmp_path / "evil.html"))
    try:
        assert opened.external == []
        # Tooltips, built by the page from the title strings, hold no markup
        # (a detached copy: an <img> parsed from data would still load there).
        tips = opened.evaluate(
            "() => { const box = document.createElement('div');"
            " nodes.get().concat(edges.get())"
            "   .forEach(i => box.appendChild(i.title.cloneNode(true)));"
            " return {tags: box.querySelectorAll('*:not(div):not(strong)').length,"
            "         text: box.textContent}; }")
        assert tips["tags"] == 0
        assert SCRIPT_LABEL in tips["text"] and IMG_QUOTE in tips["text"]
        # vis's own hover tooltip shows the text literally.
        for node, shown in ((RUTO, SCRIPT_LABEL), (QUOTE, IMG_QUOTE),
                            (NAIROBI, JS_URL_LABEL)):
            assert shown in opened.hover_node(str(node))
        # The details panel and the search box treat data as text too.
        details = "document.getElementById('dg-details').textContent"
        opened.evaluate("id => network.emit('click', {nodes: [id], edges: []})", str(RUTO))
        assert SCRIPT_LABEL in opened.evaluate(details)
        opened.page.fill("#dg-search", "<img src")  # one match: shown in the panel
        assert opened.evaluate("document.getElementById('dg-found').textContent") == "1 found"
        assert IMG_QUOTE in opened.evaluate(details)
        opened.page.wait_for_timeout(300)  # an injected <img> would fire onerror by now
        assert opened.evaluate("typeof window.__pwned") == "undefined"
        assert opened.evaluate("document.images.length") == 0
        assert opened.evaluate("document.scripts.length") == 3
        assert opened.evaluate("document.querySelectorAll('a, iframe').length") == 0
        assert opened.evaluate("window.__csp") == []
        assert opened.errors == []
    finally:
        opened.page.close()


@pytest.mark.browser
def test_details_panel_lists_article_titles_linking_those_read_from_the_web(browser, tmp_path):
    from rdflib import Literal
    from rdflib.namespace import XSD

    from diplograph.namespaces import DG

    url = "https://news.example/2024/05/01/ruto-mudavadi"
    quads = sample_quads() + [
        (A1, DG.url, Literal(url, datatype=XSD.anyURI), A1),
        (A2, DG.url, Literal("javascript:window.__pwned=1", datatype=XSD.anyURI), A2)]
    opened = OpenedPage(browser, render_html(quads, tmp_path / "links.html"))
    try:
        opened.evaluate("id => network.emit('click', {nodes: [id], edges: []})", str(MEETING))
        items = opened.evaluate(
            "Array.from(document.querySelectorAll('#dg-details ul.dg-articles li'))"
            ".map(li => li.textContent)")
        assert items == ["Ruto receives Mudavadi", "articles/a2.txt"]
        links = opened.evaluate(
            "Array.from(document.querySelectorAll('#dg-details a'))"
            ".map(a => [a.textContent, a.getAttribute('href'), a.rel, a.target])")
        # The javascript: address of the second article is never a link.
        assert links == [["Ruto receives Mudavadi", url, "noopener noreferrer", "_blank"]]
        assert opened.external == [] and opened.errors == []
    finally:
        opened.page.close()
