"""The researcher's queries on known quads (no extraction): each answers what its header says.

The data (tests/research_sample.py) is invented.  Every test runs on the embedded store
and on a real oxigraph server.
"""

from __future__ import annotations

import pytest
from research_sample import (
    A1,
    A2,
    AG1,
    AG2,
    AG3,
    M1,
    M2,
    M3,
    M4,
    Q1,
    URL,
    article_one,
    article_two,
    background,
)

from diplograph.errors import QueryError
from diplograph.namespaces import BACKGROUND_GRAPH, DG
from diplograph.queries import list_queries, run_query, split_param
from diplograph.stores.base import QueryResult


@pytest.fixture
def store(backend_store):
    backend_store.replace_graph(A1, article_one())
    backend_store.replace_graph(A2, article_two())
    backend_store.replace_graph(BACKGROUND_GRAPH, background())
    return backend_store


def rows(result: QueryResult) -> list[dict[str, str | None]]:
    return [{k: None if v is None else str(v) for k, v in row.items()} for row in result.dicts()]


def ask(store, query: str, /, **params) -> list[dict[str, str | None]]:
    return rows(run_query(store, query, params))


# --- the set of queries--------------------------------------------------------------------------

TOOLKIT = {"state-meetings", "meeting-pairs", "state-partners", "agreements-by-field",
           "agreements-by-state", "agreements-by-year", "signatories", "state-visits",
           "leaders", "corroboration", "fact-sources", "bilateral-timeline", "events-gdelt"}


def test_at_least_fifteen_documented_queries_with_typed_parameters():
    infos = {info.name: info for info in list_queries()}
    assert len(infos) >= 15 and TOOLKIT <= set(infos)
    for info in infos.values():
        assert info.description and info.examples, info.name
        for parameter in info.parameters:
            assert parameter.description and parameter.default, (info.name, parameter.name)
        declared = {p.name for p in info.parameters}
        for example in info.examples:
            # Each example's parameters are declared ones.
            words = example.split()
            given = [split_param(words[i + 1])[0] for i, w in enumerate(words) if w == "--param"]
            assert set(given) <= declared, (info.name, example)


def test_every_event_query_excludes_planned_and_cancelled_by_default():
    event_queries = [info for info in list_queries()
                     if any(p.name == "status" for p in info.parameters)]
    assert {"meetings", "person-meetings", "agreements", "visits", "meeting-sources"} <= {
        info.name for info in event_queries}
    for info in event_queries:
        status = next(p for p in info.parameters if p.name == "status")
        assert status.choices == ("held", "planned", "postponed", "cancelled", "all"), info.name
        assert status.default == "held", info.name


@pytest.mark.parametrize("name", sorted(TOOLKIT))
def test_each_query_runs_and_finds_rows(store, name):
    result = run_query(store, name)
    assert result.kind == "select" and result.rows, name


# --- meetings-------------------------------------------------------------------------------------


def test_meetings_of_a_state_in_a_date_range(store):
    kenya = ask(store, "state-meetings", state="kenya")
    assert [r["meeting"] for r in kenya] == [str(M1), str(M2), str(M3)]
    assert kenya[0]["leaders"] == "Amani Odhiambo" and kenya[0]["with"] == "Neema Mushi"
    assert kenya[2]["withStates"] == "Türkiye"
    spring = ask(store, "state-meetings", state="KEN", **{"from": "2023-04-01", "to": "2023-05-31"})
    assert [r["meeting"] for r in spring] == [str(M2)]
    planned = ask(store, "state-meetings", state="tza", status="planned")
    assert [(r["meeting"], r["eventStatus"]) for r in planned] == [(str(M4), "planned")]


def test_person_meetings_in_a_date_range(store):
    found = ask(store, "person-meetings", name="odhiambo", to="2023-05-31")
    assert [r["meeting"] for r in found] == [str(M1), str(M2)]


def test_pairs_who_met_most_often(store):
    pairs = ask(store, "meeting-pairs")
    assert [({r["name1"], r["name2"]}, r["meetings"]) for r in pairs] == [
        ({"Amani Odhiambo", "Neema Mushi"}, "2"), ({"Amani Odhiambo", "Kerem Aydin"}, "1")]
    assert (pairs[0]["first"], pairs[0]["last"]) == ("2023-03-01", "2023-05-10")
    everything = ask(store, "meeting-pairs", status="all")
    assert len(everything) == 3
    assert len(ask(store, "meeting-pairs", name="aydin")) == 1


