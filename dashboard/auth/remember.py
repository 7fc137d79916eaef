"""A local-account login that survives a reload: the session token (lagesbild.sessions) in a cookie.

Streamlit keeps st.session_state per websocket, so a reload used to log the user out. On login the
server creates a token (stored hashed in the database) and a tiny script in the page sets it as the
cookie `lagesbild_session` (Path=/, SameSite=Strict, Secure when the page is served over https,
expiring with the session's absolute limit). A new browser session reads it through
`st.context.cookies` and is logged in again while the token is valid and the user is still configured
with the same kommuner; logging out revokes it and clears the cookie. Streamlit offers no way to send
a Set-Cookie header from a page, so the cookie cannot be HttpOnly (docs/security.md).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import streamlit as st
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from dashboard.auth.config import configured_users
from lagesbild import access, sessions
from lagesbild.errors import LagesbildError

LOG = logging.getLogger("lagesbild.auth")
T = TypeVar("T")

COOKIE = "lagesbild_session"
TOKEN_KEY = "_lagesbild_session_token"
CHECKED_KEY = "_lagesbild_session_checked"
TOUCHED_KEY = "_lagesbild_session_touched"
PENDING_KEY = "_lagesbild_cookie_pending"
TOUCH_EVERY_S = 60.0  # at most one database write a minute per open tab

# No "<" followed by a letter in the script: Streamlit's DOMPurify would drop it (see dashboard/a11y.py).
_SCRIPT = """<script>
(() => {
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  window.document.cookie = NAME + "=" + VALUE + "; Path=/; Max-Age=" + MAX_AGE + "; SameSite=Strict" + secure;
})();
</script>"""


def _engine() -> Engine:
    from dashboard import data

    return data.engine()


def _safely(what: str, call: Callable[[], T], otherwise: T) -> T:
    """The database call's result, or `otherwise` while the database cannot be reached (or is outdated):
    the page itself then says so; the login is kept or not restored, never a traceback here."""
    try:
        return call()
    except (SQLAlchemyError, LagesbildError) as exc:
        LOG.warning("sparad inloggning: %s gick inte (%s)", what, type(exc).__name__)
        return otherwise


def cookie_script(value: str, max_age: int) -> str:
    """The script that sets (or, with max_age 0, clears) the cookie in the app's page."""
    return (
        _SCRIPT.replace("NAME", json.dumps(COOKIE))
        .replace("VALUE", json.dumps(value))
        .replace("MAX_AGE", str(int(max_age)))
    )


def begin(username: str, entry: Mapping[str, Any]) -> None:
    """Just logged in with the password: a server-side session, and its cookie on the next run."""
    kommuner = access.kommuner_of(entry)
    token = _safely("att spara", lambda: sessions.create(_engine(), username, kommuner), None)
    if token is None:
        return  # logged in on this tab only
    st.session_state[TOKEN_KEY] = token
    st.session_state[CHECKED_KEY] = True
    st.session_state[TOUCHED_KEY] = time.monotonic()
    st.session_state[PENDING_KEY] = (token, int(sessions.absolute_limit().total_seconds()))


def restored_user() -> str | None:
    """Once per browser session: the configured user the cookie's token still logs in, else None."""
    if st.session_state.get(CHECKED_KEY):
        return None
    try:
        token = st.context.cookies.get(COOKIE)
    except Exception:  # no browser connection (AppTest)
        token = None
    if not isinstance(token, str) or not token:
        st.session_state[CHECKED_KEY] = True
        return None
    failed: tuple[bool, sessions.LoginSession | None] = (False, None)
    reached, found = _safely("att läsa", lambda: (True, sessions.resume(_engine(), token)), failed)
    if not reached:
        return None  # tried again on the next run
    st.session_state[CHECKED_KEY] = True
    if found is None:
        st.session_state[PENDING_KEY] = ("", 0)  # a dead token: clear the cookie
        return None
    user = access.find_user(configured_users(), found.username)
    if user is None or tuple(access.kommuner_of(user[1])) != found.kommuner:
        # Removed, or given other kommuner, since the login: the password is needed again.
        _safely("att avsluta", lambda: sessions.revoke(_engine(), token, found.username), False)
        st.session_state[PENDING_KEY] = ("", 0)
        return None
    st.session_state[TOKEN_KEY] = token
    st.session_state[TOUCHED_KEY] = time.monotonic()
    return user[0]


def still_valid() -> bool:
    """Whether this tab's session is still valid (checked at most once a minute, which also keeps it
    from going idle). False after a logout in another tab, or expiry."""
    token = st.session_state.get(TOKEN_KEY)
    if not isinstance(token, str):
        return True  # no server-side session to check
    last = st.session_state.get(TOUCHED_KEY)
    if isinstance(last, float) and time.monotonic() - last < TOUCH_EVERY_S:
        return True
    st.session_state[TOUCHED_KEY] = time.monotonic()
    return _safely("att förnya", lambda: sessions.touch(_engine(), token), True)


def end(actor: str | None) -> None:
    """Logging out: revoke this tab's token (every tab and replica using it is logged out)."""
    token = st.session_state.get(TOKEN_KEY)
    if isinstance(token, str):
        _safely("att avsluta", lambda: sessions.revoke(_engine(), token, actor), False)


def after_logout() -> None:
    """Called after the session state was cleared: clear the cookie on the next run, and do not read
    the (revoked) cookie again in this tab."""
    st.session_state[CHECKED_KEY] = True
    st.session_state[PENDING_KEY] = ("", 0)


def write_cookie() -> None:
    """Set or clear the cookie if a login or logout asked for it (call once per run, in the page)."""
    pending = st.session_state.pop(PENDING_KEY, None)
    if isinstance(pending, tuple) and len(pending) == 2:
        st.html(cookie_script(str(pending[0]), int(pending[1])), unsafe_allow_javascript=True)
