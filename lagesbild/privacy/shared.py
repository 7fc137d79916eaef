"""The gate: what may leave the internal view (weekly picture, PDFs, exports, läsare pages, maps).

Every shared output takes its content from the functions here, so the privacy rules live in one place
(docs/privacy.md lists them for the dataskyddsombud):

- `shared_incidents`: reviewed incidents only, counted once, text redacted (again: a coordinator's edit
  is free text too), places generalised; a report that is *area level only* (sensitive category,
  unmapped label or sensitive content: `area_only`) keeps no text and no point.
- `listable`: the incidents a shared output may list one by one (never an area-level-only one).
- `shared_events`: reviewed kommande händelser, title and description redacted, organiser from the
  register.
- `shared_organisations` / `shared_reporters` / `shared_reporter_names`: an organisation is named only
  as a reporter registered in the row's own kommun (`reporter_register`, `match_reporter`: the kommun's
  reporters register, db.reporters), otherwise "Oregistrerad rapportör (källa)"; never the free text.
- `shared_text`: any other free text typed in the dashboard (status comments, measure titles, who decided).
- `shared_grid_counts` / `shared_points`: map cells and analysis points without area-level-only reports.
- `min_count`: the one small-count threshold k (`LAGESBILD_MIN_CELL_COUNT`) for every suppression.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import geopandas as gpd
import pandas as pd
from sqlalchemy import Engine

from lagesbild import queries, reporters, settings
from lagesbild.geo import to_wgs84
from lagesbild.privacy.generalisation import clip_cells, generalise
from lagesbild.privacy.redaction import redact, redact_together
from lagesbild.reference import load_reference
from lagesbild.vocabulary import Source

SHARED_COLUMNS = [
    "iso_week",
    "date",
    "area",
    "category",
    "category_label",
    "sources",
    "place",
    "description",
    "location_precision",
    "generalisation",
    "east",
    "north",
    "lat",
    "lon",
    "area_only",
]
SOURCE_LABELS: dict[str, str] = {s: s.value for s in Source}
# The source's precision as published: an address point is never called an address (it would tell the
# reader that a home was the source); an area-level-only report says "område" whatever it had.
PUBLIC_PRECISION = {
    "exact": "exact",
    "address": "place",
    "place": "place",
    "area": "area",
    "kommun": "kommun",
}
EVENT_COLUMNS = ["id", "event_date", "area", "title", "description", "organisation"]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def shared_text(value: object) -> str:
    """Free text for a shared output: one line, redacted; None/NaN become ''."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    line = " ".join(_CONTROL.sub(" ", str(value)).split())
    return " ".join((redact(line) or "").split())


def _text_or_none(value: object) -> str | None:
    return shared_text(value) or None


