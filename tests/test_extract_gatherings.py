"""Who took part in a gathering as news names them (a host joined by guests of other
states, guests who "joined him for talks", one who stood in for another, a co-chair and
an unnamed counterpart), counterparts whose office is worded otherwise, offices written
one after another before a name, and the days of events told paragraphs after their
date.  Each test fails on the code before its rule (the checks that guard a rule's
limits share its test)."""

from __future__ import annotations

from extract_facts import meetings, offices


def test_a_host_joined_by_ministers_of_other_states_met_them(extract):
    """ "X chaired the talks. He was joined by A, Minister of Y; B, …; and C": one meeting
    of all four, not a chair with attendees; his own ministers joining him are his
    delegation."""
    facts = extract("ACCRA, March 5 (Agency) - Ghanaian Foreign Minister Kofi Mensah "
                    "chaired talks on the northern frontier in Accra on Tuesday.\n\n"
                    "He was joined by Ama Dzifa, Foreign Minister of Togo; Paul Houngbo, "
                    "Foreign Minister of Benin; and Awa Kone, Foreign Minister of Burkina "
                    "Faso.")
    assert frozenset({"kofi-mensah", "ama-dzifa", "paul-houngbo", "awa-kone"}) \
        in meetings(facts)
    facts = extract("ACCRA, March 5 (Agency) - President Kofi Mensah of Ghana opened a "
                    "new customs post near Bawku on Tuesday.\n\n"
                    "He was joined by Ghana's Defence Minister Yaw Boateng and Finance "
                    "Minister Esi Owusu.")
    assert not meetings(facts)


def test_guests_who_joined_him_at_a_hall_for_talks_met_him(extract):
    """ "A, B and C joined him at the hall for hours of talks": a meeting of the four;
    "him" is the host named before, none of those who joined."""
    facts = extract("OSLO, March 5 (Agency) - Prime Minister Jonas Gahr Store welcomed "
                    "his Nordic counterparts to Tromso on Tuesday.\n\n"
                    "Finland's Petteri Orpo, Sweden's Ulf Kristersson and Denmark's Mette "
                    "Frederiksen joined him at the city hall for five hours of talks.")
    assert frozenset({"jonas-gahr-store", "ulf-kristersson", "mette-frederiksen",
                      "petteri-orpo"}) in meetings(facts)


def test_him_after_two_subjects_is_the_one_named_before(extract):
    """ "A and B phoned him": "him" is neither A nor B but the person the sentence before
    named."""
    facts = extract("BERLIN, March 5 (Agency) - Prime Minister Leo Varga of Hungary missed "
                    "the three-way summit, kept in Budapest by a vote in parliament.\n\n"
                    "Chancellor Olaf Scholz and Prime Minister Donald Tusk phoned him on "
                    "Sunday.")
    assert frozenset({"olaf-scholz", "donald-tusk", "leo-varga"}) in meetings(facts)


def test_the_one_another_represented_took_no_part(extract):
    """ "B, Minister of State, who represented the Foreign Minister, NAME": NAME was not
    there."""
    facts = extract("ACCRA, March 5 (Agency) - Ghanaian Foreign Minister Kofi Mensah "
                    "chaired talks in Accra on Tuesday.\n\n"
                    "He was joined by Ama Dzifa, Foreign Minister of Togo, and Ambassador "
                    "Grace Eze, State Minister for External Affairs of Nigeria, who "
                    "represented the Foreign Minister, Ambassador Musa Danladi.")
    held = meetings(facts)
    assert frozenset({"kofi-mensah", "ama-dzifa", "grace-eze"}) in held
    assert not any("musa-danladi" in m for m in held)


def test_his_counterparts_of_two_states_are_their_ministers(extract):
    """ "The Trade Representative received his Canadian and Mexican counterparts": the
    Canadian and the Mexican minister the story names, whatever their titles; but a
    Foreign Minister's Fijian counterpart is no Fijian Defence Minister."""
    facts = extract("WASHINGTON, March 5 (Agency) - Canada's trade minister, Paul Girard, "
                    "flew in on Monday, as did Mexico's Secretary of Economy, Luis "
                    "Moreno.\n\n"
                    "U.S. Trade Representative Dana Hill received his Canadian and Mexican "
                    "counterparts on Tuesday for talks on the continental pact.")
    assert frozenset({"dana-hill", "paul-girard", "luis-moreno"}) in meetings(facts)
    facts = extract("SUVA, March 5 (Agency) - Foreign Minister Penny Wong of Australia came "
                    "to Suva on Monday with Defence Minister Richard Marles, who saw Fiji's "
                    "Defence Minister Pio Tikoduadua.\n\n"
                    "Wong also had talks of her own with her Fijian counterpart.")
    assert frozenset({"penny-wong", "pio-tikoduadua"}) not in meetings(facts)


