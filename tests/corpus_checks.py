"""Checks every labelled redaction corpus must pass, whoever wrote it (tests/test_blind*_corpus.py).

They never call the redaction: they check that a corpus's labels mean what they say, so that a figure
measured on it counts what it claims to count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from stdnum import luhn

from tests.independent_labels import Sentence


def unambiguous(corpus: Sequence[Sentence], problems: Callable[[Sentence], list[str]]) -> list[object]:
    """The sentences whose labels the corpus's own `problems` finds ambiguous, with the problems."""
    return [(s.text, problems(s)) for s in corpus if problems(s)]


def unmatched_probes(corpus: Sequence[Sentence]) -> list[object]:
    """Labels the untouched sentence contradicts: a planted item without probes, a probe that does not
    match, an item counted as found before any redaction, a look-alike not intact."""
    bad: list[object] = []
    for s in corpus:
        for item in s.planted:
            if not item.probes or not all(p.matches(s.text) for p in item.probes) or item.found(s.text):
                bad.append((item, s.text))
        bad.extend((look, s.text) for look in s.lookalikes if not look.kept(s.text))
    return bad


def invalid_identity_numbers(corpus: Sequence[Sentence]) -> list[str]:
    """Personnummer and samordningsnummer whose check digit fails, whose month is not a month, whose day
    or whose day does not say its kind (a samordningsnummer adds 60 to the day)."""
    bad = []
    for s in corpus:
        for item in s.planted:
            if item.kind not in ("personnummer", "samordningsnummer"):
                continue
            digits = re.sub(r"\D", "", item.surface)[-10:]
            month, day = int(digits[2:4]), int(digits[4:6])
            samordning = item.kind == "samordningsnummer"
            if not luhn.is_valid(digits) or not 1 <= month <= 12 or (day > 60) != samordning:
                bad.append(item.surface)
    return bad
