"""RDF terms crossing into and out of the backends, and terms written into SPARQL.

These jobs live together because each turns a term into something a backend
understands without ever trusting text:

* converting rdflib terms to pyoxigraph terms and back (literals keep their
  datatype and language tag; the default graph is ``None`` on the rdflib side);
* writing data into a SPARQL Update (:func:`replace_graph_update`);
* binding query parameters: :func:`bind_parameters` adds a ``VALUES`` block at
  the start of the query's outermost ``WHERE`` group.  Every term in it is
  written by pyoxigraph's canonical N-Triples serializer (which escapes quotes,
  backslashes and newlines, and whose ``NamedNode`` refuses IRIs containing
  ``>``, spaces or braces), so no parameter value can change the query's shape.

Why ``VALUES`` for both backends rather than pyoxigraph's ``substitutions=``:
in pyoxigraph 0.5 a substituted variable must appear in the ``SELECT``
projection (so it cannot be used in aggregate queries or ``ASK``), and
``BOUND(?x)`` stays false for a substituted ``?x``, which breaks optional
parameters.  A ``VALUES`` row at the top of the ``WHERE`` group is standard
SPARQL 1.1, means the same on every server, and keeps both backends' answers
identical.  Its rule for query authors: a parameter is visible to the triple
patterns, ``FILTER`` s, ``OPTIONAL`` s and ``EXISTS`` of the outermost group,
and to every sub-``SELECT`` that names it (each gets the same ``VALUES`` row at
the start of its ``WHERE`` group, so a query can select the parameter's few nodes
in its innermost sub-select and expand from them); inside a ``MINUS`` or a
nested ``{ }`` that is not a sub-select it is not bound.  A parameter that is
not given stays unbound.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier, Node

from ..errors import InputError, QueryError
from ..namespaces import PREFIXES
from .base import Triple

_XSD_STRING = str(XSD.string)


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """Convert an rdflib term to the pyoxigraph term with the same meaning.

    Raises ``ValueError`` for an invalid IRI or a term kind pyoxigraph lacks.
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise ValueError(f"cannot store {term!r}: not an IRI, blank node or literal")


def graph_to_oxigraph(graph: URIRef | None) -> ox.NamedNode | ox.DefaultGraph:
    """Convert a graph name (``None`` meaning the default graph) to pyoxigraph."""
    return ox.DefaultGraph() if graph is None else ox.NamedNode(str(graph))


def from_oxigraph(term: object) -> Identifier:
    """Convert a pyoxigraph term to rdflib.

    ``xsd:string`` literals become plain rdflib literals (``Literal("x")``):
    RDF 1.1 treats them as the same term, and rdflib compares them as equal
    only in that form.
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise ValueError(f"unsupported RDF term {term!r} (RDF-star triple terms are not supported)")


def graph_from_oxigraph(graph: object) -> URIRef | None:
    """Convert a pyoxigraph graph name to rdflib; the default graph becomes ``None``."""
    if isinstance(graph, ox.DefaultGraph):
        return None
    return from_oxigraph(graph)  # type: ignore[return-value]


def sparql_term(term: Node) -> str:
    """The canonical N-Triples form of ``term``, safe to place in SPARQL text.

    Raises ``ValueError`` for an invalid IRI.
    """
    return str(to_oxigraph(term))


def new_graph() -> Graph:
    """An empty rdflib graph with diplograph's prefixes bound (for readable Turtle)."""
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def one_line(exc: BaseException) -> str:
    """An exception's message on one line, for error messages."""
    return " ".join(str(exc).split())


def sparql_triples(triples: Iterable[Triple]) -> str:
    """Triples as N-Triples lines for an ``INSERT DATA`` block (raises :class:`InputError`)."""
    lines = []
    for triple in triples:
        try:
            lines.append(" ".join(sparql_term(term) for term in triple) + " .")
        except ValueError as exc:
            raise InputError(f"cannot store the triple {triple!r}: {exc}") from None
    return "\n".join(lines)


def replace_graph_update(graph: URIRef, triples: Iterable[Triple]) -> str:
    """The SPARQL Update that replaces ``graph`` by ``triples`` in one request.

    Terms are written by pyoxigraph's N-Triples serializer, so data cannot
    break out of the ``INSERT DATA`` block.
    """
    try:
        name = sparql_term(URIRef(graph))
    except ValueError as exc:
        raise InputError(f"bad graph name {str(graph)!r}: {exc}") from None
    triples = list(triples)
    body = sparql_triples(triples)  # before anything is sent: bad data fails early
    update = f"DROP SILENT GRAPH {name}"
    if body and any(isinstance(term, BNode) for triple in triples for term in triple):
        # Blank nodes (the ontology's OWL restrictions) go in an INSERT template, which
        # means the same as INSERT DATA here and which Virtuoso accepts (its INSERT DATA
        # refuses blank nodes).
        update += f" ;\nINSERT {{ GRAPH {name} {{\n{body}\n}} }} WHERE {{}}"
    elif body:
        update += f" ;\nINSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}"
    return update


