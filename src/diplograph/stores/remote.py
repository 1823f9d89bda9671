"""A store on any SPARQL 1.1 server, spoken to over HTTP with the standard library.

Endpoint URLs.  ``RemoteStore(url)`` accepts:

* a base URL such as ``http://127.0.0.1:7878`` (oxigraph's layout): queries go
  to ``<base>/query`` and updates to ``<base>/update``;
* a query URL ending in ``/query`` (``…/ds/query`` on Fuseki, oxigraph's own):
  updates go to the sibling ``…/update``;
* a URL ending in ``/sparql``: queries and updates both go to it (Virtuoso,
  Blazegraph, Fuseki's combined endpoint).

Anything else can be given exactly with ``RemoteStore(query_url, update_url=…)``.

Queries follow the SPARQL 1.1 Protocol (POST ``application/sparql-query``;
results as ``application/sparql-results+json``, graphs as ``application/n-triples``).
The default graph must be the union of all graphs: every query URL gets the
``union-default-graph`` parameter, which oxigraph honours per request; other
servers ignore unknown parameters, so configure them to use the union as the
default graph (Fuseki: ``tdb2:unionDefaultGraph true``; GraphDB and Virtuoso
do so by default).

Writes are SPARQL 1.1 Updates.  :meth:`RemoteStore.replace_graph` sends
``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }`` as one request,
which the server runs as one transaction.

Bindings: servers have no equivalent of pyoxigraph's substitutions, so they
are sent as a ``VALUES`` row in the query's outermost WHERE group, written from
the terms' canonical N-Triples form (see :mod:`diplograph.stores.terms`).
"""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from typing import Self

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from ..errors import QueryError, StoreError
from .base import Quad, QueryResult, Triple
from .terms import bind_parameters, from_oxigraph, new_graph, replace_graph_update

_RESULTS_JSON = "application/sparql-results+json"
_N_TRIPLES = "application/n-triples"
# One Accept for every query form: the server answers SELECT/ASK in JSON and CONSTRUCT/DESCRIBE
# in N-Triples, and the response's Content-Type says which it chose.
_ACCEPT = f"{_RESULTS_JSON}, {_N_TRIPLES};q=0.9, text/turtle;q=0.8"
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
    elif path.endswith("/sparql"):
        query_path = update_path = path
    else:
        query_path, update_path = f"{path}/query", f"{path}/update"
    query_url = urllib.parse.urlunsplit(parts._replace(path=query_path))
    update_url = urllib.parse.urlunsplit(parts._replace(path=update_path))
    return query_url, update_url


class RemoteStore:
    """A :class:`~diplograph.stores.base.Store` on a SPARQL 1.1 server."""

    def __init__(self, url: str, *, update_url: str | None = None, timeout: float = 60.0) -> None:
        self.location = url
        self.query_url, default_update_url = endpoint_urls(url)
        self.update_url = update_url or default_update_url
        self.timeout = timeout

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r})"

    # -- HTTP -----------------------------------------------------------------------------------

    def _post(self, url: str, body: str, content_type: str, accept: str) -> tuple[str, bytes]:
        """POST ``body``; return the response's media type and bytes, or raise a one-liner."""
        request = urllib.request.Request(
            url,
            data=body.encode("utf-8"),
            method="POST",
            headers={"Content-Type": f"{content_type}; charset=utf-8", "Accept": accept},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                media_type = response.headers.get_content_type()
                return media_type, response.read()
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read().decode("utf-8", "replace").split())[:500]
            if exc.code == 400:
                raise QueryError(
                    f"the SPARQL server at {url} rejected the request: {detail}") from None
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

    def _query(self, sparql: str, *, union: bool = True,
               graphs: list[URIRef] | None = None) -> QueryResult:
        url = self.query_url
        if graphs is not None:
            # An explicit dataset (SPARQL 1.1 Protocol): the form body has room for
            # thousands of graph names, a URL has not.
            form = [("query", sparql)]
            form += [("default-graph-uri", str(g)) for g in graphs]
            form += [("named-graph-uri", str(g)) for g in graphs]
            media_type, body = self._post(url, urllib.parse.urlencode(form),
                                          "application/x-www-form-urlencoded", _ACCEPT)
        else:
            if union:
                url += ("&" if "?" in url else "?") + _UNION_PARAMETER
            media_type, body = self._post(url, sparql, "application/sparql-query", _ACCEPT)
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
        self._post(self.update_url, sparql, "application/sparql-update", "*/*")

    # -- the Store protocol ---------------------------------------------------------------------

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        """Atomically replace the named graph ``graph`` with ``triples``.

        DROP and INSERT DATA travel in one update request, and a SPARQL server
        applies one request as one transaction.
        """
        self.update(replace_graph_update(graph, triples))

    def has_graph(self, graph: URIRef) -> bool:
        """Whether the named graph exists and holds at least one triple."""
        answer = self._query(bind_parameters("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(graph)}))
        return bool(answer.boolean)

    def drop_graph(self, graph: URIRef) -> None:
        """Remove the named graph; no error when absent."""
        self.update(replace_graph_update(graph, []))

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


def _parse_results_json(body: bytes, url: str) -> QueryResult:
    """Read SPARQL 1.1 Query Results JSON into a :class:`QueryResult`."""
    try:
        document = json.loads(body)
        if "boolean" in document:
            return QueryResult(kind="ask", boolean=bool(document["boolean"]))
        variables = list(document["head"]["vars"])
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
