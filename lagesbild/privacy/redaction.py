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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

import phonenumbers
from personnummer import personnummer as _personnummer

from lagesbild.privacy.names import (
    AMBIGUOUS,
    FIRST_NAMES,
    LAST_NAMES,
    NOT_NAMES,
    SWEDISH_FIRST_NAMES,
    WORLD_COMMON,
)
from lagesbild.privacy.nicknames import find_nicknames

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
    "namn": "[namn]",
}
TYPES: Final[tuple[str, ...]] = tuple(PLACEHOLDERS)

# When two findings overlap, the one with the lower rank wins (then the longer one).
_RANK: Final[dict[str, int]] = {
    "epost": 0,
    "diarienr": 1,
    "personnummer": 2,
    "samordningsnummer": 2,
    "telefon": 3,
    "fastighet": 4,
    "regnr": 5,
    "adress": 6,
    "namn": 7,
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data: ``text[start:end] == value``."""

    type: str
    start: int
    end: int
    value: str


# --------------------------------------------------------------------------------------------------
# e-mail
# --------------------------------------------------------------------------------------------------
_EMAIL_RE: Final = re.compile(
    r"(?<![\w.+-])[\w.+-]+(?:@|\s?[\[(]at[\])]\s?)[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])"
)

# --------------------------------------------------------------------------------------------------
# police case numbers and other diary numbers
# --------------------------------------------------------------------------------------------------
_DNR_K_RE: Final = re.compile(r"(?<![\w-])(?:[0-9]{3,4}-)?[Kk][0-9]{3,8}-[0-9]{2}(?![\w-])")
_DNR_CTX_RE: Final = re.compile(
    r"(?i:\b(?:dnr|d\.nr|diarienr|diarienummer|diarie-nr|ärendenr|ärendenummer|ärende-nr|ärende\s+nr"
    r"|anm\.?\s?nr|anm-nr|anmälningsnr|anmälningsnummer|anmälan\s+nr|händelsenr|händelsenummer"
    r"|k-nr|knr|ref\.?\s?nr|referensnr|referensnummer|ärende|polisanmälan|anmälan)\b)"
    r"\.?[ \t]*(?:nr\.?[ \t]*)?[:#]?[ \t]*"
    r"(?P<id>(?:[A-ZÅÄÖ]{2,6}[ \t-])?(?=[\w./:-]*[0-9])[A-Za-zÅÄÖåäö0-9][\w./:-]*[A-Za-z0-9])"
)

_DNR_PREFILTER: Final = re.compile(r"(?i)nr|nummer|ärende|anmälan")
# Cheap pre-checks (each a necessary condition of its detector's patterns, so skipping is exact): a
# K-number needs "K" and three digits, a personnummer six digits in a row; the diary-number words are
# looked for with `in` on the lower-cased text, several times faster than the case-insensitive pattern.
_DNR_K_PRECHECK: Final = re.compile(r"[Kk][0-9]{3}")
_DNR_WORDS: Final = ("nr", "nummer", "ärende", "anmälan")
_PNR_PRECHECK: Final = re.compile(r"[0-9]{6}")

# --------------------------------------------------------------------------------------------------
# personnummer / samordningsnummer
# --------------------------------------------------------------------------------------------------
_PNR_SEP = r"(?:[-+][ \t]?\n?|[ \t\n])?"
_PNR12_RE: Final = re.compile(r"(?<![0-9])(?P<d>[0-9]{8})(?P<sep>" + _PNR_SEP + r")(?P<n>[0-9]{4})(?![0-9])")
_PNR10_RE: Final = re.compile(r"(?<![0-9])(?P<d>[0-9]{6})(?P<sep>" + _PNR_SEP + r")(?P<n>[0-9]{4})(?![0-9])")
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
_TIME_RANGE_RE: Final = re.compile(r"[0-2]?[0-9][.:][0-5][0-9][ \t]?[-–][ \t]?[0-2]?[0-9][.:][0-5][0-9]$")
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
    r"|vw|volkswagen|toyota|ford|opel|kia|tesla|nummer|med\s+nummer)\b"
)
_PLATE_STRONG_CTX_RE: Final = re.compile(
    r"(?i)\b(?:regnr|reg|reg\.\s?nr|reg\.nr|reg-nr|registreringsnummer|registreringsnumret|registreringsnr"
    r"|registreringsskylt|registreringsskylten|nummerplåt|nummerplåten|skylt|skylten|skyltar|nummer"
    r"|med\s+nummer)\b[\s.:]*$"
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
# Acronyms and banned letter combinations that look like a plate: never a plate.
_PLATE_STOP: Final = frozenset(
    """SOS LSS EST BMW SVT KTH SFI SFS SOU LVU LVM SOL PBL OSL HSB ICA SKR MSB RLC NOA SMS GPS EKG HLR AED
    CET UTC USA EUR SEK USD NOK DKK GBP MMS PDF GHB LSD THC CBD DNA SAS APA DUM DYR FAN FEG FEL FUL GAY GLO
    HOT LAT NEJ NRP OND SAP SEX SUP TOA UFO XXL KKK WTC FBI MAN ABB SKF AFA EKO DUB KPI MVG NPF ADD CSN
    SFB SJF BRF TRE ETT TVA FYR SEM SJU NIO TIO TPL LOB SLF ATK""".split()
)

# --------------------------------------------------------------------------------------------------
# home addresses (street + house number: the number part is replaced)
# --------------------------------------------------------------------------------------------------
_STREET_SUFFIX = (
    r"(?:vägen|gatan|gata|gränd|gränden|stigen|stig|backen|backe|allén|allé|alle|plan|planen|torget"
    r"|leden|slingan|svängen|platsen|kroken|ringen|bryggan|kajen|promenaden|gången|liden|höjden"
    r"|stråket|vreten|terrassen|esplanaden|kvarnen|parkvägen)"
)
_STREET_WORD2 = (
    r"(?:allé|allén|alle|väg|vägen|gata|gatan|gränd|gränden|torg|torget|backe|backen|stig|stigen|plats"
    r"|platsen|promenad|promenaden|led|leden)"
)
_HOUSE_NR = r"[0-9]{1,3}(?:[ \t]?[A-Ha-h](?![\w-]))?(?:[ \t]?-[ \t]?[0-9]{1,3}(?:[A-Ha-h](?![\w-]))?)?"
_UNIT = (
    r"(?:[ \t]?,?[ \t]?(?:lgh|lägenhet|lägenhetsnr|lgh-nr)\.?[ \t]?(?:nr\.?[ \t]?)?[0-9]{1,4}(?![0-9])"
    r"|[ \t]?,?[ \t]?[0-9]{1,2}[ \t]?(?:tr|trappor|trappa|vån|våning|v)(?![\w])"
    r"|[ \t]?,?[ \t]?(?:vån|våning|uppg|uppgång|port|ingång)\.?[ \t]?[0-9A-Ha-h]{1,2}(?![\w]))*"
)
_COUNT_WORDS = (
    r"(?:personer|person|pers|ungdomar|ungdom|st|stycken|styck|gånger|gång|män|kvinnor|pojkar|flickor|killar"
    r"|tjejer|barn|vuxna|elever|bilar|bil|mopeder|fordon|år|års|åring|åringar|kr|kronor|sek|procent|meter|m"
    r"|km|mil|minuter|min|timmar|tim|h|dagar|veckor|månader|tillfällen|anmälningar|larm|händelser|fall"
    r"|skott|bränder|container|containrar|rutor|fönster|dörrar|lägenheter|lgh|hushåll|platser|kameror"
    r"|deltagare|besökare|poliser|patruller|väktare|tim)"
)
_ADDR_TAIL = (
    r"(?P<nr>" + _HOUSE_NR + _UNIT + r")"
    r"(?![0-9]|[.:/,][0-9]|[ \t]?%|[ \t]" + _COUNT_WORDS + r"\b|[ \t]?-?[ \t]?(?:talet|tal)\b)"
)
_ADDR_TAIL_RE: Final = re.compile(_ADDR_TAIL)
_WORD_BEFORE_NUMBER_RE: Final = re.compile(r"(?<![\w-])(?P<w>[^\W\d_][\w-]*)[ \t](?=[0-9])")
_PREV_CAP_WORD_RE: Final = re.compile(r"(?<![\w-])([A-ZÅÄÖÉ][\w-]+)[ \t]$")
_STREET_ENDINGS: Final = tuple(_STREET_SUFFIX[3:-1].split("|"))
_STREET_SECOND_WORDS: Final = frozenset(_STREET_WORD2[3:-1].split("|"))
# "På väg 26", "I gatan 3": a preposition or sentence word is no first half of a street name.
_NOT_STREET_FIRST: Final = frozenset(
    """på i vid mot från till längs utanför efter över om och eller samt via mellan nära norr söder öster
    väster
    norra södra östra västra en ett den det denna detta nya gamla stora lilla""".split()
)
_ADDR_CTX_RE: Final = re.compile(
    r"(?i:\b(?:bor\s+på|bor\s+i|boende\s+på|adress|adressen|hemadress|hemadressen|folkbokförd\s+på"
    r"|skriven\s+på)\b)[ \t]*:?[ \t]*(?P<street>[A-ZÅÄÖ][\w-]+(?:[ \t][A-ZÅÄÖa-zåäö][\w-]+)?)[ \t]"
    + _ADDR_TAIL
)
_APT_RE: Final = re.compile(
    r"(?i:\b(?:lgh|lgh-nr|lghnr|lägenhetsnummer|lägenhetsnr|lägenhet\s+nr|lägenhet)\b)\.?[ "
    r"\t]*(?:nr\.?[ \t]*)?"
    r"(?P<nr>[0-9]{1,4})(?![0-9]|[.:/,][0-9]|[ \t]" + _COUNT_WORDS + r"\b)"
)
# Generic road words: "gång- och cykelvägen 3", "motorvägen 2" are no home address.
_GENERIC_STREETS: Final = frozenset(
    """vägen väg gatan gata gränd gränden stigen stig backen backe allén allé alle plan planen torget torg
    leden slingan svängen platsen plats kroken ringen bryggan kajen promenaden gången liden höjden stråket
    cykelvägen gångvägen gång-cykelvägen cykelväg gångväg motorvägen motorväg riksvägen riksväg länsvägen
    länsväg europavägen europaväg landsvägen landsväg infartsvägen infartsväg utfartsvägen tillfartsvägen
    genomfartsvägen genomfartsleden huvudleden huvudgatan bakgatan sidogatan bilvägen skogsvägen grusvägen
    skolvägen gångstigen cykelstigen detaljplan handlingsplan åtgärdsplan översiktsplan våningsplan flygplan
    arbetsplats arbetsplatsen parkeringsplats parkeringsplatsen parkeringsplatser brottsplats brottsplatsen
    mötesplats mötesplatsen lekplats lekplatsen samlingsplats samlingsplatsen hållplats hållplatsen
    busshållplats busshållplatsen uppställningsplats sovplats sovplatsen boplats soptorg soptorget
    våningsplanet källarplan entréplan bottenplan markplan plan stråket gångstråket gångstråk trafikplats
    trafikplatsen tpl""".split()
)

# --------------------------------------------------------------------------------------------------
# property designations (fastighetsbeteckning)
# --------------------------------------------------------------------------------------------------
_FAST_RE: Final = re.compile(
    r"(?<![\w:-])(?P<name>[A-ZÅÄÖ][a-zåäöéü]+(?:[- ][A-ZÅÄÖ][a-zåäöéü]+)?|[A-ZÅÄÖ]{3,}(?:[- ][A-ZÅÄÖ]{3,})?)"
    r"[ \t](?P<nr>[0-9]{1,4}:[0-9]{1,4})(?![0-9]|:[0-9]|[.,][0-9])"
)
_FAST_CTX_RE: Final = re.compile(
    r"(?i:\b(?:kv\.|kv|kvarteret|fastighet|fastigheten|fastighetsbeteckning|fastighetsbeteckningen"
    r"|fastighetsbet\.?|fbet\.?)\b)[ \t]*:?[ \t]*"
    r"(?P<all>[A-ZÅÄÖa-zåäö][\wåäö-]+(?:[ \t][A-ZÅÄÖ][\wåäö-]+)?[ \t][0-9]{1,4}(?::[0-9]{1,4})?)(?![0-9:])"
)
# Words before a clock time that are no property name ("Kl 21:30", "Fredag 22:00", "Klotter 21:30").
_FAST_STOP: Final = frozenset(
    w.lower()
    for w in """Kl Klockan Tid Tiden Tidpunkt Ca Cirka Mellan Från Till Efter Före Innan Sedan Vid Runt
    Omkring
    Strax Ungefär Natten Kvällen Morgonen Förmiddagen Eftermiddagen Idag Igår Imorgon Natt Kväll Morgon
    Förmiddag Eftermiddag Måndag Tisdag Onsdag Torsdag Fredag Lördag Söndag Måndagen Tisdagen Onsdagen
    Torsdagen Fredagen Lördagen Söndagen Måndagar Tisdagar Onsdagar Torsdagar Fredagar Lördagar Söndagar
    Vardagar Helger Helgen Uppdaterad Uppdatering Publicerad Start Starttid Slut Sluttid Matchstart Avspark
    Öppet Stängt Öppettider Avgång Ankomst Larm Larmet Inbrott Klotter Brand Bränder Skadegörelse Stöld
    Rån Bråk Hot Våld Misshandel Glaskross Nedskräpning Samling Ungdomar Moped Mopeder Händelse Incident
    Anmälan Rapport Rond Ronden Patrull Kontroll Besök Möte Mötet Match Tåget Bussen Buss Tåg Linje Pass
    Passet Vecka Veckan Datum Januari Februari Mars April Maj Juni Juli Augusti September Oktober November
    December Valborg Midsommar Halloween Nyårsafton Julafton Period Perioden Skift Skiftet Insats Insatsen
    Kvart Halv Timme Timmar Minuter Och Samt Eller Respektive Sida Sidan Kapitel Paragraf Lag Lagen SFS
    Version Bilaga Punkt Ratio Skala Förhållandet Resultat Resultatet Matchen Ställning Ställningen Åter
    Tillbaka Klart Slutet Öppnar Stänger LSO LSS SOL LVU LVM BRB OSL PBL LOU SFS LOB LPT LRV ABL FL RB TF
    YGL RF ÄB JB Kap Kapitlet""".split()
)
_FAST_CONTEXT: Final = frozenset(
    "kv kvarteret fastighet fastigheten fastighetsbeteckning fastighetsbeteckningen fbet".split()
)
_CLOCK_RANGE_RE: Final = re.compile(r"[ \t]?[-–][ \t]?[0-9]{1,2}[:.][0-9]{2}")

# --------------------------------------------------------------------------------------------------
# person names
# --------------------------------------------------------------------------------------------------
_WORD_RE: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Context before a name. "strong": the text says a name follows ("heter", "vid namn"); "role": a role noun
# or title ("boende", "vaktmästare", "pojken", "fru"); "weak": a verb or preposition that takes a person
# ("pratade med", "hemma hos"): after it only a word from the name lists counts.
_STRONG_WORDS = """heter hette namn namnet kallad kallade alias förnamn förnamnet efternamn efternamnet namnen
    vid+namn med+namnet vid+namnen kallar+sig känd+som kända+som"""
_ROLE_WORDS = """boende boenden hyresgäst hyresgästen vaktmästare vaktmästaren fastighetsskötare
fastighetsskötaren
    fastighetsvärd fastighetsvärden bovärd bovärden kvartersvärd kvartersvärden områdesvärd områdesvärden
    trygghetsvärd trygghetsvärden anmälare anmälaren kontaktperson kontaktpersonen målsägande målsäganden
    målsägare målsägaren vittne vittnet uppgiftslämnare uppgiftslämnaren tipsare tipsaren pojke pojken flicka
    flickan tjej tjejen kille killen mannen kvinnan grannen granne sonen dottern son dotter mamma mamman pappa
    pappan modern fadern bror brodern brorsan syster systern kusin kusinen kompis kompisen kamrat kamraten vän
    vännen flickvän flickvännen pojkvän pojkvännen sambo sambon maken makan frun fru herr hr fröken väktare
    väktaren ordningsvakt ordningsvakten fritidsledare fritidsledaren fältare fältaren fältassistent
    fältassistenten ledare ledaren rektor rektorn lärare läraren elev eleven ungdom ungdomen tonåring
    tonåringen personal personalen handläggare handläggaren samordnare samordnaren kommunpolis kommunpolisen
    polisinspektör inspektör rapportör rapportören signerat signerad mvh hälsningar hälsning ansvarig
    ansvarige
    chef chefen butikschef butikschefen förälder föräldern vårdnadshavare vårdnadshavaren familjen familj
    misstänkt misstänkte gärningsman gärningsmannen förövare förövaren offret ägare ägaren bilägare bilägaren
    hundägare hundägaren bröderna systrarna syskonen kontakt kontaktuppgift kontaktuppgifter
    rapporterat+av rapporterad+av rapporterades+av skriven+av skrivet+av
    kurator kuratorn polisassistent polisassistenten polisinspektören inspektören kriminalinspektör
    kriminalinspektören polisintendent poliskommissarie kommissarie polis polisman polismannen insp ass
    krinsp polinsp områdeschef områdeschefen enhetschef enhetschefen verksamhetschef verksamhetschefen
    socialsekreterare socialsekreteraren socialarbetare socialsekr skolsköterska skolsköterskan
    sjuksköterska sjuksköterskan läkare läkaren mentor mentorn pedagog pedagogen lärarvikarie fritidspedagog
    ungdomsledare nattvandrare nattvandraren vakt vakten skyddsvakt parkeringsvakt säkerhetsvärd
    bostadsvärd förvaltare förvaltaren chaufför chauffören busschaufför busschauffören tränare tränaren
    präst prästen imam imamen butiksbiträde kassörska grabb grabben personen gärningspersonen åring
    åringen ene andre killarna tjejerna pojkarna flickorna medlemmen gängledaren vittnena boendena
    grannarna kompisarna kamraterna kollegan kollega skolvärd skolvärden trygghetsvärdar samordnaren
    väktarna poliserna fältarna fältassistenterna ordningsvakterna vakterna lärarna"""
# Abbreviated role words end with a full stop before the name: "Insp. Kowalczyk".
_ROLE_ABBREVIATIONS: Final = frozenset("insp ass krinsp polinsp socialsekr hr fr".split())
_WEAK_WORDS = """träffade träffat kontakta kontaktade kontaktat enligt hos kallas kallades ringde bad frågade
tackade
    såg pratade+med prata+med pratat+med talade+med talat+med bråkade+med sågs+med tillsammans+med hemma+hos
    ringde+till skrev+till sa+till"""


def _context_table() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    single: dict[str, str] = {}
    double: dict[tuple[str, str], str] = {}
    for kind, words in (("weak", _WEAK_WORDS), ("role", _ROLE_WORDS), ("strong", _STRONG_WORDS)):
        for word in words.split():
            if "+" in word:
                a, b = word.split("+")
                double[(a, b)] = kind
            else:
                single[word] = kind
    return single, double


_CTX_SINGLE, _CTX_DOUBLE = _context_table()
_ROLE_WORDS_SET: Final = frozenset(w for w, kind in _CTX_SINGLE.items() if kind == "role")
_SO_CALLED_RE: Final = re.compile(r"(?i:\b(?:så|s\.k\.|sk|även|också)[ \t]+)$")
_SAINT_RE: Final = re.compile(
    r"(?:S:t|S:ta|St\.?|Sankt|Sankta|Sancta|Sant|Santa|Saint|Kung|Drottning|Prins)[ \t]$"
)
_ROMAN_RE: Final = re.compile(r"[IVX]+(?::s)?$")
_PLACE_PREPS: Final = frozenset("i på vid utanför nära genom längs runt".split())
# Lowercase nouns after a name that make it the name of a place or institution ("Olof Palmes gata").
_PLACE_NOUNS: Final = frozenset(
    """gata gatan väg vägen torg torget plats platsen park parken kyrka kyrkan skola skolan skolas allé allén
    gränd gränden sjukhus sjukhuset stiftelse stiftelsen hus huset gård gården hall hallen arena arenan
    stadion
    backe backen stig stigen bro bron institut institutet museum museet plan minne minnes församling
    församlingen kapell kapellet bibliotek biblioteket gymnasium gymnasiet förskola förskolan badet värld
    vårdcentral vårdcentralen center centret centrum kvarter kvarteret station stationen kulturhus
    kulturhuset strand stranden vass udde udden gymnasieskola bangata""".split()
)
# Word endings of streets, squares, schools and other places: such a word is no name ("Jarlsgatan").
_PLACE_SUFFIXES: Final = (
    "gatan",
    "vägen",
    "gränd",
    "gränden",
    "stigen",
    "backen",
    "allén",
    "platsen",
    "torget",
    "leden",
    "parken",
    "gården",
    "holmen",
    "skolan",
    "gymnasiet",
    "kyrkan",
    "stationen",
    "hallen",
    "badet",
    "centrum",
    "motet",
    "huset",
    "arenan",
    "bron",
    "sjön",
    "viken",
    "udden",
    "stranden",
    "gata",
    "plan",
    "torp",
    # organisations and units: "Rapportör: Trygghetsenheten", "Nyköpingshem"
    "enheten",
    "förvaltningen",
    "kontoret",
    "bolaget",
    "gruppen",
    "avdelningen",
    "tjänsten",
    "nämnden",
    "teamet",
    "fastigheter",
    "bostäder",
    "polisen",
    "kommun",
    "kommunen",
    "föreningen",
    "hem",
    "hemmet",
)
_FUNCTION_WORDS: Final = frozenset(
    """inte det den han hon de dom man något nåt så att som och en ett är var också väl ju nog bara typ kanske
    alltså i på av till för med om från vid efter under över mot ut in upp ner hit dit här där vad vem vilken
    vilket vilka hur när nu då sin sitt sina hans hennes deras min mitt mina din ditt dina oss dem er sig
    jag du vi ni ingen inget inga alla allt flera många några""".split()
)
# Lowercase words that look like given names but are ordinary words or abbreviations ("15 jan").
_LOWER_STOP: Final = frozenset(
    """jan tor tors ons fre lör sön apr aug sep sept okt nov dec max tim dan love will bill can rim tea gun
    ben kim mark frank jack art ray don rose ruby hope joy star april august juni juli maj mars per bo
    hans dag sten stig liv lo inga inge ester fred del sam olov""".split()
)
_SURNAME_SUFFIXES: Final = (
    "sson",
    "ström",
    "qvist",
    "kvist",
    "gren",
    "berg",
    "lund",
    "dahl",
    "holm",
    "borg",
    "blad",
    "blom",
    "stedt",
    "fors",
    "mark",
    "vall",
    "ovic",
    "ović",
    "ević",
    "ić",
    "ian",
    "zadeh",
)
_ANY_NAME: Final = FIRST_NAMES | LAST_NAMES
_PARTICLES: Final = frozenset("de da do dos das del della di van von der den al el bin ibn abu ben".split())
_LOWER_SURNAME_ENDINGS: Final = (
    "sson",
    "qvist",
    "kvist",
    "ström",
    "ović",
    "ević",
    "vić",
    "enko",
    "chuk",
    "wski",
)
# Lowercase given names without context: only the Swedish lists and the common hand-written ones (a
# rare foreign name in lowercase is too often a Swedish word cut short: "famil").
_LOWER_FIRST: Final = frozenset(
    n.lower()
    for n in SWEDISH_FIRST_NAMES | WORLD_COMMON
    if n not in AMBIGUOUS and len(n) >= 3 and n.lower() not in _LOWER_STOP
)
_LOWER_ANY: Final = frozenset(
    n.lower() for n in _ANY_NAME if n not in AMBIGUOUS and len(n) >= 3 and n.lower() not in _LOWER_STOP
)
_NOT_NAMES_LOWER: Final = frozenset(n.lower() for n in NOT_NAMES)
# Every spelling that can start a name without context (names, genitives): a fast first filter.
_CANDIDATES: Final = frozenset(_ANY_NAME | {f"{n}s" for n in _ANY_NAME} | {f"{n}'s" for n in _ANY_NAME})
_LOWER_CANDIDATES: Final = frozenset(_LOWER_FIRST | {f"{n}s" for n in _LOWER_FIRST})


def _title(word: str) -> str:
    """ "ann-britt" / "ANN-BRITT" -> "Ann-Britt"; other spellings unchanged."""
    if word.islower() or word.isupper():
        return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))
    return word


def _base(word: str) -> str:
    """Title-cased word with a genitive -s / -'s removed when that turns it into a known name."""
    w = _title(word.replace("’", "'"))
    if w in _ANY_NAME:
        return w
    if w.endswith("'s") and w[:-2] in _ANY_NAME:
        return w[:-2]
    if w.endswith(("s", "'")) and len(w) > 3 and w[:-1] in _ANY_NAME:
        return w[:-1]
    if "-" in w:
        # "Kurt-Åke", "Hassan-Ali": a double given name reads as its first unambiguous part.
        parts = w.split("-")
        if len(parts) == 2 and parts[1] and all(p in FIRST_NAMES for p in parts):
            return next((p for p in parts if p not in AMBIGUOUS), parts[0])
    return w


def _placeish(word: str, base: str) -> bool:
    return base not in _ANY_NAME and word.lower().endswith(_PLACE_SUFFIXES)


# Surname endings that no Swedish word of six letters or more has: "Kovalenko", "Mehmedović", "Zielińska".
_FOREIGN_SURNAME_ENDINGS: Final = (
    "sson",
    "ović",
    "ovic",
    "ević",
    "evic",
    "vić",
    "ić",
    "enko",
    "chuk",
    "czuk",
    "czyk",
    "ński",
    "ńska",
    "wski",
    "wska",
    "ckij",
    "skij",
    "skiy",
    "zadeh",
    "oğlu",
    "oglu",
    "yan",
    "ov",
    "ova",
    "ev",
    "eva",
    "ez",
    "iuk",
    "yuk",
    "yk",
)


def _clear_surname(word: str) -> bool:
    if not word[:1].isupper() or word.isupper():
        return False
    base = _base(word)
    if base in NOT_NAMES:
        return False
    return (base in LAST_NAMES and base not in AMBIGUOUS) or (
        len(base) >= 6 and base.endswith(_FOREIGN_SURNAME_ENDINGS) and not base.endswith("hov")
    )


def _surname_shaped(base: str) -> bool:
    return base in _ANY_NAME or base.lower().endswith(_SURNAME_SUFFIXES)


def _find_names(text: str) -> list[Finding]:
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
    n = len(tokens)
    if n == 0:
        return []
    ctx: dict[int, str] = {}
    prev_lower = ""
    for i in range(n - 1):
        lw = tokens[i][2].lower()
        kind = _CTX_DOUBLE.get((prev_lower, lw)) or _CTX_SINGLE.get(lw)
        prev_lower = lw
        if kind is None:
            continue
        gap = text[tokens[i][1] : tokens[i + 1][0]]
        if gap.startswith(".") and lw in _ROLE_ABBREVIATIONS:
            gap = gap[1:]
        if not gap or gap.strip(" \t\n:") or gap.count(":") > 1 or ("\n" in gap and ":" not in gap):
            continue  # "boende Ali", "Kontaktperson: Ali", "Kontaktperson:\nAli"
        if kind == "strong" and lw.startswith("kallad"):
            if _SO_CALLED_RE.search(text, max(0, tokens[i][0] - 8), tokens[i][0]):
                continue  # "en så kallad kökrock", "även kallad EPA"
        ctx[i + 1] = kind

    def adjacent(i: int) -> bool:
        gap = text[tokens[i][1] : tokens[i + 1][0]]
        return 0 < len(gap) <= 2 and gap.strip(" \t") == ""

    def surname_follows(i: int) -> bool:
        """A clear surname (listed, not ambiguous, or -sson) follows token i: "Minh Bergkvist"."""
        if i + 1 >= n:
            return False
        gap = text[tokens[i][1] : tokens[i + 1][0]]
        return 0 < len(gap) <= 3 and gap.strip(" \t\r\n") == "" and _clear_surname(tokens[i + 1][2])

    findings: list[Finding] = []
    i = 0
    while i < n:
        s, e, w = tokens[i]
        kind = ctx.get(i)
        if kind is None and w not in _CANDIDATES and not w.endswith("sson") and "-" not in w:
            if w.islower():
                if w not in _LOWER_CANDIDATES:
                    i += 1
                    continue
            elif not (w.isupper() and _title(w) in _CANDIDATES) and not surname_follows(i):
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
        if (
            base in NOT_NAMES
            or lower in _NOT_NAMES_LOWER
            or _placeish(w, base)
            or (lower in _CTX_SINGLE and base not in _ANY_NAME)  # "Rapportör: Väktare Avarn"
        ):
            pass
        elif allcaps:
            # Acronyms are no names: an all-caps name needs context or an all-caps name beside it.
            nxt = tokens[i + 1][2] if i + 1 < n and adjacent(i) else ""
            start_ok = base in _ANY_NAME and (kind is not None or (nxt.isupper() and _base(nxt) in _ANY_NAME))
        elif kind == "strong":
            start_ok = cap or lower in _LOWER_ANY
        elif kind == "role":
            if cap:
                start_ok = True
            else:
                start_ok = lower not in _FUNCTION_WORDS and (
                    base.lower() in _LOWER_ANY or (len(lower) >= 6 and lower.endswith(_LOWER_SURNAME_ENDINGS))
                )
        elif kind == "weak" and cap and base in _ANY_NAME:
            start_ok = True
        elif cap:
            if base in FIRST_NAMES:
                start_ok = True
                needs_surname = base in AMBIGUOUS
                standalone_check = True
            elif base.endswith("sson") and len(base) >= 6:
                start_ok = True
                standalone_check = True
            elif base in LAST_NAMES:
                start_ok = True
                needs_surname = True  # "Hammar", "Lindberg" alone are as often places
            elif lower not in _FUNCTION_WORDS and lower not in _CTX_SINGLE and surname_follows(i):
                start_ok = True  # an unlisted given name before a listed surname: "Nasteho Virtanen"
        else:
            start_ok = base.lower() in _LOWER_FIRST and lower not in _LOWER_STOP
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
            if _placeish(w2, b2) or (w2.lower() in _PLACE_NOUNS and (w2.islower() or b2 not in LAST_NAMES)):
                # "Birger Jarlsgatan", "Olof Palmes gata", "Maria kyrka" — but "Ida Strand" is a person
                is_place = True
                break
            if _ROMAN_RE.match(w2):
                is_place = True  # "Christian IV:s gata", "Karl XII"
                break
            if w2[0].isupper():
                if b2 in NOT_NAMES or (w2.isupper() and len(w2) > 1 and not allcaps):
                    break
            elif (
                w2 in _PARTICLES
                and cap
                and j + 2 < n
                and adjacent(j + 1)
                and tokens[j + 2][2][:1].isupper()
                and _base(tokens[j + 2][2]) not in NOT_NAMES
            ):
                j += 2  # "Thiago Rodrigues de Souza", "Omar al Hassan"
                continue
            elif not (
                (w2 in _LOWER_ANY and (not cap or b2 in LAST_NAMES))
                or (not cap and b2 in LAST_NAMES and w2 not in _FUNCTION_WORDS)  # "johan berg"
            ):
                break
            has_surname = has_surname or _surname_shaped(b2)
            j += 1
        if is_place or (needs_surname and not has_surname):
            i = j + 1
            continue
        if _SAINT_RE.search(text, max(0, s - 10), s):
            i = j + 1
            continue
        if standalone_check and j == i and w == base and kind is None and i > 0:
            prev = tokens[i - 1][2].lower()
            if prev in _PLACE_PREPS and text[tokens[i - 1][1] : s].strip(" \t") == "":
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
                if bk in _ANY_NAME or (
                    kind in ("role", "strong") and bk not in NOT_NAMES and not _placeish(wk, bk)
                ):
                    ctx[k] = "role"
            break
        i = j + 1
    return findings


# --------------------------------------------------------------------------------------------------
# detectors
# --------------------------------------------------------------------------------------------------
def _valid_date(yymmdd: str) -> bool:
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


def _find_pnr(text: str) -> list[Finding]:
    out: list[Finding] = []
    if not _PNR_PRECHECK.search(text):
        return out
    for rx in (_PNR12_RE, _PNR10_RE):
        for m in rx.finditer(text):
            d, sep, num = m.group("d"), m.group("sep").strip(), m.group("n")
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
                or (sep and len(d) == 6 and _valid_date(short))
                or (sep and len(d) == 8 and d[:2] in ("19", "20") and _valid_date(short))
            ):
                out.append(Finding(kind, m.start(), m.end(), m.group()))
    return out