def query_form(query: str) -> str:
    """The form of a SPARQL query: ``"SELECT"``, ``"ASK"``, ``"CONSTRUCT"`` or ``"DESCRIBE"``.

    The first such keyword outside comments, strings and IRIs; ``""`` when there
    is none (an update, or not SPARQL).
    """
    for match in _TOKENS.finditer(query):
        if match.lastgroup == "word" and match.group().upper() in _FORMS:
            return match.group().upper()
    return ""


# --- binding parameters ------------------------------------------------------------------------

# A SPARQL lexer just precise enough to find the outermost WHERE group: strings, IRIs and
# comments are recognised first so that braces or keywords inside them are never counted.
# IRIREF excludes spaces, so a less-than operator such as `?a < ?b` is not taken for an IRI.
_TOKENS = re.compile(
    r"""
      (?P<comment>\#[^\r\n]*)
    | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
               |\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
               |'(?:[^'\\\r\n]|\\.)*'
               |"(?:[^"\\\r\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$]\w+)
    | (?P<word>[^\W\d]\w*(?:[\w.-]*\w)?(?::\S*?(?=[\s{}().,;]|$))?)
    | (?P<open>\{)
    | (?P<close>\})
    | (?P<other>\S)
    """,
    re.VERBOSE | re.DOTALL,
)
_VARNAME = re.compile(r"\w+")
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


def _outer_where(query: str) -> tuple[int, int, int | None]:
    """Locate the outermost WHERE group of ``query``.

    Returns ``(open, close, short_construct_at)``: the offsets of the group's
    ``{`` and matching ``}``, and for the short form
    ``CONSTRUCT WHERE { … }`` the offset just after the ``CONSTRUCT`` keyword
    (else ``None``).
    """
    depth = 0  # braces
    parens = 0  # parentheses outside braces: a select expression such as (EXISTS { … } AS ?e)
    form: str | None = None
    form_end = 0
    after_where = False
    top_groups = 0  # depth-0 groups opened so far (CONSTRUCT's template is the first)
    opened: int | None = None
    short_construct = False
    for match in _TOKENS.finditer(query):
        kind, text = match.lastgroup, match.group()
        if kind == "open":
            if depth == 0 and parens == 0 and opened is None:
                top_groups += 1
                if after_where or form in {"SELECT", "ASK", "DESCRIBE"} or top_groups == 2:
                    opened = match.start()
            depth += 1
        elif kind == "close":
            depth -= 1
            if depth < 0:
                break
            if depth == 0 and opened is not None:
                return opened, match.start(), form_end if short_construct else None
        elif depth == 0 and kind == "other" and text in "()":
            parens += 1 if text == "(" else -1
        elif kind == "word" and depth == 0 and parens == 0 and opened is None:
            word = text.upper()
            if form is None and word in _FORMS:
                form, form_end = word, match.end()
            elif word == "WHERE" and form is not None:
                after_where = True
                short_construct = form == "CONSTRUCT" and top_groups == 0
    raise QueryError("cannot bind parameters: the query has no WHERE { … } group")


