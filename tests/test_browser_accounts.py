"""Logins and uploads on a shared server, in a real browser (`streamlit run` with local accounts, driven
by Debian's chromium through Playwright).

1. Streamlit's upload endpoint stores a file only for a session whose role may upload: a PUT to
   /_stcore/upload_file/{session}/{file} with the session's own XSRF token gets 403 for an anonymous
   visitor and a läsare, and succeeds for a samordnare (dashboard/upload_gate.py). The session id is
   read from the server's own first websocket message (NewSession.initialize.session_id, decoded with
   Streamlit's protobuf), and checked against the URL of a real upload through Importera. From a plain
   socket, as a hostile client would send it: the 403 comes back for the headers alone, before one
   byte of the declared body is sent, and bodies pushed at the server are not taken in.
2. A local-account login survives a reload (a server-side session in a SameSite=Strict cookie), and
   logging out ends it: reloaded, the login page again, and the old token logs no one in.
3. A saved login ends when the user's configured kommuner change (read again at the reload).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from lagesbild import access
from lagesbild.db import init_db, make_engine
from tests.browser_support import CHROMIUM_ARGS, ROOT, SERVER_PIDS, raw_put, serve_dashboard

pytestmark = pytest.mark.browser

PASSWORDS = {"lisa": "läsare-lösenord-2026", "sam": "samordnare-lösenord-2026"}
ROLES = {"lisa": access.LASARE, "sam": access.SAMORDNARE}
CSV = "Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör\n2026-11-18;21:30;Älta;Torget;Klotter;Tag;EST\n"

# Eight refused 40 MB uploads, one after the other (the test raised the server by 320 MB).
PUT_BIG = """async ([url, megabytes, times]) => {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('_streamlit_xsrf='));
    const token = decodeURIComponent(cookie.slice('_streamlit_xsrf='.length));
    const body = new Uint8Array(megabytes * 1024 * 1024).fill(59);
    const statuses = [];
    for (let k = 0; k < times; k++) {
        const form = new FormData();
        form.append('file', new Blob([body], {type: 'text/csv'}), 'stor.csv');
        const response = await fetch(url + '/stor-' + k, {
            method: 'PUT', body: form, credentials: 'same-origin', headers: {'X-Xsrftoken': token},
        });
        statuses.push(response.status);
    }
    return statuses;
}"""

# A PUT as Streamlit's own frontend sends it: multipart form, the XSRF token from the cookie in a header.
PUT_FILE = """async ([url, body]) => {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('_streamlit_xsrf='));
    const token = cookie ? decodeURIComponent(cookie.slice('_streamlit_xsrf='.length)) : '';
    const form = new FormData();
    form.append('file', new Blob([body], {type: 'text/csv'}), 'vecka.csv');
    const response = await fetch(url, {
        method: 'PUT', body: form, credentials: 'same-origin', headers: {'X-Xsrftoken': token},
    });
    return {status: response.status, text: await response.text(), token: token.length};
}"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("accounts")
    engine = make_engine(f"sqlite:///{folder / 'lagesbild.db'}")
    init_db(engine)
    engine.dispose()
    (folder / ".streamlit").mkdir()
    shutil.copy(ROOT / ".streamlit" / "config.toml", folder / ".streamlit" / "config.toml")
    secrets = "".join(
        f'[lagesbild.users.{name}]\nrole = "{ROLES[name]}"\nkommuner = ["0182"]\n'
        f'password_hash = "{access.hash_password(password)}"\n\n'
        for name, password in PASSWORDS.items()
    )
    (folder / ".streamlit" / "secrets.toml").write_text(secrets, encoding="utf-8")
    env = {"LAGESBILD_AUTH": "on", "LAGESBILD_ANONYMOUS": "none"}
    for base in serve_dashboard(f"sqlite:///{folder / 'lagesbild.db'}", folder, folder / "server.log", env):
        SITES[base] = folder
        yield base


SITES: dict[str, Path] = {}


class Sessions:
    """The session ids the server announces on this page's websockets, latest last."""

    def __init__(self, page: Any) -> None:
        self.ids: list[str] = []
        page.on("websocket", self._watch)

    def _watch(self, socket: Any) -> None:
        socket.on("framereceived", self._frame)

    def _frame(self, payload: str | bytes) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        if isinstance(payload, str):
            return
        message = ForwardMsg()
        try:
            message.ParseFromString(payload)
        except Exception:  # not a ForwardMsg: nothing to learn from it
            return
        if message.WhichOneof("type") == "new_session":
            session_id = message.new_session.initialize.session_id
            if session_id and (not self.ids or self.ids[-1] != session_id):
                self.ids.append(session_id)

    @property
    def current(self) -> str:
        assert self.ids, "servern skickade inget sessions-id"
        return self.ids[-1]


def _browser(pw: Any, chromium_path: str) -> Any:
    return pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, timeout=60_000)


