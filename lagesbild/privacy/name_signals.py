"""Names marked by signals the other finders leave (issue 14, fifth round).

Each rule reads how people write a person, not a list of names, so names of any origin are found:

* a role word, also abbreviated (`vaktm.`, `insp.`, `bitr. rektor`, `fsk`), before a surname in capitals
  (`rektor KUOLJOK`), with a noble particle (`områdesvärd af Ugglas`) or a surname that is also a place
  (`fältass. Berg`); after a role that only a person holds (`fsk`, `förare`, `hyresgäst`, `kontakt`) one
  or two lowercase words that have no shape of a Swedish word (`fsk arben morina hittade`);
* two or three words in capitals in a text written in mixed case, when they are not acronyms or Swedish
  words (`gäller ANONG THONGCHAI`, `förstahandshyresgäst KANYA SRISUK`);
* a found name grows over a particle surname (`… af Klercker`, `… al-Hassan`), over an adjacent
  capitalised word (`Áilu Päiviö` when one half was found) and over a word in capitals before it;
* nicknames: `den s.k. X`, `X (smeknamn)`, `<name>, även kallad X`, a name beside a found name in
  parentheses (`Bullen (Máret Kuoljok)`), a capitalised word before a parenthesised name and a verb only
  a person does (`Chico (Máret) greps`);
* a signature (`… /Somchai`, `/JANI TAIKON, Nacka Energi`);
* a capitalised word at a clause's start before a verb of writing or telling and `att` or `:`
  (`Hibaq skriver att`), a word-name at the start of a quotation before a verb (`"Björn var inte där"`);
* a genitive before a family or home word (`Birets moster`, `Ratanas lägenhet`, `Golnaz mamma`);
* the members of a list of people (`Deltagare 14 mars: …, Aday Gabro`, `Inblandade: …; Bo`);
* lowercase: `tack X Y!`, `ang. X:`, `bl.a. X och Y`, `X Y e tillbaka` first in a text.

Every rule keeps what is a place, an organisation or an acronym (`Fisksätra centrum`, `Nacka Energi`,
`SL`, `LOB`): the word tests of name_cue_words.py apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from lagesbild.privacy.name_cue_words import (
    CAP,
    LOW,
    NOT_PERSON,
    NOUN_ENDINGS,
    UP,
    clause_start,
    lower_ok,
    person_ok,
    strong_lower_ok,
)
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS, LOWER_ANY
from lagesbild.privacy.names import AMBIGUOUS, FIRST_NAMES, LAST_NAMES
from lagesbild.privacy.speech import QUOTES

__all__ = ["find_signal_names"]

_W: Final = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
_CAPSW: Final = rf"[{UP}][{UP}]+(?:-[{UP}]+)?"
_PART: Final = r"(?:af|von|de|van|der|al|el|bin|ibn|AF|VON|DE|VAN|AL|EL)"
# Roles that precede a person's name in reports, in full and abbreviated.
_ROLES: Final = frozenset(
    """väktare vakt vaktm vaktmästare fsk fastighetsskötare bovärd områdesvärd ov fältare fältass
    fältassistent kpol kommunpolis insp polisinsp inspektör polisinspektör rektor kurator samordnare
    fritidsledare fritidsl nattvandrare ordningsvakt förare ägare hyresgäst boende lägenhetsinnehavare
    förstahandshyresgäst andrahandshyresgäst kontaktperson kontakt ansv ansvarig ledare målsägande
    anmälare trygghetsvärd värd sekr socialsekr handläggare polis polisassistent ass krinsp""".split()
)
# Roles after which one or two lowercase words are a name: abbreviations and titles nobody writes
# before a noun ("fsk arben morina hittade"); after the roles of police language ("förare", "ägare",
# "väktare") only before a comma, a parenthesis, a number or the end ("förare sargon, snr …").
_LOWER_ROLES: Final = frozenset(
    """vaktm fsk fastighetsskötare bovärd områdesvärd fältare fältass kpol lägenhetsinnehavare
    förstahandshyresgäst kontaktperson trygghetsvärd ov""".split()
)
_LOWER_ROLES_END: Final = frozenset("förare ägare hyresgäst kontakt väktare målsägande anmälare".split())
_END_AFTER_RE: Final = re.compile(r"[ \t]*(?:$|[,;(\[\n]|\+?[0-9][0-9 -]{5,})")
# Capitals that are no names: acronyms of organisations, units and Swedish words in capitals.
_ACRONYMS: Final = frozenset(
    """SL HSB LOB SOS IF AB BRF EPA ICA IKEA LSS BUP BVC VC SFI KPI UC OK IP GC SMS MMS VD HR IT OBS PS NB
    EU FN USA UK TV PC ID BB AIK IFK LVU LVM SIS IVO KS KF SOC BOU TT TK NU AVARN ST KOLLA VID OCH PÅ
    I OM MED FÖR TILL FRÅN EJ INTE INGEN ALLA MOT AV SKA ÄR HAR VAR DET DEN DE HAN HON BRAND LARM
    POLIS POLISEN VARNING AKUT INFO UPPDATERING UPPDATERAD BROTT STÖLD RÅN INBROTT GRIPEN GRIPNA SLUT
    MISSHANDEL SKADEGÖRELSE NARKOTIKA TRAFIKOLYCKA ÖVRIGT SAMMANFATTNING KVÄLL NATT DAG VECKA
    STORT TACK HJÄLP NYTT NY VIKTIGT""".split()
)
_VOWELS: Final = frozenset("AEIOUYÅÄÖÁÀÉÈÍÓÚÜÝaeiouyåäöáàéèíóúüý")

_ROLE_RE: Final = re.compile(
    r"(?<![\w'’-])(?P<r>(?i:bitr\.[ \t]+rektor|"
    + "|".join(sorted(_ROLES, key=len, reverse=True))
    + r"))\.?:?[ \t]+(?P<n>"
    + rf"{_CAPSW}(?:[ \t]+{_CAPSW})?(?![\w'’-])"
    + rf"|{_PART}[ \t]+{CAP}(?:[ \t]+{CAP})?"
    + rf"|{CAP}"
    + rf"|{LOW}(?:[ \t]+{LOW})?)"
)
_CAPS_RUN_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{_CAPSW}(?:[ \t]+(?:{_PART}[ \t]+)?{_CAPSW}){{1,2}})(?![\w'’-])"
)
_SO_CALLED_RE: Final = re.compile(
    rf"(?<![\w'’-])(?i:den|han|hon|killen|tjejen)[ \t]+(?i:s\.k\.|sk|så[ \t]+kallade|så[ \t]+kallad)[ \t]+"
    rf"(?P<n>{CAP})(?![\w'’-])"
)
_NICK_PAREN_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{CAP})[ \t]+\((?i:smeknamn|smeknamnet|alias|nick|öknamn)\)"
)
_ALSO_CALLED_RE: Final = re.compile(
    rf"[ \t]*,?[ \t]*(?i:även|också)[ \t]+(?i:kallad|kallade|kallas)[ \t]+(?P<n>{CAP})(?![\w'’-])"
)
_ARRESTED: Final = (
    r"greps|grips|anhölls|häktades|omhändertogs|sitter|satt|sågs|syntes|bor|hänger|säljer|sålde|rymde"
    r"|hotade|slog|misshandlade|rånade|stal|sprang|flydde|ska[ \t]+ha"
)
_PAREN_VERB_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;]))[ \t\n]*(?P<a>{CAP}(?:[ \t]+[{UP}]\.)?)[ \t]+\((?P<b>{CAP}(?:[ \t]+{CAP})?)\)"
    rf"[ \t]+(?:{_ARRESTED})\b"
)
_VERB_SUBJECT_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;]))[ \t\n]*(?P<n>{CAP}(?:-{CAP})?)[ \t]+(?:{_ARRESTED})\b"
)
_SIGNATURE_RE: Final = re.compile(
    rf"(?:^|(?<=[ \t\n!.?]))/(?P<n>{CAP}(?:[ \t]+{CAP})?|{_CAPSW}(?:[ \t]+{_CAPSW})?)"
    r"(?=[ \t]*(?:,|$|\n))"
)
_TELLS: Final = (
    r"skriver|skrev|meddelar|meddelade|berättar|berättade|uppger|uppgav|säger|sa|sade|rapporterar"
    r"|rapporterade|mejlar|mejlade|sms:ar|sms:ade|menar|tror|hävdar"
)
_TELLS_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;]))[ \t\n]*(?P<n>{CAP}(?:[ \t]+{CAP})?)[ \t]+(?:{_TELLS})[ \t]*(?:att\b|:)"
)
_TELLS_BEFORE_RE: Final = re.compile(
    rf"(?<![\w'’-])(?i:{_TELLS}|enligt|enl\.)[ \t]+(?P<n>{CAP}(?:[ \t]+{CAP})?|{_CAPSW}(?:[ \t]+{_CAPSW})?)"
    r"(?=[ \t]*(?:[:,]|om\b|att\b|$))"
)
_QUOTE_START_RE: Final = re.compile(
    rf"[{QUOTES}](?P<n>{CAP})[ \t]+(?:var|hade|är|har|ska|sa|kom|gick|blev|tog|slog|sprang|såg|satt"
    r"|sitter|fick|ville|vill|kan|kunde|skulle|brukar)\b"
)
_KIN: Final = (
    r"moster|faster|morbror|farbror|mormor|farmor|morfar|farfar|mamma|pappa|bror|syster|lillebror"
    r"|storebror|lillasyster|storasyster|kusin|son|dotter|sambo|pojkvän|flickvän|fru|lägenhet|lgh"
    r"|lägenheten|bil|cykel|moped|telefon|mobil|rum|dörr|föräldrar|vårdnadshavare|kompis|kompisar"
)
_KIN_RE: Final = re.compile(rf"(?<![\w'’-])(?P<n>{CAP})[ \t]+(?:{_KIN})(?![\w'’-])")
_LIST_HEAD_RE: Final = re.compile(
    r"(?i:deltagare|närvarande|inblandade|personer|kontakter|misstänkta|målsägande|vittnen|gripna)"
    r"(?:[ \t]+[^\n:]{1,20})?:[ \t]*(?P<l>[^\n]+)"
)
_LOWER_AFTER_RE: Final = re.compile(
    rf"(?:(?<![\w'’-])(?i:tack)[ \t]+(?P<a>{LOW}(?:[ \t]+{LOW})?)(?=[ \t]*!)"
    rf"|(?<![\w'’-])(?i:ang\.)[ \t]+(?P<b>{LOW}(?:[ \t]+{LOW})?)(?=[ \t]*:)"
    rf"|(?<![\w'’-])(?i:bl\.a\.|bland[ \t]+dem)[ \t]+(?P<c>{LOW}(?:[ \t]+{LOW})?)"
    r"(?=[ \t]*(?:,|\.|$|och\b|o\b))"
    rf"|(?:^|(?<=[!.?]))[ \t]*(?:hej!?[ \t]+)?(?P<d>{LOW}(?:[ \t]+{LOW})?)[ \t]+(?:e|är|o[ \t]+ngn)[ \t]"
    rf"|(?<=[,;])[ \t]+(?P<e>{LOW}(?:[ \t]+{LOW})?)[ \t]+(?:tjatade|tjatar|frågar|frågade|bråkar|bråkade"
    r"|e[ \t]+tillbaka)\b)"
)
_NOT_THANKED: Final = frozenset("allihop allihopa igen snälla ska för så mycket er dig".split())
_DEFINITE: Final = ("en", "et", "arna", "erna", "orna", "ns", "ts")
_NOT_LOWER_SUBJECT: Final = frozenset(
    """det han hon hen den de vi ni jag man ngn någon allt inget utan av med från till inne ute norr söder
    öster väster nära vid efter under över mellan samt eller inte ej också även bara nu här där""".split()
)


def _caps_word_ok(word: str, not_names: frozenset[str]) -> bool:
    parts = word.split("-")
    return (
        word not in _ACRONYMS
        and word.title() not in not_names
        and all(len(p) >= 2 and _VOWELS.intersection(p) for p in parts)
        and word.lower() not in FUNCTION_WORDS
    )


def _cap_ok(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A capitalised word where a signal says person: a listed name, or no noun for people or things."""
    if word in ANY_NAME and word not in not_names:
        return True
    return person_ok(word, not_names, roles) and not word.lower().endswith(NOUN_ENDINGS)


