"""Whose office a name holds when the text leaves its state to the reader (the place an
official received a guest, a list after "the ministers of", offices joined by "and", a
Governor-General's realm), the styles and honours around a name, and "we" in a joint
media release."""

from __future__ import annotations

from extract_facts import offices


def test_an_official_who_welcomed_a_guest_there_is_of_that_place_s_state(extract):
    """ "… for a working trip to Uganda, and was greeted there by Vice President X": X is
    Uganda's, the state "there" stands for, not the dateline's."""
    facts = extract("NAIROBI, May 3 (Agency) - Kenyan President William Ruto left Nairobi on "
                    "Monday. His plane touched down at Entebbe in the morning for a two-day "
                    "working trip to Uganda, and he was greeted there by Vice President "
                    "Grace Akello.")
    assert offices(facts, "grace-akello") == {("Vice President", "UG")}


def test_an_official_met_where_the_guest_flew_is_of_that_city_s_state(extract):
    """ "travelled on to Honiara, where he met Deputy Prime Minister X": X is of the
    Solomon Islands, whose capital "where" stands for."""
    facts = extract("NAIROBI, May 3 (Agency) - Kenyan President William Ruto ended his "
                    "Pacific tour on Thursday. The President travelled on to Honiara, where he "
                    "met Deputy Prime Minister Peter Tobo.")
    assert offices(facts, "peter-tobo") == {("Deputy Prime Minister", "SB")}


def test_a_minister_is_not_of_the_state_of_his_own_counterpart(extract):
    """ "signed by Cabinet Secretary X and his Botswana counterpart": X is Kenya's (a state
    has many cabinet secretaries, so another's office is no bar), not Botswana's."""
    facts = extract(
        "NAIROBI, May 3 (Agency) - Kenya and Botswana signed five agreements on Monday after "
        "President William Ruto met Botswana's head of state, President Duma Boko, in "
        "Nairobi.\n\n"
        "Boko was greeted on arrival by Trade Cabinet Secretary Amani Otieno of "
        "Kenya.\n\n"
        "A memorandum on livestock health was signed by Agriculture Cabinet Secretary "
        "Joseph Kamau and his Botswana counterpart.")
    assert offices(facts, "joseph-kamau") == {("Cabinet Secretary", "KE")}


def test_a_state_s_possessive_before_an_office_is_no_person_s(extract):
    """ "greeted … by Kenya's Trade Cabinet Secretary, X": Kenya's office, not one of a
    person named before the possessive (the guest)."""
    facts = extract("President Duma Boko was greeted on arrival by Kenya's Trade "
                    "Cabinet Secretary, Amani Otieno.")
    assert offices(facts, "amani-otieno") == {("Cabinet Secretary", "KE")}


def test_the_subject_after_an_invitation_is_no_list_peer_of_the_host(extract):
    """ "… at the invitation of President X, Presidential Press Secretary Y told
    journalists": Y heads the clause, no list with the host; Kazakhstan's, as the
    dateline says."""
    facts = extract("ASTANA, March 18 (Agency) - President of Kazakhstan Kassym-Jomart "
                    "Tokayev is to go to Uzbekistan on a state visit next week at the "
                    "invitation of Uzbek President Shavkat Mirziyoyev, Presidential Press "
                    "Secretary Daulet Sarsen told journalists on Wednesday.")
    assert offices(facts, "daulet-sarsen") == {("Press Secretary", "KZ")}


def test_offices_joined_by_and_share_the_state_written_before_the_first(extract):
    """ "welcomed Vietnam's Minister of Foreign Affairs, X, and Minister of Defence, Y":
    both Vietnam's; but each signer of "signed by Nepal's Minister …, X, and Foreign
    Secretary Y" is of his own side."""
    facts = extract("CANBERRA, May 3 (Agency) - Today we welcomed Vietnam's Minister of "
                    "Foreign Affairs, Tran Van Hoa, and Minister of Defence, Ken Mori, to "
                    "Canberra.")
    assert offices(facts, "ken-mori") == {("Minister of Defence", "VN")}
    facts = extract("NEW DELHI, May 3 (Agency) - An agreement on the new bridge was signed "
                    "by Nepal's Minister of Foreign Affairs, Arjun Thapa, and Foreign "
                    "Secretary Vikram Misri.")
    assert offices(facts, "vikram-misri") == {("Foreign Secretary", "IN")}


def test_states_listed_after_the_ministers_of_leave_the_host_her_own(extract):
    """ "hosted the foreign ministers of Croatia, the Republic of Slovenia and the Republic
    of Moldova, joined by the Vice-Premier and Foreign Affairs Minister of the Republic of
    Slovenia, X": Slovenia is X's, and the host, of no state written, is not Slovenia's."""
    facts = extract("ZAGREB, May 3 (Agency) - Foreign Minister Marko Horvat hosted on "
                    "Thursday in Zagreb the foreign ministers of Croatia, the Republic of "
                    "Slovenia and the Republic of Moldova, joined by the Vice-Premier and "
                    "Foreign Affairs Minister of the Republic of Slovenia, Tanja Novak, and "
                    "the Foreign Minister of Moldova, Ion Rusu.")
    assert offices(facts, "marko-horvat") == {("Minister of Foreign Affairs", "HR")}


