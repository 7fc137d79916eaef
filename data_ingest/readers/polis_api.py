"""The police's public events API (https://polisen.se/api/events) as JSON.

Input: a JSON list of ``{id, datetime, name, summary, url, type, location: {name, gps}}``; a single
such object is read as a list of one; gzip-compressed bytes are decompressed first.

* ``datetime`` is the *publish* time (``2025-06-07 7:32:06 +02:00``; the hour may have one digit).
* The incident time is the start of ``name`` (``06 juni 18.50, Trafikbrott, Kungsör``), without a year.
  **Year inference**: the year (publish year -1, 0 or +1) that puts the stated time nearest the publish
  time - equivalently, the latest such date on or before the publish time, allowing the stated time to
  lie up to half a year after it. So ``31 december 23.08`` published ``2026-01-01 0:05`` is 2025-12-31,
  and ``1 januari 00.10`` published ``2025-12-31 23:58`` (clock skew) is 2026-01-01.
  Why not "on or before the publish time + a few hours": in the 84,531 real events 1,286 stated times lie
  *after* their publish time - about 1,100 by under an hour (clock skew), 39 by 1-12 h, 143 by 12-24 h
  (the publish date written with the previous evening's time) and six by 2-23 days (advance notices such
  as "17 juni 07.00, Övrigt" published 13 June, and a typo). A tolerance of a few hours would move some
  180 of them a whole year back; the nearest year keeps every event within days of its publish time.
* Events whose stated time is more than ``CLOCK_SKEW`` after the publish time are kept as the police
  wrote them (``occurred_at`` is not "corrected") and listed in one warning. ``published_at`` is kept.
* Zone Europe/Stockholm across DST (``parsing`` rules), except that a time in the repeated October hour
  takes the later of its two readings if that is not after the publish time, else the first:
  ``27 oktober 02.30`` published 02:40+01:00 is 02:30+01:00; published 02:35+02:00 it is 02:30+02:00.
* ``location.gps`` is the centroid of the kommun or län named in ``location.name``, never the
  incident's position: every record has ``location_hint="kommun"``.
* Nothing is filtered by type here; the category mapping decides what is not an EST matter.
* ``title`` keeps the police's ``name`` (it often names the place), ``description`` the ``summary``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import zlib
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, BinaryIO, NamedTuple

import pandas as pd

from data_ingest.readers.base import FileFormatError, ReadResult, RejectedRow
from data_ingest.readers.common import incident_frame
from data_ingest.readers.limits import MB, Limits, env, too_large, too_many_rows
from data_ingest.readers.parsing import MONTHS, TZ, localize
from lagesbild import settings

ORGANISATION = "Polisen"
CLOCK_SKEW = dt.timedelta(hours=1)
EXPECTED = (
    "en JSON-lista av händelser från polisens API med fälten id, datetime, name, summary, type, location"
)

_NAME = re.compile(r"\s*(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{1,2})[.:](\d{2})(?!\d)")
_PUBLISHED = re.compile(
    r"\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?\s*"
)
_GPS = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*")


class NameParts(NamedTuple):
    day: int
    month: int
    hour: int
    minute: int


def parse_name(name: object) -> NameParts:
    """The stated day, month and time at the start of an event name."""
    m = _NAME.match(name) if isinstance(name, str) else None
    if not m:
        raise ValueError(
            f'okänd händelsetid i "{name}" (förväntat t.ex. "06 juni 18.50, Trafikbrott, Kungsör")'
        )
    month = MONTHS.get(m[2].casefold())
    day, hour, minute = int(m[1]), int(m[3]), int(m[4])
    if month is None:
        raise ValueError(f'okänd månad "{m[2]}" i "{name}"')
    if not 1 <= day <= 31 or hour > 23 or minute > 59:
        raise ValueError(f'ogiltig händelsetid "{m[0].strip()}" i "{name}"')
    return NameParts(day, month, hour, minute)


def parse_published(value: object) -> dt.datetime:
    """The publish time as an aware datetime in Europe/Stockholm (no offset given = Stockholm time)."""
    m = _PUBLISHED.fullmatch(value) if isinstance(value, str) else None
    if not m:
        raise ValueError(f'okänd publiceringstid "{value}" (förväntat t.ex. "2025-06-07 7:32:06 +02:00")')
    try:
        naive = dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0))
    except ValueError:
        raise ValueError(f'ogiltig publiceringstid "{value}"') from None
    if not m[7]:
        return naive.replace(tzinfo=TZ)
    return naive.replace(tzinfo=_offset(m[7])).astimezone(TZ)


@lru_cache(maxsize=64)
def _offset(text: str) -> dt.timezone:
    offset = text.replace("Z", "+00:00").replace(":", "")
    return dt.timezone(dt.timedelta(hours=int(offset[:3]), minutes=int(offset[0] + offset[3:])))


def infer_incident_time(parts: NameParts, published: dt.datetime) -> tuple[dt.datetime, bool]:
    """(naive Stockholm wall time, first_occurrence) of the stated time, year inferred as documented."""
    local = published.astimezone(TZ).replace(tzinfo=None)
    candidates = []
    for year in (local.year - 1, local.year, local.year + 1):
        try:
            candidates.append(dt.datetime(year, parts.month, parts.day, parts.hour, parts.minute))
        except ValueError:  # 29 februari outside a leap year, 31 april
            continue
    if not candidates:
        raise ValueError(f"dagen {parts.day}/{parts.month} finns inte")
    wall = min(candidates, key=lambda c: abs(c - local))
    if wall.month != 10 or wall.hour != 2:  # only the repeated October hour is ambiguous
        return wall, True
    first, second = wall.replace(tzinfo=TZ, fold=0), wall.replace(tzinfo=TZ, fold=1)
    if first.utcoffset() == second.utcoffset():
        return wall, True
    # the repeated hour: the later reading if it is not after the publish time, else the first
    # (aware datetimes sharing one tzinfo compare by wall time: compare in UTC)
    return wall, not second.astimezone(dt.UTC) <= published.astimezone(dt.UTC)


def incident_time(name: str, published: str) -> pd.Timestamp:
    """Convenience: the tz-aware incident time of one event."""
    wall, first = infer_incident_time(parse_name(name), parse_published(published))
    return localize([wall], [first])[0]


def _bounded_read(fileobj: BinaryIO, filename: str, limit_mb: int) -> bytes:
    """The file's bytes, gunzipped as a stream: reading stops at the limit, whatever the gzip claims."""
    limit = limit_mb * MB
    head = fileobj.read(2)
    if head != b"\x1f\x8b":
        data = head + fileobj.read(limit + 1 - len(head))
        if len(data) > limit:
            raise too_large(filename, "JSON-filen är större än", len(data), limit_mb, "max_json_mb")
        return data
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = bytearray()
    pending = head
    try:
        while True:
            block = pending or fileobj.read(1 << 16)
            pending = b""
            if not block:
                break
            while block:
                out += inflater.decompress(block, limit + 1 - len(out))
                if len(out) > limit:
                    raise too_large(
                        filename, "den uppackade filen är större än", len(out), limit_mb, "max_json_mb"
                    )
                block = inflater.unconsumed_tail
            if inflater.eof:
                break
        if not inflater.eof:
            raise FileFormatError(f"{filename}: trasig gzip-fil (den tar slut för tidigt)")
    except zlib.error as exc:
        raise FileFormatError(f"{filename}: trasig gzip-fil ({exc})") from None
    return bytes(out)


