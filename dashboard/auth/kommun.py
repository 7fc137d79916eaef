"""Which kommun this browser session works in: the user's own kommun(er) from secrets.toml, a picker
("Kommun" in the sidebar) when there are several, and the scope every page runs in.

The rules are pure (`lagesbild.access.kommun_choices`, `chosen_kommun`, `can_in_kommun`); this module
reads the database's kommuner, draws the picker and holds the session's scope while a page runs:
`queries.kommun_scope` limits every read, and on PostgreSQL the engine sets the row-level-security
setting `app.kommun` from it at every connection checkout (`dashboard.data`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import streamlit as st

from dashboard.auth.identity import Identity
from lagesbild import access, kommuner, queries, settings
from lagesbild.swedish import kommun_name

PICKER_KEY = "kommun-picker"
ALL_LABEL = "Alla kommuner"


@dataclass(frozen=True)
class KommunScope:
    """The kommuner this session may choose (`choices`, None = all, login off only) and the chosen one."""

    choices: tuple[str | None, ...]
    chosen: str | None
    names: tuple[tuple[str, str], ...] = ()  # (code, "Nyköpings kommun") of the database's kommuner

    @property
    def kommuner(self) -> list[str]:
        """The codes the session may act in (what `can_in_kommun` checks against)."""
        return [c for c in self.choices if c is not None]

    def name(self, code: str | None = None) -> str:
        """The kommun's proper name ("Nyköpings kommun"); "Alla kommuner" for no scope."""
        code = self.chosen if code is None else code
        if code is None:
            return ALL_LABEL
        known = dict(self.names).get(code)
        if known is None:  # not readable here (row-level security before the scope is set): SCB's name
            short = kommuner.kommun_names().get(code)
            known = kommun_name(short) if short else f"kommun {code}"
        return known


_SCOPE: ContextVar[KommunScope | None] = ContextVar("lagesbild_dashboard_kommun", default=None)


def scope_for(identity: Identity, in_database: dict[str, str], wanted: object) -> KommunScope:
    """The session's scope: its choices (access.kommun_choices) and the wanted one if allowed."""
    choices = access.kommun_choices(
        list(identity.kommuner), list(in_database), login_off=identity.method == "demo"
    )
    chosen = access.chosen_kommun(choices, wanted) if choices else None
    return KommunScope(tuple(choices), chosen, tuple(sorted(in_database.items())))


def picker(identity: Identity, in_database: dict[str, str]) -> KommunScope:
    """The session's scope, with the "Kommun" select box in the sidebar when there is a choice."""
    scope = scope_for(identity, in_database, st.session_state.get(PICKER_KEY))
    if len(scope.choices) > 1:
        st.session_state[PICKER_KEY] = scope.chosen  # a value no longer allowed falls back to the first
        chosen = st.selectbox("Kommun", list(scope.choices), format_func=scope.name, key=PICKER_KEY)
        scope = scope_for(identity, in_database, chosen)
    elif scope.chosen is not None:
        st.caption(f"Kommun: **{scope.name()}**")
    return scope


@contextmanager
def running(scope: KommunScope) -> Iterator[None]:
    """Run a page in the scope: every read limited to the chosen kommun, writes checked against it."""
    token = _SCOPE.set(scope)
    named = {"kommun": scope.name()} if scope.chosen is not None else {}
    try:
        with queries.kommun_scope(scope.chosen), settings.overriding(**named):
            yield
    finally:
        _SCOPE.reset(token)


def current_scope() -> KommunScope | None:
    return _SCOPE.get()


def allowed_in_scope(identity: Identity, action: str) -> bool:
    """Whether the session may `action` in the chosen kommun: the role's permission, in one of the
    user's kommuner (access.can_in_kommun). Login off with "all kommuner": the role decides alone.
    Outside a page run (no scope) only the demo's role counts."""
    scope = _SCOPE.get()
    if identity.method == "demo" and (scope is None or scope.chosen is None):
        return access.can(identity.role, action)
    if scope is None:
        return False
    return access.can_in_kommun(identity.role, action, scope.kommuner, scope.chosen)
