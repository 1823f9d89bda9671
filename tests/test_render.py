"""render_html: the explorer as one offline HTML page, safe against hostile article text.

The browser tests open the page in the real Debian chromium, abort and count
every request that is not for the file itself, and look at what the page
built: the vis DataSets, the canvas, the tooltip, the controls and the
details panel.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from diplograph.explorer import build_explorer
from diplograph.render import render_html, script_json

try:  # pytest puts tests/ on sys.path (rootdir without __init__.py)
    import test_explorer as ex
    from test_network import A1, A2, MEETING, NAIROBI, QUOTE, RUTO, sample_quads
except ImportError:  # pragma: no cover - when tests/ becomes a package
    from tests import test_explorer as ex
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


def hostile_explorer_quads() -> list[tuple]:
    """The explorer sample with a hostile name, quote, sentence, title and source."""
    return ex.explorer_quads(person_label=SCRIPT_LABEL, quote_text=IMG_QUOTE,
                             evidence=BREAKOUT_TITLE, title=SCRIPT_LABEL,
                             source=JS_URL_LABEL)


def shown_iris(opened) -> list[str]:
    """IRIs of the nodes the page currently draws, sorted (articles as "a" + number)."""
    return sorted(opened.evaluate(
        "nodes.getIds().map(i => typeof i === 'string' ? i : dgIri(i))"))


def data_block(page: str) -> dict:
    """The JSON the page embeds, cut out the way the HTML parser would cut it."""
    start = page.index('<script type="application/json" id="dg-data">')
    start = page.index(">", start) + 1
    return json.loads(page[start:page.index("</script>", start)])


# --- the file itself -------------------------------------------------------


def test_render_writes_one_file_with_no_external_references(tmp_path):
    out = render_html(ex.explorer_quads(), tmp_path / "sub" / "graph.html")
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


def test_page_holds_each_node_sentence_and_article_once(tmp_path):
    quads = ex.explorer_quads()
    model = build_explorer(quads)
    page = render_html(quads, tmp_path / "graph.html").read_text(encoding="utf-8")
    data = data_block(page)
    iris = [n["i"].replace("dgr:", data["base"], 1) for n in data["nodes"]]
    assert iris == list(model.nodes)
    assert all(isinstance(n["x"], float | int) and isinstance(n["y"], float | int)
               for n in data["nodes"])
    assert len(data["links"]) == len(model.links)
    # No duplicated data: a sentence behind two events, a title behind many facts.
    assert page.count(ex.SENTENCE_2023) == 1
    assert page.count("Valda and Ornia talk") == 1
    assert data["articles"][1] == ["Valda and Ornia talk", ex.URL, ex.URL, ""]
    for kind in ("Person", "State", "Meeting", "Visit", "Agreement"):
        assert f'class="dg-class" data-kind="{kind}"' in page
    for kind in ("Quote", "Topic", "Position", "Place", "Article"):
        assert f'class="dg-detail" data-kind="{kind}"' in page
    assert "4 persons · 3 states · 5 events · 2 articles" in page


def test_same_quads_give_the_same_bytes(tmp_path):
    quads = ex.explorer_quads()
    first = render_html(quads, tmp_path / "a.html").read_bytes()
    second = render_html(list(reversed(quads)), tmp_path / "b.html").read_bytes()
    assert first == second


def test_no_quads_give_an_empty_but_valid_page(tmp_path):
    page = render_html([], tmp_path / "empty.html").read_text(encoding="utf-8")
    assert data_block(page)["nodes"] == []
    assert "0 persons · 0 states · 0 events · 0 articles" in page


def test_subgraph_options_cut_what_the_page_holds(tmp_path):
    def persons(**options) -> set[str]:
        page = render_html(ex.explorer_quads(), tmp_path / "cut.html", **options)
        data = data_block(page.read_text(encoding="utf-8"))
        return {n["l"] for n in data["nodes"] if n["k"] == "Person"}

    assert persons(person="elin", hops=1) == {"Elin Mors", "Boris Tamm"}
    assert persons(state="Kestria") == {"Elin Mors", "Boris Tamm"}
    assert persons(date_from="2023-01-01") == {"Ada Veln", "Cora Lund"}
    assert persons(date_to="2019-12-31") == {"Ada Veln", "Boris Tamm"}


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
    data = data_block(page)
    assert {SCRIPT_LABEL, JS_URL_LABEL} <= {n["l"] for n in data["nodes"]}
    assert IMG_QUOTE in {n.get("t") for n in data["nodes"]}
    assert BREAKOUT_TITLE in {a[0] for a in data["articles"]}


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

    def __init__(self, browser, path: Path, timeout: int = 30_000):
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
        # Drawn: the network exists, its canvas has a size, the first frame is done.
        self.page.wait_for_function(
            "() => { const c = document.querySelector('#mynetwork canvas');"
            " return window.network && c && c.width > 0 && c.height > 0"
            " && document.body.dataset.ready === '1'; }", timeout=timeout)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            self.external.append(url)
            route.abort()

    def evaluate(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def index(self, iri) -> int:
        """The page's node number of an IRI (articles drawn as nodes are "a" + number)."""
        return self.evaluate("iri => dgData.nodes.findIndex((n, i) => dgIri(i) === iri)",
                             str(iri))

    def click_node(self, iri) -> None:
        self.evaluate("id => void network.emit('click', {nodes: [id], edges: []})",
                      self.index(iri))

    def set_years(self, first: int, last: int) -> None:
        """Move the two year handles as a person would, then wait for the redraw."""
        self.evaluate(
            "([a, b]) => { for (const [id, v] of [['dg-year-from', a], ['dg-year-to', b]]) {"
            " const box = document.getElementById(id); box.value = String(v);"
            " box.dispatchEvent(new Event('input', {bubbles: true})); } }", [first, last])
        self.page.wait_for_timeout(100)  # the page redraws on the next animation frame

    def details(self) -> str:
        return self.evaluate("document.getElementById('dg-details').textContent")

    def hover_node(self, iri) -> str:
        """Move the mouse onto a node and return the text of the page's tooltip."""
        where = self.evaluate(
            "id => { const p = network.canvasToDOM(network.getPositions([id])[id]);"
            " const r = document.getElementById('mynetwork').getBoundingClientRect();"
            " return {x: r.left + p.x, y: r.top + p.y}; }", self.index(iri))
        self.page.mouse.move(where["x"] + 60, where["y"] + 60)
        self.page.mouse.move(where["x"], where["y"], steps=4)
        self.page.wait_for_function("() => !document.getElementById('dg-tip').hidden",
                                    timeout=5_000)
        return self.evaluate("document.getElementById('dg-tip').textContent")


