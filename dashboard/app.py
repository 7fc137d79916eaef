"""Lägesbild: the Streamlit entry point (`streamlit run dashboard/app.py` from the repository root)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # a plain `streamlit run` puts only dashboard/ on the path
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402
from sqlalchemy.exc import DBAPIError  # noqa: E402
from streamlit import delta_generator  # noqa: E402

from dashboard import a11y, auth, data, navigation, upload_gate  # noqa: E402
from dashboard.auth import kommun  # noqa: E402
from lagesbild import access  # noqa: E402
from lagesbild.errors import LagesbildError  # noqa: E402
from lagesbild.schema_upgrade import OutdatedSchema  # noqa: E402

# Before its first element Streamlit asks, once per process, whether it runs in a REPL (to say "use
# streamlit run"): `inspect.stack()` looks each frame's module up among ~1,500 loaded modules, 0.15 s of
# CPU on a fresh server's first page. The dashboard only runs as an app; say the question is answered.
delta_generator._use_warning_has_been_displayed = True

# No `:material/…:` page icons: Streamlit turns a page's icon into the favicon and fetches material
# ones from fonts.gstatic.com. An emoji favicon is an inline data: SVG.
st.set_page_config(page_title="Lägesbild", page_icon="🗺️", layout="wide")

# The page files live in views/, not pages/: a `pages/` folder next to the main script switches
# Streamlit into its old multipage mode until the first run of this script, so a deep link such as
# /karta on a freshly started server would run the page without this entry point (no navigation,
# no page config).
PAGES = Path(__file__).parent / "views"
identity = auth.current()
# Streamlit's upload endpoint stores files only for sessions whose role may upload (issue 17).
upload_gate.sync(identity.role)
SECTIONS = {
    "Veckomötet": [
        st.Page(PAGES / "veckans_lagesbild.py", title="Veckans lägesbild", default=True),
        st.Page(PAGES / "karta.py", title="Karta"),
        st.Page(PAGES / "trender.py", title="Trender"),
        st.Page(PAGES / "presentationslage.py", title="Presentationsläge"),
    ],
    "Underlag": [
        st.Page(PAGES / "rapportera.py", title="Rapportera"),
        st.Page(PAGES / "importera.py", title="Importera"),
        st.Page(PAGES / "granskning.py", title="Granskning"),
        st.Page(PAGES / "logg.py", title="Logg"),
    ],
    "Planering": [
        st.Page(PAGES / "kommande_handelser.py", title="Kommande händelser"),
        st.Page(PAGES / "insatser.py", title="Insatser"),
        st.Page(PAGES / "installningar.py", title="Inställningar"),
    ],
}
# Each role gets only the pages it may open (lagesbild.access.pages_for): the others are not
# registered, so their URLs run the default page instead.
pages = navigation.visible_pages(SECTIONS, identity)
selected = st.navigation(pages)
navigation.leave_login_page(selected, pages, identity)
navigation.pin_shared_widgets(identity)

with st.sidebar:
    a11y.apply()  # lang="sv", Swedish labels, the navigation's structure, focus ring (docs/accessibility.md)
    auth.write_cookie()  # set or clear the saved login's cookie after a login or logout
    navigation.sidebar(identity)
    # The kommun(er) of this user (secrets.toml), a picker when there are several: every page below
    # runs in the chosen one (docs/security.md, "Several kommuner in one database").
    scope = kommun.picker(identity, data.kommuner_or_none(data.db_url()))
    if auth.is_internal():
        st.caption(f"Databas: {data.safe_url(data.db_url())}")
        if st.button("Läs om data", help="Töm cachen och hämta allt på nytt från databasen"):
            data.clear_caches()
# A title per page (WCAG 2.4.2): the page's own name and the kommun first, the app's after it.
st.set_page_config(page_title=navigation.browser_title(selected.title, scope))

navigation.banner(identity)
try:
    if navigation.without_kommun(selected, identity, scope):
        st.error(access.NO_KOMMUN_MESSAGE)  # fail-closed: a role but no kommun shows no data
    else:
        navigation.kommun_heading(selected, scope)
        with kommun.running(scope):
            selected.run()
except DBAPIError as exc:  # the database went away mid-page: say so in Swedish, recover on the next run
    if not data.is_unavailable(exc):
        raise
    data.show_unavailable(exc)
except OutdatedSchema as exc:  # made by an earlier version: say what is missing and how to upgrade
    st.error(str(exc), icon="⚠️")
except LagesbildError as exc:  # an error the user can act on; anything else is a bug with its traceback
    st.error(str(exc))
