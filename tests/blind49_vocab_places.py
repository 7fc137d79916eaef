"""Places of the forty-ninth blind corpus (tests/blind49_corpus.py): per kommun its areas, streets,
person-named streets, venues (schools, trygghetspunkter, hospitals), associations and authorities, housing
and energy companies, bus lines, area codes and property tracts. Typed from the writer's own knowledge of
Norrtälje, Karlstad, Kalmar, Trelleborg and Piteå; where unsure, plausible rather than exact.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    places: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    venues: tuple[str, ...]
    associations: tuple[str, ...]
    companies: tuple[str, ...]
    lines: tuple[str, ...]
    tracts: tuple[str, ...]


_MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "live.se", "icloud.com", "yahoo.se")

REGIONS = {
    "norrtalje": Region(
        kommun="Norrtälje kommun",
        area_codes=("0176",),
        domains=(*_MAIL, "norrtalje.se"),
        places=(
            "Grind", "Flygfältet", "Vigelsjö", "Knutsbo", "Gustavslund", "Tingstad", "Görla", "Rimbo",
            "Hallstavik", "Älmsta", "Grisslehamn", "Svanberga", "Frötuna",
        ),
        streets=(
            "Stockholmsvägen", "Hantverkargatan", "Lasarettsgatan", "Tullportsgatan", "Baldersgatan",
            "Vigelsjövägen", "Knutsbovägen", "Flygfältsvägen", "Gustavslundsvägen", "Glasbruksgatan",
            "Fabriksgatan", "Kvarngatan",
        ),
        person_streets=("Carl Bondes väg", "Ebba Brahes gata", "Albert Engströms väg", "Pehr Hörbergs gata"),
        venues=(
            "Norrtälje sjukhus", "Norrtälje sporthall", "Campus Roslagen", "Grindskolan", "Vigelsjö skola",
            "Roslagsskolan", "Estrad Norrtälje", "Kulturhuset i Norrtälje", "Rimbo sporthall",
        ),
        associations=(
            "Storstockholms brandförsvar", "Svenska kyrkan i Norrtälje", "Röda korset Norrtälje",
            "Frivilliga resursgruppen", "Tiohundra",
        ),
        companies=("Norrtäljehem", "Norrtälje Energi", "Vattenfall Eldistribution", "Roslagens Sparbank"),
        lines=("buss 676", "linje 639", "buss 621", "linje 1", "ersättningsbuss 676"),
        tracts=("Norrtälje Tälje", "Norrtälje Görla", "Norrtälje Lärkan", "Norrtälje Kvarnen"),
    ),
    "karlstad": Region(
        kommun="Karlstads kommun",
        area_codes=("054",),
        domains=(*_MAIL, "karlstad.se"),
        places=(
            "Kronoparken", "Rud", "Orrholmen", "Herrhagen", "Våxnäs", "Färjestad", "Gruvlyckan", "Klara",
            "Haga", "Sommarro", "Skåre", "Vålberg", "Kroppkärr",
        ),
        streets=(
            "Drottninggatan", "Västra Torggatan", "Sandbäcksgatan", "Rudsvägen", "Universitetsgatan",
            "Orrholmsgatan", "Våxnäsgatan", "Tingvallagatan", "Hagalundsvägen", "Kronoparksgatan",
            "Herrhagsgatan", "Gruvlyckevägen",
        ),
        person_streets=(
            "Selma Lagerlöfs väg", "Gustaf Frödings gata", "Nils Ferlins gata", "Karl Johans gata",
        ),
        venues=(
            "Centralsjukhuset Karlstad", "Karlstads universitet", "Löfbergs Arena", "Sundstagymnasiet",
            "Tingvallagymnasiet", "Kronoparksskolan", "Rudsskolan", "Stadsbiblioteket", "Våxnäs kyrka",
        ),
        associations=(
            "Räddningstjänsten Karlstadsregionen", "Svenska kyrkan Karlstad", "Röda korset Karlstad",
            "Frivilliga resursgruppen Karlstad", "Civilförsvarsförbundet",
        ),
        companies=("Karlstads Bostads AB", "Karlstads Energi", "KBAB", "Ellevio", "Karlstadsbuss"),
        lines=("linje 1", "linje 3", "buss 11", "linje 6", "stadsbuss 2"),
        tracts=("Karlstad Orrholmen", "Karlstad Yxan", "Karlstad Fältet", "Karlstad Kronoparken"),
    ),
    "kalmar": Region(
        kommun="Kalmar kommun",
        area_codes=("0480",),
        domains=(*_MAIL, "kalmar.se"),
        places=(
            "Berga", "Norrliden", "Funkabo", "Oxhagen", "Getingen", "Kvarnholmen", "Malmen", "Lindsdal",
            "Smedby", "Rinkabyholm", "Djurängen", "Ljungbyholm", "Tallhagen",
        ),
        streets=(
            "Storgatan", "Norra Långgatan", "Södra vägen", "Lindsdalsvägen", "Bergavägen", "Esplanaden",
            "Norrlidsvägen", "Oxhagsvägen", "Funkabovägen", "Smålandsgatan", "Skeppsbrogatan", "Ölandsgatan",
        ),
        person_streets=("Erik Dahlbergsvägen", "Lars Kaggs väg", "Kung Karls gata", "Stagneliusgatan"),
        venues=(
            "Länssjukhuset i Kalmar", "Linnéuniversitetet", "Guldfågeln Arena", "Kalmar centralstation",
            "Stagneliusskolan", "Lars Kaggskolan", "Berga centrum", "Kalmar sporthall", "Norrlidsskolan",
        ),
        associations=(
            "Räddningstjänsten Kalmar", "Svenska kyrkan Kalmar", "Röda korset Kalmar",
            "Frivilliga resursgruppen Kalmar", "Länsstyrelsen i Kalmar län",
        ),
        companies=("Kalmarhem", "Kalmar Energi", "Kalmar Vatten", "E.ON", "Kalmar Läns Trafik"),
        lines=("linje 1", "linje 2", "stadsbuss 4", "buss 20", "linje 5"),
        tracts=("Kalmar Skepparen", "Kalmar Gesällen", "Kalmar Oxhagen", "Kalmar Tallen"),
    ),
    "trelleborg": Region(
        kommun="Trelleborgs kommun",
        area_codes=("0410",),
        domains=(*_MAIL, "trelleborg.se"),
        places=(
            "Väster", "Östervång", "Skegrie", "Anderslöv", "Smygehamn", "Maglarp", "Gislöv", "Klagstorp",
            "Pilevallen", "Hedvigsdal", "Söderslätt", "Västra Tommarp",
        ),
        streets=(
            "Algatan", "Hedvigsdalsgatan", "Stavstensvägen", "Västergatan", "Östergatan", "Bryggaregatan",
            "Kontinentgatan", "Hamngatan", "Pilevallsvägen", "Östervångsgatan", "Gislövsvägen", "Ringvägen",
        ),
        person_streets=(
            "Corfitz Beck-Friis gata", "Johan Kocksgatan", "Carl Hills väg", "Henrik Smiths gata",
        ),
        venues=(
            "Trelleborgs lasarett", "Söderslättsgymnasiet", "Vångaskolan", "Pilevallsskolan",
            "Trelleborgs hamn", "Stadsparken", "Söderslättshallen", "Trelleborgs museum", "Gislövs kyrka",
        ),
        associations=(
            "Räddningstjänsten Syd", "Svenska kyrkan Trelleborg", "Röda korset Trelleborg",
            "Frivilliga resursgruppen Trelleborg", "Trelleborgs FF",
        ),
        companies=("Trelleborgshem", "Trelleborg Energi", "E.ON Energidistribution", "Skånetrafiken"),
        lines=("buss 146", "stadsbuss 1", "linje 3", "buss 183", "stadsbuss 2"),
        tracts=("Trelleborg Kronan", "Trelleborg Fiskaren", "Trelleborg Gislöv", "Trelleborg Stenen"),
    ),
    "pitea": Region(
        kommun="Piteå kommun",
        area_codes=("0911",),
        domains=(*_MAIL, "pitea.se"),
        places=(
            "Strömnäs", "Öjebyn", "Porsnäs", "Pitholm", "Norrfjärden", "Hortlax", "Rosvik", "Bergsviken",
            "Munksund", "Haraholmen", "Norrmalm", "Sjulsmark", "Lillpite",
        ),
        streets=(
            "Storgatan", "Sundsgatan", "Svartuddsvägen", "Västermalmsgatan", "Timmerleden", "Strömnäsgatan",
            "Prästgatan", "Norra Hamngatan", "Porsnäsvägen", "Pitholmsvägen", "Backgatan", "Skolgatan",
        ),
        person_streets=(
            "Olof Palmes gata", "Christinas väg", "Lars Levi Laestadius väg", "Nils Nilssons gata",
        ),
        venues=(
            "Piteå älvdals sjukhus", "Strömbackaskolan", "Christinaskolan", "Pite Havsbad", "LF Arena",
            "Piteå stadshus", "Öjeby kyrka", "Porsnässkolan", "Studio Acusticum",
        ),
        associations=(
            "Räddningstjänsten Piteå", "Svenska kyrkan Piteå", "Röda korset Piteå", "Piteå IF",
            "Frivilliga resursgruppen Piteå",
        ),
        companies=("PiteBo", "PiteEnergi", "Länstrafiken Norrbotten", "Vattenfall"),
        lines=("linje 1", "linje 4", "stadsbuss 2", "buss 21", "linje 7"),
        tracts=("Piteå Lotsen", "Piteå Furan", "Piteå Backen", "Piteå Timret"),
    ),
}  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons", "tor",
            "fre", "lör", "sön")  # fmt: skip

# Plate letters: no I, Q, V, Å, Ä, Ö; the last of a 2019 plate no O either. Combinations never issued.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {"APA", "ARG", "BAJ", "BUS", "DUM", "FAN", "FEL", "FUL", "FYL", "GAY", "HOR", "KUK", "LAT", "MAO",
     "MUS", "NRP", "PUB", "PYS", "SEX", "SUP", "USA", "WAR", "XXX", "ZOO"}
)  # fmt: skip