def _store_with(quads, folder: Path):
    from diplograph.stores.embedded import EmbeddedStore

    store = EmbeddedStore(folder)
    by_graph: dict = {}
    for s, p, o, g in quads:
        by_graph.setdefault(g, []).append((s, p, o))
    for g, triples in by_graph.items():
        store.replace_graph(g, triples)
    return store


@pytest.mark.browser
def test_page_draws_offline_with_the_graphs_persons_and_states(browser, tmp_path):
    store = _store_with(ex.explorer_quads(), tmp_path / "store")
    try:
        # Counted by SPARQL, not by the code under test: persons and states some article names.
        count = store.query("""
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
              VALUES ?class { dg:Person dg:State } ?x a ?class .
              GRAPH ?g { ?g a dg:Article . { ?x ?p ?o } UNION { ?s ?p ?x } } }""").rows[0][0]
        out = render_html(store.quads(), tmp_path / "graph.html")
        graph = build_explorer(store.quads()).graph()
    finally:
        store.close()
    opened = OpenedPage(browser, out)
    try:
        assert opened.external == []
        assert opened.evaluate("nodes.length") == int(count) == graph.number_of_nodes() == 7
        assert opened.evaluate("edges.length") == graph.number_of_edges()
        assert opened.evaluate("window.__csp") == []
        assert opened.errors == []
        tip = opened.hover_node(ex.ADA)
        assert "Ada Veln" in tip and "Person · Valda · 2 events" in tip
        opened.page.screenshot(path=str(tmp_path / "render.png"))
    finally:
        opened.page.close()


