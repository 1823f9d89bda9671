"""CSV (``.csv``) and TSV (``.tsv``) dumps: a header row, then one article per row.

Quoted fields may span lines (article text usually does).  Records are
named by row (``dump.csv#3`` is the third article row, after the header) and
messages add the line it ends on.  UTF-8 (with or without BOM), UTF-16 with
BOM (Excel's "Unicode text") and Windows-1252 are read.  Which columns hold
the text, date, URL, title and outlet is :class:`FieldNames`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from ..articles import MAX_ARTICLE_BYTES, decode_bytes, read_file_bytes
from ..errors import InputError
from .fields import FieldNames, Record, article_from_fields, record_source

FORMAT = "csv"
SUFFIXES = (".csv", ".tsv", ".tab")

#: The table is decoded whole, so it is bounded.
MAX_TABLE_BYTES = 512 * 1024 * 1024


def read(path: Path, fields: FieldNames, fmt: str = FORMAT) -> Iterator[Record]:
    """Yield one record per data row of a ``.csv`` (``fmt`` "csv") or ``.tsv`` file."""
    try:
        text = decode_bytes(read_file_bytes(path, MAX_TABLE_BYTES, "one table"), str(path))
    except InputError as exc:
        yield Record(str(path), fmt, problem=str(exc))
        return
    # An article is longer than csv's default 128 KiB field limit.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_ARTICLE_BYTES))
    delimiter = "\t" if fmt == "tsv" else _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield Record(str(path), fmt, problem=f"{path}: cannot read the header row ({exc})")
        return
    if not header or not any(name.strip() for name in header):
        yield Record(str(path), fmt, problem=f"{path}: no header row naming the columns")
        return
    header = [name.strip() for name in header]
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            number += 1
            source = record_source(path, number)
            yield Record(source, fmt, problem=f"{source}: cannot read the row (line "
                                              f"{reader.line_num}: {exc}); the rest of the "
                                              "file is not read")
            return
        if not any(cell.strip() for cell in row):
            continue
        number += 1
        source = record_source(path, number)
        if len(row) != len(header):
            yield Record(source, fmt, problem=f"{source}: {len(row)} fields where the header "
                                              f"has {len(header)} (line {reader.line_num}); "
                                              "a quote may be missing")
            continue
        try:
            article = article_from_fields(dict(zip(header, row, strict=True)), source, fmt,
                                          fields)
            yield Record(source, fmt, article=article)
        except InputError as exc:
            yield Record(source, fmt, problem=str(exc))


def _delimiter(text: str) -> str:
    # A ".csv" exported with semicolons (a European spreadsheet) or tabs: the
    # header line says which, as it holds no article text.
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","
