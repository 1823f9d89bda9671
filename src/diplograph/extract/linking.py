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
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace

from ..world import LeaderInfo, World, ascii_fold
from .facts import Person, Position, Span
from .mentions import Description, Mentions
from .offices import heads_a_body, office_on_next_line
from .rules import alternation, entries, forms, marked, words
from .tokens import (
    RECEIVING_LEMMAS,
    TRAVEL_LEMMAS,
    HitIndex,
    doc_sentences,
    doc_text,
    doc_tokens,
    is_quote_mark,
    leaders_of,
    nearest_verb,
    opens_a_line,
    outer_subject,
    sender_of_a_message,
    state_of_hit,
    text_before,
)

HEAD_KINDS = frozenset({"head_of_state", "head_of_government", "royal"})
#: Kinds of office that belong to one state, so that a person's one known state is theirs
#: ("Chairman" or "Secretary-General" often heads an international body instead).
_STATE_OFFICE_KINDS = HEAD_KINDS | {"deputy", "minister", "legislator"}
#: Verbs of a journey's end or its going ("arrived in", "flew to"), as lemmas.
_VISIT_NOUNS = frozenset(words("visit_nouns"))
#: Prepositions that tell a verb's time as a visit's: "during", "on", "in the course of".
_DURING_VISIT_PREPOSITIONS = words("own_visit_prepositions")
_MEETING_NOUNS = frozenset(words("meeting_nouns"))

#: Party leadership is a state office in one-party states ("General Secretary Xi").
_STATE_OFFICE_ROLES = frozenset({"General Secretary"})
#: The world data's rank of a reigning monarch's title (King, Sultan, Emir); a prince's is
#: lower.
_REIGNING_RANK = 95
#: Patronymics used with a first name as a polite address ("Rustam Karimovich").
_PATRONYMIC = re.compile(alternation("patronymic_suffixes") + "$", re.IGNORECASE)
#: Words after which an Arabic name may go on with more ancestry or a family name.
_CHAIN_WORDS = frozenset(marked("name_particles", "chain"))
#: Particles inside a name ("bin", "al", "da").
_IN_NAME = frozenset(marked("name_particles", "in_name"))
#: Words before a father's or ancestor's name ("bin Salman").
_ANCESTRY = marked("name_particles", "ancestry")


#: Offices that usually head an international body, never given a state by guess.


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
    #: "m" or "f" for persons the text shows to be a man or a woman (link_pronouns)
    genders: dict[str, str] = field(default_factory=dict)
    #: (person key, role) of offices whose state nothing stated: a guess (_guess_states)
    guessed: set[tuple[str, str]] = field(default_factory=set)
    #: The state of the first city the story's lead names (see :func:`link_persons`)
    lead_state: str | None = None
    #: The state of the dateline's city, the story's home
    home_state: str | None = None
    #: Descriptions several persons fit ("the foreign minister" of a story naming three),
    #: with those persons' keys: left for :func:`link_described_subjects`
    undecided: list[tuple[Description, tuple[str, ...]]] = field(default_factory=list)
    #: Persons the story names beside a state ("Tuvalu's Prime Minister NAME", "NAME of
    #: Tuvalu"): those it had to say the state of, so not its own
    named_with_a_state: set[str] = field(default_factory=set)

    def states_of(self, key: str) -> set[str]:
        """The states of the offices the story gives the person ``key``."""
        return {p.state for p in self.persons[key].positions if p.state}

    def fits(self, key: str | None, pronoun: str) -> bool:
        """Whether ``pronoun`` ("she", "his", …) may stand for the person: yes unless the
        text shows the person to be of the other sex."""
        word = _GENDER_WORDS.get(pronoun.lower())
        return key is None or word is None or word[1] != "pronoun" \
            or self.genders.get(key, word[0]) == word[0]

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


#: "Presidential spokesperson NAME": the words before the name tell whose aide.
_PRESIDENTIAL = re.compile(r"\bpresidential\s+(?:[\w-]+\s+){1,2}$", re.IGNORECASE)


#: "his wife, ", "First Lady ", "the President's husband ": a spouse's words before a name.
_SPOUSE_BEFORE = re.compile(r"\b" + alternation("spouse_words") + r"\s*,?\s+(?:Mrs?s?\.?\s+)?$",
                            re.IGNORECASE)


def introduced_as_spouse(text: str, start: int) -> bool:
    """The name at ``start`` is introduced as someone's spouse ("his wife, NAME", "First
    Lady NAME")."""
    return bool(_SPOUSE_BEFORE.search(text_before(text, start, 40)))


def person_key(name: str) -> str:
    """Normalised name: accents folded, lowercase, words joined by hyphens."""
    folded = ascii_fold(name)
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def _valid_on(start: str | None, end: str | None, day: dt.date | None) -> bool:
    if day is None:
        return end in (None, "")
    iso = day.isoformat()
    return (not start or start[:10] <= iso) and (not end or iso <= end[:10] + "-12-31"[
        len(end[:10]) - 4 if len(end) == 4 else 99:])


def _position_order(position: Position) -> tuple[str, str, str]:
    """A fixed order of offices, for the steps whose outcome depends on the order."""
    return position.role, position.state or "", position.org or ""


def offices_known_on(world: World, name: str, day: dt.date | None) -> set[Position]:
    """The offices the world data gives the person called ``name`` (in full) on ``day``."""
    key = person_key(name)
    return {Position(leader.role, leader.iso2) for leader in world.leaders_named(name)
            if person_key(leader.name) == key and _valid_on(leader.start, leader.end, day)}


def consort_by_title(world: World, name: str, positions, day: dt.date | None) -> bool:
    """The person titled a monarch's spouse would be ("Queen NAME", "Empress NAME") in a
    state whose sovereign on ``day`` is another, under the monarch's title (a King): the
    sovereign's consort, not a holder of that state's office.  "Queen Consort", the
    spouse's own title written out, is an office the text gives and stays."""
    key = person_key(name)
    if offices_known_on(world, name, day) or any(
            person_key(leader.name) == key and (leader.role in _CONSORT_TITLES.values()
                                                or leader.role.lower() in _CONSORT_TITLES)
            for leader in world.leaders_named(name)):
        return False  # (a queen who reigned, met in a year of her reign)
    return any(
        position.role.lower() in _CONSORTS_UNWRITTEN and position.state and any(
            leader.iso2 == position.state
            and leader.role == _CONSORTS_UNWRITTEN[position.role.lower()]
            and person_key(leader.name) != key and _valid_on(leader.start, leader.end, day)
            for leader in world.leaders)
        for position in positions)


#: "queen" -> "King": a monarch's spouse's title and the monarch's
_CONSORT_TITLES = {row["consort"].lower(): row["monarch"] for row in entries("consort_titles")}
#: The same but for "Queen Consort" and the like: titles that do not write the consort out
_CONSORTS_UNWRITTEN = {k: v for k, v in _CONSORT_TITLES.items() if "consort" not in k}


def last_office_before(world: World, name: str, day: dt.date) -> Position | None:
    """The office the world data last gives the person called ``name`` (in full), when
    that term ended before ``day`` and no term of theirs runs on it: a former office."""
    key = person_key(name)
    terms = [leader for leader in world.leaders_named(name) if person_key(leader.name) == key]
    if not terms or any(_valid_on(t.start, t.end, day) for t in terms):
        return None
    ended = [t for t in terms if t.end and t.end[:10] < day.isoformat()]
    if not ended:
        return None
    last = max(ended, key=lambda t: t.end[:10])
    return Position(last.role, last.iso2, former=True)


_COUNTERPART_WORDS = frozenset(words("counterpart_words"))


def _role_kind(world: World, role: str | None) -> str | None:
    if role is None:
        return None
    info = world.title(role.lower())
    return info.kind if info else None


#: Lowest rank in titles.csv of an office a state gives one person at a time ("Foreign
#: Secretary", "Minister of Foreign Affairs"; not "Minister", "Minister of State").
_ONE_HOLDER_RANK = 50

#: Rank of a monarch in titles.csv: an office ranked so high leads its state whatever its
#: kind (a ruling party's General Secretary beside a President).
LEADER_RANK = 95


def leads(world: World, role: str | None) -> bool:
    """A head of state or government, a monarch, or an office ranked with them."""
    info = world.title(role.lower()) if role else None
    return info is not None and (info.kind in HEAD_KINDS or info.rank >= LEADER_RANK)


#: The rank of a chamber's presiding officer (a Speaker, a Marshal of the Sejm).
PRESIDING_RANK = 70


_REGIONAL_HEADS = frozenset(words("regional_heads"))


def leads_below_the_state(world: World, role: str | None) -> bool:
    """The presiding officer of a parliament or one of its chambers, or the head of a
    region, province or city ("Executive Mayor": the office its last word names)."""
    if not role:
        return False
    if (place := world.locality(role.partition(" of ")[2].removeprefix("the "))) is not None \
            and place.kind == "region":
        return True  # "Premier of Ontario", "President of Zanzibar": a region's own head
    info = world.title(role.lower()) or world.title(role.lower().split()[-1])
    return info is not None and (info.kind == "legislator" and info.rank >= PRESIDING_RANK
                                 or info.role.lower() in _REGIONAL_HEADS)


#: Honorifics written with a given name as a name of its own ("Sheikh Tamim").
_NAME_HONORIFICS = frozenset(words("name_forming_honorifics"))


def _during_own_visit(verb) -> list | None:
    """The places a verb's subject is a guest in when the verb is told "during a visit"
    ("… during a working visit to X", "on the third day of a five-day state visit"): the
    visit's "to X" and the verb's own "in X" (None: no such visit).  Not another's visit
    ("during the President's visit", "the visit of NAME") nor one the subject hosts
    ("received X during his state visit")."""
    if verb.lemma_.lower() in RECEIVING_LEMMAS - {"meet"}:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _DURING_VISIT_PREPOSITIONS:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        # "on the last day of a visit": the visit the day is of
        while noun is not None and noun.lemma_.lower() not in _VISIT_NOUNS:
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if noun is None or any(c.dep_ == "poss" and c.lower_ not in ("his", "her", "their")
                               for c in noun.children) \
                or any(c.dep_ == "prep" and c.lower_ in ("of", "by") for c in noun.children):
            continue
        # (the verb's "in X", which the parser may hang on the person met: "talks with NAME
        # in CITY")
        return [t for p in (*noun.children, *verb.subtree)
                if p.dep_ == "prep" and (p.lower_ == "to" and p.head.i == noun.i
                                         or p.lower_ == "in" and p.i < prep.i)
                for t in p.children if t.dep_ == "pobj"]
    return None


