"""The tertial and annual report: structure, ranking, flagged change, measure effect, no personal data."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from pypdf import PdfReader
from sqlalchemy import Engine, func, select, text

from lagesbild import db
from lagesbild.db import init_db, make_engine
from lagesbild.geo import ReferenceData
from lagesbild.reference import load_reference, store_reference
from lagesbild.report.period import write_period_report
from lagesbild.report.period_dates import full_year, period_weeks, tertial
from lagesbild.weeks import TZ
from tests import factories

AREAS = ["Brandkärr", "Fisksätra", "Älta"]
FIRST_DAY, LAST_DAY = dt.date(2024, 1, 1), dt.date(2025, 12, 31)
# Weekly rates per area and category. Älta is largest in people and in incidents, Brandkärr smallest.
RATES = {
    "Älta": {
        "skadegorelse": 6.0,
        "klotter": 3.0,
        "nedskrapning": 3.0,
        "samling": 2.0,
        "inbrott_stold": 2.0,
        "vald_hot": 1.0,
    },
    "Fisksätra": {
        "klotter": 1.5,
        "skadegorelse": 1.5,
        "vald_hot": 1.0,
        "samling": 1.0,
        "nedskrapning": 1.0,
        "anlagd_brand": 0.5,
        "sexualbrott": 0.1,
    },
    "Brandkärr": {
        "klotter": 0.6,
        "skadegorelse": 0.6,
        "nedskrapning": 0.4,
        "samling": 0.3,
        "anlagd_brand": 0.2,
    },
}
RISE = ("Fisksätra", "klotter", dt.date(2025, 9, 1), 6.0)  # klotter in Fisksätra quadruples from tertial 3
MEASURE_START = dt.date(2025, 5, 5)  # Älta: skadegörelse falls to 40 % from here (the insats)
MEASURE_FACTOR = 0.4
EXTRA_PLACES = {
    "Brandkärr": [("Brandkärrsskolan", -450, 350), ("Mariebergsgården", 500, -300)],
    "Fisksätra": [("Fisksätra station", 450, 300), ("Fisksätra fritidsgård", -450, -350)],
    "Älta": [("Älta skola", 550, -400), ("Älta tennishall", -500, 500)],
}
SECRET_PLACE = "Brandkärrsvägen 23 förråd"  # in the gazetteer but not public: never a label
PERSONAL = [
    "Anna Svensson",
    "19850101-2384",
    "070-123 45 67",
    "Brandkärrsvägen 23",
    "Brandkärr 4:12",
    "Sven Johansson",
    "ABC 123",
    "Kalle Karlsson",
    "kalle@example.se",
    "Storgatan 5",
    "070-765 43 21",
    "Lisa Nilsson",
]
MEASURE_TITLE = "Kameror och ny belysning vid Älta centrum, kontakt Lisa Nilsson 070-765 43 21"
STENA_GAP = ("2025-W40", "2025-W41", "2025-W42")  # Stena Fastigheter sends nothing these weeks


def _reference() -> ReferenceData:
    ref = factories.reference()
    centres = ref.places.set_index("area")
    extra = []
    for area, places in EXTRA_PLACES.items():
        e, n = float(centres.loc[area, "east"]), float(centres.loc[area, "north"])
        for name, de, dn in places:
            extra.append(
                {
                    "name": name,
                    "kind": "plats",
                    "area": area,
                    "east": e + de,
                    "north": n + dn,
                    "public": True,
                    "aliases": None,
                    "kommun": centres.loc[area, "kommun"],
                }
            )
    e, n = float(centres.loc["Brandkärr", "east"]), float(centres.loc["Brandkärr", "north"])
    extra.append(
        {
            "name": SECRET_PLACE,
            "kind": "förråd",
            "area": "Brandkärr",
            "east": e + 300,
            "north": n + 300,
            "public": False,
            "aliases": None,
            "kommun": "Nyköping",
        }
    )
    places = pd.concat([ref.places, pd.DataFrame(extra)], ignore_index=True)
    return ReferenceData(areas=ref.areas, places=places, addresses=ref.addresses)


def _spec(seed: int = 7) -> tuple[list[dict[str, object]], list[tuple[float, float]]]:
    """Two years of incidents (fixed seed) and their offsets from the area centre (east, north)."""
    rng = np.random.default_rng(seed)
    spec: list[dict[str, object]] = []
    offsets: list[tuple[float, float]] = []
    hours = np.array([1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 4, 4, 5, 6, 7, 7, 6, 3], float)
    hours /= hours.sum()
    day = FIRST_DAY
    while day <= LAST_DAY:
        week_of = day.isocalendar()[1]
        for area, rates in RATES.items():
            spots = [(0.0, 0.0)] + [(float(de), float(dn)) for _, de, dn in EXTRA_PLACES[area]]
            for category, rate in rates.items():
                if (area, category) == RISE[:2] and day >= RISE[2]:
                    rate = RISE[3]
                if (area, category) == ("Älta", "skadegorelse") and day >= MEASURE_START:
                    rate *= MEASURE_FACTOR
                for _ in range(int(rng.poisson(rate / 7))):
                    when = dt.datetime.combine(
                        day, dt.time(int(rng.choice(24, p=hours)), int(rng.integers(0, 60))), TZ
                    )
                    if rng.random() < 0.6:
                        de, dn = spots[int(rng.integers(0, len(spots)))]
                        offset = (de + rng.normal(0, 90), dn + rng.normal(0, 90))
                    else:
                        offset = (float(rng.uniform(-950, 950)), float(rng.uniform(-950, 950)))
                    draw = rng.random()
                    source, organisation = (
                        ("polis", "Polisen") if draw < 0.25 else
                        ("bostadsbolag", "Stena Fastigheter") if draw < 0.55 and area != "Brandkärr" else
                        ("kommun", "Trygghetsvärdar")
                    )  # fmt: skip
                    if (
                        organisation == "Stena Fastigheter"
                        and f"{day.isocalendar()[0]}-W{week_of:02d}" in STENA_GAP
                    ):
                        source, organisation = "kommun", "Trygghetsvärdar"
                    description = "Klotter på väggen."
                    if category == "sexualbrott":
                        description = "Kalle Karlsson, kalle@example.se"
                    spec.append(
                        {
                            "area": area,
                            "category": category,
                            "when": when,
                            "source": source,
                            "organisation": organisation,
                            "description": description,
                            "place": "Storgatan 5" if category == "sexualbrott" else "vid centrum",
                        }
                    )
                    offsets.append(
                        (float(np.clip(offset[0], -990, 990)), float(np.clip(offset[1], -990, 990)))
                    )
        day += dt.timedelta(days=1)
    return spec, offsets


def _incident_frame(
    spec: list[dict[str, object]], offsets: list[tuple[float, float]], ref: ReferenceData
) -> pd.DataFrame:
    """Normalised incident rows (the columns of `factories.incident_rows`), built column-wise for speed."""
    centres = ref.places.set_index("name")
    when = pd.DatetimeIndex([pd.Timestamp(str(item["when"])).tz_convert(TZ) for item in spec])
    iso = when.isocalendar()
    area = [str(item["area"]) for item in spec]
    source = [str(item["source"]) for item in spec]
    category = [str(item["category"]) for item in spec]
    return pd.DataFrame(
        {
            "row": np.arange(2, len(spec) + 2),
            "source": source,
            "organisation": [item["organisation"] for item in spec],
            "source_key": [f"test:{k}:{src}" for k, src in enumerate(source)],
            "content_hash": [f"h{k}" for k in range(len(spec))],
            "occurred_at": when,
            "occurred_date": [t.date() for t in when],
            "iso_week": [f"{y}-W{w:02d}" for y, w in zip(iso["year"], iso["week"], strict=True)],
            "weekday": when.day_of_week + 1,
            "hour": when.hour,
            "time_precision": "exact",
            "area": area,
            "kommun_code": [factories.KOMMUN[a][1] for a in area],
            "category": category,
            "source_category": category,
            "description": [item["description"] for item in spec],
            "place": [item["place"] for item in spec],
            "east": [
                float(centres.loc[f"{a} centrum", "east"]) + o[0] for a, o in zip(area, offsets, strict=True)
            ],
            "north": [
                float(centres.loc[f"{a} centrum", "north"]) + o[1] for a, o in zip(area, offsets, strict=True)
            ],
            "location_precision": "exact",
            "cost_sek": None,
            "raw_description": None,
            "raw_place": None,
        }
    )


def populate_known_year(engine: Engine) -> None:
    """Two years (2024–2025) in three areas with a planted rise, an insats with a planted effect,
    decided statuses, a reporter's gap and personal data where no shared output may read it."""
    ref = _reference()
    with engine.begin() as conn:
        store_reference(conn, ref)
        area_ids = load_reference(conn).area_ids
    spec, offsets = _spec()
    # Unreviewed reports with personal data in the (redacted) description: never counted, never shown.
    for k in range(6):
        spec.append(
            {
                "area": "Brandkärr",
                "category": "klotter",
                "source": "kommun",
                "organisation": "Trygghetsvärdar",
                "when": dt.datetime(2025, 10, 6 + k, 18, tzinfo=TZ),
                "description": "Sven Johansson i bil ABC 123 klottrade.",
                "place": "vid centrum",
            }
        )
        offsets.append((-200.0 + 10 * k, 150.0))
    factories.store_frame(engine, _incident_frame(spec, offsets, ref), area_ids)
    factories.register_reporters(engine, spec)  # the completeness table names them
    with engine.begin() as conn:
        conn.execute(text("UPDATE incidents SET review_status = 'granskad'"))
        conn.execute(
            text("UPDATE incidents SET review_status = 'inkommen' WHERE description LIKE 'Sven Johansson%'")
        )
        conn.execute(
            text("UPDATE incidents SET raw_description = :d, raw_place = :p"),
            {
                "d": "Anna Svensson 19850101-2384 ringde från 070-123 45 67",
                "p": "Brandkärrsvägen 23, Brandkärr 4:12",
            },
        )
        ids: dict[str, int] = {
            str(name): int(k) for name, k in conn.execute(text("SELECT name, id FROM areas")).all()
        }
        measures = [
            ("Älta", "skadegorelse", MEASURE_TITLE, MEASURE_START, None, "pågående", "Nacka kommun",
             "Uppföljning med Kalle Karlsson: färre anmälningar om skadegörelse."),
            ("Fisksätra", None, "Trygghetsvandring med boende", dt.date(2025, 10, 1), dt.date(2025, 10, 31),
             "slutförd", None, None),
            ("Brandkärr", "klotter", "Snabb sanering av klotter", dt.date(2025, 1, 13), dt.date(2025, 3, 31),
             "slutförd", "Nyköpingshem", None),
        ]  # fmt: skip
        for area, category, title, start, end, status, responsible, follow_up in measures:
            conn.execute(
                db.measures.insert().values(
                    area_id=ids[area],
                    category=category,
                    title=title,
                    description="Ring Anna Svensson 070-123 45 67",
                    start_date=start,
                    end_date=end,
                    status=status,
                    responsible=responsible,
                    follow_up=follow_up,
                    created_at=dt.datetime.now(dt.UTC),
                )
            )
        decisions = [("Fisksätra", f"2025-W{w}", "röd") for w in (37, 38, 39, 40)]
        decisions += [
            ("Fisksätra", "2025-W41", "gul"),
            ("Älta", "2025-W45", "gul"),
            ("Älta", "2025-W12", "röd"),
        ]
        decisions += [("Älta", "2025-W37", "gul"), ("Brandkärr", "2024-W40", "röd")]
        for k, (area, week, status) in enumerate(decisions):
            conn.execute(
                db.area_status.insert().values(
                    area_id=ids[area],
                    iso_week=week,
                    status=status,
                    comment="Anna Svensson 070-123 45 67 ringde",
                    decided_by="Arbetsgruppen",
                    decided_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=k),
                )
            )
        # Älta W37 was changed later: red is the decision in force.
        conn.execute(
            db.area_status.insert().values(
                area_id=ids["Älta"], iso_week="2025-W37", status="röd", comment=None, decided_by=None,
                decided_at=dt.datetime(2025, 9, 20, tzinfo=dt.UTC),
            )
        )  # fmt: skip


