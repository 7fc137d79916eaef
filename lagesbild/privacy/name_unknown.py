"""Fail-closed names: a capitalised word inside a sentence that is no known word, place or name list entry.

Swedish writes common nouns, weekdays, months and nationalities in lowercase, so a capitalised word in
the middle of a sentence is a proper noun: a person, a place, an organisation or a brand. The other
finders need a name list or a cue; this one catches the names no list holds (`Igår kom Robban och
Frasse`, `snackade med Dardan`) by ruling out what else the word can be:

* a word of the Swedish lexicon (the ``wordfreq`` frequency list: a word with a Zipf frequency of at
  least :data:`KNOWN_ZIPF` is known; a title in capitals, `Trygghetsvandring Med Polisen`, stays);
* a compound of two lexicon words (`Fritidsgården`, `Glasflaskor`);
* a place: the RegSO areas, kommuner and stations (``lagesbild/data/place_words.txt``), a place-name
  ending, a word after a place preposition (`i Hjulsta`, `vid Bantorget`), a word before a place or
  institution noun (`Holma torg`, `Ekhagens skola`);
* an organisation, brand or event (:data:`NOT_NAMES`, organisation endings, `Fryshuset AB`);
* a word of the name lists: the list finders have already decided about it.

Frequent Swedish short forms of given names (`Micke`, `Jocke`) are names although the frequency list
knows them (:data:`SHORT_FORMS`). At the start of a sentence, where every word is capitalised, an
unknown word is a name only before what a person does (`Dardan kom`, `Najib said`), and a given name
that is also a word only before an action (`; Sten sprang mot Ringvägen`).

Stop 20 added, for listed and unknown names alike: a word before an age (`Bror, 16 år`, `Stig (ca 16
år)`); a word after a sentence-opening word that
stands before people (`Enligt Mujtaba`, `Igår Dardan`, not `En Bilist`); a listed name that is a word,
capitalised inside a sentence before a verb (`berättade att Sol har`, not `och Juni är`).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import (
    KNOWN_ZIPF,
    ORGANISATIONS,
    SHORT_FORMS,
    domain_words,
    frequent_words,
    known_word,
    lower_place_words,
    place_words,
    police_place_words,
    zipf,
)
from lagesbild.privacy.name_cue_words import after_place_prep, person_ok
from lagesbild.privacy.name_inverted import Prev, prev_word, shouted_surname, surname_before_comma
from lagesbild.privacy.name_unknown_word import PLACE_NAME_ENDINGS, noun_like, unknown_word
from lagesbild.privacy.name_words import (
    ANY_NAME,
    ORG_FORM_WORDS,
    PLACE_NOUNS,
    PLACE_PREPS,
    STOP_PLACE_NOUNS,
    WORDS_CAPITALISED,
)
from lagesbild.privacy.names import AMBIGUOUS, FIRST_NAMES
from lagesbild.privacy.person_verbs import ACTS_RE, PERSON_NEXT_RE
from lagesbild.privacy.span_index import SpanIndex
from lagesbild.privacy.speech import ORG_ENDINGS, PLACE_ENDINGS

__all__ = [
    "KNOWN_ZIPF",
    "ORGANISATIONS",
    "SHORT_FORMS",
    "domain_words",
    "AGE_AFTER_RE",
    "PERSON_NEXT_RE",
    "ACTS_RE",
    "find_unknown_names",
    "shouted_surname",
    "unknown_word",
    "frequent_words",
    "known_word",
    "lower_place_words",
    "place_words",
    "zipf",
]


CAP_RE: Final = re.compile(r"[A-ZÅÄÖÀ-ÞĆČĐŁŚŠŹŻŽ][^\W\d_A-ZÅÄÖ]+(?:['’-][^\W\d_]+)*")
# Inside a sentence: a space, a comma, `&` between spaces (not `Friskis&Svettis`), and the colon, semicolon
# and dash after which Swedish goes on in lowercase (`Ansvarig: Driton Shala`, `bråk Älta – Nahrin vittne`).
_GAP_OK_RE: Final = re.compile(r"[ \t]+|[ \t]*[,:;][ \t]*|[ \t]+[&–—][ \t]+")
# A place follows: `i höjd med Rockneby`, `trafikplats Skogsbo`, `korsningen Storgatan/Ågatan`.
_PLACE_BEFORE_RE: Final = re.compile(
    r"(?:höjd[ \t]+med|trakten[ \t]+av|trakterna[ \t]+av|närheten[ \t]+av|delen[ \t]+av|området|"
    r"trafikplats|trafikplatsen|korsningen|avfart|avfarten|infart|infarten|hållplats|hållplatsen|sjön|"
    + "|".join(STOP_PLACE_NOUNS)
    + r"|rastplatsens|köpcentret|"
    r"mellan|mellan[ \t]+[^\W\d_]+[ \t]+och|väg|vägen|riksväg|länsväg|motorväg|motorvägen|[EeRr]\d+|mot|"
    r"(?:söder|norr|öster|väster|sydost|sydöst|nordost|nordöst|sydväst|nordväst)[ \t]+om|utanför|nära|"
    r"vid|at|near|outside|behind|centrala|norra|södra|östra|västra|"
    r"(?:larmas|larmades|kallas|kallades|beordras|beordrades|åkte|åker|körde|kör|reste|flyttade|flyttar)"
    r"[ \t]+till)[ \t]+$",
    re.IGNORECASE,
)
# A road's letters before its number: `Lv240`, `Lv 2050`, `Rv 40`.
_ROAD_NUMBER_RE: Final = re.compile(r"[ \t]?\d")
_NEXT_RE: Final = re.compile(r"[ \t]+([a-zåäö]+|[A-ZÅÄÖ][a-zåäö]+)")
# A lowercase noun after the word that makes it an organisation's or a place's name.
_NOUN_AFTER: Final = (
    "tjänst",
    "tjänsten",
    "polis",
    "polisen",
    "kommun",
    "region",
    "län",
    *ORG_ENDINGS,
    *PLACE_ENDINGS,
)
# Given names that are words (`Sten`, `Bo`), not those that are mostly words in capitals (`Inga`, `Per`).
_WORD_NAMES: Final = (AMBIGUOUS & FIRST_NAMES) - WORDS_CAPITALISED
ANY_WORD_NAME: Final = AMBIGUOUS | FIRST_NAMES
_HEADING_COLON_RE: Final = re.compile(r"[ \t]*:")
_AT_END_RE: Final = re.compile(r"[ \t]*(?:[.!?]|$|\n)")
_ORG_NEXT_RE: Final = re.compile(rf"[ \t]+(?:{'|'.join(sorted(ORG_FORM_WORDS, key=len, reverse=True))})\b")


# An age right after a word makes it a person: `Bror, 16 år`, `Stig (ca 16 år)`, `hejar (15) o …`.
AGE_AFTER_RE: Final = re.compile(r"[ \t]*(?:,[ \t]*|\([ \t]*(?:ca[ \t]+)?)[0-9]{1,2}[ \t]*(?:år\b|\))")


def find_unknown_names(
    text: str, taken: list[tuple[int, int]], roles: frozenset[str], not_names: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of capitalised words inside a sentence that are nothing but a name."""
    out: list[tuple[int, int]] = []
    found = SpanIndex(taken)
    signed = _SIGNATURE_RE.search(text, max(0, len(text) - _SIGNATURE_REACH))
    if signed and not found.overlaps(*signed.span("n")) and _signs(signed, not_names, roles):
        out.append(signed.span("n"))  # who signs a note: `Lämnat lapp. Senthil`, `Cheers, Meseret`
    for m in CAP_RE.finditer(text):
        s, e = m.span()
        if (s and text[s - 1].isalnum()) or found.overlaps(s, e):
            continue
        prev = prev_word(text, s)
        if prev is not None and prev.word.isdigit() and _LOG_TIME_RE.search(text, max(0, s - 32), s):
            prev = None  # a log line's time opens it like a line's start: `02:30 Fitzgerald på plats`
        word = m.group()
        age = AGE_AFTER_RE.match(text, e)  # `(24)` after a place is an exit's number: `år` for unknown words
        if age and (word in FIRST_NAMES or ("år" in age.group() and unknown_word(word, not_names, roles))):
            out.append((s, e))
            continue
        if (
            word in SHORT_FORMS
            and not _HEADING_COLON_RE.match(text, e)
            and not _after_narrow_prep(prev)
            and (
                prev is not None
                and not prev.gap.strip(" \t")
                or PERSON_NEXT_RE.match(text, e)
                or zipf(word) < KNOWN_ZIPF  # a pet form that is no word: `Stadshuset: Hamoudi med gäng`
            )
        ):
            # a pet form is a person's inside a sentence (`om Bosse`, `mellan Abbe och`), and where a
            # sentence starts before what a person does (`Kicki hjälper`; not `Mattan i trapphuset`)
            out.append((s, e))
            continue
        if ACTS_RE.match(text, e) and word in _WORD_NAMES and (prev is None or prev.gap.strip(" \t")):
            out.append((s, e))  # a given name that is a word, starting a clause: `; Sten sprang mot`
            continue
        if (
            prev is not None
            and prev.word[:1].islower()
            and _GAP_OK_RE.fullmatch(prev.gap or " ")
            and word in ANY_WORD_NAME
            and person_ok(word, not_names, roles)  # not `och Juni är`
            and PERSON_NEXT_RE.match(text, e)
            and not after_place_prep(text, s)
        ):
            out.append((s, e))  # a listed name that is a word, capitalised inside a sentence: `att Sol har`
            continue
        initial = _INITIAL_BEFORE_RE.search(text, max(0, s - 4), s)
        if (
            initial
            and (word in ANY_NAME or unknown_word(word, not_names, roles))
            and person_ok(word, not_names, roles)
        ):
            if not (
                (
                    after_place_prep(text, initial.start())
                    and (initial.group()[0] in "NSVÖLGM" or word in police_place_words())
                )
                or _place_noun_next(text, e)
                or (
                    (direction := _DIRECTION_INITIAL_RE.search(text, max(0, s - 8), s))
                    and _AT_END_RE.match(text, e)
                    # not in a list of people: `Inblandade: [namn], V. Covaci` (stop 38, blind 61)
                    and not found.overlaps(max(0, direction.start() - 1), direction.start())
                )
            ):
                out.append((initial.start(), e))  # an initial and a surname: `Ansv M. Kadhim`, `N. Isik`
                continue
        if prev is None or not _GAP_OK_RE.fullmatch(prev.gap or " "):
            # The start of a text, line, sentence, quote or bracket capitalises every word: there the
            # word is a name only before what a person does (`Dardan kom`, `Leutrim och Arben bråkade`).
            if word in ANY_NAME and word not in AMBIGUOUS and PERSON_NEXT_RE.match(text, e):
                out.append((s, e))  # a listed surname before what a person does: `Huynh kom`
                continue
            if noun_like(word) or not unknown_word(word, not_names, roles):
                continue
            if PERSON_NEXT_RE.match(text, e):
                out.append((s, e))
            elif pair_end := _full_name_end(text, e, not_names, roles):
                out.append((s, pair_end))  # two words that are nothing else: `Niran Boonmee på Rikshem`
            continue
        if (
            prev.gap.strip(" \t") in (":", ";")
            and not noun_like(word)
            and unknown_word(word, not_names, roles)
        ):
            if pair_end := _full_name_end(text, e, not_names, roles):
                out.append((s, pair_end))  # after a colon as at a start: `Punkt 4, Jordbro: Sediqa Karimzada`
                continue
            if ACTS_RE.match(text, e):
                out.append((s, e))  # `vid Tallvägen: Ardit kontaktar …`
                continue
        if (
            prev.gap.strip(" \t") == ","
            and unknown_word(word, not_names, roles)
            and surname_before_comma(text, prev, word, not_names, roles)
        ):
            out.append((prev.start, e))  # `Surname, Given`: `Diallo, Funmilayo`, `Kabila, Papy (Willys)`
            continue
        before = prev.word
        if before.isdigit() or _PLACE_BEFORE_RE.search(text, max(0, s - 24), s):
            continue  # a road's number, a place phrase: `väg 549 Bröta`, `i höjd med Rockneby`
        if prev.gap.strip(" \t") and _AT_END_RE.match(text, e):
            continue  # the trailing place of a note: `Personbil i olycka med älg, Vrå.`
        if (
            before in FIRST_NAMES
            and text[prev.end : s].strip(" \t") == ""  # on the same line
            and unknown_word(word, not_names, roles)
            and not _named_place(word, prev)
            and not _place_noun_next(text, e)
            and not after_place_prep(text, prev.start)
        ):
            out.append((prev.start, e))  # a given name and a surname no list holds: `Mark O'Sullivan`
            continue
        if (
            before[:1].isupper()
            and not any(b == prev.end and a < b for a, b in out)
            and not _opening_word(text, prev.start, before)
            and not (prev.gap.strip(" \t") == "," and before.lower() in roles)  # `Mamman, Rezan Barzinji,`
        ):
            continue  # after a capitalised word only as a name's second word: `Dardan Berisha`
        if after_place_prep(text, s) or _ORG_NEXT_RE.match(text, e) or _ROAD_NUMBER_RE.match(text, e):
            continue
        nxt = _NEXT_RE.match(text, e)
        if nxt is not None and (nxt.group(1).lower() in PLACE_NOUNS or nxt.group(1).endswith(_NOUN_AFTER)):
            continue  # `Holma torg`, `Ekhagens skola`, `Ungdomens Hus`, `Sörmlandskustens räddningstjänst`
        if unknown_word(word, not_names, roles) and not _named_place(word, prev):
            out.append((s, e))
    return out


