"""Where the ontology, the world data and the bundled queries are found.

A wheel carries them under ``diplograph/_resources``; an editable install or a
checkout reads them from the repository's top-level folders.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    """Return the folder that holds ``ontology/``, ``queries/`` and ``data/world/``."""
    bundled = Path(__file__).resolve().parent / "_resources"
    if (bundled / "ontology").is_dir():
        return bundled
    return Path(__file__).resolve().parents[2]


def ontology_path() -> Path:
    """Path of ``ontology/diplograph.ttl``."""
    return resource_root() / "ontology" / "diplograph.ttl"


def queries_dir() -> Path:
    """Folder of the bundled ``*.rq`` queries."""
    return resource_root() / "queries"


def world_dir() -> Path:
    """Folder of the world-knowledge data files (states, places, titles, organizations)."""
    return resource_root() / "data" / "world"


def rules_dir() -> Path:
    """Folder of the extraction rules (trigger patterns, speech verbs, status words)."""
    return resource_root() / "data" / "extraction"


def reading_dir() -> Path:
    """Folder of the reading rules (web furniture lines to keep out of extraction)."""
    return resource_root() / "data" / "reading"


def reasoning_rules_dir() -> Path:
    """Folder of the SPARQL CONSTRUCT rules ``diplograph reason`` runs (``ontology/rules``)."""
    return resource_root() / "ontology" / "rules"


def shapes_path() -> Path:
    """Path of the SHACL shapes ``ontology/shapes.ttl`` that ``diplograph validate`` checks."""
    return resource_root() / "ontology" / "shapes.ttl"
