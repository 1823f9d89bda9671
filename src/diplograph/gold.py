"""Checking a built store against a gold file of facts the articles state.

The gold format (JSON) is documented in ``data/gold/examples.json``'s
``description``: per article file name, the persons with role and state, the
meetings, visits, agreements and quotes it states, plus facts shared across
articles.  :func:`check_gold` returns the gold facts the store lacks, each
named in one line, so a test can report exactly what is missed.
"""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from .articles import read_article
from .graph import iris
from .namespaces import DG
from .stores import Store

_GRAPH_OF = """
CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }
"""


def article_graph_from_store(store: Store, article_iri: URIRef) -> Graph:
    """The triples of one article's named graph, as an rdflib graph."""
    result = store.query(_GRAPH_OF, {"g": article_iri})
    return result.graph if result.graph is not None else Graph()


def _label(graph: Graph, node) -> str:
    return str(graph.value(node, RDFS.label) or "")


def _labels(graph: Graph, nodes) -> set[str]:
    return {_label(graph, n) for n in nodes}


def _persons(graph: Graph) -> dict[str, URIRef]:
    return {_label(graph, p): p for p in graph.subjects(RDF.type, DG.Person)}


def _position_keys(graph: Graph, person) -> set[str]:
    keys = set()
    for position in graph.objects(person, DG.holdsPosition):
        role = str(graph.value(position, DG.role) or "")
        state = graph.value(position, DG.ofState)
        keys.add(f"{role}|{str(state).rsplit('/', 1)[-1] if state else ''}")
    return keys


def _check_article(graph: Graph, name: str, gold: dict) -> list[str]:
    misses: list[str] = []
    persons = _persons(graph)
    article = next(graph.subjects(RDF.type, DG.Article), None)
    if article is None:
        return [f"{name}: article not in the store"]
    for field, prop in (("author", DG.author), ("publisher", DG.publisher),
                        ("dateline", DG.dateline)):
        expected = gold.get(field)
        found = _labels(graph, graph.objects(article, prop))
        if expected and expected not in found:
            misses.append(f"{name}: {field} {expected!r} (found {sorted(found)})")
    for person in gold.get("persons", []):
        node = persons.get(person["name"])
        if node is None:
            misses.append(f"{name}: person {person['name']!r}")
        elif f"{person['role']}|{person['state']}" not in _position_keys(graph, node):
            misses.append(f"{name}: {person['name']} as {person['role']} of {person['state']} "
                          f"(found {sorted(_position_keys(graph, node))})")
    for wrong in gold.get("not_persons", []):
        if wrong in persons:
            misses.append(f"{name}: {wrong!r} must not be a person")
    author = gold.get("author")
    for meeting in graph.subjects(RDF.type, DG.Meeting):
        if author and author in _labels(graph, graph.objects(meeting, DG.participant)):
            misses.append(f"{name}: journalist {author} must not take part in a meeting")
    for meeting in gold.get("meetings", []):
        if not _find_meeting(graph, meeting):
            misses.append(f"{name}: meeting {meeting}")
    for visit in gold.get("visits", []):
        if not _find_visit(graph, visit):
            misses.append(f"{name}: visit {visit}")
    for agreement in gold.get("agreements", []):
        if not _find_agreement(graph, agreement):
            misses.append(f"{name}: agreement {agreement}")
    for quote in gold.get("quotes", []):
        if not any(quote["contains"] in str(graph.value(q, DG.text) or "")
                   and quote["speaker"] in _labels(graph, graph.objects(q, DG.speaker))
                   for q in graph.subjects(RDF.type, DG.Quote)):
            misses.append(f"{name}: quote of {quote['speaker']}: {quote['contains']!r}")
    return misses


def _find_meeting(graph: Graph, gold: dict) -> bool:
    return bool(_meetings_matching(graph, gold))


def _status_matches(graph: Graph, node, gold: dict) -> bool:
    """An event's status: "held" when the graph states none, as the contract says."""
    return str(graph.value(node, DG.status) or "held") == gold.get("status", "held")


