"""The web application of ``diplograph serve`` (Starlette, run by uvicorn).

Routes:

``GET /``                  the query page: a form, the bundled queries as examples
``GET|POST /query``        the SPARQL 1.1 Protocol query endpoint
``POST /update``           SPARQL 1.1 Update; refused unless started with updates allowed
``GET|POST /sparql``       queries and updates at one URL (as Virtuoso and Fuseki offer)
``GET /queries/{name}``    a bundled query by name, ``?param=value`` bound as RDF terms
``GET /explorer``          the interactive network (``diplograph render``'s page)

Queries run in worker processes (:mod:`diplograph.server.workers`) under a
time limit and a result-size limit; a query past either is stopped and
answered with an error, and the server goes on.  Errors are one line of
plain text with the HTTP status saying what kind.
"""

from __future__ import annotations

import base64
import contextlib
import hmac
import re
import threading
import urllib.parse
from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..errors import DiplographError, QueryError
from .workers import Limits, QueryTimeout, WorkerFailed, WorkerPool, folder_signature

_FORM = "application/x-www-form-urlencoded"
_UPDATE_WORD = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", re.I)
_MAX_REQUEST = 10 * 1024 * 1024  # bytes of query or update text accepted in one request


@dataclass
class ServerSettings:
    """How the server runs: the store, limits, workers, and whether it accepts updates.

    ``token`` is required when ``allow_updates`` is true: updates must carry it as
    ``Authorization: Bearer <token>`` (or as the password of HTTP Basic).
    """

    store: str
    limits: Limits = field(default_factory=Limits)
    workers: int = 2
    allow_updates: bool = False
    token: str | None = None
    cors: bool = False


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


class _Server:
    """The state behind the routes: the worker pool, the writer, the explorer cache."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self.pool = WorkerPool(settings.store, settings.limits, settings.workers)
        self.writer = None  # the store opened for writing, only when updates are allowed
        self.write_lock = threading.Lock()
        self.explorer: tuple[tuple, bytes] | None = None
        self.started = False
        self.remote = settings.store.lower().startswith(("http://", "https://")) or \
            settings.store.lower().endswith(".toml")

    def start(self) -> None:
        """Open the writer (when updates are allowed) and start the workers; once."""
        from ..stores import open_store

        if self.started:
            return
        self.started = True
        if self.settings.allow_updates:
            self.writer = open_store(self.settings.store)  # creates an embedded store folder
        try:
            self.pool.start()
        except WorkerFailed as exc:
            self.stop()
            from ..errors import StoreError

            raise StoreError(f"cannot serve {self.settings.store}: {exc}") from None

    def stop(self) -> None:
        """Stop the workers and close the writer."""
        self.pool.close()
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    # -- queries ------------------------------------------------------------------------------

    async def answer(self, query: str, accept: str | None, fmt: str | None,
                     default_graphs: list[str], named_graphs: list[str], *,
                     selective: str | None = None) -> Response:
        from ..stores.terms import query_form

        if not query_form(query) and _UPDATE_WORD.search(query):
            return _error(400, "not a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE); "
                               "updates go to POST /update")
        # selective: a bundled query's selective form, bound, which the worker runs in
        # place of the query where the store has the facts view.
        request = {"kind": "query", "query": query, "accept": accept, "format": fmt,
                   "default_graphs": default_graphs, "named_graphs": named_graphs,
                   "selective": selective}
        return await self._run(request)

    async def _run(self, request: dict) -> Response:
        limits = self.settings.limits
        try:
            reply = await run_in_threadpool(self.pool.run, request)
        except QueryTimeout:
            return _error(503, f"query stopped after {limits.timeout:g} s (the server's time "
                               "limit, --timeout); narrow it or add a LIMIT")
        except WorkerFailed as exc:
            return _error(500, f"the query failed: {exc}")
        if reply[0] == "ok":
            _, media_type, body = reply
            if media_type.startswith("text/") and "charset" not in media_type:
                media_type += "; charset=utf-8"
            return Response(body, media_type=media_type, headers={"Vary": "Accept"})
        _, status, message = reply
        return _error(status, message)

    async def explorer_page(self) -> Response:
        # The page is rebuilt only when the store changed (an embedded store's files).
        signature = () if self.remote else folder_signature(self.settings.store)
        if self.explorer is not None and not self.remote and self.explorer[0] == signature:
            return HTMLResponse(self.explorer[1])
        response = await self._run({"kind": "explorer"})
        if response.status_code == 200 and not self.remote:
            self.explorer = (signature, bytes(response.body))
        return response

    # -- updates ------------------------------------------------------------------------------

    def authorized(self, header: str | None) -> bool:
        """Whether an Authorization header carries the update token (Bearer, or Basic's
        password)."""
        token = self.settings.token
        if not header or not token:
            return False
        scheme, _, value = header.strip().partition(" ")
        given = value.strip()
        if scheme.lower() == "basic":
            try:
                given = base64.b64decode(given, validate=True).decode("utf-8").partition(":")[2]
            except (ValueError, UnicodeDecodeError):
                return False
        elif scheme.lower() != "bearer":
            return False
        return hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))

    def update(self, text: str) -> None:
        """Run an update on the store, one at a time (raises DiplographError)."""
        with self.write_lock:
            self.writer.update(text)  # type: ignore[union-attr]


# --- request parsing -----------------------------------------------------------------------------


def _fields(request: Request, body: bytes) -> tuple[dict[str, list[str]], str | None]:
    """The request's parameters (URL and form body), and the direct body with its media type."""
    params = urllib.parse.parse_qs(request.url.query, keep_blank_values=True)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if request.method == "POST" and content_type == _FORM:
        form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        for key, values in form.items():
            params.setdefault(key, []).extend(values)
        return params, None
    return params, content_type


