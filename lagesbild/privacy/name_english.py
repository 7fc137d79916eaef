"""Names in reports written in English, Norwegian or Danish (issue 14, stop 33, from blind 29's misses).

International staff, exchange students and colleagues across the border write the weekly picture's reports
in their own language. The frames that say person there:

* a title before a surname or a full name: `Mr Wennerström`, `Mrs Koç`, `Ms Jama`, `Dr Bird`, `Officer
  Lind`, `fru Rahimi`; any capitalised word after it is a name (fail-closed), not a street or a place;
* who introduces or is introduced: `my name is X`, `called himself X`, `one said he is X`, `han heter X`,
  `hun hedder X`, `name on the door: X`;
* a relative, a role or a colleague before the person: `my daughter albin`, `passenger Baker`, `landlord
  Ms …`, `resident Ros`, `Victim Hala`, `Colleague Rana`, `Vicevært Tuva`, `Min veninde Hala`; a capitalised
  word is a name unless it is a place, an organisation or a word of the frame; a lowercase one when it is a
  listed given name.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.name_cue_words import MONTHS_DAYS
from lagesbild.privacy.name_signal_gates import any_word
from lagesbild.privacy.name_unknown import ORGANISATIONS, place_words
from lagesbild.privacy.name_words import FUNCTION_WORDS
from lagesbild.privacy.names import FIRST_NAMES

__all__ = ["english_date_month", "find_english_names"]

_CAP: Final = r"[A-ZÅÄÖÆØÉÜ][\w'’-]*"
_LOW: Final = r"[a-zåäöæøéü][\w'’-]*"
_TITLE_RE: Final = re.compile(
    r"(?<![\w-])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Officer|Sgt|Sergeant|Constable|Inspector|Detective|Herr|Fru|Frk"
    rf"|fru|herr|frk)\.?[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP})?)"
)
_INTRO_RE: Final = re.compile(
    r"(?i:\b(?:my|his|her|their)[ \t]+name[ \t]+(?:is|was)|name'?s|called[ \t]+(?:himself|herself)"
    r"|calls[ \t]+(?:himself|herself)|(?:he|she)[ \t]+(?:is|was)[ \t]+called"
    r"|said[ \t]+(?:he|she)[ \t]+(?:is|was)"
    r"|said[ \t]+(?:his|her)[ \t]+name[ \t]+(?:is|was)|(?:han|hun)[ \t]+(?:heter|hedder)|hedder"
    r"|navn[ \t]+på[ \t]+dørskiltet[ \t]*:|name[ \t]+on[ \t]+the[ \t]+door[ \t]*:)"
    rf"[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP})?|{_LOW}(?:[ \t]+{_LOW})?)"
)
_BEFORE_RE: Final = re.compile(
    r"(?i:\b(?:(?:my|our|his|her|their|min|mit|mine|hans|hendes|hennes)[ \t]+)?"
    r"(?:daughter|son|wife|husband|friend|boyfriend|girlfriend|mother|mum|mom|father|dad|brother|sister"
    r"|cousin|boss|neighbour|neighbor|colleague|landlord|landlady|flatmate|roommate|partner|passenger"
    r"|deckhand|operator|resident|victim|guest|tenant|caretaker|instructor|student|witness|suspect|rider"
    r"|customer|cleaner|guard|veninde|venninne|ven|venn|kollega|kollegaen|kollegaen[ \t]+min|vicevært"
    r"|viceværten|beboer|beboeren|leietaker|lejer|nabo|naboen|datter|sønn|søn|kone|mann|mand))"
    rf"[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP})?|{_LOW})(?![\w'’-])"
)
# Words a frame's slot holds that are no name: `my son (16)`, `the tenant at …`, `passenger threatened`.
_NOT_A_NAME: Final = frozenset(
    """a an the is was and or of in at on to from for with by who which that he she they it his her their
    not also said says told called again has had have will would just then there here this these those
    rep representative""".split()
)
_STREET_AFTER_RE: Final = re.compile(
    r"[ \t]+(?:gata|gatan|väg|vägen|gränd|torg|torget|allé|backe|backen|stig|stigen|plan|plats|park|skola)\b"
)
# Every frame above holds one of these words (a gate on the text's words, issue 16).
_A_FRAME_WORD: Final = any_word(
    *"""mr mrs ms miss mx dr prof officer sgt sergeant constable inspector detective herr fru frk name name's
    names called calls said heter hedder navn daughter son wife husband friend boyfriend girlfriend mother
    mum mom father dad brother sister cousin boss neighbour neighbor colleague landlord landlady flatmate
    roommate partner passenger deckhand operator resident victim guest tenant caretaker instructor student
    witness suspect rider customer cleaner guard veninde venninne ven venn kollega kollegaen vicevært
    viceværten beboer beboeren leietaker lejer nabo naboen datter sønn søn kone mann mand""".split()
)


def find_english_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names of the module doc."""
    if not _A_FRAME_WORD(text):
        return []
    out: list[tuple[int, int]] = []
    for m in _TITLE_RE.finditer(text):
        words = m.group("n").split()
        if _STREET_AFTER_RE.match(text, m.end("n")) or words[-1].lower().endswith(("gatan", "vägen")):
            continue  # a street named for a doctor: `Dr Westrings gata`, `Dr Forseliusvägen`
        kept = _leading_names(words, after_title=True)
        if kept:
            out.append((m.start("n"), m.start("n") + len(" ".join(kept))))
    for m in _INTRO_RE.finditer(text):
        words = m.group("n").split()
        if _TITLE_RE.match(m.group("n") + " X"):
            continue  # `my name is Dr Vik`: the title's rule takes the name
        kept = _leading_names(words) if words[0][:1].isupper() else _leading_lower(words)
        if kept:
            out.append((m.start("n"), m.start("n") + len(" ".join(kept))))
    for m in _BEFORE_RE.finditer(text):
        words = m.group("n").split()
        kept = _leading_names(words) if words[0][:1].isupper() else _leading_lower(words)
        if kept:
            out.append((m.start("n"), m.start("n") + len(" ".join(kept))))
    return out


