"""Meetings found sentence by sentence.

A sentence reports a meeting when one of the patterns of
``data/extraction/meetings.csv`` matches it and at least two persons take
part: those its trigger's clause names or describes; "we" in a speech (the
speaker and the person addressed); or, for "the meeting then continued…", the
participants of the meeting spoken of just before.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import partial

from .clauses import (
    HOSTING_VERBS,
    PUT_OFF,
    RECURRENCE,
    REPORTING_VERBS,
    Clause,
    chairing,
    clause_at,
    forward_if_planned,
    governing_verb,
    has_an_object,
    noun_phrase,
    person_of,
    present_in_a_future_clause,
    series,
    some_time_apart,
    states_held,
    status_of,
    token_at,
    told_within,
)
from .context import Context, Sentence, cities_after_a_gathering
from .dates import WEEKDAYS, day_of_a_stay
from .facts import Meeting, PlaceRef, Span
from .linking import EARLIER_WORDS, leads, named_in_subject, offices_known_on
from .nlp import unstopped
from .rules import (
    alternation,
    entries,
    forms,
    forms_alternation,
    marked,
    one_of,
    rules,
    rules_in,
    table,
    words,
)
from .tokens import doc_tokens, leaders_of

_THEY = frozenset(marked("pronouns", "plural"))
_WE = re.compile(r"\b" + one_of(marked("pronouns", "we")) + r"\b", re.IGNORECASE)
_FIRST_PERSON = frozenset(marked("pronouns", "first"))
#: "him", "her": whom a dinner is given for, when no name stands there
_HIM = frozenset(marked("pronouns", "object"))


_ANAPHORIC = re.compile(r"\b" + forms_alternation("anaphora", "events", "word") + " "
                        + alternation("meeting_nouns") + r"\b", re.IGNORECASE)


def find_meetings(ctx: Context, welcomes: list[Meeting] | None = None) -> list[Meeting]:
    """Meetings of the story, one per (date, participants, phase), formats merged.

    A welcome on arrival ("landed at the air base and was received by Y") is no meeting;
    given a list ``welcomes``, each is added to it (phase "welcome"), the evidence of the
    guest's stay in the host's state."""
    meetings: list[Meeting] = []
    # A summary ("On Friday she had meetings with delegations from A, B and C.") names no
    # two persons, but dates the meetings the next sentences tell one by one ("At the
    # meeting with X, …"), and its subject is the one who met each of them ("At the
    # meeting with X, a road was agreed").
    summary_date = summary_host = summary_place = summary_venue = None
    # "The meeting, which took place in Warsaw, was attended by the leaders of …" and, later,
    # "… signed by all leaders present at the meeting: A, B, …": the place told first.
    told_place = (None, None)
    for clause, matched, first in _event_clauses(ctx):
        sentence = clause.sentence
        remote = any(rule.values["phase"] in _REMOTE_PHASES for rule in matched)
        participants = _principals(ctx, _participants(ctx, clause, meetings, remote),
                                   _subject_persons(clause))
        if (owned := _talks_of_the_one_named_before(ctx, clause)) is not None:
            participants = owned
        if len(participants) == 1 and clause.token is not None and (joined := _name_joined_above(
                ctx, clause.token, _own_subject(clause.token))) not in (None, *participants):
            participants = [joined, *participants]  # "A and B spoke …", misparsed
        if len(participants) >= 2:
            # "A and B met … in a meeting chaired by C": who chairs it takes part
            participants += [key for key in _chairs(ctx, clause) if key not in participants]
        if not clause.persons and first is not None:
            # "X and Y spoke by phone on 21 May, and last met in February": X and Y again
            participants = _principals(ctx, _participants(ctx, first, meetings))
        elif len(participants) == 1 and _shares_the_subject(clause):
            # "He … held talks with A that evening and called on B on the 19th": he called;
            # "X arrived on Monday and that evening paid a courtesy call on Y": X called
            subject = _subject_of_chain(ctx, clause)
            if subject is not None and subject not in participants:
                participants = [subject, *participants]
        if len(participants) == 1 and first is not None \
                and _before_or_after_the_first(first, clause) \
                and first.subject not in participants:
            participants = [first.subject, *participants]  # "… before calling on B": X
        one_of_series = len(participants) == 1 and summary_host not in (None, participants[0]) \
            and _one_of_a_series(clause)
        if one_of_series:
            participants = [summary_host, participants[0]]
        if len(participants) == 1 and clause.status == "held" \
                and (head := _delegation_head_after(ctx, clause, participants[0])
                     or _head_of_the_delegation(ctx, clause, participants[0])):
            participants = [participants[0], head]
        if meetings and (size := _stated_size(clause)) and len(participants) < size:
            # "A trilateral meeting with X …": X and the two the story told meeting
            told = [k for k in meetings[-1].participants if k not in participants]
            if len(participants) + len(told) == size:
                participants = [*told, *participants]
        if len(participants) == 1 and (traveller := _traveller_of_trip(ctx, clause)) \
                and traveller not in participants:
            participants = [traveller, participants[0]]
        journey = _journey_for_the_session(ctx, clause)
        if journey is not None and len(participants) == 1 and journey.subject \
                and journey.subject not in participants:
            # "X flies to CITY in May for the commission's coming session, which he
            # co-chairs with Y": X meets Y there
            participants = [journey.subject, participants[0]]
        if journey is None and len(participants) <= 1 \
                and (hosted := _session_hosted_at_the_end(ctx, clause)) is not None:
            # "X goes to CITY in May for another round of ministerial talks, which Y
            # hosts": X and Y, at the session of the journey
            journey, host = hosted
            participants = [key for key in (journey.subject, host) if key]
        if len(participants) == 1 and (visitor := _visitor_of_the_programme(
                ctx, clause, participants[0]) or _owner_of_an_event_with(
                ctx, clause, participants[0]) or _opener_of_the_programme(
                ctx, clause, participants[0])):
            participants = [visitor, participants[0]]
        if not participants and (above := _those_who_announce_it(ctx, clause)):
            participants = above
        if not participants and (pair := _pair_of_the_sentence_before(ctx, clause)):
            participants = pair
        if len(participants) >= 2 and (host := _host_of_that_time(ctx, clause)) \
                and host not in participants:
            participants = [*participants, host]  # "…, when C hosted them": C took part
        if len(participants) == 1:
            # "X held bilateral meetings with:" and the persons listed under it
            participants += [key for key in _listed_after(ctx, sentence)
                             if key not in participants]
        if clause.status == "held" \
                and (joiner := _joiner_of_the_meeting(ctx, clause)) is not None \
                and (told := _told_before(meetings)) is not None and told.status == "held" \
                and joiner not in told.participants and (
                    _a_leader(ctx, joiner)
                    or any(rule.values["phase"] in _REMOTE_PHASES for rule in matched)):
            # "Prime Minister X joined the first part of our meeting by video link": a
            # leader taking part in the meeting told before, not a meeting of their own;
            # so is anyone who joined it from afar ("Foreign Minister Y joined the meeting
            # by video link from Kyiv"), no aide in the room
            told.participants = told.participants | {joiner}
            continue
        if len(participants) < 2 and clause.status != "held" \
                and len(chairs := _chairs(ctx, clause)) == 1 \
                and participants in ([], chairs) and _with_a_counterpart_unnamed(ctx, clause):
            # a session to come "co-chaired by Minister X and his Kenyan counterpart": an
            # event with X, whoever the other side sends
            participants = chairs
        elif len(participants) < 2:
            if clause.status == "held" and clause.places[0] and _the_event(clause) \
                    and not series(clause.token):
                told_place = clause.places
            if clause.status == "held" and series(clause.token):
                # "… figured during the meetings": the summary told again, adding nothing.
                summary_date = clause.date or summary_date
                if clause.places != (None, None):
                    summary_place, summary_venue = clause.places
                # "the Prime Minister held meetings …" left unlinked: the story's protagonist
                summary_host = participants[0] if participants else (
                    summary_host or (ctx.linked.salient(1) or [None])[0])
            elif clause.status == "held" and clause.date:
                summary_date, summary_host, summary_place, summary_venue = \
                    clause.date, None, None, None
            continue
        if welcomes is not None and clause.status == "held" and not clause.negated \
                and _welcomed_on_arrival(clause):
            host, guest = _host_and_guest(ctx, clause, participants)
            welcomes.append(Meeting(frozenset(participants), clause.date, clause.evidence,
                                    place=clause.places[0], phase="welcome", host=host,
                                    guest=guest, rule=matched[0].name))
        if clause.negated and not _will_not_take_place(clause) or clause.denied \
                or _received_a_thing(ctx, clause) or _welcomed_on_arrival(clause) \
                or _greeted_on_arrival(clause) or _called_on_to_act(clause) or _recurring(clause) \
                or _met_others(ctx, clause) or _indirect(clause) \
                or _travelled_for_the_event(clause) \
                or _done_by_video(clause, matched) or _hosted_by_a_state(ctx, clause) \
                or _a_gathering_hosted(clause) or _a_session_of_a_gathering(clause) \
                or _greeted_a_crowd(clause) \
                or _time_of_a_signing(clause) or _asked(clause) or _to_come_when(clause) \
                or _topic_of_a_document(clause) \
                or (all(r.values.get("requires") == "joint" for r in matched)
                    and not _jointly(ctx, clause)):
            continue  # "did not hold any meeting with X", "received a letter from X"
        status = clause.status
        # "… for the commission's coming session, which she co-chairs with Y": the session
        # of the journey to come, not the co-chairing the present tense tells
        coming = journey if journey is not None and journey.status != "held" else None
        if coming is not None:
            status = coming.status
        if status == "planned" and (put_off := _put_off_later(sentence.text)):
            status = put_off  # "X was due to meet Y, but the meeting was called off"
        if status == "planned" and (trip := _trip_above(ctx, clause)) in PUT_OFF:
            status = trip  # "cancelled her trip to X, where she was due to meet Y"
        # "The last time they met was in Brussels in December": an earlier meeting, never
        # the one told just before, dated by what the sentence says of that time
        last_time = _the_last_time(clause)
        told = _told_before(meetings)
        if told is not None and last_time is None and set(participants) == told.participants \
                and (status == told.status or _during_it(clause)) \
                and (_it_was_the_meeting(clause) or (
                    len(clause.persons) < 2
                    and ((not sentence.date_expressions and _definite(clause))
                         or _said_of_this_event(clause) or _looks_back(ctx, clause)
                         or _judged(clause)))
                    or _also_talked_about(clause)):
            # "… told reporters about the informal meeting": the meeting told before, once
            # more; what this sentence adds about it joins it.
            for phase, formats in _sessions(matched):
                if phase in _REMOTE_PHASES and _joined_from_afar(clause):
                    continue  # "X joined the meeting by video link": the meeting stays as held
                told.formats |= set(formats)
            if not _it_was_the_meeting(clause):
                # (not "this was their third meeting, following the one in CITY")
                place, venue = clause.places  # "During the meeting, held at X in Y, …"
                told.place = told.place or place
                told.venue = told.venue or venue
            continue
        stated = clause.date if last_time is None else _day_of_that_time(ctx, clause, last_time)
        if coming is not None:
            stated = coming.date
        if stated is None and summary_date and status == "held" and _definite(clause) \
                and not clause.dated_to_a_period:
            stated = summary_date
        elif stated is not None:
            summary_date = None  # the day the summary gave ends; its protagonist stays
        # "During the visit, X also met Y", or an undated meeting besides the main one in
        # a story of a stay of several days ("a state visit on March 2-3 … X also met Y"):
        # on one of the visit's days, which the text does not give.
        within_visit = stated is None and (
            _within_the_visit(clause) or _told_within_a_visit(clause)
            or (status == "held" and _another_meeting(clause) and ctx.several_days))
        date = stated or (ctx.story_date if status == "held" and last_time is None
                          and not clause.dated_to_a_period and not within_visit
                          and not _met_another_time(clause) else None)
        date = forward_if_planned(ctx, date, status, clause.sentence.text)
        place, venue = coming.places if coming is not None else clause.places
        if last_time is not None and place is None:
            # "… was on the sidelines of the Council in Brussels": the city said of that time
            place = next((city for city, i in zip(sentence.places, sentence.place_tokens,
                                                  strict=False) if i > last_time.i), None)
        if place is None and venue is None and status == "held" and (
                one_of_series or (summary_host in participants and stated in (None, summary_date)
                                   and not clause.dated_to_a_period)):
            # "X held the following meetings today at Y": each meeting of X that day, at Y
            place, venue = summary_place, summary_venue
        if place is None and venue is None and status == "held" and _definite(clause) \
                and clause.token.head.lower_ not in words("past_prepositions"):
            place, venue = told_place  # but "Following the meeting, X and Y met": another
        if place is None and status == "held" \
                and (any(r.values["format"] == _SIDELINES for r in matched)
                     or _ON_THE_MARGINS.search(clause.sentence.text)):
            # "met on the sidelines" with no city of its own: where the gathering is
            place = _gathering_place(ctx, clause)
        host, guest = _host_and_guest(ctx, clause, participants)
        kinds = matched
        if any(r.values["phase"] == "video" for r in matched) \
                and any(r.values["phase"] != "video" for r in matched) \
                and _joined_by_video(clause):
            # "The ministers met in Riga, a fourth taking part from his capital by video
            # link": a meeting in person, one of whom took part from afar
            kinds = [r for r in matched if r.values["phase"] != "video"]
        for phase, formats in _sessions(kinds):
            # A call has no place of its own: "phoned X from his holiday in Y" is the caller's
            remote = phase in ("phone", "video")
            groups = _separately(ctx, clause, participants, formats)
            own_places = _own_places(ctx, clause, groups)
            for group, own_day, own_place in zip(groups, _own_days(ctx, clause, groups),
                                                 own_places, strict=True):
                meetings.append(Meeting(frozenset(group), own_day or date, clause.evidence,
                                        set(formats),
                                        None if remote else own_place or place, status, phase,
                                        rule=matched[0].name, venue=None if remote else venue,
                                        host=host if host in group else None,
                                        guest=guest if guest in group else None,
                                        assumed_date=(stated is None
                                                      or _dated_by_its_heading(sentence))
                                        and date is not None,
                                        stay_day=day_of_a_stay(clause.evidence.text),
                                        dated_to_a_period=date is None
                                        and (clause.dated_to_a_period
                                             or last_time is not None
                                             or _met_another_time(clause)),
                                        within_visit=within_visit))
    meetings += _delegations_led(ctx, meetings)
    meetings = _date_from_dated_reference(ctx, meetings)
    meetings = _day_of_the_occasion_just_told(ctx, meetings)
    meetings = _also_on_that_day(ctx, meetings)
    meetings = _on_the_day_of_the_gathering(ctx, meetings)
    meetings = _talks_by_phone(meetings)
    return merge_meetings(meetings)


#: "the Bangladesh delegation", "the Sri Lankan side": one party's team at talks.
_DELEGATION = "delegation"
_TEAM_NOUNS = frozenset((_DELEGATION, "side"))


def _delegations_led(ctx: Context, meetings: list[Meeting]) -> list[Meeting]:
    """ "A led the Bangladesh delegation at the consultations. The Sri Lankan side was led
    by B", "The delegation of X was led by A; the Y delegation was led by B": the heads of
    two delegations, in one sentence or two in a row, met at the talks they led."""
    doc = ctx.doc
    if doc is None:
        return []
    heads: list[tuple[int, str, int]] = []  # (sentence number, person, char)
    for number, sentence in enumerate(ctx.sentences):
        for token in doc_tokens(doc)[sentence.start:sentence.end]:
            if token.lemma_.lower() != "lead" or token.pos_ != "VERB":
                continue
            team = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                    and c.lemma_.lower() in _TEAM_NOUNS]
            if not team:
                continue
            agent = next((g for c in token.children if c.dep_ == "agent"
                          for g in c.children if g.dep_ == "pobj"), None)
            leader = agent if team[0].dep_ == "nsubjpass" else next(
                (c for c in token.children if c.dep_ == "nsubj"), None)
            person = person_of(ctx, leader)
            if person is not None:
                heads.append((number, person, token.idx))
    found = []
    told = {m.participants for m in meetings}
    for (first, a, first_char), (second, b, char) in itertools.pairwise(heads):
        pair = frozenset((a, b))
        if a == b or second - first > 1 or pair in told \
                or _same_side(ctx, a, b):
            continue
        sentence = ctx.sentences[second]
        clause = clause_at(ctx, sentence, char)
        span = Span(ctx.sentences[first].char_start, sentence.char_start + len(sentence.text),
                    ctx.text[ctx.sentences[first].char_start:
                             sentence.char_start + len(sentence.text)])
        stated = clause.date or clause_at(ctx, ctx.sentences[first], first_char).date
        date = stated or (ctx.story_date if clause.status == "held" else None)
        found.append(Meeting(pair, date, span, {"talks"}, status=clause.status,
                             rule="meetings:delegations", assumed_date=stated is None))
        told.add(pair)
    return found


def _same_side(ctx: Context, a: str, b: str) -> bool:
    """Two persons of one state's offices lead no two sides."""
    return bool(ctx.linked.states_of(a) & ctx.linked.states_of(b))


