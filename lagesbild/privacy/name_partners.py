"""Names beside a pronoun or before their role (issue 14, stop 36, from blind 45's misses).

* whom the writer or the reader goes with: `jag o Stål åker efter lunch`, `Kan du och Baker ta det`: a
  pronoun joined to a capitalised word by `och`, `o` or `&` joins two people, so the word is a name unless it
  is a place, an organisation or a word the deployment says is no name;
* who is named before their role after a comma: `Beslut: Ek, gruppledare`, `Ayele, Hiwot, bibliotekarie`:
  one or two capitalised words, a comma and a role word closing the clause;
* who a bracket after the word places in a unit or a family (`merima (fält)`, `vilja (lillasyster till
  bohdan)`, `Wikström (syskon)`), and a nickname whose real name is unknown (`Micke, riktigt namn okänt`);
* who lives where in the house (`Ebba i lgh bredvid`, `Nechirvan från 4:e våningen`, `søren i 3:an`).

Fail-closed: a word that is also a common word (`Stål`, `Frost`) is taken where the place says person.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import KNOWN_ZIPF, ORGANISATIONS, known_word, place_words, zipf
from lagesbild.privacy.lower_words import is_listed_lower, is_unknown_lower, typo_of_common_word
from lagesbild.privacy.name_cue_words import MONTHS_DAYS
from lagesbild.privacy.name_signal_gates import any_word
from lagesbild.privacy.name_unknown_word import PLACE_NAME_ENDINGS
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS, GROUP_ENDINGS

__all__ = ["find_partner_names"]

_CAP: Final = r"[A-ZÅÄÖ][a-zåäöéüø]+(?:-[A-ZÅÄÖ][a-zåäöéüø]+)?"
_WITH_PRONOUN_RE: Final = re.compile(
    rf"(?<![\w-])(?i:jag|du|vi|ni|han|hon)[ \t]+(?:och|o|&)[ \t]+(?P<n>{_CAP})(?![\w'’-])"
)
_A_PRONOUN: Final = any_word("jag", "du", "vi", "ni", "han", "hon")
_ROLE_AFTER_COMMA_RE: Final = re.compile(
    rf"(?:^|(?<=[:\n(])|(?<=[.!?][ \t])|(?<=\b[Hh]älsar[ \t]))[ \t]*"
    rf"(?P<n>(?:De[ \t]|af[ \t]|von[ \t])?{_CAP}(?:,?[ \t]+{_CAP})?),[ \t]+(?P<r>[a-zåäö]+)"
    r"[ \t]*(?=$|[.,;)\n])",
    re.MULTILINE,
)
# Who a bracket after the word says is a person: their role or unit (`merima (fält)`, `Zuzanna (fält)`), kin
# (`vilja (lillasyster till bohdan)`, `Wikström (syskon)`).
_UNITS: Final = "fält|fritid|fritidsgården|skola|skolan|soc|socialtjänsten|bou|ifo|polis|polisen|kp|vh"
_KIN: Final = (
    "lillasyster|lillebror|storasyster|storebror|syster|bror|syskon|kusin|mamma|pappa|mor|far|son|dotter"
    "|kompis|flickvän|pojkvän|sambo"
)
_BRACKETED_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{_CAP}|[a-zåäöéü][a-zåäöéü-]{{1,15}})[ \t]+\((?P<w>[a-zåäö]+)(?P<e>\)|[ \t]|$)",
    re.MULTILINE,
)
_BRACKET_WORDS: Final = frozenset(_UNITS.split("|"))
_KIN_WORDS: Final = frozenset(_KIN.split("|"))
# A nickname whose bearer's real name is unknown: `Micke, riktigt namn okänt`.
_REAL_NAME_UNKNOWN_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{_CAP}),[ \t]+(?:[a-zåäö]+[ \t]+){{0,2}}"
    r"(?:riktigt|riktiga|egentligt|egentliga|rätt|rätta|verkligt|verkliga)[ \t]+namn"
)
# Who lives where in the house: `Ebba i lgh bredvid`, `Nechirvan från 4:e våningen`, `Will på första
# våningen`, `søren i 3:an` (stop 36, blind 47).
_FLOOR: Final = (
    r"(?:lgh|lägenhet|lägenheten|lägenhetsnr|\d{1,2}:?(?:a|e|an|en|or)?[ \t]?(?:våningen|vån)|första|andra"
    r"|tredje|fjärde|femte|sjätte|sjunde|åttonde|bottenvåningen|ettan|tvåan|trean|fyran|femman|sexan|\d:an|\dan"
    r"|trappan|uppgången)\b"
)
_LIVES_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{_CAP}|[a-zåäöéüø][a-zåäöéüø-]{{1,15}})[ \t]+(?:i|från|på)[ \t]+{_FLOOR}"
)
# What every match of `_LIVES_RE` holds (plain substrings, faster than a search; issue 16).
_FLOOR_HINTS: Final = (
    "lgh", "lägenhet", "vån", "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde",
    "ettan", "tvåan", "trean", "fyran", "femman", "sexan", "an ", "an.", "an,", "an)", "trappan", "uppgången",
)  # fmt: skip
_PARTICLES: Final = frozenset("De af von".split())
_WORD_AFTER_COMMA_RE: Final = re.compile(r",[ \t]+([a-zåäö]+)[ \t]*(?:$|[.,;)\n])", re.MULTILINE)
# A bracket that holds one lowercase word, or starts with a word of kin.
_BRACKET_HINT_RE: Final = re.compile(rf"\([a-zåäö]+\)|\((?:{_KIN})\b")


def find_partner_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the names of the module doc."""
    out: list[tuple[int, int]] = []
    joined = " och " in text or " o " in text or "&" in text
    for m in _WITH_PRONOUN_RE.finditer(text) if joined and _A_PRONOUN(text) else ():
        if _a_person(m.group("n"), not_names, roles, words_too=True):
            out.append(m.span("n"))
    # each scan runs only where what it needs is in the text (issue 16)
    role_after_comma = any(w in roles for w in _WORD_AFTER_COMMA_RE.findall(text)) if "," in text else False
    for m in _ROLE_AFTER_COMMA_RE.finditer(text) if role_after_comma else ():
        words = [w for w in m.group("n").replace(",", " ").split() if w not in _PARTICLES]
        if m.group("r") in roles and all(_a_person(w, not_names, roles, words_too=True) for w in words):
            out.append(m.span("n"))
    for m in _BRACKETED_RE.finditer(text) if "(" in text and _BRACKET_HINT_RE.search(text) else ():
        w, n = m.group("w"), m.group("n")
        # a listed name or a word that is no compound (an institution's: `Fritidsgården (fält)`)
        plain = n in ANY_NAME or is_listed_lower(n.lower()) or is_unknown_lower(n.lower())
        # a unit or a role alone in the bracket (`(fält)`, not `Lägesbild (TiB Ström)`); kin may go on
        alone = m.group("e") == ")"
        said = w in _KIN_WORDS or (alone and (w in _BRACKET_WORDS or w in roles))
        if said and plain and _a_person(n, not_names, roles):
            out.append(m.span("n"))
    for m in _LIVES_RE.finditer(text) if any(w in text for w in _FLOOR_HINTS) else ():
        n = m.group("n")
        if _a_resident(n) and _a_person(n, not_names, roles, words_too=True):
            out.append(m.span("n"))
    for m in _REAL_NAME_UNKNOWN_RE.finditer(text) if "namn" in text else ():
        if _a_person(m.group("n"), not_names, roles, words_too=True):
            out.append(m.span("n"))
    return out


