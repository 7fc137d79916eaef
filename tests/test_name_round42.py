"""Round 42 (stop 36), from blind 42 (hemtjänst, äldreboenden and relatives) and blind 43 (construction
sites), written here in other words: an initial before a surname that is also a word, in a person's slot;
nurses, doctors and in-laws as roles; lowercase sign-offs and lowercase names with their particles and
genitives; names spelt with letters Swedish never uses; a passage log's `Surname, Given`; and what stays
(streets and schools named after people, a police unit named by its place, a sentence ending in a letter)."""

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
        # An initial before a surname that is also a word, where only a person can stand.
        ("Anmälare, T. Walker, hörde glas krossas.", "Walker"),
        ("B. Nilsson och K. Gardell hade nattpasset.", "Gardell"),
        ("Logg\n22.10 K. Berg – tappade nycklarna i hissen.", "Berg"),
        ("Nattpersonal: M. Ek-Lindahl och J. Demir.", "Ek-Lindahl"),
        # Nurses, doctors, in-laws and site roles.
        ("Boende fallit, rapporterat till ssk Lundström.", "Lundström"),
        ("Usk Sjöberg tog emot anhöriga.", "Sjöberg"),
        ("Hon ska träffa doktor Bergqvist på måndag.", "Bergqvist"),
        ("Svärsonen Holmberg ringde två gånger.", "Holmberg"),
        ("Pengarna skulle gå till hennes barnbarn Vide.", "Vide"),
        ("Hon letar efter sin man Dag i korridoren.", "Dag"),
        ("Stölden upptäcktes av lagbasen Kinnunen.", "Kinnunen"),
        ("Polisen Heikkinen tog upp anmälan på plats.", "Heikkinen"),
        # Lowercase sign-offs and lowercase names with particles and genitives.
        ("inget mer att rapportera.\nsign albin", "albin"),
        ("dörren låst, nycklar på kontoret /inga", "inga"),
        ("lugn natt. Underskrift: björn", "björn"),
        ("ring mig om det blir värre /sól ey", "sól"),
        ("besök hos greta von platen, hon var orolig.", "greta"),
        ("jag vågar inte gå in i amir hassan jabbars lägenhet", "jabbars"),
        ("natt:\nper olof lindgren har ramlat i badrummet.", "per olof"),
        # Names spelt with letters Swedish never uses, in every case.
        ("Bożena: natten lugn, inga larm.", "Bożena"),
        ("Grannen VYTAUTAS KAZLAUSKAS ringde om buller.", "VYTAUTAS"),
        ("kl 02 kom gülşen ut i trapphuset.", "gülşen"),
        ("Kort 1120 Krasniqi, Dardanë in kl 06.10", "Krasniqi"),
        # A passage log's `Surname, Given` between columns.
        ("Passagelogg\n06:10  IN   Kaya, Deniz  UE betong\n15:02  UT   Kaya, Deniz", "Deniz"),
        # A name called out in quotes.
        ("En av dem ropade på 'memo' innan de sprang.", "memo"),
    ],
)
def test_the_person_is_removed(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A sentence ending in a letter, a direction's letter before a place.
        ("Han bor i trappa B. Sedan gick han ut.", "Sedan"),
        ("Olyckan skedde i V. Frölunda vid rondellen.", "Frölunda"),
        # Streets and schools named after people.
        ("Stöld på Per Albin Hanssons väg i natt.", "Per Albin Hanssons väg"),
        ("Klotter vid Dag Hammarskjölds väg igen.", "Dag Hammarskjölds väg"),
        ("Trafikolycka på Doktor Lindhs gata.", "Doktor Lindhs gata"),
        ("Möte i Ebba Brahes skola på tisdag.", "Ebba Brahes skola"),
        # A police unit named by its place; a restaurant chain.
        ("Polisen Ältadalen: tack för tipset.", "Ältadalen"),
        # Sign-offs that are no person.
        ("Allt lugnt i natt. /slut", "slut"),
        ("Tack för i dag. mvh alla", "alla"),
    ],
)
def test_the_look_alike_stays(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dieselstöld i natt (SEK 812), grinden öppen.", "SEK 812"),
        ("Lastbilen XYZ 123 och en släpvagn SEK 455 stod kvar.", "SEK 455"),
    ],
)
def test_a_currencys_letters_before_three_digits_are_a_plate(text: str, value: str) -> None:
    assert ("regnr", value) in [(f.type, f.value) for f in find_personal_data(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Reparationen kostade SEK 450 i går.",
        "Summa: SEK 450:- betalt kontant.",
        "Paid SEK 450 for the new lock.",
        "Beloppet SEK 450,50 drogs två gånger.",
    ],
)
def test_an_amount_in_a_currency_stays(text: str) -> None:
    assert "regnr" not in [f.type for f in find_personal_data(text)]
