"""The dashboard in a real browser: `streamlit run` against a populated SQLite database, driven by
Debian's chromium through Playwright. Every page renders, the map draws its areas inside the
component iframe, and the browser fetches nothing from any host but the app itself."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from lagesbild import commands
from lagesbild.db import init_db, make_engine
from tests.browser_support import CHROMIUM_ARGS, ROOT, serve_dashboard
from tests.factories import populate, weekly_spec

pytestmark = pytest.mark.browser

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
# url path, heading, what must be visible once the page has rendered. The first visit to the fresh
# server is a deep link on purpose: it must still run through the app's navigation.
PAGES = [
    ("karta", "Karta", "händelser med plats"),
    ("", "Veckans lägesbild", "Föreslagen status:"),  # with colon: not the hidden table heading
    ("trender", "Trender", "CompStat"),
    ("importera", "Importera", "Senaste inläsningarna"),
    ("granskning", "Granskning", "rapporter väntar"),
    ("kommande_handelser", "Kommande händelser", "Lägg till en händelse"),
    ("insatser", "Insatser", "Uppföljning"),
    ("rapportera", "Rapportera", "Skicka rapport"),
    ("presentationslage", "Presentationsläge", "Nästa område"),
    ("logg", "Logg", "Granskningsloggen"),
    ("installningar", "Inställningar", "kommun"),  # a new database: "Ingen kommun är upplagd"
]
WIDTH, HEIGHT = 1440, 900  # what a laptop shows: one screenshot per page at this size
XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>"


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("browser") / "lagesbild.db"
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    init_db(engine)
    spec = weekly_spec(weeks=60)
    spec.append(
        {
            "area": "Älta",
            "category": "klotter",
            "when": dt.datetime(2026, 11, 18, 19, tzinfo=dt.UTC),
            "description": XSS,
            "source": "bostadsbolag",
            "cost_sek": 4500.0,
            "offset_m": 5.0,
        }
    )
    # A regular reporter that skipped one week (Trender marks it as incomplete).
    for w in range(60):
        day = dt.date(2026, 11, 18) - dt.timedelta(weeks=w)
        if day.isocalendar()[1] != 44:
            spec.append(
                {
                    "area": "Fisksätra",
                    "category": "nedskrapning",
                    "organisation": "Stena Fastigheter",
                    "source": "bostadsbolag",
                    "when": dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.UTC),
                    "offset_m": -600.0,
                }
            )
    populate(engine, spec)
    commands.add_measure(
        engine,
        "Älta",
        "klotter",
        "Snabbsanering av klotter",
        None,
        dt.date(2026, 9, 7),
        None,
        "pågående",
        "Nacka kommun",
        actor="test",
    )
    commands.add_upcoming_event(
        engine, dt.date(2026, 11, 28), "Fisksätra", "Match i Fisksätrahallen", None, None, actor="test"
    )
    from sqlalchemy import text

    with engine.begin() as conn:  # a few reports still wait for granskning
        conn.execute(
            text("UPDATE incidents SET review_status = 'inkommen' WHERE iso_week = '2026-W47' AND id % 4 = 0")
        )
    engine.dispose()
    return url


@pytest.fixture(scope="module")
def server(database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve_dashboard(database, ROOT, tmp_path_factory.mktemp("streamlit") / "server.log")


UPLOAD = (
    "Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör\n"
    "2026-11-18;21:30;Älta;Älta centrum;Klotter;Nytt klotter på muren.;Trygghetsvärdar Nacka\n"
    "18/11/2026;kväll;Fisksätra;Fisksätra centrum;Skadegörelse;Glaskross vid entrén.;Väktare\n"
    "31/13/2026;10:00;Älta;Älta centrum;Klotter;Fel datum.;Väktare\n"
)


def _upload_and_commit(page: Any, expect: Any) -> None:
    """Upload a kommun CSV through the file uploader, check the preview, press Läs in."""
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": "est_vecka47.csv", "mimeType": "text/csv", "buffer": UPLOAD.encode("utf-8")}]
    )
    expect(page.get_by_text("Rader:").first).to_be_visible(timeout=60_000)
    expect(page.get_by_text("Rader med fel").first).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Läs in").click()
    expect(page.get_by_text("est_vecka47.csv: 3 rader").first).to_be_visible(timeout=60_000)


def _report_without_category(page: Any, expect: Any) -> None:
    """Pin a place on the self-hosted map, send a report without a category: the reason is shown."""
    page.get_by_text("Markera platsen med koordinater (valfritt)").click()
    page.get_by_label("Latitud (WGS84)").fill("59.29350")
    page.get_by_label("Latitud (WGS84)").press("Tab")
    page.get_by_label("Longitud (WGS84)").fill("18.25750")
    page.get_by_label("Longitud (WGS84)").press("Tab")
    frame = page.frame_locator('iframe[title="Karta över områden och händelser"]')
    expect(frame.locator("path.leaflet-interactive:visible").first).to_be_visible(timeout=60_000)
    expect(frame.get_by_text("Fisksätra", exact=True).first).to_be_visible()  # opens on the pin's area
    page.get_by_label("Beskrivning").fill("Trasig belysning i gångtunneln.")
    page.get_by_role("button", name="Skicka rapport").click()
    expect(page.get_by_text("Rapporten kunde inte tas emot").first).to_be_visible(timeout=60_000)
    expect(page.get_by_text("Kategori saknas").first).to_be_visible()


def test_every_page_renders_locally(server: str, chromium_path: str, artifacts: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    shots = artifacts / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    requests: list[str] = []
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            context = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT}, locale="sv-SE")
            page = context.new_page()
            page.set_default_timeout(60_000)
            page.on("request", lambda request: requests.append(request.url))

            def on_dialog(dialog: Any) -> None:
                problems.append(f"dialog: {dialog.message}")
                dialog.dismiss()

            page.on("dialog", on_dialog)
            page.on("pageerror", lambda error: problems.append(f"JS-fel: {error}"))
            for path, heading, marker in PAGES:
                page.goto(f"{server}/{path}", wait_until="domcontentloaded")
                expect(page.get_by_role("heading", name=heading, exact=True).first).to_be_visible(
                    timeout=60_000
                )
                # The visible one: a data grid repeats its column names in a hidden table for screen
                # readers, earlier in the page than the section heading with the same word.
                expect(page.get_by_text(marker).filter(visible=True).first).to_be_visible(timeout=60_000)
                # The app's own navigation (sections, Swedish titles), not Streamlit's file list.
                nav = page.locator('[data-testid="stSidebarNav"]')
                expect(nav.get_by_text("Veckomötet")).to_be_visible(timeout=30_000)
                expect(nav.get_by_text("Kommande händelser")).to_be_visible()
                assert nav.get_by_text("app", exact=True).count() == 0
                if path == "karta":
                    frame = page.frame_locator('iframe[title="Karta över områden och händelser"]')
                    expect(frame.locator(".leaflet-container")).to_be_visible(timeout=30_000)
                    expect(frame.locator("path.leaflet-interactive:visible").first).to_be_visible(
                        timeout=30_000
                    )
                    assert frame.locator("path.leaflet-interactive").count() >= 3  # three areas at least
                    expect(frame.get_by_text("Brandkärr", exact=True).first).to_be_visible()
                if path == "importera":
                    _upload_and_commit(page, expect)
                if path == "karta":
                    expect(page.get_by_text("Utveckling under perioden").first).to_be_visible(timeout=60_000)
                if path == "rapportera":
                    _report_without_category(page, expect)
                if path == "presentationslage":
                    expect(page.get_by_role("heading", name="Brandkärr: händelser per vecka")).to_be_visible()
                    page.get_by_role("button", name="Nästa område ▶").click()
                    expect(page.get_by_role("heading", name="Fisksätra: händelser per vecka")).to_be_visible(
                        timeout=60_000
                    )
                    expect(page.get_by_role("button", name="Trenden som PNG").first).to_be_visible(
                        timeout=60_000
                    )
                if path == "trender":
                    expect(page.locator('[data-testid="stVegaLiteChart"]').first).to_be_visible(
                        timeout=30_000
                    )
                    expect(
                        page.locator(
                            '[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg'
                        ).first
                    ).to_be_visible(timeout=30_000)
                # The script has finished and no element is still a loading placeholder.
                page.wait_for_selector(
                    '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000
                )
                page.wait_for_function(
                    "() => !document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=30_000
                )
                page.wait_for_timeout(1000)  # charts and the map draw after the script ends
                page.screenshot(path=str(shots / f"{path or 'veckans_lagesbild'}-1440x900.png"))
                # The app scrolls inside its main section: grow the window to show the whole page.
                height = page.evaluate(
                    "() => document.querySelector('[data-testid=\"stMain\"]')?.scrollHeight || 1000"
                )
                page.set_viewport_size({"width": 1440, "height": min(max(int(height), 1000), 6000)})
                page.wait_for_timeout(500)
                page.screenshot(path=str(shots / f"{path or 'veckans_lagesbild'}.png"), full_page=True)
                page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
        finally:
            browser.close()
    outside = sorted({u for u in requests if urlsplit(u).scheme in {"http", "https", "ws", "wss"}
                      and urlsplit(u).hostname not in LOCAL_HOSTS})  # fmt: skip
    assert not outside, "Anrop till andra värdar än appen: " + ", ".join(outside)
    assert requests, "inga anrop registrerades alls"
    assert not problems, "; ".join(problems)


def _pdf_screenshots(pdf: Path, shots: Path, prefix: str, pages: int) -> None:
    """Every page of the PDF as a PNG (poppler's pdftoppm), for a person to look at."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm saknas (Debian: poppler-utils)")
    shots.mkdir(parents=True, exist_ok=True)
    for old in shots.glob(f"{prefix}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(shots / prefix)], check=True)
    rendered = sorted(shots.glob(f"{prefix}-*.png"))
    assert len(rendered) == pages, rendered
    assert all(png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 5_000 for png in rendered)


def test_weekly_pdf_and_export_download_from_the_landing_page(
    server: str, database: str, chromium_path: str, artifacts: Path
) -> None:
    """The download buttons hand out the same PDF as the CLI, an Excel-ready CSV, and log who took them."""
    from playwright.sync_api import expect, sync_playwright
    from pypdf import PdfReader
    from sqlalchemy import select

    from lagesbild import db
    from lagesbild.report import week as report

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            page = browser.new_context(
                viewport={"width": 1440, "height": 1000}, accept_downloads=True
            ).new_page()
            page.set_default_timeout(60_000)
            page.goto(server, wait_until="domcontentloaded")
            button = page.get_by_role("button", name="Veckans lägesbild (PDF)")
            expect(button).to_be_visible(timeout=60_000)
            # A button's file is registered by the run that drew it: clicked while another run replaces it
            # (a click's own rerun, a component's first value), Streamlit answers "Deferred file not found"
            # and no download starts (seen once in CI under load). Click when no run is going.
            idle = '[data-testid="stApp"][data-test-script-state="notRunning"]'
            page.wait_for_selector(idle, timeout=60_000)
            with page.expect_download(timeout=120_000) as pdf_download:
                button.click()
            pdf_path = artifacts / "dashboard-lagesbild-2026-W47.pdf"
            pdf_download.value.save_as(pdf_path)
            assert pdf_download.value.suggested_filename == "lagesbild-2026-W47.pdf"
            page.wait_for_selector(idle, timeout=60_000)
            with page.expect_download(timeout=120_000) as csv_download:
                page.get_by_role("button", name="Händelser (CSV)").click()
            csv_path = artifacts / "dashboard-lagesbild-2026-W47.csv"
            csv_download.value.save_as(csv_path)
        finally:
            browser.close()
    engine = make_engine(database)
    cli_pdf = artifacts / "cli-lagesbild-2026-W47.pdf"
    report.write_weekly_report(engine, "2026-W47", cli_pdf)
    downloaded, by_cli = PdfReader(pdf_path), PdfReader(cli_pdf)
    assert len(downloaded.pages) == len(by_cli.pages) == 5  # cover, three areas, sources
    for ours, theirs in zip(downloaded.pages, by_cli.pages, strict=True):
        same = [line for line in ours.extract_text().splitlines() if "Framställd" not in line]
        assert same == [line for line in theirs.extract_text().splitlines() if "Framställd" not in line]
    _pdf_screenshots(pdf_path, artifacts / "screenshots", "veckans-lagesbild-pdf", len(downloaded.pages))
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.splitlines()[0]
    with engine.connect() as conn:
        logged = conn.execute(select(db.audit_log.c.action, db.audit_log.c.details)).all()
    engine.dispose()
    formats = {(action, json.loads(details).get("format")) for action, details in logged}
    assert {("report", "pdf"), ("export", "csv")} <= formats
