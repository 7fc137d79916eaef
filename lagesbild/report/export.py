"""Exports of the shared, anonymised incident list: CSV, GeoJSON, GeoPackage and XLSX.

Every export is built from `shared.shared_incidents` (reviewed, counted once, redacted, generalised):
one row per incident with week, date, area, category, sources, generalised place, redacted
description, location precision, generalisation level and coordinates only where generalised.

- CSV: UTF-8 with BOM, `;` and decimal comma, so Swedish Excel opens it as it is.
- GeoJSON: WGS84 (RFC 7946); rows without a generalised point have `"geometry": null`.
- GeoPackage: SWEREF 99 TM (EPSG:3006), layer `lagesbild_handelser`; opens in QGIS.
- XLSX: the weekly tables (see below) and the incident list.

Formula injection: in CSV and XLSX a text cell that starts with `=`, `+`, `-`, `@`, tab or carriage
return gets a leading `'`, so a spreadsheet shows it as text and never runs it; XLSX cells are also
stored with the explicit text type.

Small counts in the XLSX tables (sheet "Antal per vecka": per week a table area × category with an
area total column and an "Alla områden" row):

1. Primary suppression: a count of 1 up to `LAGESBILD_MIN_CELL_COUNT` − 1 (default 1–2) is shown as
   "<3" (that is: at least 1, at most 2). Zeros and larger counts are shown exactly.
2. Secondary suppression: more cells are shown as ".." (suppressed; may hide any value) until no
   suppressed count can be worked out from the totals. The test per "<3" cell: there must be a
   rectangle of suppressed cells — the cell, one more cell in its row, one in its column and the cell
   where those meet (totals count as cells) — whose corners can be changed by ±1 (signs chosen so that
   every row and column sum still holds) with every cell staying within what its label allows
   ("<3": 1–2, "..": 0 or more). That changed table fits everything published, so a reader — whatever
   rows and columns they combine — is left with at least two values for the cell. Complements are
   chosen to need the fewest new ".." cells, then the smallest values; a "<3" cell is turned into ".."
   only when no rectangle exists otherwise (e.g. 1 + 1 in a row whose total is itself "<3").
3. Sensitive categories (sexualbrott, ofredande, våld i nära relation) are not listed as incidents in
   the XLSX, only counted. Their "<3" cells are protected even against a reader who knows every listed
   incident (all other categories' counts): their rectangles use only sensitive-category cells and
   totals. For the other categories the "<3" cells protect the tables when shared on their own (the
   incidents themselves are in the list).
4. Each week is its own table: no totals over several weeks are published, so suppressed cells of
   different weeks are never linked by a sum.

5. The CSV, GeoJSON and GeoPackage lists leave sensitive categories out as well, so that no shared file
   undoes the tables' protection of them: they exist in shared outputs only as (suppressed) counts.

Limits: with `LAGESBILD_MIN_CELL_COUNT` below 3 only primary suppression
is applied ("<2" can only mean 1).
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from shapely.geometry import Point
from sqlalchemy import Engine

from lagesbild import queries, settings
from lagesbild.categories import Taxonomy
from lagesbild.errors import UserInputError
from lagesbild.geo import SWEREF, WGS84, to_wgs84
from lagesbild.privacy.shared import min_count, shared_incidents
from lagesbild.weeks import week_label, week_range

FORMATS = ("csv", "geojson", "gpkg", "xlsx")
GPKG_LAYER = "lagesbild_handelser"
GPKG_AREA_LAYER = "lagesbild_omraden"  # the areas with the number of listed incidents in each
OUTSIDE = "(utanför områdena)"
ALL_AREAS = "Alla områden"
TOTAL = "Totalt"
SECONDARY = ".."
# Shared column -> the header people see (Swedish).
HEADERS = {
    "iso_week": "vecka",
    "date": "datum",
    "area": "område",
    "category_label": "kategori",
    "category": "kategorikod",
    "sources": "källor",
    "place": "plats",
    "description": "beskrivning",
    "location_precision": "lägesprecision",
    "generalisation": "generalisering",
    "east": "e_sweref99tm",
    "north": "n_sweref99tm",
    "lat": "lat_wgs84",
    "lon": "lon_wgs84",
}
# The gate never passes "address" (PUBLIC_PRECISION); mapped to "plats" all the same, never "adress".
PRECISION = {"exact": "exakt", "address": "plats", "place": "plats", "area": "område", "kommun": "kommun"}
AREA_ONLY = "_area_only"  # internal marker column: counted in tables, never listed, never written
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SWEDISH_ORDER = str.maketrans("åäö", "{|}")  # å, ä, ö sort after z, in that order

PUBLISHED, PRIMARY = 0, 1  # SECONDARY_STATE below: a suppression state, not a label
SECONDARY_STATE = 2


# --------------------------------------------------------------------------- the shared list


def shared_table(engine: Engine, start: dt.date, end: dt.date) -> pd.DataFrame:
    """The shared incident list with Swedish headers (one row per incident, oldest first)."""
    shared = shared_incidents(engine, start, end)
    # Decimetres are plenty for a generalised point; lat/lon follow from the rounded point so that
    # every format carries exactly the same position.
    east = pd.array(shared["east"], dtype="Float64").round(1)
    north = pd.array(shared["north"], dtype="Float64").round(1)
    lat, lon = to_wgs84(east.to_numpy(float, na_value=np.nan), north.to_numpy(float, na_value=np.nan))
    table = pd.DataFrame(
        {
            "vecka": shared["iso_week"].astype("string"),
            "datum": [d.isoformat() for d in shared["date"]],
            "område": shared["area"].astype("string"),
            "kategori": shared["category_label"].astype("string"),
            "kategorikod": shared["category"].astype("string"),
            "källor": shared["sources"].astype("string"),
            "plats": shared["place"].astype("string"),
            "beskrivning": shared["description"].astype("string"),
            "lägesprecision": shared["location_precision"]
            .map(lambda v: PRECISION.get(v, v))
            .astype("string"),
            "generalisering": shared["generalisation"].astype("string"),
            "e_sweref99tm": east,
            "n_sweref99tm": north,
            "lat_wgs84": pd.array(lat, dtype="Float64").round(7),
            "lon_wgs84": pd.array(lon, dtype="Float64").round(7),
            AREA_ONLY: shared["area_only"].astype(bool).to_numpy(),
        }
    )
    return table.reset_index(drop=True)


def listed_rows(table: pd.DataFrame, sensitive: frozenset[str]) -> pd.DataFrame:
    """The rows a shared list may show: no sensitive category, no area-level-only report."""
    keep = ~table["kategorikod"].isin(sensitive) & ~table[AREA_ONLY].astype(bool)
    return table[keep].drop(columns=AREA_ONLY).reset_index(drop=True)


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet could read as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == "string" or out[column].dtype == object:
            out[column] = out[column].map(neutralise, na_action="ignore")
    return out


# --------------------------------------------------------------------------- suppression


def _allowed(value: int, state: int, k: int) -> bool:
    if state == PRIMARY:
        return 1 <= value <= k - 1
    return value >= 0  # SECONDARY_STATE: any value


def _rectangle(
    values: np.ndarray, state: np.ndarray, usable: np.ndarray, cell: tuple[int, int], k: int
) -> tuple[tuple[int, int, float], list[tuple[int, int]]] | None:
    """The cheapest witness rectangle for a primary cell, as (cost, cells to change), or None."""
    rows, cols = values.shape
    w_row = np.array([1] * (rows - 1) + [-1])
    w_col = np.array([1] * (cols - 1) + [-1])
    i, j = cell
    best: tuple[tuple[int, int, float], list[tuple[int, int]]] | None = None
    for i2, j2 in itertools.product(range(rows), range(cols)):
        if i2 == i or j2 == j:
            continue
        others = [(i, j2), (i2, j), (i2, j2)]
        if not all(usable[c] for c in others):
            continue
        signs = [-w_col[j] * w_col[j2], -w_row[i] * w_row[i2], w_row[i] * w_row[i2] * w_col[j] * w_col[j2]]
        for d in (1, -1):
            if not _allowed(int(values[cell]) + d, PRIMARY, k):
                continue
            changes: list[tuple[int, int]] = []
            for other, sign in zip(others, signs, strict=True):
                new_value = int(values[other]) + int(sign) * d
                if _allowed(new_value, int(state[other]), k) and state[other] != PUBLISHED:
                    continue
                if new_value >= 0:  # a published or "<3" cell that would have to become ".."
                    changes.append(other)
                    continue
                break
            else:
                converted = sum(1 for c in changes if state[c] == PRIMARY)
                cost = (converted, len(changes), float(sum(values[c] for c in changes)))
                if best is None or cost < best[0]:
                    best = (cost, changes)
    return best


def suppress(values: np.ndarray, k: int, known: np.ndarray | None = None) -> np.ndarray:
    """Suppression states for one table with margins (last row and column are the totals).

    `values` is (areas + 1) × (categories + 1) of counts. `known` marks cells a reader can know from
    elsewhere (the listed incidents); a primary cell that is not itself known is protected without
    using known cells. Returns PUBLISHED / PRIMARY / SECONDARY_STATE per cell (see module docstring).
    """
    values = np.asarray(values, dtype=int)
    known = np.zeros(values.shape, dtype=bool) if known is None else np.asarray(known, dtype=bool)
    state = np.where((values >= 1) & (values < k), PRIMARY, PUBLISHED)
    if k < 3:
        return state  # "<2" can only mean 1: nothing a complement could protect
    everything = np.ones(values.shape, dtype=bool)
    for cell in sorted(zip(*np.nonzero(state == PRIMARY), strict=True)):
        cell = (int(cell[0]), int(cell[1]))
        if state[cell] != PRIMARY:
            continue  # turned into ".." for an earlier cell: nothing left to protect
        usable = everything if known[cell] else ~known
        found = _rectangle(values, state, usable, cell, k)
        if found is None:  # cannot happen for k >= 3 (the totals rectangle always works); be safe
            state[usable & (state == PUBLISHED)] = SECONDARY_STATE
            continue
        for other in found[1]:
            state[other] = SECONDARY_STATE
    return state


def _labels(values: np.ndarray, state: np.ndarray, k: int) -> list[list[int | str]]:
    return [
        [
            int(v) if s == PUBLISHED else (f"<{k}" if s == PRIMARY else SECONDARY)
            for v, s in zip(vr, sr, strict=True)
        ]
        for vr, sr in zip(values, state, strict=True)
    ]


def weekly_tables(
    shared: pd.DataFrame, weeks: list[str], areas: list[str], taxonomy: Taxonomy, k: int
) -> pd.DataFrame:
    """Sheet "Antal per vecka": per week the area × category counts and totals, suppressed."""
    codes, sensitive = taxonomy.codes, taxonomy.sensitive_codes
    header = ["Vecka", "Område", *taxonomy.label_of.values(), TOTAL]
    rows: list[list[Any]] = []
    by_week = dict(tuple(shared.groupby("iso_week"))) if len(shared) else {}
    for week in weeks:
        part = by_week.get(week, shared.iloc[0:0])
        counts = part.groupby(["area", "category"]).size()
        values = np.zeros((len(areas) + 1, len(codes) + 1), dtype=int)
        for r, area in enumerate(areas):
            for c, code in enumerate(codes):
                values[r, c] = int(counts.get((area, code), 0))
        values[:-1, -1] = values[:-1, :-1].sum(axis=1)
        values[-1, :] = values[:-1, :].sum(axis=0)
        known = np.zeros(values.shape, dtype=bool)
        listed = [c for c, code in enumerate(codes) if code not in sensitive]
        known[:, listed] = True  # listed incidents reveal these cells and their column totals
        state = suppress(values, k, known)
        for name, cells in zip([*areas, ALL_AREAS], _labels(values, state, k), strict=True):
            rows.append([week, name, *cells])
    return pd.DataFrame(rows, columns=header)


# --------------------------------------------------------------------------- writers


def _write_csv(table: pd.DataFrame, out: Path) -> None:
    _neutralised(table).to_csv(
        out, sep=";", decimal=",", index=False, encoding="utf-8-sig", lineterminator="\r\n"
    )


def _geo(table: pd.DataFrame) -> gpd.GeoDataFrame:
    east, north = table["e_sweref99tm"], table["n_sweref99tm"]
    geometry = [
        Point(float(e), float(n)) if pd.notna(e) and pd.notna(n) else None
        for e, n in zip(east, north, strict=True)
    ]
    frame = table.copy()
    for column in ("e_sweref99tm", "n_sweref99tm"):
        frame[column] = frame[column].astype("float64")
    for column in ("lat_wgs84", "lon_wgs84"):
        frame[column] = frame[column].astype("float64")
    for column in frame.columns:
        if frame[column].dtype == "string":
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, crs=SWEREF), crs=SWEREF)


def _write_geojson(table: pd.DataFrame, out: Path) -> None:
    out.unlink(missing_ok=True)
    _geo(table).to_crs(WGS84).to_file(
        out,
        driver="GeoJSON",
        engine="pyogrio",
        layer_options={"RFC7946": "YES", "WRITE_NAME": "NO"},
        geometry_type="Point",
    )


def _write_gpkg(engine: Engine, table: pd.DataFrame, out: Path) -> None:
    out.unlink(missing_ok=True)
    _geo(table).to_file(out, driver="GPKG", layer=GPKG_LAYER, engine="pyogrio", geometry_type="Point")
    # A second layer: every area's polygon with the count of the incidents in the first layer, so a
    # map of the areas needs no join in QGIS. The same incidents, so it reveals nothing more.
    areas = queries.areas_frame(engine)
    counts = table.groupby("område").size() if len(table) else pd.Series(dtype=int)
    layer = gpd.GeoDataFrame(
        {
            "område": areas["name"].astype(str).to_numpy(),
            "kommun": areas["kommun"].astype(str).to_numpy(),
            "antal_handelser": [int(counts.get(name, 0)) for name in areas["name"]],
        },
        geometry=areas.geometry.to_numpy(),
        crs=areas.crs or SWEREF,
    ).to_crs(SWEREF)
    layer.to_file(out, driver="GPKG", layer=GPKG_AREA_LAYER, engine="pyogrio", geometry_type="MultiPolygon")


def _sheet(workbook: Workbook, title: str, frame: pd.DataFrame, widths: dict[str, int] | None = None) -> None:
    sheet = workbook.create_sheet(title)
    sheet.append([str(c) for c in frame.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E9EEF4")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for record in frame.itertuples(index=False):
        sheet.append(
            [
                None if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)) else v
                for v in (neutralise(x) for x in record)
            ]
        )
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula
    sheet.freeze_panes = "A2"
    for k, column in enumerate(frame.columns, start=1):
        sheet.column_dimensions[get_column_letter(k)].width = (widths or {}).get(str(column), 14)


def _about(start: dt.date, end: dt.date, k: int, sensitive: list[str], produced: dt.datetime) -> pd.DataFrame:
    lines = [
        ("Lägesbild – delad export utan personuppgifter", ""),
        ("Kommun", settings.get("kommun")),
        ("Period", f"{start.isoformat()} – {end.isoformat()}"),
        ("Framställd", produced.strftime("%Y-%m-%d %H:%M")),
        (
            "Underlag",
            "Bara granskade rapporter; en händelse som rapporterats av flera källor räknas en gång.",
        ),
        (
            "Platser",
            "Generaliserade: närmaste offentliga plats eller mitten av en ruta på "
            f"{settings.get_int('grid_m')} m, "
            "alltid inom händelsens område; känsliga kategorier och rapporter utan plats bara på "
            "områdesnivå.",
        ),
        (
            "Antal per vecka",
            "En tabell per vecka (område × kategori, med totaler). Veckor som bara delvis ligger i "
            "perioden räknar bara periodens dagar.",
        ),
        (f"<{k}", f"1–{k - 1} händelser (små tal visas inte exakt)."),
        (
            SECONDARY,
            "Undertryckt så att ett litet tal inte kan räknas fram ur totalerna; kan dölja vilket värde som "
            "helst.",
        ),
        (
            "Känsliga kategorier",
            f"{', '.join(sensitive)}: finns bara som antal i tabellen, inte i bladet Händelser, "
            "och deras små tal kan inte räknas fram ens med hjälp av listan.",
        ),
        (
            "Händelser",
            "De delade händelserna (utom känsliga kategorier), med rensad fritext. Text som börjar med "
            "=, +, - eller @ har fått en apostrof först.",
        ),
    ]
    return pd.DataFrame(lines, columns=["Om filen", ""])


def _write_xlsx(engine: Engine, table: pd.DataFrame, start: dt.date, end: dt.date, out: Path) -> None:
    k = min_count()
    taxonomy = queries.taxonomy(engine)
    areas = sorted(queries.areas_frame(engine)["name"], key=lambda n: n.lower().translate(_SWEDISH_ORDER))
    if (table["område"] == OUTSIDE).any():
        areas.append(OUTSIDE)
    first, last = week_label(start), week_label(end)
    weeks = [first]
    while weeks[-1] != last:
        weeks.append(week_label(week_range(weeks[-1])[1] + dt.timedelta(days=1)))
    shared = table.rename(columns={"vecka": "iso_week", "område": "area", "kategorikod": "category"})
    counts = weekly_tables(shared, weeks, areas, taxonomy, k)
    listed = listed_rows(table, taxonomy.sensitive_codes)
    workbook = Workbook()
    workbook.remove(workbook.active)
    produced = dt.datetime.now(dt.UTC).astimezone()
    about = _about(start, end, k, taxonomy.sensitive_labels, produced)
    _sheet(workbook, "Om filen", about, {"Om filen": 24, "": 110})
    _sheet(workbook, "Antal per vecka", counts, {"Vecka": 10, "Område": 18})
    _sheet(workbook, "Händelser", listed, {"beskrivning": 60, "plats": 28, "kategori": 26, "område": 16})
    sheet = workbook["Antal per vecka"]
    for row in sheet.iter_rows(min_row=2):
        if row[1].value == ALL_AREAS:
            for cell in row:
                cell.font = Font(bold=True)
    workbook.save(out)


# --------------------------------------------------------------------------- entry point


MAX_EXPORT_DAYS = 3700  # about ten years: one export's tables stay bounded in time and memory


def clamp_period(engine: Engine, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """A period longer than MAX_EXPORT_DAYS narrowed to the dates that hold data (``--from 1899-01-01
    --to 9999-12-31`` becomes the data's own range); still too long, it is refused with a message
    naming the limit. Shorter periods stay as asked (their weeks without data are part of the answer)."""
    if (end - start).days <= MAX_EXPORT_DAYS:
        return start, end
    first, last = queries.date_range_in_data(engine)
    if first is not None and last is not None:
        start, end = max(start, first), min(end, last)
        if end < start:  # no data in the period: an empty export of its first day
            end = start
    if (end - start).days > MAX_EXPORT_DAYS:
        raise UserInputError(
            f"Perioden {start} – {end} är för lång för en export: högst {MAX_EXPORT_DAYS} dagar (omkring "
            "tio år) med data; dela upp den i flera exporter"
        )
    return start, end


def export_shared(engine: Engine, start: dt.date, end: dt.date, fmt: str, out: Path) -> int:
    """Write the shared incidents between two dates as csv, geojson, gpkg or xlsx; returns how many.

    The number is the same for every format: the listed (non-sensitive) incidents. The xlsx tables
    also count the sensitive categories (suppressed below the threshold), but never list them; it
    once returned the table total instead, so the same export said 684 as xlsx and 674 otherwise.
    """
    if fmt not in FORMATS:
        raise UserInputError(f"Okänt format {fmt!r}: välj {', '.join(FORMATS)}")
    if end < start:
        raise UserInputError("Slutdatum ligger före startdatum")
    start, end = clamp_period(engine, start, end)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    table = shared_table(engine, start, end)
    sensitive = queries.taxonomy(engine).sensitive_codes
    listed_table = listed_rows(table, sensitive)
    listed = len(listed_table)
    if fmt != "xlsx":
        table = listed_table
    if fmt == "csv":
        _write_csv(table, out)
    elif fmt == "geojson":
        _write_geojson(table, out)
    elif fmt == "gpkg":
        _write_gpkg(engine, table, out)
    else:
        _write_xlsx(engine, table, start, end, out)
    return listed
