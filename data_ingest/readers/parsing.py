"""Small pure parsers for the cells of weekly reports.

Each parser takes one cell as it arrives (a string from a CSV, or a number/date/time object from an
Excel sheet) and either returns a value or raises ``ValueError`` with a Swedish reason that quotes the
value. The readers put the file name, row and column in front of that reason.

Decisions (also in the docstrings below):

* Dates are always read day first (Swedish usage): ``15/4/2024`` and ``15.4.2024`` are 15 April.
  A month above 12 is an error, never a silent swap. Two-digit years (``15/04/24``, ``24-04-15``) are
  rejected: in Swedish usage ``24-04-15`` is yy-mm-dd while ``15/04/24`` is dd/mm/yy, so guessing would
  misplace rows silently. Excel serial numbers (``45397``) are days since 1899-12-30. Only years
  2000-2099 are accepted (a stray number such as ``12`` is not a date in 1900).
* Times: ``21:30``, ``21.30``, ``2130``, ``930`` (09:30), ``21`` (21:00), an optional ``kl``; Excel
  time cells and day fractions. Day-part words get a representative hour and precision ``daypart``;
  ``natt`` is 02:00 *on the given date* (the date is never moved). Empty means precision ``day``.
* Local time is Europe/Stockholm. A nonexistent wall time (the skipped hour in March) is shifted
  forward to the first valid instant (02:30 -> 03:00+02:00); an ambiguous one (the repeated hour in
  October) is the first occurrence (summer time, +02:00). The police reader refines the latter with the
  publish time.
* Decimal numbers take a decimal comma or point; spaces (also NBSP) may group thousands.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal, NamedTuple
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd

from lagesbild import settings

TZ_NAME = "Europe/Stockholm"
TZ = ZoneInfo(TZ_NAME)
TimePrecision = Literal["exact", "daypart", "day"]

DATE_HINT = "(förväntat t.ex. 2024-04-15, 15/4/2024 eller 15.4.2024)"
TIME_HINT = "(förväntat t.ex. 21:30, 21.30, 2130 eller morgon/förmiddag/eftermiddag/kväll/natt)"
NUMBER_HINT = "(förväntat t.ex. 6574123,5 eller 59,2931)"
COST_HINT = "(förväntat t.ex. 4 500 kr, 4500 eller 4 500,50)"
MIN_YEAR, MAX_YEAR = 2000, 2099
EXCEL_EPOCH = dt.date(1899, 12, 30)

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "jan"),
            ("februari", "feb"),
            ("mars", "mar"),
            ("april", "apr"),
            ("maj",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augusti", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

# Representative hour of each day part (precision "daypart").
DAYPARTS: dict[str, int] = {
    "morgon": 7,
    "morgonen": 7,
    "förmiddag": 10,
    "förmiddagen": 10,
    "fm": 10,
    "dag": 12,
    "dagen": 12,
    "dagtid": 12,
    "lunch": 12,
    "eftermiddag": 15,
    "eftermiddagen": 15,
    "em": 15,
    "kväll": 20,
    "kvällen": 20,
    "kvällstid": 20,
    "natt": 2,
    "natten": 2,
    "nattetid": 2,
}
_UNKNOWN_TIME_WORDS = {"-", "okänd", "okänt", "okänd tid", "ej känd", "ej känt", "vet ej"}


class ParsedTime(NamedTuple):
    time: dt.time | None
    precision: TimePrecision


NO_TIME = ParsedTime(None, "day")


# ---------------------------------------------------------------- helpers


def is_blank(value: object) -> bool:
    """None, NaN/NaT, or a string of only whitespace (NBSP included)."""
    if type(value) is str:
        return not value.strip()
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float):
        return math.isnan(value)
    return value is pd.NaT


def cell_text(value: object) -> str | None:
    """A cell as the text a person sees, stripped; None when blank. Integral floats lose ``.0``."""
    if type(value) is str:
        return value.strip() or None
    if is_blank(value):
        return None
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "sant" if value else "falskt"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def normalise_header(header: object) -> str:
    """Key to compare column names: ignores case, whitespace (NBSP too), a BOM, punctuation such as
    ``_ - . :`` and the dots over å/ä/ö (``Omrade`` matches ``Område``; systems that strip
    diacritics are common and no two expected columns differ only by them)."""
    text = unicodedata.normalize("NFKD", str(header).replace("\ufeff", "")).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[\s_\-.:]+", "", text)


# ---------------------------------------------------------------- dates

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_TWO_DIGIT_YEAR = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SERIAL = re.compile(r"\d{5}(?:[.,]\d+)?")
_MONTH_NAME = re.compile(r"(\d{1,2})\s+([a-zåäö]+)\.?\s+(\d{4})")
_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")


def _make_date(year: int, month: int, day: int, raw: str) -> dt.date:
    if not 1 <= month <= 12:
        extra = " – datum skrivs med dagen först" if 1 <= day <= 12 else ""
        raise ValueError(f'okänt datumformat "{raw}": månad {month} finns inte{extra} {DATE_HINT}')
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise ValueError(f'ogiltigt datum "{raw}": dag {day} finns inte i månad {month} år {year}') from None
    return _check_year(date, raw)


def _check_year(date: dt.date, raw: str) -> dt.date:
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        raise ValueError(f'orimligt datum "{raw}" (år {date.year}) {DATE_HINT}')
    return date


def _from_serial(serial: float, raw: str) -> tuple[dt.date, dt.time | None]:
    if not math.isfinite(serial) or serial < 1 or serial > 2958465:
        raise ValueError(f'okänt datumformat "{raw}" {DATE_HINT}')
    days = math.floor(serial)
    date = _check_year(EXCEL_EPOCH + dt.timedelta(days=days), raw)
    minutes = round((serial - days) * 24 * 60)
    if minutes in (0, 24 * 60):
        return date, None
    return date, dt.time(minutes // 60, minutes % 60)


@lru_cache(maxsize=4096)
def _parse_date_text(text: str) -> dt.date:
    if m := _ISO.fullmatch(text):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), text)
    if m := _DAY_FIRST.fullmatch(text):
        return _make_date(int(m[3]), int(m[2]), int(m[1]), text)
    if _TWO_DIGIT_YEAR.fullmatch(text):
        raise ValueError(
            f'tvetydigt datum "{text}": skriv året med fyra siffror, t.ex. 15/4/2024 eller 2024-04-15'
        )
    if m := _COMPACT.fullmatch(text):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), text)
    if m := _MONTH_NAME.fullmatch(text.casefold()):
        if m[2] in MONTHS:
            return _make_date(int(m[3]), MONTHS[m[2]], int(m[1]), text)
    if _SERIAL.fullmatch(text):
        return _from_serial(float(text.replace(",", ".")), text)[0]
    raise ValueError(f'okänt datumformat "{text}" {DATE_HINT}')


def parse_datetime(value: object) -> tuple[dt.date, ParsedTime]:
    """A date with an optional time of day: ``2024-04-15 21:30``, ``15/4/2024 kl 21.30``,
    ``2024-04-15T21:30:00+02:00`` (converted to Stockholm time), Excel date/datetime cells and serial
    numbers with a fraction. A time of exactly midnight from an Excel datetime counts as no time."""
    if is_blank(value):
        raise ValueError("datum saknas")
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(TZ).replace(tzinfo=None)
        date = _check_year(value.date(), str(value))
        if value.time() == dt.time(0):
            return date, NO_TIME
        return date, ParsedTime(value.time().replace(microsecond=0), "exact")
    if isinstance(value, dt.date):
        return _check_year(value, str(value)), NO_TIME
    if isinstance(value, bool):
        raise ValueError(f'okänt datumformat "{value}" {DATE_HINT}')
    if isinstance(value, int | float | np.integer | np.floating):
        if float(value).is_integer() and 19000101 <= value <= 21001231:  # 20240415 typed as a number
            return _parse_date_text(str(int(value))), NO_TIME
        date, time = _from_serial(float(value), cell_text(value) or "")
        return date, NO_TIME if time is None else ParsedTime(time, "exact")
    text = " ".join(str(value).split())
    if "T" in text and _OFFSET.search(text) and _ISO.match(text):
        try:
            stamp = pd.Timestamp(text)
        except ValueError:
            raise ValueError(f'okänt datumformat "{text}" {DATE_HINT}') from None
        return parse_datetime(stamp)
    head, _, rest = text.replace("T", " ", 1).partition(" ")
    if _SERIAL.fullmatch(text):
        date, time = _from_serial(float(text.replace(",", ".")), text)
        return date, NO_TIME if time is None else ParsedTime(time, "exact")
    if rest and _MONTH_NAME.fullmatch(text.casefold()):
        return _parse_date_text(text), NO_TIME
    try:
        date = _parse_date_text(head)
    except ValueError as exc:
        raise ValueError(str(exc).replace(f'"{head}"', f'"{text}"', 1)) from None
    if not rest:
        return date, NO_TIME
    try:
        parsed = parse_time(rest)
    except ValueError as exc:
        raise ValueError(str(exc).replace(f'"{rest}"', f'"{text}"', 1)) from None
    if (
        parsed.precision == "exact"
        and parsed.time == dt.time(0)
        and re.fullmatch(r"0?0[:.]00(?:[:.]00)?", rest)
    ):
        return date, NO_TIME  # "2024-04-15 00:00:00": a date exported with a midnight time
    return date, parsed


def parse_date(value: object) -> dt.date:
    """The date of a cell; a time part, if any, is validated and dropped."""
    return parse_datetime(value)[0]


# ---------------------------------------------------------------- times

_HM = re.compile(r"(\d{1,2})[:.,](\d{2})(?:[:.,](\d{2}))?")
_DIGITS = re.compile(r"\d{1,4}")
_KL = re.compile(r"^kl(?:ockan)?\.?\s*")


def _make_time(hour: int, minute: int, raw: str, second: int = 0) -> ParsedTime:
    if hour > 23 or minute > 59 or second > 59:
        what = f"timme {hour}" if hour > 23 else f"minut {minute}" if minute > 59 else f"sekund {second}"
        raise ValueError(f'ogiltig tid "{raw}": {what} finns inte {TIME_HINT}')
    return ParsedTime(dt.time(hour, minute, second), "exact")


@lru_cache(maxsize=4096)
def _parse_time_text(raw: str) -> ParsedTime:
    text = _fold(raw)
    if not text or text in _UNKNOWN_TIME_WORDS:
        return NO_TIME
    if text in DAYPARTS:
        return ParsedTime(dt.time(DAYPARTS[text]), "daypart")
    text = _KL.sub("", text)
    if m := _HM.fullmatch(text):
        return _make_time(int(m[1]), int(m[2]), raw, int(m[3] or 0))
    if _DIGITS.fullmatch(text):
        if len(text) <= 2:
            return _make_time(int(text), 0, raw)
        return _make_time(int(text[:-2]), int(text[-2:]), raw)
    raise ValueError(f'okänd tid "{raw.strip()}" {TIME_HINT}')


def parse_time(value: object) -> ParsedTime:
    """Time of day and its precision. Excel numbers: a fraction below 1 is a day fraction
    (0.5 = 12:00), an integer is ``hhmm`` (2130), other numbers are hours with minutes after the decimal
    point as typed (21.3 = 21,30 in Swedish Excel = 21:30)."""
    if is_blank(value):
        return NO_TIME
    if isinstance(value, dt.datetime):
        return ParsedTime(value.time().replace(microsecond=0), "exact")
    if isinstance(value, dt.time):
        return ParsedTime(value.replace(microsecond=0, tzinfo=None), "exact")
    if isinstance(value, dt.timedelta):
        seconds = round(value.total_seconds())
        if not 0 <= seconds < 86400:
            raise ValueError(f'ogiltig tid "{value}" {TIME_HINT}')
        return ParsedTime(dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60), "exact")
    if isinstance(value, bool):
        raise ValueError(f'okänd tid "{value}" {TIME_HINT}')
    if isinstance(value, int | float | np.integer | np.floating):
        number = float(value)
        raw = cell_text(value) or ""
        if not math.isfinite(number) or number < 0:
            raise ValueError(f'okänd tid "{raw}" {TIME_HINT}')
        if number < 1:
            minutes = round(number * 24 * 60) % (24 * 60)
            return ParsedTime(dt.time(minutes // 60, minutes % 60), "exact")
        if number.is_integer():
            return _parse_time_text(str(int(number)))
        hour = math.floor(number)
        return _make_time(hour, round((number - hour) * 100), raw)
    return _parse_time_text(str(value))


# ---------------------------------------------------------------- local time


def localize(
    naive: Sequence[dt.datetime], first_occurrence: Sequence[bool] | None = None
) -> pd.DatetimeIndex:
    """Vectorised wall time -> tz-aware Europe/Stockholm (rules in the module docstring).
    ``first_occurrence[i]`` False picks the second (winter-time) reading of an ambiguous time."""
    index = pd.DatetimeIndex(list(naive), dtype="datetime64[us]")
    ambiguous = np.ones(len(index), bool) if first_occurrence is None else np.asarray(first_occurrence, bool)
    return index.tz_localize(TZ_NAME, ambiguous=ambiguous, nonexistent="shift_forward")


def combine_local(date: dt.date, time: dt.time | None) -> pd.Timestamp:
    """Date + optional time (midnight when None) as a tz-aware Europe/Stockholm Timestamp."""
    return localize([dt.datetime.combine(date, time or dt.time(0))])[0]


# ---------------------------------------------------------------- numbers

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:[\s\u00a0\u202f\u2009']\d{3})+(?:[.,]\d+)?")
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
# Digits with at most one decimal comma or point, nothing else: no grouping, no space, one separator, so
# `_parse_decimal_text` would only turn the comma into a point (most coordinates of a file; no cache).
_SIMPLE = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


@lru_cache(maxsize=4096)
def _parse_decimal_text(raw: str) -> float:
    text = raw.strip().replace("\u2212", "-")
    if _GROUPED.fullmatch(text):
        text = _SPACES.sub("", text)
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        whole, _, frac = text.rpartition(decimal)
        groups = whole.lstrip("+-").split(thousands)
        if not all(len(g) == 3 for g in groups[1:]) or not 1 <= len(groups[0]) <= 3:
            raise ValueError(f'okänt tal "{raw.strip()}" {NUMBER_HINT}')
        text = whole.replace(thousands, "") + "." + frac
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    if not _PLAIN.fullmatch(text):
        raise ValueError(f'okänt tal "{raw.strip()}" {NUMBER_HINT}')
    return float(text)


def parse_decimal(value: object) -> float:
    """A number with decimal comma or point (``6574123,5``, ``59.2931``, ``4 500,50``); NaN when
    blank. ``1.234,5`` and ``1,234.5`` are read by their last separator; ``1.234.567`` is an error."""
    if type(value) is str:  # every CSV cell: the checks below in the order they would decide
        if _SIMPLE.fullmatch(value):  # "6574123,5", "59.2931": what _parse_decimal_text makes of it
            return float(value.replace(",", "."))
        return _parse_decimal_text(value) if value.strip() else math.nan
    if is_blank(value):
        return math.nan
    if isinstance(value, bool):
        raise ValueError(f'okänt tal "{value}" {NUMBER_HINT}')
    if isinstance(value, int | float | np.integer | np.floating):
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(f'okänt tal "{value}" {NUMBER_HINT}')
        return number
    return _parse_decimal_text(str(value))


_COST_PREFIX = re.compile(r"^(?:ca\.?|cirka|~|sek)\s*")
_COST_SUFFIX = re.compile(r"\s*(?:kr\.?|kronor|sek|:-|,-|\.-)$")


def parse_cost_sek(value: object) -> float:
    """A cost in kronor: ``4 500 kr``, ``4500``, ``4 500,50``, ``4 500:-``, ``ca 4000 kr``; NaN when blank.
    Words (``ca fyratusen``) and negative amounts are errors."""
    if is_blank(value):
        return math.nan
    cleaned = _COST_SUFFIX.sub("", _COST_PREFIX.sub("", _fold(value))) if isinstance(value, str) else value
    try:
        amount = parse_decimal(cleaned)
    except ValueError:
        raise ValueError(f'okänt belopp "{cell_text(value)}" {COST_HINT}') from None
    if math.isnan(amount):
        raise ValueError(f'okänt belopp "{cell_text(value)}" {COST_HINT}')
    if amount < 0:
        raise ValueError(f'negativt belopp "{cell_text(value)}"')
    limit = settings.get_int("max_cost_sek")
    if not math.isfinite(amount) or amount > limit:  # 400 digits parse as inf: never store that
        shown = cell_text(value) or ""
        shown = shown if len(shown) <= 30 else f"{shown[:20]}… ({len(shown)} tecken)"
        raise ValueError(
            f'orimligt belopp "{shown}": högst {limit:,} kr per händelse '.replace(",", "\u00a0")
            + f"(inställningen {settings.SETTINGS['max_cost_sek'].env})"
        )
    return amount
