"""Guards at the top of a page or before a form: stop unless this session may do the action."""

from __future__ import annotations

import streamlit as st

from dashboard.auth.identity import allowed

NO_ACCESS = "Du har inte behörighet till den här sidan."


def require(action: str) -> None:
    """Stop the page unless this session may `action` (an action of lagesbild.access)."""
    if not allowed(action):
        st.error(NO_ACCESS)
        st.stop()


def stop_unless(action: str) -> None:
    """Stop the rest of the page (e.g. a form) quietly unless this session may `action`."""
    if not allowed(action):
        st.stop()
