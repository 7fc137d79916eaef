"""Word tables, patterns and word tests of the fifth name round (lagesbild/privacy/name_signals.py): the
roles, the acronyms and Swedish words in capitals that are no names, the cue patterns, and what a word
must not be to count as a name where a signal says person."""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.name_cue_words import (
    CAP,
    LOW,
    NOT_PERSON,
    NOUN_ENDINGS,
    UP,
    lower_ok,
    person_ok,
    strong_lower_ok,
)
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS, LOWER_ANY, shouted_word
from lagesbild.privacy.names import AMBIGUOUS
from lagesbild.privacy.speech import QUOTES

__all__ = [
    "ACRONYMS",
    "ACT_AGAINST_RE",
    "ALSO_CALLED_RE",
    "ARRESTED",
    "CALLED_AFTER_RE",
    "CAPSW",
    "CAPS_RUN_RE",
    "APPOSITION_RE",
    "DEFINITE_ROLES",
    "COMMA_SUBJECT_RE",
    "DEFINITE",
    "END_AFTER_RE",
    "EVENT_ENDINGS",
    "FAMILY_RE",
    "INITIAL_RE",
    "KIN",
    "KIN_PAREN_RE",
    "KIN_RE",
    "LIST_END_RE",
    "LIST_HEAD_RE",
    "LOWER_AFTER_RE",
    "LOWER_ROLES",
    "LOWER_ROLES_END",
    "MET_RE",
    "NICK_PAREN_RE",
    "NOT_BEFORE_NAME",
    "NOT_LOWER_SUBJECT",
    "NOT_THANKED",
    "ONLY_PERSON",
    "PAREN_VERB_RE",
    "PART",
    "QUOTE_START_RE",
    "ROLES",
    "ROLE_ALT",
    "ROLE_RE",
    "SIGNATURE_RE",
    "SO_CALLED_RE",
    "SURNAME_GIVEN_RE",
    "TELLS",
    "TELLS_BEFORE_RE",
    "TELLS_RE",
    "VERB_SHAPES",
    "ROLE_PAREN_RE",
    "VERB_SUBJECT_RE",
    "WHO_WORKS_RE",
    "WHOSE_NUMBER_RE",
    "VOWELS",
    "W",
    "WROTE_RE",
    "cap_ok",
    "caps_word_ok",
    "lower_words_ok",
    "name_shaped_lower",
    "strong_lower",
    "told_ok",
    "unshouted",
]

