"""Speakers and addressees: names in the places where Swedish reports quote people.

Used by :mod:`lagesbild.privacy.nicknames`. Fail-closed: in a speaker's place after a said-verb
(``…, säger Vinter``), before one after ``vad``/``att``/``som`` (``Enligt vad Berg uppger``), addressed at
the start or end of a quote (``"Tussan, kom hit!"``, ``”Sluta nu, Lilja!”``) and inside quoted speech
where no sentence starts (``”Det var Björn som började”``), a capitalised word is a name unless it is a
known place or organisation, a pronoun or an interjection, or a preposition / another capitalised word
stands before it (``från Slussen``, ``Nacka Forum``).

Pure: strings in, spans out.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import known_word, lexicon
from lagesbild.privacy.lower_words import is_english
from lagesbild.privacy.name_words import ANY_NAME
from lagesbild.privacy.names import AMBIGUOUS, FIRST_NAMES, LAST_NAMES, NOT_NAMES

_ANY: Final = FIRST_NAMES | LAST_NAMES | AMBIGUOUS
QUOTES: Final = "\"“”„'‘’«»"
_QUOTE_CHAR_RE: Final = re.compile(f"[{QUOTES}]")
# Capitals of the names' alphabets, not only Swedish: "Áilu", "Çelik", "Šimić".
_UP: Final = "A-ZÅÄÖÀ-ÞĆČĐŁŚŠŹŻŽ"
_SAID: Final = frozenset(
    """sa sade säger ropade ropar skrek skriker svarade svarar berättade berättar uppgav uppger viskade
    förklarade frågade frågar menade menar hävdade hävdar sms:ade förklarar konstaterar konstaterade
    tillägger tillade poängterar poängterade påpekar påpekade betonar betonade understryker fortsätter
    avslutar skriver skrev meddelar meddelade""".split()
)
_SAID_BEFORE_RE: Final = re.compile(rf"(?i:\b(?:{'|'.join(sorted(_SAID))}))[ \t]+(?P<n>[{_UP}][\w'’-]*)")
# A name is at most 60 characters (and possessive: a space or punctuation follows): an apostrophe starts a
# new match in `A'A'A'…`, and reading to the run's end from each took time in the square of its length.
_SAID_AFTER_RE: Final = re.compile(
    rf"(?<![\w-])(?P<n>[{_UP}][\w'’-]{{0,60}}+)[ \t]+(?i:(?:{'|'.join(sorted(_SAID))}))\b"
)
# Addressed in speech: at the start of a quote or a speech dash, a name followed by , ! or ?
_VOCATIVE_RE: Final = re.compile(
    rf"(?:[{QUOTES}]|(?:^|\n|[ \t])[–—-][ \t]+)(?P<n>[{_UP}][\w'’-]{{0,60}}+)[ \t]*[,!?]"
)
# Addressed at the end of a quoted line: "”Sluta nu, Lilja!”", "”Kom igen, Hassan”".
_VOCATIVE_END_RE: Final = re.compile(rf",[ \t]+(?P<n>[{_UP}][\w'’-]*)[ \t]*(?:[!?]|[,.]?[ \t]*[{QUOTES}])")
# Quoted speech: between quotes, or from a speech dash at the start of a line to the line's end.
_SPEECH_RE: Final = re.compile(
    r"[\"“”„«»](?P<s>[^\"“”„«»\n]{1,300})[\"“”„«»]|(?:^|\n)[ \t]*[–—][ \t]+(?P<s2>[^\n]{1,300})"
)
_SPEECH_WORD_RE: Final = re.compile(r"(?<![\w'’-])(?P<n>[A-ZÅÄÖ][a-zåäöéü'’-]+)")
_PLACE_PREPS: Final = frozenset(
    "i på vid från till mot genom utanför nära längs runt över under bakom framför mellan".split()
)
# Endings of organisations and units: never a speaker's name ("berättar Trygghetsenheten").
ORG_ENDINGS: Final = (
    "enheten",
    "förvaltningen",
    "kontoret",
    "bolaget",
    "gruppen",
    "avdelningen",
    "tjänsten",
    "nämnden",
    "teamet",
    "polisen",
    "kommun",
    "kommunen",
    "föreningen",
    "hem",
    "hälsan",  # `Elevhälsan (Isak Andersson, …)` is a team (stop 35)
    "mottagningen",
)
# Words after which a capitalised word before a said-verb is its subject ("Enligt vad Berg uppger"); after
# a preposition it is a place ("En inringare i Helenelund uppger").
_SUBJECT_INTRO: Final = frozenset("vad att som och men då när eftersom där också även sedan medan".split())
PLACE_ENDINGS: Final = (
    "kyrkan",
    "skolan",
    "gatan",
    "vägen",
    "torget",
    "parken",
    "sjön",
    "sjö",
    "centrum",
    "hallen",
    "stationen",
    "plan",
    "gården",
    "backen",
)
_INTERJECTIONS: Final = frozenset(
    """nej ja jo jaha aha okej ok hej hejsan hallå tack men alltså så nu oj åh usch fan jävlar shit kom
    vänta stopp sluta stanna spring lugn lugna ursäkta förlåt snälla du ni vi jag han hon de det den där
    här vad varför hur vem när var va tyst ut in ner upp släpp akta hjälp polis polisen väktare vakter
    mamma pappa grabbar tjejer killar brorsan bror syrran""".split()
)
_NOT_SPEAKER: Final = frozenset(
    """han hon hen de den det vi ni jag du man någon ingen alla polisen väktaren väktarna personalen
    rektorn fältarna grannen grannarna vittnet vittnen anmälaren kommunen bolaget""".split()
)


_ATTRIBUTED_RE: Final = re.compile(r"[ \t]*(?:\(|[–—-][ \t])")
_SPEAKER_BEFORE_RE: Final = re.compile(r":[ \t]*$")
_NOT_A_NICKNAME_RE: Final = re.compile(r"[!?#…]|[^\w\s'’-]")


def said_not_named(text: str, start: int, end: int, quote: str) -> bool:
    """The quote between ``start`` and ``end`` (its marks included) is what someone said, not a name: it is
    attributed to a speaker after it (`"Keff gjort" (Viktor)`, `"Tragiskt" – Märta`) or follows a speaker's
    colon (`kompis: "överdriv inte"`), and none of its capitalised words could be a name (each an ordinary
    Swedish or English word, no listed name). One word alone is said when it is also no noun's definite
    form: `"Lillen" (Cem Öztürk)`, `"Räven"` stay nicknames. Stop 33, from blind 27's comment threads."""
    attributed = _ATTRIBUTED_RE.match(text, end) is not None
    if not attributed and not _SPEAKER_BEFORE_RE.search(text, max(0, start - 3), start):
        return False
    words = _QUOTE_WORD_RE.findall(quote)
    if not words or quote.islower():
        return True
    capitals = [w for w in words if w[0].isupper()]
    if len(words) == 1:
        # a word of the lexicon itself, no compound's parts nor English (`"Papi"` stays a nickname)
        low = words[0].lower()
        return words[0] not in ANY_NAME and low in lexicon() and not low.endswith(_DEFINITE_ENDINGS)
    return all(_ordinary(w) for w in capitals)


