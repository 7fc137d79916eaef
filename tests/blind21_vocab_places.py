"""Places of the twenty-first blind corpus (tests/blind21_corpus.py): per kommun its districts, the kommun's
own schools, förskolor, libraries, halls and units, streets, organisations, area codes, e-mail domains, bus
lines and property tracts. Typed from the writer's own knowledge (some schools, förskolor and streets are
invented but plausible); no list or search was used.
"""

from __future__ import annotations

from dataclasses import dataclass

# ruff: noqa: E501


def _s(text: str) -> list[str]:
    """Items of a list separated by `;`."""
    return [w.strip() for w in text.split(";") if w.strip()]


@dataclass(frozen=True)
class Region:
    kommun: str
    places: list[str]
    schools: list[str]
    institutions: list[str]
    streets: list[str]
    person_streets: list[str]
    organisations: list[str]
    units: list[str]
    lines: list[str]
    area_codes: list[str]
    domains: list[str]
    tracts: list[str]


_PRIVATE = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.se",
    "icloud.com",
    "yahoo.se",
    "telia.com",
    "hotmail.se",
]

REGIONS: dict[str, Region] = {
    "nacka": Region(
        "Nacka kommun",
        _s(
            "Fisksätra; Älta; Saltsjöbaden; Orminge; Sickla; Nacka strand; Finntorp; Björknäs; Ältadalen; Fisksätra centrum; Älta centrum; Erstavik; Skogsö; Fisksätra torg; Ektorp"
        ),
        _s(
            "Fisksätra skola; Sigfridsborgsskolan; Älta skola; Stavsborgsskolan; Saltsjöbadens samskola; Ektorps skola; Nacka gymnasium; Myrsjöskolan; Ältabergs skola"
        ),
        _s(
            "Fisksätra bibliotek; Älta bibliotek; Fisksätra fritidsgård; Älta tennishall; Nacka simhall; Näckenbadet; Fisksätra idrottshall; Förskolan Kometen; Förskolan Ekorren; Förskolan Skattkammaren; Elsa Beskows förskola; Kulturskolan Nacka; Ältahemmet; Fisksätra vård- och omsorgsboende; Dagliga verksamheten Sickla; Nacka stadshus; Medborgarkontoret i Fisksätra"
        ),
        _s(
            "Fisksätravägen; Fisksätra allé; Ältavägen; Oxelvägen; Stensövägen; Saltsjöbadsleden; Ältabergsvägen; Solvägen; Mensättravägen; Tornstigen; Hälsovägen; Värmdövägen"
        ),
        _s("Gustav Vasas väg; Selma Lagerlöfs väg; Ellen Keys gata; Evert Taubes väg"),
        _s(
            "Stena Fastigheter; Wallenstam; Nacka Energi; SL; Coop Fisksätra; ICA Nära Älta; Fisksätra IF; Älta IF; Hyresgästföreningen Fisksätra; Nacka Vatten och Avfall"
        ),
        _s(
            "Elevhälsan Nacka; Socialtjänsten Nacka; Hemtjänsten Fisksätra; Kontaktcenter Nacka; Enheten för trafik och fastighet; Välfärd skola; Arbets- och företagsenheten; Nacka kommuns parkeringsövervakning"
        ),
        _s("buss 401; buss 402; buss 414; buss 840; Saltsjöbanan; buss 471"),
        ["08"],
        _PRIVATE + ["nacka.se", "edu.nacka.se"],
        _s("Sicklaön; Erstavik; Älta; Fisksätra; Solsidan; Lännersta"),
    ),
    "nykoping": Region(
        "Nyköpings kommun",
        _s(
            "Brandkärr; Oppeby; Arnö; Harg; Väster; Högbrunn; Stadsfjärden; Stora torget; Nyköpings centrum; Brandkärrs centrum; Ekensberg; Svalsta; Bryngelstorp; Nävekvarn"
        ),
        _s(
            "Brandkärrsskolan; Långbergsskolan; Tessinskolan; Kiladalens skola; Nyköpings gymnasium; Rosvalla skola; Bergshammar skola; Östra skolan; Väster skola"
        ),
        _s(
            "Mariebergsgården; Stadsbiblioteket Nyköping; Brandkärrs bibliotek; Rosvalla; Nyköpings simhall; Brandkärrshallen; Förskolan Solgläntan; Förskolan Vitsippan; Förskolan Trollet; Astrid Lindgrens förskola; Kulturskolan Nyköping; Vårdboendet Hemgården; Oppeby gård; Daglig verksamhet Träffpunkten; Stadshuset Nyköping; Medborgarcenter Nyköping"
        ),
        _s(
            "Brandkärrsvägen; Trumslagarvägen; Lövåsvägen; Idrottsvägen; Västra Storgatan; Östra Storgatan; Repslagaregatan; Ringvägen; Hjortensbergsgatan; Arnövägen; Tessingatan; Högbrunnsvägen"
        ),
        _s("Axel Johnsons väg; Anders Zorns gata; Karin Månsdotters gata; Gustav Adolfs väg"),
        _s(
            "Nyköpingshem; HSB Södermanland; Rikshem; Sörmlandstrafiken; Vattenfall; ICA Maxi Nyköping; Nyköpings BIS; Coop Brandkärr; Nyköpings Hockey; Sörmland Vatten"
        ),
        _s(
            "Elevhälsan Nyköping; Socialförvaltningen Nyköping; Hemtjänsten Brandkärr; Kontaktcenter Nyköping; Tekniska divisionen; Barn och ungdom; Vård och omsorg; Gatukontoret"
        ),
        _s("linje 1; linje 3; stadsbuss 5; buss 515; linje 7; linje 2"),
        ["0155"],
        _PRIVATE + ["nykoping.se", "edu.nykoping.se"],
        _s("Brandkärr; Oppeby; Nyköping Väster; Harg; Arnö"),
    ),
    "goteborg": Region(
        "Göteborgs stad",
        _s(
            "Hammarkullen; Angered; Gårdsten; Bergsjön; Hjällbo; Biskopsgården; Tynnered; Frölunda torg; Backa; Kortedala; Lövgärdet; Angered centrum; Brunnsbo; Eriksbo"
        ),
        _s(
            "Hammarkullsskolan; Bergsjöskolan; Gärdsåsskolan; Angeredsgymnasiet; Lövgärdesskolan; Sjumilaskolan; Selma Lagerlöfskolan; Nytorpsskolan; Kortedala skola"
        ),
        _s(
            "Angereds bibliotek; Hammarkullens bibliotek; Kortedala bibliotek; Angered Arena; Frölundabadet; Bergsjöbadet; Förskolan Blåklockan; Förskolan Nyckelpigan; Kulturhuset Blå Stället; Kulturskolan Angered; Gårdstensgården; Dagliga verksamheten Hjällbo; Träffpunkt Kortedala; Angereds Närsjukhus; Hjällbo fritidsgård"
        ),
        _s(
            "Hammarkullegatan; Gårdstensvägen; Rymdtorget; Atlasgatan; Merkuriusgatan; Kortedala torg; Vågmästaregatan; Hjällbovägen; Lövgärdesvägen; Tunnlandsgatan; Rannebergsvägen"
        ),
        _s("Selma Lagerlöfs torg; Gustaf Dalénsgatan; Hjalmar Brantingsgatan; Kaj Munks väg"),
        _s(
            "Bostadsbolaget; Familjebostäder; Poseidon; Västtrafik; Gårdstensbostäder; Hammarkullens IF; Göteborg Energi; Stena Fastigheter; Hemköp Angered"
        ),
        _s(
            "Socialförvaltningen Nordost; Hemtjänsten Angered; Elevhälsan Nordost; Kontaktcenter Göteborg; Park- och naturförvaltningen; Grundskoleförvaltningen; Trafikkontoret; Äldre samt vård- och omsorgsförvaltningen"
        ),
        _s("spårvagn 4; spårvagn 9; spårvagn 8; buss 16; buss 72; Gröna Express; Röd Express"),
        ["031"],
        _PRIVATE + ["goteborg.se", "educ.goteborg.se"],
        _s("Hammarkullen; Gårdsten; Bergsjön; Hjällbo; Kortedala; Angered"),
    ),
    "malmo": Region(
        "Malmö stad",
        _s(
            "Rosengård; Herrgården; Seved; Lindängen; Holma; Kroksbäck; Sofielund; Möllevången; Nydala; Hermodsdal; Värnhem; Kryddgården; Augustenborg; Segevång"
        ),
        _s(
            "Rosengårdsskolan; Örtagårdsskolan; Sofielundsskolan; Lindängeskolan; Holma skola; Kroksbäcksskolan; Nydalaskolan; Augustenborgsskolan; Värner Rydénskolan"
        ),
        _s(
            "Rosengårds bibliotek; Lindängens bibliotek; Stadsbiblioteket Malmö; Hylliebadet; Aq-va-kul; Rosengårds sporthall; Förskolan Gullvivan; Förskolan Sjöstjärnan; Kulturskolan Malmö; Lindängens fritidsgård; Dagliga verksamheten Kryddgården; Seniorboendet Sofielund; Kontaktcenter Malmö; Stadshuset Malmö"
        ),
        _s(
            "Ramels väg; Amiralsgatan; Lönngatan; Sevedsgatan; Lindängsvägen; Hermodsdalsgatan; Västra Kattarpsvägen; Nydalatorget; Ystadvägen; Jägersrovägen; Emilstorpsgatan"
        ),
        _s("Per Albins väg; Carl Gustafs väg; Kung Oscars väg; Hjalmar Gullbergs väg"),
        _s(
            "MKB Fastighet; Skånetrafiken; Willys Rosengård; FC Rosengård; Heimstaden; Trianon; Malmö FF; E.ON; VA Syd"
        ),
        _s(
            "Förskoleförvaltningen; Grundskoleförvaltningen; Hemtjänsten Rosengård; Socialtjänsten Malmö söder; Elevhälsan Malmö; Fastighets- och gatukontoret; Hälsa-, vård- och omsorgsförvaltningen; Malmö stads parkeringsbolag"
        ),
        _s("linje 5; linje 8; buss 32; Malmöexpressen 4; linje 2; Pågatåg"),
        ["040"],
        _PRIVATE + ["malmo.se", "edu.malmo.se"],
        _s("Rosengård; Lindängen; Sofielund; Holma; Kroksbäck"),
    ),
    "botkyrka": Region(
        "Botkyrka kommun",
        _s(
            "Alby; Fittja; Hallunda; Norsborg; Tumba; Tullinge; Storvreten; Hågelby; Alby centrum; Fittja centrum; Grödinge; Vårsta; Eriksberg; Hallunda centrum"
        ),
        _s(
            "Alby skola; Fittjaskolan; Hallunda skola; Tumba gymnasium; Storvretsskolan; Norsborgsskolan; Eriksbergsskolan; Falkbergsskolan; Vårby gårds skola"
        ),
        _s(
            "Alby bibliotek; Fittja bibliotek; Hallunda bibliotek; Tumba bibliotek; Storvretsbadet; Alby sporthall; Förskolan Regnbågen; Förskolan Fittja gård; Kulturskolan Botkyrka; Subtopia; Fittja fritidsgård; Tumba vård- och omsorgsboende; Dagliga verksamheten Hallunda; Botkyrka kommunhus"
        ),
        _s(
            "Albyvägen; Fittjavägen; Hallundavägen; Norsborgsvägen; Tumbavägen; Storvretsvägen; Krögarvägen; Kvarnvägen; Eriksbergsvägen; Ekebergavägen; Skyttbrinksvägen"
        ),
        _s("Ragnar Östbergs väg; Harald Lundgrens väg; Birgitta Stenbergs gata; Eugenia Berghs väg"),
        _s(
            "Botkyrkabyggen; SL; Stockholm Exergi; Coop Hallunda; Botkyrka FF; Assyriska Botkyrka; Syrianska Botkyrka; Hallunda IF"
        ),
        _s(
            "Socialtjänsten Botkyrka; Hemtjänsten Alby; Elevhälsan Botkyrka; Kontaktcenter Botkyrka; Samhällsbyggnadsförvaltningen; Utbildningsförvaltningen; Vård- och omsorgsförvaltningen; Botkyrka parkeringsövervakning"
        ),
        _s("buss 720; buss 725; tunnelbana 13; pendeltåget; buss 711; buss 865"),
        ["08"],
        _PRIVATE + ["botkyrka.se", "edu.botkyrka.se"],
        _s("Alby; Fittja; Hallunda; Tumba; Tullinge"),
    ),
    "orebro": Region(
        "Örebro kommun",
        _s(
            "Vivalla; Varberga; Baronbackarna; Oxhagen; Brickebacken; Markbacken; Rynninge; Lundby; Örebro centrum; Vivalla centrum; Järntorget; Hovsta; Mikaelsplan; Ekeby"
        ),
        _s(
            "Vivallaskolan; Varbergaskolan; Baronbackarnas skola; Brickebackens skola; Rudbecksskolan; Västra skolan; Lundbyskolan; Nyckelbergsskolan; Mikaelskolan"
        ),
        _s(
            "Vivalla bibliotek; Varberga bibliotek; Stadsbiblioteket Örebro; Gustavsviksbadet; Idrottshuset; Behrn Arena; Förskolan Tallkotten; Förskolan Solrosen; Kulturskolan Örebro; Vivalla fritidsgård; Varbergagården; Dagliga verksamheten Lundby; Örebro rådhus; Medborgarkontoret Vivalla"
        ),
        _s(
            "Vivallagatan; Lillåvägen; Varbergavägen; Gustavsviksvägen; Oxhagsvägen; Brickebacksvägen; Markbacksvägen; Rynningevägen; Trumpetaregatan; Fabriksgatan; Rostagatan"
        ),
        _s("Rudbecksgatan; Engelbrektsgatan; Olaus Petri väg; Karl Johans väg"),
        _s(
            "ÖrebroBostäder; Länstrafiken Örebro; Örebro SK; KFUM Örebro; Coop Vivalla; Örebro Energi; Länsförsäkringar Bergslagen"
        ),
        _s(
            "Förvaltningen förskola och skola; Socialförvaltningen Örebro; Hemtjänsten Vivalla; Elevhälsan Örebro; Kontaktcenter Örebro; Tekniska förvaltningen; Vård- och omsorgsförvaltningen; Parkeringsenheten"
        ),
        _s("linje 10; linje 11; linje 2; buss 13; linje 6"),
        ["019"],
        _PRIVATE + ["orebro.se", "edu.orebro.se"],
        _s("Vivalla; Varberga; Oxhagen; Örebro Nikolai"),
    ),
    "umea": Region(
        "Umeå kommun",
        _s(
            "Ålidhem; Ersboda; Mariehem; Tomtebo; Haga; Teg; Holmsund; Umeå centrum; Ersboda centrum; Rådhustorget; Sandbacka; Västerslätt; Berghem; Ålidhem centrum"
        ),
        _s(
            "Ålidhemsskolan; Ersbodaskolan; Mariehemsskolan; Dragonskolan; Minervaskolan; Tegsskolan; Hagaskolan; Östra gymnasiet; Sandåkerskolan"
        ),
        _s(
            "Ersboda bibliotek; Stadsbiblioteket Umeå; Umeå simhall; Navet; Umeå Energi Arena; Förskolan Renen; Förskolan Norrsken; Kulturskolan Umeå; Ersboda fritidsgård; Ålidhems fritidsgård; Dagliga verksamheten Teg; Äldreboendet Tomtebogård; Väven; Umeå stadshus"
        ),
        _s(
            "Ålidhemsgatan; Ersbodavägen; Mariehemsvägen; Tomtebovägen; Historiegränd; Västra Esplanaden; Storgatan; Kungsgatan; Rådhusesplanaden; Axtorpsvägen; Björnvägen"
        ),
        _s("Sara Lidmans gata; Pelle Molins väg; Per Olof Sundmans väg; Gösta Skoglunds väg"),
        _s(
            "Bostaden; Ultra; Umeå IK; IFK Umeå; Coop Ersboda; Umeå Energi; Västerbottens museum; Region Västerbotten"
        ),
        _s(
            "Socialtjänsten Umeå; Hemtjänsten Ålidhem; Elevhälsan Umeå; Kontaktcenter Umeå; Gator och parker; För- och grundskolenämnden; Äldrenämnden; Fritidsförvaltningen"
        ),
        _s("linje 8; linje 9; linje 1; buss 5; linje 2"),
        ["090"],
        _PRIVATE + ["umea.se", "edu.umea.se"],
        _s("Ålidhem; Ersboda; Mariehem; Haga"),
    ),
}

