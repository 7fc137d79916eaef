"""Round 34 (stop 35), from blind 34 (housing companies' rows) and blind 35 (the kommun's field rows),
written here in other words: people placed by their team or a relative, a note's author before its colon,
roles written short (`bov.`, `hg`, `skolsköt.`, `Tilldelad:`), who a meeting is with, `Surname, Given`,
particles (`dela`), nicknames in quotes after `av`, clubs and universities that are no persons; dates and
times that are no case or property, a property of two words, a place's road in lowercase."""

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
        # A person in a team or at a workplace, also when the given name is a word.
        ("Sten i fältgruppen har koll på parken.", "Sten"),
        ("Mamman vill prata med Rosa på ungdomsmottagningen.", "Rosa"),
        ("Ameer på fältet såg bilden först.", "Ameer"),
        ("Vi skriver för Will på Bergaskolan.", "Will"),
        # A person and a relative.
        ("Love och hans syster har hotat personalen.", "Love"),
        ("Can och hennes kusin kom tillbaka.", "Can"),
        # A note's author before its colon, and whom someone stays with.
        ("Kommentar Ebba: lugn kväll.", "Ebba"),
        ("Pojken sover hos Tarik i helgen.", "Tarik"),
        # Who a report's last cell names with their team.
        ("12/3;kväll;Centrum;Torget;Klotter;Tags på bänken;Fält Axel", "Axel"),
        ("12/3;kväll;Centrum;Torget;Klotter;Tags på bänken;hodan fältgruppen", "hodan"),
        ("Vi mötte en tjej, amira, som berättade om hoten.", "amira"),
        # Roles written short.
        ("Dörren lagad. /bov. Lindgren", "Lindgren"),
        ("Hg Falk klagar på ljud från tvättstugan.", "Falk"),
        ("Elevhälsan (skolsköt. Saga) ringer hem.", "Saga"),
        ("Typ: Klotter\nTilldelad: Nyström\nStatus: klar", "Nyström"),
        ("Jour Tekle åkte dit direkt.", "Tekle"),
        # Whom a meeting or a message is with.
        ("Nästa avstämning med Lundqvist i maj.", "Lundqvist"),
        ("Vi följer upp med Hedström på mötet.", "Hedström"),
        ("Ärendet rapporterat till Sjöberg (arbetsmiljö).", "Sjöberg"),
        # A surname and a comma before the given name, its particle with it.
        ("Lindholm, Frida (kurator) har fått samtalet.", "Lindholm"),
        ("Hälsningar dela Cruz, Joanna", "Cruz"),
        ("Åtgärd: tilldelat PAVIĆ, Marko", "PAVIĆ"),
        ("Magnus K Ström var på plats.", "Magnus"),
        # A nickname in quotes after `av`, later in the clause than the verb.
        ('De blev rånade på mobilen vid torget av "Kexet" och en till.', "Kexet"),
    ],
)
def test_the_person_is_removed(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # What is done or found at a place is no person.
        ("Nedskräpat på gården.", "Nedskräpat"),
        ("Bråk på skolan igen.", "Bråk"),
        ("Alla i fältgruppen vet om det.", "Alla"),
        # A remark in brackets after a name is no nickname.
        ("Ärendet rapporterat till Sjöberg (arbetsmiljö).", "arbetsmiljö"),
        # A unit, a team, a role's short form.
        ("Elevhälsan (skolsköt. Saga) ringer hem.", "Elevhälsan"),
        ("Sara Lind, socialsekr. fältgruppen, ringer upp.", "socialsekr."),
        ("Beställare: Jonas Ek\nUtförare: HSB", "Beställare"),
        # A place or a school before a comma and a name.
        ("Vi var i Lund, Anna och jag.", "Lund"),
        ("Matrester vid Förskolan Humlan, Jonas städade.", "Humlan"),
        # Clubs, universities and hospitals.
        ("Möte med IK Tord om klottret.", "IK Tord"),
        ("Vi kontaktar Helsingborgs IF i morgon.", "Helsingborgs IF"),
        ("Anmälare: Karin Berg, Mittuniversitetet.", "Mittuniversitetet"),
    ],
)
def test_the_look_alike_stays(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A date after a case word is no case number.
        ("Arbetsorder 4/3-26\nTyp: Belysning", "4/3-26"),
        ("se anmälan 2.1.2026, mamman ringer", "2.1.2026"),
        # A time after a verb's past tense is no property.
        ("Stängde 19:30 pga bråk.", "19:30"),
        ("Öppnade 08:15 som vanligt.", "08:15"),
    ],
)
def test_dates_and_times_stay(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("anmälan 1234/25 gjord", "diarienr", "1234/25"),
        ("Fastighet: Hargs bruk 30:99\nBeskrivning: klotter", "fastighet", "Hargs bruk 30:99"),
        ("älta gårdsväg 19, trapphuset", "adress", "19"),
    ],
)
def test_structured_items_are_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in [(f.type, f.value) for f in find_personal_data(text)]


def test_a_lowercase_road_is_no_address_without_a_place() -> None:
    assert "3 km" in _out("Vi kör grusväg 3 km till sjön.")
