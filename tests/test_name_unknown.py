"""The fail-closed name rule (capitalised words that are nothing else), block-name property designations
and the lowercase 2019 plate after a vehicle word (issue 14, stop 19).

The rules' accuracy is measured on the blind corpora (tests/test_redaction_blind6.py for the honest
figure); these tables pin what each rule does and, as much, what it leaves.
"""

from __future__ import annotations

import pytest

from lagesbild.privacy import redact
from lagesbild.privacy.block_properties import find_block_properties
from lagesbild.privacy.name_unknown import ORGANISATIONS, SHORT_FORMS, known_word, place_words

NAME = "[namn]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names no list holds, inside a sentence
        ("Igår kom Robban och Frasse till fritidsgården.", "Igår kom [namn] och [namn] till fritidsgården."),
        ("Snackade med Dardan och Leutrim om bråket.", "Snackade med [namn] och [namn] om bråket."),
        ("Ungdomarna kallade honom Jonte.", "Ungdomarna kallade honom [namn]."),
        (
            "Ansvarig från kommunen: Driton Shala, på plats.",
            "Ansvarig från kommunen: [namn], på plats.",
        ),
        ("bråk vid torget – Nasteexo vittne", "bråk vid torget – [namn] vittne"),
        # a frequent short form of a given name, although the frequency list knows it
        ("Vi pratade med Micke vid kiosken.", "Vi pratade med [namn] vid kiosken."),
        # at a sentence's start only before what a person does
        ("Dardan kom fram till oss.", "[namn] kom fram till oss."),
        ("Leutrim och Arben bråkade.", "[namn] och [namn] bråkade."),
        ("Najib said the kids from Svalsta are calm.", "[namn] said the kids from Svalsta are calm."),
        # a given name that is a word, starting a clause before an action
        (
            "Väktaren såg två killar; Sten sprang mot Ringvägen.",
            "Väktaren såg två killar; [namn] sprang mot Ringvägen.",
        ),
    ],
)
def test_unknown_capitalised_words_are_names(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Swedish words in capitals (a title), compounds of two words, the product's own vocabulary
        "Trygghetsvandring Med Polisen i Fisksätra",
        "Vi samlades vid Fritidsgården och Glasflaskor låg överallt.",
        "25 mars 19.54, Fylleri/LOB, Luleå",
        "30 maj 09.54, Vållande till kroppsskada, Essunga",
        # places: the gazetteer, place phrases, place endings, a road's number, the trailing place
        "Ordningsvakter grep en man vid Norra Bantorget i Stockholm.",
        "Singelolycka i höjd med Rockneby.",
        "Trafikolycka på länsväg 363 i trakten av Idbäcksheden, norr om Sorsele.",
        "Polis och ambulans kallas till Åkeshovsrondellen med anledning av en trafikolycka.",
        "Riksväg 87 Stugun, resultat efter trafikkontroll",
        "En personbil har körts i diket utefter Lv244 vid Stadra.",
        "Personbil i olycka med älg, Vrå.",
        "Singelolycka mellan Björna och Gideå.",
        "Case worker met the family at Rosvalla on Monday.",
        # organisations and brands
        "Vi hade ett möte med Maskrosbarn om kvällen.",
        "Kontakt med Sörmlandskustens räddningstjänst om brandskyddet.",
        "Föräldramöte med Friskis&Svettis om nätet.",
        "bilen var en Volvo och en BMW",
        # a sentence's start before what no person does, nouns that start a sentence
        "Bilist har kört i diket på Lv 296.",
        "Inringaren meddelar att det pågår ett inbrott.",
        "Sten har kastats mot fönstren på skolan flera nätter.",
        "Dag två av insatsen gick lugnt.",
    ],
)
def test_words_places_and_organisations_stay(text: str) -> None:
    assert NAME not in (redact(text) or ""), redact(text)


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("Kiosken", True),
        ("Fritidsgården", True),  # fritids|gården
        ("Ältavallen", True),  # a place's name and a word
        ("Rännardagen", True),  # a long word at the end
        ("Robban", False),
        ("Leutrim", False),
        ("Nasteexo", False),
    ],
)
def test_known_word(word: str, known: bool) -> None:
    assert known_word(word) is known


def test_word_lists_do_not_overlap_the_places() -> None:
    places = place_words()
    assert "Fisksätra" in places and "Brandkärr" in places and "Nyköping" in places
    assert not SHORT_FORMS & ORGANISATIONS


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Brand i källaren på Bagaren 25 igår.", ["Bagaren 25"]),
        ("Klotter vid Svalan 14 och på Storgatan 3.", ["Svalan 14"]),
        ("Skadad dörr till cykelrum Nyköping Svärdet 10. Bil stod där.", ["Nyköping Svärdet 10"]),
        ("torsdag 28/5;Bagaren 25;Fisksätra allé 3;Skadegörelse", ["Bagaren 25"]),
        ("HÄNDELSE K-123: SKADEGÖRELSE SMEDEN 9, ANMÄLARE OKÄND.", ["SMEDEN 9"]),
        ("Platsen Kastanjen 10 bevakas under vecka 14.", ["Kastanjen 10"]),
        ("Garageplats 14 under Hjorten 30 hyrs ut.", ["Hjorten 30"]),
        # no property: a street, a part of a building or a vehicle, a unit, a date, a place's compound
        ("Trapphuset Gröna gången 27 var nedskräpat.", []),
        ("ungdomar vid Porten 3 och i Bussen 4", []),
        ("Eken 25 år gammal fälldes.", []),
        ("Flaska kastad vid Ältadalen 24:e oktober.", []),
        ("Boende på Ormingeringen 46 störs av fester.", []),
        ("MISSHANDEL ÄLTABADET MELLAN 22 OCH 01", []),
        ("Robban 16 år var där.", []),
    ],
)
def test_block_name_property_designations(text: str, found: list[str]) -> None:
    assert [f.value for f in find_block_properties(text)] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bil glo 21a igen vid lovisedalsvägen", "bil [regnr] igen vid lovisedalsvägen"),
        ("bilen usd 102 stod kvar", "bilen usd 102 stod kvar"),  # an acronym in lowercase, old format
    ],
)
def test_lowercase_2019_plate_after_a_vehicle_word(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("värdarna såg temesgen kasta sten på bussen", "värdarna såg [namn] kasta sten på bussen"),
        ("pratade m bahar vid stationen", "pratade m [namn] vid stationen"),
        ("bråk vid kiosken, murat skadad i ansiktet", "bråk vid kiosken, [namn] skadad i ansiktet"),
        ("snackade med xhevdet berisha om kvällen", "snackade med [namn] om kvällen"),
    ],
)
def test_unknown_lowercase_words_where_a_person_stands(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "vi åkte med bussen till stan",
        "pratade med tryghetsvärdarna om det",  # a typo of a Swedish compound
        "han såg walla ut när vi kom",  # slang
        "Misstänkt drograttfull bilist stoppad.",  # a Swedish compound no list holds
        "En trafikant ringer in om två lösa hästar.",
        "Misstänkt oxfiletjuv stoppad i Jönköping",
    ],
)
def test_lowercase_words_stay(text: str) -> None:
    assert NAME not in (redact(text) or ""), redact(text)
