"""Places of the sixty-second blind corpus (tests/blind62_corpus.py): Borås, Skellefteå and Haninge, their
villa areas and estates, streets (person-named ones apart), venues and schools, associations, landlords and
authorities, bus lines, area codes, e-mail domains and property tracts; typed from the helper's own knowledge
of the three towns (some streets and venues are made up but shaped like the real ones).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str  # how the kommun signs (an organisation)
    lpo: str  # the police's local area (an organisation)
    places: tuple[str, ...]
    venues: tuple[str, ...]  # schools, centres, halls, stations (institutions)
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    associations: tuple[str, ...]  # landlords, villa owners' and road associations, companies
    lines: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    tracts: tuple[str, ...]


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com", "live.se", "yahoo.se")

REGIONS: dict[str, Region] = {
    "boras": Region(
        kommun="Borås Stad",
        lpo="lokalpolisområde Borås",
        places=(
            "Hässleholmen", "Norrby", "Hulta", "Sjöbo", "Göta", "Hestra", "Brämhult", "Trandared", "Byttorp",
            "Kristineberg", "Druvefors", "Sandared", "Fristad", "Dalsjöfors", "Viskafors", "Tosseryd",
            "Bergsäter", "Parkstaden", "Gånghester", "Sparsör", "Sandhult", "Svaneholm", "Lusharpan",
            "Hedvigsborg", "Kype", "Tullen",
        ),
        venues=(
            "Knalleland", "Borås Arena", "Sjöboskolan", "Hultaskolan", "Engelbrektskolan",
            "Bäckängsgymnasiet", "Almåsgymnasiet", "Borås Djurpark", "Textile Fashion Center",
            "Stadsbiblioteket",
            "Hässleholmens bibliotek", "Norrby fritidsgård", "Boråshallen", "Kransmossen", "Hestra Midgård",
            "Sandgärdskolan", "Fristads folkhögskola", "Sparsörskolan", "Navet science center",
            "Södra Älvsborgs sjukhus", "Borås resecentrum", "Coop Hestra", "ICA Kvantum Knalleland",
        ),
        streets=(
            "Allégatan", "Stora Brogatan", "Åsbogatan", "Sandgärdsgatan", "Lusharpsgatan", "Bäckängsgatan",
            "Ålgårdsvägen", "Fjällstigen", "Heimdalsgatan", "Göteborgsvägen", "Varbergsvägen",
            "Ulricehamnsvägen", "Kindsgatan", "Katrinedalsgatan", "Druveforsvägen", "Pickesjövägen",
            "Hultasjövägen", "Sandaredsvägen", "Tolvmansgatan", "Brämhultsvägen", "Tosserydsvägen",
            "Lärkstigen", "Blåklintsvägen", "Hestra Ringväg", "Sparsörsvägen", "Kolonivägen",
            "Solrosstigen", "Björkhagsvägen",
        ),
        person_streets=(
            "Sven Eriksons gata", "Hjalmar Bergmans väg", "Evert Taubes gata", "Karin Boyes väg",
            "Engelbrektsgatan", "Selma Lagerlöfs väg", "Drottning Kristinas väg",
        ),
        associations=(
            "AB Bostäder", "Fristadbostäder", "Villaägarna Borås", "Hestra villaägarförening",
            "Sjöbo samfällighetsförening", "Borås Energi och Miljö", "Securitas", "Avarn",
            "Tosseryds vägförening", "Brf Kronan", "IF Elfsborg", "Sparsörs byalag",
        ),
        lines=("linje 1", "linje 2", "linje 3", "linje 4", "linje 5", "linje 7", "buss 100", "stadsbuss 6"),
        area_codes=("033",),
        domains=(*_MAIL, "boras.se", "borasnet.se"),
        tracts=(
            "Borås Lärkan", "Borås Domherren", "Borås Ekorren", "Borås Svanen", "Borås Kronhjorten",
            "Borås Kullen", "Borås Tranan", "Borås Tegelbruket",
        ),
    ),
    "skelleftea": Region(
        kommun="Skellefteå kommun",
        lpo="lokalpolisområde Skellefteå",
        places=(
            "Anderstorp", "Morö Backe", "Sunnanå", "Erikslid", "Prästbordet", "Norrböle", "Tjärn",
            "Moröhöjden", "Solbacken", "Ersmark", "Skelleftehamn", "Ursviken", "Byske", "Kåge", "Bureå",
            "Burträsk", "Boliden", "Myckle", "Medle", "Clemensnäs", "Degerbyn", "Getberget", "Brännan",
            "Sörböle", "Älvsbacka", "Stämningsgården",
        ),
        venues=(
            "Skellefteå Kraft Arena", "Sara kulturhus", "Campus Skellefteå", "Anderstorpsskolan",
            "Morö Backe skola", "Balderskolan", "Kanalskolan", "Solbackaskolan", "Skellefteå lasarett",
            "Nordanå", "Vitberget", "Eddahallen", "Norrvalla", "Skellefteå busstation", "Ersmarksskolan",
            "Kågeskolan", "Coop Forum Skellefteå", "Expressen centrum", "Sunnanåhamn", "Degerbergsskolan",
        ),
        streets=(
            "Storgatan", "Kanalgatan", "Nygatan", "Stationsgatan", "Trädgårdsgatan", "Strandgatan",
            "Skolgatan", "Mossgatan", "Lasarettsvägen", "Viktoriagatan", "Kungsgatan", "Morövägen",
            "Tjärnvägen", "Ersmarksvägen", "Byskevägen", "Granvägen", "Tallvägen", "Rönnvägen",
            "Solbacksvägen", "Furuvägen", "Sunnanåvägen", "Södra Järnvägsgatan", "Norrbölevägen",
            "Myrvägen", "Kåbovägen", "Fiskaregatan", "Hjortronstigen",
        ),
        person_streets=(
            "Sara Lidmans väg", "Per Lindbloms gata", "Anna Bergs gränd", "Kapten Stens väg",
            "Carl Anderssons väg", "Pehr Wargentins gata", "Hedda Anderssons gata",
        ),
        associations=(
            "Skebo", "Skellefteå Kraft", "Skellefteå AIK", "Villaägarna Skellefteå", "Ersmarks byaförening",
            "Northvolt", "Boliden AB", "Länstrafiken Västerbotten", "Morö Backe villaförening",
            "Brf Norrskenet", "Kåge vägsamfällighet", "Securitas",
        ),
        lines=("linje 1", "linje 2", "linje 3", "linje 4", "linje 5", "linje 6", "buss 100", "linje 200"),
        area_codes=("0910",),
        domains=(*_MAIL, "skelleftea.se", "skekraft.net"),
        tracts=(
            "Skellefteå Tjädern", "Skellefteå Rönnen", "Skellefteå Gladan", "Skellefteå Lodjuret",
            "Skellefteå Renen", "Skellefteå Morö", "Ersmark", "Skellefteå Tallbacken",
        ),
    ),
    "haninge": Region(
        kommun="Haninge kommun",
        lpo="lokalpolisområde Haninge/Nynäshamn",
        places=(
            "Handen", "Brandbergen", "Jordbro", "Vendelsö", "Vega", "Tungelsta", "Västerhaninge", "Dalarö",
            "Muskö", "Årsta havsbad", "Ribby", "Norrby", "Lyckeby", "Gudö", "Torvalla", "Vendelsömalm",
            "Söderby", "Kolartorp", "Höglunda", "Hammarbyhöjden", "Skogs-Ekeby", "Lillsjön",
        ),
        venues=(
            "Haninge centrum", "Handens station", "Jordbro station", "Brandbergens centrum", "Vega station",
            "Haninge kulturhus", "Torvallaskolan", "Brandbergsskolan", "Fredrika Bremergymnasiet",
            "Vendelsö gård", "Tungelsta skola", "Lyckebyskolan", "Jordbro kultur- och föreningshus",
            "Torvalla sim- och idrottshall", "Västerhaninge station", "Vegaskolan", "Ribbyskolan",
            "Dalarö skans", "Eskilsgården",
        ),
        streets=(
            "Dalarövägen", "Nynäsvägen", "Jordbrovägen", "Vendelsövägen", "Tungelstavägen", "Söderbyvägen",
            "Ribbyvägen", "Vegavägen", "Klockarvägen", "Kolartorpsvägen", "Lagmansvägen", "Vitsippsvägen",
            "Blåbärsvägen", "Ekmansvägen", "Runstensvägen", "Åbyvägen", "Lingonstigen", "Skolvägen",
            "Solsidevägen", "Brandbergsvägen", "Husarvägen", "Fornuddsvägen", "Sågvägen",
        ),
        person_streets=(
            "Ellen Keys väg", "Karl Ekströms gata", "Sven Rinmans väg", "Greta Garbos väg",
            "Nils Ferlins gränd", "Anders Zorns väg", "Fredrika Bremers gata",
        ),
        associations=(
            "Haninge Bostäder", "Villaägarna Haninge", "Vendelsö villaägareförening", "SL",
            "Södertörns brandförsvarsförbund", "Brf Vattentornet", "Tungelsta vägförening", "Avarn",
            "Dalarö hembygdsförening", "Stena Fastigheter", "Sverigehuset", "Securitas",
        ),
        lines=(
            "buss 807", "linje 831", "buss 839", "linje 842", "buss 828", "linje 845", "buss 809",
            "pendeltåg 43",
        ),
        area_codes=("08",),
        domains=(*_MAIL, "haninge.se", "bredband2.com"),
        tracts=(
            "Haninge Kolartorp", "Söderby-Sand", "Vendelsö", "Haninge Tungelsta", "Haninge Ribby",
            "Haninge Årsta", "Haninge Kalvsvik", "Haninge Glasberga",
        ),
    ),
}  # fmt: skip

WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "måndags", "tisdags", "onsdags", "torsdags", "fredags", "lördags", "söndags",
    "mån", "tis", "ons", "tors", "fre", "lör", "sön",
)  # fmt: skip
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip

# Swedish plates use no I, Q, V, Å, Ä or Ö; the last place of a new plate no O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {
        "APA", "ARG", "ASS", "BAJ", "BSS", "CUC", "CUK", "DUM", "ETA", "ETT", "FAG", "FAN", "FEG", "FEL",
        "FEM", "FES", "FET", "FNL", "FUC", "FUK", "FUL", "GAM", "GAY", "GEJ", "GEY", "GHB", "GUD", "GYN",
        "HAT", "HBT", "HKH", "HOR", "HOT", "KGB", "KKK", "KUC", "KUF", "KUG", "KUK", "KYK", "LAM", "LAT",
        "LEM", "LOJ", "LSD", "LUS", "MAD", "MAO", "MEN", "MES", "MLB", "MUS", "NAZ", "NRP", "NSF", "NYP",
        "OND", "OOO", "ORM", "PAJ", "PKK", "PLO", "PMS", "PUB", "RAP", "RAS", "ROM", "RPS", "RUS", "SEG",
        "SEX", "SJU", "SOS", "SPY", "SUG", "SUP", "SUR", "TBC", "TOA", "TOK", "TRE", "TYP", "UFO", "USA",
        "WAR", "WWW", "XTC", "XXL", "XXX", "ZOG", "ZOO", "SMS", "OBS", "BRF", "GPS", "LGH",
    }
)  # fmt: skip
