"""Agreements: what was signed, its kind, fields, parties, signatories and witnesses."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.articles import parse_article
from diplograph.extract.facts import Position
from diplograph.extract.pipeline import extract_article


@pytest.fixture(scope="module")
def extract():
    from diplograph.extract.nlp import load_model
    from diplograph.world import load_world

    nlp, world = load_model(), load_world()

    def run(text: str):
        return extract_article(parse_article("date 2024-03-05\n" + text, "test.txt"), nlp,
                               world)
    return run


def test_signed_memorandum_of_understanding_on_a_topic(extract):
    facts = extract("India and Kenya signed a memorandum of understanding on trade on Monday.")
    [agreement] = facts.agreements
    assert agreement.kind == "MoU"
    assert agreement.topics == ("trade",)
    assert agreement.parties == {"IN", "KE"}
    assert agreement.date == dt.date(2024, 3, 4)
    assert agreement.status == "held"


@pytest.mark.parametrize("verb", ["signed", "inked", "exchanged"])
def test_several_agreements_in_several_fields_are_one_per_field(extract, verb):
    facts = extract(f"Kenya and India {verb} agreements in the fields of health and education "
                    "on Monday.")
    assert sorted(a.topics for a in facts.agreements) == [("education",), ("health",)]
    assert all(a.kind == "Agreement" and a.parties == {"IN", "KE"} for a in facts.agreements)


def test_named_persons_sign(extract):
    facts = extract("Foreign Minister Subrahmanyam Jaishankar and Foreign Minister Wang Yi "
                    "signed an agreement on border management on Monday.")
    [agreement] = facts.agreements
    assert agreement.signatories == {"subrahmanyam-jaishankar", "wang-yi"}
    assert agreement.parties == {"IN", "CN"}
    assert agreement.topics == ("border management",)


def test_unnamed_offices_sign_as_positions(extract):
    facts = extract("The foreign ministers of India and Kenya signed a memorandum on "
                    "cooperation in tourism on Monday.")
    [agreement] = facts.agreements
    assert agreement.signatory_positions == {Position("Minister of Foreign Affairs", "IN"),
                                             Position("Minister of Foreign Affairs", "KE")}
    assert agreement.signatories == frozenset()


def test_leaders_in_the_presence_of_are_witnesses_not_signatories(extract):
    facts = extract("The trade ministers of India and Kenya signed a memorandum of "
                    "understanding on Monday in the presence of Prime Minister Narendra Modi "
                    "and President William Ruto.")
    [agreement] = facts.agreements
    assert agreement.witnesses == {"narendra-modi", "william-ruto"}
    assert agreement.signatories == frozenset()
    assert agreement.parties == {"IN", "KE"}


def test_expected_to_sign_is_planned(extract):
    facts = extract("India and Kenya are expected to sign an agreement on defence next week.")
    [agreement] = facts.agreements
    assert agreement.status == "planned"


def test_cancelled_signing_is_cancelled(extract):
    facts = extract("The signing of the trade agreement between India and Kenya was postponed.")
    [agreement] = facts.agreements
    assert agreement.status == "cancelled"


def test_talking_about_an_agreement_is_not_signing_one(extract):
    facts = extract("Prime Minister Narendra Modi and President William Ruto discussed a free "
                    "trade agreement on Monday.")
    assert facts.agreements == []


def test_agreement_signed_at_the_meeting_takes_its_place(extract):
    facts = extract("Prime Minister Narendra Modi held talks with President William Ruto in "
                    "Nairobi on Monday. The two sides signed a memorandum of understanding on "
                    "agriculture on Monday.")
    [agreement] = facts.agreements
    assert agreement.place is not None and agreement.place.name == "Nairobi"


def test_leaders_who_witnessed_the_exchange_are_witnesses(extract):
    facts = extract("Indonesian President Joko Widodo and Malaysian Prime Minister Anwar Ibrahim "
                    "witnessed the exchange of memorandums of understanding in Jakarta on "
                    "Monday.")
    [agreement] = facts.agreements
    assert agreement.kind == "MoU"
    assert agreement.witnesses == {"joko-widodo", "anwar-ibrahim"}
    assert agreement.signatories == frozenset()
    assert agreement.parties == {"ID", "MY"}
