"""Names placed by a team, a relative or a note's heading (stop 35, round 34, from blind 34 and 35).

A given name that is also a word (`Rosa`, `Sten`, `Love`) is a name where nothing but a person fits:

* a person in a team or at a workplace: `Rosa i fältgruppen håller koll`, `kontakt med Mark på
  ungdomsmottagningen`, `Sten på fältet har sett den`;
* a person and their relative: `Love och hans bror Emir har hotat`;
* the author a note's heading names before its colon: `Kommentar Rasa:`, `Uppf. Ebba:`;
* the person someone stays with: `han bor hos Kuba i Viksjö`;
* who a report's last cell names with their team: `;Fält Axel`, `;erik fältgruppen`;
* who a person noun names between commas: `en tjej, selam, berättar`.

A capitalised word counts when it is a listed name (a word's too: `Will`, `Can`) or no word of any
lexicon, compound or verb's form, and is no place, role or function word (`Alla i fältgruppen`, `Bråk på
skolan`, `Nedskräpat på gården` stay); a lowercase one when it is a listed given name or no word.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import ORGANISATIONS, SHORT_FORMS, place_words
from lagesbild.privacy.lower_words import is_listed_lower, is_unknown_lower
from lagesbild.privacy.name_cue_words import CAP, LOW, person_ok
from lagesbild.privacy.name_signal_gates import any_word
from lagesbild.privacy.name_unknown import unknown_word
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS, GROUP_ENDINGS
from lagesbild.privacy.names import AMBIGUOUS, LAST_NAMES

__all__ = ["find_workplace_names"]

_TEAMS = (
    r"fältgruppen|fältet|fältarna|gården|fritidsgården|skolan|kontoret|ungdomsmottagningen|socialtjänsten"
    r"|soc|förvaltningen|receptionen|jouren|expeditionen|elevhälsan|nattvandrarna|trygghetsvärdarna"
    r"|gatukontoret|bostadsbolaget|styrkan|patrullen|insatsstyrkan|fältgr"
    r"|driften|kundtjänst|kundtjänsten|växeln|kansliet|verkstaden|polisen"  # stop 38, blind 54, 60 and 63
    r"|hörnet|tornet"  # `Danne på hörnet såg honom`, `Will på tornet såg` (stop 38, blind 62 and 66)
    # a contractor's or an office's staff: `Hjort från entreprenören byter flak 12`, `Holm från Miljö- och
    # byggförvaltningen` (stop 39, blind 77)
    r"|entreprenören|firman|företaget|bolaget|leverantören|åkeriet"
    r"|[A-ZÅÄÖ][\w-]*[ \t]+och[ \t]+[a-zåäö]*förvaltningen"
)
_AT_WORK_RE: Final = re.compile(
    rf"(?<![\w'’.-])(?P<n>{CAP})[ \t]+(?:i|på|från)[ \t]+"
    rf"(?:{_TEAMS}|[A-ZÅÄÖ][\w-]*(?:skolan|gymnasiet|gården))(?![\w-])"
    # from a kommun's own staff, only after `från`: `Holm från Göteborgs Stad` (not `Resö i Tanums kommun`)
    rf"|(?<![\w'’.-])(?P<k>{CAP})[ \t]+från[ \t]+[A-ZÅÄÖ][\w-]*[ \t]+(?:[Ss]tad|[Kk]ommun)(?![\w-])"
)
_KIN: Final = (
    r"bror|brorsa|brorsan|syster|systern|mamma|pappa|kusin|kompis|vän|flickvän|pojkvän|sambo"
    r"|polare|polarna|kompisar|kompisarna|gäng|gänget"  # `Dzoni o hans polare` (stop 38, blind 66)
)
_WITH_KIN_RE: Final = re.compile(
    rf"(?<![\w'’.-])(?P<n>{CAP})[ \t]+(?:och|o|&)[ \t]+"
    rf"(?:hans|hennes|deras|sin|sina)[ \t]+(?:{_KIN})(?![\w-])"
)
_HEADING_RE: Final = re.compile(
    r"(?m)^[ \t]*(?:Kommentar|Uppf\.|Uppföljning|Anteckning|Notering|Svar|Till|Notis[ \t]+till|Att)"
    rf"[ \t]+(?P<n>{CAP})[ \t]*:"
)
_STAYS_WITH_RE: Final = re.compile(
    rf"(?<![\w-])(?:bor|bodde|sover|sov|övernattar|övernattade|är|var)[ \t]+hos[ \t]+(?P<n>{CAP})(?![\w'’-])"
)
_TEAM_CELL_RE: Final = re.compile(
    rf"(?:^|(?<=[;\n]))[ \t]*(?:(?:Fält|Fältare)[ \t]+(?P<n>{CAP})"
    rf"|(?P<l>{LOW}(?:[ \t]+{LOW})?)[ \t]+(?:fältgruppen|fältarna|nattvandrarna|trygghetsvärdarna))"
    r"[ \t]*(?=$|[;\n])"
)
# Who a person noun names between commas: `en tjej, selam, berättar`, `en elev, Amir, säger`.
_PEOPLE = r"tjej|kille|pojke|flicka|elev|ungdom|kvinna|man|granne|kompis|tonåring"
_APPOSITION_RE: Final = re.compile(
    rf"(?<![\w-])(?i:en|ena|den)[ \t]+(?:[a-zåäö]+[ \t]+)?(?:{_PEOPLE})[ \t]*,[ \t]+"
    rf"(?:(?P<l>{LOW}(?:[ \t]+{LOW})?)|(?P<n>{CAP}))[ \t]*(?:,|\.[ \t]+\S)"
)
# Who leads a group: `gänget runt Hodi syns igen`.
_GROUP_AROUND_RE: Final = re.compile(
    r"(?<![\w-])(?i:gänget|gruppen|killarna|tjejerna|kretsen|ligan)[ \t]+runt[ \t]+"
    rf"(?P<n>{CAP})(?![\w'’-])"
)
# Who did it to a person named: `Joy har slagit Hilda igen`, `Bo slog Kawa`.
_HURT_VERBS: Final = tuple(
    """slagit slog sparkat sparkade knuffat knuffade hotat hotade bitit bet rånat rånade mobbat mobbade retat
    retade""".split()
)
_HURT_RE: Final = re.compile(
    rf"(?<![\w'’.-])(?P<n>{CAP})[ \t]+(?:har[ \t]+)?(?:{'|'.join(_HURT_VERBS)})[ \t]+(?P<o>{CAP})(?![\w'’-])"
)
# A person in a list before their role: `Lennart fältare + Zhang polis + mustafa från skolan`.
_ROLES_AFTER: Final = tuple(
    """polis fältare rektor kurator väktare bovärd samordnare trygghetsvärd fritidsledare lärare vaktmästare
    kommunpolis""".split()
)
_ROLE_AFTER_RE: Final = re.compile(
    rf"(?:^|(?<=[+,;\n]))[ \t]*(?P<n>{CAP})[ \t]+(?:{'|'.join(_ROLES_AFTER)})[ \t]*(?=$|[+,;\n)])"
)
# Whom a thank-you names at a company: `Tack också till Brown på AB Bostäder`.
_THANKS_AT_RE: Final = re.compile(
    r"(?i:tack)(?:[ \t]+(?i:också|även|särskilt))?[ \t]+(?i:till)[ \t]+"
    rf"(?P<n>{CAP})[ \t]+(?:på|från|hos)[ \t]"
)
# Who would not give a surname: `6. Gaga (vill inte uppge efternamn)`; whose surname or identity is unknown:
# `- Ask (efternamn okänt)`, `är Ström, förnamn okänt`, `3. Doktorn (identitet ej fastställd)` (stop 37,
# blind 52).
_NO_SURNAME_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{CAP})[ \t]*(?:\(|,[ \t]*(?=(?i:förnamn|efternamn)))"
    r"(?i:(?:vill[ \t]+inte|ville[ \t]+inte|uppger[ \t]+inte)[^)\n]{0,20}efternamn"
    r"|(?:efternamn|förnamn)(?:et)?[ \t]+(?:okänt|okänd|ej[ \t]+känt|inte[ \t]+känt|saknas|oklart)"
    r"|identitet(?:en)?[ \t]+(?:ej|inte)[ \t]+(?:fastställd|känd|klarlagd)|identitet(?:en)?[ \t]+okänd"
    r"|okänd[ \t]+identitet)"
)
# Whom a forwarded case goes to: `Till Okafor för handläggning.` (stop 37, blind 52).
_FOR_HANDLING_RE: Final = re.compile(
    rf"(?<![\w-])(?i:till)[ \t]+(?P<n>{CAP})[ \t]+för[ \t]+"
    r"(?i:handläggning|åtgärd|kännedom|beslut|yttrande|uppföljning)(?![\w-])"
)
# A chat's speakers, one per line before a colon: `Lama: har nån sett …` / `Jörgen: …` / `Lama: ok`.
_SPEAKER_RE: Final = re.compile(rf"(?m)^[ \t>]*(?P<n>{CAP}|{LOW})(?:[ \t]+[A-ZÅÄÖ]\.?)?[ \t]*:[ \t]")
# A form's field names and a log's headings are no speakers.
_LABELS: Final = frozenset(
    """typ var när vad vem hur varför tid tidpunkt datum plats beskrivning status åtgärd åtgärder händelse
    adress telefon tel mobil epost e-post mejl mail kontakt ärende rubrik ämne från till kopia kl obs info
    övrigt notering anteckning kommentar svar fråga larm rond logg klass skola område deltagare närvarande
    ansvarig utsatt drabbad vittne vittnen uppföljning resultat summa totalt källa ref nr""".split()
)
# A styrkeledare by the short form (`SL Lehtonen`, `sl Tran här`), whose name a case carries
# (`Korhonen-ärendet`).
_POLICE_DID: Final = (
    "tog|tar|sa|sade|säger|kom|kommer|ringde|ringer|har|hade|var|informerade|skrev|bad|ska|skulle|pratade"
    "|meddelade|hörde|hämtade|grep|körde|kontaktade|återkommer|lovade|noterade"
)
_SL_RE: Final = re.compile(rf"(?<![\w-])(?:SL|sl)[ \t]+(?P<n>{CAP})(?![\w'’-])")
_CASE_OF_RE: Final = re.compile(rf"(?<![\w'’-])(?P<n>{CAP})-ärendet\b")
# A family by its surname, whatever the word: `Lind-familjen?`, `Baker-familjen` (stop 38, blind 61).
_FAMILY_OF_RE: Final = re.compile(rf"(?<![\w'’-])(?P<n>{CAP})-(?:familjen|familj|släkten|klanen)\b")
# Whom someone called out to: `En av dem ropade på Fane.`
# Whom someone is angry at, takes revenge on or spat at (stop 36, blind 44: `arg på Iliya`, `hämnas på
# jawid`, `spottade på Stig`).
_AT_VERBS: Final = (
    "ropade",
    "ropar",
    "skrek",
    "skriker",
    "arg",
    "sur",
    "förbannad",
    "ilsken",
    "hämnas",
    "spottade",
    "spottat",
    "spottar",
    "skällde",
    "skäller",
    "skällt",  # `skällt på Faith i telefonen` (stop 37, blind 50)
    "skrikit",
    "gapade",
    "gapat",
    "körde",  # who a car drove at: `körde nästan på Tilda` (stop 36, blind 48)
    "backade",
)
_AT: Final = rf"(?<![\w-])(?:{'|'.join(_AT_VERBS)})[ \t]+(?:nästan[ \t]+)?på[ \t]+"
_CALLED_TO_RE: Final = re.compile(
    rf"{_AT}(?P<n>{CAP})(?![\w'’-])"
    rf"|{_AT}['\"”’](?P<q>[^\W\d_]{{2,20}})['\"”’]"  # `ropade på 'gökhan'`
    rf"|{_AT}(?P<l>[a-zåäöéü][a-zåäöéü-]{{1,20}})(?![\w'’-])"
)
_POLICE_OF_RE: Final = re.compile(
    rf"(?<![\w-])(?:(?i:polisens)[ \t]+(?P<n>{CAP})(?![\w'’-])"
    rf"|(?i:polisen)[ \t]+(?P<p>{CAP})(?=[ \t]+(?:{_POLICE_DID})\b))"
)  # `polisens Dahlberg`; `Polisen Lehtonen tog uppgifterna` (stop 36), not `Polisen Ältadalen:`
_CLAUSE_START_RE: Final = re.compile(r"(?:\A|[.:;!?\n•–-])[ \t>*]*\Z")
# A neighbour by the flat or the house: `Strand i lgh 1003 ställer ut kattmat`, `Mats i nr 5`, `Dave från
# nr 9` (stop 38, blind 64).
_NEIGHBOUR_RE: Final = re.compile(
    rf"(?<![\w'’.-])(?P<n>{CAP})[ \t]+(?:i|från)[ \t]+"
    r"(?i:lgh|lägenhet|lägenhetsnr|lägenhetsnummer|nr|nummer|huset)\.?[ \t]*(?:nr\.?[ \t]*)?[0-9]"
)
# Who a name names before `heter han`: `jägaren, Tran heter han, men …` (stop 38, blind 64).
_NAMED_SO_RE: Final = re.compile(rf"(?<![\w'’.-])(?P<n>{CAP})[ \t]+heter[ \t]+(?:han|hon|hen)\b")
# Each rule runs only when a word every match of it holds is in the text (most texts hold none; issue 16).
_GATE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    # (`polisen` is in most police texts: its rule is asked through `_FROM_UNIT_RE` instead)
    "at_work": tuple(w for w in _TEAMS.split("|") if w != "polisen" and w.isalpha()),
    "kin": ("hans", "hennes", "deras", "sin", "sina"),
    "heading": ("kommentar", "uppf", "uppföljning", "anteckning", "notering", "svar", "till", "att"),
    "stays": ("hos",),
    "around": ("runt",),
    "role_after": _ROLES_AFTER,
    "thanks": ("tack",),
    "hurt": _HURT_VERBS,
    "team_cell": ("fält", "fältare", "fältgruppen", "fältarna", "nattvandrarna", "trygghetsvärdarna"),
    "apposition": tuple(_PEOPLE.split("|")),
    "sl": ("sl",),
    "police_of": ("polisens", "polisen"),
    "called_to": _AT_VERBS,
    "neighbour": ("lgh", "lägenhet", "lägenhetsnr", "lägenhetsnummer", "nr", "nummer", "huset"),
    "named_so": ("heter",),
}
_GATES: Final = {rule: any_word(*words) for rule, words in _GATE_WORDS.items()}
# Asked first: any rule's word at all (one look at the text's words, not thirteen), or what the rules look
# for inside words.
_ANY_RULE_WORD: Final = any_word(*(w for words in _GATE_WORDS.values() for w in words))
_AT_WORK_SUBSTRINGS_RE: Final = re.compile("skolan|gymnasiet|gården|förvaltningen")
# The police or a kommun as a person's workplace: asked only where the text says `från` or `på` before them.
_FROM_UNIT_RE: Final = re.compile(r"(?:från|på) polisen|från [A-ZÅÄÖ][\w-]* (?:[Ss]tad|[Kk]ommun)")
# … and what the rules look for inside words, in one scan
_RULE_SUBSTRINGS_RE: Final = re.compile(
    "skolan|gymnasiet|gården|förvaltningen|efternamn|förnamn|identitet|-ärendet|-famil|-släkt|-klan"
    "| stad| kommun"
)


def _person(word: str, not_names: frozenset[str], roles: frozenset[str], at_work: bool = False) -> bool:
    if not person_ok(word, not_names, roles):
        return False
    if word in ANY_NAME or word in AMBIGUOUS or word in SHORT_FORMS:
        return True  # a listed name that is a place's too (`Holm på gatukontoret`) is a person's here
    if word in place_words():
        return False
    low = word.lower()
    # an unlisted word that is no compound of words (`Föräldramöte på Björknässkolan`); before a workplace
    # nor a verb's form (`Nedskräpat på gården` is what was found there)
    return (
        unknown_word(word, not_names, roles)
        and is_unknown_lower(low)
        and not (at_work and low.endswith(_VERB_ENDINGS))
    )


def _speakers(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """The speakers of a chat: two or more, one of them speaking twice (a form's fields do not repeat)."""
    if text.count(":") < 3 or text.count("\n") < 2:
        return []
    lines = [m for m in _SPEAKER_RE.finditer(text) if m.group("n").lower() not in _LABELS]
    words = [m.group("n") for m in lines]
    if len(set(words)) < 2 or len(set(words)) == len(words):
        return []
    return [
        m.span("n")
        for m in lines
        if (m.group("n").islower() and _lower_person(m.group("n")))
        or (not m.group("n").islower() and _named(m.group("n"), not_names, roles))
    ]


def _surname(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    return word in LAST_NAMES or (unknown_word(word, not_names, roles) and is_unknown_lower(word.lower()))


def _family_name(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    return person_ok(word, not_names, roles) and word not in place_words() and word not in ORGANISATIONS


def _listed_not_place(word: str) -> bool:
    return (
        (word in ANY_NAME or word in AMBIGUOUS)
        and word not in place_words()
        and word.lower() not in FUNCTION_WORDS
    )


def _named(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """`Kommentar Rasa:`, `Gaga (vill inte uppge efternamn)`: any word but a place's, a group's or a unit's
    (`Kommentar Styrelsen:`)."""
    if word in ANY_NAME or word in AMBIGUOUS:
        return person_ok(word, not_names, roles) and word not in place_words()
    low = word.lower()
    return (
        person_ok(word, not_names, roles)
        and word not in place_words()
        and not low.endswith(GROUP_ENDINGS + _ORGANISATION_ENDS)
        and all(len(part) > 1 for part in word.split("-"))  # `Till J-Södra:` is a company
    )


_ORGANISATION_ENDS: Final = ("trafik", "tåg", "bolag", "byrån", "region", "kommun", "stad")


_VERB_ENDINGS: Final = ("at", "ad", "ade", "ades", "ats", "ande", "ende", "it", "its", "ning", "het", "igt")


def _lower_person(words: str) -> bool:
    return all(w not in FUNCTION_WORDS and (is_listed_lower(w) or is_unknown_lower(w)) for w in words.split())


def find_workplace_names(
    text: str, not_names: frozenset[str], roles: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of the people the constructions of the module doc name."""
    out = _speakers(text, not_names, roles)
    if not _ANY_RULE_WORD(text) and not _RULE_SUBSTRINGS_RE.search(text):
        return out  # most texts hold none
    gates = _GATES
    if gates["at_work"](text) or _AT_WORK_SUBSTRINGS_RE.search(text) or _FROM_UNIT_RE.search(text):
        for m in _AT_WORK_RE.finditer(text):
            # inside a sentence a capitalised word is a name (`kolla med Örn på gatukontoret`); where a
            # sentence opens it may be what was found there (`Nedskräpat på gården`)
            group = "n" if m.group("n") else "k"
            word = m.group(group)
            inside = not _CLAUSE_START_RE.search(text, max(0, m.start() - 3), m.start())
            if _person(word, not_names, roles, True) or (inside and _named(word, not_names, roles)):
                out.append(m.span(group))
    if gates["neighbour"](text):
        for m in _NEIGHBOUR_RE.finditer(text):
            # a listed name that is a place's or a word's too is the neighbour here (`Strand i lgh 1003`)
            word = m.group("n")
            inside = not _CLAUSE_START_RE.search(text, max(0, m.start() - 3), m.start())
            low = word.lower()
            listed = (
                (word in ANY_NAME or word in AMBIGUOUS) and low not in FUNCTION_WORDS and low not in roles
            )
            if listed or _person(word, not_names, roles) or (inside and _named(word, not_names, roles)):
                out.append(m.span("n"))
    for gate, rx in (
        ("named_so", _NAMED_SO_RE),
        ("kin", _WITH_KIN_RE),
        ("stays", _STAYS_WITH_RE),
        ("around", _GROUP_AROUND_RE),
        ("role_after", _ROLE_AFTER_RE),
        ("thanks", _THANKS_AT_RE),
    ):
        if gates[gate](text):
            out += [m.span("n") for m in rx.finditer(text) if _person(m.group("n"), not_names, roles)]
    # where only a person's name can stand, a word's too
    if gates["heading"](text):
        out += [m.span("n") for m in _HEADING_RE.finditer(text) if _named(m.group("n"), not_names, roles)]
        out += [
            m.span("n") for m in _FOR_HANDLING_RE.finditer(text) if _named(m.group("n"), not_names, roles)
        ]
    if "efternamn" in text or "identitet" in text or "förnamn" in text:
        for m in _NO_SURNAME_RE.finditer(text):
            word = m.group("n")
            # whose identity is unknown is known by a nickname only, a role's word too (`Doktorn`)
            unknown = "identitet" in m.group().lower() and word.lower() not in FUNCTION_WORDS
            if unknown or _named(word, not_names, roles):
                out.append(m.span("n"))
    if gates["sl"](text):
        out += [m.span("n") for m in _SL_RE.finditer(text) if _person(m.group("n"), not_names, roles)]
    if gates["called_to"](text):
        for m in _CALLED_TO_RE.finditer(text):
            if m.group("q"):
                if m.group("q").lower() not in FUNCTION_WORDS:
                    out.append(m.span("q"))  # a quoted call is a name whatever its case
            elif m.group("l"):
                if m.group("l") not in FUNCTION_WORDS and (
                    is_listed_lower(m.group("l")) or is_unknown_lower(m.group("l"))
                ):
                    out.append(m.span("l"))
            elif _named(m.group("n"), not_names, roles) or _listed_not_place(m.group("n")):
                out.append(m.span("n"))  # a listed name that is a word too, where a person stands: `på Stig`
    if gates["police_of"](text):
        for m in _POLICE_OF_RE.finditer(text):
            group = "n" if m.group("n") else "p"
            if _surname(m.group(group), not_names, roles):
                out.append(m.span(group))
    if "-ärendet" in text:
        out += [m.span("n") for m in _CASE_OF_RE.finditer(text) if _surname(m.group("n"), not_names, roles)]
    if "-famil" in text or "-släkt" in text or "-klan" in text:
        out += [
            m.span("n") for m in _FAMILY_OF_RE.finditer(text) if _family_name(m.group("n"), not_names, roles)
        ]
    if gates["hurt"](text):
        for m in _HURT_RE.finditer(text):
            # the one who did it, when the one it was done to is a listed name too
            if m.group("o") in ANY_NAME and _person(m.group("n"), not_names, roles, True):
                out.append(m.span("n"))
    cells = _TEAM_CELL_RE.finditer(text) if gates["team_cell"](text) else ()
    appositions = _APPOSITION_RE.finditer(text) if "," in text and gates["apposition"](text) else ()
    for m in cells:
        if m.group("n") and _person(m.group("n"), not_names, roles):
            out.append(m.span("n"))
        elif m.group("l") and _lower_person(m.group("l")):
            out.append(m.span("l"))
    for m in appositions:  # the person noun says person: a word's name too (`en äldre kille, Bee.`)
        if m.group("n") and _named(m.group("n"), not_names, roles):
            out.append(m.span("n"))
        elif m.group("l") and _lower_person(m.group("l")):
            out.append(m.span("l"))
    return out