async def _body(request: Request) -> bytes | Response:
    """The request body (read once, kept for the next reader), or a 413 past the size limit."""
    if hasattr(request.state, "body"):
        return request.state.body
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > _MAX_REQUEST:
            return _error(413, f"request larger than {_MAX_REQUEST // (1024 * 1024)} MiB")
    request.state.body = body
    return body


def _one(params: dict[str, list[str]], name: str) -> str | None | Response:
    values = params.get(name, [])
    if len(values) > 1:
        return _error(400, f"give one '{name}' parameter, not {len(values)}")
    return values[0] if values else None


# --- routes --------------------------------------------------------------------------------------


async def _query(request: Request) -> Response:
    server: _Server = request.app.state.server
    body = await _body(request)
    if isinstance(body, Response):
        return body
    params, direct = _fields(request, body)
    query = _one(params, "query")
    if isinstance(query, Response):
        return query
    if request.method == "POST" and direct == "application/sparql-query":
        if query is not None:
            return _error(400, "give the query either in the body or as 'query', not both")
        query = body.decode("utf-8", "replace")
    elif request.method == "POST" and direct not in (None, ""):
        return _error(415, f"unsupported request type {direct!r}; send "
                           "application/sparql-query or a form with 'query'")
    if not query or not query.strip():
        return _error(400, "no query given: send 'query' (GET parameter or form field) or a "
                           "POST body of type application/sparql-query")
    fmt = _one(params, "format")
    if isinstance(fmt, Response):
        return fmt
    return await server.answer(query, request.headers.get("accept"), fmt,
                               params.get("default-graph-uri", []),
                               params.get("named-graph-uri", []))


async def _update(request: Request) -> Response:
    server: _Server = request.app.state.server
    if not server.settings.allow_updates:
        return _error(403, "this endpoint is read-only; start diplograph serve with "
                           "--allow-updates and a token in $DIPLOGRAPH_SERVE_TOKEN to accept "
                           "updates")
    if not server.authorized(request.headers.get("authorization")):
        return _error(401, "updates need the server's token: send 'Authorization: Bearer "
                           "<token>' (the value of $DIPLOGRAPH_SERVE_TOKEN where it runs)",
                      headers={"WWW-Authenticate": 'Bearer realm="diplograph"'})
    body = await _body(request)
    if isinstance(body, Response):
        return body
    params, direct = _fields(request, body)
    update = _one(params, "update")
    if isinstance(update, Response):
        return update
    if direct == "application/sparql-update":
        update = body.decode("utf-8", "replace")
    if not update or not update.strip():
        return _error(400, "no update given: send a form with 'update' or a body of type "
                           "application/sparql-update")
    try:
        await run_in_threadpool(server.update, update)
    except QueryError as exc:
        return _error(400, str(exc))
    except DiplographError as exc:
        return _error(500, str(exc))
    return Response(status_code=204)


