"""Places, institutions, streets and organisations of the eighth blind corpus (look-alikes that must
survive), and the pieces of addresses, property designations and plates (planted items).

Written from the author's knowledge of Swedish towns and suburbs; nothing was copied from the repository.
"""

from __future__ import annotations

# Real areas and towns, many of them name-like (Kristineberg, Henriksdal, Isaksdal, Karlstad...).
PLACES = (
    "Brandkärr", "Fisksätra", "Älta", "Erstavik", "Saltsjöbaden", "Orminge", "Björknäs", "Sickla", "Järla",
    "Finntorp", "Tollare", "Henriksdal", "Nyköping", "Oxbacken", "Harg", "Herrhagen", "Svalsta",
    "Stigtomta", "Jönåker", "Isaksdal", "Högbrunn", "Långsätter", "Nävekvarn", "Arnö", "Vivalla",
    "Baronbackarna", "Oxhagen", "Varberga", "Brickebacken", "Rinkeby", "Tensta", "Husby", "Akalla",
    "Hallonbergen", "Alby", "Fittja", "Hovsjö", "Ronna", "Geneta", "Gottsunda", "Valsätra", "Rosengård",
    "Seved", "Holma", "Kroksbäck", "Hermodsdal", "Augustenborg", "Sofielund", "Hammarkullen", "Hjällbo",
    "Gårdsten", "Lövgärdet", "Bergsjön", "Biskopsgården", "Navestad", "Hageby", "Skäggetorp",
    "Kronogården", "Araby", "Norrby", "Hässleholmen", "Råslätt", "Öxnehaga", "Jordbro", "Skärholmen",
    "Bredäng", "Vårberg", "Flemingsberg", "Kristineberg", "Fredhäll", "Axelsberg", "Ulriksdal",
    "Karlstad", "Kristinehamn", "Karlskrona", "Olofström", "Gustavsberg", "Eriksberg", "Johannelund",
    "Annedal", "Marieberg", "Adolfsberg", "Hedemora", "Katrineholm", "Eskilstuna", "Flen", "Oxelösund",
    "Trosa", "Vingåker", "Kumla", "Åmål", "Norrköping", "Örebro", "Södertälje", "Botkyrka", "Nacka",
    "Tyresö", "Haninge", "Linköping", "Västerås", "Uppsala", "Malmö", "Göteborg", "Luleå", "Kiruna",
    "Jokkmokk", "Gällivare",
)  # fmt: skip

INSTITUTIONS = (
    "Brandkärrsskolan", "Långbergsskolan", "Mariebergsgården", "Sigfridsborgsskolan", "Fisksätra skola",
    "Fisksätra bibliotek", "Älta bibliotek", "Älta tennishall", "Fisksätra fritidsgård",
    "Nyköpings lasarett", "Nyköpings stadsbibliotek", "Nyköpings gymnasium", "Tessinskolan",
    "Astrid Lindgrens barnsjukhus", "Anna Whitlocks gymnasium", "Viktor Rydbergs gymnasium",
    "Ellen Keyskolan", "Polhemskolan", "Katedralskolan", "Rudbeckianska gymnasiet", "Sankt Görans sjukhus",
    "Danderyds sjukhus", "Karolinska universitetssjukhuset", "Södersjukhuset", "Fryshuset",
    "Vårdcentralen Fisksätra", "Älta vårdcentral", "Brandkärrs fritidsgård", "Ungdomens hus",
    "Medborgarhuset", "Folkets hus", "Träffpunkt Brandkärr", "Familjecentralen", "Öppna förskolan",
    "Fisksätra kyrka", "Sankt Nicolai kyrka", "Alla helgona kyrka", "Fisksätra moské", "Islamiska centret",
    "Nyköpings moské", "Sankt Afrems kyrka", "Stadshuset", "Nacka stadshus", "Polishuset i Nyköping",
    "Nacka gymnasium", "Björknässkolan", "Saltsjöbadens samskola", "Ebba Brahe-skolan", "Oskarsskolan",
    "Carl Malmstensskolan", "Gustav Vasa kyrka", "Linnéskolan", "Kristinaskolan", "Arenan i Brandkärr",
    "Nyköpings simhall", "Fisksätra sporthall", "Älta IP",
)  # fmt: skip

# Streets without a house number.
STREETS = (
    "Brandkärrsvägen", "Stavsborgsgatan", "Fisksätravägen", "Ältavägen", "Lovisedalsvägen", "Solvägen",
    "Källvägen", "Stensövägen", "Fågelstigen", "Skolvägen", "Storgatan", "Västra Storgatan", "Kungsgatan",
    "Drottninggatan", "Östra Längdgatan", "Repslagaregatan", "Brunnsgatan", "Hospitalsgatan",
    "Fruängsgatan", "Bagaregatan", "Mariebergsvägen", "Långbergsvägen", "Ekbacksvägen", "Tallbacksvägen",
    "Björkvägen", "Lärkvägen", "Granitvägen", "Prästgårdsgatan", "Kvarnvägen", "Hamnvägen",
    "Idrottsvägen", "Järnvägsgatan", "Stationsvägen", "Torggatan", "Parkvägen", "Industrivägen",
    "Erstaviksvägen", "Saltsjöbadsleden", "Tyresövägen", "Värmdövägen", "Trafikplats Älta",
    "Hagagatan", "Ringvägen", "Allégatan", "Backgatan", "Nygatan", "Slottsgatan", "Östra Kyrkogatan",
)  # fmt: skip

