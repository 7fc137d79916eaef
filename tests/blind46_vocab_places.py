"""Places of the forty-sixth blind corpus (tests/blind46_corpus.py): per kommun its areas, streets,
person-named streets, schools and other institutions, associations and authorities, bus lines, area codes,
e-mail domains and property tracts, typed from the writer's own knowledge of Örebro, Norrköping, Södertälje,
Gävle and Landskrona (plausible, not checked against any register)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    places: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    venues: tuple[str, ...]  # schools, fritidsgårdar, offices: institutions
    associations: tuple[str, ...]  # landlords, clubs, authorities: organisations
    lines: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    tracts: tuple[str, ...]


_PRIVATE = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com")

REGIONS: dict[str, Region] = {
    "orebro": Region(
        kommun="Örebro kommun",
        places=(
            "Vivalla", "Baronbackarna", "Varberga", "Oxhagen", "Brickebacken", "Markbacken", "Lillån",
            "Ladugårdsängen", "Tybble", "Hovsta", "Rynninge", "Adolfsberg", "Sörbyängen", "Västhaga",
            "Mikaelsplan", "Vivalla centrum", "Varbergacentrum", "Stortorget", "Wadköping", "Ormesta",
        ),
        streets=(
            "Vivallagatan", "Bettorpsgatan", "Varbergagatan", "Trumpetarevägen", "Oxhagsgatan",
            "Rudbecksgatan", "Järnvägsgatan", "Fabriksgatan", "Västra Nobelgatan", "Mellringevägen",
            "Glomman", "Tybblegatan", "Brickebergsvägen", "Ekersvägen", "Kilsgatan", "Hagagatan",
            "Ånhammarsvägen", "Baronvägen", "Sörbyvägen",
        ),
        person_streets=(
            "Hertig Karls allé", "Olaus Petri väg", "Anna Lindhs gata", "Karl XII:s väg",
            "Engelbrektsgatan", "Sven Haldins väg",
        ),
        venues=(
            "Vivallaskolan", "Brickebackens skola", "Mikaelskolan", "Karl Johanskolan", "Västhagaskolan",
            "Risbergska skolan", "Tullängsgymnasiet", "Virginska gymnasiet", "Varberga fritidsgård",
            "Vivalla fritidsgård", "Baronbackarnas fritidsgård", "Örebro socialkontor",
            "Familjens hus Vivalla", "Ungdomsmottagningen Örebro", "Polishuset Örebro", "Oxhagsskolan",
        ),
        associations=(
            "ÖrebroBostäder", "Örebro SK", "KFUM Örebro", "Nattvandrarna Vivalla", "Länsstyrelsen Örebro",
            "Region Örebro län", "Studieförbundet Vuxenskolan", "Fältgruppen Örebro",
        ),
        lines=("linje 1", "linje 2", "linje 4", "linje 11", "linje 12", "buss 9", "buss 15"),
        area_codes=("019",),
        domains=("orebro.se", "polisen.se", "regionorebrolan.se", *_PRIVATE),
        tracts=("Vivalla", "Varberga", "Baronen", "Oxhagen", "Brickebacken", "Lillån"),
    ),
    "norrkoping": Region(
        kommun="Norrköpings kommun",
        places=(
            "Navestad", "Hageby", "Klockaretorpet", "Ringdansen", "Marielund", "Såpkullen", "Ljura",
            "Vilbergen", "Smedby", "Lindö", "Eneby", "Hageby centrum", "Matteus", "Gamla Övägen",
            "Skarphagen", "Kneippen", "Industrilandskapet", "Söder tull", "Ektorp", "Borg",
        ),
        streets=(
            "Hagebygatan", "Navestadsgatan", "Polkagatan", "Menuettgatan", "Gamla Rådstugugatan",
            "Hospitalsgatan", "Trädgårdsgatan", "Gamla Vägen", "Vilbergsgatan", "Ljuragatan",
            "Klockaregatan", "Slottsgatan", "Skolgatan", "Sandgatan", "Kvarngatan", "Norra Promenaden",
            "Enebygatan", "Marielundsgatan",
        ),
        person_streets=(
            "Louis De Geers väg", "John Ericssons gata", "Kristina Nilssons gata", "Carl Johans park",
            "Drottning Kristinas väg", "Selma Lagerlöfs gata",
        ),
        venues=(
            "Navestadsskolan", "Hagebyskolan", "Ljuraskolan", "Enebyskolan", "Vilbergsskolan",
            "Klockaretorpsskolan", "De Geergymnasiet", "Hagagymnasiet", "Ektorpsskolan",
            "Hageby fritidsgård", "Navestads fritidsgård", "Ungdomens hus", "Socialkontoret Norrköping",
            "Familjecentralen Hageby", "Polisstation Norrköping", "Kvarngymnasiet",
        ),
        associations=(
            "Hyresbostäder i Norrköping", "IFK Norrköping", "IK Sleipner", "Nattvandrarna Navestad",
            "Region Östergötland", "Fältgruppen Norrköping", "Norrköpings Dolphins", "Röda Korset Norrköping",
        ),
        lines=("linje 2", "linje 3", "spårvagn 2", "buss 112", "buss 115", "linje 116", "buss 118"),
        area_codes=("011",),
        domains=("norrkoping.se", "polisen.se", "regionostergotland.se", *_PRIVATE),
        tracts=("Navestad", "Hageby", "Klockaretorpet", "Ljura", "Marielund", "Vilbergen"),
    ),
    "sodertalje": Region(
        kommun="Södertälje kommun",
        places=(
            "Ronna", "Hovsjö", "Geneta", "Fornhöjden", "Saltskog", "Brunnsäng", "Västergård", "Järna",
            "Pershagen", "Östertälje", "Glasberga", "Lina hage", "Bergvik", "Ronna centrum", "Stadsparken",
            "Torekällberget", "Hovsjö centrum", "Mariekälla", "Viksängen", "Blombacka",
        ),
        streets=(
            "Ronnavägen", "Hovsjövägen", "Genetaleden", "Storgatan", "Nygatan", "Fornhöjdsvägen",
            "Brunnsängsvägen", "Kringlavägen", "Västergårdsvägen", "Saltskogsvägen", "Mariekällgatan",
            "Järnagatan", "Bergviksvägen", "Tvetagatan", "Jovägen", "Nyköpingsvägen", "Vasagatan",
        ),
        person_streets=(
            "Wendela Hebbes gata", "Hertig Carls väg", "Kata Dalströms gata", "Erik Dahlbergs väg",
            "Ragnar Östbergs gata", "Karl Palmqvists väg",
        ),
        venues=(
            "Ronnaskolan", "Hovsjöskolan", "Geneta skola", "Fornhöjdsskolan", "Wendela Hebbegymnasiet",
            "Täljegymnasiet", "Torekällgymnasiet", "Brunnsängsskolan", "Västergårdsskolan",
            "Ronna fritidsgård", "Hovsjö fritidsgård", "Södertälje socialkontor", "Polisstation Södertälje",
            "Familjecentralen Ronna", "Ungdomsmottagningen Södertälje", "Lina skola",
        ),
        associations=(
            "Telgebostäder", "Assyriska FF", "Syrianska FC", "Södertälje SK", "Nattvandrarna Ronna",
            "Region Stockholm", "Fältgruppen Södertälje", "Ronna IF",
        ),
        lines=("buss 751", "buss 754", "linje 755", "buss 756", "pendeltåg 40", "linje 784"),
        area_codes=("08",),
        domains=("sodertalje.se", "polisen.se", "regionstockholm.se", *_PRIVATE),
        tracts=("Ronna", "Hovsjö", "Geneta", "Fornhöjden", "Saltskog", "Brunnsäng"),
    ),
    "gavle": Region(
        kommun="Gävle kommun",
        places=(
            "Sätra", "Andersberg", "Nordost", "Brynäs", "Öster", "Sörby", "Bomhus", "Strömsbro", "Valbo",
            "Södertull", "Stigslund", "Villastaden", "Hemlingby", "Sätra centrum", "Andersbergs centrum",
            "Stortorget", "Nian", "Gävle Strand", "Hille", "Norrtull",
        ),
        streets=(
            "Drottninggatan", "Nygatan", "Staketgatan", "Norra Kungsgatan", "Sätra Allé",
            "Andersbergsringen", "Brynäsgatan", "Kaserngatan", "Södra Kansligatan", "Ölandsgatan",
            "Hemlingbyvägen", "Bomhusvägen", "Stigslundsvägen", "Valbovägen", "Strömsbrovägen",
            "Fältskärsvägen", "Norra Köpmangatan",
        ),
        person_streets=(
            "Gustav Adolfs väg", "Hjalmar Brantings gata", "Carl Larssons väg", "Joe Hills gata",
            "Anna Wahlbergs väg", "Per Albins väg",
        ),
        venues=(
            "Sätraskolan", "Andersbergsskolan", "Vallbacksskolan", "Polhemsskolan", "Borgarskolan",
            "Vasaskolan", "Solängsskolan", "Bomhusskolan", "Sörbyskolan", "Sätra fritidsgård",
            "Andersbergs fritidsgård", "Gävle socialkontor", "Polisstation Gävle", "Familjecentralen Sätra",
            "Ungdomsmottagningen Gävle", "Brynässkolan",
        ),
        associations=(
            "Gavlegårdarna", "Brynäs IF", "Gefle IF", "Strömsbro IF", "Nattvandrarna Sätra",
            "Region Gävleborg", "Fältgruppen Gävle", "Länsstyrelsen Gävleborg",
        ),
        lines=("linje 1", "linje 3", "linje 11", "buss 13", "linje 21", "buss 91"),
        area_codes=("026",),
        domains=("gavle.se", "polisen.se", "regiongavleborg.se", *_PRIVATE),
        tracts=("Sätra", "Andersberg", "Brynäs", "Sörby", "Bomhus", "Nordost"),
    ),
    "landskrona": Region(
        kommun="Landskrona stad",
        places=(
            "Centrum", "Karlslund", "Öster", "Norreholm", "Borstahusen", "Dammhagen", "Weibullsholm",
            "Gamla staden", "Väster", "Pilåkern", "Exercisfältet", "Sandvången", "Citadellet", "Rådhustorget",
            "Koppargården", "Ven", "Häljarp", "Saxtorp", "Österleden", "Lundåkra",
        ),
        streets=(
            "Östergatan", "Storgatan", "Rådhusgatan", "Karlslundsgatan", "Järnvägsgatan", "Timmermansgatan",
            "Sandvångsgatan", "Norra Långgatan", "Drottninggatan", "Kungsgatan", "Eriksgatan",
            "Carl XI:s gata", "Hantverkaregatan", "Artillerigatan", "Fabriksgatan", "Kasernvägen",
        ),
        person_streets=(
            "Erik Dahlbergsgatan", "Selma Lagerlöfs väg", "Tycho Brahes väg", "Gustav Adolfs gata",
            "Karl Johans väg", "Fredrik Ljungströms väg",
        ),
        venues=(
            "Dammhagskolan", "Västervångskolan", "Norrevångskolan", "Karlslundsskolan", "Tuppenskolan",
            "Öresundsskolan", "Rönnowska skolan", "Allégymnasiet", "Landskronas fritidsgård Väster",
            "Ungdomens hus Landskrona", "Socialförvaltningen Landskrona", "Polisstation Landskrona",
            "Familjecentralen Öster", "Ungdomsmottagningen Landskrona", "Borstahusens skola",
        ),
        associations=(
            "Landskronahem", "Landskrona BoIS", "HK Landskrona", "Nattvandrarna Landskrona",
            "Region Skåne", "Fältgruppen Landskrona", "Länsstyrelsen Skåne", "Stiftelsen Landskrona",
        ),
        lines=("stadsbuss 1", "stadsbuss 2", "stadsbuss 3", "linje 4", "buss 220", "buss 230"),
        area_codes=("0418",),
        domains=("landskrona.se", "polisen.se", "skane.se", *_PRIVATE),
        tracts=("Karlslund", "Dammhagen", "Norreholm", "Väster", "Öster", "Borstahusen"),
    ),
}  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons", "tor",
            "fre", "lör", "sön")  # fmt: skip

# Plate letters: no I, Q, V, Å, Ä, Ö; the new format's last place no O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset({
    "APA", "ARG", "ASS", "BOG", "FAN", "FEL", "FUL", "GAY", "HOR", "KKK", "KUK", "MES", "MUS", "NRP", "OND",
    "PEN", "PUB", "SEX", "SUG", "TOA", "UFO", "USA", "WCW",
})  # fmt: skip