#: "…, but the talks were scrapped": the planned event told, then put off; so is one
#: planned for a part of the journey that was ("…, but the last leg was scrapped").
_BUT_THE_EVENT = re.compile(r"\bbut\s+(?:the|this|that)\s+(?:\w+\s+)?(?:"
                            + "|".join((alternation("meeting_nouns"), alternation("visit_nouns"),
                                        alternation("journey_part_nouns")))
                            + r")\b(?P<rest>[^.;]*)", re.IGNORECASE)


_SIZES = {row["word"]: int(row["persons"]) for row in entries("meeting_sizes")}
_SIZE_WORDS = re.compile(r"\b" + one_of(_SIZES) + r"\b", re.IGNORECASE)


def _stated_size(clause: Clause) -> int | None:
    """How many persons the event noun's adjective says take part ("trilateral": 3)."""
    token = clause.token
    if token is None:
        return None
    return next((_SIZES[c.lower_] for c in token.children
                 if c.dep_ == "amod" and c.lower_ in _SIZES), None)


def _trip_of_relative(clause: Clause):
    """The trip noun a relative clause of the meeting hangs on ("her trip to Bolivia,
    where she was due to meet Y"), or None."""
    token = clause.token
    relative = next((a for a in ([token, *token.ancestors] if token is not None else ())
                     if a.dep_ == "relcl"), None)
    if relative is None:
        return None
    return next((a for a in list(relative.ancestors)[:3]
                 if a.lemma_.lower() in words("visit_nouns")), None)


def _journey_for(noun):
    """The verb of travel whose purpose ("for …") the session noun is, or None."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "for" \
            or noun.lemma_.lower() not in _SESSION_NOUNS:
        return None
    journey = noun.head.head
    return journey if journey.pos_ == "VERB" and journey.lemma_.lower() in _JOURNEY_VERBS \
        else None


def _journey_for_the_session(ctx: Context, clause: Clause) -> Clause | None:
    """The clause of a journey whose purpose is the session a relative clause of the
    meeting describes: "X flies to CITY for the commission's coming session, which she
    co-chairs with Y" (the journey's clause, its status and date the session's)."""
    verb = clause.verb
    if verb is None or verb.dep_ != "relcl":
        return None
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "the coming session of the council, which …"
    journey = _journey_for(noun)
    return clause_at(ctx, clause.sentence, journey.idx) if journey is not None else None


def _session_hosted_at_the_end(ctx: Context, clause: Clause):
    """(the journey's clause, the host) for a session noun that is a journey's purpose
    and has a relative clause of hosting: "goes to CITY for another round of ministerial
    talks, which Y hosts"."""
    noun = clause.token
    journey = _journey_for(noun)
    if journey is None:
        return None
    hosting = next((c for c in noun.children if c.dep_ == "relcl"
                    and c.lemma_.lower() in HOSTING_VERBS), None)
    subject = next((c for c in hosting.children if c.dep_ == "nsubj"), None) \
        if hosting is not None else None
    host = person_of(ctx, subject) if subject is not None else None
    return (clause_at(ctx, clause.sentence, journey.idx), host) if host else None


_SESSION_NOUNS = frozenset(words("meeting_nouns")) | frozenset(words("gathering_nouns"))
_JOURNEY_VERBS = frozenset(words("travel_verbs"))


def _trip_above(ctx: Context, clause: Clause) -> str | None:
    """The status of the trip a relative clause of the meeting hangs on: "cancelled her
    trip to Bolivia, where she was due to meet Y" (the trip's, so the meeting's)."""
    trip = _trip_of_relative(clause)
    return clause_at(ctx, clause.sentence, trip.idx).status if trip is not None else None


def _traveller_of_trip(ctx: Context, clause: Clause) -> str | None:
    """Who makes the trip a relative clause of the meeting hangs on: "the trip by X to
    Y, which had been scheduled … to meet Z" (X meets Z)."""
    trip = _trip_of_relative(clause)
    if trip is None:
        return None
    slots = [c for c in trip.children if c.dep_ == "poss"] + [
        g for c in trip.children if c.dep_ == "prep" and c.lower_ == "by"
        for g in c.children if g.dep_ == "pobj"]
    return next((person for slot in slots if (person := person_of(ctx, slot))), None)


def _visitor_of_the_programme(ctx: Context, clause: Clause, met: str) -> str | None:
    """A programme's item under a day heading of a city ("10.00am: Bilateral talks with
    Prime Minister X" under "Monday 1 December - Port Moresby"), or a timeline's row ("Dec
    2 - Call with X"), names no one who does it: it is the programme of the story's
    protagonist, when the protagonist is of another state than the one met."""
    if clause.sentence.heading_place is None and clause.sentence.label_date is None \
            or clause.verb is not None and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.verb.children):
        return None
    return _protagonist_of_another_state(ctx, met)


def _those_who_announce_it(ctx: Context, clause: Clause) -> list[str]:
    """ "The two leaders confirmed that the annual Leaders' Meeting will be held in
    Queenstown on 20 March": a coming meeting that names no one is of the two or more
    persons whose word it is, the subject of the verb it is said under."""
    verb = clause.verb
    if clause.status != "planned" or verb is None or verb.dep_ != "ccomp" \
            or any(c.dep_ == "nsubj" for c in verb.children):
        return []
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    tokens = {t.i for t in subject.subtree}
    found = [key for ref in ctx.linked.refs if ref.start in tokens for key in ref.persons]
    found = list(dict.fromkeys(found))
    return found if len(found) >= 2 else []


def _pair_of_the_sentence_before(ctx: Context, clause: Clause) -> list[str]:
    """ "X and his counterpart Y agreed on Monday to …. The talks at the ministry lasted two
    hours": held talks that name no one, the subject of their verb, are those of the two
    of other states the sentence before has for its subject."""
    token = clause.token
    if token is None or clause.status != "held" or token.pos_ != "NOUN" \
            or token.dep_ not in ("nsubj", "nsubjpass") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return []
    number = next((k for k, s in enumerate(ctx.sentences) if s is clause.sentence), 0)
    if number == 0 or ctx.doc is None:
        return []
    before = ctx.sentences[number - 1]
    root = ctx.doc[before.start:before.end].root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    tokens = {t.i for t in subject.subtree}
    found = list(dict.fromkeys(key for ref in ctx.linked.refs if ref.start in tokens
                               for key in ref.persons))
    states = ctx.linked.states_of
    if len(found) != 2 or not (states(found[0]) and states(found[1])) \
            or states(found[0]) & states(found[1]):
        return []
    return found


def _owner_of_an_event_with(ctx: Context, clause: Clause, met: str) -> str | None:
    """ "A dinner with Vice President X, planned for Sunday, was cancelled": an event noun
    with its "with" and no owner, the subject of the verb that puts it off, is the story's
    protagonist's, when the protagonist is of another state than the one met.  So is one
    a copula names ("The centrepiece of the visit was Wednesday's meeting with X"): the
    weekday it is of is no owner."""
    token = clause.token
    if token is None or token.pos_ != "NOUN" \
            or not (clause.status in PUT_OFF and token.dep_ in ("nsubj", "nsubjpass")
                    or token.dep_ == "attr" and token.head.lemma_ == "be") \
            or any(c.dep_ == "poss" and c.lower_ not in WEEKDAYS for c in token.children) \
            or not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return None
    return _protagonist_of_another_state(ctx, met)


def _opener_of_the_programme(ctx: Context, clause: Clause, met: str) -> str | None:
    """ "Monday's schedule opened with a call on the Speaker, X": an event a day or a
    programme (no person) began with is the story's protagonist's, when the protagonist is
    of another state than the one met."""
    token = clause.token
    if token is None or token.pos_ != "NOUN" or token.dep_ != "pobj" \
            or token.head.lower_ != "with":
        return None
    verb = token.head.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STARTING_VERBS \
            or subject is None or subject.pos_ != "NOUN" \
            or any(t.i in ctx.person_tokens for t in subject.subtree):
        return None
    return _protagonist_of_another_state(ctx, met)


_STARTING_VERBS = frozenset(word for word in words("happening_verbs") if " " not in word)


def _protagonist_of_another_state(ctx: Context, met: str) -> str | None:
    """The story's protagonist, when of another state than ``met``'s."""
    protagonist = next(iter(ctx.linked.salient(1)), None)
    if protagonist in (None, met):
        return None
    states = ctx.linked.states_of
    return protagonist if states(protagonist) and states(met) \
        and not states(protagonist) & states(met) else None


def _the_last_time(clause: Clause):
    """ "The last time they met was …", "the previous time the two spoke": the noun "time"
    the meeting's verb describes, or None."""
    verb = clause.verb
    if verb is None or verb.dep_ != "relcl" or verb.head.lower_ != "time":
        return None
    if any(token.lower_ == "when" and token.i > verb.i for token in verb.head.head.subtree):
        return None  # "… was in May 2019, when X met Y": the time's own meeting is told
    return verb.head if any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS
                            for c in verb.head.children) else None


def _day_of_that_time(ctx: Context, clause: Clause, time):
    """The day the sentence gives that time ("… was on 4 May"), or None ("… was in
    December", a month)."""
    return next((day for token_i, _, day in clause.sentence.date_expressions
                 if day and governing_verb(ctx.doc[token_i]) == time.head), None)


def _to_come_when(clause: Clause) -> bool:
    """ "…, and agreed to convene the committee before the presidents meet": a meeting in
    the present tense of a clause of time or condition is still to come, and tells too
    little (no day, no place) to be one of the story's planned meetings."""
    return clause.verb is not None and clause.status == "held" \
        and present_in_a_future_clause(clause.verb)


def _put_off_later(text: str) -> str | None:
    """cancelled or postponed, when the sentence goes on to say the meeting was."""
    match = _BUT_THE_EVENT.search(text)
    status = status_of(match["rest"]) if match else "held"
    return status if status in ("cancelled", "postponed") else None


def _met_others(ctx: Context, clause: Clause) -> bool:
    """ "The two presidents met students of the university": whom they met is no one the
    story names, so the two did not meet each other."""
    verb = clause.token
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() != "meet":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # ("the two ministers" the story named are persons it names, though two of them;
    # "leaders of the community" are not the story's leaders)
    referred = {i for ref in ctx.linked.refs if ref.persons and (
        ref.description is None or ref.description.count) for i in range(ref.start, ref.end)}
    return bool(objects) and all(
        obj.pos_ == "NOUN" and obj.tag_ in ("NNS", "NNPS")
        and not any(t.i in referred for t in obj.subtree) for obj in objects)