def test_a_states_partners_ranked(store):
    kenya = ask(store, "state-partners", state="Kenya")
    assert [(r["partnerLabel"], r["events"], r["meetings"], r["visits"], r["agreements"])
            for r in kenya] == [("Tanzania", "4", "2", "1", "1"), ("Türkiye", "2", "1", "0", "1")]
    turkey = ask(store, "state-partners", state="TUR", status="all")
    assert {(r["partnerLabel"], r["events"]) for r in turkey} == {("Kenya", "2"),
                                                                  ("Tanzania", "2")}


# --- agreements-----------------------------------------------------------------------------------


def test_agreements_by_field_state_and_year(store):
    fields = ask(store, "agreements-by-field")
    assert {(r["fieldLabel"], r["agreements"], r["mous"]) for r in fields} == {
        ("trade", "1", "1"), ("energy", "1", "0")}
    with_cancelled = ask(store, "agreements-by-field", status="all")
    assert [(r["fieldLabel"], r["agreements"]) for r in with_cancelled][0] == ("trade", "2")
    states = ask(store, "agreements-by-state")
    assert [(r["stateLabel"], r["agreements"]) for r in states] == [
        ("Kenya", "2"), ("Tanzania", "1"), ("Türkiye", "1")]
    assert set(states[0]["partners"].split(", ")) == {"Tanzania", "Türkiye"}
    years = ask(store, "agreements-by-year")
    assert [(r["year"], r["agreements"]) for r in years] == [("2022", "1"), ("2023", "1")]
    assert ask(store, "agreements-by-year", field="energ")[0]["parties"] in (
        "Kenya, Türkiye", "Türkiye, Kenya")
    assert [r["agreement"] for r in ask(store, "agreements", field="trade", status="all")] == [
        str(AG1), str(AG3)]


def test_signatories_and_witnesses(store):
    found = ask(store, "signatories")
    table = {(r["label"], r["role"], r["kind"], r["stateLabel"]) for r in found}
    assert table == {
        ("Halima Juma", "signatory", "Person", "Tanzania"),
        ("Minister of Foreign Affairs of Kenya", "signatory", "Position", "Kenya"),
        ("Amani Odhiambo", "witness", "Person", "Kenya"),
        ("Neema Mushi", "witness", "Person", "Tanzania"),
    }
    witnesses = ask(store, "signatories", **{"as": "witness"})
    assert {r["label"] for r in witnesses} == {"Amani Odhiambo", "Neema Mushi"}


# --- quotes, visits, leaders----------------------------------------------------------------------


def test_quotes_of_a_person_containing_a_word(store):
    assert len(ask(store, "person-quotes")) == 2
    trade = ask(store, "person-quotes", word="TRADE")
    assert [r["quote"] for r in trade] == [str(Q1)]
    assert ask(store, "person-quotes", name="odhiambo", word="trade") == []


def test_visits_received_and_paid(store):
    kenya = ask(store, "state-visits", state="kenya")
    assert [(r["way"], r["guest"], r["guestState"]) for r in kenya] == [
        ("received", "Neema Mushi", "Tanzania")]
    tanzania = ask(store, "state-visits", state="tanzania")
    assert [(r["way"], r["host"]) for r in tanzania] == [("paid", "Kenya")]
    assert ask(store, "state-visits", state="tanzania", direction="received") == []


def test_leaders_by_state_and_role(store):
    presidents = ask(store, "leaders", role="president")
    assert [(r["stateLabel"], r["label"]) for r in presidents] == [
        ("Kenya", "Amani Odhiambo"), ("Tanzania", "Neema Mushi"), ("Türkiye", "Kerem Aydin")]
    tanzania = ask(store, "leaders", state="TZ")
    assert [(r["roleName"], r["label"], r["sources"]) for r in tanzania] == [
        ("Minister of Foreign Affairs", "Halima Juma", "2"), ("President", "Neema Mushi", "2")]


# --- provenance-----------------------------------------------------------------------------------


def test_corroboration_one_source_versus_several(store):
    found = {r["fact"]: r for r in ask(store, "corroboration")}
    assert found[str(M1)]["sources"] == "2"
    assert found[str(M1)]["corroboration"] == "several sources"
    assert found[str(M2)]["corroboration"] == "single source"
    assert str(M4) not in found and str(AG3) not in found  # planned, cancelled
    assert set(found[str(M1)]["articles"].split(" | ")) == {"Presidents meet in Nairobi",
                                                            "t2.txt (2023-06-02)"}
    single = ask(store, "corroboration", max=1, kind="meeting")
    assert {r["fact"] for r in single} == {str(M2), str(M3)}
    assert [r["fact"] for r in ask(store, "corroboration", min=2)] == [str(M1)]