def test_three_ministers_count_a_secretary_of_a_portfolio_unlisted(extract):
    """ "the three ministers signed a statement": a Secretary of Economy is one of them,
    though the titles list no such office."""
    facts = extract("WASHINGTON, March 5 (Agency) - Canada's trade minister Paul Girard and "
                    "Mexico's Secretary of Economy Luis Moreno saw U.S. Trade Representative "
                    "Dana Hill on Tuesday.\n\n"
                    "Before leaving, the three ministers signed a short joint statement.")
    assert {a.parties for a in facts.agreements} == {frozenset({"CA", "MX", "US"})}


def test_a_signing_told_as_done_is_on_no_day_to_come(extract):
    """ "signed a statement setting a calendar: they will meet again on 1 July": the
    signing is the story's day, not the meeting's to come."""
    facts = extract("WASHINGTON, March 5 (Agency) - Trade ministers Paul Girard of Canada "
                    "and Dana Hill of the United States met on Tuesday.\n\n"
                    "Before leaving, both ministers signed a joint declaration setting a "
                    "calendar: expert panels report in May, and the ministers gather again "
                    "on July 1.")
    assert [a.date.isoformat() for a in facts.agreements] == ["2024-03-05"]


def test_a_minister_of_state_written_before_her_portfolio_is_hers(extract):
    """ "The Minister of State, Minister for Trade, Industry and Culture, Mrs. NAME": both
    offices are hers, so "the Minister of State" later is she."""
    facts = extract(
        "Kinshasa, 5 March 2024\n\n"
        "The Minister of State, Minister for Trade, Industry and Culture, Mrs. Ada Kola "
        "Weber, spent 4 and 5 March 2024 in Luanda.\n\n"
        "On Tuesday 5 March, the Minister of State had an audience with His Excellency "
        "Joao Lourenco, the Angolan head of state.")
    assert ("Minister of State", "CD") in offices(facts, "ada-kola-weber")
    assert frozenset({"ada-kola-weber", "joao-lourenco"}) in meetings(facts)


def test_the_same_day_after_a_quotation_is_the_day_told_last(extract):
    """ "On Monday 4 March … an audience. [a paragraph of quotation] The same day, the
    minister held a working session with …": 4 March, not the lead's day."""
    facts = extract(
        "Kinshasa, 5 March 2024\n\n"
        "Foreign Minister Ada Kola Weber of the DRC spent 3 and 4 March 2024 in Luanda.\n\n"
        "On Monday 4 March, the minister had an audience with His Excellency Joao "
        "Lourenco, the Angolan head of state. They spoke of the peace talks.\n\n"
        "The minister told journalists: \"Angola has stood by us.\" She went on: "
        "\"We came to listen first.\"\n\n"
        "The same day, the minister held a working session with Angola's Minister of "
        "External Relations, Mr. Tete Antonio.")
    dates = {m.participants: m.date for m in facts.meetings}
    assert dates[frozenset({"ada-kola-weber", "tete-antonio"})].isoformat() == "2024-03-04"


def test_two_ministers_who_held_a_working_session_met(extract):
    """ "Later, both Ministers held a working session there": a meeting, though
    no "with" names the other."""
    facts = extract("Dakar, 5 March 2024\n\n"
                    "Senegal's Foreign Minister Awa Ndiaye reached Banjul on Tuesday, where "
                    "her Gambian counterpart, Dr. Lamin Jallow, greeted her at the "
                    "airport.\n\n"
                    "Later, both Ministers held a working session lasting two hours.")
    assert frozenset({"awa-ndiaye", "lamin-jallow"}) in meetings(facts)


def test_a_session_to_come_co_chaired_with_an_unnamed_counterpart(extract):
    """ "The commission will sit in June, co-chaired by Foreign Minister X and his Sudanese
    counterpart": a planned meeting of X, whoever the other side sends; the chairs of a
    summit the two met beside took no part in their meeting."""
    facts = extract("ASMARA, March 5 (Agency) - President Isaias Afwerki saw an envoy from "
                    "Khartoum on Monday.\n\n"
                    "The joint commission will sit in Asmara in June, co-chaired by Foreign "
                    "Minister Osman Saleh and his Sudanese counterpart.")
    assert frozenset({"osman-saleh"}) in meetings(facts, "planned")
    facts = extract("CAIRO, March 5 (Agency) - Egypt's President Abdel Fattah al-Sisi "
                    "hosted Jordan's King Abdullah II on Tuesday.\n\n"
                    "The two had last talked beside the Gaza summit at a Red Sea resort on "
                    "13 October, a gathering co-chaired by the American leader, Joe Biden, "
                    "and by Sisi.")
    assert not any(len(m) > 2 and "abdullah-ii" in m for m in meetings(facts))


