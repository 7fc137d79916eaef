"""Names in the case texts of the police, the courts and the social services (issue 14, stop 26).

Where a case text names a person, its frame says so whatever the name: a word no list holds (`Bethlehem`,
`Ece`), a name that is also a word (`Can`, `Maj`) or a full name of either:
* a person with an age in brackets: `Nils-Ánte (18)`, `Tigist Worku Mekonnen (31) slog`, `Polat, Ayşe (17)`;
* the party a judgment, a trial, a threat or a report is against: `dom mot Ninve Malke`, `olaga hot mot
  Arta Shala`, `Rättegången mot Drita Hoxha`;
* whom a report of concern is about: `orosanmälan om Dženan Delić`, `orosanmälningar om Hawre Doski`;
* a pupil by the school year: `Selam i åk 8`;
* the subject of an LVU or LOB note: `lvu Vikram: rymt igen`;
* who speaks for an organisation in minutes or after it in brackets: `Polisen, Robil Malke: ökning …`,
  `Polisen (Stig Lax) har en misstänkt`;
* whom to check with: `kolla m Hall på Region Öst`;
* a graffiti writer by the tag: `klotter, tags Boban`;
* what a person is called: `en kille som heter lena`;
* the person before a phone: `Mersiha (070-…) sms:ade` (`names_before_phones`);
A word there is a person's when it is a listed name (a word too), a word that is nothing else
(`name_registers.name_word`) or no frequent Swedish word, place, organisation or role; an age is two digits
(a count per area is more often one: `Fisksätra (3)`).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import domain_words, lexicon
from lagesbild.privacy.lower_words import lower_name_word
from lagesbild.privacy.name_registers import CAPITALISED, name_word, other_part
from lagesbild.privacy.name_signal_gates import any_word
from lagesbild.privacy.name_unknown import ORGANISATIONS, known_word, place_words
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS, LOWER_ANY, STOP_PLACE_NOUNS
from lagesbild.privacy.names import AMBIGUOUS, FIRST_NAMES

__all__ = ["find_case_names", "names_before_phones"]

_CAP: Final = CAPITALISED  # a capitalised word (name_registers)
_INITIAL: Final = r"(?:[A-ZÅÄÖ]\.[ \t]?)?"
# One to three capitalised words, or `Surname, Given`, before what follows the name.
_NAME: Final = rf"{_INITIAL}{_CAP}(?:,[ \t]*{_CAP}|(?:[ \t]+{_CAP}){{0,2}})"
_NAME_END: Final = r"(?=[ \t]*(?:[.,;:!?()]|\r?$|\n|[ \t]+[a-zåäö0-9]))"

# The scan starts at the age and reads the name before it in a short window.
_AGE_RE: Final = re.compile(r"\([1-9][0-9](?:[ \t]?år)?\)")
_NAME_BEFORE_AGE_RE: Final = re.compile(rf"(?P<n>{_NAME})[ \t]*$")
_ROAD_PLACES: Final = (
    "trafikplats", "trafikplatsen", "avfart", "avfarten", "påfart", "påfarten", "korsning", "korsningen",
    "cirkulationsplats", "cirkulationsplatsen", "rondell", "rondellen", "infart", "infarten", "väg", "vägen",
    "länsväg", "riksväg", "bro", "bron", "tunnel", "tunneln", "station", "stationen", "hållplats",
    "hållplatsen", *STOP_PLACE_NOUNS,
)  # fmt: skip
_PLACE_BEFORE_RE: Final = re.compile(rf"(?i:\b(?:{'|'.join(_ROAD_PLACES)}))[ \t]+$")

_AGAINST: Final = (
    "dom", "domen", "domar", "domarna", "rättegång", "rättegången", "huvudförhandling", "huvudförhandlingen",
    "åtal", "åtalet", "målet", "ungdomsmålet", "brottmålet", "hot", "hotet", "hoten", "misshandel",
    "misshandeln", "våld", "våldet", "övergrepp", "övergreppet", "ofredande", "ofredandet", "trakasserier",
    "stämning", "stämningsansökan", "förundersökning", "förundersökningen", "besöksförbud",
    "besöksförbudet", "kontaktförbud", "kontaktförbudet",
)  # fmt: skip
_AGAINST_RE: Final = re.compile(rf"(?i:\b(?:{'|'.join(_AGAINST)}))[ \t]+mot[ \t]+(?P<n>{_NAME}){_NAME_END}")
_A_AGAINST_WORD: Final = any_word("mot")

_CONCERN_RE: Final = re.compile(
    r"(?i:\borosanmäl[a-zåäö]*"
    r"(?:[ \t]+(?:skickad|skickat|skickas|gjord|gjort|görs|inkommen|inkom|inkommit))?)"
    rf"[ \t]+om[ \t]+(?P<n>{_NAME}){_NAME_END}"
)
_A_CONCERN_WORD: Final = any_word("om")

_GRADE_RE: Final = re.compile(
    r"[ \t](?:i|går[ \t]+i|går[ \t]+på)[ \t]+(?:åk|årskurs|klass)[ \t]*[0-9]"
    # a school class's code (stop 26): `Duc Do i 3E`, `Biret från 7B`, `Axel (7D)`, `sean i 6A`
    r"|[ \t](?:i|från|ur)[ \t]+[0-9][A-FÅÄÖa-f](?![\w-])|[ \t]\([0-9][A-F](?:[,)])"
)
# (a class's code is a word of the text too: `7d`; issue 16, no scan of every text for one)
_CLASS_CODES: Final = tuple(f"{d}{c}" for d in "0123456789" for c in "abcdef")
_GRADE_WORDS: Final = ("åk", "årskurs", "klass", *_CLASS_CODES)
_A_GRADE_WORD: Final = any_word(*_GRADE_WORDS)
_NAME_BEFORE_GRADE_RE: Final = re.compile(rf"(?P<n>{_CAP}(?:[ \t]+{_CAP})?)$")

_LOWER_WORD: Final = r"[a-zåäöéüø][a-zåäöéüø-]{2,20}"
_LOWER_BEFORE_GRADE_RE: Final = re.compile(r"(?<![\w'’-])(?P<n>[a-zåäöéüø]{3,14})$")
_CASE_NOTE_RE: Final = re.compile(
    rf"(?<![\w-])(?i:lvu|lob|lvm)[ \t]+(?P<n>{_CAP}|{_LOWER_WORD})(?=[ \t]*[:,])"
)
_CASE_NOTE_WORDS: Final = ("lvu", "lob", "lvm")
_A_CASE_NOTE_WORD: Final = any_word(*_CASE_NOTE_WORDS)

# Minutes: an organisation, a comma, who speaks for it and a colon: `Polisen, Robil Malke: ökning …`. The
# scan starts at the comma; the organisation is read before it, at its line's start.
_SPEAKER_RE: Final = re.compile(rf",[ \t]*(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]*:")
_BODY_AT_LINE_START_RE: Final = re.compile(
    rf"(?:^|\n)[ \t]*(?:[0-9]{{1,2}}[.)][ \t]*|[-•*][ \t]*)?(?P<o>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*$"
)
# The scan starts at the bracket and reads the organisation before it in a short window.
_BRACKETED_NAME_RE: Final = re.compile(rf"\((?P<n>{_CAP}(?:[ \t]+{_CAP}){{1,2}})\)")
_BODY_BEFORE_RE: Final = re.compile(rf"(?P<o>{_CAP})[ \t]*$")
# The organisations that speak in minutes, which no list of names or places holds.
_SPEAKING_BODIES: Final = frozenset(
    """Polisen Räddningstjänsten Socialtjänsten Skolan Skolorna Kommunen Fritid Fritidsgården Fältgruppen
    Fältarna Frivården Kriminalvården Bostadsbolaget Hyresvärden Vården Regionen Trafikbolaget
    Kollektivtrafiken Näringslivet Kyrkan Föreningarna Socialjouren Ambulansen Kommunpolisen Kommunpolis
    Elevhälsan Skolledningen Förvaltningen""".split()
)

_CHECK_VERBS: Final = (
    "kolla", "kollar", "kollat", "kollade", "prata", "pratar", "pratat", "pratade", "snacka", "snackar",
    "snackat", "snackade", "stäm", "stämma", "stämmer", "stämt", "stämde",
)  # fmt: skip
_CHECK_RE: Final = re.compile(
    rf"(?i:\b(?:{'|'.join(_CHECK_VERBS)}))[ \t]+(?:m\.?|med)[ \t]+(?P<n>{_CAP})"
    r"(?=[ \t]+(?:på|från|hos|i|om)[ \t]|[ \t]*[.,;:!?]|\r?$|\n)"
)
_A_CHECK_WORD: Final = any_word(*_CHECK_VERBS)

# What a person is called: `en kille som heter lena`, `uppgav sig heta Milan`.
_CALLED_RE: Final = re.compile(
    rf"(?<![\w-])(?i:heter|hette|heta)[ \t]+(?:typ[ \t]+)?(?P<n>{_CAP}|{_LOWER_WORD})(?![\w'’-])"
)
_CALLED_WORDS: Final = ("heter", "hette", "heta")
_A_CALLED_WORD: Final = any_word(*_CALLED_WORDS)
# The person before a phone: `Mersiha (070-…) sms:ade`, `Kontakt på plats: Viking, tel 070-…`. The name is
# read in a short window before the phone found.
_NAME_BEFORE_PHONE_RE: Final = re.compile(
    rf"(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,2}})"
    r"(?:[ \t]*\([ \t]*(?:(?i:jourtelefon|jourtel|telefon|tel|mobil|mob|nr)\.?:?[ \t]*)?"
    r"|[ \t]*,[ \t]*(?:(?i:tel|telefon|mobil|mob|nr)\.?:?[ \t]*)?"
    r"|[ \t]+(?i:tel|mobil|mob)\.?:?[ \t]*"
    # a contact list's affiliation between them (`Pirre (nattvandrarna) 070-…`; stop 33)
    r"|[ \t]*\([^()\d\n]{1,40}\)[ \t]*,?[ \t]*)$"
)
_AT_BEFORE_RE: Final = re.compile(r"(?<![\w-])(?:på|hos|vid|till|från|via)[ \t]+$")
# Stop 26, round 20 (from blind 20's misses):
# `Araya och jag var i Särna`, `jag och Dieter`: a person beside `jag`.
_WITH_ME_RE: Final = re.compile(
    rf"(?:(?P<a>{_CAP})[ \t]+(?:och|o|&)[ \t]+(?:jag|mig)\b"
    rf"|\b(?:[Jj]ag|[Mm]ig)[ \t]+(?:och|o|&)[ \t]+(?P<b>{_CAP}))"
)
_ME_WORDS: Final = ("jag", "mig")
_A_ME_WORD: Final = any_word(*_ME_WORDS)
# `Ungdomar (Nittaya m.fl.)`: who a group is, in brackets.
_AND_OTHERS_RE: Final = re.compile(
    rf"\((?P<n>{_CAP}(?:[ \t]+{_CAP})?)[ \t]+(?:m\.[ \t]?fl|med[ \t]+flera)\.?\)"
)
# `stämmer inte enligt Kalle-Bulle.`: a source at a clause's end.
_ACCORDING_RE: Final = re.compile(
    rf"\b[Ee]nligt[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP})?)(?=[ \t]*[.,;!?]|\r?$|\n)"
)
_ACCORDING_WORDS: Final = ("enligt",)
_AN_ACCORDING_WORD: Final = any_word(*_ACCORDING_WORDS)
# `Meseret Demissie (som bor på …)`: a bracket that says who someone is.
_WHO_BRACKET_RE: Final = re.compile(r"\((?:som|hon|han)[ \t]")
_NAME_BEFORE_WHO_RE: Final = re.compile(rf"(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]*$")
# `registrerad på Nittaya Thongdee`, `ägs av Waseem Shehadeh`: a vehicle's or a thing's owner.
_OWNER_RE: Final = re.compile(
    rf"\b(?:registrerad|registrerat|skriven|skrivet|ägd|ägt)[ \t]+(?:på|av)[ \t]+(?P<n>{_NAME}){_NAME_END}"
    rf"|\bägs[ \t]+av[ \t]+(?P<m>{_NAME}){_NAME_END}"
)
_OWNER_WORDS: Final = ("registrerad", "registrerat", "skriven", "skrivet", "ägd", "ägt", "ägs")
_AN_OWNER_WORD: Final = any_word(*_OWNER_WORDS)
# Stop 26, round 21 (from blind 21's misses):
# a list's line that opens with a person and a dash: `Ladan – hämtas av mormor`.
_LINE_DASH_RE: Final = re.compile(
    rf"(?m)^[ \t]*(?:[-•*][ \t]*)?(?P<n>{_CAP}(?:[ \t]+{_CAP})?)[ \t]+[–—-][ \t]+(?=[a-zåäö])"
)
# `RIP Dardan`: whom a memorial tag names.
_RIP_RE: Final = re.compile(rf"(?<![\w-])RIP[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP})?)")
# a signature after `//` at a text's end: `// Soran`.
_SLASHES_END_RE: Final = re.compile(rf"(?:^|[ \t\n])//[ \t]*(?P<n>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*\Z")
# who did it, in lowercase after a participle and `av`: `mobbad av hala`, `uppringd av bethlehem`.
# The scan starts at `av` and reads the participle before it in a short window (issue 16).
_BY_LOWER_RE: Final = re.compile(
    r"[ \t]av[ \t]+(?P<n>[a-zåäöéüø]{3,14}(?:[ \t]+[a-zåäöéüø]{3,14})?)"
    r"(?=[ \t]*[.,;:!?)]|[ \t]+(?:i|på|och|o|vid)[ \t]|\Z)"
)
_PARTICIPLE_BEFORE_RE: Final = re.compile(r"(?<![\w-])[a-zåäö]{3,}(?:ad|at|en|et|ade|ds|dd)$")
# the last cell of a report row with no header: `8 oktober;08:50;Eriksbo;Inbrott …;Polisanmälan;Biret Pavval`.
_ROW_END_RE: Final = re.compile(
    rf"(?m)^(?=[^\n;]*[0-9])[^\n;]*(?:;[^\n;]*){{3,}};[ \t]*(?P<n>{_CAP}(?:,?[ \t]+{_CAP}){{0,2}})[ \t]*\r?$"
)
_TAG_WORDS: Final = ("tags", "taggar", "taggen", "taggat", "taggade", "dm")
# (and whom to write to for the address of a party: `DM Beki för adress`)
_TAG_RE: Final = re.compile(rf"(?<![\w-])(?i:{'|'.join(_TAG_WORDS)})[ \t]+(?P<n>{_CAP})")
_A_TAG_WORD: Final = any_word(*_TAG_WORDS)


def _person(words: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """Every word a listed name, a word that is nothing else, or one that is no frequent Swedish word, place,
    organisation or role: the frame says person (`Vikram` reads as `vik|ram` to the compound rule)."""
    parts = [w for w in words.replace(",", " ").replace(".", " ").split() if len(w) > 1]
    return bool(parts) and all(
        name_word(w, not_names, roles, words_too=True)
        or (other_part(w, not_names, roles) and not _frequent_or_compound(w.lower()))
        for w in parts
    )


def _frequent_or_compound(low: str) -> bool:
    """A word of the lexicon, or a compound too long to be a place's head and a short word (`vik|ram`)."""
    return low in lexicon() or low in domain_words() or (len(low) > _SHORT and known_word(low))


