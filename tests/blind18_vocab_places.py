"""Places of the eighteenth blind corpus (tests/blind18_corpus.py), typed from the writer's own knowledge
(some streets and institutions invented but plausible): per region of the police area a text comes from, its
districts and towns, squares, stations and roads (place), institutions, streets, streets named after persons,
organisations (housing companies, rescue services, police units and others), property tracts, area codes,
e-mail domains and bus lines; and the letters of plates.
"""

from __future__ import annotations

from dataclasses import dataclass


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(";") if part.strip())


@dataclass(frozen=True)
class Region:
    places: tuple[str, ...]  # districts, towns, squares, stations
    roads: tuple[str, ...]  # labelled place
    institutions: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    organisations: tuple[str, ...]
    units: tuple[str, ...]  # police units and districts: labelled organisation
    rescue: tuple[str, ...]  # rescue services, ambulance, SOS: labelled organisation
    tracts: tuple[str, ...]  # property designations' tract names
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    lines: tuple[str, ...]


REGIONS: dict[str, Region] = {
    "nacka": Region(
        _split(
            "Fisksätra; Älta; Orminge; Saltsjöbaden; Sickla; Henriksdal; Finntorp; Järla; Björknäs;"
            "Jarlaberg;"
            "Kummelnäs; Tollare; Storängen; Ektorp; Lännersta; Fisksätra torg; Ältadalen; Erstavik; Tyresö"
        ),
        _split("väg 222; Värmdöleden; Södra länken; väg 260; Ältavägen mot Tyresö"),
        _split(
            "Fisksätra centrum; Älta centrum; Älta tennishall; Fisksätra station; Saltsjöbadens station;"
            "Sigfridsborgsskolan; Fisksätra skola; Nacka Forum; Orminge centrum; Nacka polisstation;"
            "Fisksätra fritidsgård; Ältabergsskolan; Stavsborgsskolan; Sickla köpkvarter; Fisksätra kyrka;"
            "Nacka gymnasium; Ältahallen; Nacka sjukhus"
        ),
        _split(
            "Fisksätravägen; Ältavägen; Värmdövägen; Saltsjöbadsvägen; Tennisvägen; Ältabergsvägen;"
            "Båthamnsvägen; Fisksätra allé; Lovisedalsvägen; Stensövägen; Oxelvägen; Apelvägen"
        ),
        _split("Olof Palmes gata; Greta Garbos väg; Evert Taubes väg; Nils Ferlins gränd"),
        _split(
            "Stena Fastigheter; Wallenstam; Nacka kommun; Securitas; SL; Nacka Vatten och Avfall;"
            "Fisksätra IF; Saltsjöbadens golfklubb; ICA Nära Älta"
        ),
        _split(
            "LPO Nacka; Polisområde Stockholm syd; Region Stockholm; RLC Stockholm; Lokalpolisområde Nacka"
        ),
        _split(
            "Södertörns brandförsvarsförbund; Nacka brandstation; SOS Alarm; Ambulanssjukvården Storstockholm"
        ),
        _split("Sicklaön; Fisksätra; Älta; Erstavik"),
        _split("08"),
        _split("nacka.se; stenafastigheter.se; polisen.se; gmail.com; hotmail.com; outlook.com"),
        _split("buss 401; buss 402; buss 414; buss 442; buss 443; buss 445; Saltsjöbanan; linje 25"),
    ),
    "nykoping": Region(
        _split(
            "Brandkärr; Arnö; Oppeby; Harg; Väster; Högbrunn; Isaksdal; Herrhagen; Svalsta; Stigtomta;"
            "Enstaberga; Rosenkälla; Ekensberg; Stora torget; Nyköpings hamn; Oxelösund; Gnesta"
        ),
        _split("E4; väg 53; riksväg 52; väg 219; E4 vid Skavsta"),
        _split(
            "Brandkärrsskolan; Långbergsskolan; Mariebergsgården; Nyköpings resecentrum; Nyköpings lasarett;"
            "Nyköpings polisstation; Rosvalla; Tessinskolan; Nyköpings gymnasium; Brandkärrs centrum;"
            "Skavsta flygplats; Arnöskolan; Stadsbiblioteket i Nyköping; Träffpunkt Brandkärr"
        ),
        _split(
            "Brandkärrsvägen; Östra Storgatan; Hargsvägen; Arnövägen; Idrottsvägen; Västra Trädgårdsgatan;"
            "Gamla Rådstugugatan; Repslagaregatan; Långbergsvägen; Marievägen; Brunnsgatan; Bagaregatan"
        ),
        _split("Astrid Lindgrens gata; Dag Hammarskjölds väg; Fredrika Bremers gata; Karin Boyes väg"),
        _split(
            "Nyköpingshem; HSB Södermanland; Rikshem; Nyköpings kommun; Sörmlandstrafiken; Avarn Security;"
            "Nyköpings BIS; Coop Brandkärr; Nyköpings Hockey"
        ),
        _split("LPO Nyköping; Polisområde Sörmland; Region Öst; RLC Öst; Lokalpolisområde Nyköping-Gnesta"),
        _split("Sörmlandskustens räddningstjänst; Nyköpings brandstation; SOS Alarm; Ambulansen i Sörmland"),
        _split("Brandkärr; Nyköping Väster; Arnö; Harg"),
        _split("0155"),
        _split("nykoping.se; nykopingshem.se; polisen.se; gmail.com; telia.com; live.se"),
        _split("linje 2; linje 5; stadsbuss 4; buss 515; linje 701"),
    ),
    "orebro": Region(
        _split(
            "Vivalla; Baronbackarna; Oxhagen; Varberga; Brickebacken; Markbacken; Adolfsberg; Tybble; Lillån;"
            "Hovsta; Rynninge; Mellringe; Sörbyängen; Eyrafältet; Järntorget; Kumla; Hallsberg"
        ),
        _split("E20; E18; riksväg 50; väg 207; Bettorpsrondellen"),
        _split(
            "Vivalla centrum; Örebro centralstation; Universitetssjukhuset Örebro; Behrn Arena;"
            "Örebro polishus;"
            "Vivallaskolan; Marieberg köpcentrum; Baronbackarnas fritidsgård; Tybble centrum; Krämaren;"
            "Varbergaskolan; Oxhagsskolan; Olaus Petri kyrka; Brickebackens centrum"
        ),
        _split(
            "Vivallagatan; Ånstagatan; Drottninggatan; Rudbecksgatan; Varbergavägen; Västhagagatan;"
            "Kaptensgatan; Oxhagsvägen; Tybblegatan; Mellringevägen; Lillåvägen; Trädgårdsgatan"
        ),
        _split("Hjalmar Brantings väg; Selma Lagerlöfs väg; Carl Larssons gata; Ellen Keys gata"),
        _split(
            "ÖrebroBostäder; Örebro kommun; Länstrafiken Örebro; Örebro SK; Coop Vivalla;"
            "Svenska kyrkan Örebro;"
            "Örebro läns museum; Willhem"
        ),
        _split("LPO Örebro; Polisområde Örebro län; Region Bergslagen; RLC Bergslagen"),
        _split("Nerikes Brandkår; Örebro brandstation; SOS Alarm; Ambulanssjukvården Region Örebro län"),
        _split("Vivalla; Varberga; Baronbackarna; Brickebacken"),
        _split("019"),
        _split("orebro.se; obo.se; polisen.se; gmail.com; hotmail.com; icloud.com"),
        _split("linje 1; linje 2; linje 4; linje 11; stadsbuss 13"),
    ),
    "ostergotland": Region(
        _split(
            "Navestad; Hageby; Klockaretorpet; Marielund; Ljura; Skäggetorp; Ryd; Berga; Lambohov; Vilbergen;"
            "Smedby; Söderstaden; Motala; Finspång; Åby; Stortorget i Linköping"
        ),
        _split("E4; E22; riksväg 51; väg 209; Söderleden"),
        _split(
            "Navestad centrum; Hageby centrum; Norrköpings resecentrum; Vrinnevisjukhuset;"
            "Skäggetorp centrum;"
            "Universitetssjukhuset i Linköping; Ljuraskolan; Klockaretorpsskolan; Norrköpings polisstation;"
            "Himmelstalundshallen; Ingelsta shopping; Linköpings resecentrum; Ryds centrum;"
            "Hagebyhöjdens skola"
        ),
        _split(
            "Navestadsgatan; Hagebygatan; Klockaretorpsvägen; Ljuragatan; Skäggetorpsvägen; Rydsvägen;"
            "Drottninggatan; Gamla Rådstugugatan; Bergslagsgatan; Smedbyvägen; Kungsgatan; Albrektsvägen"
        ),
        _split("Gustaf Frödings gata; Ebba Brahes väg; Anders Zorns gata; Birger Jarls gata"),
        _split(
            "Hyresbostäder i Norrköping; Stångåstaden; Norrköpings kommun; Östgötatrafiken; IFK Norrköping;"
            "Linköping HC; Coop Hageby; Riksbyggen Östergötland"
        ),
        _split("LPO Norrköping; LPO Linköping; Polisområde Östergötland; Region Öst; RLC Öst"),
        _split(
            "Räddningstjänsten Östra Götaland; Norrköpings brandstation; SOS Alarm; Ambulansen Östergötland"
        ),
        _split("Navestad; Hageby; Skäggetorp; Ryd"),
        _split("011; 013"),
        _split("norrkoping.se; linkoping.se; polisen.se; gmail.com; outlook.com; live.se"),
        _split("spårvagn 2; spårvagn 3; linje 116; buss 117; linje 12"),
    ),
    "vastmanland": Region(
        _split(
            "Bäckby; Råby; Skallberget; Pettersberg; Vallby; Hammarby; Malmaberg; Önsta-Gryta; Viksäng;"
            "Skiljebo; Bjurhovda; Köping; Sala; Arboga; Stora Torget i Västerås"
        ),
        _split("E18; riksväg 56; väg 66; Tillbergaleden"),
        _split(
            "Bäckby centrum; Råby centrum; Västerås resecentrum; Västmanlands sjukhus Västerås;"
            "Erikslund shopping; ABB Arena; Bäckbyskolan; Västerås polishus; Skiljeboskolan; Råbyskolan;"
            "Kopparlunden; Viksängsskolan; Bjurhovdaskolan"
        ),
        _split(
            "Bäckbyvägen; Råbyvägen; Sala backe; Vasagatan; Stora Gatan; Ängsgärdsgatan; Skallbergsgatan;"
            "Pettersbergsgatan; Vallbyvägen; Hammarbyvägen; Malmabergsgatan; Kopparbergsvägen"
        ),
        _split("Selma Lagerlöfs gata; Evert Taubes gata; Nils Ferlins väg; Ebba Brahes gata"),
        _split(
            "Bostads AB Mimer; Västerås stad; Västmanlands Lokaltrafik; VSK Fotboll; Västerås IK;"
            "Willys Bäckby; Familjebostäder i Västerås; Avarn Security"
        ),
        _split("LPO Västerås; Polisområde Västmanland; Region Bergslagen; RLC Bergslagen"),
        _split(
            "Mälardalens brand- och räddningsförbund; Västerås brandstation; SOS Alarm;"
            "Ambulanssjukvården Västmanland"
        ),
        _split("Bäckby; Råby; Skallberget; Vallby"),
        _split("021"),
        _split("vasteras.se; mimer.nu; polisen.se; gmail.com; hotmail.com; telia.com"),
        _split("linje 1; linje 2; linje 11; buss 14; linje 5"),
    ),
    "dalarna": Region(
        _split(
            "Tjärna Ängar; Jakobsgårdarna; Gylle; Kvarnsveden; Hagalund; Falun; Gruvriset; Slätta; Hosjö;"
            "Norslund; Ludvika; Mora; Avesta; Domnarvet; Stora torget i Falun"
        ),
        _split("riksväg 50; riksväg 70; E16; väg 293"),
        _split(
            "Tjärna Ängars centrum; Borlänge resecentrum; Kupolen; Falu lasarett; Borlänge polisstation;"
            "Hagalundsskolan; Jakobsgårdarnas fritidsgård; Lugnet; Ornässkolan; Maserhallen;"
            "Falu centralstation;"
            "Gylleskolan; Hedemora vårdcentral"
        ),
        _split(
            "Tjärnavägen; Jakobsgårdsvägen; Gyllevägen; Borganäsvägen; Kvarnsvedsvägen; Stationsgatan;"
            "Slättavägen; Åsgatan; Bergskolegränd; Norslundsvägen; Hagalundsgatan; Gruvgatan"
        ),
        _split("Carl Larssons väg; Karin Larssons gata; Anders Zorns väg; Dan Anderssons väg"),
        _split(
            "Tunabyggen; Borlänge kommun; Dalatrafik; IK Brage; Leksands IF; Kopparstaden;"
            "ICA Kvantum Kupolen;"
            "Stora Enso Kvarnsveden"
        ),
        _split("LPO Borlänge; LPO Falun; Polisområde Dalarna; Region Bergslagen; RLC Bergslagen"),
        _split("Räddningstjänsten Dala Mitt; Borlänge brandstation; SOS Alarm; Ambulanssjukvården Dalarna"),
        _split("Tjärna Ängar; Jakobsgårdarna; Gylle; Hosjö"),
        _split("0243; 023"),
        _split("borlange.se; tunabyggen.se; polisen.se; gmail.com; live.se; outlook.com"),
        _split("linje 151; linje 152; stadsbuss 11; buss 101; linje 703"),
    ),
    "jonkoping": Region(
        _split(
            "Råslätt; Öxnehaga; Österängen; Huskvarna; Norrahammar; Torpa; Ekhagen; Bankeryd; Tenhult;"
            "Ljungarum; Gislaved; Vetlanda; Värnamo; Västra torget"
        ),
        _split("E4; riksväg 40; riksväg 26; väg 195; Kortebovägen"),
        _split(
            "Råslätts centrum; Öxnehaga centrum; Jönköpings resecentrum; Länssjukhuset Ryhov; A6 Center;"
            "Husqvarna Garden; Råslättsskolan; Öxnehagaskolan; Jönköpings polisstation; Elmia;"
            "Tändsticksområdet; Österängsskolan; Sofiakyrkan"
        ),
        _split(
            "Råslättsvägen; Öxnehagavägen; Österängsvägen; Barnarpsgatan; Kungsgatan; Huskvarnavägen;"
            "Torpaleden; Ekhagsringen; Klostergatan; Västra Storgatan; Ljungarumsvägen; Hallagatan"
        ),
        _split("Ebba Ramsays väg; Dag Hammarskjölds plats; John Bauers gata; Viktor Rydbergs gata"),
        _split(
            "Bostads AB Vätterhem; Jönköpings kommun; Jönköpings Länstrafik; HV71; IK Tord; Coop Råslätt;"
            "Jönköpings Södra IF; Riksbyggen Jönköping"
        ),
        _split("LPO Jönköping; Polisområde Jönköpings län; Region Öst; RLC Öst"),
        _split(
            "Räddningstjänsten Jönköping; Jönköpings brandstation; SOS Alarm; Ambulansen Region Jönköping"
        ),
        _split("Råslätt; Öxnehaga; Österängen; Torpa"),
        _split("036"),
        _split("jonkoping.se; vatterhem.se; polisen.se; gmail.com; hotmail.com; icloud.com"),
        _split("linje 1; linje 3; linje 26; buss 29; Citybuss 2"),
    ),
}

