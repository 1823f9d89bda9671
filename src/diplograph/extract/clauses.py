"""A trigger's clause, read once for every step that reports an event.

A trigger is where a rule matched a sentence ("held talks", "visit to", "signed").
Its clause is the subtree of the nearest verb above it that has a subject of its
own; what the clause says (its persons, status, date, places, subject and object)
is read here, once per trigger, into a :class:`Clause` that meetings, visits and
agreements all read, so the steps cannot disagree about the same words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from spacy.matcher import DependencyMatcher

from .context import Context, Sentence
from .dates import (
    MONTHS,
    ORDINALS,
    WEEKDAYS,
    in_year,
    is_future_expression,
    names_a_period,
    relative_to_told_day,
)
from .facts import PlaceRef, Span
from .rules import (
    alternation,
    count_of,
    dependency_rules,
    forms,
    marked,
    quote_pairs,
    rules,
    table,
    words,
)
from .tokens import (
    HOSTING_LEMMAS,
    NARRATING_LEMMAS,
    TALKED_ABOUT,
    building_named_before,
    ents_between,
    envoy_sent_by,
    name_head,
    nearest_verb,
    sender_of_a_message,
    text_before,
    token_at_char,
    token_depths,
)

_QUOTED = re.compile("|".join(f"{re.escape(open_)}[^{re.escape(close)}]*{re.escape(close)}"
                              for open_, close in quote_pairs("status")))


def status_of(text: str) -> str:
    """"planned", "cancelled", "postponed" or "held", from the status patterns in the text.

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
_COMING_EVENT_WORDS = frozenset(words("coming_event_words"))
_PUT_OFF_NOUNS = table("put_off_nouns", "noun", "status")
#: (as word starts: the lemmatizer makes "co-chaired" "co-chaire")
_CHAIRING_VERBS = tuple(words("chairing_verbs"))


def chairing(token) -> bool:
    """A form of a verb of chairing ("chaired", "co-chaired", "presided"), read by its
    beginning: the lemmatizer's "co-chaire" for "co-chaired" is no lemma of the list."""
    return token.lower_.startswith(_CHAIRING_VERBS)


#: Verbs whose object is received: "X hosted Y" (lemmas).
HOSTING_VERBS = HOSTING_LEMMAS


def token_at(ctx: Context, char: int):
    """The token of the parsed story at character ``char``, or None (no parse, or blank)."""
    if ctx.doc is None:
        return None
    return token_at_char(ctx.doc, char)


def negated(ctx: Context, char: int) -> bool:
    """The trigger's verb is negated: "did not meet", "held no talks"."""
    token = token_at(ctx, char)
    if token is None:
        return False
    if any(child.dep_ == "det" and child.lower_ == "no" for child in token.children):
        return True
    verb = nearest_verb(token)
    if _under_a_negated_plan(verb):
        return True
    return any(child.dep_ == "neg" for child in verb.children) or any(
        child.dep_ == "det" and child.lower_ in ("no", "any") and child.head.i == token.i
        for child in token.children) or any(
        # "No documents were signed", "signed no agreements"; "Neither X nor Y had a
        # bilateral meeting"
        child.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
            d.dep_ == "det" and d.lower_ == "no"
            or d.dep_ in ("det", "preconj") and d.lower_ == "neither"
            for d in child.children)
        for child in verb.children)


def _under_a_negated_plan(verb) -> bool:
    """ "X is not scheduled to meet Y", "is not due to travel", "does not plan to sign":
    the event's infinitive hangs on a negated verb (or on the adjective of one)."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        if verb.dep_ == "acomp" and verb.head.i != verb.i:
            verb = verb.head  # "is not due to travel": the negation is the copula's
        if any(child.dep_ == "neg" for child in verb.children):
            return True
    return False


_DENIALS = words("denial_verbs")


def denied(token) -> bool:
    """The event whose trigger is ``token`` is told under a denial: a verb of denial
    ("denied reports that X would travel") or a noun with "no" ("there were no plans for X
    to meet Y"), from the trigger up to its sentence's root; or as an offer ("was ready to
    meet X at any time") or a hypothesis ("would meet X if …"); or a guess ("X may travel
    to Y for talks"); or asked ("Will the agreement be signed in X?": a question tells
    nothing)."""
    if _hypothetical(token) or _speculated(token) or _asked(token) or _asked_whether(token) \
            or _only_deliberated(token) or _none_arranged(token) or _rumoured(token) \
            or _an_open_question(token) or _told_by_an_earlier_version(token):
        return True
    before = [t.lower_ for t in token.doc[max(token.sent.start, token.i - 3):token.i]
              if t.dep_ != "det"]
    if before[-1:] == ["without"] or before[-2:] == ["let", "alone"]:
        return True  # "without a meeting", "without so much as a greeting, let alone a meeting"
    below = token
    while below.head.i != below.i:
        above = below.head
        if above.dep_ == "prep" and above.lower_ == "without" and below.dep_ == "pobj":
            return True  # "left the summit without any meeting"
        # "denied reports of a rift and said X would travel": a verb joined to the denial
        # is not under it
        relation = below.dep_
        if relation == "relcl" and above.pos_ == "PROPN":
            return False  # "X, who spoke with Y on Monday, declined to say …": told of X
        if relation == "advcl" and below.tag_ == "VBG" \
                and below.lemma_.lower() in _TELLING_VERBS:
            return False  # "denied reports of a cancellation, saying the two would meet"
        coordinate, below = relation == "conj", above
        if coordinate:
            continue
        if above.pos_ in ("NOUN", "PROPN") and (any(
                c.dep_ == "det" and c.lower_ == "no" for c in above.children)
                or _called_false(above)):
            return True
        lemma = above.lemma_.lower()
        particle = " ".join([lemma] + [c.lower_ for c in above.children if c.dep_ == "prt"])
        if lemma in _DENIALS or particle in _DENIALS:
            return True
        if above.lower_ in _READINESS and token.i > above.i and (
                relation == "xcomp" and above.pos_ in ("ADJ", "VERB")
                or relation == "prep" and above.pos_ == "ADJ"):
            # (not "prepared in a video call": the call was held)
            return True  # "ready to meet X at any time", "open to talks": an offer
    return False


_READINESS = words("readiness_words")
_FALSITY = words("falsity_words")
_NEGATIONS = words("negation_words")


def _asked(token) -> bool:
    """The trigger's sentence is a question left unanswered ("Will the agreement be signed
    in X?" ending the text) or answered in the negative in the paragraph after it
    ("Answer: No such visit is being discussed"); not one answered yes ("Will she come to
    X?" "She has accepted my invitation")."""
    sentence = token.sent
    if not sentence.text.rstrip().rstrip(" \"'\u201d\u2019)").endswith("?"):
        return False
    doc = token.doc
    rest = doc.text[sentence.end_char:]
    start = sentence.end_char + len(rest) - len(rest.lstrip())
    if start >= len(doc.text):
        return True
    end = doc.text.find("\n\n", start)
    end = len(doc.text) if end < 0 else end  # the answer: the paragraph after the question
    return any(t.lower_ in _NEGATIONS for t in doc[sentence.end:] if start <= t.idx < end)


def _asked_whether(token) -> bool:
    """The event is what a question told in reported speech asks ("Asked whether a meeting
    of X and Y was planned, Z said: 'That is not on the agenda'") and the answer says no
    (not "said a meeting was 'on the table', but that nothing had been fixed": the answer
    is its first clause)."""
    clause = token
    while clause.head.i != clause.i:
        above = clause.head
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children) \
                and above.lemma_.lower() == "ask":
            asked = {t.i for t in above.subtree}
            answer = next((c for c in above.head.children
                           if c.dep_ == "ccomp" and c.i not in asked), None)
            if answer is None:
                said = [t for t in token.sent if t.i not in asked]
            else:
                joined = {t.i for c in answer.children if c.dep_ == "conj" for t in c.subtree}
                said = [t for t in answer.subtree if t.i not in joined]
            return any(t.lower_ in _NEGATIONS for t in said)
        clause = above
    return False


def _an_open_question(token) -> bool:
    """The event is what an open question asks: "The visit raises a question: whether X
    will come to Y for the summit", "It is unclear whether they will meet" (not "Asked
    whether …", which its answer settles; nor "whether or not")."""
    clause = token
    while clause.head.i != clause.i:
        above = clause.head
        mark = next((c for c in clause.children if c.dep_ == "mark"
                     and c.lower_ == "whether"), None)
        if mark is not None:
            return above.lemma_.lower() != "ask" and not (
                mark.i + 2 < len(token.doc) and token.doc[mark.i + 1].lower_ == "or"
                and token.doc[mark.i + 2].lower_ == "not")
        clause = above
    return False


def _only_deliberated(token) -> bool:
    """The event is only thought about: "A meeting of X and Y is being discussed", "is
    possible later in the year" (`deliberation_verbs.txt`, `possibility_words.txt`)."""
    noun = _event_head(token)
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in _DELIBERATIONS:
        return True
    return noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ in _POSSIBILITIES for c in noun.head.children)


def _none_arranged(token) -> bool:
    """ "…, but none has been scheduled", "…, but nothing is arranged yet": a verb joined
    to the event's whose subject is "none" or "nothing" tells that no such event is set."""
    verb = nearest_verb(token)
    return any(c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass")
                                        and g.lower_ in ("none", "nothing")
                                        for g in c.children)
               for c in verb.children)


_DELIBERATIONS = words("deliberation_verbs")
_POSSIBILITIES = words("possibility_words")


_UNCONFIRMED = re.compile(r"\b" + alternation("unconfirmed_phrases") + r"\b", re.IGNORECASE)


def _unconfirmed(token) -> bool:
    """The event's sentence or the next says it is not confirmed ("…, X met Y on
    Wednesday. The presidency neither confirmed nor denied it."); the next only when it
    names nobody doing something of their own ("Y's office did not confirm it", not "Z
    also called Y; his office did not confirm the call")."""
    sentence = token.sent
    text = sentence.text
    if sentence.end < len(token.doc):
        following = token.doc[sentence.end].sent
        if not any(t.ent_type_ == "PERSON" and _head_of_compounds(t).dep_ != "poss"
                   for t in following):
            text += " " + following.text
    return bool(_UNCONFIRMED.search(_QUOTED.sub(" ", text)))


_RUMOUR_SOURCES = words("rumour_sources")
_OFFICIAL_SOURCES = words("official_source_words")
#: "Several outlets reported", "Some media claimed": a report's verbs; "Reports that X met
#: Y spread quickly": what a rumour does.
_RUMOUR_VERBS = frozenset(forms("speech_verbs", "reporting", "lemma")) | {"claim", "spread"}


def _rumoured(token) -> bool:
    """The event is told only as an unnamed press reported it: "Several outlets reported
    that X had spoken by phone with Y", "Reports in the regional media said X and Y had
    held a video call", "Reports that X and Y had met secretly spread quickly"; not "state
    media reported that X met Y", nor "the newspaper reported" (a source the story
    named)."""
    below = token
    while below.head.i != below.i:
        above = below.head
        if above.pos_ in ("NOUN", "PROPN") and above.lemma_.lower() == "report" \
                and above.tag_ == "NNS" and below.dep_ in ("acl", "ccomp", "relcl") \
                and above.i < token.i:
            return True  # "Reports that X and Y had met …" (not "…, the press service reports")
        if above.pos_ in ("VERB", "AUX") and above.lemma_.lower() in _RUMOUR_VERBS and any(
                _unnamed_press(c) for c in above.children if c.dep_ == "nsubj"):
            return True
        below = above
    return False


_VERSION_NOUNS = frozenset(forms("earlier_versions", "noun", "word"))
_VERSION_MODIFIERS = frozenset(forms("earlier_versions", "modifier", "word"))
_TELLING_VERBS = NARRATING_LEMMAS | _RUMOUR_VERBS


def _told_by_an_earlier_version(token) -> bool:
    """The event is what an earlier version of the page said: "The article's first
    version said X was due to meet Y", "Our Monday report said the accord was signed
    by both heads of state" (a correction takes it back; the story tells what happened)."""
    below = token
    while below.head.i != below.i:
        above = below.head
        if above.pos_ in ("VERB", "AUX") and above.lemma_.lower() in _TELLING_VERBS:
            subject = next((c for c in above.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lemma_.lower() in _VERSION_NOUNS and any(
                    c.lower_ in _VERSION_MODIFIERS for c in subject.children
                    if c.dep_ in ("amod", "det", "poss")):
                return True
        below = above
    return False


def _unnamed_press(noun) -> bool:
    """ "several outlets", "a newspaper", "reports in the regional media", "two
    columnists": a press source, plural or indefinite, and no official one."""
    if noun.lemma_.lower() not in _RUMOUR_SOURCES:
        return False
    modifiers = [c for c in noun.children if c.dep_ in ("det", "amod", "compound", "nummod")]
    if any(m.lower_ in _OFFICIAL_SOURCES for m in modifiers):
        return False
    determiner = next((m for m in modifiers if m.dep_ == "det"), None)
    return noun.tag_ == "NNS" and (determiner is None or determiner.lower_ not in (
        "the", "these", "those")) or determiner is not None and determiner.lower_ in (
        "a", "an") or any(m.dep_ == "nummod" for m in modifiers)


def _head_of_compounds(token, relations=("compound",)):
    """The word a run of compounds ("Prime Minister X") hangs on: its head noun; with
    ``relations`` also of other modifiers ("last" of "last week")."""
    while token.dep_ in relations and token.head.i != token.i:
        token = token.head
    return token


def _called_false(noun) -> bool:
    """ "Reports that X would travel to Y were baseless": the noun the event hangs from
    is the subject of a copula whose complement calls it false."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.lemma_ != "be":
        return False
    return any(c.dep_ in ("attr", "acomp") and (c.lower_ in _FALSITY or c.lemma_.lower()
                                               in _FALSITY)
               for c in noun.head.children)


_HYPOTHETICAL_MODALS = words("hypothetical_modals")


_SPECULATIVE_MODALS = words("speculative_modals")


def _speculated(token) -> bool:
    """The event's verb (or the verb it is the purpose of) is a guess: "X may travel to Y
    for talks with Z" (not a wish, "may God assist him"; nor "this meeting may have been
    to prepare …", a guess at what a meeting told was for)."""
    verb = nearest_verb(token)
    for _ in range(2):
        auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
        if any(c.lower_ in _SPECULATIVE_MODALS and not _wish(c) for c in auxiliaries) \
                and not any(c.lower_ == "have" for c in auxiliaries):
            return True
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    return False


def _hypothetical(token) -> bool:
    """The event's verb is a modal's under a condition: "would meet X if X apologised"."""
    verb = nearest_verb(token)
    return any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS for c in verb.children) \
        and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                           for m in c.children) for c in verb.children)


#: Adjectives that make the event noun they modify a planned one.
_PLANNED_WORDS = re.compile(r"\b" + alternation("planned_words") + r"\b", re.IGNORECASE)


#: "at a meeting", "during talks": the event is the setting of what the verb says.
_SETTING_PREPOSITIONS = frozenset(("at", "during"))
#: "the next day", "the following week": counted from an event told, not from the story.
_RELATIVE_TO_EVENT = re.compile(r"\b(?:the|that)\s+(?:next|following)\b|\bfollowing\b",
                                re.IGNORECASE)


_TRAVEL_VERBS = words("travel_verbs")
#: Nouns that name the event itself as a subject ("the trip has been called off").
_VISIT_NOUNS = frozenset(words("visit_nouns"))
_TOLD_EVENTS = frozenset(words("meeting_nouns")) | _VISIT_NOUNS
_INVITING_VERBS = words("invitation_verbs")
#: Statuses of an event that was to be held and is not (yet): put off.
PUT_OFF = ("postponed", "cancelled")


def present_in_a_future_clause(verb) -> bool:
    """ "… will come when the agreement is signed", "once the two leaders meet": a verb in
    the present tense in a clause of time or condition tells of the future."""
    if verb.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in
                                       words("future_clause_marks") for c in verb.children):
        return False
    tensed = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] or [verb]
    return all(t.tag_ in ("VBZ", "VBP") for t in tensed)


