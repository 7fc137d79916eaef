"""Places, premises and firms of the twenty-third blind corpus (tests/blind23_corpus.py): six kommuner as
their shops, restaurants, petrol stations, building sites, warehouses and security firms see them.

Typed by the corpus's helper from its own knowledge; streets and property tracts are plausible, not a
register.
"""

from __future__ import annotations

from dataclasses import dataclass

_S = str.split


@dataclass(frozen=True)
class Region:
    kommun: str
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    streets: tuple[str, ...]  # for addresses and street look-alikes
    person_streets: tuple[str, ...]
    tracts: tuple[str, ...]  # the tract of a property designation
    places: tuple[str, ...]
    venues: tuple[str, ...]  # shops, centres, stations, the kommun's premises
    businesses: tuple[str, ...]  # local firms, landlords, associations of traders
    lines: tuple[str, ...]


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.se")

# fmt: off
REGIONS: dict[str, Region] = {
    "nacka": Region(
        kommun="Nacka kommun",
        area_codes=("08",),
        domains=(*_MAIL, "nacka.se", "securitas.se", "avarn.se", "stenafastigheter.se"),
        streets=(
            "Fisksätravägen", "Fiskarvägen", "Stensövägen", "Ältavägen", "Ältabergsvägen", "Almvägen",
            "Grustagsvägen", "Solbrinken", "Oxelvägen", "Stora Sickla gata", "Lagervägen", "Torggången",
            "Fisksätra allé", "Videvägen",
        ),
        person_streets=("Carl Larssons väg", "Tora Dahls gata", "Anna Whitlocks väg", "Gustav Vasas väg"),
        tracts=("Fisksätra", "Älta", "Sicklaön", "Erstavik", "Lagret", "Butiken"),
        places=(
            "Fisksätra", "Älta", "Saltsjöbaden", "Orminge", "Sickla", "Björknäs", "Tollare", "Ektorp",
            "Järla", "Finntorp", "Lännersta", "Erstavik", "Storängen", "Kummelnäs",
        ),
        venues=(
            "Fisksätra centrum", "Älta centrum", "Fisksätra station", "Älta tennishall", "Coop Fisksätra",
            "ICA Nära Älta", "Fisksätra bibliotek", "Sigfridsborgsskolan", "Nacka Forum", "Sickla köpkvarter",
            "Saltsjöbadens centrum", "Fisksätra sporthall", "Circle K Älta", "Älta bibliotek",
            "Apoteket i Fisksätra", "Ektorps centrum",
        ),
        businesses=(
            "Stena Fastigheter", "Wallenstam", "Fisksätra centrumförening", "Älta handlarförening",
            "Pizzeria Fiskaren", "Älta Bilservice", "Fisksätra Kiosk & Tobak", "Sickla Byggservice AB",
        ),
        lines=("buss 401", "buss 402", "linje 409", "buss 414", "409:an", "nattbuss 491", "buss 417"),
    ),
    "nykoping": Region(
        kommun="Nyköpings kommun",
        area_codes=("0155",),
        domains=(*_MAIL, "nykoping.se", "nykopingshem.se", "securitas.se"),
        streets=(
            "Brandkärrsvägen", "Körsbärsvägen", "Spelhagsvägen", "Idunvägen", "Hjortsbergsvägen",
            "Ringvägen", "Industrigatan", "Gjutargatan", "Vässarövägen", "Blommenhovsvägen", "Fruängsgatan",
            "Arnövägen", "Hamngatan",
        ),
        person_streets=(
            "Kungs Karls väg", "Drottning Kristinas väg", "Bror Hjorths gata", "Hertig Karls väg",
        ),
        tracts=("Brandkärr", "Nyköping Harg", "Arnö", "Spelhagen", "Gjuteriet", "Verkstaden"),
        places=(
            "Brandkärr", "Oppeby", "Arnö", "Harg", "Herrhagen", "Långsätter", "Högbrunn", "Isaksdal",
            "Väster", "Stigtomta", "Svalsta", "Jönåker", "Nävekvarn", "Tystberga", "Rosenkälla",
        ),
        venues=(
            "Brandkärrs centrum", "Brandkärrsskolan", "Långbergsskolan", "Mariebergsgården",
            "Hemköp Brandkärr", "Nyköpings resecentrum", "Skavsta flygplats", "Högbrunns handelsområde",
            "Nyköpings stadsbibliotek", "Arnö sporthall", "Preem Brandkärr", "Coop Oppeby",
            "Nyköpings lasarett", "Folkets hus i Nyköping",
        ),
        businesses=(
            "Nyköpingshem", "HSB", "Rikshem", "Nyköpings Centrumförening", "Brandkärrs Pizzeria",
            "Harg Bil & Däck", "Oppeby Kiosk", "Nyköpings Byggtjänst AB", "Sörmlands Bevakning",
        ),
        lines=("linje 4", "stadsbuss 2", "linje 6", "buss 515", "4:an", "buss 701"),
    ),
    "sodertalje": Region(
        kommun="Södertälje kommun",
        area_codes=("08",),
        domains=(*_MAIL, "sodertalje.se", "telgebostader.se"),
        streets=(
            "Ronnavägen", "Genetavägen", "Hovsjövägen", "Fornbyvägen", "Bergviksvägen", "Moravägen",
            "Storgatan", "Nygatan", "Saltskogsvägen", "Verkstadsvägen", "Västergatan", "Kanalgatan",
        ),
        person_streets=("Astrid Lindgrens väg", "Erik Dahlbergs gata", "Lars Magnus Ericssons väg"),
        tracts=("Ronna", "Geneta", "Hovsjö", "Moraberg", "Kringlan", "Tälje"),
        places=(
            "Ronna", "Geneta", "Hovsjö", "Fornhöjden", "Brunnsäng", "Saltskog", "Pershagen", "Järna",
            "Moraberg", "Östertälje", "Lina", "Mariekäll", "Glasberga", "Viksängen",
        ),
        venues=(
            "Kringlan", "Ronna centrum", "Hovsjö centrum", "Geneta centrum", "Södertälje centrum",
            "Södertälje syd", "Moraberg handelsområde", "Stadsbiblioteket i Södertälje",
            "Torekällberget", "Södertälje sjukhus", "Ronnaskolan", "Scaniarinken",
        ),
        businesses=(
            "Telgebostäder", "Scania", "Ronna Livs", "Hovsjö Grill", "Södertälje Cityförening",
            "Geneta Bilverkstad", "Tälje Taxi",
        ),
        lines=("buss 754", "linje 755", "buss 784", "754:an", "pendeltåg J41", "buss 787"),
    ),
    "boras": Region(
        kommun="Borås Stad",
        area_codes=("033",),
        domains=(*_MAIL, "boras.se", "abbostader.se"),
        streets=(
            "Hässleholmsvägen", "Norrbyvägen", "Hultagatan", "Sjöbovägen", "Göteborgsvägen",
            "Kvarngatan", "Allégatan", "Lundbyvägen", "Druveforsvägen", "Trandaredsgatan", "Åsbogatan",
        ),
        person_streets=("Sven Eriksonsplatsen", "Olof Palmes gata", "Carl Johans gata"),
        tracts=("Hässleholmen", "Norrby", "Knalleland", "Hulta", "Väveriet"),
        places=(
            "Hässleholmen", "Norrby", "Hulta", "Sjöbo", "Göta", "Byttorp", "Trandared", "Brämhult",
            "Sandared", "Fristad", "Viskafors", "Dalsjöfors", "Hestra", "Tullen",
        ),
        venues=(
            "Knalleland", "Hässleholmens centrum", "Norrby centrum", "Hulta torg", "Borås resecentrum",
            "Allégården", "Sjöbo torg", "Borås Arena", "Stadsbiblioteket i Borås", "Textilmuseet",
            "Södra Älvsborgs sjukhus",
        ),
        businesses=(
            "AB Bostäder i Borås", "Borås Citysamverkan", "Knallebygdens Taxi", "Sjöbo Pizzeria",
            "Hulta Däck & Bilvård", "Borås Elnät",
        ),
        lines=("linje 1", "linje 3", "stadsbuss 5", "1:an", "buss 100", "linje 6"),
    ),
    "helsingborg": Region(
        kommun="Helsingborgs stad",
        area_codes=("042",),
        domains=(*_MAIL, "helsingborg.se", "helsingborgshem.se"),
        streets=(
            "Drottninghögsvägen", "Dalhemsvägen", "Planteringsvägen", "Hälsovägen", "Malmöleden",
            "Landskronavägen", "Järnvägsgatan", "Bergaliden", "Rusthållsgatan", "Ängelholmsvägen",
            "Vasatorpsvägen",
        ),
        person_streets=("Gustav Adolfs torg", "Magnus Stenbocks gata", "Karl Krooks gata"),
        tracts=("Drottninghög", "Dalhem", "Planteringen", "Berga", "Väla"),
        places=(
            "Drottninghög", "Dalhem", "Planteringen", "Närlunda", "Husensjö", "Söder", "Fredriksdal",
            "Ödåkra", "Råå", "Påarp", "Berga", "Gustavslund", "Eneborg", "Maria Park",
        ),
        venues=(
            "Väla centrum", "Knutpunkten", "Drottninghögs centrum", "Dalhems centrum", "Kärnan",
            "Berga centrum", "Stadsbiblioteket i Helsingborg", "Olympia", "Helsingborgs lasarett",
            "Söderpunkten",
        ),
        businesses=(
            "Helsingborgshem", "Helsingborg City", "Drottninghögs Livs", "Råå Pizzeria", "Öresunds Bilcenter",
            "Väla Företagarförening",
        ),
        lines=("linje 1", "stadsbuss 7", "linje 8", "Pågatåg", "7:an", "buss 219"),
    ),
    "sundsvall": Region(
        kommun="Sundsvalls kommun",
        area_codes=("060",),
        domains=(*_MAIL, "sundsvall.se", "mitthem.se"),
        streets=(
            "Nackstavägen", "Skönsbergsvägen", "Bredsandsvägen", "Esplanaden", "Storgatan", "Köpmangatan",
            "Birstavägen", "Haga Allé", "Granlovägen", "Fridhemsgatan", "Bergsgatan",
        ),
        person_streets=("Gustav Adolfs gata", "Selma Lagerlöfs väg", "Nils Ferlins gata"),
        tracts=("Nacksta", "Skönsberg", "Birsta", "Haga", "Stenstaden"),
        places=(
            "Nacksta", "Skönsberg", "Bredsand", "Haga", "Sidsjö", "Birsta", "Södermalm", "Granloholm",
            "Njurunda", "Matfors", "Kvissleby", "Alnö", "Stenstan", "Bosvedjan",
        ),
        venues=(
            "Birsta City", "Nacksta centrum", "Skönsbergs centrum", "Sundsvalls centralstation",
            "Inre hamnen", "Kulturmagasinet", "Nacksta torg", "Sundsvalls sjukhus", "NP3 Arena",
            "Bredsands skola",
        ),
        businesses=(
            "Mitthem", "Sundsvalls Citysamverkan", "Nacksta Grill", "Birsta Bilhall", "Norrlands Bevakning",
            "Skönsbergs Livs",
        ),
        lines=("linje 2", "linje 120", "stadsbuss 1", "2:an", "buss 4", "nattbuss 99"),
    ),
}
# fmt: on

