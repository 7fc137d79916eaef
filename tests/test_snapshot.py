"""The published snapshot: the shared picture as static files (lagesbild.report.snapshot, .serve).

On both engines: what the page says, that it holds nothing a shared output may not hold, that it asks
no other host for anything, and that the static server hands it out read-only.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from lagesbild.cli import main
from lagesbild.report.serve import serve_in_thread
from lagesbild.report.snapshot import STATUS_CHIPS, chip, publish_snapshot
from lagesbild.weeks import TZ
from tests import factories

WEEK = "2026-W47"
MONDAY = dt.date(2026, 11, 16)


def _when(day: int, hour: int) -> dt.datetime:
    return dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time(hour), TZ)


def populate_week(engine: Engine) -> None:
    spec: list[dict[str, object]] = [
        {
            "area": "Brandkärr",
            "category": "klotter",
            "when": _when(0, 14),
            "description": "Klotter på skolan.",
        },
        {"area": "Brandkärr", "category": "klotter", "when": _when(1, 15), "description": "Mer klotter."},
        {"area": "Fisksätra", "category": "anlagd_brand", "when": _when(2, 22), "description": "Bilbrand."},
        {
            "area": "Fisksätra",
            "category": "sexualbrott",
            "when": _when(3, 20),
            "description": "Blottning vid gångtunneln.",
            "place": "gångtunneln vid Fisksätra station",
        },
        {"area": "Älta", "category": "nedskrapning", "when": _when(4, 10)},
    ]
    factories.populate(engine, spec)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE incidents SET raw_description = :d, raw_place = :p"),
            {"d": "Anna Svensson 19850101-2384 ringde från 070-123 45 67", "p": "Brandkärrsvägen 23"},
        )


class _Structure(HTMLParser):
    """The tags, attributes and visible text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> _Structure:
    parser = _Structure()
    parser.feed(html)
    return parser


@pytest.fixture
def published(engine: Engine, tmp_path: Path) -> Path:
    populate_week(engine)
    publish_snapshot(engine, WEEK, tmp_path / "snap")
    return tmp_path / "snap"


def test_the_week_is_published_with_its_files(published: Path) -> None:
    folder = published / WEEK
    assert sorted(p.name for p in folder.iterdir()) == [
        "index.html",
        f"lagesbild-{WEEK}.csv",
        f"lagesbild-{WEEK}.geojson",
        f"lagesbild-{WEEK}.pdf",
    ]
    assert (folder / f"lagesbild-{WEEK}.pdf").read_bytes().startswith(b"%PDF")
    # The root page is the latest week, its links pointing into the week's folder.
    root = (published / "index.html").read_text(encoding="utf-8")
    assert f'href="{WEEK}/lagesbild-{WEEK}.pdf"' in root
    assert "vecka 47, 2026" in (published / "veckor.html").read_text(encoding="utf-8")


def test_the_page_says_what_a_viewer_needs(published: Path) -> None:
    page = parse((published / WEEK / "index.html").read_text(encoding="utf-8"))
    html_tag = next(attrs for tag, attrs in page.tags if tag == "html")
    assert html_tag["lang"] == "sv"
    visible = " ".join(" ".join(page.text).split())
    assert "Lägesbild vecka 47, 2026 (16–22 november)" in visible
    for area in ("Brandkärr", "Fisksätra", "Älta"):
        assert area in visible
    # Counts per category, the status as words next to its colour, the trend's numbers in a table.
    assert "Klotter" in visible and "förslag" in visible
    assert any(tag == "th" and attrs.get("scope") == "col" for tag, attrs in page.tags)
    assert "Händelser per vecka i Brandkärr" in visible
    # Zoom is allowed and nothing is loaded from anywhere.
    viewport = next(a for t, a in page.tags if t == "meta" and a.get("name") == "viewport")
    assert "user-scalable" not in str(viewport["content"])
    assert not [t for t, _ in page.tags if t in ("script", "iframe", "img", "link")]
    urls = re.findall(r"https?://[^\s\"'<>]+", " ".join(str(a) for _, a in page.tags))
    assert set(urls) <= {"http://www.w3.org/2000/svg"}