def test_during_the_meeting_is_the_meeting_told_before(extract):
    """ "During the meeting, the envoy was given a note … ahead of the vote of 28
    September": the summons told before, no meeting to come."""
    facts = extract("CHISINAU, March 5 (Agency) - On Tuesday, Foreign Minister Mihai Popsoi "
                    "summoned Russia's envoy, Ambassador Oleg Vasnetsov.\n\n"
                    "During the meeting, the envoy was given a note of protest over meddling "
                    "ahead of the vote of 28 September 2024.")
    assert not meetings(facts, "planned")


def test_both_offices_before_a_senator_s_name_are_hers(extract):
    """ "Late on Monday, the Vice President, Senator NAME, …": the vice-presidency and the
    seat (the comma before "the" closes a time, no other name)."""
    facts = extract("ABUJA, March 5 (Agency) - Late on Monday, the Vice President, Senator "
                    "Ladi Bello, gave a state dinner for the guests.")
    assert ("Vice President", "NG") in offices(facts, "ladi-bello")


def test_a_title_of_two_offices_before_a_name_is_no_other_person():
    """ "with the Deputy Premier and Minister of Finance of the Republic of X, NAME": one
    person's offices, no description "the Deputy Premier" standing for someone else."""
    from diplograph.articles import parse_article
    from diplograph.extract.pipeline import read_story
    text = ("date 2024-03-05\nBUCHAREST, March 5 (Agency) - Foreign Minister Ana Popa opened "
            "the three-way talks on Tuesday with the Deputy Premier and Minister of Finance of "
            "the Republic of Poland, Jan Nowak, and Turkey's Foreign Minister Hakan Fidan.")
    story = read_story(parse_article(text, "x.txt"))
    assert not any("Premier" in d.span.text for d in story.mentions.descriptions)


def test_an_office_before_a_doctor_s_name_is_that_person_s(extract):
    """ "signed by the Minister of Lands, Dr. NAME, and the Ambassador of X": the office
    is NAME's, no description of another minister of the story."""
    facts = extract("MONROVIA, March 5 (Agency) - Turkish Foreign Minister Hakan Fidan "
                    "flew in on Monday. Minister Fidan then saw Liberia's Foreign Minister "
                    "Sara Nyanti.\n\n"
                    "A farming accord was signed as well, by the Minister of Lands, Dr. "
                    "Joe Kollie, and by Turkey's ambassador.")
    assert {a.signatories for a in facts.agreements} == {frozenset({"joe-kollie"})}


def test_letters_after_a_name_and_a_place_joined_to_a_place_are_no_persons(extract):
    """ "NAME, M.P., and …" and "a crossing at Mwanza and Zobue": no persons."""
    facts = extract("LILONGWE, March 5 (Agency) - A pact on a shared crossing at Mwanza and "
                    "Zobue was initialled by Foreign Minister Honourable Dr. Peter Banda, "
                    "M.P., and by Ana Lucas, Foreign Minister of Mozambique.")
    assert set(facts.persons) == {"peter-banda", "ana-lucas"}


def test_a_headline_verb_after_a_semicolon_is_no_name(extract):
    """ "President X Hosts Minister; Speaks to President Y by Phone": no person
    "Speaks"."""
    facts = extract("President Boakai Hosts Turkish Envoy; Speaks to President Erdogan by "
                    "Phone\n\n"
                    "MONROVIA, March 5 (Agency) - President Joseph Boakai saw Turkish Foreign "
                    "Minister Hakan Fidan on Tuesday.")
    assert not any("speaks" in key for key in facts.persons)


def test_the_state_president_is_the_one_the_story_called_so(extract):
    """ "H.E. the State President, Professor NAME" … "called on the State President":
    NAME, not the President who came as a guest."""
    facts = extract(
        "STATE HOUSE PRESS STATEMENT\n\n"
        "H.E. the State President, Professor Peter Banda, on Tuesday had talks with H.E. "
        "Daniel Chapo, the President of Mozambique, in Lilongwe.\n\n"
        "On Monday, SADC's Executive Secretary, H.E. Mr. Elias Magosi, made a courtesy call "
        "on the State President.")
    assert frozenset({"peter-banda", "elias-magosi"}) in meetings(facts)


def test_a_chief_of_staff_present_at_the_host_s_talks_is_the_host_s(extract):
    """ "Accompanying him was the envoy of X. The Chief of Staff, Mr NAME, and Mr Y were
    present": in a paragraph of the guest calling on the host, no guest's official."""
    facts = extract(
        "ACCRA, 5 March 2024\n\n"
        "In the afternoon, Mr Leon Adom, Ivorian Minister of Foreign Affairs, went to "
        "Jubilee House to see President John Dramani Mahama, bringing a letter from "
        "President Alassane Ouattara. Accompanying him was the Ivorian envoy in Accra. The "
        "Chief of Staff, Mr Kwame Addo, and Mr Ablakwa were present.")
    assert offices(facts, "kwame-addo") == {("Chief of Staff", "GH")}
