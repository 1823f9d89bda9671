"""Asking HermiT (through owlready2) whether facts agree with the ontology.

:func:`check_consistency` loads the ontology and the given triples into a
private owlready2 world and runs HermiT: the answer says whether the facts are
consistent and which classes are unsatisfiable. HermiT needs a Java runtime.

HermiT does not know ``xsd:date`` (outside the OWL 2 datatype map), so it runs
with unsupported datatypes ignored and cannot see two different dates on one
node; :mod:`diplograph.validate` checks functional properties itself.
"""

from __future__ import annotations

import io
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from .errors import ReasonerError

#: Where the data is loaded in owlready2's world (an ontology IRI of its own).
DATA_IRI = "https://w3id.org/diplograph/id/data"


@dataclass
class Consistency:
    """HermiT's answer: consistent or not, unsatisfiable class IRIs, seconds taken."""

    consistent: bool
    unsatisfiable: list[str] = field(default_factory=list)
    seconds: float = 0.0


def java_available() -> bool:
    """Whether a ``java`` executable is on PATH (HermiT runs on it)."""
    return shutil.which("java") is not None


def _ntriples(triples: Iterable[tuple]) -> bytes:
    from rdflib import Graph

    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph.serialize(format="nt", encoding="utf-8")


def load_world(triples: Iterable[tuple] = ()):
    """A fresh owlready2 ``(world, onto)`` with the ontology and ``triples`` loaded."""
    from .ontology import load_owlready

    world, onto = load_owlready()
    data = _ntriples(triples)
    if data.strip():
        world.get_ontology(DATA_IRI).load(fileobj=io.BytesIO(data), format="ntriples")
    return world, onto


def run_hermit(world, *, infer_property_values: bool = False) -> bool:
    """Run HermiT on an owlready2 world; return False when it is inconsistent.

    Raises :class:`ReasonerError` when Java is missing or HermiT fails.
    """
    import owlready2

    if not java_available():
        raise ReasonerError("HermiT needs Java and `java` is not on PATH; install a Java "
                            "runtime (apt-get install default-jre-headless) or skip the "
                            "reasoner (diplograph validate --no-reasoner)")
    try:
        # xsd:date (the contract's date type) is outside the OWL 2 datatype map HermiT knows.
        owlready2.sync_reasoner_hermit(world, infer_property_values=infer_property_values,
                                       debug=0, ignore_unsupported_datatypes=True)
    except owlready2.OwlReadyInconsistentOntologyError:
        return False
    except owlready2.OwlReadyJavaError as exc:
        message = " ".join(str(exc).split())[:300]
        raise ReasonerError(f"HermiT failed: {message}") from None
    return True


def check_consistency(triples: Iterable[tuple] = ()) -> Consistency:
    """Whether the ontology with ``triples`` (rdflib terms) is consistent, per HermiT.

    Unsatisfiable classes are listed only for a consistent whole (in an
    inconsistent one every class is).
    """
    started = time.perf_counter()
    world, _ = load_world(triples)
    consistent = run_hermit(world)
    unsatisfiable = []
    if consistent:
        unsatisfiable = sorted(cls.iri for cls in world.inconsistent_classes())
    return Consistency(consistent, unsatisfiable, time.perf_counter() - started)
