"""Meetings and visits found sentence by sentence.

A sentence reports a meeting when one of the patterns of
``data/extraction/meetings.csv`` matches it and at least two persons take
part: those it names or describes; "we" in a speech (the speaker and the
person addressed); or, for "the meeting then continued…", the participants
of the meeting spoken of just before.  Visits follow
``data/extraction/visits.csv``: the guest is the person the clause is about,
the host state the destination named after the trigger.
"""

from __future__ import annotations

import re

from .context import Context, Sentence, place_of_hit
from .facts import Meeting, Span, Visit
from .rules import rules, table

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_ANAPHORIC = re.compile(r"\b(?:the|this|that|their) (?:meeting|talks|negotiations|conversation"
                        r"|call|session)\b", re.IGNORECASE)


def status_of(text: str) -> str:
    """"planned", "cancelled" or "held", from the status patterns in the text.

    Quoted words are left out: "we will..." in a quote says nothing of the event reported.
    """
    text = _QUOTED.sub(" ", text)
    for rule in rules("status"):
        if rule.pattern.search(text):
            return rule.values["status"]
    return "held"


def _evidence(sentence: Sentence) -> Span:
    return Span(sentence.char_start, sentence.char_start + len(sentence.text), sentence.text)


def find_meetings(ctx: Context) -> list[Meeting]:
    """Meetings of the story, one per (date, participants, phase), formats merged."""
    meetings: list[Meeting] = []
    for sentence in ctx.sentences:
        matched = [rule for rule in rules("meetings") if rule.pattern.search(sentence.text)]
        if not matched:
            continue
        formats = {rule.values["format"] for rule in matched if rule.values["format"]}
        phase = next((rule.values["phase"] for rule in matched
                      if rule.values["phase"] != "main"), "main")
        participants = _participants(ctx, sentence, meetings)
        if len(participants) < 2:
            continue
        status = status_of(sentence.text)
        date = sentence.date or (ctx.story_date if status == "held" else None)
        place = sentence.places[0] if sentence.places else None
        meetings.append(Meeting(frozenset(participants), date, _evidence(sentence), formats,
                                place, status, phase, rule=matched[0].name))
    return merge_meetings(meetings)


def _participants(ctx: Context, sentence: Sentence, earlier: list[Meeting]) -> list[str]:
    persons = list(sentence.persons)
    if sentence.speech is not None and _WE.search(sentence.text):
        speaker = sentence.speech.speaker
        addressed = _addressees(ctx, speaker, earlier)
        return list(dict.fromkeys([speaker, *addressed, *persons]))
    if len(persons) < 2 and earlier and _ANAPHORIC.search(sentence.text):
        return list(earlier[-1].participants)
    return persons


def _addressees(ctx: Context, speaker: str, earlier: list[Meeting]) -> list[str]:
    """Whom a speaker talks to: the others of the latest meeting with them, else the
    most mentioned other person."""
    for meeting in reversed(earlier):
        if speaker in meeting.participants:
            return sorted(meeting.participants - {speaker})
    return ctx.linked.salient(1, exclude={speaker})


def merge_meetings(meetings: list[Meeting]) -> list[Meeting]:
    """Fold meetings with the same date, participants, phase and status into one."""
    merged: dict[tuple, Meeting] = {}
    for meeting in meetings:
        key = (meeting.date, meeting.participants, meeting.phase, meeting.status)
        if key in merged:
            kept = merged[key]
            kept.formats |= meeting.formats
            kept.place = kept.place or meeting.place
        else:
            merged[key] = meeting
    return list(merged.values())


def _visit_type(text: str) -> str | None:
    types = table("visit_types", "word", "visit_type")
    for phrase in sorted(types, key=len, reverse=True):
        if re.search(rf"\b{re.escape(phrase)}\s+visit\b", text, re.IGNORECASE):
            return types[phrase]
    return None


def find_visits(ctx: Context, doc) -> list[Visit]:
    """Visits of the story, one per (guest, host state)."""
    visits: dict[tuple[str, str], Visit] = {}
    for sentence in ctx.sentences:
        if sentence.speech is not None:
            continue
        for rule in rules("visits"):
            match = rule.pattern.search(sentence.text)
            if not match:
                continue
            trigger_char = sentence.char_start + match.start()
            dest_char = sentence.char_start + match.end("dest")
            host, place = _destination(ctx, sentence, dest_char)
            guest = _guest(ctx, doc, sentence, trigger_char)
            if host is None or guest is None:
                continue
            person = ctx.linked.persons[guest]
            if any(p.state == host for p in person.positions):
                continue  # going home is not a foreign visit
            visit = Visit(guest, host, _evidence(sentence), _visit_type(sentence.text),
                          place=place, status=status_of(sentence.text), rule=rule.name)
            if rule.values["kind"] == "arrival":
                visit.start = _date_after(ctx, doc, sentence, trigger_char) or sentence.date
            key = (guest, host)
            if key in visits:
                kept = visits[key]
                kept.visit_type = kept.visit_type or visit.visit_type
                kept.start = kept.start or visit.start
                kept.place = kept.place or visit.place
            else:
                visits[key] = visit
            # No break: "who arrived in Delhi on Monday on a state visit to India" needs
            # both the arrival (start date) and the visit rule (type); they merge by key.
    return list(visits.values())


def _destination(ctx: Context, sentence: Sentence, dest_char: int):
    """The first state or place named after the trigger: (host iso2, PlaceRef or None)."""
    for hit in ctx.mentions.hits:
        if hit.span.start < dest_char or hit.span.start > dest_char + 40:
            continue
        if hit.kind == "state":
            return hit.key, None
        if hit.kind == "place":
            place = place_of_hit(ctx.world, hit)
            return place.state, place
    return None, None


def _guest(ctx: Context, doc, sentence: Sentence, trigger_char: int) -> str | None:
    """The person the visit clause is about: the antecedent of "who", else the subject."""
    before = [ref for ref in ctx.linked.refs_between(sentence.start, sentence.end)
              if ref.span.end <= trigger_char and len(ref.persons) == 1
              and ref.persons[0] != ctx.linked.author]
    clause = doc.char_span(sentence.char_start, trigger_char, alignment_mode="expand")
    if clause is not None and before:
        words = [t.lower_ for t in clause]
        if "who" in words:
            who_i = clause.start + len(words) - 1 - words[::-1].index("who")
            near = [ref for ref in before if ref.end <= who_i]
            if near:
                return near[-1].persons[0]
    for token in doc[sentence.start:sentence.end]:
        if token.dep_ == "nsubj" and token.idx < trigger_char:
            for ref in before:
                if ref.start <= token.i < ref.end:
                    return ref.persons[0]
    return before[0].persons[0] if before else None


def _date_after(ctx: Context, doc, sentence: Sentence, trigger_char: int):
    for token_i, _, day in sentence.date_expressions:
        if doc[token_i].idx >= trigger_char and day:
            return day
    return None
