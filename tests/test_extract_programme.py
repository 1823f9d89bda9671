"""A visitor's programme and the week ahead, as press releases and previews tell them: a
dinner "in his honour" is a meeting with the one honoured; two leaders who "spoke for
twenty minutes" met, so did two at "the annual retreat with" one of them, one "who had
breakfast with" another, and two who "held separate foreign ministers' talks"; "A working
lunch with X, pencilled in for Friday, was scrapped" is the visitor's meeting called off,
"The high point was Tuesday's meeting with X" the visitor's meeting held that day; a
headline's meeting that the story dates to "the second day of the visit" takes that day,
and a visit ended "after a four-day visit from 1 to 4 March" began on the 1st; "His
Honour" is a style, no name, and "His Highness" alone is not the one whose greetings were
conveyed; "the Council of Ministers" is a body, none of its ministers; "travels to X at the
weekend" is a trip still ahead; a body "which A co-chairs with B" meets when its verb
says; a meeting planned for a leg of a journey is called off with the leg; "X said Y's own
visit was moved" is Y's visit; "spent two days in X" is a stay there; "the Foreign Minister
called on the Prime Minister", told of two, called on the one of another state.  Each test
fails on the code before its rule (the checks that guard a rule's limits share its test)."""

from __future__ import annotations

import datetime as dt

from extract_facts import meetings


def _dated(facts, status: str = "held") -> set[tuple[frozenset[str], dt.date | None]]:
    return {(m.participants, m.date) for m in facts.meetings if m.status == status}


def test_a_dinner_in_his_honour_is_a_meeting_with_the_one_honoured(extract):
    """ "Later Y hosted a working dinner in her honour": "her" is the guest the sentence
    before told of, not the host."""
    facts = extract(
        "Chile's President Lucia Vargas landed in Lima on Monday afternoon. Later Peru's "
        "Prime Minister, Tomas Rivera, hosted a working dinner in her honour.")
    assert meetings(facts) == {frozenset({"lucia-vargas", "tomas-rivera"})}

    # the host who speaks of his own record at a ceremony honours no one else
    own = extract(
        "Chile's President Lucia Vargas landed in Lima on Monday. Peru's Prime Minister "
        "Tomas Rivera said he was proud of his record, at a ceremony in his honour.")
    assert meetings(own) == set()


def test_two_who_spoke_for_twenty_minutes_met(extract):
    """ "A and B spoke for some 25 minutes in an anteroom": a talk of the two, as "spoke
    with" is; one who "spoke for twenty minutes" to a conference met no one."""
    facts = extract(
        "Ghana's President Kofi Mensah and Togo's President Yao Agbeko spoke for some 25 "
        "minutes in an anteroom of the Accra conference centre on Monday.")
    assert meetings(facts) == {frozenset({"kofi-mensah", "yao-agbeko"})}

    alone = extract(
        "Ghana's President Kofi Mensah spoke for twenty minutes to the Accra conference on "
        "Monday, and Togo's President Yao Agbeko listened from the front row.")
    assert meetings(alone) == set()


def test_the_yearly_retreat_with_a_leader_is_a_meeting_with_him(extract):
    """ "after the yearly retreat with Y": a meeting of the two; a "retreat" from a plan is
    none."""
    facts = extract(
        "Malaysia's Prime Minister Idris Hamid told reporters after the yearly retreat with "
        "Thailand's Prime Minister Somchai Boonmee that a new rail link would be built.")
    assert meetings(facts) == {frozenset({"idris-hamid", "somchai-boonmee"})}

    plan = extract(
        "Thailand's Prime Minister Somchai Boonmee ruled out any retreat with regard to the "
        "rail plan, Malaysia's Prime Minister Idris Hamid said.")
    assert meetings(plan) == set()


def test_one_who_had_breakfast_with_another_in_a_relative_clause_met_him(extract):
    """ "A, who had breakfast with B …, said …": the one the relative clause tells of ate
    with B."""
    facts = extract(
        "Norway's Prime Minister Ola Berg, who had breakfast with Denmark's Prime Minister "
        "Mette Holm in Oslo on Tuesday, told the press the accord covered fisheries.")
    assert meetings(facts) == {frozenset({"ola-berg", "mette-holm"})}


def test_foreign_ministers_talks_are_talks(extract):
    """ "held their own foreign ministers' talks": a possessive among the words before
    "talks" keeps them talks."""
    facts = extract(
        "On Thursday Japan's Foreign Minister Kenji Sato and the Philippines' Foreign Affairs "
        "Secretary Maria Reyes held their own foreign ministers' talks in Manila.")
    assert meetings(facts) == {frozenset({"kenji-sato", "maria-reyes"})}


