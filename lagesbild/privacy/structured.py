"""Structured personal data in free text: e-mail, personnummer and phone numbers here; licence plates (from
lagesbild.privacy.plates), case numbers (from lagesbild.privacy.case_numbers) and home addresses and property
designations (from lagesbild.privacy.addresses).

Each detector returns candidate `Finding`s; lagesbild.privacy.redaction resolves their overlaps. Cheap
pre-checks skip a detector whose pattern cannot match, so a text without digits costs one scan.
"""

from __future__ import annotations

import re
from typing import Final

import phonenumbers
from personnummer import personnummer as _personnummer
from stdnum import luhn as _luhn

from lagesbild.privacy.addresses import find_addresses, find_properties
from lagesbild.privacy.block_properties import find_block_properties
from lagesbild.privacy.case_numbers import find_case_numbers, valid_date
from lagesbild.privacy.finding import Finding
from lagesbild.privacy.id_documents import find_id_documents
from lagesbild.privacy.plates import find_plates
from lagesbild.privacy.rural_addresses import find_lowercase_properties, find_village_addresses
from lagesbild.privacy.spoken_numbers import find_spoken_numbers

__all__ = ["find_structured"]

# --------------------------------------------------------------------------------------------------
# e-mail
# --------------------------------------------------------------------------------------------------
_EMAIL_RE: Final = re.compile(
    r"(?<![\w.+-])[\w.+-]+(?:@|\s?[\[(]at[\])]\s?)[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])"
)

# --------------------------------------------------------------------------------------------------
# pre-checks
# --------------------------------------------------------------------------------------------------
# Cheap pre-checks (each a necessary condition of its detector's patterns, so skipping is exact): a
# personnummer needs six digits (in a row or in pairs); _PHONE_PREFILTER needs seven digits, looked for
# before the pattern (issue 16). The case numbers' pre-checks are in lagesbild.privacy.case_numbers.
_SEVEN_DIGITS_RE: Final = re.compile(r"[0-9](?:[^0-9]*+[0-9]){6}")
_PNR_PRECHECK: Final = re.compile(r"[0-9]{6}|[0-9]{2}[ \t][0-9]{2}[ \t][0-9]{2}")

# --------------------------------------------------------------------------------------------------
# personnummer / samordningsnummer
# --------------------------------------------------------------------------------------------------
# "850312-1234", "850312 - 1234", "850312+1234" (over 100), "850312 1234"
_PNR_SEP = r"(?:[ \t]?[-+][ \t]?\n?|[ \t\n])?"
_PNR12_RE: Final = re.compile(r"(?<![0-9])(?P<d>[0-9]{8})(?P<sep>" + _PNR_SEP + r")(?P<n>[0-9]{4})(?![0-9])")
_PNR10_RE: Final = re.compile(r"(?<![0-9])(?P<d>[0-9]{6})(?P<sep>" + _PNR_SEP + r")(?P<n>[0-9]{4})(?![0-9])")
# The date written in pairs: "79 06 28-6831" (taken when its check digit holds or a label stands before).
_PNR_PAIRS_RE: Final = re.compile(
    r"(?<![0-9])(?P<d>(?:19|20)?[0-9]{2}[ \t][0-9]{2}[ \t][0-9]{2})(?P<sep>[-+]|[ \t]?[-+][ \t]?|[ \t])?"
    r"(?P<n>[0-9]{4})(?![0-9])"
)
_PNR_CTX_RE: Final = re.compile(
    r"(?i:\b(?:pnr|p-nr|p\.nr|personnr|person-nr|personnummer|personnumret|pers\.?\s?nr|samordningsnr"
    r"|samordningsnummer|samordningsnumret|samordnings-nr|född|f\.|födelsenr|födelsenummer|id-nr|idnr"
    r"|id-nummer|ssn))[\s.:=#,]*(?:(?:är|var|nr)[\s.:]*)?$"
)