def _put_off_in(text: str) -> str | None:
    """"postponed" or "cancelled" when a status pattern of either matches ``text``, what
    other patterns say aside ("had been scheduled for March 12, and … cancelled")."""
    text = _QUOTED.sub(" ", text)
    return next((rule.values["status"] for rule in rules("status")
                 if rule.values["status"] in PUT_OFF and rule.pattern.search(text)), None)


def _previous_text(ctx: Context, sentence: Sentence) -> str:
    """The text of the sentence before ``sentence`` ("" for the first)."""
    before = [s for s in ctx.sentences if s.char_start < sentence.char_start]
    return before[-1].text if before else ""


_EXPECTATION_WORDS = frozenset(words("expectation_words"))


def _had_been_due(token) -> bool:
    """ "had been due to meet", "had been scheduled to hold talks": the event hangs on a
    past perfect of expectation (an event the text may go on to say did not happen)."""
    for _ in range(3):
        if token.dep_ not in ("xcomp", "acomp", "dobj", "pobj", "prep") \
                or token.head.i == token.i:
            return False
        token = token.head
        auxiliaries = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
        if "had" in auxiliaries and (
                token.lower_ in _EXPECTATION_WORDS and "been" in auxiliaries
                or token.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in
                                                _EXPECTATION_WORDS for c in token.children)):
            return True
    return False


def _wish(token) -> bool:
    """A modal before its own subject is a wish, not the verb's mood: "King X, may God
    assist him, received Y" (the parser may hang "may" on "received")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and token.dep_ == "aux" and token.tag_ == "MD" \
        and following.text[:1].isupper() and following.pos_ == "PROPN"


def infinitive_of_a_bare_name(verb, ctx: Context) -> bool:
    """The infinitive ``verb`` hangs on a person's name written bare, as a headline writes
    "X to visit Y" (a digest's "…; X to visit Y; …"), not on a description ("the first
    minister to come to Seoul")."""
    name = verb.head
    return verb.dep_ in ("relcl", "acl") and name.i in ctx.person_tokens \
        and name.text[:1].isupper() and any(c.dep_ == "aux" and c.lower_ == "to"
                                            and c.i == name.i + 1 for c in verb.children) \
        and not any(c.dep_ in ("det", "poss") or c.lower_ in _ORDINAL_WORDS
                    for c in name.children)


_ORDINAL_WORDS = frozenset(word.lower() for word in ORDINALS) | words("ranking_words")


def event_status(ctx: Context, sentence: Sentence, char: int, own_words: bool = True) -> str:
    """Status of the event whose trigger word starts at ``char``.

    Read from the verb that governs the trigger and the verbs it depends on
    ("are expected to sign", "has postponed a visit", "will meet"), not from the
    whole sentence, so a past visit named in a sentence about a planned meeting
    stays held.
    """
    token = token_at(ctx, char)
    if token is None:
        return status_of(sentence.text)
    if token.dep_ in ("aux", "auxpass") and token.head.pos_ in ("VERB", "AUX"):
        token = token.head  # "was to have held talks": the trigger's words begin at "have"
    # (a relative clause's "co-chairs" the tagger may take for a plural noun)
    if chairing(token) and token.dep_ == "relcl" and token.tag_ in ("VBZ", "VBP", "NNS") \
            and token.head.dep_ in ("nsubj", "nsubjpass") \
            and token.head.head.pos_ in ("VERB", "AUX"):
        # "the body, which he now co-chairs with Y, sits in May": the chairs' habit;
        # the body's meeting is as held as the verb it is the subject of ("is due to
        # meet": the verb of the infinitive)
        body_verb = token.head.head
        if body_verb.lemma_ == "be":
            body_verb = next((g for c in body_verb.children if c.dep_ in ("acomp", "xcomp")
                              for g in (c, *c.children)
                              if g.dep_ == "xcomp" and g.pos_ == "VERB"), body_verb)
        return event_status(ctx, sentence, body_verb.idx, own_words)
    if token.tag_ == "VBN" and {"to", "have"} <= {c.lower_ for c in token.children
                                                  if c.dep_ == "aux"} \
            and token.head.lemma_ == "be" or _had_been_due(token):
        # "A stop in X was scrapped. Y was to have met Z in that city", "called off the
        # trip to X, on which she had been due to meet Y": put off, as its sentence
        # or the one before says
        for text in (sentence.text, _previous_text(ctx, sentence)):
            if told := _put_off_in(text):
                return told
    # "his upcoming visit", "the planned talks", "the postponed summit": the event noun's
    # own modifiers say it first.
    modifiers = " ".join(c.text for c in token.children if c.dep_ in ("amod", "compound"))
    if own_words and modifiers \
            and (status := status_of(_PLANNED_WORDS.sub("will", modifiers))) != "held":
        # "a planned visit … has been postponed": put off, as its verb says
        happened = nearest_verb(token)
        if status == "postponed" and _tells_it_happened(happened) and _status_with_auxiliaries(
                happened, ("aux", "auxpass", "neg", "prt")) == "held":
            return "held"  # "the visit, moved to new dates, began", "talks put off went ahead"
        later = event_status(ctx, sentence, char, own_words=False) \
            if status == "planned" else status
        return later if later in PUT_OFF else status
    if token.tag_ == "NNS" and _present_with_weekday(token):
        return "planned"  # "…, heads to Lima on Friday", the verb read as a noun
    if (travel := _TRAVELS_ON_A_WEEKDAY.search(
            ctx.text, sentence.char_start, sentence.char_start + len(sentence.text))) \
            and travel.start() <= char and status_of(sentence.text) == "held":
        return "planned"  # "X heads to Kuwait on Friday for a meeting", however parsed
    if (time_clause := _present_in_a_clause_of_time(token)) is not None:
        # "hopes to sign it with Y when he flies to CITY in May": the simple present
        # of a clause of time is as held or planned as the verb it hangs on
        return event_status(ctx, sentence, time_clause.head.idx, own_words=False)
    trigger_i = token.i
    setting = token.dep_ == "pobj" and token.head.lower_ in _SETTING_PREPOSITIONS \
        or token.dep_ == "prep" and token.lower_ in _SETTING_PREPOSITIONS  # "at a summit"
    # "who was due in X on Tuesday for talks": the adjective passed on the way up to the
    # verb tells the time with it
    passed = []
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        if token.dep_ == "acomp":
            passed.append(token)
        if token.dep_ == "pobj" and token.head.lower_ in _PAST_PREPOSITIONS:
            return "held"
        if token.dep_ == "pobj" and token.head.lower_ == "of" \
                and (put_off := _PUT_OFF_NOUNS.get(token.head.head.lemma_.lower())):
            return put_off  # "a storm forced the postponement of X's visit"
        # "arrived ahead of talks with X"; "the arrangement for a visit", of the event noun
        # itself ("discussed preparations for the visit in a phone call": the call is held)
        if token.dep_ == "pobj" and (token.head.lower_ in ("of", "to") or (
                token.head.lower_ == "for" and not _through_a_preposition(
                    token.doc[trigger_i], token))) \
                and token.head.head.lower_ in _COMING_EVENT_WORDS:
            return "planned"
        if token.i == trigger_i and token.dep_ == "dobj" and token.head.pos_ == "VERB" \
                and token.head.lower_ in _COMING_EVENT_WORDS \
                and token.lemma_.lower() not in _VISIT_NOUNS \
                and not any(c.dep_ == "poss" for c in token.children) \
                and not any(c.dep_ == "aux" and c.lower_ == "had" for c in token.head.children):
            # "the foreign ministers prepared a summit of their leaders" (but "prepared
            # the trip during a call": the call was held; whose trip one prepares, the
            # sentence seldom says; "had prepared Thursday's meeting": one told as held)
            return "planned"
        if token.dep_ == "pobj" and token.head.lower_ == "for" \
                and token.head.head.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lower_ in _COMING_EVENT_WORDS
                    for c in token.head.head.children):
            # "discussed preparations for a visit … next month for talks with Y", the
            # purpose parsed onto the verb: as planned as the preparations
            return "planned"
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        status = status_of(sentence.text)
        # "X heads to Lima on Friday", its verb read as a noun
        return "planned" if status == "held" and _present_with_weekday(token) else status
    if setting and token.dep_ == "xcomp" and token.head.pos_ == "VERB":
        # "agreed on Monday to reopen the border, at a meeting in Dakar": the meeting is
        # where they agreed, as held or planned as the agreeing, not what they agreed to.
        return _status_with_auxiliaries(token.head, ("aux", "auxpass", "neg"))
    # A headline's "X to pay a state visit", "Leaders to meet": the infinitive at the top
    # of the sentence announces the event.
    if token.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return "planned"
    # "FM X to visit Y Thursday; talks shelved": the infinitive with a
    # subject of its own, parsed under the other half's verb, announces its event too.
    if token.dep_ == "ccomp" and token.head.i > token.i \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
            and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children) \
            and not any(c.dep_ == "mark" for c in token.children):
        return "planned"
    # "(LEAD) FM Cho to visit Tokyo this week": the infinitive parsed onto the headline's
    # noun, the sentence's root, announces it too.
    if token.dep_ in ("acl", "relcl") and token.head.dep_ == "ROOT" \
            and token.head.pos_ in ("PROPN", "NOUN") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return "planned"
    if infinitive_of_a_bare_name(token, ctx):
        return "planned"  # a headline's "FM X to visit Y Thursday; …", however parsed
    if token.dep_ == "conj" and token.tag_ == "VB" and token.head.pos_ in ("NOUN", "PROPN"):
        # "will receive X for an official visit and travel to Y on Friday", the bare verb
        # parsed onto the noun: joined to the verb above the noun, whose time it shares
        above = token.head
        while above.pos_ not in ("VERB", "AUX") and above.head.i != above.i:
            above = above.head
        if above.pos_ in ("VERB", "AUX"):
            token = above
    verb = token
    words = list(passed)
    for _ in range(3):
        words += [c for c in token.children
                  if c.dep_ in ("aux", "auxpass", "neg", "prt") and not _wish(c)
                  or c.dep_ == "advmod" and c.i == token.i + 1  # "pushed back", tagged so
                  or c.tag_ == "RP" and c.i == token.i + 1  # "fell through", a preposition
                  or c.dep_ == "dobj" and c.lower_ == "place"] + [token]  # "take place"
        # "will no longer travel": called off
        words += [w for c in token.children if c.dep_ == "advmod" and c.lower_ == "longer"
                  for w in (c, *c.children)]
        if token.lemma_ == "be" and token.i != trigger_i:
            # "The Joint Commission, co-chaired by A and B, is to meet in May": "is to"
            # with the infinitive it governs
            words += [w for c in token.children if c.dep_ == "xcomp"
                      for w in (c, *(a for a in c.children if a.dep_ == "aux"))]
            # "when X is due there for a short visit and talks with Y": the purpose
            # parsed onto "is", beside the adjective that tells its time
            words += [c for c in token.children if c.dep_ == "acomp" and c.i < trigger_i]
        if token.dep_ == "acomp" and token.head.lemma_ == "be":
            # "had been due to fly on for talks": the adjective's own verb tells the time
            words += [token.head] + [c for c in token.head.children
                                     if c.dep_ in ("aux", "neg")]
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN") \
                and (token.i != trigger_i or chairing(token)) \
                and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
            # "will be received for talks followed by the signing of agreements": a
            # participle on a noun, holding the event, is as held or planned as the verb
            # above the noun (not "a memorandum, signed by X, would serve as …": there
            # the participle is the event); so is "The Joint Commission, co-chaired by A
            # and B, will meet in May": the chairing as planned as the meeting
            above = token.head
            while above.pos_ not in ("VERB", "AUX") and above.head.i != above.i:
                above = above.head
            if above.pos_ in ("VERB", "AUX"):
                token = above
                continue
        if token.dep_ == "acl" and token.head.pos_ == "NOUN":
            words.append(token.head)  # "an invitation to pay a visit", "plans to meet"
            break
        if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in token.children):
            # "is scheduled to travel to X tomorrow, the last leg of his tour, to meet Y":
            # a purpose parsed onto the noun in between is as held or planned as the verb
            # above that noun ("was the first leader to visit X": as held as "was"; but
            # "the documents to be signed" are still to come, whatever the verb above)
            above = token.head
            while above.pos_ not in ("VERB", "AUX") and above.head.i != above.i:
                above = above.head
            if above.pos_ in ("VERB", "AUX"):
                words, token = list(passed), above  # not "was … to meet": "was to meet"
                continue
        if token.dep_ in ("advcl", "xcomp") and token.head.dep_ == "acl" \
                and token.head.head.pos_ == "NOUN" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            # "an invitation conveyed by X to visit Y": the noun the infinitive hangs from
            words.append(token.head.head)
            break
        if token.dep_ in ("xcomp", "advcl") and token.head.dep_ == "advcl" \
                and token.head.tag_ in ("VBN", "VBD") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
                and (noun := next((c for c in token.head.head.children
                                   if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)):
            # "accepted an invitation, conveyed by X, to visit Y": parsed with the
            # infinitive under the participle, the object of the verb above it
            words.append(noun)
            break
        if token.dep_ in ("advcl", "xcomp") and token.head.pos_ == "VERB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
                and (noun := next((c for c in token.head.children if c.dep_ == "dobj"
                                   and c.lower_ in _COMING_EVENT_WORDS), None)):
            # "accepted the invitation of his elder brother to pay a state visit": the
            # infinitive parsed onto the verb, not the invitation, is still what was invited
            words.append(noun)
            break
        # "is expected to travel to X next week to meet Y": the purpose of a trip is as held
        # or planned as the trip.
        # "invited Y on Wednesday to travel to X": as planned as the invitation
        # (and "was due to visit X on Thursday to meet Y": the visit's own time)
        # ("is expected back in X on Sunday to meet Y": as planned as the expecting)
        purpose = token.dep_ == "advcl" \
            and (token.head.lemma_.lower() in _TRAVEL_VERBS | _INVITING_VERBS
                 or token.head.lemma_.lower() == "visit" and token.head.pos_ == "VERB"
                 or token.head.lower_ in _EXPECTATION_WORDS and token.head.tag_ == "VBN") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and (
                token.head.head.pos_ == "VERB" or token.head.lower_ in ("before", "after")
                and token.sent.root.pos_ in ("VERB", "AUX") and token.sent.root.i != token.i):
            # "looked forward to welcoming X": as planned as the looking forward; "… is
            # scheduled to meet Y at the palace, the seat of …, before travelling to Z",
            # "before" parsed onto a noun: as planned as the sentence's own verb
            above = token.head.head if token.head.head.pos_ == "VERB" else token.sent.root
            words += [token.head] + [c for c in above.children if c.dep_ == "advmod"]
            token = above
            continue
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in REPORTING_VERBS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            # "told the broadcaster on Monday that he intends to go to X on May 7 … to
            # meet Y", the infinitive parsed onto "told": a meeting told of, to come
            return "planned"
        # "will be held in X in 2027, co-chaired by A and B": a participle with no
        # auxiliary of its own is as held or planned as the verb it hangs on.
        hung = token.dep_ == "advcl" and token.tag_ == "VBN" \
            and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
        if hung and chairing(token):
            # "It was agreed to convene the commission soon, co-chaired by A and B": the
            # chairing hangs on "agreed" but is as held or planned as the convening
            words += [w for c in token.head.children if c.dep_ == "xcomp"
                      for w in (c, *(a for a in c.children if a.dep_ == "aux"))]
        if (token.dep_ not in ("xcomp", "conj") and not purpose and not hung) \
                or token.head.i == token.i:
            break
        token = token.head
    if token.dep_ == "relcl" and (told := _put_off_where(token)):
        return told  # "A planned stop in CITY, where X was to meet Y, has been scrapped"
    if token.dep_ == "ROOT" and token.i != trigger_i \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return "planned"  # "X to tour STATE in May, sign energy deal": a headline's plan
    if token.dep_ == "ROOT" and token.tag_ == "VB" \
            and not any(c.dep_ in ("aux", "auxpass") for c in token.children) \
            and any(t.dep_ == "aux" and t.lower_ == "to" and t.head.i < token.i
                    for t in token.sent):
        return "planned"  # the same, the parser making "sign" the root after "to visit"
    status = status_of(" ".join(t.text for t in sorted(set(words), key=lambda t: t.i)))
    if status == "held" and (_expected_in_reported_speech(token)
                             or _expected_to_do_it(token.doc[trigger_i])
                             or _awaiting_a_date(token.doc[trigger_i])):
        return "planned"
    if status in ("held", "planned"):
        # "The meeting was set for March 1 but was pushed back": a verb joined to the
        # event's with the same subject puts it off.
        # So does one whose subject is the event itself ("was scheduled to travel to X
        # for talks, but the trip has been called off").
        joined_verbs = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        # (not "the talks went ahead at last on Monday, after the trip had twice been put
        # off": a putting off told as what came before)
        joined_verbs += [t for t in verb.sent if t.i > verb.i and t.pos_ in ("VERB", "AUX")
                         and any(g.dep_ in ("nsubj", "nsubjpass") and _the_event_itself(g)
                                 for g in t.children)
                         and not any(g.dep_ == "mark" and g.lower_ in _BEFORE_MARKS
                                     for g in t.children)]
        trigger = token.doc[trigger_i]
        if any(t.dep_ == "dobj" and t.head.i == verb.i for t in (trigger, *trigger.ancestors)):
            # "the cabinet said X's trip to Y, set for June, has been put off", parsed with
            # the trip the object of "said" and "has been put off" a clause of its own
            # lacking its subject: the trip is that subject
            joined_verbs += [c for c in verb.children if c.dep_ == "ccomp" and c.i > trigger_i
                             and c.pos_ in ("VERB", "AUX")
                             and not any(g.dep_ in ("nsubj", "nsubjpass", "expl")
                                         for g in c.children)]
        for joined in joined_verbs:
            put_off = status_of(" ".join(t.text for t in sorted(
                [joined, *(g for g in joined.children if g.dep_ in ("aux", "auxpass", "prt")
                           or g.dep_ == "advmod" and g.i == joined.i + 1)],
                key=lambda t: t.i)))
            if put_off in PUT_OFF:
                return put_off
    if status == "held":
        # "is due to have a telephone conversation", "is expected to hold talks": the
        # words just before the trigger, when the parse hangs them elsewhere.
        before = text_before(ctx.text, char, 40, sentence.char_start)
        status = status_of(before.rsplit(",", 1)[-1])
    if status == "held" and (_present_with_weekday(verb) or _on_the_programme(verb)):
        status = "planned"
    return status


#: Conjunctions of a clause of time whose simple present tells what is to come
#: ("when he travels", "once she arrives").
_TIME_MARKS = frozenset(("when", "once"))


def _present_in_a_clause_of_time(token):
    """The verb of a clause of time in the simple present ("… when he travels to X for
    talks"), the trigger's own or the one above it, hung on a verb that is not in the
    present too ("signs it when he travels": a habit), or None."""
    verb = nearest_verb(token)
    if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ != "advcl" \
            or verb.head.pos_ not in ("VERB", "AUX") or verb.head.tag_ in ("VBZ", "VBP") \
            or not any(c.dep_ == "advmod" and c.lower_ in _TIME_MARKS or c.dep_ == "mark"
                       and c.lower_ in _TIME_MARKS for c in verb.children):
        return None
    return verb


def _third_person(lemma: str) -> str:
    """ "fly" → "flies", "go" → "goes", "head" → "heads"."""
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + ("es" if re.search(r"(?:[osx]|[cs]h)$", lemma) else "s")


#: "X heads to Kuwait on Friday to meet Y": a verb of travel in the simple present with a
#: weekday of its own before the event, however the tagger read the verb ("heads" as a
#: plural noun).
_TRAVELS_ON_A_WEEKDAY = re.compile(
    r"\b(?:" + "|".join(_third_person(verb) for verb in _TRAVEL_VERBS)
    + r")\s+(?:to|for|in)\s+(?:[A-Z][\w'’-]*\s+){1,3}on\s+(?:"
    + "|".join(sorted(WEEKDAYS)) + r")\b", re.IGNORECASE)


def _put_off_where(relative) -> str | None:
    """The status of the event a relative clause is told in, when the noun it describes
    (or the noun its time or place hangs from: "a stop in CITY on DAY, where …") is the
    subject of a verb that puts it off."""
    noun = relative.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i != noun.i:
        noun = noun.head.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX") \
            or noun.lemma_.lower() not in _TOLD_EVENTS | {"stop", "stopover", "leg"}:
        return None  # (not "X, who arrived on Monday, has postponed a visit to Y")
    told = _status_with_auxiliaries(noun.head, ("aux", "auxpass", "prt", "neg"))
    return told if told in PUT_OFF else None


def _status_with_auxiliaries(verb, relations) -> str:
    """The status a verb and those of its words in ``relations`` tell ("has been called
    off", "will meet")."""
    return status_of(" ".join(t.text for t in sorted(
        [verb, *(c for c in verb.children if c.dep_ in relations)], key=lambda t: t.i)))


def _expected_in_reported_speech(verb) -> bool:
    """ "NAME said X was expected to visit Y in April": the past of reported speech for
    "X is expected to visit", an event still to come (a narrator's own "X was expected
    to focus on trade" tells of the past)."""
    return verb.lemma_.lower() == "expect" and verb.tag_ == "VBN" \
        and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS \
        and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)


