"""Summits with many bilaterals, and offices in depth. Each test fails on the code before its
rule, but three guards (three leaders met on a day of no gathering are one meeting; accords
initialled "in the leaders' presence" still have the leaders' two states; "a visit that is
his first to CITY" keeps its destination)."""

from __future__ import annotations


def _meetings(facts) -> list[frozenset]:
    return [frozenset(m.participants) for m in facts.meetings]


def _positions(facts, key: str) -> set[tuple]:
    return {(p.role, p.state) for p in facts.persons[key].positions}


_THREE = ("Peruvian President Dina Boluarte, Chilean President Gabriel Boric and Colombian "
          "President Gustavo Petro")
_EACH = [frozenset({"pedro-sanchez", other})
         for other in ("dina-boluarte", "gabriel-boric", "gustavo-petro")]


def test_a_pull_aside_is_a_meeting(extract):
    facts = extract("Argentine President Javier Milei met Uruguayan President Luis Lacalle Pou in "
                    "Montevideo on Monday. Lacalle Pou and Milei had a twelve-minute pull-aside "
                    "by the harbour on Tuesday.")
    assert sorted(m.date.day for m in facts.meetings
                  if m.participants == {"javier-milei", "luis-lacalle-pou"}) == [4, 5]


def test_leaders_met_in_quick_succession_are_met_one_by_one(extract):
    facts = extract("QUITO - Heads of government came for the regional forum. On Monday "
                    f"afternoon Spanish Prime Minister Pedro Sanchez met {_THREE} in quick "
                    "succession.")
    assert sorted(_meetings(facts), key=sorted) == sorted(_EACH, key=sorted)


def test_talks_on_the_margins_of_a_session_are_one_with_each(extract):
    facts = extract("QUITO - Heads of government came for the regional forum. Spanish Prime "
                    f"Minister Pedro Sanchez used the margins of Monday's session for talks with "
                    f"{_THREE}.")
    assert sorted(_meetings(facts), key=sorted) == sorted(_EACH, key=sorted)


def test_talks_on_the_opening_day_of_a_summit_are_one_with_each(extract):
    facts = extract("QUITO - Heads of government came for the regional forum. On the forum's "
                    f"opening day Spanish Prime Minister Pedro Sanchez had talks with {_THREE}.")
    assert sorted(_meetings(facts), key=sorted) == sorted(_EACH, key=sorted)


def test_guard_three_leaders_met_on_a_day_of_no_gathering_met_together(extract):
    facts = extract("QUITO - Spanish Prime Minister Pedro Sanchez met Chilean President Gabriel "
                    "Boric and Colombian President Gustavo Petro on Monday.")
    assert _meetings(facts) == [frozenset({"pedro-sanchez", "gabriel-boric", "gustavo-petro"})]


def test_a_host_welcoming_the_leaders_meets_none_of_them(extract):
    facts = extract("QUITO - Ecuadorean President Daniel Noboa welcomed the leaders to the forum "
                    "on Monday. Chilean President Gabriel Boric and Colombian President Gustavo "
                    "Petro held talks on Tuesday.")
    assert _meetings(facts) == [frozenset({"gabriel-boric", "gustavo-petro"})]


def test_talks_in_the_leaders_tent_are_the_two_leaders_talks(extract):
    facts = extract("QUITO - Ecuadorean President Daniel Noboa opened the forum on Monday. "
                    "Chilean President Gabriel Boric and Colombian President Gustavo Petro held "
                    "talks in the leaders' tent on Tuesday.")
    assert _meetings(facts) == [frozenset({"gabriel-boric", "gustavo-petro"})]


def test_guard_accords_initialled_in_the_leaders_presence_are_their_states(extract):
    facts = extract("Chilean President Gabriel Boric and Peruvian President Dina Boluarte met in "
                    "Arica on Monday. Ministers of both sides then initialled three accords in "
                    "the leaders' presence.")
    assert [sorted(a.parties) for a in facts.agreements] == [["CL", "PE"]]


def test_a_verb_heads_names_no_one(extract):
    facts = extract("BEIJING - Deputy Prime Minister Lawrence Wong co-chaired the council with "
                    "Vice Premier Ding Xuexiang in Suzhou on Thursday. Before the council, "
                    "Foreign Minister Vivian Balakrishnan phoned Chinese Foreign Minister Wang "
                    "Yi, a Politburo member, who also heads a party commission on foreign "
                    "affairs.")
    assert frozenset({"vivian-balakrishnan", "wang-yi"}) in _meetings(facts)


def test_a_surname_the_tagger_calls_an_organisation_is_the_leader_named(extract):
    facts = extract("OTTAWA - Luxon arrived in Ottawa on Monday for two days of talks. "
                    "Officials said Luxon met Trudeau on Tuesday at Rideau Hall.")
    assert {(v.guest, v.host) for v in facts.visits} == {("christopher-luxon", "CA")}


