"""Round 60 (stop 39), from blind 75 (emergency care) and blind 77 (recycling centres), written here in other
words: a name in a bracket after a person's role, a word name too; a person known to the writer (`(känd)`); a
pharmacist as a role; a contractor's or an office's staff by the unit they come from. And what stays: a
team's bracket, an organisation's, sand from the beach."""

from __future__ import annotations

import pytest

from lagesbild.privacy import find_personal_data, redact


def _found(text: str) -> list[str]:
    return [f.value for f in find_personal_data(text)]


def _out(text: str) -> str:
    out = redact(text)
    assert out is not None
    return out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mannen somnade i väntrummet igen. Vakten (Lind) fick väcka honom.", "Lind"),
        ("Natten var lugn tills väktaren (Falk) hörde glas krossas.", "Falk"),
        ("Kl 02.10 – Zacke (känd) ringer igen och vill tala med läkaren.", "Zacke"),
        ("Ansvarig apotekare Strand kontaktad om det som saknas.", "Strand"),
        ("Kvällen: Sten från entreprenören hämtar containern vid sju.", "Sten"),
        ("Med på mötet var Hjort från Kultur- och fritidsförvaltningen.", "Hjort"),
    ],
)
def test_a_person_by_a_role_a_bracket_or_a_unit_is_found(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Rapport från trygghetsvärdarna (Länstrafiken), vecka 12.", "Länstrafiken"),
        ("Väktare (Securitas) kom efter tio minuter.", "Securitas"),
        ("Sand från stranden blåste in på parkeringen.", "Sand"),
        ("Hämtning från företaget sker på fredag.", "Hämtning"),
    ],
)
def test_teams_organisations_and_words_stay(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # identity documents' numbers (blind 78's hotel guests: the measurement has no kind for them)
        ("Gästen checkade in med pass nr 91827364, Nederländerna.", "91827364"),
        ("Passnummer: K7Z2PX9Q4 (Tyskland)", "K7Z2PX9Q4"),
        ("Hon visade ID-kort 4411 2290 73 från Polen.", "2290"),
        ("Passport no. 702244913, UK", "702244913"),
        ("LMA-kort 31415926 uppvisat i receptionen.", "31415926"),
    ],
)
def test_identity_documents_numbers_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Pass 2: lugnt i receptionen.", "Pass 2"),
        ("Pass natt 27.10, två väktare.", "27.10"),
        ("Han körde utan körkort 2022 och 2023.", "2022"),
        ("Passet 1900 gick bra.", "1900"),
    ],
)
def test_shifts_and_years_after_such_words_stay(text: str, kept: str) -> None:
    assert kept in _out(text)
