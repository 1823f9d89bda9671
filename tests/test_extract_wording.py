"""The less common words news uses for a meeting, a call, a signing or a plan ("rang",
"huddled with", "penned", "struck a deal", "is poised to", "fell through"), offices whose
state is named as a republic's full name, and second references by a form of address or
as "the visitor".  Each test fails on the code before its rule (the checks that guard a
rule's limits share its test)."""

from __future__ import annotations

from extract_facts import meetings, offices


def test_an_office_of_a_republic_named_in_full_is_of_that_state(extract):
    """ "NAME, President of the Republic of Ghana": the office is Ghana's; the words
    "President of the Republic" do not swallow the state's name."""
    facts = extract("DJIBOUTI, March 5 (Agency) - The regional summit was attended by "
                    "Amani Kiprop Chelimo, President of the Republic of Ghana, who chaired it; "
                    "Grace Akello Namara, Vice President of the Republic of Zambia, for her "
                    "government; and Abdi Warsame Yusuf, President of the Federal Republic of "
                    "Nigeria, its host next year.")
    assert offices(facts, "amani-kiprop-chelimo") == {("President", "GH")}
    assert offices(facts, "grace-akello-namara") == {("Vice President", "ZM")}
    assert offices(facts, "abdi-warsame-yusuf") == {("President", "NG")}


def test_the_visitor_is_the_one_guest(extract):
    """ "the visitor called on President X": the visitor is the one foreign leader the
    story named, so the call is a meeting of the two."""
    facts = extract("DUBLIN, March 5 (Agency) - Portuguese Prime Minister Rui Tavares Lobo "
                    "began a two-day visit to Ireland on Monday.\n\n"
                    "After lunch the visitor called on President Orla Keane at her "
                    "residence, where the two spoke about fisheries.")
    assert meetings(facts) == {frozenset({"rui-tavares-lobo", "orla-keane"})}


def test_ringing_and_dialling_someone_is_a_call(extract):
    """ "X rang Y", "X dialled Y" and "X called President of Uzbekistan Y" (the parser
    making the title the object) are phone calls; a bell that rang is none."""
    facts = extract("ASTANA, March 5 (Agency) - Kazakh President Nurlan Abenov opened a new "
                    "water plant on Monday.\n\n"
                    "Abenov also rang Kyrgyz President Talant Osmonov on Monday.\n\n"
                    "Abenov later dialled Tajik President Farrukh Rahimzoda about the "
                    "border.\n\n"
                    "Abenov also called President of Uzbekistan Bakhtiyor Alimov on "
                    "Tuesday.\n\n"
                    "A bell rang at noon as the session opened in the capital.")
    assert meetings(facts) == {frozenset({"nurlan-abenov", "talant-osmonov"}),
                               frozenset({"nurlan-abenov", "farrukh-rahimzoda"}),
                               frozenset({"nurlan-abenov", "bakhtiyor-alimov"})}
    assert all("phone call" in m.formats for m in facts.meetings)


def test_a_bilateral_an_exchange_a_huddle_and_a_video_link_are_meetings(extract):
    """ "held a bilateral with", "had an exchange with", "huddled with" and "connected by
    video with" report meetings (the last one a video call)."""
    facts = extract("NEW YORK, March 5 (Agency) - Indonesian Foreign Minister Rina Wibowo "
                    "held a bilateral with Japanese Foreign Minister Kenji Hayashida on "
                    "Monday.\n\n"
                    "Thai Foreign Minister Somchai Ratanakul had an exchange with his "
                    "counterpart from Malaysia, Aziz Rahman, the same day.\n\n"
                    "Australian Foreign Minister Claire Benton huddled with Fijian Prime "
                    "Minister Jone Vunisei on Tuesday.\n\n"
                    "Vunisei had connected by video with New Zealand Prime Minister Mark "
                    "Halloran on Sunday night.")
    assert meetings(facts) == {frozenset({"rina-wibowo", "kenji-hayashida"}),
                               frozenset({"somchai-ratanakul", "aziz-rahman"}),
                               frozenset({"claire-benton", "jone-vunisei"}),
                               frozenset({"jone-vunisei", "mark-halloran"})}
    assert all("video call" in m.formats for m in facts.meetings
               if m.participants == {"jone-vunisei", "mark-halloran"})


