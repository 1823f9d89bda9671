"""diplograph validate: SHACL shapes per article, functional properties across articles, HermiT.

Real stores throughout: the example articles, texts of our own and the real-news
corpus are built with the real extractor; the broken graphs are written by hand
into a real embedded store, one broken rule per node.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from diplograph.ingest import build
from diplograph.namespaces import DG, DGR
from diplograph.stores.embedded import EmbeddedStore
from diplograph.validate import validate

ROOT = Path(__file__).resolve().parents[1]
REALNEWS = ROOT.parent / "shared" / "realnews" / "articles"

java_missing = pytest.mark.skipif(shutil.which("java") is None,
                                  reason="HermiT (run by owlready2) needs Java")

# Texts of our own, in the style of a wire report.
OWN_TEXTS = {
    "talks.txt": """ date 2024-03-05 By Staff Reporter
NAIROBI, March 5 (Wire) - President of Kenya William Ruto held talks with President of Tanzania \
Samia Suluhu Hassan in Nairobi on Monday.

The two leaders discussed trade and energy. "We will open the border posts to more trucks," \
Ruto said.

After the talks, the foreign ministers of Kenya and Tanzania signed a memorandum of \
understanding on cooperation in the field of energy, in the presence of the two presidents.
""",
    "call.txt": """ date 2023-11-20
Prime Minister of Japan Fumio Kishida spoke by phone with Chancellor of Germany Olaf Scholz on \
Sunday, the Japanese government said.

