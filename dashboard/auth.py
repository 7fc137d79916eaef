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

Pages ask `current_role()`, `is_internal()` and `allowed(action)`; the rules themselves are the pure
functions of `lagesbild.access`. Writes name their author with `actor()`, downloads are logged with
`on_download(...)`. Uploads are checked in `dashboard/uploads.py`.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import streamlit as st

from lagesbild import access, audit, settings

LOG = logging.getLogger("lagesbild.auth")

SESSION_KEY = "_lagesbild_identity"
LOGIN_URL_PATH = "logga-in"
DEMO_BANNER = "Inloggning avstängd – endast för lokal demo"
NO_ACCESS = "Du har inte behörighet till den här sidan."

# Widgets that would show internal data; for roles without view_internal the app pins them to the
# shared value before the page runs (pages also check is_internal() themselves).
SHARED_WIDGET_VALUES: dict[str, Any] = {
    "map-shared": True,
    "weekly-reviewed": True,
    "trend-reviewed": True,
    "present-reviewed": True,
}

# Failed password logins per user name: at most MAX_FAILURES in FAILURE_WINDOW_S seconds.
MAX_FAILURES = 5
FAILURE_WINDOW_S = 15 * 60
_failures: dict[str, deque[float]] = {}
_failures_lock = threading.Lock()


@dataclass(frozen=True)
class Identity:
    """The person behind this browser session. `name` None = not logged in."""

    name: str | None
    role: str | None
    method: str  # "demo" (login off), "oidc", "password" or "anonymous"

    @property
    def logged_in(self) -> bool:
        return self.method in {"oidc", "password"}

    @property
    def label(self) -> str:
        role = access.ROLE_LABELS.get(self.role or "", "ingen behörighet")
        return f"{self.name} ({role.lower()})" if self.name else role


# --- configuration ---------------------------------------------------------------------------------


class SecretsError(RuntimeError):
    """`.streamlit/secrets.toml` exists but cannot be read: the app then lets nobody in."""


def _secrets() -> dict[str, Any]:
    """All secrets as plain dicts; {} when there is no secrets file."""
    from streamlit.errors import StreamlitSecretNotFoundError

    try:
        return dict(st.secrets.to_dict())
    except StreamlitSecretNotFoundError as exc:
        if getattr(exc, "error_id", None) == "no-secrets-found":
            return {}
        raise SecretsError(str(exc)) from None


def _lagesbild_secrets() -> dict[str, Any]:
    section = _secrets().get("lagesbild", {})
    return section if isinstance(section, dict) else {}


def _auth_section() -> dict[str, Any]:
    section = _secrets().get("auth", {})
    return section if isinstance(section, dict) else {}


def oidc_providers() -> list[str | None]:
    """The OIDC providers configured under `[auth]`: None for an unnamed one, else the names."""
    section = _auth_section()
    if not section:
        return []
    named = [str(k) for k, v in section.items() if isinstance(v, dict) and "client_id" in v]
    return ([None] if "client_id" in section else []) + named


def configured_users() -> dict[str, Any]:
    users = _lagesbild_secrets().get("users", {})
    return users if isinstance(users, dict) else {}


def login_intended() -> bool:
    """Whether secrets.toml says anything about logging in: an `[auth]` section or any `[lagesbild]`
    table, even an incomplete one (then nobody gets in until it is complete, rather than everyone)."""
    secrets = _secrets()
    return bool(secrets.get("auth")) or "lagesbild" in secrets


def mode() -> str:
    """Either "on" or "off". LAGESBILD_AUTH=auto (the default) means on as soon as a login is configured;
    anything but a clear off-value counts as on (closed when in doubt)."""
    value = settings.get("auth").strip().casefold()
    if value in {"off", "av", "false", "0", "nej", "no"}:
        return "off"
    if value == "auto":
        try:
            return "on" if login_intended() else "off"
        except SecretsError:
            return "on"
    if value not in {"on", "på", "true", "1", "ja", "yes"}:
        LOG.warning("LAGESBILD_AUTH=%r förstås inte: inloggning krävs", value)
    return "on"


def anonymous_role() -> str | None:
    """The role of a visitor who is not logged in while login is on: läsare with
    LAGESBILD_ANONYMOUS=shared, otherwise none (the default)."""
    return access.LASARE if settings.get("anonymous").strip().casefold() == "shared" else None


# --- who is this? ----------------------------------------------------------------------------------


