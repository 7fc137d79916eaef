"""The thirteenth name round (issue 14, stop 24): what each rule finds and what it leaves.

The rules: a given name in capitals inside a text in ordinary case, and a surname in capitals after it
(privacy/name_inverted.py); a given name and a surname's initial; whose team, husband, proposal or report
(privacy/name_registers.py); a given name after a found surname's comma before a line's end or a phone
(privacy/name_neighbours.py); the person column of a table written with `|`; a speaker before a quote
(privacy/name_heads.py, name_lines.py); the role words of centres, patrols and associations
(privacy/name_words.py). The sentences are written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from tests.name_checks import gone as _gone
from tests.name_checks import kept as _kept


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a given name in capitals in a text in ordinary case
        ("Tack KERSTIN för hjälpen med lamporna!", ("KERSTIN",)),
        ("Närvarande: Sara, Omar och NAHOM.", ("NAHOM",)),
        ("Jour i helgen: TESFALEM 0701234567.", ("TESFALEM",)),
        ("SELAMAWIT GEBRE / Fältgruppen", ("SELAMAWIT", "GEBRE")),
        # a given name and a surname's initial
        ("Rapport: Hanna L från fältgruppen pratade med dem.", ("Hanna",)),
        ("20.15 Ebrima T går hem efter tillsägelse", ("Ebrima",)),
        ("Hej Wojciech K! Tack för bilderna.", ("Wojciech",)),
        # whose team, husband, proposal, report
        ("Tränaren säger att Ngozis lag fick gå tidigare.", ("Ngozi",)),
        ("Hennes granne berättar att Malakais man såg allt.", ("Malakai",)),
        ("Mötet tog upp Oyelaras förslag om belysning.", ("Oyelara",)),
        # a given name after a found surname's comma, before the end or a phone
        ("Godkänt av Karlsson, Teodros.", ("Karlsson", "Teodros")),
        ("Kontakt:\nLindqvist, Amaru 0701234567", ("Lindqvist", "Amaru")),
        # a table written with pipes
        ("Åtgärd|Ansvarig|Klart\nNya lampor|Chibuzo|v 12\nKlotter|Maja|v 14", ("Chibuzo", "Maja")),
        # a speaker before a quote
        ("Dialogmöte i skolan.\nYared: 'Vi vill ha fler vuxna ute.'", ("Yared",)),
        # role words
        ("Kontaktombud Mwangi ringde om förrådet.", ("Mwangi",)),
        ("Frisören Tadesse på torget har sett dem.", ("Tadesse",)),
        ("Polisen, patrull Kowalczyk, kom efter en kvart.", ("Kowalczyk",)),
    ],
)
def test_capitals_initials_and_registers(text: str, names: tuple[str, ...]) -> None:
    _gone(text, *names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # capitals that are acronyms, words and shouted titles
        ("Möte om ANDT och SSPF, BINR enligt polisen.", ("ANDT", "SSPF", "BINR")),
        ("ÅTERFUNNEN: Polisen söker inte längre kvinnan.", ("ÅTERFUNNEN",)),
        ("Försvunnen person PÅTRÄFFAD i går.", ("PÅTRÄFFAD",)),
        ("08.15 BIL PARKERAD PÅ GÅNGVÄG vid Storgatan. LAPP.", ("GÅNGVÄG", "Storgatan")),
        # what takes a letter
        ("Trapphus B och Uppgång C är stängda, Linje E går.", ("Trapphus", "Uppgång", "Linje")),
        ("Logg V.43: lugnt", ("Logg",)),
        # a place after a comma, a street with its number, an adjective before `man`
        ("Man undsattes från Storskarven, Tännäs.", ("Tännäs",)),
        ("Anna Karlsson, Kvarnbacken 4, ringde.", ("Kvarnbacken",)),
        ("Livlös man anträffad vid stranden.", ("Livlös",)),
    ],
)
def test_acronyms_titles_and_things_stay(text: str, words: tuple[str, ...]) -> None:
    _kept(text, *words)
