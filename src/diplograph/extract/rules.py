"""The extraction rules kept as data in ``data/extraction/``.

Trigger patterns, speech verbs and status words live in CSV and text files so
a researcher can extend them without reading Python; this module loads and
compiles them once.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..resources import rules_dir


@dataclass(frozen=True)
class Rule:
    """A compiled pattern with the values its row gives (format, phase, kind...)."""

    name: str
    pattern: re.Pattern[str]
    values: dict[str, str]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


@cache
def rules(name: str) -> tuple[Rule, ...]:
    """Rules of ``data/extraction/<name>.csv``, in file order, patterns case-insensitive."""
    result = []
    for number, row in enumerate(_rows(rules_dir() / f"{name}.csv"), start=1):
        pattern = row.pop("pattern")
        result.append(Rule(f"{name}:{number}", re.compile(pattern, re.IGNORECASE), row))
    return tuple(result)


@cache
def table(name: str, key: str, value: str) -> dict[str, str]:
    """A two-column mapping from ``data/extraction/<name>.csv``."""
    return {row[key].lower(): row[value] for row in _rows(rules_dir() / f"{name}.csv")}


@cache
def words(name: str) -> frozenset[str]:
    """A word list from ``data/extraction/<name>.txt`` (one per line, ``#`` comments)."""
    text = (rules_dir() / f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))
