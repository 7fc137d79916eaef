"""Given names that are ordinary words, known by their capital where Swedish writes the word in lowercase.

Swedish writes common nouns, verbs and adjectives in lowercase, so a word of the lexicon with a capital
where no sentence starts is a proper noun: `Hej Lev!`, `[22.05] Roman: Min son …`, `… att Golf har ringt`.
No name list holds every name that is also a word (`Roman`, `Rasa`, `Aura`, `Cherry`, `Bank`, `Ros`), so
where the place says person (a greeting, a chat line's speaker after a time, before what a person does)
such a word counts as a name unless it is something else people capitalise (stop 22):

* a place, an organisation, a word the deployment says is no name, a role or a category of the product;
* a definite or plural noun: institutions and groups are written as names (`Polisen`, `Fältgruppen`,
  `Gänget`, `Killarna`), people's names rarely end so (the listed ones that do are the lists' own);
* a word that greets a group (`Hej Alla!`, `Dear Team`) or heads a log line (`21:05 Larm: …`).

Fail-closed: a word none of these rules out is taken for a name. The rule never reads the sentence's
first word except after a time or a greeting.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from lagesbild.privacy.lexicon import KNOWN_ZIPF, ORGANISATIONS, domain_words, place_words, zipf
from lagesbild.privacy.lower_words import is_unknown_lower, typo_of_common_word
from lagesbild.privacy.name_cue_words import MONTHS_DAYS, after_place_prep, person_ok
from lagesbild.privacy.name_signal_gates import any_word
from lagesbild.privacy.name_unknown_word import PLACE_NAME_ENDINGS
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS, PLACE_PREPS_WIDE
from lagesbild.privacy.names import AMBIGUOUS
from lagesbild.privacy.person_verbs import ACT_WORDS, ACTS_RE, PERSON_AUX, PERSON_NEXT_RE
from lagesbild.privacy.span_index import SpanIndex

__all__ = ["capital_word_name", "find_capital_word_names"]

# Who a greeting or a mail names when it is no person: `Hej Alla!`, `Tack Gänget`, `Dear Sir`.
_GROUPS: Final = frozenset(
    """alla allihop allihopa igen också kollegor vänner grannar boende föräldrar kära bästa tack hej
    hejsan hallå ok okej tjena tjenare medlemmar deltagare ledare volontärer vandrare nattvandrare elever
    lärare personal styrelsen gruppen sommar vår höst vinter jul påsk
    sir madam all team everyone everybody there guys folks colleagues friends again""".split()
)
# Words that head a line of a log or journal after its time (`21:05 Larm: …`, `0730 Rond: …`).
_HEADINGS: Final = frozenset(
    """larm brand möte status info obs rond rondering passage patrull uppdatering kontroll samtal besök
    åtgärd händelse plats ankomst avfärd start slut paus lunch middag fika avslut avstämning genomgång
    incident klotter bråk stöld inbrott lugnt lugn klart klar notering anteckning observation tips rapport
    ärende uppföljning beslut fråga svar övrigt väder trafik buss tåg ambulans polis räddning utryckning
    insats larmcentral skadegörelse nattvandring vandring runda tur skift pass överlämning ronden
    utrymning evakuering hot våld skada skador vittne vittnen gripen gripande anmälan ankom avgång
    sammanfattning summering kommentar noterat noteringar viktigt akut prio ok okej nej ja notis
    update note alarm meeting call patrol check report incident summary""".split()
)
_DEFINITE: Final = ("en", "et", "na")
# Endings of derived nouns, adjectives and participles (`Ledning`, `Parkering`, `Samtliga`, `Avslutat`):
# a word so made is the word itself, capitalised as a heading or a group (review of stop 22).
_DERIVED: Final = (
    "ning", "ing", "het", "else", "skap", "tion", "ism", "iga", "liga", "ande", "ende", "at", "ad",
)  # fmt: skip


@lru_cache(maxsize=1 << 14)  # asked of the same words in text after text
def capital_word_name(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A capitalised word of the lexicon that nothing but a person's name explains where it stands."""
    low = word.lower()
    if len(word) < 3 or not word[:1].isupper() or word.isupper() or zipf(word) < KNOWN_ZIPF:
        return False  # a word of the lexicon itself: a compound is a place's (`Kungshamn`, `Moraberg`)
    if word in place_words() or low in _GROUPS or low in _HEADINGS or low in PLACE_PREPS_WIDE:
        return False
    if any(w in ORGANISATIONS or w in not_names for w in (word, word + "et", word + "en")):
        return False  # an organisation's name, also without its article (`ett Systembolag`)
    if low in domain_words() or (low.endswith(_DEFINITE + _DERIVED) and word not in ANY_NAME):
        return False
    return person_ok(word, not_names, roles)


