"""Agreements and memorandums: what was signed, by whom, for which states.

A sentence reports a signing when a signing verb and a document noun
(``data/extraction/signing.csv``, ``agreements.csv``) both occur in it.
Fields of cooperation ("in the fields of veterinary medicine, tourism and
energy") become topics; several documents with several fields become one
document per field.  Persons and offices in the sentence sign, unless they
stand in a witness phrase ("attended by the two leaders"); offices named
without a person ("the foreign ministers of A and B") sign as positions.
"""

from __future__ import annotations

import re

from .context import Context, Sentence
from .events import status_of
from .facts import Agreement, Position, Span
from .rules import rules

_FIELDS = re.compile(
    r"\b(?:in|on) (?:the )?(?:fields?|areas?|spheres?|sectors?|domains?) of "
    r"(?P<list>[^.;:()]+)"
    r"|\bon (?:cooperation|collaboration) in (?:the )?"
    r"(?:(?:fields?|areas?|spheres?|sectors?|domains?) of )?(?P<list2>[^.;:()]+)"
    r"|\bon (?P<list3>[\w -]+?) cooperation\b", re.IGNORECASE)
#: "a memorandum of understanding on trade", "an agreement for visa exemption".
_DOCUMENT_ON = re.compile(
    r"\b(?:understanding|agreements?|memorand(?:um|ums|a)|MoUs?|accords?|treat(?:y|ies)"
    r"|protocols?|deals?|road ?maps?|conventions?|contracts?)"
    r" (?:on|in|for) (?!the (?:sidelines|occasion|presence|margins)\b)(?!\w+day\b)"
    r"(?P<list>[^.;:()]+)", re.IGNORECASE)
_LIST_END = re.compile(r"\s+(?:between|during|at|in the presence|attended|witnessed|which|that"
                       r"|as well as the|following|with|to|by|after|before|yesterday|today"
                       r"|(?:next|last|this) (?:week|month|year)|earlier|later"
                       r"|on [A-Z]\w+day|on [A-Z][a-z]{2,8}\.? \d|on \d)\b.*$")
_PLURAL = re.compile(r"\b(?:memorand(?:ums|a)|MoUs|agreements|documents|treaties|accords"
                     r"|protocols|declarations)\b", re.IGNORECASE)


def _topics(text: str) -> list[str]:
    match = _FIELDS.search(text)
    if match:
        listing = match["list"] or match["list2"] or match["list3"] or ""
    elif match := _DOCUMENT_ON.search(text):
        listing = match["list"]
    else:
        return []
    listing = _LIST_END.sub("", listing)
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", listing)
    return [p.strip(" .").lower() for p in parts if p.strip(" .") and len(p.split()) <= 5]


def find_agreements(ctx: Context) -> list[Agreement]:
    """Agreements of the story; one per field when several documents cover several fields."""
    found: list[Agreement] = []
    sign_rules = [r for r in rules("signing") if r.values["role"] == "sign"]
    witness_rules = [r for r in rules("signing") if r.values["role"].startswith("witness")]
    for sentence in ctx.sentences:
        if sentence.speech is not None:
            continue
        if not any(r.pattern.search(sentence.text) for r in sign_rules):
            continue
        kind_rule = next((r for r in rules("agreements") if r.pattern.search(sentence.text)),
                         None)
        if kind_rule is None:
            continue
        witness_chars = _witness_ranges(sentence, witness_rules)
        signatories, witnesses, positions = _signers(ctx, sentence, witness_chars)
        parties = set(sentence.states) | {p.state for p in positions if p.state}
        if not parties:
            parties = {p.state for key in signatories | witnesses
                       for p in ctx.linked.persons[key].positions if p.state}
        topics = _topics(sentence.text)
        status = status_of(sentence.text)
        common = dict(evidence=Span(sentence.char_start, sentence.char_start
                                    + len(sentence.text), sentence.text),
                      parties=frozenset(parties), signatories=frozenset(signatories),
                      signatory_positions=frozenset(positions), witnesses=frozenset(witnesses),
                      date=sentence.date or (ctx.story_date if status == "held" else None),
                      place=sentence.places[0] if sentence.places else None, status=status,
                      rule=kind_rule.name)
        kind = kind_rule.values["kind"]
        if len(topics) > 1 and _PLURAL.search(sentence.text):
            found.extend(Agreement(kind, topics=(topic,), **common) for topic in topics)
        else:
            found.append(Agreement(kind, topics=tuple(topics), **common))
    return found


def _witness_ranges(sentence: Sentence, witness_rules) -> list[tuple[int, int]]:
    """Character ranges of witness phrases: from the trigger to the next comma."""
    ranges = []
    for rule in witness_rules:
        if rule.values["role"] == "witness-subject":
            # The subject before the verb attended; the phrase itself names no one.
            if match := rule.pattern.search(sentence.text):
                ranges.append((sentence.char_start, sentence.char_start + match.start()))
            continue
        for match in rule.pattern.finditer(sentence.text):
            # "witnessed the signing" is the subject rule's; nobody follows it as witness.
            if sentence.text[match.end():].lstrip().lower().startswith(("the signing",
                                                                        "the exchange")):
                continue
            end = sentence.text.find(",", match.end())
            end = len(sentence.text) if end < 0 else end
            ranges.append((sentence.char_start + match.start(), sentence.char_start + end))
    return ranges


def _signers(ctx: Context, sentence: Sentence, witness_chars):
    signatories: set[str] = set()
    witnesses: set[str] = set()
    positions: set[Position] = set()
    for ref in ctx.linked.refs_between(sentence.start, sentence.end):
        as_witness = any(a <= ref.span.start < b for a, b in witness_chars)
        keys = {k for k in ref.persons if k != ctx.linked.author}
        (witnesses if as_witness else signatories).update(keys)
    linked_starts = {ref.start for ref in ctx.linked.refs}
    for description in ctx.mentions.descriptions:
        if not (sentence.start <= description.start < sentence.end):
            continue
        if description.start in linked_starts or any(
                a <= description.span.start < b for a, b in witness_chars):
            continue
        for role in description.roles:
            if role is None:
                continue
            for state in description.states or (None,):
                positions.add(Position(role, state))
    return signatories - witnesses, witnesses, positions
