"""A small invented dataset for the researcher's queries and exports (known quads, no
extraction): three states with ISO codes in the background graph, two articles (one with a
headline and URL, one read from a file), four meetings (one in person, one by phone, one
in a third state, one planned), a visit, three agreements (one cancelled), two quotes.
Event codes are written by graph/codes.py, as a build writes them."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from diplograph.graph.codes import agreement_codes, code_triples, meeting_codes, visit_codes
from diplograph.namespaces import DG, DGR, SCHEMA

A1, A2 = DGR["article/t1"], DGR["article/t2"]
KE, TZ, TR, ET = (DGR[f"state/{c}"] for c in ("KE", "TZ", "TR", "ET"))
ODHIAMBO, MUSHI = DGR["person/amani-odhiambo"], DGR["person/neema-mushi"]
AYDIN, JUMA = DGR["person/kerem-aydin"], DGR["person/halima-juma"]
PRES_KE, PRES_TZ, PRES_TR = (DGR[f"position/president/{c}"] for c in ("KE", "TZ", "TR"))
FM_KE, FM_TZ = DGR["position/minister-of-foreign-affairs/KE"], DGR[
    "position/minister-of-foreign-affairs/TZ"]
NAIROBI, ADDIS = DGR["place/nairobi"], DGR["place/addis-ababa"]
M1, M2, M3, M4 = (DGR[f"meeting/m{i}"] for i in range(1, 5))
V1 = DGR["visit/v1"]
AG1, AG2, AG3 = DGR["agreement/mou-trade"], DGR["agreement/energy"], DGR["agreement/cancelled"]
TRADE, ENERGY = DGR["topic/trade"], DGR["topic/energy"]
Q1, Q2 = DGR["quote/q1"], DGR["quote/q2"]
URL = "https://news.example.org/2023/03/presidents-meet"


def day(text: str) -> Literal:
    return Literal(text, datatype=XSD.date)


def people() -> list[tuple]:
    triples = []
    for person, name, position, role, state in (
            (ODHIAMBO, "Amani Odhiambo", PRES_KE, "President", KE),
            (MUSHI, "Neema Mushi", PRES_TZ, "President", TZ),
            (AYDIN, "Kerem Aydin", PRES_TR, "President", TR),
            (JUMA, "Halima Juma", FM_TZ, "Minister of Foreign Affairs", TZ)):
        triples += [(person, RDF.type, DG.Person), (person, RDFS.label, Literal(name)),
                    (person, DG.holdsPosition, position),
                    (position, RDF.type, DG.Position), (position, DG.role, Literal(role)),
                    (position, DG.ofState, state)]
    return triples


def meeting(iri, date, *participants, place=None, fmt=None, status=None) -> list[tuple]:
    triples = [(iri, RDF.type, DG.Meeting), (iri, DG.date, day(date))]
    triples += [(iri, DG.participant, p) for p in participants]
    if place:
        triples.append((iri, DG.location, place))
    if fmt:
        triples.append((iri, DG["format"], Literal(fmt)))
    if status:
        triples.append((iri, DG.status, Literal(status)))
    return triples


def agreement(iri, cls, date, topic, *parties, status=None) -> list[tuple]:
    triples = [(iri, RDF.type, cls), (iri, DG.date, day(date)), (iri, DG.topic, topic)]
    triples += [(iri, DG.party, p) for p in parties]
    if status:
        triples.append((iri, DG.status, Literal(status)))
    return triples


def article_one() -> list[tuple]:
    return people() + [
        (A1, RDF.type, DG.Article), (A1, DG.headline, Literal("Presidents meet in Nairobi")),
        (A1, SCHEMA.url, Literal(URL)), (A1, DG.source, Literal("corpus/t1.html")),
        (A1, DG.published, day("2023-03-02")),
        *meeting(M1, "2023-03-01", ODHIAMBO, MUSHI, place=NAIROBI, fmt="talks"),
        (M1, DG.evidence, Literal("The two presidents met in Nairobi on Wednesday.")),
        (V1, RDF.type, DG.Visit), (V1, DG.guest, MUSHI), (V1, DG.hostState, KE),
        (V1, DG.startDate, day("2023-03-01")), (V1, DG.visitType, Literal("state")),
        *agreement(AG1, DG.MoU, "2023-03-01", TRADE, KE, TZ),
        (AG1, DG.signatory, JUMA), (AG1, DG.signatory, FM_KE),
        (FM_KE, RDF.type, DG.Position), (FM_KE, DG.ofState, KE),
        (FM_KE, RDFS.label, Literal("Minister of Foreign Affairs of Kenya")),
        (AG1, DG.witness, ODHIAMBO), (AG1, DG.witness, MUSHI),
        (TRADE, RDF.type, DG.Topic), (TRADE, RDFS.label, Literal("trade")),
        (Q1, RDF.type, DG.Quote), (Q1, DG.speaker, MUSHI),
        (Q1, DG.text, Literal("Trade between our countries keeps growing.")),
        (Q2, RDF.type, DG.Quote), (Q2, DG.speaker, ODHIAMBO),
        (Q2, DG.text, Literal("We welcome our neighbours.")),
        *code_triples(M1, meeting_codes({"KEN", "TZA"}, place_state="KEN")),
        *code_triples(V1, visit_codes({"TZA"}, "KEN")),
        *code_triples(AG1, agreement_codes({"KEN", "TZA"})),
    ]


def article_two() -> list[tuple]:
    return people() + [
        (A2, RDF.type, DG.Article), (A2, DG.source, Literal("corpus/t2.txt")),
        (A2, RDFS.label, Literal("t2.txt (2023-06-02)")),
        *meeting(M1, "2023-03-01", ODHIAMBO, MUSHI, place=NAIROBI),
        *meeting(M2, "2023-05-10", ODHIAMBO, MUSHI, fmt="phone call"),
        *meeting(M3, "2023-06-01", ODHIAMBO, AYDIN, place=ADDIS),
        *meeting(M4, "2023-07-01", MUSHI, AYDIN, status="planned"),
        *agreement(AG2, DG.Agreement, "2022-11-15", ENERGY, KE, TR),
        *agreement(AG3, DG.Agreement, "2023-08-01", TRADE, TZ, TR, status="cancelled"),
        (ENERGY, RDF.type, DG.Topic), (ENERGY, RDFS.label, Literal("energy")),
        (TRADE, RDF.type, DG.Topic), (TRADE, RDFS.label, Literal("trade")),
        *code_triples(M1, meeting_codes({"KEN", "TZA"}, place_state="KEN")),
        *code_triples(M2, meeting_codes({"KEN", "TZA"}, remote=True)),
        *code_triples(M3, meeting_codes({"KEN", "TUR"}, place_state="ETH")),
        *code_triples(M4, meeting_codes({"TZA", "TUR"}, planned=True)),
        *code_triples(AG2, agreement_codes({"KEN", "TUR"})),
        *code_triples(AG3, agreement_codes({"TZA", "TUR"})),
    ]


def background() -> list[tuple]:
    triples = []
    for state, name, iso2, iso3 in ((KE, "Kenya", "KE", "KEN"), (TZ, "Tanzania", "TZ", "TZA"),
                                    (TR, "Türkiye", "TR", "TUR"), (ET, "Ethiopia", "ET", "ETH")):
        triples += [(state, RDF.type, DG.State), (state, RDFS.label, Literal(name)),
                    (state, DG.iso2, Literal(iso2)), (state, DG.iso3, Literal(iso3))]
    triples += [(NAIROBI, RDF.type, DG.Place), (NAIROBI, RDFS.label, Literal("Nairobi")),
                (NAIROBI, DG.inState, KE),
                (ADDIS, RDF.type, DG.Place), (ADDIS, RDFS.label, Literal("Addis Ababa")),
                (ADDIS, DG.inState, ET)]
    return triples
