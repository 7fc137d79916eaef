"""The upload gate (dashboard/upload_gate.py): the registry of sessions that may upload, the guard on
Streamlit's uploaded-file manager, the gate in front of Streamlit's own upload route (driven here as ASGI,
with a `receive` that records whether the body was ever asked for), and the Streamlit internals it relies
on (this file fails loudly when a Streamlit upgrade moves them). The endpoint on a running server, from
Chromium and from a raw socket: tests/test_browser_accounts.py."""

from __future__ import annotations

import asyncio
import inspect
import uuid
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import Route
from streamlit import config
from streamlit.runtime import Runtime
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from streamlit.runtime.uploaded_file_manager import UploadedFileRec
from streamlit.web.server.starlette import starlette_app, starlette_routes
from streamlit.web.server.starlette.starlette_app_utils import generate_xsrf_token_string
from streamlit.web.server.starlette.starlette_server_config import XSRF_COOKIE_NAME

from dashboard import upload_gate
from lagesbild import access


@pytest.fixture
def sessions() -> Iterator[tuple[str, str]]:
    ids = (str(uuid.uuid4()), str(uuid.uuid4()))
    yield ids
    for sid in ids:
        upload_gate.allow(sid, False)


def _file(name: str = "vecka.csv") -> UploadedFileRec:
    return UploadedFileRec(file_id=str(uuid.uuid4()), name=name, type="text/csv", data=b"Datum;Plats\n")


def test_only_roles_that_import_may_upload() -> None:
    assert [r for r in access.ROLES if access.may_upload(r)] == [access.SAMORDNARE, access.ANALYTIKER]
    assert not access.may_upload(None) and not access.may_upload("okänd")


def test_the_registry_follows_login_logout_and_ended_sessions(sessions: tuple[str, str]) -> None:
    samordnare, lasare = sessions
    upload_gate.allow(samordnare, access.may_upload(access.SAMORDNARE))
    upload_gate.allow(lasare, access.may_upload(access.LASARE))
    assert upload_gate.may_upload(samordnare) and not upload_gate.may_upload(lasare)
    assert not upload_gate.may_upload(str(uuid.uuid4()))  # a session the app never ran: no
    upload_gate.allow(samordnare, access.may_upload(None))  # logged out
    assert not upload_gate.may_upload(samordnare)
    upload_gate.allow(samordnare, True)
    upload_gate.forget_ended(lambda sid: sid != samordnare)  # the tab was closed
    assert not upload_gate.may_upload(samordnare)


def test_the_guard_stores_nothing_for_a_session_that_may_not_upload(sessions: tuple[str, str]) -> None:
    allowed, refused = sessions
    manager = MemoryUploadedFileManager("/_stcore/upload_file")
    assert upload_gate.install(manager) and upload_gate.install(manager)  # once: the second is a no-op
    upload_gate.allow(allowed, True)
    refused_file = _file()
    with pytest.raises(HTTPException) as caught:
        manager.add_file(session_id=refused, file=refused_file)
    assert caught.value.status_code == 403 and caught.value.detail == upload_gate.REFUSED
    assert manager.get_files(refused, [refused_file.file_id]) == []
    kept = _file()
    manager.add_file(session_id=allowed, file=kept)
    assert manager.file_storage[allowed][kept.file_id].data == b"Datum;Plats\n"
    # wrapped once, not twice: one call of the original per upload
    assert manager.add_file.__name__ == "guarded_add_file"


