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
from typing import Final

from lagesbild.privacy.name_cue_words import CAP, LOW, PERSON_NOUNS, after_place_prep, lower_ok, person_ok
from lagesbild.privacy.name_signal_gates import Gated, any_word
from lagesbild.privacy.name_signal_words import DEFINITE
from lagesbild.privacy.name_unknown import ORGANISATIONS, SHORT_FORMS, known_word, place_words, unknown_word
from lagesbild.privacy.name_words import ANY_NAME
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
# Sörmlandstrafiken informerad`, `Dag från Rikshem` (stop 23).
AT_ORG_RE: Final = re.compile(rf"(?P<n>{CAP})[ \t]+(?:på|från|hos)[ \t]+(?P<org>{CAP})")
_WORD_BEFORE_RE: Final = re.compile(r"([^\W\d_]{3,})[ \t]+$")
ORG_PAREN_RE: Final = re.compile(rf"^[ \t]*(?P<org>[^()\n]+?)[ \t]*\((?P<n>{CAP}(?:[ \t]+{CAP})?)\)[ \t]*$")


# Each frame scanned only when the text has a word (or character) each of its matches holds; most texts
# have none of them.
_APPOSITION = Gated(APPOSITION_RE, lambda text: text.count(",") >= 2)
_PRESENTED = Gated(PRESENTED_RE, lambda text: "presenterade" in text)
_TAG = Gated(TAG_RE, lambda text: "tagg" in text or "texten" in text or "signaturen" in text)
_PAREN_NICK = Gated(PAREN_NICK_RE, lambda text: "(" in text)
_PHONE_OF = Gated(PHONE_OF_RE, any_word("nå", "ring", "ringa", "ringde", "sms", "kontakta", "kontaktade"))
_WORKS_AT = Gated(WORKS_AT_RE, any_word("jobbar", "jobbade", "arbetar", "arbetade", "praktiserar"))
_FROM_ORG_VERB = any_word(
    "larmade", "ringde", "meddelade", "berättade", "rapporterade", "mejlade", "tipsade", "hörde"
)  # fmt: skip
_FROM_ORG = Gated(FROM_ORG_RE, lambda text: "från" in text and _FROM_ORG_VERB(text))
_VICTIM_OF = Gated(
    VICTIM_OF_RE,
    any_word(
        "hotad", "hotades", "slagen", "misshandlad", "rånad", "trakasserad", "mobbad", "knivhuggen",
        "nedslagen", "knuffad",
    ),
)  # fmt: skip
_PAIR_VERB_WORD = any_word("fick", "fått", "har", "hade", "blev", "var", "kom", "gick", "sprang", "bråkade",
                           "slogs", "hotade")  # fmt: skip
_PAIR_VERB = Gated(PAIR_VERB_RE, lambda text: "och" in text and _PAIR_VERB_WORD(text))
_ORG_PAREN = Gated(ORG_PAREN_RE, lambda text: "(" in text)
_ROLE_PAREN = Gated(ROLE_PAREN_RE, lambda text: "(" in text)
_AT_ORG = Gated(AT_ORG_RE, any_word("på", "från", "hos"))
_REPORTER = Gated(REPORTER_RE, any_word("på", "från"))
_LOWER_CALLED = Gated(LOWER_CALLED_RE, any_word("kallad", "heter", "hette", "namn"))
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
    """A listed or unknown word, no place or organisation (a word of the lexicon is a thing: `(Halsband)`)."""
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
    for rx in (_APPOSITION, _PRESENTED):
        for m in rx.finditer(text):
            if all(_cap_ok(w, not_names, roles) for w in m.group("n").split()):
                out.append(m.span("n"))
    for m in _TAG.finditer(text):
        out.append(m.span("n"))
    for m in _PAREN_NICK.finditer(text):
        a, n = m.group("a"), m.group("n")
        if (
            _cap_ok(a, not_names, roles)
            and _cap_ok(n, not_names, roles)
            and not after_place_prep(text, m.start())
        ):
            out += [m.span("a"), m.span("n")]
    for m in _PHONE_OF.finditer(text):
        n = m.group("n")
        ok = _cap_ok(n, not_names, roles) if n[:1].isupper() else lower_ok(n, roles)
        if ok and not n.lower().endswith(DEFINITE + ("ln", "rn", "na", "ar", "er")):  # "ring växeln 08-…"
            out.append(m.span("n"))
    for rx in (_WORKS_AT, _FROM_ORG):
        for m in rx.finditer(text):
            n = m.group("n")
            if _cap_ok(n, not_names, roles) and not n.lower().endswith(DEFINITE):
                out.append(m.span("n"))
    for m in _VICTIM_OF.finditer(text):
        if _cap_ok(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _PAIR_VERB.finditer(text):
        if all(_cap_ok(m.group(g), not_names, roles) for g in "an") and not after_place_prep(
            text, m.start("a")
        ):
            out += [m.span("a"), m.span("n")]
    for m in _ROLE_PAREN.finditer(text):
        before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        words = m.group("n").replace(",", " ").split()
        if before and _role_or_institution(before.group(1), roles):
            if all(w == "och" or _bracketed_name(w, not_names, roles) for w in words):
                out.append(m.span("n"))  # `Föraren (Dina)`, `Fältgruppen (Jeyakumar, Gareth, Dag)`
    for m in _AT_ORG.finditer(text):
        n = m.group("n")
        if (
            (n in ANY_NAME or n in SHORT_FORMS)
            and _cap_ok(n, not_names, roles)
            and _organisation(m.group("org"))
        ):
            if n not in place_words() and not after_place_prep(text, m.start()):
                out.append(m.span("n"))
    op = _ORG_PAREN.match(text)
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
    rm = _REPORTER.match(text)
    if rm and _cap_ok(rm.group("n"), not_names, roles) and _org(rm.group("org")):
        out.append(rm.span("n"))
    for m in _LOWER_CALLED.finditer(text):
        if lower_ok(m.group("n"), roles):
            out.append(m.span("n"))
    return [s for s in out if not any(a <= s[0] and s[1] <= b for a, b in taken)]