def test_a_working_lunch_with_the_host_that_was_scrapped_is_the_visitors(extract):
    """ "A working lunch with X, set for Wednesday, was scrapped": the meal of the story's
    visitor, called off; "a lunch with" students names no one met."""
    facts = extract(
        "Portugal's Prime Minister Rui Tavares reached Dublin on Tuesday. A working lunch with "
        "Ireland's Tanaiste Sean Byrne, set for Wednesday, was scrapped, an aide said.")
    assert meetings(facts, "cancelled") == {frozenset({"rui-tavares", "sean-byrne"})}

    students = extract(
        "Portugal's Prime Minister Rui Tavares had a lunch with students in Dublin on "
        "Monday.")
    assert meetings(students) == set()


def test_the_high_point_was_a_weekdays_meeting_with_the_host(extract):
    """ "The high point of the programme was Monday's meeting with President X": the
    visitor's meeting with X, on that Monday; the weekday is no owner."""
    facts = extract(
        "Pakistan's Prime Minister Imran Qadir flew home on Tuesday from Kazakhstan. The high "
        "point of the programme was Monday's meeting with Kazakhstan's President Nurlan "
        "Abenov.")
    assert _dated(facts) == {(frozenset({"imran-qadir", "nurlan-abenov"}),
                              dt.date(2024, 3, 4))}


def test_a_headlines_meeting_takes_the_day_of_the_stay_the_story_gives(extract):
    """A headline "X wraps up trip; meets President Y" over "On the second day of the
    visit, X met President Y": the meeting of that day, not the story's."""
    facts = extract(
        "Defence Minister Arjun Rao wraps up Indonesia trip; meets President Prabowo\n\n"
        "India's Defence Minister Arjun Rao returned to New Delhi today after a four-day "
        "official trip to Indonesia from 1 to 4 March.\n\n"
        "On the second day of the visit, Rao met Indonesia's President, Prabowo Subianto, "
        "in Jakarta.")
    assert _dated(facts) == {(frozenset({"arjun-rao", "prabowo-subianto"}),
                              dt.date(2024, 3, 2))}


def test_his_honour_is_a_style_not_a_name(extract):
    """ "His Honour the Vice President, NAME, called on Shikongo": "Honour" is no person,
    and the Vice President met the guest."""
    facts = extract(
        "Namibia's President Anna Shikongo reached Gaborone on Monday. That night His Honour "
        "the Vice President, Kabo Molefe, called on Shikongo at the State House.")
    assert not any("honour" in key for key in facts.persons)
    assert meetings(facts) == {frozenset({"anna-shikongo", "kabo-molefe"})}


def test_his_highness_alone_is_not_the_one_whose_greetings_were_conveyed(extract):
    """ "passed on the greetings of His Highness Sheikh B": B is absent, so a later "His
    Highness" alone is the visitor the story styled so before, not B."""
    facts = extract(
        "TOKYO, March 5 (Agency) -- His Highness Sheikh Saif bin Rashid Al Marri, Crown "
        "Prince of Bahrain, reached Tokyo on Sunday. His Highness passed on the greetings of "
        "His Highness Sheikh Hamad bin Salman Al Khalifa, the King of Bahrain. On Monday, His "
        "Highness held talks with Japan's Prime Minister Kenji Sato.")
    assert meetings(facts) == {frozenset({"saif-bin-rashid-al-marri", "kenji-sato"})}

    # none other styled so: the style alone is the one whose greetings were passed on
    alone = extract(
        "Nepal's Prime Minister Hari Thapa passed on the greetings of His Majesty King "
        "Jigme Khesar Namgyel Wangchuck to Bangladesh's Chief Adviser Kamal Hossain. Hossain, "
        "who had met His Majesty in Paro years ago, sent his good wishes back.")
    assert frozenset({"kamal-hossain", "jigme-khesar-namgyel-wangchuck"}) in meetings(alone)


def test_the_council_of_ministers_is_a_body_not_its_ministers(extract):
    """ "met the Prime Minister at the Council of Ministers": the body's name stands for
    none of the ministers the story named."""
    facts = extract(
        "Peru's Foreign Minister Jorge Paz paid a courtesy call on Chile's President Lucia "
        "Vargas on Sunday. On Monday, Vargas met Peru's Prime Minister Ana Quispe at the "
        "Council of Ministers.")
    assert meetings(facts) == {frozenset({"jorge-paz", "lucia-vargas"}),
                               frozenset({"ana-quispe", "lucia-vargas"})}
    assert len([m for m in facts.meetings if m.status == "held"]) == 2


