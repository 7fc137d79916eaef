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
* `Surname, Given` when both are listed (`Hedlund, Ebba bjuder in`); what is done to a person
  (`Ingripande mot X Y`, `Avstängning av X Y`); who a meeting was with (`Möte m X Y och …`); a sender
  (`Cem mejlade från …`); `…, Zozan gripen`; a family (`Fam. Berg`); a name and an initial after a word that
  takes a person (`mellan Mehret T. och`), a relative in parentheses (`bror (Valkeapää, Niillas)`);
* lowercase: `tack X Y!`, `ang. X:`, `bl.a. X och Y` (one of them listed), `X Y e tillbaka` first in a
  text.

Every rule keeps what is a place, an organisation or an acronym (`Fisksätra centrum`, `Nacka Energi`,
`SL`, `LOB`): the word tests of name_cue_words.py apply. The tables and patterns are in
name_signal_words.py. Without a Swedish dictionary a lowercase word is judged by its shape, so the
lowercase rules need a strong cue (`fsk`, `tack …!`) or a name boundary after the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from lagesbild.privacy.lexicon import place_words
from lagesbild.privacy.name_cue_words import (
    CAP,
    NOT_PERSON,
    UP,
    after_place_prep,
    clause_start,
    person_ok,
)
from lagesbild.privacy.name_signal_gates import (
    ACT_AGAINST_RE,
    ALSO_CALLED_RE,
    CALLED_AFTER_RE,
    COMMA_SUBJECT_RE,
    FAMILY_RE,
    INITIAL_RE,
    KIN_PAREN_RE,
    KIN_RE,
    LIST_HEAD_RE,
    LOWER_AFTER_RE,
    MET_RE,
    NICK_PAREN_RE,
    PAREN_VERB_RE,
    QUOTE_START_RE,
    ROLE_PAREN_RE,
    ROLE_RE,
    SIGNATURE_RE,
    SO_CALLED_RE,
    SURNAME_GIVEN_RE,
    TELLS_BEFORE_RE,
    TELLS_RE,
    VERB_SUBJECT_RE,
    WHO_WORKS_RE,
    WHOSE_NUMBER_RE,
    WROTE_RE,
    Gated,
    any_word,
    needed_signals,
)
from lagesbild.privacy.name_signal_words import (
    APPOSITION_RE,
    ARRESTED,
    CAPS_RUN_RE,
    CAPSW,
    DEFINITE,
    DEFINITE_ROLES,
    END_AFTER_RE,
    EVENT_ENDINGS,
    LIST_END_RE,
    LOWER_ROLES,
    LOWER_ROLES_END,
    NOT_BEFORE_NAME,
    ONLY_PERSON,
    PART,
    ROLES,
    W,
    cap_ok,
    caps_word_ok,
    lower_words_ok,
    name_shaped_lower,
    strong_lower,
    told_ok,
    unshouted,
)
from lagesbild.privacy.name_words import (
    ANY_NAME,
    FUNCTION_WORDS,
    LOWER_ANY,
    ROLE_ENDINGS,
    SURNAME_SUFFIXES,
    shouted_word,
)
from lagesbild.privacy.names import AMBIGUOUS, FIRST_NAMES, LAST_NAMES
from lagesbild.privacy.speech import QUOTES

__all__ = ["find_signal_names"]

