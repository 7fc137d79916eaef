"""Names in the handles of social media and chat services (issue 14, stop 33, from blind 27's misses).

What staff copy from Instagram, TikTok, Snapchat and Discord names people by their handles: `amela_hadzic`,
`avin.sindi2009`, `signe61`, `stefanjohansson`. A handle is found whole:

* a handle shaped as one (`_` or `.` between its parts, or digits in it) with a part that is a listed name
  (`baran.jaff68`, `rabi46`), or any such handle after a word that says account (`kontot`, `användaren`,
  `medlemmen`, `Instagram`, `story från`);
* a lowercase word after such a word that the lexicon does not know (`kontot yousefshami`, `Instagram
  deqagedi`);
* a lowercase word that is a listed given name joined to a listed surname and no word, alone on its line or
  as a chat's speaker (`signehansson:`, `zhenliu` over a post);
* a listed given name inside a hashtag or channel (`#elsa-fans`);
* who wrote a quoted comment, in brackets after it (`"Big brother" (Lamia)`), and a quoted name after a
  word that says account (`användaren "Beki"`);
* a name written with an apostrophe inside it, as Arabic names are romanised (`Ja'far`, `Ala'a Sha'ban`,
  `AHMAD MA'RUF`), not a genitive or an English contraction (`Lisa's`, `don't`);
* an initial before a surname (`M. Grönvall`, `T. Sandvall`), not before a word, street, place or
  organisation (`S. Persgatan`, `Sjöboda S. Lastbil`), and after a direction's letter only before a listed
  surname (`V. Vram` is Västra Vram).

Not: mail addresses, web and file names (`nacka.se`, `bild_2.jpg`), abbreviations (`bl.a`, `t.o.m`), places
and words (`fisksätra2026`, `buss_4`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from lagesbild.privacy.lexicon import domain_words, lexicon, zipf
from lagesbild.privacy.name_cue_words import MONTHS_DAYS
from lagesbild.privacy.name_handles import fold_accents, folded_names
from lagesbild.privacy.name_unknown import ORGANISATIONS, place_words
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS
from lagesbild.privacy.names import FIRST_NAMES, LAST_NAMES

__all__ = ["find_social_names"]

_TOKEN_RE: Final = re.compile(r"(?<![\w.@#/-])(?P<t>[^\W\d_]\w*(?:[._]\w+)*)(?![\w@/-]|[.]\w)")
_SHAPED_RE: Final = re.compile(r"[._]|\d")
_SEGMENT_RE: Final = re.compile(r"[^\W\d_]+")
_ENDINGS: Final = frozenset(
    """se com nu org net io eu info pdf doc docx xls xlsx csv txt jpg jpeg png gif heic mp4 mov html php
    zip""".split()
)
_ACCOUNT_BEFORE_RE: Final = re.compile(
    r"(?i:\b(?:kontot|kontona|konto|användaren|användarnamn|användarnamnet|medlemmen|profilen|profil|instagram"
    r"|insta|tiktok|snapchat|snap|discord|facebook|twitter|youtube|storyn|story|snap-story|snapstory"
    r"|handle|user|account))[ \t]*:?[ \t]*(?:(?i:från|av|som|heter)[ \t]+)?@?$"
)
_HASHTAG_RE: Final = re.compile(r"#(?P<h>[^\W\d_]+(?:[-_][^\W\d_]+)*)")
_MIN_JOINED: Final = 7  # `zhenliu`; shorter joins are too often a word's parts
_QUOTED_BY_RE: Final = re.compile(r"[\"”»][ \t]*\((?P<n>[A-ZÅÄÖ][^\W\d_]+(?:[ \t]+[A-ZÅÄÖ][^\W\d_]+)?)\)")
_QUOTED_ACCOUNT_RE: Final = re.compile(
    r"(?i:\b(?:användaren|användare|kontot|profilen|medlemmen|nicket|aliaset))[ \t]+[\"“”»']"
    r"(?P<n>[^\W\d_][\w-]*)"
)
_APOSTROPHE_RE: Final = re.compile(
    r"(?<![\w'’])(?P<n>[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{0,5}['’][a-zåäöA-ZÅÄÖ]{1,8})"
    r"(?:[ \t]+(?P<s>[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{0,5}['’]?[a-zåäöA-ZÅÄÖ]{2,12}))?(?![\w'’])"
)
_CONTRACTIONS: Final = frozenset("s t ll re ve d m n".split())
_INITIAL_RE: Final = re.compile(
    # not after a number (`väg 45 S.`), but after a clock time (`12.45 M. Berg`)
    r"(?<![\w.])(?:(?<![0-9][ \t])|(?<=[0-9][.:][0-9]{2}[ \t]))[A-ZÅÄÖØÆ]\.[ \t]?"
    r"(?P<s>[A-ZÅÄÖ][a-zåäöéü]{2,}(?:-[A-ZÅÄÖ][a-zåäöéü]+)?|[A-ZÅÄÖ][a-zåäö]-[A-ZÅÄÖ][a-zåäöéü]{2,})(?![\w-])"
)
# Where an initial can only be a person's: a line's or a clause's start, after `och`, a dash, a slash or a
# bracket, or a preposition that takes a person (`Kvinnan, R. Gardell,`, `A. Abdi och J. Walker`, `12.45 M.
# Berg –`, `genom E. Lindbäck`); not after another word, where a sentence may end in a letter (`trappa B.
# Sedan`).
_PERSON_SLOT_RE: Final = re.compile(
    r"(?:^|[,(:/–—-]|\b(?:och|samt|genom|av|hos|med|till|från)|[0-9][.:]?[0-9]{2})[ \t]*\Z"
    r"|\n[ \t]*\Z|^[ \t]*\Z"
)
_STREET_ENDS: Final = (
    "gatan",
    "vägen",
    "gränd",
    "gränden",
    "torget",
    "stigen",
    "backen",
    "allén",
    "plan",
    "leden",
)


def find_social_names(text: str) -> list[tuple[int, int]]:
    """Spans of the handles and hashtag names of the module doc."""
    out: list[tuple[int, int]] = []
    # most texts hold no handle's shape and no word that says account: skip the word-by-word scan (issue 16)
    low = text.lower()
    account_words = _ACCOUNT_HINT_RE.search(low) is not None
    if account_words or _SHAPE_HINT_RE.search(text):
        for m in _TOKEN_RE.finditer(text):
            token = m.group("t")
            if token != token.lower() or token in FUNCTION_WORDS:
                continue
            account = account_words and _ACCOUNT_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            if _SHAPED_RE.search(token):
                if _a_handle(token) and (account or any(_listed(s) for s in _SEGMENT_RE.findall(token))):
                    out.append(m.span())
            elif account and not _a_word(token) and token not in _lower_places():
                out.append(m.span())
    for m in _SPEAKER_TOKEN_RE.finditer(text):
        token = m.group("t")
        if token not in FUNCTION_WORDS and _joined_name(token) and not _account_before(text, m.start("t")):
            out.append(m.span("t"))
    out += _quoted_names(text, account_words) + _apostrophe_names(text) + _initial_names(text)
    for m in _HASHTAG_RE.finditer(text) if "#" in text else ():
        for part in re.finditer(r"[^\W\d_]+", m.group("h")):
            word = part.group()
            if (
                len(word) >= 4
                and word.title() in FIRST_NAMES
                and not _a_word(word)
                and word not in _lower_places()
            ):
                out.append((m.start("h") + part.start(), m.start("h") + part.end()))
    return out


def _other_than_a_person(word: str) -> bool:
    low = word.lower()
    return (
        word in ORGANISATIONS
        or word in place_words()
        or low in FUNCTION_WORDS
        or low in MONTHS_DAYS
        or low.endswith(_STREET_ENDS)
    )


def _quoted_names(text: str, account_words: bool) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _QUOTED_BY_RE.finditer(text) if "(" in text else ():
        words = m.group("n").split()
        # a word of the lexicon only as a listed name (`(Björn)`, not `(Polisen)`)
        if not any(_other_than_a_person(w) or (_a_word(w.lower()) and w not in ANY_NAME) for w in words):
            out.append(m.span("n"))
    for m in _QUOTED_ACCOUNT_RE.finditer(text) if account_words else ():
        if not _other_than_a_person(m.group("n")):
            out.append(m.span("n"))
    return out


def _apostrophe_names(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _APOSTROPHE_RE.finditer(text) if "'" in text or "’" in text else ():
        tail = re.split("['’]", m.group("n"), maxsplit=1)[1].lower()
        if tail in _CONTRACTIONS or m.group("n").lower() in FUNCTION_WORDS:
            continue
        end = m.end("s") if m.group("s") and not _other_than_a_person(m.group("s")) else m.end("n")
        out.append((m.start("n"), end))
    return out


def _initial_names(text: str) -> list[tuple[int, int]]:
    """`M. Grönvall`: the surname no word (unless a listed name); after a direction's letter (`S.`, `V.`,
    `C.`: `Sjöboda S. Lastbil`, `V. Vram`, `Åre C. Tre`) only a listed surname."""
    out: list[tuple[int, int]] = []
    for m in _INITIAL_RE.finditer(text) if "." in text else ():
        surname = m.group("s")
        listed = surname in ANY_NAME
        if _other_than_a_person(surname):
            # a listed surname that is also a place, in a person's slot (`12.45 M. Berg –`)
            if not (
                listed and surname in place_words() and _a_person_slot(text, m.start(), m.group()[0], surname)
            ):
                continue
        if not listed and (_a_word(surname.lower()) or m.group()[0] in _DIRECTION_LETTERS):
            if not _a_person_slot(text, m.start(), m.group()[0], surname):
                continue
        out.append(m.span())
    return out


_DIRECTION_LETTERS: Final = frozenset("NSVÖOCEW")


def _a_person_slot(text: str, start: int, initial: str, surname: str) -> bool:
    """A word after an initial in a person's slot (stop 36, blind 42: `R. Gardell`, `J. Walker`): not a
    direction's letter, nor a frequent word that may start the next sentence (`A. Det var`)."""
    if initial in _DIRECTION_LETTERS or zipf(surname.lower()) >= 5.0:
        return False
    return _PERSON_SLOT_RE.search(text, max(0, start - 12), start) is not None


