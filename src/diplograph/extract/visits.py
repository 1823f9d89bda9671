"""Visits found sentence by sentence.

Visits follow ``data/extraction/visits.csv``: the guest is the person the
clause is about, the host state the destination named after the trigger.  An
invitation with no destination is a planned visit to the inviter's state, and
a person hosted in person is a guest in the host's state (from the meetings).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import product

from .clauses import (
    HOSTING_VERBS,
    PUT_OFF,
    RECURRENCE,
    clause_at,
    evidence,
    forward_if_planned,
    governing_verb,
    infinitive_of_a_bare_name,
    person_of,
    token_at,
)
from .context import Context, Sentence, capital_of_hit, place_of_hit
from .dates import (
    MONTHS,
    ORDINALS,
    WEEKDAYS,
    day_of_a_stay_at,
    is_future_expression,
    period_before,
    period_span,
)
from .facts import Meeting, PlaceRef, Visit
from .nlp import unstopped
from .rules import (
    alternation,
    count_of,
    marked,
    one_of,
    rules,
    rules_in,
    table,
    words,
)
from .tokens import (
    TRAVEL_LEMMAS,
    doc_text,
    doc_tokens,
    envoy_sent_by,
    leaders_of,
    nearest_verb,
    state_of_hit,
    token_at_char,
)


def _visit_type(text: str) -> str | None:
    types = table("visit_types", "word", "visit_type")
    for phrase in sorted(types, key=len, reverse=True):
        # ("working visits to A, B and C": a tour's visits are each of that type; "a
        # working trip" is one of that type too)
        if re.search(rf"\b{re.escape(phrase)}\s+(?:visits?|trips?)\b", text, re.IGNORECASE):
            return types[phrase]
    for phrase in sorted(types, key=len, reverse=True):
        # "a two-day visit that Baku described as official": the type the host gave it
        if re.search(rf"\bvisits?\b[^.;]{{0,60}}?\b(?:described|termed|called) as (?:an? )?"
                     rf"{re.escape(phrase)}\b", text, re.IGNORECASE):
            return types[phrase]
    return None


#: "… to attend the African Union summit", "… for the General Assembly": a gathering.
_TO_ATTEND = re.compile(r"\b" + alternation("attending_words") + r"\s+(?:the\s+)?"
                        r"(?:[\w'’-]+\s+){0,5}?" + alternation("gathering_nouns") + r"\b",
                        re.IGNORECASE)


#: "… to Tokyo for the China-Japan-ROK Foreign Ministers' Meeting": a gathering's name
#: (capitalised words ending in a meeting noun).
_TO_ATTEND_NAMED = re.compile(
    r"\b" + alternation("attending_words") + r"\s+the\s+(?:[A-Z][\w'’-]*\s+){1,6}"
    + one_of(w.capitalize() for w in words("meeting_nouns")) + r"\b")


def _to_a_gathering(text: str, start: int = 0, named_only: bool = False) -> bool:
    """The journey is to attend a gathering of many ("to attend the summit", "for the
    Foreign Ministers' Meeting"; with ``named_only`` only the latter, a gathering's name),
    and no visit is named."""
    return bool(not named_only and _TO_ATTEND.search(text, start)
                or _TO_ATTEND_NAMED.search(text, start)) and not _VISIT_WORD.search(text)


#: "Hours before the funeral", "after the summit": the gathering the sentence is set by.
_THE_GATHERING = re.compile(r"\b" + alternation("gathering_frames")
                            + r"\s+the\s+(?:[\w'’-]+\s+){0,2}?" + alternation("gathering_nouns")
                            + r"\b", re.IGNORECASE)


def _around_a_gathering(text: str) -> bool:
    """ "Hours before the funeral, X received Y at State House": a guest the host
    receives around a gathering of many came for the gathering; no visit is named (not
    "received Y at the National Congress", a legislature's building)."""
    return any(found.group(0).split()[-1].lower() not in _LEGISLATURES
               for found in _THE_GATHERING.finditer(text)) and not _VISIT_WORD.search(text)


#: "at the National Congress", "at the National Assembly": a house of a legislature, a
#: building, not a gathering of many.
_LEGISLATURES = frozenset(words("legislature_nouns"))


#: "the Canada-Ireland Economic Forum", "a Chile-Peru summit": two names joined
#: by a hyphen, no third beside them.
_TWO_NAMES = re.compile(r"(?<![\w'’-])([A-Z][\w'’]+)[-–]([A-Z][\w'’]+)(?![\w'’-])")


def _a_gathering_with_the_host(ctx: Context, sentence: Sentence, start: int,
                               host: str) -> bool:
    """The gathering the journey is for is the host state's own with one other: named by
    the two states ("for the Canada-Ireland Economic Forum") or held with the host's
    leader ("to go to India for a summit with Prime Minister Y"): a visit, not a
    gathering of many."""
    text = sentence.text
    found = _TO_ATTEND.search(text, start) or _TO_ATTEND_NAMED.search(text, start)
    if found is None:
        return False
    for pair in _TWO_NAMES.finditer(text, found.start(), found.end()):
        # (each name as the gazetteer read it: a state's or a demonym's)
        states = {hit.key for k in (1, 2)
                  if (hit := _hit_at(ctx, sentence.char_start + pair.start(k))) is not None
                  and hit.kind in ("state", "demonym")}
        if len(states) == 2 and host in states:
            return True
    if not re.match(r"\s+with\s", text[found.end():]) or ctx.doc is None:
        return False
    after = sentence.char_start + found.end()
    # (the first person named after "with", of the host's state)
    named = sorted((ref for ref in ctx.linked.refs_between(sentence.start, sentence.end)
                    if ref.persons and ctx.doc[ref.start].idx > after), key=lambda r: r.start)
    return bool(named) and any(host in ctx.linked.states_of(key) for key in named[0].persons)


def _a_month_to_come(ctx: Context, sentence: Sentence) -> bool:
    """The sentence names a month of no year later in the year than the story's ("in
    April", told in March)."""
    published = ctx.published
    for token_i, text, day in sentence.date_expressions:
        # (a bare month, "in April": not "last November", "April 2024", nor "the first
        # visit since April", a month gone by)
        span = period_span(text, published) if day is None \
            and _BARE_MONTH.fullmatch(text.strip()) and not (
                ctx.doc is not None and token_i > 0 and ctx.doc[token_i - 1].lower_ == "since"
            ) else None
        if span is not None and published is not None and span[0].month > published.month:
            return True
    return False


_BARE_MONTH = re.compile(r"(?:in\s+)?" + one_of(MONTHS) + r"\.?", re.IGNORECASE)


def _present_simple(ctx: Context, char: int) -> bool:
    """The trigger is a verb in the simple present ("travels", "fly"): news tells a trip
    of the day it is printed that way before it is made."""
    token = token_at(ctx, char)
    return token is not None and token.tag_ in ("VBZ", "VBP")


def find_visits(ctx: Context, doc) -> list[Visit]:
    """Visits of the story, one per (guest, host state, status)."""
    visits: dict[tuple[str, str, str], Visit] = {}
    landings: dict[tuple, Visit] = {}  # arrivals at an airport, no visit named with them
    unplaced: list[tuple] = []  # (guest, day) of landings at airports of no known state
    active = rules_in("visits", ctx.needles)
    previous: Sentence | None = None
    for sentence in ctx.sentences:
        before, previous = previous, sentence
        lowered = sentence.text.lower()
        for each in active:
            # A later match tells a visit still to come: "X, here on a visit to Y, invited
            # Z to visit W" (a later held one is the first told again)
            matches = each.rule.pattern.finditer(sentence.text) \
                if each.may_match(lowered) else ()
            for later, match in enumerate(matches):
                trigger_char = sentence.char_start + match.start()
                if each.rule.values["kind"] == "arrival" \
                        and _at_an_airport_unknown(ctx, sentence, match.end("dest")):
                    # "landed at Ezeiza International Airport on Monday night": an airport
                    # the world data does not know, so of no known state; its day may still
                    # date the guest's one stay the story tells
                    if clause_at(ctx, sentence, trigger_char).status == "held" \
                            and (guest := _guest(ctx, doc, sentence, trigger_char)):
                        unplaced.append((guest, _date_after(ctx, doc, sentence, trigger_char)))
                    continue
                for visit, landing_only in _visits_of_match(ctx, doc, sentence, before,
                                                            each.rule, match):
                    if later and visit.status == "held":
                        continue
                    # A headline's "postponed" and the text's "cancelled" visit are one visit
                    # put off; an earlier state visit "to X in May 2019" is a visit of its
                    # own.
                    earlier = _earlier_period(ctx, sentence, since_too=False, at=trigger_char) \
                        if visit.status == "held" else None
                    key = (visit.guest, visit.host,
                           "off" if visit.status in PUT_OFF else visit.status, earlier)
                    if landing_only and key not in visits:
                        landings[key] = visit
                        continue
                    if key in visits:
                        kept = visits[key]
                        kept.visit_type = kept.visit_type or visit.visit_type
                        kept.start = kept.start or visit.start
                        kept.place = kept.place or visit.place
                        kept.dated_to_a_period = kept.dated_to_a_period and kept.start is None
                    else:
                        visits[key] = visit
                    # No break: "who arrived in CITY on DAY for a state visit" needs both the
                    # arrival (start date) and the visit rule (type); they merge by key.
    for key, landing in landings.items():
        if (kept := visits.get(key)) is not None:
            kept.start = kept.start or landing.start
    for guest, day in unplaced:
        stays = [visit for key, visit in visits.items()
                 if key[0] == guest and key[2] == "held" and key[3] is None]
        # (or an earlier one: "signed … on Thursday, during the visit of X. X landed at
        # the airport on Wednesday": the landing began the stay)
        if day is not None and len(stays) == 1 \
                and (stays[0].start is None or day < stays[0].start):
            stays[0].start = day
    for key in [key for key in visits if key[3] is not None]:
        # "Wang returned the visit in August. He arrived in New Delhi on 18 August": the
        # month told first holds the visit told by its day, one visit.
        kept = visits.get((*key[:3], None))
        if kept is not None and kept.start is not None \
                and key[3][0] <= kept.start <= key[3][1]:
            kept.visit_type = kept.visit_type or visits[key].visit_type
            del visits[key]
    toured = _tour_types(ctx)
    for visit in visits.values():
        if visit.visit_type is None and visit.status == "held":
            visit.visit_type = toured.get(visit.host)
    kept = [visit for visit in visits.values() if not _leg_of_a_held_visit(ctx, visit, visits)
            and not _put_off_in_its_sentence(visit, visits)
            and not _headline_of_a_held_visit(visit, visits)]
    _put_off_afterwards(ctx, kept)
    return kept


def _visits_of_match(ctx: Context, doc, sentence: Sentence, before: Sentence | None, rule,
                     match) -> Iterator[tuple[Visit, bool]]:
    """The visits one match of a visit rule reports, each with whether it is only a
    landing at an airport (which dates a stay told elsewhere and tells none itself)."""
    trigger_char = _trigger_char(ctx, sentence, match)
    if sentence.speech is not None and clause_at(ctx, sentence, trigger_char).status == "held":
        return  # a speaker's "my visit" is told by the story, if at all
    if (match.groupdict().get("type") or "").lower() in _PASSING_STOPS:
        return  # "a refuelling stop in X": the aircraft's, no stay in the state
    dest_char = sentence.char_start + match.end("dest")
    if rule.values["kind"] in ("arrival-home", "visit-home"):
        # "X, who arrived on DAY for a state visit, …": to where the story is told; in a
        # story of no dateline, "A arrived in Jeddah on Sunday. B flew in on Monday": where
        # the sentence before had the arrival
        first = _where_it_hangs(ctx, sentence, trigger_char) \
            or _city_just_before(sentence, ctx, trigger_char) \
            or (ctx.dateline is None and (_arrived_just_before(ctx, before)
                                          or _city_just_before(before))) \
            or (_story_home(ctx), ctx.dateline)
    else:
        first = _destination(ctx, sentence, dest_char)
    # "on the second day of X's official visit": X owns the visit, not the subject
    owned = match.groupdict().get("nth") and match.groupdict().get("type")
    guest = (owned and _possessor(ctx, doc, sentence, sentence.char_start + match.start("type"))) \
        or _guest(ctx, doc, sentence, trigger_char)
    if rule.values["kind"] == "visit-home" and match.group().rstrip().endswith(" by"):
        guest = _visit_by(ctx, trigger_char, dest_char)  # the by-phrase's, or no one
    elif (of_someone := _visit_of_someone(ctx, trigger_char, dest_char)) \
            or _VISIT_OF.search(match.group()):
        # "The visit of X to Chile", "a visit by X to Chile": X's, whoever the sentence's
        # subject is (no one found when X is not named in the story).
        guest = _visit_by(ctx, trigger_char, dest_char) or (None if of_someone else guest)
    if first[0] is None:
        return
    if rule.values["kind"] == "leg":
        if clause_at(ctx, sentence, trigger_char).status not in PUT_OFF:
            return  # a stop made or ahead is told by its travel; "a stop in X" alone, an idea
        guest = guest or _traveller_of_the_story(ctx, first[0])
    if guest is None and _a_row_of_no_one(ctx, sentence, trigger_char):
        guest = _traveller_of_the_story(ctx, first[0])  # "Mar 13 - Arrives in X on a …"
    guests = _fellow_guests(ctx, doc, trigger_char, guest)
    if guest is not None and (owner := _owner_by_office(ctx, doc, sentence, trigger_char)):
        guests = [owner]
    elif guest is not None and _ONE_TRAVELLER.search(match.group(0)):
        guests = [guest]  # "a tour that took him to A and B": his alone
    if guest is not None and _VISIT_OF.search(match.group()):
        # "a joint trip by X and Y to Z": each named in the by-phrase a guest
        guests += [key for key in _visit_by_all(ctx, trigger_char, dest_char)
                   if key not in guests]
    if not guests:
        return
    if rule.values["kind"] == "arrival" and _at_the_gathering(ctx, sentence, match, first[1]):
        return
    # "landed at the international airport and drove to CITY": a landing with no visit
    # named in its sentence dates a stay told elsewhere, tells none itself
    landing_only = _an_airport_at(ctx, dest_char) and not _VISIT_WORD.search(sentence.text)
    destinations = [(*first, None), *_listed_destinations(ctx, sentence, dest_char)]
    for traveller, (host, place, at) in product(guests, destinations):
        visit = _visit_at(ctx, doc, sentence, rule, match, trigger_char, traveller, host,
                          place, at)
        if visit is not None:
            yield visit, landing_only


def _trigger_char(ctx: Context, sentence: Sentence, match) -> int:
    """Where a visit rule's match tells its visit: its start, or for "X's own visit to Y"
    (a match opening at the possessive mark) the visit noun, whose clause is the visit's,
    when the story names its owner X."""
    start = sentence.char_start + match.start()
    if match.group(0)[:2] in ("'s", "’s") \
            and (noun := _VISIT_NOUN_IN.search(match.group(0))) is not None \
            and _possessor(ctx, ctx.doc, sentence, start + noun.start()) is not None:
        return start + noun.start()
    return start


#: A rule's words that name one traveller ("a tour that took him to …").
_ONE_TRAVELLER = re.compile(r"\b(?:him|her)\b", re.IGNORECASE)


#: "a refuelling stop", "a technical stopover": a halt on the way, no visit.
_PASSING_STOPS = words("passing_stop_words")


#: "The visit", "her trip": a visit the story told before, named again.
_THE_VISIT = re.compile(r"\b(?:" + alternation("determiners") + r"|that|this)\s+(?:\w+\s+)?"
                        r"(?:visit|trip)\b", re.IGNORECASE)


def _put_off_afterwards(ctx: Context, visits: list[Visit]) -> None:
    """ "X was to visit Chile next week. The visit has been called off": a later sentence
    whose subject is the visit told before puts that planned visit off."""
    for sentence in ctx.sentences:
        for match in _THE_VISIT.finditer(sentence.text):
            clause = clause_at(ctx, sentence, sentence.char_start + match.end() - 1)
            noun = token_at(ctx, sentence.char_start + match.end() - 1)
            if clause.status not in PUT_OFF or noun is None \
                    or noun.dep_ not in ("nsubj", "nsubjpass"):
                continue
            told = [v for v in visits if v.status == "planned"
                    and v.evidence.end <= sentence.char_start]
            if told:
                max(told, key=lambda v: v.evidence.start).status = clause.status


#: "after working visits to A, B and C": a tour whose legs are all of one type.
_TYPED_VISITS_TO = re.compile(r"\b(?P<type>" + one_of(table("visit_types", "word", "visit_type"))
                              + r")\s+visits\s+to\b", re.IGNORECASE)


def _tour_types(ctx: Context) -> dict[str, str]:
    """The type a story gives a tour's legs ("working visits to Senegal, The Gambia and
    Sierra Leone"), by host state: a leg told on its own ("On Tuesday X travelled to
    Banjul") is of that type too."""
    types = table("visit_types", "word", "visit_type")
    toured: dict[str, str] = {}
    for sentence in ctx.sentences:
        for match in _TYPED_VISITS_TO.finditer(sentence.text):
            start = sentence.char_start + match.end()
            listing = sentence.text[match.end():].split(".")[0]
            end = start + len(listing)
            for hit in ctx.mentions.hits:
                if hit.kind == "state" and start <= hit.span.start < end:
                    toured.setdefault(hit.key, types[match["type"].lower()])
    return toured


def _earlier_period(ctx: Context, sentence: Sentence, since_too: bool = True,
                    at: int | None = None) -> tuple[dt.date, dt.date] | None:
    """The month or year before the story's that a sentence with no day of its own dates
    what it tells to ("last visited Qatar in October", "previously paid a state visit to X
    in January 2023"): a visit of its own, not the story's.  Without ``since_too``, not
    a period in a "since" clause ("the first visit since 2010", "since he took office last
    November" date no visit to that time).  With the trigger's character ``at``, only in
    its part of a headline of several ("X on first official visit to Panama; Y due in
    April")."""
    if any(day is not None for _, _, day in sentence.date_expressions):
        return None
    start, end = 0, len(sentence.text)
    if at is not None:
        offset = at - sentence.char_start
        start = sentence.text.rfind(";", 0, max(offset, 0)) + 1
        semicolon = sentence.text.find(";", offset)
        end = semicolon if semicolon >= 0 else len(sentence.text)
    return next((period_span(text, ctx.published) for token_i, text, _
                 in sentence.date_expressions
                 if period_before(text, ctx.published) and (since_too or not re.search(
                     r"\bsince\s+(?:[\w'’-]+\s+){0,5}?" + re.escape(text), sentence.text,
                     re.IGNORECASE))
                 and (ctx.doc is None or start <= ctx.doc[token_i].idx - sentence.char_start
                      < end)),
                None)


def _at_the_gathering(ctx: Context, sentence: Sentence, match, place) -> bool:
    """ "JOHANNESBURG - Leaders used the margins of the summit … Lee arrived in
    Johannesburg on Friday from Cairo, at the end of a state visit to Egypt": in a story of
    a gathering in the dateline's city (or the city its lead names for the gathering),
    arriving there is attending it, unless the words after the arrival name a visit."""
    city = ctx.gathering_city
    if city is None or place is None or place.name != city.name:
        return False
    after = sentence.text[match.end():]
    clause = after.split(",")[0]
    if _VISIT_WORD.search(clause):
        return False
    # "…, at the start of an official visit": a visit told later in the sentence is this
    # stay's, unless it names a state or city of its own ("at the end of a state visit to
    # Egypt").
    word = _VISIT_WORD.search(after)
    if word is None:
        return True
    word_char = sentence.char_start + match.end() + word.end()
    return any(hit.kind in ("state", "place") and word_char <= hit.span.start < sentence.char_start
               + len(sentence.text) and hit.key not in (place.name, place.state)
               for hit in ctx.mentions.hits)


def _put_off_in_its_sentence(visit: Visit, visits: dict) -> bool:
    """ "has postponed a planned visit to X": the planned visit is the one put off, told
    by the same sentence, not a second one; so is "his upcoming visit" in a story that
    tells the visit put off, unless a day of its own makes it another."""
    off = visits.get((visit.guest, visit.host, "off", None))
    # ("X was due to fly to Y on Friday for the visit", beside its postponement: the
    # plan as it stood, the visit put off)
    return visit.status == "planned" and off is not None and (
        off.evidence == visit.evidence or visit.start is None or visit.start == off.start
        or _ONCE_DUE.search(visit.evidence.text) is not None)


_ONCE_DUE = re.compile(r"\b(?:was|were|had been) " + alternation("expectation_words") + r" to\b",
                       re.IGNORECASE)


def _visit_at(ctx: Context, doc, sentence: Sentence, rule, match, trigger_char: int,
              guest: str, host: str, place, at: int | None = None) -> Visit | None:
    """The visit of ``guest`` to ``host`` a visit rule's ``match`` reports, dated and
    with its status; None when it is no foreign visit.  ``at`` is where a destination
    listed after the first is written (its own days follow it); ``trigger_char`` is where
    the match tells its visit (:func:`_trigger_char`)."""
    dest_char = at if at is not None else sentence.char_start + match.end("dest")
    person = ctx.linked.persons[guest]
    if any(p.state == host for p in person.positions):
        return None  # going home is not a foreign visit
    clause = clause_at(ctx, sentence, trigger_char)
    if clause.negated and clause.token is not None and clause.token.pos_ == "VERB":
        # "who did not travel to X": no stay there (but "a visit to X has not been
        # scheduled" is a visit still planned)
        return None
    if clause.denied:
        return None  # "denied reports that X would travel to Y"
    if clause.verb is not None and RECURRENCE.search(" ".join(
            t.text for t in sorted(_own_words(clause.verb), key=lambda t: t.i))):
        # "who had visited the palace many times": a habit, no one stay (not "… for the
        # committee, which meets annually")
        return None
    status = clause.status
    if status == "held" and (noun := _VISIT_NOUN_IN.search(match.group(0))) \
            and noun.start() > 0:
        # "discussed preparations for a visit to X": the visit noun's own words ("for",
        # "preparations") say it is still to come, whatever the verb above says
        status = clause_at(ctx, sentence, trigger_char + noun.start()).status
    if status == "planned" and _STAYS_UNTIL.match(match.group(0)) \
            and _UNTIL_AFTER.match(sentence.text, match.end()):
        status = "held"  # "X stays in Lithuania until Saturday": a stay under way
    if status == "held" and _PLANNED_AFTER.match(sentence.text, match.end()):
        status = "planned"  # "X's state visit to Y, planned for March": the words after it
    # "departed for Bangkok on Monday for a working visit", told on a later day: the stay
    # the sentence names has begun (a bare "left for Dakar on Monday" is the next leg)
    left_before = rule.values["kind"] == "onward" and status == "held" \
        and _VISIT_WORD.search(sentence.text, match.end()) is not None \
        and clause.token is not None and clause.token.tag_ == "VBD" \
        and sentence.date is not None and ctx.published is not None \
        and sentence.date < ctx.published
    if rule.values["kind"] == "onward" and _leaves_a_city_of(ctx, trigger_char, dest_char, host):
        return None  # "left Tokyo by train for Osaka": a move within the state of the stay
    if rule.values["kind"] == "onward" and status == "held" and not left_before:
        status = "planned"  # "left for X" today: the stay there is still ahead
    if rule.values["kind"] == "invitation" and status == "held":
        status = "planned"  # "accepted an invitation to attend X in Y": a stay to come
    visit = Visit(guest, host, evidence(sentence), _visit_type(sentence.text),
                  place=place, status=status, rule=rule.name)
    if _to_a_gathering(sentence.text, match.end()) \
            and not _a_gathering_with_the_host(ctx, sentence, match.end(), host):
        return None  # "arrived in Addis Ababa to attend the summit": no visit; nor "will
        # travel on Thursday to Tegucigalpa to take part in the summit", nor "visited
        # Bogota in March, when she attended a conference" (a visit named stays one)
    from_day = None  # the first day the visit's own words state ("from 8 to 11 May")
    if rule.values["kind"] in ("arrival", "arrival-home"):
        visit.start = _date_after(ctx, doc, sentence, trigger_char)
        visit.dated_to_a_period = visit.start is None and clause_at(
            ctx, sentence, trigger_char).dated_to_a_period
        if visit.start is None and not visit.dated_to_a_period:
            # "X spent Monday in Rome …; on Friday she flew on to Vienna": the arrival's
            # own day before the sentence's first
            visit.start = clause.date or sentence.date or (
                ctx.story_date if visit.status == "held" else None)
    else:
        # "a state visit to Vietnam from Dec. 12 to 13", "…that was to begin on Nov. 6"
        from_day = _date_after(ctx, doc, sentence, dest_char, within=60, lead=_START_WORDS)
        visit.start = from_day or _date_after(
            ctx, doc, sentence, dest_char, within=40, lead=_ON_DATE)
        if visit.start is None and _BEGAN.match(match.group(0)):
            # "on Monday began a state visit to X": the day the clause gives
            visit.start = clause.date
        elif visit.start is None and clause.token is not None \
                and clause.token.pos_ == "VERB" and clause.token == clause.verb:
            # "On 12 May, X paid an official visit to Y": the day a date word on the visit's
            # own verb gives (not one the visit noun hangs on: "on Monday met Y during his
            # visit to Z"; nor another verb's: "X, who paid a visit in 2019, met Y on Monday")
            visit.start = clause.own_date
        # "who arrived on Monday on a state visit to India": the arrival's date.
        arrival = _ARRIVED.search(sentence.text, 0, match.start())
        if visit.start is None and arrival:
            arrived_char = sentence.char_start + arrival.start()
            visit.start = _date_after(ctx, doc, sentence, arrived_char,
                                      within=trigger_char - arrived_char)
    if visit.start is None and visit.status == "held" and sentence.label_date is not None:
        visit.start = sentence.label_date  # a timeline's row: "19 March 2025: X's visit to Y"
    if _ENDED.search(sentence.text, 0, match.start()) \
            or _ENDED_AFTER.match(sentence.text, match.end()) \
            or (_FROM_OR_AFTER.match(match.group(0))
                and _RETURNED_BEFORE.search(sentence.text, 0, match.start())):
        # "wrapped up his visit on Monday", "X's Qatar visit ended on Monday", "returned
        # to Islamabad on Monday from a visit to X": the last day (not a first day the
        # visit's own words state: "after a visit to X from 8 to 11 May")
        visit.start = from_day
    if visit.start is None and visit.status == "held" and sentence.date \
            and (done := _COMPLETED.search(sentence.text)):
        # "returned yesterday (May 3) after completing a three-day visit": May 1.
        if days := count_of(done["days"]):
            visit.start = sentence.date - dt.timedelta(days=days - 1)
    if visit.start is None and visit.status == "held" and _ONE_DAY.search(
            sentence.text[:match.end()]) and (sentence.date or _earlier_period(
                ctx, sentence, since_too=False) is None):
        # "a one-day state visit"; not one of a month before ("… in October 2025, when X
        # paid a one-day working visit"), whose day the text does not give
        visit.start = sentence.date or ctx.story_date
    visit.start = clause.as_told(visit.start)
    if visit.status == "held" and visit.start is None and _present_simple(ctx, trigger_char) \
            and _a_month_to_come(ctx, sentence):
        visit.status = "planned"  # "… when X travels to the other capital in June", told in March
    if visit.status == "held" and visit.start and ctx.published and (
            visit.start > ctx.published
            or (visit.start == ctx.published and _present_simple(ctx, trigger_char))):
        # "when he travels to X this Wednesday (25th)", told on the 25th or before
        visit.status = "planned"
    if rule.values["kind"] in ("onward", "return"):
        visit.start = None  # the day of leaving, or of coming back, not of arriving
    if (nth := match.groupdict().get("nth")) is not None:
        # "on the second day of his visit": it began the day before
        day = clause.date or sentence.date \
            or ctx.story_date
        number = ORDINALS.get(nth.lower())
        visit.start = day - dt.timedelta(days=number - 1) if number and day \
            else None
    elif visit.status == "held" and rule.values["kind"] not in ("onward", "return") \
            and (told := day_of_a_stay_at(sentence.text)) is not None and told[0] > 1 \
            and _a_stay_in(ctx, sentence, told[1], host) \
            and (day := clause.date or sentence.date or ctx.story_date) is not None:
        # "flew to CITY2 on Thursday, day three of a state visit to X", "were in CITY on
        # Tuesday, the second day of their visit to X": the stay the sentence counts its
        # days in began that many days before
        visit.start = day - dt.timedelta(days=told[0] - 1)
    visit.start = forward_if_planned(ctx, visit.start, visit.status, sentence.text)
    return visit


_TO_A_NAME = re.compile(r"(?:\s+by\s+(?:[\w'’-]+\s+){1,4}?)?\s*(?:to|in)\s+(?:the\s+)?"
                        r"((?:[A-Z][\w'’-]*\s?){1,4})")


def _a_stay_in(ctx: Context, sentence: Sentence, end: int, host: str) -> bool:
    """The words after a visit's noun (ending at ``end`` in the sentence) name the host
    state or one of its places ("… of a state visit| to Ghana", "… of a visit| by the
    Sultan to Japan"), as the gazetteer read them."""
    named = _TO_A_NAME.match(sentence.text, end)
    return named is not None and state_of_hit(
        _hit_at(ctx, sentence.char_start + named.start(1)), ctx.world) == host


def _hit_at(ctx: Context, char: int):
    """The gazetteer's hit that starts at ``char`` of the text, or None."""
    return next((hit for hit in ctx.mentions.hits if hit.span.start == char), None)


#: Days after a held visit's start within which a coming trip to the same state is part
#: of the programme of that visit.
_PROGRAMME_DAYS = 7


def _leaves_a_city_of(ctx: Context, start: int, end: int, host: str) -> bool:
    """ "left Tokyo by train for Osaka": the trip the words from ``start`` to ``end`` tell
    sets off from a city of the state it goes to."""
    return any(start <= hit.span.start and hit.span.end <= end and hit.kind == "place"
               and place_of_hit(ctx.world, hit, ctx.dateline).state == host
               for hit in ctx.mentions.hits)


def _headline_of_a_held_visit(visit: Visit, visits: dict) -> bool:
    """ "X …, moves on to Y", "… leaves for Y" in a headline: the headline's present tells
    the visit to Y the story reports as made, not one still to come (as "X to make
    official visit to Y next month" or "X will visit Y" do)."""
    text = visit.evidence.text
    return visit.status == "planned" and visit.start is None and unstopped(text) \
        and not _HEADLINE_FUTURE.search(text) \
        and (visit.guest, visit.host, "held", None) in visits


#: "X to make …", "X will …": a headline's words for what is still to come.
_HEADLINE_FUTURE = re.compile(r"\bwill\b|\bto (?-i:[a-z])", re.IGNORECASE)


def _leg_of_a_held_visit(ctx: Context, visit: Visit, visits: dict) -> bool:
    """ "X arrived in Paraguay on Monday … On Thursday X will travel to Ciudad del Este":
    a coming trip to another city or a site of the state of a visit under way, within days
    of its start, is part of it, no new visit (a stay whose city the story leaves untold is
    taken to be in the capital); so is a trip within it that was cancelled ("A trip to
    Kessa … was cancelled", told during a stay in the state of Kessa)."""
    if visit.status == "planned" and (leg := _A_LEG.search(visit.evidence.text)):
        # "… will visit the dam before returning home": a leg of the stay; but "will fly
        # to Honiara for talks before returning home", told during a stay in another
        # state, is a visit of its own
        elsewhere = {key[1] for key in visits if key[0] == visit.guest and key[2] == "held"}
        if not elsewhere and not visit.evidence.text[:leg.start()].strip() \
                and _first_named(ctx, visit.evidence) not in (None, visit.guest):
            return False  # "Before leaving, X invited Y to visit Z": X leaves, Y stays home
        place = visit.evidence.text.find(visit.place.name) if visit.place else -1
        return not elsewhere or visit.host in elsewhere or not 0 <= place < leg.start()
    held = visits.get((visit.guest, visit.host, "held", None))
    if held is None or held.start is None or visit.status not in ("planned", *PUT_OFF):
        return False
    if visit.place is not None:
        state = ctx.world.states.get(visit.host)
        stay = held.place.name if held.place is not None else state.capital if state else None
        if stay is None or visit.place.name == stay:
            return False  # a trip to the state itself may be a visit of its own
        if visit.status in PUT_OFF and visit.start is None:
            return ctx.published is not None \
                and 0 <= (ctx.published - held.start).days <= _PROGRAMME_DAYS
    elif visit.start is None:
        return False  # "will visit Kenya again next year"
    # ("On DAY X is expected in CITY2", its weekday unread: part of the stay under way)
    return visit.start is None and any(word.lower() in WEEKDAYS
                                       for word in visit.evidence.text.split()) \
        or visit.start is not None and 0 <= (visit.start - held.start).days <= _PROGRAMME_DAYS


#: "… before returning home", "… within the framework of the state visit".
def _first_named(ctx: Context, evidence) -> str | None:
    """The one person the sentence ``evidence`` names first."""
    first = min((ref for ref in ctx.linked.refs
                 if evidence.start <= ref.span.start < evidence.end and len(ref.persons) == 1),
                key=lambda ref: ref.span.start, default=None)
    return first.persons[0] if first is not None else None


_A_LEG = re.compile(r"\b" + alternation("leg_phrases") + r"\b", re.IGNORECASE)
_HERE = re.compile(r"\s*here\b", re.IGNORECASE)
#: The event noun of a visit rule's match ("… for a visit to"), where its status is read.
def _own_words(verb) -> list:
    """The words of a verb's own clause, not of the clauses inside it."""
    found = []
    for child in verb.children:
        if child.dep_ not in _OTHER_CLAUSES:
            found.append(child)
            found += _own_words(child)
    return found


_OTHER_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "conj", "xcomp", "acl", "parataxis"})
_VISIT_NOUN_IN = re.compile(r"\b" + alternation("visit_nouns") + r"\b(?=\W*\w*\W*$)",
                            re.IGNORECASE)