_MAX_DIGITS = 30  # the API's ids are at most a dozen digits; a longer number is not an id


def _int(text: str) -> int | str:
    if len(text.lstrip("-")) > _MAX_DIGITS:
        raise _NumberTooLong(len(text.lstrip("-")))
    return int(text)


class _NumberTooLong(ValueError):
    def __init__(self, digits: int) -> None:
        self.digits = digits


def load_events(fileobj: BinaryIO, filename: str) -> list[Any]:
    limits = Limits.current()
    data = _bounded_read(fileobj, filename, limits.json_mb)
    if not data.strip():
        raise FileFormatError(f"{filename}: filen är tom")
    try:
        payload = json.loads(data.decode("utf-8-sig"), parse_int=_int)
    except UnicodeDecodeError:
        raise FileFormatError(f"{filename}: filen är inte JSON i UTF-8 (förväntade {EXPECTED})") from None
    except json.JSONDecodeError as exc:
        raise FileFormatError(
            f"{filename}: trasig eller ofullständig JSON (rad {exc.lineno}, kolumn {exc.colno}: {exc.msg}); "
            f"förväntade {EXPECTED}"
        ) from None
    except _NumberTooLong as exc:
        raise FileFormatError(
            f"{filename}: JSON-filen innehåller ett tal med {exc.digits} siffror (högst "
            f"{_MAX_DIGITS} tillåts); "
            f"förväntade {EXPECTED}"
        ) from None
    except RecursionError:
        raise FileFormatError(
            f"{filename}: JSON-filen är för djupt nästlad (listor eller objekt i tusentals nivåer); "
            f"förväntade {EXPECTED}"
        ) from None
    if isinstance(payload, dict) and ("name" in payload or "datetime" in payload):
        payload = [payload]
    if not isinstance(payload, list):
        raise FileFormatError(f"{filename}: JSON-filen är inte en lista av händelser (förväntade {EXPECTED})")
    sample = payload[:50]
    if sample and not any(isinstance(e, dict) and ("datetime" in e or "name" in e) for e in sample):
        raise FileFormatError(
            f"{filename}: JSON-listan innehåller inga polishändelser (förväntade {EXPECTED})"
        )
    if len(payload) > limits.rows:  # one event a row: refused before any event is read
        raise too_many_rows(filename, limits)
    return payload


