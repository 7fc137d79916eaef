"""Places of the thirty-first blind corpus (tests/blind31_corpus.py): shift and alarm logs from Nyköping,
Eskilstuna, Trollhättan, Södertälje and Umeå.

Typed from the writer's own knowledge of the five towns (areas, streets, schools, centres, housing
companies, security companies, clubs, bus lines); where a street or a property was not known it was made up
in the shape such names have. No list or search was used.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    places: tuple[str, ...]  # areas, districts, squares and spots
    venues: tuple[str, ...]  # schools, centres, stations, hospitals, halls
    streets: tuple[str, ...]  # streets not named after a person (addresses and look-alikes)
    person_streets: tuple[str, ...]  # streets named after a person
    associations: tuple[str, ...]  # housing and security companies, clubs, authorities
    lines: tuple[str, ...]  # bus lines as written
    tracts: tuple[str, ...]  # property designations' district or block names


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "icloud.com", "yahoo.se")
_SECURITY = ("Securitas", "Avarn Security", "Nokas", "Svensk Bevakningstjänst", "SOS Alarm", "Addici")

REGIONS: dict[str, Region] = {
    "nykoping": Region(
        kommun="Nyköpings kommun",
        area_codes=("0155",),
        domains=(*_MAIL, "nykoping.se", "nykopingshem.se", "securitas.se"),
        places=(
            "Brandkärr", "Harg", "Oppeby", "Arnö", "Väster", "Öster", "Fågelbo", "Stigtomta",
            "Svalsta", "Hållsta", "Ekensberg", "Herrhagen", "Stora torget", "Nävekvarn", "Påljungshage",
        ),
        venues=(
            "Brandkärrsskolan", "Långbergsskolan", "Mariebergsgården", "Nyköpings lasarett",
            "Nyköpings resecentrum", "Nyköpings centralstation", "Skavsta flygplats", "Rosvalla",
            "Nyköpings gymnasium", "Tessinskolan", "Brandkärrs centrum", "Culturum",
        ),
        streets=(
            "Brandkärrsvägen", "Vallmovägen", "Östra Storgatan", "Västra Storgatan", "Repslagaregatan",
            "Fruängsgatan", "Bagaregatan", "Brunnsgatan", "Idrottsvägen", "Hållstavägen", "Oppebyvägen",
            "Ekensbergsvägen", "Svalstavägen", "Tunabergsvägen", "Gästabudsvägen", "Kiselvägen",
        ),
        person_streets=(
            "Hertig Karls väg", "Selma Lagerlöfs väg", "Drottning Kristinas väg", "Tessinvägen",
            "Carl Malmstens väg",
        ),
        associations=(
            "Nyköpingshem", "HSB", "Rikshem", "Nyköpings BIS", "Nattvandrarna Nyköping",
            "Räddningstjänsten Sörmland Öst", *_SECURITY,
        ),
        lines=("linje 1", "linje 2", "linje 4", "buss 3", "stadsbuss 5", "linje 6", "3:an"),
        tracts=("Brandkärr", "Harg", "Gnejsen", "Spelmannen", "Hästhoven", "Väduren", "Tapetseraren"),
    ),
    "eskilstuna": Region(
        kommun="Eskilstuna kommun",
        area_codes=("016",),
        domains=(*_MAIL, "eskilstuna.se", "kfast.se", "avarn.se"),
        places=(
            "Årby", "Lagersberg", "Fröslunda", "Skiftinge", "Råbergstorp", "Nyfors", "Gillberga",
            "Torshälla", "Slagsta", "Hällby", "Myrtorp", "Fristadstorget", "Munktellstorget",
            "Stenby", "Balsta",
        ),
        venues=(
            "Mälarsjukhuset", "Årbyskolan", "Eskilstuna resecentrum", "Tuna Park", "Munktellarenan",
            "Skiftingehus", "Lagersbergsskolan", "Fröslunda centrum", "Stiga Sports Arena",
            "Rinmansskolan", "Eskilstuna Stadsbibliotek", "Årby centrum",
        ),
        streets=(
            "Kungsgatan", "Drottninggatan", "Nybrogatan", "Hamngatan", "Gillbergavägen",
            "Skiftingevägen", "Tunavägen", "Västermarksgatan", "Hagnäsgatan", "Mälarvägen",
            "Fröslundavägen", "Torshällavägen", "Årbyvägen", "Lagersbergsvägen", "Kjulavägen",
        ),
        person_streets=(
            "Rademachergatan", "Carl Gustafs gata", "Munktellsgatan", "Eva Lindströms väg",
            "Johan Thunbergs väg",
        ),
        associations=(
            "Kommunfastigheter", "Eskilstuna Energi och Miljö", "IFK Eskilstuna", "Eskilstuna Guif",
            "Hyresgästföreningen", "Riksbyggen", *_SECURITY,
        ),
        lines=("linje 1", "linje 2", "linje 11", "buss 4", "buss 6", "linje 9", "4:an"),
        tracts=("Årby", "Järnet", "Smeden", "Hammaren", "Filen", "Lagersberg", "Stålet"),
    ),
    "trollhattan": Region(
        kommun="Trollhättans stad",
        area_codes=("0520",),
        domains=(*_MAIL, "trollhattan.se", "eidar.se", "nokas.se"),
        places=(
            "Kronogården", "Sylte", "Lextorp", "Hjulkvarnelund", "Skoftebyn", "Stavre", "Sjuntorp",
            "Halvorstorp", "Strömslund", "Innerstaden", "Karlstorp", "Källstorp", "Gärdhem", "Tingvall",
            "Olidan",
        ),
        venues=(
            "NÄL", "Kronogårdsskolan", "Trollhättans station", "Innovatum", "Överby köpcentrum",
            "Edsborgsskolan", "Kronogårdens centrum", "Sylte centrum", "Slussenhallen",
            "Nils Ericsonsgymnasiet", "Lextorps vårdcentral", "Spikenhallen",
        ),
        streets=(
            "Drottninggatan", "Storgatan", "Åkerssjövägen", "Lextorpsvägen", "Gärdhemsvägen",
            "Kronogårdsvägen", "Föreningsgatan", "Magasinsgatan", "Stavrevägen", "Nohabgatan",
            "Vänersborgsvägen", "Göteborgsvägen", "Syltevägen", "Kungsportsvägen", "Lärkvägen",
        ),
        person_streets=(
            "Polhemsgatan", "Nils Ericsons gata", "Carl Skottsbergs gata", "Sven Hedins väg",
            "Karin Boyes gata",
        ),
        associations=(
            "Eidar", "Trollhättan Energi", "FC Trollhättan", "Trollhättans BoIS", "Hyresgästföreningen",
            "Västtrafik", *_SECURITY,
        ),
        lines=("linje 61", "linje 62", "buss 64", "linje 66", "stadsbuss 63", "linje 65", "61:an"),
        tracts=("Kronogården", "Sylte", "Stridsberg", "Lövet", "Järnvägen", "Kanalen", "Gjutaren"),
    ),
    "sodertalje": Region(
        kommun="Södertälje kommun",
        area_codes=("08",),
        domains=(*_MAIL, "sodertalje.se", "telgebostader.se", "securitas.se"),
        places=(
            "Ronna", "Hovsjö", "Geneta", "Fornhöjden", "Saltskog", "Järna", "Pershagen", "Brunnsäng",
            "Östertälje", "Västergård", "Lina", "Mariekäll", "Moraberg", "Stora torget", "Glasberga",
        ),
        venues=(
            "Södertälje sjukhus", "Hovsjöskolan", "Ronnaskolan", "Kringlan", "Södertälje centrum",
            "Södertälje syd", "Scaniarinken", "Ronna centrum", "Hovsjö centrum", "Wendela Hebbegymnasiet",
            "Täljehallen", "Fornhöjdsskolan",
        ),
        streets=(
            "Storgatan", "Nygatan", "Järnagatan", "Ronnavägen", "Hovsjövägen", "Genetaleden",
            "Västra Kanalgatan", "Lovisebergsvägen", "Saltskogsgatan", "Fornhöjdsvägen",
            "Brunnsängsvägen", "Östertäljevägen", "Kvarnbergsplan", "Bergvägen", "Strandvägen",
        ),
        person_streets=(
            "Astrid Lindgrens väg", "Erik Dahlbergs väg", "Kung Karls väg", "Wendelas gata",
            "Pehr Lagerhjelms väg",
        ),
        associations=(
            "Telge Bostäder", "Scania", "Syrianska FC", "Assyriska FF", "Södertälje SK", "Telge Energi",
            *_SECURITY,
        ),
        lines=("buss 754", "linje 755", "buss 787", "linje 751", "buss 784", "linje 753", "754:an"),
        tracts=("Ronna", "Hovsjö", "Geneta", "Sjöstjärnan", "Pendeln", "Mjölnaren", "Bagaren"),
    ),
    "umea": Region(
        kommun="Umeå kommun",
        area_codes=("090",),
        domains=(*_MAIL, "umea.se", "bostaden.umea.se", "avarn.se"),
        places=(
            "Ålidhem", "Tomtebo", "Mariehem", "Teg", "Holmsund", "Sävar", "Haga", "Carlshöjd",
            "Ersboda", "Backen", "Berghem", "Grubbe", "Västerslätt", "Nydalahöjd", "Vasaplan",
        ),
        venues=(
            "NUS", "Ålidhemsskolan", "Umeå universitet", "Avion", "Väven", "Umeå östra",
            "Mariehemsskolan", "Ersboda centrum", "Ålidhem centrum", "Umeå centralstation",
            "Dragonskolan", "Iksu sport",
        ),
        streets=(
            "Storgatan", "Kungsgatan", "Rådhusesplanaden", "Skolgatan", "Kemigränd", "Pedagoggränd",
            "Historiegränd", "Mariehemsvägen", "Tomtebovägen", "Holmsundsvägen", "Backenvägen",
            "Västra Esplanaden", "Östra Kyrkogatan", "Nygatan", "Tvärgatan",
        ),
        person_streets=(
            "Döbelnsgatan", "Sara Lidmans gata", "Per Olof Enquists väg", "Linnégatan",
            "Anna Lindhs väg",
        ),
        associations=(
            "Bostaden", "Umeå Energi", "IFK Umeå", "Björklöven", "Umeå IK", "Riksbyggen", *_SECURITY,
        ),
        lines=("linje 1", "linje 8", "buss 9", "linje 5", "buss 2", "linje 4", "8:an"),
        tracts=("Ålidhem", "Tomtebo", "Mariehem", "Haga", "Renen", "Tjädern", "Lodjuret"),
    ),
}  # fmt: skip

# Swedish plates use no I, Q, V, Å, Ä or Ö; the 2019 format's last character is a letter but not O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
# Letter groups never issued, and those that read as words or codes in these logs.
BAD_PLATES = frozenset(
    {
        "APA", "ARG", "BAJ", "BUS", "DUM", "FAN", "FEL", "FET", "FUL", "GAY", "HOR", "KUK", "LAT", "MAO",
        "NRP", "PKK", "PMS", "SEX", "SUP", "TOT", "UFO", "USA", "WTF", "LOB", "SOS", "NUS", "NAL", "RPS",
        "OVA", "HSB", "LGH", "TRH", "TFN", "PNR", "BIL", "KLO", "JOB",
    }
)  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
# Weekdays as logs write them (after which a number is no part of a name).
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons", "tors",
    "fre", "lör", "sön", "natt", "kväll", "pass", "skift",
)  # fmt: skip
# Radio call-sign words (the phonetic alphabet) and the units of a shift that carry a number.
CALL_WORDS = (
    "Alfa", "Bravo", "Charlie", "Delta", "Echo", "Golf", "Hotel", "Kilo", "Lima", "Mike", "Oscar",
    "Papa", "Sierra", "Tango", "Victor", "Zulu",
)  # fmt: skip
UNITS = ("bil", "väktarbil", "rond", "objekt", "punkt", "slinga", "enhet", "patrull", "radio", "larmobjekt")
