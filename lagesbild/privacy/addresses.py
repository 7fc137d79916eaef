"""Home addresses (the house number after a street name, an apartment number) and property designations
(fastighetsbeteckning) in free text, for lagesbild.privacy.structured."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Final

from lagesbild.privacy.finding import Finding
from lagesbild.privacy.lexicon import known_word, lower_place_words, zipf

__all__ = ["find_addresses", "find_properties"]

# --------------------------------------------------------------------------------------------------
# home addresses (street + house number: the number part is replaced)
# --------------------------------------------------------------------------------------------------
_STREET_SUFFIX = (
    r"(?:vägen|gatan|gata|gränd|gränden|stigen|stig|backen|backe|allén|allé|alle|plan|planen|torget"
    r"|leden|slingan|svängen|platsen|kroken|ringen|bryggan|kajen|promenaden|gången|liden|höjden"
    r"|stråket|vreten|terrassen|esplanaden|kvarnen|parkvägen|brinken|bron|boulevarden"
    r"|avenyn"  # `Första Avenyn 52` (stop 37, blind 51)
    # typed without å/ä/ö ("Strandvagen 28 C"; stop 22)
    r"|vagen|granden|grand|allen|hojden|stroket|parkvagen)"
)
_STREET_WORD2 = (
    r"(?:allé|allén|alle|väg|vägen|gata|gatan|gränd|gränden|torg|torget|backe|backen|stig|stigen|plats"
    r"|platsen|promenad|promenaden|led|leden|vag|vagen|grand|granden|allen"
    r"|gärde"  # a field's street: `Geneta gärde 118` (stop 34)
    r"|backar|gärdet|hage"  # `Tuna backar 46`, `Berga hage 3` (stop 36)
    r"|strand|kaj)"  # `Bergsunds strand 18`, `Skeppsbrons kaj 3` (stop 38)
)
_HOUSE_NR = r"[0-9]{1,3}(?:[ \t]?[A-Ha-h](?![\w-]))?(?:[ \t]?-[ \t]?[0-9]{1,3}(?:[A-Ha-h](?![\w-]))?)?"
_UNIT = (
    r"(?:[ \t]?,?[ \t]?(?:lgh|lägenhet|lägenhetsnr|lgh-nr)\.?[ \t]?(?:nr\.?[ \t]?)?[0-9]{1,5}(?![0-9])"
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
# "Ringvägen 14 mars": a date after a street, no house number.
_MONTHS = (
    r"(?i:jan|januari|feb|febr|februari|mar|mars|apr|april|maj|jun|juni|jul|juli|aug|augusti|sep|sept"
    r"|september|okt|oktober|nov|november|dec|december)\b\.?"
)
_ADDR_TAIL = (
    r"(?P<nr>" + _HOUSE_NR + _UNIT + r")"
    r"(?![0-9]|[.:/,][0-9]|[ \t]?%|[ \t]"
    + _COUNT_WORDS
    + r"\b|[ \t]?-?[ \t]?(?:talet|tal)\b|[ \t]"
    + _MONTHS
    + r")"
)
_ADDR_TAIL_RE: Final = re.compile(_ADDR_TAIL)
# "Ringvägen 30", also "Ringvägen nr 30". The word is read whole (possessive): what follows it, `.` or a
# space, is no part of a word, so giving back its letters could not match (issue 16: no backtracking over
# every word of a text).
_WORD_BEFORE_NUMBER_RE: Final = re.compile(
    r"(?<![\w-])(?P<w>[^\W\d_][\w-]*+)(?P<dot>\.)?[ \t](?:(?i:nr|nummer)\.?[ \t]?)?(?=[0-9])"
)
_FLOOR_AFTER_RE: Final = re.compile(
    _HOUSE_NR + r"[ \t]?,?[ \t]?(?:[0-9]{1,2}[ \t]?(?:tr|trappor|trappa|vån|våning)(?![\w])"
    # a flat after it (stop 34: `Glomman 59B, lägenhet 1203`, `Kroksbäcksparken 133, lägenhetsnr 1102`)
    r"|(?i:lgh|lgnr|lägnr|lägenhet|lägenhetsnr|lägenhetsnummer)\b)"
)
# A house number with its entrance's letter after a capitalised name is a home's (`Glomman 59B`).
_LETTERED_NR_RE: Final = re.compile(r"[0-9]{1,3}[ \t]?[A-H](?![\w-])(?![ \t]+[A-ZÅÄÖ])")
# (a king's ordinal in its genitive too: `Karl XI:s väg 62`; stop 35)
_PREV_CAP_WORD_RE: Final = re.compile(r"(?<![\w-])([A-ZÅÄÖÉ][\w-]+|[IVXL]{1,5}:s)[ \t]$")
_STREET_ENDINGS: Final = tuple(_STREET_SUFFIX[3:-1].split("|"))
_STREET_SECOND_WORDS: Final = frozenset(_STREET_WORD2[3:-1].split("|"))
# "På väg 26", "I gatan 3": a preposition or sentence word is no first half of a street name.
_NOT_STREET_FIRST: Final = frozenset(
    """på i vid mot från till längs utanför efter över om och eller samt via mellan nära norr söder öster
    väster
    norra södra östra västra en ett den det denna detta nya gamla stora lilla""".split()
)
# Words ending in v or g that are no shortened street name before a number.
_NOT_STREET_ABBREVIATIONS: Final = frozenset(
    """brev kniv tjuv liv prov krav behov stav grav arv lov skov sov dag steg tåg slag berg varv torg väg
    bov salv dv tv nov kap pkt""".split()
)
_ADDR_CTX_RE: Final = re.compile(
    r"(?i:\b(?:bor\s+på|bor\s+i|boende\s+på|adress|adressen|hemadress|hemadressen|folkbokförd\s+på"
    r"|skriven\s+på)\b)[ \t]*:?[ \t]*(?P<street>[A-ZÅÄÖ][\w-]+(?:[ \t][A-ZÅÄÖa-zåäö][\w-]+)?)[ \t]"
    + _ADDR_TAIL
)
# After a form's `Adress:` a street in lowercase too (`Adress: landsvägen 101, lgh nr 1401`; stop 35).
# Also in brackets or right after the word (`hans adress (gültzauudden 99)`, `adressen kyrkvägen 4`; stop 36),
# where the street is no function word (`adressen för 12 personer`); after `boende` or `bor på` too
# (`Misstänkt: Luis Rojas, boende tollare träskväg 93`; stop 37, blind 50).
_ADDR_LABEL_RE: Final = re.compile(
    r"(?i:\b(?:adress|adressen|hemadress|hemadressen|bostadsadress|folkbokföringsadress|boende|bor[ \t]+på))"
    r"(?:[ \t]*[:(]|[ \t])[ \t]*"
    r"(?P<street>[a-zåäöü][\w-]+(?:[ \t][a-zåäö][\w-]+)?)[ \t]" + _ADDR_TAIL
)
_NOT_A_STREET: Final = frozenset(
    """för till i på med av om från under efter vid hos utan mellan sedan ca cirka nr nummer är var har
    och eller som""".split()
)
_APT_RE: Final = re.compile(
    r"(?i:\b(?:lgh|lgh-nr|lghnr|lgnr|lägnr|lägenhetsnummer|lägenhetsnr|lägenhet\s+nr|lägenheten|lägenhet"
    # in English, Norwegian and Danish (stop 33): `apartment 1008`, `apt 1005`, `flat 1204`, `leilighet 1505`
    r"|apartment|apt|flat|leilighet|leiligheten|lejlighed|lejligheden)(?:\b|(?=[0-9])))"
    r"\.?[ "
    r"\t]*(?::[ \t]*)?(?:(?i:nr)\.?[ \t]*)?"  # also a key-value line: `Lgh: 1307`
    r"(?P<nr>[0-9]{1,5})(?![0-9]|[.:/,][0-9]|[ \t]" + _COUNT_WORDS + r"\b)"
)
# Generic road words: "gång- och cykelvägen 3", "motorvägen 2" are no home address. Not here: words that
# are also among the commonest street names (Skolvägen, Skogsvägen, Huvudgatan).
_GENERIC_STREETS: Final = frozenset(
    """vägen väg gatan gata gränd gränden stigen stig backen backe allén allé alle plan planen torget torg
    leden slingan svängen platsen plats kroken ringen bryggan kajen promenaden gången liden höjden stråket
    cykelvägen gångvägen gång-cykelvägen cykelväg gångväg motorvägen motorväg riksvägen riksväg länsvägen
    länsväg europavägen europaväg landsvägen landsväg infartsvägen infartsväg utfartsvägen tillfartsvägen
    genomfartsvägen genomfartsleden huvudleden bakgatan sidogatan bilvägen grusvägen
    gångstigen cykelstigen detaljplan handlingsplan åtgärdsplan översiktsplan våningsplan flygplan
    arbetsplats arbetsplatsen parkeringsplats parkeringsplatsen parkeringsplatser brottsplats brottsplatsen
    mötesplats mötesplatsen lekplats lekplatsen samlingsplats samlingsplatsen hållplats hållplatsen
    busshållplats busshållplatsen uppställningsplats sovplats sovplatsen boplats soptorg soptorget
    våningsplanet källarplan entréplan bottenplan markplan plan stråket gångstråket gångstråk trafikplats
    trafikplatsen tpl bron gångbron järnvägsbron betalplan betalningsplan avbetalningsplan amorteringsplan
    budgetplan""".split()
)

# --------------------------------------------------------------------------------------------------
# property designations (fastighetsbeteckning)
# --------------------------------------------------------------------------------------------------
_FAST_RE: Final = re.compile(
    r"(?<![\w:-])(?P<name>[A-ZÅÄÖ][a-zåäöéü]+(?:[- ][A-ZÅÄÖ][a-zåäöéü]+)?|[A-ZÅÄÖ]{3,}(?:[- ][A-ZÅÄÖ]{3,})?)"
    r"[ \t]{1,3}(?P<nr>[0-9]{1,4}:[0-9]{1,4})(?![0-9]|:[0-9]|[.,][0-9])"
)
_FAST_CTX_RE: Final = re.compile(
    r"(?i:(?:\b(?:kv|kvarteret|fastighet|fastigheten|fastighetsbeteckning|fastighetsbeteckningen"
    r"|fastighetsbet|fbet|fastbet|property|fastigheter|fastigheterna)\b\.?|\bfast\.))"
    r"[ \t]*:?[ \t]*(?i:(?:kv|kvarteret)\b\.?[ \t]*)?"
    r"(?P<all>[A-ZÅÄÖa-zåäö][\wåäö-]+(?:[ \t]{1,3}[A-ZÅÄÖ][\wåäö-]+"
    r"|[ \t]{1,3}[a-zåäö][\wåäö-]+(?=[ \t]{1,3}[0-9]{1,4}:[0-9]))?"  # `Fastighet: Hargs bruk 30:99`
    r"[ \t]{1,3}[0-9]{1,4}(?::[0-9]{1,4})?)"
    r"(?![0-9]|:[0-9])"  # "kv. Sälgen 26: trasig belysning" ends at the number
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
    YGL RF ÄB JB Kap Kapitlet SOU Ds Prop Dir""".split()
)
_FAST_CONTEXT: Final = frozenset(
    "kv kvarteret fastighet fastigheten fastighetsbeteckning fastighetsbeteckningen fbet property".split()
)
_INSTITUTION_ENDINGS: Final = (
    "skolan", "gymnasiet", "kyrkan", "stationen", "hallen", "badet", "centrum", "arenan", "huset",
    "biblioteket", "butiken", "förskolan", "enheten", "kontoret", "polisen", "kommunen",
)  # fmt: skip
_CLOCK_RANGE_RE: Final = re.compile(r"[ \t]?[-–][ \t]?[0-9]{1,2}[:.][0-9]{2}")