def _jointly(ctx: Context, clause: Clause) -> bool:
    """ "A and B discussed …", "A discussed … with B": two persons do it together."""
    verb = clause.token
    if verb is None or verb.pos_ != "VERB":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    above = verb
    while subject is None and above.dep_ in ("xcomp", "conj") and above.head.i != above.i:
        # "A plans to discuss … with B", "A and B are scheduled to discuss …"
        above = above.head
        subject = next((c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "WP" and above.dep_ == "relcl":
        subject = above.head  # "A, who had breakfast with B, said …": A
    # "with B" on the verb, or hung by the parser on its object ("discuss trade with B")
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    together = [subject, *(subject.conjuncts if subject is not None else ())] + [
        g for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children if g.dep_ == "pobj"]
    # "had dinner with X's Secretary of Economy, NAME, who …": the name set off after the
    # title (an apposition, or a phrase the parser hangs elsewhere)
    doc = verb.doc
    commas = [g.right_edge.i + (doc[g.right_edge.i].text != ",") for g in together[1:]
              if g is not None]
    together += [doc[k + 1] for k in commas if k + 1 < len(doc) and doc[k].text == ","]
    persons = {key for token in together if token is not None
               and (key := person_of(ctx, token)) is not None}
    if len(persons) < 2 and subject is not None:
        # "A and B will have …" parsed with A hung on B: the persons of the subject phrase.
        persons |= {key for token in subject.subtree
                    if (key := person_of(ctx, token)) is not None}
    if len(persons) < 2 and subject is not None and subject.pos_ == "NOUN" \
            and any(c.dep_ == "nummod" for c in subject.children) \
            and verb.lemma_.lower() not in words("deliberation_verbs"):
        # "The two leaders dined for three hours": the persons the count stands for (but
        # "the two leaders discussed X" is told by the meeting where they did)
        persons |= {key for ref in ctx.linked.refs if ref.start <= subject.i < ref.end
                    and ref.kind == "description" for key in ref.persons}
    if len(persons) < 2 and subject is not None \
            and any(c.dep_ == "advmod" and c.lower_ == "last" for c in verb.children):
        # "The two leaders last spoke on …": an earlier contact of the persons a plural
        # subject stands for (only with "last": "they discussed …" is told by its meeting)
        persons |= {key for ref in ctx.linked.refs if ref.start <= subject.i < ref.end
                    for key in ref.persons}
    if len(persons) < 2 and (joined := _name_joined_above(ctx, verb, subject)) is not None:
        persons.add(joined)
    return len(persons) >= 2


def _met_another_time(clause: Clause) -> bool:
    """ "The two last met in Nice", "the two, who first met in X during a
    summit": a meeting of another time than the story's, on no day the story gives it (not
    "The pair first talked alone, then with their ministers": the order of the talks)."""
    token = clause.token
    if token is None or token.pos_ != "VERB":
        return False
    # ("the minister said she had first met X in Y": the past perfect)
    perfect = token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had"
                                          for c in token.children)
    return (token.tag_ == "VBD" or perfect) and any(
        c.dep_ == "advmod" and (c.lower_ == "last" or (c.lower_ == "first" and (
            token.dep_ == "relcl" or perfect)))
        for c in token.children)


def _own_subject(verb):
    """The verb's own subject, not one of the verb it is joined to."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _name_joined_above(ctx: Context, verb, subject) -> str | None:
    """ "A and B spoke by telephone", parsed (for some names) with the verb joined to the first
    name and only the second as its subject: the person of that first name."""
    if subject is None or verb.dep_ != "conj" or verb.head.i >= subject.i:
        return None
    start = subject.left_edge.i
    doc = verb.doc
    if start < 2 or doc[start - 1].lower_ != "and" or doc[start - 2] not in verb.head.subtree:
        return None
    return person_of(ctx, verb.head)


#: Phases of a meeting held at a distance.
_REMOTE_PHASES = frozenset(("video", "phone"))


def _joined_from_afar(clause: Clause) -> bool:
    """ "NAME joined the meeting by video link from Kyiv": one who joined at a distance;
    the others still met in person."""
    verb = clause.verb
    return verb is not None and verb.lemma_.lower() == "join" \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


#: Verbs of one who takes part in a meeting from afar (taking_part_verbs.txt).
_TAKING_PART = frozenset(words("taking_part_verbs"))


def _joined_by_video(clause: Clause) -> bool:
    """The sentence's video link is how one person joined ("with X taking part by video
    link", "joined via video"), not the kind of the meeting."""
    sentence = clause.token.sent if clause.token is not None else None
    for token in sentence if sentence is not None else ():
        if not token.lower_.startswith("video"):
            continue
        # "by video link": the link's compound word, or the word itself, after "by"
        prep = token.head.head if token.dep_ == "compound" else token.head
        if prep.dep_ == "prep" and prep.lower_ in ("by", "via", "over") \
                and prep.head.lemma_.lower() in _TAKING_PART:
            return True
    return False


def _done_by_video(clause: Clause, matched) -> bool:
    """ "The two leaders inaugurated a bridge by video link": a thing done over a video
    link, not a call between them (the only trigger of the clause is the link)."""
    verb = clause.verb
    return verb is not None and all(rule.values["phase"] == "video" for rule in matched) \
        and verb.lemma_.lower() in words("remote_action_verbs")


def _hosted_by_a_state(ctx: Context, clause: Clause) -> bool:
    """ "South Korea will host the leaders of the bloc": a state hosting a gathering, no
    meeting of the leaders it names with each other."""
    verb = clause.token
    if verb is None or verb.lemma_.lower() not in HOSTING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or clause.subject is not None or _a_dateline(subject, verb):
        return False
    return any(hit.kind in ("state", "place") and hit.start <= subject.i < hit.end
               for hit in ctx.mentions.hits)


def _greeted_a_crowd(clause: Clause) -> bool:
    """ "The President welcomed the leaders to the forum", "welcomed some thirty heads of
    delegation at the palace gate": a host greeting a gathering's guests, a crowd named by
    no one's name (not "received the two leaders", "received his counterpart", "welcomed
    NAME and NAME")."""
    verb = clause.token
    if verb is None or verb.lemma_.lower() not in HOSTING_VERBS \
            or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if _for_a_meeting(verb):
        # "welcomed his counterparts to CITY for a meeting", "will host the heads of
        # government at an informal meeting": the meeting they came for
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    doc = verb.doc

    def clause_verb(i: int):
        """The verb whose clause names token ``i``, or None past a "with" ("with the
        Minister at his side": the host's company)."""
        token = doc[i]
        while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
            if token.dep_ == "prep" and token.lower_ == "with":
                return None
            token = token.head
        return token

    # (not "hosted their counterparts, NAME and NAME": named in the verb's own clause)
    return objects[0].tag_ == "NNS" and objects[0].lemma_.lower() in words("crowd_nouns") \
        and not any(c.dep_ == "nummod" and _A_FEW.get(c.lower_, 0) > 0
                    for c in objects[0].children) \
        and not any(ref.kind == "name" and ref.start > verb.i
                    and getattr(clause_verb(ref.end - 1), "i", None) == verb.i
                    for ref in clause.ctx.linked.refs
                    if clause.sentence.start <= ref.start < clause.sentence.end)


def _for_a_meeting(verb) -> bool:
    """The verb's "for" or "at" names a meeting: "hosted them for a meeting", "at an
    informal meeting", "for the leaders' meeting of X"."""
    # (not "used the margins for talks with A, B and C": the talks with each)
    return any(prep.dep_ == "prep" and prep.lower_ in ("for", "at") and any(
        t.lower_ in _MEETING_NOUNS or t.lemma_.lower() in _MEETING_NOUNS
        for t in prep.subtree) and not any(t.lower_ == "with" for t in prep.subtree)
        for prep in verb.children)


#: Numbers of a small party, met together ("the two leaders", "three counterparts").
_A_FEW = {row["word"]: int(row["count"]) for row in entries("counts")
          if 0 < int(row["count"]) <= 4} | {str(n): n for n in range(1, 5)}


def _a_gathering_hosted(clause: Clause) -> bool:
    """ "her participation in the Intersessional Meeting of the Conference of Heads of
    Government, hosted by Prime Minister X": X hosted the gathering, not a meeting with
    the one who attended it."""
    verb = clause.token
    if verb is None or verb.lemma_.lower() not in HOSTING_VERBS or verb.dep_ != "acl":
        return False
    own = {t.i for t in verb.subtree}
    # the gathering the hosted noun names or holds ("the summit hosted by X", "her
    # participation in the Intersessional Meeting …, hosted by X"); a named meeting is
    # capitalised, "talks hosted by X" may be talks with X
    return any(t.i not in own and (t.lemma_.lower() in words("gathering_nouns") or (
        t.lemma_.lower() in words("meeting_nouns") and t.text[:1].isupper() and t.i > 0
        and not t.is_sent_start)) for t in verb.head.subtree)


#: One-word nouns of signed documents ("memorandum", "protocol", "plan"): what an event
#: noun in their topic is about.
_DOCUMENT_HEADS = frozenset(form.lower() for row in entries("document_nouns")
                            for form in (row.get("singular") or "").split("|")
                            if form and " " not in form)


def _topic_of_a_document(clause: Clause) -> bool:
    """ "signed a two-year plan of consultations of their ministries", "a memorandum on
    holding yearly consultations", "a protocol establishing annual talks": the event noun
    is what a document is about, no meeting its sentence tells."""
    token = clause.token
    if token is None or token.pos_ not in ("NOUN", "VERB"):
        return False  # (not "talked over the visit's programme by telephone")
    for _ in range(5):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ in ("prep", "acl") and head.lemma_.lower() in _DOCUMENT_HEADS \
                and (token.dep_ == "acl" or token.lower_ in ("of", "on", "for")):
            return True
        if token.dep_ == "prep" and token.lower_ in ("on", "for") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _DOCUMENT_HEADS for c in head.children):
            return True  # "signed a memorandum … on holding …", the topic hung on the verb
        if head.pos_ in ("VERB", "AUX") and not (token.dep_ in ("dobj", "pcomp")
                                                 and head.dep_ in ("acl", "pcomp")):
            return False  # the event noun hangs on a verb of its own clause
        token = head
    return False


def _time_of_a_signing(clause: Clause) -> bool:
    """ "At the end of the meeting, NAME and NAME signed three agreements", "Following the
    meeting, the leaders witnessed the signing of … by NAME and NAME": the meeting told
    before is when the signers signed; they are not its participants for that."""
    token = clause.token
    if token is None or not any(c.dep_ == "det" and c.lower_ in _THE for c in token.children) \
            or token.dep_ != "pobj":
        return False
    prep = token.head
    when = prep.lower_ in ("after", "following") or (
        prep.lower_ == "of" and prep.head.lemma_.lower() in ("end", "close", "conclusion"))
    verb = governing_verb(token)
    if verb.i == prep.i and prep.head.i != prep.i:
        verb = governing_verb(prep.head)  # "Following" tagged a verb of its own
    # "Following the meeting, the two leaders witnessed the signing of … by A and B"
    signing = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return when and any(rule.pattern.search(t.text) for rule in _SIGNING_VERBS
                        for t in signing)


_SIGNING_VERBS = [r for r in rules("signing") if r.values["role"] == "sign"]


def _a_session_of_a_gathering(clause: Clause) -> bool:
    """ "her participation in the Intersessional Meeting of the Conference of Heads of
    Government …, under the chairmanship of X": a session of a gathering of many, not a
    meeting of the one who attended it with the one who chaired it."""
    token = clause.token
    return token is not None and token.lemma_.lower() in words("meeting_nouns") \
        and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in words("gathering_nouns")
            for g in c.children) for c in token.children)


def _asked(clause: Clause) -> bool:
    """A question asks whether they met, it tells no meeting: "did X and Y meet?", "when
    did the two of you first meet?" (not a quoted question inside a report)."""
    text = clause.sentence.text.rstrip()
    return text.endswith("?") and not any(mark in text for mark in '"“”')


_SIDELINES = "on the sidelines"
#: "met on the sidelines for forty minutes", "On the margins, X met Y": no gathering named;
#: a headline's "X meets A, B on ASEAN sidelines" drops the article.
_ON_THE_MARGINS = re.compile(r"\b" + alternation("margin_openers")
                             + r" (?:the |(?-i:[A-Z][\w-]+) )(?:sidelines|margins?)\b",
                             re.IGNORECASE)
#: "On the forum's opening day he met A, B and C", "before the plenary": talks around a
#: gathering, one with each person met (not a place: a bilateral commission has its plenary
#: too).
_GATHERING_MOMENT = re.compile(r"\b" + alternation("gathering_moments") + r"\b", re.IGNORECASE)
#: The gathering a meeting was held on the sidelines of: "of the BRICS summit".
_SIDELINES_OF = re.compile(r"\b(?:sidelines|margins?) of (?:the |this year's |last year's )?"
                           r"(?P<gathering>(?:[\w'’-]+ ){0,3}?" + alternation("gathering_nouns")
                           + r")\b", re.IGNORECASE)
#: A gathering's name and the city it is held in: "the 47th ASEAN Summit in Kuala Lumpur".
def _gathering_place(ctx: Context, clause: Clause) -> PlaceRef | None:
    """The city of the gathering on whose sidelines a meeting took place: named in the
    sentence after the gathering ("on the sidelines of the summit in Rio"), else the city
    the story names after that gathering's own words ("of the BRICS summit" … "the BRICS
    summit in Kazan"), else the one city the story names right after any gathering ("… the
    Forum's leaders meeting in Honiara"), else the dateline's city of a story of a
    gathering; None when the story names several such cities or none."""
    named = _SIDELINES_OF.search(clause.sentence.text)
    if one := _one_city(cities_after_a_gathering(ctx, [clause.sentence])):
        return one
    if named and (one := _one_city(cities_after_a_gathering(
            ctx, ctx.sentences, named["gathering"].lower()))):
        return one
    if anywhere := cities_after_a_gathering(ctx, ctx.sentences):
        return _one_city(anywhere)
    # "HONIARA — … on the margins of the Forum": a gathering told from its city
    return ctx.dateline if ctx.gathering_at_dateline else None


def _one_city(cities: list[PlaceRef]) -> PlaceRef | None:
    return cities[0] if len({place.name for place in cities}) == 1 else None


def _a_dateline(subject, verb) -> bool:
    """ "Riyadh, Sha'ban 02, 1447, January 21, 2026, SPA -- NAME received …": the place
    that opens a wire item's dateline, which the parser may take for the verb's subject,
    is where the item was filed, not a host."""
    doc = subject.doc
    opens = subject.i == subject.sent.start or doc[subject.i - 1].is_space
    return opens and subject.i + 1 < len(doc) and doc[subject.i + 1].text == "," \
        and any(t.text in ("-", "--", "–", "—") for t in doc[subject.i + 2:verb.i])


def _welcomed_on_arrival(clause: Clause) -> bool:
    """ "X was met at the airport by Y", "Y received the arriving leaders at the airport",
    "landed at the airport, where he was received by Y", "landed at the airport and was
    received there by Y": a welcome on arrival, not a meeting."""
    verb = clause.token
    if verb is None:
        return False
    places = words("greeting_places")

    def at_a_greeting_place(token) -> bool:
        return any(t.lemma_.lower() in places for t in token.subtree)

    there = any(child.lower_ in ("there", "where") for child in verb.children)
    above = verb.head  # "landed at the airport on Monday, where …": the landing's clause
    while above.pos_ not in ("VERB", "AUX") and above.head.i != above.i:
        above = above.head
    at_one = at_a_greeting_place(verb) or (verb.dep_ == "relcl" and there and any(
        t.lemma_.lower() in places for t in above.subtree if t.i < verb.i)) or (
        verb.dep_ == "conj" and there and at_a_greeting_place(verb.head)) or (
        # "landed at the air base on Tuesday night and was received by Y"
        verb.dep_ == "conj" and verb.head.lemma_.lower() in words("arrival_verbs")
        and at_a_greeting_place(verb.head))
    passive = any(child.dep_ == "auxpass" for child in verb.children)
    return at_one and (passive or verb.lemma_.lower() in HOSTING_VERBS)


def _greeted_on_arrival(clause: Clause) -> bool:
    """ "The host greeted his royal guest on arrival at the stand": a greeting as the
    guest came in, a brief encounter, not a meeting (and, at no airport, no start of a
    stay: the guest may have come for an occasion only)."""
    verb = clause.token
    return verb is not None and verb.lemma_.lower() in ("greet", "welcome") and any(
        child.dep_ == "prep" and child.lower_ in ("on", "upon") and any(
            g.dep_ == "pobj" and g.lemma_.lower() == "arrival" for g in child.children)
        for child in verb.children)


def _with_a_counterpart_unnamed(ctx: Context, clause: Clause) -> bool:
    """The clause names "his counterpart" of a state, whom the story never names."""
    resolved = {ref.start for ref in ctx.linked.refs if ref.description is not None}
    return any(d.counterpart and d.states and not d.plural and d.start not in resolved
               and d.start in clause.tokens
               for d in ctx.mentions.descriptions)


def _a_person_called(clause: Clause) -> bool:
    """ "X called Y on Monday": a person is the verb's object and is called nothing ("X
    called Y a liar" names Y; "a plan called Z" names a thing)."""
    verb = clause.token
    if verb is None:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if predicates := [c for c in verb.children if c.dep_ == "oprd"]:
        if objects or not any(c.dep_ == "nsubj" for c in verb.children):
            return False
        # "X had called Y on Wednesday to offer help": the parser may take the one person
        # called for what a naming calls someone, with no one named
        objects = predicates
    doc = verb.doc
    if any(a.dep_ == "appos" and a.pos_ == "NOUN" and doc[a.left_edge.i - 1].text != ","
           for obj in objects for a in obj.children):
        return False  # "called Y a liar", parsed as an apposition without its comma
    # The object itself is the person, not a possessor inside it ("called Y's remarks …"),
    # or the name set off after it ("called Poland's Prime Minister, Y, on Monday").
    objects += [a for obj in objects for a in obj.children
                if a.dep_ == "appos" and doc[a.left_edge.i - 1].text == ","]
    refs = [ref for ref in clause.ctx.linked.refs if len(ref.persons) == 1]
    return any(ref.start <= obj.i < ref.end for ref in refs for obj in objects) or any(
        # "X rang President of Uzbekistan Y": the parser makes the title the object
        clause.ctx.world.title(obj.lower_) is not None and len(
            [ref for ref in refs if obj.i < ref.start and ref.end <= obj.right_edge.i + 1]) == 1
        for obj in objects)


def _a_person_subject(clause: Clause) -> bool:
    """ "X summoned Y": the verb's subject is a person the story names (not "the ministry",
    nor a word no reference resolved)."""
    verb = clause.token
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    return any(ref.start <= subject.i < ref.end and len(ref.persons) == 1
               for ref in clause.ctx.linked.refs for subject in subjects)


def _recurring(clause: Clause) -> bool:
    """ "agreed to meet at least twice a year": a commitment to meet again and again, not
    one planned meeting."""
    verb = clause.verb
    if clause.status == "held" or verb is None:
        return False
    words_of_verb = " ".join(t.text for t in verb.subtree
                             if t.i in clause.tokens or t.head.i == verb.i)
    return bool(RECURRENCE.search(words_of_verb))


def _called_on_to_act(clause: Clause) -> bool:
    """ "X called on Y to release the prisoners": a demand, not a courtesy call (which has
    a visitor's purpose, "called on Y to discuss trade", or none)."""
    verb = clause.token
    # ("called Y on Monday night to offer help": a day, no one called on)
    if verb is None or verb.lemma_.lower() != "call" \
            or not any(c.dep_ == "prep" and c.lower_ == "on" and not any(
                g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in verb.children):
        return False
    asked = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")
             and any(a.lower_ == "to" for a in c.children)]
    asked_words = {t.i for c in asked for t in c.subtree}
    if any(t.dep_ == "prep" and t.lower_ == "at" and t.i not in asked_words and any(
            g.dep_ == "pobj" and g.lower_ in words("building_nouns") for g in t.children)
           for t in verb.subtree):
        return False  # "called on Y at her hotel to go through the programme": a visit
    return any(c.lemma_.lower() not in words("call_on_purpose_verbs") for c in asked)


