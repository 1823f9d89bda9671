"""Web furniture in plain text: the lines of a saved page that are not the story.

Text copied or scraped from a news page often keeps the page's furniture:
menus ("Home | World | Business"), "RELATED: …" and "Read more" lines, share
buttons, photo credits, cookie notices, app and newsletter adverts, comment
counters, copyright footers.  Read as sentences they give the extractor false
names and places.  :func:`furniture_spans` finds those lines and
:func:`blank_furniture` blanks them out *without moving anything*, so every
offset into the blanked text is the same offset into the original (evidence
sentences, quote positions and ``story_start`` stay true to the file).

The rules are data: ``data/reading/furniture.txt`` (``kind: regular
expression``, matched case-insensitively against lines of at most
:data:`MAX_WORDS` words), plus two layout rules here: a line of three or more
short items joined by ``|``, ``•``, ``·`` or ``»`` is a menu, and so is a run of
three or more consecutive short lines (a menu of one item per line) that
ends in no sentence punctuation.

Markup a page keeps inside a line is blanked too (:func:`markup_spans`): a WordPress
caption shortcode with its caption ("[caption id=…] … [/caption]", whose text
would otherwise run into the dateline that follows it) and markdown emphasis marks
("**Nairobi** —", which hide a dateline's city from its pattern).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .needles import HeldNeedles, holds_a_needle, required_literals
from .resources import reading_dir

#: Only lines this short can be furniture: a paragraph of the story is longer.
MAX_WORDS = 30
#: A menu item is a few words (a section name: "World", "Middle East", "Climate crisis").
MAX_ITEM_WORDS = 3
#: Consecutive one-item lines needed to call them a menu.
MIN_MENU_LINES = 3

_MENU_SEPARATORS = re.compile(r"\s*(?:\||•|·|»|›|/)\s*")
#: A weather or market widget closing a header row of sections ("Sport | Life   Abu Dhabi
#: 38°C  Dubai 36°C"): a few words with figures.
MAX_WIDGET_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?:;,\"”’»)]\s*$")
_MARKUP = re.compile(r"\[caption\b[^\]\n]*\][^\n]*?\[/caption\]|\*{2,3}(?=\S)|(?<=\S)\*{2,3}",
                     re.IGNORECASE)


@dataclass(frozen=True)
class Furniture:
    """One line of furniture: ``text[start:end]`` (the line without its newline) and the
    ``kind`` of rule that found it ("menu", "related", "share", "photo", "caption", "date",
    "cookie", "app", "newsletter", "advert", "chrome", "credit", "journalists"; "markup"
    for a span inside a line), so a caller may keep some kinds (a "Source: …" credit line
    names the outlet)."""

    start: int
    end: int
    kind: str


#: Kinds of furniture whose rules say so by their own opening words, at any length.
_ANY_LENGTH = frozenset({"caption", "correction"})


@cache
def _rules() -> tuple[tuple[str, re.Pattern[str], frozenset[str] | None], ...]:
    rules = []
    path = reading_dir() / "furniture.txt"
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, sep, pattern = line.partition(":")
        if not sep or not pattern.strip():
            raise ValueError(f"{path}:{number}: expected 'kind: regular expression'")
        rules.append((kind.strip(), re.compile(pattern.strip(), re.IGNORECASE),
                      required_literals(pattern.strip(), re.IGNORECASE)))
    return tuple(rules)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, the newline excluded."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _is_menu_line(line: str) -> bool:
    items = [item for item in _MENU_SEPARATORS.split(line.strip()) if item]
    if items and not _SENTENCE_END.search(items[-1]) and any(ch.isdigit() for ch in items[-1]) \
            and len(items[-1].split()) <= MAX_WIDGET_WORDS:
        # a widget stands as its first word: "Abu" of "Abu Dhabi 38°C" passes, "Tuesday," of a
        # masthead's date does not (that line names the paper and its city)
        items[-1] = items[-1].split()[0]
    return (len(items) >= 3 and len(_MENU_SEPARATORS.findall(line.strip())) >= 2
            and all(len(item.split()) <= MAX_ITEM_WORDS and not _SENTENCE_END.search(item)
                    for item in items))


def _is_menu_item(line: str) -> bool:
    words = line.split()
    # A byline ("By Jane Doe") or a line with figures (a date) is the story's header.
    return 0 < len(words) <= MAX_ITEM_WORDS and not _SENTENCE_END.search(line) \
        and not any(ch.isdigit() for ch in line) and words[0].lower() != "by"


#: A heading standing alone on its line ("Related", "Associated Links:"), no story after it.
_HEADING_ALONE = re.compile(r"^\W*[\w' ]{1,40}?\W*$")
#: A line of a list: a bullet or dash opening it.
_LIST_LINE = re.compile(r"^[-–—•*·▪]\s*\S")


def furniture_spans(text: str) -> list[Furniture]:
    """The furniture lines of ``text``, in order, as :class:`Furniture` spans.

    Offsets are into ``text`` itself; a span covers one whole line without
    its newline (never part of a line, never a blank line).
    """
    lines = _lines(text)
    found: dict[int, Furniture] = {}
    # (start, end, the line stripped, in lower case, whether it is too long to be
    # furniture) of every line that is not blank
    judged = []
    for start, end in lines:
        stripped = text[start:end].strip()
        if stripped:
            judged.append((start, end, stripped, stripped.lower(),
                           len(stripped.split()) > MAX_WORDS))
    # The rules that may match somewhere on the page, with the needles it holds: each
    # line is then tested against those only.  A rule judging short lines only looks
    # for its needles in those (most of a story is long lines), and a needle shared
    # by several rules is looked for once.
    short = HeldNeedles("\n".join(lowered for *_, lowered, long in judged if not long))
    page = HeldNeedles(text.lower())
    held = ((kind, pattern, (page if kind in _ANY_LENGTH else short).of(needles))
            for kind, pattern, needles in _rules())
    active = [(kind, pattern, needles) for kind, pattern, needles in held
              if needles is None or needles]
    for start, end, stripped, lowered, long in judged:
        if not long and _is_menu_line(stripped):
            found[start] = Furniture(start, end, "menu")
            continue
        for kind, pattern, needles in active:
            # A caption or a correction note is furniture however long; other rules
            # judge short lines only.
            if (kind in _ANY_LENGTH or not long) \
                    and holds_a_needle(needles, lowered) \
                    and pattern.search(stripped):
                found[start] = Furniture(start, end, kind)
                break
    # The list a heading of other stories opens ("Associated Links" then "- Prime Minister
    # travels to …"): every list line after it, blank lines between allowed.
    # So are the headlines set right under it with no bullet ("RELATED:" then "Premier
    # holds talks with …"): lines with no full stop, up to the first blank line.
    heading = under = False
    for start, end in lines:
        line = text[start:end].strip()
        if start in found and found[start].kind == "related" and _HEADING_ALONE.match(line):
            heading = under = True
        elif heading and _LIST_LINE.match(line) and len(line.split()) <= MAX_WORDS:
            found.setdefault(start, Furniture(start, end, "related"))
        elif under and line and len(line.split()) <= MAX_WORDS \
                and not _SENTENCE_END.search(line):
            found.setdefault(start, Furniture(start, end, "related"))
        elif line:
            heading = under = False
        else:
            under = False
    # Menus of one item per line: a run of short, unpunctuated lines with no blank
    # line between them (the story's paragraphs and headings are set apart by blank lines).
    run: list[tuple[int, int]] = []
    for number, (start, end) in enumerate(lines):
        if _is_menu_item(text[start:end]):
            run.append((start, end))
            if number < len(lines) - 1:
                continue
        if len(run) >= MIN_MENU_LINES:
            for run_start, run_end in run:
                found.setdefault(run_start, Furniture(run_start, run_end, "menu"))
        run = []
    for start in _item_day_lines(text, lines, found):
        del found[start]
    for start in _photo_story_captions(text, lines, found):
        del found[start]
    return [found[start] for start in sorted(found)]


#: A page whose story, captions aside, is shorter than this (in words: a standfirst of two or
#: three sentences, then the pictures) is a photo story.
PHOTO_STORY_WORDS = 60


def _photo_story_captions(text: str, lines: list[tuple[int, int]],
                          found: dict[int, Furniture]) -> list[int]:
    """The caption lines of a photo story ("In pictures: …", a gallery "1/6"): when the
    page tells nothing but its headline besides them, its captions are its story (who
    met whom, where, when), no furniture around one."""
    captions = [start for start in found if found[start].kind == "caption"]
    if len(captions) < 2:
        return []
    story = sum(len(text[start:end].split()) for start, end in lines
                if start not in found and _SENTENCE_END.search(text[start:end].strip()))
    return captions if story < PHOTO_STORY_WORDS else []


#: A page listing items each under its title and its own day is a listing, not one story
#: with a page date: two such items at least.
MIN_DATED_ITEMS = 2


def _item_day_lines(text: str, lines: list[tuple[int, int]],
                    found: dict[int, Furniture]) -> list[int]:
    """The date lines of a readouts page ("Prime Minister meets with X" / "September 23,
    2025" / a blank line / "Prime Minister X today met …"): each item's own day, which
    dates its "today"; content, not the page's date stamp."""
    starts = []
    for number in range(1, len(lines) - 2):
        start, end = lines[number]
        title_start, title_end = lines[number - 1]
        title = text[title_start:title_end].strip()
        below = text[lines[number + 2][0]:lines[number + 2][1]].strip()
        if start in found and found[start].kind == "date" and title \
                and title_start not in found and not _SENTENCE_END.search(title) \
                and not text[lines[number + 1][0]:lines[number + 1][1]].strip() \
                and len(below.split()) > MAX_WIDGET_WORDS and _SENTENCE_END.search(below):
            starts.append(start)
    return starts if len(starts) >= MIN_DATED_ITEMS else []


def markup_spans(text: str) -> list[Furniture]:
    """Markup inside lines, as :class:`Furniture` of kind "markup": caption shortcodes
    with their caption and markdown emphasis marks; each span lies within one line."""
    return [Furniture(m.start(), m.end(), "markup") for m in _MARKUP.finditer(text)]


def blank_furniture(text: str, spans: list[Furniture] | None = None) -> str:
    """``text`` with every furniture line and inline markup replaced by spaces: same
    length, same newlines, so an offset into the result is the same offset into ``text``.
    ``spans`` given, only those are blanked."""
    spans = furniture_spans(text) + markup_spans(text) if spans is None else spans
    if not spans:
        return text
    chars = list(text)
    for span in spans:
        chars[span.start:span.end] = " " * (span.end - span.start)
    return "".join(chars)