W: Final = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
CAPSW: Final = rf"[{UP}][{UP}]+(?:-[{UP}]+)?"
# the particles of a name, also in capitals (`VAN DEN BROEK`, stop 38)
PART: Final = r"(?:af|von|de|van|der|al|el|bin|ibn|AF|VON|DE|VAN|DER|DEN|AL|EL|BIN|IBN)"
# Roles that precede a person's name in reports, in full and abbreviated.
ROLES: Final = frozenset(
    """väktare vakt vaktm vaktmästare fsk fastighetsskötare bovärd områdesvärd ov fältare fältass
    fältassistent kpol kommunpolis insp polisinsp inspektör polisinspektör rektor kurator samordnare
    fritidsledare fritidsl nattvandrare ordningsvakt förare ägare hyresgäst boende lägenhetsinnehavare
    förstahandshyresgäst andrahandshyresgäst kontaktperson kontakt ansv ansvarig ledare målsägande
    anmälare trygghetsvärd värd sekr socialsekr handläggare polis polisassistent ass krinsp föraren ägaren
    hyresgästen""".split()
)
# Roles after which one or two lowercase words are a name: abbreviations and titles nobody writes
# before a noun ("fsk arben morina hittade"); after the roles of police language ("förare", "ägare",
# "väktare") only before a comma, a parenthesis, a number or the end ("förare sargon, snr …").
LOWER_ROLES: Final = frozenset(
    """vaktm fsk fastighetsskötare bovärd områdesvärd fältare fältass kpol lägenhetsinnehavare
    förstahandshyresgäst kontaktperson trygghetsvärd ov""".split()
)
LOWER_ROLES_END: Final = frozenset(
    "förare ägare hyresgäst kontakt väktare målsägande anmälare passagerare vandrare".split()
)
END_AFTER_RE: Final = re.compile(r"[ \t]*(?:$|[,;(\[\n]|\+?[0-9][0-9 -]{5,})")
# Capitals that are no names: acronyms of organisations, units and Swedish words in capitals.
ACRONYMS: Final = frozenset(
    """SL HSB LOB SOS IF AB BRF EPA ICA IKEA LSS BUP BVC VC SFI KPI UC OK IP GC SMS MMS VD HR IT OBS PS NB
    EU FN USA UK TV PC ID BB AIK IFK LVU LVM SIS IVO KS KF SOC BOU TT TK NU AVARN ST KOLLA VID OCH PÅ
    I OM MED FÖR TILL FRÅN EJ INTE INGEN ALLA MOT AV SKA ÄR HAR VAR DET DEN DE HAN HON BRAND LARM
    POLIS POLISEN VARNING AKUT INFO UPPDATERING UPPDATERAD BROTT STÖLD RÅN INBROTT GRIPEN GRIPNA SLUT
    MISSHANDEL SKADEGÖRELSE NARKOTIKA TRAFIKOLYCKA ÖVRIGT SAMMANFATTNING KVÄLL NATT DAG VECKA
    STORT TACK HJÄLP NYTT NY VIKTIGT""".split()
)
VOWELS: Final = frozenset("AEIOUYÅÄÖÁÀÉÈÍÓÚÜÝaeiouyåäöáàéèíóúüý")

