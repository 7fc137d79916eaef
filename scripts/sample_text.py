"""Words for the sample data: category labels, report texts and invented personal data.

All names, numbers and e-mail addresses here are invented. Personnummer use the birth-number series
980-999 (the series of Skatteverket's published test numbers), phone numbers the 070-174 06 05..99
range PTS reserves for fiction, e-mail addresses the reserved example.com/.org/.net domains.
"""

from __future__ import annotations

import random

from stdnum import luhn

# --- EST categories -----------------------------------------------------------------------------------

# code -> (weight Brandkärr, Fisksätra, Älta)
CATEGORY_WEIGHTS = {
    "skadegorelse": (13, 13, 14),
    "klotter": (10, 11, 12),
    "anlagd_brand": (5, 6, 4),
    "nedskrapning": (12, 9, 9),
    "samling": (10, 14, 11),
    "ordningsstorning": (8, 9, 8),
    "vald_hot": (4, 6, 5),
    "incident_anstalld": (2, 3, 2),
    "narkotika": (5, 8, 6),
    "inbrott_stold": (8, 7, 11),
    "ran": (1, 1.5, 1),
    "olovlig_trafik": (8, 5, 6),
    "otrygg_plats": (5, 4, 5),
    "olovligt_boende": (2, 2, 1.5),
    "skjutning_explosion": (0.4, 0.8, 0.5),
    "ryktesspridning": (1.5, 2, 1.5),
    "ovrigt": (2, 2, 2),
}

# Kommun reports: the labels people really type, with weights (first = the EST label itself).
KOMMUN_LABELS = {
    "skadegorelse": [
        ("Skadegörelse", 8),
        ("skadegörelse", 2),
        ("Skadegörelse (glaskross)", 2),
        ("Skadegörelse ", 1),
    ],
    "klotter": [("Klotter", 8), ("Klotter ", 2), ("klotter", 2), ("Klotter/tags", 1), ("Graffiti", 1)],
    "anlagd_brand": [
        ("Anlagd brand", 5),
        ("Anlagd brand - container", 2),
        ("Anlagd brand - bil", 1),
        ("Anlagd brand (utomhus)", 1),
        ("anlagd brand trapphus", 1),
    ],
    "nedskrapning": [("Nedskräpning", 8), ("nedskräpning", 2), ("Nedskräpning ", 1)],
    "samling": [
        ("Otrygghetsskapande samling av personer", 5),
        ("Otrygghetsskapande samling av personer (trapphus)", 2),
        ("Otrygghetsskapande samling av personer (centrum)", 2),
        ("Otrygghetsskapande samling av personer (utomhus)", 1),
        ("Samling av personer", 2),
    ],
    "ordningsstorning": [("Bråk/ordningsstörning", 6), ("Bråk", 2), ("Ordningsstörning", 2)],
    "vald_hot": [("Våld och hot", 6), ("Våld/hot", 2), ("våld och hot", 1)],
    "incident_anstalld": [("Incident mot anställd", 5), ("Hot mot personal", 2)],
    "narkotika": [("Misstänkt narkotikahantering", 6), ("Narkotika", 2), ("misstänkt narkotikahantering", 1)],
    "inbrott_stold": [("Inbrott och stöld", 5), ("Inbrott/stöld", 2), ("Stöld", 2), ("Inbrott", 1)],
    "ran": [("Rån", 1)],
    "olovlig_trafik": [
        ("Olovlig trafik", 5),
        ("Olovlig trafik (moped på gc-väg)", 2),
        ("Moped på GC-väg", 1),
    ],
    "otrygg_plats": [("Otrygg plats", 5), ("Otrygg plats - belysning", 2), ("Otrygg plats (växtlighet)", 1)],
    "olovligt_boende": [("Olovligt boende/sovplats", 4), ("Sovplats", 1), ("Olovligt boende", 1)],
    "skjutning_explosion": [("Skjutning/explosion", 4), ("Allvarlig händelse", 1)],
    "ryktesspridning": [("Ryktesspridning/sociala medier", 4), ("Sociala medier", 1)],
    "ovrigt": [("Övrigt", 6), ("övrigt", 1), ("Annat", 1)],
}
# Labels outside the taxonomy, used rarely so the unknown-label warning path is exercised.
UNKNOWN_LABELS = {"skjutning_explosion": "Fyrverkerier", "skadegorelse": "Fyrverkerier", "ovrigt": "Smällare"}

