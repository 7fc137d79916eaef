"""Uploads only from sessions whose role may upload (issue 17).

Streamlit's upload endpoint (PUT /_stcore/upload_file/{session_id}/{file_id}) stores a file for any live
session before a page script decides anything: a läsare or an anonymous visitor could fill the server's
memory with files the app would never read. This module closes that at the server:

- a process-wide registry of the session ids whose logged-in role may upload (`access.may_upload`),
  updated by the page script on every run (`sync`, called by dashboard/app.py before any page), so a
  login, a logout or a changed role takes effect at the next run;
- a guard around the runtime's uploaded-file manager's `add_file` (installed once per process), which
  answers HTTP 403 for any other session, so the file is never stored.

This is the only place that reaches into Streamlit's internals. Checked against Streamlit 1.67.0
(the starlette server): `create_upload_routes._upload_put` in
streamlit/web/server/starlette/starlette_routes.py calls `upload_mgr.add_file(session_id=…, file=…)` on
`Runtime.instance().uploaded_file_mgr` and turns a starlette HTTPException into its status code.
tests/test_upload_gate.py fails if any of that moves; the body is still read (up to
server.maxUploadSize) before the refusal, then dropped.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from lagesbild import access

LOG = logging.getLogger("lagesbild.uploads")
CHECKED_STREAMLIT = "1.67.0"
REFUSED = "Den här sessionen får inte ladda upp filer."
_MARK = "_lagesbild_upload_gate"

_lock = threading.Lock()
_may_upload: set[str] = set()


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


# --- Streamlit ------------------------------------------------------------------------------------


def _manager() -> Any | None:
    """The runtime's uploaded-file manager, or None without a runtime (AppTest, bare mode)."""
    from streamlit.runtime import Runtime

    return Runtime.instance().uploaded_file_mgr if Runtime.exists() else None


def install(manager: Any | None = None) -> bool:
    """Wrap the (runtime's) manager's `add_file` once per process; True when the guard is in place."""
    manager = manager if manager is not None else _manager()
    if manager is None:
        return False
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