_VISIT_OF = re.compile(r"\b" + alternation("visit_nouns") + r" (?:of|by)\b", re.IGNORECASE)
_BEGAN = re.compile(r"(?:" + alternation("start_words") + r")\b", re.IGNORECASE)
# (not "the Republic of Korea", a state's own name)
_THE_COUNTRY = re.compile(r"\s*(?:to\s+|in\s+)?the\s+(?:" + alternation("country_adjectives")
                          + r"\s+)?" + alternation("country_nouns") + r"\b(?!\s+of\b)",
                          re.IGNORECASE)


#: "the capital" with no state or city after it ("the capital of Senegal", "the capital
#: Baku" name theirs).
_DELEGATION_WORDS = words("delegation_words")
_THE_CAPITAL = re.compile(r"\s*the\s+capital\b(?!\s+of\b)(?!,?\s+(?-i:[A-Z]))",
                          re.IGNORECASE)


def _arrived_just_before(ctx: Context, sentence: Sentence | None):
    """(host, place) of the city the sentence ``sentence`` has someone arrive in ("who
    arrived in Jeddah on Sunday"), or None."""
    if sentence is None:
        return None
    for rule in rules("visits"):
        if rule.values["kind"] != "arrival" or not (match := rule.pattern.search(sentence.text)):
            continue
        host, place = _destination(ctx, sentence, sentence.char_start + match.end("dest"))
        if host is not None and place is not None:
            return host, place
    return None


