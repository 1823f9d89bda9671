"""The graph in a notebook: query answers as pandas DataFrames, the store as an rdflib
Dataset or a networkx graph, and the network drawn inline in Jupyter.

Every function takes a store (from :func:`diplograph.open_store`) or a store's
location (a folder or an ``http(s)://`` endpoint), which it then opens and
closes itself::

    import diplograph
    store = diplograph.open_store("my-store")
    df = diplograph.dataframe(store, "meeting-pairs", status="all")
    net = diplograph.to_networkx(store, project="state")
    diplograph.show(store)          # the last line of a cell draws the network

pandas is an optional extra (``pip install 'diplograph[notebook]'``); nothing
else here needs more than the base install.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Literal, URIRef

from .errors import DiplographError
from .export import store_quads
from .queries import run_query
from .stores import Store, open_store

if TYPE_CHECKING:  # heavy imports stay lazy
    import networkx
    import pandas
    from rdflib import Dataset

StoreLike = Store | str | os.PathLike[str]


@contextmanager
def _opened(store: StoreLike) -> Iterator[Store]:
    """``store`` itself, or the store at that location, closed again afterwards."""
    if isinstance(store, Store):
        yield store
        return
    target = open_store(store, create=False)
    try:
        yield target
    finally:
        target.close()


def _python(term: Any) -> Any:
    """A cell's Python value: IRIs as text, literals as int/float/date/str, unbound as None."""
    if term is None:
        return None
    if isinstance(term, (URIRef, BNode)):
        return str(term)
    if isinstance(term, Literal):
        value = term.toPython()
        # An ill-typed literal (say "spring" as xsd:date) stays a Literal: show its text.
        return str(value) if isinstance(value, Literal) else value
    return str(term)


def dataframe(store: StoreLike, query: str | Path,
              params: Mapping[str, object] | None = None, /, **more: object) -> pandas.DataFrame:
    """Run a bundled query name, ``.rq`` file or SPARQL text and return its rows as a DataFrame.

    Parameters come as a mapping and/or keywords (``status="all"``,
    ``from_=date(2021, 1, 1)``: a trailing ``_`` is dropped, for Python
    keywords); values are strings read as the parameter's declared type, RDF
    terms, or Python values.  IRIs become strings, numbers numbers, and a
    column holding only dates a ``datetime64`` column.  An ASK query gives one
    ``result`` column, CONSTRUCT/DESCRIBE ``subject``/``predicate``/``object``.
    """
    try:
        import pandas as pd
    except ImportError:
        raise DiplographError("pandas is not installed; pip install 'diplograph[notebook]' "
                              "(or pip install pandas)") from None
    bindings = dict(params or {})
    bindings.update({name.removesuffix("_"): value for name, value in more.items()})
    with _opened(store) as target:
        result = run_query(target, query, bindings)
    if result.kind == "ask":
        return pd.DataFrame({"result": [bool(result.boolean)]})
    if result.kind == "graph":
        triples = sorted(result.graph or (), key=lambda t: tuple(str(x) for x in t))
        rows = [tuple(_python(t) for t in triple) for triple in triples]
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
    frame = pd.DataFrame([tuple(_python(t) for t in row) for row in result.rows],
                         columns=list(result.variables))
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, dt.date) for v in values):
            frame[column] = pd.to_datetime(frame[column])
    return frame


def to_dataset(store: StoreLike, *, articles_only: bool = False) -> Dataset:
    """The store as an rdflib ``Dataset``: one named graph per article (plus, unless
    ``articles_only``, the ontology and gazetteer graphs)."""
    from rdflib import Dataset

    from .namespaces import PREFIXES

    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    with _opened(store) as target:
        for s, p, o, g in store_quads(target, articles_only=articles_only):
            if g is None:
                dataset.add((s, p, o))
            else:
                dataset.add((s, p, o, g))
    return dataset


def to_networkx(store: StoreLike, *, project: str | None = None,
                statuses: tuple[str, ...] = ("held",)) -> networkx.Graph:
    """The network as networkx: with ``project=None`` the full ``MultiDiGraph`` of
    :func:`diplograph.network.to_networkx` (what ``render`` draws and GraphML holds); with
    ``"person"`` or ``"state"`` the weighted undirected graph of
    :func:`diplograph.projection.project_network` (``statuses`` picks the events)."""
    with _opened(store) as target:
        quads = list(target.quads())
    if project is None:
        from .network import to_networkx as full_network

        return full_network(quads)
    from .projection import project_network

    return project_network(quads, project, statuses=statuses)


class NetworkView:
    """The explorer page, shown inline by Jupyter (``_repr_html_``) in a sandboxed iframe."""

    def __init__(self, page: str, height: int = 640) -> None:
        #: The full self-contained HTML page (what ``diplograph render`` writes).
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        # srcdoc keeps the page whole (its own Content Security Policy, no network); the
        # sandbox lets its scripts run but gives it no access to the notebook.
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" '
                f'sandbox="allow-scripts" style="width:100%;height:{int(self.height)}px;'
                f'border:1px solid #ddd" title="diplograph network"></iframe>')

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the page to ``path`` (an HTML file that opens offline)."""
        target = Path(path)
        target.write_text(self.page, encoding="utf-8")
        return target


def show(store: StoreLike, *, height: int = 640, title: str = "diplograph") -> NetworkView:
    """The interactive network of ``store``, drawn inline when a notebook cell ends with it."""
    from .render import render_html

    with _opened(store) as target:
        quads = list(target.quads())
    # render_html writes a file; going through one keeps this in step with `render`.
    with tempfile.TemporaryDirectory() as folder:
        page = render_html(quads, Path(folder) / "network.html", title=title)
        return NetworkView(page.read_text(encoding="utf-8"), height)


__all__ = ["NetworkView", "dataframe", "show", "to_dataset", "to_networkx"]
