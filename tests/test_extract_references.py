"""People told by pronoun, title and description across sentences: "a trip by X, who
says A and B are '…'" gives X's words; "'…,' the secretary said" is the Secretary of
State the story named; "The president's schedule was far from done. He then paid a call
on Y" is the president's call; "she" after a man shown so is the woman told of further
back; "The pair then worked through X" are two the story has named by then, not a leader
named further on, and "His guest agreed" is the visiting minister named before.  What
those readings bring to light: a phone call made while a meeting in person went on is a
call of its own.  "A day later she called the meeting 'X'" judges the meeting told before,
no call of that day; "Sultan X Mu'izzaddin Waddaulah" is one person; "…, who had flown in
from Herat" is on a visit; a letter of invitation given to X invites X.  Each test fails
on the code before its rule."""

from __future__ import annotations

import datetime as dt


def _said(facts) -> dict[str, str]:
    return {q.text: q.speaker for q in facts.quotes}


def _met(facts, status: str = "held") -> set[frozenset[str]]:
    return {m.participants for m in facts.meetings if m.status == status}


def test_words_in_a_relative_clause_are_those_of_whom_who_stands_for(extract):
    """ "a trip by Foreign Minister X, who says A and B are '…'": X's words."""
    facts = extract(
        "Fiji and Samoa agreed a fisheries arrangement on Monday during a trip by Fiji's "
        "Foreign Minister Josefa Tuilagi, who says Fiji and Samoa are \"neighbours who "
        "share one ocean\".")
    assert _said(facts) == {"neighbours who share one ocean": "josefa-tuilagi"}


def test_the_secretary_is_the_secretary_of_state_named_before(extract):
    """ "…, the secretary said": the Secretary of State the story named, the one secretary
    among its persons, though the bare word names no portfolio."""
    facts = extract(
        "OTTAWA - U.S. Secretary of State Daniel Moreau landed in Ottawa on Monday and "
        "conferred with Canada's Foreign Minister Claire Dubois.\n\n"
        "\"We are neighbours first and partners second,\" the secretary said at the airport.")
    assert _said(facts) == {"We are neighbours first and partners second": "daniel-moreau"}


def test_he_after_a_sentence_about_the_presidents_day_is_the_president(extract):
    """ "The president's schedule was far from done. He then paid a call on Y": the
    president, whose schedule the sentence before was about, not the minister who was the
    subject of the one before it."""
    facts = extract(
        "MUSCAT - Indonesian President Budi Santoso was received in Muscat on Tuesday by "
        "Sultan Haitham bin Tarik.\n\n"
        "Foreign Minister Arif Wibowo, who accompanies the president on the trip, told "
        "reporters that the two ministries would meet again in Jakarta.\n\n"
        "The president's schedule was far from done. He then paid a call on Oman's Deputy "
        "Prime Minister Fahd Al Said at his office.")
    assert frozenset({"budi-santoso", "fahd-al-said"}) in _met(facts)
    assert frozenset({"arif-wibowo", "fahd-al-said"}) not in _met(facts)

    # (but "X's media office quoted him as saying" is X's words, not another's)
    quoted = extract(
        "BAKU - Azerbaijan's President Elnur Hasanov met Georgia's Prime Minister Levan "
        "Beridze in Tbilisi on Tuesday.\n\n"
        "Hasanov's media office quoted him as saying: \"The border is open.\"")
    assert _said(quoted) == {"The border is open.": "elnur-hasanov"}


def test_she_after_a_man_is_the_woman_told_of_further_back(extract):
    """ "Her host said …. The veteran also thanked her …. That evening she paid a call on
    Y": the host is shown a man, so "she" is the woman the story told of before him."""
    facts = extract(
        "NEW DELHI - Sri Lankan Prime Minister Nadeesha Perera met her Indian counterpart "
        "Rajesh Varma for talks on Tuesday.\n\n"
        "\"We are partners,\" the Sri Lankan leader told the press in her remarks.\n\n"
        "Her host said his government would help. The veteran also thanked her for her "
        "country's support.\n\n"
        "That evening she paid a call on President Lakshmi Rao at the presidential palace.")
    assert frozenset({"nadeesha-perera", "lakshmi-rao"}) in _met(facts)
    assert frozenset({"rajesh-varma", "lakshmi-rao"}) not in _met(facts)


