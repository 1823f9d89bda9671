"""Event codes researchers know from GDELT, ICEWS and POLECAT, computed from the facts.

Every meeting, visit and agreement gets a CAMEO code (``dg:cameoCode``), a PLOVER event
type (``dg:ploverType``) and, where PLOVER defines one, a mode (``dg:ploverMode``); and
one ``dg:EventCoding`` per pair of actor states (``dg:coding``) with the CAMEO code seen
from the source actor and the two states' ISO 3166 alpha-3 codes (``dg:sourceActor``,
``dg:targetActor``), the shape of a GDELT or ICEWS event row.

The rules (the same the ``events-gdelt`` query documents):

==========================================================  =====  ===========  ===========
event                                                       CAMEO  PLOVER type  PLOVER mode
==========================================================  =====  ===========  ===========
meeting by phone or video                                   041    CONSULT      phone
meeting in a state none of the participants belongs to [2]_ 044    CONSULT      third-party
meeting in person otherwise                                 040    CONSULT      visit [1]_
visit: guest's state → host state                           042    CONSULT      visit
visit: host state → guest's state (the reverse coding)      043    CONSULT      visit
agreement or MoU, each pair of parties                      057    AGREE        (none)
meeting or visit reported as planned                        036    CONSULT      as above
==========================================================  =====  ===========  ===========

.. [1] "visit" when the meeting is part of a visit or held in one participant's state;
   "multilateral" when the participants come from three states or more; no mode when
   the place is unknown.
.. [2] A pair's coding is 044 when the meeting was held in neither of the pair's states,
   even if a third participant was at home there.

Actors are the states of the offices participants hold (a person with no known office
gives no actor); a meeting gives a coding per pair of distinct states (one ``X``–``X``
coding when every participant is known to be of one state), ordered by ISO code.  A
meeting whose participants' states are unknown still carries its event-level codes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from ..extract.facts import Agreement, ArticleFacts, Meeting, Visit
from ..namespaces import DG
from ..world import World
from . import iris

#: CAMEO codes diplograph writes, with their CAMEO names.
CAMEO_NAMES: dict[str, str] = {
    "036": "Express intent to meet or negotiate",
    "040": "Consult",
    "041": "Discuss by telephone",
    "042": "Make a visit",
    "043": "Host a visit",
    "044": "Meet at a third location",
    "057": "Sign formal agreement",
}

#: Meeting phases that are calls, not meetings in person (extract/meetings.py's phases).
_REMOTE_PHASES = frozenset({"phone", "video"})


@dataclass(frozen=True)
class Coding:
    """One directed event row: the CAMEO code as ``source`` acts towards ``target`` (ISO3)."""

    cameo: str
    source: str
    target: str


@dataclass(frozen=True)
class EventCodes:
    """An event's codes: CAMEO, PLOVER type and mode, and its codings per pair of states."""

    cameo: str
    plover: str
    mode: str | None
    codings: tuple[Coding, ...] = ()


def _pairs(states: Iterable[str]) -> list[tuple[str, str]]:
    distinct = sorted(set(states))
    if len(distinct) == 1:
        return [(distinct[0], distinct[0])]
    return list(combinations(distinct, 2))


def meeting_codes(states: Iterable[str], *, place_state: str | None = None,
                  remote: bool = False, during_visit: bool = False,
                  planned: bool = False, all_known: bool = True) -> EventCodes:
    """Codes of a meeting from its participants' states (ISO3), the state it was held in
    (ISO3, when known), whether it was a call, part of a visit, or only planned.
    ``all_known`` says whether every participant's state is known: a domestic ``X``–``X``
    coding needs that (one known state and an unknown one is no domestic meeting)."""
    states = set(states)
    if remote:
        cameo, mode = "041", "phone"
    elif place_state and states and place_state not in states:
        cameo, mode = "044", "multilateral" if len(states) >= 3 else "third-party"
    else:
        cameo = "040"
        if len(states) >= 3:
            mode = "multilateral"
        elif during_visit or (place_state and len(states) >= 2):
            mode = "visit"
        else:
            mode = None
    codings = []
    pairs = _pairs(states) if states and (len(states) > 1 or all_known) else []
    for a, b in pairs:
        # Seen from one pair, a meeting held in neither's state is at a third location
        # even when a third participant is at home there (a trilateral with the host).
        third = not remote and place_state is not None and place_state not in (a, b)
        codings.append(Coding("036" if planned else "044" if third else cameo, a, b))
    return EventCodes("036" if planned else cameo, "CONSULT", mode, tuple(codings))


