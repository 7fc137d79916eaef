"""Places of the thirty-eighth blind corpus (tests/blind38_corpus.py): Västerås, Örebro and Kristianstad as
the writer knows them (areas, streets, person-named streets, venues and schools, housing companies, fire
services and other organisations, bus lines, area codes, e-mail domains, kvarter for property designations);
typed from memory, no list read. Plates' letters as on Swedish plates (no I, Q, V, Å, Ä, Ö).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    places: tuple[str, ...]
    venues: tuple[str, ...]
    schools: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    associations: tuple[str, ...]
    housing: tuple[str, ...]
    lines: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    tracts: tuple[str, ...]


REGIONS: dict[str, Region] = {
    "vasteras": Region(
        kommun="Västerås",
        places=(
            "Bäckby", "Råby", "Skallberget", "Pettersberg", "Vallby", "Hammarby", "Viksäng", "Malmaberg",
            "Önsta-Gryta", "Skiljebo", "Gideonsberg", "Kristiansborg", "Bjurhovda", "Hälla", "Stensborg",
            "Tillberga", "Dingtuna", "Skultuna", "Haga", "Jakobsberg",
        ),
        venues=(
            "Erikslunds köpcentrum", "Bäckby centrum", "Västerås centralstation", "Stora torget",
            "Vasaparken", "Mälarenergi Arena", "ABB Arena Syd", "Kokpunkten", "Culturen",
            "Västerås stadsbibliotek", "Rocklunda IP", "Råby centrum", "Hälla shopping",
            "Vallby friluftsmuseum",
        ),
        schools=(
            "Bäckbyskolan", "Råbyskolan", "Vallbyskolan", "Hammarbyskolan", "Viksängsskolan",
            "Rudbeckianska gymnasiet", "Carlforsska gymnasiet", "Wenströmska gymnasiet", "Skiljeboskolan",
            "Pilträdsskolan", "Emausskolan", "Malmabergsskolan",
        ),
        streets=(
            "Kopparbergsvägen", "Vasagatan", "Stora Gatan", "Pilgatan", "Köpingsvägen", "Stockholmsvägen",
            "Björnövägen", "Malmabergsgatan", "Ängsgärdsgatan", "Skultunavägen", "Narvavägen", "Salavägen",
            "Allmänningsvägen", "Bäckbyvägen", "Ryttargatan", "Råbyvägen", "Hälla gårdsväg", "Vallbyvägen",
        ),
        person_streets=(
            "Sigurdsgatan", "Carl Larssons väg", "Selma Lagerlöfs väg", "Sven Hedins gata", "Karlsgatan",
            "Evert Taubes gata",
        ),
        associations=(
            "Mälardalens brand- och räddningsförbund", "Västerås stad", "Polisen region Bergslagen",
            "Securitas", "Avarn Security", "VL", "Brottsofferjouren Västmanland", "Västerås SK",
            "Fältgruppen Västerås",
        ),
        housing=("Mimer", "HSB Mälardalen", "Riksbyggen", "Willhem", "Heimstaden", "Klövern"),
        lines=("linje 1", "linje 2", "linje 3", "linje 4", "linje 11", "linje 12", "buss 6", "linje 21"),
        area_codes=("021",),
        domains=(
            "gmail.com", "hotmail.com", "outlook.com", "telia.com", "mimer.nu", "vasteras.se", "live.se",
            "icloud.com",
        ),
        tracts=(
            "Skrivaren", "Sotaren", "Smeden", "Gjutaren", "Plogen", "Harven", "Lien", "Kvarnen", "Vallmon",
            "Blåklinten",
        ),
    ),
    "orebro": Region(
        kommun="Örebro",
        places=(
            "Vivalla", "Baronbackarna", "Oxhagen", "Varberga", "Brickebacken", "Markbacken", "Lillån",
            "Hovsta", "Mikael", "Sörbyängen", "Adolfsberg", "Rynninge", "Tybble", "Almby", "Lundby", "Väster",
            "Ladugårdsängen", "Rosta", "Nasta", "Glanshammar",
        ),
        venues=(
            "Vivalla centrum", "Krämaren", "Marieberg galleria", "Behrn Arena", "Conventum", "Örebro slott",
            "Stortorget", "Örebro centralstation", "Stadsparken", "Gustavsviksbadet", "Universitetssjukhuset",
            "Varberga centrum", "Baronbackarnas fritidsgård", "Olaus Petri kyrka",
        ),
        schools=(
            "Vivallaskolan", "Brickebackens skola", "Rudbecksskolan", "Karolinska gymnasiet",
            "Risbergska skolan", "Tullängsgymnasiet", "Mellringeskolan", "Almbyskolan", "Lillåns skola",
            "Adolfsbergsskolan", "Tybbleskolan", "Navets skola",
        ),
        streets=(
            "Drottninggatan", "Storgatan", "Kungsgatan", "Rudbecksgatan", "Fabriksgatan", "Järntorgsgatan",
            "Västhagagatan", "Ånstagatan", "Tybblegatan", "Bettorpsgatan", "Mellringevägen", "Varbergavägen",
            "Oxhagsvägen", "Vivallaringen", "Markbackens allé", "Trädgårdsgatan", "Mikaelsgatan",
        ),
        person_streets=(
            "Hertig Karls allé", "Engelbrektsgatan", "Hjalmar Bergmans väg", "Elsa Beskows väg",
            "Olaus Petrigatan", "Karl Staaffs väg",
        ),
        associations=(
            "Nerikes Brandkår", "Örebro kommun", "Polisen region Bergslagen", "Securitas", "Avarn Security",
            "Länstrafiken", "Brottsofferjouren Örebro län", "Örebro SK", "KFUM Örebro",
        ),
        housing=("ÖrebroBostäder", "ÖBO", "HSB Örebro", "Lundbergs", "Stora Holmen", "Riksbyggen"),
        lines=("linje 1", "linje 2", "linje 3", "linje 4", "linje 5", "linje 10", "stadsbuss 11", "linje 13"),
        area_codes=("019",),
        domains=(
            "gmail.com", "hotmail.com", "hotmail.se", "obo.se", "orebro.se", "nerikesbrandkar.se",
            "telia.com", "outlook.com", "yahoo.se",
        ),
        tracts=(
            "Rönnen", "Lönnen", "Spinnrocken", "Vävstolen", "Humlan", "Getingen", "Druvan", "Kastanjen",
            "Blåmesen", "Stjärnan",
        ),
    ),
    "kristianstad": Region(
        kommun="Kristianstad",
        places=(
            "Gamlegården", "Näsby", "Charlottesborg", "Österäng", "Vä", "Åhus", "Tollarp", "Söder", "Hammar",
            "Lingenäs", "Nosaby", "Fjälkinge", "Vilan", "Hammarslund", "Långebro", "Sommarlust", "Araslöv",
            "Degeberga", "Önnestad", "Everöd",
        ),
        venues=(
            "Kristianstad Arena", "Gamlegårdens centrum", "C4 Shopping", "Tivoliparken",
            "Kristianstads centralstation", "Stora torg", "Lilla torg", "Högskolan Kristianstad",
            "Centralsjukhuset", "Naturum Vattenriket", "Kristianstads teater", "Näsby centrum",
            "Åhus hamn",
        ),
        schools=(
            "Söderportgymnasiet", "Österänggymnasiet", "Gamlegårdsskolan", "Vilanskolan", "Parkskolan",
            "Näsbyskolan", "Lingenässkolan", "Fröknegårdskolan", "Nosabyskolan", "Vä skola",
            "Tollarps skola",
        ),
        streets=(
            "Östra Storgatan", "Västra Storgatan", "Tivoligatan", "Trädgårdsgatan", "Lasarettsboulevarden",
            "Kanalgatan", "Nya Boulevarden", "Blekingevägen", "Österlenvägen", "Helsingborgsvägen",
            "Allégatan", "Näsbyvägen", "Gamlegårdsvägen", "Hammarvägen", "Vilanvägen", "Skolgatan",
        ),
        person_streets=(
            "Kristian IV:s väg", "Nils Holgerssons gata", "Carl Larssons väg", "Ola Hanssons väg",
            "Gustav Adolfs gata", "Pehr Ossbahrs väg",
        ),
        associations=(
            "Räddningstjänsten Kristianstad", "Kristianstads kommun", "Polisen region Syd", "Securitas",
            "Avarn Security", "Skånetrafiken", "IFK Kristianstad", "Brottsofferjouren Nordöstra Skåne",
            "Åhus Fältgrupp",
        ),
        housing=("ABK", "AB Kristianstadsbyggen", "Heimstaden", "HSB Skåne", "Riksbyggen", "Trianon"),
        lines=("stadsbuss 1", "stadsbuss 2", "stadsbuss 3", "linje 4", "regionbuss 551", "linje 6"),
        area_codes=("044",),
        domains=(
            "gmail.com", "hotmail.com", "hotmail.se", "abk.se", "kristianstad.se", "telia.com", "outlook.com",
            "icloud.com", "live.se",
        ),
        tracts=("Myrstacken", "Bikupan", "Tallen", "Gåsen", "Tranan", "Lärkan", "Duvan", "Hägern", "Vipan",
                "Måsen"),
    ),
}  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons",
            "tors", "fre", "lör", "sön")  # fmt: skip

PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
# Letter groups never on a plate (words) and abbreviations the frames write.
BAD_PLATES = frozenset(
    {
        "KUK", "FAN", "SEX", "APA", "LSD", "FUL", "GAY", "NRK", "SOS", "MBR", "ABK", "EST", "OBO", "HSB",
        "ABB", "RTJ", "CSV", "OBS", "SMS", "BRF", "LGH", "TEL", "MVH", "POL", "SLA", "DUM", "PUK",
    }
)  # fmt: skip
