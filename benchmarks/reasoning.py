"""Materialising inferred facts three ways on generated data: SPARQL rules, owlrl, HermiT.

Generates N synthetic articles' worth of quads in code (no text, no extraction: each
article graph looks like what the extractor writes: an article node, persons with
offices of states, two meetings, a visit, an agreement or MoU, quotes, topics), loads
them with the ontology and background into an embedded store, then times:

* ``rules``: ``diplograph.reason.materialise`` (the SPARQL CONSTRUCT rules of
  ontology/rules, run by pyoxigraph, written into dgr:graph/inferred);
* ``owlrl``: owlrl's OWL 2 RL closure of the ontology + all facts in an rdflib Graph;
* ``hermit``: owlready2 + HermiT with ``infer_property_values=True`` (materialises
  class memberships and property values), and ``consistency``: HermiT's consistency
  check alone (what ``diplograph validate`` runs);
* ``validate`` (not in the default list): the whole of ``diplograph validate``.

Each measurement runs in its own process with a time limit; one that runs out is
reported as such. Usage::

    python benchmarks/reasoning.py                      # the table of benchmarks/README.md
    python benchmarks/reasoning.py --sizes 100 1000 --limit 300
    python benchmarks/reasoning.py --engine rules --articles 10000   # one measurement
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DG = "https://w3id.org/diplograph/ontology#"
DGR = "https://w3id.org/diplograph/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
ROLES = ["President", "Prime Minister", "Minister of Foreign Affairs"]
TOPICS = ["energy", "trade", "transport", "education", "health", "agriculture", "culture"]


def synthetic_quads(articles: int, seed: int = 18):
    """pyoxigraph Quads of ``articles`` generated article graphs (deterministic for a seed)."""
    import pyoxigraph as ox

    rng = random.Random(seed)
    n_states = 150
    n_persons = max(50, articles // 3)

    def node(path: str) -> ox.NamedNode:
        return ox.NamedNode(DGR + path)

    def p(name: str) -> ox.NamedNode:
        return ox.NamedNode(DG + name)

    rdf_type, label = ox.NamedNode(RDF_TYPE), ox.NamedNode(LABEL)
    date_type, string = ox.NamedNode(XSD + "date"), None
    office = {i: (rng.randrange(n_states), rng.choice(ROLES)) for i in range(n_persons)}

    for a in range(articles):
        g = node(f"article/{a:08x}")
        quads = []

        def add(s, pred, o, quads=quads, g=g):
            quads.append(ox.Quad(s, pred, o, g))

        day = f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}"
        add(g, rdf_type, p("Article"))
        add(g, label, ox.Literal(f"article {a}"))
        add(g, p("source"), ox.Literal(f"corpus/{a}.txt", datatype=string))
        add(g, p("published"), ox.Literal(day, datatype=date_type))

        def person(i, add=add, g=g):
            iri = node(f"person/p{i}")
            state, role = office[i]
            position = node(f"position/{role.lower().replace(' ', '-')}/S{state}")
            state_iri = node(f"state/S{state}")
            add(iri, rdf_type, p("Person"))
            add(iri, label, ox.Literal(f"Person {i}"))
            add(iri, p("holdsPosition"), position)
            add(position, rdf_type, p("Position"))
            add(position, label, ox.Literal(f"{role} of S{state}"))
            add(position, p("role"), ox.Literal(role))
            add(position, p("ofState"), state_iri)
            add(state_iri, rdf_type, p("State"))
            add(state_iri, label, ox.Literal(f"State {state}"))
            add(g, p("mentions"), iri)
            return iri

        people = [person(i) for i in rng.sample(range(n_persons), 3)]
        host = node(f"state/S{rng.randrange(n_states)}")
        add(host, rdf_type, p("State"))
        add(host, label, ox.Literal("host"))
        visit = node(f"visit/{a}")
        add(visit, rdf_type, p("Visit"))
        add(visit, label, ox.Literal(f"Visit {a}"))
        add(visit, p("guest"), people[0])
        add(visit, p("hostState"), host)
        add(visit, p("startDate"), ox.Literal(day, datatype=date_type))
        place = node(f"place/c{a % 500}")
        add(place, rdf_type, p("Place"))
        add(place, label, ox.Literal(f"City {a % 500}"))
        meetings = []
        for k, who in enumerate((people[:2], people)):
            m = node(f"meeting/{a}-{k}")
            meetings.append(m)
            add(m, rdf_type, p("Meeting"))
            add(m, label, ox.Literal(f"Meeting {a}-{k}"))
            for x in who:
                add(m, p("participant"), x)
            add(m, p("date"), ox.Literal(day, datatype=date_type))
            add(m, p("location"), place)
            add(m, p("format"), ox.Literal("talks"))
            add(m, p("partOf"), visit)
            if rng.random() < 0.1:
                add(m, p("status"), ox.Literal("planned"))
        agreement = node(f"agreement/{a}")
        add(agreement, rdf_type, p("MoU" if a % 2 else "Agreement"))
        add(agreement, label, ox.Literal(f"Agreement {a}"))
        for x in people[:2]:
            add(agreement, p("party"), ox.NamedNode(
                DGR + f"state/S{office[int(x.value.rsplit('p', 1)[1])][0]}"))
            add(agreement, p("signatory"), x)
        topic = node(f"topic/{rng.choice(TOPICS)}")
        add(topic, rdf_type, p("Topic"))
        add(topic, label, ox.Literal("topic"))
        add(agreement, p("topic"), topic)
        add(agreement, p("date"), ox.Literal(day, datatype=date_type))
        for k in range(2):
            q = node(f"quote/{a}-{k}")
            add(q, rdf_type, p("Quote"))
            add(q, label, ox.Literal(f"Quote {a}-{k}"))
            add(q, p("speaker"), people[k])
            add(q, p("text"), ox.Literal(f"words {a} {k}"))
            add(q, p("occasion"), meetings[0])
        yield from quads


def make_store(folder: Path, articles: int) -> int:
    """An embedded store in ``folder`` with ontology, background and the generated articles."""
    import pyoxigraph as ox

    from diplograph.ingest import write_background
    from diplograph.stores.embedded import EmbeddedStore

    db = ox.Store(str(folder))
    quads = list(synthetic_quads(articles))
    db.bulk_extend(quads)
    db.flush()
    del db
    with EmbeddedStore(folder) as store:
        write_background(store)
    return len(quads)


def facts_graph(folder: Path):
    """All stated facts (article graphs + background) and the ontology as one rdflib Graph."""
    from diplograph.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH
    from diplograph.ontology import ontology_graph
    from diplograph.stores.embedded import EmbeddedStore

    graph = ontology_graph()
    with EmbeddedStore(folder) as store:
        for s, p, o, g in store.quads():
            if g not in (ONTOLOGY_GRAPH, INFERRED_GRAPH):
                graph.add((s, p, o))
    return graph


def measure(engine: str, articles: int) -> dict:
    """Run one engine on a fresh store of ``articles`` generated articles."""
    with tempfile.TemporaryDirectory(prefix="dg-bench-") as tmp:
        folder = Path(tmp) / "store"
        started = time.perf_counter()
        quads = make_store(folder, articles)
        row = {"engine": engine, "articles": articles, "quads": quads,
               "load_s": round(time.perf_counter() - started, 1)}
        if engine == "rules":
            from diplograph.reason import materialise

            report = materialise(str(folder))
            row.update(seconds=round(report.seconds, 1), inferred=report.total,
                       per_rule=report.per_rule)
        elif engine == "owlrl":
            import owlrl

            graph = facts_graph(folder)
            before = len(graph)
            started = time.perf_counter()
            owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
            row.update(seconds=round(time.perf_counter() - started, 1),
                       inferred=len(graph) - before)
        elif engine in ("hermit", "consistency"):
            from diplograph.consistency import load_world, run_hermit

            graph = facts_graph(folder)
            data = [t for t in graph]
            started = time.perf_counter()
            world, _ = load_world(data)
            loaded = time.perf_counter()
            consistent = run_hermit(world, infer_property_values=engine == "hermit")
            row.update(seconds=round(time.perf_counter() - started, 1),
                       owlready_load_s=round(loaded - started, 1), consistent=consistent)
            if engine == "hermit":
                # owlready2 answers inverses and superclasses itself when asked; the new
                # facts HermiT hands back are the property chains' values.
                onto = world.get_ontology("https://w3id.org/diplograph/ontology#")
                row["inferred"] = sum(len(list(onto[name].get_relations()))
                                      for name in ("servesState", "guestState"))
        elif engine == "validate":
            from diplograph.validate import validate

            started = time.perf_counter()
            report = validate(str(folder))
            row.update(seconds=round(time.perf_counter() - started, 1),
                       violations=len(report.violations), consistent=report.consistent)
        else:
            raise SystemExit(f"unknown engine {engine!r}")
        row["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engine",
                        choices=["rules", "owlrl", "hermit", "consistency", "validate"])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--engines", nargs="+",
                        default=["rules", "owlrl", "hermit", "consistency"])
    parser.add_argument("--limit", type=float, default=600,
                        help="seconds allowed to one measurement (default 600)")
    args = parser.parse_args()
    if args.engine:
        print(json.dumps(measure(args.engine, args.articles)))
        return
    print("| engine | articles | quads | seconds | inferred | peak RSS MB |")
    print("| --- | --- | --- | --- | --- | --- |")
    stopped: dict[str, int] = {}
    for size in args.sizes:
        for engine in args.engines:
            if engine in stopped:
                # An engine that ran out of time on fewer articles would on more.
                print(f"| {engine} | {size} | | not run (over the limit at {stopped[engine]}) "
                      "| | |", flush=True)
                continue
            command = [sys.executable, __file__, "--engine", engine, "--articles", str(size)]
            try:
                done = subprocess.run(command, capture_output=True, text=True,
                                      timeout=args.limit, check=False)
            except subprocess.TimeoutExpired:
                print(f"| {engine} | {size} | | > {args.limit:.0f} (stopped) | | |", flush=True)
                stopped[engine] = size
                continue
            if done.returncode != 0:
                tail = (done.stderr.strip().splitlines() or ["?"])[-1]
                print(f"| {engine} | {size} | | failed: {tail[:80]} | | |", flush=True)
                continue
            row = json.loads(done.stdout.strip().splitlines()[-1])
            seconds = row["seconds"]
            note = "" if row.get("consistent", True) else " (inconsistent)"
            print(f"| {engine} | {size} | {row['quads']} | {seconds}{note} | "
                  f"{row.get('inferred', '-')} | {row['peak_rss_mb']} |", flush=True)


if __name__ == "__main__":
    io.DEFAULT_BUFFER_SIZE = 1 << 16
    main()
