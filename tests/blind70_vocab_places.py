"""Places of the seventieth blind corpus (tests/blind70_corpus.py): Uppsala, Gävle and Sundsvall as a site
manager, a property manager or a guard writes them — areas, streets (some named after people), the tracts of
property designations, building projects and blocks, schools and other institutions, landlords, contractors
and hire firms, bus lines. Typed from the writer's own knowledge of the three towns; no list or map was
read, and a street or a project may be made up.
"""

from __future__ import annotations

from dataclasses import dataclass

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "mån", "tis", "ons", "tors", "tor", "fre", "lör", "sön", "må", "ti", "on", "to", "fr", "lö", "sö",
)  # fmt: skip
# Swedish plates use neither I, Q, V nor Å, Ä, Ö; a new plate's last sign is a digit or a letter but O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {"APA", "ARG", "BAJ", "BUS", "DUM", "FAN", "FEG", "FEL", "FET", "FUL", "GAY", "HOR", "KUK", "LAT",
     "MAL", "MES", "MOR", "NEJ", "OST", "PAJ", "PUB", "ROT", "SEX", "SUR", "SUG", "TOK", "UFO", "UND",
     "ZOO", "KRAN", "SAS", "BOM", "BOT", "GAS", "MUR", "TAK", "RÖR", "BRA", "DAG", "TAG", "SEK", "MAJ",
     "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC", "JAN", "FEB", "MAR", "APR", "LGH", "KLO", "NCC",
     "JMS", "SMS", "MMS", "EST", "GPS", "LED", "DEL", "BET", "BRF"}
)  # fmt: skip


@dataclass(frozen=True)
class Region:
    kommun: str
    area_codes: tuple[str, ...]
    places: tuple[str, ...]  # areas and parts of town
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    tracts: tuple[str, ...]  # the tract of a property designation
    projects: tuple[str, ...]  # building projects and blocks, as sites are called
    venues: tuple[str, ...]  # schools, hospitals, arenas, libraries: institutions
    associations: tuple[str, ...]  # landlords, contractors, hire firms, guards, authorities
    lines: tuple[str, ...]
    domains: tuple[str, ...]


_PUBLIC = ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com", "live.se", "yahoo.se")

