"""Telephone calls with several persons, the bare office of the story's own state, officers
and the offices they hold, sessions a journey is for, and words that are no town: each test
fails on the code before its rule; the three guards pass on both."""

from __future__ import annotations

import datetime as dt


def _met(facts) -> list[tuple[list[str], dt.date | None, tuple[str, ...]]]:
    return sorted((sorted(m.participants), m.date, tuple(sorted(m.formats)))
                  for m in facts.meetings)


def _offices(facts, key: str) -> set[tuple[str, str | None]]:
    return {(p.role, p.state) for p in facts.persons[key].positions}


def test_a_telephone_call_with_two_others_is_one_call_with_each(extract):
    facts = extract("Norwegian Foreign Minister Lars Dahl phoned both Armenian Foreign "
                    "Minister Aram Sargsyan and Azerbaijani Foreign Minister Elnur Aliyev on "
                    "Monday, urging calm on the border.")
    assert _met(facts) == [
        (["aram-sargsyan", "lars-dahl"], dt.date(2024, 3, 4), ("phone call",)),
        (["elnur-aliyev", "lars-dahl"], dt.date(2024, 3, 4), ("phone call",))]


def test_a_joint_telephone_call_stays_one_call(extract):
    facts = extract("Norwegian Foreign Minister Lars Dahl had a joint phone call on Monday with "
                    "Armenian Foreign Minister Aram Sargsyan and Azerbaijani Foreign Minister "
                    "Elnur Aliyev.")
    assert [sorted(m.participants) for m in facts.meetings] == [
        ["aram-sargsyan", "elnur-aliyev", "lars-dahl"]]


def test_two_callers_with_a_third_stay_one_call(extract):
    facts = extract("Chancellor Otto Brandt and Prime Minister Piotr Wolski spoke with "
                    "Ukrainian President Taras Melnyk by phone on Sunday.")
    assert [sorted(m.participants) for m in facts.meetings] == [
        ["otto-brandt", "piotr-wolski", "taras-melnyk"]]


def test_the_bare_office_is_the_holder_named_without_a_state(extract):
    facts = extract("The UN envoy Mara Odhiambo had talks with Prime Minister Josefa Tikoduadua "
                    "in Lautoka on Monday. Later the envoy joined a video link with Nauru's "
                    "Prime Minister Enele Kofe. The Prime Minister also talked by video on "
                    "Monday evening to Samoa's Prime Minister Grant Hollis about seasonal "
                    "work.")
    assert (["grant-hollis", "josefa-tikoduadua"], dt.date(2024, 3, 4), ("video call",)) \
        in _met(facts)


def test_a_season_is_no_town_of_that_name(extract):
    facts = extract("President Ana Folau of Tonga met President Luis Herrera of Peru in Lima on "
                    "Monday. Herrera accepted an invitation to visit in the spring.")
    assert all(v.place is None or v.place.name != "Spring" for v in facts.visits)
    assert all(v.host != "US" for v in facts.visits)


def test_an_invitation_to_a_titled_name_in_apposition_is_the_named_guest_s(extract):
    facts = extract("BERN, March 5 - Anna Gruber, the head of state of Austria, is in "
                    "Switzerland on a state visit. Swiss President Beat Keller held talks with "
                    "her. The Swiss President repeated the government's invitation to the "
                    "Austrian Chancellor, Lukas Moser, to come on an official visit to "
                    "Switzerland.")
    assert ("lukas-moser", "CH", "planned") in [(v.guest, v.host, v.status)
                                                for v in facts.visits]


def test_officers_named_by_their_command_hold_an_office_of_their_state(extract):
    facts = extract("NAIROBI, March 5 - Inspector-General of Police Joseph Wambua and his "
                    "Ugandan counterpart, Moses Okello, held talks on Monday. The Chief of the "
                    "Navy, Rear Admiral Thabo Nkosi, was also there.")
    assert _offices(facts, "joseph-wambua") == {("Inspector-General of Police", "KE")}
    assert _offices(facts, "moses-okello") == {("Inspector-General of Police", "UG")}
    assert {role for role, _ in _offices(facts, "thabo-nkosi")} == {"Chief of the Navy"}


def test_a_commander_in_chief_named_after_his_command_holds_it(extract):
    facts = extract("Sheikh Faris Salem Al-Sabah, Commander-in-Chief of the Kuwaiti armed "
                    "forces, welcomed Britain's chief of defence staff on Monday.")
    assert _offices(facts, "faris-salem-al-sabah") == {("Commander-in-Chief", "KW")}


def test_the_uk_secretary_of_state_for_defence_is_its_defence_minister(extract):
    facts = extract("The Crown Prince on Monday welcomed Britain's Secretary of State for "
                    "Defence, John Healey, to Manama.")
    assert _offices(facts, "john-healey") == {("Minister of Defence", "GB")}


