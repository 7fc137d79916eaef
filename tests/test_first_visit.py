"""bench/first_visit.py's protocol client: it opens the page it names (as a browser loading /<page>
does) and finds the page's first content by one rule for every page."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.streamlit_protocol import Element, PageVisit

APP = """
import streamlit as st

def eins():
    st.title("Eins")
    st.write("Erste Seite")

def zwei():
    st.title("Zwei")
    st.write("Zweite Seite")
    st.dataframe({"a": [1, 2]})

st.sidebar.write("Seitenleiste")
st.navigation([st.Page(eins, url_path="eins", default=True), st.Page(zwei, url_path="zwei")]).run()
"""


def _visit(*elements: tuple[float, str, bool, str]) -> PageVisit:
    return PageVisit(0.0, 1.0, tuple(Element(*e) for e in elements), None)


def test_first_content_is_the_first_table_else_the_first_main_element_after_the_title() -> None:
    sidebar, banner, title = (
        (0.1, "markdown", False, "x"),
        (0.2, "alert", True, ""),
        (0.3, "heading", True, "T"),
    )
    text, table = (0.4, "markdown", True, "y"), (0.5, "dataframe", True, "")
    assert _visit(sidebar, banner, title, text, table).first_content() == Element(*table)
    assert _visit(sidebar, banner, title, text).first_content() == Element(*text)
    assert _visit(sidebar, text).first_content() == Element(*text)  # no heading: the floor's st.write
    assert _visit(sidebar, title).first_content() is None


@pytest.mark.slow
def test_the_client_opens_the_named_page_of_a_multipage_app(tmp_path: Path) -> None:
    from bench.sections_dashboard import streamlit_server
    from bench.streamlit_protocol import visit_page

    script = tmp_path / "app.py"
    script.write_text(APP)
    with streamlit_server("sqlite://", tmp_path / "server.log", script=str(script)) as (url, _boot):
        named = visit_page(url, "zwei")
        default = visit_page(url, "")
        unknown = visit_page(url, "gibt-es-nicht")
    assert named.ran == "zwei"
    assert [e.text for e in named.elements if e.main][:2] == ["Zwei", "Zweite Seite"]
    content = named.first_content()
    assert content is not None and content.kind in {"dataframe", "arrow_data_frame"}
    assert default.ran == "" and default.title() == next(e for e in default.elements if e.text == "Eins")
    assert unknown.ran == ""  # an unknown path runs the default page: first_visit.check_page catches it
