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

import datetime as dt
import re

from .context import Context, Sentence, place_of_hit
from .dates import WEEKDAYS, names_a_period
from .facts import Meeting, PlaceRef, Span, Visit
from .rules import (
    alternation,
    forms,
    forms_alternation,
    marked,
    one_of,
    quote_pairs,
    rules,
    table,
    values,
    words,
)

_QUOTED = re.compile("|".join(f"{re.escape(open_)}[^{re.escape(close)}]*{re.escape(close)}"
                              for open_, close in quote_pairs("status")))
_WE = re.compile(r"\b" + one_of(marked("pronouns", "we")) + r"\b", re.IGNORECASE)
_ANAPHORIC = re.compile(r"\b" + forms_alternation("anaphora", "events", "word") + " "
                        + alternation("meeting_nouns") + r"\b", re.IGNORECASE)


def status_of(text: str) -> str:
    """"planned", "cancelled" or "held", from the status patterns in the text.

    Quoted words are left out: "we will..." in a quote says nothing of the event reported.
    """
    text = _QUOTED.sub(" ", text)
    for rule in rules("status"):
        if rule.pattern.search(text):
            return rule.values["status"]
    return "held"


#: Prepositions that put the event they govern before the one the clause reports:
#: "since Trong's visit to Beijing" is past whatever "will meet" says.
_PAST_PREPOSITIONS = words("past_prepositions")
#: Verbs whose object is received: "X hosted Y" (lemmas).
_HOSTING_VERBS = frozenset(values("hosting_verbs", "lemma"))


def token_at(ctx: Context, char: int):
    """The token of the parsed story at character ``char``, or None (no parse, or blank)."""
    if ctx.doc is None:
        return None
    piece = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return piece[0] if piece is not None and len(piece) else None


def _negated(ctx: Context, char: int) -> bool:
    """The trigger's verb is negated: "did not meet", "held no talks"."""
    token = token_at(ctx, char)
    if token is None:
        return False
    if any(child.dep_ == "det" and child.lower_ == "no" for child in token.children):
        return True
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(child.dep_ == "neg" for child in verb.children) or any(
        child.dep_ == "det" and child.lower_ in ("no", "any") and child.head.i == token.i
        for child in token.children)


def _welcomed_on_arrival(ctx: Context, char: int) -> bool:
    """ "X was met at the airport by Y": a welcome on arrival, not a meeting."""
    verb = token_at(ctx, char)
    if verb is None:
        return False
    passive = any(child.dep_ == "auxpass" for child in verb.children)
    return passive and any(t.lemma_.lower() in words("greeting_places")
                           for t in verb.subtree)


def _received_a_thing(ctx: Context, char: int) -> bool:
    verb = token_at(ctx, char)
    if verb is None or verb.lemma_.lower() not in _HOSTING_VERBS:
        return False
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    if not objects or any(obj.lemma_.lower() in ("call", "phone", "visit") for obj in objects):
        return False  # "received a phone call from X" is a call
    persons = {i for ref in ctx.linked.refs for i in range(ref.start, ref.end)}

    def phrase(token):
        # The object phrase, not what it says came from or was about ("a letter from X").
        yield token
        for child in token.children:
            if not (child.dep_ == "prep" and child.lower_ in words("source_prepositions")):
                yield from phrase(child)

    return not any(t.i in persons for obj in objects for t in phrase(obj))


#: Adjectives that make the event noun they modify a planned one.
_PLANNED_WORDS = re.compile(r"\b" + alternation("planned_words") + r"\b", re.IGNORECASE)


def event_status(ctx: Context, sentence: Sentence, char: int) -> str:
    """Status of the event whose trigger word starts at ``char``.

    Read from the verb that governs the trigger and the verbs it depends on
    ("are expected to sign", "has postponed a visit", "will meet"), not from the
    whole sentence, so a past visit named in a sentence about a planned meeting
    stays held.
    """
    token = token_at(ctx, char)
    if token is None:
        return status_of(sentence.text)
    # "his upcoming visit", "the planned talks", "the postponed summit": the event noun's
    # own modifiers say it first.
    modifiers = " ".join(c.text for c in token.children if c.dep_ in ("amod", "compound"))
    if modifiers and (status := status_of(_PLANNED_WORDS.sub("will", modifiers))) != "held":
        return status
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        if token.dep_ == "pobj" and token.head.lower_ in _PAST_PREPOSITIONS:
            return "held"
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return status_of(sentence.text)
    # A headline's "X to pay a state visit", "Leaders to meet": the infinitive at the top
    # of the sentence announces the event.
    if token.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return "planned"
    words = []
    for _ in range(3):
        words += [c for c in token.children
                  if c.dep_ in ("aux", "auxpass", "neg", "prt")] + [token]
        if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
            break
        token = token.head
    status = status_of(" ".join(t.text for t in sorted(words, key=lambda t: t.i)))
    if status == "held":
        # "is due to have a telephone conversation", "is expected to hold talks": the
        # words just before the trigger, when the parse hangs them elsewhere.
        before = ctx.text[max(sentence.char_start, char - 40):char]
        status = status_of(before.rsplit(",", 1)[-1])
    return status


