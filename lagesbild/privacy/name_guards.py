"""Words a name finder took that the words beside them show to be no person (stop 34, from blind 30 and 31).

- A radio call sign: a word of the NATO spelling alphabet and its number (`polispatrull Mike-7`, `väktare
  Charlie 5`, `17.59 Oscar 8: kontakt tagen`). An age after the number (`Oscar 8 år`) keeps it a name.
- An institution named after a person or a place: a word before an institution's noun (`Svea hovrätt`,
  `Södertörns högskola`, `Hulta fritidsgård`) or before a compound that ends as an institution does (`Lars
  Kaggskolan`, `Joe Hill-gården`), and an unlisted word that ends so itself (`Bäckängsgymnasiet`,
  `Kalmarsalen`). Only a lone word: `Anna Svensson Fisksätraskolan` (a list's row) stays a person, and so
  does a given name's genitive (`Annas skola`).
- A street named after a person, in the genitive before its street word: `på Ellen Keys gata`, `längs Per
  Hallströms väg` (a `väg` only after a preposition of place: `Annas väg hem` is hers).
- A holiday's name or a word of kinship used as a form of address (`Bajram`, `Eid al-Fitr`, `Nowruz`,
  `Ayeeyo`, `Hooyo`), and a person's name in a business's (`Ahmeds Livs`, `Salong Fatima`, `ABB Arena`).
- A known place's name that no name list holds (`lugnare Trandared`, `ansvar för Glömsta`), unless a name's
  cue stands before it; and any word no name list holds where a log names a place (`rond Påljungshage`,
  `larm Rosvalla`, `objekt Kringlan`, `åter Gillberga`). Elsewhere fail-closed holds for unknown words.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import SHORT_FORMS, place_words
from lagesbild.privacy.name_finder import title_case
from lagesbild.privacy.name_words import (
    ANY_NAME,
    FIRST_NAMES,
    NATO_ALPHABET,
    ROLE_WORDS_SET,
    SPOT_AFTER_WORDS,
    SURNAME_SUFFIXES,
)
from lagesbild.privacy.names import LAST_NAMES
from lagesbild.privacy.place_positions import area_field, known_place_here

__all__ = ["no_person"]

_NATO: Final = frozenset(NATO_ALPHABET)
# A call sign's number: joined by a hyphen, or after a space when no age, unit or time follows it.
_CALL_SIGN_RE: Final = re.compile(
    r"(?<![\w-])(?P<word>[^\W\d_]+)"
    r"(?:[ \t]?-[ \t]?[0-9]{1,3}(?![0-9])"
    r"|[ \t][0-9]{1,3}(?![0-9]|[.,:/][0-9]|[ \t]*-?(?:år|åring|års|mån|månader|kr|st|min|timmar)\b))"
)
_INSTITUTION_NOUNS = (
    "hovrätt|hovrätten|tingsrätt|tingsrätten|högskola|högskolan|universitet|universitetet|vårdcentral"
    "|vårdcentralen|hälsocentral|hälsocentralen|fritidsgård|fritidsgården|sjukhus|sjukhuset|gymnasium"
    "|bibliotek|biblioteket|simhall|simhallen|sporthall|sporthallen|ishall|ishallen|folkhögskola|skola"
    "|förskola|äldreboende|kulturhus|kulturhuset|djurpark|stadsbibliotek|folkets[ \t]+hus"
    # the utilities' sites and the harbours (stop 37, blind 55 and 57): `Sidsjöns tryckstegringsstation`,
    # `Östbergets vattentorn`, `Sturkö gästhamn`, `Svinö camping`, `Gränsö marina`
    "|(?!nätverk)[a-zåäö]*(?:station|stationen|verk|verket|torn|tornet|tryckstegring|ställverk|ställverket|hamn|hamnen"
    "|camping|campingen|marina|marinan|båtplatser)"
)
_COMPOUND_ENDINGS = (
    "skolan|skola|gymnasiet|gården|hallen|badet|biblioteket|kyrkan|parken|huset|institutet|sjukhuset"
)
_INSTITUTION_COMPOUND = rf"[A-ZÅÄÖ][\w]*-?(?:{_COMPOUND_ENDINGS})"
_INSTITUTION_NEXT_RE: Final = re.compile(
    rf"(?:s|'s)?[ \t]+(?:(?i:{_INSTITUTION_NOUNS})|{_INSTITUTION_COMPOUND}|[A-ZÅÄÖ][\w]*(?:platsen|torget))"
    r"(?![\w-])"
)
# What an institution's or a venue's own name ends with (`Bäckängsgymnasiet`, `Scaniarinken`).
_INSTITUTION_ENDINGS: Final = (
    "skolan", "gymnasiet", "salen", "hallen", "rinken", "skogen", "parken", "badet", "biblioteket",
    "kyrkan", "gården", "arenan", "centret", "huset", "torget", "universitetet", "högskolan", "lasarettet",
    "sjukhuset",
)  # fmt: skip
# A person's genitive before a street's word: a street (`Ellen Keys gata`); `väg` only after `på`, `vid`.
_STREET_NEXT_RE: Final = re.compile(
    r"(?:s|'s|:s)?[ \t]+(?:gata|gatan|allé|gränd|torg|stig|backe"
    rf"|plats(?![ \t]+(?:{'|'.join(sorted(SPOT_AFTER_WORDS))})\b))\b"
)
_ROAD_NEXT_RE: Final = re.compile(r"(?:s|'s)?[ \t]+(?:väg|vägen)\b")
_PLACE_PREP_BEFORE_RE: Final = re.compile(r"(?<![\w-])(?i:på|vid|längs|mot|från|till|utmed|nära)[ \t]+$")
# The words of a log before the place it is about: `rond Påljungshage`, `larm Rosvalla`, `plats: Väven`.
# A patrol names its people (`patrull Kurdi/Hadžić`), and `på plats:` who is there: neither is read so;
# a form's `Plats:` opens its line.
_LOG_PLACE_BEFORE_RE: Final = re.compile(
    r"(?:(?<![\w-])(?i:rond|ronden|rondering|p-övervakning|radiotrafik|larm|larmet|objekt|objektet"
    r"|logg|förstärkning|snatteri|åter)|(?m:^)[ \t]*(?i:plats|objekt)[ \t]*:)[ \t]+$"
)


# What names a boat right before its name: `båten`, `Ströms båt`, `jollen hade namnet`, `Båtens namn:`,
# `gästbåt`, `M/S`, `our boat`; a bracket of its make between (`båt (Ryds 535, namn …`). Not after a comma:
# `ägaren till båten, Erik Ek` is a person.
_BOAT_BEFORE_RE: Final = re.compile(
    r"(?:(?i:\b[a-zåäö]*(?:båt|båten|båtens|jolle|jollen|jollens)|\bboat)(?:[ \t]*\([^)\n]{0,30})?"
    r"(?:[ \t]+(?i:hade[ \t]+namnet|heter|med[ \t]+namnet|namn|namnet)[ \t]*:?)?"
    r"|(?m:^)[ \t]*(?i:båt|båtens[ \t]+namn|båtnamn)[ \t]*:"  # a field, not `skeppare enligt grannbåt: Emil`
    r"|\b(?:M/S|S/Y|M/Y))[ \t]+$"
)


def no_person(text: str, start: int, end: int) -> bool:
    """True where the span `text[start:end]`, found as a name, is a call sign, a holiday or a word of
    address, a business's, a person-named street's or an institution's name, or a known place's."""
    if _call_sign(text, start, end):
        return True
    word = text[start:end]
    words = _WORDS_RE.findall(word)
    if (
        all(w.lower() in _HOLIDAYS_AND_KIN for w in words)
        and (len(words) > 1 or _holiday_alone(text, start, word))  # `Kurban`, `Eid` alone are names too
        and not _after_name_cue(text, start)
    ):
        return True  # `Bajram`, `Kurban Bayramı`, `Eid al-Adha`, `Ayeeyo`; not `en man kallad Ayeeyo`
    if _HOME_BEFORE_RE.search(text, max(0, start - 30), start) or _HOME_RE.match(text, start):
        return True  # a home's or a meeting place's name: `Villa Linnea`, `Stödboende Tornet` (stop 35)
    if " " not in word and "\n" not in word and _BOAT_BEFORE_RE.search(text, max(0, start - 50), start):
        return True  # a boat's name: `köpt båten Lill-Maja`, `Båtens namn: Elvira` (stop 37, blind 57)
    if (
        _BUSINESS_NEXT_RE.match(text, end)
        or (_CLUB_NEXT_RE.match(text, end) and _no_listed_name(word))
        or _BUSINESS_BEFORE_RE.search(text, max(0, start - 30), start)
        or ("\n" not in word and not _BUSINESS_WORDS.isdisjoint(_WORDS_RE.findall(word)))
    ):
        # `Ahmeds Livs`, `Ali Baba Grill`, `Salong Fatima`, `Pizzeria Kalle & Mohammed`; but a person's full
        # name in a firm's stays a name (`Kjell Wallin Bygg AB`; stop 36, blind 48)
        return not _full_name([w for w in words if w not in _BUSINESS_WORDS])
    if word.endswith("s") and (_STREET_NEXT_RE.match(text, end) or _a_road_after_prep(text, start, end)):
        return True  # `Ellen Keys gata`, `längs Per Hallströms väg`
    if _STREET_NEXT_RE.match(text, end) and text[end : end + 1] == "s":
        return True  # the span without its genitive's `s`: `Ellen Key[s gata]`
    if area_field(text, start, end) and not _after_name_cue(text, start):
        return True  # `Område: Vega`, `grannsamverkansområde Ribby` (stop 39)
    if " " in word or "\t" in word or "\n" in word:
        return False
    if _COMPOUND_PART_RE.match(text, end):
        return True  # a compound's first part before `och`: `Barn- och elevombudet` (stop 35)
    if (institution := _INSTITUTION_NEXT_RE.match(text, end)) and not _genitive_name(word):
        # not a person before a place's school, as a list writes it: `Sara Hagaskolan`, `Ali Fisksätraskolan`
        return word.isupper() or not _place_s_compound(institution.group().strip())
    if not _listed(word) and word not in SHORT_FORMS:
        if len(word) >= 8 and word.lower().endswith(_INSTITUTION_ENDINGS):
            return True  # `Bäckängsgymnasiet`, `Kalmarsalen`
        if (
            len(word) >= 4
            and text[end : end + 1] != "/"
            and _LOG_PLACE_BEFORE_RE.search(text, max(0, start - 20), start)
        ):
            return True  # `rond Påljungshage`, `åter Gillberga, Kaisa tar över`
    if not _listed(word) and known_place_here(text, start, end, word):
        return True  # `bovärd Alnö`, `från Dalsjöfors`, `(Kolartorp)` (stop 39)
    return word in place_words() and _only_a_place(text, start, end, word)


_WORDS_RE: Final = re.compile(r"[^\W\d_]+")
# The capitalised word of a home, a meeting place or a preschool before its own name: `Villa Linnea`,
# `Stödboende Tornet`, `LSS-boendet Sjöjungfrun`, `Träffpunkt Skönsberg`, `Förskolan Myran` (a resident
# is `boende Ahmed`, in lowercase).
_HOMES: Final = (
    r"(?:Villa|Stödboende|Stödboendet|HVB|HVB-hemmet|LSS-boendet|Gruppboendet|Gruppbostaden|Äldreboendet"
    r"|Korttidsboendet|Förskolan|Träffpunkt)"
)
_HOME_BEFORE_RE: Final = re.compile(rf"(?<![\w-]){_HOMES}[ \t]+$")
_HOME_RE: Final = re.compile(rf"{_HOMES}[ \t]+[A-ZÅÄÖ]")
_COMPOUND_PART_RE: Final = re.compile(r"-[ \t]+(?:och|eller|&)[ \t]")
# Holidays people write with a capital, and words of kinship used to address someone (Somali, Arabic,
# Turkish, Kurdish, Persian), which blind 32 lost as names.
_HOLIDAYS_AND_KIN: Final = frozenset(
    """bajram bayram bayramı bayrami kurban eid al adha fitr mubarak ashura nowruz newroz norouz meskel
    timkat tet diwali vesak hanukka hanukkah purim pesach jom kippur ramadan ramadhan
    ayeeyo awoowe abooto habaryar adeer babaanne anneanne teyze amca""".split()
)
# A business's noun after a name, or before it: the name is the business's.
_BUSINESS_NOUNS = (
    "Livs|Livsmedel|Frukt|Grönt|Kök|Bageri|Grill|Kebab|Kiosk|Café|Cafe|Restaurang|Bilvård|Bygg|Måleri|Städ"
    "|Taxi|Bazar|Market|Shop|Salong|Frisör|Pizzeria|Arena"
)
_BUSINESS_NEXT_RE: Final = re.compile(rf"(?:s|'s|’s)?[ \t]+(?:{_BUSINESS_NOUNS})(?![\w-])")
# A sports club's letters after one word that no name list holds (`Helsingborgs IF`, `Gefle IF`,
# `Assyriska FF`; stop 35); after a listed name they are the person's club (`Anna Berg IFK`, `Berg IFK`).
_CLUBS = "IF|IK|IS|BK|FF|SK|FK|HK|IBK|GoIF|AIF|BoIS|IFK"
_CLUB_NEXT_RE: Final = re.compile(rf"[ \t]+(?:{_CLUBS})(?![\w-])")
_BUSINESS_WORDS: Final = frozenset(_BUSINESS_NOUNS.split("|") + _CLUBS.split("|"))
_BUSINESS_BEFORE_RE: Final = re.compile(
    r"(?<![\w-])(?:(?:Pizzeria|Salong|Restaurang|Bageri|Café|Kiosk|Frisör|Grill|Butik|Livs|Gallerian"
    r"|Galleria)[ \t]+"
    r"(?:[A-ZÅÄÖ][^\W\d_]+[ \t]+(?:&|och)[ \t]+)?"
    # a club's letters before its name: `IK Tord` (stop 35)
    r"|(?:IF|IK|IS|BK|FF|SK|FK|HK|IBK|IFK|GIF|AIK)[ \t]+)$"
)


def _full_name(words: list[str]) -> bool:
    """A listed given name before a listed surname: `Kjell Wallin`, `Per-Erik Holmberg`."""
    return len(words) >= 2 and words[0].split("-")[0] in FIRST_NAMES and words[-1] in LAST_NAMES


def _no_listed_name(words: str) -> bool:
    return " " not in words and not _listed(words)


def _holiday_alone(text: str, start: int, word: str) -> bool:
    """One word: a holiday's or a word of address that is no listed name, or one after `under`, `inför`,
    `fira` (`under Bajram`; Bajram is an Albanian given name too)."""
    low = word.lower()
    end = start + len(word)
    after = _NEXT_WORD_RE.match(text, end)
    if after is not None and after.group(1).lower() in _HOLIDAYS_AND_KIN:
        return True  # `Kurban Bayramı`, `Eid al-Fitr` with the rest beside it
    if low not in _ALONE:
        return False
    return (
        not _listed(word)
        or _FESTIVE_BEFORE_RE.search(text, max(0, start - 20), start) is not None
        or _FESTIVE_AFTER_RE.match(text, end) is not None
    )


# What stands alone as a holiday or a word of address (`Eid`, `Kurban`, `al` only beside the rest).
_ALONE: Final = frozenset(
    """bajram bayram bayramı bayrami ashura nowruz newroz norouz meskel timkat tet diwali vesak hanukka
    hanukkah purim pesach ramadan ramadhan ayeeyo awoowe abooto habaryar adeer babaanne anneanne teyze
    amca""".split()
)
_FESTIVE_BEFORE_RE: Final = re.compile(
    r"(?<![\w-])(?i:under|inför|fira|firar|firade|firades|firandet\s+av|fest\s+för)[ \t]+$"
)
_FESTIVE_AFTER_RE: Final = re.compile(r"[ \t]+(?:firas|firades|firats|mubarak)\b")
_NEXT_WORD_RE: Final = re.compile(r"[ \t-]+([^\W\d_]+)")


def _after_name_cue(text: str, start: int) -> bool:
    """After `kallad`, a particle or a title, or a role (`mamman Ayeeyo`): a name stands there."""
    before = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    return before is not None and (
        before.group(1).lower() in _NAME_CUES or before.group(1).lower() in ROLE_WORDS_SET
    )


def _a_road_after_prep(text: str, start: int, end: int) -> bool:
    return bool(
        _ROAD_NEXT_RE.match(text, end) and _PLACE_PREP_BEFORE_RE.search(text, max(0, start - 8), start)
    )


def _only_a_place(text: str, start: int, end: int, word: str) -> bool:
    """A place's name that is no listed name, no surname's or pet form's shape (`Vik`, `Mo`, `Rosenlund`
    are surnames and pet forms too, which no list holds) and stands where no name's cue puts it: not after
    a particle, a title or `kallas`, not before a given name after a comma (`Rostas, Ljubomir`)."""
    if len(word) < 5 or _listed(word) or word in SHORT_FORMS or word.lower().endswith(SURNAME_SUFFIXES):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    if before is not None and before.group(1).lower() in _NAME_CUES:
        return False
    after = _GIVEN_AFTER_RE.match(text, end)
    return after is None or after.group(1) not in FIRST_NAMES


_WORD_BEFORE_RE: Final = re.compile(r"([^\W\d_]+)\.?[ \t]+$")
_GIVEN_AFTER_RE: Final = re.compile(r",[ \t]*([A-ZÅÄÖ][^\W\d_]+)")
# Words after which a place's spelling is a person's name: particles, titles, the cues of a nickname.
_NAME_CUES: Final = frozenset(
    """von af de van al el familjen släkten kallas kallad kallade kallades kallar heter hette alias aka mr
    mrs ms dr herr fru""".split()
)


# Where a text is about radio traffic, a NATO word and a number after a space is a call sign; elsewhere only
# joined by a hyphen (`barnen Oscar 8, Lisa 6` are children).
_RADIO_CONTEXT_RE: Final = re.compile(
    r"(?i:\b(?:radio|radion|radiotrafik|patrull|polispatrull|polis|polisen|central|centralen|enhet|amb|ambulans"
    r"|rtj|räddningstjänst|räddningstjänsten|transport|ovakt|ordningsvakt|väktare|väktarbil|rond|larm|pass"
    r"|anrop|anropade|call|unit|bil)\b)"
    # a log's line that opens with its time: `03.06 Charlie 15: …`
    r"|(?m:^)[ \t]*(?:kl\.?[ \t]*)?[0-2]?[0-9][.:]?[0-5][0-9][ \t]"
)


def _call_sign(text: str, start: int, end: int) -> bool:
    """The span is call signs, maybe with a role word before them: `Mike-7`, `väktare Charlie-5`."""
    rest: list[str] = []
    pos = start
    found = False
    for m in _CALL_SIGN_RE.finditer(text, start, min(len(text), end + 12)):
        if m.start() >= end:
            break
        hyphen = (
            "-" in m.group()[len(m.group("word")) :]
            or (  # or in brackets: `Francisca (Oscar 9)`
                text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
            )
        )
        if m.group("word").lower() in _NATO and (hyphen or _RADIO_CONTEXT_RE.search(text)):
            rest.append(text[pos : m.start()])
            pos = max(pos, m.end())
            found = True
    if not found:
        return False
    rest.append(text[pos:end])
    return all(
        w.lower() in ROLE_WORDS_SET for w in " ".join(rest).replace("(", " ").replace(")", " ").split()
    )


def _place_s_compound(words: str) -> bool:
    """`Hagaskolan`, `Fisksätra-gården`: an institution's compound whose first part is a known place's."""
    m = _COMPOUND_HEAD_RE.fullmatch(words)
    if m is None:
        return False
    head = m.group(1).rstrip("-")
    return head in place_words() or (head.endswith("s") and head[:-1] in place_words())


_COMPOUND_HEAD_RE: Final = re.compile(
    rf"(?:s|'s)?[ \t]*([A-ZÅÄÖ][\w-]*?)(?:{_COMPOUND_ENDINGS}|platsen|torget)"
)


def _genitive_name(word: str) -> bool:
    """A given name's genitive, or a word in lowercase: `Annas skola`, `babaks skola` are a child's school."""
    return word.islower() or (word.endswith("s") and title_case(word[:-1]) in FIRST_NAMES)


def _listed(word: str) -> bool:
    name = title_case(word)
    return name in ANY_NAME or (name.endswith("s") and name[:-1] in ANY_NAME)