KOMMUN_TEXT = {
    "skadegorelse": [
        "Krossad glasruta.",
        "Krossat glas över hela gångytan.",
        "Vandaliserad papperskorg och bänk.",
        "Sparkad belysningsarmatur, hänger löst.",
        "Krossade rutor, troligen under natten.",
        "Uppbruten dörr, låset förstört.",
        "Skyltar nedrivna och sönderslagna.",
    ],
    "klotter": [
        "Klotter på fasaden, ca 2 m².",
        "Nya tags sedan förra veckan.",
        "Klotter på elskåp och skyltar.",
        "Klotter med kränkande innehåll, sanerat samma dag.",
        "Tags, anmält för sanering.",
        "Omfattande klotter, flera väggar.",
    ],
    "nedskrapning": [
        "Mycket skräp efter helgen.",
        "Grovsopor dumpade.",
        "Lustgaspatroner och flaskor.",
        "Nedskräpning efter samling, pizzakartonger och burkar.",
        "Glassplitter och fimpar.",
    ],
    "samling": [
        "Grupp om ca 10-15 ungdomar samlades, upplevdes stökigt.",
        "Ungdomar samlades, röklukt och skräp efteråt.",
        "Okända vuxna samlas kvällstid; boende upplever otrygghet.",
        "Större grupp ungdomar, några maskerade. Skingrades när väktare kom.",
        "Ungdomar samlas, dörren uppställd.",
        "Samling av unga vuxna i bilar, hög musik.",
    ],
    "ordningsstorning": [
        "Högljudd ordningsstörning, polis tillkallad.",
        "Bråk mellan ungdomar, löstes upp av personal.",
        "Stökigt, personer som skrek och kastade saker.",
        "Högljudd fest utomhus sent på kvällen.",
    ],
    "vald_hot": [
        "Misshandel mellan två unga män, ambulans på plats.",
        "Hot mot förbipasserande, gärningspersonen försvann till fots.",
        "Slagsmål mellan flera personer, polis kontaktad.",
        "Person hotad med kniv enligt vittne.",
    ],
    "incident_anstalld": [
        "Personal hotad av besökare, polisanmält.",
        "Trygghetsvärd utsatt för glåpord och hot.",
        "Personal blev knuffad vid tillsägelse.",
    ],
    "narkotika": [
        "Misstänkt langning.",
        "Stark cannabislukt.",
        "Misstänkt narkotikaförsäljning från bil.",
        "Hittade kanyler och förpackningar, omhändertaget.",
    ],
    "inbrott_stold": [
        "Inbrott i förråd, flera förråd uppbrutna.",
        "Cykelstöld.",
        "Stöld ur bil, ruta krossad.",
        "Försök till inbrott, dörren skadad.",
        "Snatteri i butik, väktare ingrep.",
    ],
    "ran": ["Ungdom rånad på mobil och jacka.", "Rån mot person, polisanmält."],
    "olovlig_trafik": [
        "Mopeder kör på gång- och cykelvägen i hög fart.",
        "A-traktor på gångvägen, nära barn.",
        "Bil körde på gångvägen.",
        "Crossmotorcyklar kör i området.",
    ],
    "otrygg_plats": [
        "Trasig belysning, mörkt hela sträckan.",
        "Buskage skymmer sikten.",
        "Ödslig plats kvällstid, boende upplever otrygghet.",
        "Flera lampor släckta.",
    ],
    "olovligt_boende": ["Person sover här nattetid.", "Tält och sovplats.", "Madrass och sovsäck hittade."],
    "skjutning_explosion": [
        "Kraftig smäll hördes, polis på plats.",
        "Skottlossning rapporterad, polisen spärrade av.",
        "Explosion vid entrédörr, skador på fasaden.",
    ],
    "ryktesspridning": [
        'Rykten på sociala medier om "uppgörelse" på fredag.',
        "Film från bråket sprids i sociala medier.",
        "Hotfulla inlägg om området sprids bland ungdomar.",
    ],
    "ovrigt": ["Övergiven bil utan skyltar.", "Kundvagnar i dammen.", "Lös hund."],
    "fyrverkerier": [
        "Fyrverkerier avfyrades mot fasad och förbipasserande.",
        "Smällare kastades mot busskuren.",
        "Raketer sköts mot bilar.",
    ],
    "halloween": ["Äggkastning mot fasad och fönster.", "Smällare i brevinkast."],
}
# Arson: one kind per incident so every source describes the same fire.
FIRE = {
    "bil": (
        "Anlagd brand - bil",
        "Bilbrand på parkeringen, räddningstjänsten på plats.",
        ["Bilbrand {loc}.", "Brand i bil {loc}.", "Bilbrand, {area}."],
        "Bilbrand på parkeringen, räddningstjänst på plats.",
    ),
    "container": (
        "Anlagd brand - container",
        "Brand i container, släckt av räddningstjänsten.",
        ["Brand i container {loc}.", "Containerbrand, {area}."],
        "Brand i container vid miljöstugan.",
    ),
    "trapphus": (
        "anlagd brand trapphus",
        "Anlagd brand i trapphus, kraftig rökutveckling.",
        ["Brand i trapphus, {area}.", "Brand i flerfamiljshus {loc}."],
        "Brandrök i trapphus, sanering beställd.",
    ),
    "papperskorg": (
        "Anlagd brand",
        "Brand i papperskorg, släckt med brandsläckare.",
        ["Mindre brand i papperskorg {loc}."],
        "Brand i papperskorg vid entrén.",
    ),
    "utomhus": (
        "Anlagd brand (utomhus)",
        "Brandrester efter eldning, marken svedd.",
        ["Brand utomhus {loc}.", "Mindre brand i skogsdunge, {area}."],
        "Brandskadad soptunna på gården.",
    ),
}
# what a reporter writes before a street name, by category (or kind of fire)
ADDRESS_SPOTS = {
    "samling": ["trapphus", "källargången", "entrén", "porten"],
    "narkotika": ["trapphus", "porten", "källargången"],
    "olovligt_boende": ["källarförråden", "cykelrummet", "trapphus"],
    "ordningsstorning": ["trapphus", "gården", "entrén"],
    "inbrott_stold": ["förråden", "cykelrummet", "parkeringen vid", "källarförråd"],
    "nedskrapning": ["miljöstugan", "gården", "miljöstugan vid"],
    "klotter": ["fasaden", "entrén", "trapphus", "miljöstugan"],
    "skadegorelse": ["entrén", "porten", "trapphus", "tvättstugan", "miljöstugan"],
    "bil": ["parkeringen vid", "parkeringen"],
    "container": ["miljöstugan", "containern vid"],
    "trapphus": ["trapphus", "trapphuset"],
    "default": ["vid", "utanför", "gården"],
}
FIRE_WEIGHTS = [("bil", 3), ("container", 3), ("trapphus", 1), ("papperskorg", 2), ("utomhus", 1)]

