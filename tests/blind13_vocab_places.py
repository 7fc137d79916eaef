"""Places, institutions, streets, organisations and the pieces of structured items for the thirteenth blind
corpus, typed from the writer's own knowledge of Nacka, Nyköping and their neighbours (some street and
institution names are invented but plausible)."""

from __future__ import annotations

PLACES = (
    "Fisksätra", "Älta", "Brandkärr", "Saltsjöbaden", "Orminge", "Sickla", "Björknäs", "Jarlaberg",
    "Henriksdal", "Finntorp", "Ektorp", "Skuru", "Tollare", "Kummelnäs", "Boo", "Neglinge", "Tattby",
    "Erstavik", "Stensö", "Oppeby", "Arnö", "Harg", "Högbrunn", "Isaksdal", "Rosenkälla", "Svalsta",
    "Stigtomta", "Enstaberga", "Nävekvarn", "Tystberga", "Gumsbacken", "Kiladalen", "Bryngelstorp",
    "Långsätra", "Hedenstorp", "Solbacka", "Ältadalen", "Skarpnäck", "Gullmarsplan", "Slussen",
)  # fmt: skip

INSTITUTIONS = (
    "Fisksätra skola", "Fisksätra bibliotek", "Fisksätra fritidsgård", "Fisksätra kyrka",
    "Fisksätra moské", "Fisksätra station", "Fisksätra centrum", "Fisksätra IP", "Fisksätra vårdcentral",
    "Älta centrum", "Älta bibliotek", "Älta tennishall", "Älta IP", "Sigfridsborgsskolan",
    "Älta kyrka", "Ältabergsskolan", "Älta fritidsgård", "Brandkärrsskolan", "Långbergsskolan",
    "Mariebergsgården", "Brandkärrs centrum", "Brandkärrs IP", "Nyköpings lasarett",
    "Nyköpings stadsbibliotek", "Rosvalla", "Nyköpings gymnasium", "Stora torget", "Nyköpingshus",
    "Nacka gymnasium", "Nacka stadshus", "Saltsjöbadens kyrka", "Tollare folkhögskola",
    "Orminge centrum", "Sickla köpkvarter", "Ektorps centrum", "Arnöskolan", "Oppebyskolan",
    "Harg fritidsgård", "Stensöskolan", "Fisksätra folkets hus", "Nacka sportcentrum",
    "Saltsjöbadens bibliotek", "Hargs kyrka", "Nyköpings resecentrum",
)  # fmt: skip

# Residential streets, used both as look-alikes and (with a number) as addresses.
STREETS = (
    "Fisksätravägen", "Båtbyggarvägen", "Fiskargränd", "Skeppargatan", "Ältavägen", "Lovisedalsvägen",
    "Örlogsvägen", "Almvägen", "Brandkärrsvägen", "Långbergsvägen", "Hjortsbergsvägen", "Idrottsvägen",
    "Stationsvägen", "Skolvägen", "Centrumvägen", "Källtorpsvägen", "Tyresövägen", "Saltsjöbadsleden",
    "Värmdövägen", "Östra Storgatan", "Västra Storgatan", "Brunnsgatan", "Repslagaregatan", "Hamngatan",
    "Folkungavägen", "Marieberg allé", "Hargsvägen", "Oppebyvägen", "Arnövägen", "Solhemsvägen",
    "Klockarbacken", "Mjölnarvägen", "Tornvägen", "Gärdesvägen", "Lärkvägen", "Ekbacksvägen",
)  # fmt: skip

PERSON_STREETS = (
    "Olof Palmes väg", "Selma Lagerlöfs väg", "Evert Taubes gata", "Astrid Lindgrens väg",
    "Dag Hammarskjölds väg", "Nils Ferlins gränd", "Karin Boyes väg", "Gustav Vasas gata",
    "Raoul Wallenbergs plats", "Greta Garbos väg", "Ingrid Bergmans gata", "Carl Larssons väg",
    "Fredrika Bremers gata", "Alice Tegnérs väg", "Ture Nermans väg", "Elsa Beskows gränd",
    "Cornelis Vreeswijks plan", "Harry Martinsons väg",
)  # fmt: skip

