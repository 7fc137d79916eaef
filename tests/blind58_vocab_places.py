"""Places of the fifty-eighth blind corpus (tests/blind58_corpus.py): Västerås, Eskilstuna and Köping, typed
from the writer's own knowledge (no list, map or search). Areas, streets (plain and named after a person),
institutions (courts, offices, schools, clinics), organisations (landlords, debt collectors, associations),
property tracts and bus lines, per kommun; plates' letters and the months and weekdays as people write them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str  # the kommun as an organisation ("Västerås stad")
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    places: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    venues: tuple[str, ...]
    associations: tuple[str, ...]
    landlords: tuple[str, ...]
    tracts: tuple[str, ...]
    lines: tuple[str, ...]


_PRIVATE = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "yahoo.se", "icloud.com")
_DEBT = ("Intrum", "Lowell", "Svea Inkasso", "Alektum", "Klarna", "Hoist Finance", "Resurs Bank")
_AID = ("Hyresgästföreningen", "Röda Korset", "Frälsningsarmén", "Stadsmissionen", "Convictus")

REGIONS: dict[str, Region] = {
    "vasteras": Region(
        kommun="Västerås stad",
        area_codes=("021",),
        domains=(*_PRIVATE, "vasteras.se", "mimer.se", "willhem.se", "hotmail.se"),
        places=(
            "Bäckby", "Råby", "Skultuna", "Hammarby", "Vetterstorp", "Pettersberg", "Malmaberg", "Skiljebo",
            "Viksäng", "Hälla", "Erikslund", "Kristiansborg", "Gryta", "Skälby", "Tillberga", "Dingtuna",
            "Blåsbo", "Gideonsberg", "Bjurhovda", "Vallby", "Stenby", "Rönnby", "Önsta", "Irsta",
            "Kopparlunden", "Bäckby centrum", "Råby centrum", "Hökåsen",
        ),
        streets=(
            "Sagagatan", "Bäckbyvägen", "Råbyvägen", "Vallbyvägen", "Skultunavägen", "Fornbyvägen",
            "Stenbygatan", "Norra Ringvägen", "Bangatan", "Slakterigatan", "Hantverkargatan", "Björnövägen",
            "Blåsbogatan", "Hammarbyvägen", "Trumslagargatan", "Malmabergsgatan", "Kopparbergsvägen",
            "Friggagatan", "Odensvägen", "Tunbytorpsgatan", "Vasagatan", "Rönnbergagatan",
        ),
        person_streets=(
            "Carl Larssons väg", "Selma Lagerlöfs gata", "Evert Taubes väg", "Gustav Vasas gata",
            "Elsa Beskows väg", "Anders Zorns gata", "Sigurdsgatan", "Ingrid Bergmans gata",
        ),
        venues=(
            "Västmanlands tingsrätt", "Hyresnämnden i Västerås", "Bäckbyskolan", "Råbyskolan",
            "Västmanlands sjukhus Västerås", "Rudbeckianska gymnasiet", "Västerås stadsbibliotek",
            "Skiljeboskolan", "Vallbyskolan", "Kronofogden i Västerås", "Arbetsförmedlingen Västerås",
            "Försäkringskassan Västerås", "Medborgarkontoret Bäckby", "Vuxenpsykiatrin Västerås",
        ),
        associations=(*_DEBT, *_AID, "Västerås Stadsmission", "VL", "Mälarenergi"),
        landlords=("Mimer", "Willhem", "Heimstaden", "Victoriahem", "HSB Mälardalarna", "Riksbyggen"),
        tracts=(
            "Västerås Sagan", "Västerås Ödlan", "Västerås Gäddan", "Västerås Fältmätaren",
            "Västerås Kopparslagaren", "Västerås Bäckby", "Västerås Skiljebo", "Västerås Pettersberg",
        ),
        lines=("linje 1", "linje 2", "buss 4", "linje 12", "buss 15", "linje 21", "stadsbuss 3", "buss 11"),
    ),
    "eskilstuna": Region(
        kommun="Eskilstuna kommun",
        area_codes=("016",),
        domains=(*_PRIVATE, "eskilstuna.se", "kfast.se", "hotmail.se"),
        places=(
            "Lagersberg", "Fröslunda", "Årby", "Skiftinge", "Råbergstorp", "Nyfors", "Söder", "Gredby",
            "Slagsta", "Torshälla", "Hällbybrunn", "Skogstorp", "Mesta", "Vilsta", "Myrtorp", "Brunnsta",
            "Kloster", "Munktellstaden", "Fröslunda centrum", "Ärla", "Kjula", "Stenkvista",
        ),
        streets=(
            "Fröslundavägen", "Lagersbergsgatan", "Årbyvägen", "Skiftingevägen", "Hamngatan",
            "Drottninggatan", "Kungsgatan", "Västermarksgatan", "Tullgatan", "Nybrogatan",
            "Gymnastikgatan", "Mälarvägen", "Slagstavägen", "Hällbyvägen", "Kyrkogatan", "Råbergsvägen",
            "Mestagatan", "Gredbyvägen", "Tunavägen", "Brunnsgatan",
        ),
        person_streets=(
            "Rademachergatan", "Munktellsgatan", "Carl Gustafs gata", "Rinmansgatan",
            "Greta Garbos väg", "Astrid Lindgrens gata", "Zethelius gata",
        ),
        venues=(
            "Eskilstuna tingsrätt", "Mälarsjukhuset", "Fröslundaskolan", "Årbyskolan", "Skiftingeskolan",
            "Rinmansgymnasiet", "Eskilstuna stadsbibliotek", "Kronofogden i Eskilstuna",
            "Stadsmissionens dagcenter", "Försäkringskassan Eskilstuna", "Arbetsförmedlingen Eskilstuna",
            "Vuxenenheten på Kungsgatan", "Lagersbergsskolan", "Familjecentralen Fröslunda",
        ),
        associations=(*_DEBT, *_AID, "Eskilstuna Energi och Miljö", "Länstrafiken Sörmland"),
        landlords=("Kommunfastigheter", "Heimstaden", "Sveafastigheter", "Victoriahem", "Riksbyggen"),
        tracts=(
            "Eskilstuna Lagersberg", "Eskilstuna Fröslunda", "Eskilstuna Smeden", "Eskilstuna Räven",
            "Eskilstuna Årby", "Eskilstuna Vägmästaren", "Eskilstuna Klockaren",
        ),
        lines=("linje 1", "linje 3", "buss 5", "linje 7", "buss 11", "linje 14", "stadsbuss 2"),
    ),
    "koping": Region(
        kommun="Köpings kommun",
        area_codes=("0221",),
        domains=(*_PRIVATE, "koping.se", "kbab.se", "hotmail.se"),
        places=(
            "Kolsva", "Munktorp", "Himmeta", "Medåker", "Ullvi", "Karlberg", "Norrmalm", "Ängsgärdet",
            "Valskog", "Nygård", "Köpings hamn", "Västra Tuna", "Strö", "Malmön",
        ),
        streets=(
            "Östra Långgatan", "Västra Långgatan", "Glasgatan", "Nygatan", "Barnhemsgatan", "Torggatan",
            "Tegelgatan", "Ringvägen", "Kolsvavägen", "Järnvägsgatan", "Hagavägen", "Kungsörsvägen",
            "Ullvivägen", "Karlbergsvägen", "Bruksgatan",
        ),
        person_streets=("Scheelegatan", "C W Scheeles väg", "Nils Ferlins gata", "Karin Boyes gata"),
        venues=(
            "Köpings lasarett", "Karlbergsskolan", "Ullviskolan", "Köpings bibliotek", "Kolsva skola",
            "Nyckelbyskolan", "Västmanlands tingsrätt", "Kronofogden i Västerås", "Medborgarkontoret Köping",
            "Naturbruksgymnasiet", "Vårdcentralen Köping", "Socialkontoret Köping",
        ),
        associations=(*_DEBT, *_AID, "Köping Energi", "VL"),
        landlords=("KBAB", "Köpings Bostads AB", "Heimstaden", "Riksbyggen", "Kolsva Hyresfastigheter"),
        tracts=("Köping Smedjan", "Köping Tegelbruket", "Köping Ullvi", "Köping Nygård", "Köping Kolsva"),
        lines=("buss 550", "linje 1", "linje 2", "buss 553", "stadsbuss 1", "buss 501"),
    ),
}  # fmt: skip

# Swedish plates: no I, Q, V, Å, Ä or Ö; a 2019 plate's last sign a letter other than O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {
        "APA", "ARG", "ASS", "BAJ", "BOG", "DUM", "ETA", "FAN", "FEG", "FEL", "FET", "FUC", "FUK", "FUL",
        "GAY", "GUD", "HAT", "HOR", "JUD", "KKK", "KUK", "LAT", "LSD", "MAO", "MUS", "NAZ", "ORM", "PKK",
        "PMS", "RAS", "SEX", "SOS", "SUG", "SUP", "TOK", "UFO", "USA", "WAR", "WTF", "XXX", "ZOO",
    }
)  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons", "tors",
    "fre", "lör", "sön", "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen",
)  # fmt: skip
