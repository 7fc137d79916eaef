"""Places of the sixty-fourth blind corpus (tests/blind64_corpus.py): Östersund, Kalmar and Södertälje, typed
from the writer's own knowledge of the three towns (areas, streets, streets named after people, venues,
schools, stables and shelters, associations, housing companies and authorities, bus lines, area codes and
property tracts); plates, months and weekdays."""

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
    companies: tuple[str, ...]
    lines: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    tracts: tuple[str, ...]


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "live.se", "icloud.com", "yahoo.se")

REGIONS: dict[str, Region] = {
    "ostersund": Region(
        kommun="Östersunds kommun",
        places=(
            "Lugnvik", "Odenslund", "Brittsbo", "Torvalla", "Körfältet", "Frösön", "Valla", "Ängsmon",
            "Lillänge", "Karlslund", "Remonthagen", "Brunflo", "Orrviken", "Marieby", "Häggenås",
            "Stensgård", "Fältjägaren", "Hornsberg", "Tullus", "Erikslund", "Storsjöstrand", "Lit",
        ),
        venues=(
            "Jamtli", "Frösö Zoo", "Mittuniversitetet", "Östersunds sjukhus", "Storsjöbadet",
            "Jämtkraft Arena", "Östersundstravet", "Lillänge köpcentrum", "Mittpunkten", "Kärnan",
            "Odenslundsskolan", "Storsjöskolan", "Parkskolan", "Lugnviksskolan", "Torvallaskolan",
            "Brittsbo förskola", "Fältjägargränd fritidsgård", "Badhusparken", "Östersunds djurhem",
            "Frösö ridhus",
        ),
        streets=(
            "Storgatan", "Prästgatan", "Kyrkgatan", "Rådhusgatan", "Stuguvägen", "Tegelbruksvägen",
            "Genvägen", "Körfältsvägen", "Litsvägen", "Brittsbovägen", "Odenslundsvägen", "Lugnviksvägen",
            "Infanterigatan", "Ringvägen", "Fagervallsvägen", "Kaserngatan", "Bangårdsgatan",
            "Lillängevägen", "Torvallavägen", "Ängsmogatan", "Hamngatan", "Furuvägen",
        ),
        person_streets=(
            "Wargentinsgatan", "Peterson-Bergers väg", "Ahlbergs gränd", "Armfeltsgatan",
            "Gustav III:s torg", "Hallenborgsgatan",
        ),
        associations=(
            "Östersunds FK", "Frösö Ridklubb", "Jämtlands läns Djurskyddsförening",
            "Östersunds Brukshundklubb", "Jägareförbundet Jämtland", "Hyresgästföreningen Östersund",
        ),
        companies=(
            "Östersundshem", "Länsstyrelsen i Jämtlands län", "Jämtkraft", "Anticimex", "Nomor",
            "Riksbyggen", "Heimstaden",
        ),
        lines=("linje 1", "linje 3", "linje 4", "linje 5", "buss 6", "linje 9", "buss 2"),
        area_codes=("063",),
        domains=(*_MAIL, "ostersundshem.se", "ostersund.se"),
        tracts=("Lugnvik", "Odenslund", "Brittsbo", "Kaptenen", "Furiren", "Renen", "Älgen", "Sergeanten"),
    ),
    "kalmar": Region(
        kommun="Kalmar kommun",
        places=(
            "Berga", "Norrliden", "Funkabo", "Oxhagen", "Lindsdal", "Smedby", "Ljungbyholm", "Rinkabyholm",
            "Kvarnholmen", "Malmen", "Stensö", "Djurängen", "Hagby", "Tallhagen", "Getingen", "Bergavik",
            "Trekanten", "Läckeby", "Påryd", "Norrgård", "Skälby", "Vimpeltorpet",
        ),
        venues=(
            "Kalmar slott", "Guldfågeln Arena", "Linnéuniversitetet", "Kalmar länssjukhus", "Baronen",
            "Giraffen", "Kalmar centralstation", "Berga centrum", "Lindsdalsskolan", "Funkaboskolan",
            "Kalmartravet", "Kalmar konstmuseum", "Stensö badplats", "Norrlidens fritidsgård",
            "Oxhagsskolan", "Kattens hus", "Smedby ridskola", "Skälby gård",
        ),
        streets=(
            "Larmgatan", "Norra Långgatan", "Södra Vägen", "Norra Vägen", "Fiskaregatan", "Västra Sjögatan",
            "Esplanaden", "Funkabovägen", "Bergavägen", "Lindsdalsvägen", "Smedbyvägen", "Tallhagsvägen",
            "Trädgårdsgatan", "Skälbyvägen", "Stensövägen", "Oxhagsvägen", "Ängöleden", "Björkenäsvägen",
            "Djurängsvägen", "Rinkabyvägen",
        ),
        person_streets=(
            "Kaggensgatan", "Erik Dahlbergsvägen", "Linnégatan", "Drottning Margaretas väg",
            "Nils Holgerssons gata", "Karl XI:s väg",
        ),
        associations=(
            "Kalmar FF", "Kalmar Ridklubb", "Kalmar läns Djurskyddsförening", "Kalmar Brukshundklubb",
            "Kalmar Jaktvårdskrets", "Hyresgästföreningen Kalmar",
        ),
        companies=(
            "Kalmarhem", "Länsstyrelsen i Kalmar län", "KSRR", "Kalmar Vatten", "Anticimex", "Nomor",
            "HSB Kalmar",
        ),
        lines=("linje 1", "linje 2", "linje 3", "linje 4", "buss 5", "linje 20", "stadsbuss 7"),
        area_codes=("0480",),
        domains=(*_MAIL, "kalmarhem.se", "kalmar.se"),
        tracts=("Berga", "Funkabo", "Lärkan", "Ruffen", "Skeppet", "Ängen", "Draken", "Kattugglan"),
    ),
    "sodertalje": Region(
        kommun="Södertälje kommun",
        places=(
            "Ronna", "Geneta", "Hovsjö", "Fornhöjden", "Brunnsäng", "Saltskog", "Östertälje", "Blombacka",
            "Pershagen", "Järna", "Mölnbo", "Hölö", "Enhörna", "Glasberga", "Viksängen", "Mariekäll",
            "Västergård", "Lina hage", "Grusåsen", "Tveta", "Ekdalen",
        ),
        venues=(
            "Södertälje sjukhus", "Kringlan", "Scaniarinken", "Södertälje Fotbollsarena", "Torekällberget",
            "Ronna centrum", "Hovsjö centrum", "Ronnaskolan", "Hovsjöskolan", "Geneta gård",
            "Brunnsängs gård", "Södertälje djurhem", "Järna ridskola", "Stadsparken", "Sydpoolen",
            "Fornhöjdens fritidsgård", "Södertälje centralstation",
        ),
        streets=(
            "Storgatan", "Järnagatan", "Nygatan", "Ronnavägen", "Genetavägen", "Hovsjövägen",
            "Bergviksvägen", "Fornhöjdsvägen", "Grödingevägen", "Saltskogsvägen", "Brunnsängsvägen",
            "Blombackavägen", "Snickarvägen", "Klockarvägen", "Ringvägen", "Tvetavägen", "Vattengatan",
            "Mariekällgatan", "Dalgatan", "Holmfastvägen",
        ),
        person_streets=(
            "Wendela Hebbes gata", "Sankt Ragnhilds gata", "Robert Anderssons väg", "Alfred Nobels väg",
            "Carl Larssons väg", "Gustav Vasas väg",
        ),
        associations=(
            "Assyriska FF", "Syrianska FC", "Södertälje SK", "Södertälje Brukshundklubb",
            "Tälje Ridklubb", "Hyresgästföreningen Södertälje",
        ),
        companies=(
            "Telge Bostäder", "Länsstyrelsen i Stockholms län", "Telge Återvinning", "Telge Nät",
            "Anticimex", "Nomor", "Rikshem",
        ),
        lines=("buss 751", "linje 754", "buss 755", "linje 780", "buss 784", "linje 752", "pendeltåg 48"),
        area_codes=("08",),
        domains=(*_MAIL, "telgebostader.se", "sodertalje.se"),
        tracts=("Ronna", "Geneta", "Hovsjö", "Blåklockan", "Kajan", "Vargen", "Lodjuret", "Uttern"),
    ),
}  # fmt: skip

# Swedish plates leave out I, Q, V, Å, Ä, Ö; the 2019 plates end in a letter other than O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {
        "APA", "ARG", "BAJ", "BUS", "DUM", "FAN", "FEL", "FUL", "GAY", "HOR", "KUK", "LAT", "MUS", "ONT",
        "OND", "PMS", "PYS", "RAP", "SEX", "SUP", "TOK", "UFO", "USA", "WAR", "XXX", "LSD", "KKK", "NSF",
        "DOG", "CAT", "KAT", "HUN", "KOS", "GRIS", "ROT", "SOT", "EKO", "HUS",
    }
)  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons", "tors",
    "fre", "lör", "sön", "natten", "morgonen", "kvällen", "ca", "cirka", "runt", "strax", "efter", "före",
    "igår", "idag", "inatt", "ikväll", "i",
)  # fmt: skip