def visit_codes(guest_states: Iterable[str], host: str, *, planned: bool = False) -> EventCodes:
    """Codes of a visit: 042 from each of the guest's states to the host, 043 back."""
    make, receive = ("036", "036") if planned else ("042", "043")
    codings: list[Coding] = []
    for home in sorted(set(guest_states) - {host}):
        codings += [Coding(make, home, host), Coding(receive, host, home)]
    return EventCodes(make, "CONSULT", "visit", tuple(codings))


def agreement_codes(parties: Iterable[str]) -> EventCodes:
    """Codes of a signed (or planned, or cancelled) document: 057 per pair of parties."""
    parties = set(parties)
    pairs = [(a, b) for a, b in _pairs(parties) if a != b] if len(parties) >= 2 else []
    return EventCodes("057", "AGREE", None, tuple(Coding("057", a, b) for a, b in pairs))


def code_triples(event: URIRef, codes: EventCodes) -> list[tuple[URIRef, URIRef, object]]:
    """The triples stating ``codes`` of ``event`` (in the graph of the article that
    reports the event)."""
    triples: list[tuple[URIRef, URIRef, object]] = [
        (event, DG.cameoCode, Literal(codes.cameo)),
        (event, DG.ploverType, Literal(codes.plover)),
    ]
    if codes.mode:
        triples.append((event, DG.ploverMode, Literal(codes.mode)))
    for coding in codes.codings:
        node = iris.coding_iri(str(event), coding.cameo, coding.source, coding.target)
        triples += [(event, DG.coding, node), (node, RDF.type, DG.EventCoding),
                    (node, DG.cameoCode, Literal(coding.cameo)),
                    (node, DG.sourceActor, Literal(coding.source)),
                    (node, DG.targetActor, Literal(coding.target))]
    return triples


# --- from the extracted facts ------------------------------------------------------------------


def _iso3(iso2: str | None, world: World) -> str | None:
    info = world.states.get(iso2) if iso2 else None
    return info.iso3 if info else None


def _person_states(keys: Iterable[str], facts: ArticleFacts, world: World) -> set[str]:
    found = set()
    for key in keys:
        person = facts.persons.get(key)
        for position in person.positions if person else ():
            if code := _iso3(position.state, world):
                found.add(code)
    return found


def for_meeting(meeting: Meeting, facts: ArticleFacts, world: World) -> EventCodes:
    """A meeting's codes: calls by their phase, the place's state against the participants'."""
    where = meeting.place or meeting.venue
    place_state = _iso3(where.state, world) if where else None
    if place_state is None and meeting.visit is not None:
        # A meeting during a visit is held in the host state even when no city is named.
        place_state = _iso3(next(v.host for v in facts.visits if v.id == meeting.visit),
                            world)
    remote = meeting.phase in _REMOTE_PHASES or any(
        "phone" in f or "video" in f for f in meeting.formats)
    states = _person_states(meeting.participants, facts, world)
    all_known = all(_person_states([key], facts, world) for key in meeting.participants)
    return meeting_codes(states, place_state=place_state, remote=remote,
                         during_visit=meeting.visit is not None,
                         planned=meeting.status == "planned", all_known=all_known)


def for_visit(visit: Visit, facts: ArticleFacts, world: World) -> EventCodes:
    """A visit's codes: the guest's states (by office) towards the host state."""
    host = _iso3(visit.host, world)
    guests = _person_states([visit.guest], facts, world) if host else set()
    return visit_codes(guests, host or "", planned=visit.status == "planned")


def for_agreement(agreement: Agreement, world: World) -> EventCodes:
    """An agreement's codes: one 057 coding per pair of parties."""
    return agreement_codes(code for p in agreement.parties if (code := _iso3(p, world)))
