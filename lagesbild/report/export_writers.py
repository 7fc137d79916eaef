"""The export files: CSV (Swedish Excel), GeoJSON (WGS84), GeoPackage (SWEREF 99 TM, incidents and
areas) and XLSX (about, weekly tables, incident list)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from shapely.geometry import Point
from sqlalchemy import Engine

from lagesbild import queries, settings
from lagesbild.geo import SWEREF, WGS84
from lagesbild.privacy.shared import min_count
from lagesbild.report.shared_list import listed_rows, neutralise, neutralised
from lagesbild.report.suppression import ALL_AREAS, SECONDARY, weekly_tables
from lagesbild.weeks import week_label, week_range

GPKG_LAYER = "lagesbild_handelser"
GPKG_AREA_LAYER = "lagesbild_omraden"  # the areas with the number of listed incidents in each
OUTSIDE = "(utanför områdena)"


_SWEDISH_ORDER = str.maketrans("åäö", "{|}")  # å, ä, ö sort after z, in that order


def write_csv(table: pd.DataFrame, out: Path) -> None:
    """The CSV for Swedish Excel: semicolons, decimal commas, UTF-8 with a BOM, text cells neutralised."""
    neutralised(table).to_csv(
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


def write_geojson(table: pd.DataFrame, out: Path) -> None:
    """The GeoJSON (RFC 7946, WGS84) of the incidents, replacing any file at `out`."""
    out.unlink(missing_ok=True)
    _geo(table).to_crs(WGS84).to_file(
        out,
        driver="GeoJSON",
        engine="pyogrio",
        layer_options={"RFC7946": "YES", "WRITE_NAME": "NO"},
        geometry_type="Point",
    )


def write_gpkg(engine: Engine, table: pd.DataFrame, out: Path) -> None:
    """The GeoPackage (SWEREF 99 TM): the incidents and the areas with their counts, replacing `out`."""
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


def write_xlsx(engine: Engine, table: pd.DataFrame, start: dt.date, end: dt.date, out: Path) -> None:
    """The XLSX workbook: about, the weekly tables and the incident list."""
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