class _Linker:
    def __init__(self, mentions: Mentions, world: World, author: str | None,
                 published: dt.date | None, home_state: str | None = None,
                 publisher_state: str | None = None, lead_state: str | None = None,
                 doc=None):
        self.world = world
        self.doc = doc
        self.publisher_state = publisher_state
        self.published = published
        self.home_state = home_state
        self.lead_state = lead_state
        self.linked = Linked(lead_state=lead_state, home_state=home_state)
        self.mentions = mentions
        self.background: dict[str, set[Position]] = {}
        #: The states of every office the world data gives each person, on any day: a
        #: former Saudi foreign minister is Saudi in his next office too.
        self.served: dict[str, set[str]] = {}
        #: The leader a fuller form of a name stands for, whose state an office of theirs the
        #: text gives without one takes (the office the world data gives, no other).
        self.fuller: dict[str, LeaderInfo] = {}
        self.hints: dict[str, dict[str, str]] = {}
        self.owners: dict[str, dict[str, tuple[int, int, bool]]] = {}
        #: Offices a person has only as someone's counterpart ("her counterpart NAME").
        self.as_counterpart: dict[str, set[str]] = {}
        #: Nicknames written with a name ("NAME 'Nick'"), folded, to the person's key.
        self.nicknames: dict[str, str] = {}
        #: (person, role) of offices given the dateline's state for want of any other.
        self.from_home: set[tuple[str, str]] = set()
        if author:
            key = person_key(author)
            self.linked.persons[key] = Person(key, author, is_author=True)
            self.linked.author = key

    def person(self, name: str) -> Person:
        name = self._known_name(name)
        key = person_key(name)
        if key not in self.linked.persons:
            self.linked.persons[key] = Person(key, name)
            self._enrich(self.linked.persons[key])
        return self.linked.persons[key]

    def _known_name(self, name: str) -> str:
        """A monarch's name the world data knows, when ``name`` is it followed by a regnal
        epithet ("Sultan NAME NAME Epithet Epithet" for the sultan "NAME NAME"): the person
        is called by the known name, the long form stays an alias.  A name going on with a
        particle ("bin", "Al") is a longer genealogical name and is kept; so are the longer
        names of other office holders (a given name the world data leaves out)."""
        words = name.split()
        for end in range(len(words) - 1, 1, -1):
            if any(_fold(word).split("-")[0] in _IN_NAME for word in words[end:]):
                continue
            prefix = " ".join(words[:end])
            # (or an alias of it: "Maha Vajiralongkorn Phra Vajiraklaochaoyuhua")
            known = [leader.name for leader in self.world.leaders_named(prefix)
                     if (person_key(leader.name) == person_key(prefix)
                         or prefix in leader.aliases)
                     and _role_kind(self.world, leader.role) == "royal"]
            if known:
                return known[0]
        return name

    def _name_of_initials(self, name: str) -> str:
        """The full name of the one office holder the world data knows in office on the
        article's date whom ``name``, initials and a surname ("S. V. Lavrov"), can stand
        for; else ``name``."""
        words = name.split()
        if len(words) < 2 or not words[0].endswith("."):
            return name
        folded = [_fold(word) for word in words]
        known = {leader.name for leader in self.world.leaders_named(words[-1])
                 if _valid_on(leader.start, leader.end, self.published)
                 and _initial_of(folded, [_fold(word) for word in leader.name.split()])}
        return known.pop() if len(known) == 1 else name

    def _enrich(self, person: Person) -> None:
        # ("S. V. Lavrov" keeps the name the text writes, the offices of the one it means)
        for form in dict.fromkeys([*_name_forms(person.name),
                                   self._name_of_initials(person.name)]):
            # (an alias written in another case: "el-NAME" in the world data, "El-NAME" here)
            leaders = [leader for leader in self.world.leaders_named(form)
                       if person_key(form) in {person_key(known)
                                               for known in (leader.name, *leader.aliases)}]
            for leader in leaders:
                person.wikidata = person.wikidata or leader.wikidata
                if leader.iso2 and len(person.name.split()) > 1:
                    self.served.setdefault(person.key, set()).add(leader.iso2)
                if _valid_on(leader.start, leader.end, self.published):
                    self.background.setdefault(person.key, set()).add(
                        Position(leader.role, leader.iso2))
            if leaders:
                return
        if (leader := self._leader_of_a_fuller_name(person.name)) is not None:
            self.fuller[person.key] = leader

    def _leader_of_a_fuller_name(self, name: str) -> LeaderInfo | None:
        """ "GIVEN MIDDLE SURNAME", "GIVEN SECOND SURNAME SURNAME2": the one leader
        in office on the story's day whom the world data calls by the first word and one
        later word but the second, a surname the story also writes alone ("SURNAME"):
        not the holder of a like name of another time ("Ana de la Vega Ruiz" is no "Ana
        Ruiz" who left office years before), nor of another office."""
        tokens = name.split()
        if len(tokens) < 3 or self.doc is None or self.published is None:
            return None
        text = doc_text(self.doc)
        found = {}
        for later in tokens[2:]:
            alone = len(re.findall(rf"\b{re.escape(later)}\b", text))
            if alone <= text.count(name):
                continue
            for leader in self.world.leaders_named(f"{tokens[0]} {later}"):
                if person_key(leader.name) == person_key(f"{tokens[0]} {later}") \
                        and _valid_on(leader.start, leader.end, self.published):
                    found[leader.name] = leader
        return next(iter(found.values())) if len(found) == 1 else None

    def _same_person(self, name: str, titled: bool = False) -> Person | None:
        # Words compared without case or accents: "SATO Haruki" is "Sato", "Andres Felipe
        # Nunez" is "Andrés Felipe Núñez".
        tokens = [_fold(t) for t in name.split()]
        for person in self.linked.persons.values():
            other = [_fold(t) for t in person.name.split()]
            if len(other) < 2 or person.is_author:
                continue
            if _spelling(tokens[0]) == _spelling(other[0]) \
                    and _spelling(tokens[-1]) == _spelling(other[-1]):
                return person  # "Abdel Fattah El-Sisi" is "Abdel Fatah al-Sisi"
            if _transliterated(tokens, other):
                return person  # "Andriy Sybiha" is "Andrii Sybiha"
            # "U. Khurelsukh" is "Ukhnaagiin Khurelsukh": an initial of the given name.
            # (either way round: "Subrahmanyam Jaishankar" after "S. Jaishankar")
            if _initial_of(tokens, other) or _initial_of(other, tokens):
                return person
            # "SATO Haruki" is "Haruki Sato": the same words in the other order.
            if sorted(t.lower() for t in tokens) == sorted(t.lower() for t in other):
                return person
            # "Omar bin Tariq" after "Omar bin Tariq Al Hamdan".
            if len(tokens) >= 2 and other[:len(tokens)] == tokens:
                return person
            # "García Lorca" after "Ana María García Lorca": a compound surname; but
            # "Tariq bin Omar Al Hamdan" closing "Fahad bin Tariq bin Omar Al Hamdan" is the
            # father's name, another person.
            if 2 <= len(tokens) < len(other) and other[-len(tokens):] == tokens \
                    and other[-len(tokens) - 1] not in _ANCESTRY:
                return person
            # "Rustam Karimovich": first name and patronymic of "Rustam Nazarov"; but not
            # "State Secretary NAME NAMEovich", a surname with its own office before it.
            if len(tokens) == 2 and tokens[0] == other[0] and _PATRONYMIC.search(tokens[1]) \
                    and not titled:
                return person
        # "Sheikh Tamim" after "Tamim bin Hamad Al Thani": the honorific that goes with a
        # given name, for the one person of the story with that given name.
        if len(tokens) == 2 and tokens[0].lower() in _NAME_HONORIFICS:
            given = [person for person in self.linked.persons.values()
                     if not person.is_author and len(person.name.split()) >= 2
                     and _fold(person.name.split()[0]) == tokens[1]]
            if len(given) == 1:
                return given[0]
        return None

    def run(self) -> Linked:
        # Longer names first, so that a shortened form finds the full one whatever the
        # order they appear in; address forms with a patronymic last of all.
        # (a name of a given name's and a patronymic's initials, "V. V. Putin", after the
        # full name it may shorten, "Vladimir Putin", which then names the person)
        full = sorted((m for m in self.mentions.persons if len(m.name.split()) >= 2),
                      key=lambda m: (_is_address_form(m.name), _two_initials(m.name),
                                     -len(m.name.split())))
        short = [m for m in self.mentions.persons if len(m.name.split()) < 2]
        for mention in full:
            if self.linked.author and person_key(mention.name) == self.linked.author:
                person = self.linked.persons[self.linked.author]
            else:
                person = self._same_person(mention.name, mention.position is not None) \
                    or self._known_as(mention) or self.person(mention.name)
            self._add_ref(mention, person)
        for mention in short:
            person = self._resolve_short(mention.name, mention.position, mention.span.start)
            self._add_ref(mention, person)
        self._spelling_most_written()
        self._offices_from_world()
        self._fill_states()
        self._roles_of_their_states()
        self._set_aside_the_past()
        self._not_anothers_office()
        for description in self.mentions.descriptions:
            keys = self._resolve_description(description)
            if keys:
                self.linked.refs.append(Reference(description.start, description.end,
                                                  description.span, keys, "description",
                                                  description))
        self.linked.refs.sort(key=lambda ref: ref.start)
        self._states_of_companions()
        if self.doc is not None:
            self.linked.named_with_a_state = self._named_with_a_state()
        return self.linked

    def _states_of_companions(self) -> None:
        """ "NAME accompanied the guest throughout", "NAME, who is travelling with Ms
        X,": an office whose state was only guessed is of the state of the one the
        person goes with (known once descriptions are resolved)."""
        for key, followed in self._companions().items():
            theirs = {p.state for p in self.linked.persons[followed].positions
                      | self.background.get(followed, set()) if p.state and not p.former}
            if len(theirs) != 1:
                continue
            state = next(iter(theirs))
            person = self.linked.persons[key]
            for position in list(person.positions):
                if position.org is None and (position.state is None or (
                        key, position.role) in self.linked.guessed | self.from_home) \
                        and position.state != state:
                    person.positions.discard(position)
                    person.positions.add(replace(position, state=state))
                    self.linked.guessed.discard((key, position.role))

    def _roles_of_their_states(self) -> None:
        """A title that names another office in some states is that office there: the
        "Chancellor" of Argentina or Peru is its foreign minister (canciller)."""
        for person in self.linked.persons.values():
            for position in [p for p in person.positions
                             if (p.role, p.state) in self.world.state_roles]:
                person.positions.discard(position)
                person.positions.add(replace(
                    position, role=self.world.state_roles[(position.role, position.state)]))

    def _spelling_most_written(self) -> None:
        """A person whose name the story transliterates several ways ("Badr Abdel Aty" in
        one quoted account, "Badr Abdelatty" and "Abdelatty" everywhere else) is called by
        the spelling it writes most, a surname alone counting for the spellings it is part
        of; on a tie, the one the world data knows, else the one in the name's own
        letters, else the name it was first linked by (its longest).  The others stay
        aliases."""
        by_start = {m.start: m.name for m in self.mentions.persons}
        written: dict[str, Counter] = {}
        for ref in self.linked.refs:
            if ref.kind == "name" and len(ref.persons) == 1 and ref.start in by_start:
                written.setdefault(ref.persons[0], Counter())[by_start[ref.start]] += 1
        for key, counts in written.items():
            person = self.linked.persons[key]
            spellings = [name for name in counts if len(name.split()) >= 2
                         and _transliterated(_words(name), _words(person.name))]
            if len(spellings) < 2 or person.is_author:
                continue
            # (on a tie still, the spelling in the name's own letters: "Đuro" over "Djuro")
            weight = {name: (_times_written(name, counts), bool(self.world.leaders_named(name)),
                             not name.isascii())
                      for name in spellings}
            most = max(spellings, key=weight.__getitem__)
            if most != person.name and weight[most] > weight[person.name]:
                person.aliases.add(person.name)
                person.aliases.discard(most)
                person.name = most

    def _add_ref(self, mention, person: Person) -> None:
        person.mentions.append(mention.span)
        if mention.name != person.name:
            person.aliases.add(mention.name)
        if mention.nickname and not person.is_author:
            person.aliases.add(mention.nickname)
            self.nicknames.setdefault(_fold(mention.nickname), person.key)
        if not person.is_author:
            positions = mention.positions
            if mention.counterpart and mention.position is not None:
                held = self._head_office_held(person.name, mention.position)
                if held is not None:
                    positions = (held,) + mention.also
                else:
                    self.as_counterpart.setdefault(person.key, set()).add(
                        mention.position.role.lower())
            person.positions.update(positions)
            if mention.state_hint and mention.position is not None:
                self.hints.setdefault(person.key, {}).setdefault(mention.position.role,
                                                                 mention.state_hint)
            if mention.owner_at and mention.position is not None:
                self.owners.setdefault(person.key, {}).setdefault(mention.position.role,
                                                                  mention.owner_at)
        self.linked.refs.append(Reference(mention.start, mention.end, mention.span,
                                          (person.key,), "name"))

    def _head_office_held(self, name: str, position: Position) -> Position | None:
        """ "the President and his Greek counterpart NAME": a head's counterpart is the
        other state's head, and the world data says which head office NAME held on the
        article's date (Prime Minister), whatever the owner's title."""
        if _role_kind(self.world, position.role) not in HEAD_KINDS:
            return None
        held = {Position(leader.role, leader.iso2) for leader in self.world.leaders_named(name)
                if (position.state is None or leader.iso2 == position.state)
                and _role_kind(self.world, leader.role) in HEAD_KINDS
                and _valid_on(leader.start, leader.end, self.published)}
        return held.pop() if len(held) == 1 else None

    def _resolve_short(self, word: str, position: Position | None = None,
                       at: int | None = None) -> Person:
        """The person a one-word name stands for; ``at`` is where it is written (in
        characters), for a surname two persons of the story share."""
        # "Salman" is not "Mohammed bin Salman": a name after bin/ibn is the father's.
        # Without case or accents: "Sato" is the surname of "SATO Haruki"; a hyphen joins
        # the words of a double surname ("Dunmore-Whitfield" of "Clara Dunmore Whitfield").
        folded = _fold(word)
        if folded in self.nicknames:
            return self.linked.persons[self.nicknames[folded]]  # "Nick" of "NAME 'Nick'"
        parts = _words(word)
        spelt = _spelling(word)
        candidates = [p for p in self.linked.persons.values()
                      if not p.is_author and _fold(p.name) != folded
                      and (folded in (_fold(t) for t in p.name.split())
                           or spelt in (_spelling(t) for t in p.name.split())
                           or len(parts) > 1 and _holds_run(_words(p.name), parts)
                           # "Abdelnour" of "Karim Abdel Nour", also written "Karim
                           # Abdelnour"
                           or any(folded in _words(alias) for alias in p.aliases)
                           # "Simons" of "Jennifer Geerlings-Simons": one part of a
                           # double surname
                           or len(parts) == 1 and "-" in p.name.split()[-1]
                           and folded in _fold(p.name.split()[-1]).split("-"))
                      and not _fathers_name(p.name, word)]
        if position is not None and _role_kind(self.world, position.role) == "royal":
            # "King Abdullah", "Sultan Ibrahim": a regnal name, not the surname of a
            # minister or leader who shares it; but "Prince Faisal" is the prince the story
            # named in full as its foreign minister.
            royals = [p for p in candidates if any(
                _role_kind(self.world, q.role) == "royal" for q in p.positions)]
            if royals or self.world.title(position.role).rank >= _REIGNING_RANK:
                candidates = royals
        surname = [p for p in candidates if _fold(p.surname) == folded
                   or len(parts) > 1 and _words(p.name)[-len(parts):] == parts]
        chosen = surname or candidates
        if len(chosen) > 1 and position is not None:
            # "President Perera" beside a namesake: the one holding that office.
            holders = [p for p in chosen if any(
                q.role.lower() == position.role.lower()
                for q in p.positions | self.background.get(p.key, set()))]
            chosen = holders or chosen
        if len(chosen) > 1 and self.doc is not None:
            # "Boko will host his guest" after "First Lady NAME Boko": a surname alone is
            # not a spouse's beside a namesake
            text = doc_text(self.doc)
            chosen = [p for p in chosen if p.positions or not p.mentions
                      or not introduced_as_spouse(text, p.mentions[0].start)] or chosen
        if len(chosen) > 1:
            # "His father, NAME Beridze, …. Beridze and Sarkis met": a surname alone is
            # the namesake the story gives an office now, beside one it gives none (whose
            # given name begins otherwise: a letter one spelling writes "Đ" and another "Dj"
            # may make one man two)
            # (or the world data holds it on the story's day, the story giving neither a
            # title: "Vardan NAME and A came close in 1999. … NAME and B met" is the leader
            # of the day, not the namesake of the past)
            in_office = [p for p in chosen if any(not q.former for q in p.positions)
                         or self.background.get(p.key)]
            initials = {ascii_fold(p.name)[:1].lower() for p in in_office}
            chosen = [p for p in chosen if p in in_office
                      or ascii_fold(p.name)[:1].lower() in initials] if in_office else chosen
        if len(chosen) > 1:
            # a surname two persons of the story share, one of them a leader the world
            # data knows by another one-word name (as "Lula"): the other one
            chosen = [p for p in chosen if not (
                short := {_fold(a) for leader in self.world.leaders_named(p.name)
                          for a in leader.aliases if len(a.split()) == 1})
                or folded in short] or chosen
        if len(chosen) == 1:
            return chosen[0]
        if len(chosen) > 1 and at is not None and self.doc is not None \
                and (styled := self._styled_alike(chosen, at)) is not None:
            return styled  # "Captain Traoré" after "Captain Ibrahim Traoré"
        if len(chosen) > 1:
            # Two people share the name: the one mentioned most recently before is meant,
            # a namesake named once in passing ("his sister, NAME, sat beside him") giving
            # way to one named more; before either is named (a headline's "X and Lind
            # meet"), the one named first.
            before = [p for p in chosen if at is not None
                      and any(m.start < at for m in p.mentions)]
            if before:
                return max(before, key=lambda p: (
                    sum(m.start < at for m in p.mentions) > 1,
                    max(m.start for m in p.mentions if m.start < at)))
            return min(chosen, key=lambda p: min((m.start for m in p.mentions),
                                                 default=math.inf))
        for leader in self.world.leaders_named(word):
            # A leader's initials ("AMLO"): the person the story names in another form.
            forms = {person_key(form) for form in (leader.name, *leader.aliases)}
            known = [p for p in self.linked.persons.values() if p.key in forms]
            if len(known) == 1:
                return known[0]
        royal = position is not None and _role_kind(self.world, position.role) == "royal"
        named = self.world.leaders_named(word) if not royal else [
            # "King Abdullah" of "Abdullah II": a regnal name and its numeral
            leader for leader in self.world.leaders
            if _role_kind(self.world, leader.role) == "royal"
            and any(_fold(form).split()[:1] == [folded] for form in (leader.name, *leader.aliases))]
        leaders = [leader for leader in named
                   if _valid_on(leader.start, leader.end, self.published)]
        if len({leader.name for leader in leaders}) == 1:
            return self.person(leaders[0].name)
        return self.person(word)

    def _known_as(self, mention) -> Person | None:
        """ "NAME2, as he is known at home, arrived …": the one person of the same surname
        the story named before, NAME2 being another form of that name."""
        if self.doc is None:
            return None
        text = doc_text(self.doc)
        if not _KNOWN_AS.match(text, mention.span.end):
            return None
        surname = _fold(mention.name.split()[-1])
        same = [p for p in self.linked.persons.values() if not p.is_author
                and any(m.start < mention.span.start for m in p.mentions)
                and _fold(p.surname) == surname]
        return same[0] if len(same) == 1 else None

    def _styled_alike(self, chosen: list[Person], at: int) -> Person | None:
        """The one namesake whose full name the story wrote after the same capitalised
        word as the surname at character ``at`` ("Captain Traoré" after "Captain Ibrahim
        Traoré", beside "Foreign Minister NAME Traoré")."""
        text = doc_text(self.doc)
        word = re.search(r"([A-Z][\w.]*)\s+$", text[max(0, at - 30):at])
        if word is None:
            return None
        styled = [p for p in chosen if any(
            re.search(re.escape(word[1]) + r"\s+$", text[max(0, m.start - 30):m.start])
            for m in p.mentions if m.start != at)]
        return styled[0] if len(styled) == 1 else None

    def _set_aside_the_past(self) -> None:
        """A figure of the past ("after King Gustav II Adolf took the city in 1621"): every
        sentence naming the person names a year a generation before the story, and the
        world data knows no office of theirs on the story's day.  No office of the story,
        and no "he" of the next clause refers to them."""
        if self.published is None or self.doc is None:
            return
        past = set()
        for person in self.linked.persons.values():
            if person.is_author or not person.mentions or self.background.get(person.key):
                continue
            if any(self._told_dead(span) for span in person.mentions):
                person.positions.clear()  # "Founding President NAME, who died in 2024"
                past.add(person.key)
                continue
            # "signed the 1974 convention with Finance Minister NAME": an office of the day
            # the text states outweighs a year; a king's or a pope's title alone does not
            if any(not p.former and _role_kind(self.world, p.role) != "royal"
                   and p.role not in self.world.one_state_roles for p in person.positions):
                continue
            if all(self._in_a_sentence_of_the_past(span) for span in person.mentions):
                person.positions.clear()
                past.add(person.key)
        if past:
            self.linked.refs = [ref for ref in self.linked.refs
                                if not set(ref.persons) & past]

    def _tokens_of(self, span: Span):
        """The tokens of a mention's characters (None where they split a token)."""
        return self.doc.char_span(span.start, span.end, alignment_mode="expand")

    def _told_leaving(self, span: Span) -> bool:
        """A word telling an office left stands within four words of the name ("after NAME
        resigned", "the fall of NAME", "succeeded NAME")."""
        name = self._tokens_of(span)
        if name is None:
            return False
        sentence = name.sent
        near = self.doc[max(sentence.start, name.start - 4):min(sentence.end, name.end + 4)]
        return any(t.lemma_.lower() in words("past_office_cues") for t in near
                   if not name.start <= t.i < name.end)

    def _called_late(self, span: Span) -> bool:
        """ "the late NAME": the person has died."""
        name = self._tokens_of(span)
        return name is not None and name.start > 0 and self.doc[name.start - 1].lower_ == "late"

    def _told_dead(self, span: Span) -> bool:
        """ "NAME, who died a year ago": a relative clause on the name says the person
        died, so no office of theirs is of the story."""
        name = self._tokens_of(span)
        return name is not None and any(
            child.dep_ == "relcl" and child.lemma_.lower() == "die"
            for token in name for child in token.children)

    def _in_a_sentence_of_the_past(self, span: Span) -> bool:
        name = self._tokens_of(span)
        if name is None:
            return False
        years = (int(y) for y in _YEAR.findall(name.sent.text))
        return any(year <= self.published.year - _GENERATION for year in years)

    def _not_anothers_office(self) -> None:
        """ "NAME, Thai prime minister open rail link" (a headline's two subjects read as a
        name and its apposition): an office the world data gives, on the story's day, to
        another person the story names is not this person's, when the world data gives
        this person offices of their own that day."""
        if self.published is None:
            return
        known = {key: offices_known_on(self.world, person.name, self.published)
                 for key, person in self.linked.persons.items()}
        for key, person in self.linked.persons.items():
            if not known[key]:
                continue
            others = {(p.role, p.state) for other, held in known.items() if other != key
                      for p in held}
            kept = {p for p in person.positions
                    if p in known[key] or (p.role, p.state) not in others}
            # (left with none, the person holds what the world data gives that day)
            person.positions = kept if kept or not person.positions else set(known[key])

    def _offices_from_world(self) -> None:
        """A name the story gives no office but makes the subject of what happens
        ("Vladimir Putin held talks …", as a head of state's own press office writes) holds
        the offices the world data gives that full name on the story's day.  A name only
        mentioned ("to support Kenya's NAME for the chair") keeps none: the story does not
        say what the person is there."""
        if self.published is None or self.doc is None:
            return
        for person in self.linked.persons.values():
            if not person.positions and not person.is_author \
                    and any(self._acts(span) for span in person.mentions):
                person.positions.update(offices_known_on(
                    self.world, self._name_of_initials(person.name), self.published))
            if not person.positions and not person.is_author \
                    and not any(self._called_late(span) for span in person.mentions) \
                    and any(self._told_leaving(span) for span in person.mentions) \
                    and (held := last_office_before(self.world, person.name, self.published)):
                # "after NAME resigned", "the fall of NAME": a name the story gives no office
                # that the world data knows left one before the story's day held that one
                person.positions.add(held)

    def _acts(self, span: Span) -> bool:
        """The name is (in apposition to, or joined with) the subject of a clause, or
        someone's counterpart ("spoke to my Egyptian counterpart, NAME")."""
        name = self._tokens_of(span)
        token, through_a_preposition = (name.root if name is not None else None), False
        while token is not None:
            if token.lower_ in _COUNTERPART_WORDS or (
                    token.dep_ in ("nsubj", "nsubjpass") and not through_a_preposition):
                return True
            # "my counterpart from Egypt, NAME": the name hangs on the state
            through_a_preposition |= token.dep_ in ("pobj", "prep")
            token = token.head if token.dep_ in ("appos", "conj", "pobj", "prep") \
                and token.head.i != token.i else None
        return False

    def _fill_states(self) -> None:
        """An office stated without its state ("President X") takes it from elsewhere:
        the same office with its state (stated or known from the world data), else the
        one state the person's other offices belong to, else, for a spokesperson or an
        aide, the state the article is written from."""
        not_theirs = self._states_of_their_counterparts()
        away = self._destinations()
        from_home: set[tuple[str, str]] = set()  # aides given the dateline's state
        for person in self.linked.persons.values():
            everything = person.positions | self.background.get(person.key, set())
            # (in one order, run after run: a set's order follows hashes that differ
            # between runs, and one office filled first may decide the next one's state)
            known = {p.role: p.state for p in sorted(everything, key=_position_order)
                     if p.state}
            states = {p.state for p in everything if p.state}
            for position in sorted(person.positions, key=_position_order):
                if position.state is not None or position.org is not None:
                    continue  # (an international body's office is of no state)
                state = known.get(position.role) or self.world.one_state_roles.get(position.role)
                if state is None and (leader := self.fuller.get(person.key)) is not None \
                        and same_office(leader.role, position.role):
                    state = leader.iso2  # "President GIVEN MIDDLE SURNAME"
                served = self.served.get(person.key, set())
                if state is None and not states and len(served) == 1 \
                        and not position.org and not heads_a_body(position.role):
                    # An office the text gives no state, held by someone the world data
                    # knows in one state's offices only: that state's, whatever the text's
                    # hints ("accompanied by Minister of State NAME" in the host's capital)
                    state = next(iter(served))
                if state is None and not states and not position.org \
                        and not heads_a_body(position.role) and self._styled_royal(person):
                    # "Amiri Diwan Affairs Minister Sheikh NAME Al-Sabah": a member of a
                    # reigning family holds office in the family's state (one styled so:
                    # the family's name is borne by many outside the family and the state)
                    state = self.world.ruling_family_state(person.name)
                if state is None and not states and position.role in self.owners.get(
                        person.key, {}):
                    state = self._owner_state(person, *self.owners[person.key][position.role])
                    if state is not None and self._held_by_another(person, position.role, state):
                        # "A's Foreign Secretary X … by A's High Commissioner Y and Foreign
                        # Secretary Z": Z is not A's, whose foreign secretary is X
                        state = None
                if state is None and not states and not (self.home_state and
                                                         self._home_office(position.role)):
                    state = self.hints.get(person.key, {}).get(position.role)
                    if state in not_theirs.get(person.key, ()) \
                            or state in away.get(person.key, ()):
                        # the sentence's state is the other side's, or one the person
                        # travels to ("NAME … of Nepal"; "NAME's visit to Nepal")
                        state = None
                    if state is not None:
                        # The sentence's one state, a guess a signing order may correct.
                        self.linked.guessed.add((person.key, position.role))
                if state is None and len(states) == 1 and (
                        self._state_office(position.role)
                        or self._kind_held(position.role, everything)):
                    state = next(iter(states))
                if state is None and not states and self._home_office(position.role):
                    state = self.home_state
                    from_home.add((person.key, position.role))
                if state is not None:
                    person.positions.discard(position)
                    person.positions.add(replace(position, state=state))
        self._presidential_aides(from_home)
        self.from_home = from_home
        self._guess_states(not_theirs, away)

    def _presidential_aides(self, from_home: set[tuple[str, str]]) -> None:
        """ "Presidential spokesperson NAME", "Presidential Aide NAME": an aide of the one
        state's president the story names, not of the state it is told from (``from_home``:
        the aides' offices given the dateline's state)."""
        presidents = {p.state for person in self.linked.persons.values() if not person.is_author
                      for p in person.positions
                      if p.state and not p.former and p.role == "President"}
        if len(presidents) != 1 or self.doc is None:
            return
        state = presidents.pop()
        text = doc_text(self.doc)
        # The dateline's state is the aide's unless it has no president ("TOKYO -- …
        # Presidential spokesperson Y": not Japan's; "MOSCOW -- …": Russia's, whichever
        # president the story names)
        home_led_otherwise = self.home_state is not None and not any(
            leader.iso2 == self.home_state and leader.role == "President"
            and _valid_on(leader.start, leader.end, self.published)
            for leader in self.world.leaders)
        for person in self.linked.persons.values():
            # (stateless, or with the state of the dateline or a sentence only guessed)
            open_ = [p for p in person.positions if not p.org
                     and _role_kind(self.world, p.role) == "official"
                     and (p.state is None or (person.key, p.role) in self.linked.guessed
                          or home_led_otherwise and (person.key, p.role) in from_home)]
            if not open_ or len(open_) != len(person.positions) or not any(
                    _PRESIDENTIAL.search(text_before(text, m.start, 40))
                    for m in person.mentions):
                continue
            for position in open_:
                person.positions.discard(position)
                person.positions.add(replace(position, state=state))
                self.linked.guessed.discard((person.key, position.role))

    def _many_hold(self, role: str) -> bool:
        """"Minister", "Minister of State", "Cabinet Secretary": an office a state gives
        several persons at once."""
        info = self.world.title(role.lower())
        return info is not None and info.rank < _ONE_HOLDER_RANK

    def _held_by_another(self, person: Person, role: str, state: str) -> bool:
        """Another person of the story holds ``role`` for ``state`` today, an office a state
        gives one person at a time (not an aide's or an envoy's, of which it has many)."""
        info = self.world.title(role.lower())
        if info is None or info.kind in ("official", "legislator") \
                or self._many_hold(role) or role.lower() in words("resident_roles"):
            return False
        return any(p.role == role and p.state == state and not p.former
                   for other in self.linked.persons.values() if other is not person
                   for p in other.positions)

    def _owner_state(self, person: Person, floor: int, at: int, by_name: bool) -> str | None:
        """The one state of the person named last between ``floor`` and ``at`` (by name,
        or unless ``by_name`` by an office whose holder is known): the owner of "his
        foreign minister"."""
        refs = [ref for ref in self.linked.refs if floor <= ref.start and ref.end <= at
                and person.key not in ref.persons]
        descriptions = [] if by_name else [d for d in self.mentions.descriptions
                                           if floor <= d.start and d.end <= at and not d.plural]
        last_ref = max(refs, key=lambda ref: ref.start, default=None)
        last_description = max(descriptions, key=lambda d: d.start, default=None)
        if last_description is not None and (last_ref is None
                                             or last_description.start > last_ref.start):
            if len(last_description.states) == 1:
                return last_description.states[0]
            role = last_description.roles[0] if last_description.roles else None
            if role is None:
                return None
            states = {p.state for other in self.linked.persons.values() if other is not person
                      for p in other.positions | self.background.get(other.key, set())
                      if p.state and not p.former and p.role.lower() == role.lower()}
            return next(iter(states)) if len(states) == 1 else None
        if not by_name and self.doc is not None and self.doc[at].lower_ in ("his", "her") \
                and (subject := outer_subject(self.doc[at])) is not None:
            # "A thanked B and said her minister would travel": the reporting subject's
            last_ref = next((ref for ref in refs if ref.start <= subject.i < ref.end),
                            last_ref)
        if last_ref is None or len(last_ref.persons) != 1:
            return None
        owner = self.linked.persons[last_ref.persons[0]]
        states = {p.state for p in owner.positions | self.background.get(owner.key, set())
                  if p.state and not p.former}
        return next(iter(states)) if len(states) == 1 else None

    def _guess_states(self, not_theirs: dict[str, set[str]],
                      away: dict[str, set[str]]) -> None:
        """An office of a state with no state anywhere in sight is most likely of the state
        the article is written from, else of the states it mentions most, taken in that
        order so that two presidents are not given the same state, and never the state
        of a person's counterparts (``not_theirs``) nor one they travel to (``away``,
        :meth:`_destinations`).  Offices of international bodies stay stateless."""
        ranked = [s for s in (self.home_state, self.publisher_state, self.lead_state,
                              self._setting_state()) if s]
        # then the states most of the story's office holders serve (a story of home
        # politics names its own officials with no adjective, and a foreign one by it),
        # then the states it names most
        served: dict[str, int] = {}
        for person in self.linked.persons.values():
            for state in sorted({p.state for p in person.positions
                                 if p.state and not p.former}):
                served[state] = served.get(state, 0) + 1
        by_served = sorted(served, key=lambda k: -served[k])
        if by_served and served[by_served[0]] >= 3 and (
                len(by_served) == 1 or served[by_served[0]] >= 2 * served[by_served[1]]):
            ranked.append(by_served[0])  # (one state's, clearly: not a visit's two sides)
        counts: dict[str, int] = {}
        for hit in self.mentions.hits:
            if hit.kind in ("state", "demonym"):
                counts[hit.key] = counts.get(hit.key, 0) + 1
        ranked += sorted(counts, key=lambda k: -counts[k])
        ranked = list(dict.fromkeys(ranked))
        taken = {(p.role, p.state) for person in self.linked.persons.values()
                 for p in person.positions if p.state and not p.former}
        # "NAME and his Barbadian counterpart NAME2": NAME is of another state than NAME2.
        of_counterparts = {(self._office_kind(p.role), p.state)
                           for person in self.linked.persons.values()
                           if person.key in self.as_counterpart
                           for p in person.positions if p.state}
        for person in self.linked.persons.values():
            if person.is_author:
                continue
            own = {p.state for p in person.positions if p.state}
            for position in sorted((p for p in person.positions if p.state is None),
                                   key=lambda p: p.role):
                if position.org or heads_a_body(position.role):
                    continue
                if own:
                    # A person's other office tells their state better than any guess.
                    state = next(iter(own)) if len(own) == 1 else None
                else:
                    royal = _role_kind(self.world, position.role) == "royal"
                    # Aides, advisers, spokespersons: a state has many, one taken is no hint;
                    # and two chambers, each with its speaker
                    # (and "Minister", "Cabinet Secretary": offices a state gives many;
                    # not a deputy's, whose one state's holder is the other side's)
                    kind = _role_kind(self.world, position.role)
                    many = kind in ("official", "legislator") \
                        or kind == "minister" and self._many_hold(position.role)
                    # An envoy serves in the state where the story is set, for another.
                    setting = {self.home_state, self.lead_state} - {None}
                    envoy = position.role.lower() in words("resident_roles") \
                        and any(s not in setting for s in ranked)
                    # A former holder shares the office with the holder of the day.
                    state = next((s for s in ranked if (many or position.former
                                                        or (position.role, s) not in taken)
                                  and not (envoy and s in setting)
                                  and s not in away.get(person.key, ())
                                  and s not in not_theirs.get(person.key, ())
                                  and (self._office_kind(position.role), s)
                                  not in of_counterparts
                                  and (not royal or s in self.world.monarchies)
                                  and s in self.world.few_state_roles.get(position.role, (s,))),
                                 None)
                if state is None:
                    continue
                person.positions.discard(position)
                person.positions.add(replace(position, state=state))
                if not position.former:
                    taken.add((position.role, state))
                if not own:
                    self.linked.guessed.add((person.key, position.role))

    def _states_of_their_counterparts(self) -> dict[str, set[str]]:
        """ "NAME and his Moldovan counterpart signed": the states a person's counterparts
        are of, which that person's own office is not.  (Not any description beside a
        name: "Vice Minister NAME and the Colombian ambassador" may be one side's.)"""
        result: dict[str, set[str]] = {}
        for description in self.mentions.descriptions:
            if not description.counterpart or not description.states:
                continue
            owners = [ref for ref in self.linked.refs if ref.kind == "name"
                      and ref.end <= description.start
                      and description.start - ref.end <= _OWNER_DISTANCE]
            owner = max(owners, key=lambda ref: ref.end, default=None)
            if owner is not None and len(owner.persons) == 1:
                result.setdefault(owner.persons[0], set()).update(description.states)
        return result

    def _setting_state(self) -> str | None:
        """The one state of the seats of government the story names ("talks took place in
        the Kremlin"): where a readout with no dateline is set, and whose aides and
        spokespersons it quotes; so is the airport where a guest landed.  A city says less:
        a visit's story names the destination's, while the officials it quotes may be the
        traveller's."""
        states = {place.iso2 for hit in self.mentions.hits if hit.kind == "place"
                  and (place := self.world.locality(hit.span.text)) is not None
                  and place.kind in ("venue", "airport") and place.iso2}
        return states.pop() if len(states) == 1 else None

    def _companions(self) -> dict[str, str]:
        """Who goes with whom: "NAME accompanied the guest throughout" and "NAME, who is
        travelling with Ms X," (the one accompanied named or described as one
        person), {companion: the person they go with}."""
        doc = self.doc
        if doc is None:
            return {}
        by_token = {i: ref for ref in self.linked.refs if len(ref.persons) == 1
                    for i in range(ref.start, ref.end)}
        found: dict[str, str] = {}
        for ref in self.linked.refs:
            if len(ref.persons) != 1 or ref.kind != "name":
                continue
            name = doc[ref.end - 1]
            # ("The Minister of State, NAME, accompanied …": the office is the subject)
            subject = name.head if name.dep_ == "appos" else name
            if subject.dep_ == "nsubj" and subject.head.lemma_.lower() == "accompany":
                verb, dep = subject.head, "dobj"
            elif (verb := next((c for t in (name, subject) for c in t.children
                                if c.dep_ == "relcl" and c.lemma_.lower() in TRAVEL_LEMMAS),
                               None)) is not None:
                dep = "with"  # "NAME, who is travelling with Ms X,"
            else:
                continue
            if dep == "with":
                heads = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"]
                targets = [t for p in heads for t in p.children if t.dep_ == "pobj"]
            else:
                targets = [c for c in verb.children if c.dep_ == "dobj"]
            other = next((by_token[t.i].persons[0] for t in targets if t.i in by_token
                          and by_token[t.i].persons[0] != ref.persons[0]), None)
            if other is not None:
                found[ref.persons[0]] = other
        return found

    def _destinations(self) -> dict[str, set[str]]:
        """The states each person is said to arrive in or travel to ("NAME arrived in
        Tallinn", "NAME flew to Lima", "NAME, who arrived in Amman", "the visit of NAME to
        Nepal"): a guest there, whose office is of another state."""
        doc = self.doc
        if doc is None or not self.mentions.hits:
            return {}
        by_token = HitIndex(doc, self.mentions.hits).covered
        found: dict[str, set[str]] = {}
        for person in self.linked.persons.values():
            for span in person.mentions:
                name = self._tokens_of(span)
                subject = name.root if name is not None else None
                if subject is not None and subject.dep_ == "appos":
                    subject = subject.head  # "The Speaker, NAME, arrived in …"
                verb = subject.head if subject is not None and subject.dep_ == "nsubj" \
                    else None
                if subject is not None and (verb is None
                                            or verb.lemma_.lower() not in TRAVEL_LEMMAS):
                    # "NAME, who arrived in Amman yesterday", "the visit of NAME to Nepal",
                    # "NAME's visit to Nepal"
                    verb = next((c for c in subject.children if c.dep_ == "relcl"
                                 and c.lemma_.lower() in TRAVEL_LEMMAS), None)
                    if verb is None and (subject.dep_ == "poss" or subject.dep_ == "pobj"
                                         and subject.head.lower_ == "of"):
                        noun = subject.head if subject.dep_ == "poss" else subject.head.head
                        verb = noun if noun.lemma_.lower() in _VISIT_NOUNS else None
                if verb is None and name is not None:
                    # "Deputy Prime Minister and Minister for Defence NAME arrived in …":
                    # the parser hangs the name inside the title, whose head is the subject
                    head = name.root
                    while head.dep_ in ("pobj", "prep", "conj", "compound") \
                            and head.head.i != head.i:
                        head = head.head
                    if head.dep_ == "nsubj" and head.head.lemma_.lower() in TRAVEL_LEMMAS:
                        verb = head.head
                targets = None
                if (verb is None or verb.pos_ in ("VERB", "AUX")
                        and verb.lemma_.lower() not in TRAVEL_LEMMAS) and name is not None:
                    # "NAME co-chaired a forum in CITY during a working visit to X",
                    # "NAME held talks in CITY, on the third day of a five-day state visit":
                    # the subject is the visit's guest
                    head = name.root
                    while head.dep_ in ("appos", "compound") and head.head.i != head.i:
                        head = head.head
                    targets = _during_own_visit(head.head) if head.dep_ == "nsubj" else None
                    verb = None if targets is None else head.head
                if verb is None:
                    continue
                for target in targets or ():
                    if state := state_of_hit(by_token.get(target.i), self.world):
                        found.setdefault(person.key, set()).add(state)
                for prep in (c for c in verb.children
                             if c.dep_ == "prep" and c.lower_ in ("in", "to")):
                    for target in (c for c in prep.children if c.dep_ == "pobj"):
                        if state := state_of_hit(by_token.get(target.i), self.world):
                            found.setdefault(person.key, set()).add(state)
        return found

    def _of_leaders(self, description: Description) -> bool:
        """The description speaks of leaders ("the two leaders", "the two monarchs", "the
        two heads [of state]")."""
        if self.doc is None:
            return False
        last = self.doc[description.end - 1].lemma_.lower()
        after = self.doc[description.end:description.end + 2].text.lower()
        # (but "the two heads of diplomacy" are ministers)
        # (a capitalised plural is a proper noun to the tagger: "the two Monarchs")
        return last.removesuffix("s") in ("leader", "monarch") \
            or last == "head" and after in ("of state", "of government")

    def _of_heads_of_government(self, description: Description) -> bool:
        """The description speaks of heads of government ("the two heads of government"):
        prime ministers, not the president the guest also met."""
        return self.doc is not None \
            and self.doc[description.end - 1].lemma_.lower() == "head" \
            and self.doc[description.end:description.end + 2].text.lower() == "of government"

    def _governs(self, key: str) -> bool:
        """The person heads a government on the story's day (a prime minister's office)."""
        return any(not p.former and (info := self.world.title(p.role.lower())) is not None
                   and info.kind == "head_of_government"
                   for p in self.linked.persons[key].positions | self.background.get(key, set()))

    def _leader(self, key: str) -> bool:
        """The person holds a leader's office (head of state or government, monarch) of
        the day: a former president is none of "the two leaders"."""
        return any(leads(self.world, p.role) and not p.former
                   for p in self.linked.persons[key].positions | self.background.get(key, set()))

    def _named_just_before(self, start: int, count: int = 1,
                           back_to: int | None = None) -> tuple[str, ...]:
        """The persons named in the sentence of token ``start`` before it, or else in the
        sentence before that one, in text order; wanting ``count`` of them, the names of
        up to three sentences back, or ``back_to`` ("A met B … . "…," B said. After the
        meeting, the two …"), office holders only past the first sentence."""
        if self.doc is None:
            return ()
        sent, end, named = self.doc[start].sent, start, ()
        # (in text order: the refs of an apposition may have been added out of it)
        names = sorted((ref for ref in self.linked.refs if ref.kind == "name"),
                       key=lambda ref: ref.start)
        for back in range(2 if count == 1 else back_to or _NAMED_BACK):
            # (not a name in a quotation the tagger took for a person's)
            # (nor the sender of greetings passed on: "conveyed to B the greetings of King
            # C" names no one of the pair)
            found = tuple(key for ref in names
                          if sent.start <= ref.start < end
                          and not sender_of_a_message(self.doc, ref)
                          for key in ref.persons
                          if count == 1 or back == 0 or self.linked.persons[key].positions)
            named = tuple(dict.fromkeys(found + named))
            if len(named) >= count or not sent.start:
                return named
            end, sent = sent.start, self.doc[sent.start - 1].sent
        return named if count > 1 else ()

    def _their_last_time(self, description: Description) -> bool:
        """ "The two leaders met last in Amman", a paragraph of its own: a pair told of as
        having met before is the story's own pair, not the two the paragraph before named
        (in the paragraph that names them, they are those two)."""
        if self.doc is None:
            return False
        if not opens_a_line(self.doc, self.doc[description.start].sent.start):
            return False
        verb = self.doc[description.end - 1].head
        return self.doc[description.end - 1].dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "advmod" and c.lower_ in EARLIER_WORDS for c in verb.children)

    def _last_named_of(self, start: int, pool: list[str], count: int) -> tuple[str, ...]:
        """The ``count`` persons of ``pool`` the last sentence before token ``start`` that
        names (or describes, one by one) any of them names, with those of the sentence
        before when its subject is "he" or "she" ("X arrived. He then met his counterpart
        Y. The two ministers …"), in the description's paragraph; none when fewer or more
        are found."""
        refs = sorted((ref for ref in self.linked.refs if len(ref.persons) == 1),
                      key=lambda ref: ref.start)
        sent, named = self.doc[start].sent, ()
        for _ in range(_NAMED_BACK):
            if opens_a_line(self.doc, sent.start):
                return ()  # (only in the description's own paragraph)
            end, sent = sent.start, self.doc[sent.start - 1].sent
            found = tuple(ref.persons[0] for ref in refs
                          if sent.start <= ref.start < end and ref.persons[0] in pool)
            named = tuple(dict.fromkeys(found + named))
            if len(named) >= count:
                return named if len(named) == count else ()
            if named and not any(t.lower_ in _SUBJECT_PRONOUNS and t.dep_.startswith("nsubj")
                                 for t in sent):
                return ()
        return ()

    def _met_with(self, i: int) -> bool:
        """The name ending at token ``i`` is the object of "with" after an event noun
        ("a meeting with NAME", "talks with NAME")."""
        token = self.doc[i]
        while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
            token = token.head
        return token.dep_ == "pobj" and token.head.lower_ == "with" \
            and token.head.head.lemma_.lower() in _MEETING_NOUNS

    def _pair_described_just_before(self, start: int) -> tuple[str, ...]:
        """ "…, which the two ministers co-chaired. The former affirmed …": the two persons
        of the one description of two in the sentence before token ``start`` (or in its
        own sentence before it), with no name after it, in the order the text first named
        them; () otherwise."""
        if self.doc is None:
            return ()
        sent = self.doc[start].sent
        for begin, end in ((sent.start, start),
                           (self.doc[sent.start - 1].sent.start, sent.start) if sent.start
                           else (0, 0)):
            # (a "the former" before "the latter" in the same sentence is of the pair too)
            refs = [ref for ref in self.linked.refs if begin <= ref.start < end
                    and not (ref.description is not None and ref.description.order)]
            pairs = [ref for ref in refs if ref.kind == "description"
                     and ref.description is not None and ref.description.plural
                     and len(ref.persons) == 2]
            if len(pairs) > 1 or pairs and any(ref.kind == "name" and ref.start > pairs[0].start
                                               for ref in refs):
                return ()
            if pairs:
                first = {key: min(ref.start for ref in self.linked.refs if key in ref.persons)
                         for key in pairs[0].persons}
                return tuple(sorted(first, key=first.get))
            if refs:
                return ()
        return ()

    def _doers_to(self, description: Description) -> set[str]:
        """The persons of the subject of the verb whose object ``description`` is ("C met
        each of the two ministers": C), who are not among those it describes."""
        token = self.doc[description.start:description.end].root
        while token.dep_ not in ("nsubj", "nsubjpass", "ROOT") and token.pos_ not in (
                "VERB", "AUX") and token.head.i != token.i:
            token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            return set()
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        return {k for subject in subjects for ref in self.linked.refs
                if subject.left_edge.i <= ref.start <= subject.right_edge.i
                for k in ref.persons}

    def _named_together(self, start: int, pool: list[str], count: int) -> tuple[str, ...]:
        """The last ``count`` persons of ``pool`` named before token ``start`` side by side,
        as one coordination ("led by A and B", "attended by A, B and C")."""
        # (in text order: the last pair named counts, and the refs of an apposition may
        # have been added out of it)
        names = sorted((ref for ref in self.linked.refs
                        if ref.kind == "name" and ref.end <= start and len(ref.persons) == 1),
                       key=lambda ref: ref.start)
        at = {i: ref.persons[0] for ref in names for i in range(ref.start, ref.end)}
        for ref in names:
            # "A and Tanzanian President B", parsed with the title as A's conjunct: the
            # title stands for the name it opens
            k = ref.start - 1
            while k >= 0 and k not in at and self.world.is_title_word(self.doc[k].lower_):
                at[k] = ref.persons[0]
                k -= 1
        found: tuple[str, ...] = ()
        for ref in names:
            root = self.doc[ref.start:ref.end].root
            group = tuple(dict.fromkeys(
                at[t.i] for t in (root, *root.conjuncts) if t.i in at))
            if root.conjuncts and len(group) == count and all(k in pool for k in group):
                found = group
        return found

    def _office_kind(self, role: str) -> str:
        """The office two persons cannot both hold for one state: the role, or for a
        portfolio of one government the world data does not list ("Minister of Foreign
        and CARICOM Affairs"), its title ("Minister"), which a counterpart may hold."""
        if self.world.title(role) is None and " of " in role:
            return role.split(" of ")[0]
        return role

    def _kind_held(self, role: str, positions: set[Position]) -> bool:
        """ "Minister for European and International Affairs", a portfolio the titles do
        not list, of a person the world data knows as a minister: the office is of that
        kind (a minister's, read from its head title), and so of the minister's state."""
        info = self.world.title(re.split(r" (?:of|for) ", role, maxsplit=1)[0])
        return info is not None and info.kind == "minister" and any(
            _role_kind(self.world, p.role) == "minister" for p in positions if p.state)

    def _state_office(self, role: str) -> bool:
        info = self.world.title(role)
        return role in _STATE_OFFICE_ROLES or (info is not None
                                               and info.kind in _STATE_OFFICE_KINDS)

    def _home_office(self, role: str) -> bool:
        """Spokespersons and aides speak for the government where the article is written."""
        info = self.world.title(role)
        return info is not None and info.kind == "official" and info.rank <= 20

    def _holders(self, role: str | None, state: str | None,
                 positions_of, stateless: bool = False) -> list[str]:
        """Persons holding ``role`` of ``state``; with ``stateless``, of no stated state."""
        result = []
        for person in self.linked.persons.values():
            if person.is_author:
                continue
            for position in positions_of(person):
                if position.former:
                    continue
                if state and position.state != (None if stateless else state):
                    continue
                if role is None:
                    if _role_kind(self.world, position.role) in HEAD_KINDS:
                        result.append(person.key)
                        break
                elif position.role.lower() == role.lower():
                    result.append(person.key)
                    break
        return result

    def _lead_subject_before(self, start: int) -> str | None:
        """The person named as the subject of the story's first full sentence (ended by
        a stop, not a headline), when it stands before token ``start``; also the subject of
        what the sentence reports ("President X took part …, an agency's correspondent
        reports")."""
        if self.doc is None:
            return None
        by_token = {i: ref for ref in self.linked.refs if len(ref.persons) == 1
                    and ref.kind == "name" and ref.end <= start
                    for i in range(ref.start, ref.end)}
        return _lead_subject(self.doc, by_token, heads=("ROOT", "ccomp"), full_sentences=True)

    def _region_heads_called(self, description: Description, positions_of) -> list[str]:
        """Persons heading a region by the description's title word ("the premier": a
        Premier of Ontario, whose office is no state's)."""
        word = description.span.text.lower().split()[-1]
        return [person.key for person in self.linked.persons.values()
                if not person.is_author and any(
                    not p.former and p.role.lower().startswith(word + " of ")
                    and leads_below_the_state(self.world, p.role)
                    for p in positions_of(person))]

    def _resolve_description(self, description: Description) -> tuple[str, ...]:
        if description.order is not None:
            # "A thanked B. The latter replied …": B; "the former": A
            # ("The former said …. The latter was more cautious": one sentence further)
            near = self._pair_described_just_before(description.start) \
                or self._named_just_before(description.start, 2, _NAMED_BACK + 1)
            if len(near) < 2:
                return ()
            return (near[-1],) if description.order == "latter" else (near[0],)
        if description.apposed is not None:
            # "Fiji's Minister for Lands, Dr NAME": NAME, who holds that office
            named = next((ref.persons for ref in self.linked.refs if ref.kind == "name"
                          and ref.start == description.apposed and len(ref.persons) == 1), ())
            if named and description.roles[0] is not None and description.states:
                self.linked.persons[named[0]].positions.add(
                    Position(description.roles[0], description.states[0]))
            return named
        if description.predicate_of is not None:
            # "NAME has been Colombia's foreign minister": NAME's own office
            subject = next((ref for ref in self.linked.refs if ref.kind == "name"
                            and ref.start <= description.predicate_of < ref.end
                            and len(ref.persons) == 1), None)
            if subject is not None:
                role = description.roles[0]
                if role is not None:
                    person = self.linked.persons[subject.persons[0]]
                    state = description.states[0] if description.states else None
                    if state is None:
                        # "NAME was sworn in as president": the world data's state of
                        # that office, when it gives NAME the office on the day
                        known = {p.state for p in offices_known_on(
                            self.world, person.name, self.published) if p.role == role}
                        state = known.pop() if len(known) == 1 else None
                    person.positions.add(Position(role, state))
                return subject.persons
        if description.org is not None:
            # "the UN chief": the one person of the story in an office of the UN
            holders = [person.key for person in self.linked.persons.values()
                       if not person.is_author and any(
                           p.org == description.org and not p.former
                           for p in person.positions | self.background.get(person.key, set()))]
            role = description.roles[0] if description.roles else None
            if len(holders) > 1 and role is not None:
                # "the IMF Managing Director" beside the IMF's other officials
                holders = [key for key in holders if any(
                    p.org == description.org and p.role == role and not p.former
                    for p in self.linked.persons[key].positions)]
            return (holders[0],) if len(holders) == 1 else ()
        if description.plural and description.counterpart and not description.states \
                and (around := self._counterparts_around(description)):
            # "X welcomed his Nordic counterparts. A, B and C joined him …": the holders of
            # X's office for other states the text names around it
            return around
        if description.plural:
            if len(description.roles) == 1 and len(description.states) > 1:
                # "the Presidents of Chile and Peru", "the leaders of A, B
                # and C": one holder of that office per state, or nobody.
                holders = []
                for state in description.states:
                    if description.counterpart:
                        # "received his Chilean and Peruvian counterparts": of the host's office
                        found = self._counterparts_in(description, state)
                        found = found if len(found) == 1 \
                            else self._holders(None, state, lambda p: p.positions)
                    else:
                        found = self._holders(description.roles[0], state,
                                              lambda p: p.positions)
                        if not found:
                            # "received the foreign ministers of A, B and C" before "the
                            # three ministers, X of A, …": the office the world data gives
                            # them on the story's day
                            found = self._holders(description.roles[0], state,
                                                  lambda p: self.background.get(p.key, set()))
                    if len(found) != 1:
                        return ()
                    holders.append(found[0])
                return tuple(dict.fromkeys(holders))
            if len(description.roles) > 1 or description.states and len(description.states) > 1:
                return ()  # "the agriculture and foreign ministers of A and B": offices only
            if description.counterpart and len(description.states) == 1 \
                    and description.roles == (None,):
                # "the pair sat down with their Brazilian counterparts": that state's
                # ministers of the story, named before or after, when they are as many
                ministers = [person.key for person in self.linked.persons.values()
                             if not person.is_author and any(
                                 p.state == description.states[0] and not p.former
                                 and portfolio_kind(self.world, p.role) == "minister"
                                 for p in person.positions
                                 | self.background.get(person.key, set()))]
                if len(ministers) >= 2 and (description.count is None
                                            or len(ministers) == description.count):
                    return tuple(ministers)
            count = description.count or 2
            role = description.roles[0]
            governing = self._of_heads_of_government(description)
            if role is None and description.count and not self._their_last_time(description) \
                    and (near := self._named_just_before(description.start, count)) \
                    and len(near) == count \
                    and (not self._of_leaders(description) or all(
                        self._leader(k) for k in near)) \
                    and (not governing or all(self._governs(k) for k in near)):
                # "A held talks with B. The two last met in March"; but "the two leaders"
                # are no deputy president who met the guest at the airport
                return near
            # "the two ministers" are the two ministers in view whatever their portfolios;
            # a bare "the ministers" only those written as ministers without one.
            # (a Secretary of State is one of "the four ministers": a minister's office)
            same = (lambda held, described: answers_office(self.world, held, described)) \
                if description.count or len(description.states) == 1 else \
                (lambda held, described: held.lower() == described.lower())
            # (Not a former holder: "the two ministers" are of the day.)
            # ("the two chancellors" of Peru and Ecuador: the office the title means in
            # each holder's state)
            pool = [k for k in self.linked.salient(10)
                    if role is None or any(
                        (same(p.role, role) or p.state is not None and same(
                            p.role, self.world.state_roles.get((role, p.state), role)))
                        and not p.former
                        for p in self.linked.persons[k].positions
                        | self.background.get(k, set()))]
            # (office holders the story has named by then, when there are enough of them:
            # "The pair then worked through X" is no pair with a leader named only further
            # on)
            named_by_then = {k for ref in self.linked.refs if ref.start < description.start
                             for k in ref.persons}
            if len(earlier := [k for k in pool if k in named_by_then and (
                    self.linked.persons[k].positions or self.background.get(k))]) >= count:
                pool = earlier
            if description.visiting and (home := self.home_state or self.lead_state):
                # "received the three visiting ministers": not the host's own minister
                pool = [k for k in pool if all(
                    p.state and p.state != home for p in self.linked.persons[k].positions
                    | self.background.get(k, set()))]
            if len(description.states) == 1 and role is not None:
                # "the two Japanese ministers": the ministers of that state, not the pair
                # the story named together just before
                of_state = [k for k in pool if any(
                    p.state == description.states[0] and not p.former
                    for p in self.linked.persons[k].positions | self.background.get(k, set()))]
                if not description.count:
                    # "the Indonesian ministers": every minister of that state in view
                    return tuple(of_state) if len(of_state) >= 2 else ()
                pool = of_state if len(of_state) >= count else pool
            if role is None:
                # "the two leaders": heads of state or government before aides and
                # spokespersons who happen to be mentioned more.
                heads = [k for k in pool if any(
                    leads(self.world, p.role) and not _not_held_yet(p.role)
                    for p in self.linked.persons[k].positions | self.background.get(k, set()))
                    and (not governing or self._governs(k))]
                # (counted: "the two leaders"; not "leaders of the two houses")
                below = [] if len(heads) >= count or not description.count else [
                    k for k in pool if k not in heads and any(
                        leads_below_the_state(self.world, p.role) and not p.former
                        for p in self.linked.persons[k].positions
                        | self.background.get(k, set()))]
                if len(heads) >= count:
                    pool = heads
                elif below and len(heads) + len(below) >= count:
                    # "the two leaders" of a story of two Speakers, or of a governor and a
                    # mayor: Speakers, governors, mayors, when the story names too few heads
                    # of state or government
                    pool = [k for k in pool if k in heads or k in below]
                elif self._of_leaders(description):
                    # "the two heads of state" are no vice-president who met the guest:
                    # leaders, or names the story gives no office
                    pool = [k for k in pool if k in heads or not (
                        self.linked.persons[k].positions | self.background.get(k, set()))]
            if self.doc is not None and description.count:
                # "… held consultations with Foreign Minister Y, after which the two
                # ministers signed": those its sentence named come first
                sentence_start = self.doc[description.start].sent.start
                here = {k for ref in self.linked.refs
                        if sentence_start <= ref.start < description.start for k in ref.persons}
                if role is not None and len(pool) > count and not here.intersection(pool) \
                        and (last := self._last_named_of(description.start, pool, count)):
                    # "… held talks with his counterpart Y. The two ministers signed …":
                    # the two the sentences just before named, not the story's most
                    # mentioned pair (a digest's earlier item)
                    return last
                if role is not None and len(pool) > count \
                        and len(here.intersection(pool)) < count:
                    # "Talks … led by A and B, hosted by C. … C received the two ministers
                    # together": not whoever does it to them, and the two the story named
                    # together, before the most mentioned ("the two leaders" stay the
                    # story's protagonists, however many heads it names in pairs)
                    doers = self._doers_to(description)
                    pool = [k for k in pool if k not in doers]
                    # (but "No meeting with C took place; the two presidents spoke by
                    # phone": C, named in the sentence as one met with, is one of them)
                    met_with = {k for ref in self.linked.refs
                                if sentence_start <= ref.start < description.start
                                and self._met_with(ref.end - 1) for k in ref.persons}
                    if not met_with.intersection(pool) \
                            and (group := self._named_together(description.start, pool, count)):
                        return group
                pool = [k for k in pool if k in here] + [k for k in pool if k not in here]
            if description.count and self.doc is not None \
                    and description.end + 1 < len(self.doc) \
                    and self.doc[description.end].lower_ in ("from", "of", "on") \
                    and self.doc[description.end + 1].lower_ in ("each", "either", "both"):
                # "joined by six officials from each side": so many on each side,
                # whom the story does not name
                return ()
            return tuple(pool[:count]) if len(pool) >= 2 else ()
        role = description.roles[0]
        state = description.states[0] if description.states else None
        if role is not None and state is not None:
            # "the Costa Rican chancellor": the office the title means in that state
            role = self.world.state_roles.get((role, state), role)
        if description.visiting or (role is None
                                    and description.span.text.lower().split()[-1]
                                    in words("guest_words")):
            # "the visiting president", "the guest", "the visiting dignitary"; "the Tajik
            # guest" is the one visitor of that state, not its leader at home
            return self._visitor(role, description.start,
                                 any_office=description.span.text.lower().split()[-1]
                                 in words("dignitary_words") or state is not None,
                                 state=state)
        if role is None and state is None and not description.plural and self.doc is not None \
                and description.span.text.lower() == "host" and description.start \
                and self.doc[description.start - 1].lower_ in ("his", "her", "the") \
                and not (description.end < len(self.doc)
                         and (self.doc[description.end].text == ","
                              or self.doc[description.end].pos_ in ("NOUN", "PROPN"))):
            # "His host called the talks …", "…," the host added (but "the host, Foreign
            # Minister NAME, chaired": the host of a gathering, named; nor "the host city")
            return self._host()
        if description.counterpart and state is None:
            return self._other_side(description)
        if role is None and state is None:
            return ()
        if description.counterpart and role is None:
            # "X met his Canadian counterpart": the office X holds, of Canada; not Canada's
            # head of government when X is a minister (an owner of unknown office: a head).
            role = self._owner_role(description)
        for positions_of in (lambda p: p.positions,
                             lambda p: self.background.get(p.key, set())):
            holders = self._holders(role, state, positions_of)
            regional = self._region_heads_called(description, positions_of) \
                if role is not None and state is None and not description.plural else []
            # "…," the premier said: a region's premier too, whom the story called so
            holders += [k for k in regional if k not in holders]
            if role is not None and role.lower() == "minister" and not description.plural \
                    and (own := self._ministrys_own(
                        description, self._ministers(role, state, positions_of), positions_of)):
                holders = own  # a ministry's page writes "the Minister" for its own minister
            if not holders and role is not None and role.lower() == "minister":
                # "…," the minister said: the one minister of any portfolio in the story
                holders = self._ministers(role, state, positions_of)
                if len(holders) > 1 and not description.plural:
                    # several: the one the story was just about, if any (see
                    # link_described_subjects)
                    self.linked.undecided.append((description, tuple(holders)))
                    return ()
                holders = holders if len(holders) == 1 else []
            if len(holders) > 1 and role is not None and self._title_alone(description, role):
                # "the President", told of a head of state and of the World Bank's
                # president: the state's (a body's head is "the bank's president")
                of_states = [k for k in holders if k in regional or any(
                    p.role.lower() == role.lower() and p.org is None and not p.former
                    for p in positions_of(self.linked.persons[k]))]
                holders = of_states or holders
            if len(holders) > 1 and state is None:
                # "the President" of a story naming one president: not the holder of an
                # office "the President of Nepal" named, whom the text never names
                named = [k for k in holders if self.linked.persons[k].mentions]
                holders = named if len(named) == 1 else holders
            if len(holders) > 1 and role is not None and state is None:
                # "PM X met her counterpart Y. …, the prime minister said": X, whose office
                # the text wrote with the name, not Y, who has it only as a counterpart.
                holders = [k for k in holders
                           if role.lower() not in self.as_counterpart.get(k, set())] or holders
            if len(holders) > 1 and not description.plural and not description.counterpart \
                    and description.roles[0] is not None and self.doc is not None:
                holders = self._referred_back(description, holders) or holders
            if len(holders) > 1 and (titled := self._titled_so(description, holders)):
                # "Taoiseach X … Prime Minister Y … '…,' the Taoiseach said": X, whom the
                # story called by that word, though both hold the office of prime minister
                holders = titled
            if len(holders) > 1 and state is None and self.home_state is not None \
                    and description.span.text.lower().endswith("head of state") \
                    and (lead := self._lead_subject_before(description.start)) in holders \
                    and not any(p.state == self.home_state
                                for p in positions_of(self.linked.persons[lead])):
                # "DUSHANBE. AGENCY - President X attended a summit there … Later the Head
                # of State met Y": a leader's own press calls him so abroad too, not the
                # head of the dateline's state
                holders = [lead]
            if len(holders) > 1 and state is None:
                # A bare "the President" in a story told from Lusaka is Zambia's, not
                # the foreign president whose greetings a guest conveyed.
                home = self._home_holders(holders, role, positions_of)
                holders = home if len(home) == 1 else holders
            if len(holders) == 1:
                person = self.linked.persons[holders[0]]
                if state:
                    stated = role or next(
                        (p.role for p in positions_of(person) if p.state == state), None)
                    if stated:
                        person.positions.add(Position(stated, state))
                return (holders[0],)
            if len(holders) > 1:
                if not description.plural:
                    self.linked.undecided.append((description, tuple(holders)))
                return ()
        if description.counterpart and state is not None \
                and len(other := self._counterparts_in(description, state)) == 1:
            return other
        if role is not None and state is not None:
            # "Prime Minister X" ... "the Bangladesh premier": the one holder of that office
            # whose state was not stated is the one meant, and now it is.
            holders = self._holders(role, state, lambda p: p.positions, stateless=True)
            if description.counterpart:
                # "NAME and his Botswana counterpart signed": not NAME, whose counterpart it is
                holders = [k for k in holders if k != self._owner_key(description)]
            if len(holders) == 1:
                person = self.linked.persons[holders[0]]
                person.positions = {p for p in person.positions
                                    if p.state is not None or p.role.lower() != role.lower()}
                person.positions.add(Position(role, state))
                return (holders[0],)
        if state is not None and _role_kind(self.world, role) == "head_of_state":
            # "the head of state of Qatar": its head of state whatever the title (Emir).
            heads = [person.key for person in self.linked.persons.values()
                     if not person.is_author and any(
                         p.state == state and not p.former
                         and _role_kind(self.world, p.role) in ("head_of_state", "royal")
                         for p in person.positions | self.background.get(person.key, set()))]
            if len(heads) == 1:
                return (heads[0],)
        # An office the text never names a holder of ("spoke with the Emir of Kuwait") is
        # no person of the story, whoever the world data says held it.
        return ()

    def _referred_back(self, description: Description, holders: list[str]) -> list[str]:
        """ "the envoy" refers back: those of ``holders`` the story has named or referred
        to by the end of the description's sentence, not one it names only later, nor one
        joined to the description ("NAME and the President": another president)."""
        token = self.doc[description.end - 1]
        partners = {token.head.i} if token.dep_ == "conj" else set()
        partners |= {t.i for t in token.children if t.dep_ == "conj"}
        end = self.doc[description.start].sent.end_char
        known = {k for ref in self.linked.refs if ref.span.start < end
                 and not any(ref.start <= i < ref.end for i in partners) for k in ref.persons}
        met = self._in_own_clause(token)
        return [k for k in holders if k in known and k not in met]

    def _in_own_clause(self, token) -> set[str]:
        """Those named after the subject ``token`` inside its own clause: "The prime
        minister is to meet Prime Minister Y" is not Y, who is met (an apposition to the
        subject is the subject's name, and counts not)."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        verb = token.head
        return {k for ref in self.linked.refs if ref.kind == "name"
                and token.i < ref.start and ref.end <= verb.sent.end
                and verb in (named := self.doc[ref.end - 1]).ancestors
                and token not in named.ancestors for k in ref.persons}

    def _ministers(self, role: str, state: str | None, positions_of) -> list[str]:
        """Persons holding a minister's office of any portfolio (of ``state``, if given)."""
        return [person.key for person in self.linked.persons.values()
                if not person.is_author and any(
                    same_office(p.role, role) and not p.former
                    and (state is None or p.state == state)
                    for p in positions_of(person))]

    def _ministrys_own(self, description: Description, holders: list[str],
                       positions_of) -> list[str]:
        """The one minister of ``holders`` of the state whose government publishes the page,
        when the page writes "the Minister" with a capital (its own minister's style)."""
        if self.publisher_state is None or self.doc is None or description.span.text != "Minister" \
                or not description.start or self.doc[description.start - 1].lower_ != "the" \
                or description.end < len(self.doc) and (
                    self.doc[description.end].lower_ in ("for", "of")
                    or self.doc[description.end].pos_ == "PROPN"):
            return []  # (not "the Federal Minister for …": a minister of some state)
        own = [k for k in holders if any(
            p.state == self.publisher_state and not p.former
            for p in positions_of(self.linked.persons[k]))]
        return own if len(own) == 1 else []

    def _home_holders(self, holders: list[str], role: str | None, positions_of) -> list[str]:
        """Those of ``holders`` holding ``role`` for the state the story is told from."""
        home_state = self.home_state or self.publisher_state
        if home_state is None or role is None:
            return []
        home = [k for k in holders if any(
            p.state == home_state and p.role.lower() == role.lower()
            for p in positions_of(self.linked.persons[k]))]
        if len(home) > 1 and self.published is not None:
            # "Outgoing President X handed over to Y … the President received Z": not one
            # whose term in that office the world data ends before the story's day
            def left(key: str) -> bool:
                name = self.linked.persons[key].name
                terms = [leader for leader in self.world.leaders_named(name)
                         if person_key(leader.name) == person_key(name)
                         and leader.iso2 == home_state and leader.role.lower() == role.lower()]
                return bool(terms) and not any(_valid_on(t.start, t.end, self.published)
                                               for t in terms)
            home = [k for k in home if not left(k)] or home
        return home

    def _styled_royal(self, person: Person) -> bool:
        """The story styles the person as a member of a royal house ("Sheikh NAME", "HH
        Prince NAME"): the name opens with such a style, or one stands right before it."""
        def royal(word: str) -> bool:
            info = self.world.title(word.lower())
            return word.lower() in _NAME_HONORIFICS or info is not None and info.kind == "royal"

        if royal(person.name.split()[0]):
            return True
        if self.doc is None:
            return False
        text = doc_text(self.doc)
        return any(royal(word) for m in person.mentions
                   for word in text[max(0, m.start - 30):m.start].split()[-3:])

    def _title_alone(self, description: Description, role: str) -> bool:
        """The description is the office's title alone ("the President", "the head of
        state"), with no body's word before it nor "of" after it."""
        if self.doc is None or description.end < len(self.doc) \
                and self.doc[description.end].lower_ == "of":
            return False
        before = self.doc[description.start - 1] if description.start else None
        if before is not None and before.text[:1].isupper() and before.lower_ != "the" \
                and not before.is_sent_start:
            return False  # "The Commission President": a body's word before the title
        phrase = " ".join(t.lower_ for t in self.doc[description.start:description.end]
                          if t.lower_ != "the")
        info = self.world.title(phrase)
        return info is not None and info.role.lower() == role.lower()

    def _named_with_a_state(self) -> set[str]:
        """The persons the story wrote a state next to one of their names: "Tuvalu's Prime
        Minister NAME", "the Fijian leader, NAME", "NAME of Tuvalu"."""
        text = doc_text(self.doc)
        states = [hit.span for hit in self.mentions.hits if hit.kind in ("state", "demonym")]
        return {key for key, person in self.linked.persons.items() if any(
            _STATE_THEN_TITLE.fullmatch(text, span.end, m.start)
            or _OF_THE_STATE.fullmatch(text, m.end, span.start)
            for m in person.mentions for span in states
            if m.start - 60 <= span.end <= m.start or m.end <= span.start <= m.end + 9)}

    def _titled_so(self, description: Description, holders: list[str]) -> list[str]:
        """The one holder the story named right after the description's own title word, when
        that word is another name of the office ("the Taoiseach", "the Premier"), or
        nothing."""
        word = description.span.text.lower().split()[-1]
        role = description.roles[0] if description.roles else None
        if self.doc is None or role is None:
            return []
        text = doc_text(self.doc)
        phrase = " ".join(w for w in description.span.text.lower().split()
                          if w.isalpha() and w != "the")
        if len(phrase.split()) > 1 and not set(phrase.split()) <= set(role.lower().split()) \
                and len(titled := [
                key for key in holders if any(
                    _title_before(text, m.start).endswith(phrase)
                    for m in self.linked.persons[key].mentions)]) == 1:
            # "H.E. the State President, Dr NAME" … "called on the State President": NAME,
            # whom the story called so, not the President who came as a guest
            # (a phrase of the office's own words, "the foreign minister", tells no one)
            return titled
        if word in role.lower().split():
            # "Prime Minister X welcomed the Taoiseach, Y … the Prime Minister said": X,
            # not Y, whom the story calls only by his state's other name of the office
            own = [key for key in holders
                   if not self._titled_only_otherwise(key, role, text)]
            return own if len(own) == 1 else []
        titled = [key for key in holders if any(
            text[max(0, m.start - len(word) - 3):m.start].lower().rstrip(" ,").endswith(word)
            for m in self.linked.persons[key].mentions)]
        return titled if len(titled) == 1 else []

    def _titled_only_otherwise(self, key: str, role: str, text: str) -> bool:
        """Whether every title the story writes right before the person's name is another
        name of ``role`` (Taoiseach, Premier), none the office's own words."""
        own = set(role.lower().split())
        titles = set()
        for m in self.linked.persons[key].mentions:
            before = text_before(text, m.start, 40).rstrip(" ,").split()
            if before and (info := self.world.title(before[-1].lower())) is not None \
                    and info.role.lower() == role.lower():
                # ("PM X": the office's own words, written short)
                titles.add(role.split()[-1].lower() if before[-1].isupper()
                           else before[-1].lower())
        return bool(titles) and not titles & own

    def _visitor(self, role: str | None, before: int | None = None,
                 any_office: bool = False, state: str | None = None) -> tuple[str, ...]:
        """The one person named so far who holds an office of a state other than the one
        the story is told from (and the office the words give, if any; "the visiting
        minister" is a minister of any portfolio): the guest.  A leader, unless the words
        name no rank (``any_office``: "the visiting dignitary"), then one named before
        ``before``."""
        # Told from where the lead's city is, when no dateline or publisher says.
        home = self.home_state or self.lead_state
        if home is None:
            return ()
        def guests_of(any_office: bool) -> list[str]:
            return [key for key in self.linked.salient(10)
                    if (positions := self.linked.persons[key].positions
                        | self.background.get(key, set()))
                    and all(p.state and p.state != home for p in positions)
                    and (state is None or all(p.state == state for p in positions))
                    and (role is None or any(same_office(p.role, role) for p in positions))
                    and (role is not None or any_office or any(
                        _role_kind(self.world, p.role) in HEAD_KINDS for p in positions))]

        guests = guests_of(any_office)
        if before is not None:
            named = {key for ref in self.linked.refs if ref.start < before
                     for key in ref.persons}
            earlier = [key for key in guests if key in named]
            if not earlier and not any_office and role is None:
                # "His guest agreed" after a visiting minister was named, no leader yet: the
                # minister, not a leader of another state named only further on
                earlier = [key for key in guests_of(True) if key in named]
            guests = earlier if earlier or any_office else guests
        return (guests[0],) if len(guests) == 1 else ()

    def _host(self) -> tuple[str, ...]:
        """The host of the story's one guest: the leader (else the one office holder) of the
        state the story is told from; of several leaders, the one who governs, not the
        monarch, and of a president and a prime minister the one the story tells most of."""
        home = self.home_state or self.lead_state
        visitor = self._visitor(None)
        if home is None or not visitor:
            return ()

        def held(key: str) -> set[Position]:
            return {p for p in self.linked.persons[key].positions
                    | self.background.get(key, set()) if p.state == home and not p.former}

        of_home = [key for key in self.linked.salient(10) if held(key)]
        heads = [key for key in of_home if any(
            _role_kind(self.world, p.role) in HEAD_KINDS for p in held(key))]
        hosts = heads or of_home
        if len(hosts) > 1:
            # a guest's host is the head who governs, not the monarch who reigns; of two
            # such (a president and a prime minister), the one the story tells most of
            governing = [key for key in hosts if any(
                _role_kind(self.world, p.role) != "royal" for p in held(key))]
            hosts = governing[:1]
        return (hosts[0],) if len(hosts) == 1 else ()

    def _other_side(self, description: Description) -> tuple[str, ...]:
        """ "Lee invited his counterpart to visit": with no state said, the one person of
        the story holding the owner's office (any head's, for a head) for another state."""
        owner = next((ref for ref in reversed(self.linked.refs) if ref.kind == "name"
                      and ref.end <= description.start
                      and description.start - ref.end <= _OWNER_DISTANCE
                      and len(ref.persons) == 1), None) or self._owner_before(description)
        if owner is None:
            return ()
        held = {p for p in self.linked.persons[owner.persons[0]].positions
                if not p.former and p.state}
        if not held:
            return ()
        states = {p.state for p in held}
        # Named shortly before (a round-up page tells of many presidents).
        near = {key for ref in self.linked.refs
                if description.start - _COUNTERPART_REACH <= ref.start < description.start
                for key in ref.persons}
        others = [key for key in near if key != owner.persons[0]
                  and not self.linked.persons[key].is_author
                  and any(not p.former and p.state and p.state not in states
                          and self._like_office(held, p.role)
                          for p in self.linked.persons[key].positions)]
        return (others[0],) if len(others) == 1 else ()

    def _counterparts_around(self, description: Description) -> tuple[str, ...]:
        """The persons named in the description's sentence or the next who hold an office
        like its owner's (any head's, for a head) for another state; at least two, or
        none."""
        owner = self._owner_key(description)
        if owner is None or self.doc is None:
            return ()
        held = {p for p in self.linked.persons[owner].positions if not p.former and p.state}
        states = {p.state for p in held}
        sentence = self.doc[description.start].sent
        end = self.doc[sentence.end].sent.end if sentence.end < len(self.doc) else sentence.end
        found = [key for ref in self.linked.refs if ref.kind == "name"
                 and sentence.start <= ref.start < end for key in ref.persons
                 if key != owner and any(not p.former and p.state and p.state not in states
                                         and self._like_office(held, p.role)
                                         for p in self.linked.persons[key].positions)]
        found = list(dict.fromkeys(found))
        if len(found) < 2 and description.count:
            # "X had been due to receive his two counterparts": as many holders of a like
            # office for other states as the story names, wherever it names them
            found = [key for key, person in self.linked.persons.items()
                     if key != owner and not person.is_author and any(
                         not p.former and p.state and p.state not in states
                         and self._like_office(held, p.role) for p in person.positions)]
            return tuple(found) if len(found) == description.count else ()
        return tuple(found) if len(found) >= 2 else ()

    def _like_office(self, held: set[Position], role: str) -> bool:
        """``role`` is like one of the offices ``held``: the same, or any head's for a
        head (a counterpart's office)."""
        kind = _role_kind(self.world, role)
        return any(kind in HEAD_KINDS and _role_kind(self.world, p.role) in HEAD_KINDS
                   or same_office(p.role, role) for p in held)

    def _owner_before(self, description: Description) -> Reference | None:
        """ "“…,” X said. “…,” replied his counterpart.": with nobody named before it in its
        own sentence, "his" is the one person named in the sentence before."""
        if self.doc is None:
            return None
        sent = self.doc[description.start].sent
        if any(ref.kind == "name" and sent.start <= ref.start < description.start
               for ref in self.linked.refs) or sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        named = [ref for ref in self.linked.refs if ref.kind == "name"
                 and before.start <= ref.start and ref.end <= before.end]
        # Only one named there: "A met B. His counterpart …" leaves "his" undecided.
        return named[-1] if len({key for ref in named for key in ref.persons}) == 1 \
            else None

    def _owner_key(self, description: Description) -> str | None:
        """The person named just before a counterpart (its owner)."""
        owner = next((ref for ref in reversed(self.linked.refs) if ref.kind == "name"
                      and ref.end <= description.start
                      and description.start - ref.end <= _OWNER_DISTANCE), None)
        return owner.persons[0] if owner is not None else None

    def _counterparts_in(self, description: Description, state: str) -> list[str]:
        """ "The Trade Representative hosted his Canadian counterpart": the persons of
        ``state`` in a minister's office (a Minister of Trade), when the counterpart's owner
        holds only ministers' offices; none for any other owner. Two offices the titles
        both know are no counterparts unless the same ("her PNG counterpart" of a Foreign
        Minister is no Defence Minister)."""
        owner = self._owner_key(description)
        held = {p for p in self.linked.persons[owner].positions if not p.former} \
            if owner is not None else set()
        if not held or {portfolio_kind(self.world, p.role) for p in held} != {"minister"}:
            return []
        known = {self.world.title(p.role.lower()) for p in held} - {None}
        return [person.key for person in self.linked.persons.values()
                if not person.is_author and person.key != owner and any(
                    p.state == state and not p.former
                    and portfolio_kind(self.world, p.role) == "minister"
                    and self._may_counter(known, p.role)
                    for p in person.positions)]

    def _may_counter(self, known: set, role: str) -> bool:
        """An office that may be the counterpart of the known offices ``known``: the same,
        or one the titles do not tell apart (a bare "Minister", a portfolio they do not
        list)."""
        info = self.world.title(role.lower())
        return not known or info is None or info in known or self._many_hold(role) \
            or any(self._portfolio_words(role) & self._portfolio_words(other.role)
                   for other in known)

    def _portfolio_words(self, role: str) -> set[str]:
        """The portfolios an office's title names ("Trade Representative", "Minister of
        Trade": trade)."""
        return {word for word in role.lower().split() if word in self.world.portfolios}

    def _owner_role(self, description: Description) -> str | None:
        """The one office of the person named just before a counterpart (its owner)."""
        owner = self._owner_key(description)
        if owner is None:
            return None
        roles = {p.role for p in self.linked.persons[owner].positions if not p.former}
        if len(roles) > 1:
            # a Minister of State who is also the Minister of Trade: the office of the two
            # that a state gives one person
            roles = {role for role in roles if not self._many_hold(role)}
        role = roles.pop() if len(roles) == 1 else None
        # A head's counterpart is the other state's head, whatever the title (a Chancellor's
        # Indian counterpart is India's Prime Minister).
        return None if role is None or _role_kind(self.world, role) in HEAD_KINDS else role


