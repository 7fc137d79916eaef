"""Places of the fiftieth blind corpus (tests/blind50_corpus.py): per kommun its areas, hospitals,
vårdcentraler and hälsocentraler, clinics and wards, streets (person-named ones apart), property tracts,
organisations (security companies, regions, housing companies, authorities), bus lines, phone area codes and
e-mail domains. Typed from the writer's own knowledge of Umeå, Lund, Falun, Nacka and Visby; a ward or a
street may be a look-alike rather than the real one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    places: tuple[str, ...]
    venues: tuple[str, ...]  # hospitals, clinics, vårdcentraler: institutions
    wards: tuple[str, ...]  # wards and units: institutions
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    associations: tuple[str, ...]  # organisations
    lines: tuple[str, ...]
    tracts: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "icloud.com", "telia.com", "yahoo.se")

REGIONS: dict[str, Region] = {
    "umea": Region(
        kommun="Umeå kommun",
        places=(
            "Ålidhem", "Ersboda", "Mariehem", "Haga", "Teg", "Tomtebo", "Holmsund", "Öbacka", "Berghem",
            "Carlshem", "Marieberg", "Hörnefors", "Sävar", "Umeå centrum", "Västerslätt", "Nydalahöjd",
        ),
        venues=(
            "Norrlands universitetssjukhus", "NUS", "akutmottagningen på NUS", "Vuxenpsykiatrin Umeå",
            "Ersboda hälsocentral", "Ålidhems hälsocentral", "Mariehems hälsocentral", "Ambulansstation Umeå",
            "BUP Umeå", "Beroendecentrum Umeå", "Tandvårdens akutmottagning", "Sjukhusapoteket NUS",
        ),
        wards=(
            "avdelning 5 psykiatri", "PIVA", "psykiatriska akutmottagningen", "avd 70 medicin", "IVA",
            "geriatriska avdelningen", "BUP-avdelningen", "akutvårdsavdelningen", "avdelning 1B",
        ),
        streets=(
            "Kungsgatan", "Storgatan", "Rådhusesplanaden", "Västra Esplanaden", "Ersbodavägen", "Tvistevägen",
            "Mariehemsvägen", "Daltorpsvägen", "Skolgatan", "Nygatan", "Björnvägen", "Historiegränd",
            "Stationsgatan", "Kuratorvägen",
        ),
        person_streets=("Sara Lidmans gata", "Döbelnsgatan", "Nobelgatan", "Kaspar Lundbergs väg"),
        associations=(
            "Securitas", "Avarn Security", "Region Västerbotten", "AB Bostaden", "Polisen i Umeå",
            "Räddningstjänsten Umeå", "SOS Alarm", "Vårdförbundet", "IVO", "Arbetsmiljöverket",
        ),
        lines=("linje 1", "linje 8", "linje 9", "buss 5", "linje 20", "Ultra-bussen"),
        tracts=("Grisbacka", "Stadsliden", "Tegsnäset", "Gimonäs", "Umeå Ön", "Backen"),
        area_codes=("090",),
        domains=(*_MAIL, "regionvasterbotten.se", "umea.se"),
    ),
    "lund": Region(
        kommun="Lunds kommun",
        places=(
            "Norra Fäladen", "Linero", "Klostergården", "Gunnesbo", "Östra Torn", "Järnåkra", "Väster",
            "Stångby", "Dalby", "Södra Sandby", "Veberöd", "Genarp", "Brunnshög", "Lunds centrum",
        ),
        venues=(
            "Skånes universitetssjukhus", "SUS Lund", "akutmottagningen SUS Lund", "Psykiatri Skåne",
            "Vårdcentralen Linero", "Vårdcentralen Norra Fäladen", "Vårdcentralen Södra Sandby",
            "Barnakuten Lund", "Ambulansstationen Lund", "Beroendecentrum Lund", "Hudkliniken",
        ),
        wards=(
            "avdelning 32 psykiatri", "psykiatriska akutmottagningen", "PIVA Lund", "avd 10 infektion",
            "BUP heldygn", "akutvårdsavdelningen", "IVA Lund", "ortopedavdelningen", "avdelning 6B",
        ),
        streets=(
            "Getingevägen", "Baravägen", "Lasarettsgatan", "Klostergatan", "Stora Södergatan",
            "Västra Mårtensgatan", "Kämnärsvägen", "Dalbyvägen", "Trollebergsvägen", "Vildandsvägen",
            "Fäladsgården", "Magistratsvägen", "Sölvegatan",
        ),
        person_streets=("Ole Römers väg", "Tegnérsplatsen", "Sankt Laurentiigatan", "Clara Lachmanns gata"),
        associations=(
            "Securitas", "Avarn Security", "Region Skåne", "LKF", "Polisen i Lund", "SOS Alarm",
            "Räddningstjänsten Syd", "Vårdförbundet", "IVO", "Kommunal",
        ),
        lines=("stadsbuss 1", "linje 4", "linje 6", "spårvagnen", "linje 171", "buss 169"),
        tracts=("Sankt Lars", "Nöden", "Kämnären", "Uarda", "Stenkrossen", "Tornet"),
        area_codes=("046",),
        domains=(*_MAIL, "skane.se", "lund.se", "student.lu.se"),
    ),
    "falun": Region(
        kommun="Falu kommun",
        places=(
            "Slätta", "Hälsinggården", "Östermalm", "Britsarvet", "Tallen", "Norslund", "Herrhagen",
            "Bjursås", "Svärdsjö", "Grycksbo", "Sundborn", "Falu centrum", "Kvarnberget", "Främby",
        ),
        venues=(
            "Falu lasarett", "akutmottagningen Falu lasarett", "Psykiatrin Dalarna", "Vårdcentralen Kvarnen",
            "Vårdcentralen Britsarvet", "Vårdcentralen Grycksbo", "Ambulansen Dalarna",
            "BUP Falun", "Beroendemottagningen Falun", "Jourcentralen Falun",
        ),
        wards=(
            "avdelning 72 psykiatri", "PIVA Falun", "psykiatriska akutmottagningen", "avd 41 medicin",
            "IVA Falun", "akutvårdsavdelningen", "avdelning 3A", "rättspsyk-avdelningen",
        ),
        streets=(
            "Lasarettsvägen", "Svärdsjögatan", "Slaggatan", "Trotzgatan", "Åsgatan", "Stigaregatan",
            "Gruvgatan", "Hälsinggårdsvägen", "Ölandsgatan", "Bergslagsgatan", "Myntgatan", "Vallgatan",
        ),
        person_streets=("Kristinegatan", "Carl Larssons väg", "Engelbrektsgatan", "Selma Lagerlöfs väg"),
        associations=(
            "Securitas", "Avarn Security", "Region Dalarna", "Kopparstaden", "Polisen i Falun",
            "Räddningstjänsten Dala Mitt", "SOS Alarm", "Vårdförbundet", "IVO", "Falu Energi & Vatten",
        ),
        lines=("linje 701", "buss 3", "linje 1", "stadsbuss 5", "linje 70", "buss 151"),
        tracts=("Hosjö", "Korsnäs", "Myran", "Gruvriset", "Kopparvågen", "Falun Bergsmannen"),
        area_codes=("023",),
        domains=(*_MAIL, "regiondalarna.se", "falun.se"),
    ),
    "nacka": Region(
        kommun="Nacka kommun",
        places=(
            "Fisksätra", "Älta", "Orminge", "Saltsjöbaden", "Sickla", "Nacka strand", "Jarlaberg", "Björknäs",
            "Boo", "Henriksdal", "Finntorp", "Kvarnholmen", "Ektorp", "Nacka centrum",
        ),
        venues=(
            "Nacka sjukhus", "Nacka närakut", "Vårdcentralen Fisksätra", "Vårdcentralen Orminge",
            "Vårdcentralen Ektorp", "Södersjukhuset", "Psykiatriska öppenvården Nacka",
            "Ambulansstation Nacka", "BUP Nacka", "Beroendecentrum Stockholm", "Närakuten Sickla",
        ),
        wards=(
            "avdelning 24 psykiatri", "PIVA Nacka", "psykiatriska akuten", "avd 13 geriatrik",
            "akutvårdsavdelningen", "rehabavdelningen", "avdelning 2C",
        ),
        streets=(
            "Värmdövägen", "Saltsjöbadsvägen", "Ältavägen", "Skönviksvägen", "Planiavägen", "Griffelvägen",
            "Fisksätra torg", "Ormingeringen", "Vikdalsvägen", "Järlaleden", "Lokomobilvägen",
            "Tollare träskväg",
        ),
        person_streets=("Ellen Keys väg", "Augusta Lundins väg", "Gustaf de Lavals väg", "Kung Gustavs väg"),
        associations=(
            "Securitas", "Avarn Security", "Region Stockholm", "Stena Fastigheter", "Wallenstam",
            "Polisen i Nacka", "SOS Alarm", "Södertörns brandförsvarsförbund", "Vårdförbundet", "IVO",
        ),
        lines=("buss 401", "buss 414", "Saltsjöbanan", "linje 442", "buss 471", "nattbuss 491"),
        tracts=("Sicklaön", "Erstavik", "Lännersta", "Tollare", "Solsidan", "Igelboda"),
        area_codes=("08",),
        domains=(*_MAIL, "regionstockholm.se", "nacka.se"),
    ),
    "visby": Region(
        kommun="Region Gotland",
        places=(
            "Innerstaden", "Gråbo", "Terra Nova", "Visborg", "Hällarna", "Södervärn", "Östercentrum",
            "Slite", "Hemse", "Klintehamn", "Väskinde", "Lummelunda", "Roma", "Stenkyrka",
        ),
        venues=(
            "Visby lasarett", "akutmottagningen Visby lasarett", "Psykiatrin Gotland",
            "Hälsocentralen Visby norr", "Hälsocentralen Slite", "Hälsocentralen Hemse", "Ambulansen Gotland",
            "BUP Gotland", "Beroendeenheten Visby", "Familjecentralen Gråbo",
        ),
        wards=(
            "avdelning 8 psykiatri", "psykiatriska akutmottagningen", "PIVA Visby", "avd 3 medicin",
            "IVA Visby", "akutvårdsavdelningen", "avdelning 11B",
        ),
        streets=(
            "Adelsgatan", "Hästgatan", "Strandgatan", "Söderväg", "Stenkumlaväg", "Sjukhusbacken",
            "Endrevägen", "Tallhagsvägen", "Skolgatan", "Norra Hansegatan", "Gutevägen", "Visborgsallén",
        ),
        person_streets=("Kung Magnus väg", "Hazeliusgatan", "Säves gata", "Dalmansporten"),
        associations=(
            "Securitas", "Avarn Security", "GotlandsHem", "Polisen på Gotland", "SOS Alarm",
            "Räddningstjänsten Gotland", "Vårdförbundet", "IVO", "Destination Gotland", "Kommunal",
        ),
        lines=("stadsbuss 1", "linje 10", "linje 20", "buss 61", "stadsbuss 4", "linje 11"),
        tracts=("Visby Hästen", "Visby Munken", "Visby Kruttornet", "Follingbo Snögrinde", "Visby Tjärhovet"),
        area_codes=("0498",),
        domains=(*_MAIL, "gotland.se", "gotlandshem.se"),
    ),
}  # fmt: skip

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip

PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {
        "APA", "ARG", "ASS", "BAJ", "BSS", "CUK", "DUM", "ETA", "ETT", "FAG", "FAN", "FEG", "FEL", "FEM",
        "FES", "FET", "FNL", "FUC", "FUK", "FUL", "GAM", "GAY", "GEJ", "GEY", "GHB", "GUD", "GYN", "HAT",
        "HBT", "HOR", "HOT", "JUK", "KKK", "KOK", "KUK", "LAM", "LAT", "LEM", "LSD", "LUS", "MAO", "MEN",
        "MES", "MUS", "NAZ", "NRP", "NSF", "OND", "ORM", "PAJ", "PKK", "PMS", "PUB", "RAP", "RAS", "ROM",
        "RUS", "SEG", "SEX", "SJU", "SOS", "SUG", "SUP", "SUR", "TBC", "TOK", "TRE", "UFO", "USA", "WAR",
        "WWW", "XTC", "XXL", "XXX", "ZOO",
    }
)  # fmt: skip