def _a_name(word: str, after_title: bool = False) -> bool:
    """No word of the frame, month, organisation or (but after a title: `Dr Strand`, `Mr Lund`) place."""
    low = word.lower().strip("'’")
    return not (
        low in _NOT_A_NAME
        or low in FUNCTION_WORDS
        or low in MONTHS_DAYS
        or word in ORGANISATIONS
        or (word in place_words() and not after_title)
        or len(low) < 2
    )


def _leading_names(words: list[str], after_title: bool = False) -> list[str]:
    """The words from the first that can be a name's (a capitalised word of the slot)."""
    kept: list[str] = []
    for word in words:
        if not word[:1].isupper() or not _a_name(word, after_title):
            break
        kept.append(word)
    return kept


def _leading_lower(words: list[str]) -> list[str]:
    """Lowercase: only listed given names (`my daughter albin`, not `my son was`)."""
    kept: list[str] = []
    for word in words:
        if word.title() not in FIRST_NAMES or not _a_name(word):
            break
        kept.append(word)
    return kept


_MONTHS: Final = frozenset(
    """january february march april may june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec""".split()
)
_DAY_BEFORE_RE: Final = re.compile(r"(?i)\b[0-9]{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?$")
_DAY_AFTER_RE: Final = re.compile(r"(?i)[ \t]+[0-9]{1,2}(?:st|nd|rd|th)?\b")


def english_date_month(text: str, start: int, end: int) -> bool:
    """The span is an English month in a date, no name: `10th of July`, `1 May`, `20 Jun`, `May 4th`."""
    if text[start:end].lower().rstrip(".") not in _MONTHS:
        return False
    return bool(_DAY_BEFORE_RE.search(text, max(0, start - 12), start) or _DAY_AFTER_RE.match(text, end))