def _evidence(sentence: Sentence) -> Span:
    return Span(sentence.char_start, sentence.char_start + len(sentence.text), sentence.text)


def clause_tokens(ctx: Context, sentence: Sentence, char: int) -> set[int]:
    """Token indices of the clause around the character ``char``.

    The clause is the subtree of the nearest verb above the trigger that has a
    subject of its own, so in "the spokesman said the two leaders spoke by
    phone" the spokesman is outside the clause of "spoke".
    """
    doc = ctx.doc
    piece = doc.char_span(char, char + 1, alignment_mode="expand") if doc is not None else None
    if piece is None or len(piece) == 0:
        return set(range(sentence.start, sentence.end))
    head = piece[0]
    while True:
        if head.pos_ in ("VERB", "AUX") and any(
                child.dep_ in ("nsubj", "nsubjpass", "expl") for child in head.children):
            break
        if head.head.i == head.i or head.head.i < sentence.start or head.head.i >= sentence.end:
            break
        head = head.head
    return {token.i for token in head.subtree}


def _clause_persons(ctx: Context, sentence: Sentence, tokens: set[int],
                    trigger: int | None = None) -> list[str]:
    """Persons of the clause: named or described as its verb's own subject, object or
    company, not inside a clause of their own ("…to prepare the leaders' call")."""
    verbs = _clause_verbs(ctx, tokens, trigger) if ctx.doc is not None and trigger else None
    persons: list[str] = []
    counted: list[str] = []
    count = None
    for ref in ctx.linked.refs_between(sentence.start, sentence.end):
        if verbs is not None and _governing_verb(ctx.doc[ref.start]) not in verbs:
            continue
        if ctx.doc is not None and (_attendee(ctx.doc[ref.start]) or (
                _reporter(ctx.doc[ref.end - 1], trigger, ctx)
                and all(_aide(ctx, key) for key in ref.persons))):
            continue
        if ref.start in tokens:
            described = ref.description is not None and ref.description.plural
            if described and ctx.doc is not None \
                    and ctx.doc[ref.start].ent_type_ in _NAMED_THINGS:
                continue  # "the Commonwealth Heads of Government Meeting": a name
            if described and ref.description.count:
                count = ref.description.count
            for key in ref.persons:
                if key not in persons and key != ctx.linked.author:
                    (counted if described else persons).append(key)
    # "During the meeting with X, the two leaders discussed…": those the clause names come
    # first, "the two leaders" fills the rest up to the count it states.
    if trigger is not None and ctx.doc is not None and _series(token_at(ctx, trigger)):
        # "held a series of meetings with heads of government": a group, not the leaders
        # the story named before.
        return persons
    for key in counted:
        if count is not None and len(persons) >= count:
            break
        if key not in persons:
            persons.append(key)
    return persons


#: Entity labels of names that hold words of offices ("Heads of Government Meeting",
#: "Council of Ministers"): such words are part of the name, not persons.
_NAMED_THINGS = frozenset({"ORG", "EVENT", "FAC", "WORK_OF_ART", "LAW"})


def _series(token) -> bool:
    """The event noun is a plural of countable events ("meetings", "calls"): several
    events, not one ("talks" is one event)."""
    return token is not None and token.tag_ == "NNS" \
        and token.lemma_.lower() in ("meeting", "call", "session")


_REPORTING_VERBS = frozenset(forms("speech_verbs", "reporting", "lemma"))


def _reporter(token, trigger: int | None, ctx: Context) -> bool:
    """ "X's press secretary told reporters about the informal meeting": the subject of a
    verb of telling whose object holds the meeting is its reporter, not a participant."""
    while token.dep_ in ("appos", "compound") and token.head.i != token.i:
        token = token.head  # "press secretary NAME told …": the title is the subject
    if trigger is None or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    if verb.lemma_.lower() not in _REPORTING_VERBS:
        return False
    event = token_at(ctx, trigger)
    return event is not None and event.i != verb.i and verb in event.ancestors


def _aide(ctx: Context, key: str) -> bool:
    """A spokesperson, press secretary or adviser: someone who tells of meetings."""
    positions = ctx.linked.persons[key].positions if key in ctx.linked.persons else set()
    infos = [ctx.world.title(p.role) for p in positions]
    return bool(infos) and all(info is not None and info.kind == "official"
                               and info.rank <= 20 for info in infos)


def _attendee(token) -> bool:
    """A person who attended, accompanied or was present ("the talks were attended by X",
    "in the presence of X"): not a participant of the meeting."""
    attendance = words("attendance")
    for ancestor in [token, *list(token.ancestors)[:6]]:
        if ancestor.lemma_.lower() in attendance:
            return True
        if ancestor.pos_ in ("VERB", "AUX") and not _modifier_verb(ancestor):
            return any(child.lemma_.lower() in attendance and child.dep_ in ("acomp", "attr")
                       for child in ancestor.children)
    return False


