"""Materialising what the ontology implies into the named graph ``dgr:graph/inferred``.

The facts are inferred by SPARQL CONSTRUCT rules, one ``.rq`` file each in
``ontology/rules`` (see :func:`diplograph.resources.reasoning_rules_dir`):
inverse properties, ``dg:metWith`` between the participants of a held meeting,
class memberships (superclasses, domains and ranges) and relations between
states implied by what their office holders did. benchmarks/README.md shows why
rules rather than an OWL reasoner: they finish 10,000 articles in under two
minutes, where owlrl and HermiT run past five, and no OWL reasoner can derive
``dg:metWith`` (it is not expressible in OWL without making it reflexive).

Every run drops the old inferred graph first, so the rules read only what
articles and the background state and nothing inferred from facts since
removed; each rule therefore works from stated facts alone, and one pass is the
whole closure. The new graph is written in one transaction. Inferred triples
already stated in some graph are not repeated.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .namespaces import INFERRED_GRAPH
from .stores import Store, open_store


@dataclass(frozen=True)
class Rule:
    """A CONSTRUCT rule: its name (the file stem), what it infers (its first comment line)."""

    name: str
    description: str
    sparql: str


@dataclass
class ReasonReport:
    """What :func:`materialise` wrote: facts per rule, the total (distinct), the time taken."""

    per_rule: dict[str, int] = field(default_factory=dict)
    total: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        """One line for people, e.g. ``120 inferred facts in dgr:graph/inferred (…)``."""
        rules = ", ".join(f"{name} {count}" for name, count in self.per_rule.items())
        return (f"{self.total} inferred facts in dgr:graph/inferred ({rules}) "
                f"in {self.seconds:.1f} s")


def load_rules(folder: str | Path | None = None) -> list[Rule]:
    """The rules in ``folder`` (default: the bundled ``ontology/rules``), sorted by name."""
    from .resources import reasoning_rules_dir

    directory = Path(folder) if folder is not None else reasoning_rules_dir()
    if not directory.is_dir():
        raise InputError(f"no rules folder {directory}; give a folder of .rq CONSTRUCT rules")
    rules = []
    for path in sorted(directory.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = next((line for line in text.splitlines() if line.startswith("#")), "# ")
        rules.append(Rule(path.stem, first.lstrip("# ").strip(), text))
    return rules


def materialise(store: Store | str | None = None, rules: list[Rule] | None = None
                ) -> ReasonReport:
    """Rebuild ``dgr:graph/inferred`` in ``store`` from the rules; return what was written.

    ``store`` is a :class:`Store`, a store location, or None for the default
    store; ``rules`` default to :func:`load_rules`. The ontology graph is
    written first when missing, since the generic rules read it.
    """
    from .ingest import write_background

    started = time.perf_counter()
    own = not isinstance(store, Store)
    target = open_store(store) if own else store
    try:
        write_background(target)
        # Dropped before the rules run: they must see stated facts only.
        target.drop_graph(INFERRED_GRAPH)
        report = ReasonReport()
        inferred: set = set()
        for rule in rules if rules is not None else load_rules():
            result = target.query(rule.sparql)
            if result.kind != "graph" or result.graph is None:
                raise InputError(f"the rule {rule.name} is not a CONSTRUCT query")
            report.per_rule[rule.name] = len(result.graph)
            inferred.update(result.graph)
        target.replace_graph(INFERRED_GRAPH, sorted(inferred))
        report.total = len(inferred)
    finally:
        if own:
            target.close()
    report.seconds = time.perf_counter() - started
    return report
