"""The explorer's model: who met whom, with every fact's sentence and article.

:func:`build_explorer` reads quads (e.g. ``store.quads()``) into an
:class:`Explorer`: persons and states (the *actors*), the events that link
them (meetings, visits, agreements), and everything else a details panel
shows (quotes, topics, positions, places, organisations), each with the
articles that state it and, for events, the sentences they came from
(``dg:evidence``). The page drawn by :mod:`diplograph.render` is one view of
this model; :meth:`Explorer.graph` is the same default view as a networkx
graph (persons and states, linked by weighted edges), which the layout uses
and the tests compare the page against.

The subgraph helpers (:func:`around_person`, :func:`of_state`,
:func:`between_dates`, :func:`construct_quads`) cut a model down before it is
drawn; each returns a new model and leaves the store alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rdflib import URIRef

from .errors import InputError, QueryError
from .namespaces import DCTERMS, DG, OWL, RDF, RDFS, SCHEMA
from .network import KINDS, _index, _kind, _literal_lookup, local_name
from .stores.base import Quad

if TYPE_CHECKING:  # imported lazily so that `import diplograph` stays fast
    import networkx

    from .stores.base import Store

#: Nodes of the default view: the people and the states they speak for.
ACTOR_KINDS: tuple[str, ...] = ("Person", "State")
#: What links actors: each is an edge (or, by a toggle, a small node) in the view.
EVENT_KINDS: tuple[str, ...] = ("Meeting", "Visit", "Agreement", "MoU", "Event")
#: Kept in the details panel unless switched on as nodes.
DETAIL_KINDS: tuple[str, ...] = ("Quote", "Topic", "Position", "Place", "Organization")

#: Properties by which an actor takes part in an event.
ROLES: tuple[str, ...] = ("participant", "guest", "hostState", "party", "signatory", "witness")

_TITLE_PREDICATES = (DG.headline, SCHEMA.headline, DCTERMS.title, RDFS.label, SCHEMA.name)
#: Literal properties shown elsewhere than in a node's fact list.
_NOT_FACTS = {str(RDFS.label), str(RDFS.comment), str(DG.evidence), str(DG.date),
              str(DG.startDate), str(DG.text)}
_URL = re.compile(r"https?://[^\s<>\"']+\Z", re.IGNORECASE)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


@dataclass(frozen=True)
class Article:
    """An article graph: its IRI, title, where it was read from, and a link if that is a URL."""

    iri: str
    title: str
    source: str
    published: str = ""
    address: str = ""  # dg:url, the web address it was read from, when known

    @property
    def url(self) -> str | None:
        """The web address to link to: ``dg:url``, else ``source``, when it is an
        http(s) URL (the only links the page makes); else None."""
        for candidate in (self.address, self.source):
            if _URL.match(candidate):
                return candidate
        return None


@dataclass
class Node:
    """A named thing. ``articles`` index :attr:`Explorer.articles`; ``facts`` are
    ``(property, value, articles)``; ``evidence`` ``(sentence index, articles)``;
    ``state`` is the IRI of a person's state (by the office they hold) or a state's own."""

    iri: str
    label: str
    kind: str
    articles: tuple[int, ...] = ()
    date: str = ""
    text: str = ""
    state: str | None = None
    facts: list[tuple[str, str, tuple[int, ...]]] = field(default_factory=list)
    evidence: list[tuple[int, tuple[int, ...]]] = field(default_factory=list)


@dataclass(frozen=True)
class Link:
    """``source`` —``name``→ ``target`` (node IRIs), stated by ``articles``."""

    source: str
    target: str
    name: str
    articles: tuple[int, ...]


@dataclass
class Explorer:
    """Everything the page shows, each piece once; see the module docstring."""

    nodes: dict[str, Node]
    links: list[Link]
    articles: list[Article]
    sentences: list[str]

    def of_kind(self, kinds: Iterable[str]) -> list[Node]:
        """Nodes whose kind is one of ``kinds``, in IRI order."""
        wanted = set(kinds)
        return [n for n in self.nodes.values() if n.kind in wanted]

    def actors_of(self) -> dict[str, list[str]]:
        """Each event's actors (persons and states taking part), by event IRI."""
        found: dict[str, list[str]] = {n.iri: [] for n in self.of_kind(EVENT_KINDS)}
        for link in self.links:
            if (link.name in ROLES and link.source in found
                    and self.nodes[link.target].kind in ACTOR_KINDS
                    and link.target not in found[link.source]):
                found[link.source].append(link.target)
        return found

    def graph(self) -> networkx.Graph:
        """The default view: actors as nodes, linked by the events they share.

        Node attributes: ``label``, ``kind``, ``state``, ``events`` (how many
        events the actor takes part in). Edge attributes: ``events`` (IRIs of
        the events joining the two) and ``weight`` (their number), or
        ``member=True`` for a person's tie to their own state.
        """
        import networkx as nx

        g = nx.Graph()
        actors = self.actors_of()
        counts: dict[str, int] = defaultdict(int)
        for event_actors in actors.values():
            for actor in event_actors:
                counts[actor] += 1
        for node in self.of_kind(ACTOR_KINDS):
            g.add_node(node.iri, label=node.label, kind=node.kind, state=node.state or "",
                       events=counts[node.iri])
        for event, pair in sorted(_event_pairs(self, actors)):
            if g.has_edge(*pair) and "events" in g.edges[pair]:
                g.edges[pair]["events"].append(event)
                g.edges[pair]["weight"] += 1
            else:
                g.add_edge(*pair, events=[event], weight=1)
        for node in self.of_kind(("Person",)):
            if node.state and node.state in g and not g.has_edge(node.iri, node.state):
                g.add_edge(node.iri, node.state, member=True, weight=1)
        return g

    def years(self) -> list[int]:
        """The years in which the model's events happened, ascending."""
        return sorted({int(n.date[:4]) for n in self.of_kind(EVENT_KINDS) if n.date})


