"""The words around and inside person names that the name finder reads (data only).

Context words say a name follows ("heter", "boende", "pratade med"); the place nouns and suffixes say a
name-shaped word is a place ("Olof Palmes gata", "Jarlsgatan"); the surname endings say an unlisted word
is a surname. See docs/redaction.md for how they are used and measured.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.names import (
    AMBIGUOUS,
    FIRST_NAMES,
    LAST_NAMES,
    NOT_NAMES,
    SWEDISH_FIRST_NAMES,
    WORLD_COMMON,
)

WORD_RE: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Context before a name. "strong": the text says a name follows ("heter", "vid namn"); "role": a role noun
# or title ("boende", "vaktmästare", "pojken", "fru"); "weak": a verb or preposition that takes a person
# ("pratade med", "hemma hos"): after it only a word from the name lists counts.
STRONG_WORDS = """heter hette namn namnet kallad kallade alias förnamn förnamnet efternamn efternamnet namnen
    vid+namn med+namnet vid+namnen kallar+sig känd+som kända+som heta identifierad+som identifierades+som"""
ROLE_WORDS = """boende boenden hyresgäst hyresgästen vaktmästare vaktmästaren fastighetsskötare
fastighetsskötaren
    fastighetsvärd fastighetsvärden bovärd bovärden husvärd husvärden kvartersvärd kvartersvärden
    områdesvärd områdesvärden
    trygghetsvärd trygghetsvärden anmälare anmälaren kontaktperson kontaktpersonen målsägande målsäganden
    målsägare målsägaren vittne vittnet uppgiftslämnare uppgiftslämnaren tipsare tipsaren pojke pojken flicka
    flickan tjej tjejen kille killen mannen kvinnan grannen granne sonen dottern son dotter mamma mamman pappa
    pappan modern fadern bror brodern brorsan syster systern kusin kusinen kompis kompisen kamrat kamraten vän
    vännen flickvän flickvännen pojkvän pojkvännen sambo sambon maken makan frun fru herr hr fröken väktare
    väktaren ordningsvakt ordningsvakten fritidsledare fritidsledaren fältare fältaren fältassistent
    fältassistenten ledare ledaren rektor rektorn lärare läraren elev eleven ungdom ungdomen tonåring
    tonåringen personal personalen handläggare handläggaren samordnare samordnaren kommunpolis kommunpolisen
    polisinspektör inspektör rapportör rapportören signerat signerad mvh hälsningar hälsning ansvarig
    ansvarige
    chef chefen butikschef butikschefen förälder föräldern vårdnadshavare vårdnadshavaren familjen familj
    misstänkt misstänkte gärningsman gärningsmannen förövare förövaren offret ägare ägaren bilägare bilägaren
    hundägare hundägaren bröderna systrarna syskonen kontakt kontaktuppgift kontaktuppgifter
    rapporterat+av rapporterad+av rapporterades+av skriven+av skrivet+av registrerad+av registrerat+av
    upprättad+av upprättat+av antecknad+av antecknat+av
    kurator kuratorn polisassistent polisassistenten polisinspektören inspektören kriminalinspektör
    kriminalinspektören polisintendent poliskommissarie kommissarie polis polisman polismannen insp ass
    krinsp polinsp områdeschef områdeschefen enhetschef enhetschefen verksamhetschef verksamhetschefen
    socialsekreterare socialsekreteraren socialarbetare socialsekr skolsköterska skolsköterskan
    sjuksköterska sjuksköterskan läkare läkaren mentor mentorn pedagog pedagogen lärarvikarie fritidspedagog
    ungdomsledare nattvandrare nattvandraren vakt vakten skyddsvakt parkeringsvakt säkerhetsvärd
    bostadsvärd förvaltare förvaltaren chaufför chauffören busschaufför busschauffören tränare tränaren
    präst prästen imam imamen butiksbiträde kassörska grabb grabben personen gärningspersonen åring
    åringen ene andre killarna tjejerna pojkarna flickorna medlemmen gängledaren vittnena boendena
    grannarna kompisarna kamraterna kollegan kollega skolvärd skolvärden trygghetsvärdar samordnaren
    väktarna poliserna fältarna fältassistenterna ordningsvakterna vakterna lärarna
    förare föraren gärningsperson efterlyst efterlysta ov sekr kpol fsk fritidsl fältass polisinsp
    stationsvärd stationsvärden värd värden församlingsvärd församlingsvärden tågvärd tågvärden ordförande
    ordföranden sekreterare sekreteraren kassör kassören kassörskan diakon diakonen kyrkoherde kyrkoherden
    pastor pastorn kantor kantorn familjebehandlare familjebehandlaren bibliotekarie bibliotekarien
    biljettkontrollant biljettkontrollanten konduktör konduktören insatsledare insatsledaren styrkeledare
    styrkeledaren räddningsledare räddningsledaren brandman brandmannen brandmän elevassistent
    elevassistenten speciallärare specialläraren resursperson lokalvårdare lokalvårdaren städare städaren
    bussförare bussföraren taxichaufför projektledare projektledaren trygghetssamordnare
    trygghetssamordnaren säkerhetssamordnare säkerhetssamordnaren säkerhetschef säkerhetschefen
    fastighetschef fastighetschefen utredare utredaren volontär volontären handledare handledaren
    boendestödjare undersköterska undersköterskan receptionist receptionisten socionom
    elektriker elektrikern tekniker teknikern kontrollant kontrollanten snickare snickaren rörmokare
    rörmokaren målare målaren montör montören hantverkare hantverkaren bussvärd bussvärden passagerare
    passageraren
    fältsekreterare fältsekreteraren specialpedagog specialpedagogen föreståndare föreståndaren
    skolkurator skolkuratorn studievägledare studievägledaren fritidsgårdsföreståndare
    socialpedagog socialpedagogen behandlare behandlaren parkeringsvakten stationsvakt kyrkvärd kyrkvärden
    frisör frisören brandmännen kontaktombud kontaktombudet p-vakt p-vakten disponent
    veterinär veterinären djurskyddsinspektör djurskyddsinspektören jägare jägaren hovslagare hovslagaren
    sanerare saneraren hundägarna mopedbud mopedbudet cykelbud cykelbudet matbud matbudet åkare åkaren
    taxichauffören granskare granskaren
    disponenten centrumvärd centrumvärden centrumledare centrumledaren protokollförare protokollföraren
    matchvärd matchvärden patrull patrullen organiser organizer
    befäl psykolog psykologen badchef centrumchef bibliotekschef krogvärd krogvärden krogvärdarna badvakt
    badvakten badvakterna tågvärd dörrvakt dörrvakten publikvärd butiksbiträdet bartender bartendern
    låntagare låntagaren anhörig barnet jourhavande
    vicevärd vicevärden bitr biträdande materialare materialaren lagledare lagledaren domare domaren
    sammankallande ledamot ledamoten styrelseledamot chaufförerna trygghetsvärdarna ledarna
    vakthavande rastvakt rastvakten förskolechef förskolechefen ersättare ersättaren skolchef skolchefen
    politibetjent politibetjenten vaktmester vaktmesteren bovard bovarden vaktmastare vaktmastaren
    officer guard driver pupil headteacher teacher coordinator deacon firefighter caretaker janitor
    manager chairman chairwoman chairperson secretary nurse worker librarian priest tenant neighbour
    neighbor witness volunteer coach constable sergeant inspector detective principal counsellor
    counselor leader
    åklagare åklagaren kammaråklagare kammaråklagaren chefsåklagare chefsåklagaren advokat advokaten
    försvarare försvararen försvarsadvokat försvarsadvokaten brandmästare brandmästaren patient patienten
    ambulanssjukvårdare ambulanssjukvårdaren sjukvårdare sjukvårdaren rådman rådmannen nämndeman
    förhörsledare förhörsledaren förundersökningsledare förundersökningsledaren frivårdsinspektör
    frivårdsinspektören kriminalvårdare kriminalvårdaren skötare skötaren drifttekniker drifteknikern
    handlare handlaren lanthandlare jaktledare jaktledaren tolk tolken skyddsombud skyddsombudet simlärare
    simläraren idrottslärare idrottsläraren assistent assistenten körledare körledaren fader pater
    arrangören anordnaren
    bud budet budbärare budbäraren cykelbud cykelbudet budförare budföraren kunden gästen
    servitör servitören servitris servitrisen diskare diskaren kassabiträde kassabiträdet expedit
    expediten säljare säljaren lagerarbetare lagerarbetaren operatör operatören larmoperatör larmoperatören
    nyckelhållare nyckelhållaren platschef platschefen arbetsledare arbetsledaren byggarbetare
    byggarbetaren innehavare innehavaren
    krögare krögaren bagare bagaren mekaniker mekanikern bilhandlare bilhandlaren sign
    controller controllern ekonom ekonomen insatschef insatschefen
    moster morbror farbror faster mormor morfar farmor farfar storebror lillebror storasyster lillasyster
    svärmor svärfar svåger svägerska medlare medlaren brobyggare brobyggaren kontraktsinnehavare
    kontraktsinnehavaren familjerna ansvariga ers
    hg bov skolsköt beställare beställaren tilldelad tilldelat vandrare vandraren jour vikarie vikarien
    jourman jourmannen brandingenjör brandingenjören brandutredare brandutredaren agent hl beslutsfattare
    soc
    ssk usk doktor doktorn dr svärson svärsonen svärdotter svärdottern barnbarn barnbarnet barnbarnen
    sonson sonsonen sondotter sondottern dotterson dottersonen dotterdotter dotterdottern brorson
    brorsdotter systerson systerdotter lagbas lagbasen maskinist maskinisten kranförare
    kranföraren grävmaskinist grävmaskinisten byggledare byggledaren livräddare livräddaren jurist juristen
    garderobiär garderobiären gruppledare gruppledaren parkarbetare parkarbetaren besiktningsman
    kp vh rl handl sin+man min+man hennes+man din+man
    läk bakjour bakjouren primärjour primärjouren akutläkare akutläkaren överläkare överläkaren underläkare
    underläkaren distriktssköterska distriktssköterskan avdelningschef avdelningschefen barnmorska
    barnmorskan tandläkare tandläkaren tandsköterska tandsköterskan fysioterapeut fysioterapeuten
    arbetsterapeut arbetsterapeuten psykiatriker psykiatrikern medresenär medresenären pat
    skuldrådgivare skuldrådgivaren budgetrådgivare budgetrådgivaren kronoinspektör kronoinspektören
    kronofogde gäldenär gäldenären svarande svaranden tågklarerare tågklareraren lokförare
    lokföraren förman förmannen låssmed låssmeden skadereglerare skaderegleraren beredskapshavande
    elsäkerhetsledare hamnkapten hamnkaptenen hamnvärd hamnvärden campingvärd campingvärden hamnfogde
    hamnfogden hamnchef hamnchefen vaktansvarig
    kommunalråd kommunalrådet oppositionsråd oppositionsrådet riksdagsledamot riksdagsledamoten politiker
    politikern fullmäktigeledamot fullmäktigeledamoten nämndordförande borgmästare scenvakt scenvakten
    röstmottagare röstmottagaren valförrättare valförrättaren apotekare apotekaren"""
# (the elected and those at the polls, a stage's guard, a pharmacist: stop 39, blind 65, 69 and 75)
# Abbreviated role words end with a full stop before the name: "Insp. Kowalczyk".
# "OV" is an ordningsvakt, "Soc.sekr" a socialsekreterare, "kpol" a kommunpolis, "fsk" a
# fastighetsskötare, "fritidsl." a fritidsledare, "fältass." a fältassistent, "bov." a bovärd, "skolsköt." a
# skolsköterska; "hg" a hyresgäst (stop 35); "ssk" a sjuksköterska, "usk" an undersköterska (stop 36); "läk" a
# läkare, "pat" a patient (stop 37).
ROLE_ABBREVIATIONS: Final = frozenset(
    """insp ass krinsp polinsp polisinsp socialsekr sekr hr fr ov kpol fsk fritidsl fältass ordf bitr
    sign ers bov skolsköt ssk usk dr handl läk pat""".split()
)
WEAK_WORDS = """träffade träffat kontakta kontaktade kontaktat enligt hos kallas kallades ringde bad frågade
tackade
    såg pratade+med prata+med pratat+med talade+med talat+med bråkade+med sågs+med tillsammans+med hemma+hos
    ringde+till skrev+till sa+till väntade+på väntar+på körde skjutsade fråga
    avstämning+med upp+med meddela informera rapporterad+till rapporterat+till säg+till sagt+till ärende
    ärendet"""


def _context_table() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    single: dict[str, str] = {}
    double: dict[tuple[str, str], str] = {}
    for kind, words in (("weak", WEAK_WORDS), ("role", ROLE_WORDS), ("strong", STRONG_WORDS)):
        for word in words.split():
            if "+" in word:
                a, b = word.split("+")
                double[(a, b)] = kind
            else:
                single[word] = kind
    return single, double


CTX_SINGLE, CTX_DOUBLE = _context_table()
ROLE_WORDS_SET: Final = frozenset(w for w, kind in CTX_SINGLE.items() if kind == "role")
# The ends of compound role words ("polis|kollegan", "natt|vakten"): role words of five letters or more,
# not those that end ordinary compounds too ("ögon|kontakt", "mvh", "hälsning"); and the shorter ends of
# titles (`badchef`, `dörrvakten`, `krogvärd`; stop 25: `vaktchef` with them, which on blind 6 finds three
# names and loses a street, measured in aggregate: a name left is personal data shared, a street taken is
# a word lost).
# The definite and plural endings of units and groups (`Fältgruppen`, `Polisen`, `Fältarna`): a capitalised
# word so ended names a unit or a group, not a person, unless a name list holds it.
GROUP_ENDINGS: Final = ("en", "et", "na", "arna", "erna", "orna")
ROLE_ENDINGS: Final = tuple(
    sorted(w for w in ROLE_WORDS_SET if len(w) >= 5 and not w.startswith(("kontakt", "hälsning", "signer")))
) + ("chef", "chefen", "vakt", "vakten", "värd", "värden")
SO_CALLED_RE: Final = re.compile(r"(?i:\b(?:så|s\.k\.|sk|även|också)[ \t]+)$")
SAINT_RE: Final = re.compile(
    r"(?:S:t|S:ta|St\.?|Sankt|Sankta|Sancta|Sant|Santa|Saint|Kung|Drottning|Prins)[ \t]$"
)
ROMAN_RE: Final = re.compile(r"[IVX]+(?::s)?$")
PLACE_PREPS: Final = frozenset("i på vid utanför nära genom längs runt".split())
# Before a word-name standing alone mid-sentence ("söder om Gamla Bo"): a place is likelier than a person.
PLACE_PREPS_WIDE: Final = PLACE_PREPS | frozenset("om mot över under bakom framför mellan".split())
# Lowercase nouns after a name that make it the name of a place or institution ("Olof Palmes gata").
# The generic words of a street's name after a person's name in it (`Gustav Vasas gata`, `Enoch Thulins
# väg`): a regular-expression alternation for the rules that keep such a name a street.
STREET_WORDS_ALTERNATION: Final = "gata|gatan|väg|vägen|gränd|allé|torg|plan|park|backe|stig"
# What is said after a person's own spot, never after a square named after a person (`Olof Palmes plats`):
# `Raimo Lehtonens plats under bron är städad` (stop 38, blind 61).
SPOT_AFTER_WORDS: Final = frozenset("under bakom bredvid intill".split())
# Where vehicles stop or people wait, before the place's own name (`rastplats Hånger`, `taxistolpen Svingeln`,
# `Gallerian Igor`; stop 38, blind 59 and 63): read so by the unknown-word rule and the age rule alike.
STOP_PLACE_NOUNS: Final = (
    "rastplats", "rastplatsen", "truckstop", "truckstopp", "truckstoppet", "taxistolpen", "taxistolpe",
    "taxikön", "gallerian", "galleria",
)  # fmt: skip
PLACE_NOUNS: Final = frozenset(
    """gata gatan väg vägen torg torget plats platsen park parken kyrka kyrkan skola skolan skolas allé allén
    gränd gränden trädgård trädgården sjukhus sjukhuset stiftelse stiftelsen hus huset gård gården hall
    hallen arena arenan stadion hållplats hållplatsen konserthus konserthuset galleria gallerian shopping
    terminal terminalen
    backe backen stig stigen bro bron institut institutet museum museet plan minne minnes församling
    församlingen kapell kapellet bibliotek biblioteket gymnasium gymnasiet förskola förskolan badet värld
    vårdcentral vårdcentralen center centret centrum kvarter kvarteret station stationen kulturhus
    kulturhuset strand stranden vass udde udden gymnasieskola bangata
    akuten akutmottagning akutmottagningen mottagning mottagningen avdelning avdelningen vårdavdelning
    vårdavdelningen psykiatri psykiatrin psykiatriska geriatrik geriatriken""".split()
)
# Word endings of streets, squares, schools and other places: such a word is no name ("Jarlsgatan").
PLACE_SUFFIXES: Final = (
    "gatan",
    "vägen",
    "gränd",
    "gränden",
    "stigen",
    "backen",
    "allén",
    "platsen",
    "boulevarden",
    "torget",
    "leden",
    "parken",
    "gården",
    "holmen",
    "skolan",
    "gymnasiet",
    "kyrkan",
    "stationen",
    "hallen",
    "badet",
    "centrum",
    "motet",
    "huset",
    "arenan",
    "bron",
    "sjön",
    "viken",
    "udden",
    "stranden",
    "gata",
    "plan",
    "torp",
    # organisations and units: "Rapportör: Trygghetsenheten", "Nyköpingshem"
    "enheten",
    "förvaltningen",
    "kontoret",
    "bolaget",
    "gruppen",
    "avdelningen",
    "tjänsten",
    "nämnden",
    "teamet",
    "fastigheter",
    "bostäder",
    "polisen",
    "kommun",
    "kommunen",
    "föreningen",
    "hem",
    "hemmet",
)
FUNCTION_WORDS: Final = frozenset(
    """inte det den han hon de dom man något nåt så att som och en ett är var också väl ju nog bara typ kanske
    alltså i på av till för med om från vid efter under över mot ut in upp ner hit dit här där vad vem vilken
    vilket vilka hur när nu då sin sitt sina hans hennes deras min mitt mina din ditt dina oss dem er sig
    jag du vi ni ingen inget inga alla allt flera många några båda bägge igen tack""".split()
)
# Lowercase words that look like given names but are ordinary words or abbreviations ("15 jan").
LOWER_STOP: Final = frozenset(
    """jan tor tors ons fre lör sön apr aug sep sept okt nov dec max tim dan love will bill can rim tea gun
    ben kim mark frank jack art ray don rose ruby hope joy star april august juni juli maj mars per bo
    hans dag sten stig liv lo inga inge ester fred del sam olov håll koll bilnr bilnummer vagnnr""".split()
)
SURNAME_SUFFIXES: Final = (
    "sson",
    "ström",
    "qvist",
    "kvist",
    "gren",
    "berg",
    "lund",
    "dahl",
    "holm",
    "borg",
    "blad",
    "blom",
    "stedt",
    "fors",
    "mark",
    "vall",
    "ovic",
    "ović",
    "ević",
    "ić",
    "ian",
    "zadeh",
)
ANY_NAME: Final = FIRST_NAMES | LAST_NAMES
PARTICLES: Final = frozenset("de da do dos das del della di van von der den al el bin ibn abu ben".split())
LOWER_SURNAME_ENDINGS: Final = (
    "sson",
    "qvist",
    "kvist",
    "ström",
    "ović",
    "ević",
    "vić",
    "enko",
    "chuk",
    "wski",
)
# Lowercase given names without context: only the Swedish lists and the common hand-written ones (a
# rare foreign name in lowercase is too often a Swedish word cut short: "famil").
LOWER_FIRST: Final = frozenset(
    n.lower()
    for n in SWEDISH_FIRST_NAMES | WORLD_COMMON
    if n not in AMBIGUOUS and len(n) >= 3 and n.lower() not in LOWER_STOP
)
LOWER_ANY: Final = frozenset(
    n.lower() for n in ANY_NAME if n not in AMBIGUOUS and len(n) >= 3 and n.lower() not in LOWER_STOP
)
NOT_NAMES_LOWER: Final = frozenset(n.lower() for n in NOT_NAMES)
# Every spelling that can start a name without context (names, genitives): a fast first filter.
CANDIDATES: Final = frozenset(ANY_NAME | {f"{n}s" for n in ANY_NAME} | {f"{n}'s" for n in ANY_NAME})
LOWER_CANDIDATES: Final = frozenset(LOWER_FIRST | {f"{n}s" for n in LOWER_FIRST})

# Surname endings that no Swedish word of six letters or more has: "Kovalenko", "Mehmedović", "Zielińska".
FOREIGN_SURNAME_ENDINGS: Final = (
    "sson",
    "ović",
    "ovic",
    "ević",
    "evic",
    "vić",
    "ić",
    "enko",
    "chuk",
    "czuk",
    "czyk",
    "ński",
    "ńska",
    "wski",
    "wska",
    "ckij",
    "skij",
    "skiy",
    "zadeh",
    "oğlu",
    "oglu",
    "yan",
    "ov",
    "ova",
    "ev",
    "eva",
    "ez",
    "iuk",
    "yuk",
    "yk",
)

# Ambiguous given names that are written capitalised mid-sentence as something else: months, feasts,
# English words, brands, places and pronouns ("i Juni", "Valborg", "Max 1 per kund", "Marina", "Inga
# personer"). These keep needing a surname anywhere.
WORDS_CAPITALISED: Final = frozenset(
    """April Augusti Juni Juli Maj Mars Valborg Lucia Engelbrekt Viking Urban Marina Love Will Max Mark
    Frank Jack Can Smith Park Junior Lee Le Li Del Son Sol Nord Stjärna Storm Stark Modig Frisk Flink Skog
    Strand Ström Wall Wang Liu Singh Norberg Norrman Wester Hall Park Mars Noor Nour Nur Said Haji Egal
    Vilhelmina Inga Inge Hans Per Dag""".split()  # the last five: pronouns and words ("Inga personer")
)
# Characters after which a word starts a sentence (or a quote, a list item).
SENTENCE_ENDS: Final = ".!?:;\n\"“”„'‘’«»–—-•*("
_LIST_MARK_RE: Final = re.compile(r"[ \t]*[0-9a-z]{1,2}\)")  # a whole line before the word


def sentence_start(text: str, start: int) -> bool:
    """``text[start:]`` starts a sentence, a line, a quote or a list item (`1) Rosa klotter på gaveln`).

    A scan back over the blanks and the line before, not a copy of all the text before ``start``: the
    name finder asks this for every name of a long text."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == 0 or text[k - 1] in SENTENCE_ENDS:
        return True
    line = text[text.rfind("\n", 0, k) + 1 : k]
    return _LIST_MARK_RE.fullmatch(line) is not None


