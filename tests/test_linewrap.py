"""Hard-wrapped text (e-mailed releases, text out of a PDF): lines joined where a tool
broke them, words broken with a hyphen made whole, every other offset kept.  Every
sentence and name here is invented."""

from __future__ import annotations

from diplograph.furniture import blank_furniture
from diplograph.linewrap import join_cut_sentences, unwrap_lines, wrap_width

RELEASE = """MINISTRY OF FOREIGN AFFAIRS
PRESS RELEASE

Foreign Minister Ana Ruiz concludes visit

LIMA, 4 March - Foreign Minister Ana Ruiz came back to Lima on Monday
from a working trip of two days to Ecuador. In Quito on Friday she had
talks with her Ecuadorian counterpart Pablo Sosa, and on Saturday she
called on the head of state of the host country, President
Marta Vidal, at the Carondelet Palace. The two ministers agreed to
convene a joint commission on trade and cooperation in the Indo-
Pacific in June and signed a memorandum on consular matters. Minis-
ter Ruiz thanked the Ecuadorian authorities for their hospitality.

President Vidal accepted an invitation to visit Peru.
"""


def test_a_hard_wrapped_release_is_read_as_its_paragraphs():
    text = unwrap_lines(RELEASE)
    assert len(text) == len(RELEASE)
    assert "the host country, President Marta Vidal, at the Carondelet Palace." in text
    assert "in the Indo-Pacific  in June" in text  # a capital after the break keeps the hyphen
    assert "consular matters. Minister   Ruiz thanked" in text


def test_short_lines_keep_their_breaks():
    text = unwrap_lines(RELEASE)
    assert text.startswith("MINISTRY OF FOREIGN AFFAIRS\nPRESS RELEASE\n\n"
                           "Foreign Minister Ana Ruiz concludes visit\n\n")
    assert text.endswith("hospitality.\n\nPresident Vidal accepted an invitation to visit "
                         "Peru.\n")


def test_a_name_broken_with_a_hyphen_on_a_short_line_is_whole():
    text = RELEASE.replace("President Vidal accepted", "President Vi-\ndal accepted")
    assert "President Vidal   accepted" in unwrap_lines(text)


def test_text_with_long_lines_is_left_as_it_is():
    text = ("LIMA, 4 March - Foreign Minister Ana Ruiz returned to Lima on Monday after a "
            "two-day working trip to Ecuador, during which Ruiz held talks with Pablo Sosa.\n"
            "Sosa\nthanked her.\n") * 3
    assert wrap_width(text) is None
    assert unwrap_lines(text) == text


def test_a_name_wrapped_onto_the_next_line_is_read_whole(extract):
    facts = extract(RELEASE)
    assert {"Ana Ruiz", "Pablo Sosa", "Marta Vidal"} <= {p.name for p in facts.persons.values()}
    assert ["ana-ruiz", "marta-vidal"] in [sorted(m.participants) for m in facts.meetings]


CUT = ('"We have worked on this for too long," Ruiz told reporters. "My colleague and I\n'
       'Advertisement\n'
       'have agreed that the commission will meet in June."\n\n'
       'The talks ended at noon.\n'
       'Story continues below advertisement\n'
       'Sosa flew home in the evening.\n')


def test_a_sentence_cut_by_an_advert_line_is_one_sentence_again():
    text = join_cut_sentences(blank_furniture(CUT))
    assert len(text) == len(CUT)
    assert '"My colleague and I ' + " " * len("Advertisement") + ' have agreed' in text
    # a sentence that ended before the advert keeps its break
    assert "The talks ended at noon.\n" in text


def test_a_quotation_cut_by_an_advert_line_is_whole(extract):
    facts = extract("LIMA, March 4 - Peruvian Foreign Minister Ana Ruiz met Ecuadorian Foreign "
                    "Minister Pablo Sosa in Lima on Monday. " + CUT)
    assert "My colleague and I have agreed that the commission will meet in June." in [
        q.text for q in facts.quotes]
