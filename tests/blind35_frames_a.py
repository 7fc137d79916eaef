"""Frames of the thirty-fifth blind corpus, part a: Beskrivning cells as fältassistenter, fritidsledare and
school staff (kuratorer, rektorer, elevhälsa) type them into the kommun's weekly EST report. Each frame is
`role|style|template` (slots: tests/blind35_fill.py)."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # --- fältassistenter, Beskrivning
    "faltassistent|falt_beskrivning|Ca {antal} ungdomar samlade vid {place} från kl {time}. Vi pratade med "
    "{full:1} och {first:2}, lugn stämning men {first:3} var påverkad. {first:1|g} mamma kontaktad på {mob}.",
    "faltassistent|falt_beskrivning|{first:1} och {first:2} (fältare) mötte en grupp på {antal} killar vid "
    "{venue}. Två av dem, {full:3} och {nick:4}, hade kniv enl. andra ungdomar. Polis larmad ({case}), "
    "orosanmälan skickas imorgon.",
    "faltassistent|falt_beskrivning|Konflikt mellan grupper från {place} och {place}, började på "
    "Snapchat. {full:1} ({ung}) hotad av {nick:2} och kompisar. Pratat med {first:1|g} pappa {full:3}, "
    "tel {mob}.",
    "faltassistent|falt_beskrivning|Fältade {place} kl {time} – {time}.\nTräffade {first:1}, {first:2}, "
    '{lowf:3} och ett par till. De sa att {wfirst:4} {sur:5} "har börjat sälja" vid {venue}.\n'
    "Vidarebefordrat till kommunpolis.",
    "faltassistent|falt_beskrivning|Fältarna {full:1} och {full:2} var på plats {date}. Grupp yngre "
    "ungdomar (12-14 år) kastade smällare mot {line} vid hållplatsen. {first:3} S, {ung} år, känd sedan "
    "tidigare, pratat med hemmet.",
    "faltassistent|falt_beskrivning|[[Oro]] kring {venue}, ca {antal} ungdomar, flera från annan kommun. En "
    "tjej, {first:1} {wsur:1}, berättar att hon blivit erbjuden pengar för att hålla en väska åt {nick:2}. "
    "Orosanmälan gjord av {full:3}.",
    "faltassistent|falt_beskrivning|Möte m {first:1} {sur:1} ({ung}) och hans mamma på {venue} efter "
    "bråket vid {place}. Mamman nås på {tel}. Även {full:2} närvarade från skolan.\n/{first:3}",
    "faltassistent|falt_beskrivning|Mopedåkning på gc-vägen längs {street}, EU-moppe reg {plate2}. Föraren "
    "troligen {full:1}, passagerare {lowf:2}. Vi har pratat med {first:1|g} storebror. Rapp. {first:3} "
    "{sur:3}",
    # --- fritidsledare, logg
    "fritidsledare|fritid_logg|{full:1} (fritidsledare) ringde in. [[Stökigt]] på {venue} ikväll, {antal} "
    "besökare. {first:2} och {first:3} bråkade om en jacka, {first:2} slog till. Avstängd resten av veckan.",
    "fritidsledare|fritid_logg|Kväll på gården {date}.\n{first:1}, {first:2} & {nick:3} hängde vid "
    "entrén och ville inte gå in. Ryktas om fight vid {place} efter stängning. Personal: {first:4}, "
    "{first:5}.",
    "fritidsledare|fritid_logg|{low:1} och {first:2} {sur:2} kom till {venue} med blodig näsa kl {time}, "
    'sa att de blivit rånade på hörlurar vid {place} av "{nick:3}" och två okända. Föräldrar '
    "kontaktade, mamma nås på {mob}.",
    "fritidsledare|fritid_logg|Stängde {time} pga bråk. Ca {antal} ungdomar utanför, smällare mot "
    "fönstret. Kollegan {full:1} fick ett ägg kastat på sig. [[Ingen]] skadad. Närvarande personal {full:2}, "
    "{full:3}",
    "fritidsledare|fritid_logg|Tjejgruppen: {first:1} berättade att {first:2} mår dåligt efter bilder som "
    "spridits på TikTok. Vet att {full:3} i 8B ligger bakom enligt flera. Pratat med kurator {sur:4}.",
    "fritidsledare|fritid_logg|Hej! Skriver för {first:1} på {venue}.\n{wfirst:2} och hans bror "
    "{first:3} har hotat en ledare, ringde {mob} flera gånger. Vi har spärrat numret. Mvh {full:4}",
    "fritidsledare|fritid_logg|Cykelstöld utanför gården. Ägare {full:1}, {ung} år, mamma {first:2} ringer "
    "från {mob}. Misstänkt {nick:3} syntes på kameran kl {time}.",
    "fritidsledare|fritid_logg|Ingen verksamhet {week} (lov). {first:1} och {first:2} från gården deltog "
    "i trygghetsvandring med {org} i {place}. Ansvarig: {caps:3}",
    # --- skolpersonal: kuratorer, rektorer, elevhälsa
    "kurator|skola_elevhalsa|Kurator {sur:1} på {venue}: elev {full:2} ({ung}) uppger att hon hotats på "
    "väg hem via {pstreet} av {first:3} och {first:4} från parallellklassen. Orosanmälan gjord {date}.",
    "rektor|skola_elevhalsa|Rektor {full:1} meddelar: slagsmål på skolgården kl {time}, {first:2} {sur:2} "
    "och {first:3} inblandade. Polisanmälan {case}. Vårdnadshavare till {first:2} nås på {mob}.",
    "elevhalsa|skola_elevhalsa|Elevhälsan ({full:1}, skolsköt. {first:2}) oroliga för {first:3} i åk 9. "
    "Har setts med äldre killar från {place}, bl.a. {nick:4}. Pnr {pnr}. Anmälan till soc.",
    "rektor|skola_elevhalsa|Hej, {first:1} här, rektor på {venue}.\nVi har haft fyrverkeripjäser i "
    "korridoren två gånger denna vecka. Elever: {first:2}, {first:3} {sur:3}, {lowf:4}. Kontakt med "
    "hemmen tas av mentorerna {full:5} och {full:6}.",
    "kurator|skola_elevhalsa|{full:1} (kurator) rapporterar: en elev, {first:2}, säger att {first:3} "
    "{wsur:3} tvingas sälja på {place}. Anmält. Elevens adress {addr}, {lgh}.",
    "elevhalsa|skola_elevhalsa|Skolsköterska {sur:1} har fått in {first:2} med skärsår på handen efter "
    "rast. Säger att det var en kniv som {nick:3} hade med sig. Rektor {sur:4} informerad.",
    "rektor|skola_elevhalsa|Till EST-gruppen fr {venue}: Ungdomar utifrån i skolans lokaler efter "
    "skoltid. Namn vi känner till: {full:1}, {full:2}, {lowf:3}. Vaktmästare {first:4} har bytt lås.",
    "kurator|skola_elevhalsa|Samtal med {full:1} och mamma {first:2} (tolk {full:3}). Pojken säger att "
    "han fått betalt {amount} av {nick:4} för att hålla utkik vid {venue}. Kurator {first:5}",
)
