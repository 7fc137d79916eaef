"""Names as people write them, beyond the name lists: nicknames and names that are also words.

Used by :func:`lagesbild.privacy.redaction.find_personal_data` after its own name detector; returns
(start, end) spans of ``text`` that are a person's name or nickname:

- a nickname after a naming word: ``kallad Texas``, ``kallas "Bullen"``, ``kallar sig Zorro``,
  ``kallar honom Myran``, ``alias Lillen``, ``smeknamnet Kungen``, ``aka Mini``, ``går under namnet …``
  (a quoted nickname after any of them; an unquoted one capitalised, or lowercase after the unambiguous
  ones or before punctuation);
- a quoted word or two right beside a person word or a detected name: ``killen "Bullen"``,
  ``Ali "Texas" Karimi``;
- a word or two in parentheses right before or after a detected name: ``(Bullen) Ali Karimi``,
  ``Ali Karimi (Bullen)``;
- a name that is also an ordinary word when the context says person: after a role word
  (``väktare Berg``, ``Väktare A. Berg``), beside a name with ``och``;
- speakers and addressees (:mod:`lagesbild.privacy.speech`): after or before a said-verb (``säger
  Vinter``), addressed in quoted speech (``"Sten, kom hit!"``), inside quoted speech.

Pure: strings in, spans out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from lagesbild.privacy.lexicon import known_word, place_words
from lagesbild.privacy.name_unknown import ORGANISATIONS
from lagesbild.privacy.name_words import (
    PLACE_NOUNS,
    ROLE_ENDINGS,
    STREET_WORDS_ALTERNATION,
    organisation_form,
)
from lagesbild.privacy.names import FIRST_NAMES, LAST_NAMES
from lagesbild.privacy.span_index import any_within
from lagesbild.privacy.speech import (
    ORG_ENDINGS,
    PLACE_ENDINGS,
    QUOTES,
    find_speakers,
    is_name_word,
    said_not_named,
)

_QUOTED: Final = rf"[{QUOTES}](?P<q>[^\W\d_][^{QUOTES}\n]{{0,30}}?)[{QUOTES}]"
_WORD: Final = r"[^\W\d_][\w'’-]*"
# Unambiguous naming words: what follows is a (nick)name even in lowercase.
_STRONG_MARK: Final = (
    r"alias|a\.?k\.?a\.?|smeknamnet|smeknamn|kallar\s+sig|kallade\s+sig|kallas\s+för|kallad\s+för"
    r"|går\s+under\s+namnet|gick\s+under\s+namnet|med\s+namnet|känd\s+som|kallad\s+som"
    # "kallar honom Myran", "kallar de för Pärlan", "som kompisarna kallar för Lillen"
    r"|kallar\s+(?:honom|henne|hen|dem|sig\s+själv)(?:\s+för)?"
    r"|kallar\s+(?:de|vi|alla|folk|han|hon|kompisarna|killarna|tjejerna)\s+(?:honom\s+|henne\s+)?för"
    r"|kallas\s+av\s+\w+\s+för|kallades\s+för|kallad\s+av\s+\w+\s+för"
)
_MARK: Final = r"kallad|kallade|kallas|kallades|kallats"
_MARK_RE: Final = re.compile(
    rf"(?i:\b(?P<m>{_STRONG_MARK}|{_MARK}))(?![\w])[ \t]*:?[ \t]*(?:{_QUOTED}|(?P<w>{_WORD}(?:[ "
    rf"\t]+{_WORD})?))"
)
_SO_CALLED_RE: Final = re.compile(r"(?i:\b(så|s\.k\.|sk|även|också)[ \t]+)$")
# Words that follow "kallas"/"kallad" without being a name ("kallas till möte", "kallades in").
_NOT_AFTER_MARK: Final = frozenset(
    """till in för på av ut upp hem som den det att en ett de dem dit hit och eller i vid med mot från
    polis polisen ambulans väktare väktarna personal personalen inget ingen inga något någon några nåt
    själv själva sig honom henne dem så bara""".split()
)
# What a person is called out for, in lowercase after `kallad för`: no nickname.
_ERRANDS: Final = frozenset(
    """eftersök förhör samtal möte intervju undersökning utryckning provtagning avlivning bedömning jakt
    uppdrag tjänst vittnesmål hembesök inställelse läkarundersökning""".split()
)
_QUOTE_RE: Final = re.compile(_QUOTED)
_DIGIT_RE: Final = re.compile(r"[0-9]")
_QUOTE_CHAR_RE: Final = re.compile(f"[{QUOTES}]")


def _role(words: str, roles: frozenset[str]) -> bool:
    """A role in brackets beside a name is what the person does, no nickname: `Ananya Sharma (samordnare)`,
    `Frank O'Neill (housing officer)`."""
    low = words.lower().split()
    return bool(low) and (low[-1] in roles or low[-1].endswith(ROLE_ENDINGS))


def _place_or_institution(words: str) -> bool:
    """Where or for whom a person is, in brackets after the name: `Ibbe (fritidsgården Älta)`, `Rektor
    Ferraro (Missionskyrkan)`, `Ali (Keolis)` — a place, a place's noun or ending, an organisation."""
    if organisation_form(words):
        return True  # `(Hedin Bil)`, `(Syrianska FC)`, `(Råå Pizzeria)`
    for w in words.split():
        low = w.lower()
        if (
            w in place_words()
            or w in ORGANISATIONS
            or low in PLACE_NOUNS
            or low.endswith(ORG_ENDINGS + PLACE_ENDINGS)
        ):
            return True
    return False


