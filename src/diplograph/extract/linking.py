"""Linking mentions to persons: one entity per real-world person in an article.

A full name makes a person; a surname alone, or a title with a surname, is
linked to the person of that name; descriptions ("Azerbaijan's president",
"his Belarusian counterpart", "the two leaders") are linked to the persons who
hold that office in the article, or, failing that, to the office holder the
world data knows on the article's date.  The byline's journalist is a person
too, but a surname alone is never linked to them when anyone else fits.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from ..world import World
from .facts import Person, Position, Span
from .mentions import Description, Mentions

HEAD_KINDS = frozenset({"head_of_state", "head_of_government", "royal"})


@dataclass(frozen=True)
class Reference:
    """Persons referred to at one place of the text (by name or by description)."""

    start: int  # token offsets
    end: int
    span: Span
    persons: tuple[str, ...]
    kind: str  # "name", "description" or "pronoun"
    description: Description | None = None


@dataclass
class Linked:
    """The persons of an article and every reference to them, in text order."""

    persons: dict[str, Person] = field(default_factory=dict)
    refs: list[Reference] = field(default_factory=list)
    author: str | None = None

    def refs_between(self, start: int, end: int) -> list[Reference]:
        """References whose tokens lie within ``[start, end)``."""
        return [ref for ref in self.refs if ref.start >= start and ref.end <= end]

    def salient(self, count: int, exclude: set[str] = frozenset()) -> list[str]:
        """The ``count`` most mentioned persons (leaders first), author excluded."""
        tally: dict[str, int] = {}
        for ref in self.refs:
            for key in ref.persons:
                tally[key] = tally.get(key, 0) + 1
        ranked = sorted((key for key in tally if key != self.author and key not in exclude),
                        key=lambda k: (-bool(self.persons[k].positions), -tally[k],
                                       self._first(k)))
        return ranked[:count]

    def _first(self, key: str) -> int:
        return min((ref.start for ref in self.refs if key in ref.persons), default=10**9)


def person_key(name: str) -> str:
    """Normalised name: accents folded, lowercase, words joined by hyphens."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def _valid_on(start: str | None, end: str | None, day: dt.date | None) -> bool:
    if day is None:
        return end in (None, "")
    iso = day.isoformat()
    return (not start or start[:10] <= iso) and (not end or iso <= end[:10] + "-12-31"[
        len(end[:10]) - 4 if len(end) == 4 else 99:])


def _role_kind(world: World, role: str | None) -> str | None:
    if role is None:
        return None
    info = world.title(role.lower())
    return info.kind if info else None


