"""Parametrised queries: a parameter's rows are the matching rows of the whole answer.

On the embedded store (facts view) a query given a selecting parameter runs its
selective form (``queries/selective/``), which starts from the nodes the parameter
names; on the servers it runs the general form.  Either way a researcher asking about
one state or one person must get exactly the rows of that state or person in the
unparametrised answer.  Checked on the example articles, built for real.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from diplograph.errors import QueryError
from diplograph.ingest import build
from diplograph.queries import bind_query_params, load_query, run_query, selective_form
from diplograph.querydays import days_between, fill_days
from diplograph.resources import queries_dir
from diplograph.stores.embedded import EmbeddedStore
from diplograph.stores.terms import bind_parameters

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [ROOT / "data" / "articles", ROOT / "data" / "dev" / "articles"]
GAZETTEER = "https://w3id.org/diplograph/id/graph/background"
PREFIXES = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@pytest.fixture(scope="module")
def built(nlp, tmp_path_factory):
    """The example and development articles built into an embedded store (with its
    facts view)."""
    store = EmbeddedStore(tmp_path_factory.mktemp("selective") / "store")
    build(ARTICLES, store, nlp=nlp, reason=True)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def store(built, backend_store):
    """The built store's graphs in a store of each backend."""
    by_graph = defaultdict(list)
    for s, p, o, g in built.quads():
        by_graph[g].append((s, p, o))
    for graph, triples in by_graph.items():
        backend_store.replace_graph(graph, triples)
    return backend_store


def rows(answer) -> list:
    """Rows (of a result, or a list of rows) as comparable text; a ", "-joined cell
    (GROUP_CONCAT) sorted within itself, since SPARQL leaves the order of a group's
    values open."""
    def cell(term):
        return None if term is None else ", ".join(sorted(str(term).split(", ")))
    found = answer if isinstance(answer, list) else answer.rows
    return sorted((tuple(cell(t) for t in row) for row in found), key=repr)


def column(result, name: str) -> list:
    return [row[result.variables.index(name)] for row in result.rows]


def state_names(store) -> dict[str, set[str]]:
    """Each state's name as the queries print it (gazetteer label, else the code ending its
    IRI), mapped to every name a parameter is matched against (labels, ISO codes)."""
    result = store.query(PREFIXES + f"""
        SELECT DISTINCT ?state ?shown ?name WHERE {{
          {{ ?state a dg:State }} UNION {{ ?office dg:ofState ?state }}
          ?state rdfs:label|dg:iso2|dg:iso3 ?name .
          OPTIONAL {{ GRAPH <{GAZETTEER}> {{ ?state rdfs:label ?gazetteer }} }}
          BIND (COALESCE(?gazetteer, REPLACE(STR(?state), "^.*/", "")) AS ?shown) }}""")
    names: dict[str, set[str]] = defaultdict(set)
    for _, shown, name in result.rows:
        names[str(shown)].add(str(name).lower())
    return names


def person_names(store) -> dict[str, set[str]]:
    """Each person's label mapped to every name ?name is matched against (labels, aliases)."""
    result = store.query(PREFIXES + """
        SELECT DISTINCT ?label ?name WHERE {
          ?person a dg:Person ; rdfs:label ?label ; rdfs:label|dg:alias ?name }""")
    names: dict[str, set[str]] = defaultdict(set)
    for label, name in result.rows:
        names[str(label)].add(str(name).lower())
    return names


def some_values(names: dict[str, set[str]], shown: set[str], count: int = 6) -> list[str]:
    """A few parameter values: names of ``count`` of the ``shown`` nodes (a whole name,
    a code, part of a name in turn), then text matching many and none."""
    values = []
    for i, node in enumerate(sorted(shown)[:count]):
        candidates = sorted(names[node], key=lambda name: (len(name), name))
        name = candidates[i % len(candidates)] if i % 3 != 2 else candidates[-1][:4]
        values.append(name if i % 2 else name.upper())
    return [*values, "a", "zzz"]