_SHORT: Final = 7  # a compound of two words of four letters or more is longer


def _last_person(
    match: re.Match[str], not_names: frozenset[str], roles: frozenset[str]
) -> tuple[int, int] | None:
    """The span of the longest run of the name group's last words that names a person: before an age the
    window may begin with a word of the sentence (`Omhändertagen Lisa Berg (33)`)."""
    start, end = match.span("n")
    for gap in (None, *(m.end() for m in _GAP_RE.finditer(match.group("n")))):
        s = start if gap is None else start + gap
        if _person(match.string[s:end], not_names, roles):
            return s, end
    return None


_GAP_RE: Final = re.compile(r"(?<!,)[ \t]+(?=[A-ZÅÄÖÀ-Þ])")


def _organisation(words: str) -> bool:
    return words in ORGANISATIONS or words in _SPEAKING_BODIES


def _called_lower(word: str, roles: frozenset[str]) -> bool:
    """After `heter` a listed given name, a word too (`lena`, `sten`), or a word like no Swedish word."""
    return (
        word not in FUNCTION_WORDS
        and word not in roles
        and (word.title() in FIRST_NAMES or word in LOWER_ANY or lower_name_word(word))
    )


def names_before_phones(
    text: str, phones: list[tuple[int, int]], not_names: frozenset[str], roles: frozenset[str]
) -> list[tuple[int, int]]:
    """The person a phone number follows, in brackets or after a comma (`Mersiha (070-…) sms:ade`)."""
    out: list[tuple[int, int]] = []
    for start, _end in phones:
        named = _NAME_BEFORE_PHONE_RE.search(text, max(0, start - 60), start)
        if named is None or _AT_BEFORE_RE.search(text, max(0, named.start() - 8), named.start()):
            continue  # a workplace's number: `Kontakt D. González på Taxi Kurir, 0156-…`
        if span := _last_person(named, not_names, roles):
            out.append(span)
    return out


