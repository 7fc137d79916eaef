"""What the kommun tests share: a test engine's URL for the CLI, a point inside a real RegSO area, police
events ingested from a file and where the stored reports were placed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from lagesbild import db
from lagesbild.cli import main
from lagesbild.kommuner import regso_areas


def engine_url(engine: Engine) -> str:
    """The engine's URL with its password, as `--db` takes it."""
    return engine.url.render_as_string(hide_password=False)


def inside(name: str, code: str = "0182") -> tuple[str, str]:
    """A point inside the real RegSO area, as a kommun's CSV writes it (N;E with decimal commas)."""
    areas = regso_areas(code)
    point = areas[areas["name"] == name].geometry.iloc[0].representative_point()
    return f"{point.y:.1f}".replace(".", ","), f"{point.x:.1f}".replace(".", ",")


def ingest_police_events(url: str, folder: Path, events: list[dict[str, Any]]) -> None:
    """The police events written as an export of week 2026-W10 in `folder` and ingested with the CLI."""
    path = folder / "handelser_2026-W10.json"
    path.write_text(json.dumps(events, ensure_ascii=False), encoding="utf-8")
    assert main(["ingest", "--db", url, str(path)]) == 0


def kommun_and_area(engine: Engine, key: Any) -> dict[Any, tuple[Any, Any]]:
    """Each stored report's `key` column -> its kommun code and the name of its area (None: no area)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(key, db.incidents.c.kommun_code, db.areas.c.name).select_from(
                db.incidents.outerjoin(db.areas, db.areas.c.id == db.incidents.c.area_id)
            )
        ).all()
    return {r[0]: (r[1], r[2]) for r in rows}