def rows_where(result, name: str, values: set[str]) -> list:
    """The rows of ``result`` whose ``name`` column holds one of ``values``."""
    at = result.variables.index(name)
    return [row for row in result.rows if str(row[at]) in values]


def matching(names: dict[str, set[str]], text: str) -> set[str]:
    return {shown for shown, all_names in names.items()
            if any(text.lower() in name for name in all_names)}


def test_the_selective_form_runs_on_the_facts_view_only(built):
    assert built.facts_view
    given = {"state": Literal("kenya")}
    assert selective_form("state-meetings", given, built) is not None
    assert selective_form("state-meetings", {}, built) is None  # nothing to select from
    assert selective_form("state-meetings", given, built, facts=False) is None
    assert selective_form("state-meetings", given, built, inferred=False) is None
    # A file, or SPARQL text, is run as written.
    assert selective_form(str(queries_dir() / "state-meetings.rq"), given, built) is None
    assert selective_form("meetings", given, built) is None  # no selective form


def test_each_selective_form_declares_the_parameters_it_starts_from():
    forms = sorted((queries_dir() / "selective").glob("*.rq"))
    assert forms
    for form in forms:
        # NAME.rq, or NAME.WORD.rq: a second form of NAME for another parameter
        general = (queries_dir() / f"{form.name.split('.')[0]}.rq").read_text(encoding="utf-8")
        text = form.read_text(encoding="utf-8")
        assert "# use when given: ?" in text
        # The same header: the same parameters, types and documentation.
        assert [line for line in text.splitlines() if line.startswith("# param")] == \
               [line for line in general.splitlines() if line.startswith("# param")]


def test_a_parameter_is_seen_by_each_sub_select_naming_it():
    query = ("SELECT ?x WHERE { { SELECT ?x WHERE { "
             "{ SELECT ?x WHERE { BIND (?v AS ?x) } } } } }")
    bound = bind_parameters(query, {"v": Literal('a "quoted" } value')})
    assert bound.count("VALUES (?v)") == 3  # the outer group and both sub-selects
    answer = list(ox.Store().query(bound))
    assert [solution["x"].value for solution in answer] == ['a "quoted" } value']


@pytest.mark.parametrize("status", [None, "all"])
def test_state_meetings_of_one_state_are_its_rows_of_all_meetings(store, status):
    extra = {"status": status} if status else {}
    everything = run_query(store, "state-meetings", extra)
    names = state_names(store)
    shown = set(map(str, column(everything, "stateLabel")))
    assert len(shown) >= 3
    for value in some_values(names, shown):
        states = matching(names, value)
        expected = rows_where(everything, "stateLabel", states)
        answer = run_query(store, "state-meetings", {"state": value, **extra})
        assert answer.variables == everything.variables
        assert rows(answer) == rows(expected), value


def test_state_visits_of_one_state_are_its_rows_of_all_visits(store, request):
    if request.node.callspec.params.get("backend_store") == "virtuoso":
        # Found by this test, not traced: Virtuoso 7.2 answers state-visits with a state
        # given with rows whose visit and dates belong to different visits, and 0 sources.
        request.applymarker(pytest.mark.xfail(reason="Virtuoso mixes up state-visits' rows "
                                                     "when a state is given", strict=False))
    everything = run_query(store, "state-visits", {"status": "all"})
    names = state_names(store)
    shown = set(map(str, column(everything, "stateLabel")))
    assert len(shown) >= 3
    for value in some_values(names, shown):
        states = matching(names, value)
        expected = rows_where(everything, "stateLabel", states)
        for direction in ("all", "paid"):
            answer = run_query(store, "state-visits",
                               {"state": value, "status": "all", "direction": direction})
            wanted = [row for row in expected if direction == "all"
                      or str(row[everything.variables.index("way")]) == direction]
            assert rows(answer) == rows(wanted), (value, direction)


def test_person_meetings_of_one_person_are_their_rows_of_all_meetings(store):
    everything = run_query(store, "person-meetings")
    names = person_names(store)
    people = set(map(str, column(everything, "personLabel")))
    assert len(people) >= 3
    for value in some_values(names, people, 8):
        persons = matching(names, value)
        expected = rows_where(everything, "personLabel", persons)
        answer = run_query(store, "person-meetings", {"name": value})
        assert rows(answer) == rows(expected), value


