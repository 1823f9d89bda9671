"""Meetings and visits: triggers, participants, formats, dates, places and status."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.articles import parse_article
from diplograph.extract.events import status_of
from diplograph.extract.pipeline import extract_article

# A Tuesday: "on Monday" is 2024-03-04, "yesterday" too.
PUBLISHED = "2024-03-05"


@pytest.fixture(scope="module")
def extract():
    from diplograph.extract.nlp import load_model
    from diplograph.world import load_world

    nlp, world = load_model(), load_world()

    def run(text: str, header: str = ""):
        article = parse_article(f"date {PUBLISHED} {header}\n{text}", "test.txt")
        return extract_article(article, nlp, world)
    return run


def held(facts):
    return [m for m in facts.meetings if m.status == "held"]


RUTO, MODI = "william-ruto", "narendra-modi"


@pytest.mark.parametrize("sentence, fmt", [
    ("Kenyan President William Ruto held talks with Indian Prime Minister Narendra Modi "
     "on Monday.", "talks"),
    ("Kenyan President William Ruto met with Indian Prime Minister Narendra Modi on Monday.",
     None),
    ("Kenyan President William Ruto received Indian Prime Minister Narendra Modi on Monday.",
     None),
    ("Kenyan President William Ruto and Indian Prime Minister Narendra Modi held a telephone "
     "conversation on Monday.", "phone call"),
    ("Kenyan President William Ruto and Indian Prime Minister Narendra Modi held a video call "
     "on Monday.", "video call"),
    ("Kenyan President William Ruto spoke by phone with Indian Prime Minister Narendra Modi "
     "on Monday.", "phone call"),
    ("Kenyan President William Ruto met Indian Prime Minister Narendra Modi on the sidelines "
     "of the G20 summit on Monday.", None),
])
def test_meeting_phrasings_give_one_dated_meeting(extract, sentence, fmt):
    [meeting] = extract(sentence).meetings
    assert meeting.participants == {RUTO, MODI}
    assert meeting.date == dt.date(2024, 3, 4)
    assert meeting.status == "held"
    if fmt:
        assert fmt in meeting.formats


def test_three_leaders_meeting_is_one_meeting_with_three_participants(extract):
    facts = extract("President Emmanuel Macron, Chancellor Olaf Scholz and Prime Minister "
                    "Giorgia Meloni met in Rome on Monday to discuss migration.")
    [meeting] = facts.meetings
    assert meeting.participants == {"emmanuel-macron", "olaf-scholz", "giorgia-meloni"}
    assert meeting.place is not None and meeting.place.name == "Rome"


def test_sentences_about_the_same_meeting_merge(extract):
    facts = extract("Kenyan President William Ruto met Indian Prime Minister Narendra Modi on "
                    "Monday. The two leaders held talks on trade and defence. Ruto and Modi "
                    "also met in a one-on-one format.")
    [meeting] = facts.meetings
    assert {"talks", "one-on-one"} <= meeting.formats


def test_the_two_leaders_take_part_through_the_description(extract):
    facts = extract("Kenyan President William Ruto arrived in New Delhi on Monday. Indian Prime "
                    "Minister Narendra Modi welcomed him. The two leaders held talks on trade.")
    assert any(m.participants == {RUTO, MODI} and "talks" in m.formats for m in facts.meetings)


def test_pronoun_subject_takes_part_in_the_meeting(extract):
    facts = extract("Kenyan President William Ruto arrived in New Delhi on Monday. "
                    "He was received by Prime Minister Narendra Modi.")
    assert [m.participants for m in held(facts)] == [{RUTO, MODI}]


def test_journalist_is_not_a_participant(extract):
    facts = extract("Prime Minister Narendra Modi held talks with President William Ruto on "
                    "Monday, Modi told reporters.", header="By Priya Modi")
    [meeting] = facts.meetings
    assert meeting.participants == {RUTO, MODI}


@pytest.mark.parametrize("sentence, status", [
    ("Kenyan President William Ruto and Indian Prime Minister Narendra Modi will meet next "
     "week in Nairobi.", "planned"),
    ("Kenyan President William Ruto is expected to meet Indian Prime Minister Narendra Modi "
     "in Nairobi.", "planned"),
    ("A meeting between Kenyan President William Ruto and Indian Prime Minister Narendra Modi "
     "was postponed.", "cancelled"),
    ("Kenyan President William Ruto called off his meeting with Indian Prime Minister "
     "Narendra Modi.", "cancelled"),
])
def test_planned_and_cancelled_meetings_are_never_held(extract, sentence, status):
    facts = extract(sentence)
    assert held(facts) == []
    assert [m.status for m in facts.meetings] == [status]


@pytest.mark.parametrize("text, day", [
    ("President Emmanuel Macron met Chancellor Olaf Scholz on Tuesday.", dt.date(2024, 3, 5)),
    ("President Emmanuel Macron met Chancellor Olaf Scholz yesterday.", dt.date(2024, 3, 4)),
    ("President Emmanuel Macron met Chancellor Olaf Scholz on Friday.", dt.date(2024, 3, 1)),
    ("President Emmanuel Macron met Chancellor Olaf Scholz on March 2.", dt.date(2024, 3, 2)),
    ("President Emmanuel Macron arrived in Berlin on Monday. He had met Chancellor Olaf Scholz "
     "the day before.", dt.date(2024, 3, 3)),
])
def test_relative_dates_resolve_against_the_publication_date(extract, text, day):
    [meeting] = extract(text).meetings
    assert meeting.date == day


def test_status_patterns():
    assert status_of("The leaders are expected to sign a deal.") == "planned"
    assert status_of("The visit was postponed.") == "cancelled"
    assert status_of("The leaders signed a deal.") == "held"


# --- visits ----------------------------------------------------------------------------


def test_paid_a_state_visit_to_a_state(extract):
    [visit] = extract("Kenyan President William Ruto paid a state visit to France on "
                      "Monday.").visits
    assert (visit.guest, visit.host, visit.visit_type) == (RUTO, "FR", "state")
    assert visit.status == "held"


def test_arrived_in_a_city_on_an_official_visit(extract):
    [visit] = extract("Indian Prime Minister Narendra Modi arrived in Nairobi on an official "
                      "visit on Monday.").visits
    assert (visit.guest, visit.host, visit.visit_type) == (MODI, "KE", "official")
    assert visit.place is not None and visit.place.name == "Nairobi"
    assert visit.start == dt.date(2024, 3, 4)


def test_is_on_a_working_visit_to(extract):
    [visit] = extract("Chancellor Olaf Scholz, who is on a working visit to India, toured a "
                      "factory on Monday.").visits
    assert (visit.guest, visit.host, visit.visit_type) == ("olaf-scholz", "IN", "working")


def test_visit_to_ones_own_state_is_not_a_visit(extract):
    facts = extract("French President Emmanuel Macron arrived in Paris on Monday.")
    assert facts.visits == []


def test_postponed_visit_is_cancelled(extract):
    [visit] = extract("Indian Prime Minister Narendra Modi's visit to Kenya was postponed, "
                      "officials said.").visits
    assert (visit.guest, visit.host, visit.status) == (MODI, "KE", "cancelled")


def test_visit_next_month_is_planned(extract):
    [visit] = extract("Kenyan President William Ruto will pay a state visit to India next "
                      "month.").visits
    assert (visit.guest, visit.host, visit.status) == (RUTO, "IN", "planned")


def test_meeting_during_a_visit_is_part_of_it(extract):
    facts = extract("Kenyan President William Ruto arrived in New Delhi on an official visit on "
                    "Monday. Ruto held talks with Prime Minister Narendra Modi on Tuesday.")
    [visit] = facts.visits
    [meeting] = facts.meetings
    assert meeting.visit == 0
    assert visit.start == dt.date(2024, 3, 4)


def test_meeting_after_a_multi_day_visit_is_part_of_it(extract):
    facts = extract("South African President Cyril Ramaphosa wrapped up a three-day visit to "
                    "Nigeria on Sunday after meeting President Bola Tinubu in Abuja.")
    [visit] = facts.visits
    assert (visit.guest, visit.host) == ("cyril-ramaphosa", "NG")
    [meeting] = facts.meetings
    assert meeting.participants == {"cyril-ramaphosa", "bola-tinubu"}
    assert meeting.place is not None and meeting.place.name == "Abuja"
    assert meeting.visit == 0


def test_host_and_guest_with_hosted(extract):
    [meeting] = extract("Turkish President Recep Tayyip Erdogan hosted Hungarian Prime Minister "
                        "Viktor Orban in Ankara on Monday.").meetings
    assert meeting.participants == {"recep-tayyip-erdogan", "viktor-orban"}
    assert meeting.place is not None and meeting.place.name == "Ankara"


def test_future_tense_inside_a_quote_does_not_make_the_meeting_planned(extract):
    facts = extract("“We will deepen our partnership,” Secretary of State Antony Blinken said "
                    "after he met Foreign Minister Yoko Kamikawa in Tokyo on Monday.")
    [meeting] = facts.meetings
    assert meeting.status == "held"
    assert meeting.participants == {"antony-blinken", "yoko-kamikawa"}