They agreed to deepen cooperation on economic security. Kishida is expected to visit Berlin \
next month.
""",
}


def cli(*args: str):
    return subprocess.run([sys.executable, "-m", "diplograph.cli", *args], capture_output=True,
                          text=True, check=False)


# --- clean data gives no violation --------------------------------------------------------------


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("examples") / "store"
    build([ROOT / "data" / "articles"], str(folder))
    return folder


@java_missing
def test_example_articles_break_no_rule_and_hermit_agrees(examples_store):
    report = validate(str(examples_store))
    assert [v.describe() for v in report.violations] == []
    assert report.articles == 2
    assert report.consistent is True


def test_texts_of_our_own_break_no_rule(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in OWN_TEXTS.items():
        (articles / name).write_text(text, encoding="utf-8")
    build([articles], str(tmp_path / "store"))
    report = validate(str(tmp_path / "store"), reasoner=shutil.which("java") is not None)
    assert [v.describe() for v in report.violations] == []
    assert report.articles == 2


@pytest.mark.skipif(not REALNEWS.is_dir(), reason="../shared/realnews is not beside the checkout")
@java_missing
def test_real_news_corpus_breaks_no_rule_and_hermit_agrees(tmp_path_factory):
    folder = tmp_path_factory.mktemp("realnews") / "store"
    build([REALNEWS], str(folder))
    report = validate(str(folder))
    assert report.articles == len(list(REALNEWS.glob("*.txt")))
    assert report.consistent is True
    assert [v.describe() for v in report.violations] == []


def test_our_development_and_held_out_corpora_break_no_rule(tmp_path):
    build([ROOT / "data" / "dev" / "articles", ROOT / "data" / "heldout" / "articles"],
          str(tmp_path / "store"))
    report = validate(str(tmp_path / "store"), reasoner=False)
    assert [v.describe() for v in report.violations] == []


# --- a hand-made graph breaking each rule ------------------------------------------------------

BAD = DGR["article/bad"]
OTHER = DGR["article/other"]
P1, P2, ORG = DGR["person/one"], DGR["person/two"], DGR["organization/agency"]
S1, S2 = DGR["state/AA"], DGR["state/BB"]


def _bad_triples():
    def node(name, cls, label=True):
        iri = DGR[name]
        triples.append((iri, RDF.type, cls))
        if label:
            triples.append((iri, RDFS.label, Literal(name)))
        return iri

    triples = [(BAD, RDF.type, DG.Article), (BAD, RDFS.label, Literal("bad.txt")),
               (BAD, DG.published, Literal("March 2024"))]  # no source; a date that is not one
    node("person/one", DG.Person)
    node("person/two", DG.Person, label=False)
    node("organization/agency", DG.Organization)
    node("state/AA", DG.State)
    node("state/BB", DG.State)
    lonely = node("meeting/lonely", DG.Meeting)
    triples.append((lonely, DG.participant, P1))
    odd = node("meeting/odd", DG.Meeting)
    triples += [(odd, DG.participant, P1), (odd, DG.participant, ORG),
                (odd, DG.date, Literal("2024-01-01", datatype=XSD.date)),
                (odd, DG.date, Literal("2024-01-02", datatype=XSD.date))]
    vague = node("meeting/vague", DG.Meeting)
    triples += [(vague, DG.participant, P1), (vague, DG.participant, P2),
                (vague, DG.date, Literal("yesterday"))]
    node("agreement/unbound", DG.MoU)
    strange = node("agreement/strange", DG.Agreement)
    triples.append((strange, DG.party, P1))
    node("position/nameless", DG.Position)
    double = node("position/double", DG.Position)
    triples += [(double, DG.role, Literal("President")), (double, DG.ofState, S1),
                (double, DG.ofState, S2)]
    visit = node("visit/nobody", DG.Visit)
    triples.append((visit, DG.hostState, S1))
    node("quote/unsaid", DG.Quote)
    return triples


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    folder = tmp_path_factory.mktemp("broken") / "store"
    with EmbeddedStore(folder) as store:
        store.replace_graph(BAD, _bad_triples())
        # A graph without its article node, giving a second role to a position of BAD.
        store.replace_graph(OTHER, [(DGR["position/double"], DG.role, Literal("King")),
                                    (DGR["position/double"], RDFS.label, Literal("King"))])
    return folder


EXPECTED = {  # rule -> (node, value or None)
    "ArticleSource": (BAD, None),
    "Published": (BAD, Literal("March 2024")),
    "MeetingParticipants": (DGR["meeting/lonely"], None),
    "MeetingParticipantsArePersons": (DGR["meeting/odd"], ORG),
    "Date": (DGR["meeting/vague"], Literal("yesterday")),
    "AgreementParty": (DGR["agreement/unbound"], None),
    "AgreementPartiesAreStates": (DGR["agreement/strange"], P1),
    "PositionRole": (DGR["position/nameless"], None),
    "PositionState": (DGR["position/double"], None),
    "Label": (P2, None),
    "VisitGuest": (DGR["visit/nobody"], None),
    "QuoteSpeaker": (DGR["quote/unsaid"], None),
    "ArticleGraphHoldsItsArticle": (OTHER, None),
    "FunctionalAcrossArticles": (DGR["position/double"], Literal("President")),
}


@pytest.fixture(scope="module")
def broken_report(broken):
    return validate(str(broken), reasoner=False)


@pytest.mark.parametrize("rule", sorted(EXPECTED))
def test_each_broken_rule_is_reported_with_its_node_and_article(broken_report, rule):
    node, value = EXPECTED[rule]
    found = [v for v in broken_report.violations if v.rule == rule and v.node == node]
    assert found, f"{rule} on {node} not reported: {broken_report.violations}"
    article = OTHER if rule == "ArticleGraphHoldsItsArticle" else BAD
    assert all(v.article == article for v in found)
    if value is not None:
        assert value in {v.value for v in found}


def test_two_dates_on_one_meeting_break_the_date_rule(broken_report):
    odd = [v for v in broken_report.violations if v.node == DGR["meeting/odd"]]
    assert {v.rule for v in odd} == {"MeetingParticipantsArePersons", "Date"}


def test_a_violation_reads_as_plain_words_naming_node_article_and_rule(broken_report):
    line = next(v for v in broken_report.violations
                if v.rule == "MeetingParticipants").describe()
    assert line == ("article dgr:article/bad: “meeting/lonely” <dgr:meeting/lonely>: a meeting "
                    "needs at least two participants (dg:participant) "
                    "[rule MeetingParticipants]")


def test_nothing_else_is_reported(broken_report):
    expected = {(rule, node) for rule, (node, _) in EXPECTED.items()}
    expected.add(("Date", DGR["meeting/odd"]))  # its two dates
    assert {(v.rule, v.node) for v in broken_report.violations} == expected


def test_the_command_prints_each_violation_and_exits_1(broken):
    done = cli("validate", "--no-reasoner", "--store", str(broken))
    assert done.returncode == 1, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == len(EXPECTED) + 2  # one per violation (two for meeting/odd's dates)
    assert lines[-1] == f"2 articles checked, {len(EXPECTED) + 1} violations; reasoner not run"
    assert any("[rule AgreementParty]" in line and "dgr:agreement/unbound" in line
               for line in lines)


@java_missing
def test_the_command_exits_0_on_the_examples(examples_store):
    done = cli("validate", "--store", str(examples_store))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "2 articles checked, 0 violations; HermiT: consistent"


# --- HermiT names the article that contradicts the ontology -----------------------------------


@java_missing
def test_hermit_names_the_article_whose_facts_contradict_the_ontology(tmp_path):
    clash, fine = DGR["article/clash"], DGR["article/fine"]
    chimera = DGR["person/chimera"]
    with EmbeddedStore(tmp_path / "store") as store:
        store.replace_graph(fine, [(fine, RDF.type, DG.Article), (fine, RDFS.label, Literal("f")),
                                   (fine, DG.source, Literal("fine.txt"))])
        store.replace_graph(clash, [
            (clash, RDF.type, DG.Article), (clash, RDFS.label, Literal("c")),
            (clash, DG.source, Literal("clash.txt")),
            # A person who met themselves: dg:metWith is irreflexive.
            (chimera, RDF.type, DG.Person), (chimera, RDFS.label, Literal("Chimera")),
            (chimera, DG.metWith, chimera)])
        report = validate(store)
    assert report.consistent is False
    assert [(v.rule, v.article, v.source) for v in report.violations] == [
        ("OwlConsistency", clash, "clash.txt")]
    assert "clash.txt" in report.violations[0].describe()


def test_shapes_use_only_terms_the_ontology_declares():
    from rdflib import URIRef
    from rdflib.namespace import OWL

    from diplograph.ontology import ontology_graph
    from diplograph.validate import load_shapes

    ontology = ontology_graph()
    declared = {s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
                for s in ontology.subjects(RDF.type, t)}
    used = {term for triple in load_shapes() for term in triple
            if isinstance(term, URIRef) and term.startswith(str(DG))}
    assert used and used <= declared, used - declared


def test_validation_works_on_every_store_backend(backend_store):
    backend_store.replace_graph(BAD, _bad_triples())
    report = validate(backend_store, reasoner=False)
    assert {v.rule for v in report.violations} >= {"MeetingParticipants", "AgreementParty"}
    assert report.articles == 1


def test_without_java_the_reasoner_fails_in_one_line_and_can_be_skipped(examples_store,
                                                                         tmp_path):
    import os

    # A PATH holding only the Python running the tests: no java on it.
    (tmp_path / "bin").mkdir()
    os.symlink(sys.executable, tmp_path / "bin" / "python")
    env = {**os.environ, "PATH": str(tmp_path / "bin")}
    command = [sys.executable, "-m", "diplograph.cli", "validate", "--store",
               str(examples_store)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    assert done.returncode == 6
    assert done.stderr.strip().splitlines() == [
        "diplograph: HermiT needs Java and `java` is not on PATH; install a Java runtime "
        "(apt-get install default-jre-headless) or skip the reasoner "
        "(diplograph validate --no-reasoner)"]
    done = subprocess.run([*command, "--no-reasoner"], capture_output=True, text=True,
                          check=False, env=env)
    assert done.returncode == 0, done.stderr