def test_person_meetings_by_iri_are_those_by_name(store):
    result = store.query(PREFIXES + """
        SELECT DISTINCT ?person ?label WHERE {
          ?meeting dg:participant ?person . ?person a dg:Person ; rdfs:label ?label }""")
    assert result.rows
    for person, label in result.rows[:5]:
        by_iri = run_query(store, "person-meetings", {"person": URIRef(person)})
        by_name = run_query(store, "person-meetings", {"name": str(label)})
        wanted = [r for r in by_name.rows if str(r[0]) == str(label)]
        assert rows(by_iri) == rows(wanted)


def test_bilateral_timeline_of_one_state_is_its_rows_of_every_pair(store):
    extra = {"status": "all"}
    # Without states each pair is listed once; a state's timeline lists it first.
    everything = run_query(store, "bilateral-timeline", extra)
    names = state_names(store)
    at = everything.variables.index
    shown = {str(state) for side in ("stateA", "stateB") for state in column(everything, side)}
    assert len(shown) >= 3
    for value in some_values(names, shown):
        states = matching(names, value)
        expected = []
        for row in everything.rows:
            for first, second in (("stateA", "stateB"), ("stateB", "stateA")):
                if str(row[at(first)]) in states:
                    turned = list(row)
                    turned[at("stateA")], turned[at("stateB")] = row[at(first)], row[at(second)]
                    expected.append(tuple(turned))
        answer = run_query(store, "bilateral-timeline", {"state1": value, **extra})
        got = rows(answer)
        assert got == rows(expected), value
        for other in sorted(shown)[:2]:
            pair = run_query(store, "bilateral-timeline",
                             {"state1": value, "state2": other, **extra})
            both = matching(names, other)
            assert rows(pair) == sorted(
                (r for r in got if r[at("stateB")] in both), key=repr), (value, other)


# --- every other selective form: the same rows as the general form given the parameter --------

#: (query, selecting parameter, kind of values, other parameters) for each selective form
#: written after the first four: its rows must be the general form's, given the same
#: parameters, for names of several nodes, parts of names, text matching many and none.
SELECTIVE_CASES = [
    ("visits", "name", "person", {"status": "all"}),
    ("visits", "state", "state", {"status": "all"}),
    ("visits", "name", "person", {"state": "a"}),
    ("persons", "name", "person", {}),
    ("persons", "name", "person", {"state": "a"}),
    ("leaders", "state", "state", {}),
    ("leaders", "role", "role", {}),
    ("leaders", "role", "role", {"state": "a"}),
    ("meeting-pairs", "name", "person", {"status": "all"}),
    ("person-quotes", "name", "person", {}),
    ("person-quotes", "person", "person iri", {}),
    ("signatories", "name", "person", {"status": "all"}),
    ("signatories", "state", "state", {"status": "all", "as": "witness"}),
    ("agreements-by-state", "state", "state", {"status": "all"}),
    ("state-partners", "state", "state", {"status": "all"}),
    ("events-gdelt", "state", "state", {"status": "all"}),
    ("agreements", "state", "state", {"status": "all"}),
    ("agreements", "field", "field", {"status": "all"}),
    ("agreements-by-field", "state", "state", {}),
    ("agreements-by-year", "state", "state", {"status": "all"}),
    ("agreements-by-year", "field", "field", {"state": "a"}),
    ("meeting-sources", "meeting", "meeting iri", {"status": "all"}),
    ("fact-sources", "fact", "fact iri", {}),
    ("fact-sources", "fact", "fact iri", {"property": "dg:date"}),
]


