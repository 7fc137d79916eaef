"""Roles, permissions and password hashes: pure functions, no Streamlit.

Four roles (EST's own words):

- **rapportör** – sends the week's reports (the Rapportera page) and nothing else;
- **samordnare** and **analytiker** – everything: the internal view with unreviewed reports and exact
  points, Importera, Granskning, status decisions, Insatser and the audit log;
- **läsare** – the shared picture only: reviewed reports, generalised places, no raw text and no
  exact points (Veckans lägesbild, Karta in the shared view, Trender, Kommande händelser).

`pages_for(role)` says which dashboard pages (by file stem) a role may open and `can(role, action)`
what it may do; the dashboard asks these two and nothing else. An unknown role, or None, may do
nothing. Passwords are hashed with Argon2id (argon2-cffi).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from lagesbild.errors import UserInputError

RAPPORTOR = "rapportör"
SAMORDNARE = "samordnare"
ANALYTIKER = "analytiker"
LASARE = "läsare"
ROLES: tuple[str, ...] = (SAMORDNARE, ANALYTIKER, LASARE, RAPPORTOR)
"""Every role, most privileged first (the order a list of roles from an identity provider is read in)."""

ROLE_LABELS = {
    SAMORDNARE: "Samordnare",
    ANALYTIKER: "Analytiker",
    LASARE: "Läsare",
    RAPPORTOR: "Rapportör",
}

# --- actions ---------------------------------------------------------------------------------------

VIEW_SHARED = "view_shared"  # the shared picture: reviewed, redacted, generalised
VIEW_INTERNAL = "view_internal"  # unreviewed reports, exact points, the internal map
IMPORT = "import"  # upload weekly files
REVIEW = "review"  # granskning
DECIDE_STATUS = "decide_status"  # the weekly green/yellow/red decision
EDIT_MEASURES = "edit_measures"  # insatser: create, update, follow up
EDIT_EVENTS = "edit_events"  # kommande händelser: add by hand
VIEW_AUDIT = "view_audit"  # the audit log (Logg)
SUBMIT_REPORT = "submit_report"  # Rapportera
DOWNLOAD_SHARED = "download_shared"  # the weekly PDF and exports without personal data
MANAGE_SETTINGS = "manage_settings"  # Inställningar: areas, reporters register, label mappings

ACTIONS: dict[str, str] = {
    VIEW_SHARED: "se den delade lägesbilden",
    VIEW_INTERNAL: "se interna uppgifter (ogranskade rapporter, exakta platser)",
    IMPORT: "läsa in filer",
    REVIEW: "granska rapporter",
    DECIDE_STATUS: "besluta status för områden",
    EDIT_MEASURES: "lägga till och följa upp insatser",
    EDIT_EVENTS: "lägga till kommande händelser",
    VIEW_AUDIT: "se granskningsloggen",
    SUBMIT_REPORT: "rapportera händelser",
    DOWNLOAD_SHARED: "ladda ner lägesbilden (PDF) och exporter utan personuppgifter",
    MANAGE_SETTINGS: "ändra kommunens områden, rapportörsregister och etikettmappningar",
}

_PERMISSIONS: dict[str, frozenset[str]] = {
    SAMORDNARE: frozenset(ACTIONS),
    ANALYTIKER: frozenset(ACTIONS) - {MANAGE_SETTINGS},
    LASARE: frozenset({VIEW_SHARED, DOWNLOAD_SHARED}),
    RAPPORTOR: frozenset({SUBMIT_REPORT}),
}

# --- pages -----------------------------------------------------------------------------------------

PAGE_ACTIONS: dict[str, str] = {
    "veckans_lagesbild": VIEW_SHARED,
    "karta": VIEW_SHARED,
    "trender": VIEW_SHARED,
    "kommande_handelser": VIEW_SHARED,
    "importera": IMPORT,
    "granskning": REVIEW,
    "insatser": EDIT_MEASURES,
    "logg": VIEW_AUDIT,
    "rapportera": SUBMIT_REPORT,
    "presentationslage": VIEW_INTERNAL,
    "installningar": MANAGE_SETTINGS,
}
"""The action a page needs, by the page file's stem (views/karta.py -> "karta"). A page that is not
listed here is internal: only roles that may `view_internal` see it (closed by default)."""


def normalise_role(value: object) -> str | None:
    """The role a configured value names, or None. Case, surrounding spaces and the Swedish letters
    are forgiven (`Läsare`, `lasare`, `RAPPORTOR` all work), so that a hand-written secrets file or
    an identity provider's group name without å/ä/ö still maps."""
    if not isinstance(value, str):
        return None
    text = unicodedata.normalize("NFC", value).strip().casefold()
    if text in _PERMISSIONS:
        return text
    folded = _fold(text)
    for role in ROLES:
        if _fold(role) == folded:
            return role
    return None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def role_from_claim(value: object) -> str | None:
    """The role in an identity-provider claim: a role name, or a list of them (the most privileged
    known role wins). Anything else: None."""
    if isinstance(value, str):
        return normalise_role(value)
    if isinstance(value, list | tuple):
        found = {normalise_role(v) for v in value}
        return next((role for role in ROLES if role in found), None)
    return None


def can(role: str | None, action: str) -> bool:
    """Whether `role` may do `action` (one of ACTIONS). Unknown roles and actions: no."""
    if action not in ACTIONS:
        raise ValueError(f"okänd behörighet: {action}")
    normalised = normalise_role(role) if role is not None else None
    return normalised is not None and action in _PERMISSIONS[normalised]


