"""Places of the thirty-sixth blind corpus (tests/blind36_corpus.py): Gävle, Borås and Sundsvall as a
trygghetsvandring or a medborgardialog meets them — areas, streets (some named after people), venues,
schools, associations, landlords and bus lines. Typed from the writer's own knowledge; where a name is not
sure to exist it is the kind of name the town has.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    places: tuple[str, ...]
    venues: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    associations: tuple[str, ...]
    lines: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    tracts: tuple[str, ...]


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "icloud.com", "yahoo.se")

REGIONS: dict[str, Region] = {
    "gavle": Region(
        kommun="Gävle kommun",
        places=(
            "Sätra", "Andersberg", "Nordost", "Bomhus", "Brynäs", "Stigslund", "Sörby", "Strömsbro",
            "Hemlingby", "Öster", "Villastaden", "Norrtull", "Hille", "Valbo", "Forsbacka", "Skogmur",
            "Sätra centrum", "Andersbergs centrum", "Stadsträdgården", "Boulognerskogen", "Gavleån",
            "Alderholmen", "Fältskärsparken",
        ),
        venues=(
            "Sätraskolan", "Andersbergsskolan", "Vasaskolan", "Polhemsskolan", "Borgarskolan",
            "Bomhusskolan", "Stigslundsskolan", "Gävle sjukhus", "Högskolan i Gävle", "Gävle central",
            "Sätra fritidsgård", "Andersbergs bibliotek", "Sätrahallen", "Nian", "Valbo köpcentrum",
            "Gävle stadsbibliotek", "Läkerolarenan", "Fritidsgården Blixten",
        ),
        streets=(
            "Drottninggatan", "Nygatan", "Norra Kungsgatan", "Södra Kungsgatan", "Staketgatan",
            "Kaserngatan", "Norra Strandgatan", "Södra Strandgatan", "Kungsbäcksvägen", "Bomhusvägen",
            "Strömsbrovägen", "Hemlingbyvägen", "Sätravallen", "Andersbergsringen", "Skolgatan",
            "Valbovägen", "Brynäsgatan", "Styrmansgatan", "Fjärde tvärgatan", "Ruddammsgatan",
        ),
        person_streets=(
            "Carl Larssons väg", "Gustav Vasas gata", "Joe Hills gata", "Selma Lagerlöfs väg",
            "Per Brahes gata", "Engelbrektsgatan",
        ),
        associations=(
            "Gavlegårdarna", "Hyresgästföreningen Gävle", "Nattvandrarna i Sätra", "Brynäs IF",
            "Gefle IF", "Räddningstjänsten Gästrikland", "Röda Korset Gävle", "Svenska kyrkan i Gävle",
            "Somaliska föreningen i Gävle", "Gävle Energi", "X-trafik", "Sätra IK", "Polisen Gävle",
        ),
        lines=("linje 1", "linje 11", "linje 21", "buss 4", "buss 12", "stadsbuss 18", "linje 91"),
        area_codes=("026",),
        domains=("gavle.se", "gavlegardarna.se", "polisen.se", *_MAIL),
        tracts=("Gävle Sätra", "Gävle Andersberg", "Gävle Brynäs", "Fyrskeppet", "Nattvakten", "Hälsingen"),
    ),
    "boras": Region(
        kommun="Borås Stad",
        places=(
            "Hässleholmen", "Hulta", "Norrby", "Sjöbo", "Göta", "Trandared", "Hestra", "Brämhult",
            "Byttorp", "Kristineberg", "Druvefors", "Tosseryd", "Sandared", "Fristad", "Dalsjöfors",
            "Viskafors", "Hulta torg", "Norrby centrum", "Ramnaparken", "Stadsparken", "Viskan",
            "Knalleland", "Annelund",
        ),
        venues=(
            "Hässleholmens bibliotek", "Sjöboskolan", "Engelbrektskolan", "Sven Eriksonsgymnasiet",
            "Almåsgymnasiet", "Högskolan i Borås", "Borås Arena", "Boråshallen", "Borås central",
            "Hultaskolan", "Norrbyskolan", "Fritidsgården Hässleholmen", "Kulturhuset", "Navet",
            "Södra Älvsborgs sjukhus", "Erikslundsskolan", "Träffpunkt Sjöbo",
        ),
        streets=(
            "Allégatan", "Åsbogatan", "Stora Brogatan", "Lilla Brogatan", "Yxhammarsgatan", "Kungsgatan",
            "Österlånggatan", "Västerlånggatan", "Torggatan", "Hässleholmsvägen", "Hultagatan",
            "Norrbyvägen", "Sjöbo torg", "Göteborgsvägen", "Alingsåsvägen", "Trandaredsgatan",
            "Druveforsvägen", "Fjällgatan",
        ),
        person_streets=(
            "Sandwalls plats", "Sturegatan", "Erik Dahlbergsgatan", "Sven Eriksonsplatsen",
            "Evert Taubes väg", "Olof Palmes plats",
        ),
        associations=(
            "AB Bostäder", "Fristadbostäder", "Hyresgästföreningen Borås", "IF Elfsborg",
            "Räddningstjänsten Södra Älvsborg", "Borås Energi och Miljö", "Föräldranätverket Hässleholmen",
            "Nattvandrarna Borås", "Norrby IF", "Västtrafik", "Stadsmissionen", "Polisen Borås",
            "Kulturföreningen Navet",
        ),
        lines=("linje 1", "linje 2", "linje 4", "stadsbuss 6", "buss 100", "linje 3", "buss 8"),
        area_codes=("033",),
        domains=("boras.se", "abbostader.se", "polisen.se", *_MAIL),
        tracts=("Borås Hässleholmen", "Borås Hulta", "Sjöbo", "Pantaleon", "Kaplanen", "Druvan"),
    ),
    "sundsvall": Region(
        kommun="Sundsvalls kommun",
        places=(
            "Skönsberg", "Nacksta", "Haga", "Granlo", "Birsta", "Södermalm", "Norrmalm", "Västermalm",
            "Sidsjö", "Bosvedjan", "Skönsmon", "Kovland", "Njurunda", "Matfors", "Alnö", "Ljustadalen",
            "Stenstan", "Nolby", "Ortviken", "Norra Kajen", "Sjöfartsparken", "Nacksta torg", "Bredsand",
        ),
        venues=(
            "Nackstaskolan", "Skönsbergsskolan", "Hedbergska skolan", "Västermalmsskolan",
            "Skönsmons skola", "Mittuniversitetet", "Kulturmagasinet", "Sundsvalls sjukhus", "Sundsvall C",
            "Birsta City", "Nordichallen", "Fritidsgården Nacksta", "Himlabacken", "Gaffelbyn",
            "Skönsbergs bibliotek", "Granloholm", "Träffpunkt Skönsberg",
        ),
        streets=(
            "Storgatan", "Esplanaden", "Köpmangatan", "Bankgatan", "Nybrogatan", "Skolhusallén",
            "Thulegatan", "Sjögatan", "Trädgårdsgatan", "Kyrkogatan", "Rådhusgatan", "Norrmalmsgatan",
            "Nackstavägen", "Skönsbergsvägen", "Bergsgatan", "Ljustadalsvägen", "Sidsjövägen",
            "Granlovägen", "Universitetsallén",
        ),
        person_streets=(
            "Gustav Adolfs gata", "Heffnersvägen", "Hugo Alfvéns väg", "Nils Perssons väg", "Linnégatan",
            "Lasse Dahlquists väg",
        ),
        associations=(
            "Mitthem", "Hyresgästföreningen Sundsvall", "GIF Sundsvall", "Räddningstjänsten Medelpad",
            "Sundsvall Energi", "Skönsbergs IF", "Nattvandrarna Sundsvall", "Din Tur", "Stadsbacken",
            "Medelpads Somaliska förening", "Svenska kyrkan Skön", "Polisen Sundsvall",
            "Föreningen Nacksta torg",
        ),
        lines=("linje 1", "linje 2", "linje 3", "linje 5", "buss 120", "stadsbuss 7", "linje 10"),
        area_codes=("060",),
        domains=("sundsvall.se", "mitthem.se", "polisen.se", *_MAIL),
        tracts=("Sundsvall Skönsberg", "Sundsvall Nacksta", "Stenstaden", "Hovrätten", "Sidsjön"),
    ),
}  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip
WEEKDAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "mån", "tis", "ons", "tors", "fre", "lör", "sön",
)  # fmt: skip

# Plates: no I, Q, V, Å, Ä, Ö; the new format's last character any letter but O.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset({"KUK", "FAN", "SEX", "APA", "ARG", "FUL", "NRK", "LSD", "MAO", "DUM", "PYS", "TOK"})
