"""Names that a writer introduces or a form's role field holds (issue 14, stop 27, from blind 23's misses):

* who writes or calls: `Hej! Jag är Mark och äger pizzerian`, `det är oliver walker och några kompisar`,
  `Här är Samira från kiosken`;
* a role field of a form or log whose value is one lowercase word: `Operatör: sajad`, `Väktare: noor`;
* who is spoken to at a quote's or a line's start (`"Noor du är skyldig"`), and who everyone knows
  (`Shuuks (ni vet vem)`).

A capitalised word must be a listed name or a word no list or lexicon knows, and no organisation, place or
role; a lowercase word must be a listed name that is no Swedish word or a word like no Swedish word
(`lower_words.lower_name_word`).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import known_word, lexicon
from lagesbild.privacy.lower_words import lower_name_word
from lagesbild.privacy.name_cue_words import CAP, LOW
from lagesbild.privacy.name_unknown import ORGANISATIONS, place_words
from lagesbild.privacy.name_unknown_word import unknown_word
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS, LOWER_ANY
from lagesbild.privacy.names import FIRST_NAMES

__all__ = ["find_dictated_names", "find_intro_names"]

# After `jag är` a name ends at `och`, `från`, `på`, `som`, `hos`, a comma, a full stop or the line's end.
_AFTER_NAME: Final = r"(?=[ \t]+(?:och|o|från|på|som|hos|här)\b|[ \t]*[,.!]|[ \t]*$)"
_INTRO_RE: Final = re.compile(
    rf"(?<![\w-])(?i:jag[ \t]+är|det[ \t]+är|här[ \t]+är)[ \t]+"
    rf"(?P<n>{CAP}(?:[ \t]+{CAP})?|{LOW}(?:[ \t]+{LOW})?){_AFTER_NAME}",
    re.M,
)
_INTRO_WORDS_RE: Final = re.compile(r"(?i:\b(?:jag|det|här)[ \t]+är\b)")
# Who is spoken to at a quote's or a line's start (`"Noor du är skyldig 300kr"`, `"Faro DU E DÖD"`), and who
# everyone knows (`Shuuks (ni vet vem) har setts …`).
_ADDRESSED_RE: Final = re.compile(
    rf"(?:^|(?<=[\"“”'»«]))[ \t]*(?P<n>{CAP})[ \t]+(?:du|DU|Du|ni|NI)\b"
    r"(?![ \t]*[,.!?:]|[ \t]+vet[ \t]+vem\))",
    re.M,
)
_KNOWN_ONE_RE: Final = re.compile(rf"(?P<n>{CAP})[ \t]+\((?i:ni|du)[ \t]+vet[ \t]+vem\)")
# `Operatör: sajad` — a role word as a field's label, one lowercase word as its whole value; `Ditt namn:
# nour`, `Barnets namn: sayed ali` — a name field's value in lowercase.
_FIELD_RE: Final = re.compile(
    rf"^[ \t]*(?:(?P<r>[^\W\d_]+)|(?i:[^\W\d_]+[ \t]+)?(?P<name>namn|namnet))[ \t]*:[ \t]*"
    rf"(?P<n>{LOW}(?:[ \t]+{LOW}){{0,2}})[ \t]*$",
    re.M,
)


def find_intro_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the names of the module doc."""
    out: list[tuple[int, int]] = []
    for m in _INTRO_RE.finditer(text) if _INTRO_WORDS_RE.search(text) else ():
        words = m.group("n").split()
        if words[0][:1].isupper():
            if all(_capital_name(w, not_names, roles) for w in words):
                out.append(m.span("n"))
        elif text[m.end() :].strip() and all(_lower_name(w) for w in words):  # not a cut text's `Det är någo`
            out.append(m.span("n"))
    low = text.lower()
    for m in _ADDRESSED_RE.finditer(text) if " du " in low or " ni " in low else ():
        if _capital_name(m.group("n"), not_names, roles) and not known_word(m.group("n").lower()):
            out.append(m.span("n"))
    for m in _KNOWN_ONE_RE.finditer(text) if "vet vem" in low else ():
        if _capital_name(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _FIELD_RE.finditer(text) if ":" in text else ():
        words = m.group("n").split()
        if m.group("name") is not None:
            if not any(w in FUNCTION_WORDS for w in words):
                out.append(m.span("n"))  # fail-closed: a name field holds a name
        elif len(words) == 1 and m.group("r").lower() in roles and _lower_name(words[0]):
            out.append(m.span("n"))
    return out


# Stop 33, from blind 28's dictation: who is named before `heter hon` (`en äldre dam Inga heter hon`), who
# speaks on a voicemail (`ja hej det är Örn på stationen`), who dictates (`Ajsha här garaget …`), and who is
# known by a nickname only (`Pekkis (riktigt namn okänt)`, OCR's `narnn` too). Fail-closed: any word there,
# but a function word, a place or an organisation.
_NAMED_BEFORE_RE: Final = re.compile(
    rf"(?<![\w-])(?P<n>{CAP}|{LOW})[ \t]+(?i:heter|hette)[ \t]+(?i:hon|han|hen)\b"
)
_VOICEMAIL_RE: Final = re.compile(
    rf"(?i:\bhej)[ \t,]+(?i:det[ \t]+är|här[ \t]+är)[ \t]+(?P<n>{CAP}|{LOW})"
    r"(?=[ \t]+(?:på|från|i|hos)\b|[ \t]*[,.])"
)
_DICTATES_RE: Final = re.compile(rf"(?m)^[ \t]*(?P<n>{CAP}|{LOW})(?:[ \t]+på[ \t]+[^\W\d_]+)?[ \t]+här\b")
_UNKNOWN_REAL_NAME_RE: Final = re.compile(
    rf"(?P<n>{CAP})[ \t]*\((?i:riktigt|rätt|egentligt|riktiga)[ \t]+[^\W\d_]{{3,6}}[ \t]+"
    r"(?i:okänt|okänd|oklart)\)"
)


def _said_name(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A word a frame above says is a name: anything but a function word, role, place or organisation; a
    capitalised given name that is also a function word counts (`Inga heter hon`)."""
    if word[:1].isupper() and word in FIRST_NAMES and word not in place_words() and word not in ORGANISATIONS:
        return True
    return not (
        word.lower() in FUNCTION_WORDS
        or word.lower() in roles
        or word in ORGANISATIONS
        or word in place_words()
        or word in not_names
        or len(word) < 2
    )


def find_dictated_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the names the frames of stop 33 (above) introduce."""
    out: list[tuple[int, int]] = []
    low = text.lower()
    if "heter h" in low or "hette h" in low:
        out += [
            m.span("n") for m in _NAMED_BEFORE_RE.finditer(text) if _said_name(m.group("n"), not_names, roles)
        ]
    if "hej" in low:
        for m in _VOICEMAIL_RE.finditer(text):
            n = m.group("n")
            # lowercase only a listed name or no word (`hej det är lugnt på stationen`)
            if _said_name(n, not_names, roles) and (n[:1].isupper() or n.lower() not in lexicon()):
                out.append(m.span("n"))
    if " här" in low:
        for m in _DICTATES_RE.finditer(text):
            n = m.group("n")
            # a capitalised listed name, or no word of the lexicon itself (`Polisen här`, `Jag här`, `karl
            # här` — a man — are words)
            if _said_name(n, not_names, roles) and (
                (n[:1].isupper() and n in ANY_NAME) or n.lower() not in lexicon()
            ):
                out.append(m.span("n"))
    if "okän" in low or "oklart" in low:
        out += [
            m.span("n")
            for m in _UNKNOWN_REAL_NAME_RE.finditer(text)
            if _said_name(m.group("n"), not_names, roles)
        ]
    return out


def _capital_name(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A listed name (`Jag är Mark`), or a word no list or lexicon knows; no organisation or role."""
    if word in ORGANISATIONS or word.lower() in roles:
        return False
    return word in ANY_NAME or (word not in place_words() and unknown_word(word, not_names, roles))


def _lower_name(word: str) -> bool:
    """A listed lowercase name, or a word of three letters or more that the lexicon does not know."""
    if word in FUNCTION_WORDS:
        return False
    return word in LOWER_ANY or lower_name_word(word) or (len(word) >= 3 and not known_word(word))
