"""The extraction rules and the lexicon, kept as data in ``data/extraction/``.

Trigger patterns, speech verbs, status words and every other word list the
extractor reads live in CSV and text files so a researcher can extend them
without reading Python; this module loads and compiles them once.  Each word
list is written once: a pattern that needs one is built from the file
(:func:`alternation`, :func:`forms`), and a rule pattern in a CSV file may name
a word list as ``{name}`` to have its words put in as an alternation.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..needles import HeldNeedles, holds_a_needle, required_literals
from ..resources import rules_dir


@dataclass(frozen=True)
class Rule:
    """A compiled pattern with the values its row gives (format, phase, kind...)."""

    name: str
    pattern: re.Pattern[str]
    values: dict[str, str]
    #: Lower-case strings one of which every match contains (None: no such set known).
    needles: frozenset[str] | None = None

    def may_match(self, lowered: str) -> bool:
        """Whether the pattern can match the text whose lower-case form is ``lowered``: a
        text holding none of the needles cannot, and is not searched."""
        return holds_a_needle(self.needles, lowered)


@dataclass(frozen=True)
class ActiveRule:
    """A rule that may match somewhere in a story, with the needles the story holds."""

    number: int  # its place among the rules of its file
    rule: Rule
    needles: tuple[str, ...] | None

    def may_match(self, lowered: str) -> bool:
        """Whether the rule may match the part of the story ``lowered`` (lower case)."""
        return holds_a_needle(self.needles, lowered)


def rules_in(name: str, story: HeldNeedles) -> list[ActiveRule]:
    """The rules of ``data/extraction/<name>.csv`` that may match somewhere in a story
    (the needles its text in lower case holds): a rule none of whose needles the story
    holds is left out, so each sentence is tested against a few rules and a few needles
    only."""
    held = ((number, rule, story.of(rule.needles))
            for number, rule in enumerate(rules(name)))
    return [ActiveRule(number, rule, needles) for number, rule, needles in held
            if needles is None or needles]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


#: A word list named in a rule pattern: ``{arrival_verbs}``, ``{hosting_verbs.past}``,
#: ``{document_nouns:signing_mou}``.
_LIST_REFERENCE = re.compile(r"\{([a-z_]+)(?:([.:])([a-z_]+))?\}")


def _list_words(reference: re.Match[str]) -> str:
    name, kind, key = reference[1], reference[2], reference[3]
    if kind == ".":
        return one_of(values(name, key))
    if kind == ":":
        return forms_alternation(name, key, "singular", "plural")
    return alternation(name)


@cache
def rules(name: str) -> tuple[Rule, ...]:
    """Rules of ``data/extraction/<name>.csv``, in file order, patterns case-insensitive.

    ``{list}`` in a pattern stands for the words of ``data/extraction/<list>.txt``,
    ``{list.column}`` for the values of ``column`` in ``<list>.csv``, ``{list:step}`` for
    the singular and plural forms of the rows of ``<list>.csv`` whose steps name ``step``
    (each as :func:`one_of`).
    """
    result = []
    for number, row in enumerate(_rows(rules_dir() / f"{name}.csv"), start=1):
        pattern = _LIST_REFERENCE.sub(_list_words, row.pop("pattern"))
        result.append(Rule(f"{name}:{number}", re.compile(pattern, re.IGNORECASE), row,
                           required_literals(pattern, re.IGNORECASE)))
    return tuple(result)


def count_of(word: str) -> int | None:
    """How many a number word or numeral says ("three", "3"), from counts.csv; None for
    neither, and for the words that name all of those in view ("all", counted as 0)."""
    word = word.lower()
    if word.isdigit():
        return int(word) or None
    return _number_words().get(word) or None


@cache
def _number_words() -> dict[str, int]:
    return {row["word"]: int(row["count"]) for row in entries("counts")}


@cache
def table(name: str, key: str, value: str) -> dict[str, str]:
    """A two-column mapping from ``data/extraction/<name>.csv``."""
    return {row[key].lower(): row[value] for row in _rows(rules_dir() / f"{name}.csv")}


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``data/extraction/<name>.txt`` in file order, case kept.

    One entry a line; ``#`` starts a comment line.  A line ``@other column`` stands for
    the words of ``other.csv`` marked in ``column`` (see :func:`marked`).
    """
    text = (rules_dir() / f"{name}.txt").read_text(encoding="utf-8")
    result: list[str] = []
    for line in text.splitlines():
        entry = line.strip()
        if not entry or line.startswith("#"):
            continue
        if entry.startswith("@") and len(entry.split()) == 2:
            other, column = entry[1:].split()
            result.extend(marked(other, column))
        else:
            result.append(entry)
    return tuple(result)


