"""Frames of the seventy-fifth blind corpus, part e: rows of the weekly EST report from the hospitals'
security and the vårdcentraler, the nurse in charge's shift handover at the emergency room, and the
switchboard's and the ambulance station's call log.

A frame is `role|style|template` (tests/blind75_fill.py says what each slot is filled with).
"""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # -- est_rapport: a row of the weekly report, as the reporter writes the Beskrivning
    "vaktchef|est_rapport|{place}, {spot} vid {venue}: samling av ungdomar kvällstid {week}, de kommer"
    " med {line}. Känd sedan"
    " tidigare: {full:1} ({ung}). Personal ({first:2}) kände sig otrygg.",
    "samordnare|est_rapport|Våld och hot – incident mot anställd på {venue} den {date}."
    " Ambulanspersonal hotad av"
    " {full:1}, {snr}. Polisanmält {case}. Rapportör: {full:2}.",
    "vaktchef|est_rapport|Bilbrand på parkeringen mot {pstreet} vid {venue}. Bilen ({plate}) tillhör"
    " {full:1},"
    " boende {addr}. Räddningstjänsten på plats kl {time}.",
    "samordnare|est_rapport|Otrygg plats: gångvägen från {line} till {venue} saknar belysning. Personal"
    " har klagat ({full:1}, {first:2}). Ägare {org}, fastighet {fast}.",
    "vardcentralschef|est_rapport|Inbrott i personalrummet {date}. Stulet: mobiler och ca {amount}."
    " Misstänkt: man som kallas {nick:1}, sågs av {full:2}. Anmält, {case}. /{first:3}",
    "vaktchef|est_rapport|nedskräpning + sprutor vid {spot}. {full:1} på {org} meddelad. Även klotter"
    ' "{lowf:2} 4ever" på väggen, {week}.',
    "samordnare|est_rapport|Kommande: helgen {date} väntas hög belastning på {venue} (match). Extra väktare"
    " beställda, kontakt {full:1} {mob}.",
    "vaktchef|est_rapport|Olovlig trafik: moped på gångvägen vid {venue}. Föraren {full:1} ({ung}), moped"
    " {plate2}. Pappan {wsur:2} hämtade. Rapport: {first:3}.",
    # -- skiftrapport: the nurse in charge's handover, lists and abbreviations
    "sjukskoterska|skiftrapport|Skiftrapport natt {date}\n– {spot}: {full:1}, {pnr}, väntar på plats"
    " {ward}\n– {spot}: {comma:2}, oro, anhörig {full:3} ringer ofta\n– Väktare {sur:4} på plats",
    "sjukskoterska|skiftrapport|Kvällen: {antal} pat i väntrummet kl {time}. {full:1} hotade"
    " receptionen, väktare {first:2} tog hand. {wfirst:3} och {first:4} jobbar dubbelt.",
    "sjukskoterska|skiftrapport|Till dagpasset: {full:1} ({vuxen}) i {spot} – polisbevakning, ärende {case}."
    " Besök endast av systern {low:2}. Tel till henne {mob}.",
    "sjukskoterska|skiftrapport|SKIFT KVÄLL\n{caps:1} – {triage} – {ward}\n{full:2} – {triage} – hem\n"
    "Anhörig {first:3} vill bli uppringd {tel}",
    "sjukskoterska|skiftrapport|Rapport från {first:1}: lugn natt förutom {full:2} som försökte gå med"
    " venkateter kl {time}. Hämtad av väktarna vid {spot}.",
    "underskoterska|skiftrapport|Hej {first:1}! Pat {full:2} på {spot} ska till {ward} när plats finns."
    " Sonen {first:3} {wsur:3} kommer med kläder. Mvh {nick:4}",
    "sjukskoterska|skiftrapport|Skift {date}: {antal} ambulanser inne samtidigt, kö {spot}. Ssk {sur:1} och"
    " {sur:2} hjälpte till från {ward}. Avvikelse skriven av {full:3}.",
    "sjukskoterska|skiftrapport|{full:1} hämtar sin pappa {full:2} imorgon, bil {plate}. Adress: {addr}."
    " Läkemedelslista skickad till {venue}.",
    # -- vaxellogg: the switchboard's and the ambulance station's call log
    "vaxel|vaxellogg|{time} {full:1} ringde från {mob}, sökte sin mamma {full:2}. Kopplad till ssk"
    " {sur:3} på {ward}.",
    "vaxel|vaxellogg|Samtal kl {time}: hotfull man som uppgav namnet {lowf:1} {wsur:1}. Ville veta var"
    " {full:2} ligger. Inget lämnat ut. Nummer {mob}.",
    "vaxel|vaxellogg|{date}, kl {time}\nUppringare: {comma:1}\nÄrende: klagomål på ambulans {plate2} som stod"
    " på hennes uppfart, {addr}\nÅtgärd: kopplad till stationen",
    "vaxel|vaxellogg|Meddelande till {first:1} på {ward}: ring {full:2} på {tel} ang. sin bror"
    " {first:3}. /{first:4}",
    "ambulansforare|vaxellogg|Station {place}: {full:1} ringde och frågade efter kollegan {full:2}. Uppgav"
    " sig vara hennes exman. Inga uppgifter lämnade. Nr {mob}",
    'vaxel|vaxellogg|Kl {time} – {nick:1} (känd) ringer igen, hotar att "komma och hämta" {first:2}.'
    " Polis informerad, {case}. Mejl från samma person: {mail}",
    "vaxel|vaxellogg|sökt: {low:1}, inlagd {date}? Finns ej. Uppringaren {full:2} hänvisad till 1177."
    " Ringde från {tel}.",
    "vaxel|vaxellogg|{caps:1} ({snr}) vill ha kopia av journal. Skickas till {addr}, {place}. Kontakt"
    " {wfirst:2} på {org}.",
)