DAYPARTS = [
    ("morgon", 6, 9),
    ("förmiddag", 9, 12),
    ("eftermiddag", 12, 17),
    ("kväll", 17, 22),
    ("natt", 22, 30),
]

# --- police -------------------------------------------------------------------------------------------

# category -> police API types (weights)
POLIS_TYPES = {
    "anlagd_brand": [("Brand", 1)],
    "skadegorelse": [("Skadegörelse", 1)],
    "klotter": [("Skadegörelse", 1)],
    "vald_hot": [("Misshandel", 5), ("Olaga hot", 3)],
    "incident_anstalld": [("Våld/hot mot tjänsteman", 1)],
    "inbrott_stold": [("Stöld", 3), ("Stöld/inbrott", 3), ("Inbrott", 2)],
    "ran": [("Rån", 1)],
    "narkotika": [("Narkotikabrott", 1)],
    "ordningsstorning": [("Bråk", 4), ("Knivlagen", 1)],
    "samling": [("Bråk", 1)],
    "skjutning_explosion": [("Skottlossning", 1), ("Explosion", 2)],
    "olovlig_trafik": [("Olovlig körning", 1)],
}
# {loc} = "i Fisksätra" / "vid Fisksätra centrum"; {area} = a bare district name
POLIS_SUMMARY = {
    "Brand": [
        "Bilbrand {loc}.",
        "Brand i container {loc}.",
        "Brand i trapphus, {area}.",
        "Mindre brand i papperskorg {loc}.",
    ],
    "Skadegörelse": [
        "Skadegörelse {loc}.",
        "Krossade rutor {loc}.",
        "Skadegörelse på skola, {area}.",
        "Klotter på fasad, {area}.",
    ],
    "Misshandel": [
        "Man misshandlad {loc}.",
        "Misshandel utomhus, {area}.",
        "Ung man misshandlad av flera personer {loc}.",
    ],
    "Olaga hot": ["Person hotad {loc}.", "Olaga hot mot förbipasserande, {area}."],
    "Våld/hot mot tjänsteman": ["Polis hotad vid ingripande {loc}.", "Väktare utsatt för våld {loc}."],
    "Stöld": ["Stöld i butik {loc}.", "Cykelstöld, {area}."],
    "Stöld/inbrott": ["Inbrott i förråd, {area}.", "Stöld ur bil {loc}."],
    "Inbrott": ["Inbrott i lägenhet, {area}.", "Inbrott i lokal {loc}."],
    "Rån": ["Ungdom rånad {loc}.", "Rån mot person, {area}."],
    "Narkotikabrott": ["Man misstänks för narkotikabrott {loc}.", "Narkotikabrott, {area}."],
    "Bråk": ["Bråk mellan flera personer {loc}.", "Stökigt bland ungdomar, {area}."],
    "Knivlagen": ["Man med kniv omhändertagen {loc}.", "Kniv beslagtagen, {area}."],
    "Skottlossning": ["Misstänkt skottlossning {loc}.", "Skott ska ha avlossats, {area}."],
    "Explosion": ["Explosion {loc}.", "Kraftig smäll vid entré, {area}."],
    "Olovlig körning": ["Moped stoppad på gångväg {loc}.", "Olovlig körning, {area}."],
    "Ofredande/förargelse": ["Kvinna ofredad {loc}.", "Ofredande, {area}."],
}
POLIS_UNPLACED = {
    "Brand": ["Bilbrand.", "Brand i container."],
    "Skadegörelse": ["Skadegörelse utreds.", "Krossade rutor."],
    "Misshandel": ["Misshandel utomhus.", "En man har misshandlats."],
    "Olaga hot": ["Olaga hot."],
    "Våld/hot mot tjänsteman": ["Stökig man greps av ordningsvakt."],
    "Stöld": ["Stöld i butik.", "Snatteri."],
    "Stöld/inbrott": ["Inbrott i fristående byggnad.", "Stöld ur bil."],
    "Inbrott": ["Inbrott i lokal."],
    "Rån": ["Rån mot person."],
    "Narkotikabrott": ["Påverkad person kontrollerad.", "Yngling misstänkt för narkotikabrott."],
    "Bråk": ["Flera personer har bråkat med varandra."],
    "Knivlagen": ["Kontroll, kniv beslagtagen."],
    "Skottlossning": ["Misstänkt skottlossning."],
    "Explosion": ["Kraftig smäll, polis på plats."],
    "Olovlig körning": ["Elsparkförare misstänkt för olovlig körning."],
    "Ofredande/förargelse": ["Ofredande vid bostad."],
}
ELSEWHERE = {
    "Nacka": ["Saltsjöbaden", "Nacka centrum", "Orminge", "Sickla", "Björknäs", "Järla", "Boo", "Kummelnäs"],
    "Nyköping": ["centrala Nyköping", "Harg", "Oppeby", "Arnö", "Stigtomta", "Svalsta", "Ålgården", "Väster"],
}
ELSEWHERE_TYPES = [
    ("Stöld", 6), ("Brand", 3), ("Misshandel", 3), ("Stöld/inbrott", 4), ("Inbrott", 3), ("Skadegörelse", 3),
    ("Narkotikabrott", 2), ("Olaga hot", 2), ("Bråk", 2), ("Rån", 1), ("Olovlig körning", 2),
    ("Våld/hot mot tjänsteman", 1), ("Ofredande/förargelse", 1), ("Knivlagen", 1),
]  # fmt: skip
NON_EST = {
    "Trafikolycka": [
        "Trafikolycka på {road}.",
        "Två bilar i krock på {road}.",
        "Personbil och cyklist i olycka, {district}.",
        "Trafikolycka i Fisksätra, inga personskador.",
    ],
    "Trafikkontroll": ["Urval av polisens arbete i trafiken"],
    "Rattfylleri": ["En bilförare misstänks för rattfylleri på {road}.", "Rattfylleri samt olovlig körning."],
    "Försvunnen person": ["Försvunnen man.", "Den försvunna kvinnan är anträffad och mår bra."],
    "Djur": ["Älg på vägen vid {road}.", "Rådjur påkört, {district}."],
    "Brand automatlarm": ["Brandlarmet har gått i en skola, {district}.", "Automatlarm från en butik."],
}
NON_EST_WEIGHTS = [("Trafikolycka", 6), ("Trafikkontroll", 2), ("Rattfylleri", 3), ("Försvunnen person", 1),
                   ("Djur", 1), ("Brand automatlarm", 2)]  # fmt: skip