def _received_a_thing(ctx: Context, clause: Clause) -> bool:
    """ "X received a letter from Y": a thing was received, not a person."""
    verb = clause.token
    if verb is None or verb.lemma_.lower() not in HOSTING_VERBS:
        return False
    objects = [child for child in verb.children if child.dep_ == "dobj" or (
        # "Congratulatory telegrams were also received from President X"
        child.dep_ == "nsubjpass" and child.lemma_.lower() in words("message_nouns"))]
    in_person = words("in_person_objects")
    if not objects or any(obj.lemma_.lower() in in_person or any(
            g.lower_ in in_person for c in obj.children if c.dep_ == "prep"
            for g in c.children) for obj in objects):
        return False  # "received a phone call from X", "letters of credence from X"
    if any(obj.lemma_.lower() in words("counterpart_words") for obj in objects):
        # "welcomed his counterpart NAME", the name parsed apart from the word; "hosted
        # their counterparts, A and B"
        return False
    if any(obj.lemma_.lower() == _DELEGATION and any(d.lower_ == "the" for d in obj.children)
           for obj in objects):
        return False  # "hosted the delegation at a lunch": its members, the one told before
    persons = {i for ref in ctx.linked.refs for i in range(ref.start, ref.end)}
    if any(prep.dep_ in ("prep", "dative") and (prep.lower_ == "for" or any(
            t.lemma_.lower() in words("honour_nouns") for t in prep.children))
           and _in_the_clause_of(prep, verb)
           and any(t.i in persons or t.lower_ in _HIM for t in prep.subtree)
           for prep in verb.subtree) \
            and not any(obj.lemma_.lower() in words("message_nouns") for obj in objects):
        # "hosted a banquet in honour of X", "will host a dinner tonight at the palace for
        # X" (the parser hangs "for" on the verb or the place when a word comes between),
        # "give a dinner for him": a meeting with X
        return False
    persons = {i for ref in ctx.linked.refs for i in range(ref.start, ref.end)}

    def phrase(token):
        # The object phrase, not what it says came from or was about ("a letter from X").
        yield token
        for child in token.children:
            if not (child.dep_ == "prep" and child.lower_ in words("source_prepositions")) \
                    and child.dep_ not in ("relcl", "advcl"):
                yield from phrase(child)  # not "…, when X and Y are expected to attend"

    def named_after(obj) -> bool:
        # "received Ghana's Minister for Foreign Affairs, NAME, who …": the parser may hang
        # the name on the verb; the office it follows is the person received
        # (the portfolio may be parsed apart: "Minister [for Foreign Affairs]")
        k = obj.right_edge.i + 1
        while k < len(ctx.doc) and (ctx.doc[k].lower_ in words("office_name_joiners")
                                    or ctx.world.is_title_word(ctx.doc[k].lower_)):
            k += 1
        return ctx.world.is_title_word(obj.lower_) and k + 1 < len(ctx.doc) \
            and ctx.doc[k].text == "," and k + 1 in persons

    return not any(t.i in persons for obj in objects for t in phrase(obj)) \
        and not any(named_after(obj) for obj in objects)


_TALKED_WITH = re.compile(r"\b" + alternation("talk_verbs") + r"\s+(?:with|to)\b",
                          re.IGNORECASE)


def _in_the_clause_of(token, verb) -> bool:
    """ ``token`` hangs on ``verb`` through phrases only, no clause of its own between."""
    while token.i != verb.i:
        if token.dep_ in ("relcl", "advcl", "ccomp", "xcomp", "acl", "conj") \
                or token.head.i == token.i:
            return False
        token = token.head
    return True


def _talks_by_phone(meetings: list[Meeting]) -> list[Meeting]:
    """ "X spoke with Y" with no place, venue or format: a call.  Readouts say "spoke
    with" for a call and often never name the phone; talks in person have a place or a
    setting ("on the sidelines"), and a place found later in the story is not looked at."""
    phone = next(r for r in rules("meetings") if r.values["phase"] == "phone")
    # "X received Y at the palace. X spoke with him alone for an hour": talks of the day
    # the two met in person, or of no day told, are those of that meeting.
    met = {(m.participants, m.date) for m in meetings if m.status == "held"
           and m.phase not in ("phone", "video")
           and (m.place or m.venue or m.formats or not _TALKED_WITH.search(m.evidence.text))}
    return [replace(meeting, phase="phone", formats={phone.values["format"]})
            if meeting.phase == "main" and not meeting.formats and meeting.place is None
            and meeting.venue is None and meeting.status == "held"
            and not any(who == meeting.participants and (day == meeting.date
                                                        or meeting.assumed_date)
                        for who, day in met)
            and _TALKED_WITH.search(meeting.evidence.text) else meeting
            for meeting in meetings]


_DATED_REFERENCE = re.compile(r"\bthe (?P<day>" + "|".join(WEEKDAYS) + r")(?:'s|’s)? "
                              + alternation("meeting_nouns") + r"\b", re.IGNORECASE)


def _dated_by_its_heading(sentence) -> bool:
    """A sentence stating no day, under a heading's ("FEBRUARY 4, 2026 … X's Meeting
    with Y"): the day the page put it out, which another sentence may put earlier."""
    return not sentence.date_expressions and sentence.heading_date is not None \
        and sentence.date == sentence.heading_date


def _date_from_dated_reference(ctx: Context, meetings: list[Meeting]) -> list[Meeting]:
    """ "During the Thursday meeting, …": the one meeting dated only by the story's day
    took place on that day."""
    assumed = [m for m in meetings if m.assumed_date and m.status == "held"]
    if len({m.participants for m in assumed}) != 1:
        return meetings
    for sentence in ctx.sentences:
        match = _DATED_REFERENCE.search(ctx.narrated(sentence))
        if match is None:
            continue
        day = next((d for _, text, d in sentence.date_expressions
                    if d and match["day"].lower() in text.lower()), None)
        if day is not None:
            return [replace(m, date=day, assumed_date=False) if m in assumed else m
                    for m in meetings]
    return meetings


def _day_of_the_occasion_just_told(ctx: Context, meetings: list[Meeting]) -> list[Meeting]:
    """ "On Wednesday morning X welcomed Y with military honours. The two presidents held
    talks in a small group and later with their delegations": talks of the same two told
    in the sentence right after a dated meeting in person, with no day of their own, are
    on that day (not the story's, a day later); every session the sentence tells moves
    with it."""
    number = partial(_sentence_number, ctx)
    result = list(meetings)
    n = 0
    while n < len(result):
        told = number(result[n])
        if told is None:
            n += 1
            continue
        group = [k for k in range(n, len(result)) if number(result[k]) == told]
        before = result[n - 1] if n else None
        if before is not None and number(before) == told - 1 \
                and before.status == "held" and before.date is not None \
                and not before.assumed_date and before.phase not in _REMOTE_PHASES \
                and all(result[k].assumed_date and result[k].status == "held"
                        and result[k].phase not in _REMOTE_PHASES
                        and result[k].participants == before.participants for k in group):
            for k in group:
                result[k] = replace(result[k], date=before.date, assumed_date=False)
        n = group[-1] + 1
    return result


def _also_on_that_day(ctx: Context, meetings: list[Meeting]) -> list[Meeting]:
    """ "On Friday she saw X at the ministry. She also met Y": a meeting told with "also" and no
    time of its own is on the day of the meeting told just before (in that sentence or
    the one before), when the text dates that one; not "He also called Z during the week",
    "During the visit, he also met Y" (a time of its own, or the whole stay's)."""
    number = partial(_sentence_number, ctx)
    result = list(meetings)
    ordered = sorted(range(len(result)), key=lambda k: result[k].evidence.start)
    for before, k in zip(ordered, ordered[1:], strict=False):
        meeting, told = result[k], result[before]
        if number(meeting) is None or number(told) is None:
            continue
        sentence = ctx.sentences[number(meeting)]
        if meeting.status != "held" or (meeting.date is not None and not meeting.assumed_date) \
                or meeting.dated_to_a_period or sentence.date_expressions \
                or _VISIT_FRAME.search(sentence.text) or not _continues(ctx, sentence):
            continue
        if told.status == "held" and told.date is not None and not told.assumed_date \
                and 0 <= number(meeting) - number(told) <= 1:
            result[k] = replace(meeting, date=told.date, assumed_date=False)
    return result


#: "on the sidelines of the forum", "on the margins of this meeting": the gathering told before.
_SIDELINES_OF_THE = re.compile(r"\b(?:sidelines|margins?) of (?:the|this) (?:[\w'’-]+ ){0,3}?"
                               r"(?:" + alternation("gathering_nouns") + "|"
                               + alternation("meeting_nouns") + r")\b", re.IGNORECASE)
#: A meeting of this many is a gathering, not talks of two.
_MANY = 3


def _on_the_day_of_the_gathering(ctx: Context, meetings: list[Meeting]) -> list[Meeting]:
    """ "On the sidelines of the forum, X also saw A and B separately", with no day of its
    own in a story of several days: on the day the story gave the gathering it names, the
    meeting of three or more told before it (when every such meeting had that one day)."""
    result = list(meetings)
    for k, meeting in enumerate(result):
        number = _sentence_number(ctx, meeting)
        if meeting.status != "held" or meeting.date is not None or meeting.dated_to_a_period \
                or number is None or ctx.sentences[number].date_expressions \
                or not _SIDELINES_OF_THE.search(ctx.narrated(ctx.sentences[number])):
            continue
        days = {told.date for told in result
                if told.evidence.start < meeting.evidence.start and told.status == "held"
                and len(told.participants) >= _MANY and told.phase not in _REMOTE_PHASES}
        if len(days) == 1 and None not in days:
            result[k] = replace(meeting, date=days.pop(), within_visit=False)
    return result


def _continues(ctx: Context, sentence) -> bool:
    """The sentence's main verb goes on from the one before with "also"."""
    if ctx.doc is None:
        return False
    return any(token.dep_ == "advmod" and token.head.dep_ == "ROOT"
               and token.lower_ in _CONTINUATION
               for token in ctx.doc[sentence.start:sentence.end])


_CONTINUATION = frozenset(words("continuation_words"))


def _sentence_number(ctx: Context, meeting: Meeting) -> int | None:
    """The number of the story's sentence the meeting was told in."""
    return ctx.sentence_index(meeting.evidence.start)


def _event_clauses(ctx: Context):
    """The clauses of the story that report a meeting, each with the rules that matched.

    A sentence's first trigger gives its clause every rule the sentence matched; a later
    trigger in a clause of its own that names two persons itself is another meeting
    ("The confirmation of X's attendance comes after X received Y last week")."""
    active = rules_in("meetings", ctx.needles)
    for sentence in ctx.sentences:
        lowered = sentence.text.lower()
        # A trigger that needs two persons doing it together ("A and B discussed") comes
        # after the others: "… discussed X and agreed to meet" is the meeting agreed on.
        found = sorted(((match.start(), each.number, each.rule) for each in active
                        if each.may_match(lowered)
                        for match in each.rule.pattern.finditer(sentence.text)),
                       key=lambda item: (item[2].values.get("requires") == "joint", item[0]))
        # "X called Y on Monday" is a call; "Y, called Lucho by friends," is no trigger;
        # "X summoned Y" only with X named too.
        found = [item for item in found
                 if item[2].values.get("requires") not in ("object", "named pair")
                 or _a_person_called(clause := clause_at(ctx, sentence,
                                                         sentence.char_start + item[0]))
                 and (item[2].values.get("requires") != "named pair"
                      or _a_person_subject(clause))]
        if not found:
            continue
        if len(found) > 1 and (phrase := _another_events_phrase(
                ctx, sentence.char_start + found[0][0])
                or _the_event_prepared(ctx, sentence.char_start + found[0][0])):
            # "Ahead of the online summit, X phoned Y": the call is the sentence's event;
            # the summit, before or after it, is one told elsewhere
            rest = [item for item in found
                    if (t := token_at(ctx, sentence.char_start + item[0])) is not None
                    and t.i not in phrase]
            if rest and len(clause_at(ctx, sentence,
                                      sentence.char_start + rest[0][0]).persons) >= 2:
                found = rest
        first = clause_at(ctx, sentence, sentence.char_start + found[0][0])
        # "X hosted Y on Monday, a day after her summit with Z": the summit's words are not
        # the hosting's.
        yield first, _in_file_order([item for item in found if not _apart_from(
            ctx, first, sentence.char_start + item[0]) and not _an_event_of_its_own(
            first, clause_at(ctx, sentence, sentence.char_start + item[0]))]), None
        others: dict[frozenset[int], tuple[Clause, list]] = {}
        for start, number, rule in found[1:]:
            clause = clause_at(ctx, sentence, sentence.char_start + start)
            # "The commission met on Tuesday, co-chaired by A and B": the participle names
            # the two persons the first trigger's clause lacks.
            names_the_pair = len(first.persons) < 2 <= len(clause.persons) \
                and clause.token is not None and clause.token.dep_ in ("advcl", "acl") \
                and any(child.dep_ == "agent" for child in clause.token.children)
            if clause.tokens == first.tokens and not names_the_pair \
                    and not _another_object_conjoined(first, clause) or (
                    len(clause.persons) < 2 and not _another_time_conjoined(first, clause)
                    and not _before_or_after_the_first(first, clause)
                    and not _after_a_welcome(first, clause)):
                continue
            others.setdefault(clause.tokens, (clause, []))[1].append((start, number, rule))
        for clause, own in others.values():
            yield clause, _in_file_order(own), first


def _talks_of_the_one_named_before(ctx: Context, clause: Clause) -> list[str] | None:
    """ "X recalled the state visit of A to Brazil and his talks with B": talks named as a
    thing with "his"/"her" are those of the person named last before the pronoun and of
    those they were "with", not of the subject who recalls or praises them; None when
    the clause is no such noun."""
    token = clause.token
    if ctx.doc is None or token is None or token.pos_ != "NOUN" \
            or token.dep_ not in ("dobj", "conj", "nsubj"):
        return None  # (not "a reference to his first summit with B": whose is less sure)
    pronoun = next((c for c in token.children if c.dep_ == "poss"
                    and c.lower_ in ("his", "her")), None)
    if pronoun is None:
        return None
    with_ = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
             for g in c.children if g.dep_ == "pobj"]
    met = [key for g in with_ for ref in ctx.linked.refs if len(ref.persons) == 1
           and ref.start <= g.i < ref.end for key in ref.persons]
    if len(met) != 1:
        return None
    if token.dep_ == "nsubj":
        # "A and B agreed on Wednesday to …. Her talks with B at the guest house lasted two
        # hours": the sentence opens with the talks; "her" is the one of the subjects of
        # the sentence before who is not the one met
        owner = _subject_before_besides(ctx, pronoun, met[0])
        return [owner, met[0]] if owner is not None else None
    before = [ref for ref in ctx.linked.refs if ref.kind == "name" and len(ref.persons) == 1
              and token.sent.start <= ref.start and ref.end <= pronoun.i]
    if not before or before[-1].persons[0] in met:
        return None
    return [before[-1].persons[0], met[0]]


def _subject_before_besides(ctx: Context, pronoun, met: str) -> str | None:
    """The one person, besides ``met``, named as a subject of the sentence before the one
    ``pronoun`` opens; None when the pronoun does not open its sentence."""
    sentence = pronoun.sent
    if pronoun.i != sentence.start or sentence.start == 0:
        return None
    before = ctx.doc[sentence.start - 1].sent
    subjects = {key for ref in ctx.linked.refs if ref.kind == "name" and len(ref.persons) == 1
                and before.start <= ref.start < before.end
                for key in ref.persons
                if any(t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "conj"
                       and t.head.dep_ in ("nsubj", "nsubjpass")
                       for t in ctx.doc[ref.start:ref.end])} - {met}
    return subjects.pop() if len(subjects) == 1 else None


