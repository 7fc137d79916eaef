"""Places of the seventy-fourth blind corpus (tests/blind74_corpus.py): the coast and the countryside of
Kalmar, Karlskrona and Västervik — villages, islands, lakes, harbours and marinas, streets and rural roads,
property designations, associations, companies, bus lines. Typed from the helper's own knowledge of the
region; no list, package or other corpus was read. Some names are made up in the style of the region.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    streets: tuple[str, ...]  # streets and roads, for addresses and as street look-alikes
    villages: tuple[str, ...]  # villages whose farms have addresses "Village 12"
    person_streets: tuple[str, ...]
    tracts: tuple[str, ...]  # property designations' names (village or old block)
    places: tuple[str, ...]  # villages, parts of town, nature reserves
    islands: tuple[str, ...]
    lakes: tuple[str, ...]  # lakes, bays, rivers, sounds
    venues: tuple[str, ...]  # schools, churches, halls, shops: institutions
    harbours: tuple[str, ...]  # marinas, guest harbours, fishing harbours: institutions
    associations: tuple[str, ...]  # clubs, associations, companies, authorities: organisations
    lines: tuple[str, ...]


_MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "live.se", "icloud.com", "yahoo.se")

REGIONS: dict[str, Region] = {
    "kalmar": Region(
        kommun="Kalmar kommun",
        area_codes=("0480",),
        domains=(*_MAIL, "bredband.net", "kalmar.se", "gmx.de", "web.de"),
        streets=(
            "Storgatan",
            "Larmgatan",
            "Södra Långgatan",
            "Norra vägen",
            "Stensövägen",
            "Ölandsgatan",
            "Lorensbergsvägen",
            "Smålandsgatan",
            "Trädgårdsgatan",
            "Gamla Kustvägen",
            "Läckebyvägen",
            "Rockneby Byväg",
            "Halltorpsvägen",
            "Dunövägen",
            "Ljungbyholmsvägen",
            "Påryds Bygata",
            "Tvärskogsvägen",
            "Hagbyvägen",
            "Bergavägen",
            "Sandvägen",
            "Revsuddsvägen",
            "Vassmolösavägen",
        ),
        villages=("Kläckeberga", "Vassmolösa", "Halltorp", "Dörby", "Kölby", "Läckeby", "Tvärskog", "Hagby"),
        person_streets=(
            "Linnégatan",
            "Tegnérgatan",
            "Esaias Tegnérs väg",
            "Jenny Linds gata",
            "Gustav Vasas väg",
            "Nils Holgerssons väg",
            "Kristina Nilssons väg",
        ),
        tracts=(
            "Läckeby",
            "Rockneby",
            "Dörby",
            "Vassmolösa",
            "Halltorp",
            "Kläckeberga",
            "Påryd",
            "Tvärskog",
            "Revsudden",
            "Stensö",
            "Hagby",
            "Kölby",
        ),
        places=(
            "Läckeby",
            "Rockneby",
            "Trekanten",
            "Ljungbyholm",
            "Smedby",
            "Lindsdal",
            "Påryd",
            "Tvärskog",
            "Rinkabyholm",
            "Halltorp",
            "Vassmolösa",
            "Hagby",
            "Skäggenäs",
            "Revsudden",
            "Dunö",
            "Ängö",
            "Kläckeberga",
            "Kölby",
        ),
        islands=("Stensö", "Krafslö", "Skälbyholme", "Grimskär", "Tjärö", "Ölands norra udde"),
        lakes=("Kalmarsund", "Ljungbyån", "Hagbyån", "Halltorpsviken", "Skälbyviken", "Snärjebäcken"),
        venues=(
            "Rockneby skola",
            "Läckeby kyrka",
            "Ljungbyholms skola",
            "Trekantens ICA",
            "Hagby kyrka",
            "Kalmar länsmuseum",
            "Påryds bygdegård",
            "Smedby skola",
            "Lindsdals idrottshall",
        ),
        harbours=(
            "Kalmar gästhamn",
            "Stensö båthamn",
            "Revsuddens hamn",
            "Ängö båthamn",
            "Skeppsbrohamnen",
            "Dunö brygga",
            "Ölandshamnen",
        ),
        associations=(
            "Kalmar Segelsällskap",
            "Revsuddens båtklubb",
            "LRF Kalmar",
            "Ljungbyholms jaktvårdskrets",
            "Kalmar Läns Trafik",
            "Länsstyrelsen i Kalmar län",
            "Kalmar Energi",
            "Hagby hembygdsförening",
            "Södra Skogsägarna",
            "Kalmarsunds fiskevårdsområde",
        ),
        lines=("linje 101", "buss 120", "linje 135", "stadsbuss 2", "linje 105", "Kustbussen"),
    ),
    "karlskrona": Region(
        kommun="Karlskrona kommun",
        area_codes=("0455",),
        domains=(*_MAIL, "karlskrona.se", "mail.dk", "gmx.de"),
        streets=(
            "Ronnebygatan",
            "Borgmästaregatan",
            "Hantverkaregatan",
            "Vämövägen",
            "Sturkövägen",
            "Hasslövägen",
            "Torhamnsvägen",
            "Jämjövägen",
            "Nättrabyvägen",
            "Rödebyvägen",
            "Kristianopelsvägen",
            "Gamla Riksvägen",
            "Bastionsgatan",
            "Skärgårdsvägen",
            "Fiskaregatan",
            "Långövägen",
            "Ramdalavägen",
        ),
        villages=("Gisslevik", "Bröms", "Ramdala", "Torhamn", "Vambåsa", "Tving", "Backaryd", "Senoren"),
        person_streets=(
            "Wachtmeistersgatan",
            "Ehrensvärdsgatan",
            "Chapmansgatan",
            "Karl XI:s väg",
            "Rosenholmsvägen",
            "Amiral Puke väg",
        ),
        tracts=(
            "Sturkö",
            "Tjurkö",
            "Hasslö",
            "Senoren",
            "Jämjö",
            "Nättraby",
            "Rödeby",
            "Fridlevstad",
            "Torhamn",
            "Kristianopel",
            "Ramdala",
            "Gisslevik",
        ),
        places=(
            "Jämjö",
            "Nättraby",
            "Lyckeby",
            "Rödeby",
            "Fridlevstad",
            "Torhamn",
            "Kristianopel",
            "Ramdala",
            "Holmsjö",
            "Vämö",
            "Trossö",
            "Gräsvik",
            "Pantarholmen",
            "Björkholmen",
            "Spandelstorp",
            "Skönstavik",
        ),
        islands=(
            "Sturkö",
            "Tjurkö",
            "Hasslö",
            "Aspö",
            "Senoren",
            "Utklippan",
            "Hästholmen",
            "Stumholmen",
            "Långö",
            "Ekenabben",
        ),
        lakes=("Lyckebyån", "Nättrabyån", "Holmsjön", "Ronnebyfjärden", "Horsaröfjärden", "Hallarumsviken"),
        venues=(
            "Jämjö kyrka",
            "Nättraby skola",
            "Rödeby skola",
            "Marinmuseum",
            "Amiralitetskyrkan",
            "Lyckeby bibliotek",
            "Kristianopels kyrka",
            "Sturkö skola",
            "Hasslö bygdegård",
        ),
        harbours=(
            "Dragsö båthamn",
            "Hästö båthamn",
            "Fisktorget",
            "Hasslö fiskehamn",
            "Kristianopels hamn",
            "Nättraby båthamn",
            "Långö båthamn",
        ),
        associations=(
            "Karlskrona Segelsällskap",
            "Sturkö båtklubb",
            "LRF Blekinge",
            "Blekingetrafiken",
            "Länsstyrelsen i Blekinge län",
            "Marinen",
            "Hasslö fiskeförening",
            "Jämjö jaktvårdskrets",
            "Affärsverken",
            "Kustbevakningen",
        ),
        lines=("linje 6", "buss 4", "linje 150", "buss 2", "linje 9", "skärgårdstrafikens linje 2"),
    ),
    "vastervik": Region(
        kommun="Västerviks kommun",
        area_codes=("0490", "0493"),
        domains=(*_MAIL, "vastervik.se", "t-online.de", "jubii.dk"),
        streets=(
            "Strömsgatan",
            "Kvarngatan",
            "Lysingsvägen",
            "Gränsövägen",
            "Kulbacken",
            "Södra Kvarngatan",
            "Nygatan",
            "Gamlebyvägen",
            "Loftahammarsvägen",
            "Ankarsrumsvägen",
            "Edsbruksvägen",
            "Hjortedsvägen",
            "Almviksvägen",
            "Törnsfallsvägen",
            "Blackstadsvägen",
            "Odensvivägen",
        ),
        villages=("Helgenäs", "Ukna", "Totebo", "Västrum", "Blackstad", "Odensvi", "Hallingeberg", "Dalhem"),
        person_streets=(
            "Ellen Keys väg",
            "Åke Strömmers väg",
            "Sten Sture gatan",
            "Gustav III:s väg",
            "Jon Engströms gata",
        ),
        tracts=(
            "Gamleby",
            "Loftahammar",
            "Helgenäs",
            "Gränsö",
            "Ukna",
            "Totebo",
            "Hjorted",
            "Almvik",
            "Edsbruk",
            "Blackstad",
            "Västra Ed",
            "Lofta",
        ),
        places=(
            "Gamleby",
            "Loftahammar",
            "Ankarsrum",
            "Gunnebo",
            "Överum",
            "Edsbruk",
            "Totebo",
            "Almvik",
            "Hjorted",
            "Blackstad",
            "Törnsfall",
            "Västra Ed",
            "Ukna",
            "Helgenäs",
            "Piperskär",
            "Lysingsbadet",
        ),
        islands=("Hasselö", "Västra Eknö", "Idö", "Sladö", "Rågö", "Händelöp", "Spårö", "Gränsö", "Hallmare"),
        lakes=("Gamlebyviken", "Yxern", "Hjortensjön", "Verkebäcksviken", "Syrsan", "Tjust skärgård"),
        venues=(
            "Gamleby kyrka",
            "Loftahammars skola",
            "Ankarsrums bruksmuseum",
            "Överums skola",
            "Västerviks museum",
            "Edsbruks bygdegård",
            "Gunnebo skola",
            "Tjustskolan",
        ),
        harbours=(
            "Västerviks gästhamn",
            "Notholmens båthamn",
            "Loftahammars gästhamn",
            "Händelöps hamn",
            "Gamleby båthamn",
            "Fårhults brygga",
            "Skeppsbrokajen",
        ),
        associations=(
            "Västerviks Segelsällskap",
            "Gamleby båtklubb",
            "LRF Västervik",
            "KLT",
            "Tjust jaktvårdskrets",
            "Västerviks Fiskeklubb",
            "Kustbevakningen",
            "Västervik Miljö & Energi",
            "Loftahammars skärgårdsförening",
            "Sjöräddningssällskapet",
        ),
        lines=("linje 11", "buss 20", "linje 23", "linje 28", "Tjustbussen", "båtlinje 3"),
    ),
}

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "måndagen", "tisdagen",
    "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen", "natten", "morgonen", "kvällen",
)  # fmt: skip

# Plates: letters of Swedish plates (no I, Q, V, Å, Ä, Ö), the last sign of a new plate (no O), and letter
# groups never issued.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {
        "APA", "ARG", "ASS", "BAJ", "BSS", "CUK", "DUM", "ETA", "ETT", "FAN", "FEG", "FEL", "FEM", "FES",
        "FET", "FUL", "GAY", "GUD", "HAT", "HOR", "HOT", "KKK", "KUK", "LAT", "LSD", "LUS", "MAO", "MUS",
        "NAZ", "ORM", "PKK", "PMS", "ROM", "SEX", "SJU", "SOS", "SUG", "SUR", "TRE", "UFO", "USA", "XXX",
        "ZOO", "BUS", "BYN", "HUS", "LAX",
    }
)  # fmt: skip

# Engine makes, boat makes and models, farm machines, boat names: words that must survive (word look-alikes).
ENGINES = (
    "Yamaha", "Mercury", "Suzuki", "Evinrude", "Tohatsu", "Honda", "Volvo Penta", "Johnson", "Selva",
    "Mariner", "Yanmar",
)  # fmt: skip
BOATS = (
    "Buster", "Uttern", "Flipper", "Crescent", "Ryds", "Linder", "Anytec", "Nimbus", "Askeladden", "Terhi",
    "Quicksilver", "Finnmaster", "Ockelbo", "Silver Hawk", "Arvor", "Albin Vega", "Maxi", "Vindö",
)  # fmt: skip
MACHINES = (
    "John Deere", "Valtra", "Massey Ferguson", "Fendt", "Claas", "Kubota", "Husqvarna", "Stihl", "Polaris",
    "Can-Am", "Väderstad", "Kverneland", "New Holland", "Ford Ranger",
)  # fmt: skip
BOAT_NAMES = (
    "Måsen", "Tärnan", "Sjöfröjd", "Havsörn", "Vågspel", "Solglimt", "Ejdern", "Kaparen", "Svalan",
    "Skärgårdsflickan", "Viggen", "Bris", "Skrake",
)  # fmt: skip