class _Linker:
    def __init__(self, mentions: Mentions, world: World, author: str | None,
                 published: dt.date | None):
        self.world = world
        self.published = published
        self.linked = Linked()
        self.mentions = mentions
        self.background: dict[str, set[Position]] = {}
        if author:
            key = person_key(author)
            self.linked.persons[key] = Person(key, author, is_author=True)
            self.linked.author = key

    def person(self, name: str) -> Person:
        key = person_key(name)
        if key not in self.linked.persons:
            self.linked.persons[key] = Person(key, name)
            self._enrich(self.linked.persons[key])
        return self.linked.persons[key]

    def _enrich(self, person: Person) -> None:
        for leader in self.world.leaders_named(person.name):
            if person_key(leader.name) != person.key and \
                    person.name not in leader.aliases:
                continue
            person.wikidata = person.wikidata or leader.wikidata
            if _valid_on(leader.start, leader.end, self.published):
                self.background.setdefault(person.key, set()).add(
                    Position(leader.role, leader.iso2))

    def _same_person(self, name: str) -> Person | None:
        tokens = name.split()
        for person in self.linked.persons.values():
            other = person.name.split()
            if len(other) >= 2 and tokens[0] == other[0] and tokens[-1] == other[-1]:
                return person
        return None

    def run(self) -> Linked:
        full = [m for m in self.mentions.persons if len(m.name.split()) >= 2]
        short = [m for m in self.mentions.persons if len(m.name.split()) < 2]
        for mention in full:
            if self.linked.author and person_key(mention.name) == self.linked.author:
                person = self.linked.persons[self.linked.author]
            else:
                person = self._same_person(mention.name) or self.person(mention.name)
            self._add_ref(mention, person)
        for mention in short:
            person = self._resolve_short(mention.name)
            self._add_ref(mention, person)
        self._fill_states()
        for description in self.mentions.descriptions:
            keys = self._resolve_description(description)
            if keys:
                self.linked.refs.append(Reference(description.start, description.end,
                                                  description.span, keys, "description",
                                                  description))
        self.linked.refs.sort(key=lambda ref: ref.start)
        return self.linked

    def _add_ref(self, mention, person: Person) -> None:
        person.mentions.append(mention.span)
        if mention.name != person.name:
            person.aliases.add(mention.name)
        if mention.position is not None and not person.is_author:
            person.positions.add(mention.position)
        self.linked.refs.append(Reference(mention.start, mention.end, mention.span,
                                          (person.key,), "name"))

    def _resolve_short(self, word: str) -> Person:
        candidates = [p for p in self.linked.persons.values()
                      if not p.is_author and word in p.name.split() and p.name != word]
        surname = [p for p in candidates if p.surname == word]
        chosen = surname or candidates
        if len(chosen) == 1:
            return chosen[0]
        if len(chosen) > 1:
            # Two people share the name: the one mentioned most recently is meant.
            return max(chosen, key=lambda p: p.mentions[-1].start if p.mentions else -1)
        leaders = [leader for leader in self.world.leaders_named(word)
                   if _valid_on(leader.start, leader.end, self.published)]
        if len({leader.name for leader in leaders}) == 1:
            return self.person(leaders[0].name)
        return self.person(word)

    def _fill_states(self) -> None:
        """An office stated without its state ("President X") takes it from elsewhere."""
        for person in self.linked.persons.values():
            known = {p.role: p.state for p in person.positions | self.background.get(
                person.key, set()) if p.state}
            for position in list(person.positions):
                if position.state is None and position.role in known:
                    person.positions.discard(position)
                    person.positions.add(Position(position.role, known[position.role]))
            # A title with no state, for a person whose state nothing tells, stays as is.

    def _holders(self, role: str | None, state: str | None,
                 positions_of) -> list[str]:
        result = []
        for person in self.linked.persons.values():
            if person.is_author:
                continue
            for position in positions_of(person):
                if state and position.state != state:
                    continue
                if role is None:
                    if _role_kind(self.world, position.role) in HEAD_KINDS:
                        result.append(person.key)
                        break
                elif position.role.lower() == role.lower():
                    result.append(person.key)
                    break
        return result

    def _resolve_description(self, description: Description) -> tuple[str, ...]:
        if description.plural:
            if len(description.roles) > 1 or description.states and len(description.states) > 1:
                return ()  # "the agriculture and foreign ministers of A and B": offices only
            count = description.count or 2
            role = description.roles[0]
            pool = [k for k in self.linked.salient(10)
                    if role is None or any(p.role.lower() == role.lower()
                                           for p in self.linked.persons[k].positions
                                           | self.background.get(k, set()))]
            return tuple(pool[:count]) if len(pool) >= 2 else ()
        role = description.roles[0]
        state = description.states[0] if description.states else None
        if description.visiting or (role is None and state is None):
            return ()
        if description.counterpart and state is None:
            return ()
        for positions_of in (lambda p: p.positions,
                             lambda p: self.background.get(p.key, set())):
            holders = self._holders(role, state, positions_of)
            if len(holders) == 1:
                person = self.linked.persons[holders[0]]
                if state:
                    stated = role or next(
                        (p.role for p in positions_of(person) if p.state == state), None)
                    if stated:
                        person.positions.add(Position(stated, state))
                return (holders[0],)
            if len(holders) > 1:
                return ()
        return self._office_holder(role, state)

    def _office_holder(self, role: str | None, state: str | None) -> tuple[str, ...]:
        """The one person the world data says held the office on the article's date."""
        if role is None or state is None or self.published is None:
            return ()
        names = {leader.name for leader in self.world.leaders
                 if leader.iso2 == state and leader.role.lower() == role.lower()
                 and _valid_on(leader.start, leader.end, self.published)}
        if len(names) != 1:
            return ()
        person = self.person(names.pop())
        person.positions.add(Position(role, state))
        return (person.key,)


_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_OBJECT_PRONOUNS = frozenset({"him", "her"})
_QUOTE_MARKS = "\"“”„«»"


def link_pronouns(doc, linked: Linked, skip: list[tuple[int, int]] = (),
                  story_start: int = 0) -> None:
    """Add references for "he", "she", "him", "her" to the person they stand for.

    "He" is the person the sentence is about when named before it, else the subject of
    the latest sentence with a person subject; "him"/"her" is that latest subject unless
    it is the subject of the same sentence (then it is someone else, left unresolved).
    Pronouns inside quotation marks or in ``skip`` (speech, as character ranges) speak
    from the speaker's view and are left alone.
    """
    by_token = {i: ref for ref in linked.refs if len(ref.persons) == 1
                for i in range(ref.start, ref.end)}
    last_subject: str | None = None
    added: list[Reference] = []
    for sent in doc.sents:
        if sent.end_char <= story_start or any(a <= sent.start_char < b for a, b in skip):
            continue
        subject = None
        for token in sent:
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
                ref = by_token.get(token.i)
                subject = ref.persons[0] if ref else None
                break
        quotes_seen = 0
        for token in sent:
            if token.text in _QUOTE_MARKS or token.text in ("``", "''"):
                quotes_seen += 1
            lower = token.lower_
            if quotes_seen % 2 or token.i in by_token:
                continue
            key = None
            if lower in _SUBJECT_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass"):
                named_before = [by_token[i].persons[0] for i in range(sent.start, token.i)
                                if i in by_token]
                if subject and subject in named_before:
                    key = subject
                else:
                    key = last_subject
            elif lower in _OBJECT_PRONOUNS and token.dep_ in ("dobj", "pobj", "dative"):
                if last_subject and last_subject != subject:
                    key = last_subject
            if key and key != linked.author:
                span = Span(token.idx, token.idx + len(token.text), token.text)
                ref = Reference(token.i, token.i + 1, span, (key,), "pronoun")
                added.append(ref)
                by_token[token.i] = ref
                if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
                    subject = key
        if subject:
            last_subject = subject
    linked.refs.extend(added)
    linked.refs.sort(key=lambda ref: ref.start)


def link_persons(mentions: Mentions, world: World, author: str | None = None,
                 published: dt.date | None = None) -> Linked:
    """Cluster person mentions into persons and resolve descriptions to them."""
    return _Linker(mentions, world, author, published).run()
