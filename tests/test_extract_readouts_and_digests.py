"""Readouts of government pages and weekly digests: who "the Prime Minister", "the
Minister" and "the two ministers" are, who a counterpart is, the day an item's title gives,
and a document a page tells twice."""

from __future__ import annotations

import datetime as dt

from extract_facts import offices


def test_a_counterpart_is_the_pronoun_subject_s_not_the_host_s(extract):
    """ "He … was received by President X before holding talks with his counterpart Y":
    "his" is the subject's, the foreign minister named in the sentence before."""
    facts = extract("Kenyan Foreign Minister Amani Otieno began a regional tour on Monday. "
                    "He arrived in Kigali on Monday evening and on Tuesday was received by "
                    "President Jean Habimana before holding talks with his Rwandan "
                    "counterpart, Claire Uwase.")
    assert offices(facts, "claire-uwase") == {("Minister of Foreign Affairs", "RW")}


def test_a_counterpart_of_a_named_subject_stays_that_subject_s(extract):
    """ "Minister X told reporters he had discussed it with his counterpart Y": "he" is X,
    named in the same sentence as the verb's subject."""
    facts = extract("Ghana's foreign minister, Kojo Mensah, told reporters he had discussed "
                    "the new border posts with his Togolese counterpart, Edem Agbeko, on "
                    "Wednesday.")
    assert offices(facts, "edem-agbeko") == {("Minister of Foreign Affairs", "TG")}


def test_a_counterpart_of_two_offices_holds_the_one_the_world_knows(extract):
    """ "Deputy Premier and Foreign Minister X hosted his Norwegian counterpart Y": Y a
    foreign minister, as the world data knows him, not a deputy prime minister."""
    facts = extract("In Tokyo on Monday, Deputy Premier and Foreign Minister Aiko Fujita "
                    "hosted his Norwegian counterpart, Espen Barth Eide, for lunch.")
    assert offices(facts, "espen-barth-eide") == {("Minister of Foreign Affairs", "NO")}


def test_the_two_ministers_are_the_pair_just_named_not_an_earlier_item_s(extract):
    """A digest's second item: "He … held talks with his counterpart Y. The two ministers
    signed …": the minister and Y, not the pair of the first item, named more often."""
    facts = extract(
        "Kenya's foreign minister Amani Otieno and Uganda's foreign minister Ruth Nabirye "
        "met in Nairobi on Monday. Otieno and Nabirye discussed the railway. Nabirye "
        "said Otieno had been generous.\n\n"
        "Ghana's foreign minister Kojo Mensah travelled to Lomé. He arrived there on "
        "Wednesday and held talks with his Togolese counterpart, Edem Agbeko. The two "
        "ministers later signed a memorandum on fisheries.")
    [agreement] = facts.agreements
    assert sorted(agreement.parties) == ["GH", "TG"]
    assert sorted(agreement.signatories) == ["edem-agbeko", "kojo-mensah"]


def test_the_prime_minister_is_not_the_one_the_story_calls_taoiseach(extract):
    """A readout: "Prime Minister X welcomed the Taoiseach, Y … The Prime Minister spoke to
    Chancellor Z": X called Z (Y is his state's prime minister, but the story never calls
    him so)."""
    facts = extract(
        "Prime Minister Keir Starmer received the Taoiseach, Micheál Martin, at Downing "
        "Street today. Martin had flown in from Dublin the evening before.\n\n"
        "Later on, the Prime Minister had a telephone call with German Chancellor "
        "Friedrich Merz.")
    calls = [m for m in facts.meetings if m.phase == "phone"]
    assert [sorted(m.participants) for m in calls] == [["friedrich-merz", "keir-starmer"]]


def test_the_one_briefed_on_a_meeting_took_no_part_in_it(extract):
    """ "X updated Y on his meeting with Z": X and Z met; Y was only told of it."""
    facts = extract("Chancellor Hanna Vogel spoke by phone with President Luis Soto of "
                    "Peru on Monday. The Chancellor updated the President on her meeting "
                    "with Prime Minister Aiko Fujita of Japan in Berlin on Sunday.")
    assert sorted(sorted(m.participants) for m in facts.meetings) == [
        ["aiko-fujita", "hanna-vogel"], ["hanna-vogel", "luis-soto"]]


def test_a_saint_s_feast_is_no_one_at_the_meeting(extract):
    """ "At a St Patrick's Day reception, A met B": the saint is no person of the day."""
    facts = extract("At a St Patrick's Day reception in Washington on Thursday, Prime "
                    "Minister Aiko Fujita of Japan met President Luis Soto of Peru.")
    assert sorted(facts.persons) == ["aiko-fujita", "luis-soto"]


