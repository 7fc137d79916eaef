"""Person names in free text: from the name lists, the words around them and their shape.

`find_names` reads the words of a text once: a word from the name lists, a word after a context word
("heter", "boende", "pratade med") or before a clear surname starts a name, which then extends over
middle names and surnames; place names with a name's spelling ("Olof Palmes gata", "i Vega") are left.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.finding import Finding
from lagesbild.privacy.lexicon import ORGANISATIONS, place_words, zipf
from lagesbild.privacy.name_words import (
    ANY_NAME,
    CANDIDATES,
    CTX_DOUBLE,
    CTX_SINGLE,
    FOREIGN_SURNAME_ENDINGS,
    FUNCTION_WORDS,
    LOWER_ANY,
    LOWER_CANDIDATES,
    LOWER_FIRST,
    LOWER_STOP,
    LOWER_SURNAME_ENDINGS,
    NOT_NAMES_LOWER,
    PARTICLES,
    PLACE_NOUN_ENDINGS,
    PLACE_NOUNS,
    PLACE_PREPS,
    PLACE_PREPS_WIDE,
    PLACE_SUFFIXES,
    ROLE_ABBREVIATIONS,
    ROLE_ENDINGS,
    ROMAN_RE,
    SAINT_RE,
    SO_CALLED_RE,
    SPOT_AFTER_WORDS,
    SURNAME_PLACES,
    SURNAME_SUFFIXES,
    WORD_RE,
    WORDS_CAPITALISED,
    organisation_form,
    sentence_start,
    shouted_word,
)
from lagesbild.privacy.names import AMBIGUOUS, FIRST_NAMES, LAST_NAMES, NOT_NAMES

__all__ = ["find_names", "names_before_numbers"]


def title_case(word: str) -> str:
    """ "ann-britt" / "ANN-BRITT" -> "Ann-Britt"; other spellings unchanged."""
    if word.islower() or word.isupper():
        return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))
    return word


def _base(word: str) -> str:
    """Title-cased word with a genitive -s / -'s removed when that turns it into a known name."""
    w = title_case(word.replace("’", "'"))
    if w in ANY_NAME:
        return w
    if w.endswith("'s") and w[:-2] in ANY_NAME:
        return w[:-2]
    if w.endswith(("s", "'")) and len(w) > 3 and w[:-1] in ANY_NAME:
        return w[:-1]
    if "-" in w:
        # "Kurt-Åke", "Hassan-Ali": a double given name reads as its first unambiguous part.
        parts = w.split("-")
        if len(parts) == 2 and parts[1] and all(p in FIRST_NAMES for p in parts):
            return next((p for p in parts if p not in AMBIGUOUS), parts[0])
    return w


def _placeish(word: str, base: str) -> bool:
    return base not in ANY_NAME and word.lower().endswith(PLACE_SUFFIXES)


_PLAIN_ZIPF: Final = 2.5  # rarer than this, a capitalised compound is a place's own name


def _place_compound(word: str) -> bool:
    """A capitalised compound that names a place (`Fisksätraskolan`), not a place's or a business's plain
    word (`Kyrka`, `Fastigheter`, `GYMNASIET`)."""
    return word[:1].isupper() and not word.isupper() and len(word) >= 8 and zipf(word.lower()) < _PLAIN_ZIPF


def clear_surname(word: str) -> bool:
    """A capitalised word that is surely a surname: listed and no word-name or place, or of a foreign
    surname's shape (`-ović`, `-escu` …)."""
    if not word[:1].isupper() or word.isupper():
        return False
    base = _base(word)
    if base in NOT_NAMES:
        return False
    return (base in LAST_NAMES and base not in AMBIGUOUS) or (
        len(base) >= 6 and base.endswith(FOREIGN_SURNAME_ENDINGS) and not base.endswith("hov")
    )


def _long_head(word: str) -> bool:
    """A lowercase word ends in a place's suffix after a head of three letters or more: `sjöviken`, not the
    participle `avviken` (`Alva avviken sedan kvällen`; stop 35)."""
    return any(word.endswith(e) and len(word) - len(e) >= 3 for e in PLACE_SUFFIXES)


