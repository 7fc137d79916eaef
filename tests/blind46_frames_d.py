"""Frames of the forty-sixth blind corpus, fourth file: fältare's working notes, the school's input (rektor,
kurator, elevhälsa) and the kommunpolis' input to SSPF."""

from __future__ import annotations

FRAMES_D = (
    # ------------------------------------------------------------------ faltanteckning
    "faltare|faltanteckning|"
    "Fält {date}, kväll\nRunda {place} → {street} → {venue}\nTräffade {lowf:1}, {lowf:2} och {nick:3}. "
    "{nick:3} sa att {first:4} fått stryk.",
    "faltare|faltanteckning|"
    "Fältarbete kl {time}. Ca {antal} ungdomar vid {place}. Känner igen {first:1} ({ung}) och "
    "{first:2} {sur:2}. Bil {plate2} stod på parkeringen.",
    "faltare|faltanteckning|"
    "fältanteckn {week}\n- {lowf:1} ville prata om bråk hemma, tips om kurator {sur:2}\n"
    "- {nick:3} hade ny jacka, frågade om pengar\n- {lowf:4} (lillasyster till {lowf:1}) med",
    "faltare|faltanteckning|"
    "{full:1} och jag ({first:2}) gick {place} fredag. Lugnt. Pratade med {wfirst:3} vid {venue}. "
    "Hennes mamma {first:4} ringde senare på {mob}.",
    "fritidsledare|faltanteckning|"
    "Fritidsgården {venue} ikväll\nBesökare: {antal}\nIncident: {first:1} och {first:2} bråkade, "
    "{first:1} skickades hem. Ringt pappa {full:3}. Bil {plate} hämtade {first:2} kl {time}.",
    "faltare|faltanteckning|"
    "Natt mot lördag. {caps:1} sågs vid {line} hållplats med äldre killar. Fältare {sur:2} "
    "och {sur:3} pratade med honom. [[Ingen]] polis på plats.",
    "faltare|faltanteckning|"
    "Notering: {nick:1} (heter egentligen {first:1}) bor på {addr}, {lgh}. Umgås med {nick:2}. "
    "Ansvar för kontakt: {first:3}",
    "fritidsledare|faltanteckning|"
    "Fritid rapporterar: {first:1} {wsur:1} har varit på gården varje kväll sedan {week}, "
    "säger att hen inte vill vara hemma. Pratat med {first:2} på soc.",
    # ------------------------------------------------------------------ skolunderlag
    "rektor|skolunderlag|"
    "Underlag från {venue} inför SSPF\nElev: {full:1}, {klass}\nFrånvaro: {antal} %\n"
    "Mentor: {full:2}\nVH informerade: ja ({full:3})",
    "kurator|skolunderlag|"
    "Kuratorn ({full:1}) har haft samtal med {first:2}, {first:3} och {first:4} i {klass}. "
    "Oro för att de rekryteras. Ingen orosanmälan än.",
    "rektor|skolunderlag|"
    "Skolan: {first:1} avstängd {date} efter hot mot lärare {sur:2}. Polisanmälan {case}. "
    "Skolskjuts via {line}.",
    "elevhalsa|skolunderlag|"
    "EHT {venue} – {date}\nNärv: rektor {full:1}, kurator {full:2}, skolsköterska {full:3}\n"
    "Elev {full:4} – hemmasittare sedan {week}",
    "rektor|skolunderlag|"
    "Från rektor {full:1}: tre elever ({first:2}, {first:3}, {first:4}) har setts i {place} under "
    "skoltid. Föräldrar kontaktas av mentor.",
    "kurator|skolunderlag|"
    "kurator {lowf:1}: {first:2} i {klass} har berättat om en äldre kille, kallad {nick:3}, "
    "som erbjudit {amount} för att {wfirst:4} ska hålla en väska.",
    "elevhalsa|skolunderlag|"
    "Skolsköterska {sur:1}: {first:2} har varit på mottagningen {antal} gånger sedan {date}. "
    "Misstanke om våld i hemmet. Kontakt med soc ({full:3}). Familjen bor i {place}.",
    "rektor|skolunderlag|"
    "{full:1}, rektor {venue}\nEleverna {first:2} och {first:3} byter skola till {venue}. "
    "Överlämning sker {date}. {full:1} nås på {tel}.",
    # ------------------------------------------------------------------ polisunderlag
    "kommunpolis|polisunderlag|"
    "Polisens underlag SSPF {week}\nK-nr {case}: misshandel {place}, misstänkt {full:1} ({ung})\n"
    "Målsägande: {full:2}\nVittne: {first:3}\nGärningsplats: {street}",
    "kommunpolis|polisunderlag|"
    "KP {full:1} informerar: {first:2} och {first:3} omhändertagna enligt LVU den {date}, "
    "påträffade i lägenhet på {addr}.",
    "kommunpolis|polisunderlag|"
    "Fordon av intresse: {plate} (svart Golf), {plate2} (vit Audi). Förare {full:1}, "
    "f. {pnr}. Ses ofta vid {place}.",
    "polisens_utredare|polisunderlag|"
    "Utredningen {case} (rån mot {first:1}, {ung} år) – misstänkta {first:2} {sur:2} och {nick:3}. "
    "Förhör planerat {date}.",
    "kommunpolis|polisunderlag|"
    "Polisen: Ökad närvaro i {place}. Kontroller av {antal} personer, bl.a. {full:1} och {full:2} "
    "vid {street}. "
    "Beslag: kniv. Ärende {case}.",
    "kommunpolis|polisunderlag|"
    "Orosanmälningar från polisen sedan {date}:\n{comma:1} ({ung})\n{comma:2} ({ung})\n"
    "{comma:3} ({ung})\nAnsvar: KP {sur:4}",
    "polisens_utredare|polisunderlag|"
    "Skadegörelse på {venue} natten till {date}. {first:1} {wsur:1} och {first:2} erkänner. "
    "Ersättningskrav: {amount}. Målsägare: {org}.",
    "kommunpolis|polisunderlag|"
    "Samordningsnummer {snr} – {full:1}, saknar folkbokföring. Bor troligen hos {full:2} på "
    "{addr} (fastighet {fast}). Kontakt {mob}.",
)