def _event_pairs(model: Explorer, actors: dict[str, list[str]]) -> Iterator[tuple[str, tuple]]:
    """The actor pairs an event joins: meeting participants with each other, a
    visit's guest with the host state, an agreement's parties with each other
    and its signing or witnessing persons with each other."""
    for event, who in actors.items():
        states = [a for a in who if model.nodes[a].kind == "State"]
        persons = [a for a in who if model.nodes[a].kind == "Person"]
        if model.nodes[event].kind == "Visit":
            groups = [who]
        else:
            groups = [states, persons]
            if len(states) < 2 and len(persons) < 2:
                groups = [who]  # a lone state and a lone person: still link them
        for group in groups:
            ordered = sorted(group)
            for i, first in enumerate(ordered):
                for second in ordered[i + 1:]:
                    yield event, (first, second)


# --- reading quads ----------------------------------------------------------------------------


def build_explorer(quads: Iterable[Quad]) -> Explorer:
    """Read quads into an :class:`Explorer` holding what the article graphs state.

    Background graphs (ontology, gazetteer) lend types and labels but no node
    of their own: a thing is in the model when some article speaks of it.
    """
    idx = _index(quads)
    by_subject, literal = _literal_lookup(idx)

    articles = [Article(iri=str(a),
                        title=literal(a, _TITLE_PREDICATES) or literal(a, (DG.source,))
                        or local_name(a),
                        source=literal(a, (DG.source,)) or str(a),
                        published=literal(a, (DG.published,)) or "",
                        address=literal(a, (DG.url,)) or "")
                for a in sorted(idx.articles)]
    number = {URIRef(a.iri): i for i, a in enumerate(articles)}

    def stated(graphs: Iterable) -> tuple[int, ...]:
        return tuple(sorted(number[g] for g in graphs if g in number))

    sentences: list[str] = []
    sentence_number: dict[str, int] = {}
    nodes: dict[str, Node] = {}
    evidence = DG.evidence  # looked up once, not per literal
    skipped = (str(OWL), str(SCHEMA), str(RDF))
    for iri in sorted(idx.types):
        kind = _kind(idx.types[iri])
        if kind == "Article":
            continue  # articles are the model's table of sources, not nodes
        mentioned = stated(idx.mentioned_in[iri])
        if not mentioned:
            continue
        node = Node(iri=str(iri), label="", kind=kind, articles=mentioned)
        for pred, lit, gs in sorted(by_subject.get(iri, ()), key=lambda r: (str(r[0]),
                                                                              str(r[1]))):
            if pred == evidence:
                key = " ".join(str(lit).split())
                if key not in sentence_number:
                    sentence_number[key] = len(sentences)
                    sentences.append(key)
                node.evidence.append((sentence_number[key], stated(gs)))
            elif str(pred) not in _NOT_FACTS and not str(pred).startswith(skipped):
                node.facts.append((local_name(pred), str(lit), stated(gs)))
        node.date = literal(iri, (DG.date, DG.startDate)) or ""
        node.text = literal(iri, (DG.text,)) or ""
        label = literal(iri, (RDFS.label,))
        if label is None and node.text:
            label = f"“{node.text}”"
        node.label = label or local_name(iri)
        nodes[str(iri)] = node

    links = []
    for (s, p, o), gs in sorted(idx.links.items()):
        if (str(s) in nodes and str(o) in nodes and s != o
                and not str(p).startswith((str(RDF), str(RDFS), str(OWL), str(SCHEMA)))
                and p != DG.mentions):
            links.append(Link(str(s), str(o), local_name(p), stated(gs)))
    model = Explorer(nodes=nodes, links=links, articles=articles, sentences=sentences)
    _assign_states(model)
    return model