@pytest.mark.browser
def test_search_focuses_the_named_node(browser, tmp_path):
    opened = OpenedPage(browser, render_html(ex.explorer_quads(), tmp_path / "graph.html"))
    try:
        opened.page.fill("#dg-search", "tamm")
        assert opened.evaluate("document.getElementById('dg-found').textContent") == "1 found"
        assert opened.evaluate("network.getSelectedNodes()") == [opened.index(ex.BORIS)]
        assert opened.evaluate("document.querySelector('#dg-details h3').textContent") \
            == "Boris Tamm"
        # The view is centred on the node.
        offset = opened.evaluate(
            "id => { const p = network.canvasToDOM(network.getPositions([id])[id]);"
            " const c = document.getElementById('mynetwork');"
            " return [p.x - c.clientWidth / 2, p.y - c.clientHeight / 2]; }",
            opened.index(ex.BORIS))
        assert abs(offset[0]) < 3 and abs(offset[1]) < 3
        opened.page.fill("#dg-search", "veln")  # an alias finds the person too
        assert opened.evaluate("network.getSelectedNodes()") == [opened.index(ex.ADA)]
        assert opened.errors == []
    finally:
        opened.page.close()


@pytest.mark.browser
def test_class_and_state_filters_hide_what_they_should(browser, tmp_path):
    opened = OpenedPage(browser, render_html(ex.explorer_quads(), tmp_path / "graph.html"))
    try:
        everyone = shown_iris(opened)
        assert len(everyone) == 7
        opened.page.uncheck('input.dg-class[data-kind="Person"]')
        assert shown_iris(opened) == sorted(map(str, (ex.KESTRIA, ex.ORNIA, ex.VALDA)))
        # What is left of the links: the agreement between the two states.
        assert opened.evaluate("edges.get().map(e => [e.from, e.to].sort())") == [
            sorted([opened.index(ex.ORNIA), opened.index(ex.VALDA)])]
        opened.page.check('input.dg-class[data-kind="Person"]')
        opened.page.uncheck('input.dg-class[data-kind="Agreement"]')
        assert len(shown_iris(opened)) == 7
        first, second = sorted((opened.index(ex.ORNIA), opened.index(ex.VALDA)))
        assert f"p{first}-{second}" not in opened.evaluate("edges.getIds()")
        opened.page.check('input.dg-class[data-kind="Agreement"]')
        # A state: its people, its and their events, and whoever else took part.
        opened.page.select_option("#dg-state", str(opened.index(ex.KESTRIA)))
        assert shown_iris(opened) == sorted(map(str, (ex.BORIS, ex.ELIN, ex.KESTRIA,
                                                       ex.ORNIA)))
        opened.page.select_option("#dg-state", "")
        assert shown_iris(opened) == everyone
        assert opened.errors == []
    finally:
        opened.page.close()


@pytest.mark.browser
def test_date_slider_hides_out_of_range_events(browser, tmp_path):
    opened = OpenedPage(browser, render_html(ex.explorer_quads(), tmp_path / "graph.html"))
    try:
        ada, boris, cora = (opened.index(p) for p in (ex.ADA, ex.BORIS, ex.CORA))
        pairs = "edges.get({filter: e => !String(e.id).startsWith('m')}).map(e => [e.from, e.to])"
        assert [min(ada, boris), max(ada, boris)] in opened.evaluate(pairs)
        opened.set_years(2022, 2023)
        assert opened.evaluate("document.getElementById('dg-years-shown').textContent") \
            == "2022–2023"
        assert [min(ada, boris), max(ada, boris)] not in opened.evaluate(pairs)
        assert [min(ada, cora), max(ada, cora)] in opened.evaluate(pairs)
        assert str(ex.BORIS) not in shown_iris(opened)  # no event of his in those years
        # As event nodes: only the 2023 meeting and visit are left.
        opened.page.check("#dg-event-nodes")
        events = opened.evaluate("nodes.get({filter: n => ['Meeting', 'Visit', 'Agreement']"
                                 ".includes(dgData.nodes[n.id].k)}).map(n => dgIri(n.id))")
        assert sorted(events) == sorted([str(ex.M2023), str(ex.VISIT)])
        opened.set_years(2019, 2023)
        assert len(opened.evaluate("nodes.get({filter: n => dgData.nodes[n.id].k"
                                   " === 'Meeting'})")) == 3
        assert opened.errors == []
    finally:
        opened.page.close()


