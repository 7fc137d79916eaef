"""Places of the sixty-seventh blind corpus (tests/blind67_corpus.py): per kommun (Norrköping, Gävle,
Landskrona) its areas, shopping centres and other institutions, streets, person-named streets, shops,
security companies and associations, bus and tram lines, area codes, mail domains and the block names of its
property designations. Typed from the writer's own knowledge of the towns; where memory failed, a plausible
name was written instead.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    places: tuple[str, ...]
    centres: tuple[str, ...]  # shopping centres and shopping streets' malls: institutions
    venues: tuple[str, ...]  # stations, schools, libraries, hospitals: institutions
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    shops: tuple[str, ...]  # shops and chains: organisations
    associations: tuple[str, ...]  # security companies, landlords, associations, authorities
    lines: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    tracts: tuple[str, ...]


_SHOPS = (
    "Clas Ohlson", "Kjell & Company", "Åhléns", "Lindex", "KappAhl", "H&M", "Systembolaget",
    "Apotek Hjärtat", "Apoteket", "Ica Maxi", "Willys", "Coop", "Lidl", "Stadium", "Jula", "Rusta",
    "Pressbyrån", "Elgiganten", "Gina Tricot", "Dressmann", "Jack & Jones", "Guldfynd", "Synsam",
    "Ur&Penn", "Hemköp", "Kicks", "Lyko", "Intersport", "Cubus", "Webhallen", "Espresso House",
    "Burger King", "Max", "Normal", "Tiger", "Rituals", "Flying Tiger", "Scorett", "Nilson Shoes",
)  # fmt: skip
_COMPANIES = (
    "Securitas", "Avarn Security", "Nokas", "Svensk Handel", "Nattvandrarna", "Röda Korset",
    "Trygg Handel", "Polisen", "Ordningsvaktsföreningen", "Sveriges Ordningsvakter", "Rapid Säkerhet",
    "Stöldskyddsföreningen",
)  # fmt: skip
_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "icloud.com", "telia.com", "yahoo.se")

REGIONS: dict[str, Region] = {
    "norrkoping": Region(
        kommun="Norrköpings kommun",
        shops=_SHOPS,
        places=(
            "Hageby", "Navestad", "Ringdansen", "Klingsberg", "Marielund", "Vilbergen", "Ektorp", "Borg",
            "Skarphagen", "Smedby", "Lindö", "Såpkullen", "Kneippen", "Eneby", "Åby", "Saltängen", "Ljura",
            "Oxelbergen", "Lagerlunda", "Johannisborg", "Knäppingsborg", "Hörsalsparken", "Haga",
            "Folkparken", "Kvarnberget",
        ),
        centres=(
            "Mirum Galleria", "Ingelsta Shopping", "Hageby centrum", "Spiralen", "Linden", "Navestad centrum",
            "Ljura centrum", "Domino", "Knäppingsborgs saluhall",
        ),
        venues=(
            "Norrköpings resecentrum", "Stadsbiblioteket", "Hagebyskolan", "De Geergymnasiet",
            "Ebersteinska gymnasiet", "Vrinnevisjukhuset", "Hagebyhallen", "Arbetets museum",
            "Marielunds fritidsgård", "Polishuset i Norrköping",
        ),
        streets=(
            "Drottninggatan", "Hospitalsgatan", "Gamla Rådstugugatan", "Repslagaregatan", "Trädgårdsgatan",
            "Kungsgatan", "Slottsgatan", "Östra Promenaden", "Västgötegatan", "Hagebygatan",
            "Navestadsgatan", "Vikbolandsvägen", "Söderleden", "Kvarngatan", "Prästgatan", "Sandgatan",
            "Generalsgatan", "Bergsgatan", "Linköpingsvägen", "Albrektsvägen", "Lindövägen", "Skolgatan",
            "Holmengatan", "Ingelstagatan", "Norra Promenaden",
        ),
        person_streets=(
            "Carl Johans gata", "Louis De Geers gata", "Drottning Kristinas väg", "Jacob Ulfsons väg",
            "Elsa Anderssons gata", "John Lindbergs väg", "Gustav Adolfs gata", "Greta Garbos väg",
        ),
        associations=(
            *_COMPANIES, "Norrköpings kommun", "Hyresbostäder", "Östgötatrafiken", "Citysamverkan",
            "IFK Norrköping", "Mirums centrumförening", "Fältgruppen",
        ),
        lines=(
            "spårvagn 2", "spårvagn 3", "linje 116", "linje 111", "buss 101", "linje 118", "linje 440",
            "linje 115",
        ),
        area_codes=("011",),
        domains=(*_MAIL, "norrkoping.se", "securitas.se", "mirum.se", "hyresbostader.se", "avarn.se"),
        tracts=("Kopparhammaren", "Spinnrocken", "Vävaren", "Ankaret", "Knäppingen", "Mjölnaren", "Guldet"),
    ),
    "gavle": Region(
        kommun="Gävle kommun",
        shops=_SHOPS,
        places=(
            "Sätra", "Andersberg", "Nordost", "Bomhus", "Sörby", "Brynäs", "Strömsbro", "Villastaden",
            "Öster", "Söder", "Valbo", "Hemlingby", "Stigslund", "Hille", "Forsbacka", "Skogmur",
            "Fredriksskans", "Hemsta", "Järvsta", "Alderholmen", "Furuvik", "Norrtull", "Gavleån",
        ),
        centres=(
            "Gallerian Nian", "Valbo köpcentrum", "Gallerian Flanör", "Andersbergs centrum", "Sätra centrum",
            "Bomhus centrum", "Hemlingby köpcentrum", "Gallerian Gävle", "Stortorgets galleria",
        ),
        venues=(
            "Gävle Centralstation", "Stadsbiblioteket", "Vasaskolan", "Polhemsskolan", "Borgarskolan",
            "Läkerol Arena", "Gävle sjukhus", "Högskolan i Gävle", "Andersbergs fritidsgård",
            "Polisstationen i Gävle",
        ),
        streets=(
            "Drottninggatan", "Nygatan", "Kungsgatan", "Norra Kungsgatan", "Södra Kungsgatan",
            "Staketgatan", "Ruddammsgatan", "Hemlingbyvägen", "Andersbergsringen", "Valbovägen",
            "Norra Köpmangatan", "Rådmansgatan", "Fältskärsleden", "Kaserngatan", "Islandsgatan",
            "Sätravägen", "Bomhusvägen", "Centralgatan", "Lillbrogatan", "Gamla Uppsalavägen",
        ),
        person_streets=(
            "Carl Larssons väg", "Per Brahes gata", "Joe Hills gata", "Anna Lindhs plats",
            "Johan Vilhelms gata", "Sven Erikssons gata", "Eva Dahlgrens väg",
        ),
        associations=(
            *_COMPANIES, "Gävle kommun", "Gavlegårdarna", "X-trafik", "Brynäs IF", "Gävle Citysamverkan",
            "Nians centrumförening", "Fältarna",
        ),
        lines=("linje 1", "linje 11", "stadsbuss 3", "linje 21", "buss 6", "linje 91", "linje 12"),
        area_codes=("026",),
        domains=(*_MAIL, "gavle.se", "gavlegardarna.se", "nokas.se", "securitas.se"),
        tracts=("Nian", "Flanören", "Hemlingby", "Skräddaren", "Kronan", "Valbo-Backa", "Gästgivaren"),
    ),
    "landskrona": Region(
        kommun="Landskrona stad",
        shops=_SHOPS,
        places=(
            "Karlslund", "Dammhag", "Väster", "Borstahusen", "Häljarp", "Asmundtorp", "Glumslöv", "Ven",
            "Lundåkra", "Citadellsområdet", "Gamla staden", "Norrestad", "Sandvången", "Exercisfältet",
            "Östervång", "Kronotorp",
        ),
        centres=(
            "Lundåkra köpcentrum", "Kvarteret Lanternan", "Gallerian Landskrona", "Karlslunds centrum",
            "Dammhags centrum", "Stadshallen", "Öresundshuset",
        ),
        venues=(
            "Landskrona station", "Stadsbiblioteket", "Citadellet", "Landskrona lasarett", "Dammhagskolan",
            "Rådhuset", "Landskrona teater", "Karlslunds fritidsgård", "Öresundsskolan", "Tycho Brahe-museet",
        ),
        streets=(
            "Storgatan", "Drottninggatan", "Kungsgatan", "Nygatan", "Eriksgatan", "Föreningsgatan",
            "Järnvägsgatan", "Österleden", "Timmermansgatan", "Lundåkravägen", "Häljarpsvägen",
            "Rådhusgatan", "Skolallén", "Karlslundsvägen", "Västra Fäladsgatan", "Hamngatan",
        ),
        person_streets=(
            "Erik Dahlbergs gata", "Selma Lagerlöfs väg", "Tycho Brahes väg", "Karl Gerhards gata",
            "Anna Ancher gatan", "Hilding Hallnäs väg",
        ),
        associations=(
            *_COMPANIES, "Landskrona stad", "Landskronahem", "Skånetrafiken", "Landskrona BoIS",
            "Handelsföreningen i Landskrona", "Landskrona Citysamverkan",
        ),
        lines=("stadsbuss 1", "stadsbuss 3", "linje 220", "regionbuss 221", "stadsbuss 2", "linje 6"),
        area_codes=("0418",),
        domains=(*_MAIL, "landskrona.se", "landskronahem.se", "securitas.se", "avarn.se"),
        tracts=("Lanternan", "Kronan", "Hansa", "Citadellet", "Örnen", "Karpen", "Fäladen"),
    ),
}  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen",
    "mån", "tis", "ons", "tors", "fre", "lör", "sön",
)  # fmt: skip

# Letters of Swedish plates (no I, Q, V, Å, Ä, Ö); the last letter of a 2019 plate, which is never O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset({"APA", "ARG", "BAJ", "FAN", "FEG", "FUL", "GAY", "HOR", "KUK", "MUS", "NRP", "PYS",
                        "SEX", "SUP", "TOK", "UFO", "XXX", "KKK", "SOS", "WTF", "OMG"})  # fmt: skip