def _abbreviated_street(word: str, dotted: bool) -> bool:
    """ "Ältav 107", "Byv 12", "mariebergsv. 10", "Storg. 5": a street name shortened to its first part
    and v or g. A capitalised word ending in v counts without a dot ("Kniv 2" does not), a lowercase one
    when it is a long compound; one ending in g only with its dot ("Dag 3" does not)."""
    bare = word.lower()
    if len(bare) < 3 or bare in _NOT_STREET_ABBREVIATIONS:
        return False
    if dotted:
        return bare.endswith(("v", "g", "gat", "vg"))
    if word[:1].isupper():
        return bare.endswith(("v", "vg"))
    # lowercase: a long compound in v ("idrottsv 17"), not an ordinary word in -iv ("alternativ 2")
    return len(bare) >= 6 and bare.endswith("v") and not bare.endswith("iv")


# A capitalised direction or size before a generic street word names a street: "Södra vägen 11 B",
# "Norra Promenaden 47B", "Västra Vägen 39 C" (not the lowercase "norra vägen").
_STREET_NAMING_FIRST: Final = frozenset(
    """Norra Södra Östra Västra Stora Lilla Gamla Nya Övre Nedre Inre Yttre Långa Breda
    Gröna Röda Gula Vita""".split()
)


def _lower_street(text: str, start: int, word: str) -> bool:
    """A street typed in lowercase before its number: a genitive (`baronbackarnas gata 102`), or a size
    or direction before a street word that is no road (`stora gatan 86`, not `norra vägen 40`)."""
    prev = _PREV_LOWER_WORD_RE.search(text, max(0, start - 40), start)
    if prev is None:
        return False
    first = prev.group(1)
    if first in _NOT_STREET_FIRST:
        return first.title() in _STREET_NAMING_FIRST and word in ("gata", "gatan", "torg", "torget", "gränd")
    if len(first) >= 4 and word in _NO_ROAD_WORDS:
        return True  # a place's street in lowercase: `fisksätra allé 113`, `geneta gärde 111` (stop 34)
    if word in ("väg", "vägen") and len(first) >= 6 and zipf(first) < _NAME_WORD_ZIPF:
        return True  # a place's road in lowercase: `mörtlösa väg 81` (stop 34; not `norra vägen 40`)
    return len(first) >= 5 and first.endswith("s") and word not in ("väg", "vägen", "led", "leden")


