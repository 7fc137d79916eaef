"""Is a week complete? Regular reporters, the grace period, the default week, the Swedish notes."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from lagesbild.analysis.completeness import last_complete_week, regular_reporters, week_basis
from lagesbild.weeks import TZ, previous_weeks

WEEK = "2026-W20"  # Monday 11 May – Sunday 17 May 2026


def reports(rows: list[tuple[str, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(
        [(o, "kommun", w, n) for o, w, n in rows], columns=["organisation", "source", "iso_week", "count"]
    )


def at(day: int, month: int = 5) -> dt.datetime:
    return dt.datetime(2026, month, day, 9, 0, tzinfo=TZ)


HISTORY = [(o, w, 3) for w in previous_weeks(WEEK, 8) for o in ("Polisen", "Nacka kommun")]
HISTORY += [("Föreningen", previous_weeks(WEEK, 8)[0], 1)]  # reported once: not a weekly reporter


def test_regular_reporters_are_those_seen_most_weeks_before() -> None:
    assert regular_reporters(reports(HISTORY), WEEK) == ["Nacka kommun", "Polisen"]


def test_one_file_of_a_new_week_does_not_make_it_complete() -> None:
    frame = reports([*HISTORY, ("Polisen", WEEK, 5)])
    basis = week_basis(frame, WEEK, now=at(18), grace_days=7)
    assert basis.has_data and basis.over and not basis.complete and not basis.sufficient
    assert basis.missing == ("Nacka kommun",)
    assert basis.note() == (
        "Ofullständig vecka: rapport saknas från Nacka kommun (1 av 2 ordinarie rapportörer har rapporterat)."
    )
    assert basis.reason() == "rapport saknas från Nacka kommun"
    # The default week stays the previous, complete one.
    weeks = [*previous_weeks(WEEK, 8), WEEK]
    assert last_complete_week(frame, weeks, now=at(18), grace_days=7) == previous_weeks(WEEK, 1)[0]
    # Over by the grace period: complete, but still no basis for a green status.
    late = week_basis(frame, WEEK, now=at(25), grace_days=7)
    assert late.complete and not late.sufficient
    assert last_complete_week(frame, weeks, now=at(25), grace_days=7) == WEEK


def test_all_reporters_in_makes_the_week_complete_once_it_is_over() -> None:
    frame = reports([*HISTORY, ("Polisen", WEEK, 5), ("Nacka kommun", WEEK, 2)])
    running = week_basis(frame, WEEK, now=at(15), grace_days=7)
    assert not running.complete and running.note().startswith("Vecka 20 pågår fortfarande")
    done = week_basis(frame, WEEK, now=at(18), grace_days=7)
    assert done.complete and done.sufficient and done.note() == "" and done.reason() is None


def test_a_week_without_reports_says_so() -> None:
    basis = week_basis(reports(HISTORY), WEEK, now=at(30), grace_days=7)
    assert not basis.has_data and not basis.complete
    assert (
        basis.note()
        == "Inga rapporter har kommit in för vecka 20. Det finns inget underlag för en lägesbild."
    )


def test_a_register_overrides_the_reporters_seen() -> None:
    frame = reports([*HISTORY, ("Polisen", WEEK, 5), ("Nacka kommun", WEEK, 2)])
    basis = week_basis(frame, WEEK, now=at(18), grace_days=7, expected=["Polisen", "Bostadsbolaget"])
    assert basis.missing == ("Bostadsbolaget",)


def test_a_shared_output_names_the_missing_reporter_through_the_gate() -> None:
    """Judged on the real reporters; shown as the privacy gate names them (an unregistered one by its
    source label), so a typed person's name never reaches a shared note."""
    frame = reports([*HISTORY, ("Polisen", WEEK, 5)])
    basis = week_basis(frame, WEEK, now=at(18), grace_days=7)
    shown = basis.named({"Nacka kommun": "Kommun", "Polisen": "Polisen"})
    assert (shown.sufficient, shown.complete) == (basis.sufficient, basis.complete)
    assert shown.note() == (
        "Ofullständig vecka: rapport saknas från Kommun (1 av 2 ordinarie rapportörer har rapporterat)."
    )
    assert shown.reason() == "rapport saknas från Kommun"


def test_the_newest_first_search_picks_what_judging_every_week_picked() -> None:
    """`last_complete_week` stops at the newest complete week; the rule it keeps: the newest complete
    of the last twelve candidates, else the newest that is over, else the newest candidate."""
    weeks = [*previous_weeks(WEEK, 14), WEEK]
    gaps = [
        [*HISTORY, ("Polisen", WEEK, 5)],
        [*HISTORY, ("Polisen", WEEK, 5), ("Nacka kommun", WEEK, 2)],
        [(o, w, n) for o, w, n in HISTORY if w != previous_weeks(WEEK, 1)[0] or o != "Polisen"],
        [("Polisen", WEEK, 1)],
        [],
    ]
    for rows in gaps:
        frame = reports(rows)
        for now in (at(12), at(18), at(25), at(30), at(3, 6)):
            for expected in (None, ["Polisen"], ["Polisen", "Okänd"]):
                bases = [week_basis(frame, w, now=now, grace_days=7, expected=expected) for w in weeks[-12:]]
                judged = next((b.week for b in reversed(bases) if b.complete), None)
                judged = judged or next((b.week for b in reversed(bases) if b.over), None) or weeks[-1]
                assert last_complete_week(frame, weeks, now=now, grace_days=7, expected=expected) == judged