@pytest.mark.browser
def test_click_highlights_the_neighbourhood_and_cites_each_fact(browser, tmp_path):
    opened = OpenedPage(browser, render_html(ex.explorer_quads(), tmp_path / "graph.html"))
    try:
        opened.click_node(ex.ADA)
        faded = opened.evaluate("nodes.get({filter: n => n.color.background === '#e4e7eb'})"
                                ".map(n => dgIri(n.id))")
        # Ada met Boris and Cora and holds an office of Valda; the rest fades.
        assert sorted(faded) == sorted(map(str, (ex.ELIN, ex.KESTRIA, ex.ORNIA)))
        text = opened.details()
        assert ex.SENTENCE_2019 in text and ex.SENTENCE_2023 in text
        assert "We build bridges" in text and "Trade is growing" in text
        assert "President of Valda" in text
        links = opened.evaluate("[...document.querySelectorAll('#dg-details a')]"
                                ".map(a => [a.textContent, a.href, a.rel])")
        assert ["Valda and Ornia talk", ex.URL, "noopener noreferrer"] in links
        # A link between two people lists the events behind it with their sentences.
        ada, boris = sorted((opened.index(ex.ADA), opened.index(ex.BORIS)))
        opened.evaluate("id => void network.emit('click', {nodes: [], edges: [id]})",
                        f"p{ada}-{boris}")
        assert ex.SENTENCE_2019 in opened.details()
        assert "Leaders meet in 2019" in opened.details()
        # Clicking empty space brings every colour back.
        opened.evaluate("void network.emit('click', {nodes: [], edges: []})")
        assert opened.evaluate("nodes.get({filter: n => n.color.background === '#e4e7eb'})"
                               ".length") == 0
        assert opened.errors == []
    finally:
        opened.page.close()


@pytest.mark.browser
def test_quotes_topics_and_events_switch_on_as_nodes(browser, tmp_path):
    opened = OpenedPage(browser, render_html(ex.explorer_quads(), tmp_path / "graph.html"))
    try:
        opened.page.click("#dg-more summary")
        opened.page.check('input.dg-detail[data-kind="Quote"]')
        assert {str(ex.QUOTE_OLD), str(ex.QUOTE_NEW)} <= set(shown_iris(opened))
        opened.page.check('input.dg-detail[data-kind="Topic"]')
        assert str(ex.TRADE) in shown_iris(opened)  # tied to the agreement's parties
        opened.page.check("#dg-event-nodes")
        assert {str(ex.M2019), str(ex.M2021), str(ex.M2023), str(ex.VISIT),
                str(ex.DEAL)} <= set(shown_iris(opened))
        assert len(shown_iris(opened)) == 7 + 5 + 2 + 1
        # Articles too: a node each, its details name where it was read from.
        opened.page.check('input.dg-detail[data-kind="Article"]')
        assert {"a0", "a1"} <= set(opened.evaluate("nodes.getIds()"))
        opened.evaluate("void network.emit('click', {nodes: ['a1'], edges: []})")
        assert "Valda and Ornia talk" in opened.details()
        assert opened.evaluate("document.querySelector('#dg-details a').href") == ex.URL
        assert "Meeting of Ada and Cora" in opened.details()
        assert opened.errors == []
    finally:
        opened.page.close()