#: How many characters before a name the title the story calls the person by may stand
#: ("the State President, Professor NAME").
_TITLE_REACH = 40


#: Between a state and a name it qualifies: "'s Prime Minister ", " leader, ".
_STATE_THEN_TITLE = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,5},?\s+")
#: Between a name and the state after it: " of ", ", of the ".
_OF_THE_STATE = re.compile(r",?\s+of\s+(?:the\s+)?")


def _title_before(text: str, start: int) -> str:
    """The words right before a name at ``start``, lower case, past its courtesy titles and
    the comma that sets it off ("the State President, Professor NAME": "… state
    president")."""
    before = text[max(0, start - _TITLE_REACH):start].lower().split()
    while before and (before[-1].rstrip(".,") in words("courtesy_titles")
                      or before[-1] in (",", "")):
        before.pop()
    return " ".join(before).rstrip(",")
#: How many tokens before "his counterpart" (with no state) the other side is sought.
_COUNTERPART_REACH = 60
#: How many sentences back "the two" may find the two named ("A met B. … B said. After the
#: meeting, the two …").
_NAMED_BACK = 3
#: How many tokens a counterpart may stand after its owner's name ("X on Monday met his
#: Canadian counterpart").
_OWNER_DISTANCE = 8

_FIRST_PERSON = frozenset(marked("pronouns", "first"))
_SUBJECT_PRONOUNS = frozenset(marked("pronouns", "subject"))
_OBJECT_PRONOUNS = frozenset(marked("pronouns", "object"))
_HONOURED_PRONOUNS = frozenset(marked("pronouns", "honoured"))


