"""The weekly PDF tells the truth, checked on its extracted text: no flag for 0 against 1.0, a clear
flag for 8 against 1.0, no green for a week without reports, a warning on the cover of an incomplete
week and the coloured status chips with their text. Screenshots go to test-artifacts/."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine

from lagesbild.report.week import write_weekly_report
from lagesbild.weeks import TZ
from tests import factories

WEEK = "2026-W47"  # Monday 16 – Sunday 22 November 2026
MONDAY = dt.date(2026, 11, 16)
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def when(weeks_back: int, day: int = 2, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(MONDAY - dt.timedelta(weeks=weeks_back, days=-day), dt.time(hour), TZ)


def controlled(klotter_this_week: int, *, second_reporter_this_week: bool = True) -> list[dict[str, object]]:
    """Brandkärr: 1 klotter a week for 12 weeks, then `klotter_this_week`; two weekly reporters
    (Trygghetsvärdar for klotter, Nacka Energi for a steady nedskräpning in Fisksätra)."""
    spec: list[dict[str, object]] = []
    for back in range(12, 0, -1):
        spec.append({"area": "Brandkärr", "category": "klotter", "when": when(back)})
        spec.append(
            {
                "area": "Fisksätra",
                "category": "nedskrapning",
                "when": when(back, 3),
                "organisation": "Nacka Energi",
            }
        )
    for k in range(klotter_this_week):
        spec.append({"area": "Brandkärr", "category": "klotter", "when": when(0, k % 7, 8 + k)})
    # The week is reported by the klotter reporter even with 0 klotter (another category elsewhere).
    spec.append({"area": "Älta", "category": "samling", "when": when(0, 4)})
    if second_reporter_this_week:
        spec.append(
            {
                "area": "Fisksätra",
                "category": "nedskrapning",
                "when": when(0, 3),
                "organisation": "Nacka Energi",
            }
        )
    return spec  # fmt: skip


def texts(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def screenshot(pdf: Path, prefix: str) -> None:
    if shutil.which("pdftoppm") is None:
        return
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(ARTIFACTS / prefix)], check=True)


def area_page(pages: list[str], name: str) -> str:
    return next(p for p in pages[1:] if p.startswith(name))


def test_zero_against_one_is_not_flagged(engine: Engine, tmp_path: Path) -> None:
    factories.populate(engine, controlled(0))
    out = tmp_path / "noll.pdf"
    write_weekly_report(engine, WEEK, out)
    pages = texts(out)
    brandkarr = area_page(pages, "Brandkärr")
    assert re.search(r"Klotter 0 1 1,0 Totalt", brandkarr), brandkarr
    assert "Nyköpings kommun" in brandkarr
    assert "minskning" not in brandkarr and "ökning ▲" not in brandkarr
    assert "Ofullständig vecka" not in pages[0]
    assert re.search(r"Brandkärr grön \(förslag\) 0 1 1", pages[0]), pages[0]
    screenshot(out, f"pdf-noll-mot-ett-{engine.dialect.name}")


def test_eight_against_one_is_a_clear_flag_in_plain_swedish(engine: Engine, tmp_path: Path) -> None:
    factories.populate(engine, controlled(8))
    out = tmp_path / "atta.pdf"
    write_weekly_report(engine, WEEK, out)
    pages = texts(out)
    brandkarr = area_page(pages, "Brandkärr")
    assert re.search(r"Klotter 8 1 1,0 ökning ▲", brandkarr), brandkarr
    # 8 against 1.0 a week: the total alone happens about 1 week in 2 500, under 1 in 1 000 → röd
    assert re.search(r"Brandkärr röd \(förslag\) 8 1 1", pages[0]), pages[0]
    assert "ovanligt många: Klotter" in brandkarr
    assert "så här många eller fler händer ungefär 1 vecka av 2 500 med samma nivå" in brandkarr
    screenshot(out, f"pdf-atta-mot-ett-{engine.dialect.name}")


def test_an_incomplete_week_is_marked_on_the_cover_and_never_green(engine: Engine, tmp_path: Path) -> None:
    factories.populate(engine, controlled(1, second_reporter_this_week=False))
    factories.register_reporters(engine, controlled(1))  # the missing reporter is named: registered
    out = tmp_path / "ofullstandig.pdf"
    write_weekly_report(engine, WEEK, out)
    cover = texts(out)[0]
    assert "Ofullständig vecka" in cover
    assert "rapport saknas från Nacka Energi (1 av 2 ordinarie rapportörer har rapporterat)" in cover
    assert not re.search(r"(Brandkärr|Fisksätra|Älta) grön", cover), cover
    assert re.search(r"Fisksätra otillräckligt underlag \(förslag\)", cover), cover
    screenshot(out, f"pdf-ofullstandig-vecka-{engine.dialect.name}")


def test_a_week_without_reports_says_so_and_has_no_green(engine: Engine, tmp_path: Path) -> None:
    factories.populate(engine, controlled(1))
    out = tmp_path / "tom.pdf"
    write_weekly_report(engine, "2026-W10", out)
    pages = texts(out)
    assert "Inga rapporter för veckan" in pages[0]
    assert "Inga rapporter har kommit in för vecka 10" in pages[0]
    assert not re.search(r"(Brandkärr|Fisksätra|Älta) grön", " ".join(pages))
    assert len(re.findall(r"otillräckligt underlag \(förslag\)", pages[0])) == 3
    screenshot(out, f"pdf-vecka-utan-rapporter-{engine.dialect.name}")


def test_a_year_with_data_from_week_16_says_so_and_gives_no_rates(engine: Engine, tmp_path: Path) -> None:
    from lagesbild.report.period import write_period_report
    from lagesbild.report.period_dates import full_year

    monday = dt.date(2025, 4, 14)  # week 16, 2025
    spec: list[dict[str, object]] = [
        {
            "area": area,
            "category": "klotter",
            "when": dt.datetime.combine(monday + dt.timedelta(weeks=k, days=1), dt.time(12), TZ),
        }
        for k in range(20)
        for area in ("Brandkärr", "Älta")
    ]
    factories.populate(engine, spec)
    start, end, title = full_year(2025)
    out = tmp_path / "helar.pdf"
    write_period_report(engine, start, end, title, out)
    pages = texts(out)
    assert "Obs: data från v. 16, 2025" in pages[0]
    assert (
        "Uppgifterna börjar vecka 16 (14 april 2025): perioden gäller bara veckorna från och med vecka 16"
        in pages[0]
    )
    brandkarr = next(p for p in pages if "20 händelser · per 1 000 invånare visas inte" in p)
    assert "Brandkärr" in brandkarr
    screenshot(out, f"pdf-helar-fran-v16-{engine.dialect.name}")


def test_the_published_snapshot_marks_an_incomplete_week(engine: Engine, tmp_path: Path) -> None:
    from lagesbild.report.snapshot import publish_snapshot

    factories.populate(engine, controlled(1, second_reporter_this_week=False))
    factories.register_reporters(engine, controlled(1))  # the missing reporter is named: registered
    page = publish_snapshot(engine, WEEK, tmp_path / "publicerat")
    html = (page if page.is_file() else page / "index.html").read_text(encoding="utf-8")
    assert "Ofullständigt underlag: rapport saknas från Nacka Energi" in html or (
        "Ofullständig vecka: rapport saknas från Nacka Energi" in html
    )
    assert "Inget område får status grön på det underlaget." in html
    assert ">grön" not in html and ">otillräckligt underlag (förslag)<" in html


def test_the_cli_says_when_a_week_has_no_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from lagesbild.cli import main
    from lagesbild.db import init_db, make_engine

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    engine = make_engine(url)
    init_db(engine)
    factories.populate(engine, controlled(1))
    engine.dispose()
    out = tmp_path / "tom.pdf"
    assert main(["report", "--db", url, "--week", "2026-W10", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Observera: Inga rapporter har kommit in för vecka 10." in printed
    assert main(["report", "--db", url, "--week", WEEK, "--out", str(out)]) == 0
    assert "Observera" not in capsys.readouterr().out


def test_a_period_made_before_it_ends_states_how_far_it_reaches(engine: Engine, tmp_path: Path) -> None:
    from lagesbild.report.period import write_period_report
    from lagesbild.report.period_dates import tertial

    factories.populate(engine, controlled(1))  # weeks 35–47 of 2026, the last report on Friday 20 November
    start, end, title = tertial("2026-T3")  # September – December 2026
    out = tmp_path / "tertial.pdf"
    write_period_report(engine, start, end, title, out)
    cover = texts(out)[0]
    assert "1 september – 31 december 2026" in cover, cover
    assert (
        "Uppgifterna når till och med 20 november 2026: siffrorna gäller perioden hittills, jämförelsen "
        "med i fjol samma dagar och veckokontrollerna bara hela veckor." in cover
    ), cover
    assert "Obs: data från" not in cover  # the data begin before the period
    screenshot(out, f"pdf-tertial-hittills-{engine.dialect.name}")
