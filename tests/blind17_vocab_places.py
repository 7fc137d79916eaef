"""Places, streets, organisations and numbers of the seventeenth blind corpus (tests/blind17_corpus.py), per
town of the writer, typed from the writer's own knowledge (some venues and streets invented but plausible).

A region's entry: places (districts, squares, town centres), stations and stops, shopping centres, venues
(schools, libraries, baths, arenas, culture houses), streets, streets and squares named after people, local
organisations (transport, housing, clubs, the kommun), nightlife, its transport company, property tracts,
area code, kommun mail domain and lines (bus, tram, commuter and regional trains).
"""

# ruff: noqa: E501

from __future__ import annotations

from typing import NamedTuple


class Region(NamedTuple):
    places: tuple[str, ...]
    stations: tuple[str, ...]
    centres: tuple[str, ...]
    venues: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    orgs: tuple[str, ...]
    nightlife: tuple[str, ...]
    transport: tuple[str, ...]
    tracts: tuple[str, ...]
    area_code: str
    domain: str
    lines: tuple[str, ...]


def _t(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(";") if x.strip())


REGIONS: dict[str, Region] = {
    "malmo": Region(
        _t(
            "Möllevångstorget; Rosengård centrum; Värnhemstorget; Västra Hamnen; Lindängen; Holma; Hyllie;"
            " Limhamn; Davidshall; Möllan; Stortorget i Malmö; Folkets park"
        ),
        _t("Malmö C; Triangelns station; Hyllie station; Rosengårds station; Persborgs station"),
        _t("Emporia; Mobilia; Triangeln köpcentrum; Entré Malmö"),
        _t(
            "Malmö stadsbibliotek; Hylliebadet; Aq-va-kul; Malmö Arena; Rosengårds bibliotek;"
            " Värnhemsskolan; Kulturhuset Mazetti"
        ),
        _t(
            "Bergsgatan; Amiralsgatan; Nobelvägen; Föreningsgatan; Södra Förstadsgatan; Ystadvägen;"
            " Lantmannagatan; Stadiongatan"
        ),
        _t("Per Albins väg; Jörgen Kocksgatan; Anna Lindhs plats; Gustav Adolfs torg"),
        _t("Skånetrafiken; Malmö FF; Malmö stad; MKB Fastighets AB; Pågatågen; FC Rosengård"),
        _t("Kulturbolaget; Babel; Moriska paviljongen; Victors; Etage"),
        _t("Skånetrafiken"),
        _t("Rosengård; Hyllie; Holma; Lindängen"),
        "040",
        "malmo.se",
        _t("linje 5; buss 8; Malmöexpressen 4; Pågatåg 1043; Öresundståg 1087; buss 33"),
    ),
    "goteborg": Region(
        _t(
            "Brunnsparken; Järntorget; Angered centrum; Hammarkullen; Bergsjön; Frölunda torg; Kortedala torg;"
            " Backaplan; Lindholmen; Gamlestaden; Heden"
        ),
        _t(
            "Göteborg C; Centralstationen; Nils Ericson-terminalen; Korsvägen; Hjalmar Brantingsplatsen;"
            " Vasaplatsen"
        ),
        _t("Nordstan; Allum; Frölunda Torg köpcentrum; Citygallerian"),
        _t(
            "Valhallabadet; Stadsbiblioteket vid Götaplatsen; Frölunda kulturhus; Angereds gymnasium;"
            " Ullevi; Scandinavium; Hammarkullens bibliotek; Lundbybadet"
        ),
        _t(
            "Kungsportsavenyn; Linnégatan; Vasagatan; Östra Hamngatan; Friggagatan; Södra Vägen;"
            " Första Långgatan; Kortedala allé"
        ),
        _t("Eric Dahlbergsgatan; Viktor Rydbergsgatan; Sven Hultins gata; Hjalmar Brantingsgatan"),
        _t("Västtrafik; IFK Göteborg; BK Häcken; GAIS; Göteborgs Stad; Familjebostäder; Poseidon"),
        _t("Trädgår'n; Pustervik; Nefertiti; Yaki-Da; Park Lane"),
        _t("Västtrafik"),
        _t("Hammarkullen; Bergsjön; Kortedala; Angered"),
        "031",
        "goteborg.se",
        _t("spårvagn 6; spårvagn 11; linje 16; Rosa Express; Röd Express; buss 19; Gröna Express"),
    ),
    "orebro": Region(
        _t(
            "Stortorget; Järntorget i Örebro; Vivalla centrum; Baronbackarna; Brickebacken; Varberga centrum;"
            " Oxhagen; Markbacken; Mikaelsplan"
        ),
        _t("Örebro C; Örebro Södra; Resecentrum i Örebro; Vivalla busstorg"),
        _t("Krämaren; Marieberg Galleria; Våghustorget; Kungsgatans galleria"),
        _t(
            "Gustavsvik; Örebro stadsbibliotek; Behrn Arena; Conventum; Vivalla bibliotek;"
            " Risbergska skolan; Idrottshuset"
        ),
        _t(
            "Drottninggatan; Rudbecksgatan; Kungsgatan; Fabriksgatan; Järnvägsgatan; Östra Bangatan;"
            " Hertig Karls allé; Vasagatan"
        ),
        _t("Olof Palmes gata; Engelbrekts torg; Karl Bergs väg; Anna Ahlströms plats"),
        _t("Länstrafiken Örebro; ÖrebroBostäder; Örebro SK; Örebro kommun; Örebro Hockey"),
        _t("Kulturkvarteret; Harrys Örebro; Mejeriet; Lilla Hotellbaren"),
        _t("Länstrafiken Örebro"),
        _t("Vivalla; Baronbackarna; Varberga; Oxhagen"),
        "019",
        "orebro.se",
        _t("linje 11; buss 13; linje 3; tåg 8762; Mälartåg 9126; buss 500"),
    ),
    "umea": Region(
        _t(
            "Rådhustorget; Ålidhem centrum; Ersboda; Holmsund; Mariehem; Teg centrum; Haga i Umeå;"
            " Vasaplan; Gammlia; Öbacka"
        ),
        _t("Umeå C; Umeå Östra; Vasaplans hållplats; Universum hållplats"),
        _t("Utopia; Avion Shopping; Kvarteret Forum; Ersboda köpcentrum"),
        _t(
            "Väven; Umeå stadsbibliotek; Navet; NP3 Arena i Umeå; Ersboda bibliotek; Umeå Folkets Hus;"
            " Ålidhemsskolan; Umeå simhall"
        ),
        _t(
            "Storgatan; Skolgatan; Kungsgatan; Rådhusesplanaden; Västra Esplanaden; Järnvägsallén; Nygatan;"
            " Ålidhemsvägen"
        ),
        _t("Döbelnsgatan; Pelle Molins väg; Sara Klangs gränd; Ester Blendas plats"),
        _t("Ultra; Länstrafiken Västerbotten; Norrtåg; Björklöven; Bostaden; Umeå kommun; Umeå IK"),
        _t("Rex Bar; Scharinska; Gotthards Krog; Droskan"),
        _t("Ultra; Länstrafiken Västerbotten; Norrtåg"),
        _t("Ålidhem; Ersboda; Mariehem; Teg"),
        "090",
        "umea.se",
        _t("linje 8; linje 2; buss 9; Norrtåg 7556; tåg 3641; Röda linjen"),
    ),
    "borlange": Region(
        _t(
            "Tjärna Ängar; Jakobsgårdarna; Hagalund; Kvarnsveden; Domnarvet; Stationsparken; Sveatorget;"
            " Gylle; Mellstaparken"
        ),
        _t("Borlänge C; Borlänge resecentrum; Hagalunds hållplats"),
        _t("Kupolen; Norra Backa handelsområde; Borlänge Galleria"),
        _t(
            "Ungdomens Hus; Maserhallen; Borlänge bibliotek; Ekenbergsskolan; Borlänge Energi Arena;"
            " Framtidsdalen; Tjärnaskolan"
        ),
        _t("Borganäsvägen; Stationsgatan; Sveagatan; Mjälgatan; Hagalundsgatan; Röda vägen; Sturegatan"),
        _t("Jussi Björlings väg; Knut Nilssons gata; Matts Bäckmans torg"),
        _t("Dalatrafik; IK Brage; Dalkurd FF; Tunabyggen; Borlänge kommun; Borlänge HF"),
        _t("Liljan; Bishops Arms Borlänge; Två Kockar; Hulda"),
        _t("Dalatrafik"),
        _t("Tjärna; Hagalund; Jakobsgården; Kvarnsveden"),
        "0243",
        "borlange.se",
        _t("linje 151; buss 100; linje 25; tåg 8803; Tåg i Bergslagen 4109"),
    ),
    "sundsvall": Region(
        _t(
            "Stora torget i Sundsvall; Stenstan; Skönsberg; Nacksta; Bredsand; Haga i Sundsvall; Birsta;"
            " Västermalm; Navet i Sundsvall; Norrmalm"
        ),
        _t("Sundsvall C; Sundsvall Västra; Navet busstation; Nacksta hållplats"),
        _t("Birsta City; Sundsvall City; Inre Hamnen-galleriorna; Nacksta centrum"),
        _t(
            "Kulturmagasinet; Sundsvalls badhus; NP3 Arena; Nackstaskolan; Skönsbergs bibliotek;"
            " Hagaskolan; Sporthallen i Sundsvall"
        ),
        _t(
            "Storgatan; Esplanaden; Köpmangatan; Trädgårdsgatan; Bankgatan; Rådhusgatan; Nackstavägen;"
            " Bergsgatan"
        ),
        _t("Gösta Nordins plats; Selma Lagerlöfs gata; Ivar Los väg"),
        _t("Din Tur; Mitthem; GIF Sundsvall; Timrå IK; Sundsvalls kommun; Sundsvall Dragons"),
        _t("Tant Anci och Fröken Sara; O'Learys Sundsvall; Bankvalvet; Club Killerbee"),
        _t("Din Tur; Norrtåg"),
        _t("Nacksta; Skönsberg; Haga; Bredsand"),
        "060",
        "sundsvall.se",
        _t("linje 2; linje 120; buss 4; Norrtåg 7502; tåg 284; Mittnabotåget 4717"),
    ),
    "jonkoping": Region(
        _t(
            "Västra torget; Hovrättstorget; Råslätt centrum; Österängen; Öxnehaga; Huskvarna; Tändsticksområdet;"
            " Munksjöstaden; Östra torget"
        ),
        _t("Jönköpings resecentrum; Juneporten; Huskvarna station; Råslätts hållplats"),
        _t("A6; Asecs; Smedjan; Atollen; Solåsen"),
        _t(
            "Rosenlundsbadet; Jönköpings stadsbibliotek; Husqvarna Garden; Elmia; Råslätts bibliotek;"
            " Per Brahegymnasiet; Kulturhuset Spira"
        ),
        _t(
            "Östra Storgatan; Västra Storgatan; Barnarpsgatan; Klostergatan; Kungsgatan; Jordbrovägen;"
            " Skolgatan; Tormenåsgatan"
        ),
        _t("John Bauers gata; Lars Johanssons väg; Hedvig Eleonoras torg"),
        _t("Jönköpings Länstrafik; HV71; J-Södra; Vätterhem; Jönköpings kommun; Krösatågen"),
        _t("Harrys Jönköping; Sticks; Bishops Arms Jönköping; Pitchers"),
        _t("Jönköpings Länstrafik"),
        _t("Råslätt; Öxnehaga; Österängen; Huskvarna"),
        "036",
        "jonkoping.se",
        _t("linje 1; linje 3; Citybuss 11; Krösatåg 1731; tåg 8221; buss 27"),
    ),
    "norrkoping": Region(
        _t(
            "Gamla torget; Hageby centrum; Navestad; Klockaretorpet; Marielund; Saltängen; Industrilandskapet;"
            " Tyska torget; Skvallertorget"
        ),
        _t("Norrköping C; Resecentrum Norrköping; Hagebyhöjden hållplats; Söder tull"),
        _t("Mirum Galleria; Spiralen; Ingelsta Shopping; Hageby köpcentrum"),
        _t(
            "Centralbadet; Norrköpings stadsbibliotek; Himmelstalundshallen; Louis De Geer konserthus;"
            " Hagebyskolan; Arbetets museum; Navestadskolan"
        ),
        _t(
            "Drottninggatan; Gamla Rådstugugatan; Kungsgatan; Trädgårdsgatan; Hamngatan; Slottsgatan;"
            " Södra Promenaden; Hagebygatan"
        ),
        _t("Olof Palmes plats; Karl Johans park; Gustav Adolfs gata"),
        _t("Östgötatrafiken; IFK Norrköping; Hyresbostäder; Norrköpings kommun; Norrköping Dolphins"),
        _t("Flamman; Harrys Norrköping; Kvarteret Knäppingen; Nattklubb Platinum"),
        _t("Östgötatrafiken"),
        _t("Hageby; Navestad; Klockaretorpet; Marielund"),
        "011",
        "norrkoping.se",
        _t("spårvagn 2; spårvagn 3; linje 116; Östgötapendeln 8043; buss 14; linje 1"),
    ),
    "sodertalje": Region(
        _t(
            "Stortorget i Södertälje; Ronna centrum; Hovsjö; Geneta; Fornhöjden; Brunnsäng; Saltskog; Järna;"
            " Västergård; Hovsjö torg"
        ),
        _t("Södertälje C; Södertälje hamn; Södertälje syd; Ronna busstorg; Järna station"),
        _t("Kringlan; Moraberg; Weda köpcentrum"),
        _t(
            "Kulturhuset Luna; Sydpoolen; Scaniarinken; Ronnaskolan; Hovsjö bibliotek; Wendela Hebbegymnasiet;"
            " Täljehallen"
        ),
        _t(
            "Storgatan; Nedre Torekällgatan; Ronnavägen; Järnagatan; Turingegatan; Genetavägen; Hovsjövägen;"
            " Köpmangatan"
        ),
        _t("Wendela Hebbes gata; Hans Bakers väg; Erik Lundgrens plan"),
        _t("SL; Telge Bostäder; Assyriska FF; Syrianska FC; Södertälje SK; Södertälje kommun; Scania"),
        _t("Gästis; Bishops Arms Södertälje; Nattklubb Tunnan; Harrys Södertälje"),
        _t("SL; Mälartåg"),
        _t("Ronna; Hovsjö; Geneta; Fornhöjden"),
        "08",
        "sodertalje.se",
        _t("pendeltåg 40; pendeltåg 48; buss 754; buss 784; Mälartåg 9208; linje 753"),
    ),
    "nacka": Region(
        _t(
            "Fisksätra centrum; Älta centrum; Sickla; Orminge centrum; Saltsjöbaden; Ektorp centrum; Jarlaberg;"
            " Finntorp; Fisksätra torg; Älta torg"
        ),
        _t(
            "Fisksätra station; Saltsjöbadens station; Sickla station; Nacka bussterminal; Orminge bussterminal"
        ),
        _t("Nacka Forum; Sickla köpkvarter; Orminge centrum galleria"),
        _t(
            "Älta tennishall; Sigfridsborgsskolan; Nacka gymnasium; Nacka simhall; Fisksätra bibliotek;"
            " Fisksätra fritidsgård; Ältabadet; Fisksätra Folkets hus"
        ),
        _t(
            "Fisksätra allé; Ältavägen; Värmdövägen; Saltsjöbadsvägen; Skönviksvägen; Ektorpsvägen;"
            " Mensättravägen; Sicklavägen"
        ),
        _t("Olof Palmes gata i Sickla; Marcusplatsen; Hjalmar Söderbergs väg"),
        _t("SL; Stena Fastigheter; Wallenstam; Nacka kommun; Nacka HK; Saltsjöbanan"),
        _t("Restaurang Fisksätra Krog; Ektorps Pizzeria; Sickla Bowling; O'Learys Sickla"),
        _t("SL"),
        _t("Fisksätra; Älta; Orminge; Sicklaön"),
        "08",
        "nacka.se",
        _t("buss 471; buss 401; Saltsjöbanan 25; Tvärbanan 30; buss 443; linje 404"),
    ),
    "nykoping": Region(
        _t(
            "Stora torget i Nyköping; Brandkärr; Arnö; Harg; Oppeby; Högbrunn; Västra Kvarn; Långsätter;"
            " Hamnen i Nyköping; Brandkärrs centrum"
        ),
        _t("Nyköpings resecentrum; Nyköping C; Skavsta flygplats; Brandkärrs busshållplats"),
        _t("Nyköpings Köpcentrum; Kvarteret Bagaren; Galleria Gästis"),
        _t(
            "Brandkärrsskolan; Långbergsskolan; Mariebergsgården; Nyköpingshus; Nyköpings stadsbibliotek;"
            " Rosvalla; Culturum; Nyköpings simhall"
        ),
        _t(
            "Brandkärrsvägen; Västra Storgatan; Östra Storgatan; Repslagaregatan; Fruängsgatan;"
            " Hospitalsgatan; Stationsgatan; Bagaregatan"
        ),
        _t("Olof Palmes väg; Carl Jonssons torg; Gustav Vasas gata"),
        _t("Nyköpingshem; HSB; Rikshem; Sörmlandstrafiken; Nyköpings BIS; Nyköpings kommun"),
        _t("Kompaniet; Bishops Arms Nyköping; Restaurang Oxtorget; Krogen Hamnmagasinet"),
        _t("Sörmlandstrafiken"),
        _t("Brandkärr; Harg; Oppeby; Arnö"),
        "0155",
        "nykoping.se",
        _t("linje 1; linje 4; buss 515; Mälartåg 8521; buss 701; stadsbuss 2"),
    ),
}

