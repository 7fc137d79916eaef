"""Frames of the seventy-eighth blind corpus, part b: cleaning staff's reports, väktare's reports from
hotels and rented flats, and guest registers (lists, registration cards, booking-system excerpts with
foreign names and passports). Slots are filled by tests/blind78_fill.py."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # ---- stadrapport: housekeeping and cleaning firms
    "stadare|stadrapport|Städrapport plan {vaning} – {date}\nRum {rum}: sprutor i papperskorgen, lämnat"
    " till arbetsledare {sur:1}.\nRum {rum}: mycket smutsigt, extra städtid, debitera {amount}?\nRum {rum}:"
    " DND hela dagen, ingen svarar.\n[[Rosa]] handdukar slut i förrådet.\nStädare: {first:2}, {first:3}",
    "stadare|stadrapport|{first:1} hittade kvarglömt i {rum} efter {full:2}: laptop, laddare och ett kuvert"
    " med {amount}. Allt inlåst i kassaskåpet, loggat kl {time}. {first:2|g} nummer enligt bokningen:"
    " {mob}.",
    "stadare|stadrapport|STÄDNING AIRBNB {addr}, {lgh}\nFörra gästerna ({comma:1} + 3 pers) lämnade kl"
    " {time}. Trasig soffa, fläckar på madrassen, tomflaskor överallt. Bilder skickade till värden"
    " {first:2} på {mob}.\nStädat av {full:3}",
    "stadare|stadrapport|hej {lowf:1}! rum {rum} har spya i sängen igen, samma gäst som förra veckan"
    " ({first:2} nåt). jag tar inte det utan handskar och sånt. kan du ringa husfrun {wsur:3}? /{nick:4}",
    "stadare|stadrapport|Avvikelse städ {date}\nLägenhetshotellet på {street}, {lgh}: gästen {full:1}"
    " vägrade släppa in oss och hotade {first:2} med att ringa polisen. Vi gick därifrån kl {time}."
    " Fastighetsbeteckning {fast}.",
    "stadare|stadrapport|Rapport från {nick:1} (städ, kväll): Rum {rum} och {rum} – fönster uppbrutet"
    " utifrån? Glas på golvet. Vakt {sur:2} har tittat. Gäst {full:3} säger att inget saknas. Foto i mappen"
    " från {date}.",
    "stadare|stadrapport|Lista kvarglömt {week}\n- rum {rum}: jacka, troligen {full:1} (utcheckad"
    " {date})\n- rum {rum}: pass utfärdat till {caps:2}, nr {pass}\n- rum {rum}: mobil, låst\nSammanställt"
    " av {full:3}",
    "stadare|stadrapport|Till arbetsledaren {sur:1}: vi hittade {antal} madrasser på golvet i {lgh} på"
    " {street}, fast bokningen gällde två personer. Värden heter {full:2} enligt kontraktet. Tar bilder och"
    " mejlar till {mail}. /{first:3}, {first:4}",
    # ---- vaktrapport: väktare and security
    "vaktare|vaktrapport|Rapport väktare – {venue}\nDatum: {date}\nTid: {time}\nHändelse: Person utan"
    " bokning sov i trapphuset plan {vaning}. Uppgav namn {full:1}, {snr}. Avvisad utan incident. Väktare"
    " {sur:2}, {org}.",
    "vaktare|vaktrapport|Kl {time} larmade receptionen ({first:1}) om bråk i baren. Två män, den ena"
    " {full:2} ({pnr}), den andra okänd, ca {vuxen} år. Herr {sur:2} blev slagen i ansiktet. Polis på plats"
    " kl {time}, ärende {case}.\nVäktare {sur:3}",
    "vaktare|vaktrapport|Bevakningsrapport från {place} den {date}\nOrsak: Störning i korttidsuthyrd"
    " lägenhet, {addr}, {lgh}.\nPå plats kl {time}. Ca {antal} personer, hög musik. Hyresgästen {full:1}"
    " uppgav att hon hyrt ut via {org} till en {first:2}. Tillsagda att sänka.\nRapportör: {init:3}",
    "vaktare|vaktrapport|{time} rond runt {venue}. Bil {plate} parkerad på gångbanan vid {street}, föraren"
    " ({first:1}) sa att han väntade på en gäst. Ombedd att flytta. {time} ny rond, bilen borta. Klotter på"
    " garageporten, foto till fastighetsägaren {org}.",
    "vaktare|vaktrapport|Väktarrapport\n\nUtryckning till {venue} kl {time} efter larm från nattportier"
    " {first:1}. En gäst, {caps:2}, hade tagit sig in i personalrummet. Han visade pass nr {pass}."
    " Omhändertagen av polis, hnr {case}.\n\n{full:3}, {org}",
    "vaktare|vaktrapport|Avvikelserapport {date}: {full:1} (personal, frukost) hotad av gäst i rum {rum}."
    " Gästen, som heter {first:2} enligt bokningen, kallade henne hora och kastade en kopp. Väktare"
    " {wsur:3} kallades av {first:1|g} kollega. Ambulans körde henne till {inst} för kontroll.",
    "vaktare|vaktrapport|Hej {first:1}, från natten: {nick:2} och hans gäng hängde utanför entrén mot"
    " {pstreet} från kl {time}. Försökte ta sig in via personalingången. Vi ringde 112 och sedan jouren på"
    " {tel}. /väktare {sur:3}",
    "vaktare|vaktrapport|PATRULLRAPPORT\nObjekt: {venue}\nKund: {org}\nHändelse: Gäst {comma:1} hittad"
    " medvetslös i hissen kl {time}. Ambulans tillkallad. Kontakt med anhörig {full:2}, {mob}.\nVäktare:"
    " {full:3}",
    # ---- gastregister: guest registers and lists
    "reception|gastregister|Gästregister {date}\nRum | Namn | Dokument | Ankomst\n{rum} | {caps:1} | pass"
    " {pass} | kl {time}\n{rum} | {caps:2} | ID-kort {pass} | sent\n{rum} | {comma:3} | {pnr} | kl {time}",
    "reception|gastregister|Incheckningar efter kl {time}:\n{comma:1} – rum {rum}, {natter} nätter, betalt"
    " {amount}\n{comma:2} – rum {rum}, {natter} nätter, faktura till {org}\n{full:3} – rum {rum}, ingen"
    " legitimation uppvisad!",
    "reception|gastregister|Registreringskort\nEfternamn: {sur:1}\nFörnamn: {first:1}\nAdress:"
    " {addr}\nMobil: {mob}\nE-post: {mail}\nPass-/ID-nr: {pass}\nSamordningsnr: {snr}\nAnkomst {date},"
    " avresa {date}",
    "reception|gastregister|Gäster i långtidsboende (hotell som tillfälligt boende via {kommun}):\n{full:1}"
    " {snr}\n{full:2} {snr}\nKontaktperson socialtjänsten: {full:3}, {tel}",
    "reception|gastregister|Bokning {bok} – {org}\nGäst: {full:1}\nMedresenärer: {first:2}, {first:3}"
    " ({ung} år)\nAnkomst: {date} kl {time}\nPris: {amount} inkl. frukost\nNotering: vill ha rum långt från"
    " hissen",
    "reception|gastregister|Rumslista plan {vaning}, natten till {date}\n{rum} {caps:1}\n{rum} {caps:2} +"
    " 1\n{rum} tomt\n{rum} {full:3} (personal, övernattar)",
    "reception|gastregister|Gäster som ej visat legitimation:\n1. {full:1}, rum {rum}\n2. {full:2}, rum"
    " {rum} (säger att passet ligger i bilen, {plate2})\n3. {low:3}, rum {rum}\nÅtgärd: {first:4} ringer"
    " dem kl {time}.",
    "reception|gastregister|Från bokningssystemet:\nRES {bok} | {caps:1} | {date} till {date} | {amount} |"
    " betald\nRES {bok} | {caps:2} | ankomst {date} | ej betald\nKommentar: gäst 2 är samma som {wfirst:3}"
    " i förra veckans incident",
)
