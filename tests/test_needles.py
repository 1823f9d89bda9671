"""The needles of a rule: a text holding none of them is one the rule cannot match, so
skipping it loses nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplograph.extract.rules import rules
from diplograph.furniture import _rules as furniture_rules
from diplograph.needles import required_literals

DATA = Path(__file__).resolve().parent.parent / "data"
RULE_FILES = ("meetings", "visits", "agreements", "signing", "status")


@pytest.mark.parametrize("pattern, needles", [
    (r"\b(?:met|meets)\b", {"met", "meets"}),
    (r"\b(?:tele)?phone (?:call|talks)\b", {"phone call", "phone talks"}),
    (r"\bspok(?:e|en) with\b", {"spoke"}),
    (r"\b(?:on|in) the margins? of\b", {" the margin"}),
])
def test_needles_are_the_literal_words_a_match_must_hold(pattern, needles):
    assert required_literals(pattern, re.IGNORECASE) == needles


@pytest.mark.parametrize("pattern", [r"\w+\s+\w+", r"(?:a|an)\s+\w+", r"(?:visit|)\b"])
def test_a_pattern_with_no_word_it_must_hold_has_no_needles(pattern):
    assert required_literals(pattern, re.IGNORECASE) is None


def _texts() -> list[str]:
    lines = []
    for path in sorted(DATA.glob("**/articles/*.txt")):
        text = path.read_text(encoding="utf-8")
        lines += [line for line in re.split(r"\n|(?<=[.!?])\s+", text) if line.strip()]
    return lines


def test_no_rule_is_skipped_on_a_sentence_it_matches():
    texts = _texts()
    assert len(texts) > 2500
    lowered = [text.lower() for text in texts]
    for name in RULE_FILES:
        for rule in rules(name):
            for text, low in zip(texts, lowered, strict=True):
                if rule.pattern.search(text):
                    assert rule.may_match(low), (rule.name, text)
    for kind, pattern, needles in furniture_rules():
        for text, low in zip(texts, lowered, strict=True):
            if needles is not None and pattern.search(text.strip()):
                assert any(n in low for n in needles), (kind, pattern.pattern, text)