# The last word of an organisation's or a business's name: `Fisksätra IF`, `Sickla Bygg AB`, `Hedin Bil`.
ORG_FORM_WORDS: Final = frozenset(
    """AB HB IF IK FF BK SK FC kommun kommuns förening föreningen förbund förbundet fastigheter bostäder bygg
    städ service security group gruppen center centret centrum galleria gallerian stiftelse stiftelsen kyrka
    kyrkan församling församlingen moské moskén butik butiken restaurang pizzeria""".split()
)
BUSINESS_WORDS: Final = frozenset(
    "bil bilar grill livs taxi kiosk café kafé bageri city frisör byggservice".split()
)

# Places (kommuner, towns) that are common Swedish surnames: after a given name they are the surname.
# The NATO spelling alphabet: a word of it and a number is a radio's call sign (`Mike-7`, `Oscar 9`).
NATO_ALPHABET: Final = (
    "alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
    "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
    "uniform", "victor", "whiskey", "whisky", "yankee", "zulu",
)  # fmt: skip
SURNAME_PLACES: Final = frozenset("Berg Lund Norberg Sala Mora Ljungby Hedemora Boden Borgholm Stan".split())
# The ends of compound place nouns after a name: "Elsas lekpark", "Karins kolonigård".
PLACE_NOUN_ENDINGS: Final = tuple(sorted(w for w in PLACE_NOUNS if len(w) >= 4 and w.islower()))


def shouted_word(word: str) -> bool:
    """A word in capitals where a shouted name ends, a preposition or function word and no listed name:
    `SIRIPORN SRISUK UTANFÖR`, `ANNA BERG VID`. Nouns and adjectives are not: `BO GLAD`, `EVA GRAN`."""
    title = word[:1] + word[1:].lower()
    return title not in ANY_NAME and word.lower() in _SHOUTED_STOPS


_SHOUTED_STOPS: Final = (
    FUNCTION_WORDS
    | PLACE_PREPS_WIDE
    | frozenset("innanför bredvid intill enligt angående hos efter före inne ute hemma".split())
)


def organisation_form(words: str) -> bool:
    """Words that end as an organisation's or a business's name: `Hedin Bil`, `Syrianska FC`."""
    last = words.split()[-1] if words.split() else ""
    return last in ORG_FORM_WORDS or last.lower() in ORG_FORM_WORDS | BUSINESS_WORDS
