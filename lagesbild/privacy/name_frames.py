"""Names in frames the other finders leave (issue 14, sixth round).

Each rule is a frame that introduces a person whatever the word is, so names of any origin are found:

* an apposition after a person noun: `en mamma, Shukria, vars son`, `en äldre kille, Bamse, säljer`;
* a graffiti tag or written name in quotes: `Klotter med texten "Molle"`, `taggen "Slimmy"`;
* a nickname in parentheses after a capitalised word, before `och`/`,`/`samt`: `Inger (Smurfen) och`,
  `kontakt med Soran (Ziggy) och två till`;
* who someone said they were: `presenterade sig som Kanya`;
* whose number it is: `nå Freshta på 073-…`, `ring ninwa 070 …` (the word between the verb and a number);
* a first word that only a person fills: `Tarik jobbar på …`, `Ebru från Stena Fastigheter larmade`;
* a reporter written as `Meron på Avarn Security` (the whole field, the organisation known), or as a
  name alone or beside an organisation: `Aram Xoshnaw, ABF`, `Studiefrämjandet / Nahrin Lahdo`,
  `Arslan, Serkan (Securitas)`;
* a lowercase nickname after `en kallad` / `kille kallad`: `en kallad kenta verkade`.

The word tests of name_cue_words.py keep places, organisations, roles and function words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from lagesbild.privacy.name_cue_words import CAP, LOW, PERSON_NOUNS, after_place_prep, lower_ok, person_ok
from lagesbild.privacy.name_signal_gates import Gated, GatePlan
from lagesbild.privacy.name_signal_words import DEFINITE
from lagesbild.privacy.name_unknown import ORGANISATIONS, SHORT_FORMS, known_word, place_words, unknown_word
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS, organisation_form
from lagesbild.privacy.speech import ORG_ENDINGS

_Q_OPEN: Final = "\"“”'»«‘’"
_KIN: Final = (
    r"mamma|pappa|mor|far|förälder|granne|elev|tjej|kille|vän|kompis|bror|syster|son|dotter|besökare"
)
APPOSITION_RE: Final = re.compile(
    rf"\b(?:en|ett|min|vår|hans|hennes)[ \t]+(?:[^\W\d_]+[ \t]+)?(?:{PERSON_NOUNS}|{_KIN}),[ \t]+"
    rf"(?P<n>{CAP}),[ \t]"
)
TAG_RE: Final = re.compile(
    r"\b(?:texten|taggen|tagg|taggat|signaturen)[ \t]+"
    rf"[{_Q_OPEN}](?P<n>[^\W\d_][\w-]*(?:[ \t][\w-]+)?)[{_Q_OPEN}]"
)
PAREN_NICK_RE: Final = re.compile(
    rf"(?P<a>{CAP})[ \t]+\((?P<n>{CAP})\)(?=[ \t]*(?:,|och\b|samt\b|m\.fl\b|o\b))"
)
PRESENTED_RE: Final = re.compile(
    rf"\bpresenterade[ \t]+(?:sig|han|hon)[ \t]+som[ \t]+(?P<n>{CAP}(?:[ \t]+{CAP})?)"
)
PHONE_OF_RE: Final = re.compile(
    r"\b(?:nå|ring|ringa|ringde|sms:a|kontakta|kontaktade)[ \t]+"
    rf"(?P<n>{CAP}|{LOW})[ \t]+(?:på[ \t]+)?(?=\+?\d)"
)
WORKS_AT_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;)]))[ \t\n]*(?P<n>{CAP})[ \t]+"
    r"(?:jobbar|jobbade|arbetar|arbetade|praktiserar)[ \t]+(?:på|hos|vid|i)\b"
)
FROM_ORG_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;)]))[ \t\n]*(?P<n>{CAP})[ \t]+från[ \t]+(?:{CAP}[ \t]+){{0,2}}{CAP}[ \t]+"
    r"(?:larmade|ringde|meddelade|berättade|rapporterade|mejlade|tipsade|hörde)\b"
)
REPORTER_RE: Final = re.compile(rf"^[ \t]*(?P<n>{CAP})[ \t]+(?:på|från)[ \t]+(?P<org>[^\n]+?)[ \t]*$")
_ORGP: Final = r"[^\W\d_][^()\n/,]{0,40}?"
FIELD_NAME_RE: Final = re.compile(
    rf"^[ \t]*(?:(?P<o1>{_ORGP})[ \t]*/[ \t]*)?(?P<n>{CAP}[ \t]+{CAP}|{CAP},[ \t]*{CAP})"
    rf"(?:[ \t]*,[ \t]*(?P<o2>{_ORGP})|[ \t]*\((?P<o3>{_ORGP})\))?[ \t]*$"
)
LOWER_CALLED_RE: Final = re.compile(
    rf"\b(?:(?:en|kille|tjej|killen|tjejen)[ \t]+kallad|heter|hette|vid[ \t]+namn)[ \t]+(?P<n>{LOW})\b"
)
VICTIM_OF_RE: Final = re.compile(
    r"\b(?:hotad|hotades|slagen|misshandlad|rånad|trakasserad|mobbad|knivhuggen|nedslagen|knuffad)"
    rf"(?:[ \t]+(?!av\b|delen\b|närhet)[^\W\d_]+){{0,3}}[ \t]+av[ \t]+(?P<n>{CAP})(?![ \t]+{CAP})"
)
PAIR_VERB_RE: Final = re.compile(
    rf"(?:^|(?<=[,:;.!?]))[ \t]*(?P<a>{CAP})[ \t]+och[ \t]+(?P<n>{CAP})[ \t]+"
    r"(?:fick|fått|har|hade|blev|var|kom|gick|sprang|bråkade|slogs|hotade)\b"
)
# A person in brackets after a role or an institution: `Föraren (Dina) rapporterar`, `Polisen (Desta)
# vill`, `Räddningstjänsten (Per-Mikkel Marainen)` (stop 23).
_LIST_SEP: Final = r"(?:[ \t]*,[ \t]*|[ \t]+och[ \t]+)"
ROLE_PAREN_RE: Final = re.compile(
    rf"\((?P<n>{CAP}(?:[ \t]+{CAP}){{0,2}}(?:{_LIST_SEP}{CAP}(?:[ \t]+{CAP})?){{0,5}})\)"
)
# A listed name before the organisation the person is at: `kollar med Holm på Coop`, `Inga från
# Sörmlandstrafiken informerad`, `Dag från Rikshem` (stop 23); since stop 27 also an organisation of two
# words and a unit in lowercase (`Lisa på Sundsvalls kommun:`, `Frank från centrumledningen låste`).
AT_ORG_RE: Final = re.compile(
    rf"(?P<n>{CAP})[ \t]+(?:på|från|hos)[ \t]+"
    rf"(?:(?P<org>{CAP})(?:[ \t]+(?P<org2>[^\W\d_]+))?|(?P<unit>{LOW}))"
)
_UNIT_ENDINGS: Final = (*ORG_ENDINGS, "ledningen", "kommunen", "polisen", "föreningen", "centralen")
_WORD_BEFORE_RE: Final = re.compile(r"([^\W\d_]{3,})[ \t]+$")
ORG_PAREN_RE: Final = re.compile(rf"^[ \t]*(?P<org>[^()\n]+?)[ \t]*\((?P<n>{CAP}(?:[ \t]+{CAP})?)\)[ \t]*$")


# Each frame scanned only when the text has a word (or character) each of its matches holds; most texts
# have none of them. The gates are asked at once per text (`needed_frames`), as the signal gates are.
_FRAMES: Final = GatePlan()
# Every match has two commas and one of the words before its noun as a whole word.
_APPOSITION = _FRAMES.gate(
    APPOSITION_RE, whole=("en", "ett", "min", "vår", "hans", "hennes"), also=lambda text: text.count(",") >= 2
)
_PRESENTED = _FRAMES.gate(PRESENTED_RE, chars=("presenterade",))
_TAG = _FRAMES.gate(TAG_RE, chars=("tagg", "texten", "signaturen"))
_PAREN_NICK = _FRAMES.gate(PAREN_NICK_RE, chars=("(",))
_PHONE_OF = _FRAMES.gate(
    PHONE_OF_RE, whole=("nå", "ring", "ringa", "ringde", "sms", "kontakta", "kontaktade")
)
_WORKS_AT = _FRAMES.gate(WORKS_AT_RE, whole=("jobbar", "jobbade", "arbetar", "arbetade", "praktiserar"))
_FROM_ORG = _FRAMES.gate(
    FROM_ORG_RE,
    whole=("larmade", "ringde", "meddelade", "berättade", "rapporterade", "mejlade", "tipsade", "hörde"),
    also=lambda text: "från" in text,
)
_VICTIM_OF = _FRAMES.gate(
    VICTIM_OF_RE,
    whole=(
        "hotad", "hotades", "slagen", "misshandlad", "rånad", "trakasserad", "mobbad", "knivhuggen",
        "nedslagen", "knuffad",
    ),
)  # fmt: skip
_PAIR_VERB = _FRAMES.gate(
    PAIR_VERB_RE,
    whole=(
        "fick", "fått", "har", "hade", "blev", "var", "kom", "gick", "sprang", "bråkade", "slogs", "hotade",
    ),
    also=lambda text: "och" in text,
)  # fmt: skip
_ORG_PAREN = _FRAMES.gate(ORG_PAREN_RE, chars=("(",))
_ROLE_PAREN = _FRAMES.gate(ROLE_PAREN_RE, chars=("(",))
_AT_ORG = _FRAMES.gate(AT_ORG_RE, whole=("på", "från", "hos"))
_REPORTER = _FRAMES.gate(REPORTER_RE, whole=("på", "från"))
_LOWER_CALLED = _FRAMES.gate(LOWER_CALLED_RE, whole=("kallad", "heter", "hette", "namn"))


def needed_frames(text: str) -> set[Gated]:
    """The frame gates above whose pattern `text` needs scanned (those whose `needs(text)` holds)."""
    return _FRAMES.needed(text)


_NAME_END_RE: Final = re.compile(r"[^\W\d_]|\)")


def _field_shaped(text: str) -> bool:
    """What every FIELD_NAME_RE match implies: at most two commas, and the text ends in a name's letter
    or `)`, or after its last comma in at most 41 characters (an organisation)."""
    commas = text.count(",")
    if commas > 2:
        return False
    if _NAME_END_RE.fullmatch(text.rstrip(" \t\n")[-1:]):
        return True
    return commas > 0 and len(text[text.rfind(",") + 1 :].strip(" \t\n")) <= 41


def _org(text: str) -> bool:
    """An organisation as a reporter's employer: an acronym or a word with an organisation's ending."""
    words = text.split()
    if not 1 <= len(words) <= 3 or not words[0][:1].isupper() or re.search(r"[\d,.;:]", text):
        return False
    return any(w.isalpha() and w.isupper() and len(w) >= 2 for w in words) or words[-1].lower().endswith(
        ORG_ENDINGS
        + ("kyrkan", "security", "fastigheter", "bostäder", "föreningen", "råd", "främjandet", "vandrarna")
    )


def _organisation(word: str) -> bool:
    """A listed organisation, an acronym, or a word with an organisation's ending (`Nyköpingshem`)."""
    low = word.lower()
    return word in ORGANISATIONS or (word.isupper() and len(word) >= 2) or low.endswith(_ORG_WORD_ENDINGS)


