"""SPARQL queries as files: finding them, binding their parameters, printing their answers.

Bundled queries live in ``queries/*.rq`` (see :func:`diplograph.resources.queries_dir`).
Each starts with a header of ``#`` comment lines, read by :func:`list_queries`::

    # <one-line description: what the query answers>
    # free text: what the columns mean, how rows are ordered ...
    # param ?name: what it is (default: what happens when it is not given)
    # param ?from (date): a parameter with a declared type
    # param ?status (held|planned|postponed|cancelled|all): a parameter with a list of choices
    # example: diplograph query <name> --param name=value

The first line is the description; ``param`` lines declare parameters (the
``(default: …)`` part is documentation); ``example`` lines are command lines;
every other header line is free text.  The header ends at the first line that
does not start with ``#``.

A parameter's optional type in parentheses is one of ``date``, ``integer``,
``iri``, ``text``, or a ``|``-separated list of words.  A value given as a
string is read as that type (``--param word=2021`` stays the text "2021"), and
a value that does not fit is a :class:`QueryError` naming the parameter, so
``--param from=notadate`` is an error rather than an empty answer.

Parameters are bound by the store as RDF terms, never pasted into the text.
A parameter that is not given stays unbound, so a query makes it optional
with ``FILTER (!BOUND(?p) || …)`` or gives it a default with ``COALESCE``.
Parameters are visible in the query's outermost ``WHERE`` group (its triple
patterns, ``FILTER`` s, ``OPTIONAL`` s and ``EXISTS``) and in every sub-select
that names them; see :mod:`diplograph.stores.terms` for why.

A bundled query may have a selective form, ``queries/selective/NAME.rq`` (and more,
``NAME.WORD.rq``, for other parameters), run in its place on the embedded store's
facts view when a parameter it starts from is given (:func:`selective_form`): it
looks up the few nodes the parameter names first, so it costs its answer, not the
corpus.  A form may start from the days of a date range instead (``# days: …``, see
:mod:`diplograph.querydays`), and may be passed by for a value selecting everything
(``# not when: ?kind=all``).

On the command line a parameter is ``NAME=VALUE``; for a parameter without a
declared type (or in inline SPARQL) :func:`parse_value` reads the value as:

* ``<http://…>``, ``http://…`` or ``https://…`` → an IRI;
* ``dg:…``, ``dgr:…`` (or another prefix of :data:`diplograph.namespaces.PREFIXES`,
  such as ``wd:Q123``) → the expanded IRI;
* ``YYYY-MM-DD`` → an ``xsd:date`` literal;
* an integer such as ``42`` or ``-3`` → an ``xsd:integer`` literal;
* ``"…"`` in double quotes → a plain string with the quotes removed (to pass
  ``"2021-04-14"`` or ``"dg:x"`` as text);
* anything else → a plain string literal.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import sys
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from .errors import QueryError
from .namespaces import INFERRED_GRAPH, PREFIXES
from .querydays import fill_days, page_by_days
from .resources import queries_dir
from .stores.base import QueryResult, Store
from .stores.terms import bind_parameters, count_query, paged_query, query_form

#: Output formats of :func:`format_result`: the first five for any result, the
#: last two for CONSTRUCT/DESCRIBE (which also print as table/csv/tsv/markdown
#: subject-predicate-object rows; ``json`` of a graph is JSON-LD).
RESULT_FORMATS = ("table", "csv", "tsv", "json", "markdown", "turtle", "jsonld")
_FORMAT_ALIASES = {"md": "markdown", "json-ld": "jsonld", "ttl": "turtle", "text": "table"}
#: Types a query header may declare for a parameter (besides a list of choices).
PARAM_TYPES = ("date", "integer", "iri", "text")

_KEYWORD = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX|BASE)\b", re.IGNORECASE)
_PARAM_LINE = re.compile(
    r"param\s+[?$]?(?P<name>\w+)\s*(?:\((?P<type>[^)]*)\))?\s*:\s*(?P<text>.*?)"
    r"\s*(?:\(default:\s*(?P<default>.*)\))?\s*$"
)
_PARAM_NAME = re.compile(r"[?$]?(\w+)")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INTEGER = re.compile(r"[+-]?\d+")
_PREFIXED = re.compile(r"(?P<prefix>[A-Za-z][\w-]*):(?P<local>[^\s<>\"{}|^`\\]+)")


@dataclass(frozen=True)
class QueryParam:
    """A parameter declared in a query's header."""

    name: str
    description: str
    default: str | None = None
    #: ``date``, ``integer``, ``iri``, ``text``, ``a|b|c`` (choices), or None (any term).
    type: str | None = None

    @property
    def choices(self) -> tuple[str, ...]:
        """The allowed words of a ``a|b|c`` type, else ``()``."""
        return tuple(self.type.split("|")) if self.type and "|" in self.type else ()


