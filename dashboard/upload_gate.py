"""Uploads only from sessions whose role may upload (issue 17).

Streamlit's upload endpoint (PUT /_stcore/upload_file/{session_id}/{file_id}) stores a file for any live
session before a page script decides anything: a läsare or an anonymous visitor could fill the server's
memory with files the app would never read. This module closes that at the server:

- a process-wide registry of the session ids whose logged-in role may upload (`access.may_upload`),
  updated by the page script on every run (`sync`, called by dashboard/app.py before any page), so a
  login, a logout or a changed role takes effect at the next run;
- a gate in front of the upload route's handler (`gate_routes`), which answers as soon as the request's
  headers are in, without asking for a byte of the body: 403 for any other session, and 413 for a
  declared Content-Length over `server.maxUploadSize`. Its refusals, and Streamlit's own on that route,
  say `Connection: close` when the body may be over 64 KiB (`DRAIN_AT_MOST`), so uvicorn closes the
  connection instead of reading the rest of the body and dropping it;
- a guard around the runtime's uploaded-file manager's `add_file`, which answers HTTP 403 for any other
  session: the second line, for a request that reaches the manager past the gate.

This is the only place that reaches into Streamlit's internals. Checked against Streamlit 1.67.0
(the starlette server, uvicorn with h11): `create_upload_routes` in
streamlit/web/server/starlette/starlette_routes.py makes one starlette `Route` per method for
`/_stcore/upload_file/{session_id}/{file_id}` (under `server.baseUrlPath`), whose `_upload_put` checks
XSRF, then reads the body and calls `upload_mgr.add_file(session_id=…, file=…)` on
`Runtime.instance().uploaded_file_mgr`. Streamlit keeps no reference to its app that a script could
reach, so the routes are found once per process among the live objects (`gc`): the gate is in place
from the first run of the page script in the process. Served through dashboard/server.py (`st.App`),
`UploadGateMiddleware` holds the same gate in front of every request from the server's first one, and
the page's runs do not look for the route (`served_behind_middleware`).
tests/test_upload_gate.py fails if any of this moves.
"""

from __future__ import annotations

import gc
import logging
import re
import threading
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from lagesbild import access

LOG = logging.getLogger("lagesbild.uploads")
CHECKED_STREAMLIT = "1.67.0"
REFUSED = "Den här sessionen får inte ladda upp filer."
TOO_LARGE = "Filen är större än {mb} MB, det mesta servern tar emot (server.maxUploadSize)."
UPLOAD_ROUTE = "/_stcore/upload_file/{session_id}/{file_id}"
_UPLOAD_PATH = re.compile(r"/_stcore/upload_file/(?P<session_id>[^/]+)/[^/]+/?$")  # under any baseUrlPath
# A refused body up to this size is read and dropped, so the client surely gets its answer (closing on
# unread data makes the kernel reset the connection); a larger or undeclared one closes the connection.
DRAIN_AT_MOST = 64 * 1024
_MARK = "_lagesbild_upload_gate"

_lock = threading.Lock()
_routes_lock = threading.Lock()  # the one-time search (~0.2 s) must not hold up `may_upload`
_may_upload: set[str] = set()
_routes_gated: bool | None = None  # None: not looked for yet in this process
# Served through dashboard/server.py, `UploadGateMiddleware` gates every request: the page's first run
# need not search the live objects for the route (0.03–0.06 s of every page's first run after a start).
_served_behind_middleware = False

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


# --- the registry (pure: no Streamlit) -------------------------------------------------------------


def allow(session_id: str, may: bool) -> None:
    """Record whether this session may upload (its current role's permission)."""
    with _lock:
        if may:
            _may_upload.add(session_id)
        else:
            _may_upload.discard(session_id)


def may_upload(session_id: str) -> bool:
    with _lock:
        return session_id in _may_upload


def forget_ended(is_active: Any) -> None:
    """Drop the sessions that have ended (`is_active(session_id)` False): ids are never reused, so
    this only keeps the registry small."""
    with _lock:
        ended = {sid for sid in _may_upload if not is_active(sid)}
        _may_upload.difference_update(ended)


# --- the gate in front of the route (ASGI: headers only, the body is never asked for) ----------------


def _declared(headers: Iterable[tuple[bytes, bytes]]) -> int | None:
    """The request's Content-Length, or None when it is missing or unreadable."""
    value = next((value for name, value in headers if name.lower() == b"content-length"), None)
    return int(value) if value is not None and value.strip().isdigit() else None


