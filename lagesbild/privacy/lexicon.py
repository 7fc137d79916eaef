"""The vocabulary the name rules ask (issue 14): wordfreq's Swedish frequency list (a word is known when
its Zipf frequency is at least :data:`KNOWN_ZIPF`, 3 = once per million words, or a compound of two such
words: :func:`known_word`), the product's category words, the words of Swedish place names, the
organisations an EST report names and the pet forms of given names the frequency list counts as words.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Final

from lagesbild.privacy.names import AMBIGUOUS, FIRST_NAMES

__all__ = [
    "KNOWN_ZIPF",
    "RARE_ZIPF",
    "ORGANISATIONS",
    "ORGANISATION_PHRASES",
    "SHORT_FORMS",
    "domain_words",
    "known_word",
    "frequent_words",
    "lexicon",
    "lower_place_words",
    "place_words",
    "police_place_words",
    "zipf",
]

# A word at least this frequent in Swedish text (Zipf scale: 3 = once per million words) is a word.
# Tuned on the real police feed (places, few names) and the development corpora: docs/redaction.md.
KNOWN_ZIPF: Final = 3.3
# A word rarer than once per million words: where a rule's context already points at a name, a village or a
# plate, such a word is one (`Kullberg`, `Västrum`, `btr`); a commoner one is a word (`Stål`, `tkr`).
RARE_ZIPF: Final = 3.0
PLACE_WORDS_FILE: Final = Path(__file__).resolve().parents[1] / "data" / "place_words.txt"
POLICE_PLACE_WORDS_FILE: Final = Path(__file__).resolve().parents[1] / "data" / "place_words_police.txt"
# The product's own vocabulary: every label and alias of the default categories (`Fylleri`, `Häleri`).
CATEGORY_FILE: Final = Path(__file__).resolve().parents[1] / "config" / "categories.toml"


@cache
def _buckets(language: str = "sv") -> list[list[str]]:
    """wordfreq's words by frequency: bucket i holds the words of Zipf frequency 9 - i/100."""
    from wordfreq import get_frequency_list  # imported where used: 0.2 s on the first redaction

    return get_frequency_list(language)


def frequent_words(language: str, floor: float) -> frozenset[str]:
    """The words of `language` whose Zipf frequency is at least `floor`."""
    top = round((9 - floor) * 100)
    return frozenset(w for bucket in _buckets(language)[: top + 1] for w in bucket)


@cache
def lexicon() -> frozenset[str]:
    """The Swedish words of at least :data:`KNOWN_ZIPF`."""
    return frozenset(w for w in frequent_words("sv", KNOWN_ZIPF) if w.isalpha())


def zipf(word: str) -> float:
    """The word's Zipf frequency in Swedish, 0 below 1.0 (block_properties asks about rare nouns)."""
    return _zipf_of().get(word.lower(), 0.0)


@cache
def _zipf_of() -> dict[str, float]:
    return {w: 9 - i / 100 for i, bucket in enumerate(_buckets()[:801]) for w in bucket}


@cache
def domain_words() -> frozenset[str]:
    """The words of the product's own category labels and aliases, in lowercase (`fylleri`, `häleri`)."""
    import tomllib

    def strings(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, dict):
            return [s for k, v in node.items() for s in [k, *strings(v)]]
        if isinstance(node, list):
            return [s for v in node for s in strings(v)]
        return []

    config = tomllib.loads(CATEGORY_FILE.read_text(encoding="utf-8"))
    return frozenset(w.lower() for s in strings(config) for w in re.findall(r"[^\W\d_]+", s))


@cache
def place_words() -> frozenset[str]:
    """The capitalised words of Swedish place names (RegSO areas, kommuner, stations, towns)."""
    return frozenset(PLACE_WORDS_FILE.read_text(encoding="utf-8").split())


@cache
def police_place_words() -> frozenset[str]:
    """Places the police's public events name that no area list holds (scripts/build_place_words.py):
    read as places only after a word that leads to a place (`från Tynnered`), as a village's name can be a
    person's surname too."""
    return frozenset(POLICE_PLACE_WORDS_FILE.read_text(encoding="utf-8").split())


@cache
def lower_place_words() -> frozenset[str]:
    return frozenset(p.lower() for p in place_words())