# The housing companies of each region (labelled organisation).
HOUSING: dict[str, tuple[str, ...]] = {
    "nacka": _split("Stena Fastigheter; Wallenstam; Rikshem; HSB Stockholm"),
    "nykoping": _split("Nyköpingshem; HSB Södermanland; Rikshem"),
    "orebro": _split("ÖrebroBostäder; Willhem; Klövern"),
    "ostergotland": _split("Hyresbostäder i Norrköping; Stångåstaden; Riksbyggen Östergötland"),
    "vastmanland": _split("Bostads AB Mimer; Familjebostäder i Västerås; Willhem"),
    "dalarna": _split("Tunabyggen; Kopparstaden; Rikshem"),
    "jonkoping": _split("Bostads AB Vätterhem; Riksbyggen Jönköping; Willhem"),
}

# Shared across regions: the national organisations the texts mention.
NATIONAL_ORGANISATIONS = _split(
    "Kriminalvården; Frivården; Socialtjänsten; Statens institutionsstyrelse; Åklagarmyndigheten;"
    "Migrationsverket; Försäkringskassan; Trafikverket; Länsstyrelsen; Brottsofferjouren; BUP"
)
COURTS = {
    "nacka": "Nacka tingsrätt",
    "nykoping": "Nyköpings tingsrätt",
    "orebro": "Örebro tingsrätt",
    "ostergotland": "Norrköpings tingsrätt",
    "vastmanland": "Västmanlands tingsrätt",
    "dalarna": "Falu tingsrätt",
    "jonkoping": "Jönköpings tingsrätt",
}

# Swedish plates use no I, Q, V, Å, Ä, Ö; a 2019 plate's last character is no O either.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
# Letter groups never issued, or which would read as something else in these texts.
BAD_PLATES = frozenset(
    _split(
        "LPO; RLC; RIB; LOB; LVU; SOS; BUP; SIS; HSB; ICA; SSK; HVB; BMW; KKK; NSF; FAN; APA; ARG; SEX; GUD;"
        "MUS; NAZ; PKK; FUL; LSD; THC; BRA; SLM; SFI; OBO; AFS; POL; KPI; ETT; TVA; ALL; DOM; DEN; DET; SOM"
    )
)

MONTHS = _split(
    "januari; februari; mars; april; maj; juni; juli; augusti; september; oktober; november; december"
)
WEEKDAYS = _split("måndag; tisdag; onsdag; torsdag; fredag; lördag; söndag")
