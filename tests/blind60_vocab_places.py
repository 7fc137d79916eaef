"""Places of the sixtieth blind corpus (tests/blind60_corpus.py): Uppsala, Enköping and Tierp as a
cemetery's papers name them — churchyards and chapels, the parts of town around them, streets, the parish
and the kommun, the funeral firms, stonemasons and guards, the bus lines out to the churches.

Typed from the writer's own knowledge; a name here may be a little off from the real map, as a hasty
writer's would be.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    kommun: str
    places: tuple[str, ...]  # parts of town, villages, cemeteries and churchyards
    venues: tuple[str, ...]  # churches, chapels, schools, hospitals and other institutions
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    associations: tuple[str, ...]  # parish, kommun, housing, funeral firms, stonemasons, guards
    lines: tuple[str, ...]
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    tracts: tuple[str, ...]  # property designations' names


_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "icloud.com", "yahoo.se")

REGIONS: dict[str, Region] = {
    "uppsala": Region(
        kommun="Uppsala kommun",
        places=(
            "Gamla kyrkogården", "Berthåga kyrkogård", "Vaksala kyrkogård", "Gamla Uppsala kyrkogård",
            "Gottsunda", "Gränby", "Sävja", "Stenhagen", "Eriksberg", "Luthagen", "Svartbäcken",
            "Kvarngärdet", "Valsätra", "Salabacke", "Fålhagen", "Storvreta", "Björklinge", "Vattholma",
            "Bälinge", "Årsta", "Norby", "Flogsta", "minneslunden på Berthåga", "askgravlunden",
        ),
        venues=(
            "Domkyrkan", "Vaksala kyrka", "Gamla Uppsala kyrka", "Helga Trefaldighets kyrka",
            "Berthåga kapell", "Uppsala krematorium", "Gottsunda kyrka", "Sävja kyrka", "Eriksbergskyrkan",
            "Akademiska sjukhuset", "Stadsbiblioteket", "Björklinge kyrka", "Danmarks kyrka",
            "Uppsala domkyrkoförsamlings expedition", "Svartbäckens skola",
        ),
        streets=(
            "Kyrkogårdsgatan", "Svartbäcksgatan", "Sysslomansgatan", "Kungsgatan", "Vaksalagatan",
            "Börjegatan", "Luthagsesplanaden", "Råbyvägen", "Gamla Uppsalagatan", "Norbyvägen",
            "Rosendalsvägen", "Väderkvarnsgatan", "Gottsunda allé", "Sävja gårdsväg", "Vattholmavägen",
            "Stenhagsvägen", "Eriksbergsvägen", "Ringgatan", "Kungsängsgatan", "Björklingevägen",
        ),
        person_streets=(
            "Dag Hammarskjölds väg", "Tycho Hedéns väg", "Torgny Segerstedts allé", "Geijersgatan",
            "Linnégatan", "Thunbergsvägen", "Döbelnsgatan", "Rudbecksgatan",
        ),
        associations=(
            "Svenska kyrkan i Uppsala", "Uppsala pastorat", "kyrkogårdsförvaltningen", "Uppsala kommun",
            "Uppsalahem", "Fonus", "Ekmans Begravningsbyrå", "Sundqvists Stenhuggeri", "Securitas",
            "Avarn", "Upplands Lokaltrafik", "Polisen i Uppsala", "Vaksala församling",
            "Gamla Uppsala församling",
        ),
        lines=("linje 1", "linje 4", "buss 11", "linje 12", "UL 100", "buss 5", "linje 20", "stadsbuss 3"),
        area_codes=("018",),
        domains=(*_MAIL, "uppsala.se", "svenskakyrkan.se", "akademiska.se", "student.uu.se"),
        tracts=("Kåbo", "Fjärdingen", "Luthagen", "Svartbäcken", "Eriksberg", "Gottsunda", "Gränby", "Sävja"),
    ),
    "enkoping": Region(
        kommun="Enköpings kommun",
        places=(
            "Enköpings kyrkogård", "Vårfru kyrkogård", "Romberga", "Västerleden", "Bredsand", "Örsundsbro",
            "Grillby", "Fjärdhundra", "Lillkyrka", "Litslena", "Haga", "Korsängen", "Gånsta", "Skolsta",
            "Boglösa", "Tillinge", "Härkeberga", "minneslunden i Enköping",
        ),
        venues=(
            "Vårfrukyrkan", "Sankt Ilians kyrka", "Enköpings-Näs kyrka", "Litslena kyrka", "Tillinge kyrka",
            "Boglösa kyrka", "Härkeberga kyrka", "Simtuna kyrka", "Enköpings lasarett",
            "Westerlundska gymnasiet", "Korsängsskolan", "Villberga kyrka", "Enköpings bibliotek",
        ),
        streets=(
            "Kyrkogatan", "Rådhusgatan", "Torggatan", "Östra Ringvägen", "Västra Ringvägen", "Bredsandsvägen",
            "Åkerstigen", "Kungsgatan", "Gånstavägen", "Romberga gårdsväg", "Sandgatan", "Munksundsgatan",
            "Kryddgårdsgatan", "Fjärdhundravägen",
        ),
        person_streets=(
            "Pastor Ekmans väg", "Karl Nilssons gata", "Gustav Adolfs väg", "Torsten Alms gata",
            "Prästgårdsgatan",
        ),
        associations=(
            "Enköpings pastorat", "Svenska kyrkan Enköping", "kyrkogårdsförvaltningen", "Enköpings kommun",
            "AB Enköpingshem", "Fonus", "Begravningsbyrån i Enköping", "Hallgrens Stenhuggeri", "Securitas",
            "Polisen i Enköping", "Upplands Lokaltrafik",
        ),
        lines=("linje 801", "buss 804", "linje 1", "linje 2", "UL 806", "stadsbuss 3"),
        area_codes=("0171",),
        domains=(*_MAIL, "enkoping.se", "svenskakyrkan.se", "enkopingshem.se"),
        tracts=("Enköping Korsängen", "Enköping Haga", "Romberga", "Gånsta", "Bredsand", "Lillkyrka"),
    ),
    "tierp": Region(
        kommun="Tierps kommun",
        places=(
            "Tierps kyrkby", "Söderfors", "Örbyhus", "Månkarbo", "Karlholmsbruk", "Skärplinge", "Hållnäs",
            "Österlövsta", "Vendel", "Tolfta", "Mehedeby", "Siggbo", "Tierps kyrkogård",
            "Söderfors kyrkogård", "Vendels kyrkogård",
        ),
        venues=(
            "Tierps kyrka", "Vendels kyrka", "Tolfta kyrka", "Söderfors kyrka", "Österlövsta kyrka",
            "Hållnäs kyrka", "Västlands kyrka", "Tierp Arena", "Bruksskolan", "Aspenskolan",
            "Tierps församlingshem", "Örbyhus slott",
        ),
        streets=(
            "Centralgatan", "Storgatan", "Kyrkvägen", "Stationsgatan", "Bruksgatan", "Järnvägsgatan",
            "Gamla Gävlevägen", "Vendelvägen", "Skolgatan", "Söderforsvägen", "Prästgårdsvägen", "Ågatan",
        ),
        person_streets=("Anders Jonssons väg", "Gustav Adolfs gata", "Per Ols väg", "Axel Johnsons väg"),
        associations=(
            "Tierps pastorat", "Svenska kyrkan Tierp", "kyrkogårdsförvaltningen", "Tierps kommun",
            "Tierpsbyggen", "Fonus", "Norrlands Stenhuggeri", "Avarn", "Polisen i Tierp",
            "Upplands Lokaltrafik",
        ),
        lines=("UL 811", "linje 812", "buss 815", "Upptåget", "linje 820"),
        area_codes=("0293", "0295"),
        domains=(*_MAIL, "tierp.se", "svenskakyrkan.se", "tierpsbyggen.se"),
        tracts=("Tierp Kyrkby", "Söderfors", "Siggbo", "Vendel", "Örbyhus", "Månkarbo"),
    ),
}  # fmt: skip

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons", "tor",
            "fre", "lör", "sön", "natten", "kvällen", "morse")  # fmt: skip

PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset({"SEX", "KUK", "FAN", "LSD", "NRK", "ASS", "GAY", "DUM", "FUL", "APA", "ARG", "KKK"})
