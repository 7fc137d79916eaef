"""Free-text redaction of personal data (pure: ``str -> str``).

The shared lägesbild may be published only because it holds no personal data, so every free-text field
passes through :func:`redact` before it is stored for shared use. Each finding is replaced by a typed
placeholder (never a partial mask); for a home address only the house number part is replaced, so the
street (a public place) stays: ``Brandkärrsvägen 23`` -> ``Brandkärrsvägen [nr]``.

Types (see docs/redaction.md for the exact rules and the measured recall / false-positive rates):
personnummer, samordningsnummer, telefon, epost, regnr, adress, fastighet, diarienr, namn.

Everything heavy happens at import: regexes are compiled once, name lists are frozensets. A call does
a few regex scans plus one pass over the words of the text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from typing import Final

from lagesbild.privacy.finder_gates import (
    might_find_names,
    might_find_unknown_lowercase,
    might_find_unknown_names,
)
from lagesbild.privacy.finding import Finding
from lagesbild.privacy.garbled import readable
from lagesbild.privacy.lexicon import ORGANISATION_PHRASES, SHORT_FORMS, known_word, place_words
from lagesbild.privacy.name_acting import find_acting_names
from lagesbild.privacy.name_brackets import find_bracket_names
from lagesbild.privacy.name_capital_words import find_capital_word_names
from lagesbild.privacy.name_cases import find_case_names, names_before_phones
from lagesbild.privacy.name_context import find_context_names
from lagesbild.privacy.name_cues import find_cue_names
from lagesbild.privacy.name_english import english_date_month, find_english_names
from lagesbild.privacy.name_finder import find_names, names_before_numbers
from lagesbild.privacy.name_frames import find_frame_names
from lagesbild.privacy.name_groups import find_group_names
from lagesbild.privacy.name_guards import no_person
from lagesbild.privacy.name_handles import find_handle_names
from lagesbild.privacy.name_heads import find_head_names
from lagesbild.privacy.name_intros import find_dictated_names, find_intro_names
from lagesbild.privacy.name_inverted import capital_names
from lagesbild.privacy.name_joined import coordinated_names, listed_with_names
from lagesbild.privacy.name_letters import find_letter_names
from lagesbild.privacy.name_lines import find_line_names
from lagesbild.privacy.name_logs import find_log_names
from lagesbild.privacy.name_lowercase import find_lowercase_names
from lagesbild.privacy.name_neighbours import grown_names
from lagesbild.privacy.name_partners import find_partner_names
from lagesbild.privacy.name_registers import find_register_names
from lagesbild.privacy.name_rows import find_row_names
from lagesbild.privacy.name_shapes import find_name_shapes
from lagesbild.privacy.name_signals import find_signal_names
from lagesbild.privacy.name_social import find_social_names
from lagesbild.privacy.name_tables import find_table_names
from lagesbild.privacy.name_unknown import ORGANISATIONS, find_unknown_names
from lagesbild.privacy.name_unknown_lower import find_name_pairs, find_unknown_lowercase_names
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS, ROLE_WORDS_SET, STREET_WORDS_ALTERNATION
from lagesbild.privacy.name_workplaces import find_workplace_names
from lagesbild.privacy.name_youth import find_youth_names
from lagesbild.privacy.names import AMBIGUOUS, NOT_NAMES
from lagesbild.privacy.nicknames import find_nicknames
from lagesbild.privacy.span_index import SpanIndex
from lagesbild.privacy.structured import find_structured

__all__ = ["PLACEHOLDERS", "TYPES", "Finding", "find_personal_data", "redact", "redact_together"]

PLACEHOLDERS: Final[dict[str, str]] = {
    "personnummer": "[personnummer]",
    "samordningsnummer": "[samordningsnummer]",
    "telefon": "[telefon]",
    "epost": "[e-post]",
    "regnr": "[regnr]",
    "adress": "[nr]",  # only the number part of a home address; the street stays
    "fastighet": "[fastighet]",
    "diarienr": "[diarienr]",
    "idnr": "[id-nummer]",  # a passport's or an ID card's number (stop 39)
    "namn": "[namn]",
}
TYPES: Final[tuple[str, ...]] = tuple(PLACEHOLDERS)

# When two findings overlap, the one with the lower rank wins (then the longer one).
_RANK: Final[dict[str, int]] = {
    "epost": 0,
    "diarienr": 1,
    "idnr": 1,
    "personnummer": 2,
    "samordningsnummer": 2,
    "telefon": 3,
    "fastighet": 4,
    "regnr": 5,
    "adress": 6,
    "namn": 7,
}


def _resolve(candidates: list[Finding]) -> list[Finding]:
    """Keep non-overlapping findings: lower rank first, then the longer one."""
    if len(candidates) <= 1:
        return candidates
    starts: list[int] = []  # chosen intervals, sorted and disjoint
    chosen: list[Finding] = []
    for f in sorted(candidates, key=lambda f: (_RANK[f.type], f.start - f.end, f.start)):
        k = bisect.bisect_right(starts, f.start)
        if k > 0 and chosen[k - 1].end > f.start:
            continue  # overlaps the chosen interval that starts at or before it
        if k < len(chosen) and chosen[k].start < f.end:
            continue  # overlaps the next chosen interval
        starts.insert(k, f.start)
        chosen.insert(k, f)
    return chosen


def find_personal_data(text: str) -> list[Finding]:
    """All personal data in ``text``, non-overlapping, sorted by position."""
    if not text:
        return []
    view, starts = readable(text)
    if starts is not None:
        # garbled letters (`Ã¤`, `l?genhet`, `lagenhet`): found in a readable view, replaced in the text
        return [
            Finding(f.type, starts[f.start], starts[f.end], text[starts[f.start] : starts[f.end]])
            for f in _find_personal_data(view)
        ]
    return _find_personal_data(text)


def _find_personal_data(text: str) -> list[Finding]:
    candidates = find_structured(text)
    words = text.split()
    names = find_names(text) if might_find_names(text) else []  # the gates: finder_gates.py
    names += names_before_numbers(text, candidates, names)
    names += [
        Finding("namn", s, e, text[s:e])
        for s, e in find_nicknames(text, [(f.start, f.end) for f in names], ROLE_WORDS_SET, NOT_NAMES)
    ]
    names += [
        Finding("namn", s, e, text[s:e])
        for s, e in find_name_shapes(text, [(f.start, f.end) for f in names], ROLE_WORDS_SET, NOT_NAMES)
    ]
    names += [
        Finding("namn", s, e, text[s:e])
        for s, e in find_lowercase_names(text, words, [(f.start, f.end) for f in names], ROLE_WORDS_SET)
    ]
    names += [
        Finding("namn", s, e, text[s:e])
        for s, e in find_context_names(
            text, words, [(f.start, f.end) for f in names], ROLE_WORDS_SET, NOT_NAMES
        )
    ]
    names += [
        Finding("namn", s, e, text[s:e])
        for s, e in find_cue_names(text, words, [(f.start, f.end) for f in names], ROLE_WORDS_SET, NOT_NAMES)
    ]
    spans = [(f.start, f.end) for f in names]
    spans += find_signal_names(text, spans, ROLE_WORDS_SET, NOT_NAMES)
    spans += find_frame_names(text, spans, ROLE_WORDS_SET, NOT_NAMES)
    spans += find_line_names(text, NOT_NAMES, ROLE_WORDS_SET)
    spans += find_head_names(text, NOT_NAMES, ROLE_WORDS_SET)
    spans += find_register_names(text, NOT_NAMES, ROLE_WORDS_SET)
    spans += find_acting_names(text, NOT_NAMES, ROLE_WORDS_SET)
    spans += find_group_names(text, NOT_NAMES, ROLE_WORDS_SET)
    spans += find_youth_names(text, NOT_NAMES, ROLE_WORDS_SET)
    spans += find_case_names(text, NOT_NAMES, ROLE_WORDS_SET)
    spans += find_intro_names(text, NOT_NAMES, ROLE_WORDS_SET)
    spans += find_dictated_names(text, NOT_NAMES, ROLE_WORDS_SET)
    spans += find_handle_names(text)
    spans += find_social_names(text)
    spans += find_letter_names(text, NOT_NAMES)
    spans += find_partner_names(text, NOT_NAMES, ROLE_WORDS_SET)
    spans += find_english_names(text)
    spans += find_log_names(text)
    spans += find_workplace_names(text, NOT_NAMES, ROLE_WORDS_SET)
    spans += find_table_names(text, ROLE_WORDS_SET)
    spans += find_bracket_names(text, NOT_NAMES, ROLE_WORDS_SET)
    if phones := [(f.start, f.end) for f in candidates if f.type == "telefon"]:
        spans += names_before_phones(text, phones, NOT_NAMES, ROLE_WORDS_SET)
    if might_find_unknown_names(text, ROLE_WORDS_SET, NOT_NAMES):
        spans += find_unknown_names(text, spans, ROLE_WORDS_SET, NOT_NAMES)
    spans += find_capital_word_names(text, spans, ROLE_WORDS_SET, NOT_NAMES)
    if might_find_unknown_lowercase(text):
        spans += find_unknown_lowercase_names(text, spans)
    spans += find_name_pairs(text, spans)
    spans += _shouted_names(text)
    if _SOME_CAPITALS_RE.search(text) and not _shouted(text):
        spans += capital_names(text, NOT_NAMES, ROLE_WORDS_SET)
    spans += grown_names(text, spans, NOT_NAMES, ROLE_WORDS_SET)
    if joined := coordinated_names(text, spans, NOT_NAMES, ROLE_WORDS_SET):
        spans += joined + grown_names(text, joined, NOT_NAMES, ROLE_WORDS_SET)
    spans += listed_with_names(text, spans, NOT_NAMES, ROLE_WORDS_SET)
    spans += find_row_names(text, spans, NOT_NAMES, ROLE_WORDS_SET)
    spans = [
        _without_title(text, s, e)
        for s, e in spans
        if text[s:e].lower() not in _VALUES
        and not _label(text, s, e)
        and not _organisation(text[s:e])
        and not (_acronym(text[s:e]) and not _NICKNAME_MARK_BEFORE_RE.search(text, max(0, s - 14), s))
        and not _VENUE_NEXT_RE.match(text, e)
        and not english_date_month(text, s, e)
        and not no_person(text, s, e)
    ]
    spans = _union(text, spans)
    if echoes := _echoes(text, spans):
        # an echo is grown as a name found the first time: `Héritier [Ngoy]`
        spans = _union(text, spans + echoes + grown_names(text, echoes, NOT_NAMES, ROLE_WORDS_SET))
    return _resolve(candidates + [Finding("namn", s, e, text[s:e]) for s, e in spans])


# A church's, a mosque's or a venue's name, not a person's (stop 26): `Mor Gabriel syrisk-ortodoxa kyrka`,
# `Kristus Konungens katolska kyrka`, `Rosvalla nöjes- och idrottscentrum`; at most two adjectives between
# (words in `-a` or a compound's first part), so `Kalle i kyrkan` is still a person.
_VENUE_NEXT_RE: Final = re.compile(
    r"(?:[ \t]+(?:[a-zåäö][a-zåäö-]*-(?:[ \t]+och)?|[a-zåäö][a-zåäö-]*a)){0,2}[ \t]+[a-zåäö]*"
    r"(?:kyrka|kyrkan|kapell|kapellet|moské|moskén|katedral|katedralen|kloster|klostret|församling|"
    r"församlingen|tempel|templet|centrum|arena|arenan|vall|vallen)\b"  # `Örjans vall` (stop 35)
)


def _label(text: str, s: int, e: int) -> bool:
    """A form's field name before its colon, after another field's value on its line: `Handläggare:
    Nilsson, Per, Status: Pågående`. A speaker opens a line or follows a time or a role (`Rasa:`)."""
    word = text[s:e]
    return (
        text[e : e + 1] == ":"
        and text[max(0, s - 2) : s] in (", ", "; ")
        and word.isalpha()
        and word not in ANY_NAME
        and word not in SHORT_FORMS
        and known_word(word.lower())
    )


def _acronym(word: str) -> bool:
    """An acronym without a vowel is no name: `Samverkan: SSPF, Eva Lund`, `HVB`, `LSS`."""
    return word.isupper() and word.isalpha() and not _VOWELS.intersection(word)


_VOWELS: Final = frozenset("AEIOUYÅÄÖÉ")
# After a nickname's mark, capitals without a vowel are a nickname still: `alias KJ` (stop 37, blind 52).
_NICKNAME_MARK_BEFORE_RE: Final = re.compile(
    r"(?i:\b(?:alias|aka|a\.k\.a\.?|kallad|kallas|smeknamnet))[ \t]*:?[ \t]*$"
)


def _organisation(words: str) -> bool:
    """A listed organisation found as a name: `Tack till Clas Ohlson`, `Sara Holm (Vattenfall)`;
    a unit by its ending (`Klotterjouren`). A given name that is an organisation's too stays (`Mentor`)."""
    return any(
        w in ORGANISATION_PHRASES
        or (" " not in w and w not in ANY_NAME and (w in ORGANISATIONS or w.lower().endswith(_UNIT_ENDINGS)))
        for w in ((words, words[:-1]) if words.endswith("s") else (words,))
    )


