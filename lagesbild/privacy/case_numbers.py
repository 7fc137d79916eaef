"""Case and diary numbers in free text, for lagesbild.privacy.structured: police case numbers (`K 295539-23`)
and the prosecutors' (`AM-…`), a kommun's diary numbers (`KS 2022/2487`), a housing company's work orders
(`AO 280447`), case systems' tickets (`INC828354`, `#584128`) and any number after a case word (`Dnr …`,
`ärende …`).

One job with its own patterns, pre-checks and look-alikes (dates, seasons, law numbers), kept apart so
structured.py stays readable; each finding is of the kind `diarienr`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from lagesbild.privacy.finding import Finding

__all__ = ["find_case_numbers", "valid_date"]

# A police case number, [unit-]K<digits>-<year as 22 or 2022> ("K 295539-23", "K-961723-23" too, and
# "K472606/26" with a slash), and the prosecutors' AM-<digits>-<year>.
_DNR_K_RE: Final = re.compile(
    r"(?<![\w-])(?:(?:[0-9]{3,4}-)?[Kk][ -]?[0-9]{3,8}|AM-[0-9]{3,8})-(?:20)?[0-9]{2}(?![\w-])"
    r"|(?<![\w-])[Kk][ -]?[0-9]{5,8}/(?:20)?[0-9]{2}(?![\w/-])"
    # a housing company's work order ("AO 280447", "AO-nr 280447", "ao: 280447", "AO 280447/2"), which
    # leads to the tenant who reported it; not an amount ("AO 99999 kr")
    r"|(?<![\w-])(?:AO|Ao|ao)(?:[ -]?nr\.?)?[ :-]{0,2}[0-9]{5,8}(?:/[0-9]{1,3})?"
    r"(?![\w-]|[ \t]?(?:kr|:-|sek|SEK)\b)"
)
# The same number written without its K ("se 7612651-25": five to eight digits, a dash, the year), and
# a kommun's diary number ("KS 2022/2487", "SBN-2021.55"): letters, a year from 2000, a serial. The law
# and regulation numbers written the same way ("EU 2016/679") are no case.
# Also the year first ("26-255211", five to eight digits after a year of the 2020s; not an amount range),
# a unit's letters in mixed case ("BoU 2026.1198": two capitals at least), a dash or colon after the year
# ("ÄR-2025-1699", "KS 2026:1482"), and a unit in lowercase when a slash or colon and three digits follow
# the year ("soc 2026:1482"; not "per 2026.12", nor a season "vt 2025/2026").
_DNR_BARE_RE: Final = re.compile(
    r"(?<![\w./-])(?:[0-9]{5,8}-(?:20)?[0-9]{2}|(?:20)?2[0-9]-[0-9]{5,8}(?![ \t]?(?:kr|:-|sek|SEK)\b)"
    r"|(?!(?:EU|EG|EEG|SFS|SOU|ISO|SS)\b)(?=[A-ZÅÄÖ][a-zåäö]?[A-ZÅÄÖ])[A-ZÅÄÖa-zåäö]{2,6}[ -]?20[0-9]{2}"
    r"[/.:-][0-9]{1,6}"
    r"|(?<![\w.])(?!(?:dnr|knr|ref|anm|sfs|sou|eu|eg|ss|iso|år|vt|ht|ca|kl|nr|per|maj|jan|feb|mar|apr|jun|jul|aug|sep|okt"
    r"|nov|dec)\b)[a-zåäö]{2,4}[ \t]20[0-9]{2}[/:][0-9]{3,6})"
    r"(?![\w/-]|[.,:][0-9])"
)
# "2025/2026", "HT 2025/2026": a season or school year, no case.
_SEASON_RE: Final = re.compile(r"20([0-9]{2})[/:-]20([0-9]{2})$")
_DNR_CTX_RE: Final = re.compile(
    r"(?i:\b(?:dnr|d\.nr|diarienr|diarienummer|diarie-nr|ärendenr|ärendenummer|ärende-nr|ärende\s+nr"
    r"|anm\.?\s?nr|anm-nr|anmälningsnr|anmälningsnummer|anmälan\s+nr|händelsenr|händelsenummer"
    r"|k-nr|knr|ref\.?\s?nr|referensnr|referensnummer|ärende|ärenden|anmälan|bygglov|bygglovsnr"
    r"|arbetsorder|arbetsordern|arbetsordernr|ärendelogg|ärende-id|ärendeid"
    r"|\w+(?:ärende|anmälan|ärenden))\b)"
    r"\.?[ \t]*(?:nr\.?[ \t]*)?[:#]?[ \t]*"
    r"(?P<id>(?:[A-ZÅÄÖ]{2,6}[ \t-]|[a-zåäö]{2,4}[ \t](?=20[0-9]{2}[/:.-]))?"
    r"(?=[\w./:-]*[0-9])[A-Za-zÅÄÖåäö0-9][\w./:-]*[A-Za-z0-9])"
)

_DNR_PREFILTER: Final = re.compile(r"(?i)nr|nummer|ärende|anmälan|bygglov|arbetsorder")
# Cheap pre-checks (each a necessary condition of its patterns, so skipping is exact): a K-number
# needs "K" and three digits; the diary-number words are looked for with `in` on the lower-cased
# text, several times faster than the case-insensitive pattern.
_DNR_K_PRECHECK: Final = re.compile(r"[Kk][ -]?[0-9]{3}|AM-[0-9]|(?i:ao)[ :.nr-]{0,6}[0-9]")
_DNR_WORDS: Final = ("nr", "nummer", "ärende", "anmälan", "bygglov", "arbetsorder")
# Each of _DNR_BARE_RE's four forms holds four digits in a row (five before or after the dash, or a year
# 20xx): they are looked for before the pattern (issue 16).
_FOUR_DIGITS_RE: Final = re.compile(r"[0-9]{4}")


def valid_date(yymmdd: str) -> bool:
    """`yymmdd` is a date of this century or the last (a samordningsnummer's day plus 60 too)."""
    month = int(yymmdd[2:4])
    day = int(yymmdd[4:6])
    if day > 60:
        day -= 60
    for year in (2000 + int(yymmdd[:2]), 1900 + int(yymmdd[:2])):
        try:
            date(year, month, day)
            return True
        except ValueError:
            continue
    return False


def _date_range(number: str) -> bool:
    """ "241127-28": the 27th and 28th of November 2024, no case number."""
    first, _, last = number.partition("-")
    return len(first) == 6 and valid_date(first) and int(first[4:]) < int(last) <= 31


def _season(number: str) -> bool:
    season = _SEASON_RE.search(number)
    if season is None or int(season.group(2)) != int(season.group(1)) + 1:
        return False
    # a unit's letters before it make it a case that happens to look like one: `KFKS 2025/2026` (stop 24)
    unit = number[: season.start()].strip(" -")
    return not unit or unit.upper() in _SEASON_WORDS


_SEASON_WORDS: Final = frozenset({"HT", "VT", "LÅ", "SÄSONG"})


def find_case_numbers(text: str) -> list[Finding]:
    out = []
    if _DNR_K_PRECHECK.search(text):
        out = [Finding("diarienr", m.start(), m.end(), m.group()) for m in _DNR_K_RE.finditer(text)]
    if ("-" in text or "/" in text or "." in text or ":" in text) and _FOUR_DIGITS_RE.search(text):
        out += [
            Finding("diarienr", m.start(), m.end(), m.group())
            for m in _DNR_BARE_RE.finditer(text)
            if not _date_range(m.group()) and not _season(m.group())
        ]
    if "#" in text:
        out += [Finding("diarienr", m.start(), m.end(), m.group()) for m in _HASH_NUMBER_RE.finditer(text)]
    out += [Finding("diarienr", m.start(), m.end(), m.group()) for m in _TICKET_RE.finditer(text)]
    low = text.lower()
    if not any(word in low for word in _DNR_WORDS) or not _DNR_PREFILTER.search(text):
        return out
    for m in _DNR_CTX_RE.finditer(text):
        ident = m.group("id")
        digits = sum(c.isdigit() for c in ident)
        if _a_date(ident):
            continue  # "Felanmälan 21/7:", "Felanmälan 24/02/2026": a date, no case
        if "/" in ident or "-" in ident or digits >= 4:
            out.append(Finding("diarienr", m.start("id"), m.end("id"), ident))
    return _listed_after(text, out)


# A case system's ticket: its letters and five digits or more, one word (`INC828354`, `WO441689`; stop 24).
# A plate has at most three digits, a K-number one letter.
_TICKET_RE: Final = re.compile(r"(?<![\w-])[A-Z]{2,4}[0-9]{5,8}(?![\w-])")
# A ticket's or a report's number after `#` ("Ref #584128", "#30462 Felanmälan"; stop 22): five digits or
# more, so `#1`, `#12` and a hashtag stay.
_HASH_NUMBER_RE: Final = re.compile(r"(?<![\w#])#[ \t]?[0-9]{5,10}(?![\w])")

# A date after a case word is no case: `Felanmälan 21/7`, `anmälan 2.1.2026`, `Arbetsorder 4/3-26` (day and
# month in range, so `Anmälan 1234/25` stays a case).
_DATE_RE: Final = re.compile(
    r"(?P<d>[0-9]{1,2})(?P<sep>[/.])(?P<m>[0-9]{1,2})(?:(?P=sep)(?:20)?[0-9]{2}|-(?:20)?[0-9]{2})?"
    r"|20[0-9]{2}-[0-9]{2}-[0-9]{2}"
)


def _a_date(ident: str) -> bool:
    m = _DATE_RE.fullmatch(ident)
    return m is not None and (
        m.group("d") is None or (1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12)
    )


# "Ärenden: KS 2025/1472, 064995 och 185191": bare serials listed after a case number are cases too.
_LISTED_SERIAL_RE: Final = re.compile(
    r"[ \t]*(?:,|och|samt|&)[ \t]*(?P<id>[0-9]{4,8}(?:-(?:20)?[0-9]{2})?)(?![\w:/.-])"
)


def _listed_after(text: str, found: list[Finding]) -> list[Finding]:
    out = list(found)
    ends = sorted({f.end for f in found})
    while ends:
        m = _LISTED_SERIAL_RE.match(text, ends.pop(0))
        if m:
            out.append(Finding("diarienr", m.start("id"), m.end("id"), m.group("id")))
            ends.append(m.end("id"))
    return out
