"""The review table's edits merged with bulk actions (dashboard/review_edits.py): pure functions."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import review_edits as rx
from lagesbild.commands import RowEdit

CODES = {"Klotter": "klotter", "Skadegörelse": "skadegorelse", "Sexualbrott": "sexualbrott"}


def _base(approve: bool = False) -> pd.DataFrame:
    return pd.DataFrame(
        {
            rx.APPROVE: approve,
            rx.TEXT: ["Klotter på muren.", "Glaskross.", "Test."],
            rx.REASON: pd.Series([None, None, None], dtype=object),
            rx.FREE_TEXT: "",
            rx.CATEGORY: ["Klotter", "Skadegörelse", "Klotter"],
            rx.AREA: ["Älta", "Fisksätra", None],
            "Plats": ["Älta centrum", "", ""],
        },
        index=pd.Index([11, 12, 13], name="id"),
    )


def test_fold_keys_a_tables_edits_by_incident_and_later_edits_win() -> None:
    pending = rx.fold(
        {12: {rx.TEXT: "Första"}}, {"1": {rx.TEXT: "Andra"}, 0: {rx.APPROVE: True}}, [11, 12, 13]
    )
    assert pending == {11: {rx.APPROVE: True}, 12: {rx.TEXT: "Andra"}}


@pytest.mark.parametrize(
    "edited", [{5: {rx.TEXT: "x"}}, {0: {"Plats": "x"}}, {0: "inte celler"}, {-1: {rx.TEXT: "x"}}]
)
def test_fold_ignores_rows_off_the_table_and_read_only_columns(edited: dict[object, object]) -> None:
    assert rx.fold({}, edited, [11, 12]) == {}


def test_fold_does_not_change_its_input() -> None:
    pending = {11: {rx.TEXT: "a"}}
    rx.fold(pending, {0: {rx.TEXT: "b"}}, [11])
    assert pending == {11: {rx.TEXT: "a"}}


def test_select_all_after_an_edit_approves_the_edited_text() -> None:
    """The issue's case: edit a text, toggle "Markera alla", save: the edited text is saved."""
    ids = [11, 12, 13]
    pending = rx.fold({}, {0: {rx.TEXT: "Klotter på muren (namn borttaget)."}, 2: {rx.APPROVE: False}}, ids)
    pending = rx.without(pending, rx.APPROVE)  # the switch decides Granskad for every row
    shown = rx.table(_base(approve=True), pending)
    assert shown[rx.APPROVE].tolist() == [True, True, True]
    chosen = rx.decisions(_base(), shown, CODES)
    assert chosen.approve == ids and chosen.reject == {}
    assert chosen.edits == [RowEdit(11, description="Klotter på muren (namn borttaget).")]


def test_toggling_select_all_off_again_keeps_every_other_edit() -> None:
    pending: rx.Pending = {
        11: {rx.TEXT: "Ny text", rx.APPROVE: True},
        12: {rx.CATEGORY: "Klotter", rx.AREA: "Älta"},
    }
    for _ in range(2):  # on, then off: nothing but Granskad changes
        pending = rx.without(pending, rx.APPROVE)
    shown = rx.table(_base(), pending)
    assert shown.loc[11, rx.TEXT] == "Ny text" and not shown[rx.APPROVE].any()
    chosen = rx.decisions(_base(), shown, CODES)
    assert chosen.approve == []
    assert chosen.edits == [
        RowEdit(11, description="Ny text"),
        RowEdit(12, category="klotter", area="Älta"),
    ]


def test_a_reason_rejects_even_a_ticked_row() -> None:
    pending = {
        11: {rx.REASON: rx.NO_REASON},  # chosen back to "no reason": approved
        12: {rx.REASON: "Fel kommun", rx.FREE_TEXT: "  hör till  Tyresö "},
        13: {rx.FREE_TEXT: "Test"},
    }
    chosen = rx.decisions(_base(), rx.table(_base(approve=True), pending), CODES)
    assert chosen.reject == {12: "Fel kommun: hör till Tyresö", 13: "Test"}
    assert chosen.approve == [11] and chosen.edits == []


def test_edits_of_reports_no_longer_waiting_are_dropped() -> None:
    shown = rx.table(_base().drop(index=13), {13: {rx.TEXT: "borta"}, 11: {"Okänd kolumn": 1}})
    assert list(shown.index) == [11, 12] and shown.loc[11, rx.TEXT] == "Klotter på muren."
    assert rx.decisions(_base(), shown, CODES).empty()


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({rx.TEXT: " Klotter på  muren. "}, []),  # only whitespace differs: not an edit
        ({rx.CATEGORY: "Sexualbrott"}, [RowEdit(11, category="sexualbrott")]),
        ({rx.CATEGORY: None}, []),  # an emptied category keeps the old one
        ({rx.AREA: "Fisksätra"}, [RowEdit(11, area="Fisksätra")]),
        ({rx.TEXT: ""}, [RowEdit(11, description="")]),
    ],
)
def test_decisions_per_edit(cells: dict[str, object], expected: list[RowEdit]) -> None:
    assert rx.decisions(_base(), rx.table(_base(), {11: cells}), CODES).edits == expected