# An initial right before: `M. Kadhim`, `Ansv F. Chaudhry` (not a word's last letter: `kl. Nio`).
# `, V. Vram.` at a note's end is a place (Västra Vram), as `N.`, `S.`, `Ö.` are north, south, east; after
# `i`, `mot` … so are `L.` (Lilla), `G.` (Gamla) and `M.` (Mellersta), and a place the police name.
_DIRECTION_INITIAL_RE: Final = re.compile(r",[ \t]*[NSVÖ]\.[ \t]?$")
_INITIAL_BEFORE_RE: Final = re.compile(r"(?<![\w.])[A-ZÅÄÖ]\.[ \t]?$")
# A log line's time, or its span, then the word: `16.35–19.30 Kongsuk på plats`, `[23:55] Shaker`.
_LOG_TIME_RE: Final = re.compile(
    # also `kl 0119 Jukke …`: a time without its colon after `kl` (stop 34)
    r"(?m)^[ \t]*(?:(?i:kl)\.?[ \t]*)?(?:[0-9]{4}|\[?[0-9]{1,2}[:.][0-9]{2})"
    r"(?:[ \t]*[–-][ \t]*[0-9]{1,2}[:.][0-9]{2})?\]?[ \t]+$"
)


# The last word of a text after a sentence's end or a sign-off, alone: who wrote the note.
_SIGNATURE_RE: Final = re.compile(
    r"(?:(?P<stop>[.!])[ \t]+|(?<!\w)(?i:cheers|thanks|tack|hälsningar|mvh)[ \t]*,?[ \t]*|(?:^|[ \t])/[ \t]*)"
    r"(?P<n>[A-ZÅÄÖ][^\W\d_A-ZÅÄÖ]+(?:-[A-ZÅÄÖ][^\W\d_A-ZÅÄÖ]+)?)[ \t]*"
    r"(?:\([^()\n]{1,40}\)[ \t]*)?[.!]?[ \t]*\Z",  # and who they are, in brackets: `/Sabira (skolan)`
    re.MULTILINE,
)