def _where_it_hangs(ctx: Context, sentence: Sentence, char: int):
    """(host, place) of the city a "where" clause of the arrival hangs on ("flew to X,
    where he arrived on Sunday for a working visit"), or None."""
    token = token_at(ctx, char)
    if token is None:
        return None
    verb = governing_verb(token)
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return None
    for hit in ctx.mentions.hits:
        if hit.start <= verb.head.i < hit.end:
            if hit.kind == "state":
                return hit.key, None
            if hit.kind == "place":
                place = place_of_hit(ctx.world, hit, ctx.dateline)
                return (place.state, place) if place.state else None
    return None


def _city_just_before(sentence: Sentence | None, ctx: Context | None = None,
                      char: int | None = None):
    """(host, place) of the one city the sentence ``sentence`` names ("X met Y in
    Montevideo. X flew in on Monday morning for a one-day working visit"), or before the
    character ``char`` of the sentence itself ("returned to Rome to welcome X, who had
    landed at noon for a short visit"); or None."""
    if sentence is None or char is not None and (ctx is None or ctx.doc is None):
        return None
    cities = {(place.state, place) for place, token_i in zip(
        sentence.places, sentence.place_tokens, strict=True)
        if place.state and (char is None or ctx.doc[token_i].idx < char)}
    return cities.pop() if len(cities) == 1 else None


