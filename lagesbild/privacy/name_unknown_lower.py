"""Fail-closed names in lowercase: a word no lexicon knows, where a person stands (issue 14, stop 19).

Phone-typed notes write names in lowercase (`värdarna såg kibrom kasta sten`, `pratade m bahar`), where
capitals say nothing. A lowercase word is a name here when it is in no lexicon — not Swedish (the
frequency list, compounds of two words), not English, no place, role or function word — and a person
stands there: after what takes a person (`med`, `m`, `såg`, `mötte`, `hyresgäst`, `bl.a.`), before
what a person does (`kibrom kasta`, `murat skadad`) or an age (`mot lena, 14 år`). An unknown word next
to it is the surname or the given name (`najib noori`, `chaiwat thongdee sov`).

Stop 20 added: a listed given name typed in lowercase, also one that is a Swedish word (`lena`, `karl`),
in the same places — but a word before a verb only where a clause opens (`pågår, lena kollar`, not
`samma dag kom`, `hans bror sprang`); a candidate joined to a name by `och`, `o` or a comma
(`[namn] o hakan`, `arben och ebba spelade`; a comma not for a Swedish word: `Fisksätra marina, Ali`); an
unknown word that opens a clause before `från` (`lugnt, tuan från skolan hälsade`, not `och dunsar
från`). Every draft was run on the 141,264 real police texts: the rules change 4 of them.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lower_words import (
    inflected_form,
    is_listed_lower,
    is_unknown_lower,
    lower_name_word,
    typo_of_common_word,
)
from lagesbild.privacy.name_unknown import AGE_AFTER_RE, KNOWN_ZIPF, ORGANISATIONS, SHORT_FORMS, zipf
from lagesbild.privacy.name_words import (
    ANY_NAME,
    FUNCTION_WORDS,
    NOT_NAMES_LOWER,
    PLACE_NOUNS,
    ROLE_ABBREVIATIONS,
    ROLE_WORDS_SET,
)
from lagesbild.privacy.span_index import SpanIndex

__all__ = ["WORD_RE", "find_name_pairs", "find_unknown_lowercase_names"]

_LOWER: Final = "a-zåäöéüàáèíóúñçćčđłńśšźżžğış"
# A lowercase word of three letters or more, or of two before a hyphen (`el-rawi`, `al-amin`).
WORD_RE: Final = re.compile(
    rf"(?<![\w'’@.\[-])(?:[{_LOWER}]{{3,}}|[{_LOWER}]{{2}}(?=-))(?:-[{_LOWER}]+)?(?![\w'’@\]-])"
)
# Words that take a person right after them.
_BEFORE: Final = frozenset(
    """m såg ser mötte möter träffade träffar kontaktade hyresgäst hyresgästen föraren
    ägare ägaren grannen målsägande bl.a bl.a. ringde ring mejlade sms:a avvisade avvisar hotade
    följde hjälpte eleven kompisen vännen killen tjejen pojken flickan sonen dottern nå når nådde""".split()
)
# Words after which only a word that is no Swedish word is a person (`ring mig abebe`, `tack niran`; not
# `ring mig per telefon`, `kastade me sten`, `ok dag 2`, `nr till sofia kyrka`).
# A log's abbreviations, in no lexicon (stop 34: `amb Mike 12 skickad`, `rtj framme`).
_LOG_ABBREVIATIONS: Final = frozenset(
    "amb rtj ovakt trh matos bost anm avd enl resp tfn pnr lgnr lägnr".split()
)
_BEFORE_NO_WORD: Final = frozenset("me tack hej hejsan ok okej mig".split())
# Words that introduce what a note is about; an unknown word after them is a person (`ang. faadumo`).
_BEFORE_UNKNOWN: Final = frozenset("ang ang. angående rörande".split())
# Two words that take a person right after them (`pratade med`, `kontakt m.`, `bland dem`).
_BEFORE_PAIR_RE: Final = re.compile(
    r"(?i:pratade|pratat|prata|snackade|snackat|snacka|talade|träffade|möte|samtal|kontakt|gick|satt|"
    r"bråkade|bråk|slogs|bland|hänga|hängde|hänger|umgås|umgicks|ute)[ \t]+(?:med|me|m\.?|dem|mot)[ \t]+$"
)
_TO_PERSON_RE: Final = re.compile(r"(?i:den|nr|numret|nummer|nyckeln)[ \t]+till[ \t]+$")
# What a person does right after the name.
_AFTER: Final = frozenset(
    """säger sa sade ringde ringer skadad skadades sov sover greps grips kollar kollade fixade hjälpte
    spelade brukar kom kommer sågs blev klagar klagade misstänker ville vill jobbar jobbade bor bodde
    kasta kastade slog sprang hotade bråkade satt sitter stod står verkar mår mådde gick åkte tycker
    tyckte berättade berättar tog tar fick får
    fixar mötte bjöd öppnade lova lovade snacka leder undrar placerad vet""".split()
)


def find_unknown_lowercase_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of lowercase words that are in no lexicon, or listed given names, where a person stands.

    ``taken``: the names found already. A candidate joined to a name by `och`, `o` or a comma is one
    too (`[namn] o hakan`, `arben och ebba spelade`), decided after the others.
    """
    if not any(c.islower() for c in text):
        return []
    tokens = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    out: list[tuple[int, int]] = []
    pending: list[tuple[int, bool]] = []
    found = SpanIndex(taken)
    # a placeholder stands where a capital was (a name found in an earlier pass over the same text); a
    # cell of a word or two is a label or a code (`regnr`, `diarienr`), not a note
    no_capitals = len(tokens) >= 3 and "[" not in text and _typed_in_lowercase(text)
    for k, (s, e, w) in enumerate(tokens):
        if found.overlaps(s, e) or w in _LOG_ABBREVIATIONS or w in ROLE_ABBREVIATIONS:
            continue
        unknown = is_unknown_lower(w)
        if not unknown and not is_listed_lower(w):
            continue
        word = not unknown and zipf(w) >= KNOWN_ZIPF  # `lena`, `karl`, `dag`: also a Swedish word
        if unknown and out and out[-1][1] == tokens[k - 1][1] and s - out[-1][1] == 1:
            out[-1] = (out[-1][0], e)  # the surname after an unknown given name: `najib noori`
        elif (
            unknown
            and lower_name_word(w)
            and (_next_to_a_name(text, s, e, taken) or _pair(tokens, k))
            and not typo_of_common_word(w)  # `untanför`, `melan`
        ):
            # the other half of a name found already (`Arben shala`, `henok Desta`), or two words no
            # lexicon knows side by side (`från shivan mukriyani`): a given name and a surname
            if k > 0 and tokens[k - 1][1] == s - 1 and is_unknown_lower(tokens[k - 1][2]):
                if not out or out[-1][1] < tokens[k - 1][0]:
                    s = tokens[k - 1][0]
            out.append((s, e))
        elif (no_capitals and lower_name_word(w) and _no_place_or_org(text, w, e)) or _person_stands(
            text, tokens, k, unknown, word, no_capitals
        ):
            # in a text typed without capitals (or a line in capitals read in lowercase) capitals say
            # nothing, so a word no lexicon knows is a name wherever it stands (fail closed)
            if unknown and k > 0 and s - tokens[k - 1][1] == 1 and is_unknown_lower(tokens[k - 1][2]):
                if not out or out[-1][1] < tokens[k - 1][0]:
                    s = tokens[k - 1][0]  # the given name before: `rond 0215: chaiwat saetang sov`
            out.append((s, e))
        else:
            pending.append((k, word))
    starts = {a for a, _ in taken + out}
    ends = {b for _, b in taken + out}
    for k, word in pending:
        s, e, _ = tokens[k]
        if _beside_a_name(text, s, e, starts, ends, comma=not word):
            if k + 1 < len(tokens) and tokens[k + 1][0] - e == 1 and is_unknown_lower(tokens[k + 1][2]):
                e = tokens[k + 1][1]  # `bl.a. [namn] och berfin shwani`
            out.append((s, e))
            starts.add(s)
            ends.add(e)
    return sorted(out)