_ORG_WORD_ENDINGS: Final = (
    *ORG_ENDINGS, "hem", "bostäder", "trafiken", "jouren", "kyrkan", "föreningen", "kommun", "polisen",
    "tjänsten", "gården", "huset",
)  # fmt: skip


def _role_or_institution(word: str, roles: frozenset[str]) -> bool:
    """A role or a word of the lexicon that names no one (`Föraren`, `Polisen`, `Störningsjour`)."""
    return word.lower() in roles or (
        known_word(word) and word not in ANY_NAME and word.title() not in ANY_NAME
    )


def _bracketed_name(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A listed or unknown word, no place or organisation (a word of the lexicon is a thing: `(Halsband)`);
    a listed name that is a function word too, capitalised there, is the name (`Chaufförerna (Snežana,
    Dina)`)."""
    if word in ANY_NAME and word.lower() in FUNCTION_WORDS and word[:1].isupper() and word not in not_names:
        return True
    if not _cap_ok(word, not_names, roles) or word in place_words() or word in ORGANISATIONS:
        return False
    return word in ANY_NAME or unknown_word(word, not_names, roles)


def _cap_ok(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    return person_ok(word, not_names, roles) and not word.isupper()


def find_frame_names(
    text: str, taken: list[tuple[int, int]], roles: frozenset[str], not_names: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of names that the frames above introduce and that no other finder took."""
    out: list[tuple[int, int]] = []
    need = needed_frames(text)

    def scan(gated: Gated) -> Iterator[re.Match[str]] | tuple[()]:
        return gated.pattern.finditer(text) if gated in need else ()

    for rx in (_APPOSITION, _PRESENTED):
        for m in scan(rx):
            if all(_cap_ok(w, not_names, roles) for w in m.group("n").split()):
                out.append(m.span("n"))
    for m in scan(_TAG):
        out.append(m.span("n"))
    for m in scan(_PAREN_NICK):
        a, n = m.group("a"), m.group("n")
        if (
            _cap_ok(a, not_names, roles)
            and _cap_ok(n, not_names, roles)
            and not after_place_prep(text, m.start())
        ):
            out += [m.span("a"), m.span("n")]
    for m in scan(_PHONE_OF):
        n = m.group("n")
        ok = _cap_ok(n, not_names, roles) if n[:1].isupper() else lower_ok(n, roles)
        if ok and not n.lower().endswith(DEFINITE + ("ln", "rn", "na", "ar", "er")):  # "ring växeln 08-…"
            out.append(m.span("n"))
    for rx in (_WORKS_AT, _FROM_ORG):
        for m in scan(rx):
            n = m.group("n")
            if _cap_ok(n, not_names, roles) and not n.lower().endswith(DEFINITE):
                out.append(m.span("n"))
    for m in scan(_VICTIM_OF):
        if _cap_ok(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in scan(_PAIR_VERB):
        if all(_cap_ok(m.group(g), not_names, roles) for g in "an") and not after_place_prep(
            text, m.start("a")
        ):
            out += [m.span("a"), m.span("n")]
    for m in scan(_ROLE_PAREN):
        before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        words = m.group("n").replace(",", " ").split()
        if before and _role_or_institution(before.group(1), roles):
            if all(w == "och" or _bracketed_name(w, not_names, roles) for w in words):
                out.append(m.span("n"))  # `Föraren (Dina)`, `Fältgruppen (Jeyakumar, Gareth, Dag)`
    for m in scan(_AT_ORG):
        n, org, org2, unit = m.group("n", "org", "org2", "unit")
        at_org = (
            _organisation(org) or (org2 is not None and organisation_form(f"{org} {org2}"))
            if org is not None
            else unit.endswith(_UNIT_ENDINGS)
        )
        if (n in ANY_NAME or n in SHORT_FORMS) and _cap_ok(n, not_names, roles) and at_org:
            if n not in place_words() and not after_place_prep(text, m.start()):
                out.append(m.span("n"))
    op = _ORG_PAREN.pattern.match(text) if _ORG_PAREN in need else None
    if op and _org(op.group("org")) and all(_cap_ok(w, not_names, roles) for w in op.group("n").split()):
        out.append(op.span("n"))
    fm = FIELD_NAME_RE.match(text) if _field_shaped(text) else None
    if fm and all(_cap_ok(w.strip(","), not_names, roles) for w in fm.group("n").split()):
        orgs = [fm.group(g) for g in ("o1", "o2", "o3") if fm.group(g)]
        inverted = "," in fm.group("n")  # "Arslan, Serkan" only with its organisation in parentheses
        # A bare pair needs a listed name: police titles read "Inbrott Sparreholm", "Explosion Bäckby".
        listed = any(w.strip(",") in ANY_NAME for w in fm.group("n").split())
        if all(_org(o) for o in orgs) and (fm.group("o3") or not inverted) and (orgs or listed):
            out.append(fm.span("n"))  # a reporter field: "Aram Xoshnaw, ABF", "Arslan, Serkan (Securitas)"
    rm = _REPORTER.pattern.match(text) if _REPORTER in need else None
    if rm and _cap_ok(rm.group("n"), not_names, roles) and _org(rm.group("org")):
        out.append(rm.span("n"))
    for m in scan(_LOWER_CALLED):
        if lower_ok(m.group("n"), roles):
            out.append(m.span("n"))
    return [s for s in out if not any(a <= s[0] and s[1] <= b for a, b in taken)]
