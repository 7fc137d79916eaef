"""Places, institutions, streets, organisations and other look-alike material of the twelfth blind corpus,
typed from the writer's own knowledge (tests/blind12_corpus.py). Some streets are invented but plausible."""

from __future__ import annotations

PLACES: tuple[str, ...] = (
    "Fisksätra", "Älta", "Brandkärr", "Saltsjöbaden", "Orminge", "Sickla", "Björknäs", "Tollare", "Järla",
    "Finntorp", "Ektorp", "Hedvigslund", "Stavsborg", "Erstavik", "Sigfridsborg", "Kummelnäs", "Duvnäs",
    "Nacka strand", "Boo", "Saltsjö-Boo", "Igelboda", "Arnö", "Oppeby", "Isaksdal", "Harg", "Högbrunn",
    "Ekensberg", "Herrhagen", "Rosenkälla", "Fågelbo", "Kiladalen", "Svalsta", "Stigtomta", "Jönåker",
    "Nävekvarn", "Tystberga", "Oxelösund", "Trosa", "Rinkeby", "Tensta", "Husby", "Rosengård",
    "Hjällbo", "Gottsunda", "Vivalla", "Hovsjö", "Ronna", "Skäggetorp", "Araby", "Kronogården",
    "Hammarkullen", "Alby", "Fittja", "Hallunda", "Södertälje", "Flen", "Katrineholm", "Gustavsberg",
    "Värmdö", "Tyresö", "Skogås", "Nyköping", "Nacka", "Slussen", "Gullmarsplan",
)  # fmt: skip

INSTITUTIONS: tuple[str, ...] = (
    "Fisksätra skola", "Älta tennishall", "Sigfridsborgsskolan", "Brandkärrsskolan", "Långbergsskolan",
    "Mariebergsgården", "Fisksätra fritidsgård", "Älta centrum", "Fisksätra centrum", "Fisksätra station",
    "Fisksätra bibliotek", "Älta bibliotek", "Nyköpings lasarett", "Vårdcentralen Brandkärr",
    "Fisksätra kyrka", "Fisksätra museum", "Nacka gymnasium", "Ältabergsskolan", "Stavsborgsskolan",
    "Älta IP", "Ältahallen", "Nyköpings resecentrum", "Arnöskolan", "Brandkärrs fritidsgård",
    "Fisksätra IP", "Saltsjöbadens station", "Älta förskola", "Familjens hus", "Nacka Forum",
    "Öppna förskolan", "Ungdomsmottagningen", "Nyköpings gymnasium", "Tessinskolan", "Rosvalla",
    "Fisksätra simhall", "Älta gård", "Nyköpings station", "Sickla köpkvarter", "Stora torget",
    "Hargs fritidsgård", "Träffpunkt Fisksätra", "Medborgarkontoret", "Biblioteket i Älta",
)  # fmt: skip

# Streets of the areas (some invented), used with a number as an address and without one as a look-alike.
STREETS: tuple[str, ...] = (
    "Brandkärrsvägen", "Ältavägen", "Fisksätravägen", "Stensövägen", "Saltsjöbadsvägen", "Oxelvägen",
    "Lovisedalsvägen", "Ringvägen", "Storgatan", "Västra Storgatan", "Östra Storgatan", "Hjortvägen",
    "Rävvägen", "Tallvägen", "Granitvägen", "Källvägen", "Skolvägen", "Idrottsvägen", "Ängsvägen",
    "Kvarnvägen", "Björkvägen", "Sjövägen", "Bryggvägen", "Båtsmansvägen", "Fiskarvägen", "Ankarvägen",
    "Strandvägen", "Hagvägen", "Tunaborgsvägen", "Högbrunnsvägen", "Arnövägen", "Hargsvägen",
    "Nävertorpsvägen", "Vrenavägen", "Kungsgatan", "Bagaregatan", "Fruängsgatan", "Repslagaregatan",
    "Mariedalsvägen", "Lingonvägen", "Blåbärsstigen", "Hasselstigen", "Ekbacken", "Ekorrvägen",
    "Tennisvägen", "Hedvigslundsvägen", "Sigfridsborgsvägen", "Fisksätra allé", "Sjöbjörnsvägen",
)  # fmt: skip

