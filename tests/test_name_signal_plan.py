"""The signal gates asked at once (name_signal_gates.needed_signals) open exactly the gates that open one
by one: find_signal_names scans a pattern only when `needed_signals` names its gate. The same for the
frames of name_frames.py (`needed_frames`)."""

from __future__ import annotations

from lagesbild.privacy import name_frames as frames
from lagesbild.privacy import name_signal_gates as gates
from tests.test_name_signal_gates import FRAME_TEXTS, _texts

SIGNAL_GATES = [getattr(gates, name) for name in gates.__all__]
FRAME_GATES = [v for v in vars(frames).values() if isinstance(v, gates.Gated)]

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
    "en mamma, Shukria, vars",
    "Hans granne, och",
    "EN KILLE, BAMSE, SÄLJER",
    "Ali och Bo fick",
    "Ali, Bo fick",
    "Ebru från ICA larmade",
    "Ebru på ICA larmade",
    "taggen presenterade",
    "Grannar, Zozan gripen",
    "Grannar. Zozan GRIPEN, sa de",
    "enligt Somchai B.: lugnt",
    "Kl. 08.06 kom A.",
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


def test_needed_frames_are_the_frame_gates_that_need_the_text() -> None:
    opened = 0
    for text in EDGE + FRAME_TEXTS + _texts():
        expected = {g for g in FRAME_GATES if g.needs(text)}
        assert frames.needed_frames(text) == expected, text
        opened += len(expected)
    assert opened > 0


def test_every_frame_gate_is_asked() -> None:
    texts = EDGE + FRAME_TEXTS + _texts()
    assert len(FRAME_GATES) == 14
    assert set().union(*(frames.needed_frames(t) for t in texts)) == set(FRAME_GATES)
