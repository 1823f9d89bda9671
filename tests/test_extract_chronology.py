"""Chronologies and long reports: a timeline's row "Dec 2 - Call with X" is dated by its
label and is the call of the story's protagonist (so is "Feb 13 - Arrives in X" the
protagonist's visit), and a row under a year's heading is in that year; "Mar" before a day
is a month, and "the Kessa reservoir" a place; "flies to X for talks that same afternoon
with Y" and "travels to X on Friday, …, and is expected to sit for talks with Y" are
trips' talks to come; "the foreign ministers prepared a summit of A, B and C" is a summit ahead;
"A and B agreed on Monday … The talks lasted two hours" is A and B's meeting; "in central
Seoul" is in Seoul; "Monday's schedule opened with a courtesy call on X" is the visitor's
call; the full text of a speech under "Address by X" or "X:" alone is X's words, and "X's
year: a chronology" no words of X's; "had lunch with A, President B's envoy" is a meeting
with A alone; "Before leaving, X invited Y to make a state visit" is Y's visit ahead.  Each
test fails on the code before its rule (the checks that guard a rule's limits share its
test)."""

from __future__ import annotations

import datetime as dt

from extract_facts import meetings


def _dated(facts, status: str = "held") -> set[tuple[frozenset[str], dt.date | None]]:
    return {(m.participants, m.date) for m in facts.meetings if m.status == status}


def test_a_timeline_row_is_dated_by_its_label_and_is_the_protagonists(extract):
    """ "Dec 2 - Call with X": the row's label dates it, and a row that names no
    one who acts is the story's protagonist's; "Mar" before a day names no one, nor does
    the name of a reservoir."""
    facts = extract(
        "Ghana's President Kofi Mensah had a busy winter with his neighbours. Below are "
        "his main contacts.\n\n"
        "Oct 8 - Ghana's Foreign Minister Ama Owusu and Togo's Foreign Minister Komi "
        "Dossou co-chair the joint commission in Lome.\n\n"
        "Nov 16 - Talks by phone with Togo's President Yao Agbeko about water from the "
        "Kessa reservoir.\n\n"
        "Feb 14 - Talks with Burkina Faso's President Idrissa Kabore in Ouagadougou.\n")
    assert _dated(facts) == {
        (frozenset({"ama-owusu", "komi-dossou"}), dt.date(2023, 10, 8)),
        (frozenset({"kofi-mensah", "yao-agbeko"}), dt.date(2023, 11, 16)),
        (frozenset({"kofi-mensah", "idrissa-kabore"}), dt.date(2024, 2, 14))}
    assert "kessa" not in facts.persons

    month = extract(
        "Ghana's President Kofi Mensah had a busy spring.\n\n"
        "Mar 4 - Talks with Burkina Faso's President Idrissa Kabore in Ouagadougou.\n")
    assert "mar" not in month.persons


def test_a_timeline_row_of_an_arrival_is_the_protagonists_visit(extract):
    """ "Feb 13 - Arrives in Ouagadougou on a state visit": the trip of the one the
    timeline is about."""
    facts = extract(
        "Ghana's President Kofi Mensah travelled often this winter. Mensah said the "
        "neighbours came first.\n\n"
        "Feb 13 - Arrives in Ouagadougou on a state visit to Burkina Faso.\n\n"
        "Feb 14 - Talks with Burkina Faso's President Idrissa Kabore.\n")
    assert {(v.guest, v.host, v.start) for v in facts.visits} == {
        ("kofi-mensah", "BF", dt.date(2024, 2, 13))}


def test_a_row_under_a_years_heading_is_in_that_year(extract):
    """ "2023" over "9 April: X arrives in Y and holds talks with Z": April of 2023 (the
    story is of 2024), told in the present as timelines do, and held."""
    facts = extract(
        "Kenya and Uganda: a year of contacts.\n\n"
        "2023\n\n"
        "9 April: Kenya's Foreign Minister Amina Odhiambo arrives in Kampala and holds "
        "talks with Uganda's Foreign Minister Joseph Okello the same evening.\n")
    assert _dated(facts) == {
        (frozenset({"amina-odhiambo", "joseph-okello"}), dt.date(2023, 4, 9))}
    assert not meetings(facts, "planned")


def test_talks_the_same_day_with_y_after_a_flight_are_talks_to_come(extract):
    """ "flies to X on Saturday for talks that same afternoon with Y": the talks are as
    planned as the flight."""
    facts = extract(
        "Kenya's Foreign Minister Amina Odhiambo met Ethiopia's Foreign Minister Dawit "
        "Bekele in Nairobi on Monday. Odhiambo flies to Kigali on Saturday for talks that "
        "same afternoon with Jean Habimana, Rwanda's top diplomat.")
    assert _dated(facts, "planned") == {
        (frozenset({"amina-odhiambo", "jean-habimana"}), dt.date(2024, 3, 9))}


def test_a_travellers_talks_joined_after_a_verb_read_as_a_noun_are_hers(extract):
    """ "Tuggar travels to Rome on Friday, …, and is expected to sit for talks with Y": the
    tagger hangs the name on "travels" as a compound, the joined verb's subject all the
    same."""
    facts = extract(
        "Nigeria's foreign minister, Yusuf Tuggar, saw Johann Wadephul, Germany's foreign "
        "minister, in Berlin on Monday. Tuggar travels to Rome on Friday, the last city of "
        "his European round, and is expected to sit for talks with Antonio Tajani, "
        "Italy's foreign minister, in the Farnesina palace on Saturday.")
    assert meetings(facts, "planned") == {frozenset({"yusuf-tuggar", "antonio-tajani"})}