def _surname_shaped(base: str) -> bool:
    return base in ANY_NAME or base.lower().endswith(SURNAME_SUFFIXES)


def find_names(text: str) -> list[Finding]:
    tokens = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    n = len(tokens)
    if n == 0:
        return []
    ctx: dict[int, str] = {}
    after_role: set[int] = set()
    prev_lower = ""
    for i in range(n - 1):
        lw = tokens[i][2].lower()
        kind = CTX_DOUBLE.get((prev_lower, lw)) or CTX_SINGLE.get(lw)
        if kind is None and len(lw) > 6 and tokens[i + 1][2][:1].isupper() and lw.endswith(ROLE_ENDINGS):
            kind = "role"  # a compound of a role word: "poliskollegan", "skolkuratorn", "nattvakten"
        prev_lower = lw
        if kind is None:
            continue
        gap = text[tokens[i][1] : tokens[i + 1][0]]
        if gap.startswith(".") and lw in ROLE_ABBREVIATIONS:
            gap = gap[1:]
        if not gap or gap.strip(" \t\n:") or gap.count(":") > 1 or ("\n" in gap and ":" not in gap):
            continue  # "boende Ali", "Kontaktperson: Ali", "Kontaktperson:\nAli"
        if kind == "strong" and lw.startswith("kallad"):
            if SO_CALLED_RE.search(text, max(0, tokens[i][0] - 8), tokens[i][0]):
                continue  # "en så kallad kökrock", "även kallad EPA"
        ctx[i + 1] = kind
        if kind == "role" and gap.strip(" \t") == "":
            after_role.add(i + 1)  # a role word right before: "Platsansvarig Maj Nyström"

    def adjacent(i: int) -> bool:
        gap = text[tokens[i][1] : tokens[i + 1][0]]
        return 0 < len(gap) <= 2 and gap.strip(" \t") == ""

    def surname_follows(i: int) -> bool:
        """A clear surname (listed, not ambiguous, or -sson) follows token i: "Minh Bergkvist"."""
        if i + 1 >= n:
            return False
        gap = text[tokens[i][1] : tokens[i + 1][0]]
        return 0 < len(gap) <= 3 and gap.strip(" \t\r\n") == "" and clear_surname(tokens[i + 1][2])

    findings: list[Finding] = []
    i = 0
    while i < n:
        s, e, w = tokens[i]
        kind = ctx.get(i)
        if kind is None and w not in CANDIDATES and not w.endswith("sson") and "-" not in w:
            if w.islower():
                if w not in LOWER_CANDIDATES:
                    i += 1
                    continue
            elif not (w.isupper() and title_case(w) in CANDIDATES) and not surname_follows(i):
                i += 1
                continue
        if len(w) < 2:
            i += 1
            continue
        cap = w[0].isupper()
        allcaps = w.isupper()
        base = _base(w)
        lower = w.lower()
        start_ok = False
        needs_surname = False
        standalone_check = False
        word_name_alone = False
        # a place's or a month's spelling is a name after a role word: "Platsansvarig Maj Nyström"
        # (in capitals too: `Väktare JUNI MÅRTENSSON`; stop 35)
        role_name = i in after_role and cap and base in ANY_NAME
        # a given name that is a place's too before a clear surname: `Drabbad: Nora Lindqvist` (stop 35)
        role_name = role_name or (
            cap
            and not allcaps
            and base in FIRST_NAMES
            and surname_follows(i)
            and (i == 0 or tokens[i - 1][2].lower() not in PLACE_PREPS_WIDE)
            and not text[max(0, s - 3) : s].strip(" \t")[-1:].isdigit()  # a date: `Den 14 Maj Andersson`
        )
        if (
            (not role_name and (base in NOT_NAMES or lower in NOT_NAMES_LOWER))
            or _placeish(w, base)
            or (lower in CTX_SINGLE and base not in ANY_NAME)  # "Rapportör: Väktare Avarn"
        ):
            pass
        elif allcaps:
            # Acronyms are no names: an all-caps name needs context or an all-caps name beside it.
            nxt = tokens[i + 1][2] if i + 1 < n and adjacent(i) else ""
            start_ok = base in ANY_NAME and (kind is not None or (nxt.isupper() and _base(nxt) in ANY_NAME))
        elif kind == "strong":
            start_ok = cap or lower in LOWER_ANY
        elif kind == "role":
            if cap:
                start_ok = True
            else:
                start_ok = lower not in FUNCTION_WORDS and (
                    base.lower() in LOWER_ANY or (len(lower) >= 6 and lower.endswith(LOWER_SURNAME_ENDINGS))
                )
        elif kind == "weak" and cap and base in ANY_NAME:
            start_ok = True
        elif cap:
            if base in FIRST_NAMES:
                start_ok = True
                # A given name that is also a word ("Sten", "Klara", "Bo") stands alone as a name in the
                # middle of a sentence, where Swedish writes words in lowercase; at a sentence's start
                # it needs a surname.
                needs_surname = base in AMBIGUOUS and (
                    (base in WORDS_CAPITALISED and base not in _NAMES_INSIDE) or sentence_start(text, s)
                )
                word_name_alone = base in AMBIGUOUS and not needs_surname and kind is None
                standalone_check = True
            elif base.endswith("sson") and len(base) >= 6:
                start_ok = True
                standalone_check = True
            elif base in LAST_NAMES:
                start_ok = True
                needs_surname = True  # "Hammar", "Lindberg" alone are as often places
            elif lower not in FUNCTION_WORDS and lower not in CTX_SINGLE and surname_follows(i):
                start_ok = True  # an unlisted given name before a listed surname: "Nasteho Virtanen"
        else:
            start_ok = base.lower() in LOWER_FIRST and lower not in LOWER_STOP
        if not start_ok:
            i += 1
            continue
        # Extend over adjacent capitalised words (middle names, surnames) or lowercase surnames.
        j = i
        has_surname = False
        is_place = False
        while j + 1 < n and j - i < 3 and (adjacent(j) or surname_follows(j)):
            w2 = tokens[j + 1][2]
            b2 = _base(w2)
            compound_place = w2.islower() and len(w2) > 5 and w2.endswith(PLACE_NOUN_ENDINGS)  # "lekpark"
            if w2 in ("plats", "trädgård") and j > i and j + 2 < n and _own_spot(w2, tokens[j + 2][2]):
                break  # a person's own spot, no square: `Raimo Lehtonens plats under bron` (stop 38)
            if w2 in ("hus", "huset") and j > i and tokens[j][2].endswith("s") and tokens[j][2][:1].isupper():
                break  # a person's house after a full name: `bild på Åsa Hedlunds hus` (stop 39, blind 65)
            if (
                (_placeish(w2, b2) and (not w2.islower() or _long_head(w2)))
                or compound_place
                or (w2.lower() in PLACE_NOUNS and (w2.islower() or b2 not in LAST_NAMES))
            ):
                # "Birger Jarlsgatan", "Olof Palmes gata", "Maria kyrka" — but "Ida Strand" is a person
                if j > i and has_surname and _place_compound(w2) and not tokens[j][2].endswith("s"):
                    break  # a full name ends before a place's: `Anna Svensson Fisksätraskolan` (stop 34)
                is_place = True
                break
            if ROMAN_RE.match(w2):
                is_place = True  # "Christian IV:s gata", "Karl XII"
                break
            if organisation_form(w2):
                # a business: "Harg Bil & Däck", "Väla City"; a given name before it stays a name
                is_place = base not in FIRST_NAMES
                break
            if w2[0].isupper():
                # Places that are common surnames too follow a given name as its surname: "Emil Norberg".
                surname_place = b2 in SURNAME_PLACES and cap and base in FIRST_NAMES
                if (b2 in NOT_NAMES and not surname_place) or (w2.isupper() and len(w2) > 1 and not allcaps):
                    break
                if allcaps and (not w2.isupper() or shouted_word(w2)):
                    break  # a shouted name ends at a word: "SIRIPORN SRISUK UTANFÖR Gustav Vasa kyrka"
            elif (
                w2 in PARTICLES
                and cap
                and j + 2 < n
                and adjacent(j + 1)
                and tokens[j + 2][2][:1].isupper()
                and _base(tokens[j + 2][2]) not in NOT_NAMES
            ):
                j += 2  # "Thiago Rodrigues de Souza", "Omar al Hassan"
                continue
            elif not (
                (w2 in LOWER_ANY and (not cap or b2 in LAST_NAMES))
                or (not cap and b2 in LAST_NAMES and w2 not in FUNCTION_WORDS)  # "johan berg"
            ):
                break
            has_surname = has_surname or _surname_shaped(b2)
            j += 1
        if is_place or (needs_surname and not has_surname):
            i = j + 1
            continue
        if SAINT_RE.search(text, max(0, s - 10), s):
            i = j + 1
            continue
        if word_name_alone and not has_surname and i > 0:
            # ... but not as part of a place's name: "Gamla Bo", "Lina Hage", "om Karls", "i Sanna".
            prev = tokens[i - 1][2]
            if prev[:1].isupper() or _place_after(prev.lower(), w, base) or _a_date(prev, base):
                i = j + 1
                continue
        if standalone_check and j == i and w == base and kind is None and i > 0:
            prev = tokens[i - 1][2].lower()
            if (
                prev in PLACE_PREPS
                and text[tokens[i - 1][1] : s].strip(" \t") == ""
                and not (prev == "på" and _only_a_person(base) and not _more_of_a_name(text, end_of=e))
            ):
                i += 1  # "i Vega", "vid Karlberg": a place with a name's spelling
                continue
        end = tokens[j][1]
        findings.append(Finding("namn", s, end, text[s:end]))
        # "Ali och Per", "Ali, Hans och Bo": a known name right after a detected name is one too; after a
        # name found through context ("boende Thuy och Sölve") any capitalised word is.
        k = j + 1
        while k < n:
            gap = text[tokens[k - 1][1] : tokens[k][0]]
            if gap.strip(" \t") not in (",", "") or "\n" in gap:
                break
            wk = tokens[k][2]
            if wk.lower() == "och" and k + 1 < n:
                k += 1
                continue
            if wk[0].isupper() and k not in ctx:
                bk = _base(wk)
                if bk in ANY_NAME or (
                    kind in ("role", "strong") and bk not in NOT_NAMES and not _placeish(wk, bk)
                ):
                    ctx[k] = "role"
            break
        i = j + 1
    return findings