def refusal(
    session_id: str, headers: Iterable[tuple[bytes, bytes]], max_bytes: int
) -> tuple[int, str] | None:
    """(status, Swedish reason) when a PUT with these headers must be refused before its body, else None.
    An unreadable Content-Length is left to Streamlit (400); a missing one to its streaming cap."""
    if not may_upload(session_id):
        return 403, REFUSED
    declared = _declared(headers)
    if declared is not None and declared > max_bytes:
        return 413, TOO_LARGE.format(mb=max_bytes // (1024 * 1024))
    return None


def _close_after_refusal(headers: Iterable[tuple[bytes, bytes]]) -> bool:
    declared = _declared(headers)
    return declared is None or declared > DRAIN_AT_MOST


def _max_upload_bytes() -> int:
    from streamlit import config

    # Streamlit's own header check uses the same figure (maxUploadSize is in megabytes).
    return int(config.get_option("server.maxUploadSize")) * 1024 * 1024


def _closing(send: Send, close: bool) -> Send:
    """`send` that adds `Connection: close` to an error response when `close`: the body may be unread,
    and closing keeps uvicorn from reading (and dropping) the rest of it on a kept-alive connection."""

    async def send_closing(message: Message) -> None:
        error = message.get("type") == "http.response.start" and int(message.get("status", 200)) >= 400
        if close and error:
            headers = [(bytes(n), bytes(v)) for n, v in message.get("headers", [])]
            if not any(name.lower() == b"connection" for name, _ in headers):
                message = {**message, "headers": [*headers, (b"connection", b"close")]}
        await send(message)

    return send_closing


async def _gate_put(
    app: ASGIApp, session_id: str, max_bytes: int, scope: Scope, receive: Receive, send: Send
) -> None:
    """One upload PUT: refused from its headers alone, or passed to `app` (Streamlit's handler, its
    XSRF check included) with `Connection: close` on an error answer to a large body."""
    headers = scope.get("headers", [])
    refused = refusal(session_id, headers, max_bytes)
    if refused is None:
        await app(scope, receive, _closing(send, _close_after_refusal(headers)))
        return
    status, reason = refused
    LOG.warning("uppladdning vägrad innan innehållet lästes (%d)", status)
    body = reason.encode("utf-8")
    start = {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"text/plain; charset=utf-8"),
            (b"content-length", str(len(body)).encode("ascii")),
        ],
    }
    await _closing(send, _close_after_refusal(headers))(start)
    await send({"type": "http.response.body", "body": body, "more_body": False})


def gated(app: ASGIApp, max_bytes: Callable[[], int] = _max_upload_bytes) -> ASGIApp:
    """The upload route's ASGI app behind the gate: a PUT that `refusal` refuses is answered from its
    headers alone; everything else goes to Streamlit's handler unchanged."""

    async def gate(scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("type") != "http" or scope.get("method") != "PUT":
            await app(scope, receive, send)
            return
        session_id = str(scope.get("path_params", {}).get("session_id", ""))
        await _gate_put(app, session_id, max_bytes(), scope, receive, send)

    setattr(gate, _MARK, True)
    return gate


class UploadGateMiddleware:
    """The same gate as ASGI middleware on the whole server (dashboard/server.py installs it through
    `st.App`), so it holds from the server's first request, before any page script has run."""

    def __init__(self, app: ASGIApp, max_bytes: Callable[[], int] = _max_upload_bytes) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        upload = _UPLOAD_PATH.search(str(scope.get("path", ""))) if scope.get("type") == "http" else None
        if upload is None or scope.get("method") != "PUT":
            await self.app(scope, receive, send)
            return
        await _gate_put(self.app, upload.group("session_id"), self.max_bytes(), scope, receive, send)


def gate_routes(routes: Iterable[Any]) -> int:
    """Put the gate in front of every upload PUT route among `routes` (once each); how many are gated."""
    count = 0
    for route in routes:
        path = getattr(route, "path", None)
        methods = getattr(route, "methods", None) or set()
        if not (isinstance(path, str) and path.endswith(UPLOAD_ROUTE) and "PUT" in methods):
            continue
        if not getattr(route.app, _MARK, False):
            route.app = gated(route.app)
        count += 1
    return count


def _live_routes() -> list[Any]:
    """Every starlette Route in the process (Streamlit keeps its app out of reach of a script)."""
    from starlette.routing import Route

    return [obj for obj in gc.get_objects() if type(obj) is Route]


def _gate_live_routes() -> bool:
    """Once per process: gate the server's upload route; False when it is not found (then the manager's
    guard still refuses, after the body is read)."""
    global _routes_gated
    with _routes_lock:
        if _routes_gated is None:
            _routes_gated = gate_routes(_live_routes()) > 0
            if not _routes_gated:
                LOG.error(
                    "Streamlits uppladdningsväg hittades inte (kontrollerad mot %s): "
                    "innehållet läses innan rollen prövas",
                    CHECKED_STREAMLIT,
                )
        return _routes_gated


# --- the manager's guard (the second line) ----------------------------------------------------------


def _manager() -> Any | None:
    """The runtime's uploaded-file manager, or None without a runtime (AppTest, bare mode)."""
    from streamlit.runtime import Runtime

    return Runtime.instance().uploaded_file_mgr if Runtime.exists() else None


def install(manager: Any | None = None) -> bool:
    """Wrap the (runtime's) manager's `add_file` once per process; True when the guard is in place.
    With the runtime's own manager, also gate the server's upload route (`gate_routes`)."""
    live = manager is None
    manager = manager if manager is not None else _manager()
    if manager is None:
        return False
    if live and not _served_behind_middleware:
        _gate_live_routes()
    with _lock:
        if getattr(manager, _MARK, False):
            return True
        original = getattr(manager, "add_file", None)
        if not callable(original):
            LOG.error(
                "Streamlits uppladdning har ändrats (kontrollerad mot %s): spärras inte per roll",
                CHECKED_STREAMLIT,
            )
            return False

        def guarded_add_file(session_id: str, file: Any) -> None:
            from starlette.exceptions import HTTPException

            if not may_upload(session_id):
                LOG.warning("uppladdning vägrad för en session utan behörighet")
                raise HTTPException(status_code=403, detail=REFUSED)
            original(session_id=session_id, file=file)

        manager.add_file = guarded_add_file
        setattr(manager, _MARK, True)
        return True


def served_behind_middleware() -> None:
    """Said by dashboard/server.py when its server starts: every request of this process passes
    `UploadGateMiddleware` (installed through `st.App`), so `install` does not look for the route."""
    global _served_behind_middleware
    _served_behind_middleware = True


def sync(role: str | None) -> None:
    """Called on every run of the page script: this session may upload iff `role` may."""
    from streamlit.runtime import Runtime
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None:
        return
    install()
    allow(ctx.session_id, access.may_upload(role))
    if Runtime.exists():
        forget_ended(Runtime.instance().is_active_session)
