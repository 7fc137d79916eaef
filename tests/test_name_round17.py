"""The seventeenth name round (issue 14, stop 25): what each rule finds and what it leaves.

The rules: who stands at a post (`X i dörren säger`), who leads a gang (`X och gänget`), an Arabic surname
before a given name in a register (privacy/name_groups.py); a lowercase speaker or addressee in a chat or a
radio call (privacy/name_youth.py); `Jag (Given Surname)`; titles by their ends (`badchef`, `centrumchef`,
`krogvärd`, `dörrvakten`) and the roles of venues and night life. What must stay: a thing at a post, a
greeting to a group, a known word as a radio call's speaker. The sentences are written for these tests, not
taken from any corpus.
"""

from __future__ import annotations

import pytest

from tests.name_checks import gone, kept


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bo i dörren säger att två killar försökte komma in.", ["Bo"]),
        ("Kassörskan blev hotad. Liv i kassan bredvid såg allt.", ["Liv"]),
        ("Kön vid krogen kl 01: Sten och gänget trängde sig.", ["Sten"]),
        ("Vittnen: Al-Jaberi, Huda, 070-123 45 67, såg inget.", ["Al-Jaberi", "Huda"]),
        ("sms från ruvimbo: larmet gick igen vid 02", ["ruvimbo"]),
        ("hej wolfgang! vi tar bussen tillbaka nu", ["wolfgang"]),
        ("teodor här, vi står vid stationen. behöver ov", ["teodor"]),
        ("Jag (Aziza Rahimi) och kollegan är ok.", ["Aziza Rahimi"]),
        ("Beslut av badchef Lindqvist-Ek.", ["Lindqvist-Ek"]),
        ("Tillträdesförbud beslutat av centrumchef Okafor.", ["Okafor"]),
        ("Krogvärd Tesfaye sparade kvittot.", ["Tesfaye"]),
        ("Dörrvakten Jelena stoppade dem.", ["Jelena"]),
        ("Barnet Hakan var rädd på bussen.", ["Hakan"]),
        ("Låntagaren Mirela Kovač har hotat personalen.", ["Mirela Kovač"]),
    ],
)
def test_found(text: str, names: list[str]) -> None:
    gone(text, *names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Glas i kassan igen, och Skylten i dörren är trasig.", ["Glas", "Skylten"]),
        ("hej alla! hej grabbar, hej gänget", ["hej alla", "grabbar", "gänget"]),
        ("karl här, vi står vid stationen", ["karl"]),  # a known word: `karl` is a man
        ("Vi och gänget från Fisksätra centrum kom sent.", ["Vi och gänget", "Fisksätra centrum"]),
    ],
)
def test_kept(text: str, words: list[str]) -> None:
    kept(text, *words)
