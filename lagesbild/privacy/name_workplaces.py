"""Names placed by a team, a relative or a note's heading (stop 35, round 34, from blind 34 and 35).

A given name that is also a word (`Rosa`, `Sten`, `Love`) is a name where nothing but a person fits:

* a person in a team or at a workplace: `Rosa i fältgruppen håller koll`, `kontakt med Mark på
  ungdomsmottagningen`, `Sten på fältet har sett den`;
* a person and their relative: `Love och hans bror Emir har hotat`;
* the author a note's heading names before its colon: `Kommentar Rasa:`, `Uppf. Ebba:`;
* the person someone stays with: `han bor hos Kuba i Viksjö`;
* who a report's last cell names with their team: `;Fält Axel`, `;erik fältgruppen`;
* who a person noun names between commas: `en tjej, selam, berättar`.

A capitalised word counts when it is a listed name (a word's too: `Will`, `Can`) or no word of any
lexicon, compound or verb's form, and is no place, role or function word (`Alla i fältgruppen`, `Bråk på
skolan`, `Nedskräpat på gården` stay); a lowercase one when it is a listed given name or no word.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import place_words
from lagesbild.privacy.lower_words import is_listed_lower, is_unknown_lower
from lagesbild.privacy.name_cue_words import CAP, LOW, person_ok
from lagesbild.privacy.name_unknown import unknown_word
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS
from lagesbild.privacy.names import AMBIGUOUS

__all__ = ["find_workplace_names"]

_TEAMS = (
    r"fältgruppen|fältet|fältarna|gården|fritidsgården|skolan|kontoret|ungdomsmottagningen|socialtjänsten"
    r"|soc|förvaltningen|receptionen|jouren|expeditionen|elevhälsan|nattvandrarna|trygghetsvärdarna"
)
_AT_WORK_RE: Final = re.compile(
    rf"(?<![\w'’.-])(?P<n>{CAP})[ \t]+(?:i|på)[ \t]+"
    rf"(?:{_TEAMS}|[A-ZÅÄÖ][\w-]*(?:skolan|gymnasiet|gården))(?![\w-])"
)
_KIN: Final = r"bror|brorsa|brorsan|syster|systern|mamma|pappa|kusin|kompis|vän|flickvän|pojkvän|sambo"
_WITH_KIN_RE: Final = re.compile(
    rf"(?<![\w'’.-])(?P<n>{CAP})[ \t]+och[ \t]+(?:hans|hennes|deras|sin|sina)[ \t]+(?:{_KIN})(?![\w-])"
)
_HEADING_RE: Final = re.compile(
    rf"(?m)^[ \t]*(?:Kommentar|Uppf\.|Uppföljning|Anteckning|Notering|Svar)[ \t]+(?P<n>{CAP})[ \t]*:"
)
_STAYS_WITH_RE: Final = re.compile(
    rf"(?<![\w-])(?:bor|bodde|sover|sov|övernattar|övernattade|är|var)[ \t]+hos[ \t]+(?P<n>{CAP})(?![\w'’-])"
)
_TEAM_CELL_RE: Final = re.compile(
    rf"(?:^|(?<=[;\n]))[ \t]*(?:(?:Fält|Fältare)[ \t]+(?P<n>{CAP})"
    rf"|(?P<l>{LOW}(?:[ \t]+{LOW})?)[ \t]+(?:fältgruppen|fältarna|nattvandrarna|trygghetsvärdarna))"
    r"[ \t]*(?=$|[;\n])"
)
# Who a person noun names between commas: `en tjej, selam, berättar`, `en elev, Amir, säger`.
_PEOPLE = r"tjej|kille|pojke|flicka|elev|ungdom|kvinna|man|granne|kompis|tonåring"
_APPOSITION_RE: Final = re.compile(
    rf"(?<![\w-])(?i:en|ena|den)[ \t]+(?:{_PEOPLE})[ \t]*,[ \t]+(?:(?P<l>{LOW}(?:[ \t]+{LOW})?)|(?P<n>{CAP}))"
    r"[ \t]*,"
)
_PRECHECK_RE: Final = re.compile(
    rf"(?i:[ \t](?:i|på)[ \t]+(?:{_TEAMS}|\w+(?:skolan|gymnasiet|gården))\b"
    r"|[ \t]och[ \t]+(?:hans|hennes|deras|sin|sina)[ \t]|^[ \t]*"
    rf"(?:kommentar|uppf\.|uppföljning|anteckning|notering|svar)[ \t]|[ \t]hos[ \t]|fält|(?:{_PEOPLE}),)",
    re.MULTILINE,
)


def _person(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    if not person_ok(word, not_names, roles) or word in place_words():
        return False
    if word in ANY_NAME or word in AMBIGUOUS:
        return True
    # an unlisted word that is no verb's form: `Nedskräpat på gården` is what was found there
    low = word.lower()
    # nor a compound of words (`Föräldramöte på Björknässkolan`)
    return unknown_word(word, not_names, roles) and is_unknown_lower(low) and not low.endswith(_VERB_ENDINGS)


_VERB_ENDINGS: Final = ("at", "ad", "ade", "ades", "ats", "ande", "ende", "it", "its", "ning", "het", "igt")


def _lower_person(words: str) -> bool:
    return all(w not in FUNCTION_WORDS and (is_listed_lower(w) or is_unknown_lower(w)) for w in words.split())


def find_workplace_names(
    text: str, not_names: frozenset[str], roles: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of the people the constructions of the module doc name."""
    if not _PRECHECK_RE.search(text):
        return []
    out: list[tuple[int, int]] = []
    for rx in (_AT_WORK_RE, _WITH_KIN_RE, _HEADING_RE, _STAYS_WITH_RE):
        out += [m.span("n") for m in rx.finditer(text) if _person(m.group("n"), not_names, roles)]
    for m in (*_TEAM_CELL_RE.finditer(text), *_APPOSITION_RE.finditer(text)):
        if m.group("n") and _person(m.group("n"), not_names, roles):
            out.append(m.span("n"))
        elif m.group("l") and _lower_person(m.group("l")):
            out.append(m.span("l"))
    return out
