"""Frames of the thirty-second blind corpus, part c: kommunpolis' weekly summaries (polissammanfattning),
rows of a housing company's work-order export (arendeexport) and notes of a school's student health team
(elevhalsa). `role|style|template`; slots as in tests/blind32_fill.py."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # polissammanfattning: kommunpolis' weekly summary
    "kommunpolis|polissammanfattning|Sammanfattning {week}, {place}:\n* Rån mot {ung}-åring vid {venue}, "
    "misstänkt {full:1} ({pnr}) anhållen.\n* Bilbrand på {street}, bilen ({plate}) ägs av {full:2}.\n"
    "* Ungdomsgrupp kring {nick:3} fortsatt aktiv.",
    "kommunpolis|polissammanfattning|Veckans händelser. Misshandel {weekday} kl {time} utanför "
    "{shop}; målsägande {register:1} fördes till sjukhus. Gärningsman okänd, vittnen hörs med tolk "
    "i arabiska. Ärende {case}.",
    "polis|polissammanfattning|Ingripande mot {caps:1} och {caps:2} vid {place} efter larm om "
    "knivhot. Båda är kända. {first:1|g} mamma {full:3} kom till platsen och lugnade.",
    "kommunpolis|polissammanfattning|Narkotikaförsäljning misstänks i trapphuset på {addr}. "
    "Namn som förekommer: {lowf:1}, {nick:2}, {low:3}. Fastighetsägaren {org} informerad. En vit "
    "bil, {plate2}, står ofta på {street}.",
    "kommunpolis|polissammanfattning|Lugn vecka i {place}. Möte med imamen {full:1} på {venue} om "
    "{holiday}. Kontakt med föreningen via {first:2}, {mob}.",
    "polis|polissammanfattning|Trafik: {plate2} stoppad på {street} kl {time}, föraren {comma:1} "
    "saknade körkort. Passagerare {full:2}, {snr}. Bilen är registrerad på {first:3|g} firma.",
    "kommunpolis|polissammanfattning|Hot mot anställd på {venue} den {date}. Gärningsperson enligt "
    "personalen en man kallad {nick:1}, troligen {full:1}. Anmälan {case}. Vaktmästare {sur:2} "
    "vittne.",
    "kommunpolis|polissammanfattning|Inbrott i förråd, {fast}. Målsägande {full:1} och {full:2}. "
    "Cyklar och en barnvagn stulna, värde ca {amount}. Tips från grannen {wfirst:3}.",
    # arendeexport: rows of a housing company's work-order export
    "bostadsbolag|arendeexport|Ärendenr 4471;{date};{fast};{addr};Störning;Hyresgäst {full:1} klagar "
    "på grannen {full:2} i {lgh}. Tolk behövs (arabiska).;0 kr;{org}",
    "bostadsbolag|arendeexport|Registrerad: {date} kl {time}\nAdress: {addr}\nÄrendetyp: Klotter\n"
    'Beskrivning: Texten "{nick:1} + {first:2}" sprayad på källardörren. Anmält av {low:3}.',
    "bostadsbolag|arendeexport|Skadegörelse tvättstuga {place}. Hyresgäst {comma:1} ({tel}) har "
    "sett {first:2} och {first:3} sparka på dörren. Kostnad: {amount}.",
    "fastighetsskötare|arendeexport|Felanmälan från {full:1}, {lgh}: lampan i entrén ur funktion. "
    "Hennes son {first:2} snubblade i mörkret. Bovärd {sur:3} åtgärdar {week}, beräknad kostnad {amount}.",
    "bostadsbolag|arendeexport|Hot mot personal\nBovärden {full:1} hotades av hyresgästen {caps:2} "
    "vid besiktning av {lgh} på {street}. Polisanmälan {case}. Kontakt: {mail}",
    "bostadsbolag|arendeexport|Nedskräpning/grovsopor vid {venue}. Soffan tillhör enligt grannar "
    "familjen {wsur:1}. Boende {full:2} har mejlat bilder ({mail}).",
    "bostadsbolag|arendeexport|Misstänkt olovligt boende i {lgh} ({addr}). Kontraktsinnehavare "
    "{register:1}. I lägenheten bor enligt grannen {first:2} även svågern och hans fru {lowf:3}. "
    "Fastighet {fast}.",
    "bostadsbolag|arendeexport|Brand/brandrök, {fast}. Barnvagn i brand i trapphuset kl {time}. "
    "Hyresgästen {full:1} ringde 112. Hans grannar {first:2} och {wfirst:3} hjälpte barnen ut.",
    # elevhalsa: notes of a school's student health team
    "rektor|elevhalsa|EHT {date}\nElev: {full:1} (åk 7)\nNärvarande: rektor {sur:2}, kurator "
    "{full:3}, brobyggare {full:4} (somaliska)\nFrånvaro pga resa till släkt under {holiday}.",
    "kurator|elevhalsa|{first:1} har berättat att hon och {first:2} blir kallade saker av {lowf:3} i "
    "korridoren. Mamman {full:4} kommer på möte {weekday}. Tolk i dari.",
    "skolsköterska|elevhalsa|Hälsosamtal {caps:1}, {pnr}. Eleven sover dåligt, delar rum med tre "
    "syskon på {addr}. Vårdnadshavare: {full:2}.",
    "specialpedagog|elevhalsa|Elevärende {first:1} ({ung})\nFamiljen bytte efternamn från {sur:2} "
    "till {sur:3} förra året. Eleven vill kallas {nick:1}. Brobyggare {first:4} deltar.",
    "rektor|elevhalsa|Bråk på skolgården vid {venue} efter lunch: {first:1}, {first:2} och {nick:3}. "
    "Föräldrarna {full:4} och {full:5} är kontaktade. Klassläraren {sur:6} skriver incidentrapport.",
    "kurator|elevhalsa|Anteckning: {init:1} ({ung} år) kom till mig kl {time}. Han säger att "
    "storebror {first:2} tar hans pengar och att farbror {wsur:3} vet om det.",
    "lärare|elevhalsa|Till EHT: {first:1} och {lowf:2} i 9C har skolkat sedan {week}. De har setts "
    "vid {shop}. Mentor {full:3}, {mail}",
    "skolsköterska|elevhalsa|Samtal med {full:1} (mamma till {first:2}) via tolk {full:3} "
    "(tigrinja). [[Dina]] barn mår bra, sa jag, men vi vill följa upp.",
)
