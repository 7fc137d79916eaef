"""Look-alikes and the words structured items are built from, for the seventh blind corpus: places,
institutions, streets, organisations, clauses opening with a name-like ordinary word. Written from general
knowledge of Sweden, not from any list of the repository."""

from __future__ import annotations

# Swedish plates leave out I, Q, V, Å, Ä, Ö (and W here): letters a plate may use
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUXYZ"

PLACES = (
    "Fisksätra", "Älta", "Brandkärr", "Rinkeby", "Tensta", "Husby", "Alby", "Fittja", "Hallunda", "Norsborg",
    "Rosengård", "Hjällbo", "Hammarkullen", "Bergsjön", "Gårdsten", "Skäggetorp", "Navestad", "Hageby",
    "Vivalla", "Brickebacken", "Araby", "Gottsunda", "Valsätra", "Ronna", "Hovsjö", "Fornbacken",
    "Kronogården", "Råslätt", "Öxnehaga", "Holma", "Kroksbäck", "Seved", "Oxhagen", "Drottninghög",
    "Andersberg", "Eriksberg", "Johanneberg", "Fredriksdal", "Sofielund", "Henriksdal", "Jakobsberg",
    "Kristineberg", "Mariedal", "Annedal", "Hagalund", "Karlslund", "Gustavsberg", "Ingelsta", "Marielund",
    "Mora", "Torsby", "Ludvika", "Orminge", "Björknäs", "Sickla", "Erstavik", "Saltsjöbaden", "Tyresö",
    "Jordbro", "Hallonbergen", "Edsberg", "Rotebro", "Hässelby", "Rågsved", "Hagsätra", "Nyköping",
    "Oxelösund", "Katrineholm", "Eskilstuna", "Borlänge", "Tumba", "Kallhäll", "Bagarmossen", "Ingarö",
    "Ålidhem", "Nacksta", "Östberga", "Skärholmen", "Bredäng", "Gamlestaden", "Biskopsgården", "Tynnered",
    "Landskrona", "Dalhem", "Kristianstad", "Karlskrona", "Ronneby", "Emmaboda", "Sigtuna", "Märsta",
)  # fmt: skip
PLACE_SUFFIXES = ("", "", "", " centrum", " torg", " station")

INSTITUTIONS = (
    "Brandkärrsskolan", "Långbergsskolan", "Mariebergsgården", "Sigfridsborgsskolan", "Älta tennishall",
    "Fisksätra kyrka", "Fisksätra bibliotek", "Älta bibliotek", "S:t Nicolai kyrka", "Alla Helgona kyrka",
    "Hedvig Eleonora kyrka", "Adolf Fredriks kyrka", "Oscarskyrkan", "Engelbrektskyrkan",
    "Astrid Lindgrens skola", "Anna Whitlocks gymnasium", "Raoul Wallenbergskolan", "Ellen Keyskolan",
    "Sven Eriksonsgymnasiet", "Lars Kaggskolan", "Per Brahegymnasiet", "Rudbeckianska gymnasiet",
    "Polhemsskolan", "Vasaskolan", "Linnéskolan", "Engelbrektsskolan", "Tessinskolan", "Katedralskolan",
    "Nyköpings sporthall", "Rosvalla ishall", "Stora Enskede IP", "Fisksätra fritidsgård",
    "Brandkärrs fritidsgård", "Ungdomens hus", "Vårdcentralen Brandkärr", "Älta simhall",
    "Folkets hus", "Medborgarhuset", "Kulturhuset", "Moskén på Ringvägen", "Sankta Maria kyrka",
    "Sankt Görans gymnasium", "Birgittaskolan", "Magdalenaskolan", "Karl Johansskolan", "Gustav Vasa kyrka",
    "Ebba Brahes skola", "Selma Lagerlöfskolan", "Nils Ferlinskolan", "Tornbergsskolan",
)  # fmt: skip