def test_articles_supporting_a_fact_with_title_and_url(store):
    found = ask(store, "fact-sources", fact=M1)
    assert [r["article"] for r in found] == [str(A1), str(A2)]
    first, second = found
    assert (first["title"], first["link"], first["date"]) == (
        "Presidents meet in Nairobi", URL, "2023-03-02")
    assert first["evidence"] == "The two presidents met in Nairobi on Wednesday."
    assert (second["title"], second["link"], second["readFrom"]) == (
        "t2.txt (2023-06-02)", None, "corpus/t2.txt")
    # Who states that M1 was in talks format? Only the first article.
    fmt = ask(store, "fact-sources", fact=M1, property=DG["format"], value="talks")
    assert [r["article"] for r in fmt] == [str(A1)]
    dated = ask(store, "fact-sources", fact=M1, property="dg:date", value="2023-03-01")
    assert len(dated) == 2


def test_timeline_of_a_bilateral_relationship(store):
    found = ask(store, "bilateral-timeline", state1="Kenya", state2="Tanzania")
    assert [(r["date"], r["eventKind"]) for r in found] == [
        ("2023-03-01", "agreement"), ("2023-03-01", "meeting"), ("2023-03-01", "visit"),
        ("2023-05-10", "meeting")]
    reverse = ask(store, "bilateral-timeline", state1="TZA", state2="KEN")
    assert [r["event"] for r in reverse] == [r["event"] for r in found]
    assert ask(store, "bilateral-timeline", state1="Tanzania", state2="Türkiye") == []
    both = ask(store, "bilateral-timeline", state1="Tanzania", state2="Türkiye", status="all")
    assert {r["event"] for r in both} == {str(M4), str(AG3)}


def test_events_in_gdelt_columns_with_cameo_codes(store):
    found = ask(store, "events-gdelt")
    table = {(r["SQLDATE"], r["Actor1CountryCode"], r["Actor2CountryCode"], r["EventCode"])
             for r in found}

    def pair(a, b):  # meetings and agreements are undirected: either order is right
        return {(a, b), (b, a)}

    by_code: dict[str, set] = {}
    for date, a1, a2, code in table:
        by_code.setdefault((date, code), set()).add((a1, a2))
    assert by_code[("20230301", "040")] <= pair("KEN", "TZA")
    assert by_code[("20230301", "042")] == {("TZA", "KEN")}  # the guest's state visits
    assert by_code[("20230301", "043")] == {("KEN", "TZA")}  # the host hosts
    assert by_code[("20230301", "057")] <= pair("KEN", "TZA")
    assert by_code[("20230510", "041")] <= pair("KEN", "TZA")  # a phone call
    assert by_code[("20230601", "044")] <= pair("KEN", "TUR")  # met in Ethiopia
    assert by_code[("20221115", "057")] <= pair("KEN", "TUR")
    assert len(found) == 7
    m1 = next(r for r in found if r["event"] == str(M1))
    assert (m1["NumArticles"], m1["SOURCEURL"], m1["EventRootCode"], m1["QuadClass"]) == (
        "2", URL, "04", "1")
    planned = ask(store, "events-gdelt", status="planned")
    assert [(r["event"], r["EventCode"]) for r in planned] == [(str(M4), "036")]
    turkish = ask(store, "events-gdelt", state="türk")
    assert {r["event"] for r in turkish} == {str(M3), str(AG2)}


# --- parameters-----------------------------------------------------------------------------------


@pytest.mark.parametrize("name, params, words", [
    ("meetings", {"from": "notadate"}, ["from", "date", "notadate"]),
    ("meetings", {"to": "2023-02-30"}, ["2023-02-30"]),
    ("meetings", {"status": "maybe"}, ["status", "held, planned, postponed, cancelled, all"]),
    ("person-meetings", {"person": "Odhiambo"}, ["person", "IRI"]),
    ("corroboration", {"min": "two"}, ["min", "integer"]),
    ("meetings", {"form": "2023-01-01"}, ["form", "from, to, status"]),
])
def test_a_malformed_parameter_is_a_one_line_error_naming_it(store, name, params, words):
    with pytest.raises(QueryError) as caught:
        run_query(store, name, params)
    message = str(caught.value)
    assert "\n" not in message and all(w in message for w in words), message


def test_text_parameters_stay_text(store):
    # A year given as a word to find is text, not an integer.
    assert ask(store, "person-quotes", word="2023") == []
    assert len(ask(store, "meetings", status="ALL")) == 4


def test_a_malformed_query_is_a_one_line_error(store):
    with pytest.raises(QueryError) as caught:
        run_query(store, "SELECT ?x WHERE { ?x ?y }")
    assert "\n" not in str(caught.value) and "SPARQL" in str(caught.value)
