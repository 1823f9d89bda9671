"""Quads -> a networkx graph of the named things and how they are linked.

The graph is what ``render`` draws and what ``export --format graphml`` writes,
so every node and edge attribute is a plain ``str`` or ``int``.

Provenance comes from the quads themselves: a quad's fourth element is the
named graph it sits in, and a graph counts as an *article* when its name is
typed ``dg:Article`` inside that same graph (the contract puts each article's
facts in a graph named by the article's IRI). ``sources`` attributes count
distinct article graphs; background graphs (ontology, gazetteer) give a node
its type or label but never count as a source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

from .namespaces import DCTERMS, DG, INFERRED_GRAPH, OWL, RDF, RDFS, SCHEMA
from .stores.base import Quad

if TYPE_CHECKING:  # networkx is imported lazily so importing diplograph stays fast
    import networkx

#: The dg: classes drawn as nodes, most specific first: a thing typed both
#: dg:MoU and dg:Agreement is shown as a MoU, a dg:Meeting that is also a
#: dg:Event as a Meeting. dg:Event itself is last, for events of no subclass.
KINDS: tuple[str, ...] = (
    "MoU", "Agreement", "Meeting", "Visit", "Quote", "Article", "Person", "State",
    "Place", "Organization", "Position", "Topic", "Event",
)

#: Predicates never drawn as edges: typing and labelling are shown as node
#: attributes, and owl/schema/rdfs links are alignment noise (sameAs to Wikidata...).
_SKIPPED_NAMESPACES = (str(RDF), str(RDFS), str(OWL), str(SCHEMA))

#: Where an article's title may be found, in order of preference.
_TITLE_PREDICATES = (RDFS.label, SCHEMA.headline, SCHEMA.name, DCTERMS.title)

#: Schemes of the article addresses (dg:url) given to the explorer as links.
_WEB = ("http://", "https://")

#: How many characters of a quote's text make its label.
QUOTE_LABEL_LENGTH = 60


@dataclass
class _Index:
    """Everything ``to_networkx`` needs, gathered in one pass over the quads."""

    articles: set[URIRef] = field(default_factory=set)
    types: dict[URIRef, set[str]] = field(default_factory=lambda: defaultdict(set))
    # (subject, predicate, literal) -> graphs stating it
    literals: dict[tuple[URIRef, URIRef, Literal], set[URIRef | None]] = field(
        default_factory=lambda: defaultdict(set))
    # (subject, predicate, object IRI) -> graphs stating it
    links: dict[tuple[URIRef, URIRef, URIRef], set[URIRef | None]] = field(
        default_factory=lambda: defaultdict(set))
    # any IRI -> graphs in which it appears as subject or object
    mentioned_in: dict[URIRef, set[URIRef | None]] = field(
        default_factory=lambda: defaultdict(set))


def _index(quads: Iterable[Quad]) -> _Index:
    idx = _Index()
    # Looked up once: a namespace attribute costs a Python call on every quad.
    rdf_type, dg = RDF.type, str(DG)
    for s, p, o, g in quads:
        if g == INFERRED_GRAPH:
            continue  # the network draws what articles state; inferred facts would double it
        if not isinstance(s, URIRef) or not isinstance(p, URIRef):
            continue  # blank nodes are never named things (contract: no bnode for a named thing)
        idx.mentioned_in[s].add(g)
        if p == rdf_type:
            if isinstance(o, URIRef) and o.startswith(dg):
                local = o[len(dg):]
                if local in KINDS:
                    idx.types[s].add(local)
                if local == "Article" and g is not None and s == g:
                    idx.articles.add(s)
            continue
        if isinstance(o, Literal):
            idx.literals[(s, p, o)].add(g)
        elif isinstance(o, URIRef):
            idx.links[(s, p, o)].add(g)
            idx.mentioned_in[o].add(g)
    return idx


def _kind(types: set[str]) -> str:
    return next(k for k in KINDS if k in types)


def local_name(iri: str) -> str:
    """The last segment of an IRI (after ``#`` or the last ``/``), e.g. ``participant``."""
    tail = iri.rsplit("#", 1)[-1] if "#" in iri else iri.rstrip("/").rsplit("/", 1)[-1]
    return tail or iri


def _literal_lookup(idx):
    """The literals of the index grouped by subject, and ``literal(node, predicates)``: the
    best-attested literal of the first predicate that has one (grouped once, so per-node
    lookups are not quadratic)."""
    by_subject: dict[URIRef, list[tuple[URIRef, Literal, set[URIRef | None]]]] = defaultdict(list)
    for (s, p, lit), gs in idx.literals.items():
        by_subject[s].append((p, lit, gs))

    def literal(node: URIRef, predicates: Iterable[URIRef]) -> str | None:
        for pred in predicates:
            best = _best_literal((lit, len(gs)) for p, lit, gs in by_subject.get(node, ())
                                 if p == pred)
            if best:
                return best
        return None

    return by_subject, literal


def _best_literal(values: Iterable[tuple[Literal, int]]) -> str | None:
    """The value stated by most graphs; English or untagged first, then alphabetical."""
    ranked = sorted(values, key=lambda v: (-v[1], v[0].language not in (None, "en"), str(v[0])))
    return str(ranked[0][0]) if ranked else None


def _truncate(text: str, length: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _source_names(articles: Iterable[URIRef], titles: dict[URIRef, str]) -> str:
    return "; ".join(sorted(titles[a] for a in articles))


def to_networkx(quads: Iterable[Quad], *, include_articles: bool = False,
                include_background: bool = False) -> networkx.MultiDiGraph:
    """Build a directed multigraph of every named thing typed with a dg: class.

    ``quads`` are ``(subject, predicate, object, graph)`` rdflib terms, e.g.
    ``store.quads()``; those of the inferred graph (``dgr:graph/inferred``)
    are left out. Nodes are keyed by IRI string and carry ``label``,
    ``kind`` (the dg: class local name, most specific one), ``iri``,
    ``sources`` (count of article graphs saying anything about the node),
    ``source_titles`` and ``source_list`` (``"; "``-joined article titles and
    their ``dg:source`` values), ``source_iris`` (the space-joined IRIs of those
    articles) and ``facts`` (one line per literal property value with the
    articles stating it); article nodes with an ``http(s)`` ``dg:url`` carry it as
    ``url``. Edges run from subject to object for
    each triple linking two nodes, keyed and labelled by the property's local
    name (keyed by the full IRI should two properties share one), with
    ``iri``, ``sources`` (count of article graphs stating it) and
    ``source_titles``.

    ``include_articles`` also draws each article's ``dg:mentions`` edges; they
    are off by default because they tie every node to its articles and bury the
    graph. Article nodes and their byline/publisher/dateline edges are always
    drawn.

    Nodes no article speaks of (the gazetteer's hundreds of states and cities,
    the ontology) are left out unless ``include_background`` is true; they
    still lend labels and types to the nodes that are drawn.
    """
    import networkx as nx

    idx = _index(quads)
    by_subject, literal = _literal_lookup(idx)

    titles = {a: literal(a, _TITLE_PREDICATES) or literal(a, (DG.source,)) or local_name(a)
              for a in idx.articles}
    origins = {a: literal(a, (DG.source,)) or str(a) for a in idx.articles}
    # Only web addresses become links in the explorer; anything else stays text.
    urls = {a: url for a in idx.articles
            if (url := literal(a, (DG.url,))) and url.lower().startswith(_WEB)}

    graph = nx.MultiDiGraph()
    for node in sorted(idx.types):
        kind = _kind(idx.types[node])
        label = titles[node] if node in titles else literal(node, (RDFS.label,))
        if label is None and kind == "Quote":
            text = literal(node, (DG.text,))
            label = f"“{_truncate(text, QUOTE_LABEL_LENGTH)}”" if text else None
        articles = sorted(g for g in idx.mentioned_in[node] if g in idx.articles)
        if not articles and not include_background:
            continue
        graph.add_node(
            str(node),
            label=label or local_name(node),
            kind=kind,
            iri=str(node),
            sources=len(articles),
            source_titles=_source_names(articles, titles),
            source_list="; ".join(sorted(origins[a] for a in articles)),
            source_iris=" ".join(str(a) for a in articles),
            facts=_facts(by_subject.get(node, ()), idx.articles, titles),
            **({"url": urls[node]} if node in urls else {}),
        )

    for (s, p, o), gs in sorted(idx.links.items()):
        if str(p).startswith(_SKIPPED_NAMESPACES):
            continue
        if str(s) not in graph or str(o) not in graph or s == o:
            continue
        if p == DG.mentions and not include_articles:
            continue
        name = local_name(p)
        # Two vocabularies may share a local name; the full IRI keeps both edges.
        key = str(p) if graph.has_edge(str(s), str(o), name) else name
        stated_by = sorted(g for g in gs if g in idx.articles)
        graph.add_edge(str(s), str(o), key=key, label=name, iri=str(p),
                       sources=len(stated_by), source_titles=_source_names(stated_by, titles))
    return graph


def _facts(rows: Iterable[tuple[URIRef, Literal, set[URIRef | None]]],
           articles: set[URIRef], titles: dict[URIRef, str]) -> str:
    """One line per literal value: ``date: 2024-05-01 [Article A; Article B]``.

    The label is the node's name, so it is only listed when articles disagree
    on it (two labels); schema/owl literals are alignment noise and skipped.
    """
    rows = [r for r in rows if not str(r[0]).startswith((str(OWL), str(SCHEMA), str(RDF)))]
    label_count = sum(1 for p, _, _ in rows if p == RDFS.label)
    lines = []
    for pred, lit, gs in sorted(rows, key=lambda r: (local_name(r[0]), str(r[1]))):
        if pred == RDFS.comment or (pred == RDFS.label and label_count < 2):
            continue
        name = "also called" if pred == RDFS.label else local_name(pred)
        stated_by = [g for g in gs if g in articles]
        where = _source_names(stated_by, titles) if stated_by else "background data"
        lines.append(f"{name}: {_truncate(str(lit), 300)} [{where}]")
    return "\n".join(lines)


__all__ = ["KINDS", "QUOTE_LABEL_LENGTH", "local_name", "to_networkx"]