def link_speakers_first_person(doc, linked: Linked, blocks) -> None:
    """Add references for "I" and "me" in a speech printed under its speaker's name
    ("NAME: This morning I was received by President X"): the speaker, outside quotation
    marks inside the speech (words the speaker quotes are someone else's)."""
    by_token = {i for ref in linked.refs for i in range(ref.start, ref.end)}
    added: list[Reference] = []
    for speaker, span in _spoken(doc, linked, [(b.speaker, b.start, b.end) for b in blocks]):
        marks = 0
        for token in span:
            if is_quote_mark(token):
                marks += 1
            if marks % 2 or token.i in by_token or token.text not in _FIRST_PERSON:
                continue
            added.append(_pronoun_of(token, speaker))
    _add_references(linked, added)


def link_release_author_first_person(doc, linked: Linked, world: World,
                                     story_start: int = 0) -> None:
    """A release headed by its minister's name over their office ("Senator the Hon NAME"
    over "Minister for Foreign Affairs") and told in the first person ("I will travel to
    …", "I spoke with … by telephone"): its "I" and "me" outside quotation marks, after
    the header, are that minister."""
    headers = [ref for ref in sorted(linked.refs, key=lambda r: r.start)
               if ref.kind == "name" and len(ref.persons) == 1
               and doc[ref.start].idx >= story_start
               and office_on_next_line(doc, ref.end, world) is not None
               and _opens_its_line(doc, ref.start, world)]
    if not headers or headers[0].persons[0] == linked.author:
        return
    # A joint release heads its text with each minister's name over their office, and
    # "we" in it are those ministers ("Today we welcomed NAME to Canberra").
    heading = [ref for ref in headers[:_JOINT_AUTHORS] if _before_the_prose(doc, ref, headers[0])]
    joint = tuple(dict.fromkeys(ref.persons[0] for ref in heading))
    by_token = {i for ref in linked.refs for i in range(ref.start, ref.end)}
    added: list[Reference] = []
    marks = 0
    # (the release's words begin after the last name heading it, not after a name over an
    # office further down, in a signature or a list of those present)
    header = heading[-1] if len(joint) >= 2 else headers[0]
    for token in doc[header.end:]:
        if token.is_space and "\n" in token.text:
            marks = 0  # a quotation left open ends with its paragraph
        elif is_quote_mark(token):
            marks += 1
        elif marks % 2 or token.i in by_token:
            continue
        elif len(joint) < 2 and token.text in _FIRST_PERSON:
            added.append(_pronoun_of(token, header.persons[0]))
        elif len(joint) >= 2 and token.lower_ in _WE and token.dep_ != "poss":
            added.append(_pronoun_of(token, *joint))
    _add_references(linked, added)


