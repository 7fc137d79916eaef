"""Places of the forty-second blind corpus (tests/blind42_corpus.py): Kalmar, Karlskrona and Gotland (Visby),
typed from the writer's own knowledge of the three kommuner: areas, streets, person-named streets, venues
(äldreboenden, vårdcentraler, schools, shops), associations, landlords, banks, bus lines, property tracts,
area codes and mail domains. No list, package or search was used.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    places: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    venues: tuple[str, ...]
    associations: tuple[str, ...]
    lines: tuple[str, ...]
    tracts: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]


def _split(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(";") if x.strip())


_COMMON_DOMAINS = (
    "gmail.com",
    "hotmail.com",
    "telia.com",
    "outlook.com",
    "live.se",
    "icloud.com",
    "yahoo.se",
)

REGIONS = {
    "kalmar": Region(
        kommun="Kalmar kommun",
        places=_split(
            "Berga; Funkabo; Norrliden; Oxhagen; Getingen; Kvarnholmen; Malmen; Lindsdal; Smedby; "
            "Ljungbyholm; Rinkabyholm; Djurängen; Tallhagen; Stensö; Västra Sjöstaden; Hagby; Trekanten; "
            "Läckeby; Norra Möckleby; Krafslösa; Äspenäs; Två Systrar; Varvsholmen; Ängö"
        ),
        streets=_split(
            "Storgatan; Larmgatan; Södra Långgatan; Norra Långgatan; Skeppsbrogatan; Esplanaden; "
            "Ängöleden; Norra vägen; Stensövägen; Lorensbergsgatan; Tullslätten; Fiskaregatan; "
            "Malmbrogatan; Västra vägen; Djurängsvägen; Bragegatan; Tjärhovsgatan; Oxhagsgatan; "
            "Funkabovägen; Bergavägen; Lindsdalsvägen; Smedbyvägen; Rinkabyvägen; Lagmansgatan; "
            "Trädgårdsgatan; Barlastgatan; Slottsvägen; Gröndalsvägen"
        ),
        person_streets=_split(
            "Kaggensgatan; Stagneliusgatan; Linnégatan; Jenny Nyströms gata; Nils Holgerssons väg; "
            "Per Lagerkvists väg; Elsa Beskows väg; Johan Gadolins gata; Gustav Vasas väg; Carl Milles väg"
        ),
        venues=_split(
            "Länssjukhuset i Kalmar; Kalmar slott; Kalmar domkyrka; Linnéuniversitetet; Kalmarsalen; "
            "Guldfågeln Arena; köpcentret Baronen; Giraffens köpcentrum; Kalmar centralstation; "
            "Stortorget; Kalmar läns museum; Stadsbiblioteket; Oxhagsgården; Lindsdalsgården; "
            "Smedbygården; Tallhagsgårdens äldreboende; Norrlidens träffpunkt; Bergagårdens korttidsboende; "
            "vårdcentralen Kvarnholmen; vårdcentralen Lindsdal; Jenny Nyströmsskolan; Lars Kaggskolan; "
            "Stagneliusskolan; ICA Maxi Hansa; Coop Oxhagen; apoteket på Giraffen; Kalmar Dämmet"
        ),
        associations=_split(
            "Kalmarhem; Hyresgästföreningen Kalmar; PRO Kalmar; SPF Seniorerna Kalmar; Kalmar FF; "
            "Stadsmissionen i Kalmar; Brottsofferjouren Kalmar län; Region Kalmar län; KLT; "
            "Riksbyggen; HSB Kalmar; Kalmar Vatten; Röda Korset Kalmar; Ölands Bank"
        ),
        lines=_split(
            "stadsbuss 1; stadsbuss 2; stadsbuss 3; linje 4; linje 5; linje 6; linje 20; "
            "regionbuss 101; regionbuss 120; Öresundståget"
        ),
        tracts=_split(
            "Kalmar Pantern; Kalmar Kronan; Kalmar Tallen; Kalmar Ekorren; Kalmar Vattenkvarnen; "
            "Kalmar Lärkan; Kalmar Skepparen; Kalmar Kungsljuset; Kalmar Rödhaken"
        ),
        area_codes=("0480",),
        domains=(*_COMMON_DOMAINS, "kalmar.se", "kalmarhem.se", "regionkalmar.se"),
    ),
    "karlskrona": Region(
        kommun="Karlskrona kommun",
        places=_split(
            "Trossö; Pantarholmen; Marieberg; Hästö; Kungsmarken; Lyckeby; Nättraby; Rödeby; Jämjö; "
            "Gräsvik; Vämö; Långö; Björkholmen; Saltö; Sturkö; Hasslö; Mölletorp; Galgamarken; Annebo; "
            "Bastasjö; Spandelstorp; Vedeby; Ekliden; Hästö gärde"
        ),
        streets=_split(
            "Ronnebygatan; Borgmästaregatan; Hantverkaregatan; Drottninggatan; Amiralitetsgatan; "
            "Norra Kungsgatan; Landbrogatan; Vämövägen; Kungsmarksvägen; Hästövägen; Långö allé; "
            "Skeppsbrokajen; Östra Prinsgatan; Västra Prinsgatan; Blekingegatan; Infanterigatan; "
            "Lyckebyvägen; Valhallavägen; Gyllenstiernas väg; Kungsplan; Alamedan; Vedebyvägen; "
            "Ruthensparres väg; Polhemsgatan; Galgamarksvägen"
        ),
        person_streets=_split(
            "Fredrik Henrik af Chapmans väg; Erik Dahlbergsgatan; Karl XI:s väg; Wachtmeistergatan; "
            "Hans Wachtmeisters väg; Carl Linnés väg; Ebbe Tuneslunds väg; Ulrika Eleonoras gata; "
            "Augusta Lundins gata"
        ),
        venues=_split(
            "Blekingesjukhuset; Fredrikskyrkan; Amiralitetskyrkan; Marinmuseum; "
            "Blekinge tekniska högskola; Kungsmarkshallen; köpcentret Amiralen; Wachtmeisterskolan; "
            "Karlskrona centralstation; Stortorget i Karlskrona; Vämöparken; Lyckebygården; "
            "Kungsmarksgården; Hästö äldreboende; Nättrabygården; Rödebygården; vårdcentralen Trossö; "
            "vårdcentralen Lyckeby; Coop Forum Karlskrona; ICA Kvantum Wachtmeister; Stadsbiblioteket; "
            "Konserthuset; Rosenholm"
        ),
        associations=_split(
            "Karlskronahem; Hyresgästföreningen Blekinge; PRO Karlskrona; SPF Seniorerna Karlskrona; "
            "Karlskrona HK; Region Blekinge; Blekingetrafiken; Räddningstjänsten Östra Blekinge; "
            "Riksbyggen; HSB Sydost; Brottsofferjouren Blekinge; Stadsmissionen Karlskrona; Marinbasen"
        ),
        lines=_split(
            "linje 1; linje 2; linje 3; linje 4; linje 5; linje 6; linje 9; regionbuss 120; "
            "Kustpilen; Krösatåget"
        ),
        tracts=_split(
            "Karlskrona Ankaret; Karlskrona Fregatten; Karlskrona Skeppet; Karlskrona Kompassen; "
            "Karlskrona Barken; Karlskrona Kajutan; Karlskrona Roret; Karlskrona Styrmannen"
        ),
        area_codes=("0455",),
        domains=(*_COMMON_DOMAINS, "karlskrona.se", "karlskronahem.se", "regionblekinge.se"),
    ),
    "gotland": Region(
        kommun="Region Gotland",
        places=_split(
            "Innerstaden; Gråbo; Terra Nova; Östercentrum; Visborgsstaden; Södervärn; Korpen; Furulund; "
            "Snäckgärdet; Slite; Hemse; Klintehamn; Roma; Tingstäde; Lärbro; Fårösund; Stenkumla; "
            "Vibble; Brissund; Västerhejde; Ljugarn; Burgsvik; Norrbacka; Visby norr"
        ),
        streets=_split(
            "Adelsgatan; Strandgatan; Hästgatan; Södra Murgatan; Norra Murgatan; Skolgatan; "
            "Östra Tullgatan; Bremergatan; Gråbovägen; Visborgsgatan; Endrevägen; Artillerigatan; "
            "Styrmansgatan; Tranhusgatan; Jungmansgatan; Stenkumlaväg; Lummelundsväg; Signalgatan; "
            "Terra Novavägen; Kopparsvik; Solbergagatan; Tallskogsvägen; Klinteväg; Slitevägen"
        ),
        person_streets=_split(
            "Kung Magnus väg; Valdemars väg; Emil Anderssons väg; Mästare Olofs väg; "
            "Nils Gustafssons väg; Säve Tores gata; Jacob Niclas Ahlbergs gata; Peder Hjorts gata"
        ),
        venues=_split(
            "Visby lasarett; Almedalen; Wisby Strand; Gotlands museum; Fornsalen; Visby domkyrka; "
            "Campus Gotland; Visby hamn; färjeterminalen; Östercentrum köpcentrum; ICA Maxi Visby; "
            "Kupolen i Slite; Gråbogården; Terra Nova äldreboende; Korpens korttidsboende; "
            "Solbergagården; Hemse vårdcentral; vårdcentralen Visby norr; Säveskolan; "
            "Södervärnskolan; Gutavallen; Visby flygplats; Stora torget"
        ),
        associations=_split(
            "GotlandsHem; Hyresgästföreningen Gotland; PRO Gotland; SPF Seniorerna Gotland; "
            "Destination Gotland; Gotlands kollektivtrafik; Räddningstjänsten Gotland; "
            "Brottsofferjouren Gotland; Röda Korset Visby; Riksbyggen; HSB Gotland; Visby IF"
        ),
        lines=_split(
            "linje 1; linje 2; linje 3; linje 4; linje 10; linje 11; linje 20; linje 31; "
            "stadsbussen; närtrafiken"
        ),
        tracts=_split(
            "Visby Munken; Visby Apoteket; Visby Korsbetningen; Visby Lärkan; Visby Gråbo; "
            "Slite Hamnen; Hemse Botvide; Klintehamn Fiskaren; Visby Tranan"
        ),
        area_codes=("0498",),
        domains=(*_COMMON_DOMAINS, "gotland.se", "gotlandshem.se"),
    ),
}

# Banks and authorities a fraudster claims to call from (organisations, reported for information).
BANKS = (
    "Swedbank", "Handelsbanken", "Nordea", "SEB", "Länsförsäkringar", "Danske Bank", "ICA Banken",
    "Skatteverket", "Kronofogden", "PostNord", "Telia", "Klarna",
)  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "mån", "tis", "ons", "tors", "tor", "fre", "lör", "sön",
    "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen",
)  # fmt: skip

# Swedish plates skip I, Q, V, Å, Ä and Ö; a new plate's last character is no O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    "APA ARG BAJ BSC DUM FAN FEL FET FUL GAY HOR KKK KUK LAT MAO MUS NRP PKK PMS PUB "
    "SEX SUP TOA USA WTF XXX ZZZ".split()
)
