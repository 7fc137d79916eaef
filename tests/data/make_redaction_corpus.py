"""Writes tests/data/redaction_corpus.jsonl: the measured corpus for lagesbild.privacy.redaction.

Run: ``python tests/data/make_redaction_corpus.py`` (seeded; the output is committed and must not change
unless this script does).

Each line: ``{"text": ..., "items": [{"type": ..., "value": ...}], "lookalikes": [...]}``.

* ``items`` are planted personal data; every one is invented: names are combinations from the pools below,
  personnummer/samordningsnummer are Luhn-valid numbers built here (plus a few deliberately mistyped ones
  after a context word), phone numbers are checked to be valid Swedish numbers by ``phonenumbers``.
* ``lookalikes`` are substrings that must survive redaction: times, dates, amounts, bus lines, roads,
  counts, area and organisation names, category words, words that are also names.

The sentences are hand-written templates in the style of EST / police / housing-company reports. A
template marks look-alikes with «...» and slots with {SLOT}. This script does not import lagesbild: the
corpus must not be shaped by the code it measures.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypedDict

import phonenumbers

SEED = 20240415
OUT = Path(__file__).with_name("redaction_corpus.jsonl")

# --------------------------------------------------------------------------------------------------
# name pools (invented combinations; pools mix very common names with rarer ones)
# --------------------------------------------------------------------------------------------------
FIRST = """Anna Erik Lars Karin Johan Maria Emma Oscar Elin Lucas Ebba Hugo Wilma Liam Saga Nils Alice Vincent
Maja Sofia Linnea Olle Ida Viktor Moa Filip Julia Elsa Gustav Selma Theo Astrid Leo Agnes Isak Klara Malin
Jonas Therese Mikael Jenny Fredrik Camilla Peter Sara Ahmed Mohamed Fatima Yusuf Hamza Amina Abdi Ali Hodan
Omar Zainab Ibrahim Leyla Mustafa Mariam Khalid Hassan Samira Dawit Senait Arash Shirin Elif Emre Zeynep Amir
Noor Hiba Jamal Sahra Ilhan Mehmet Dragan Jelena Piotr Kasia Jukka Ayaan Idil Bilal Rania Tesfay Nasteho Ayub
Ruqiya Lamin Fatou Awa Ebrima Thuy Minh Idun Majvor Gösta Assar Ingvor Sölve Malkolm Tindra Ronja Kasimir
Hamdi Warsan Yonis Luul Nimco Saynab Abdirashid Mahad Cabdi Shukri""".split()
LAST = """Lindqvist Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Lindberg Lindström Lundgren Berglund Sjöberg Holmberg Ekström
Hassan Mohamed Ali Ahmed Abdi Yilmaz Demir Hodžić Nowak Virtanen Nguyen Warsame Farah Jama Osman Rahimi Kaya
Petrović Kowalski Saarinen Engdahl Wickström Bergkvist Fagerlund Hellqvist Ståhlberg Tengvall Rydholm Isse
Guled Abdulle Mäkelä Öberg Åkesson Lindahl Hedlund Forsberg Sundqvist Axelsson Wallin Blomqvist""".split()

# --------------------------------------------------------------------------------------------------
# structured item generators (each returns the text to insert; the item value is that text unless noted)
# --------------------------------------------------------------------------------------------------


def luhn_check(digits9: str) -> int:
    total = 0
    for i, ch in enumerate(digits9):
        v = int(ch) * (2 - i % 2)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


def make_pnr(rng: random.Random, coordination: bool, variant: int) -> str:
    born = date(1935, 1, 1) + timedelta(days=rng.randrange(0, (date(2012, 12, 31) - date(1935, 1, 1)).days))
    if variant == 6:  # '+' separator: 100 years or older
        born = date(rng.randrange(1915, 1925), rng.randrange(1, 13), rng.randrange(1, 29))
    day = born.day + (60 if coordination else 0)
    yymmdd = f"{born.year % 100:02d}{born.month:02d}{day:02d}"
    serial = f"{rng.randrange(0, 1000):03d}"
    if serial == "000":
        serial = "001"
    check = luhn_check(yymmdd + serial)
    if variant == 7:  # mistyped check digit: only after a context word (template decides)
        check = (check + rng.randrange(1, 10)) % 10
    last4 = f"{serial}{check}"
    century = f"{born.year // 100}"
    forms = [
        f"{yymmdd}-{last4}",
        f"{century}{yymmdd}-{last4}",
        f"{century}{yymmdd}{last4}",
        f"{yymmdd}{last4}",
        f"{yymmdd}-{last4}",
        f"{yymmdd} {last4}",
        f"{yymmdd}+{last4}",
        f"{yymmdd}-{last4}",
        f"{yymmdd}-\n{last4}",
    ]
    return forms[variant % len(forms)]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_phone(rng: random.Random, variant: int) -> str:
    while True:
        kind = variant % 16
        if kind < 9:
            prefix = rng.choice(["70", "72", "73", "76", "79"])
            rest = str(rng.randrange(1, 10)) + _digits(rng, 6)
            national = f"0{prefix}{rest}"
            a, b, c, d = rest[:3], rest[3:5], rest[5:], rest
            forms = [
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}{d}",
                f"0{prefix} {a} {b} {c}",
                f"+46 {prefix} {a} {b} {c}",
                f"0046{prefix}{d}",
                f"0{prefix}-{d}",
                f"+46{prefix}{d}",
                f"+46 (0){prefix} {a} {b} {c}",
                f"0{prefix}-{a}\n{b} {c}",
            ]
            text = forms[kind]
        elif kind < 13:
            rest = str(rng.randrange(2, 9)) + _digits(rng, 7)
            national = f"08{rest}"
            forms = [
                f"08-{rest[:3]} {rest[3:6]} {rest[6:]}",
                f"08-{rest}",
                f"08 {rest[:3]} {rest[3:6]} {rest[6:]}",
                f"+46 8 {rest[:3]} {rest[3:6]} {rest[6:]}",
            ]
            text = forms[kind - 9]
        else:
            area = rng.choice(["155", "19", "31", "40", "18", "13", "16", "152"])
            length = 9 - len(area) if area in ("19", "31", "40", "18", "13", "16") else 6
            rest = str(rng.randrange(2, 9)) + _digits(rng, length - 1)
            national = f"0{area}{rest}"
            pairs = " ".join(rest[i : i + 2] for i in range(0, len(rest), 2))
            forms = [f"0{area}-{pairs}", f"0{area}-{rest}", f"+46 {area} {pairs}"]
            text = forms[kind - 13]
        if phonenumbers.is_valid_number(phonenumbers.parse(national, "SE")):
            return text


def make_email(rng: random.Random, variant: int) -> str:
    f, s = rng.choice(FIRST), rng.choice(LAST)
    fold = str.maketrans("åäöéčćžšÅÄÖ", "aaoeccszAAO")
    f_ascii, s_ascii = f.translate(fold).lower(), s.translate(fold).lower()
    forms = [
        f"{f_ascii}.{s_ascii}@gmail.com",
        f"{f_ascii[0]}.{s_ascii}@hotmail.se",
        f"{f_ascii}{rng.randrange(70, 99)}@outlook.com",
        f"{f_ascii}.{s_ascii}@nacka.se",
        f"{f_ascii}_{s_ascii}@telia.com",
        f"{f.translate(fold)}.{s.translate(fold)}@Gmail.com",
        f"{f_ascii}.{s_ascii}@nykoping.se",
        f"{s_ascii}.{f_ascii}(at)live.se",
        f"{f_ascii}-{s_ascii}@bredband2.com",
        f"{f_ascii}+est@icloud.com",
    ]
    return forms[variant % len(forms)]


PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_LAST_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BANNED = {"SOS", "SEX", "FAN", "APA", "DUM", "GAY", "HOT", "LAT", "NEJ", "OND", "UFO", "USA", "XXL", "SAP"}


def make_plate(rng: random.Random, variant: int) -> str:
    while True:
        letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
        if letters not in BANNED:
            break
    digits = _digits(rng, 2)
    last = rng.choice(PLATE_LAST_LETTERS) if variant % 3 == 2 else str(rng.randrange(10))
    forms = [f"{letters} {digits}{last}", f"{letters}{digits}{last}"]
    return forms[variant % 2]


def make_plate_loose(rng: random.Random, variant: int) -> str:
    """Writings that need a plate word before them: lowercase, hyphen."""
    p = make_plate(rng, variant).replace(" ", "")
    forms = [p[:3].lower() + " " + p[3:].lower(), p[:3] + "-" + p[3:], p.lower()]
    return forms[variant % 3]


STREETS = [
    "Brandkärrsvägen",
    "Fisksätravägen",
    "Ältavägen",
    "Stensövägen",
    "Båtbyggarvägen",
    "Fiskarvägen",
    "Skutvägen",
    "Lagårdsvägen",
    "Hjortsbergsvägen",
    "Långbergsvägen",
    "Tallbacksvägen",
    "Oxelvägen",
    "Almvägen",
    "Hedvägen",
    "Herrgårdsvägen",
    "Lovartsvägen",
    "Tätorpsvägen",
    "Storgatan",
    "Västra Storgatan",
    "Repslagaregatan",
    "Nyckelbergsvägen",
    "Ekbacksvägen",
    "Apelvägen",
    "Sigfridsborgsgränd",
    "Mariebergsgränd",
    "Björkstigen",
    "Granbacken",
    "Hagtornsgränd",
    "Fisksätra allé",
    "Bagarstigen",
    "Kvarngatan",
    "Rosenbergsgatan",
    "Ältabergsvägen",
    "Måsvägen",
    "Snickarbacken",
    "Ekorrstigen",
    "Järntorget",
    "Kyrkogårdsgatan",
    "Olof Palmes gata",
]


def make_address(rng: random.Random, variant: int) -> str:
    street = rng.choice(STREETS)
    nr = rng.randrange(1, 140)
    letter = rng.choice("ABCD")
    forms = [
        f"{street} {nr}",
        f"{street} {nr}{letter}",
        f"{street} {nr} lgh {rng.randrange(1001, 1404)}",
        f"{street} {nr}, {rng.randrange(1, 6)} tr",
        f"{street} {nr} {letter}",
        f"{street} {nr}-{nr + 2}",
        f"{street} {nr}, lgh {rng.randrange(1001, 1404)}",
        f"{street.lower() if ' ' not in street else street} {nr}",
    ]
    return forms[variant % len(forms)]


TRAKTER = ["Brandkärr", "Fisksätra", "Älta", "Sicklaön", "Erstavik", "Oppeby", "Arnö", "Isaksdal", "Ryd"]


def make_property(rng: random.Random, variant: int) -> str:
    name = TRAKTER[variant % len(TRAKTER)]
    block = rng.randrange(1, 130)
    unit = rng.randrange(1, 400)
    forms = [f"{name} {block}:{unit}", f"{name.upper()} {block}:{unit}", f"{name} {block}:{unit}"]
    return forms[variant % len(forms)]


def make_case(rng: random.Random, variant: int) -> str:
    year = rng.randrange(21, 27)
    forms = [
        f"5000-K{rng.randrange(100000, 9999999)}-{year}",
        f"K{rng.randrange(100000, 9999999)}-{year}",
        f"0180-K{rng.randrange(1000000, 9999999)}-{year}",
        f"4000-K{rng.randrange(100000, 999999)}-{year}",
        f"k{rng.randrange(100000, 999999)}-{year}",
    ]
    return forms[variant % len(forms)]


def make_dnr(rng: random.Random, variant: int) -> str:
    """The identifier written after a context word such as "dnr" (the template writes the word)."""
    year = rng.randrange(2021, 2027)
    forms = [
        f"{year}/{rng.randrange(10, 2000)}",
        f"KFKS {year}/{rng.randrange(10, 2000)}",
        f"KS-{year}-{rng.randrange(10, 999)}",
        f"{rng.randrange(100000, 999999)}",
        f"SN {year}/{rng.randrange(10, 500)}",
    ]
    return forms[variant % len(forms)]


# --------------------------------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------------------------------
# Slots: {NAMN} first + last, {FNAMN} first name, {ENAMN} surname, {GEN} genitive of a first name,
# {LNAMN} lowercase first name, {PNR}, {PNR_TYPO} (mistyped check digit, after a context word), {SAM}, {TEL},
# {EPOST}, {REGNR}, {REGNR_LOOSE} (lowercase / hyphen, after a plate word), {ADR}, {FAST}, {KNR} (police
# case number), {DNR} (identifier after "dnr"/"ärendenummer").
TEMPLATES = r"""
Boende {NAMN} ringde «kl 22.30» och klagade på att «3 ungdomar» satt i trapphuset.
Vaktmästare {ENAMN} rapporterar klotter i trapphus «port 3» på {ADR}.
Hyresgästen {NAMN}, tel {TEL}, hörde glaskross från källaren under natten.
Anmälare: {NAMN}, {PNR}, uppger att en moped kört på gång- och cykelvägen vid «Fisksätra centrum».
{FNAMN} och två kompisar kastade sten mot fönster på «Brandkärrsskolan» «vid 21-tiden».
Polisen grep en man i «30-årsåldern» på {ADR} efter bråk i trapphuset.
Containerbrand på {ADR}. Räddningstjänsten på plats «kl. 23:15». Kontakt: {EPOST}.
Bil med regnr {REGNR} har stått övergiven på parkeringen vid «Älta centrum» i «två veckor».
{GEN} cykel stals från cykelrummet «natten mot lördag».
Kontaktperson {NAMN}, {TEL}, kan lämna fler uppgifter om nedskräpningen.
Polisanmälan gjord, ärende {KNR}. Skadegörelse på tvättstugans dörr, kostnad ca «4 500 kr».
Fastigheten {FAST} har fått nytt klotter på gaveln, «ca 15 kvm».
Ungdomar samlades vid «Mariebergsgården» och en kille som heter {FNAMN} hotade personalen.
Väktare från «Securitas» avvisade {NAMN} från centrumhuset «kl 01.40».
En kvinna vid namn {FNAMN} ringde och berättade om narkotikaförsäljning bakom «Fisksätra station».
Anmälan från {NAMN} ({PNR}) om inbrott i förråd på {ADR}.
Hyresgäst {ENAMN} på {ADR} klagar på «buss 401» som står på tomgång nattetid.
Mopeden {REGNR} kördes i hög hastighet på gång- och cykelvägen mot «Ältasjön».
Grannen {FNAMN} såg två personer med luvor vid containern «strax efter 22».
Trygghetsvärdarna pratade med {FNAMN} och hans kompisar vid «Fisksätra torg», inga problem.
Skicka bilder på klottret till {EPOST} eller ring {TEL}.
Polisens ärende {KNR} gäller stöld av cyklar ur cykelförrådet «port 5».
Dnr {DNR}: uppföljning av insatsen mot nedskräpning i «Brandkärr» «vecka 16».
{NAMN} (samordningsnr {SAM}) har anmält hot i trapphuset.
Brand i soprum på {ADR}, «SOS Alarm» larmade «kl 03.12».
Rektor {ENAMN} på «Sigfridsborgsskolan» meddelar att fönster krossats «under helgen».
Misstänkt narkotikahantering i bil {REGNR} vid infarten till «Långberg».
Boende på {ADR} har klagat på fester, senast «lördag 13 april».
Vittnet {NAMN} kan nås på {TEL}.
Klotter med texten «LSS» och ett namn, {FNAMN}, på väggen vid «lekplatsen».
Ägaren till fastigheten {FAST} kontaktas om belysningen vid gångtunneln.
Pojken {FNAMN} sa att äldre killar sålt hasch vid «Sigfridsborg».
{FNAMN} {ENAMN} ringde från {TEL} och berättade att någon eldat i trapphuset.
A-traktor med registreringsnummer {REGNR} körde på trottoaren vid «Fisksätra centrum».
Personnummer {PNR} angavs av den som anmälde skadegörelsen.
Hyresgäst {NAMN} har bott på {ADR} i «12 år» och känner sig otrygg.
Mvh {NAMN}, trygghetsvärd «Stena Fastigheter»
Ärende överlämnat till polisen ({KNR}). «Brå» och «EST»-gruppen informerade.
Enligt {FNAMN} på fritidsgården var det lugnt «i fredags».
Klagomål på {REGNR} som parkerar på gräsmattan vid «hus 12».
Mejl från {EPOST}: «3 personer» röker i trapphuset varje kväll.
Samordningsnummer {SAM} noterat i anmälan om inbrott i källarförråd.
Kontakta fältarna eller {NAMN} på {TEL} vid frågor.
Fastighetsskötaren {ENAMN} bytte «8 glasrutor» i «Brandkärr» efter stenkastning.
Bilbrand på {ADR} natten till «söndag», bilen hade regnr {REGNR}.
{NAMN} och {NAMN} sågs spraya klotter vid «Ältavägen».
Fastighetsbeteckning {FAST}, belysning trasig sedan «15/4».
Tre ungdomar, däribland {FNAMN}, kastade ägg mot bussen på «linje 25».
Hyresgästen på {ADR} vill vara anonym men nås via {EPOST}.
Polisen har öppnat ärende {KNR} om skadegörelse på «Saltsjöbanan».
Moped utan nummerplåt och en med {REGNR_LOOSE} sågs vid skolan.
Boende {LNAMN} ringde igen om mopeder på innergården.
Dnr {DNR} gäller otrygg plats vid «Fisksätra station» «2024-04-15».
Hej! Det är {FNAMN} från «Nyköpingshem», vi har fått in klagomål om nedskräpning.
Personalen på fritidsgården känner igen {NAMN} som en av dem som bråkade.
Fastigheten {FAST} ägs av «Rikshem» och har problem med inbrott i förråd.
Bilen {REGNR} har setts köra runt i området «flera kvällar i rad».
Född {PNR}, man, misstänkt för skadegörelse på {ADR}.
Ring {FNAMN} på {TEL} om porten inte går i lås.
Ärendenummer {DNR} hos «Nacka kommun» gäller belysningen i «Älta».
{NAMN}, {ADR}, hörde skottliknande smällar «ca 23.45».
Vaktmästaren {NAMN} har sett spår av olovligt boende i skyddsrummet.
Målsägande {NAMN} är «17 år» och bor på {ADR}.
Kvinnan {FNAMN} blev hotad vid «Coop» i «Fisksätra centrum».
Personnr {PNR_TYPO} står i anmälan men verkar felskrivet.
Registreringsnummer {REGNR_LOOSE} noterades av väktaren.
Boende {NAMN} har mejlat {EPOST} om klotter i hissen.
Boende i {ADR} har sett en bil med skylt {REGNR} köra på gångvägen.
Familjen {ENAMN} på {ADR} har fått sin ytterdörr sönderslagen.
{FNAMN} ({SAM}) omhändertogs enligt «LOB» vid «Älta centrum».
Diarienummer {DNR}, gäller trygghetsvandringen i «Brandkärr» «den 3 maj».
Telefon till anmälaren: {TEL}.
Uppgiftslämnaren {NAMN} vill inte synas i anteckningarna.
Brand i barnvagnsrum på {ADR}, «ca 30 000 kr» i skador.
{NAMN} kallad Lillen säljer enligt uppgift narkotika vid «tunnelbanan».
Snatteri i butiken, personalen vet att killen heter {FNAMN}.
Fastighet {FAST}: trasig belysning på baksidan och «uppgång B» saknar lampa.
Polis kallad till {ADR} «kl 21:30», lägenhetsbråk.
Bil {REGNR} brann ut på parkeringen vid «Brandkärrsskolan».
Målsäganden {FNAMN} {ENAMN}, {PNR}, misshandlades vid busshållplatsen.
{LNAMN} och hans kompisar har hängt i trapphuset hela veckan.
Boende {FNAMN} på {ADR} har sett knarkaffärer «varje kväll».
Polisens händelsenummer {KNR} avser rån mot en ungdom vid «Långbergsskolan».
Enligt kommunpolis {NAMN} har antalet bränder minskat «20 procent».
Fältassistenten {FNAMN} pratade med ungdomarna vid «Marieberg».
Reg.nr {REGNR_LOOSE} står felparkerad vid «hus 4».
Anmälaren nås på {TEL} eller {EPOST}.
Kontakta {NAMN} på «Wallenstam», telefon {TEL}.
Fönster krossat hos {ENAMN} på {ADR} «natten till fredag».
Pnr {PNR_TYPO}, anmälare, uppger att dörren sparkats in.
Två unga män, en av dem {FNAMN}, kastade fyrverkerier mot bussen «nyårsafton».
Fastighetsägaren till {FAST} har satt upp kameror vid «entrén».
Boende {NAMN} har ringt «3 gånger» om ungdomar i «källaren».
Mamman {FNAMN} oroar sig för att sonen rekryteras av äldre killar.
En moped, {REGNR}, har kört in i en cyklist på «Fisksätravägen».
{FNAMN} bor på {ADR} och har sett klotter i hissen.
Väktaren {ENAMN} rapporterar att dörren till «soprummet» stått öppen.
Anmälan om ofredande, målsägande {NAMN}, ärende {KNR}.
Föräldern {NAMN} vill ha kontakt med fältgruppen, ring {TEL}.
Boende på {ADR} har sett {NAMN} bära in tv-apparater i förrådet.
Ärende {KNR}: skadegörelse genom brand i container vid «Brandkärrsvägen».
Polisen stoppade bilen {REGNR} «kl 00.20», föraren var {NAMN}.
{NAMN} säger att hennes son {FNAMN} blivit rånad vid «Fisksätra torg».
Kontaktuppgifter: {NAMN}, {EPOST}, {TEL}.
Samordningsnr {SAM}, man, avvisad från köpcentret.
Hyresgästen {ENAMN} i {ADR} har klagat på stök i «uppgång C».
{FNAMN} på «HSB» meddelar att låsbytet är klart i «port 2».
Mejla gärna {EPOST} om ni ser något.
Fastighet {FAST} hade «2 bränder» under «vecka 12».
Eleven {FNAMN} i «åk 8» har utsatts för hot på väg hem.
Anmälan om klotter på {ADR}, polisärende {KNR}.
Mobilnummer {TEL} tillhör enligt uppgift den som sålt mopeden.
Händelsen gäller {NAMN}, boende på {ADR}, som blivit hotad.
Tjejen {FNAMN} berättade att någon spelar hög musik i «trapphus 4».
Vi har fått in ett tips om bil {REGNR} med tre unga män i.
Grannen {ENAMN} har ringt «två gånger» om bråk i lägenheten ovanför.
{FNAMN} ringde från {TEL} och sa att hissen var vandaliserad igen.
Brand i förråd, fastighet {FAST}, «Räddningstjänsten» släckte.
Dnr {DNR} avslutat efter åtgärd.
Personnummer {PNR} och {PNR} tillhör syskonen som utsattes.
Samordningsnumret {SAM} tillhör målsäganden.
Polisen sökte {NAMN} som misstänks för rånet.
Ett vittne, {FNAMN} {ENAMN}, såg bilen {REGNR} lämna platsen.
Boende {FNAMN} och {FNAMN} på {ADR} har sett mopeder på gångvägen.
Kontakt via {EPOST} (arbete) eller {TEL} (privat).
Ärendet {KNR} är nedlagt enligt polisen.
Jag heter {NAMN} och bor på {ADR}, det är otryggt här.
Kvartersvärden {FNAMN} rapporterar nedskräpning «varje måndag».
Klottrarna kallar sig «Crew 55», en av dem heter {FNAMN}.
Lägenheten på {ADR} har haft «5 larm» på kort tid.
Bilägaren {NAMN} ({TEL}) vill veta om någon sett vem som repade bilen.
{NAMN}, {PNR}, greps för narkotikabrott vid «Älta centrum».
Hälsningar {NAMN}
Ring {TEL} om ni har information.
Fritidsledaren {NAMN} stängde gården tidigt på grund av bråk.
Tonåringen {FNAMN} hittades i «källaren» på {ADR} med brandskador på händerna.
Vid kontroll av {REGNR} hittades en kniv.
Pappan {NAMN} har ringt om hot mot sonen.
Fastigheten {FAST} har en trasig port mot gården.
Fråga {FNAMN} i receptionen om nycklar till «förråd 12».
Tidigare anmälan {KNR} gällde samma lägenhet på {ADR}.
Ungdomarna som bråkade kallas {FNAMN} och {FNAMN} av de andra.
Misstänkt gärningsman: {NAMN}, född {PNR}.
Skriv till {EPOST} för att boka trygghetsvandring.
Hyresgästen {LNAMN} {ENAMN} hörde skrik i trapphuset.
{FNAMN} sprang därifrån när väktarna kom.
Det var {FNAMN} {ENAMN} som ringde in om branden.
Bil {REGNR} och moped {REGNR} stod parkerade på gångvägen.
Dnr {DNR}, beslut om kameraövervakning vid «Fisksätra torg».
Boende i huset, bland andra {NAMN}, har skrivit på en lista om belysning.
Skolkuratorn {NAMN} har kontakt med familjen.
Ring mig på {TEL} / {FNAMN}
Anmälaren {FNAMN} ville att polisen skulle komma, ärende {KNR}.
Hos {FNAMN} på {ADR} har det varit inbrott i förrådet.
Kompisen {FNAMN} filmade bråket och lade upp det på «Snapchat».
Fastigheterna {FAST} och {FAST} byter lås i alla portar.
Den misstänkte har samordningsnummer {SAM} och saknar fast adress.
Sökande med samordningsnr {SAM} sov i «trapphus 6» enligt väktarna.
Mannen uppgav personnummer {PNR} men hade ingen legitimation.
Uppgifter om målsäganden: {PNR}, {ADR}.
Underlag från polisen: samordningsnummer {SAM}, ärende {KNR}.
Kvinnan, född {PNR}, hittades oskadd vid «Ältasjön».
Frågor om kameraövervakningen besvaras av {EPOST}.
Protokoll skickat till {EPOST} och {EPOST}.
Tipsa anonymt eller skriv till {EPOST}.
Samordningsnummer: {SAM}
Ungdomen har samordningsnumret {SAM} enligt socialtjänsten.
Två personer kontrollerades, den ena med samordningsnummer {SAM}.
Personnummer: {PNR}
Boende:
{NAMN}
{ADR}
Kontakt:
{TEL}
"""

CLEAN = r"""
«3 ungdomar» samlades i trapphuset «kl 22.30» och spelade hög musik.
Glaskross vid «Fisksätra centrum», «två rutor» sönder, kostnad «ca 12 000 kronor».
Moped på gång- och cykelvägen mellan «Älta centrum» och «Ältasjön» «21.30».
Containerbrand bakom «Brandkärrsskolan» «2024-04-15», «Räddningstjänsten» släckte.
Klotter på «Saltsjöbanan» vid «Fisksätra station», ca «15 kvm».
Nedskräpning vid återvinningsstationen, «4 500 kr» i saneringskostnad.
«Buss 401» fick stanna på grund av stenkastning i «Fisksätra».
Stök på «linje 25» mellan «Nyköping» och «Brandkärr» «21:30-23:00».
Trafikverket informerar om arbete på «E4» vid «väg 222» «vecka 16».
«10-15 ungdomar» samlas vid «Mariebergsgården» varje fredag.
Bilbrand på parkeringen «natten mot söndag», «SOS 112» larmade.
«A-traktor» körde på gångvägen, «EPA»-traktorer är vanliga i området.
Skadegörelse på «port 3» och «hus 12», inga misstänkta.
Otrygghet vid «Sigfridsborgsskolan» efter mörkrets inbrott, belysningen trasig sedan «15/4».
Ordningsstörning i «Långberg», «HSB» har fått klagomål.
«Stena Fastigheter» har satt upp nya lampor vid «Fisksätra allé».
«Wallenstam» rapporterar färre inbrott i förråd «2024» jämfört med «2023».
«Nyköpingshem» ser en minskning med «15 %» av skadegörelsen.
«Rikshem» har beställt extra väktare från «Avarn» «fredag-lördag».
Insats: trygghetsvandring «onsdag 17 april» «kl 18.00» i «Älta».
Bussen «471» stenades vid hållplatsen, ingen skadad.
«Inga personer» skadades vid branden i containern.
Hyresgästerna betalar «350 kr per månad» för bevakningen.
«Hans» cykel låg kvar men hjälmen var borta, sa mamman.
Många vill «bo kvar» i området trots oron.
Lamporna byts «per vecka» enligt schemat.
«Valborg» firades lugnt i «Fisksätra» i år.
Inför «Lucia» planeras extra närvaro av fältare.
«Maj» brukar vara lugn men i år var det fler bränder.
Trygghetsvandringen samlade «25 deltagare» från «Nacka».
«LSS»-boendet vid «Stensö» har fått nya lås.
«BRÅ» och kommunen följer upp «EST»-arbetet «varannan vecka».
Polisen rapporterar «RV 57» avstängd efter olycka.
«LV200» och «E20» hade köer under kvällen.
«Kl 21:30» började ungdomarna kasta sten.
Skjutning i grannkommunen, ingen koppling till «Älta».
Explosion i en port, «Polisen» spärrade av «hus 7» och «hus 9».
Knarkförsäljning misstänks vid «Fisksätra torg» «varje kväll» «vid 20-tiden».
Olovligt boende i skyddsrummet, «2 sovplatser» hittades.
Ödslig plats vid gångtunneln, växtligheten behöver klippas.
Insyn saknas vid «Brandkärrsvägen» mellan «hus 4» och skolan.
Containern brann «22.05», släckt «22.40».
Stöld av «4 cyklar» ur cykelrummet.
Inbrott i «förråd 12» och «förråd 14» under helgen.
Ryktesspridning på «TikTok» om bråk efter skolan.
Skolavslutning «12 juni», extra vuxna på plats «12.00-16.00».
«Halloween» och «nyårsafton» kräver förstärkt närvaro.
Matchen på «Älta IP» «kl 19» samlade mycket folk.
Fältgruppen var ute «3 kvällar» «vecka 15».
«20 mopeder» kontrollerades vid trafikkontroll på «väg 222».
Kostnad för klottersanering «2023»: «1,2 miljoner kronor».
Fastighetsägaren har installerat «8 kameror» i «uppgång A».
Rapporterat av «fastighet», «kommun» och «polis» gemensamt.
Lägesbild «vecka 16»: «gul» status för «Fisksätra», «grön» för «Älta».
«Sigfridsborg» hade «inga händelser» under veckan.
«Marieberg» och «Långberg» rapporterar mopedproblem.
«Dag» för dag blir det bättre enligt personalen.
«Vilja» att samverka finns hos alla parter.
«Rosa» klotter på väggen vid «Saltsjöbaden».
Trapphuset i «hus 3» luktade rök «kl. 02.10».
«114 14» ska användas för tips, «112» vid pågående brott.
Organisationsnummer «556677-8899» hör till bevakningsbolaget.
Fakturanummer «20240415» avser saneringen.
«Ca 30 personer» deltog i föräldravandringen.
Mellan «20.00 och 22.00» var det lugnt.
«Vecka 16» till «vecka 18» pågår extra patrullering.
Gångstigen bakom «Brandkärrsskolan» saknar belysning.
Parkeringsplats «P3» har stora problem med bilbränder.
Buss «nr 791» blev stenad vid «Fisksätra».
Brand i papperskorg «vid 16-tiden», ingen skadad.
Dörren i «trapphus 2» är sönder sedan «2 veckor».
«Två bilar» brann på «Ältavägen» under natten.
Det rör sig om «ca 5-6 personer» i «15-17-årsåldern».
«Per» capita är skadegörelsen lägre än i fjol.
«Stig» upp på pallen och byt lampan, skrev vaktmästaren.
Enligt «Polisen» är «Fisksätra» inte längre ett utsatt område.
«Socialtjänsten» och «fältgruppen» följer upp «vecka 17».
Kameror vid «Fisksätra station» har minskat klottret «40 %».
«Saltsjöbaden» och «Nacka» har gemensamma insatser.
«Nyköping» och «Brandkärr» har ny samordnare «2025».
Pendeltåget «kl 23.12» var försenat.
Trafikkontroll på «E4» vid «Nyköping» «2024-05-02».
«Tisdag» och «torsdag» har fältarna kvällspass.
«Juni» och «juli» är mest intensiva månaderna.
«Fredag 22:00» stängde fritidsgården.
Rökutveckling i «källare 2», «Räddningstjänsten» ventilerade.
«3 personer» omhändertogs enligt «LOB».
Ungdomarna i «åk 9» hade avslutning «kl 17».
«Älta» «10:e» gången i år med bilbrand.
Tunnelbanans «linje 17» berörs inte.
Snöskotrar och «EPA» kör olovligt på isen.
Krossade rutor i «hus 12», «hus 14» och «hus 16».
Belysningen ska bytas «2024-2025».
«Ca 2 500:-» kostade reparationen.
«Kvart över tio» på kvällen hördes smällar.
Fyrverkerier «kl 23:59» på «nyårsafton».
«21.00-02.00» är väktare på plats.
Klotter: «Crew 55» och «ACAB» på gaveln.
«Sten» kastades mot bussen vid hållplatsen.
Förråd «B12» bröts upp.
«Hus 1» till «hus 8» får nya lås.
Ungdomsgänget hänger vid «Coop» och «ICA» på kvällarna.
Butiken «Hemköp» har anlitat väktare.
Skolan «Sigfridsborgsskolan» har nytt larm.
Trygghetsmätningen visar «62 %» trygga.
«Ca 200 meter» gångväg saknar belysning.
Skador för «12 000 kr» på lekplatsen.
Hastigheten «30 km/h» följs inte på «Ältavägen».
«Kl 19.00» möte i «Fisksätra» folkets hus.
Polisen rapporterade «7 anmälningar» under veckan.
Brand i «Brandkärr» «vecka 14», «vecka 15» och «vecka 16».
Mopedister i «15-årsåldern» körde utan hjälm.
Nattvandrare ute «fre-lör» «22-02».
Otrygg plats: tunneln under «väg 222».
Stölder från bilar ökade «25 procent» «2024».
«Sju personer» greps efter bråket.
«Lördag 23.40»: larm om brand i soprum.
Grannar såg «fyra killar» springa mot «Saltsjöbanan».
Sprayfärg hittades i «förråd 3».
"""


class Row(TypedDict):
    text: str
    items: list[dict[str, str]]
    lookalikes: list[str]


def build() -> list[Row]:
    rng = random.Random(SEED)
    counters: dict[str, int] = {}

    def nxt(key: str) -> int:
        counters[key] = counters.get(key, 0) + 1
        return counters[key] - 1

    def first() -> str:
        return FIRST[nxt("first") * 7 % len(FIRST)]

    def last() -> str:
        return LAST[nxt("last") * 5 % len(LAST)]

    def genitive(name: str) -> str:
        return name if name.endswith(("s", "x", "z")) else name + "s"

    makers: dict[str, tuple[str, Callable[[], str]]] = {
        "PNR": ("personnummer", lambda: make_pnr(rng, False, [0, 1, 2, 3, 4, 5, 6, 8][nxt("pnr") % 8])),
        "PNR_TYPO": ("personnummer", lambda: make_pnr(rng, False, 7)),
        "SAM": ("samordningsnummer", lambda: make_pnr(rng, True, [0, 1, 2, 3, 4, 5, 8][nxt("sam") % 7])),
        "TEL": ("telefon", lambda: make_phone(rng, nxt("tel"))),
        "EPOST": ("epost", lambda: make_email(rng, nxt("epost"))),
        "REGNR": ("regnr", lambda: make_plate(rng, nxt("regnr"))),
        "REGNR_LOOSE": ("regnr", lambda: make_plate_loose(rng, nxt("regnr_loose"))),
        "ADR": ("adress", lambda: make_address(rng, nxt("adr"))),
        "FAST": ("fastighet", lambda: make_property(rng, nxt("fast"))),
        "KNR": ("diarienr", lambda: make_case(rng, nxt("knr"))),
        "DNR": ("diarienr", lambda: make_dnr(rng, nxt("dnr"))),
        "NAMN": ("namn", lambda: f"{first()} {last()}"),
        "FNAMN": ("namn", first),
        "ENAMN": ("namn", last),
        "GEN": ("namn", lambda: genitive(first())),
        "LNAMN": ("namn", lambda: first().lower()),
    }
    slot_re = re.compile(r"\{([A-Z_]+)\}")
    look_re = re.compile(r"«([^»]+)»")

    def render(template: str) -> Row:
        items: list[dict[str, str]] = []

        def fill(m: re.Match[str]) -> str:
            kind, make = makers[m.group(1)]
            value = make()
            items.append({"type": kind, "value": value})
            return value

        text = slot_re.sub(fill, template)
        lookalikes = look_re.findall(text)
        text = look_re.sub(lambda m: m.group(1), text)
        return {"text": text, "items": items, "lookalikes": lookalikes}

    # Multi-line templates are separated by a blank line; one-liners are one line each.
    blocks = [b for b in TEMPLATES.strip().split("\n") if b.strip()]
    multiline = "\n".join(blocks[blocks.index("Boende:") :])
    one_liners = blocks[: blocks.index("Boende:")]
    clean = [c for c in CLEAN.strip().split("\n") if c.strip()]

    rows: list[Row] = []
    for _round in range(2):
        for t in one_liners:
            rows.append(render(t))
    rows.append(render(multiline))
    for c in clean:
        rows.append(render(c))
    # a third round of the templates that carry the rarer writings
    for t in one_liners:
        if any(
            f"{{{slot}}}" in t for slot in ("REGNR_LOOSE", "PNR_TYPO", "FAST", "DNR", "SAM", "PNR", "EPOST")
        ):
            rows.append(render(t))
    rng.shuffle(rows)
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for row in rows:
        for item in row["items"]:
            counts[item["type"]] = counts.get(item["type"], 0) + 1
    looks = sum(len(r["lookalikes"]) for r in rows)
    print(f"{len(rows)} lines, {sum(counts.values())} items {counts}, {looks} look-alikes -> {OUT}")


if __name__ == "__main__":
    main()