def _after_in_or_at(doc, sentence: Sentence, token_i: int) -> bool:
    before = [t for t in doc[max(sentence.start, token_i - 4):token_i]]
    while before and before[-1].lower_ in words("place_lead_words"):
        before.pop()
    if not before:
        return False
    last = before[-1]
    return last.lower_ in ("in", "at") or (
        last.lower_ == "to" and last.head.lemma_.lower() in words("travel_verbs"))


def located_places(ctx: Context, sentence: Sentence, tokens: set[int], trigger: int
                   ) -> tuple[PlaceRef | None, PlaceRef | None]:
    """Where a clause says its event happened: (city or region, venue).

    Only places hanging on the clause's own verb or on the trigger's count
    ("held talks in Nairobi", "was received at the Akorda in Astana"), not those of
    clauses inside it ("…barriers that keep drivers waiting at the border posts").
    A place the gazetteer lacks is taken from spaCy's entities ("in Meseberg").
    """
    doc = ctx.doc
    if doc is None:
        return next((place for token_i, place in zip(sentence.place_tokens, sentence.places,
                                                      strict=True) if token_i in tokens),
                    None), None
    verbs = _clause_verbs(ctx, tokens, trigger)
    candidates = [(token_i, place) for token_i, place in zip(sentence.place_tokens,
                                                             sentence.places, strict=True)]
    known = {hit.start for hit in ctx.mentions.hits}
    facilities = set()
    for ent in doc[sentence.start:sentence.end].ents:
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.start not in known:
            name = ent.text.removeprefix("the ").strip()
            dateline = ctx.dateline
            candidates.append((ent.start, dateline if dateline and dateline.name == name
                               else PlaceRef(name)))
            if ent.label_ == "FAC":
                facilities.add(ent.start)  # a building the gazetteer lacks is a venue
    city = venue = None
    for token_i, place in sorted(candidates, key=lambda c: c[0]):
        # "welcomed X to Bern": a host's verb names the place with "to".
        welcomed_to = token_i > 0 and doc[token_i - 1].lower_ == "to" \
            and doc[token_i - 1].head.lemma_.lower() in _HOSTING_VERBS
        if token_i not in tokens or not (welcomed_to or _after_in_or_at(doc, sentence, token_i)) \
                or _governing_verb(doc[token_i]) not in verbs:
            continue
        info = ctx.world.locality(place.name)
        kind = info.kind if info else ("venue" if token_i in facilities else "city")
        if kind in ("river", "sea"):
            continue
        if kind == "venue":
            venue = venue or place
            # "at the Merdeka Palace, Jakarta": the city written after the venue.
            after = next((p for i, p in candidates if token_i < i <= token_i + 6
                          and doc[i - 1].text == "," and (ctx.world.locality(p.name) is None
                          or ctx.world.locality(p.name).kind in ("city", "capital", "town"))),
                         None)
            city = city or after
        else:
            city = city or place
    return city, venue


def _clause_verbs(ctx: Context, tokens: set[int], trigger: int) -> set:
    doc = ctx.doc
    heads = {_governing_verb(doc[i]) for i in tokens}
    top = min(heads, key=lambda t: len(list(t.ancestors)))
    piece = doc.char_span(trigger, trigger + 1, alignment_mode="expand")
    own = _governing_verb(piece[0]) if piece is not None and len(piece) else top
    return {top, own}


def _forward_if_planned(ctx: Context, date, status: str):
    """"will meet on Friday": a bare weekday of a planned event is the coming one, not
    the one before publication."""
    if status != "planned" or date is None or ctx.published is None:
        return date
    if 0 < (ctx.published - date).days < 7:
        return date + dt.timedelta(days=7)
    return date


def _governing_verb(token):
    while (token.pos_ not in ("VERB", "AUX") or _modifier_verb(token)) \
            and token.head.i != token.i:
        token = token.head
    return token


def _modifier_verb(token) -> bool:
    """ "talks with visiting Foreign Minister X": a participle that only describes the
    person; the verb the person hangs on is the one above it."""
    return token.lower_ in words("modifier_verbs") \
        and token.dep_ in ("pcomp", "amod", "acl", "compound")


def _clause_date(ctx: Context, sentence: Sentence, tokens: set[int], trigger: int | None = None):
    """The date of the clause's own verb ("held talks … on Tuesday"), before dates of
    clauses inside it ("who arrived on Monday"), before the sentence's first date.  A date
    of another event the clause names ("…, following a meeting of the ministers on 18
    May") is that event's: with only such dates, the clause states none."""
    inside = [(token_i, day) for token_i, _, day in sentence.date_expressions
              if day and token_i in tokens]
    if ctx.doc is not None and trigger is not None and inside:
        own = [(token_i, day) for token_i, day in inside
               if not _of_another_event(ctx, token_i, trigger)]
        if not own:
            return None
        inside = own
    if ctx.doc is not None and inside:
        heads = {_governing_verb(ctx.doc[i]) for i in tokens}
        top = min(heads, key=lambda t: len(list(t.ancestors)))
        for token_i, day in inside:
            if _governing_verb(ctx.doc[token_i]) == top:
                return day
    if inside:
        return inside[0][1]
    if ctx.doc is not None and trigger is not None:
        # "…, a statement said today": the day of the telling, not of the event.
        told = [day for token_i, _, day in sentence.date_expressions if day
                and _governing_verb(ctx.doc[token_i]).lemma_.lower() in _REPORTING_VERBS]
        if told and sentence.date in told:
            return None
    return sentence.date