#: How many ministers' names may head a joint release.
_JOINT_AUTHORS = 4
_WE = frozenset(marked("pronouns", "we"))


def _before_the_prose(doc, ref: Reference, first: Reference) -> bool:
    """Whether the header name ``ref`` stands, like the first one, above the release's
    first sentence of prose: no line between them ends a sentence."""
    return not any(t.text in (".", "!", "?") for t in doc[first.end:ref.start])


def link_delegations(doc, linked: Linked) -> None:
    """ "A delegation led by Senator X arrived on Sunday. … the delegation met Prime
    Minister Y": "the delegation" later stands for those who lead the one told before
    (not "the delegations", nor one of its own "led by" or of another state's word)."""
    led: tuple[str, ...] = ()
    by_token = {i: ref for ref in linked.refs if ref.kind == "name" for i in
                range(ref.start, ref.end)}
    added: list[Reference] = []
    for token in doc_tokens(doc):
        if token.lemma_.lower() != "delegation" or token.tag_ != "NN":
            continue
        leaders = leaders_of(token)
        if leaders:
            # (up to the delegation's own verb: "The delegation, led by A, a senator, and B,
            # a senator, arrived", which the parser may hang B on)
            end = token.head.i if token.head.i > leaders[0].i else leaders[0].right_edge.i
            named = [by_token[i].persons[0] for i in range(leaders[0].left_edge.i, end + 1)
                     if i in by_token and len(by_token[i].persons) == 1]
            led = tuple(dict.fromkeys(named))
        elif led and [c.lower_ for c in token.children] == ["the"] \
                and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                and any(ref.kind == "name" and set(ref.persons) - set(led)
                        for ref in linked.refs
                        if token.sent.start <= ref.start < token.sent.end):
            # (with someone else named beside it: a delegation alone meets nobody; "the
            # delegation flies on for meetings with business leaders" is no meeting of the
            # two who lead it)
            added.append(_pronoun_of(token, *led))
    _add_references(linked, added)


