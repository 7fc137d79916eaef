"""Who is using the dashboard, and what they may see and do.

Three ways in, all configured in `.streamlit/secrets.toml` (never committed; see
`.streamlit/secrets.toml.example` and docs/security.md):

- the municipality's single sign-on through Streamlit's OIDC login (`st.login`, `[auth]`), with roles
  from `[lagesbild.roles]` (e-mail -> role) or from a claim the identity provider sends
  (`[lagesbild] role_claim`);
- local accounts for a small kommun: `[lagesbild.users.<namn>]` with `role` and an Argon2id
  `password_hash` (`python -m lagesbild hash-password`);
- no login at all while `LAGESBILD_AUTH` is off (the local demo): everyone is samordnare and every
  page says so.

The parts: `config` (secrets and LAGESBILD_AUTH), `identity` (who is this, which role, `actor()`),
`guards` (stop a page), `login` (the login page, throttled through `lagesbild.logins`), `remember`
(a local login kept across reloads: `lagesbild.sessions` and a cookie) and `audit` (downloads in the
audit log); the page list per role is `dashboard.navigation`. Pages use the names
below: `current_role()`, `is_internal()`, `allowed(action)`, `require(action)`, `actor()` and
`on_download(...)`; the rules themselves are the pure functions of `lagesbild.access`. Uploads are
checked in `dashboard/uploads.py`.
"""

from __future__ import annotations

from dashboard.auth.audit import on_download, record
from dashboard.auth.config import DEMO_BANNER, SecretsError, mode
from dashboard.auth.guards import NO_ACCESS, require, stop_unless
from dashboard.auth.identity import (
    SESSION_KEY,
    Identity,
    actor,
    allowed,
    current,
    current_role,
    is_internal,
)
from dashboard.auth.login import check_password, login_page, logout
from dashboard.auth.remember import write_cookie
from lagesbild.logins import MAX_PER_USER as MAX_FAILURES

__all__ = [
    "DEMO_BANNER",
    "MAX_FAILURES",
    "NO_ACCESS",
    "SESSION_KEY",
    "Identity",
    "SecretsError",
    "actor",
    "allowed",
    "check_password",
    "current",
    "current_role",
    "is_internal",
    "login_page",
    "logout",
    "mode",
    "on_download",
    "record",
    "require",
    "stop_unless",
    "write_cookie",
]