@dataclass(frozen=True)
class QueryInfo:
    """A bundled query: its name (file stem), path and what its header says."""

    name: str
    path: Path
    description: str
    parameters: tuple[QueryParam, ...] = ()
    examples: tuple[str, ...] = ()
    details: str = ""


# --- finding queries -----------------------------------------------------------------------------


def parse_header(text: str) -> tuple[str, str, tuple[QueryParam, ...], tuple[str, ...]]:
    """Read a query's header comment: ``(description, details, parameters, examples)``."""
    lines: list[str] = []
    for line in text.lstrip().splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].strip())
    description = lines[0] if lines else ""
    details: list[str] = []
    parameters: list[QueryParam] = []
    examples: list[str] = []
    for line in lines[1:]:
        if match := _PARAM_LINE.match(line):
            kind = " ".join((match["type"] or "").split()).replace(" | ", "|").lower() or None
            parameters.append(QueryParam(match["name"], match["text"], match["default"], kind))
        elif line.startswith("example:"):
            examples.append(line.removeprefix("example:").strip())
        elif line:
            details.append(line)
    return description, " ".join(details), tuple(parameters), tuple(examples)


def query_info(path: Path) -> QueryInfo:
    """The :class:`QueryInfo` of the ``.rq`` file at ``path``."""
    description, details, parameters, examples = parse_header(path.read_text(encoding="utf-8"))
    return QueryInfo(path.stem, path, description, parameters, examples, details)


def list_queries() -> list[QueryInfo]:
    """Every bundled query, sorted by name."""
    return [query_info(path) for path in sorted(queries_dir().glob("*.rq"))]


def describe_query(name: str) -> str:
    """A bundled query's documentation as text: what it answers, its parameters (type,
    default) and example calls.  An unknown name is a :class:`QueryError` listing the names."""
    path = queries_dir() / f"{name.removesuffix('.rq')}.rq"
    if "/" in name or "\\" in name or not path.is_file():
        raise QueryError(f"unknown query {name!r}; choose one of: {', '.join(_bundled_names())}")
    info = query_info(path)
    lines = [f"{info.name}: {info.description}"]
    if info.details:
        lines += ["", *textwrap.wrap(info.details, 88)]
    if info.parameters:
        lines += ["", "parameters:"]
        for param in info.parameters:
            kind = f" ({param.type})" if param.type else ""
            default = f" [default: {param.default}]" if param.default else ""
            lines.append(f"  {param.name}{kind}: {param.description}{default}")
    if info.examples:
        lines += ["", "examples:", *(f"  {example}" for example in info.examples)]
    return "\n".join(lines)


def _bundled_names() -> list[str]:
    return sorted(path.stem for path in queries_dir().glob("*.rq"))


def load_query(text_or_name_or_path: str | Path) -> str:
    """The SPARQL text of a query given as a file path, a bundled name, or inline text.

    Decided in this order: an existing file → its text; a bundled name (with
    or without ``.rq``) → that query; text containing ``{`` or a SPARQL keyword
    → the text itself; otherwise :class:`QueryError` listing the bundled names.
    """
    given = str(text_or_name_or_path)
    candidate = Path(given).expanduser()
    try:
        is_file = "\n" not in given and candidate.is_file()
    except OSError:  # inline text too long to be a file name
        is_file = False
    if is_file:
        try:
            return candidate.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read the query file {given}: {exc}") from None
    bundled = queries_dir() / f"{given.removesuffix('.rq')}.rq"
    if "/" not in given and "\\" not in given and bundled.is_file():
        return bundled.read_text(encoding="utf-8")
    if "{" in given or _KEYWORD.search(given):
        return given
    if given.endswith(".rq"):
        raise QueryError(f"no query file {given!r}; give the path of an existing .rq file")
    names = ", ".join(_bundled_names()) or "(none bundled)"
    raise QueryError(f"unknown query {given!r}; choose one of: {names}; or give a .rq file or "
                     "SPARQL text")


