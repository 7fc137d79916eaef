"""Places, institutions, streets, organisations and number formats of the ninth blind corpus.

Typed from the writer's own knowledge (docs/redaction_blind9.md). Everything here is a look-alike (kept
intact by a good redaction) except the street names, which also make addresses when a number follows,
the property tracts and the plate letters.
"""

from __future__ import annotations


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())


PLACES = _lines("""
Brandkärr
Fisksätra
Älta
Nyköping
Nacka
Saltsjöbaden
Erstavik
Oxelösund
Trosa
Katrineholm
Flen
Gnesta
Södertälje
Hallunda
Fittja
Alby
Rinkeby
Tensta
Husby
Skärholmen
Hässelby
Bagarmossen
Orminge
Björknäs
Gustavsberg
Tyresö
Handen
Rosengård
Hjällbo
Angered
Gottsunda
Vivalla
Araby
Navestad
Skäggetorp
Hageby
Kronogården
Ronna
Hovsjö
Geneta
Fröslunda
Oxhagen
Holma
Kroksbäck
Bergsjön
Gårdsten
Hammarkullen
Tynnered
Nydala
Herrgården
Ribby
Arnö
Stenkulla
Malmköping
Vingåker
Eskilstuna
Strängnäs
Lund
Falun
Mora
Boden
Nora
Sala
Ystad
Eslöv
Motala
Tranås
Borås
Kiruna
Örebro
Norrköping
Linköping
Västerås
Uppsala
Göteborg
Malmö
Umeå
Luleå
Sundsvall
Gävle
Jönköping
Växjö
Kalmar
Karlstad
Halmstad
Visby
Skövde
Mölndal
Kungsbacka
Alingsås
Lerum
Arvika
Åmål
Kumla
Hallsberg
Tidaholm
""")

INSTITUTIONS = _lines("""
Brandkärrsskolan
Långbergsskolan
Mariebergsgården
Sigfridsborgsskolan
Älta tennishall
Fisksätra bibliotek
Fisksätra fritidsgård
Älta bibliotek
Nyköpings lasarett
Nacka gymnasium
Nyköpings gymnasium
Stadsbiblioteket
Familjecentralen
Ungdomsmottagningen
vårdcentralen
Arbetsförmedlingen
Försäkringskassan
Skatteverket
Migrationsverket
Södersjukhuset
Karolinska
Danderyds sjukhus
Kulturhuset
simhallen
Träffpunkten
Öppna förskolan
Fisksätra kyrka
Alla helgona kyrka
Nyköpings moské
Sankt Nicolai kyrka
Rosvalla
Nyköpings resecentrum
Nacka Forum
Stadshuset
polishuset
Tingsrätten
Anna Whitlocks gymnasium
Carl Malmstens skola
Ebba Braheskolan
Tornhagsskolan
Kvarnbackaskolan
Ängsbackens förskola
Kyrkbacksgården
Saltsjöbadens gymnasium
""")

# Streets without a number (look-alikes) and the streets that, with a number, make addresses.
STREETS = _lines("""
Brandkärrsvägen
Fisksätravägen
Ältavägen
Saltsjöbadsvägen
Drottninggatan
Storgatan
Kungsgatan
Västra Storgatan
Östra Storgatan
Repslagargatan
Hantverkargatan
Skolgången
Idrottsvägen
Björkvägen
Järnvägsgatan
Stationsvägen
Tallbacksvägen
Långbergsvägen
Marieberg
Fruängsgatan
Bagaregatan
Västra Kvarngatan
Östra Längdgatan
Ringvägen
Industrigatan
Skogsvägen
Ekvägen
Lönnvägen
Granbacken
Lärkvägen
Trastvägen
Vallmovägen
Klockarvägen
Kyrkogatan
Smedjegatan
Fabriksgatan
Bruksgatan
Parkvägen
Strandvägen
Hamngatan
Nyängsvägen
Ormingeringen
Sickla allé
Värmdövägen
Tippvägen
Solängsvägen
Gamla Tyresövägen
""")

PERSON_STREETS = _lines("""
Olof Palmes gata
Dag Hammarskjölds väg
Selma Lagerlöfs väg
Evert Taubes terrass
Raoul Wallenbergs torg
Greta Garbos väg
Astrid Lindgrens väg
Carl Larssons väg
Nils Ferlins väg
Vilhelm Mobergs gata
Karin Boyes gata
Harry Martinsons väg
Ellen Keys gata
Jenny Linds gata
Gustav Adolfs torg
Birger Jarlsgatan
Sankt Eriksgatan
Drottning Kristinas väg
Anders Zorns gata
Hugo Alfvéns väg
Alice Babs gata
Cornelis Vreeswijks väg
""")

