"""Frames of the twentieth blind corpus, part c: the school's kurator and the fritidsgård, the sameby's
reports of reindeer hit or harassed, and hunting teams, snöskoter clubs and hembygdsföreningar. Each frame is
`role|style|template`."""

# ruff: noqa: E501

FRAMES_C = [
    # skola: kurator, rektor, fritidsgård, SFI and newcomers
    "kurator|skola|Kurator {full:1} på {inst}: {first:2} ({ung}) har blivit hotad av {first:3} på skolgården. Vårdnadshavare {full:4} informerad.",
    "rektor|skola|Från rektor {sur:1}: fönster krossade på {inst} natten till {date}. Vaktmästaren {full:2} lagade. Det kostade {amount}.",
    "fritidsledare|skola|Fritidsgården i {place}, kväll: ca {antal} ungdomar. {full:1} och {nick:2} bråkade, {wfirst:3} gick emellan. Vi stängde kl {time}.",
    "kurator|skola|Orosanmälan gjord för {full:1}, {pnr}, elev i åk 9. Mamma {full:2} nås på {mob}. Familjen bor på {addr}, {lgh}. Kontakt med soc: {full:3}",
    "fritidsledare|skola|{first:1} från gården skriver: {low:2} och {lowf:3} rökte på toaletten, vi har pratat med dem. Föräldramöte den {date}.",
    "kurator|skola|Nyanlända elever från boendet i {place}: {full:1}, {full:2} och lillebror {first:3}. Tolk via {nat}. SFI-läraren {full:4} hjälper till.",
    "rektor|skola|{full:1} (lärare) blev knuffad av en elev vid {inst}. Eleven, {first:2} (kallad {nick:2}), är avstängd resten av {week}. Anmälan {case}.",
    "fritidsledare|skola|Till samordnaren: {full:1} (fritidsledare) och {full:2} vill ha fler vuxna på {inst} fredagar. Ring {tel} eller mejla {mail}.",
    "kurator|skola|Elevhälsan: {first:1} i 7A (bror till {full:2}) har fått bilder skickade till sig. {first:1|g} mentor {full:3} har sparat dem.",
    "fritidsledare|skola|[[Alla]] var lugna i kväll på {inst}. {full:1} spelade pingis med {first:2} och {first:3}. Skjuts hem med {line}.",
    # sameby: reindeer herders' reports
    "renskotare|sameby|Rapport från {sameby}. Under {week} har {antal} renar blivit påkörda på {road} mellan {place} och byn. Renskötare {full:1}, {mob}.",
    "renskotare|sameby|{full:1} i {sameby} anmäler att en snöskoter jagat renar vid {place} den {date}. Skoterförare okänd, spår mot {inst}. Anmälan {case}.",
    "renskotare|sameby|Hej, {first:1} här ({sameby}). Två renar skjutna och lämnade vid {place}. Min bror {full:2} har bilder, och polisassistent {sur:3} har fått dem. Ring {mob}.",
    "renskotare|sameby|Ordförande {sur:1} i {sameby} vill att kommunen tar upp hundar som springer lösa vid {place}. {full:2} har sett samma hund tre gånger.",
    "kommunpolis|sameby|Renpåkörning {date} kl {time} på {road}. Föraren, {full:1} från Norge, stannade. Renägare: {full:2} ({sameby}), {snr}.",
    "samordnare|sameby|{full:1} från {sameby} berättar om hot mot samer i kommentarsfält. Skärmdumpar skickade av {full:2} till polisen ({case}).",
    "renskotare|sameby|{caps:1}, {sameby}. Renar i hage vid {place} har stressats av drönare {date}. Drönarens ägare uppges vara {full:2}.",
    "renskotare|sameby|Sms från {lowf:1}: renarna har gått över {road} vid {place} igen, sätt ut skyltar! {sur:2} på {nat} vet",
    "kommunpolis|sameby|Samtal med {wfirst:1} {sur:1} från {sameby}: tre kalvar döda efter påkörning. {first:1} vill ha hastighetskontroll på {road}.",
    "renskotare|sameby|Till kommunen från {sameby}: stängsel vid {place} nedrivet av skotertrafik. Kontakt {full:1}, {tel}, eller {full:2}, {fmob}.",
    # jakt: jaktlag, snöskoter clubs, hembygdsförening
    "jaktledare|jakt|Jaktledare {sur:1} i {sameby} meddelar att ett viltåtel hittats vid {place}. Någon har skjutit på skylten. {wfirst:2} har foton.",
    "jaktledare|jakt|Jaktlaget anmäler stöld ur jaktstugan vid {place}: två bössor i kassaskåp. Ansvarig {full:1}, {pnr}. Anmälan {case}.",
    "skoterklubb|jakt|Ordförande i {sameby}, {full:1}: skoterleden vid {place} har skadats, någon har kört med fyrhjuling. Ledansvarig {full:2}, {mob}",
    "hembygd|jakt|{full:1} från {sameby} meddelar att hembygdsgården i {place} haft inbrott. Tavlor och en gammal kyrkbåt skadade. Kostnad ca {amount}.",
    "jaktledare|jakt|Jaktlagets medlemmar {full:1}, {full:2} och {first:3} såg en bil utan lyse på skogsbilvägen vid {place} kl {time}. Reg {plate}.",
    "skoterklubb|jakt|Hej, {first:1} här från skoterklubben. Ungdomar ({first:2} m.fl.) har kört skoter på isen vid {place} efter mörkret. Vi skriver till {org}.",
    "hembygd|jakt|{full:1}, kassör i {sameby}: någon har tömt insamlingsbössan vid {inst} på ca {amount}. Anmält av {full:2}.",
    "jaktledare|jakt|Viltolycka {date}: älg påkörd på {road} vid {place}. Eftersök av {full:1} med hund. Föraren {full:2} oskadd. [[Stark]] trafik på kvällen.",
    "skoterklubb|jakt|Protokollsutdrag ({sameby}): {full:1} tar kontakt med {nat} om bommar på leden. {full:2} och {wsur:3} sköter skyltning {week}.",
    "hembygd|jakt|Brev från {caps:1}, {addr}: ”Hembygdsföreningen i {place} har fått sina fönster krossade. Min granne {wfirst:2} såg två pojkar.”",
]
