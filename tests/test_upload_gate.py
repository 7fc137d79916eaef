"""The upload gate (dashboard/upload_gate.py): the registry of sessions that may upload, the guard on
Streamlit's uploaded-file manager, and the Streamlit internals it relies on (this file fails loudly when
a Streamlit upgrade moves them). The endpoint itself, in a real browser: tests/test_browser_uploads.py."""

from __future__ import annotations

import inspect
import uuid
from collections.abc import Iterator

import pytest
from starlette.exceptions import HTTPException
from streamlit.runtime import Runtime
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from streamlit.runtime.uploaded_file_manager import UploadedFileRec
from streamlit.web.server.starlette import starlette_app, starlette_routes

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


def test_streamlit_internals_the_gate_relies_on_are_still_there() -> None:
    """If this fails after a Streamlit upgrade, re-check dashboard/upload_gate.py against the new
    upload route before changing CHECKED_STREAMLIT."""
    assert isinstance(inspect.getattr_static(Runtime, "uploaded_file_mgr"), property)
    assert callable(Runtime.exists) and callable(Runtime.instance) and callable(Runtime.is_active_session)
    params = inspect.signature(MemoryUploadedFileManager.add_file).parameters
    assert list(params) == ["self", "session_id", "file"]
    route = inspect.getsource(starlette_routes.create_upload_routes)
    assert "upload_mgr.add_file(" in route and "HTTPException" in route
    app = inspect.getsource(starlette_app)
    assert "runtime.uploaded_file_mgr" in app and "create_upload_routes(runtime, upload_mgr" in app
