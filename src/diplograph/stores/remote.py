"""A store on any SPARQL 1.1 server, spoken to over HTTP with the standard library.

Endpoint URLs.  ``RemoteStore(url)`` accepts:

* a base URL such as ``http://127.0.0.1:7878`` (oxigraph's layout): queries go
  to ``<base>/query`` and updates to ``<base>/update``;
* a query URL ending in ``/query`` (``…/ds/query`` on Fuseki, oxigraph's own):
  updates go to the sibling ``…/update``;
* a URL ending in ``/sparql`` (or Virtuoso's ``/sparql-auth``): queries and
  updates both go to it (Virtuoso, Blazegraph, Fuseki's combined endpoint).

Anything else can be given exactly with ``RemoteStore(query_url, update_url=…)``,
or in a TOML file given as the store location (``--store server.toml``)::

    [store]
    query = "http://127.0.0.1:3030/ds/query"      # required
    update = "http://127.0.0.1:3030/ds/update"    # default: by the rule above
    graph-store = "http://127.0.0.1:3030/ds/data" # optional: write with the Graph Store Protocol
    timeout = 60                                  # seconds per request

Credentials are never in a URL or that file: ``$DIPLOGRAPH_STORE_TOKEN`` (sent
as a bearer token, as ``diplograph serve --allow-updates`` expects), or
``$DIPLOGRAPH_STORE_USER`` and ``$DIPLOGRAPH_STORE_PASSWORD`` (HTTP Basic or
Digest, whichever the server asks for).

Queries follow the SPARQL 1.1 Protocol (POST, form-encoded, the one form every
server accepts; results as ``application/sparql-results+json``, graphs as
``application/n-triples``).
The default graph must be the union of all graphs: every query URL gets the
``union-default-graph`` parameter, which oxigraph honours per request; other
servers ignore unknown parameters, so configure them to use the union as the
default graph (Fuseki: ``tdb2:unionDefaultGraph true``; GraphDB and Virtuoso
do so by default).

Writes are SPARQL 1.1 Updates, one article's graph per request:
:meth:`RemoteStore.replace_graph` sends ``DROP SILENT GRAPH <g> ; INSERT DATA
{ GRAPH <g> { … } }``, which the server runs as one transaction.  With a
``graph-store`` URL they go through the Graph Store Protocol instead: one
``PUT …?graph=<g>`` of N-Triples, which replaces the graph.

Bindings: servers have no equivalent of pyoxigraph's substitutions, so they
are sent as a ``VALUES`` row in the query's outermost WHERE group, written from
the terms' canonical N-Triples form (see :mod:`diplograph.stores.terms`).
"""

from __future__ import annotations

import http.client
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Self

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from ..errors import InputError, QueryError, StoreError
from .base import Quad, QueryResult, Triple
from .terms import (
    bind_parameters,
    from_oxigraph,
    new_graph,
    query_form,
    replace_graph_update,
    sparql_term,
    sparql_triples,
)

#: Environment variables holding the server's credentials.
TOKEN_ENV = "DIPLOGRAPH_STORE_TOKEN"
USER_ENV = "DIPLOGRAPH_STORE_USER"
PASSWORD_ENV = "DIPLOGRAPH_STORE_PASSWORD"
_CONFIG_KEYS = {"query", "update", "graph-store", "timeout"}
_FORM = "application/x-www-form-urlencoded"
_VIRTUOSO_ASK = "__ASK_RETVAL"

_RESULTS_JSON = "application/sparql-results+json"
_N_TRIPLES = "application/n-triples"
_ACCEPT_RESULTS = f"{_RESULTS_JSON}, application/json;q=0.9"
_ACCEPT_GRAPH = f"{_N_TRIPLES}, text/turtle;q=0.9"
_UNION_PARAMETER = "union-default-graph"

# Every quad: the named graphs' plus default-graph triples that are in no named graph (on a
# server whose default graph is already the union those would repeat the named graphs').
# One query, so blank-node labels agree across all rows.
_ALL_QUADS = """SELECT ?s ?p ?o ?g WHERE {
  { GRAPH ?g { ?s ?p ?o } }
  UNION
  { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?h { ?s ?p ?o } } }
}"""


