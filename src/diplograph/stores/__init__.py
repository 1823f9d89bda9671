"""Where diplograph keeps its graphs: one :class:`Store` interface, two backends.

``open_store()`` picks the backend from the location: an ``http(s)://`` URL is
a SPARQL 1.1 server (:class:`~diplograph.stores.remote.RemoteStore`), anything
else a folder for the embedded pyoxigraph store
(:class:`~diplograph.stores.embedded.EmbeddedStore`).
"""

from __future__ import annotations

import os

from .base import QueryResult, Store

#: The store used when no location is given and ``DIPLOGRAPH_STORE`` is unset:
#: the folder ``diplograph-store`` in the current directory.
DEFAULT_STORE = "diplograph-store"
#: The environment variable that overrides :data:`DEFAULT_STORE`.
STORE_ENV = "DIPLOGRAPH_STORE"


def default_location() -> str:
    """``$DIPLOGRAPH_STORE`` when set and not empty, else :data:`DEFAULT_STORE`."""
    return os.environ.get(STORE_ENV, "").strip() or DEFAULT_STORE


def open_store(location: str | os.PathLike[str] | None = None, *, create: bool = True) -> Store:
    """Open the store at ``location`` (see :func:`default_location` when ``None``).

    ``http://`` or ``https://`` → a SPARQL server; a ``.toml`` file → a SPARQL
    server described by it (query, update and graph-store URLs, see
    :mod:`diplograph.stores.remote`); otherwise a folder, created when missing.
    Raises :class:`~diplograph.errors.StoreError` when it cannot be opened (for
    a folder: locked by another process, or not a store).  With ``create=False`` a
    folder that holds no store yet is a :class:`~diplograph.errors.StoreError` too
    (what reading commands want: no empty store is left behind).
    """
    where = default_location() if location is None else os.fspath(location)
    # Backends are imported here, not at module level, so `import diplograph` stays quick.
    if where.lower().startswith(("http://", "https://")):
        from .remote import RemoteStore

        return RemoteStore(where)
    if where.lower().endswith(".toml"):
        from .remote import RemoteStore

        return RemoteStore.from_config(where)
    from .embedded import EmbeddedStore

    return EmbeddedStore(where, create=create)


__all__ = ["DEFAULT_STORE", "STORE_ENV", "QueryResult", "Store", "default_location", "open_store"]
