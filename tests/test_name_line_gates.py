"""The line patterns of name_lines.py are scanned only where the text holds what each of their matches
holds (issue 16): a greeting word, the colon or dash after a speaker, the colon after a lowercase one."""

from __future__ import annotations

import re

from lagesbild.privacy import name_lines as lines
from tests.test_name_signal_gates import FRAME_TEXTS, _texts

OWN = [
    "Hej Liv!",
    "HEJ LIV!",
    "hejsan Saga, allt lugnt",
    "God morgon Saga,",
    "Godmorgon Saga.",
    "Thank you Hope!",
    "Bra jobbat Ali.",
    "Lugnt i kväll.\nTack Saga,",
    "[21:05] Dardan K: ok",
    "Dardan Krasniqi 21:06: vi ses",
    "Hope 21:07 – vi går vidare",
    "Seriekrock - en skadad",
    "13:15 arnel cortez: vi ses",
    "[14:05] liyu: hej",
    "Dardan här från kassan",
    "İNGRIPANDE. Hej Straße!",
]


def _greetings() -> list[str]:
    """Every greeting of the pattern's alternation, with `[ \\t]?` read as nothing and as a space."""
    alternation = re.search(r"\(\?i:(.*?)\)\[ \\t\]\+\(\?P<n>", lines._GREETING_RE.pattern, re.S)
    assert alternation is not None
    forms = []
    for alt in alternation.group(1).split("|"):
        for gap in ("", " "):
            forms.append(alt.replace("[ \\t]?", gap).replace("[ \\t]+", " "))
    return forms


def test_every_greeting_opens_its_gate() -> None:
    for greeting in _greetings():
        for text in (f"{greeting} Liv!", f"{greeting.upper()} Liv!", f"Lugnt.\n  {greeting} Liv,"):
            assert lines._GREETING_RE.search(text), text
            assert lines._A_GREETING(text), text


def test_a_line_pattern_matches_only_where_its_gate_opens() -> None:
    hits = {"greeting": 0, "chat": 0, "lower": 0}
    for text in OWN + FRAME_TEXTS + _texts():
        if lines._GREETING_RE.search(text):
            assert lines._A_GREETING(text), text
            hits["greeting"] += 1
        if lines._CHAT_RE.search(text):
            assert lines._a_speakers_mark(text), text
            hits["chat"] += 1
        if lines._CHAT_LOWER_RE.search(text):
            assert ":" in text, text
            hits["lower"] += 1
    assert all(hits.values()), hits
    assert not lines._A_GREETING("Trafikolycka, Stockholm")
    assert not lines._a_speakers_mark("04 januari 10.15, Trafikolycka, Stockholm")