def _ordinary(word: str) -> bool:
    return word not in ANY_NAME and (word in NOT_NAMES or known_word(word) or is_english(word.lower()))


_QUOTE_WORD_RE: Final = re.compile(r"[^\W\d_]+")
_DEFINITE_ENDINGS: Final = ("en", "an", "et", "n")


def name_base(word: str) -> str:
    word = word.replace("’", "'")
    if word in _ANY:
        return word
    if word.endswith("'s") and word[:-2] in _ANY:
        return word[:-2]
    if word.endswith("s") and word[:-1] in _ANY:
        return word[:-1]
    return word


def is_name_word(word: str) -> bool:
    """A word of the name lists, ordinary-word names included ("Sten", "Berg", "Rosa")."""
    return name_base(word) in _ANY


def find_speakers(
    text: str, lower: set[str], roles: frozenset[str], not_names: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of speakers' and addressees' names in ``text``; ``lower``: its words in lowercase (the
    said-verb rules run only when one is there), ``roles``: person nouns, never a name themselves."""
    spans: list[tuple[int, int]] = []
    has_quote = _QUOTE_CHAR_RE.search(text) is not None
    said = not lower.isdisjoint(_SAID)
    vocative = has_quote or "–" in text or "—" in text or " - " in text or text.startswith("-")

    def speaker(word: str) -> bool:
        """Fail-closed: a capitalised word in a speaker's or addressee's place is a name unless it is a
        known place, organisation or pronoun."""
        low = word.lower()
        return not (
            word in not_names
            or name_base(word) in not_names
            or low in _NOT_SPEAKER
            or low in roles
            or low.endswith(ORG_ENDINGS + PLACE_ENDINGS)
            or (word.isupper() and len(word) > 1)
        )

    for m in _SAID_BEFORE_RE.finditer(text) if said else ():
        # "…, säger Vinter": after the verb any capitalised word is the speaker.
        if is_name_word(m.group("n")) or speaker(m.group("n")):
            spans.append((m.start("n"), m.end("n")))
    for m in _SAID_AFTER_RE.finditer(text) if said else ():
        # "Enligt vad Berg uppger": mid-sentence any capitalised word; at a sentence start only a name.
        prev_words = text[max(0, m.start("n") - 20) : m.start("n")].split()
        mid = bool(prev_words) and prev_words[-1].lower() in _SUBJECT_INTRO
        if is_name_word(m.group("n")) or (mid and speaker(m.group("n"))):
            spans.append((m.start("n"), m.end("n")))
    for m in _VOCATIVE_RE.finditer(text) if vocative else ():
        # Fail-closed: whoever is addressed at the start of a quote is a person, unless the word is an
        # interjection or a command ("Nej, …", "Polis, stanna!").
        at_start = text[m.start()] in QUOTES or m.start() == 0 or text[m.start()] == "\n"
        if is_name_word(m.group("n")) or (
            at_start and m.group("n").lower() not in _INTERJECTIONS and speaker(m.group("n"))
        ):
            spans.append((m.start("n"), m.end("n")))
    for m in _SPEECH_RE.finditer(text) if vocative else ():
        # Inside quoted speech a capitalised word that does not start a sentence is a person: a name-word
        # always ("Det var Björn som började"), another word unless a preposition makes it a place.
        g = "s" if m.group("s") is not None else "s2"
        for w in _SPEECH_WORD_RE.finditer(m.group(g)):
            word = w.group("n")
            lead = m.group(g)[: w.start("n")].rstrip(" \t")
            if not lead or lead[-1] in ".!?:;–—-" or lead[-1] in QUOTES:
                continue
            prev_word = lead.split()[-1].strip(",")
            before_prev = lead[: len(lead) - len(lead.split()[-1])].rstrip(" \t")
            prev_starts = not before_prev or before_prev[-1] in ".!?:;–—-"  # "Fråga Storm, …"
            if prev_word[:1].isupper() and not prev_starts:
                continue  # the second word of a proper name: "Nacka Forum", "ICA Maxi"
            prev_word = prev_word.lower()
            if (
                is_name_word(word)
                and word not in not_names
                or (prev_word not in _PLACE_PREPS and speaker(word) and word.lower() not in _INTERJECTIONS)
            ):
                spans.append((m.start(g) + w.start("n"), m.start(g) + w.end("n")))
    for m in _VOCATIVE_END_RE.finditer(text) if vocative else ():
        if is_name_word(m.group("n")) or speaker(m.group("n")):
            spans.append((m.start("n"), m.end("n")))
    return spans
