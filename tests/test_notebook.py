"""The notebook API: DataFrames from named queries, the store as an rdflib Dataset and as
networkx, and the network drawn inline (checked in the real chromium)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from rdflib.namespace import RDF, XSD
from research_sample import (
    A1,
    A2,
    KE,
    M1,
    MUSHI,
    ODHIAMBO,
    TZ,
    article_one,
    article_two,
    background,
)

import diplograph
from diplograph.errors import DiplographError, QueryError
from diplograph.namespaces import BACKGROUND_GRAPH, DG, DGR
from diplograph.stores.embedded import EmbeddedStore

pd = pytest.importorskip("pandas")

# rdflib's own parsers use its deprecated ConjunctiveGraph internally; not our concern.
pytestmark = pytest.mark.filterwarnings("ignore:.*is deprecated:DeprecationWarning:rdflib")

CHROMIUM = Path("/usr/bin/chromium")
UNDATED = DGR["agreement/undated"]


@pytest.fixture(scope="module")
def location(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("notebook") / "store"
    with EmbeddedStore(folder) as store:
        store.replace_graph(A1, article_one())
        store.replace_graph(A2, article_two())
        store.replace_graph(BACKGROUND_GRAPH, background())
        # An undated agreement: "first" and "last" stay the dated extremes.
        store.replace_graph(DGR["article/t3"], [
            (DGR["article/t3"], RDF.type, DG.Article),
            (UNDATED, RDF.type, DG.Agreement), (UNDATED, DG.party, KE), (UNDATED, DG.party, TZ)])
    return str(folder)


def test_a_named_query_with_parameters_as_a_dataframe(location):
    frame = diplograph.dataframe(location, "meeting-pairs", status="all")
    assert list(frame.columns) == ["person1", "name1", "person2", "name2", "meetings", "first",
                                   "last"]
    assert frame["meetings"].tolist() == [2, 1, 1]
    assert frame.loc[0, "person1"] == str(ODHIAMBO)
    assert str(frame["first"].dtype).startswith("datetime64")
    assert frame.loc[0, "first"] == pd.Timestamp("2023-03-01")


def test_parameters_as_python_values_and_keywords(location):
    store = diplograph.open_store(location)
    try:
        later = diplograph.dataframe(store, "meetings", from_=dt.date(2023, 5, 1))
        assert later["meeting"].tolist() == [str(DGR["meeting/m2"]), str(DGR["meeting/m3"])]
        mapped = diplograph.dataframe(store, "corroboration", {"min": 2})
        assert mapped["fact"].tolist() == [str(M1)]
        with pytest.raises(QueryError, match="from expects a date"):
            diplograph.dataframe(store, "meetings", from_="soon")
    finally:
        store.close()


def test_undated_events_leave_first_and_last_to_the_dated_ones(location):
    frame = diplograph.dataframe(location, "agreements-by-state")
    kenya = frame[frame["stateLabel"] == "Kenya"].iloc[0]
    assert kenya["agreements"] == 3
    assert (kenya["first"], kenya["last"]) == (pd.Timestamp("2022-11-15"),
                                               pd.Timestamp("2023-03-01"))
    only_undated = diplograph.dataframe(
        location, "SELECT (xsd:date(MIN(?x)) AS ?d) WHERE { VALUES ?x { '~' } }".replace(
            "xsd:date", f"<{XSD.date}>"))
    assert only_undated["d"].isna().all()


def test_ask_and_construct_results_as_dataframes(location):
    ask = diplograph.dataframe(location, f"ASK {{ ?m a <{DG.Meeting}> }}")
    assert ask["result"].tolist() == [True]
    triples = diplograph.dataframe(
        location, f"CONSTRUCT {{ ?m <{DG.date}> ?d }} WHERE {{ ?m <{DG.date}> ?d }}")
    assert list(triples.columns) == ["subject", "predicate", "object"]
    assert dt.date(2023, 3, 1) in triples["object"].tolist()


def test_without_pandas_the_error_says_what_to_install(location, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(DiplographError, match=r"diplograph\[notebook\]"):
        diplograph.dataframe(location, "meetings")


def test_the_store_as_an_rdflib_dataset(location):
    dataset = diplograph.to_dataset(location)
    graphs = {g.identifier: g for g in dataset.graphs() if len(g)}
    assert set(graphs) == {A1, A2, DGR["article/t3"], BACKGROUND_GRAPH}
    assert set(graphs[A1]) == set(article_one())
    assert set(graphs[BACKGROUND_GRAPH]) == set(background())
    articles = diplograph.to_dataset(location, articles_only=True)
    assert BACKGROUND_GRAPH not in {g.identifier for g in articles.graphs() if len(g)}
    # SPARQL over a named graph, as rdflib users write it.
    rows = list(dataset.query(
        f"SELECT ?g WHERE {{ GRAPH ?g {{ <{M1}> a <{DG.Meeting}> }} }} ORDER BY ?g"))
    assert [row.g for row in rows] == [A1, A2]


def test_the_store_as_networkx(location):
    full = diplograph.to_networkx(location)
    assert full.is_multigraph() and str(M1) in full
    assert full.nodes[str(MUSHI)]["label"] == "Neema Mushi"
    persons = diplograph.to_networkx(location, project="person")
    assert persons.edges[str(ODHIAMBO), str(MUSHI)]["meetings"] == 2
    states = diplograph.to_networkx(location, project="state", statuses=("all",))
    assert states.edges[str(KE), str(TZ)]["agreements"] == 2  # with the undated one


def test_show_returns_an_inline_sandboxed_page(location, tmp_path):
    view = diplograph.show(location, height=500)
    markup = view._repr_html_()
    assert markup.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in markup
    assert "height:500px" in markup and "<script" not in markup  # all of it escaped
    saved = view.save(tmp_path / "net.html")
    assert saved.read_text(encoding="utf-8") == view.page
    assert "Neema Mushi" in view.page


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian chromium at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="browser tests need the playwright package")
    with sync_api.sync_playwright() as play:
        chromium = play.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                        args=["--no-sandbox", "--disable-gpu"])
        yield chromium
        chromium.close()


@pytest.mark.browser
def test_show_draws_the_network_inline_offline(browser, location, tmp_path):
    # What Jupyter does with _repr_html_: put the markup into the notebook page.
    notebook = tmp_path / "notebook.html"
    notebook.write_text("<!doctype html><html><body><h1>cell output</h1>"
                        + diplograph.show(location)._repr_html_() + "</body></html>",
                        encoding="utf-8")
    external: list[str] = []
    page = browser.new_page(viewport={"width": 1200, "height": 900})

    def route(request_route):
        if request_route.request.url.startswith(("file:", "data:", "blob:", "about:")):
            request_route.continue_()
        else:
            external.append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    try:
        page.goto(notebook.as_uri())
        page.wait_for_function(
            "() => { const f = document.querySelector('iframe');"
            " const c = f && f.contentDocument === null;"  # sandboxed: the notebook can't reach in
            " return c; }", timeout=10_000)
        frame = next(f for f in page.frames if f != page.main_frame)
        frame.wait_for_function(
            "() => { const c = document.querySelector('canvas');"
            " return c && c.width > 0 && c.height > 0; }", timeout=30_000)
        labels = frame.evaluate("document.body.textContent")
        assert "Person" in labels  # the legend
        assert external == []
    finally:
        page.close()