def bind_parameters(query: str, bindings: Mapping[str, Identifier] | None) -> str:
    """Return ``query`` with ``bindings`` added as a ``VALUES`` row in its outermost WHERE group.

    ``bindings`` maps variable names (with or without ``?``) to rdflib IRIs or
    literals.  Raises :class:`QueryError` for a bad variable name, a blank
    node, an invalid IRI, or a query without a WHERE group.
    """
    if not bindings:
        return query
    names: list[str] = []
    values: list[str] = []
    for raw_name, term in bindings.items():
        name = raw_name.lstrip("?$")
        if not _VARNAME.fullmatch(name):
            raise QueryError(f"bad parameter name {raw_name!r}; use letters, digits and _")
        if isinstance(term, BNode) or not isinstance(term, (URIRef, Literal)):
            raise QueryError(f"parameter ?{name} must be an IRI or a literal, not {term!r}")
        try:
            values.append(sparql_term(term))
        except ValueError as exc:
            raise QueryError(f"parameter ?{name}: {exc}") from None
        names.append(f"?{name}")
    block = f"VALUES ({' '.join(names)}) {{ ({' '.join(values)}) }}\n"
    row = dict(zip(names, values, strict=True))

    # Each sub-select naming a parameter gets its own VALUES row (only the names it
    # uses), last first so that the offsets before it stay true: a query can then
    # select the parameter's few nodes in its innermost sub-select and expand from them.
    for open_at, used in reversed(_subselect_groups(query)):
        if shown := [name for name in names if name in used]:
            inner = (f"VALUES ({' '.join(shown)}) "
                     f"{{ ({' '.join(row[name] for name in shown)}) }}\n")
            query = f"{query[: open_at + 1]} {inner}{query[open_at + 1 :]}"

    start, end, short_construct_at = _outer_where(query)
    body = query[start + 1 : end]
    if short_construct_at is not None:
        # CONSTRUCT WHERE { T } allows only triples in its group: spell it out as
        # CONSTRUCT { T } WHERE { VALUES … T }, which means the same.
        head = query[:short_construct_at]
        middle = query[short_construct_at:start]  # dataset clauses and the WHERE keyword
        return f"{head} {{{body}}}{middle}{{ {block}{body}}}{query[end + 1 :]}"
    first = next((m for m in _TOKENS.finditer(body) if m.lastgroup != "comment"), None)
    if first is not None and first.group().upper() == "SELECT":
        # A WHERE group that is a sub-select cannot take a VALUES before it: nest it.
        return f"{query[: start + 1]} {block}{{{body}}} {query[end:]}"
    return f"{query[: start + 1]} {block}{body}{query[end:]}"


def _subselect_groups(query: str) -> list[tuple[int, set[str]]]:
    """The ``WHERE`` groups of the sub-selects of ``query``: for each, in order, the offset
    of its ``{`` and the variables (``?name``) written inside it, nested groups included."""
    groups: list[tuple[int, set[str]]] = []
    open_groups: list[tuple[int, int, set[str]]] = []  # (depth, offset, variables) of each
    depth = 0
    select_parens: int | None = None  # after a nested SELECT: parentheses still open
    for match in _TOKENS.finditer(query):
        kind, text = match.lastgroup, match.group()
        if kind == "word" and depth > 0 and text.upper() == "SELECT":
            select_parens = 0
        elif kind == "other" and select_parens is not None and text in "()":
            select_parens += 1 if text == "(" else -1
        elif kind == "open":
            if select_parens == 0:  # the sub-select's WHERE group (not an EXISTS in its head)
                open_groups.append((depth, match.start(), set()))
                groups.append((match.start(), open_groups[-1][2]))
                select_parens = None
            depth += 1
        elif kind == "close":
            depth -= 1
            if open_groups and open_groups[-1][0] == depth:
                open_groups.pop()
        elif kind == "var":
            for _, _, variables in open_groups:
                variables.add(f"?{text[1:]}")
    return groups


# --- paging ------------------------------------------------------------------------------------


def paged_query(query: str, limit: int | None, offset: int = 0) -> str | None:
    """``query`` (a SELECT) with ``LIMIT limit`` and ``OFFSET offset`` appended, or None.

    None when the query is not a SELECT or already ends with a ``LIMIT``, ``OFFSET``
    or ``VALUES`` clause (the caller then slices the rows itself).  ``limit`` and
    ``offset`` are checked to be integers >= 0 and written as numbers: nothing of the
    caller's goes into the text as written.
    """
    limit = None if limit is None else _count_arg("limit", limit)
    offset = _count_arg("offset", offset)
    if query_form(query) != "SELECT":
        return None
    _, end, _ = _outer_where(query)
    tail = {m.group().upper() for m in _TOKENS.finditer(query[end + 1:]) if m.lastgroup == "word"}
    if tail & {"LIMIT", "OFFSET", "VALUES"}:
        return None
    clauses = ([f"LIMIT {limit}"] if limit is not None else []) + (
        [f"OFFSET {offset}"] if offset else [])
    # On a line of its own: the query may end with a comment.
    return query + ("\n" + " ".join(clauses) + "\n" if clauses else "")


def count_query(query: str) -> str:
    """A query counting the rows of the SELECT ``query`` (its variable: ``?rows``).

    The query becomes a sub-select, so the engine computes its answer but hands back
    one number: what the command line says about rows it did not print.
    """
    for match in _TOKENS.finditer(query):
        if match.lastgroup == "word" and match.group().upper() == "SELECT":
            at = match.start()
            return f"{query[:at]}SELECT (COUNT(*) AS ?rows) WHERE {{\n{query[at:]}\n}}\n"
    raise QueryError("only a SELECT query's rows can be counted")


def _count_arg(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise QueryError(f"{name} must be a whole number of rows, 0 or more; got {value!r}")
    return value