# Of the capitalised words, those that inside a sentence are only names (`med Sol`, `och Nour`):
# the others are months, holidays, places or English words there too (`i Maj`, `på Valborg`, `Said`).
def _only_a_person(base: str) -> bool:
    """A given name that names no place nor thing: after `på` it is the person (`kastade öl på Valentina`,
    `ha koll på Constantin`; stop 38, blind 53 and 61), where `i Vega`, `vid Karlberg` are places."""
    return (
        base in FIRST_NAMES
        and base not in AMBIGUOUS
        and base not in NOT_NAMES
        and base not in ORGANISATIONS  # `på Jula`
        and base not in place_words()
    )


_PARTICLE_WORDS: Final = PARTICLES | {"af"}  # `Gustaf af Ugglas väg`


def _own_spot(noun: str, after: str) -> bool:
    """`Raimo Lehtonens plats under bron`, `Bengt Söderbergs trädgård på hörnet är uppgrävd`: a person's
    own, not a square or a park named after one (`Olof Palmes plats är …`)."""
    return after in SPOT_AFTER_WORDS or (noun == "trädgård" and after in ("på", "är", "har", "blev", "var"))


def _more_of_a_name(text: str, end_of: int) -> bool:
    """A street's or a place's name goes on after the given name: `på Gustaf af Ugglas väg`."""
    nxt = text[end_of : end_of + 30].split()
    return bool(nxt) and (nxt[0][:1].isupper() or nxt[0] in _PARTICLE_WORDS or nxt[0].lower() in PLACE_NOUNS)


