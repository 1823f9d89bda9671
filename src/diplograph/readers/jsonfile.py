"""JSON Lines (``.jsonl``, ``.ndjson``) and JSON (``.json``) dumps: one article per record.

A JSON Lines file holds one JSON object per line; its records are named by
line number (``dump.jsonl#3`` is line 3).  A ``.json`` file holds one object
(one article, as news-please writes them), an array of objects (named
``dump.json#1``, ``#2``, … in order), or an object whose ``articles``,
``items``, ``data`` or ``results`` member is such an array.  Which fields
hold the text, date, URL, title and outlet is :class:`FieldNames`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..articles import MAX_ARTICLE_BYTES, decode_bytes, read_file_bytes
from ..errors import InputError
from .fields import FieldNames, Record, article_from_fields, record_source

FORMAT = "jsonl"
SUFFIXES = (".jsonl", ".ndjson", ".json")

#: A .json file is parsed whole, so it is bounded; JSON Lines are read line by line.
MAX_JSON_BYTES = 512 * 1024 * 1024
#: Members of a top-level object that may hold the array of articles (NewsAPI: articles).
_ARRAY_MEMBERS = ("articles", "items", "data", "results", "documents")


def read(path: Path, fields: FieldNames, fmt: str = FORMAT) -> Iterator[Record]:
    """Yield one record per JSON object of a ``.jsonl`` (``fmt`` "jsonl") or ``.json`` file."""
    if fmt == "json":
        yield from _read_json(path, fields)
    else:
        yield from _read_lines(path, fields, "jsonl")


def _read_lines(path: Path, fields: FieldNames, fmt: str) -> Iterator[Record]:
    try:
        with path.open("rb") as handle:
            head = handle.read(2)
            if head in (b"\xff\xfe", b"\xfe\xff"):
                # UTF-16 cannot be split on b"\n": decode it whole.
                data = head + handle.read(MAX_JSON_BYTES)
                lines = [(line + "\n").encode("utf-8")
                         for line in decode_bytes(data, str(path)).split("\n")]
            else:
                handle.seek(0)
                lines = handle
                yield from _records_of_lines(path, lines, fields, fmt)
                return
    except OSError as exc:
        yield Record(str(path), fmt, problem=f"{path}: cannot read the file "
                                             f"({exc.strerror or exc})")
        return
    except InputError as exc:
        yield Record(str(path), fmt, problem=str(exc))
        return
    yield from _records_of_lines(path, lines, fields, fmt)


def _records_of_lines(path: Path, lines, fields: FieldNames, fmt: str) -> Iterator[Record]:
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        source = record_source(path, number)
        if len(raw) > MAX_ARTICLE_BYTES:
            yield Record(source, fmt, problem=f"{source}: the record is {len(raw)} bytes, "
                                              f"over the {MAX_ARTICLE_BYTES} byte limit")
            continue
        try:
            record = json.loads(_decode_line(raw.rstrip(b"\r\n"), number))
            yield Record(source, fmt, article=article_from_fields(record, source, fmt, fields))
        except json.JSONDecodeError as exc:
            yield Record(source, fmt, problem=f"{source}: not valid JSON ({_what(exc)} at "
                                              f"column {exc.colno})")
        except (InputError, RecursionError) as exc:
            yield Record(source, fmt, problem=str(exc) if isinstance(exc, InputError)
                         else f"{source}: the record is nested too deeply")


def _what(exc: json.JSONDecodeError) -> str:
    # Some of json's messages end in "at" ("Unterminated string starting at").
    return exc.msg.removesuffix(" at")


def _decode_line(raw: bytes, number: int) -> str:
    # Each line is decoded alone, so one line in a legacy encoding does not
    # turn the whole file into mojibake.
    if number == 1:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _read_json(path: Path, fields: FieldNames) -> Iterator[Record]:
    try:
        text = decode_bytes(read_file_bytes(path, MAX_JSON_BYTES, "one JSON file"), str(path))
    except InputError as exc:
        yield Record(str(path), "json", problem=str(exc))
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects, one per line: JSON Lines named .json
            lines = [(line + "\n").encode("utf-8") for line in text.split("\n")]
            yield from _records_of_lines(path, lines, fields, "json")
        else:
            yield Record(str(path), "json", problem=f"{path}: not valid JSON ({_what(exc)} at "
                                                    f"line {exc.lineno}, column {exc.colno})")
        return
    except RecursionError:
        yield Record(str(path), "json", problem=f"{path}: the JSON is nested too deeply")
        return
    if isinstance(data, dict):
        member = next((data[k] for k in _ARRAY_MEMBERS if isinstance(data.get(k), list)), None)
        if member is None:
            try:
                yield Record(str(path), "json",
                             article=article_from_fields(data, str(path), "json", fields))
            except InputError as exc:
                yield Record(str(path), "json", problem=str(exc))
            return
        data = member
    if not isinstance(data, list):
        yield Record(str(path), "json", problem=f"{path}: the JSON is a {type(data).__name__}, "
                                                "not an object or an array of objects")
        return
    for number, record in enumerate(data, 1):
        source = record_source(path, number)
        try:
            yield Record(source, "json",
                         article=article_from_fields(record, source, "json", fields))
        except InputError as exc:
            yield Record(source, "json", problem=str(exc))
