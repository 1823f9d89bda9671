"""Plain-text articles (``.txt``, ``.text``, ``.md``): the file is the article.

The first line `` date YYYY-MM-DD …`` gives the publication date, as
:func:`diplograph.articles.parse_article` describes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..articles import read_article
from ..errors import InputError
from .fields import FieldNames, Record

FORMAT = "text"
SUFFIXES = (".txt", ".text", ".md")


def read(path: Path, fields: FieldNames, fmt: str = FORMAT) -> Iterator[Record]:
    """Yield the one article of a text file (``fields`` is not used)."""
    try:
        yield Record(str(path), FORMAT, article=read_article(path))
    except InputError as exc:
        yield Record(str(path), FORMAT, problem=str(exc))