def may_upload(role: str | None) -> bool:
    """Whether a session with `role` may send files to the server at all (Importera is the only page
    with an upload): the upload endpoint refuses everyone else (dashboard/upload_gate.py)."""
    return can(role, IMPORT)


def can_open(role: str | None, page: str) -> bool:
    """Whether `role` may open the page with this file stem (unknown pages need view_internal)."""
    return can(role, PAGE_ACTIONS.get(page, VIEW_INTERNAL))


def pages_for(role: str | None, pages: list[str] | None = None) -> list[str]:
    """The pages (file stems) `role` may open, in the given order (default: the known pages)."""
    return [p for p in (pages if pages is not None else list(PAGE_ACTIONS)) if can_open(role, p)]


def is_internal(role: str | None) -> bool:
    """True for roles that see unreviewed reports and exact points; everyone else sees the shared view."""
    return can(role, VIEW_INTERNAL)


# --- configured users and roles (from .streamlit/secrets.toml) -------------------------------------


def role_for_email(email: str | None, roles: Mapping[str, Any] | None) -> str | None:
    """The role `[lagesbild.roles]` gives an e-mail address (compared without case), or None."""
    if not email or not roles:
        return None
    wanted = email.strip().casefold()
    for key, value in roles.items():
        if str(key).strip().casefold() == wanted:
            return normalise_role(value)
    return None


def find_user(users: Mapping[str, Any] | None, username: str) -> tuple[str, Mapping[str, Any]] | None:
    """The configured `[lagesbild.users.<name>]` entry for a user name (compared without case)."""
    if not users or not username.strip():
        return None
    wanted = username.strip().casefold()
    for key, entry in users.items():
        if str(key).strip().casefold() == wanted and isinstance(entry, Mapping):
            return str(key), entry
    return None


# --- password hashes -------------------------------------------------------------------------------

MIN_PASSWORD_LENGTH = 12


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()  # Argon2id with argon2-cffi's current RFC 9106 "low memory" profile


def hash_password(password: str) -> str:
    """An Argon2id hash (`$argon2id$…`) with a random salt, for `password_hash` in secrets.toml."""
    problem = password_problem(password)
    if problem:
        raise UserInputError(problem)
    return str(_hasher().hash(password))


def password_problem(password: str) -> str | None:
    """Why a new password is not good enough, in Swedish, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Lösenordet måste ha minst {MIN_PASSWORD_LENGTH} tecken."
    if password.strip() != password:
        return "Lösenordet får inte börja eller sluta med mellanslag."
    return None


# A valid hash of a random password: checking against it when the user name is unknown makes a
# wrong user name take as long as a wrong password, so the login form does not reveal user names.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$ns+GsGr1CZ3k1JMRTOiXXA$a4c0eS2c+iBr9jtqZ26RnOXesjQvUGh4xuATQJtBEao"
)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether `password` matches the stored hash. A missing, malformed or non-Argon2 hash: False."""
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    target = password_hash if isinstance(password_hash, str) and password_hash.startswith("$argon2") else None
    try:
        return bool(_hasher().verify(target or _DUMMY_HASH, password)) and target is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# --- kommuner: a role holds for the user's own kommun(er) only -------------------------------------


def kommuner_of(entry: Mapping[str, Any] | None) -> list[str]:
    """The kommun codes a configured user (`kommuner = ["0182"]` in secrets.toml) may act for.

    Fail-closed: none configured, or malformed, gives no kommun at all (not every kommun)."""
    if not entry:
        return []
    value = entry.get("kommuner", entry.get("kommun"))
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        return []
    codes = [str(v).strip().zfill(4) for v in value if str(v).strip().isdigit()]
    return sorted(set(codes))


def can_in_kommun(role: str | None, action: str, kommuner: list[str], kommun: str | None) -> bool:
    """Whether `role` may do `action` for `kommun`: the role's permission, and only in the user's own
    kommuner. A row without a kommun (None) is no one's: only the database owner sees it."""
    return kommun is not None and kommun in kommuner and can(role, action)


ALL_KOMMUNER: None = None
"""The choice "every kommun" (no scope): offered only while login is off (the local demo)."""

NO_KOMMUN_MESSAGE = (
    "Ditt konto är inte kopplat till någon kommun, och databasen har flera kommuner. Be den som driftar "
    'Lägesbild att ange dina kommuner (kommuner = ["0182"]) i .streamlit/secrets.toml.'
)


def kommun_choices(
    configured: list[str], in_database: list[str], *, login_off: bool = False
) -> list[str | None]:
    """The kommuner a session may choose between, in picker order (empty: none, show no data).

    - A user's configured kommuner (`kommuner_of`), in code order.
    - Nothing configured (an OIDC user without a kommun, an anonymous läsare): fail-closed, the one
      kommun of a single-kommun database only; with several kommuner in it, none (NO_KOMMUN_MESSAGE).
    - Login off (the local demo, where everyone is samordnare): every kommun in the database, after
      "all kommuner" (None) — there is no user to isolate."""
    present = sorted({code for code in in_database if code})
    if login_off:
        return [ALL_KOMMUNER, *present] if len(present) > 1 else [ALL_KOMMUNER]
    if configured:
        return list(dict.fromkeys(sorted(configured)))
    return list(present) if len(present) == 1 else []


def chosen_kommun(choices: list[str | None], wanted: object) -> str | None:
    """The picker's value if it is one of the choices, else the first choice (a stale or forged value
    in the session never widens the scope). `choices` must not be empty."""
    return wanted if wanted in choices and isinstance(wanted, str | None) else choices[0]