def test_the_right_honourable_stands_between_an_office_and_its_name(extract):
    """ "the United Kingdom's Home Secretary, the Right Honourable X": X holds the office."""
    facts = extract("The United Kingdom's Home Secretary, the Right Honourable Alice Marsh, "
                    "met Canada's Minister of Public Safety, Ravi Menon, in Ottawa on Monday.")
    assert offices(facts, "alice-marsh") == {("Home Secretary", "GB")}


def test_a_secretary_of_homeland_security_after_united_states(extract):
    """ "… and the United States Secretary of Homeland Security, X": an office of the
    United States ("States Secretary" is no State Secretary), and "Homeland Security" no
    person."""
    facts = extract("OTTAWA, May 3 (Agency) - She was joined by Ravi Menon and the United "
                    "States Secretary of Homeland Security, Dana Whitfield.")
    assert offices(facts, "dana-whitfield") == {("Secretary of Homeland Security", "US")}
    assert "homeland-security" not in facts.persons


def test_a_governor_general_is_of_a_realm_the_story_names(extract):
    """A story told from Washington of American senators in New Zealand: the
    Governor-General who received them is New Zealand's, the one realm the story names,
    not the dateline's republic."""
    facts = extract(
        "WASHINGTON, May 3 (Agency) - A delegation of United States senators met Prime "
        "Minister Christopher Luxon in Wellington on Monday, on the first visit to New "
        "Zealand by members of Congress this year.\n\n"
        "On Sunday evening, Governor-General Dame Mere Tane received the delegation at "
        "Government House.")
    assert offices(facts, "mere-tane") == {("Governor-General", "NZ")}


def test_we_in_a_joint_release_are_the_ministers_who_head_it(extract):
    """A joint media release headed by two ministers' names over their offices: "Today we
    welcomed X and Y" is a meeting of all four; an honour's letters after a name ("NAME
    AC") are no part of it."""
    facts = extract(
        "JOINT MEDIA RELEASE\n\n"
        "The Hon Richard Marles MP\nDeputy Prime Minister\nMinister for Defence\n\n"
        "Senator the Hon Penny Wong\nMinister for Foreign Affairs\n\n"
        "Talks with Japan\n\n"
        "3 May 2026\n\n"
        "Today we welcomed Japan's Foreign Minister, Koji Tanaka, and Minister "
        "of Defence, Ken Mori, to Canberra for our annual talks.\n\n"
        "Last night the Governor-General, Her Excellency Ms Joan Hart AC, hosted a dinner "
        "for the ministers at Government House.")
    groups = [sorted(m.participants) for m in facts.meetings]
    assert ["ken-mori", "koji-tanaka", "penny-wong", "richard-marles"] in groups
    assert "joan-hart" in facts.persons


def test_an_item_title_under_the_day_before_it_is_the_meeting_its_text_dates(extract):
    """A page of readouts: the second item's title ("X's Meeting with Y") stands under the
    first item's date line, and its own text says the meeting was the day before: one
    meeting, of that day, not a second one of the page's day."""
    facts = extract(
        "Ministry of External Relations\n"
        "Home > Press Room > Readouts\n\n"
        "Vice Minister Ortiz's Meeting with Peruvian President Reyes\n\n"
        "READOUT\nPRESS OFFICE\nMARCH 5, 2024\n\n"
        "Vice Minister Lucia Ortiz met with Peruvian President Tomas Reyes today in Lima. "
        "They discussed mining investment and a new border crossing.\n\n"
        "Vice Minister Ortiz's Meeting with Peruvian Foreign Minister Salas\n\n"
        "READOUT\nPRESS OFFICE\nMARCH 5, 2024\n\n"
        "Vice Minister Lucia Ortiz met with Peruvian Foreign Minister Andres Salas on "
        "March 4 in Lima. The two discussed the border crossing and consular "
        "cooperation.")
    with_salas = [m for m in facts.meetings if "andres-salas" in m.participants]
    assert [str(m.date) for m in with_salas] == ["2024-03-04"]


def test_an_envoy_of_the_un_secretary_general_is_the_envoy(extract):
    """ "The Special Envoy of the UN Secretary-General on Libya, X": X is the envoy, of
    no state (Libya is where the envoy is sent), not a Secretary-General of Libya."""
    facts = extract("TRIPOLI, May 3 (Agency) - The Special Envoy of the UN Secretary-General "
                    "on Libya, Anna Berglund, held talks with Foreign Minister Omar Salem in "
                    "Tripoli on Monday.")
    assert offices(facts, "anna-berglund") == {("Special Envoy", None)}