def _assign_states(model: Explorer) -> None:
    """A person's state is that of the office they hold most often (then by IRI)."""
    office_state = {link.source: link.target for link in model.links
                    if link.name == "ofState" and model.nodes[link.target].kind == "State"}
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for link in model.links:
        if link.name == "holdsPosition" and link.target in office_state:
            votes[link.source][office_state[link.target]] += max(1, len(link.articles))
    for node in model.nodes.values():
        if node.kind == "State":
            node.state = node.iri
        elif node.iri in votes:
            node.state = sorted(votes[node.iri].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


# --- subgraphs ----------------------------------------------------------------------------------


def restrict(model: Explorer, actors: Iterable[str], events: Iterable[str]) -> Explorer:
    """The model cut down to ``actors`` and ``events``, the states of kept persons,
    and the detail nodes (quotes, topics, places…) linked to what is kept.

    A quote is kept when its speaker is; when its occasion is an event that was
    cut, or it is dated outside the kept events' dates, it goes too.
    """
    keep = set(actors) | set(events)
    keep |= {model.nodes[a].state for a in list(keep)
             if model.nodes[a].state and model.nodes[a].state in model.nodes}
    dropped_events = {n.iri for n in model.of_kind(EVENT_KINDS)} - keep
    kept_links = [link for link in model.links if link.source in keep or link.target in keep]
    details = set()
    for link in kept_links:
        for end, other in ((link.source, link.target), (link.target, link.source)):
            if end not in keep and other in keep and model.nodes[end].kind in DETAIL_KINDS:
                details.add(end)
    for link in model.links:  # a quote said at a dropped event leaves with it
        if link.name == "occasion" and link.target in dropped_events:
            details.discard(link.source)
    keep |= details
    nodes = {iri: node for iri, node in model.nodes.items() if iri in keep}
    links = [link for link in model.links if link.source in keep and link.target in keep]
    return replace(model, nodes=nodes, links=links)


def between_dates(model: Explorer, start: str | None = None, end: str | None = None) -> Explorer:
    """Events dated within ``start``..``end`` (``YYYY-MM-DD``, inclusive; either may
    be None), their actors, and quotes of those dates. Undated events are left out."""
    for value in (start, end):
        if value is not None and not _DATE.match(value):
            raise InputError(f"date {value!r} is not YYYY-MM-DD (e.g. 2021-04-14)")

    def inside(date: str) -> bool:
        return bool(date) and (start is None or date >= start) and (end is None or date <= end)

    events = [n.iri for n in model.of_kind(EVENT_KINDS) if inside(n.date)]
    actors = model.actors_of()
    cut = restrict(model, {a for e in events for a in actors[e]}, events)
    quotes = [n.iri for n in cut.of_kind(("Quote",)) if n.date and not inside(n.date)]
    for iri in quotes:
        del cut.nodes[iri]
    cut.links = [link for link in cut.links if link.source in cut.nodes
                 and link.target in cut.nodes]
    return cut


def find_nodes(model: Explorer, name: str, kinds: Iterable[str]) -> list[str]:
    """IRIs of nodes of ``kinds`` named ``name``: an exact label, alias or ISO code
    (any case) first; else every label or alias containing it."""
    wanted = name.casefold().strip()
    if not wanted:
        raise InputError("an empty name matches nothing")
    candidates = model.of_kind(kinds)

    def names(node: Node) -> list[str]:
        return [node.label.casefold(), local_name(node.iri).casefold(),
                *(v.casefold() for p, v, _ in node.facts if p in ("alias", "iso2", "iso3"))]

    exact = [n.iri for n in candidates if wanted in names(n)]
    return exact or [n.iri for n in candidates if any(wanted in v for v in names(n))]


def _bipartite(model: Explorer) -> networkx.Graph:
    """Actors and events, an edge where an actor takes part in an event."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(n.iri for n in model.of_kind(ACTOR_KINDS + EVENT_KINDS))
    for event, who in model.actors_of().items():
        g.add_edges_from((event, actor) for actor in who)
    return g


def around_person(model: Explorer, name: str, hops: int = 1) -> Explorer:
    """The persons named ``name`` (see :func:`find_nodes`), the events they took part
    in, whom they met there, and so on ``hops`` times."""
    import networkx as nx

    if hops < 0:
        raise InputError(f"--hops must be 0 or more, not {hops}")
    found = find_nodes(model, name, ("Person",))
    if not found:
        raise InputError(f"no person is named {name!r} in the graph; "
                         "`diplograph query persons` lists them")
    bipartite = _bipartite(model)
    reached: set[str] = set()
    for person in found:
        reached |= set(nx.single_source_shortest_path_length(bipartite, person, cutoff=2 * hops))
    events = [iri for iri in reached if model.nodes[iri].kind in EVENT_KINDS]
    return restrict(model, [iri for iri in reached if model.nodes[iri].kind in ACTOR_KINDS],
                    events)


def of_state(model: Explorer, name: str) -> Explorer:
    """The state named ``name`` (label, alias or ISO code), its persons, the events
    they or the state took part in, and the others taking part."""
    found = find_nodes(model, name, ("State",))
    if not found:
        raise InputError(f"no state is named {name!r} in the graph")
    states = set(found)
    own = {n.iri for n in model.of_kind(ACTOR_KINDS) if n.state in states}
    actors = model.actors_of()
    events = [e for e, who in actors.items() if own & set(who)]
    return restrict(model, own | {a for e in events for a in actors[e]}, events)


def construct_quads(store: Store, query: str) -> list[Quad]:
    """The store's quads for the triples a CONSTRUCT ``query`` returns.

    The query picks the triples; each keeps the named graphs (articles) that
    state it in the store. The types and labels of the things it names, and the
    titles of the articles, come along so the result can be drawn.
    """
    from .queries import run_query

    result = run_query(store, query)
    if result.kind != "graph" or result.graph is None:
        raise QueryError("--query needs a CONSTRUCT query (it picks the triples to draw)")
    chosen = {(s, p, o) for s, p, o in result.graph}
    named = {t for s, _, o in chosen for t in (s, o) if isinstance(t, URIRef)}
    picked = []
    articles = set()
    quads = list(store.quads())
    for s, p, o, g in quads:
        if (s, p, o) in chosen:
            picked.append((s, p, o, g))
            articles.add(g)
    for s, p, o, g in quads:
        if (s, p, o) in chosen:
            continue
        describes = s in named and p in (RDF.type, RDFS.label, DG.text, DG.date)
        if describes or (s in articles and s == g):
            picked.append((s, p, o, g))
    return picked


__all__ = ["ACTOR_KINDS", "DETAIL_KINDS", "EVENT_KINDS", "KINDS", "ROLES", "Article",
           "Explorer", "Link", "Node", "around_person", "between_dates", "build_explorer",
           "construct_quads", "find_nodes", "of_state", "restrict"]
