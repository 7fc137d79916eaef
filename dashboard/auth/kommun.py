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

import streamlit as st

from dashboard.auth.identity import Identity
from dashboard.auth.scope import ALL_LABEL, KommunScope, allowed_in_scope, current_scope, entered
from lagesbild import access, queries, settings

__all__ = ["ALL_LABEL", "KommunScope", "allowed_in_scope", "current_scope", "picker", "running", "scope_for"]

PICKER_KEY = "kommun-picker"


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
    named = {"kommun": scope.name()} if scope.chosen is not None else {}
    with entered(scope), queries.kommun_scope(scope.chosen), settings.overriding(**named):
        yield