@cache
def words(name: str) -> frozenset[str]:
    """A word list from ``data/extraction/<name>.txt`` as a set of lower-case words."""
    return frozenset(entry.lower() for entry in word_list(name))


def one_of(entries: Iterable[str]) -> str:
    """Words as a regular-expression group ``(?:a|b|c)``, each escaped, in the order
    given (the order a regular expression tries them)."""
    return "(?:" + "|".join(re.escape(entry) for entry in entries) + ")"


def alternation(name: str) -> str:
    """The words of ``data/extraction/<name>.txt`` as a :func:`one_of`, in file order."""
    return one_of(word_list(name))


@cache
def entries(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``data/extraction/<name>.csv`` in file order (``#`` comment lines)."""
    return tuple(_rows(rules_dir() / f"{name}.csv"))


@cache
def marked(name: str, column: str) -> tuple[str, ...]:
    """First-column values of the rows of ``<name>.csv`` with anything in ``column``,
    in file order: the words of a lexicon table that one step reads."""
    rows = entries(name)
    first = next(iter(rows[0])) if rows else ""
    return tuple(row[first] for row in rows if (row.get(column) or "").strip())


def values(name: str, column: str) -> tuple[str, ...]:
    """The values of ``column`` in the rows of ``<name>.csv`` that have one, in file order."""
    return tuple(value for row in entries(name) if (value := (row.get(column) or "").strip()))


def forms(name: str, step: str, *columns: str) -> tuple[str, ...]:
    """The forms in ``columns`` (``|``-separated) of the rows of ``<name>.csv`` whose
    ``steps`` column names ``step``, in file order: "agreement" and "agreements"."""
    return tuple(form for row in entries(name) if step in (row.get("steps") or "").split()
                 for column in columns for form in (row.get(column) or "").split("|") if form)


def forms_alternation(name: str, step: str, *columns: str) -> str:
    """:func:`forms` as an escaped regular-expression group ``(?:a|b|c)``."""
    return one_of(forms(name, step, *columns))


def quote_pairs(step: str) -> tuple[tuple[str, str], ...]:
    """(opening, closing) quotation marks of ``quote_marks.csv`` read by ``step``."""
    return tuple((row["open"], row["close"]) for row in entries("quote_marks")
                 if step in row["steps"].split())


def quote_marks(step: str) -> str:
    """Every quotation mark of the pairs read by ``step``, each once, as one string."""
    return "".join(dict.fromkeys(mark for pair in quote_pairs(step) for mark in pair))


@dataclass(frozen=True)
class DependencyRule:
    """A spaCy DependencyMatcher pattern with its id and what its first node must be."""

    name: str
    anchor: str  # "trigger" or "clause"
    pattern: tuple


def _filled(value):
    """``"@list"`` / ``"@table.column"`` in a pattern's attributes: the words of the list."""
    if isinstance(value, dict):
        return {key: _filled(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_filled(item) for item in value]
    if isinstance(value, str) and value.startswith("@"):
        name, _, column = value[1:].partition(".")
        return sorted(values(name, column) if column else words(name))
    return value


@cache
def dependency_rules(name: str) -> tuple[DependencyRule, ...]:
    """The rules of ``data/extraction/<name>.json`` in file order, word lists filled in."""
    data = json.loads((rules_dir() / f"{name}.json").read_text(encoding="utf-8"))
    return tuple(DependencyRule(rule["id"], rule["anchor"], tuple(_filled(rule["pattern"])))
                 for rule in data["rules"])
