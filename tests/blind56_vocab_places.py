"""Places of the fifty-sixth blind corpus (tests/blind56_corpus.py): Malmö, Lund and Helsingborg as a
licensing unit, the police's permit unit, Skatteverket and the fire service see them — areas and squares,
streets (some named after people), venues and schools, authorities, student nations, housing companies,
restaurants, bars and kiosks, bus lines, area codes, mail domains and property tracts. Typed from the
writer's own knowledge of Skåne; some are invented in the way such places are named.
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
    businesses: tuple[str, ...]
    lines: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    tracts: tuple[str, ...]


_COMMON_DOMAINS = (
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.se",
    "telia.com",
    "icloud.com",
    "yahoo.se",
)

REGIONS: dict[str, Region] = {
    "malmo": Region(
        kommun="Malmö stad",
        places=(
            "Möllevången", "Möllevångstorget", "Södra Innerstaden", "Rosengård", "Seved", "Sofielund",
            "Värnhem", "Västra hamnen", "Limhamn", "Hyllie", "Fosie", "Oxie", "Husie", "Kirseberg",
            "Lindängen", "Holma", "Kroksbäck", "Hermodsdal", "Nydala", "Gamla staden", "Davidshall",
            "Lilla torg", "Stortorget", "Nobeltorget", "Ribersborg", "Augustenborg", "Dalaplan",
            "Värnhemstorget", "Triangeln", "Bellevue", "Jägersro", "Slottsstaden",
        ),
        venues=(
            "Malmö Live", "Folkets park", "Slagthuset", "Malmö Arena", "Mitt Möllan", "Emporia",
            "Mobilia", "Malmö C", "Malmö Opera", "Saluhallen", "Inkonst", "Stadsbiblioteket",
            "Rosengårds centrum", "Hyllie station", "Triangeln station", "Malmö universitet",
            "Rosengårdsskolan", "Sofielundsskolan", "Malmö Latinskola", "Pauliskolan", "Kulturbolaget",
            "Eleda Stadion", "Moriska paviljongen", "Nobelhallen",
        ),
        streets=(
            "Bergsgatan", "Södra Förstadsgatan", "Amiralsgatan", "Lantmannagatan", "Nobelvägen",
            "Ystadvägen", "Sallerupsvägen", "Lundavägen", "Kungsgatan", "Rönneholmsvägen",
            "Föreningsgatan", "Möllevångsgatan", "Ystadgatan", "Kristianstadsgatan", "Drottninggatan",
            "Stora Nygatan", "Södergatan", "Skomakaregatan", "Davidshallsgatan", "Regementsgatan",
            "Limhamnsvägen", "Industrigatan", "Simrishamnsgatan", "Trelleborgsvägen", "Stadiongatan",
            "Pildammsvägen", "Bragegatan", "Norra Grängesbergsgatan", "Spångatan", "Sevedsgatan",
        ),
        person_streets=(
            "Gustav Adolfs torg", "Carl Gustafs väg", "Jörgen Kocksgatan", "Frans Suellsgatan",
            "Hans Michelsensgatan", "Anna Lindhs plats", "Per Albin Hanssons väg", "Ernst Ahlgrens väg",
            "Carl Herslows gata", "Henrik Smithsgatan",
        ),
        associations=(
            "Polismyndigheten", "Skatteverket", "Räddningstjänsten Syd", "Länsstyrelsen Skåne",
            "Folkhälsomyndigheten", "MKB Fastighets AB", "Malmö stads arbetsmarknads- och socialförvaltning",
            "Miljöförvaltningen", "Krogar mot knark", "Visit Malmö", "Malmö Citysamverkan",
            "Möllevångsgruppen", "Trygga Möllan", "Hyresgästföreningen",
        ),
        businesses=(
            "Pizzeria Napoli", "Grillen & Baren", "Restaurang Saffran", "Kebab Palace", "Nattkiosken",
            "Bar Nostalgi", "Café Solrosen", "Sushi Yama", "Pub Ankaret", "Restaurang Cedern",
            "Tobak & Spel Hörnan", "Shisha Lounge Orient", "Vinbaren Druvan", "Pizzeria Mamma Mia",
            "Restaurang Ali Baba", "Kvarterskrogen", "Nattklubb Kolgruvan", "Falafel Express",
        ),
        lines=(
            "linje 1", "linje 2", "linje 3", "linje 4", "linje 5", "linje 7", "linje 8", "buss 5",
            "buss 2", "stadsbuss 6", "regionbuss 146", "Malmöexpressen",
        ),
        area_codes=("040",),
        domains=("malmo.se", "polisen.se", "skatteverket.se", "rsyd.se", *_COMMON_DOMAINS),
        tracts=(
            "Rörsjöstaden", "Södervärn", "Innerstaden", "Västervång", "Kirseberg", "Fosie", "Husie",
            "Bunkeflo", "Limhamn", "Sorgenfri", "Möllevången",
        ),
    ),
    "lund": Region(
        kommun="Lunds kommun",
        places=(
            "Klostergården", "Linero", "Norra Fäladen", "Östra Torn", "Järnåkra", "Nöbbelöv", "Gunnesbo",
            "Östra Mårtens fälad", "Södra Sandby", "Dalby", "Veberöd", "Genarp", "Stångby",
            "Brunnshög", "Stortorget", "Mårtenstorget", "Botulfsplatsen", "Clemenstorget", "Bantorget",
            "Lundagård", "Stadsparken", "Lund C", "Ideon", "Sankt Hans backar", "Kobjer", "Vildanden",
            "Delphi",
        ),
        venues=(
            "Lunds domkyrka", "Universitetshuset", "AF-borgen", "Stadshallen", "Lunds stadsbibliotek",
            "Mejeriet", "Saluhallen i Lund", "Nova Lund", "Skånes universitetssjukhus", "Katedralskolan",
            "Spyken", "Polhemskolan", "Vipeholmsskolan", "Lundakarnevalen", "Högevallsbadet",
            "Palaestra et Odeum", "Kulturen", "Victoriastadion",
        ),
        streets=(
            "Stora Södergatan", "Kyrkogatan", "Klostergatan", "Västra Mårtensgatan", "Bangatan",
            "Bredgatan", "Lilla Fiskaregatan", "Grönegatan", "Stora Tvärgatan", "Magistratsvägen",
            "Kämnärsvägen", "Sölvegatan", "Getingevägen", "Dalbyvägen", "Trollebergsvägen",
            "Vårfrugatan", "Södra Esplanaden", "Norra Ringen", "Råbyvägen", "Fjelievägen",
            "Tornavägen", "Lilla Gråbrödersgatan", "Winstrupsgatan", "Bytaregatan",
        ),
        person_streets=(
            "Tegnérsplatsen", "Ole Römers väg", "Scheelevägen", "Sankt Laurentiigatan", "Karl XI-gatan",
            "Kung Oscars väg", "Sven Hedins väg", "Pehr Henrik Lings väg",
        ),
        associations=(
            "Polismyndigheten", "Skatteverket", "Räddningstjänsten Syd", "Länsstyrelsen Skåne",
            "Malmö Nation", "Lunds Nation", "Göteborgs Nation", "Kalmar Nation", "Smålands Nation",
            "Helsingkrona Nation", "Blekingska Nationen", "Hallands Nation", "Västgöta Nation",
            "Sydskånska Nationen", "Akademiska Föreningen", "LKF", "AF Bostäder", "Kuratorskollegiet",
            "Lunds Citysamverkan",
        ),
        businesses=(
            "Restaurang Gröna Tallriken", "Bar Akademiska", "Pizzeria Bella", "Kebabkiosken vid torget",
            "Café Korsbröd", "Thai Orchidé", "Ramen Hokkai", "Pub Gamla Porten", "Vinbaren Saltet",
            "Kiosk Nattugglan", "Bistro Kvarnen", "Tobaksaffären Hörnet", "Burger Bröderna",
            "Restaurang Lilla Fönstret",
        ),
        lines=(
            "linje 1", "linje 2", "linje 3", "linje 4", "linje 6", "stadsbuss 5", "buss 169",
            "regionbuss 171", "spårvagnen", "Lundalänken",
        ),
        area_codes=("046",),
        domains=("lund.se", "polisen.se", "skatteverket.se", "rsyd.se", "student.lu.se", *_COMMON_DOMAINS),
        tracts=(
            "Klostergården", "Nöbbelöv", "Dalby", "Stångby", "Södra Sandby", "Veberöd", "Genarp",
            "Lund Rådhuset", "Lund Galten", "Lund Tryckeriet",
        ),
    ),
    "helsingborg": Region(
        kommun="Helsingborgs stad",
        places=(
            "Söder", "Norr", "Drottninghög", "Dalhem", "Närlunda", "Fredriksdal", "Planteringen", "Råå",
            "Ramlösa", "Påarp", "Högaborg", "Gustavslund", "Eneborg", "Tågaborg", "Berga", "Mariastaden",
            "Ödåkra", "Väla", "Rydebäck", "Laröd", "Stattena", "Husensjö", "Filborna",
            "Stortorget i Helsingborg",
            "Sundstorget", "Hamntorget", "Norra hamnen", "Oceanhamnen", "Pålsjö skog", "Kärnan",
        ),
        venues=(
            "Knutpunkten", "Dunkers kulturhus", "Helsingborgs Arena", "Olympia", "Helsingborg C",
            "Väla centrum", "Helsingborgs lasarett", "Campus Helsingborg", "Rådhuset", "Sofiero slott",
            "Fredriksdals friluftsmuseum", "Olympiaskolan", "Nicolaiskolan", "Rönnowska skolan",
            "Filbornaskolan", "Dalhemsskolan", "Drottninghögsskolan", "Konserthuset", "Tropical Beach",
            "Hamnkrogen",
        ),
        streets=(
            "Drottninggatan", "Kullagatan", "Järnvägsgatan", "Bruksgatan", "Södergatan", "Trädgårdsgatan",
            "Hälsovägen", "Vasatorpsvägen", "Ängelholmsvägen", "Furutorpsgatan", "Kopparmöllegatan",
            "Gasverksgatan", "Södra Storgatan", "Norra Storgatan", "Karlsgatan", "Bergaliden",
            "Florettgatan", "Söderleden", "Rausvägen", "Sockengatan", "Stattenagatan",
        ),
        person_streets=(
            "Carl Krooks gata", "Gustav Adolfs gata", "Drottning Sophias väg", "Rönnowsgatan",
            "Prins Gustafs gata", "Mäster Palms gata", "Hans Hallbergs väg",
        ),
        associations=(
            "Polismyndigheten", "Skatteverket", "Räddningstjänsten Nordvästra Skåne", "RSNV",
            "Länsstyrelsen Skåne", "Helsingborgshem", "Miljöförvaltningen", "Citysamverkan Helsingborg",
            "Krogar mot knark", "Fältgruppen", "Drottninghögs Trygghetsråd", "Hyresgästföreningen",
        ),
        businesses=(
            "Pizzeria Sundet", "Restaurang Hamnen", "Kebab & Grill Söder", "Bar Fyren", "Café Kusten",
            "Sushi Wasabi", "Pub Kronan", "Nattklubb Tunneln", "Tobak & Lotter Järnvägen",
            "Restaurang Tre Kronor", "Gatukök Gula Huset", "Shisha Café Nile", "Livs & Kiosk Dalhem",
            "Vinbaren Lilla Sundet",
        ),
        lines=(
            "linje 1", "linje 2", "linje 3", "linje 7", "linje 8", "stadsbuss 10", "buss 219",
            "regionbuss 220", "Pågatåget", "buss 21",
        ),
        area_codes=("042",),
        domains=("helsingborg.se", "polisen.se", "skatteverket.se", "rsnv.se", *_COMMON_DOMAINS),
        tracts=(
            "Gustavslund", "Dalhem", "Drottninghög", "Ramlösa", "Råå", "Påarp", "Ödåkra", "Eneborg",
            "Söder", "Helsingborg Bryggaren",
        ),
    ),
}  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons", "tors",
    "fre", "lör", "sön",
)  # fmt: skip

# Swedish plates use neither I, Q, V nor Å, Ä, Ö; the last sign of a new plate is never O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset({"ASS", "FAN", "FUL", "KUK", "SEX", "APA", "DUM", "BAJ", "PKK", "NRP", "LSD", "HOR"})
