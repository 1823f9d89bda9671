"""Writing the whole store to a file in a standard format.

``turtle``, ``ntriples`` and ``jsonld`` hold the union of all graphs as one
graph (a fact reported by several articles appears once); ``trig`` and
``nquads`` keep every named graph, so provenance survives; ``graphml`` is the
network of :func:`diplograph.network.to_networkx` for Gephi, Cytoscape, yEd.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .errors import InputError
from .namespaces import PREFIXES
from .stores.base import Quad, Store
from .stores.terms import graph_to_oxigraph, new_graph, to_oxigraph

#: Every export format, in the order the command line lists them.
FORMATS = ("turtle", "jsonld", "trig", "nquads", "ntriples", "graphml")
_ALIASES = {"ttl": "turtle", "json-ld": "jsonld", "nq": "nquads", "nt": "ntriples"}


def jsonld_context() -> dict[str, str]:
    """The compact JSON-LD ``@context``: diplograph's prefixes."""
    return {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def _prefixes() -> dict[str, str]:
    return jsonld_context()


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


def _write_jsonld(quads: Iterator[Quad], out: BinaryIO) -> None:
    # rdflib, because pyoxigraph's JSON-LD writer has no @context (full IRIs everywhere).
    graph = new_graph()
    for s, p, o, _ in quads:
        graph.add((s, p, o))
    data = graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    out.write(data.encode("utf-8"))


def _write_graphml(quads: Iterator[Quad], out: BinaryIO) -> None:
    # Imported here: networkx is slow to import and only this format needs it.
    import networkx

    from .network import to_networkx

    networkx.write_graphml(to_networkx(quads), out, encoding="utf-8")


_WRITERS: dict[str, Callable[[Iterator[Quad], BinaryIO], None]] = {
    "turtle": _write_turtle,
    "jsonld": _write_jsonld,
    "trig": _write_trig,
    "nquads": _write_nquads,
    "ntriples": _write_ntriples,
    "graphml": _write_graphml,
}


def normalize_format(fmt: str) -> str:
    """The canonical name of ``fmt`` (case-insensitive; ``ttl``, ``nt``, ``nq``, ``json-ld``
    accepted), or :class:`InputError` listing :data:`FORMATS`."""
    name = _ALIASES.get(fmt.strip().lower(), fmt.strip().lower())
    if name not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return name


def export(store: Store, fmt: str, out: BinaryIO | str | os.PathLike[str]) -> None:
    """Write every quad of ``store`` in ``fmt`` (one of :data:`FORMATS`) to ``out``.

    ``out`` is a binary file object or a path.  A path is written through a
    temporary file in the same folder and renamed at the end, so a failed
    export never leaves a truncated file behind.
    """
    writer = _WRITERS[normalize_format(fmt)]
    if hasattr(out, "write"):
        writer(store.quads(), out)  # type: ignore[arg-type]
        return
    target = Path(out).expanduser()
    # A plain open() (not mkstemp) so the file gets the usual permissions from the umask.
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as stream:
            writer(store.quads(), stream)
        os.replace(partial, target)
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        partial.unlink(missing_ok=True)
