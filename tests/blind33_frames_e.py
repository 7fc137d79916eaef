"""Frames of the thirty-third blind corpus, part e: social services and samverkan, the coordinator's review
notes and cells pasted from mails and messages with their line breaks. A frame is `role|style|template`
(tests/blind33_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_E = (
    # soc_samverkan: social services and samverkan
    "socialsekreterare|soc_samverkan|Ungdom {full:1} ({pnr}) aktuell hos soc. Kontaktperson {first:2}. Tips"
    " om att hen säljer vid {venue}.",
    "socialsekreterare|soc_samverkan|Familjen {wsur:1} (mamma {first:2}, pappa {first:3}) på {addr} har"
    " fått info om föräldrastöd. Möte den {date}.",
    "socialsekreterare|soc_samverkan|SSPF-möte {week}: {full:1}, {full:2} och {full:3} diskuterade gruppen"
    " kring {nick} i {place}.",
    "socialsekreterare|soc_samverkan|Orosanmälan från {venue} rörande {full:1}, {pnr}. Ringt mamma {full:2}"
    " på {mob}. Handläggare {sur:3}.",
    "faltassistent|soc_samverkan|Fältarna ({first:1} & {first:2}) mötte {lowf:3} och {lowf:4} vid {place},"
    " de sa att {nick} hotat dem.",
    "socialsekreterare|soc_samverkan|Placerad ungdom ({snr}) avvikit från HVB, setts i {place}. Kontakt:"
    " socialjouren, {tel}. Ansvarig {full:1}, ers. {wsur:2}.",
    "samordnare|soc_samverkan|Samverkan {org}/polis/soc: {full:1}, {first:2}, polis {sur:3}. Beslut: ökad"
    " närvaro vid {venue} {week}, även hållplatsen för {line}.",
    "faltassistent|soc_samverkan|Pratade med {first:2|g} mamma {full:1}. Hon är orolig för att {first:2}"
    " hänger med {nick} vid {place}.",
    # samordnare_granskning: the coordinator's review notes
    "samordnare|samordnare_granskning|{first:1}: granskad {date}. Tog bort namn ({full:2}) ur beskrivningen"
    " innan delning med {org}.",
    "samordnare|samordnare_granskning|Dubblett med polisens händelse {case}? Kolla med {first:1}. Samma bil"
    " ({plate}) som i väktare {sur:2|g} rapport.",
    "samordnare|samordnare_granskning|Kategori ändrad till Våld och hot (var Övrigt) {week}. {full:1} och"
    " {full:2} nämns – ska inte med i lägesbilden.",
    "samordnare|samordnare_granskning|Status gul → röd för {place} efter {week}. Beslut på avstämning med"
    " {full:1} ({org}), {full:2} (polis) och {first:3}.",
    "samordnare|samordnare_granskning|{first:2}: ok. men ta bort tel.nr ({mob}) och adress ({addr}) innan"
    " export av {week}. //{lowf:1}",
    "samordnare|samordnare_granskning|Fråga {first:1} om platsen kan preciseras – {venue} eller {pstreet}?"
    " {first:2} vet kanske.",
    "samordnare|samordnare_granskning|Återkoppla till {full:1}, {mail}, som lämnat tipset om {nick} vid"
    " {venue}.",
    "samordnare|samordnare_granskning|Flera rapporter {week} om samma grupp. Rapportörer: {first:1}"
    " ({org}), {caps:2}, {first:3}. Slås ihop.",
    # inklistrad_cell: a cell pasted from a mail or a message, line breaks and all
    "trygghetsvard|inklistrad_cell|[[Hej]]!\nIgår kväll vid {venue} var det ett gäng på ca"
    " {antal}.\n{wfirst:1} och jag gick fram.\nEn av dem heter {full:2} tror jag.\nMvh {first:3}",
    "fastighetsskotare|inklistrad_cell|Från: {full:1} <{mail}>\nÄmne: Klotter {place}\n\nHej, nytt klotter"
    " på {street} igen. Taggen är {nick}.\n/{first:2}",
    "kommunpolis|inklistrad_cell|Vidarebefordrat:\n> {time} anmälan om hot, {addr}\n> målsägande"
    " {full:1}\n> misstänkt {full:2}, {pnr}\n\nkommunpolis {sur:3}",
    "faltassistent|inklistrad_cell|Sms från {first:1}:\n”{lowf:2} å {lowf:3} är vid {venue} nu, kan ni"
    " komma?”\nVi åkte dit kl {time}.",
    "fritidsledare|inklistrad_cell|Anteckn. fredag\n- {full:1} avstängd 2 v\n- {first:2|g} mamma ringde"
    " ({mob})\n- nya: {first:3}, {wfirst:4}",
    "skolpersonal|inklistrad_cell|Till: {full:1}\nKopia: {full:2}, {full:3}\n\nElev på {venue} hotad via"
    " Snapchat kl {time}. Skärmdump finns.",
    "socialsekreterare|inklistrad_cell|Möte {date}\nNärvarande: {full:1} (soc), {first:2} (fält), {comma:3}"
    " (skola)\nÄmne: grupp vid {place}",
    "samordnare|inklistrad_cell|Tips via telefon ({tel}):\nUppringare {full:1}, bor {addr}.\nSäger att"
    " {nick} och {low:2} langar vid {venue}.",
)
