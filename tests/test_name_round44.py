"""Round 44 (stop 36), from blind 44 (libraries, swimming halls, sports halls), blind 45 (parks, streets and
parking) and blind 46 (SSPF minutes), written here in other words: a name no list holds opening a clause
before a verb, whom someone is angry at, a pronoun's partner, a name before its role after a comma or its
unit or kin in brackets, a signature, inverted names in lists and rolls, the last one-word item of a list of
names; a plate after a parking ticket's words, a lowercase street after `adress`; and what stays."""

from __future__ import annotations

import pytest

from lagesbild.privacy import find_personal_data, redact


def _out(text: str) -> str:
    out = redact(text)
    assert out is not None
    return out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # A name no list holds, opening a clause before what a person does.
        ("Larmet gick vid tio. Farzin skickar rapporten i morgon.", "Farzin"),
        ("Dörren var olåst. Tavita har mejlat vaktbolaget.", "Tavita"),
        # Whom someone is angry at, takes revenge on or spat at.
        ("Han blev arg på Eino och gick.", "Eino"),
        ("de sa att de ska hämnas på kevo i helgen", "kevo"),
        ("Mannen spottade på Sten vid kassan.", "Sten"),
        # A pronoun's partner.
        ("Kan du och Falk ta larmet i kväll?", "Falk"),
        ("jag o Ekman åker dit efter lunch", "Ekman"),
        # A name before its role after a comma; in a bracket its unit or kin.
        ("Beslut: Lind, gruppledare\nKontakt: växeln", "Lind"),
        ("Ansv. ravand (fält) + Ola (fritid): kvällspass.", "ravand"),
        ("- amira (lillasyster till Zaid) var med", "amira"),
        ("Orosanm.:\n- Tjotte, riktigt namn okänt (skolan)", "Tjotte"),
        # A signature: a listed name after the last sentence, or any name on its own line.
        ("Lampan är lagad och hallen larmad. Strand", "Strand"),
        ("Ha en lugn helg!\nWarsan", "Warsan"),
        # Inverted names in lists, fields and rolls.
        ("Avstängda:\n• Qadir, Soran (hot)\n• Lindh, Emma (stöld)", "Soran"),
        ("Lista:\n3. Kaplan, Ester – t.o.m. v 12", "Kaplan"),
        ("Drabbad: Haile, Senait\nAdress: okänd", "Haile"),
        ("Närvaro\nMcGregor, Fiona\tRektor\tSkolan", "Fiona"),
        # The one-word items of a list of names.
        ("Aktuella: Yonas (7B), Lamin (åk 8), Ziggy", "Ziggy"),
        # A given name that is a place or a pronoun, before a surname found.
        ("Grannen sa att det var Mark Lindqvist som parkerat.", "Mark"),
        ("Dina al-Rawi bor hos sin moster.", "Dina"),
        # Roles: KP, livräddare, jurist, parkarbetare.
        ("Ansvar: KP Lundholm", "Lundholm"),
        ("Pojken drogs upp av livräddare Sandqvist.", "Sandqvist"),
        ("Ärendet ligger hos jurist Åkerlund.", "Åkerlund"),
    ],
)
def test_the_person_is_removed(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Opening a clause: a motorist, a typo of a patrol, a compound unit, a plural, a definite place.
        ("Bilist fick ordningsbot efter olyckan.", "Bilist"),
        ("Polisaptrull har omhändertagit en man.", "Polisaptrull"),
        ("Butikskontrollanter kommer på en kvinna.", "Butikskontrollanter"),
        ("Alpackor har rymt från hagen.", "Alpackor"),
        ("Storvretsbadet har stängt i kväll.", "Storvretsbadet"),
        # A place after a comma before `är det`.
        ("På Lindbergsvägen, Barnabro är det en bilist som kör på en cyklist.", "Barnabro"),
        # The police's summaries cut short, a place, an incident's kind after the last sentence.
        ("Brand i Holmsund. Släckningsarbe", "Släckningsarbe"),
        ("Kvinna på cykel påkörd av bil. Dödsolycka", "Dödsolycka"),
        ("Bilen har bärgats. Örebro", "Örebro"),
        # Lists of places and shifts, a word before a bracket.
        ("Områden: Fisksätra, Älta, Orminge", "Orminge"),
        ("Skift: Natt, Dag", "Natt"),
        ("Närvaro (fält) bra i veckan.", "Närvaro"),
        # A pronoun joined to a unit or a place.
        ("Jag och Polisen var där. Du och Fisksätra IF.", "Polisen"),
        ("Jag och Polisen var där. Du och Fisksätra IF.", "Fisksätra IF"),
    ],
)
def test_the_look_alike_stays(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Jag skulle skriva lapp på SAS 12C när ägaren kom.", "regnr", "SAS 12C"),
        ("ett kuvert med hans adress (ringvägen 12) låg i påsen", "adress", "12"),
        ("ett kuvert med adressen kyrkbacken 4 låg i påsen", "adress", "4"),
    ],
)
def test_the_structured_item_is_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in [(f.type, f.value) for f in find_personal_data(text)]


@pytest.mark.parametrize("text", ["adressen för 12 personer ändrades", "Möte med HSB 12 personer."])
def test_no_address_or_plate_is_invented(text: str) -> None:
    assert not [f for f in find_personal_data(text) if f.type in ("adress", "regnr")]
