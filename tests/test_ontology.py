"""The ontology keeps the public contract: every promised term, typed, documented, aligned.

The tables below are copied from CONTRACT.md on purpose: they are the promise
being tested, so changing the ontology must not silently change them.
"""

from __future__ import annotations

import shutil

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from diplograph.namespaces import DG, SCHEMA
from diplograph.ontology import ONTOLOGY_IRI, load_owlready, ontology_graph
from diplograph.resources import ontology_path

# class -> the classes it must be a subclass of (CONTRACT.md, "Classes").
CONTRACT_CLASSES: dict[str, set[URIRef]] = {
    "Person": {SCHEMA.Person, FOAF.Person},
    "State": {SCHEMA.Country},
    "Place": {SCHEMA.Place},
    "Organization": {SCHEMA.Organization, ORG.Organization},
    "Position": {ORG.Post},
    "Event": {SCHEMA.Event},
    "Meeting": {DG.Event},
    "Visit": {DG.Event},
    "Agreement": {SCHEMA.CreativeWork},
    "MoU": {DG.Agreement},
    "Quote": {SCHEMA.Quotation},
    "Topic": {SKOS.Concept},
    "Article": {SCHEMA.NewsArticle},
}

# Alignments beyond the contract's table, still promised by the ontology's design.
EXTRA_ALIGNMENTS: dict[str, set[URIRef]] = {
    "Event": {PROV.Activity},
    "Article": {PROV.Entity},
}

OBJ, DATA = OWL.ObjectProperty, OWL.DatatypeProperty

# property -> (kind, domain classes, range classes); several classes mean owl:unionOf.
# (CONTRACT.md, "Properties").
CONTRACT_PROPERTIES: dict[str, tuple[URIRef, set[URIRef], set[URIRef]]] = {
    "participant": (OBJ, {DG.Meeting}, {DG.Person}),
    "date": (DATA, {DG.Event, DG.Agreement, DG.Quote}, {XSD.date}),
    "location": (OBJ, {DG.Event, DG.Agreement}, {DG.Place}),
    "format": (DATA, {DG.Meeting}, {XSD.string}),
    "partOf": (OBJ, {DG.Meeting}, {DG.Visit}),
    "guest": (OBJ, {DG.Visit}, {DG.Person}),
    "hostState": (OBJ, {DG.Visit}, {DG.State}),
    "visitType": (DATA, {DG.Visit}, {XSD.string}),
    "startDate": (DATA, {DG.Visit}, {XSD.date}),
    "status": (DATA, {DG.Event, DG.Agreement}, {XSD.string}),
    "topic": (OBJ, {DG.Meeting, DG.Agreement}, {DG.Topic}),
    "party": (OBJ, {DG.Agreement}, {DG.State}),
    "signatory": (OBJ, {DG.Agreement}, {DG.Person, DG.Position}),
    "witness": (OBJ, {DG.Agreement}, {DG.Person}),
    "holdsPosition": (OBJ, {DG.Person}, {DG.Position}),
    "ofState": (OBJ, {DG.Position}, {DG.State}),
    "role": (DATA, {DG.Position}, {XSD.string}),
    "inState": (OBJ, {DG.Place}, {DG.State}),
    "speaker": (OBJ, {DG.Quote}, {DG.Person}),
    "text": (DATA, {DG.Quote}, {XSD.string}),
    "occasion": (OBJ, {DG.Quote}, {DG.Event}),
    "published": (DATA, {DG.Article}, {XSD.date}),
    "author": (OBJ, {DG.Article}, {DG.Person}),
    "publisher": (OBJ, {DG.Article}, {DG.Organization}),
    "dateline": (OBJ, {DG.Article}, {DG.Place}),
    "source": (DATA, {DG.Article}, {XSD.string}),
}