# A capitalised word after a lowercase one inside a sentence (`berättade att Golf har`, `grannen, Roman,
# ringde`); the word before it and the verb after it are checked for the few words that could be names.
# The capital comes first and the look-behind reads back over it, so the scan jumps from capital to
# capital instead of trying both look-behinds at every character (the same matches: issue 16,
# tests/test_name_signal_gates.py).
_CANDIDATE_RE: Final = re.compile(r"[A-ZÅÄÖ](?:(?<=[a-zåäö][ \t].)|(?<=[a-zåäö],[ \t].))[a-zåäöéü]+\b")
_LOWER_BEFORE_RE: Final = re.compile(r"(?<![^\W\d_])([a-zåäö]+),?[ \t]+$")


def find_capital_word_names(
    text: str, taken: list[tuple[int, int]], roles: frozenset[str], not_names: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of a word of the lexicon capitalised inside a sentence before a person's verb: `att Golf har`."""
    out: list[tuple[int, int]] = []
    found = SpanIndex(taken)
    for m in _CANDIDATE_RE.finditer(text):
        s, e = m.span()
        if not capital_word_name(m.group(), not_names, roles) or not PERSON_NEXT_RE.match(text, e):
            continue
        before = _LOWER_BEFORE_RE.search(text, max(0, s - 40), s)
        if before is None or found.overlaps(s, e):
            continue
        if before.group(1) in PLACE_PREPS_WIDE or after_place_prep(text, s):
            continue  # `i Bank har …` is a place's name
        if before.group(1) == "och" and _after_proper_noun(text, before.start(1), found):
            continue  # an organisation's or a place's name goes on: `Nacka Vatten och Avfall har`
        out.append((s, e))
    for m in _CLAUSE_START_ACT_RE.finditer(text) if _AN_ACT(text) else ():
        s, e = m.span(1)
        word = m.group(1)
        if word in ANY_NAME and capital_word_name(word, not_names, roles):
            if not found.overlaps(s, e):
                out.append((s, e))  # a listed name that is a word opening a clause: `Berg sågar den`
    for m in _CLAUSE_OPENER_RE.finditer(text):
        s, e = m.span(1)
        word = m.group(1)
        if (
            (nxt := _NEXT_WORD_RE.match(text, e))
            and nxt.group(1) in _NEXT_WORDS  # a set's look first (issue 16)
            and PERSON_NEXT_RE.match(text, e)
            and _unlisted_opener(word, not_names, roles)
            and not _THINGS_DO_RE.match(text, e)
            and not found.overlaps(s, e)
        ):
            out.append((s, e))  # a name no list holds opening a clause before a verb: `Mazen skickar …`
    for m in _CLAUSE_START_AUX_RE.finditer(text) if _AN_AUX(text) else ():
        s, e = m.span(1)
        word = m.group(1)
        if _THINGS_DO_RE.match(text, e):
            continue  # what a tree or a thing does: `Björk har blåst omkull` (stop 35)
        if _word_given_name(word, not_names, roles) and not found.overlaps(s, e):
            out.append((s, e))  # a given name that is a word before `har`, `vill`: `Dina vill ha …`
    return out


# A capitalised word where a clause opens (the text's start, after `.`, `:`, `,`, a bracket or a line)
# before what a person does.
_CLAUSE_START_ACT_RE: Final = re.compile(
    rf"(?:\A|[.:;,(\n]|\b[Nn]är)[ \t]*([A-ZÅÄÖ][a-zåäöéü]+)\b(?={ACTS_RE.pattern})"  # `När Klara nekade`
)


# The same before an auxiliary (`har`, `vill`, `ska`; not a passive: `Sten har kastats`), for a given name
# that is a word: a bare noun, a possessive (`Dina`, `Mina`) or a foreign word before a finite verb is no
# subject in Swedish, a person is (`Can har foton`, `Bror har foton`, `Mina vill ha hastighetskontroll`).
_CLAUSE_START_AUX_RE: Final = re.compile(
    rf"(?:\A|[.:;,(\n])[ \t]*([A-ZÅÄÖ][a-zåäöéü]+)(?=[ \t]+{PERSON_AUX})"
)
_POSSESSIVES: Final = frozenset("dina mina sina".split())
# The first word of every match of PERSON_NEXT_RE: a verb of ACT_WORDS, an auxiliary, or `och` before a second
# name.
_NEXT_WORD_RE: Final = re.compile(r"[ \t]+([^\W\d_]+)")
_NEXT_WORDS: Final = ACT_WORDS | frozenset(
    "och var är har hade blev ska skulle kan kunde vill får fick was is has had".split()
)
# A capitalised word opening a clause (stop 36, blind 44: `Ammar blev hotad`, `Nour tar samtalet`).
_CLAUSE_OPENER_RE: Final = re.compile(r"(?:\A|[.:;!?(\n]|[–—][ \t])[ \t]*([A-ZÅÄÖ][a-zåäöéü]{2,})\b")


def _unlisted_opener(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A word no lexicon knows and nothing but a person explains (not a place, an organisation, a definite
    noun), or a listed given name that is no word."""
    low = word.lower()
    if low in FUNCTION_WORDS or low in MONTHS_DAYS or low in _GROUPS or low in _HEADINGS:
        return False
    if word in place_words() or word in ORGANISATIONS or word in not_names:
        return False
    if word in ANY_NAME and zipf(low) < KNOWN_ZIPF:
        return True
    # no word, compound or inflected form the lexicon explains (`Bilist`, `Storvretsbadet`), no plural
    # (`Alpackor har rymt`), no place's ending
    if low.endswith(_DEFINITE) and len(low) > _SHORT_DEFINITE:
        return False  # a definite noun the lexicon lacks (`Låssmeden kommer`), not `Mazen`
    return (
        len(low) <= _LONGEST_OPENER
        and is_unknown_lower(low)
        and person_ok(word, not_names, roles)
        and not low.endswith(PLACE_NAME_ENDINGS + ("or",))
        # a long word a letter from a common one is its typo (`Polisaptrull har …`); a short one is as
        # often a name (`Mazen`, a letter from `maten`)
        and not (len(low) >= _TYPO_LENGTH and typo_of_common_word(low))
    )


_TYPO_LENGTH: Final = 7
_SHORT_DEFINITE: Final = 6
_LONGEST_OPENER: Final = 11  # longer is a compound the lexicon lacks: `Butikskontrollanter kommer på …`


_THINGS_DO_RE: Final = re.compile(
    # `fallit` only `över` something (a tree over the road; `Sten har fallit och slagit sig` is a person)
    r"[ \t]+(?:har|hade)[ \t]+(?:blåst|vält|brunnit|växt|ruttnat|vissnat|lossnat|fallit[ \t]+över)\b"
)
_AN_AUX: Final = any_word("har", "hade", "vill", "ville", "ska", "skulle", "kan", "kunde", "får", "fick")


def _word_given_name(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A listed given name that is a word too, and no month, day, group, heading or organisation."""
    low = word.lower()
    if low in MONTHS_DAYS or low in _GROUPS or low in _HEADINGS:
        return False
    if low in FUNCTION_WORDS and low not in _POSSESSIVES:
        return False  # `Alla har fått` is everyone; `Dina vill ha` no possessive before a verb
    return (
        word in AMBIGUOUS
        and word not in place_words()
        and word not in ORGANISATIONS
        and (word not in not_names and low not in roles)
    )


# Every match of it has a verb of ACTS_RE as a whole word; most texts have none.
_AN_ACT: Final = any_word(*ACT_WORDS)
_WORD_BEFORE_RE: Final = re.compile(r"([^\W\d_]+)[ \t]+$")


def _after_proper_noun(text: str, s: int, found: SpanIndex) -> bool:
    """The word before ``s`` is capitalised and no name found: `Vatten` in `Nacka Vatten och`."""
    m = _WORD_BEFORE_RE.search(text, max(0, s - 40), s)
    return m is not None and m.group(1)[:1].isupper() and not found.overlaps(*m.span(1))
