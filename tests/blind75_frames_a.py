"""Frames of the seventy-fifth blind corpus, part a: ambulance crews' journal notes, the dispatch log as the
crew and SOS Alarm write it, and handovers (SBAR) from the ambulance to the emergency room.

A frame is `role|style|template` (tests/blind75_fill.py says what each slot is filled with).
"""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # -- ambulansjournal: the crew's free-text note, abbreviations, vitals, several people
    "ambulanssjukskoterska|ambulansjournal|Pat: {comma:1}, {pnr}\nHämtad {addr}, {lgh}. Larm kl {time},"
    " prio 1."
    " Anhörig (dotter) {first:2} på plats, nås på {mob}. Pat orienterad, [[Klara]] tecken på intox."
    " Avlämnad {venue} kl {time}.",
    "ambulanssjukskoterska|ambulansjournal|Amb 3412 till {place}, {street}. Pat {full:1} ({vuxen} år)"
    " hittad av"
    " grannen {first:2} i trapphuset. Sambo {first:3|g} mobil {mob}. BT 95/60, SpO2 91 %. {triage}."
    " Transport till {venue}.",
    "ambulansforare|ambulansjournal|ank {time} – pat sitter på golvet, säger att han heter {lowf:1},"
    " vill inte"
    " uppge pnr. Sambon {full:2} uppger {pnr}. Hotfull mot personalen, polis begärd. Väktare {sur:3} mötte"
    " upp vid {spot}.",
    "ambulanssjukskoterska|ambulansjournal|PAT {caps:1}\nPNR {pnr}\nAdress: {addr}\nKontaktperson: {full:2}"
    " (son) {tel}\nAnamnes: fall i hemmet, liggtid okänd. Hemtjänsten ({first:3}) larmade.\n[[Inga]] synliga"
    " skador på huvudet.",
    'ambulanssjukskoterska|ambulansjournal|Pat okänd identitet, man ca {vuxen} år, kallas "{nick:1}" av'
    " kompisarna på plats. Tillfälligt nummer tilldelat, senare id via {snr}. Kompisen {full:2} följde med"
    " till {venue}. Larm från {place}.",
    "ambulansforare|ambulansjournal|Kollision {street}/{pstreet}. Förare bil {plate} {full:1}, {pnr}, ej"
    " skadad. Förare bil {plate2} {full:2} klagar på nacksmärta, transporteras. Polis på plats, ärende"
    " {case}.",
    "ambulanssjukskoterska|ambulansjournal|Hämtad {venue} för transport till {ward} på {venue}. Pat {init:1}."
    " Ansv. ssk {first:2} gav rapport. Pat:s fru {low:3} åker efter i egen bil.",
    "ambulanssjukskoterska|ambulansjournal|{full:1} ringde själv 112 från {addr}. Uppger att grannen"
    " {wfirst:2}"
    " {sur:2} slagit honom. [[Sten]] i njuren sedan tidigare. Kontakt: {mail}. Hämtad kl {time}.",
    # -- larmlogg: the dispatch log, terse lines, call signs and times
    "sos_operator|larmlogg|{time}: 112-samtal från {mob}, inringare {full:1}. Man medvetslös {addr}.\n"
    "{time} Amb 3420 larmad prio 1.\n{time} Inringare uppger att mannen heter {first:2} {wsur:2}.",
    "sos_operator|larmlogg|Larm: {date} kl {time}\nAdress: {addr}, {place}\nInringare: {caps:1} tel {tel}\n"
    "Patient: {comma:2}, {pnr}\nPrio: 2\nNotering: hund i lgh, anhörig {first:3} öppnar.",
    "ambulansforare|larmlogg|Amb 3511. Uppdrag kl {time}, {street}. Kvinna {vuxen} år, {full:1}."
    ' Polis begärd pga hotfull son "{nick:2}". {triage}. Avslut {venue} kl {time}.',
    "sos_operator|larmlogg|inringaren {low:1} ringer från {mob} och säger att hennes pojkvän {first:2} tagit"
    " tabletter. Adress uppges {addr} {lgh}. Amb + polis larmade {time}.",
    "sos_operator|larmlogg|Händelse {date}: trafikolycka {place}, korsningen {street}/{pstreet}."
    " Inblandade fordon {plate} och"
    " {plate2}. Skadad: {full:1}. Vittne {full:2} nås {mob}.",
    "ambulanssjukskoterska|larmlogg|Omdirigerad kl {time} från {venue} till {venue}. Pat {full:1}, {snr}."
    " Anhörig {sur:2} (svärson) meddelad av ssk {first:3}.",
    "sos_operator|larmlogg|12:e samtalet från samma nummer {mob} på {week}. Uppringaren kallar sig {nick:1},"
    " egentligen {full:1}. Ingen ambulans skickad, hänvisad till 1177. Kontakt med {org}.",
    "ambulansforare|larmlogg|Uppdrag till {fast} ({place}). Äldre man {full:1}, granne {wfirst:2} {sur:3}"
    " larmade. Nyckel finns hos hemtjänsten, tel {tel}. Framme kl {time}.",
    # -- overrapport: SBAR handover, ambulance to ER
    "ambulanssjukskoterska|overrapport|S: {full:1}, {vuxen} år, {pnr}. Fall från stege i {place}.\n"
    "B: tidigare frisk. Sambo {full:2}.\nA: GCS 14, {triage}.\nR: till {ward}. /{first:3}",
    "ambulanssjukskoterska|overrapport|Rapport till akuten {time}: pat {comma:1}, hämtad på {street}"
    " efter bråk"
    " utanför krogen. Kompis {first:2} ({ung} år) med i ambulansen. Polis ({sur:3}) kommer efter.",
    "ambulanssjukskoterska|overrapport|SBAR\nS – {caps:1}, {snr}, hittad vid {spot}, {venue}.\nB – känd"
    " missbrukare, kallas {nick:1}.\nA – somnolent, andas själv.\nR – övervakning, kontakta kurator {sur:2}.",
    "ambulansforare|overrapport|Överlämnat till ssk {first:1} kl {time}. Pat {full:2} har med sig mobil och"
    " plånbok (ca {amount}). Dottern {full:3} ringer på {mob} ikväll.",
    "ambulanssjukskoterska|overrapport|{full:1} ({vuxen}) – bröstsmärta sedan kl {time}. EKG skickat."
    " Hustrun {low:2} följer med. Bor {addr}, {lgh}. Gick direkt till {ward}.",
    "ambulanssjukskoterska|overrapport|Pat {full:1} från {fast}, boende på {venue}. Personal {wfirst:2}"
    " {sur:2} ringer på {tel}. Allergi: penicillin.",
    "ambulansforare|overrapport|Inkommer med {full:1} och hennes bror {full:2}. Brodern aggressiv i bilen,"
    " hotade kollegan {first:3}. Väktare larmade till {spot}.",
    "ambulanssjukskoterska|overrapport|Rapport: {comma:1}. Ramlat av cykel vid {place} den {date}."
    " Kontakt {mail}."
    " Mamma {first:2|g} nummer {mob}. {triage}.",
)
