"""Helpers the extraction tests share to read the facts of a text of ours."""

from __future__ import annotations


def offices(facts, key: str) -> set[tuple[str, str | None]]:
    """The (role, state) of every office the person ``key`` holds in ``facts``."""
    return {(p.role, p.state) for p in facts.persons[key].positions}


def meetings(facts, status: str = "held") -> set[frozenset[str]]:
    """The participant sets of the meetings of ``facts`` with that status."""
    return {m.participants for m in facts.meetings if m.status == status}
