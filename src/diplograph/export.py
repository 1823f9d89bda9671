"""Writing the whole store to a file in a standard format.

RDF: ``turtle``, ``ntriples``, ``rdfxml`` and ``jsonld`` hold the union of all
graphs as one graph (a fact reported by several articles appears once);
``jsonld`` uses the published context (``ontology/context.jsonld``, see
:mod:`diplograph.jsonld`); ``trig`` and ``nquads`` keep every named graph, so
provenance survives.

Networks: ``graphml`` and ``gexf`` (Gephi, Cytoscape, yEd) write the network of
:func:`diplograph.network.to_networkx` with the same node and edge attributes;
``nodes-csv`` and ``edges-csv`` write it as two tables (Gephi's spreadsheet
import, R's ``igraph::graph_from_data_frame``).  With ``project="person"`` or
``"state"`` they write instead the weighted person–person or state–state
network of :func:`diplograph.projection.project_network`.

``articles_only`` leaves out every graph that is not an article's (the
ontology, the gazetteer background), so an export holds what articles say.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox
from rdflib import URIRef

from .errors import InputError
from .namespaces import PREFIXES
from .stores.base import Quad, Store
from .stores.terms import graph_to_oxigraph, new_graph, one_line, to_oxigraph

#: Every export format, in the order the command line lists them.
FORMATS = ("turtle", "jsonld", "trig", "nquads", "ntriples", "rdfxml", "graphml", "gexf",
           "nodes-csv", "edges-csv")
#: The formats that write a network (and so accept a projection).
NETWORK_FORMATS = ("graphml", "gexf", "nodes-csv", "edges-csv")
#: Projections of the network formats: weighted person–person or state–state edges.
PROJECTIONS = ("person", "state")
_ALIASES = {"ttl": "turtle", "json-ld": "jsonld", "nq": "nquads", "nt": "ntriples",
            "rdf/xml": "rdfxml", "rdf-xml": "rdfxml", "rdf": "rdfxml"}
_ARTICLE_GRAPHS = """SELECT DISTINCT ?g WHERE {
  GRAPH ?g { ?g a <https://w3id.org/diplograph/ontology#Article> }
}"""


def jsonld_context() -> dict[str, Any]:
    """The JSON-LD ``@context`` of every JSON-LD diplograph writes (the published one)."""
    from .jsonld import load_context

    return load_context()


def _prefixes() -> dict[str, str]:
    return {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def article_graphs(store: Store) -> set[URIRef]:
    """Names of the article graphs: those whose name is typed ``dg:Article`` inside them."""
    return {row[0] for row in store.query(_ARTICLE_GRAPHS).rows if isinstance(row[0], URIRef)}


def store_quads(store: Store, *, articles_only: bool = False) -> Iterator[Quad]:
    """Every quad of ``store``, or with ``articles_only`` only those of article graphs."""
    if not articles_only:
        return store.quads()
    keep = article_graphs(store)
    return (quad for quad in store.quads() if quad[3] in keep)


def _ox_quad(quad: Quad) -> ox.Quad:
    s, p, o, g = quad
    return ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph_to_oxigraph(g))


def _sort_key(quad: Quad) -> tuple[str, ...]:
    return tuple("" if term is None else str(term) for term in (quad[3], *quad[:3]))


def _union_triples(quads: Iterable[Quad]) -> list[ox.Triple]:
    """Distinct triples of all graphs, sorted so a subject's triples come together."""
    unique = {quad[:3] for quad in quads}
    ordered = sorted(unique, key=lambda t: tuple(str(term) for term in t))
    return [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in ordered]


def _write_nquads(quads: Iterator[Quad], out: BinaryIO) -> None:
    # Streams: one line per quad, nothing held in memory.
    ox.serialize((_ox_quad(q) for q in quads), out, ox.RdfFormat.N_QUADS)


def _write_trig(quads: Iterator[Quad], out: BinaryIO) -> None:
    # Sorted by graph then subject, so each graph is written as one block.
    ordered = sorted(quads, key=_sort_key)
    ox.serialize((_ox_quad(q) for q in ordered), out, ox.RdfFormat.TRIG, prefixes=_prefixes())


def _write_turtle(quads: Iterator[Quad], out: BinaryIO) -> None:
    ox.serialize(_union_triples(quads), out, ox.RdfFormat.TURTLE, prefixes=_prefixes())


def _write_ntriples(quads: Iterator[Quad], out: BinaryIO) -> None:
    ox.serialize(_union_triples(quads), out, ox.RdfFormat.N_TRIPLES)


def _union_graph(quads: Iterator[Quad]):
    graph = new_graph()
    for s, p, o, _ in quads:
        graph.add((s, p, o))
    return graph


def _write_jsonld(quads: Iterator[Quad], out: BinaryIO) -> None:
    # rdflib, because pyoxigraph's JSON-LD writer has no @context (full IRIs everywhere).
    from .jsonld import to_jsonld

    out.write(to_jsonld(_union_graph(quads)).encode("utf-8"))


def _write_rdfxml(quads: Iterator[Quad], out: BinaryIO) -> None:
    # rdflib's plain writer: pyoxigraph's needs every predicate splittable the same way,
    # and "pretty-xml" nests resources, which changes nothing a reader sees but is slower.
    try:
        data = _union_graph(quads).serialize(format="xml")
    except Exception as exc:  # rdflib raises bare Exception for IRIs XML cannot name
        raise InputError(f"cannot write RDF/XML: {one_line(exc)}; use turtle or ntriples") \
            from None
    out.write(xml_safe(data).encode("utf-8"))


#: Characters XML 1.0 cannot hold at all, not even as character references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot hold (control characters) as U+FFFD.

    Article text may carry them; written raw they make an RDF/XML, GraphML or
    GEXF file no parser reads.  Turtle, N-Triples and JSON-LD keep them.
    """
    return _NOT_XML.sub("\ufffd", text)


def _xml_safe_network(graph):
    # Node ids, node and edge attributes and graph attributes all end up in the XML.
    import networkx

    def clean(value):
        return xml_safe(value) if isinstance(value, str) else value

    safe = networkx.relabel_nodes(graph, {n: clean(n) for n in graph if isinstance(n, str)
                                          and _NOT_XML.search(n)}, copy=True)
    for _, data in safe.nodes(data=True):
        data.update({k: clean(v) for k, v in data.items()})
    for *_, data in safe.edges(data=True):
        data.update({k: clean(v) for k, v in data.items()})
    safe.graph.update({k: clean(v) for k, v in safe.graph.items()})
    return safe


def _network(quads: Iterator[Quad], project: str | None):
    # Imported here: networkx is slow to import and only the network formats need it.
    if project is None:
        from .network import to_networkx

        return to_networkx(quads)
    from .projection import project_network

    return project_network(quads, project)


def _write_graphml(quads: Iterator[Quad], out: BinaryIO, project: str | None = None) -> None:
    import networkx

    networkx.write_graphml(_xml_safe_network(_network(quads, project)), out, encoding="utf-8")


def _write_gexf(quads: Iterator[Quad], out: BinaryIO, project: str | None = None) -> None:
    import networkx

    networkx.write_gexf(_xml_safe_network(_network(quads, project)), out, encoding="utf-8")


def _csv_bytes(header: list[str], rows: Iterable[list[Any]], out: BinaryIO) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows(rows)
    text.flush()
    text.detach()  # the caller owns ``out``: leave it open


def _write_nodes_csv(quads: Iterator[Quad], out: BinaryIO, project: str | None = None) -> None:
    graph = _network(quads, project)
    keys = sorted({k for _, data in graph.nodes(data=True) for k in data} - {"label"})
    rows = ([node, data.get("label", node), *(data.get(k, "") for k in keys)]
            for node, data in graph.nodes(data=True))
    _csv_bytes(["Id", "Label", *keys], rows, out)


def _write_edges_csv(quads: Iterator[Quad], out: BinaryIO, project: str | None = None) -> None:
    graph = _network(quads, project)
    kind = "Directed" if graph.is_directed() else "Undirected"
    edges = [(u, v, data) for u, v, data in graph.edges(data=True)]
    keys = sorted({k for _, _, data in edges for k in data} - {"label", "weight"})
    rows = ([u, v, kind, data.get("label", ""), data.get("weight", 1),
             *(data.get(k, "") for k in keys)] for u, v, data in edges)
    _csv_bytes(["Source", "Target", "Type", "Label", "Weight", *keys], rows, out)


_WRITERS: dict[str, Callable[..., None]] = {
    "turtle": _write_turtle,
    "jsonld": _write_jsonld,
    "trig": _write_trig,
    "nquads": _write_nquads,
    "ntriples": _write_ntriples,
    "rdfxml": _write_rdfxml,
    "graphml": _write_graphml,
    "gexf": _write_gexf,
    "nodes-csv": _write_nodes_csv,
    "edges-csv": _write_edges_csv,
}


def normalize_format(fmt: str) -> str:
    """The canonical name of ``fmt`` (case-insensitive; ``ttl``, ``nt``, ``nq``, ``json-ld``
    accepted), or :class:`InputError` listing :data:`FORMATS`."""
    name = _ALIASES.get(fmt.strip().lower(), fmt.strip().lower())
    if name not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return name


def export(store: Store, fmt: str, out: BinaryIO | str | os.PathLike[str], *,
           articles_only: bool = False, project: str | None = None) -> None:
    """Write every quad of ``store`` in ``fmt`` (one of :data:`FORMATS`) to ``out``.

    ``out`` is a binary file object or a path.  A path is written through a
    temporary file in the same folder and renamed at the end, so a failed
    export never leaves a truncated file behind.  ``articles_only`` leaves out
    the graphs that are not articles' (ontology, gazetteer).  ``project`` (one
    of :data:`PROJECTIONS`, network formats only) writes the weighted
    person–person or state–state network instead of the full one.
    """
    name = normalize_format(fmt)
    writer = _WRITERS[name]
    if project is not None:
        if project not in PROJECTIONS:
            raise InputError(f"unknown projection {project!r}; choose one of: "
                             + ", ".join(PROJECTIONS))
        if name not in NETWORK_FORMATS:
            raise InputError(f"a projection needs a network format ({', '.join(NETWORK_FORMATS)})"
                             f", not {name}")
        plain = writer
        writer = lambda quads, stream: plain(quads, stream, project)  # noqa: E731
    if hasattr(out, "write"):
        writer(store_quads(store, articles_only=articles_only), out)  # type: ignore[arg-type]
        return
    target = Path(out).expanduser()
    # A plain open() (not mkstemp) so the file gets the usual permissions from the umask.
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as stream:
            writer(store_quads(store, articles_only=articles_only), stream)
        os.replace(partial, target)
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        partial.unlink(missing_ok=True)
