"""Word tables and word tests of the cue rules (lagesbild/privacy/name_cues.py), and the members of a
list of names: what a capitalised or lowercase word must not be to count as a name where a cue says person.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.name_words import (
    ANY_NAME,
    FUNCTION_WORDS,
    LOWER_ANY,
    PLACE_NOUNS,
    PLACE_PREPS,
    PLACE_PREPS_WIDE,
    PLACE_SUFFIXES,
)
from lagesbild.privacy.names import AMBIGUOUS
from lagesbild.privacy.speech import ORG_ENDINGS, PLACE_ENDINGS

__all__ = [
    "CAP",
    "CAPS",
    "COMPOUND_HEADS",
    "ENDINGS",
    "LIST_SEP_RE",
    "LOW",
    "MONTHS_DAYS",
    "NOT_PERSON",
    "NOUN_ENDINGS",
    "PERSON_NOUNS",
    "TOKEN_RE",
    "UP",
    "WORD_ENDINGS",
    "after_place_prep",
    "clause_start",
    "list_members",
    "loose_lower_ok",
    "lower_ok",
    "person_ok",
    "strong_lower_ok",
]

UP: Final = "A-ZÅÄÖÀ-ÞĆČĐŁŚŠŹŻŽ"
CAP: Final = rf"[{UP}][^\W\d_]*(?:[-'’][^\W\d_]+)*"
CAPS: Final = rf"[{UP}][{UP}-]{{2,}}"
LOW: Final = r"[a-zåäöà-ÿćčđłńśšźżžğış][^\W\d_A-ZÅÄÖ]*(?:-[^\W\d_A-ZÅÄÖ]+)?"
ENDINGS: Final = ORG_ENDINGS + PLACE_ENDINGS
# People described, pronouns and authorities, capitalised at a clause's start.
NOT_PERSON: Final = frozenset(
    """han hon hen de dem vi ni jag man den det denna detta någon några ingen alla flera många en ett
    killen tjejen killarna tjejerna mannen kvinnan pojken flickan ungdomen ungdomarna grannen grannarna
    personen gärningsmannen eleven eleverna barnet barnen polisen väktaren väktarna personal personalen
    föräldrarna ungdom ungdomar kompisar fältarna värdarna vakten mamman pappan kommunen skolan bolaget
    rektor rektorn ledningen styrelsen barn folk skolan kyrkan gatan stugan kassan banan
    denne dennes densamme densamma vederbörande själv själva person personer ung unga äldre man män
    kvinna kvinnor pojke pojkar flicka flickor tjej tjejer kille killar yngling ynglingar två tre fyra fem
    flera""".split()
)
MONTHS_DAYS: Final = frozenset(
    """januari februari mars april maj juni juli augusti september oktober november december måndag
    tisdag onsdag torsdag fredag lördag söndag vecka""".split()
)
# Word endings of Swedish verb forms, adjectives, abstract and definite nouns: no lowercase name.
WORD_ENDINGS: Final = (
    "ade", "ande", "ende", "ades", "ats", "at", "git", "vit", "rit", "kit", "ad", "de", "te", "ar", "er",
    "ts", "dd", "ig", "iga", "igt", "het", "ning", "ing", "skt", "isk", "iska", "are", "et", "en", "na", "or",
    "ur", "um", "tion", "ell", "lla", "ll", "ck", "kt", "nt", "st", "as", "ir", "tt", "mt", "vt", "nd", "eri",
    "äng", "ång", "öng",
)  # fmt: skip
# Heads of Swedish compound nouns: "byggföretag", "inbrottstjuv", "bostadsbolag".
COMPOUND_HEADS: Final = (
    "företag", "bolag", "tjuv", "tjuvar", "butik", "affär", "lokal", "bil", "hus", "rum", "kontor",
    "verkstad", "lager", "förråd", "brott", "olycka", "skada", "bråk", "rån", "stöld", "hot",
)  # fmt: skip
PERSON_NOUNS: Final = (
    r"kille|killen|killar|tjej|tjejen|yngling|ynglingen|snubbe|snubben|gubbe|gubben|tant|tanten|kvinna"
    r"|kvinnan|man|mannen|person|personen|pojke|pojken|flicka|flickan|grabb|grabben|brorsa|brorsan"
    r"|lillebror|storebror|lillasyster|storasyster|kompis|kompisen|ungdom|ungdomen"
)
# Endings of Swedish nouns for people and things, capitalised at a sentence's start: "Cyklist", "Mannen".
NOUN_ENDINGS: Final = (
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

LIST_SEP_RE: Final = re.compile(r"[ \t]*/[ \t]*|[ \t]+o[ \t]+|[ \t]*,[ \t]*|[ \t]+och[ \t]+|[ \t]*&[ \t]*")
TOKEN_RE: Final = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def person_ok(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    low = word.lower()
    return not (
        word in not_names
        or low in FUNCTION_WORDS
        or low in NOT_PERSON
        or low in MONTHS_DAYS
        or low in roles
        or low in PLACE_NOUNS
        or low.endswith(ENDINGS)
        or (low.endswith(PLACE_SUFFIXES) and word not in ANY_NAME)
        or any(p.isupper() and len(p) > 1 for p in word.split("-"))  # "SL-buss", "SOS-alarm"
        or len(word) < 2
    )


def clause_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\n")
    return not before or before[-1] in ".:!?;"


def after_place_prep(text: str, start: int, wide: bool = True) -> bool:
    """The word before ``start`` is a preposition of place (``wide``: also `om`, `mot`, `över` …; not
    wide: only those never said of a person, so not `på`, as in `klagomål på Emre`)."""
    m = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 20) : start])
    return m is not None and m.group(1).lower() in (PLACE_PREPS_WIDE if wide else _ONLY_PLACE_PREPS)


_ONLY_PLACE_PREPS: Final = PLACE_PREPS - {"på"}


def strong_lower_ok(words: str, roles: frozenset[str]) -> bool:
    """Where the cue alone says person: no function word, role, noun for people or compound noun."""
    return all(
        w not in FUNCTION_WORDS
        and w not in NOT_PERSON
        and w not in MONTHS_DAYS
        and w not in roles
        and not w.endswith(COMPOUND_HEADS)
        for w in words.split()
    )


def loose_lower_ok(word: str, roles: frozenset[str]) -> bool:
    """Beside a listed name, or first in a sentence before a verb of speaking: not a function word, a
    role or a noun for people ("personalen", "föräldrarna")."""
    if word in FUNCTION_WORDS or word in NOT_PERSON or word in MONTHS_DAYS or word in roles:
        return False
    return not word.endswith(("en", "et", "na", "arna", "erna", "orna", "are", "ande"))


def lower_ok(word: str, roles: frozenset[str]) -> bool:
    """A lowercase word that may be a name where a cue says person: a listed name, or a word that has
    none of the shapes of a Swedish word."""
    if word in FUNCTION_WORDS or word in NOT_PERSON or word in MONTHS_DAYS or word in roles:
        return False
    if word.title() in AMBIGUOUS or word in PLACE_NOUNS:
        return False
    if word in LOWER_ANY:
        return True
    return len(word) >= 3 and not word.endswith(WORD_ENDINGS + COMPOUND_HEADS)


def list_members(
    text: str, seeds: list[tuple[int, int]], not_names: frozenset[str], roles: frozenset[str]
) -> list[tuple[int, int]]:
    """Single-word neighbours of a found name in a list joined by "/", " o ", "," or "och"."""
    out: list[tuple[int, int]] = []
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]
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
        m = LIST_SEP_RE.fullmatch(g)
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
                    ok = sep in ("/", "o", "&") and person_ok(w, not_names, roles)
                else:
                    # lowercase members in a list of lowercase names or one marked by "/" or " o "
                    ok = (lower_seed or sep in ("/", "o")) and lower_ok(w, roles)
                    if not ok and sep == "och" and step > 0 and j + 1 < len(tokens):
                        # "Kanya och dima klättra", "Oğuz Öztürk och wei sågs": a verb after the item
                        verb = tokens[j + 1][2]
                        ok = (
                            verb.islower()
                            and verb.endswith(("a", "de", "te", "des", "tes", "gs"))
                            and verb not in FUNCTION_WORDS
                            and gap(j, j + 1).strip(" \t") == ""
                            and loose_lower_ok(w, roles)
                        )
                if not ok or not alone(j, step):
                    break
                span = (tokens[j][0], tokens[j][1])
                if span not in done:
                    done.add(span)
                    out.append(span)
                k = j
    return out
