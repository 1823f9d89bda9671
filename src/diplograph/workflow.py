"""The main job in one call: build, then write the network and the exports."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .ingest import BuildReport, build
from .queries import run_query
from .stores import Store, open_store
from .stores.base import QueryResult

#: Files :func:`run_all` writes into the output folder.
OUTPUTS = {"html": "diplograph.html", "turtle": "diplograph.ttl", "jsonld": "diplograph.jsonld"}


@dataclass
class RunResult:
    """What :func:`run_all` did: the build report, files written and the meetings table."""

    report: BuildReport
    files: dict[str, Path]
    meetings: QueryResult


def run_all(paths: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str],
            store: Store | str | None = None, progress=None, fields=None) -> RunResult:
    """Build ``paths`` into the store, write HTML, Turtle and JSON-LD into ``out_dir``,
    and return the result of the ``meetings`` query.  ``fields`` is passed to
    :func:`~diplograph.ingest.build` (the fields of JSON and CSV records)."""
    from .export import export
    from .render import render_html

    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the output folder {out}: {exc.strerror or exc}") \
            from None
    target = store if isinstance(store, Store) else open_store(store)
    try:
        report = build(paths, target, progress=progress, fields=fields)
        files = {kind: out / name for kind, name in OUTPUTS.items()}
        render_html(target.quads(), files["html"])
        export(target, "turtle", files["turtle"])
        export(target, "jsonld", files["jsonld"])
        meetings = run_query(target, "meetings", {})
    finally:
        if not isinstance(store, Store):
            target.close()
    return RunResult(report, files, meetings)
