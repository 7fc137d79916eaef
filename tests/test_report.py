"""The weekly PDF: structure, counts, embedded fonts, images, size and no personal data."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from sqlalchemy import Engine, text

from lagesbild import commands, db
from lagesbild.reference import store_reference
from lagesbild.report.week import write_weekly_report
from lagesbild.weeks import TZ
from tests import factories

WEEK = "2026-W47"  # Monday 16 – Sunday 22 November 2026
AREAS = ["Brandkärr", "Fisksätra", "Älta"]
# Planted where no shared output may ever read it: raw text, unreviewed reports, sensitive descriptions.
PERSONAL = [
    "Anna Svensson", "19850101-2384", "070-123 45 67", "Brandkärrsvägen 23", "Brandkärr 4:12",
    "Sven Johansson", "ABC 123", "Kalle Karlsson", "kalle@example.se", "Storgatan 5",
]  # fmt: skip
HOSTILE = "<script>alert(1)</script> =cmd|' /C calc'!A0"


def _when(week_monday: dt.date, day: int, hour: int) -> dt.datetime:
    return dt.datetime.combine(week_monday + dt.timedelta(days=day), dt.time(hour), TZ)


@dataclass
class KnownWeek:
    """What the populated database must produce for WEEK."""

    # area -> category label -> (this week, last week, 4-week mean as printed)
    rows: dict[str, dict[str, tuple[int, int, str]]] = field(default_factory=dict)
    shared_total: int = 0  # reviewed, non-duplicate incidents in WEEK (all areas)
    sensitive_total: int = 0


def populate_known_week(engine: Engine) -> KnownWeek:
    """A small database with known counts for WEEK and the four weeks before, plus planted personal data.

    Brandkärr: klotter 3 (last week 1, weeks before 1, 1, 0 → mean 0,8), skadegörelse 2 (0, mean 0,0),
    anlagd brand 1 reported by both bostadsbolag and polis (counts once). Fisksätra: våld och hot 2
    (last week 1 → mean 0,3 … see below), klotter 1 with hostile text, sexualbrott 1 (sensitive, personal
    data in its description). Älta: nothing this week, nedskräpning 2 last week. One unreviewed report
    with personal data in Brandkärr. One organisation that reported in week 44 but not this week.
    """
    monday = dt.date(2026, 11, 16)
    weeks_back = {k: monday - dt.timedelta(weeks=k) for k in range(1, 5)}
    spec: list[dict[str, object]] = []

    def add(area: str, category: str, when: dt.datetime, **extra: object) -> None:
        spec.append(
            {"area": area, "category": category, "when": when, "offset_m": 50.0 + 40 * len(spec), **extra}
        )

    # Brandkärr
    add("Brandkärr", "klotter", _when(monday, 0, 9), description="Klotter på busskuren.")
    add("Brandkärr", "klotter", _when(monday, 1, 21), description="Klotter på gångtunneln.")
    add("Brandkärr", "klotter", _when(monday, 3, 22), description="Tags på skolans vägg.")
    add("Brandkärr", "skadegorelse", _when(monday, 2, 23), description="Glaskross i entrén.")
    add("Brandkärr", "skadegorelse", _when(monday, 4, 1), description="Trasig belysning vid lekplatsen.")
    for k in (1, 2, 3):
        add("Brandkärr", "klotter", _when(weeks_back[k], 2, 12))
    # The same car fire from two sources: one incident, two sources.
    fire = _when(monday, 5, 2)
    spec.append(
        {
            "area": "Brandkärr",
            "category": "anlagd_brand",
            "when": fire,
            "source": "bostadsbolag",
            "organisation": "Nyköpingshem",
            "offset_m": 300.0,
            "description": "Brand i soprum.",
        }
    )
    spec.append(
        {
            "area": "Brandkärr",
            "category": "anlagd_brand",
            "when": fire + dt.timedelta(minutes=20),
            "source": "polis",
            "organisation": "Polisen",
            "offset_m": 310.0,
            "description": "Bilbrand.",
        }
    )
    # Fisksätra
    add("Fisksätra", "vald_hot", _when(monday, 4, 22), description="Bråk vid stationen.")
    add("Fisksätra", "vald_hot", _when(monday, 5, 23), description="Hot mot väktare i centrum.")
    add("Fisksätra", "vald_hot", _when(weeks_back[1], 5, 23))
    add("Fisksätra", "klotter", _when(monday, 6, 14), description=HOSTILE + " " + "mycket lång text " * 60)
    add("Fisksätra", "sexualbrott", _when(monday, 3, 20), description="Kalle Karlsson, kalle@example.se",
        place="Storgatan 5")  # fmt: skip
    # Älta: nothing this week
    add("Älta", "nedskrapning", _when(weeks_back[1], 1, 10))
    add("Älta", "nedskrapning", _when(weeks_back[1], 2, 10))
    # Reported in week 44 only, by an organisation that is silent this week.
    add("Älta", "samling", _when(weeks_back[3], 4, 20), organisation="Mariebergsgården")
    # Unreviewed, with personal data in the (redacted) description itself.
    add("Brandkärr", "klotter", _when(monday, 2, 16), description="Sven Johansson i bil ABC 123 klottrade.")
    factories.populate(engine, spec)
    factories.register_reporters(engine, spec)  # the closing page names who reported and who went silent
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE incidents SET review_status = 'inkommen' WHERE description LIKE 'Sven Johansson%'")
        )
        conn.execute(
            text("UPDATE incidents SET raw_description = :d, raw_place = :p WHERE description IS NOT NULL"),
            {
                "d": "Anna Svensson 19850101-2384 ringde från 070-123 45 67",
                "p": "Brandkärrsvägen 23, Brandkärr 4:12",
            },
        )
    return KnownWeek(
        rows={
            "Brandkärr": {
                "Klotter": (3, 1, "0,8"),
                "Skadegörelse": (2, 0, "0,0"),
                "Anlagd brand": (1, 0, "0,0"),
            },
            "Fisksätra": {
                "Våld och hot": (2, 1, "0,3"),
                "Klotter": (1, 0, "0,0"),
                "Sexualbrott *": (1, 0, "0,0"),
            },
            "Älta": {"Nedskräpning": (0, 2, "0,5")},
        },
        shared_total=10,
        sensitive_total=1,
    )


def add_status_event_and_measure(engine: Engine) -> None:
    commands.save_area_status(
        engine, "Fisksätra", WEEK, "röd", "Två hot mot personal; Anna Svensson 070-123 45 67 kontaktad.",
        "Arbetsgruppen Fisksätra",
    )  # fmt: skip
    with engine.begin() as conn:
        ids: dict[str, int] = dict(conn.execute(text("SELECT name, id FROM areas")).all())
        conn.execute(
            db.upcoming_events.insert().values(
                source_key="test:advent",
                event_date=dt.date(2026, 11, 28),
                area_id=ids["Brandkärr"],
                title="Julmarknad på torget",
                description="Mycket folk kvällstid.",
                organisation="Nyköpings kommun",
                review_status="granskad",  # reviewed: only reviewed events are shared
            )
        )
        conn.execute(
            db.measures.insert().values(
                area_id=ids["Fisksätra"], category="vald_hot", title="Extra trygghetsvärdar kvällstid",
                description=None, start_date=dt.date(2026, 11, 1), end_date=None, status="pågående",
                responsible="Nacka kommun", created_at=dt.datetime.now(dt.UTC),
            )
        )  # fmt: skip


def pdf_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def _squash(value: str) -> str:
    return " ".join(value.split())


def _row_pattern(label: str, counts: tuple[int, int, str]) -> re.Pattern[str]:
    return re.compile(rf"(^|\s){re.escape(label)}\s+{counts[0]}\s+{counts[1]}\s+{re.escape(counts[2])}(\s|$)")


def _render(pdf: Path, out_dir: Path, prefix: str, last_page: int) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm saknas (Debian: poppler-utils)")
    subprocess.run(
        ["pdftoppm", "-r", "60", "-f", "1", "-l", str(last_page), "-png", str(pdf), str(out_dir / prefix)],
        check=True,
    )
    return sorted(out_dir.glob(f"{prefix}*.png"))


def test_weekly_pdf_has_the_known_counts_images_and_embedded_fonts(
    engine: Engine, tmp_path: Path, artifacts: Path
) -> None:
    known = populate_known_week(engine)
    add_status_event_and_measure(engine)
    out = tmp_path / "lagesbild.pdf"
    write_weekly_report(engine, WEEK, out)

    reader = PdfReader(out)
    assert len(reader.pages) == 1 + len(AREAS) + 1  # cover, one per area, closing
    assert out.stat().st_size < 2_000_000, out.stat().st_size
    texts = [_squash(t) for t in pdf_texts(out)]
    assert "Lägesbild" in texts[0] and "vecka 47, 2026 (16–22 november)" in texts[0].lower()
    for area in AREAS:
        assert area in texts[0]
    for page_no, area in enumerate(AREAS, start=1):
        page = texts[page_no]
        assert page.startswith(area), page[:80]
        assert "vecka 47, 2026 (16–22 november)" in page and WEEK in page
        for label, counts in known.rows[area].items():
            assert _row_pattern(label, counts).search(page), (area, label, counts, page)
        total = sum(c[0] for c in known.rows[area].values())
        assert re.search(rf"Totalt\s+{total}\s", page), page
        images = reader.pages[page_no].images
        assert len(images) >= 2  # map and trend
    # Brandkärr's fire: reported by two sources, counted once, listed with both.
    assert "Anlagd brand (bostadsbolag, polis)" in texts[1]
    # Decided status with who decided; a suggestion is marked as such.
    assert "Status: röd – beslutad" in texts[2] and "av Arbetsgruppen Fisksätra" in texts[2]
    assert "förslag (ej beslutat)" in texts[1]
    assert "Julmarknad på torget" in texts[1] and "Extra trygghetsvärdar kvällstid" in texts[2]
    # Closing page: who reported, who went silent, and the counting rule.
    closing = texts[-1]
    assert (
        "Siffrorna bygger på granskade rapporter; en händelse som rapporterats av flera källor räknas en gång"
        in closing
    )
    assert "Trygghetsvärdar" in closing and "Nyköpingshem" in closing and "Polisen" in closing
    silent = closing.split("men inte denna vecka", 1)[1]
    assert "Mariebergsgården" in silent and "2026-W44" in silent
    assert "1 väntar på granskning" in closing

    # Every font is an embedded TrueType subset (DejaVu), so å, ä and ö always render.
    fonts = set()
    for pdf_page in reader.pages:
        resources = cast(DictionaryObject, pdf_page["/Resources"].get_object())
        for ref in cast(DictionaryObject, resources["/Font"].get_object()).values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert fonts and all(name.startswith("DejaVuSans") for name in fonts), fonts

    if engine.dialect.name == "sqlite":
        for old in artifacts.glob("weekly-report-*.png"):
            old.unlink()
        shutil.copy(out, artifacts / "weekly-report.pdf")
        pngs = _render(out, artifacts, "weekly-report", last_page=2)
        assert len(pngs) == 2 and all(p.stat().st_size > 5_000 for p in pngs)


def test_no_personal_data_reaches_the_pdf(sqlite_engine: Engine, tmp_path: Path) -> None:
    known = populate_known_week(sqlite_engine)
    add_status_event_and_measure(sqlite_engine)
    out = tmp_path / "lagesbild.pdf"
    write_weekly_report(sqlite_engine, WEEK, out)
    everything = "\n".join(pdf_texts(out))
    squashed = _squash(everything)
    for value in PERSONAL:
        assert value not in everything and value not in squashed, value
    # The status comment was typed in the dashboard: redacted on the way out.
    assert "[namn]" in squashed and "[telefon]" in squashed
    # Hostile text is printed as text, cut cleanly; the page count did not grow.
    assert "<script>alert(1)</script> =cmd|' /C calc'!A0" in squashed
    assert "…" in squashed
    assert len(PdfReader(out).pages) == 5
    # The sensitive incident is counted but never listed (no description, no place).
    fisksatra = _squash(pdf_texts(out)[2])
    assert _row_pattern("Sexualbrott *", (1, 0, "0,0")).search(fisksatra)
    assert "Sexualbrott (" not in fisksatra
    assert known.sensitive_total == 1


def test_an_empty_week_gives_a_valid_pdf_that_says_so(sqlite_engine: Engine, tmp_path: Path) -> None:
    populate_known_week(sqlite_engine)
    out = tmp_path / "tom.pdf"
    write_weekly_report(sqlite_engine, "2026-W10", out)
    texts = [_squash(t) for t in pdf_texts(out)]
    assert len(texts) == 1 + len(AREAS) + 1
    assert "Inga granskade händelser denna vecka" in texts[0]
    for page in texts[1:-1]:
        assert "Inga granskade händelser denna vecka eller de fyra veckorna innan" in page
        assert "Inga händelser att lista denna vecka" in page
    assert "Ingen organisation har rapporterat denna vecka" in texts[-1]


def test_a_database_with_areas_only_and_one_without_any(tmp_path: Path, sqlite_engine: Engine) -> None:
    with sqlite_engine.begin() as conn:
        store_reference(conn, factories.reference())
    out = tmp_path / "bara-omraden.pdf"
    write_weekly_report(sqlite_engine, WEEK, out)
    assert len(PdfReader(out).pages) == 5

    from lagesbild.db import init_db, make_engine

    bare = make_engine(f"sqlite:///{tmp_path / 'tom.db'}")
    init_db(bare)
    out = tmp_path / "inga-omraden.pdf"
    write_weekly_report(bare, WEEK, out)
    texts = pdf_texts(out)
    assert len(texts) == 2 and "inga områden" in _squash(texts[0]).lower()
    bare.dispose()


def test_area_selection_keeps_the_given_order_and_rejects_unknown_areas(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    populate_known_week(sqlite_engine)
    out = tmp_path / "urval.pdf"
    write_weekly_report(sqlite_engine, WEEK, out, areas=["Älta", "Brandkärr"])
    texts = [_squash(t) for t in pdf_texts(out)]
    assert len(texts) == 4
    assert texts[1].startswith("Älta") and texts[2].startswith("Brandkärr")
    assert "Fisksätra" not in "".join(texts[1:3])
    with pytest.raises(ValueError, match="Okänt område: Atlantis"):
        write_weekly_report(sqlite_engine, WEEK, tmp_path / "x.pdf", areas=["Atlantis"])


def test_sqlite_and_postgis_give_the_same_area_pages(
    sqlite_engine: Engine, postgis_engine: Engine, tmp_path: Path
) -> None:
    pages = []
    for name, engine in (("sqlite", sqlite_engine), ("postgis", postgis_engine)):
        populate_known_week(engine)
        add_status_event_and_measure(engine)
        out = tmp_path / f"{name}.pdf"
        write_weekly_report(engine, WEEK, out)
        texts = pdf_texts(out)
        # The status line carries the decision's own timestamp (date only): equal on the same day.
        pages.append(texts[1:])
    assert pages[0] == pages[1]
