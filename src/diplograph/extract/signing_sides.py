"""Which side each signatory signed for, where the text states it for some of them only.

Officials of a visiting government are often named with their office alone ("Agriculture
Secretary NAME"), and the linker can then only guess their state, usually the state the
story is told from.  A list of documents signed by pairs of officials keeps one order of
the sides ("signed by [guest side] and [host side]"): where one pair shows the order by a
signatory whose state is known, the guessed states of the others follow it.
"""

from __future__ import annotations

from dataclasses import replace

from .context import Context
from .facts import Agreement, ArticleFacts


def sides_from_signing_order(facts: ArticleFacts, ctx: Context) -> None:
    """Give each guessed signatory of a two-party document the side its place in the
    pair says, when the article's pairs with a known signatory agree on one order."""
    guessed = ctx.linked.guessed
    _one_for_each_party(facts, guessed)
    pairs = [(agreement, order) for agreement in facts.agreements
             if len(agreement.parties) == 2 and len(agreement.signatories) == 2
             and (order := _in_text_order(agreement, ctx)) is not None]
    firsts = set()
    for agreement, order in pairs:
        for place, key in enumerate(order):
            state = _stated_state(facts, key, guessed)
            if state in agreement.parties:
                firsts.add(state if place == 0 else _other(agreement, state))
    if len(firsts) != 1:
        return  # no pair shows the order, or the pairs disagree
    first = firsts.pop()
    for agreement, order in pairs:
        if first not in agreement.parties:
            continue
        for key, side in zip(order, (first, _other(agreement, first)), strict=True):
            person = facts.persons[key]
            for position in list(person.positions):
                if (key, position.role) in guessed and position.state != side:
                    person.positions.discard(position)
                    person.positions.add(replace(position, state=side))


def _in_text_order(agreement: Agreement, ctx: Context) -> tuple[str, str] | None:
    """The two signatories in the order the document's sentence names them."""
    start, end = agreement.evidence.start, agreement.evidence.end
    first_at = {}
    for ref in ctx.linked.refs:
        if len(ref.persons) == 1 and ref.persons[0] in agreement.signatories \
                and start <= ref.span.start < end:
            first_at.setdefault(ref.persons[0], ref.span.start)
    if len(first_at) != 2:
        return None
    return tuple(sorted(first_at, key=first_at.get))


def _stated_state(facts: ArticleFacts, key: str, guessed: set[tuple[str, str]]) -> str | None:
    """The one state of the person's offices that the text or the world data gave."""
    states = {p.state for p in facts.persons[key].positions
              if p.state and (key, p.role) not in guessed}
    return states.pop() if len(states) == 1 else None


def _other(agreement: Agreement, state: str) -> str:
    return next(iter(agreement.parties - {state}))


def _one_for_each_party(facts: ArticleFacts, guessed: set[tuple[str, str]]) -> None:
    """ "It was signed by NAME, Minister of State for Foreign Trade, and Tajikistan's
    Minister of Economic Development NAME2": of a two-party document's two signatories,
    one stated to be of one party, the other, whose state was only guessed to be the same,
    signed for the other party."""
    for agreement in facts.agreements:
        if len(agreement.parties) != 2 or len(agreement.signatories) != 2:
            continue
        first, second = sorted(agreement.signatories)
        for stated, other in ((first, second), (second, first)):
            state = _stated_state(facts, stated, guessed)
            if state not in agreement.parties:
                continue
            person = facts.persons[other]
            for position in list(person.positions):
                if (other, position.role) in guessed and position.state == state:
                    person.positions.discard(position)
                    person.positions.add(replace(position, state=_other(agreement, state)))
