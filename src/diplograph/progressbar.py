"""The progress bar of long builds: articles done, rate and time left, on a terminal only.

The library reports each article through the ``progress(source, outcome)``
callback of :func:`diplograph.ingest.build`; :class:`BuildProgress` turns those
calls into a rich progress bar on standard error when standard error is a
terminal, and into nothing otherwise (a pipe, a log file, ``--quiet``), so a
script reading the output never sees control codes.  Messages printed through
:meth:`BuildProgress.print` appear above the bar.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn
from rich.text import Text

#: Suffixes of dumps holding one record a line (a header line first for CSV/TSV).
_LINE_DUMPS = {".jsonl": 0, ".ndjson": 0, ".csv": 1, ".tsv": 1, ".tab": 1}


def estimate_articles(paths: Iterable[str | os.PathLike[str]]) -> int | None:
    """How many articles a build of ``paths`` will read, counted without reading them:
    one a file, one a line of a JSON Lines or CSV/TSV dump (a header aside).

    A JSON file counts one, though it may hold a list: the bar then grows as records
    come.  None when a path is missing (the build says so itself).
    """
    from .articles import iter_article_paths
    from .errors import InputError
    from .readers import all_suffixes

    total = 0
    try:
        for path in iter_article_paths(list(paths), all_suffixes()):
            header = _LINE_DUMPS.get(path.suffix.lower())
            total += 1 if header is None else max(1, _lines(path) - header)
    except (InputError, OSError):
        return None
    return total


def _lines(path: Path) -> int:
    count, last = 0, b"\n"
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")  # a last line without its newline


class BuildProgress:
    """A progress bar over a build: ``with BuildProgress(total) as bar: … bar.advance()``.

    ``enabled=None`` shows the bar when standard error is a terminal; ``False``
    (``--quiet``) never.  ``total`` is the expected number of articles (None:
    unknown, the bar then shows count and rate but no time left); it grows if
    more articles come than expected.  The rate is articles done over the time
    since the bar started, so the time left settles quickly and does not jump
    with the batches in which workers hand results back.
    """

    def __init__(self, total: int | None = None, *, enabled: bool | None = None,
                 label: str = "building", console: Console | None = None) -> None:
        self.total, self.label = total, label
        self.console = console or Console(stderr=True)
        self.enabled = enabled is not False and (enabled or self.console.is_terminal)
        self._progress: Progress | None = None
        self._task = None

    @property
    def active(self) -> bool:
        """Whether the bar is being shown now."""
        return self._progress is not None

    def __enter__(self) -> BuildProgress:
        if not self.enabled:
            return self
        # Standard output is left alone: it may be a file collecting the build's lines.
        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            _RateColumn(), _TimeLeftColumn(), console=self.console, refresh_per_second=4,
            redirect_stdout=False)
        self._progress.start()
        self._task = self._progress.add_task(self.label, total=self.total)
        return self

    def __exit__(self, *exc_info) -> None:
        if self._progress is not None:
            self._progress.refresh()
            self._progress.stop()
            self._progress = None

    def advance(self) -> None:
        """Count one more article done."""
        if self._progress is None:
            return
        task = self._progress.tasks[0]
        if task.total is not None and task.completed >= task.total:
            self._progress.update(self._task, total=task.completed + 1)
        self._progress.advance(self._task)

    def print(self, message: str) -> None:
        """Print one line on standard error, above the bar when it is shown."""
        if self._progress is not None:
            self.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            print(message, file=sys.stderr)


def _rate(task: Task) -> float | None:
    elapsed = task.elapsed
    if not elapsed or not task.completed:
        return None
    return task.completed / elapsed


class _RateColumn(ProgressColumn):
    """Articles per second since the bar started."""

    def render(self, task: Task) -> Text:
        rate = _rate(task)
        return Text("- articles/s" if rate is None else f"{rate:.2f} articles/s")


class _TimeLeftColumn(ProgressColumn):
    """Time left at the rate so far, as ETA h:mm:ss."""

    def render(self, task: Task) -> Text:
        rate = _rate(task)
        if task.total is None or rate is None:
            return Text("ETA -:--:--")
        left = round(max(0.0, task.total - task.completed) / rate)
        return Text(f"ETA {left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d}")
