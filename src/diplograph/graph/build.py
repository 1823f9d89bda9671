"""Facts → triples in the article's named graph.

:func:`article_graph` turns one article's :class:`ArticleFacts` into the
triples of its named graph (whose name is the article's IRI), following the
vocabulary of ``ontology/diplograph.ttl``.  Status "held" is written by
leaving ``dg:status`` out, as the contract says.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from ..articles import Article
from ..extract.facts import ArticleFacts, OrgRef, PlaceRef, Position
from ..namespaces import DG, WD
from ..world import World
from . import codes, iris

Triple = tuple[URIRef, URIRef, object]


def position_label(position: Position, world: World) -> str:
    """"President of Azerbaijan"; the bare role when the state is unknown."""
    if position.state and position.state in world.states:
        return f"{position.role} of {world.states[position.state].name}"
    return position.role


def _date(day) -> Literal:
    return Literal(day.isoformat(), datatype=XSD.date)


class _Writer:
    def __init__(self, article: Article, facts: ArticleFacts, world: World):
        self.article, self.facts, self.world = article, facts, world
        self.iri = iris.article_iri(article.sha256)
        self.triples: list[Triple] = []
        self.mentioned: set[URIRef] = set()

    def add(self, s, p, o) -> None:
        self.triples.append((s, p, o))

    def entity(self, iri: URIRef, cls: URIRef, label: str, wikidata: str | None = None) -> URIRef:
        self.add(iri, RDF.type, cls)
        self.add(iri, RDFS.label, Literal(label))
        if wikidata:
            self.add(iri, OWL.sameAs, WD[wikidata])
        self.mentioned.add(iri)
        return iri

    def state(self, iso2: str) -> URIRef:
        info = self.world.states.get(iso2)
        return self.entity(iris.state_iri(iso2), DG.State, info.name if info else iso2)

    def place(self, place: PlaceRef) -> URIRef:
        iri = self.entity(iris.place_iri(place.name), DG.Place, place.name, place.wikidata)
        if place.state:
            self.add(iri, DG.inState, self.state(place.state))
        return iri

    def organization(self, org: OrgRef) -> URIRef:
        return self.entity(iris.organization_iri(org.name), DG.Organization, org.name,
                           org.wikidata)

    def position(self, position: Position) -> URIRef:
        iri = self.entity(iris.position_iri(position.role, position.state), DG.Position,
                          position_label(position, self.world))
        self.add(iri, DG.role, Literal(position.role))
        if position.state:
            self.add(iri, DG.ofState, self.state(position.state))
        return iri

    def _outlet(self, name: str) -> OrgRef:
        known = self.world.org_by_name(name)
        return OrgRef(known.name, known.kind, known.iso2, known.wikidata) if known \
            else OrgRef(name, "outlet")

    def person(self, key: str) -> URIRef:
        return iris.person_iri(key)

    def status(self, iri: URIRef, status: str) -> None:
        if status != "held":
            self.add(iri, DG.status, Literal(status))

    def evidence(self, iri: URIRef, text: str, rule: str = "") -> None:
        self.add(iri, DG.evidence, Literal(" ".join(text.split())))
        if rule:
            self.add(iri, DG.rule, Literal(rule))

    def names(self, keys) -> str:
        return " and ".join(sorted(self.facts.persons[k].name for k in keys))

    def write(self) -> list[Triple]:
        facts, article = self.facts, self.article
        self.add(self.iri, RDF.type, DG.Article)
        self.add(self.iri, RDFS.label, Literal(_article_label(article)))
        self.add(self.iri, DG.source, Literal(article.source))
        if article.published:
            self.add(self.iri, DG.published, _date(article.published))
        meta = facts.meta
        headline = article.title or meta.headline
        if headline:
            self.add(self.iri, DG.headline, Literal(headline))
        if article.url:
            self.add(self.iri, DG.url, Literal(article.url, datatype=XSD.anyURI))
        if meta.author:
            self.add(self.iri, DG.author, self.person(_author_key(facts)))
        # The outlet the page or record names is where the article was published; a
        # news agency credited in the text ("(AA)") is only its publisher without one.
        publisher = self._outlet(article.publisher) if article.publisher else meta.publisher
        if publisher:
            self.add(self.iri, DG.publisher, self.organization(publisher))
        if meta.dateline:
            self.add(self.iri, DG.dateline, self.place(meta.dateline))
        for person in facts.persons.values():
            iri = self.entity(self.person(person.key), DG.Person, person.name, person.wikidata)
            for alias in sorted(person.aliases):
                self.add(iri, DG.alias, Literal(alias))
            for position in sorted(person.positions, key=lambda p: (p.role, p.state or "")):
                self.add(iri, DG.holdsPosition, self.position(position))
        for iso2 in sorted(facts.states):
            self.state(iso2)
        for place in facts.places.values():
            self.place(place)
        for org in facts.organizations.values():
            self.organization(org)
        visit_iris = {visit.id: self.visit(visit) for visit in facts.visits}
        meeting_iris = {m.id: self.meeting(m, visit_iris) for m in facts.meetings}
        for agreement in facts.agreements:
            self.agreement(agreement)
        for quote in facts.quotes:
            self.quote(quote, meeting_iris)
        for iri in sorted(self.mentioned):
            if iri != self.iri:
                self.add(self.iri, DG.mentions, iri)
        return self.triples

    def visit(self, visit) -> URIRef:
        scope = "" if visit.anchor else self.article.key
        iri = iris.visit_iri(visit.guest, visit.host, visit.anchor, visit.status, scope)
        host = self.world.states.get(visit.host)
        self.entity(iri, DG.Visit, f"Visit of {self.facts.persons[visit.guest].name} to "
                                   f"{host.name if host else visit.host}")
        self.add(iri, DG.guest, self.person(visit.guest))
        self.add(iri, DG.hostState, self.state(visit.host))
        if visit.visit_type:
            self.add(iri, DG.visitType, Literal(visit.visit_type))
        if visit.start:
            self.add(iri, DG.startDate, _date(visit.start))
        if visit.place:
            self.add(iri, DG.location, self.place(visit.place))
        self.status(iri, visit.status)
        self.evidence(iri, visit.evidence.text, visit.rule)
        self.triples += codes.code_triples(iri, codes.for_visit(visit, self.facts, self.world))
        return iri

    def meeting(self, meeting, visit_iris: dict[str, URIRef]) -> URIRef:
        scope = "" if meeting.date else self.article.key
        iri = iris.meeting_iri(meeting.date, meeting.participants, meeting.phase,
                               meeting.status, scope)
        when = f", {meeting.date.isoformat()}" if meeting.date else ""
        kind = {"phone": "Phone call", "video": "Video call", "informal": "Informal meeting",
                "expanded": "Expanded-format meeting"}.get(meeting.phase, "Meeting")
        self.entity(iri, DG.Meeting, f"{kind} of {self.names(meeting.participants)}{when}")
        for key in sorted(meeting.participants):
            self.add(iri, DG.participant, self.person(key))
        if meeting.date:
            self.add(iri, DG.date, _date(meeting.date))
        for where in (meeting.place, meeting.venue):
            if where:
                self.add(iri, DG.location, self.place(where))
        for fmt in sorted(meeting.formats):
            self.add(iri, DG["format"], Literal(fmt))
        if meeting.visit is not None:
            self.add(iri, DG.partOf, visit_iris[meeting.visit])
        self.status(iri, meeting.status)
        self.evidence(iri, meeting.evidence.text, meeting.rule)
        self.triples += codes.code_triples(iri, codes.for_meeting(meeting, self.facts,
                                                                  self.world))
        return iri

    def agreement(self, agreement) -> URIRef:
        scope = "" if agreement.date and (agreement.topics or agreement.parties) \
            else self.article.key
        iri = iris.agreement_iri(agreement.kind, agreement.parties, agreement.topics,
                                 agreement.date, agreement.status, scope,
                                 bundle=agreement.rule.endswith(":bundle"))
        cls = DG.MoU if agreement.kind == "MoU" else DG.Agreement
        parties = " and ".join(sorted(self.world.states[p].name if p in self.world.states
                                      else p for p in agreement.parties))
        name = "Memorandum of understanding" if agreement.kind == "MoU" else "Agreement"
        label = name + (f" between {parties}" if parties else "") + (
            f" on {', '.join(agreement.topics)}" if agreement.topics else "")
        self.entity(iri, cls, label)
        for party in sorted(agreement.parties):
            self.add(iri, DG.party, self.state(party))
        for key in sorted(agreement.signatories):
            self.add(iri, DG.signatory, self.person(key))
        for position in sorted(agreement.signatory_positions,
                               key=lambda p: (p.role, p.state or "")):
            self.add(iri, DG.signatory, self.position(position))
        for key in sorted(agreement.witnesses):
            self.add(iri, DG.witness, self.person(key))
        for topic in agreement.topics:
            topic_iri = self.entity(iris.topic_iri(topic), DG.Topic, topic)
            self.add(iri, DG.topic, topic_iri)
        if agreement.date:
            self.add(iri, DG.date, _date(agreement.date))
        if agreement.place:
            self.add(iri, DG.location, self.place(agreement.place))
        if agreement.count:
            self.add(iri, DG.documentCount,
                     Literal(agreement.count, datatype=XSD.nonNegativeInteger))
        self.status(iri, agreement.status)
        self.evidence(iri, agreement.evidence.text, agreement.rule)
        self.triples += codes.code_triples(iri, codes.for_agreement(agreement, self.world))
        return iri

    def quote(self, quote, meeting_iris: dict[str, URIRef]) -> URIRef:
        iri = iris.quote_iri(quote.speaker, quote.text)
        short = " ".join(quote.text.split())
        label = short if len(short) <= 50 else short[:47] + "…"
        self.entity(iri, DG.Quote, f"{self.facts.persons[quote.speaker].name}: “{label}”")
        self.add(iri, DG.speaker, self.person(quote.speaker))
        self.add(iri, DG.text, Literal(quote.text))
        if quote.date:
            self.add(iri, DG.date, _date(quote.date))
        if quote.occasion is not None:
            self.add(iri, DG.occasion, meeting_iris[quote.occasion])
        return iri


def _author_key(facts: ArticleFacts) -> str:
    return next(p.key for p in facts.persons.values() if p.is_author)


def _article_label(article: Article) -> str:
    # A headline says what the article is; a file name (and record number) is the fallback.
    name = article.title or Path(article.source).name or article.source
    return f"{name} ({article.published.isoformat()})" if article.published else name


def article_graph(article: Article, facts: ArticleFacts,
                  world: World) -> tuple[URIRef, list[Triple]]:
    """The article's IRI (also its graph name) and the triples of its named graph."""
    writer = _Writer(article, facts, world)
    return writer.iri, writer.write()