def _opens_its_line(doc, start: int, world: World) -> bool:
    """Whether only styles of address stand before the name at ``start`` on its line
    ("Senator the Hon NAME")."""
    styles = words("courtesy_titles")
    k = start - 1
    while k >= 0 and not (doc[k].is_space and "\n" in doc[k].text):
        token = doc[k]
        # (offices.address_start steps over a style of address before an office and its
        # comma, not over a legislator's seat opening a release's header line)
        if token.lower_.rstrip(".") not in styles and token.lower_ != "the" \
                and (world.title(token.lower_) is None or not token.text[:1].isupper()):
            return False
        k -= 1
    return True


def link_quoted_first_person(doc, linked: Linked, quotes) -> list[int]:
    """Add references for "I" and "me" inside quotation marks to the quote's speaker when
    the verb they hang on is in the past ("'I spoke with President X by phone on
    Friday,' NAME said"): what a speaker says they did is a fact told by its doer.  A
    wish or a plan ("I will meet …", "I hope to see …") stays the speaker's words.
    Returns the tokens referred to."""
    by_token = {i for ref in linked.refs for i in range(ref.start, ref.end)}
    added: list[Reference] = []
    pieces = [(q.speaker, q.span.start, q.span.end) for q in quotes]
    for speaker, span in _spoken(doc, linked, pieces):
        for token in span:
            if token.i in by_token or token.text not in _FIRST_PERSON \
                    or token.dep_ not in ("nsubj", "dobj", "pobj") or not _told_done(token):
                continue
            added.append(_pronoun_of(token, speaker))
    _add_references(linked, added)
    return [ref.start for ref in added]


def _spoken(doc, linked: Linked, pieces):
    """(speaker, tokens) of each speech or quote, given as (speaker, start, end) characters,
    whose speaker is a person of the story other than its author."""
    for speaker, start, end in pieces:
        if speaker not in linked.persons or speaker == linked.author:
            continue
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None:
            yield speaker, span


def _other_of_a_mixed_pair(token, by_token: dict, sent, last_subject: str | None,
                           doc) -> str | None:
    """ "A met B. She told him …": a subject pronoun whose verb has an object pronoun of
    the other sex stands for the one of the two persons the sentence before named who
    was not its subject (the object pronoun takes that subject, as it would alone)."""
    sex = _GENDER_WORDS.get(token.lower_, ("", ""))[0]
    if not sex or last_subject is None or not any(
            c.dep_ in ("dobj", "dative")
            and _GENDER_WORDS.get(c.lower_, ("", ""))[1] == "pronoun"
            and _GENDER_WORDS[c.lower_][0] not in ("", sex)
            for c in token.head.children):
        return None
    before = doc[_previous_start(doc, sent):sent.start]
    named = list(dict.fromkeys(by_token[t.i].persons[0] for t in before if t.i in by_token))
    others = [key for key in named if key != last_subject]
    return others[0] if len(named) == 2 and len(others) == 1 else None


def _pronoun_of(token, *persons: str) -> Reference:
    return Reference(token.i, token.i + 1,
                     Span(token.idx, token.idx + len(token.text), token.text),
                     persons, "pronoun")


def _add_references(linked: Linked, added: list[Reference]) -> None:
    linked.refs.extend(added)
    linked.refs.sort(key=lambda ref: ref.start)