_NAMES_INSIDE: Final = frozenset("Sol Storm Love Nour Noor Nur Stjärna".split())  # not `Dag 3 av insatsen`


_MONTHS_EN: Final = frozenset(
    "January February March April May June July August September October November December".split()
)


_BEFORE_A_MONTH: Final = frozenset("in on of since until by".split())


def _a_date(prev: str, base: str) -> bool:
    """An English month after a day, `in` or `on`: `on 12 August`, `in April` (names too, elsewhere)."""
    return base in _MONTHS_EN and (prev.isdigit() or prev.lower() in _BEFORE_A_MONTH)


def _place_after(prev: str, word: str, base: str) -> bool:
    """After `i`, `vid` … a word-name is a place (`i Sanna`); after `om`, `mot` … only a genitive or a
    place's name is (`om Karls`, `mot Lund`): `pratade om Saga`, `hot mot Liv` are people."""
    from lagesbild.privacy.name_unknown import place_words

    if prev in PLACE_PREPS:
        return True
    return prev in PLACE_PREPS_WIDE and (word != base or word in place_words())


_ID_WORD: Final = (
    r"(?i:pnr|p-nr|pers\.?[ \t]?nr|personnr|personnummer|samordningsnr|samordningsnummer|samordn\.?[ \t]?nr"
    r"|född|f\.)[:.]?[ \t]*"
)
# The name before a personnummer: "Shukri (811218-9876)", "Haddy Darboe, p-nr 790321-3564", "rörande
# Tuorda, Ánne, pnr …", "LOB Idrottsparken: zarmina, 19561104 0758".
_BEFORE_ID_RE: Final = re.compile(
    r"(?<![\w-])(?P<n>[^\W\d_]+(?:-[^\W\d_]+)?(?:,?[ \t][^\W\d_]+(?:-[^\W\d_]+)?)?)"
    rf"(?:[ \t]*[,(][ \t]*(?:{_ID_WORD})?|[ \t]+{_ID_WORD})$"
)
# Before a lowercase name: where a person is introduced ("LOB X: zarmina, …", "LVU av delal, pnr …").
_LOWER_INTRO_RE: Final = re.compile(r"(?:^|[:;]|(?i:\bav|\brörande|\bang\.?|\bgällande))[ \t]*$")


