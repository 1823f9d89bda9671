"""Quotes: quoted words attributed to their speaker, speeches, and what is not a quote."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def quotes(facts) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in facts.quotes]


def test_straight_quotes_before_surname_said(extract):
    facts = extract("President Emmanuel Macron arrived in Nairobi on Monday. "
                    "\"France and Kenya share a vision for Africa,\" Macron said.")
    assert quotes(facts) == [("emmanuel-macron", "France and Kenya share a vision for Africa")]


def test_typographic_quotes_with_said_before_the_speaker(extract):
    facts = extract("“Our partnership has never been stronger,” said Prime Minister "
                    "Narendra Modi after the talks.")
    assert quotes(facts) == [("narendra-modi", "Our partnership has never been stronger")]


def test_he_said_goes_to_the_person_last_spoken_of(extract):
    facts = extract("Kenyan President William Ruto spoke to reporters in Paris on Monday. "
                    "“We came to build bridges between our peoples,” he said.")
    assert quotes(facts) == [("william-ruto", "We came to build bridges between our peoples")]


def test_according_to_attributes_the_quote(extract):
    facts = extract("Chancellor Olaf Scholz left Delhi on Sunday. The visit was "
                    "\"a milestone for both economies\", according to Scholz.")
    assert quotes(facts) == [("olaf-scholz", "a milestone for both economies")]


def test_colon_then_quote_on_the_same_line(extract):
    facts = extract("Prime Minister Narendra Modi met Chancellor Olaf Scholz on Friday. "
                    "Modi said: \"We are partners in growth and prosperity.\"")
    assert quotes(facts) == [("narendra-modi", "We are partners in growth and prosperity.")]


def test_speech_paragraphs_after_a_said_line(extract):
    facts = extract("President William Ruto received Prime Minister Narendra Modi on Monday.\n\n"
                    "President William Ruto said:\n\n"
                    "- Welcome to Nairobi. We value our friendship with India.\n\n"
                    "Prime Minister Narendra Modi said:\n\n"
                    "- Thank you. I am happy to be here.\n\n"
                    "The talks lasted two hours.")
    assert quotes(facts) == [
        ("william-ruto", "Welcome to Nairobi. We value our friendship with India."),
        ("narendra-modi", "Thank you. I am happy to be here."),
    ]


def test_indirect_speech_is_not_a_quote(extract):
    facts = extract("President Emmanuel Macron said that France would support Kenya's "
                    "bid. He added the two countries would expand trade.")
    assert facts.quotes == []


def test_scare_quote_of_one_word_is_not_a_quote(extract):
    facts = extract("President Emmanuel Macron called the talks \"historic\" on Monday.")
    assert facts.quotes == []


def test_quote_without_a_person_speaker_is_not_attributed(extract):
    facts = extract("\"The region needs stability,\" the ministry said in a statement.")
    assert facts.quotes == []


def test_quote_of_two_speakers_go_to_each(extract):
    facts = extract("President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday. "
                    "\"Europe must stand together,\" Macron said. "
                    "\"We agree on the essentials,\" Scholz said.")
    assert quotes(facts) == [("emmanuel-macron", "Europe must stand together"),
                             ("olaf-scholz", "We agree on the essentials")]


def test_quote_is_dated_by_its_meeting(extract):
    facts = extract("President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on "
                    "Monday. \"Europe must stand together,\" Macron said.")
    [quote] = facts.quotes
    assert quote.date == dt.date(2024, 3, 4)
    assert quote.occasion == facts.meetings[0].id


def test_quote_standing_alone_goes_to_the_speaker_just_quoted(extract):
    facts = extract("President William Ruto received President Samia Suluhu Hassan in Nairobi "
                    "on Monday. \"We have agreed to remove the barriers,\" said Samia. "
                    "\"The queues at the border must end.\"")
    assert quotes(facts) == [
        ("samia-suluhu-hassan", "We have agreed to remove the barriers"),
        ("samia-suluhu-hassan", "The queues at the border must end."),
    ]


def test_speaker_line_the_tagger_misses_names_the_person_of_the_article(extract):
    facts = extract("Indonesian President Joko Widodo met Indian Prime Minister Narendra Modi "
                    "in New Delhi on Monday.\n\n"
                    "Joko Widodo said:\n\n"
                    "- We thank our friends for their warm welcome.\n")
    assert quotes(facts) == [("joko-widodo", "We thank our friends for their warm welcome.")]


def test_full_sentence_quote_keeps_its_full_stop(extract):
    facts = extract("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan "
                    "in Nairobi on Monday. Ruto told reporters in Nairobi: \"The border posts "
                    "will stay open day and night.\"")
    assert quotes(facts) == [("william-ruto", "The border posts will stay open day and night.")]


# Categories of real news (texts and names of our own).


def test_quote_goes_to_the_speech_verb_it_hangs_on(extract):
    # The sentence's first speech verb ("stressed") is someone else's: the words after
    # the colon are the speaker of "said".
    facts = extract("President Alma Rivas stressed that the pact stays open to the region, "
                    "while President Tomas Oquendo said: \"Our ports will serve this alliance "
                    "from the first day.\"")
    assert quotes(facts) == [("tomas-oquendo",
                              "Our ports will serve this alliance from the first day.")]


def test_the_visiting_president_is_the_guest_not_the_host(extract):
    facts = extract("NAIROBI, March 4 (KNA) - Kenyan President Daniel Mwangi hosted Tanzanian "
                    "President Asha Juma at State House on Monday.\n\n"
                    "The visiting president described the new railway as \"a road to shared "
                    "prosperity\".")
    assert quotes(facts) == [("asha-juma", "a road to shared prosperity")]


def test_a_second_verb_of_the_visiting_president_is_his_too(extract):
    facts = extract("NAIROBI, March 4 (KNA) - Kenyan President Daniel Mwangi hosted Tanzanian "
                    "President Asha Juma at State House on Monday.\n\n"
                    "The visiting president thanked her hosts and described the railway, "
                    "opened last year, as \"the surest sign that the region works\".")
    assert quotes(facts) == [("asha-juma", "the surest sign that the region works")]


def test_a_description_with_a_state_adjective_names_that_states_official(extract):
    facts = extract("Chilean Foreign Minister Rosa Larrain met Argentine Foreign Minister "
                    "Pablo Ferro in Santiago on Monday.\n\n"
                    "“We will open two more border crossings this winter“, said the Chilean "
                    "official.")
    assert quotes(facts) == [("rosa-larrain", "We will open two more border crossings "
                                              "this winter")]


def test_words_a_statement_says_are_no_persons_words(extract):
    facts = extract("President Ana Lucero spoke with President Marco Salas on Monday, after "
                    "Lucero confirmed that she will attend the summit. “The president invited "
                    "his counterpart to visit the capital in July”, the statement points out.")
    assert facts.quotes == []


def test_a_spokesperson_for_a_leaders_office_is_not_the_leader(extract):
    facts = extract("Prime Minister Ola Berg met President Ines Kato on Monday. A spokesperson "
                    "for Berg's office said the leaders had agreed the accord would \"deepen "
                    "our ties in trade and security\".")
    assert "ola-berg" not in {speaker for speaker, _ in quotes(facts)}


def test_she_is_the_minister_named_in_the_sentence_before(extract):
    facts = extract("Latvian Foreign Minister Janis Ozols called the meeting useful.\n\n"
                    "\"We need to coordinate our answer better,\" he said.\n\n"
                    "Estonian Minister of Foreign Affairs Mira Kask (Reform) said the group "
                    "focused on cyber threats.\n\n"
                    "She said Estonia fully supports \"our northern friends\" at every level.")
    assert ("mira-kask", "our northern friends") in quotes(facts)
    assert ("janis-ozols", "our northern friends") not in quotes(facts)


def test_a_quotation_left_open_runs_to_the_end_of_its_paragraph(extract):
    facts = extract("Press secretary Lev Arutyunov told reporters about the talks, saying "
                    "they were “bilateral, meaning the two leaders spoke without any mediator."
                    "\n\nThe talks lasted an hour.")
    assert quotes(facts) == [("lev-arutyunov", "bilateral, meaning the two leaders spoke "
                                               "without any mediator.")]


def test_two_names_before_a_colon_head_a_story_and_say_nothing(extract):
    facts = extract("King Anders and Queen Liv: their trip to Spain is postponed\n\n"
                    "King Anders will travel to Madrid in June instead, the palace said.")
    assert facts.quotes == []


def test_the_quote_step_reads_the_speech_verbs_clause_record():
    from diplograph.articles import parse_article
    from diplograph.extract.clauses import Clause
    from diplograph.extract.nlp import load_model
    from diplograph.extract.pipeline import read_story

    text = "President Alma Rivas met President Tomas Oquendo. \"We agree,\" Rivas said."
    story = read_story(parse_article(f"date 2024-03-05\n{text}", "test.txt"), load_model())
    said = story.ctx.text.index("said")
    assert [(q.speaker, q.text) for q in story.quotes] == [("alma-rivas", "We agree")]
    assert isinstance(story.ctx.clauses.get(said), Clause)
    assert story.ctx.clauses[said].subject == "alma-rivas"


def test_a_quotation_after_a_colon_is_one_quote(extract):
    # Read both as a speech line and as a quotation in narration: one quote, without marks.
    facts = extract("President Amadou Diallo of Mali told reporters: \"The border will reopen "
                    "next week.\"")
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("amadou-diallo", "The border will reopen next week.")]


@pytest.mark.parametrize("middle", [
    "President Amadou Diallo of Mali met Ms Awa Sow, Senegal's prime minister, on Monday.",
    "President Amadou Diallo of Mali met Prime Minister Awa Sow of Senegal on Monday. Sow "
    "thanked her guest.",
])
def test_she_is_the_woman_the_text_shows_as_one(extract, middle):
    facts = extract(middle + " \"Our border is our bridge,\" she said.")
    assert [q.speaker for q in facts.quotes] == ["awa-sow"]


def test_a_narrating_sentence_before_a_colon_is_no_speaker_label(extract):
    facts = extract("President Kofi Mensah of Ghana, in a message to the nation, wrote: "
                    "\"Our ties are strong.\" He added: \"Trade will grow.\"")
    assert sorted(q.text for q in facts.quotes) == ["Our ties are strong.", "Trade will grow."]


def test_a_question_told_after_its_mark_is_the_askers(extract):
    facts = extract("Foreign Minister Ana Ruiz of Chile received us in her office. \"Why "
                    "would we think small?\" she asked on Wednesday.")
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("ana-ruiz", "Why would we think small?")]


@pytest.mark.parametrize("verb", ["joked", "quipped", "conceded"])
def test_more_verbs_of_speech(extract, verb):
    facts = extract(f"Prime Minister Ana Ruiz of Chile arrived. \"Two small countries, one "
                    f"voice,\" Ruiz {verb} on her way in.")
    assert [q.speaker for q in facts.quotes] == ["ana-ruiz"]


def test_a_transcripts_label_in_capitals_names_the_speaker(extract):
    facts = extract("Prime Minister Ana Ruiz of Chile and President Bo Lind-Berg of Peru "
                    "spoke to reporters.\n\nRUIZ: \"We can send a ferry.\"\n\n"
                    "LIND-BERG: \"We want the first sailing next year.\"")
    assert {(q.speaker, q.text.strip('"')) for q in facts.quotes} == {
        ("ana-ruiz", "We can send a ferry."),
        ("bo-lind-berg", "We want the first sailing next year.")}


def test_the_minister_who_speaks_is_the_one_minister_of_any_portfolio(extract):
    facts = extract('Foreign Minister Ana Ruiz of Colombia met students on Monday.\n\n"We talked '
                    'for three hours," the minister said.')
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("ana-ruiz", "We talked for three hours")]


def test_quoted_as_saying_is_the_subjects_words(extract):
    facts = extract("President Ana Ruiz of Peru met President Luis Soto of Chile on Monday. "
                    "Spokesman Jorge Rojas said the two discussed trade.\n\n"
                    "\"Peru and Chile are two wings of one house,\" Ruiz was quoted as saying.")
    assert quotes(facts) == [("ana-ruiz", "Peru and Chile are two wings of one house")]


def test_a_statement_quoting_someone_as_saying_gives_that_persons_words(extract):
    facts = extract("President Ana Ruiz of Peru met President Luis Soto of Chile on Monday. "
                    "A statement from the presidency quoted Ruiz as saying: \"Peru and Chile "
                    "are two wings of one house.\"")
    assert quotes(facts) == [("ana-ruiz", "Peru and Chile are two wings of one house.")]


def test_words_answered_or_reiterated_are_the_speakers(extract):
    facts = extract("President Ana Ruiz of Peru met President Luis Soto of Chile on Monday. "
                    "Soto answered that Chile \"has no more patient friend\" than Peru. Ruiz "
                    "reiterated Peru's \"full solidarity\" with its neighbour.")
    assert sorted(quotes(facts)) == [("ana-ruiz", "full solidarity"),
                                     ("luis-soto", "has no more patient friend")]


def test_the_office_several_hold_speaks_as_the_one_the_story_was_about(extract):
    facts = extract("AMMAN, March 5 -- Peruvian Foreign Minister Luis Soto arrived in Geneva "
                    "on Monday.\n\nSoto had a busy week. He held talks with Chilean Foreign "
                    "Minister Maria Ruiz and with Bolivian Foreign Minister Carlos Vega.\n\n"
                    "\"We cannot solve every problem in one week,\" the foreign minister told "
                    "reporters.")
    assert quotes(facts) == [("luis-soto", "We cannot solve every problem in one week")]


def test_the_office_several_hold_speaks_as_the_subject_just_before(extract):
    facts = extract("Peruvian Foreign Minister Luis Soto arrived in Geneva on Monday. "
                    "Chilean Foreign Minister Maria Ruiz met him there.\n\n"
                    "\"We cannot solve every problem in one week,\" the foreign minister told "
                    "reporters.")
    assert quotes(facts) == [("maria-ruiz", "We cannot solve every problem in one week")]


def test_the_minister_of_two_said_is_the_one_the_story_was_just_about(extract):
    facts = extract("Tourism ministers Luis Soto of Peru and Omar Vega of Chile signed a "
                    "memorandum. Tourism is where the two economies compete, and Soto did not "
                    "pretend otherwise. \"Yes, we are rivals. But a visitor who sees two "
                    "countries spends more,\" the minister said.")
    assert [(q.speaker, q.text[:15]) for q in facts.quotes] == [("luis-soto", "Yes, we are riv")]


def test_a_quote_standing_alone_after_a_sentence_that_announces_it(extract):
    facts = extract("Foreign Minister Ana Ruiz of Chile met reporters in Lima on Monday.\n\n"
                    "\"I prefer a quiet fix to a loud fight,\" she said.\n\n"
                    "Before leaving the room she added one more line about her boss. \"The "
                    "president thinks in decades. My job is to get the next months right.\"")
    assert [q.speaker for q in facts.quotes] == ["ana-ruiz", "ana-ruiz"]



def test_a_reporters_line_in_a_transcript_quotes_no_one():
    # A radio transcript of our probe2 corpus: "REPORTER (NAME): …" lines are the
    # newsroom's; the leaders' lines ("RABUKA: …") are quotes.
    from diplograph.articles import read_article
    from diplograph.extract.pipeline import extract_article

    facts = extract_article(read_article(REPO / "data/probe2/articles/q109.txt"))
    assert {q.speaker for q in facts.quotes} == {"sitiveni-rabuka", "winston-peters"}


def test_a_journalists_question_in_a_transcript_quotes_no_one_and_names_no_person(extract):
    facts = extract("PRAGUE - Transcript of the press conference of Prime Minister Andrej Babis "
                    "and Slovak Prime Minister Robert Fico.\n\nROBERT FICO: Thank you, "
                    "Andrej.\n\nJOURNALIST (Petra Kolarova, ZpravyDnes): A question for both. "
                    "Are you reviving the group?")
    assert [q.speaker for q in facts.quotes] == ["robert-fico"]
    assert sorted(facts.persons) == ["andrej-babis", "robert-fico"]


def test_a_surname_with_its_particle_capitalised_names_the_speaker(extract):
    facts = extract("Defence Minister David van Weel of the Netherlands met Maxime Prévot in "
                    "Brussels.\n\n\"Our ports form one system,\" Van Weel said at a press "
                    "conference.")
    assert quotes(facts) == [("david-van-weel", "Our ports form one system")]


def test_a_quotation_after_someone_spoke_about_a_matter_is_theirs(extract):
    facts = extract("Foreign Minister Ana Ruiz of Peru met Foreign Minister Luis Vera of Chile "
                    "in Lima on Monday.\n\nMinister Ruiz spoke about the debt question at a joint "
                    "briefing after the signing.\n\n\"Gratitude alone is no strategy.\"")
    assert quotes(facts) == [("ana-ruiz", "Gratitude alone is no strategy.")]


def test_a_quotation_after_someone_spoke_with_another_is_not_theirs(extract):
    facts = extract("President Ana Ruiz of Peru spoke with President Luis Vera of Chile about the "
                    "border.\n\n\"The president outlined her plan to reduce migration,\" the "
                    "statement said.")
    assert quotes(facts) == []


def test_a_speech_printed_after_a_dash_is_the_speakers(extract):
    facts = extract("President Ilham Aliyev met President Kassym-Jomart Tokayev in Astana.\n\n"
                    "In his statement, President Aliyev stressed that trade had grown.\n\n"
                    "- Dear friends. The sea does not divide us, it connects us.")
    assert quotes(facts) == [("ilham-aliyev",
                              "Dear friends. The sea does not divide us, it connects us.")]


def test_the_dashed_points_of_a_readout_are_no_speech(extract):
    facts = extract("Prime Minister Fumio Kishida held a telephone talk with Prime Minister "
                    "Luvsannamsrai Oyun-Erdene.\n\nPrime Minister Kishida stated the following.\n\n"
                    "- Prime Minister Kishida explained the situation after the earthquake.")
    assert quotes(facts) == []


def test_a_pull_quote_signed_after_a_dash_is_the_named_persons(extract):
    facts = extract("Prime Minister Ana Vega of Peru opened the summit in Lima.\n\n"
                    "\"A region is a family. We argue at the table.\" - Ana Vega, opening the "
                    "plenary on Monday.")
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("ana-vega", "A region is a family. We argue at the table.")]


def test_the_ministers_words_after_a_joint_press_conference_are_the_other_sides(extract):
    facts = extract("LIMA - Foreign Minister Ana Vega of Chile arrived in Lima on Monday, "
                    "accompanied by Trade Minister Jorge Rojas. "
                    "On Tuesday Foreign Minister Luis Soto of Peru and Vega held talks. The two "
                    "ministers then signed a memorandum.\n\n\"Peru and Chile agreed on a clear "
                    "agenda,\" Soto told a joint press conference.\n\n\"Our ports will work "
                    "together,\" the Chilean minister said.")
    assert ("ana-vega", "Our ports will work together") in quotes(facts)


def test_the_office_called_by_its_own_word_is_the_person_the_story_titled_so(extract):
    facts = extract("LONDON - The Taoiseach, Micheal Martin, met British Prime Minister Keir "
                    "Starmer on Friday. Starmer praised the plan.\n\n\"We have more wind than "
                    "we can use,\" the Taoiseach said.")
    assert quotes(facts) == [("micheal-martin", "We have more wind than we can use")]


def test_a_transcripts_office_label_is_the_one_holder_of_it(extract):
    facts = extract("CANBERRA - Indonesian President Prabowo Subianto met Prime Minister Anthony "
                    "Albanese on Tuesday. What follows is an excerpt of the joint press "
                    "conference.\n\nPRIME MINISTER: Thank you, President. Our success is "
                    "shared.\n\nJOURNALIST: Prime Minister, what next?\n\nPRIME MINISTER: Our "
                    "ministers will meet to set the details.")
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("anthony-albanese", "Thank you, President. Our success is shared."),
        ("anthony-albanese", "Our ministers will meet to set the details.")]


def test_a_transcripts_bare_office_label_is_the_holder_not_labelled_by_name(extract):
    # Two prime ministers: the guest is labelled with a name, the host by office alone.
    facts = extract("CANBERRA - Prime Minister Anthony Albanese welcomed Prime Minister "
                    "Christopher Luxon of New Zealand on Friday. A transcript of the press "
                    "conference follows.\n\nPRIME MINISTER: Good afternoon, everyone. We "
                    "had a long talk.\n\nPRIME MINISTER LUXON: Thanks. I enjoyed our "
                    "talk.\n\nJOURNALIST: Was it tense?\n\nPRIME MINISTER LUXON: I'd say it "
                    "was honest.\n\nPRIME MINISTER: I'd call it frank.")
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("anthony-albanese", "Good afternoon, everyone. We had a long talk."),
        ("christopher-luxon", "Thanks. I enjoyed our talk."),
        ("christopher-luxon", "I'd say it was honest."),
        ("anthony-albanese", "I'd call it frank.")]


def test_he_after_a_quotation_of_two_sentences_is_outside_it(extract):
    facts = extract("South African President Cyril Ramaphosa held talks with President Netumbo "
                    "Nandi-Ndaitwah in Windhoek.\n\nRamaphosa paid tribute to Sam Nujoma and to "
                    "Nelson Mandela.\n\n\"The Founding Father taught us. It is now our turn,\" he "
                    "said.")
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("cyril-ramaphosa", "The Founding Father taught us. It is now our turn")]


def test_an_interviews_answers_are_the_words_of_the_person_interviewed(extract):
    facts = extract("Interview by Jane Otieno\n\nKenya's Foreign Minister Musalia Mudavadi spoke "
                    "to us at his office on Friday.\n\nQ: You went to Uganda. What came of it?"
                    "\n\nA: Last Thursday I held a telephone conversation with Ugandan Foreign "
                    "Minister Jeje Odongo. We agreed on a border commission.")
    assert quotes(facts) == [
        ("musalia-mudavadi", "Last Thursday I held a telephone conversation with Ugandan "
                             "Foreign Minister Jeje Odongo. We agreed on a border commission.")]
    assert [sorted(m.participants) for m in facts.meetings] == [
        ["jeje-odongo", "musalia-mudavadi"]]


def test_a_line_labelled_a_with_no_question_before_it_is_no_interview(extract):
    facts = extract("Kenya's Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister "
                    "Jeje Odongo on Friday.\n\nA: the road corridor, B: the rail link.")
    assert facts.quotes == []


def test_a_transcripts_speech_goes_on_after_the_speakers_line(extract):
    facts = extract("President Luis Soto of Chile held talks with President Ana Ruiz of Peru "
                    "in Lima on Monday.\n\nLuis Soto: Madam President, dear friend,\n\nI am "
                    "very glad to be in Lima again. We have much to do together.\n\nAna "
                    "Ruiz: Thank you, Mr President.\n\nThe talks went on for three hours.")
    by = {q.speaker: q.text for q in facts.quotes}
    assert "I am very glad to be in Lima again." in by["luis-soto"]
    assert "three hours" not in by["ana-ruiz"]


def test_narration_quoting_someone_after_a_speakers_line_is_no_part_of_the_speech(extract):
    facts = extract("President Luis Soto of Chile held talks with President Ana Ruiz of Peru "
                    "in Lima on Monday.\n\nLuis Soto: Madam President, dear friend.\n\n"
                    "Ruiz answered in Spanish. \"We will build the road together,\" she said.")
    assert [q.speaker for q in facts.quotes if "build the road" in q.text] == ["ana-ruiz"]


def test_a_name_the_parser_hangs_apart_before_the_speech_verb_is_the_speaker(extract):
    facts = extract("Prime Minister Narendra Modi met Prime Minister Tshering Tobgay of Bhutan "
                    "on Monday. \"Every line we build together is a promise kept,\" PM Modi "
                    "posted on X after the talks.")
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("narendra-modi", "Every line we build together is a promise kept")]


def test_a_family_name_written_first_is_used_alone_for_the_speaker(extract):
    # The world data knows "Sanae Takaichi"; some outlets write "Takaichi Sanae".
    facts = extract("Japanese Prime Minister Takaichi Sanae met South Korean Prime Minister "
                    "Kim Min-seok in Tokyo on Monday. Speaking to reporters afterward, "
                    "Takaichi said, \"Our two countries are important neighbours.\"")
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("takaichi-sanae", "Our two countries are important neighbours.")]


def test_an_analyst_quoted_on_the_talks_is_no_person_and_no_quote_of_the_graph(extract):
    facts = extract("President Luis Soto of Chile held talks with President Ana Ruiz of Peru "
                    "in Lima on Monday.\n\n\"The border is too long to be run from a phone,\" "
                    "said Marta Vidal, a political scientist at a university in Arequipa.\n\n"
                    "Dr Pablo Mena, who lectures in Andean politics, called the meeting "
                    "\"a good start\".")
    assert set(facts.persons) == {"luis-soto", "ana-ruiz"}
    assert facts.quotes == []


@pytest.mark.parametrize("commentator", [
    "Political scientist Marta Vidal said",
    "Peruvian analyst Dr Marta Vidal said",
    "A Chilean economist, Marta Vidal, said",
    "Marta Vidal, a trade consultant in Arica, said",
    "Marta Vidal, a senior fellow at a Santiago institute, said",
    "Marta Vidal, a columnist for a Lima weekly, said",
])
def test_a_commentator_described_before_or_after_the_name_is_no_speaker(extract, commentator):
    facts = extract("President Luis Soto of Chile held talks with President Ana Ruiz of Peru "
                    f"in Lima on Monday.\n\n{commentator} the meeting was \"a good start\".")
    assert set(facts.persons) == {"luis-soto", "ana-ruiz"}
    assert facts.quotes == []


def test_a_byline_with_a_page_stamp_is_no_speakers_line(extract):
    facts = extract("Home | News | Politics | Africa | Opinion | Sport\n\nNews > Politics\n\n"
                    "Chile and Peru agree on a border road\n\nThe presidents meet as trade "
                    "across the border grows\n\nBy Marta Vidal | Published: Monday, March 4, "
                    "2024, 8:15 AM\n\nPresident Luis Soto of Chile held talks with President "
                    "Ana Ruiz of Peru in Lima on Monday.\n\nMarta Vidal is a correspondent "
                    "covering diplomacy and regional affairs.")
    assert facts.quotes == [] and "marta-vidal" not in facts.persons


def test_a_quotation_opened_after_a_colon_runs_on_to_the_paragraphs_end(extract):
    facts = extract("President Luis Soto of Chile met President Ana Ruiz of Peru on Monday."
                    "\n\nIn his statement, President Luis Soto said: \"Peru is not only our "
                    "partner, it is a true friend. We will build the road together.\n\n"
                    "\"Today we agreed to build it faster.\"")
    assert ("luis-soto", "Peru is not only our partner, it is a true friend. We will build "
            "the road together.") in {(q.speaker, q.text) for q in facts.quotes}


def test_a_live_pages_timed_entries_keep_their_speakers_labels(extract):
    facts = extract('President Ana Rojas of Chile met President Luis Quispe of Peru in Lima.\n\n'
                    '17:14 - Quispe: "President Rojas is a sister. We share the same '
                    'problems."\n\n'
                    '17:10 URGENT - Rojas, at a joint press appearance: "Chile and Peru are '
                    'the two ends of the same coast."\n')
    said = {(q.speaker, q.text.strip('"')) for q in facts.quotes}
    assert ("luis-quispe", "President Rojas is a sister. We share the same problems.") in said
    assert ("ana-rojas", "Chile and Peru are the two ends of the same coast.") in said


def test_an_accusation_quotes_the_accuser(extract):
    facts = extract("President Nicolas Maduro accused Guyana of acting as \"a platform for "
                    "aggression\".")
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("nicolas-maduro", "a platform for aggression")]


def test_an_office_with_the_name_in_apposition_quotes_the_name(extract):
    facts = extract("The Chairman of Parliament, Shalva Papuashvili, told reporters that the "
                    "customs agreement would be ratified \"without delay\".")
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("shalva-papuashvili", "without delay")]


def test_the_bare_title_of_a_paper_whose_masthead_names_its_city_is_the_home_holder(extract):
    facts = extract("THE LAKE GAZETTE | Kampala, Uganda | Tuesday, 5 March 2024\n\n"
                    "Kenyan President William Ruto and the President held talks at State "
                    "House on Monday.\n\n\"We share a lake and a future,\" the President "
                    "told reporters.\n\nPresident Yoweri Museveni has pressed for the "
                    "pipeline since last year.")
    assert [q.speaker for q in facts.quotes] == ["yoweri-museveni"]


def test_he_after_a_subject_of_unknown_sex_is_that_subject_not_a_man_named_before(extract):
    facts = extract("Prime Minister Sitiveni Rabuka received Solomon Islands Prime Minister "
                    "Jeremiah Manele on Monday.\n\nMr Manele told reporters he hoped to visit "
                    "again soon.\n\nThe Leader of the Opposition, Inia Seruiratu, was not "
                    "briefed before the signing. \"Labour mobility needs a word to "
                    "Parliament,\" he said in a statement.")
    assert [(q.speaker, q.text[:15]) for q in facts.quotes] == [
        ("inia-seruiratu", "Labour mobility")]


def test_one_part_of_a_double_surname_is_the_same_speaker(extract):
    facts = extract("President Irfaan Ali hosted Surinamese President Jennifer Geerlings-Simons "
                    'on Monday. "We share a river," Simons said.')
    assert [q.speaker for q in facts.quotes] == ["jennifer-geerlings-simons"]
    assert "simons" not in facts.persons


def test_he_after_a_denial_told_in_the_passive_is_the_denier(extract):
    facts = extract("KUALA LUMPUR, March 4 -- The reports were denied by Thai government "
                    "spokesman Jirayu Houngsub. \"There is no such meeting, in Langkawi or "
                    "anywhere else,\" he said.")
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("jirayu-houngsub", "There is no such meeting, in Langkawi or anywhere else")]


def test_the_guests_host_is_the_leader_of_the_state_the_story_is_told_from(extract):
    facts = extract("CAIRO, March 4 -- Kenyan President Tom Hale arrived in Cairo on Monday "
                    "for a state visit. He held talks with Egyptian President Ben Dole. His "
                    "host called the discussions \"frank and useful\".")
    assert ("ben-dole", "frank and useful") in quotes(facts)


@pytest.mark.parametrize("which, speaker", [("latter", "ben-dole"), ("former", "tom-hale")])
def test_the_latter_and_the_former_are_the_last_and_first_named_before(extract, which,
                                                                        speaker):
    facts = extract("BAKU, April 8 -- President Ben Dole held talks with Kazakh President "
                    "Tom Hale in Baku on Tuesday. Hale thanked Dole for his support. The "
                    f"{which} said the talks were \"very warm\".")
    assert (speaker, "very warm") in quotes(facts)


def test_a_guests_host_is_the_head_who_governs_not_the_monarch(extract):
    facts = extract("KUALA LUMPUR, Nov 20 -- Thai Prime Minister Ben Dole arrived in Kuala "
                    "Lumpur on Wednesday for an official visit. He was received by Prime "
                    "Minister Tom Hale at Perdana Putra and later called on Malaysia's King Sam "
                    "Reed at the palace. Speaking at a joint press conference, his host said the "
                    "border was \"calm and open\".")
    assert ("tom-hale", "calm and open") in quotes(facts)


def test_a_speaker_described_after_an_article_past_the_verb(extract):
    facts = extract('DAKAR, Nov 18 -- Prime Minister Ousmane Sonko received his Cabo Verdean '
                    'counterpart Ulisses Correia e Silva on Monday. "We share the ocean," '
                    'declared the Head of Government at the press briefing.')
    assert [(q.speaker, q.text) for q in facts.quotes] == [("ousmane-sonko",
                                                             "We share the ocean")]


def test_his_counterpart_replying_after_a_quote_is_the_other_side(extract):
    facts = extract('TASHKENT, May 6 -- Uzbek President Tom Hale held talks with Kyrgyz '
                    'President Ben Dole in Tashkent on Tuesday. "Our borders are open," Hale '
                    'said. "Our railways will follow," replied his counterpart.')
    assert ("ben-dole", "Our railways will follow") in quotes(facts)



def test_a_ministrys_spokesperson_parsed_as_the_object_of_of_is_the_speaker(extract):
    facts = extract('MANILA, March 4 - Department of Foreign Affairs spokesperson Ma. Rosa '
                    'Dizon said in a text message to reporters that the commission would meet '
                    'in Kuala Lumpur "within the third quarter of the year", without giving a '
                    'date.')
    assert quotes(facts) == [("ma-rosa-dizon", "within the third quarter of the year")]


def test_an_embedded_posts_text_is_the_words_of_the_person_under_it(extract):
    # A page carries the post as text, its author on the line below with the handle.
    facts = extract("ACCRA - President Kofi Mensah spoke with President Ama Lartey of Togo on "
                    "Monday, both leaders said on X.\n\n"
                    "Good call tonight with my sister Ama Lartey. Our ports will work as one.\n"
                    "— Kofi Mensah (@kofimensah) March 4, 2024\n"
                    "View on X\n\n"
                    "Lartey said the two had agreed to meet in Lome.")
    assert ("kofi-mensah", "Good call tonight with my sister Ama Lartey. Our ports will work "
            "as one.") in quotes(facts)


def test_a_media_releases_label_gives_the_quotations_under_it_their_speaker(extract):
    # "Quotes attributable to …:" over quoted paragraphs, each label its own speaker's.
    facts = extract("WELLINGTON - Foreign Minister Aroha Tane met Samoan Prime Minister Lemalu "
                    "Faleolo in Wellington on Tuesday.\n\n"
                    "Quotes attributable to Foreign Minister Aroha Tane:\n\n"
                    "“Our two countries share an ocean and a future.”\n\n"
                    "“This week we agreed to work together on fisheries patrols.”\n\n"
                    "Quotes attributable to Trade Minister Hemi Parata:\n\n"
                    "“Exports to Samoa grew strongly this year.”\n\n"
                    "The two governments will meet again in Apia next year.")
    said = quotes(facts)
    assert any(who == "aroha-tane" and "share an ocean" in text
               and "fisheries patrols" in text for who, text in said)
    assert any(who == "hemi-parata" and "grew strongly" in text for who, text in said)
    assert not any("Apia" in text or who == "aroha-tane" and "grew strongly" in text
                   for who, text in said)


def test_a_short_day_with_its_full_stop_does_not_end_the_speakers_sentence(extract):
    facts = extract('CEBU - Foreign Minister Daniel Tan of Singapore met Foreign Secretary Maria '
                    'Reyes of the Philippines in Cebu on Monday. Minister Tan, who arrived in '
                    'Cebu on Tues. for the retreat, said, "Our region is strongest when its '
                    'members rely on each other."')
    assert [(q.speaker, q.text[:20]) for q in facts.quotes] == [
        ("daniel-tan", "Our region is strong")]


def test_the_party_chief_is_the_general_secretary(extract):
    facts = extract('HANOI - Party General Secretary Tran Van Long received Singaporean Prime '
                    'Minister Daniel Goh on Monday. "Singapore is a trusted friend," the Party '
                    'chief said.')
    assert [q.speaker for q in facts.quotes] == ["tran-van-long"]


@pytest.mark.parametrize("surname", ["King", "Prince"])
def test_a_surname_that_is_a_titles_word_is_the_person_named_in_full(extract, surname):
    facts = extract(f"PERTH - Australian Resources Minister Anna {surname} met Japanese Trade "
                    f'Minister Ken Sato on Monday. "Our minerals matter," {surname} said. The '
                    "King of Spain sent his greetings.")
    assert [q.speaker for q in facts.quotes] == [f"anna-{surname.lower()}"]


def test_a_colon_gives_the_quote_to_the_one_person_subject_of_its_clause(extract):
    facts = extract('BANGKOK - Prime Minister Somchai Wong received Malaysian Prime Minister '
                    'Hamid Rahman on Monday. Somchai kept it practical: "We want the rail link '
                    'open by next year."')
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("somchai-wong", "We want the rail link open by next year.")]



def test_a_release_s_quote_block_is_given_to_the_name_signed_below_it(extract):
    facts = extract("OTTAWA - Canada and Chile signed a trade agreement today.\n\nQuotes\n\n"
                    '"This agreement opens doors for our farmers and our manufacturers."\n'
                    "- The Honourable Maria Lopez, Minister of International Trade\n\n"
                    '"For our exporters, this agreement builds a bridge." — Carlos Perez, '
                    "Secretary of Trade of Chile\n\nQuick facts")
    assert [(q.speaker, q.text[:20]) for q in facts.quotes] == [
        ("maria-lopez", "This agreement opens"), ("carlos-perez", "For our exporters, t")]


def test_the_host_who_speaks_is_the_host_of_the_story_s_one_guest(extract):
    facts = extract('GABORONE - President Kabo Molefe of Botswana welcomed President Ana '
                    'Shilongo of Namibia at the airport on Monday for a state visit. "We share a '
                    'long border," Molefe said. "The rail line cannot stay on paper," the '
                    'host added.')
    assert [q.speaker for q in facts.quotes] == ["kabo-molefe", "kabo-molefe"]


@pytest.mark.parametrize("opening", ["According to her words,", "In her words,"])
def test_words_said_to_be_hers_are_the_subjects_before(extract, opening):
    facts = extract("SANTIAGO - On 4 March, Foreign Minister of Chile Ana Ruiz held a meeting "
                    "with the Foreign Minister of Peru Pablo Sosa. Ruiz underlined the "
                    f'partnership. {opening} "the partnership of our countries grows every '
                    'year".')
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("ana-ruiz", "the partnership of our countries grows every year")]


def test_his_highness_alone_is_not_one_of_those_who_attended(extract):
    """ "The supper was also attended by His Highness Sheikh A, …; His Highness Sheikh B, ….
    Later His Highness wrote: '…'": the host styled so, not the last attendee."""
    facts = extract("ABU DHABI - The UAE's President, His Highness Sheikh Hamad bin Saif Al "
                    "Mazrouei, gave a supper for the King of Jordan on Monday.\n\nThe supper "
                    "was also attended by His Highness Sheikh Omar bin Saif Al Mazrouei, Vice "
                    "President; His Highness Sheikh Majid bin Omar Al Mazrouei, Minister of "
                    "Foreign Affairs; and senior officials.\n\nLater that night His Highness "
                    "wrote online: \"Our guest and I share more than a border of history.\"")
    assert [q.speaker for q in facts.quotes] == ["hamad-bin-saif-al-mazrouei"]