def _a_resident(word: str) -> bool:
    """A listed name, or a short word no lexicon knows that is no plural or typo (not `dunsar från
    lägenheten`, `Röktveckling från lägenhet`)."""
    low = word.lower()
    if word.islower() and known_word(low):
        return False  # a word in lowercase: `Satt i sol på trappan`
    if word in ANY_NAME or is_listed_lower(low):
        return True
    return (
        is_unknown_lower(low)
        and len(low) <= _LONGEST_NAME
        and not low.endswith(("ar", "or", "er"))
        and not (len(low) >= 7 and typo_of_common_word(low))
    )


_LONGEST_NAME: Final = 11


def _a_person(
    word: str, not_names: frozenset[str], roles: frozenset[str], *, words_too: bool = False
) -> bool:
    """A listed name, or a word that is no place, organisation, role, unit or group, and (unless
    ``words_too``, where the place says person) no common word."""
    low = word.lower()
    if low in FUNCTION_WORDS or low in MONTHS_DAYS or low in roles or word in not_names:
        return False
    if word in place_words() or word in ORGANISATIONS:
        return False
    if word.islower():
        return not known_word(low) or is_listed_lower(low)  # not `närvaro (fält)`
    if word in ANY_NAME:
        return True
    if zipf(low) >= KNOWN_ZIPF and not words_too:
        return False  # a common word capitalised: `Närvaro (fält) bra`
    if low.endswith(PLACE_NAME_ENDINGS + _INSTITUTION_ENDS):
        return False
    # a definite or plural compound is a unit or a group (`Fältgruppen`), not `Zuzanna`
    return not (low.endswith(GROUP_ENDINGS) and not is_unknown_lower(low))


_INSTITUTION_ENDS: Final = (
    "skolan",
    "gården",
    "hallen",
    "huset",
    "biblioteket",
    "centrum",
    "kyrkan",
    "badet",
)
