"""Property-based tests (hypothesis): readers, date resolution, IRI minting, export round trips.

Each property is something a user relies on whatever the input: a reader answers
every file with articles or one-line reasons, never a traceback; a date written
out resolves to itself; every minted IRI is a valid, stable IRI; what the store
holds comes back from every RDF export unchanged.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from diplograph.articles import parse_article
from diplograph.errors import InputError
from diplograph.export import export
from diplograph.extract.dates import MONTHS, WEEKDAY_NUMBERS, WEEKDAYS, resolve_date
from diplograph.graph import iris
from diplograph.readers import read_records
from diplograph.stores.embedded import EmbeddedStore

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
#: Publication dates away from the ends of the calendar (year 1 and 9999 overflow in
#: extract/dates.py: reported, see tests/test_fuzz.py).
ANCHORS = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31))
#: The full name of each month, January first.
MONTH_NAMES = [min((n for n in MONTHS if MONTHS[n] == number), key=lambda n: -len(n))
               for number in range(1, 13)]


# -- readers ----------------------------------------------------------------------------------

@SETTINGS
@given(data=st.binary(max_size=3000),
       suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".json", ".csv", ".tsv", ""]))
def test_every_file_gives_articles_or_one_line_reasons(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        try:
            records = list(read_records(path))
        except InputError as exc:  # a whole file refused: still one line
            assert "\n" not in str(exc)
            return
    for record in records:
        assert (record.article is None) != (record.problem is None)
        if record.problem is not None:
            assert "\n" not in record.problem and record.problem.strip()
        else:
            assert record.article.body.strip()


@SETTINGS
@given(day=ANCHORS, body=st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
                                  min_size=1, max_size=300).filter(str.strip))
def test_the_date_line_gives_the_publication_date_and_not_the_body(day, body):
    article = parse_article(f" date {day.isoformat()}\n{body}", "a.txt")
    assert article.published == day
    assert not article.body.startswith(" date")
    again = parse_article(f" date {day.isoformat()}\n{body}", "b.txt")
    assert again.sha256 == article.sha256  # the same text is the same article, whatever file


@SETTINGS
@given(texts=st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=200),
                      min_size=1, max_size=12),
       bad=st.sets(st.integers(0, 11)))
def test_a_bad_jsonl_line_costs_only_its_own_record(texts, bad):
    lines = [json.dumps({"text": f"Report {i}. {text}", "url": f"https://example.org/{i}"})
             if i not in bad else json.dumps({"text": f"Report {i}"})[:-3]
             for i, text in enumerate(texts)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dump.jsonl"
        path.write_text("\n".join(lines), encoding="utf-8")
        records = list(read_records(path))
    assert len(records) == len(texts)
    for number, record in enumerate(records):
        assert record.source.endswith(f"#{number + 1}")
        if number in bad:
            assert record.problem is not None
        elif record.article is not None:
            assert record.article.url == f"https://example.org/{number}"


# -- date resolution --------------------------------------------------------------------------

@SETTINGS
@given(expression=st.text(max_size=80), anchor=st.none() | ANCHORS,
       event=st.none() | ANCHORS)
def test_resolve_date_answers_a_date_or_none_for_any_text(expression, anchor, event):
    result = resolve_date(expression, anchor, event)
    assert result is None or isinstance(result, dt.date)


@SETTINGS
@given(day=st.dates(), anchor=st.none() | ANCHORS)
@example(day=dt.date(2537, 1, 1), anchor=dt.date(1999, 1, 1))
def test_a_written_out_date_resolves_to_itself(day, anchor):
    month = MONTH_NAMES[day.month - 1].capitalize()
    assert resolve_date(day.isoformat(), anchor) == day
    if day.year >= 1000:  # the patterns read four-digit years
        expected = day
        if anchor is not None and abs(day.year - 543 - anchor.year) <= 5:
            # a written year 543 ahead of the publication's is of the Buddhist Era, as
            # Thai official pages date ("20 November 2568"; extract/dates.py)
            try:
                expected = day.replace(year=day.year - 543)
            except ValueError:  # 29 February of a year that is no leap year then
                expected = None
        assert resolve_date(f"{day.day} {month} {day.year}", anchor) == expected
        assert resolve_date(f"on {month} {day.day}, {day.year}", anchor) == expected


@SETTINGS
@given(anchor=ANCHORS, weekday=st.sampled_from(WEEKDAYS))
def test_weekdays_resolve_to_the_nearest_such_day_in_the_right_direction(anchor, weekday):
    # (a short form, "tues", names the same day as "tuesday")
    number = WEEKDAY_NUMBERS[weekday]
    bare = resolve_date(weekday.capitalize(), anchor)
    assert bare.weekday() == number and 0 <= (anchor - bare).days <= 6
    last = resolve_date(f"last {weekday}", anchor)
    assert last.weekday() == number and 1 <= (anchor - last).days <= 7
    following = resolve_date(f"next {weekday}", anchor)
    assert following.weekday() == number and 1 <= (following - anchor).days <= 7


@SETTINGS
@given(anchor=ANCHORS, event=ANCHORS)
def test_relative_days_count_from_the_right_anchor(anchor, event):
    assert resolve_date("yesterday", anchor, event) == anchor - dt.timedelta(days=1)
    assert resolve_date("tomorrow", anchor, event) == anchor + dt.timedelta(days=1)
    assert resolve_date("the previous day", anchor, event) == event - dt.timedelta(days=1)
    assert resolve_date("yesterday", None) is None


@SETTINGS
@given(anchor=ANCHORS, month=st.integers(1, 12), day=st.integers(1, 28))
def test_a_date_without_year_falls_within_half_a_year_after_the_anchor(anchor, month, day):
    resolved = resolve_date(f"{day} {MONTH_NAMES[month - 1]}", anchor)
    assert (resolved.month, resolved.day) == (month, day)
    assert (resolved - anchor).days <= 180 and (anchor - resolved).days < 366 + 180


# -- IRI minting ------------------------------------------------------------------------------

_SLUG = re.compile(r"^(?:[a-z0-9][a-z0-9-]*|x[0-9a-f]{12})$")
NAMES = st.text(max_size=200)


def _valid_iri(iri: URIRef) -> None:
    assert isinstance(iri, URIRef) and str(iri).startswith("https://w3id.org/diplograph/id/")
    ox.NamedNode(str(iri))  # raises on anything that is not an IRI
    assert not re.search(r"[\s<>\"{}|\\^`]", str(iri))


@SETTINGS
@given(name=NAMES)
def test_slugs_are_short_readable_and_stable(name):
    result = iris.slug(name)
    assert _SLUG.match(result) and len(result) <= 80
    assert iris.slug(name) == result
    if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", result) and len(result) < 80 \
            and not result.startswith("x"):
        assert iris.slug(result) == result


@SETTINGS
@given(name=NAMES, iso=st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2),
       day=st.none() | st.dates(), people=st.frozensets(NAMES, max_size=5),
       status=st.sampled_from(["held", "planned", "cancelled"]))
def test_every_minted_iri_is_valid_and_deterministic(name, iso, day, people, status):
    minted = [iris.person_iri(name), iris.place_iri(name), iris.organization_iri(name),
              iris.topic_iri(name), iris.state_iri(iso), iris.position_iri(name, iso),
              iris.position_iri(name, None), iris.quote_iri(name, name),
              iris.meeting_iri(day, people, "talks", status),
              iris.visit_iri(name, iso, day, status),
              iris.agreement_iri("MoU", frozenset({iso}), (name,), day, status)]
    for iri in minted:
        _valid_iri(iri)
    assert iris.meeting_iri(day, frozenset(sorted(people)), "talks", status) == minted[8]
    assert iris.quote_iri(name, f" {name} ") == iris.quote_iri(name, name)


@SETTINGS
@given(a=st.dates(), b=st.dates(), people=st.frozensets(st.text(min_size=1), min_size=2,
                                                          max_size=4))
def test_meetings_on_different_days_get_different_iris(a, b, people):
    if a != b:
        assert iris.meeting_iri(a, people, "talks", "held") != \
            iris.meeting_iri(b, people, "talks", "held")


# -- exports ----------------------------------------------------------------------------------

_XML_SAFE = st.characters(blacklist_categories=("Cs",),
                          blacklist_characters=[chr(c) for c in range(32) if c not in (9, 10)]
                          + ["\r", "\ufffe", "\uffff"])
SUBJECTS = st.builds(iris.person_iri, st.text(min_size=1, max_size=30))
PREDICATES = st.sampled_from([URIRef("https://w3id.org/diplograph/ontology#" + p)
                              for p in ("label", "text", "date", "participant", "role")])
LITERALS = st.one_of(
    st.builds(Literal, st.text(_XML_SAFE, max_size=60)),
    st.builds(lambda t, lang: Literal(t, lang=lang), st.text(_XML_SAFE, max_size=40),
              st.sampled_from(["en", "fr", "ar", "zh-hans"])),
    st.builds(lambda d: Literal(d.isoformat(), datatype=XSD.date),
              st.dates(min_value=dt.date(1000, 1, 1))),
    st.builds(lambda n: Literal(str(n), datatype=XSD.integer), st.integers(-10**12, 10**12)),
)
OBJECTS = st.one_of(SUBJECTS, LITERALS)
GRAPHS = st.builds(lambda n: iris.article_iri(f"{n:064x}"), st.integers(0, 3))
QUADS = st.lists(st.tuples(SUBJECTS, PREDICATES, OBJECTS, GRAPHS), min_size=1, max_size=25)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = EmbeddedStore(tmp_path_factory.mktemp("props") / "store")
    yield store
    store.close()


def _fill(store, quads) -> set:
    store.clear()
    graphs: dict = {}
    for s, p, o, g in quads:
        graphs.setdefault(g, set()).add((s, p, o))
    for g, triples in graphs.items():
        store.replace_graph(g, triples)
    return {(s, p, o, g) for s, p, o, g in quads}


def _exported(store, fmt: str) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out)
    return out.getvalue()


def _normal(term):
    # A literal's lexical form is what travels; rdflib may re-type on parsing.
    return (str(term), getattr(term, "language", None), getattr(term, "datatype", None)) \
        if isinstance(term, Literal) else term


@SETTINGS
@given(quads=QUADS)
def test_trig_and_nquads_keep_every_quad_and_its_graph(store, quads):
    expected = {tuple(map(_normal, q)) for q in _fill(store, quads)}
    for fmt, rdflib_format in (("trig", "trig"), ("nquads", "nquads")):
        dataset = Dataset()
        dataset.parse(data=_exported(store, fmt), format=rdflib_format)
        got = {(_normal(s), _normal(p), _normal(o), _normal(g.identifier if hasattr(
            g, "identifier") else g)) for s, p, o, g in dataset.quads((None, None, None, None))}
        assert got == expected, fmt


@SETTINGS
@given(quads=QUADS)
def test_graph_formats_keep_every_triple(store, quads):
    expected = {(_normal(s), _normal(p), _normal(o)) for s, p, o, _ in _fill(store, quads)}
    for fmt, rdflib_format in (("turtle", "turtle"), ("ntriples", "nt"), ("rdfxml", "xml"),
                               ("jsonld", "json-ld")):
        graph = Graph()
        graph.parse(data=_exported(store, fmt), format=rdflib_format)
        got = {(_normal(s), _normal(p), _normal(o)) for s, p, o in graph}
        if fmt == "jsonld":  # see test_jsonld_keeps_a_falsy_value_beside_another_value
            expected = {t for t in expected if not _falsy_literal(t[2])}
            got = {t for t in got if not _falsy_literal(t[2])}
        assert got == expected, fmt


def _falsy_literal(normal) -> bool:
    """A literal whose Python value is false ("", 0, false): rdflib's JSON-LD compaction
    may drop it beside a second value of the property (the strict xfails below)."""
    if not isinstance(normal, tuple):
        return False
    lexical, language, datatype = normal
    return not Literal(lexical, lang=language, datatype=datatype).toPython()


@pytest.mark.xfail(strict=True, reason="rdflib's JSON-LD compaction overwrites a first value "
                   "that is false in Python (0) when a second value of the property follows")
def test_jsonld_keeps_a_falsy_value_beside_another_value(store):
    quads = [(iris.person_iri("a"), URIRef("https://w3id.org/diplograph/ontology#label"),
              Literal(str(n), datatype=XSD.integer), iris.article_iri("0" * 64))
             for n in (0, 1)]
    _fill(store, quads)
    graph = Graph().parse(data=_exported(store, "jsonld"), format="json-ld")
    assert len(graph) == 2


@pytest.mark.xfail(strict=True, reason="rdflib's JSON-LD compaction overwrites a first value "
                   "that is the empty string when a second value of the property follows")
def test_jsonld_keeps_an_empty_string_beside_another_value(store):
    quads = [(iris.person_iri("a"), URIRef("https://w3id.org/diplograph/ontology#text"),
              Literal(text), iris.article_iri("0" * 64)) for text in ("", "0")]
    _fill(store, quads)
    graph = Graph().parse(data=_exported(store, "jsonld"), format="json-ld")
    assert len(graph) == 2
