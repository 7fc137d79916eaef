"""Places of the sixty-eighth blind corpus (tests/blind68_corpus.py): per kommun its areas, streets,
person-named streets, schools and preschools and other venues, associations, companies and authorities, bus
lines, area codes, mail domains and property tracts; typed from the writer's own knowledge of Eskilstuna,
Umeå and Falun (some names are plausible rather than real). No list was read.
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


_COMMON_DOMAINS = (
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.se",
    "icloud.com",
    "telia.com",
    "yahoo.se",
)

REGIONS = {
    "eskilstuna": Region(
        kommun="Eskilstuna kommun",
        places=(
            "Fröslunda", "Skiftinge", "Lagersberg", "Årby", "Råbergstorp", "Nyfors", "Gredby", "Stenby",
            "Torshälla", "Hällbybrunn", "Skogstorp", "Mesta", "Slagsta", "Myrtorp", "Kjula", "Tunafors",
            "Munktellstaden", "Fristadstorget", "Ekeby",
        ),
        venues=(
            "Årbyskolan", "Fröslundaskolan", "Lagersbergsskolan", "Skiftingeskolan", "Råbergsskolan",
            "Nyforsskolan", "Stenbyskolan", "Gredbyskolan", "Myrtorpsskolan", "Skogstorpsskolan",
            "Slagstaskolan", "Hällbybrunnsskolan", "Rinmansskolan", "S:t Eskils gymnasium",
            "Fröslunda förskola", "Ugglans förskola", "Skiftinge fritidsgård", "Årby fritidsgård",
            "Lagersbergs fritidsgård", "Stadsbiblioteket", "Munktellarenan", "Eskilstuna resecentrum",
            "Tuna Park",
        ),
        streets=(
            "Kungsgatan", "Drottninggatan", "Hamngatan", "Nybrogatan", "Tullgatan", "Västergatan",
            "Gillbergagatan", "Kyrkogatan", "Smedjegatan", "Skolgatan", "Fröslundavägen", "Skiftingevägen",
            "Årbyvägen", "Lagersbergsvägen", "Mälarvägen", "Torsgatan", "Kriebsensgatan", "Tunavägen",
            "Stenbyvägen",
        ),
        person_streets=(
            "Rademachergatan", "Munktellsgatan", "Olof Palmes gata", "Karl Gustavs gata",
            "Anna Lindhs väg", "Johan Thermaenius väg",
        ),
        associations=(
            "Kommunfastigheter", "Eskilstuna Energi och Miljö", "Mälardalens brand- och räddningsförbund",
            "Eskilstunahem", "Securitas", "Avarn Security", "Länstrafiken Sörmland", "Fältgruppen",
            "Föreningen Grannsamverkan Skiftinge",
        ),
        lines=("linje 1", "linje 2", "linje 4", "linje 5", "linje 11", "buss 12", "linje 801", "stadsbuss 3"),
        area_codes=("016",),
        domains=(*_COMMON_DOMAINS, "eskilstuna.se", "edu.eskilstuna.se"),
        tracts=(
            "Eskilstuna Kritan", "Eskilstuna Läroverket", "Eskilstuna Tavlan", "Torshälla Skolhuset",
            "Eskilstuna Pennskaftet", "Eskilstuna Ugglebo",
        ),
    ),
    "umea": Region(
        kommun="Umeå kommun",
        places=(
            "Ersboda", "Ålidhem", "Mariehem", "Haga", "Tomtebo", "Teg", "Holmsund", "Sävar", "Hörnefors",
            "Grisbacka", "Ersmark", "Carlshem", "Sofiehem", "Berghem", "Umedalen", "Röbäck", "Obbola",
            "Västerslätt", "Böleäng", "Vasaplan",
        ),
        venues=(
            "Ersbodaskolan", "Ålidhemsskolan", "Mariehemsskolan", "Grubbeskolan", "Tomteboskolan",
            "Tegsskolan", "Dragonskolan", "Maja Beskowskolan", "Östra gymnasiet", "Hedlundaskolan",
            "Västangårdsskolan", "Ersboda förskola", "Ålidhems förskola", "Ersboda fritidsgård",
            "Ungdomens hus", "Väven", "Utopia", "Avion", "T3 Arena", "Gammliavallen", "Nolia",
        ),
        streets=(
            "Rådhusesplanaden", "Storgatan", "Nygatan", "Vasagatan", "Skolgatan", "Kungsgatan",
            "Ridvägen", "Historiegränd", "Mariehemsvägen", "Ålidhemsvägen", "Axtorpsvägen",
            "Kronoskogsvägen", "Tvärgatan", "Ersbodavägen", "Björnvägen", "Tegsvägen",
        ),
        person_streets=(
            "Döbelnsgatan", "Sara Lidmans väg", "Per Anders Fogelströms gata", "Maja Beskows gata",
            "Pedagoggränd", "Gustav Adolfs väg",
        ),
        associations=(
            "AB Bostaden", "Umeå Energi", "Räddningstjänsten Umeå", "Ultra", "Region Västerbotten",
            "Securitas", "Nattvandrarna Ersboda", "Umeå kommunföretag", "Bostaden Fastighetsjour",
        ),
        lines=("linje 1", "linje 2", "linje 5", "linje 8", "linje 9", "buss 20", "linje 10", "linje 121"),
        area_codes=("090",),
        domains=(*_COMMON_DOMAINS, "umea.se", "edu.umea.se"),
        tracts=(
            "Umeå Stipendiet", "Umeå Skolbänken", "Umeå Katedern", "Umeå Läraren", "Holmsund Skolan",
            "Umeå Tavelsjön",
        ),
    ),
    "falun": Region(
        kommun="Falu kommun",
        places=(
            "Slätta", "Hälsinggården", "Norslund", "Östanfors", "Gruvriset", "Britsarvet", "Herrhagen",
            "Bjursås", "Grycksbo", "Svärdsjö", "Sundborn", "Hosjö", "Korsnäs", "Haraldsbo", "Främby",
            "Rönndalen", "Tallen", "Stora torget",
        ),
        venues=(
            "Slättaskolan", "Hälsinggårdsskolan", "Haraldsboskolan", "Britsarvsskolan", "Gruvrisskolan",
            "Källviksskolan", "Främbyskolan", "Vikaskolan", "Svärdsjö skola", "Grycksbo skola",
            "Lugnetgymnasiet", "Kristinegymnasiet", "Slätta förskola", "Norslunds förskola",
            "Slätta fritidsgård", "Lugnet", "Falu Gruva", "Falun resecentrum", "Kristine kyrka",
            "Dalarnas museum",
        ),
        streets=(
            "Åsgatan", "Trotzgatan", "Stigaregatan", "Slaggatan", "Kopparbergsvägen", "Holmgatan",
            "Vasagatan", "Nybrogatan", "Svärdsjögatan", "Gruvgatan", "Bergslagsvägen", "Slättavägen",
            "Hälsinggårdsvägen", "Myntgatan", "Ölandsgatan", "Vallgatan",
        ),
        person_streets=(
            "Engelbrektsgatan", "Carl Larssons väg", "Karin Larssons väg", "Kristinegatan",
            "Erik Axel Karlfeldts väg", "Gustav Vasas gata",
        ),
        associations=(
            "Kopparstaden", "Falu Energi & Vatten", "Räddningstjänsten Dala Mitt", "Dalatrafik",
            "Securitas", "Nokas", "Region Dalarna", "Falu Frikyrkoförsamling", "Nattvandrarna Falun",
        ),
        lines=("linje 1", "linje 2", "linje 3", "linje 5", "linje 151", "buss 7", "linje 30", "linje 9"),
        area_codes=("023",),
        domains=(*_COMMON_DOMAINS, "falun.se", "edu.falun.se"),
        tracts=(
            "Falun Krita", "Falun Lärkan", "Falun Skolhuset", "Falun Kopparhatten", "Grycksbo Lärarbostaden",
            "Falun Ritsalen",
        ),
    ),
}  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen",
    "mån", "tis", "ons", "tors", "fre", "lör", "sön",
)  # fmt: skip

# Swedish plates: no I, Q, V, Å, Ä or Ö; the last character of a new plate is never an O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {"APA", "ARG", "BAJ", "FAN", "FEL", "FUL", "GAY", "HOR", "KUK", "LOL", "MOR", "NEJ", "ONT", "PMS", "SEX",
     "SUG", "SOS", "UFO", "USA", "WTF", "XXX", "TSS", "SMS", "LSS", "LVU", "SOL", "BUP", "SIP", "ESK",
     "UME", "FAL", "DAL", "POL", "KLK", "NKT", "TRE", "TVA", "ETT", "SEK", "BUS", "GYM", "MAT", "SKO"}
)  # fmt: skip
