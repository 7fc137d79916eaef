"""The gated signal patterns find exactly what the patterns find (lagesbild/privacy/name_signal_gates.py):
a gate only skips a scan that could not match."""

from __future__ import annotations

import re

import pytest

from lagesbild.privacy import name_frames as frames
from lagesbild.privacy import name_signal_gates as gates
from lagesbild.privacy import name_signal_words as words
from tests.blind3_corpus import build as blind3
from tests.blind4_corpus import build as blind4

# Sentences written for these patterns, beside two development corpora's 2,175.
OWN = [
    "Väktare Haddad såg bilen. Fältass. Berg ringde.",
    "den s.k. Lillen och killen så kallad Pirran",
    "Tobbe (smeknamn) och Inger (Smurfen) och bror (Berfin Barzinji)",
    "Arben, även kallad Blixten, kom. Sedan Lo också kallas Pixie",
    "möte m Fatos H. och enligt Somchai B.: lugnt",
    "Ingripande mot Wichai Srisuk och avstängning av Hawre Dosky",
    "Hedlund, Ebba och Kaya, Deniz. Grannar, Zozan gripen, sa de",
    "Möte med Sunna Labba. Cem mejlade från skolan.",
    "Dina (fritidsledare) såg. Somchai är sonen.",
    "Dina som driver kiosken. pnr 440501-8922 på Jing, numret till Rosita",
    "Fam. Berg och familjen Haile. /Somchai",
    "Inblandade: Ali, Bo. «Sten hade kniv» sa de",
    "Mira (Miran Ali) greps. Lugnt i kväll, inga namn här.",
    "KONTAKT MED VAKTM. JOHANSSON",
]


def _texts() -> list[str]:
    return OWN + [s.text for s in blind3()] + [s.text for s in blind4()]


@pytest.mark.parametrize("name", gates.__all__)
def test_a_gated_pattern_finds_what_the_pattern_finds(name: str) -> None:
    gated, pattern = getattr(gates, name), getattr(words, name)
    assert isinstance(gated, gates.Gated) and gated.pattern is pattern
    hits = 0
    for text in _texts():
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in gated.finditer(text)] == expected, (name, text)
        for pos in {0, *(e for _, e in expected)}:
            a, b = gated.match(text, pos), pattern.match(text, pos)
            assert (a.span() if a else None) == (b.span() if b else None), (name, text, pos)
        hits += bool(expected)
    assert hits > 0, f"{name}: no sentence exercises it"


def test_the_gate_skips_texts_without_what_a_pattern_needs() -> None:
    assert not gates.NICK_PAREN_RE.needs("Robban kallad Lillen")  # no parenthesis
    assert gates.NICK_PAREN_RE.needs("Robban (smeknamn)")
    assert not gates.ROLE_RE.needs("Bråk vid torget i kväll")  # no role word
    assert gates.ROLE_RE.needs("VÄKTARE Lind såg det")  # a role in capitals, folded


# The frames of name_frames.py behind their gates, and sentences written for them.
FRAME_TEXTS = [
    'Det kom en mamma, Shukria, vars son var med. Klotter med texten "Molle" och taggen «Slimmy».',
    "Inger (Smurfen) och Soran (Ziggy), två till. Han presenterade sig som Kanya Srisuk.",
    "Försök nå Freshta på 073-123 45 67 eller ring ninwa 070 111 22 33.",
    "Tarik jobbar på ICA. Ebru från Stena Fastigheter larmade. Eleven var hotad i skolan av Zlatan.",
    "Ali och Bo fick gå hem. Sedan kom en kallad kenta, han heter musse.",
    "Meron på Avarn Security",
    "Studiefrämjandet (Nahrin Lahdo)",
    "Aram Xoshnaw, ABF",
    "Arslan, Serkan (Securitas)",
    "Studiefrämjandet / Nahrin Lahdo\n",
    "Strasse: ßtraße kallad Ali. İNGRIPANDE mot Wichai Srisuk, ı och ͅ",
]


@pytest.mark.parametrize("name", [n for n, v in vars(frames).items() if isinstance(v, gates.Gated)])
def test_a_gated_frame_finds_what_the_frame_finds(name: str) -> None:
    gated = getattr(frames, name)
    hits = 0
    for text in FRAME_TEXTS + _texts():
        expected = [m.span() for m in gated.pattern.finditer(text)]
        assert [m.span() for m in gated.finditer(text)] == expected, (name, text)
        a, b = gated.match(text), gated.pattern.match(text)
        assert (a.span() if a else None) == (b.span() if b else None), (name, text)
        hits += bool(expected)
    assert hits > 0, f"{name}: no sentence exercises it"


def test_the_reporter_field_is_only_read_where_its_shape_allows() -> None:
    hits = 0
    for text in FRAME_TEXTS + _texts():
        if frames.FIELD_NAME_RE.match(text):
            assert frames._field_shaped(text), text
            hits += 1
    assert hits >= 3
    assert not frames._field_shaped("Bråk vid torget, lugnt efter en stund. Polis tillkallad kl 08.06.")


def test_a_word_gate_lets_the_scan_run_where_case_folding_is_not_one_to_one() -> None:
    needs = gates.any_word("ingripande")
    assert not needs("Bråk vid torget")
    assert needs("Ingripande mot Ali Berg") and needs("INGRIPANDE mot Ali Berg")
    assert needs("İNGRIPANDE mot Ali Berg")  # "İ" folds to two characters
    assert needs("Gatan ı Berg") and needs("Straße") and needs("a\u0345b")


def test_the_act_verbs_are_plain_words_and_gate_the_clause_start_scan() -> None:
    """ACT_WORDS (person_verbs.py) holds every verb of ACTS_RE as a whole word, so the clause-start scan of
    name_capital_words.py, skipped where the text has none of them, finds what it finds unskipped."""
    from lagesbild.privacy import name_capital_words as capital
    from lagesbild.privacy import person_verbs

    alternatives = person_verbs._ACTS.split("|")
    assert all(re.fullmatch(r"[^\W\d_]+(?::[^\W\d_]+)?", v) for v in alternatives), alternatives
    hits = 0
    for text in FRAME_TEXTS + _texts() + ["Ali kom hem", "Idag: Berg sms:ade", "Dardan SA"]:
        expected = [m.span() for m in capital._CLAUSE_START_ACT_RE.finditer(text)]
        if expected:
            assert capital._AN_ACT(text), text
        hits += bool(expected)
    assert hits > 0
    assert not capital._AN_ACT("Trafikolycka, Stockholm")


# The candidate scan of name_capital_words.py as it was written before the capital came first.
_CANDIDATE_BEFORE = re.compile(r"(?:(?<=[a-zåäö][ \t])|(?<=[a-zåäö],[ \t]))[A-ZÅÄÖ][a-zåäöéü]+\b")


def test_the_capital_word_candidates_are_those_of_the_look_behind_first_scan() -> None:
    from lagesbild.privacy import name_capital_words as capital

    edge = ["Golf har", "att Golf har", "grannen, Roman, ringde", "a\tÖrjan", "x,\tÅsa", "å Äb", "A B", "aB"]
    found = 0
    for text in edge + FRAME_TEXTS + _texts():
        expected = [m.span() for m in _CANDIDATE_BEFORE.finditer(text)]
        assert [m.span() for m in capital._CANDIDATE_RE.finditer(text)] == expected, text
        found += len(expected)
    assert found > 0