_SHORT_NOUN: Final = 7  # a nickname's definite noun is short (`lillen`, `bossen`, `kungen`)


def _remark(words: str) -> bool:
    """Lowercase Swedish words in brackets beside a name say what about, no nickname: `Sandberg
    (arbetsmiljö)`, `Ali (vikarie)` (stop 35); a listed given name in lowercase stays (`(sara)`), and so
    does a noun in its definite form, as nicknames are (`Ali (lillen)`, `(bossen)`)."""
    return words.islower() and all(
        known_word(w)
        and w.title() not in FIRST_NAMES
        and not (w.endswith(("en", "an", "et", "n")) and len(w) <= _SHORT_NOUN)  # `(stadsbussen)` is a remark
        for w in words.split()
    )


_PAREN_RE: Final = re.compile(rf"\((?P<p>{_WORD}(?:[ \t]+{_WORD})?)\)")
# "Selam (Tiger) Korhonen": a parenthesised nickname between two capitalised words is one person.
_PAREN_BETWEEN_RE: Final = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][\w'’-]+[ \t]+\([A-ZÅÄÖ][\w'’-]*\)[ \t]+[A-ZÅÄÖ][\w'’-]+"
)
# Verbs that take a person as object: two capitalised words after them are a first and last name.
_PERSON_VERB_RE: Final = re.compile(
    r"(?i:\b(?:mötte|möter|träffade|träffar|pratade[ \t]+med|talade[ \t]+med|lämnade[ \t]+över|grep|greps"
    r"|omhändertog|avvisade|ring|ringde|ringer|kontakta|kontaktade|hämtade|följde[ \t]+med))[ \t]+"
    r"(?P<n>[A-ZÅÄÖ][\w'’-]+(?:[ \t]+[A-ZÅÄÖ][\w'’-]+)?)"
)