def _bad_before_id(w: str) -> bool:
    return (
        w in NOT_NAMES
        or w.lower() in FUNCTION_WORDS
        or w.lower() in CTX_SINGLE
        or _placeish(w, w)
        or (w.isupper() and len(w) > 1 and title_case(w) not in ANY_NAME)
    )


def _name_before_id(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words of text[start:end] that make a name, dropping a leading non-name ("på Iris")."""
    chunk = text[start:end]
    words = chunk.replace(",", " ").split()
    if _bad_before_id(words[-1]):
        return None
    if len(words) == 2 and _bad_before_id(words[0]):
        start = end - len(words[1])
        words = words[1:]
    lower = [w for w in words if not w[:1].isupper()]
    if lower and not (all(_base(w) in ANY_NAME for w in lower) or _LOWER_INTRO_RE.search(text, 0, start)):
        return None  # "… anmälde stöld, pnr …": a lowercase word needs a listed name or an introduction
    if "," in text[start:end] and not all(w[:1].isupper() for w in words):
        return None  # only "Surname, Given" is one name across a comma
    return start, end


def names_before_numbers(text: str, found: list[Finding], names: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    for f in found:
        if f.type not in ("personnummer", "samordningsnummer"):
            continue
        m = _BEFORE_ID_RE.search(text, max(0, f.start - 70), f.start)
        if m is None or any(nf.start <= m.start("n") < nf.end for nf in names):
            continue
        span = _name_before_id(text, m.start("n"), m.end("n"))
        if span is not None:
            out.append(Finding("namn", span[0], span[1], text[span[0] : span[1]]))
    return out