# Terms beyond the contract that the extractor writes.
EXTENSION_PROPERTIES: dict[str, tuple[URIRef, set[URIRef], set[URIRef]]] = {
    "mentions": (OBJ, {DG.Article}, {OWL.Thing}),
    "alias": (DATA, {OWL.Thing}, {XSD.string}),
    "iso2": (DATA, {DG.State}, {XSD.string}),
    "iso3": (DATA, {DG.State}, {XSD.string}),
    "evidence": (DATA, {OWL.Thing}, {XSD.string}),
    "headline": (DATA, {DG.Article}, {XSD.string}),
    # Event codes (graph/codes.py).
    "coding": (OBJ, {DG.Event, DG.Agreement}, {DG.EventCoding}),
    "cameoCode": (DATA, {DG.Event, DG.Agreement, DG.EventCoding}, {XSD.string}),
    "ploverType": (DATA, {DG.Event, DG.Agreement}, {XSD.string}),
    "ploverMode": (DATA, {DG.Event, DG.Agreement}, {XSD.string}),
    "sourceActor": (DATA, {DG.EventCoding}, {XSD.string}),
    "targetActor": (DATA, {DG.EventCoding}, {XSD.string}),
    # Inverses and derived relations, materialised by `diplograph reason`.
    "participatedIn": (OBJ, {DG.Person}, {DG.Meeting}),
    "heldBy": (OBJ, {DG.Position}, {DG.Person}),
    "hasMeeting": (OBJ, {DG.Visit}, {DG.Meeting}),
    "metWith": (OBJ, {DG.Person}, {DG.Person}),
    "servesState": (OBJ, {DG.Person}, {DG.State}),
    "guestState": (OBJ, {DG.Visit}, {DG.State}),
    "metWithState": (OBJ, {DG.State}, {DG.State}),
    "visitedState": (OBJ, {DG.State}, {DG.State}),
    "agreementWith": (OBJ, {DG.State}, {DG.State}),
}

INVERSES = {"participatedIn": "participant", "heldBy": "holdsPosition", "hasMeeting": "partOf"}
SYMMETRIC = {"metWith", "metWithState", "agreementWith"}
IRREFLEXIVE = {"metWith", "metWithState", "visitedState", "agreementWith"}
# Functional where the IRI of the subject fixes the value (see the ontology's header).
FUNCTIONAL = {"date", "published", "role", "ofState", "hostState", "guest", "speaker"}
CHAINS = {"servesState": [DG.holdsPosition, DG.ofState], "guestState": [DG.guest, DG.servesState]}

ALL_PROPERTIES = {**CONTRACT_PROPERTIES, **EXTENSION_PROPERTIES}

PAIRWISE_DISJOINT = {
    DG.Person,
    DG.State,
    DG.Place,
    DG.Organization,
    DG.Event,
    DG.Agreement,
    DG.Quote,
    DG.Topic,
    DG.Article,
    DG.Position,
}

DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}

# Vocabulary OWL 2 DL lets an ontology use without declaring it.
BUILT_IN_PREDICATES = {
    RDF.type,
    RDF.first,
    RDF.rest,
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    RDFS.domain,
    RDFS.range,
    RDFS.label,
    RDFS.comment,
    RDFS.seeAlso,
    RDFS.isDefinedBy,
    OWL.versionIRI,
    OWL.versionInfo,
    OWL.imports,
    OWL.unionOf,
    OWL.members,
    OWL.disjointWith,
    OWL.equivalentClass,
    OWL.inverseOf,
    OWL.propertyChainAxiom,
}

java_missing = pytest.mark.skipif(
    shutil.which("java") is None,
    reason="HermiT (run by owlready2) needs a Java runtime and `java` is not on PATH",
)


@pytest.fixture(scope="module")
def graph():
    return ontology_graph()


def _classes(graph, node) -> set:
    """The classes a domain or range names: the node itself, or the members of its union."""
    if isinstance(node, BNode):
        union = graph.value(node, OWL.unionOf)
        assert union is not None, "an anonymous domain/range must be an owl:unionOf"
        return set(Collection(graph, union))
    return {node}


def _english(graph, subject, predicate) -> list[Literal]:
    return [
        value
        for value in graph.objects(subject, predicate)
        if isinstance(value, Literal) and value.language == "en" and str(value).strip()
    ]


# --- parsing and header -------------------------------------------------------------------------


def test_ontology_file_parses_as_turtle():
    assert ontology_path().is_file()
    assert len(ontology_graph()) > 100


def test_ontology_graph_accepts_an_explicit_path():
    assert len(ontology_graph(ontology_path())) == len(ontology_graph())


