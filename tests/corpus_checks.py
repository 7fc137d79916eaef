"""Checks every labelled redaction corpus must pass, whoever wrote it (tests/test_blind*_corpus.py).

They never call the redaction: they check that a corpus's labels mean what they say, so that a figure
measured on it counts what it claims to count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from stdnum import luhn

from tests.independent_labels import (
    INFO_LOOKALIKE_KINDS,
    NAME_KINDS,
    STRUCTURED_KINDS,
    TARGET_LOOKALIKE_KINDS,
    Sentence,
)


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


def capitalised_lowercase_names(corpus: Sequence[Sentence]) -> list[str]:
    """Names labelled lowercase that carry a capital."""
    return [
        p.surface
        for s in corpus
        for p in s.planted
        if p.kind == "lowercase_name" and p.surface.lower() != p.surface
    ]


def surfaces_not_in_text(corpus: Sequence[Sentence]) -> list[object]:
    """Planted items whose surface (in any case) is not in their sentence."""
    return [(p.surface, s.text) for s in corpus for p in s.planted if p.surface.lower() not in s.text.lower()]


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


def too_few_items(
    corpus: Sequence[Sentence],
    *,
    per_kind: int = 30,
    info: int = 20,
    hard_names: int = 120,
    names: int = 1000,
    structured: int = 600,
    lookalikes: int = 1200,
) -> list[object]:
    """What a blind corpus lacks of the sizes its measurement needs (the defaults are those corpora 8–10
    were written to): every harness kind `per_kind` items, information-only look-alikes `info`, word-names
    and lowercase names `hard_names` each, and the totals; plus any kind the harness does not know."""
    planted = Counter(p.kind for s in corpus for p in s.planted)
    looks = Counter(look.kind for s in corpus for look in s.lookalikes)
    bad: list[object] = [(k, planted[k]) for k in STRUCTURED_KINDS + NAME_KINDS if planted[k] < per_kind]
    bad += [(k, looks[k]) for k in TARGET_LOOKALIKE_KINDS if looks[k] < per_kind]
    bad += [(k, looks[k]) for k in INFO_LOOKALIKE_KINDS if looks[k] < info]
    bad += [("unknown kind", k) for k in set(planted) - set(STRUCTURED_KINDS + NAME_KINDS)]
    bad += [("unknown kind", k) for k in set(looks) - set(TARGET_LOOKALIKE_KINDS + INFO_LOOKALIKE_KINDS)]
    bad += [(k, planted[k]) for k in ("word_name", "lowercase_name") if planted[k] < hard_names]
    totals = {
        "names": (sum(planted[k] for k in NAME_KINDS), names),
        "structured": (sum(planted[k] for k in STRUCTURED_KINDS), structured),
        "look-alikes": (sum(looks.values()), lookalikes),
    }
    bad += [(what, n) for what, (n, least) in totals.items() if n < least]
    return bad


def word_name_roles(corpus: Sequence[Sentence], firsts: set[str], surnames: set[str]) -> Counter[str]:
    """How the corpus's word-names stand: as a given name (`firsts`), a surname, or neither (`other`)."""
    return Counter(
        "first" if p.surface in firsts else "surname" if p.surface in surnames else "other"
        for s in corpus
        for p in s.planted
        if p.kind == "word_name"
    )