def test_each_stop_of_a_trip_listed_with_its_days_is_a_visit(extract):
    """A media note's "will travel to Nairobi, Kenya, March 11-12, and Kampala, Uganda,
    March 13-14": two visits to come, one to each state, past the first stop's days."""
    facts = extract("WASHINGTON, March 5 (Agency) - Assistant Secretary of State Mary Clarke "
                    "will travel to Nairobi, Kenya, March 11-12, and Kampala, Uganda, March "
                    "13-14, the department said.")
    assert sorted((v.host, v.status) for v in facts.visits) == [("KE", "planned"),
                                                                 ("UG", "planned")]


def test_a_delegation_led_by_named_persons_arrives_on_their_visit(extract):
    """ "The delegation, led by Senator X and Senator Y, arrived in Wellington for a
    five-day visit": a visit of each leader (but "shortly after the Iraqi delegation
    arrived" names nobody's)."""
    facts = extract("WASHINGTON, March 5 (Agency) - The delegation, led by US Senator Mary "
                    "Holt and US Senator John Reyes, arrived in Wellington on Saturday for a "
                    "five-day visit.")
    assert sorted((v.guest, v.host) for v in facts.visits) == [("john-reyes", "NZ"),
                                                               ("mary-holt", "NZ")]


def test_the_delegation_told_before_stands_for_those_who_lead_it(extract):
    """ "A US delegation led by Commerce Secretary X arrived …. On Monday, the delegation
    met Prime Minister Y": X met Y."""
    facts = extract("WASHINGTON, March 5 (Agency) - A US delegation led by Commerce Secretary "
                    "Mary Holt arrived in Wellington on Saturday evening for three days of "
                    "talks. On Monday, the delegation met Prime Minister Christopher Luxon at "
                    "Parliament.")
    assert [sorted(m.participants) for m in facts.meetings] == [["christopher-luxon",
                                                                 "mary-holt"]]


def test_a_known_name_followed_by_a_second_surname_is_the_whole_name(extract):
    """The world data knows a former foreign minister as "María Ángela Holguín"; written
    with her second surname, "María Ángela Holguín Cuéllar", the name is the whole of it."""
    facts = extract("NICOSIA, May 3 (Agency) - María Ángela Holguín Cuéllar held talks with "
                    "Foreign Minister Ana Lopez in Nicosia on Monday.")
    assert "maria-angela-holguin-cuellar" in facts.persons


def test_the_members_of_one_side_at_the_meeting_told_before_meet_no_one(extract):
    """ "At the meeting, the Greek side was represented by Foreign Minister X and Defence
    Minister Y": the meeting told before, with its members; no meeting of X with Y."""
    facts = extract("ATHENS, May 3 (Agency) - Prime Minister Kyriakos Mitsotakis and "
                    "President Nikos Christodoulides held talks in Athens on Wednesday. At "
                    "the meeting, the Greek side was represented by Foreign Minister Petros "
                    "Alexiou and Defence Minister Nikos Vlachos.")
    assert [sorted(m.participants) for m in facts.meetings] == [
        ["kyriakos-mitsotakis", "nikos-christodoulides"]]


def test_two_guests_welcomed_to_a_city_today_each_visit_now(extract):
    """ "welcomed STATE's Minister of Foreign Affairs, X, and Minister of Defence, Y, to
    Canberra today": each has begun a visit, not one still to come."""
    facts = extract("CANBERRA, March 5 (Agency) - Foreign Minister Penny Wong welcomed "
                    "Vietnam's Minister of Foreign Affairs, Tran Van Hoa, and Minister of "
                    "Defence, Le Minh Tuan, to Canberra today.")
    assert sorted((v.guest, v.host, v.status) for v in facts.visits) == [
        ("le-minh-tuan", "AU", "held"), ("tran-van-hoa", "AU", "held")]


def test_a_title_naming_two_talks_at_once_is_those_talks(extract):
    """A title "X discusses trade with A, B in Sofia" over "X held separate talks with A and
    with B": the two talks, not one meeting of the three."""
    facts = extract("Petrov discusses trade with Kovac, Horvat in Sofia\n\n"
                    "SOFIA, May 3 (Agency) - President Ivan Petrov held separate talks with "
                    "Slovak Prime Minister Jan Kovac and with Croatian Prime Minister Ante "
                    "Horvat in Sofia on Friday, on the margins of the regional summit.")
    groups = sorted(sorted(m.participants) for m in facts.meetings)
    assert ["ante-horvat", "ivan-petrov", "jan-kovac"] not in groups
    assert ["ante-horvat", "ivan-petrov"] in groups and ["ivan-petrov", "jan-kovac"] in groups