_FIRST_LOWER: Final = frozenset(n.lower() for n in FIRST_NAMES)
_LAST_LOWER: Final = frozenset(n.lower() for n in LAST_NAMES)
_SURNAME_ENDINGS: Final = (
    "sson",
    "qvist",
    "kvist",
    "ström",
    "gren",
    "berg",
    "lund",
    "holm",
    "dahl",
    "blad",
    "blom",
    "ander",
    "ius",
    "vić",
    "ović",
    "zadeh",
    "oglu",
    "nen",
    "ska",
    "ski",
    "mohammadi",
    "hosseini",
)
# Capitalised words that start a sentence before "och" without being a person.
_NOT_BEFORE_OCH: Final = frozenset(
    """polisen väktarna väktare personalen fältarna han hon de vi ni jag den det man mamman pappan
    killen tjejen grannen ungdomar ungdomarna barn barnen skolan kommunen bolaget""".split()
)
_MARK_TRIGGERS: Final = frozenset(
    "alias aka a.k.a smeknamnet smeknamn kallar kallade kallad kallas kallades kallats namnet känd".split()
)
_CALL_TRIGGERS: Final = frozenset("ring ringde ringer kontakta kontaktade sms".split())
_VERB_TRIGGERS: Final = frozenset(
    "mötte möter träffade träffar pratade talade lämnade grep greps omhändertog avvisade ring ringde ringer "
    "kontakta kontaktade hämtade följde".split()
)
_TOKEN_RE: Final = re.compile(r"[^\W\d_][\w'’-]*")
_ROLE_GAP_RE: Final = re.compile(r"[ \t]*:?[ \t]+")
_STREET_AFTER_RE: Final = re.compile(rf"[ \t]+(?:{STREET_WORDS_ALTERNATION})\b")
_OCH_BEFORE_RE: Final = re.compile(r"(?<![\w-])(?P<n>[A-ZÅÄÖ][\w'’-]+)[ \t]+och[ \t]+$")
_OCH_AFTER_RE: Final = re.compile(
    r"^[ \t]+och[ \t]+(?P<n>[A-ZÅÄÖ][\w'’-]+)(?![\w'’-])(?![ "
    r"\t]+[a-zåäö]*(?:gata|gatan|väg|vägen|torg|torget|plats|platsen|park|parken|skola|skolan|kyrka"
    r"|kyrkan|allé)\b)"
)
_PAIR_RE: Final = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<a>[A-ZÅÄÖ][\w'’-]+)[ \t]+och[ \t]+(?P<b>[A-ZÅÄÖ][\w'’-]+)"
)
_CALL_RE: Final = re.compile(
    r"(?i:\b(?:ring|ringde|ringer|kontakta|kontaktade|sms:a))[ \t]+(?P<n>[A-ZÅÄÖ][\w'’-]+)(?=[ "
    r"\t]+på\b|[,.!?]|$)"
)


# Lowercase words that are surnames too but in running text are just words.
_COMMON_LOWER: Final = frozenset("berg lund holm dahl blad blom ström gren kvist ek lind storm sten".split())


# After these a lowercase given name is a verb: "inte klara", "att vilja", "ska hinna".
_BEFORE_VERB: Final = frozenset(
    "inte ej att kan kunde ska skulle vill ville måste får fick kommer brukar hann lyckades".split()
)


