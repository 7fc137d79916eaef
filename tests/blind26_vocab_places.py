"""Places of the twenty-sixth blind corpus (tests/blind26_corpus.py), typed from the writer's own knowledge of
the six kommuner: areas, streets, person-named streets, venues, organisations, bus lines, area codes, e-mail
domains and the tracts of property designations. Some are real, some merely plausible; none was looked up.
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


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "icloud.com", "yahoo.se")

REGIONS: dict[str, Region] = {
    "nacka": Region(
        kommun="Nacka kommun",
        places=("Fisksätra", "Älta", "Saltsjöbaden", "Orminge", "Sickla", "Jarlaberg", "Björknäs",
                "Fisksätra centrum", "Ältadalen", "Stensö", "Lännersta", "Boo"),
        venues=("Fisksätra skola", "Sigfridsborgsskolan", "Älta centrum", "Fisksätra station",
                "Älta tennishall", "Fisksätra bibliotek", "Fisksätra fritidsgård", "Älta fritidsgård",
                "Nacka Forum", "Ältaskolan", "Fisksätra idrottshall", "Saltsjöbadens centrum",
                "Nacka stadshus", "Fisksätra folkets hus"),
        streets=("Fisksätra allé", "Ältavägen", "Saltsjöbadsvägen", "Värmdövägen", "Ältabergsvägen",
                 "Stensövägen", "Båthöjden", "Lovisedalsvägen", "Hamnvägen", "Sarvträsksvägen",
                 "Oxelvägen", "Fiskarbacken", "Tennisvägen", "Solvägen"),
        person_streets=("Olof Palmes väg", "Ellen Keys gata", "Gustaf de Lavals väg", "Anders Walls väg",
                        "Erik Dahlbergs väg"),
        associations=("Stena Fastigheter", "Wallenstam", "Nattvandrarna i Fisksätra", "Fisksätra IF",
                      "Älta IF", "Södertörns brandförsvarsförbund", "Securitas", "Nacka Vatten och Avfall",
                      "Fältgruppen", "SL", "Röda Korset Nacka", "Polisen Nacka"),
        lines=("buss 401", "buss 414", "buss 409", "buss 471", "linje 25", "buss 402", "nattbuss 491"),
        area_codes=("08",),
        domains=(*_MAIL, "nacka.se", "polisen.se", "stenafastigheter.se", "wallenstam.se"),
        tracts=("Sicklaön", "Erstavik", "Lännersta", "Mensättra", "Solsidan"),
    ),
    "nykoping": Region(
        kommun="Nyköpings kommun",
        places=("Brandkärr", "Långsjö", "Oppeby", "Arnö", "Harg", "Högbrunn", "Fågelbo", "Ekensberg",
                "Isaksdal", "Väster", "Stenkulla", "Herrhagen"),
        venues=("Brandkärrsskolan", "Långbergsskolan", "Mariebergsgården", "Brandkärrs centrum",
                "Nyköpings resecentrum", "Rosvalla", "Stadsbiblioteket", "Nyköpings gymnasium",
                "Brandkärrs fritidsgård", "Culturum", "Nyköpings Folkets hus", "Tessinskolan"),
        streets=("Brandkärrsvägen", "Västra Storgatan", "Östra Storgatan", "Repslagaregatan",
                 "Bagaregatan", "Ringvägen", "Långbergsvägen", "Hällgatan", "Idrottsvägen",
                 "Kungsladugårdsvägen", "Tvärvägen", "Glasbergavägen", "Ekbacksvägen"),
        person_streets=("Fredrik Ehrensvärds väg", "Sten Sturegatan", "Karl Johans väg",
                        "Anna Lindhs plats", "Selma Lagerlöfs väg"),
        associations=("Nyköpingshem", "HSB Södermanland", "Rikshem", "Avarn Security",
                      "Nattvandrarna Nyköping",
                      "Räddningstjänsten Sörmland", "Sörmlandstrafiken", "Nyköpings BIS",
                      "Studieförbundet Vuxenskolan", "Polisen Nyköping", "Fältarna", "Brandkärrs IK"),
        lines=("linje 2", "linje 3", "linje 4", "stadsbuss 5", "linje 701", "nattlinje 9"),
        area_codes=("0155",),
        domains=(*_MAIL, "nykoping.se", "polisen.se", "nykopingshem.se", "rikshem.se"),
        tracts=("Brandkärr", "Spelhagen", "Hjorten", "Kvarnen", "Bryggaren"),
    ),
    "uppsala": Region(
        kommun="Uppsala kommun",
        places=("Gottsunda", "Valsätra", "Gränby", "Stenhagen", "Sävja", "Eriksberg", "Kvarngärdet",
                "Salabacke", "Flogsta"),
        venues=("Gottsunda centrum", "Stenhagsskolan", "Gränby centrum", "Uppsala resecentrum", "Fyrishov",
                "Gottsundaskolan", "Valsätraskolan", "Stenhagens bibliotek", "Gränbyhallen"),
        streets=("Vaksalagatan", "Svartbäcksgatan", "Kungsgatan", "Gottsunda allé",
                 "Stenhagsvägen", "Valthornsvägen", "Flogstavägen", "Salagatan", "Gnejsvägen"),
        person_streets=("Dag Hammarskjölds väg", "Torgny Segerstedts allé", "Carl Larssons väg",
                        "Hugo Alfvéns väg", "Linnés väg"),
        associations=("Uppsalahem", "Heimstaden", "UL", "Uppsala brandförsvar", "Fältgruppen Uppsala",
                      "Securitas", "Polisen Uppsala", "Sävja IK"),
        lines=("linje 11", "linje 12", "linje 20", "linje 8", "linje 3", "nattbuss 801"),
        area_codes=("018",),
        domains=(*_MAIL, "uppsala.se", "polisen.se", "uppsalahem.se"),
        tracts=("Sunnersta", "Gottsunda", "Berthåga", "Gränby"),
    ),
    "sundsvall": Region(
        kommun="Sundsvalls kommun",
        places=("Nacksta", "Skönsberg", "Skönsmon", "Birsta", "Haga", "Bredsand", "Stenstaden", "Granlo",
                "Matfors"),
        venues=("Nackstaskolan", "Skönsbergs fritidsgård", "Birsta city", "Sundsvalls resecentrum",
                "NP3 Arena", "Kulturmagasinet", "Sundsvalls gymnasium", "Skönsmons centrum"),
        streets=("Storgatan", "Esplanaden", "Nackstavägen", "Skönsbergsvägen", "Köpmangatan",
                 "Norrmalmsgatan", "Bultvägen", "Trädgårdsgatan", "Björneborgsgatan"),
        person_streets=("Gustav Adolfs gata", "Erik Dahlbergs väg", "Sidsjövägen", "Nils Holgerssons väg",
                        "Axel Wenner-Grens gata"),
        associations=("Mitthem", "Din Tur", "Medelpads räddningstjänstförbund", "Securitas",
                      "Polisen Sundsvall", "GIF Sundsvall", "Nattvandrarna Sundsvall"),
        lines=("linje 1", "linje 2", "linje 4", "linje 120", "linje 9"),
        area_codes=("060",),
        domains=(*_MAIL, "sundsvall.se", "polisen.se", "mitthem.se"),
        tracts=("Nacksta", "Skönsberg", "Sundsvall Staden", "Granloholm"),
    ),
    "halmstad": Region(
        kommun="Halmstads kommun",
        places=("Andersberg", "Vallås", "Linehed", "Fyllinge", "Frösakull", "Söndrum", "Oskarström",
                "Nyhem", "Gamletull"),
        venues=("Andersbergsskolan", "Vallåsskolan", "Halmstad Arena", "Halmstads resecentrum",
                "Andersbergs centrum", "Linehedsskolan", "Stadsbiblioteket Halmstad", "Brottarhallen"),
        streets=("Andersbergsringen", "Klammerdammsgatan", "Storgatan", "Laholmsvägen", "Vallåsvägen",
                 "Linjegatan", "Kungsgatan", "Fyllingevägen", "Bäckagårdsvägen"),
        person_streets=("Kristian IV:s väg", "Carl Bondes väg", "Magnus Ladulås gata", "Karl XI:s väg"),
        associations=("HFAB", "Riksbyggen", "Hallandstrafiken", "Räddningstjänsten Halmstad", "Securitas",
                      "Polisen Halmstad", "Halmstads BK", "Nattvandrarna Andersberg"),
        lines=("linje 1", "linje 5", "linje 7", "linje 10", "linje 350"),
        area_codes=("035",),
        domains=(*_MAIL, "halmstad.se", "polisen.se", "hfab.se"),
        tracts=("Halmstad Andersberg", "Vallås", "Nyhem", "Linehed"),
    ),
    "boras": Region(
        kommun="Borås Stad",
        places=("Hässleholmen", "Norrby", "Sjöbo", "Hulta", "Göta", "Brämhult", "Trandared", "Druvefors"),
        venues=("Sjöboskolan", "Borås Arena", "Knalleland", "Navet", "Hässleholmens bibliotek",
                "Norrbyskolan", "Hulta torg", "Borås resecentrum", "Borås Simarena"),
        streets=("Allégatan", "Åsbogatan", "Lundbyvägen", "Sjöbo torggata", "Hässleholmsvägen",
                 "Kungsgatan", "Bryggaregatan", "Hultagatan", "Norrbyvägen"),
        person_streets=("Sandwalls plats", "Sven Eriksonsplatsen", "Erik Dahlbergs gata",
                        "Carl Fredriks gata"),
        associations=("AB Bostäder i Borås", "Fristads Bostäder", "Västtrafik",
                      "Södra Älvsborgs Räddningstjänstförbund",
                      "Securitas", "Polisen Borås", "IF Elfsborg", "Nattvandrarna Borås"),
        lines=("linje 1", "linje 2", "linje 6", "linje 100", "linje 3"),
        area_codes=("033",),
        domains=(*_MAIL, "boras.se", "polisen.se", "abbostader.se"),
        tracts=("Borås Göta", "Sjöbo", "Hässleholmen", "Norrby"),
    ),
}  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons", "tors",
    "fre", "lör", "sön", "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen",
)  # fmt: skip

# Swedish plates: no I, Q, V, Å, Ä, Ö; a new plate's last sign may be a letter but not O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {
        "APA", "ARG", "ASS", "BAJ", "BSS", "CUK", "DUM", "ETA", "ETT", "FAN", "FEG", "FEL", "FEM", "FES",
        "FET", "FUK", "GAY", "GUD", "HOR", "HAT", "KKK", "KUK", "LAT", "LEM", "LSD", "LUS", "MUS", "NAZ",
        "OND", "ORM", "PAJ", "PKK", "PMS", "RAP", "RAS", "ROM", "SEX", "SJU", "SOS", "SUG", "SUR", "TBC",
        "TRE", "UFO", "USA", "WAR", "WWW", "XXX", "ZOO", "EST", "SMS", "MVH", "LGH", "TEL", "DAG", "BUS",
        "SOL", "HSB", "SEK", "AVS", "ANG", "NYK", "KOM", "BRA", "KLM", "TKR",
    }
)  # fmt: skip