def _noun_phrase(token) -> list:
    """The token and its modifiers and conjuncts, without phrases hanging on it ("the
    ministers [in Kigali]")."""
    phrase = [token]
    for child in token.children:
        if child.dep_ not in ("prep", "relcl", "acl", "punct", "appos"):
            phrase.extend(_noun_phrase(child))
    return phrase


_EVENT_NOUNS = frozenset(words("meeting_nouns"))


def _of_another_event(ctx: Context, token_i: int, trigger: int) -> bool:
    """The date at ``token_i`` hangs on an event noun other than the trigger's own."""
    own = token_at(ctx, trigger)
    for ancestor in ctx.doc[token_i].ancestors:
        if own is not None and ancestor.i == own.i:
            return False
        if ancestor.pos_ in ("VERB", "AUX") and not _modifier_verb(ancestor):
            return False
        if ancestor.pos_ == "NOUN" and ancestor.lemma_.lower() in _EVENT_NOUNS:
            return True
    return False


_TALKED_WITH = re.compile(r"\b" + alternation("talk_verbs") + r"\s+(?:with|to)\b",
                          re.IGNORECASE)


def _talks_by_phone(ctx: Context, meetings: list[Meeting]) -> None:
    """ "X spoke with Y" with no place, venue or format: a call.  Readouts say "spoke
    with" for a call and often never name the phone; talks in person have a place or a
    setting ("on the sidelines"), and a place found later in the story is not looked at."""
    phone = [r for r in rules("meetings") if r.values["phase"] == "phone"]
    for meeting in meetings:
        if meeting.phase == "main" and not meeting.formats and meeting.place is None \
                and meeting.venue is None and meeting.status == "held" \
                and _TALKED_WITH.search(meeting.evidence.text):
            meeting.phase = "phone"
            meeting.formats.add(phone[0].values["format"])


_DATED_REFERENCE = re.compile(r"\bthe (?P<day>" + "|".join(WEEKDAYS) + r")(?:'s|’s)? "
                              + alternation("meeting_nouns") + r"\b", re.IGNORECASE)


def _date_from_dated_reference(ctx: Context, meetings: list[Meeting]) -> None:
    """ "During the Thursday meeting, …": the one meeting dated only by the story's day
    took place on that day."""
    assumed = [m for m in meetings if m.assumed_date and m.status == "held"]
    if len({m.participants for m in assumed}) != 1:
        return
    for sentence in ctx.sentences:
        match = _DATED_REFERENCE.search(ctx.narrated(sentence))
        if match is None:
            continue
        day = next((d for _, text, d in sentence.date_expressions
                    if d and match["day"].lower() in text.lower()), None)
        if day is not None:
            for meeting in assumed:
                meeting.date, meeting.assumed_date = day, False
            return


def _dated_to_a_period(ctx: Context, sentence: Sentence, tokens: set[int]) -> bool:
    """ "… met in Sochi in the preceding week", "shortly after taking office in January,
    X spoke with Y": a day the clause does not give is unknown, not the story's day. A
    period dating a clause about someone ("Y, who last month hosted …", "his first since
    the leader won … last month") leaves the meeting's day alone."""
    for token_i, text, day in sentence.date_expressions:
        if day is not None or token_i not in tokens or not names_a_period(text):
            continue
        if ctx.doc is None:
            return True
        verb = _governing_verb(ctx.doc[token_i])
        if verb.dep_ in ("relcl", "acl") or (verb.dep_ == "advcl"
                                             and verb.head.pos_ not in ("VERB", "AUX")):
            continue
        return True
    return False


