"""What every reader shares: the record type, field names, dates and URLs of records.

JSON and CSV dumps name their fields as their scraper likes.  The defaults of
:class:`FieldNames` read news-please (``maintext``, ``date_publish``,
``source_domain``), trafilatura's JSON (``text``, ``date``, ``source``,
``source-hostname``) and GDELT-style tables (``DocumentIdentifier``,
``SourceCommonName``, ``DATE``) as they are; field names match whatever their
case.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..articles import Article, parse_article
from ..errors import InputError

#: Candidate field names, first present wins.  A user's ``--text-field`` etc. replaces a list.
DEFAULT_TEXT_FIELDS = ("text", "maintext", "content", "body", "article_text", "raw_text")
DEFAULT_DATE_FIELDS = ("date", "date_publish", "published", "publish_date", "datepublished",
                       "pubdate", "seendate")
DEFAULT_URL_FIELDS = ("url", "source", "link", "documentidentifier", "canonical_url")
DEFAULT_TITLE_FIELDS = ("title", "headline", "title_page", "title_rss")
DEFAULT_SOURCE_FIELDS = ("publisher", "sitename", "site_name", "source-hostname",
                         "source_domain", "sourcecommonname", "domain", "hostname")
#: Where a record's byline is (news-please: a list of names); it becomes the article's
#: header line "By …", which the extractor reads as the byline.
AUTHOR_FIELDS = ("author", "authors", "byline")

#: Longest title or outlet name kept (a "title" longer than this is a mislabelled body).
MAX_TITLE_CHARS = 500


@dataclass(frozen=True)
class FieldNames:
    """Which fields of a JSON or CSV record hold the text, date, URL, title and outlet.

    Each is a tuple of candidate names tried in order (case-insensitively);
    the text field is required, the others are read when present.
    """

    text: tuple[str, ...] = DEFAULT_TEXT_FIELDS
    date: tuple[str, ...] = DEFAULT_DATE_FIELDS
    url: tuple[str, ...] = DEFAULT_URL_FIELDS
    title: tuple[str, ...] = DEFAULT_TITLE_FIELDS
    source: tuple[str, ...] = DEFAULT_SOURCE_FIELDS

    @classmethod
    def with_overrides(cls, *, text: str | None = None, date: str | None = None,
                       url: str | None = None, title: str | None = None,
                       source: str | None = None) -> FieldNames:
        """The defaults, with each given name replacing its list of candidates."""
        given = {"text": text, "date": date, "url": url, "title": title, "source": source}
        for name, value in given.items():
            if value is not None and not value.strip():
                raise InputError(f"--{name}-field is empty; name a field of the records")
        return cls(**{name: (value,) for name, value in given.items() if value is not None})


@dataclass(frozen=True)
class Record:
    """One article found in an input file, or why it could not be read.

    ``source`` is the file, with ``#N`` for the N-th record of a dump (from 1);
    exactly one of ``article`` and ``problem`` is set.
    """

    source: str
    format: str
    article: Article | None = None
    problem: str | None = None


def record_source(path, number: int) -> str:
    """``dump.jsonl#3``: how a record of a dump is named in messages and in ``dg:source``."""
    return f"{path}#{number}"


def pick(record: Mapping[str, object], names: tuple[str, ...]) -> tuple[str | None, object]:
    """The first of ``names`` present (case-insensitively) with a non-empty value, and its value."""
    lowered = {str(key).lower(): key for key in record}
    for name in names:
        key = lowered.get(name.lower())
        if key is None:
            continue
        value = record[key]
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        return key, value
    return None, None


_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_])")
_SLASHED = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})(?:$|[T\s])")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T|\d{2,6}(?:Z|$|\.))")
_WRITTEN = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


def parse_date(value: object) -> dt.date:
    """A publication date from a record's field, as the date written (no time-zone shift).

    Takes ISO 8601 (``2024-03-05``, ``2024-03-05T10:00:00+02:00``, news-please's
    ``2024-03-05 10:00:00``), ``2024/03/05``, GDELT's ``20240305`` and
    ``20240305103000``, RFC 2822 (``Tue, 05 Mar 2024 10:00:00 GMT``) and
    ``5 March 2024`` / ``March 5, 2024``.  Anything else raises ``ValueError``.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date")
    for pattern in (_ISO, _SLASHED, _COMPACT):
        match = pattern.match(value)
        if match:
            return dt.date(*(int(part) for part in match.groups()))
    text = " ".join(value.split())
    for layout in _WRITTEN:
        try:
            return dt.datetime.strptime(text, layout).date()
        except ValueError:
            pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"'{value[:40]}' is not a date") from None


_URL = re.compile(r"^https?://[^\s/?#<>\"']+[^\s<>\"]*$", re.IGNORECASE)


def clean_url(value: object) -> str | None:
    """An ``http(s)://`` address, or None: other schemes (``javascript:``, ``file:``) are
    never kept, since the explorer and query results show the URL as a link."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value if _URL.match(value) and len(value) <= 2048 else None


def clean_name(value: object) -> str | None:
    """A one-line title or outlet name from a record field, or None when it is unusable."""
    if isinstance(value, list):  # news-please and others give lists for some fields
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value[:MAX_TITLE_CHARS] if value else None


def article_from_fields(record: Mapping[str, object], source: str, fmt: str,
                        fields: FieldNames) -> Article:
    """Make the :class:`Article` of one JSON or CSV record; :class:`InputError` if it has
    no text in the text field or an unreadable date."""
    if not isinstance(record, Mapping):
        raise InputError(f"{source}: the record is {type(record).__name__}, not an object "
                         "with named fields")
    key, body = pick(record, fields.text)
    if key is None:
        names = ", ".join(repr(n) for n in fields.text[:4])
        raise InputError(f"{source}: no article text (no non-empty field {names}); "
                         "name the text field with --text-field")
    if not isinstance(body, str):
        raise InputError(f"{source}: the text field '{key}' holds {type(body).__name__}, "
                         "not text")
    article = parse_article(body, source)
    published = article.published
    date_key, date_value = pick(record, fields.date)
    if date_key is not None:
        try:
            published = parse_date(date_value)
        except ValueError as exc:
            raise InputError(f"{source}: the date field '{date_key}' is unreadable ({exc}); "
                             "use YYYY-MM-DD or name another field with --date-field") from None
    url = next((u for u in (clean_url(record_value(record, name)) for name in fields.url) if u),
               None)
    header = article.header or byline_header(pick(record, AUTHOR_FIELDS)[1])
    return dataclasses.replace(article, published=published, url=url, header=header,
                               title=clean_name(pick(record, fields.title)[1]),
                               publisher=clean_name(pick(record, fields.source)[1]), format=fmt)


def byline_header(value: object) -> str:
    """``By A and B`` from an author field (a name, or a list of names); "" when unusable."""
    names = value if isinstance(value, list) else [value]
    names = [n for n in (clean_name(v) for v in names[:3]) if n and len(n) <= 100]
    return "By " + " and ".join(names) if names else ""


def record_value(record: Mapping[str, object], name: str) -> object:
    """The value of one field (case-insensitively), or None."""
    return pick(record, (name,))[1]
