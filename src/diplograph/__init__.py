"""diplograph: a knowledge graph of political leaders, states, meetings and agreements,
built from news articles.

The library is what the command line runs::

    import diplograph
    report = diplograph.build(["data/articles"], "my-store")
    store = diplograph.open_store("my-store")
    result = diplograph.run_query(store, "meetings")
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["build", "open_store", "run_query", "export", "render_html", "extract_article",
           "read_article", "dataframe", "to_dataset", "to_networkx", "show", "network_stats",
           "materialise", "__version__"]

#: Notebook helpers, from diplograph.notebook.
_NOTEBOOK = ("dataframe", "to_dataset", "to_networkx", "show")


def __getattr__(name: str):
    # Lazy imports keep `import diplograph` (and `diplograph --help`) fast.
    if name == "build":
        from .ingest import build
        return build
    if name == "open_store":
        from .stores import open_store
        return open_store
    if name == "run_query":
        from .queries import run_query
        return run_query
    if name == "export":
        from .export import export
        return export
    if name == "render_html":
        from .render import render_html
        return render_html
    if name == "extract_article":
        from .extract.pipeline import extract_article
        return extract_article
    if name in _NOTEBOOK:
        from . import notebook
        return getattr(notebook, name)
    if name == "network_stats":
        from .stats import network_stats
        return network_stats
    if name == "read_article":
        from .articles import read_article
        return read_article
    if name == "materialise":
        from .reason import materialise
        return materialise
    raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