def test_a_ministry_s_page_calls_its_own_minister_the_minister(extract):
    """A foreign ministry's weekly page: "the Minister" is the ministry's own minister,
    not a foreign minister the page named just before."""
    facts = extract(
        "WEEKLY HIGHLIGHTS\nMinistry of Foreign Affairs, Malaysia\n\n"
        "The Minister of Foreign Affairs, Aminah Yusof, received the Secretary of Foreign "
        "Affairs of the Philippines, Rosa Santos, on Monday.\n\n"
        "On Tuesday the Minister took a telephone call from Daniel Tan, Singapore's "
        "foreign minister.\n\n"
        "On Wednesday and Thursday the Minister paid a working visit to Indonesia.")
    assert [(v.guest, v.host) for v in facts.visits if v.host == "ID"] == [
        ("aminah-yusof", "ID")]
    calls = [m for m in facts.meetings if m.phase == "phone"]
    assert [sorted(m.participants) for m in calls] == [["aminah-yusof", "daniel-tan"]]


def test_a_single_consultation_held_with_someone_is_a_meeting(extract):
    facts = extract("Malaysian Foreign Minister Aminah Yusof held the annual bilateral "
                    "consultation with Indonesian Foreign Minister Budi Santosa in Jakarta on "
                    "Monday.")
    assert [sorted(m.participants) for m in facts.meetings] == [
        ["aminah-yusof", "budi-santosa"]]


def test_a_digest_item_s_title_gives_the_day_and_place_of_its_events(extract):
    """ "1. VISIT OF X (Putrajaya, Friday 1 March)" over an item whose sentence names no day
    of its own (only that of a clause about the guest's stay)."""
    facts = extract(
        "1. A GUEST FROM MANILA (Putrajaya, Friday 1 March)\n\n"
        "Malaysian Foreign Minister Aminah Yusof received Philippine Foreign Secretary Rosa "
        "Santos, who stayed in Malaysia from 29 February to 2 March.\n\n"
        "2. TELEPHONE CALL WITH SINGAPORE (Monday 4 March)\n\n"
        "Yusof spoke by telephone with Singaporean Foreign Minister Daniel Tan.")
    dates = {frozenset(m.participants): m.date for m in facts.meetings}
    assert dates[frozenset({"aminah-yusof", "rosa-santos"})] == dt.date(2024, 3, 1)
    assert dates[frozenset({"aminah-yusof", "daniel-tan"})] == dt.date(2024, 3, 4)


def test_a_document_told_twice_with_fuller_topics_is_one(extract):
    """The lead's "signed a declaration on rail links", the story's "signed a declaration
    on better rail links between two valleys": one declaration."""
    facts = extract(
        "Swiss Foreign Minister Anna Keller and Austrian Foreign Minister Peter Huber signed "
        "a declaration on rail links in Bern on Monday.\n\n"
        "With both presidents looking on, Keller and Huber signed the declaration on better "
        "rail links between two valleys.")
    [agreement] = facts.agreements
    assert sorted(agreement.parties) == ["AT", "CH"]




def test_a_meeting_not_scheduled_is_no_event(extract):
    """ "X is not scheduled to meet Y during the stay": no meeting, held or to come."""
    facts = extract("Japanese Foreign Minister Kenji Ota will travel to Seoul on Friday. Ota "
                    "is not scheduled to meet Prime Minister Lee Min-ho during the two-day "
                    "stay, a spokesman said.")
    assert [m for m in facts.meetings if "lee-min-ho" in m.participants] == []


def test_heading_somewhere_on_a_weekday_is_a_trip_to_come(extract):
    """ "X heads to Kuwait on Thursday for talks with Y", in a story of Tuesday (the
    tagger reading "heads" as a noun): the talks and the stay are to come, that Thursday."""
    facts = extract("Egypt's Foreign Minister Karim Adel was in Muscat on Monday. Adel heads "
                    "to Kuwait on Thursday for talks with its Prime Minister, Sheikh Ahmad Al "
                    "Sabah.")
    talks = [m for m in facts.meetings if "ahmad-al-sabah" in m.participants]
    assert [(m.status, m.date) for m in talks] == [("planned", dt.date(2024, 3, 7))]
    assert [(v.host, v.status) for v in facts.visits if v.host == "KW"] == [("KW", "planned")]


