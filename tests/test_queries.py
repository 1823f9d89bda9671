"""The bundled queries on a small hand-built dataset, parameters, and result formats."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from diplograph.errors import QueryError
from diplograph.namespaces import BACKGROUND_GRAPH, DG, DGR, WD
from diplograph.queries import (
    RESULT_FORMATS,
    format_result,
    list_queries,
    load_query,
    parse_header,
    parse_param,
    run_query,
)
from diplograph.resources import queries_dir
from diplograph.stores.base import QueryResult

REQUIRED = {"meetings", "person-meetings", "agreements", "person-quotes", "meeting-sources",
            "visits", "persons"}

# rdflib's own parsers use its deprecated ConjunctiveGraph internally; not our concern.
pytestmark = pytest.mark.filterwarnings("ignore:.*is deprecated:DeprecationWarning:rdflib")

A1, A2 = DGR["article/a1"], DGR["article/a2"]
RUTO, HASSAN = DGR["person/william-ruto"], DGR["person/samia-hassan"]
ERDOGAN, MAKAMBA = DGR["person/recep-tayyip-erdogan"], DGR["person/vincent-makamba"]
AZ, BY, TR = DGR["state/AZ"], DGR["state/BY"], DGR["state/TR"]
PRES_AZ, PRES_BY = DGR["position/president-az"], DGR["position/president-by"]
FM_AZ, FM_BY = DGR["position/minister-of-foreign-affairs-az"], DGR[
    "position/minister-of-foreign-affairs-by"]
NAIROBI = DGR["place/nairobi"]
M1, M2 = DGR["meeting/2021-04-14-m1"], DGR["meeting/2021-05-01-m2"]
V1 = DGR["visit/2021-04-13-v1"]
MOU, TREATY = DGR["agreement/2021-04-14-mou"], DGR["agreement/undated-treaty"]
Q1, Q2 = DGR["quote/q1"], DGR["quote/q2"]


def day(text: str) -> Literal:
    return Literal(text, datatype=XSD.date)


def common() -> list[tuple]:
    """Entities both articles name."""
    return [
        (RUTO, RDF.type, DG.Person), (RUTO, RDFS.label, Literal("William Ruto")),
        (RUTO, DG.alias, Literal("Ruto")), (RUTO, DG.holdsPosition, PRES_AZ),
        (PRES_AZ, RDF.type, DG.Position), (PRES_AZ, RDFS.label, Literal("President of Kenya")),
        (PRES_AZ, DG.role, Literal("President")), (PRES_AZ, DG.ofState, AZ),
        (HASSAN, RDF.type, DG.Person),
        (HASSAN, RDFS.label, Literal("Samia Hassan")),
        (HASSAN, DG.holdsPosition, PRES_BY),
        (PRES_BY, RDF.type, DG.Position), (PRES_BY, RDFS.label, Literal("President of Tanzania")),
        (PRES_BY, DG.role, Literal("President")), (PRES_BY, DG.ofState, BY),
        (BY, RDF.type, DG.State), (BY, RDFS.label, Literal("Tanzania")),
        (NAIROBI, RDF.type, DG.Place), (NAIROBI, RDFS.label, Literal("Nairobi")),
        (NAIROBI, DG.inState, AZ),
        # Meeting 1 is reported by both articles.
        (M1, RDF.type, DG.Meeting), (M1, RDFS.label, Literal("Meeting of Ruto and Hassan")),
        (M1, DG.participant, RUTO), (M1, DG.participant, HASSAN),
        (M1, DG.date, day("2021-04-14")), (M1, DG.location, NAIROBI),
        (M1, DG["format"], Literal("one-on-one")), (M1, DG["format"], Literal("expanded")),
        # So is Hassan's quote at it.
        (Q1, RDF.type, DG.Quote), (Q1, DG.speaker, HASSAN),
        (Q1, DG.text, Literal("True friends do not delay actions.")), (Q1, DG.occasion, M1),
    ]


def article_one() -> list[tuple]:
    return common() + [
        (A1, RDF.type, DG.Article), (A1, RDFS.label, Literal("a1.txt (2021-04-14)")),
        (V1, RDF.type, DG.Visit), (V1, DG.guest, HASSAN), (V1, DG.hostState, AZ),
        (V1, DG.visitType, Literal("working")), (V1, DG.startDate, day("2021-04-13")),
        (V1, DG.location, NAIROBI),
        (MOU, RDF.type, DG.MoU),
        (MOU, RDFS.label, Literal("Memorandum of understanding between Kenya and Tanzania")),
        (MOU, DG.party, AZ), (MOU, DG.party, BY),
        (MOU, DG.topic, DGR["topic/agriculture"]),
        (DGR["topic/agriculture"], RDF.type, DG.Topic),
        (DGR["topic/agriculture"], RDFS.label, Literal("agriculture")),
        (MOU, DG.signatory, FM_AZ), (MOU, DG.signatory, MAKAMBA),
        (FM_AZ, RDF.type, DG.Position),
        (FM_AZ, RDFS.label, Literal("Minister of Foreign Affairs of Kenya")),
        (FM_AZ, DG.role, Literal("Minister of Foreign Affairs")), (FM_AZ, DG.ofState, AZ),
        (MAKAMBA, RDF.type, DG.Person), (MAKAMBA, RDFS.label, Literal("Vincent Makamba")),
        (MAKAMBA, DG.holdsPosition, FM_BY),
        (FM_BY, RDF.type, DG.Position),
        (FM_BY, RDFS.label, Literal("Minister of Foreign Affairs of Tanzania")),
        (FM_BY, DG.role, Literal("Minister of Foreign Affairs")), (FM_BY, DG.ofState, BY),
        (MOU, DG.witness, RUTO), (MOU, DG.witness, HASSAN),
        (MOU, DG.date, day("2021-04-14")), (MOU, DG.location, NAIROBI),
        # reported as a bundle of two memorandums
        (MOU, DG.documentCount, Literal(2, datatype=XSD.nonNegativeInteger)),
        (Q2, RDF.type, DG.Quote), (Q2, DG.speaker, RUTO),
        (Q2, DG.text, Literal("Welcome again, I am glad to see you in Nairobi.")),
        (Q2, DG.date, day("2021-04-14")),
    ]


def article_two() -> list[tuple]:
    return common() + [
        (A2, RDF.type, DG.Article), (A2, RDFS.label, Literal("a2.txt (2021-04-15)")),
        (ERDOGAN, RDF.type, DG.Person), (ERDOGAN, RDFS.label, Literal("Recep Tayyip Erdoğan")),
        (M2, RDF.type, DG.Meeting), (M2, DG.participant, RUTO), (M2, DG.participant, ERDOGAN),
        (M2, DG.date, day("2021-05-01")), (M2, DG["format"], Literal("phone call")),
        (M2, DG.status, Literal("planned")),
        (TREATY, RDF.type, DG.Agreement), (TREATY, RDFS.label, Literal("Shusha Declaration")),
        (TREATY, DG.party, AZ), (TREATY, DG.party, TR), (TREATY, DG.status, Literal("cancelled")),
        (TR, RDF.type, DG.State), (TR, RDFS.label, Literal("Türkiye")),
    ]


def background() -> list[tuple]:
    # Kenya's label comes only from the gazetteer: no article graph, so never a source.
    return [(AZ, RDF.type, DG.State), (AZ, RDFS.label, Literal("Kenya")),
            (AZ, URIRef("http://www.w3.org/2002/07/owl#sameAs"), WD.Q227)]


@pytest.fixture
def store(backend_store):
    backend_store.replace_graph(A1, article_one())
    backend_store.replace_graph(A2, article_two())
    backend_store.replace_graph(BACKGROUND_GRAPH, background())
    return backend_store


def rows(result: QueryResult) -> list[dict[str, str | None]]:
    """Rows as {column: text}, list cells (", "-joined) turned into sorted " | "-free sets."""
    return [{k: None if v is None else str(v) for k, v in row.items()} for row in result.dicts()]


def split(cell: str | None, separator: str = ", ") -> set[str]:
    return set(cell.split(separator)) if cell else set()


# --- the bundled queries -------------------------------------------------------------------------


def test_list_queries_reads_every_header():
    infos = list_queries()
    assert REQUIRED <= {info.name for info in infos}
    assert len(infos) == len(list(queries_dir().glob("*.rq")))
    for info in infos:
        assert info.description and not info.description.startswith("#"), info.name
        assert info.examples, info.name
        assert all(e.startswith(f"diplograph query {info.name}") for e in info.examples)
        assert info.path.suffix == ".rq"
    person_meetings = next(i for i in infos if i.name == "person-meetings")
    assert [p.name for p in person_meetings.parameters] == [
        "name", "person", "from", "to", "status"]
    assert all(p.description and p.default for p in person_meetings.parameters)


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_every_bundled_query_runs_and_finds_rows(store, name):
    result = run_query(store, name)
    assert result.kind == "select" and result.rows, name


def test_declared_parameters_are_used_by_the_query_text():
    for info in list_queries():
        body = info.path.read_text(encoding="utf-8").split("\nPREFIX", 1)[1]
        for parameter in info.parameters:
            assert f"?{parameter.name}" in body, (info.name, parameter.name)


def test_meetings(store):
    found = rows(run_query(store, "meetings"))
    assert [r["meeting"] for r in found] == [str(M1)]  # the planned M2 only on request
    found = rows(run_query(store, "meetings", {"status": "all"}))
    assert [r["meeting"] for r in found] == [str(M1), str(M2)]
    first, second = found
    assert first["date"] == "2021-04-14" and first["place"] == "Nairobi"
    assert split(first["participants"]) == {"William Ruto", "Samia Hassan"}
    assert split(first["format"]) == {"one-on-one", "expanded"}
    assert first["eventStatus"] == "held" and first["sources"] == "2"
    assert second["eventStatus"] == "planned" and second["sources"] == "1"
    assert second["place"] is None
    planned = rows(run_query(store, "meetings", {"status": "planned"}))
    assert [r["meeting"] for r in planned] == [str(M2)]
    later = rows(run_query(store, "meetings", {"from": "2021-04-20", "status": "all"}))
    assert [r["meeting"] for r in later] == [str(M2)]
    window = run_query(store, "meetings", {"from": "2021-04-01", "to": "2021-04-30"})
    assert [r["meeting"] for r in rows(window)] == [str(M1)]


def test_person_meetings_by_name_any_case_or_by_iri(store):
    ruto = rows(run_query(store, "person-meetings", {"name": "william RUTO", "status": "all"}))
    assert [(r["meeting"], r["with"]) for r in ruto] == [
        (str(M1), "Samia Hassan"), (str(M2), "Recep Tayyip Erdoğan")]
    assert {r["personLabel"] for r in ruto} == {"William Ruto"}
    assert ruto[1]["eventStatus"] == "planned" and ruto[0]["sources"] == "2"
    held = rows(run_query(store, "person-meetings", {"name": "ruto"}))
    assert [r["meeting"] for r in held] == [str(M1)]
    by_alias = rows(run_query(store, "person-meetings", {"name": "ruto", "status": "all"}))
    assert len(by_alias) == 2
    by_iri = rows(run_query(store, "person-meetings", {"person": HASSAN}))
    assert [(r["meeting"], r["with"]) for r in by_iri] == [(str(M1), "William Ruto")]
    assert rows(run_query(store, "person-meetings", {"name": "Nobody"})) == []


def test_agreements(store):
    assert [r["agreement"] for r in rows(run_query(store, "agreements"))] == [str(MOU)]
    found = {r["agreement"]: r
             for r in rows(run_query(store, "agreements", {"status": "all"}))}
    mou, treaty = found[str(MOU)], found[str(TREATY)]
    assert mou["kind"] == "MoU" and treaty["kind"] == "Agreement"
    assert split(mou["parties"]) == {"Kenya", "Tanzania"}
    assert split(mou["signatories"]) == {"Minister of Foreign Affairs of Kenya",
                                         "Vincent Makamba"}
    assert split(mou["witnesses"]) == {"William Ruto", "Samia Hassan"}
    assert mou["topics"] == "agriculture" and mou["date"] == "2021-04-14"
    assert mou["place"] == "Nairobi" and mou["eventStatus"] == "held" and mou["sources"] == "1"
    assert treaty["eventStatus"] == "cancelled" and treaty["date"] is None
    assert (mou["documents"], treaty["documents"]) == ("2", None)
    turkish = rows(run_query(store, "agreements", {"state": "türk", "status": "cancelled"}))
    assert [r["agreement"] for r in turkish] == [str(TREATY)]


def test_person_quotes_take_the_date_of_their_occasion(store):
    found = rows(run_query(store, "person-quotes", {"name": "Hassan"}))
    assert len(found) == 1
    quote = found[0]
    assert quote["speaker"] == "Samia Hassan"
    assert quote["text"] == "True friends do not delay actions."
    assert quote["date"] == "2021-04-14"
    assert quote["occasion"] == "Meeting of Ruto and Hassan"
    assert quote["sources"] == "2"
    by_iri = rows(run_query(store, "person-quotes", {"person": RUTO}))
    assert [r["quote"] for r in by_iri] == [str(Q2)]
    assert by_iri[0]["occasion"] is None


def test_meeting_sources_count_article_graphs(store):
    found = rows(run_query(store, "meeting-sources", {"status": "all"}))
    assert [(r["meeting"], r["sources"]) for r in found] == [(str(M1), "2"), (str(M2), "1")]
    assert split(found[0]["articles"], " | ") == {"a1.txt (2021-04-14)", "a2.txt (2021-04-15)"}
    one = rows(run_query(store, "meeting-sources", {"meeting": M2, "status": "planned"}))
    assert [(r["meeting"], r["articles"]) for r in one] == [(str(M2), "a2.txt (2021-04-15)")]


def test_visits(store):
    found = rows(run_query(store, "visits"))
    assert len(found) == 1
    visit = found[0]
    assert (visit["guest"], visit["host"], visit["type"], visit["start"]) == (
        "Samia Hassan", "Kenya", "working", "2021-04-13")
    assert visit["eventStatus"] == "held" and visit["sources"] == "1"
    assert rows(run_query(store, "visits", {"state": "tanzania"})) == []
    assert len(rows(run_query(store, "visits", {"name": "hass", "state": "KEN"}))) == 1


def test_persons(store):
    found = rows(run_query(store, "persons"))
    table = {(r["label"], r["role"], r["stateLabel"]) for r in found}
    assert table == {
        ("William Ruto", "President", "Kenya"),
        ("Samia Hassan", "President", "Tanzania"),
        ("Vincent Makamba", "Minister of Foreign Affairs", "Tanzania"),
        ("Recep Tayyip Erdoğan", None, None),
    }
    sources = {r["label"]: r["sources"] for r in found}
    assert sources["William Ruto"] == "2" and sources["Vincent Makamba"] == "1"
    tanzania = rows(run_query(store, "persons", {"state": "tanzania"}))
    assert {r["label"] for r in tanzania} == {"Samia Hassan", "Vincent Makamba"}


# --- loading and parameters ----------------------------------------------------------------------


def test_load_query_by_name_path_or_text(tmp_path):
    bundled = load_query("meetings")
    assert bundled == (queries_dir() / "meetings.rq").read_text(encoding="utf-8")
    assert load_query("meetings.rq") == bundled
    own = tmp_path / "mine.rq"
    own.write_text("# Mine\nSELECT * WHERE { ?s ?p ?o }", encoding="utf-8")
    assert load_query(str(own)) == own.read_text(encoding="utf-8")
    assert load_query(own) == own.read_text(encoding="utf-8")
    inline = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"
    assert load_query(inline) == inline
    assert load_query("ask {}") == "ask {}"


def test_unknown_query_name_lists_the_bundled_ones():
    with pytest.raises(QueryError) as caught:
        load_query("meetngs")
    message = str(caught.value)
    assert "'meetngs'" in message and "meetings" in message and "person-quotes" in message
    with pytest.raises(QueryError, match="no query file"):
        load_query("missing/file.rq")


@pytest.mark.parametrize("text, expected", [
    ("person=<http://example.org/x>", ("person", URIRef("http://example.org/x"))),
    ("person=https://example.org/x", ("person", URIRef("https://example.org/x"))),
    ("?person=dgr:person/william-ruto", ("person", DGR["person/william-ruto"])),
    ("kind=dg:Meeting", ("kind", DG.Meeting)),
    ("same=wd:Q227", ("same", WD.Q227)),
    ("from=2021-04-14", ("from", Literal("2021-04-14", datatype=XSD.date))),
    ("n=42", ("n", Literal(42, datatype=XSD.integer))),
    ("n=-3", ("n", Literal(-3, datatype=XSD.integer))),
    ("name=William Ruto", ("name", Literal("William Ruto"))),
    ('name="2021-04-14"', ("name", Literal("2021-04-14"))),
    ("name=a=b", ("name", Literal("a=b"))),
    ("name=unknown:prefix", ("name", Literal("unknown:prefix"))),
    ("name=", ("name", Literal(""))),
])
def test_parse_param(text, expected):
    assert parse_param(text) == expected


@pytest.mark.parametrize("bad", ["no-equals-sign", "=value", "bad name=x", "from=2021-02-30"])
def test_parse_param_refuses_malformed_input(bad):
    with pytest.raises(QueryError):
        parse_param(bad)


def test_run_query_refuses_undeclared_parameters(store):
    with pytest.raises(QueryError, match="'nam'.*name, person, from, to, status"):
        run_query(store, "person-meetings", {"nam": "Ruto"})


def test_run_query_binds_inline_text_with_string_and_term_params(store):
    # DISTINCT: oxigraph's union default graph matches a triple once per graph holding it.
    sparql = "SELECT DISTINCT ?p WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    assert run_query(store, sparql, {"label": "William Ruto"}).rows == [(RUTO,)]
    assert run_query(store, sparql, {"?label": Literal("Nairobi")}).rows == [(NAIROBI,)]


def test_parse_header():
    description, details, parameters, examples = parse_header(
        "# What it answers.\n# More words\n# on two lines.\n"
        "# param ?a: the first (default: none)\n# param b: the second\n"
        "# example: diplograph query x --param a=1\nSELECT * WHERE {}\n# not header\n"
    )
    assert description == "What it answers."
    assert details == "More words on two lines."
    assert [(p.name, p.description, p.default) for p in parameters] == [
        ("a", "the first", "none"), ("b", "the second", None)]
    assert examples == ("diplograph query x --param a=1",)


# --- formatting ----------------------------------------------------------------------------------


def select_result() -> QueryResult:
    return QueryResult(
        kind="select",
        variables=["person", "label", "day", "missing"],
        rows=[
            (RUTO, Literal("[bold]William[/bold] Ruto"), day("2021-04-14"), None),
            (URIRef("http://example.org/x"), Literal("Bakı", lang="az"), Literal(3), None),
        ],
    )


def test_table_compacts_iris_and_prints_labels_as_written():
    text = format_result(select_result(), "table", width=160)
    assert "dgr:person/william-ruto" in text
    assert "[bold]William[/bold] Ruto" in text
    assert "http://example.org/x" in text and "2021-04-14" in text
    assert "2 rows" in text


def test_csv_and_json_follow_the_sparql_results_formats():
    parsed = list(csv.reader(io.StringIO(format_result(select_result(), "csv"))))
    assert parsed[0] == ["person", "label", "day", "missing"]
    assert parsed[1] == [str(RUTO), "[bold]William[/bold] Ruto", "2021-04-14", ""]
    document = json.loads(format_result(select_result(), "json"))
    assert document["head"]["vars"] == ["person", "label", "day", "missing"]
    first, second = document["results"]["bindings"]
    assert first["person"] == {"type": "uri", "value": str(RUTO)}
    assert first["day"] == {"type": "literal", "value": "2021-04-14", "datatype": str(XSD.date)}
    assert "missing" not in first
    assert second["label"] == {"type": "literal", "value": "Bakı", "xml:lang": "az"}
    ask = json.loads(format_result(QueryResult(kind="ask", boolean=True), "json"))
    assert ask == {"head": {}, "boolean": True}


def test_graph_results_as_turtle_json_and_table(store):
    result = run_query(store, "CONSTRUCT { ?p a ?c } WHERE { ?p a ?c } ", {"c": DG.State})
    turtle = format_result(result, "turtle")
    parsed = Graph().parse(data=turtle, format="turtle")
    assert set(parsed) == set(result.graph) and len(parsed) == 3
    assert "a dg:State" in turtle
    jsonld = format_result(result, "json")
    assert len(Graph().parse(data=jsonld, format="json-ld")) == 3
    assert "subject" in format_result(result, "table")


def test_unknown_or_unfit_format_is_a_query_error():
    with pytest.raises(QueryError) as caught:
        format_result(select_result(), "xml")
    assert all(name in str(caught.value) for name in RESULT_FORMATS)
    with pytest.raises(QueryError, match="CONSTRUCT"):
        format_result(select_result(), "turtle")
