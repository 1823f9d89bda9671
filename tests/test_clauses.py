"""The clause record: one per trigger, read once, shared by the event steps (issue #13).

Each step of the extractor runs alone on a small parsed text of our own: the story is
read up to its events (``read_story``), then one step or one clause is looked at.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.articles import parse_article
from diplograph.extract.clauses import clause_at
from diplograph.extract.meetings import find_meetings
from diplograph.extract.nlp import load_model
from diplograph.extract.pipeline import read_story
from diplograph.extract.visits import find_visits
from diplograph.world import load_world


@pytest.fixture(scope="module")
def story():
    nlp, world = load_model(), load_world()

    def read(text: str):
        return read_story(parse_article(f"date 2024-03-05\n{text}", "test.txt"), nlp, world)
    return read


def clause_of(story, word: str):
    """The clause of the first occurrence of ``word`` in the story."""
    ctx = story.ctx
    char = ctx.text.index(word)
    sentence = next(s for s in ctx.sentences
                    if s.char_start <= char < s.char_start + len(s.text))
    return clause_at(ctx, sentence, char)


def test_a_clause_reads_its_slots_once(story):
    read = story("Kenyan President Amani Otieno hosted Ghanaian President Kofi Badu in "
                 "Nairobi on Monday, a spokesman said.")
    clause = clause_of(read, "hosted")
    assert clause.subject == "amani-otieno" and clause.object == "kofi-badu"
    assert clause.persons == ["amani-otieno", "kofi-badu"]
    assert clause.status == "held" and not clause.negated and not clause.quoted
    assert clause.date == dt.date(2024, 3, 4)
    assert clause.places[0].name == "Nairobi"
    assert clause_of(read, "hosted") is clause  # built once, shared by every step


def test_a_clause_knows_it_is_planned_negated_or_quoted(story):
    planned = clause_of(story("Kenyan President Amani Otieno will meet Ghanaian President "
                              "Kofi Badu in Accra next week."), "meet")
    assert planned.status == "planned" and planned.date is None
    negated = clause_of(story("Kenyan President Amani Otieno did not meet Ghanaian President "
                              "Kofi Badu."), "meet")
    assert negated.negated
    quoted = clause_of(story('Otieno said: "We will meet Kofi Badu soon."'), "meet")
    assert quoted.quoted


def test_the_reporter_of_a_meeting_is_outside_its_clause(story):
    clause = clause_of(story("Presidential spokesman Juma Mwangi said Kenyan President Amani "
                             "Otieno met Ghanaian President Kofi Badu on Monday."), "met")
    assert clause.persons == ["amani-otieno", "kofi-badu"]


def test_each_event_step_runs_alone_on_a_read_story(story):
    ctx = story("Kenyan President Amani Otieno hosted Ghanaian President Kofi Badu in "
                "Nairobi on Monday.").ctx
    [meeting] = find_meetings(ctx)
    assert meeting.participants == {"amani-otieno", "kofi-badu"}
    assert (meeting.host, meeting.guest) == ("amani-otieno", "kofi-badu")
    ctx = story("Ghanaian President Kofi Badu arrived in Nairobi on Monday for a state "
                "visit.").ctx
    [visit] = find_visits(ctx, ctx.doc)
    assert (visit.guest, visit.host, visit.start) == ("kofi-badu", "KE", dt.date(2024, 3, 4))


def test_the_roles_of_a_clause_come_from_the_rule_table(story):
    hosted = clause_of(story("Kenyan President Amani Otieno hosted Ghanaian President Kofi Badu "
                             "in Nairobi on Monday."), "hosted")
    assert hosted.roles.rule == "roles:hosted"
    assert {role: token.text for role, token in hosted.roles.tokens.items()
            if role != "verb"} == {"host": "Otieno", "guest": "Badu"}
    visiting = clause_of(story("Kenyan President Amani Otieno held talks with visiting "
                               "Ghanaian President Kofi Badu on Monday."), "held")
    assert visiting.roles.rule == "roles:visiting-before"
    assert visiting.roles.tokens["guest"].text == "Badu"
    plain = clause_of(story("Kenyan President Amani Otieno met Ghanaian President Kofi Badu."),
                      "met")
    assert plain.roles.rule is None and plain.roles.tokens == {}
