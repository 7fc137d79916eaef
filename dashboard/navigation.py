"""The app's navigation (`st.navigation`): the pages each role gets, stand-ins for the others, the
login page for visitors, and the sidebar and banner that say who is logged in."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import streamlit as st

from dashboard.auth.config import DEMO_BANNER
from dashboard.auth.guards import NO_ACCESS
from dashboard.auth.identity import Identity, current
from dashboard.auth.kommun import KommunScope
from dashboard.auth.login import login_page, logout
from dashboard.markup import escape_markdown
from lagesbild import access

LOGIN_URL_PATH = "logga-in"

# Widgets that would show internal data; for roles without view_internal the app pins them to the
# shared value before the page runs (pages also check is_internal() themselves).
SHARED_WIDGET_VALUES: dict[str, Any] = {
    "map-shared": True,
    "weekly-reviewed": True,
    "trend-reviewed": True,
    "present-reviewed": True,
}


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


def browser_title(page_title: str, scope: KommunScope) -> str:
    """The browser tab's title: "Karta – Nyköpings kommun – Lägesbild" (the kommun when one is chosen)."""
    parts = [page_title, *([scope.name()] if scope.chosen is not None else []), "Lägesbild"]
    return " – ".join(parts)


def without_kommun(selected: Any, identity: Identity, scope: KommunScope) -> bool:
    """Whether a page with data would run without any kommun to run in (fail-closed: show a message
    instead). The login and no-access pages need no kommun."""
    return identity.role is not None and not scope.choices and page_id(selected) in access.PAGE_ACTIONS


def kommun_heading(selected: Any, scope: KommunScope) -> None:
    """The chosen kommun above every page's own title ("Nyköpings kommun"), so that nobody mistakes
    whose picture they are reading."""
    if scope.chosen is not None and page_id(selected) in access.PAGE_ACTIONS:
        st.markdown(f"**{escape_markdown(scope.name())}**")


def banner(identity: Identity) -> None:
    if identity.method == "demo":
        st.warning(DEMO_BANNER, icon="⚠️")
