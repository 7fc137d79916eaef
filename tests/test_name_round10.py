"""The tenth name round (issue 14, stop 22): what each rule finds and what it leaves.

The rules: a word of the lexicon capitalised where Swedish writes it in lowercase, in a greeting, as a
chat line's speaker after a time, or inside a sentence before what a person does
(privacy/name_capital_words.py); two unknown words at a sentence's start or after a colon as a full name,
and a given name after no word making no compound (privacy/name_unknown.py); runs of words in capitals
inside an ordinary text (privacy/redaction.py); a word alone among the names of a roster
(privacy/name_heads.py); the owner's genitive before a person's own things (privacy/name_shapes.py);
a compound's parts in lowercase (privacy/name_unknown_lower.py); a form's value that names nobody. The
sentences are written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from lagesbild.privacy.lower_words import is_unknown_lower
from lagesbild.privacy.name_capital_words import capital_word_name, find_capital_word_names
from lagesbild.privacy.name_unknown import known_word
from lagesbild.privacy.name_words import NOT_NAMES, ROLE_WORDS_SET
from tests.name_checks import gone as _gone
from tests.name_checks import kept as _kept
from tests.name_checks import redacted as redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hej Lev!\nTack för listan över lamporna.", "Lev"),
        ("Hej Ros, vi ses på torsdag.", "Ros"),
        ("[21.15] Golf: någon har eldat i papperskorgen", "Golf"),
        ("06.40 Aura: grinden mot skolan står öppen", "Aura"),
        ("2310 Cherry: två killar på taket", "Cherry"),
        ("Föräldrarna berättade att Bank har flyttat till Gävle.", "Bank"),
        ("Vi hörde i går att Rasa och Emir bråkade vid kiosken.", "Rasa"),
    ],
)
def test_a_word_capitalised_where_a_person_stands(text: str, name: str) -> None:
    _gone(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hej Alla!\nMötet flyttas.", "Alla"),
        ("Tack Polisen för hjälpen i helgen.", "Polisen"),
        ("Dear Team, the meeting moves to Friday.", "Team"),
        ("21:05 Larm: inbrott i källaren", "Larm"),
        ("07.30 Rond: lugnt vid stationen", "Rond"),
        ("Mellan 12:30 - 15:00 är presstalespersonen på möte.", "Mellan"),
        ("Personal på ett Systembolag kontaktar polisen.", "Systembolag"),
        ("I centrala Kungshamn har en man blivit knivskuren.", "Kungshamn"),
        ("Han sa att Nacka Vatten och Avfall har bytt kärl.", "Avfall"),
        ("Hon sa att Fältgruppen har varit där.", "Fältgruppen"),
        ("Det blev lugnt när Trafikverket hade satt upp lampor.", "Trafikverket"),
    ],
)
def test_a_capitalised_word_that_is_no_person_stays(text: str, word: str) -> None:
    _kept(text, word)


@pytest.mark.parametrize(
    ("word", "name"),
    [("Roman", True), ("Golf", True), ("Polisen", False), ("Gänget", False), ("Larm", False)],
)
def test_capital_word_name(word: str, name: bool) -> None:
    assert capital_word_name(word, NOT_NAMES, ROLE_WORDS_SET) is name


def test_a_name_already_found_is_not_found_twice() -> None:
    text = "Hon sa att Golf har gått."
    start = text.index("Golf")
    assert find_capital_word_names(text, [], ROLE_WORDS_SET, NOT_NAMES) == [(start, start + 4)]
    assert find_capital_word_names(text, [(start, start + 4)], ROLE_WORDS_SET, NOT_NAMES) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Niran Boonmee på Heimstaden har bytt nummer.", "Niran Boonmee"),
        ("Besök från Nyköpings BIS: Kittisak Kaewkla och Ali pratade om sommarlovet.", "Kittisak Kaewkla"),
        ("Punkt 4, Jordbro: Sediqa Karimzada rapporterade skadegörelse.", "Sediqa Karimzada"),
        ("Åtgärd; Wichai Intharat ordnar nya lås.", "Wichai Intharat"),
    ],
)
def test_two_unknown_words_at_a_start_are_a_full_name(text: str, name: str) -> None:
    _gone(text, name)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Hovsjö torg har fått nya lampor.", ("Hovsjö", "torg")),
        ("Rosersberg AB har bytt lås.", ("Rosersberg",)),
    ],
)
def test_two_capitalised_words_that_are_no_person_stay(text: str, words: tuple[str, ...]) -> None:
    _kept(text, *words)


def test_a_given_name_after_no_word_makes_no_compound() -> None:
    assert not known_word("Woldemichael")
    assert known_word("Bollkalle")  # `boll` is a word: a compound that ends in a name (a ball boy)
    _kept("Bollkalle fick en boll i huvudet under matchen.", "Bollkalle")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("03.45 LOB ÁSLAT PÄIVIÖ UTANFÖR Familjecentralen, TRANSPORT TILL ARREST", "ÁSLAT PÄIVIÖ"),
        ("19.30 RONDERING Norrby. INGEN ANMÄRKNING. /VÄKTARE BERG", "BERG"),
    ],
)
def test_a_run_in_capitals_inside_an_ordinary_text(text: str, name: str) -> None:
    _gone(text, name)


def test_a_run_in_capitals_keeps_its_places_and_the_rest() -> None:
    text = "LARM FISKSÄTRAVÄGEN INGEN PÅ PLATS, åter till Familjecentralen"
    _kept(text, "FISKSÄTRAVÄGEN", "Familjecentralen")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Fältare i kväll: Amina, Jonas, Prince.", ("Amina", "Jonas", "Prince")),
        ("Rastvakter vecka 3: Bror, Eden, Zeynep.", ("Bror", "Eden", "Zeynep")),
    ],
)
def test_a_word_alone_among_a_rosters_names(text: str, names: tuple[str, ...]) -> None:
    _gone(text, *names)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sekreterare: Vakant", "Vakant"),
        ("Misstänkt: Okänd", "Okänd"),
        ("Närvarande: Anna Berg, Polisen, Skolan", "Polisen"),
        ("Pass: Kväll", "Kväll"),
    ],
)
def test_a_form_value_or_an_institution_under_a_heading_stays(text: str, word: str) -> None:
    _kept(text, word)


def test_the_owners_genitive_before_a_persons_own() -> None:
    _gone("Vi har lämnat Tiits nummer till skolkuratorn.", "Tiit")
    _kept("Ring Polisens nummer eller Fisksätras mottagning.", "Polisens", "Fisksätras")


@pytest.mark.parametrize(
    ("word", "unknown"),
    [
        ("zarghona", True),  # zarg|hona: `zarg` is no word
        ("skolkuratorn", False),  # skol|kurator|n
        ("drograttfull", False),
        ("brottsrubricering", False),
    ],
)
def test_lowercase_compounds(word: str, unknown: bool) -> None:
    assert is_unknown_lower(word) is unknown


@pytest.mark.parametrize(
    "text",
    [
        "En bilförare uppger att en bil jagat efter honom från Tynnered till Frölunda.",
        "29 supportrar blir omhändertagna på station Hyllie.",
        "Larm om trafikolycka på E4 vid avfarten till Överhörnäs.",
    ],
)
def test_places_the_police_name_stay(text: str) -> None:
    assert redact(text) == text  # place_words_police.txt (scripts/build_place_words.py)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Vi pratade med Jan van der Berg om lamporna.", "van der Berg", "lamporna"),
        ("Mötet leddes av Pieter van den Heuvel.", "van den Heuvel", "Mötet"),
        ("Fatima bint Khalid var där.", "bint Khalid", "där"),
        ("Samtal med Sofia von Essen i går.", "von Essen", "Samtal"),
        ("Hon mötte Ali de Gamla vid Fisksätra.", "Ali", "Fisksätra"),
    ],
)
def test_a_surnames_particles_go_with_it(text: str, gone: str, kept: str) -> None:
    out = redact(text)
    assert gone not in out and gone.split()[-1] not in out
    assert kept in out


def test_a_roster_of_people_and_a_roster_of_shifts() -> None:
    _gone("Fältare i kväll: Gift, Stig, Prince.", "Gift", "Stig", "Prince")  # word-names under people
    _kept("Skift: Natt, Dag, Kväll", "Natt", "Kväll")  # a shift's values are times of day


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Hon pa Strandvagen 28 C hade ringt.", "Strandvagen", "28 C"),  # a street typed without å/ä/ö
        ("Dörren uppbruten, Tennisvagen 136A lgh 1509.", "Tennisvagen", "136A"),
        ("Orosanmälan, #6657276, skickad.", "Orosanmälan", "6657276"),
        ("Felanmälan klar. Ref #584128.", "Ref", "584128"),
    ],
)
def test_streets_without_diacritics_and_numbers_after_a_hash(text: str, kept: str, gone: str) -> None:
    out = redact(text)
    assert kept in out and gone not in out, out


def test_short_hash_numbers_and_hashtags_stay() -> None:
    _kept("Vi vann #1 och #12 i v48 #fisksatra", "#1", "#12", "#fisksatra")
