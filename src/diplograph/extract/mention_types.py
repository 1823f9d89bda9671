"""The records of mention finding: gazetteer hits, person mentions, descriptions."""

from __future__ import annotations

from dataclasses import dataclass, field

from .facts import Position, Span


@dataclass(frozen=True)
class Hit:
    """A gazetteer match: ``kind`` is state, demonym, place or org; ``key`` identifies it."""

    kind: str
    key: str
    start: int  # token offsets
    end: int
    span: Span


@dataclass(frozen=True)
class PersonMention:
    """A name in the text, with the office stated next to it, if any."""

    name: str
    start: int
    end: int
    span: Span
    position: Position | None = None
    #: Further offices stated with the name ("Crown Prince and Prime Minister").
    also: tuple[Position, ...] = ()
    #: The state the sentence suggests for a stateless office; used only when nothing
    #: else in the article gives the person's state.
    state_hint: str | None = None
    #: Where the office's owner is named, for a stateless office owned by a person ("his
    #: foreign minister", "NAME's press secretary", "X was accompanied by his chief of
    #: staff"): (sentence start, token index, by name only); the linker gives the office
    #: that person's state once it is known.
    owner_at: tuple[int, int, bool] | None = None
    #: The office is the one of the person named before ("her counterpart NAME"), not
    #: written with the name: "the prime minister" later still means that person.
    counterpart: bool = False
    #: A nickname written in quotes with the name ("NAME 'Nick'"); the story may go on
    #: calling the person by it.
    nickname: str | None = None

    @property
    def positions(self) -> tuple[Position, ...]:
        """Every office stated next to the name, the main one first."""
        return ((self.position,) if self.position else ()) + self.also


@dataclass(frozen=True)
class Description:
    """A reference to persons by office or relation instead of by name."""

    start: int
    end: int
    span: Span
    roles: tuple[str | None, ...] = (None,)
    states: tuple[str, ...] = ()
    plural: bool = False
    count: int | None = None
    counterpart: bool = False
    visiting: bool = False
    #: "NAME has been Colombia's foreign minister": the token of the subject whose own
    #: office the description states, after a verb of being.
    predicate_of: int | None = None
    #: "the UN chief": the international organisation whose office holder is meant.
    org: str | None = None
    #: "the latter", "the former": which of the two persons named just before is meant.
    order: str | None = None
    #: "the Minister of Agriculture, Dr. NAME": the token where the name set off after the
    #: office starts, the person meant.
    apposed: int | None = None


@dataclass
class Mentions:
    """All mentions of one document, in text order."""

    hits: list[Hit] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    descriptions: list[Description] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Hit]:
        """Gazetteer hits of one kind."""
        return [hit for hit in self.hits if hit.kind == kind]
