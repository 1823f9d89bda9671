"""Event codes (graph/codes.py): CAMEO, PLOVER type and mode, actor pairs, as stored by a build."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

import diplograph
from diplograph.graph.codes import (
    Coding,
    agreement_codes,
    for_meeting,
    meeting_codes,
    visit_codes,
)

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
PREFIX = "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n"


# --- the rules ---------------------------------------------------------------------------------


def test_meeting_in_a_participants_state_is_040_consult_by_visit():
    codes = meeting_codes({"KEN", "TZA"}, place_state="KEN")
    assert (codes.cameo, codes.plover, codes.mode) == ("040", "CONSULT", "visit")
    assert codes.codings == (Coding("040", "KEN", "TZA"),)


def test_call_is_041_phone_wherever_it_is_said_to_be():
    codes = meeting_codes({"KEN", "TZA"}, place_state="ETH", remote=True)
    assert (codes.cameo, codes.mode) == ("041", "phone")
    assert {c.cameo for c in codes.codings} == {"041"}


def test_meeting_in_neither_state_is_044_third_party():
    codes = meeting_codes({"TUR", "KEN"}, place_state="ETH")
    assert (codes.cameo, codes.mode) == ("044", "third-party")
    assert codes.codings == (Coding("044", "KEN", "TUR"),)


def test_trilateral_at_one_participants_home_is_044_only_for_the_two_guests():
    codes = meeting_codes({"JPN", "IND", "USA"}, place_state="JPN")
    assert (codes.cameo, codes.mode) == ("040", "multilateral")
    assert {(c.source, c.target): c.cameo for c in codes.codings} == {
        ("IND", "JPN"): "040", ("JPN", "USA"): "040", ("IND", "USA"): "044"}


def test_meeting_with_unknown_place_has_no_mode_and_planned_is_036():
    assert meeting_codes({"KEN", "TZA"}).mode is None
    planned = meeting_codes({"KEN", "TZA"}, planned=True)
    assert planned.cameo == "036" and {c.cameo for c in planned.codings} == {"036"}


def test_meeting_of_one_states_officials_is_coded_once_domestically():
    assert meeting_codes({"KEN"}).codings == (Coding("040", "KEN", "KEN"),)
    assert meeting_codes(set()).codings == ()
    # A Kenyan and someone of unknown state: no pair of states to code.
    assert meeting_codes({"KEN"}, all_known=False).codings == ()
    assert meeting_codes({"KEN", "TZA"}, all_known=False).codings == (
        Coding("040", "KEN", "TZA"),)


def test_visit_is_042_from_the_guest_and_043_from_the_host():
    codes = visit_codes({"TZA"}, "KEN")
    assert (codes.cameo, codes.plover, codes.mode) == ("042", "CONSULT", "visit")
    assert codes.codings == (Coding("042", "TZA", "KEN"), Coding("043", "KEN", "TZA"))
    assert visit_codes({"KEN"}, "KEN").codings == ()  # no foreign state: no visit row


def test_agreement_is_057_agree_per_pair_of_parties():
    codes = agreement_codes({"KEN", "TZA", "UGA"})
    assert (codes.cameo, codes.plover, codes.mode) == ("057", "AGREE", None)
    assert [(c.source, c.target) for c in codes.codings] == [
        ("KEN", "TZA"), ("KEN", "UGA"), ("TZA", "UGA")]
    assert agreement_codes({"KEN"}).codings == ()


# --- from extracted facts ----------------------------------------------------------------------


def test_a_phone_call_extracted_from_text_is_coded_041(extract, world):
    facts = extract("President Ilham Aliyev of Azerbaijan held a phone conversation with "
                    "President Recep Tayyip Erdogan of Turkey on Monday.")
    assert facts.meetings, "the call was not extracted"
    codes = for_meeting(facts.meetings[0], facts, world)
    assert (codes.cameo, codes.mode) == ("041", "phone")
    assert {(c.source, c.target) for c in codes.codings} == {("AZE", "TUR")}


# --- stored by a build, read by the query --------------------------------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    location = tmp_path_factory.mktemp("codes") / "store"
    diplograph.build([ARTICLES], location)
    opened = diplograph.open_store(location)
    yield opened
    opened.close()


def _select(store, text: str) -> list[dict]:
    return [{k: str(v) for k, v in row.items() if v is not None}
            for row in store.query(PREFIX + text).dicts()]


def test_every_built_meeting_visit_and_agreement_carries_cameo_and_plover(store):
    rows = _select(store, """
        SELECT DISTINCT ?event ?cameo ?plover WHERE {
          ?event a ?class . VALUES ?class { dg:Meeting dg:Visit dg:Agreement dg:MoU }
          OPTIONAL { ?event dg:cameoCode ?cameo } OPTIONAL { ?event dg:ploverType ?plover } }""")
    # The example articles' events: two meetings (the one-on-one and expanded talks are one
    # occasion), a visit and an agreement at least.
    assert len(rows) >= 4
    for row in rows:
        assert row.get("cameo") in {"040", "041", "042", "044", "057", "036"}, row
        assert row.get("plover") in {"CONSULT", "AGREE"}, row


def test_built_codings_name_states_by_their_iso3_code(store):
    rows = _select(store, """
        SELECT DISTINCT ?event ?code ?source ?target WHERE {
          ?event dg:coding ?c . ?c a dg:EventCoding ; dg:cameoCode ?code ;
                 dg:sourceActor ?source ; dg:targetActor ?target }""")
    iso3 = {row["code"] for row in _select(store, "SELECT ?code { ?s dg:iso3 ?code }")}
    assert rows and all(r["source"] in iso3 and r["target"] in iso3 for r in rows)
    visits = {(r["code"], r["source"], r["target"]) for r in rows if "/visit/" in r["event"]}
    # The example story: Belarus's president visits Azerbaijan.
    assert {("042", "BLR", "AZE"), ("043", "AZE", "BLR")} <= visits
    assert any(r["code"] == "057" for r in rows if "/agreement/" in r["event"])


def test_events_gdelt_reads_the_stored_codes(store):
    found = diplograph.run_query(store, "events-gdelt").dicts()
    stored = _select(store, """
        SELECT DISTINCT ?event ?code ?source ?target WHERE {
          ?event dg:coding ?c . ?c dg:cameoCode ?code ;
                 dg:sourceActor ?source ; dg:targetActor ?target .
          FILTER NOT EXISTS { ?event dg:status ?status } }""")
    assert {(str(r["event"]), str(r["EventCode"]), str(r["Actor1CountryCode"]),
             str(r["Actor2CountryCode"])) for r in found} == {
        (r["event"], r["code"], r["source"], r["target"]) for r in stored}
    assert {str(r["PloverType"]) for r in found} == {"CONSULT", "AGREE"}
    assert all(isinstance(r["event"], URIRef) for r in found)
