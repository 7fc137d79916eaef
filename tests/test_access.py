"""Roles, login and the audit log: the pure rules of lagesbild.access, password hashes and the CLI
that makes them, upload checks, and — through Streamlit's AppTest with secrets and st.user — which
pages and which data each role gets in the real app."""

from __future__ import annotations

import datetime as dt
import io
import json
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from streamlit.testing.v1 import AppTest

from dashboard import auth, uploads
from lagesbild import access, audit, commands, db, queries, settings
from lagesbild.cli import main
from lagesbild.db import init_db, make_engine
from lagesbild.weeks import TZ
from tests.factories import populate, weekly_spec

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "dashboard" / "app.py")
WEEK = "2026-W47"
PASSWORD = "korrekt-häst-batteri-42"
INTERNAL_PAGES = {"importera", "granskning", "insatser", "logg"}
SHARED_PAGES = {"veckans_lagesbild", "karta", "trender", "kommande_handelser"}
POINT_LAYER = "Enskilda h\\u00e4ndelser"  # the internal map's point layer, as it appears in the srcdoc


# --- the pure rules --------------------------------------------------------------------------------


def test_pages_for_each_role() -> None:
    assert set(access.pages_for("läsare")) == SHARED_PAGES
    assert access.pages_for("rapportör") == ["rapportera"]
    assert set(access.pages_for("samordnare")) == set(access.PAGE_ACTIONS)
    # Inställningar (areas, reporters register, label mappings) is the samordnare's alone.
    assert set(access.pages_for("analytiker")) == set(access.PAGE_ACTIONS) - {"installningar"}
    assert access.pages_for(None) == [] and access.pages_for("admin") == []
    # a page nobody has classified is internal: closed unless the role sees internal data
    assert access.pages_for("läsare", ["karta", "ny_sida"]) == ["karta"]
    assert access.pages_for("samordnare", ["karta", "ny_sida"]) == ["karta", "ny_sida"]


def test_can() -> None:
    assert access.can("samordnare", access.VIEW_INTERNAL) and access.can("analytiker", access.VIEW_AUDIT)
    assert not access.can("läsare", access.VIEW_INTERNAL)
    for action in (
        access.IMPORT,
        access.REVIEW,
        access.DECIDE_STATUS,
        access.EDIT_MEASURES,
        access.VIEW_AUDIT,
    ):
        assert not access.can("läsare", action) and not access.can("rapportör", action)
    assert access.can("läsare", access.VIEW_SHARED) and access.can("läsare", access.DOWNLOAD_SHARED)
    assert access.can("rapportör", access.SUBMIT_REPORT) and not access.can("rapportör", access.VIEW_SHARED)
    assert not access.can(None, access.VIEW_SHARED)
    assert access.is_internal("samordnare") and not access.is_internal("läsare")
    with pytest.raises(ValueError):
        access.can("samordnare", "radera_allt")


@pytest.mark.parametrize(
    ("value", "role"),
    [("Läsare", "läsare"), (" lasare ", "läsare"), ("RAPPORTOR", "rapportör"), ("samordnare", "samordnare"),
     ("admin", None), ("", None), (None, None), (3, None)],
)  # fmt: skip
def test_normalise_role(value: object, role: str | None) -> None:
    assert access.normalise_role(value) == role


def test_roles_from_claims_and_email_table() -> None:
    assert access.role_from_claim(["lasare", "Samordnare"]) == "samordnare"  # the most privileged
    assert access.role_from_claim(["okänd"]) is None and access.role_from_claim({"x": 1}) is None
    roles = {"Anna.Andersson@Nacka.se": "samordnare", "kim@nacka.se": "superuser"}
    assert access.role_for_email("anna.andersson@nacka.se ", roles) == "samordnare"
    assert access.role_for_email("kim@nacka.se", roles) is None  # not a role: no access
    assert access.role_for_email("ny@nacka.se", roles) is None and access.role_for_email(None, roles) is None


# --- passwords -------------------------------------------------------------------------------------