STREETS = (
    "Brandkärrsvägen", "Fisksätravägen", "Ältavägen", "Storgatan", "Drottninggatan", "Västra Storgatan",
    "Östra Storgatan", "Ringvägen", "Skolgatan", "Stationsvägen", "Tennisvägen", "Källvägen", "Björkvägen",
    "Centrumvägen", "Idrottsvägen", "Lärkvägen", "Hjortronvägen", "Mossvägen", "Snickarvägen",
    "Kvarnbacken", "Lingonstigen", "Bruksgatan", "Hamngatan", "Järnvägsgatan", "Parkvägen", "Ekbacksvägen",
    "Smedjegatan", "Tallstigen", "Granitvägen", "Sjöbacksvägen", "Hagvägen", "Långbergsvägen",
)  # fmt: skip
# streets with only a street name, no number, that carry a person's name (info look-alike)
PERSON_STREETS = (
    "Drottning Kristinas väg", "Karl Johans gata", "Fredrik Bloms väg", "Sven Rinmans gata",
    "Gustav Adolfs torg", "Olof Palmes gata", "Birger Jarlsgatan", "Engelbrektsgatan", "Sankt Eriksgatan",
    "Selma Lagerlöfs väg", "Astrid Lindgrens väg", "Vilhelm Mobergs gata", "Nils Ferlins torg",
    "Evert Taubes terrass", "Dag Hammarskjölds väg", "Anders Personsgatan", "Carl Gustafs väg",
    "Hertig Karls allé", "Greta Garbos väg", "Karin Boyes gata",
)  # fmt: skip

ORGANISATIONS = (
    "Nyköpingshem", "HSB", "Rikshem", "Stena Fastigheter", "Wallenstam", "Brå", "Securitas", "Avarn",
    "Nattvandrarna", "Fryshuset", "Röda Korset", "Svenska kyrkan", "Hyresgästföreningen", "Akelius",
    "Heimstaden", "Victoriahem", "Willhem", "Stadsmissionen", "Sörmlandstrafiken", "Keolis", "Arriva",
    "Coop", "ICA Kvantum", "Systembolaget", "Apoteket Hjärtat", "Studiefrämjandet", "Medborgarskolan",
    "Älta IF", "IFK Nyköping", "Nyköpings BIS",
)  # fmt: skip

