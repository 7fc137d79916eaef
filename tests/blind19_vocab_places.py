# ruff: noqa: E501
"""Places, streets, institutions and organisations of the nineteenth blind corpus (tests/blind19_corpus.py): the
large rental estates of seven regions, their housing companies and the security firms guarding them. Typed
from the writer's own knowledge; some streets, tracts and institutions are invented but plausible.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "BAD_PLATES",
    "MONTHS",
    "NATIONAL_ORGANISATIONS",
    "PLATE_LETTERS",
    "PLATE_TAIL_LETTERS",
    "REGIONS",
    "SECURITY",
    "WEEKDAYS",
]

_S = str.split


def _L(text: str) -> list[str]:
    return [x.strip() for x in text.split(";") if x.strip()]


@dataclass(frozen=True)
class Region:
    places: list[str]
    institutions: list[str]
    streets: list[str]
    person_streets: list[str]
    organisations: list[str]
    housing: list[str]
    area_codes: list[str]
    domains: list[str]
    tracts: list[str]
    lines: list[str]


REGIONS: dict[str, Region] = {
    "nacka": Region(
        places=_L(
            "Fisksätra; Älta; Saltsjöbaden; Ältadalen; Fisksätra torg; Ältasjön; Orminge; Sickla; "
            "Björknäs; Erstaviksbadet; Fisksätra station; Strandparken"
        ),
        institutions=_L(
            "Fisksätra centrum; Älta centrum; Fisksätra skola; Sigfridsborgsskolan; "
            "Älta tennishall; Fisksätra bibliotek; Fisksätra fritidsgård; Fisksätra kyrka; "
            "Ältabergsskolan; Nacka stadshus; Älta vårdcentral; Fisksätra museum"
        ),
        streets=_L(
            "Fisksätravägen; Fiskarvägen; Strandvägen; Ältavägen; Oxelvägen; Stensövägen; "
            "Lovisedalsvägen; Ekedalsvägen; Hedvigsdalsvägen; Ältabergsvägen"
        ),
        person_streets=_L("Selma Lagerlöfs väg; Evert Taubes gata; Nils Ferlins väg; Alice Tegnérs väg"),
        organisations=_L(
            "Nacka kommun; Stena Fastigheter; Wallenstam; Fisksätra IF; Älta IF; "
            "Nacka Vatten och Avfall; SL; Coop Fisksätra; ICA Nära Älta"
        ),
        housing=_L("Stena Fastigheter; Wallenstam; HSB Stockholm; Nacka Hem"),
        area_codes=["08"],
        domains=_S("gmail.com hotmail.com outlook.com live.se telia.com stena.se wallenstam.se"),
        tracts=_L("Sicklaön; Erstavik; Mensättra; Lännersta"),
        lines=_L("Saltsjöbanan; buss 401; buss 409; buss 467; buss 471; buss 840"),
    ),
    "nykoping": Region(
        places=_L(
            "Brandkärr; Arnö; Harg; Oppeby; Nyköpings centrum; Långberget; Stora torget; "
            "Brandkärrsparken; Väster; Högbrunn"
        ),
        institutions=_L(
            "Brandkärrsskolan; Långbergsskolan; Mariebergsgården; Nyköpings lasarett; "
            "Stadsbiblioteket i Nyköping; Brandkärrs vårdcentral; Rosvalla; "
            "Brandkärrs fritidsgård; Nyköpings resecentrum; Tessinskolan"
        ),
        streets=_L(
            "Brandkärrsvägen; Tessins väg; Hjortsbergsvägen; Mariebergsvägen; Ekensbergsvägen; "
            "Idrottsvägen; Bagaregatan; Östra Storgatan; Västra Kvarngatan"
        ),
        person_streets=_L("Gustaf Frödings väg; Fredrika Bremers gata; Sven Hedins väg; Ture Nermans väg"),
        organisations=_L(
            "Nyköpings kommun; Nyköpingshem; HSB Södermanland; Rikshem; Sörmlandstrafiken; "
            "Nyköpings BIS; Sörmlandskustens räddningstjänst; ICA Kvantum Brandkärr"
        ),
        housing=_L("Nyköpingshem; HSB Södermanland; Rikshem"),
        area_codes=["0155"],
        domains=_S("gmail.com hotmail.com hotmail.se telia.com nykopingshem.se outlook.com"),
        tracts=_L("Brandkärr; Hjorten; Spelmannen; Svärdsliljan; Vattenkvarnen"),
        lines=_L("stadsbuss 1; stadsbuss 3; linje 4; buss 515; Sörmlandspilen"),
    ),
    "goteborg": Region(
        places=_L(
            "Hjällbo; Hammarkullen; Gårdsten; Lövgärdet; Angered; Bergsjön; Biskopsgården; "
            "Tynnered; Rannebergen; Kortedala"
        ),
        institutions=_L(
            "Hjällbo centrum; Angered centrum; Blå Stället; Angereds närsjukhus; "
            "Hjällboskolan; Bergsjöskolan; Hammarkulleskolan; Gårdstensskolan; "
            "Hjällbo bibliotek; Frölunda torg"
        ),
        streets=_L(
            "Hjällbovägen; Hammarkullegatan; Gårdstensvägen; Lövgärdesvägen; Rymdtorget; "
            "Rannebergsvägen; Långströmsgatan; Siriusgatan"
        ),
        person_streets=_L(
            "Evert Taubes gata; Birger Sjöbergs gata; Dan Anderssons gata; Vilhelm Mobergs gata"
        ),
        organisations=_L(
            "Göteborgs Stad; Bostadsbolaget; Poseidon; Familjebostäder; Framtiden; "
            "Västtrafik; Räddningstjänsten Storgöteborg; Angered FC"
        ),
        housing=_L("Bostadsbolaget; Poseidon; Familjebostäder; Egnahemsbolaget"),
        area_codes=["031"],
        domains=_S("gmail.com hotmail.com outlook.com yahoo.se bostadsbolaget.se poseidon.goteborg.se"),
        tracts=_L("Hjällbo; Gårdsten; Lövgärdet; Kortedala"),
        lines=_L("spårvagn 8; spårvagn 9; spårvagn 4; buss 71; buss 78"),
    ),
    "malmo": Region(
        places=_L(
            "Rosengård; Herrgården; Törnrosen; Örtagården; Seved; Holma; Kroksbäck; Lindängen; "
            "Nydala; Hermodsdal; Möllevången"
        ),
        institutions=_L(
            "Rosengård centrum; Rosengårdsskolan; Örtagårdsskolan; Herrgårdsskolan; "
            "Rosengårds bibliotek; Malmö stadsbibliotek; Hylliebadet; Rosengårds fritidsgård; "
            "Lindängsskolan; Holmaskolan"
        ),
        streets=_L(
            "Amiralsgatan; Ramels väg; Von Rosens väg; Rasmusgatan; Kryddgårdsvägen; "
            "Lantmannagatan; Ystadvägen; Eriksfältsgatan"
        ),
        person_streets=_L("Agnesfridsvägen; Fredrika Bremers gata; Anders Zorns väg; Carl Hills väg"),
        organisations=_L(
            "Malmö stad; MKB Fastighets AB; Victoriahem; Heimstaden; Skånetrafiken; "
            "Räddningstjänsten Syd; FC Rosengård; Fastighetsägare i Seved"
        ),
        housing=_L("MKB Fastighets AB; Victoriahem; Heimstaden; Stena Fastigheter"),
        area_codes=["040"],
        domains=_S("gmail.com hotmail.com hotmail.se outlook.com mkbfastighet.se"),
        tracts=_L("Törnrosen; Kryddgården; Herrgården; Holma"),
        lines=_L("buss 5; buss 7; buss 8; Malmöexpressen; buss 34"),
    ),
    "uppsala": Region(
        places=_L(
            "Gottsunda; Valsätra; Stenhagen; Gränby; Sävja; Eriksberg; Kvarngärdet; "
            "Gottsunda torg; Flogsta; Nyby"
        ),
        institutions=_L(
            "Gottsunda centrum; Gottsundaskolan; Valsätraskolan; Stenhagens centrum; "
            "Akademiska sjukhuset; Gottsunda bibliotek; Gränby centrum; Stenhagenskolan; "
            "Gottsunda fritidsgård"
        ),
        streets=_L(
            "Musikvägen; Valthornsvägen; Stenhagsvägen; Flogstavägen; "
            "Väderkvarnsgatan; Gränbyvägen; Vårdsätravägen"
        ),
        person_streets=_L(
            "Hugo Alfvéns väg; Wilhelm Peterson-Bergers väg; Linnés väg; Dag Hammarskjölds väg"
        ),
        organisations=_L(
            "Uppsala kommun; Uppsalahem; Rikshem; UL; Uppsala brandförsvar; "
            "Hyresgästföreningen Uppsala; IK Sirius; Gottsunda Dance Academy"
        ),
        housing=_L("Uppsalahem; Rikshem; Uppsala Hem; Signalisten"),
        area_codes=["018"],
        domains=_S("gmail.com hotmail.com outlook.com student.uu.se uppsalahem.se"),
        tracts=_L("Gottsunda; Stenhagen; Gränby; Sävja"),
        lines=_L("buss 4; buss 11; buss 12; linje 7; buss 20"),
    ),
    "sodertalje": Region(
        places=_L(
            "Hovsjö; Ronna; Geneta; Fornhöjden; Brunnsäng; Saltskog; Södertälje centrum; "
            "Ronna torg; Hovsjö centrum; Glasberga"
        ),
        institutions=_L(
            "Ronnaskolan; Hovsjöskolan; Södertälje sjukhus; Kulturhuset Luna; "
            "Genetaskolan; Ronna vårdcentral; Telge Energi Arena; Hovsjö fritidsgård; "
            "Södertälje stadsbibliotek"
        ),
        streets=_L(
            "Hovsjövägen; Geneta gärde; Ronnavägen; Fornhöjdsvägen; Järnagatan; "
            "Storgatan; Saltskogsvägen; Grusåsvägen"
        ),
        person_streets=_L("Karl Johans väg; Tage Erlanders gata; Astrid Lindgrens gata; Greta Garbos väg"),
        organisations=_L(
            "Södertälje kommun; Telgebostäder; Telge Hovsjö; Scania; Assyriska FF; "
            "Syrianska FC; Södertörns brandförsvarsförbund"
        ),
        housing=_L("Telgebostäder; Telge Hovsjö; Victoriahem"),
        area_codes=["08"],
        domains=_S("gmail.com hotmail.com outlook.com telia.com telge.se"),
        tracts=_L("Ronna; Geneta; Glasberga; Bårsta"),
        lines=_L("buss 754; buss 755; buss 757; pendeltåg 43; buss 784"),
    ),
    "eskilstuna": Region(
        places=_L(
            "Lagersberg; Skiftinge; Fröslunda; Årby; Myrtorp; Råbergstorp; Stenby; "
            "Fristadstorget; Munktellstaden; Eskilstuna centrum"
        ),
        institutions=_L(
            "Skiftingeskolan; Fröslundaskolan; Mälarsjukhuset; Lagersbergsskolan; "
            "Årbyskolan; Eskilstuna stadsbibliotek; Skiftinge centrum; "
            "Stiga Sports Arena; Lagersbergs fritidsgård"
        ),
        streets=_L(
            "Lagersbergsgatan; Skiftingevägen; Fröslundavägen; Årbyvägen; Kungsgatan; "
            "Drottninggatan; Myrtorpsvägen; Hamngatan"
        ),
        person_streets=_L("Rinmansgatan; Carl Gustafs väg; Klas Ugglas gata; Alva Myrdals väg"),
        organisations=_L(
            "Eskilstuna kommun; Kommunfastigheter; Hyresbostäder i Eskilstuna; Länstrafiken "
            "Sörmland; Mälardalens brand- och räddningsförbund; IFK Eskilstuna"
        ),
        housing=_L("Eskilstuna Kommunfastighet; Hyresbostäder i Eskilstuna; Kåbo"),
        area_codes=["016"],
        domains=_S("gmail.com hotmail.com outlook.com telia.com eskilstuna.se"),
        tracts=_L("Lagersberg; Skiftinge; Fröslunda; Kirurgen"),
        lines=_L("buss 1; buss 3; buss 6; linje 12; buss 17"),
    ),
}

SECURITY = _L(
    "Securitas; Avarn Security; Addici Security; Svensk Bevakningstjänst; Nokas; "
    "Rapid Bevakning; Dussmann; G4S"
)
NATIONAL_ORGANISATIONS = _L(
    "Hyresgästföreningen; Kronofogden; Försäkringskassan; Socialtjänsten; "
    "Polisen; Nattvandrarna; Röda Korset; Fastighetsägarna; Hyresnämnden; "
    "Brottsofferjouren; Fryshuset; Stadsmissionen; Trafikverket; Länsstyrelsen"
)
MONTHS = _S("januari februari mars april maj juni juli augusti september oktober november december")
WEEKDAYS = {"mån", "tis", "ons", "tor", "fre", "lör", "sön", "måndag", "tisdag", "onsdag", "torsdag",
            "fredag", "lördag", "söndag", "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen",
            "lördagen", "söndagen", "natten", "kvällen"}  # fmt: skip
# Plate letters (no I, Q, V, Å, Ä, Ö) and letter groups that would read as the texts' acronyms or words.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = set(_S("LGH HSB MKB BID SMS FUB KFM SOS BRF HGF AKT NYA GAS ARG APA BUS ONT DUM FEL BOR BAR "
                    "TOM HUS RUM SEK KOD TAG LAS"))  # fmt: skip