def test_hash_and_verify() -> None:
    first, second = access.hash_password(PASSWORD), access.hash_password(PASSWORD)
    assert first.startswith("$argon2id$") and first != second  # a random salt each time
    assert access.verify_password(first, PASSWORD) and access.verify_password(second, PASSWORD)
    assert not access.verify_password(first, PASSWORD + "x")
    assert not access.verify_password(first, "")
    assert not access.verify_password(None, PASSWORD)
    assert not access.verify_password("", PASSWORD)
    assert not access.verify_password(PASSWORD, PASSWORD)  # a password pasted as its own "hash"
    assert not access.verify_password("$argon2id$v=19$m=65536,t=3,p=4$BYT-UT$BYT-UT", PASSWORD)
    bcrypt_style = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5V1vZ2Zk0pDgKqW0n6o3Y7E8Qp9x1eW"
    assert not access.verify_password(bcrypt_style, PASSWORD)


def test_weak_passwords_are_refused() -> None:
    with pytest.raises(ValueError, match="minst 12"):
        access.hash_password("kort")
    assert access.password_problem(" mellanslag-före ") is not None
    assert access.password_problem(PASSWORD) is None


class _Stdin(io.StringIO):
    def isatty(self) -> bool:
        return False


def test_cli_hash_password(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(PASSWORD + "\n"))
    assert main(["hash-password"]) == 0
    digest = capsys.readouterr().out.strip()
    assert access.verify_password(digest, PASSWORD) and PASSWORD not in digest

    monkeypatch.setattr("sys.stdin", _Stdin(PASSWORD + "\n"))
    assert main(["hash-password", "--user", "Anna Å", "--role", "Samordnare"]) == 0
    block = tomllib.loads(capsys.readouterr().out)
    entry = block["lagesbild"]["users"]["Anna Å"]
    assert entry["role"] == "samordnare" and access.verify_password(entry["password_hash"], PASSWORD)

    monkeypatch.setattr("sys.stdin", _Stdin("kort\n"))
    assert main(["hash-password"]) == 2
    assert "minst 12 tecken" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", _Stdin(PASSWORD + "\n"))
    assert main(["hash-password", "--user", "x", "--role", "admin"]) == 2


def test_cli_hash_password_asks_twice_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    answers = iter([PASSWORD, PASSWORD + "!"])
    monkeypatch.setattr("sys.stdin", Tty())
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["hash-password"]) == 2
    assert "inte lika" in capsys.readouterr().err


# --- settings, the example secrets file, uploads ---------------------------------------------------


def test_settings_and_example_secrets() -> None:
    assert settings.SETTINGS["auth"].env == "LAGESBILD_AUTH" and settings.SETTINGS["auth"].default == "auto"
    assert settings.SETTINGS["anonymous"].env == "LAGESBILD_ANONYMOUS"
    assert settings.SETTINGS["anonymous"].default == "none"  # closed unless a kommun opens it
    example = tomllib.loads((ROOT / ".streamlit" / "secrets.toml.example").read_text(encoding="utf-8"))
    assert "lagesbild" in example
    assert ".streamlit/secrets.toml" in (ROOT / ".gitignore").read_text().splitlines()


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("vecka47.csv", b"Datum;Tid\n2026-11-18;21:30\n", None),
        ("vecka47.CSV", "Datum;Område\n".encode("cp1252"), None),
        ("polis.json", b'[{"id": 1}]', None),
        ("utf16.csv", b"\xff\xfeD\x00a\x00", None),
        ("rapport.xlsx", b"PK\x03\x04" + b"\x00" * 100, None),
        ("rapport.exe", b"MZ\x90\x00", "bara CSV-, XLSX- och JSON-filer"),
        ("rapport.xls", b"\xd0\xcf\x11\xe0", "bara CSV-, XLSX- och JSON-filer"),
        ("rapport", b"abc", "utan filändelse"),
        ("tom.csv", b"", "är tom"),
        ("fejk.xlsx", b"Datum;Tid\n", "ingen riktig Excel-fil"),
        ("fejk.csv", b"PK\x03\x04zip", "ingen textfil"),
        ("binär.json", b"{\x00\x01\x02}", "ingen textfil"),
        ("stor.csv", b"a" * (1024 * 1024 + 1), "större än 1 MB"),
    ],
)
def test_upload_problem(name: str, content: bytes, problem: str | None) -> None:
    found = uploads.upload_problem(name, content, max_mb=1)
    assert (found is None) if problem is None else (found is not None and problem in found.replace("\\", ""))