REGIONS: dict[str, Region] = {
    "uppsala": Region(
        kommun="Uppsala",
        area_codes=("018",),
        places=(
            "Gottsunda", "Valsätra", "Sävja", "Stenhagen", "Gränby", "Salabacke", "Kvarngärdet", "Rosendal",
            "Luthagen", "Fålhagen", "Eriksberg", "Årsta", "Nyby", "Kungsängen", "Boländerna", "Fyrislund",
            "Rickomberga", "Norby", "Ultuna", "Storvreta", "Gunsta", "Librobäck", "Ulleråker", "Sunnersta",
            "Berthåga", "Flogsta", "Svartbäcken", "Östra Sala backe", "Bergsbrunna", "Gnista",
        ),
        streets=(
            "Kungsgatan", "Svartbäcksgatan", "Vaksalagatan", "Luthagsesplanaden", "Sysslomansgatan",
            "Kungsängsgatan", "Råbyvägen", "Gamla Uppsalagatan", "Stålgatan", "Bärbyleden",
            "Fyrislundsgatan", "Rapsgatan", "Gnejsvägen", "Valthornsvägen", "Torbjörns torg",
            "Stenhagsvägen", "Salabackegatan", "Gränbyvägen", "Kvarngärdesgatan", "Norbyvägen",
            "Kungsängsleden", "Ulleråkersvägen", "Vattholmavägen", "Sävja gårdsväg", "Dalgatan",
            "Börjegatan", "Väderkvarnsgatan", "Östra Ågatan", "Seminariegatan", "Björkgatan",
        ),
        person_streets=(
            "Dag Hammarskjölds väg", "Tycho Hedéns väg", "Hugo Alfvéns väg", "Torgny Segerstedts allé",
            "Emil Kihlbergs gata", "Geijersgatan", "Linnégatan", "Anders Celsius gata",
        ),
        tracts=(
            "Kåbo", "Luthagen", "Fålhagen", "Kungsängen", "Svartbäcken", "Kvarngärdet", "Eriksberg",
            "Gottsunda", "Sävja", "Årsta", "Boländerna", "Fyrislund", "Librobäck", "Ulleråker", "Rosendal",
            "Stenhagen", "Gränby", "Salabacke", "Vaksala-Eke", "Berthåga", "Norby", "Valsätra",
        ),
        projects=(
            "kv. Kronan", "Rosendalsterrassen", "Kv Gjuteriet", "Ulleråkers Park", "Brf Ekebyhov",
            "projekt Gottsunda Centrum Öst", "Kvarteret Slipstenen", "Sävja Port", "Södra Källparken",
            "Brf Kornet", "kvarteret Valsverket", "Nya Rosendal Syd",
        ),
        venues=(
            "Akademiska sjukhuset", "Uppsala universitet", "Fyrishov", "Studenternas IP",
            "Uppsala Konsert & Kongress", "Stadsbiblioteket", "Valsätraskolan", "Gottsundaskolan",
            "Sävjaskolan", "Stenhagenskolan", "Kvarngärdesskolan", "Gränbyskolan", "Rosendalsgymnasiet",
            "Ekonomikum", "Ångströmlaboratoriet", "Gottsunda bibliotek",
        ),
        associations=(
            "Uppsalahem", "Rikshem", "Heimstaden", "Akademiska Hus", "Uppsala kommun", "Uppsala Vatten",
            "Skolfastigheter i Uppsala", "Skanska", "NCC", "PEAB", "Veidekke", "Ramirent", "Cramo",
            "Securitas", "Avarn", "Upplands Mark & Betong AB", "Fyrisåns Måleri", "Brf Blåsenhus",
        ),
        lines=("linje 1", "linje 3", "linje 11", "buss 12", "stadsbuss 7", "linje 20", "UL 801", "linje 5"),
        domains=(*_PUBLIC, "uppsalahem.se", "ncc.se", "skanska.se", "uppsala.se", "uppsalabetong.se"),
    ),
    "gavle": Region(
        kommun="Gävle",
        area_codes=("026",),
        places=(
            "Brynäs", "Sätra", "Andersberg", "Nordost", "Söder", "Öster", "Strömsbro", "Hemlingby", "Bomhus",
            "Sörby", "Fjärran Höjden", "Valbo", "Hille", "Forsbacka", "Skogmur", "Villastaden", "Norr",
            "Hemsta", "Alderholmen", "Näringen", "Järvsta", "Gävle Strand", "Furuvik", "Sörby Urfjäll",
        ),
        streets=(
            "Drottninggatan", "Nygatan", "Norra Kungsgatan", "Staketgatan", "Södra Kungsgatan",
            "Ruddammsgatan", "Valbovägen", "Hemlingbyvägen", "Strömsbrovägen", "Brynäsgatan",
            "Södra Centralgatan", "Sätravägen", "Andersbergsvägen", "Bomhusvägen", "Fältskärsleden",
            "Järvstaleden", "Alderholmsgatan", "Kaserngatan", "Skogmursvägen", "Fleminggatan",
            "Hamntorget", "Islandsgatan", "Norrlandsgatan", "Sörbyvägen",
        ),
        person_streets=(
            "Nils Ferlins väg", "Selma Lagerlöfs väg", "Gustav Adolfs gata", "Engelbrektsgatan",
            "Joe Hills gata", "Per Brahes gata", "Sven Hedins väg",
        ),
        tracts=(
            "Söder", "Norr", "Öster", "Väster", "Brynäs", "Sätra", "Andersberg", "Strömsbro", "Bomhus",
            "Sörby", "Hemlingby", "Valbo-Ryr", "Näringen", "Järvsta", "Skogmur", "Villastaden", "Hemsta",
        ),
        projects=(
            "Kv. Kastalen", "Gävle Strand etapp 3", "Brf Alderholmen", "Kvarteret Fältskären",
            "projekt Brynäs Centrum", "Sätra Park", "kv Staketet", "Brf Näringsudden",
            "Gasklockorna", "Kv. Hästskon", "Andersbergs Torg", "Hemlingby Ängar",
        ),
        venues=(
            "Gävle sjukhus", "Högskolan i Gävle", "Monitor ERP Arena", "Läkerol Arena", "Strömvallen",
            "Brynässkolan", "Polhemsskolan", "Vasaskolan", "Sätra skola", "Andersbergsskolan",
            "Gävle konserthus", "Stadsbiblioteket Gävle", "Vasaskolans sporthall", "Andersbergs fritidsgård",
        ),
        associations=(
            "Gavlegårdarna", "Gävle kommun", "Gästrike Vatten", "Gävle Energi", "Rikshem", "Diös",
            "Skanska", "PEAB", "NCC", "JM", "Ramirent", "Cramo", "Securitas", "Avarn",
            "Gävle Takläggeri", "Gästrike Mark & Schakt AB", "Brynäs IF", "Brf Hemsta Park",
        ),
        lines=("linje 1", "linje 2", "linje 11", "linje 21", "buss 4", "stadsbuss 14", "linje 91", "buss 6"),
        domains=(*_PUBLIC, "gavlegardarna.se", "gavle.se", "peab.se", "gastrikebygg.se", "jm.se"),
    ),
    "sundsvall": Region(
        kommun="Sundsvall",
        area_codes=("060",),
        places=(
            "Skönsberg", "Nacksta", "Bosvedjan", "Granloholm", "Haga", "Västermalm", "Södermalm",
            "Norrmalm", "Sidsjön", "Birsta", "Alnö", "Njurunda", "Kvissleby", "Matfors", "Stenstan",
            "Östermalm", "Skönsmon", "Bredsand", "Nolby", "Sundsbruk", "Heffners", "Kovland",
            "Norra Stadsberget", "Södra Stadsberget",
        ),
        streets=(
            "Storgatan", "Esplanaden", "Köpmangatan", "Bankgatan", "Rådhusgatan", "Norrmalmsgatan",
            "Skolhusallén", "Bergsgatan", "Södra Järnvägsgatan", "Universitetsallén", "Nackstavägen",
            "Skönsbergsvägen", "Timmervägen", "Bruksgatan", "Granlohögsvägen", "Bosvedjevägen",
            "Sidsjövägen", "Förrådsgatan", "Östra Långgatan", "Trädgårdsgatan", "Gärdevägen",
            "Nybrogatan", "Hamngatan", "Lasarettsvägen",
        ),
        person_streets=(
            "Olof Palmes gata", "Anna Lindhs gata", "Gustav Adolfs väg", "Johannes Kjellmans väg",
            "Lars Levi Laestadius väg", "Fridhemsgatan", "Sidney Algernon Petterssons gata",
        ),
        tracts=(
            "Skönsberg", "Nacksta", "Bosvedjan", "Granlo", "Haga", "Västermalm", "Norrmalm", "Södermalm",
            "Sidsjö", "Birsta", "Kvissleby", "Skönsmon", "Stenstaden", "Sundsbruk", "Nolby", "Bredsand",
        ),
        projects=(
            "Kv. Tornet", "Norra Kajen etapp 2", "Brf Sjöglimten", "Kvarteret Flottaren", "Nacksta Torg",
            "projekt Skönsbergs Park", "kv Bryggeriet", "Brf Stadsbergsterrassen", "Inre hamnen",
            "Kv. Sågverket", "Bosvedjeparken", "Birsta Handelsplats",
        ),
        venues=(
            "Sundsvalls sjukhus", "Mittuniversitetet", "NP3 Arena", "Gärdehov", "Kulturmagasinet",
            "Skönsbergsskolan", "Nackstaskolan", "Bosvedjeskolan", "Hagaskolan", "Sundsvalls gymnasium",
            "Västermalmsskolan", "Nacksta fritidsgård", "Himlabadet", "Sidsjö skola",
        ),
        associations=(
            "Mitthem", "Sundsvalls kommun", "MittSverige Vatten", "Sundsvall Energi", "Diös", "Rikshem",
            "Skanska", "PEAB", "NCC", "Veidekke", "Ramirent", "Cramo", "Securitas", "Avarn",
            "Medelpads Rör AB", "Sundsvalls Ställningsbyggare", "GIF Sundsvall", "Brf Kajen",
        ),
        lines=("linje 1", "linje 2", "linje 4", "linje 120", "stadsbuss 6", "buss 3", "linje 9", "linje 43"),
        domains=(*_PUBLIC, "mitthem.se", "sundsvall.se", "veidekke.se", "medelpadsror.se", "norrbygg.se"),
    ),
}  # fmt: skip

# Cranes, machines and site vehicles named by number on a site (plain text, no label).
CRANES = (
    "TK 1", "TK 2", "tornkran 3", "kran 2", "mobilkranen", "bygghiss 1", "liften", "hjullastaren",
    "minigrävaren", "kran nr 4", "TK3", "saxliften",
)  # fmt: skip