def _story_home(ctx: Context) -> str | None:
    """The state the story is told from: its dateline's, else that of the first city its
    lead names ("… held talks in Rabat with …")."""
    if ctx.dateline and ctx.dateline.state:
        return ctx.dateline.state
    return ctx.linked.lead_state


def _destination(ctx: Context, sentence: Sentence, dest_char: int):
    """The first state or place named after the trigger: (host iso2, PlaceRef or None);
    "to the kingdom" is the dateline's state."""
    if _HERE.match(ctx.text, dest_char) and ctx.dateline and ctx.dateline.state:
        return ctx.dateline.state, ctx.dateline  # "ABU DHABI (Agency) - X arrived here"
    if (the_country := _THE_COUNTRY.match(ctx.text, dest_char)) is not None:
        home = _story_home(ctx)
        kingdom = the_country.group(0).strip().lower().endswith("kingdom")
        if home and not (kingdom and home not in ctx.world.monarchies):
            return home, None
        if kingdom:
            # "to the kingdom" in a story told from nowhere in particular, or from a
            # republic ("The Prime Minister last visited the Kingdom in October", told
            # from Islamabad): the one monarchy it names
            kingdoms = {hit.key for hit in ctx.mentions.hits
                        if hit.kind in ("state", "demonym")
                        and hit.key in ctx.world.monarchies}
            if len(kingdoms) > 1:
                # (a kingdom beside an emirate or a sultanate: the one its name calls one)
                kingdoms = {key for key in kingdoms
                            if (state := ctx.world.states.get(key)) is not None
                            and "kingdom" in (state.official_name or "").lower()}
            if len(kingdoms) == 1:
                return kingdoms.pop(), None
    if _THE_CAPITAL.match(ctx.text, dest_char) and (home := _story_home(ctx)) \
            and (state := ctx.world.states.get(home)) is not None and state.capital:
        # "arrived in the capital on Sunday": the capital of the state the story is told from
        info = ctx.world.locality(state.capital)
        return home, (PlaceRef(info.name, info.iso2, info.wikidata) if info is not None
                      else PlaceRef(state.capital, home))
    for hit in ctx.mentions.hits:
        if hit.span.start < dest_char or hit.span.start > dest_char + 40 \
                or hit.span.start >= sentence.char_start + len(sentence.text):
            continue  # (not "… as far as trade went. A stop in CITY …": another sentence)
        if ctx.doc is not None and _of_another_event(ctx.doc, hit.start, dest_char):
            continue  # "on a short visit that followed consultations in CITY": not its
        if ctx.doc is not None and (capital := capital_of_hit(ctx.world, ctx.doc, hit)):
            return capital.state, capital  # "arrived in the Senegalese capital"
        if hit.kind == "state":
            if (later := _to_after_an_office_of(ctx, sentence, hit)) is not None:
                return later.key, None  # "the visit of the Minister of X, NAME, to Y"
            return hit.key, None
        if hit.kind == "demonym" and ctx.doc is not None and hit.end < len(ctx.doc) \
                and ctx.doc[hit.end].lower_ in words("legislature_nouns"):
            return hit.key, None  # "to visit the Brazilian Chamber"
        if hit.kind == "place" and ctx.doc is not None and hit.start > 0 \
                and ctx.doc[hit.start - 1].lower_ == "the" and hit.end < len(ctx.doc) \
                and ctx.doc[hit.end].is_title and ctx.doc[hit.end].is_alpha:
            continue  # "to visit the Minsk Tractor Works": a site named after its city
        if hit.kind == "place":
            place = place_of_hit(ctx.world, hit, ctx.dateline)
            info = ctx.world.locality(place.name)
            if info is not None and info.kind == "airport":
                return place.state, None  # "landed at X International Airport": the state
            if info is not None and info.kind == "venue":
                # "to the Merdeka Palace, Jakarta": the visit is to the city after the venue.
                city = next((h for h in ctx.mentions.hits if h.kind == "place"
                             and hit.end < h.start <= hit.end + 3
                             and ctx.doc is not None and ctx.doc[h.start - 1].text == ","),
                            None)
                if city is not None:
                    place = place_of_hit(ctx.world, city, ctx.dateline)
            return place.state, place
    return None, None


def _of_another_event(doc, start: int, dest_char: int) -> bool:
    """The place at token ``start`` hangs on a relative clause on the visit noun ending at
    ``dest_char`` that tells another event ("a visit that followed talks in CITY"), not a
    leg of the visit ("a tour that took him to CITY", "that began in CITY")."""
    text = doc_text(doc)
    end = dest_char
    while end > 0 and text[end - 1].isspace():
        end -= 1  # (the rule's match may end with the space after the visit noun)
    visit = token_at_char(doc, end - 1)
    if visit is None:
        return False
    for ancestor in doc[start].ancestors:
        if ancestor.i == visit.i:
            return False
        if ancestor.dep_ == "relcl" and ancestor.head.i == visit.i:
            return ancestor.lemma_.lower() not in _LEG_LEMMAS
    return False


#: Verbs of a relative clause on a visit that tell where the visit goes: "a tour that took
#: him to X", "a visit that began in X", "that included a stop in X".
_LEG_LEMMAS = TRAVEL_LEMMAS | frozenset(words("leg_verbs"))


def _to_after_an_office_of(ctx: Context, sentence: Sentence, hit):
    """ "The official visit of the Minister of Defence of Uzbekistan, NAME, to Azerbaijan":
    a state after "of" is the guest's office's; the state the sentence then names after
    "to" is the host, or None."""
    doc = ctx.doc
    if doc is None or hit.start < 1:
        return None
    k = hit.start - 1
    while k > 0 and doc[k].lower_ == "the":
        k -= 1
    if doc[k].lower_ != "of":
        return None
    return next((h for h in ctx.mentions.hits if h.kind == "state" and h.start > hit.end
                 and h.start < sentence.end and h.start > 0
                 and doc[h.start - 1].lower_ == "to"), None)


def _at_an_airport_unknown(ctx: Context, sentence: Sentence, at: int) -> bool:
    """The words at ``at`` (in the sentence) name an airport by capitalised words with an
    airport's noun ("Ezeiza International Airport", "Casement Aerodrome", "Joint Base
    Andrews") in which the gazetteer knows no place or state."""
    names = _CAPITALISED_RUN.match(sentence.text, at)
    if names is None or not any(word.lower() in words("greeting_places")
                                for word in names.group(1).split()):
        return False
    start, end = sentence.char_start + at, sentence.char_start + names.end()
    return not any(start <= hit.span.start < end for hit in ctx.mentions.hits
                   if hit.kind in ("state", "place"))


#: Up to six capitalised words ("the" before them allowed).
_CAPITALISED_RUN = re.compile(r"(?:the\s+)?((?:[A-Z][\w'’.-]*[ \t]*){1,6})")


