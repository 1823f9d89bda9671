"""Quotes: quoted words attributed to their speaker, speeches, and what is not a quote."""

from __future__ import annotations

import datetime as dt


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