def test_a_trip_at_the_weekend_told_in_the_present_is_ahead(extract):
    """ "travels to X at the weekend for a working meeting with Y": the present tense with a
    period still ahead, as with a weekday; "who went there last weekend" is past."""
    facts = extract(
        "Czech President Jan Dvorak travels to Bratislava at the weekend for a working "
        "meeting with Slovak President Pavol Hruska.")
    assert meetings(facts, "planned") == {frozenset({"jan-dvorak", "pavol-hruska"})}
    assert {(v.guest, v.status) for v in facts.visits} == {("jan-dvorak", "planned")}

    past = extract(
        "Czech President Jan Dvorak, who went to Slovakia last weekend, met Slovak President "
        "Pavol Hruska there.")
    assert meetings(past) == {frozenset({"jan-dvorak", "pavol-hruska"})}


def test_a_body_a_relative_clause_says_two_chair_meets_when_its_verb_says(extract):
    """ "The commission, which A co-chairs with B, is due to sit in Cairo in May": the
    chairs' meeting still to come, not one held."""
    facts = extract(
        "The joint commission, which Jordan's Prime Minister Omar Haddad co-chairs with "
        "Egypt's Prime Minister Khaled Farouk, is due to sit in Cairo in May.")
    assert meetings(facts) == set()
    assert meetings(facts, "planned") == {frozenset({"omar-haddad", "khaled-farouk"})}


def test_a_meeting_planned_for_a_leg_dropped_is_called_off(extract):
    """ "had intended to stop in X to meet Y, but that leg was dropped": the meeting is
    called off with the leg."""
    facts = extract(
        "Uruguay's President Diego Ferreira had intended to stop in Santiago to meet Chile's "
        "President Carlos Medina, but that leg was dropped, his staff said.")
    assert meetings(facts, "cancelled") == {frozenset({"diego-ferreira", "carlos-medina"})}
    assert meetings(facts, "planned") == set()

    # with the stop's own day, past by now: still the purpose of a stop only intended
    dated = extract(
        "Uruguay's President Diego Ferreira had intended to stop in Santiago on the 2nd to "
        "meet Chile's President Carlos Medina, but that leg was dropped, his staff said.")
    assert meetings(dated, "cancelled") == {frozenset({"diego-ferreira", "carlos-medina"})}


def test_a_visit_ended_keeps_the_first_day_its_own_words_state(extract):
    """ "returned today after a visit to X from 29 February to 3 March": the visit
    began on 29 February, as stated, not on a day counted back from the return."""
    facts = extract(
        "India's Defence Minister Arjun Rao returned to Delhi today after a five-day trip "
        "to Vietnam from 29 February to 4 March.")
    assert [(v.guest, v.host, v.start) for v in facts.visits] == [
        ("arjun-rao", "VN", dt.date(2024, 2, 29))]


def test_a_visit_owned_with_own_is_its_owners_not_the_tellers(extract):
    """ "X said Y's own visit to Z is off until next year": Y's visit put off, none of X's
    (the match begins at the possessive mark)."""
    facts = extract(
        "Guyana's Foreign Minister Hugh Todd said Prime Minister Ralph Gonsalves's own visit "
        "to Barbados had been put off until next year.")
    assert {(v.guest, v.host, v.status) for v in facts.visits} == {
        ("ralph-gonsalves", "BB", "postponed")}


def test_days_spent_in_a_city_abroad_are_a_visit(extract):
    """ "he spent three days in La Paz to prepare the summit": a stay in that state; years
    spent there as a student, or a weekend at home, are none."""
    facts = extract(
        "Peru's Foreign Minister Pablo Silva readied the summit last month, when he spent "
        "three days in La Paz with his Bolivian counterpart.")
    assert {(v.guest, v.host, v.status) for v in facts.visits} == {
        ("pablo-silva", "BO", "held")}

    student = extract("Ghana's President Kofi Mensah spent two years in London as a student.")
    assert student.visits == []
    home = extract("Kenya's President Daniel Kiptoo spent the weekend in Nairobi.")
    assert home.visits == []


def test_the_office_called_on_is_the_holder_of_another_state(extract):
    """ "the Foreign Minister called on the Prime Minister at the guest house", in a story of two
    prime ministers: the one of another state than the caller's, whom the caller met."""
    facts = extract(
        "Fiji's Prime Minister Jone Tuivaga flew into Canberra on Monday for talks with "
        "Australia's Prime Minister Mark Ellison. Early on Tuesday, Australia's Foreign "
        "Minister Claire Hughes called on the Prime Minister at the guest house.")
    assert frozenset({"claire-hughes", "jone-tuivaga"}) in meetings(facts)
    assert frozenset({"claire-hughes", "mark-ellison"}) not in meetings(facts)