def find_meetings(ctx: Context) -> list[Meeting]:
    """Meetings of the story, one per (date, participants, phase), formats merged."""
    meetings: list[Meeting] = []
    # "On Thursday the Prime Minister held meetings with the leaders of A, B and C." names
    # no two persons, but dates the meetings the next sentences tell one by one ("During
    # the meeting with X, …"), and its subject is the one who met each of them ("In the
    # meeting with X, ties were discussed").
    summary_date = summary_host = None
    for sentence in ctx.sentences:
        found = [(match.start(), rule) for rule in rules("meetings")
                 if (match := rule.pattern.search(sentence.text))]
        if not found:
            continue
        matched = [rule for _, rule in found]
        trigger = sentence.char_start + min(start for start, _ in found)
        tokens = clause_tokens(ctx, sentence, trigger)
        participants = _principals(ctx, _participants(ctx, sentence, tokens, meetings,
                                                      trigger))
        if len(participants) == 1 and summary_host not in (None, participants[0]) \
                and _definite(ctx, trigger):
            participants = [summary_host, participants[0]]
        if len(participants) < 2:
            if event_status(ctx, sentence, trigger) == "held" \
                    and (day := _clause_date(ctx, sentence, tokens, trigger)):
                summary_date = day
                # "the Prime Minister held meetings …" left unlinked: the story's protagonist
                summary_host = (participants or ctx.linked.salient(1) or [None])[0] \
                    if _series(token_at(ctx, trigger)) else None
            continue
        if _negated(ctx, trigger) or _received_a_thing(ctx, trigger) \
                or _welcomed_on_arrival(ctx, trigger):
            continue  # "did not hold any meeting with X", "received a letter from X"
        status = event_status(ctx, sentence, trigger)
        if meetings and set(participants) == meetings[-1].participants \
                and len(_clause_persons(ctx, sentence, tokens, trigger)) < 2 \
                and status == meetings[-1].status and not sentence.date_expressions \
                and _definite(ctx, trigger):
            # "… told reporters about the informal meeting": the meeting told before, once
            # more; what this sentence adds about it joins it.
            for _, formats in _sessions(matched):
                meetings[-1].formats |= set(formats)
            continue
        stated = _clause_date(ctx, sentence, tokens, trigger)
        if stated is None and summary_date and status == "held" and _definite(ctx, trigger):
            stated = summary_date
        elif stated is not None:
            summary_date = summary_host = None
        date = stated or (ctx.story_date if status == "held"
                          and not _dated_to_a_period(ctx, sentence, tokens) else None)
        date = _forward_if_planned(ctx, date, status)
        place, venue = located_places(ctx, sentence, tokens, trigger)
        host, guest = _host_and_guest(ctx, sentence, tokens, trigger, participants)
        for phase, formats in _sessions(matched):
            for group in _separately(ctx, sentence, tokens, participants):
                meetings.append(Meeting(frozenset(group), date, _evidence(sentence),
                                        set(formats), place, status, phase,
                                        rule=matched[0].name, venue=venue,
                                        host=host if host in group else None,
                                        guest=guest if guest in group else None,
                                        assumed_date=stated is None and date is not None))
    _date_from_dated_reference(ctx, meetings)
    _talks_by_phone(ctx, meetings)
    return merge_meetings(meetings)


def _definite(ctx: Context, char: int) -> bool:
    """The event noun at ``char`` is definite ("told of the informal meeting", "about that
    call") and not the subject of a verb of its own: it names an event told before."""
    token = token_at(ctx, char)
    if token is None:
        return False
    if token.dep_ in ("amod", "compound"):
        token = token.head  # "the [informal] meeting"
    elif token.pos_ not in ("NOUN", "PROPN"):
        token = next((t for t in token.rights if t.pos_ == "NOUN"), token)
    if token.dep_ in ("nsubj", "nsubjpass"):
        return False  # "The meeting then continued in an expanded format": a new session
    return any(child.dep_ == "det" and child.lower_ in ("the", "this", "that")
               for child in token.children)


def _host_and_guest(ctx: Context, sentence: Sentence, tokens: set[int], trigger: int,
                    participants: list[str]) -> tuple[str | None, str | None]:
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

    for i in sorted(tokens):
        token = doc[i]
        if token.lower_ == "visiting" and _modifier_verb(token):
            guest = person(token.head) if token.dep_ == "amod" else next(
                (person(c) for c in token.children if c.dep_ in ("dobj", "pobj")), None)
            guest = guest or next((key for ref in ctx.linked.refs if ref.start > i
                                   and ref.start - i <= 6 and len(ref.persons) == 1
                                   for key in ref.persons if key in participants), None)
            if guest:
                return next(k for k in participants if k != guest), guest
    piece = doc.char_span(trigger, trigger + 1, alignment_mode="expand")
    if piece is None or not len(piece) or piece[0].lemma_.lower() not in _HOSTING_VERBS:
        return None, None
    verb = piece[0]
    subject = next((person(c) for c in verb.children if c.dep_ == "nsubj"), None)
    received = next((person(c) for c in verb.children if c.dep_ == "dobj"), None)
    if subject and received and subject != received:
        return subject, received
    return None, None


_INVITING_VERBS = frozenset(words("invitation_verbs"))
_VISIT_NOUNS = frozenset(words("visit_nouns"))


def invited_visits(ctx: Context, visits: list[Visit]) -> list[Visit]:
    """ "X invited Y for a return visit", "X looks forward to hosting Y for a state visit
    soon": a planned visit of Y to X's state.  The clause names no destination (a visit
    "to Z" is read by :func:`find_visits`); the host is the state X holds office for."""
    doc = ctx.doc
    if doc is None:
        return []
    found = {(v.guest, v.host) for v in visits}
    added: list[Visit] = []
    for sentence in ctx.sentences:
        for verb in doc[sentence.start:sentence.end]:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _INVITING_VERBS \
                    or not _asks_for_a_visit(verb):
                continue
            guest = _person_of(ctx, next((c for c in verb.children if c.dep_ == "dobj"), None))
            host = _person_of(ctx, _subject_above(verb))
            if guest is None or host is None or guest == host:
                continue
            states = {p.state for p in ctx.linked.persons[host].positions
                      if p.state and not p.former}
            guest_states = {p.state for p in ctx.linked.persons[guest].positions if p.state}
            if len(states) != 1 or states & guest_states or (guest, *states) in found:
                continue
            status = event_status(ctx, sentence, doc[verb.i].idx)
            found.add((guest, *states))
            added.append(Visit(guest, next(iter(states)), _evidence(sentence),
                               _visit_type(sentence.text),
                               status=status if status != "held" else "planned",
                               rule="visits:invited"))
    return added


