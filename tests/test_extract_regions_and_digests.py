"""A premier or president of a region (a province, a federal state, an autonomous territory)
holds that region's office, of the state the region lies in, and is none of the state's
leaders; a digest's items each under a dateline of their own, a dateline with an agency after
a full stop, a live blog's times, and a given name before "bint" after a long office: each
test fails on the code before its rule; the guards pass on both."""

from __future__ import annotations


def _offices(facts, key: str) -> set[tuple[str, str | None]]:
    return {(p.role, p.state) for p in facts.persons[key].positions}


def test_a_provinces_premier_before_the_name_holds_the_provinces_office(extract):
    facts = extract("Ontario Premier Dale Whitcombe met Prime Minister Mark Carney in Ottawa "
                    "on Monday to discuss tariffs.")
    assert _offices(facts, "dale-whitcombe") == {("Premier of Ontario", "CA")}
    assert ("Prime Minister", "CA") in _offices(facts, "mark-carney")


def test_a_territorys_premier_after_a_possessive_holds_its_office(extract):
    facts = extract("Greenland's premier, Aputsiaq Berthelsen, met Prime Minister Mette "
                    "Frederiksen in Copenhagen on Tuesday.")
    assert _offices(facts, "aputsiaq-berthelsen") == {("Premier of Greenland", "DK")}


def test_a_region_the_tagger_leaves_untagged_gives_its_premier_its_state(extract):
    facts = extract("Sarawak Premier Jemat Lias Openg met Prime Minister Anwar Ibrahim in "
                    "Kuching on Friday.")
    assert _offices(facts, "jemat-lias-openg") == {("Premier of Sarawak", "MY")}


def test_a_regions_president_in_apposition_holds_the_regions_office(extract):
    facts = extract("Salma Othman, the President of Zanzibar, received the Omani Foreign "
                    "Minister, Khalid Al Harthy, in Stone Town on Monday.")
    assert _offices(facts, "salma-othman") == {("President of Zanzibar", "TZ")}


def test_the_two_leaders_are_no_provinces_premier(extract):
    facts = extract(
        "Quebec Premier Lucie Tremblay met Trade Representative Owen Marsh in Washington "
        "on Tuesday.\n\n"
        "Prime Minister Daniel Fraser plans to speak with President Ray Holden by phone "
        "later this week, an aide said.\n\n"
        "The two leaders last talked by telephone on 28 January, his office said.")
    calls = [m for m in facts.meetings if m.status == "held" and "phone" in m.phase]
    assert [sorted(m.participants) for m in calls] == [["daniel-fraser", "ray-holden"]]


def test_the_premier_said_is_the_provinces_premier_the_story_called_so(extract):
    # guard: the premier was the story's one "Prime Minister" of Canada before
    facts = extract("Alberta Premier Gail Norquist met Trade Representative Owen Marsh in "
                    "Washington on Wednesday. Prime Minister Daniel Fraser will speak with "
                    "President Ray Holden later this week. \"We sell them our oil,\" the "
                    "premier said. \"The talks will go on,\" the prime minister said.")
    speakers = {q.text: q.speaker for q in facts.quotes}
    assert speakers == {"We sell them our oil": "gail-norquist",
                        "The talks will go on": "daniel-fraser"}


def test_a_states_premier_stays_its_head_of_government(extract):
    # guard: a premier of a state, not of a region, keeps the state's office
    facts = extract("Chinese Premier Wang Dehai met Prime Minister Anwar Ibrahim in Beijing "
                    "on Monday.")
    assert _offices(facts, "wang-dehai") == {("Prime Minister", "CN")}


def test_the_province_of_an_office_in_the_lead_is_no_place_of_the_story(extract):
    # guard: the province, read now that an office names it, leaves the story in Brunei
    facts = extract("Sultan Omar Saifuddin received the Premier of Sarawak at the palace in "
                    "Bandar Seri Begawan on Tuesday. Also present was Prince Haji Abdul "
                    "Mateen, the Crown Prince.")
    assert _offices(facts, "abdul-mateen") == {("Crown Prince", "BN")}


def test_a_digest_items_own_dateline_places_its_meetings(extract):
    facts = extract("Our weekly round of the region's diplomacy.\n\n***\n\n"
                    "BANGKOK — Malaysian Prime Minister Ahmad Ridzuan held talks with Thai "
                    "Prime Minister Somchai Boonmee at Government House on Monday.\n\n***\n\n"
                    "PHNOM PENH — Lao Prime Minister Khamphet Vongsa held talks with Cambodian "
                    "Prime Minister Sok Chenda on Tuesday in the Peace Palace. The evening "
                    "before, Khamphet had an audience with King Norodom Sihamoni in the Royal "
                    "Palace.")
    places = {frozenset(m.participants): m.place.name if m.place else None
              for m in facts.meetings}
    assert places[frozenset({"khamphet-vongsa", "sok-chenda"})] == "Phnom Penh"
    assert places[frozenset({"khamphet-vongsa", "norodom-sihamoni"})] == "Phnom Penh"


