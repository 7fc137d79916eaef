"""Names that only the sentence around them marks as names (issue 14, third round).

Each rule is a construction that introduces a person, whatever the word: a list of names beside a name
already found (`Lärka, Bror och fritidsledare Bulut`), a resident before a flat number (`Lisa i lgh
1206`), `X som bor/jobbar/driver …`, `X och kompisar`, an age in parentheses (`Haoran (16)`), a quoted
nickname (`”Gizmo”`), a nickname in parentheses after a person word (`Ungdom (Blixten)`), the object of
a threat or a talk (`hotat Zarmina`, `pratade m Thuy`), a listed given name as the subject of a person's
verb (`Per fick ett sms`) and an all-caps surname after a found given name (`Hieu DANG`). Like the other
finders it is fail-closed inside these constructions and leaves known places, organisations, function
words and pronouns alone.
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
from lagesbild.privacy.names import AMBIGUOUS, FIRST_NAMES, LAST_NAMES
from lagesbild.privacy.speech import ORG_ENDINGS, PLACE_ENDINGS, QUOTES, said_not_named

__all__ = ["find_context_names"]

_CAP: Final = r"[A-ZÅÄÖÀ-ÞĆČĐŁŚŠŹŻŽ][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_ANYW: Final = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
_ENDINGS: Final = ORG_ENDINGS + PLACE_ENDINGS
# Capitalised without being a person (pronouns, people described, authorities).
_NOT_PERSON: Final = frozenset(
    """han hon hen de dem vi ni jag man den det denna detta någon några ingen alla flera många en ett
    killen tjejen killarna tjejerna mannen kvinnan pojken flickan ungdomen ungdomarna grannen personen
    gärningsmannen gärningspersonen eleven eleverna barnet barnen polisen väktaren väktarna personal
    personalen föräldrarna ungdom ungdomar kompisar""".split()
)
_MONTHS_DAYS: Final = frozenset(
    """januari februari mars april maj juni juli augusti september oktober november december jan feb mar
    apr jun jul aug sep sept okt nov dec måndag tisdag onsdag torsdag fredag lördag söndag mån tis ons tor
    fre lör sön vecka""".split()
)
_TOKEN_RE: Final = re.compile(_ANYW)
_QUOTE_SET: Final = frozenset(QUOTES)
_MARKS: Final = frozenset(QUOTES + "(")
# The person is named before these: "Lisa i lgh 1206", "Per som driver kiosken", "Smiley och kompisar",
# "Haoran (16)".
_AFTER_NAME_RE: Final = re.compile(
    # from the first blank of a run, without giving blanks back: a long run of them stays linear
    r"(?<![ \t])[ \t]++(?:"
    r"i[ \t]+(?i:lgh|lägenheten|lägenhet|lägenhetsnr|lägenhetsnummer)\.?[ \t]*(?i:nr\.?|nummer)?[ \t]*[0-9]"
    r"|(?P<som>som)[ \t]+(?:bor|bodde|jobbar|jobbade|arbetar|arbetade|driver|äger|ägde|går[ \t]+i|pluggar)\b"
    r"|och[ \t]+(?:[0-9]+|två|tre|fyra|fem|några|hens|hans|hennes|sina)?[ \t]*"
    r"(?:kompisar|kompis|kamrater|vänner|polare|kumpaner|syskon)\b"
    r"|(?P<age>\([ \t]*[0-9]{1,2}[ \t]*\))"
    r"|\((?P<role>[a-zåäö.]+)\)"
    r")"
)
_NAME_BEFORE_RE: Final = re.compile(rf"(?<![\w'’-])(?P<n>{_CAP}(?:[ \t]+{_CAP})?)$")
_LOWER_FIRST_RE: Final = re.compile(
    r"(?:^|(?<=[:.!?]))[ \t\n]*(?P<n>[a-zåäöà-ÿ][^\W\d_]+)[ \t]+och[ \t]+(?:[0-9]+|två|tre|några)?[ \t]*"
    r"(?:kompisar|kompis|kamrater|vänner|polare)\b"
)
_FAMILY_RE: Final = re.compile(rf"(?<![\w'’-])(?i:fam\.|familjen|familj)[ \t]+(?P<n>{_CAP})")
# The person threatened, hit or talked with.
_OBJECT_RE: Final = re.compile(
    r"(?<![\w'’-])(?i:hotat|hotade|hota|hotar|slagit|slog|rånat|rånade|misshandlat|misshandlade|knivhögg"
    r"|sparkade|sparkat|spottade[ \t]+på|ofredade|ofredat|trakasserade|pratade[ \t]+m(?:ed|\.)?"
    r"|pratat[ \t]+m(?:ed|\.)?|samtal[ \t]+med|mötte|träffade|träffat|tillhör|tillhörde|tillhörande|såg)"
    rf"[ \t]+[{QUOTES}]?(?P<n>{_CAP})[{QUOTES}]?(?![\w'’-])"
)
# A nickname in parentheses after a person word: "Ungdom (Blixten)", "ngn (Slimmy)".
_PAREN_NICK_RE: Final = re.compile(
    r"(?<![\w'’-])(?i:ungdom|ungdomen|ngn|någon|en[ \t]+person|kille|killen|tjej|tjejen|person|personen)"
    rf"[ \t]+\((?P<n>{_CAP})\)"
)
_QUOTED_RE: Final = re.compile(
    rf"(?:^|(?<=[\s(:,]))[{QUOTES}](?P<n>{_CAP}(?:[ \t]{_CAP})?)[{QUOTES}](?=$|[\s),.:;!?])"
)
# A listed given name first in its clause before a person's verb: "Per fick ett sms".
_SUBJECT_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?]))[ \t\n]*(?P<n>{_CAP})[ \t]+(?:fick|hade|kastade|spottade|lurades|greps"
    r"|ska[ \t]+ha[ \t]+[a-zåäö]+(?:at|it|t|tt)\b"
    r"|ringde|upptäckte|släckte)\b"
)
# Someone, named with one or two capitalised words, who was cheated, arrested or did harm: "Tuan Dinh
# lurades", "15-tiden Nattapong Saelim greps", "Ali slog".
_DOER_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{_CAP}(?:[ \t]+{_CAP})?)[ \t]+(?:lurades|greps|spottade|knivhöggs|rånades"
    r"|misshandlades|avvisades|hotade|slog|sparkade)\b"
)
# A listed given name at a clause's start with where the person works or belongs: "Lilja på fritids
# tycker", "Sten på skolan upptäckte", "Lilja från föreningen släckte".
_BELONGS_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?,;]))[ \t\n]*(?P<n>{_CAP})[ \t]+(?:på|från)[ \t]+[a-zåäö]+[ \t]+[a-zåäö]+"
)
_BY_LISTED_RE: Final = re.compile(
    r"(?i:\b(?:tipsad|tipsade|tipsades|anmäld|anmält|kontaktad|kontaktades|hotad|hotades|larmad|uppringd)"
    rf"[ \t]+av)[ \t]+(?P<n>{_CAP})(?![\w'’-])"
)
_PAREN_AFTER_RE: Final = re.compile(
    rf"[ \t]*(?:\([ \t]*[0-9]{{1,2}}[ \t]*(?:år)?[ \t]*\)[ \t]*)?\((?P<n>{_CAP})\)"
)
_ALLCAPS_AFTER_RE: Final = re.compile(r"[ \t]+(?P<n>[A-ZÅÄÖÀ-ÞĆČĐŁŚŠŹŻŽ][A-ZÅÄÖÀ-ÞĆČĐŁŚŠŹŻŽ-]{2,})(?![\w])")


# Each rule runs only when one of its words stands in the text (most texts have none of them): one set
# intersection with the text's words instead of a regex per rule.
def _words(text: str) -> frozenset[str]:
    return frozenset(w for t in text.split() for w in (t, t.capitalize()))


_RESIDENT: Final = _words("lgh lgh. lgh.nr lghnr lägenhet lägenheten lägenhetsnr lägenhetsnummer som")
_COMPANIONS: Final = _words("kompisar kompisar, kompis kamrater vänner vänner, polare kumpaner syskon")
_FAMILY: Final = _words("fam. familjen familj")
_OBJECT: Final = _words(
    """hotat hotade hota hotar slagit slog rånat rånade misshandlat misshandlade knivhögg sparkade sparkat
    spottade ofredade ofredat trakasserade pratade pratat samtal mötte träffade träffat tillhör tillhörde
    tillhörande såg"""
)
_SUBJECT: Final = frozenset("fick kastade spottade lurades ringde upptäckte släckte ska".split())
_DOER: Final = frozenset(
    "lurades greps spottade knivhöggs rånades misshandlades avvisades hotade slog sparkade".split()
)
_BELONGS: Final = _words("på från")
_BY: Final = frozenset("av".split())
_TRIGGERS: Final = _RESIDENT | _COMPANIONS | _FAMILY | _OBJECT | _SUBJECT | _DOER | _BELONGS | _BY


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
        or (word.isupper() and len(word) > 1)
    )


def _listed_ok(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """Where the construction says person, a listed name counts even when it is also a word ("Bror",
    "Stig", "Dina", "Berg")."""
    return (word in ANY_NAME and word not in not_names) or _person_ok(word, not_names, roles)


def _clause_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\n")
    return not before or before[-1] in ".:!?;"


def _after_place_prep(text: str, start: int) -> bool:
    m = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 20) : start])
    return m is not None and m.group(1).lower() in PLACE_PREPS_WIDE


def _list_names(
    text: str, found: list[tuple[int, int]], not_names: frozenset[str], roles: frozenset[str]
) -> list[tuple[int, int]]:
    """Other members of a list of names: "Lärka, Bror och fritidsledare Bulut", "Fred, Hugo och …"."""
    out: list[tuple[int, int]] = []
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    by_start = {s: k for k, (s, _, _) in enumerate(tokens)}
    by_end = {e: k for k, (_, e, _) in enumerate(tokens)}

    def member(j: int, strict: bool = False) -> bool:
        w = tokens[j][2]
        if strict and w[:1].isupper() and _clause_start(text, tokens[j][0]):
            # right before a role word, a capital at the start of a text or sentence says nothing:
            # only a listed name counts ("Julmarknad, kontakt Hampus Wallin")
            ok = w in ANY_NAME and w not in not_names
        elif w[:1].isupper():
            ok = _listed_ok(w, not_names, roles)
        else:
            ok = (
                w.lower() not in FUNCTION_WORDS
                and w not in _MONTHS_DAYS
                and w.title() not in AMBIGUOUS
                and (w in LOWER_ANY or w.title() in FIRST_NAMES)
            )
        if (
            j > 0
            and tokens[j - 1][2][:1].isupper()
            and text[tokens[j - 1][1] : tokens[j][0]].strip(" \t") == ""
        ):
            return False  # the end of a longer proper name: "vid Gamla Ullevi, Göte…"
        if text[tokens[j][1] : tokens[j][1] + 2].strip()[:1].isdigit():
            return False  # a street with its number: "Kasia Nowak, Björkstigen 98"
        if j + 1 < len(tokens) and text[tokens[j][1] : tokens[j + 1][0]].strip(" \t") == "":
            following = tokens[j + 1][2]
            if following[:1].isupper() or following.lower() in PLACE_NOUNS:
                return False  # part of a longer name: "Minh Bergkvist, Olof Palmes gata 106"
        return ok and not _after_place_prep(text, tokens[j][0])

    def sep(a: int, b: int) -> int | None:
        """The token before the list separator that ends at token b (", " or " och "), or None."""
        gap = text[tokens[a][1] : tokens[b][0]].strip(QUOTES)
        if gap.strip(" \t") == ",":
            return a
        if tokens[a][2] == "och" and gap.strip(" \t" + QUOTES) == "" and a > 0:
            if text[tokens[a - 1][1] : tokens[a][0]].strip(" \t" + QUOTES) in ("", ","):
                return a - 1
        return None

    # Each member is taken once: a list of n names is walked in n steps, not n² (`Kalle, Kalle, …`).
    seen: set[int] = set()
    for s, e in found:
        k = by_start.get(s)
        if k is None:
            continue
        # the role word before a found name belongs to its item: "och soc.sekr Berwari"
        after_role = False
        while k > 0 and (tokens[k - 1][2].lower() in roles or tokens[k - 1][2].lower() == "soc"):
            if text[tokens[k - 1][1] : tokens[k][0]].strip(" \t.") != "":
                break
            k -= 1
            after_role = True
        while k > 0:
            j = sep(k - 1, k)
            if j is None or j in seen or not member(j, strict=after_role):
                break  # a member seen already: the walk that took it went on from there
            seen.add(j)
            out.append((tokens[j][0], tokens[j][1]))
            k, after_role = j, False
        k = by_end.get(e)
        while k is not None and k + 1 < len(tokens):
            nxt = k + 1
            gap = text[tokens[k][1] : tokens[nxt][0]].strip(" \t" + QUOTES)
            if gap == "," and tokens[nxt][2] != "och":
                j = nxt
            elif tokens[nxt][2] == "och" and gap in ("", ",") and nxt + 1 < len(tokens):
                j = nxt + 1
                if text[tokens[nxt][1] : tokens[j][0]].strip(" \t" + QUOTES) != "":
                    break
            else:
                break
            if j in seen or not tokens[j][2][:1].isupper() or not member(j):
                break
            seen.add(j)
            out.append((tokens[j][0], tokens[j][1]))
            k = j
    return out


def find_context_names(
    text: str,
    words: list[str],
    found: Iterable[tuple[int, int]],
    roles: frozenset[str],
    not_names: frozenset[str],
) -> list[tuple[int, int]]:
    """Spans of names marked by the constructions in the module doc. ``words``: ``text.split()``;
    ``found``: the spans of names the other finders returned; ``roles``: person nouns."""
    found = sorted(found)
    spans: list[tuple[int, int]] = []
    if found:
        for s, e in found:
            m = _ALLCAPS_AFTER_RE.match(text, e)
            if (
                m
                and text[s:e][:1].isupper()
                and not text[s:e].isupper()
                and not text[max(0, s - 30) : s].isupper()
            ):
                name = m.group("n")
                if name.title() in LAST_NAMES or len(name) >= 4:
                    spans.append((m.start("n"), m.end("n")))
        if "," in text or " och " in text:
            spans += _list_names(text, found, not_names, roles)
    hits = _TRIGGERS.intersection(words)
    marks = not _MARKS.isdisjoint(text)  # quotes or parentheses
    if not hits and not marks:
        return spans

    def take(m: re.Match[str], group: str = "n", listed: bool = False) -> None:
        ok = _listed_ok if listed else _person_ok
        if all(ok(w, not_names, roles) for w in m.group(group).split()):
            spans.append((m.start(group), m.end(group)))

    kompis = not _COMPANIONS.isdisjoint(hits)
    if kompis or "(" in text or not _RESIDENT.isdisjoint(hits):
        for m in _AFTER_NAME_RE.finditer(text):
            n = _NAME_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
            if n is None:
                continue
            words = n.group("n").split()
            if len(words) == 2 and not _person_ok(words[0], not_names, roles):
                if _person_ok(words[1], not_names, roles):
                    spans.append((n.end("n") - len(words[1]), n.end("n")))
            elif m.group("som") and len(words) == 1 and words[0] not in ANY_NAME:
                continue  # "Personer som bor i …": one unlisted word before "som bor" is no name
            elif _what_happened(m, words):
                continue  # "Brand i lägenhet 16", "Andrahandsuthyrning i lgh 1502": no resident
            elif m.group("age") and words[0] not in ANY_NAME and not _clause_start(text, n.start("n")):
                continue  # "trafikplats Pukavik (48)": an exit number; "Mussie (16) kastade" is a person
            elif m.group("role") is not None:
                if m.group("role").rstrip(".") in roles and not _after_place_prep(text, n.start("n")):
                    take(n, listed=True)  # "Dina (fritidsledare)"
            elif not _after_place_prep(text, n.start("n")):
                take(n)
    if kompis:
        for m in _LOWER_FIRST_RE.finditer(text):
            if m.group("n") not in FUNCTION_WORDS and m.group("n") not in _NOT_PERSON:
                spans.append((m.start("n"), m.end("n")))
    if not _FAMILY.isdisjoint(hits):
        for m in _FAMILY_RE.finditer(text):
            take(m, listed=True)
    if not _OBJECT.isdisjoint(hits):
        for m in _OBJECT_RE.finditer(text):
            take(m)
    if "(" in text:
        for m in _PAREN_NICK_RE.finditer(text):
            take(m)
    for m in _QUOTED_RE.finditer(text) if marks and not _QUOTE_SET.isdisjoint(text) else ():
        # a place or thing in quotes has a lowercase part: "Almbro-rondellen"
        # and a quoted title follows a definite noun or "av": 'insatsen "Svepet"', 'av "Interpol"'
        prev = re.search(r"([^\W\d_]+)[ \t]*$", text[max(0, m.start() - 20) : m.start()])
        pw = prev.group(1) if prev else ""
        if pw == "av" or (pw.islower() and pw.endswith(("en", "et", "na")) and pw not in roles):
            continue
        if said_not_named(text, m.start(), m.end(), m.group("n")):
            continue  # what someone said: `"Tragiskt" – Märta`
        if all(p[:1].isupper() for p in re.split(r"[-\s]", m.group("n"))):
            take(m)
    if not _SUBJECT.isdisjoint(hits):
        for m in _SUBJECT_RE.finditer(text):
            # a listed given name before a person's verb ("Per fick", "Tomek ska ha hotat")
            if m.group("n") in FIRST_NAMES:
                take(m, listed=True)
    if not _DOER.isdisjoint(hits):
        for m in _DOER_RE.finditer(text):
            words_n = m.group("n").split()
            if _after_place_prep(text, m.start("n")) or (len(words_n) == 1 and words_n[0] not in ANY_NAME):
                continue  # one unlisted word is a headline's noun: "Person greps", "Rånare hotade"
            if len(words_n) == 2 and _clause_start(text, m.start("n")) and words_n[0] not in ANY_NAME:
                if words_n[1] not in ANY_NAME:
                    continue  # "Samtidigt greps", "Tre greps": two unlisted words need a listed one
            take(m)
    if not _BELONGS.isdisjoint(hits):
        for m in _BELONGS_RE.finditer(text):
            if m.group("n") in FIRST_NAMES:
                take(m, listed=True)
    if "av" in hits:
        for m in _BY_LISTED_RE.finditer(text):
            if m.group("n") in ANY_NAME:
                take(m, listed=True)
    if spans and ("," in text or " och " in text):
        spans += _list_names(text, spans, not_names, roles)
    if marks and "(" in text:
        # a nickname in parentheses right after a name or its age: "Thuy (Mackan)", "Wahid (16) (Tuppen)"
        for _, e in list(spans) + found:
            m = _PAREN_AFTER_RE.match(text, e)
            if m:
                take(m)
    return spans


def _what_happened(m: re.Match[str], words: list[str]) -> bool:
    """One unlisted Swedish word before `i lgh N` names what happened there, not who lives there."""
    from lagesbild.privacy.name_unknown import known_word

    if not m.group().lstrip(" \t").startswith("i"):
        return False  # only the `i lgh N` alternative
    # A known word only: an ending such as `-ning` or `-brand` is a name's too (`Xiaoning`, `Hillebrand`).
    return len(words) == 1 and words[0] not in ANY_NAME and known_word(words[0])