# --- parameters ----------------------------------------------------------------------------------


def parse_value(value: str) -> Identifier:
    """Read a parameter value as an RDF term (the rules are in the module docstring)."""
    text = value.strip()
    if len(text) >= 2 and text.startswith('"') and text.endswith('"'):
        return Literal(text[1:-1])
    if text.startswith("<") and text.endswith(">"):
        return URIRef(text[1:-1])
    if text.startswith(("http://", "https://")):
        return URIRef(text)
    if _DATE.fullmatch(text):
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise QueryError(f"bad date {text!r}; write a real day as YYYY-MM-DD") from None
        return Literal(text, datatype=XSD.date)
    if _INTEGER.fullmatch(text):
        return Literal(int(text), datatype=XSD.integer)
    if (match := _PREFIXED.fullmatch(text)) and match["prefix"] in PREFIXES:
        return URIRef(str(PREFIXES[match["prefix"]]) + match["local"])
    return Literal(value)


def split_param(assignment: str) -> tuple[str, str]:
    """Split ``"name=value"`` into the name (without ``?``) and the value, still as text."""
    name, sep, value = assignment.partition("=")
    match = _PARAM_NAME.fullmatch(name.strip())
    if not sep or not match:
        raise QueryError(f"bad parameter {assignment!r}; write NAME=VALUE, e.g. name=Otieno")
    return match[1], value


def parse_param(assignment: str) -> tuple[str, Identifier]:
    """Split ``"name=value"`` into the name (without ``?``) and the value as an RDF term."""
    name, value = split_param(assignment)
    return name, parse_value(value)


_TYPE_WORDS = {"date": "a date (YYYY-MM-DD)", "integer": "an integer",
               "iri": "an IRI (<…>, http(s)://… or dgr:…)", "text": "text"}


def coerce_param(param: QueryParam, value: object) -> Identifier:
    """``value`` as the RDF term ``param``'s declared type asks for.

    Strings are read as that type; terms are checked against it; other Python
    values (``int``, ``datetime.date``) become their XSD literal first.  A value that
    does not fit raises :class:`QueryError` naming the parameter and the type.
    """
    if not isinstance(value, (str, Identifier)):
        value = Literal(value)  # a Python int, date, ... from a notebook: its XSD literal
    kind = param.type
    if kind is None:
        return parse_value(value) if isinstance(value, str) else value
    text = str(value).strip()
    if len(text) >= 2 and text.startswith('"') and text.endswith('"'):
        text = text[1:-1]
    if param.choices:
        if isinstance(value, URIRef) or text.lower() not in param.choices:
            raise QueryError(f"parameter {param.name}={text!r} is not one of: "
                             + ", ".join(param.choices))
        return Literal(text.lower())
    if kind == "text":
        if isinstance(value, URIRef):
            raise QueryError(f"parameter {param.name} expects text, got the IRI <{value}>")
        return Literal(text) if isinstance(value, str) else value
    term = parse_value(value) if isinstance(value, str) else value
    fits = {
        "date": lambda t: isinstance(t, Literal) and t.datatype == XSD.date,
        "integer": lambda t: isinstance(t, Literal) and t.datatype == XSD.integer,
        "iri": lambda t: isinstance(t, URIRef),
    }.get(kind)
    if fits is None:  # a header typo: say so rather than guess
        raise QueryError(f"parameter {param.name} declares an unknown type {kind!r}; use one of "
                         + ", ".join(PARAM_TYPES) + " or a|b|c")
    if not fits(term):
        raise QueryError(f"parameter {param.name} expects {_TYPE_WORDS[kind]}, got {text!r}")
    return term


def bind_query_params(text: str, params: Mapping[str, object] | None
                      ) -> dict[str, Identifier]:
    """The bindings for SPARQL ``text`` from ``params``, checked against its header.

    Names may carry ``?``; values are RDF terms or strings.  When the header
    declares parameters, an undeclared name is a :class:`QueryError` (a typo),
    and each value is read or checked as its declared type (:func:`coerce_param`).
    """
    declared = {p.name: p for p in parse_header(text)[2]}
    bindings: dict[str, Identifier] = {}
    for raw_name, value in (params or {}).items():
        name = raw_name.lstrip("?$")
        if declared and name not in declared:
            raise QueryError(f"the query has no parameter {name!r}; its parameters: "
                             + ", ".join(declared))
        param = declared.get(name, QueryParam(name, ""))
        bindings[name] = coerce_param(param, value)
    return bindings