# Second words of a street that no road, path or square is called alone.
_NO_ROAD_WORDS: Final = frozenset("allé allén alle gränd gränden gärde".split())


_NAME_WORD_ZIPF: Final = 2.0  # rarer than this, a lowercase word before `väg` is a place's name
_PREV_LOWER_WORD_RE: Final = re.compile(r"(?<![\w-])([a-zåäö][a-zåäö-]+)[ \t]$")


def _named_street(prev: re.Match[str]) -> bool:
    return prev.group(1) in _STREET_NAMING_FIRST


def _a_road(word: str) -> bool:
    """A road, not a street named in one word ending in `väg` (`Söderväg 15A`, stop 25): a generic road
    word, one mistyped (`Rikväg`, `Länväg`, `Tiksväg`), or too short to name a street (`Väg`)."""
    return len(word) <= 4 or _like_a_road(word)


def _like_a_road(word: str) -> bool:
    """A generic road's word or one mistyped: `Rikväg`, `Riksäg`."""
    return any(SequenceMatcher(None, word, road).ratio() >= 0.85 for road in _ROADS)


_ROADS: Final = tuple(w for w in _GENERIC_STREETS if w.endswith("väg"))
# Words in `led` that name no street: a trail, a fairway or a route with a number.
_LED_WORDS: Final = frozenset(
    "skoterled vandringsled cykelled farled båtled pilgrimsled huvudled omled omledd infartsled".split()
)


