"""Places of the fifty-second blind corpus (tests/blind52_corpus.py), typed from the helper's own knowledge
of the five kommuner the police's case work here comes from: Stockholm (Rinkeby-Kista, Järva), Göteborg
(Hammarkullen), Uppsala (Gottsunda), Borlänge and Landskrona. Areas, streets, person-named streets,
venues and schools, landlords and associations, bus and tram lines, area codes, mail domains and property
tracts; some are real, some only sound so. No place list was used.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    places: tuple[str, ...]
    venues: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    associations: tuple[str, ...]
    lines: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    tracts: tuple[str, ...]


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "icloud.com", "yahoo.se", "telia.com")

REGIONS: dict[str, Region] = {
    "jarva": Region(
        kommun="Stockholms stad",
        places=(
            "Rinkeby", "Tensta", "Husby", "Kista", "Akalla", "Hjulsta", "Järvafältet", "Rinkeby centrum",
            "Husby centrum", "Tensta centrum", "Spånga", "Rinkebytorget", "Husbytorget", "Järva",
        ),
        venues=(
            "Rinkebyskolan", "Husbygårdsskolan", "Tensta gymnasium", "Kista gymnasium", "Askebyskolan",
            "Hjulstaskolan", "Kvarnbyskolan", "Bredbyskolan", "Rinkeby fritidsgård", "Husby träff",
            "Tensta träff", "Tensta konsthall", "Kista galleria", "Rinkeby vårdcentral", "Rinkeby bibliotek",
            "Rinkeby sporthall", "Järva folkhögskola", "Rinkeby polisstation", "Kista Science Tower",
        ),
        streets=(
            "Rinkebystråket", "Skårbygränd", "Kuddbygränd", "Askebykroken", "Degerbygatan", "Tensta allé",
            "Glömmingegränd", "Hagstråket", "Trondheimsgatan", "Bergengatan", "Tromsøgatan", "Kistagången",
            "Isafjordsgatan", "Färögatan", "Nystadsgatan", "Kvarnbyvägen", "Hinderstorpsgränd",
            "Husbygårdsvägen", "Sörgårdsvägen", "Hjulsta backe",
        ),
        person_streets=(
            "Edvard Griegsgången", "Sibeliusgången", "Jan Stenbecks torg", "Knut Hamsuns gränd",
            "Helene Schjerfbecks gata",
        ),
        associations=(
            "Svenska Bostäder", "Familjebostäder", "Stockholmshem", "Rinkeby-Kista stadsdelsförvaltning",
            "Järvalyftet", "Fryshuset", "Husby IF", "Akalla FF", "Tensta Centrumförening",
            "Stiftelsen Mitt Järva",
        ),
        lines=(
            "buss 179", "linje 179", "buss 542", "linje 117", "buss 514", "blå linjen",
            "tunnelbanans blå linje",
        ),
        area_codes=("08",),
        domains=(*_MAIL, "polisen.se", "stockholm.se", "edu.stockholm.se"),
        tracts=("Stockholm Kuddbyn", "Stockholm Askeby", "Stockholm Hinderstorp", "Stockholm Skårby",
                "Stockholm Trondheim", "Stockholm Glömminge"),
    ),
    "hammarkullen": Region(
        kommun="Göteborgs Stad",
        places=(
            "Hammarkullen", "Angered", "Gårdsten", "Lövgärdet", "Hjällbo", "Rannebergen", "Angered centrum",
            "Hammarkulletorget", "Bergsjön", "Gunnared", "Eriksbo", "Hammarkullens centrum",
        ),
        venues=(
            "Hammarkullsskolan", "Angereds gymnasium", "Blå Stället", "Hammarkullens fritidsgård",
            "Angered Arena", "Angereds sjukhus", "Nytorpsskolan", "Gärdsåsskolan", "Hjällboskolan",
            "Hammarkullens bibliotek", "Lövgärdesskolan", "Angereds bibliotek", "Folkets hus Hammarkullen",
            "Angereds polisstation",
        ),
        streets=(
            "Kalendervägen", "Almanacksvägen", "Hammarkullegatan", "Bredfjällsgatan", "Angeredsleden",
            "Gärdsåsgatan", "Rannebergsvägen", "Lövgärdesvägen", "Hjällbovägen", "Tideräkningsgatan",
            "Månadsgatan", "Veckogatan", "Gunnaredsvägen", "Gamla Kronvägen",
        ),
        person_streets=(
            "Karl Johansgatan", "Carl Grimbergsgatan", "Per Dubbsgatan", "Sven Hultins gata",
            "Albert Engströms gata",
        ),
        associations=(
            "Bostadsbolaget", "Familjebostäder i Göteborg", "Poseidon", "Stadsområde Nordost",
            "Hammarkullens IF", "Angered MBIK", "Gunnilse IS", "Räddningstjänsten Storgöteborg",
            "Hammarkullens karnevalsförening",
        ),
        lines=("spårvagn 4", "linje 9", "buss 58", "buss 71", "spårvagn 9", "linje 4", "Rosa expressen"),
        area_codes=("031",),
        domains=(*_MAIL, "polisen.se", "goteborg.se", "bostadsbolaget.se"),
        tracts=("Göteborg Kalendern", "Göteborg Almanackan", "Göteborg Tideräkningen", "Göteborg Skottdagen",
                "Angered Månadsskiftet", "Göteborg Lövgärdet Västra"),
    ),
    "gottsunda": Region(
        kommun="Uppsala kommun",
        places=(
            "Gottsunda", "Valsätra", "Sunnersta", "Bäcklösa", "Ulleråker", "Stenhagen", "Gränby", "Sävja",
            "Gottsunda centrum", "Eriksberg", "Norby", "Flogsta", "Gottsundaområdet",
        ),
        venues=(
            "Gottsundaskolan", "Valsätraskolan", "Treklangens skola", "Gottsunda bibliotek",
            "Gottsunda fritidsgård", "Gottsunda dans & teater", "Gottsunda vårdcentral",
            "Kulturcentrum Gottsunda",
            "Sunnerstaskolan", "Gottsundagymnasiet", "Uppsala polisstation", "Gottsunda simhall",
        ),
        streets=(
            "Valthornsvägen", "Flöjtvägen", "Oboegatan", "Gottsundavägen", "Valsätravägen", "Slagverksgatan",
            "Harpgatan", "Violinvägen", "Trumpetgatan", "Dirigentvägen", "Sunnerstavägen",
        ),
        person_streets=(
            "Hugo Alfvéns väg", "Wilhelm Peterson-Bergers väg", "Emil Sjögrens väg",
            "Wilhelm Stenhammars väg",
            "Lars-Erik Larssons gata",
        ),
        associations=(
            "Uppsalahem", "Heimstaden", "Rikshem", "Gottsunda IF", "IK Sirius", "Studiefrämjandet",
            "Nattvandrarna Gottsunda", "Uppsala Fastighetsförädling",
        ),
        lines=("linje 7", "buss 12", "linje 20", "stadsbuss 7", "UL-buss 12", "linje 12"),
        area_codes=("018",),
        domains=(*_MAIL, "polisen.se", "uppsala.se", "uppsalahem.se"),
        tracts=("Uppsala Valthornet", "Uppsala Flöjten", "Uppsala Gottsunda Norra", "Uppsala Oboen",
                "Uppsala Harpan", "Uppsala Sunnersta"),
    ),
    "borlange": Region(
        kommun="Borlänge kommun",
        places=(
            "Tjärna ängar", "Jakobsgårdarna", "Hagalund", "Kvarnsveden", "Domnarvet", "Gylle", "Torsång",
            "Borlänge centrum", "Bullermyren", "Islingby", "Hushagen", "Sellnäs", "Mora Träsk",
        ),
        venues=(
            "Hagaskolan", "Tjärnaskolan", "Kvarnsvedens skola", "Hagagymnasiet", "Borlänge folkets hus",
            "Kupolen", "Ejendals Arena", "Jussi Björlingmuseet", "Maserskolan", "Borlänge resecentrum",
            "Jakobsgårdarnas fritidsgård", "Borlänge polisstation", "Romme Alpin",
        ),
        streets=(
            "Stationsgatan", "Borganäsvägen", "Jakobsgårdsvägen", "Tjärnavägen", "Tunagatan", "Röda vägen",
            "Mjölnargatan", "Hushållsgatan", "Wahlbecksgatan", "Sveagatan", "Forsgatan", "Smedjegatan",
        ),
        person_streets=(
            "Jussi Björlings väg", "Carl Nordins väg", "Gustav Vasas väg", "Karin Larssons gata",
            "Selma Lagerlöfs väg",
        ),
        associations=(
            "Tunabyggen", "IK Brage", "Borlänge HF", "Stora Enso Kvarnsveden", "Dalatrafik",
            "Brottsofferjouren Dalarna", "Föreningen Trygga Tjärna",
        ),
        lines=("linje 151", "buss 1", "stadsbuss 3", "linje 2", "buss 151", "linje 1"),
        area_codes=("0243",),
        domains=(*_MAIL, "polisen.se", "borlange.se", "tunabyggen.se"),
        tracts=("Borlänge Mjölnaren", "Borlänge Jakobsgården", "Borlänge Tjärna", "Borlänge Hagalund",
                "Borlänge Domnarvsgården"),
    ),
    "landskrona": Region(
        kommun="Landskrona stad",
        places=(
            "Öster", "Karlslund", "Borstahusen", "Landskrona centrum", "Centrum", "Häljarp", "Glumslöv",
            "Rådhustorget", "Gröningen", "Väster", "Norreport", "Österport", "Koloniområdet",
        ),
        venues=(
            "Citadellet", "Landskrona teater", "Landskrona IP", "Karlslundsskolan", "Dammhagskolan",
            "Dammhagsskolan", "Öresundsgymnasiet", "Landskrona station", "Landskrona lasarett",
            "Landskrona polisstation", "Landskrona konsthall", "Fritidsgården Backen",
        ),
        streets=(
            "Regeringsgatan", "Norra Långgatan", "Östergatan", "Drottninggatan", "Järnvägsgatan",
            "Kungsgatan", "Eriksgatan", "Kasernallén", "Artillerigatan", "Timmermansgatan", "Västergatan",
            "Skeppsbron",
        ),
        person_streets=(
            "Erik Dahlbergs gata", "Selma Lagerlöfs gata", "Tycho Brahes väg", "Carl Gustafs väg",
            "Karin Larssons väg",
        ),
        associations=(
            "Landskronahem", "Landskrona BoIS", "Landskrona stad", "Trygg i Landskrona",
            "Skånetrafiken", "Räddningstjänsten Syd",
        ),
        lines=("linje 1", "stadsbuss 2", "buss 3", "Pågatåg mot Helsingborg", "linje 220", "buss 1"),
        area_codes=("0418",),
        domains=(*_MAIL, "polisen.se", "landskrona.se", "landskronahem.se"),
        tracts=("Landskrona Grågåsen", "Landskrona Kronan", "Landskrona Karlslund", "Landskrona Tranan",
                "Landskrona Borstahus"),
    ),
}  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons", "tors",
    "fre", "lör", "sön", "natten", "morgonen", "kvällen", "fredagen", "lördagen",
)  # fmt: skip

# Swedish plates: no I, Q, V, Å, Ä, Ö in the letters; a 2019 plate's last sign may be a letter (not O).
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {
        "APA", "ARG", "ASS", "BAJ", "BSS", "CUK", "DUM", "ETA", "ETT", "FAG", "FAN", "FEG", "FEL", "FEM",
        "FES", "FET", "FNL", "FUC", "FUK", "FUL", "GAM", "GAY", "GEJ", "GEY", "GHB", "GUD", "GYN", "HAT",
        "HBT", "HKH", "HOR", "HOT", "KGB", "KKK", "KUK", "KYK", "LAM", "LAT", "LEM", "LSD", "LUS", "MAO",
        "MEN", "MES", "MUS", "NAZ", "NRP", "NSF", "NYP", "OND", "OOO", "ORM", "PAJ", "PKK", "PLO", "PMS",
        "PUB", "RAP", "RAS", "ROM", "RUS", "SEG", "SEX", "SJU", "SOS", "SPY", "SUG", "SUP", "SUR", "TBC",
        "TOA", "TOK", "TRE", "TYP", "UFO", "USA", "WAR", "WWW", "XTC", "XXL", "XXX", "ZOO", "SAK", "BIL",
        "MOD", "HUS", "DAG", "BUS", "POL", "KLO", "TJA", "HEJ", "JAG", "DEN", "DET", "OCH", "MED", "FOR",
        "NEJ", "TAR", "TOG", "SKA", "BRA", "ATT", "LGH", "PNR", "GPS", "SMS", "MMS", "ANM", "TID", "KAN",
        "HAR", "BOR", "SER", "SAG", "GER", "GAR", "GOR", "EGN",
    }
)  # fmt: skip