ROADS = {"Nacka": ["Värmdöleden", "Saltsjöbadsleden", "Ältavägen", "Södra länken"],
         "Nyköping": ["E4", "riksväg 53", "Stockholmsvägen", "Hamnvägen"]}  # fmt: skip
SUMMARY_NIGHT = [
    "Här kommer ett urval av nattens händelser i polisområdet.",
    "Ett urval av nattens polisverksamhet 00.00–07.00.",
]
LAN = {
    "Nacka": ("Stockholms län", "59.602496,18.138438"),
    "Nyköping": ("Södermanlands län", "59.033635,16.75189"),
}
KOMMUN_GPS = {"Nacka": "59.310512,18.163100", "Nyköping": "58.753035,17.007872"}

# kommunpolis' Brottstyp per category
KOMMUNPOLIS_TYPES = {
    "anlagd_brand": [("Bilbrand", 2), ("Brand", 1)],
    "skadegorelse": [("Skadegörelse", 1)],
    "klotter": [("Klotter", 1)],
    "vald_hot": [("Misshandel", 3), ("Olaga hot", 2)],
    "incident_anstalld": [("Våld/hot mot tjänsteman", 1)],
    "inbrott_stold": [("Stöld", 2), ("Inbrott", 1)],
    "ran": [("Rån", 1)],
    "narkotika": [("Narkotikabrott", 1)],
    "ordningsstorning": [("Bråk", 2), ("Knivlagen", 1)],
    "skjutning_explosion": [("Explosion", 1)],
    "olovlig_trafik": [("Olovlig körning", 1)],
}