def test_upload_names_are_shown_literally() -> None:
    message = uploads.upload_problem("<img src=x onerror=alert(1)>[a](javascript:x).exe", b"x", 50)
    assert message is not None
    assert r"\<img src=x onerror=alert\(1\)\>\[a\]\(javascript\:x\)\.exe" in message  # markdown-escaped


# --- the app, by role (AppTest with secrets and st.user) -------------------------------------------


@pytest.fixture
def app_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'lagesbild.db'}"
    monkeypatch.setenv("LAGESBILD_DB", url)
    for name in ("auth", "anonymous"):
        monkeypatch.delenv(settings.SETTINGS[name].env, raising=False)
    engine = make_engine(url)
    init_db(engine)
    spec = weekly_spec(weeks=8)
    spec.append({"area": "Älta", "category": "klotter", "when": dt.datetime(2026, 11, 18, 19, tzinfo=dt.UTC),
                 "description": "Hemlig intern text", "source": "bostadsbolag", "offset_m": 5.0})  # fmt: skip
    populate(engine, spec)
    commands.add_measure(
        engine,
        "Älta",
        "klotter",
        "Snabbsanering",
        None,
        dt.date(2026, 10, 5),
        None,
        "pågående",
        None,
        actor="test",
    )
    stamp_kommuner(engine)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE incidents SET review_status = 'inkommen' WHERE iso_week = :w AND id % 3 = 0"),
            {"w": WEEK},
        )
    yield engine
    engine.dispose()


def stamp_kommuner(engine: Engine) -> None:
    """Each factory report in its area's kommun, as the pipeline stamps it (the users work in Nacka)."""
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE incidents SET kommun_code = "
                "(SELECT kommun_code FROM areas WHERE areas.id = incidents.area_id)"
            )
        )


HASH = access.hash_password(PASSWORD)
USERS = {
    "sam": {"role": "samordnare", "password_hash": HASH, "kommuner": ["0182"]},
    "ana": {"role": "analytiker", "password_hash": HASH, "kommuner": ["0182"]},
    "lisa": {"role": "Läsare", "password_hash": HASH, "kommuner": ["0182"]},
    "rut": {"role": "rapportör", "password_hash": HASH, "kommuner": ["0182"]},
    "utan": {"role": "chef", "password_hash": HASH, "kommuner": ["0182"]},
}
LOCAL = {"lagesbild": {"users": USERS}}
OIDC = {
    "auth": {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "x" * 40,
        "client_id": "lagesbild",
        "client_secret": "hemligt",
        "server_metadata_url": "https://idp.exempel.se/.well-known/openid-configuration",
    },
    "lagesbild": {
        "roles": {"Anna@Nacka.se": "samordnare", "pelle@nacka.se": "läsare"},
        "role_claim": "roles",
        # The factory database holds Nacka and Nyköping: each user works in Nacka (0182).
        "kommuner": {"anna@nacka.se": ["0182"], "pelle@nacka.se": "0182", "kim@polisen.se": ["182"]},
    },
}


