"""Answers of the SPARQL endpoint: choosing a format by content negotiation, and writing it.

SELECT and ASK answers are written as SPARQL 1.1 Query Results in JSON, XML,
CSV or TSV; CONSTRUCT and DESCRIBE answers as Turtle, JSON-LD or N-Triples.
The client says which by its ``Accept`` header (with ``q`` weights, as
YASGUI, SPARQLWrapper and R's SPARQL clients send it) or, where a link is
easier, by a ``format`` parameter (``json``, ``xml``, ``csv``, ``tsv``,
``turtle``, ``jsonld``, ``ntriples``).

Terms arrive as pyoxigraph terms, so the writers see exactly what the store
holds (datatypes, language tags, blank nodes).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from ..errors import DiplographError

RESULTS_JSON = "application/sparql-results+json"
RESULTS_XML = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
TURTLE = "text/turtle"
JSON_LD = "application/ld+json"
N_TRIPLES = "application/n-triples"

#: Media types per answer kind, the first being the default for ``*/*``.
RESULT_TYPES = (RESULTS_JSON, RESULTS_XML, CSV, TSV)
GRAPH_TYPES = (TURTLE, JSON_LD, N_TRIPLES)

#: Other names clients use for the same formats.
_ALIASES = {
    "application/json": RESULTS_JSON,
    "application/xml": RESULTS_XML,
    "text/xml": RESULTS_XML,
    "application/x-turtle": TURTLE,
    "application/json+ld": JSON_LD,
    "text/plain": N_TRIPLES,  # N-Triples' old media type
}
#: Values of the ``format`` parameter.
FORMAT_NAMES = {
    "json": RESULTS_JSON, "xml": RESULTS_XML, "csv": CSV, "tsv": TSV,
    "turtle": TURTLE, "ttl": TURTLE, "jsonld": JSON_LD, "json-ld": JSON_LD,
    "ntriples": N_TRIPLES, "nt": N_TRIPLES,
}


class NotAcceptable(DiplographError):
    """No format the client accepts fits the answer (HTTP 406)."""


class TooManyResults(DiplographError):
    """The answer has more rows or triples than the server's limit (HTTP 413)."""


def _accepted(accept: str) -> list[tuple[float, int, str]]:
    """``(q, -order, media type)`` of each range in an Accept header, best first."""
    ranges = []
    for order, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((q, -order, _ALIASES.get(media, media)))
    return sorted(ranges, reverse=True)


def negotiate(accept: str | None, fmt: str | None, kind: str) -> str:
    """The media type to answer with for a ``kind`` answer (``"select"``, ``"ask"``, ``"graph"``).

    ``fmt`` (the ``format`` parameter) wins over ``accept``.  Raises
    :class:`NotAcceptable` naming what the server can give.
    """
    offered = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    if fmt:
        chosen = FORMAT_NAMES.get(fmt.strip().lower(), fmt.strip().lower())
        if chosen in offered:
            return chosen
        raise NotAcceptable(f"format {fmt!r} does not fit a {kind.upper()} answer; "
                            f"choose one of: {', '.join(offered)}")
    if not accept or not accept.strip():
        return offered[0]
    for q, _, media in _accepted(accept):
        if q <= 0:
            continue
        if media in offered:
            return media
        if media == "*/*":
            return offered[0]
        if media.endswith("/*"):
            for candidate in offered:
                if candidate.startswith(media[:-1]):
                    return candidate
    raise NotAcceptable(f"cannot answer a {kind.upper()} query as {accept!r}; "
                        f"the server gives: {', '.join(offered)}")


# --- SELECT and ASK ------------------------------------------------------------------------------


def _json_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    raise ValueError(f"unsupported term {term!r}")


def _xml_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return (f"<literal datatype={quoteattr(term.datatype.value)}>"
                f"{escape(term.value)}</literal>")
    return f"<literal>{escape(term.value)}</literal>"


def _csv_term(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value  # type: ignore[attr-defined]


def write_solutions(variables: Sequence[str], rows: Iterable[Sequence[object]],
                    media_type: str) -> bytes:
    """A SELECT answer (``rows`` aligned with ``variables``, ``None`` for unbound) as bytes."""
    if media_type == RESULTS_JSON:
        bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True)
                     if t is not None} for row in rows]
        document = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
        return json.dumps(document, ensure_ascii=False).encode("utf-8")
    if media_type == RESULTS_XML:
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
               "<head>", *(f"<variable name={quoteattr(v)}/>" for v in variables),
               "</head>", "<results>"]
        for row in rows:
            out.append("<result>")
            out.extend(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                       for v, t in zip(variables, row, strict=True) if t is not None)
            out.append("</result>")
        out += ["</results>", "</sparql>", ""]
        return "\n".join(out).encode("utf-8")
    if media_type == CSV:
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_csv_term(t) for t in row] for row in rows)
        return buffer.getvalue().encode("utf-8")
    if media_type == TSV:
        # TSV cells are terms in their SPARQL/N-Triples form, which escapes tabs and newlines.
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise NotAcceptable(f"cannot write a SELECT answer as {media_type}")


def write_boolean(value: bool, media_type: str) -> bytes:
    """An ASK answer as bytes."""
    if media_type == RESULTS_JSON:
        return json.dumps({"head": {}, "boolean": value}).encode("utf-8")
    if media_type == RESULTS_XML:
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n"
                ).encode()
    if media_type == CSV:
        return f"_askResult\r\n{'true' if value else 'false'}\r\n".encode()
    if media_type == TSV:
        return f"?_askResult\n{'true' if value else 'false'}\n".encode()
    raise NotAcceptable(f"cannot write an ASK answer as {media_type}")


# --- CONSTRUCT and DESCRIBE ----------------------------------------------------------------------


def write_triples(triples: Sequence[ox.Triple], media_type: str) -> bytes:
    """A CONSTRUCT or DESCRIBE answer as Turtle, JSON-LD (compact, diplograph's context)
    or N-Triples."""
    from ..namespaces import PREFIXES

    if media_type == TURTLE:
        prefixes = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
    if media_type == N_TRIPLES:
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    if media_type == JSON_LD:
        # rdflib, as `diplograph export --format jsonld` does: pyoxigraph's JSON-LD has no
        # @context.
        from ..export import jsonld_context
        from ..stores.terms import from_oxigraph, new_graph

        graph = new_graph()
        for triple in triples:
            graph.add((from_oxigraph(triple.subject), from_oxigraph(triple.predicate),
                       from_oxigraph(triple.object)))
        text = graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
        return text.encode("utf-8")
    raise NotAcceptable(f"cannot write a graph as {media_type}")
