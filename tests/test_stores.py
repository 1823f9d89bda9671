"""One contract for every Store backend, run on the embedded store and on a real server."""

from __future__ import annotations

import socket

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from diplograph.errors import InputError, QueryError, StoreError
from diplograph.namespaces import DG, DGR
from diplograph.stores import DEFAULT_STORE, QueryResult, Store, open_store
from diplograph.stores.embedded import EmbeddedStore
from diplograph.stores.remote import Credentials, RemoteStore, endpoint_urls
from diplograph.stores.terms import bind_parameters

G1 = DGR["article/one"]
G2 = DGR["article/two"]
RUTO = DGR["person/william-ruto"]
HASSAN = DGR["person/samia-hassan"]

HOSTILE = [
    'He said "no" }',
    "line one\nline two\r\n\tend",
    '> ; DROP ALL ; INSERT DATA { <a> <b> <c> } #',
    "\"\"\" } } ; CLEAR ALL '''",
    "back\\slash \\\" and \\n literally",
    "ünïcødé 😀 \u202e right-to-left override",
]


def own_graphs(store: Store) -> list[URIRef]:
    """The store's graphs, less a server's own system graphs (Virtuoso keeps some)."""
    return [g for g in store.graphs() if g not in getattr(store, "system_graphs", ())]


def own_quads(store: Store) -> list:
    """The store's quads, less those of a server's own system graphs."""
    system = getattr(store, "system_graphs", ())
    return [q for q in store.quads() if q[3] not in system]


