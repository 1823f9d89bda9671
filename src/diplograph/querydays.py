"""The days of a date range as bound values: where a selective form starts from a date range.

A date range selects no node: the general form of ``queries/meetings.rq`` reads every
meeting and keeps those whose date is between ``?from`` and ``?to`` (10 s at 100,000
replicated articles, see benchmarks/README.md, "Sixth pass").  Oxigraph looks a
meeting up by its date in one index seek (the date is the object of ``dg:date``), so a
form that is given every day of the range as a ``VALUES`` block finds the range's
meetings without reading the others.

A selective form asks for this in its header::

    # days: ?day from ?from to ?to

and holds the empty block ``VALUES ?day { }`` where the days go.  :func:`fill_days`
writes them there: each day an ``xsd:date`` written from a Python ``date`` by
pyoxigraph's serializer (an RDF term, never text of the caller's).  The days are in
the canonical form ``YYYY-MM-DD``, the only form diplograph writes dates in
(``diplograph.graph.build``), so a date stated in another lexical form of ``xsd:date``
(with a time zone, say, which no diplograph writer makes) would be found by the general
form and not by this one.

A page of such a form's rows (``run_query(..., limit=N)``) is read a few days at a time
(:func:`page_by_days`): the range's first days, then as many more as the rows found per
day say the page needs, until it is full, so the first rows of a long range cost those
rows, not the range.  This needs the form to group its rows by its first column (one
row per meeting) and order them by the earliest of its days first (``ORDER BY ?date …``
with ``MIN(?day) AS ?date``), and its other columns not to depend on the day: then a
meeting's row is whole in the first run of days holding one of its days, and the runs'
rows, in turn, are in the form's order.

The form is not used (:func:`fill_days` answers None, and the general form runs) when
either bound is missing or is not a plain ``YYYY-MM-DD`` date, or when the range holds
more than :data:`MAX_DAYS` days.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping

from rdflib import Literal
from rdflib.namespace import XSD

from .stores.base import QueryResult
from .stores.terms import sparql_term

#: The most days a range may hold for a form to start from its days (about 20 years):
#: each day is one index seek and ~50 bytes of query text (a year's days and their 840
#: meetings were found in 22 ms at 10,000 articles; benchmarks/README.md, "Sixth pass").
MAX_DAYS = 7_320
_DIRECTIVE = re.compile(r"days:\s*\?(?P<day>\w+)\s+from\s+\?(?P<low>\w+)\s+to\s+\?(?P<high>\w+)")
_CANONICAL = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Days in the first run a page is read from (:func:`page_by_days`); the next run is
#: sized on the rows per day found so far.
FIRST_DAYS = 4


def days_directive(text: str) -> tuple[str, str, str] | None:
    """The ``# days: ?day from ?from to ?to`` line of a query's header, as the three
    variable names (day, from, to), or None when the header has none."""
    for line in text.lstrip().splitlines():
        if not line.startswith("#"):
            break
        if match := _DIRECTIVE.match(line[1:].strip()):
            return match["day"], match["low"], match["high"]
    return None


def days_between(low: object, high: object) -> list[dt.date] | None:
    """Every day from ``low`` to ``high`` (bound values: ``xsd:date`` literals), both
    included; ``[]`` when ``high`` is before ``low``; None when either is not a plain
    ``YYYY-MM-DD`` date or the range holds more than :data:`MAX_DAYS` days."""
    bounds = []
    for value in (low, high):
        if not (isinstance(value, Literal) and value.datatype == XSD.date
                and _CANONICAL.fullmatch(str(value))):
            return None
        try:
            bounds.append(dt.date.fromisoformat(str(value)))
        except ValueError:
            return None
    count = (bounds[1] - bounds[0]).days + 1
    if count > MAX_DAYS:
        return None
    return [bounds[0] + dt.timedelta(days=i) for i in range(max(count, 0))]


def fill_days(text: str, bindings: Mapping[str, object]) -> str | None:
    """``text`` with its ``VALUES ?day { }`` block holding the days of the range its
    header names (see the module doc); ``text`` itself when its header names none; None
    when the bindings do not give a range it can start from."""
    if days_directive(text) is None:
        return text
    asked = _days_asked(text, bindings)
    return None if asked is None else _with_days(text, *asked)


def _days_asked(text: str, bindings: Mapping[str, object]
                ) -> tuple[str, list[dt.date]] | None:
    """(the day variable, the days of the range) the form's header and the bindings
    give, or None when the form names no range or the bindings give none."""
    directive = days_directive(text)
    if directive is None:
        return None
    day, low, high = directive
    given = {key.lstrip("?$"): value for key, value in bindings.items()}
    days = days_between(given.get(low), given.get(high))
    return None if days is None else (day, days)


def _with_days(text: str, day: str, days: list[dt.date]) -> str:
    """``text`` with its one ``VALUES ?day { … }`` block (empty, or filled with dates,
    which hold no braces) holding ``days``."""
    block = re.compile(r"VALUES\s+\?" + re.escape(day) + r"\s*\{[^{}]*\}")
    if len(block.findall(text)) != 1:
        raise ValueError(f"a form with '# days: ?{day} …' needs one 'VALUES ?{day} {{ }}'")
    values = " ".join(sparql_term(Literal(d.isoformat(), datatype=XSD.date)) for d in days)
    return block.sub(lambda _: f"VALUES ?{day} {{ {values} }}", text, count=1)


def page_by_days(text: str, bindings: Mapping[str, object], limit: int, offset: int,
                 run: Callable[[str], QueryResult]) -> QueryResult | None:
    """Rows ``offset`` to ``offset + limit`` of the form ``text`` (filled by
    :func:`fill_days` or not), read a run of days at a time (see the module doc);
    ``run`` runs a query text (parameters not yet bound) and returns its answer.  None
    when ``text`` asks for no days or the bindings give no range to start from."""
    asked = _days_asked(text, bindings)
    if asked is None:
        return None
    day, days = asked
    wanted = offset + limit
    rows: list[tuple] = []
    seen: set = set()
    result: QueryResult | None = None
    start, size = 0, FIRST_DAYS
    while result is None or (start < len(days) and len(rows) < wanted):
        result = run(_with_days(text, day, days[start:start + size]))
        for row in result.rows:
            # A row already read (a meeting of several days) was whole the first time.
            if row[0] not in seen:
                seen.add(row[0])
                rows.append(row)
        # The next run: as many days as the rows still wanted took so far, and a
        # quarter more (four times as many when none came yet).
        start += size
        size = (size * 4 if not rows
                else max(1, math.ceil((wanted - len(rows)) * start / len(rows) * 1.25)))
    result.rows = rows[offset:wanted]
    return result
