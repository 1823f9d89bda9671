"""``diplograph serve``: the graph as a SPARQL 1.1 endpoint, with a query page and the explorer.

:func:`serve` runs the Starlette app of :mod:`diplograph.server.app` under
uvicorn; :func:`~diplograph.server.app.create_app` gives the app itself (to
mount it elsewhere, or run it under another ASGI server).  Queries run in
worker processes (:mod:`diplograph.server.workers`) under a time limit and a
result-size limit.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable

from ..errors import InputError

#: The environment variable holding the token that updates must carry.
TOKEN_ENV = "DIPLOGRAPH_SERVE_TOKEN"
#: Shortest token accepted: a guessable token would make --allow-updates a write-for-all.
MIN_TOKEN_LENGTH = 16


def serve(store: str | None = None, host: str = "127.0.0.1", port: int = 7878, *,
          allow_updates: bool = False, timeout: float = 30.0, max_results: int = 100_000,
          workers: int = 2, cors: bool = False, log_level: str = "info",
          on_ready: Callable[[str], None] | None = None) -> None:
    """Serve ``store`` (a location, see :func:`diplograph.open_store`) until interrupted.

    Read-only unless ``allow_updates``, which needs a token of at least
    :data:`MIN_TOKEN_LENGTH` characters in ``$DIPLOGRAPH_SERVE_TOKEN``.
    ``timeout`` (seconds) and ``max_results`` (rows or triples) bound each
    query; ``workers`` is the number of queries answered at once.
    ``on_ready(url)`` is called once the store is open, before listening.  Raises
    :class:`~diplograph.errors.InputError` for bad settings and
    :class:`~diplograph.errors.StoreError` when the store cannot be opened.
    """
    import uvicorn

    from ..stores import default_location
    from .app import ServerSettings, create_app
    from .workers import Limits

    if timeout <= 0:
        raise InputError(f"--timeout must be a positive number of seconds, not {timeout:g}")
    if max_results < 1:
        raise InputError(f"--max-results must be at least 1, not {max_results}")
    if workers < 1:
        raise InputError(f"--workers must be at least 1, not {workers}")
    token = None
    if allow_updates:
        token = os.environ.get(TOKEN_ENV, "")
        if len(token) < MIN_TOKEN_LENGTH:
            raise InputError(
                f"--allow-updates needs a token of at least {MIN_TOKEN_LENGTH} characters in "
                f"${TOKEN_ENV} (for example: export {TOKEN_ENV}=$(python3 -c "
                "'import secrets; print(secrets.token_urlsafe())'))")
    _check_port(host, port)
    location = default_location() if store is None else os.fspath(store)
    _check_version(location)
    settings = ServerSettings(store=location, limits=Limits(timeout, max_results),
                              workers=workers, allow_updates=allow_updates, token=token,
                              cors=cors)
    app = create_app(settings)
    # Open the store before listening, so a bad store is a one-line error, not a log.
    server = app.state.server
    server.start()
    if on_ready is not None:
        shown = f"[{host}]" if ":" in host else host
        on_ready(f"http://{shown}:{port}/")
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, lifespan="on")
    try:
        uvicorn.Server(config).run()
    finally:
        server.stop()


def _check_version(location: str) -> None:
    """Refuse to serve a store written by another diplograph (one line: rebuild it)."""
    from ..stores import open_store
    from ..stores.embedded import EmbeddedStore
    from ..storeversion import check_store

    remote = location.lower().startswith(("http://", "https://")) or \
        location.lower().endswith(".toml")
    if not remote and not os.path.isdir(location):
        return  # a new store: nothing written yet
    # Read-only, so a build writing the store meanwhile is no obstacle.
    store = open_store(location) if remote else EmbeddedStore(location, read_only=True)
    try:
        check_store(store)
    finally:
        store.close()


def _check_port(host: str, port: int) -> None:
    """Raise InputError when ``host:port`` cannot be listened on (taken, or not an address)."""
    if not 0 < port < 65536:
        raise InputError(f"--port must be between 1 and 65535, not {port}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise InputError(f"cannot listen on {host!r}: {exc.strerror}; give an address such "
                         "as 127.0.0.1") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise InputError(f"cannot listen on {host}:{port}: {exc.strerror}; is another "
                             "server running there? choose another --port") from None


__all__ = ["MIN_TOKEN_LENGTH", "TOKEN_ENV", "serve"]