# --- housing companies ----------------------------------------------------------------------------------

BOLAG_TYPES = {
    "klotter": "Klotter",
    "skadegorelse": "Skadegörelse",
    "anlagd_brand": "Brand/brandrök",
    "inbrott_stold": "Inbrott förråd",
    "nedskrapning": "Nedskräpning/grovsopor",
    "otrygg_plats": "Belysning ur funktion",
    "ordningsstorning": "Störning",
    "samling": "Störning",
    "narkotika": "Misstänkt narkotika",
    "incident_anstalld": "Hot mot personal",
    "olovligt_boende": "Olovligt boende",
}
BOLAG_TEXT = {
    "Klotter": [
        "Klotter i trapphus, beställt sanering.",
        "Klotter på fasad vid entré.",
        "Tags i tvättstugan.",
    ],
    "Skadegörelse": ["Krossad ruta i entrédörr.", "Sönderbruten postbox.", "Trasig porttelefon, sparkad."],
    "Brand/brandrök": [
        "Brandrök i trapphus, sanering beställd.",
        "Bilbrand på parkeringen, räddningstjänst på plats.",
        "Brand i container vid miljöstugan.",
    ],
    "Inbrott förråd": ["Inbrott i källarförråd, flera hänglås avklippta.", "Förrådsdörr uppbruten."],
    "Nedskräpning/grovsopor": ["Grovsopor i miljöstugan, bortforsling beställd.", "Nedskräpat på gården."],
    "Belysning ur funktion": ["Belysning ur funktion på gångväg.", "Trasig belysning vid entré, mörkt."],
    "Störning": ["Störningsanmälan, ungdomar i trapphus.", "Störning från samling i källargång."],
    "Misstänkt narkotika": [
        "Misstänkt narkotikaförsäljning i porten, polis informerad.",
        "Cannabislukt i trapphus.",
    ],
    "Hot mot personal": ["Kvartersvärd hotad vid tillsägelse.", "Personal hotad i samband med störning."],
    "Olovligt boende": ["Person övernattar i förrådsgång.", "Sovplats i cykelrum."],
    "Vattenskada": ["Vattenläcka från lägenhet ovan.", "Fuktskada i källare."],
    "Hissfel": ["Hissen står still mellan våningar.", "Hissdörr stänger inte."],
}
COSTS = ["{a} {b:03d} kr", "{a}{b:03d}", "{a} {b:03d},50", "", "{a} {b:03d}"]

