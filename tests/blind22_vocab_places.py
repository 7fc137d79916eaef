# ruff: noqa: E501
"""Places, venues, streets, associations and other look-alikes of the twenty-second blind corpus (events,
associations and faith communities), per region, typed from the writer's own knowledge (some venues,
streets and associations are invented but plausible)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    places: list[str]  # districts, squares, parks, stations
    venues: list[str]  # arenas, halls, schools, community centres (institution)
    faith: list[str]  # churches, mosques, parishes (institution)
    streets: list[str]
    person_streets: list[str]
    associations: list[str]  # local clubs and associations (organisation)
    area_codes: list[str]
    domains: list[str]
    lines: list[str]
    tracts: list[str]
    kommun: str


REGIONS: dict[str, Region] = {
    "nacka": Region(
        places=["Fisksätra", "Älta", "Saltsjöbaden", "Orminge", "Sickla", "Ältadalen", "Fisksätra torg",
                "Fisksätra station", "Ältasjön", "Nacka strand", "Erstaviksbadet", "Järla", "Kummelnäs"],
        venues=["Fisksätra centrum", "Älta tennishall", "Sigfridsborgsskolan", "Fisksätra folkets hus",
                "Nacka sportcentrum", "Fisksätra IP", "Älta idrottsplats", "Nacka Forum", "Fisksätraskolan",
                "Ältahallen", "Älta centrum", "Dieselverkstaden", "Saltsjöbadens gymnasium"],
        faith=["Islamiska kulturföreningens moské i Fisksätra", "Fisksätra kyrka", "Fisksätra moské", "Älta kyrka", "Saltsjöbadens kyrka", "Nacka kyrka",
               "Katolska kyrkan i Nacka", "Sankta Maria syrisk-ortodoxa kyrka"],
        streets=["Fisksätravägen", "Ältavägen", "Fidravägen", "Ältabergsvägen", "Saltsjöbadsleden",
                 "Båtbyggarvägen", "Vattenverksvägen", "Lovisedalsvägen", "Skogsvägen", "Ringleden"],
        person_streets=["Greta Garbos väg", "Evert Taubes väg", "Selma Lagerlöfs väg", "Gustaf Frödings väg",
                        "Alfred Nobels allé"],
        associations=["Fisksätra IF", "Älta IF", "Saltsjöbadens IF", "Nacka HC", "Fisksätra somaliska förening",
                      "Nacka eritreanska förening", "Älta SK", "Fisksätra kulturförening", "PRO Älta",
                      "SPF Seniorerna Nacka", "Nacka scoutkår", "Fisksätra Nattvandrare", "Stena Fastigheter",
                      "Wallenstam", "Nacka kommun"],
        area_codes=["08"],
        domains=["nacka.se", "gmail.com", "hotmail.com", "telia.com", "fisksatraif.se", "outlook.com"],
        lines=["Saltsjöbanan", "buss 401", "buss 442", "buss 444", "buss 471", "linje 25"],
        tracts=["Sicklaön", "Erstavik", "Älta", "Fisksätra", "Lännersta", "Solsidan"],
        kommun="Nacka kommun",
    ),
    "nykoping": Region(
        places=["Brandkärr", "Arnö", "Oppeby", "Harg", "Västra stadsdelen", "Stora torget", "Nyköpingsån",
                "Brandkärrs torg", "Ekensberg", "Hållet", "Nyköpingshus", "Stadsparken", "Rosvalla"],
        venues=["Brandkärrsskolan", "Långbergsskolan", "Mariebergsgården", "Rosvalla nöjes- och idrottscentrum",
                "Nyköpings teater", "Culturum", "Nyköpings simhall", "Brandkärrs fritidsgård",
                "Stora Kungsladugården", "Nyköpings gymnasium", "Studieförbundet Vuxenskolans lokal",
                "Träffpunkt Brandkärr"],
        faith=["Brandkärrs bönelokal", "Nyköpings moské", "Alla Helgona kyrka", "S:t Nicolai kyrka", "Brandkärrs kyrka",
               "Sankt Botvids katolska församling", "Nyköpings syrisk-ortodoxa församling"],
        streets=["Brandkärrsvägen", "Västra Storgatan", "Östra Storgatan", "Idrottsvägen", "Ripsavägen",
                 "Repslagaregatan", "Brunnsgatan", "Stockholmsvägen", "Gästabudsvägen", "Folkungavägen"],
        person_streets=["Drottning Kristinas väg", "Nils Ferlins gata", "Karin Boyes väg",
                        "Dag Hammarskjölds väg", "Birger Jarls gata"],
        associations=["Nyköpings BIS", "Nyköpings SK", "Nyköpings Hockey", "Brandkärrs IK", "IFK Nyköping",
                      "PRO Brandkärr", "SPF Seniorerna Nyköping", "Nyköpings somaliska förening",
                      "Kurdiska kulturföreningen i Nyköping", "Nyköpingshem", "HSB Södermanland", "Rikshem",
                      "Nyköpings kommun", "Scoutkåren Nyköping"],
        area_codes=["0155"],
        domains=["nykoping.se", "nykopingshem.se", "gmail.com", "hotmail.se", "live.se", "telia.com"],
        lines=["linje 1", "linje 4", "buss 515", "buss 701", "stadsbuss 3"],
        tracts=["Brandkärr", "Oppeby", "Harg", "Arnö", "Nyköping Väster", "Högbrunn"],
        kommun="Nyköpings kommun",
    ),
    "malmo": Region(
        places=["Rosengård", "Lindängen", "Hermodsdal", "Möllevångstorget", "Herrgården", "Holma",
                "Kroksbäck", "Folkets park", "Pildammsparken", "Södervärn", "Triangeln", "Värnhemstorget"],
        venues=["Malmö Arena", "Rosengårds bibliotek", "Rosengårdsskolan", "Malmö Live", "Kulturhuset Mazetti",
                "Heleneholms IP", "Eleda Stadion", "Baltiska hallen", "Lindängens fritidsgård",
                "Herrgårds folkets hus", "Stapelbäddsparken"],
        faith=["Rosengårds moské", "Malmö moské", "Sankt Petri kyrka", "Sankt Pauli kyrka", "Sankta Maria katolska kyrka",
               "Mor Afrem syrisk-ortodoxa kyrka", "Eritreanska ortodoxa kyrkan i Malmö"],
        streets=["Amiralsgatan", "Ystadvägen", "Lönngatan", "Föreningsgatan", "Bergsgatan", "Nobelvägen",
                 "Eriksfältsgatan", "Bennets väg", "Trelleborgsvägen"],
        person_streets=["Emilia Fogelklous väg", "Carl Gustafs väg", "Jörgen Kocksgatan", "Anna Lindhs plats",
                        "Ernst Jönssons gata"],
        associations=["FC Rosengård", "Malmö FF", "IFK Malmö", "Malmö Redhawks", "Rosengårds IF",
                      "Iranska kulturföreningen i Malmö", "Somaliska föräldraföreningen", "ABF Malmö",
                      "MKB Fastighet", "Malmö stad", "Röda korset Malmö", "Hyresgästföreningen Rosengård"],
        area_codes=["040"],
        domains=["malmo.se", "mkbfastighet.se", "gmail.com", "hotmail.com", "outlook.com"],
        lines=["buss 5", "buss 8", "buss 35", "Pågatåg", "Öresundståg", "linje 7"],
        tracts=["Rosengård", "Kroksbäck", "Lindängen", "Hermodsdal", "Holma"],
        kommun="Malmö stad",
    ),
    "goteborg": Region(
        places=["Angered", "Hjällbo", "Hammarkullen", "Bergsjön", "Biskopsgården", "Gårdsten", "Lövgärdet",
                "Angered centrum", "Hjällbo torg", "Slottsskogen", "Heden", "Frölunda torg", "Kortedala"],
        venues=["Angered arena", "Blå stället", "Scandinavium", "Gamla Ullevi", "Ullevi", "Valhalla IP",
                "Hammarkullsskolan", "Bergsjöskolan", "Frölundaborg", "Lundby friluftsgård",
                "Kviberg Park", "Göteborgs konserthus"],
        faith=["Hjällbo moské", "Göteborgs moské", "Hammarkullens kyrka", "Angereds kyrka", "Domkyrkan",
               "Kristus Konungens katolska kyrka", "Mor Gabriel syrisk-ortodoxa kyrka"],
        streets=["Hjällbovägen", "Hammarkullsgatan", "Rymdtorget", "Gårdstensvägen", "Angereds torg",
                 "Kortedala torg", "Lövgärdesvägen", "Kungsgatan", "Vårväderstorget"],
        person_streets=["Selma Lagerlöfs torg", "Olof Palmes plats", "Eric Ericsonsgatan", "Fridkullagatan",
                        "Victor Hasselblads gata"],
        associations=["IFK Göteborg", "GAIS", "BK Häcken", "Frölunda HC", "Angered MBIK", "Bergsjö IF",
                      "Eritreanska föreningen i Göteborg", "Studiefrämjandet Göteborg", "Bostadsbolaget",
                      "Familjebostäder", "Göteborgs stad", "Nattvandrarna Angered"],
        area_codes=["031"],
        domains=["goteborg.se", "gmail.com", "hotmail.com", "bredband.net", "outlook.com"],
        lines=["spårvagn 4", "spårvagn 9", "buss 16", "Lila Express", "linje 11", "Gröna Express"],
        tracts=["Gårdsten", "Bergsjön", "Kortedala", "Hjällbo", "Lärjeholm"],
        kommun="Göteborgs stad",
    ),
    "uppsala": Region(
        places=["Gottsunda", "Valsätra", "Stenhagen", "Sävja", "Gränby", "Stora torget i Uppsala",
                "Gottsunda centrum", "Fyrisån", "Vaksala torg", "Flogsta", "Stadsträdgården", "Studenternas"],
        venues=["Gränby ishall", "Studenternas IP", "Fyrishov", "Uppsala konsert och kongress",
                "Gottsundaskolan", "Stenhagenskolan", "Gottsunda dans och teater", "IFU Arena",
                "Gränbyhallen", "Sävja kulturcentrum"],
        faith=["Gottsunda moské", "Uppsala moské", "Uppsala domkyrka", "Gottsunda kyrka", "Sankt Lars katolska församling",
               "Stenhagens kyrka", "Helga Trefaldighets kyrka"],
        streets=["Gottsundavägen", "Valthornsvägen", "Stenhagsvägen", "Sävjavägen", "Kungsgatan",
                 "Svartbäcksgatan", "Vaksalagatan", "Bandstolsvägen"],
        person_streets=["Dag Hammarskjölds väg", "Carl von Linnés väg", "Anders Celsius gata",
                        "Lennart Hellsings gata", "Torgny Segerstedts allé"],
        associations=["IK Sirius", "Upsala IF", "Almtuna IS", "Uppsala Basket", "Gottsunda IF",
                      "Uppsala kurdiska förening", "SPF Seniorerna Uppsala", "Uppsalahem", "Rikshem",
                      "Uppsala kommun", "Röda korset Uppsala", "Scouterna Gottsunda"],
        area_codes=["018"],
        domains=["uppsala.se", "uppsalahem.se", "gmail.com", "hotmail.se", "student.uu.se"],
        lines=["buss 3", "buss 12", "buss 20", "linje 8", "Upptåget"],
        tracts=["Gottsunda", "Sävja", "Stenhagen", "Kvarngärdet", "Valsätra"],
        kommun="Uppsala kommun",
    ),
    "eskilstuna": Region(
        places=["Fröslunda", "Lagersberg", "Skiftinge", "Årby", "Fristadstorget", "Råbergstorget",
                "Eskilstunaån", "Fröslunda centrum", "Stadsparken i Eskilstuna", "Munktell"],
        venues=["Munktellarenan", "Ekängens arena", "Tunavallen", "Eskilstuna teater", "Årbyskolan",
                "Skiftingehus", "Lagersbergsskolan", "Munktellstaden", "Fröslundaskolan", "Sporthallen Tuna"],
        faith=["Fröslunda moské", "Eskilstuna moské", "Fors kyrka", "Klosters kyrka", "Sankt Eskils katolska församling",
               "Mor Shmuni syrisk-ortodoxa kyrka", "Skiftinge kyrka"],
        streets=["Kungsgatan", "Drottninggatan", "Fröslundavägen", "Lagersbergsgatan", "Årbyvägen",
                 "Kyrkogatan", "Hamngatan", "Skiftingevägen"],
        person_streets=["Carl Gustafs gata", "Theodor Kjellbergs väg", "Johan Thermaenius gata",
                        "Ingenjör Lindgrens gata", "Anna Lindhs gata"],
        associations=["Eskilstuna Guif", "AFC Eskilstuna", "IFK Eskilstuna", "Eskilstuna Linden",
                      "Syrianska föreningen i Eskilstuna", "Iranska föreningen Eskilstuna", "PRO Fröslunda",
                      "Kommunfastigheter", "Eskilstuna kommun", "Studiefrämjandet Sörmland"],
        area_codes=["016"],
        domains=["eskilstuna.se", "gmail.com", "hotmail.com", "telia.com"],
        lines=["buss 1", "buss 4", "buss 11", "linje 2", "Mälartåg"],
        tracts=["Fröslunda", "Lagersberg", "Årby", "Skiftinge", "Tunafors"],
        kommun="Eskilstuna kommun",
    ),
}  # fmt: skip

# Organisations found everywhere.
NATIONAL_ORGANISATIONS = [
    "Svenska kyrkan", "Röda korset", "Nattvandrarna", "ABF", "Studiefrämjandet", "Sensus", "Bilda",
    "Studieförbundet Vuxenskolan", "Polisen", "Länsstyrelsen", "Hyresgästföreningen", "Rädda Barnen",
    "Scouterna", "Friskis&Svettis", "Riksidrottsförbundet", "Svenska Fotbollförbundet",
]  # fmt: skip
MONTHS = [
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
]  # fmt: skip
WEEKDAYS = {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons",
            "tors", "fre", "lör", "sön"}  # fmt: skip
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
# Letter groups the texts use as acronyms (or that are offensive), never drawn as a plate's letters.
BAD_PLATES = {
    "ABF", "SPF", "PRO", "IFK", "AIK", "BIS", "FFF", "HCK", "SOS", "LPO", "KFU", "SKK", "EST", "BRÅ", "KYR",
    "MKB", "HSB", "SFI", "GUD", "KUK", "FAN", "SEX", "NAZ", "ISS", "UFO", "FCR", "IFU", "AFC",
}  # fmt: skip