def run_query(store: Store, query: str | Path,
              params: Mapping[str, object] | None = None, *,
              inferred: bool = True, limit: int | None = None, offset: int = 0,
              facts: bool = True) -> QueryResult:
    """Run ``query`` (a name, a .rq path or SPARQL text, see :func:`load_query`) on ``store``.

    ``params`` maps parameter names (with or without ``?``) to RDF terms, to
    strings read as the parameter's declared type (else by :func:`parse_value`),
    or to Python values such as ``2`` or ``datetime.date(2021, 4, 14)``.
    When the query's header declares parameters, any other name is a
    :class:`QueryError` (it would be a typo).
    ``inferred=False`` leaves the inferred graph (``dgr:graph/inferred``) out,
    so the query sees only what articles and the background state.

    ``limit`` and ``offset`` (whole numbers) return one page of a SELECT's rows: at
    most ``limit`` rows after skipping ``offset``, in the query's order (every bundled
    query orders its rows completely, so pages do not overlap).  By default every row
    is returned.  They go to the engine as ``LIMIT``/``OFFSET``, so rows past the page
    are never handed to Python; a query that has its own ``LIMIT``, ``OFFSET`` or
    trailing ``VALUES`` is sliced after it ran.

    ``facts=False`` runs the query on the union of the graphs even where the store
    keeps a facts view (the embedded store, see :mod:`diplograph.stores.embedded`),
    which is otherwise its default graph: a comparison for benchmarks and tests.
    """
    text = load_query(query)
    bindings = bind_query_params(text, params)
    selective = selective_form(query, bindings, store, inferred=inferred, facts=facts)
    if selective is not None and limit is not None:
        # A form starting from a date range reads a page a few days at a time
        # (paged_query checks limit and offset).
        paged_query(selective, limit, offset)
        paged = page_by_days(selective, bindings, limit, offset,
                             lambda form: _run(store, bind_parameters(form, bindings),
                                               inferred, facts))
        if paged is not None:
            return paged
    text = bind_parameters(selective or text, bindings)
    sliced = False
    if limit is not None or offset:
        paged = paged_query(text, limit, offset)  # checks limit and offset
        if paged is None:
            if query_form(text) != "SELECT":
                raise QueryError("limit and offset apply to SELECT queries only")
            sliced = True
        else:
            text = paged
    result = _run(store, text, inferred, facts)
    if sliced:
        end = None if limit is None else offset + limit
        result.rows = result.rows[offset:end]
    return result


def count_rows(store: Store, query: str | Path,
               params: Mapping[str, object] | None = None, *,
               inferred: bool = True, facts: bool = True) -> int:
    """How many rows the SELECT ``query`` answers, counted by the engine (no rows are
    handed to Python).  Parameters as for :func:`run_query`."""
    text = load_query(query)
    bindings = bind_query_params(text, params)
    text = selective_form(query, bindings, store, inferred=inferred, facts=facts) or text
    counting = count_query(bind_parameters(text, bindings))
    result = _run(store, counting, inferred, facts)
    return int(result.rows[0][0]) if result.rows and result.rows[0][0] is not None else 0


#: The folder of ``queries/`` holding the selective forms of bundled queries.
SELECTIVE_DIR = "selective"
_USE_WHEN = re.compile(r"use when given:\s*(?P<names>.*)")
_NOT_WHEN = re.compile(r"not when:\s*(?P<cases>.*)")


def selective_form(query: str | Path, bindings: Mapping[str, Identifier], store: Store, *,
                   inferred: bool = True, facts: bool = True) -> str | None:
    """The selective form of the bundled ``query`` for these ``bindings``, or None.

    A bundled query may have a second form, ``queries/selective/NAME.rq``, which starts
    from the nodes its parameters select (the states matching ``?state``, the persons
    matching ``?name``) and looks everything else up from them, one index lookup per
    row: it costs its answer, not the corpus.  Its header says which parameters select
    (``# use when given: ?state``); it is used when one of them is given, on a store
    whose default graph is the facts view (each fact once: see
    :mod:`diplograph.stores.embedded`).  Over the plain union of the graphs (a SPARQL
    server, ``facts=False``, ``inferred=False``) its lookups would meet every repeat of
    a fact, so the general form, which removes repeats first, is used there.  Both forms
    answer the same rows (tested).  A query may have several selective forms
    (:func:`selective_forms`): the first one given one of its parameters is used.
    """
    if not (inferred and facts and getattr(store, "facts_view", False)):
        return None
    path = _bundled_path(query)
    return None if path is None else selective_text(path.stem, bindings)