def _asks_for_a_visit(verb) -> bool:
    """The verb asks its object for a visit with no destination: "for a (return) visit",
    "on a trip", "to visit" with no place after it."""
    for child in verb.children:
        if child.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in _VISIT_NOUNS
                                        for o in child.children):
            return True
        if child.dep_ == "xcomp" and child.lemma_.lower() in _VISIT_NOUNS \
                and not any(c.dep_ in ("dobj", "prep") for c in child.children):
            return True
    return False


def _subject_above(token):
    """The subject of the verb, or of the nearest verb above it that has one ("says he
    looks forward to hosting Y": he)."""
    for verb in [token, *token.ancestors]:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
        if subject is not None:
            return subject
    return None


def _person_of(ctx: Context, token) -> str | None:
    """The one person a reference at ``token`` (or its phrase) names."""
    if token is None:
        return None
    tokens = {t.i for t in token.subtree} if token.dep_ != "nsubj" else {token.i}
    for ref in ctx.linked.refs:
        if len(ref.persons) == 1 and (ref.start in tokens or ref.start <= token.i < ref.end):
            return ref.persons[0]
    return None


def visits_of_meetings(ctx: Context, meetings: list[Meeting], visits: list[Visit]
                       ) -> list[Visit]:
    """Visits the meetings imply: a person hosted, received or "visiting" in person is a
    guest in the host's state, even when no visit is named."""
    found = {(v.guest, v.host) for v in visits}
    added: list[Visit] = []
    for meeting in meetings:
        if meeting.guest is None or meeting.host is None or meeting.status != "held" \
                or meeting.phase in ("phone", "video"):
            continue
        host_states = {p.state for p in ctx.linked.persons[meeting.host].positions
                       if p.state and not p.former}
        guest_states = {p.state for p in ctx.linked.persons[meeting.guest].positions
                        if p.state}
        if len(host_states) != 1:
            continue
        host = next(iter(host_states))
        if meeting.place is not None and meeting.place.state not in (None, host):
            continue  # received on a third state's soil: a summit, not a visit
        if host in guest_states or (meeting.guest, host) in found:
            continue
        found.add((meeting.guest, host))
        added.append(Visit(meeting.guest, host, meeting.evidence, place=meeting.place,
                           rule="visits:hosted"))
    return added


#: Offices below this rank (advisers, spokespersons, directors, assistants) are aides.
AIDE_RANK = 35


def _principals(ctx: Context, persons: list[str]) -> list[str]:
    """Only the principals take part: when a clause names two leaders and their aides
    ("…with the Secretary of State, NAME, and his executive assistant NAME"), the aides
    are left out."""
    if len(persons) < 3:
        return persons

    def rank(key: str) -> int:
        ranks = [info.rank for p in ctx.linked.persons[key].positions
                 if (info := ctx.world.title(p.role)) is not None]
        return max(ranks, default=AIDE_RANK)

    leaders = [key for key in persons if rank(key) >= AIDE_RANK]
    return leaders if len(leaders) >= 2 else persons


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


_SEPARATELY = re.compile(r"\bseparately\b|\bseparate (?:\w+ )?(?:meetings|talks)\b", re.IGNORECASE)


def _separately(ctx: Context, sentence: Sentence, tokens: set[int],
                participants: list[str]) -> list[list[str]]:
    """"X met separately with A, B and C" is three meetings of X, one with each."""
    if len(participants) < 3 or not _SEPARATELY.search(sentence.text) or ctx.doc is None:
        return [participants]
    subject = None
    for token_i in sorted(tokens):
        token = ctx.doc[token_i]
        if token.dep_ in ("nsubj", "nsubjpass"):
            subject = next((ref.persons[0] for ref in ctx.linked.refs
                            if ref.start <= token_i < ref.end and len(ref.persons) == 1), None)
            break
    if subject is None or subject not in participants:
        return [participants]
    return [[subject, other] for other in participants if other != subject]