def _told_done(token) -> bool:
    """The verb the pronoun hangs on is a past tense of its own, with no modal or
    negation ("I spoke", "when I met", "he called me"; not "I would meet", "I did not")."""
    verb = token.head
    while verb.dep_ == "prep" or verb.pos_ == "ADP":
        verb = verb.head  # "… with me"
    return verb.tag_ == "VBD" and not any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


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
    genders = linked.genders = _genders(doc, linked, by_token)
    last_subject: str | None = None
    # the named subject of what the latest sentence's teller said ("X said Y had arrived")
    last_reported: str | None = None
    added: list[Reference] = []
    # A quotation of several sentences leaves the next one open: '"… us. It is our turn,"
    # he said': "he" is after the closing mark, outside the quotation.
    open_quote, opened_at = 0, 0
    # a pronoun ("he", "she") -> whom it stood for, in this sentence and the one before
    given: dict[str, str] = {}
    given_before: dict[str, str] = {}
    # the subject the sentence before named or described
    named_just_before: str | None = None
    for sent in doc_sentences(doc):
        if "\n" in doc_text(doc)[opened_at:sent.start_char]:
            open_quote = 0  # a new line: a stray mark ('4\'12"') opens no quotation
        if sent.end_char <= story_start or any(a <= sent.start_char < b for a, b in skip):
            open_quote = 0
            continue
        subject = owner_subject = None
        subject_named = False
        subject_told = False  # named, or described ("The Lebanese President had flown …")
        given_before, given = given, {}
        doers: dict[str, str | None] = {}  # an object pronoun -> the subject of its clause
        # (a list of the tokens: walking the Span builds a new Token at each step)
        tokens = doc_tokens(doc)[sent.start:sent.end]
        # The words inside quotation marks speak from the speaker's view: no pronoun there
        # is linked, and no one named there is whom the sentence is about ('"A and I sat
        # down for hours," she said': not A).
        quoted, marks = set(), open_quote
        for token in tokens:
            if is_quote_mark(token):
                marks += 1
                opened_at = token.idx
            elif marks % 2:
                quoted.add(token.i)
        for token in tokens:
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT" \
                    and token.i not in quoted:
                ref = by_token.get(token.i) or named_in_subject(token, by_token)
                if ref is None and (owner := _owner_of(token, by_token)) is not None:
                    # "The president's schedule was far from done. He …": the president is whom
                    # the next sentence goes on about (not whom "him" in this one stands
                    # for: "X's press service quoted him": X)
                    owner_subject = owner.persons[0]
                if ref is None:
                    # "Saudi Minister of State for Foreign Affairs NAME arrived": the
                    # tagger may make the title one subject and the name another
                    continue
                subject = ref.persons[0]
                subject_named = ref.kind == "name"
                subject_told = ref.kind in ("name", "description")
                break
        if subject is None:
            # "X is expected to come, where he …, officials said": the sentence is about
            # the subject of what was said.
            subject = next((by_token[token.i].persons[0] for token in tokens
                            if token.dep_ in ("nsubj", "nsubjpass") and token.i in by_token
                            and token.head.dep_ == "ccomp" and token.head.head.dep_ == "ROOT"),
                           None)
        if subject is None:
            # "The reports were denied by spokesman X. '…,' he said": the teller a passive
            # of saying or denying names is who the sentence is about (not the host of
            # "… was received by X", whose guest the story is about)
            subject = next((by_token[token.i].persons[0] for token in tokens
                            if token.dep_ == "pobj" and token.i in by_token
                            and token.head.dep_ == "agent" and token.head.head.dep_ == "ROOT"
                            and token.head.head.lemma_.lower() in _SPEAKING | _DENYING),
                           None)
        if subject is None and sent.root.pos_ in ("NOUN", "PROPN") \
                and sent.root.i not in quoted and (
                ref := by_token.get(sent.root.i) or named_in_subject(sent.root, by_token)):
            # "The mayor of X, NAME, watched from the tribune", the verb parsed as a
            # modifier of the subject made the root: the person the root names
            subject = ref.persons[0]
        if subject is None:
            # "The deal topped the list for Premier X, who landed on DAY": the person a
            # relative clause tells of is who the sentence is about (not the object of
            # someone else's act: "the guest met X, who …", "was received by X, who …")
            # (the antecedent may be the title the name stands in apposition to)
            subject = next((ref.persons[0] for token in tokens
                            if token.dep_ == "nsubj" and token.lower_ == "who"
                            and token.head.dep_ == "relcl"
                            and (ref := by_token.get(token.head.head.i)
                                 or named_in_subject(token.head.head, by_token))
                            and not any(t.dep_ in ("dobj", "dative", "agent")
                                        for t in (token.head.head, *token.head.head.ancestors))),
                           None)
        for token in tokens:
            lower = token.lower_
            if token.i in quoted or is_quote_mark(token) or token.i in by_token:
                continue
            if token.text == "HE" and not sent.text.isupper():
                continue  # "HE the President": His Excellency, no pronoun
            key = None
            own_subject = False
            doer = None
            if lower in _SUBJECT_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass"):
                named_before = [by_token[i].persons[0] for i in range(sent.start, token.i)
                                if i in by_token and i not in quoted]
                if owner := _owner_of_the_teller(token, by_token):
                    # "NAME's office said he had received a call": NAME
                    key, own_subject = owner, True
                elif subject and subject in named_before:
                    key = subject
                    # "NAME said he had …": the pronoun opens what the named subject said;
                    # "NAME is on a visit …, and will fly on to X, where he …": a clause
                    # of the named subject's own sentence ("the Vice President stopped
                    # over in X, where he …": of a described subject's too)
                    own_subject = _below_the_subjects_verb(token) and (
                        subject_named or token.head.dep_ in ("relcl", "advcl")) \
                        or subject_named and token.head.dep_ == "ccomp" \
                        and token.head.head.dep_ == "ROOT"
                elif subject is None and (above := _subject_above(token, by_token, quoted)):
                    # "The visit comes after NAME travelled to X last July, when he held
                    # talks with Y": the subject of a clause above the pronoun's own
                    key = above
                elif subject is None and (doer := _subject_before_a_semicolon(
                        token, sent, by_token)):
                    # "X stayed at home; he called Y instead, Y's aides said": the
                    # subject of the clause before, when the sentence's own is no person
                    key = doer
                else:
                    key = last_subject
                    if key is not None and last_reported not in (None, key) \
                            and _teller_after(token, by_token) == key:
                        # "X said Y had arrived on Tuesday. Next morning he had a meeting with
                        # Z, X said": not the teller, but the one X told of
                        key = last_reported
                    if (other := _other_of_a_mixed_pair(token, by_token, sent,
                                                        last_subject, doc)) is not None:
                        # "A met B. She told him …": the text shows B a woman, A a man
                        key, shown = other, _GENDER_WORDS[lower][0]
                        genders.setdefault(other, shown)
                        genders.setdefault(last_subject, "m" if shown == "f" else "f")
            elif lower in _OBJECT_PRONOUNS and token.dep_ in ("dobj", "pobj", "dative") \
                    or (honoured := lower in _HONOURED_PRONOUNS and token.dep_ == "poss"
                        and token.head.lemma_.lower() in words("honour_nouns")):
                # ("Y gave a lunch in his honour": "his" is whom Y hosted)
                doer = _clause_subject(token, by_token)
                joined = _joined_subjects(token, by_token)
                # (a subject the sentence names before the pronoun: "X received him …;
                # Y attended" is not Y)
                if doer is not None and subject and doer != subject and any(
                        by_token[i].persons[0] == subject for i in range(sent.start, token.i)
                        if i in by_token):
                    # "he called on X, before Y received him": the sentence's subject,
                    # in a clause whose own subject is another (kept unless the text shows
                    # that person to be of the other sex)
                    key, own_subject = subject, True
                elif others := [by_token[i].persons[0] for i in range(sent.start, token.i)
                                if i in by_token
                                and by_token[i].persons[0] not in (subject, doer)
                                and by_token[i].persons[0] not in joined]:
                    # "X will visit Brazil at the invitation of Y and will hold talks with
                    # him", "X received Y and told him …": the other person the sentence
                    # named before, not its subject's predecessor ("X received Y and gave a
                    # lunch in her honour": Y, whom the text shows no sex, not a woman
                    # named sentences before)
                    key = others[-1]
                    own_subject = honoured
                elif joined:
                    # "A and B spoke with him by phone": the person named last before the
                    # sentence, neither A nor B
                    key = next((by_token[i].persons[0] for i in range(sent.start - 1, max(
                        -1, _previous_start(doc, sent) - 1), -1)
                        if i in by_token and by_token[i].persons[0] not in joined), None)
                elif last_subject and last_subject != subject:
                    key = last_subject
                if given.get(lower) and key == doers.get(lower):
                    # "A greeted him on the tarmac, and B received him": the one the same
                    # pronoun stood for before, not A, who did the first act to him
                    key, own_subject = given[lower], False
            sex = _GENDER_WORDS.get(lower, ("", ""))[0]
            # "NAME said he had …": the sentence's own subject, unless the text shows that
            # person to be of the other sex
            # ("He first met X; the next day he talked with Y": the second "he" is
            # the one the first stood for, whom the text shows no sex, not X whom it shows
            # a man)
            if key and _GENDER_WORDS.get(lower, ("", ""))[1] == "pronoun" \
                    and (genders.get(key) != sex if key != named_just_before
                         else _other_sex_than(genders.get(key), sex)) \
                    and not ((own_subject or key in (given.get(lower), given_before.get(lower)))
                             and genders.get(key) is None):
                # "she" after a man was named (or after someone the text does not show to
                # be a woman while it shows another): the latest woman named just before.
                # (never the subject of the object pronoun's own clause: "Y received him")
                near = _latest_of_sex(by_token, genders, sex, doer, token.i,
                                      _previous_start(doc, sent))
                if near is None and genders.get(key) not in (None, sex):
                    # "Her host said …. That evening she paid a call on Y": the host is shown
                    # a man, so "she" is the woman the story told of last, further back
                    near = _latest_of_sex(by_token, genders, sex, doer, token.i,
                                          _sentences_back(doc, sent, _SEX_REACH),
                                          told_only=True)
                key = near or key  # none shown: the text may have the sex wrong
            if key and key != linked.author:
                span = Span(token.idx, token.idx + len(token.text), token.text)
                ref = Reference(token.i, token.i + 1, span, (key,), "pronoun")
                added.append(ref)
                by_token[token.i] = ref
                given[lower] = key
                doers[lower] = doer
                if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
                    subject = key
        open_quote = marks % 2
        named_just_before = subject if subject_told else None
        if subject or owner_subject:
            last_subject = subject or owner_subject
        last_reported = next((by_token[t.i].persons[0] for t in tokens
                              if t.dep_ in ("nsubj", "nsubjpass") and t.i in by_token
                              and t.head.dep_ == "ccomp" and t.head.head.dep_ == "ROOT"
                              and t.head.head.lemma_.lower() in _SPEAKING), None)
    linked.refs.extend(added)
    linked.refs.sort(key=lambda ref: ref.start)


#: How many sentences back a pronoun whose sex the person before it does not have may
#: look for the one of its sex.
_SEX_REACH = 4


def _latest_of_sex(by_token: dict, genders: dict, sex: str, doer: str | None, before: int,
                   start: int, told_only: bool = False) -> str | None:
    """The person referred to last between token ``start`` and ``before`` whom the text
    shows to be of ``sex``, not ``doer`` (the subject of the pronoun's own clause); with
    ``told_only``, by a name or description, not by another pronoun."""
    return next((by_token[i].persons[0] for i in range(before - 1, max(-1, start - 1), -1)
                 if i in by_token and not (told_only and by_token[i].kind == "pronoun")
                 and genders.get(by_token[i].persons[0]) == sex
                 and by_token[i].persons[0] != doer), None)


def _other_sex_than(shown: str | None, sex: str) -> bool:
    """Whether the subject named in the sentence before, whom the text shows as ``shown``
    (None: not shown), may not be the one a pronoun of ``sex`` stands for: a woman for
    "he"; for "she", anyone not shown a woman.  Most office holders are men, so a "Mr" the
    text gives another man says little against the subject just named, while a "Ms" or a
    "her" marks the one woman a "she" is likely to mean ("For his part, A … greeted Mr B.
    '…,' he said": A, whom the text shows no sex)."""
    return shown == "f" if sex == "m" else shown != sex


def _teller_after(token, by_token: dict) -> str | None:
    """The person named as the teller of the pronoun ``token``'s clause after it: "he held
    talks with Z, X said" (X)."""
    verb = token.head
    tellers = [c for c in verb.children if c.dep_ in ("parataxis", "ccomp")]
    if verb.dep_ == "ccomp":
        tellers.append(verb.head)
    for teller in tellers:
        if teller.i > token.i and teller.lemma_.lower() in _SPEAKING:
            subject = next((c for c in teller.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i in by_token:
                return by_token[subject.i].persons[0]
    return None


def _subject_before_a_semicolon(token, sent, by_token: dict) -> str | None:
    """The person named as the subject of the clause a semicolon closes before ``token``."""
    before = sent[:token.i - sent.start]
    semicolon = next((t.i for t in reversed(before) if t.text == ";"), None)
    if semicolon is None:
        return None
    return next((by_token[t.i].persons[0] for t in reversed(before)
                 if t.i < semicolon and t.dep_ in ("nsubj", "nsubjpass") and t.i in by_token),
                None)


def _below_the_subjects_verb(token) -> bool:
    """The pronoun's clause hangs below the sentence's root, and no verb between has a
    subject of its own: it tells more of the root's subject."""
    for above in token.head.ancestors:
        if above.dep_ == "ROOT":
            return True
        if above.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in above.children):
            return False
    return False


def named_in_subject(token, by_token: dict):
    """The reference (from ``by_token``, token index -> single-person reference) of the
    one person named inside the phrase of ``token``, a subject the tagger made of a title.

    "President of Kazakhstan NAME returned …": the tagger makes the title the subject
    and the name its "of" object; the one person named inside the subject's phrase, reached
    through "of" or "for" (of an office: "High Representative for Foreign Affairs …, NAME"),
    apposition or compound words only, is who the sentence is about."""
    refs = {by_token[t.i].persons[0]: by_token[t.i] for t in token.subtree
            if t.i in by_token and t.i != token.i}
    if len(refs) != 1:
        return None
    ref = next(iter(refs.values()))
    word = token.doc[ref.start]
    while word.i != token.i and word.head.i != word.i:
        if word.dep_ not in ("pobj", "appos", "compound") \
                or word.dep_ == "pobj" and word.head.lower_ not in ("of", "for"):
            return None
        word = word.head if word.dep_ != "pobj" else word.head.head
    return ref if word.i == token.i else None


def _owner_of(token, by_token: dict):
    """The reference of the person who owns ``token``, a subject naming no one ("The
    president's schedule was far from done. He …": the president)."""
    return next((by_token[c.i] for c in token.children if c.dep_ == "poss" and c.i in by_token),
                None)


def _owner_of_the_teller(token, by_token: dict) -> str | None:
    """ "NAME's office said he …", "NAME's spokesman said she …": the person whose office
    or aide tells what the pronoun's clause says."""
    verb = token.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SPEAKING:
        return None
    teller = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if teller is None or teller.i in by_token:
        return None
    owner = next((c for c in teller.children if c.dep_ == "poss" and c.i in by_token), None)
    return by_token[owner.i].persons[0] if owner is not None else None


def _subject_above(token, by_token: dict, quoted: set[int] = frozenset()) -> str | None:
    """The person named as the subject of a verb above the clause of ``token`` (a
    subject pronoun), through subordinate clauses, before the pronoun; not one named inside
    a quotation (the ``quoted`` tokens)."""
    for above in token.head.ancestors:
        if above.pos_ not in ("VERB", "AUX"):
            continue  # "travelled for the celebrations last July, when he …"
        ref = next((by_token.get(child.i) for child in above.children
                    if child.dep_ == "nsubj" and child.i < token.i
                    and child.i not in quoted), None)
        if ref is not None:
            return ref.persons[0]
    return None


def _clause_subject(token, by_token: dict) -> str | None:
    """The person who is the subject of the clause ``token`` stands in, if named."""
    verb = nearest_verb(token.head)
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp" \
            and not any(c.dep_ == "dobj" for c in verb.head.children):
        # "where Y was to host him": the infinitive's subject is the one of the verb it
        # completes (not "X asked Y to host him", whose object does it)
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _RELATIVE_WHO and verb.dep_ == "relcl":
        subject = verb.head  # "Y, who invited him to visit …": the subject is Y
    ref = by_token.get(subject.i) or named_in_subject(subject, by_token) \
        if subject is not None else None
    return ref.persons[0] if ref is not None else None


def _joined_subjects(token, by_token: dict) -> set[str]:
    """The persons named as the subjects joined by "and" in the clause ``token`` stands in
    ("A and B joined him at the hall": A and B, neither of whom "him" is)."""
    verb = nearest_verb(token.head)
    return {by_token[c.i].persons[0] for child in verb.children if child.dep_ == "nsubj"
            for c in child.conjuncts if c.i in by_token}


#: Relative pronouns that stand for a person ("Y, who invited him …").
_RELATIVE_WHO = frozenset(("who", "that"))


_PLURAL_PRONOUNS = frozenset(marked("pronouns", "plural"))


def link_plural_pronouns(doc, linked: Linked, skip: list[tuple[int, int]] = (),
                         story_start: int = 0) -> None:
    """Add references for a subject "they" to the persons last referred to together.

    "The two presidents have compared notes: they spoke by telephone", "A and B are old
    friends. They met in May": the latest reference to two or more persons ("the two
    leaders"), or the latest subject naming two or more persons joined by "and", in the
    sentence of "they" or the one before.  Only the subject of a main clause: "the first
    time that they met" restates an event told before.  Nothing when neither holds.
    """
    added: list[Reference] = []
    by_token = {i: ref for ref in linked.refs for i in range(ref.start, ref.end)}
    for sent in doc_sentences(doc):
        if sent.end_char <= story_start or any(a <= sent.start_char < b for a, b in skip):
            continue
        for token in doc_tokens(doc)[sent.start:sent.end]:
            if token.i in by_token or not (
                    token.lower_ in _PLURAL_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass")
                    or _their_earlier_event(token)):
                continue
            if token.dep_ == "poss":
                together = _last_together(doc, by_token, _previous_start(doc, sent), token.i)
            elif token.head.dep_ != "ROOT":
                # "X told Y of the change when they spoke by phone": the main clause's
                # subject and object; "the first time that they met" restates an event
                together = _subject_and_object(token.head, by_token)
            else:
                together = _last_together(doc, by_token, _previous_start(doc, sent),
                                          token.i, signing=token.head.lemma_ == "sign")
            if together:
                span = Span(token.idx, token.idx + len(token.text), token.text)
                ref = Reference(token.i, token.i + 1, span, together, "pronoun")
                added.append(ref)
                by_token[token.i] = ref
    linked.refs.extend(added)
    linked.refs.sort(key=lambda ref: ref.start)


#: Words that make an event an earlier one of the same persons ("their last meeting", "the
#: previous time they met").
EARLIER_WORDS = frozenset(("last", "previous"))


def _their_earlier_event(token) -> bool:
    """ "Their previous call was on 3 June", "Their last meeting was in May" (also as
    what someone said): "their" owning the subject of a main clause that
    is an earlier event of the two just told, which it stands for."""
    if token.lower_ != "their" or token.dep_ != "poss":
        return False  # asked of every token: its head is not built for the others
    owned = token.head
    return owned.dep_ in ("nsubj", "nsubjpass") and owned.head.dep_ in ("ROOT", "ccomp") \
        and any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for c in owned.children)


def _subject_and_object(verb, by_token: dict) -> tuple[str, ...]:
    """The persons the main verb's subject and object name, when "they" is the subject of
    a time clause on it ("X told Y … when they spoke by phone"), or its subject alone
    when it names two ("X and Y agreed on the date when they spoke by phone", also as
    what someone said); for "they" in a relative clause, the persons the subject of a
    verb above names ("the ministers fly to CITY, where they are to see X", "A and B
    agreed that the body they jointly co-chair would convene"); () otherwise."""
    main = verb.head
    if verb.dep_ == "relcl":
        for _ in range(_RELATIVE_REACH):
            main = nearest_verb(main)
            if found := _persons_of_subject(main, by_token):
                return found
            if main.head.i == main.i:
                break
            main = main.head
        return ()
    if verb.dep_ != "advcl" or main.dep_ not in ("ROOT", "ccomp") \
            or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return ()
    if found := _persons_of_subject(main, by_token, joined_only=True):
        return found
    if main.dep_ != "ROOT":
        return ()
    found = []
    for dep in ("nsubj", "dobj"):
        child = next((c for c in main.children if c.dep_ == dep), None)
        ref = by_token.get(child.i) if child is not None else None
        if ref is None or len(ref.persons) != 1:
            return ()
        found.append(ref.persons[0])
    return tuple(found) if found[0] != found[1] else ()


#: How many verbs up a "they" of a relative clause may find the persons it stands for.
_RELATIVE_REACH = 3


