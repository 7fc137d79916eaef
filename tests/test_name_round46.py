"""Round 46 (stop 36), from blind 47 (tenants' complaints), blind 48 (recycling centres and dumping) and
blind 49 (crisis management and evacuation), written here in other words: a greeting before `det är`, a
signature in lowercase or after a slash, a role after a comma after a sentence, who lives where in the house,
a nickname whose real name nobody knows, a person's full name in a firm's name, whom a car drove at, the
räddningsledare, a unit's person in brackets, a given name after a name spelt with foreign letters, a
hyphenated given name; a street in `backar`, a plate after `pickup`; and what stays."""

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
        ("Hej Tahmina det är grannen i 1204 igen.", "Tahmina"),
        ("snälla gör något nu!!!\n\nzoran", "zoran"),
        ("Uppsägning kan ske utan ytterligare varning. Lindqvist, jurist", "Lindqvist"),
        ("Klottret är borta. Hälsar Sandra, bovärd", "Sandra"),
        ("Jag har bilder. Merja i lgh bredvid såg också.", "Merja"),
        ("Hej! Dawit från 3:e våningen parkerar på gräset.", "Dawit"),
        ("Någon (kerstin i 2:an tror jag) tar alla tider.", "kerstin"),
        ("Killar (Dodo, vet inte riktiga namnet) sover i källaren.", "Dodo"),
        ("På bilen står det Göran Lindberg Måleri AB.", "Lindberg"),
        ("Han körde nästan på Signe vid rampen.", "Signe"),
        ("Brand i trapphus. RL Sandström på plats.", "Sandström"),
        ("Kvar: Sven Ek, hämtas av hemtjänsten (Backman)", "Backman"),
        ("20.10 Jurić, Mirela hämtad av sin dotter.", "Mirela"),
        ("bland annat en Seo-yeon som parkerar där", "Seo-yeon"),
        ("Fastigheten överlämnad till fastighetsägaren genom K. Lindbäck.", "Lindbäck"),
    ],
)
def test_the_person_is_removed(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A word before a bracket that holds a role and more, a noise from the flat above.
        ("1. Lägesbild (TiB Ström)\n2. Boende", "Lägesbild"),
        ("En granne hör skrik samt dunsar från lägenheten ovanför.", "dunsar"),
        ("Röktveckling från lägenhet vid Karlaplan.", "Röktveckling"),
        # A compass word before a hyphen, abbreviations before a word.
        ("Öst-teg, lastbil och två personer på en cykel", "Öst-teg"),
        ("Ett Tv-program om Sms-lån och E-post.", "Tv-program"),
        # A firm named by given names only, a grill.
        ("Vi åt på Ali Baba Grill och Pizzeria Kalle & Mohammed.", "Ali Baba Grill"),
        # Where a car drove.
        ("Han körde på Storgatan och sedan på E4.", "Storgatan"),
        # A unit or a group in a house.
        ("Killar i trappan igen, och öl i trappan.", "Killar"),
    ],
)
def test_the_look_alike_stays(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Dom bar ut en tv från Tuna backar 46 i natt.", "adress", "46"),
        ("Släpp inte in hans pickup EKG-740 igen.", "regnr", "EKG-740"),
    ],
)
def test_the_structured_item_is_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in [(f.type, f.value) for f in find_personal_data(text)]


def test_hills_counted_are_no_street() -> None:
    assert "adress" not in [f.type for f in find_personal_data("Vi gick 3 backar 12 gånger.")]