def _lower_name(word: str, roles: frozenset[str]) -> bool:
    return word not in FUNCTION_WORDS and word not in roles and (word in LOWER_ANY or not known_word(word))


# What some frame above needs, asked once: most texts need none of them (issue 16).
_A_FRAME_WORD: Final = any_word(
    *_GRADE_WORDS,
    *_CASE_NOTE_WORDS,
    *_CHECK_VERBS,
    *_CALLED_WORDS,
    *_ME_WORDS,
    *_ACCORDING_WORDS,
    *_OWNER_WORDS,
    *_TAG_WORDS,
)
_FRAME_CHARACTERS_RE: Final = re.compile(r"[(;–—]|//|RIP| - | mot |anmäl| av ")


def _might_name(text: str) -> bool:
    return (
        _FRAME_CHARACTERS_RE.search(text) is not None or (":" in text and "," in text) or _A_FRAME_WORD(text)
    )


def find_case_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the people the case frames above name."""
    return _case_names(text, not_names, roles) if _might_name(text) else []


def _case_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _AGE_RE.finditer(text) if "(" in text else ():
        named = _NAME_BEFORE_AGE_RE.search(text, max(0, m.start() - 80), m.start())
        if named is None or _PLACE_BEFORE_RE.search(text, max(0, named.start() - 30), named.start()):
            continue  # a road's number after a junction: `trafikplats Lundåkra (24)`
        if span := _last_person(named, not_names, roles):
            out.append(span)
    for m in _AGAINST_RE.finditer(text) if " mot " in text and _A_AGAINST_WORD(text) else ():
        if _person(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _CONCERN_RE.finditer(text) if "anmäl" in text and _A_CONCERN_WORD(text) else ():
        if _person(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _GRADE_RE.finditer(text) if _A_GRADE_WORD(text) else ():
        named = _NAME_BEFORE_GRADE_RE.search(text, max(0, m.start() - 50), m.start())
        if named is None:
            lower = _LOWER_BEFORE_GRADE_RE.search(text, max(0, m.start() - 30), m.start())
            if lower is not None and _called_lower(lower.group("n"), roles):
                out.append(lower.span("n"))  # `sa sean i 6A`
            continue
        if span := _last_person(named, not_names, roles):
            out.append(span)
    for m in _CASE_NOTE_RE.finditer(text) if _A_CASE_NOTE_WORD(text) else ():
        n = m.group("n")
        if (_person(n, not_names, roles) if n[:1].isupper() else _lower_name(n, roles)) and (
            n not in place_words()
        ):
            out.append(m.span("n"))
    for m in _SPEAKER_RE.finditer(text) if ":" in text and "," in text else ():
        body = _BODY_AT_LINE_START_RE.search(text, max(0, m.start() - 40), m.start())
        if body is not None and _organisation(body.group("o")) and _person(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _BRACKETED_NAME_RE.finditer(text) if "(" in text else ():
        body = _BODY_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if body is not None and _organisation(body.group("o")) and _person(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _CHECK_RE.finditer(text) if _A_CHECK_WORD(text) else ():
        n = m.group("n")
        if n not in place_words() and name_word(n, not_names, roles, words_too=True):
            out.append(m.span("n"))
    for m in _CALLED_RE.finditer(text) if _A_CALLED_WORD(text) else ():
        n = m.group("n")
        if _person(n, not_names, roles) if n[:1].isupper() else _called_lower(n, roles):
            out.append(m.span("n"))
    for m in _WITH_ME_RE.finditer(text) if _A_ME_WORD(text) else ():
        group = "a" if m.group("a") is not None else "b"
        if _person(m.group(group), not_names, roles) and m.group(group) not in place_words():
            out.append(m.span(group))
    for m in _AND_OTHERS_RE.finditer(text) if "fl" in text or "flera" in text else ():
        if _person(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _ACCORDING_RE.finditer(text) if _AN_ACCORDING_WORD(text) else ():
        n = m.group("n")
        if not _organisation(n) and n not in place_words() and _person(n, not_names, roles):
            out.append(m.span("n"))
    for m in _WHO_BRACKET_RE.finditer(text) if "(" in text else ():
        named = _NAME_BEFORE_WHO_RE.search(text, max(0, m.start() - 60), m.start())
        if named is not None and (span := _last_person(named, not_names, roles)):
            out.append(span)
    for m in _OWNER_RE.finditer(text) if _AN_OWNER_WORD(text) else ():
        group = "n" if m.group("n") is not None else "m"
        if not _organisation(m.group(group)) and _person(m.group(group), not_names, roles):
            out.append(m.span(group))
    for m in _LINE_DASH_RE.finditer(text) if "–" in text or "—" in text or " - " in text else ():
        n = m.group("n")
        # one word only when a list holds it as no word (`Seriekrock - en skadad` is a heading)
        if " " not in n and not (n in ANY_NAME and n not in AMBIGUOUS):
            continue
        if not _organisation(n) and _person(n, not_names, roles):
            out.append(m.span("n"))
    for m in _RIP_RE.finditer(text) if "RIP" in text else ():
        if _person(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _SLASHES_END_RE.finditer(text) if "//" in text else ():
        if not _organisation(m.group("n")) and _person(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _BY_LOWER_RE.finditer(text) if " av " in text else ():
        # a listed given name that is no word (`träffad av sten`, `skadad av tillhygge` are things)
        if all(
            w.title() in FIRST_NAMES and w.title() not in AMBIGUOUS for w in m.group("n").split()
        ) and _PARTICIPLE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            out.append(m.span("n"))
    for m in _ROW_END_RE.finditer(text) if ";" in text else ():
        if not _organisation(m.group("n")) and _person(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _TAG_RE.finditer(text) if _A_TAG_WORD(text) else ():
        if _person(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    return out
