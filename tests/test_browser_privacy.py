"""The läsare pages in a real browser (Debian chromium via Playwright) over the planted data of
tests/test_privacy_walk.py: no planted item, no sensitive matter's day in a list (issue 14)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from lagesbild import access
from lagesbild.db import init_db, make_engine
from tests.browser_support import CHROMIUM_ARGS, ROOT, serve_dashboard
from tests.test_privacy_walk import SENSITIVE_DAY, _leaks, _load


@pytest.fixture(scope="module")
def lasare_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("walk")
    url = f"sqlite:///{folder / 'lagesbild.db'}"
    engine = make_engine(url)
    init_db(engine)
    _load(engine)
    engine.dispose()
    site = folder / "site"
    (site / ".streamlit").mkdir(parents=True)
    shutil.copy(ROOT / ".streamlit" / "config.toml", site / ".streamlit" / "config.toml")
    digest = access.hash_password("hemligt-lösenord-1")
    # The visitor sees Nacka (0182), where the planted files' areas are.
    secrets = (
        '[lagesbild]\nanonymous_kommuner = ["0182"]\n'
        f'[lagesbild.users.lisa]\nrole = "samordnare"\nkommuner = ["0182"]\npassword_hash = "{digest}"\n'
    )
    (site / ".streamlit" / "secrets.toml").write_text(secrets, encoding="utf-8")
    env = {"LAGESBILD_AUTH": "on", "LAGESBILD_ANONYMOUS": "shared"}  # a visitor is a läsare
    yield from serve_dashboard(url, site, site / "server.log", env)


def test_lasare_pages_show_no_planted_item(lasare_server: str, chromium_path: str) -> None:
    from playwright.sync_api import sync_playwright

    seen: dict[str, str] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1000}, locale="sv-SE")
            page.set_default_timeout(90_000)
            for path, marker in [
                ("", "Granskade händelser under veckan"),
                ("kommande_handelser", "Luciatåg"),
                ("trender", "Trender"),
                ("karta", "Karta"),
            ]:
                page.goto(f"{lasare_server}/{path}", wait_until="domcontentloaded")
                page.get_by_text(marker).first.wait_for(state="attached", timeout=90_000)
                page.wait_for_selector(
                    '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=90_000
                )
                page.wait_for_timeout(1500)
                # textContent, not innerText: a data frame's cells live in a hidden grid beside its canvas.
                texts = [page.locator("body").text_content() or ""]
                texts += [
                    frame.evaluate("() => document.body ? document.body.textContent : ''")
                    for frame in page.frames[1:]
                ]
                seen[path or "veckans_lagesbild"] = "\n".join(texts)
        finally:
            browser.close()
    assert "Grillkväll" not in seen["kommande_handelser"]  # not reviewed
    assert SENSITIVE_DAY not in seen["veckans_lagesbild"]
    assert {page: found for page, text in seen.items() if (found := _leaks(text))} == {}
