"""What took place and what did not, as live pages, transcripts and wire copy tell it: an
event put off before and then held, a plan told with "was set to", a call announced and
then made on the same page, the company a traveller came with, a post embedded under its
header, a signing a leader tells in a press conference, a people's adjective two states
share, "the two presidents" after a lead that names them with their titles, a landing at
an airport the world data does not know, talks that are a document's topic, and a
summit's signing by its leaders.  Each test fails on the code before its rule (the checks that
guard a rule's limits share its test)."""

from __future__ import annotations

from extract_facts import meetings


def _visits(facts) -> set[tuple[str, str, str]]:
    return {(v.guest, v.host, v.status) for v in facts.visits}


def test_talks_that_took_place_after_being_put_off_are_held(extract):
    """ "… went ahead at last on Monday, after the trip had twice been delayed": the
    putting off is told as what came before; the talks are held.  Talks put off and still
    to come stay postponed."""
    facts = extract("DOHA, March 5 (Agency) - The talks of Lebanon's President Nabil Haddad "
                    "with Qatar's Amir, Sheikh Fahad bin Saud Al Thani, at last took place "
                    "on Monday, after the trip had been postponed two times since January.")
    assert meetings(facts) == {frozenset({"nabil-haddad", "fahad-bin-saud-al-thani"})}
    assert not meetings(facts, "postponed")

    later = extract("BERLIN, March 5 (Agency) - The postponed talks between Prime Minister "
                    "Oliver Grant of the United Kingdom and Chancellor Jonas Weber of Germany "
                    "will take place in Berlin next month.")
    assert meetings(later, "postponed") == {frozenset({"oliver-grant", "jonas-weber"})}


def test_a_rescheduled_visit_that_began_is_held(extract):
    """ "The rescheduled state visit … began": a visit put off before, told with a verb of
    its beginning, is under way."""
    facts = extract("TASHKENT, March 5 (Agency) - The rescheduled state visit of President "
                    "Almaz Toktogulov of Kyrgyzstan to Uzbekistan began on Monday, when he "
                    "arrived in Tashkent at the invitation of his host.")
    assert ("almaz-toktogulov", "UZ", "held") in _visits(facts)
    assert not any(status != "held" for _, _, status in _visits(facts))


def test_a_trip_that_was_set_to_happen_is_planned(extract):
    """ "was also set to go on to Tallinn on Thursday for … talks with Y": a plan, not a
    visit or a meeting held."""
    facts = extract("RIGA, March 5 (Agency) - Finland's President Mikko Lehtinen reached "
                    "Riga on Monday. Lehtinen was also set to go on to Tallinn on Thursday "
                    "for a short working trip and talks with Estonia's President Kaarel "
                    "Tamm.")
    assert not meetings(facts)
    assert meetings(facts, "planned") == {frozenset({"mikko-lehtinen", "kaarel-tamm"})}
    assert ("mikko-lehtinen", "EE", "held") not in _visits(facts)


def test_a_call_announced_and_then_made_on_the_same_page_is_one_held_call(extract):
    """A live page's "X is due to talk to Y by phone later today" under the post that the
    call took place: one call, held; a call announced for another day stays a plan."""
    facts = extract("LIVE: Prime Minister in Lisbon\n\n"
                    "16:40 - Call has ended\n"
                    "Prime Minister Rui Santos has talked by telephone with Oleh Marchenko, "
                    "Ukraine's President, his office said.\n\n"
                    "11:20 - Call due\n"
                    "Prime Minister Rui Santos is due to talk by telephone with Ukraine's "
                    "President Oleh Marchenko this afternoon, aides said.")
    pair = frozenset({"rui-santos", "oleh-marchenko"})
    assert meetings(facts) == {pair}
    assert not meetings(facts, "planned")

    another_day = extract("Prime Minister Rui Santos has talked by telephone with Oleh "
                          "Marchenko, Ukraine's President, his aides said. The two are due to "
                          "talk by telephone again on Friday, aides said.")
    assert meetings(another_day, "planned") == {pair}


def test_the_company_a_traveller_came_with_pays_no_visit(extract):
    """ "X, accompanied by his spouse and Foreign Minister Y, arrived …", parsed with the
    company a subject of its own: X's visit, not Y's."""
    facts = extract("VIENNA, March 5 (Agency) - Czech President Petr Dvorak, accompanied by "
                    "his spouse Jana Dvorakova and Foreign Minister Karel Sedlak, arrived in "
                    "Vienna on Monday evening for a brief official visit.")
    assert _visits(facts) == {("petr-dvorak", "AT", "held")}