def _redacted(value: object) -> str | None:
    """Stored text redacted once more, layout kept (the writers neutralise what a spreadsheet would run)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return redact(str(value))


def min_count() -> int:
    """k: counts from 1 to k − 1 are suppressed in every shared table (one setting for all)."""
    return max(1, settings.get_int("min_cell_count"))


def area_only(frame: pd.DataFrame) -> pd.Series:
    """Which incidents may appear only as an area-level count: a sensitive category, or a report the
    ingest marked (`privacy_reason`: unmapped label, sensitive content)."""
    sensitive = frame["sensitive"].astype(bool)
    if "privacy_reason" in frame:
        sensitive |= frame["privacy_reason"].notna()
    return sensitive


def shared_incidents(
    engine: Engine,
    start: dt.date,
    end: dt.date,
    areas: Sequence[str] | None = None,
    grid_m: int | None = None,
) -> pd.DataFrame:
    """Reviewed, non-duplicate incidents between two dates, safe to share (see the module doc)."""
    grid_m = grid_m or settings.get_int("grid_m")
    frame = queries.incident_list(engine, start, end, areas=areas, reviewed_only=True)
    if frame.empty:
        return pd.DataFrame(columns=SHARED_COLUMNS)
    hidden = area_only(frame)
    with engine.connect() as conn:  # generalising reads only the incidents' own areas and their places
        reference = load_reference(conn, sorted(set(frame["area"].dropna())), addresses=False)
    general = generalise(frame.assign(sensitive=hidden), reference.areas, reference.places, grid_m)
    others = queries.duplicate_sources(engine, frame["id"].tolist())
    also = others.groupby("duplicate_of")["source"].agg(lambda s: sorted(set(s)))
    sources = [
        ", ".join(sorted({src, *also.get(incident_id, [])}))
        for incident_id, src in zip(frame["id"], frame["source"], strict=True)
    ]
    lat, lon = to_wgs84(
        general["gen_east"].to_numpy(float, na_value=float("nan")),
        general["gen_north"].to_numpy(float, na_value=float("nan")),
    )
    precision = frame["location_precision"].map(lambda v: PUBLIC_PRECISION.get(v, "area"))
    shared = pd.DataFrame(
        {
            "iso_week": frame["iso_week"],
            "date": pd.to_datetime(frame["occurred_date"]).dt.date,
            "area": frame["area"].fillna("(utanför områdena)"),
            "category": frame["category"],
            "category_label": frame["category_label"],
            "sources": sources,
            "place": [_redacted(p) for p in general["gen_place"]],
            # Area-level-only reports keep no free text in shared outputs.
            "description": [
                None if hide else _redacted(text)
                for text, hide in zip(frame["description"], hidden, strict=True)
            ],
            "location_precision": precision.where(~hidden, "area"),
            "generalisation": general["gen_level"],
            "east": general["gen_east"],
            "north": general["gen_north"],
            "lat": pd.array(lat, dtype="Float64"),
            "lon": pd.array(lon, dtype="Float64"),
            "area_only": hidden.to_numpy(bool),
        }
    )
    return shared[SHARED_COLUMNS].sort_values(["date", "area"]).reset_index(drop=True)


def listable(shared: pd.DataFrame) -> pd.DataFrame:
    """The shared incidents a shared output may list one by one: never an area-level-only one."""
    if shared.empty:
        return shared
    return shared[~shared["area_only"].astype(bool)]


UNREGISTERED = "Oregistrerad rapportör"
# Quotes, dashes and stops around a name are typing noise, not part of the name.
_EDGE = "\"'“”‘’«»()[]{}.,;:!?-–— "


@dataclass(frozen=True)
class ReporterRegister:
    """The reporters registers (`db.reporters`): (kommun code, matching key) -> {source: name as
    registered}. A kommun missing here keeps no register: its outputs name no organisation at all."""

    names: Mapping[tuple[str, str], Mapping[str, str]] = field(default_factory=dict)


def reporter_key(name: object) -> str:
    """How a written organisation is matched against the register: Unicode-normalised (NFKC),
    case-folded, runs of whitespace as one space, surrounding quotes/brackets/punctuation dropped.
    Nothing looser: no substring, no fuzzy match ("Väktare Sten Berglund, Securitas" is not
    "Securitas")."""
    if name is None or (not isinstance(name, str) and pd.isna(name)):
        return ""
    text = unicodedata.normalize("NFKC", _CONTROL.sub(" ", str(name))).casefold()
    return " ".join(text.split()).strip(_EDGE)


def make_register(rows: Iterable[tuple[object, object, object]]) -> ReporterRegister:
    """A register from (kommun code, name, source) rows, as `reporters.reporters` returns them."""
    names: dict[tuple[str, str], dict[str, str]] = {}
    for kommun, name, source in rows:
        key = reporter_key(name)
        if key and isinstance(kommun, str) and kommun:
            names.setdefault((kommun, key), {}).setdefault(str(source), str(name).strip())
    return ReporterRegister(names)


def reporter_register(engine: Engine) -> ReporterRegister:
    """The registers of every kommun the caller may read (`queries.kommun_scope`, RLS on PostgreSQL)."""
    frame = reporters.reporters(engine, queries.current_kommun())
    return make_register(zip(frame["kommun"], frame["name"], frame["source"], strict=True))


def match_reporter(name: object, source: object, kommun: object, register: ReporterRegister) -> str | None:
    """The registered name `name` stands for, or None: only a reporter registered in the row's own
    kommun matches, with the row's source when it has one (an event's organiser has none)."""
    if not isinstance(kommun, str) or not kommun:
        return None
    found = register.names.get((kommun, reporter_key(name)))
    if not found:
        return None
    if source is None or (not isinstance(source, str) and pd.isna(source)) or source == "":
        return found[min(found)]
    return found.get(str(source))


def unregistered_label(source: object) -> str:
    """The neutral label for a reporter not in the register: names the source, never the text."""
    label = SOURCE_LABELS.get(str(source)) if isinstance(source, str) else None
    return f"{UNREGISTERED} ({label})" if label else UNREGISTERED


def shared_organisation(name: object, source: object, kommun: object, register: ReporterRegister) -> str:
    """An organisation as a shared output may name it: the name as registered, when the row's text
    matches a registered reporter of its kommun and the registered name holds no personal data after
    redaction ("väktare Berg" registered is still a person); else the neutral label (fail closed)."""
    registered = match_reporter(name, source, kommun, register)
    if registered is not None:
        shown = shared_text(registered)
        if shown and shown == " ".join(registered.split()):
            return shown
    return unregistered_label(source)


def _values(column: Iterable[object]) -> list[object]:
    """A column as a list of the values iterating it gives (`tolist`: 40x faster than iterating a
    pyarrow-backed string Series, the same values, NaN for missing)."""
    return column.tolist() if isinstance(column, pd.Series | pd.Index) else list(column)


def shared_organisations(
    names: Iterable[object], sources: Iterable[object], kommuner: Iterable[object], register: ReporterRegister
) -> list[str]:
    """`shared_organisation` for each row (names, sources and kommun codes side by side)."""
    # Each distinct row decided once: the completeness basis repeats every organisation of every
    # kommun for each of 17 weeks (20k rows, about 1k distinct at national scale). Keyed with the
    # types, so that only identical values share a decision.
    decided: dict[tuple[object, ...], str] = {}
    out = []
    for name, source, kommun in zip(_values(names), _values(sources), _values(kommuner), strict=True):
        key = (type(name), name, type(source), source, type(kommun), kommun)
        shown = decided.get(key)
        if shown is None:
            shown = decided[key] = shared_organisation(name, source, kommun, register)
        out.append(shown)
    return out


def shared_reporters(reports: pd.DataFrame, register: ReporterRegister) -> pd.DataFrame:
    """Rows with `organisation`, `source` and `kommun` columns, the organisation as shared outputs name
    it (the kommun column is dropped: its job is done)."""
    out = reports.copy()
    kommuner = out["kommun"] if "kommun" in out else pd.Series(None, index=out.index, dtype=object)
    out["organisation"] = shared_organisations(out["organisation"], out["source"], kommuner, register)
    return out.drop(columns=["kommun"], errors="ignore")


def shared_reporter_names(reports: pd.DataFrame, register: ReporterRegister) -> dict[str, str]:
    """organisation as written -> as a shared output names it, for outputs keyed by the written name
    (the week basis, the period report's completeness). The registered name when the text matches the
    register in at least one of its rows' kommuner (the output then shows that name anyway); else the
    label of its first row."""
    shown = shared_reporters(reports, register)
    out: dict[str, str] = {}
    for raw, name in zip(_values(reports["organisation"]), shown["organisation"].tolist(), strict=True):
        key = str(raw)
        if key not in out or (out[key].startswith(UNREGISTERED) and not name.startswith(UNREGISTERED)):
            out[key] = name
    return out


def shared_events(events: pd.DataFrame, register: ReporterRegister) -> pd.DataFrame:
    """Kommande händelser for a shared output: reviewed only, title and description redacted together,
    the organiser as registered in the event's kommun (any source) or the neutral label."""
    if events.empty:
        return pd.DataFrame(columns=EVENT_COLUMNS)
    status = events["review_status"] if "review_status" in events else pd.Series(None, index=events.index)
    part = events[status.eq("granskad").fillna(False).to_numpy(bool)].copy()
    together = [
        [" ".join((v or "").split()) for v in redact_together([t, d, o])]
        for t, d, o in zip(part["title"], part["description"], part["organisation"], strict=True)
    ]
    part["title"] = [t[0] for t in together]
    part["description"] = [t[1] or None for t in together]
    part["organisation"] = [
        None if not isinstance(org, str) or not org.strip() else named
        for org, named in zip(
            part["organisation"],
            shared_organisations(
                part["organisation"],
                [None] * len(part),
                part["kommun"] if "kommun" in part else [None] * len(part),
                register,
            ),
            strict=True,
        )
    ]
    return part[EVENT_COLUMNS].reset_index(drop=True)


def shared_measures(measures: pd.DataFrame) -> pd.DataFrame:
    """Insatser for a shared output: title, description, responsible and follow-up redacted."""
    out = measures.copy()
    for column in ("title", "description", "responsible", "follow_up"):
        if column in out:
            out[column] = [_text_or_none(v) for v in out[column]]
    return out


def shared_statuses(statuses: pd.DataFrame) -> pd.DataFrame:
    """Decided area statuses for a shared output: the comment and who decided redacted."""
    out = statuses.copy()
    for column in ("comment", "decided_by"):
        if column in out:
            out[column] = [_text_or_none(v) for v in out[column]]
    return out


def shared_grid_counts(
    engine: Engine,
    start: dt.date,
    end: dt.date,
    grid_m: int,
    areas_frame: gpd.GeoDataFrame,
    areas: Sequence[str] | None,
    open_codes: Sequence[str],
    sources: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Grid-cell counts for a shared map: reviewed, non-sensitive categories, no area-level-only report,
    each cell moved inside its own area."""
    if not open_codes:
        return pd.DataFrame(columns=["cell_e", "cell_n", "area", "count", "east", "north"])
    cells = queries.grid_counts(
        engine, start, end, grid_m, areas, list(open_codes), sources, reviewed_only=True, shared=True
    )
    if cells.empty:
        return cells
    return clip_cells(cells, areas_frame, grid_m)


def shared_points(frame: pd.DataFrame) -> pd.DataFrame:
    """Incident rows (from `queries.incident_list`) a shared analysis may use as points."""
    return frame[~area_only(frame).to_numpy(bool)]