def test_a_call_joined_to_a_meeting_is_its_own_event(extract):
    """ "X met Y in Warsaw and phoned Z the same evening": a meeting with Y, a call with Z."""
    facts = extract("Polish Foreign Minister Radek Nowak met Estonian Foreign Minister Mart "
                    "Kask in Warsaw on Monday and phoned Ukrainian Foreign Minister Ivan "
                    "Bondar the same evening.")
    assert sorted((m.phase, sorted(m.participants)) for m in facts.meetings) == [
        ("main", ["mart-kask", "radek-nowak"]), ("phone", ["ivan-bondar", "radek-nowak"])]


def test_one_flown_in_for_a_visit_stays_in_the_city_the_sentence_names(extract):
    """A digest's item after one about Madrid: "was home in Berlin to receive X, who had
    flown in early that day for a one-day visit": a visit to Germany, not to Spain."""
    facts = extract(
        "Hanna Vogel had a full week. First the German chancellor dined in Paris with "
        "President Luc Martin; on Wednesday she went to Madrid, on a short working "
        "visit, to see Prime Minister Pablo Ruiz.\n\n"
        "On Thursday the chancellor was home in Berlin, where she would receive the "
        "Ukrainian President, Ivan Bondar, who had flown in early that day for a one-day visit.")
    assert [(v.guest, v.host) for v in facts.visits if v.guest == "ivan-bondar"] == [
        ("ivan-bondar", "DE")]


def test_a_flight_to_a_city_starts_on_its_own_clause_s_day(extract):
    """ "X spent Monday in Rome …; on Friday she flew on to Vienna for a visit": the visit
    to Austria begins on Friday, not on the sentence's first day."""
    facts = extract("Chancellor Hanna Vogel of Germany had a busy week. She spent Monday in "
                    "Rome with Prime Minister Carla Bruni; on Friday she flew on to Vienna for "
                    "a working visit.")
    assert [(v.host, v.start) for v in facts.visits if v.host == "AT"] == [
        ("AT", dt.date(2024, 3, 1))]


def test_a_surname_that_names_a_state_opening_a_pair_is_the_person(extract):
    """ "Luís Montenegro …" then "Montenegro and Mozambique's President, X, co-chaired the
    summit" (the parser reading the surname as the state before the office): Portugal's
    prime minister and X met."""
    facts = extract("Portugal's Prime Minister Luís Montenegro reached Maputo on Monday. "
                    "Later, Montenegro and Mozambique's President, Ana Tembe, co-chaired the "
                    "sixth bilateral summit in the government palace.")
    assert [sorted(m.participants) for m in facts.meetings] == [["ana-tembe", "luis-montenegro"]]


def test_a_section_headed_coming_up_tells_events_to_come(extract):
    """A digest's "COMING UP" section: "X co-chairs the commission with Y in Z", in the
    present tense, is a meeting to come; the item before the heading stays held."""
    facts = extract("WEEK IN REVIEW\n\nKenyan Foreign Minister Amani Otieno met Ugandan "
                    "Foreign Minister Ruth Nabirye in Kampala on Monday.\n\nCOMING UP\n\n"
                    "Otieno co-chairs the joint commission with Tanzanian Foreign Minister "
                    "Juma Salim in Arusha.")
    assert sorted((m.status, sorted(m.participants)) for m in facts.meetings) == [
        ("held", ["amani-otieno", "ruth-nabirye"]), ("planned", ["amani-otieno", "juma-salim"])]


def test_the_two_who_last_met_are_the_story_s_pair(extract):
    """ "The two leaders met last in Amman" after a paragraph naming others: the
    story's two leaders, not the two its last sentences named."""
    facts = extract(
        "DOHA - Emir Tamim bin Hamad Al Thani welcomed Lebanon's President Joseph Aoun to "
        "Doha on Monday. The Emir and Aoun discussed reconstruction. Aoun thanked the Emir "
        "for his support.\n\n"
        "The Lebanese president will see Prime Minister Khalid Al Sayed on Tuesday before "
        "leaving. He also met Turkish President Kemal Aydin in the city.\n\n"
        "The two leaders met last in Amman in June.")
    earlier = [m for m in facts.meetings if m.date is None]
    assert [sorted(m.participants) for m in earlier] == [
        ["joseph-aoun", "tamim-bin-hamad-al-thani"]]


def test_offices_after_an_opening_phrase_are_the_name_s(extract):
    """ "Meanwhile in Lima, the Deputy Prime Minister and Trade Minister, NAME, met …":
    the comma closes the opening phrase, not a name's apposition; the offices are NAME's."""
    facts = extract("Meanwhile in Lima, the Deputy Prime Minister and Trade Minister, "
                    "Aiko Fujita of Japan, met Peruvian President Luis Soto on Wednesday.")
    assert offices(facts, "aiko-fujita") == {
        ("Deputy Prime Minister", "JP"), ("Minister of Trade", "JP")}
