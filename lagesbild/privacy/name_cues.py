"""Names marked by a cue the other finders do not read (issue 14, fourth round).

Names of origins the lists lack (Thai, Sami, Assyrian, ...) and lowercase names are found only through
the words around them. The cues here:

* a source or subject word before one or two capitalised words: `enl. Nahrin Barsom`, `ang. Hao`,
  `tips från Marzia via`, `kontraktsinnehavare Áillohaš Kitok`, `anm. av Sargon KOURIE`;
* a capitalised word followed by a surname in capitals: `Awa BAH`, `Nineb YAKOUB som kastade`;
* a person's verb after one or two capitalised words at a clause's start: `Ingá Kitok ringde`,
  `Hao blev avstängd`, `Elle hjälpte till`, and in lowercase at the start of a text (`niran säger att`);
* a person noun before a quoted or "även kallad" nickname: `tanten ”Spöket”`, `en kille även kallad
  Shorty`;
* a person noun before one or two capitalised words in parentheses: `granne (Wei Liu)`;
* a lowercase name after words that only take a person: `känner igen hung`, `föraren saba`;
* the other members of a list marked by `/` or ` o ` (the written short "och") beside a name already
  found: `Máret/Jovana/Dmytro`, `huong o phuong o goran`, also in lowercase.

Words that are places, organisations, function words, roles, pronouns or shaped like Swedish verb forms
and definite nouns are left, as in the other finders.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from lagesbild.privacy.name_words import (
    ANY_NAME,
    FUNCTION_WORDS,
    LOWER_ANY,
    PLACE_NOUNS,
    PLACE_PREPS_WIDE,
    PLACE_SUFFIXES,
)
from lagesbild.privacy.names import AMBIGUOUS, LAST_NAMES
from lagesbild.privacy.speech import ORG_ENDINGS, PLACE_ENDINGS, QUOTES

__all__ = ["find_cue_names"]

_UP: Final = "A-ZÅÄÖÀ-ÞĆČĐŁŚŠŹŻŽ"
_CAP: Final = rf"[{_UP}][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_CAPS: Final = rf"[{_UP}][{_UP}-]{{2,}}"
_LOW: Final = r"[a-zåäöà-ÿćčđłńśšźżžğış][^\W\d_A-ZÅÄÖ]*(?:-[^\W\d_A-ZÅÄÖ]+)?"
_ENDINGS: Final = ORG_ENDINGS + PLACE_ENDINGS
# People described, pronouns and authorities, capitalised at a clause's start.
_NOT_PERSON: Final = frozenset(
    """han hon hen de dem vi ni jag man den det denna detta någon några ingen alla flera många en ett
    killen tjejen killarna tjejerna mannen kvinnan pojken flickan ungdomen ungdomarna grannen grannarna
    personen gärningsmannen eleven eleverna barnet barnen polisen väktaren väktarna personal personalen
    föräldrarna ungdom ungdomar kompisar fältarna värdarna vakten mamman pappan kommunen skolan bolaget
    rektor rektorn ledningen styrelsen barn folk skolan kyrkan gatan stugan kassan banan
    denne dennes densamme densamma vederbörande själv själva person personer ung unga äldre man män
    kvinna kvinnor pojke pojkar flicka flickor tjej tjejer kille killar yngling ynglingar två tre fyra fem
    flera""".split()
)
_MONTHS_DAYS: Final = frozenset(
    """januari februari mars april maj juni juli augusti september oktober november december måndag
    tisdag onsdag torsdag fredag lördag söndag vecka""".split()
)
# Word endings of Swedish verb forms, adjectives, abstract and definite nouns: no lowercase name.
_WORD_ENDINGS: Final = (
    "ade", "ande", "ende", "ades", "ats", "at", "git", "vit", "rit", "kit", "ad", "de", "te", "ar", "er",
    "ts", "dd", "ig", "iga", "igt", "het", "ning", "ing", "skt", "isk", "iska", "are", "et", "en", "na", "or",
    "ur", "um", "tion", "ell", "lla", "ll", "ck", "kt", "nt", "st", "as", "ir", "tt", "mt", "vt", "nd", "eri",
    "äng", "ång", "öng",
)  # fmt: skip
# Heads of Swedish compound nouns: "byggföretag", "inbrottstjuv", "bostadsbolag".
_COMPOUND_HEADS: Final = (
    "företag", "bolag", "tjuv", "tjuvar", "butik", "affär", "lokal", "bil", "hus", "rum", "kontor",
    "verkstad", "lager", "förråd", "brott", "olycka", "skada", "bråk", "rån", "stöld", "hot",
)  # fmt: skip
_PERSON_NOUNS: Final = (
    r"kille|killen|killar|tjej|tjejen|yngling|ynglingen|snubbe|snubben|gubbe|gubben|tant|tanten|kvinna"
    r"|kvinnan|man|mannen|person|personen|pojke|pojken|flicka|flickan|grabb|grabben|brorsa|brorsan"
    r"|lillebror|storebror|lillasyster|storasyster|kompis|kompisen|ungdom|ungdomen"
)
_CUE_RE: Final = re.compile(
    r"(?<![\w-])(?:(?P<formal>(?i:enligt|angående|gällande))|(?i:enl|ang)\.|(?i:kontraktsinnehavare"
    r"|kontraktsinnehavaren|hyresgäst|hyresgästen|tips[ \t]+från|info[ \t]+från|uppgifter[ \t]+från"
    r"|felanmälan[ \t]+från|klagomål[ \t]+från|synpunkt[ \t]+från|utlämnad[ \t]+till|följde"
    r"|prata[ \t]+om|pratade[ \t]+om|frågade[ \t]+efter|oro[ \t]+för|orosanmälan[ \t]+(?:ang\.|angående)"
    r"|anm\.[ \t]+av|anmälan[ \t]+av|anmäld[ \t]+av|anmälare))"
    rf"[ \t]+(?P<n>{_CAP}(?:[ \t]+(?:{_CAP}|{_CAPS}))?)(?![\w'’-])"
)
_CAPS_AFTER_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{_CAP})[ \t]+(?P<s>{_CAPS}(?:[ \t]+{_CAPS})?)(?![\w'’-])"
)
# A single capitalised word at a sentence's start before what only a person does: "Soran vill prata
# med kurator", "Ánte (15 år) sover i förrådet".
_PERSON_ONLY_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;]))[ \t\n]*(?P<n>{_CAP})(?:[ \t]+\([^()\n]{{1,20}}\))?[ \t]+"
    r"(?:vill[ \t]+(?:prata|träffa|starta|ha[ \t]+hjälp)|sover|sov|söker[ \t]+plats"
    r"|ska[ \t]+ha[ \t]+(?:hotat|slagit|misshandlat|rånat|sparkat|knivhuggit|spottat|ofredat))\b"
)
# An age in parentheses after a capitalised word: "Soran (ca 20) fick", "Ánte (15 år)".
_AGE_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{_CAP})[ \t]+\((?:ca\.?[ \t]*[0-9]{{1,2}}(?:[ \t]*år)?|[0-9]{{1,2}}[ \t]*år)\)"
)
# Two capitalised words joined by "och" before a verb in the past: "Deeqa och Hawre inblandade".
_PAIR_VERB_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;,]))[ \t\n]*(?P<a>{_CAP})[ \t]+och[ \t]+(?P<b>{_CAP})[ \t]+"
    r"(?:inblandade|satt|sågs|syntes|var|hängde|stod|sprang|bråkade|[a-zåäö]+(?:ade|de|te))\b"
)
# The victim of a crime named by the noun: "rånet mot Ebba vid".
_AGAINST_RE: Final = re.compile(
    r"(?i:rånet|rånen|misshandeln|hotet|hoten|överfallet|angreppet|brottet|våldet)[ \t]+mot[ \t]+"
    rf"(?P<n>{_CAP})"
    r"(?![\w'’-])"
)
# A capitalised word before a quoted nickname in parentheses: "Nittaya (»Bamse«)".
_BEFORE_NICK_RE: Final = re.compile(rf"(?<![\w'’-])(?P<n>{_CAP})[ \t]+\([{QUOTES}]{_CAP}[{QUOTES}]\)")
# A cleft: "var det Ingá Labba som kastade".
_CLEFT_RE: Final = re.compile(
    rf"(?<![\w'’-])(?i:det|var)[ \t]+(?P<n>{_CAP}(?:[ \t]+(?:{_CAP}|{_CAPS}))?)[ \t]+som[ \t]+[a-zåäö]+"
)
# The sender of a message: "från Kibrom Tekle via mejl", "synpunkt från nineb barsom (…)".
_FROM_VIA_RE: Final = re.compile(
    rf"(?<![\w'’-])(?:(?i:från)[ \t]+(?P<n>{_CAP}(?:[ \t]+(?:{_CAP}|{_CAPS}))?)[ \t]+(?i:via|på)[ \t]+"
    r"(?i:mejl|mail|e-post|sms|tel|telefon|[^\W\d_]+@)"
    r"|(?i:synpunkt|synpunkter|tips|info|samtal|klagomål|felanmälan|mejl|sms|meddelande)[ \t]+(?i:från)[ \t]+"
    rf"(?P<l>{_LOW}(?:[ \t]+{_LOW})?)(?=[ \t]*[(,]))"
)
# Lowercase after talking with: "pratat med ánde utsi och …".
_TALKED_RE: Final = re.compile(
    r"(?<![\w'’-])(?i:pratade|pratat|talade|talat|snackade)[ \t]+(?i:med|m\.)[ \t]+"
    rf"(?P<n>{_LOW}(?:[ \t]+{_LOW})?)"
    r"(?=$|[ \t]*[,.;:)]|[ \t]+(?:och|o|om|vid|i|på)\b)"
)
# A name in parentheses after a found name or nickname: "Mini-Mo (Mujtaba Mohseni)", "»Knasen« (Nishtiman)".
_PAREN_AFTER_RE: Final = re.compile(rf"[{QUOTES}]?[ \t]*\((?P<n>{_CAP}(?:[ \t]+{_CAP})?)\)")
_PERSON_VERBS: Final = (
    r"ringde|ringer|säger|sa|sade|berättade|berättar|hjälpte|hjälper|blev|frågade|frågar|uppgav|uppger"
    r"|vill|kom|kommer|hörde|hör|tycker|tyckte|har[ \t]+setts|sågs|syntes|var[ \t]+inne|följde|fick"
    r"|ansvarade|ansvarar|leder|ledde|omhändertagen|omhändertogs|avvisad|avvisades"
)
# After a comma any capitalised word before a person's verb ("..., Hao blev avstängd"); at a sentence's
# start, where nouns are capitalised too ("Larm kom in", "Bilist blev"), two capitalised words before a
# verb of speaking ("Ingá Kitok ringde").
_SUBJECT_RE: Final = re.compile(
    rf"(?:(?<=,)[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP})?)"
    rf"|(?:^|(?<=[:.!?;]))[ \t\n]*(?P<m>{_CAP}(?:[ \t]+{_CAP}){{1,2}}))"
    rf"(?:[ \t]+\([^()\n]{{1,40}}\))?[ \t]+(?P<v>{_PERSON_VERBS})(?![\w'’-])"
)
# Endings of Swedish nouns for people and things, capitalised at a sentence's start: "Cyklist", "Mannen".
_NOUN_ENDINGS: Final = (
    "en",
    "et",
    "na",
    "ar",
    "er",
    "or",
    "ist",
    "are",
    "ande",
    "ent",
    "ör",
    "är",
    "ing",
    "het",
    "al",
)
_SPEAKING: Final = frozenset(
    "ringde ringer säger sa sade berättade berättar frågade frågar uppgav uppger vill söker".split()
)
_LOWER_SUBJECT_RE: Final = re.compile(
    rf"(?:^|(?<=[.!?]))[ \t\n]*(?P<n>{_LOW}(?:[ \t]+{_LOW}){{0,2}})(?:[ \t]+\([^()\n]{{1,20}}\))?[ \t]+"
    r"(?:säger|sa|berättade|berättar|ringde|frågade|sover|sov)[ \t]+"
)
# Who something happened to, told by someone: "… säger att sargon blivit rånad".
_THAT_RE: Final = re.compile(
    rf"(?<![\w'’-])(?:säger|sa|berättar|berättade|uppger|uppgav)[ \t]+att[ \t]+(?P<n>{_LOW})[ \t]+"
    r"(?:blivit|blev|har[ \t]+blivit)\b"
)
# A full name written with a word as given name after talking with someone: "samtal med Maj Ström".
_MET_PAIR_RE: Final = re.compile(
    rf"(?<![\w'’-])(?i:samtal|möte|kontakt|pratade|pratat|träffade)[ \t]+(?i:med|m\.)[ \t]+"
    rf"(?P<n>{_CAP}[ \t]+(?P<s>{_CAP}))(?![\w'’-])"
)
_NICK_RE: Final = re.compile(
    rf"(?<![\w'’-])(?i:{_PERSON_NOUNS})[ \t]+(?:(?i:även|också)[ \t]+(?i:kallad|kallade|kallas)[ \t]+"
    rf"(?P<n>{_CAP})(?![\w'’-])|[{QUOTES}](?P<q>{_CAP}(?:[ \t]{_CAP})?)[{QUOTES}])"
)
_PAREN_RE: Final = re.compile(
    rf"(?<![\w'’-])(?i:förälder|föräldern|granne|grannen|vittne|vittnet|boende|anmälare|anmälaren|kvinna"
    rf"|man|mamma|mamman|pappa|pappan|elev|eleven|kontakt|kontaktperson|{_PERSON_NOUNS}"
    r"|(?i:lgh|lägenhet)\.?[ \t]*(?:nr\.?)?[ \t]*[0-9]{3,4})[ \t]+\("
    rf"(?P<n>{_CAP}(?:[ \t]+(?:{_CAP}|{_CAPS}))?)[,)]"
)
_LOWER_CUE_RE: Final = re.compile(
    rf"(?<![\w'’-])(?:(?i:känner[ \t]+igen|kände[ \t]+igen)[ \t]+(?P<n>{_LOW})"
    r"(?=$|[ \t]*[,.;:)]|[ \t]+(?:och|o)[ \t])"
    rf"|(?i:föraren)[ \t]+(?:(?P<f>{_LOW})(?=$|[ \t]*[,.;:)])"
    rf"|(?P<g>{_LOW}(?:[ \t]+{_LOW})?)(?=[ \t]+(?:sprang|stack|smet|flydde)\b)))"
)
# Further lowercase cues: the person met ("mötte xiaoling vid"), the owner ("tillhörande pimchanok"),
# the one who usually does something ("tagg som haris brukar använda"), the one a note is about
# ("ang. havin som sover"), the one named before a nickname ("Fältgruppen: esa "Gizmo"") and the
# subject of a clause after a comma or a colon ("…, lema säger att", "…: malalai kallad Cheffen").
_LOWER_MORE_RE: Final = re.compile(
    rf"(?<![\w'’-])(?:(?i:mötte|möter|träffade|träffat)[ \t]+(?P<a>{_LOW}(?:[ \t]+{_LOW})?)"
    r"(?=[ \t]*[,.]|[ \t]+(?:vid|i|på|utanför|och|o)\b)"
    rf"|(?i:tillhörande|tillhör|tillhörde)[ \t]+(?P<b>{_LOW})(?=$|[ \t]*[,.;)])"
    rf"|som[ \t]+(?P<c>{_LOW}(?:[ \t]+{_LOW})?)[ \t]+(?:brukar|brukade)\b"
    rf"|(?i:ang\.)[ \t]+(?P<d>{_LOW}(?:[ \t]+{_LOW})?)(?=[ \t]+som\b)"
    rf"|(?<=[,:;])[ \t]+(?P<e>{_LOW}(?:[ \t]+{_LOW})?)(?=[ \t]+(?:säger|sa|berättar|berättade|kallad|kallas"
    r"|alias|skadad|skadades|greps|gripen|omhändertogs|omhändertagen)\b"
    rf"|[ \t]+[{QUOTES}][{_UP}]))"
)
# A role noun, then one or two lowercase words, then a parenthesis, a comma or a verb of speaking:
# "hyresgäst kawa doski (lgh …)", "boende chidi bah ringde".
_ROLE_LOWER_RE: Final = re.compile(
    r"(?<![\w'’-])(?P<r>(?i:hyresgäst|hyresgästen|boende|brukare|brukaren|kontraktsinnehavare"
    rf"|kontraktsinnehavaren|kontaktperson|anmälare|anmälaren|ägare|ägaren))[ \t]+"
    rf"(?P<n>{_LOW}(?:[ \t]+{_LOW})?)"
    r"(?=$|[ \t]*[(,.;]|[ \t]+(?:ringde|ringer|säger|sa|berättade|berättar|klagar|klagade|misstänker)\b)"
)
# A name beside a person noun: "Thu och storebror ”Dino”", "Sediqa och mannen".
_WITH_PERSON_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{_CAP})[ \t]+och[ \t]+(?i:killen|tjejen|ynglingen|snubben|gubben|tanten|mannen"
    r"|kvinnan|pojken|flickan|grabben|brorsan|lillebror|storebror|lillasyster|storasyster|mamman|pappan"
    r"|brodern|systern|kusinen|kompisen|sonen|dottern)(?![\w'’-])"
)
# At a sentence's start, a person from somewhere who says or wants something: "Örn från nattvandrarna
# ringer", "Liv vid Ältabergs skola säger", "Stig Lax från Akelius vill".
_FROM_SAYS_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;]))[ \t\n]*(?P<n>{_CAP}(?:[ \t]+{_CAP})?)[ \t]+(?:vid|från|på)[ \t]+"
    r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]+(?:säger|sa|ringer|ringde|vill|berättar|berättade)\b"
)
_LIST_SEP_RE: Final = re.compile(r"[ \t]*/[ \t]*|[ \t]+o[ \t]+|[ \t]*,[ \t]*|[ \t]+och[ \t]+|[ \t]*&[ \t]*")
_TOKEN_RE: Final = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _person_ok(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    low = word.lower()
    return not (
        word in not_names
        or low in FUNCTION_WORDS
        or low in _NOT_PERSON
        or low in _MONTHS_DAYS
        or low in roles
        or low in PLACE_NOUNS
        or low.endswith(_ENDINGS)
        or (low.endswith(PLACE_SUFFIXES) and word not in ANY_NAME)
        or any(p.isupper() and len(p) > 1 for p in word.split("-"))  # "SL-buss", "SOS-alarm"
        or len(word) < 2
    )


def _clause_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\n")
    return not before or before[-1] in ".:!?;"


def _after_place_prep(text: str, start: int) -> bool:
    m = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 20) : start])
    return m is not None and m.group(1).lower() in PLACE_PREPS_WIDE


def _strong_lower_ok(words: str, roles: frozenset[str]) -> bool:
    """Where the cue alone says person: no function word, role, noun for people or compound noun."""
    return all(
        w not in FUNCTION_WORDS
        and w not in _NOT_PERSON
        and w not in _MONTHS_DAYS
        and w not in roles
        and not w.endswith(_COMPOUND_HEADS)
        for w in words.split()
    )


def _loose_lower_ok(word: str, roles: frozenset[str]) -> bool:
    """Beside a listed name, or first in a sentence before a verb of speaking: not a function word, a
    role or a noun for people ("personalen", "föräldrarna")."""
    if word in FUNCTION_WORDS or word in _NOT_PERSON or word in _MONTHS_DAYS or word in roles:
        return False
    return not word.endswith(("en", "et", "na", "arna", "erna", "orna", "are", "ande"))


def _lower_ok(word: str, roles: frozenset[str]) -> bool:
    """A lowercase word that may be a name where a cue says person: a listed name, or a word that has
    none of the shapes of a Swedish word."""
    if word in FUNCTION_WORDS or word in _NOT_PERSON or word in _MONTHS_DAYS or word in roles:
        return False
    if word.title() in AMBIGUOUS or word in PLACE_NOUNS:
        return False
    if word in LOWER_ANY:
        return True
    return len(word) >= 3 and not word.endswith(_WORD_ENDINGS + _COMPOUND_HEADS)


def _list_members(
    text: str, seeds: list[tuple[int, int]], not_names: frozenset[str], roles: frozenset[str]
) -> list[tuple[int, int]]:
    """Single-word neighbours of a found name in a list joined by "/", " o ", "," or "och"."""
    out: list[tuple[int, int]] = []
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    by_start = {s: k for k, (s, _, _) in enumerate(tokens)}
    by_end = {e: k for k, (_, e, _) in enumerate(tokens)}
    done = set(seeds)

    def gap(a: int, b: int) -> str:
        return text[tokens[a][1] : tokens[b][0]]

    def step_to(k: int, step: int) -> tuple[int, str] | None:
        """The next list member from token k in direction step, with its separator, or None."""
        j = k + step
        if j < 0 or j >= len(tokens):
            return None
        a, b = (j, k) if step < 0 else (k, j)
        g = gap(a, b)
        if tokens[j][2] in ("och", "o") and g.strip(" \t") in ("", ","):
            j2 = j + step
            if j2 < 0 or j2 >= len(tokens):
                return None
            a2, b2 = (j2, j) if step < 0 else (j, j2)
            if gap(a2, b2).strip(" \t") != "":
                return None
            return j2, tokens[j][2]
        m = _LIST_SEP_RE.fullmatch(g)
        return (j, m.group().strip()) if m and m.group().strip() in ("/", ",", "&") else None

    def alone(j: int, step: int) -> bool:
        """Token j is a whole list item: not "Gamla" of "Gamla Ullevi", not a street before its number."""
        if text[tokens[j][1] : tokens[j][1] + 2].strip()[:1].isdigit():
            return False
        far = j + step
        if 0 <= far < len(tokens):
            a, b = (far, j) if step < 0 else (j, far)
            if gap(a, b).strip(" \t") == "" and tokens[far][2][:1].isupper():
                return False
        return True

    queue = list(seeds)
    while queue:
        s, e = queue.pop()
        lower_seed = text[s:e].islower()
        for step, k0 in ((-1, by_start.get(s)), (1, by_end.get(e))):
            k = k0
            while k is not None:
                nxt = step_to(k, step)
                if nxt is None:
                    break
                j, sep = nxt
                w = tokens[j][2]
                if w[:1].isupper():
                    ok = sep in ("/", "o", "&") and _person_ok(w, not_names, roles)
                else:
                    # lowercase members in a list of lowercase names or one marked by "/" or " o "
                    ok = (lower_seed or sep in ("/", "o")) and _lower_ok(w, roles)
                    if not ok and sep == "och" and step > 0 and j + 1 < len(tokens):
                        # "Kanya och dima klättra", "Oğuz Öztürk och wei sågs": a verb after the item
                        verb = tokens[j + 1][2]
                        ok = (
                            verb.islower()
                            and verb.endswith(("a", "de", "te", "des", "tes", "gs"))
                            and verb not in FUNCTION_WORDS
                            and gap(j, j + 1).strip(" \t") == ""
                            and _loose_lower_ok(w, roles)
                        )
                if not ok or not alone(j, step):
                    break
                span = (tokens[j][0], tokens[j][1])
                if span not in done:
                    done.add(span)
                    out.append(span)
                k = j
    return out


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

    def take(m: re.Match[str], group: str = "n") -> None:
        parts = m.group(group).split()
        if _person_ok(parts[0], not_names, roles) and all(
            _person_ok(p, not_names, roles) or (k > 0 and p.isupper() and p.title() not in not_names)
            for k, p in enumerate(parts)
        ):
            spans.append((m.start(group), m.end(group)))

    for m in _CUE_RE.finditer(text):
        if not m.group("formal") or m.group("n").split()[0] in ANY_NAME:
            take(m)  # after "enligt", "angående", "gällande" (police language too) only a listed name
    if not text.isupper():
        for m in _CAPS_AFTER_RE.finditer(text):
            first, caps = m.group("n"), m.group("s")
            listed = first in ANY_NAME
            if not listed and (len(caps) < 4 or _clause_start(text, m.start())):
                continue  # "Mjällby AIF", "Enligt SOS"
            if (
                _person_ok(first, not_names, roles)
                and caps.title() not in not_names
                and not caps.endswith("-")
            ):
                if not text[max(0, m.start() - 30) : m.start()].isupper():
                    spans.append((m.start(), m.end()))
    for m in _SUBJECT_RE.finditer(text):
        if m.group("n"):
            w = m.group("n").split()[0]
            if w in ANY_NAME or not w.lower().endswith(("en", "et", "na", "ar", "er", "or")):
                take(m)  # not a definite or plural noun: "…, Skolan säger", "…, Grannar hör"
        elif m.group("v") in _SPEAKING:
            take(m, "m")
    m0 = _LOWER_SUBJECT_RE.search(text)
    while m0:
        group = m0.group("n").split()
        # a listed name in the group vouches for the others ("xiaoming zhao", "li na zhang"); at the
        # start of a sentence a lowercase word needs only not to be a noun for people or a function word
        listed = any(w in LOWER_ANY and w.title() not in AMBIGUOUS for w in group)
        if all(
            _lower_ok(w, roles) or ((listed or len(group) == 1) and _loose_lower_ok(w, roles)) for w in group
        ):
            spans.append((m0.start("n"), m0.end("n")))
        m0 = _LOWER_SUBJECT_RE.search(text, m0.end())
    for m in _LOWER_MORE_RE.finditer(text):
        g = next(k for k in "abcde" if m.group(k))
        if all(_lower_ok(w, roles) for w in m.group(g).split()):
            spans.append((m.start(g), m.end(g)))
    for m in _THAT_RE.finditer(text):
        if _lower_ok(m.group("n"), roles):
            spans.append((m.start("n"), m.end("n")))
    for m in _MET_PAIR_RE.finditer(text):
        # the surname vouches for a given name that is also a word or a month ("Maj Ström", "Ros Berg")
        if m.group("s") in LAST_NAMES and m.group("n").split()[0].lower() not in FUNCTION_WORDS:
            spans.append((m.start("n"), m.end("n")))
    for m in _NICK_RE.finditer(text):
        take(m, "n" if m.group("n") else "q")
    if "(" in text:
        for m in _PAREN_RE.finditer(text):
            take(m)
    for m in _LOWER_CUE_RE.finditer(text):
        g = next(k for k in "nfg" if m.group(k))
        # "föraren X sprang från platsen" says person whatever X looks like ("föraren snežana sprang")
        if _lower_ok(m.group(g), roles) if g != "g" else _strong_lower_ok(m.group(g), roles):
            spans.append((m.start(g), m.end(g)))
    for m in _ROLE_LOWER_RE.finditer(text):
        if all(_lower_ok(w, roles) for w in m.group("n").split()):
            spans.append((m.start("n"), m.end("n")))
    if " och " in text:
        for m in _WITH_PERSON_RE.finditer(text):
            if m.group("n") in ANY_NAME or not m.group("n").lower().endswith(_NOUN_ENDINGS):
                take(m)
    for m in _FROM_SAYS_RE.finditer(text):
        parts = m.group("n").split()
        known = [p in ANY_NAME or p in AMBIGUOUS for p in parts]
        if not known[0] and parts[0].lower().endswith(_NOUN_ENDINGS):
            continue  # "Hotellpersonal på Norrmalm ringde", "Polisen på plats säger"
        if all(ok or _person_ok(p, frozenset(), roles) for p, ok in zip(parts, known, strict=True)):
            if not any(p in not_names and p not in ANY_NAME for p in parts):
                spans.append((m.start("n"), m.end("n")))
    for rx in (_PERSON_ONLY_RE, _AGE_RE, _BEFORE_NICK_RE):
        for m in rx.finditer(text):
            w = m.group("n")
            if w in ANY_NAME or not w.lower().endswith(_NOUN_ENDINGS):
                if not _after_place_prep(text, m.start("n")):
                    take(m)
    for m in _PAIR_VERB_RE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if not any(w.lower().endswith(_NOUN_ENDINGS + ("bil", "buss", "tåg")) for w in (a, b)):
            if _person_ok(a, not_names, roles) and _person_ok(b, not_names, roles):
                spans += [(m.start("a"), m.end("a")), (m.start("b"), m.end("b"))]
    for rx in (_AGAINST_RE, _CLEFT_RE):
        for m in rx.finditer(text):
            take(m)
    for m in _FROM_VIA_RE.finditer(text):
        if m.group("n"):
            take(m)
        elif all(_lower_ok(w, roles) for w in m.group("l").split()):
            spans.append((m.start("l"), m.end("l")))
    for m in _TALKED_RE.finditer(text):
        if all(_lower_ok(w, roles) for w in m.group("n").split()):
            spans.append((m.start("n"), m.end("n")))
    if "(" in text:
        for _, e in sorted(set(found) | set(spans)):
            after = _PAREN_AFTER_RE.match(text, e)
            if after:
                take(after)
    seeds = sorted(set(found) | set(spans))
    if seeds and ("/" in text or " o " in text or "," in text or " och " in text or "&" in text):
        # each word of a found span may head a list: "Dmytro/Anong", "[Li Na]/Thu"
        heads = [(t.start() + s, t.end() + s) for s, e in seeds for t in _TOKEN_RE.finditer(text[s:e])]
        spans += _list_members(text, heads, not_names, roles)
    return spans
