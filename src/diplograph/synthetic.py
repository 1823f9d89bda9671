"""Generated graphs of invented leaders, for benchmarks and scale tests.

Nothing here comes from an article: names are made of syllables, and every
fact is drawn from a seeded random generator, so the same arguments always
give the same quads. The shape mimics what diplograph builds from news: each
state has leaders holding offices of that state, leaders mostly meet leaders
of a few neighbouring states, some visit, states sign agreements, and each
event sits in the named graph of an article with the sentence it came from.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from .namespaces import DG, DGR, RDF, RDFS
from .stores.base import Quad

_SYLLABLES = ("ka", "lo", "mi", "ra", "te", "sun", "vo", "dar", "el", "ni", "bas", "tor",
              "ul", "fen", "ri", "ma", "gor", "li", "an", "pe", "zu", "hal", "do", "kir")


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def synthetic_quads(persons: int = 4900, states: int = 100, meetings: int = 15000, *,
                    visits: int | None = None, agreements: int | None = None,
                    events_per_article: int = 20, seed: int = 7) -> list[Quad]:
    """Quads of a generated graph whose default view has ``persons + states`` nodes.

    ``meetings`` two-person meetings, ``visits`` (default: a tenth of the
    meetings) and ``agreements`` between two states (default: a twentieth),
    dated over 2010-2024, ``events_per_article`` to an article graph.
    """
    rng = random.Random(seed)
    visits = meetings // 10 if visits is None else visits
    agreements = meetings // 20 if agreements is None else agreements
    quads: list[Quad] = []

    state_iris = [DGR[f"state/S{i:04d}"] for i in range(states)]
    state_names = [f"{_name(rng, 2)}ia {i}" for i in range(states)]
    person_iris = [DGR[f"person/p{i:05d}"] for i in range(persons)]
    person_names = [f"{_name(rng, 2)} {_name(rng, 3)}" for _ in range(persons)]
    person_state = [i % states for i in range(persons)]
    by_state: list[list[int]] = [[] for _ in range(states)]
    for i, s in enumerate(person_state):
        by_state[s].append(i)

    article_number = 0
    article_graph = DGR["article/synthetic-0"]
    in_article = 0
    first_day = date(2010, 1, 1)

    def next_article() -> URIRef:
        nonlocal article_number, article_graph, in_article
        if in_article == 0:
            article_graph = DGR[f"article/synthetic-{article_number}"]
            day = first_day + timedelta(days=rng.randrange(15 * 365))
            quads.extend([
                (article_graph, RDF.type, DG.Article, article_graph),
                (article_graph, RDFS.label,
                 Literal(f"Generated report {article_number}"), article_graph),
                (article_graph, DG.source, Literal(f"generated/{article_number}.txt"),
                 article_graph),
                (article_graph, DG.published, Literal(day.isoformat(), datatype=XSD.date),
                 article_graph),
            ])
            article_number += 1
        in_article = (in_article + 1) % events_per_article
        return article_graph

    def describe_person(i: int, g: URIRef) -> None:
        position = DGR[f"position/leader/S{person_state[i]:04d}-{i % 3}"]
        quads.extend([
            (person_iris[i], RDF.type, DG.Person, g),
            (person_iris[i], RDFS.label, Literal(person_names[i]), g),
            (person_iris[i], DG.holdsPosition, position, g),
            (position, RDF.type, DG.Position, g),
            (position, RDFS.label, Literal(f"Leader {i % 3} of {state_names[person_state[i]]}"), g),
            (position, DG.ofState, state_iris[person_state[i]], g),
        ])

    def describe_state(s: int, g: URIRef) -> None:
        quads.extend([(state_iris[s], RDF.type, DG.State, g),
                      (state_iris[s], RDFS.label, Literal(state_names[s]), g)])

    def when() -> Literal:
        day = first_day + timedelta(days=rng.randrange(15 * 365))
        return Literal(day.isoformat(), datatype=XSD.date)

    def partner_state(s: int) -> int:
        # Mostly neighbours (nearby numbers), sometimes anyone: clusters with bridges.
        if rng.random() < 0.8:
            return (s + rng.choice((-2, -1, 0, 1, 2))) % states
        return rng.randrange(states)

    # Every person and state is spoken of at least once.
    for i in range(persons):
        describe_person(i, next_article())
    for s in range(states):
        describe_state(s, next_article())

    for m in range(meetings):
        a = rng.randrange(persons)
        candidates = by_state[partner_state(person_state[a])]
        b = rng.choice(candidates)
        if b == a:
            b = (a + 1) % persons
        g = next_article()
        event = DGR[f"meeting/m{m:06d}"]
        day = when()
        sentence = f"{person_names[a]} met {person_names[b]} on {day}."
        quads.extend([
            (event, RDF.type, DG.Meeting, g),
            (event, RDFS.label, Literal(f"Meeting of {person_names[a]} and {person_names[b]}"),
             g),
            (event, DG.date, day, g),
            (event, DG.participant, person_iris[a], g),
            (event, DG.participant, person_iris[b], g),
            (event, DG.evidence, Literal(sentence), g),
        ])
        describe_person(a, g)
        describe_person(b, g)
    for v in range(visits):
        a = rng.randrange(persons)
        host = partner_state(person_state[a])
        g = next_article()
        event = DGR[f"visit/v{v:06d}"]
        quads.extend([
            (event, RDF.type, DG.Visit, g),
            (event, RDFS.label, Literal(f"Visit of {person_names[a]} to {state_names[host]}"), g),
            (event, DG.startDate, when(), g),
            (event, DG.guest, person_iris[a], g),
            (event, DG.hostState, state_iris[host], g),
            (event, DG.evidence,
             Literal(f"{person_names[a]} arrived in {state_names[host]}."), g),
        ])
        describe_person(a, g)
        describe_state(host, g)
    for n in range(agreements):
        s1 = rng.randrange(states)
        s2 = partner_state(s1)
        if s2 == s1:
            s2 = (s1 + 1) % states
        g = next_article()
        event = DGR[f"agreement/a{n:06d}"]
        quads.extend([
            (event, RDF.type, DG.Agreement, g),
            (event, RDFS.label,
             Literal(f"Agreement between {state_names[s1]} and {state_names[s2]}"), g),
            (event, DG.date, when(), g),
            (event, DG.party, state_iris[s1], g),
            (event, DG.party, state_iris[s2], g),
            (event, DG.evidence, Literal(f"{state_names[s1]} and {state_names[s2]} signed."), g),
        ])
        describe_state(s1, g)
        describe_state(s2, g)
    return list(dict.fromkeys(quads))  # a person met twice in one article is described once


__all__ = ["synthetic_quads"]