@pytest.mark.browser
@pytest.mark.parametrize("make", [hostile_quads, hostile_explorer_quads])
def test_hostile_text_is_shown_as_text_and_never_runs(browser, tmp_path, make):
    opened = OpenedPage(browser, render_html(make(), tmp_path / "evil.html"))
    try:
        assert opened.external == []
        person = RUTO if make is hostile_quads else ex.ADA
        assert SCRIPT_LABEL in opened.hover_node(person)
        # Every view: event nodes and every detail kind switched on.
        opened.page.click("#dg-more summary")
        opened.page.check("#dg-event-nodes")
        for box in opened.page.query_selector_all("input.dg-detail"):
            box.check()
        tip = ("id => { network.emit('hoverNode', {node: id, pointer: {DOM: {x: 5, y: 5}}});"
               " return document.getElementById('dg-tip').textContent; }")
        if make is hostile_quads:
            assert IMG_QUOTE in opened.evaluate(tip, opened.index(QUOTE))
            assert JS_URL_LABEL in opened.evaluate(tip, opened.index(NAIROBI))
            assert BREAKOUT_TITLE in opened.evaluate(tip, "a0")  # an article node
        else:
            assert IMG_QUOTE in opened.evaluate(tip, opened.index(ex.QUOTE_OLD))
            opened.evaluate("void network.emit('click', {nodes: ['a1'], edges: []})")
            assert SCRIPT_LABEL in opened.details() and JS_URL_LABEL in opened.details()
        # The details panel and the search box treat data as text too.
        opened.click_node(person)
        text = opened.details()
        assert SCRIPT_LABEL in text and IMG_QUOTE in text
        if make is hostile_explorer_quads:
            assert " ".join(BREAKOUT_TITLE.split()) in text  # the sentence, spaces evened
        opened.page.fill("#dg-search", "<script")
        assert opened.evaluate("document.getElementById('dg-found').textContent") == "1 found"
        opened.page.wait_for_timeout(300)  # an injected <img> would fire onerror by now
        assert opened.evaluate("typeof window.__pwned") == "undefined"
        assert opened.evaluate("document.images.length") == 0
        assert opened.evaluate("document.scripts.length") == 3
        # No link: the hostile source is no http(s) URL.
        assert opened.evaluate("document.querySelectorAll('a, iframe').length") == 0
        assert opened.evaluate("window.__csp") == []
        assert opened.errors == []
        assert opened.external == []
    finally:
        opened.page.close()


@pytest.mark.browser
def test_a_5000_node_graph_opens_with_every_node(browser, tmp_path):
    from diplograph.synthetic import synthetic_quads

    quads = synthetic_quads()
    graph = build_explorer(quads).graph()
    out = render_html(quads, tmp_path / "big.html")
    opened = OpenedPage(browser, out, timeout=120_000)
    try:
        assert opened.evaluate("nodes.length") == graph.number_of_nodes() == 5000
        assert opened.evaluate("edges.length") == graph.number_of_edges()
        name = graph.nodes[str(ex.DGR["person/p01234"])]["label"]
        opened.page.fill("#dg-search", name)
        assert opened.evaluate("network.getSelectedNodes()") == [
            opened.index(ex.DGR["person/p01234"])]
        assert opened.errors == [] and opened.external == []
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
        # The meeting, drawn as a node, lists the two articles that report it.
        opened.page.check("#dg-event-nodes")
        opened.click_node(MEETING)
        items = opened.evaluate(
            "Array.from(document.querySelectorAll('#dg-details ul.dg-articles li'))"
            ".map(li => li.textContent)")
        assert items == ["Ruto receives Mudavadi", "articles/a2.txt"]
        links = opened.evaluate(
            "Array.from(document.querySelectorAll('#dg-details a'))"
            ".map(a => [a.textContent, a.getAttribute('href'), a.rel, a.target])")
        # The javascript: address of the second article is never a link.
        assert links and all(link == ["Ruto receives Mudavadi", url, "noopener noreferrer",
                                      "_blank"] for link in links)
        assert opened.external == [] and opened.errors == []
    finally:
        opened.page.close()
