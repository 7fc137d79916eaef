"""Names read from the shape of the sentence (lagesbild/privacy/name_shapes.py and the name finder's
word-name and role-compound rules), through the public `redact`: what must go, and the look-alikes in
real police summaries that must stay."""

from __future__ import annotations

import pytest

from lagesbild.privacy import redact
from lagesbild.privacy.name_shapes import find_name_shapes
from lagesbild.privacy.name_words import ROLE_WORDS_SET
from lagesbild.privacy.names import NOT_NAMES


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # the person a nickname belongs to
        ("Hot från Dragana a.k.a. Vargen vid entrén.", ["Dragana", "Vargen"]),
        ("Föraren var Selam, kallad Lillen, utan körkort.", ["Selam", "Lillen"]),
        ("Marta med smeknamnet Tjuren ringde i går.", ["Marta", "Tjuren"]),
        ("Ungdomarna säger att Cem som kallar sig Shorty säljer vid torget.", ["Cem", "Shorty"]),
        # a name given with "kallar"
        ("En kille som kompisarna kallar Mamba har en kniv.", ["Mamba"]),
        ("Killarna kallar Bo för tjallare.", ["Bo"]),
        # the surname after a quoted nickname
        ('Bilder på Golnar "Shorty" Ghorbani sprids på Snapchat.', ["Golnar", "Shorty", "Ghorbani"]),
        # a nickname before a name in parentheses
        ("Mamman till Big Moe (Cristián) ringde.", ["Big", "Moe", "Cristián"]),
        # a listed given name with an initial
        ("Bråk mellan Tuva K. och en passagerare.", ["Tuva", "K."]),
        # an age after the name
        ("Viola (15 år) berättade om kniven.", ["Viola"]),
        # a word-name mid-sentence, a place that is also a surname after a given name
        ("Stängde gården pga stökigt, Björn och några kompisar vägrade gå.", ["Björn"]),
        ("Vi såg Jesper Norberg springa därifrån.", ["Jesper", "Norberg"]),
        # a word-name first in its sentence before a verb of a person's own doing
        ("Rut ville ha hjälp med sommarjobb.", ["Rut"]),
        # a compound role word
        ("Besök av poliskollegan Hosseini på biblioteket.", ["Hosseini"]),
        ("Nattvakten Lindqvist låste porten.", ["Lindqvist"]),
    ],
)
def test_the_name_goes(text: str, gone: list[str]) -> None:
    out = redact(text) or ""
    for word in gone:
        assert word not in out.split() and word.rstrip(".") not in out.replace(".", " ").split(), (word, out)
    assert "[namn]" in out


@pytest.mark.parametrize(
    "text",
    [
        # from the 84,531 real police summaries: nobody named
        "Patrull kallas till Munkfors med anledning av en misstänkt misshandel.",
        "Fjällräddare kallas ut efter skoterolycka.",
        "Man skadad på Helsingborgs C.",
        "E4, Rastplats Sjöboda S. Lastbil och personbil i kollision.",
        "Larm om trafikolycka på riksväg 23 strax söder om Gamla Bo.",
        "Explosion vid villa i Lina Hage.",
        "Pojke i nedre tonåren utsatt för ett rånförsök vid Björns trädgård.",
        "När en polispatrull kontrollerade en förare i området Terra Nova uppstod misstanke om rattfylleri.",
        # word-names that are words, months and pronouns
        "Hans cykel stals och Inga personer skadades.",
        "Bussen var försenad i Juni och i Augusti.",
        "Sten och flaskor kastades mot bussen.",
        "Vi kontaktade ögonkontakt Med personalen.",
    ],
)
def test_the_look_alike_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dragana a.k.a. Vargen", ["Dragana"]),
        ("Han kallas Vargen", []),  # a pronoun is no name
        ("Väktaren, kallad Stenen", []),  # nor a role word
        ("Ambulans kallas till adressen", []),  # "kallas till": nobody named
        ("Fisksätra (Nacka) i dag", []),  # nothing found inside the parentheses: no nickname before it
    ],
)
def test_find_name_shapes_marks_only_persons(text: str, expected: list[str]) -> None:
    spans = find_name_shapes(text, [], ROLE_WORDS_SET, NOT_NAMES)
    assert [text[s:e] for s, e in spans] == expected


def test_a_nickname_before_a_found_name_in_parentheses() -> None:
    text = "Babyface (Shvan) avvisades."
    inside = (text.index("Shvan"), text.index("Shvan") + len("Shvan"))
    assert [text[s:e] for s, e in find_name_shapes(text, [inside], ROLE_WORDS_SET, NOT_NAMES)] == ["Babyface"]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Sunná (Ranas lillebror) slog sönder ruta", ["Sunná", "Rana"]),
        ("Mamma till Helin ringde fritidsgården.", ["Helin"]),
        ("Stöld av cykel anmäld av Ros, i går.", ["Ros"]),
        ("väktaren kontaktad av Ruta Haile om hot", ["Ruta", "Haile"]),
        ('Klotter i hissen, tagg "Kiki". Sanerat.', ["Kiki"]),
        ("Axel (fritidsledare) såg två killar på taket.", ["Axel"]),
    ],
)
def test_family_words_doers_tags_and_roles_in_parentheses(text: str, gone: list[str]) -> None:
    out = redact(text) or ""
    for word in gone:
        assert word not in out, (word, out)


@pytest.mark.parametrize(
    "text",
    [
        "Målsägande rånad vid Elsas lekpark i går.",  # a compound place noun after a genitive name
        "Bussen (linje 401) var sen.",  # no role or family word in the parentheses
        "Sedan anmäld av polisen till socialtjänsten.",  # an authority, not a person
    ],
)
def test_places_and_authorities_stay(text: str) -> None:
    assert redact(text) == text
