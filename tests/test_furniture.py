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
    paths = sorted((ROOT / "data").glob("**/articles/*.txt"))
    assert len(paths) >= 20
    for path in paths:
        body = read_article(path).body
        # The rest of the date line is the page's header ("Source: Xinhua", "first version
        # posted 14 April 2021 12:10"), which may well be furniture; nothing of the story is.
        first_line = len(body.split("\n", 1)[0])
        story = [s for s in furniture_spans(body) if s.end > first_line]
        assert story == [], (path, story)


def test_the_rules_file_is_data_with_one_kind_and_expression_a_line(tmp_path, monkeypatch):
    kinds = {kind for kind, _ in furniture._rules()}
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
