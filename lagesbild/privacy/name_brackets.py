"""A person's name beside a bracket that holds a role (stop 39, from blind 65 and 69): before it, `Lind (ordf.
lokalavdelningen) mejlade`, `Falk (sekreterare)`; inside it after a role, `Polis (Kullberg): patrull
framme`, `Vakten (Vall) fick väcka honom`; and before a bracket that says the person is known, `Gaz (känd)
ringer igen`. Before the bracket a listed name counts, a word name too (`Lind`, `Ek`), and a rare word
(`Kullberg`); a common word that no list holds does not (`Mötet (ordf. Berg)`, `Stål (ordf.)`). Inside it any
capitalised word counts but an organisation's (`Väktare (Securitas)`, which the stop's filters take out)."""

from __future__ import annotations

import re
from collections.abc import Set
from typing import Final

from lagesbild.privacy.lexicon import RARE_ZIPF, zipf
from lagesbild.privacy.name_words import ANY_NAME, FIRST_NAMES, ROLE_ABBREVIATIONS

__all__ = ["find_bracket_names"]


_WORD = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
# A name (a word, or a given name and a surname) right before a bracket that holds only a role and maybe
# lowercase words: `Lind (ordf. lokalavdelningen)`, `Salonen (polis)`; not `Hjällbovägen (polis Kiss)`, whose
# person is inside, nor `Kransmossen (ägare enligt registret: …)`.
_BEFORE_ROLE_RE: Final = re.compile(
    rf"(?<![\w-])(?P<n>{_WORD}(?: {_WORD})?)[ \t]*\([ \t]*(?P<r>[a-zåäö]+)\.?"
    r"(?:[ \t]+[a-zåäö][\w.-]*){0,3}[ \t]*\)"
)
# A person's role (not a team's: `trygghetsvärdarna (Dalatrafik)`), then a bracket holding only a name.
_ROLE_THEN_NAME_RE: Final = re.compile(
    rf"(?<![\w-])(?P<r>[A-Za-zÅÄÖåäö]+)[ \t]*\([ \t]*(?P<n>{_WORD}(?: {_WORD})?)[ \t]*\)"
)
_TEAM_ENDINGS: Final = ("na", "rna")
# A bracket that says a person is known to whoever writes: `Gaz (känd) ringer igen` (stop 39, blind 75).
_KNOWN: Final = frozenset({"känd", "känd sedan tidigare", "välkänd"})


def find_bracket_names(text: str, not_names: Set[str], roles: Set[str]) -> list[tuple[int, int]]:
    """Spans of names before a bracket with a role, or in a bracket after a role."""
    if "(" not in text:
        return []
    out: list[tuple[int, int]] = []
    for rx in (_BEFORE_ROLE_RE, _ROLE_THEN_NAME_RE):
        for m in rx.finditer(text):
            role = m.group("r").lower()
            if role not in roles and role not in ROLE_ABBREVIATIONS and role not in _KNOWN:
                continue
            if rx is _ROLE_THEN_NAME_RE and role.endswith(_TEAM_ENDINGS):
                continue
            name = m.group("n")
            words = name.split()
            if len(words) == 2 and words[0] not in FIRST_NAMES:
                continue  # `Strandgatan Salonen (polis)`: the person is the last word alone
            if any(w in not_names or w.lower() in roles for w in words):
                continue
            if rx is _BEFORE_ROLE_RE and not all(w in ANY_NAME or zipf(w.lower()) < RARE_ZIPF for w in words):
                continue  # `Mötet (ordf. Berg)`: a word that is no listed name is no person here
            out.append((m.start("n"), m.end("n")))
    return out