ORGANISATIONS = _lines("""
Nyköpingshem
Stena Fastigheter
Wallenstam
HSB
Rikshem
Akelius
Heimstaden
Familjebostäder
Svenska Bostäder
Willhem
Victoriahem
Sörmlandstrafiken
SL
Securitas
Avarn
Nokas
Röda Korset
Rädda Barnen
Fryshuset
Nattvandrarna
Hyresgästföreningen
Svenska kyrkan
ICA Kvantum
Coop
Hemköp
Willys
Lidl
Pressbyrån
Systembolaget
Apoteket
Clas Ohlson
Åhléns
Biltema
Jula
Max
IFK Nyköping
Nacka Wermdö IF
Hammarby
Samhall
Coor
Bravida
Anticimex
Stadsmissionen
Länsstyrelsen
Brå
""")

# Times, dates, amounts, weeks and bus lines as people write them.
TIMES = _lines("""
22.30
21:15
23.05
01:40
19.45
02.10
18:00
7.45
16.20
22:50
00.30
03:15
20.00
17:30
14.10
23:59
04.45
12.15
2215
0140
halv elva
kvart över tio
""")

DATES = _lines("""
12/3
4/11
2025-03-14
14.3.2025
14 mars
3 juni
fredag 7/2
28/12
2024-11-29
1 maj
6.6
13 okt
22 januari
30/4
2025-01-06
17 maj
31 december
5/9
2024-08-23
tisdag 18/2
21.11
9 februari
19 augusti
2025-06-20
söndag 2/3
""")

AMOUNTS = _lines("""
4 500 kr
12 000 kronor
850:-
30 000 kr
1 500 SEK
2 300,50 kr
45 tkr
7 800 kr
3500 kr
1,2 miljoner kronor
600 kr
200 spänn
18 450 kr
9 900:-
250 000 kronor
75 kr
""")

WEEKS = _lines("""
v.23
vecka 14
v 42
v. 7
V48
vecka 2
v.36
vecka 51
v 9
v.17
week 12
vecka 33
""")

BUS_LINES = _lines("""
buss 474
linje 701
busslinje 401
nattbuss 491
474:an
703:an
buss 25
linje 515
buss 442
linje 6
buss 2
nattbuss 96
tvärbana 30
linje 414
buss 471
""")

# Addresses: a street above with a number, in these forms ("{s}" street, "{n}" number).
ADDRESS_FORMS = ("{s} {n}", "{s} {n}", "{s} {n}A", "{s} {n} B", "{s} {n}, 2 tr", "{s} nr {n}")

# Property designations: tract and block:unit, sometimes with the kommun before.
PROPERTY_TRACTS = ("Brandkärr", "Fisksätra", "Älta", "Sicklaön", "Ribby", "Nyköping Brandkärr",
                   "Nacka Fisksätra", "Nacka Älta", "Erstavik", "Arnö", "Oxelösund Frösäng")  # fmt: skip

# Swedish plates leave out I, Q, V, Å, Ä and Ö; a new-format plate's last sign is a digit or a letter
# other than O. A few letter groups are never issued.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset({"ASS", "FAN", "FUL", "SEX", "KUK", "APA", "GAY", "HOR", "LSD", "NAZ", "SOS",
                        "SMS", "MVH", "OBS", "TFN", "LGH", "BUS", "EST", "KLK", "TMS", "NOT"})  # fmt: skip

MOBILE_PREFIXES = ("070", "072", "073", "076", "079")
# (area code, digits after it)
AREA_CODES = (("08", 7), ("08", 6), ("0155", 6), ("0155", 5), ("031", 7), ("040", 6), ("018", 6),
              ("019", 6), ("011", 6), ("013", 6), ("021", 6), ("0150", 5), ("016", 6))  # fmt: skip
MAIL_DOMAINS = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "live.se", "icloud.com",
                "yahoo.se", "telia.com", "bredband.net", "protonmail.com", "nacka.se", "nykoping.se",
                "polisen.se", "nykopingshem.se", "stena.se", "kyrkan.se")  # fmt: skip
