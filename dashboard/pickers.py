"""The choices at the top of a page: week, period, areas, categories, sources and the reviewed-only
switch, plus the guards that stop a page on an empty database (they supply the options). Pages turn
the values into one `dashboard.selection.Selection`."""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard import auth, data
from dashboard.display import empty_state
from dashboard.selection import Selection
from lagesbild import weeks


def require_weeks(url: str) -> list[str]:
    """The weeks with data; on an empty database show the friendly message and stop the page."""
    available = data.weeks_in_data(url)
    if not available:
        empty_state()
        st.stop()
    return available


def require_areas(url: str) -> list[str]:
    names = data.area_names(url)
    if not names:
        empty_state()
        st.stop()
    return names


def reviewed_only(
    key: str, label: str = "Bara granskade", default: bool = False, help: str | None = None
) -> bool:
    """The "reviewed reports only" switch. Roles without the internal view always get True: the
    shared picture counts reviewed reports only (navigation.pin_shared_widgets pins the switch as well)."""
    internal = auth.is_internal()
    st.session_state.setdefault(key, default)
    return bool(st.toggle(label, key=key, help=help, disabled=not internal)) or not internal


def week_picker(available: list[str], key: str, label: str = "Vecka", default: str | None = None) -> str:
    """The week select box; it opens on the last complete week, judged by who has reported."""
    options = list(reversed(available))
    chosen = default or data.default_week(available, url=data.db_url())
    return str(
        st.selectbox(label, options, index=options.index(chosen), format_func=weeks.human_week, key=key)
    )


def area_picker(url: str, key: str, label: str = "Områden") -> list[str]:
    names = data.area_names(url)
    return list(st.multiselect(label, names, default=names, key=key, placeholder="Alla områden"))


def category_picker(url: str, key: str, label: str = "Kategorier") -> list[str]:
    labels = data.category_label_map(url)
    return list(
        st.multiselect(
            label,
            list(labels),
            format_func=lambda c: labels.get(c, c),
            key=key,
            placeholder="Alla kategorier",
        )
    )


def source_picker(key: str, label: str = "Källor") -> list[str]:
    return list(
        st.multiselect(
            label,
            list(data.SOURCE_LABELS),
            format_func=lambda s: data.SOURCE_LABELS[s],
            key=key,
            placeholder="Alla källor",
        )
    )


def period_picker(
    available: list[str], prefix: str, spans: list[int], default_span: int, span_label: str, columns: Any
) -> tuple[str, str]:
    """The last week and the number of weeks up to it, in two of the page's columns: (first, last)."""
    with columns[0]:
        last_week = week_picker(available, key=f"{prefix}-week", label="Till och med vecka")
    with columns[1]:
        span = st.select_slider(span_label, options=spans, value=default_span, key=f"{prefix}-span")
    return weeks.shift_week(last_week, -(int(span) - 1)), last_week


def filters(
    url: str,
    prefix: str,
    first_week: str,
    last_week: str,
    sources_label: str = "Källor",
    shared_view: bool = False,
) -> Selection:
    """A row of area, category and source pickers; the period's Selection of what they name (empty
    = all). The page adds the reviewed-only switch with `dataclasses.replace`."""
    c1, c2, c3 = st.columns(3)
    with c1:
        chosen_areas = area_picker(url, key=f"{prefix}-areas")
    with c2:
        chosen_categories = category_picker(url, key=f"{prefix}-categories")
    with c3:
        chosen_sources = source_picker(key=f"{prefix}-sources", label=sources_label)
    return Selection.of(
        first_week, last_week, chosen_areas, chosen_categories, chosen_sources, shared_view=shared_view
    )
