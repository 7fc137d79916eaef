"""The one Swedish formatter: numbers, percentages, dates, week spans, plurals, month and weekday
names, genitive of place names and Swedish sort order.

Numbers: decimal comma, no-break space between thousands, a real minus sign (−, U+2212) and
rounding half up, as people round (a 4-week mean is often x,25 or x,75; 12,25 reads 12,3 in the
tables, the status reasons and the PDFs alike). Missing values read "–".
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal

THOUSANDS = "\u00a0"
MINUS = "\u2212"
MISSING = "–"

MONTHS_SHORT = ("jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec")
MONTHS_LONG = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS_SHORT = ("mån", "tis", "ons", "tors", "fre", "lör", "sön")
WEEKDAYS_LONG = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")

_SWEDISH_ORDER = str.maketrans("åäö", "{|}")  # å, ä, ö sort after z, in that order


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return not math.isfinite(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return True


def number(value: float | None, decimals: int = 1, *, trim: bool = False) -> str:
    """'1 234,5', '−0,3', '–' for missing. With `trim` a whole number drops its decimals (12 not 12,0)."""
    if _missing(value):
        return MISSING
    whole = float(value)  # type: ignore[arg-type]
    if whole.is_integer() and abs(whole) < 2**53 and decimals >= 0:
        # A whole number (most counts; 15,000 per Trender page): the same text without Decimal.
        text = f"{int(whole):,}" if trim or decimals == 0 else f"{int(whole):,}.{'0' * decimals}"
        return text.replace(",", THOUSANDS).replace(".", ",").replace("-", MINUS)
    step = Decimal(1).scaleb(-decimals)
    rounded = Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP)  # type: ignore[arg-type]
    if trim and rounded == rounded.to_integral_value():
        rounded = rounded.quantize(Decimal(1))
        decimals = 0
    if rounded == 0:
        rounded = abs(rounded)  # no "−0"
    text = f"{rounded:,.{decimals}f}"
    return text.replace(",", THOUSANDS).replace(".", ",").replace("-", MINUS)


def integer(value: int) -> str:
    """'12 345' (no-break space)."""
    return number(int(value), 0)


def signed(value: float, decimals: int = 0, unit: str = "") -> str:
    """'+25 %', '−3', '±0': an explicit sign for a change."""
    text = number(abs(value), decimals, trim=True)
    if text == "0":
        return f"±0{unit}"
    return f"{MINUS if value < 0 else '+'}{text}{unit}"


def percent(share: float | None, decimals: int = 0, *, sign: bool = False) -> str:
    """A share as a Swedish percentage: '45 %'; with `sign` a change: '−45 %', '+7 %', '±0 %'."""
    if _missing(share):
        return MISSING
    if sign:
        return signed(100 * float(share), decimals, " %")  # type: ignore[arg-type]
    return f"{number(100 * float(share), decimals)} %"  # type: ignore[arg-type]


def plural(count: int, one: str, many: str) -> str:
    """plural(1, "rapport", "rapporter") -> '1 rapport'."""
    return f"{integer(count)} {one if count == 1 else many}"


def month_name(month: int, *, short: bool = False) -> str:
    return (MONTHS_SHORT if short else MONTHS_LONG)[month - 1]


def weekday_name(day: dt.date | int, *, short: bool = False) -> str:
    """Weekday of a date, or by number (0 = Monday)."""
    index = day if isinstance(day, int) else day.weekday()
    return (WEEKDAYS_SHORT if short else WEEKDAYS_LONG)[index]


def day_text(day: dt.date) -> str:
    """'tis 3 mars'."""
    return f"{weekday_name(day, short=True)} {day.day} {month_name(day.month, short=True)}"


def date_text(day: dt.date, *, short: bool = False, year: bool = True) -> str:
    """'3 mars 2025', short months: '3 sep 2025'."""
    text = f"{day.day} {month_name(day.month, short=short)}"
    return f"{text} {day.year}" if year else text


def date_span(start: dt.date, end: dt.date) -> str:
    """'1 september – 31 december 2025' (the first year only where it differs)."""
    left = date_text(start, year=start.year != end.year)
    return f"{left} – {date_text(end)}"


def _week_parts(label: str) -> tuple[int, int]:
    year, week = label.upper().split("W")
    return int(year.rstrip("-")), int(week)


def week_span(first: str, last: str) -> str:
    """'v. 12–14' for ISO week labels; 'v. 52 2025 – v. 2 2026' across a new year; 'v. 12' for one."""
    (y1, w1), (y2, w2) = _week_parts(first), _week_parts(last)
    if (y1, w1) == (y2, w2):
        return f"v. {w1}"
    if y1 == y2:
        return f"v. {w1}–{w2}"
    return f"v. {w1} {y1} – v. {w2} {y2}"


def week_list(labels: list[str]) -> str:
    """'vecka 38' or 'veckorna 38, 41 och 44'."""
    numbers = [str(_week_parts(w)[1]) for w in labels]
    if len(numbers) == 1:
        return f"vecka {numbers[0]}"
    return f"veckorna {', '.join(numbers[:-1])} och {numbers[-1]}"


def genitive(name: str) -> str:
    """'Nyköpings'; names ending in s, x or z take no extra s ('Borås', 'Bjurholms')."""
    return name if name[-1:].lower() in ("s", "x", "z") else f"{name}s"


def kommun_name(name: str) -> str:
    """The kommun's name as written: 'Nyköpings kommun', 'Nacka kommun' (a name ending in a vowel or
    in s/x/z stands as it is)."""
    return f"{name if name[-1:].lower() in 'aeiouyåäö' else genitive(name)} kommun"


def file_part(text: str) -> str:
    """A name as part of a file name: lower case, words joined by hyphens, Swedish letters kept, any
    other character dropped except hyphens ("Nyköpings kommun" -> "nyköpings-kommun")."""
    words = [
        "".join(ch for ch in word if ch.isalnum() or ch == "-").strip("-") for word in text.casefold().split()
    ]
    return "-".join(w for w in words if w)


def swedish_key(name: str) -> str:
    """Sort key putting å, ä, ö after z, in that order."""
    return name.lower().translate(_SWEDISH_ORDER)