def parameter_values(store, kind: str, name: str | None = None) -> list:
    """Values for a selecting parameter of this kind: names of several nodes in the store
    (whole, upper case, a part; nodes named in the unparametrised answer of the query
    ``name`` first), then text matching many nodes and none."""
    if kind == "person iri":
        result = store.query(PREFIXES + "SELECT DISTINCT ?person WHERE { "
                             "?quote dg:speaker ?person } ORDER BY ?person LIMIT 6")
        return [URIRef(row[0]) for row in result.rows]
    if kind in ("meeting iri", "fact iri"):
        classes = ["Meeting"] if kind == "meeting iri" else [
            "Meeting", "Visit", "Agreement", "Quote", "Person", "State"]
        found = []
        for name in classes:  # a few nodes of each class, and one that is none
            result = store.query(PREFIXES + f"SELECT DISTINCT ?node WHERE {{ "
                                 f"?node a dg:{name} }} ORDER BY ?node LIMIT 3")
            found += [URIRef(row[0]) for row in result.rows]
        return [*found, URIRef("https://w3id.org/diplograph/id/meeting/none")]
    if kind == "state":
        names = state_names(store)
    elif kind == "person":
        names = person_names(store)
    else:
        pattern = ("?position dg:role ?name" if kind == "role"
                   else "?topic a dg:Topic ; rdfs:label ?name")
        result = store.query(PREFIXES + f"SELECT DISTINCT ?name WHERE {{ {pattern} }}")
        names = {str(row[0]): {str(row[0]).lower()} for row in result.rows}
    assert len(names) >= 3, kind
    shown = set(names)
    if name is not None:
        text = " ".join(cell for row in general_rows(store, name, {}) for cell in row
                        if cell).lower()
        shown = {node for node in names if node.lower() in text} or shown
    return some_values(names, shown, 8)


def general_rows(store, name: str, params: dict) -> list:
    """The rows of the general form of ``name`` (its file, run as written) given ``params``."""
    return rows(run_query(store, str(queries_dir() / f"{name}.rq"), params))


@pytest.mark.parametrize(("name", "selecting", "kind", "extra"), SELECTIVE_CASES,
                         ids=[f"{c[0]}-{c[1]}-{'-'.join(c[3]) or 'alone'}"
                              for c in SELECTIVE_CASES])
def test_a_selective_form_answers_the_rows_of_the_general_form(built, name, selecting,
                                                               kind, extra):
    values = parameter_values(built, kind, name)
    found = 0
    for value in values:
        params = {selecting: value, **extra}
        assert selective_form(name, bind_query_params(load_query(name), params), built), params
        answer = run_query(built, name, params)
        assert answer.variables == run_query(built, str(queries_dir() / f"{name}.rq"),
                                             params).variables
        got = rows(answer)
        assert got == general_rows(built, name, params), params
        found += bool(got)
    assert found >= 2, (name, selecting)  # the values found rows: the test compared answers


@pytest.mark.parametrize(("name", "selecting", "kind", "extra"), SELECTIVE_CASES[::3])
def test_each_backend_answers_a_parameter_as_the_embedded_store(store, built, name, selecting,
                                                                kind, extra, request):
    # The embedded store runs the selective form; a server, the general form: a researcher
    # gets the same rows from either.
    if request.node.callspec.params.get("backend_store") == "virtuoso":
        # Found by this test in the general forms, not traced: Virtuoso 7.2 gives "" for an
        # empty GROUP_CONCAT of visits' types, mixes up signatories' rows when a state is
        # given (as state-visits' above), and runs agreements-by-field with a state past the
        # client's time limit.
        request.applymarker(pytest.mark.xfail(
            reason="Virtuoso differs in the general forms (see the comment)", strict=False))
        if (name, selecting) == ("agreements-by-field", "state"):
            # Not run: Virtuoso goes on computing it for minutes after the client gives up,
            # so every later test's writes to it would time out.
            pytest.xfail("Virtuoso runs agreements-by-field with a state past the time limit")
    for value in parameter_values(built, kind, name)[:3]:
        params = {selecting: value, **extra}
        assert rows(run_query(store, name, params)) == general_rows(built, name, params), params


