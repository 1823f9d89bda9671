"""Meetings, visits and agreements projected into weighted person–person or state–state edges.

The full network (:mod:`diplograph.network`) has a node per meeting, visit and
agreement; network analysis (centrality, communities, Gephi's layouts) wants
instead one edge between two leaders, or two states, weighted by how often they
dealt with each other.  :func:`project_network` builds that graph from quads:

``person``
    two participants of a meeting; a visit's guest and each person the guest
    met during the visit (a meeting ``dg:partOf`` it); two persons who signed or
    witnessed the same agreement.
``state``
    the states of two participants of a meeting (a person belongs to the state
    of each office they hold, ``dg:holdsPosition``/``dg:ofState``); a visit's
    guest's state and its host state; two parties of an agreement.

Edges carry ``weight`` (distinct events), ``meetings``, ``visits``,
``agreements``, ``first`` and ``last`` (dates, ``""`` when none is known),
``sources`` (distinct articles reporting those events) and ``events`` (their
IRIs, ``" "``-joined).  Like the queries, only held events count unless
``statuses`` asks for others (``"all"`` for every one).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

from .errors import InputError
from .namespaces import DG, RDF, RDFS
from .stores.base import Quad

if TYPE_CHECKING:  # networkx is imported lazily so importing diplograph stays fast
    import networkx

#: What :func:`project_network` can project onto.
LEVELS = ("person", "state")

_EVENT_KINDS = {DG.Meeting: "meetings", DG.Visit: "visits", DG.Agreement: "agreements",
                DG.MoU: "agreements"}


@dataclass
class _Facts:
    """The statements a projection needs, gathered in one pass (union of all graphs)."""

    kinds: dict[URIRef, str] = field(default_factory=dict)  # event -> meetings/visits/agreements
    types: dict[URIRef, set[URIRef]] = field(default_factory=lambda: defaultdict(set))
    labels: dict[URIRef, set[Literal]] = field(default_factory=lambda: defaultdict(set))
    links: dict[URIRef, dict[URIRef, set[URIRef]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    literals: dict[URIRef, dict[URIRef, set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    reported_by: dict[URIRef, set[URIRef]] = field(default_factory=lambda: defaultdict(set))
    articles: set[URIRef] = field(default_factory=set)


def _gather(quads: Iterable[Quad]) -> _Facts:
    facts = _Facts()
    for s, p, o, g in quads:
        if not isinstance(s, URIRef):
            continue
        if p == RDF.type and isinstance(o, URIRef):
            facts.types[s].add(o)
            if o in _EVENT_KINDS:
                facts.kinds[s] = _EVENT_KINDS[o]
                if g is not None:
                    facts.reported_by[s].add(g)
            if o == DG.Article and g is not None and s == g:
                facts.articles.add(s)
        elif p == RDFS.label and isinstance(o, Literal):
            facts.labels[s].add(o)
        elif isinstance(o, URIRef):
            facts.links[s][p].add(o)
        elif isinstance(o, Literal):
            facts.literals[s][p].add(str(o))
    return facts


def _label(facts: _Facts, node: URIRef) -> str:
    labels = sorted(facts.labels.get(node, ()),
                    key=lambda label: (label.language not in (None, "en"), str(label)))
    return str(labels[0]) if labels else str(node).rstrip("/").rsplit("/", 1)[-1]


def _wanted(facts: _Facts, event: URIRef, statuses: frozenset[str]) -> bool:
    if "all" in statuses:
        return True
    reported = {s.lower() for s in facts.literals[event].get(DG.status, ())}
    if not reported - {"held"}:
        return "held" in statuses
    return bool(reported & statuses)


def _date(facts: _Facts, event: URIRef) -> str:
    days = facts.literals[event].get(DG.date) or facts.literals[event].get(DG.startDate) or ()
    return min(days, default="")


def _states_of(facts: _Facts, person: URIRef) -> set[URIRef]:
    return {state for position in facts.links[person].get(DG.holdsPosition, ())
            for state in facts.links[position].get(DG.ofState, ())}


def _person_pairs(facts: _Facts, event: URIRef, kind: str) -> Iterable[tuple[URIRef, URIRef]]:
    links = facts.links[event]
    persons = lambda nodes: {n for n in nodes if DG.Person in facts.types.get(n, ())}  # noqa: E731
    if kind == "meetings":
        yield from combinations(sorted(persons(links.get(DG.participant, ()))), 2)
    elif kind == "agreements":
        signers = persons(links.get(DG.signatory, set()) | links.get(DG.witness, set()))
        yield from combinations(sorted(signers), 2)
    else:  # a visit: its guest and whom the guest met during it
        for guest in links.get(DG.guest, ()):
            met = {p for meeting, kinds in facts.kinds.items() if kinds == "meetings"
                   and event in facts.links[meeting].get(DG.partOf, ())
                   and guest in facts.links[meeting].get(DG.participant, ())
                   for p in facts.links[meeting].get(DG.participant, ())}
            yield from ((guest, other) for other in sorted(persons(met) - {guest}))


def _state_pairs(facts: _Facts, event: URIRef, kind: str) -> Iterable[tuple[URIRef, URIRef]]:
    links = facts.links[event]
    if kind == "meetings":
        states = {s for p in links.get(DG.participant, ()) for s in _states_of(facts, p)}
        yield from combinations(sorted(states), 2)
    elif kind == "agreements":
        yield from combinations(sorted(links.get(DG.party, ())), 2)
    else:
        for guest in links.get(DG.guest, ()):
            for home in sorted(_states_of(facts, guest)):
                for host in sorted(links.get(DG.hostState, ())):
                    if home != host:
                        yield home, host


def project_network(quads: Iterable[Quad], level: str = "person", *,
                    statuses: Iterable[str] = ("held",)) -> networkx.Graph:
    """An undirected weighted graph of persons (``level="person"``) or states (``"state"``).

    ``quads`` are ``(s, p, o, graph)`` rdflib terms, e.g. ``store.quads()``.
    Nodes are keyed by IRI with ``label``, ``kind`` (Person or State), ``iri``
    and ``events`` (how many counted events they take part in); edges as in the
    module docstring.  ``statuses``: which event statuses count (``held``,
    ``planned``, ``cancelled``, or ``all``).  A node appears only with an edge.
    """
    import networkx as nx

    if level not in LEVELS:
        raise InputError(f"unknown projection {level!r}; choose one of: {', '.join(LEVELS)}")
    wanted = frozenset(s.lower() for s in statuses)
    facts = _gather(quads)
    pairs_of = _person_pairs if level == "person" else _state_pairs
    edges: dict[tuple[URIRef, URIRef], dict[str, set]] = defaultdict(lambda: defaultdict(set))
    node_events: dict[URIRef, set[URIRef]] = defaultdict(set)
    for event, kind in sorted(facts.kinds.items()):
        if not _wanted(facts, event, wanted):
            continue
        for a, b in pairs_of(facts, event, kind):
            if a == b:
                continue
            key = (a, b) if str(a) < str(b) else (b, a)
            edges[key][kind].add(event)
            edges[key]["events"].add(event)
            edges[key]["sources"] |= facts.reported_by[event] & facts.articles
            node_events[a].add(event)
            node_events[b].add(event)

    graph = nx.Graph(projection=level)
    kind_name = "Person" if level == "person" else "State"
    for node in sorted(node_events):
        attrs = {"label": _label(facts, node), "kind": kind_name, "iri": str(node),
                 "events": len(node_events[node])}
        if level == "person":
            attrs["states"] = "; ".join(sorted(_label(facts, s) for s in _states_of(facts, node)))
        else:
            attrs["iso3"] = min(facts.literals[node].get(DG.iso3, ()), default="")
        graph.add_node(str(node), **attrs)
    for (a, b), found in sorted(edges.items()):
        dates = sorted(d for d in (_date(facts, e) for e in found["events"]) if d)
        graph.add_edge(
            str(a), str(b),
            weight=len(found["events"]),
            meetings=len(found["meetings"]), visits=len(found["visits"]),
            agreements=len(found["agreements"]),
            first=dates[0] if dates else "", last=dates[-1] if dates else "",
            sources=len(found["sources"]),
            events=" ".join(sorted(str(e) for e in found["events"])),
        )
    return graph


__all__ = ["LEVELS", "project_network"]