def test_a_deputy_on_an_official_visit_is_not_the_hosts(extract):
    facts = extract("SHANGHAI - Deputy Prime Minister Lim Boon Heng co-chaired a trade forum with "
                    "Chinese Vice Premier Ding Xuexiang in Shanghai on Friday, during a working "
                    "visit to China. Singapore and China agreed to widen cooperation.")
    assert _positions(facts, "lim-boon-heng") == {("Deputy Prime Minister", "SG")}


def test_the_last_portfolio_before_a_name_is_no_person(extract):
    facts = extract("COLOMBO - The guest was greeted on arrival by the Minister of Labour and "
                    "Foreign Employment, Tharaka Balasuriya.")
    assert set(facts.persons) == {"tharaka-balasuriya"}


def test_a_vice_chancellor_is_of_a_state_with_one(extract):
    facts = extract("VADUZ - Vice-Chancellor Werner Kogler received Federal Councillor Ignazio "
                    "Cassis of Switzerland on Thursday. Austria and Liechtenstein later signed a "
                    "rail declaration.")
    assert _positions(facts, "werner-kogler") == {("Vice-Chancellor", "AT")}


def test_a_name_before_a_building_noun_is_no_person(extract):
    facts = extract("LIMA - Peruvian President Dina Boluarte and Chilean President Gabriel "
                    "Boric met at the Quilla convention hall on Friday to discuss policing.")
    assert set(facts.persons) == {"dina-boluarte", "gabriel-boric"}


def test_leaders_met_as_leaders_of_a_group_are_the_ones_named(extract):
    facts = extract("LIMA - Chilean President Gabriel Boric arrived on Monday. Peruvian President "
                    "Dina Boluarte, Colombian President Gustavo Petro and Ecuadorean President "
                    "Daniel Noboa met as leaders of the Andean Community in Lima on Tuesday.")
    assert _meetings(facts) == [frozenset({"dina-boluarte", "gustavo-petro", "daniel-noboa"})]


def test_a_host_welcoming_the_leaders_with_a_minister_beside_him_meets_none(extract):
    facts = extract("QUITO - Ecuadorean President Daniel Noboa welcomed the leaders in turn at "
                    "the palace gate on Thursday morning, with Foreign Minister Gabriela "
                    "Sommerfeld beside him, and then opened the session. Chilean President "
                    "Gabriel Boric arrived on Wednesday.")
    assert facts.meetings == []


def test_a_call_between_the_amir_and_a_president_is_of_two(extract):
    facts = extract("DOHA - His Highness the Amir and President Ebrahim Raisi spoke by "
                    "telephone on Monday about the region. Qatar's Emir, Sheikh Tamim bin Hamad "
                    "Al Thani, plans to go to Tehran next month.")
    assert _positions(facts, "ebrahim-raisi") == {("President", "IR")}
    assert _meetings(facts) == [frozenset({"ebrahim-raisi", "tamim-bin-hamad-al-thani"})]


def test_a_minister_accompanying_the_guest_is_of_the_guests_state(extract):
    facts = extract("COLOMBO - Sri Lankan President Ranil Wickremesinghe received India's "
                    "External Affairs Minister, S. Jaishankar, on Tuesday. Sri Lanka's Foreign "
                    "Minister Ali Sabry hosted a lunch for the guest in Colombo. Minister of "
                    "State Rajan Mehra accompanied the guest throughout. Sri Lanka wants more "
                    "investment, Sri Lankan officials said.")
    assert _positions(facts, "rajan-mehra") == {("Minister of State", "IN")}


def test_a_minister_travelling_with_another_is_of_the_others_state(extract):
    facts = extract("SUVA - Australian Foreign Minister Penny Wong met Fijian Prime Minister "
                    "Sitiveni Rabuka on Wednesday. The Minister for Pacific Affairs, Tom Hale, "
                    "who is travelling with Ms Wong, saw Fiji's Deputy Prime Minister Biman Prasad "
                    "the same day.")
    assert _positions(facts, "tom-hale") == {("Minister for Pacific Affairs", "AU")}


def test_an_annex_of_a_treaty_is_no_person(extract):
    facts = extract("ASUNCION - Paraguayan President Santiago Pena wanted the revision of the "
                    "border treaty's Annex C concluded by June.")
    assert set(facts.persons) == {"santiago-pena"}


def test_a_place_of_another_event_told_of_a_visit_is_not_its_destination(extract):
    facts = extract("ANKARA - Norwegian State Secretary Eirik Lund met Turkish Deputy Foreign "
                    "Minister Nuh Yilmaz in Ankara on Tuesday, on a short visit that followed "
                    "consultations in Baku with Azerbaijani officials.")
    assert {(v.guest, v.host) for v in facts.visits} == {("eirik-lund", "TR")}


def test_guard_a_relative_clause_of_the_visit_itself_keeps_its_destination(extract):
    facts = extract("KINGSTON - Jamaican Prime Minister Andrew Holness left Kingston yesterday "
                    "for Barbados, on a three-day official visit that is his first to "
                    "Bridgetown since 2022.")
    assert {(v.guest, v.host) for v in facts.visits} == {("andrew-holness", "BB")}
