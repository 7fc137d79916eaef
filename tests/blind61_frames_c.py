"""Frames of the sixty-first blind corpus, part c: the volunteers' logs of soup runs and cafés, the outreach
workers' text messages to each other, and e-mails between the kommun, the missions and the landlords.
`role|style|template`; the slots are tests/blind61_fill.py's."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # ---- volontar_logg: the volunteers' log of the soup run or the café
    "volontar|volontar_logg|Soppbussen {date}. Vi var {first:1}, {first:2} och {wfirst:3}. Stod vid "
    "{place} kl {time}, delade ut ca 60 portioner. {nick:4} var där som vanligt och hjälpte till att bära.",
    "volontar|volontar_logg|[[Tisdagsgänget]]: kaffe o mackor vid {venue}. Många nya ansikten, mest från "
    "Rumänien. {full:1} tolkade, tack! En man, {first:2}, frågade efter skor stl 44.",
    "volontar|volontar_logg|{first:1|g} anteckning {date}\nKallt, [[Frost]] på bänkarna. {lowf:2} "
    "och {lowf:3} sov vid {venue}. Gav sovsäck till {lowf:2}. Nästa pass har {full:4}.",
    "volontar|volontar_logg|Café-kvällen {week}\nBesökare: ca {antal}\nIncidenter: {full:1} och "
    "{nick:2} bråkade om en plats vid elementet, löst.\nInsamling: {amount} i Swish\nAnsvarig: {first:3}",
    "volontar|volontar_logg|Hej gruppen! Ikväll saknade vi {first:1} (han som alltid sitter vid "
    "{place}). Om nån ser honom, ring {first:2} på {mob}. /{full:3}",
    "volontar|volontar_logg|Nattvandring {date}: {place}, {pstreet}, {venue}. Pratade med {full:1}, "
    "sover i en lekstuga på gården vid {addr}. Samordnaren {wsur:2} kontaktar soc imorgon.",
    "volontar|volontar_logg|Utdelning {date}\n{full:1} – jacka, mössa\n{full:2} – sovsäck\n"
    "{full:3} – strumpor, tandborste\nTotalt 38 påsar. Signerat {first:4}",
    "volontar|volontar_logg|[[Tack]] alla för i lördags! Vi tog {line} ut som vanligt, sista stopp "
    "{place}. {first:1} och {first:2} fick skjuts till {venue}. Nästa gång är det {full:3} som kör.",
    # ---- sms_kollega: outreach workers texting each other
    "uppsokare|sms_kollega|{first:1} vart är du? Jag står vid {place}, {nick:2} ligger här o mår "
    "dåligt. Ringer 112 om du inte svarar",
    "uppsokare|sms_kollega|ok. {first:1} har fått plats på {venue} ikväll. Kan du skjutsa? Han står "
    "utanför {venue} kl {time}",
    "uppsokare|sms_kollega|sorry sent svar. såg {lowf:1} vid {place} för en timme sen, han hade en "
    "ny tjej med sig, {lowf:2}? ca {ung} år",
    "socialsekreterare|sms_kollega|Hej! {full:1} behöver nytt nr till oss, hennes gamla ({mob}) funkar "
    "inte. Har du det? //{first:2}",
    "uppsokare|sms_kollega|{first:1}!! polisen tog {wfirst:2} på {line} nyss, LOB tror jag. "
    "Kan du kolla med {venue}?",
    "uppsokare|sms_kollega|Rumänska paret i bilen vid {place}: reg {plate2}. Hon heter {first:1}, "
    "han {first:2}. Nr {emob}. De vill ha hjälp m resa hem",
    "uppsokare|sms_kollega|kommer 10 min sen, {line} står still vid {place}. Säg till {first:1} att "
    "vänta. {first:2}",
    "uppsokare|sms_kollega|Tack för idag {first:1}. Glöm inte journalen om {full:2}, hans nya adress "
    "är {addr}, {lgh}",
    # ---- mejl_samverkan: e-mails between the kommun, the missions and the landlords
    "samordnare|mejl_samverkan|Hej {first:1},\n\nVi har fått signaler från {org} om att personer sover i "
    "garagen vid {street}. Kan uppsökarna gå dit {date}?\n\nVänliga hälsningar\n{full:2}\n"
    "Samordnare hemlöshet, {kommun}\n{tel}",
    "samordnare|mejl_samverkan|Ämne: Vinterinsats {week}\n\nHej alla,\nHärbärgena har förstärkt med "
    "{antal} platser från {date}. Kontaktpersoner: {full:1} ({mob}) och {full:2} ({mail}).\n\n/{first:3}",
    "forvaltare|mejl_samverkan|Hej!\nVi på {org} har en hyresgäst, {full:1}, som riskerar vräkning "
    "{date} ({addr}, {lgh}). Kan ni kontakta henne innan? Hon nås på {mob}.\nMvh\n{full:2}\nFörvaltare",
    "samordnare|mejl_samverkan|Till: {mail}\nKopia: {mail}\n\nHej {wfirst:1}!\nTack för mötet. Som "
    "sagt tar {full:2} över ärendena i {place} från {week}.\nHälsningar {first:3}",
    "uppsokare|mejl_samverkan|Hej,\nhar ni sett {full:1}? Född {pnr}. Han har inte varit på "
    "{venue} sedan {date} och vi är oroliga. Senast sedd vid {place}.\n\n{full:2}, {org}\nKontaktperson "
    "hos oss: diakon {sur:3}",
    "samordnare|mejl_samverkan|Minnesanteckningar samverkan hemlöshet {date}\nNärvarande: {full:1} "
    "({org}), {full:2} (polisen), {full:3} (socialtjänsten), {full:4} ({org})\nPunkt 1: lägret vid "
    "{place} – ska avvecklas {week}.",
    "forvaltare|mejl_samverkan|Hej {first:1},\nfastigheten {fast} står tom sedan renovering och vi har "
    "haft inbrott där folk sovit. Vi har anlitat {org}. Ärendet är polisanmält, {case}.\n"
    "Mvh {full:2}, {tel}",
    'samordnare|mejl_samverkan|Hej! Vidarebefordrar från {full:1}: "{first:2} ({snr}) har fått plats '
    'på {venue} till {date}, sen behöver han något nytt." Kan ni ta det på torsdag? /{full:3}',
)
