"""The one store interface every backend implements.

Terms crossing this interface are rdflib terms (``URIRef``, ``Literal``,
``BNode``), so the extractor, the exporters and the renderer never see which
backend holds the data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from rdflib import Graph, URIRef
from rdflib.term import Identifier, Node

#: A triple of rdflib terms.
Triple = tuple[Node, Node, Node]
#: A quad of rdflib terms; the fourth is the named graph (None for the default graph).
Quad = tuple[Node, Node, Node, URIRef | None]


@dataclass
class QueryResult:
    """The answer of a SPARQL query.

    ``kind`` is ``"select"``, ``"ask"`` or ``"graph"`` (CONSTRUCT/DESCRIBE).
    For select: ``variables`` and ``rows`` (tuples aligned with ``variables``,
    ``None`` for unbound).  For ask: ``boolean``.  For graph: ``graph``.
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Identifier | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def dicts(self) -> list[dict[str, Identifier | None]]:
        """Rows of a select result as ``{variable: term}`` dictionaries."""
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]


@runtime_checkable
class Store(Protocol):
    """A quad store holding one named graph per article plus background graphs."""

    #: Human-readable location (a folder path or an endpoint URL), for messages.
    location: str

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        """Atomically replace the named graph ``graph`` with ``triples``."""

    def has_graph(self, graph: URIRef) -> bool:
        """Whether the named graph exists (holds at least one triple)."""

    def drop_graph(self, graph: URIRef) -> None:
        """Remove the named graph; no error when absent."""

    def graphs(self) -> list[URIRef]:
        """Names of all named graphs."""

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None, *,
              exclude: Iterable[URIRef] = ()) -> QueryResult:
        """Run a SPARQL query over the union of all graphs.

        ``bindings`` maps variable names (without ``?``) to RDF terms; they are
        bound by the store as terms, never pasted into the query text.
        ``exclude`` names graphs left out of the query's dataset: neither in the
        default union nor seen by ``GRAPH ?g`` (e.g. the inferred graph).
        """

    def quads(self) -> Iterator[Quad]:
        """Every quad in the store."""

    def close(self) -> None:
        """Release the store (flush and unlock files)."""
