"""The researcher's options through the command line, on a store of known quads."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import networkx as nx
import pytest
from rdflib import Graph
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

from diplograph.namespaces import BACKGROUND_GRAPH
from diplograph.stores.embedded import EmbeddedStore
from diplograph.storeversion import write_marker

# rdflib's own parsers use its deprecated ConjunctiveGraph internally; not our concern.
pytestmark = pytest.mark.filterwarnings("ignore:.*is deprecated:DeprecationWarning:rdflib")


def cli(*args: str):
    return subprocess.run([sys.executable, "-m", "diplograph.cli", *args], check=False,
                          capture_output=True, text=True, timeout=120, env=dict(os.environ))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("cli-research") / "store"
    with EmbeddedStore(folder) as built:
        built.replace_graph(A1, article_one())
        built.replace_graph(A2, article_two())
        built.replace_graph(BACKGROUND_GRAPH, background())
        write_marker(built)  # as build would: written by this diplograph
    return str(folder)


def test_query_formats_tsv_and_markdown(store):
    tsv = cli("query", "meeting-pairs", "--format", "tsv", "--store", store)
    assert tsv.returncode == 0, tsv.stderr
    lines = tsv.stdout.splitlines()
    assert lines[0].split("\t")[:2] == ["?person1", "?name1"]
    assert f"<{ODHIAMBO}>" in lines[1] and '"Amani Odhiambo"' in lines[1]
    markdown = cli("query", "meetings", "--param", "status=all", "--format", "markdown",
                   "--store", store)
    assert markdown.returncode == 0, markdown.stderr
    rows = markdown.stdout.splitlines()
    assert rows[0].startswith("| meeting | date |") and rows[1].startswith("| --- |")
    assert len(rows) == 2 + 4 and "| planned |" in rows[-1]


def test_construct_as_turtle_and_jsonld(store):
    construct = ("CONSTRUCT { ?m <https://w3id.org/diplograph/ontology#participant> ?p } "
                 "WHERE { ?m <https://w3id.org/diplograph/ontology#participant> ?p }")
    turtle = cli("query", construct, "--format", "turtle", "--store", store)
    jsonld = cli("query", construct, "--format", "jsonld", "--store", store)
    assert turtle.returncode == 0 and jsonld.returncode == 0, turtle.stderr + jsonld.stderr
    from_turtle = Graph().parse(data=turtle.stdout, format="turtle")
    from_jsonld = Graph().parse(data=jsonld.stdout, format="json-ld")
    assert set(from_turtle) == set(from_jsonld) and len(from_turtle) == 8
    assert '"participant"' in jsonld.stdout


@pytest.mark.parametrize("args, words", [
    (("query", "meetings", "--param", "from=notadate"), ["from", "date", "notadate"]),
    (("query", "meetings", "--param", "status=maybe"), ["status", "held, planned"]),
    (("query", "meetings", "--format", "xml"), ["unknown format 'xml'", "markdown"]),
    (("query", "SELECT ?x WHERE { ?x ?y }"), ["bad SPARQL query"]),
    (("query", "meetings", "--param", "form=2023-01-01"), ["no parameter 'form'"]),
    (("export", "--format", "turtle", "--project", "person"), ["network format"]),
    (("export", "--format", "gexf", "--project", "leaders"), ["unknown projection"]),
    (("queries", "no-such-query"), ["unknown query", "events-gdelt"]),
])
def test_bad_input_is_one_line(store, args, words):
    result = cli(*args, "--store", store) if args[0] != "queries" else cli(*args)
    assert result.returncode != 0
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in message, message
    assert all(word in message for word in words), message


def test_queries_documents_one_query():
    result = cli("queries", "events-gdelt")
    assert result.returncode == 0, result.stderr
    assert "CAMEO" in result.stdout
    assert "status (held|planned|postponed|cancelled|all)" in result.stdout
    assert "diplograph query events-gdelt" in result.stdout


def test_events_gdelt_as_csv(store):
    result = cli("query", "events-gdelt", "--format", "csv", "--store", store)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["EventCode"] for r in rows} == {"040", "041", "042", "043", "044", "057"}
    assert all(len(r["Actor1CountryCode"]) == 3 for r in rows)


def test_export_articles_only_and_projections(store, tmp_path):
    full = cli("export", "--format", "jsonld", "--store", store)
    articles = cli("export", "--format", "jsonld", "--articles-only", "--store", store)
    assert full.returncode == 0 and articles.returncode == 0
    assert len(articles.stdout) < len(full.stdout)
    document = json.loads(articles.stdout)
    meeting = next(node for node in document["@graph"] if node["@id"] == str(M1))
    assert meeting["date"] == "2023-03-01"

    target = tmp_path / "states.gexf"
    result = cli("export", "--format", "gexf", "--project", "state", "-o", str(target),
                 "--store", store)
    assert result.returncode == 0, result.stderr
    states = nx.read_gexf(target)
    assert states.edges[str(KE), str(TZ)]["meetings"] == 2

    edges = cli("export", "--format", "edges-csv", "--project", "person", "--store", store)
    rows = list(csv.DictReader(io.StringIO(edges.stdout)))
    pair = next(r for r in rows if {r["Source"], r["Target"]} == {str(ODHIAMBO), str(MUSHI)})
    assert pair["Weight"] == "3" and pair["Type"] == "Undirected"

    rdfxml = tmp_path / "graph.rdf"
    assert cli("export", "--format", "rdfxml", "--with-background", "-o", str(rdfxml),
               "--store", store).returncode == 0
    assert len(Graph().parse(rdfxml, format="xml")) > 0