def test_a_post_under_its_header_is_the_words_of_the_person_it_names(extract):
    """An embedded post as a page renders it, "NAME @handle · time" above the text (with
    quotation marks or without): the text is a quote of NAME."""
    facts = extract("Prime Minister Rui Santos of Portugal met President Oleh Marchenko of "
                    "Ukraine in Lisbon on Monday.\n\n"
                    "Santos posted after the talks:\n\n"
                    "  Rui Santos @ruisantos_pm · 16:49\n"
                    "  \"Good talks with President Marchenko. Portugal stands with "
                    "Ukraine.\"\n"
                    "  412 reposts · 2.1K likes\n\n"
                    "  Oleh Marchenko @marchenko_ua\n"
                    "  Thank you, Lisbon. Strong words and stronger friends.")
    assert {(q.speaker, q.text) for q in facts.quotes} >= {
        ("rui-santos", "Good talks with President Marchenko. Portugal stands with Ukraine."),
        ("oleh-marchenko", "Thank you, Lisbon. Strong words and stronger friends.")}


def test_a_signing_a_leader_tells_in_a_press_conference_is_an_agreement(extract):
    """ "Then we saw the signing of three more accords", said in a transcript's speech:
    done, as the past tense of the verb the signing hangs on says, so a bundle besides
    the document named before it."""
    facts = extract("Transcript: joint media briefing, Union Buildings, Pretoria\n\n"
                    "PRESIDENT MOKOENA: Thank you. I welcome President Hango of Namibia "
                    "once again. Our two foreign ministers, Minister Sipho Dlamini and "
                    "Minister Maria Shikongo, signed an agreement on the hydrogen corridor. "
                    "Then we saw the signing of three more accords by our officials.\n\n"
                    "PRESIDENT HANGO: Thank you, my brother.",
                    header="Source: Presidency")
    assert len(facts.agreements) == 2
    assert all(a.parties == frozenset({"ZA", "NA"}) for a in facts.agreements)


def test_a_peoples_adjective_two_states_share_is_the_one_the_story_names(extract):
    """ "the Congolese minister" in a story from Luanda about Brazzaville's minister:
    Congo-Brazzaville, whose capital and name the story gives, and not DR Congo, named
    once in passing, so the minister is the one who was received."""
    facts = extract("LUANDA, March 5 (Agency) - President Carlos Mendes received Serge "
                    "Mabiala, the Republic of Congo's Minister of Foreign Affairs, on Monday. "
                    "The Congolese minister flew in from Brazzaville on Sunday.\n\n"
                    "Earlier, Mabiala held talks with Angola's Minister of External "
                    "Relations, Paulo Ferraz.\n\n"
                    "In the afternoon the Congolese minister was further received by "
                    "Vice-President Rosa Matias. The unrest in DR Congo came up as well.")
    assert frozenset({"rosa-matias", "serge-mabiala"}) in meetings(facts)
    assert frozenset({"rosa-matias", "paulo-ferraz"}) not in meetings(facts)


def test_the_two_presidents_are_the_pair_the_lead_names_with_their_titles(extract):
    """ "Kenyan President A and Tanzanian President B held talks …; a session with C was
    dropped … The two presidents talked for two hours … and signed a communique": A and
    B, the pair the lead names together (a title the parser makes A's conjunct stands for
    B), not C, a leader named more often; so the communique is Kenya's and Tanzania's."""
    facts = extract("ARUSHA, March 5 (Agency) - Kenyan President William Ruto and Tanzanian "
                    "President Samia Suluhu Hassan conferred in Arusha on Monday; a "
                    "three-leader session with Uganda's Yoweri Museveni, set for the "
                    "afternoon, was dropped when the Ugandan head of state stayed home.\n\n"
                    "Ruto landed in Tanzania on Monday morning, greeted on the tarmac by a "
                    "deputy minister.\n\n"
                    "The two presidents talked for two hours at the conference hall, at "
                    "first alone, later joined by their teams, and put their names to a "
                    "joint communique on border posts.\n\n"
                    "Museveni had been expected but did not come. Ruto phoned Museveni in "
                    "the evening.")
    assert [a.parties for a in facts.agreements] == [frozenset({"KE", "TZ"})]
    in_arusha = {m.participants for m in facts.meetings
                 if m.place is not None and m.place.name == "Arusha"}
    assert in_arusha == {frozenset({"william-ruto", "samia-suluhu-hassan"})}


def test_talks_held_as_the_first_annual_leaders_dialogue(extract):
    """ "held the first yearly leaders' dialogue": talks, whatever the words between."""
    facts = extract("PORT MORESBY, March 5 (Agency) - Prime Minister Peter Kila and "
                    "Australia's Prime Minister Tom Hartley held the first yearly leaders' "
                    "dialogue of their new treaty in Port Moresby on Monday.")
    assert meetings(facts) == {frozenset({"peter-kila", "tom-hartley"})}


def test_documents_signed_by_members_of_the_delegations_are_the_states(extract):
    """ "Twelve more documents, on …, were signed by members of each delegation": signed
    for the two states, as "by the delegations" is (a bundle beside the statement)."""
    facts = extract("TASHKENT, March 5 (Agency) - President Timur Rakhimov of Uzbekistan "
                    "and President Bolot Asanov of Kyrgyzstan held talks on Monday.\n\n"
                    "Afterwards the two heads of state put their names to a joint statement "
                    "on friendship. Twelve more documents, on irrigation, roads and "
                    "schools, were signed by members of each delegation.")
    assert len(facts.agreements) == 2
    assert all(a.parties == frozenset({"UZ", "KG"}) for a in facts.agreements)