def _find_phones(text: str) -> list[Finding]:
    if not _PHONE_PREFILTER.search(text):
        return []
    out: list[Finding] = []
    # phonenumbers' matcher is thorough but slow: give it only the digit runs that start like a
    # Swedish or international number (0…, +…, 00…), with line breaks read as spaces.
    for cand in _PHONE_CANDIDATE_RE.finditer(text):
        offset = cand.start()
        scan = cand.group().replace("\n", " ").replace("\r", " ")
        for pm in phonenumbers.PhoneNumberMatcher(scan, "SE", leniency=phonenumbers.Leniency.VALID):
            raw = pm.raw_string.lstrip("(")
            if raw.startswith(("0", "+")) and not _TIME_RANGE_RE.match(raw):
                start, end = offset + pm.start, offset + pm.end
                out.append(Finding("telefon", start, end, text[start:end]))
    for m in _MOBILE_RE.finditer(text):
        out.append(Finding("telefon", m.start(), m.end(), m.group()))
    for m in _PHONE_CTX_RE.finditer(text):
        out.append(Finding("telefon", m.start("num"), m.end("num"), m.group("num")))
    return out


def _find_plates(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _PLATE_RE.finditer(text):
        letters, sep, tail = m.group("l"), m.group("sep"), m.group("n")
        up = letters.upper()
        if not all(c in _PLATE_LETTERS for c in up):
            continue
        if up in _PLATE_STOP:
            # An acronym ("USD", "SOS") is a plate only right after a vehicle word: "skåpbil USD 102".
            word_before = re.search(r"(\S+)[ \t]+$", text[max(0, m.start() - 25) : m.start()])
            if word_before and _PLATE_CTX_RE.fullmatch(word_before.group(1)) and letters.isupper():
                if tail[-1].upper() in _PLATE_LAST and (tail[-1].isdigit() or tail[:2].isdigit()):
                    out.append(Finding("regnr", m.start(), m.end(), m.group()))
            continue
        if tail[-1].upper() not in _PLATE_LAST:
            continue
        if tail[-1].isalpha() and not tail[:2].isdigit():
            continue
        exact = letters.isupper() and (tail[-1].isdigit() or tail[-1].isupper()) and sep in ("", " ")
        if exact:
            # In ALL-CAPS text ("KLOTTER PÅ HUS 123") the shape proves nothing: require context there.
            before = text[max(0, m.start() - 12) : m.start()].split()
            after = text[m.end() : m.end() + 12].split()
            shouting = (before and before[-1].isupper() and len(before[-1]) > 1 and before[-1].isalpha()) or (
                after and after[0].isupper() and len(after[0]) > 1 and after[0].isalpha()
            )
            if not shouting:
                out.append(Finding("regnr", m.start(), m.end(), m.group()))
                continue
        if not letters.isupper() and sep and letters.lower() in _THREE_LETTER_WORDS:
            # "och 834", "med 123": a word and a number; only right after "regnr" and the like
            if not _PLATE_STRONG_CTX_RE.search(text, max(0, m.start() - 25), m.start()):
                continue
        # "ABC-123", "abc 123", or a plate in ALL-CAPS text: a vehicle word within 40 characters
        if _PLATE_CTX_RE.search(text, max(0, m.start() - 40), m.start()):
            out.append(Finding("regnr", m.start(), m.end(), m.group()))
    return out


def _find_addresses(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _WORD_BEFORE_NUMBER_RE.finditer(text):
        word = m.group("w").lower()
        if word in _STREET_SECOND_WORDS:
            prev = _PREV_CAP_WORD_RE.search(text, max(0, m.start() - 40), m.start())
            if prev is None or prev.group(1).lower() in _NOT_STREET_FIRST:
                continue  # "Fisksätra allé 4", "Olof Palmes gata 12" count; "På väg 26" does not
        elif not word.endswith(_STREET_ENDINGS) or word in _GENERIC_STREETS:
            continue
        t = _ADDR_TAIL_RE.match(text, m.end())
        if t:
            out.append(Finding("adress", t.start("nr"), t.end("nr"), t.group("nr")))
    low = text.lower()
    if "bor " in low or "adress" in low or "folkbokf" in low or "skriven" in low or "boende" in low:
        for m in _ADDR_CTX_RE.finditer(text):
            out.append(Finding("adress", m.start("nr"), m.end("nr"), m.group("nr")))
    if "lgh" in low or "lägenhet" in low:
        for m in _APT_RE.finditer(text):
            out.append(Finding("adress", m.start("nr"), m.end("nr"), m.group("nr")))
    return out


def _find_properties(text: str) -> list[Finding]:
    out: list[Finding] = []
    if ":" not in text and "kv" not in text.lower():
        return out
    for m in _FAST_RE.finditer(text):
        name = m.group("name")
        start = m.start()
        words = name.split()
        if len(words) == 2 and (words[0].lower() in _FAST_STOP or words[0].lower() in _FAST_CONTEXT):
            start = m.start() + name.index(words[1])  # "Fastigheten Brandkärr 4:12", "Kl Brand 21:30"
            words = words[1:]
        if words[0].split("-")[0].lower() in _FAST_STOP or words[0].lower() in _FAST_CONTEXT:
            continue
        if _CLOCK_RANGE_RE.match(text, m.end()):
            continue  # "Fredag 21:30-23:00": a time range
        out.append(Finding("fastighet", start, m.end(), text[start : m.end()]))
    for m in _FAST_CTX_RE.finditer(text):
        if ":" in m.group("all") or m.group().lower().startswith("kv"):
            out.append(Finding("fastighet", m.start("all"), m.end("all"), m.group("all")))
    return out


def _find_case_numbers(text: str) -> list[Finding]:
    out = []
    if _DNR_K_PRECHECK.search(text):
        out = [Finding("diarienr", m.start(), m.end(), m.group()) for m in _DNR_K_RE.finditer(text)]
    low = text.lower()
    if not any(word in low for word in _DNR_WORDS) or not _DNR_PREFILTER.search(text):
        return out
    for m in _DNR_CTX_RE.finditer(text):
        ident = m.group("id")
        digits = sum(c.isdigit() for c in ident)
        if "/" in ident or "-" in ident or digits >= 4:
            out.append(Finding("diarienr", m.start("id"), m.end("id"), ident))
    return out


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


_DIGIT_RE: Final = re.compile(r"[0-9]")
# "Shukri (19960627-2914)", "Anna Berg, 850412-1234": the words right before an identity number.
_BEFORE_ID_RE: Final = re.compile(
    r"(?<![\w-])([A-ZÅÄÖ][^\W\d_]+(?:[ \t][A-ZÅÄÖ][^\W\d_]+)?)(?:[ \t]\(|,[ \t])$"
)


def _names_before_numbers(text: str, found: list[Finding], names: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    for f in found:
        if f.type not in ("personnummer", "samordningsnummer"):
            continue
        m = _BEFORE_ID_RE.search(text, max(0, f.start - 50), f.start)
        if m is None or any(nf.start <= m.start(1) < nf.end for nf in names):
            continue
        words = m.group(1).split()
        if any(
            w in NOT_NAMES or w.lower() in _FUNCTION_WORDS or w.lower() in _CTX_SINGLE or _placeish(w, w)
            for w in words
        ):
            continue
        out.append(Finding("namn", m.start(1), m.end(1), m.group(1)))
    return out


def find_personal_data(text: str) -> list[Finding]:
    """All personal data in ``text``, non-overlapping, sorted by position."""
    if not text:
        return []
    candidates: list[Finding] = []
    has_digit = _DIGIT_RE.search(text) is not None
    if "@" in text or "(at)" in text or "[at]" in text:
        candidates += [Finding("epost", m.start(), m.end(), m.group()) for m in _EMAIL_RE.finditer(text)]
    if has_digit:
        candidates += _find_case_numbers(text)
        candidates += _find_pnr(text)
        candidates += _find_phones(text)
        candidates += _find_properties(text)
        candidates += _find_plates(text)
        candidates += _find_addresses(text)
    names = _find_names(text)
    names += _names_before_numbers(text, candidates, names)
    names += [
        Finding("namn", s, e, text[s:e])
        for s, e in find_nicknames(text, [(f.start, f.end) for f in names], _ROLE_WORDS_SET, NOT_NAMES)
    ]
    return _resolve(candidates + names)


def _apply(text: str, findings: list[Finding]) -> str:
    parts: list[str] = []
    pos = 0
    for f in findings:
        parts.append(text[pos : f.start])
        parts.append(PLACEHOLDERS[f.type])
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


def redact(text: str | None) -> str | None:
    """Replace personal data in ``text`` with typed placeholders. ``None`` and ``""`` pass through.

    Idempotent: when a replacement lets a new finding appear (rare), the text is scanned again until
    nothing changes, so ``redact(redact(x)) == redact(x)``.
    """
    if not text:
        return text
    out = text
    for _ in range(5):
        findings = find_personal_data(out)
        if not findings:
            break
        out = _apply(out, findings)
    return out


def redact_together(fields: Sequence[object]) -> list[str | None]:
    """The fields of one record redacted as one: a name found in one field ("Han kallar sig Zorro") is
    removed from the others too ("Luciatåg med Zorro"), where nothing else marks it as a name."""
    texts = [None if not isinstance(f, str) else f for f in fields]
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
