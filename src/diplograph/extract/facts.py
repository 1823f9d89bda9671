"""The data types passed between extraction steps.

Each step reads and returns these small dataclasses, so a step can be tested
on its own with hand-made inputs.  Persons are referred to by their ``key``
(a normalised full name) and states by ISO 3166 alpha-2 code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A stretch of the article body: character offsets and the covered text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Position:
    """An office: a canonical role, optionally of a state (ISO alpha-2)."""

    role: str
    state: str | None = None
    #: The international body the office belongs to ("NATO Secretary General"), which
    #: then has no state.
    org: str | None = field(default=None, compare=False)
    #: An office the person no longer holds ("former President X"), asserted as reported
    #: but never used to resolve "the president".
    former: bool = field(default=False, compare=False)

    @property
    def label(self) -> str:
        """Human label such as "President of Azerbaijan"-style text, built by the caller."""
        return self.role


@dataclass(frozen=True)
class PlaceRef:
    """A city, region or venue, with the state it lies in when known."""

    name: str
    state: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True)
class OrgRef:
    """An organisation: news agency, outlet, international body, ministry."""

    name: str
    kind: str = "organization"
    state: str | None = None
    wikidata: str | None = None


@dataclass
class Person:
    """One real-world person as found in one article (all mentions linked)."""

    key: str
    name: str
    positions: set[Position] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    wikidata: str | None = None
    is_author: bool = False

    @property
    def surname(self) -> str:
        """The last word of the name, the usual short reference in news."""
        return self.name.split()[-1]


@dataclass
class Meeting:
    """Leaders meeting or talking; ``phase`` separates sessions of one day's talks."""

    participants: frozenset[str]
    date: dt.date | None
    evidence: Span
    formats: set[str] = field(default_factory=set)
    place: PlaceRef | None = None
    status: str = "held"
    phase: str = "main"
    visit: str | None = None  # the id of the visit it took place during
    rule: str = ""
    venue: PlaceRef | None = None  # a building or site within the place
    #: Who received whom, when the clause says so ("X hosted Y", "talks with visiting Y").
    host: str | None = None
    guest: str | None = None
    #: The date is the story's day, assumed because the clause states none.
    assumed_date: bool = False
    #: The clause dates the meeting to a month or a year only ("in Lima last November"):
    #: another occasion than the story's, whose day is unknown.
    dated_to_a_period: bool = False
    #: The clause tells it within the visit ("During the visit, X also met Y"): on one of
    #: the visit's days, which one not told.
    within_visit: bool = False
    #: Which day of a stay a sentence telling it names ("On the second day of the visit":
    #: 2), kept when a mention without one (a headline's) is the meeting told
    stay_day: int | None = None

    @property
    def id(self) -> str:
        """Names the meeting among the article's facts: who met, on which day, in which
        session and status (what its IRI is minted from, too)."""
        return f"meeting:{'+'.join(sorted(self.participants))}@{self.date}:{self.phase}" \
            f":{self.status}"


@dataclass
class Visit:
    """A person's visit to a foreign state."""

    guest: str
    host: str
    evidence: Span
    visit_type: str | None = None
    start: dt.date | None = None
    anchor: dt.date | None = None  # a day known to fall within the visit, for identity
    place: PlaceRef | None = None
    status: str = "held"
    rule: str = ""
    #: The text dates the visit to a month or year only ("visited Cairo in June"): another
    #: occasion than the story's days, whose first day is not known.
    dated_to_a_period: bool = False

    @property
    def id(self) -> str:
        """Names the visit among the article's facts: one per guest, host and status."""
        return f"visit:{self.guest}>{self.host}:{self.status}"


@dataclass
class Agreement:
    """A signed (or planned) document between states or bodies."""

    kind: str  # "MoU" or "Agreement"
    evidence: Span
    topics: tuple[str, ...] = ()
    parties: frozenset[str] = frozenset()
    signatories: frozenset[str] = frozenset()  # person keys
    signatory_positions: frozenset[Position] = frozenset()
    witnesses: frozenset[str] = frozenset()
    date: dt.date | None = None
    place: PlaceRef | None = None
    status: str = "held"
    title: str = ""
    rule: str = ""
    #: How many documents a bundle stands for, as the text states it ("signed 11
    #: agreements"); None for one document and for a number the text gives roughly.
    count: int | None = None


@dataclass
class Quote:
    """Words attributed to a speaker."""

    speaker: str
    text: str
    evidence: Span
    date: dt.date | None = None
    occasion: str | None = None  # the id of the meeting it was said at
    rule: str = ""


@dataclass
class ArticleMeta:
    """Byline, publisher and dateline found at the top of an article."""

    author: str | None = None
    publisher: OrgRef | None = None
    dateline: PlaceRef | None = None
    dateline_date: dt.date | None = None
    story_start: int = 0  # offset where the story text (after byline/dateline) begins
    headline: str | None = None
    #: Character range of the dateline ("Pyongyang, June 21 (KCNA) --"), which may stand
    #: inside the story when a headline is above it; its date is the filing date.
    dateline_span: tuple[int, int] | None = None
    #: The second city of a story filed from two ("SEOUL/BEIJING, March 19"): the
    #: dateline is the first's; a meeting may have been in either.
    second_dateline: PlaceRef | None = None


@dataclass
class ArticleFacts:
    """Everything extracted from one article, ready to become triples."""

    meta: ArticleMeta
    persons: dict[str, Person] = field(default_factory=dict)
    states: set[str] = field(default_factory=set)
    places: dict[str, PlaceRef] = field(default_factory=dict)
    organizations: dict[str, OrgRef] = field(default_factory=dict)
    meetings: list[Meeting] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    story_date: dt.date | None = None