def _expected_to_do_it(trigger) -> bool:
    """ "Both presidents were expected to sign a declaration", "X was expected to visit Y
    in the spring": the event's own verb is what was expected, an event still to come when
    it was written (not "was expected to raise trade at his summit with Y", where the
    expected act is another and the summit is held)."""
    expected = trigger.head
    return trigger.pos_ == "VERB" and trigger.dep_ == "xcomp" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) \
        and expected.lemma_.lower() == "expect" and expected.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in expected.children)


def _awaiting_a_date(trigger) -> bool:
    """ "A state visit by X to Y, first suggested months ago, still has no date": an event
    the story says has no date yet is still to come."""
    noun = _event_head(trigger)
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() == "have" \
        and verb.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "date"
            and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
            for c in verb.children)


def _tells_it_happened(verb) -> bool:
    """ "began", "took place", "went ahead": the verb says the event it governs is under
    way or took place (`happening_verbs.txt`)."""
    lemma = verb.lemma_.lower()
    return lemma in _HAPPENING_VERBS or any(
        f"{lemma} {c.lower_}" in _HAPPENING_VERBS for c in verb.children
        if c.dep_ in ("dobj", "advmod", "prt", "prep"))


_HAPPENING_VERBS = frozenset(words("happening_verbs"))


#: Words opening a clause that tells what came before the main one ("once the trip was
#: put off"; past_clause_marks.txt).
_BEFORE_MARKS = words("past_clause_marks")


def _the_event_itself(noun) -> bool:
    """ "the trip", "the visit", "this meeting": a subject that names the event just told,
    not another one ("the ministers' meeting")."""
    return noun.lemma_.lower() in _TOLD_EVENTS and all(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _through_a_preposition(start, noun) -> bool:
    """The way up from ``start`` to ``noun`` passes a preposition: "the visit in a phone
    call" (the call is no part of the visit's own phrase), unlike "X's visit" and "a
    visit for talks" (a purpose is the visit's own)."""
    token = start
    while token.i != noun.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ != "for":
            return True
        token = token.head
    return False


def _on_the_programme(verb) -> bool:
    """ "The programme of the visit includes talks …", "A meeting … is on the agenda":
    the event is one of a programme's, still to come."""
    programme = words("programme_nouns")
    if verb.tag_ in ("VBZ", "VBP") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in programme
            for c in verb.children):
        return True
    # (not "held a meeting with X on the agenda of the visit": a topic, told as held;
    # but "was not on the agenda" is still the programme's)
    return (verb.tag_ != "VBD" or verb.lemma_ == "be") and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in programme for g in c.children)
        for c in verb.children)


def _in_the_present(verb) -> bool:
    """A verb of the simple present ("meets", "co-chair"), or one the tagger read as a
    plural noun: "X heads to Lima on Friday", "X co-chairs the commission" (the sentence's
    root with a subject of its own), "PM X wraps up the summit, heads to Lima" (joined to
    a verb of the present)."""
    return verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "NNS" and (
        verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)
        or verb.dep_ == "conj" and verb.head.tag_ in ("VBZ", "VBP")) \
        or verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.tag_ in ("VBZ", "VBP") \
        and verb.head.lemma_ not in ("be", "have", "say")  # "closes the trip, arriving …"


_DAY_PARTS = words("day_parts")


def _present_with_weekday(verb) -> bool:
    """ "X arrives in Astana on Friday", "meets Y on Monday": a verb of the simple present
    with a weekday of its own tells a coming event (news writes the day's past events in
    the past tense; headlines carry no weekday)."""
    if not _in_the_present(verb) or verb.lemma_ in ("be", "have", "say"):
        return False
    for child in verb.children:
        dates = [child] if child.dep_ == "npadvmod" else \
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        # "on Friday morning": the weekday the part of the day hangs on
        dates = [next((c for c in d.children if c.lower_ in WEEKDAYS), d)
                 if d.lower_ in _DAY_PARTS else d for d in dates]
        for day in dates:
            between = verb.doc[min(verb.i, day.i):max(verb.i, day.i)]
            # Not "comes after last Thursday …", nor a headline's verb whose parse reached
            # into the lead ("Leaders ink deal - … on Thursday struck …").
            if (day.lower_ in WEEKDAYS or _a_coming_period(day)) and len(between) <= 10 \
                    and not any(c.lower_ in ("last", "past") for c in day.children) \
                    and not any(t.text in ("-", "–", "—", ":") for t in between):
                return True
    return False


def _a_coming_period(token) -> bool:
    """ "travels to X at the weekend", "this weekend", "later this month": a period the
    present tense puts ahead, as a weekday does."""
    before = token.doc[max(0, token.i - 2):token.i + 1].text
    return token.lower_ in words("coming_periods") or is_future_expression(before)


def evidence(sentence: Sentence) -> Span:
    return Span(sentence.char_start, sentence.char_start + len(sentence.text), sentence.text)


def clause_tokens(ctx: Context, sentence: Sentence, char: int) -> set[int]:
    """Token indices of the clause around the character ``char``.

    The clause is the subtree of the nearest verb above the trigger that has a
    subject of its own, so in "the spokesman said the two leaders spoke by
    phone" the spokesman is outside the clause of "spoke".
    """
    doc = ctx.doc
    trigger = head = token_at_char(doc, char) if doc is not None else None
    if head is None:
        return set(range(sentence.start, sentence.end))
    while True:
        # "… and last met in May": the tagger may read "last" as the subject
        if head.pos_ in ("VERB", "AUX") and any(
                child.dep_ in ("nsubj", "nsubjpass", "expl") and child.pos_ != "ADV"
                for child in head.children):
            break
        if head.pos_ == "VERB" and head.dep_ == "conj" and (
                _dated_apart(head, sentence) or _sequenced(head)
                or _with_others(ctx, head)):
            # "they spoke by telephone on 27 January, and met again in Oslo in February":
            # a joined verb with a day of its own tells an event of its own, by the same
            # subject
            subject = _subject_of(ctx, head.head)
            own = {token.i for token in head.subtree}
            return own | ({token.i for token in subject.subtree} if subject else set())
        if head.pos_ == "VERB" and _done_before_or_after(head):
            # "called on X at the palace, before holding talks with Y": the verb after
            # "before" tells an event of its own, by the same subject
            subject = _subject_of(ctx, head.head.head)
            own = {token.i for token in head.subtree}
            return own | ({token.i for token in subject.subtree} if subject else set())
        if head.i != trigger.i and _counted_apart(head):
            break  # "…, a day after [her summit with Y]": an event of its own
        if head.head.i == head.i or head.head.i < sentence.start or head.head.i >= sentence.end:
            break
        head = head.head
    # The event counted from is no part of this one: "X hosted Y on Monday, a day after her
    # summit with Z" (Z met X, not Y).
    apart = {token.i for prep in head.subtree if prep.i != head.i and _counted_apart(prep)
             and trigger not in prep.subtree for token in prep.subtree}
    # "… last met in Astana in August, and they spoke by telephone on 30 December": a
    # joined verb with a time of its own is another event, whose day is not this one's.
    joined = {token.i for verb in head.children if verb.dep_ == "conj" and verb.pos_ == "VERB"
              and trigger not in verb.subtree
              and (_dated_apart(verb, sentence) or _sequenced(verb)
                   or _with_others(ctx, verb))
              for token in verb.subtree}
    # "was received by X, who then hosted his counterpart, Y, for dinner": the relative
    # clause's own meeting, X's with Y, is not this one
    for verb in head.subtree:
        if verb.dep_ == "relcl" and verb.pos_ == "VERB" and trigger not in verb.subtree \
                and verb.lemma_.lower() in _MEETING_VERBS | HOSTING_VERBS:
            own = {t.i for t in verb.subtree if t.i > verb.i} \
                | _name_of_the_counterpart(ctx, verb, sentence)
            if own & ctx.person_tokens:
                joined |= own
    # "called on X, before holding talks with Y": the talks are not the call (but "after
    # taking office in January, X spoke with Y" is when the call was).
    joined |= {token.i for prep in head.children if prep.dep_ == "prep"
               for verb in prep.children if _done_before_or_after(verb)
               and trigger not in verb.subtree
               and any(t.i in ctx.person_tokens for t in verb.subtree)
               for token in prep.subtree}
    # "The pair last held talks at X in May", parsed with "held" as an adjective of
    # "talks": the noun's words (its place and time) are the verb's
    read_as_modifier = {token.i for token in head.head.subtree} \
        if head.dep_ == "amod" and head.pos_ == "VERB" and head.head.i > head.i else set()
    return ({token.i for token in head.subtree} | _object_hung_above(head, sentence)
            | _name_of_the_counterpart(ctx, head, sentence) | read_as_modifier
            | _name_hung_off_a_bare_with(ctx, head, sentence)
            | _name_after_an_office_object(ctx, head, sentence)) - apart - joined


