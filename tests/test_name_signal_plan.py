"""The signal gates asked at once (name_signal_gates.needed_signals) open exactly the gates that open one
by one: find_signal_names scans a pattern only when `needed_signals` names its gate."""

from __future__ import annotations

from lagesbild.privacy import name_signal_gates as gates
from tests.test_name_signal_gates import FRAME_TEXTS, _texts

SIGNAL_GATES = [getattr(gates, name) for name in gates.__all__]

# Case folding that is not one character for one lets every word gate open; characters and stems alone.
EDGE = [
    "",
    "Straße kallad Ali",
    "İNGRIPANDE mot Wichai",
    "ı och ͅ (smeknamn)",
    "Bråk vid torget i kväll",
    "KONTAKT MED VAKTM. JOHANSSON",
    "han s.k. Lillen",
    "den så",
    "«Sten» / Kalla: som, (x)",
]


def test_needed_signals_are_the_gates_that_need_the_text() -> None:
    opened = 0
    for text in EDGE + FRAME_TEXTS + _texts():
        expected = {g for g in SIGNAL_GATES if g.needs(text)}
        assert gates.needed_signals(text) == expected, text
        opened += len(expected)
    assert opened > 0


def test_every_signal_gate_is_asked() -> None:
    texts = EDGE + FRAME_TEXTS + _texts()
    assert set().union(*(gates.needed_signals(t) for t in texts)) == set(SIGNAL_GATES)