_DIGIT_STREET_HINT_RE: Final = re.compile(r"[0-9][A-Ha-h]?[ \t]+[A-ZÅÄÖ]")
_FOREIGN_FLAT_RE: Final = re.compile(r"apartment|apt|flat|leilighet|lejlighed")
# A house number written before its street, as in English (`21 Repslagaregatan`, `107C Stationsvägen`, `109
# Stora Södergatan`): the street's last word ends as a street does, or is a street's second word.
_NUMBER_FIRST_RE: Final = re.compile(
    r"(?<![\w.,:/-])(?P<nr>[0-9]{1,3}[A-Ha-h]?)[ \t]+(?P<a>[A-ZÅÄÖ][\w-]*)(?:[ \t]+(?P<b>[\w-]+))?"
)


# A number that is a time, a week, a line or a count before a street: `kl 21 Storgatan`, `buss 4 Ringvägen`.
_TIME_OR_COUNT_BEFORE_RE: Final = re.compile(
    r"(?i:\b(?:kl|klockan|vecka|v|buss|bussen|linje|linjen|nr|ca|cirka|runt|omkring|den|at\s+around|around"
    r"|week|bus|line|no|tåg|spår|plattform|gate|rum|room"
    # a road's number before the place it passes (`länsväg 365 Husbondliden`, `trafikplats 115 Norrplan`)
    r"|väg|länsväg|riksväg|europaväg|motorväg|rv|lv|trafikplats|tpl|avfart|påfart|route|road|highway)\.?)"
    r"[ \t]*$"
)


