"""Names from the shape of the text around names already found or named: what the lists cannot know.

Used by :func:`lagesbild.privacy.redaction.find_personal_data` after the list-based finder and the
nickname rules; returns (start, end) spans of ``text``. Each rule reads a construction that in Swedish
reports introduces a person, so the word it marks is a name whether the name lists know it or not:

- the person a nickname belongs to: ``Dženana a.k.a. Lejonet``, ``Selam, kallad Lillen``, ``Klara med
  smeknamnet Smallz``, ``Cem som kallar sig Shorty``;
- a name given with ``kallar``: ``som kompisarna kallar Mamba``, ``Killarna kallar Bo för tjallare``;
- a quoted nickname inside a name, and the surname after a quoted nickname beside a name found:
  ``Golnar "Shorty" Ghorbani``;
- a nickname right before a name in parentheses: ``Babyface (Shvan)``, ``Big Moe (Cristián)``;
- a listed given name with the initial of the surname: ``Tuva K.``, ``Albin S.``;
- a name beside a family word: ``Ranas lillebror``, ``Mamma till Helin``; before a role or family word
  in parentheses: ``Dina (fritidsledare)``, ``Sunná (Ranas lillebror)``;
- the doer after a participle: ``anmäld av Ros``, ``kontaktad av Ruta Haile``;
- a graffiti tag: ``tagg "Kiki"``;
- a person's age after the name: ``Viola (15 år)``, ``Bo Gran, 15 år,``;
- a given name that is also a word, first in its sentence, before a verb of a person's own doing:
  ``Björn gav oss sitt nummer``, ``Rut ville ha hjälp``.

A word is never taken when it is a known place or organisation, a pronoun or function word, a role
word, or has a place or organisation ending. Pure: strings in, spans out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from lagesbild.privacy.lexicon import zipf
from lagesbild.privacy.name_cue_words import after_place_prep
from lagesbild.privacy.name_unknown import place_words
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS, WORDS_CAPITALISED
from lagesbild.privacy.names import AMBIGUOUS, FIRST_NAMES
from lagesbild.privacy.span_index import SpanIndex, any_within
from lagesbild.privacy.speech import ORG_ENDINGS, PLACE_ENDINGS, QUOTES

__all__ = ["find_name_shapes"]

_CAP: Final = r"[A-ZÅÄÖ][\w'’-]*"
_NICK_MARK: Final = (
    r"a\.k\.a\.?|aka|alias|kallad|kallas|med[ \t]+smeknamnet|med[ \t]+smeknamn|som[ \t]+kallar[ \t]+sig"
    r"|som[ \t]+kallas|som[ \t]+går[ \t]+under[ \t]+namnet"
)
# The nickname after the mark is capitalised or quoted: "Patrull kallas till …" names nobody.
_BEFORE_NICK_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*,?[ \t]+(?i:{_NICK_MARK})(?![\w])"
    rf"(?=[ \t]*:?[ \t]*(?:[{QUOTES}]|[A-ZÅÄÖ]))"
)
_KALLAR_RE: Final = re.compile(r"(?i:\bkallar)[ \t]+(?P<n>[A-ZÅÄÖ][\w'’-]*)")
_AFTER_QUOTE_RE: Final = re.compile(rf"[{QUOTES}][^{QUOTES}\n]{{1,30}}[{QUOTES}][ \t]+(?P<s>{_CAP})")
# A quoted nickname between two capitalised words is one person: 'Golnar "Shorty" Ghorbani'.
_QUOTE_BETWEEN_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<a>{_CAP})[ \t]+[{QUOTES}](?P<q>[^{QUOTES}\n]{{1,30}})[{QUOTES}][ \t]+(?P<b>{_CAP})"
)
_BEFORE_PAREN_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*\((?P<p>[^()\n]{{1,40}})\)"
)
# A person's age in parentheses or between commas: "Viola (15 år)", "Bo Gran, 15 år,".
_AGE_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{_CAP}(?:[ \t]+{_CAP})?)(?:[ \t]*\([ \t]*[0-9]{{1,2}}[ \t]*(?:år|åring)[ \t]*\)"
    rf"|,[ \t]*[0-9]{{1,2}}[ \t]*år[ \t]*,"
    # an age guessed: `Joy, ca 38, talade polska` (stop 38, blind 61)
    rf"|,[ \t]*(?:ca|cirka|runt)[ \t]+[0-9]{{1,2}}[ \t]*(?:år[ \t]*)?,)"
)
# Verbs of a person's own doing: a word-name at the start of a sentence before one is the subject.
_PERSON_VERBS: Final = frozenset(
    """gav ville sa sade berättade berättar ringde ringer mejlade kom gick sprang greps grips hotade slog
    tog fick vägrade uppger uppgav säger hörde såg skrek sprang cyklade körde stal bad frågade erkände
    nekade glömde höll skötte tappade lämnade hämtade hjälpte visade förklarade svarade""".split()
)
_FIRST_WORD_RE: Final = re.compile(
    rf"(?:^|(?<=[.!?]))[ \t\n]*(?P<n>{_CAP}(?:[ \t]+{_CAP})?)[ \t]+(?P<v>[a-zåäö]+)"
)
# Family words: "Ranas lillebror", "Mamma till Helin", "föräldrarna till Shvan".
_KIN: Final = (
    r"lillebror|storebror|lillasyster|storasyster|bror|brodern|syster|systern|mamma|mamman|pappa|pappan|mor"
    r"|modern|far|fadern|son|sonen|dotter|dottern|kusin|kusinen|pojkvän|pojkvännen|flickvän|flickvännen"
    r"|sambo|sambon|fru|frun|make|maken|kompis|kompisar|föräldrar|föräldrarna|förälder|vårdnadshavare"
)
_KIN_OF_RE: Final = re.compile(rf"(?<![\w'’-])(?P<n>{_CAP}?)s[ \t]+(?i:{_KIN})(?![\w])")
# What is a person's own, after the owner's genitive: "Tiits nummer", "Majs mobil" (stop 22); a person's own
# funeral (stop 38, blind 60: `grävningen till Thoréns gravsättning`); what a person carries or sleeps in
# (stop 38, blind 61: `Holms ryggsäck saknas`).
_OWNED: Final = (
    "nummer", "telefonnummer", "mobilnummer", "mobil", "mobiltelefon", "mejl", "mejladress", "e-post",
    "e-postadress", "adress", "kontaktuppgifter", "lägenhet", "lgh", "cykel", "moped", "personnummer",
    "begravning", "begravningen", "gravsättning", "gravsättningen", "askgravsättning", "minnesstund",
    "minnesstunden", "bouppteckning", "dödsbo", "dödsboet", "gravsten", "gravstenen",
    "ryggsäck", "väska", "handväska", "plånbok", "jacka", "sovsäck", "tält", "säng", "kläder", "grejer",
    "saker", "nycklar", "hund", "katt",
)  # fmt: skip
_OWN_OF_RE: Final = re.compile(rf"(?<![\w'’-])(?P<n>{_CAP}?)s[ \t]+(?i:{'|'.join(_OWNED)})(?![\w])")
_OWNER_ZIPF: Final = 3.0  # a genitive as frequent as this is a word's own form (`lös`), no owner's
_OWN_PRECHECK: Final = re.compile(f"s (?i:{'|'.join(_OWNED)})")
_KIN_TO_RE: Final = re.compile(rf"(?i:\b(?:{_KIN})[ \t]+till)[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP})?)")
# The doer after a participle or passive: "anmäld av Ros", "tipsad av Dina", "kontaktad av Ruta Haile".
_BY_RE: Final = re.compile(
    r"(?i:\b(?:anmäld|anmält|anmälda|anmäldes|tipsad|tipsade|tipsades|kontaktad|kontaktade|kontaktades"
    r"|hotad|hotade|hotades|slagen|slogs|rånad|rånades|knivhuggen|misshandlad|misshandlades|upptäckt"
    r"|upptäcktes|sedd|sågs|hämtad|hämtades|utsatt|utsattes|ofredad|ofredades|trakasserad|förföljd"
    r"|uppringd|larmad|rapporterad|rapporterat|rapporterades|fasthållen|fasthållna|knuffad|knuffades|sparkad"
    r"|sparkades|retad|retades|kränkt|kränktes|mobbad|mobbades|utfryst|filmad|filmades|jagad|jagades))"
    rf"[ \t]+av[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP})?)"
)
# Who did it, a nickname in quotes later in the clause: `rånade på hörlurar vid Sickla av "Micke" och två
# okända` (stop 35).
_BY_QUOTED_RE: Final = re.compile(
    r"(?i:\b(?:rånad|rånade|rånades|rånats|slagen|slagna|slogs|hotad|hotade|hotades|misshandlad|misshandlade"
    r"|misshandlades|knivhuggen|ofredad|ofredades|trakasserad|trakasserade|förföljd|jagad|jagade|utsatt"
    r"|utsatta))"
    rf"[^.!?\n]{{0,60}}?[ \t]av[ \t]+[{QUOTES}](?P<n>{_CAP})[{QUOTES}]"
)
# A graffiti tag is a person's name: 'tagg "Kiki"', "taggen YAYO".
_TAG_RE: Final = re.compile(
    rf"(?i:\b(?:tagg|taggen|taggar|taggarna|signatur|signaturen))[ \t]*:?[ \t]*"
    rf"(?:[{QUOTES}](?P<q>[^{QUOTES}\n]{{1,30}})[{QUOTES}]|(?P<w>[A-ZÅÄÖ0-9][\w'’-]+))"
)
_NICK_TRIGGERS: Final = ("aka", "a.k.a", "alias", "kallad", "kallas", "smeknamn", "kallar sig", "namnet")
_KIN_WORD_RE: Final = re.compile(_KIN)
_KIN_STEMS: Final = (
    "bror", "broder", "syster", "mamma", "pappa", " mor", "moder", " far", "fader", " son", "dotter", "kusin",
    "vän", "sambo", " fru", " make", "kompis", "föräld", "vårdnad",
)  # fmt: skip
_KIN_STEM_RE: Final = re.compile("|".join(map(re.escape, _KIN_STEMS)))
_NICK_TRIGGER_RE: Final = re.compile("|".join(map(re.escape, _NICK_TRIGGERS)))
_QUOTE_CHAR_RE: Final = re.compile(f"[{QUOTES}]")
_BY_PRECHECK: Final = re.compile(r" av [A-ZÅÄÖ]")
_BY_QUOTED_PRECHECK: Final = re.compile(rf" av [{QUOTES}][A-ZÅÄÖ]")
_INITIAL_PRECHECK: Final = re.compile(r" [A-ZÅÄÖ]\.")
_INITIAL_RE: Final = re.compile(rf"(?<![\w'’-])(?P<n>{_CAP})[ \t]+(?P<i>[A-ZÅÄÖ])\.(?=[ \t,;:)!?]|$)")
# Capitalised at the start of a sentence without being a person.
_NOT_PERSON: Final = frozenset(
    """han hon hen de dem vi ni jag man den det denna detta någon några ingen alla flera många en ett
    killen tjejen killarna tjejerna mannen kvinnan pojken flickan ungdomen ungdomarna grannen personen
    gärningsmannen gärningspersonen eleven eleverna barnet barnen polisen väktaren väktarna""".split()
)


_PLACE_OR_ORG_ENDINGS: Final = ORG_ENDINGS + PLACE_ENDINGS


def _person_word(word: str, roles: frozenset[str], not_names: frozenset[str]) -> bool:
    low = word.lower()
    return not (
        word in not_names
        or low in FUNCTION_WORDS
        or low in _NOT_PERSON
        or low in roles
        or low.endswith(_PLACE_OR_ORG_ENDINGS)
        or (word.isupper() and len(word) > 1)
    )


def _words_ok(words: str, roles: frozenset[str], not_names: frozenset[str]) -> bool:
    return all(_person_word(w, roles, not_names) for w in words.split())


def find_name_shapes(
    text: str, found: Iterable[tuple[int, int]], roles: frozenset[str], not_names: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of names marked by the constructions in the module doc. ``found``: the name and nickname
    spans the other finders returned; ``roles``: person nouns ("väktare", "killen")."""
    spans: list[tuple[int, int]] = []
    found = sorted(found)
    # asked once per match: by bisection, not over every span (`Bb (Gäst) ` × 20,000 took 16 s; stop 24)
    found_ends = sorted(e for _, e in found)
    low = text.lower()

    def take(m: re.Match[str], group: str = "n") -> None:
        if _words_ok(m.group(group), roles, not_names):
            spans.append((m.start(group), m.end(group)))

    # Each rule runs only when a cheap check finds its trigger (most texts have none of them).
    if _NICK_TRIGGER_RE.search(low):
        for m in _BEFORE_NICK_RE.finditer(text):
            words = m.group("n").split()
            if len(words) == 2 and not _person_word(words[0], roles, not_names):
                spans.append((m.start("n") + m.group("n").index(words[1]), m.end("n")))  # "Han Selam …"
            else:
                take(m)
    if "kallar" in low:
        for m in _KALLAR_RE.finditer(text):
            if m.group("n").lower() != "sig":
                take(m)
    if _QUOTE_CHAR_RE.search(text):
        for m in _QUOTE_BETWEEN_RE.finditer(text):
            if _person_word(m.group("a"), roles, not_names) and _person_word(m.group("b"), roles, not_names):
                spans.append((m.start(), m.end()))
        for m in _AFTER_QUOTE_RE.finditer(text):
            if any_within(found_ends, m.start() - 2, m.start()):
                take(m, "s")
    if "(" in text:
        found_index = SpanIndex(found)
        for m in _BEFORE_PAREN_RE.finditer(text):
            inside = m.group("p")
            first = inside.split()[0].lower() if inside.split() else ""
            # a nickname before a name found in the parentheses: "Babyface (Shvan)"; a name before a role
            # or family word in them: "Dina (fritidsledare)", "Sunná (Ranas lillebror)"
            if len(m.group("n")) < 2:
                continue  # a letter before a bracket is a staircase's or a house's: `trapphus B (…)`
            named = found_index.overlaps(m.start("p"), m.end("p"))
            kin = _KIN_WORD_RE.fullmatch(first) is not None or _KIN_OF_RE.match(inside)
            person = first in roles or kin
            # (a name replaced on the first pass counts: `redact` scans its own output again)
            if (named or "[namn]" in inside) and not kin and after_place_prep(text, m.start(), wide=False):
                # a place and who was there: "Trygghetsvandring i Gråbo (Ánte Labba, A. Nordin)", or who
                # answers for it: "Kameror vid Preem Lagan (ansvarig Valon Rexhepi)" (stop 38, blind 59)
                continue
            if named or person:
                take(m)
    if _KIN_STEM_RE.search(low):
        for rx in (_KIN_OF_RE, _KIN_TO_RE):
            for m in rx.finditer(text):
                take(m)
    if _OWN_PRECHECK.search(text):
        for m in _OWN_OF_RE.finditer(text):
            owner = m.group("n")
            # not a word that ends in `s` itself: `Lös hund`, `Grå-svarts väska` (stop 38)
            if owner not in place_words() and (owner in ANY_NAME or zipf(owner.lower() + "s") < _OWNER_ZIPF):
                take(m)
    if _BY_PRECHECK.search(text):
        for m in _BY_RE.finditer(text):
            take(m)
    if _BY_QUOTED_PRECHECK.search(text):
        for m in _BY_QUOTED_RE.finditer(text):
            take(m)
    if "tagg" in low or "signatur" in low:
        for m in _TAG_RE.finditer(text):
            group = "q" if m.group("q") is not None else "w"
            spans.append((m.start(group), m.end(group)))
    if "år)" in text or "år," in text or ", ca " in text or ", cirka " in text or ", runt " in text:
        for m in _AGE_RE.finditer(text):
            if m.group("n") not in place_words():
                take(m)
    if not _PERSON_VERBS.isdisjoint(low.split()):
        for m in _FIRST_WORD_RE.finditer(text):
            # "Björn gav oss sitt nummer", "Rut ville ha hjälp": a given name that is also a word, first
            # in its sentence, before a verb of a person's own doing (the name finder needs a surname).
            first = m.group("n").split()[0]
            if m.group("v").lower() in _PERSON_VERBS and first in AMBIGUOUS and first in FIRST_NAMES:
                if first not in WORDS_CAPITALISED:
                    take(m)
    if _INITIAL_PRECHECK.search(text):
        for m in _INITIAL_RE.finditer(text):
            # Only a listed given name: places take a letter too ("Helsingborgs C.", "Sjöboda S.").
            if m.group("n") in FIRST_NAMES and _person_word(m.group("n"), roles, not_names):
                spans.append((m.start(), m.end("i") + 1))
    return spans