def _oidc_identity(user: Mapping[str, Any]) -> Identity:
    """A logged-in OIDC user: the role from [lagesbild.roles] by e-mail, else from the role claim."""
    config = _lagesbild_secrets()
    email = user.get("email") if user.get("email_verified", True) is not False else None
    name = str(email or user.get("preferred_username") or user.get("sub") or "okänd")
    roles = config.get("roles")
    role = access.role_for_email(str(email) if email else None, roles if isinstance(roles, Mapping) else None)
    claim = config.get("role_claim")
    if role is None and isinstance(claim, str) and claim:
        role = access.role_from_claim(user.get(claim))
    return Identity(name, role, "oidc")


def _password_identity() -> Identity | None:
    """The local account logged in on this session, if it is still configured (removing a user from
    secrets.toml, or changing their role, takes effect at their next click)."""
    saved = st.session_state.get(SESSION_KEY)
    if not isinstance(saved, Identity) or saved.method != "password" or not saved.name:
        return None
    found = access.find_user(configured_users(), saved.name)
    if found is None:
        return None
    role = access.normalise_role(found[1].get("role"))
    return Identity(found[0], role, "password") if role else None


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
    return Identity(None, anonymous_role(), "anonymous")


def current_role() -> str | None:
    return current().role


def is_internal() -> bool:
    """Whether this session may see internal data (unreviewed reports, raw text, exact points)."""
    return access.is_internal(current_role())


def allowed(action: str) -> bool:
    return access.can(current_role(), action)


def require(action: str) -> None:
    """Stop the page unless this session may `action` (an action of lagesbild.access)."""
    if not allowed(action):
        st.error(NO_ACCESS)
        st.stop()


def stop_unless(action: str) -> None:
    """Stop the rest of the page (e.g. a form) quietly unless this session may `action`."""
    if not allowed(action):
        st.stop()


def actor(typed: str | None = None) -> str | None:
    """Who writes, for decided_by / imported_by / the audit log. Logged in: the user's name, with
    what they typed in brackets ("anna@nacka.se (EST-gruppen Älta)"). Demo: what was typed."""
    typed = (typed or "").strip() or None
    identity = current()
    if identity.name is None:
        return typed
    return f"{identity.name} ({typed})" if typed and typed != identity.name else identity.name


# --- audit -----------------------------------------------------------------------------------------


def record(action: str, **details: Any) -> None:
    """Write one entry to the audit log with this session's user as actor."""
    from dashboard import data

    audit.record_now(data.engine(), actor(), action, **details)


def on_download(action: str, **details: Any) -> Callable[[], None]:
    """For `st.download_button(..., on_click=auth.on_download("report", week=week))`."""
    return functools.partial(record, action, **details)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$])")


def escape_markdown(text: str) -> str:
    """Text shown literally in st.markdown/st.error, whatever characters it has."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


# --- password login --------------------------------------------------------------------------------


def _throttled(username: str) -> bool:
    now = time.monotonic()
    with _failures_lock:
        recent = _failures.get(username)
        if recent is None:
            return False
        while recent and now - recent[0] > FAILURE_WINDOW_S:
            recent.popleft()
        return len(recent) >= MAX_FAILURES


MAX_TRACKED_NAMES = 10_000


def _failed(username: str) -> None:
    now = time.monotonic()
    with _failures_lock:
        if len(_failures) >= MAX_TRACKED_NAMES:  # bounded memory, whatever names are tried
            for name in [
                n for n, times in _failures.items() if not times or now - times[-1] > FAILURE_WINDOW_S
            ]:
                del _failures[name]
            if len(_failures) >= MAX_TRACKED_NAMES:
                _failures.clear()
        _failures.setdefault(username, deque()).append(now)


def check_password(username: str, password: str) -> Identity | None:
    """The identity of a configured local user whose password matches, else None (and the failure
    counts towards the throttle). Unknown users take as long as known ones."""
    key = username.strip().casefold()
    if not key or _throttled(key):
        return None
    found = access.find_user(configured_users(), username)
    entry: Mapping[str, Any] = found[1] if found else {}
    stored = entry.get("password_hash")
    ok = access.verify_password(stored if isinstance(stored, str) else None, password)
    role = access.normalise_role(entry.get("role"))
    if not (ok and found and role):
        _failed(key)
        LOG.warning("misslyckad inloggning för %r", key)
        return None
    with _failures_lock:
        _failures.pop(key, None)
    LOG.info("inloggad: %s (%s)", found[0], role)
    return Identity(found[0], role, "password")


def login_form() -> None:
    """The small user name + password form of the local accounts."""
    with st.form("login-form"):
        username = st.text_input("Användarnamn", key="login-user", autocomplete="username")
        password = st.text_input(
            "Lösenord", type="password", key="login-password", autocomplete="current-password"
        )
        submitted = st.form_submit_button("Logga in", type="primary", key="login-submit")
    if submitted:
        if _throttled(username.strip().casefold()):
            st.error("För många misslyckade försök. Vänta en kvart och försök igen.")
            return
        identity = check_password(username, password)
        if identity is None:
            st.error("Fel användarnamn eller lösenord.")
            return
        _clear_session()
        st.session_state[SESSION_KEY] = identity
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
            "Inloggningen är felkonfigurerad: .streamlit/secrets.toml kan inte läsas. Kontakta den som driftar Lägesbild."
        )
        return
    if not providers and not users:
        st.warning(
            "Ingen inloggning är konfigurerad. Den som driftar Lägesbild lägger in kommunens inloggning eller lokala konton i .streamlit/secrets.toml (se docs/security.md)."
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
    _clear_session()
    if identity.method == "oidc":
        st.logout()
    else:
        st.rerun()


def _clear_session() -> None:
    """Forget everything this browser session held: the next user starts afresh."""
    for key in list(st.session_state.keys()):
        del st.session_state[key]


# --- the app's navigation --------------------------------------------------------------------------


def page_id(page: Any) -> str:
    """A page's id: the file stem for file pages (views/karta.py -> "karta"), else its url path."""
    source = getattr(page, "_page", None)
    if isinstance(source, Path):
        return source.stem
    return str(getattr(page, "_url_path", "") or page.url_path or page.title)