def _subject_of(ctx: Context, verb):
    """The subject of ``verb``; in "Tuggar travels to Rome on Friday, and is due to …" the
    tagger may hang the name on the verb as a compound, the verb read as a plural noun."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        subject = next((c for c in verb.children if c.dep_ in ("compound", "amod")
                        and c.i < verb.i and c.i in ctx.person_tokens), None)
    return subject


def _name_hung_off_a_bare_with(ctx: Context, verb, sentence: Sentence) -> set[int]:
    """ "X held talks with Y's Minister of Defence Z, who arrived …, the press service
    reported": the parse makes Z the subject of "reported" and leaves "with" without its
    object; the name right after "with" is the one it stands with."""
    found: set[int] = set()
    near = [c for child in verb.children for c in (child, *child.children)]
    for prep in near:
        if prep.lower_ != "with" or prep.dep_ != "prep" \
                or any(c.dep_ == "pobj" for c in prep.children):
            continue
        ref = next((r for r in ctx.linked.refs if r.persons and r.kind == "name"
                    and prep.i < r.start <= prep.i + 8 and r.end <= sentence.end), None)
        if ref is None or any(t.text in (",", ";") or t.is_sent_start
                              for t in ctx.doc[prep.i + 1:ref.start]):
            continue
        if ctx.doc[ref.end - 1].head.i in {t.i for t in verb.subtree}:
            continue  # already the verb's
        found |= set(range(prep.i + 1, ref.end))
    return found


def _name_of_the_counterpart(ctx: Context, verb, sentence: Sentence) -> set[int]:
    """The name the parse hung elsewhere after the verb's object "his counterpart": "…,
    who then hosted his Mexican counterpart, Chancellor NAME, for dinner" (NAME read as
    an apposition of a word before the clause)."""
    if verb.pos_ != "VERB":
        return set()
    obj = next((c for c in verb.children if c.dep_ == "dobj"
                and c.lemma_.lower() in words("counterpart_words")), None)
    if obj is None or obj.i + 2 >= sentence.end or obj.doc[obj.i + 1].text != ",":
        return set()
    ref = next((r for r in ctx.linked.refs if r.persons and r.kind == "name"
                and obj.i + 2 <= r.start <= obj.i + 6
                and all(not t.is_punct for t in obj.doc[obj.i + 2:r.start])), None)
    if ref is None or {t.i for t in verb.subtree} & set(range(ref.start, ref.end)):
        return set()
    return set(range(obj.i + 2, ref.end))


def _name_after_an_office_object(ctx: Context, verb, sentence: Sentence) -> set[int]:
    """The name the parse hung elsewhere after an office the verb's clause ends with: "…,
    where she is to have talks with Premier of X and Chair of Y, Dr NAME, before …"
    (NAME read as an apposition of a word before the clause)."""
    if verb.pos_ != "VERB":
        return set()
    doc = verb.doc
    own = {t.i for t in verb.subtree}
    k = max(own) + 1
    if k + 1 >= sentence.end or doc[k].text != ",":
        return set()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for o in [verb, *objects] for p in o.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for g in p.children if g.dep_ == "pobj"]
    offices = [o for o in objects if ctx.world.title(o.lower_) is not None]
    if not offices or any(t.i in ctx.person_tokens for o in offices for t in o.subtree):
        return set()
    # (only forms of address between the comma and the name: not ", and later NAME")
    ref = next((r for r in ctx.linked.refs if r.persons and r.kind == "name"
                and k + 1 <= r.start <= k + 4
                and all(t.lower_.rstrip(".") in words("courtesy_titles")
                        for t in doc[k + 1:r.start])), None)
    if ref is None or own & set(range(ref.start, ref.end)):
        return set()
    return set(range(k + 1, ref.end))


def _done_before_or_after(verb) -> bool:
    """ "before holding talks with Y": a verb of its own after "before"/"after" that hangs
    on a verb above (not "before the talks")."""
    return verb.pos_ == "VERB" and verb.dep_ == "pcomp" and verb.tag_ == "VBG" \
        and verb.head.lower_ in ("before", "after") and verb.head.head.pos_ == "VERB"


def _object_hung_above(verb, sentence: Sentence) -> set[int]:
    """The object the parse hung on a verb above, after a date set off by commas: "he
    had received, on 5 December, the Prime Minister of X, NAME" (the name read as the
    main verb's adverb)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "attr", "dative") for c in verb.children):
        return set()
    k = max(t.i for t in verb.subtree) + 1
    if k >= sentence.end or verb.doc[k].text != ",":
        return set()
    noun = verb.doc[k + 1] if k + 1 < sentence.end else None
    while noun is not None and noun.dep_ in ("poss", "compound", "case") \
            and noun.head.i > noun.i:
        noun = noun.head
    if noun is None or noun.pos_ != "PROPN" or noun.dep_ != "npadvmod" \
            or noun.head not in verb.ancestors:
        return set()
    # "…, NAME, on Wednesday evening": the time the parse hung on the name with it
    return {t.i for t in noun_phrase(noun)} | {
        t.i for prep in noun.children if prep.dep_ == "prep" and prep.i > noun.i
        and any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree) for t in prep.subtree}


def _dated_apart(verb, sentence: Sentence) -> bool:
    """Both a joined verb and the verb it joins have times of their own: a day, or a month
    or year ("spoke by phone on 21 May, and last met in February").  "that evening" is
    a time of the same day ("arrived on Monday and was received that evening")."""
    days = {token_i for token_i, text, day in sentence.date_expressions
            if (day or names_a_period(text)) and not relative_to_told_day(text)}

    def dated(token) -> bool:
        joined = {t.i for c in token.children if c.dep_ == "conj" for t in c.subtree}
        return any(t.i in days and t.i not in joined for t in token.subtree)
    return dated(verb) and dated(verb.head)


#: Verbs of a meeting of their own ("held a working session with", "met", "talked with"),
#: as lemmas; not "recalled his talks with".
_MEETING_VERBS = words("holding_verbs") | words("talk_verbs") | {"meet"}


def _with_others(ctx: Context, verb) -> bool:
    """ "He also met A, and held a working session with B", "spoke with A and received a
    phone call from B": a joined verb with persons of its own after it, beside the first
    verb's own, tells a meeting of its own with them (by the same subject)."""
    persons = ctx.person_tokens
    return verb.dep_ == "conj" and _meets_by_itself(verb) \
        and any(t.i in persons for t in verb.subtree if t.i > verb.i) \
        and any(t.i in persons for c in verb.head.children
                if c.dep_ in ("dobj", "prep") and c.i > verb.head.i for t in c.subtree)


def _meets_by_itself(verb) -> bool:
    """A verb that tells a meeting with its own company: "met", "held talks with",
    "hosted", "called on", "paid a courtesy call on" (a meeting noun its object)."""
    return verb.lemma_.lower() in _MEETING_VERBS | HOSTING_VERBS \
        or verb.lemma_.lower() == "call" and any(c.dep_ == "prep" and c.lower_ == "on"
                                                 for c in verb.children) \
        or (verb.lemma_.lower() in _PAYING or verb.lower_ in words("holding_verbs")) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _CALL_NOUNS for c in verb.children)


#: "paid a courtesy call on", "made a call on", "had a meeting with": a light verb and a
#: noun of a meeting as its object (not "recalled their conversation").
_CALL_NOUNS = frozenset(words("meeting_nouns")) | frozenset(words("in_person_objects"))
_PAYING = frozenset(("pay", "make"))


def _sequenced(verb) -> bool:
    """ "X met A on the margins of the summit, and later held talks with B": a joined verb
    that says it came after ("later", "then", sequence_words.txt) tells an event of its
    own, by the same subject."""
    return verb.dep_ == "conj" and any(child.dep_ == "advmod" and child.lower_ in _SEQUENCE
                                       for child in verb.children)


#: "later", "then", "afterwards": words that put a joined verb's event after the first's.
_SEQUENCE = frozenset(words("sequence_words"))


def _joined_apart(verb, sentence: Sentence) -> bool:
    """The verb is joined to another ("A and B spoke by phone on 21 May, and last met in
    February") and each has a time of its own."""
    return verb.pos_ == "VERB" and (
        verb.dep_ == "conj" and _dated_apart(verb, sentence)
        or any(c.dep_ == "conj" and c.pos_ == "VERB" and _dated_apart(c, sentence)
               for c in verb.children))


def clause_verbs(ctx: Context, tokens: set[int], trigger: int) -> set:
    doc = ctx.doc
    heads = {governing_verb(doc[i]) for i in tokens}
    top = highest(heads)
    at = token_at_char(doc, trigger)
    own = governing_verb(at) if at is not None else top
    if own.dep_ == "aux" and own.lemma_.lower() == "have" and own.head.pos_ == "VERB":
        own = own.head  # "was to have held talks with Y": the talks' verb, not "have"
    # "X met and held talks with Y": a verb joined to the trigger's, sharing its subject
    # and kept in the clause, names the trigger's company too
    joined = {c for c in own.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and c.i in tokens and own.i < c.i and not any(
                  g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
              and not any(t.i in ctx.person_tokens for t in own.subtree
                          if t.i < c.i and t.i > own.i)}
    # "On the margins of the summit, X is scheduled to hold talks with Y": the trigger on
    # the verb above, the company on the infinitive it governs
    joined |= {c for c in own.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
               and c.lemma_.lower() in _MEETING_VERBS | HOSTING_VERBS
               and c.i in tokens and at is not None and at not in c.subtree}
    if (within := told_within(own)) is not None and top not in within.children:
        # not "returned to CITY on Monday after a visit, during which …"
        return {own} | joined
    return {top, own} | joined


def told_within(verb):
    """ "came home to CITY on Monday after her visit to X, during which she met Y (and
    called on Z)": the event noun, over before the verb above it, that a
    relative clause opened by a preposition and "which" tells ``verb`` (or the verb it is
    joined to) within, else None.  The verb above gives the clause neither its place nor
    its day."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in words("visit_nouns") \
            or noun.dep_ != "pobj" or noun.head.lower_ not in _BEFORE_THE_VERB:
        return None  # (not "chose X for a visit in April, during which …": the visit's own)
    opened = any(c.dep_ == "prep" and c.i < verb.i
                 and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children)
                 for c in verb.children)
    return noun if opened else None


#: "after a visit to X", "since", "following", "from": an event over before the verb's.
_BEFORE_THE_VERB = frozenset(words("past_prepositions")) | {"from"}


#: "agreed to meet twice a year", "had visited X many times": events told as a habit
#: (recurrence_words.txt), read by meetings and visits.
RECURRENCE = re.compile(r"\b" + alternation("recurrence_words") + r"\b", re.IGNORECASE)


def governing_verb(token):
    """The verb ``token`` hangs on (climbing past verbs that only describe a person),
    found once per token of a Doc: the clause steps ask it of every token of a clause."""
    memo = token.doc.user_data.get("diplograph_governing_verbs")
    if memo is None:
        memo = token.doc.user_data["diplograph_governing_verbs"] = {}
    found = memo.get(token.i)
    if found is None:
        found = memo[token.i] = _governing_verb(token)
    return found


def _governing_verb(token):
    while (token.pos_ not in ("VERB", "AUX") or modifier_verb(token)) \
            and token.head.i != token.i:
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        # "President NAME Jae-myung held talks with …" parsed as a noun phrase, "held" an
        # adjective of the root "talks" with the subject its own: that verb governs.
        return next((c for c in token.children if c.dep_ == "amod" and c.pos_ == "VERB"
                     and c.i < token.i and any(g.dep_ == "nsubj" for g in c.children)), token)
    return token


def modifier_verb(token) -> bool:
    """ "talks with visiting Foreign Minister X": a participle that only describes the
    person; the verb the person hangs on is the one above it."""
    return token.lower_ in words("modifier_verbs") \
        and token.dep_ in ("pcomp", "amod", "acl", "compound")


def _verb_above(doc, ref):
    """The verb a person reference hangs on, looked for above the reference: a word of
    the name is never that verb, even where the tagger takes it for one ("welcomed his
    counterpart Amadou Diallo", with "Amadou" tagged as a verb)."""
    token = doc[ref.start]
    while ref.start <= token.i < ref.end and token.head.i != token.i:
        token = token.head
    return governing_verb(token)


def _relative_antecedent(ctx: Context, verbs) -> str | None:
    """The person a relative clause's "who" (or "with whom", "whom") stands for, when the
    clause is one: "NAME, who met …", "NAME, with whom he had spoken by telephone", "NAME,
    whom he had last met in Rome"."""
    for verb in verbs:
        if verb.dep_ == "relcl" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"
                or c.dep_ == "dobj" and c.lower_ == "whom"
                or c.dep_ == "prep" and any(g.lower_ == "whom" for g in c.children)
                for c in verb.children):
            # "NAME, special envoy of President X, who arrived …": the envoy came
            return person_of(ctx, envoy_sent_by(verb.head) or verb.head)
    return None


def _relative_antecedents_besides(ctx: Context, verbs) -> list[str]:
    """Those a relative clause's "who" stands for besides the one word it hangs on: "A and
    B, who last met in Rome in May, …", the subject of its sentence (A too); "the two
    presidents, who had met before …" (the two persons the description stands for)."""
    for verb in verbs:
        if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who"
                                        for c in verb.children):
            head = verb.head
            if person_of(ctx, head) is None:
                # ("the two": no larger group, whose members the story may not name)
                found = [key for ref in ctx.linked.refs if ref.start <= head.i < ref.end
                         for key in ref.persons]
                return found if len(found) == 2 else []
            first = head.head if head.dep_ == "conj" else head
            if first.dep_ not in ("nsubj", "nsubjpass"):
                return []  # (not "the delegation included A and B, who took part …")
            return [key for c in head.conjuncts if (key := person_of(ctx, c)) is not None]
    return []


def highest(tokens):
    """The token of ``tokens`` nearest the root of its parse: a clause's own head."""
    tokens = list(tokens)
    depths = token_depths(tokens[0].doc) if tokens else []
    return min(tokens, key=lambda t: depths[t.i])


def _leader_of_party(verb, verbs) -> bool:
    """ "met a delegation led by X": the leader of a party the clause's verb meets."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in words("leading_verbs") \
        and governing_verb(verb.head) in verbs


def _bearer_of_a_message(verb, verbs) -> bool:
    """ "received a special message from X delivered by Y": Y, who brought the message the
    clause's verb receives, was there (X, who sent it, was not)."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in _BEARING_VERBS \
        and verb.head.lemma_.lower() in words("message_nouns") \
        and governing_verb(verb.head) in verbs \
        and any(child.dep_ == "agent" for child in verb.children)


#: "delivered by", "conveyed by", "handed over by": how a message's bearer is named.
_BEARING_VERBS = frozenset(words("bearing_verbs"))


def _owner_inside_an_apposition(doc, ref, person_tokens) -> bool:
    """ "NAME, one of the President's party, met X", "met NAME, adviser to President Y": a
    possessor or a person inside what is said of another person, set off after that
    person's name, is no party to the clause (but "Osaka, the minister's home prefecture"
    says it of a place)."""
    token = doc[ref.end - 1]
    if token.dep_ == "pobj":
        # (only after a word of what the person is, "adviser", "cousin": not a title of
        # a name in a list, "President of Poland NAME"; the parse may hang "to President
        # Y" on the verb instead)
        said = doc[token.head.i - 1] if token.head.i > 0 else None
        return said is not None and token.head.lower_ in ("to", "of", "for") \
            and said.dep_ == "appos" and said.pos_ == "NOUN" \
            and said.is_lower and said.head.i in person_tokens
    if token.dep_ != "poss":
        return False
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
        if ancestor.dep_ == "appos":
            return ancestor.head.i in person_tokens
    return False