def _lower_words_ok(words: str, roles: frozenset[str]) -> bool:
    ws = words.split()
    return all(
        w not in _NOT_LOWER_SUBJECT
        and lower_ok(w, roles)
        and (w in LOWER_ANY or not w.endswith(("ps", "gs", "ds", "ks", "des", "tes", "ses", "tas", "nas", "ges")))
        for w in ws
    )


def _strong_lower(words: str, roles: frozenset[str]) -> bool:
    """After a cue that only takes a person ("tack X!", "ang. X:"): no word for people or things."""
    return strong_lower_ok(words, roles) and not any(
        w in _NOT_LOWER_SUBJECT or w in _NOT_THANKED or w.endswith(_DEFINITE) for w in words.split()
    )


def _grow(
    text: str, spans: list[tuple[int, int]], not_names: frozenset[str], roles: frozenset[str]
) -> list[tuple[int, int]]:
    """The found spans grown over particle surnames and adjacent name words."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        s0, e0 = s, e
        chunk = text[s:e]
        caps = chunk.isupper()
        # forward: "… af Klercker", "… al-Hassan", "Áilu Päiviö", "Arta Rexhepi Sindi"
        for _ in range(2 if chunk.split()[-1].lower() not in FUNCTION_WORDS else 0):
            m = re.match(rf"[ \t]+(?:{_PART}[ \t]+)?(?P<w>{_W})(?![\w'’-])", text[e:])
            if not m:
                break
            w = m.group("w")
            particle = m.group().split()[0] != w
            if caps:
                ok = w.isupper() and _caps_word_ok(w, not_names)
            elif w[:1].isupper() and not w.isupper():
                if w.lower().startswith(("al-", "el-")):
                    ok = True
                elif particle:
                    ok = person_ok(w, not_names, roles)
                else:
                    ok = _cap_ok(w, not_names, roles) and not after_is_place(text, e + m.end())
            else:
                ok = False
            if not ok:
                break
            e += m.end()
        # backward: "Ljuba [Caldaras]", "DRITON [SHALA]"
        m = re.search(rf"(?<![\w'’-])(?P<w>{_W})[ \t]+$", text[max(0, s - 40) : s])
        if m:
            w = m.group("w")
            if caps and w.isupper() and _caps_word_ok(w, not_names) and len(w) >= 3:
                s -= len(m.group())
            elif (
                not caps
                and w[:1].isupper()
                and not w.isupper()
                and (w in FIRST_NAMES or chunk.split()[0] in LAST_NAMES)
                and _cap_ok(w, not_names, roles)
                and w.lower() not in roles
            ):
                s -= len(m.group())
        if (s, e) != (s0, e0):
            out.append((s, e))
    return out


def after_is_place(text: str, pos: int) -> bool:
    m = re.match(rf"[ \t]+(?P<w>{_W})", text[pos:])
    return m is not None and m.group("w").lower() in ("gata", "gatan", "väg", "vägen", "torg", "torget", "park")


def find_signal_names(
    text: str,
    found: Iterable[tuple[int, int]],
    roles: frozenset[str],
    not_names: frozenset[str],
) -> list[tuple[int, int]]:
    """Spans of names marked by the signals of the module doc; ``found``: spans the other finders
    returned; ``roles``: person nouns."""
    spans: list[tuple[int, int]] = []
    found = list(found)
    mixed = not text.isupper()

    def add(m: re.Match[str], g: str = "n") -> None:
        spans.append((m.start(g), m.end(g)))

    for m in _ROLE_RE.finditer(text):
        n = m.group("n")
        role = m.group("r").lower()
        first = n.split()[0]
        if first.isupper() and len(first) > 1:
            ws = [w for w in n.split() if not re.fullmatch(_PART, w)]
            if mixed and all(_caps_word_ok(w, not_names) for w in ws):
                add(m)
        elif re.fullmatch(_PART, first):
            if all(person_ok(w, not_names, roles) for w in n.split()[1:]):
                add(m)
        elif first[:1].isupper():
            # after a role any name-like word, also a surname that is a place: "fältass. Berg"
            genitive = first.endswith("s") and re.match(r"[ \t]+[a-zåäö]", text[m.end("n") :])
            if (first in LAST_NAMES or _cap_ok(first, not_names, roles)) and not genitive:
                add(m)  # not "polis Sigfridsborgs skola"
        elif role in _LOWER_ROLES:
            ws = n.split()
            while ws and not _lower_words_ok(" ".join(ws), roles):
                ws.pop()
            if ws:
                spans.append((m.start("n"), m.start("n") + len(" ".join(ws))))
        elif role in _LOWER_ROLES_END and _END_AFTER_RE.match(text, m.end("n")):
            if _lower_words_ok(n, roles):
                add(m)
    if mixed and re.search(rf"[{UP}]{{2}}", text):
        for m in _CAPS_RUN_RE.finditer(text):
            ws = [w for w in m.group("n").split() if not re.fullmatch(_PART, w)]
            if not all(_caps_word_ok(w, not_names) for w in ws):
                continue
            before = text[max(0, m.start() - 25) : m.start()]
            after = text[m.end() : m.end() + 25]
            if sum(c.isupper() for c in before + after) > 6:
                continue  # a headline or a shouted line: "KOLLA … VID … NU"
            listed = any(w.title() in ANY_NAME for w in ws)
            shaped = all(len(w) >= 3 for w in ws) and any(_lower_words_ok(w.lower(), roles) for w in ws)
            if listed or shaped:
                add(m)
    for rx in (_SO_CALLED_RE, _NICK_PAREN_RE):
        for m in rx.finditer(text):
            if _cap_ok(m.group("n"), not_names, roles):
                add(m)
    for s, e in found:
        m = _ALSO_CALLED_RE.match(text, e)
        if m and person_ok(m.group("n"), not_names, roles):
            add(m)
    if "(" in text:
        for m in _PAREN_VERB_RE.finditer(text):
            a, b = m.group("a").split()[0], m.group("b").split()[0]
            if _cap_ok(a, not_names, roles) and person_ok(b, not_names, roles):
                add(m, "a")
                add(m, "b")
        for s, e in found:
            # "Bullen (Máret Kuoljok)": the word before a parenthesised found name
            if text[max(0, s - 1) : s] == "(":
                m = re.search(rf"(?<![\w'’-])(?P<n>{CAP})[ \t]+\($", text[max(0, s - 40) : s])
                if m and _cap_ok(m.group("n"), not_names, roles):
                    off = max(0, s - 40)
                    spans.append((off + m.start("n"), off + m.end("n")))
    for m in _VERB_SUBJECT_RE.finditer(text):
        w = m.group("n")
        if "-" in w and _cap_ok(w.split("-")[-1], not_names, roles) and w.split("-")[0] in ("Lill", "Lilla"):
            add(m)  # "Lill-Ali sitter i bilen"
        elif _cap_ok(w, not_names, roles) and not w.lower().endswith(("a", "e")):
            if re.search(rf"[ \t]+(?:{_ARRESTED})[ \t]+(?:i|på|vid)\b", text[m.end("n") :][:30]):
                add(m)  # "Chico sitter i bilen", "Zizzi hänger vid"
    for m in _SIGNATURE_RE.finditer(text):
        ws = m.group("n").split()
        if all(
            (_caps_word_ok(w, not_names) if w.isupper() else person_ok(w, not_names, roles)) for w in ws
        ):
            add(m)
    for m in _TELLS_RE.finditer(text):
        ws = m.group("n").split()
        if all(_cap_ok(w, not_names, roles) for w in ws):
            add(m)
    for m in _TELLS_BEFORE_RE.finditer(text):
        ws = m.group("n").split()
        if all(
            (_caps_word_ok(w, not_names) if w.isupper() else _cap_ok(w, not_names, roles)) for w in ws
        ) and (len(ws) > 1 or ws[0].isupper() or ws[0] in ANY_NAME or ws[0] in AMBIGUOUS):
            add(m)
    for m in _QUOTE_START_RE.finditer(text):
        if m.group("n") in FIRST_NAMES:
            add(m)
    for m in _KIN_RE.finditer(text):
        w = m.group("n")
        base = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        genitive = base != w or w.endswith(("z", "x"))
        if (
            genitive
            and len(base) >= 3
            and person_ok(base, not_names, roles)
            and not base.endswith(_DEFINITE)
            and base.lower() not in NOT_PERSON
            and not re.search(rf"(?<![\w'’-]){_CAPSW}[ \t]+$", text[max(0, m.start() - 12) : m.start()])
        ):  # "ICA Näras bil" is a shop's
            if base in ANY_NAME or not clause_start(text, m.start()) or w.endswith(("z", "x")) or base != w:
                add(m)
    for m in _LIST_HEAD_RE.finditer(text):
        off = m.start("l")
        for item in re.finditer(r"[^,;]+", m.group("l")):
            raw = item.group()
            words = raw.split()
            if not words or "(" in raw or ")" in raw or any(c.isdigit() for c in raw):
                continue
            lead = len(raw) - len(raw.lstrip())
            s = off + item.start() + lead
            e = s + len(raw.strip())
            if len(words) == 1:
                w = words[0]
                if (w in FIRST_NAMES or w in AMBIGUOUS) and w not in not_names:
                    spans.append((s, e))
            elif len(words) <= 3 and all(w[:1].isupper() for w in words):
                if all(
                    (_caps_word_ok(w, not_names) if w.isupper() else person_ok(w, not_names, roles))
                    for w in words
                ):
                    spans.append((s, e))
    for m in _LOWER_AFTER_RE.finditer(text):
        g = next(k for k in "abcde" if m.group(k))
        words = m.group(g)
        strong = _strong_lower(words, roles)
        listed = bool(LOWER_ANY.intersection(words.split()))
        if (g != "c" and _lower_words_ok(words, roles)) or (strong and (g in "ab" or listed)):
            add(m, g)
    spans += _grow(text, sorted(set(found) | set(spans)), not_names, roles)
    return spans
