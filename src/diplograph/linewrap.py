"""Hard-wrapped text: lines broken at a fixed width, not where the writer ended them.

Press releases sent by e-mail, text copied out of a PDF and some wire feeds break every
line at a width of 60–80 characters, and break long words there with a hyphen
("Inter-\\nnational").  Read as they stand, a line break before a capitalised word looks
like the start of a new sentence (a headline, a caption), so "talks with President\\n
NAME" loses its name, and "NAME Gha-\\nzouani" is two words.

:func:`unwrap_lines` finds such text and joins its wrapped lines *without moving
anything outside a broken word*: a wrapping newline becomes a space, and a word broken
with a hyphen is written whole, its two freed characters after it.  Every offset into
the result outside a broken word is the same offset into the input (evidence sentences,
quotes and the story's start stay true to the file), as with page furniture blanked.

A text is taken as wrapped when many of its lines are of a middling length and almost
none is longer than :data:`MAX_WIDTH`; its width is its longest such line.  A line
break is a wrap when the line is nearly full: the next line's first word would not have
fitted on it (with :data:`SLACK` of the width to spare, as wrapping tools differ).  A
short line (a headline, a list item, a sign-off) keeps its break, unless it ends in a
word broken with a hyphen whose second part opens in lower case.

:func:`join_cut_sentences` mends the other cut a page makes: an advert line ("Story
continues below advertisement") set between two halves of one sentence, already blanked
as furniture, leaves a line of spaces that would end the sentence and any quotation open
in it; the newlines around it become spaces when the line before it ends mid-sentence and
the line after it goes on in lower case or with a figure.
"""

from __future__ import annotations

import re
from itertools import pairwise

#: Wrapped text is never wider than this: a paragraph of ordinary text is one longer line.
MAX_WIDTH = 100
#: Lines of middling length (at least this share of the width) needed to call text wrapped.
MIN_FULL_LINES = 5
FULL_SHARE = 0.6
#: Share of the width a wrapping tool may leave empty at a line's end.
SLACK = 0.12
#: Lines longer than the width allowed in a wrapped text (a title or a link kept whole).
MAX_LONG_SHARE = 0.1

_LINE = re.compile(r"[^\n]*")
#: A line blanked as furniture (spaces only) between a line ending mid-sentence and one
#: going on in lower case or with a figure.
_CUT_SENTENCE = re.compile(r"(?<=[^\s.!?:;\"”’»)])\n( +)\n(?=[a-z0-9$€£])")
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-\n([^\W\d_][^\s]*)")


def wrap_width(text: str) -> int | None:
    """The width ``text`` is hard-wrapped at, or None when its lines are as written."""
    lengths = [len(line.rstrip()) for line in text.split("\n") if line.strip()]
    long_lines = sum(n > MAX_WIDTH for n in lengths)
    width = max((n for n in lengths if n <= MAX_WIDTH), default=0)
    full = sum(n >= FULL_SHARE * width for n in lengths if n <= MAX_WIDTH)
    if full < MIN_FULL_LINES or long_lines > MAX_LONG_SHARE * full:
        return None
    return width


def unwrap_lines(text: str) -> str:
    """``text`` with its hard-wrapped lines joined (see the module's docstring); the text
    as it is when it is not wrapped.  The result has the length of ``text``."""
    width = wrap_width(text)
    if width is None:
        return text
    chars = list(text)
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    # (the pattern also matches the empty string after each line's newline)
    lines = [(s, e) for k, (s, e) in enumerate(lines) if k == 0 or lines[k - 1][1] != s]
    for (start, end), (next_start, next_end) in pairwise(lines):
        line = text[start:end].rstrip()
        following = text[next_start:next_end].strip()
        if not line or not following or len(line) > MAX_WIDTH:
            continue
        broken = _BROKEN_WORD.match(text, start + len(line) - 1) \
            if line.endswith("-") and end == start + len(line) else None
        if broken is not None and broken.group(1)[:1].islower():
            _mend_broken_word(chars, text, broken)  # ("NAME Gha-\nzouani" on a short line too)
            continue
        first_word = following.split()[0]
        if len(line) + 1 + len(first_word) <= (1 - SLACK) * width:
            continue  # the next word would have fitted: the writer ended the line
        if broken is not None:
            _mend_broken_word(chars, text, broken)
        else:
            chars[end] = " "
    return "".join(chars)


def _mend_broken_word(chars: list[str], text: str, broken: re.Match[str]) -> None:
    """ "Inter-\\nnational" → "International  ": the word whole, the hyphen (when the
    second part opens in lower case) and the newline freed after it."""
    hyphen, rest = broken.start(), broken.group(1)
    keep_hyphen = rest[:1].isupper()  # "Indo-\\nPacific" keeps its hyphen
    joined = ("-" if keep_hyphen else "") + rest
    freed = broken.end() - hyphen - len(joined)
    chars[hyphen:broken.end()] = list(joined + " " * freed)
    assert len(chars) == len(text)


def join_cut_sentences(text: str) -> str:
    """``text`` with each sentence cut by a blanked furniture line joined again (see the
    module's docstring); the result has the length of ``text``."""
    return _CUT_SENTENCE.sub(lambda m: " " + m.group(1) + " ", text)
