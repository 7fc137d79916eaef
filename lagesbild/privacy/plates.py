"""Licence plates in free text: the Swedish formats (`ABC 123`, `ABC 12D`), with the context that tells a
plate from an acronym, a word or an amount (moved from lagesbild.privacy.structured, stop 39).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.finding import Finding
from lagesbild.privacy.foreign_plates import FOREIGN_PRECHECK_RE as _FOREIGN_PRECHECK_RE
from lagesbild.privacy.foreign_plates import find_foreign_plates
from lagesbild.privacy.lexicon import RARE_ZIPF, known_word, zipf

__all__ = ["find_plates"]

_PLATE_RE: Final = re.compile(
    r"(?<![\w-])(?P<l>[A-Za-z]{3})(?P<sep>[ -]?)(?P<n>[0-9]{2}[0-9A-Za-z])(?![\w-])"
)
_PLATE_LETTERS: Final = frozenset("ABCDEFGHJKLMNOPRSTUWXYZ")  # no I, Q, V (nor Å, Ä, Ö)
_PLATE_LAST: Final = frozenset("0123456789ABCDEFGHJKLMNPRSTUWXYZ")  # as above, and no O last
_PLATE_CTX_RE: Final = re.compile(
    r"(?i)\b(?:(?!mo)[a-zåäö]*(?:bil|bilen|bilar|bilarna)|regnr|reg|reg\.\s?nr|reg\.nr|reg-nr"
    # any car in a compound (`hyrbilen srz 321`, `Flyttbil aps157`), not a mobile; more makes and models
    # (stop 39, blind 71: `Lexus RX DDT 891`)
    r"|lexus|skoda|peugeot|citroën|citroen|renault|fiat|nissan|hyundai|mazda|honda|dacia|porsche|subaru"
    r"|mitsubishi|suzuki|polestar|cupra|chevrolet|prius|passat|octavia|corolla|ducato"
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


# The word right before a plate, a bracket between them too: `skåpbil USD 102`, `Bilen (SLF499)` (stop 24).
_WORD_BEFORE_PLATE_RE: Final = re.compile(r"([^\s(]+)[ \t]+\(?$")


def find_plates(text: str) -> list[Finding]:
    out: list[Finding] = find_foreign_plates(text) if _FOREIGN_PRECHECK_RE.search(text) else []
    low = text.lower()
    glued = "bil-" in low or "reg-" in low or "regnr-" in low or "fordon-" in low
    out += [
        Finding("regnr", m.start("p"), m.end("p"), m.group("p"))
        for m in (_GLUED_PLATE_RE.finditer(text) if glued else ())
        if all(c in _PLATE_LETTERS for c in m.group("l").upper()) and m.group("n")[-1].upper() in _PLATE_LAST
    ]
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
        if _lowercase_old_plate(text, m):
            out.append(Finding("regnr", m.start(), m.end(), m.group()))
            continue
        # "ABC-123", "abc 123", or a plate in ALL-CAPS text: a vehicle word within 40 characters before it,
        # or a vehicle's verb right after letters that are no word ("HUS 123 PARKERAD" stays)
        verb_after = letters.lower() not in _THREE_LETTER_WORDS and _PLATE_AFTER_RE.match(text, m.end())
        if verb_after or _PLATE_CTX_RE.search(text, max(0, m.start() - 40), m.start()):
            out.append(Finding("regnr", m.start(), m.end(), m.group()))
    return out


# A plate glued to a vehicle's word by a dash (`bil-BOS437`, `reg-ABC12D`; stop 39, blind 71).
_GLUED_PLATE_RE: Final = re.compile(
    r"(?i:\b(?:bil|reg|regnr|fordon))-(?P<p>(?P<l>[A-Za-z]{3})[ ]?(?P<n>[0-9]{2}[0-9A-Za-z]))(?![\w-])"
)
# Three lowercase letters and three digits are the old format typed fast (`btr649`, `agz 240`; stop 39,
# blind 71) where the letters are no word, abbreviation or unit (`tkr 500`, `kwh 300`, `rpm 900`) and no
# unit follows the digits.
_UNIT_AFTER_RE: Final = re.compile(
    r"[ \t]?(?:kr|kronor|sek|st|m|km|kg|g|l|ml|cl|dl|%|min|h|tim|år|kvm|cm|mm|mil|ggr|gånger|hk|kw)\b"
)


def _lowercase_old_plate(text: str, m: re.Match[str]) -> bool:
    letters, tail = m.group("l"), m.group("n")
    return (
        letters.islower()
        and tail.isdigit()
        and letters not in _THREE_LETTER_WORDS
        and letters not in _NOT_PLATE_LOWER
        and not known_word(letters)
        and zipf(letters) < RARE_ZIPF
        and not _UNIT_AFTER_RE.match(text, m.end())
    )
