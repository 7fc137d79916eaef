"""Deterministic writers for the sample files (CSV, XLSX, JSON) and value formatting helpers.

A file is built as a list of `Row`s; each row remembers the incident it reports, the personal data
planted in it and whether it is malformed on purpose, so the expected_*.json files can refer to the
row number a person sees (CSV line / XLSX sheet row with header = 1, JSON list index + 1).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

FIXED_TIME = dt.datetime(2026, 11, 23, 8, 0, 0)
ZIP_TIME = (2026, 11, 23, 8, 0, 0)


@dataclass
class Row:
    values: dict[str, Any]
    incident: int | None = None
    personal: list[tuple[str, str, str]] = field(default_factory=list)  # (type, value, column)
    reject: tuple[str | None, str] | None = None  # (column, reason)
    unknown_label: str | None = None
    blank: bool = False
    sort_key: Any = None


@dataclass
class DataFile:
    path: str  # relative to sample_data/
    source: str  # kommun / polis / bostadsbolag
    kind: str  # incidents / events
    organisation: str
    week: str
    fmt: str  # csv / xlsx / json
    columns: list[str]
    rows: list[Row] = field(default_factory=list)
    encoding: str | None = None  # csv: cp1252 / utf-8-sig / utf-8
    sheet: str | None = None

    def row_number(self, index: int) -> int:
        return index + (1 if self.fmt == "json" else 2)


def write_csv(path: Path, f: DataFile) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(f.columns)
    for row in f.rows:
        if row.blank:
            writer.writerow([""] * len(f.columns))
            continue
        writer.writerow(["" if row.values.get(c) is None else str(row.values.get(c)) for c in f.columns])
    text = buf.getvalue()
    assert "\n" not in text.replace("\r\n", ""), "no line breaks inside fields: row numbers must be lines"
    path.write_bytes(text.encode(f.encoding or "utf-8"))


def _number_format(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return "yyyy-mm-dd hh:mm"
    if isinstance(value, dt.date):
        return "yyyy-mm-dd"
    if isinstance(value, dt.time):
        return "hh:mm"
    return None


def write_xlsx(path: Path, f: DataFile) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = f.sheet or "Blad1"
    ws.append(f.columns)
    for r, row in enumerate(f.rows, start=2):
        if row.blank:
            continue
        for c, column in enumerate(f.columns, start=1):
            value = row.values.get(column)
            if value is None or value == "":
                continue
            cell = ws.cell(row=r, column=c, value=value)
            fmt = _number_format(value)
            if fmt:
                cell.number_format = fmt
    for c, column in enumerate(f.columns, start=1):
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = max(10, min(60, len(column) + 8))
    wb.properties.creator = "Lägesbild sample data"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).write_data()
    # Re-pack with a fixed timestamp on every member: byte-identical output on every run.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_file(root: Path, f: DataFile) -> None:
    path = root / f.path
    path.parent.mkdir(parents=True, exist_ok=True)
    if f.fmt == "csv":
        write_csv(path, f)
    elif f.fmt == "xlsx":
        write_xlsx(path, f)
    else:
        write_json(path, [row.values for row in f.rows])


# --- value formatting --------------------------------------------------------------------------------

SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
             "oktober", "november", "december"]  # fmt: skip


def comma(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def date_text(d: dt.date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.day}/{d.month}/{d.year}"
    return f"{d.day}.{d.month}.{d.year}"


def time_text(t: dt.datetime, style: str) -> str:
    if style == "colon":
        return f"{t.hour:02d}:{t.minute:02d}"
    if style == "dot":
        return f"{t.hour:02d}.{t.minute:02d}"
    if style == "compact":
        return f"{t.hour:02d}{t.minute:02d}"
    if style == "daypart":
        hour = t.hour if t.hour >= 6 else t.hour + 24
        for word, start, end in [("morgon", 6, 9), ("förmiddag", 9, 12), ("eftermiddag", 12, 17),
                                 ("kväll", 17, 22), ("natt", 22, 30)]:  # fmt: skip
            if start <= hour < end:
                return word
    return ""


def slug(text: str) -> str:
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "/": None, ",": None, ":": None})
    return "-".join(text.lower().translate(table).split())


def polis_datetime(t: dt.datetime) -> str:
    offset = t.utcoffset() or dt.timedelta(0)
    hours = int(offset.total_seconds() // 3600)
    return f"{t:%Y-%m-%d} {t.hour}:{t:%M:%S} +{hours:02d}:00"


def polis_name(t: dt.datetime, typ: str, where: str) -> str:
    return f"{t.day:02d} {SV_MONTHS[t.month - 1]} {t:%H.%M}, {typ}, {where}"


def polis_url(created: dt.datetime, incident: dt.datetime, typ: str, where: str) -> str:
    month = SV_MONTHS[created.month - 1]
    tail = slug(f"{incident.day:02d} {SV_MONTHS[incident.month - 1]} {incident:%H.%M} {typ} {where}")
    return f"/aktuellt/handelser/{created.year}/{month}/{created.day}/{tail}/"
