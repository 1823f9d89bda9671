"""Node positions computed before the page opens, so the browser draws at once.

vis-network's physics freezes the page for a long time at thousands of nodes,
and settles differently on each machine. Positions computed here are
deterministic (a fixed seed) and cost a few seconds at 5,000 nodes:

* small graphs get one force-directed layout (networkx ``spring_layout``);
* large ones are laid out by state: each state with its people is a disc laid
  out on its own, and the discs are placed by a force-directed layout of the
  graph *between* states (how many events link them), then pushed apart until
  no two overlap. Groups too big for a force layout become a sunflower spiral,
  the most active nodes in the middle.

Coordinates are in vis-network canvas units (pixels at zoom 1).
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx

#: Up to this many nodes, a force-directed layout of each connected part.
SMALL_GRAPH = 500
#: Up to this many nodes, everything is spread wider (all labels show at once).
SMALL_SPREAD = 50
#: Groups larger than this become a spiral instead of a force layout.
LARGE_GROUP = 300
#: Distance between neighbouring nodes, in canvas units.
SPACING = 70.0
SEED = 42


def layout(graph: networkx.Graph, *, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Positions for every node of ``graph`` (e.g. :meth:`Explorer.graph`).

    Nodes may carry ``state`` (a group key) and ``events`` (importance); edges
    ``weight``. Returns ``{node: (x, y)}`` with coordinates rounded to 0.1.
    """
    import networkx as nx

    if graph.number_of_nodes() == 0:
        return {}
    if graph.number_of_nodes() <= SMALL_GRAPH:
        # Each connected piece on its own, lone nodes together: one spring layout of
        # everything would squeeze the connected part into a corner.
        group = {}
        for number, part in enumerate(sorted(nx.connected_components(graph),
                                             key=lambda c: (-len(c), min(c)))):
            for node in part:
                group[node] = f"{number:06d}" if len(part) > 1 else ""
    else:
        group = _groups(graph)
    positions = _place_groups(graph, group, seed)
    # A few nodes are shown close up, labels and all: give those labels room.
    spread = 1.8 if graph.number_of_nodes() <= SMALL_SPREAD else 1.0
    return {node: (round(x * spread, 1), round(y * spread, 1))
            for node, (x, y) in positions.items()}


def _force(graph: networkx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """A spring layout scaled so that nodes sit about ``SPACING`` from their nearest one."""
    import networkx as nx
    import numpy as np

    n = graph.number_of_nodes()
    if n == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    raw = nx.spring_layout(graph, seed=seed, weight="weight", iterations=80)
    nodes = list(raw)
    points = np.array([raw[v] for v in nodes], dtype=float)
    points -= points.mean(axis=0)
    gaps = np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(axis=2))
    np.fill_diagonal(gaps, np.inf)
    nearest = float(np.median(gaps.min(axis=1))) or 1.0
    points *= SPACING / nearest
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, points, strict=True)}


def _spiral(nodes: list[str]) -> dict[str, tuple[float, float]]:
    """A sunflower (phyllotaxis) spiral: evenly spread, the first nodes in the middle."""
    golden = math.pi * (3 - math.sqrt(5))
    step = SPACING * 0.55
    return {node: (step * math.sqrt(i + 0.5) * math.cos(i * golden),
                   step * math.sqrt(i + 0.5) * math.sin(i * golden))
            for i, node in enumerate(nodes)}


def _groups(graph: networkx.Graph) -> dict[str, str]:
    """Each node's group: its state; a node with none joins the group it has the most
    links to, or the group of the nodes without any state."""
    group = {node: (data.get("state") or "") for node, data in graph.nodes(data=True)}
    for node in sorted(n for n, g in group.items() if not g):
        votes: dict[str, float] = defaultdict(float)
        for other in graph[node]:
            if group[other]:
                votes[group[other]] += graph.edges[node, other].get("weight", 1)
        if votes:
            group[node] = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return group


def _place_groups(graph: networkx.Graph, group: dict[str, str],
                  seed: int) -> dict[str, tuple[float, float]]:
    """Lay out each group as a disc, then place the discs: by a force layout of the
    links between groups when there are any, else by size, and push them apart."""
    import networkx as nx
    import numpy as np

    members: dict[str, list[str]] = defaultdict(list)
    for node in sorted(graph, key=lambda n: (-graph.nodes[n].get("events", 0), n)):
        members[group[node]].append(node)
    local: dict[str, dict[str, tuple[float, float]]] = {}
    radius: dict[str, float] = {}
    for key, nodes in members.items():
        if key and len(nodes) <= LARGE_GROUP:
            local[key] = _force(graph.subgraph(nodes), seed)
        else:
            local[key] = _spiral(nodes)
        radius[key] = max(math.hypot(x, y) for x, y in local[key].values()) + SPACING * 0.6

    between = nx.Graph()
    between.add_nodes_from(members)
    for a, b, data in graph.edges(data=True):
        ga, gb = group[a], group[b]
        if ga != gb:
            w = data.get("weight", 1)
            if between.has_edge(ga, gb):
                between.edges[ga, gb]["weight"] += w
            else:
                between.add_edge(ga, gb, weight=w)
    # Biggest groups first: they take the middle.
    keys = sorted(members, key=lambda k: (-len(members[k]), k))
    radii = np.array([radius[k] for k in keys])
    if between.number_of_edges():
        raw = nx.spring_layout(between, seed=seed, weight="weight", iterations=100)
        centres = np.array([raw[k] for k in keys], dtype=float) * radii.sum() / 2
    else:
        spiral = _spiral(keys)
        centres = np.array([spiral[k] for k in keys]) * (radii.mean() / SPACING)
    # A tiny deterministic nudge: two groups on one spot could never be pushed apart.
    centres += np.arange(len(keys))[:, None] * np.array([[1e-3, 2e-3]])
    _separate(centres, radii)

    positions = {}
    for (cx, cy), key in zip(centres, keys, strict=True):
        for node, (x, y) in local[key].items():
            positions[node] = (cx + x, cy + y)
    return positions


def _separate(centres, radii, rounds: int = 300) -> None:
    """Pull the discs towards their middle while pushing overlapping ones apart
    (in place); the last rounds only push, so none overlap at the end."""
    import numpy as np

    if len(centres) < 2:
        return
    for step in range(rounds):
        if step < rounds * 2 // 3:
            middle = (centres * radii[:, None] ** 2).sum(axis=0) / (radii ** 2).sum()
            centres -= (centres - middle) * 0.02
        delta = centres[:, None, :] - centres[None, :, :]
        dist = np.maximum(np.sqrt((delta ** 2).sum(axis=2)), 1e-6)
        overlap = radii[:, None] + radii[None, :] - dist
        np.fill_diagonal(overlap, 0)
        if step >= rounds * 2 // 3 and (overlap <= 0.5).all():
            break
        push = np.clip(overlap, 0, None) / 2
        centres += (delta / dist[:, :, None] * push[:, :, None]).sum(axis=1) * 0.5


__all__ = ["LARGE_GROUP", "SMALL_GRAPH", "SPACING", "layout"]
