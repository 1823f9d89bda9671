"""Network statistics a researcher would otherwise write by hand with networkx.

:func:`network_stats` projects the store's meetings, visits and agreements onto
leaders and onto states (:func:`diplograph.projection.project_network`, the
graphs ``export --project`` writes) and reports:

- the most central leaders and states: ``partners`` (degree: how many others they
  dealt with), ``events`` (weighted degree: the sum of edge weights, i.e. events
  counted once per partner) and ``betweenness`` (normalised, unweighted: the share
  of shortest paths between others that pass through them);
- communities of leaders and of states (greedy modularity maximisation on the
  weighted graph, deterministic);
- the busiest bilateral relationships (state pairs by number of distinct events);
- optionally the shortest path between two leaders (fewest hops in the person
  network), each hop with the events that link the two.

:meth:`NetworkStats.to_json` and :meth:`NetworkStats.report` give it as JSON or as
plain-text tables (``diplograph stats``)::

    import diplograph
    stats = diplograph.network_stats("my-store", top=5, path=("ruto", "macron"))
    stats.leaders[0].label, stats.path
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from .errors import InputError
from .notebook import StoreLike, _opened

if TYPE_CHECKING:
    import networkx

#: Output formats of :func:`format_stats`.
STATS_FORMATS = ("table", "json")


@dataclass(frozen=True)
class Central:
    """A leader or state with its centrality in the projected network."""

    label: str
    iri: str
    partners: int
    events: int
    betweenness: float
    #: A leader's states ("; "-joined labels) or a state's ISO alpha-3 code.
    detail: str = ""


@dataclass(frozen=True)
class Relationship:
    """Two states and the distinct events between them."""

    state1: str
    state2: str
    iso3_1: str
    iso3_2: str
    events: int
    meetings: int
    visits: int
    agreements: int
    first: str
    last: str
    sources: int


@dataclass(frozen=True)
class Hop:
    """One step of a path: from one leader to the next, and the events linking them."""

    source: str
    target: str
    events: int
    first: str
    last: str


@dataclass
class NetworkStats:
    """What :func:`network_stats` found; every list is ranked, best first."""

    persons: int
    states: int
    leaders: list[Central] = field(default_factory=list)
    top_states: list[Central] = field(default_factory=list)
    leader_communities: list[list[str]] = field(default_factory=list)
    state_communities: list[list[str]] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    #: The two leaders asked for (labels), when a path was asked for.
    path_ends: tuple[str, str] | None = None
    #: The hops of the shortest path; empty when the two are not connected.
    path: list[Hop] = field(default_factory=list)

    def to_json(self) -> dict:
        """A JSON-ready dict of every figure (``path`` is null when none was asked)."""
        data = asdict(self)
        data["states_count"] = data.pop("states")
        data["persons_count"] = data.pop("persons")
        data["states"] = data.pop("top_states")
        if self.path_ends is None:
            data["path"] = None
        data["path_ends"] = list(self.path_ends) if self.path_ends else None
        return data

    def report(self) -> str:
        """Plain-text tables, one section each, for a terminal or a text file."""
        out = io.StringIO()
        out.write(f"{self.persons} leaders and {self.states} states linked by meetings, "
                  "visits and agreements\n")
        for title, rows, detail in (("Most central leaders", self.leaders, "states"),
                                    ("Most central states", self.top_states, "iso3")):
            out.write(f"\n{title}\n")
            out.write(_table(["", "name", detail, "partners", "events", "betweenness"],
                             [[str(i), c.label, c.detail, str(c.partners), str(c.events),
                               f"{c.betweenness:.3f}"] for i, c in enumerate(rows, 1)]))
        out.write("\nBusiest bilateral relationships\n")
        out.write(_table(
            ["", "states", "events", "meetings", "visits", "agreements", "first", "last",
             "sources"],
            [[str(i), f"{r.state1} – {r.state2}", str(r.events), str(r.meetings),
              str(r.visits), str(r.agreements), r.first, r.last, str(r.sources)]
             for i, r in enumerate(self.relationships, 1)]))
        for title, groups in (("Communities of leaders", self.leader_communities),
                              ("Communities of states", self.state_communities)):
            out.write(f"\n{title}\n")
            out.write(_table(["", "size", "members"],
                             [[str(i), str(len(g)), ", ".join(g)]
                              for i, g in enumerate(groups, 1)]))
        if self.path_ends is not None:
            one, two = self.path_ends
            out.write(f"\nShortest path from {one} to {two}\n")
            if not self.path:
                out.write(f"  no path: {one} and {two} are not connected\n")
            else:
                out.write(_table(["", "from", "to", "events", "first", "last"],
                                 [[str(i), h.source, h.target, str(h.events), h.first, h.last]
                                  for i, h in enumerate(self.path, 1)]))
        return out.getvalue()


def _table(headers: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return "  (none)\n"
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  " + "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines += ["  " + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True))
              for r in rows]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _central(graph: networkx.Graph, top: int, detail: str) -> list[Central]:
    import networkx as nx

    betweenness = nx.betweenness_centrality(graph, normalized=True)
    ranked = sorted(graph.nodes, key=lambda n: (-graph.degree(n, weight="weight"),
                                                -betweenness[n], graph.nodes[n]["label"]))
    return [Central(graph.nodes[n]["label"], n, graph.degree(n),
                    graph.degree(n, weight="weight"), round(betweenness[n], 6),
                    graph.nodes[n].get(detail, ""))
            for n in ranked[:top]]


def _communities(graph: networkx.Graph, top: int) -> list[list[str]]:
    from networkx.algorithms.community import greedy_modularity_communities

    if graph.number_of_edges() == 0:
        return []
    groups = greedy_modularity_communities(graph, weight="weight")
    strength = dict(graph.degree(weight="weight"))
    ordered = [sorted(g, key=lambda n: (-strength[n], graph.nodes[n]["label"])) for g in groups]
    ordered.sort(key=lambda g: (-len(g), graph.nodes[g[0]]["label"]))
    return [[graph.nodes[n]["label"] for n in g] for g in ordered[:top]]


def _relationships(graph: networkx.Graph, top: int) -> list[Relationship]:
    found = []
    for a, b, edge in graph.edges(data=True):
        one, two = sorted((a, b), key=lambda n: graph.nodes[n]["label"])
        found.append(Relationship(
            graph.nodes[one]["label"], graph.nodes[two]["label"],
            graph.nodes[one].get("iso3", ""), graph.nodes[two].get("iso3", ""),
            edge["weight"], edge["meetings"], edge["visits"], edge["agreements"],
            edge["first"], edge["last"], edge["sources"]))
    found.sort(key=lambda r: (-r.events, -r.sources, r.state1, r.state2))
    return found[:top]


def find_leader(graph: networkx.Graph, name: str) -> str:
    """The node of the person network that ``name`` means: its IRI, its exact label (any
    case), or the one label containing it; an :class:`InputError` when none or several do."""
    wanted = name.strip().casefold()
    if not wanted:
        raise InputError("an empty name; give part of a leader's name, e.g. 'ruto'")
    if name in graph:
        return name
    labels = {n: str(graph.nodes[n]["label"]) for n in graph.nodes}
    exact = [n for n, label in labels.items() if label.casefold() == wanted]
    matches = exact or [n for n, label in labels.items() if wanted in label.casefold()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise InputError(f"no leader named {name!r} in the network (only people who met, "
                         "visited or signed with someone are in it)")
    shown = ", ".join(sorted(labels[n] for n in matches)[:5])
    more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
    raise InputError(f"{name!r} names {len(matches)} leaders ({shown}{more}); "
                     "give more of the name")


def _path(graph: networkx.Graph, ends: Sequence[str]) -> tuple[tuple[str, str], list[Hop]]:
    import networkx as nx

    one, two = (find_leader(graph, name) for name in ends)
    labels = (graph.nodes[one]["label"], graph.nodes[two]["label"])
    try:
        nodes = nx.shortest_path(graph, one, two)
    except nx.NetworkXNoPath:
        return labels, []
    hops = []
    for a, b in zip(nodes, nodes[1:], strict=False):
        edge = graph.edges[a, b]
        hops.append(Hop(graph.nodes[a]["label"], graph.nodes[b]["label"], edge["weight"],
                        edge["first"], edge["last"]))
    return labels, hops


def network_stats(store: StoreLike, *, top: int = 10, path: Sequence[str] | None = None,
                  statuses: Sequence[str] = ("held",)) -> NetworkStats:
    """Centrality, communities, busiest relationships and (with ``path=(name1, name2)``)
    the shortest path between two leaders, from a store or a store's location.

    ``top`` bounds every ranked list; ``statuses`` picks the events counted as
    :func:`diplograph.projection.project_network` does (``("all",)`` for planned and
    cancelled ones too).  A name in ``path`` is matched against leaders' labels
    (:func:`find_leader`); one that matches nobody, or several, is an
    :class:`~diplograph.errors.InputError`.
    """
    from .projection import project_network

    if top < 1:
        raise InputError(f"--top must be 1 or more, not {top}")
    if path is not None and len(path) != 2:
        raise InputError("a path needs two leaders' names")
    with _opened(store) as target:
        quads = list(target.quads())
    persons = project_network(quads, "person", statuses=statuses)
    states = project_network(quads, "state", statuses=statuses)
    result = NetworkStats(
        persons=persons.number_of_nodes(), states=states.number_of_nodes(),
        leaders=_central(persons, top, "states"), top_states=_central(states, top, "iso3"),
        leader_communities=_communities(persons, top),
        state_communities=_communities(states, top),
        relationships=_relationships(states, top))
    if path is not None:
        result.path_ends, result.path = _path(persons, path)
    return result


def format_stats(stats: NetworkStats, fmt: str = "table") -> str:
    """``stats`` as plain-text tables (``table``) or indented JSON (``json``)."""
    import json

    name = fmt.strip().lower()
    if name == "json":
        return json.dumps(stats.to_json(), indent=1, ensure_ascii=False) + "\n"
    if name == "table":
        return stats.report()
    raise InputError(f"unknown format {fmt!r}; choose one of: {', '.join(STATS_FORMATS)}")


__all__ = ["STATS_FORMATS", "Central", "Hop", "NetworkStats", "Relationship", "find_leader",
           "format_stats", "network_stats"]
