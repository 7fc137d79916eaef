"""Places of the thirtieth blind corpus (tests/blind30_corpus.py): per kommun its areas, streets, person-named
streets, venues and schools, courts, associations and companies, newspapers and programmes, bus lines, area
codes, e-mail domains and property tracts, typed from the writer's own knowledge of Borås, Gävle, Kalmar,
Huddinge and Nacka (Fisksätra and Älta among its areas). No list or map was opened; where a real street
name was not remembered, a plausible one of the town's kind was written.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    places: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    venues: tuple[str, ...]
    courts: tuple[str, ...]
    associations: tuple[str, ...]
    media: tuple[str, ...]
    landlords: tuple[str, ...]
    lines: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    tracts: tuple[str, ...]


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "icloud.com", "yahoo.se")

REGIONS: dict[str, Region] = {
    "boras": Region(
        kommun="Borås Stad",
        places=(
            "Norrby", "Hässleholmen", "Hulta", "Sjöbo", "Trandared", "Brämhult", "Dalsjöfors", "Fristad",
            "Viskafors", "Byttorp", "Kristineberg", "Göta", "Sandared", "Borås centrum", "Knalleland",
            "Östermalm", "Tosseryd",
        ),
        streets=(
            "Norrbyvägen", "Hässleholmsvägen", "Hultagatan", "Sjöbo torg", "Allégatan", "Åsboholmsgatan",
            "Yxhammarsgatan", "Lilla Brogatan", "Stora Brogatan", "Österlånggatan", "Druveforsvägen",
            "Alingsåsvägen", "Skaraborgsvägen", "Bäckängsgatan", "Trandaredsgatan", "Fjällgatan",
        ),
        person_streets=("Sturegatan", "Engelbrektsgatan", "Sven Eriksonsplatsen", "Sandwalls plats"),
        venues=(
            "Borås Arena", "Stadsparksbadet", "Borås Djurpark", "Textile Fashion Center", "Högskolan i Borås",
            "Södra Älvsborgs sjukhus", "Borås resecentrum", "Kulturhuset", "Sjöbo bibliotek",
            "Hässleholmens bibliotek", "Sven Eriksonsgymnasiet", "Bäckängsgymnasiet", "Almåsgymnasiet",
            "Norrbyskolan", "Sjöboskolan", "Hulta fritidsgård", "Boråshallen",
        ),
        courts=("Borås tingsrätt", "Hovrätten för Västra Sverige", "Åklagarmyndigheten i Borås"),
        associations=(
            "IF Elfsborg", "Borås Basket", "Sjuhärads Brottsofferjour", "Föreningen Hässleholmen Unga",
            "Räddningstjänsten Södra Älvsborg", "Borås Stadsmission", "Norrby IF", "Västtrafik",
        ),
        media=("Borås Tidning", "BT", "P4 Sjuhärad", "SVT Väst", "Västnytt", "Borås Nyheter"),
        landlords=("AB Bostäder i Borås", "Fristadbostäder", "Viskaforshem", "Riksbyggen", "HSB Göta"),
        lines=("linje 1", "linje 4", "stadsbuss 2", "buss 100", "linje 6", "buss 150"),
        area_codes=("033",),
        domains=(*_MAIL, "boras.se", "bostaderiboras.se"),
        tracts=("Borås Kvarnen", "Borås Hulta", "Borås Nejlikan", "Borås Svarvaren", "Sjöbo", "Norrby"),
    ),
    "gavle": Region(
        kommun="Gävle kommun",
        places=(
            "Sätra", "Andersberg", "Nordost", "Brynäs", "Öster", "Söder", "Sörby", "Bomhus", "Strömsbro",
            "Hemlingby", "Valbo", "Norrtull", "Olsbacka", "Stigslund", "Villastaden", "Gävle centrum",
        ),
        streets=(
            "Drottninggatan", "Nygatan", "Norra Kungsgatan", "Södra Kungsgatan", "Staketgatan",
            "Ruddammsgatan", "Kaserngatan", "Andersbergsringen", "Fältskärsvägen", "Hemlingbyvägen",
            "Valbovägen", "Brynäsgatan", "Södra Skeppsbron", "Sätra torg", "Bomhusvägen", "Kungsbäcksvägen",
        ),
        person_streets=("Linnégatan", "Rudbecksgatan", "Engelbrektsgatan", "Carl Larssons väg"),
        venues=(
            "Gavlerinken", "Gävle konserthus", "Gävle centralstation", "Valbo köpcentrum",
            "Högskolan i Gävle", "Gävle sjukhus", "Furuviksparken", "Andersbergs centrum", "Sätra centrum",
            "Stadsträdgården",
            "Boulognerskogen", "Joe Hill-gården", "Vasaskolan", "Polhemsskolan", "Borgarskolan",
            "Andersbergsskolan", "Sätra fritidsgård", "Fjärran Höjderbadet",
        ),
        courts=("Gävle tingsrätt", "Hovrätten för Nedre Norrland", "Åklagarmyndigheten i Gävle"),
        associations=(
            "Brynäs IF", "Gefle IF", "Räddningstjänsten Gästrikland", "Gävle Stadsmission",
            "Andersbergs hyresgästförening", "Kvinnojouren i Gävle", "X-trafik", "Föreningen Sätra Aktiv",
        ),
        media=("Gefle Dagblad", "Arbetarbladet", "P4 Gävleborg", "SVT Gävleborg", "Gävle Direkt", "GD"),
        landlords=("Gavlegårdarna", "Rikshem", "HSB Gävleborg", "Heimstaden", "Gästrike Fastigheter"),
        lines=("linje 1", "linje 11", "stadsbuss 3", "buss 91", "linje 14", "buss 20"),
        area_codes=("026",),
        domains=(*_MAIL, "gavle.se", "gavlegardarna.se"),
        tracts=("Gävle Kastet", "Gävle Andersberg", "Gävle Sätra", "Brynäs", "Gävle Näringen", "Gävle Öster"),
    ),
    "kalmar": Region(
        kommun="Kalmar kommun",
        places=(
            "Norrliden", "Oxhagen", "Funkabo", "Berga", "Lindsdal", "Smedby", "Kvarnholmen", "Malmen",
            "Djurängen", "Hagby", "Ljungbyholm", "Rinkabyholm", "Värnanäs", "Tallhagen", "Bergavik",
        ),
        streets=(
            "Storgatan", "Larmgatan", "Norra Långgatan", "Södra Långgatan", "Malmbrogatan", "Esplanaden",
            "Norrlidsvägen", "Oxhagsvägen", "Bäckgatan", "Smålandsgatan", "Stensövägen", "Tjärhovsgatan",
            "Lindsdalsvägen", "Funkabovägen", "Skälbyvägen", "Ängöleden",
        ),
        person_streets=("Kaggensgatan", "Drottning Margaretas väg", "Linnégatan", "Baron Sillénsgatan"),
        venues=(
            "Kalmar slott", "Guldfågeln Arena", "Kalmar central", "Kalmar länssjukhus", "Linnéuniversitetet",
            "Giraffen köpcentrum", "Baronen", "Kalmar domkyrka", "Kalmarsalen", "Norrlidens centrum",
            "Funkabo centrum", "Stagneliusskolan", "Jenny Nyströmsskolan", "Lars Kaggskolan",
            "Oxhagsskolan", "Norrlidens fritidsgård", "Kalmar stadsbibliotek",
        ),
        courts=("Kalmar tingsrätt", "Göta hovrätt", "Åklagarmyndigheten i Kalmar"),
        associations=(
            "Kalmar FF", "Kalmar Stadsmission", "Räddningstjänsten Kalmar", "Brottsofferjouren Kalmar län",
            "Föreningen Trygga Norrliden", "KLT", "Kalmar Hockey", "Lindsdals IF",
        ),
        media=(
            "Barometern", "Östra Småland", "P4 Kalmar", "SVT Smålandsnytt", "Smålandsnytt", "Ölandsbladet",
        ),
        landlords=("Kalmarhem", "Kalmar Kommunbolag", "Heimstaden", "HSB Kalmar", "Riksbyggen"),
        lines=("linje 1", "stadsbuss 3", "buss 2", "linje 20", "buss 104", "linje 5"),
        area_codes=("0480",),
        domains=(*_MAIL, "kalmar.se", "kalmarhem.se"),
        tracts=("Kalmar Barken", "Kalmar Oxhagen", "Kalmar Slottsvakten", "Funkabo", "Kalmar Tornfalken"),
    ),
    "huddinge": Region(
        kommun="Huddinge kommun",
        places=(
            "Flemingsberg", "Visättra", "Vårby gård", "Vårby", "Skogås", "Trångsund", "Sjödalen", "Stuvsta",
            "Snättringe", "Segeltorp", "Kungens kurva", "Glömsta", "Huddinge centrum", "Fullersta",
        ),
        streets=(
            "Sjödalsvägen", "Huddingevägen", "Hälsovägen", "Visättravägen", "Vårby allé", "Kvarnbergsplan",
            "Skogåsvägen", "Gamla Stockholmsvägen", "Storängsvägen", "Glömstavägen", "Diagnosvägen",
            "Röntgenvägen", "Regulatorvägen", "Lännavägen", "Trångsundsvägen",
        ),
        person_streets=("Alfred Nobels allé", "Kung Gustafs väg", "Karolina Widerströms väg"),
        venues=(
            "Karolinska Universitetssjukhuset i Huddinge", "Södertörns högskola", "Flemingsbergs station",
            "Huddinge centrum", "Sjödalshallen", "Huddinge simhall", "Visättra sportcenter", "Skogås centrum",
            "Sjödalsgymnasiet", "Östra gymnasiet", "Visättraskolan", "Vårbyskolan", "Huddinge bibliotek",
            "Flemingsbergs fritidsgård", "Stuvsta station",
        ),
        courts=("Södertörns tingsrätt", "Svea hovrätt", "Åklagarmyndigheten i Huddinge"),
        associations=(
            "Huddinge IK", "Huddinge Hockey", "Stockholms Stadsmission", "Föreningen Visättra Unga",
            "Södertörns brandförsvarsförbund", "SL", "Brottsofferjouren Södertörn", "Flemingsbergs IF",
        ),
        media=("Mitt i Huddinge", "Mitt i", "P4 Stockholm", "SVT ABC", "Ekot", "Södra Sidan"),
        landlords=("Huge Fastigheter", "Stena Fastigheter", "Heimstaden", "HSB Stockholm", "Willhem"),
        lines=("buss 172", "buss 865", "buss 710", "buss 744", "buss 713", "buss 709"),
        area_codes=("08",),
        domains=(*_MAIL, "huddinge.se", "huge.se"),
        tracts=("Huddinge Visättra", "Huddinge Glasbiten", "Huddinge Mellanbron", "Vårby", "Skogås"),
    ),
    "nacka": Region(
        kommun="Nacka kommun",
        places=(
            "Fisksätra", "Älta", "Saltsjöbaden", "Orminge", "Boo", "Sickla", "Nacka strand", "Järla",
            "Björknäs", "Finntorp", "Ektorp", "Fisksätra centrum", "Älta centrum", "Fisksätra torg",
            "Erstaviken", "Kummelnäs",
        ),
        streets=(
            "Fisksätra allé", "Fidravägen", "Båtbyggarvägen", "Ältavägen", "Almvägen", "Ältabergsvägen",
            "Oxelvägen", "Kanholmsvägen", "Mensättravägen", "Värmdövägen", "Vikdalsvägen", "Skvaltans väg",
            "Hästhagsvägen", "Stensövägen", "Tvärbanevägen", "Saltsjöbadsvägen",
        ),
        person_streets=("Ellen Keys gata", "Fredrik Blooms väg", "Augusta Lundins väg", "Per Hallströms väg"),
        venues=(
            "Fisksätra station", "Fisksätra bibliotek", "Fisksätra fritidsgård", "Sigfridsborgsskolan",
            "Älta tennishall", "Nacka Forum", "Nacka gymnasium", "Orminge centrum", "Sickla köpkvarter",
            "Nacka stadshus", "Fisksätra skola", "Ältaskolan", "Saltsjöbadens vårdcentral",
            "Fisksätra Folkets hus", "Älta simhall", "Nacka sjukhus",
        ),
        courts=("Nacka tingsrätt", "Svea hovrätt", "Åklagarmyndigheten i Nacka"),
        associations=(
            "Fisksätra IF", "Älta IF", "Föreningen Fisksätra Unga", "Nacka Värmdö Brottsofferjour",
            "Södertörns brandförsvarsförbund", "Hyresgästföreningen Fisksätra", "Nacka HK",
            "Fisksätra Museum",
        ),
        media=("Mitt i Nacka", "Nacka Värmdö Posten", "NVP", "P4 Stockholm", "SVT ABC", "Lokaltidningen"),
        landlords=("Stena Fastigheter", "Wallenstam", "Nacka Hem", "HSB Stockholm", "Rikshem"),
        lines=("buss 401", "buss 409", "buss 471", "buss 402", "buss 414", "buss 840"),
        area_codes=("08",),
        domains=(*_MAIL, "nacka.se", "stenafastigheter.se"),
        tracts=("Nacka Fisksätra", "Nacka Älta", "Nacka Sicklaön", "Erstavik", "Nacka Orminge"),
    ),
}  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip

# Weekdays and the like, after which a number is a date or a time, not part of a name or place.
WEEKDAYS = frozenset(
    {
        "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
        "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen",
        "mån", "tis", "ons", "tors", "fre", "lör", "sön", "publicerad", "uppdaterad", "natten", "kvällen",
    }
)  # fmt: skip

# Letters on Swedish plates (no I, Q, V, Å, Ä, Ö); a new plate's last letter (no O either).
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {
        "APA", "ARG", "ASS", "BAJ", "BOG", "BSS", "CUC", "CUK", "DUM", "ETA", "ETT", "FAG", "FAN", "FEG",
        "FEL", "FEM", "FES", "FET", "FNL", "FUC", "FUK", "FUL", "GAM", "GAY", "GEJ", "GEY", "GHB", "GUD",
        "GYN", "HAT", "HBT", "HKH", "HOR", "HOT", "JOX", "JUG", "KKK", "KUK", "KUF", "LAT", "LEM", "LSD",
        "LUS", "MES", "MUS", "NAZ", "NRP", "NSF", "NYP", "OND", "OOO", "ORM", "PAJ", "PKK", "PLO", "PMS",
        "PUB", "RAP", "RAS", "ROM", "RPS", "RUS", "SAB", "SEX", "SJU", "SOS", "SUP", "SUR", "TBC", "TOT",
        "UFO", "UFF", "USA", "USH", "WAM", "WAR", "XXX", "ZOO", "BRA", "DOM", "TUR", "BUS", "MAT", "SEN",
    }
)  # fmt: skip