def find_name_pairs(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two people joined by `o`/`och` opening a clause before what they did: `rahman o ström åkte`,
    `han sa att kenta o strand har problem`. Each word is a name's in lowercase (unknown to every
    lexicon, or a listed given name, pet form or surname) and one of them is no frequent Swedish word."""
    if _AND_RE.search(text) is None:
        return []
    tokens = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    found = SpanIndex(taken)
    out: list[tuple[int, int]] = []
    for k in range(len(tokens) - 2):
        (s1, e1, a), (s2, e2, b), (s3, _, verb) = tokens[k], tokens[k + 1], tokens[k + 2]
        if verb not in _AFTER and verb not in _PAIR_VERBS or s3 - e2 != 1 or found.overlaps(s1, e2):
            continue
        if not _AND_RE.fullmatch(text, e1, s2) or not _opens_before(text, s1):
            continue
        if _name_word(a) and _name_word(b) and min(zipf(a), zipf(b)) < KNOWN_ZIPF:
            out += [(s1, e1), (s2, e2)]
    return out


def _opens_before(text: str, s: int) -> bool:
    return bool(
        _CLAUSE_OPENS_RE.search(text, max(0, s - 6), s) or _THAT_BEFORE_RE.search(text, max(0, s - 6), s)
    )


def _name_word(word: str) -> bool:
    if word in FUNCTION_WORDS or word in NOT_NAMES_LOWER:
        return False
    return is_unknown_lower(word) or word.title() in ANY_NAME or word.title() in SHORT_FORMS


_AND_RE: Final = re.compile(r"[ \t]+(?:o|och|&)[ \t]+")
_PAIR_VERBS: Final = frozenset("har hade är var".split())


def _next_to_a_name(text: str, s: int, e: int, taken: list[tuple[int, int]]) -> bool:
    return any((b == s - 1 or a == e + 1) and text[min(b, e) : max(a, s)] == " " for a, b in taken)


def _pair(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """The word and its neighbour, one space apart, are both unknown to every lexicon."""
    s, e, _ = tokens[k]
    before = k > 0 and tokens[k - 1][1] == s - 1 and _pair_word(tokens[k - 1][2])
    after = k + 1 < len(tokens) and tokens[k + 1][0] == e + 1 and _pair_word(tokens[k + 1][2])
    return (before or after) and _pair_word(tokens[k][2])


def _pair_word(word: str) -> bool:
    """Half of a name pair with no other sign: no rare Swedish word either (`osann`, `återfunna`, `fälg`
    beside one), no typo of a common one (`kolidera`)."""
    return zipf(word) < _PAIR_ZIPF and lower_name_word(word) and not typo_of_common_word(word)


_PAIR_ZIPF: Final = 2.0


# Where a clause opens: an unknown word before `från`, a listed word that is also a Swedish word before
# a verb (`lugnt, tuan från …`, `pågår, lan kollar`; not `samma dag kom`, `hans bror sprang`).
_CLAUSE_OPENS_RE: Final = re.compile(r"(?:^|[,:;!?.(\-–][ \t]*|(?<!\w)(?:och|o)[ \t]+)$")


def _person_stands(
    text: str, tokens: list[tuple[int, int, str]], k: int, unknown: bool, word: bool, no_capitals: bool
) -> bool:
    s, e, _ = tokens[k]
    prev = text[max(0, s - 12) : s].rstrip(" \t,").rsplit(None, 1)
    before = prev[-1].lower() if prev else ""
    after = tokens[k + 1][2] if k + 1 < len(tokens) and tokens[k + 1][0] - e <= 2 else ""
    if before in _BEFORE or _BEFORE_PAIR_RE.search(text, max(0, s - 24), s) or _aged(text, e, unknown):
        return True
    if (before in _BEFORE_NO_WORD or _TO_PERSON_RE.search(text, max(0, s - 16), s)) and lower_name_word(
        tokens[k][2]
    ):
        return _no_place_or_org(text, tokens[k][2], e)
    if (
        unknown
        and before in _ROLES_BEFORE
        and text[s - 1 : s] in " \t"
        and not _VERB_FORM_RE.search(text, s, e)
    ):
        # after a role word, in a text without capitals (a note typed so, or a line in capitals read in
        # lowercase): `väktare desta`, `ansvarig aphrem gabro`; with capitals it is a verb or a typo
        # (`Förare väjde`, `pojke klottrar`)
        return no_capitals
    if unknown and _RESIDENT_RE.match(text, e):
        return True  # a resident: `zarghona i lgh nr 4`
    opens = _CLAUSE_OPENS_RE.search(text, max(0, s - 6), s)
    if after in _AFTER or (after in _AFTER_THAT and _THAT_BEFORE_RE.search(text, max(0, s - 6), s)):
        return not word or opens is not None or _THAT_BEFORE_RE.search(text, max(0, s - 6), s) is not None
    if _WITH_ME_RE.match(text, e) and (not word or opens is not None):
        return True  # `tuva o jag gick runt`, `, bo o jag`
    if _RESIDENT_RE.match(text, e) and opens is not None:
        return True  # `- klara i lägenhet 4 klagar`
    from_opens = opens is not None and not opens.group().strip(" \t").isalpha()  # `skrik och dunsar från`
    if unknown and from_opens and (_AUX_NEXT_RE.match(text, e) or _aux_after_surname(text, tokens, k)):
        return True  # `harjit sandhu är placerad`, where a clause opens (not `och renpåkörningar har`)
    return unknown and (before in _BEFORE_UNKNOWN or (after == "från" and from_opens))


_DIGIT_NEXT_RE: Final = re.compile(r"[ \t]?[0-9]")
_PLACE_NOUN_NEXT_RE: Final = re.compile(r"[ \t]+([a-zåäö]+)")


def _no_place_or_org(text: str, word: str, e: int) -> bool:
    """Not an organisation (`keolis`) nor a place's or institution's first word (`alla helgona kyrka`),
    nor a Swedish inflected form the lexicon lacks (`klottret`, `skadegörelsen`, `sprejat`)."""
    if word.title() in ORGANISATIONS or word.upper() in ORGANISATIONS or inflected_form(word):
        return False
    if _DIGIT_NEXT_RE.match(text, e):
        return False  # a plate's letters (`gdt 191`), a code
    nxt = _PLACE_NOUN_NEXT_RE.match(text, e)
    return nxt is None or nxt.group(1) not in PLACE_NOUNS


def _aux_after_surname(text: str, tokens: list[tuple[int, int, str]], k: int) -> bool:
    """An unknown word, then `är`, `e`, `har` or `kan`: `harjit sandhu är placerad`."""
    if k + 1 >= len(tokens) or tokens[k + 1][0] - tokens[k][1] != 1:
        return False
    return _AUX_NEXT_RE.match(text, tokens[k + 1][1]) is not None and is_unknown_lower(tokens[k + 1][2])


def _aged(text: str, e: int, unknown: bool) -> bool:
    age = AGE_AFTER_RE.match(text, e)
    return age is not None and (not unknown or "år" in age.group())


# Role words that stand right before a person's name, without the adjectives and collectives of the role
# list (`misstänkt`, `polis larmas`, `personal`), and the ends of verb forms no lexicon holds (`larmas`).
_ROLES_BEFORE: Final = ROLE_WORDS_SET - frozenset(
    """polis misstänkt misstänkte efterlyst efterlysta kontakt kontaktuppgift kontaktuppgifter personal
    personalen familjen familj mvh hälsningar hälsning signerat signerad ungdom ungdomen polisen""".split()
)
_VERB_FORM_RE: Final = re.compile(r"(?:as|ad|ade|at|ats|ts|des|ades|ande|ende)\Z")
_NO_CAPITALS_RE: Final = re.compile(r"[^\W\d_a-zåäöéüàáèíóúñçćčđłńśšźżžğış]")
# Where a sentence opens: the text's start, after `.`, `!`, `?` and a space, or a new line.
_OPENING_RE: Final = re.compile(r"(?:\A|[.!?][ \t]+|\n)[ \t\-–•*]*([^\W\d_])")


def _typed_in_lowercase(text: str) -> bool:
    """No capital at all, or every sentence opens in lowercase: a note typed without capitals, where a
    capital still stands in a copied place or a code (`yan i 6A sa att … bakom Rosvalla`)."""
    if _NO_CAPITALS_RE.search(text) is None:
        return True
    openings = [m.group(1) for m in _OPENING_RE.finditer(text)]
    return bool(openings) and all(c.islower() for c in openings)


# `är` (`e` in a text message), `har`, `kan` after a name, where a clause opens (the tokens skip 2 letters)
_AUX_NEXT_RE: Final = re.compile(r"[ \t]+(?:är|e|har|kan)\b")
# `att` opens a clause whose subject a bare word can only be as a name: `sa att björn och …`, `berättat
# att bird har en kniv`, `. said vet mer`.
_THAT_BEFORE_RE: Final = re.compile(r"(?<!\w)att[ \t]+$")
_AFTER_THAT: Final = frozenset("har hade vet visste rökte rökt är var och o".split())
_WITH_ME_RE: Final = re.compile(r"[ \t]+(?:o|och|&)[ \t]+(?:jag|vi)\b")
_RESIDENT_RE: Final = re.compile(r"[ \t]+i[ \t]+(?:lgh|lägenheten|lägenhet)\b")
_JOIN_BEFORE_RE: Final = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:och|o|&|samt)[ \t]+)$")
_JOIN_AFTER_RE: Final = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:och|o|&|samt)[ \t]+)")


def _beside_a_name(text: str, s: int, e: int, starts: set[int], ends: set[int], comma: bool) -> bool:
    """``text[s:e]`` is joined to a name found already (``starts``, ``ends``: where the names found start
    and end) by `och`, `o` (or a comma, when ``comma``)."""
    m = _JOIN_BEFORE_RE.search(text, max(0, s - 8), s)
    if m and (comma or "," not in m.group()) and m.start() in ends:
        return True
    m = _JOIN_AFTER_RE.match(text, e)
    return bool(m and (comma or "," not in m.group()) and m.end() in starts)