def _before_or_after_the_first(first: Clause, clause: Clause) -> bool:
    """ "X is due to hold talks with A in the afternoon before calling on B": a meeting of
    the first clause's subject with one person, told in a "before"/"after" phrase of the
    first clause's verb."""
    token = clause.token
    return token is not None and first.verb is not None and token.dep_ == "pcomp" \
        and token.head.lower_ in ("before", "after") and token.head.head.i == first.verb.i \
        and len(clause.persons) == 1 and first.subject is not None


def _in_file_order(found) -> list:
    """The rules of (start, number, rule) matches, once each, in the rule file's order."""
    return [rule for number, rule in sorted({n: r for _, n, r in found}.items())]


def _one_of_a_series(clause: Clause) -> bool:
    """ "In the meeting with X", "The first meeting of the day was with X", "Another
    bilateral meeting took place with X": one of the meetings a summary announced."""
    token = clause.token
    if token is not None and token.dep_ in ("amod", "compound"):
        token = token.head
    return token is not None and any(child.dep_ == "det" and child.lower_ in ("the", "another")
                                     for child in token.children)


#: "During the visit, …", "Within the framework of his visit, …": some day of the visit.
_VISIT_FRAME = re.compile(r"\b" + alternation("visit_frames") + r"\s+"
                          + alternation("determiners") + r"\s+(?:[\w-]+\s+){0,2}?"
                          + alternation("visit_nouns") + r"\b", re.IGNORECASE)


def _within_the_visit(clause: Clause) -> bool:
    """The sentence opens by telling its clause within the visit ("During the visit, X
    also met Y"), which names no day: the meeting's day is unknown, not the story's."""
    sentence = clause.sentence
    before = sentence.text[:clause.token.idx - sentence.char_start] \
        if clause.token is not None else ""
    # The frame opens the sentence: "… during the visit," Y said during her meeting with
    # X" is a quote's frame, not the meeting's.
    return bool(_VISIT_FRAME.match(before.lstrip()))


def _told_within_a_visit(clause: Clause) -> bool:
    """ "returned on Monday after a visit to X, during which she met Y": the meeting was
    on one of the visit's days, which the sentence does not give."""
    return clause.verb is not None and told_within(clause.verb) is not None


_ANOTHER = frozenset(words("another_words"))


def _another_meeting(clause: Clause) -> bool:
    """ "X also met Y", "held a separate meeting": a meeting besides the main one."""
    return any(child.lower_ in _ANOTHER and child.dep_ in ("advmod", "amod")
               for token in (clause.verb, clause.token) if token is not None
               for child in token.children)


def _also_talked_about(clause: Clause) -> bool:
    """ "A and B also discussed X" (no day of its own) right after A and B's meeting or
    call: what they talked about there, no meeting besides it."""
    verb = clause.verb
    return verb is not None and not clause.sentence.date_expressions \
        and verb.lemma_.lower() in words("deliberation_verbs") \
        and any(child.lower_ == "also" and child.dep_ == "advmod" for child in verb.children)


def _the_event(clause: Clause) -> bool:
    """The clause's event noun is definite ("the meeting", "this summit"), whatever its
    role in the sentence."""
    token = clause.token
    if token is not None and token.dep_ in ("amod", "compound"):
        token = token.head
    return token is not None and any(child.dep_ == "det" and child.lower_ in _THE
                                     for child in token.children)


_THE = ("the", "this", "that")


def _travelled_for_the_event(clause: Clause) -> bool:
    """ "A and B flew in on Wednesday morning for the meeting", "… arrived to attend the
    meeting": a journey made to the meeting told elsewhere, not a meeting of the two
    travellers (but "X is expected to travel to Minsk for the meeting" still tells who is
    to meet)."""
    token = clause.token
    if token is None or clause.status != "held" or not _definite(clause):
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "for" \
            and token.head.head.lemma_.lower() in words("travel_verbs"):
        return True
    # "A and B flew into Lusaka on Monday to attend the meeting": so too
    verb = token.head if token.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in words("attendance") \
        and verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in words("travel_verbs")


def _during_it(clause: Clause) -> bool:
    """ "During the meeting, the envoy was given a note … ahead of the vote of DATE": the
    meeting told before, whatever the time its sentence goes on to name."""
    token = clause.token
    return token is not None and token.head.lower_ == "during" and _definite(clause)


def _definite(clause: Clause) -> bool:
    """The clause's event noun is definite ("told of the informal meeting", "about that
    call") and not the subject of a verb of its own: it names an event told before."""
    token = clause.token
    if token is None:
        return False
    if token.dep_ in ("amod", "compound"):
        token = token.head  # "the [informal] meeting"
    elif token.pos_ not in ("NOUN", "PROPN"):
        token = next((t for t in token.rights if t.pos_ == "NOUN"), token)
    if token.dep_ in ("nsubj", "nsubjpass"):
        return False  # "The meeting then continued in an expanded format": a new session
    return any(child.dep_ == "det" and child.lower_ in _THE for child in token.children)


def _it_was_the_meeting(clause: Clause) -> bool:
    """ "It was X's first meeting with Y since …", "It was their fourth meeting":
    the meeting told before, counted among theirs, not another one."""
    token = clause.token
    return token is not None and token.dep_ == "attr" and token.head.lemma_ == "be" \
        and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that")
                for c in token.head.children)


def _said_of_this_event(clause: Clause) -> bool:
    """ "This meeting … may also have been to set the agenda …": what the event told was,
    not an event of its own, whatever else the sentence dates."""
    token = clause.token
    return token is not None and token.dep_ == "nsubj" \
        and token.head.lemma_.lower() in words("copula_verbs") \
        and any(child.dep_ == "det" and child.lower_ == "this" for child in token.children)


def _judged(clause: Clause) -> bool:
    """ "A day later she called the meeting 'frank'", "hailed the talks as a breakthrough":
    the event told before, judged on another day, the object of a verb that names it as
    something (a predicate or "as" after it), not an event of that day."""
    token = clause.token
    if token is None or token.dep_ != "dobj" or not _definite(clause):
        return False
    return any(child.dep_ == "oprd" or child.dep_ == "prep" and child.lower_ == "as"
               for child in token.head.children)


def _host_and_guest(ctx: Context, clause: Clause, participants: list[str]
                    ) -> tuple[str | None, str | None]:
    """The receiving and the received person of a meeting clause, when it says so:
    "X hosted / received / welcomed Y", "talks with visiting Foreign Minister Y"."""
    doc = ctx.doc
    if doc is None or len(participants) != 2:
        return None, None

    def person(token) -> str | None:
        keys = {key for i in (t.i for t in token.subtree) for ref in ctx.linked.refs
                if ref.start <= i < ref.end and len(ref.persons) == 1
                for key in ref.persons if key in participants}
        return keys.pop() if len(keys) == 1 else None

    roles = clause.roles.tokens  # roles.json: "visiting Y", "X hosted Y"
    if "visiting" in roles:
        i = roles["visiting"].i
        guest = person(roles["guest"]) if "guest" in roles else None
        # "talks with visiting Foreign Minister of Chile Y": the person named next.
        guest = guest or next((key for ref in ctx.linked.refs if ref.start > i
                               and ref.start - i <= 6 and len(ref.persons) == 1
                               for key in ref.persons if key in participants), None)
        return (next(k for k in participants if k != guest), guest) if guest else (None, None)
    host = person(roles["host"]) if "host" in roles else None
    guest = person(roles["guest"]) if "guest" in roles else None
    if host and guest and host != guest:
        return host, guest
    verb = clause.verb
    if not roles and verb is not None and verb.lemma_.lower() in HOSTING_VERBS \
            and clause.subject in participants:
        # "he had received, on 5 December, NAME, …": the parser hung the one received
        # elsewhere, so no role rule matched; the subject hosted the other, unless the
        # verb is passive ("X arrived … and was received by Y": X is the one received)
        other = next(k for k in participants if k != clause.subject)
        if any(c.dep_ in ("auxpass", "agent") for c in verb.children):
            return other, clause.subject
        return clause.subject, other
    return None, None


#: Offices below this rank (advisers, spokespersons, directors, assistants) are aides.
AIDE_RANK = 35


