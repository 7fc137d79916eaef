"""Places, institutions, streets, organisations and the pieces of structured items of the fourteenth blind
corpus (tests/blind14_corpus.py), typed from the writer's own knowledge of Sweden (some street and
institution names are invented but plausible)."""

from __future__ import annotations

PLACES = (
    "Fisksätra", "Älta", "Brandkärr", "Saltsjöbaden", "Orminge", "Sickla", "Nacka strand", "Björknäs",
    "Boo", "Fisksätra centrum", "Älta centrum", "Långsjön", "Erstavik", "Ektorp", "Järla", "Kvarnholmen",
    "Nyköping", "Oxelösund", "Arnö", "Harg", "Västra Kvarn", "Hållet", "Oppeby", "Brandholmen",
    "Stenkulla", "Stigtomta", "Tystberga", "Svalsta", "Ekensberg", "Skavsta", "Alby", "Fittja",
    "Hallunda", "Rinkeby", "Tensta", "Husby", "Skärholmen", "Rosengård", "Vivalla", "Navestad",
    "Hageby", "Araby", "Gottsunda", "Kronogården", "Ronna", "Hovsjö", "Råslätt",
)  # fmt: skip
INSTITUTIONS = (
    "Brandkärrsskolan", "Långbergsskolan", "Mariebergsgården", "Fisksätra skola", "Sigfridsborgsskolan",
    "Älta tennishall", "Fisksätra bibliotek", "Älta bibliotek", "Fisksätra station", "Fisksätra fritidsgård",
    "Älta fritidsgård", "Brandkärrs fritidsgård", "Nyköpings gymnasium", "Vårdcentralen Brandkärr",
    "Fisksätra kyrka", "Brandkärrs kyrka", "Älta kyrka", "Nyköpings moské", "Stora torget",
    "Brandkärrs centrum", "Älta idrottsplats", "Fisksätra IP", "Rosvalla", "Nyköpings lasarett",
    "Familjecentralen", "Öppna förskolan", "Förskolan Solstrålen", "Förskolan Myran", "Ältadalens förskola",
    "Träffpunkt Fisksätra", "Medborgarkontoret", "Stadsbiblioteket", "Folkets hus", "Fisksätra museum",
    "Saltsjöbadens gymnasium", "Kulturhuset", "Simhallen", "Fritidsbanken", "Ungdomens hus", "Lokstallet",
)  # fmt: skip
STREETS = (
    "Brandkärrsvägen", "Fisksätravägen", "Ältavägen", "Götgatan", "Västra Storgatan", "Östra Storgatan",
    "Skolgatan", "Fabriksgatan", "Idrottsvägen", "Kyrkogatan", "Ringvägen", "Stationsvägen", "Hamnvägen",
    "Tennisvägen", "Lovisedalsvägen", "Oxbacksgatan", "Brunnsgatan", "Repslagaregatan", "Fiskarvägen",
    "Snickarvägen", "Båtsmansvägen", "Långbergsvägen", "Mariebergsgatan", "Vårdträdsvägen", "Ekbacksvägen",
    "Tallstigen", "Björkvägen", "Granstigen", "Lönnvägen", "Ängsvägen", "Åkervägen", "Solvägen",
    "Södra Bangatan", "Hedenlundsvägen", "Sigfridsborgsvägen", "Dalvägen",
)  # fmt: skip
PERSON_STREETS = (
    "Olof Palmes gata", "Selma Lagerlöfs väg", "Astrid Lindgrens väg", "Evert Taubes gata",
    "Karin Boyes gata", "Dag Hammarskjölds väg", "Gustav Vasas gata", "Hjalmar Brantings väg",
    "Nils Ferlins gränd", "Greta Garbos väg", "Alfred Nobels allé", "Elsa Beskows väg",
    "Birger Jarlsgatan", "Fredrika Bremers gata", "August Strindbergs väg",
)  # fmt: skip
ORGANISATIONS = (
    "Nyköpingshem", "Stena Fastigheter", "Wallenstam", "Rikshem", "HSB", "Riksbyggen", "Heimstaden",
    "Akelius", "Victoriahem", "Willhem", "Securitas", "Avarn", "G4S", "Nokas", "Addici", "Nacka kommun",
    "Nyköpings kommun", "Polisen", "Södertörns brandförsvarsförbund", "Sörmlandskustens räddningstjänst",
    "SL", "Sörmlandstrafiken", "Arriva", "Keolis", "Taxi Stockholm", "Taxi Kurir", "ICA Maxi", "Coop",
    "Willys", "Lidl", "Apoteket", "Systembolaget", "Clas Ohlson", "Max", "Svenska kyrkan", "Röda korset",
    "Stadsmissionen", "Fryshuset", "Nattvandrarna", "Hyresgästföreningen", "Sensus", "ABF",
    "Studiefrämjandet",
    "IFK Nyköping", "Nyköpings BIS", "Älta IF", "Fisksätra IF", "Brandkärrs IK", "Vattenfall", "Telia",
    "Anticimex", "Sanerings-Teamet", "Klotterjouren", "Nacka vatten och avfall", "Tekniska verken",
    "Elsa Andersson Fastigheter", "Hedbergs Bygg", "Gunnars Lås & Larm",
)  # fmt: skip
TRACTS = (
    "Brandkärr", "Fisksätra", "Älta", "Sicklaön", "Orminge", "Nyköping Hållet", "Harg", "Oppeby", "Arnö",
    "Stenkulla", "Kvarnen", "Björkudden", "Lindbacken", "Solrosen", "Hästhagen",
)  # fmt: skip
WORK_DOMAINS = (
    "nacka.se", "nykoping.se", "nykopingshem.se", "stenafastigheter.se", "wallenstam.se", "rikshem.se",
    "securitas.se", "avarn.se", "polisen.se", "hsb.se", "svenskakyrkan.se", "edu.nacka.se",
    "skola.nykoping.se",
)  # fmt: skip
PRIVATE_DOMAINS = (
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.se",
    "telia.com",
    "icloud.com",
    "yahoo.se",
)
MOBILE_PREFIXES = ("070", "072", "073", "076", "079")
AREA_CODES = ("08", "0155", "016", "019", "011", "018", "0152", "013")
BUS_LINES = (
    "buss 409", "buss 414", "buss 417", "linje 401", "buss 471", "linje 2", "stadsbuss 4", "buss 515",
    "linje 8", "nattbuss 494", "buss 442", "Saltsjöbanan",
)  # fmt: skip
AMOUNTS = (
    "4 500 kr", "12 000 kr", "850 kr", "1 200 kronor", "3 750,50 kr", "25 000 kr", "600 kr", "9 900 kr",
    "2 300 kr", "17 400 kr", "150 000 kr", "480 kr", "7 250 kr", "1 050 kronor",
)  # fmt: skip
# Swedish plates: no I, Q, V, Å, Ä, Ö; a new plate's last character a letter other than O as well.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset({
    "APA", "ARG", "ASS", "BAJ", "BSS", "CUC", "CUK", "DUM", "ETA", "ETT", "FAG", "FAN", "FEG", "FEL", "FEM",
    "FES", "FET", "FNL", "FUC", "FUK", "FUL", "GAM", "GAY", "GEJ", "GEY", "GUD", "HAT", "HBT", "HKH", "HOR",
    "HOT", "JOX", "JUG", "KGB", "KKK", "KUC", "KUK", "KYK", "LAM", "LAT", "LEM", "LOJ", "LSD", "LUS", "MAD",
    "MAO", "MEN", "MES", "MLB", "MUS", "NAZ", "NRP", "NSF", "NYP", "OND", "OOO", "ORM", "PAJ", "PKK", "PLO",
    "PMS", "PUB", "RAP", "RAS", "ROM", "RPS", "RUS", "SEG", "SEX", "SJU", "SOS", "SPY", "SUG", "SUP", "SUR",
    "TBC", "TOA", "TOK", "TRE", "TYP", "UFO", "USA", "WAM", "WAR", "WC", "XXX", "ZOO", "OLL", "ALL", "BIL",
    "BUS", "TAX", "KON", "DOM", "SOL", "SEN", "TID", "DAG", "NOT", "SMS", "EST", "APT", "LGH", "TEL", "NYA",
})  # fmt: skip
