"""Needles of a regular expression: strings one of which every match must contain.

Rules run over every sentence of every article, and most sentences match none of them.
A plain substring test for a rule's needles (``"visit" in sentence``) is far cheaper
than running its regular expression, so the rules and the page-furniture patterns skip
the texts that hold none of their needles.
"""

from __future__ import annotations

Needles = frozenset[str] | tuple[str, ...] | None


def holds_a_needle(needles: Needles, lowered: str) -> bool:
    """Whether the lower-case text holds one of the needles (None: no needles known, so
    the pattern may match anything)."""
    return needles is None or any(needle in lowered for needle in needles)


class HeldNeedles:
    """The needles a lower-case text holds, asked for many patterns: each distinct needle
    is looked for once, since patterns share many ("photo", "(reuters") and each look is
    a scan of the whole text."""

    def __init__(self, lowered: str) -> None:
        self.lowered = lowered
        self._holds: dict[str, bool] = {}

    def of(self, needles: Needles) -> tuple[str, ...] | None:
        """The needles of ``needles`` the text holds (an empty tuple: none, the pattern
        cannot match there); None stays None."""
        if needles is None:
            return None
        holds = self._holds
        for needle in needles:
            if needle not in holds:
                holds[needle] = needle in self.lowered
        return tuple(n for n in needles if holds[n])


#: Needles shorter than this select too little to be worth testing.
_SHORTEST_NEEDLE = 3


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` contains, or None.

    Read from the parsed pattern: a run of literal characters must occur; of a sequence,
    the most selective of its required parts counts; of alternatives, the union.  Used
    to skip the sentences a rule cannot match without running its regular expression.
    """
    from re import _parser

    found = _sequence_literals(_parser.parse(pattern, flags))
    if found is None or min(len(needle) for needle in found) < _SHORTEST_NEEDLE:
        return None
    return frozenset(found)


def _sequence_literals(items) -> set[str] | None:
    """The most selective set of strings one of which a match of ``items`` contains."""
    from re._constants import BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

    choices: list[set[str]] = []
    run = ""
    for index, (op, av) in enumerate(items):
        if op is LITERAL:
            run += chr(av).lower()
            continue
        if run:
            choices.append({run})
            run = ""
        inner = None
        if op is SUBPATTERN:
            inner = _sequence_literals(av[3])
        elif op is BRANCH:
            branches = [_sequence_literals(branch) for branch in av[1]]
            inner = None if any(b is None for b in branches) else set().union(*branches)
            if choices and len(choices[-1]) == 1 and items[index - 1][0] is LITERAL:
                # "me(?:t|ets)", as the parser factors "met|meets": the run the branches
                # go on from, with each branch's own first letters
                before = next(iter(choices[-1]))
                joined = {before + _prefix(branch) for branch in av[1]}
                if inner is None or min(map(len, joined)) > min(map(len, inner)):
                    inner = joined
        elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
            inner = _sequence_literals(av[2])
        if inner:
            choices.append(inner)
    if run:
        choices.append({run})
    if not choices:
        return None
    return max(choices, key=lambda c: (min(len(n) for n in c), -len(c)))


def _prefix(items) -> str:
    """The literal characters a sequence opens with."""
    from re._constants import LITERAL

    prefix = ""
    for op, av in items:
        if op is not LITERAL:
            break
        prefix += chr(av).lower()
    return prefix