ORGANISATIONS = (
    "Rikshem", "Stena Fastigheter", "Wallenstam", "HSB", "Nyköpingshem", "Nacka kommun",
    "Nyköpings kommun", "Svenska kyrkan", "Röda korset", "Rädda Barnen", "ABF", "Studiefrämjandet",
    "Fisksätra IF", "Älta IF", "Nyköpings BIS", "IFK Nyköping", "Securitas", "Avarn", "Taxi Stockholm",
    "Taxi Kurir", "SL", "Sörmlandstrafiken", "Södertörns brandförsvarsförbund", "Hyresgästföreningen",
    "Clas Ohlson", "Max", "Hemköp", "Willys", "Pressbyrån", "Q-Park", "Aimo Park", "Anticimex",
    "Stadsmissionen", "Fryshuset", "Maria Magdalena församling", "Ica Nära", "Apoteket", "Systembolaget",
    "Samhall", "Saltsjöbadens Rotaryklubb", "Sensus", "Islamic Relief", "Falck", "Nacka Vatten och Avfall",
)  # fmt: skip

# tract -> used for property designations "Fisksätra 1:45"
TRACTS = ("Fisksätra", "Älta", "Brandkärr", "Sicklaön", "Erstavik", "Oppeby", "Harg", "Lagerhuset",
          "Kungsladugården", "Storängen", "Tattby", "Skarpnäs")  # fmt: skip

MAIL_DOMAINS_WORK = (
    "nacka.se", "nykoping.se", "rikshem.se", "stenafastigheter.se", "wallenstam.se", "hsb.se",
    "nykopingshem.se", "polisen.se", "svenskakyrkan.se", "securitas.se", "sormlandstrafiken.se",
    "rodakorset.se", "abf.se", "sbff.se",
)  # fmt: skip
MAIL_DOMAINS_PRIVATE = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "icloud.com",
                        "yahoo.se", "bredband.net")  # fmt: skip
MOBILE_PREFIXES = ("070", "072", "073", "076", "079")
AREA_CODES = ("08", "0155", "0156", "016", "019")
BUS_LINES = ("buss 401", "buss 402", "buss 409", "buss 414", "buss 417", "buss 422", "buss 435",
             "buss 471", "buss 474", "linje 2", "linje 4", "linje 6", "buss 515", "buss 701",
             "nattbuss 491", "linje 25", "buss 821")  # fmt: skip

# Swedish plates: no I, Q, V, Å, Ä, Ö; the last character of a new plate is never O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset({"APA", "ARG", "ASS", "BAJ", "BSS", "CUC", "CUK", "DUM", "ETA", "FAG", "FAN", "FEG",
                        "FEL", "FEM", "FES", "FET", "FNL", "FUC", "FUK", "FUL", "GAM", "GAY", "GEJ", "GEY",
                        "GUD", "GYN", "HAT", "HBT", "HKH", "HOR", "HOT", "JUO", "KKK", "KUC", "KUF", "KUK",
                        "KUL", "KYK", "LAM", "LAT", "LEM", "LOJ", "LSD", "LUS", "MAD", "MAO", "MEN", "MES",
                        "MLB", "MUS", "NAZ", "NRP", "NSF", "NYP", "OND", "OOO", "ORM", "PAJ", "PKK", "PLO",
                        "PMS", "PUB", "RAP", "RAS", "ROM", "RPS", "RUS", "SEG", "SEX", "SJU", "SOS", "SPY",
                        "SUG", "SUP", "SUR", "TBC", "TOA", "TOK", "TRE", "TYP", "UFO", "USA", "WAM", "WAR",
                        "WWW", "XTC", "XTZ", "XXL", "XXX", "ZEX", "ZOG", "ZPY", "ZUG", "ZUP", "ZOO",
                        "SMS", "AO", "KL", "OBS", "LGH", "BRF", "IFK", "HSB", "ABF", "SBF"})  # fmt: skip

AMOUNTS = ("4 500 kr", "12 000 kr", "350 kr", "25 000 kronor", "1 200:-", "8 000 kr", "2 750 kr",
           "60 000 kr", "900 kr", "15 500 kr", "3 000 kronor", "40 000:-", "500 kr", "18 900 kr")  # fmt: skip
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december")  # fmt: skip