def _number_first(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _NUMBER_FIRST_RE.finditer(text):
        a, b = m.group("a").lower(), (m.group("b") or "").lower()
        one_word = a.endswith(_STREET_ENDINGS) and a not in _GENERIC_STREETS  # `21 Repslagaregatan`
        # `109 Stora Södergatan`, `105 Fisksätra allé`: a street of two words
        two_words = bool(b) and (b.endswith(_STREET_ENDINGS) or b in _STREET_SECOND_WORDS)
        first_ok = a not in _NOT_STREET_FIRST or m.group("a") in _STREET_NAMING_FIRST
        if (one_word or (two_words and first_ok)) and not _TIME_OR_COUNT_BEFORE_RE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            out.append(Finding("adress", m.start("nr"), m.end("nr"), m.group("nr")))
    return out


def _after_capital(text: str, start: int) -> bool:
    prev = _PREV_CAP_WORD_RE.search(text, max(0, start - 40), start)
    if prev is None:  # `älta gårdsväg 19`: a place's road typed in lowercase (stop 35)
        prev = _PREV_LOWER_WORD_RE.search(text, max(0, start - 40), start)
        return (
            prev is not None
            and prev.group(1) not in _NOT_STREET_FIRST
            and prev.group(1) in lower_place_words()
        )
    return prev.group(1).lower() not in _NOT_STREET_FIRST


def _housed_place(text: str, m: re.Match[str]) -> bool:
    """`på Kopparsvik 57.`, `i Sotaren 15,`: a name after `på` or `i` whose number ends the clause is a
    home's street or a property's block without its kommun (stop 34). Fail-closed: a place's name with a
    small number is rarely anything else; a hall, a line, a floor or a day with its number is listed."""
    word = m.group("w")
    low = word.lower()
    return (
        len(word) >= 4
        and word[0].isupper()
        and word[1:].islower()
        and low not in _NUMBERED_NOT_HOME
        and not low.endswith(_INSTITUTION_ENDINGS + _NOT_HOME_ENDINGS)
        and not _like_a_road(low)  # `Riksäg 32`
        and _PREPOSITION_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()) is not None
    )


