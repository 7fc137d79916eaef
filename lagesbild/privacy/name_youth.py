"""Names as youth workers and young people write them (issue 14, stop 25).

* a young person's nickname by size: `Lill-Elias`, `Lill-Deeqa`, `Stora Jonas` (not a place named so:
  `Lill-Jansskogen`, `Stora torget`, `Stora Essingen`; after `Stora` only a listed given name, since so
  many villages are named `Stora` and a word no list holds: `Stora Uppåkra`);
* a name typed in lowercase as a genitive before family or friends: `helins mamma`, `avins lillebror`,
  `wolfgangs gäng`, `aina-lisas lillebror`, `björns lillebror` (the stem a listed given name or no known
  word: not `killens mamma`, `hans bror`);
* a name typed in lowercase after a brother, a sister or a friend: `lillebror antti`, `lillebror tor bak`
  (a listed given name, a word too, or a word that looks like no Swedish word: not `lillebror bak`,
  `mamma larmar`);
* a name typed in lowercase where a chat or a radio call names its speaker or its addressee: `hakan här,`,
  `sms från divine:` (a listed lowercase name or no known word), `hej wolfgang!` (after a greeting any word
  that is no function word, role or group: not `hej alla`, `hej grabbar`).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import known_word, place_words
from lagesbild.privacy.lower_words import lower_name_word
from lagesbild.privacy.name_registers import CAPITALISED, name_word
from lagesbild.privacy.name_signal_gates import any_word
from lagesbild.privacy.name_words import FUNCTION_WORDS, LOWER_ANY
from lagesbild.privacy.names import AMBIGUOUS, FIRST_NAMES

__all__ = ["find_youth_names"]

_CAP: Final = CAPITALISED  # a capitalised word (name_registers)
_LITTLE_RE: Final = re.compile(r"(?<![\w-])(?:Lill|Lilla|Lillen|Lillis)-[A-ZÅÄÖ][^\W\d_]{1,20}")
# A place named so: `Lill-Jansskogen`, `Lilla-Torget`.
_PLACES: Final = (
    "skogen", "berget", "viken", "holmen", "torget", "parken", "gården", "huset", "backen", "vägen", "gatan",
    "sjön", "ön", "udden", "dalen", "ängen", "hallen", "skolan", "plan", "stugan", "by", "sund", "näs",
)  # fmt: skip
_BIG_RE: Final = re.compile(rf"(?<![\w-])Stora[ \t]+(?P<n>{_CAP})")
_FRIENDS: Final = (
    "lillebror", "storebror", "lillasyster", "storasyster", "bror", "brorsa", "syster", "syrra", "mamma",
    "morsa", "pappa", "farsa", "kusin", "gäng", "kompis", "kompisar", "polare", "tjej", "kille", "pojkvän",
    "flickvän",
)  # fmt: skip
_LOWER_OWNER_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>[a-zåäöéü]{{3,14}}|[a-zåäöéü]{{2,10}}-[a-zåäöéü]{{2,10}})s[ \t]+"
    rf"(?:{'|'.join(_FRIENDS)})(?![\w])"
)
# A name typed in lowercase after a brother, a sister or a friend: `lillebror antti`, `lillebror tor bak`.
_KIN: Final = (
    "lillebror", "storebror", "lillasyster", "storasyster", "bror", "brorsan", "brorsa", "syster", "syrran",
    "syrra", "kusin", "kusinen", "kompis", "kompisen", "polare", "polaren", "mamma", "pappa", "morsan",
    "farsan", "granne", "grannen", "lillebrodern", "lillasystern",
)  # fmt: skip
# (those of them after which a capitalised word is a name too; the gate `_A_KIN_WORD` holds them all)
_KIN_WORDS: Final = ("lillebror", "storebror", "lillasyster", "storasyster", "lillebrodern", "lillasystern")
_KIN_LOWER_RE: Final = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_KIN)})[ \t]+(?P<n>[a-zåäöéüøāēīōū][a-zåäöéüøāēīōū-]{{2,14}})(?![\w'’-])"
)
_A_KIN_WORD: Final = any_word(*_KIN)


_LOWER: Final = r"(?<![\w'’-])(?P<n>[a-zåäöéüø]{3,14})"
_CALL_RE: Final = re.compile(
    rf"(?m)(?:^[ \t]*{_LOWER}[ \t]+här(?:[ \t]*[,:.!]|[ \t]+(?:i|från|på|vid)[ \t])"
    rf"|(?i:\bsms|\bmejl|\bmess|\bmeddelande)[ \t]+(?:från|fr\.?)[ \t]+"
    rf"{_LOWER.replace('(?P<n>', '(?P<m>')}[ \t]*:"
    rf"|(?i:\bhej|\bhejsan|\btjena|\btja)[ \t]+{_LOWER.replace('(?P<n>', '(?P<g>')}[ \t]*[!,])"
)


# What every match of the two scans holds, as a whole word (issue 16: most texts have none).
_A_CALL_WORD: Final = any_word("här", "sms", "mejl", "mess", "meddelande", "hej", "hejsan", "tjena", "tja")
# Who signs a quick note in lowercase, at its end: `lugnt nu. mvh hristo`, `… ring mig /risten kuoljok`.
# Also after `sign`, `signerat` and `Underskrift:`, and in any lowercase letters (`/björk ósk`, `/hêvî`;
# stop 36, blind 42).
_LOWER_SIGNED_RE: Final = re.compile(
    r"(?:(?<![\w-])(?:mvh|hälsningar|hälsn|/|(?i:sign|signerat|underskrift)[.:]?)[ \t]*)"
    r"(?P<n>[^\W\d_]{2,14}(?:[ \t]+[^\W\d_]{2,14})?)[ \t]*[.!]?[ \t]*\Z"
)
_A_SIGN_WORD: Final = any_word("mvh", "sign", "signerat", "underskrift")
# A brother, a sister or a friend named with a capital: `lillebror Per-Ánte`.
_KIN_CAP_RE: Final = re.compile(rf"(?<![\w-])(?:{'|'.join(_KIN_WORDS)})[ \t]+(?P<n>{_CAP})")
_A_FRIEND_WORD: Final = any_word(*_FRIENDS)


def _lower_name(word: str, roles: frozenset[str]) -> bool:
    if word in FUNCTION_WORDS or word in roles:
        return False
    title = word.title()
    return word in LOWER_ANY or (title in FIRST_NAMES and title not in AMBIGUOUS) or not known_word(word)


def _greeted(word: str, roles: frozenset[str]) -> bool:
    """Who a greeting addresses, when no group (`hej alla`, `hej grabbar`, `hej gänget`): a greeting is
    to a person, so a word there is a name unless it is a function word, a role or a plural."""
    return not (word in FUNCTION_WORDS or word in roles or word.endswith(_GROUP_ENDINGS) or word in _GROUPS)


_GROUP_ENDINGS: Final = ("ar", "er", "or", "na", "et", "en")  # `grabbar`, `tjejer`, `gänget`, `teamet`
_GROUPS: Final = frozenset("alla allihop allihopa hej hejsan alle folk ni er".split())


def find_youth_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the nicknames and lowercase names above."""
    out: list[tuple[int, int]] = []
    if "Lill" in text:
        out += [m.span() for m in _LITTLE_RE.finditer(text) if not m.group().lower().endswith(_PLACES)]
    if "Stora " in text:
        for m in _BIG_RE.finditer(text):
            n = m.group("n")
            if (
                n in FIRST_NAMES
                and n not in place_words()
                and name_word(n, not_names, roles, words_too=False)
            ):
                out.append(m.span())
    for m in _CALL_RE.finditer(text) if _A_CALL_WORD(text) else ():
        group = next(g for g in ("n", "m", "g") if m.group(g) is not None)
        word = m.group(group)
        if _lower_name(word, roles) or (group == "g" and _greeted(word, roles)):
            out.append(m.span(group))
    for m in _LOWER_OWNER_RE.finditer(text) if _A_FRIEND_WORD(text) else ():
        stem = m.group("n")
        if stem in FUNCTION_WORDS or stem in roles or stem + "s" in FUNCTION_WORDS:
            continue
        if (
            stem in LOWER_ANY
            or stem.title() in FIRST_NAMES
            or not (known_word(stem) or known_word(stem + "s"))
        ):
            out.append(m.span("n"))
    if "/" in text or "häls" in text or _A_SIGN_WORD(text):
        for m in _LOWER_SIGNED_RE.finditer(text):
            words = m.group("n").split()
            # a given name that is also a function word signs too (`/inga`, `sign per olof`); of two
            # words one name is enough when the other is no function word (`/björk ósk`)
            named = [
                w.title() in FIRST_NAMES or (w not in FUNCTION_WORDS and lower_name_word(w)) for w in words
            ]
            if all(w.islower() and w not in roles for w in words) and (
                all(named) or (any(named) and not any(w in FUNCTION_WORDS for w in words))
            ):
                out.append(m.span("n"))
    for m in _KIN_CAP_RE.finditer(text) if _A_KIN_WORD(text) else ():
        if name_word(m.group("n"), not_names, roles, words_too=True) or (
            m.group("n") not in place_words() and not known_word(m.group("n"))
        ):
            out.append(m.span("n"))
    for m in _KIN_LOWER_RE.finditer(text) if _A_KIN_WORD(text) else ():
        word = m.group("n")
        if word in FUNCTION_WORDS or word in roles:
            continue
        if word in LOWER_ANY or word.title() in FIRST_NAMES or lower_name_word(word):
            out.append(m.span("n"))  # not a verb no lexicon holds: `kompis svimmat`, `mamma larmar`
    return out
