"""Frames of the fiftieth blind corpus, part d: alarm and round logs, arbetsmiljö reports of tillbud and
injuries, and the region's reports to and from the police. Each frame is `role|style|template`
(tests/blind50_fill.py)."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # ------------------------------------------------------------------ larmlogg
    "larmoperator|larmlogg|LARMLOGG {venue}\n{date}\nkl {time} överfallslarm {ward}, {room} – utlöst "
    "av {first:1}\nkl {time} väktare {sur:2} på plats\nkl {time} patient {full:3} lugn, larm återställt",
    "larmoperator|larmlogg|Larmcentral {org}: inkommande larm från {venue} kl {time}. Operatör "
    "{full:1} kopplade till väktarbil. Uppringd av ssk {full:2} på {tel}. Orsak: besökare ({full:3}) "
    "hotade personal med knytnäve.",
    "vaktare|larmlogg|{time} larm {room}\n{time} {first:1}+{first:2} på väg\n{time} pat {low:3} "
    "lugnad\n{time} klart\n/vakt {sur:4}",
    "larmoperator|larmlogg|Händelselogg trygghetslarm\n{date} kl {time}\nLarmande: personal {full:1}, "
    "{ward}\nOrsak: patient {full:2} ({snr}) försökte ta sig ut genom nödutgången och knuffade "
    "{first:1}\nÅtgärd: väktare {full:3} + polis, {case}",
    "vaktare|larmlogg|Inbrottslarm {venue} natten mot {date}. Väktare {full:1} fann bakdörren mot "
    "{street} uppbruten. Misstänkt fordon: {plate}, registrerat på {full:2}, {addr}. Fastighet: "
    "{fast}. Stöldgods: läkemedelsskåp, värde {amount}.",
    "larmoperator|larmlogg|kl {time} — personlarm ssk {full:1} ({ward})\nkl {time} — ingen kontakt, "
    "väktare skickad\nkl {time} — ssk ok, patient {full:2} hade hållit för dörren\nkl {time} — "
    "avslutat av {init:3}",
    "larmoperator|larmlogg|SOS-samtal, sammanfattning: {full:1} ringde från {mob} och uppgav att en "
    "man ({nick:2}) hotat honom i väntrummet på {venue}. Ambulans ej aktuell. Polisen underrättad, "
    "händelsenummer {case}. Operatör: {full:3}.",
    "vaktare|larmlogg|Rondlogg natt {date}\n23:00 kulvert – ok\n00:30 {ward} – {full:1} (anhörig) "
    "sover i dagrummet, väckt och avvisad\n02:10 parkering – bil {plate2} med motorn igång, föraren "
    "{full:2}\n04:00 ok\nVäktare {full:3}",
    # ------------------------------------------------------------------ tillbud / arbetsskada
    "skyddsombud|tillbud|ANMÄLAN TILLBUD/ARBETSSKADA\nDrabbad: {comma:1}, {pnr}\nBefattning: "
    "undersköterska, {ward}\nDatum: {date}, kl {time}\nHändelse: blev slagen i huvudet av patient "
    "{full:2}\nChef: {full:3}\nSkyddsombud: {full:4}",
    "skyddsombud|tillbud|Skyddsrond {venue}, {week}\nNoterat: överfallslarmet i {room} fungerar inte; "
    "ssk {wsur:1} fick vänta på hjälp när {full:2} hotade henne. Receptionsdisken saknar glas. "
    "Ansvarig för åtgärd: {full:3} ({org}).\nKlart senast {date}.",
    "avdchef|tillbud|Tillbudsrapport\nVem: {full:1}, ST-läkare\nVar: {ward}, {venue}\nNär: "
    "{date}\nVad: patientens sambo {full:2} följde efter {first:1} till personalparkeringen och "
    "fotograferade {first:1|g} bil ({plate}).\nUtredare: {full:3}",
    "usk|tillbud|Jag, {full:1}, usk på {ward}, vill anmäla att jag kl {time} blev kallad hora och "
    "hotad av en besökare ({full:2}). Besökaren följde efter mig till busshållplatsen för {line}. Jag "
    "är rädd att åka hem. Min chef {full:3} är informerad.",
    "skyddsombud|tillbud|Anmälan till Arbetsmiljöverket (utkast)\nArbetsgivare: {org}\nArbetsställe: "
    "{venue}, {street} (fastighet {fast})\nSkadad: {full:1}, född {pnr}\nBeskrivning: stucken med "
    "penna i handen av patient {caps:2}\nKontakt: {full:3}, {mail}",
    "ssk|tillbud|Tillbud natt {date}: ssk {full:1} och usk {wfirst:2} ensamma på {ward} när patienten "
    "{full:3} blev hotfull. Väktare kom efter {antal} minuter eftersom de var på {venue}. Vi begär "
    "bemanning med tre personer nattetid. /{first:2}",
    "avdchef|tillbud|Sammanställning tillbud {ward}, {week}:\n- {date}: hot mot usk {sur:1}\n- knuffad "
    "ssk {first:2} (pat {full:3})\n- skadegörelse på dörr till {room}, kostnad {amount}\nAnsvarig: "
    "avdelningschef {full:4}",
    "usk|tillbud|tillbud. pat {low:1} på {room} tog strypgrepp på {lowf:2} (usk) vid nattlig tillsyn "
    "kl {time}. {first:3} (ssk) hjälpte till att frigöra. {lowf:2} har ont i halsen, uppsöker {venue}. "
    "sign {first:3}",
    # ------------------------------------------------------------------ polisanmälan
    "sakerhetssamordnare|polisanmalan|Polisanmälan gjord {date}\nMålsägande: {full:1}, ssk, "
    "{venue}\nMisstänkt: {full:2}, {pnr}, {addr}, {lgh}\nBrott: olaga hot\nK-nummer: "
    "{case}\nHandläggare polis: {full:3}",
    "sakerhetssamordnare|polisanmalan|Polisen ({org}) har återkopplat i ärende {case}: {full:1} är "
    "anhållen för våld mot tjänsteman efter händelsen på {ward}. Målsägare usk {full:2} kontaktas av "
    "målsägandebiträde. Kontaktperson polisen: inspektör {wsur:3}, {tel}.",
    "avdchef|polisanmalan|Beslut: händelsen den {date} polisanmäls. Patient {full:1}, {snr}, hotade "
    "att döda läkare {full:2} och {first:2|g} barn. Avdelningschef {full:3} gör anmälan. Vittnen: usk "
    "{full:4}, ssk {full:5}.",
    "ordningsvakt|polisanmalan|Till polisen – underlag\nOV {full:1} och OV {full:2} ingrep den {date} "
    "kl {time} mot {full:3} vid {venue}. Personen hade kniv. Han tog sig därifrån i bil {plate2} mot "
    "{place}. Vi överlämnar kameramaterial. Vår referens: {case}.",
    "lakare|polisanmalan|Jag, överläkare {full:1}, anmäler härmed att {full:2} ({snr}) den {date} "
    "hotade mig på {ward}. Han sa: 'jag vet var du bor, {addr}'. Han bor själv i {place}.",
    "sakerhetssamordnare|polisanmalan|Ärende {case} – komplettering\nTidigare anmälan rör {full:1}. Nu "
    "även hot via sms från {mob} till ssk {full:2} den {date}. Skärmdumpar bifogas. Kontakt hos oss: "
    "{full:3}, {tel}.",
    "kurator|polisanmalan|Kurator {full:1}, {venue}: Patienten {full:2} berättar att hon blivit hotad "
    "av sin före detta partner {full:3}, som också varit på akuten och hotat personalen. Partnern kör "
    "{plate}. Polisanmälan görs tillsammans med patienten. Skyddat boende via {kommun}.",
    "ordningsvakt|polisanmalan|Rapport till polisen {week}: ordningsvakterna på akuten har "
    "omhändertagit {antal} personer enligt LOB, bland dem {full:1} (två gånger) och {nick:2}. Vid ett "
    "tillfälle skadades OV {sur:3}. Kontakt: {full:4}, {mob}.",
)