NATIONAL_ORGANISATIONS = _s(
    "Polisen; Skolinspektionen; Barn- och elevombudet; Försäkringskassan; Arbetsförmedlingen; Migrationsverket; BRIS; Friends; Röda Korset; Rädda Barnen; Brottsofferjouren; Kronofogden; Region Stockholm; 1177; Pensionärernas riksorganisation; Swedbank; Handelsbanken; Nordea; Postnord; Västtrafik"
)

MONTHS = _s(
    "januari; februari; mars; april; maj; juni; juli; augusti; september; oktober; november; december"
)
WEEKDAYS = {
    "måndag",
    "tisdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lördag",
    "söndag",
    "mån",
    "tis",
    "ons",
    "tor",
    "fre",
    "lör",
    "sön",
}
# Plate letters: the letters Swedish plates use (no I, Q, V, Å, Ä, Ö), and the last letter of a 2019 plate.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
# Letter groups that are acronyms these texts use, or words: no plate draws them.
BAD_PLATES = set(
    _s(
        "LSS; BUN; SFI; SOL; HVB; LVU; SOS; KON; BUP; FSK; ELV; ABF; SMS; APT; NPF; ADL; EKB; TOA; HEM; BOX; TAX; FUL; KUK; MUS; GUD; ARG; APA; OST; SUR; FAN"
    )
)
