"""Display primitives the pages and sections share: time formatting (numbers come from
`lagesbild.swedish`), the flash message that survives a rerun, the empty state, tables
with Swedish headings, the map iframe and the PNG download of a chart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import auth, data
from dashboard.summaries import FLAG_LABELS as FLAG_LABELS  # pages use it from here
from lagesbild.swedish import integer, percent
from lagesbild.swedish import number as num  # noqa: F401  (the pages' short name)
from lagesbild.swedish import plural as plural  # the pages' short name
from lagesbild.vocabulary import MeasureStatus

TZ = "Europe/Stockholm"


def with_end_text(measures: pd.DataFrame) -> pd.DataFrame:
    """Insatser with `end_date` as text: the date, "pågår" for an ongoing one without an end, else "–"
    (never "None")."""
    if measures.empty or "end_date" not in measures.columns:
        return measures
    status = measures["status"] if "status" in measures.columns else pd.Series("", index=measures.index)
    text = [
        str(pd.Timestamp(end).date())
        if pd.notna(end)
        else ("pågår" if state == MeasureStatus.ONGOING else "–")
        for end, state in zip(measures["end_date"], status, strict=True)
    ]
    return measures.assign(end_date=text)


def pct(share: float) -> str:
    """A signed Swedish percentage: −45 %, +7 %, ±0 %."""
    return percent(share, sign=True)


def local_time(values: pd.Series, fmt: str = "%Y-%m-%d %H:%M") -> pd.Series:
    stamps = pd.to_datetime(values, utc=True)
    return stamps.dt.tz_convert(TZ).dt.strftime(fmt)


def flash(message: str) -> None:
    """A success message that survives the rerun after a write."""
    st.session_state["flash"] = message


def show_flash() -> None:
    message = st.session_state.pop("flash", None)
    if message:
        st.success(message)


def empty_state() -> None:
    st.info(data.EMPTY_MESSAGE, icon=":material/info:")


def chart(build: Callable[..., Any], *args: Any, where: Any = None, **kwargs: Any) -> None:
    """The Vega-Lite chart `build(*args, **kwargs)` (a `dashboard.charts` spec), as `st.altair_chart`
    drew it, from a cache on the builder's arguments (content, not identity): a rerun neither builds
    the chart nor turns its data into Arrow again."""
    spec = _vega_spec(build, f"{build.__module__}.{build.__qualname__}", args, kwargs)
    (where or st).vega_lite_chart(spec=spec, width="stretch")


def draw(spec: dict[str, Any], where: Any = None) -> None:
    """A `dashboard.charts` spec drawn once (no cache)."""
    from dashboard import vega

    (where or st).vega_lite_chart(spec=vega.for_streamlit(spec), width="stretch")


@st.cache_data(show_spinner=False, max_entries=500)
def _vega_spec(_build: Callable[..., Any], name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    from dashboard import vega

    return vega.for_streamlit(_build(*args, **kwargs))


def fit_height(rows: int, limit: int = 30) -> int:
    """A height that shows up to `limit` rows without an inner scrollbar."""
    return 38 + 35 * max(1, min(rows, limit))


def blank_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """Empty cells instead of 'None' in text columns (numbers and dates keep their type)."""
    text = [
        c
        for c in frame.columns
        if (pd.api.types.is_object_dtype(frame[c]) or pd.api.types.is_string_dtype(frame[c]))
        and all(isinstance(v, str) for v in frame[c].dropna())  # not dates with gaps: Arrow needs one type
    ]
    return frame.assign(**{c: frame[c].astype(object).where(frame[c].notna(), "") for c in text})


def table(frame: pd.DataFrame, columns: dict[str, str], empty: str, height: int | None = None) -> None:
    """A read-only table with Swedish headings (only the given columns, in that order)."""
    if frame.empty:
        st.caption(empty)
        return
    shown = frame[[c for c in columns if c in frame.columns]]
    shown = blank_missing(shown).rename(columns=columns)
    st.dataframe(shown, hide_index=True, width="stretch", height=height or fit_height(len(shown)))


def static_table(
    frame: pd.DataFrame,
    columns: dict[str, str],
    empty: str,
    counts: tuple[str, ...] = (),
    shown: int = 10,
    more: str = "Alla {n} rader",
) -> None:
    """A read-only HTML table with Swedish headings whose text wraps, so every heading and value stays
    readable however narrow the page (a canvas grid cuts narrow columns). `counts`: integer columns, in
    Swedish format and right-aligned. The first `shown` rows; all of them in an expander below."""
    if frame.empty:
        st.caption(empty)
        return
    picked = frame[[c for c in columns if c in frame.columns]]
    named = blank_missing(picked).rename(columns=columns)
    right = [columns[c] for c in counts if c in picked.columns]

    def styled(part: pd.DataFrame) -> Any:
        return part.style.format(lambda v: integer(int(v)), subset=right).set_properties(
            subset=right, **{"text-align": "right"}
        )

    st.table(styled(named.head(shown)), hide_index=True)
    if len(named) > shown:
        with st.expander(more.format(n=len(named))):
            st.table(styled(named), hide_index=True)


def show_map(html: str, height: int = 620) -> None:
    """A static component: the page's own HTML in an iframe; panning never reruns the app."""
    st.iframe(html, height=height, alt="Karta över områden och händelser")


def png_button(
    chart: Any, file_name: str, key: str, title: str | None = None, label: str = "Ladda ner som PNG"
) -> None:
    """A download button with the chart (a `dashboard.charts` spec) as a PNG rendered on the server
    (vl-convert)."""
    from dashboard import analysis_data, charts  # vl-convert only on pages with charts

    png = analysis_data.chart_png(charts.to_spec(chart, title=title))
    if png is None:
        st.caption("PNG-export kräver paketet vl-convert-python på servern.")
        return
    st.download_button(
        label,
        png,
        file_name=file_name,
        mime="image/png",
        key=key,
        on_click=auth.on_download("export", format="png", file=file_name),
    )