PERSON_STREETS: tuple[str, ...] = (
    "Olof Palmes gata", "Selma Lagerlöfs väg", "Evert Taubes väg", "Dag Hammarskjölds väg",
    "Birger Jarlsgatan", "Gustav Adolfs torg", "Drottning Kristinas väg", "Nils Ferlins torg",
    "Astrid Lindgrens gata", "Hjalmar Brantings gata", "Fredrika Bremers väg", "Carl Larssons väg",
    "Greta Garbos väg", "Cornelis Vreeswijks gata", "Karin Boyes gata", "Vilhelm Mobergs väg",
)  # fmt: skip

ORGANISATIONS: tuple[str, ...] = (
    "Stena Fastigheter", "Wallenstam", "Nyköpingshem", "HSB", "Rikshem", "Securitas", "Avarn Security",
    "Nokas", "Keolis", "Transdev", "SL", "Sörmlandstrafiken", "Nacka kommun", "Nyköpings kommun",
    "Polisen", "Räddningstjänsten", "Södertörns brandförsvarsförbund", "Sörmlandskustens räddningstjänst",
    "Socialtjänsten", "Fältgruppen", "Nattvandrarna", "Föräldrar på stan", "Ica Maxi", "Coop", "Willys",
    "Hemköp", "Lidl", "Pressbyrån", "McDonald's", "Systembolaget", "Apoteket", "Stadsmissionen",
    "Röda korset", "Svenska kyrkan", "Fryshuset", "Hyresgästföreningen", "Trafikverket", "Akelius",
    "Heimstaden", "Balder", "Samhall", "Arbetsförmedlingen", "Försäkringskassan", "Max", "Clas Ohlson",
    "Mio", "Rusta", "Jula", "Ica Nära", "Bris", "Maria Ungdom",
)  # fmt: skip

# Tracts of property designations: "Brandkärr 4:12".
TRACTS: tuple[str, ...] = (
    "Brandkärr", "Fisksätra", "Älta", "Sicklaön", "Erstavik", "Nyköping Väster", "Hedvigslund",
    "Oppeby", "Arnö", "Isaksdal", "Bergsätter", "Lännersta",
)  # fmt: skip

# Swedish plates: no I, Q, V, Å, Ä, Ö; a new plate's last character is a letter but not O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    "APA ARG ASS BAJ BSS CUC CUK DUM ETA ETT FAG FAN FEG FEL FIS FUC FUK FUL GAM GAY GEJ GUD HAL HAN HAT "
    "HOR HOT JUG KKK KUK KUL LAT LEM LOJ LSD LUS MAD MAO MEN MES MUS NAZ NRP NSF NYP OND OOO ORM PAJ PKK "
    "PLO PMS PUB RAP RAS ROM RPS RUS SEG SEX SJU SOS SPY SUG SUP SUR TBC TOA TOK TRE TYP UFO USA WAR XXX "
    "ZOO BUS BIL BOM DAG EKO ELD GAS HUS KAR LOK MAT NAT ORD PLU SOL TAK TUR".split()
)

MAIL_DOMAINS: tuple[str, ...] = (
    "nacka.se", "nykoping.se", "polisen.se", "stenafastigheter.se", "nykopingshem.se", "gmail.com",
    "hotmail.com", "outlook.com", "live.se", "icloud.com", "telia.com", "securitas.se", "wallenstam.se",
    "keolis.se", "hotmail.se", "yahoo.com", "edu.nacka.se", "rikshem.se",
)  # fmt: skip

MOBILE_PREFIXES = ("070", "072", "073", "076", "079")
LANDLINE_CODES = ("08", "0155", "0156", "0150", "016", "0157")

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
BUS_LINES: tuple[str, ...] = (
    "401", "402", "409", "410", "414", "417", "422", "443", "444", "445", "465", "471", "474", "491", "496",
)  # fmt: skip
NYKOPING_LINES: tuple[str, ...] = ("1", "2", "3", "4", "5", "6", "7", "9", "515", "701", "702")