# Compiled once, not at each call.
_PART_RE = re.compile(PART)
_TWO_CAPS_RE = re.compile(rf"[{UP}]{{2}}")
_GROW_RE = re.compile(rf"[ \t]+(?:{PART}[ \t]+)?(?P<w>{W})(?![\w'’-])")
_WORD_BEFORE_RE = re.compile(rf"(?<![\w'’-])(?P<w>{W})[ \t]+$")
_NEXT_WORD_RE = re.compile(rf"[ \t]+(?P<w>{W})")
_PLACE_WORDS = frozenset(("gata", "gatan", "väg", "vägen", "torg", "torget", "park"))
_CAP_BEFORE_PAREN_RE = re.compile(rf"(?<![\w'’-])(?P<n>{CAP})[ \t]+\($")
_ARRESTED_AT_RE = re.compile(rf"[ \t]+(?:{ARRESTED})[ \t]+(?:i|på|vid)\b")
_CAPSW_BEFORE_RE = re.compile(rf"(?<![\w'’-]){CAPSW}[ \t]+$")
_LIST_ITEM_RE = re.compile(r"[^,;]+")
_ITEM_END_RE = re.compile(rf"[ \t]*(?:[0-9({QUOTES}\[]|$)")


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
            m = _GROW_RE.match(text[e:])
            if not m:
                break
            w = m.group("w")
            particle = m.group().split()[0] != w
            if w.lower().startswith(("al-", "el-")) and w[3:4].isupper():
                ok = True
            elif caps:
                ok = w.isupper() and caps_word_ok(w, not_names) and not shouted_word(w)
            elif chunk.islower() and w.islower():
                ok = name_shaped_lower(w, roles) and bool(LIST_END_RE.match(text, e + m.end()))
            elif w[:1].isupper() and not w.isupper():
                if particle:
                    ok = person_ok(w, not_names, roles)
                else:
                    # a capitalised word right after a name mid-sentence is its surname unless it is a
                    # definite noun: "Rania al-Tamimi Baltzar", "Áilu Päiviö"
                    ok = (
                        person_ok(w, not_names, roles)
                        and (w in ANY_NAME or not w.endswith(DEFINITE + ("na",)))
                        and not after_is_place(text, e + m.end())
                    )
            else:
                ok = False
            if not ok:
                break
            e += m.end()
        # backward: "Ljuba [Caldaras]", "DRITON [SHALA]"
        m = _WORD_BEFORE_RE.search(text[max(0, s - 40) : s])
        if m:
            w = m.group("w")
            if caps and w.isupper() and caps_word_ok(w, not_names) and len(w) >= 3:
                s -= len(m.group())
            elif (
                not caps
                and w[:1].isupper()
                and not w.isupper()
                and cap_ok(w, not_names, roles)
                and w.lower() not in roles
                and w.lower() not in ROLES
                and w.lower() not in NOT_BEFORE_NAME
                and not w.lower().endswith(ROLE_ENDINGS + ("chef", "chefen"))
                and chunk.split()[0] not in AMBIGUOUS
            ):
                s -= len(m.group())
        if (s, e) != (s0, e0):
            out.append((s, e))
    return out


