"""Places, organisations and formats of the twenty-fifth blind corpus (tests/blind25_corpus.py): the six
kommuner whose exports it writes (Nacka, Nyköping, Linköping, Norrköping, Gävle, Kristianstad), their
areas, streets, property tracts, schools and fritidsgårdar, housing and security companies and bus lines.
Typed from the writer's own knowledge; where a street or a line is not real it is one that could be.
"""

from __future__ import annotations

from dataclasses import dataclass

MONTHS = [
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
]  # fmt: skip
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons",
            "tor", "fre", "lör", "sön")  # fmt: skip
# Letters on Swedish plates (no I, Q, V, Å, Ä, Ö), and the last position of the 2019 plates (no O).
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = {"APA", "ARG", "ASS", "BAJ", "BOG", "BUS", "DUM", "FAN", "FEG", "FUL", "HOR", "KUK", "LAT",
              "MOR", "NAZ", "NEG", "PAK", "PIS", "PUB", "RUM", "SEX", "SUP", "TOK", "UFO", "URA", "USA",
              "WCW", "XXX"}  # fmt: skip

NATIONAL_ORGANISATIONS = [
    "Securitas", "Avarn Security", "Svensk Bevakningstjänst", "Addici Security", "Nattvandrarna",
    "Brottsofferjouren", "Röda Korset", "Trafikverket", "Länsstyrelsen", "Fryshuset", "Polismyndigheten",
    "Riksbyggen", "HSB", "Rikshem", "Aimo Park", "Apcoa",
]  # fmt: skip


@dataclass(frozen=True)
class Region:
    kommun: str
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    tracts: tuple[str, ...]
    places: tuple[str, ...]
    venues: tuple[str, ...]
    companies: tuple[str, ...]
    lines: tuple[str, ...]
    dnr: tuple[str, ...]  # the kommun's diarienummer prefixes


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "icloud.com", "telia.com", "yahoo.se")