def test_no_personal_data_and_sensitive_matters_only_as_counts(published: Path) -> None:
    for path in (published / WEEK).iterdir():
        if path.suffix == ".pdf":
            continue
        content = path.read_text(encoding="utf-8")
        for planted in ("Anna", "Svensson", "2384", "45 67", "Brandkärrsvägen 23"):
            assert planted not in content, (path.name, planted)
    html = (published / WEEK / "index.html").read_text(encoding="utf-8")
    # The sexual offence is counted in Fisksätra's table but never listed with its place or text.
    assert "gångtunneln" not in html and "Blottning" not in html
    assert "Sexualbrott" in html


def test_the_page_is_the_same_each_time_and_its_links_and_labels_resolve(
    engine: Engine, tmp_path: Path
) -> None:
    populate_week(engine)
    first = publish_snapshot(engine, WEEK, tmp_path / "a")
    second = publish_snapshot(engine, WEEK, tmp_path / "b")

    def without_time(path: Path) -> str:
        return re.sub(r"Publicerad [0-9-]+ [0-9.]+", "", path.read_text(encoding="utf-8"))

    # No memory address or other per-run value in the page (one once held a planted number by chance).
    assert without_time(first) == without_time(second)
    page = parse(first.read_text(encoding="utf-8"))
    ids = [str(attrs["id"]) for _, attrs in page.tags if attrs.get("id")]
    assert len(ids) == len(set(ids))
    labelled = [str(attrs["aria-labelledby"]) for _, attrs in page.tags if attrs.get("aria-labelledby")]
    fragments = [
        str(a["href"])[1:] for t, a in page.tags if t == "a" and str(a.get("href", "")).startswith("#")
    ]
    assert len(labelled) == 3 * 3 and len(fragments) == 1 + 3
    assert set(labelled) | set(fragments) <= set(ids)