# Chains and national firms: the organisation look-alikes every kommun shares (some carry a person's name).
NATIONAL_ORGANISATIONS = (
    "Securitas", "Avarn Security", "Nokas", "Sector Alarm", "Verisure", "Dussmann", "Coor", "Svensk Handel",
    "Byggföretagen", "Skanska", "Peab", "NCC", "Ramirent", "Cramo", "Foodora", "Wolt", "Budbee", "PostNord",
    "Taxi Kurir", "Sverigetaxi", "Mekonomen", "Hedin Bil", "Bilia", "OKQ8", "Preem", "Clas Ohlson",
    "Åhléns", "Willys", "Max Hamburgare", "Systembolaget", "Apotek Hjärtat", "Ahlsell", "Beijer Byggmaterial",
    "Svenska Spel", "Pressbyrån",
)  # fmt: skip

PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    _S("APA ARG BAJ BOG DUM FAN FEL FUL FUG GAY HOR KKK KUK LSD MES MUS NAZ PIS PKK PMS SEX SUP TOK UFO USA")
)
MONTHS = _S("januari februari mars april maj juni juli augusti september oktober november december")
WEEKDAYS = frozenset(
    _S("måndag tisdag onsdag torsdag fredag lördag söndag mån tis ons tors fre lör sön ca cirka från till")
)
