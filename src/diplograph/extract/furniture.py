"""Page furniture: lines of a web page that are not the story.

Real pages carry menus, page and update dates, photo credits and captions,
share buttons and cookie notices.  None of it may become a person, an event or
an event's date.  The patterns are data (``data/extraction/furniture.txt``);
:func:`blank_furniture` replaces matching lines by spaces, so the extractor
never reads them while every offset still points into the original text.
"""

from __future__ import annotations

import re
from functools import cache

from ..resources import rules_dir


@cache
def furniture_patterns() -> re.Pattern[str]:
    """One compiled pattern matching any furniture line (whole line, case-insensitive)."""
    lines = (rules_dir() / "furniture.txt").read_text(encoding="utf-8").splitlines()
    parts = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return re.compile("|".join(f"(?:{part})" for part in parts), re.IGNORECASE)


def is_furniture(line: str) -> bool:
    """Whether one line of a page is furniture."""
    stripped = line.strip()
    return bool(stripped) and furniture_patterns().fullmatch(stripped) is not None


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges (start, end) of the furniture lines of ``text``."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        if is_furniture(line):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def blank_furniture(text: str) -> str:
    """``text`` with every furniture line replaced by spaces of the same length."""
    chars = list(text)
    for start, end in furniture_spans(text):
        chars[start:end] = " " * (end - start)
    return "".join(chars)
