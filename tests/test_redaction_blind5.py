"""Redaction measured on the fifth blind corpus (issue 14): tests/blind5_corpus.py, written without
reading the rules, their name lists or the earlier blind corpora (docs/redaction_blind5.md).

The DELIVERED figures were measured once, on MEASURED_ON plus the corpus files. The ratchets below keep
them from falling; the targets (100 % per structured kind, ≥ 98 % names, ≤ 2 % look-alikes lost) are
strict xfails where the delivered figure is below target, so a rule change that reaches a target shows up
as XPASS and the ratchet must be raised. Tuning the rules on this corpus spends it: a fresh one is then
needed for an honest figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.blind5_corpus import build
from tests.redaction_measure import (
    LOST_TARGET,
    Measurement,
    lookalike_targets,
    measure,
    names_target,
    recall_targets,
    report,
)

pytestmark = pytest.mark.slow

MEASURED_ON = "561f303"  # main when the corpus was delivered
TITLE = "Redaction on the fifth blind corpus (issue 14)"
ABOUT = (
    "Written blind by helper blind5 from its own knowledge of how EST reporters write; see "
    f"docs/redaction_blind5.md. Delivered figures measured on main {MEASURED_ON}."
)

# kind: (found, items) as delivered
DELIVERED_FOUND = {
    "address": (101, 101),
    "apartment": (53, 53),
    "case_number": (53, 53),
    "email": (48, 48),
    "first_name": (151, 169),
    "full_name": (294, 307),
    "landline": (58, 58),
    "lowercase_name": (72, 82),
    "mobile": (94, 94),
    "nickname": (67, 123),
    "personnummer": (48, 48),
    "plate": (41, 41),
    "plate_new": (45, 46),
    "property": (30, 30),
    "samordningsnummer": (36, 36),
    "surname_after_role": (122, 124),
    "word_name": (55, 71),
}
DELIVERED_NAMES = (761, 876)
# kind: (kept, items) as delivered
DELIVERED_KEPT = {
    "amount": (48, 48),
    "bus_line": (54, 54),
    "date": (212, 213),
    "institution": (266, 266),
    "organisation": (146, 159),
    "person_street": (42, 42),
    "place": (89, 89),
    "street": (154, 154),
    "time": (173, 173),
    "week": (111, 113),
    "word": (78, 78),
}
# The ratchets: raise them when the rules improve, never lower them.
# The ratchets. Raise a figure here when a change finds or keeps more, and say which rules read this
# corpus's misses: from then on that kind is a development figure, not a blind one.
FOUND = {
    **DELIVERED_FOUND,
    # The sixth name round (branch names6), which never read this corpus, had blind figures of full names
    # 300, first names 155 and nicknames 76. Stop 19's seventh name round (lagesbild/privacy/
    # name_unknown.py: capitalised words that are no known word, place or organisation) wrote its list of
    # short forms after this corpus's misses were listed in docs/redaction_blind5.md, so these are
    # development figures from here on; so is the lowercase new plate after a vehicle word (`bil glo 21a`).
    "plate_new": (46, 46),
    "full_name": (304, 307),
    "first_name": (160, 169),
    "nickname": (117, 123),  # stop 20: a lowercase signature (`/frasse`)
    "word_name": (60, 71),  # stop 20
    "lowercase_name": (79, 82),  # stop 20, the eighth name round (development)
}
NAMES = (842, 876)  # the eighth name round (stop 20), development (sixth, blind: 780; delivered: 761)
KEPT = dict(DELIVERED_KEPT)


@pytest.fixture(scope="module")
def measured(artifacts: Path) -> Measurement:
    m = measure(build())
    (artifacts / "redaction_blind5.md").write_text(report(m, TITLE, ABOUT), encoding="utf-8")
    return m


def test_corpus_is_the_one_measured(measured: Measurement) -> None:
    assert {k: t.total for k, t in measured.recall.items()} == {k: n for k, (_, n) in FOUND.items()}
    assert {k: t.total for k, t in measured.kept.items()} == {k: n for k, (_, n) in KEPT.items()}
    assert measured.names_overall().total == NAMES[1]


@pytest.mark.parametrize("kind", list(FOUND))
def test_recall_does_not_fall(measured: Measurement, kind: str) -> None:
    t = measured.recall[kind]
    missed = [item for item, _, _ in t.missed]
    assert t.hits >= FOUND[kind][0], (
        f"{kind}: {t.hits} of {t.total} found, was {FOUND[kind][0]}; missed {missed}"
    )


def test_name_recall_does_not_fall(measured: Measurement) -> None:
    overall = measured.names_overall()
    assert overall.hits >= NAMES[0], f"names: {overall.hits} of {overall.total}, was {NAMES[0]}"


@pytest.mark.parametrize("kind", list(KEPT))
def test_lookalikes_lost_do_not_rise(measured: Measurement, kind: str) -> None:
    t = measured.kept[kind]
    lost = [item for item, _, _ in t.missed]
    assert t.total - t.hits <= KEPT[kind][1] - KEPT[kind][0], f"{kind}: lost {lost}"


@pytest.mark.parametrize(("kind", "target"), recall_targets(FOUND))
def test_recall_target(measured: Measurement, kind: str, target: float) -> None:
    assert measured.recall[kind].rate >= target


@pytest.mark.parametrize("target", names_target(NAMES))
def test_name_recall_target(measured: Measurement, target: float) -> None:
    assert measured.names_overall().rate >= target


@pytest.mark.parametrize("kind", lookalike_targets(KEPT))
def test_lookalikes_lost_target(measured: Measurement, kind: str) -> None:
    assert 1 - measured.kept[kind].rate <= LOST_TARGET