# Chains, restaurants and shops in every town; some look like people or words.
CHAINS = _t(
    "Clas Ohlson; Max; Jensens Bøfhus; Gina Tricot; Wayne's Coffee; Espresso House; Pressbyrån; Systembolaget;"
    " Åhléns; Lindex; KappAhl; Dressmann; Stadium; Biltema; Jula; Apotek Hjärtat; Kicks; Hemköp; Willys;"
    " Coop; ICA Maxi; Lidl; Burger King; McDonald's; Sibylla; Frasses; Joe & The Juice; Ben & Jerry's;"
    " Jack & Jones; Lagerhaus; Normal; Ahlens; Pinchos; Bastard Burgers; Carlings"
)
GUARDS = _t("Securitas; Avarn Security; Nokas; Svensk Bevakningstjänst; Addici Security; Rapid Bevakning")
TAXIS = _t("Taxi Kurir; Sverigetaxi; Taxi 020; Uber; Bolt; Taxi Stockholm; Mattssons Taxi; Zon Taxi")
PRIVATE_DOMAINS = _t(
    "gmail.com; hotmail.com; outlook.com; live.se; icloud.com; yahoo.se; telia.com; hotmail.se"
)
WORK_DOMAINS = _t("securitas.se; avarn.se; nokas.se; skanetrafiken.se; vasttrafik.se; sl.se; coop.se; ica.se")

PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    "APA ARG ASS BAJ BSS CUC CUK DUM ETA ETT FAN FEG FEL FEM FES FET FNL FUC FUK FUL GAM GAY GEJ GEY GHB GUD"
    " GYN HAT HBT HKH HOR HOT KGB KKK KUC KUF KUK KYK LAM LAT LEM LOJ LSD LUS MAD MAO MEN MES MLB MUS NAZ NRP"
    " NSF NYP OND OOO ORM PAJ PKK PLO PMS PUB RAP RAS ROM RPS RUS SEG SEX SJU SOS SPY SUG SUP SUR TBC TOA TOK"
    " TRE TYP UFO USA WAM WAR WWW XTC XTZ XXL XXX ZEX ZOG ZPY ZUG ZUP ZOO ICA SVT LOB HSB MKB OBO SOC BUS".split()
)
MONTHS = ("januari februari mars april maj juni juli augusti september oktober november december").split()
POLICE_CODES = ("5000", "1400", "3000", "4000", "2000", "0600")