_UNIT_ENDINGS: Final = (
    "jouren", "enheten", "förvaltningen", "tjänsten", "trafiken", "bostäder", "hälsan", "förbundet",
    "ombudet", "fältgrupp",
)  # fmt: skip


def _echoes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other places in the text where a found name's word stands again, capitalised the same way:
    `Närvarande: Ananya Sharma … Ordf. Ananya`, as `redact_together` does across a record's fields."""
    capitalised = {w for s, e in spans for w in _ECHO_WORD_RE.findall(text, s, e) if w[:1].isupper()}
    named = {w for w in capitalised if w not in place_words()}
    # a name that is a place's too (`Sanna Dahlberg`) echoes where it speaks: `Sanna: Jag klev av …`
    speaking = capitalised - named
    words = {w for w in named if w.lower() not in FUNCTION_WORDS}
    # a name that is also a function word (`Dina Delić` … `Justerare: Dina`) echoes only where it ends a
    # clause: `Dina barn` is the pronoun
    function_names = named - words
    if not capitalised:
        return []
    found = SpanIndex(spans)
    out: list[tuple[int, int]] = []
    for m in _ECHO_RE.finditer(text):
        s, e = m.span()
        if (
            m.group() in speaking
            and _SPEAKS_RE.match(text, e)
            and _LINE_START_RE.search(text, max(0, s - 2), s)
        ):
            if not found.overlaps(s, e):
                out.append((s, e))
            continue
        if m.group() in function_names and _CLAUSE_END_RE.match(text, e) and not found.overlaps(s, e):
            out.append((s, e))
            continue
        if m.group() not in words:
            if not (m.group().endswith("s") and m.group()[:-1] in words):
                continue
            e -= 1  # the genitive's `s` stays: `Ananyas` → `[namn]s`
        if not found.overlaps(s, e):
            out.append((s, e))
    return out