def clause_persons(ctx: Context, sentence: Sentence, tokens: set[int],
                    trigger: int | None = None) -> list[str]:
    """Persons of the clause: named or described as its verb's own subject, object or
    company, not inside a clause of their own ("…to prepare the leaders' call")."""
    verbs = clause_verbs(ctx, tokens, trigger) if ctx.doc is not None and trigger else None
    # "NAME, who visited Wellington and met Luxon there": the person "who" stands for
    antecedent = _relative_antecedent(ctx, verbs) if verbs else None
    persons: list[str] = [antecedent] if antecedent else []
    if verbs:
        persons += [key for key in _relative_antecedents_besides(ctx, verbs)
                    if key not in persons]
    counted: list[str] = []
    described_roles: list[str | None] = []
    count = None
    event = token_at(ctx, trigger) if trigger else None
    group_subject = counts_objects = False
    for ref in ctx.linked.refs_between(sentence.start, sentence.end):
        if verbs is not None and not any(
                verb in verbs or (verb.dep_ == "acl" and event is not None
                                  and verb.head.i in (event.i, _event_noun(event).i)
                                  and (verb.head.i == event.i or ref.description is None))
                or _leader_of_party(verb, verbs) or _bearer_of_a_message(verb, verbs)
                or _host_of_the_event(verb, verbs)
                for verb in (_verb_above(ctx.doc, ref), governing_verb(ctx.doc[ref.start]))):
            continue  # "the delegation-level meeting led by A and B": on the event itself
        if ctx.doc is not None and (_attendee(ctx.doc[ref.start], event)
                                    and not _joined_from_abroad(ctx, ref)
                                    or _a_venue(ctx.doc, ref)
                                    or _described_owner_of_the_venue(ctx, ref, tokens)
                                    or _possessor_of_one_named(ctx.doc[ref.end - 1],
                                                               ctx.person_tokens)
                                    or _possessor_in_the_topic(ctx.doc[ref.end - 1], verbs)
                                    or _inside_what_was_discussed(
                                        name_head(ctx.doc, ref.end), verbs, event)
                                    or _possessor_of_a_time(ctx.doc[ref.end - 1])
                                    or _inside_a_time_since(ctx.doc[ref.end - 1])
                                    or _between_others(ctx.doc[ref.end - 1], event)
                                    or commemorated(ctx.doc, ref.start)
                                    or sender_of_a_message(ctx.doc, ref)
                                    or _owner_inside_an_apposition(ctx.doc, ref,
                                                                   ctx.person_tokens)
                                    or _on_whose_behalf(ctx.doc, ref)
                                    or _told_of_it(name_head(ctx.doc, ref.end), event)
                                    or _object_of_the_verb_before(name_head(ctx.doc, ref.end),
                                                                  event)
                                    or (
                _reporter(ctx.doc[ref.end - 1], trigger, ctx)
                and all(_aide(ctx, key) for key in ref.persons))):
            continue
        if ref.start in tokens:
            described = ref.description is not None and ref.description.plural
            if described and ctx.doc is not None and _inside_a_name(ctx.doc, ref):
                continue  # "the Commonwealth Heads of Government Meeting": a name
            if described and _gathering_of_a_group(ctx.doc, ref, event):
                continue  # "for the APEC leaders' meeting": not the story's leaders
            if described and ref.description.count:
                count = ref.description.count
                # "gave a dinner for the two envoys": the number counts those the host
                # received, not the host too
                counts_objects = counts_objects or (
                    ctx.doc is not None and ctx.doc[ref.end - 1].dep_ in ("dobj", "pobj")
                    and not _doing_the_event(ctx.doc[ref.end - 1], event))
                group_subject = group_subject or _doing_the_event(ctx.doc[ref.end - 1], event) \
                    or _undergoing_the_event(ctx.doc[ref.end - 1], event)
            if described and not _definite_group(ctx, ref):
                # "four ambassadors" counts envoys; "the two ministers" counts everyone
                described_roles.extend(ref.description.roles or (None,))
            elif described:
                described_roles.append(None)
            for key in ref.persons:
                if key not in persons and key != ctx.linked.author:
                    (counted if described else persons).append(key)
    # "During the meeting with X, the two leaders discussed…": those the clause names come
    # first, "the two leaders" fills the rest up to the count it states.
    if trigger is not None and ctx.doc is not None and series(token_at(ctx, trigger)):
        # "held a series of meetings with heads of government": a group, not the leaders
        # the story named before.
        return persons
    # The count is of those described: "the two leaders" are the one named and one more,
    # but "received the credentials of four ambassadors" counts the envoys, not the head
    # of state receiving them.
    roles = {role.lower() for role in described_roles if role}
    if group_subject:
        # "the two presidents held a video conference with the President of X": the one
        # named is the third, not one of the two
        persons_counted = []
    elif described_roles and all(described_roles):
        persons_counted = [key for key in persons if key in counted or any(
            p.role.lower() in roles for p in ctx.linked.persons[key].positions)]
    else:
        persons_counted = list(persons)
    for key in counted:
        if count is not None and len(persons_counted) >= count \
                and not (counts_objects and len(counted) == count):
            break
        if key not in persons_counted:
            persons_counted.append(key)
        if key not in persons:
            persons.append(key)
    if event is not None and ctx.doc is not None \
            and (owner := _owner_of_a_possessive(ctx, event)) and owner not in persons:
        persons.insert(0, owner)
    return persons


#: Verbs of speech whose subject reports an event of theirs ("said her call with …").
_NARRATING = NARRATING_LEMMAS
#: "his", "her", "their": a possessive pronoun before an event noun (one person's when
#: singular, see :func:`_owner_of_a_possessive`).
_POSSESSIVES = frozenset(marked("pronouns", "possessive"))


def _owner_of_a_possessive(ctx: Context, event) -> str | None:
    """ "Sheinbaum said her phone call with X on Monday had been cordial": the person
    "her" stands for is the one subject of the verb of speech above the event noun (not
    "X hoped his summit with Y would end with a deal": a hope, not a report)."""
    noun = _event_head(event)
    if noun is None or not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES
                               and c.morph.get("Number") == ["Sing"] for c in noun.children):
        return None
    for ancestor in noun.ancestors:
        if ancestor.pos_ not in ("VERB", "AUX") or ancestor.lemma_.lower() not in _NARRATING:
            continue
        subject = next((c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass")
                        and noun not in c.subtree), None)
        if subject is None:
            continue
        keys = {key for ref in ctx.linked.refs if ref.start <= subject.i < ref.end
                for key in ref.persons}
        return keys.pop() if len(keys) == 1 else None
    return None


def _event_noun(token):
    """The noun the trigger word stands in: "call" of "telephone call", whose own verb
    ("a telephone call made by X to Y") tells who took part when it names them (not "a
    video conference requested by both ministers", two told before)."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token


def _host_of_the_event(verb, verbs) -> bool:
    """ "Talks between A and B were held in X, hosted by C": C, by whom the event the clause
    tells was hosted, takes part in it."""
    return verb.dep_ == "advcl" and verb.head in verbs and verb.lemma_.lower() in HOSTING_VERBS \
        and any(child.dep_ == "agent" for child in verb.children)


def _gathering_of_a_group(doc, ref, event) -> bool:
    """ "to travel to X for the APEC leaders' meeting", "the regional leaders' summit": the
    event of a wider group, named by its members, whom the story does not name."""
    if doc is None or event is None or ref.description.count or ref.description.states:
        return False
    head = doc[ref.end - 1]
    return head.dep_ == "poss" and head.head.i == _event_head(event).i \
        and any(c.dep_ in ("amod", "compound", "nmod") for c in head.children)


def _doing_the_event(group, event) -> bool:
    """The group is the subject of the event's verb, the event being that verb or its
    object ("the two leaders met X", "the two leaders held a call with X"), so a person
    the event is "with" is none of the group."""
    if group.dep_ not in ("nsubj", "nsubjpass") or event is None:
        return False
    verb, event = group.head, _event_head(event)
    own = event.head if event.dep_ == "dobj" else event
    # ("the pair went on to X and had talks with Y": the verb joined to the subject's)
    while own.dep_ == "conj" and own.pos_ in ("VERB", "AUX") and own.i != verb.i \
            and own.head.i != own.i and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                for c in own.children):
        own = own.head
    return event.i == verb.i or own.i == verb.i


#: Words that take the whole group after "of" ("each of the two ministers").
_EACH_OF_THEM = frozenset({"each", "both", "all"})


def _undergoing_the_event(group, event) -> bool:
    """The group is the object of the event's verb ("X received the two visiting
    ministers", "X held talks with the two ministers"): the subject who did it is none of
    the group."""
    if event is None:
        return False
    head = _event_head(event)
    verb = head.head if head.dep_ == "dobj" else head
    if group.dep_ == "pobj" and group.head.lower_ == "of" \
            and group.head.head.lower_ in _EACH_OF_THEM:
        group = group.head.head  # "met each of the two ministers", "with both of them"
    if group.dep_ == "dobj" and group.head.i == head.i:
        return any(child.dep_ == "nsubj" for child in head.children)
    taker = group.head.head if group.dep_ == "pobj" else group
    if taker.dep_ == "dobj" and taker.head.i == verb.i:
        taker = verb  # "held talks with": the verb's object takes the "with"
    return group.dep_ == "pobj" and group.head.lower_ == "with" \
        and taker.i in (head.i, verb.i) \
        and any(child.dep_ == "nsubj" for child in verb.children)


def _definite_group(ctx: Context, ref) -> bool:
    """ "the two ministers", "their three leaders": a group the story has told whole."""
    if ctx.doc is None:
        return True
    before = ctx.doc[max(ref.start - 3, 0):ref.start]
    return any(token.lower_ in words("determiners") for token in before)


#: Entity labels of names that hold words of offices ("Heads of Government Meeting",
#: "Council of Ministers"): such words are part of the name, not persons.
_NAMED_THINGS = frozenset({"ORG", "EVENT", "FAC", "WORK_OF_ART", "LAW"})


def _inside_a_name(doc, ref) -> bool:
    """The description is part of a longer name the tagger sees ("the Commonwealth Heads of
    Government Meeting"); the tagger's name that is the description alone ("The Heads of
    State last met …") is still the story's leaders."""
    token = doc[ref.start]
    if token.ent_type_ not in _NAMED_THINGS:
        return False
    entity = next((e for e in doc.ents if e.start <= ref.start < e.end), None)
    if entity is None:
        return True
    return entity.end > ref.end or any(t.pos_ != "DET" for t in doc[entity.start:ref.start])


def series(token) -> bool:
    """The event noun is a plural of countable events ("meetings", "calls"): several
    events, not one ("talks" is one event)."""
    return token is not None and token.tag_ == "NNS" \
        and token.lemma_.lower() in ("meeting", "call", "session")


REPORTING_VERBS = frozenset(forms("speech_verbs", "reporting", "lemma"))


def _reporter(token, trigger: int | None, ctx: Context) -> bool:
    """ "X's press secretary told reporters about the informal meeting": the subject of a
    verb of telling whose object holds the meeting is its reporter, not a participant."""
    while token.dep_ in ("appos", "compound") and token.head.i != token.i:
        token = token.head  # "press secretary NAME told …": the title is the subject
    if trigger is None or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    event = token_at(ctx, trigger)
    return event is not None and event.i != verb.i and verb in event.ancestors


def _object_of_the_verb_before(token, event) -> bool:
    """ "X met Y in Warsaw and phoned Z the same evening": Y (``token``, the head of a
    name), the object of the verb the event's own verb is joined to, is no party to the
    call, which has an object of its own."""
    if event is None:
        return False
    own = governing_verb(event)
    if own.dep_ != "conj" or own.head.pos_ not in ("VERB", "AUX"):
        return False
    if own.i == event.i and not has_an_object(own):
        return False  # the event's verb with no object of its own
    return token.dep_ in ("dobj", "pobj", "dative") and token.i < own.i \
        and governing_verb(token) == own.head


def has_an_object(verb) -> bool:
    """The verb has an object of its own: "phoned Z", "held talks with Z"."""
    return any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with"
               for c in verb.children)


def _told_of_it(token, event) -> bool:
    """ "X briefed Y on his meeting with Z", "updated Y about the talks": Y (``token``, the
    head of a name), whom a verb of telling tells of the event, took no part in it."""
    if event is None or token.dep_ not in ("dobj", "dative"):
        return False
    verb = token.head
    # (not "briefed Y on the plans by telephone": the telling is the call)
    return verb.lemma_.lower() in REPORTING_VERBS and any(
        c.dep_ == "prep" and c.lower_ in ("on", "about", "of") and c.i > token.i
        and event.dep_ == "pobj" and event.head.i == c.i for c in verb.children)


def _aide(ctx: Context, key: str) -> bool:
    """A spokesperson, press secretary or adviser: someone who tells of meetings."""
    positions = ctx.linked.persons[key].positions if key in ctx.linked.persons else set()
    infos = [ctx.world.title(p.role) for p in positions]
    return bool(infos) and all(info is not None and info.kind == "official"
                               and info.rank <= 20 for info in infos)


def _on_whose_behalf(doc, ref) -> bool:
    """ "X received, on behalf of the Foreign Minister NAME, …": the one another stands
    in for is not there."""
    token = name_head(doc, ref.end)
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "behalf":
        return True
    # "B, who represented the Minister, A", "B, standing in for A": A, the one represented
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "for" and verb.head.pos_ in ("VERB", "ADP"):
        verb = verb.head if verb.head.pos_ == "VERB" else verb.head.head
        particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")
                         and c.lower_ != "for"), "")
        return f"{verb.lemma_.lower()} {particle}".strip() in _STANDING_IN \
            or verb.lemma_.lower() in _STANDING_IN
    if token.dep_ == "dobj" and verb.lemma_.lower() in _STANDING_IN:
        return True
    # (the parser may hang the name set off after the office elsewhere: "represented the
    # Minister of X, Ambassador A")
    k = ref.start
    while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].ent_type_ != "PERSON":
        k -= 1
    if k < 2 or doc[k - 1].text != ",":
        return False
    office = doc[k - 2]
    for above in (office, *list(office.ancestors)[:4]):
        if above.dep_ == "dobj":
            return above.head.lemma_.lower() in _STANDING_IN
    return False


_STANDING_IN = frozenset(words("standing_in_verbs"))


def commemorated(doc, start: int) -> bool:
    """ "the poet NAME", "the monument to NAME", "the late NAME": someone remembered."""
    remembered = words("commemoration_words")
    if any(t.lower_ in remembered for t in doc[max(0, start - 2):start]):
        return True
    token = doc[start]
    for ancestor in list(token.ancestors)[:4]:
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
        if ancestor.lower_ in remembered or ancestor.lemma_.lower() in remembered:
            return True
    return False


def _a_venue(doc, ref) -> bool:
    """ "received X at Seri Perdana": a name after "at" is where the meeting was (a
    residence named like a person), not who took part; "at X's residence" is X's."""
    token = doc[ref.start]
    while ref.start <= token.head.i < ref.end and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "at" and not any(
        child.dep_ == "case" for child in token.children)


def _described_owner_of_the_venue(ctx: Context, ref, tokens: set[int]) -> bool:
    """ "A called on B at the president's residence": an office holder only described
    whose building is where two persons the clause names met is the venue's owner, not a
    third participant (but "A was received at the president's palace": the president)."""
    if ref.description is None:
        return False
    token = ctx.doc[ref.end - 1]
    if token.dep_ != "poss" or token.head.dep_ != "pobj" or token.head.head.lower_ != "at":
        return False
    named = {key for other in ctx.linked.refs if other.description is None
             and other.start in tokens for key in other.persons}
    return len(named - set(ref.persons)) >= 2


def _possessor_of_one_named(token, person_tokens=frozenset()) -> bool:
    """ "received NAME's predecessor, OTHER": the one named after the possessive is meant
    (also where the parser joins NAME to the words before: "co-chaired by A and B's
    predecessor, C"), as is the one named before it ("OTHER, NAME's adviser")."""
    if token.dep_ == "poss":
        # (and "had dinner with OTHER, NAME's security adviser": the adviser is meant)
        return any(child.dep_ == "appos" and child.pos_ == "PROPN"
                   for child in token.head.children) \
            or token.head.dep_ == "appos" and token.head.head.i in person_tokens
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in ("'s", "’s"):
        return False
    owned = doc[token.i + 2]
    return owned.lower_ in words("predecessor_words") and any(
        child.dep_ == "appos" and child.pos_ == "PROPN" for child in owned.children)


#: Prepositions that open what is talked about ("talks on …").
_TOPIC_WORDS = frozenset(forms("topic_prepositions", "after_noun", "word"))


def _possessor_in_the_topic(token, verbs) -> bool:
    """ "held a call with X on the follow-up to Z's visit": Z is named in what was
    discussed, not among those who talked."""
    if token.dep_ != "poss" or not verbs:
        return False
    for ancestor in list(token.ancestors)[:6]:
        if ancestor.lower_ in words("member_prepositions") or ancestor.lower_ == "with":
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ in _TOPIC_WORDS \
                and ancestor.head in verbs:
            return True
    return False


def _inside_what_was_discussed(token, verbs, event=None) -> bool:
    """ "X in a call with Y discussed the plans for the journey of Z": Z is named
    inside the object of a verb of discussing, what was talked about, not who talked (not
    "was discussed by Z", nor "discussed plans for talks with Z", the event itself there)."""
    if not verbs or token.dep_ not in ("pobj", "poss"):
        return False
    path = [token]
    for ancestor in list(token.ancestors)[:8]:
        if ancestor.lower_ == "with":
            return False  # "discussed X in a call with Z": Z talked
        if ancestor in verbs:
            # (the event itself among what was discussed, "discussed plans for talks with
            # Z": Z is the event's)
            return ancestor.lemma_.lower() in words("deliberation_verbs") \
                and _what_was_said(path[-1]) and not (event is not None and any(
                    event in child.subtree for child in ancestor.children
                    if _what_was_said(child)))
        path.append(ancestor)
    return False


def _what_was_said(child) -> bool:
    """A verb's object, or its phrase of topic or purpose ("on trade", "for talks")."""
    return child.dep_ == "dobj" or child.dep_ == "prep" \
        and (child.lower_ in TALKED_ABOUT or child.lower_ == "for")


def _possessor_of_a_time(token) -> bool:
    """ "On Monday, before NAME's arrival, X met Y": NAME's arrival sets the time, NAME
    is no participant."""
    if token.dep_ != "poss" or token.head.dep_ != "pobj":
        return False
    prep = token.head.head
    if prep.lower_ == "of" and prep.head.lower_ in words("time_prepositions"):
        prep = prep.head  # "ahead of NAME's visit"
    return prep.lower_ in words("time_prepositions")