# --- a date range (meetings) and a kind of fact (corroboration) -------------------------------
#
# Their parameters select no node: the selective form of meetings starts from the days of
# the range (each an xsd:date bound by diplograph.querydays), that of corroboration from
# the facts of one kind, counted before anything else is looked up.


def meeting_ranges(store) -> list[dict[str, str]]:
    """Date ranges over the built store's meetings: a year holding some, a single day
    holding one, a month, all of them, one holding none, and one ending before it starts."""
    days = sorted({str(day) for day in column(run_query(
        store, str(queries_dir() / "meetings.rq"), {"status": "all"}), "date") if day})
    assert len(days) >= 3
    middle = days[len(days) // 2]
    return [{"from": f"{middle[:4]}-01-01", "to": f"{middle[:4]}-12-31"},
            {"from": middle, "to": middle},
            {"from": f"{days[0][:7]}-01", "to": f"{days[0][:7]}-28"},
            {"from": days[0], "to": days[-1]},
            {"from": "1990-01-01", "to": "1990-12-31"},
            {"from": days[-1], "to": days[0]}]


@pytest.mark.parametrize("status", [None, "all", "planned"])
def test_meetings_in_a_date_range_are_the_general_forms_rows(built, status):
    extra = {"status": status} if status else {}
    found = 0
    for dates in meeting_ranges(built):
        params = {**dates, **extra}
        assert selective_form("meetings", bind_query_params(load_query("meetings"), params),
                              built), params
        answer = run_query(built, "meetings", params)
        assert answer.variables == run_query(
            built, str(queries_dir() / "meetings.rq"), params).variables
        got = rows(answer)
        assert got == general_rows(built, "meetings", params), params
        found += bool(got)
    assert found >= (1 if status == "planned" else 3)


def test_meetings_without_both_dates_or_over_long_ranges_run_the_general_form(built):
    def chosen(params):
        return selective_form("meetings", bind_query_params(load_query("meetings"), params),
                              built)

    assert chosen({"from": "2020-01-01"}) is None  # open: no days to start from
    assert chosen({"to": "2020-01-01"}) is None
    assert chosen({"status": "all"}) is None
    assert chosen({"from": "1900-01-01", "to": "2100-12-31"}) is None  # past MAX_DAYS
    assert chosen({"from": "2020-01-01", "to": "2020-01-03"}).count('"^^<') == 3
    # Still the same rows either way.
    for params in ({"from": "2000-01-01"}, {"from": "1900-01-01", "to": "2100-12-31"}):
        assert rows(run_query(built, "meetings", params)) == general_rows(
            built, "meetings", params)


def test_the_days_are_rdf_terms_never_the_callers_text():
    text = "# days: ?day from ?from to ?to\nSELECT * WHERE { VALUES ?day { } }"
    date = "http://www.w3.org/2001/XMLSchema#date"
    filled = fill_days(text, {"from": Literal("2021-02-27", datatype=URIRef(date)),
                              "to": Literal("2021-03-01", datatype=URIRef(date))})
    days = " ".join(f'"2021-0{m}-{d}"^^<{date}>' for m, d in ((2, 27), (2, 28), (3, "01")))
    assert filled.endswith(f"VALUES ?day {{ {days} }} }}")
    # A value that is not a plain YYYY-MM-DD date starts nothing (the general form runs,
    # with the value bound as a term).
    # (rdflib itself writes "2021-01-01Z"^^xsd:date as "2021-01-01", for both forms.)
    for odd in ('2021-01-01" } } #', "2021-02-30", "21-01-01", "2021-1-1"):
        assert fill_days(text, {"from": Literal(odd, datatype=URIRef(date)),
                                "to": Literal("2021-03-01", datatype=URIRef(date))}) is None
    assert fill_days(text, {"from": Literal("2021-01-01"), "to": Literal("2021-03-01")}) is None
    assert days_between(Literal("2021-03-02", datatype=URIRef(date)),
                        Literal("2021-03-01", datatype=URIRef(date))) == []
    assert fill_days("SELECT * WHERE { }", {}) == "SELECT * WHERE { }"  # no days asked


CORROBORATION_CASES = [{}, {"min": "2"}, {"max": "1"}, {"min": "1", "max": "2"},
                       {"status": "all"}, {"status": "planned", "min": "1"}]


@pytest.mark.parametrize("kind", ["meeting", "visit", "agreement", "quote"])
def test_corroboration_of_one_kind_is_the_general_forms_rows(built, kind):
    found = 0
    for extra in CORROBORATION_CASES:
        params = {"kind": kind, **extra}
        assert selective_form("corroboration",
                              bind_query_params(load_query("corroboration"), params), built)
        answer = run_query(built, "corroboration", params)
        got = rows(answer)
        assert got == general_rows(built, "corroboration", params), params
        found += bool(got)
    assert found >= 2
    # kind=all selects every fact: the general form is faster there, and runs.
    assert selective_form("corroboration", {"kind": Literal("all")}, built) is None


def test_a_server_answers_a_date_range_and_a_kind_as_the_embedded_store(store, built):
    # The servers (oxigraph, Virtuoso) run the general forms, the embedded store these.
    for params in meeting_ranges(built)[:3]:
        assert rows(run_query(store, "meetings", params)) == rows(
            run_query(built, "meetings", params)), params
    for kind in ("meeting", "quote"):
        params = {"kind": kind, "min": "1"}
        assert rows(run_query(store, "corroboration", params)) == rows(
            run_query(built, "corroboration", params)), params


def test_the_forms_follow_articles_replaced_and_removed(built, tmp_path):
    """The counts and dates the selective forms start from are read from the store as it
    is: after an article is replaced (its meetings moved a year on) and another removed,
    they still answer the general form's rows, on a store reopened too."""
    by_graph = defaultdict(list)
    for s, p, o, g in built.quads():
        by_graph[g].append((s, p, o))
    copy = EmbeddedStore(tmp_path / "copy")
    try:
        copy.replace_graphs(by_graph.items())
        articles = sorted(g for g in by_graph if "/article/" in str(g) and any(
            p == URIRef("https://w3id.org/diplograph/ontology#date") for _, p, _ in by_graph[g]))
        assert len(articles) >= 2
        date = URIRef("https://w3id.org/diplograph/ontology#date")

        def moved(triple):
            s, p, o = triple
            if p == date:
                day = str(o)
                return s, p, Literal(f"{int(day[:4]) + 1}{day[4:]}", datatype=o.datatype)
            return triple

        copy.replace_graph(articles[0], [moved(t) for t in by_graph[articles[0]]])
        copy.drop_graph(articles[1])
        assert copy.facts_view
        ranges = meeting_ranges(copy)
        for current in (copy, EmbeddedStore(tmp_path / "copy", read_only=True)):
            for params in [*ranges, *({"kind": k, "min": "1"} for k in ("meeting", "quote")),
                           {"kind": "meeting", "max": "1"}]:
                name = "corroboration" if "kind" in params else "meetings"
                assert rows(run_query(current, name, params)) == general_rows(
                    current, name, params), params
    finally:
        copy.close()


def test_a_page_of_a_date_range_is_that_page_of_the_whole_answer(built):
    # A page is read a few days at a time (diplograph.querydays.page_by_days): the same
    # rows, in the same order, as the whole answer cut.
    def in_order(answer):
        return [tuple(None if t is None else ", ".join(sorted(str(t).split(", ")))
                      for t in row) for row in answer.rows]

    for dates in meeting_ranges(built):
        for extra in ({}, {"status": "all"}):
            params = {**dates, **extra}
            whole = run_query(built, "meetings", params)
            size = len(whole.rows)
            for limit, offset in ((1, 0), (2, 1), (5, 0), (3, max(size - 2, 0)),
                                  (10, size + 1), (0, 0), (size + 5, 0)):
                page = run_query(built, "meetings", params, limit=limit, offset=offset)
                assert page.variables == whole.variables
                assert in_order(page) == in_order(whole)[offset:offset + limit], (
                    params, limit, offset)
    with pytest.raises(QueryError):
        run_query(built, "meetings", meeting_ranges(built)[0], limit=-1)
