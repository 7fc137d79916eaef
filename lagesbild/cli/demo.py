"""Load the committed sample data: what `make run` shows a newcomer.

The two sample kommuner are set up the way a real kommun is (docs/reference_data.md): `kommun add`
(SCB's RegSO areas with real boundaries, lagesbild.areas.add_kommun), then `reference load` of
sample_data/ (lagesbild.areas.load_reference_folder: population and aliases of the three EST areas,
the invented gazetteer and address register), then the weekly files are ingested."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sqlalchemy import Engine, func, select

from lagesbild import db
from lagesbild.areas import add_kommun, load_reference_folder
from lagesbild.commands import add_measure, mark_reviewed
from lagesbild.reference import load_reference
from lagesbild.reporters import add_reporter
from lagesbild.vocabulary import ReviewState, Source
from lagesbild.weeks import last_complete_week

_WEEK = re.compile(r"(\d{4}-W\d{2})")
SAMPLE_KOMMUNER = ("0182", "0480")  # Nacka, Nyköping
DEMO_ACTOR = "demo"
SOURCE_DIRS = tuple(Source)

# Measures (insatser) a working group would have decided on; the sample reports have none.
DEMO_MEASURES = [
    (
        "Älta-Erstavik",
        "klotter",
        "Snabbsanering av klotter inom 24 h",
        "2026-08-03",
        None,
        "pågående",
        "Nacka kommun",
    ),
    (
        "Fisksätra",
        "samling",
        "Extra trygghetsvärdar kvällstid i centrum",
        "2026-06-01",
        "2026-08-31",
        "slutförd",
        "Nacka kommun",
    ),
    (
        "Brandkärr",
        "otrygg_plats",
        "Ny belysning gångväg Brandkärrsskolan",
        "2026-12-01",
        None,
        "planerad",
        "Nyköpingshem",
    ),
]


# The sample's reporters as the kommuner register them (kommun code, name as the reports say it,
# source, expected every week): shared outputs name only these (the privacy gate), completeness expects
# the weekly ones. Weekly = reports in at least 80 % of the sample's weeks.
SAMPLE_REPORTERS = [
    ("0182", "Trygghetsvärdar Nacka", "kommun", True),
    ("0182", "Fastighet/Nacka kommun", "kommun", True),
    ("0182", "Väktare Avarn", "kommun", True),
    ("0182", "Väktare Securitas", "kommun", True),
    ("0182", "Fritidsgården Fisksätra", "kommun", False),
    ("0182", "Fritidsgården Älta", "kommun", False),
    ("0182", "Sigfridsborgsskolan", "kommun", False),
    ("0182", "Föreningsservice Nacka", "kommun", False),  # kommande händelser
    ("0182", "Trygghetssamordnare Nacka", "kommun", False),  # kommande händelser
    ("0182", "Polisen", "polis", True),
    ("0182", "Kommunpolis", "polis", True),
    ("0182", "Stena Fastigheter", "bostadsbolag", True),
    ("0480", "Trygghetsvärdar Nyköping", "kommun", True),
    ("0480", "Fastighet/Nyköpings kommun", "kommun", False),
    ("0480", "Fältassistenter Nyköping", "kommun", False),
    ("0480", "Mariebergsgården", "kommun", False),
    ("0480", "Väktare Securitas", "kommun", False),
    ("0480", "Föreningsservice Nyköping", "kommun", False),  # kommande händelser
    ("0480", "Trygghetssamordnare Nyköping", "kommun", False),  # kommande händelser
    ("0480", "Polisen", "polis", True),
    ("0480", "Kommunpolis", "polis", False),
    ("0480", "Nyköpingshem", "bostadsbolag", True),
]


def sample_files(folder: Path) -> list[Path]:
    """Weekly files in the order they would have arrived: by week, then kommun, polis, bostadsbolag."""
    files = [
        p
        for d in SOURCE_DIRS
        for p in sorted((folder / d).glob("*"))
        if p.suffix in {".csv", ".xlsx", ".json"}
    ]

    def key(path: Path) -> tuple[str, int, str]:
        match = _WEEK.search(path.name)
        return (match.group(1) if match else "", SOURCE_DIRS.index(path.parent.name), path.name)

    return sorted(files, key=key)


def load_demo(engine: Engine, folder: Path, progress: bool = False) -> dict[str, int]:
    from tqdm import tqdm

    from data_ingest.pipeline import ingest_file

    for code in SAMPLE_KOMMUNER:
        add_kommun(engine, code, DEMO_ACTOR)
    load_reference_folder(engine, folder, DEMO_ACTOR)
    with engine.begin() as conn:
        stored = load_reference(conn)
    # Reporters first, as docs/first_hour.md says: shared outputs name no unregistered organisation.
    for kommun, name, source, weekly in SAMPLE_REPORTERS:
        add_reporter(engine, kommun, name, source, weekly, actor="demo")
    totals = {"files": 0, "loaded": 0, "duplicates": 0, "ignored": 0, "rejected": 0}
    for path in tqdm(sample_files(folder), desc="Exempeldata", unit="fil", disable=not progress):
        with path.open("rb") as fh:
            summary = ingest_file(engine, fh, path.name, imported_by=DEMO_ACTOR, reference=stored)
        totals["files"] += 1
        for key in ("loaded", "duplicates", "ignored", "rejected"):
            totals[key] += getattr(summary, key)
    # The coordinator has reviewed everything but the latest week, which waits for granskning; the
    # working group has decided on its measures. Both through the commands a samordnare's click uses.
    with engine.connect() as conn:
        waiting = conn.execute(
            select(db.incidents.c.id).where(
                db.incidents.c.iso_week < last_complete_week(),
                db.incidents.c.review_status == ReviewState.RECEIVED,
            )
        )
        reviewed = [int(v) for v in waiting.scalars()]
        has_measures = conn.execute(select(func.count()).select_from(db.measures)).scalar()
    mark_reviewed(engine, reviewed, None, actor=DEMO_ACTOR)
    if not has_measures:
        for area, category, title, start, end, status, who in DEMO_MEASURES:
            add_measure(
                engine, area, category, title, None, dt.date.fromisoformat(start),
                dt.date.fromisoformat(end) if end else None, status, who, actor=DEMO_ACTOR,
            )  # fmt: skip
    return totals
