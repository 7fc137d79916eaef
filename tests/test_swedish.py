"""The one Swedish formatter (lagesbild.swedish)."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as hs

from lagesbild import swedish


@pytest.mark.parametrize(
    ("value", "decimals", "shown"),
    [
        (12.25, 1, "12,3"),
        (0.25, 1, "0,3"),
        (-2.5, 0, "−3"),
        (-0.04, 1, "0,0"),
        (1234567.5, 0, "1\u00a0234\u00a0568"),
        (1234.5, 1, "1\u00a0234,5"),
        (None, 1, "–"),
        (math.nan, 1, "–"),
        (math.inf, 1, "–"),
    ],
)
def test_number(value: float | None, decimals: int, shown: str) -> None:
    assert swedish.number(value, decimals) == shown


def _number_by_decimal(value: float, decimals: int, trim: bool) -> str:
    """`swedish.number` as it was before its shortcut for whole numbers: Decimal for every value."""
    from decimal import ROUND_HALF_UP, Decimal

    rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if trim and rounded == rounded.to_integral_value():
        rounded, decimals = rounded.quantize(Decimal(1)), 0
    if rounded == 0:
        rounded = abs(rounded)
    text = f"{rounded:,.{decimals}f}"
    return text.replace(",", swedish.THOUSANDS).replace(".", ",").replace("-", swedish.MINUS)


@given(
    hs.one_of(
        hs.integers(-(10**12), 10**12).map(float),
        hs.sampled_from([0.0, -0.0, 1.0, -1.0, 2.0**53 - 1, 2.0**53, -(2.0**53), 1e20, 0.5, -0.5]),
        hs.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
    ),
    hs.integers(0, 3),
    hs.booleans(),
)
def test_whole_numbers_read_as_before(value: float, decimals: int, trim: bool) -> None:
    assert swedish.number(value, decimals, trim=trim) == _number_by_decimal(value, decimals, trim)
    assert swedish.number(int(value), decimals, trim=trim) == _number_by_decimal(int(value), decimals, trim)


def test_trimmed_whole_number_and_integer() -> None:
    assert swedish.number(3.0, trim=True) == "3"
    assert swedish.number(3.25, 2, trim=True) == "3,25"
    assert swedish.integer(12345) == "12\u00a0345"


def test_percent_and_signed() -> None:
    assert swedish.percent(0.456) == "46 %"
    assert swedish.percent(-0.45, sign=True) == "−45 %"
    assert swedish.percent(0.07, sign=True) == "+7 %"
    assert swedish.percent(0.0, sign=True) == "±0 %"
    assert swedish.signed(-3) == "−3"


def test_plural() -> None:
    assert swedish.plural(1, "rapport", "rapporter") == "1 rapport"
    assert swedish.plural(0, "rapport", "rapporter") == "0 rapporter"
    assert swedish.plural(2, "vecka", "veckor") == "2 veckor"


def test_dates_and_names() -> None:
    day = dt.date(2026, 3, 3)
    assert swedish.day_text(day) == "tis 3 mars"
    assert swedish.day_text(dt.date(2026, 3, 5)) == "tors 5 mars"
    assert swedish.date_text(day) == "3 mars 2026"
    assert swedish.date_text(dt.date(2025, 9, 1), short=True) == "1 sep 2025"
    assert swedish.date_span(dt.date(2025, 9, 1), dt.date(2025, 12, 31)) == "1 september – 31 december 2025"
    assert (
        swedish.date_span(dt.date(2025, 12, 29), dt.date(2026, 1, 4)) == "29 december 2025 – 4 januari 2026"
    )
    assert swedish.weekday_name(3) == "torsdag"
    assert swedish.month_name(6, short=True) == "juni"


def test_week_spans() -> None:
    assert swedish.week_span("2026-W12", "2026-W14") == "v. 12–14"
    assert swedish.week_span("2026-W12", "2026-W12") == "v. 12"
    assert swedish.week_span("2025-W52", "2026-W02") == "v. 52 2025 – v. 2 2026"
    assert swedish.week_list(["2025-W38", "2025-W41", "2025-W44"]) == "veckorna 38, 41 och 44"
    assert swedish.week_list(["2025-W38"]) == "vecka 38"


def test_kommun_names() -> None:
    assert swedish.kommun_name("Nyköping") == "Nyköpings kommun"
    assert swedish.kommun_name("Nacka") == "Nacka kommun"
    assert swedish.kommun_name("Vännäs") == "Vännäs kommun"
    assert swedish.genitive("Nyköping") == "Nyköpings"
    assert swedish.genitive("Borås") == "Borås"


def test_swedish_order() -> None:
    names = ["Östra", "Åsen", "Zeta", "Ängby", "Alby"]
    assert sorted(names, key=swedish.swedish_key) == ["Alby", "Zeta", "Åsen", "Ängby", "Östra"]
