"""Places of the forty-eighth blind corpus (tests/blind48_corpus.py): per kommun its areas, streets,
person-named streets, återvinningscentraler and other venues, landlords, associations, the companies whose
envelopes and parcels turn up in dumped rubbish, bus lines, property tracts, area codes and e-mail domains.
Typed from the writer's own knowledge of the five towns; plausible rather than checked.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str  # the kommun as an organisation ("Linköpings kommun")
    town: str  # the postort, in capitals on a letter
    postcodes: tuple[str, ...]
    places: tuple[str, ...]
    venues: tuple[str, ...]
    stations: tuple[str, ...]  # the kommun's återvinningscentraler
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    associations: tuple[str, ...]
    lines: tuple[str, ...]
    tracts: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com", "live.se", "yahoo.se")

REGIONS: dict[str, Region] = {
    "linkoping": Region(
        kommun="Linköpings kommun",
        town="LINKÖPING",
        postcodes=("582 31", "583 30", "584 37", "585 98", "586 62", "587 25", "589 21"),
        places=(
            "Skäggetorp", "Ryd", "Berga", "Lambohov", "Ekholmen", "Tornby", "Hjulsbro", "Malmslätt",
            "Vallastaden", "Majelden", "Tannefors", "Johannelund", "Gottfridsberg", "Ullstämma",
            "Vasastaden", "Sturefors",
        ),
        venues=(
            "Skäggetorpsskolan", "Ekholmsskolan", "Campus Valla", "Stadsbiblioteket", "Tinnerbäcksbadet",
            "Saab Arena", "Linköpings resecentrum", "Universitetssjukhuset", "Ryds centrum",
            "Berga vårdcentral",
        ),
        stations=("Gärstad ÅVC", "Malmslätts ÅVC", "Lambohovs ÅVC", "Ullstämma ÅVC", "Återbruket i Gärstad"),
        streets=(
            "Ryds allé", "Skogslyckegatan", "Rydsvägen", "Djurgårdsgatan", "Hjulsbrovägen",
            "Ålerydsvägen", "Storgatan", "Ågatan", "Nygatan", "Björnkärrsgatan", "Gillbergsgatan",
            "Bergsvägen", "Kärnkullegatan", "Ekholmsvägen",
        ),
        person_streets=(
            "Elsa Brändströms gata", "Anders Ljungstedts gata", "Axel Wallengrens gata",
            "Olaus Magnus väg", "Ebba Brahes gata",
        ),
        associations=(
            "Stångåstaden", "Tekniska verken", "Riksbyggen", "Hyresgästföreningen Östergötland",
            "Håll Sverige Rent", "Region Östergötland", "Linköpings Stadsmission", "Lambohovs SK",
        ),
        lines=("linje 3", "linje 12", "linje 16", "linje 22", "buss 4", "stadsbuss 10", "linje 540"),
        tracts=("Landeryd", "Slaka", "Vårdnäs", "Skeda", "Linköping Garvaren", "Linköping Ödlan", "Kärna"),
        area_codes=("013",),
        domains=(*_MAIL, "liu.se", "linkoping.se", "bredband2.com"),
    ),
    "vaxjo": Region(
        kommun="Växjö kommun",
        town="VÄXJÖ",
        postcodes=("352 30", "352 46", "352 52", "352 61", "355 92", "360 42", "363 41"),
        places=(
            "Araby", "Dalbo", "Teleborg", "Västra Mark", "Hov", "Sandsbro", "Högstorp", "Öster",
            "Norremark", "Braås", "Lammhult", "Rottne", "Ingelstad", "Bäckaslöv", "Hagavik", "Gemla",
        ),
        venues=(
            "Arabyskolan", "Teleborgs slott", "Linnéuniversitetet", "Vida Arena", "Växjö konserthus",
            "Araby park", "Centrallasarettet", "Dalboskolan", "Växjö stadsbibliotek", "Myresjöhus Arena",
        ),
        stations=("Norremarks ÅVC", "Sandsbro ÅVC", "Braås ÅVC", "Lammhults ÅVC", "Ingelstads ÅVC"),
        streets=(
            "Arabygatan", "Blåvingevägen", "Dalbovägen", "Storgatan", "Söderleden", "Liedbergsgatan",
            "Smedjegatan", "Teleborgsvägen", "Hejaregatan", "Södra Järnvägsgatan", "Fagrabäcksvägen",
            "Sandviksvägen",
        ),
        person_streets=(
            "Carl von Linnés väg", "Esaias Tegnérs gata", "Vilhelm Mobergs gata", "Elin Wägners väg",
        ),
        associations=(
            "Växjöbostäder", "Vidingehem", "Hyresgästföreningen Sydost", "Håll Sverige Rent",
            "Region Kronoberg", "Växjö Lakers", "Naturskyddsföreningen", "Araby IF",
        ),
        lines=("linje 1", "linje 3", "linje 5", "linje 7", "stadsbuss 2", "linje 10", "linje 218"),
        tracts=("Bergunda", "Öjaby", "Gemla", "Växjö Rödhaken", "Växjö Tallen", "Kalvsvik", "Dädesjö"),
        area_codes=("0470",),
        domains=(*_MAIL, "vaxjo.se", "lnu.se", "kronoberg.se"),
    ),
    "ostersund": Region(
        kommun="Östersunds kommun",
        town="ÖSTERSUND",
        postcodes=("831 30", "831 41", "831 52", "832 51", "834 33", "834 98", "835 93"),
        places=(
            "Odenslund", "Lugnvik", "Torvalla", "Brittsbo", "Körfältet", "Frösön", "Valla", "Söder",
            "Brunflo", "Lit", "Odensala", "Karlslund", "Treälven", "Tand", "Ope", "Hornsberg",
        ),
        venues=(
            "Jämtkraft Arena", "Storsjöteatern", "Mittuniversitetet", "Östersunds sjukhus",
            "Torvallaskolan", "Lugnviksskolan", "Frösö zoo", "Jämtli", "Badhusparken", "Storsjöbadet",
        ),
        stations=("Gräfsåsens ÅVC", "Odenskogs ÅVC", "Lits ÅVC", "Brunflo ÅVC", "Tandsbyns ÅVC"),
        streets=(
            "Rådhusgatan", "Prästgatan", "Storgatan", "Lugnviksvägen", "Torvallavägen", "Brittsbovägen",
            "Körfältsvägen", "Odenslundsvägen", "Regementsgatan", "Stuguvägen", "Fältjägargränd",
            "Kyrkgatan",
        ),
        person_streets=("Wilhelm Petersons väg", "Peterson-Bergers gata", "Karl Persson-Rydas väg"),
        associations=(
            "Östersundshem", "Jämtkraft", "Region Jämtland Härjedalen", "Håll Sverige Rent",
            "Östersunds FK", "Hyresgästföreningen Norrland", "Sametinget", "Frösö IF",
        ),
        lines=("linje 1", "linje 2", "linje 4", "linje 6", "stadsbuss 3", "linje 160", "linje 510"),
        tracts=("Frösö", "Sunne", "Brunflo", "Östersund Lärkan", "Östersund Bävern", "Marieby", "Lockne"),
        area_codes=("063",),
        domains=(*_MAIL, "ostersund.se", "miun.se", "regionjh.se"),
    ),
    "jarfalla": Region(
        kommun="Järfälla kommun",
        town="JÄRFÄLLA",
        postcodes=("175 43", "175 61", "176 71", "176 76", "177 30", "177 51", "175 44"),
        places=(
            "Jakobsberg", "Barkarby", "Viksjö", "Kallhäll", "Stäket", "Skälby", "Söderhöjden",
            "Veddesta", "Görväln", "Ormbacka", "Egnahem", "Thorildsplan", "Skälbyparken", "Säby",
        ),
        venues=(
            "Jakobsbergs gymnasium", "Barkarby station", "Viksjö simhall", "Jakobsbergs centrum",
            "Kallhälls station", "Järfälla sporthall", "Viksjöskolan", "Aspnässkolan", "Görvälns slott",
        ),
        stations=("Görvälns ÅVC", "Kallhälls återbruk", "Jakobsbergs ÅVC", "Barkarby återbruk"),
        streets=(
            "Mjölnarvägen", "Ynglingavägen", "Vasaplan", "Birgittavägen", "Kvarnbacksvägen",
            "Skälbyvägen", "Viksjöleden", "Ryssviksvägen", "Söderhöjdsvägen", "Tallbohovsvägen",
            "Mälarvägen", "Snickarvägen",
        ),
        person_streets=("Astrid Lindgrens väg", "Evert Taubes väg", "Harry Martinsons gata"),
        associations=(
            "Järfällahus", "SÖRAB", "Stockholmshem", "Hyresgästföreningen Järfälla", "Håll Sverige Rent",
            "Region Stockholm", "IK Franke", "Järfälla HC",
        ),
        lines=("buss 541", "buss 552", "linje 557", "buss 560", "pendeltåg 43", "linje 567", "buss 545"),
        tracts=("Järfälla Jakobsberg", "Järfälla Kallhäll", "Järfälla Viksjö", "Säbyholm", "Stäkets gård"),
        area_codes=("08",),
        domains=(*_MAIL, "jarfalla.se", "bahnhof.se", "comhem.se"),
    ),
    "halmstad": Region(
        kommun="Halmstads kommun",
        town="HALMSTAD",
        postcodes=("302 31", "302 50", "302 70", "303 38", "305 62", "313 31", "302 92"),
        places=(
            "Andersberg", "Vallås", "Frennarp", "Linehed", "Fyllinge", "Söndrum", "Gustavsfält",
            "Furet", "Nyhem", "Sannarp", "Oskarström", "Getinge", "Tylösand", "Bäckagård", "Snöstorp",
            "Kärleken",
        ),
        venues=(
            "Halmstad Arena", "Högskolan i Halmstad", "Örjans vall", "Andersbergsskolan",
            "Halmstads stadsbibliotek", "Hallands sjukhus", "Vallåsskolan", "Halmstads teater",
            "Picassoparken",
        ),
        stations=("Kristinehed ÅVC", "Skedala ÅVC", "Getinge ÅVC", "Oskarströms ÅVC", "Fyllinge ÅVC"),
        streets=(
            "Andersbergsringen", "Vallåsvägen", "Linehedsvägen", "Stormgatan", "Storgatan",
            "Laholmsvägen", "Kungsgatan", "Fyllingevägen", "Gustavsfältsvägen", "Sannarpsvägen",
            "Furetvägen", "Nyhemsgatan",
        ),
        person_streets=("Stig Olsons väg", "Carl Larssons gata", "Tycho Braheväg"),
        associations=(
            "HFAB", "HEM", "Halmstads Energi och Miljö", "Hyresgästföreningen Halland",
            "Håll Sverige Rent", "Region Halland", "Halmstad BK", "IS Halmia",
        ),
        lines=("linje 1", "linje 2", "linje 6", "stadsbuss 11", "linje 350", "linje 330", "linje 4"),
        tracts=("Halmstad Fyllinge", "Halmstad Eketånga", "Snöstorp", "Harplinge", "Halmstad Vapnö"),
        area_codes=("035",),
        domains=(*_MAIL, "halmstad.se", "hh.se", "hfab.se"),
    ),
}  # fmt: skip

# Companies and authorities whose envelopes, invoices, parcels and labels are found in dumped rubbish.
SENDERS: tuple[str, ...] = (
    "Postnord", "DHL", "Budbee", "Instabox", "Zalando", "Apotek Hjärtat", "Kronans Apotek", "Apoteket",
    "Telia", "Tele2", "Vattenfall", "Klarna", "Skatteverket", "Försäkringskassan", "CSN", "IKEA",
    "Elgiganten", "Jysk", "Biltema", "Clas Ohlson", "Kronofogden", "Transportstyrelsen", "Folksam",
    "Länsförsäkringar", "Bauhaus", "Hornbach", "Shein", "Temu", "Lyko", "Apotea",
)  # fmt: skip

# Contractors who empty containers and fetch rubbish.
CONTRACTORS: tuple[str, ...] = (
    "PreZero", "Ragn-Sells", "Stena Recycling", "Remondis", "Suez", "FTI", "Urbaser", "Sita",
)  # fmt: skip

# Three letters a plate may carry (no I, Q, V, Å, Ä, Ö); the last place of a 2019 plate (no O).
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {
        "APA", "ARG", "BAJ", "DUM", "FAN", "FEL", "FET", "FUL", "GAY", "HOR", "KUK", "MUS", "NRP",
        "PIS", "PKK", "SEX", "SUP", "TOT", "UFO", "XXX", "ONT", "LEN", "KKK",
    }
)  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
            "mån", "tis", "ons", "tors", "fre", "lör", "sön")  # fmt: skip
