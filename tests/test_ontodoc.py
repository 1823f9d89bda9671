"""The ontology's documentation (docs/ontology.html) and README diagram, generated from
ontology/diplograph.ttl by tools/make_ontology_docs.py."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib.namespace import OWL, RDF

from diplograph.namespaces import DG
from diplograph.ontodoc import (
    README_END,
    README_START,
    mermaid_diagram,
    ontology_html,
    readme_with_diagram,
    terms,
)
from diplograph.ontology import ontology_graph

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "ontology.html"
CHROMIUM = Path("/usr/bin/chromium")


class _Sections(HTMLParser):
    """Collects the ids of the term sections and every URL the page would load."""

    def __init__(self):
        super().__init__()
        self.ids: list[str] = []
        self.loads: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and "term" in (attrs.get("class") or ""):
            self.ids.append(attrs["id"])
        if tag == "script":
            self.scripts += 1
        for name in ("src", "srcset"):
            if attrs.get(name):
                self.loads.append(attrs[name])
        if tag == "link" and attrs.get("href"):
            self.loads.append(attrs["href"])


def _dg_terms() -> set[str]:
    graph = ontology_graph()
    return {str(s)[len(str(DG)):] for kind in (OWL.Class, OWL.ObjectProperty,
                                               OWL.DatatypeProperty)
            for s in graph.subjects(RDF.type, kind) if str(s).startswith(str(DG))}


def test_page_documents_every_class_and_property_once():
    parser = _Sections()
    parser.feed(ontology_html())
    assert sorted(parser.ids) == sorted(_dg_terms())
    assert len(parser.ids) == len(set(parser.ids))


def test_page_shows_labels_comments_domains_and_ranges():
    page = ontology_html()
    for term in terms():
        assert term.label and term.label.replace("&", "&amp;") in page, term.name
        assert term.comment, f"dg:{term.name} has no comment to show"
    participant = page[page.index('id="participant"'):]
    participant = participant[:participant.index("</section>")]
    assert 'href="#Meeting"' in participant and 'href="#Person"' in participant
    meeting = page[page.index('id="Meeting"'):]
    meeting = meeting[:meeting.index("</section>")]
    # What a meeting inherits from dg:Event is listed with it.
    assert "<dt>inherited</dt>" in meeting and 'href="#date"' in meeting
    coding = page[page.index('id="cameoCode"'):]
    coding = coding[:coding.index("</section>")]
    # A union domain lists each class.
    assert all(f'href="#{c}"' in coding for c in ("Event", "Agreement", "EventCoding"))


def test_page_loads_nothing_and_runs_no_script():
    parser = _Sections()
    parser.feed(ontology_html())
    assert parser.scripts == 0 and parser.loads == []
    assert "default-src 'none'" in ontology_html()


def test_diagram_has_every_class_subclass_and_contract_link():
    diagram = mermaid_diagram()
    assert diagram.startswith("classDiagram\n")
    graph = ontology_graph()
    classes = {str(s)[len(str(DG)):] for s in graph.subjects(RDF.type, OWL.Class)
               if str(s).startswith(str(DG))}
    for name in classes:
        assert f"    class {name}" in diagram, name
    for line in ("Event <|-- Meeting", "Agreement <|-- MoU", "Meeting --> Person : participant",
                 "Visit --> State : hostState", "Event --> EventCoding : coding"):
        assert f"    {line}\n" in diagram
    assert "string sourceActor" in diagram and "date startDate" in diagram


def test_readme_block_is_replaced_between_the_markers_only():
    text = f"intro\n{README_START}\nold\n{README_END}\noutro\n"
    new = readme_with_diagram(text, "classDiagram\n")
    assert new == f"intro\n{README_START}\n```mermaid\nclassDiagram\n```\n{README_END}\noutro\n"
    assert readme_with_diagram("no markers", "x") == "no markers"


def test_committed_page_and_readme_diagram_match_the_ontology():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "make_ontology_docs.py"),
                             "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert README_START in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.browser
def test_page_opens_offline_in_chromium_with_every_term_visible():
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian chromium at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api")
    external: list[str] = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith("file:"):
            request_route.continue_()
        else:
            external.append(url)
            request_route.abort()

    with sync_api.sync_playwright() as play:
        browser = play.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                       args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.route("**/*", route)
            page.goto(PAGE.resolve().as_uri())
            count = page.evaluate("document.querySelectorAll('section.term').length")
            page.click("nav a[href='#participant']")
            target = page.evaluate("location.hash")
        finally:
            browser.close()
    assert count == len(_dg_terms()) and target == "#participant" and external == []