_ECHO_WORD_RE: Final = re.compile(r"[^\W\d_]{3,}")
_SPEAKS_RE: Final = re.compile(r"[ \t]*:[ \t]")
_LINE_START_RE: Final = re.compile(r"(?:\A|\n)[ \t]*\Z")
_CLAUSE_END_RE: Final = re.compile(r"[ \t]*(?:[,.;:!?)]|\r?\n|\Z)")
# A whole word (an apostrophe after it is a genitive's: `Haris'`).
_ECHO_RE: Final = re.compile(r"(?<![\w-])[^\W\d_]{3,}(?![\w-])")


_SOME_CAPITALS_RE: Final = re.compile(r"[A-ZÅÄÖ]{3}")
# What a form's person field says when it names nobody (`Sekreterare: Vakant`, `Misstänkt: Okänd`).
_VALUES: Final = frozenset(
    "vakant vakanta okänd okänt okända saknas oklart obesatt tbd unknown vacant".split()
)
# Titles before a name that are no part of it.
_TITLES: Final = frozenset(
    """ordförande ordföranden imam imamen pastor pastorn präst prästen diakon diakonen kyrkoherde
    kyrkoherden rektor rektorn brandingenjör brandingenjören styrelseledamot sekreterare kassör""".split()
)
_FIRST_WORD_RE: Final = re.compile(r"([^\W\d_]+)[ \t]+(?=[^\W\d_])")


