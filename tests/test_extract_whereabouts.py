"""Where an occasion was, and who took part: "at the Egyptian foreign ministry" is in
Egypt's capital; a stay's venue ("arrived at the Kremlin") places its meetings in the
venue's city; "in the Weimar Triangle format" names no place; "the capital's Obelisco",
"the Ili and Naryn rivers", "the islands of Malekula and Ambae", "Hajj" and "Umrah" are
no persons; "the two leaders dined" is a meeting of the two; a President-elect is none of
"the two leaders"; "NAME, one of the President's party, met X" is no meeting of the
President; a story that calls the one it is about "the President" again and again, naming
the other holder "President X", means that one by it.  Each test fails on the code before
its rule, but one guard (a host who leads the story keeps the bare office)."""

from __future__ import annotations


def _places(facts) -> dict[frozenset[str], str | None]:
    return {m.participants: m.place.name if m.place else None for m in facts.meetings}


def test_a_state_ministry_puts_the_meeting_in_its_capital(extract):
    facts = extract("ADDIS ABABA - Ethiopian Prime Minister Abiy Ahmed received Kenyan "
                    "President William Ruto on Monday.\n\n"
                    "Kenya's Foreign Minister Musalia Mudavadi and Egypt's Foreign Minister "
                    "Sameh Shoukry conferred for an hour on Monday at the Egyptian foreign "
                    "ministry about the Nile.")
    assert _places(facts)[frozenset({"musalia-mudavadi", "sameh-shoukry"})] == "Cairo"


def test_a_name_after_the_capitals_possessive_is_a_place(extract):
    facts = extract("Argentine President Javier Milei received Uruguayan President Luis "
                    "Lacalle Pou on Monday at the Casa Rosada, on the capital's Obelisco "
                    "side, for talks on trade.")
    assert set(facts.persons) == {"javier-milei", "luis-lacalle-pou"}


def test_a_named_format_is_no_venue(extract):
    facts = extract("PARIS - French President Emmanuel Macron received Polish Prime "
                    "Minister Donald Tusk and German Chancellor Olaf Scholz in the Weimar "
                    "Triangle format after noon on Friday.")
    [meeting] = facts.meetings
    assert meeting.venue is None


def test_a_stays_venue_places_its_dinner_in_the_venues_city(extract):
    facts = extract("Indian Prime Minister Narendra Modi arrived at the Kremlin on Monday "
                    "evening for an official visit. He and Russian President Vladimir Putin "
                    "dined together for two hours, mostly without aides.")
    assert _places(facts) == {frozenset({"narendra-modi", "vladimir-putin"}): "Moscow"}


def test_the_two_leaders_who_dined_met(extract):
    facts = extract("Japanese Prime Minister Fumio Kishida flew to Seoul on Monday to see "
                    "South Korean President Yoon Suk Yeol before the summit. The two leaders "
                    "dined for two hours at the presidential residence.")
    assert [m.participants for m in facts.meetings] == [
        frozenset({"fumio-kishida", "yoon-suk-yeol"})]


def test_rivers_and_islands_named_in_pairs_are_no_persons(extract):
    facts = extract("Kazakh President Kassym-Jomart Tokayev met Kyrgyz President Sadyr "
                    "Japarov on Friday. They agreed on the water of the Ili and Naryn "
                    "rivers. Australian Foreign Minister Penny Wong later signed an "
                    "arrangement on roads on the islands of Malekula and Ambae.")
    assert set(facts.persons) == {"kassym-jomart-tokayev", "sadyr-japarov", "penny-wong"}


def test_a_president_elect_is_none_of_the_two_leaders(extract):
    facts = extract("Senegalese President Macky Sall hosted Mauritanian President Mohamed "
                    "Ould Ghazouani in Dakar on Tuesday. President-elect Bassirou Diomaye "
                    "Faye takes office next month, Faye told a radio station. Faye also "
                    "praised the gas talks. The two leaders signed an accord on gas at the "
                    "palace.")
    [agreement] = facts.agreements
    assert set(agreement.signatories) == {"macky-sall", "mohamed-ould-ghazouani"}


def test_a_possessor_inside_an_apposition_is_no_party(extract):
    facts = extract("Nepalese President Ram Chandra Poudel is in New Delhi this week for a "
                    "state visit.\n\n"
                    "Nepal's Foreign Minister Narayan Prakash Saud, one of the President's "
                    "party on the trip, met S. Jaishankar, India's External Affairs "
                    "Minister, on Tuesday.")
    assert [m.participants for m in facts.meetings] == [
        frozenset({"narayan-prakash-saud", "s-jaishankar"})]


def test_a_story_calls_the_one_it_is_about_by_the_bare_office(extract):
    facts = extract("President William Ruto came home to Nairobi today from a state visit of "
                    "three days to Uganda, made at the invitation of President Yoweri "
                    "Museveni.\n\n"
                    "The President flew out of Nairobi on Sunday. On Monday President "
                    "Museveni gave the President a ceremonial welcome at State House.\n\n"
                    "That evening, the President called on Prime Minister Robinah Nabbanja "
                    "at her office, where they talked about cross-border trade.")
    assert frozenset({"william-ruto", "robinah-nabbanja"}) in {
        m.participants for m in facts.meetings}


def test_the_bare_office_of_a_host_who_leads_the_story_stays_the_hosts(extract):
    """(a guard: the reading of the rule above must not move the host's words)"""
    facts = extract("The President of the Republic of Ghana, His Excellency Nana Akufo-Addo, "
                    "today held talks at the Jubilee House, Accra, with the President of the "
                    "Togolese Republic, His Excellency Faure Gnassingbé.\n\n"
                    "The President welcomed his guest and recalled the long friendship of the "
                    "two peoples.\n\n"
                    "\"Our border is a bridge, not a wall,\" the President said.\n\n"
                    "For his part, President Gnassingbé thanked his host. The President later "
                    "hosted a dinner for the delegation.")
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("nana-akufo-addo", "Our border is a bridge, not a wall")]


def test_the_pilgrimages_are_no_persons(extract):
    facts = extract("Indonesian Foreign Minister Retno Marsudi held talks with her Saudi "
                    "counterpart in Riyadh on Monday about Hajj quotas and Umrah visas.")
    assert set(facts.persons) == {"retno-marsudi"}
