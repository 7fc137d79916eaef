"""Frames of the thirty-fifth blind corpus, part e: rumours on social media as staff retell them, whole rows
of the weekly EST report pasted as `;`-separated text, and mails pasted into the Beskrivning cell. Each frame
is `role|style|template` (slots: tests/blind35_fill.py)."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # --- rykten och sociala medier
    'faltassistent|sociala_medier|Snap-story sprids: "{nick:1} ska dö" med bild från {place}. Enl. '
    "ungdomar postad av {full:2}. {first:3} på fältet har sett den. Tipsaren nås på {mob}.",
    "fritidsledare|sociala_medier|Rykte på TikTok om att det ska bli fight vid {venue} på lördag "
    "{date} kl {time}. "
    "Namn som nämns: {first:1}, {first:2}, {nick:3}. Vi informerar polis.",
    "kurator|sociala_medier|Flera elever visar ett Insta-konto som hänger ut {full:1} och {lowf:2}. "
    "Kontot heter typ @ortens_baddies. Kurator {sur:3} anmäler.",
    'trygghetssamordnare|sociala_medier|I Facebookgruppen för {place} påstås att "invandrargäng" rånat '
    "en pensionär. Stämmer ej enligt {org}. {full:1} (kommunikatör) svarar i tråden.",
    "faltassistent|sociala_medier|{first:1} visade en Telegram-kanal där man säljer. Nummer i kanalen "
    "{mob}. Kanalen kopplas till {nick:2}. Lämnat till polis via {full:3}.",
    "fritidsledare|sociala_medier|Video från bråket vid {venue} ligger på Snapchat. Syns: {full:1} "
    "({pnr}, slår), {first:2} {sur:2}, {lowf:3}. Filmat av {nick:4}.",
    "rektor|sociala_medier|Rektor {full:1}: bild på lärare {sur:2} sprids med hot. Polisanmält "
    "{case}. Läraren nås ej på {tel} idag.",
    'faltgrupp|sociala_medier|Discord-server "{place} gang" där {nick:1} och {nick:2} bjuder in '
    "yngre. {first:3} ({ung}) har gått med. Mamman {full:4} informerad {date}.",
    # --- hela rader inklistrade
    "samordnare|csv_rad|{date};{time};{place};{venue};Bråk/ordningsstörning;Slagsmål mellan {first:1} och "
    "{first:2}, {first:1} blödde;Fritid {full:3}",
    "samordnare|csv_rad|{date};kväll;{place};{street};Misstänkt narkotikahantering;{nick:1} säljer från "
    "bil {plate2};Fält {first:2}",
    "samordnare|csv_rad|{date};{time};{place};Skolgården {venue};Våld och hot;{full:1} hotade {full:2} "
    "med kniv;Rektor {sur:3}",
    "samordnare|csv_rad|{date};natt;{place};{addr};Anlagd brand;Brand i barnvagn i trapphus ({fast}), "
    "boende {full:1} ringde;OV {full:2}",
    "samordnare|csv_rad|{date};eftermiddag;{place};{line};Ryktesspridning/sociala medier;Rykte om "
    "{first:1} och {wfirst:2};{lowf:3} fältgruppen",
    "samordnare|csv_rad|{date};{time};{place};{venue};Olovlig trafik;Mopeder, {first:1} {wsur:1} kände "
    "igen föraren {first:2} ({plate2});Nattvandrare {full:3}",
    "samordnare|csv_rad|{date};{time};{place};{street};Skadegörelse;Glaskross, {amount};{full:1} ({org})",
    "samordnare|csv_rad|{date};förmiddag;{place};{venue};Incident mot anställd;{first:1} spottad på av "
    "{full:2};Kurator {full:3}",
    # --- mejl inklistrade i Beskrivning
    "faltassistent|mejl_inklistrat|Från: {full:1} <{mail}>\nÄmne: helgen\n\nHej! [[Lugn]] helg i "
    "{place} förutom fredag kl {time} då {first:2} och {nick:3} bråkade. /{first:1}",
    "kurator|mejl_inklistrat|-----Ursprungligt meddelande-----\nFrån: {full:1}\nSkickat: {date}\n"
    "Elev {first:2} har berättat om hot från {first:3} {sur:3}. Ring mig {mob}.",
    "fritidsledare|mejl_inklistrat|Hej {first:1}!\nVi på {venue} undrar om ni vet något om {nick:2}? Han "
    "har varit här med en kniv.\nHälsningar {full:3}\nFritidsledare, {kommun}",
    "trygghetssamordnare|mejl_inklistrat|Vidarebefordrat från {full:1}:\n> Boende på {addr} {lgh} klagar "
    "på ungdomar i trapphuset, bl.a. {first:2}.\n> Kontakt {tel}\nMvh {first:3}",
    "rektor|mejl_inklistrat|Hej alla,\nIgår eftermiddag var det bråk vid {venue}. {full:1} och "
    "{full:2} från åk 8. Vårdnadshavare kontaktade av mentor {sur:3}.\n/Rektor {full:4}",
    "socialsekreterare|mejl_inklistrat|Skickat från min iPhone\n\nSoc har tagit emot orosanmälan om "
    "{full:1} ({snr}) från {full:2}. Frågor till {first:3}, {mail}",
    "ordningsvakt|mejl_inklistrat|Från: {org}\nTill: {kommun}\nRapport {date}: {antal} avvisade vid "
    "{place}, en gripen ({full:1}, {snr}). Fordon {plate} kontrollerat. /{first:2} {sur:2}",
    "faltassistent|mejl_inklistrat|Hej,\nkort från igår: {lowf:1}, {first:2} och {wfirst:3} vid {venue}. "
    "Lugnt. {first:4} hade fått nytt nr {mob}.\n/{first:5}",
)