# A park, a line or a vessel with a number: `i Sveaparken 2`, `på Malmöexpressen 4`.
_NOT_HOME_ENDINGS: Final = (
    "parken", "park", "skogen", "sjön", "fältet", "ängen", "stranden", "hamnen", "parkeringen", "expressen",
    "express", "bussen", "linjen", "tåget", "pendeln", "färjan", "båten",
)  # fmt: skip
_PREPOSITION_BEFORE_RE: Final = re.compile(r"(?<![\w-])(?:på|i|På|I)[ \t]$")
_CLAUSE_END_RE: Final = re.compile(r"[ \t]*(?:[,.;!?)]|\r?\n|\Z)")
# Names of things that carry a number and are no home: `i Sal 3`, `på Plan 2`, `i Division 2`, `på Spår 4`.
_NUMBERED_NOT_HOME: Final = frozenset(
    """sal salen rum rummet plan planet våning våningen hus huset hall hallen linje linjen buss bussen
    spår spåret plattform plattformen gate terminal bana banan zon zonen etapp etappen division divisionen
    grupp gruppen klass klassen årskurs avdelning avdelningen kanal kanalen nivå nivån sektion sektionen
    block blocket station hållplats port porten område området fas fasen steg steget runda rundan match
    matchen omgång omgången period perioden tertial kvartal termin punkt paragraf kapitel bilaga sida sidan
    figur tabell rad raden kolumn vecka veckan version avsnitt säsong säsongen akt scen scenen bild bilden
    tåg tåget film kurs kursen lektion lektionen pass passet skift skiftet team teamet lag laget serie
    serien kvarter etage läktare läktaren sektor sektorn ring ringen entré entrén ingång ingången uppgång
    uppgången trappa trappan dörr dörren fack facket box boxen låda hylla rum""".split()
    + """januari februari mars april maj juni juli augusti september oktober november december måndag tisdag
    onsdag torsdag fredag lördag söndag""".split()
)


def find_addresses(text: str) -> list[Finding]:
    out: list[Finding] = _number_first(text) if _DIGIT_STREET_HINT_RE.search(text) else []
    for m in _WORD_BEFORE_NUMBER_RE.finditer(text):
        word = m.group("w").lower()
        if m.group("dot"):  # "Storg. 5": only a shortened street name takes its dot
            if not _abbreviated_street(m.group("w"), dotted=True):
                continue
        elif word in _STREET_SECOND_WORDS:
            prev = _PREV_CAP_WORD_RE.search(text, max(0, m.start() - 40), m.start())
            if prev is None:
                if not _lower_street(text, m.start(), word):
                    continue  # typed in lowercase: "baronbackarnas gata 102", "stora gatan 86"
            elif prev.group(1).lower() in _NOT_STREET_FIRST and not _named_street(prev):
                continue  # "Fisksätra allé 4", "Olof Palmes gata 12" count; "På väg 26" does not
        elif word.endswith(_STREET_ENDINGS):
            if word in _GENERIC_STREETS:
                prev = _PREV_CAP_WORD_RE.search(text, max(0, m.start() - 40), m.start())
                if prev is None or not _named_street(prev):
                    continue  # "motorvägen 2" does not count; "Norra Promenaden 47B" does
        elif word.endswith("led") and len(word) > 5 and m.group("w")[:1].isupper() and word not in _LED_WORDS:
            pass  # a street named in one word ending in `led` (`Österled 108`; stop 33)
        elif word.endswith("väg") and (m.group("w")[:1].isupper() or _after_capital(text, m.start())):
            if _a_road(word):
                continue  # "Rikväg 11": a typed road's number, no home; `Björnänge byväg 60` is a street
        elif _abbreviated_street(m.group("w"), dotted=False) or (
            m.group("w")[:1].isupper()
            and (
                _FLOOR_AFTER_RE.match(text, m.end())
                or (  # not `Skälby 4H Gård`, `HLR 12A`
                    _LETTERED_NR_RE.match(text, m.end())
                    and word not in _NUMBERED_NOT_HOME
                    and not m.group("w").isupper()
                )
            )
        ):
            pass  # a place's name is a street where a floor follows the number: `Marieberg 16, 2 tr`
        elif _housed_place(text, m):
            t = _ADDR_TAIL_RE.match(text, m.end())
            if t and "-" not in t.group("nr") and _CLAUSE_END_RE.match(text, t.end()):  # `Älta 21-23`
                out.append(Finding("adress", t.start("nr"), t.end("nr"), t.group("nr")))
            continue
        else:
            continue
        t = _ADDR_TAIL_RE.match(text, m.end())
        if t:
            out.append(Finding("adress", t.start("nr"), t.end("nr"), t.group("nr")))
    low = text.lower()
    if "bor " in low or "adress" in low or "folkbokf" in low or "skriven" in low or "boende" in low:
        for rx in (_ADDR_CTX_RE, _ADDR_LABEL_RE):
            out += [
                Finding("adress", m.start("nr"), m.end("nr"), m.group("nr"))
                for m in rx.finditer(text)
                if m.group("street").split()[0].lower() not in _NOT_A_STREET
                and (rx is _ADDR_CTX_RE or _a_lowercase_street(m))
            ]
    if "lgh" in low or "lägenhet" in low or "lgnr" in low or "lägnr" in low or _FOREIGN_FLAT_RE.search(low):
        for m in _APT_RE.finditer(text):
            out.append(Finding("adress", m.start("nr"), m.end("nr"), m.group("nr")))
    return out