def _an_airport_at(ctx: Context, dest_char: int) -> bool:
    """The destination written at ``dest_char`` is an airport of the world data."""
    hit = next((h for h in ctx.mentions.hits if dest_char <= h.span.start <= dest_char + 40
                and h.kind in ("state", "place")), None)
    info = ctx.world.locality(hit.span.text) if hit is not None and hit.kind == "place" \
        else None
    return info is not None and info.kind == "airport"


def _listed_destinations(ctx: Context, sentence: Sentence, dest_char: int) -> list:
    """ "visited Djibouti, Ethiopia and Kenya", "a tour of A and B": the states or places
    listed right after the first destination, [(host iso2, PlaceRef or None, where it is
    written)]."""
    if ctx.doc is None:
        return []
    hits = sorted((h for h in ctx.mentions.hits if h.kind in ("state", "place")
                   and sentence.start <= h.start < sentence.end), key=lambda h: h.start)
    first = next((h for h in hits if dest_char <= h.span.start <= dest_char + 40), None)
    if first is None:
        return []
    found, end = [], first.end
    for hit in hits:
        if hit.start < end:
            continue
        # (past each stop's days: "to Nairobi, Kenya, January 19-21, and Kampala, …")
        between = [t.lower_ for t in ctx.doc[end:hit.start] if t.ent_type_ != "DATE"]
        between = [w for k, w in enumerate(between) if not (k and w == between[k - 1] == ",")]
        if not between or len(between) > 2 or any(w not in (",", "and") for w in between):
            break
        if hit.kind == "state":
            found.append((hit.key, None, hit.span.start))
        else:
            place = place_of_hit(ctx.world, hit, ctx.dateline)
            if place.state is None:
                break  # "comes to Freetown, West Africa": a region of no state ends the list
            found.append((place.state, place, hit.span.start))
        end = hit.end
    return found


def _possessor(ctx: Context, doc, sentence: Sentence, trigger_char: int) -> str | None:
    """"Trong's visit to Beijing", "Xi's third state visit": the person owning the visit."""
    at = token_at_char(doc, trigger_char)
    if at is None:
        return None
    i = at.i
    # Step back over the words between owner and "visit": "'s third official".
    j = i
    while j > sentence.start and doc[j - 1].lower_ not in ("'s", "’s", "'"):
        if i - j > 4 or doc[j - 1].pos_ not in ("ADJ", "NUM", "NOUN", "ADV"):
            return None
        j -= 1
    for ref in ctx.linked.refs_between(sentence.start, sentence.end):
        if ref.end == j - 1 and len(ref.persons) == 1:
            return ref.persons[0]
    return None


def _owner_by_office(ctx: Context, doc, sentence: Sentence, trigger_char: int) -> str | None:
    """ "X and Y met in Washington during the President's trip to the United States": of
    those the sentence names, the one holding a state's office the possessive names owns
    the trip, whoever met him there."""
    at = token_at_char(doc, trigger_char)
    if at is None:
        return None
    i = at.i + 1 if at.lower_ in ("'s", "’s") else at.i  # (a match opening at the mark)
    while i > sentence.start and doc[i - 1].lower_ not in ("'s", "’s") and at.i - i < 4 \
            and doc[i - 1].pos_ in ("ADJ", "NUM", "NOUN", "ADV", "VERB"):
        i -= 1
    if i - 2 < sentence.start or doc[i - 1].lower_ not in ("'s", "’s") \
            or not ctx.world.is_title_word(doc[i - 2].lower_):
        return None
    office = doc[i - 2].lower_
    named = {ref.persons[0] for ref in ctx.linked.refs_between(sentence.start, sentence.end)
             if len(ref.persons) == 1}
    holders = [key for key in named if any(
        p.state and not p.former and p.role.lower().split()[-1] == office
        for p in ctx.linked.persons[key].positions)]
    return holders[0] if len(holders) == 1 else None


def _visit_by(ctx: Context, start: int, end: int) -> str | None:
    """ "during a visit by President X", "the visit of X to Chile": the visit is the one
    the by- or of-phrase names."""
    visit = _visit_noun(ctx, start, end)
    if visit is None:
        return None
    return next((key for obj in _by_phrase_objects(ctx, visit)
                 if (key := person_of(ctx, obj)) is not None), None) \
        or _named_in_apposition_after_of(ctx, visit)


def _visit_by_all(ctx: Context, start: int, end: int) -> list[str]:
    """Everyone the by- or of-phrase of a visit names, with those joined to the first ("a
    trip by X and Y to Z")."""
    visit = _visit_noun(ctx, start, end)
    if visit is None:
        return []
    found = []
    for obj in _by_phrase_objects(ctx, visit):
        for token in (obj, *(t for t in obj.subtree if t.dep_ == "conj")):
            if (key := person_of(ctx, token)) is not None and key not in found:
                found.append(key)
    return found


def _by_phrase_objects(ctx: Context, visit) -> list:
    """The objects of the by- and of-phrases of ``visit`` (:func:`_by_or_of`)."""
    return [obj for prep in _by_or_of(ctx, visit) for obj in prep.children
            if obj.dep_ == "pobj"]


def _by_or_of(ctx: Context, visit) -> list:
    """The by- and of-phrases that say whose a visit is: on the visit noun, or on the
    state or place it went to ("the official visit to Kenya of President X", as the parser
    hangs it; not "a visit to the tomb of X")."""
    phrases = [prep for prep in visit.children if prep.dep_ in ("prep", "agent")
               and prep.lower_ in ("by", "of")]
    places = {hit.end - 1 for hit in ctx.mentions.hits if hit.kind in ("state", "place")}
    return phrases + [of for to in visit.children if to.dep_ == "prep" and to.lower_ == "to"
                      for place in to.children if place.dep_ == "pobj" and place.i in places
                      for of in place.children if of.dep_ == "prep" and of.lower_ == "of"]