# --------------------------------------------------------------------------------------------------
# phone numbers
# --------------------------------------------------------------------------------------------------
_PHONE_PREFILTER: Final = re.compile(r"[0-9](?:[\s().\-/]{0,2}[0-9]){6}")
# Swedish mobile numbers in any spacing, also ones outside phonenumbers' allocated ranges.
_MOBILE_RE: Final = re.compile(
    r"(?<![0-9+])(?:(?:\+|00)[ \t]?46[ \t]?(?:\(0\)[ \t]?)?|0)7[0-9](?:[ \t-]?[0-9]){7}(?![0-9])"
)
_PHONE_CANDIDATE_RE: Final = re.compile(r"(?<![0-9+])(?:\+|\(?0)[0-9][0-9 \t\r\n()\-./]{4,26}[0-9]")
_TIME_RANGE_RE: Final = re.compile(
    r"[0-2]?[0-9][.:][0-5][0-9][ \t]?[-–][ \t]?[0-2]?[0-9][.:][0-5][0-9]$"
    # a shift's hours without their colons (`pass 0200-0400`): no Swedish number has four digits after
    # a four-digit area code (stop 34)
    r"|(?:[01][0-9]|2[0-3])[0-5][0-9][ \t]?[-–][ \t]?(?:[01][0-9]|2[0-4])[0-5][0-9][ \t]*$"
)
_PHONE_CTX_RE: Final = re.compile(
    r"(?i:\b(?:tel|telefon|telefonnr|telefonnummer|tfn|mobil|mobilnr|mobilnummer|mob|sms|ring|ringer"
    r"|ringde|nås\s+på)\b)\.?[ \t]*:?[ \t]*(?P<num>(?:\+|00)?[0-9](?:[ \t-]?[0-9]){6,12})(?![0-9])"
)


# --------------------------------------------------------------------------------------------------
# detectors
# --------------------------------------------------------------------------------------------------
def _find_pnr(text: str) -> list[Finding]:
    out: list[Finding] = []
    if not _PNR_PRECHECK.search(text):
        return out
    for rx in (_PNR12_RE, _PNR10_RE, _PNR_PAIRS_RE):
        for m in rx.finditer(text):
            d, sep, num = (
                m.group("d").replace(" ", "").replace("\t", ""),
                (m.group("sep") or "").strip(),
                m.group("n"),
            )
            if rx is _PNR_PAIRS_RE:
                canonical = f"{d}{sep or '-'}{num}" if sep != "+" else f"{d}+{num}"
                labelled = _PNR_CTX_RE.search(text, max(0, m.start() - 40), m.start()) is not None
                if _personnummer.valid(canonical) or (labelled and valid_date(d[-6:])):
                    kind = "samordningsnummer" if int(d[-2:]) > 60 else "personnummer"
                    out.append(Finding(kind, m.start(), m.end(), m.group()))
                continue
            sep = sep[:1] if sep else ""
            canonical = f"{d}{sep or '-'}{num}" if sep != "+" else f"{d}+{num}"
            short = d[-6:]
            kind = "samordningsnummer" if int(short[4:6]) > 60 else "personnummer"
            if _personnummer.valid(canonical):
                out.append(Finding(kind, m.start(), m.end(), m.group()))
                continue
            in_context = _PNR_CTX_RE.search(text, max(0, m.start() - 40), m.start()) is not None
            if (
                in_context
                or (sep and len(d) == 6 and valid_date(short))
                or (
                    len(d) == 8
                    and d[:2] in ("19", "20")
                    and valid_date(short)
                    and (sep or _luhn.is_valid(short + num))
                )
            ):
                out.append(Finding(kind, m.start(), m.end(), m.group()))
    return out


# Word processors turn a number's hyphen into a dash and its spaces into no-break spaces (`070–427 47 54`):
# read them as the hyphen and space they stand for, one character for one, so positions stay.
# OCR's letter O for a zero at a number's start (`O70-253 45 93`, stop 33 from blind 28): no word's letter.
_OCR_ZERO_RE: Final = re.compile(r"(?<![^\W\d_])O(?=[0-9]{2})")
_PHONE_LOOKALIKE_CHARS: Final = str.maketrans("–—‐‑−\u00a0\u202f\u2009", "-----   ")