def test_behind_the_servers_middleware_a_page_run_does_not_search_for_the_route(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searched: list[int] = []

    def live_routes() -> list[Any]:
        searched.append(1)
        return []

    monkeypatch.setattr(upload_gate, "_live_routes", live_routes)
    monkeypatch.setattr(upload_gate, "_routes_gated", None)
    monkeypatch.setattr(upload_gate, "_served_behind_middleware", False)
    started_as_app = MemoryUploadedFileManager("/_stcore/upload_file")
    monkeypatch.setattr(upload_gate, "_manager", lambda: started_as_app)
    # `streamlit run dashboard/app.py`: the first run looks for the route among the live objects.
    assert upload_gate.install() and searched == [1]
    monkeypatch.setattr(upload_gate, "_routes_gated", None)
    served = MemoryUploadedFileManager("/_stcore/upload_file")
    monkeypatch.setattr(upload_gate, "_manager", lambda: served)
    # dashboard/server.py: its middleware gates every request, so the page does not look; the manager's
    # guard is still put in place.
    upload_gate.served_behind_middleware()
    assert upload_gate.install() and searched == [1]
    assert served.add_file.__name__ == "guarded_add_file"


def test_streamlit_internals_the_gate_relies_on_are_still_there() -> None:
    """If this fails after a Streamlit upgrade, re-check dashboard/upload_gate.py against the new
    upload route before changing CHECKED_STREAMLIT."""
    assert isinstance(inspect.getattr_static(Runtime, "uploaded_file_mgr"), property)
    assert callable(Runtime.exists) and callable(Runtime.instance) and callable(Runtime.is_active_session)
    params = inspect.signature(MemoryUploadedFileManager.add_file).parameters
    assert list(params) == ["self", "session_id", "file"]
    route = inspect.getsource(starlette_routes.create_upload_routes)
    assert "upload_mgr.add_file(" in route and "HTTPException" in route
    # the gate: one starlette Route per method on this path, whose handler runs the ASGI `app`
    assert "_ROUTE_UPLOAD_FILE" in route and 'methods=["PUT"]' in route
    assert "/" + starlette_routes._ROUTE_UPLOAD_FILE == upload_gate.UPLOAD_ROUTE
    assert "self.app(scope, receive, send)" in inspect.getsource(Route.handle)
    app = inspect.getsource(starlette_app)
    assert "runtime.uploaded_file_mgr" in app and "create_upload_routes(runtime, upload_mgr" in app


# --- the gate in front of Streamlit's route: refused from the headers, the body never asked for ---------

MAX_MB = int(config.get_option("server.maxUploadSize"))  # 50 from .streamlit/config.toml, else 200
MAX_BYTES = MAX_MB * 1024 * 1024
BOUNDARY = "lagesbild-gräns".encode().hex()


class _LiveSessions:
    """The one thing Streamlit's upload routes ask of the runtime: is this session live?"""

    def is_active_session(self, session_id: str) -> bool:
        return True


def _multipart(data: bytes, name: str = "vecka.csv") -> bytes:
    head = f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
    return head.encode() + b"Content-Type: text/csv\r\n\r\n" + data + f"\r\n--{BOUNDARY}--\r\n".encode()


class _Client:
    """One request to an ASGI app, as uvicorn would hand it over: the headers at once, the body only
    when the app asks for it (`asked` counts the asks)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.asked = 0

    def put(
        self, path: str, body: bytes, declared: int | None = None, xsrf: bool = True, method: str = "PUT"
    ) -> dict[str, Any]:
        token = generate_xsrf_token_string()
        headers = [
            (b"content-type", f"multipart/form-data; boundary={BOUNDARY}".encode()),
            (b"content-length", str(len(body) if declared is None else declared).encode()),
        ]
        if xsrf:
            headers += [(b"x-xsrftoken", token.encode()), (b"cookie", f"{XSRF_COOKIE_NAME}={token}".encode())]
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": method,
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "root_path": "",
            "query_string": b"",
            "headers": headers,
            "server": ("127.0.0.1", 8501),
            "client": ("127.0.0.1", 50000),
        }
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            self.asked += 1
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        asyncio.run(self.app(scope, receive, send))
        start = next(m for m in sent if m["type"] == "http.response.start")
        return {
            "status": start["status"],
            "headers": {bytes(n).lower(): bytes(v) for n, v in start.get("headers", [])},
            "body": b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body"),
        }


@pytest.fixture(params=["route", "middleware"])
def streamlit_upload(
    request: pytest.FixtureRequest,
) -> tuple[Starlette, MemoryUploadedFileManager, list[Any]]:
    """Streamlit's own upload routes (create_upload_routes) in a starlette app, gated either as the page
    script does it (the route's handler wrapped at the first run) or as dashboard/server.py does it
    (middleware in front of the whole server, from its first request)."""
    manager = MemoryUploadedFileManager("/_stcore/upload_file")
    routes = starlette_routes.create_upload_routes(_LiveSessions(), manager, None)  # type: ignore[arg-type]
    if request.param == "middleware":
        gate = Middleware(upload_gate.UploadGateMiddleware)
        return Starlette(routes=routes, middleware=[gate]), manager, routes
    assert upload_gate.gate_routes(routes) == 1 and upload_gate.gate_routes(routes) == 1  # once each
    return Starlette(routes=routes), manager, routes


def test_the_gate_sits_in_front_of_the_put_route_only() -> None:
    manager = MemoryUploadedFileManager("/_stcore/upload_file")
    routes: list[Any] = starlette_routes.create_upload_routes(_LiveSessions(), manager, None)  # type: ignore[arg-type]
    assert upload_gate.gate_routes(routes) == 1 and upload_gate.gate_routes(routes) == 1  # once each
    gated = [r for r in routes if getattr(r.app, "_lagesbild_upload_gate", False)]
    assert [r.methods for r in gated] == [{"PUT"}]
    # the gate finds Streamlit's routes among the process's live objects, as on the server
    assert any(r is routes[0] for r in upload_gate._live_routes())


def test_a_session_that_may_not_upload_is_refused_before_its_body_is_read(
    streamlit_upload: tuple[Starlette, MemoryUploadedFileManager, list[Any]], sessions: tuple[str, str]
) -> None:
    app, manager, _ = streamlit_upload
    _, refused = sessions
    for declared in (MAX_BYTES // 2, MAX_BYTES * 4):  # under and over maxUploadSize
        client = _Client(app)
        answer = client.put(f"/_stcore/upload_file/{refused}/fil-1", _multipart(b"x"), declared=declared)
        assert answer["status"] == 403 and answer["body"].decode() == upload_gate.REFUSED
        assert answer["headers"][b"connection"] == b"close"
        assert client.asked == 0  # not one byte of the body was asked for
    # A small body (up to 64 KiB) is left for uvicorn to read and drop: no reset, the client surely sees
    # the 403. Still never handed to Streamlit.
    client = _Client(app)
    answer = client.put(f"/_stcore/upload_file/{refused}/fil-1", _multipart(b"Datum;Plats\n"))
    assert answer["status"] == 403 and b"connection" not in answer["headers"] and client.asked == 0
    assert manager.file_storage.get(refused, {}) == {}


def test_a_session_that_may_upload_goes_through_streamlits_handler_unchanged(
    streamlit_upload: tuple[Starlette, MemoryUploadedFileManager, list[Any]], sessions: tuple[str, str]
) -> None:
    app, manager, _ = streamlit_upload
    allowed, _ = sessions
    upload_gate.allow(allowed, True)
    client = _Client(app)
    answer = client.put(f"/_stcore/upload_file/{allowed}/fil-1", _multipart(b"Datum;Plats\n"))
    assert answer["status"] == 204 and client.asked >= 1
    assert b"connection" not in answer["headers"]  # kept alive, as before
    assert manager.file_storage[allowed]["fil-1"].data == b"Datum;Plats\n"

    # Streamlit's XSRF check still applies; its refusal of a large body now closes the connection too.
    for declared, connection in ((None, None), (MAX_BYTES // 2, b"close")):
        client = _Client(app)
        answer = client.put(f"/_stcore/upload_file/{allowed}/fil-2", _multipart(b"x"), declared, xsrf=False)
        assert answer["status"] == 403 and b"XSRF" in answer["body"]
        assert answer["headers"].get(b"connection") == connection and client.asked == 0
    assert "fil-2" not in manager.file_storage[allowed]


def test_a_declared_size_over_the_limit_is_refused_before_the_body_for_everyone(
    streamlit_upload: tuple[Starlette, MemoryUploadedFileManager, list[Any]], sessions: tuple[str, str]
) -> None:
    app, manager, _ = streamlit_upload
    allowed, _ = sessions
    upload_gate.allow(allowed, True)
    client = _Client(app)
    answer = client.put(f"/_stcore/upload_file/{allowed}/stor", _multipart(b"x"), declared=MAX_BYTES + 1)
    assert answer["status"] == 413 and answer["body"].decode() == upload_gate.TOO_LARGE.format(mb=MAX_MB)
    assert answer["headers"][b"connection"] == b"close" and client.asked == 0
    assert upload_gate.refusal(allowed, [(b"Content-Length", str(MAX_BYTES).encode())], MAX_BYTES) is None
    assert upload_gate.refusal(allowed, [(b"content-length", b"x")], MAX_BYTES) is None  # Streamlit's 400
    assert manager.file_storage.get(allowed, {}) == {}


def test_other_methods_on_the_route_are_not_gated(
    streamlit_upload: tuple[Starlette, MemoryUploadedFileManager, list[Any]], sessions: tuple[str, str]
) -> None:
    app, _, _ = streamlit_upload
    _, refused = sessions
    path = f"/_stcore/upload_file/{refused}/fil-1"
    assert _Client(app).put(path, b"", method="DELETE")["status"] == 204  # nothing to delete: harmless
    options = _Client(app).put(path, b"", method="OPTIONS")
    assert options["status"] == 204 and b"PUT" in options["headers"][b"access-control-allow-methods"]


@pytest.mark.parametrize("base", ["", "/lagesbild"])
def test_the_middleware_finds_the_upload_path_under_any_base_url(
    base: str, sessions: tuple[str, str]
) -> None:
    """Only a PUT to the upload path is gated; everything else reaches the app untouched."""
    _, refused = sessions
    reached: list[str] = []

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        reached.append(f"{scope['method']} {scope['path']}")
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    client = _Client(upload_gate.UploadGateMiddleware(inner, max_bytes=lambda: MAX_BYTES))
    upload = f"{base}/_stcore/upload_file/{refused}/fil-1"
    assert client.put(upload, b"x" * 100, declared=40 << 20)["status"] == 403 and client.asked == 0
    assert client.put(upload + "/", b"x")["status"] == 403
    for method, path in (("DELETE", upload), ("PUT", f"{base}/_stcore/upload_file/{refused}"), ("PUT", "/")):
        assert client.put(path, b"", method=method)["status"] == 204
    assert reached == [f"DELETE {upload}", f"PUT {base}/_stcore/upload_file/{refused}", "PUT /"]


@pytest.mark.slow
def test_the_served_dashboard_refuses_uploads_before_any_page_has_run(tmp_path: Path) -> None:
    """`streamlit run dashboard/server.py`, as `make serve` starts it: a PUT from a plain socket to a
    server no page has run on yet is refused from its headers by the gate, not by Streamlit's XSRF check,
    before the client has sent any of its declared 40 MB."""
    import shutil

    from tests.browser_support import ROOT, raw_put, serve_dashboard

    (tmp_path / ".streamlit").mkdir()
    shutil.copy(ROOT / ".streamlit" / "config.toml", tmp_path / ".streamlit" / "config.toml")
    env = {"LAGESBILD_AUTH": "off"}
    served = serve_dashboard(f"sqlite:///{tmp_path / 'tom.db'}", tmp_path, tmp_path / "server.log", env)
    server = cast(Generator[str, None, None], served)
    base = next(server)
    try:
        answer = raw_put(base, str(uuid.uuid4()), "token", 40 << 20, send_body=False)
        assert answer["status"] == 403 and answer["text"] == upload_gate.REFUSED
        assert answer["closed"] and answer["taken"] == 0
        small = raw_put(base, str(uuid.uuid4()), "token", 1000, send_body=True)
        assert small["status"] == 403 and small["text"] == upload_gate.REFUSED
    finally:
        server.close()
    assert "uppladdning vägrad innan innehållet lästes (403)" in (tmp_path / "server.log").read_text()