# --- kommande händelser ---------------------------------------------------------------------------------

FIXED_EVENTS = [  # (month, day, title, description)
    (4, 30, "Valborg", "Valborgsfirande, erfarenhetsmässigt mycket ungdomar ute och nedskräpning."),
    (6, 6, "Nationaldagen", "Firande med aktiviteter i centrum."),
    (6, 19, "Midsommarafton", "Midsommarfirande, förhöjd risk för bråk och nedskräpning."),
    (10, 31, "Halloween", "Halloween, risk för äggkastning, smällare och skadegörelse."),
    (12, 13, "Lucia", "Luciatåg i centrum."),
    (12, 31, "Nyårsafton", "Nyårsafton: fyrverkerier, risk för anlagda bränder och smällare."),
]
AREA_EVENTS = {
    "Fisksätra": [("Fisksätradagen", "Fest på Fisksätra torg med scen och marknad."),
                  ("Fotbollsmatch Fisksätra IP", "Match, många besökare kvällstid.")],
    "Älta": [("Fotbollsmatch Älta IP", "Hemmamatch, många ungdomar i rörelse efteråt."),
             ("Marknad Älta centrum", "Höstmarknad i centrum.")],
    "Brandkärr": [("Marknad Brandkärrs centrum", "Vårmarknad vid centrum."),
                  ("Fotbollsmatch Brandkärrs IP", "Ungdomsturnering hela dagen.")],
}  # fmt: skip

# --- invented personal data -----------------------------------------------------------------------------

FIRST = [
    "Anna",
    "Per",
    "Maria",
    "Johan",
    "Sara",
    "Erik",
    "Karin",
    "Mikael",
    "Elin",
    "Ahmed",
    "Fatima",
    "Jonas",
    "Linnea",
    "Omar",
    "Sofia",
    "Mats",
    "Ida",
    "Hassan",
    "Emma",
    "Lars",
    "Amira",
    "Nils",
    "Ulla",
    "Kenneth",
]
LAST = [
    "Lindqvist",
    "Holm",
    "Berggren",
    "Nordin",
    "Sjöberg",
    "Ekström",
    "Hallberg",
    "Åkesson",
    "Lundgren",
    "Yilmaz",
    "Hassan",
    "Persson",
    "Wikström",
    "Falk",
    "Strand",
    "Nyström",
    "Mohammadi",
    "Blom",
]
ROLES = ["Boende", "Vaktmästare", "Anmälare", "Kvartersvärd", "Förälder", "Fritidsledare", "Butiksägare"]
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"


def personnummer(rng: random.Random, coordination: bool = False) -> str:
    year, month, day = rng.randint(1955, 2009), rng.randint(1, 12), rng.randint(1, 28)
    day_field = day + 60 if coordination else day
    serial = rng.randint(980, 999)
    short = f"{year % 100:02d}{month:02d}{day_field:02d}{serial:03d}"
    check = luhn.calc_check_digit(short)
    if rng.random() < 0.5:
        return f"{year}{month:02d}{day_field:02d}-{serial:03d}{check}"
    return f"{short[:6]}-{serial:03d}{check}"


def phone(rng: random.Random) -> str:
    last = rng.randint(5, 99)
    style = rng.randrange(4)
    return [
        f"070-174 06 {last:02d}",
        f"07017406{last:02d}",
        f"070-17406{last:02d}",
        f"+46 70 174 06 {last:02d}",
    ][style]


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def email(rng: random.Random, person: str) -> str:
    first, last = person.lower().split()
    local = f"{first}.{last}".translate(str.maketrans("åäö", "aao"))
    return f"{local}{rng.randint(1, 99)}@{rng.choice(['example.com', 'example.org', 'example.net'])}"


def plate(rng: random.Random) -> str:
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    tail = rng.choice(["{:03d}", "{:02d}" + rng.choice(PLATE_LETTERS)])
    return f"{letters} " + tail.format(rng.randint(1, 99))


# --- the sources' files and reporters ------------------------------------------------------------------

