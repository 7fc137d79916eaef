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
import time
from collections.abc import Mapping
from typing import Any

import streamlit as st
from sqlalchemy import Engine

from dashboard.auth.config import configured_users
from lagesbild import access, sessions

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


def cookie_script(value: str, max_age: int) -> str:
    """The script that sets (or, with max_age 0, clears) the cookie in the app's page."""
    return (
        _SCRIPT.replace("NAME", json.dumps(COOKIE))
        .replace("VALUE", json.dumps(value))
        .replace("MAX_AGE", str(int(max_age)))
    )


def begin(username: str, entry: Mapping[str, Any]) -> None:
    """Just logged in with the password: a server-side session, and its cookie on the next run."""
    token = sessions.create(_engine(), username, access.kommuner_of(entry))
    st.session_state[TOKEN_KEY] = token
    st.session_state[CHECKED_KEY] = True
    st.session_state[TOUCHED_KEY] = time.monotonic()
    st.session_state[PENDING_KEY] = (token, int(sessions.absolute_limit().total_seconds()))


def restored_user() -> str | None:
    """Once per browser session: the configured user the cookie's token still logs in, else None."""
    if st.session_state.get(CHECKED_KEY):
        return None
    st.session_state[CHECKED_KEY] = True
    try:
        token = st.context.cookies.get(COOKIE)
    except Exception:  # no browser connection (AppTest)
        return None
    if not isinstance(token, str) or not token:
        return None
    found = sessions.resume(_engine(), token)
    if found is None:
        st.session_state[PENDING_KEY] = ("", 0)  # a dead token: clear the cookie
        return None
    user = access.find_user(configured_users(), found.username)
    if user is None or tuple(access.kommuner_of(user[1])) != found.kommuner:
        # Removed, or given other kommuner, since the login: the password is needed again.
        sessions.revoke(_engine(), token, found.username)
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
    return sessions.touch(_engine(), token)


def end(actor: str | None) -> None:
    """Logging out: revoke this tab's token (every tab and replica using it is logged out)."""
    token = st.session_state.get(TOKEN_KEY)
    if isinstance(token, str):
        sessions.revoke(_engine(), token, actor)


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
