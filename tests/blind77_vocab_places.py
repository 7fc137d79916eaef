"""Places of the seventy-seventh blind corpus (tests/blind77_corpus.py): Jönköping, Värnamo and Nässjö, their
areas, streets, recycling centres and stations, schools, associations, companies and bus lines.

Typed from the writer's own knowledge of the three towns (no list, map or register used); a name may be
approximate, as in any hasty report. A property designation's tract (`tracts`) is never one of the
kommun's `places`, so that both can stand in one item.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    places: tuple[str, ...]
    venues: tuple[str, ...]  # schools, halls, churches, shops: institutions
    centres: tuple[str, ...]  # återvinningscentraler and -stationer, the kommun's waste sites
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    associations: tuple[str, ...]  # landlords, associations, companies, authorities
    lines: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    tracts: tuple[str, ...]


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "icloud.com", "yahoo.se")

REGIONS: dict[str, Region] = {
    "jonkoping": Region(
        kommun="Jönköpings kommun",
        places=(
            "Öxnehaga", "Råslätt", "Österängen", "Huskvarna", "Norrahammar", "Bankeryd", "Tenhult",
            "Taberg", "Gränna", "Ljungarum", "Torpa", "Ekhagen", "Strömsberg", "Bymarken", "Dalvik",
            "Tokarp", "Skänkeberg", "Vättersnäs", "Kortebo", "Barnarp", "Lekeryd", "Hovslätt", "Mariebo",
            "Munksjöstaden", "Kålgården", "Rosenlund", "Jönköping", "Hedenstorp",
        ),
        venues=(
            "Råslätts vårdcentral", "Ekhagsskolan", "Öxnehagaskolan", "Rosenlundsskolan", "A6 Center",
            "Asecs", "Kinnarps Arena", "Sofiakyrkan", "Råslättskyrkan", "Länssjukhuset Ryhov",
            "Jönköpings University", "Huskvarna folkets park", "Tändsticksområdet", "Elmia",
        ),
        centres=(
            "Torsviks ÅVC", "Ljungarums återvinningscentral", "ÅVC Hedenstorp", "Norrahammars ÅVC",
            "Bankeryds återvinningscentral", "Gränna ÅVC", "återvinningsstationen vid Coop Öxnehaga",
            "ÅVS Råslätt centrum", "återvinningsstationen Ekhagens torg", "ÅVS Tokarpsvägen",
            "Kretsloppsparken Torsvik",
        ),
        streets=(
            "Barnarpsgatan", "Östra Storgatan", "Västra Storgatan", "Klostergatan", "Hamngatan",
            "Slottsgatan", "Smedjegatan", "Huskvarnavägen", "Råslättsvägen", "Odengatan", "Stadsparksvägen",
            "Ekhagsringen", "Grossistgatan", "Torsviksvägen", "Tokarpsvägen", "Kaserngatan", "Ådalsgatan",
            "Liljeholmsgatan", "Vättersnäsvägen", "Bankerydsvägen", "Granitvägen", "Dalviksgatan",
        ),
        person_streets=(
            "John Bauers gata", "Viktor Rydbergs gata", "Per Brahegatan", "Drottning Kristinas väg",
            "Dag Hammarskjölds väg", "Carl Bergqvists gata",
        ),
        associations=(
            "Vätterhem", "Jönköping Energi", "Jönköpings Länstrafik", "Tekniska kontoret",
            "Miljö- och hälsoskyddskontoret", "Räddningstjänsten Jönköping", "HSB Göta", "Riksbyggen",
            "Stena Recycling", "Håll Sverige Rent", "IK Tord", "HV71", "Svenska kyrkan Sofia",
            "FTI", "Avfall Sverige",
        ),
        lines=("linje 1", "linje 2", "linje 3", "busslinje 11", "linje 16", "linje 27", "stadsbuss 13"),
        area_codes=("036",),
        domains=(*_MAIL, "jonkoping.se", "vatterhem.se"),
        tracts=(
            "Attarp", "Stensholm", "Flahult", "Ryhov", "Dunkehalla", "Sanna", "Hisingstorp", "Kättilstorp",
            "Jönköping Spånhult", "Huskvarna Hakarp", "Jönköping Torsvik",
        ),
    ),
    "varnamo": Region(
        kommun="Värnamo kommun",
        places=(
            "Värnamo", "Bredaryd", "Forsheda", "Rydaholm", "Horda", "Bor", "Gällaryd", "Kärda",
            "Lanna", "Hånger", "Hörle", "Nydala", "Tånnö", "Bredasten", "Mossarp", "Gröndal", "Pilagården",
            "Margretelund", "Hagafältet", "Apladalen",
        ),
        venues=(
            "Finnvedens gymnasium", "Gröndalsskolan", "Apladalsskolan", "Värnamo sjukhus", "Vandalorum",
            "Willys Värnamo", "Värnamo kyrka", "Prostsjöns idrottsområde", "Finnvedsvallen", "Rådhuset",
            "Tegnérskolan",
        ),
        centres=(
            "Mossarps avfallsanläggning", "ÅVC Mossarp", "Bredaryds ÅVC", "Forsheda återvinningscentral",
            "Rydaholms ÅVC", "ÅVS vid ICA Nydala", "återvinningsstationen på Gröndal", "ÅVS Bor",
        ),
        streets=(
            "Storgatan", "Jönköpingsvägen", "Nydalavägen", "Vråkvägen", "Lagastigen", "Margretelundsvägen",
            "Bultenvägen", "Mossarpsvägen", "Silkesvägen", "Västra Vägen", "Östra Järnvägsgatan",
            "Gröndalsvägen", "Hagagatan", "Flintvägen", "Kalkvägen",
        ),
        person_streets=("Tegnérgatan", "Ingvar Kamprads väg", "Hans Hedlunds väg", "Karl Johans gata"),
        associations=(
            "Finnvedsbostäder", "Värnamo Energi", "Miljö- och byggförvaltningen", "IFK Värnamo",
            "Räddningstjänsten Värnamo", "Länstrafiken Jönköping", "Ragn-Sells", "Värnamo Näringsliv",
            "Hyresgästföreningen Värnamo",
        ),
        lines=("linje 1", "linje 2", "busslinje 220", "linje 225", "Värnamo stadstrafik linje 3"),
        area_codes=("0370",),
        domains=(*_MAIL, "varnamo.se", "finnvedsbostader.se"),
        tracts=("Kvarnåsen", "Åminne", "Vråen", "Sörsjö", "Värnamo Nyhem", "Bredaryd Prästgården", "Fryele"),
    ),
    "nassjo": Region(
        kommun="Nässjö kommun",
        places=(
            "Nässjö", "Forserum", "Bodafors", "Anneberg", "Malmbäck", "Fredriksdal", "Ormaryd", "Solberga",
            "Runneryd", "Brotorp", "Furuhäll", "Ekesjö", "Centrumvallen", "Stensjön", "Anneforsområdet",
        ),
        venues=(
            "Brinellgymnasiet", "Fagerslättskolan", "Runnerydsskolan", "Höglandssjukhuset", "Nässjö station",
            "Nässjö bibliotek", "Hotell Högland", "Nässjö kyrka", "Folkets Hus Nässjö", "Sävsjöbadet",
        ),
        centres=(
            "Nässjö ÅVC", "Björnebo återvinningscentral", "Forserums ÅVC", "Bodafors ÅVC",
            "återvinningsstationen vid Coop Runneryd", "ÅVS Brotorp", "Annebergs återvinningsstation",
        ),
        streets=(
            "Rådhusgatan", "Brogatan", "Östra Järnvägsgatan", "Fabriksgatan", "Malmbäcksvägen",
            "Anneforsvägen", "Runnevalsvägen", "Skogsgatan", "Mariagatan", "Kvarngatan", "Hantverksgatan",
            "Sävsjövägen", "Västra Torggatan", "Granbacken",
        ),
        person_streets=("Linnégatan", "Sven Ekmans väg", "Oscar Bergs gata", "Drottning Victorias väg"),
        associations=(
            "Nässjö Affärsverk", "Nässjöhem", "Höglandets räddningstjänst",
            "Miljö- och byggnadsförvaltningen", "Nässjö FF", "Höglandsförbundet",
            "Hyresgästföreningen Nässjö", "Samhall", "Returpack",
        ),
        lines=("linje 1", "stadsbuss 2", "linje 3", "busslinje 310", "linje 325"),
        area_codes=("0380",),
        domains=(*_MAIL, "nassjo.se", "nassjoaffarsverk.se"),
        tracts=(
            "Ängsgärdet", "Grimstorp", "Flisby", "Hallby", "Nässjö Tallen", "Forserum Kronoberg", "Sörby",
        ),
    ),
}  # fmt: skip

WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "mån", "tis", "ons", "tors", "fre", "lör", "sön", "måndagen", "tisdagen", "onsdagen", "torsdagen",
    "fredagen", "lördagen", "söndagen", "öppet", "öppettider", "ca", "cirka", "nr", "kl.", "vikt",
)  # fmt: skip
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
# Fractions and signs at a recycling centre: written capitalised in lists and on signs; words, not names.
FRACTIONS = (
    "Wellpapp", "Grovavfall", "Metallskrot", "Trädgårdsavfall", "Brännbart", "Elavfall", "Gips", "Trä",
    "Impregnerat", "Deponi", "Däck", "Glas", "Porslin", "Textil", "Frigolit", "Mjukplast", "Hårdplast",
    "Batterier", "Lysrör", "Kabel", "Koppar", "Kyl", "Vitvaror", "Ris", "Sten", "Tegel", "Betong",
    "Asfalt", "Jord", "Farligt", "Småel", "Tidningar",
)  # fmt: skip
# Plates: letters as on Swedish plates (no I, Q, V, Å, Ä, Ö), three-letter words left out.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {"APA", "ARG", "ASS", "BAJ", "BOG", "BRA", "DUM", "FAN", "FEL", "FUL", "GAY", "HOR", "KKK", "KUK",
     "LAT", "MAO", "MUS", "NRP", "PUB", "PYS", "ROM", "SEX", "SUG", "SUR", "TOA", "UFO", "ZOO", "SOS",
     "ELD", "KUL", "SKO", "POP", "HEJ", "NEJ", "DAG", "STEN", "BOR", "LAN", "ABC", "MOR", "FAR", "BUS"}
)  # fmt: skip