# A dash or slash before a 0 or a + after a whole number (nine digits or more) starts another number:
# `08-123 456 78-08-876 543 21`, `0155-123 45/070-123 45 67`; not `070/0761500`, `+46-72-0199363`.
_NEXT_NUMBER_RE: Final = re.compile(r"(?<=[0-9])[ \t]?[-/][ \t]?(?=[0+])")
_WHOLE_NUMBER_DIGITS: Final = 9


def _numbers_in(offset: int, candidate: str) -> list[tuple[int, str]]:
    """The candidate's parts that can each be one number, with their offsets; line breaks read as spaces."""
    scan = candidate.replace("\n", " ").replace("\r", " ")
    parts: list[tuple[int, str]] = []
    start = 0
    for m in _NEXT_NUMBER_RE.finditer(scan):
        if sum(c.isdigit() for c in scan[start : m.start()]) >= _WHOLE_NUMBER_DIGITS:
            parts.append((offset + start, scan[start : m.start()]))
            start = m.end()
    parts.append((offset + start, scan[start:]))
    return parts


# A date written with dots, slashes or dashes (`14.04.2026`, `2026-04-28`, `20/07/2026`): no phone number,
# nor any part of it (`14.04.2026 14.42` holds `04.2026 14.42`, a valid number's digits).
_DATE_RE: Final = re.compile(
    r"(?<![0-9])(?:(?:0?[1-9]|[12][0-9]|3[01])(?P<s>[./-])(?:0?[1-9]|1[0-2])(?P=s)(?:19|20)[0-9]{2}"
    r"|(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
    # a two-digit year with dots where the line ends: a log's date above its times (stop 38, blind 59:
    # `TLC-LOGG 09.06.25\n14:25 Larm`)
    r"|(?:0[1-9]|[12][0-9]|3[01])\.(?:0[1-9]|1[0-2])\.[0-9]{2}(?=[ \t]*(?:\r?\n|$)))(?![0-9])"
)


def _in_a_date(dates: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in dates)


def _find_phones(text: str) -> list[Finding]:
    out = _phones(text)
    if out and (dates := [m.span() for m in _DATE_RE.finditer(text)]):
        return [f for f in out if not _in_a_date(dates, f.start, f.end)]
    return out


# A Swedish number written `(0)79-781 90 53`, as after `+46` with the country code left out (stop 35): read
# as `  079-781 90 53`, the same length.
_BRACKETED_ZERO_RE: Final = re.compile(r"(?<![\d+])\(0\)(?=[1-9])")


def _matches(scan: str) -> list[phonenumbers.PhoneNumberMatch]:
    """The numbers phonenumbers finds in a candidate (positions in `scan`).

    - A bracket closed after the number, with a number after it (`(Per, +48 512 334 908) 14 mars`), makes
      the whole run no number: the part before that bracket is tried; so are the run without its last
      groups (`tel (0520) 60 17 33 / 3.`).
    - A number written with its country code (`+47 426 21 054`) is one whenever its length is possible
      there: fail-closed, as the library's ranges of allocated numbers lag behind the operators'. So is one
      dialled from Sweden (`0040 795 347 168`). Not for +46, whose numbers have their own rules
      (`_MOBILE_RE`)."""
    found = _matched(scan, phonenumbers.Leniency.VALID)
    cut = scan
    while not found and ")" in cut.lstrip(" ("):
        cut = cut[: cut.rindex(")")]
        found = _matched(cut, phonenumbers.Leniency.VALID)
    # a list run on after it (`tel (0520) 60 17 33 / 3.`): drop the last group, up to three times
    cut = scan.rstrip()
    for _ in range(3):
        if found or " " not in cut:
            break
        cut = cut[: cut.rindex(" ")].rstrip()
        found = _matched(cut, phonenumbers.Leniency.VALID)
    lead = scan.lstrip(" (")
    # `+359 …` and, with Sweden's prefix for calls abroad, `00359 …` (stop 38, blind 61)
    abroad = lead.startswith("+") and not lead.startswith("+46") or _DIALLED_ABROAD_RE.match(lead) is not None
    if not found and abroad:
        found = _matched(scan.split(")", 1)[0] if ")" in lead else scan, phonenumbers.Leniency.POSSIBLE)
    return found


