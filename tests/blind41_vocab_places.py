"""Places of the forty-first blind corpus (tests/blind41_corpus.py): Malmö, Lund and Landskrona as a public
transport operator's staff write them — areas, stops and stations, streets (some named after persons),
schools and venues, landlords, operators and associations, bus and tram lines, area codes, mail domains and
property designations. Typed from the writer's own knowledge, with no list or package.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str  # the kommun as an organisation ("Malmö stad")
    places: tuple[str, ...]  # areas and districts
    stops: tuple[str, ...]  # stops and stations as drivers name them (places)
    venues: tuple[str, ...]  # schools, stations, hospitals, arenas (institutions)
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    associations: tuple[str, ...]  # landlords, operators, guards, clubs (organisations)
    lines: tuple[str, ...]  # bus and tram lines
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    tracts: tuple[str, ...]  # the tract part of a property designation


_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "icloud.com", "yahoo.se")

REGIONS: dict[str, Region] = {
    "malmo": Region(
        kommun="Malmö stad",
        places=(
            "Rosengård", "Möllevången", "Seved", "Hermodsdal", "Lindängen", "Holma", "Kroksbäck", "Hyllie",
            "Oxie", "Kirseberg", "Fosie", "Västra Hamnen", "Limhamn", "Bunkeflostrand", "Nydala",
            "Augustenborg", "Sofielund", "Almgården", "Kulladal", "Annelund", "Lorensborg", "Rörsjöstaden",
            "Segevång", "Husie", "Södra Innerstaden", "Bellevuegården", "Heleneholm",
        ),
        stops=(
            "Triangeln", "Värnhemstorget", "Dalaplan", "Möllevångstorget", "Södervärn", "Rosengård centrum",
            "Lindängen centrum", "Malmö C", "Station Persborg", "Nobeltorget", "Stortorget", "Fridhemstorget",
            "Amiralsgatan/Nobelvägen", "Emporia", "Hyllie station", "Jägersro Center", "Davidshall",
            "Stadionområdet", "Västra Hamnen Dockan", "Holma centrum",
        ),
        venues=(
            "Malmö Centralstation", "Triangelns station", "Hyllie station", "Malmö Arena",
            "Malmö universitet",
            "Skånes universitetssjukhus", "Rosengårdsskolan", "Sorgenfriskolan", "Holmaskolan",
            "Kroksbäcksskolan", "Heleneholms gymnasium", "Malmö Latinskola", "Stadsbiblioteket", "Mobilia",
            "Entré Malmö", "Folkets park", "Malmö Live", "Eleda Stadion", "Rosengårds bibliotek",
            "Lindängens vårdcentral", "Malmö Opera",
        ),
        streets=(
            "Amiralsgatan", "Ystadvägen", "Lantmannagatan", "Bergsgatan", "Södra Förstadsgatan",
            "Föreningsgatan", "Regementsgatan", "Trelleborgsvägen", "Jägersrovägen", "Lönngatan",
            "Sallerupsvägen", "Annetorpsvägen", "Munkhättegatan", "Kungsgatan", "Östra Farmvägen",
            "Cypressvägen", "Agnesfridsvägen", "Mariedalsvägen", "Stora Nygatan", "Drottninggatan",
            "Kronborgsvägen", "Husievägen", "Hyllie Boulevard", "Västra Kattarpsvägen", "Rönnblomsgatan",
        ),
        person_streets=(
            "Gustav Adolfs torg", "Per Albin Hanssons väg", "Carl Gustafs väg", "Ramels väg", "Nobelvägen",
            "John Ericssons väg", "Anna Lindhs plats",
        ),
        associations=(
            "Skånetrafiken", "Nobina", "Transdev", "Arriva", "Bergkvarabuss", "Securitas", "Avarn Security",
            "MKB", "Trafikverket", "Clear Channel", "Nattvandrarna", "Malmö Stadsmission", "Malmö FF",
            "Fryshuset Malmö", "Stena Fastigheter",
        ),
        lines=(
            "linje 1", "linje 2", "linje 3", "linje 4", "linje 5", "linje 6", "linje 7", "linje 8",
            "linje 32", "linje 34", "linje 35", "linje 150", "buss 5", "MalmöExpressen", "stadsbuss 8",
            "regionbuss 146",
        ),
        area_codes=("040",),
        domains=(*_DOMAINS, "malmo.se", "skanetrafiken.se"),
        tracts=(
            "Malmö Törnrosen", "Malmö Kastanjen", "Malmö Bältespännaren", "Malmö Lärkan", "Malmö Kroksbäck",
            "Malmö Hermodsdal", "Malmö Holma", "Malmö Flygfyren",
        ),
    ),
    "lund": Region(
        kommun="Lunds kommun",
        places=(
            "Norra Fäladen", "Klostergården", "Linero", "Östra Torn", "Södra Sandby", "Dalby", "Veberöd",
            "Genarp", "Stångby", "Brunnshög", "Gunnesbo", "Nilstorp", "Järnåkra", "Professorsstaden",
            "Vallkärra", "Kobjer", "Nöbbelöv", "Råbylund", "Väster", "Källby",
        ),
        stops=(
            "Lund C", "Clemenstorget", "Botulfsplatsen", "Bankgatan", "Universitetssjukhuset", "LTH",
            "Ideon", "Science Village", "ESS", "Mårtenstorget", "Lunds Södra", "Klostergårdens centrum",
            "Linero torg", "Nova Lund", "Gunnesbo station", "Stora Södergatan/Kulturen",
        ),
        venues=(
            "Lunds universitet", "Lunds Tekniska Högskola", "Katedralskolan", "Polhemskolan", "Spyken",
            "Vipeholmsskolan", "Nova Lund", "Lunds stadsbibliotek", "Lunds domkyrka", "Högevallsbadet",
            "Lunds stadshall", "AF-borgen", "Kulturen", "Lund Centralstation", "Klostergårdens IP",
            "Linero bibliotek", "Sankt Lars-parken",
        ),
        streets=(
            "Bangatan", "Klostergatan", "Stora Södergatan", "Kävlingevägen", "Sölvegatan", "Getingevägen",
            "Fältspatsvägen", "Kämnärsvägen", "Magistratsvägen", "Tornavägen", "Dalbyvägen",
            "Trollebergsvägen", "Råbyvägen", "Smörlyckan", "Järnåkravägen", "Nöbbelövsvägen",
            "Höjdrodergatan", "Västra Stationstorget", "Brunnsgatan", "Lerbäcksgatan",
        ),
        person_streets=(
            "Kung Oskars väg", "Ole Römers väg", "Tycho Brahes väg", "Scheelevägen", "Sankt Laurentiigatan",
            "Linnégatan", "Karl XII-gatan",
        ),
        associations=(
            "Skånetrafiken", "Spårvägen Lund", "Nobina", "Bergkvarabuss", "LKF", "AF Bostäder", "Securitas",
            "Lunds Stadsmission", "Nattvandrarna i Lund", "Lugi", "Akademiska Föreningen", "Trafikverket",
            "Lunds Nation",
        ),
        lines=(
            "linje 1", "linje 3", "linje 4", "linje 6", "linje 20", "linje 169", "linje 171",
            "stadsbuss 2", "spårvagnen", "spårvagnslinje 1", "regionbuss 166", "Lundalänken",
        ),
        area_codes=("046",),
        domains=(*_DOMAINS, "lund.se", "student.lu.se"),
        tracts=(
            "Lund Tegelbruket", "Lund Fäladen", "Lund Sparsam", "Lund Vildanden", "Lund Kvarnen",
            "Lund Nöbbelöv", "Lund Klostergården",
        ),
    ),
    "landskrona": Region(
        kommun="Landskrona stad",
        places=(
            "Karlslund", "Borstahusen", "Pilängen", "Exercisfältet", "Dammhagen", "Sandvången", "Häljarp",
            "Asmundtorp", "Glumslöv", "Ven", "Tuppåsen", "Västervång", "Östervång", "Citadellsområdet",
            "Norra hamnen", "Gamla stan",
        ),
        stops=(
            "Landskrona station", "Rådhustorget", "Busstorget", "Karlslunds centrum", "Österleden",
            "Lasarettet", "Exercisplan", "Häljarp station", "Glumslövs backar", "Hamnplan",
        ),
        venues=(
            "Landskrona lasarett", "Citadellet", "Dammhagsskolan", "Karlslundsskolan", "Sandvångsskolan",
            "Landskrona IP", "Landskrona simhall", "Landskrona teater", "Landskrona stadsbibliotek",
            "Öresundsbadet", "Landskrona Konsthall", "Victoriaskolan", "Ericsbergsgymnasiet",
        ),
        streets=(
            "Järnvägsgatan", "Östergatan", "Storgatan", "Hantverkaregatan", "Väderkvarnsgatan",
            "Lasarettsvägen", "Exercisgatan", "Mossgatan", "Timmermansgatan", "Norra Långgatan", "Söderleden",
            "Asmundtorpsvägen", "Havsbadsvägen", "Bryggaregatan", "Kasernplan", "Artillerigatan",
        ),
        person_streets=(
            "Erik Dahlbergsgatan", "Selma Lagerlöfs väg", "Tycho Brahes väg", "Sankt Olofsgatan",
            "Drottning Kristinas gata",
        ),
        associations=(
            "Skånetrafiken", "Bergkvarabuss", "Landskronahem", "Securitas", "Landskrona BoIS", "Ventrafiken",
            "Nattvandrarna Landskrona", "Trafikverket", "Avarn Security", "Landskrona Stadsmission",
        ),
        lines=(
            "linje 1", "linje 2", "linje 3", "linje 4", "stadsbuss 2", "regionbuss 220", "linje 230",
            "linje 213", "stadsbussen",
        ),
        area_codes=("0418",),
        domains=(*_DOMAINS, "landskrona.se"),
        tracts=(
            "Landskrona Svanen", "Landskrona Tranan", "Landskrona Karlslund", "Landskrona Lärkan",
            "Landskrona Kronan", "Landskrona Pilängen",
        ),
    ),
}  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "mån", "tis", "ons", "tors", "fre", "lör", "sön", "natten", "kvällen", "morgonen",
)  # fmt: skip

PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset({"SEX", "KUK", "FAN", "ARS", "NYP", "LTH", "ESS", "MKB", "LKF", "SMS", "TLG"})