def _participants(ctx: Context, sentence: Sentence, tokens: set[int],
                  earlier: list[Meeting], trigger: int | None = None) -> list[str]:
    persons = _clause_persons(ctx, sentence, tokens, trigger)
    if sentence.speech is not None and _WE.search(sentence.text):
        speaker = sentence.speech.speaker
        addressed = _addressees(ctx, speaker, earlier)
        return list(dict.fromkeys([speaker, *addressed, *persons]))
    if len(persons) < 2 and earlier and (back := _ANAPHORIC.search(sentence.text)) \
            and set(persons) <= earlier[-1].participants \
            and not _names_its_own_members(ctx, sentence.char_start + back.end() - 1):
        # "In the meeting with X" where X did not take part in it is another meeting.
        return list(earlier[-1].participants)
    return persons


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
            members = [token for obj in prep.children for token in _noun_phrase(obj)]
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
    """Fold meetings with the same date, participants, phase and status into one.

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
    # One call reported twice ("held a phone call", "the two spoke"): the talk without a
    # format joins the call of the same people, day and status.
    for key, meeting in list(merged.items()):
        if meeting.phase != "main" or "one-on-one" in meeting.formats:
            continue
        calls = [m for k, m in merged.items() if m.phase in ("phone", "video")
                 and (k[0], k[1], k[3]) == (key[0], key[1], key[3])]
        if len(calls) == 1:
            _absorb(calls[0], meeting)
            del merged[key]
    for key, meeting in list(merged.items()):
        if meeting.date is not None and not meeting.assumed_date:
            continue
        # "… the meeting served to strengthen ties": a meeting dated only by the story's
        # day is the one meeting of the same people the text dates.
        dated = [m for k, m in merged.items() if m.date is not None and not m.assumed_date
                 and k[1:] == key[1:] and m is not meeting]
        if len(dated) == 1:
            _absorb(dated[0], meeting)
            del merged[key]
    return list(merged.values())


def _absorb(kept: Meeting, other: Meeting) -> None:
    kept.formats |= other.formats
    kept.place = kept.place or other.place
    kept.venue = kept.venue or other.venue
    kept.host = kept.host or other.host
    kept.guest = kept.guest or other.guest


def _visit_type(text: str) -> str | None:
    types = table("visit_types", "word", "visit_type")
    for phrase in sorted(types, key=len, reverse=True):
        if re.search(rf"\b{re.escape(phrase)}\s+visit\b", text, re.IGNORECASE):
            return types[phrase]
    return None


def find_visits(ctx: Context, doc) -> list[Visit]:
    """Visits of the story, one per (guest, host state, status)."""
    visits: dict[tuple[str, str, str], Visit] = {}
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
                          place=place, status=event_status(ctx, sentence, trigger_char),
                          rule=rule.name)
            if rule.values["kind"] == "arrival":
                visit.start = _date_after(ctx, doc, sentence, trigger_char) or sentence.date \
                    or (ctx.story_date if visit.status == "held" else None)
            else:
                # "a state visit to Vietnam from Dec. 12 to 13", "…that was to begin on Nov. 6"
                visit.start = _date_after(ctx, doc, sentence, dest_char, within=60,
                                          lead=_START_WORDS) or _date_after(
                    ctx, doc, sentence, dest_char, within=40, lead=_ON_DATE)
                # "who arrived on Monday on a state visit to India": the arrival's date.
                arrival = _ARRIVED.search(sentence.text, 0, match.start())
                if visit.start is None and arrival:
                    arrived_char = sentence.char_start + arrival.start()
                    visit.start = _date_after(ctx, doc, sentence, arrived_char,
                                              within=trigger_char - arrived_char)
            key = (guest, host, visit.status)
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


_THE_COUNTRY = re.compile(r"\s*(?:to\s+|in\s+)?the\s+" + alternation("country_nouns") + r"\b",
                          re.IGNORECASE)


def _story_home(ctx: Context) -> str | None:
    """The state the story is told from: its dateline's, else that of the first city its
    lead names ("… held talks in Rabat with …")."""
    if ctx.dateline and ctx.dateline.state:
        return ctx.dateline.state
    for sentence in ctx.sentences[:2]:
        for place in sentence.places:
            if place.state:
                return place.state
    return None


def _destination(ctx: Context, sentence: Sentence, dest_char: int):
    """The first state or place named after the trigger: (host iso2, PlaceRef or None);
    "to the kingdom" is the dateline's state."""
    if _THE_COUNTRY.match(ctx.text, dest_char) and (home := _story_home(ctx)):
        return home, None
    for hit in ctx.mentions.hits:
        if hit.span.start < dest_char or hit.span.start > dest_char + 40:
            continue
        if hit.kind == "state":
            return hit.key, None
        if hit.kind == "place":
            place = place_of_hit(ctx.world, hit)
            info = ctx.world.locality(place.name)
            if info is not None and info.kind == "venue":
                # "to the Merdeka Palace, Jakarta": the visit is to the city after the venue.
                city = next((h for h in ctx.mentions.hits if h.kind == "place"
                             and hit.end < h.start <= hit.end + 3
                             and ctx.doc is not None and ctx.doc[h.start - 1].text == ","),
                            None)
                if city is not None:
                    place = place_of_hit(ctx.world, city)
            return place.state, place
    return None, None


def _possessor(ctx: Context, doc, sentence: Sentence, trigger_char: int) -> str | None:
    """"Trong's visit to Beijing", "Xi's third state visit": the person owning the visit."""
    piece = doc.char_span(trigger_char, trigger_char + 1, alignment_mode="expand")
    if piece is None or len(piece) == 0:
        return None
    i = piece[0].i
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