def find_nicknames(
    text: str, names: Iterable[tuple[int, int]], role_words: Iterable[str], not_names: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of nicknames and context-named persons in ``text`` (see the module doc). ``names``: the
    spans the list-based detector found; ``role_words``: person nouns ("väktare", "killen")."""
    spans: list[tuple[int, int]] = []
    found = sorted(names)
    # a found name beside a match, by bisection, not over every name (`Kalle "Kex" ` × 20,000: 24 s)
    starts, ends = [s for s, _ in found], sorted(e for _, e in found)
    # Each rule runs only when its trigger is in the text at all (most reports have none of them).
    token_words = _TOKEN_RE.findall(text)  # their positions only where the pass over words needs them
    lower = {w.lower() for w in token_words}
    has_quote = _QUOTE_CHAR_RE.search(text) is not None
    marked = not lower.isdisjoint(_MARK_TRIGGERS) or "a.k.a" in text.lower()
    for m in _MARK_RE.finditer(text) if marked else ():
        mark = m.group("m").lower()
        so_called = mark.startswith("kallad") and _SO_CALLED_RE.search(text, max(0, m.start() - 8), m.start())
        # "en så kallad kökrock", "en A-traktor, även kallad EPA"; but after a name found, "även kallad
        # Kaka" names a person (stop 37, blind 52)
        also_called = so_called and so_called.group(1).lower() in ("även", "också")
        if so_called and not (
            also_called and (m.group("w") or "")[:1].isupper() and any_within(ends, m.start() - 40, m.start())
        ):
            continue
        if m.group("q") is not None:
            spans.append((m.start("q"), m.end("q")))
            continue
        words = m.group("w").split()
        if words[0].lower() in _NOT_AFTER_MARK:
            continue
        if words[0] in _ERRANDS and mark.endswith("för"):
            continue  # called out for a task: `Jägare Kourie kallad för eftersök` (stop 38, blind 64)
        strong = not re.fullmatch(_MARK, mark, flags=re.I)
        if not strong and not words[0][:1].isupper():
            nxt = text[m.start("w") + len(words[0]) : m.start("w") + len(words[0]) + 1]
            if not nxt or nxt not in ",.;!?)" or len(words[0]) < 3:
                continue
            words = words[:1]  # "kallad lillbrorsan, var med": one word before punctuation
            spans.append((m.start("w"), m.start("w") + len(words[0])))
            continue
        # "aka Spöket var där": after a capitalised nickname a lowercase word is the sentence again.
        keep = [w for w in words if w[:1].isupper() or (strong and not words[0][:1].isupper())]
        if len(words) == 2 and words[1] not in keep:
            end = m.start("w") + len(words[0])
        elif len(words) == 2 and words[1].lower() in _NOT_AFTER_MARK:
            end = m.start("w") + len(words[0])
        else:
            end = m.end("w")
        spans.append((m.start("w"), end))
    # Quoted words beside a person word or a detected name.
    roles = role_words if isinstance(role_words, frozenset) else frozenset(w.lower() for w in role_words)
    for m in _QUOTE_RE.finditer(text) if has_quote else ():
        if (
            len(m.group("q").split()) > 3
            or _DIGIT_RE.search(m.group("q"))
            or text[m.end() : m.end() + 1] == ":"
        ):
            continue  # a chat's or an event's title: `chatt "Fest vecka 17"`, `"Reservatet gänget": Hirut`
        if said_not_named(text, m.start(), m.end(), m.group("q")):
            continue  # what someone said: `"Keff gjort" (Viktor)`, `"Tragiskt" – Märta`, `kompis: "Shhh bre"`
        before = text[max(0, m.start() - 40) : m.start()]
        prev = re.search(rf"({_WORD})[ \t]*$", before)
        # beside on the same line: a name that ends the line before is no one the quote names (`— Agnes
        # Ekström` / `„överdriv inte" — …`, a comment thread; stop 33)
        beside_name = (
            any_within(ends, m.start() - 2, m.start()) and "\n" not in text[max(0, m.start() - 2) : m.start()]
        ) or (any_within(starts, m.end(), m.end() + 2) and "\n" not in text[m.end() : m.end() + 2])
        if beside_name or (prev is not None and prev.group(1).lower() in roles):
            spans.append((m.start("q"), m.end("q")))
    # A word or two in parentheses right beside a detected name.
    for m in _PAREN_RE.finditer(text) if "(" in text else ():
        after = re.match(r"[ \t]+([A-ZÅÄÖ][\w'’-]+)[ \t]+", text[m.end() :])
        # "(Kexet) Juni Axelsson": one capitalised word may stand between the nickname and the surname found.
        reach = m.end() + after.end() if after else m.end()
        if (
            any_within(ends, m.start() - 2, m.start())
            or (any_within(starts, m.end(), m.end() + 2) and _BESIDE_RE.match(text, m.end()))
            or any_within(starts, reach, reach)
        ):
            p = m.group("p")
            if p not in not_names and not _place_or_institution(p) and not _role(p, roles) and not _remark(p):
                spans.append((m.start("p"), m.end("p")))
                if after and reach > m.end() + 2:
                    spans.append((m.end() + after.start(1), m.end() + after.end(1)))
    # Names that are also words, when the context says person.
    # One pass over the words: a role word before a capitalised name-word ("väktare Berg"), and a
    # lowercase given name before a surname ("tindra forsberg").
    # both rules start at a role word or a lowercase given name: most texts have neither
    paired = not lower.isdisjoint(roles) or not lower.isdisjoint(_FIRST_LOWER)
    words = token_words
    tokens = list(_TOKEN_RE.finditer(text)) if paired else []
    for k in range(len(words) - 1) if paired else ():
        w1 = words[k]
        is_role = w1.lower() in roles
        if not is_role and w1 not in _FIRST_LOWER:
            continue
        m1, m2, w2 = tokens[k], tokens[k + 1], words[k + 1]
        gap = text[m1.end() : m2.start()]
        if is_role and _ROLE_GAP_RE.fullmatch(gap) and w2[:1].isupper() and w2.lower() not in roles:
            end = m2.end()
            if k + 2 < len(tokens):
                m3 = tokens[k + 2]
                initial = len(w2) == 1 and text[m2.end() : m3.start()] in (". ", ".")  # "väktare A. Berg"
                if (text[m2.end() : m3.start()] in (" ", "\t") or initial) and words[k + 2][:1].isupper():
                    named = initial or is_name_word(w2) or is_name_word(words[k + 2])
                    end = m3.end() if named else end
            if w1.lower() == "polisen" and (w2 in place_words() or w2.endswith(PLACE_ENDINGS)):
                continue  # a police unit is named by its place: `Polisen Ältadalen:`
            if (is_name_word(w2) or end > m2.end()) and not _STREET_AFTER_RE.match(text, end):
                spans.append((m2.start(), end))  # not a street named so: `Doktor Nielsens väg` (stop 36)
        elif (
            gap in (" ", "\t")
            and w1 in _FIRST_LOWER
            and w1.islower()
            and w2.islower()
            and w2 not in _COMMON_LOWER
            and not (k and words[k - 1].lower() in _BEFORE_VERB)  # "kunde inte klara situationen"
        ):
            if w2 in _LAST_LOWER or w2.endswith(_SURNAME_ENDINGS):
                spans.append((m1.start(), m2.end()))
    # "Ester och Sixten", "Lovisa och Juni": a name-word or an unknown capitalised word joined by "och"
    # to a name found is a name too (not a street: "… och Olof Palmes gata").
    joined = "och" in lower  # every rule below needs the word "och"
    for s_, e_ in (
        sorted(set(found + spans)) if joined else ()
    ):  # also the role pass's ("Väktarna Berg och …")
        och_before = _OCH_BEFORE_RE.search(text, max(0, s_ - 40), s_)
        if och_before is not None and och_before.group("n").lower() not in _NOT_BEFORE_OCH:
            word = och_before.group("n")
            if is_name_word(word) or (
                word not in not_names
                and word.lower() not in roles
                and not word.lower().endswith(_STREET_ENDINGS)  # `på Hamnvägen och Sara Lind`
                and not organisation_form(word)  # `Tack till Älta IF och Sediqa Ahmadzai`
            ):
                spans.append((och_before.start("n"), och_before.end("n")))
        after_m = _OCH_AFTER_RE.search(text[e_ : e_ + 40])
        if after_m is not None:
            word = after_m.group("n")
            # Fail-closed beside a full name ("Taras Shevchuk och Mykola …"); beside one word ("Fredrika
            # och Tallsjö" are places too) only a name-word.
            full = " " in text[s_:e_].strip()
            if is_name_word(word) or (
                full
                and word not in not_names
                and word.lower() not in roles
                and word.lower() not in _NOT_BEFORE_OCH
                and not word.lower().endswith(ORG_ENDINGS + PLACE_ENDINGS)
                and not organisation_form(word)
            ):
                spans.append((e_ + after_m.start("n"), e_ + after_m.end("n")))
    for m in _PAIR_RE.finditer(text) if joined else ():
        a, b = m.group("a"), m.group("b")
        if (
            a.lower() in _NOT_BEFORE_OCH
            or (a in not_names and not is_name_word(a))
            or (b in not_names and not is_name_word(b))
        ):
            continue
        if is_name_word(a) or is_name_word(b):
            spans += [(m.start("a"), m.end("a")), (m.start("b"), m.end("b"))]
    for m in _CALL_RE.finditer(text) if not lower.isdisjoint(_CALL_TRIGGERS) else ():
        if m.group("n") not in not_names or is_name_word(m.group("n")):
            spans.append((m.start("n"), m.end("n")))
    for m in _PAREN_BETWEEN_RE.finditer(text) if "(" in text else ():
        spans.append((m.start(), m.end()))
    for m in _PERSON_VERB_RE.finditer(text) if not lower.isdisjoint(_VERB_TRIGGERS) else ():
        words = m.group("n").split()
        if len(words) == 2 or is_name_word(words[0]):
            if not any(w in not_names and not is_name_word(w) for w in words):
                spans.append((m.start("n"), m.end("n")))
    spans += find_speakers(text, lower, roles, not_names)
    return spans


_STREET_ENDINGS: Final = ("vägen", "gatan", "gränd", "gränden", "torget", "stigen", "backen", "allén")
# What stands between a bracket and the name it is a nickname of: a space, not a colon or a line's end
# (`i butiken (Mirum Galleria):` / `Ali – …` is a heading over a list).
_BESIDE_RE: Final = re.compile(r"[ \t]{0,2}(?![:\n])")
