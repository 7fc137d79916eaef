"""The twenty-second name round (issue 14, stop 26), from blind 22's misses (read after the look-alike rules):
what each rule finds and what it leaves.

The rules: the titles of choir leaders, priests (`Fader`, `Pater`) and of an event's organiser in the
definite form (`Arrangören`, `Anordnaren`; not `Arrangör Willys`, where organisations arrange); who sits in a
choir (`X i kören`); who is at the finance office, the caretakers' office or the office (`Holm på ekonomi`);
in whose place (`i Meserets ställe`); whom to write to (`DM Beki för adress`). What must stay: an
organisation that arranges, a thing on a property (`Skotthål på fastighet`), a length in decimetres. The
sentences are written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from tests.name_checks import gone, kept


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gospelkonsert i kyrkan. Körledare Hjort leder.", ["Hjort"]),
        ("Fader Delić räknar med 80 besökare.", ["Delić"]),
        ("Pater Chamoun håller mässan.", ["Chamoun"]),
        ("Arrangören Norrman var nöjd med kvällen.", ["Norrman"]),
        ("Anordnaren Nord ringer om något ändras.", ["Nord"]),
        ("Abebe i kören har kontakten med skolan.", ["Abebe"]),
        ("Holm på ekonomi är informerad.", ["Holm"]),
        ("Kim valdes till sekreterare i Meserets ställe.", ["Meserets"]),
        ("STOR FEST ikväll, DM Beki för adress.", ["Beki"]),
    ],
)
def test_found(text: str, names: list[str]) -> None:
    gone(text, *names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Arrangör Willys, ca 600 publik.", ["Willys"]),
        ("Skotthål på fastighet, platsen avspärrad.", ["Skotthål"]),
        ("Skivan var 10 dm Lång och tung.", ["Lång"]),
        ("Fadern kom och hämtade sonen.", ["Fadern"]),
    ],
)
def test_kept(text: str, words: list[str]) -> None:
    kept(text, *words)