def _meetings_matching(graph: Graph, gold: dict) -> set:
    found = set()
    for node in graph.subjects(RDF.type, DG.Meeting):
        if _labels(graph, graph.objects(node, DG.participant)) != set(gold["participants"]):
            continue
        if "date" in gold and str(graph.value(node, DG.date) or "") != gold["date"]:
            continue
        if not _status_matches(graph, node, gold):
            continue
        if "format" in gold and gold["format"] not in {
                str(f) for f in graph.objects(node, DG["format"])}:
            continue
        if "place" in gold and gold["place"] not in _labels(
                graph, graph.objects(node, DG.location)):
            continue
        if gold.get("part_of_visit") and graph.value(node, DG.partOf) is None:
            continue
        found.add(node)
    return found


def _state_codes(nodes) -> set[str]:
    return {str(n).rsplit("/", 1)[-1] for n in nodes}


def _find_visit(graph: Graph, gold: dict) -> bool:
    return any(_visit_matches(graph, node, gold) for node in graph.subjects(RDF.type, DG.Visit))


def _visit_matches(graph: Graph, node, gold: dict) -> bool:
    checks = [gold["guest"] in _labels(graph, graph.objects(node, DG.guest)),
              gold["host"] in _state_codes(graph.objects(node, DG.hostState))]
    if "type" in gold:
        checks.append(gold["type"] == str(graph.value(node, DG.visitType) or ""))
    if "start" in gold:
        checks.append(gold["start"] == str(graph.value(node, DG.startDate) or ""))
    if "place" in gold:
        checks.append(gold["place"] in _labels(graph, graph.objects(node, DG.location)))
    checks.append(_status_matches(graph, node, gold))
    return all(checks)


def _find_agreement(graph: Graph, gold: dict) -> bool:
    cls = DG.MoU if gold["kind"] == "MoU" else DG.Agreement
    for node in graph.subjects(RDF.type, cls):
        if gold["topic"] not in _labels(graph, graph.objects(node, DG.topic)):
            continue
        if set(gold["parties"]) != _state_codes(graph.objects(node, DG.party)):
            continue
        signatories = set()
        for signer in graph.objects(node, DG.signatory):
            if (signer, RDF.type, DG.Position) in graph:
                state = graph.value(signer, DG.ofState)
                signatories.add(f"{graph.value(signer, DG.role)}|"
                                f"{str(state).rsplit('/', 1)[-1] if state else ''}")
            else:
                signatories.add(_label(graph, signer))
        if set(gold["signatories"]) - signatories:
            continue
        if set(gold["witnesses"]) != _labels(graph, graph.objects(node, DG.witness)):
            continue
        if gold.get("date") and gold["date"] != str(graph.value(node, DG.date) or ""):
            continue
        if not _status_matches(graph, node, gold):
            continue
        return True
    return False


def check_gold(store: Store, gold_path: str | Path, articles_dir: str | Path) -> list[str]:
    """Gold facts missing from the store, one line each (empty when all are found)."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    misses: list[str] = []
    graphs: dict[str, Graph] = {}
    for name, expected in gold["articles"].items():
        article = read_article(Path(articles_dir) / name)
        graph = article_graph_from_store(store, iris.article_iri(article.sha256))
        graphs[name] = graph
        misses += _check_article(graph, name, expected)
    for meeting in gold.get("shared", {}).get("meetings", []):
        nodes = [_meetings_matching(g, meeting) for g in graphs.values()]
        common = set.intersection(*nodes) if nodes else set()
        if not common:
            misses.append(f"shared meeting {meeting} is not one node in "
                          f"{meeting['articles']} article graphs")
    for visit in gold.get("shared", {}).get("visits", []):
        nodes = [{n for n in g.subjects(RDF.type, DG.Visit) if _visit_matches(g, n, visit)}
                 for g in graphs.values()]
        common = set.intersection(*nodes) if nodes else set()
        if not common:
            misses.append(f"shared visit {visit} is not one node in {visit['articles']} graphs")
    return misses