# Swedish short forms and pet forms of given names that wordfreq counts as frequent words (those the
# name lists hold already are the list finders').
SHORT_FORMS: Final = frozenset(
    """Micke Mikke Jocke Hasse Nisse Nicke Tobbe Robban Frasse Gittan Bettan Lollo Sussi Sussie Kicki Kiki
    Stickan Totte Janne Jonte Kricke Kenta Putte Sakke Mange Musse Affe Abbe Memo Mo Dodde Anki Bosse
    Classe Danne Fredde Gurra Hansi Jimpa Joppe Krille Kattis Lelle Nenne Nettan Nilla Obbe Palle Patte
    Peppe Perra Pysen Rolle Ricke Stefe Tompa Uffe Vicke Zacke Hammo Shiro Tesfi Sasha Jessan Linnan
    Emmis Sofs Jossan Tessan Vickan Fiffi Pålle Gugge Bullen Tuffe Nille Ludde Kerstan Majsan Lillis
    Mackan Mattan Bengan Gunnis Siggan Dima Vova Misha Kolya Petya Vanya Kasia Gosia Tomek Bartek
    Hamoudi Abdo Mimo Zizo Nasse Stoffe Mickan Ankan Jojo Gigi Dodo Mimi Lulu Didi Bibi Fifi Lolo Momo
    """.split()
)
# The words of organisations, companies and brands an EST report names that no list above holds.
ORGANISATIONS: Final = frozenset(
    """Nattvandrarna Nattvandrare Fryshuset Maskrosbarn Friends Bris Skolverket Ungdomsmottagningen
    Studiefrämjandet ABF Sensus Bilda Medborgarskolan Vuxenskolan Folkuniversitetet Hyresgästföreningen
    Akelius Heimstaden Willhem Balder Victoriahem Wallenstam Stena Rikshem Vasakronan Botrygg Sveafastigheter
    Familjebostäder Svenska Bostäder Stockholmshem Micasa Ellevio Vattenfall Eon Telia Nobina Transdev Arriva
    Keolis Bergkvarabuss Flixbus Voi Tier Lime Bolt Uber Foodora Wolt Åhléns Clas Ohlson Jula Biltema Rusta
    Ö&B Normal Lindex Stadium Intersport Apotea Kronans Lloyds Circle Preem Ingo Okq8 Shell Tempo Netto
    Citygross Pizzahut Subway Sibylla Ica Kvantum Coop Hemköp Lidl Espresso Kriminalvården Kronofogden
    Kustbevakningen Tullverket
    Brottsoffermyndigheten
    Brottsofferjouren Kvinnojouren Tjejjouren Ungdomsjouren Stadsmissionen Räddningsmissionen Frälsningsarmén
    Hela Människan Unizon Rädda Barnen Röda Korset Korset Mentor Ecpat Polarna Länsförsäkringar Folksam If
    Trygg-Hansa Verisure Sector Alarm Avarn Securitas Dussmann Coor Sodexo Samhall Manpower Adecco
    Riksbyggen Anticimex Axfood Bravida ISS Caverion Postnord Västtrafik Skånetrafiken Sörmlandstrafiken
    Mitthem Poseidon Stångåstaden Nyköpingshem Botkyrkabyggen Huddingehem Gotlandshem Uppsalahem
    Kopparstaden Gavlegårdarna Brandkåren
    Mimer Klövern Trianon ÖBO ABK Lundbergs Vätterhem Växjöhem Lulebo HFAB Helsingborgshem MKB LKF
    Hyresbostäder Stadsbussarna Jämtkraft Mälarenergi Eskilstunahem Kunskapsförbundet Norrevo
    Bostaden""".split()
)
# The organisations above whose names are written in two words, some of them a person's (`Clas Ohlson`):
# a name found that is one of them is the organisation.
ORGANISATION_PHRASES: Final = frozenset(
    p.replace("_", " ")
    for p in """Clas_Ohlson Svenska_Bostäder Hela_Människan Rädda_Barnen Röda_Korset Sector_Alarm
    Svenska_kyrkan Tekniska_verken""".split()
)
_COMPOUND_MIN: Final = 4  # both parts of a compound at least this long
_LINKS: Final = ("s", "e", "a", "u", "o")  # fogemorfem: `fritid|s|gården`, `pojk|e|gäng`


_LONGEST_COMPOUND: Final = 60


def known_word(word: str) -> bool:
    """A word of the Swedish lexicon or a compound of two (`Fritidsgårdens` → fritids|gårdens)."""
    low = word.lower()
    words = lexicon()
    if low in words or low in domain_words():
        return True
    if len(low) > _LONGEST_COMPOUND:
        return True  # no name is this long, and splitting it everywhere is quadratic (stop 24)
    places = lower_place_words()
    for i in range(3, len(low) - 1):
        head, tail = low[:i], low[i:]
        if tail not in words or (tail in _given_lower() and head not in words):
            continue  # a given name after no word makes no compound: `Woldemichael` (but `Bollkalle`)
        if len(tail) >= 5 or head in places or (head.endswith("s") and head[:-1] in places):
            return True  # `Rännardagen`; `Ältavallen`, `Nyköpingsån`: a place's name and a word
        if min(len(head), len(tail)) >= _COMPOUND_MIN and (
            head in words or (head.endswith(_LINKS) and head[:-1] in words)
        ):
            return True
    return False


@cache
def _given_lower() -> frozenset[str]:
    return frozenset(n.lower() for n in FIRST_NAMES - AMBIGUOUS if len(n) >= 5)