# Streets named after people (reported for information).
PERSON_STREETS = (
    "Olof Palmes gata", "Birger Jarlsgatan", "Sankt Eriksgatan", "Gustav Adolfs torg",
    "Drottning Kristinas väg",
    "Selma Lagerlöfs väg", "Evert Taubes terrass", "Alfred Nobels allé", "Greta Garbos väg",
    "Karl Johans gata", "Anders Personsgatan", "Vasagatan", "Engelbrektsgatan", "Sankt Annegatan",
    "Linnégatan", "Nils Ericsons plan", "Torsten Alms gata", "Per Albin Hanssons väg", "Fredrik Bajers väg",
    "Sven Rinmans gata", "Ture Sventons väg", "Astrid Lindgrens väg", "Dag Hammarskjölds väg",
)  # fmt: skip

ORGANISATIONS = (
    "Nyköpingshem", "Stena Fastigheter", "Wallenstam", "Rikshem", "HSB", "Riksbyggen", "Securitas", "Avarn",
    "SL", "Sörmlandstrafiken", "Brå", "Nattvandrarna", "Röda Korset", "Svenska kyrkan", "Rädda Barnen",
    "Maskrosbarn", "Södertörns brandförsvarsförbund", "Trafikverket", "Skolverket", "Länsstyrelsen",
    "Coop", "ICA Maxi", "Systembolaget", "Apoteket", "Fältgruppen", "Mentor Sverige", "Friends",
    "Ideell Arena", "IFK Nyköping", "Nyköpings BIS", "Älta IF", "Boo FF", "Fisksätra Cricket Club",
    "Hyresgästföreningen", "Studiefrämjandet", "ABF", "Sensus", "Arriva", "Transdev", "Keolis",
)  # fmt: skip

# Pieces of planted items.
ADDRESS_STREETS = (
    "Brandkärrsvägen", "Stavsborgsgatan", "Fisksätravägen", "Ältavägen", "Lovisedalsvägen", "Fågelstigen",
    "Mariebergsvägen", "Långbergsvägen", "Björkvägen", "Lärkvägen", "Hagagatan", "Storgatan",
    "Erstaviksvägen", "Källvägen", "Skolvägen", "Backgatan", "Ringvägen", "Nygatan", "Kvarnvägen",
    "Tallbacksvägen", "Olof Palmes gata", "Idrottsvägen",
)  # fmt: skip
TRACTS = ("Brandkärr", "Fisksätra", "Älta", "Sicklaön", "Nyköping Oxbacken", "Erstavik", "Orminge",
          "Nyköping Harg", "Vivalla", "Björknäs")  # fmt: skip
BLOCKS = ("Sotaren", "Kvarnen", "Hjorten", "Tranan", "Lärkan", "Smedjan", "Bagaren", "Vågen", "Ankaret",
          "Linden", "Skutan", "Plogen")  # fmt: skip

# Letters Swedish plates use (no I, Q, V, Å, Ä, Ö); a new plate's last sign is never O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = PLATE_LETTERS.replace("O", "")
# Combinations the register never hands out (words), and acronyms that would be read as something else.
BAD_PLATES = {
    "APA", "ARG", "ASS", "BAJ", "BSS", "CUC", "CUK", "DUM", "ETA", "ETT", "FAG", "FAN", "FEG", "FEL", "FEM",
    "FES", "FET", "FNL", "FUC", "FUK", "FUL", "GAM", "GAY", "GEJ", "GEY", "GHB", "GUD", "GYN", "HAT", "HBT",
    "HKH", "HOR", "HOT", "JKL", "JOX", "JUG", "KKK", "KKS", "KOK", "KUK", "LAM", "LAT", "LEM", "LSD", "MAD",
    "MES", "MGB", "MLB", "MUS", "NAZ", "NRP", "NSF", "NYP", "OND", "OOO", "ORM", "PAJ", "PKK", "PLO", "PMS",
    "PUB", "RAP", "RAS", "ROM", "RPS", "RUS", "SEG", "SEX", "SJU", "SOS", "SPY", "SUG", "SUP", "SUR", "TBC",
    "TOA", "TOK", "TRE", "TYP", "UFO", "USA", "WAM", "WAR", "WWW", "XTC", "XTZ", "XXL", "XXX", "ZEX", "ZOO",
    "SMS", "BRA", "KLM", "SKR", "PDF", "CSV", "TID", "LGH", "OBS", "ANG", "MVH", "TEL", "NOR", "DEN",
}  # fmt: skip
