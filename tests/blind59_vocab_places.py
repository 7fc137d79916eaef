"""Places of the fifty-ninth blind corpus (tests/blind59_corpus.py): Jönköping, Värnamo and Ljungby, the E4
through them and the riksvägar that cross it (40, 26, 27, 25, 47), their rest areas, truck stops, industrial
areas, streets, companies, authorities and bus lines.

Typed from the writer's own knowledge of Småland's through roads; where a name is not sure to exist it is
one that could (a truck stop's or a haulier's name, a street in an industrial area). Nothing was looked up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    places: tuple[str, ...]
    venues: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    tracts: tuple[str, ...]
    associations: tuple[str, ...]
    lines: tuple[str, ...]


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com", "live.se", "telia.com")

REGIONS: dict[str, Region] = {
    "jonkoping": Region(
        kommun="Jönköpings kommun",
        area_codes=("036", "036", "036", "0380"),
        domains=(*_MAIL, "jonkoping.se", "wp.pl", "o2.pl", "trafikverket.se", "stigamoakeri.se",
                 "huskvarnatransport.se"),
        places=(
            "Torsvik", "Ljungarum", "Huskvarna", "Råslätt", "Österängen", "Öxnehaga", "Tenhult", "Bankeryd",
            "Gränna", "Hedenstorp", "Stigamo", "Ekhagen", "Taberg", "Norrahammar", "Vättersnäs",
            "Jönköpings södra", "E4:an", "E4 norrgående", "E4 södergående", "riksväg 40", "rv 40",
            "rv 26", "väg 47", "Ljungarumsmotet", "Torsviksmotet", "Huskvarnamotet", "Grännaberget",
            "Lekeryd", "Visingsö",
        ),
        venues=(
            "Truckstop Torsvik", "Circle K Ljungarum", "Preem Stigamo", "OKQ8 Ekhagen", "Länssjukhuset Ryhov",
            "Elmia", "rastplats Gyllene Uttern", "rastplatsen vid Grännaberget", "Jönköpings resecentrum",
            "IKEA:s lager i Torsvik", "Ingo Hedenstorp", "Max vid Ljungarum",
        ),
        streets=(
            "Ljungarumsvägen", "Hedenstorpsvägen", "Huskvarnavägen", "Barnarpsgatan", "Herkulesvägen",
            "Bataljonsgatan", "Brunnsgatan", "Klostergatan", "Ekhagsringen", "Grossistvägen", "Lovsjövägen",
            "Ryhovsgatan", "Tändsticksgatan", "Logistikvägen", "Stigamovägen",
        ),
        person_streets=(
            "Ebbe Lieberathsgatan", "Dag Hammarskjölds väg", "Per Brahegatan", "Sven Hedins gata",
            "Selma Lagerlöfs gata",
        ),
        tracts=("Vätterslund", "Kålgården", "Bondeberget", "Ekeberga", "Spånhult", "Jönköping Ljungarp"),
        associations=(
            "Trafikverket", "Räddningstjänsten Jönköping", "Jönköpings Länstrafik", "Assistancekåren",
            "Falck", "DSV Road", "Schenker", "PostNord", "Stigamo Åkeri AB", "Huskvarna Transport",
            "Jönköpings Bärgning", "Sveriges Åkeriföretag", "Securitas", "Avarn",
        ),
        lines=("linje 1", "linje 3", "linje 11", "linje 26", "buss 121", "regionbuss 301", "stadsbuss 4"),
    ),
    "varnamo": Region(
        kommun="Värnamo kommun",
        area_codes=("0370", "0370", "0371"),
        domains=(*_MAIL, "varnamo.se", "wp.pl", "trafikverket.se", "varnamobargning.se", "smalandsfrakt.se"),
        places=(
            "Värnamo", "Bredaryd", "Forsheda", "Rydaholm", "Hånger", "Lanna", "Kärda", "Margretelund",
            "Skillingaryd", "Vaggeryd", "Gislaved", "Värnamo norra", "Värnamo södra", "rv 27", "riksväg 27",
            "E4 vid Hånger", "Nydalamotet", "Helgesjön", "Rörstrand", "Horda", "Tånnö",
        ),
        venues=(
            "Truckstop Värnamo", "Circle K Värnamo norra", "rastplats Hånger", "Värnamo sjukhus",
            "Vandalorum", "Värnamo resecentrum", "Rasta Skillingaryd", "OKQ8 Margretelund",
            "Finnvedens gymnasium",
        ),
        streets=(
            "Jönköpingsvägen", "Halmstadsvägen", "Växjövägen", "Rydsvägen", "Storgatan", "Expovägen",
            "Margretelundsvägen", "Västra Torggatan", "Lagastigen", "Bultvägen", "Fabriksgatan",
            "Industrigatan",
        ),
        person_streets=(
            "Linnégatan", "Carl Larssons väg", "Gustav Adolfs gata", "Ester Blenda Nordströms väg",
        ),
        tracts=("Mossle", "Hornaryd", "Bredasten", "Nydala", "Gröndal", "Apladalen"),
        associations=(
            "Trafikverket", "Räddningstjänsten Värnamo", "Värnamo Bärgning", "Bring", "DB Schenker",
            "Länstrafiken Jönköping", "Assistancekåren", "Smålandsfrakt", "Finnvedens Lastbilar",
            "Svensk Bevakningstjänst", "Region Jönköpings län",
        ),
        lines=("linje 1", "linje 2", "regionbuss 210", "buss 211", "linje 208"),
    ),
    "ljungby": Region(
        kommun="Ljungby kommun",
        area_codes=("0372", "0372", "0470"),
        domains=(*_MAIL, "ljungby.se", "trafikverket.se", "lagansakeri.se", "wp.pl", "inbox.lv"),
        places=(
            "Ljungby", "Lagan", "Ryssby", "Lidhult", "Agunnaryd", "Angelstad", "Vittaryd", "Bolmen",
            "Kånna", "Replösa", "Ljungsät", "Toftaholm", "Harabergsmotet", "E4 söder om Ljungby", "rv 25",
            "väg 25", "Lagaholm", "Tutaryd", "Ljungby norra",
        ),
        venues=(
            "Truckstop Lagan", "rastplats Toftaholm", "Ljungby lasarett", "Circle K Ljungby norra",
            "Ljungby arena", "Ljungby resecentrum", "Preem Lagan", "Sunnerbohallen",
        ),
        streets=(
            "Stensbergsvägen", "Olofsgatan", "Bolmstadsvägen", "Hammarvägen", "Torggatan",
            "Södra Järnvägsgatan", "Vislandavägen", "Kronoberggatan", "Ågatan", "Replösavägen",
        ),
        person_streets=("Märta Ljungbergs väg", "Carl Bondes gata", "Sven Hultins väg", "Prins Bertils väg"),
        tracts=("Harabergets", "Ljungsåsen", "Lagastrand", "Helgevärma", "Skäret", "Ljungby Hjortsberga"),
        associations=(
            "Trafikverket", "Räddningstjänsten Ljungby", "Lagans Bärgning", "Ljungby Åkeri",
            "Länstrafiken Kronoberg", "Assistancekåren", "Falck", "Sunnerbo Gods", "Nokas",
            "Polisen Kronoberg",
        ),
        lines=("linje 2", "buss 151", "regionbuss 152", "linje 155", "Kronobergs linje 144"),
    ),
}  # fmt: skip

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons",
            "tors", "fre", "lör", "sön", "natten", "igår", "idag", "inatt")  # fmt: skip
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")  # fmt: skip

# Swedish plates use neither I, Q, V nor Å, Ä, Ö; the 2019 format's last letter not O either.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {"ASS", "FAN", "FUL", "KUK", "SEX", "SUP", "PYS", "LSD", "NRP", "MUS", "APA", "GAY", "HOR", "PIS", "DUM",
     "ARG", "BAJ", "KKK", "NZI", "WTF", "XTC", "SOS", "FBI", "JUL", "TOA"}
)  # fmt: skip