def _named_in_apposition_after_of(ctx: Context, visit) -> str | None:
    """ "the visit of TITLE of the Republic of X NAME to Y" (a title, its state and the
    name, no comma): the name parsed as an apposition of the visit noun, after its "of"."""
    of = next((c.i for c in visit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return None if of is None else next(
        (key for name in visit.children if name.dep_ == "appos" and name.i > of
         if (key := person_of(ctx, name)) is not None), None)


def _visit_noun(ctx: Context, start: int, end: int):
    """The visit noun among the tokens between characters ``start`` and ``end``, or None."""
    end = start + len(ctx.text[start:end].rstrip())
    first, last = token_at(ctx, start), token_at(ctx, max(start, end - 1))
    if first is None or last is None:
        return None
    return next((t for t in ctx.doc[first.i:last.i + 1] if t.lemma_.lower() in _VISIT_NOUNS),
                None)


def _visit_of_someone(ctx: Context, start: int, end: int) -> bool:
    """ "the visit of His Majesty to X": the of-phrase names someone, a person the story
    names or not (then the visit is of no one found, not the sentence's subject's)."""
    visit = _visit_noun(ctx, start, end)
    if visit is None:
        return False
    places = {i for hit in ctx.mentions.hits if hit.kind in ("state", "place", "org")
              for i in range(hit.start, hit.end)}
    # "a tour of Senegal" is a place's, no one's
    return any(
        any(obj.dep_ == "pobj" and obj.i not in places
            and obj.ent_type_ not in ("GPE", "LOC", "FAC", "NORP", "ORG")
            and (obj.pos_ == "PROPN" or obj.ent_type_ == "PERSON")
            for obj in prep.children)
        for prep in _by_or_of(ctx, visit))


def _welcomed_on_visit(ctx: Context, trigger_char: int) -> str | None:
    """ "X welcomed Y on a state visit to Z": the visit phrase hangs on a hosting verb, so
    the visit is its object's, not its subject's."""
    visit = token_at(ctx, trigger_char)
    if visit is None or visit.dep_ != "pobj" or visit.head.dep_ != "prep":
        return None
    verb = visit.head.head
    if verb.lemma_.lower() not in HOSTING_VERBS:
        return None
    return next((key for obj in verb.children if obj.dep_ == "dobj"
                 if (key := person_of(ctx, obj)) is not None), None)


#: "at the invitation of X", "upon the directives of X": X asked for the visit, X is no guest.
_MANDATE_NOUNS = frozenset(words("mandate_nouns"))


def _fellow_guests(ctx: Context, doc, trigger_char: int, guest: str | None) -> list[str]:
    """The guest and those the verb's subject names with them: "X and Y arrived in
    Manila", "The two Japanese ministers arrived in Manila" (each a guest)."""
    alone = [guest] if guest else []
    at = token_at_char(doc, trigger_char)
    if at is None:
        return alone
    verb = nearest_verb(at)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "X, accompanied by his spouse and Foreign Minister Y, arrived …", parsed with the
    # company a subject of its own: those after the participle only came with X
    company = [t.i for t in (*(c for s in subjects for c in s.children), *verb.children)
               if t.dep_ in ("acl", "advcl") and t.i < verb.i
               and t.lemma_.lower() in words("attendance")]
    subjects = [s for s in subjects if not any(i < s.i for i in company)]
    # the subject's own words, its conjuncts' and their titles' (not a relative clause's)
    # (and those who lead a delegation that is the subject: "The delegation, led by X and
    # Y, arrived in …")
    heads = subjects + [name for subject in subjects
                        if subject.lemma_.lower() in _DELEGATION_WORDS
                        for name in leaders_of(subject)]
    inside = [t for subject in heads for t in subject.subtree
              if all(a.dep_ in _SUBJECT_PARTS for a in _path_up(t, subject))]
    persons: list[str] = []
    named_together = False
    for token in inside:
        for ref in ctx.linked.refs:
            if ref.start <= token.i < ref.end and (len(ref.persons) == 1 or (
                    ref.description is not None and ref.description.count)):
                persons += [k for k in ref.persons if k not in persons]
                named_together = named_together or ref.description is None
    if named_together:
        # "X and Y arrived …" names a visit for each only with the visit itself ("for a
        # state visit"; not "arrived in Honiara for the leaders' sessions"), and a consort
        # ("King X and Queen Y") is the King's company, not a guest of her own
        sentence = at.sent.text
        persons = [k for k in persons if k == guest or not _royal_only(ctx, k)] \
            if _VISIT_WORD.search(sentence) else []
    if len(persons) > 1 and (guest in persons or guest is None):
        return persons
    return alone


def _royal_only(ctx: Context, key: str) -> bool:
    """Every office the person holds is a royal style ("Queen", "Prince")."""
    roles = [p.role for p in ctx.linked.persons[key].positions] if key in ctx.linked.persons \
        else []
    return bool(roles) and all((info := ctx.world.title(role.lower())) is not None
                               and info.kind == "royal" for role in roles)


#: Relations inside a subject that keep to the persons it names.
_SUBJECT_PARTS = frozenset(("compound", "conj", "cc", "appos", "amod", "det", "nummod",
                            "poss", "flat", "punct", "nmod", "prep", "pobj"))


def _path_up(token, top) -> list:
    """The tokens from ``token`` up to (not including) ``top``."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _named_in(ctx: Context, slots: list) -> str | None:
    """The one person named by the first of the tokens ``slots`` that names one, or by a
    name in apposition to it ("an invitation to the Emir, Sheikh X": the name after the
    office)."""
    slots = slots + [a for s in slots for a in s.children if a.dep_ == "appos"]
    return next((ref.persons[0] for ref in ctx.linked.refs
                 if len(ref.persons) == 1 and any(ref.start <= c.i < ref.end for c in slots)),
                None)


def _a_row_of_no_one(ctx: Context, sentence: Sentence, trigger_char: int) -> bool:
    """A timeline's row that names no one before its trigger ("Mar 13 - Arrives in X on a
    state visit"): the trip of the one the timeline is about."""
    if sentence.label_date is None or ctx.doc is None:
        return False
    trigger = token_at_char(ctx.doc, trigger_char)
    return trigger is not None and not any(
        i in ctx.person_tokens for i in range(sentence.start, trigger.i))


def _traveller_of_the_story(ctx: Context, host: str) -> str | None:
    """ "A further stop, in Kessa, was scrapped": a leg of the tour the story is about,
    whose traveller is its protagonist, when an office holder of another state or of an
    international body."""
    protagonist = next(iter(ctx.linked.salient(1)), None)
    if protagonist is None or not (positions := ctx.linked.persons[protagonist].positions):
        return None
    # (an international body's office holder travels to every state a guest)
    return protagonist if host not in {p.state for p in positions} else None


def _guest(ctx: Context, doc, sentence: Sentence, trigger_char: int) -> str | None:
    """The person the visit clause is about: the owner ("X's visit"), the antecedent of
    "who", else the subject."""
    owner = _possessor(ctx, doc, sentence, trigger_char)
    if owner:
        return owner
    # "A invited B to visit C", "invited B for a visit": the invited person is the guest.
    if (invited := _invited_right_before(ctx, doc, trigger_char)) is not None:
        return invited
    at = token_at_char(doc, trigger_char)
    if at is not None and infinitive_of_a_bare_name(at, ctx) \
            and (named := person_of(ctx, at.head)) is not None:
        return named  # a digest line's "…; X to visit Y; …", however parsed
    if at is not None:
        for head in [at, *list(at.ancestors)[:3]]:
            if head.lemma_.lower() in ("invite", "invitation"):
                # "invited Y to visit", "an invitation to Y to visit", "an invitation for
                # Y to visit": Y is the guest
                slots = [c for c in head.children if c.dep_ == "dobj"] + [
                    g for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                    for g in c.children if g.dep_ == "pobj"]
                # ("gave Y a letter of invitation": the letter carries the invitation)
                carrier = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" \
                    else head
                if not slots and carrier.dep_ == "dobj":
                    # "handed Y an invitation to visit", "delivered to Y an invitation":
                    # the one the invitation was handed to
                    slots = [c for c in carrier.head.children if c.dep_ == "dative"] + [
                        g for c in carrier.head.children if c.dep_ == "prep"
                        and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
                if (invited := _named_in(ctx, slots)) is not None:
                    return invited
                break
            if head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() == "invitation"
                                           for c in head.children):
                # "X extended an invitation from A to B to visit Y", the infinitive parsed
                # onto the verb: B, to whom it was extended, is the guest
                slots = [g for c in head.children if c.dep_ in ("dative", "prep")
                         and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
                if (invited := _named_in(ctx, slots)) is not None:
                    return invited
    if (welcomed := _welcomed_on_visit(ctx, trigger_char)) is not None:
        return welcomed
    # "At the invitation of President X, President Y paid a state visit": X invited, Y came
    # (up to its comma: the parse may run the guest's name into the inviter's); so with
    # "Upon the directives of King X, Prince Y will pay a visit"
    inviting: set[int] = set()
    for token in doc[sentence.start:sentence.end]:
        if token.lemma_.lower() in _MANDATE_NOUNS and token.dep_ == "pobj":
            comma = next((t.i for t in doc[token.i:sentence.end] if t.text == ","),
                         token.i)
            inviting.update(range(token.head.i, comma))
    before = [ref for ref in ctx.linked.refs_between(sentence.start, sentence.end)
              if ref.span.end <= trigger_char and len(ref.persons) == 1
              and ref.persons[0] != ctx.linked.author and ref.start not in inviting]
    # "during the latter's working visit", "the former's state visit": the last or first
    # person named before.
    which = re.search(r"\bthe (latter|former)(?:'s|’s)?\W*(?:\w+\W+){0,4}$",
                      ctx.text[sentence.char_start:trigger_char + 1], re.IGNORECASE) \
        or re.match(r"\w+\s+the (latter|former)(?:'s|’s)", ctx.text[trigger_char:trigger_char + 40],
                    re.IGNORECASE)
    persons = list(dict.fromkeys(ref.persons[0] for ref in before))
    if which and len(persons) >= 2:
        return persons[-1] if which[1].lower() == "latter" else persons[0]
    # "…, who is in the country for a visit": the trigger may open with the "who" itself.
    upto = trigger_char + 3 if ctx.text[trigger_char:trigger_char + 4].lower() == "who " \
        else trigger_char
    clause = doc.char_span(sentence.char_start, upto, alignment_mode="expand")
    if clause is not None and before:
        lowers = [t.lower_ for t in clause]
        if "who" in lowers:
            who_i = clause.start + len(lowers) - 1 - lowers[::-1].index("who")
            near = [ref for ref in before if ref.end <= who_i]
            if doc[who_i].head.dep_ == "relcl" \
                    and (envoy := envoy_sent_by(doc[who_i].head.head)) is not None:
                # "NAME, special envoy of President X, who arrived …": the envoy came
                near = [ref for ref in near if ref.start <= envoy.i < ref.end] or near
            if near:
                return near[-1].persons[0]
    # The subject of the nearest verb above the trigger ("X said Y has agreed to pay a visit
    # to Z": Y), else the sentence's first subject before it.
    event = token_at(ctx, trigger_char)
    delegation = next((c for c in event.children if c.dep_ == "nsubj"
                       and c.lemma_.lower() in _DELEGATION_WORDS), None) \
        if event is not None else None
    if delegation is not None:
        # "…, soon after the Iraqi delegation landed in the capital": whose? But "The
        # delegation, led by Senator X, arrived in Wellington": X's.
        return _leader_of(ctx, delegation)
    # (the trigger's own subject first, named or described: "…, a day after the Ivorian
    # leader arrived in …"; a pronoun there is left to the verbs above it)
    for verb in [event, *event.ancestors] if event is not None else []:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.idx < trigger_char \
                    and not (verb is event and child.pos_ == "PRON"):
                # (or the name in apposition to it: "the Taoiseach, NAME, had accepted")
                ref = next((r for r in before for t in (child, *(
                    a for a in child.children if a.dep_ == "appos"))
                    if r.start <= t.i < r.end), None)
                if ref is not None:
                    return ref.persons[0]
    for token in doc[sentence.start:sentence.end]:
        if token.dep_ == "nsubj" and token.idx < trigger_char:
            for ref in before:
                if ref.start <= token.i < ref.end:
                    return ref.persons[0]
    if before:
        return before[0].persons[0]
    # "During his visit to Senegal, X met Y": the pronoun points ahead, to the subject.
    owner = None
    for token in doc[event.i:min(event.i + 5, sentence.end)] if event is not None else ():
        if token.lower_ in _VISIT_NOUNS:
            break  # "his" after the visit ("a visit … in his capacity") is no owner
        if token.lower_ in _POSSESSIVES:
            owner = token
            break
    if owner is None:
        # "After a visit to Senegal, NAME flew home": a visit phrase opening the sentence
        # is the visit of the person the sentence then names.
        if sentence.text[:trigger_char - sentence.char_start].strip(" ,") \
                .lower() in _VISIT_OPENERS:
            return next((ref.persons[0] for ref in ctx.linked.refs_between(
                sentence.start, sentence.end) if ref.span.start > trigger_char
                and len(ref.persons) == 1), None)
        return None
    for verb in owner.head.ancestors:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and (key := person_of(ctx, subject)):
            return key
    # The parse lost the subject: the first person the sentence names after the pronoun.
    return next((ref.persons[0] for ref in ctx.linked.refs_between(owner.i, sentence.end)
                 if len(ref.persons) == 1), None)


def _invited_right_before(ctx: Context, doc, trigger_char: int) -> str | None:
    """ "a message from A inviting B to visit C", however the parse hangs the words: the
    one named between a verb of inviting and the "to" of the visit."""
    event = token_at(ctx, trigger_char)
    if event is None or event.i < 3 or doc[event.i - 1].lower_ != "to":
        return None
    end = event.i - 1 - (doc[event.i - 2].text == ",")  # "…, NAME, to pay": an apposition
    ref = next((r for r in ctx.linked.refs if r.end == end and len(r.persons) == 1), None)
    if ref is None or ref.start < 2:
        return None
    k = ref.start - 1 - (doc[ref.start - 1].lower_ in words("determiners"))  # "the X leader"
    # (read by its beginning: the tagger may take "inviting" after a name for a noun)
    if doc[k].lower_.startswith(_INVITING_STEMS):
        return ref.persons[0]
    if doc[ref.start - 1].text != ",":
        return None
    # "an invitation to the Dutch premier, NAME, to come …": the name's title between
    others = {i for r in ctx.linked.refs if r.persons and r.persons != ref.persons
              for i in range(r.start, r.end)}
    for j in range(ref.start - 2, max(0, ref.start - 10), -1):
        if doc[j].lower_.startswith(_INVITING_STEMS):
            return ref.persons[0]
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].is_punct or j in others:
            return None
    return None


def _leader_of(ctx: Context, group) -> str | None:
    """The person a group noun is "led by" or "headed by", if the text names one."""
    return next((key for name in leaders_of(group)
                 if (key := person_of(ctx, name)) is not None), None)


_POSSESSIVES = frozenset(marked("pronouns", "possessive"))
_VISIT_OPENERS = frozenset(("", *words("visit_openers")))


_ARRIVED = re.compile(r"\b" + alternation("arrival_verbs") + r"\b", re.IGNORECASE)


#: "a state visit to Chile on May 7-8": the day right after the destination.
_ON_DATE = re.compile(r"^[^,;.]*\bon\s+(?:the\s+)?$", re.IGNORECASE)


_START_WORDS = re.compile(r"\b" + alternation("start_words") + r"\s+(?:on\s+)?$", re.IGNORECASE)


def _date_after(ctx: Context, doc, sentence: Sentence, trigger_char: int,
                within: int | None = None, lead: re.Pattern[str] | None = None):
    """The first date after ``trigger_char`` (within ``within`` characters, and right
    after words matching ``lead`` when given)."""
    for token_i, expression, day in sentence.date_expressions:
        offset = doc[token_i].idx - trigger_char
        if not day or offset < 0 or (within is not None and offset > within):
            continue
        gap = ctx.text[trigger_char:doc[token_i].idx]
        # "to Ethiopia [on Tuesday]": the tagger may take the preposition into the date.
        preposition = re.match(r"(?:on|from)\s+", expression, re.IGNORECASE)
        if lead is not None and not lead.search(gap + (preposition[0] if preposition else "")):
            continue
        return day
    return None


def visits_hosted_by_states(ctx: Context, visits: list[Visit]) -> list[Visit]:
    """ "Senegal hosted President X", "Senegal welcomed X on a state visit": a state as
    the subject of a hosting verb receives the person its object names."""
    doc = ctx.doc
    if doc is None:
        return []
    found = {(v.guest, v.host) for v in visits}
    states = {i: hit.key for hit in ctx.mentions.hits if hit.kind == "state"
              for i in range(hit.start, hit.end)}
    added: list[Visit] = []
    for sentence in ctx.sentences:
        for verb in doc_tokens(doc)[sentence.start:sentence.end]:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOSTING_VERBS:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            guest_token = next((c for c in verb.children if c.dep_ == "dobj"), None)
            host = states.get(subject.i) if subject is not None else None
            guest = person_of(ctx, guest_token) if guest_token is not None else None
            if host is None or guest is None or (guest, host) in found or any(
                    p.state == host for p in ctx.linked.persons[guest].positions):
                continue
            clause = clause_at(ctx, sentence, verb.idx)
            found.add((guest, host))
            added.append(Visit(guest, host, clause.evidence, _visit_type(sentence.text),
                               start=clause.date if clause.status == "held" else None,
                               status=clause.status, rule="visits:state-hosted"))
    return added


#: "X accepted the invitation": an invitation the story told before, taken up.
_ACCEPTED_THE_INVITATION = re.compile(r"\baccept(?:ed|s)\s+(?:the|that|this)\s+invitation\b"
                                      r"(?!\s+(?:to|of|from)\b)", re.IGNORECASE)
#: "X accepted an invitation to Portugal": the invitation names the place itself.
_ACCEPTED_AN_INVITATION_TO = re.compile(r"\baccept(?:ed|s)\s+(?:an|the|a)\s+invitation\s+to\s+"
                                        r"(?=(?:the\s+)?[A-Z])")
#: "… an invitation from NAME to visit STATE": what the invitation was to.
_INVITATION_TO_VISIT = re.compile(r"\binvitation\b[^.;]{0,80}?\bto\s+visit\s+(?=\S)",
                                  re.IGNORECASE)


def _names_a_place_at(ctx: Context, char: int) -> bool:
    """A state or place is named right at ``char`` ("to Portugal", "to the Netherlands"),
    not a gathering held in one ("to the summit in Johannesburg")."""
    at = {char, char + 4} if ctx.text[char:char + 4].lower() == "the " else {char}
    return any(hit.span.start in at for hit in ctx.mentions.hits
               if hit.kind in ("state", "place"))


def accepted_invitations(ctx: Context, visits: list[Visit]) -> list[Visit]:
    """ "Y passed on Z's invitation to visit STATE. … X accepted the invitation": a planned
    visit of X, the subject who accepted, to the state the invitation told before named."""
    found = {(v.guest, v.host) for v in visits}
    added: list[Visit] = []
    told: str | None = None  # the state of the last invitation told

    def taken_up(sentence: Sentence, start: int, host: str) -> None:
        # the subject of the accepting verb at ``start``, a guest from another state
        guest = clause_at(ctx, sentence, sentence.char_start + start).subject
        if guest and (guest, host) not in found \
                and host not in {p.state for p in ctx.linked.persons[guest].positions}:
            found.add((guest, host))
            added.append(Visit(guest, host, evidence(sentence), status="planned",
                               rule="visits:accepted"))

    for sentence in ctx.sentences:
        if (named := _ACCEPTED_AN_INVITATION_TO.search(sentence.text)) is not None \
                and ctx.doc is not None and _names_a_place_at(ctx, sentence.char_start
                                                              + named.end()) \
                and (to := _destination(ctx, sentence, sentence.char_start + named.end())[0]):
            taken_up(sentence, named.start(), to)
        if (match := _ACCEPTED_THE_INVITATION.search(sentence.text)) is not None \
                and told is not None and ctx.doc is not None:
            taken_up(sentence, match.start(), told)
        if (invitation := _INVITATION_TO_VISIT.search(sentence.text)) is not None:
            told = _destination(ctx, sentence, sentence.char_start + invitation.end())[0] \
                or told
    return added


def invited_visits(ctx: Context, visits: list[Visit]) -> list[Visit]:
    """ "X invited Y for a return visit", "X looks forward to hosting Y for a state visit
    soon": a planned visit of Y to X's state.  The clause names no destination (a visit
    "to Z" is read by :func:`find_visits`); the host is the state X holds office for."""
    doc = ctx.doc
    if doc is None:
        return []
    found = {(v.guest, v.host) for v in visits}
    found_planned = {(v.guest, v.host) for v in visits if v.status == "planned"}
    added: list[Visit] = []
    for sentence in ctx.sentences:
        for verb in doc_tokens(doc)[sentence.start:sentence.end]:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _INVITING_VERBS:
                continue
            welcomed_to = _welcomed_to(ctx, verb) or _invited_to_hold_talks_in(ctx, verb)
            if welcomed_to is None and not _asks_for_a_visit(verb):
                continue
            if _to_a_gathering(sentence.text, verb.idx - sentence.char_start, named_only=True):
                continue  # "welcoming X to Tokyo for the Foreign Ministers' Meeting"
            clause = clause_at(ctx, sentence, verb.idx)
            roles = clause.roles  # roles.json "roles:invited": the invited is the guest
            guest = person_of(ctx, roles.tokens["guest"]) if "guest" in roles.tokens else None
            host = clause.subject  # the inviter, subject here or of a verb above
            if guest is None or host is None or guest == host or _resident_envoy(ctx, guest):
                continue  # "received the new Ambassador of X to Ghana": posted there
            states = {welcomed_to} if welcomed_to else {
                p.state for p in ctx.linked.persons[host].positions if p.state and not p.former}
            guest_states = {p.state for p in ctx.linked.persons[guest].positions if p.state}
            # "invited X to Lima for the celebrations on 25 November" names a time to come:
            # a stay of X there the story tells as made is another one
            told = found_planned if _for_later(ctx, sentence) else found
            if len(states) != 1 or states & guest_states or (guest, *states) in told:
                continue
            # "welcomed X, and Y, to Canberra today": a stay begun, of each one welcomed
            # (an invitation is to a stay to come)
            welcomed = verb.tag_ == "VBD" and welcomed_to is not None \
                and clause.status == "held" and verb.lemma_.lower() in HOSTING_VERBS
            guests = [guest, *(key for token in roles.tokens["guest"].conjuncts
                               if (key := person_of(ctx, token)) not in (None, guest, host))] \
                if welcomed else [guest]
            if welcomed:
                status, start = "held", clause.date or sentence.date
            else:
                status = clause.status if clause.status != "held" else "planned"
                start = None
            for each in guests:
                found.add((each, *states))
                found_planned.add((each, *states))
                added.append(Visit(each, next(iter(states)), clause.evidence,
                                   _visit_type(sentence.text), status=status,
                                   rule="visits:invited", start=start))
    return added


#: Meeting formats of a gathering of many, where a meeting on the host's soil is no visit.
_SUMMIT_FORMATS = frozenset({"summit", "on the sidelines"})
_VISIT_WORD = re.compile(r"\b" + alternation("visit_nouns") + r"\b", re.IGNORECASE)
#: "stays", "remains", "is": a present of being somewhere, which "until Saturday" makes a
#: stay under way, no coming one.
_STAYS_UNTIL = re.compile(r"\b(?:stays|remains|is)\b", re.IGNORECASE)
_UNTIL_AFTER = re.compile(r"[^.;]{0,40}?\buntil\b")
#: ", planned for March", "(scheduled for next year)": the words after a visit's destination
#: (read from where it begins) that say the visit is still to come, however the parser
#: attaches them.
_PLANNED_AFTER = re.compile(r"[\w'’ .-]{0,40}?\s*[,(]\s*(?:which is |that is )?(?:now )?"
                            + alternation("planned_words") + r"\s+(?:for|in|on)\b",
                            re.IGNORECASE)
#: "met in Abuja to prepare the visit": the visit is still to come, not the meeting's.
_COMING_VISIT = re.compile(r"\b" + alternation("coming_event_words") + r"\W+(?:\w+\W+){0,3}?"
                           + alternation("visit_nouns") + r"\b", re.IGNORECASE)
#: "concluded his visit", "at the end of a two-day visit": the words right before the visit.
_ENDED = re.compile(r"\b" + alternation("completion_verbs") + r"\s+(?:[\w’'-]+\s+){0,3}$",
                    re.IGNORECASE)
#: "returned to Islamabad on Monday from an official visit to X": a completion verb some
#: words before a visit "from" or "after" which the day told is the last.
_RETURNED_BEFORE = re.compile(r"\b" + alternation("completion_verbs") + r"\b[^.;:]{0,60}$",
                              re.IGNORECASE)
_FROM_OR_AFTER = re.compile(r"(?:from|after)\b", re.IGNORECASE)
#: "X's Qatar visit ended on Monday": a completion verb right after the visit noun.
_ENDED_AFTER = re.compile(r"[\w'’ -]{0,40}?\b(?:visit|trip)\s+(?:was\s+)?"
                          + alternation("completion_verbs") + r"\b", re.IGNORECASE)
_COMPLETED = re.compile(r"\b" + alternation("completion_verbs")
                        + r" (?:[\w’'-]+ ){0,4}?(?:an?|" + alternation("determiners")
                        + r") (?:\w+ )?(?P<days>\w+)[ -]day\b",
                        re.IGNORECASE)
_ONE_DAY = re.compile(r"\b" + alternation("one_day_words") + r"\b", re.IGNORECASE)
_INVITING_VERBS = frozenset(words("invitation_verbs"))
_INVITING_STEMS = tuple(verb.removesuffix("e") for verb in sorted(_INVITING_VERBS))
_BEING_THERE_VERBS = frozenset(words("being_there_verbs"))
_INTERVAL_NOUNS = frozenset(words("interval_nouns")) | frozenset(words("period_nouns"))


_VISIT_NOUNS = frozenset(words("visit_nouns"))


def _welcomed_to(ctx: Context, verb) -> str | None:
    """ "looks forward to welcoming NAME to Ottawa", "invited NAME to Lima": the state of
    the place the object is asked to."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ != "to":
            continue
        for obj in child.children:
            if (state := _state_named_at(ctx, obj)) is not None:
                return state
    return None


def _state_named_at(ctx: Context, token) -> str | None:
    """The state a state's or a place's name at ``token`` stands for, or None."""
    hit = next((h for h in ctx.mentions.hits if h.start <= token.i < h.end
                and h.kind in ("place", "state")), None)
    if hit is not None and hit.kind == "state":
        return hit.key
    if hit is not None and (place := place_of_hit(ctx.world, hit, ctx.dateline)).state:
        return place.state
    return None


def _invited_to_hold_talks_in(ctx: Context, verb) -> str | None:
    """ "invited the Chancellor to hold the next round of consultations in Spain": the
    state the invited is asked to hold talks in."""
    for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
        if xcomp.lower_ not in words("holding_verbs"):
            continue
        talks = words("meeting_nouns") | words("gathering_nouns") | {"consultations", "round"}
        # "to hold talks", "to hold the next round of consultations"
        named = any(o.lower_ in talks or o.lemma_.lower() in talks or any(
            g.lower_ in talks for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj")
            for o in xcomp.children if o.dep_ == "dobj")
        if not named:
            continue
        for token in xcomp.subtree:
            if token.dep_ == "pobj" and token.head.lower_ == "in" \
                    and (state := _state_named_at(ctx, token)) is not None:
                return state
    return None


def _asks_for_a_visit(verb) -> bool:
    """The verb asks its object for a visit with no destination: "for a (return) visit",
    "on a trip", "to visit" with no place after it, "to spend a weekend" or "to stay a
    few days" (at a residence of the inviter's)."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in _BEING_THERE_VERBS and any(
                o.lemma_.lower() in _INTERVAL_NOUNS for c in child.children
                for o in ([c] if c.dep_ in ("dobj", "npadvmod") else c.children
                          if c.dep_ == "prep" else ())):
            return True
        if child.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in _VISIT_NOUNS
                                        for o in child.children):
            return True
        if child.dep_ == "xcomp" and child.lemma_.lower() in _VISIT_NOUNS \
                and not any(c.dep_ in ("dobj", "prep") for c in child.children):
            return True
    return False


def _stay_its_sentence_names(ctx: Context, meeting: Meeting) -> tuple[str, str] | None:
    """(guest, host state) of a held meeting whose sentence names a visit under way or
    done ("X meets Y in Damascus, first visit since 2010", "… during a one-day working
    visit"), not one to come; None otherwise."""
    text = meeting.evidence.text
    if meeting.status != "held" or not _VISIT_WORD.search(text) or _COMING_VISIT.search(text):
        return None
    return _met_abroad(ctx, meeting)


def typed_by_meetings(ctx: Context, meetings: list[Meeting], visits: list[Visit]
                      ) -> list[Visit]:
    """The held visits, each with the type a meeting's sentence gives the stay it falls in
    when nothing else typed it ("Mahama, who arrived at the airport at 10am, …" and "… held
    talks with Tinubu at the Villa, Abuja, during a one-day working visit"), and a one-day
    stay with no day of its own dated by its guest's one meeting day."""
    types: dict[tuple[str, str], str] = {}
    for meeting in meetings:
        if meeting.phase not in ("phone", "video") \
                and (abroad := _stay_its_sentence_names(ctx, meeting)) \
                and (kind := _visit_type(meeting.evidence.text)):
            types.setdefault(abroad, kind)
    typed = [replace(visit, visit_type=types[(visit.guest, visit.host)])
             if visit.status == "held" and visit.visit_type is None
             and (visit.guest, visit.host) in types else visit for visit in visits]
    return [_one_day_dated(visit, meetings) for visit in typed]


def _one_day_dated(visit: Visit, meetings: list[Meeting]) -> Visit:
    """A one-day stay with no day of its own ("X was in the capital on a one-day working
    visit") is on the one day its guest met someone ("Y received X on Thursday")."""
    if visit.status != "held" or visit.start is not None \
            or not _ONE_DAY.search(visit.evidence.text):
        return visit
    # (not a meeting in a city of another state: the guest's host at home, another time)
    days = {m.date for m in meetings if m.status == "held" and visit.guest in m.participants
            and m.date and not m.assumed_date and m.phase not in ("phone", "video")
            and (m.place is None or m.place.state in (None, visit.host))}
    return replace(visit, start=days.pop()) if len(days) == 1 else visit


def visits_of_meetings(ctx: Context, meetings: list[Meeting], visits: list[Visit]
                       ) -> list[Visit]:
    """Visits the meetings imply: a person hosted, received or "visiting" in person is a
    guest in the host's state, even when no visit is named."""
    # A coming trip does not stand for the stay a held meeting shows ("X hosted Y … Y is
    # expected to travel to Mombasa on Wednesday"): both are told.
    found = {(v.guest, v.host) for v in visits if v.status != "planned"}
    found_planned = {(v.guest, v.host) for v in visits if v.status == "planned"}
    # (not a stay of another time: "recalled his official visit to Vietnam in 2023")
    by_start = {sentence.char_start: sentence for sentence in ctx.sentences}
    visitors = {v.guest for v in visits if v.status == "held" and not (
        v.start is None and (sentence := by_start.get(v.evidence.start)) is not None
        and _earlier_period(ctx, sentence, since_too=False) is not None)}
    added: list[Visit] = []
    for meeting in meetings:
        # (a meeting put off abroad is a visit put off: "the leg was postponed; X was to
        # have been received there by Y")
        if meeting.phase in ("phone", "video"):
            continue
        if meeting.host is None and (abroad := _stay_its_sentence_names(ctx, meeting)) \
                and abroad not in {(v.guest, v.host) for v in visits if v.status == "held"}:
            # "X meets Y in Damascus, first visit since 2010": the visit the sentence names
            # is to where the meeting was.
            found.add(abroad)
            # "… on Tuesday held talks with Y … during a one-day working visit": the kind of
            # visit, and a one-day visit's day is the meeting's
            text = meeting.evidence.text
            added.append(Visit(*abroad, meeting.evidence, visit_type=_visit_type(text),
                               start=meeting.date if _ONE_DAY.search(text)
                               and not meeting.assumed_date else None,
                               place=meeting.place, rule="visits:met-on-visit"))
            continue
        if meeting.guest is None or meeting.host is None \
                or _to_a_gathering(meeting.evidence.text, named_only=True) \
                or _around_a_gathering(meeting.evidence.text):
            continue  # "welcoming X to Tokyo for the Foreign Ministers' Meeting": a summit
        if meeting.status == "held" and meeting.dated_to_a_period and meeting.place is None:
            continue  # "recalled his talks with X in September": another occasion, where?
        if meeting.host in visitors:
            continue  # "the Prime Minister was received by the visiting President": abroad
            # the receiver is the guest, and the one received is at home
        host_states = {p.state for p in ctx.linked.persons[meeting.host].positions
                       if p.state and not p.former}
        guest_states = {p.state for p in ctx.linked.persons[meeting.guest].positions
                        if p.state}
        if len(host_states) != 1 or _resident_envoy(ctx, meeting.guest):
            continue
        if not guest_states and ctx.linked.persons[meeting.guest].positions:
            continue  # an official of the UN or ASEAN received: no state's guest
        host = next(iter(host_states))
        if meeting.place is not None and meeting.place.state not in (None, host):
            continue  # received on a third state's soil: a summit, not a visit
        if host in guest_states or (meeting.guest, host) in found \
                or (meeting.status == "planned" and (meeting.guest, host) in found_planned):
            continue
        (found_planned if meeting.status == "planned" else found).add((meeting.guest, host))
        # "X hosted Y in Tsinandali yesterday": the day the meeting states is the visit's;
        # "X will host Y next month": a planned one.
        # "X arrived … for a two-day state visit and was received by Y": the kind of
        # visit the sentence names
        added.append(Visit(meeting.guest, host, meeting.evidence,
                           visit_type=_visit_type(meeting.evidence.text), place=meeting.place,
                           start=None if meeting.assumed_date else meeting.date,
                           status=meeting.status, rule="visits:hosted"))
    return added


def _resident_envoy(ctx: Context, key: str) -> bool:
    """An ambassador or high commissioner received where they are posted: no visitor."""
    roles = {p.role.lower() for p in ctx.linked.persons[key].positions}
    return bool(roles) and roles <= words("resident_roles")


def _met_abroad(ctx: Context, meeting: Meeting) -> tuple[str, str] | None:
    """(guest, host state) of a meeting of two held in one's state: the other, holding
    office for another state, came to it.  Not at a summit or on its sidelines."""
    if len(meeting.participants) != 2 or meeting.place is None or not meeting.place.state \
            or meeting.formats & _SUMMIT_FORMATS:
        return None
    state = meeting.place.state
    states = {key: {p.state for p in ctx.linked.persons[key].positions
                    if p.state and not p.former} for key in meeting.participants}
    # The other is at home there, or holds no office the story names ("X meets Y in …").
    home = [key for key, held in states.items() if held <= {state}]
    away = [key for key, held in states.items() if held and state not in held]
    return (away[0], state) if len(home) == 1 and len(away) == 1 else None


_INVITED = re.compile(r"\binvit(?:ed|ation)\b", re.IGNORECASE)


def plans_of_those_in_office(ctx: Context, visits: list[Visit]) -> list[Visit]:
    """The visits without those still to come of a guest who has left every office the
    story gives them ("agreed in April that NAME would visit India", NAME since ousted):
    a plan of the past."""
    return [v for v in visits if not (
        v.status == "planned" and (held := ctx.linked.persons[v.guest].positions)
        and all(p.former for p in held))]


def without_resident_envoys(ctx: Context, visits: list[Visit]) -> list[Visit]:
    """The visits without those of a guest who holds only an envoy's post of a state
    (ambassador, chargé d'affaires, a Commonwealth high commissioner): "the Ambassador
    visited the wounded at a hospital in the south" is an errand in the state of accreditation,
    not a foreign visit."""
    return [v for v in visits if not (_resident_envoy(ctx, v.guest) and all(
        p.state for p in ctx.linked.persons[v.guest].positions))]


def honoured_invitations(ctx: Context, visits: list[Visit]) -> list[Visit]:
    """The visits without those an invitation planned and the story reports made: "X was
    invited last week to visit Syria" beside X's visit to Syria is that visit, not
    another one still to come."""
    by_start = {sentence.char_start: sentence for sentence in ctx.sentences}
    # (not a visit of another time: "Recalling the state visit of X to Y in November 2023")
    made = {(v.guest, v.host) for v in visits if v.status == "held" and not (
        v.start is None and (sentence := by_start.get(v.evidence.start)) is not None
        and _earlier_period(ctx, sentence, since_too=False) is not None)}
    return [v for v in visits if not (v.status == "planned" and (v.guest, v.host) in made
                                      and _INVITED.search(v.evidence.text)
                                      and not _for_later(ctx, by_start.get(v.evidence.start)))]


def _for_later(ctx: Context, sentence: Sentence | None) -> bool:
    """ "accepted an invitation to visit X next year", "… for the celebrations on 25
    November 2026": a time still to come, which no visit the story reports made can have
    honoured."""
    # (the sentence's days as the context resolved them, after the publication)
    return sentence is not None and any(
        is_future_expression(text) or (day is not None and ctx.published is not None
                                       and day > ctx.published)
        for _, text, day in sentence.date_expressions)