def endpoint_urls(url: str) -> tuple[str, str]:
    """The ``(query_url, update_url)`` for ``url`` by the rule in the module docstring."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise StoreError(f"bad SPARQL endpoint URL {url!r}; give http(s)://host:port[/path]")
    path = parts.path.rstrip("/")
    if path.endswith("/query"):
        query_path, update_path = path, path[: -len("query")] + "update"
    elif path.endswith(("/sparql", "/sparql-auth")):
        query_path = update_path = path
    else:
        query_path, update_path = f"{path}/query", f"{path}/update"
    query_url = urllib.parse.urlunsplit(parts._replace(path=query_path))
    update_url = urllib.parse.urlunsplit(parts._replace(path=update_path))
    return query_url, update_url


class RemoteStore:
    """A :class:`~diplograph.stores.base.Store` on a SPARQL 1.1 server.

    ``update_url`` overrides the update endpoint of the rule above;
    ``graph_store_url`` (a SPARQL 1.1 Graph Store Protocol endpoint such as
    oxigraph's ``/store`` or Fuseki's ``/ds/data``) makes writes go through
    the Graph Store Protocol: one ``PUT ?graph=<article>`` per article instead
    of an update.  Credentials come from the environment (see
    :func:`credentials_from_environment`), never from a URL or a file.
    """

    def __init__(self, url: str, *, update_url: str | None = None,
                 graph_store_url: str | None = None, timeout: float = 60.0,
                 credentials: Credentials | None = None) -> None:
        self.location = url
        self.query_url, default_update_url = endpoint_urls(url)
        self.update_url = update_url or default_update_url
        self.graph_store_url = graph_store_url
        self.timeout = timeout
        self._credentials = credentials_from_environment() if credentials is None \
            else credentials
        self._opener = self._credentials.opener(self.query_url, self.update_url,
                                                graph_store_url)

    @classmethod
    def from_config(cls, path: str | os.PathLike[str]) -> RemoteStore:
        """A store described by a TOML file (see the module docstring for its keys)."""
        import tomllib

        try:
            with open(path, "rb") as handle:
                document = tomllib.load(handle)
        except OSError as exc:
            raise StoreError(f"cannot read the store config {path}: {exc.strerror or exc}") \
                from None
        except tomllib.TOMLDecodeError as exc:
            raise StoreError(f"bad store config {path}: {exc}") from None
        table = document.get("store", document)
        unknown = sorted(set(table) - _CONFIG_KEYS)
        if unknown:
            raise StoreError(f"bad store config {path}: unknown key {unknown[0]!r}; "
                             f"known keys: {', '.join(sorted(_CONFIG_KEYS))}")
        if not isinstance(table.get("query"), str):
            raise StoreError(f"bad store config {path}: give query = \"http(s)://…\" "
                             "(the SPARQL query endpoint)")
        try:
            timeout = float(table.get("timeout", 60.0))
        except (TypeError, ValueError):
            raise StoreError(f"bad store config {path}: timeout must be a number of seconds") \
                from None
        store = cls(table["query"], update_url=table.get("update"),
                    graph_store_url=table.get("graph-store"), timeout=timeout)
        store.location = os.fspath(path)
        return store

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r})"

    # -- HTTP -----------------------------------------------------------------------------------

    def _send(self, method: str, url: str, body: bytes | None, content_type: str | None,
              accept: str, *, missing_ok: bool = False) -> tuple[str, bytes]:
        """Send one request; return the response's media type and bytes, or raise a one-liner.

        ``missing_ok``: a 404 answer is not an error (deleting an absent graph).
        """
        headers = {"Accept": accept, **self._credentials.headers()}
        if content_type:
            headers["Content-Type"] = content_type
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                media_type = response.headers.get_content_type()
                return media_type, response.read()
        except urllib.error.HTTPError as exc:
            if missing_ok and exc.code == 404:
                return "", b""
            detail = " ".join(exc.read().decode("utf-8", "replace").split())[:500]
            if exc.code == 400:
                raise QueryError(
                    f"the SPARQL server at {url} rejected the request: {detail}") from None
            if exc.code in {401, 403}:
                raise StoreError(
                    f"the SPARQL server at {url} refused access (HTTP {exc.code}); set "
                    f"{TOKEN_ENV}, or {USER_ENV} and {PASSWORD_ENV}, to credentials it accepts"
                ) from None
            if exc.code in {404, 405}:
                raise StoreError(
                    f"no SPARQL endpoint at {url} (HTTP {exc.code}); give the server's base URL "
                    "or its query URL ending in /query or /sparql"
                ) from None
            raise StoreError(
                f"the SPARQL server at {url} failed (HTTP {exc.code}): {detail}") from None
        except (OSError, http.client.HTTPException) as exc:  # refused, timed out, cut off
            reason = getattr(exc, "reason", exc)
            raise StoreError(
                f"cannot reach the SPARQL server at {url}: {reason}; is it running?"
            ) from None

    def _form(self, url: str, field: str, text: str, accept: str) -> tuple[str, bytes]:
        # Form-encoded POST is the one request form every SPARQL 1.1 server accepts
        # (Virtuoso 7.2 hangs on an application/sparql-query body).
        body = urllib.parse.urlencode({field: text}).encode("ascii")
        return self._send("POST", url, body, _FORM, accept)

    def _query(self, sparql: str, *, union: bool = True,
               graphs: list[URIRef] | None = None) -> QueryResult:
        url = self.query_url
        if union and graphs is None:
            url += ("&" if "?" in url else "?") + _UNION_PARAMETER
        # Ask for the one kind of answer the query form gives: Virtuoso answers a CONSTRUCT
        # as a table of ?s ?p ?o when a results format is acceptable at all.
        accept = _ACCEPT_GRAPH if query_form(sparql) in {"CONSTRUCT", "DESCRIBE"} \
            else _ACCEPT_RESULTS
        if graphs is not None:
            # An explicit dataset (SPARQL 1.1 Protocol): the form body has room for
            # thousands of graph names, a URL has not.
            form = [("query", sparql)]
            form += [("default-graph-uri", str(g)) for g in graphs]
            form += [("named-graph-uri", str(g)) for g in graphs]
            body_bytes = urllib.parse.urlencode(form).encode("ascii")
            media_type, body = self._send("POST", url, body_bytes, _FORM, accept)
        else:
            media_type, body = self._form(url, "query", sparql, accept)
        if media_type in {_RESULTS_JSON, "application/json"}:
            return _parse_results_json(body, url)
        try:
            rdf_format = ox.RdfFormat.from_media_type(media_type)
            triples = ox.parse(body, rdf_format) if rdf_format else None
            if triples is None:
                raise ValueError(f"unexpected media type {media_type!r}")
            graph = new_graph()
            for triple in triples:
                graph.add((from_oxigraph(triple.subject), from_oxigraph(triple.predicate),
                           from_oxigraph(triple.object)))
        except (SyntaxError, ValueError) as exc:
            raise StoreError(
                f"cannot read the answer of the SPARQL server at {url}: {exc}") from None
        return QueryResult(kind="graph", graph=graph)

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update on the server (one request, one transaction)."""
        self._form(self.update_url, "update", sparql, "*/*")

    def _graph_url(self, graph: URIRef) -> str:
        assert self.graph_store_url is not None
        separator = "&" if "?" in self.graph_store_url else "?"
        return f"{self.graph_store_url}{separator}graph={urllib.parse.quote(str(graph), safe='')}"

    # -- the Store protocol ---------------------------------------------------------------------

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        """Atomically replace the named graph ``graph`` with ``triples``, in one request.

        With a Graph Store Protocol URL: ``PUT`` the graph as N-Triples (the
        protocol defines PUT as replacing the graph).  Otherwise DROP and
        INSERT DATA travel in one update request, which a SPARQL server
        applies as one transaction.
        """
        if self.graph_store_url is None:
            self.update(replace_graph_update(graph, triples))
            return
        try:
            sparql_term(URIRef(graph))
        except ValueError as exc:
            raise InputError(f"bad graph name {str(graph)!r}: {exc}") from None
        body = sparql_triples(triples)  # before anything is sent: bad data fails early
        if not body:
            self.drop_graph(graph)
            return
        self._send("PUT", self._graph_url(graph), (body + "\n").encode("utf-8"),
                   f"{_N_TRIPLES}; charset=utf-8", "*/*")

    def has_graph(self, graph: URIRef) -> bool:
        """Whether the named graph exists and holds at least one triple."""
        answer = self._query(bind_parameters("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(graph)}))
        return bool(answer.boolean)

    def drop_graph(self, graph: URIRef) -> None:
        """Remove the named graph; no error when absent."""
        if self.graph_store_url is None:
            self.update(replace_graph_update(graph, []))
            return
        self._send("DELETE", self._graph_url(graph), None, None, "*/*", missing_ok=True)

    def graphs(self) -> list[URIRef]:
        """Names of all named graphs that hold triples, sorted."""
        answer = self._query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(row[0] for row in answer.rows if isinstance(row[0], URIRef))

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None, *,
              exclude: Iterable[URIRef] = ()) -> QueryResult:
        """Run a SPARQL query over the union of all graphs (``GRAPH ?g`` still works).

        ``exclude`` leaves those named graphs out: the others are sent as the
        request's dataset (``default-graph-uri`` and ``named-graph-uri``).
        """
        text = bind_parameters(sparql, bindings)
        excluded = {URIRef(g) for g in exclude}
        if not excluded:
            return self._query(text)
        kept = [g for g in self.graphs() if g not in excluded]
        # An empty list would mean "the server's default dataset", i.e. everything.
        return self._query(text, graphs=kept or [URIRef("urn:diplograph:no-graph")])

    def quads(self) -> Iterator[Quad]:
        """Every quad on the server, the default graph's with ``None`` as graph."""
        answer = self._query(_ALL_QUADS, union=False)
        yield from answer.rows  # type: ignore[misc]

    def clear(self) -> None:
        """Remove every graph and triple on the server."""
        self.update("DROP SILENT ALL")

    def close(self) -> None:
        """Nothing to release: every request opens and closes its own connection."""


@dataclass(frozen=True)
class Credentials:
    """How to authenticate to a SPARQL server: a bearer token, or a user and password.

    A user and password answer the server's challenge (HTTP Basic or Digest:
    Virtuoso's ``/sparql-auth`` asks for Digest); a token is sent as
    ``Authorization: Bearer`` with every request (``diplograph serve``).
    """

    token: str | None = None
    user: str | None = None
    password: str | None = None

    def headers(self) -> dict[str, str]:
        """Headers sent with every request."""
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def opener(self, *urls: str | None) -> urllib.request.OpenerDirector:
        """A urllib opener that answers Basic and Digest challenges of ``urls``' servers."""
        if not self.user:
            return urllib.request.build_opener()
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        for url in urls:
            if url:
                passwords.add_password(None, url, self.user, self.password or "")
        return urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(passwords),
                                           urllib.request.HTTPDigestAuthHandler(passwords))


