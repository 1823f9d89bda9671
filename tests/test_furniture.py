"""Web furniture in plain text: found line by line, blanked without moving any offset."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph import furniture
from diplograph.articles import read_article
from diplograph.furniture import Furniture, blank_furniture, furniture_spans

ROOT = Path(__file__).resolve().parents[1]

# A page as a browser's "save as text" or a scraper leaves it: the story between furniture.
PAGE = """Skip to main content
Home | World | Business | Sport | Opinion
We use cookies to give you the best experience. Accept all cookies
Download our free news app
Leaders pledge to double trade
By Thandi Mokoena
3 min read
Share on Facebook
Facebook Twitter WhatsApp Email

PRETORIA, Aug 21 - South African President Sipho Dlamini held talks with Brazilian \
President Rui Costa on Monday.

Photo: Thandi Mokoena/Courier
RELATED: Rand gains against the dollar

Related talks were held in Paris.
Share prices fell after the meeting.
"It was a good meeting," he said.
Image matters, the president said.
Follow the money, the minister said.

World
Africa
Middle East
Climate

Advertisement
Subscribe to our newsletter for daily updates
(Photo: Reuters)
Published: August 21, 2023, 6:57 pm
© 2023 The Veld Courier. All rights reserved.
Comments (12)"""

FURNITURE = {
    "Skip to main content": "chrome",
    "Home | World | Business | Sport | Opinion": "menu",
    "We use cookies to give you the best experience. Accept all cookies": "cookie",
    "Download our free news app": "app",
    "3 min read": "chrome",
    "Share on Facebook": "share",
    "Facebook Twitter WhatsApp Email": "share",
    "Photo: Thandi Mokoena/Courier": "photo",
    "RELATED: Rand gains against the dollar": "related",
    "World": "menu", "Africa": "menu", "Middle East": "menu", "Climate": "menu",
    "Advertisement": "advert",
    "Subscribe to our newsletter for daily updates": "newsletter",
    "(Photo: Reuters)": "photo",
    "Published: August 21, 2023, 6:57 pm": "chrome",
    "© 2023 The Veld Courier. All rights reserved.": "chrome",
    "Comments (12)": "chrome",
}


def test_furniture_lines_are_found_with_their_kind():
    found = {PAGE[f.start:f.end]: f.kind for f in furniture_spans(PAGE)}
    assert found == FURNITURE


def test_story_lines_that_merely_start_like_furniture_are_kept():
    kept = blank_furniture(PAGE)
    for line in ("Leaders pledge to double trade", "By Thandi Mokoena",
                 "PRETORIA, Aug 21 - South African President Sipho Dlamini",
                 "Related talks were held in Paris.", "Share prices fell after the meeting.",
                 '"It was a good meeting," he said.', "Image matters, the president said.",
                 "Follow the money, the minister said."):
        assert line in kept, line


def test_blanking_keeps_every_offset_and_newline():
    blanked = blank_furniture(PAGE)
    assert len(blanked) == len(PAGE)
    assert [i for i, ch in enumerate(blanked) if ch == "\n"] == \
        [i for i, ch in enumerate(PAGE) if ch == "\n"]
    story = "Sipho Dlamini held talks"
    assert blanked.index(story) == PAGE.index(story)
    for span in furniture_spans(PAGE):
        assert blanked[span.start:span.end].strip() == ""
        assert "\n" not in PAGE[span.start:span.end]


def test_spans_are_ordered_whole_lines():
    spans = furniture_spans(PAGE)
    assert spans == sorted(spans, key=lambda s: s.start)
    for span in spans:
        assert span.start == 0 or PAGE[span.start - 1] == "\n"
        assert span.end == len(PAGE) or PAGE[span.end] == "\n"
    assert spans[0] == Furniture(0, len("Skip to main content"), "chrome")


def test_a_given_span_list_is_blanked_as_given():
    keep_credits = [s for s in furniture_spans(PAGE) if s.kind != "photo"]
    blanked = blank_furniture(PAGE, keep_credits)
    assert "Photo: Thandi Mokoena/Courier" in blanked and "Advertisement" not in blanked


@pytest.mark.parametrize("text", ["", "\n", "One sentence.", "A\r\nB\r\n"])
def test_texts_without_furniture_come_back_unchanged(text):
    assert furniture_spans(text) == []
    assert blank_furniture(text) is text


def test_crlf_lines_are_blanked_in_place():
    text = "Advertisement\r\nKenya and Tanzania agreed to open the border post on Friday.\r\n"
    blanked = blank_furniture(text)
    assert len(blanked) == len(text) and blanked.startswith(" " * 14 + "\nKenya")


def test_long_paragraphs_are_never_furniture():
    paragraph = "We use cookies " + "and the talks went on for hours " * 10
    assert furniture_spans(paragraph) == []


def test_no_line_of_our_clean_corpora_is_taken_for_furniture():
    # data/unseen and the probe corpora keep the furniture of the pages they
    # imitate, on purpose.
    paths = sorted(p for p in (ROOT / "data").glob("**/articles/*.txt")
                   if not {"unseen", "probe", "probe2", "probe3", "probe4", "probe5",
                           "probe6", "probe7", "probe8", "probe9", "probe10",
                           "probe11", "probe12", "probe13", "probe14",
                           "probe15", "probe16", "probe17",
                           "probe18", "probe19", "probe20",
                           "probe21", "probe22", "probe23",
                           "probe24", "probe25", "probe26",
                           "probe27", "probe28", "probe29",
                           "probe30", "probe31", "probe32",
                           "probe33", "probe34", "probe35",
                           "probe36", "probe37", "probe38",
                           "probe39", "probe40", "probe41",
                           "probe42", "probe43", "probe44",
                           "probe45", "probe46", "probe47",
                           "probe48", "probe49", "probe50",
                           "probe51", "probe52", "probe53",
                           "probe54", "probe55", "probe56",
                           "probe57", "probe58", "probe59",
                           "probe60", "probe61", "probe62",
                           "probe63", "probe64", "probe65",
                           "probe66", "probe67", "probe68",
                           "probe69", "probe70", "probe71",
                           "probe72", "probe73", "probe74",
                           "probe75", "probe76", "probe77",
                           "probe78", "probe79", "probe80",
                           "probe81", "probe82", "probe83",
                           "probe84", "probe85", "probe86",
                           "probe87", "probe88", "probe89",
                           "probe90", "probe91", "probe92", "probe93",
                           "probe94", "probe95", "probe96", "probe97",
                           "probe98", "probe99", "probe100",
                           "probe101", "probe102",
                           "probe103", "probe104",
                           "probe105", "probe106",
                           "probe107", "probe108",
                           "probe109", "probe110",
                           "probe111", "probe112",
                           "probe113", "probe114",
                           "probe115", "probe116",
                           "probe117", "probe118",
                           "probe119", "probe120",
                           "probe121", "probe122",
                           "probe123", "probe124",
                           "probe125", "probe126",
                           "probe127", "probe128",
                           "probe129", "probe130",
                           "probe131", "probe132",
                           "probe133", "probe134",
                           "probe135", "probe136",
                           "probe137", "probe138",
                           "probe139", "probe140",
                           "probe141", "probe142",
                           "probe143", "probe144",
                           "probe145"} & set(p.parts))
    assert len(paths) >= 20
    for path in paths:
        body = read_article(path).body
        # The rest of the date line is the page's header ("Source: Xinhua", "first version
        # posted 14 April 2021 12:10"), which may well be furniture; nothing of the story is.
        first_line = len(body.split("\n", 1)[0])
        # A wire story's foot line "(Reporting by …; Editing by …)" names its journalists:
        # furniture in these corpora too.
        story = [s for s in furniture_spans(body) if s.end > first_line
                 and s.kind != "journalists"]
        assert story == [], (path, story)


def test_the_rules_file_is_data_with_one_kind_and_expression_a_line(tmp_path, monkeypatch):
    kinds = {kind for kind, _, _ in furniture._rules()}
    assert {"related", "share", "photo", "cookie", "app", "newsletter", "advert",
            "chrome"} <= kinds
    (tmp_path / "furniture.txt").write_text("# comment\nbroken line without a kind\n")
    monkeypatch.setattr(furniture, "reading_dir", lambda: tmp_path)
    furniture._rules.cache_clear()
    try:
        with pytest.raises(ValueError, match="furniture.txt:2: expected 'kind: regular"):
            furniture._rules()
    finally:
        furniture._rules.cache_clear()


# Furniture as other pages write it (issue #13): each line with the kind of rule that finds it.
MORE_FURNITURE = {
    "Tags: Nepal-India relations, energy, hydropower": "related",
    "Trending": "related",
    "Most Read": "related",
    "Lire aussi : La saison des pluies approche": "related",
    "Lea también: El dólar cierra a la baja": "related",
    "Partager sur Facebook": "share",
    "Compartir en Facebook Compartir en X Compartir en WhatsApp": "share",
    "Get the latest news on WhatsApp": "share",
    "Foto: Carla Ríos/EFE": "photo",
    "Log in to comment": "newsletter",
    "Sort by: Newest": "chrome",
    "(@deskwatcher)": "chrome",
    "11:01 / 09.10.2020": "date",
    "NTA 21 October 2020": "date",
    "Last updated 2 hours ago": "chrome",
    "Publicado: 4 de marzo de 2024, 10:32": "date",
    "Mis à jour le 04/03/2024 à 10h32": "date",
    "Press Release: Ministry of Foreign Affairs": "credit",
    "(Reporting by Amaka Obi; additional reporting by Tunde Bello; Editing by Mark Hollis)":
        "journalists",
    "Staff Reporter": "journalists",
    "Edited by Peter Obi": "journalists",
    "Our Standards: The Trust Principles.": "chrome",
    "Last Modified: March 5, 2024": "chrome",
    "Mar 5, 2024 at 10:32 a.m. ET": "date",
    "Newsletter": "chrome",
    "(File photo)": "photo",
    "Handout": "photo",
    "Advertisement - Scroll to continue": "advert",
    "Story continues below advertisement": "advert",
    "SCROLL TO CONTINUE WITH CONTENT": "advert",
    "Read next": "related",
    "Related Articles": "related",
    "WATCH | Leaders meet in Abuja": "related",
    "LISTEN: The week in politics": "related",
    "Join our WhatsApp channel": "share",
    "Image caption, The two leaders met in Abuja on Monday": "caption",
    "We and our partners use cookies to personalise content and ads.": "cookie",
    "Do Not Sell or Share My Personal Information": "cookie",
    ("Your privacy matters. We and 96 partners use cookies and similar technologies. "
     "Accept all | Reject all | Manage"): "cookie",
    "Reject all": "cookie",
    "You have reached your limit of free articles.": "chrome",
    "Breaking News": "chrome",
    "Print this page": "chrome",
    "Filed under: World, Africa": "related",
    "Posted in World | Tagged Kenya, Ghana": "related",
    "Previous post": "related",
    "Leave a Reply Cancel reply": "chrome",
    "Your email address will not be published. Required fields are marked *": "chrome",
    "Name *": "chrome",
    "Comments are closed.": "chrome",
    "Disclaimer: The views expressed are the author's own.": "chrome",
    "责任编辑: 王玲": "chrome",
    "Визит президента": "chrome",
    "زيارة رسمية": "chrome",
    "(NEWSWIRE- Island Daily Herald)": "credit",
    ("President Ana Ruiz greets President Olaf Brand at the palace in Lima, Peru, on "
     "Monday 4 March 2024. The two leaders met for an hour before a working lunch with "
     "their delegations. Picture: EPA-EFE/JUAN PEREZ"): "caption",
    "Nigerian President Bola Adeyemi shakes hands with his guest. REUTERS/Segun Okafor": "caption",
    ("Malian Prime Minister Abdoulaye Traoré (pictured) is courting Senegal to back a joint "
     "candidate for the regional bank's presidency, officials in Dakar and Bamako told us "
     "on Sunday. PHOTO | AFP"): "caption",
    "The two leaders at the palace. (Photo by Sean Gallway/AFP via Getty Images)": "photo",
    # a header row with a weather widget after a wide gap
    "Nation | Region | World | Business | Sport        Lusaka 31°C  Ndola 29°C": "menu",
    ("President Ana Ruiz greets President Olaf Brand at the palace in Lima on Monday as "
     "the two leaders open a day of talks on trade, water and the shared border with "
     "their delegations (Photo by Sean Gallway/Agencia Andina)"): "caption",
}


@pytest.mark.parametrize(("line", "kind"), list(MORE_FURNITURE.items()))
def test_more_kinds_of_furniture_lines(line, kind):
    text = f"Kenya and Tanzania agreed to open the border post on Friday.\n{line}\n"
    [span] = furniture_spans(text)
    assert (text[span.start:span.end], span.kind) == (line, kind)


@pytest.mark.parametrize("line", [
    "Tags were attached to every crate at the border, officials said.",
    "Trending upward, trade between the two states doubled last year.",
    "The photo: a handshake that both capitals had waited years for, he said.",
    "Doha, 09 October 2023",
    "Watch the leaders meet in Abuja on Monday, the ministry said.",
    "Reporting on the talks was banned, the ministry said.",
    "Ghana and Kenya agreed to accept the ruling, the ministry said.",
    "The leaders filed under pressure, a minister said.",
    "Live coverage of the talks was banned.",
    "Tórshavn hosted the talks.",
    "ÑANDÚ, the ministry said, was chosen as the summit's name.",
    "By Jane Doe - March 5, 2024",
    "Written by Jane Doe",
    "Aachen (Germany), Jan. 22 (NTA): The two leaders met on Tuesday.",
])
def test_story_lines_like_new_furniture_are_kept(line):
    assert furniture_spans(f"{line}\n") == []


def test_inline_markup_is_blanked_in_place():
    text = ('[caption id="attachment_1" align="aligncenter"] Two leaders sign a treaty.'
            '[/caption] Aachen (Germany), Jan. 22 (NTA): The leaders met.\n'
            '**Nairobi** — Kenyan President Amani Otieno spoke.')
    blanked = blank_furniture(text)
    assert len(blanked) == len(text)
    assert "caption" not in blanked and "Two leaders" not in blanked and "*" not in blanked
    assert blanked.lstrip().startswith("Aachen (Germany), Jan. 22 (NTA): The leaders met.")
    assert "  Nairobi   — Kenyan" in blanked


def test_the_list_under_a_heading_of_other_stories_is_furniture():
    text = ("The leaders met in Lima on Monday.\n\nAssociated Links\n"
            "- President Ruiz travels to Chile and Bolivia\n\n"
            "- Statement on the border talks\n")
    kinds = [(f.kind, text[f.start:f.end]) for f in furniture_spans(text)]
    assert kinds == [("related", "Associated Links"),
                     ("related", "- President Ruiz travels to Chile and Bolivia"),
                     ("related", "- Statement on the border talks")]


@pytest.mark.parametrize("heading", ["READ ALSO", "Read also:", "ALSO READ"])
def test_the_bullets_under_a_read_also_heading_are_furniture(heading):
    text = ("The leaders met in Lima on Monday.\n\n" + heading + "\n"
            "• Ruiz defends the budget before the Senate\n"
            "• Farmers block the coast road\n")
    assert [f.kind for f in furniture_spans(text)] == ["related"] * 3


def test_a_correction_note_is_furniture_at_any_length():
    note = ("Correction, 18 May 2025, 11:40: An earlier version of this story said that the "
            "meeting at the palace took place on Monday; it took place on Tuesday. The earlier "
            "version also gave the wrong title for the minister who accompanied the president "
            "on the trip, and misspelt the name of the palace.")
    assert [span.kind for span in furniture_spans(note)] == ["correction"]
    assert [span.kind for span in furniture_spans(
        "An earlier version of this article misstated the date of the talks.")] == ["correction"]
    # A story's own sentence about corrections is no note.
    assert furniture_spans("Corrections to the draft treaty were agreed, the minister said.") == []


def test_headlines_under_a_related_heading_are_furniture_up_to_a_blank_line():
    text = ("The talks went on for two hours.\n\nRELATED:\nPremier holds talks with Lao "
            "counterpart in Vientiane\nRailway carries record freight in October\n\n"
            "The two sides agreed to meet again next year.\n")
    kinds = {text[f.start:f.end]: f.kind for f in furniture_spans(text)}
    assert kinds == {"RELATED:": "related",
                     "Premier holds talks with Lao counterpart in Vientiane": "related",
                     "Railway carries record freight in October": "related"}


def test_a_sentence_right_under_a_related_heading_is_the_story():
    text = "Related\nThe two presidents met in Vientiane on Monday.\n"
    assert [text[f.start:f.end] for f in furniture_spans(text)] == ["Related"]


def test_the_captions_of_a_photo_story_are_its_story():
    page = ("In pictures: Kenya's president welcomes Tanzania's president\n\n"
            "Photo story | Published: 5 Mar 2024, 09:30\n\n"
            "[1 of 2]\n"
            "President Daniel Kiprop (R) receives Tanzanian President Neema Mushi at State "
            "House in Nairobi on Monday. Photo: Ali Noor/Daily Ledger\n\n"
            "[2 of 2]\n"
            "The two presidents hold talks with their delegations at State House on Monday. "
            "Photo: Ali Noor/Daily Ledger\n")
    kinds = [span.kind for span in furniture_spans(page)]
    assert "caption" not in kinds
    # beside a story of its own, a caption stays furniture
    story = ("Kenya and Tanzania agreed on Monday to reopen the border post at Namanga, the "
             "two governments said in a joint statement issued after talks in Nairobi that "
             "lasted most of the day and covered trade, security and the railway link. The "
             "two presidents also asked their ministers to draw up, within three months, a "
             "plan for a joint customs office and a shared weighbridge on the main road.\n\n")
    assert [span.kind for span in furniture_spans(story + page)].count("caption") == 2
