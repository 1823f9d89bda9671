"""Reading article files: encodings, the ` date YYYY-MM-DD` first line, folders.

An article file is plain text.  When its first line is `` date YYYY-MM-DD …``
the date is the publication date and the rest of that line is header text
(not part of the body).  Without such a line the publication date is unknown,
and relative dates in the text stay unresolved.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

#: Files larger than this are refused (a news article is a few kilobytes).
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
#: File suffixes taken when a folder is read.
ARTICLE_SUFFIXES = (".txt", ".text", ".md")

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b[ \t]*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """One article as read from a file.

    ``body`` is the text the extractor reads (header line removed, newlines
    normalised); ``published`` is None when the file has no date line;
    ``sha256`` identifies the content whatever the file is called.  ``source``
    is the local file, followed by ``#N`` for the N-th record of a JSON Lines,
    JSON or CSV dump.
    """

    source: str
    body: str
    published: dt.date | None
    header: str
    sha256: str
    #: What the page or record says of itself (None when unknown): its address,
    #: headline and outlet, and the input format it was read from.
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    format: str = "text"

    @property
    def key(self) -> str:
        """A short stable identifier derived from the content."""
        return self.sha256[:16]


def parse_article(text: str, source: str) -> Article:
    """Make an :class:`Article` from decoded text; ``source`` is its path or URL."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.lstrip("\ufeff")
    first, _, rest = text.partition("\n")
    published: dt.date | None = None
    header = ""
    body = text
    match = _DATE_LINE.match(first)
    if match:
        year, month, day, header = match.groups()
        try:
            published = dt.date(int(year), int(month), int(day))
        except ValueError as exc:
            raise InputError(f"{source}: the date line has an impossible date "
                             f"'{year}-{month}-{day}' ({exc}); fix it or remove the line") from exc
        # The rest of the date line is the page's first line: a byline, a headline or, in
        # many pages, the story's lead sentence.  It stays in the body (metadata reads
        # bylines and publishers from there); ``header`` repeats it for convenience.
        body = f"{header}\n{rest}" if header.strip() else rest
    body = body.strip()
    if not body:
        raise InputError(f"{source}: the article has no text; nothing to extract")
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return Article(source=source, body=body, published=published, header=header.strip(),
                   sha256=digest)


def decode_bytes(data: bytes, source: str) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{source}: looks like a binary file (NUL bytes), not a text article")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return decode_utf16(data, source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Legacy Western text (Windows-1252 is a superset of Latin-1's printable range).
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: cannot decode the text (not UTF-8, UTF-16 or "
                             "Windows-1252); convert it to UTF-8") from exc


def decode_utf16(data: bytes, source: str) -> str:
    """Decode bytes that start with a UTF-16 byte-order mark; :class:`InputError` when the
    rest is not UTF-16 (a file cut short mid-character, or a stray mark before other text)."""
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: starts with a UTF-16 byte-order mark but is not valid "
                         f"UTF-16 ({exc.reason} at byte {exc.start}); was it cut short? "
                         "save it again as UTF-8") from None


def read_file_bytes(path: str | os.PathLike[str], limit: int = MAX_ARTICLE_BYTES,
                    what: str = "one article") -> bytes:
    """Return a file's bytes; :class:`InputError` when it is unreadable or over ``limit``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(f"{path}: {size} bytes is larger than the {limit} "
                             f"byte limit for {what}")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc


def read_article(path: str | os.PathLike[str]) -> Article:
    """Read one plain-text article file; raise :class:`InputError` with a one-line reason
    if unusable.  Other formats (HTML, JSON Lines, CSV) are read by
    :func:`diplograph.readers.read_records`."""
    data = read_file_bytes(path)
    return parse_article(decode_bytes(data, str(path)), str(path))


def iter_article_paths(paths: list[str | os.PathLike[str]],
                       suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> Iterator[Path]:
    """Yield article files from files and folders (folders recursively, sorted by name).

    In folders only files whose suffix is in ``suffixes`` are taken; a file
    named explicitly is always taken.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in suffixes \
                        and not child.name.startswith("."):
                    yield child
        elif path.exists():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder")
