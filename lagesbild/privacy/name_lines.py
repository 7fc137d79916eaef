"""Names at a line's start: the person greeted and the speaker of a chat line (issue 14, stop 20).

A greeting names who it greets (`Hej Liv!`, `Tack Saga,`, `Dear Hope,`); a chat or log line exported from
Teams, SMS or a guard's app names its speaker before a colon or a dash, after a time or before it
(`[21:05] Dardan K: ok`, `Dardan Krasniqi 21:06: vi ses`, `Hope 21:07 – vi går vidare`). A word there is a
name when it is a listed given name or surname or no known word, place or organisation (so `Ämne:`,
`Till:`, `Status:`, `Fisksätra:` stay); a capital with or without a point after a name is its initial.
Without a time on the line one of the words must be a listed name: an unknown word before a colon or a
dash is as often a heading with a typo (`Uppdatring: Mannen anträffad`, `Seriekrock - en skadad`).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import KNOWN_ZIPF, SHORT_FORMS, zipf
from lagesbild.privacy.lower_words import is_english, is_listed_lower, is_unknown_lower, lower_name_word
from lagesbild.privacy.name_capital_words import capital_word_name
from lagesbild.privacy.name_cue_words import MONTHS_DAYS, person_ok
from lagesbild.privacy.name_signal_gates import any_word
from lagesbild.privacy.name_unknown import ORGANISATIONS, known_word, place_words, unknown_word
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS, ROLE_ENDINGS
from lagesbild.privacy.names import FIRST_NAMES, LAST_NAMES, WORD_GIVEN_NAMES

__all__ = ["find_line_names"]

_GREETING_RE: Final = re.compile(
    # at a line's start, or after a field's colon or a sentence's end (`Meddelande: Hej Saga, jag …`)
    r"(?m)(?:^|(?<=[:.!?]))[ \t]*(?i:Hej|Hejsan|Hejhej|Hallå|Tjena|Tjenare|Tja|Tack|Tackar|Välkommen|Hi|Hey"
    r"|Hello|Dear"
    r"|Kära|Bästa|Thanks|Thank[ \t]+you|God[ \t]?morgon|God[ \t]?kväll|God[ \t]?dag|Bra[ \t]+jobbat|Grattis"
    r"|Ok|Okej)"
    r"[ \t]+(?P<n>[A-ZÅÄÖ][^\W\d_]+)(?:[ \t]+(?P<s>[A-ZÅÄÖ][^\W\d_]+(?:['’-][^\W\d_]+)*))?"
    r"(?:[ \t]+(?:och|&|and)[ \t]+(?P<m>[A-ZÅÄÖ][^\W\d_]+))?"
    # … or before what the writer says next (`Hej Rasha det är …`; stop 36, blind 47)
    r"(?=[ \t]*[!,.:]|[ \t]*\r?$|[ \t]+det[ \t]+(?:är|står|var)\b"
    # … or before the rest of those greeted (`Hej Ebba och övriga kontaktombud!`; stop 38, blind 62)
    r"|[ \t]+(?:och|&)[ \t]+(?:alla|övriga|resten|ni|er)\b)"
)
# Who is spoken to at a line's or a sentence's start, before what is asked or told: `Frank, detta kom in`,
# `Se nedan. Sanna, kan polisen åka förbi?` (stop 33).
_VOCATIVE_RE: Final = re.compile(
    r"(?m)(?:^|(?<=[.!?:])[ \t])[ \t]*(?P<n>[A-ZÅÄÖ][^\W\d_]+),[ \t]+"
    r"(?=(?i:detta|det[ \t]+här|kan|kan[ \t]+du|kan[ \t]+ni|har[ \t]+du|har[ \t]+ni|vill[ \t]+du"
    r"|skulle[ \t]+du|du|ni|jag|vi|se|tack|hör|ring|kolla|fråga|glöm|obs|kommer[ \t]+du)\b)"
)
# Who calls whom, a line's first words before an arrow (`Duc → skolorna i Boo`, `- Anna Berg -> polisen`).
_ARROW_RE: Final = re.compile(
    r"(?m)^[ \t]*(?:[-•*][ \t]*)?(?P<n>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]*(?:→|->|=>)[ \t]"
)
# Who writes, at a line's or a clause's start: `Dardan här från kassan`, `det är Dereje här`.
_SELF_RE: Final = re.compile(
    r"(?m)(?:^[ \t]*|[,!.][ \t]+|(?i:det[ \t]+(?:är|e))[ \t]+)"
    r"(?P<n>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]+här(?=[ \t]*[,.!]|[ \t]+(?:från|på|i|med)[ \t])"
)
# Who a letter goes to, a line's first words before `!` (`Till Drita Berisha!`), before a unit in lowercase
# that ends the line or at a workplace before a colon (stop 38, blind 59: `Till Dhuha Al Rubaie,
# trafikpolisen.`, `Till Stig på Trafikverket: vi har …`); not `Till:` of a mail.
_ADDRESSED_RE: Final = re.compile(
    r"(?m)^[ \t]*Till[ \t]+(?P<n>[A-ZÅÄÖ][^\W\d_]+)"
    r"(?:[ \t]+(?P<s>(?:(?:al|el|Al|El|van|von|de|af)[ \t]+)?[A-ZÅÄÖ][^\W\d_]+(?:['’-][^\W\d_]+)*))?"
    r"(?:[ \t]*!|,[ \t]*[a-zåäö][a-zåäö-]+[ \t]*[.:]?[ \t]*$"
    r"|[ \t]+på[ \t]+[A-ZÅÄÖ][^\W\d_]+(?:[ \t]+[A-ZÅÄÖ][^\W\d_]+)?[ \t]*:)"
)
_QUOTE_MARKS: Final = frozenset("'\"”“’‘»«")
_WORD: Final = r"[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?"
_TIME: Final = r"(?:[0-9]{1,2}[:.][0-9]{2}|[0-2][0-9][0-5][0-9])"
# A chat app's mark before each speaker (`💬 hiba: det e …`; stop 38, blind 60): a symbol or emoji.
_EMOJI: Final = r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?"
_CHAT_MARK: Final = rf"(?:{_EMOJI}[ \t]*)?"
_CHAT_RE: Final = re.compile(
    r"(?m)^[ \t]*"
    + _CHAT_MARK
    + r"(?P<t1>\[[^\]\n]{1,25}\][ \t]*|(?:[0-9]{4}-[0-9]{2}-[0-9]{2}[ \t]+)?"
    + _TIME
    + r"[ \t]+)?"
    rf"(?P<n>{_WORD}(?:[ \t]++(?:{_WORD}|[A-ZÅÄÖ]\.?(?=[ \t:])|[A-ZÅÄÖ]\.)){{0,2}})"
    # possessive spaces: a long run of them cannot be split between the groups in every way
    # a time after the name in brackets, an emoji after it (`Oliver [21:03]:`, `Alvar 🏊:`; stop 38)
    rf"(?P<t2>[ \t]++[(\[]?{_TIME}[)\]]?)?(?:[ \t]*+{_EMOJI})?"
    r"(?:[ \t]*+:|[ \t]++[–-])[ \t]"
)

# What every match of a line pattern holds, so that most texts skip its scan (issue 16): a greeting's first
# word as a whole word of the case-folded text ("God morgon" may be one word), the colon or dash after a
# speaker, the colon after a lowercase one (tests/test_name_line_gates.py).
_A_GREETING: Final = any_word(
    "hej", "hejsan", "hejhej", "hallå", "tjena", "tjenare", "tja", "tack", "tackar", "hi", "hey", "hello",
    "dear", "kära", "bästa", "thanks", "thank", "god", "godmorgon", "godkväll", "goddag", "bra", "grattis",
    "ok", "okej", "välkommen",
)  # fmt: skip


def _a_speakers_mark(text: str) -> bool:
    return ":" in text or "-" in text or "–" in text


def _greeted(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """Who a greeting names: a listed name, also one that is a place or a word (`Hej Lund,`, `Hej Per!`),
    or a word that is nothing else (not `Hej alla`, `Hej Igen!`, `Hej Gänget!`, `Tack Polisen`, `Dear
    Sir`, `Thanks Everyone!`)."""
    if word in ANY_NAME or word in WORD_GIVEN_NAMES:
        return word.lower() not in FUNCTION_WORDS or word in FIRST_NAMES
    if capital_word_name(word, not_names, roles):
        return True  # a word capitalised after the greeting: `Hej Lev!` (not `Hej Alla`, `Tack Polisen`)
    return unknown_word(word, not_names, roles) and not is_english(word.lower())


def _greeted_spans(
    m: re.Match[str], not_names: frozenset[str], roles: frozenset[str]
) -> list[tuple[int, int]]:
    """The person a greeting or a letter names: the given name, the surname after it (`Hej Drita
    Berisha!`) and a second person joined by `och` (`Hej Anna och Bo!`), each if it can be a name."""
    if not _greeted(m.group("n"), not_names, roles):
        return []
    spans = [m.span("n")]
    if m.group("s") and _surname_greeted(m.group("s"), not_names, roles):
        spans.append(m.span("s"))
    second = m.groupdict().get("m")
    if second and _greeted(second, not_names, roles):
        spans.append(m.span("m"))
    return spans


def _spoken_to(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """Who is spoken to: a listed name, also one that is a word (`Frank,`); no place, organisation or role
    (`Nacka, kan ni …`, `Polisen, har ni …`), nor a word the lists do not hold (`Vidarebefordrar, se …`)."""
    if word in ORGANISATIONS or word.lower() in roles or word in not_names or word.lower() in FUNCTION_WORDS:
        return False
    if word in FIRST_NAMES or word in WORD_GIVEN_NAMES:
        return True  # also a given name that some village bears (`Sanna,`)
    return word in ANY_NAME and word not in place_words()


def _caller(words: list[str], not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """Who calls before an arrow: listed names, also words (`Bror →`), or words that are nothing else,
    all capitalised or all lowercase (`mats →`); no place, organisation or role (`Polisen →`)."""
    if all(w.islower() for w in words):
        return all(
            lower_name_word(w) or (w.title() in FIRST_NAMES and w not in FUNCTION_WORDS) for w in words
        )
    return all(
        w[:1].isupper()
        and w not in ORGANISATIONS
        and w not in not_names
        and w.lower() not in roles
        and w.lower() not in FUNCTION_WORDS
        and (
            w in FIRST_NAMES
            or w in WORD_GIVEN_NAMES
            or (w in ANY_NAME and w not in place_words())
            or (w not in place_words() and unknown_word(w, not_names, roles) and not is_english(w.lower()))
        )
        for w in words
    )


def _surname_greeted(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """The greeted person's surname: a listed name or a word that is nothing else (not `Hej Anna Igen`)."""
    return (word in ANY_NAME and word.lower() not in FUNCTION_WORDS) or unknown_word(word, not_names, roles)