KOMMUN_ORG = {"Nacka": "Nacka kommun", "Nyköping": "Nyköpings kommun"}
KOMMUN_SLUG = {"Nacka": "nacka", "Nyköping": "nykoping"}
NACKA_A = ["Datum", "Tid", "Område", "Plats", "Kategori", "Beskrivning", "Rapportör", "N", "E"]
NACKA_B = ["Internt nr", "Datum", "Tid", "Område", "Kategori", "Plats", "Beskrivning", "Rapportör", "N", "E"]
NYKOPING_A = ["OMRÅDE", "datum", "TID", "kategori", "Plats", "beskrivning", "Rapportör", "Lat", "Lon"]
NYKOPING_B = [
    "OMRÅDE",
    "datum",
    "TID",
    "kategori",
    "Plats",
    "beskrivning",
    "Åtgärd",
    "Rapportör",
    "Lat",
    "Lon",
]
KOMMANDE = ["Datum", "Område", "Händelse", "Beskrivning", "Rapportör"]
KOMMUNPOLIS = ["Händelsenr", "Datum", "Klockslag", "Brottstyp", "Plats", "Område", "Lat", "Long"]
STENA = ["Ärendenr", "Registrerad", "Fastighet", "Adress", "Ärendetyp", "Beskrivning", "Kostnad", "Bolag"]
NYKOPINGSHEM = [
    "Ärendenr",
    "Registrerad",
    "Ärendetyp",
    "Adress",
    "Fastighet",
    "Beskrivning",
    "Kostnad",
    "Bolag",
]
POLIS_PREFIX = {"Nacka": ("0201-K", 900), "Nyköping": ("5000-K", 250)}  # case-number prefix, numbers a day

