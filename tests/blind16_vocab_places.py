# ruff: noqa: E501
"""Places, institutions, streets, organisations and lines of the sixteenth blind corpus, per region of the
writer, typed from the writer's own knowledge (some streets and organisations invented but plausible)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    places: tuple[str, ...]
    institutions: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    organisations: tuple[str, ...]
    tracts: tuple[str, ...]  # property designations: tract block:unit
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]  # the kommun's and partners' e-mail domains
    lines: tuple[str, ...]  # bus, tram and train lines as written


REGIONS: dict[str, Region] = {
    "nacka": Region(
        ("Fisksätra", "Älta", "Orminge", "Saltsjöbaden", "Björknäs", "Sickla", "Jarlaberg", "Kvarnholmen",
         "Ektorp", "Finntorp", "Tollare", "Boo", "Henriksdal", "Solsidan"),
        ("Fisksätra centrum", "Fisksätra station", "Fisksätra skola", "Fisksätra fritidsgård",
         "Fisksätra sporthall", "Fisksätra bibliotek", "Fisksätra torg", "Älta centrum", "Älta tennishall",
         "Sigfridsborgsskolan", "Älta skola", "Stavsborgsskolan", "Älta fritidsgård", "Orminge centrum",
         "Myrsjöskolan", "Nacka gymnasium", "Nacka Forum", "Sickla köpkvarter", "Ektorps centrum",
         "Saltsjöbadens centrum", "Älta bollplan", "Fisksätra folkets hus", "Ältabergets skidbacke"),
        ("Fisksätra allé", "Ältavägen", "Oxelvägen", "Värmdövägen", "Kanholmsvägen", "Edövägen",
         "Sigfridsborgsvägen", "Ältastråket", "Saltsjöbadsvägen", "Fiskarstigen", "Båtbyggarvägen",
         "Lovisedalsvägen"),
        ("Ulla Billquists väg", "Nils Ferlins gränd", "Karin Boyes väg", "Evert Taubes terrass"),
        ("Stena Fastigheter", "Wallenstam", "HSB Stockholm", "Brf Fiskaren", "Brf Ältahöjden", "Älta IF",
         "Fisksätra IF", "Saltsjöbadens IF", "Fisksätra kyrka", "Fisksätra moské", "Nacka församling",
         "Coop Fisksätra", "Pressbyrån", "Max Hamburgare", "Kjell & Company", "Clas Ohlson", "Fryshuset",
         "Röda Korset", "Hyresgästföreningen", "Nacka Wallenstam Basket", "Ica Nära Orminge"),
        ("Fisksätra", "Älta", "Sicklaön", "Orminge"),
        ("08",),
        ("nacka.se", "stenafastigheter.se", "fisksatraif.se", "brfaltahojden.se"),
        ("buss 401", "buss 443", "444:an", "bussen 471", "linje 409", "nattbuss 491", "Saltsjöbanan",
         "buss 465", "417:an"),
    ),
    "nykoping": Region(
        ("Brandkärr", "Arnö", "Oppeby", "Harg", "Väster", "Öster", "Högbrunn", "Svalsta", "Stigtomta",
         "Nävekvarn", "Långsätter", "Ekensberg", "Ryss", "Isaksdal"),
        ("Brandkärrsskolan", "Långbergsskolan", "Mariebergsgården", "Brandkärrs centrum", "Rosvalla",
         "Nyköpings resecentrum", "Tessinskolan", "Nyköpings gymnasium", "Stora torget", "Folkets park",
         "Arnöskolan", "Brandkärrs bibliotek", "Brandkärrshallen", "Harg centrum", "Nyköpings lasarett",
         "Brandkärrs bollplan"),
        ("Brandkärrsvägen", "Långbergsvägen", "Korsbackavägen", "Arnövägen", "Västra Storgatan",
         "Östra Storgatan", "Repslagaregatan", "Hamngatan", "Fruängsgatan", "Mariebergsvägen",
         "Stenbrovägen", "Idunvägen"),
        ("Ebba Brahes väg", "Carl Palmstedts gata", "Tessins gränd", "Nils Dackes gränd"),
        ("Nyköpingshem", "HSB Södermanland", "Rikshem", "Brf Brandkärrshöjden", "Nyköpings BIS",
         "Sörmlandstrafiken", "Nyköpings församling", "Nyköpings islamiska förening", "Ica Kvantum Nyköping",
         "Coop Brandkärr", "Lidl", "Frälsningsarmén", "Nyköpings Hockey", "Brandkärrs IK",
         "Studiefrämjandet"),
        ("Brandkärr", "Oppeby", "Arnö", "Harg"),
        ("0155",),
        ("nykoping.se", "nykopingshem.se", "brandkarrsik.se"),
        ("linje 4", "buss 3", "sexan", "linje 515", "buss 701", "linje 2", "stadsbuss 6"),
    ),
    "jarva": Region(
        ("Rinkeby", "Tensta", "Hjulsta", "Husby", "Akalla", "Hallonbergen", "Skärholmen", "Bredäng", "Vårberg",
         "Rågsved", "Hagsätra", "Fittja", "Alby", "Hallunda", "Norsborg", "Ronna", "Hovsjö", "Geneta",
         "Fornhöjden", "Jordbro"),
        ("Rinkeby centrum", "Tensta centrum", "Husby centrum", "Kista Galleria", "Skärholmens centrum",
         "Fittja centrum", "Alby fritidsgård", "Rinkebyskolan", "Husbyskolan", "Hjulstaskolan",
         "Tensta gymnasium", "Järvaskolan", "Tensta bibliotek", "Rinkeby bibliotek", "Bredängsskolan",
         "Rågsveds fritidsgård", "Alby tunnelbanestation", "Ronna centrum", "Hovsjöskolan", "Botkyrkahallen",
         "Tensta träff", "Husby träff", "Järvafältet"),
        ("Rinkebystråket", "Tenstagången", "Hjulstavägen", "Bredängsvägen", "Rågsvedsvägen",
         "Hagsätravägen", "Fittjavägen", "Botkyrkavägen", "Ronnavägen", "Hovsjövägen", "Kvarnbyvägen"),
        ("Edvard Griegsgången", "Olof Palmes gata", "Elsa Brändströms gata", "Raoul Wallenbergs torg", "Nelson Mandelas väg"),
        ("Stockholmshem", "Svenska Bostäder", "Familjebostäder", "Botkyrkabyggen", "Telge Bostäder",
         "Järva moské", "Husby IF", "Akalla IF", "Syrianska FC", "Assyriska FF", "Tensta kyrka",
         "Rinkeby kyrka", "Mentor Sverige", "Fryshuset Husby", "Somaliska föräldranätverket", "Ica Supermarket",
         "Burger King", "Röda Korset Botkyrka", "Hyresgästföreningen Järva"),
        ("Rinkeby", "Tensta", "Husby", "Hallunda", "Fittja"),
        ("08",),
        ("stockholm.se", "botkyrka.se", "sodertalje.se", "svenskabostader.se"),
        ("buss 179", "541:an", "linje 725", "bussen 704", "blå linjen", "tunnelbanans blå linje", "buss 734",
         "nattbuss 191"),
    ),
    "goteborg": Region(
        ("Angered", "Hjällbo", "Hammarkullen", "Gårdsten", "Lövgärdet", "Rannebergen", "Bergsjön",
         "Biskopsgården", "Tynnered", "Frölunda", "Backa", "Kortedala", "Länsmansgården", "Eriksbo"),
        ("Angered centrum", "Hammarkullens torg", "Hjällbo torg", "Bergsjöskolan", "Gårdstensskolan",
         "Lövgärdesskolan", "Frölunda torg", "Angereds gymnasium", "Blå stället", "Hjällboskolan",
         "Kortedala torg", "Angereds arena", "Hammarkullens fritidsgård",
         "Vårväderstorget", "Hjällbo station"),
        ("Hammarkullegatan", "Gårdstensvägen", "Lövgärdesvägen", "Rannebergsvägen", "Bergsjövägen",
         "Långströmsgatan", "Tynneredsgatan", "Hjällbovägen", "Vättlegatan", "Kortedalavägen"),
        ("Jussi Björlings väg", "Evert Taubes gata", "Karin Larssons gata", "Birger Sjöbergs gata",
         "Selma Lagerlöfs torg"),
        ("Bostadsbolaget", "Familjebostäder Göteborg", "Poseidon", "Gårdstensbostäder", "Västtrafik",
         "Angereds moské", "Hammarkullens församling", "Gunnareds IK", "Hjällbo IK", "Räddningsmissionen",
         "Stadsmissionen", "Angered MBIK", "Willys Hjällbo", "Sibylla"),
        ("Hjällbo", "Gårdsten", "Lövgärdet", "Hammarkullen"),
        ("031",),
        ("goteborg.se", "bostadsbolaget.se", "gardstensbostader.se"),
        ("spårvagn 4", "fyran", "buss 17", "linje 77", "spårvagn 9", "niornas hållplats", "buss 58"),
    ),
    "malmo": Region(
        ("Rosengård", "Herrgården", "Törnrosen", "Holma", "Kroksbäck", "Lindängen", "Seved", "Hermodsdal",
         "Fosie", "Augustenborg", "Nydala", "Kryddgården", "Drottninghög", "Dalhem"),
        ("Rosengårds centrum", "Rosengårdsskolan", "Örtagårdsskolan", "Hermodsdalsskolan", "Lindängsskolan",
         "Fosie bibliotek", "Garaget", "Malmö C", "Mobilia", "Drottninghögs fritidsgård", "Rosens röda matta",
         "Holma fritidsgård", "Nydala sporthall", "Amiralsparken", "Rosengårds station"),
        ("Amiralsgatan", "Ramels väg", "Nydalavägen", "Lindängsvägen", "Rosengårdsstråket", "Örtagårdsgatan",
         "Ystadvägen", "Bennets väg", "Kroksbäcksgatan", "Drottninghögsvägen"),
        ("Anna Lindhs plats", "Zlatans gränd", "Ebbe Linds väg", "Ellen Keys väg"),
        ("MKB", "Willhem", "Heimstaden", "Skånetrafiken", "Malmö FF", "FC Rosengård", "IFK Malmö",
         "Islamiska centret", "Svenska kyrkan Fosie", "Hemköp Rosengård", "Röda Korset Malmö", "Helsingborgshem",
         "Bunkeflo IF"),
        ("Herrgården", "Törnrosen", "Holma", "Lindängen"),
        ("040", "042"),
        ("malmo.se", "mkbfastighet.se", "helsingborg.se"),
        ("buss 5", "linje 7", "8:an", "pendeln", "buss 34", "linje 4"),
    ),
    "mellan": Region(
        ("Vivalla", "Oxhagen", "Baronbackarna", "Brickebacken", "Varberga", "Bäckby", "Råbergstorp",
         "Fröslunda", "Lagersberg", "Skiftinge", "Navestad", "Hageby", "Skäggetorp", "Ryd", "Gottsunda",
         "Valsätra", "Stenhagen"),
        ("Vivallaskolan", "Vivalla centrum", "Oxhagsskolan", "Bäckby centrum", "Fröslunda centrum",
         "Navestadsskolan", "Hagebyskolan", "Skäggetorps centrum", "Gottsunda centrum", "Gottsundaskolan",
         "Valsätraskolan", "Bäckbyskolan", "Brickebackens fritidsgård", "Hageby bibliotek", "Vivallahallen",
         "Lagersbergs fritidsgård"),
        ("Vivallavägen", "Bäckbyvägen", "Fröslundavägen", "Navestadsgatan", "Skäggetorpsgatan",
         "Gottsundavägen", "Hagebygatan", "Oxhagsgatan", "Brickebacksvägen", "Valsätravägen"),
        ("Hjalmar Brantings väg", "Per Albins väg", "Astrid Lindgrens gata", "Moa Martinsons gata"),
        ("ÖrebroBostäder", "Mimer", "Kfast", "Hyresbostäder", "Uppsalahem", "Stångåstaden", "Örebro SK",
         "Västerås SK", "IFK Norrköping", "IK Sirius", "Eskilstuna Guif", "Vivalla moské",
         "Gottsunda kyrka", "Coop Bäckby"),
        ("Vivalla", "Bäckby", "Navestad", "Gottsunda"),
        ("019", "021", "016", "011", "018", "013"),
        ("orebro.se", "vasteras.se", "norrkoping.se", "uppsala.se", "eskilstuna.se"),
        ("buss 12", "linje 9", "stadsbuss 3", "buss 152", "linje 11", "spårvagn 2"),
    ),
}  # fmt: skip

REGION_WEIGHTS = {"nacka": 24, "nykoping": 16, "jarva": 20, "goteborg": 14, "malmo": 12, "mellan": 14}

PRIVATE_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "icloud.com", "yahoo.se")

# Swedish plates use neither I, Q, V, Å, Ä nor Ö; a new plate's last sign is no O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {"APA", "ARG", "ASS", "BAJ", "BOG", "BRA", "BUS", "DUM", "FAN", "FEL", "FET", "FUL", "GAY", "GUD", "HAT",
     "HOR", "KKK", "KUK", "LAT", "MAO", "MOR", "MUS", "NRP", "ONT", "PUB", "PRO", "SEX", "SOS", "SUP", "TOA",
     "UFO", "USA", "WTF", "HSB", "MKB", "KON", "NOT", "ROM", "SJU", "TRE", "TOT", "DOD", "HEJ", "SMS"}
)  # fmt: skip

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")  # fmt: skip
MONTHS_SHORT = ("jan", "feb", "mars", "april", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec")