def _subject_persons(clause: Clause) -> tuple[str, ...]:
    """The persons the trigger's verb has as its one subject, not a speaker's label before
    it ("NAME: This afternoon, Premier X had a phone call with …" has two)."""
    verb = clause.verb
    if verb is None:
        return ()
    subjects = [_antecedent(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        # "The two envoys flew to X and held talks with Y": the subject the verbs share
        subjects = [_antecedent(c) for c in _chain_top(verb).children
                    if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 \
            or (subjects[0].i + 1 < len(verb.doc) and verb.doc[subjects[0].i + 1].text == ":"):
        return ()
    subject = subjects[0]
    if subject.pos_ in ("PROPN", "NOUN"):
        key = person_of(clause.ctx, subject)
        return (key,) if key else next(
            (ref.persons for ref in clause.ctx.linked.refs if ref.start <= subject.i < ref.end
             and ref.description is not None and ref.description.count), ())
    if subject.tag_ == "PRP" and not subject.is_upper:
        # A pronoun the story resolved stands for its persons ("Later he saw A and B",
        # "they were received by Y"); not one in capitals, which may be a style read as
        # one ("HE the Minister")
        return next((ref.persons for ref in clause.ctx.linked.refs
                     if ref.start <= subject.i < ref.end), ())
    return ()


def _antecedent(subject):
    """ "NAME, who met A and B": the name "who" stands for; any other subject itself."""
    verb = subject.head
    if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return subject


def _principals(ctx: Context, persons: list[str], subjects: tuple[str, ...] = ()) -> list[str]:
    """Only the principals take part: when a clause names two leaders and their aides
    ("…with the Secretary of State, NAME, and his executive assistant NAME"), the aides
    are left out; but not the verb's own subjects, whatever their rank ("The envoy NAME met
    President A and Prime Minister B": the envoy met them)."""
    persons = _without_consorts(ctx, persons)
    if len(persons) < 3:
        return persons

    def rank(key: str) -> int:
        ranks = [info.rank for p in ctx.linked.persons[key].positions
                 if (info := ctx.world.title(p.role)) is not None]
        return max(ranks, default=AIDE_RANK)

    leaders = [key for key in persons if rank(key) >= AIDE_RANK or key in subjects]
    return leaders if len(leaders) >= 2 else persons


#: "preceded by", "followed by": another meeting before or after the clause's.
_SEQUENCE_VERBS = frozenset(("precede", "follow"))


def _chairs(ctx: Context, clause: Clause) -> list[str]:
    """The persons "chaired by" (or "co-chaired by", "presided over by") names in the
    clause's sentence: the chairs of the meeting it tells."""
    if ctx.doc is None:
        return []
    by_token = {i: ref.persons[0] for ref in ctx.linked.refs if len(ref.persons) == 1
                for i in range(ref.start, ref.end)}
    found: list[str] = []
    sentence = clause.sentence
    for token in ctx.doc[sentence.start:sentence.end]:
        if token.tag_ != "VBN" or not chairing(token):
            continue
        head = token.head
        if token.dep_ == "acl" and head.lemma_.lower() in words("gathering_nouns") \
                or token.dep_ == "relcl" and head.lemma_.lower() not in words("meeting_nouns"):
            continue  # "talked beside a summit, which was co-chaired by C and D"
        if head.lemma_.lower() in _SEQUENCE_VERBS or head.dep_ == "pobj" \
                and head.head.dep_ == "agent" and head.head.head.lemma_.lower() in _SEQUENCE_VERBS:
            continue  # "The talks were preceded by a committee session, co-chaired by C"
        for agent in (c for c in token.children if c.dep_ == "agent"):
            for t in agent.subtree:
                # (not the owner in "co-chaired by A and B's predecessor, C")
                if t.i in by_token and by_token[t.i] not in found and not (
                        t.dep_ == "poss" or any(c.dep_ == "case" for c in t.children)):
                    found.append(by_token[t.i])
    return found


def _without_consorts(ctx: Context, persons: list[str]) -> list[str]:
    """The persons but a monarch's spouse beside the monarch ("King A and Queen B
    received C": A and C met; the Queen accompanies)."""
    consorts = table("consort_titles", "consort", "monarch")
    held = {key: {(p.role, p.state) for p in ctx.linked.persons[key].positions}
            for key in persons}

    def beside_the_monarch(key: str) -> bool:
        return bool(held[key]) and all(
            role.lower() in consorts and any(
                (consorts[role.lower()], state) in held[other]
                # ("King A and Queen B", the Queen's state not written: A's)
                or (state is None and any(r == consorts[role.lower()] for r, _ in held[other]))
                for other in persons if other != key)
            for role, state in held[key])

    kept = [key for key in persons if not beside_the_monarch(key)]
    return kept if len(kept) >= 2 else persons


def _sessions(matched) -> list[tuple[str, set[str]]]:
    """The sessions a sentence reports: usually one, but "first a one-on-one, then
    talks with the delegations" is two meetings, one per phase."""
    phases: dict[str, set[str]] = {}
    for rule in matched:
        phases.setdefault(rule.values["phase"], set())
        if rule.values["format"]:
            phases[rule.values["phase"]].add(rule.values["format"])
    if "one-on-one" in phases.get("main", set()) and "expanded" in phases:
        return [("main", phases["main"]), ("expanded", phases["expanded"])]
    phase = next((p for p in phases if p != "main"), "main")
    return [(phase, set().union(*phases.values()))]


_SEPARATELY = re.compile(r"\bseparately\b|\b" + alternation("separate_words")
                         + r" (?:\w+ )?(?:meetings|talks|bilaterals)\b|\b"
                         + alternation("one_by_one_words")
                         + r"(?!\w)"
                         # "made telephone calls to A and B": a call with each
                         + r"|\b(?:tele)?phone (?:calls|conversations)\b"
                         # "In his meetings with A and B, the President discussed …", "held
                         # summits with A, B and C"
                         + r"|\b(?:meetings|summits) with\b", re.IGNORECASE)


_TOGETHER = "together"


def _separately(ctx: Context, clause: Clause, participants: list[str],
                formats: set[str] = frozenset()) -> list[list[str]]:
    """"X met separately with A, B and C" is three meetings of X, one with each; so is
    "X will call on A and on B" (the preposition said again for each), and "X, visiting,
    also met the President A, the Speaker B and the Prime Minister C" of one host state
    (a round of calls on the host's officials, not a meeting of four); and "X received
    the credentials of A, B and C": each envoy presents them alone; and "X met A and,
    later, B".  But a group that "met separately" met together, apart from the rest; a
    host who "received Minister A and Minister B" of one state received them together;
    and calls received "separately" by someone the text leaves unlinked are none between
    the callers (no group at all)."""
    if ctx.doc is None:
        return [participants]
    by_token = {i: ref for ref in ctx.linked.refs if len(ref.persons) == 1
                for i in range(ref.start, ref.end)}
    if _SEPARATELY.search(clause.sentence.text) and _met_by_someone_unnamed(clause, participants,
                                                                           by_token):
        # "The Prime Minister received telephone calls from A and, separately, from B",
        # the Prime Minister not linked: A and B did not meet each other
        return []
    if len(participants) < 3:
        return [participants]
    if clause.verb is not None and any(c.dep_ == "advmod" and c.lower_ == _TOGETHER
                                       for c in clause.verb.children):
        return [participants]  # "they were received together by Y, and later held separate …"
    subject = None
    if _all_in_the_subject(clause, participants, by_token):
        # "The foreign ministers - A, B and C - met separately on Tuesday": apart from
        # the others of the story, together
        return [participants]
    # The trigger verb's own subject first ("X, whose …, had a busy day: Y met separately
    # with him and with Z": Y), else the clause's first.
    verb = clause.token.i if clause.token is not None else None
    for token_i in sorted(clause.tokens, key=lambda i: (ctx.doc[i].head.i != verb, i)):
        token = ctx.doc[token_i]
        if token.dep_ in ("nsubj", "nsubjpass"):
            # "Italy's Prime Minister NAME met separately …": the title is the subject;
            # "NAME, who met A in X and B in Y": NAME
            token = _antecedent(token)
            ref = by_token.get(token.i) or named_in_subject(token, by_token)
            subject = ref.persons[0] if ref else None
            break
    if subject is None:
        # "telephone calls made by X to A and B": the agent of the passive made them
        subject = next((by_token[i].persons[0] for i in sorted(clause.tokens)
                        if i in by_token and ctx.doc[i].dep_ == "pobj"
                        and ctx.doc[i].head.dep_ == "agent"), None)
    if (pair := _each_subject_apart(ctx, clause, participants, by_token)) is not None:
        return pair
    if subject is None or subject not in participants:
        return [participants]
    others = [other for other in participants if other != subject]
    # (a host who "received Minister A and Minister B" received the two guests together)
    if not (_SEPARATELY.search(clause.sentence.text) or _preposition_repeated(ctx, clause)
            or _one_after_another(ctx, clause, others, by_token)
            or _each_in_its_own_setting(ctx, clause, others, by_token)
            or (_calls_on_one_host(ctx, subject, others) and not _hosting(clause))
            or _bilaterals_on_the_margins(ctx, clause, others, by_token)
            or _met_apart_below(ctx, clause, subject, others)
            or _a_call_to_each(ctx, clause, others, formats, by_token)
            or "credentials" in formats):
        return [participants]
    return [[subject, other] for other in others]


#: "a joint telephone call", "a three-way call": one call of all those named.
_JOINT_CALL = re.compile(r"\b" + alternation("joint_call_words") + r"\b", re.IGNORECASE)


def _a_call_to_each(ctx: Context, clause: Clause, others: list[str], formats: set[str],
                    by_token: dict) -> bool:
    """ "X spoke by telephone with both A and B", "after speaking by phone with A and B":
    a telephone line joins two, so X made one call to each of those the verb spoke with,
    unless the text says the call was joint ("a three-way call"); a video link may join
    many."""
    if "phone call" not in formats or "video call" in formats or clause.verb is None \
            or _JOINT_CALL.search(clause.sentence.text):
        return False
    spoken_with = {by_token[i].persons[0] for i in clause.tokens
                   if i in by_token and _met_as_object(ctx.doc[i], clause.verb)}
    return set(others) <= spoken_with


def _met_apart_below(ctx: Context, clause: Clause, subject: str, others: list[str]) -> bool:
    """ "X holds talks with A and B" as a headline over a story telling X's meeting with A
    and, in a sentence of its own, X's meeting with B: the headline sums up meetings one
    with each, no meeting of three."""
    sentence = clause.sentence
    if not ctx.sentences or sentence is not ctx.sentences[0] or not unstopped(sentence.text):
        return False
    active = rules_in("meetings", ctx.needles)

    def told_apart(other: str) -> bool:
        return any(subject in below.persons and other in below.persons
                   and not any(o in below.persons for o in others if o != other)
                   and any(each.may_match(below.text.lower())
                           and each.rule.pattern.search(below.text) for each in active)
                   for below in ctx.sentences[1:])

    return all(told_apart(other) for other in others)


def _met_as_object(token, verb) -> bool:
    """The name at ``token`` is whom ``verb`` met: its object, or after "with"."""
    child = token
    for ancestor in token.ancestors:
        if ancestor.lower_ == "with" and ancestor.dep_ == "prep":
            return True
        if ancestor == verb:
            return child.dep_ == "dobj"
        child = ancestor
    return False


def _bilaterals_on_the_margins(ctx: Context, clause: Clause, others: list[str],
                               by_token: dict) -> bool:
    """ "On the sidelines of the summit, X held talks with A, B and C", "X met A, B and C on
    the margins": around a gathering, talks with several leaders are one meeting with each;
    not "a working lunch with A, B and C" (one occasion) nor "a trilateral with A and B",
    nor "A and B met" or "signed by A, B and C" (no one the subject met)."""
    text = clause.sentence.text
    if not (_ON_THE_MARGINS.search(text) or _GATHERING_MOMENT.search(text)) \
            or _SIZE_WORDS.search(text):
        return False
    verb = clause.verb
    if verb is None or not all(_met_as_object(ctx.doc[i], verb)
                               for i in _first_words(clause, others, by_token)):
        return False
    if _for_a_meeting(verb):
        return False  # "will host A, B and C for the leaders' meeting of X": one meeting
    return not any(
        grandchild.dep_ == "det" and grandchild.lower_ in ("a", "an")
        for child in (clause.token, *verb.children) if child is not None
        and (child is clause.token or child.dep_ == "dobj")
        for grandchild in child.children)


_ONE_AFTER_ANOTHER = frozenset(words("sequence_words"))


def _first_words(clause: Clause, keys: list[str], by_token: dict) -> list[int]:
    """Where the clause first names each of ``keys`` that it names, in text order."""
    return sorted(min(i for i in clause.tokens if i in by_token
                      and by_token[i].persons[0] == key)
                  for key in keys
                  if any(i in by_token and by_token[i].persons[0] == key
                         for i in clause.tokens))


def _one_after_another(ctx: Context, clause: Clause, others: list[str],
                       by_token: dict) -> bool:
    """ "X met A and, later, B": a word of sequence between the persons met, one meeting
    after the other."""
    firsts = _first_words(clause, others, by_token)
    return any(ctx.doc[i].lower_ in _ONE_AFTER_ANOTHER
               for a, b in zip(firsts, firsts[1:], strict=False) for i in range(a, b))


#: What an "in"/"on"/"at" phrase after a person met may set: a time or a place.
_SETTING_ENTITIES = frozenset(("DATE", "TIME", "GPE", "LOC", "FAC"))
_DAY_PARTS = words("day_parts")


def _each_in_its_own_setting(ctx: Context, clause: Clause, others: list[str],
                             by_token: dict) -> bool:
    """ "X received A in the morning and B in the afternoon", "met A in Belgrade on Monday
    and B in Pristina": each person met has a time or a place of its own, one meeting
    after the other."""
    firsts = _first_words(clause, others, by_token)
    if len(firsts) != len(others) or len(firsts) < 2:
        return False
    bounds = [*firsts[1:], clause.sentence.end]

    def set_apart(start: int, stop: int) -> bool:
        return any(token.dep_ == "pobj" and token.head.lower_ in ("in", "on", "at")
                   and (token.ent_type_ in _SETTING_ENTITIES or token.lower_ in _DAY_PARTS)
                   and token.i not in by_token for token in ctx.doc[start:stop])

    return all(set_apart(a, b) for a, b in zip(firsts, bounds, strict=True))


def _hosting(clause: Clause) -> bool:
    """The trigger is a verb of receiving in the active voice: its subject is the host."""
    verb = clause.verb
    return verb is not None and verb.lemma_.lower() in HOSTING_VERBS \
        and any(c.dep_ == "nsubj" for c in verb.children)


def _met_by_someone_unnamed(clause: Clause, participants: list[str], by_token: dict) -> bool:
    """The trigger's verb has a subject naming none of the participants, who all come
    after the verb."""
    verb = clause.verb
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (not "NAME, who held separate talks with A": "who" stands for a person)
    if not subjects or any(t.i in by_token for s in subjects for t in s.subtree) \
            or any(s.pos_ not in ("NOUN", "PROPN") for s in subjects):
        return False
    placed = [i for i in clause.tokens if i in by_token and by_token[i].persons[0] in participants]
    # (nor "calls made by X to A and B": X, the agent, made them)
    return bool(placed) and all(i > verb.i and clause.ctx.doc[i].head.dep_ != "agent"
                                for i in placed)


def _all_in_the_subject(clause: Clause, participants: list[str], by_token: dict) -> bool:
    """Every participant is named in the subject of the trigger's verb, none after it."""
    verb = clause.verb
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    named = {by_token[t.i].persons[0] for s in subjects for t in s.subtree if t.i in by_token}
    return set(participants) <= named


def _each_subject_apart(ctx: Context, clause: Clause, participants: list[str],
                        by_token: dict) -> list[list[str]] | None:
    """ "A and B met with C respectively", "A and B met separately with C": each of the
    subjects met the one other person apart (None when the clause says nothing of it)."""
    verb = clause.token
    if verb is None or not (_SEPARATELY.search(clause.sentence.text) or any(
            child.lower_ == "respectively" and child.dep_ == "advmod"
            for child in verb.children)):
        return None
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")),
                   None)
    if subject is None:
        return None
    subjects = list(dict.fromkeys(by_token[t.i].persons[0] for t in subject.subtree
                                  if t.i in by_token))
    objects = [key for key in participants if key not in subjects]
    if len(subjects) < 2 or len(objects) != 1 or not set(subjects) <= set(participants):
        return None
    return [[key, objects[0]] for key in subjects]


def _calls_on_one_host(ctx: Context, subject: str, others: list[str]) -> bool:
    """The others all hold office for one state, not the subject's, each a different one."""
    hosts = [states_held(ctx, key) for key in others]
    roles = [frozenset(p.role for p in ctx.linked.persons[key].positions) for key in others]
    return all(len(held) == 1 for held in hosts) and len({next(iter(h)) for h in hosts}) == 1 \
        and not hosts[0] & states_held(ctx, subject) and bool(states_held(ctx, subject)) \
        and len(set(roles)) == len(roles)


def _preposition_repeated(ctx: Context, clause: Clause) -> bool:
    """The trigger's preposition comes again before another person: "call on A and on B",
    "spoke by telephone with A on Monday and with B on Sunday"."""
    return bool(_repeated_prepositions(ctx, clause))


def _repeated_prepositions(ctx: Context, clause: Clause) -> list:
    """The prepositions said again before each person ("with A … and with B"), each
    holding a person, in text order; [] when there are none."""
    token = clause.token
    if token is None:
        return []
    verb = clause.verb if clause.verb is not None and token.dep_ == "pobj" \
        and token.head.head.i == clause.verb.i else token  # "spoke by telephone with …"
    person_starts = {ref.start for ref in ctx.linked.refs if ref.persons}
    # "on Monday … and on Sunday" are said again too, but hold no person; "the Prime
    # Minister of A, X, and the Prime Minister of B, Y" says "of" again inside the titles
    preps = [t for t in verb.subtree if t.dep_ in ("prep", "conj") and t.pos_ == "ADP"
             and t.lower_ != "of" and person_starts & {x.i for x in t.subtree}
             and not _in_a_clause_below(t, verb)]
    words = [t.lower_ for t in preps]
    return sorted((prep for prep in preps if words.count(prep.lower_) > 1),
                  key=lambda t: t.i)


def _in_a_clause_below(token, verb) -> bool:
    """The token belongs to a clause of its own under the verb: "breakfast with A, …,
    which A co-chaired with B" (the second "with" is the relative clause's)."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp"):
            return True
        token = token.head
    return False


def _own_days(ctx: Context, clause: Clause, groups: list[list[str]]) -> list:
    """Each separate meeting's own day, where the text gives one after each repeated
    preposition ("with A on Monday evening and with B on Sunday") or after each person
    met ("met A in X on Monday and B in Y on Tuesday"); None where it does not, or where
    the days do not differ."""
    days = [None if segment is None else
            (found[0] if len(found := [day for token_i, _, day in
                                       clause.sentence.date_expressions
                                       if segment[0] < token_i < segment[1]
                                       and day is not None]) == 1 else None)
            for segment in _segments(ctx, clause, groups)]
    return days if len(set(days)) == len(days) and None not in days else [None] * len(groups)


def _own_places(ctx: Context, clause: Clause, groups: list[list[str]]) -> list:
    """Each separate meeting's own city, where the text names one after each person met
    ("met A in Belgrade on Monday and B in Pristina"); None where it does not, or where
    the cities do not differ."""
    sentence = clause.sentence
    places = [None if segment is None else
              (found[0] if len(found := [place for token_i, place in
                                         zip(sentence.place_tokens, sentence.places,
                                             strict=True)
                                         if segment[0] < token_i < segment[1]
                                         and ctx.doc[token_i - 1].lower_ == "in"]) == 1
               else None)
              for segment in _segments(ctx, clause, groups)]
    names = [p.name for p in places if p is not None]
    return places if len(set(names)) == len(places) else [None] * len(groups)


def _segments(ctx: Context, clause: Clause, groups: list[list[str]]) -> list:
    """The stretch of the sentence (token start, stop) that is each separate meeting's
    own: from its repeated preposition ("with A … and with B …"), else from the first word
    of the one person met in it, to the next; None for a meeting with none."""
    if len(groups) < 2 or ctx.doc is None:
        return [None] * len(groups)  # one meeting: the clause's day ("… said on Thursday")
    stop_all = clause.sentence.end
    preps = _repeated_prepositions(ctx, clause)
    if preps:
        starts = [(prep.i, {ref.persons[0] for ref in ctx.linked.refs if ref.persons
                            and ref.start in {x.i for x in prep.subtree}}) for prep in preps]
    else:
        common = set.intersection(*(set(group) for group in groups))
        starts = sorted((min(ref.start for ref in ctx.linked.refs if ref.persons == (key,)
                             and clause.sentence.start <= ref.start < stop_all), {key})
                        for group in groups for key in set(group) - common
                        if any(ref.persons == (key,) and clause.sentence.start <= ref.start
                               < stop_all for ref in ctx.linked.refs))
    segments = []
    for group in groups:
        segment = None
        for number, (start, keys) in enumerate(starts):
            if keys & set(group):
                stop = starts[number + 1][0] if number + 1 < len(starts) else stop_all
                segment = (start, stop)
        segments.append(segment)
    return segments


def _host_of_that_time(ctx: Context, clause: Clause) -> str | None:
    """ "A and B last met in Geneva on 4 December, when C hosted them at the palace", "…,
    in talks hosted by C": the host of the time clause on the meeting's verb, who receives
    "them", or of the talks it names."""
    verb = clause.verb
    if verb is None:
        return None
    # (the parse may hang the time clause on the date: "on 4 December, when …")
    for child in verb.subtree:
        if child.dep_ in ("advcl", "relcl") and child.lemma_.lower() in HOSTING_VERBS \
                and any(c.dep_ == "advmod" and c.lower_ == "when" for c in child.children) \
                and any(c.dep_ == "dobj" and c.lower_ == "them" for c in child.children):
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            return person_of(ctx, subject) if subject is not None else None
        if child.dep_ == "acl" and child.lemma_.lower() in HOSTING_VERBS \
                and (child.head.lower_ in words("meeting_nouns")
                     or child.head.lemma_.lower() in words("meeting_nouns")):
            # "… met in Geneva in May, in talks hosted by the Swiss foreign minister, NAME"
            # (the phrase of the agent holds its name in apposition: "the Swiss foreign
            # minister, NAME")
            for agent in (c for c in child.children if c.dep_ == "agent"):
                for named in (g for g in agent.children if g.dep_ == "pobj"):
                    if key := person_of(ctx, named):
                        return key
    return None


def _participants(ctx: Context, clause: Clause, earlier: list[Meeting],
                  remote: bool = False) -> list[str]:
    """Who took part: the clause's persons; with "we" in a speech, the speaker and whom
    they address; for "the meeting" alone, the meeting told just before.  A ``remote``
    clause (a call) is an event of its own, whatever meeting in person it was made
    during."""
    persons, sentence = clause.persons, clause.sentence
    if not persons and clause.token is not None \
            and (told := _teller_and_told(ctx, clause.token)):
        # "X told Y that … during summit talks in Bali": the talks of X and Y, however the
        # parse hangs "during" inside what was said.
        return told
    if len(persons) >= 2 and (told := _told_before(earlier)) is not None \
            and (set(persons) & told.participants or _sides_listed(sentence, ctx)) \
            and not told.participants <= set(persons) and _looks_back(ctx, clause) \
            and not (remote and told.phase not in _REMOTE_PHASES):
        # "At the outset of the meeting, Minister X conveyed the greetings of President Y
        # to President Z": the meeting told before, whoever else its sentence names (not
        # "When the meeting ended, the four ministers …", a larger one); so is
        # "At the meeting, the Turkish side was represented by X and Y", its members
        return list(told.participants)
    if sentence.speech is not None and _WE.search(sentence.text) and (
            ctx.doc is None or any(_WE.fullmatch(ctx.doc[i].text)
                                   or ctx.doc[i].lower_ in _FIRST_PERSON
                                   for i in clause.tokens)):
        # (the meeting's own "we" or "me", not "… was to see Y on Friday, but his office
        # let us know that …")
        speaker = sentence.speech.speaker
        addressed = _addressees(ctx, speaker, earlier)
        return list(dict.fromkeys([speaker, *addressed, *persons]))
    subjects = [c for verb in (clause.verb, *((clause.verb.head,) if clause.verb.dep_ == "xcomp"
                                              else ()))
                for c in verb.children if c.dep_ == "nsubj"] if clause.verb is not None else []
    if not persons and earlier and any(c.lower_ in _THEY or _two_sides(c) for c in subjects):
        # "X held phone talks with Y. … when they met in Beijing last December": a "they"
        # that no reference resolved stands for those of the meeting told before; "the
        # two men" for the last two who met (not the three of a call one of them joined)
        if any(_two_sides(c) for c in subjects):
            return list(next((m.participants for m in reversed(earlier)
                              if len(m.participants) == 2), earlier[-1].participants))
        return list(earlier[-1].participants)
    if len(persons) < 2 and (told := _told_before(earlier)) is not None \
            and (back := _ANAPHORIC.search(sentence.text)) \
            and set(persons) <= told.participants \
            and _in_clause(ctx, clause, sentence.char_start + back.end() - 1) \
            and not _names_its_own_members(ctx, sentence.char_start + back.end() - 1):
        # "In the meeting with X" where X did not take part in it is another meeting.
        return list(told.participants)
    if len(persons) >= 2 and (told := _told_before(earlier)) is not None \
            and (back := _ANAPHORIC.search(sentence.text)) \
            and _DURING.search(sentence.text[:back.start()]) \
            and _in_clause(ctx, clause, sentence.char_start + back.end() - 1) \
            and _described_together(ctx, clause, persons):
        # "… the two presidents discussed … during the meeting": those of the meeting told
        # before, whoever else the story calls president
        return list(told.participants)
    return persons


def _sides_listed(sentence: Sentence, ctx: Context) -> bool:
    """The sentence lists a side's members ("the Turkish side was represented by …"; not
    "at that meeting, the Omani delegation was headed by X", who led it, a principal)."""
    return ctx.doc is not None and any(
        t.lemma_.lower() == "side" for t in ctx.doc[sentence.start:sentence.end])


def _looks_back(ctx: Context, clause: Clause) -> bool:
    """The clause's own event is "the meeting" in a phrase of its setting ("during the
    talks", "at the outset of the meeting"), naming no members of its own: the meeting
    told before (not "after the meeting", another event after it)."""
    token = clause.token
    if token is None or ctx.doc is None:
        return False
    if token.dep_ in ("amod", "compound"):
        token = token.head
    if token.dep_ != "pobj" or token.pos_ != "NOUN" or not any(
            child.dep_ == "det" and child.lower_ in _THE for child in token.children):
        return False
    prep = token.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "at the outset of the meeting"
    # (not "during the meeting between A and B", "in the meeting with C": its own persons)
    own = {t.i for t in token.subtree if t.i != token.i}
    return prep.lower_ in _SETTING and not _names_its_own_members(ctx, token.idx) \
        and not any(ref.start in own and ref.persons for ref in ctx.linked.refs)


#: Prepositions of the event a clause is set in: "during the meeting", "at the talks".
_SETTING = ("at", "during", "in")


#: "during the meeting", not "following the meeting" (another event after it).
_DURING = re.compile(r"\b(?:during|at|in)\s+$", re.IGNORECASE)


def _described_together(ctx: Context, clause: Clause, persons: list[str]) -> bool:
    """The clause's persons are all one plural description's ("the two presidents")."""
    sentence = clause.sentence
    refs = [ref for ref in ctx.linked.refs
            if sentence.start <= ref.start < sentence.end and set(ref.persons) & set(persons)]
    return len(refs) == 1 and refs[0].kind == "description" \
        and set(refs[0].persons) == set(persons)


def _two_sides(token) -> bool:
    """ "the two sides", "both countries", "the two men" as a subject: those of the meeting
    told before, as "they" is ("The two sides agreed to hold a meeting soon")."""
    return token.lemma_.lower() in words("country_nouns") | {"side", "man", "woman"} \
        and token.lower_ != token.lemma_.lower() \
        and any(child.lower_ in ("two", "both") for child in token.children)


#: Verbs of an event happening: "will not take place", "will not go ahead".
_HAPPENING = frozenset({"take", "go", "happen"})


def _will_not_take_place(clause: Clause) -> bool:
    """ "A meeting between X and Y … will not take place": the negation cancels the event
    (status.csv row 3), it does not deny a meeting ("were not cancelled" does)."""
    return clause.status == "cancelled" and clause.verb is not None \
        and clause.verb.lemma_.lower() in _HAPPENING


def _joiner_of_the_meeting(ctx: Context, clause: Clause) -> str | None:
    """The person named as the subject of "joined" when the clause's trigger is the
    meeting told before, its object ("X joined the talks", "X joined the first part of
    our meeting"); None otherwise."""
    token = clause.token
    if token.lemma_.lower() not in words("meeting_nouns") \
            or not any(d.lower_ in words("determiners") or d.lower_ == "our"
                       for d in token.children):
        return None
    verb = token.head
    while verb.pos_ != "VERB" and verb.head is not verb and verb.dep_ in ("pobj", "prep",
                                                                          "dobj"):
        verb = verb.head
    if verb.lemma_.lower() != "join":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    keys = {key for ref in ctx.linked.refs if ref.start <= subject.i < ref.end
            for key in ref.persons}
    return keys.pop() if len(keys) == 1 else None


def _a_leader(ctx: Context, key: str) -> bool:
    """The person holds the office of a head of state or government, or one ranked so."""
    return any(leads(ctx.world, p.role) for p in ctx.linked.persons[key].positions
               if not p.former)


def _told_before(earlier: list[Meeting]) -> Meeting | None:
    """The meeting "the meeting" or "this meeting" points back to: the last one told,
    passing over a meeting of another occasion recalled in between ("The last time they
    met was in May 2019 …. This meeting in Lima …" is the story's meeting)."""
    for meeting in reversed(earlier):
        if not meeting.dated_to_a_period:
            return meeting
    return earlier[-1] if earlier else None


#: A line of a list: a bullet, a dash, a number or a letter opening it.
_LIST_ITEM = re.compile(r"^\s*(?:[•·*▪‣◦-]|[–—]|\d{1,2}[.)]|\(?[a-z][.)])\s")


def _listed_after(ctx: Context, sentence: Sentence) -> list[str]:
    """The persons of the list lines right after a sentence that ends with a colon ("…
    held bilateral meetings with:" then "• President of X, NAME;"), one per line."""
    if not sentence.text.rstrip().endswith(":") or sentence not in ctx.sentences:
        return []
    listed: list[str] = []
    for following in ctx.sentences[ctx.sentences.index(sentence) + 1:]:
        line_start = ctx.text.rfind("\n", 0, following.char_start) + 1
        if not _LIST_ITEM.match(ctx.text[line_start:following.char_start + 4]):
            break
        # One person a line (a sentence may run over two lines of the list).
        lines: dict[int, str] = {}
        for ref in ctx.linked.refs_between(following.start, following.end):
            start = ctx.text.rfind("\n", 0, ref.span.start) + 1
            if ref.kind == "name" and len(ref.persons) == 1 \
                    and _LIST_ITEM.match(ctx.text[start:start + 4]):
                lines.setdefault(start, ref.persons[0])
        listed += [key for key in lines.values() if key not in listed]
    return listed


def _delegation_head_after(ctx: Context, clause: Clause, key: str) -> str | None:
    """ "The committee was chaired by A. B led his country's delegation to the
    committee.": the head of the other side, told in the next sentence, met A."""
    if ctx.doc is None or clause.sentence not in ctx.sentences:
        return None
    number = ctx.sentences.index(clause.sentence)
    if number + 1 >= len(ctx.sentences):
        return None
    following = ctx.sentences[number + 1]
    heading = words("leading_verbs") - words("attendance")
    own = {p.state for p in ctx.linked.persons[key].positions if p.state}
    for verb in ctx.doc[following.start:following.end]:
        objects = [obj for obj in verb.children if obj.dep_ == "dobj"
                   and obj.lemma_.lower() in words("delegation_words")]
        if verb.lemma_.lower() not in heading or not objects or not any(
                prep.dep_ == "prep" and prep.lower_ == "to" and prep.i > objects[0].i
                for prep in verb.subtree):
            continue  # "led the delegation to the committee"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # "Kuwaiti Minister of Foreign Affairs, NAME, led …": the name in apposition.
        head = person_of(ctx, subject) or next(
            (named for c in (subject.children if subject is not None else ())
             if c.dep_ == "appos" and (named := person_of(ctx, c))), None)
        states = {p.state for p in ctx.linked.persons[head].positions if p.state} \
            if head else set()
        if head and head != key and states and not states & own:
            return head
    return None


def _head_of_the_delegation(ctx: Context, clause: Clause, key: str) -> str | None:
    """ "NAME led a delegation to CITY … Later, the Governor received the delegation":
    "the delegation" the clause's verb has as its object is the one the story told before,
    met in its head, when the story names one head only (of another state than the one who
    met it)."""
    verb = clause.verb
    if ctx.doc is None or verb is None or not any(
            c.dep_ == "dobj" and c.lemma_.lower() == _DELEGATION
            and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
            and not any(d.dep_ in ("amod", "compound", "acl")
                        or d.dep_ == "prep" and d.lower_ in ("of", "from") for d in c.children)
            for c in verb.children):
        return None
    heads = {head for sentence in ctx.sentences if sentence.end <= clause.sentence.start
             for head in _delegation_heads(ctx, sentence)}
    own = {p.state for p in ctx.linked.persons[key].positions if p.state}
    if len(heads) != 1 or key in heads:
        return None
    head = heads.pop()
    states = {p.state for p in ctx.linked.persons[head].positions if p.state}
    return head if not states & own else None


def _delegation_heads(ctx: Context, sentence) -> set[str]:
    """Who the sentence says heads a delegation: "NAME arrived at the head of a
    delegation", "NAME led a delegation", "a delegation led by NAME"."""
    found = set()
    for token in ctx.doc[sentence.start:sentence.end]:
        if token.lemma_.lower() != _DELEGATION:
            continue
        holder = None
        if token.dep_ == "dobj" and token.head.lemma_.lower() in words("leading_verbs"):
            holder = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        elif token.dep_ == "pobj" and token.head.lower_ == "of" \
                and token.head.head.lemma_.lower() in words("leading_verbs") \
                and token.head.head.dep_ == "pobj":
            # "came at the head of a team of MPs": the subject of the verb above
            verb = governing_verb(token)
            holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        holders = [holder] if holder is not None else leaders_of(token)
        found |= {key for holder in holders if (key := person_of(ctx, holder))}
    return found


#: Words whose phrase names an event before or after the clause's own ("ahead of the
#: talks", "after the meeting").
_OTHER_TIME_WORDS = words("coming_event_words") | words("past_prepositions") | {"before"}


def _another_events_phrase(ctx: Context, char: int) -> set[int] | None:
    """The tokens of the phrase opening the sentence that the trigger at ``char`` stands in
    when it names an event at another time than the clause's ("Ahead of the online
    summit, …", "After the talks, …"), or None."""
    token = token_at(ctx, char)
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        if token.dep_ == "pobj":
            opener = token.head if token.head.lower_ in _OTHER_TIME_WORDS else token.head.head
            if opener.lower_ in _OTHER_TIME_WORDS and opener.i < opener.head.i \
                    and opener.head.pos_ in ("VERB", "AUX"):
                return {t.i for t in opener.subtree}
        token = token.head
    return None


#: "prepared", "preparing": a verb whose object is an event still to come
_PREPARING = frozenset(w for w in words("coming_event_words") if w.startswith("prepar"))


def _the_event_prepared(ctx: Context, char: int) -> set[int] | None:
    """The tokens of the event noun at ``char`` when it is what the sentence's verb
    prepares ("A and B prepared the meeting by telephone on Sunday": the call is the
    sentence's event, the meeting one to come), or None."""
    token = token_at(ctx, char)
    if token is None or token.dep_ != "dobj" or token.head.lower_ not in _PREPARING:
        return None
    # (its own words: the parser may hang "in a phone call" on the noun)
    return {token.i} | {t.i for c in token.children if c.dep_ != "prep" for t in c.subtree}


def _an_event_of_its_own(first: Clause, clause: Clause) -> bool:
    """A trigger in a clause of its own inside the first one's words ("spoke by
    telephone on 27 January, and met again on the margins of … in February"): its
    formats are its event's, not the first's."""
    return clause.tokens < first.tokens and len(clause.persons) >= 2 \
        or _another_time_conjoined(first, clause) or _another_object_conjoined(first, clause)


def _another_object_conjoined(first: Clause, clause: Clause) -> bool:
    """ "X met Y in Warsaw and phoned Z the same evening": a verb of meeting conjoined to
    the first trigger's, with a person of its own as its object, tells another event of
    the subject with that person (not "welcomed Y and valued her talks with Z": there the
    verb is no trigger)."""
    verb, head = clause.verb, first.verb
    return verb is not None and head is not None and verb.i != head.i \
        and clause.token is not None and clause.token.i == verb.i \
        and verb.dep_ == "conj" and _joined(verb, head) and len(clause.persons) >= 2 \
        and bool(set(clause.persons) - set(first.persons)) and has_an_object(verb)


def _another_time_conjoined(first: Clause, clause: Clause) -> bool:
    """ "X and Y spoke by phone on 21 May, and last met in February on the sidelines of
    …": a verb conjoined to the first trigger's, with a day or a period of its own, tells
    another event of the same persons (who may be named only once, before the first)."""
    verb, head = clause.verb, first.verb
    return verb is not None and head is not None and verb.i != head.i \
        and verb.dep_ == "conj" and _joined(verb, head) \
        and (clause.date is not None or clause.dated_to_a_period)


def _after_a_welcome(first: Clause, clause: Clause) -> bool:
    """ "Y will welcome X on the tarmac and give a dinner for him": a verb joined to a
    welcome on arrival, which is no meeting, tells the meeting that follows it."""
    verb, head = clause.verb, first.verb
    return verb is not None and head is not None and verb.i != head.i \
        and verb.dep_ == "conj" and _joined(verb, head) and _welcomed_on_arrival(first)


def _indirect(clause: Clause) -> bool:
    """ "five rounds of indirect talks between A and B": a mediator went between them."""
    token = clause.token
    return token is not None and any(
        child.dep_ in ("amod", "compound") and child.lower_ in words("indirect_words")
        for child in token.children)


def _shares_the_subject(clause: Clause) -> bool:
    """The clause's verb is joined by "and" to one before it and has no subject of its own."""
    verb = clause.verb
    # "… and that evening paid a call on Y": the parser may make the time its subject
    return verb is not None and verb.dep_ == "conj" and not any(
        child.dep_ in ("nsubj", "nsubjpass") and child.ent_type_ not in ("DATE", "TIME")
        and " ".join(t.lower_ for t in child.subtree) not in _DAY_PHRASES
        for child in verb.children)


#: "that evening", "the next day": a day, which the parser may make a verb's subject.
_DAY_PHRASES = frozenset(row["phrase"] for row in entries("relative_days"))


def _subject_of_chain(ctx: Context, clause: Clause) -> str | None:
    """The one person subject of the first verb of the chain the clause's verb is in."""
    top = _chain_top(clause.verb)
    subject = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and top.dep_ == "xcomp":
        # "X is due to call on A and to hold talks with B": the infinitives' subject is
        # the one of the verb they complete (a passive's too: "X is scheduled to …")
        subject = next((c for verb in (top.head, *top.head.ancestors) for c in verb.children
                        if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    keys = {key for ref in ctx.linked.refs if ref.start <= subject.i < ref.end
            for key in ref.persons}
    return keys.pop() if len(keys) == 1 else None


def _joined(verb, head) -> bool:
    """``verb`` is in the chain of verbs joined by "and" that holds ``head`` ("held talks
    with A that evening, led talks with B the following day and called on C on the 19th")."""
    return _chain_top(verb).i == _chain_top(head).i


def _chain_top(token):
    """The first of the words joined by "and" that ``token`` is one of."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _apart_from(ctx: Context, clause: Clause, char: int) -> bool:
    """The trigger at ``char`` tells an event counted days from the clause's."""
    token = token_at(ctx, char)
    return token is not None and token.i not in clause.tokens and some_time_apart(token)


def _in_clause(ctx: Context, clause: Clause, char: int) -> bool:
    """ "The call comes days after the ministers met": "the call" looks back, but from
    outside the clause of "met", which is another event."""
    token = token_at(ctx, char)
    return token is None or ctx.doc is None or token.i in clause.tokens


def _teller_and_told(ctx: Context, token) -> list[str] | None:
    """The subject and the person addressed of the sentence's verb of telling."""
    root = token.sent.root
    if root.lemma_.lower() not in REPORTING_VERBS or not any(
            child.dep_ == "ccomp" and token in child.subtree for child in root.children):
        return None  # only an event inside what was told
    subject = next((key for c in root.children if c.dep_ == "nsubj"
                    and (key := person_of(ctx, c))), None)
    told = next((key for c in root.children if c.dep_ in ("dobj", "dative")
                 and (key := person_of(ctx, c))), None)
    return [subject, told] if subject and told and subject != told else None


def _names_its_own_members(ctx: Context, char: int) -> bool:
    """ "The meeting of the G7 ministers", "talks between Chilean and Peruvian officials":
    the event noun names who met (a body, their states), and none of them is a person of
    the story: another event, not the one told before (whose participants "the meeting"
    would otherwise take).  "This meeting between the ministers" still looks back."""
    noun = token_at(ctx, char)
    if noun is None:
        return False
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in words("member_prepositions"):
            members = [token for obj in prep.children for token in noun_phrase(obj)]
            named = any(token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "NORP", "GPE")
                        for token in members)
            indices = {token.i for token in members}
            return named and not any(ref.persons and ref.start in indices
                                     for ref in ctx.linked.refs)
    return False


def _addressees(ctx: Context, speaker: str, earlier: list[Meeting]) -> list[str]:
    """Whom a speaker talks to: the others of the latest meeting with them, else the
    most mentioned other person."""
    for meeting in reversed(earlier):
        if speaker in meeting.participants:
            return sorted(meeting.participants - {speaker})
    return ctx.linked.salient(1, exclude={speaker})


def merge_meetings(meetings: list[Meeting]) -> list[Meeting]:
    """Fold meetings with the same date, participants, phase and status into one, and an
    expanded session into the meeting of the same day it followed.

    An undated mention ("X and Y will meet next week") joins the one dated
    meeting of the same people, phase and status, if there is exactly one.
    """
    merged: dict[tuple, Meeting] = {}
    for meeting in meetings:
        key = (meeting.date, meeting.participants, meeting.phase, meeting.status)
        if key in merged:
            _absorb(merged[key], meeting)
        else:
            merged[key] = meeting
    # "A one-on-one, then talks with the delegations": the expanded session is part of the
    # same occasion, one meeting of the principals (aides who join it are no participants).
    for key, meeting in list(merged.items()):
        if meeting.phase != "expanded":
            continue
        mains = [m for k, m in merged.items() if m.phase == "main" and (k[0], k[3]) ==
                 (key[0], key[3]) and m.participants <= meeting.participants]
        if len(mains) == 1:
            _absorb(mains[0], meeting)
            del merged[key]
    # One call reported twice ("held a phone call", "the two spoke"): the talk without a
    # format joins the call of the same people, day and status.
    for key, meeting in list(merged.items()):
        if meeting.phase != "main" or "one-on-one" in meeting.formats \
                or _SIDELINES in meeting.formats:
            continue  # (talks on a gathering's sidelines were held there, not by phone)
        calls = [m for k, m in merged.items() if m.phase in ("phone", "video")
                 and (k[0], k[1], k[3]) == (key[0], key[1], key[3])]
        if len(calls) == 1:
            _absorb(calls[0], meeting)
            del merged[key]
    for key, meeting in list(merged.items()):
        if (meeting.date is not None and not meeting.assumed_date) or meeting.dated_to_a_period:
            continue  # "their talks in Lima last November" is another occasion
        # "… the meeting served to strengthen ties": a meeting dated only by the story's
        # day is the one meeting of the same people the text dates.
        # (a headline's "talks with X" are the talks the body dates, even when it tells
        # them in an expanded format)
        # ("… had last seen each other in Quito in early May": an occasion weeks before is
        # no candidate beside the one of the story's days)
        dated = [m for k, m in merged.items() if m.date is not None and not m.assumed_date
                 and k[1:] == key[1:] and m is not meeting
                 and not _another_occasion(meeting, m)] or [
            m for k, m in merged.items() if m.date is not None and not m.assumed_date
            and (k[1], k[3]) == (key[1], key[3]) and (key[2], k[2]) == ("main", "expanded")
            and "one-on-one" not in meeting.formats and meeting.assumed_date
            and not _another_occasion(meeting, m)]
        if not dated and meeting.phase == "main" and not meeting.formats \
                and meeting.place is None and meeting.venue is None:
            # "X and Y discuss storms and flights" (a headline, no day, place or format of
            # its own) over "X phoned Y on Monday": that call, of the day
            # before at most (not one days earlier "to prepare Thursday's meeting")
            dated = [m for k, m in merged.items() if m.date is not None and not m.assumed_date
                     and m.phase in _REMOTE_PHASES and (k[1], k[3]) == (key[1], key[3])
                     and meeting.date is not None and 0 <= (meeting.date - m.date).days <= 1]
        if len(dated) == 1:
            _absorb(dated[0], meeting)
            del merged[key]
    # "X and Y will meet on Saturday … The meeting was set for March 1 but was pushed
    # back": one meeting, put off to the day still to come, told in the sentence before.
    for key, meeting in list(merged.items()):
        if meeting.status != "postponed":
            continue
        before = [m for k, m in merged.items() if k[3] == "planned" and k[1:3] == key[1:3]
                  and m.evidence.end <= meeting.evidence.start
                  and meeting.evidence.start - m.evidence.end <= _NEXT_SENTENCE]
        if before:
            kept = max(before, key=lambda m: m.evidence.end)
            kept.status = "postponed"
            _absorb(kept, meeting)
            del merged[key]
    # "X is due to talk to Y by phone later today" and, some hours on, their
    # call: a live page's plan of a call that came true (told before or after it, as the
    # page runs newest first or last) is the held call, not a plan besides it.  So is "X
    # and Y are expected to hold talks this afternoon" above "their talks lasted an hour"
    # (a story updated as the day went on); not "X called on Y this morning; Y will host a
    # banquet for X tonight", a plan told after the meeting held.
    for key, meeting in list(merged.items()):
        if meeting.status == "planned" and meeting.date is not None \
                and not meeting.assumed_date and any(
                    m.status == "held" and m.participants == meeting.participants
                    and m.date == meeting.date and m.phase == meeting.phase
                    and (m.phase in _REMOTE_PHASES
                         or m.evidence.start > meeting.evidence.start)
                    for m in merged.values()):
            del merged[key]
    return [m for m in merged.values() if not _told_as_its_parts(m, merged.values())]


def _told_as_its_parts(meeting: Meeting, meetings) -> bool:
    """ "X discusses energy with A, B in Tirana", a title over "X held bilateral talks
    with A and with B": the two talks the text tells after it, not a meeting of three (a
    meeting of its own day or format, a summit's, stays)."""
    if meeting.status != "held" or meeting.phase != "main" or meeting.formats \
            or not meeting.assumed_date or len(meeting.participants) < 3:
        return False
    parts = [m for m in meetings if m is not meeting and m.status == "held"
             and m.participants < meeting.participants and m.date == meeting.date
             and m.evidence.start > meeting.evidence.start]
    return len(parts) >= 2 and bool(frozenset.intersection(*(m.participants for m in parts))) \
        and frozenset().union(*(m.participants for m in parts)) == meeting.participants


#: Characters between the end of one sentence and the start of the next (a paragraph
#: break and its blanks).
_NEXT_SENTENCE = 3


#: How many days before the story's day a dated meeting may still be the story's own.
_OWN_DAYS = 7


def _another_occasion(undated: Meeting, dated: Meeting) -> bool:
    """ "They held talks at the palace … They last met in Bucharest on 26 May": a meeting
    the text dates weeks before the story's day, or in another place, is not the one told
    without a date."""
    if undated.date is not None and (undated.date - dated.date).days > _OWN_DAYS:
        return True
    return undated.place is not None and dated.place is not None \
        and undated.place.name != dated.place.name


def _absorb(kept: Meeting, other: Meeting) -> None:
    kept.formats |= other.formats
    kept.stay_day = kept.stay_day or other.stay_day
    kept.place = kept.place or other.place
    kept.venue = kept.venue or other.venue
    kept.host = kept.host or other.host
    kept.guest = kept.guest or other.guest


def meetings_of_signings(ctx: Context, meetings: list[Meeting], agreements) -> list[Meeting]:
    """Leaders of two states who presided over or witnessed a signing together met there: a
    meeting of them on that day, unless the story tells a meeting of the same persons."""
    added: list[Meeting] = []
    known = {(m.participants, m.date, m.dated_to_a_period) for m in meetings}
    for agreement in agreements:
        offices = {key: _offices_held(ctx, key) for key in agreement.signatories}
        signing_heads = frozenset(
            key for key in agreement.signatories
            if any(_role_kind(ctx, p.role) in ("head_of_state", "head_of_government")
                   for p in offices[key]))
        if agreement.witnesses and len(signing_heads) >= 2:
            continue  # leaders signed "in the presence of" others: theirs is the occasion
        leaders = agreement.witnesses or signing_heads
        at_talks = _NAMES_A_MEETING.search(agreement.evidence.text) is not None
        signers_met = len(leaders) < 2 and at_talks and len(agreement.signatories) == 2 \
            and _talks_of_the_signers(ctx, agreement)
        if signers_met:
            # "A and B signed the memorandum after two hours of talks": the two who signed
            # met, whatever their offices
            leaders = frozenset(agreement.signatories)
        states = {p.state for key in leaders
                  for p in offices.get(key) or ctx.linked.persons[key].positions if p.state}
        if agreement.status not in ("held", "planned") or len(leaders) < 2 or len(states) < 2:
            continue
        if agreement.status == "held" and len(leaders) > 2:
            # "the four heads of government signed the declaration", "ministers signed
            # before the three presidents": a summit's signing, no meeting of the leaders
            # the story tells (where it tells one, another sentence does)
            continue
        if agreement.status == "planned":
            # "X will travel to CITY on DAY, and the two leaders will sign an agreement that
            # day": leaders of two states who are to sign together are to meet
            if signing_heads == leaders and len(leaders) == 2 and not agreement.witnesses \
                    and not any(leaders <= m.participants for m in meetings + added):
                added.append(Meeting(frozenset(leaders), agreement.date, agreement.evidence,
                                     {"signing ceremony"}, agreement.place, status="planned",
                                     rule="meetings:signing"))
            continue
        # Not when the same persons met in the story (on whatever day the text gives it):
        # the signing closed that occasion ("after which the two signed …", "In the
        # presence of the two Presidents, the ministers signed …"); but a signing "at the
        # end of talks" closed talks of its own day, not a meeting the text dates to
        # another time ("… last met in X in September").
        if any(leaders <= participants and (day == agreement.date or None in (day,))
               and not (at_talks and period) for participants, day, period in known) or any(
                leaders <= m.participants for m in meetings
                if m.status == "held" and m.phase not in ("phone", "video")
                and not (at_talks and _of_another_time(m, agreement.date))):
            continue
        known.add((leaders, agreement.date, False))
        added.append(Meeting(frozenset(leaders), agreement.date, agreement.evidence,
                             {"signing ceremony"}, agreement.place,
                             rule="meetings:signers" if signers_met else "meetings:signing"))
    return added


_NAMES_A_MEETING = re.compile(r"\b" + alternation("meeting_nouns") + r"\b", re.IGNORECASE)


def _talks_of_the_signers(ctx: Context, agreement) -> bool:
    """ "A and B signed the memorandum after two hours of talks": talks of their own, not
    "the talks" told before (those of the leaders they served), in a sentence that names
    no one but the two signers."""
    if ctx.doc is None:
        return False
    span = ctx.doc.char_span(agreement.evidence.start, agreement.evidence.end,
                             alignment_mode="expand")
    if span is None:
        return False
    named = {key for ref in ctx.linked.refs_between(span.start, span.end)
             for key in ref.persons}
    return named <= set(agreement.signatories) and any(
        token.lower_ in _MEETING_NOUNS and _after_talks_of_their_own(token) for token in span)


def _after_talks_of_their_own(token) -> bool:
    """ "after talks at X", "after two hours of talks", "after a meeting of two hours", "in
    a session of their own" (not "after the talks", "following the round of talks": those told
    before)."""
    while True:
        if any(child.dep_ in ("det", "poss") and child.lower_ in _THE_TALKS
               for child in token.children):
            return False
        if token.dep_ != "pobj":
            return False
        preposition = token.head
        if preposition.lower_ in ("after", "following"):
            return True
        if preposition.lower_ in ("in", "at", "during") and any(
                child.dep_ == "det" for child in token.children):
            return True  # "In a session of their own that day, A and B signed …"
        if preposition.lower_ != "of" or preposition.head.pos_ != "NOUN":
            return False
        token = preposition.head  # "two hours of talks": the hours


_MEETING_NOUNS = frozenset(words("meeting_nouns"))
#: Words that make "the talks" the ones told before ("the", "their", "this").
_THE_TALKS = frozenset(words("determiners")) | frozenset(forms("anaphora", "events", "word"))


def _of_another_time(meeting: Meeting, day) -> bool:
    """ "… last met in X in September": a meeting the text dates to a period, or to a day
    weeks from ``day``, is another occasion than the one of that day."""
    if meeting.dated_to_a_period:
        return True
    return meeting.date is not None and day is not None \
        and abs((meeting.date - day).days) > _OWN_DAYS


def _offices_held(ctx: Context, key: str) -> set:
    """The offices the story states for the person, else ("Vladimir Putin and President
    of Iran X signed …") the ones the world data gives the name on the story's day."""
    person = ctx.linked.persons[key]
    if person.positions or ctx.story_date is None:
        return set(person.positions)
    return offices_known_on(ctx.world, person.name, ctx.story_date)


def _role_kind(ctx: Context, role: str) -> str | None:
    info = ctx.world.title(role)
    return info.kind if info else None