@pytest.mark.parametrize("status", list(STATUS_CHIPS))
def test_status_chips_have_text_and_aa_contrast(status: str) -> None:
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[k : k + 2], 16) / 255 for k in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    background, colour = STATUS_CHIPS[status]
    light, dark = sorted((luminance(background), luminance(colour)), reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5
    assert f">{status}<" in chip(status)
    assert f">{status} (förslag)<" in chip(status, decided=False)


def test_republishing_replaces_the_week(engine: Engine, tmp_path: Path) -> None:
    populate_week(engine)
    root = tmp_path / "snap"
    publish_snapshot(engine, WEEK, root)
    with engine.begin() as conn:
        conn.execute(text("UPDATE incidents SET review_status = 'inkommen' WHERE area_id IS NOT NULL"))
    publish_snapshot(engine, WEEK, root)
    html = (root / WEEK / "index.html").read_text(encoding="utf-8")
    assert "Inga granskade händelser denna vecka." in html
    assert not [p for p in root.iterdir() if p.name.startswith(".")]


def test_the_server_hands_out_files_only(published: Path) -> None:
    server, base = serve_in_thread(published)
    try:
        with urllib.request.urlopen(f"{base}/index.html", timeout=5) as response:
            assert response.status == 200
            assert response.headers["Content-Type"].startswith("text/html")
            assert "default-src 'none'" in response.headers["Content-Security-Policy"]
            assert "Lägesbild vecka 47" in response.read().decode("utf-8")
        # A week's folder shows its page; a folder without one is not listed.
        with urllib.request.urlopen(f"{base}/{WEEK}/", timeout=5) as response:
            assert "Lägesbild vecka 47" in response.read().decode("utf-8")
        (published / "tom").mkdir()
        for path in ("/tom/", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(f"{base}{path}", timeout=5)
            assert refused.value.code == 404
        request = urllib.request.Request(f"{base}/index.html", data=b"x", method="PUT")
        with pytest.raises(urllib.error.HTTPError) as put:
            urllib.request.urlopen(request, timeout=5)
        assert put.value.code == 501
    finally:
        server.shutdown()
        server.server_close()


def test_cli_publishes_and_audits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    factories.sample_reference_database(url)
    from lagesbild.db import make_engine

    engine = make_engine(url)
    populate_week(engine)
    assert main(["snapshot", "publish", "--db", url, "--week", WEEK, "--dir", str(tmp_path / "s")]) == 0
    assert "publicerad" in capsys.readouterr().out
    assert (tmp_path / "s" / WEEK / "index.html").exists()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'snapshot'")).scalar() == 1
    assert main(["snapshot", "publish", "--db", url, "--week", "2026-47", "--dir", str(tmp_path / "s")]) == 2
    assert "Ogiltig vecka" in capsys.readouterr().err


@pytest.mark.browser
@pytest.mark.parametrize("size", [(1440, 900), (1280, 720)], ids=["1440x900", "1280x720"])
def test_a_viewer_sees_the_picture_in_a_browser(
    sqlite_engine: Engine, tmp_path: Path, chromium_path: str, artifacts: Path, size: tuple[int, int]
) -> None:
    from playwright.sync_api import sync_playwright

    from tests.browser_support import CHROMIUM_ARGS

    populate_week(sqlite_engine)
    publish_snapshot(sqlite_engine, WEEK, tmp_path / "snap")
    server, base = serve_in_thread(tmp_path / "snap")
    requested: list[str] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": size[0], "height": size[1]})
            page.on("request", lambda r: requested.append(r.url))
            page.goto(f"{base}/")
            heading = page.get_by_role("heading", level=1)
            assert heading.is_visible()
            assert "Lägesbild vecka 47, 2026" in heading.inner_text()
            overview = page.get_by_role("table", name="Områdenas status och antal händelser")
            assert overview.is_visible()
            assert "förslag" in overview.inner_text()
            # The first viewport shows the heading and the overview without horizontal scrolling.
            assert page.evaluate("document.documentElement.scrollWidth") <= size[0]
            box = overview.bounding_box()
            assert box is not None and box["y"] < size[1]
            # The map's text alternative is there for a screen reader.
            assert page.get_by_role("img", name=re.compile("Karta över Brandkärr")).count() == 1
            page.screenshot(path=str(artifacts / f"snapshot-{size[0]}x{size[1]}.png"), full_page=True)
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    assert requested and all(u.startswith(base) for u in requested)


# --- the dashboard: samordnare publish, läsare are pointed at the published page --------------------


def test_samordnare_publish_from_veckans_lagesbild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sqlite_engine: Engine
) -> None:
    from streamlit.testing.v1 import AppTest

    from tests.test_dashboard_apptest import APP

    url = str(sqlite_engine.url)
    monkeypatch.setenv("LAGESBILD_DB", url)
    monkeypatch.setenv("LAGESBILD_SNAPSHOT_DIR", str(tmp_path / "pub"))
    monkeypatch.setenv("LAGESBILD_SNAPSHOT_URL", "https://kommun.example/lagesbild/")
    populate_week(sqlite_engine)
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    button = at.button(key="publish-snapshot")
    assert button.label == "Publicera veckans lägesbild"
    button.click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Publicerad:" in s.value and "kommun.example" in s.value for s in at.success)
    published = list((tmp_path / "pub").glob("*/index.html"))
    assert len(published) == 1 and "Lägesbild vecka" in published[0].read_text(encoding="utf-8")
    with sqlite_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'snapshot'")).scalar() == 1


def test_lasare_get_the_published_address_and_no_publish_button(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sqlite_engine: Engine
) -> None:
    from tests.test_access import LOCAL, _app, _login, stamp_kommuner

    monkeypatch.setenv("LAGESBILD_DB", str(sqlite_engine.url))
    monkeypatch.setenv("LAGESBILD_SNAPSHOT_URL", "https://kommun.example/lagesbild/")
    for name in ("LAGESBILD_AUTH", "LAGESBILD_ANONYMOUS"):
        monkeypatch.delenv(name, raising=False)
    populate_week(sqlite_engine)
    stamp_kommuner(sqlite_engine)
    at = _login(_app(LOCAL), "lisa")
    assert not at.exception, [e.value for e in at.exception]
    assert any("https://kommun.example/lagesbild/" in i.value for i in at.info)
    assert not [b for b in at.button if b.key == "publish-snapshot"]


def test_a_meeting_arriving_at_once_is_served(published: Path) -> None:
    """Fifty viewers connecting in the same instant all get the whole page (the listen backlog holds
    them; how fast is measured in `make bench`, section load)."""
    from bench.sections_load import _simultaneous_fetches

    server, base = serve_in_thread(published)
    try:
        assert len(_simultaneous_fetches(f"{base}/index.html", 50)) == 50
        assert server.request_queue_size >= 50
    finally:
        server.shutdown()
        server.server_close()