def _without_title(text: str, s: int, e: int) -> tuple[int, int]:
    """A name's span without a title at its front (`Ordförande Larsson`, `Brandingenjör Holm`). Only the
    titles listed: a role word can be a given name too (`Bror`, `Mentor`, `Andre`), which stays."""
    m = _FIRST_WORD_RE.match(text, s, e)
    if m is None:
        return s, e
    word = m.group(1)
    if word.lower() in _TITLES and word.title() not in ANY_NAME and word.title() not in AMBIGUOUS:
        return m.end(), e
    return s, e


# In lowercase `gustav vasas gata` reads as a name; in capitals it was a street.
_STREET_AFTER_RE: Final = re.compile(rf"(?:[ \t]+[^\W\d_]+){{0,2}}?[ \t]+(?:{STREET_WORDS_ALTERNATION})\b")


# Common lowercase letters: more of them than a tenth of the text, and the line is not in capitals (a
# shouted line has at most a tenth of its letters not in capitals). One C-level scan instead of a Python
# loop over every character of every text; its first quarter mostly has enough of them already.
_SOME_LOWER_RE: Final = re.compile(r"[a-zåäöéü]")


def _shouted(text: str) -> bool:
    enough = 0.1 * len(text)
    if (
        len(_SOME_LOWER_RE.findall(text, 0, len(text) // 4)) > enough
        or len(_SOME_LOWER_RE.findall(text)) > enough
    ):
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _shouted_names(text: str) -> list[tuple[int, int]]:
    """Names in a line written in capitals, read as the same line in lowercase (issue 14, sixth round).

    In capitals every word looks like a proper noun, so the finders keep off; in lowercase the lists and
    the lowercase rules read the line as any other (`ZAINAB OCH HANS KOMPISAR`, `HUSVÄRDEN MOHAMUD`).
    A text with a few words in ordinary case has its runs of three or more words in capitals read so
    (stop 22: `LOB ÁSLAT PÄIVIÖ UTANFÖR Familjecentralen`); what is found outside the runs is not theirs.
    """
    if _shouted(text):
        return _names_in_runs(text, [(0, len(text))])
    # a register's `SURNAME, GIVEN (18)`: a person before an age, whatever the two words (stop 23)
    aged = [
        m.span(1)
        for m in (_CAPS_AGED_RE.finditer(text) if "(" in text and "," in text else ())
        if not _organisation_or_kommun(m.group(1).title())
    ]
    runs = [m.span() for m in _CAPS_RUN_RE.finditer(text)]
    return aged + (_names_in_runs(text, runs) if runs else [])


def _names_in_runs(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    low = text.lower()
    if len(low) != len(text):
        return []
    return [
        (f.start, f.end)
        for f in find_personal_data(low)
        if f.type == "namn"
        and not _STREET_AFTER_RE.match(low, f.end)
        and any(a <= f.start and f.end <= b for a, b in runs)
        and not _organisation_or_kommun(text[f.start : f.end].title())
    ]


_CAPS_AGED_RE: Final = re.compile(
    r"(?<![\w-])([A-ZÅÄÖ][A-ZÅÄÖ'-]+,[ \t]*[A-ZÅÄÖ][A-ZÅÄÖ'-]+)"
    r"(?=[ \t]*\([ \t]*[0-9]{1,2}[ \t]*(?:år[ \t]*)?\))"
)


def _organisation_or_kommun(words: str) -> bool:
    """In capitals a company's or a kommun's name reads in lowercase as a name: `WALLENSTAM`, `NACKA`."""
    return any(w in ORGANISATIONS or (w in NOT_NAMES and w not in ANY_NAME) for w in words.split())


# Three or more words in capitals in a row (with numbers, times and punctuation between them; the parts of
# `AL-SHAMMARI` count as two). An apostrophe belongs to a word only before its next capital and every run
# is possessive, so a long run of dashes or spaces is read once (no backtracking over ways to split it).
_CAPS: Final = "A-ZÅÄÖÀ-ÞĆČĐŁŚŠŹŻŽ"
_CAPS_WORD: Final = rf"[{_CAPS}](?:[{_CAPS}]|['’](?=[{_CAPS}]))++"
_CAPS_GAP: Final = r"[^\w\n]++(?:[0-9]++(?:[.:/-][0-9]++)*+[^\w\n]++)?+"
_CAPS_RUN_RE: Final = re.compile(rf"{_CAPS_WORD}(?:{_CAPS_GAP}{_CAPS_WORD}){{2,}}")


_JOINED_RE: Final = re.compile(r"(?:[-'’][^\W\d_]+)+")
_JOINED_BEFORE_RE: Final = re.compile(r"(?:[^\W\d_]+[-'’])+$")


def _whole_tokens(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name span grown over the hyphenated parts of its word: `el-Masri`, not `[namn]-Masri`."""
    out = []
    for s, e in spans:
        m = _JOINED_RE.match(text, e) if e < len(text) and text[e - 1 : e].isalpha() else None
        b = _JOINED_BEFORE_RE.search(text[max(0, s - 40) : s]) if s and text[s : s + 1].isalpha() else None
        out.append((s - len(b.group()) if b else s, m.end() if m else e))
    return out


def _union(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping name spans as one, so no part of a longer reading is left."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(_whole_tokens(text, spans)):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _apply(text: str, findings: list[Finding]) -> str:
    parts: list[str] = []
    pos = 0
    for f in findings:
        parts.append(text[pos : f.start])
        parts.append(PLACEHOLDERS[f.type])
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


def _composed(text: str) -> str:
    """The text with its accents composed (NFC): a text pasted from a Mac writes `ö` as `o` and a combining
    mark, which splits a word in two for every rule (`Björn`, `Zoë`)."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def redact(text: str | None) -> str | None:
    """Replace personal data in ``text`` with typed placeholders. ``None`` and ``""`` pass through.

    Idempotent: when a replacement lets a new finding appear (rare), the text is scanned again until
    nothing changes, so ``redact(redact(x)) == redact(x)``.
    """
    if not text:
        return text
    out = _composed(text)
    for _ in range(5):
        findings = find_personal_data(out)
        if not findings:
            break
        out = _apply(out, findings)
    return out


def redact_together(fields: Sequence[object]) -> list[str | None]:
    """The fields of one record redacted as one: a name found in one field ("Han kallar sig Zorro") is
    removed from the others too ("Luciatåg med Zorro"), where nothing else marks it as a name."""
    texts = [None if not isinstance(f, str) else _composed(f) for f in fields]
    words = {
        w
        for text in texts
        if text
        for finding in find_personal_data(text)
        if finding.type == "namn"
        for w in re.findall(r"[^\W\d_]{3,}", finding.value)
    }
    out = [redact(t) for t in texts]
    if not words:
        return out
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?![\w-])"
    )
    return [None if t is None else pattern.sub(PLACEHOLDERS["namn"], t) for t in out]
