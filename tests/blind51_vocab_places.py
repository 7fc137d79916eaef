"""Places of the fifty-first blind corpus (skolskjuts and färdtjänst) per kommun: areas and villages, stops
and pick-up points, streets, person-named streets, property tracts, schools, other institutions, transport
companies, housing companies and associations, bus lines. Typed from the writer's own knowledge of Sundsvall,
Motala, Hässleholm, Sigtuna and Kiruna; some schools and quarters are made up in the same style.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    places: tuple[str, ...]
    stops: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    tracts: tuple[str, ...]
    schools: tuple[str, ...]
    venues: tuple[str, ...]
    companies: tuple[str, ...]
    associations: tuple[str, ...]
    lines: tuple[str, ...]


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "icloud.com", "telia.com", "yahoo.se")

REGIONS: dict[str, Region] = {
    "sundsvall": Region(
        kommun="Sundsvalls kommun",
        area_codes=("060",),
        domains=(*_MAIL, "sundsvall.se", "taxisundsvall.se"),
        places=(
            "Nacksta", "Skönsberg", "Bosvedjan", "Haga", "Sidsjön", "Alnö", "Kvissleby", "Njurunda",
            "Matfors", "Stöde", "Granloholm", "Birsta", "Bredsand", "Sundsbruk", "Selånger", "Johannedal",
            "Indal", "Liden", "Tunadal", "Stockvik",
        ),
        stops=(
            "Nacksta torg", "Sundsvalls busstation", "Navet", "Skönsbergs centrum", "Birsta city",
            "Kvissleby centrum", "Matfors station", "vändplanen vid Bosvedjan",
        ),
        streets=(
            "Storgatan", "Esplanaden", "Köpmangatan", "Bergsgatan", "Nackstavägen", "Skönsbergsvägen",
            "Gärdesvägen", "Bosvedjevägen", "Sidsjövägen", "Bruksgatan", "Trädgårdsgatan", "Granlovägen",
            "Alnövägen", "Kvisslebyvägen", "Njurundavägen", "Matforsvägen", "Tunadalsgatan",
        ),
        person_streets=("Heffnersvägen", "Selma Lagerlöfs väg", "Tegnérgatan", "Oscarsgatan"),
        tracts=("Nacksta", "Kvarnen", "Lärkan", "Skönsmon", "Tallen", "Bävern"),
        schools=(
            "Bosvedjeskolan", "Haga skola", "Höglundaskolan", "Kyrkmons skola", "Vibackeskolan",
            "Granloholmsskolan", "Kvissleby skola", "Matfors skola", "Västermalmsskolan", "Skönsmons skola",
            "Hedbergska skolan", "Bredsands skola", "Västhagaskolan", "Nolbyskolan",
        ),
        venues=("Sundsvalls sjukhus", "Nacksta vårdcentral", "Kulturmagasinet", "dagverksamheten Solgården"),
        companies=("Taxi Sundsvall", "Sundsvalls Taxi AB", "Din Tur", "Taxi Kurir Sundsvall", "Nobina"),
        associations=(
            "Mitthem", "Region Västernorrland", "GIF Sundsvall", "Selånger FK", "Sundsvalls kommun",
        ),
        lines=("linje 1", "linje 3", "linje 120", "buss 11", "linje 5"),
    ),
    "motala": Region(
        kommun="Motala kommun",
        area_codes=("0141",),
        domains=(*_MAIL, "motala.se", "motalataxi.se"),
        places=(
            "Charlottenborg", "Ekön", "Råssnäs", "Borensberg", "Klockrike", "Tjällmo", "Godegård",
            "Fornåsa", "Österstad", "Varamon", "Tuddarp", "Bråstorp", "Nykyrka", "Vinnerstad",
        ),
        stops=(
            "Motala resecentrum", "Borensbergs busstation", "Tjällmo affären", "Klockrike kyrka",
            "Fornåsa skolväg", "vändslingan vid Varamon",
        ),
        streets=(
            "Storgatan", "Drottninggatan", "Stationsgatan", "Borensbergsvägen", "Kungsgatan",
            "Vadstenavägen", "Repslagaregatan", "Tegelbruksvägen", "Ekövägen", "Råssnäsvägen",
            "Skogsbrynsvägen", "Hamngatan",
        ),
        person_streets=("Platensgatan", "Carl Johans väg", "Gustav Dalénsgatan", "Ellen Keys väg"),
        tracts=("Gjutaren", "Vätterbyn", "Smedjan", "Motala Verkstad", "Kanalen", "Skräddaren"),
        schools=(
            "Charlottenborgsskolan", "Platengymnasiet", "Carl Johans skola", "Smedsgårdsskolan",
            "Borensbergs skola", "Tjällmo skola", "Motala Montessoriskola", "Ekängskolan", "Godegårds skola",
            "Klockrike skola", "Hagaskolan i Motala",
        ),
        venues=("Motala lasarett", "Motala simhall", "Ekön vårdcentral", "dagverksamheten Vätterhem"),
        companies=("Motala Taxi", "Taxi Östergötland", "Östgötatrafiken", "Sverigetaxi", "Bergkvarabuss"),
        associations=("Motala kommun", "Region Östergötland", "Motala AIF", "Bostäder i Motala", "Vätterhem"),
        lines=("linje 201", "linje 1", "linje 2", "buss 616", "linje 611"),
    ),
    "hassleholm": Region(
        kommun="Hässleholms kommun",
        area_codes=("0451",),
        domains=(*_MAIL, "hassleholm.se", "hassleholmstaxi.se"),
        places=(
            "Ljungdala", "Hovdala", "Vittsjö", "Tyringe", "Sösdala", "Bjärnum", "Vinslöv", "Hästveda",
            "Ignaberga", "Stoby", "Finja", "Läreda", "Norra Mellby", "Emmaljunga",
        ),
        stops=(
            "Hässleholms resecentrum", "Tyringe station", "Vinslövs torg", "Bjärnum centrum",
            "Ljungdala torg", "Sösdala station",
        ),
        streets=(
            "Storgatan", "Första Avenyn", "Andra Avenyn", "Norra Kringelvägen", "Västra Kringelvägen",
            "Göingevägen", "Kristianstadsvägen", "Tyringevägen", "Bjärnumsvägen", "Ljungdalavägen",
            "Vinslövsvägen", "Järnvägsgatan",
        ),
        person_streets=("Frykholmsgatan", "Magnus Stenbocks väg", "Linnégatan", "Nils Holgerssons väg"),
        tracts=("Hovdala", "Tjädern", "Ekorren", "Spiran", "Lokföraren", "Rälsen"),
        schools=(
            "Linnéskolan", "Ljungdalaskolan", "Läredaskolan", "Hästveda skola", "Vittsjö skola",
            "Brogårdsskolan", "Tyringe skola", "Vinslövs skola", "Bjärnums skola", "Sösdala skola",
            "Österskolan", "Hässleholms tekniska skola",
        ),
        venues=(
            "Hässleholms sjukhus", "Ljungdala vårdcentral", "Kulturhuset Hässleholm",
            "dagcenter Göingegården",
        ),
        companies=("Hässleholms Taxi", "Taxi Skåne", "Skånetrafiken", "Bergkvarabuss", "Taxi Göinge"),
        associations=("Hässleholms kommun", "Region Skåne", "Hässleholms IF", "HBI", "Hässleholmsbyggen"),
        lines=("linje 1", "linje 2", "regionbuss 540", "buss 513", "linje 3"),
    ),
    "sigtuna": Region(
        kommun="Sigtuna kommun",
        area_codes=("08",),
        domains=(*_MAIL, "sigtuna.se", "taxi020.se"),
        places=(
            "Märsta", "Valsta", "Steninge", "Rosersberg", "Sigtuna stad", "Norrbacka", "Tingvalla", "Ekilla",
            "Sätuna", "Odensala", "Skepptuna", "Arlandastad", "Steningehöjden", "Bredden",
        ),
        stops=(
            "Märsta station", "Valsta centrum", "Sigtuna busstation", "Rosersbergs station", "Arlanda",
            "Steninge slott",
        ),
        streets=(
            "Stationsgatan", "Valstavägen", "Ekillavägen", "Tingvallavägen", "Dragonvägen", "Lingonvägen",
            "Sätunavägen", "Södergatan", "Kvarnvägen", "Stora gatan", "Skolvägen", "Plommonvägen",
        ),
        person_streets=("Dag Hammarskjölds väg", "Karl Johans väg", "Olof Skötkonungs väg", "Birgers väg"),
        tracts=("Märsta", "Valsta", "Rävsäter", "Brännkärret", "Sandbacken", "Ormbunken"),
        schools=(
            "Valstaskolan", "Ekillaskolan", "Sätunaskolan", "Tingvallaskolan", "Oxsätraskolan",
            "Steningehöjdens skola", "Rosersbergs skola", "Arlandagymnasiet", "Centralskolan",
            "Josefinaskolan", "Norrbackaskolan", "Galaxskolan",
        ),
        venues=("Märsta vårdcentral", "Sigtuna simhall", "Kulturhuset Märsta", "dagverksamheten Ekbacken"),
        companies=("Taxi 020", "Märsta Taxi", "Taxi Stockholm", "SL", "Transdev", "Samtrans"),
        associations=("Sigtunahem", "Sigtuna kommun", "Region Stockholm", "Märsta IK", "Valsta Syrianska IK"),
        lines=("buss 583", "buss 575", "pendeltåg 41", "buss 570", "buss 579"),
    ),
    "kiruna": Region(
        kommun="Kiruna kommun",
        area_codes=("0980",),
        domains=(*_MAIL, "kiruna.se", "kirunataxi.se"),
        places=(
            "Tuolluvaara", "Lombolo", "Högalid", "Luossavaara", "Jukkasjärvi", "Vittangi", "Karesuando",
            "Svappavaara", "Abisko", "Nikkaluokta", "Kurravaara", "Övre Soppero", "Lannavaara", "Kauppinen",
        ),
        stops=(
            "Kiruna busstation", "Stadshuset Kiruna", "Vittangi centrum", "Jukkasjärvi kyrka",
            "Svappavaara skola", "Lombolo centrum",
        ),
        streets=(
            "Föreningsgatan", "Gruvvägen", "Bolagsvägen", "Malmvägen", "Geologgatan", "Lombolovägen",
            "Tuolluvaaravägen", "Högalidsvägen", "Kyrkogatan", "Mommagatan", "Biblioteksgatan",
            "Jägargatan",
        ),
        person_streets=("Hjalmar Lundbohmsvägen", "Adolf Hedinsvägen", "Lars Janssonsgatan", "Thulegatan"),
        tracts=("Ripan", "Renen", "Järnmalmen", "Fjällräven", "Norrskenet", "Jägaren"),
        schools=(
            "Högalidskolan", "Lombolo skola", "Hjalmar Lundbohmsskolan", "Tuolluvaara skola",
            "Jukkasjärvi skola", "Vittangi skola", "Karesuando sameskola", "Kiruna sameskola",
            "Raketskolan", "Svappavaara skola", "Triangelskolan",
        ),
        venues=("Kiruna sjukhus", "Kiruna vårdcentral", "Kiruna stadshus", "dagverksamheten Malmen"),
        companies=(
            "Kiruna Taxi", "Taxi Kiruna", "Länstrafiken i Norrbotten", "Norrlandstaxi", "Tornedalstrafik",
        ),
        associations=("Kirunabostäder", "LKAB", "Region Norrbotten", "IFK Kiruna", "Kiruna kommun"),
        lines=("linje 1", "linje 2", "buss 91", "buss 501", "linje 4"),
    ),
}  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "mån", "tis", "ons", "tors", "tor", "fre", "lör", "sön",
    "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen",
)  # fmt: skip

# Swedish plates leave out I, Q, V, Å, Ä, Ö; a 2019 plate's last character is not O either.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {
        "APA", "ARG", "BAJ", "BRA", "DUM", "FAN", "FEL", "FUL", "GAY", "GUD", "HOR", "KKK", "KUK", "LAT",
        "LSD", "MAO", "MES", "MUS", "NAZ", "NRP", "OND", "PIS", "PKK", "PMS", "PUK", "SEX", "SUP",
        "SUR", "TOA", "UFO", "USA", "WTF", "XTC", "ZOO", "DOG", "DJÄ", "BUS", "TAX", "BIL", "HEJ",
    }
)  # fmt: skip
