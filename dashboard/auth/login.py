"""The login page: the identity provider's buttons and the form of the local accounts (Argon2id
hashes, throttled per user name and per client address in the database: lagesbild/logins.py), and
logging out."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import streamlit as st
from sqlalchemy import Engine

from dashboard.auth import remember
from dashboard.auth.config import SecretsError, configured_users, oidc_providers
from dashboard.auth.identity import SESSION_KEY, Identity, current
from dashboard.markup import escape_markdown
from lagesbild import access, logins

LOG = logging.getLogger("lagesbild.auth")


def client_address() -> str | None:
    """The visitor's address as Streamlit sees it (behind a proxy: the proxy's, see docs/security.md)."""
    try:
        address = st.context.ip_address
    except Exception:  # outside a script run (tests calling check_password directly)
        return None
    return address if isinstance(address, str) else None  # AppTest has no real connection


def _engine() -> Engine:
    from dashboard import data

    return data.engine()


def check_password(username: str, password: str) -> Identity | None:
    """The identity of a configured local user whose password matches, else None (and the failure
    counts towards the throttle). Unknown users take as long as known ones."""
    key = username.strip().casefold()
    engine, client = _engine(), client_address()
    if not key or logins.throttled(engine, key, client):
        return None
    found = access.find_user(configured_users(), username)
    entry: Mapping[str, Any] = found[1] if found else {}
    stored = entry.get("password_hash")
    ok = access.verify_password(stored if isinstance(stored, str) else None, password)
    role = access.normalise_role(entry.get("role"))
    if not (ok and found and role):
        if logins.record_failure(engine, key, client):
            LOG.warning("inloggningen spärrad en stund för %r eller adressen %r", key, client)
        LOG.warning("misslyckad inloggning för %r", key)
        return None
    logins.forget_user(engine, key)
    LOG.info("inloggad: %s (%s)", found[0], role)
    return Identity(found[0], role, "password", tuple(access.kommuner_of(entry)))


def login_form() -> None:
    """The small user name + password form of the local accounts."""
    with st.form("login-form"):
        username = st.text_input("Användarnamn", key="login-user", autocomplete="username")
        password = st.text_input(
            "Lösenord", type="password", key="login-password", autocomplete="current-password"
        )
        submitted = st.form_submit_button("Logga in", type="primary", key="login-submit")
    if submitted:
        if logins.throttled(_engine(), username.strip().casefold(), client_address()):
            st.error(
                "För många misslyckade försök. Vänta en kvart och försök igen, eller logga in med "
                "kommunens konto om det finns."
            )
            return
        identity = check_password(username, password)
        if identity is None:
            st.error("Fel användarnamn eller lösenord.")
            return
        _clear_session()
        st.session_state[SESSION_KEY] = identity
        found = access.find_user(configured_users(), identity.name or "")
        remember.begin(identity.name or "", found[1] if found else {})  # survives a reload
        st.rerun()


def login_page() -> None:
    """The page a visitor who is not logged in gets (`/logga-in`)."""
    identity = current()
    st.title("Logga in")
    if identity.logged_in:
        st.success(f"Du är inloggad som {escape_markdown(identity.label)}.")
        return
    try:
        providers = oidc_providers()
        users = configured_users()
    except SecretsError:
        st.error(
            "Inloggningen är felkonfigurerad: .streamlit/secrets.toml kan inte läsas. Kontakta den "
            "som driftar Lägesbild."
        )
        return
    if not providers and not users:
        st.warning(
            "Ingen inloggning är konfigurerad. Den som driftar Lägesbild lägger in kommunens "
            "inloggning eller lokala konton i .streamlit/secrets.toml (se docs/security.md)."
        )
        return
    st.caption("Lägesbild innehåller uppgifter som inte är offentliga. Logga in för att fortsätta.")
    for provider in providers:
        label = "Logga in med kommunens konto" if provider is None else f"Logga in med {provider}"
        if st.button(label, type="primary", key=f"login-oidc-{provider or 'default'}"):
            st.login(provider)
    if users:
        if providers:
            st.markdown("**Eller med ett lokalt konto**")
        login_form()


def logout() -> None:
    identity = current()
    remember.end(identity.name)  # the saved login ends on every tab
    _clear_session()
    if identity.method == "oidc":
        st.logout()
    else:
        remember.after_logout()
        st.rerun()


def _clear_session() -> None:
    """Forget everything this browser session held: the next user starts afresh."""
    for key in list(st.session_state.keys()):
        del st.session_state[key]