def leave_login_page(selected: Any, pages: Mapping[str, list[Any]], identity: Identity) -> None:
    """Right after a login the browser is still on /logga-in: go on to the first page of the role."""
    if not identity.logged_in or page_id(selected) != LOGIN_URL_PATH:
        return
    home = next((p for section in pages.values() for p in section if page_id(p) != LOGIN_URL_PATH), None)
    if home is not None:
        st.switch_page(home)


def visible_pages(sections: Mapping[str, list[Any]], identity: Identity) -> dict[str, list[Any]]:
    """The navigation this identity gets: the pages its role may open, and the login page for
    visitors who are not logged in (the start page, when they may see nothing else).

    A page the role may not open is never registered: its URL runs a hidden stand-in instead (the
    login form for a visitor, "no access" for a user), so a bookmark to /granskning neither runs
    the page nor ends in Streamlit's "page not found" notice — and works after logging in."""
    shown = {
        section: [p for p in pages if access.can_open(identity.role, page_id(p))]
        for section, pages in sections.items()
    }
    shown = {section: pages for section, pages in shown.items() if pages}
    if identity.method == "demo":
        return shown
    if not shown and identity.logged_in:
        shown = {"": [st.Page(no_pages, title="Ingen behörighet", url_path="ingen-behorighet", default=True)]}
    login = st.Page(
        login_page,
        title="Logga in",
        url_path=LOGIN_URL_PATH,
        default=not shown,
        visibility="hidden" if identity.logged_in else "visible",
    )
    taken = {page_id(p) for pages in shown.values() for p in pages} | {LOGIN_URL_PATH}
    stand_ins = [
        st.Page(not_allowed, title=p.title, url_path=p.url_path, visibility="hidden")
        for pages in sections.values()
        for p in pages
        if p.url_path and page_id(p) not in taken and p.url_path not in taken
    ]
    return {**shown, "Konto": [login, *stand_ins]} if shown else {"": [login, *stand_ins]}


def not_allowed() -> None:
    """What the URL of a page this session may not open shows: the login, or a refusal."""
    if not current().logged_in:
        login_page()
        return
    st.title("Ingen behörighet")
    st.error(NO_ACCESS)


def no_pages() -> None:
    identity = current()
    st.title("Ingen behörighet")
    if identity.role is None:
        st.warning(
            f"Du är inloggad som {escape_markdown(identity.name or '')} men har ingen roll i Lägesbild. "
            "Be samordnaren att lägga till dig."
        )
    else:  # e.g. a rapportör while the Rapportera page is not installed
        st.info("Det finns ingen sida för din roll ännu. Kontakta samordnaren.")


def pin_shared_widgets(identity: Identity) -> None:
    """For roles that may not see internal data, pin the internal/shared switches to shared."""
    if not access.is_internal(identity.role):
        for key, value in SHARED_WIDGET_VALUES.items():
            st.session_state[key] = value


def sidebar(identity: Identity) -> None:
    """Who is logged in, with a logout button (nothing in the demo: the banner says it)."""
    if identity.method == "demo":
        return
    if identity.logged_in:
        st.caption(f"Inloggad som **{escape_markdown(identity.label)}**")
        if st.button("Logga ut", key="logout"):
            logout()
    elif identity.role is not None:
        st.caption("Du ser den delade lägesbilden. Logga in för mer.")


def banner(identity: Identity) -> None:
    if identity.method == "demo":
        st.warning(DEMO_BANNER, icon="⚠️")