async def _sparql(request: Request) -> Response:
    # One URL for both, as Virtuoso and Fuseki offer: an update is a form with 'update'
    # or a body of type application/sparql-update; anything else is a query.
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if request.method == "POST" and content_type == "application/sparql-update":
        return await _update(request)
    if request.method == "POST" and content_type == _FORM:
        body = await _body(request)
        if isinstance(body, Response):
            return body
        if "update" in urllib.parse.parse_qs(body.decode("utf-8", "replace")):
            return await _update(request)
    return await _query(request)


async def _bundled(request: Request) -> Response:
    from ..queries import list_queries, parse_value, selective_text
    from ..stores.terms import bind_parameters

    server: _Server = request.app.state.server
    name = request.path_params["name"]
    info = {q.name: q for q in list_queries()}.get(name)
    if info is None:
        return _error(404, f"no bundled query {name!r}; see / for the list")
    params = urllib.parse.parse_qs(request.url.query, keep_blank_values=True)
    fmt = _one(params, "format")
    if isinstance(fmt, Response):
        return fmt
    declared = {p.name for p in info.parameters}
    bindings = {}
    for key, values in params.items():
        if key == "format":
            continue
        if key not in declared:
            return _error(400, f"the query {name} has no parameter {key!r}; its parameters: "
                               f"{', '.join(sorted(declared)) or '(none)'}")
        if len(values) != 1 or not values[0]:
            return _error(400, f"give one value for {key!r}")
        bindings[key] = parse_value(values[0])
    try:
        text = bind_parameters(info.path.read_text(encoding="utf-8"), bindings)
        # Its selective form too, if a parameter selects one: a worker runs it instead
        # on an embedded store with the facts view (see diplograph.queries.selective_form).
        selective = selective_text(name, bindings)
        selective = bind_parameters(selective, bindings) if selective else None
    except QueryError as exc:
        return _error(400, str(exc))
    return await server.answer(text, request.headers.get("accept"), fmt, [], [],
                               selective=selective)


async def _explorer(request: Request) -> Response:
    return await request.app.state.server.explorer_page()


async def _home(request: Request) -> Response:
    from .page import query_page

    server: _Server = request.app.state.server
    page, csp = query_page(read_only=not server.settings.allow_updates)
    return HTMLResponse(page, headers={"Content-Security-Policy": csp})


def create_app(settings: ServerSettings) -> Starlette:
    """The Starlette app serving ``settings.store``; its workers start with the app's lifespan.

    Raises nothing itself; a store that cannot be opened fails at startup with
    a :class:`~diplograph.errors.StoreError`.
    """
    server = _Server(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        await run_in_threadpool(server.start)
        try:
            yield
        finally:
            await run_in_threadpool(server.stop)

    middleware = []
    if settings.cors:
        middleware.append(Middleware(CORSMiddleware, allow_origins=["*"],
                                     allow_methods=["GET", "POST"],
                                     allow_headers=["Content-Type", "Accept", "Authorization"]))
    app = Starlette(
        routes=[
            Route("/", _home, methods=["GET"]),
            Route("/query", _query, methods=["GET", "POST"]),
            Route("/sparql", _sparql, methods=["GET", "POST"]),
            Route("/update", _update, methods=["POST"]),
            Route("/queries/{name}", _bundled, methods=["GET"]),
            Route("/explorer", _explorer, methods=["GET"]),
        ],
        middleware=middleware,
        lifespan=lifespan,
    )
    app.state.server = server
    return app