def _persons_of_subject(verb, by_token: dict, joined_only: bool = False) -> tuple[str, ...]:
    """The two or more persons the verb's subject names: names joined by "and", or (unless
    ``joined_only``) one reference to several ("the Indonesian ministers")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return ()
    if not joined_only and subject.i in by_token and len(by_token[subject.i].persons) >= 2:
        return by_token[subject.i].persons
    joined = [subject, *(c for c in subject.children if c.dep_ == "conj")]
    # ("his counterpart Lim Boon": the name in apposition to the noun joined)
    named = [ref for t in joined if (ref := by_token.get(t.i) or next(
        (by_token[c.i] for c in t.children if c.dep_ == "appos" and c.i in by_token), None))]
    if len(joined) >= 2 and len(named) == len(joined) and all(
            len(ref.persons) == 1 for ref in named) \
            and len({ref.persons[0] for ref in named}) == len(named):
        return tuple(ref.persons[0] for ref in named)
    return ()


_SPEAKING = frozenset(forms("speech_verbs", "narration", "lemma"))
_DENYING = words("denial_verbs")

#: How many sentences back the subject a description stands for may be.
_SUBJECT_REACH = 3


def link_described_subjects(doc, linked: Linked) -> None:
    """Link a description several persons fit to the one the story was just about.

    "Safadi had a busy week. He held talks with … and Syrian Foreign Minister X. '…,' the
    foreign minister told reporters": of the persons holding the office, the subject of
    the latest sentence before whose subject is a person (named, or "he" linked to
    them), when that subject holds it; nothing when the latest such subject is another
    person, or none is found within a few sentences.
    """
    by_token = {i: ref for ref in linked.refs if len(ref.persons) == 1
                for i in range(ref.start, ref.end)}
    added = []
    lead = _lead_subject(doc, by_token)
    first_named = next((ref.persons[0] for ref in sorted(linked.refs, key=lambda r: r.start)
                        if ref.kind == "name" and len(ref.persons) == 1), None)
    # How often each office is written bare: a story calls the one it is about "the
    # President" throughout, naming the other "President X" each time
    bare = Counter(d.span.text.lower() for d, _ in linked.undecided if _bare_office(doc, d))
    for description, holders in linked.undecided:
        if lead in holders and _bare_office(doc, description) \
                and (_none_of_the_setting(linked, holders)
                     or lead == first_named and bare[description.span.text.lower()]
                     >= _PROTAGONISTS_OFFICE):
            # "KUALA LUMPUR - President NAME held bilateral meetings with six leaders …  In
            # his meeting with X, the President thanked …": of several holders, none of
            # the state the story is set in, the story's own subject
            added.append(Reference(description.start, description.end, description.span,
                                   (lead,), "description", description))
            continue
        root = doc[description.start:description.end].root
        if description.start not in by_token and root.dep_ in ("nsubj", "nsubjpass") \
                and (other := _the_holder_not_named_after(doc, linked, description,
                                                          holders)) is not None:
            # "The Prime Minister held talks with Singapore's Prime Minister X": of two
            # holders of the office, the one the rest of the sentence does not name
            added.append(Reference(description.start, description.end, description.span,
                                   (other,), "description", description))
            continue
        if description.start not in by_token \
                and (abroad := _the_holder_met_from_abroad(doc, linked, description, holders,
                                                           by_token)) is not None:
            # "Foreign Minister X called on the Prime Minister at the guest house", told of two
            # prime ministers: the one of another state than X's, whom X met
            added.append(Reference(description.start, description.end, description.span,
                                   (abroad,), "description", description))
            continue
        if description.start in by_token or root.dep_ != "nsubj" \
                or root.head.lemma_.lower() not in _SPEAKING:
            continue  # the speaker of "…," the minister said; not "the press service of"
        sent = doc[description.start].sent
        for _ in range(_SUBJECT_REACH):
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
            # The main clause's subject, or that of a clause joined to it ("Tourism is
            # where they compete, and X did not pretend otherwise"): the latest one told.
            subject = next((by_token[t.i] for t in reversed(sent)
                            if t.dep_ in ("nsubj", "nsubjpass") and t.i in by_token
                            and (t.head.dep_ == "ROOT" or t.head.dep_ == "conj"
                                 and t.head.head.dep_ == "ROOT")), None)
            if subject is None:
                continue
            if subject.persons[0] in holders:
                added.append(Reference(description.start, description.end, description.span,
                                       subject.persons, "description", description))
            elif (beside := _holder_beside(doc, linked, subject.persons[0],
                                           _sentences_back(doc, sent, _SUBJECT_REACH),
                                           description.start, holders)) is not None:
                added.append(Reference(description.start, description.end, description.span,
                                       (beside,), "description", description))
            break
    linked.refs.extend(added)
    linked.refs.sort(key=lambda ref: ref.start)


def _lead_subject(doc, by_token: dict, heads: tuple[str, ...] = ("ROOT",),
                  full_sentences: bool = False) -> str | None:
    """The person the story's first sentence with a named subject has as its subject (a
    name, or an office with the name set off after it: "The President of X, NAME, held
    …"): the subject of a verb whose dependency is one of ``heads``; with
    ``full_sentences``, only in a sentence ended by a stop (not a headline)."""
    for token in doc_tokens(doc):
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in heads \
                and (ref := by_token.get(token.i)) is not None and (
                    ref.kind == "name" or ref.description is not None
                    and ref.description.apposed is not None) \
                and not (full_sentences and token.sent.text.rstrip()[-1:] not in ".!?"):
            return ref.persons[0]
    return None


def _bare_office(doc, description) -> bool:
    """ "the President", "The Prime Minister": one office alone, capitalised, with no state
    nor "of" after it to tell whose (a story's way of naming its protagonist)."""
    words_ = [t for t in doc[description.start:description.end] if t.lower_ != "the"]
    return not description.plural and not description.states and bool(words_) \
        and all(t.text[:1].isupper() for t in words_) \
        and not (description.end < len(doc) and doc[description.end].lower_ == "of")


def _none_of_the_setting(linked: Linked, holders: tuple[str, ...]) -> bool:
    """The story is set in a known state (its dateline's or its lead's city) and none of
    ``holders`` holds an office of it: "the President" is no host's."""
    setting = linked.home_state or linked.lead_state
    return setting is not None and not any(
        p.state == setting for key in holders
        for p in linked.persons[key].positions if not p.former)


def _the_holder_not_named_after(doc, linked: Linked, description,
                                holders: tuple[str, ...]) -> str | None:
    """Of two holders of a described office, the one not named in the rest of the
    description's sentence when the other is; and when the sentence names someone beside a
    state, the one of those not named there whom the story never named beside a state
    ("The Prime Minister then called Samoa's Prime Minister X", told of its own prime
    minister and of foreign ones, each named with a state)."""
    # Past the verb the description is the subject of: "The President of the Republic, Mr
    # NAME, received …" names the description's own holder before it.
    verb = doc[description.start:description.end].root.head
    end = doc[description.start].sent.end
    after = {k for ref in linked.refs if verb.i < ref.start < end
             and ref.kind == "name" for k in ref.persons}
    rest = [k for k in holders if k not in after]
    if len(rest) > 1 and not description.states and after & linked.named_with_a_state:
        rest = [k for k in rest if k not in linked.named_with_a_state]
    elif len(holders) != 2:
        return None
    return rest[0] if len(rest) == 1 else None


def _the_holder_met_from_abroad(doc, linked: Linked, description, holders: tuple[str, ...],
                                by_token: dict) -> str | None:
    """Of the holders of a described office that a named person met, received or called on
    ("X called on the Prime Minister", "X received the President"), the one of a state
    other than that person's, when only one is."""
    root = doc[description.start:description.end].root
    if root.dep_ == "dobj" and root.head.lemma_.lower() in RECEIVING_LEMMAS:
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "on" \
            and root.head.head.lemma_.lower() == "call":
        verb = root.head.head
    else:
        return None
    # (the subject's name may stand in apposition to its title: "Minister X called on …")
    subject = next((ref for c in verb.children if c.dep_ == "nsubj"
                    if (ref := by_token.get(c.i) or named_in_subject(c, by_token))), None)
    if subject is None:
        return None
    own = linked.states_of(subject.persons[0])
    abroad = [key for key in holders
              if own and (theirs := linked.states_of(key)) and not theirs & own]
    return abroad[0] if len(abroad) == 1 else None


#: How often a story writes an office bare ("the President") when it stands for the
#: person the story is about (its lead's subject, named first), whoever else holds it.
_PROTAGONISTS_OFFICE = 3
#: Words of an office not held yet ("Chancellor-designate", "President-elect").
_COMING = frozenset(words("coming_office_words"))


def _not_held_yet(role: str | None) -> bool:
    """The office is one its holder has not taken up ("Chancellor-designate")."""
    return role is not None and any(w in _COMING for w in re.split(r"[-\s]", role.lower()))


def _sentences_back(doc, sent, count: int) -> int:
    """Where the sentence ``count`` sentences before ``sent`` starts."""
    for _ in range(count):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return sent.start


def _holder_beside(doc, linked: Linked, subject: str, start: int, end: int,
                   holders: tuple[str, ...]) -> str | None:
    """ "A and B held talks. … '…,' A told a joint press conference. '…,' the Saudi
    minister said": the one holder of the office told together with the latest subject,
    between ``start`` and ``end``."""
    by_any = {i: ref for ref in linked.refs for i in range(ref.start, ref.end)}
    together = _last_together(doc, by_any, start, end)
    beside = [k for k in together if k in holders and k != subject] \
        if subject in together else []
    return beside[0] if len(beside) == 1 else None


def _last_together(doc, by_token: dict, start: int, end: int,
                   signing: bool = False) -> tuple[str, ...]:
    """The persons of the latest reference to several persons between ``start`` and
    ``end``, or of the latest person subject joined by "and" to another person; for
    "they" who sign (``signing``), also a subject and the one it met ("A received B.
    They signed …")."""
    for i in range(end - 1, start - 1, -1):
        ref = by_token.get(i)
        if ref is None:
            continue
        if len(ref.persons) >= 2:
            return ref.persons
        token = doc[i]
        if token.dep_ in ("nsubj", "nsubjpass"):
            # ("A, the Personal Envoy of X, and B arrived": the parse may join B to A's
            # apposition)
            joined = [by_token[c.i].persons[0] for c in (*token.conjuncts, *(
                        c for a in token.children if a.dep_ == "appos" for c in a.conjuncts))
                      if c.i in by_token and len(by_token[c.i].persons) == 1]
            keys = tuple(dict.fromkeys([ref.persons[0], *joined]))
            if len(keys) == 1 and signing:
                keys = tuple(dict.fromkeys([*keys, *_met_by(token.head, by_token)]))
            if len(keys) >= 2:
                return keys
    return ()


def _met_by(verb, by_token: dict) -> list[str]:
    """The persons a verb of meeting names as met: "A received B", "A held talks with B"
    (so that "They signed …" after it is the two)."""
    if verb.lemma_ not in RECEIVING_LEMMAS and verb.lemma_ != "hold":
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    met = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_ != "hold" else []
    met += [pobj for head in heads for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "with"
            for pobj in prep.children if pobj.dep_ == "pobj"]
    met += [c for token in list(met) for c in token.conjuncts]
    return [by_token[t.i].persons[0] for t in met
            if t.i in by_token and len(by_token[t.i].persons) == 1]


_GENDER_WORDS = {row["word"]: (row["gender"], row["steps"]) for row in entries("gender_words")}


def _previous_start(doc, sent) -> int:
    """Where the sentence before ``sent`` starts (``sent``'s own start if none)."""
    if sent.start == 0:
        return 0
    return doc[sent.start - 1].sent.start


def _genders(doc, linked: Linked, by_token: dict) -> dict[str, str]:
    """Who the text shows to be a man ("m") or a woman ("f"): a gendered title written
    before the name ("Ms NAME"), or "his"/"her" in a sentence whose one person is the
    subject named before it.  A person shown both ways is left unknown."""
    seen: dict[str, set[str]] = {}
    for ref in linked.refs:
        if ref.kind != "name" or len(ref.persons) != 1 or ref.start == 0:
            continue
        word = _GENDER_WORDS.get(doc[ref.start - 1].lower_)
        if word and word[1] == "title":
            seen.setdefault(ref.persons[0], set()).add(word[0])
    for sent in doc_sentences(doc):
        named = []
        for token in doc_tokens(doc)[sent.start:sent.end]:
            if token.i in by_token:
                key = by_token[token.i].persons[0]
                if key not in named:
                    named.append(key)
                continue
            word = _GENDER_WORDS.get(token.lower_)
            if word and word[1] == "pronoun" and token.dep_ == "poss" and len(named) == 1:
                seen.setdefault(named[0], set()).add(word[0])
    return {key: genders.pop() for key, genders in seen.items() if len(genders) == 1}


def answers_office(world: World, held: str, described: str) -> bool:
    """:func:`same_office`, or any minister's office, by the world's titles, for a bare
    "minister" ("the two ministers" of a Secretary of State and a Minister of Foreign
    Affairs)."""
    return same_office(held, described) or (
        described.lower() == "minister" and portfolio_kind(world, held) == "minister") or (
        # "the two secretaries" of a Secretary of State and a Defense Secretary
        described.lower() == "secretary" and "secretary" in held.lower().split()
        and portfolio_kind(world, held) == "minister") or (
        # "the two envoys" of a Personal Envoy and a High Representative for a crisis (no
        # ambassadors: "four new envoys presented credentials" are the story's own)
        described.lower() == _ENVOY and held.lower().endswith((_ENVOY, _REPRESENTATIVE)))


_ENVOY = "envoy"
_REPRESENTATIVE = "representative"


def portfolio_kind(world: World, role: str) -> str | None:
    """The kind of office ``role`` is by the world's titles, or for a portfolio they do not
    list ("Secretary of Economy") its head title's ("Secretary": a minister's)."""
    return _role_kind(world, role) \
        or _role_kind(world, re.split(r" (?:of|for) ", role, maxsplit=1)[0])


def same_office(held: str, described: str) -> bool:
    """A held office answers a description's: the same role, or any minister's portfolio
    for a bare "minister" ("the two ministers" of a Minister of Foreign Affairs)."""
    held, described = held.lower(), described.lower()
    if described.endswith(" minister"):
        # "the two deputy ministers", a First Deputy Minister of Trade and a Deputy
        # Minister of Health: that rank of minister, of any portfolio
        held = held.removeprefix("first ")
        return held == described or held.startswith(described + " of ")
    return held == described or (described == "minister" and held.startswith("minister of "))


#: A year, and how many years before the story make a sentence one of the past.
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
_GENERATION = 25
_ARTICLE = re.compile(r"^(?:al|el)-")
#: ", as he is known at home": the name before is another form of one named before.
_KNOWN_AS = re.compile(r",\s+" + alternation("known_as_words") + r"\b", re.IGNORECASE)
_DOUBLED = re.compile(r"(.)\1")


def _spelling(word: str) -> str:
    """A name's word as transliterations differ in it: "al-Sisi" and "El-Sisi", "Fattah"
    and "Fatah", "Đuro" and "Djuro" (the letter's usual Latin spelling) are spelt alike."""
    return _DOUBLED.sub(r"\1", _ARTICLE.sub("", _fold(word))).replace("đ", "dj")


def _times_written(name: str, counts: Counter) -> int:
    """How often a story writes ``name``: in full, or by one of its words alone."""
    words = _words(name)
    return counts[name] + sum(n for short, n in counts.items()
                              if len(short.split()) == 1 and _fold(short) in words)


def _initial_of(tokens: list[str], other: list[str]) -> bool:
    """Whether ``tokens`` ("U. Khurelsukh", "Sh. Mirziyoyev", "R. T. Erdogan") is
    ``other`` with its given names as initials, one or two letters each; an initial more
    than ``other`` has given names is a patronymic's ("V. V. Putin", "Vladimir Putin")."""
    initials = tokens[:-1]
    return bool(initials) and len(other) >= 2 and tokens[-1] == other[-1] and all(
        2 <= len(initial) <= 3 and initial.endswith(".") for initial in initials) and all(
        given.lower().startswith(initial[:-1].lower())
        for initial, given in zip(initials, other[:-1], strict=False))


_VOWELS = re.compile(r"[aeiouy]")


def _consonants(word: str) -> str:
    """A name's word as every transliteration spells it: its first letter, then its
    consonants without doubling ("Zelenskiy" and "Zelenskyy", "Mohamed" and "Muhammad",
    "Shehbaz" and "Shahbaz" are spelt alike)."""
    word = re.sub(r"[^a-z]", "", _spelling(word))
    return word[:1] + _DOUBLED.sub(r"\1", _VOWELS.sub("", word[1:]))


def _transliterated(tokens: list[str], other: list[str]) -> bool:
    """Whether two names of two words or more are one name transliterated two ways: the
    same first word and the same words run together, vowels aside ("Badr Abdel Aty" and
    "Badr Abdelatty", "Andriy Sybiha" and "Andrii Sybiha").  Short names carry too little
    to tell two persons apart this way."""
    if len(tokens) < 2 or len(other) < 2 or _consonants(tokens[0]) != _consonants(other[0]):
        return False
    joined, joined_other = "".join(tokens), "".join(other)
    return min(len(joined), len(joined_other)) >= 8 and min(len(tokens[0]), len(other[0])) >= 4 \
        and _consonants(joined) == _consonants(joined_other)


def _fold(word: str) -> str:
    """A word or name without case or accents, for comparing two spellings of a name."""
    folded = unicodedata.normalize("NFKD", word)
    return "".join(c for c in folded if not unicodedata.combining(c)).lower()


def _words(name: str) -> list[str]:
    """A name's words without case or accents, a hyphen read as a space."""
    return _fold(name).replace("-", " ").split()


def _holds_run(words: list[str], run: list[str]) -> bool:
    """Whether ``run`` stands in ``words`` as consecutive words."""
    return any(words[i:i + len(run)] == run for i in range(len(words) - len(run) + 1))


def _fathers_name(name: str, word: str) -> bool:
    """Whether ``word`` occurs in ``name`` only as a father's or ancestor's name, after
    "bin", "ibn" or "bint"."""
    tokens = name.split()
    places = [i for i, token in enumerate(tokens) if _fold(token) == _fold(word)]
    return bool(places) and all(i > 0 and tokens[i - 1].lower() in _ANCESTRY
                                for i in places)


def _name_forms(name: str) -> list[str]:
    """``name``, then its shorter forms the world data may know: an Arabic chain's
    ("Fahad bin Tariq bin Omar" is also "Fahad bin Tariq"), else the name without its
    first given name, then without its last word (a second, maternal surname the world data
    leaves out: "Ana Rojas Soto" is "Ana Rojas")."""
    tokens = name.split()
    forms = [name]
    if any(token.lower() in _ANCESTRY for token in tokens):
        for end in range(len(tokens) - 1, 2, -1):
            if tokens[end].lower() in _CHAIN_WORDS:
                forms.append(" ".join(tokens[:end]))
    elif len(tokens) >= 3:
        # "Muhammad Shehbaz Sharif": a first given name the world data may leave out
        forms.append(" ".join(tokens[1:]))
        forms.append(" ".join(tokens[:-1]))
    elif len(tokens) == 2:
        # "TAKAICHI Sanae": the family name written first, as Japanese outlets do, of a
        # name the world data has given name first
        forms.append(f"{tokens[1]} {tokens[0]}")
    return forms


def _two_initials(name: str) -> bool:
    """A name opening with two initials or more ("V. V. Putin", "S. V. Lavrov")."""
    words = name.split()
    return len(words) >= 3 and all(len(w) <= 3 and w.endswith(".") for w in words[:2])


def _is_address_form(name: str) -> bool:
    tokens = name.split()
    return len(tokens) == 2 and bool(_PATRONYMIC.search(tokens[1]))


def link_persons(mentions: Mentions, world: World, author: str | None = None,
                 published: dt.date | None = None, home_state: str | None = None,
                 publisher_state: str | None = None, lead_state: str | None = None,
                 doc=None) -> Linked:
    """Cluster person mentions into persons and resolve descriptions to them.

    ``home_state`` (ISO alpha-2) is the state the article is written from, usually the
    dateline's; it is the state of a spokesperson whose state the text does not give.
    ``lead_state`` is the state of the first city the story's lead names: after the home
    and the publisher's state, the likeliest state of an office nothing else places.
    ``doc``, the parsed story, tells where persons travel to, which is not their state.
    """
    return _Linker(mentions, world, author, published, home_state, publisher_state,
                   lead_state, doc).run()