def _between_others(token, event) -> bool:
    """ "…, alluding to the frosty ties between President A and President B": A and B are
    named for what lies between them, no party to the clause (not "the talks between A and
    B", the event itself).  Up to the clause's first verb."""
    for ancestor in list(token.ancestors)[:_BETWEEN_REACH]:
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
        if ancestor.lower_ == "between" and ancestor.dep_ == "prep":
            head = ancestor.head
            return head.lemma_.lower() in _RELATION_NOUNS and (event is None or head.i != event.i)
    return False


_RELATION_NOUNS = frozenset(words("relation_nouns"))


#: How far up a name "between" may stand.
_BETWEEN_REACH = 6


def _inside_a_time_since(token) -> bool:
    """ "met … for the first time since the row over remarks by NAME": NAME is inside the
    event the meeting is counted from, no participant of it."""
    for node in token.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            return False
        if node.dep_ == "prep" and node.lower_ == "since" \
                and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in node.children):
            return True
    return False


def _attendee(token, event=None) -> bool:
    """A person who attended, accompanied or was present ("the talks were attended by X",
    "in the presence of X"): not a participant of the meeting.  The words above the
    event itself ("the programme includes talks between X and Y") are not read."""
    attendance = words("attendance")
    if _joins_those_met(token):
        return True
    chain = [token, *list(token.ancestors)[:6]]
    for number, ancestor in enumerate(chain):
        if event is not None and ancestor.i == event.i and number \
                and chain[number - 1].lower_ in words("member_prepositions") | {"with"}:
            return False  # "talks between X and Y", "talks with X": the event's own
        if ancestor.lemma_.lower() in attendance and not (
                ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in words("handing_verbs")) \
                and not _joins_one_person(ancestor) and not _joined_for_a_meeting(ancestor):
            return True
        if ancestor.pos_ in ("VERB", "AUX") and not modifier_verb(ancestor):
            # "X and Y were present", "X and Y took part in the extended meeting"
            return any((child.lemma_.lower() in attendance and child.dep_ in ("acomp", "attr"))
                       or (child.dep_ in ("dobj", "prt") and f"{ancestor.lemma_.lower()} "
                           f"{child.lower_}" in attendance)
                       for child in ancestor.children)
    return False


#: "him", "her": the one person someone joins ("A and B joined him at the hall for talks":
#: they met him), where "joined them for lunch" joins a meeting under way.
_ONE_PERSON = frozenset(marked("pronouns", "object"))
_ONE_SUBJECT = frozenset(marked("pronouns", "subject"))
_MEETING_NOUNS = frozenset(words("meeting_nouns"))


def _joined_for_a_meeting(verb) -> bool:
    """ "A and B were joined by C for a trilateral meeting": a passive of joining with a
    meeting for its purpose; those joined and the one who joins them all meet."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "join" \
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
        and any(t.lower_ == "for" and any(g.lower_ in _MEETING_NOUNS
                                          or g.lemma_.lower() in _MEETING_NOUNS
                                          for g in t.subtree)
                for t in verb.children)


def _joins_one_person(verb) -> bool:
    """ "A and B joined him (or NAME) at the hall for talks": the verb of joining has one
    person as its object, and talks for its purpose; those who join meet that person,
    they do not attend (not "who joined him for part of his tour")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "join" and any(
        c.dep_ == "dobj" and (c.lower_ in _ONE_PERSON or c.pos_ == "PROPN")
        for c in verb.children) and any(
        t.lower_ == "for" and any(
            g.lower_ in _MEETING_NOUNS or g.lemma_.lower() in _MEETING_NOUNS for g in t.subtree)
        for t in verb.subtree)


def states_held(ctx: Context, key: str) -> set[str]:
    """The states the person ``key`` holds an office of today."""
    return {p.state for p in ctx.linked.persons[key].positions if p.state and not p.former}


def _joined_from_abroad(ctx: Context, ref) -> bool:
    """ "He was joined by A, Minister of X; B, Minister of Y; and C": one person joined by
    officials of other states meets them; neither he nor they attend (his own ministers
    joining him are his delegation)."""
    verb = next((t for t in [ctx.doc[ref.start], *list(ctx.doc[ref.start].ancestors)[:5]]
                 if t.pos_ == "VERB" and t.lemma_.lower() == "join"), None)
    if verb is None or len(ref.persons) != 1:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"
                    and (c.lower_ in _ONE_SUBJECT or c.pos_ == "PROPN")), None)
    host = person_of(ctx, subject) if subject is not None else None
    # (the parser hangs the items of a list set off by semicolons anywhere below the verb)
    agents = [other.persons[0] for other in ctx.linked.refs if len(other.persons) == 1
              and verb.i < other.start < verb.sent.end
              and verb in list(ctx.doc[other.start].ancestors)[:6]]
    if host is None or not agents:
        return False
    own = states_held(ctx, host)
    abroad = [key for key in agents
              if own and states_held(ctx, key) and not own & states_held(ctx, key)]
    return ref.persons[0] in abroad or ref.persons[0] == host and bool(abroad)


def _joins_those_met(token) -> bool:
    """ "… met alone before their foreign ministers, A and B, joined them for lunch": the
    names right before "joined them" (however the parser hung them) join a meeting under
    way, they do not hold it."""
    doc = token.doc
    for k in range(token.i + 1, min(len(doc), token.i + 10)):
        word = doc[k]
        if word.pos_ == "VERB":
            return word.lemma_.lower() == "join" and word.tag_ in ("VBD", "VBZ", "VBP") \
                and any(c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ not in _ONE_PERSON
                        for c in word.children)
        if not (word.pos_ in ("PROPN", "PUNCT", "CCONJ") or word.ent_type_ == "PERSON"):
            return False
    return False


def _after_in_or_at(doc, sentence: Sentence, token_i: int) -> bool:
    # "at State House, Entebbe", "at the Presidential Palace Bamako": the city named
    # right after a building the meeting was at.
    k = token_i - 1
    comma = k > sentence.start and doc[k].text == ","
    if comma:
        k -= 1
    # "at Seri Perdana, Putrajaya": a named residence, then its city after a comma
    if k > sentence.start and (doc[k].lower_ in words("building_nouns")
                               or comma and doc[k].pos_ == "PROPN"):
        j = k
        while j > max(sentence.start, k - 5) and (doc[j - 1].text[:1].isupper()
                                                  or doc[j - 1].lower_ == "the"):
            j -= 1
        if j > sentence.start and doc[j - 1].lower_ in ("at", "in"):
            return True
    before = [t for t in doc[max(sentence.start, token_i - 7):token_i]]
    towns = words("town_nouns")
    # "in the northern border town of X": the town noun and the words that describe it
    while before and (before[-1].lower_ in words("place_lead_words")
                      or before[-1].lower_ in towns
                      or before[-1].dep_ in ("amod", "compound")
                      and before[-1].head.lower_ in towns):
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
    verbs = clause_verbs(ctx, tokens, trigger)
    event = token_at(ctx, trigger) if trigger is not None else None
    candidates = [(token_i, place) for token_i, place in zip(sentence.place_tokens,
                                                             sentence.places, strict=True)]
    known = {hit.start for hit in ctx.mentions.hits}
    ends = {hit.start: hit.end for hit in ctx.mentions.hits}
    facilities = set()
    for ent in ents_between(doc, sentence.start, sentence.end):
        # ("in NAME's office": a person's name the tagger took for a place)
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.start not in known \
                and ent.start not in ctx.person_tokens:
            # "[the Hofburg] by Federal President NAME": a place's name ends before a
            # lowercase preposition other than "of" that the tagger ran it into.
            end = next((t.i for t in ent if t.i > ent.start and t.is_lower and t.pos_ == "ADP"
                        and t.lower_ != "of"), ent.end)
            name = doc[ent.start:end].text.removeprefix("the ").strip()
            if name.lower() in words("country_nouns") or ctx.world.state_by_name(name):
                # "in the Kingdom": the state the story is told from, no city; "Ambassador
                # … to the Republic of X": a state the gazetteer knows, no venue
                continue
            if ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in words(
                    "gathering_nouns"):
                continue  # "at the G7 summit in Banff": a gathering's name, no place
            if ent[-1].dep_ == "compound" and ent[-1].head.pos_ == "NOUN" \
                    and ent[-1].head.text.islower() \
                    and ent[-1].head.lemma_.lower() not in _NOUNS_OF_PLACES:
                continue  # "in the Weimar Triangle format": a name of a kind of thing
            dateline = ctx.dateline
            candidates.append((ent.start, dateline if dateline and dateline.name == name
                               else PlaceRef(name)))
            if ent.label_ == "FAC":
                facilities.add(ent.start)  # a building the gazetteer lacks is a venue
    candidates += _towns_named(doc, sentence, known | {i for i, _ in candidates})
    city = venue = named_in = None
    for token_i, place in sorted(candidates, key=lambda c: c[0]):
        # "welcomed X to Bern": a host's verb names the place with "to".
        welcomed_to = token_i > 0 and doc[token_i - 1].lower_ == "to" \
            and doc[token_i - 1].head.lemma_.lower() in HOSTING_VERBS
        verb = governing_verb(doc[token_i])
        # "the meeting, held at the palace in Abu Dhabi": a verb on the event noun itself.
        # "the meeting, which took place in the palace in Warsaw": a relative clause on it.
        on_event = verb.dep_ in ("acl", "relcl") and event is not None \
            and verb.head.i == event.i
        if token_i not in tokens or not (welcomed_to or _after_in_or_at(doc, sentence, token_i)) \
                or (verb not in verbs and not on_event) or _in_the_topic(doc[token_i], verbs):
            continue
        info = ctx.world.locality(place.name)
        # "in the Yellow Room": a name the gazetteer lacks ending in a building's noun is
        # a venue, whatever the tagger calls it
        kind = info.kind if info else (
            "venue" if token_i in facilities
            or place.name.split()[-1].lower() in words("building_nouns") else "city")
        if kind in ("river", "sea", "airport"):
            continue  # an airport is where a guest is greeted, not where talks are
        if kind == "region" and _region_of_a_matter(doc[token_i]):
            continue
        if (end := ends.get(token_i)) is not None and building_named_before(doc, end):
            # "at Belém Palace in Lisbon": the palace's name; its city, if none is named
            named_in = named_in or place
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
    city = city or named_in
    if city is None and venue is None:
        city = _place_where(doc, verbs, candidates, ctx) \
            or _place_visited_before(doc, verbs, candidates, ctx)
    if city is None:
        city = _place_of_the_time_above(ctx, tokens, candidates)
    return city, venue


def _region_of_a_matter(token) -> bool:
    """ "talks on security in the Indo-Pacific", "the crisis in the Sahel": a
    region hanging on a common noun other than a place's or an event's is part of what
    was talked about, not where ("talks at a resort in X" stay there)."""
    root = token
    while root.dep_ in ("compound", "punct", "amod", "det") and root.head.i != root.i:
        root = root.head
    preposition = root.head
    noun = preposition.head
    return preposition.dep_ == "prep" and noun.pos_ == "NOUN" and noun.text.islower() \
        and noun.lemma_.lower() not in _NOUNS_OF_PLACES | _EVENT_NOUNS | _GATHERINGS


_GATHERINGS = frozenset(words("gathering_nouns"))


#: Nouns a name before them makes a place ("the Kremlin palace", "the Kessa border").
_NOUNS_OF_PLACES = frozenset(words("building_nouns") | words("place_nouns")
                             | words("landform_nouns") | words("street_nouns")
                             | words("town_nouns"))


def _in_the_topic(token, verbs) -> bool:
    """ "talks on the drought in the Horn", "reviewed the queues at the X border
    post", "with Y, the queues at the X border post": a place inside what was talked about
    is not where the talking was."""
    child = token
    for ancestor in token.ancestors:
        if ancestor in verbs:
            # (of a verb of discussing, only "in"/"at" on the verb itself says where)
            return ancestor.lemma_.lower() in _DELIBERATIONS \
                and not (child.dep_ == "prep" and child.lower_ in ("in", "at"))
        if ancestor.dep_ == "prep" and ancestor.lower_ in TALKED_ABOUT \
                and child.ent_type_ not in ("DATE", "TIME") and not _sidelines(child) and (
                    ancestor.lower_ != "on" or ancestor.head.pos_ == "NOUN"
                    and ancestor.head.lemma_.lower() in _EVENT_NOUNS
                    or ancestor.head in verbs and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in _EVENT_NOUNS
                        for c in ancestor.head.children)):
            # ("met on Monday in X", "on the sidelines of the summit in X": when and where;
            # "held talks on the situation in X": what about)
            return True
        child = ancestor
    return False


def _place_of_the_time_above(ctx: Context, tokens: set[int], candidates) -> PlaceRef | None:
    """The city of the verb a "when" (or "where") clause hangs on: "X visited Manama in
    December 2022, when he was received by the King" (the King received him in Manama;
    "… visited Manama in May, where he held talks with Y at the palace": there too)."""
    doc = ctx.doc
    if not tokens:
        return None
    head = highest(doc[i] for i in tokens)
    if head.dep_ not in ("relcl", "advcl") or not _opened_by_when(head, "where"):
        return None
    above = governing_verb(head.head)
    own = {t.i for t in head.subtree}
    # "after a visit to CITY, during which …": the city of the visit, not of the return
    within = told_within(head)
    # "On his way to X, he stopped over in Y on Monday, where …": the nearest city before
    # the clause first
    first = head.left_edge.i
    ordered = [*reversed([c for c in candidates if c[0] < first]),
               *[c for c in candidates if c[0] >= first]]
    for token_i, place in ordered:
        info = ctx.world.locality(place.name)
        if token_i not in own and (governing_verb(doc[token_i]) == above if within is None
                                   else doc[token_i] in within.subtree) \
                and info is not None and info.kind in ("city", "capital"):
            return place
    return None


def _towns_named(doc, sentence: Sentence, taken: set[int]) -> list[tuple[int, PlaceRef]]:
    """ "in the border town of Jaguarão": a name after a town's noun and "of" is a town,
    though neither the gazetteer nor the tagger knows it as a place."""
    found = []
    towns = words("town_nouns")
    for i in range(sentence.start + 2, sentence.end):
        if i in taken or doc[i - 1].lower_ != "of" or not doc[i - 2].text.islower() \
                or doc[i - 2].lower_ not in towns or doc[i].pos_ != "PROPN" \
                or not doc[i].text[:1].isupper():
            continue
        end = i + 1
        while end < sentence.end and (
                doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                or doc[end].text == "-" and not doc[end - 1].whitespace_
                and not doc[end].whitespace_):  # "Lunga-Lunga"
            end += 1
        found.append((i, PlaceRef(doc[i:end].text)))
    return found


def _place_visited_before(doc, verbs, candidates, ctx: Context):
    """ "In January he visited Riga and met Y", "had visited Riga in May for talks with
    Y": the city a visiting verb (the clause's own, or the one its verb is joined to) names
    as its object."""
    for verb in verbs:
        visit = verb if verb.lemma_.lower() in words("visit_nouns") else verb.head
        if (visit is not verb and (verb.dep_ != "conj" or visit.i >= verb.i)) \
                or visit.pos_ != "VERB" or visit.lemma_.lower() not in words("visit_nouns"):
            continue
        for token_i, place in candidates:
            info = ctx.world.locality(place.name)
            word = doc[token_i]
            while word.dep_ == "compound" and word.head.i > word.i:
                word = word.head  # "Buenos Aires": the name's last word is the object
            if word.head.i == visit.i and word.dep_ == "dobj" and (
                    info is None or info.kind in ("city", "capital", "town")):
                return place
    return None


def _place_where(doc, verbs, candidates, ctx: Context):
    """ "travelled to Brussels for the forum, where he met Y": the place a "where" clause
    of the verb hangs on."""
    for verb in verbs:
        if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
            continue
        head = verb.head
        above = governing_verb(head)  # "…to Brussels for the forum, where": the trip's place
        towns = [(token_i, place) for token_i, place in candidates
                 if (info := ctx.world.locality(place.name)) is None
                 or info.kind in ("city", "capital", "town")]
        # "On his way to X, he stopped in Y, where he met Z": the place "where" hangs on,
        # else the nearest one the verb above goes to or is in
        found = next((place for token_i, place in towns
                      if token_i <= head.i < token_i + len(place.name.split()) + 1), None) \
            or next((place for token_i, place in reversed(towns)
                     if token_i < verb.i and token_i > 0
                     and doc[token_i - 1].lower_ in ("to", "in")
                     and governing_verb(doc[token_i]).i == above.i), None)
        if found is not None:
            return found
    return None