def _a_lowercase_street(m: re.Match[str]) -> bool:
    """After an address's word any street; after `boende` or `bor på` only a street's word (`tollare
    träskväg 93`; not `bor på hotell 4 nätter`)."""
    if "adress" in m.group().lower():
        return True
    last = m.group("street").split()[-1].lower()
    return last.endswith(_STREET_ENDINGS + ("väg",)) or last in _STREET_SECOND_WORDS


def _clock_not_property(name: str, number: str) -> bool:
    """ "Lidl 05:45", "Stavsborgsskolan 16:30": a clock time, not a property. A property's block and unit
    never start with 0; a school, hall or station is no cadastral name (which are places: "Älta 10:1")."""
    block, unit = number.split(":")
    if block.startswith("0") or unit.startswith("0"):
        return True
    clock = len(unit) == 2 and int(block) <= 23 and int(unit) <= 59
    low = name.lower()
    # `Stängde 19:30 pga bråk`: a verb's past tense before a time is what happened when, no block
    # (a participle too: `Larmad 18:52 av väktare`)
    return clock and (
        low.endswith(_INSTITUTION_ENDINGS)
        or (low.endswith(("de", "te")) and known_word(low))
        or (low.endswith("ad") and len(low) >= 5 and not low.endswith("stad"))  # `Blackstad 15:56` (stop 39)
    )


def find_properties(text: str) -> list[Finding]:
    out: list[Finding] = []
    low = text.lower()
    if ":" not in text and "kv" not in low and "fast" not in low and "fbet" not in low:
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
        if _clock_not_property(words[-1], m.group("nr")):
            continue
        out.append(Finding("fastighet", start, m.end(), text[start : m.end()]))
    for m in _FAST_CTX_RE.finditer(text):
        # "fastigheten Ugglan 6": a capitalised block name and its number after the word is a property too
        block = m.group("all")[:1].isupper() and m.group("all").split()[0].lower() not in _FAST_STOP
        if ":" in m.group("all") or m.group().lower().startswith("kv") or block:
            out.append(Finding("fastighet", m.start("all"), m.end("all"), m.group("all")))
    return out