REGIONS: dict[str, Region] = {
    "nacka": Region(
        kommun="Nacka kommun",
        area_codes=("08",),
        domains=(*_MAIL, "nacka.se", "stenafastigheter.se", "wallenstam.se"),
        streets=("Fisksätravägen", "Båthöjden", "Fiskarhöjden", "Ältavägen", "Stensövägen", "Almvägen",
                 "Oxelvägen", "Ältabergsvägen", "Strandpromenaden", "Lovisedalsvägen", "Hedvigslundsvägen"),
        person_streets=("Nils Ferlins väg", "Evert Taubes gata", "Karin Boyes väg"),
        tracts=("Fisksätra", "Älta", "Sicklaön", "Erstavik"),
        places=("Fisksätra", "Älta", "Fisksätra centrum", "Älta centrum", "Saltsjöbaden", "Ältasjön",
                "Fisksätra station", "Erstaviksbadet", "Fisksätra hamn", "Ältabergets parkering"),
        venues=("Fisksätra skola", "Sigfridsborgsskolan", "Fisksätra fritidsgård", "Älta tennishall",
                "Fisksätra bibliotek", "Stavsborgsskolan", "Ältaskolan", "Fisksätra vårdcentral",
                "Älta fritidsgård"),
        companies=("Stena Fastigheter", "Wallenstam", "Nacka Energi", "Södertörns brandförsvarsförbund",
                   "Fisksätra Folkets hus-förening"),
        lines=("Saltsjöbanan", "buss 401", "linje 409", "buss 442", "nattbuss 491", "buss 428"),
        dnr=("KFKS", "SOC", "TN"),
    ),
    "nykoping": Region(
        kommun="Nyköpings kommun",
        area_codes=("0155",),
        domains=(*_MAIL, "nykoping.se", "nykopingshem.se", "rikshem.se"),
        streets=("Brandkärrsvägen", "Hjortensbergsgatan", "Långbergsvägen", "Mariebergsvägen",
                 "Brandholmsvägen", "Ryttaregatan", "Idrottsvägen", "Stenbrovägen", "Larsbergsgatan",
                 "Fruängsgatan"),
        person_streets=("Gustav Adolfs väg", "Selma Lagerlöfs väg", "Astrid Lindgrens gata"),
        tracts=("Brandkärr", "Harg", "Oppeby", "Arnö"),
        places=("Brandkärr", "Brandkärrs centrum", "Oppeby", "Harg", "Arnö", "Nyköpings centrum",
                "Stora torget", "Brandkärrsdalen", "Långbergsparken", "Nyköpingsån"),
        venues=("Brandkärrsskolan", "Långbergsskolan", "Mariebergsgården", "Brandkärrs bibliotek",
                "Nyköpings resecentrum", "Nyköpings lasarett", "Rosvalla nöjeshall",
                "Brandkärrs vårdcentral"),
        companies=("Nyköpingshem", "Sörmlandstrafiken", "Sörmlandskustens räddningstjänst",
                   "Brandkärrs hyresgästförening", "Vattenfall Eldistribution"),
        lines=("linje 2", "buss 4", "stadsbuss 6", "linje 515", "nattbuss 2"),
        dnr=("KS", "SN", "BUN"),
    ),
    "linkoping": Region(
        kommun="Linköpings kommun",
        area_codes=("013",),
        domains=(*_MAIL, "linkoping.se", "stangastaden.se"),
        streets=("Rystadgatan", "Skattegårdsvägen", "Ryds allé", "Mörtlösa väg", "Bergsvängen",
                 "Slottsvägen", "Vallavägen", "Lambohovsleden"),
        person_streets=("Vilhelm Mobergs gata", "Jenny Linds gata"),
        tracts=("Skäggetorp", "Ryd", "Berga", "Lambohov"),
        places=("Skäggetorp", "Ryd", "Berga", "Lambohov", "Skäggetorps centrum", "Ryds centrum",
                "Trädgårdstorget", "Berga centrum"),
        venues=("Skäggetorpsskolan", "Ryds fritidsgård", "Linköpings resecentrum", "Bergaskolan",
                "Skäggetorps bibliotek", "Lambohovsskolan", "Universitetssjukhuset"),
        companies=("Stångåstaden", "Östgötatrafiken", "Lejonfastigheter", "Räddningstjänsten Östra Götaland"),
        lines=("linje 12", "buss 3", "linje 16", "stadsbuss 13"),
        dnr=("KS", "SN", "UN"),
    ),
    "norrkoping": Region(
        kommun="Norrköpings kommun",
        area_codes=("011",),
        domains=(*_MAIL, "norrkoping.se", "hyresbostader.se"),
        streets=("Navestadsgatan", "Hagebygatan", "Ljuragatan", "Klockaretorpsgatan", "Kvarngatan",
                 "Lindövägen", "Marielundsgatan", "Söderleden"),
        person_streets=("Carl Larssons väg", "Anders Celsius gata"),
        tracts=("Navestad", "Hageby", "Ljura", "Klockaretorpet"),
        places=("Navestad", "Hageby", "Ljura", "Klockaretorpet", "Marielund", "Hageby centrum",
                "Navestads torg", "Söder tull"),
        venues=("Navestadsskolan", "Hagebyskolan", "Hageby fritidsgård", "Ljuraskolan", "Norrköpings C",
                "Vrinnevisjukhuset", "Hageby bibliotek"),
        companies=("Hyresbostäder i Norrköping", "Östgötatrafiken", "Norrköping Vatten och Avfall",
                   "Navestads hyresgästförening"),
        lines=("spårvagn 2", "linje 3", "buss 116", "spårvagn 3"),
        dnr=("KS", "SN", "UN"),
    ),
    "gavle": Region(
        kommun="Gävle kommun",
        area_codes=("026",),
        domains=(*_MAIL, "gavle.se", "gavlegardarna.se"),
        streets=("Andersbergsringen", "Sätravägen", "Bomhusvägen", "Brynäsgatan", "Nordostvägen",
                 "Södra Kungsgatan", "Hemlingbyvägen", "Kryddstigen"),
        person_streets=("Dag Hammarskjölds väg", "Dan Anderssons väg"),
        tracts=("Sätra", "Andersberg", "Brynäs", "Bomhus"),
        places=("Sätra", "Andersberg", "Nordost", "Bomhus", "Brynäs", "Sätra centrum", "Stortorget",
                "Andersbergs centrum"),
        venues=("Sätra fritidsgård", "Andersbergsskolan", "Gävle centralstation", "Sätraskolan",
                "Bomhus bibliotek", "Gävle sjukhus", "Brynässkolan"),
        companies=("Gavlegårdarna", "X-trafik", "Gästrike Vatten", "Gästrike räddningstjänst"),
        lines=("linje 11", "buss 4", "stadsbuss 12", "linje 95"),
        dnr=("KS", "SN", "UN"),
    ),
    "kristianstad": Region(
        kommun="Kristianstads kommun",
        area_codes=("044",),
        domains=(*_MAIL, "kristianstad.se", "abk.se"),
        streets=("Gamlegårdsvägen", "Charlottesborgsvägen", "Näsbyvägen", "Österängsvägen",
                 "Blekingevägen", "Tivoligatan", "Vattentornsvägen", "Kanalgatan"),
        person_streets=("Tage Erlanders väg", "Pehr Henrik Nordgrens gata"),
        tracts=("Gamlegården", "Charlottesborg", "Näsby", "Österäng"),
        places=("Gamlegården", "Charlottesborg", "Näsby", "Österäng", "Gamlegårdens centrum",
                "Lilla torg", "Tivoliparken", "Hammarslund"),
        venues=("Gamlegårdsskolan", "Gamlegårdens fritidsgård", "Österängsskolan", "Kristianstad C",
                "Centralsjukhuset", "Näsby bibliotek", "Söderportskolan"),
        companies=("ABK", "Skånetrafiken", "C4 Energi", "Räddningstjänsten Kristianstad"),
        lines=("stadsbuss 2", "linje 4", "regionbuss 550", "stadsbuss 6"),
        dnr=("KS", "SN", "BUN"),
    ),
}  # fmt: skip