def test_a_summit_the_ministers_prepared_is_still_to_come(extract):
    """ "The foreign ministers prepared the summit of three presidents, A, B and C": the
    summit is ahead; "A and B had prepared the trip during a call" is a call held."""
    facts = extract(
        "The foreign ministers of three Andean states prepared the summit of the three "
        "presidents, President Lucia Vargas of Chile, President Tomas Rivera of Peru and "
        "President Ana Quispe of Bolivia, which Bolivia is to host at Sucre on 26 March.")
    assert meetings(facts, "planned") == {
        frozenset({"lucia-vargas", "tomas-rivera", "ana-quispe"})}
    assert not meetings(facts)

    call = extract(
        "Chile's President Lucia Vargas and Peru's President Tomas Rivera had prepared the "
        "trip during a phone call on Monday.")
    assert meetings(call) == {frozenset({"lucia-vargas", "tomas-rivera"})}


def test_the_talks_after_a_pairs_agreement_are_the_pairs_meeting(extract):
    """ "A and his counterpart B agreed on Monday to …. The talks at the ministry lasted two
    hours": A and B held them; not when the sentence before has one subject."""
    facts = extract(
        "Kenya's Foreign Minister Amina Odhiambo and her Ugandan counterpart Joseph Okello "
        "agreed on Monday to open a second border post. The talks in a guest house in "
        "central Nairobi lasted about two hours.")
    assert _dated(facts) == {
        (frozenset({"amina-odhiambo", "joseph-okello"}), dt.date(2024, 3, 4))}
    assert {m.place.name for m in facts.meetings if m.place} == {"Nairobi"}

    alone = extract(
        "Kenya's Foreign Minister Amina Odhiambo announced on Monday a second border post "
        "with Uganda, whose Foreign Minister is Joseph Okello. The talks at the ministry "
        "lasted about two hours.")
    assert not meetings(alone)


def test_the_call_the_days_programme_began_with_is_the_visitors(extract):
    """ "Monday's schedule opened with a call on X": the visitor's call."""
    facts = extract(
        "Kariuki wraps up Ghana visit\n\n"
        "Kenya's President Samuel Kariuki landed in Accra on Sunday at the start of his "
        "state visit. A brass band greeted Kariuki on the tarmac.\n\n"
        "Monday's schedule opened with a courtesy call on Kwame Asante, Speaker of "
        "Ghana's Parliament, at Parliament House.")
    assert _dated(facts) == {
        (frozenset({"samuel-kariuki", "kwame-asante"}), dt.date(2024, 3, 4))}


def test_the_full_text_of_a_speech_under_its_heading_is_the_speakers(extract):
    """ "Address by President X" over quoted paragraphs, and "President Y:" alone on its
    line: the words are X's and Y's."""
    facts = extract(
        "President Kofi Mensah of Ghana hosted President Yao Agbeko of Togo in Accra on "
        "Monday. The two presidents then gave speeches.\n\n"
        "Address by President Kofi Mensah\n\n"
        "\"Your Excellency, my dear brother,\n"
        "Our two peoples share a long border and a longer friendship.\n"
        "Let us build the new bridge together.\"\n\n"
        "President Yao Agbeko:\n\n"
        "\"Thank you, Mr President, for this warm welcome.\n\n"
        "We agreed today to open a joint border post.\"\n")
    said = {(q.speaker, q.text) for q in facts.quotes}
    assert any(speaker == "kofi-mensah" and "share a long border" in text
               for speaker, text in said)
    assert any(speaker == "yao-agbeko" and "open a joint border post" in text
               for speaker, text in said)


def test_a_headline_of_someones_thing_before_a_colon_is_no_quote(extract):
    """ "Mensah's winter: a chronology": a headline, not Mensah speaking; "Mensah: we
    stand together" still is."""
    facts = extract(
        "Mensah's winter: a chronology\n\n"
        "Ghana's President Kofi Mensah travelled often this winter.\n")
    assert not facts.quotes

    spoken = extract(
        "Ghana's President Kofi Mensah travelled often this winter.\n\n"
        "Mensah: We stand together with our neighbours.\n")
    assert {q.speaker for q in spoken.quotes} == {"kofi-mensah"}


def test_the_owner_named_in_a_participants_apposition_takes_no_part(extract):
    """ "had lunch with A, President B's special envoy": A is met, B is only named."""
    facts = extract(
        "Ghana's President Kofi Mensah sent an envoy abroad. Kenya's President Samuel "
        "Kariuki had lunch with Amina Odhiambo, President Mensah's special envoy, at "
        "State House on Monday.")
    assert meetings(facts) == {frozenset({"samuel-kariuki", "amina-odhiambo"})}



def test_a_visit_invited_before_the_inviter_left_is_still_to_come(extract):
    """ "Before leaving, X invited Y to make a state visit of his own, and Y accepted": Y's
    visit is ahead; "before leaving" tells X's last act, not a leg of a trip of Y's."""
    facts = extract(
        "Ghana's President Kofi Mensah ended a two-day state visit to Togo on Monday, "
        "where he was hosted by Togo's President Yao Agbeko.\n\n"
        "Before leaving, Mensah invited Agbeko to make a state visit of his own, to "
        "Accra, and the Togolese leader accepted.")
    assert ("yao-agbeko", "GH", "planned") in {
        (v.guest, v.host, v.status) for v in facts.visits}
