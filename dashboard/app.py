"""Lägesbild: the Streamlit entry point (`streamlit run dashboard/app.py` from the repository root)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # a plain `streamlit run` puts only dashboard/ on the path
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard import data  # noqa: E402

# No `:material/…:` page icons: Streamlit turns a page's icon into the favicon and fetches material
# ones from fonts.gstatic.com. An emoji favicon is an inline data: SVG.
st.set_page_config(page_title="Lägesbild", page_icon="🗺️", layout="wide")

# The page files live in views/, not pages/: a `pages/` folder next to the main script switches
# Streamlit into its old multipage mode until the first run of this script, so a deep link such as
# /karta on a freshly started server would run the page without this entry point (no navigation,
# no page config).
PAGES = Path(__file__).parent / "views"
navigation = st.navigation(
    {
        "Veckomötet": [
            st.Page(PAGES / "veckans_lagesbild.py", title="Veckans lägesbild", default=True),
            st.Page(PAGES / "karta.py", title="Karta"),
            st.Page(PAGES / "trender.py", title="Trender"),
        ],
        "Underlag": [
            st.Page(PAGES / "importera.py", title="Importera"),
            st.Page(PAGES / "granskning.py", title="Granskning"),
        ],
        "Planering": [
            st.Page(PAGES / "kommande_handelser.py", title="Kommande händelser"),
            st.Page(PAGES / "insatser.py", title="Insatser"),
        ],
    }
)

with st.sidebar:
    st.caption(f"Databas: {data.safe_url(data.db_url())}")
    if st.button("Läs om data", help="Töm cachen och hämta allt på nytt från databasen"):
        data.clear_caches()

navigation.run()
