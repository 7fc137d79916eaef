"""Places of the seventy-eighth blind corpus: Stockholm, Solna and Sundbyberg as a night receptionist, a
cleaner, a väktare, a neighbour of a rented flat or a kommunpolis writes them. Typed from the helper's own
knowledge of the three kommuner; some hotels, rooms and companies are made up in the way such names look.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str  # the kommun as an organisation ("Solna stad")
    places: tuple[str, ...]  # areas, squares, stations
    venues: tuple[str, ...]  # hotels, hostels and flat hotels (institution)
    sites: tuple[str, ...]  # arenas, hospitals, libraries, schools, churches (institution)
    rooms: tuple[str, ...]  # conference rooms and lounges of the hotels (institution)
    streets: tuple[str, ...]  # streets for addresses and street look-alikes
    person_streets: tuple[str, ...]  # streets named after a person
    associations: tuple[str, ...]  # companies, landlords, platforms, authorities (organisation)
    lines: tuple[str, ...]  # buses, metro lines, trams, trains
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    tracts: tuple[str, ...]  # the block or tract of a property designation


_COMMON_DOMAINS = (
    "gmail.com", "hotmail.com", "outlook.com", "live.se", "icloud.com", "yahoo.com", "telia.com",
    "gmx.de", "web.de", "hotmail.co.uk", "yahoo.fr", "libero.it", "wp.pl", "bredband.net",
)  # fmt: skip

_COMMON_ORGS = (
    "Airbnb", "Booking.com", "Hotels.com", "Securitas", "Avarn", "Taxi Stockholm", "Bolt", "Uber",
    "Storstockholms brandförsvar", "Hyresgästföreningen", "ISS", "Samhall", "Visit Stockholm",
    "Stockholms läns sjukvårdsområde", "Trafikverket", "Skatteverket", "Migrationsverket",
)  # fmt: skip

REGIONS: dict[str, Region] = {
    "stockholm": Region(
        kommun="Stockholms stad",
        places=(
            "Södermalm", "Östermalm", "Vasastan", "Kungsholmen", "Gamla stan", "Norrmalm", "Hornstull",
            "Slussen", "Medborgarplatsen", "Hammarby sjöstad", "Liljeholmen", "Fridhemsplan", "Odenplan",
            "Hötorget", "T-Centralen", "Djurgården", "Skeppsholmen", "Rinkeby", "Tensta", "Kista", "Farsta",
            "Skärholmen", "Årsta", "Gärdet", "Hjorthagen", "Midsommarkransen", "Aspudden", "Telefonplan",
            "Alvik", "Stureplan", "Norra Bantorget", "Cityterminalen", "Mariatorget", "Skanstull",
            "Sergels torg", "Riddarholmen", "Långholmen", "Tanto", "Vällingby", "Hagsätra",
        ),
        venues=(
            "Scandic Continental", "Hotel Rival", "Berns Hotel", "Grand Hôtel", "Hotel Diplomat",
            "Clarion Hotel Sign", "Radisson Blu Waterfront", "Nobis Hotel", "Hotel Skeppsholmen",
            "Hotell Tegnérlunden", "Hotel Birger Jarl", "Hotel Kung Carl", "Lydmar Hotel", "Hotel Hellsten",
            "Story Hotel Riddargatan", "Generator Stockholm", "City Backpackers", "Vandrarhem af Chapman",
            "Långholmen Hotell", "Hotel Frantz", "Miss Clara by Nobis", "Hotel Anno 1647", "Freys Hotel",
            "Hotel Ett Hem", "Bank Hotel", "Haymarket by Scandic", "Downtown Camper by Scandic",
            "Scandic Malmen", "Hotel Hasselbacken", "Hotell Reisen", "Rex Hotel", "Hotel Oden",
            "Scandic Anglais", "Hotel Wellington", "Hotel Esplanade", "Hotel August Strindberg",
            "Zinkensdamm vandrarhem", "Skanstulls vandrarhem", "Hostel Bed & Breakfast Rehnsgatan",
        ),
        sites=(
            "Södersjukhuset", "S:t Görans sjukhus", "Stockholms stadsbibliotek", "Kulturhuset", "Globen",
            "Tele2 Arena", "Fotografiska", "Södra teatern", "Citykyrkan", "Norra Latin",
            "Stockholms centralstation", "Medborgarhuset",
        ),
        rooms=(
            "Salong Riddarfjärden", "Mälarsalen", "Spegelsalen", "Rum Kastellholmen", "Strindbergsrummet",
            "Stora salen", "Lilla salen", "Vinterträdgården", "Biblioteket", "Salong Linné",
            "Rum Skeppsholmen", "Tornrummet", "Loungen plan 7", "Sal Saltsjön", "Salong Garbo",
        ),
        streets=(
            "Drottninggatan", "Sveavägen", "Hantverkargatan", "Götgatan", "Ringvägen", "Folkungagatan",
            "Hornsgatan", "Odengatan", "Karlavägen", "Kungsgatan", "Regeringsgatan", "Vasagatan",
            "Dalagatan", "Upplandsgatan", "Tulegatan", "Roslagsgatan", "Nybrogatan", "Valhallavägen",
            "Karlbergsvägen", "Norrtullsgatan", "Rörstrandsgatan", "Hälsingegatan", "Västmannagatan",
            "Åsögatan", "Skånegatan", "Östgötagatan", "Tjärhovsgatan", "Bondegatan", "Katarinavägen",
            "Lundagatan", "Heleneborgsgatan", "Rinkebysvängen", "Hagsätravägen", "Kistagången",
            "Riddargatan", "Strandvägen", "Skeppargatan", "Luntmakargatan", "Surbrunnsgatan",
        ),
        person_streets=(
            "Birger Jarlsgatan", "Tegnérgatan", "Fleminggatan", "Scheelegatan", "Polhemsgatan",
            "Döbelnsgatan", "Magnus Ladulåsgatan", "Bellmansgatan", "Swedenborgsgatan",
            "Wollmar Yxkullsgatan", "Engelbrektsgatan", "Sankt Eriksgatan", "Grev Turegatan",
            "Sibyllegatan", "Katarina Bangata", "Renstiernas gata", "Linnégatan", "Torsgatan",
            "Rosenlundsgatan", "Olof Palmes gata", "Jakob Westinsgatan", "Kronobergsgatan",
        ),
        associations=_COMMON_ORGS
        + (
            "Stockholmshem", "Familjebostäder", "Svenska Bostäder", "Miljöförvaltningen",
            "Socialtjänsten på Södermalm", "Scandic Hotels", "Nobis Group", "Strawberry", "Stadsmissionen",
            "HSB Stockholm", "Brf Tornet", "Brf Nyckelpigan", "Polisen City",
        ),
        lines=(
            "blåbuss 4", "buss 2", "buss 3", "buss 53", "buss 69", "gröna linjen", "röda linjen",
            "blå linjen", "tvärbanan", "pendeltåget", "Arlanda Express", "Roslagsbanan", "nattbussen",
            "buss 1", "buss 55",
        ),
        area_codes=("08",),
        domains=_COMMON_DOMAINS + ("stockholm.se", "edu.stockholm.se"),
        tracts=(
            "Stockholm Blåmannen", "Stockholm Järnet", "Stockholm Hägern Större", "Stockholm Mullvaden",
            "Stockholm Spiran", "Stockholm Pelikanen", "Stockholm Sparven", "Stockholm Rinkeby",
            "Stockholm Sjöstaden", "Stockholm Gjutaren", "Stockholm Björnen Mindre", "Stockholm Tranan",
        ),
    ),
    "solna": Region(
        kommun="Solna stad",
        places=(
            "Arenastaden", "Råsunda", "Hagalund", "Frösunda", "Bergshamra", "Huvudsta", "Ulriksdal",
            "Solna centrum", "Järvastaden", "Hagaparken", "Skytteholm", "Västra skogen", "Solna strand",
            "Solna station", "Vreten", "Frösundavik", "Karolinska", "Haga norra", "Ritorp", "Nybodahöjden",
        ),
        venues=(
            "Quality Hotel Friends", "Scandic Järva Krog", "Solna Strand Hotell", "Hotel Hagalund",
            "Clarion Arenastaden", "Best Western Solna Centrum", "Vandrarhem Bergshamra", "Haga Slott",
            "Ulriksdals Värdshus", "Hotell Hannebergs", "Apartmenthotell Frösunda",
            "Vandrarhemmet Huvudsta",
        ),
        sites=(
            "Strawberry Arena", "Mall of Scandinavia", "Karolinska sjukhuset", "Solna gymnasium",
            "Solnahallen", "Råsunda Fotbollsstadion", "Solna stadsbibliotek", "Hagaparkens koppartält",
        ),
        rooms=(
            "Salong Haga", "Sal Brunnsviken", "Råsundarummet", "Lounge 16", "Konferensrum Ulriksdal",
            "Salong Ekensberg", "Matchsalen", "Rum Bergshamra", "Sal Tomteboda", "Salong Gustav III",
        ),
        streets=(
            "Råsundavägen", "Solnavägen", "Frösundaleden", "Hagalundsgatan", "Sundbybergsvägen",
            "Armégatan", "Prostvägen", "Kolonnvägen", "Industrivägen", "Dalvägen", "Skytteholmsvägen",
            "Rättarvägen", "Vallgatan", "Evenemangsgatan", "Pyramidvägen", "Ulriksdalsvägen",
            "Tomtebodavägen", "Huvudstagatan", "Bergshamra allé", "Frösundaviks allé", "Vretenvägen",
            "Storgatan",
        ),
        person_streets=(
            "Gustav III:s boulevard", "Eugeniavägen", "Berzelius väg", "Nobels väg", "Anders Reimers väg",
            "Karolinska vägen", "Hannebergsgatan", "Alfred Nobels allé", "Sofielundsvägen",
        ),
        associations=_COMMON_ORGS
        + (
            "Signalisten", "Fabege", "Solna stads miljö- och byggnadsförvaltning", "Polisen Solna",
            "AIK", "Brf Arenastaden 3", "Brf Råsundaporten", "Rikshem", "Akelius",
        ),
        lines=(
            "buss 113", "buss 515", "buss 506", "buss 509", "tvärbanan", "blå linjen", "pendeltåget",
            "linje 30", "buss 157", "linje 31",
        ),
        area_codes=("08",),
        domains=_COMMON_DOMAINS + ("solna.se", "signalisten.se"),
        tracts=(
            "Solna Hagalund", "Solna Nationalarenan", "Solna Frösunda", "Solna Råsunda", "Solna Vreten",
            "Solna Ulriksdal", "Solna Bergshamra", "Solna Huvudsta",
        ),
    ),
    "sundbyberg": Region(
        kommun="Sundbybergs stad",
        places=(
            "Hallonbergen", "Rissne", "Duvbo", "Ursvik", "Lilla Alby", "Centrala Sundbyberg", "Ör",
            "Storskogen", "Brotorp", "Sundbybergs centrum", "Kymlinge", "Ängsö", "Marabouparken",
            "Sundbybergs torg", "Golfängarna", "Tuleparken", "Ekbacken", "Stora Ursvik",
        ),
        venues=(
            "Hotell Sundbyberg", "Sundbybergs Stadshotell", "Hotell Marabou", "Vandrarhem Ör",
            "Ursvik Lodge", "Scandic Sundbyberg", "Rissne vandrarhem", "Hallonbergen Apartments",
            "Hotel Rissne Park", "Lägenhetshotellet Duvbo",
        ),
        sites=(
            "Sundbybergs stadsbibliotek", "Marabouparkens konsthall", "Tornskolan", "Ängskolan",
            "Sundbybergs gymnasium", "Duvbo kyrka", "Kulturhuset Sundbyberg", "Hallonbergens centrum",
        ),
        rooms=(
            "Salong Marabou", "Rum Duvbo", "Konferensrum Ursvik", "Sal Bällsta", "Salong Choklad",
            "Lounge Tulegatan", "Rum Ör", "Stora konferensen",
        ),
        streets=(
            "Landsvägen", "Järnvägsgatan", "Lysgränd", "Esplanaden", "Stationsgatan", "Ekensbergsvägen",
            "Allén", "Hallonbergsplan", "Rissneleden", "Ursviksvägen", "Kavallerivägen", "Fredsgatan",
            "Sjövägen", "Golfvägen", "Bangatan", "Vasavägen", "Rissnevägen", "Duvbogränd", "Ekbackevägen",
            "Kolonnvägen", "Östra Madenvägen", "Tulegatan",
        ),
        person_streets=(
            "Löfströms allé", "Sturegatan", "Gustav Adolfs väg", "Karl Johans gata", "Lars Forssells gata",
            "Prins Carls väg", "Drottning Kristinas väg",
        ),
        associations=_COMMON_ORGS
        + (
            "Förvaltaren", "Sundbybergs stads miljöförvaltning", "Polisen Rinkeby", "Brf Duvbo",
            "Brf Ursviks Backe", "Sundbybergs IK", "Heimstaden", "Stena Fastigheter",
        ),
        lines=(
            "buss 504", "buss 113", "tvärbanan", "blå linjen", "pendeltåget", "buss 506", "linje 31",
            "buss 152", "buss 118",
        ),
        area_codes=("08",),
        domains=_COMMON_DOMAINS + ("sundbyberg.se", "forvaltaren.se"),
        tracts=(
            "Sundbyberg Ursvik", "Sundbyberg Hallonbergen", "Sundbyberg Duvbo", "Sundbyberg Rissne",
            "Sundbyberg Brotorp", "Sundbyberg Lilla Alby", "Sundbyberg Järnet",
        ),
    ),
}  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons", "tors",
    "fre", "lör", "sön", "natten", "natt",
)  # fmt: skip

PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {
        "APA", "ASS", "BAJ", "BOG", "DUM", "FAN", "FEG", "FET", "FUL", "GAY", "HOR", "KUK", "LAT", "MUS",
        "PAJ", "PYS", "SEX", "SUG", "TOK", "USA", "KKK", "NSB", "SOS", "SUR", "ARG", "BRA", "NRP", "LSD",
    }
)  # fmt: skip
