"""Checking the stored graph: SHACL shapes per article, functional properties, HermiT.

:func:`validate` is what ``diplograph validate`` runs. It reports every
problem as a :class:`Violation` in plain words: which node, which article
(and the file it was read from), which rule.

1. Each article's named graph must hold its ``dg:Article`` node, and must
   conform to ``ontology/shapes.ttl`` (pySHACL, with the ontology's class
   hierarchy so a ``dg:MoU`` is a ``dg:Agreement``). The background graph is
   checked against the same shapes.
2. A functional property (``dg:date``, ``dg:role`` …) must not get two values
   for one node from two articles; a single graph's shapes cannot see that,
   and HermiT cannot compare ``xsd:date`` values.
3. HermiT must find the ontology with every article, the background and the
   inferred graph (when there is one) consistent, and every class satisfiable.
   When the whole is inconsistent, each article is checked alone (with the
   background) to name the culprits.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Identifier

from .errors import InputError
from .namespaces import (
    BACKGROUND_GRAPH,
    DG,
    DGR,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    SYSTEM_GRAPHS,
)
from .stores import Store, open_store

SH = "http://www.w3.org/ns/shacl#"
#: Namespace of the shapes (their local names are the rule names in reports).
DGS = "https://w3id.org/diplograph/shapes#"

# Rules that are not SHACL shapes.
RULE_ARTICLE_NODE = "ArticleGraphHoldsItsArticle"
RULE_FUNCTIONAL = "FunctionalAcrossArticles"
RULE_CONSISTENT = "OwlConsistency"
RULE_SATISFIABLE = "ClassSatisfiable"


@dataclass(frozen=True)
class Violation:
    """One broken rule: where (node, article graph, its source file), what, and which rule."""

    rule: str
    message: str
    node: Identifier | None = None
    article: URIRef | None = None
    source: str | None = None
    label: str | None = None
    value: Identifier | None = None

    def describe(self) -> str:
        """One line in plain words: ``where: what node: what is wrong [rule]``."""
        from .queries import compact

        if self.article is None:
            where = "the whole graph"
        elif self.article in SYSTEM_GRAPHS:
            where = compact(self.article)
        else:
            where = f"article {compact(self.article)}"
            if self.source:
                where += f" ({self.source})"
        parts = [where]
        if self.node is not None:
            node = compact(self.node) if isinstance(self.node, URIRef) else str(self.node)
            parts.append(f"“{self.label}” <{node}>" if self.label else f"<{node}>")
        text = self.message
        if self.value is not None:
            shown = str(self.value) if isinstance(self.value, Literal) else compact(self.value)
            text += f" (found {shown!r})" if isinstance(self.value, Literal) else \
                f" (found <{shown}>)"
        parts.append(text)
        return ": ".join(parts) + f" [rule {self.rule}]"


@dataclass
class ValidationReport:
    """Everything :func:`validate` found, and what it looked at."""

    violations: list[Violation] = field(default_factory=list)
    articles: int = 0
    #: HermiT's verdict on the whole store; None when the reasoner was not run.
    consistent: bool | None = None

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.violations

    def summary(self) -> str:
        """One line for people."""
        reasoner = {None: "reasoner not run", True: "HermiT: consistent",
                    False: "HermiT: INCONSISTENT"}[self.consistent]
        count = len(self.violations)
        return (f"{self.articles} articles checked, {count} violation"
                f"{'' if count == 1 else 's'}; {reasoner}")


def load_shapes(path: str | os.PathLike[str] | None = None) -> Graph:
    """The SHACL shapes graph (default: the bundled ``ontology/shapes.ttl``)."""
    from .resources import shapes_path

    graph = Graph()
    try:
        graph.parse(Path(path) if path is not None else shapes_path(), format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"cannot read the shapes {path or shapes_path()}: {exc}") from None
    return graph


def _class_hierarchy() -> Graph:
    # Only the subclass axioms: all that SHACL's targetClass and sh:class need from the
    # ontology, and a small graph to mix into every article's.
    from .ontology import ontology_graph

    hierarchy = Graph()
    for triple in ontology_graph().triples((None, RDFS.subClassOf, None)):
        if isinstance(triple[2], URIRef):
            hierarchy.add(triple)
    return hierarchy


def check_shapes(graph: Graph, shapes: Graph, hierarchy: Graph | None = None,
                 article: URIRef | None = None, source: str | None = None) -> list[Violation]:
    """The SHACL violations of one graph (an article's, or the background)."""
    import pyshacl

    _conforms, results, _text = pyshacl.validate(
        graph, shacl_graph=shapes, ont_graph=hierarchy if hierarchy is not None
        else _class_hierarchy(), inference="none", allow_warnings=True)
    found = []
    for result in results.subjects(RDF.type, URIRef(SH + "ValidationResult")):
        shape = results.value(result, URIRef(SH + "sourceShape"))
        node = results.value(result, URIRef(SH + "focusNode"))
        message = results.value(result, URIRef(SH + "resultMessage"))
        value = results.value(result, URIRef(SH + "value"))
        rule = str(shape).removeprefix(DGS) if isinstance(shape, URIRef) else "shape"
        label = graph.value(node, RDFS.label) if node is not None else None
        found.append(Violation(rule, str(message) if message else "breaks a shape", node,
                               article, source, str(label) if label else None, value))
    return sorted(found, key=lambda v: (str(v.node), v.rule, str(v.value)))


def check_functional(graphs: dict[URIRef, Graph], sources: dict[URIRef, str]
                     ) -> list[Violation]:
    """Nodes given two values of a functional property (of the ontology) by two graphs.

    ``graphs`` maps graph names to their triples (the inferred graph is left
    out: it states nothing of its own).
    """
    from rdflib.namespace import OWL

    from .ontology import ontology_graph
    from .queries import compact

    functional = set(ontology_graph().subjects(RDF.type, OWL.FunctionalProperty))
    # (node, property) -> value -> the graphs stating it
    values: dict[tuple, dict[Identifier, list[URIRef]]] = defaultdict(lambda: defaultdict(list))
    for name, graph in graphs.items():
        if name == INFERRED_GRAPH:
            continue
        for prop in functional:
            for node, value in graph.subject_objects(prop):
                values[(node, prop)][value].append(name)
    found = []
    for (node, prop), stated in sorted(values.items()):
        if len(stated) < 2:
            continue  # one value, however many articles state it
        ordered = sorted(stated.items(), key=lambda kv: (sorted(kv[1]), str(kv[0])))
        first_value, first_graphs = ordered[0]
        for value, graphs_of_value in ordered[1:]:
            other = graphs_of_value[0]
            if other in first_graphs:
                continue  # one graph with two values: its shapes report that
            other_text = compact(other) + (f" ({sources[other]})" if other in sources else "")
            message = (f"{compact(prop)} allows one value, but {other_text} "
                       f"gives {compact(value)!r}")
            article = sorted(first_graphs)[0]
            found.append(Violation(RULE_FUNCTIONAL, message, node, article,
                                   sources.get(article), None, first_value))
    return found


def check_reasoner(graphs: dict[URIRef, Graph], sources: dict[URIRef, str]
                   ) -> tuple[bool, list[Violation]]:
    """HermiT on the ontology with every graph; culprit articles named when inconsistent."""
    from .consistency import check_consistency

    everything = [t for graph in graphs.values() for t in graph]
    verdict = check_consistency(everything)
    violations = [Violation(RULE_SATISFIABLE, "this class can have no member (unsatisfiable)",
                            URIRef(iri)) for iri in verdict.unsatisfiable]
    if verdict.consistent:
        return True, violations
    background = list(graphs.get(BACKGROUND_GRAPH, ()))
    if not check_consistency(background).consistent:
        violations.append(Violation(RULE_CONSISTENT, "the background facts contradict the "
                                    "ontology", None, BACKGROUND_GRAPH))
        return False, violations
    culprits = [name for name, graph in graphs.items() if name not in SYSTEM_GRAPHS
                and not check_consistency([*graph, *background]).consistent]
    for name in culprits:
        violations.append(Violation(
            RULE_CONSISTENT, "HermiT finds the article's facts contradict the ontology (e.g. one "
            "node in two disjoint classes, or someone who met themselves)", None, name,
            sources.get(name)))
    if not culprits:
        violations.append(Violation(
            RULE_CONSISTENT, "HermiT finds the facts of all articles together contradict the "
            "ontology, though each article alone agrees with it"))
    return False, violations


def validate(store: Store | str | None = None, *, reasoner: bool = True,
             shapes: str | os.PathLike[str] | None = None) -> ValidationReport:
    """Check every article graph of ``store`` (and the background); return the report.

    ``store`` is a :class:`Store`, a store location, or None for the default
    store; its graphs outside ``dgr:`` (a server's own) are not looked at.
    ``reasoner=False`` skips HermiT (which needs Java). ``shapes`` is
    another SHACL file to check instead of the bundled one.
    """
    own = not isinstance(store, Store)
    target = open_store(store) if own else store
    try:
        graphs = _graphs(target.quads())
        sources = {name: str(graph.value(name, DG.source)) for name, graph in graphs.items()
                   if graph.value(name, DG.source) is not None}
        report = ValidationReport()
        shapes_graph, hierarchy = load_shapes(shapes), _class_hierarchy()
        for name, graph in graphs.items():
            if name not in SYSTEM_GRAPHS:
                report.articles += 1
                if (name, RDF.type, DG.Article) not in graph:
                    report.violations.append(Violation(
                        RULE_ARTICLE_NODE, "an article's graph must hold its dg:Article node, "
                        "named as the graph is", name, name))
            if name != INFERRED_GRAPH:
                report.violations += check_shapes(graph, shapes_graph, hierarchy, name,
                                                  sources.get(name))
        report.violations += check_functional(graphs, sources)
    finally:
        if own:
            target.close()
    if reasoner:
        report.consistent, found = check_reasoner(graphs, sources)
        report.violations += found
    return report


def _graphs(quads: Iterable[tuple]) -> dict[URIRef, Graph]:
    # The ontology is read from its file by the checks; the default graph holds nothing
    # diplograph writes, and graphs outside dgr: are not diplograph's (a server's own
    # system graphs, another tool's data): they are left alone.
    graphs: dict[URIRef, Graph] = defaultdict(Graph)
    for s, p, o, g in quads:
        if g is not None and g != ONTOLOGY_GRAPH and str(g).startswith(str(DGR)):
            graphs[g].add((s, p, o))
    return dict(sorted(graphs.items()))