# a sentence opening with an ordinary word that is also a name somewhere: (the word, the rest)
WORD_CLAUSES = (
    ("Inga", "skador på entrédörren den här gången."),
    ("Alla", "lampor i gångtunneln var trasiga igen."),
    ("Sol", "hela eftermiddagen gav mycket folk vid badplatsen."),
    ("Vide", "och sly skymmer belysningen längs gångvägen."),
    ("Sten", "kastades mot fönstret i tvättstugan."),
    ("Stig", "och gångväg bakom skolan är helt mörka."),
    ("Dag", "två av insatsen gick lugnt."),
    ("Ros", "från de boende för städningen av gården."),
    ("Liv", "och rörelse i centrum hela kvällen, men inga bråk."),
    ("Klara", "besked från fastighetsägaren saknas fortfarande."),
    ("Storm", "under natten fällde två träd över cykelvägen."),
    ("Ek", "och björk vid lekplatsen har beskurits."),
    ("Berg", "av grovsopor vid miljöhuset igen."),
    ("Strand", "och brygga var nedskräpade efter helgen."),
    ("Maj", "blev lugnare än april i området."),
    ("Rask", "utryckning av jourfirman, dörren lagad samma kväll."),
    ("Vilja", "finns hos föreningen att ta fler kvällspass."),
    ("Björk", "och hägg har vuxit över lampan vid garaget."),
    ("Bo", "kvar i området vill de flesta som svarade på enkäten."),
    ("Ask", "och sot låg kvar i trapphuset efter branden."),
    ("Lugnt", "i stort sett hela veckan."),
    ("Fler", "vuxna ute på kvällarna har märkts."),
    ("Rosa", "klotter på busskuren vid skolan."),
    ("Saga", "och sägner om skolan sprids på sociala medier."),
    ("Will", "update the group after the meeting."),
    ("Mark", "the area as yellow until further notice."),
    ("Frank", "talk with the caretakers about the lighting."),
    ("Hope", "the new lamps will be in place next week."),
    ("Grace", "period for the parking fines ends on Friday."),
    ("Summer", "holidays usually bring more youths to the square."),
    ("Joy", "riding on mopeds across the square was reported."),
    ("Long", "queues at the shop after the power cut."),
    ("Sunny", "weather brought many people to the beach."),
    ("Happy", "residents after the new lighting was installed."),
    ("Iris", "och andra växter i rabatten förstördes."),
    ("Falk", "häckar i tornet, så ställningen får vänta."),
    ("Fors", "av vatten i källaren efter ett trasigt rör."),
    ("Holm", "och strand vid dammen städades av föreningen."),
    ("Nova", "är namnet på den nya fritidsgården vid torget."),
    ("Tor", "och fre är de kvällar då det är mest oro."),
    ("Lo", "och räv har setts vid soprummen, inget att göra åt."),
    ("Rita", "av en karta över platsen gjordes på mötet."),
    ("Blind", "vinkel vid garageinfarten gör platsen otrygg."),
    ("Kurt", "och kort svar från bolaget: inga pengar i år."),
    ("Love", "locks on the bridge railing were cut off."),
    ("Can", "someone check the lamp at the underpass?"),
    ("Gift", "cards were handed out to volunteers."),
)  # fmt: skip

ROLES = (
    "kommunpolis", "polisinspektör", "väktare", "väktaren", "ordningsvakt", "fältassistent", "kurator",
    "rektor", "biträdande rektor", "socialsekreterare", "fritidsledare", "trygghetsvärd", "nattvandrare",
    "bovärd", "förvaltare", "fastighetsskötare", "samordnare", "busschaufför", "stationsvärd", "brandman",
    "styrkeledare", "butikschef", "kassörskan", "tränare", "ordförande", "diakon", "skolsköterska",
    "lärare", "mentor", "områdespolis",
)  # fmt: skip

TRACTS = (
    "Brandkärr", "Fisksätra", "Älta", "Sicklaön", "Erstavik", "Nyköping", "Bergshamra", "Orminge",
    "Kolbotten", "Ekbacken",
)  # fmt: skip
BLOCKS = (
    "Hammaren", "Lärkan", "Spettet", "Gäddan", "Mörten", "Svalan", "Tallkotten", "Smedjan", "Ugglan",
    "Kvarnstenen", "Stensötan", "Ljusstaken", "Gjutaren", "Plogen",
)  # fmt: skip
ADDRESS_STREETS = (
    "Brandkärrsvägen", "Fisksätravägen", "Ältavägen", "Storgatan", "Ringvägen", "Skolgatan", "Tennisvägen",
    "Källvägen", "Björkvägen", "Lärkvägen", "Hjortronvägen", "Mossvägen", "Snickarvägen", "Lingonstigen",
    "Bruksgatan", "Hamngatan", "Parkvägen", "Ekbacksvägen", "Smedjegatan", "Långbergsvägen",
    "Drottning Kristinas väg", "Sven Rinmans gata", "Fredrik Bloms väg", "Lotsvägen", "Sjöstigen",
)  # fmt: skip
MAIL_DOMAINS = (
    "gmail.com", "hotmail.com", "outlook.com", "telia.com", "live.se", "yahoo.com", "icloud.com",
    "nacka.se", "nykoping.se", "polisen.se", "nykopingshem.se", "skola.nacka.se", "bredband.net",
    "securitas.se", "stenafastigheter.se",
)  # fmt: skip
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