def test_a_landing_at_an_airport_the_world_data_does_not_know_dates_the_stay(extract):
    """ "X is in Argentina for an official visit. … X landed at Ezeiza International
    Airport late on Monday, where Foreign Minister Y welcomed him": the landing's day is
    the stay's first, though no airport of the world data is named; and a welcome below the
    aircraft's stairs ("Aeroparque …") is no meeting."""
    facts = extract("BUENOS AIRES, March 5 (Agency) - Chilean President Tomas Rivas is in "
                    "Argentina for a brief official visit.\n\n"
                    "Rivas landed at Ezeiza International Airport late on Monday, where "
                    "Foreign Minister Julio Paredes welcomed him.")
    assert [(v.guest, v.host, str(v.start)) for v in facts.visits] == [
        ("tomas-rivas", "AR", "2024-03-04")]
    steps = extract("BUENOS AIRES, March 5 (Agency) - Chilean President Tomas Rivas is in "
                    "Argentina for an official visit.\n\n"
                    "Rivas landed at Aeroparque Jorge Newbery late on Monday and was met "
                    "below the aircraft's stairs by Foreign Minister Julio Paredes.")
    assert not meetings(steps)
    assert [str(v.start) for v in steps.visits] == ["2024-03-04"]


def test_the_two_presidents_are_the_last_pair_named_together_in_the_text(extract):
    """A live page's "Sobirov and Tokayev talk by phone" (surnames alone), then "On
    Wednesday, Ilham Sobirov and Bakyt Osmonov will drive together", then "The two
    presidents had met last in Bishkek on 5 January": the pair named together last in the
    text, whatever the order the linker met the names in (full names first)."""
    facts = extract("TASHKENT, March 5 (Agency) - President Ilham Sobirov of Uzbekistan held "
                    "talks with President Bakyt Osmonov of Kyrgyzstan in Tashkent on "
                    "Monday.\n\n"
                    "Evening call\n"
                    "Sobirov and Tokayev talk by phone\n"
                    "Later on Monday, President Sobirov had a call with Kazakhstan's "
                    "President Kassym-Jomart Tokayev.\n\n"
                    "Tomorrow\n"
                    "On Wednesday, Ilham Sobirov and Bakyt Osmonov will drive together to "
                    "the Andijan region.\n\n"
                    "Background\n"
                    "The two presidents had met last in Bishkek on 5 January.")
    in_bishkek = {m.participants for m in facts.meetings
                  if m.place is not None and m.place.name == "Bishkek"}
    assert in_bishkek == {frozenset({"ilham-sobirov", "bakyt-osmonov"})}


def test_talks_that_are_a_documents_topic_are_no_meeting(extract):
    """ "signed a two-year plan of consultations of their ministries", "an MoU on
    holding yearly political consultations": what the document is about, not a
    meeting of its signers; "held consultations with" is one, and so is a call about "the
    plan for the trip" (the call's words are no document's topic)."""
    plan = extract("ASTANA, March 5 (Agency) - Foreign Ministers Aibek Dzhaksybekov and "
                   "Nurlan Toktomushev signed a two-year plan of consultations of their "
                   "ministries.")
    assert not meetings(plan)
    memorandum = extract("MUSCAT, March 5 (Agency) - The two ministers, Ali Rahimi and Omar "
                         "Saleh, signed an MoU on holding yearly political "
                         "consultations of their ministries.")
    assert not meetings(memorandum)
    held = extract("MUSCAT, March 5 (Agency) - Foreign Minister Ali Rahimi held "
                   "consultations with his counterpart Omar Saleh in Muscat on Monday.")
    assert meetings(held) == {frozenset({"ali-rahimi", "omar-saleh"})}
    by_phone = extract("MUSCAT, March 5 (Agency) - Foreign Minister Ali Rahimi and his "
                       "counterpart Omar Saleh went over the plan for the trip by "
                       "telephone on Monday.")
    assert meetings(by_phone) == {frozenset({"ali-rahimi", "omar-saleh"})}


def test_a_summits_signing_by_its_leaders_is_no_meeting_of_them(extract):
    """ "The presidents of A, B and C signed a protocol when the summit closed": no
    meeting of the three for the signing.  Two leaders who signed today met."""
    summit = extract("KAMPALA, March 5 (Agency) - President Daniel Kiprono of Kenya, "
                     "President Moses Okello of Uganda and President Jean Habimana of Rwanda "
                     "came to Kampala for a one-day summit on Monday.\n\n"
                     "The presidents of Kenya, Uganda and Rwanda signed a protocol on a "
                     "railway link when the summit closed.")
    assert not meetings(summit)
    today = extract("PARIS, March 5 (Agency) - President Paul Girard of France and Prime "
                    "Minister Jan Kowalczyk of Poland signed a treaty on defence "
                    "cooperation in Nancy on Monday.")
    assert meetings(today) == {frozenset({"paul-girard", "jan-kowalczyk"})}