def after_is_place(text: str, pos: int) -> bool:
    m = _NEXT_WORD_RE.match(text[pos:])
    return m is not None and m.group("w").lower() in _PLACE_WORDS


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

    need = needed_signals(text)

    def scan(gated: Gated) -> Iterator[re.Match[str]] | tuple[()]:
        return gated.pattern.finditer(text) if gated in need else ()

    for m in scan(ROLE_RE):
        n = m.group("n")
        role = m.group("r").lower()
        if text[m.end("r") : m.end("r") + 1] == "." and role not in _ABBREVIATED_ROLES:
            continue  # a sentence ends after the role: `Överlämnad till polis. Kniv hittades ej.` (stop 38)
        first = n.split()[0]
        if first.isupper() and len(first) > 1:
            ws = [w for w in n.split() if not _PART_RE.fullmatch(w)]
            if mixed and all(caps_word_ok(w, not_names) for w in ws):
                spans.append(unshouted(m, 1) or (m.start("n"), m.end("n")))
        elif _PART_RE.fullmatch(first):
            if all(person_ok(w, not_names, roles) for w in n.split()[1:]):
                add(m)
        elif first[:1].isupper():
            # after a role any name-like word, also a surname that is a place: "fältass. Berg"
            genitive = first.endswith("s") and re.match(r"[ \t]+[a-zåäö]", text[m.end("n") :])
            if (first in LAST_NAMES or cap_ok(first, not_names, roles)) and not genitive:
                add(m)  # not "polis Sigfridsborgs skola"
        elif role in LOWER_ROLES:
            ws = n.split()
            while ws and not all(name_shaped_lower(w, roles) for w in ws):
                ws.pop()
            if ws:
                spans.append((m.start("n"), m.start("n") + len(" ".join(ws))))
        elif role in LOWER_ROLES_END and END_AFTER_RE.match(text, m.end("n")):
            ws = n.split()
            if all(name_shaped_lower(w, roles) for w in ws) and (
                len(ws) == 2 or LOWER_ANY.intersection(ws) or not ws[0].endswith(("en", "et"))
            ):
                add(m)
    if mixed and _TWO_CAPS_RE.search(text):
        for m in CAPS_RUN_RE.finditer(text):
            run = unshouted(m)  # "SIRIPORN SRISUK UTANFÖR": the name ends before the word
            if run is None:
                continue
            ws = [w for w in text[run[0] : run[1]].split() if not _PART_RE.fullmatch(w)]
            if not all(caps_word_ok(w, not_names) for w in ws):
                continue
            # the run's own line only: a heading above it is no headline around it (stop 38, blind 59:
            # `FÖRARUPPGIFTER\nNamn: LADAN NAZARI`)
            before = text[max(0, m.start() - 25) : m.start()].rsplit("\n", 1)[-1]
            after = text[m.end() : m.end() + 25].split("\n", 1)[0]
            if sum(c.isupper() for c in before + after) > 6:
                continue  # a headline or a shouted line: "KOLLA … VID … NU"
            listed = any(w.title() in ANY_NAME for w in ws)
            shaped = all(len(w) >= 3 for w in ws) and any(lower_words_ok(w.lower(), roles) for w in ws)
            if listed or shaped:
                spans.append(run)
    for m in APPOSITION_RE.finditer(text) if ", " in text and _A_DEFINITE_ROLE(text) else ():
        ws = m.group("n").split()
        if all(w in LAST_NAMES or _surname_not_place(w) or cap_ok(w, not_names, roles) for w in ws):
            add(m)
    for m in scan(SO_CALLED_RE):
        # "den s.k. Lillen" (a nickname may look like a noun); "den så kallade Rännardagen" is an event
        w = m.group("n")
        if cap_ok(w, not_names, roles) or (
            not m.group("full") and person_ok(w, not_names, roles) and not w.lower().endswith(EVENT_ENDINGS)
        ):
            add(m)
    for m in scan(NICK_PAREN_RE):
        if person_ok(m.group("n"), not_names, roles):
            add(m)
    for m in scan(CALLED_AFTER_RE):
        # "Arben, även kallad Blixten": both are names of one person
        a, b = m.group("a"), m.group("b")
        if person_ok(a, not_names, roles) and person_ok(b, not_names, roles):
            add(m, "a")
            add(m, "b")
    for m in scan(INITIAL_RE):
        w, initial = m.group("n").split()
        # not a station: "Helsingborg C.", "Åre C."
        if cap_ok(w, not_names, roles) and not w.endswith("s") and initial != "C.":
            if not after_place_prep(text, m.start()):
                add(m)
    for m in scan(ACT_AGAINST_RE):
        ws = m.group("n").split()
        if all(caps_word_ok(w, not_names) if w.isupper() else person_ok(w, not_names, roles) for w in ws):
            add(m)
    for m in scan(SURNAME_GIVEN_RE):
        a, b = m.group("a"), m.group("b")
        if a in LAST_NAMES and a not in AMBIGUOUS and b in FIRST_NAMES and a not in not_names:
            if not after_place_prep(text, m.start()):
                spans.append((m.start(), m.end()))  # "Hedlund, Ebba bjuder in"
    for m in scan(MET_RE):
        a, b = m.group("n").split()
        if person_ok(a, not_names, roles) and person_ok(b, not_names, roles):
            plain = not any(w.lower().endswith(DEFINITE + ("ska", "land")) for w in (a, b))
            if plain or ((a in FIRST_NAMES or b in LAST_NAMES) and not a.endswith(DEFINITE)):
                add(m)  # not "Möte m Länstrafiken Sörmland", "Möte m Svenska Bostäder"
    for m in scan(WROTE_RE):
        if all(told_ok(w, not_names, roles) for w in m.group("n").split()):
            add(m)
    for m in scan(COMMA_SUBJECT_RE):
        if cap_ok(m.group("n"), not_names, roles) and not after_place_prep(text, m.start("n")):
            add(m)
    for m in scan(ROLE_PAREN_RE):
        g = "n" if m.group("n") else "k"
        w = m.group(g)
        if w in ANY_NAME or w in AMBIGUOUS or person_ok(w, not_names, roles):
            add(m, g)
    for m in scan(WHO_WORKS_RE):
        w = m.group("n")
        if w in ANY_NAME or w in AMBIGUOUS or cap_ok(w, not_names, roles):
            add(m)
    for m in scan(WHOSE_NUMBER_RE):
        if person_ok(m.group("n"), not_names, roles):
            add(m)  # "skickar pnr … på Jing", "numret till Rosita"
    for m in scan(FAMILY_RE):
        w = m.group("n")
        if w in LAST_NAMES or cap_ok(w, not_names, roles):
            add(m)  # "Fam. Berg", a surname that is also a place
    for m in scan(KIN_PAREN_RE):
        ws = m.group("n").replace(",", " ").split()
        if all(person_ok(w, not_names, roles) for w in ws):
            add(m)
    for _, e in found if ALSO_CALLED_RE in need else ():
        called = ALSO_CALLED_RE.pattern.match(text, e)
        if called and person_ok(called.group("n"), not_names, roles):
            add(called)
    if "(" in text:
        for m in scan(PAREN_VERB_RE):
            a, b = m.group("a").split()[0], m.group("b").split()[0]
            ok_a = (
                person_ok(a, not_names, roles) if m.group("v") in ONLY_PERSON else cap_ok(a, not_names, roles)
            )
            if ok_a and person_ok(b, not_names, roles):
                add(m, "a")
                add(m, "b")
        for s, _ in found:
            # "Bullen (Máret Kuoljok)": the word before a parenthesised found name
            if text[max(0, s - 1) : s] == "(":
                off = max(0, s - 40)
                prior = _CAP_BEFORE_PAREN_RE.search(text[off:s])
                if (
                    prior
                    and cap_ok(prior.group("n"), not_names, roles)
                    and not after_place_prep(text, off + prior.start("n"), wide=False)  # "i Gråbo (Ánte …)"
                ):
                    spans.append((off + prior.start("n"), off + prior.end("n")))
    for m in scan(VERB_SUBJECT_RE):
        w = m.group("n")
        if "-" in w and cap_ok(w.split("-")[-1], not_names, roles) and w.split("-")[0] in ("Lill", "Lilla"):
            add(m)  # "Lill-Ali sitter i bilen"
        elif cap_ok(w, not_names, roles) and not w.lower().endswith(("a", "e")):
            if _ARRESTED_AT_RE.search(text[m.end("n") :][:30]):
                add(m)  # "Chico sitter i bilen", "Zizzi hänger vid"
    for m in scan(SIGNATURE_RE):
        if m.group("n2"):
            if person_ok(m.group("n2"), not_names, roles) and not _frequent_word(m.group("n2")):
                spans.append(m.span("n2"))
            continue
        ws = m.group("n").split()
        if all((caps_word_ok(w, not_names) if w.isupper() else person_ok(w, not_names, roles)) for w in ws):
            add(m)
    for m in scan(TELLS_RE):
        if all(told_ok(w, not_names, roles) for w in m.group("n").split()):
            add(m)
    for m in scan(TELLS_BEFORE_RE):
        ws = m.group("n").split()
        if all((caps_word_ok(w, not_names) if w.isupper() else cap_ok(w, not_names, roles)) for w in ws):
            add(m)
    for m in scan(QUOTE_START_RE):
        if m.group("n") in FIRST_NAMES:
            add(m)
    for m in scan(KIN_RE):
        w = m.group("n")
        base = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        genitive = base != w or w.endswith(("z", "x"))
        if (
            genitive
            and len(base) >= 3
            and person_ok(base, not_names, roles)
            and not base.endswith(DEFINITE)
            and base.lower() not in NOT_PERSON
            and not _CAPSW_BEFORE_RE.search(text[max(0, m.start() - 12) : m.start()])
        ):  # "ICA Näras bil" is a shop's
            if base in ANY_NAME or not clause_start(text, m.start()) or w.endswith(("z", "x")) or base != w:
                add(m)
    for m in scan(LIST_HEAD_RE):
        off = m.start("l")
        for item in _LIST_ITEM_RE.finditer(m.group("l")):
            raw = _ITEM_END_RE.split(item.group(), maxsplit=1)[0]
            words = raw.split()
            if not words or ")" in raw:
                continue
            lead = len(raw) - len(raw.lstrip())
            s = off + item.start() + lead
            e = s + len(raw.strip())
            if len(words) == 1:
                w = words[0]
                numbered = item.group()[len(raw) :].strip()[:1].isdigit()  # "Biret 19520515-7141"
                if (w in FIRST_NAMES or w in AMBIGUOUS or (numbered and person_ok(w, not_names, roles))) and (
                    w not in not_names
                ):
                    spans.append((s, e))
            elif len(words) <= 3 and all(w[:1].isupper() for w in words):
                if all(
                    (caps_word_ok(w, not_names) if w.isupper() else person_ok(w, not_names, roles))
                    for w in words
                ):
                    spans.append((s, e))
    for m in scan(LOWER_AFTER_RE):
        g = next(k for k in "abcde" if m.group(k))
        if g in "de":
            # "rabi yakoub e tillbaka", "hej! arben berisha o ngn mer": no verb or definite noun
            ws = m.group(g).split()
            if all(name_shaped_lower(w, roles) for w in ws) and not ws[-1].endswith(("en", "et", "na")):
                add(m, g)
            continue
        words = m.group(g)
        strong = strong_lower(words, roles)
        listed = bool(LOWER_ANY.intersection(words.split()))
        if strong and (g in "ab" or listed):
            add(m, g)
    spans += _grow(text, sorted(set(found) | set(spans)), not_names, roles)
    return spans


def _frequent_word(word: str) -> bool:
    """A frequent Swedish word that is no given name or short form (`/eller`, not `/hasse`)."""
    from lagesbild.privacy.name_unknown import SHORT_FORMS, zipf
    from lagesbild.privacy.names import FIRST_NAMES

    title = word.title()
    return zipf(word) >= 4.0 and title not in FIRST_NAMES and title not in SHORT_FORMS


def _surname_not_place(word: str) -> bool:
    """A surname's ending that no known place has: `Kjellgren`, not `Hallsberg`."""
    return word.endswith(SURNAME_SUFFIXES) and word not in place_words()


_A_DEFINITE_ROLE: Final = any_word(*DEFINITE_ROLES.split("|"))
# The roles of ROLES written short, whose point is no sentence's end (`insp. Berg`, `fältass. Ali`).
_ABBREVIATED_ROLES: Final = frozenset(
    "vaktm fsk ov fältass kpol insp polisinsp sekr socialsekr ass krinsp fritidsl ansv bitr".split()
)
