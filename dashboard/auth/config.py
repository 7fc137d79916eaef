"""The login configuration in `.streamlit/secrets.toml` and LAGESBILD_AUTH: which providers and
local accounts exist, and whether login is on at all (closed when in doubt)."""

from __future__ import annotations

import logging
from typing import Any

import streamlit as st

from lagesbild import access, settings

LOG = logging.getLogger("lagesbild.auth")

DEMO_BANNER = "Inloggning avstängd – endast för lokal demo"


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


def lagesbild_secrets() -> dict[str, Any]:
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
    users = lagesbild_secrets().get("users", {})
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