#: Relative pronouns of persons ("X, who arrived on Monday").
_RELATIVE_PERSONS = frozenset(("who", "whom", "whose"))


_DECIDING_VERBS = words("deciding_verbs")


def clause_date(ctx: Context, sentence: Sentence, tokens: set[int], trigger: int | None = None):
    """The date of the clause's own verb ("held talks … on Tuesday"), before dates of
    clauses inside it ("who arrived on Monday"), before the sentence's first date.  A date
    of another event the clause names ("…, following a meeting of the ministers on 18
    May") is that event's: with only such dates, the clause states none."""
    inside = [(token_i, day) for token_i, _, day in sentence.date_expressions
              if day and token_i in tokens and not _spoken_of(ctx, token_i, trigger)]
    if inside and ctx.doc is not None and trigger is not None \
            and (event := token_at(ctx, trigger)) is not None \
            and event.dep_ in ("dobj", "nsubjpass") \
            and event.head.lemma_.lower() in REPORTING_VERBS:
        # "X's aide confirmed the talks on Monday": the day of the telling, not theirs
        inside = [(token_i, day) for token_i, day in inside
                  if governing_verb(ctx.doc[token_i]) != event.head]
    if inside and ctx.doc is not None and trigger is not None \
            and (token := token_at(ctx, trigger)) is not None \
            and (own := governing_verb(token)).dep_ == "xcomp" \
            and own.head.lemma_.lower() in _DECIDING_VERBS \
            and (token == own or token.dep_ == "dobj" and token.head == own):
        # "agreed on Wednesday to hold a summit later in the year": the day of
        # the decision, not of the summit (but "agreed yesterday to restore flights after
        # talks at X": the talks' day)
        inside = [(token_i, day) for token_i, day in inside
                  if governing_verb(ctx.doc[token_i]) != own.head]
        if not inside:
            return None
    if ctx.doc is not None and trigger is not None and (token := token_at(ctx, trigger)) \
            is not None and (within := told_within(governing_verb(token))) is not None:
        # "returned on Monday after a visit to X in May, during which she met Y": the
        # visit's own day, if it states one, not the return's
        own = {t.i for t in within.subtree}
        return next((day for token_i, day in inside if token_i in own), None)
    if ctx.doc is not None and inside and trigger is not None \
            and (token := token_at(ctx, trigger)) is not None and not _of_validity(token):
        # "…, signed on Monday, enters into force on 1 January": the document's validity
        inside = [(token_i, day) for token_i, day in inside
                  if not _of_validity(ctx.doc[token_i])]
        if not inside:
            return None
    if ctx.doc is not None and trigger is not None and inside:
        own = [(token_i, day) for token_i, day in inside
               if not _of_another_event(ctx, token_i, trigger)]
        if not own:
            return None
        inside = own
    event = _event_head(token_at(ctx, trigger)) if trigger is not None else None
    if event is not None and event.pos_ == "NOUN":
        # "arrived on Tuesday ahead of talks on Friday": the event noun's own date first.
        own = {t.i for t in event.subtree}
        for token_i, day in inside:
            # (not "a meeting with X, who arrived on Monday": the day of X's arrival; but
            # "the meeting of the Council, which the two chaired on Monday")
            verb = governing_verb(ctx.doc[token_i])
            if token_i in own and not (verb.dep_ == "relcl" and verb.i in own and any(
                    c.lower_ in _RELATIVE_PERSONS for c in verb.children)):
                return day
    if ctx.doc is not None and inside and trigger is not None \
            and (token := token_at(ctx, trigger)) is not None \
            and (own := governing_verb(token)).dep_ == "conj" and own.pos_ == "VERB":
        # "X, who took office on Nov. 8, arrived on Wednesday night and was received by Y
        # on Thursday morning": the joined verb's own day
        for token_i, day in inside:
            if governing_verb(ctx.doc[token_i]) == own:
                return day
    if ctx.doc is not None and inside:
        heads = {governing_verb(ctx.doc[i]) for i in tokens}
        top = highest(heads)
        for token_i, day in inside:
            if governing_verb(ctx.doc[token_i]) == top:
                return day
        if top.pos_ in ("VERB", "AUX") and all(
                governing_verb(ctx.doc[token_i]).dep_ == "relcl" for token_i, _ in inside):
            # "X, who arrived in Seoul on Tuesday, held talks with Y": the day of the
            # arrival, not of the talks; the sentence's day outside such a clause, if any
            # ("…, was welcomed in the morning before the talks began"), or of the day
            # heading it stands under
            return next((day for token_i, _, day in sentence.date_expressions if day
                         and governing_verb(ctx.doc[token_i]).dep_ != "relcl"),
                        sentence.heading_date)
    if inside:
        return inside[0][1]
    if ctx.doc is not None and tokens and _relative_clause_of_a_period(ctx, sentence, tokens):
        return None
    if ctx.doc is not None and tokens and (day := _day_the_clause_describes(ctx, sentence, tokens)):
        return day
    if ctx.doc is not None and trigger is not None:
        # "…, a statement said today": the day of the telling, not of the event.
        told = [day for token_i, _, day in sentence.date_expressions if day
                and governing_verb(ctx.doc[token_i]).lemma_.lower() in REPORTING_VERBS]
        if told and sentence.date in told:
            return None
        # (the sentence's day, too, when a document's validity gives it)
        if any(day == sentence.date and _of_validity(ctx.doc[token_i])
               for token_i, _, day in sentence.date_expressions):
            return None
        # "…, just days after the dispute over the July 28 elections": another event's.
        if any(day is not None and day == sentence.date and some_time_apart(ctx.doc[token_i])
               for token_i, _, day in sentence.date_expressions):
            return None
        # "X called Y on Wednesday, a day after A met B": A and B met on the Tuesday;
        # "days after …" gives no day.
        token = token_at(ctx, trigger)
        if sentence.date is not None and some_time_apart(token):
            shift = days_apart(token)
            return sentence.date + dt.timedelta(days=shift) if shift is not None else None
        if sentence.date is None and some_time_apart(token) \
                and (shift := days_apart(token)) is not None \
                and (told := _day_of_the_event_it_follows(ctx, sentence, token)):
            # "That call came one day after A had met B": counted from the day of the
            # event the sentences before told
            return told + dt.timedelta(days=shift)
        if token is not None and _joined_apart(governing_verb(token), sentence) \
                and dated_to_a_period(ctx, sentence, tokens):
            # "spoke by phone on 21 May, and last met in February": the joined verb's own
            # month, not the sentence's day, which is the other verb's
            return None
        days = [token_i for token_i, _, day in sentence.date_expressions if day]
        if days and all(governing_verb(ctx.doc[i]).dep_ == "relcl" and i not in tokens
                        for i in days):
            # "X, who arrived on Tuesday, received a welcome before the two leaders held
            # talks": the arrival's day, no day of the talks
            return None
        if days and all(_spoken_of(ctx, i, trigger) for i in days):
            return None
    return sentence.date


#: How many sentences back "That summit came two days after …" may find the summit's day.
_FOLLOWED_REACH = 3


def _day_of_the_event_it_follows(ctx: Context, sentence: Sentence, token) -> dt.date | None:
    """ "That call came one day after [A had met B]": the day of the call, the event the
    clause's subject names (an event noun with "the", "that" or "this"), as the nearest
    sentence before that gives a day told it."""
    verb = next((node for node in [token, *token.ancestors] if any(
        c.dep_ == "mark" and c.lower_ in _APART for c in node.children)), None)
    head = verb.head if verb is not None and verb.dep_ == "advcl" else None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None) \
        if head is not None else None
    if subject is None or not {subject.lower_, subject.lemma_.lower()} & _FOLLOWED_EVENTS \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this")
                       for c in subject.children):
        return None
    k = ctx.sentence_index(sentence.char_start)
    if k is None:
        return None
    for before in reversed(ctx.sentences[max(0, k - _FOLLOWED_REACH):k]):
        if before.date is not None:
            return before.date
    return None


_FOLLOWED_EVENTS = _TOLD_EVENTS | _GATHERINGS


def _spoken_of(ctx: Context, token_i: int, trigger: int | None) -> bool:
    """ "'Today was about …,' X told reporters after the meeting": a day inside a quotation
    is the speaker's word for a day, not the day the narration around it gives its event."""
    if ctx.doc is None or trigger is None:
        return False
    return ctx.in_quotation(ctx.doc[token_i].idx) and not ctx.in_quotation(trigger)


_VALIDITY = frozenset(words("validity_words"))


def signing_day(ctx: Context, sentence: Sentence, held: bool = False):
    """The sentence's day for a signing, unless a document's validity gives it ("…, signed
    at the end of the lunch, enters into force on 1 January"): then the next day the
    sentence states, if any. A signing ``held`` is on no day after the story's ("signed a
    statement that sets a timetable: the ministers will meet on 1 July")."""
    def fits(day) -> bool:
        return not (held and ctx.published and day > ctx.published)

    if ctx.doc is None or sentence.date is None or not any(
            day == sentence.date and _of_validity(ctx.doc[token_i])
            for token_i, _, day in sentence.date_expressions):
        if sentence.date is None or fits(sentence.date):
            return sentence.date  # (a timeline row's date is its label's, no expression)
    return next((day for token_i, _, day in sentence.date_expressions
                 if day and fits(day) and not _of_validity(ctx.doc[token_i])), None)


_UNTIL = frozenset(("until", "till"))


def _of_validity(token) -> bool:
    """The date at ``token`` hangs on a verb of a document's validity ("enters into force",
    "takes effect", "expires", "is valid until"), or on "until" ("keeping the accord in
    force until 31 December 2031": how long it holds, not when it was signed)."""
    if token.lower_ in _UNTIL or token.head.lower_ in _UNTIL \
            or token.i > 0 and token.doc[token.i - 1].lower_ in _UNTIL:
        return True
    verb = governing_verb(token)
    near = [verb, *verb.children, *(g for c in verb.children if c.dep_ == "prep"
                                    for g in c.children)]
    return any(t.lemma_.lower() in _VALIDITY for t in near)


def _relative_clause_of_a_period(ctx: Context, sentence: Sentence, tokens: set[int]) -> bool:
    """ "X met Y, who travelled to New Delhi in October": the relative clause dates its own
    event to a period; the day the sentence gives is the main clause's, not its."""
    top = highest(governing_verb(ctx.doc[i]) for i in tokens)
    doc = ctx.doc
    # (the period dates the verb itself, "travelled … in October", not a thing it names,
    # "the first time they met since the attack in September")
    return top.dep_ == "relcl" and any(
        day is None and token_i in tokens and names_a_period(text)
        and ((noun := _head_of_compounds(doc[token_i], _MODIFIERS)).head == top
             or noun.head.dep_ == "prep" and noun.head.head == top)
        for token_i, text, day in sentence.date_expressions)


#: The words that modify a noun on the way to it: "last" of "last week".
_MODIFIERS = ("amod", "det", "nummod", "compound")


def days_apart(token) -> int | None:
    """How many days the event of ``token`` lies from the one it is counted from, with its
    sign: "a day after [X met Y]" -1, "two days before [X met Y]" +2; None when the
    stretch is not counted in days ("days after", "a week after")."""
    for node in [token, *token.ancestors]:
        marker = node if node.i != token.i and node.dep_ == "prep" and node.lower_ in _APART \
            else next((c for c in node.children if c.dep_ == "mark" and c.lower_ in _APART),
                      None)
        if marker is None:
            continue
        doc = token.doc
        if marker.i < 2 or doc[marker.i - 1].lower_ not in ("day", "days"):
            return None
        number = 1 if doc[marker.i - 2].lower_ in ("a", "one") \
            else count_of(doc[marker.i - 2].text)
        if number is None:
            return None
        return -number if marker.lower_ == "after" else number
    return None


def noun_phrase(token) -> list:
    """The token and its modifiers and conjuncts, without phrases hanging on it ("the
    ministers [in Kigali]")."""
    phrase = [token]
    for child in token.children:
        if child.dep_ not in ("prep", "relcl", "acl", "punct", "appos"):
            phrase.extend(noun_phrase(child))
    return phrase


_EVENT_NOUNS = frozenset(words("meeting_nouns"))


def _event_head(token):
    """The event noun a trigger word modifies: "call" of "a phone call on 2 March"."""
    while token is not None and token.dep_ == "compound" and token.head.pos_ == "NOUN" \
            and token.head.i != token.i:
        token = token.head
    return token


def _of_another_event(ctx: Context, token_i: int, trigger: int) -> bool:
    """The date at ``token_i`` hangs on an event noun other than the trigger's own, or
    names another thing's day ("the upcoming July 28 elections")."""
    own = _event_head(token_at(ctx, trigger))
    date = ctx.doc[token_i]
    # (not "Yesterday afternoon X held talks", a time of the day the verb itself has)
    time_of_verb = date.head.ent_type_ in ("DATE", "TIME") and date.head.dep_ == "npadvmod" \
        and date.head.head.pos_ in ("VERB", "AUX")
    if date.dep_ in ("nmod", "compound") and date.head.pos_ == "NOUN" and not time_of_verb \
            and (own is None or date.head.i != own.i):
        return True
    for ancestor in date.ancestors:
        if own is not None and ancestor.i == own.i:
            return False
        if ancestor.pos_ in ("VERB", "AUX") and not modifier_verb(ancestor):
            return False
        if ancestor.pos_ == "NOUN" and ancestor.lemma_.lower() in _EVENT_NOUNS:
            if own is not None and ancestor.dep_ == "dobj" and ancestor.head.i == own.i:
                return False  # "paid a call on Y … that same evening": the call's own day
            return not _on_its_sidelines(ancestor)
    return False


def _on_its_sidelines(event) -> bool:
    """ "on the margins of Tuesday's plenary": a meeting on an event's margins is held on
    its day, so the event's date is the meeting's too."""
    return event.dep_ == "pobj" and event.head.lower_ == "of" and _sidelines(event.head.head)


def _sidelines(token) -> bool:
    """ "sidelines", "margins": where meetings around a gathering are held."""
    return token.lower_.rstrip("s") in ("sideline", "margin")


def dated_to_a_period(ctx: Context, sentence: Sentence, tokens: set[int]) -> bool:
    """ "… met in Sochi in the preceding week", "shortly after taking office in January,
    X spoke with Y": a day the clause does not give is unknown, not the story's day. A
    period dating a clause about someone ("Y, who last month hosted …", "his first since
    the leader won … last month") leaves the meeting's day alone."""
    above = _date_above(ctx, sentence, tokens)
    if above is not None and above[2] is None and names_a_period(above[1]):
        return True  # "… was in December 2019, when X met Y"
    for token_i, text, day in sentence.date_expressions:
        if day is not None or token_i not in tokens or not (
                names_a_period(text) or _an_earlier_year(ctx, sentence, tokens, token_i, text)):
            continue
        if ctx.doc is None:
            return True
        verb = governing_verb(ctx.doc[token_i])
        if verb.dep_ in ("relcl", "acl") or (verb.dep_ == "advcl"
                                             and verb.head.pos_ not in ("VERB", "AUX")):
            continue
        if verb.dep_ == "advcl" and verb.tag_ == "VBN" and _PLANNED_WORDS.fullmatch(verb.text) \
                and not any(c.dep_.startswith("nsubj") for c in verb.children):
            continue  # "…, in which they discussed X's visit, planned for March": its month
        return True
    return False


#: A year alone ("in 2021").
_YEAR_ALONE = re.compile(r"(?:in\s+)?(\d{4})")