# `00` and a country code (not Sweden's) right after it, ten digits or more in all: not `00-07.00`
_DIALLED_ABROAD_RE: Final = re.compile(r"00(?!46)[1-9](?:[ \t-]?[0-9]){9,14}(?![0-9])")


def _matched(scan: str, leniency: int) -> list[phonenumbers.PhoneNumberMatch]:
    return list(phonenumbers.PhoneNumberMatcher(scan, "SE", leniency=leniency))


def _phones(text: str) -> list[Finding]:
    if not _SEVEN_DIGITS_RE.search(text):
        return []  # the prefilter below needs seven digits; the translation maps no character to a digit
    original = text
    text = text.translate(_PHONE_LOOKALIKE_CHARS)
    if "O" in text:
        text = _OCR_ZERO_RE.sub("0", text)  # same length: the findings' positions stay the original's
    if "(0)" in text:
        text = _BRACKETED_ZERO_RE.sub("  0", text)  # `(0)79-781 90 53`: the trunk zero in brackets
    if not _PHONE_PREFILTER.search(text):
        return []
    out: list[Finding] = []
    # phonenumbers' matcher is thorough but slow: give it only the digit runs that start like a
    # Swedish or international number (0…, +…, 00…), with line breaks read as spaces.
    pos = 0
    while (cand := _PHONE_CANDIDATE_RE.search(text, pos)) is not None:
        last_end = 0
        for offset, scan in _numbers_in(cand.start(), cand.group()):
            for pm in _matches(scan):
                last_end = offset + pm.end
                raw = pm.raw_string.lstrip("(")
                start, end = offset + pm.start, offset + pm.end
                # the time range on its own line, not what a line break joined to it (`0200-0400\n07.55`)
                if raw.startswith(("0", "+")) and not _TIME_RANGE_RE.match(
                    original[start:end].split("\n", 1)[0].lstrip("(")
                ):
                    if original[start : start + 1] == ")" and original[start - 2 : start] == "(0":
                        start -= 2  # the bracketed zero is the number's too
                    out.append(Finding("telefon", start, end, original[start:end]))
        # A candidate is cut at 28 characters and can end inside a number written right after the
        # last one found: look again from the end of that one.
        pos = last_end if cand.start() < last_end < cand.end() else cand.end()
    for m in _MOBILE_RE.finditer(text):
        out.append(Finding("telefon", m.start(), m.end(), original[m.start() : m.end()]))
    for m in _PHONE_CTX_RE.finditer(text):
        start = m.start("num")
        end = start + len(_numbers_in(0, m.group("num"))[0][1])  # not into a number joined to it
        out.append(Finding("telefon", start, end, original[start:end]))
    return out


_DIGIT_RE: Final = re.compile(r"[0-9]")


def find_structured(text: str) -> list[Finding]:
    """Every candidate of the structured kinds in ``text`` (they may overlap)."""
    candidates: list[Finding] = []
    if "@" in text or "(at)" in text or "[at]" in text:
        candidates += [Finding("epost", m.start(), m.end(), m.group()) for m in _EMAIL_RE.finditer(text)]
    if _DIGIT_RE.search(text) is not None:
        candidates += find_case_numbers(text)
        candidates += find_id_documents(text)
        candidates += _find_pnr(text)
        candidates += _find_phones(text)
        candidates += find_properties(text)
        candidates += find_block_properties(text)
        candidates += find_plates(text)
        candidates += find_addresses(text)
        candidates += find_village_addresses(text)
        candidates += find_lowercase_properties(text)
    candidates += find_spoken_numbers(text)
    return candidates