def test_penned_and_names_put_to_a_document_are_signings(extract):
    """ "the two penned a memorandum", "put their names to" a document: signings; words
    for reporters ("joint statements for the press") are no document."""
    facts = extract("SUVA, March 5 (Agency) - Fijian Prime Minister Jone Vunisei hosted "
                    "New Zealand Prime Minister Mark Halloran in Suva on Monday, and the two "
                    "penned a memorandum of understanding about shared fisheries patrols.\n\n"
                    "Later the two leaders put their names to a seasonal work agreement."
                    "\n\nA signing ceremony, then joint statements to the press, closed the "
                    "day.")
    assert len(facts.agreements) == 2
    assert all(a.parties == {"FJ", "NZ"} for a in facts.agreements)


def test_a_deal_struck_or_sealed_by_two_sides_is_an_agreement(extract):
    """ "The two governments sealed a deal", "the leaders struck a deal", "endorsed
    a joint action plan": agreements of the two states; "the party sealed a budget deal" is
    no deal between states."""
    facts = extract("HONIARA, March 5 (Agency) - Australian Foreign Minister Claire Benton "
                    "met Solomon Islands Prime Minister Peter Tanara in Honiara on Monday."
                    "\n\nThe two governments then sealed a deal to fund new school buildings."
                    "\n\nBoth leaders endorsed a five-year action plan on coastal "
                    "research.")
    assert len(facts.agreements) == 2
    assert all(a.parties == {"AU", "SB"} for a in facts.agreements)
    facts = extract("BERLIN, March 5 (Agency) - The governing party sealed a budget deal after "
                    "a night session, and Chancellor Jonas Weber hosted Belgian Prime "
                    "Minister Pieter Claes for dinner.")
    assert facts.agreements == []


def test_poised_pencilled_in_and_fell_through_tell_the_status(extract):
    """ "is poised to travel … on a state visit" and "has been pencilled in" are plans; a visit
    that "fell through" is called off."""
    facts = extract("WINDHOEK, March 5 (Agency) - Namibian President Helena Amupanda is "
                    "poised to travel to Botswana on a state visit before the year is out.")
    assert [(v.host, v.status) for v in facts.visits] == [("BW", "planned")]
    facts = extract("WINDHOEK, March 5 (Agency) - A visit to Namibia by South African "
                    "President Thabo Mokoena has been pencilled in for Thursday.")
    assert [(v.host, v.status) for v in facts.visits] == [("NA", "planned")]
    facts = extract("WINDHOEK, March 5 (Agency) - A visit to Namibia by South African "
                    "President Thabo Mokoena, set for Thursday, fell through on Tuesday.")
    assert [(v.host, v.status) for v in facts.visits] == [("NA", "cancelled")]


def test_an_invitation_accepted_to_a_state_is_a_visit_to_come(extract):
    """ "X accepted an invitation to Spain": a planned visit of X there; "to the
    summit in CITY" is no visit of a guest to a host."""
    facts = extract("DUBLIN, March 5 (Agency) - Irish Prime Minister Sean Whelan "
                    "accepted an invitation to Spain, his office said.")
    assert [(v.guest, v.host, v.status) for v in facts.visits] \
        == [("sean-whelan", "ES", "planned")]
    facts = extract("DUBLIN, March 5 (Agency) - Irish Prime Minister Sean Whelan has "
                    "accepted an invitation to the climate summit in Johannesburg.")
    assert facts.visits == []


def test_a_surname_that_names_a_state_is_the_person_after_a_form_of_address(extract):
    """ "Mr Montenegro", after the story named Luís Montenegro: the Prime Minister again,
    not the state, so "X rang Mr Montenegro" is a call between the two."""
    facts = extract("LISBON, March 5 (Agency) - Luís Montenegro, Portugal's head of "
                    "government, flew to Dublin on Tuesday for two days of talks.\n\n"
                    "The Irish Prime Minister, Sean Whelan, rang Mr Montenegro in January "
                    "when storms hit the coast.")
    assert meetings(facts) == {frozenset({"luis-montenegro", "sean-whelan"})}



