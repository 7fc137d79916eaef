"""Places, institutions, streets, organisations and the pieces of structured items of the tenth blind
corpus, typed from the writer's own knowledge of Swedish towns and suburbs (no list was read)."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.replace("_", " ") for w in text.split())


# Districts and towns from many kommuner, not only Stockholm.
PLACES = _words(
    "Fisksätra Älta Brandkärr Rosengård Hjällbo Gottsunda Vivalla Skäggetorp Navestad Hageby Araby "
    "Hässleholmen Ronna Hovsjö Fittja Alby Rinkeby Tensta Husby Skärholmen Bergsjön Hammarkullen "
    "Biskopsgården Lövgärdet Kronogården Holma Herrgården Seved Nydala Kroksbäck Lindängen Gårdsten "
    "Råslätt Öxnehaga Baronbackarna Oxhagen Brickebacken Stenhagen Sätra Andersberg Fröslunda Lagersberg "
    "Årby Skiftinge Råby Bäckby Pettersberg Gränby Kvarnsveden Jakobsberg Hallunda Norsborg Hagsätra "
    "Rågsved Bredäng Valsta Märsta Akalla Saltsjöbaden Nyköping Oxelösund Gnesta Katrineholm Flen Trosa "
    "Eskilstuna Strängnäs Norrköping Linköping Motala Mjölby Örebro Kumla Hallsberg Karlskoga Åmål "
    "Vänersborg Trollhättan Uddevalla Borås Ulricehamn Halmstad Falkenberg Varberg Kungsbacka Växjö "
    "Ljungby Kalmar Nybro Karlskrona Ronneby Kristianstad Hässleholm Landskrona Helsingborg Trelleborg "
    "Ystad Sundsvall Härnösand Östersund Umeå Skellefteå Luleå Piteå Boden Kiruna Gällivare Gävle "
    "Sandviken Falun Borlänge Mora Ludvika Västerås Köping Sala Enköping Norrtälje Södertälje Haninge "
    "Tyresö Huddinge Järfälla Sollentuna Sigtuna Skövde Lidköping Mariestad Falköping Jönköping Nässjö "
    "Värnamo Gislaved Karlstad Arvika Kristinehamn Visby Tumba Vårby_gård Orminge Boo Jursla Ljungbyhed "
    "Malmberget Stensätra Sörby Klockarbäcken Eriksberg Berga Kortedala Angered Tynnered Frölunda"
)

INSTITUTIONS = _words(
    "Brandkärrsskolan Långbergsskolan Mariebergsgården Sigfridsborgsskolan Fisksätraskolan "
    "Rinkebyskolan Vivallaskolan Navestadsskolan Hjällboskolan Fritidsgården_Blixten Ungdomens_hus "
    "Träffpunkt_Gottsunda Stadsbiblioteket Kulturhuset Simhallen Ishallen Folkets_hus Medborgarhuset "
    "Nyköpings_lasarett Mälarsjukhuset Södersjukhuset Akademiska_sjukhuset Sahlgrenska Familjecentralen "
    "Ungdomsmottagningen Vårdcentralen Katedralskolan Per_Brahegymnasiet Jenny_Nyströmsskolan "
    "Anna_Whitlocks_gymnasium Tallbackaskolan Nyhemsskolan Ekbacksskolan Stenhammarskolan "
    "Kvarnbackaskolan Rudbecksskolan Polhemsskolan Kunskapsskolan Fryshusgymnasiet Sportcentrum "
    "Friluftsgården Allaktivitetshuset Mötesplats_Råby Ungdomsgården_Oasen Fritidsgården_Kupan "
    "Idrottshallen Kyrkans_hus Moskén Biblioteket Tennishallen Badhuset Centrumhuset Ekängens_förskola "
    "Solrosens_förskola Vallaskolan Hagaskolan Björkängsskolan Rosendalsgymnasiet Lasarettet"
)

STREETS = _words(
    "Storgatan Kyrkogatan Järnvägsgatan Skolgatan Stationsvägen Ringvägen Södra_vägen Norra_Promenaden "
    "Bergsgatan Parkvägen Björkvägen Lärkvägen Ekvägen Hantverkargatan Industrigatan Granitvägen "
    "Trädgårdsgatan Mossvägen Ängsvägen Kvarnvägen Fisksätravägen Brandkärrsvägen Ältavägen "
    "Tegelbruksvägen Östra_Storgatan Västra_Vägen Idrottsvägen Centrumvägen Bruksgatan Hamngatan "
    "Strandvägen Torggatan Fabriksgatan Nygatan Lillgatan Backavägen Klövervägen Granvägen Tallvägen "
    "Sjövägen Långgatan Slottsgatan Repslagargatan Ekbacksvägen Solvägen Vallgatan Smedjegatan "
    "Bagaregatan Rådhusgatan"
)

# Streets named after persons: look-alikes whose words are names.
PERSON_STREETS = _words(
    "Olof_Palmes_gata Dag_Hammarskjölds_väg Raoul_Wallenbergs_torg Selma_Lagerlöfs_väg "
    "Astrid_Lindgrens_väg Birger_Jarlsgatan Evert_Taubes_väg Nils_Ferlins_väg Vilhelm_Mobergs_gata "
    "Gustav_Adolfs_torg Anna_Lindhs_plats Ellen_Keys_gata Greta_Garbos_väg Albert_Engströms_väg "
    "Fredrika_Bremers_gata Hjalmar_Brantingsgatan Alfred_Nobels_allé Carl_Larssons_väg Jenny_Linds_gata "
    "Tage_Erlanders_väg Karin_Boyes_gata Harry_Martinsons_väg Sten_Sturegatan Engelbrektsgatan "
    "Drottning_Kristinas_väg Cornelis_Vreeswijks_gata Lars_Kaggs_väg Ernst_Josephsons_gata"
)

ORGANISATIONS = _words(
    "Nyköpingshem Stena_Fastigheter Wallenstam HSB Rikshem Familjebostäder Poseidon Stångåstaden "
    "Örebrobostäder Uppsalahem Mimer Vätterhem Gavlegårdarna Helsingborgshem MKB Botkyrkabyggen "
    "Telge_Bostäder Securitas Avarn Fryshuset Röda_korset Nattvandrarna Föräldrar_på_stan "
    "Rädda_Barnen Pressbyrån Sörmlandstrafiken Skånetrafiken Västtrafik Östgötatrafiken Hyresgästföreningen "
    "Svenska_kyrkan Räddningstjänsten Trafikverket Coop ICA_Maxi Willys Lidl Bostadsbolaget "
    "Eskilstuna_Energi "
    "Akelius Heimstaden Victoriahem Balder"
)

# Area codes with the town that answers on them (landlines as people type them).
AREA_CODES = (
    "08", "0155", "011", "013", "019", "031", "040", "018", "021", "016", "026", "036", "046", "054",
    "090", "0920", "060", "063", "042", "035", "0470", "0480", "033", "0520", "0500", "0150", "0171",
)  # fmt: skip

MAIL_DOMAINS = (
    "gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "yahoo.se", "icloud.com",
    "nacka.se", "nykoping.se", "orebro.se", "hotmail.se", "bredband.net", "spray.se", "msn.com",
)  # fmt: skip

# Swedish plates: no I, Q, V, Å, Ä, Ö; the letter last in a new plate is never O either.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
# Letter groups that are words or not issued, and would make a plate look like something else.
BAD_PLATES = frozenset(
    "APA ARG BAJ BUS DUM FAN FEL FUL FUS GAY HOR KUK MES NRP PMS SEX SUP TOT UFO USA ALT BIL BOR "
    "DAG DEN DET EKO ELD ERA ETT FAR FEM FOT GAS HAN HEM HUR JAG KAN KOL LAG MAN MED MOR NEJ NER NYA "
    "OCH OSS POL RAS REN SEN SKO SOL TAK TRE TUR UPP UTE VAD XXX ZOO".split()
)

# Property designations: a trakt or kvarter and its number.
PROPERTY_NAMES = _words(
    "Brandkärr Fisksätra Sicklaön Älta Vivalla Gottsunda Hjällbo Navestad Skäggetorp Ryd Araby Ronna "
    "Hovsjö Fittja Rosengård Kronogården Råslätt Nydala Bäckby Fröslunda Hackspetten Myran Kvarnen "
    "Tegelbruket Svalan Lärkan Hägern Orren Rönnen Almen Smeden Garvaren Bagaren Kopparslagaren"
)

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