def _lower_speaker(words: list[str]) -> bool:
    return all(lower_name_word(w) for w in words)


def _name_word(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    base = word.rstrip(".")
    if len(base) == 1:
        return False  # an initial only counts beside a name
    if base in place_words() or not person_ok(base, not_names, roles):
        return False
    return base in ANY_NAME or unknown_word(base, not_names, roles)


_CHAT_LOWER_RE: Final = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,25}\]|(?:[0-9]{4}-[0-9]{2}-[0-9]{2}[ \t]+)?" + _TIME + r")[ \t]+"
    r"(?P<n>[^\W\d_]+(?:[ \t]++[^\W\d_]+){0,2})[ \t]*+:[ \t]"
)


_UNTIMED_LOWER_RE: Final = re.compile(r"(?m)^[ \t]*" + _CHAT_MARK + r"(?P<n>[a-zåäöéü]{2,20})[ \t]*:[ \t]")


def _speaker_word(word: str, timed: bool, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    if len(word.rstrip(".")) == 1 or _name_word(word, not_names, roles):
        return True
    # After a time the line is a chat's: a listed name that is also a word or place speaks (`[20.30] Per:`)
    if not timed or word in ORGANISATIONS:
        return False
    return word in ANY_NAME or word in WORD_GIVEN_NAMES or capital_word_name(word, not_names, roles)


def _self_named(words: list[str], not_names: frozenset[str], roles: frozenset[str]) -> bool:
    if all(w.islower() for w in words):
        return _lower_speaker(words)
    return all(
        w[:1].isupper()
        and ((w in ANY_NAME and w.lower() not in FUNCTION_WORDS) or unknown_word(w, not_names, roles))
        for w in words
    )


_ASKED_RE: Final = re.compile(rf"[ \t]*(?P<n>{_WORD})[ \t]*\?+[ \t]*(?=\r?\n|$)")


def _asked_name(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A word asked alone in a chat that is a name: a listed one or a pet form (`Bosse?`), or no word of
    any lexicon (`Sindi?`, `Azo?`); not `Varför?`, `Polisen?`, `Ica?`."""
    if word in place_words() or word in ORGANISATIONS or word.lower() in FUNCTION_WORDS:
        return False
    if word in ANY_NAME or word in WORD_GIVEN_NAMES or word in SHORT_FORMS:
        return word.lower() not in roles
    return unknown_word(word, not_names, roles) and not is_english(word.lower())


def _a_chat(text: str, lines: list[re.Match[str]]) -> bool:
    """Three lines or more of words after a speaker, two speakers or more, one of them on two lines or three
    speakers or more (a comment thread, stop 33), or two lines by two speakers one of whom is a listed given
    name; and no speaker a word: a chat's screenshot, not a form or a log (`Datum:`, `Åtgärd:` are words;
    `Ärendenr: 12` takes a number)."""
    said = [m for m in lines if text[m.end() : m.end() + 1].isalpha()]
    speakers = [m.group("n") for m in said]
    # two lines by two people, one of them a listed given name (stop 38, blind 63: `Jawid: nån som känner
    # …? / Katarzyna: hans nummer är …`)
    two = (
        len(said) == 2
        and len(set(speakers)) == 2
        and any(w in FIRST_NAMES for w in speakers)
        # no role's word among them (`Nattvandrare: …`), no holiday's line (`Valborg – brasa vid …`)
        and not any(w.lower().endswith(ROLE_ENDINGS) for speaker in speakers for w in speaker.split())
        and all(m.group(0).rstrip().endswith(":") for m in said)
    )
    return (
        (two or len(said) >= 3)
        and (two or 2 <= len(set(speakers)) < len(speakers) or len(set(speakers)) >= 3)
        and all(
            w in ANY_NAME or w.title() in FIRST_NAMES or not known_word(w.lower())
            for speaker in set(speakers)
            for w in speaker.split()
        )
    )


def find_line_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the person greeted, of a chat line's speaker and of who writes (`Dardan här`)."""
    out: list[tuple[int, int]] = []
    first = text.lstrip()[:1]
    if "\n" not in text and not (first.isalnum() or first == "["):
        return out  # a line's start is the text's start
    for m in _GREETING_RE.finditer(text) if _A_GREETING(text) else ():
        out += _greeted_spans(m, not_names, roles)
    for m in _ADDRESSED_RE.finditer(text) if "Till " in text else ():
        out += _greeted_spans(m, not_names, roles)  # who a letter goes to: `Till Drita Berisha! Vi vill …`
    chat_lines = list(_CHAT_RE.finditer(text)) if _a_speakers_mark(text) else []
    # a thread's lowercase speakers take their turns too (`💬 folke: …`, `💬 hiba: …`; stop 38, blind 60)
    lower_lines = list(_UNTIMED_LOWER_RE.finditer(text)) if chat_lines else []
    chat = _a_chat(text, sorted(chat_lines + lower_lines, key=lambda m: m.start()))
    for m in chat_lines:
        words = m.group("n").split()
        # a time, or a quote after the colon (`Ninva: 'Mer vuxna i centrum!'`), says a speaker; so does a
        # chat's screenshot, whose speakers take turns (`Kako: vi ses … / Pelle: ta med grejen / Kako: …`)
        timed = chat or bool(m.group("t1") or m.group("t2")) or text[m.end() : m.end() + 1] in _QUOTE_MARKS
        if not all(_speaker_word(w, timed, not_names, roles) for w in words):
            continue
        # Without a time, a heading is as likely (`Seriekrock - en skadad`): a listed name is needed.
        if timed or any(w in ANY_NAME for w in words):
            if any(len(w.rstrip(".")) > 1 for w in words):
                out.append(m.span("n"))
    for m in chat_lines if chat else ():
        # in a chat a line that only asks a name asks after a person: `Helena: Bosse?` (stop 38, blind 66)
        asked = _ASKED_RE.match(text, m.end())
        if asked and _asked_name(asked.group("n"), not_names, roles):
            out.append(asked.span("n"))
    for m in lower_lines if chat else ():
        # in a chat or comment thread a lowercase speaker without a time is a given name too (`amela: lol`)
        n = m.group("n")
        if n not in FUNCTION_WORDS and n not in roles and (lower_name_word(n) or n.title() in FIRST_NAMES):
            out.append(m.span("n"))
    for m in _CHAT_LOWER_RE.finditer(text) if ":" in text else ():
        words = m.group("n").split()
        # after a time a word that is no Swedish or English word speaks (`[14:05] liyu:`; not `21:05 larm:`,
        # `1430 bup:`, `21:05 knivhot:`)
        # one word that is only a name makes the speaker's other words (no Swedish word) his name too:
        # `13:15 arnel cortez:`
        if (
            all(w.islower() for w in words)
            and any(lower_name_word(w) for w in words)
            and all(lower_name_word(w) or (w not in FUNCTION_WORDS and not known_word(w)) for w in words)
        ):
            out.append(m.span("n"))
    for m in _ARROW_RE.finditer(text) if "→" in text or "->" in text or "=>" in text else ():
        if _caller(m.group("n").split(), not_names, roles):
            out.append(m.span("n"))
    for m in _VOCATIVE_RE.finditer(text) if ", " in text else ():
        if _spoken_to(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    if "här" in text:
        for m in _SELF_RE.finditer(text):
            if _self_named(m.group("n").split(), not_names, roles):
                out.append(m.span("n"))
    # a signature ends the text in a letter: only such a text's tail is searched (issue 16)
    tail = text.rstrip()[-1:]
    sign = _SIGNATURE_RE.search(text, max(0, len(text) - _SIGNATURE_TAIL)) if tail.isalpha() else None
    if sign:
        if sign.group("n") and _signs(sign, not_names, roles):
            out.append(sign.span("n"))
        elif sign.group("l") and _signs_lower(sign.group("l").split(), roles):
            out.append(sign.span("l"))
    return out


# Who signs a note with a name alone after its last sentence (stop 36, blind 44: `… allt släckt och
# larmat. Will`, `Ha en bra helg! Ammar`, `…\nLena`), or in a row's last cell (`…\tFalk`).
_SIGNATURE_RE: Final = re.compile(
    # a slash signs only after a space (`… 09. /Mark`), not between streets (`Kustvägen/Tellusvägen`)
    r"(?:[.!?)\t]|(?<!\S)/|\n)[ \t]*\n?[ \t]*(?P<n>[A-ZÅÄÖ][a-zåäöéü]+(?:[ -][A-ZÅÄÖ][a-zåäöéü]+)?)[ \t]*\Z"
    # in lowercase only on a line of its own (`…!!!\n\nammar`)
    r"|\n[ \t]*(?P<l>[a-zåäöéüø]{2,14}(?:[ -][a-zåäöéüø]{2,14})?)[ \t]*\Z"
)
_SHORT: Final = 6
_SIGNATURE_TAIL: Final = 60
_STREET_ENDS: Final = ("gatan", "vägen", "gränd", "gränden", "torget", "allén", "leden", "backen", "stigen")
_CLOSINGS: Final = frozenset(
    """tack mvh hälsningar hälsning slut klart ok okej hej obs info klar avslutat åtgärdat bifogas se
    uppdatering uppdaterat polisen""".split()
)


def _signs(sign: re.Match[str], not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A listed name (a word or a place too: `Strand`, `Lena`); on a line of its own also a word no lexicon
    knows or rare in Swedish (`Ammar`). Not a place, organisation, month, function word, role or closing
    word; not a word the police's summaries end in when cut short (`Släckningsarbe`, `Dödsolycka`)."""
    before = sign.group()[: sign.start("n") - sign.start()]
    own_line = "\n" in before or "/" in before  # a line of its own, or a slash's sign-off (`… /Newroz`)
    words = sign.group("n").replace("-", " ").split()
    # a full name on a line of its own: one listed given name makes it a name (`Stuart Walker`)
    given = own_line and len(words) > 1 and any(w in FIRST_NAMES for w in words)
    for word in words:
        low = word.lower()
        if low in FUNCTION_WORDS or low in _CLOSINGS or low in roles or word in not_names:
            return False
        named = word in LAST_NAMES or word in FIRST_NAMES  # `/Mark` signs, though Mark is a kommun too
        if (word in place_words() and not named) or word in ORGANISATIONS or low in MONTHS_DAYS:
            return False
        if low.endswith(_STREET_ENDS):
            return False
        listed = word in ANY_NAME or word in WORD_GIVEN_NAMES
        # a rare word only if short: a long one is a compound (`/ Sverigetaxi`), a name is not (`Ammar`)
        rare = zipf(low) < KNOWN_ZIPF and len(low) <= _SHORT
        if not (listed or given or (own_line and (is_unknown_lower(low) or rare))):
            return False
    return True


def _signs_lower(words: list[str], roles: frozenset[str]) -> bool:
    """A lowercase signature on its own line: listed, no word, or rare in Swedish (`ammar`, `anke`)."""
    return all(
        w not in FUNCTION_WORDS
        and w not in _CLOSINGS
        and w not in roles
        and w.title() not in place_words()
        and (is_listed_lower(w) or is_unknown_lower(w) or (zipf(w) < KNOWN_ZIPF and len(w) <= _SHORT))
        for w in words
    )
