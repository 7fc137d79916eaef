"""Frames of the thirty-eighth blind corpus, part e: witness statements taken down by the fire service, SMS
between the jour and the styrkeledare, and minutes of the EST meeting (`role|style|template`; slots in
tests/blind38_fill.py)."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # -------------------------------------------------------------------------- vittne
    "brandman|vittne|Vittnesuppgift upptagen av brandman {full:1}:\n{full:2}, boende på {addr}, såg kl "
    "{time} två personer hälla något på containern. Den ena hade en [[rosa]] ryggsäck och kallades "
    "{nick:3}.",
    "brandman|vittne|{full:1}, {vuxen} år, uppger: 'Jag såg att det brann i bilen ({plate}) och ringde "
    "112 direkt. Jag tror att {first:2} och hans kompis var där.'",
    "styrkeledare|vittne|Vittne: {comma:1}\nTel: {mob}\nIakttagelse: en kille kallad {nick:2} sprang "
    "från trapphuset på {street} strax innan röken syntes.\nUpptaget av: {first:3}",
    "brandman|vittne|Uppgift från boende i {lgh}, {full:1}: 'Det var {full:2} från trean, han har tänt "
    "förut.' Lämnat vidare till polisen ({case}).",
    "styrkeledare|vittne|Vittnesmål, moped i brand vid {venue}\nVittne 1: {full:1}, {mob}\nVittne 2: "
    "{full:2}, {snr}\nBeskrivning av misstänkt: ca {ung} år, mörk jacka, kallad {nick:3}",
    "styrkeledare|vittne|Grannen {full:1} berättade för styrkeledare {sur:2} att {first:3} i huset "
    "bredvid brukar elda i soptunnorna. Adress till {first:3}: {addr}.",
    "brandman|vittne|Brandman {wsur:1} pratade med {low:2} som bor vid {pstreet}: hon hade sett en bil "
    "({plate2}) stanna vid containern kl {time}.",
    "brandman|vittne|{full:1} ({snr}) var den som först såg branden i tvättstugan. Tolk behövdes. "
    "Uppgifterna gick via {first:2} på {housing}.",
    # ----------------------------------------------------------------------------- sms
    "styrkeledare|sms|Hej {wfirst:1}! Brand i container vid {street} nu, vi är på väg. Kan du kolla med "
    "jouren? /{first:2}",
    "styrkeledare|sms|sl {sur:1} här: bil brinner på {pstreet}, reg {plate}. ägaren {lowf:2} står här, "
    "nr {mob}",
    "fastighetsjour|sms|Ok {first:1}, jag tar kontakt med {full:2} på {housing} imorgon om soprummet på "
    "{addr} 👍",
    "fastighetsjour|sms|Obs! {nick:1} och {first:2} sågs igen vid {school} kl {time}. De hoppade på "
    "{line}. Polisen vet. Mvh {first:3}",
    "styrkeledare|sms|{wfirst:1}: kan du ringa {full:2} i {lgh}? Hen har info om branden. {mob}",
    "brandman|sms|tack för hjälpen ikväll {lowf:1}! rökdykarna hittade ingen inne. polisen tog namn på "
    "{full:2} som stod och filmade",
    "fastighetsjour|sms|Från jouren: trapphusbrand {addr} släckt, {first:1} ({org}) på plats till "
    "{time}. Boende {low:2} sover hos släkt i natt.",
    "fastighetsjour|sms|{caps:1} ringde mig om att hennes bil ({plate2}) brunnit på {street}. Vill prata "
    "med någon. {mob}",
    # ------------------------------------------------------------------- est_protokoll
    "samordnare|est_protokoll|EST-möte {date}\nNärvarande: {full:1} (räddningstjänsten), {full:2} "
    "(kommunpolis), {full:3} ({housing})\n§3 Anlagda bränder i {place}: ökat sedan {week}. Åtgärd: extra "
    "väktarrond.",
    "samordnare|est_protokoll|Protokoll EST, {week}\nPunkt 2. Bilbränder på {pstreet} – brandingenjör "
    "{wsur:1} redogjorde. Polisen känner till {nick:2}.\nPunkt 3. Skolbrand på {school}, rektor {full:3} "
    "deltog.\nJusteras av {full:4}",
    "samordnare|est_protokoll|Åtgärdslista EST\n1. Belysning vid {street}: {housing} ansvarar, "
    "{full:1}\n2. Flytt av containrar: kommunen, {full:2}, klart {date}\n3. Grannsamverkan i {place}: "
    "{first:3} återkommer",
    "samordnare|est_protokoll|Minnesanteckningar, samverkan brand\nDeltagare: {init:1}, {init:2}, "
    "{full:3}\nBeslut: brandutredningen av branden på {addr} delges {housing}. Ärende hos polis: {case}.",
    "samordnare|est_protokoll|EST {kommun}, {week}\nStatus {place}: gult.\nRäddningstjänsten rapporterar "
    "fyra anlagda bränder, bl.a. i förrådet hos {full:1} ({lgh}).\nKommunpolis {sur:2}: en misstänkt, "
    "{full:3}, {pnr}, anhållen.",
    "samordnare|est_protokoll|Uppföljning från förra mötet: {wfirst:1} från {housing} har satt upp "
    "kamera vid soprummet på {street}. [[Inga]] fler bränder där sedan {date}. {full:2} tackar för "
    "samarbetet.",
    "samordnare|est_protokoll|Punkt 4: Mopedbränder. Fältassistent {full:1} har pratat med {nick:2|g} "
    "kompisar. Räddningstjänsten ({full:3}) föreslår skolbesök på {school} {week}.",
    "samordnare|est_protokoll|Nästa EST-möte den {date} kl {time}. Ordförande {full:1}, sekreterare "
    "{full:2}. Frågor om bränderna vid {venue} till {mail}.",
)
