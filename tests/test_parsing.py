"""The cell parsers: every accepted writing, every refused one, DST edges."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from data_ingest.readers.parsing import (
    DAYPARTS,
    ParsedTime,
    _parse_decimal_text,
    cell_text,
    combine_local,
    is_blank,
    localize,
    normalise_header,
    parse_cost_sek,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_time,
)

D = dt.date(2024, 4, 15)


@pytest.mark.parametrize(
    "value",
    [
        "2024-04-15",
        "2024-4-15",
        " 2024-04-15 ",
        "2024/04/15",
        "15/4/2024",
        "15/04/2024",
        "15.4.2024",
        "15.04.2024",
        "15-4-2024",
        "20240415",
        20240415,
        "15 april 2024",
        "15 Apr 2024",
        "45397",  # Excel serial as text
        "45397,75",  # serial with a time fraction
        45397,
        45397.0,
        45397.999,
        dt.date(2024, 4, 15),
        dt.datetime(2024, 4, 15, 21, 30),
        pd.Timestamp("2024-04-15 08:00"),
        "2024-04-15 21:30",
        "2024-04-15T21:30:00",
        "2024-04-15 00:00:00",
        "15/4/2024 kl 21.30",
    ],
)
def test_parse_date_accepts(value: object) -> None:
    assert parse_date(value) == D


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("31/13/2025", 'okänt datumformat "31/13/2025": månad 13 finns inte'),
        ("4/15/2024", "datum skrivs med dagen först"),
        ("31/4/2024", "dag 31 finns inte"),
        ("29/2/2023", "dag 29 finns inte"),
        ("15/04/24", "skriv året med fyra siffror"),
        ("24-04-15", "skriv året med fyra siffror"),
        ("igår", 'okänt datumformat "igår"'),
        ("2024-04", "okänt datumformat"),
        ("", "datum saknas"),
        (None, "datum saknas"),
        ("12", "okänt datumformat"),
        (12, "orimligt datum"),  # Excel serial 12 = 1900-01-11
        ("1/1/1999", "orimligt datum"),
        ("15 smörgås 2024", "okänt datumformat"),
        (True, "okänt datumformat"),
        (float("nan"), "datum saknas"),
        ("2024-04-15 25:00", 'ogiltig tid "2024-04-15 25:00": timme 25 finns inte'),
        ("2024-04-15 sent", 'okänd tid "2024-04-15 sent"'),
        ("15 april 2024 21:30", 'okänt datumformat "15 april 2024 21:30"'),
        ("31/13/2025 21:30", 'okänt datumformat "31/13/2025 21:30": månad 13'),
    ],
)
def test_parse_date_refuses(value: object, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_date(value)


def test_date_message_names_the_accepted_forms() -> None:
    with pytest.raises(ValueError) as info:
        parse_date("31/13/2025")
    assert "(förväntat t.ex. 2024-04-15, 15/4/2024 eller 15.4.2024)" in str(info.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-04-15 21:30", (D, ParsedTime(dt.time(21, 30), "exact"))),
        ("15/4/2024 21.30", (D, ParsedTime(dt.time(21, 30), "exact"))),
        ("2024-04-15T21:30:15", (D, ParsedTime(dt.time(21, 30, 15), "exact"))),
        ("2024-04-15 kväll", (D, ParsedTime(dt.time(20), "daypart"))),
        ("2024-04-15", (D, ParsedTime(None, "day"))),
        ("2024-04-15 00:00", (D, ParsedTime(None, "day"))),
        ("2024-04-15T19:30:00Z", (D, ParsedTime(dt.time(21, 30), "exact"))),
        ("2024-04-15T21:30:00+02:00", (D, ParsedTime(dt.time(21, 30), "exact"))),
        ("45397,75", (D, ParsedTime(dt.time(18), "exact"))),
        (45397.5, (D, ParsedTime(dt.time(12), "exact"))),
        (dt.datetime(2024, 4, 15), (D, ParsedTime(None, "day"))),
        (dt.datetime(2024, 4, 15, 7, 5), (D, ParsedTime(dt.time(7, 5), "exact"))),
    ],
)
def test_parse_datetime(value: object, expected: tuple[dt.date, ParsedTime]) -> None:
    assert parse_datetime(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("21:30", dt.time(21, 30)),
        ("21.30", dt.time(21, 30)),
        ("21,30", dt.time(21, 30)),
        ("2130", dt.time(21, 30)),
        ("930", dt.time(9, 30)),
        ("0930", dt.time(9, 30)),
        ("9:05", dt.time(9, 5)),
        ("21", dt.time(21)),
        ("7", dt.time(7)),
        ("kl 21.30", dt.time(21, 30)),
        ("kl. 9", dt.time(9)),
        ("21:30:15", dt.time(21, 30, 15)),
        ("00:00", dt.time(0)),
        ("23:59", dt.time(23, 59)),
        (dt.time(21, 30), dt.time(21, 30)),
        (dt.datetime(1899, 12, 30, 21, 30), dt.time(21, 30)),
        (dt.timedelta(hours=21, minutes=30), dt.time(21, 30)),
        (0.5, dt.time(12)),  # Excel day fraction
        (0.896, dt.time(21, 30)),
        (2130, dt.time(21, 30)),
        (2130.0, dt.time(21, 30)),
        (21.3, dt.time(21, 30)),  # "21,30" typed into Swedish Excel becomes the number 21.3
        (21.05, dt.time(21, 5)),
    ],
)
def test_parse_time_exact(value: object, expected: dt.time) -> None:
    assert parse_time(value) == ParsedTime(expected, "exact")


@pytest.mark.parametrize(
    ("word", "hour"),
    [
        ("morgon", 7),
        ("förmiddag", 10),
        ("Eftermiddag", 15),
        ("KVÄLL", 20),
        ("natt", 2),
        (" kvällen ", 20),
        ("fm", 10),
    ],
)
def test_parse_time_daypart(word: str, hour: int) -> None:
    assert parse_time(word) == ParsedTime(dt.time(hour), "daypart")


@pytest.mark.parametrize("value", [None, "", "  ", "\u00a0", float("nan"), "-", "okänd"])
def test_parse_time_empty_is_day_precision(value: object) -> None:
    assert parse_time(value) == ParsedTime(None, "day")


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("25:70", 'ogiltig tid "25:70": timme 25 finns inte'),
        ("21:70", "minut 70 finns inte"),
        ("24:00", "timme 24 finns inte"),
        ("2360", "minut 60 finns inte"),
        ("12345", "okänd tid"),
        ("sent", 'okänd tid "sent"'),
        ("21:3", "okänd tid"),
        ("21-23", "okänd tid"),
        (True, "okänd tid"),
        (-1.0, "okänd tid"),
        (dt.timedelta(hours=25), "ogiltig tid"),
    ],
)
def test_parse_time_refuses(value: object, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_time(value)


def test_dayparts_have_sane_hours() -> None:
    assert all(0 <= h <= 23 for h in DAYPARTS.values())


# ---------------------------------------------------------------- local time and DST


@pytest.mark.parametrize(
    ("date", "time", "expected"),
    [
        (dt.date(2024, 4, 15), dt.time(21, 30), "2024-04-15 21:30:00+02:00"),
        (dt.date(2024, 1, 15), dt.time(21, 30), "2024-01-15 21:30:00+01:00"),
        (dt.date(2024, 1, 15), None, "2024-01-15 00:00:00+01:00"),
        # the skipped hour (31 March 2024, 02:00 -> 03:00): shifted forward to the first valid instant
        (dt.date(2024, 3, 31), dt.time(2, 30), "2024-03-31 03:00:00+02:00"),
        (dt.date(2024, 3, 31), dt.time(1, 59), "2024-03-31 01:59:00+01:00"),
        (dt.date(2024, 3, 31), dt.time(3, 0), "2024-03-31 03:00:00+02:00"),
        # the repeated hour (27 October 2024, 03:00 -> 02:00): the first occurrence (summer time)
        (dt.date(2024, 10, 27), dt.time(2, 30), "2024-10-27 02:30:00+02:00"),
        (dt.date(2024, 10, 27), dt.time(3, 0), "2024-10-27 03:00:00+01:00"),
        (dt.date(2025, 10, 26), dt.time(2, 0), "2025-10-26 02:00:00+02:00"),
    ],
)
def test_combine_local(date: dt.date, time: dt.time | None, expected: str) -> None:
    stamp = combine_local(date, time)
    assert str(stamp.tz) == "Europe/Stockholm"
    assert stamp == pd.Timestamp(expected)
    assert stamp.utcoffset() == pd.Timestamp(expected).utcoffset()


def test_localize_second_occurrence_and_vector_matches_scalar() -> None:
    walls = [dt.datetime(2024, 10, 27, 2, 30), dt.datetime(2024, 3, 31, 2, 30), dt.datetime(2024, 6, 1, 12)]
    assert [str(t) for t in localize(walls)] == [str(combine_local(w.date(), w.time())) for w in walls]
    assert str(localize(walls[:1], [False])[0]) == "2024-10-27 02:30:00+01:00"


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("6574123,5", 6574123.5),
        ("59,2931", 59.2931),
        ("59.2931", 59.2931),
        ("4 500,50", 4500.5),
        ("4\u00a0500,50", 4500.5),
        ("6 574 123,5", 6574123.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("-12,5", -12.5),
        ("\u221212,5", -12.5),
        (" 18 ", 18.0),
        (",5", 0.5),
        (6574123.5, 6574123.5),
        (18, 18.0),
    ],
)
def test_parse_decimal(value: object, expected: float) -> None:
    assert parse_decimal(value) == pytest.approx(expected)


def _general_decimal(text: str) -> tuple[str, object]:
    """What parse_decimal answers for a text without its shortcut for plain numbers."""
    try:
        return ("ok", _parse_decimal_text(text) if text.strip() else "nan")
    except ValueError as exc:
        return ("error", str(exc))


@given(st.text(alphabet="0123456789,.+- \u2212\u00a0'e٣", max_size=12))
def test_parse_decimal_shortcut_answers_as_the_general_parser(text: str) -> None:
    try:
        got: tuple[str, object] = ("ok", parse_decimal(text))
    except ValueError as exc:
        got = ("error", str(exc))
    if got[0] == "ok" and isinstance(got[1], float) and math.isnan(got[1]):
        got = ("ok", "nan")
    assert got == _general_decimal(text)


@pytest.mark.parametrize("value", [None, "", "  ", float("nan")])
def test_parse_decimal_blank_is_nan(value: object) -> None:
    assert math.isnan(parse_decimal(value))


@pytest.mark.parametrize(
    "value", ["abc", "1.234.567", "1,2,3", "59,29,31", "12 34", "nan", "inf", "1e5", True, math.inf]
)
def test_parse_decimal_refuses(value: object) -> None:
    with pytest.raises(ValueError, match="okänt tal"):
        parse_decimal(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("4 500 kr", 4500.0),
        ("4500", 4500.0),
        ("4 500,50", 4500.5),
        ("4 500:-", 4500.0),
        ("4500,-", 4500.0),
        ("4500 SEK", 4500.0),
        ("4 500 kronor", 4500.0),
        ("ca 4000 kr", 4000.0),
        ("0", 0.0),
        (4500, 4500.0),
        (4500.5, 4500.5),
    ],
)
def test_parse_cost_sek(value: object, expected: float) -> None:
    assert parse_cost_sek(value) == expected


@pytest.mark.parametrize("value", [None, "", " "])
def test_parse_cost_blank_is_nan(value: object) -> None:
    assert math.isnan(parse_cost_sek(value))


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("ca fyratusen", 'okänt belopp "ca fyratusen"'),
        ("kr", "okänt belopp"),
        ("-500 kr", "negativt belopp"),
        ("4,5,6", "okänt belopp"),
    ],
)
def test_parse_cost_refuses(value: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_cost_sek(value)


# ---------------------------------------------------------------- headers and cells


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Område", "område"),
        ("Område", "OMRÅDE"),
        ("Område", "Omrade"),
        ("Område", " Område\u00a0"),
        ("Datum", "\ufeffDatum"),
        ("Rapportör", "RAPPORTOR"),
        ("Händelsenr", "Händelse nr."),
        ("Ärendenr", "ärende_nr"),
        ("Område", "Omra\u030ade"),  # decomposed å (macOS)
    ],
)
def test_normalise_header_equal(a: str, b: str) -> None:
    assert normalise_header(a) == normalise_header(b)


def test_normalise_header_keeps_different_columns_apart() -> None:
    keys = ["Datum", "Tid", "Område", "Plats", "Kategori", "Beskrivning", "Rapportör", "N", "E", "Lat", "Lon"]
    keys += [
        "Händelse",
        "Händelsenr",
        "Brottstyp",
        "Klockslag",
        "Long",
        "Ärendenr",
        "Ärendetyp",
        "Registrerad",
    ]
    keys += ["Fastighet", "Adress", "Kostnad", "Bolag"]
    assert len({normalise_header(k) for k in keys}) == len(keys)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  x ", "x"),
        ("", None),
        (None, None),
        (701234567.0, "701234567"),
        (59.5, "59.5"),
        (dt.date(2024, 4, 15), "2024-04-15"),
        (dt.time(21, 30), "21:30"),
    ],
)
def test_cell_text(value: object, expected: str | None) -> None:
    assert cell_text(value) == expected
    assert is_blank(value) == (expected is None)


@given(st.text(max_size=30))
def test_parsers_only_raise_value_error(text: str) -> None:
    for parser in (parse_date, parse_time, parse_decimal, parse_cost_sek, parse_datetime):
        try:
            parser(text)
        except ValueError as exc:
            assert str(exc)  # a reason, in Swedish, quoting the value


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_date_writings_round_trip(date: dt.date) -> None:
    for text in (
        date.isoformat(),
        f"{date.day}/{date.month}/{date.year}",
        f"{date.day}.{date.month}.{date.year}",
    ):
        assert parse_date(text) == date
    serial = (date - dt.date(1899, 12, 30)).days
    assert parse_date(serial) == date
    assert parse_date(str(serial)) == date