def _settle(page: Any) -> None:
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
    page.wait_for_timeout(500)


def _log_in(page: Any, expect: Any, name: str) -> None:
    page.get_by_label("Användarnamn").fill(name)
    page.get_by_label("Lösenord").fill(PASSWORDS[name])
    page.get_by_role("button", name="Logga in").click()
    expect(page.get_by_role("heading", name="Veckans lägesbild", exact=True)).to_be_visible(timeout=60_000)
    _settle(page)


def _put(page: Any, base: str, session_id: str) -> dict[str, Any]:
    result: dict[str, Any] = page.evaluate(
        PUT_FILE, [f"{base}/_stcore/upload_file/{session_id}/fil-{len(session_id)}", CSV]
    )
    assert result["token"] > 0, "ingen XSRF-cookie i sidan"
    return result


def _rss_mb(server: str) -> float:
    """The test server's resident memory now, from /proc (Linux)."""
    status = Path(f"/proc/{SERVER_PIDS[server]}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS:")).split()[1]) / 1024


def _new_page(browser: Any) -> tuple[Any, Sessions]:
    page = browser.new_context(viewport={"width": 1280, "height": 900}, locale="sv-SE").new_page()
    page.set_default_timeout(60_000)
    return page, Sessions(page)


def test_uploads_are_stored_only_for_roles_that_may_upload(server: str, chromium_path: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw:
        browser = _browser(pw, chromium_path)
        try:
            # Anonymous: the login page only, and no upload.
            page, sessions = _new_page(browser)
            page.goto(server, wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Logga in", exact=True)).to_be_visible(timeout=60_000)
            _settle(page)
            anonymous = _put(page, server, sessions.current)
            assert anonymous["status"] == 403, anonymous

            # A läsare, logged in on the same session: still no upload, and nothing kept in memory.
            _log_in(page, expect, "lisa")
            lasare = _put(page, server, sessions.current)
            assert lasare["status"] == 403, lasare
            before = _rss_mb(server)
            statuses = page.evaluate(PUT_BIG, [f"{server}/_stcore/upload_file/{sessions.current}", 40, 8])
            grown = _rss_mb(server) - before
            print(f"server memory after 8 refused 40 MB uploads: {grown:+.0f} MB")
            assert statuses == [403] * 8 and grown < 120, (statuses, grown)
            page.context.close()

            # A samordnare: the same request is stored (204), and the id found in the websocket is the
            # one Streamlit's own uploader uses.
            page, sessions = _new_page(browser)
            page.goto(server, wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Logga in", exact=True)).to_be_visible(timeout=60_000)
            _settle(page)
            assert _put(page, server, sessions.current)["status"] == 403  # not yet logged in
            _log_in(page, expect, "sam")
            samordnare = _put(page, server, sessions.current)
            assert samordnare["status"] == 204, samordnare
            # Over server.maxUploadSize: refused from the declared size, before the body, for everyone.
            xsrf = next(c["value"] for c in page.context.cookies() if c["name"] == "_streamlit_xsrf")
            oversized = raw_put(server, sessions.current, xsrf, 200 << 20, send_body=False)
            assert oversized["status"] == 413 and oversized["closed"], oversized

            page.locator('[data-testid="stSidebarNav"] a', has_text="Importera").click()
            expect(page.get_by_role("heading", name="Importera", exact=True)).to_be_visible(timeout=60_000)
            _settle(page)
            with page.expect_response(lambda r: "/_stcore/upload_file/" in r.url) as upload:
                page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
                    files=[{"name": "vecka.csv", "mimeType": "text/csv", "buffer": CSV.encode()}]
                )
            assert upload.value.status == 204
            assert upload.value.url.split("/_stcore/upload_file/")[1].split("/")[0] == sessions.current
            expect(page.get_by_text("Rader:").first).to_be_visible(timeout=60_000)
        finally:
            browser.close()


def test_a_refused_upload_is_answered_before_its_body_and_not_taken_in(
    server: str, chromium_path: str
) -> None:
    """The gate refuses from the headers: an anonymous session's PUT (valid XSRF) gets its 403 while
    the client has sent no byte of the declared body, and the server closes the connection. Eight
    40 MB bodies pushed at it are cut off, and the server's memory stays where it was."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw:
        browser = _browser(pw, chromium_path)
        try:
            page, sessions = _new_page(browser)
            page.goto(server, wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Logga in", exact=True)).to_be_visible(timeout=60_000)
            _settle(page)
            xsrf = next(c["value"] for c in page.context.cookies() if c["name"] == "_streamlit_xsrf")
            anonymous = sessions.current
            for megabytes in (40, 200):  # under and over server.maxUploadSize (50 MB)
                started = time.monotonic()
                answer = raw_put(server, anonymous, xsrf, megabytes << 20, send_body=False)
                print(
                    f"{megabytes} MB declared, headers only: {answer} in {time.monotonic() - started:.2f} s"
                )
                assert answer["status"] == 403 and answer["closed"], answer

            before = _rss_mb(server)
            started = time.monotonic()
            pushed = [raw_put(server, anonymous, xsrf, 40 << 20, send_body=True) for _ in range(8)]
            grown = _rss_mb(server) - before
            taken = sum(p["taken"] for p in pushed) / (1 << 20)
            print(
                f"8 refused 40 MB bodies from a socket: {taken:.1f} MB taken by the connection, "
                f"server memory {grown:+.1f} MB, {time.monotonic() - started:.1f} s; statuses "
                f"{[p['status'] for p in pushed]}"
            )
            # what the kernel's socket buffers hold before the reset, not the 320 MB pushed
            assert taken < 8 * 16 and grown < 20, (taken, grown)
            assert all(p["status"] in (403, 0) for p in pushed)  # 0: the reset came first
        finally:
            browser.close()


def _cookie(page: Any) -> dict[str, Any] | None:
    return next((c for c in page.context.cookies() if c["name"] == "lagesbild_session"), None)


def test_a_local_login_survives_a_reload_until_logout(server: str, chromium_path: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw:
        browser = _browser(pw, chromium_path)
        try:
            page, sessions = _new_page(browser)
            page.goto(server, wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Logga in", exact=True)).to_be_visible(timeout=60_000)
            _settle(page)
            assert _cookie(page) is None
            _log_in(page, expect, "sam")
            page.wait_for_function("() => document.cookie.includes('lagesbild_session=')", timeout=30_000)
            cookie = _cookie(page)
            assert cookie is not None and cookie["sameSite"] == "Strict" and cookie["path"] == "/"
            assert not cookie["secure"]  # served over http here; over https the script adds Secure
            first = sessions.current

            # A reload is a new Streamlit session: still logged in, as the same user and role.
            page.reload(wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Veckans lägesbild", exact=True)).to_be_visible(
                timeout=60_000
            )
            _settle(page)
            expect(page.get_by_text("Inloggad som sam (samordnare)")).to_be_visible()
            assert page.get_by_role("heading", name="Logga in", exact=True).count() == 0
            assert sessions.current != first
            assert _put(page, server, sessions.current)["status"] == 204  # the new session may upload

            # Log out, reload: logged out, and the cookie is gone.
            page.get_by_role("button", name="Logga ut").click()
            expect(page.get_by_role("heading", name="Logga in", exact=True)).to_be_visible(timeout=60_000)
            _settle(page)
            page.reload(wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Logga in", exact=True)).to_be_visible(timeout=60_000)
            _settle(page)
            assert page.get_by_text("Inloggad som").count() == 0
            assert _cookie(page) is None
            assert _put(page, server, sessions.current)["status"] == 403

            # The revoked token itself, put back by hand, logs no one in.
            page.context.add_cookies([{"name": cookie["name"], "value": cookie["value"], "url": server}])
            page.reload(wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Logga in", exact=True)).to_be_visible(timeout=60_000)
            _settle(page)
            assert page.get_by_text("Inloggad som").count() == 0
        finally:
            browser.close()


def test_a_saved_login_ends_when_the_users_kommuner_change(server: str, chromium_path: str) -> None:
    """The configuration is read again at the reload: other kommuner than at the login need the password
    again (and the token is revoked). Runs last: it changes the server's secrets.toml."""
    from playwright.sync_api import expect, sync_playwright

    secrets = SITES[server] / ".streamlit" / "secrets.toml"
    with sync_playwright() as pw:
        browser = _browser(pw, chromium_path)
        try:
            page, _ = _new_page(browser)
            page.goto(server, wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Logga in", exact=True)).to_be_visible(timeout=60_000)
            _settle(page)
            _log_in(page, expect, "sam")
            page.wait_for_function("() => document.cookie.includes('lagesbild_session=')", timeout=30_000)
            secrets.write_text(
                secrets.read_text(encoding="utf-8").replace('"0182"', '"0180"'), encoding="utf-8"
            )
            page.wait_for_timeout(3000)  # Streamlit notices the changed secrets file
            page.reload(wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Logga in", exact=True)).to_be_visible(timeout=60_000)
            _settle(page)
            assert page.get_by_text("Inloggad som").count() == 0
            page.wait_for_function("() => !document.cookie.includes('lagesbild_session=')", timeout=30_000)
        finally:
            browser.close()
    engine = make_engine(f"sqlite:///{SITES[server] / 'lagesbild.db'}")
    try:
        with engine.connect() as conn:
            last = conn.execute(
                text(
                    "SELECT kommuner, revoked_at FROM login_sessions WHERE username = 'sam' ORDER BY id DESC"
                )
            ).first()
    finally:
        engine.dispose()
    assert last is not None and last[0] == "0182" and last[1] is not None  # revoked at the reload
