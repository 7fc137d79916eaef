"""Shared fixtures: real SQLite and real PostGIS databases, the sample and the real police data."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from lagesbild.db import init_db, make_engine

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "sample_data"
ARTIFACTS = ROOT / "test-artifacts"
PG_ADMIN_URL = os.environ.get(
    "LAGESBILD_TEST_PG_ADMIN", "postgresql+psycopg:///postgres?host=/var/run/postgresql"
)
HOW_TO_POSTGIS = (
    "PostGIS-testerna hoppas över: ingen PostgreSQL med PostGIS nåddes via {url} ({error}). "
    "Installera med `sudo apt-get install postgresql-15-postgis-3`, starta klustret och sätt "
    "LAGESBILD_TEST_PG_ADMIN=postgresql+psycopg://användare@värd/postgres; REQUIRE_POSTGIS=1 gör "
    "det till fel."
)


def shared_real_data() -> Path:
    return Path(os.environ.get("LAGESBILD_SHARED_DIR", ROOT.parent / "shared")) / "real_data"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'lagesbild.db'}")
    init_db(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def postgis_admin() -> Iterator[Engine]:
    engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            available = conn.execute(
                text("SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'")
            ).scalar()
        if not available:
            raise RuntimeError("PostGIS-tillägget är inte installerat")
    except Exception as exc:  # any failure to connect means: no PostGIS here
        message = HOW_TO_POSTGIS.format(url=PG_ADMIN_URL, error=str(exc).splitlines()[0])
        if os.environ.get("REQUIRE_POSTGIS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    yield engine
    engine.dispose()


def _fresh_postgis(admin: Engine, template: str | None = None) -> tuple[str, str]:
    name = f"lagesbild_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    return name, url


def _drop(admin: Engine, name: str) -> None:
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def postgis_url(postgis_admin: Engine) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database (no schema yet)."""
    name, url = _fresh_postgis(postgis_admin)
    yield url
    _drop(postgis_admin, name)


@pytest.fixture(scope="session")
def postgis_schema_template(postgis_admin: Engine) -> Iterator[str]:
    """A database with the schema made once per session by `init_db`, which each `postgis_engine` is
    copied from (a file copy: a tenth of the time the DDL and the PostGIS extension take)."""
    name, url = _fresh_postgis(postgis_admin)
    engine = make_engine(url)
    init_db(engine)
    engine.dispose()  # CREATE DATABASE … TEMPLATE needs the template without connections
    yield name
    _drop(postgis_admin, name)


@pytest.fixture
def postgis_engine(postgis_admin: Engine, postgis_schema_template: str) -> Iterator[Engine]:
    """A new PostGIS database with the schema (init_db runs again on the copy: it must be a no-op)."""
    name, url = _fresh_postgis(postgis_admin, postgis_schema_template)
    engine = make_engine(url)
    init_db(engine)
    yield engine
    engine.dispose()
    _drop(postgis_admin, name)


@pytest.fixture(params=["sqlite", "postgis"])
def engine(request: pytest.FixtureRequest) -> Engine:
    """The same test on both engines."""
    return request.getfixturevalue(f"{request.param}_engine")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        message = "Webbläsartesterna hoppas över: installera Debians paket `chromium`."
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def sample_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """All of sample_data/ loaded into a fresh SQLite database, once per test session."""
    from lagesbild.cli.demo import load_demo

    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('sample') / 'lagesbild.db'}")
    init_db(engine)
    load_demo(engine, SAMPLE_DIR)
    yield engine
    engine.dispose()