def test_a_swahili_form_of_address_is_no_part_of_a_name(extract):
    """ "Mheshimiwa NAME" (Swahili for "Honourable") inside a quotation is NAME, the
    minister the story named in full, who goes on to tell of a call."""
    facts = extract("MOMBASA, March 5 (Agency) - Kenya's Foreign Minister, Musalia Mudavadi, "
                    "co-chaired the talks with Juma Makame, the Tanzanian Minister for "
                    "Foreign Affairs.\n\n"
                    "\"Our border posts must open faster,\" Mudavadi said.\n\n"
                    "Makame said his country had dropped a levy on Kenyan milk. \"Mheshimiwa "
                    "Mudavadi, your traders have been heard. The change comes into force next "
                    "week,\" he said.\n\n"
                    "Later Mudavadi told reporters that on Sunday he had been on the phone "
                    "with Marco Rubio, the American Secretary of State, about Haiti.")
    assert set(facts.persons) == {"musalia-mudavadi", "juma-makame", "marco-rubio"}
    assert frozenset({"musalia-mudavadi", "marco-rubio"}) in meetings(facts)


def test_an_event_noun_capitalised_before_an_office_is_no_office_served(extract):
    """ "spoke of the Official Visit of Prime Minister NAME to X": NAME holds the office
    (not "Adviser of the President NAME", where the office is whom the adviser serves),
    and the visit is NAME's."""
    facts = extract("PORT LOUIS, March 5 (Agency) - Indian Foreign Minister Ravi Menon met "
                    "Mauritian Prime Minister Arjun Doobur on Tuesday.\n\n"
                    "Menon spoke warmly of the Official Visit of Prime Minister Narendra Modi "
                    "to Mauritius a year earlier.")
    assert offices(facts, "narendra-modi") == {("Prime Minister", "IN")}
    assert any(v.guest == "narendra-modi" and v.host == "MU" for v in facts.visits)


def test_the_head_of_a_regional_commission_serves_no_state_its_name_evokes(extract):
    """ "Secretary General of the Indian Ocean Commission": an office of that body (in the
    world data), not of India; received by a president, the official pays no state visit."""
    facts = extract("VICTORIA, March 5 (Agency) - Seychelles President Wavel Ramkalawan on "
                    "Wednesday received Anjara Rakoto, Secretary General of the Indian Ocean "
                    "Commission since January, at State House.")
    assert {state for _, state in offices(facts, "anjara-rakoto")} == {None}
    assert facts.visits == []


def test_a_dialogue_with_someone_is_talks(extract):
    """ "travels to CITY on DAY for a new strategic dialogue with NAME" is a
    meeting to come with NAME, and "A and B held a strategic dialogue" talks held; a named
    forum in a headline ("Leaders hold first Kula dialogue") names no person."""
    facts = extract("DUBLIN, March 5 (Agency) - Irish Foreign Minister Aoife Byrne travels to "
                    "Porto on April 2 for a new strategic dialogue with Portuguese "
                    "Foreign Minister Rui Cardoso.")
    assert meetings(facts, "planned") == {frozenset({"aoife-byrne", "rui-cardoso"})}
    facts = extract("VALLETTA, March 5 (Agency) - Maltese Foreign Minister Ian Borg and "
                    "Greek Foreign Minister Nikos Vlachos held a strategic dialogue in "
                    "Valletta on Monday.")
    assert meetings(facts) == {frozenset({"ian-borg", "nikos-vlachos"})}
    facts = extract("Leaders hold first Kula dialogue\n\nPORT MORESBY, March 5 (Agency) - "
                    "Peter Kaupa, the Prime Minister of Papua New Guinea, hosted Australian "
                    "Prime Minister Tom Hardy in Port Moresby on Monday.")
    assert "kula" not in facts.persons
    assert meetings(facts) == {frozenset({"peter-kaupa", "tom-hardy"})}


def test_two_leaders_who_are_to_sign_together_are_to_meet(extract):
    """ "X will travel to CITY next week, and the two presidents will sign an accord": a
    meeting to come of the two, beside the visit and the signing to come."""
    facts = extract("GUATEMALA CITY, March 5 (Agency) - Guatemalan President Ana Lucia Paz "
                    "said on Tuesday that Honduran President Jorge Mejia Valle will travel to "
                    "Guatemala City next week, and that the two presidents will sign an "
                    "accord on border trade during his stay.")
    assert meetings(facts, "planned") == {frozenset({"ana-lucia-paz", "jorge-mejia-valle"})}
