"""find_cue_names reads the cue words a text holds as the trigger words among its runs of word characters
and hyphens (name_cues._RUN_RE): the same set as the alternation of the triggers between such boundaries
that it replaced (issue 16)."""

from __future__ import annotations

import re

from lagesbild.privacy import name_cues as cues
from tests.test_name_signal_gates import FRAME_TEXTS, _texts

# The scan it replaced: each trigger where no word character or hyphen stands before or after it.
ALTERNATION_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(cues._ALL_TRIGGERS, key=len, reverse=True)) + r")(?![\w-])"
)
EDGE = [
    "",
    "enl. Ali, ang-Berg, enligt_x, möte-mot, -som- sa, mot.",
    "Kontakt med HYRESGÄSTEN, pratade–talade (snackade) 'från' «som»",
    "att och att-och och2 sa: säger_ vill",
    "İ ı ß Straße SA ͅmot",
]


def test_every_trigger_is_word_characters_only() -> None:
    assert cues._ALL_TRIGGERS
    assert all(re.fullmatch(r"\w+", w) for w in cues._ALL_TRIGGERS)


def test_the_triggers_among_the_runs_are_the_alternations_matches() -> None:
    found = 0
    for text in EDGE + FRAME_TEXTS + _texts():
        low = text.lower()
        expected = frozenset(ALTERNATION_RE.findall(low))
        assert cues._ALL_TRIGGERS.intersection(cues._RUN_RE.findall(low)) == expected, text
        found += len(expected)
    assert found > 0