ROLE_ALT: Final = "|".join(sorted(ROLES, key=len, reverse=True))
ROLE_RE: Final = re.compile(
    rf"(?<![\w'’-])(?:(?i:{ROLE_ALT}|bitr)\.?[ \t]+)*(?P<r>(?i:{ROLE_ALT}))\.?:?[ \t]+(?P<n>"
    + rf"{CAPSW}(?:[ \t]+{CAPSW})?(?![\w'’-])"
    + rf"|{PART}[ \t]+{CAP}(?:[ \t]+{CAP})?"
    + rf"|{CAP}"
    + rf"|{LOW}(?:[ \t]+{LOW})?)"
)
# A role in its definite form, then the person between commas: `Samtal från polisen, Hallgren, angående …`,
# `Väktaren, Berg, sa …` (stop 38, blind 60). A lowercase word after the second comma: no list of places.
DEFINITE_ROLES: Final = (
    "polisen|kommunpolisen|väktaren|vakten|nattvakten|ordningsvakten|kuratorn|rektorn|handläggaren"
    "|samordnaren|fältaren|förvaltaren|bovärden|vaktmästaren|fritidsledaren|läraren|organisten|prästen"
    "|kyrkvärden|bärgaren|chauffören|föraren|ägaren|hyresgästen|grannen|anmälaren|kontaktpersonen"
    "|trygghetsvärden|inspektören|polisinspektören|socialsekreteraren|utredaren|förhörsledaren"
)
APPOSITION_RE: Final = re.compile(
    rf"(?<![\w'’-])(?i:{DEFINITE_ROLES})[ \t]*,[ \t]*(?P<n>{CAP}(?:[ \t]+{CAP})?)"
    # … or where the text ends: `Ärendet lämnat till kommunpolisen, Popescu.` (stop 38, blind 66)
    r"(?:[ \t]*,[ \t]+(?=[a-zåäö])|[ \t]*\.?[ \t]*\Z)"
)
CAPS_RUN_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{CAPSW}(?:[ \t]+(?:{PART}[ \t]+)?{CAPSW}){{1,2}})(?![\w'’-])"
)
SO_CALLED_RE: Final = re.compile(
    r"(?<![\w'’-])(?i:den|han|hon|killen|tjejen)[ \t]+"
    r"(?i:s\.k\.|sk|(?P<full>så[ \t]+kallade|så[ \t]+kallad))"
    rf"[ \t]+(?P<n>{CAP})(?![\w'’-])"
)
EVENT_ENDINGS: Final = ("dagen", "dagarna", "veckan", "helgen", "festen", "festivalen", "ligan", "gänget")
NICK_PAREN_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{CAP})[ \t]+\((?i:smeknamn|smeknamnet|alias|nick|öknamn)\)"
)
CALLED_AFTER_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<a>{CAP}),?[ \t]+(?i:även|också)[ \t]+(?i:kallad|kallade|kallas)[ \t]+"
    rf"(?P<b>{CAP})(?![\w'’-])"
)
# A capitalised word and an initial after a word that takes a person: "m Fatos H.", "enligt Somchai B.:".
INITIAL_RE: Final = re.compile(
    rf"(?:(?<![\w'’-])(?i:m|med|enligt|enl\.|förhör[ \t]+m|och|samt|av|mellan)|,)[ \t]+"
    rf"(?P<n>{CAP}[ \t]+[{UP}]\.)(?=[ \t,;:)!?]|$)"
)
# What is done to a person: "Ingripande mot Wichai Srisuk", "Avstängning av Hawre Dosky".
ACT_AGAINST_RE: Final = re.compile(
    r"(?<![\w'’-])(?i:ingripande|ingripandet|avstängning|avstängd|hyresavi|varning|tillträdesförbud"
    r"|kontaktförbud|vräkning|uppsägning)[ \t]+(?i:mot|av|till|för|på)[ \t]+"
    rf"(?P<n>(?:{CAP}|{CAPSW})[ \t]+(?:{CAP}|{CAPSW}))(?![\w'’-])"
)
# A relative named in parentheses: "bror (Berfin Barzinji)", "bror (Valkeapää, Niillas)".
KIN_PAREN_RE: Final = re.compile(
    r"(?<![\w'’-])(?i:bror|brodern|brorsan|syster|systern|kusin|kusinen|mamma|mamman|pappa|pappan"
    r"|moster|faster|morbror|farbror|son|sonen|dotter|dottern|sambo|sambon)[ \t]+"
    rf"\((?P<n>{CAP}(?:,?[ \t]+{CAP})?)\)"
)
# "Hedlund, Ebba"; not a name and then a street named after a person: "Minh Bergkvist, Olof Palmes gata".
SURNAME_GIVEN_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<a>{CAP}),[ \t]+(?P<b>{CAP})(?![\w'’-])(?![ \t]+[{UP}])"
)
# Who a meeting or talk was with: "Möte m Sunna Labba och OV …".
MET_RE: Final = re.compile(
    r"(?<![\w'’-])(?i:möte|mötet|samtal|dialog|pratade|pratat|träffade|träffat|förhör)[ \t]+"
    r"(?i:m\.?|med)[ \t]+"
    rf"(?P<n>{CAP}[ \t]+{CAP})(?![\w'’-])"
)
# The sender at a clause's start: "Cem mejlade från …", "Biniam sms:ade till".
WROTE_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;]))[ \t\n]*(?P<n>{CAP}(?:[ \t]+{CAP})?)[ \t]+(?:mejlade|mejlar|mailade|sms:ade|sms:ar"
    r"|ringde|ringer|skrev)[ \t]+(?:från|till|om)\b"
)
# After a comma, a capitalised word before what is done to a person: "…, Zozan gripen, …".
COMMA_SUBJECT_RE: Final = re.compile(
    rf"(?<=,)[ \t]+(?P<n>{CAP})[ \t]+(?:gripen|greps|anhållen|omhändertagen|omhändertogs|misstänkt|skadad)\b"
)
# Whose number or address it is: "pnr 440501-8922 på Jing", "numret till Rosita".
WHOSE_NUMBER_RE: Final = re.compile(
    r"(?<![\w'’-])(?:(?i:pnr|p-nr|personnummer|personnumret|samordningsnummer|samordningsnumret|snr"
    r"|telefonnummer|telefonnumret|mobilnummer|mobilnumret|mobilnr|tel\.?nr)(?:[ \t]+[0-9][0-9 +-]{5,14})?"
    r"[ \t]+(?i:på|till|för|åt)|(?i:numret|adressen|mejladressen|e-postadressen)[ \t]+(?i:till))[ \t]+"
    rf"(?P<n>{CAP})(?![\w'’-])"
)
# A word with a role or a family tie beside it: "Dina (fritidsledare) såg", "(Somchai är sonen)".
ROLE_PAREN_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>{CAP})[ \t]+\((?i:fritidsledare|fältare|fältassistent|väktare|vaktmästare|bovärd"
    r"|kurator|rektor|lärare|nattvandrare|ordningsvakt|samordnare|områdesvärd|fastighetsskötare|polis"
    r"|kommunpolis|förälder|granne|vittne|anmälare|boende|hyresgäst)\)"
    rf"|(?<![\w'’-])(?P<k>{CAP})[ \t]+(?:är|var)[ \t]+(?i:sonen|dottern|mamman|pappan|brodern|systern"
    r"|kusinen|barnet|sambon|frun|maken|pojkvännen|flickvännen)\b"
)
# At a clause's start, a person who runs, works or lives somewhere: "Dina som driver kiosken".
WHO_WORKS_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;]))[ \t\n]*(?P<n>{CAP})[ \t]+som[ \t]+(?:driver|drev|jobbar|jobbade|arbetar|arbetade"
    r"|bor|bodde|äger|ägde)[ \t]"
)
FAMILY_RE: Final = re.compile(rf"(?<![\w'’-])(?i:fam\.|familjen|familj)[ \t]+(?P<n>{CAP})(?![\w'’-])")
ALSO_CALLED_RE: Final = re.compile(
    rf"[ \t]*,?[ \t]*(?i:även|också)[ \t]+(?i:kallad|kallade|kallas)[ \t]+(?P<n>{CAP})(?![\w'’-])"
)
ARRESTED: Final = (
    r"greps|grips|anhölls|häktades|omhändertogs|sitter|satt|sågs|syntes|bor|hänger|säljer|sålde|rymde"
    r"|hotade|slog|misshandlade|rånade|stal|sprang|flydde|ska[ \t]+ha"
)
PAREN_VERB_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;]))[ \t\n]*(?P<a>{CAP}(?:[ \t]+[{UP}]\.)?)[ \t]+\((?P<b>{CAP}(?:[ \t]+{CAP})?)\)"
    rf"[ \t]+(?P<v>{ARRESTED})\b"
)
ONLY_PERSON: Final = frozenset(
    "greps grips anhölls häktades omhändertogs rymde hotade slog misshandlade rånade stal".split()
)
VERB_SUBJECT_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;]))[ \t\n]*(?P<n>{CAP}(?:-{CAP})?)[ \t]+(?:{ARRESTED})\b"
)
SIGNATURE_RE: Final = re.compile(
    rf"(?:^|(?<=[ \t\n!.?/]))/(?P<n>{CAP}(?:[ \t]+{CAP})?|{CAPSW}(?:[ \t]+{CAPSW})?)"
    r"(?=[ \t]*(?:,|$|\n))"
    # a phone-typed note's lowercase signature, at its very end: `ring mig om nåt /frasse`
    r"|(?<=[ \t])/(?P<n2>[a-zåäöéü]{3,}(?:-[a-zåäöéü]+)?)[ \t]*$"
)
TELLS: Final = (
    r"skriver|skrev|meddelar|meddelade|berättar|berättade|uppger|uppgav|säger|sa|sade|rapporterar"
    r"|rapporterade|mejlar|mejlade|sms:ar|sms:ade|menar|tror|hävdar"
)
TELLS_RE: Final = re.compile(
    rf"(?:^|(?<=[:.!?;]))[ \t\n]*(?P<n>{CAP}(?:[ \t]+{CAP})?)[ \t]+(?:{TELLS})[ \t]*(?:att\b|:)"
)
TELLS_BEFORE_RE: Final = re.compile(
    rf"(?<![\w'’-])(?i:{TELLS}|enligt|enl\.)[ \t]+(?P<n>{CAP}(?:[ \t]+{CAP})?|{CAPSW}(?:[ \t]+{CAPSW})?)"
    r"(?=[ \t]*(?:[:,]|om\b|att\b|$))"
)
# The name's parts are bounded: each quote of `A'A'A'…` starts a match, and an unbounded name read to the
# run's end from every one of them took time in the square of its length (review of stop 22).
QUOTE_START_RE: Final = re.compile(
    rf"[{QUOTES}](?P<n>[{UP}][^\W\d_]{{0,60}}(?:[-'’][^\W\d_]{{1,60}}){{0,5}})"
    r"[ \t]+(?:var|hade|är|har|ska|sa|kom|gick|blev|tog|slog|sprang|såg|satt"
    r"|sitter|fick|ville|vill|kan|kunde|skulle|brukar)\b"
)
KIN: Final = (
    r"moster|faster|morbror|farbror|mormor|farmor|morfar|farfar|mamma|pappa|bror|syster|lillebror"
    r"|storebror|lillasyster|storasyster|kusin|son|dotter|sambo|pojkvän|flickvän|fru|lägenhet|lgh"
    r"|lägenheten|bil|cykel|moped|telefon|mobil|rum|dörr|föräldrar|vårdnadshavare|kompis|kompisar"
)
KIN_RE: Final = re.compile(rf"(?<![\w'’-])(?P<n>{CAP})[ \t]+(?:{KIN})(?![\w'’-])")
LIST_HEAD_RE: Final = re.compile(
    r"(?:^|(?<=[\n.!?;:]))[ \t]*"
    r"(?i:deltagare|närvarande|inblandade|personer|kontakter|misstänkta|målsägande|vittnen|gripna)"
    r"(?:[ \t]+[^\n:]{1,20})?:[ \t]*(?P<l>[^\n]+)"
)
LOWER_AFTER_RE: Final = re.compile(
    rf"(?:(?<![\w'’-])(?i:tack)[ \t]+(?P<a>{LOW}(?:[ \t]+{LOW})?)(?=[ \t]*!)"
    rf"|(?<![\w'’-])(?i:ang\.)[ \t]+(?P<b>{LOW}(?:[ \t]+{LOW})?)(?=[ \t]*:)"
    rf"|(?<![\w'’-])(?i:bl\.a\.|bland[ \t]+dem)[ \t]+(?P<c>{LOW}(?:[ \t]+{LOW})?)"
    r"(?=[ \t]*(?:,|\.|$|och\b|o\b))"
    rf"|(?:^|(?<=[!.?]))[ \t]*(?:hej!?[ \t]+)?(?P<d>{LOW}(?:[ \t]+{LOW})?)[ \t]+(?:e|är|o[ \t]+ngn)[ \t]"
    rf"|(?<=[,;])[ \t]+(?P<e>{LOW}(?:[ \t]+{LOW})?)[ \t]+(?:tjatade|tjatar|frågar|frågade|bråkar|bråkade"
    r"|e[ \t]+tillbaka)\b)"
)
NOT_THANKED: Final = frozenset("allihop allihopa igen snälla ska för så mycket er dig".split())
DEFINITE: Final = ("en", "et", "arna", "erna", "orna", "ns", "ts")
NOT_LOWER_SUBJECT: Final = frozenset(
    """det han hon hen den de vi ni jag man ngn någon allt inget utan av med från till inne ute norr söder
    öster väster nära vid efter under över mellan samt eller inte ej också även bara nu här där""".split()
)


