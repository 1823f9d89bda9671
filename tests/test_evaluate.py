"""The scorer of `diplograph evaluate`, on small hand-made gold and graphs of our own."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, XSD

from diplograph.evaluate import (
    FoundFacts,
    evaluate,
    found_facts,
    names_match,
    roles_match,
    score_article,
)
from diplograph.namespaces import DG, DGR


@pytest.mark.parametrize(("gold", "found", "value"), [
    ("Luiz Inácio Lula da Silva", "Lula", 1),
    ("Mohammed bin Salman", "Mohammed Bin Salman", 2),
    ("Nuri al-Maliki", "Maliki", 1),
    ("José Pérez", "Jose Perez", 2),
    ("Władysław Kosiniak-Kamysz", "Wladyslaw Kosiniak-Kamysz", 2),  # "ł" spelt "l"
    ("Anna Berg", "Karl Berg", 0),
])
def test_names_match_without_case_diacritics_and_particles(gold, found, value):
    assert names_match(gold, found) == value


@pytest.mark.parametrize(("gold", "found", "same"), [
    ("Foreign Minister", "Minister of Foreign Affairs", True),
    ("Foreign Minister", "Secretary of State", True),
    ("Premier", "Prime Minister", True),
    ("Ambassador to France", "Ambassador", True),
    ("Vice-President", "President", False),
    ("Deputy Prime Minister", "Prime Minister", False),
    ("Crown Prince and Prime Minister", "Prime Minister", True),
    ("Coastal Fisheries Minister", "Minister of Coastal Fisheries", True),
    ("Coastal Fisheries Minister", "Minister of Inland Fisheries", False),
    ("Minister of Culture, Sports and Tourism", "Minister of Culture", True),
    ("Deputy Prime Minister - Minister of Foreign Affairs", "Deputy Prime Minister", True),
    ("Deputy Prime Minister – Minister of Foreign Affairs", "Foreign Minister", True),
    ("Vice-President", "Vice", False),
    # An office named "X Minister" that the world data calls the foreign minister's
    ("International Relations and Cooperation Minister",
     "Minister of International Relations and Cooperation", True),
    ("International Relations and Cooperation Minister", "Foreign Minister", True),
    ("International Relations and Cooperation Minister", "Prime Minister", False),
    # A body's name before the title and a qualifier after it
    ("United Nations Special Envoy for Yemen", "Special Envoy", True),
    ("National Security Council Senior Director for Asia", "Senior Director", True),
    ("Deputy Special Envoy for Yemen", "Special Envoy", False),
    # A portfolio before "Secretary", as before "Minister"; "State Secretary" is no portfolio
    ("Economy Secretary", "Secretary of Economy", True),
    ("Agriculture Secretary", "Secretary of Agriculture", True),
    ("State Secretary", "Secretary of State", False),
])
def test_roles_match_by_core_title_never_across_ranks(world, gold, found, same):
    assert roles_match(gold, found, world) is same


def _gold(**facts):
    base = {"persons": [], "meetings": [], "visits": [], "agreements": [], "quotes": [],
            "planned": []}
    base.update(facts)
    return base


def test_a_title_the_world_data_gives_a_meaning_in_the_gold_state_matches_that_meaning(
        world):
    gold = _gold(persons=[{"name": "Ana Ruiz", "role": "Chancellor", "state": "Mexico"},
                          {"name": "Otto Brandt", "role": "Chancellor", "state": "Germany"}])
    found = FoundFacts(persons=[
        {"name": "Ana Ruiz", "positions": [("Minister of Foreign Affairs", "MX")]},
        {"name": "Otto Brandt", "positions": [("Minister of Foreign Affairs", "DE")]}])
    score = score_article("x", gold, found, world)
    assert [g["name"] for g in score.misses["persons"]] == ["Otto Brandt"]


def test_person_needs_name_role_and_state(world):
    gold = _gold(persons=[{"name": "Anna Berg", "role": "Foreign Minister", "state": "Norway"},
                          {"name": "Karl Lund", "role": "President", "state": "Finland"}])
    found = FoundFacts(persons=[
        {"name": "Berg", "positions": [("Minister of Foreign Affairs", "NO")]},
        {"name": "Karl Lund", "positions": [("President", "SE")]}])
    score = score_article("x", gold, found, world)
    assert score.matched["persons"] == 1
    assert [g["name"] for g in score.misses["persons"]] == ["Karl Lund"]
    assert [f["name"] for f in score.false["persons"]] == ["Karl Lund"]


def test_lone_surname_shared_by_two_gold_persons_matches_neither(world):
    gold = _gold(persons=[{"name": "Anna Berg", "role": None, "state": None},
                          {"name": "Olof Berg", "role": None, "state": None}])
    found = FoundFacts(persons=[{"name": "Berg", "positions": []}])
    assert score_article("x", gold, found, world).matched["persons"] == 0


def test_meeting_matches_on_participant_set_and_scores_date_and_place(world):
    gold = _gold(meetings=[{"participants": ["Anna Berg", "Karl Lund"], "date": "2024-05-02",
                            "place": "Oslo", "format": "talks", "kind": "in-person"},
                           {"participants": ["Anna Berg", "Eva Moe"], "date": None,
                            "place": None, "kind": "phone"}])
    found = FoundFacts(meetings=[
        {"participants": ["Berg", "Karl Lund"], "date": "2024-05-02", "places": ["Bergen"],
         "formats": [], "evidence": "", "rule": "meetings:1"},
        {"participants": ["Anna Berg", "Karl Lund", "Eva Moe"], "date": None, "places": [],
         "formats": [], "evidence": "They all met.", "rule": "meetings:2"}])
    score = score_article("x", gold, found, world)
    assert score.matched["meetings"] == 1
    assert score.accuracy["meeting date"] == [True]
    assert score.accuracy["meeting place"] == [False]
    assert score.false["meetings"][0]["evidence"] == "They all met."
    assert score.rules == {"meetings:1": [True], "meetings:2": [False]}


def test_visit_agreement_and_quote_matching(world):
    gold = _gold(visits=[{"guest": "Anna Berg", "host_state": "Finland", "type": "state",
                          "start": "2024-05-01"}],
                 agreements=[{"kind": "MoU", "fields": ["trade"], "parties": ["Norway",
                                                                             "Finland"],
                              "signatories": []}],
                 quotes=[{"speaker": "Anna Berg", "text": "a good day"}])
    found = FoundFacts(
        visits=[{"guest": "Berg", "host_state": "FI", "type": "official", "start": "2024-05-01",
                 "evidence": "", "rule": ""}],
        agreements=[{"kind": "MoU", "parties": ["FI", "NO"], "fields": ["trade"],
                     "signatories": [], "date": None, "evidence": "", "rule": ""}],
        quotes=[{"speaker": "Anna Berg", "text": "It was a good   day for us."}])
    score = score_article("x", gold, found, world)
    assert (score.matched["visits"], score.matched["agreements"], score.matched["quotes"]) \
        == (1, 1, 1)
    assert score.accuracy["visit type"] == [False]
    assert score.accuracy["visit start"] == [True]
    assert score.accuracy["agreement fields"] == [True]


def test_of_two_visits_to_one_state_the_one_starting_on_the_gold_day_is_the_pair(world):
    # The story's visit and an earlier one told too, found in the other order.
    gold = _gold(visits=[{"guest": "Anna Berg", "host_state": "Finland", "type": None,
                          "start": "2024-05-01"},
                         {"guest": "Anna Berg", "host_state": "Finland", "type": None,
                          "start": None}])
    found = FoundFacts(visits=[
        {"guest": "Anna Berg", "host_state": "FI", "type": None, "start": None,
         "evidence": "", "rule": ""},
        {"guest": "Anna Berg", "host_state": "FI", "type": None, "start": "2024-05-01",
         "evidence": "", "rule": ""}])
    score = score_article("x", gold, found, world)
    assert score.matched["visits"] == 2
    assert score.accuracy["visit start"] == [True]


def test_of_a_call_and_a_video_link_of_one_day_the_one_of_the_right_kind_is_the_pair(world):
    # The same two spoke by phone and then by video on one day, found in the other order.
    gold = _gold(meetings=[{"participants": ["Anna Berg", "Karl Lund"], "date": "2024-05-02",
                            "place": None, "kind": "phone"},
                           {"participants": ["Anna Berg", "Karl Lund"], "date": "2024-05-02",
                            "place": None, "kind": "video"}])
    found = FoundFacts(meetings=[
        {"participants": ["Anna Berg", "Karl Lund"], "date": "2024-05-02", "places": [],
         "formats": ["video call"], "evidence": "", "rule": ""},
        {"participants": ["Anna Berg", "Karl Lund"], "date": "2024-05-02", "places": [],
         "formats": ["phone call"], "evidence": "", "rule": ""}])
    score = score_article("x", gold, found, world)
    assert score.accuracy["meeting kind"] == [True, True]


def test_a_quote_matches_whatever_punctuation_its_gold_carries_at_its_edges(world):
    # '"… a partner, not a rival," she said': the comma belongs to the sentence.
    gold = _gold(quotes=[{"speaker": "Anna Berg", "text": "a partner, not a rival,"},
                         {"speaker": "Anna Berg", "text": "“We agree.”"}])
    found = FoundFacts(quotes=[{"speaker": "Anna Berg", "text": "She is a partner, not a rival"},
                               {"speaker": "Anna Berg", "text": "We agree"}])
    assert score_article("x", gold, found, world).matched["quotes"] == 2


def test_a_role_ending_in_a_known_title_is_that_title_with_its_qualifier(world):
    assert roles_match("Foreign Ministry Spokesman", "Spokesperson", world)
    assert roles_match("Government Spokesman", "Spokesperson", world)
    assert not roles_match("Assistant Secretary of State", "Secretary of State", world)
    assert not roles_match("Deputy Prime Minister", "Prime Minister", world)


def test_a_rank_before_a_title_in_another_wording_is_the_same_office(world):
    assert roles_match("First Vice Foreign Minister", "First Deputy Minister of Foreign Affairs",
                       world)
    assert not roles_match("First Vice Foreign Minister", "Deputy Minister of Foreign Affairs",
                           world)


def test_found_facts_reads_an_article_graph():
    graph = Graph()
    article, person, position = DGR["article/a"], DGR["person/anna-berg"], DGR["position/p"]
    author = DGR["person/reporter"]
    meeting = DGR["meeting/m"]
    graph.add((article, RDF.type, DG.Article))
    graph.add((article, DG.author, author))
    graph.add((author, RDF.type, DG.Person))
    graph.add((author, RDFS.label, Literal("Jo Reporter")))
    graph.add((person, RDF.type, DG.Person))
    graph.add((person, RDFS.label, Literal("Anna Berg")))
    graph.add((person, DG.holdsPosition, position))
    graph.add((position, DG.role, Literal("President")))
    graph.add((position, DG.ofState, DGR["state/NO"]))
    graph.add((meeting, RDF.type, DG.Meeting))
    graph.add((meeting, DG.participant, person))
    graph.add((meeting, DG.status, Literal("planned")))
    graph.add((meeting, DG.date, Literal("2024-05-02", datatype=XSD.date)))
    found = found_facts(graph)
    assert found.persons == [{"name": "Anna Berg", "positions": [("President", "NO")],
                              "evidence": "", "rule": ""}]
    assert found.meetings == []
    assert found.planned[0]["status"] == "planned"


def test_the_persons_of_a_signing_still_to_come_are_its_signatories():
    # A planned signing is scored like a planned meeting: by who is to take part, here
    # the persons who are to sign (an office signing for a state names no one).
    graph = Graph()
    agreement, person, office = DGR["agreement/a"], DGR["person/anna-berg"], DGR["position/p"]
    graph.add((person, RDF.type, DG.Person))
    graph.add((person, RDFS.label, Literal("Anna Berg")))
    graph.add((office, RDF.type, DG.Position))
    graph.add((office, DG.role, Literal("Minister of Trade")))
    graph.add((agreement, RDF.type, DG.MoU))
    graph.add((agreement, DG.signatory, person))
    graph.add((agreement, DG.signatory, office))
    graph.add((agreement, DG.status, Literal("planned")))
    [planned] = found_facts(graph).planned
    assert (planned["what"], planned["who"]) == ("agreement", ["Anna Berg"])


def test_evaluate_builds_and_scores_a_folder(tmp_path, world):
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "1.txt").write_text(
        " date 2024-05-02\nOSLO, May 2 - Norwegian Prime Minister Anna Berg met Finnish "
        "President Karl Lund in Oslo on Thursday.\n", encoding="utf-8")
    (tmp_path / "gold" / "1.json").write_text(json.dumps(_gold(
        persons=[{"name": "Anna Berg", "role": "Prime Minister", "state": "Norway"},
                 {"name": "Karl Lund", "role": "President", "state": "Finland"}],
        meetings=[{"participants": ["Anna Berg", "Karl Lund"], "date": "2024-05-02",
                   "place": "Oslo", "kind": "in-person"}])), encoding="utf-8")
    result = evaluate(tmp_path / "gold", tmp_path / "articles", world=world)
    totals = result.totals()
    assert totals["persons"]["recall"] == 1.0 and totals["persons"]["precision"] == 1.0
    assert totals["meetings"]["f1"] == 1.0
    assert result.accuracies()["meeting date"]["accuracy"] == 1.0
    assert "persons" in result.report() and result.to_json()["totals"]["meetings"]["matched"] == 1


def test_cli_evaluate_json_and_one_line_errors(tmp_path):
    import subprocess
    import sys

    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "1.txt").write_text(
        " date 2024-05-02\nPresident Karl Lund of Finland called Prime Minister Anna Berg of "
        "Norway on Thursday.\n", encoding="utf-8")
    (tmp_path / "gold" / "1.json").write_text(json.dumps(_gold(
        meetings=[{"participants": ["Anna Berg", "Karl Lund"], "date": "2024-05-02",
                   "place": None, "kind": "phone"}])), encoding="utf-8")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "diplograph.cli", "evaluate", *args],
                              capture_output=True, text=True, check=False)

    done = run(str(tmp_path / "gold"), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["totals"]["meetings"]["gold"] == 1
    bad = run(str(tmp_path / "gold"), "--ids", "7")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "7" in bad.stderr
    missing = run(str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and "gold folder not found" in missing.stderr


def test_a_place_matches_under_another_name_the_world_data_gives_it(world):
    gold = _gold(meetings=[{"participants": ["Anna Berg", "Karl Lund"], "date": "2024-05-02",
                            "place": "Washington", "kind": "in-person"},
                           {"participants": ["Anna Berg", "Eva Moe"], "date": "2024-05-03",
                            "place": "Lima", "kind": "in-person"}])
    found = FoundFacts(meetings=[
        {"participants": ["Anna Berg", "Karl Lund"], "date": "2024-05-02",
         "places": ["Washington, D.C."], "formats": [], "evidence": "", "rule": "meetings:1"},
        {"participants": ["Anna Berg", "Eva Moe"], "date": "2024-05-03",
         "places": ["Cusco"], "formats": [], "evidence": "", "rule": "meetings:1"}])
    score = score_article("x", gold, found, world)
    assert score.accuracy["meeting place"] == [True, False]


def test_an_article_the_build_skipped_is_named_in_the_report(tmp_path, world):
    # A zero for an article that was never extracted must not pass for the extractor's.
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "1.txt").write_bytes(b"")
    (tmp_path / "gold" / "1.json").write_text(json.dumps(_gold(
        persons=[{"name": "Anna Berg", "role": "Prime Minister", "state": "Norway"}])),
        encoding="utf-8")
    result = evaluate(tmp_path / "gold", tmp_path / "articles", world=world)
    assert [article_id for article_id, _ in result.skipped] == ["1"]
    assert "skipped 1: " in result.report(details=False)
    assert result.to_json()["skipped"][0]["id"] == "1"