_SIGNATURE_REACH: Final = 80  # a sign-off and a name end the text: its last characters are read


def _signs(signed: re.Match[str], not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A listed given name after a sentence's end (`Lämnat lapp. Dilshad`; a police event's last word is
    a place or a truncated noun), a listed or unknown word after a sign-off (`Cheers, Meseret`)."""
    word = signed.group("n")
    if word in place_words() or word in police_place_words() or word in ORGANISATIONS:
        return False
    listed = word in FIRST_NAMES and person_ok(word, not_names, roles)
    return listed or (signed.group("stop") is None and unknown_word(word, not_names, roles))


def _place_noun_next(text: str, e: int) -> bool:
    """A place's noun follows, also capitalised in a place's name: `Ernst Fontells Plats`."""
    nxt = _ANY_NEXT_RE.match(text, e)
    if nxt is None:
        return False
    low = nxt.group(1).lower()
    return low in PLACE_NOUNS or low.endswith(_NOUN_AFTER)


_ANY_NEXT_RE: Final = re.compile(r"[ \t]+([^\W\d_]+)")


_SECOND_WORD_RE: Final = re.compile(r"[ \t]([A-ZÅÄÖÀ-ÞĆČĐŁŚŠŹŻŽ][^\W\d_A-ZÅÄÖ]+(?:-[^\W\d_]+)*)\b")


def _full_name_end(text: str, e: int, not_names: frozenset[str], roles: frozenset[str]) -> int | None:
    """Where a full name ends when the word after an unknown word (ending at ``e``) at a sentence's start
    is unknown too and no place or organisation follows: a given name and a surname no list holds
    (`Kittisak Kaewkla och …`), not `Dinamo Zagreb`."""
    pair = _SECOND_WORD_RE.match(text, e)
    if pair is None:
        return None
    second, end = pair.group(1), pair.end(1)
    if not unknown_word(second, not_names, roles) or second.lower().endswith(PLACE_NAME_ENDINGS):
        return None
    nxt = _NEXT_RE.match(text, end)
    if nxt is not None and (nxt.group(1) in PLACE_NOUNS or nxt.group(1).endswith(_NOUN_AFTER)):
        return None
    if _ORG_NEXT_RE.match(text, end) or _ROAD_NUMBER_RE.match(text, end):
        return None
    return end


# Words that open a sentence and can stand before a person's name (not `En Bilist`, `Från Frescati`).
_OPENERS: Final = frozenset(
    """Enligt Igår Idag Ikväll Inatt Imorse Sedan Sen Då Därefter Senare Även Också Men Och Nu Tyvärr
    Dessutom Info Tack Hej Hejsan Ring Kontakta Fråga Ringde Pratade Träffade Mötte Såg Kontaktade
    Deltog Deltar Närvarande Närvaro""".split()
)


# Words before a place: prepositions and the road and station words of the police's texts.
_TO_PLACE: Final = frozenset(
    """i på vid från till mot mellan utanför nära kring utmed längs genom station stationen trafikplats
    kontrollplats avfart avfarten infart infarten in at near""".split()
)


def _named_place(word: str, prev: Prev | None) -> bool:
    return prev is not None and prev.word.lower() in _TO_PLACE and word in police_place_words()


def _after_narrow_prep(prev: Prev | None) -> bool:
    """After `i`, `på`, `vid` …: a place's (`i Mo`); not after `om`, `mot`, `mellan` (`om Bosse`)."""
    return prev is not None and prev.word.lower() in PLACE_PREPS and not prev.gap.strip(" \t")


def _opening_word(text: str, s: int, word: str) -> bool:
    """``word`` at ``s`` opens a sentence and stands before a person: `Enligt Mujtaba`, `Igår Dardan`."""
    if word not in _OPENERS:
        return False
    k = s
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] in ".!?:;\n"