def _account_before(text: str, start: int) -> bool:
    """An account word before it: the scan above has taken the token already."""
    return _ACCOUNT_BEFORE_RE.search(text, max(0, start - 30), start) is not None


# Where a handle stands alone: a line of its own (a post's author) or a chat line's speaker, after a time or
# not (`stefanjohansson: här är …`, `19.20 krzysztofkozlowski: yo`).
_SPEAKER_TOKEN_RE: Final = re.compile(
    r"(?m)^[ \t]*(?:\[?[0-9]{1,2}[:.]?[0-9]{2}\]?[ \t]+)?(?P<t>[^\W\d_A-ZÅÄÖÉÜ]{7,})"
    r"(?=[ \t]*(?::[ \t]|\r?\n|\Z))"
)
_ACCOUNT_HINT_RE: Final = re.compile(
    "kont|använd|medlem|profil|insta|tiktok|snap|discord|facebook|twitter|youtube|story|handle|user|account"
    "|nicket|aliaset"
)
# a handle with a listed name in it has one of these (`rabi46`, `hakan.t2011`, `amela_hadzic`, `j_berg`,
# `x9lina`)
_SHAPE_HINT_RE: Final = re.compile(
    r"[a-zåäöéü]{2}(?:[._][a-zåäöéü0-9]|[0-9]{2})|[a-zåäöéü][._][a-zåäöéü]{2}|[0-9][a-zåäöéü]{3}"
)


