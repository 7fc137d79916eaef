"""Structured personal data in free text: e-mail, personnummer, phone numbers, licence plates, and (from
lagesbild.privacy.case_numbers) case numbers and (from lagesbild.privacy.addresses) home addresses and
property designations.

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
# licence plates
# --------------------------------------------------------------------------------------------------
_PLATE_RE: Final = re.compile(
    r"(?<![\w-])(?P<l>[A-Za-z]{3})(?P<sep>[ -]?)(?P<n>[0-9]{2}[0-9A-Za-z])(?![\w-])"
)
_PLATE_LETTERS: Final = frozenset("ABCDEFGHJKLMNOPRSTUWXYZ")  # no I, Q, V (nor Å, Ä, Ö)
_PLATE_LAST: Final = frozenset("0123456789ABCDEFGHJKLMNPRSTUWXYZ")  # as above, and no O last
_PLATE_CTX_RE: Final = re.compile(
    r"(?i)\b(?:bil|bilen|bilar|bilarna|personbil|personbilen|regnr|reg|reg\.\s?nr|reg\.nr|reg-nr"
    r"|registreringsnummer|registreringsnumret|registreringsnr|registreringsskylt|registreringsskylten"
    r"|nummerplåt|nummerplåten|nummerplåtar|skylt|skylten|skyltar|fordon|fordonet|fordonen|moped|mopeden"
    r"|mopeder|mc|motorcykel|motorcykeln|a-traktor|a-traktorn|epa|epan|epatraktor|lastbil|lastbilen"
    r"|skåpbil|skåpbilen|taxi|släp|släpet|släpvagn|husbil|husvagn|suv|volvo|saab|audi|bmw|mercedes"
    # a lorry's parts (stop 38, blind 59): `trailer NOA281`, `dragbil SKP 50E`
    r"|trailer|trailern|trailers|semitrailer|semitrailern|påhängsvagn|påhängsvagnen|dragbil|dragbilen"
    r"|vw|volkswagen|toyota|ford|opel|kia|tesla|nummer|med\s+nummer"
    r"|pickup|pickupen|pick-up|jeep|jeepen|minibuss|minibussen|släpkärra|släpkärran|traktor|traktorn"
    # a site's machines (stop 35): `dumpern EKO-502`, `hjullastare OKY-694`
    r"|dumper|dumpern|hjullastare|hjullastaren|grävmaskin|grävmaskinen|minigrävare|grävare|traktor|traktorn"
    r"|kör|körde|kört"  # who drives it: `f.d. pojkvän, kör EKO304`
    # in English (stop 33): `the abandoned car SKF77Z`, `reg no`
    r"|car|cars|vehicle|vehicles|van|truck|motorbike|scooter|plate|plates|registration|reg\.?\s?no)\b"
)
_PLATE_STRONG_CTX_RE: Final = re.compile(
    r"(?i)\b(?:regnr|reg|reg\.\s?nr|reg\.nr|reg-nr|registreringsnummer|registreringsnumret|registreringsnr"
    r"|registreringsskylt|registreringsskylten|nummerplåt|nummerplåten|skylt|skylten|skyltar|nummer"
    r"|med\s+nummer)\b[\s.:]*$"
)
# What is said of a vehicle right after its plate ("GMH 051 PARKERAD PÅ GÅRDEN"): context like a vehicle
# word before it.
_PLATE_AFTER_RE: Final = re.compile(
    r"(?i)[ \t]*(?:(?:stod|står|stått|var|som)[ \t]+)?(?:parkerad|parkerade|parkerat|felparkerad|felparkerade"
    r"|körde|kört|kör|krockade|backade|rullade|smet|svängde)\b"
)
# A parking attendant's words after it: only a vehicle is ticketed or towed, so an acronym's letters before
# them are a plate's (`SAS 685 lappad`; stop 34), where `BMW 320 parkerad` is a model.
_TICKETED_AFTER_RE: Final = re.compile(
    r"(?i)[ \t]*,?[ \t]*(?:lappad|lappades|lappat|bötfälld|bötfälldes|bogserad|bogserades|bortforslad)\b"
)
# … and before it: `skriva lapp på HSB 11C` (stop 36, blind 45).
_TICKETED_BEFORE_RE: Final = re.compile(
    r"(?i)\b(?:lapp|lappen|lappa|lappade|bot|boten|p-bot|parkeringsbot|kontrollavgift|felparkeringsavgift"
    r"|bogsera|bogserade|forsla[ \t]+bort)[ \t]+(?:på|för|till)?[ \t]*\Z"
)
# Swedish three-letter words spelt with plate letters (from a Swedish word list): "och 834" is no plate.
_THREE_LETTER_WORDS: Final = frozenset(
    """abc ack aga agg agn akt ale alg all alm aln alp alt ana and ann apa arg ark arm ars art ask asp att
    bad bak bal ban bar bas ben ber bet bly bod bog boj bok bom bon bor bos bot box bra bre bro bry bua
    bud buk bur bus byk byn bys byt cup dag dal dam deg del dem den det dog dok dom don dop dos dra dua
    duk dum dun duo dur dus dyk dyn dyr ebb eds egg ego eka eko eks eld emu ena ene ens eon era ers ert
    ess est ett fal far fas fat feg fel fem fen fet fly fog for fot fru ful fur fyr gal gam gap gas gay
    gel gem gen ger ges get glo gno gnu gny god gol gom got gro gry gud gul haj hal han har hat hed hej
    hel hem hes het hon hop hor hos hot hud hug huj huk hum hur hus hut hyn hyr hys jag jak jod jon jul
    kaj kal kam kan kap kar kex klo kod koj kok kol kom kon kor kos kry kub kul kur kyl lag lam lat lax
    led lej lek lem len ler lob lod log loj lok lom lon lur lus lut lux lyd lys lyx maj mal man mas mat
    med men mer mod mol mon mor mos mot mun mur mus myr mys myt ned neg nej ner nod nog nos not nya nye
    nyp nys oas och ock ode oja ond ont opp ord ork orm oro ort oss ost oxe par pep per pol pop pub pur
    pys rad rak ram rar ras rea red rem ren rep res roa rom rop ror ros rot rum rus rut ryk ryl rym rys
    ryt sak sal sas sax sed seg sej sen ser ses set sex sju ska ske sko sky sno sol som son sot spe spy
    sug sup sur sus syd syl syn syr sys tag tak tal tam tar tas tax teg ten ter tes tet tog tok tom ton
    tre tro tub tum tur tyd tyg typ tyr udd ugn ull ung uns upp urs ute yla yra yrt yta yxa zon zoo ca
    kl nr""".split()
)
# Abbreviations before a number with a letter ("lgh 12a", "tel 12b"): no lowercase 2019 plate.
_NOT_PLATE_LOWER: Final = frozenset("lgh tel tfn mob fax kvm ant st. avd kap sid bil".split())
# Acronyms and banned letter combinations that look like a plate: never a plate.
_PLATE_STOP: Final = frozenset(
    """SOS LSS EST BMW SVT KTH SFI SFS SOU LVU LVM SOL PBL OSL HSB ICA SKR MSB RLC NOA SMS GPS EKG HLR AED
    CET UTC USA EUR SEK USD NOK DKK GBP MMS PDF GHB LSD THC CBD DNA SAS APA DUM DYR FAN FEG FEL FUL GAY GLO
    HOT LAT NEJ NRP OND SAP SEX SUP TOA UFO XXL KKK WTC FBI MAN ABB SKF AFA EKO DUB KPI MVG NPF ADD CSN
    SFB SJF BRF TRE ETT TVA FYR SEM SJU NIO TIO TPL LOB SLF ATK USB""".split()
)
# A currency's letters before three digits are an amount only where the text says so (`kostade SEK 298`,
# `SEK 298:-`, `SEK 298,50`); else a plate, fail-closed (`dieselstöld (SEK 298)`; stop 36, blind 43).
_CURRENCIES: Final = frozenset("SEK EUR USD NOK DKK GBP".split())
_AMOUNT_BEFORE_RE: Final = re.compile(
    r"(?i)(?:kost|pris|belopp|summa|betal|värde|skad|skade|byte|avgift|böter|ersättning|faktur|totalt|\bca\b"
    r"|cirka|ungefär|omkring|\bà\b|\bför\b|price|cost|paid|amount|total|fee|fine|bill|repair|damage"
    # debts, rents, wages and benefits (stop 37, blind 58: `Skulden är SEK 600`, `bistånd med SEK 600`)
    # (not `hyrbil SEK 298`, a rented car's plate)
    r"|skuld|\bhyra|\bhyran\b|hyres|\blön|bistånd|bidrag|\bstöd\b|försörjningsstöd|förfall|saldo|fordran"
    r"|inkasso|kvitto)"
)
_CLAUSE_END_RE: Final = re.compile(r"(?<=[^\W\d_]{3})\.[ \t]|[!?\n(]")  # not after `ca.`
_AMOUNT_AFTER_RE: Final = re.compile(
    r"[,.:][0-9-]|[ \t]?(?:kr|kronor|:-|/)|[ \t][0-9]{3}\b|[ \t]+i[ \t]+(?:skuld|månaden|hyra|hyresskuld)\b"
)


def _currency_plate(text: str, m: re.Match[str]) -> bool:
    # an amount's word in the clause before it (`låsbyte SEK 250`, `Cost of the repair …: SEK 890`)
    clause = _CLAUSE_END_RE.split(text[max(0, m.start() - 60) : m.start()])[-1]
    before = _AMOUNT_BEFORE_RE.search(clause)
    return not (before or _AMOUNT_AFTER_RE.match(text, m.end()))


# Of those, the words and banned combinations (not acronyms such as `SEK`, `USB`, `SOS`): written in capitals
# right against their digits (`SJU920`, `APA03Z`) they are read as a plate, fail-closed; nothing else writes
# them so.
_PLATE_STOP_WORDS: Final = frozenset(
    """APA DUM DYR FAN FEG FEL FUL GAY GLO HOT LAT NEJ OND SEX SUP TOA TRE ETT TVA FYR SEM SJU NIO TIO
    LOB""".split()
)
# A text about a vehicle also in a compound (`bilbrand`, `Fordonsbrand`): the 2019 format's letters may then
# be an acronym's (`MSB 74X`).
_VEHICLE_COMPOUND_RE: Final = re.compile(
    r"(?i)\b(?:bil|fordons|moped|mc|motorcykel|lastbils|husbils)(?:brand|branden|bränder|inbrott|inbrottet"
    r"|stöld|stölden|stölder|tjuv|tjuvar|skada|skadan|skador|vrak|vraket|ägare|ägaren|ägarens)\b"
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


# The word right before a plate, a bracket between them too: `skåpbil USD 102`, `Bilen (SLF499)` (stop 24).
_WORD_BEFORE_PLATE_RE: Final = re.compile(r"([^\s(]+)[ \t]+\(?$")


def _find_plates(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _PLATE_RE.finditer(text):
        letters, sep, tail = m.group("l"), m.group("sep"), m.group("n")
        up = letters.upper()
        if not all(c in _PLATE_LETTERS for c in up):
            continue
        if up in _PLATE_STOP_WORDS and letters.isupper() and not sep and tail[-1] in _PLATE_LAST:
            if tail.isdigit() or (tail[:2].isdigit() and tail[-1].isupper()):
                out.append(Finding("regnr", m.start(), m.end(), m.group()))
            continue
        # (also with a dash, never an amount's: `kanske GBP-274`; stop 38, blind 62)
        if up in _CURRENCIES and letters.isupper() and sep in (" ", "-") and tail.isdigit():
            if _currency_plate(text, m):
                out.append(Finding("regnr", m.start(), m.end(), m.group()))
                continue
        if up in _PLATE_STOP:
            # An acronym ("USD", "SOS") is a plate only right after a vehicle word: "skåpbil USD 102".
            word_before = _WORD_BEFORE_PLATE_RE.search(text, max(0, m.start() - 25), m.start())
            # In lowercase only the 2019 format counts there: "bil glo 21a".
            cased = letters.isupper() or (letters.islower() and tail[:2].isdigit() and tail[-1].isalpha())
            ticketed = letters.isupper() and (
                _TICKETED_AFTER_RE.match(text, m.end())
                or _TICKETED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            )
            if (ticketed or (word_before and _PLATE_CTX_RE.fullmatch(word_before.group(1)))) and cased:
                if tail[-1].upper() in _PLATE_LAST and (tail[-1].isdigit() or tail[:2].isdigit()):
                    out.append(Finding("regnr", m.start(), m.end(), m.group()))
            elif (
                letters.isupper()
                and tail[:2].isdigit()
                and tail[-1] in _PLATE_LAST
                and tail[-1].isupper()
                and (
                    _PLATE_CTX_RE.search(text)
                    or _VEHICLE_COMPOUND_RE.search(text)
                    or _PLATE_AFTER_RE.match(text, m.end())
                )
            ):
                # the 2019 format is a plate's in a text about vehicles, whatever its letters: a list of
                # cars parked wrong (`Felparkerade fordon: … BMW 29X – vid …`)
                out.append(Finding("regnr", m.start(), m.end(), m.group()))
            elif (
                letters.isupper()
                and not sep
                and tail.isdigit()
                and _PLATE_CTX_RE.search(text[max(0, m.start() - 60) : m.start()])
            ):
                # the old format against its digits after a vehicle in the sentence: `en vit bil på
                # parkeringen typ ABB874` (stop 37, blind 57)
                out.append(Finding("regnr", m.start(), m.end(), m.group()))
            continue
        if tail[-1].upper() not in _PLATE_LAST:
            continue
        if tail[-1].isalpha() and not tail[:2].isdigit():
            continue
        exact = letters.isupper() and (tail[-1].isdigit() or tail[-1].isupper()) and sep in ("", " ", "-")
        if exact:
            # In ALL-CAPS text ("KLOTTER PÅ HUS 123") the shape proves nothing: require context there.
            # (on the plate's own line: a row of a table may end in `3900 SEK`)
            before = text[max(0, m.start() - 12) : m.start()].rsplit("\n", 1)[-1].split()
            after = text[m.end() : m.end() + 12].split("\n", 1)[0].split()
            shouting = (before and before[-1].isupper() and len(before[-1]) > 1 and before[-1].isalpha()) or (
                after and after[0].isupper() and len(after[0]) > 1 and after[0].isalpha()
            )
            if not shouting:
                out.append(Finding("regnr", m.start(), m.end(), m.group()))
                continue
        new_format = tail[:2].isdigit() and tail[-1].isalpha()
        if not letters.isupper() and sep and letters.lower() in _THREE_LETTER_WORDS:
            # "och 834", "med 123": a word and a number; only right after "regnr" and the like, or a
            # 2019 plate right after a vehicle word ("bilen mod 35m")
            word_before = _WORD_BEFORE_PLATE_RE.search(text, max(0, m.start() - 25), m.start())
            right_after_vehicle = word_before is not None and _PLATE_CTX_RE.fullmatch(word_before.group(1))
            if not _PLATE_STRONG_CTX_RE.search(text, max(0, m.start() - 25), m.start()) and not (
                new_format and right_after_vehicle
            ):
                continue
        elif new_format and letters.islower() and letters not in _NOT_PLATE_LOWER:
            # "wel 76e": three letters that are no word, two digits and a letter is the 2019 plate format
            # even in lowercase and without a vehicle word
            out.append(Finding("regnr", m.start(), m.end(), m.group()))
            continue
        # "ABC-123", "abc 123", or a plate in ALL-CAPS text: a vehicle word within 40 characters before it,
        # or a vehicle's verb right after letters that are no word ("HUS 123 PARKERAD" stays)
        verb_after = letters.lower() not in _THREE_LETTER_WORDS and _PLATE_AFTER_RE.match(text, m.end())
        if verb_after or _PLATE_CTX_RE.search(text, max(0, m.start() - 40), m.start()):
            out.append(Finding("regnr", m.start(), m.end(), m.group()))
    return out


_DIGIT_RE: Final = re.compile(r"[0-9]")


def find_structured(text: str) -> list[Finding]:
    """Every candidate of the structured kinds in ``text`` (they may overlap)."""
    candidates: list[Finding] = []
    if "@" in text or "(at)" in text or "[at]" in text:
        candidates += [Finding("epost", m.start(), m.end(), m.group()) for m in _EMAIL_RE.finditer(text)]
    if _DIGIT_RE.search(text) is not None:
        candidates += find_case_numbers(text)
        candidates += _find_pnr(text)
        candidates += _find_phones(text)
        candidates += find_properties(text)
        candidates += find_block_properties(text)
        candidates += _find_plates(text)
        candidates += find_addresses(text)
    candidates += find_spoken_numbers(text)
    return candidates