def selective_text(name: str, bindings: Mapping[str, object]) -> str | None:
    """The text of the selective form of the bundled query ``name`` that these
    ``bindings`` select from (the first of :func:`selective_forms` given one of its
    parameters), or None; whatever the store.  :func:`selective_form` decides whether a
    store may run it; ``diplograph serve`` passes it to its workers, which decide the
    same way."""
    given = {key.lstrip("?$") for key in bindings}
    for selective in selective_forms(name):
        text = selective.read_text(encoding="utf-8")
        if selecting_parameters(text) & given and not _passed_by(text, bindings):
            # A form starting from a date range gets the range's days (or is passed by
            # when the range is open or too long): see diplograph.querydays.
            filled = fill_days(text, bindings)
            if filled is not None:
                return filled
    return None


def selective_forms(name: str) -> list[Path]:
    """The selective forms of the bundled query ``name``, in the order they are tried:
    ``queries/selective/NAME.rq``, then ``NAME.WORD.rq`` files by name.  A query whose
    parameters select in different ways (``leaders``: a state's offices, or a role's)
    has one form for each, since one form starting from either made Oxigraph's planner
    read its lookups whole."""
    folder = queries_dir() / SELECTIVE_DIR
    first = folder / f"{name}.rq"
    return [*([first] if first.is_file() else []), *sorted(folder.glob(f"{name}.*.rq"))]


def selecting_parameters(text: str) -> set[str]:
    """The parameters a selective form starts from: its header's ``# use when given:``."""
    selecting: set[str] = set()
    for line in text.lstrip().splitlines():
        if not line.startswith("#"):
            break
        if match := _USE_WHEN.match(line[1:].strip()):
            selecting.update(name.lstrip("?$") for name in match["names"].replace(",", " ").split())
    return selecting


def _passed_by(text: str, bindings: Mapping[str, object]) -> bool:
    """Whether a selective form's header says not to use it for one of these values:
    ``# not when: ?kind=all`` (a value selecting everything, where starting from the
    parameter is slower than the general form)."""
    given = {key.lstrip("?$"): str(value) for key, value in bindings.items()}
    for line in text.lstrip().splitlines():
        if not line.startswith("#"):
            break
        if match := _NOT_WHEN.match(line[1:].strip()):
            for name, value in re.findall(r"[?$](\w+)=(\S+)", match["cases"]):
                if given.get(name) == value:
                    return True
    return False


def _bundled_path(query: str | Path) -> Path | None:
    """The bundled file :func:`load_query` reads for ``query``, or None (a file, or text)."""
    given = str(query)
    if "\n" in given or "/" in given or "\\" in given:
        return None
    try:
        if Path(given).expanduser().is_file():  # load_query reads a file of that name first
            return None
    except OSError:
        return None
    bundled = queries_dir() / f"{given.removesuffix('.rq')}.rq"
    return bundled if bundled.is_file() else None


def _run(store: Store, text: str, inferred: bool, facts: bool) -> QueryResult:
    if not inferred:
        return store.query(text, exclude=[INFERRED_GRAPH])
    if not facts and getattr(store, "facts_view", False):
        return store.query(text, facts=False)  # type: ignore[call-arg]
    return store.query(text)


# --- printing answers ----------------------------------------------------------------------------