# --------------------------------------------------------------------------- helpers

T3 = tertial("2025-T3")
YEAR = full_year(2025)


def pdf_texts(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def reviewed_totals(engine: Engine, start: dt.date, end: dt.date) -> dict[str, int]:
    """Reviewed incidents counted once, per area, straight from the table (independent of the report)."""
    i, a = db.incidents, db.areas
    query = (
        select(a.c.name, func.count())
        .select_from(i.join(a, i.c.area_id == a.c.id))
        .where(
            i.c.review_status == "granskad", i.c.duplicate_of.is_(None), i.c.occurred_date.between(start, end)
        )
        .group_by(a.c.name)
    )
    with engine.connect() as conn:
        return {str(name): int(n) for name, n in conn.execute(query).all()}


def rate(total: int, area: str) -> str:
    value = round(1000 * total / factories.KOMMUN[area][2] + 1e-9, 1)
    return f"{value:.1f}".replace(".", ",")


def assert_fonts_embedded(reader: PdfReader) -> None:
    fonts = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert fonts and all(name.startswith("DejaVuSans") for name in fonts), fonts


@pytest.fixture(scope="module")
def year_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('period') / 'lagesbild.db'}")
    init_db(engine)
    populate_known_year(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def reports(year_engine: Engine, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The tertial 3 and the annual report of 2025, written once (their speed is `make bench`'s job)."""
    folder = tmp_path_factory.mktemp("reports")
    out = {}
    for name, (start, end, title) in (("t3", T3), ("year", YEAR)):
        path = folder / f"{name}.pdf"
        write_period_report(year_engine, start, end, title, path)
        out[name] = path
    return out


# --------------------------------------------------------------------------- tests


def test_periods_and_their_weeks() -> None:
    assert tertial("2025-T1")[:2] == (dt.date(2025, 1, 1), dt.date(2025, 4, 30))
    assert tertial("2024t2") == (dt.date(2024, 5, 1), dt.date(2024, 8, 31), "Tertial 2 2024")
    assert T3 == (dt.date(2025, 9, 1), dt.date(2025, 12, 31), "Tertial 3 2025")
    assert YEAR == (dt.date(2025, 1, 1), dt.date(2025, 12, 31), "Helår 2025")
    with pytest.raises(ValueError, match="Ogiltig period '2025-T4'"):
        tertial("2025-T4")
    # A week belongs to the tertial (and year) that holds its Thursday: 2026-W01 starts on 29 December.
    weeks = period_weeks(*T3[:2])
    assert weeks[0] == "2025-W36" and weeks[-1] == "2025-W52" and len(weeks) == 17
    assert len(period_weeks(*full_year(2026)[:2])) == 53


def test_tertial_report_ranks_the_areas_and_shows_the_planted_rise_and_effect(
    year_engine: Engine, reports: dict[str, Path], artifacts: Path
) -> None:
    path = reports["t3"]
    reader = PdfReader(path)
    texts = pdf_texts(path)
    # Cover, summary, two pages per area, insatser, data quality and method.
    assert len(texts) == 1 + 1 + 2 * len(AREAS) + 1 + 1
    assert path.stat().st_size < 2_000_000, path.stat().st_size
    totals = reviewed_totals(year_engine, *T3[:2])

    cover = texts[0]
    assert "Lägesbild – uppföljning" in cover and "Tertial 3 2025" in cover
    assert "1 september – 31 december 2025" in cover and "2025-W36 – 2025-W52" in cover
    assert all(area in cover for area in AREAS)
    assert f"{sum(totals.values())} händelser ur granskade rapporter ingår" in cover
    assert "räknas en gång" in cover and "6 rapporter från perioden väntar på granskning" in cover
    assert "rutor på 250 × 250 m" in cover and "Känsliga kategorier (Sexualbrott, Ofredande" in cover
    assert "Fisksätra: utveckling per kategori, platser och tider 3" in cover
    assert "Insatser och uppföljning 9" in cover and "Datakvalitet och metod 10" in cover

    # Summary: most need first (per 1,000 inhabitants); decided red/yellow weeks, the newest decision counts.
    summary = texts[1]
    order = ["Fisksätra", "Älta", "Brandkärr"]
    positions = []
    for rank, (area, red_yellow) in enumerate(zip(order, ["4 1", "1 1", "0 0"], strict=True), start=1):
        row = re.search(
            rf"{rank} {area} {totals[area]} {rate(totals[area], area)} \S+ \S+ .*?{red_yellow} "
            rf"{1 + 2 * rank}",
            summary,
        )
        assert row, (area, summary)
        positions.append(row.start())
    assert positions == sorted(positions)
    assert "Fisksätra: " in summary and "ökning" in summary

    # Fisksätra: the planted rise of klotter, against last year and week by week.
    trends = texts[2]
    assert trends.startswith("Fisksätra") and "Tertial 3 2025" in trends
    assert re.search(r"Klotter \d+ \d+ \+\d+ % ökning ▲", trends), trends
    assert "Klotter, ökning (veck" in trends and "Klotter i Fisksätra:" in trends
    assert (
        f"{totals['Fisksätra']} händelser · {rate(totals['Fisksätra'], 'Fisksätra')} per 1 000 invånare"
        in trends
    )
    assert "4 veckor röd, 1 gul" in trends
    # Places: generalised, named after public places only; sensitive categories never at place level.
    places = texts[3]
    assert "Fisksätra – platser och tider" in places and "nära Fisksätra" in places
    assert "Känsliga kategorier visas inte på kartan" in places
    # The places table: its headings, and the planted cluster's place with its hotspot level.
    assert "Plats Antal Andel Hotspot" in places and re.search(r"\d+ % (99|95) %", places), places
    assert "Flest:" in places and "klockslag" in places
    assert texts[4].startswith("Älta") and texts[6].startswith("Brandkärr")

    # The insats in Älta: the planted drop, its interval and the caveat; insatser without a verdict say why.
    measures = texts[8]
    assert "Skadegörelse i Älta minskade med cirka" in measures
    assert "Skillnaden är statistiskt säker" in measures and "Effekt: −" in measures
    assert "Jämförelsen visar samvariation, inte orsak" in measures
    assert "Insatsen har ingen kategori" in measures
    assert "Snabb sanering av klotter" not in measures  # ended in March: not active in tertial 3
    closing = texts[9]
    assert re.search(r"Stena Fastigheter bostadsbolag 14 av 17 40–42", closing), closing
    assert "3 av 17 veckor var ofullständiga" in closing

    # Images: ranking chart; month and category charts; map and time pattern; the measure's chart.
    assert len(reader.pages[1].images) >= 1
    for page in range(2, 8):
        assert len(reader.pages[page].images) >= 2, page
    assert len(reader.pages[8].images) >= 1
    assert_fonts_embedded(reader)

    for old in artifacts.glob("period-report-*.png"):
        old.unlink()
    shutil.copy(path, artifacts / "period-report.pdf")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm saknas (Debian: poppler-utils)")
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(artifacts / "period-report")], check=True)
    pngs = sorted(artifacts.glob("period-report-*.png"))
    assert len(pngs) == len(texts) and all(p.stat().st_size > 5_000 for p in pngs)


def test_annual_report_ranks_differently_and_follows_up_every_insats(
    year_engine: Engine, reports: dict[str, Path]
) -> None:
    path = reports["year"]
    texts = pdf_texts(path)
    assert len(texts) == 10 and path.stat().st_size < 2_000_000
    assert "Helår 2025" in texts[0] and "1 januari – 31 december 2025" in texts[0]
    totals = reviewed_totals(year_engine, *YEAR[:2])
    summary = texts[1]
    ranked = [summary.index(f"{rank} {area} {totals[area]} ") for rank, area in
              enumerate(["Älta", "Fisksätra", "Brandkärr"], start=1)]  # fmt: skip
    assert ranked == sorted(ranked)
    assert texts[2].startswith("Älta") and texts[4].startswith("Fisksätra")
    measures = texts[8]
    # Brandkärr's short klotter insats (January–March): followed up, but no verdict either way.
    assert "Snabb sanering av klotter" in measures and "Klotter i Brandkärr förändrades med" in measures
    assert "Skillnaden är inte statistiskt säker" in measures
    assert "Skadegörelse i Älta minskade med cirka" in measures


def test_no_personal_data_reaches_the_period_reports(reports: dict[str, Path]) -> None:
    for path in reports.values():
        everything = " ".join(pdf_texts(path))
        for value in [*PERSONAL, SECRET_PLACE, "Storgatan"]:
            assert value not in everything, (path.name, value)
        # The insats title typed in the dashboard is redacted on the way out, the rest of it kept.
        assert "Kameror och ny belysning vid Älta centrum, kontakt [namn] [telefon]" in everything
        assert "Uppföljning med [namn]: färre anmälningar" in everything
        # The sensitive category is counted, at area level only.
        assert "Sexualbrott *" in everything


def test_an_empty_period_and_an_empty_database_give_valid_pdfs(year_engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "tom.pdf"
    write_period_report(year_engine, *tertial("2023-T1")[:2], "Tertial 1 2023", out)
    texts = pdf_texts(out)
    assert len(texts) == 10
    assert "0 händelser ur granskade rapporter ingår" in texts[0]
    assert "Det finns inga uppgifter för samma period i fjol" in texts[0]
    assert "Inga granskade händelser under perioden" in texts[1]
    assert "Inga veckor med ovanligt många eller få händelser" in texts[2]
    assert "Inga händelser med plats under perioden" in texts[3]
    assert "Inga insatser var aktiva under perioden" in texts[8]
    assert "Ingen organisation har rapporterat regelbundet" in texts[9]

    bare = make_engine(f"sqlite:///{tmp_path / 'inga-omraden.db'}")
    init_db(bare)
    write_period_report(bare, *full_year(2025)[:2], "Helår 2025", tmp_path / "inga.pdf")
    texts = pdf_texts(tmp_path / "inga.pdf")
    assert len(texts) == 4 and "inga områden i databasen" in texts[0]
    bare.dispose()


def test_chosen_areas_only_but_every_other_area_for_comparison(year_engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "urval.pdf"
    start, end, title = tertial("2025-T1")
    write_period_report(year_engine, start, end, title, out, areas=["Brandkärr", "Älta"])
    texts = pdf_texts(out)
    assert len(texts) == 1 + 1 + 4 + 1 + 1
    assert "Fisksätra" not in texts[0] + texts[1] + "".join(texts[2:6])
    assert "Snabb sanering av klotter" in texts[6] and "Jämförelseområdena (Fisksätra, Älta)" in texts[6]
    with pytest.raises(ValueError, match="Okänt område: Atlantis"):
        write_period_report(year_engine, start, end, title, tmp_path / "x.pdf", areas=["Atlantis"])


def test_sqlite_and_postgis_give_the_same_text(
    engine: Engine, reports: dict[str, Path], tmp_path: Path
) -> None:
    populate_known_year(engine)
    out = tmp_path / f"{engine.dialect.name}.pdf"
    write_period_report(engine, *T3[:2], T3[2], out)
    produced = re.compile(r"Framställd \d+ \w+ \d{4} kl\. \d\d\.\d\d")
    mine = [produced.sub("", t) for t in pdf_texts(out)]
    reference = [produced.sub("", t) for t in pdf_texts(reports["t3"])]
    assert mine == reference
