"""Who is using this browser session, with which role, and what that role may see and do (the
rules themselves are the pure functions of `lagesbild.access`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import streamlit as st

from dashboard.auth import remember
from dashboard.auth.config import SecretsError, anonymous_role, configured_users, lagesbild_secrets, mode
from dashboard.auth.scope import allowed_in_scope
from lagesbild import access

SESSION_KEY = "_lagesbild_identity"


@dataclass(frozen=True)
class Identity:
    """The person behind this browser session. `name` None = not logged in."""

    name: str | None
    role: str | None
    method: str  # "demo" (login off), "oidc", "password" or "anonymous"
    kommuner: tuple[str, ...] = ()  # the configured kommun codes (access.kommuner_of); () = none

    @property
    def logged_in(self) -> bool:
        return self.method in {"oidc", "password"}

    @property
    def label(self) -> str:
        role = access.ROLE_LABELS.get(self.role or "", "ingen behörighet")
        return f"{self.name} ({role.lower()})" if self.name else role


def _oidc_identity(user: Mapping[str, Any]) -> Identity:
    """A logged-in OIDC user: the role from [lagesbild.roles] by e-mail, else from the role claim; the
    kommuner from [lagesbild.kommuner] by e-mail (e.g. "anna@nacka.se" = ["0182"])."""
    config = lagesbild_secrets()
    email = user.get("email") if user.get("email_verified", True) is not False else None
    name = str(email or user.get("preferred_username") or user.get("sub") or "okänd")
    roles = config.get("roles")
    role = access.role_for_email(str(email) if email else None, roles if isinstance(roles, Mapping) else None)
    claim = config.get("role_claim")
    if role is None and isinstance(claim, str) and claim:
        role = access.role_from_claim(user.get(claim))
    return Identity(name, role, "oidc", _oidc_kommuner(email, config.get("kommuner")))


def _oidc_kommuner(email: object, table: object) -> tuple[str, ...]:
    if not email or not isinstance(table, Mapping):
        return ()
    wanted = str(email).strip().casefold()
    for key, value in table.items():
        if str(key).strip().casefold() == wanted:
            return tuple(access.kommuner_of({"kommuner": value}))
    return ()


def _password_identity() -> Identity | None:
    """The local account logged in on this session, if it is still configured (removing a user from
    secrets.toml, or changing their role, takes effect at their next click) and its server-side session
    still valid; after a reload, the one the session cookie logs in again (dashboard/auth/remember.py)."""
    saved = st.session_state.get(SESSION_KEY)
    if isinstance(saved, Identity) and saved.method == "password" and saved.name:
        if not remember.still_valid():  # logged out in another tab, or expired
            for key in (SESSION_KEY, remember.TOKEN_KEY):
                st.session_state.pop(key, None)
            remember.after_logout()
            return None
        name = saved.name
    else:
        restored = remember.restored_user()
        if restored is None:
            return None
        name = restored
        st.session_state[SESSION_KEY] = Identity(name, None, "password")
    found = access.find_user(configured_users(), name)
    if found is None:
        return None
    role = access.normalise_role(found[1].get("role"))
    kommuner = tuple(access.kommuner_of(found[1]))
    return Identity(found[0], role, "password", kommuner) if role else None


def current() -> Identity:
    """The identity of this session. Never raises: a broken secrets file lets nobody in."""
    if mode() == "off":
        return Identity(None, access.SAMORDNARE, "demo")
    try:
        user = st.user.to_dict()
        if user.get("is_logged_in") is True:
            return _oidc_identity(user)
        password = _password_identity()
        if password is not None:
            return password
    except SecretsError:
        return Identity(None, None, "anonymous")
    return Identity(None, anonymous_role(), "anonymous", _anonymous_kommuner())


def _anonymous_kommuner() -> tuple[str, ...]:
    """The kommuner a visitor who is not logged in sees with LAGESBILD_ANONYMOUS=shared:
    `[lagesbild] anonymous_kommuner = ["0182"]` (none: the one-kommun rule of access.kommun_choices)."""
    try:
        value = lagesbild_secrets().get("anonymous_kommuner")
    except SecretsError:
        return ()
    return tuple(access.kommuner_of({"kommuner": value}))


def current_role() -> str | None:
    return current().role


def is_internal() -> bool:
    """Whether this session may see internal data (unreviewed reports, raw text, exact points)."""
    return access.is_internal(current_role())


def allowed(action: str) -> bool:
    """The role's permission, in the kommun this page runs in (dashboard.auth.kommun)."""
    identity = current()
    return allowed_in_scope(identity.role, identity.method, action)


def actor(typed: str | None = None) -> str | None:
    """Who writes, for decided_by / imported_by / the audit log. Logged in: the user's name, with
    what they typed in brackets ("anna@nacka.se (EST-gruppen Älta)"). Demo: what was typed."""
    typed = (typed or "").strip() or None
    identity = current()
    if identity.name is None:
        return typed
    return f"{identity.name} ({typed})" if typed and typed != identity.name else identity.name