def test_ontology_header_has_iri_version_and_descriptions(graph):
    onto = URIRef(ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in graph
    assert graph.value(onto, OWL.versionInfo) == Literal("0.1.0")
    for predicate in (RDFS.label, RDFS.comment, DCTERMS.title, DCTERMS.description):
        assert _english(graph, onto, predicate), f"ontology lacks an English {predicate}"


# --- the contract's terms ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CONTRACT_CLASSES))
def test_contract_class_is_declared_with_label_and_comment(graph, name):
    term = DG[name]
    assert (term, RDF.type, OWL.Class) in graph, f"dg:{name} is not an owl:Class"
    assert len(_english(graph, term, RDFS.label)) == 1, f"dg:{name} needs one English label"
    assert _english(graph, term, RDFS.comment), f"dg:{name} has no English comment"


@pytest.mark.parametrize("name", sorted(set(CONTRACT_CLASSES) | set(EXTRA_ALIGNMENTS)))
def test_class_is_aligned_as_promised(graph, name):
    expected = CONTRACT_CLASSES.get(name, set()) | EXTRA_ALIGNMENTS.get(name, set())
    found = set(graph.objects(DG[name], RDFS.subClassOf))
    assert expected <= found, f"dg:{name} misses subClassOf {expected - found}"


@pytest.mark.parametrize("name", sorted(ALL_PROPERTIES))
def test_property_has_kind_domain_range_label_and_comment(graph, name):
    kind, domain, range_ = ALL_PROPERTIES[name]
    term = DG[name]
    assert (term, RDF.type, kind) in graph, f"dg:{name} is not an {kind}"
    other = OBJ if kind == DATA else DATA
    assert (term, RDF.type, other) not in graph, f"dg:{name} is both object and datatype"
    assert len(_english(graph, term, RDFS.label)) == 1, f"dg:{name} needs one English label"
    assert _english(graph, term, RDFS.comment), f"dg:{name} has no English comment"

    domains = list(graph.objects(term, RDFS.domain))
    ranges = list(graph.objects(term, RDFS.range))
    assert len(domains) == 1, f"dg:{name} needs exactly one rdfs:domain"
    assert len(ranges) == 1, f"dg:{name} needs exactly one rdfs:range"
    assert _classes(graph, domains[0]) == domain
    assert _classes(graph, ranges[0]) == range_


def test_mou_is_an_agreement_and_meetings_and_visits_are_events(graph):
    assert (DG.MoU, RDFS.subClassOf, DG.Agreement) in graph
    assert (DG.Meeting, RDFS.subClassOf, DG.Event) in graph
    assert (DG.Visit, RDFS.subClassOf, DG.Event) in graph


def test_top_classes_are_pairwise_disjoint_and_state_is_not_a_place(graph):
    groups = [
        set(Collection(graph, graph.value(node, OWL.members)))
        for node in graph.subjects(RDF.type, OWL.AllDisjointClasses)
    ]
    assert PAIRWISE_DISJOINT in groups
    assert (DG.State, RDFS.subClassOf, DG.Place) not in graph


# --- characteristics ------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(INVERSES))
def test_inverse_properties_are_declared(graph, name):
    assert (DG[name], OWL.inverseOf, DG[INVERSES[name]]) in graph


def test_property_characteristics_hold_where_the_data_makes_them_true(graph):
    assert set(graph.subjects(RDF.type, OWL.SymmetricProperty)) == {DG[n] for n in SYMMETRIC}
    assert set(graph.subjects(RDF.type, OWL.IrreflexiveProperty)) == {
        DG[n] for n in IRREFLEXIVE}
    assert set(graph.subjects(RDF.type, OWL.FunctionalProperty)) == {
        DG[n] for n in FUNCTIONAL}
    # What two articles may report differently stays non-functional.
    for name in ("location", "partOf", "participant", "startDate", "inState"):
        assert (DG[name], RDF.type, OWL.FunctionalProperty) not in graph


@pytest.mark.parametrize("name", sorted(CHAINS))
def test_state_relations_of_persons_and_visits_are_property_chains(graph, name):
    chain = graph.value(DG[name], OWL.propertyChainAxiom)
    assert list(Collection(graph, chain)) == CHAINS[name]


def test_meetings_and_visits_are_disjoint(graph):
    assert (DG.Meeting, OWL.disjointWith, DG.Visit) in graph


# --- OWL 2 DL hygiene -------------------------------------------------------------------------


def _declared(graph) -> set:
    return {s for t in DECLARATION_TYPES for s in graph.subjects(RDF.type, t)}


def test_no_dg_term_is_used_without_being_declared(graph):
    declared = _declared(graph)
    used = {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and term.startswith(str(DG))
    }
    assert used - declared == set()


def test_every_class_referenced_is_declared(graph):
    declared_classes = set(graph.subjects(RDF.type, OWL.Class)) | {OWL.Thing}
    referenced = set(graph.objects(None, RDFS.subClassOf))
    for node in graph.objects(None, OWL.unionOf):
        referenced |= set(Collection(graph, node))
    for node in graph.objects(None, OWL.members):
        referenced |= set(Collection(graph, node))
    for prop in graph.subjects(RDF.type, OWL.ObjectProperty):
        referenced |= set(graph.objects(prop, RDFS.range))
    for prop in set(graph.subjects(RDF.type, OBJ)) | set(graph.subjects(RDF.type, DATA)):
        referenced |= set(graph.objects(prop, RDFS.domain))
    named = {term for term in referenced if isinstance(term, URIRef)}
    assert named - declared_classes == set()


def test_datatype_properties_range_over_xsd_datatypes(graph):
    for prop in graph.subjects(RDF.type, OWL.DatatypeProperty):
        for range_ in graph.objects(prop, RDFS.range):
            assert isinstance(range_, URIRef) and range_.startswith(str(XSD)), prop


def test_every_predicate_is_built_in_or_declared(graph):
    declared = _declared(graph)
    undeclared = {p for p in graph.predicates() if p not in BUILT_IN_PREDICATES} - declared
    assert undeclared == set()


def test_no_dg_term_is_both_a_class_and_a_property(graph):
    classes = set(graph.subjects(RDF.type, OWL.Class))
    properties = {
        s for t in (OBJ, DATA, OWL.AnnotationProperty) for s in graph.subjects(RDF.type, t)
    }
    assert classes & properties == set()


# --- owlready2 and HermiT ---------------------------------------------------------------------


def test_owlready_loads_the_contract_classes_and_properties():
    import owlready2

    _world, onto = load_owlready()
    for name in CONTRACT_CLASSES:
        cls = onto[name]
        assert isinstance(cls, owlready2.ThingClass), f"owlready2 misses class {name}"
    assert issubclass(onto.MoU, onto.Agreement)
    assert issubclass(onto.Meeting, onto.Event)
    for name, (kind, _, _) in ALL_PROPERTIES.items():
        expected = owlready2.ObjectPropertyClass if kind == OBJ else owlready2.DataPropertyClass
        assert isinstance(onto[name], expected), f"owlready2 sees dg:{name} wrongly"


def test_load_owlready_gives_each_caller_a_fresh_world():
    first, _ = load_owlready()
    second, _ = load_owlready()
    assert first is not second


def _hermit(world):
    import owlready2

    # xsd:date (the contract's date type) is outside the OWL 2 datatype map HermiT knows.
    owlready2.sync_reasoner_hermit(
        world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True
    )


@java_missing
def test_hermit_finds_the_ontology_consistent_with_no_unsatisfiable_class():
    world, _ = load_owlready()
    _hermit(world)
    assert list(world.inconsistent_classes()) == []


def test_owlready_knows_the_inverses_and_characteristics():
    _world, onto = load_owlready()
    assert onto.participatedIn.inverse_property is onto.participant
    assert onto.participant.inverse_property is onto.participatedIn
    import owlready2

    assert owlready2.SymmetricProperty in onto.metWith.is_a
    assert owlready2.FunctionalProperty in onto.date.is_a


@java_missing
def test_hermit_rejects_someone_who_met_themselves():
    import owlready2

    world, onto = load_owlready()
    with onto:
        person = onto.Person("dg_test_person")
        person.metWith.append(person)
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _hermit(world)


@java_missing
def test_hermit_rejects_something_that_is_both_a_state_and_a_place():
    import owlready2

    world, onto = load_owlready()
    with onto:
        thing = onto.State("dg_test_thing")
        thing.is_a.append(onto.Place)
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _hermit(world)
