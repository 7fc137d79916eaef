"""Places, organisations and the other look-alikes of the twentieth blind corpus (tests/blind20_corpus.py):
small towns, rural and northern kommuner and seasonal places, typed from the writer's own knowledge (some
streets, schools and clubs are invented but plausible). Also the area codes, e-mail domains, property tracts
and plate letters the fill draws from.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    places: list[str]  # villages, districts, lakes, mountains, rivers
    roads: list[str]
    institutions: list[str]
    streets: list[str]
    person_streets: list[str]
    organisations: list[str]
    samebyar: list[str]  # samebyar and, where there are none, local associations
    companies: list[str]  # mines, forestry, ski resorts, ferries, shops
    area_codes: list[str]
    domains: list[str]
    tracts: list[str]
    lines: list[str]


_MAIL = ["gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se"]

# fmt: off
REGIONS: dict[str, Region] = {
    "nacka": Region(
        ["Fisksätra", "Älta", "Saltsjöbaden", "Orminge", "Sickla", "Ältadalen", "Erstavik", "Ältasjön",
         "Storängen", "Järla", "Neglinge", "Tattby"],
        ["väg 222", "väg 260", "Södra länken", "Värmdöleden"],
        ["Fisksätra centrum", "Älta centrum", "Sigfridsborgsskolan", "Älta tennishall",
         "Fisksätra fritidsgård", "Fisksätra skola", "Fisksätra station", "Nacka stadshus",
         "Fisksätra bibliotek", "Ältabergsskolan", "Saltsjöbadens vårdcentral"],
        ["Fisksätravägen", "Ältavägen", "Ältabergsvägen", "Lovisedalsvägen", "Stensövägen", "Fiskarhöjden",
         "Ormingeringen", "Oxelvägen", "Tennisvägen", "Apelvägen"],
        ["Selma Lagerlöfs väg", "Alma Wahlbergs väg", "Birger Sjöbergs väg", "Per Hallströms väg"],
        ["Stena Fastigheter", "Wallenstam", "Nacka kommun", "SL", "Fisksätra IF", "Älta IF",
         "Nacka vatten och avfall", "Saltsjöbadens segelsällskap"],
        ["Fisksätra båtklubb", "Älta hembygdsförening", "Grannsamverkan Älta",
         "Saltsjöbadens jaktvårdskrets"],
        ["Ica Nära", "Coop", "Circle K", "Nackataxi", "Taxi Stockholm"],
        ["08"],
        _MAIL + ["nacka.se", "stena.se"],
        ["Sicklaön", "Erstavik", "Fisksätra", "Älta"],
        ["buss 401", "buss 409", "Saltsjöbanan", "buss 471", "linje 414", "buss 840"],
    ),
    "nykoping": Region(
        ["Brandkärr", "Stigtomta", "Jönåker", "Tystberga", "Arnö", "Långsjön", "Harg", "Isaksdal",
         "Stora torget", "Svalsta", "Bergshammar", "Runtuna"],
        ["E4", "riksväg 53", "väg 52", "väg 219"],
        ["Brandkärrsskolan", "Långbergsskolan", "Mariebergsgården", "Nyköpings lasarett",
         "Nyköpings centralstation", "Nyköpingshus", "Skavsta flygplats", "Stadsbiblioteket", "Rosvalla",
         "Stigtomta skola"],
        ["Brandkärrsvägen", "Östra Storgatan", "Västra Storgatan", "Repslagaregatan", "Ringvägen",
         "Idrottsvägen", "Gripsholmsvägen", "Hemgårdsvägen", "Bagaregatan"],
        ["Kerstin Hesselgrens väg", "Folke Bernadottes gata", "Carl Larssons väg", "Dan Anderssons väg"],
        ["Nyköpingshem", "HSB", "Rikshem", "Nyköpings kommun", "Sörmlandstrafiken", "Nyköpings BIS",
         "Nyköpings hembygdsförening", "Studiefrämjandet"],
        ["Stigtomta jaktlag", "Tystberga bygdegårdsförening", "Jönåkers hembygdsförening", "Arnö båtklubb"],
        ["Ica Kvantum", "Coop Konsum", "OKQ8", "Taxi Nyköping", "Sveaskog"],
        ["0155"],
        _MAIL + ["nykoping.se", "nykopingshem.se"],
        ["Brandkärr", "Isaksdal", "Harg", "Arnö"],
        ["buss 1", "linje 5", "buss 515", "stadsbuss 3", "buss 701"],
    ),
    "norrbotten": Region(
        ["Kiruna", "Gällivare", "Malmberget", "Koskullskulle", "Haparanda", "Pajala", "Arvidsjaur",
         "Jokkmokk", "Övertorneå", "Korpilombolo", "Junosuando", "Vittangi", "Abisko", "Karesuando",
         "Jukkasjärvi", "Luossajärvi", "Kebnekaise", "Dundret", "Torneälven", "Muonioälven", "Kirunavaara",
         "Tärendö"],
        ["E10", "E4", "väg 45", "väg 99", "väg 395"],
        ["Kiruna stadshus", "Kiruna sjukhus", "Gällivare sjukhus", "Hjalmar Lundbohmsskolan",
         "Tornedalsskolan", "Pajala hälsocentral", "Arvidsjaurs fritidsgård", "Folkets hus i Pajala",
         "Ishotellet", "Haparanda stadshotell", "Kiruna flygplats", "Malmbergets skola", "Vittangi skola"],
        ["Föraregatan", "Lasarettsgatan", "Järnvägsgatan", "Malmvägen", "Tornedalsvägen", "Fjällgatan",
         "Bangatan", "Mommagatan", "Kyrkogatan"],
        ["Hjalmar Lundbohmsvägen", "Lars Levi Laestadius väg", "Lina Pensas väg", "Hugo Fredrikssons väg"],
        ["LKAB", "Boliden", "Kiruna kommun", "Gällivare kommun", "Länstrafiken i Norrbotten", "Sveaskog",
         "Kirunabostäder", "Haparanda kommun", "Pajala kommun", "Sametinget"],
        ["Gabna sameby", "Laevas sameby", "Talma sameby", "Saarivuoma sameby", "Girjas sameby",
         "Sirges sameby", "Luokta-Mávas sameby", "Muonio sameby", "Kiruna snöskoterklubb",
         "Pajala hembygdsförening"],
        ["Aitik", "Kaunis Iron", "Circle K", "Preem", "Tornedalstaxi", "Lanthandeln i Tärendö"],
        ["0980", "0970", "0922", "0978", "0960", "0920"],
        _MAIL + ["kiruna.se", "gallivare.se", "haparanda.se", "pajala.se", "lkab.com"],
        ["Kiruna", "Gällivare", "Pajala", "Haparanda", "Vittangi"],
        ["linje 10", "buss 91", "Malmbanan", "buss 93", "linje 51", "Norrtåg"],
    ),
    "vasterbotten": Region(
        ["Lycksele", "Storuman", "Sorsele", "Vilhelmina", "Tärnaby", "Hemavan", "Malå", "Norsjö",
         "Kristineberg", "Vindeln", "Umeälven", "Gunnarn", "Stensele", "Ammarnäs", "Kittelfjäll",
         "Björksele"],
        ["E12", "väg 95", "E45", "väg 363", "väg 365", "Blå vägen"],
        ["Lycksele lasarett", "Lycksele djurpark", "Tannbergsskolan", "Storumans hälsocentral",
         "Hemavans flygplats", "Malå fritidsgård", "Vilhelmina kyrkstad", "Sorsele bibliotek",
         "Tärnaby skola", "Lycksele simhall"],
        ["Skolgatan", "Norra Järnvägsgatan", "Kungsgatan", "Vallgatan", "Älvvägen", "Sandgatan"],
        ["Gustav Adolfs väg", "Ingemar Stenmarks väg", "Sara Lidmans väg"],
        ["Boliden", "Lycksele kommun", "Storumans kommun", "Länstrafiken i Västerbotten",
         "Lyckselebostäder", "Skellefteå Kraft", "Holmen Skog", "Vilhelmina kommun"],
        ["Umbyn sameby", "Vapsten sameby", "Ran sameby", "Grans sameby", "Malå sameby",
         "Vilhelmina norra sameby", "Tärnaby snöskoterklubb", "Lycksele hembygdsförening"],
        ["Hemavan Alpint", "Circle K", "St1", "Lycksele taxi", "Ica Nära"],
        ["0950", "0951", "0940", "0953", "0954"],
        _MAIL + ["lycksele.se", "storuman.se", "vilhelmina.se"],
        ["Lycksele", "Storuman", "Tärnaby", "Malå"],
        ["buss 30", "linje 31", "buss 360", "linje 45", "buss 41"],
    ),
    "jamtland": Region(
        ["Östersund", "Åre", "Duved", "Järpen", "Undersåker", "Storlien", "Frösön", "Brunflo", "Krokom",
         "Strömsund", "Storsjön", "Åreskutan", "Vålådalen", "Tegefjäll", "Björnen", "Hallen", "Mörsil"],
        ["E14", "E45", "väg 322", "väg 336"],
        ["Östersunds sjukhus", "Jämtli", "Åre station", "Storsjöteatern", "Wallingymnasiet", "Åre skola",
         "Duveds skola", "Järpens hälsocentral", "Åre torg", "Frösö park", "Östersunds resecentrum"],
        ["Prästgatan", "Storgatan", "Kyrkgatan", "Rådhusgatan", "Stationsvägen", "Årevägen", "Kyrkvägen"],
        ["Peterson-Bergers väg", "Jämtlands Olofs gata", "Erik Lundbergs väg"],
        ["Region Jämtland Härjedalen", "Åre kommun", "Östersunds kommun", "SkiStar", "Holiday Club",
         "Östersundshem", "Länstrafiken i Jämtland", "Mittuniversitetet"],
        ["Handölsdalens sameby", "Jovnevaerie sameby", "Njaarke sameby", "Mittådalens sameby",
         "Åre snöskoterklubb", "Undersåkers hembygdsförening"],
        ["Åre Bergbana", "Tott Hotel", "Preem", "Åretaxi", "Coop Åre"],
        ["063", "0647", "0640", "0670"],
        _MAIL + ["are.se", "ostersund.se", "regionjh.se"],
        ["Åre", "Duved", "Frösön", "Undersåker"],
        ["skibussen", "buss 155", "linje 1", "Norrtåg", "buss 157"],
    ),
    "fjall": Region(
        ["Sälen", "Idre", "Särna", "Lindvallen", "Högfjället", "Tandådalen", "Hundfjället", "Kläppen",
         "Grövelsjön", "Fulufjället", "Transtrand", "Malung", "Idrefjäll", "Stöten", "Näsfjället",
         "Fjätervålen"],
        ["väg 66", "väg 70", "väg 71", "väg 311"],
        ["Scandinavian Mountains Airport", "Idre skola", "Särna vårdcentral", "Experium",
         "Högfjällshotellet", "Sälens vårdcentral", "Transtrands skola", "Idre kyrka", "Lindvallens torg"],
        ["Centrumvägen", "Fjällvägen", "Idrevägen", "Tjärnvägen", "Myrvägen", "Skidvägen"],
        ["Gustav Vasas väg", "Anders Zorns väg", "Karin Larssons väg"],
        ["SkiStar", "Idre Fjäll", "Malung-Sälens kommun", "Älvdalens kommun", "Dalatrafik",
         "Sälens fjällräddning", "Region Dalarna"],
        ["Idre sameby", "Transtrands hembygdsförening", "Särna snöskoterklubb", "Idre jaktlag"],
        ["Sälens taxi", "Circle K", "Ica Idre", "Stöten Lodge"],
        ["0280", "0253", "0250"],
        _MAIL + ["malung-salen.se", "alvdalen.se", "skistar.com"],
        ["Transtrand", "Idre", "Särna"],
        ["skidbussen", "buss 303", "linje 119", "Fjällexpressen"],
    ),
    "gotland": Region(
        ["Visby", "Almedalen", "Slite", "Hemse", "Klintehamn", "Fårösund", "Fårö", "Ljugarn",
         "Tofta strand", "Kneippbyn", "Roma", "Ringmuren", "Visby hamn", "Burgsvik", "Östergarn",
         "Lummelunda"],
        ["väg 140", "väg 142", "väg 143", "väg 148"],
        ["Visby lasarett", "Almedalsbiblioteket", "Campus Gotland", "Säveskolan", "Visby färjeterminal",
         "Wisby Strand", "Gotlands museum", "Hemse vårdcentral", "Slite skola"],
        ["Strandgatan", "Hästgatan", "Adelsgatan", "Hansegatan", "Norra Murgatan", "Broväg", "Skeppsbron"],
        ["Albert Engströms väg", "Valdemar Atterdags väg", "Ebba Brahes gata"],
        ["Region Gotland", "Destination Gotland", "GotlandsHem", "Gotlands kollektivtrafik",
         "Gotlands hembygdsförbund", "Almedalsveckans kansli"],
        ["Fårö hembygdsförening", "Slite båtklubb", "Hemse jaktlag", "Ljugarns byalag"],
        ["Gotlandsbåten", "Ica Maxi", "Gotlandstaxi", "Preem"],
        ["0498"],
        _MAIL + ["gotland.se"],
        ["Visby", "Slite", "Hemse", "Fårö"],
        ["buss 10", "linje 20", "buss 11", "färjan", "linje 41"],
    ),
    "vastkust": Region(
        ["Strömstad", "Grebbestad", "Fjällbacka", "Tanumshede", "Hamburgsund", "Kosteröarna", "Skee",
         "Kungshamn", "Smögen", "Svinesund", "Nordby", "Resö", "Havstenssund", "Sannäs"],
        ["E6", "väg 163", "väg 176", "väg 164"],
        ["Strömstad gymnasium", "Skagerackskolan", "Tanums bibliotek", "Strömstads sjukhus",
         "Nordby shoppingcenter", "Grebbestads vårdcentral", "Tanums kommunhus", "Strömstads badhus"],
        ["Norra Hamngatan", "Södra Hamngatan", "Karlsgatan", "Oscarsgatan", "Strandvägen", "Torggatan"],
        ["Oscar Hedins väg", "Evert Taubes väg", "Kapten Carlssons gata"],
        ["Tanums kommun", "Strömstads kommun", "Västtrafik", "Strömstadsbyggen", "Tanums Bostäder",
         "Kustbevakningen", "Sjöräddningssällskapet"],
        ["Grebbestads båtklubb", "Skee hembygdsförening", "Tanums jaktvårdskrets", "Resö byalag"],
        ["Color Line", "Fjord Line", "Kosterbåtarna", "Systembolaget", "Strömstads taxi"],
        ["0526", "0525", "0523"],
        _MAIL + ["stromstad.se", "tanum.se", "online.no"],
        ["Skee", "Tanum", "Resö"],
        ["buss 871", "Bohusbanan", "linje 860", "buss 875"],
    ),
}
# fmt: on
REGION_NAMES = tuple(REGIONS)

NATIONAL_ORGANISATIONS = [
    "Polisen", "Migrationsverket", "Länsstyrelsen", "Försäkringskassan", "Arbetsförmedlingen",
    "Naturvårdsverket", "Trafikverket", "Skogsstyrelsen", "Jägareförbundet", "Svenska kyrkan",
    "Röda korset", "Brå", "Skatteverket", "Fjällräddningen", "Viltolycksrådet",
]  # fmt: skip

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]  # fmt: skip
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]

# Swedish plates leave out I, Q, V, Å, Ä and Ö; the last sign of a 2019 plate also O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
# Letter groups these texts use as words or acronyms: a plate with them would read as one.
BAD_PLATES = {
    "EST", "LOB", "SOS", "SMS", "HLR", "BUP", "LSS", "ABC", "KOM", "BRA", "FBK", "MSB", "SKR", "GPS", "POL",
    "BUS", "TAX", "ATV", "SUV", "MCK", "RAK", "SOL", "BOR", "DAG", "MAJ", "ORT", "TUR", "UPP", "NER", "STF",
}  # fmt: skip
