"""One walk through every shared output with planted personal data (issue 14).

Weekly files in every source format (kommun CSV and XLSX, the police API's JSON, the kommunpolis
excerpt, the housing company's export, the kommun's kommande händelser) carry personal data in every
free-text column, and sensitive matters under other labels. Everything is reviewed (the worst case: a
samordnare approved it all), one event is not. Then every shared output is produced — the week PDF and
the period PDF (text extracted with pypdf), the published snapshot (HTML, CSV, GeoJSON), the CSV, GeoJSON,
GeoPackage and XLSX exports, and the läsare
pages through AppTest — and no planted item may appear, whole or in part: a first name or a surname alone,
the last four digits of a number, a street with its number. Sensitive matters appear only as counts:
never their day in a list, never their text. Organisations are named only as the kommun registered
them: an unregistered Rapportör text is never shown, not even redacted; a registered one is. SQLite and
PostGIS.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from sqlalchemy import Engine, select
from streamlit.testing.v1 import AppTest

from data_ingest.pipeline import ingest_file
from lagesbild import commands, db, reporters
from lagesbild.reference import store_reference
from lagesbild.report.export import export_shared
from lagesbild.report.period import write_period_report
from lagesbild.report.snapshot import publish_snapshot
from lagesbild.report.week import write_weekly_report
from tests.factories import reference
from tests.test_access import LOCAL

APP = str(Path(__file__).resolve().parents[1] / "dashboard" / "app.py")
WEEK = "2026-W47"
SENSITIVE_DAY = "2026-11-22"  # only sensitive matters happened that Sunday
MARKER = "Tulpanmarkör"  # in the text of every sensitive report: never in a shared output

# Whole words that must never appear (case-sensitive, word boundaries).
NAMES = [
    "Sixten", "Håkansson", "Majken", "Lindholm", "Ronja", "Blomqvist", "Lillen", "Bullen", "Tindra",
    "Sjöberg", "Hampus", "Wallin", "Berg", "Ture", "Fransson", "Zorro", "Selam", "Korhonen", "Kexet",
    "Sten", "Berglund", "Securitas",
]  # fmt: skip
# An unregistered Rapportör text (a person and a company): never shown, whole or in part.
UNREGISTERED = "Väktare Sten Berglund, Securitas"
# The kommun's reporters register (Nacka, 0182): these names are shown as written.
REGISTERED = [("Trygghetsvärdar Nacka", "kommun"), ("Fritidsgården Fisksätra", "kommun")]
# Numbers: the last four digits must not appear as a group of their own.
LAST_FOUR = ["3398", "9247", "3381", "1904", "8814", "4711"]
TEXTS = [
    "Fidravägen 37", "Skarpövägen 12", "KLM 47B", "88:14", "731904", "hakansson", "telia.com", UNREGISTERED,
    "Nacka Bostäder",
]  # fmt: skip

KOMMUN_ROWS = [
    # Datum, Tid, Område, Plats, Kategori, Beskrivning, Rapportör
    ("2026-11-17", "21:30", "Fisksätra", "utanför Fidravägen 37 hos Sixten Håkansson", "Klotter",
     "Sixten Håkansson 850412-3398 ringde från 073-581 92 47, sixten.hakansson@telia.com", "väktare Berg"),
    ("2026-11-18", "20:10", "Älta (Ronja Blomqvist)", "Älta centrum", "Skadegörelse",
     "Killen kallad Lillen krossade rutan, bil KLM 47B stod utanför.", UNREGISTERED),
    ("2026-11-19", "19:00", "Fisksätra", "Fisksätra torg", "Samling",
     '"Ture, sluta!" ropade personalen. Selam (Kexet) Korhonen syntes också.', "Fritidsledare Ture Fransson"),
    (SENSITIVE_DAY, "19:00", "Fisksätra", "Fisksätra torg", "Grov kvinnofridskränkning",
     f"{MARKER} ett, Majken Lindholm.", "Trygghetsvärdar Nacka"),
    (SENSITIVE_DAY, "20:00", "Älta", "Älta centrum", "Blottning", f"{MARKER} två.", "Trygghetsvärdar Nacka"),
    (SENSITIVE_DAY, "21:00", "Älta", "Älta centrum", "Skadegörelse",
     f"{MARKER} tre: pojken utsatt för sexuellt ofredande.", "Trygghetsvärdar Nacka"),
    (SENSITIVE_DAY, "22:00", "Fisksätra", "Fisksätra centrum", "Lysrör sönder", f"{MARKER} fyra.",
     "Trygghetsvärdar Nacka"),
]  # fmt: skip
HEADER = ["Datum", "Tid", "Område", "Plats", "Kategori", "Beskrivning", "Rapportör"]

KOMMUNPOLIS = """Händelsenr;Datum;Klockslag;Brottstyp;Plats;Område;Lat;Long
5000-K731904-26;2026-11-20;21:35;Skadegörelse;hemma hos Majken Lindholm, Skarpövägen 12;Fisksätra;;
5000-K734711-26;2026-11-22;23:10;Misshandel i nära relation;Fisksätra torg;Fisksätra;59,2945;18,2560
"""
BOSTADSBOLAG = """Ärendenr;Registrerad;Ärendetyp;Adress;Fastighet;Beskrivning;Kostnad;Bolag
88141;2026-11-18 08:12;Klotter;Fidravägen 37;Sicklaön 88:14;Hyresgäst Ronja Blomqvist (Lillen) tel 073-581 92 47.;4 500 kr;Nacka Bostäder
88142;2026-11-22 09:10;Klotter;Skarpövägen 12;Sicklaön 88:15;Tulpanmarkör fem: hedersrelaterat hot mot dottern.;;Nacka Bostäder
"""  # noqa: E501
EVENTS = """Datum;Händelse;Område;Beskrivning;Rapportör
2026-11-28;Julmarknad, kontakt Hampus Wallin;Fisksätra;Ring Hampus på 070-912 33 81;väktare Berg
2026-11-29;Grillkväll hos Tindra Sjöberg;Älta;Hemma hos Tindra;Tindra Sjöberg
2026-12-10;Luciatåg med Zorro;Fisksätra;Han kallar sig Zorro;fritidsgården  fisksätra
2026-11-27;Adventsfika;Älta;Fika i Älta centrum;Väktare Sten Berglund, Securitas
"""


def _api() -> bytes:
    event = {
        "id": 9201,
        "datetime": "2026-11-19 22:40:00 +01:00",
        "name": "19 november 22.40, Misshandel, Nacka",
        "summary": "Misshandel i Fisksätra, en man kallad Bullen greps.",
        "url": "/aktuellt/handelser/2026/november/19/misshandel-nacka/",
        "type": "Misshandel",
        "location": {"name": "Nacka", "gps": "59.294,18.256"},
    }
    return json.dumps([event]).encode("utf-8")


def _xlsx(rows: Sequence[tuple[str, ...]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _csv(rows: Sequence[tuple[str, ...]]) -> bytes:
    """Quoted as Excel writes it (a cell with a quote is quoted, the quote doubled)."""
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\n").writerows([tuple(HEADER), *rows])
    return out.getvalue().encode("utf-8")


def _load(engine: Engine) -> None:
    with engine.begin() as conn:
        store_reference(conn, reference())
    for name, source in REGISTERED:
        reporters.add_reporter(engine, "0182", name, source, False, actor="test")
    files = [
        ("nacka_est_2026-W47.csv", _csv(KOMMUN_ROWS[:4])),
        ("nacka_est_2026-W47.xlsx", _xlsx(KOMMUN_ROWS[4:])),
        ("kommunpolis_2026-W47.csv", KOMMUNPOLIS.encode("utf-8")),
        ("handelser_2026-W47.json", _api()),
        ("nackabostader_2026-W47.csv", BOSTADSBOLAG.encode("utf-8")),
        ("kommande_2026-W47.csv", EVENTS.encode("utf-8")),
    ]
    for name, content in files:
        summary = ingest_file(engine, io.BytesIO(content), name)
        assert summary.rejected == 0 and summary.accounted(), (name, summary.errors)
    with engine.connect() as conn:
        ids = list(conn.execute(select(db.incidents.c.id)).scalars())
        events = dict(conn.execute(select(db.upcoming_events.c.title, db.upcoming_events.c.id)).all())
    commands.mark_reviewed(engine, ids, None, actor="test")  # the worst case: everything approved
    commands.review_events(
        engine, [i for t, i in events.items() if not t.startswith("Grillkväll")], actor="test"
    )
    commands.save_area_status(
        engine, "Fisksätra", WEEK, "röd", "Ture Fransson 073-581 92 47 kontaktad.", actor="Ture"
    )
    commands.add_measure(
        engine, "Fisksätra", "klotter", "Samtal med Sixten Håkansson", "Ring 073-581 92 47",
        dt.date(2026, 11, 1), None, "pågående", "väktare Berg", actor="test",
    )  # fmt: skip


def _leaks(text: str) -> list[str]:
    found = [n for n in NAMES if re.search(rf"(?<![\wÅÄÖåäö]){n}(?![\wÅÄÖåäö])", text)]
    digits = re.sub(r"[ \u00a0-]", "", text)
    found += [d for d in LAST_FOUR if re.search(rf"(?<!\d){d}(?!\d)", text) or f"{d[:2]} {d[2:]}" in text]
    found += [d for d in LAST_FOUR if re.search(rf"(?<!\d){d}(?!\d)", digits)]
    found += [t for t in TEXTS if t in text]
    found += [MARKER] if MARKER in text else []
    return sorted(set(found))


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _xlsx_text(path: Path) -> str:
    book = load_workbook(path, read_only=True)
    return "\n".join(
        "\t".join("" if v is None else str(v) for v in row)
        for sheet in book
        for row in sheet.iter_rows(values_only=True)
    )


def _page_text(at: AppTest) -> str:
    parts: list[str] = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "warning",
        "info",
        "success",
        "metric",
    ):
        for element in getattr(at, kind):
            parts.append(str(getattr(element, "value", "")))
            parts.append(str(getattr(element, "label", "")))
    parts += [frame.value.to_csv() for frame in at.dataframe]
    parts += [table.value.to_csv() for table in at.table]
    # The map's HTML, without folium's element ids ("map_" + 32 random hex digits), in which a planted
    # number's last four digits turn up by chance now and then ("…e8814b…").
    parts += [_FOLIUM_ID.sub("_", str(frame.proto.srcdoc)) for frame in at.get("iframe")]
    return "\n".join(parts)


_FOLIUM_ID = re.compile(r"_[0-9a-f]{32}\b")


def test_no_planted_item_reaches_any_shared_output(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _load(engine)
    outputs: dict[str, str] = {}

    week_pdf = tmp_path / "vecka.pdf"
    write_weekly_report(engine, WEEK, week_pdf)
    outputs["vecko-PDF"] = _pdf_text(week_pdf)
    assert "Julmarknad" in outputs["vecko-PDF"]  # the reviewed event is there, redacted
    # Registered reporters are named; the unregistered ones by a neutral label naming the source.
    week_text = " ".join(outputs["vecko-PDF"].split())
    assert "Trygghetsvärdar Nacka" in week_text
    assert "Oregistrerad rapportör (bostadsbolag)" in week_text  # Nacka Bostäder is not registered
    assert "Adventsfika – Fika i Älta centrum (Oregistrerad rapportör)" in week_text  # typed as a person
    assert "Grillkväll" not in outputs["vecko-PDF"]  # the unreviewed one is not

    period_pdf = tmp_path / "tertial.pdf"
    write_period_report(engine, dt.date(2026, 9, 1), dt.date(2026, 11, 30), "Tertial 3 2026", period_pdf)
    outputs["period-PDF"] = _pdf_text(period_pdf)

    published = publish_snapshot(engine, WEEK, tmp_path / "publicerat")
    outputs["publicerad ögonblicksbild"] = "\n".join(
        p.read_text(encoding="utf-8-sig")
        for p in sorted(published.parent.rglob("*"))
        if p.suffix in {".html", ".csv", ".geojson"}
    )
    assert SENSITIVE_DAY not in outputs["publicerad ögonblicksbild"]

    start, end = dt.date(2026, 11, 16), dt.date(2026, 11, 23)
    for fmt in ("csv", "geojson", "gpkg", "xlsx"):
        out = tmp_path / f"export.{fmt}"
        export_shared(engine, start, end, fmt, out)
        if fmt in ("csv", "geojson"):
            outputs[fmt] = out.read_text(encoding="utf-8-sig")
        elif fmt == "gpkg":
            outputs[fmt] = gpd.read_file(out).to_csv()
        else:
            outputs[fmt] = _xlsx_text(out)
    for fmt in ("csv", "geojson", "gpkg"):
        assert SENSITIVE_DAY not in outputs[fmt], f"{fmt} lists a sensitive matter"
        assert "adress" not in outputs[fmt]
    listed = load_workbook(tmp_path / "export.xlsx", read_only=True)["Händelser"]
    assert not any(SENSITIVE_DAY in str(v) for row in listed.iter_rows(values_only=True) for v in row)

    monkeypatch.setenv("LAGESBILD_DB", engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("LAGESBILD_ANONYMOUS", "shared")  # an anonymous visitor is a läsare
    # An anonymous visitor sees one kommun (`anonymous_kommuner`); the walk looks at both in turn.
    for kommun in ("0182", "0480"):
        for page in ("veckans_lagesbild", "karta", "trender", "kommande_handelser"):
            at = AppTest.from_file(APP, default_timeout=180)
            at.secrets = json.loads(
                json.dumps({"lagesbild": {**LOCAL["lagesbild"], "anonymous_kommuner": kommun}})
            )
            at.run()
            if page != "veckans_lagesbild":
                at.switch_page(f"views/{page}.py").run()
            assert not at.exception, [e.value for e in at.exception]
            outputs[f"läsare {kommun}: {page}"] = _page_text(at)
    weekly = outputs["läsare 0182: veckans_lagesbild"] + outputs["läsare 0480: veckans_lagesbild"]
    assert "Granskade händelser under veckan" in weekly and SENSITIVE_DAY not in weekly
    upcoming = outputs["läsare 0182: kommande_handelser"] + outputs["läsare 0480: kommande_handelser"]
    assert "Luciatåg" in upcoming
    assert "Fritidsgården Fisksätra" in upcoming  # as registered
    assert "Grillkväll" not in upcoming

    leaks = {name: found for name, text in outputs.items() if (found := _leaks(text))}
    assert leaks == {}