# name, kommun, areas, category affinity (default 1), active hours, weekly presence, date style, time styles
RAPPORTORER: list[
    tuple[str, str, set[str], dict[str, float], tuple[int, int], float, str, dict[str, float]]
] = [
    (
        "Fritidsgården Fisksätra",
        "Nacka",
        {"Fisksätra"},
        {
            "samling": 3,
            "ordningsstorning": 2,
            "narkotika": 2,
            "ryktesspridning": 4,
            "incident_anstalld": 3,
            "nedskrapning": 0.4,
            "klotter": 0.4,
            "inbrott_stold": 0.3,
            "otrygg_plats": 0.3,
        },
        (15, 22),
        0.9,
        "slash",
        {"dot": 5, "daypart": 4, "colon": 1},
    ),
    (
        "Fritidsgården Älta",
        "Nacka",
        {"Älta"},
        {
            "samling": 3,
            "ordningsstorning": 2,
            "narkotika": 1.5,
            "ryktesspridning": 4,
            "incident_anstalld": 3,
            "nedskrapning": 0.4,
            "klotter": 0.4,
            "inbrott_stold": 0.3,
            "otrygg_plats": 0.3,
        },
        (15, 22),
        0.92,
        "slash",
        {"dot": 5, "daypart": 4, "colon": 1},
    ),
    (
        "Trygghetsvärdar Nacka",
        "Nacka",
        {"Fisksätra", "Älta"},
        {},
        (16, 26),
        1.0,
        "iso",
        {"colon": 17, "dot": 2, "daypart": 1},
    ),
    (
        "Fastighet/Nacka kommun",
        "Nacka",
        {"Fisksätra", "Älta"},
        {
            "skadegorelse": 3,
            "klotter": 4,
            "nedskrapning": 4,
            "otrygg_plats": 4,
            "olovligt_boende": 2,
            "ovrigt": 2,
            "samling": 0.3,
            "vald_hot": 0.1,
            "ran": 0.1,
            "narkotika": 0.3,
            "ordningsstorning": 0.2,
        },
        (6, 17),
        0.97,
        "dot",
        {"daypart": 5, "": 3, "colon": 2},
    ),
    (
        "Väktare Securitas",
        "Nacka",
        {"Fisksätra"},
        {
            "samling": 2,
            "ordningsstorning": 2,
            "narkotika": 2,
            "inbrott_stold": 1.5,
            "ryktesspridning": 0.1,
            "otrygg_plats": 0.3,
            "nedskrapning": 0.3,
        },
        (19, 30),
        0.95,
        "iso",
        {"compact": 7, "colon": 3},
    ),
    (
        "Väktare Avarn",
        "Nacka",
        {"Älta"},
        {
            "samling": 2,
            "ordningsstorning": 2,
            "narkotika": 2,
            "inbrott_stold": 1.5,
            "ryktesspridning": 0.1,
            "otrygg_plats": 0.3,
            "nedskrapning": 0.3,
        },
        (19, 30),
        0.95,
        "iso",
        {"compact": 7, "colon": 3},
    ),
    (
        "Sigfridsborgsskolan",
        "Nacka",
        {"Älta"},
        {"ryktesspridning": 4, "skadegorelse": 1, "klotter": 1, "incident_anstalld": 1, "samling": 0.5},
        (7, 17),
        0.8,
        "dot",
        {"daypart": 6, "colon": 4},
    ),
    (
        "Mariebergsgården",
        "Nyköping",
        {"Brandkärr"},
        {
            "samling": 3,
            "ordningsstorning": 2,
            "narkotika": 2,
            "ryktesspridning": 4,
            "incident_anstalld": 3,
            "nedskrapning": 0.4,
            "klotter": 0.4,
            "inbrott_stold": 0.3,
            "otrygg_plats": 0.3,
        },
        (15, 22),
        0.88,
        "slash",
        {"dot": 5, "daypart": 4, "colon": 1},
    ),
    (
        "Trygghetsvärdar Nyköping",
        "Nyköping",
        {"Brandkärr"},
        {},
        (16, 26),
        1.0,
        "iso",
        {"colon": 17, "dot": 2, "daypart": 1},
    ),
    (
        "Fastighet/Nyköpings kommun",
        "Nyköping",
        {"Brandkärr"},
        {
            "skadegorelse": 3,
            "klotter": 4,
            "nedskrapning": 4,
            "otrygg_plats": 4,
            "olovligt_boende": 2,
            "ovrigt": 2,
            "samling": 0.3,
            "vald_hot": 0.1,
            "ran": 0.1,
            "narkotika": 0.3,
            "ordningsstorning": 0.2,
        },
        (6, 17),
        0.97,
        "dot",
        {"daypart": 5, "": 3, "colon": 2},
    ),
    (
        "Fältassistenter Nyköping",
        "Nyköping",
        {"Brandkärr"},
        {"samling": 2.5, "ryktesspridning": 2, "narkotika": 1.5, "olovlig_trafik": 1.5},
        (14, 23),
        0.85,
        "slash",
        {"colon": 6, "daypart": 4},
    ),
    (
        "Väktare Securitas",
        "Nyköping",
        {"Brandkärr"},
        {
            "samling": 2,
            "ordningsstorning": 2,
            "narkotika": 2,
            "inbrott_stold": 1.5,
            "ryktesspridning": 0.1,
            "otrygg_plats": 0.3,
            "nedskrapning": 0.3,
        },
        (19, 30),
        0.9,
        "iso",
        {"compact": 7, "colon": 3},
    ),
]
CLOSED = {
    "Fritidsgården Fisksätra": {28, 29, 30, 31},
    "Fritidsgården Älta": {28, 29, 30, 31},
    "Mariebergsgården": {28, 29, 30, 31},
    "Sigfridsborgsskolan": {1, 9, 26, 27, 28, 29, 30, 31, 32, 44, 52},
}
MISSING = {  # whole weekly files that never arrived (holidays, sick leave)
    ("kommun", "Nyköping"): {"2025-W30", "2026-W29"},
    ("kommun", "Nacka"): {"2025-W52"},
    ("bostadsbolag", "Stena Fastigheter"): {"2025-W52", "2026-W29"},
    ("bostadsbolag", "Nyköpingshem"): {"2026-W30"},
    ("kommunpolis", "Nyköping"): {"2025-W29", "2025-W44", "2026-W30"},
    ("kommunpolis", "Nacka"): {"2026-W28"},
}
PD_TEMPLATES = [
    ("Boende {namn} ringde {telefon}.", 3),
    ("Bil {regnr} stod parkerad på gångvägen.", 2),
    ("Vaktmästare {namn} upptäckte skadan.", 2),
    ("Anmälare: {namn}, {epost}.", 2),
    ("Inblandad ungdom har personnr {personnummer}.", 2.5),
    ("Personen uppgav samordningsnummer {samordningsnummer}.", 2),
    ("Kontakt: {telefon}.", 1),
    ("Samma sak vid {adress}.", 2),
    ("Polisanmält, {diarienr}.", 1),
    ("Gäller fastigheten {fastighet}.", 1),
    ("Moped med regnr {regnr} körde på gc-vägen.", 1),
    ("{namn} från föreningen hörde av sig, {epost}.", 1),
]
