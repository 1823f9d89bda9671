"""diplograph reason: inferred facts in their own graph, rebuilt with every build, queryable or not.

Real embedded stores: the example articles built by the real extractor, and small
hand-made article graphs where a behaviour needs a precise input.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from diplograph.errors import InputError
from diplograph.ingest import build
from diplograph.namespaces import DG, DGR, INFERRED_GRAPH, SCHEMA, SYSTEM_GRAPHS
from diplograph.queries import run_query
from diplograph.reason import Rule, load_rules, materialise
from diplograph.stores.embedded import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]
ALIYEV = DGR["person/ilham-aliyev"]
LUKASHENKO = DGR["person/alexander-lukashenko"]
AZ, BY = DGR["state/AZ"], DGR["state/BY"]


def cli(*args: str):
    return subprocess.run([sys.executable, "-m", "diplograph.cli", *args], capture_output=True,
                          text=True, check=False)


def inferred(store) -> set:
    return {(s, p, o) for s, p, o, g in store.quads() if g == INFERRED_GRAPH}


def article_quads(store) -> set:
    return {q for q in store.quads() if q[3] not in SYSTEM_GRAPHS}


@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    folder = tmp_path_factory.mktemp("examples") / "store"
    report = build([ROOT / "data" / "articles"], str(folder), reason=True)
    assert report.inferred is not None and report.inferred.total > 0
    with EmbeddedStore(folder) as store:
        yield store


def test_co_participants_met_each_other_both_ways(examples):
    facts = inferred(examples)
    assert (ALIYEV, DG.metWith, LUKASHENKO) in facts
    assert (LUKASHENKO, DG.metWith, ALIYEV) in facts
    assert not any(p == DG.metWith and s == o for s, p, o in facts)


def test_inverses_are_materialised(examples):
    facts = inferred(examples)
    meetings = {m for m, p, who in examples.query(
        "SELECT ?m ?p ?who { ?m <https://w3id.org/diplograph/ontology#participant> ?who }"
    ).rows}
    assert meetings
    assert all((ALIYEV, DG.participatedIn, m) in facts for m in meetings)
    assert (DGR["position/president/AZ"], DG.heldBy, ALIYEV) in facts


def test_class_memberships_follow_the_hierarchy_and_domains(examples):
    facts = inferred(examples)
    mous = {s for s, p, o, g in examples.quads() if p == RDF.type and o == DG.MoU}
    assert mous and all((m, RDF.type, DG.Agreement) in facts for m in mous)
    assert (ALIYEV, RDF.type, SCHEMA.Person) in facts
    # Stated types are not repeated.
    assert (ALIYEV, RDF.type, DG.Person) not in facts


def test_state_level_relations_follow_from_office_holders(examples):
    facts = inferred(examples)
    assert (ALIYEV, DG.servesState, AZ) in facts
    assert {(AZ, DG.metWithState, BY), (BY, DG.metWithState, AZ)} <= facts
    assert (BY, DG.visitedState, AZ) in facts
    assert (AZ, DG.agreementWith, BY) in facts


def test_article_graphs_are_untouched_and_inferred_facts_stay_in_their_graph(tmp_path):
    folder = tmp_path / "store"
    build([ROOT / "data" / "articles"], str(folder))
    with EmbeddedStore(folder) as store:
        before = article_quads(store)
        materialise(store)
        assert article_quads(store) == before
        assert all(g != INFERRED_GRAPH for *_, g in before)
        assert inferred(store)


def test_queries_include_the_inferred_graph_or_leave_it_out(examples):
    ask = "ASK { ?a <https://w3id.org/diplograph/ontology#metWith> ?b }"
    assert run_query(examples, ask).boolean
    assert not run_query(examples, ask, inferred=False).boolean
    # The bundled queries count sources from article graphs only.
    rows = run_query(examples, "meeting-sources").dicts()
    assert rows and all(int(r["sources"]) >= 1 for r in rows)
    assert rows == run_query(examples, "meeting-sources", inferred=False).dicts()


# --- hand-made graphs for exact behaviours -------------------------------------------------------

A, B = DGR["person/a"], DGR["person/b"]
G1, G2 = DGR["article/one"], DGR["article/two"]


def meeting_graph(article, meeting, status=None):
    triples = [(article, RDF.type, DG.Article), (article, RDFS.label, Literal(str(article))),
               (article, DG.source, Literal("x.txt")),
               (meeting, RDF.type, DG.Meeting), (meeting, RDFS.label, Literal("m")),
               (meeting, DG.participant, A), (meeting, DG.participant, B),
               (meeting, DG.date, Literal("2024-01-01", datatype=XSD.date))]
    for person in (A, B):
        triples += [(person, RDF.type, DG.Person), (person, RDFS.label, Literal("p"))]
    if status:
        triples.append((meeting, DG.status, Literal(status)))
    return triples


def test_planned_meetings_make_nobody_meet(tmp_path):
    with EmbeddedStore(tmp_path / "s") as store:
        store.replace_graph(G1, meeting_graph(G1, DGR["meeting/m1"], status="planned"))
        materialise(store)
        assert (A, DG.metWith, B) not in inferred(store)
        assert (A, DG.participatedIn, DGR["meeting/m1"]) in inferred(store)


def test_rebuilding_forgets_what_no_article_states_any_more(tmp_path):
    with EmbeddedStore(tmp_path / "s") as store:
        store.replace_graph(G1, meeting_graph(G1, DGR["meeting/m1"]))
        materialise(store)
        assert (A, DG.metWith, B) in inferred(store)
        store.replace_graph(G1, meeting_graph(G1, DGR["meeting/m1"], status="cancelled"))
        materialise(store)
        assert (A, DG.metWith, B) not in inferred(store)


def test_every_build_that_adds_articles_rebuilds_an_existing_inferred_graph(tmp_path):
    folder = tmp_path / "store"
    first, second = sorted((ROOT / "data" / "articles").glob("*.txt"))
    build([first], str(folder), reason=True)
    with EmbeddedStore(folder) as store:
        before = inferred(store)
    report = build([second], str(folder))  # no --reason: the graph exists, so it is rebuilt
    assert report.inferred is not None
    with EmbeddedStore(folder) as store:
        assert inferred(store) > before
    again = build([first, second], str(folder))  # nothing added: nothing to redo
    assert again.inferred is None


def test_a_build_without_reason_writes_no_inferred_graph(tmp_path):
    folder = tmp_path / "store"
    report = build([ROOT / "data" / "articles"], str(folder))
    assert report.inferred is None
    with EmbeddedStore(folder) as store:
        assert not store.has_graph(INFERRED_GRAPH)


def test_rules_are_the_bundled_construct_files():
    rules = load_rules()
    assert {r.name for r in rules} >= {"inverses", "met-with", "class-memberships",
                                       "serves-state", "met-with-state"}
    assert all("CONSTRUCT" in r.sparql and r.description for r in rules)


def test_a_rule_that_is_not_a_construct_is_refused(tmp_path):
    with EmbeddedStore(tmp_path / "s") as store, pytest.raises(InputError, match="CONSTRUCT"):
        materialise(store, [Rule("bad", "asks", "ASK { ?s ?p ?o }")])


def test_the_commands_reason_and_leave_inferred_facts_out_on_request(tmp_path):
    folder = tmp_path / "store"
    done = cli("build", str(ROOT / "data" / "articles"), "--store", str(folder), "--reason")
    assert done.returncode == 0, done.stderr
    assert "inferred facts in dgr:graph/inferred" in done.stdout
    done = cli("reason", "--store", str(folder))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(tuple("123456789")) and "met-with" in done.stdout
    count = ("SELECT (COUNT(*) AS ?n) "
             "{ ?a <https://w3id.org/diplograph/ontology#metWith> ?b }")
    with_inferred = cli("query", count, "--format", "csv", "--store", str(folder))
    without = cli("query", count, "--format", "csv", "--no-inferred", "--store", str(folder))
    assert with_inferred.stdout.split() == ["n", "2"]
    assert without.stdout.split() == ["n", "0"]


def test_the_network_draws_stated_facts_only(examples):
    from diplograph.network import to_networkx

    quads = list(examples.quads())
    drawn = to_networkx(quads)
    stated = to_networkx([q for q in quads if q[3] != INFERRED_GRAPH])
    assert sorted(drawn.nodes) == sorted(stated.nodes)
    assert sorted(drawn.edges(keys=True)) == sorted(stated.edges(keys=True))
    assert not any(key == "metWith" for *_, key in drawn.edges(keys=True))


def test_reasoning_works_on_every_store_backend(backend_store):
    backend_store.replace_graph(G1, meeting_graph(G1, DGR["meeting/m1"]))
    report = materialise(backend_store)
    assert report.total > 0
    assert backend_store.query("ASK { ?a <https://w3id.org/diplograph/ontology#metWith> ?b }"
                               ).boolean
    assert backend_store.has_graph(INFERRED_GRAPH)
    ask = "ASK { GRAPH ?g { ?a <https://w3id.org/diplograph/ontology#metWith> ?b } }"
    assert not backend_store.query(ask, exclude=[INFERRED_GRAPH]).boolean


def test_rules_use_only_terms_the_ontology_declares():
    import re

    from rdflib.namespace import OWL as _OWL

    from diplograph.ontology import ontology_graph

    graph = ontology_graph()
    declared = {str(s) for t in (_OWL.Class, _OWL.ObjectProperty, _OWL.DatatypeProperty)
                for s in graph.subjects(RDF.type, t)}
    for rule in load_rules():
        used = {str(DG) + name for name in re.findall(r"\bdg:(\w+)", rule.sparql)}
        assert used <= declared, (rule.name, used - declared)