def _an_earlier_year(ctx: Context, sentence: Sentence, tokens: set[int], token_i: int,
                     expression: str) -> bool:
    """ "The two leaders last met in 2021": a year before the story's, on the clause's own
    verb, no day of it (not "the first meeting since 2011", nor "the treaty signed on
    this day in 1963" inside the clause)."""
    year = _YEAR_ALONE.fullmatch(expression.strip())
    if year is None or ctx.published is None or int(year.group(1)) >= ctx.published.year \
            or ctx.doc is None or not tokens:
        return False
    if token_i > 0 and ctx.doc[token_i - 1].lower_ == "since":
        return False
    top = highest(ctx.doc[i] for i in tokens)
    return governing_verb(ctx.doc[token_i]) == governing_verb(top)


_APART = ("after", "before")


def _counted_apart(token) -> bool:
    """ "a day after", "weeks before": a preposition of time after a stretch of days."""
    return token.dep_ == "prep" and token.lower_ in _APART and token.i > 0 \
        and token.doc[token.i - 1].lemma_.lower() in words("interval_nouns")


def some_time_apart(token) -> bool:
    """ "The talks come days after X met Y", "a day after his summit with Y": the event
    is what another is counted from, a stretch of days away; its own day is not given.
    ("X met Y two days after the election" dates the meeting from the election, which
    is not this.)"""
    if token is None:
        return False
    doc = token.doc
    intervals = words("interval_nouns")

    def counted(marker) -> bool:
        return marker.i > 0 and doc[marker.i - 1].lemma_.lower() in intervals

    for node in [token, *token.ancestors]:
        if node.i != token.i and node.dep_ == "prep" and node.lower_ in _APART:
            return counted(node)  # "a day after [his summit with Y]"
        if any(child.dep_ == "mark" and child.lower_ in _APART and counted(child)
               for child in node.children):
            return True  # "days after [X met Y]"
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                                for c in node.children):
            return False  # the clause ends here
    return False


def _opened_by_when(clause_verb, *also: str) -> bool:
    """The clause of ``clause_verb`` opens with "when" (or one of ``also``, "where") or
    "during which", "in which": it tells what happened at the time of the word it hangs on."""
    return any(c.lower_ in ("when", *also) or (c.dep_ == "prep" and any(
        g.lower_ == "which" for g in c.children)) for c in clause_verb.children)


def _day_the_clause_describes(ctx: Context, sentence: Sentence, tokens) -> dt.date | None:
    """ "… on 3 May 2021, when the pair met": a "when" clause the parse hangs
    on the day itself took place that day."""
    head = highest(ctx.doc[i] for i in tokens)
    if head.dep_ != "relcl" or not _opened_by_when(head):
        return None
    expression = _expression_at(ctx, sentence, head.head.idx)
    return expression[2] if expression is not None else None


def _expression_at(ctx: Context, sentence: Sentence, char: int) -> tuple | None:
    """The sentence's date expression that covers the character ``char``, if any."""
    for expression in sentence.date_expressions:
        start = ctx.doc[expression[0]].idx
        if start <= char < start + len(expression[1]):
            return expression
    return None


def _date_above(ctx: Context, sentence: Sentence, tokens) -> tuple | None:
    """The date expression a "when" clause hangs on: "in December 2019 when X met Y"."""
    if ctx.doc is None or not tokens:
        return None
    head = highest(ctx.doc[i] for i in tokens)
    if head.dep_ == "relcl":
        # "in December 2019 [when X met Y]": on the date itself
        if (expression := _expression_at(ctx, sentence, head.head.idx)) is not None:
            return expression
        if _opened_by_when(head):
            # "a working visit in November 2023, when he held talks with Y" (", during
            # which he held talks"): the date of the noun the clause describes
            own = {t.i for t in head.subtree}
            above = governing_verb(head.head)
            for expression in sentence.date_expressions:
                if expression[0] not in own and (any(
                        t.i == expression[0] for t in head.head.subtree)
                        or governing_verb(ctx.doc[expression[0]]) == above
                        and told_within(head) is None):
                    return expression
    elif head.dep_ == "advcl" and _opened_by_when(head):
        # "… was in March 2011, when X met Y", "… a state visit in November 2023, during
        # which he was received by Y": the date of the verb the clause hangs on.
        for expression in sentence.date_expressions:
            if governing_verb(ctx.doc[expression[0]]) == head.head:
                return expression
    return None


_A_YEAR = re.compile(r"\b\d{4}\b")
_MONTH_NAME = r"\b(?:" + "|".join(MONTHS) + r")\b"
_DAY_OF_A_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\b.*{_MONTH_NAME}"
                             rf"|{_MONTH_NAME}.*\b\d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE)

_SCHEDULED = re.compile(r"\b" + alternation("scheduled_words") + r"\b", re.IGNORECASE)


#: Days before the story's day a planned event's date may lie before it is taken for a
#: day of the month read back to the wrong year (a late filing may still tell of last
#: week's plan as planned).
_DAYS_A_PLAN_MAY_LIE_BEHIND = 60


def forward_if_planned(ctx: Context, date, status: str, text: str = ""):
    """"will meet on Friday": a bare weekday of a planned event is the coming one, not
    the one before publication; so is the day a postponed or cancelled event had been
    set for ("the talks, scheduled for Thursday, were called off": ``text`` says so)."""
    scheduled = status in ("postponed", "cancelled") and _SCHEDULED.search(text)
    if (status != "planned" and not scheduled) or date is None:
        return date
    # The weekday was read back from the publication day or from the dateline's: it is
    # still to come when it falls before the story's day ("Nairobi, April 1 - … is expected
    # to travel on Wednesday"), not when it follows the day the story tells ("… traveled
    # on Tuesday … is scheduled to leave on Wednesday", published on Thursday).
    story, published = ctx.story_date or ctx.published, ctx.published or ctx.story_date
    if story is not None and (story - date).days > _DAYS_A_PLAN_MAY_LIE_BEHIND:
        # "will visit Brazil from 15 to 17 January", published in December: a day of the
        # month with no year, read back to this year, is next year's when still to come.
        return in_year(date, date.year + 1) or date + dt.timedelta(days=365)  # (29 Feb)
    if story is not None and (0 < (story - date).days < 7
                              or date <= story and 0 < (published - date).days < 7):
        return date + dt.timedelta(days=7)
    return date


def subject_above(token):
    """The subject of the verb, or of the nearest verb above it that has one ("says he
    looks forward to hosting Y": he)."""
    for verb in [token, *token.ancestors]:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
        if subject is not None:
            return subject
    return None


def person_of(ctx: Context, token) -> str | None:
    """The one person a reference at ``token`` (or its phrase) names."""
    if token is None:
        return None
    tokens = {t.i for t in token.subtree} if token.dep_ != "nsubj" else {token.i}
    for ref in ctx.linked.refs:
        if len(ref.persons) == 1 and (ref.start in tokens or ref.start <= token.i < ref.end):
            return ref.persons[0]
    return None


@dataclass(frozen=True)
class Roles:
    """The tokens that play each part in a clause ("host", "guest", ...) and the id of the
    rule of ``roles.json`` that said so (None: no rule matched)."""

    rule: str | None
    tokens: dict


def _role_matches(ctx: Context, sentence: Sentence) -> list[tuple[int, list[int]]]:
    """Every match of the role rules in a sentence, once: (rule number, token ids of the
    document), in rule order, then text order."""
    key = ("roles", sentence.start)
    found = ctx.clauses.get(key)
    if found is None:
        found = []
        span = ctx.doc[sentence.start:sentence.end] if ctx.doc is not None else None
        if span is not None and (_ROLE_WORDS is None or any(
                token.lower_ in _ROLE_WORDS or token.lemma_ in _ROLE_WORDS for token in span)):
            matcher = _role_matcher(ctx.doc.vocab)
            # On a span the matcher counts tokens from the span's start.
            found = sorted((int(ctx.doc.vocab.strings[match_id]),
                            [span.start + i for i in token_ids])
                           for match_id, token_ids in matcher(span))
        ctx.clauses[key] = found
    return found


def _first_node_words() -> frozenset[str] | None:
    """The words a role rule's first node can be (its LOWER or LEMMA values): a sentence
    with none of them matches no rule, and the matcher need not run over it.  None when a
    rule's first node names no word (then the matcher always runs)."""
    found: set[str] = set()
    for rule in dependency_rules("roles"):
        attributes = rule.pattern[0]["RIGHT_ATTRS"]
        if "LOWER" not in attributes and "LEMMA" not in attributes:
            return None
        for value in (attributes.get("LOWER"), attributes.get("LEMMA")):
            if isinstance(value, dict):
                found.update(value.get("IN", ()))
            elif isinstance(value, str):
                found.add(value)
    return frozenset(found)


_ROLE_WORDS = _first_node_words()
_MATCHERS: dict[int, tuple[object, DependencyMatcher]] = {}


def _role_matcher(vocab) -> DependencyMatcher:
    """The role rules compiled for a model's vocabulary, once per vocabulary."""
    kept = _MATCHERS.get(id(vocab))
    if kept is None or kept[0] is not vocab:
        matcher = DependencyMatcher(vocab)
        for number, rule in enumerate(dependency_rules("roles")):
            matcher.add(str(number), [list(rule.pattern)])
        kept = _MATCHERS[id(vocab)] = (vocab, matcher)
    return kept[1]


@dataclass(eq=False)
class Clause:
    """What the clause of one trigger says, each part read once, when first asked for.

    ``trigger`` is the character where the rule matched; the steps read ``persons``
    (named or described as the verb's own subject, object or company), ``subject`` and
    ``object`` (the one person in each slot), ``status``, ``date`` (as the clause states
    it), ``places`` (city, venue), ``negated`` and ``quoted`` instead of parsing again.
    """

    ctx: Context
    sentence: Sentence
    trigger: int

    @cached_property
    def token(self):
        """The trigger's token (None without a parse)."""
        return token_at(self.ctx, self.trigger)

    @cached_property
    def tokens(self) -> frozenset[int]:
        """Token indices of the clause."""
        return frozenset(clause_tokens(self.ctx, self.sentence, self.trigger))

    @cached_property
    def verb(self):
        """The verb the trigger hangs on (the trigger itself when it is one)."""
        return governing_verb(self.token) if self.token is not None else None

    @cached_property
    def persons(self) -> list[str]:
        """Persons taking part, in text order: named first, then described."""
        return clause_persons(self.ctx, self.sentence, self.tokens, self.trigger)

    @cached_property
    def subject(self) -> str | None:
        """The one person the verb's subject (or the nearest one above) names."""
        return person_of(self.ctx, subject_above(self.verb)) if self.verb is not None else None

    @cached_property
    def object(self) -> str | None:
        """The one person the verb's direct object names."""
        if self.verb is None:
            return None
        return person_of(self.ctx, next((c for c in self.verb.children if c.dep_ == "dobj"),
                                        None))

    def _told_as_past(self) -> bool:
        """The clause's verb is in a past tense ("met", "was received", "had spoken")."""
        verb = self.verb
        return verb is not None and (verb.tag_ == "VBD" or any(
            child.dep_ in ("aux", "auxpass") and (child.tag_ == "VBD"
                                                  or child.lemma_.lower() == "have")
            for child in verb.children))

    @cached_property
    def status(self) -> str:
        """held, planned, postponed or cancelled (:func:`event_status`); an event the
        clause dates after the story's publication has not been held yet ("the tour
        goes on to X on the 25th", dated after the story)."""
        status = event_status(self.ctx, self.sentence, self.trigger)
        published = self.ctx.published
        if status == "held" and published is not None and self.date is not None \
                and self.date > published:
            return "planned"
        if status == "held" and any(self._own_date_word(token_i) and is_future_expression(text)
                                    and not _RELATIVE_TO_EVENT.search(text)
                                    for token_i, text, _ in self.sentence.date_expressions):
            return "planned"  # "to visit Senegal next week", not "the next day, they met"
        if status == "held" and self.sentence.coming and self.verb is not None \
                and _in_the_present(self.verb):
            return "planned"  # "COMING UP … X co-chairs the commission with Y in Z"
        return status

    def _own_date_word(self, token_i: int) -> bool:
        """The date word hangs on the trigger itself, or on its verb when it is one."""
        doc = self.ctx.doc
        if doc is None or self.token is None:
            return token_i in self.tokens
        word = doc[token_i]
        if self.token.pos_ in ("NOUN", "PROPN"):
            return self.token in word.ancestors  # "his visit next week", not "since his visit"
        return governing_verb(word).i == self.verb.i

    @cached_property
    def negated(self) -> bool:
        """ "did not meet", "held no talks"."""
        return negated(self.ctx, self.trigger)

    @cached_property
    def denied(self) -> bool:
        """ "denied reports that X would travel", "no plans for X to meet Y": neither held
        nor planned."""
        token = token_at(self.ctx, self.trigger)
        return token is not None and (denied(token)
                                      or self.status == "held" and _unconfirmed(token))

    @cached_property
    def quoted(self) -> bool:
        """The trigger stands inside quotation marks."""
        return self.ctx.in_quotation(self.trigger)

    @cached_property
    def date(self):
        """The day the clause states for its event, or None (:func:`clause_date`). A day
        and month with no year that a held event told in the past tense would only reach
        after the story's day is last year's ("they last met in Samarkand on 4 April", in
        a story of 5 March)."""
        return self.as_told(clause_date(self.ctx, self.sentence, self.tokens, self.trigger))

    @cached_property
    def own_date(self):
        """:attr:`date` when a date word hanging on the clause's own verb states it, else
        None: not a day the sentence gives another verb ("X, who paid a visit to Y in 2019,
        met Z on Monday": none for "paid")."""
        day = self.date
        if day is None:
            return None
        return day if any(found is not None and self.as_told(found) == day
                          and self._own_date_word(token_i)
                          for token_i, _, found in self.sentence.date_expressions) else None

    def as_told(self, day):
        """``day``, a day of the sentence's, a year earlier when it is a day and month
        with no year the clause's held event, told in the past tense, would only reach
        after the story's day ("had visited Stockholm on 20 June", in a story of March)."""
        published = self.ctx.published
        if day is None or published is None or day <= published or not self._told_as_past():
            return day
        text = next((text for _, text, found in self.sentence.date_expressions
                     if found == day), "")
        if not _DAY_OF_A_MONTH.search(text) or _A_YEAR.search(text) \
                or event_status(self.ctx, self.sentence, self.trigger) != "held":
            return day
        return in_year(day, day.year - 1) or day  # (a 29 February stays)

    @cached_property
    def dated_to_a_period(self) -> bool:
        """The clause dates its event to a week, month or year, not a day, or puts it days
        away from another (:func:`some_time_apart`)."""
        return dated_to_a_period(self.ctx, self.sentence, self.tokens) \
            or some_time_apart(self.token) or (
                self.ctx.doc is not None and bool(self.tokens)
                and _relative_clause_of_a_period(self.ctx, self.sentence, self.tokens))

    @cached_property
    def places(self) -> tuple[PlaceRef | None, PlaceRef | None]:
        """(city or region, venue) the clause says the event took place in."""
        return located_places(self.ctx, self.sentence, self.tokens, self.trigger)

    @cached_property
    def roles(self) -> Roles:
        """The parts the clause's words play, by the first rule of ``roles.json`` that
        matches it ("X hosted Y": host X, guest Y)."""
        token = self.token
        for rule_number, token_ids in _role_matches(self.ctx, self.sentence):
            rule = dependency_rules("roles")[rule_number]
            first = token_ids[0]
            if (rule.anchor == "trigger" and token is not None and first == token.i) or (
                    rule.anchor == "clause" and first in self.tokens):
                names = [node["RIGHT_ID"] for node in rule.pattern]
                return Roles(rule.name, {name: self.ctx.doc[i]
                                         for name, i in zip(names, token_ids, strict=True)})
        return Roles(None, {})

    @property
    def evidence(self) -> Span:
        """The sentence, as the evidence of what is read from it."""
        return evidence(self.sentence)


def clause_at(ctx: Context, sentence: Sentence, trigger: int) -> Clause:
    """The clause of the trigger at character ``trigger``, built once per story."""
    clause = ctx.clauses.get(trigger)
    if clause is None or clause.sentence is not sentence:
        clause = ctx.clauses[trigger] = Clause(ctx, sentence, trigger)
    return clause
