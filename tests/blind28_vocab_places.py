"""Places of the twenty-eighth blind corpus (tests/blind28_corpus.py), per kommun: areas, venues (schools,
centres, stations, fritidsgårdar), streets, streets named after people, landlords, associations and
authorities, bus lines, property tracts, area codes and e-mail domains. Typed from the helper's own knowledge
of these towns; where a street or venue is not real it is shaped like the real ones nearby.
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
    tracts: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "icloud.com", "yahoo.se")

REGIONS = {
    "nacka": Region(
        kommun="Nacka kommun",
        places=(
            "Fisksätra", "Älta", "Saltsjöbaden", "Orminge", "Sickla", "Ektorp", "Björknäs", "Järla",
            "Fisksätra centrum", "Älta centrum", "Erstaviksbadet", "Ältasjön", "Fisksätra holme",
            "Stensö udde", "Nacka centrum", "Lännersta",
        ),
        venues=(
            "Fisksätra skola", "Sigfridsborgsskolan", "Älta tennishall", "Fisksätra station",
            "Fisksätra fritidsgård", "Älta bibliotek", "Fisksätra bibliotek", "Stavsborgsskolan",
            "Fisksätra kyrka", "Fisksätra folkets hus", "Älta ishall", "Ältabergs förskola",
            "Nacka gymnasium", "Fisksätra simhall",
        ),
        streets=(
            "Fisksätravägen", "Båtbyggarvägen", "Ältavägen", "Stensövägen", "Almvägen", "Lovisedalsvägen",
            "Hedvigsdalsvägen", "Ältabergsvägen", "Dalkarlsvägen", "Saltsjöbadsvägen", "Snickarvägen",
            "Sjöbodsvägen", "Ekstigen", "Mejramvägen",
        ),
        person_streets=(
            "Evert Taubes väg", "Selma Lagerlöfs väg", "Gustaf af Ugglas väg", "Karin Boyes gata",
        ),
        associations=(
            "Stena Fastigheter", "Wallenstam", "Nacka kommun", "Polisen Nacka", "Fisksätra IF",
            "Älta IF", "Securitas", "Avarn Security", "Nacka vatten och avfall", "SL",
        ),
        lines=("buss 414", "414:an", "buss 401", "linje 401", "Saltsjöbanan", "buss 471", "471:an"),
        tracts=("Fisksätra", "Älta", "Sicklaön", "Erstavik", "Solsidan"),
        area_codes=("08",),
        domains=(*_MAIL, "nacka.se", "stenafastigheter.se"),
    ),
    "nykoping": Region(
        kommun="Nyköpings kommun",
        places=(
            "Brandkärr", "Oppeby", "Arnö", "Harg", "Rosenkälla", "Väster", "Långsätter", "Svalsta",
            "Stigtomta", "Stora torget", "Brandkärrs centrum", "Hållet", "Nyköpingsån", "Ekensberg",
            "Långberget",
        ),
        venues=(
            "Brandkärrsskolan", "Långbergsskolan", "Mariebergsgården", "Nyköpings resecentrum",
            "Rosvalla", "Nyköpings lasarett", "stadsbiblioteket", "Brandkärrs fritidsgård", "Tessinskolan",
            "Nyköpingshus", "Brandkärrs kyrka", "Nyköpings gymnasium", "Culturum",
        ),
        streets=(
            "Brandkärrsvägen", "Kungsvägen", "Hantverkaregatan", "Östra Storgatan", "Västra Storgatan",
            "Ryssbergsvägen", "Bagaregatan", "Repslagaregatan", "Idunvägen", "Friggavägen", "Tuvängsvägen",
            "Mariebergsvägen", "Långbergsvägen",
        ),
        person_streets=("Sven Lidmans gata", "Ebba Brahes väg", "Magnus Ladulås väg", "Nils Ferlins gata"),
        associations=(
            "Nyköpingshem", "HSB", "Rikshem", "Nyköpings kommun", "Polisen Nyköping",
            "Sörmlandskustens räddningstjänst", "Sörmlandstrafiken", "Securitas", "Brandkärrs IK",
            "Nyköpings BIS",
        ),
        lines=("linje 1", "buss 2", "tvåan", "linje 4", "buss 515", "515:an", "linje 6"),
        tracts=("Brandkärr", "Oppeby", "Hållet", "Nyköping Väster", "Harg"),
        area_codes=("0155",),
        domains=(*_MAIL, "nykoping.se", "nykopingshem.se"),
    ),
    "orebro": Region(
        kommun="Örebro kommun",
        places=(
            "Vivalla", "Baronbackarna", "Brickebacken", "Varberga", "Oxhagen", "Markbacken", "Lillån",
            "Vivalla centrum", "Svartån", "Stortorget", "Tybble", "Mikaelsgården",
        ),
        venues=(
            "Vivallaskolan", "Baronbackarnas skola", "Oxhagsskolan", "Behrn arena", "Krämaren",
            "Örebro resecentrum", "Vivalla bibliotek", "Brickebergsskolan", "Universitetssjukhuset",
            "Varbergaskolan", "Vivalla fritidsgård",
        ),
        streets=(
            "Vivallagatan", "Bettorpsgatan", "Ekersvägen", "Rudbecksgatan", "Drottninggatan",
            "Hagagatan", "Storgatan", "Varbergavägen", "Mellringevägen", "Fredsgatan", "Trädgårdsgatan",
        ),
        person_streets=("Olaus Petri väg", "Engelbrektsgatan", "Hjalmar Bergmans väg", "Karl Lagers gata"),
        associations=(
            "ÖrebroBostäder", "Örebro kommun", "Polisen Örebro", "Länstrafiken Örebro", "Örebro SK",
            "Vivalla fritid", "Nerikes brandkår", "Securitas",
        ),
        lines=("linje 10", "buss 3", "trean", "linje 12", "buss 10"),
        tracts=("Vivalla", "Varberga", "Baronbackarna", "Oxhagen"),
        area_codes=("019",),
        domains=(*_MAIL, "orebro.se", "obo.se"),
    ),
    "umea": Region(
        kommun="Umeå kommun",
        places=(
            "Ålidhem", "Tomtebo", "Mariehem", "Holmsund", "Teg", "Haga", "Sandåkern", "Ersboda",
            "Marieberg", "Vasaplan", "Ålidhem centrum", "Nolia", "Umeälven",
        ),
        venues=(
            "Ålidhemsskolan", "Ersbodaskolan", "Umeå C", "Utopia", "Avion", "Mariehemsskolan",
            "Ålidhems fritidsgård", "stadsbiblioteket Väven", "Norrlands universitetssjukhus",
            "Tegs centrum", "Umeå Energi arena",
        ),
        streets=(
            "Pedagoggränd", "Ålidhemsvägen", "Kungsgatan", "Storgatan", "Rådhusesplanaden",
            "Västra Esplanaden", "Mariehemsvägen", "Ersbodavägen", "Tvistevägen", "Holmsundsvägen",
            "Skolgatan",
        ),
        person_streets=("Per Anders väg", "Sara Lidmans gata", "Döbelnsgatan", "Kempes väg"),
        associations=(
            "Bostaden", "Umeå kommun", "Polisen Umeå", "Ultra", "Umeå IK", "Securitas",
            "Umeå brandförsvar", "Länstrafiken Västerbotten",
        ),
        lines=("linje 8", "buss 9", "åttan", "linje 1", "buss 5"),
        tracts=("Ålidhem", "Mariehem", "Ersboda", "Haga"),
        area_codes=("090",),
        domains=(*_MAIL, "umea.se", "bostaden.umea.se"),
    ),
    "trollhattan": Region(
        kommun="Trollhättans stad",
        places=(
            "Kronogården", "Lextorp", "Sylte", "Hjortmossen", "Skoftebyn", "Strömslund", "Stavre",
            "Kronogårdstorget", "Överby", "Götaälvbron", "Nordstan", "Halvorstorp",
        ),
        venues=(
            "Kronogårdsskolan", "Lextorpsskolan", "Trollhättan C", "Överby köpcentrum", "Innovatum",
            "Sylteskolan", "Kronogårdens fritidsgård", "Edsborg arena", "NÄL", "Strömkarlen",
            "Älvhögsborg",
        ),
        streets=(
            "Kronogårdsvägen", "Lextorpsvägen", "Drottninggatan", "Storgatan", "Stridsbergsgatan",
            "Karlstorpsvägen", "Kungsgatan", "Åkerssjövägen", "Oscarsgatan", "Gärdhemsvägen",
        ),
        person_streets=("Polhemsgatan", "Nils Ericsonsgatan", "Carl Johans väg", "Ingeborgs gata"),
        associations=(
            "Eidar", "Trollhättans stad", "Polisen Trollhättan", "Västtrafik", "FC Trollhättan",
            "Räddningstjänsten Trollhättan", "Securitas", "Avarn Security",
        ),
        lines=("buss 61", "linje 65", "sextiofemman", "buss 62", "linje 61"),
        tracts=("Kronogården", "Lextorp", "Sylte", "Hjortmossen"),
        area_codes=("0520",),
        domains=(*_MAIL, "trollhattan.se", "eidar.se"),
    ),
    "kalmar": Region(
        kommun="Kalmar kommun",
        places=(
            "Norrliden", "Berga", "Funkabo", "Lindsdal", "Smedby", "Kvarnholmen", "Malmen", "Djurängen",
            "Stensö", "Norrlidens centrum", "Larmtorget", "Ängö",
        ),
        venues=(
            "Norrlidens skola", "Funkaboskolan", "Kalmar C", "Giraffen", "Guldfågeln arena",
            "Kalmar slott", "länssjukhuset", "Bergaskolan", "Norrlidens fritidsgård", "Kalmar simhall",
            "Lindsdalsskolan",
        ),
        streets=(
            "Norrlidsvägen", "Bergavägen", "Funkabovägen", "Storgatan", "Larmgatan", "Norra Långgatan",
            "Södra Långgatan", "Lindsdalsvägen", "Smedbyvägen", "Esplanaden", "Trädgårdsgatan",
        ),
        person_streets=("Jenny Linds gata", "Olof Palmes gata", "Erik Dahlbergs väg", "Kung Karls väg"),
        associations=(
            "Kalmarhem", "Kalmar kommun", "Polisen Kalmar", "KLT", "Kalmar FF", "Securitas",
            "Räddningstjänsten Kalmar", "Kalmar Energi",
        ),
        lines=("linje 1", "buss 2", "ettan", "linje 401", "buss 3"),
        tracts=("Norrliden", "Berga", "Kvarnholmen", "Funkabo"),
        area_codes=("0480",),
        domains=(*_MAIL, "kalmar.se", "kalmarhem.se"),
    ),
}  # fmt: skip

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons",
            "tors", "fre", "lör", "sön")  # fmt: skip
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")  # fmt: skip
# How numbers sound when dictated: 0-9, the tens and the hours.
DIGIT_WORDS = ("noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio")
NUMBER_WORDS = (*DIGIT_WORDS, "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton",
                "arton", "nitton", "tjugo")  # fmt: skip
TENS = {20: "tjugo", 30: "trettio", 40: "fyrtio", 50: "femtio", 60: "sextio", 70: "sjuttio", 80: "åttio",
        90: "nittio"}  # fmt: skip

# Swedish plates use neither I, Q, V nor Å, Ä, Ö; the last letter of a new plate is never O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {"APA", "ARG", "BAJ", "DUM", "FAN", "FEG", "FET", "FUL", "GAY", "HOR", "KUK", "LAT", "MES", "NRP", "PMS",
     "PUB", "SEX", "SUP", "TOK", "UFO", "USA", "WTF", "XXX"}
)  # fmt: skip