def test_a_plan_of_military_cooperation_is_a_document_of_the_two_states(extract):
    facts = extract("ASTANA, March 5 - Kazakhstan's Defence Minister Ruslan Zhumabek held talks "
                    "with Uzbek Defence Minister Bakhtiyor Karimov in Astana on Monday. They "
                    "then signed a plan of defence cooperation for next year.")
    assert [(sorted(a.parties), sorted(a.signatories)) for a in facts.agreements] == [
        (["KZ", "UZ"], ["bakhtiyor-karimov", "ruslan-zhumabek"])]


def test_an_office_held_before_binds_no_state_to_a_signing(extract):
    facts = extract("Commonwealth Secretary-General Amara Mensah, a former Ghanaian foreign "
                    "minister, visited Lautoka on Monday. There Fiji's Finance Minister Biman "
                    "Prasad and she signed a memorandum on climate finance.")
    assert all("GH" not in a.parties for a in facts.agreements)


def test_words_reported_according_to_an_aide_are_the_subject_s(extract):
    facts = extract("President Ana Folau of Tonga received the World Bank President Ajay Banga "
                    "in Nuku'alofa on Monday. According to the President's spokesman Sione "
                    "Vake, the head of state declared that Tonga \u00abwants partnership, not "
                    "aid\u00bb. \u00abWe have opened the economy\u00bb, the President told the "
                    "visitor, the spokesman wrote.")
    assert _offices(facts, "sione-vake") == {("Spokesperson", "TO")}
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("ana-folau", "wants partnership, not aid"),
        ("ana-folau", "We have opened the economy")]


def test_a_general_set_off_after_his_office_holds_it(extract):
    facts = extract("Sweden's Supreme Commander, General Erik Lund, met Polish Defence Minister "
                    "Tomasz Nowak in Gdynia on Monday.")
    assert _offices(facts, "erik-lund") == {("Supreme Commander", "SE")}
    assert [sorted(m.participants) for m in facts.meetings] == [["erik-lund", "tomasz-nowak"]]


def test_two_joined_by_a_third_for_a_meeting_meet_all_three(extract):
    facts = extract("Egypt's Foreign Minister Karim Fahmy met Jordan's Foreign Minister Omar "
                    "Haddad in Cairo on Monday. Afterwards the pair were joined by the "
                    "Lebanese Foreign Minister, Elie Khoury, for a three-way meeting on "
                    "refugees.")
    assert ["elie-khoury", "karim-fahmy", "omar-haddad"] in [sorted(m.participants)
                                                            for m in facts.meetings]


def test_a_journey_for_a_session_a_counterpart_co_chairs_is_a_meeting_to_come(extract):
    facts = extract("Namibian Defence Minister Frieda Shikongo met Angolan Defence Minister "
                    "Manuel Tavares in Windhoek on Monday. Shikongo will fly to Luanda in June "
                    "for the defence commission's next session, which she co-chairs with "
                    "Tavares.")
    planned = [(sorted(m.participants), m.place.name if m.place else None)
               for m in facts.meetings if m.status == "planned"]
    assert planned == [(["frieda-shikongo", "manuel-tavares"], "Luanda")]
    assert all(m.status == "planned" for m in facts.meetings
               if m.evidence.text.startswith("Shikongo will fly"))


def test_a_journey_for_a_meeting_a_counterpart_will_host_is_a_meeting_to_come(extract):
    facts = extract("Namibian Defence Minister Frieda Shikongo met Angolan Defence Minister "
                    "Manuel Tavares in Windhoek on Monday. Tavares will come back to Windhoek "
                    "in June for a further meeting, which Shikongo will host.")
    assert [sorted(m.participants) for m in facts.meetings if m.status == "planned"] == [
        ["frieda-shikongo", "manuel-tavares"]]


def test_a_ruling_family_s_name_gives_its_state_only_to_one_styled_royal(extract):
    facts = extract("MANAMA, March 5 - British Defence Secretary John Healey held talks with "
                    "Lieutenant-General Yusuf bin Saleh Al Nuaimi, the Minister of Defence "
                    "Affairs, on Monday. Later Sheikh Humaid bin Rashid Al Nuaimi, a Minister of "
                    "State, called on him.")
    assert _offices(facts, "yusuf-bin-saleh-al-nuaimi") == {
        ("Minister of Defence Affairs", "BH")}
    assert _offices(facts, "humaid-bin-rashid-al-nuaimi") == {("Minister of State", "AE")}


def test_the_two_men_are_the_last_two_who_met_not_three_of_a_later_call(extract):
    facts = extract("Nauru's President Lionel Aingimea held talks with Kiribati's President "
                    "Taneti Maamau in Tarawa on Monday. Later the two presidents held a video "
                    "call with Palau's President Surangel Whipps. The two men had talked by "
                    "telephone on 9 February.")
    assert (["lionel-aingimea", "taneti-maamau"], dt.date(2024, 2, 9), ("phone call",)) \
        in _met(facts)