def compact(term: Identifier | None) -> str:
    """A short readable form of a term: ``dgr:person/emmanuel-macron``, a literal's text, ``''``."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        iri = str(term)
        # The longest namespace wins, so dgr:/dg: beat a shorter accidental match.
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
            if iri.startswith(str(namespace)) and len(iri) > len(str(namespace)):
                return f"{prefix}:{iri[len(str(namespace)):]}"
        return iri
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _json_term(term: Identifier) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    value: dict[str, str] = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        value["datatype"] = str(term.datatype)
    return value


def _csv_term(term: Identifier | None) -> str:
    # SPARQL 1.1 CSV results: IRIs and literals as their plain text, blank nodes as _:label.
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _table_shape(result: QueryResult) -> tuple[list[str], list[tuple[Identifier | None, ...]]]:
    """Columns and rows of any result: select as is, ask as one cell, graphs as s/p/o."""
    if result.kind == "ask":
        return ["result"], [(Literal(bool(result.boolean)),)]
    if result.kind == "graph":
        graph = result.graph
        triples = sorted(graph, key=lambda t: tuple(str(x) for x in t)) if graph else []
        return ["subject", "predicate", "object"], [tuple(t) for t in triples]
    return list(result.variables), list(result.rows)


def normalize_result_format(fmt: str) -> str:
    """The canonical name of a result format (``md``, ``json-ld``, ``ttl`` accepted), or a
    :class:`QueryError` listing :data:`RESULT_FORMATS`."""
    name = fmt.strip().lower()
    name = _FORMAT_ALIASES.get(name, name)
    if name not in RESULT_FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of: {', '.join(RESULT_FORMATS)}")
    return name


def format_result(result: QueryResult, fmt: str, *, width: int | None = None) -> str:
    """Render ``result`` as text in ``fmt`` (one of :data:`RESULT_FORMATS`).

    table: a rich table with IRIs shortened by the dg:/dgr:/... prefixes
    (``width`` columns, default the terminal's); csv and tsv: SPARQL 1.1 CSV
    and TSV results (TSV writes terms in N-Triples form); json: SPARQL 1.1
    Query Results JSON (JSON-LD for CONSTRUCT/DESCRIBE); markdown: a pipe
    table with shortened IRIs; turtle and jsonld: only for CONSTRUCT/DESCRIBE.
    """
    fmt = normalize_result_format(fmt)
    if fmt in ("turtle", "jsonld"):
        if result.kind != "graph" or result.graph is None:
            raise QueryError(f"format {fmt!r} needs a CONSTRUCT or DESCRIBE query; choose "
                             "table, csv, tsv, json or markdown")
        if fmt == "turtle":
            return result.graph.serialize(format="turtle")
        return _format_json(result)
    if fmt == "json":
        return _format_json(result)
    columns, rows = _table_shape(result)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows([_csv_term(term) for term in row] for row in rows)
        return buffer.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{c}" for c in columns)]
        lines += ["\t".join(_tsv_term(term) for term in row) for row in rows]
        return "\n".join(lines) + "\n"
    if fmt == "markdown":
        return _format_markdown(columns, rows)
    return _format_table(columns, rows, width)


def _tsv_term(term: Identifier | None) -> str:
    # SPARQL 1.1 TSV results: terms in their N-Triples form (which escapes tabs and newlines).
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    from .stores.terms import sparql_term

    return sparql_term(term)


def _markdown_cell(term: Identifier | None) -> str:
    text = " ".join(compact(term).split())  # a newline would end the table row
    return text.replace("\\", "\\\\").replace("|", "\\|")


def _format_markdown(columns: list[str], rows: list[tuple[Identifier | None, ...]]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    lines += ["| " + " | ".join(_markdown_cell(t) for t in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _format_json(result: QueryResult) -> str:
    if result.kind == "graph":
        from .jsonld import to_jsonld

        graph = result.graph
        if graph is None:
            return "[]"
        return to_jsonld(graph)
    if result.kind == "ask":
        document: dict[str, object] = {"head": {}, "boolean": bool(result.boolean)}
    else:
        document = {
            "head": {"vars": list(result.variables)},
            "results": {"bindings": [
                {v: _json_term(t)
                 for v, t in zip(result.variables, row, strict=True) if t is not None}
                for row in result.rows
            ]},
        }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _format_table(columns: list[str], rows: list[tuple[Identifier | None, ...]],
                  width: int | None) -> str:
    # rich is imported here so that `diplograph --help` does not pay for it.
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, caption=f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        # Text(), not str: a label such as "[bold]" must print as written, not as rich markup.
        table.add_row(*(Text(compact(term)) for term in row))
    # Into a pipe or file a table is not wrapped: nobody's screen sets its width.
    columns_available = width or (shutil.get_terminal_size((120, 24)).columns
                                  if sys.stdout.isatty() else 4000)
    console = Console(file=io.StringIO(), width=columns_available, color_system=None,
                      force_terminal=False, highlight=False)
    console.print(table)
    return console.file.getvalue()  # type: ignore[attr-defined]