def test_the_two_are_two_named_by_then_and_the_guest_the_minister_named_before(extract):
    """ "Y received her … The pair then worked through …": the host and the visiting
    minister, not a leader whom the story names only further on; "His guest agreed" is
    that minister too."""
    facts = extract(
        "NUKU'ALOFA - Australia and Tonga signed a policing arrangement on Monday during a "
        "trip by Australia's Foreign Minister Helen Walsh, who says Tonga is a "
        "\"close friend\".\n\n"
        "She reached Nuku'alofa on Monday morning. It is her first trip to the kingdom "
        "this year.\n\n"
        "Tonga's Prime Minister Sione Fifita received her at his office an hour after her "
        "plane touched down. The pair then worked through a list of police matters and "
        "signed the arrangement.\n\n"
        "\"We will not forget your help,\" the Tongan prime minister said.\n\n"
        "His guest agreed, saying the two police forces would \"train together\".\n\n"
        "Walsh also carried a letter from Australia's Prime Minister Mark Doyle inviting "
        "Fifita to Canberra.")
    assert _met(facts) == {frozenset({"helen-walsh", "sione-fifita"})}
    assert all(a.signatories <= {"helen-walsh", "sione-fifita"} for a in facts.agreements)
    assert _said(facts)["train together"] == "helen-walsh"


def test_a_call_made_during_a_meeting_is_a_call_of_its_own(extract):
    """ "During the meeting, X spoke by telephone with Y, with the guest looking on": X and
    Y's call, not the meeting in person told before."""
    facts = extract(
        "KAMPALA - President Daniel Okello yesterday received Tanzania's Vice President "
        "Joseph Mrema at his residence, where they talked privately about the "
        "pipeline.\n\n"
        "During the meeting, President Okello spoke briefly by telephone with Kenya's "
        "President Paul Kamau, with the visiting dignitary looking on.")
    assert _met(facts) == {frozenset({"daniel-okello", "joseph-mrema"}),
                           frozenset({"daniel-okello", "paul-kamau"})}


def test_a_meeting_judged_on_a_later_day_is_the_meeting_told_before(extract):
    """ "A day later she called the meeting 'X'": the Wednesday meeting, judged on
    Thursday, not a call of Thursday."""
    facts = extract(
        "MEXICO CITY - President Ana Robles received Guatemala's President Luis Ordonez at "
        "her palace on Wednesday.\n\n"
        "At her briefing on Thursday morning she called the meeting \"a useful hour "
        "between neighbours\".\n\n"
        "On Friday Ordonez described the talks as \"a good start\".")
    assert {(m.participants, m.date) for m in facts.meetings} == {
        (frozenset({"ana-robles", "luis-ordonez"}), dt.date(2024, 2, 28))}


def test_a_full_name_that_goes_on_through_a_regnal_style_is_one_person(extract):
    """ "Sultan Hassanal Bolkiah Mu'izzaddin Waddaulah received X": the ruler's long name
    is one person, not the world data's name and a second person made of its tail."""
    facts = extract(
        "BANDAR SERI BEGAWAN - His Majesty Sultan Hassanal Bolkiah Mu'izzaddin Waddaulah "
        "received Vietnam's Prime Minister Tran Van Long at the palace on Tuesday.")
    assert _met(facts) == {frozenset({"hassanal-bolkiah", "tran-van-long"})}
    assert "waddaulah" not in facts.persons


def test_one_who_had_flown_in_from_abroad_is_on_a_visit(extract):
    """ "…, who had flown in from Herat that day": a stay in the state the story is told
    from, of the one "who" stands for."""
    facts = extract(
        "TASHKENT - Uzbekistan's Foreign Minister Timur Yusupov met Pakistan's Foreign "
        "Minister Asad Malik on Tuesday. Later they were joined by Afghanistan's acting "
        "Foreign Minister Karim Wardak, who had flown in from Herat that day.")
    assert ("karim-wardak", "UZ", "held") in {(v.guest, v.host, v.status) for v in facts.visits}


def test_a_letter_of_invitation_handed_over_invites_whom_it_was_handed_to(extract):
    """ "the guest gave Sultan X a letter of invitation to pay a visit to Indonesia": the
    Sultan's visit to Indonesia is ahead, as with "handed X an invitation to visit"."""
    facts = extract(
        "MUSCAT - Indonesian President Budi Santoso was received in Muscat on Tuesday by "
        "Sultan Haitham bin Tarik. On his way out, the guest gave Sultan Haitham a letter of "
        "invitation to pay a visit to Indonesia.")
    assert ("haitham-bin-tarik", "ID", "planned") in {
        (v.guest, v.host, v.status) for v in facts.visits}
