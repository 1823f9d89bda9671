"""Reading corpora: one reader per input format behind one small interface.

A reader is a module with ``FORMAT`` (its name), ``SUFFIXES`` (file suffixes it
takes in folders) and ``read(path, fields)``, a generator of :class:`Record`:
one per article it finds (one for a text or HTML file, one per record of a
JSON Lines, JSON or CSV dump).  A record that cannot be read carries a
one-line ``problem`` instead of an article, so one bad record never stops the
others.

:func:`iter_records` is what ``diplograph build`` reads: files and folders,
each file's format detected by its suffix and, where the suffix says nothing
or says plain text, by its first bytes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..articles import iter_article_paths
from ..errors import InputError
from . import html, jsonfile, table, text
from .fields import FieldNames, Record

__all__ = ["FORMATS", "FieldNames", "Record", "all_suffixes", "detect_format", "iter_records",
           "read_records"]

#: The readers by format name.  json and jsonl share a module, as do csv and tsv.
FORMATS = {
    "text": text,
    "html": html,
    "jsonl": jsonfile,
    "json": jsonfile,
    "csv": table,
    "tsv": table,
}

_BY_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
}

#: How many leading bytes are looked at to recognise a format by content.
_SNIFF_BYTES = 2048


def all_suffixes() -> tuple[str, ...]:
    """Every file suffix taken when a folder is read."""
    return tuple(_BY_SUFFIX)


def detect_format(path: str | os.PathLike[str]) -> str:
    """The format of a file: by suffix, and by content for text files and unknown suffixes.

    A ``.txt`` that starts with ``<!DOCTYPE html`` or ``<html`` is a saved web
    page, not an article to read as is (its markup would end up in labels);
    a file with no known suffix is HTML, JSON (Lines) or text by its first bytes.
    """
    path = Path(path)
    by_suffix = _BY_SUFFIX.get(path.suffix.lower())
    if by_suffix not in (None, "text"):
        return by_suffix
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return by_suffix or "text"  # the reader reports why the file cannot be read
    sniffed = _sniff(head)
    if sniffed == "html" or by_suffix is None:
        return sniffed
    return by_suffix


def _sniff(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            head = head.decode("utf-16", errors="ignore").encode("utf-8")
        except UnicodeError:
            return "text"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or (
            start.startswith(b"<?xml") and b"<html" in start):
        return "html"
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"{"):
        first_line = start.split(b"\n", 1)[0].rstrip()
        return "jsonl" if first_line.endswith(b"}") else "json"
    return "text"


def read_records(path: str | os.PathLike[str], fields: FieldNames | None = None,
                 fmt: str | None = None) -> Iterator[Record]:
    """Yield the records of one file, read by the reader of its format.

    ``fields`` names the fields of JSON and CSV records (defaults read
    news-please and trafilatura output as they are); ``fmt`` forces a format
    (one of :data:`FORMATS`) instead of detecting it.
    """
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise InputError(f"unknown input format '{fmt}'; choose one of: "
                         + ", ".join(FORMATS))
    yield from FORMATS[fmt].read(Path(path), fields or FieldNames(), fmt)


def iter_records(paths: list[str | os.PathLike[str]],
                 fields: FieldNames | None = None) -> Iterator[Record]:
    """Yield the records of files and folders (folders recursively, by name).

    A missing path raises :class:`InputError` (nothing can be read from it);
    everything else that goes wrong is a record's ``problem``.
    """
    for path in iter_article_paths(paths, all_suffixes()):
        yield from read_records(path, fields)