def credentials_from_environment() -> Credentials:
    """Credentials from ``$DIPLOGRAPH_STORE_TOKEN`` or ``$DIPLOGRAPH_STORE_USER`` and
    ``$DIPLOGRAPH_STORE_PASSWORD`` (unset or empty: none)."""
    return Credentials(token=os.environ.get(TOKEN_ENV) or None,
                       user=os.environ.get(USER_ENV) or None,
                       password=os.environ.get(PASSWORD_ENV) or None)


def _parse_results_json(body: bytes, url: str) -> QueryResult:
    """Read SPARQL 1.1 Query Results JSON into a :class:`QueryResult`."""
    try:
        document = json.loads(body)
        if "boolean" in document:
            return QueryResult(kind="ask", boolean=bool(document["boolean"]))
        variables = list(document["head"]["vars"])
        if variables == [_VIRTUOSO_ASK]:
            # Virtuoso 7 answers ASK in JSON as a one-cell table of 1 or 0.
            cells = document["results"]["bindings"]
            value = cells[0][_VIRTUOSO_ASK]["value"] if cells else "0"
            return QueryResult(kind="ask", boolean=value in {"1", "true"})
        rows = [
            tuple(_term_from_json(binding[v]) if v in binding else None for v in variables)
            for binding in document["results"]["bindings"]
        ]
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(
                f"cannot read the answer of the SPARQL server at {url}: {exc}") from None
    return QueryResult(kind="select", variables=variables, rows=rows)


def _term_from_json(value: Mapping[str, str]) -> Identifier:
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in {"literal", "typed-literal"}:
        if "xml:lang" in value:
            return Literal(value["value"], lang=value["xml:lang"])
        datatype = value.get("datatype")
        if datatype and datatype != "http://www.w3.org/2001/XMLSchema#string":
            return Literal(value["value"], datatype=URIRef(datatype))
        return Literal(value["value"])
    raise ValueError(f"unsupported term type {kind!r}")