def _guest(ctx: Context, doc, sentence: Sentence, trigger_char: int) -> str | None:
    """The person the visit clause is about: the owner ("X's visit"), the antecedent of
    "who", else the subject."""
    owner = _possessor(ctx, doc, sentence, trigger_char)
    if owner:
        return owner
    # "A invited B to visit C", "invited B for a visit": the invited person is the guest.
    piece = doc.char_span(trigger_char, trigger_char + 1, alignment_mode="expand")
    if piece is not None and len(piece):
        for head in [piece[0], *list(piece[0].ancestors)[:3]]:
            if head.lemma_.lower() == "invite":
                invited = [ref.persons[0] for ref in ctx.linked.refs
                           if len(ref.persons) == 1 and any(
                               c.dep_ == "dobj" and ref.start <= c.i < ref.end
                               for c in head.children)]
                if invited:
                    return invited[0]
                break
    before = [ref for ref in ctx.linked.refs_between(sentence.start, sentence.end)
              if ref.span.end <= trigger_char and len(ref.persons) == 1
              and ref.persons[0] != ctx.linked.author]
    # "during the latter's working visit", "the former's state visit": the last or first
    # person named before.
    which = re.search(r"\bthe (latter|former)(?:'s|’s)?\W*(?:\w+\W+){0,4}$",
                      ctx.text[sentence.char_start:trigger_char + 1], re.IGNORECASE) \
        or re.match(r"\w+\s+the (latter|former)(?:'s|’s)", ctx.text[trigger_char:trigger_char + 40],
                    re.IGNORECASE)
    persons = list(dict.fromkeys(ref.persons[0] for ref in before))
    if which and len(persons) >= 2:
        return persons[-1] if which[1].lower() == "latter" else persons[0]
    clause = doc.char_span(sentence.char_start, trigger_char, alignment_mode="expand")
    if clause is not None and before:
        words = [t.lower_ for t in clause]
        if "who" in words:
            who_i = clause.start + len(words) - 1 - words[::-1].index("who")
            near = [ref for ref in before if ref.end <= who_i]
            if near:
                return near[-1].persons[0]
    # The subject of the nearest verb above the trigger ("X said Y has agreed to pay a visit
    # to Z": Y), else the sentence's first subject before it.
    event = token_at(ctx, trigger_char)
    for verb in list(event.ancestors) if event is not None else []:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.idx < trigger_char:
                ref = next((r for r in before if r.start <= child.i < r.end), None)
                if ref is not None:
                    return ref.persons[0]
    for token in doc[sentence.start:sentence.end]:
        if token.dep_ == "nsubj" and token.idx < trigger_char:
            for ref in before:
                if ref.start <= token.i < ref.end:
                    return ref.persons[0]
    return before[0].persons[0] if before else None


_ARRIVED = re.compile(r"\b" + alternation("arrival_verbs") + r"\b", re.IGNORECASE)
#: "a state visit to Kazakhstan on March 2-3": the day right after the destination.
_ON_DATE = re.compile(r"^[^,;.]*\bon\s+(?:the\s+)?$", re.IGNORECASE)
_START_WORDS = re.compile(r"\b" + alternation("start_words") + r"\s+(?:on\s+)?$", re.IGNORECASE)


def _date_after(ctx: Context, doc, sentence: Sentence, trigger_char: int,
                within: int | None = None, lead: re.Pattern[str] | None = None):
    """The first date after ``trigger_char`` (within ``within`` characters, and right
    after words matching ``lead`` when given)."""
    for token_i, _, day in sentence.date_expressions:
        offset = doc[token_i].idx - trigger_char
        if not day or offset < 0 or (within is not None and offset > within):
            continue
        if lead is not None and not lead.search(doc.text[trigger_char:doc[token_i].idx]):
            continue
        return day
    return None


def meetings_of_signings(ctx: Context, meetings: list[Meeting], agreements) -> list[Meeting]:
    """Leaders of two states who presided over or witnessed a signing together met there: a
    meeting of them on that day, unless one of the same persons and day is known."""
    added: list[Meeting] = []
    known = {(m.participants, m.date) for m in meetings}
    for agreement in agreements:
        leaders = agreement.witnesses or frozenset(
            key for key in agreement.signatories
            if any(_role_kind(ctx, p.role) in ("head_of_state", "head_of_government")
                   for p in ctx.linked.persons[key].positions))
        states = {p.state for key in leaders for p in ctx.linked.persons[key].positions
                  if p.state}
        if agreement.status != "held" or len(leaders) < 2 or len(states) < 2:
            continue
        if any(leaders <= participants and (day == agreement.date or None in (day,))
               for participants, day in known):
            continue
        known.add((leaders, agreement.date))
        added.append(Meeting(frozenset(leaders), agreement.date, agreement.evidence,
                             {"signing ceremony"}, agreement.place, rule="meetings:signing"))
    return added


def _role_kind(ctx: Context, role: str) -> str | None:
    info = ctx.world.title(role)
    return info.kind if info else None