def caps_word_ok(word: str, not_names: frozenset[str]) -> bool:
    parts = word.split("-")
    return (
        word not in ACRONYMS
        and word.title() not in not_names
        and all(len(p) >= 2 and VOWELS.intersection(p) for p in parts)
        and word.lower() not in FUNCTION_WORDS
    )


def cap_ok(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A capitalised word where a signal says person: a listed name, or no noun for people or things."""
    if word in ANY_NAME and word not in not_names:
        return True
    return person_ok(word, not_names, roles) and not word.lower().endswith(NOUN_ENDINGS)


def told_ok(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """The subject of a verb of writing or telling: a listed name, or no definite noun ("Bolaget",
    "Kommunen", "Ungdomarna") — a name may end like an indefinite noun ("Ewurabena", "Rebwar")."""
    if word in ANY_NAME and word not in not_names:
        return True
    return person_ok(word, not_names, roles) and not word.lower().endswith(
        ("en", "et", "arna", "erna", "orna", "ning", "het", "ist", "are", "ande", "ar", "er", "or")
    )


def lower_words_ok(words: str, roles: frozenset[str]) -> bool:
    ws = words.split()
    return all(
        w not in NOT_LOWER_SUBJECT
        and lower_ok(w, roles)
        and (
            w in LOWER_ANY
            or not w.endswith(("ps", "gs", "ds", "ks", "des", "tes", "ses", "tas", "nas", "ges"))
        )
        for w in ws
    )


VERB_SHAPES: Final = (
    "ade", "de", "te", "ad", "t", "dd", "ar", "er", "ir", "or", "s", "nd", "ll", "ig", "sk", "od", "og",
)  # fmt: skip
NOT_BEFORE_NAME: Final = frozenset(
    """tack hej hejsan info möte samtal dialog kontakt ang angående enligt hos med till från för och eller
    igår idag ikväll inatt sedan dessutom även också""".split()
)
LIST_END_RE: Final = re.compile(r"[ \t]*(?:$|[,;(\[\n)]|och\b|o\b)")


def name_shaped_lower(word: str, roles: frozenset[str]) -> bool:
    """A lowercase word right after a role nobody writes before a noun: a listed name, or a word that is
    no verb or adjective form ("arben", "khalida"; not "hittade", "ringer", "kontaktad")."""
    if word in LOWER_ANY:
        return word.title() not in AMBIGUOUS
    return (
        len(word) >= 3
        and word not in FUNCTION_WORDS
        and word not in NOT_PERSON
        and word not in NOT_LOWER_SUBJECT
        and word not in roles
        and not word.endswith(VERB_SHAPES)
    )


def strong_lower(words: str, roles: frozenset[str]) -> bool:
    """After a cue that only takes a person ("tack X!", "ang. X:"): no word for people or things."""
    return strong_lower_ok(words, roles) and not any(
        w in NOT_LOWER_SUBJECT or w in NOT_THANKED or w.endswith(DEFINITE) for w in words.split()
    )


_PART_RE: Final = re.compile(PART)
_CAPS_WORD_RE = re.compile(r"\S+")


def unshouted(m: re.Match[str], fewest: int = 2) -> tuple[int, int] | None:
    """The span of a run of capitals without the prepositions and function words at its ends
    (`name_words.shouted_word`): `LOB SIRIPORN SRISUK UTANFÖR` ends before `UTANFÖR`. None when fewer than
    ``fewest`` words are left or such a word stands inside."""
    words = [w for w in _CAPS_WORD_RE.finditer(m.group("n")) if not _PART_RE.fullmatch(w.group())]
    keep = [not shouted_word(w.group()) for w in words]
    if True not in keep:
        return None
    first, last = keep.index(True), len(keep) - keep[::-1].index(True)
    if last - first < fewest or not all(keep[first:last]):
        return None
    return m.start("n") + words[first].start(), m.start("n") + words[last - 1].end()
