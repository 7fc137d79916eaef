"""Frames of the seventy-fifth blind corpus, part b: hospital security guards' logs, their incident reports,
and reports of threats and violence against staff (the form a nurse or a guard fills in).

A frame is `role|style|template` (tests/blind75_fill.py says what each slot is filled with).
"""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # -- vaktlogg: the guards' running log, one line a round or a call
    "vakt|vaktlogg|{time} Rond {spot}. Man sover i soffan, id-kontroll: {full:1}, {pnr}. Avvisad vänligt.\n"
    "{time}: larm från {ward}, anhörig {full:2} höjer rösten mot ssk {first:3}. Lugnat.",
    "vakt|vaktlogg|kl {time} – {caps:1} åter på {spot} trots tillträdesförbud. Polis tillkallad,"
    " {case}. Väktare {sur:2} och {sur:3} på plats. /{first:4}",
    "vakt|vaktlogg|{date}\n{time} bilen {plate2} står på ambulansplatsen vid {spot}. Ägaren {full:1} ringd på"
    " {mob}, flyttade bilen.\n{time} rond {ward} ua.",
    'vakt|vaktlogg|Pass natt {date}. Väktare {full:1} / {full:2}.\n– Berusad kvinna "{nick:3}" i'
    " {spot}, taxi beställd.\n– Rökning vid {spot}.",
    "vaktchef|vaktlogg|Larm överfall {ward} kl {time}. Patientens bror {lowf:1} knuffade usk {first:2}."
    " Omhändertagen av polis. Mobil till brodern enl personal: {mob}.",
    "vakt|vaktlogg|nattrond, {spot} – hittade {full:1} sovande i trapphuset. Säger sig bo {addr} men har"
    " ingen nyckel, kom med {line} enligt honom. {org} kontaktade.",
    "vakt|vaktlogg|Ringde receptionen {tel} ang. {full:1} som vägrar lämna {venue}. Sonen {first:2} hämtade"
    " henne kl {time}. {wfirst:3} i receptionen meddelad.",
    "vakt|vaktlogg|Bil {plate} kört in i bommen vid {spot} mot {pstreet}. Förare {comma:1}, körkort"
    " kontrollerat."
    " Skada ca {amount}. Rapport till {org}.",
    # -- incidentrapport: the guard company's report form
    "vakt|incidentrapport|Incidentrapport\nObjekt: {venue}\nDatum: {date}\nTid: {time}\nInblandad: {full:1}"
    " ({pnr})\nVittne: {full:2}, personal {ward}\nBeskrivning: sparkade på dörren till"
    " {spot}.\nSignerat: {first:3}",
    "vakt|incidentrapport|RAPPORT – OMHÄNDERTAGANDE\nPerson: {caps:1}, {snr}\nPlats: {spot}, {venue}\n"
    "Åtgärd: överlämnad till polispatrull, ärende {case}\nRapportör: {init:2}",
    'vakt|incidentrapport|Händelse: hot mot personal. {full:1} hotade att "komma tillbaka med kompisarna"'
    " efter att hans mamma {full:2} fått vänta sedan kl {time}. Anmält, ärende {case}.",
    "vaktchef|incidentrapport|Sammanfattning {week}: 3 avvisningar från {spot}; ett omhändertagande"
    " ({full:1}),"
    " en bil ({plate}) bortforslad. Kontakt med {first:2} på {org}.",
    "vakt|incidentrapport|Gärningsperson: man, ca {vuxen} år, kallas {nick:1}. Troligen {full:1} enligt"
    " personalen på {ward}. Sågs lämna mot {place} i bil {plate2}.",
    "vakt|incidentrapport|Rapportör {full:1}, Securitas. Vid {spot} kl {time} anträffades {full:2} med kniv."
    " Beslag. {full:2|g} mobil {mob}. Bor {addr}.",
    "vaktchef|incidentrapport|Till: {first:1} ({org})\nFrån: vaktchef {sur:2}\nÄrende: upprepade störningar"
    " av {full:3}, boende {addr}, {lgh}. Förslag: tillträdesförbud {venue}.",
    "vakt|incidentrapport|Inblandade: 1) {full:1}, {pnr}; 2) {full:2}, {snr}\nBråk i väntrummet om"
    " turordningen. Polis tillkallad kl {time}.",
    # -- hotrapport: threats and violence against staff, written by the one threatened
    "sjukskoterska|hotrapport|Jag, {full:1}, ssk på {ward}, blev hotad av patientens man {full:2} kl {time}."
    " Han sa att han visste var jag bor ({place}). Chef {sur:3} informerad.",
    "underskoterska|hotrapport|Anmälan hot och våld\nUtsatt: {full:1}\nGärningsperson: {full:2}, {pnr}\n"
    "Händelse: spottade och slog mot armen på {ward} den {date}\nPolisanmälan: {case}",
    'lakare|hotrapport|Under ronden hotades dr {sur:1} av anhörig {full:2} som skrek att han skulle "hitta'
    ' henne". [[Hans]] telefon {mob} finns i journalen. Väktare {first:3} kom efter ca 5 min.',
    "sjukskoterska|hotrapport|{full:1} har skickat hotfulla sms från {mob} till min privata telefon. Han"
    " verkar ha fått numret från sin syster {low:2}. Vill ha skyddad adress.",
    "ambulanssjukskoterska|hotrapport|Ambulanspersonal {full:1} och {full:2} hotades i {place} på {street} av"
    " en man kallad {nick:3}. Fordon {plate} skadat. Ärende hos polisen: {case}.",
    "sjukskoterska|hotrapport|{first:1} (ssk) blev knuffad av {wfirst:2} {sur:2|g} pojkvän. Patienten"
    " {full:3}"
    " ville inte gå härifrån. [[Inga]] synliga skador, men rädd.",
    "underskoterska|hotrapport|Hot via mejl från {mail} till {ward}. Avsändaren skriver under med {full:1}"
    " och hotar personalen, särskilt {first:2}. Vidarebefordrat till {org}.",
    "sjukskoterska|hotrapport|Händelsen {date} – {lowf:1} från kaféet hörde när {caps:2} skrek mot"
    " receptionisten {full:3}. Skickad till polis, ärendenr {case}.",
)