def labels(store: Store, graph: URIRef | None = None) -> set[str]:
    if graph is None:
        result = store.query(
            "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    else:
        result = store.query(
            "SELECT ?l WHERE { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } }",
            {"g": graph},
        )
    return {str(row[0]) for row in result.rows}


def test_backends_implement_the_store_protocol(backend_store):
    assert isinstance(backend_store, Store)
    assert backend_store.location


def test_replace_graph_replaces_the_whole_graph(backend_store):
    backend_store.replace_graph(G1, [(RUTO, RDFS.label, Literal("William Ruto")),
                                     (RUTO, RDF.type, DG.Person)])
    backend_store.replace_graph(G2, [(HASSAN, RDFS.label, Literal("Samia Hassan"))])
    backend_store.replace_graph(G1, [(RUTO, RDFS.label, Literal("Ruto"))])
    assert labels(backend_store, G1) == {"Ruto"}
    assert labels(backend_store, G2) == {"Samia Hassan"}
    assert len([q for q in own_quads(backend_store) if q[3] == G1]) == 1


def test_replace_graph_with_bad_data_leaves_the_old_graph_intact(backend_store):
    backend_store.replace_graph(G1, [(RUTO, RDFS.label, Literal("William Ruto"))])

    def failing():
        yield (RUTO, RDFS.label, Literal("half"))
        raise RuntimeError("extractor crashed halfway")

    with pytest.raises(RuntimeError):
        backend_store.replace_graph(G1, failing())
    with pytest.raises(InputError):
        backend_store.replace_graph(G1, [(RUTO, RDFS.label, Literal("half")),
                                         (URIRef("http://bad iri> ."), RDFS.label, Literal("x"))])
    assert labels(backend_store, G1) == {"William Ruto"}


def test_replace_graph_with_nothing_removes_it(backend_store):
    backend_store.replace_graph(G1, [(RUTO, RDFS.label, Literal("William Ruto"))])
    backend_store.replace_graph(G1, [])
    assert not backend_store.has_graph(G1)


def test_has_graph_drop_graph_and_graphs(backend_store):
    assert own_graphs(backend_store) == []
    assert not backend_store.has_graph(G1)
    backend_store.replace_graph(G1, [(RUTO, RDFS.label, Literal("William Ruto"))])
    backend_store.replace_graph(G2, [(RUTO, RDFS.label, Literal("William Ruto"))])
    assert backend_store.has_graph(G1) and backend_store.has_graph(G2)
    assert own_graphs(backend_store) == sorted([G1, G2])
    backend_store.drop_graph(G1)
    backend_store.drop_graph(G1)  # absent: no error
    assert not backend_store.has_graph(G1)
    assert own_graphs(backend_store) == [G2]


def test_queries_see_the_union_of_all_graphs(backend_store):
    backend_store.replace_graph(G1, [(RUTO, RDFS.label, Literal("William Ruto"))])
    backend_store.replace_graph(G2, [(HASSAN, RDFS.label, Literal("Samia Hassan")),
                                     (RUTO, RDFS.label, Literal("William Ruto"))])
    assert labels(backend_store) == {"William Ruto", "Samia Hassan"}
    count = backend_store.query(  # diplograph's graphs: a server may keep its own too
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        'FILTER STRSTARTS(STR(?g), "https://w3id.org/diplograph/") }'
    )
    assert count.rows == [(Literal(2, datatype=XSD.integer),)]


def test_graph_queries_name_the_reporting_graphs(backend_store):
    backend_store.replace_graph(G1, [(RUTO, RDFS.label, Literal("William Ruto"))])
    backend_store.replace_graph(G2, [(RUTO, RDFS.label, Literal("William Ruto")),
                                     (HASSAN, RDFS.label, Literal("Samia Hassan"))])
    result = backend_store.query(
        "SELECT ?g WHERE { GRAPH ?g { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l } }",
        {"p": RUTO},
    )
    assert result.kind == "select" and result.variables == ["g"]
    assert sorted(row[0] for row in result.rows) == sorted([G1, G2])


def test_bindings_of_iris_strings_and_dates(backend_store):
    day = Literal("2021-04-14", datatype=XSD.date)
    backend_store.replace_graph(G1, [
        (DGR["meeting/m1"], DG.date, day),
        (DGR["meeting/m1"], DG.participant, RUTO),
        (RUTO, RDFS.label, Literal("William Ruto")),
    ])
    sparql = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
    SELECT ?m WHERE { ?m dg:date ?d ; dg:participant ?p .
                      ?p <http://www.w3.org/2000/01/rdf-schema#label> ?name }"""
    hit = backend_store.query(sparql, {"d": day, "p": RUTO, "name": Literal("William Ruto")})
    assert hit.rows == [(DGR["meeting/m1"],)]
    other_day = Literal("2021-04-15", datatype=XSD.date)
    assert backend_store.query(sparql, {"d": other_day}).rows == []
    # A string is not a date: bound terms keep their datatype.
    assert backend_store.query(sparql, {"d": Literal("2021-04-14")}).rows == []


def test_unbound_parameters_stay_unbound(backend_store):
    backend_store.replace_graph(G1, [(RUTO, RDFS.label, Literal("William Ruto")),
                                     (HASSAN, RDFS.label, Literal("Samia Hassan"))])
    sparql = """SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l
      FILTER (!BOUND(?name) || CONTAINS(LCASE(?l), LCASE(?name))) }"""
    assert len(backend_store.query(sparql).rows) == 2
    assert backend_store.query(sparql, {"name": Literal("RUTO")}).rows == [
        (Literal("William Ruto"),)
    ]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_strings_are_bound_as_data_never_as_query_text(backend_store, hostile):
    backend_store.replace_graph(G1, [(RUTO, RDFS.label, Literal(hostile)),
                                     (HASSAN, RDFS.label, Literal("Samia Hassan"))])
    sparql = "SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?name }"
    assert backend_store.query(sparql, {"name": Literal(hostile)}).rows == [(RUTO,)]
    assert backend_store.query(sparql, {"name": Literal(hostile + "x")}).rows == []
    ask = backend_store.query("ASK { ?s ?p ?name }", {"name": Literal(hostile, lang="en")})
    assert ask.kind == "ask" and ask.boolean is False
    assert len(own_quads(backend_store)) == 2  # nothing was dropped or inserted
    assert labels(backend_store) == {hostile, "Samia Hassan"}


def test_hostile_iris_and_variable_names_are_refused(backend_store):
    with pytest.raises(QueryError):
        backend_store.query("SELECT ?s WHERE { ?s ?p ?o }", {"o": URIRef("http://x> } ; DROP ALL")})
    with pytest.raises(QueryError):
        backend_store.query("SELECT ?s WHERE { ?s ?p ?o }", {"o) {} DROP ALL": Literal("x")})
    with pytest.raises(QueryError):
        backend_store.query("SELECT ?s WHERE { ?s ?p ?o }", {"o": BNode()})


def test_bindings_reach_construct_ask_and_sub_select_queries(backend_store):
    backend_store.replace_graph(G1, [(RUTO, RDFS.label, Literal("William Ruto")),
                                     (HASSAN, RDFS.label, Literal("Samia Hassan"))])
    name = {"name": Literal("William Ruto")}
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    construct = backend_store.query(
        f"CONSTRUCT {{ ?s {label} ?name }} WHERE {{ ?s {label} ?name }}",
                                    name)
    assert construct.kind == "graph" and set(construct.graph) == {
        (RUTO, RDFS.label, Literal("William Ruto"))}
    short = backend_store.query(f"CONSTRUCT WHERE {{ ?s {label} ?name }}", name)
    assert len(short.graph) == 1
    assert backend_store.query(f"ASK {{ ?s {label} ?name }}", name).boolean is True
    sub = backend_store.query(f"SELECT ?s WHERE {{ SELECT ?s ?name WHERE {{ ?s {label} ?name }} }}",
                              name)
    assert sub.rows == [(RUTO,)]
    tricky = backend_store.query(
        f'# a comment with WHERE {{ and }}\nSELECT ?s ("{{ WHERE }}" AS ?t) '
        f"(EXISTS {{ ?x ?y ?z }} AS ?e) WHERE {{ ?s {label} ?name }}",
        name,
    )
    assert [row[0] for row in tricky.rows] == [RUTO]


def test_quads_round_trip_literal_languages_and_datatypes(backend_store):
    terms = [
        Literal("Nairobi"),
        Literal("Bakı", lang="az"),
        Literal("Баку", lang="ru"),
        Literal("en-GB text", lang="en-gb"),
        Literal("2021-04-14", datatype=XSD.date),
        Literal("42", datatype=XSD.integer),
        Literal("3.5", datatype=XSD.decimal),
        Literal("true", datatype=XSD.boolean),
        Literal("x", datatype=URIRef("http://example.org/custom")),
        Literal("multi\nline \"quoted\" \\ text"),
        DGR["place/nairobi"],
    ]
    triples = [(DGR["thing"], DG[f"p{i}"], term) for i, term in enumerate(terms)]
    triples.append((BNode(), RDFS.label, Literal("blank")))
    backend_store.replace_graph(G1, triples)
    quads = own_quads(backend_store)
    assert all(q[3] == G1 for q in quads)
    got = {(s, p, o) for s, p, o, _ in quads if not isinstance(s, BNode)}
    assert got == {t for t in triples if not isinstance(t[0], BNode)}
    assert len(quads) == len(triples)
    languages = {o.language for _, _, o, _ in quads if isinstance(o, Literal) and o.language}
    assert languages == {"az", "ru", "en-gb"}


def test_query_results_have_the_documented_shape(backend_store):
    backend_store.replace_graph(G1, [(RUTO, RDFS.label, Literal("William Ruto"))])
    result = backend_store.query("SELECT ?s ?missing WHERE { ?s ?p 'William Ruto' "
                                 "OPTIONAL { ?s ?q ?missing FILTER(false) } }")
    assert isinstance(result, QueryResult)
    assert result.variables == ["s", "missing"]
    assert result.rows == [(RUTO, None)]
    assert result.dicts() == [{"s": RUTO, "missing": None}]


@pytest.mark.parametrize("bad", ["SELEC ?s WHERE { ?s ?p ?o }", "SELECT ?s WHERE { ?s ?p ",
                                 "INSERT DATA { <http://a> <http://b> <http://c> }"])
def test_bad_query_gives_a_one_line_query_error(backend_store, bad):
    with pytest.raises(QueryError) as caught:
        backend_store.query(bad)
    assert "\n" not in str(caught.value)


# --- embedded only -------------------------------------------------------------------------------


def test_second_open_of_an_embedded_store_is_refused(tmp_path):
    first = EmbeddedStore(tmp_path / "store")
    with pytest.raises(StoreError, match="in use by another diplograph process") as caught:
        EmbeddedStore(tmp_path / "store")
    assert "\n" not in str(caught.value)
    first.close()
    EmbeddedStore(tmp_path / "store").close()  # closing released the lock


def test_embedded_store_keeps_data_across_opens(tmp_path):
    with EmbeddedStore(tmp_path / "store") as store:
        store.replace_graph(G1, [(RUTO, RDFS.label, Literal("William Ruto"))])
    with EmbeddedStore(tmp_path / "store") as store:
        assert store.graphs() == [G1]


def test_embedded_store_refuses_a_file_or_a_foreign_folder(tmp_path):
    (tmp_path / "file.txt").write_text("not a store")
    with pytest.raises(StoreError, match="is a file"):
        EmbeddedStore(tmp_path / "file.txt")
    with pytest.raises(StoreError, match="not a diplograph store"):
        EmbeddedStore(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_closed_embedded_store_says_so(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.graphs()


# --- remote only ---------------------------------------------------------------------------------


@pytest.mark.parametrize("url, expected", [
    ("http://127.0.0.1:7878", ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update")),
    ("http://127.0.0.1:7878/", ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update")),
    ("https://kg.example/ds/query", ("https://kg.example/ds/query", "https://kg.example/ds/update")),
    ("http://h/sparql", ("http://h/sparql", "http://h/sparql")),
    ("http://h/repo", ("http://h/repo/query", "http://h/repo/update")),
])
def test_remote_endpoint_url_rule(url, expected):
    assert endpoint_urls(url) == expected


def test_remote_update_url_can_be_given():
    store = RemoteStore("http://h/repositories/x", update_url="http://h/repositories/x/statements")
    assert store.query_url == "http://h/repositories/x/query"
    assert store.update_url == "http://h/repositories/x/statements"


def test_unreachable_server_gives_a_one_line_store_error():
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    store = RemoteStore(f"http://127.0.0.1:{port}", timeout=5)
    with pytest.raises(StoreError, match=f"127.0.0.1:{port}") as caught:
        store.graphs()
    assert "\n" not in str(caught.value)


@pytest.mark.server
def test_wrong_path_on_a_server_says_what_to_give(oxigraph_server):
    store = RemoteStore(f"{oxigraph_server}/nothing/here/sparql")
    with pytest.raises(StoreError, match="/query or /sparql"):
        store.graphs()


# --- open_store ----------------------------------------------------------------------------------


def test_open_store_picks_the_backend_from_the_location(tmp_path):
    assert isinstance(open_store("http://127.0.0.1:7878"), RemoteStore)
    assert isinstance(open_store("HTTPS://kg.example/sparql"), RemoteStore)
    store = open_store(tmp_path / "new" / "store")
    try:
        assert isinstance(store, EmbeddedStore)
        assert (tmp_path / "new" / "store").is_dir()
    finally:
        store.close()


def test_open_store_default_and_environment(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DIPLOGRAPH_STORE", raising=False)
    store = open_store()
    store.close()
    assert (tmp_path / DEFAULT_STORE).is_dir()
    monkeypatch.setenv("DIPLOGRAPH_STORE", str(tmp_path / "elsewhere"))
    store = open_store()
    store.close()
    assert store.location == str(tmp_path / "elsewhere")


def test_bind_parameters_without_where_group_is_a_query_error():
    with pytest.raises(QueryError, match="WHERE"):
        bind_parameters("DESCRIBE <http://x>", {"x": Literal("y")})



# --- remote stores described by a config, credentials from the environment ----------------------


@pytest.mark.server
def test_store_config_names_query_update_and_graph_store_urls(oxigraph_server, tmp_path):
    config = tmp_path / "server.toml"
    config.write_text(f'''[store]
query = "{oxigraph_server}/query"
update = "{oxigraph_server}/update"
graph-store = "{oxigraph_server}/store"
timeout = 20
''')
    store = open_store(config)
    assert isinstance(store, RemoteStore) and store.location == str(config)
    assert store.graph_store_url == f"{oxigraph_server}/store" and store.timeout == 20
    store.clear()
    store.replace_graph(G1, [(RUTO, RDFS.label, Literal("William Ruto"))])
    assert own_graphs(store) == [G1] and labels(store, G1) == {"William Ruto"}


@pytest.mark.parametrize("text, message", [
    ('[store]\nupdate = "http://127.0.0.1:1/update"\n', "give query ="),
    ('[store]\nquery = "http://127.0.0.1:1/query"\npassword = "x"\n', "unknown key 'password'"),
    ('[store]\nquery = "http://127.0.0.1:1/query"\ntimeout = "soon"\n', "timeout must be"),
    ("[store\n", "bad store config"),
])
def test_bad_store_config_is_a_one_line_store_error(tmp_path, text, message):
    config = tmp_path / "server.toml"
    config.write_text(text)
    with pytest.raises(StoreError, match=message) as caught:
        open_store(config)
    assert "\n" not in str(caught.value)
    with pytest.raises(StoreError, match="cannot read the store config"):
        open_store(tmp_path / "missing.toml")


def test_remote_credentials_come_from_the_environment(monkeypatch):
    from diplograph.stores.remote import credentials_from_environment

    monkeypatch.setenv("DIPLOGRAPH_STORE_TOKEN", "s3cret-token")
    assert RemoteStore("http://127.0.0.1:1")._credentials.headers() == {
        "Authorization": "Bearer s3cret-token"}
    monkeypatch.delenv("DIPLOGRAPH_STORE_TOKEN")
    monkeypatch.setenv("DIPLOGRAPH_STORE_USER", "dba")
    monkeypatch.setenv("DIPLOGRAPH_STORE_PASSWORD", "pw")
    credentials = credentials_from_environment()
    assert (credentials.user, credentials.password, credentials.headers()) == ("dba", "pw", {})


@pytest.mark.server
def test_user_and_password_answer_virtuosos_digest_challenge(virtuoso_server, monkeypatch):
    auth_url = virtuoso_server.replace("/sparql", "/sparql-auth")
    monkeypatch.setenv("DIPLOGRAPH_STORE_USER", "dba")
    monkeypatch.setenv("DIPLOGRAPH_STORE_PASSWORD", "dba")
    store = RemoteStore(auth_url)
    graph = DGR["article/authenticated"]
    store.replace_graph(graph, [(RUTO, RDFS.label, Literal("William Ruto"))])
    assert store.has_graph(graph)
    store.drop_graph(graph)
    monkeypatch.setenv("DIPLOGRAPH_STORE_PASSWORD", "wrong")
    with pytest.raises(StoreError, match="refused access .*DIPLOGRAPH_STORE_USER"):
        RemoteStore(auth_url).has_graph(graph)


@pytest.mark.server
def test_bundled_queries_answer_alike_on_virtuoso_and_embedded(virtuoso_server, nlp, tmp_path):
    """The examples built into Virtuoso answer every bundled query as the embedded store does
    (cells joined by GROUP_CONCAT compared as sets, and rows as a multiset: their order
    within ties is the engine's)."""
    import re
    from pathlib import Path

    from diplograph.ingest import build
    from diplograph.queries import list_queries, run_query

    articles = Path(__file__).resolve().parents[1] / "data" / "articles"
    remote = RemoteStore(virtuoso_server, credentials=Credentials())
    before = set(remote.graphs())
    embedded = EmbeddedStore(tmp_path / "store")
    try:
        build([articles], remote, nlp=nlp)
        build([articles], embedded, nlp=nlp)

        def answer(store: Store, name: str) -> list:
            result = run_query(store, name, {})
            # Virtuoso 7.2.5 projects one agreement's IRI on every group of the agreements
            # query (a bug of its GROUP BY after UNION + BIND); compare the rest.
            skip = {"agreement"} if name == "agreements" else set()
            # Rows as a multiset: ties of ORDER BY keys may come in either order.
            return sorted((tuple(sorted(re.split(r", | \| ", str(t))) if t is not None else None
                                 for v, t in zip(result.variables, row, strict=True)
                                 if v not in skip)
                           for row in result.rows), key=repr)

        for info in list_queries():
            assert answer(remote, info.name) == answer(embedded, info.name), info.name
    finally:
        embedded.close()
        for graph in set(remote.graphs()) - before:
            remote.drop_graph(graph)


def test_query_can_leave_a_graph_out_of_the_dataset(backend_store):
    backend_store.replace_graph(G1, [(RUTO, RDFS.label, Literal("William Ruto"))])
    backend_store.replace_graph(G2, [(HASSAN, RDFS.label, Literal("Samia Hassan"))])
    every = "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    named = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert {str(r[0]) for r in backend_store.query(every).rows} == {"William Ruto",
                                                                     "Samia Hassan"}
    assert {str(r[0]) for r in backend_store.query(every, exclude=[G2]).rows} == {
        "William Ruto"}
    system = set(getattr(backend_store, "system_graphs", ()))  # Virtuoso's own graphs
    assert {r[0] for r in backend_store.query(named, exclude=[G2]).rows} - system == {G1}
    ask = "ASK { ?s ?p ?o FILTER(?s = ?who) }"
    assert not backend_store.query(ask, {"who": HASSAN}, exclude=[G2]).boolean
