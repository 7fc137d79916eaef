"""Names marked by a cue the other finders do not read (issue 14, fourth round).

Names of origins the lists lack (Thai, Sami, Assyrian, ...) and lowercase names are found only through
the words around them. The cues, each with an example (docs/redaction.md lists them all):

* a source or subject word before one or two capitalised words: `enl. Nahrin Barsom`, `ang. Hao`,
  `tips från Marzia via`, `kontraktsinnehavare Áillohaš Kitok`, `anm. av Sargon KOURIE` (after the
  formal `enligt`/`angående`/`gällande` of police texts only a listed name);
* a capitalised word followed by a surname in capitals: `Awa BAH`, `Nineb YAKOUB som kastade`;
* a person's verb after a comma (`…, Hao blev avstängd`) or after two capitalised words at a sentence's
  start (`Ingá Kitok ringde`); what only a person does (`Soran vill prata med`), an age (`Soran (ca 20)`),
  a cleft (`det Ingá Labba som`), the victim (`rånet mot Ebba`), the sender (`från X via mejl`);
* a person noun before a quoted or "även kallad" nickname (`tanten ”Spöket”`), or before a name in
  parentheses (`granne (Wei Liu)`); a name in parentheses after a name or a flat number;
* lowercase names after words that only take a person (`känner igen hung`, `föraren saba`, `mötte
  xiaoling vid`, `tillhörande pimchanok`), first in a text before a verb of speaking (`niran säger att`);
* the other members of a list beside a name already found (`Máret/Jovana/Dmytro`, `huong o phuong`).

One capitalised word at a sentence's start is never enough: police texts start with nouns (`Larm kom
in`, `Bilist blev`). Word tests are in name_cue_words.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from lagesbild.privacy.name_cue_words import (
    CAP,
    CAPS,
    LOW,
    NOUN_ENDINGS,
    PERSON_NOUNS,
    TOKEN_RE,
    UP,
    after_place_prep,
    clause_start,
    list_members,
    loose_lower_ok,
    lower_ok,
    person_ok,
    strong_lower_ok,
)
from lagesbild.privacy.name_words import (
    ANY_NAME,
    FUNCTION_WORDS,
    LOWER_ANY,
    organisation_form,
)
from lagesbild.privacy.names import AMBIGUOUS, LAST_NAMES
from lagesbild.privacy.speech import QUOTES

__all__ = ["find_cue_names"]

_CUE_RE: Final = re.compile(
    r"(?<![\w-])(?:(?P<formal>(?i:enligt|angående|gällande))|(?i:enl|ang)\.|(?i:kontraktsinnehavare"
    r"|kontraktsinnehavaren|hyresgäst|hyresgästen|tips[ \t]+från|info[ \t]+från|uppgifter[ \t]+från"
    r"|felanmälan[ \t]+från|klagomål[ \t]+från|synpunkt[ \t]+från|utlämnad[ \t]+till|följde"
    r"|prata[ \t]+om|pratade[ \t]+om|frågade[ \t]+efter|oro[ \t]+för|orosanmälan[ \t]+(?:ang\.|angående)"
    r"|anm\.[ \t]+av|anmälan[ \t]+av|anmäld[ \t]+av|anmälare))"
    rf"[ \t]+(?P<n>{CAP}(?:[ \t]+(?:{CAP}|{CAPS}))?)(?![\w'’-])"
)
_CAPS_AFTER_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{CAP})[ \t]+(?P<s>{CAPS}(?:[ \t]+{CAPS})?)(?![\w'’-])"
)
# A single capitalised word at a sentence's start before what only a person does: "Soran vill prata
# med kurator", "Ánte (15 år) sover i förrådet".
_PERSON_ONLY_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;]))[ \t\n]*(?P<n>{CAP})(?:[ \t]+\([^()\n]{{1,20}}\))?[ \t]+"
    r"(?:vill[ \t]+(?:prata|träffa|starta|ha[ \t]+hjälp)|sover|sov|söker[ \t]+plats"
    # a night log's resident: `Deniz vaknade och grät` (stop 35); not `avvek`, `vägrade`, which the
    # police's titles write after a noun (`Bilist avvek`, `Kund vägrade betala`)
    r"|vaken|vaknade|grät"
    r"|ska[ \t]+ha[ \t]+(?:hotat|slagit|misshandlat|rånat|sparkat|knivhuggit|spottat|ofredat))\b"
)
# An age in parentheses after a capitalised word: "Soran (ca 20) fick", "Ánte (15 år)".
_AGE_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{CAP})[ \t]+\((?:ca\.?[ \t]*[0-9]{{1,2}}(?:[ \t]*år)?|[0-9]{{1,2}}[ \t]*år)\)"
)
# Two capitalised words joined by "och" before a verb in the past: "Deeqa och Hawre inblandade".
_PAIR_VERB_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;,]))[ \t\n]*(?P<a>{CAP})[ \t]+och[ \t]+(?P<b>{CAP})[ \t]+"
    r"(?:inblandade|satt|sågs|syntes|var|hängde|stod|sprang|bråkade|[a-zåäö]+(?:ade|de|te))\b"
)
# The victim of a crime named by the noun: "rånet mot Ebba vid".
_AGAINST_RE: Final = re.compile(
    r"(?i:rånet|rånen|misshandeln|hotet|hoten|överfallet|angreppet|brottet|våldet)[ \t]+mot[ \t]+"
    rf"(?P<n>{CAP})"
    r"(?![\w'’-])"
)
# A capitalised word before a quoted nickname in parentheses: "Nittaya (»Bamse«)".
_BEFORE_NICK_RE: Final = re.compile(rf"(?<![\w'’-])(?P<n>{CAP})[ \t]+\([{QUOTES}]{CAP}[{QUOTES}]\)")
# A cleft: "var det Ingá Labba som kastade".
_CLEFT_RE: Final = re.compile(
    rf"(?<![\w'’-])(?i:det|var)[ \t]+(?P<n>{CAP}(?:[ \t]+(?:{CAP}|{CAPS}))?)[ \t]+som[ \t]+[a-zåäö]+"
)
# The sender of a message: "från Kibrom Tekle via mejl", "synpunkt från nineb barsom (…)".
_FROM_VIA_RE: Final = re.compile(
    rf"(?<![\w'’-])(?:(?i:från)[ \t]+(?P<n>{CAP}(?:[ \t]+(?:{CAP}|{CAPS}))?)[ \t]+(?i:via|på)[ \t]+"
    r"(?i:mejl|mail|e-post|sms|tel|telefon|[^\W\d_]+@)"
    r"|(?i:synpunkt|synpunkter|tips|info|samtal|klagomål|felanmälan|mejl|sms|meddelande)[ \t]+(?i:från)[ \t]+"
    rf"(?P<l>{LOW}(?:[ \t]+{LOW})?)(?=[ \t]*[(,]))"
)
# Lowercase after talking with: "pratat med ánde utsi och …".
_TALKED_RE: Final = re.compile(
    r"(?<![\w'’-])(?i:pratade|pratat|talade|talat|snackade)[ \t]+(?i:med|m\.)[ \t]+"
    rf"(?P<n>{LOW}(?:[ \t]+{LOW})?)"
    r"(?=$|[ \t]*[,.;:)]|[ \t]+(?:och|o|om|vid|i|på)\b)"
)
# A name in parentheses after a found name or nickname: "Mini-Mo (Mujtaba Mohseni)", "»Knasen« (Nishtiman)".
_PAREN_AFTER_RE: Final = re.compile(rf"[{QUOTES}]?[ \t]*\((?P<n>{CAP}(?:[ \t]+{CAP})?)\)")
_PERSON_VERBS: Final = (
    r"ringde|ringer|säger|sa|sade|berättade|berättar|hjälpte|hjälper|blev|frågade|frågar|uppgav|uppger"
    r"|vill|kom|kommer|hörde|hör|tycker|tyckte|har[ \t]+setts|sågs|syntes|var[ \t]+inne|följde|fick"
    r"|ansvarade|ansvarar|leder|ledde|omhändertagen|omhändertogs|avvisad|avvisades"
)
# After a comma any capitalised word before a person's verb ("..., Hao blev avstängd"); at a sentence's
# start, where nouns are capitalised too ("Larm kom in", "Bilist blev"), two capitalised words before a
# verb of speaking ("Ingá Kitok ringde").
_SUBJECT_RE: Final = re.compile(
    rf"(?:(?<=,)[ \t]+(?P<n>{CAP}(?:[ \t]+{CAP})?)"
    rf"|(?:^|(?<=[:.!?;]))[ \t\n]*(?P<m>{CAP}(?:[ \t]+{CAP}){{1,2}}))"
    rf"(?:[ \t]+\([^()\n]{{1,40}}\))?[ \t]+(?P<v>{_PERSON_VERBS})(?![\w'’-])"
)
_SPEAKING: Final = frozenset(
    "ringde ringer säger sa sade berättade berättar frågade frågar uppgav uppger vill söker hörde".split()
)
_LOWER_SUBJECT_RE: Final = re.compile(
    rf"(?:^|(?<=[.!?]))[ \t\n]*(?P<n>{LOW}(?:[ \t]+{LOW}){{0,2}})(?:[ \t]+\([^()\n]{{1,20}}\))?[ \t]+"
    r"(?:säger|sa|berättade|berättar|ringde|frågade|sover|sov|vaken|vaknade|orolig|avvek|nekar|grät)[ \t]+"
)
# Who something happened to, told by someone: "… säger att sargon blivit rånad".
_THAT_RE: Final = re.compile(
    rf"(?<![\w'’-])(?:säger|sa|berättar|berättade|uppger|uppgav)[ \t]+att[ \t]+(?P<n>{LOW})[ \t]+"
    r"(?:blivit|blev|har[ \t]+blivit)\b"
)
# A full name written with a word as given name after talking with someone: "samtal med Maj Ström".
_MET_PAIR_RE: Final = re.compile(
    rf"(?<![\w'’-])(?i:samtal|möte|kontakt|pratade|pratat|träffade)[ \t]+(?i:med|m\.)[ \t]+"
    rf"(?P<n>{CAP}[ \t]+(?P<s>{CAP}))(?![\w'’-])"
)
_NICK_RE: Final = re.compile(
    rf"(?<![\w'’-])(?i:{PERSON_NOUNS})[ \t]+(?:(?i:även|också)[ \t]+(?i:kallad|kallade|kallas)[ \t]+"
    rf"(?P<n>{CAP})(?![\w'’-])|[{QUOTES}](?P<q>{CAP}(?:[ \t]{CAP})?)[{QUOTES}])"
)
_PAREN_RE: Final = re.compile(
    rf"(?<![\w'’-])(?i:förälder|föräldern|granne|grannen|vittne|vittnet|boende|anmälare|anmälaren|kvinna"
    rf"|man|mamma|mamman|pappa|pappan|elev|eleven|kontakt|kontaktperson|{PERSON_NOUNS}"
    r"|(?i:lgh|lägenhet)\.?[ \t]*(?:nr\.?)?[ \t]*[0-9]{3,4})[ \t]+\("
    rf"(?P<n>{CAP}(?:[ \t]+(?:{CAP}|{CAPS}))?)[,)]"
)
_LOWER_CUE_RE: Final = re.compile(
    rf"(?<![\w'’-])(?:(?i:känner[ \t]+igen|kände[ \t]+igen)[ \t]+(?P<n>{LOW})"
    r"(?=$|[ \t]*[,.;:)]|[ \t]+(?:och|o)[ \t])"
    rf"|(?i:föraren)[ \t]+(?:(?P<f>{LOW})(?=$|[ \t]*[,.;:)])"
    rf"|(?P<g>{LOW}(?:[ \t]+{LOW})?)(?=[ \t]+(?:sprang|stack|smet|flydde)\b)))"
)
# Further lowercase cues: the person met ("mötte xiaoling vid"), the owner ("tillhörande pimchanok"),
# the one who usually does something ("tagg som haris brukar använda"), the one a note is about
# ("ang. havin som sover"), the one named before a nickname ("Fältgruppen: esa "Gizmo"") and the
# subject of a clause after a comma or a colon ("…, lema säger att", "…: malalai kallad Cheffen").
_LOWER_MORE_RE: Final = re.compile(
    rf"(?<![\w'’-])(?:(?i:mötte|möter|träffade|träffat)[ \t]+(?P<a>{LOW}(?:[ \t]+{LOW})?)"
    r"(?=[ \t]*[,.]|[ \t]+(?:vid|i|på|utanför|och|o)\b)"
    rf"|(?i:tillhörande|tillhör|tillhörde)[ \t]+(?P<b>{LOW})(?=$|[ \t]*[,.;)])"
    rf"|som[ \t]+(?P<c>{LOW}(?:[ \t]+{LOW})?)[ \t]+(?:brukar|brukade)\b"
    rf"|(?i:ang\.)[ \t]+(?P<d>{LOW}(?:[ \t]+{LOW})?)(?=[ \t]+som\b)"
    rf"|(?<=[,:;])[ \t]+(?P<e>{LOW}(?:[ \t]+{LOW})?)(?=[ \t]+(?:säger|sa|berättar|berättade|kallad|kallas"
    r"|alias|skadad|skadades|greps|gripen|omhändertogs|omhändertagen)\b"
    rf"|[ \t]+[{QUOTES}][{UP}]))"
)
# A role noun, then one or two lowercase words, then a parenthesis, a comma or a verb of speaking:
# "hyresgäst kawa doski (lgh …)", "boende chidi bah ringde".
_ROLE_LOWER_RE: Final = re.compile(
    r"(?<![\w'’-])(?P<r>(?i:hyresgäst|hyresgästen|boende|brukare|brukaren|kontraktsinnehavare"
    rf"|kontraktsinnehavaren|kontaktperson|anmälare|anmälaren|ägare|ägaren))[ \t]+"
    rf"(?P<n>{LOW}(?:[ \t]+{LOW})?)"
    r"(?=$|[ \t]*[(,.;]|[ \t]+(?:ringde|ringer|säger|sa|berättade|berättar|klagar|klagade|misstänker)\b)"
)
# A name beside a person noun: "Thu och storebror ”Dino”", "Sediqa och mannen".
_WITH_PERSON_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{CAP})[ \t]+och[ \t]+(?i:killen|tjejen|ynglingen|snubben|gubben|tanten|mannen"
    r"|kvinnan|pojken|flickan|grabben|brorsan|lillebror|storebror|lillasyster|storasyster|mamman|pappan"
    r"|brodern|systern|kusinen|kompisen|sonen|dottern)(?![\w'’-])"
)
# At a sentence's start, a person from somewhere who says or wants something: "Örn från nattvandrarna
# ringer", "Liv vid Ältabergs skola säger", "Stig Lax från Akelius vill".
_FROM_SAYS_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;]))[ \t\n]*(?P<n>{CAP}(?:[ \t]+{CAP})?)[ \t]+(?:vid|från|på)[ \t]+"
    r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]+(?:säger|sa|ringer|ringde|vill|berättar|berättade"
    r"|följer[ \t]+upp|följde[ \t]+upp|kollar|kollade|tar[ \t]+kontakt|tog[ \t]+kontakt"
    r"|tycker|tyckte)\b"
)


def _t(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Each rule runs only when a word it needs is among the text's words (most texts hold none of them).
_T_CUE: Final = _t(
    """enl ang enligt angående gällande kontraktsinnehavare kontraktsinnehavaren hyresgäst hyresgästen tips
    info uppgifter felanmälan klagomål synpunkt utlämnad följde prata pratade frågade oro orosanmälan anm
    anmälan anmäld anmälare"""
)
_T_SUBJECT: Final = _t(
    """ringde ringer säger sa sade berättade berättar hjälpte hjälper blev frågade frågar uppgav uppger vill
    kom kommer hörde hör tycker tyckte har sågs syntes var följde fick ansvarade ansvarar leder ledde
    omhändertagen omhändertogs avvisad avvisades söker"""
)
_T_LOWER_SUBJECT: Final = _t(
    "säger sa berättade berättar ringde frågade sover sov vaken vaknade orolig avvek nekar grät"
)
_T_LOWER_MORE: Final = _t(
    """mötte möter träffade träffat tillhörande tillhör tillhörde brukar brukade ang säger sa berättar
    berättade kallad kallas alias skadad skadades greps gripen omhändertogs omhändertagen"""
)
_T_THAT: Final = _t("blivit blev")
_T_MET: Final = _t("samtal möte kontakt pratade pratat träffade")
_T_NICK: Final = _t(
    """kille killen killar tjej tjejen yngling ynglingen snubbe snubben gubbe gubben tant tanten kvinna
    kvinnan man mannen person personen pojke pojken flicka flickan grabb grabben brorsa brorsan lillebror
    storebror lillasyster storasyster kompis kompisen ungdom ungdomen"""
)
_T_LOWER_CUE: Final = _t("igen föraren")
_T_ROLE_LOWER: Final = _t(
    """hyresgäst hyresgästen boende brukare brukaren kontraktsinnehavare kontraktsinnehavaren kontaktperson
    anmälare anmälaren ägare ägaren"""
)
_T_FROM_SAYS: Final = _t(
    "säger sa ringer ringde vill berättar berättade följer följde kollar kollade tar tog tycker tyckte"
)
_T_PERSON_ONLY: Final = _t("vill sover sov söker ska vaken vaknade grät")
_T_AGAINST: Final = _t("mot")
_T_CLEFT: Final = _t("som")
_T_FROM: Final = _t("från")
_T_TALKED: Final = _t("pratade pratat talade talat snackade")
_QUOTE_SET: Final = frozenset(QUOTES)
_CAPS3_RE: Final = re.compile(rf"[{UP}]{{3}}")
_ALL_TRIGGERS: Final = (
    _T_CUE
    | _T_SUBJECT
    | _T_LOWER_SUBJECT
    | _T_LOWER_MORE
    | _T_THAT
    | _T_MET
    | _T_NICK
    | _T_LOWER_CUE
    | _T_ROLE_LOWER
    | _T_FROM_SAYS
    | _T_PERSON_ONLY
    | _T_AGAINST
    | _T_CLEFT
    | _T_FROM
    | _T_TALKED
    | _t("att och")
)
# The text's maximal runs of word characters and hyphens. A trigger (word characters only) counts where
# neither stands before or after it, that is where it is a whole run: the triggers among the runs are the
# triggers the text holds (one scan of a character class instead of an alternation of 141 words, issue 16;
# tests/test_name_cue_triggers.py).
_RUN_RE: Final = re.compile(r"[\w-]+")
_MARK_SET: Final = frozenset(QUOTES + "(")


def find_cue_names(
    text: str,
    words: list[str],
    found: Iterable[tuple[int, int]],
    roles: frozenset[str],
    not_names: frozenset[str],
) -> list[tuple[int, int]]:
    """Spans of names marked by the cues of the module doc. ``words``: ``text.split()``; ``found``: the
    spans the other finders returned; ``roles``: person nouns."""
    spans: list[tuple[int, int]] = []
    ws = _ALL_TRIGGERS.intersection(_RUN_RE.findall(text.lower()))
    if not ws and not found and not _MARK_SET.intersection(text) and not _CAPS3_RE.search(text):
        return spans  # most texts: no cue word, no found name, no quote or parenthesis

    def take(m: re.Match[str], group: str = "n") -> None:
        parts = m.group(group).split()
        if person_ok(parts[0], not_names, roles) and all(
            person_ok(p, not_names, roles) or (k > 0 and p.isupper() and p.title() not in not_names)
            for k, p in enumerate(parts)
        ):
            spans.append((m.start(group), m.end(group)))

    for m in _CUE_RE.finditer(text) if ws & _T_CUE else ():
        # "Ang." heading a text or clause is "Angående": a subject, not a person ("Ang. Lax och kyckling")
        heading = m.group(0)[:4] in ("Ang.", "ANG.") and clause_start(text, m.start())
        if not (m.group("formal") or heading) or m.group("n").split()[0] in ANY_NAME:
            take(m)  # after "enligt", "angående", "gällande" (police language too) only a listed name
    if _CAPS3_RE.search(text) and not text.isupper():
        for m in _CAPS_AFTER_RE.finditer(text):
            first, caps = m.group("n"), m.group("s")
            listed = first in ANY_NAME
            if not listed and (len(caps) < 4 or clause_start(text, m.start())):
                continue  # "Mjällby AIF", "Enligt SOS"
            if (
                person_ok(first, not_names, roles)
                and caps.title() not in not_names
                and not caps.endswith("-")
            ):
                if not text[max(0, m.start() - 30) : m.start()].isupper():
                    spans.append((m.start(), m.end()))
    for m in _SUBJECT_RE.finditer(text) if ws & _T_SUBJECT else ():
        if m.group("n"):
            w = m.group("n").split()[0]
            if w in ANY_NAME or not w.lower().endswith(("en", "et", "na", "ar", "er", "or")):
                take(m)  # not a definite or plural noun: "…, Skolan säger", "…, Grannar hör"
        elif m.group("v") in _SPEAKING:
            take(m, "m")
    m0 = _LOWER_SUBJECT_RE.search(text) if ws & _T_LOWER_SUBJECT else None
    while m0:
        group = m0.group("n").split()
        # a listed name in the group vouches for the others ("xiaoming zhao", "li na zhang"); at the
        # start of a sentence a lowercase word needs only not to be a noun for people or a function word
        listed = any(w in LOWER_ANY and w.title() not in AMBIGUOUS for w in group)
        if all(
            lower_ok(w, roles) or ((listed or len(group) == 1) and loose_lower_ok(w, roles)) for w in group
        ):
            spans.append((m0.start("n"), m0.end("n")))
        m0 = _LOWER_SUBJECT_RE.search(text, m0.end())
    for m in _LOWER_MORE_RE.finditer(text) if ws & _T_LOWER_MORE or not _QUOTE_SET.isdisjoint(text) else ():
        g = next(k for k in "abcde" if m.group(k))
        if all(lower_ok(w, roles) for w in m.group(g).split()):
            spans.append((m.start(g), m.end(g)))
    for m in _THAT_RE.finditer(text) if ws & _T_THAT and "att" in ws else ():
        if lower_ok(m.group("n"), roles):
            spans.append((m.start("n"), m.end("n")))
    for m in _MET_PAIR_RE.finditer(text) if ws & _T_MET else ():
        # the surname vouches for a given name that is also a word or a month ("Maj Ström", "Ros Berg")
        if m.group("s") in LAST_NAMES and m.group("n").split()[0].lower() not in FUNCTION_WORDS:
            spans.append((m.start("n"), m.end("n")))
    for m in _NICK_RE.finditer(text) if ws & _T_NICK else ():
        take(m, "n" if m.group("n") else "q")
    if "(" in text:
        for m in _PAREN_RE.finditer(text):
            take(m)
    for m in _LOWER_CUE_RE.finditer(text) if ws & _T_LOWER_CUE else ():
        g = next(k for k in "nfg" if m.group(k))
        # "föraren X sprang från platsen" says person whatever X looks like ("föraren snežana sprang")
        if lower_ok(m.group(g), roles) if g != "g" else strong_lower_ok(m.group(g), roles):
            spans.append((m.start(g), m.end(g)))
    for m in _ROLE_LOWER_RE.finditer(text) if ws & _T_ROLE_LOWER else ():
        if all(lower_ok(w, roles) for w in m.group("n").split()):
            spans.append((m.start("n"), m.end("n")))
    if " och " in text:
        for m in _WITH_PERSON_RE.finditer(text):
            if m.group("n") in ANY_NAME or not m.group("n").lower().endswith(NOUN_ENDINGS):
                take(m)
    for m in _FROM_SAYS_RE.finditer(text) if ws & _T_FROM_SAYS else ():
        parts = m.group("n").split()
        known = [p in ANY_NAME or p in AMBIGUOUS for p in parts]
        if not known[0] and parts[0].lower().endswith(NOUN_ENDINGS):
            continue  # "Hotellpersonal på Norrmalm ringde", "Polisen på plats säger"
        if all(ok or person_ok(p, frozenset(), roles) for p, ok in zip(parts, known, strict=True)):
            if not any(p in not_names and p not in ANY_NAME for p in parts):
                spans.append((m.start("n"), m.end("n")))
    rules = (
        (_PERSON_ONLY_RE, bool(ws & _T_PERSON_ONLY)),
        (_AGE_RE, "(" in text),
        (_BEFORE_NICK_RE, "(" in text),
    )
    for rx in (rx for rx, on in rules if on):
        for m in rx.finditer(text):
            w = m.group("n")
            if w in ANY_NAME or not w.lower().endswith(NOUN_ENDINGS):
                if not after_place_prep(text, m.start("n")):
                    take(m)
    for m in _PAIR_VERB_RE.finditer(text) if " och " in text else ():
        a, b = m.group("a"), m.group("b")
        if not any(w.lower().endswith(NOUN_ENDINGS + ("bil", "buss", "tåg")) for w in (a, b)):
            if person_ok(a, not_names, roles) and person_ok(b, not_names, roles):
                spans += [(m.start("a"), m.end("a")), (m.start("b"), m.end("b"))]
    for rx in (rx for rx, t in ((_AGAINST_RE, _T_AGAINST), (_CLEFT_RE, _T_CLEFT)) if ws & t):
        for m in rx.finditer(text):
            take(m)
    for m in _FROM_VIA_RE.finditer(text) if ws & _T_FROM else ():
        if m.group("n"):
            take(m)
        elif all(lower_ok(w, roles) for w in m.group("l").split()):
            spans.append((m.start("l"), m.end("l")))
    for m in _TALKED_RE.finditer(text) if ws & _T_TALKED else ():
        if all(lower_ok(w, roles) for w in m.group("n").split()):
            spans.append((m.start("n"), m.end("n")))
    if "(" in text:
        for _, e in sorted(set(found) | set(spans)):
            after = _PAREN_AFTER_RE.match(text, e)
            if after and not organisation_form(after.group("n")):  # not `Hawre Hawrami (Hedin Bil)`
                take(after)
    seeds = sorted(set(found) | set(spans))
    if seeds and ("/" in text or " o " in text or "," in text or " och " in text or "&" in text):
        # each word of a found span may head a list: "Dmytro/Anong", "[Li Na]/Thu"
        heads = [(t.start() + s, t.end() + s) for s, e in seeds for t in TOKEN_RE.finditer(text[s:e])]
        spans += list_members(text, heads, not_names, roles)
    return spans