def _a_handle(token: str) -> bool:
    """No web or file name, no abbreviation: `nacka.se`, `bild_2.jpg`, `bl.a`, `t.o.m`."""
    parts = token.split(".")
    if len(parts) > 1 and parts[-1] in _ENDINGS:
        return False
    segments = _SEGMENT_RE.findall(token)
    return any(len(s) >= 3 for s in segments) and not ("." in token and all(len(p) <= 3 for p in parts))


def _a_word(token: str) -> bool:
    """A word of the lexicon itself; not split as a compound, which reads most joined names as words
    (`viktor|oberg`)."""
    return token in lexicon() or token in domain_words()


def _listed(segment: str) -> bool:
    return len(segment) >= 3 and fold_accents(segment) in folded_names() and segment not in _lower_places()


def _joined_name(token: str) -> bool:
    """A given name joined to a surname (`signehansson`) that is no word of the lexicon nor a place."""
    if _a_word(token) or token in _lower_places():
        return False
    folded = fold_accents(token)
    firsts, lasts = _folded_firsts(), _folded_lasts()
    return any(folded[:i] in firsts and folded[i:] in lasts for i in range(3, len(folded) - 2))


@cache
def _folded_firsts() -> frozenset[str]:
    return frozenset(fold_accents(n.lower()) for n in FIRST_NAMES if len(n) >= 3)


@cache
def _folded_lasts() -> frozenset[str]:
    return frozenset(fold_accents(n.lower()) for n in LAST_NAMES | FIRST_NAMES if len(n) >= 3)


@cache
def _lower_places() -> frozenset[str]:
    return frozenset(p.lower() for p in place_words())