def test_a_dateline_with_the_agency_after_a_full_stop_is_the_storys(extract):
    facts = extract("ASTANA. Steppe Wire — The President's working day, from his press "
                    "service.\n\n"
                    "09:30 | Talks with Uzbekistan's foreign minister\n"
                    "The Head of State welcomed Uzbekistan's foreign minister, Farrukh Azimov, "
                    "at Akorda. Azimov passed on the regards of President Shavkat "
                    "Mirziyoyev.\n\n"
                    "14:45 | Talks with China's vice president\n"
                    "The President hosted China's Vice President Zhou Mingde, who flew "
                    "into Astana last night.\n\n"
                    "President Kassym-Jomart Tokayev later chaired a cabinet meeting.")
    assert facts.meta.dateline is not None and facts.meta.dateline.name == "Astana"
    assert {frozenset(m.participants) for m in facts.meetings} >= {
        frozenset({"kassym-jomart-tokayev", "zhou-mingde"})}


def test_a_live_blogs_time_zone_after_pm_is_no_prime_minister(extract):
    facts = extract("7:55 a.m. ET\nPrime Minister Louise Tremblay landed in Mexico City "
                    "last night.\n\n6:15 p.m. ET\nThat is all from us today. Tremblay "
                    "flies home on Friday.")
    assert set(facts.persons) == {"louise-tremblay"}


def test_a_given_name_before_bint_after_a_long_office_opens_the_name(extract):
    facts = extract("A grant agreement was countersigned in Doha by Minister of State for "
                    "International Development Noura bint Saad bin Khalid Al Hajri and a "
                    "Mauritanian minister.")
    assert "noura-bint-saad-bin-khalid-al-hajri" in facts.persons


def test_a_state_closing_the_name_of_a_gulf_is_no_party(extract):
    facts = extract("The Minister of Marine Affairs, Bala Ibrahim, and a Ghanaian minister "
                    "signed a pact on shared naval patrols across the Gulf of Guinea at Abuja "
                    "on Monday.")
    assert all("GN" not in a.parties for a in facts.agreements)
    assert all(state != "GN" for _, state in _offices(facts, "bala-ibrahim"))


def test_a_digests_contents_line_joins_no_one_from_two_items(extract):
    facts = extract(
        "Good evening. Tonight: Estonia's prime minister in Vilnius, a call between Oslo and "
        "Helsinki, Latvia's president in Warsaw, and a minister's next trip.\n\n"
        "Estonian Prime Minister Kaarel Tamm held talks with Lithuanian Prime Minister Jonas "
        "Valaitis in Vilnius on Monday.\n\n"
        "Norwegian Foreign Minister Ola Berg spoke by phone with Finnish Foreign Minister "
        "Aino Koski on Monday.\n\n"
        "Latvian President Maris Ozols met Polish President Adam Wolski in Warsaw on Monday.")
    assert sorted(sorted(m.participants) for m in facts.meetings) == [
        ["adam-wolski", "maris-ozols"], ["aino-koski", "ola-berg"],
        ["jonas-valaitis", "kaarel-tamm"]]


def test_a_state_label_opening_a_digest_item_is_no_subject(extract):
    facts = extract("IN BRIEF\n\nQatar: The Emir, Sheikh Fahad Al Thani, welcomed Oman's "
                    "Foreign Minister Sayyid Omar Haddad to Doha on Saturday.")
    assert [sorted(m.participants) for m in facts.meetings] == [
        ["fahad-al-thani", "omar-haddad"]]


def test_the_head_of_state_abroad_is_the_leader_the_agency_follows(extract):
    facts = extract("DUSHANBE. Steppe Wire - President Nurlan Abenov of Kazakhstan attended a "
                    "regional summit in Dushanbe on Friday, our correspondent "
                    "reports.\n\nThe summit was chaired by President Davron Saidzoda of "
                    "Tajikistan.\n\nThe Head of State also met President Timur Yusupov of "
                    "Uzbekistan on the sidelines.")
    assert ["nurlan-abenov", "timur-yusupov"] in [sorted(m.participants)
                                                  for m in facts.meetings]
