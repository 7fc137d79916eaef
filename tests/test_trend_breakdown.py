"""Trender's pure parts on small hand-made frames: a stable style per area, the top N categories plus
"Övriga", zero weeks filled in, and CompStat's percentages ("–" for a 0 base, never "+0")."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest

from dashboard import breakdown, charts, split_chart
from dashboard.breakdown import OTHER, change_text, compstat, fill_weeks, stable_styles, top_n
from lagesbild.db import init_db, make_engine
from tests.factories import populate
from tests.test_browser_trends import TOP_FIVE, trends_spec
from tests.test_dashboard_truth import APP

AREAS = ["Brandkärr", "Fisksätra", "Orminge", "Saltsjöbaden", "Älta"]


@pytest.mark.parametrize(
    "shown",
    [["Älta"], ["Fisksätra", "Älta"], AREAS, ["Orminge", "Älta", "Brandkärr"]],
)
def test_an_area_keeps_its_colour_dash_and_shape_whatever_the_selection(shown: list[str]) -> None:
    everything = stable_styles(AREAS, AREAS)
    full = dict(
        zip(
            everything.domain,
            zip(everything.colours, everything.dashes, everything.shapes, strict=True),
            strict=True,
        )
    )
    part = stable_styles(AREAS, shown)
    assert sorted(part.domain) == sorted(shown)
    for name, colour, dash, shape in zip(part.domain, part.colours, part.dashes, part.shapes, strict=True):
        assert (colour, dash, shape) == full[name]


def test_styles_tell_24_series_apart_and_others_are_grey() -> None:
    names = [f"Område {i:02d}" for i in range(24)]
    styles = stable_styles(names, [*names, OTHER])
    combos = {(c, str(d), s) for c, d, s in zip(styles.colours, styles.dashes, styles.shapes, strict=True)}
    assert len(combos) == 25  # 24 areas and "Övriga", each looking different
    assert styles.domain[-1] == OTHER and styles.colours[-1] == "#757575"
    assert "#F0E442" not in styles.colours  # Okabe–Ito's yellow is invisible on white


def test_a_name_outside_the_universe_still_gets_a_style() -> None:
    styles = stable_styles(["A", "B"], ["B", "Ny"])
    assert styles.domain == ["B", "Ny"] and styles.colours == [breakdown.PALETTE[1], breakdown.PALETTE[2]]


def _frame(counts: dict[str, list[int]], weeks: list[str], dimension: str = "Kategori") -> pd.DataFrame:
    rows = [
        {"iso_week": w, dimension: name, "count": c}
        for name, values in counts.items()
        for w, c in zip(weeks, values, strict=True)
        if c
    ]
    return pd.DataFrame(rows)


WEEKS = ["2026-W10", "2026-W11", "2026-W12"]


@pytest.mark.parametrize(
    ("counts", "n", "kept"),
    [
        ({"a": [5, 5, 5], "b": [1, 0, 0], "c": [2, 0, 0], "d": [9, 0, 0]}, 2, {"a", "d", OTHER}),
        # Ties by name, whatever the row order.
        ({"x": [1, 0, 0], "b": [1, 0, 0], "a": [1, 0, 0], "c": [0, 0, 0]}, 1, {"a", OTHER}),
        # n + 1 groups: "Övriga" would hide a single name, so every name stays.
        ({"a": [3, 0, 0], "b": [2, 0, 0], "c": [1, 0, 0]}, 2, {"a", "b", "c"}),
    ],
)
def test_top_n_keeps_the_largest_and_sums_the_rest(
    counts: dict[str, list[int]], n: int, kept: set[str]
) -> None:
    frame = _frame(counts, WEEKS)
    out = top_n(frame, "Kategori", n)
    assert set(out["Kategori"]) == kept
    assert out["count"].sum() == frame["count"].sum()  # nothing is lost
    if OTHER in kept:
        others = sum(sum(v) for k, v in counts.items() if k not in kept)
        assert out.loc[out["Kategori"] == OTHER, "count"].sum() == others


def test_zero_weeks_are_zero_inside_the_span_and_nothing_outside_it() -> None:
    frame = _frame({"Älta": [2, 0, 3], "Orminge": [0, 0, 1]}, WEEKS, "Område")
    out = fill_weeks(frame, "Område", "2026-W09", "2026-W13")
    assert list(out.columns) == ["iso_week", "week_start", "Vecka", "Område", "count"]
    alta = out[out["Område"] == "Älta"].set_index("iso_week")["count"].to_dict()
    assert alta == {"2026-W09": 0, "2026-W10": 2, "2026-W11": 0, "2026-W12": 3, "2026-W13": 0}
    assert out[out["Område"] == "Orminge"]["count"].tolist() == [0, 0, 0, 1, 0]
    inside = fill_weeks(frame, "Område", "2026-W11", "2026-W12")
    assert sorted(set(inside["iso_week"])) == ["2026-W11", "2026-W12"]
    assert fill_weeks(frame.iloc[0:0], "Område", "2026-W11", "2026-W12").empty


def test_the_split_chart_draws_the_zero_week_and_shows_the_full_legend() -> None:
    frame = _frame({"Otrygghetsskapande samling av personer": [2, 0, 3], "Klotter": [1, 1, 1]}, WEEKS)
    filled = fill_weeks(frame, "Kategori", WEEKS[0], WEEKS[-1])
    styles = stable_styles(sorted(set(filled["Kategori"])), sorted(set(filled["Kategori"])))
    chart = split_chart.breakdown_chart(filled, "Kategori", "Kategori", None, styles)
    spec = json.loads(charts.to_spec(chart))
    rows = next(iter(spec["datasets"].values()))
    assert {"Kategori": "Otrygghetsskapande samling av personer", "count": 0} in [
        {"Kategori": r["Kategori"], "count": r["count"]} for r in rows
    ]
    legend = spec["encoding"]["color"]["legend"]
    assert legend["labelLimit"] == 0 and legend["orient"] == "bottom"  # no label is cut short
    assert spec["encoding"]["color"]["scale"]["range"] == styles.colours


@pytest.mark.parametrize(
    ("now", "before", "text"),
    [
        (5, 4, "+25 %"),
        (3, 5, "\u221240 %"),
        (4, 4, "±0 %"),
        (0, 3, "\u2212100 %"),
        (7, 0, "–"),  # a rise from 0 has no percentage
        (0, 0, "–"),
        (3, None, "–"),  # no data to compare with
        (1234, 1000, "+23 %"),
    ],
)
def test_change_text(now: int, before: int | None, text: str) -> None:
    assert change_text(now, before) == text


def _series(rows: list[tuple[str, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["iso_week", "category_label", "count"])


def test_compstat_compares_week_28_days_same_week_last_year_and_year_to_date() -> None:
    series = _series(
        [
            ("2025-W20", "Klotter", 4),  # same week last year
            ("2025-W10", "Klotter", 2),  # last year, before week 20: year to date last year
            ("2026-W20", "Klotter", 5),
            ("2026-W19", "Klotter", 5),
            ("2026-W16", "Klotter", 2),  # the 4 weeks before
            ("2026-W20", "Brand", 3),
            ("2026-W02", "Brand", 1),
        ]
    )
    table = compstat(series, "2026-W20", "2025-W01").set_index("Kategori")
    klotter, brand, total = table.loc["Klotter"], table.loc["Brand"], table.loc["Totalt"]
    assert (klotter["Veckan"], klotter["Förra veckan"], klotter["Samma vecka i fjol"]) == (5, 5, 4)
    assert klotter["Veckan mot förra veckan"] == "±0 %"
    assert klotter["Veckan mot samma vecka i fjol"] == "+25 %"
    assert (klotter["4 veckor"], klotter["4 veckor före"], klotter["4 veckor mot 4 veckor före"]) == (
        10,
        2,
        "+400 %",
    )
    assert (klotter["Hittills i år"], klotter["Samma period i fjol"]) == (12, 6)
    assert klotter["Hittills i år mot samma period i fjol"] == "+100 %"
    assert brand["Veckan mot förra veckan"] == "–" and brand["Veckan mot samma vecka i fjol"] == "–"
    assert (total["Veckan"], total["Förra veckan"], total["Veckan mot förra veckan"]) == (8, 5, "+60 %")
    texts = " ".join(str(v) for v in table.to_numpy().ravel())
    assert "+0" not in texts


def test_compstat_leaves_unreached_comparisons_empty_never_zero() -> None:
    series = _series([("2026-W20", "Klotter", 5), ("2026-W19", "Klotter", 1)])
    table = compstat(series, "2026-W20", "2026-W16").set_index("Kategori")
    assert table["Samma vecka i fjol"].isna().all() and table["Samma period i fjol"].isna().all()
    assert (table["Veckan mot samma vecka i fjol"] == "–").all()
    assert table["4 veckor före"].isna().all()  # weeks 13–16 start before the data
    assert table.loc["Klotter", "Veckan mot förra veckan"] == "+400 %"


# --- Trender through AppTest ----------------------------------------------------------------------


@pytest.fixture
def trends_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'lagesbild.db'}"
    monkeypatch.setenv("LAGESBILD_DB", url)
    monkeypatch.setenv("LAGESBILD_COMPLETE_GRACE_DAYS", "100000")
    engine = make_engine(url)
    init_db(engine)
    populate(engine, trends_spec())
    yield engine
    engine.dispose()


def _chart_rows(chart: Any) -> list[dict[str, Any]]:
    """The rows of the data sets Streamlit sends with a Vega-Lite chart (Arrow IPC streams)."""
    import pyarrow as pa

    frames = [pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in chart.proto.datasets]
    return [row for frame in frames for row in frame.to_dict("records")]


def test_trender_splits_by_top_five_categories_and_shows_compstat_percentages(trends_db: Engine) -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("views/trender.py").run()
    assert not at.exception, [e.value for e in at.exception]
    table = next(t.value for t in at.table if "Veckan mot förra veckan" in t.value.columns)
    klotter, total = table.loc["Klotter"], table.loc["Totalt"]
    assert (klotter["Veckan"], klotter["Förra veckan"], klotter["Veckan mot förra veckan"]) == (5, 4, "+25 %")
    assert (klotter["Samma vecka i fjol"], klotter["Veckan mot samma vecka i fjol"]) == (2, "+150 %")
    assert table.loc["Nedskräpning", "Veckan mot samma vecka i fjol"] == "–"  # 1 against 0
    assert (total["Veckan"], total["Veckan mot förra veckan"]) == (6, "+20 %")
    assert not any("+0" in str(v) for v in table.to_numpy().ravel())

    at.radio(key="trend-split").set_value("Kategori").run()
    assert not at.exception
    rows = _chart_rows(at.get("vega_lite_chart")[1])
    shown = {r["Kategori"] for r in rows if "Kategori" in r}
    assert shown == {*TOP_FIVE, OTHER}
    others = [r for r in rows if r.get("Kategori") == OTHER]
    assert sum(r["count"] for r in others) == 3 + 2 + 1 + 1  # bråk, våld och hot, narkotika, rån
    weeks_of_others = sorted(r["Vecka"] for r in others)
    assert len(weeks_of_others) == len(set(weeks_of_others)) >= 20  # every week, most of them 0
    assert sum(1 for r in others if r["count"] == 0) == len(others) - 1
    assert any(
        "De 5 största kategorierna" in c.value and "övriga 4 kategorier" in c.value for c in at.caption
    )

    # Älta keeps its colour whether or not Brandkärr is in the selection.
    at.radio(key="trend-split").set_value("Område").run()
    colour_all = _colour_of(at, "Älta")
    at.multiselect(key="trend-areas").set_value(["Älta", "Fisksätra"]).run()
    assert not at.exception
    assert _colour_of(at, "Älta") == colour_all


def _colour_of(at: AppTest, area: str) -> str:
    spec = json.loads(at.get("vega_lite_chart")[1].proto.spec)
    layers = [spec, *spec.get("layer", [])]
    scale = next(
        layer["encoding"]["color"]["scale"]
        for layer in layers
        if "Område" in json.dumps(layer.get("encoding", {}), ensure_ascii=False)
    )
    return str(dict(zip(scale["domain"], scale["range"], strict=True))[area])


@pytest.mark.parametrize(("data_from", "first_mean"), [("2026-W10", "2026-W13"), ("2026-W03", "2026-W08")])
def test_no_rolling_mean_before_the_data_begin_and_zero_weeks_count(data_from: str, first_mean: str) -> None:
    from dashboard import trends

    series = pd.DataFrame({"iso_week": ["2026-W10", "2026-W12"], "count": [4, 8]})
    totals = trends.weekly_totals(series, "2026-W08", "2026-W14", data_from).set_index("iso_week")
    assert totals["count"].to_dict() == {
        f"2026-W{w:02d}": c for w, c in zip(range(8, 15), [0, 0, 4, 0, 8, 0, 0], strict=True)
    }
    means = totals["rolling_4w"]
    assert means[means.index < first_mean].isna().all()  # no mean of weeks before the data
    assert means[means.index >= first_mean].notna().all()  # but from the fourth week of data on
    assert means.loc["2026-W13"] == pytest.approx(3.0)  # (4 + 0 + 8 + 0) / 4: the quiet weeks count as 0
