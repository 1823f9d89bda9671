"""Saved web pages (``.html``, ``.htm``): the main text, title, URL, outlet and date.

trafilatura finds the article's text and drops the page's furniture (menus,
sidebars, footers, comments, scripts, cookie banners); its metadata step
reads the title, the canonical URL and the site name (``<meta>``, OpenGraph,
JSON-LD), and htmldate the original publication date (not the date of a
later update).  Only text leaves this module: no markup reaches a label.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from ..articles import Article, decode_utf16, parse_article, read_file_bytes
from ..errors import InputError
from .fields import FieldNames, Record, byline_header, clean_name, clean_url

FORMAT = "html"
SUFFIXES = (".html", ".htm", ".xhtml")

#: Fewer words than this is no article: trafilatura's fallback on an index or
#: script-built page returns what little text there is (a menu's "Home").
MIN_PAGE_WORDS = 15
#: Pages are larger than their text (inline scripts, styles, SVG): this bounds one page.
MAX_PAGE_BYTES = 25 * 1024 * 1024


def read(path: Path, fields: FieldNames, fmt: str = FORMAT) -> Iterator[Record]:
    """Yield the article of one saved page (``fields`` is not used)."""
    try:
        yield Record(str(path), FORMAT, article=read_page(read_file_bytes(
            path, MAX_PAGE_BYTES, "one page"), str(path)))
    except InputError as exc:
        yield Record(str(path), FORMAT, problem=str(exc))


def read_page(data: bytes | str, source: str) -> Article:
    """Make the :class:`~diplograph.articles.Article` of a page's bytes (or text).

    Bytes are decoded by the page's own ``<meta charset>`` when it has one,
    else by detection.  Raises :class:`InputError` when no article text is found.
    """
    import trafilatura

    if isinstance(data, bytes) and b"\x00" in data[:4096] and not data.startswith(
            (b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{source}: looks like a binary file (NUL bytes), not a web page")
    if isinstance(data, bytes) and data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = decode_utf16(data, source)  # trafilatura's own decoding looks for no BOM
    try:
        # No deduplicate=True: its cache lives across calls, so a page sharing
        # paragraphs with pages read before (a syndicated story) would lose them.
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False)
    except Exception as exc:  # noqa: BLE001 - a page lxml cannot parse is a bad input
        raise InputError(f"{source}: cannot read the page ({type(exc).__name__}: {exc})") \
            from exc
    text = (doc.text if doc is not None else "") or ""
    if not text.strip():
        raise InputError(f"{source}: no article text found in the page (an index page, "
                         "a page built by scripts, or not an article)")
    words = len(text.split())
    if words < MIN_PAGE_WORDS:
        raise InputError(f"{source}: only {words} word{'s' if words != 1 else ''} of text in "
                         "the page, not an article (an index page or a page built by scripts)")
    title = clean_name(doc.title)
    article = parse_article(_paragraphs(text, title), source)
    # The byline trafilatura found (and took out of the text) becomes the header
    # line the extractor reads bylines from, as in a text file's date line.
    header = article.header or byline_header(doc.author)
    return dataclasses.replace(
        article, published=_date(doc.date) or article.published, url=clean_url(doc.url),
        header=header,
        title=title, publisher=clean_name(doc.sitename), format=FORMAT)


def _paragraphs(text: str, title: str | None) -> str:
    # trafilatura puts one paragraph per line; the extractor, like the text files,
    # expects a blank line between paragraphs.  A first line repeating the title is
    # the page's <h1>: it is kept as the title, not read as the story's first sentence.
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if title and len(lines) > 1 and " ".join(lines[0].split()) == title:
        lines = lines[1:]
    return "\n\n".join(lines)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
