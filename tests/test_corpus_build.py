"""Building a real mixed corpus: HTML pages, JSON Lines, JSON, CSV and text in one folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from diplograph.ingest import build
from diplograph.queries import run_query
from diplograph.stores import open_store

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
PAGE = CORPUS / "pages" / "pretoria-talks.html"
JSONL = CORPUS / "dumps" / "scraped.jsonl"
FRENCH = CORPUS / "texts" / "communique-fr.txt"

SUMMARY = ("13 read, 9 added, 0 unchanged, 4 skipped [csv: 3 read, 2 added, 1 skipped; "
           "html: 2 read, 2 added; json: 1 read, 1 added; jsonl: 5 read, 3 added, 2 skipped; "
           "text: 2 read, 1 added, 1 skipped]")

ARTICLES = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?source ?label ?url ?headline ?publisher ?published ?author WHERE {
  GRAPH ?a { ?a a dg:Article ; dg:source ?source ; rdfs:label ?label .
    OPTIONAL { ?a dg:url ?url } OPTIONAL { ?a dg:headline ?headline }
    OPTIONAL { ?a dg:published ?published }
    OPTIONAL { ?a dg:publisher/rdfs:label ?publisher }
    OPTIONAL { ?a dg:author/rdfs:label ?author } }
}"""


def cli(*args: str, env: dict | None = None):
    return subprocess.run([sys.executable, "-m", "diplograph.cli", *args], check=False,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp):
    """The test corpus built once into an embedded store, with every progress message."""
    folder = tmp_path_factory.mktemp("corpus") / "store"
    messages: list[tuple[str, str]] = []
    report = build([CORPUS], str(folder), nlp=nlp,
                   progress=lambda source, outcome: messages.append((source, outcome)))
    return folder, report, messages


@pytest.fixture
def store(built):
    opened = open_store(str(built[0]))
    yield opened
    opened.close()


def articles(store) -> dict[str, dict]:
    found = {}
    for row in store.query(ARTICLES).dicts():
        source = str(row["source"]).removeprefix(str(CORPUS) + "/")
        found[source] = {k: None if v is None else v for k, v in row.items()}
    return found


def test_every_good_article_is_built_and_counted_per_format(built):
    _, report, _ = built
    assert report.summary() == SUMMARY
    assert report.by_format["jsonl"]["skipped"] == 2


def test_each_bad_record_is_skipped_with_one_line_naming_file_and_record(built):
    _, report, _ = built
    reasons = dict(report.skipped)
    assert set(reasons) == {f"{CORPUS}/dumps/gdelt-style.csv#3", f"{JSONL}#3", f"{JSONL}#5",
                            str(FRENCH)}
    for source, reason in reasons.items():
        assert reason.startswith(source + ": ") and "\n" not in reason
    assert "written in French (fr), not English" in reasons[str(FRENCH)]


def test_articles_carry_url_headline_publisher_date_and_local_source(store):
    found = articles(store)
    assert len(found) == 9
    page = found["pages/pretoria-talks.html"]
    assert page["url"] == Literal(
        "https://veldcourier.example/world/2023/08/ramaphosa-lula-trade", datatype=XSD.anyURI)
    assert str(page["headline"]) == "Ramaphosa and Lula pledge to double trade"
    assert str(page["label"]) == "Ramaphosa and Lula pledge to double trade (2023-08-21)"
    assert str(page["publisher"]) == "The Veld Courier"
    assert str(page["published"]) == "2023-08-21"
    assert str(page["author"]) == "Thandi Mokoena"
    record = found["dumps/scraped.jsonl#1"]
    assert str(record["url"]) == "https://rifttimes.example/news/2024/02/02/border-post"
    assert str(record["publisher"]) == "The Rift Times"
    assert str(record["author"]) == "Amina Otieno"
    row = found["dumps/gdelt-style.csv#2"]
    assert (str(row["headline"]), str(row["published"])) == (
        "Ramaphosa and Lula speak by phone", "2023-06-12")
    text = found["texts/nairobi-summit.txt"]
    assert text["url"] is None and text["headline"] is None
    assert str(text["label"]) == "nairobi-summit.txt (2023-09-04)"
    assert found["dumps/scraped.jsonl#6"]["url"] is None  # javascript: never stored