def _app(secrets: dict[str, Any] | None = None, user: dict[str, Any] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    if secrets is not None:
        at.secrets = json.loads(json.dumps(secrets))  # a deep copy per app
    if user is not None:
        at.user = user
    at.run()
    return at


def _ok(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


CALLABLE_PAGES = {"Logga in": "logga-in", "Ingen behörighet": "ingen-behorighet"}


def _pages(at: AppTest) -> set[str]:
    """The pages the app registered with st.navigation this run that run something of their own:
    page files (by stem) and the login and no-access pages. The hidden stand-ins that answer the
    URLs of pages the session may not open (with the login form or a refusal) are left out."""
    pages, stand_ins = set(), set()
    for info in at._registered_pages.values():
        script, url = info.get("script_path"), info.get("url_pathname")
        if script:
            pages.add(Path(str(script)).stem)
        elif url in CALLABLE_PAGES.values() or (not url and info.get("page_name") in CALLABLE_PAGES):
            pages.add(str(url or CALLABLE_PAGES[str(info.get("page_name"))]))
        else:
            stand_ins.add(str(url))
    assert not pages & stand_ins
    return pages


def _login(at: AppTest, username: str, password: str = PASSWORD) -> AppTest:
    at.text_input(key="login-user").input(username)
    at.text_input(key="login-password").input(password)
    return at.button(key="login-submit").click().run()


def _titles(at: AppTest) -> list[str]:
    return [t.value for t in at.title]


def test_demo_without_secrets_shows_everything_with_a_banner(app_db: Engine) -> None:
    at = _app()
    _ok(at)
    assert auth.DEMO_BANNER in [w.value for w in at.warning]
    assert INTERNAL_PAGES | SHARED_PAGES <= _pages(at) and "logga-in" not in _pages(at)
    at.switch_page("views/logg.py").run()
    _ok(at)
    assert _titles(at) == ["Logg"]


def test_auth_on_without_any_login_lets_nobody_in(app_db: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGESBILD_AUTH", "on")
    at = _app()
    _ok(at)
    assert _pages(at) == {"logga-in"} and _titles(at) == ["Logga in"]
    assert any("Ingen inloggning är konfigurerad" in w.value for w in at.warning)
    assert not at.dataframe and not at.get("iframe")


def test_auth_off_overrides_secrets_and_unknown_values_fail_closed(
    app_db: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAGESBILD_AUTH", "off")
    assert INTERNAL_PAGES <= _pages(_app(LOCAL))
    monkeypatch.setenv("LAGESBILD_AUTH", "kanske")
    assert _pages(_app()) == {"logga-in"}


def test_an_incomplete_secrets_file_closes_the_app(app_db: Engine) -> None:
    at = _app({"lagesbild": {"roles": {}}})  # auto: any [lagesbild] table means login is wanted
    assert _pages(at) == {"logga-in"}


def test_anonymous_sees_only_the_login_by_default(app_db: Engine) -> None:
    at = _app(LOCAL)
    _ok(at)
    assert _pages(at) == {"logga-in"} and _titles(at) == ["Logga in"]
    assert not at.get("iframe") and not at.dataframe and not at.metric
    with pytest.raises(ValueError):  # the internal pages are not even registered
        at.switch_page("views/granskning.py")


def test_anonymous_shared_is_a_lasare(app_db: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGESBILD_ANONYMOUS", "shared")
    at = _app({"lagesbild": {**LOCAL["lagesbild"], "anonymous_kommuner": ["0182"]}})
    _ok(at)
    assert _pages(at) == SHARED_PAGES | {"logga-in"}
    at.switch_page("views/karta.py").run()
    _ok(at)
    assert POINT_LAYER not in at.get("iframe")[0].proto.srcdoc


def _stand_ins(at: AppTest) -> set[str]:
    return {
        str(info.get("url_pathname"))
        for info in at._registered_pages.values()
        if not info.get("script_path")
        and info.get("url_pathname") not in {None, "", *CALLABLE_PAGES.values()}
    }


def test_urls_of_closed_pages_answer_with_a_stand_in(app_db: Engine) -> None:
    """A bookmark to a page the session may not open runs the login form or a refusal, never the page."""
    files = {p.stem for p in (ROOT / "dashboard" / "views").glob("*.py")}
    at = _app(LOCAL)
    assert _stand_ins(at) == files - {"veckans_lagesbild"}  # the start page's URL is the login page
    at = _login(at, "lisa")
    assert _stand_ins(at) == files - SHARED_PAGES
    at = _login(_app(LOCAL), "sam")
    assert _stand_ins(at) == set()


def test_wrong_password_gives_no_access(app_db: Engine) -> None:
    at = _login(_app(LOCAL), "sam", "fel-lösenord-123")
    assert "Fel användarnamn eller lösenord." in [e.value for e in at.error]
    assert _pages(at) == {"logga-in"}
    at = _login(_app(LOCAL), "okänd", PASSWORD)
    assert "Fel användarnamn eller lösenord." in [e.value for e in at.error]
    at = _login(_app(LOCAL), "utan", PASSWORD)  # a configured user whose role is not a role
    assert _pages(at) == {"logga-in"}


def test_repeated_failures_lock_the_account_for_a_while(app_db: Engine) -> None:
    at = _app(LOCAL)
    for _ in range(auth.MAX_FAILURES):
        _login(at, "ana", "fel-lösenord-123")
    _login(at, "ana", PASSWORD)  # right password, but too many failures just before
    assert any("För många misslyckade försök" in e.value for e in at.error)
    assert _pages(at) == {"logga-in"}
    at = _login(_app(LOCAL), "sam")  # other accounts are not affected
    assert "logg" in _pages(at)
    # The state is in the database (it survives a restart and holds for every replica), and the
    # moment of the lock is audited.
    with app_db.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'lockout'")).scalar() == 1


def test_lasare_gets_the_shared_view_only(app_db: Engine) -> None:
    at = _login(_app(LOCAL), "lisa")
    _ok(at)
    assert _pages(at) == SHARED_PAGES | {"logga-in"}
    assert _titles(at) == ["Veckans lägesbild"]  # straight on from the login page
    assert any("lisa (läsare)" in c.value.replace("\\", "") for c in at.sidebar.caption)
    assert at.toggle(key="weekly-reviewed").value is True
    assert not [b for b in at.button if str(b.key).startswith("status-save")]  # no status decisions
    assert len(at.get("download_button")) == 5  # the shared PDF and the four exports
    for page in INTERNAL_PAGES:
        with pytest.raises(ValueError):
            at.switch_page(f"views/{page}.py")

    at.switch_page("views/karta.py").run()
    _ok(at)
    assert at.toggle(key="map-shared").value is True
    assert POINT_LAYER not in at.get("iframe")[0].proto.srcdoc
    at.toggle(key="map-shared").set_value(False).run()  # the switch does not unlock anything
    _ok(at)
    assert at.toggle(key="map-shared").value is True
    srcdoc = at.get("iframe")[0].proto.srcdoc
    assert POINT_LAYER not in srcdoc and "Hemlig intern text" not in srcdoc

    at.switch_page("views/kommande_handelser.py").run()
    _ok(at)
    assert "Lägg till en händelse" not in [s.value for s in at.subheader]


def _compstat_week_total(at: AppTest) -> int:
    table = next(t.value for t in at.table if "Veckan" in t.value.columns)
    return int(table.loc["Totalt", "Veckan"])


def test_trender_counts_only_reviewed_reports_for_a_lasare(app_db: Engine) -> None:
    with app_db.connect() as conn:
        # The users work in Nacka (0182): its reports only.
        counted = (
            "SELECT count(*) FROM incidents WHERE iso_week = :w AND duplicate_of IS NULL"
            " AND kommun_code = '0182'"
        )
        everything = conn.execute(text(counted), {"w": WEEK}).scalar_one()
        reviewed = conn.execute(text(counted + " AND review_status = 'granskad'"), {"w": WEEK}).scalar_one()
    assert reviewed < everything
    totals = {}
    for name in ("sam", "lisa"):
        at = _login(_app(LOCAL), name)
        at.switch_page("views/trender.py").run()
        _ok(at)
        at.selectbox(key="trend-week").set_value(WEEK).run()
        totals[name] = _compstat_week_total(at)
        assert at.toggle(key="trend-reviewed").value is (name == "lisa")
        assert at.toggle(key="trend-reviewed").proto.disabled is (name == "lisa")
    assert totals == {"sam": everything, "lisa": reviewed}


def test_lasare_cannot_reach_internal_data_even_with_session_state(app_db: Engine) -> None:
    at = _login(_app(LOCAL), "lisa")
    at.session_state["map-shared"] = False
    at.session_state["weekly-reviewed"] = False
    at.run()
    assert at.toggle(key="weekly-reviewed").value is True
    at.switch_page("views/karta.py").run()
    assert POINT_LAYER not in at.get("iframe")[0].proto.srcdoc


def test_samordnare_and_analytiker_get_everything(app_db: Engine) -> None:
    for name in ("sam", "ana"):
        at = _login(_app(LOCAL), name)
        _ok(at)
        assert INTERNAL_PAGES | SHARED_PAGES <= _pages(at)
        assert not at.warning or auth.DEMO_BANNER not in [w.value for w in at.warning]
    at.switch_page("views/karta.py").run()
    assert at.toggle(key="map-shared").value is False
    assert POINT_LAYER in at.get("iframe")[0].proto.srcdoc


def test_rapportor_gets_only_rapportera(app_db: Engine) -> None:
    at = _login(_app(LOCAL), "rut")
    _ok(at)
    pages = _pages(at) - {"logga-in"}
    rapportera = (ROOT / "dashboard" / "views" / "rapportera.py").exists()
    assert pages == ({"rapportera"} if rapportera else {"ingen-behorighet"})
    assert not at.get("iframe") or rapportera


def test_logout_forgets_the_user(app_db: Engine) -> None:
    at = _login(_app(LOCAL), "sam")
    assert "logg" in _pages(at)
    at.sidebar.button(key="logout").click().run()
    _ok(at)
    assert _pages(at) == {"logga-in"}
    assert auth.SESSION_KEY not in at.session_state


def test_removing_a_user_from_secrets_ends_their_session(app_db: Engine) -> None:
    at = _login(_app(LOCAL), "sam")
    assert "logg" in _pages(at)
    at.secrets = {"lagesbild": {"users": {k: v for k, v in USERS.items() if k != "sam"}}}
    at.run()
    assert _pages(at) == {"logga-in"}


def test_forged_session_identity_is_ignored(app_db: Engine) -> None:
    at = _app(LOCAL)
    at.session_state[auth.SESSION_KEY] = {"name": "sam", "role": "samordnare", "method": "password"}
    at.run()
    assert _pages(at) == {"logga-in"}


# --- OIDC (st.login): roles from [lagesbild.roles] or a claim --------------------------------------


def test_oidc_user_role_from_email_table(app_db: Engine) -> None:
    at = _app(OIDC, {"is_logged_in": True, "email": "anna@nacka.se", "email_verified": True, "name": "Anna"})
    _ok(at)
    assert INTERNAL_PAGES <= _pages(at)
    assert any("anna@nacka.se (samordnare)" in c.value.replace("\\", "") for c in at.sidebar.caption)
    at = _app(OIDC, {"is_logged_in": True, "email": "pelle@nacka.se"})
    assert _pages(at) == SHARED_PAGES | {"logga-in"}


def test_oidc_user_role_from_claim_and_unknown_users(app_db: Engine) -> None:
    at = _app(OIDC, {"is_logged_in": True, "email": "kim@polisen.se", "roles": ["analytiker"]})
    assert INTERNAL_PAGES <= _pages(at)
    at = _app(OIDC, {"is_logged_in": True, "email": "okand@nacka.se"})
    _ok(at)
    assert _pages(at) == {"ingen-behorighet", "logga-in"}
    assert _titles(at) == ["Ingen behörighet"]
    # an unverified e-mail address is not trusted for the table
    at = _app(OIDC, {"is_logged_in": True, "email": "anna@nacka.se", "email_verified": False})
    assert "logg" not in _pages(at)
    # not logged in (st.user's default outside a login): the login page, with the SSO button
    at = _app(OIDC, {"is_logged_in": False})
    assert _pages(at) == {"logga-in"}
    assert "Logga in med kommunens konto" in [b.label for b in at.button]


# --- the audit log ---------------------------------------------------------------------------------


def _audit(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(select(db.audit_log.c.actor, db.audit_log.c.action).order_by(db.audit_log.c.id))
        return [(str(a), str(b)) for a, b in rows]


def test_writes_are_logged_with_the_user(app_db: Engine) -> None:
    at = _login(_app(LOCAL), "sam")
    at.session_state["weekly-area"] = "Älta"  # Älta's tab open
    at.run()
    at.radio(key=f"status-value-Älta-{WEEK}").set_value("röd")
    at.text_input(key=f"status-by-Älta-{WEEK}").input("EST-gruppen Älta")
    at.button(key=f"status-save-Älta-{WEEK}").click().run()
    _ok(at)
    assert queries.area_statuses(app_db, WEEK)["decided_by"].tolist() == ["sam (EST-gruppen Älta)"]

    at.switch_page("views/granskning.py").run()
    at.toggle(key="review-all").set_value(True).run()
    at.button(key="review-commit").click().run()
    _ok(at)

    at.switch_page("views/insatser.py").run()
    at.selectbox(key="measure-area").set_value("Fisksätra")
    at.text_input(key="measure-title").input("Belysning i gångtunneln")
    at.button(key="measure-save").click().run()
    _ok(at)

    at.switch_page("views/kommande_handelser.py").run()
    at.text_input(key="event-title").input("Valborg")
    at.button(key="event-save").click().run()
    _ok(at)

    log = _audit(app_db)
    assert ("sam (EST-gruppen Älta)", "status") in log
    assert ("sam", "review") in log and ("sam", "measure") in log and ("sam", "event") in log

    at.switch_page("views/logg.py").run()
    _ok(at)
    assert _titles(at) == ["Logg"]
    table = at.dataframe[0].value
    assert {"granskade", "beslutade status", "ändrade insats"} <= set(table["Händelse"])
    at.multiselect(key="log-actions").set_value(["granskade"]).run()
    assert set(at.dataframe[0].value["Händelse"]) == {"granskade"}
    at.multiselect(key="log-actions").set_value([]).run()
    at.text_input(key="log-actor").input("EST-gruppen").run()
    assert set(at.dataframe[0].value["Händelse"]) == {"beslutade status"}
    at.text_input(key="log-actor").input("").run()
    # the log shows Swedish dates: between 23:00 and 24:00 UTC, Stockholm is already on the next day
    tomorrow = dt.datetime.now(TZ).date() + dt.timedelta(days=1)
    at.date_input(key="log-from").set_value(tomorrow).run()
    assert not at.dataframe and "Inga händelser matchar urvalet." in [c.value for c in at.caption]


def test_ingest_through_the_dashboard_is_logged_with_the_user(app_db: Engine) -> None:
    from dashboard import intake

    at = _login(_app(LOCAL), "ana")
    _ok(at)
    # what Importera does with the logged-in user as imported_by
    upload = io.BytesIO(
        b"Datum;Tid;Omr\xc3\xa5de;Plats;Kategori;Beskrivning;Rapport\xc3\xb6r\n"
        b"2026-11-24;21:30;\xc3\x84lta;\xc3\x84lta centrum;Klotter;Nytt "
        b"klotter.;Trygghetsv\xc3\xa4rdar\n"
    )
    intake.ingest(upload, "vecka48.csv", None, "ana")
    assert ("ana", "ingest") in _audit(app_db)


def test_logg_is_only_for_those_who_may_see_it(app_db: Engine) -> None:
    audit.record_now(app_db, "sam", "export", format="csv")
    at = _login(_app(LOCAL), "lisa")
    with pytest.raises(ValueError):
        at.switch_page("views/logg.py")
    # the page itself checks too, should it ever be registered for a läsare
    at = AppTest.from_file(str(ROOT / "dashboard" / "views" / "logg.py"), default_timeout=60)
    at.secrets = json.loads(json.dumps(LOCAL))
    at.run()
    assert auth.NO_ACCESS in [e.value for e in at.error] and not at.dataframe