def _gps(location: dict[str, Any]) -> tuple[float, float]:
    gps = location.get("gps")
    if gps is None or (isinstance(gps, str) and not gps.strip()):
        return math.nan, math.nan
    m = _GPS.fullmatch(gps) if isinstance(gps, str) else None
    if not m:
        raise ValueError(f'okänd position "{gps}" (förväntat t.ex. "59.329324,18.068581")')
    return float(m[1]), float(m[2])


def _outside_window(published: dt.datetime) -> str | None:
    """A publish time before the earliest year or after tomorrow is a broken record (and 9999-12-31
    would overflow the date arithmetic further on)."""
    earliest = settings.get_int("earliest_year")
    if published.year < earliest:
        return (
            f"publiceringstiden {published:%Y-%m-%d} är före {earliest} (inställningen "
            f"{env('earliest_year')})"
        )
    if published > dt.datetime.now(TZ) + dt.timedelta(days=1):
        return f"publiceringstiden {published:%Y-%m-%d} ligger i framtiden"
    return None


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).replace("\x00", "").strip()  # NUL: as the table readers (PostgreSQL refuses it)
    return text or None


def _event(event: Any) -> tuple[dict[str, Any], tuple[str | None, str] | None]:
    """The record of one event, or the (column, reason) that rejects it."""
    if not isinstance(event, dict):
        return {}, (None, "posten är inte ett JSON-objekt")
    if _text(event.get("id")) is None:
        return {}, ("id", "id saknas")
    try:
        published = parse_published(event.get("datetime"))
    except ValueError as exc:
        return {}, ("datetime", str(exc))
    if problem := _outside_window(published):
        return {}, ("datetime", problem)
    try:
        wall, first = infer_incident_time(parse_name(event.get("name")), published)
    except ValueError as exc:
        return {}, ("name", str(exc))
    location = event.get("location") or {}
    if not isinstance(location, dict):
        return {}, ("location", "location är inte ett objekt med name och gps")
    try:
        lat, lon = _gps(location)
    except ValueError as exc:
        return {}, ("location.gps", str(exc))
    name = _text(event["name"]) or ""
    category = _text(event.get("type"))
    if category is None:  # fall back on the type inside the name: "06 juni 18.50, <typ>, <plats>"
        category = _text(name.partition(",")[2].rpartition(",")[0])
    if category is None:
        return {}, ("type", "type saknas")
    place = _text(location.get("name"))
    return {
        "source_ref": _text(event["id"]),
        "_wall": wall,
        "_first": first,
        "published_at": published,
        "source_category": category,
        "place_text": place,
        "kommun_name": place,
        "description": _text(event.get("summary")),
        "lat": lat,
        "lon": lon,
        "title": name,
    }, None


def read(fileobj: BinaryIO, filename: str) -> ReadResult:
    events = load_events(fileobj, filename)
    rows: list[dict[str, Any]] = []
    rejected: list[RejectedRow] = []
    for number, event in enumerate(events, start=1):
        record, problem = _event(event)
        if problem is None:
            record["row"] = number
            rows.append(record)
            continue
        column, reason = problem
        where = f"{filename} rad {number}" + (f", kolumn {column}" if column else "")
        raw = event if isinstance(event, dict) else {"värde": event}
        rejected.append(RejectedRow(number, column, f"{where}: {reason}", raw))
    n = len(rows)
    frame = incident_frame(
        {
            "row": [r["row"] for r in rows],
            "source": ["polis"] * n,
            "organisation": [ORGANISATION] * n,
            "time_precision": ["exact"] * n,
            "location_hint": ["kommun"] * n,
            **{c: [r[c] for r in rows] for c in rows[0] if not c.startswith("_") and c != "row"},
        }
        if rows
        else {}
    )
    if rows:
        stamps = localize([r["_wall"] for r in rows], [r["_first"] for r in rows])
        frame["occurred_at"] = pd.Series(stamps.as_unit("us"), index=frame.index)
    result = ReadResult("polis", "incidents", frame, len(events), rejected)
    late = frame.loc[frame["occurred_at"] > frame["published_at"] + CLOCK_SKEW]
    if len(late):
        examples = ", ".join(
            f'rad {r.row} "{r.title}" publicerad {r.published_at:%Y-%m-%d %H:%M}'
            for r in late.head(3).itertuples()
        )
        result.warnings.append(
            f"{filename}: {len(late)} händelser har en händelsetid mer än en timme efter publiceringstiden "
            f"(polisens egen uppgift, behålls som den står), t.ex. {examples}"
        )
    return result


def iter_read(fileobj: BinaryIO, filename: str, chunk_size: int = 50_000) -> Iterator[ReadResult]:
    """The whole JSON is parsed at once (the API answers with at most 500 events); one result."""
    yield read(fileobj, filename)