def test_no_label_or_text_in_the_store_carries_markup(store):
    for _, _, obj, _ in store.quads():
        if isinstance(obj, Literal):
            assert "<script" not in obj and "onerror" not in obj and "alert(" not in obj, obj


def test_meeting_sources_show_titles_and_links(store):
    rows = list(run_query(store, "meeting-sources").dicts())
    cells = {str(row["label"]): str(row["articles"]) for row in rows}
    assert cells["Meeting of Cyril Ramaphosa and Luiz Inácio Lula da Silva, 2023-08-21"] == (
        "Ramaphosa and Lula pledge to double trade (2023-08-21) "
        "<https://veldcourier.example/world/2023/08/ramaphosa-lula-trade>")
    assert cells["Meeting of Cyril Ramaphosa and William Ruto, 2023-09-04"] == (
        "nairobi-summit.txt (2023-09-04)")


def test_building_the_corpus_again_changes_nothing(built, nlp):
    folder, _, _ = built
    again = build([CORPUS], str(folder), nlp=nlp)
    assert again.summary() == (
        "13 read, 0 added, 9 unchanged, 4 skipped [csv: 3 read, 2 unchanged, 1 skipped; "
        "html: 2 read, 2 unchanged; json: 1 read, 1 unchanged; "
        "jsonl: 5 read, 3 unchanged, 2 skipped; text: 2 read, 1 unchanged, 1 skipped]")


def test_cli_skips_bad_records_on_stderr_and_exits_2_unless_skip_bad(tmp_path):
    store = str(tmp_path / "store")
    dump = tmp_path / "dump.jsonl"
    dump.write_text(JSONL.read_text(encoding="utf-8").splitlines()[2] + "\n"
                    + json.dumps({"story": "Kenyan President William Ruto met Tanzanian "
                                  "President Samia Suluhu Hassan in Arusha on Friday.",
                                  "when": "2024-02-02", "address": "https://a.example/1",
                                  "heading": "Arusha talks"}) + "\n")
    result = cli("build", str(dump), "--store", store, "--text-field", "story",
                 "--date-field", "when", "--url-field", "address", "--title-field", "heading")
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        f"diplograph: skipped {dump}#1: not valid JSON (Unterminated string starting at "
        "column 53)"]
    assert f"added     {dump}#2" in result.stdout
    assert "2 read, 1 added, 0 unchanged, 1 skipped [jsonl: 2 read, 1 added, 1 skipped]" \
        in result.stdout
    sources = cli("query", "meeting-sources", "--format", "csv", "--store", store)
    assert "Arusha talks (2024-02-02) <https://a.example/1>" in sources.stdout
    again = cli("build", str(dump), "--store", store, "--skip-bad", "--quiet")
    assert again.returncode == 0 and again.stdout == ""


def test_a_model_named_for_the_language_reads_the_article(tmp_path):
    spacy = pytest.importorskip("spacy")
    model = tmp_path / "fr-model"
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(model)
    copy = tmp_path / "fr.txt"
    shutil.copy(FRENCH, copy)
    refused = cli("build", str(copy), "--store", str(tmp_path / "s1"))
    assert refused.returncode == 2
    assert "written in French (fr), not English; set DIPLOGRAPH_SPACY_MODEL" in refused.stderr
    read = cli("build", str(copy), "--store", str(tmp_path / "s2"),
               env={"DIPLOGRAPH_SPACY_MODEL": str(model)})
    assert read.returncode == 0, read.stderr
    assert "1 read, 1 added, 0 unchanged, 0 skipped" in read.stdout
