"""Which diplograph wrote a store: a format marker, checked before a store is read.

Article graphs are only comparable when one extractor wrote them against one
ontology.  A store holding graphs of an older diplograph (or of another
ontology version) beside new ones would give mixed answers, so ``build``
records in the store what it wrote with, and the commands that read a store
check it first and tell the user, in one line, to rebuild with
``diplograph build --force``.

The marker is the named graph :data:`MARKER_GRAPH`, three triples about
itself:

- ``dcterms:conformsTo "diplograph-store/N"``: the store format
  (:data:`STORE_FORMAT`, raised by hand whenever a change to the extractor or
  to the shape of article graphs makes old graphs answer differently);
- ``dcterms:requires "…"``: the fingerprint of the ontology the articles were
  built against (the same fingerprint the ontology graph carries as
  ``dcterms:hasVersion``);
- ``dcterms:creator "diplograph X.Y.Z"``: which release wrote it (for messages only).

A store without the marker but with article graphs was written before the
marker existed, and counts as out of date.  An empty store is current.  The
marker is an ordinary named graph, so it works the same on the embedded store
and on a SPARQL server, and travels in ``build --emit nquads`` output.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS

from .errors import StoreError
from .namespaces import MARKER_GRAPH
from .stores.base import Store

#: Raise this when article graphs written before the change would answer differently.
STORE_FORMAT = 2
#: The named graph holding the marker.
_FORMAT_PREFIX = "diplograph-store/"

_READ_MARKER = """PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?format ?ontology ?creator WHERE {
  GRAPH ?g { ?g dcterms:conformsTo ?format .
             OPTIONAL { ?g dcterms:requires ?ontology }
             OPTIONAL { ?g dcterms:creator ?creator } }
}"""
_HAS_ARTICLES = """ASK { GRAPH ?g { ?g a <https://w3id.org/diplograph/ontology#Article> } }"""


class StaleStoreError(StoreError):
    """The store was written by another diplograph or against another ontology version."""


@dataclass(frozen=True)
class StoreMarker:
    """What a store was written with: format number, ontology fingerprint, release."""

    format: int | None
    ontology: str | None
    creator: str | None = None

    def triples(self) -> list[tuple[URIRef, URIRef, Literal]]:
        """The marker graph's triples."""
        triples = [(MARKER_GRAPH, DCTERMS.conformsTo, Literal(f"{_FORMAT_PREFIX}{self.format}"))]
        if self.ontology:
            triples.append((MARKER_GRAPH, DCTERMS.requires, Literal(self.ontology)))
        if self.creator:
            triples.append((MARKER_GRAPH, DCTERMS.creator, Literal(self.creator)))
        return triples


def ontology_version() -> str:
    """The fingerprint of the bundled ontology (as the ontology graph records it)."""
    from .ingest import _fingerprint
    from .resources import ontology_path

    return str(_fingerprint([ontology_path()]))


def current_marker() -> StoreMarker:
    """The marker this diplograph writes."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("diplograph")
    except PackageNotFoundError:  # running from a checkout that was never installed
        release = "unknown"
    return StoreMarker(STORE_FORMAT, ontology_version(), f"diplograph {release}")


def read_marker(store: Store) -> StoreMarker | None:
    """The marker ``store`` holds, or None when it has none."""
    rows = store.query(_READ_MARKER, {"g": MARKER_GRAPH}).rows
    if not rows:
        return None
    fmt, ontology, creator = rows[0]
    text = str(fmt)
    number = int(text[len(_FORMAT_PREFIX):]) if text.startswith(_FORMAT_PREFIX) and \
        text[len(_FORMAT_PREFIX):].isdigit() else None
    return StoreMarker(number, None if ontology is None else str(ontology),
                       None if creator is None else str(creator))


def write_marker(store: Store) -> None:
    """Record in ``store`` that this diplograph wrote it (rewritten only when it differs)."""
    marker = current_marker()
    if read_marker(store) != marker:
        store.replace_graph(MARKER_GRAPH, marker.triples())


def stale_reason(store: Store) -> str | None:
    """Why ``store`` is out of date for this diplograph, or None when it is current.

    Current means: the marker matches :func:`current_marker` in format and
    ontology, or the store holds no article at all.
    """
    found = read_marker(store)
    mine = current_marker()
    if found is None:
        if not store.query(_HAS_ARTICLES).boolean:
            return None
        return "was written by an older diplograph (it has no format marker)"
    if found.format != mine.format:
        who = f" ({found.creator})" if found.creator else ""
        if found.format is not None and found.format > mine.format:
            return (f"was written by a newer diplograph{who}, store format {found.format}; "
                    f"this one reads format {mine.format} (upgrade diplograph, or rebuild)")
        return (f"was written by an older diplograph{who}, store format "
                f"{found.format if found.format is not None else 'unknown'}; "
                f"this one writes format {mine.format}")
    if found.ontology != mine.ontology:
        return (f"was built against another version of the ontology ({found.ontology}; "
                f"this diplograph's is {mine.ontology})")
    return None


def check_store(store: Store) -> None:
    """Raise :class:`StaleStoreError` when ``store`` was written by another diplograph.

    The message is one line naming the store and the command that rebuilds it.
    """
    reason = stale_reason(store)
    if reason is not None:
        raise StaleStoreError(
            f"the store {store.location} {reason}; its answers would mix old and new "
            f"extractions: rebuild it with `diplograph build --force ARTICLES... "
            f"--store {store.location}` (every article folder), or use a new store")
