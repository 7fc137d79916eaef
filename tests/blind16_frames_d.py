# ruff: noqa: E501
"""Frames of the sixteenth blind corpus: SSPF summaries, orosanmälan summaries, school counsellors' notes.
Each is `role|style|template` (tests/blind16_fill.py)."""

FRAMES = (
    # sspf: SSPF summaries
    "sspf|sspf|SSPF-ärende: {full:1}, {samnr}, {klass} på {inst}. Kontaktperson soc: {full:2}. Skola: mentor {sur:3}. Polis: {full:4}.",
    "sspf|sspf|Sammanfattning SSPF {week}:\n1. {full:1} ({age}) – ökad frånvaro, umgås med {nick:2}\n2. {full:3} ({age}) – misstänkt för rån vid {inst} (ärende {dnr})\n3. {first:4} – ny i gruppen",
    "sspf|sspf|Ungdom: {full:1}, född {pnr}. Bor med mamma {full:2} på {addr}, {lgh}. Insatser: kontaktperson {full:3} från soc, fritidsaktivitet hos {org}. Handläggare {sur:4}.",
    "sspf|sspf|Möte {date} i SSPF-gruppen. Närvarande: {full:1} (soc), {full:2} (skola), {full:3} (polis), {full:4} (fritid). Ärenden: {first:5}, {first:6}, {first:7}.",
    "sspf|sspf|{full:1} ({age}) greps i helgen vid {place} tillsammans med {full:2}. Vårdnadshavare: {full:3}, {mob}. Soc handläggare: {sur:4}.",
    "sspf|sspf|Ny anmälan: {full:1}, {samnr}, ensamkommande, bor på HVB. Kontakt: god man {full:2}, {tel}. Skola: {klass} på {inst}.",
    "sspf|sspf|Uppföljning av {full:1} och hans bror {first:2}: båda tränar nu hos {org}, fyra gånger i veckan. Mamma {first:3} är nöjd. Ansvarig: socialsekreterare {sur:4}.",
    "sspf|sspf|SSPF, kartläggning: {nick:1} ({full:1}), {first:2}, {first:3} och {first:4} ses ofta vid {inst} sena kvällar. Äldre personer i bil {platen} har setts hämta dem.",
    "sspf|sspf|Ungdom: {full:1}\nPersonnummer: {pnr}\nSkola: {inst}\nSocialsekreterare: {full:2}, {tel}\nPolis: {full:3}\nÅtgärd: samtal {date}",
    "sspf|sspf|Avslut i SSPF: {full:1} har flyttat till {place} med sin familj. Ärendet överlämnas till {full:2} i nya kommunen. /{full:3}",
    # oros: orosanmälan summaries
    "kurator|oros|Orosanmälan gjord {date} gällande {full:1}, {pnr}, {klass}. Anmälare: kurator {sur:2}, {inst}. Eleven har berättat om bråk hemma.",
    "falt|oros|Orosanmälan: {full:1} ({age}) sågs {tid} vid {inst} tillsammans med äldre män. Han klev in i en bil med {plate}. Hans mamma {full:2} nås på {mob}. Anmälan gjord av fältassistent {sur:3}.",
    "fritid|oros|Vi har gjort en orosanmälan om {first:1} ({age}) som sover i trapphuset utanför {lgh} på {addr}. {first:1|g} syster {full:2} vet om det. Handläggare på soc: {full:3}.",
    "kurator|oros|Sammanfattning orosanmälan\nBarn: {full:1}, {pnr}\nAdress: {addr}, {lgh}\nVårdnadshavare: {full:2}, {full:3}\nAnmälare: {full:4}, skolkurator",
    "polis|oros|Polisen har skickat orosanmälan ({dnr}) om {full:1}, {samnr}, efter ett omhändertagande vid {inst}. Kontaktperson: {full:2}.",
    "soc|oros|Inkommen orosanmälan {week} från {org}: {full:1} och {full:2}, syskon, har ofta varit ensamma hemma på {addr}, {lgh} ({fast}). Utredare: {sur:3}.",
    "kurator|oros|[[Inga]] vuxna hemma enligt {first:1} ({age}). Hon har berättat för mentor {sur:2} och för mig. Anmälan skickad till socialtjänsten, handläggare {full:3}.",
    "falt|oros|Orosanmälan om {full:1}, {pnr}. Han har setts med kniv vid {inst} enligt {full:2} och {first:3}. Föräldrar: {full:4} ({tel}).",
    "kurator|oros|Elev: {full:1|caps}\nKlass: {klass}\nAnmält av: {full:2}\nDatum: {date}\nKort: eleven uppger att pappa {first:3} slår.",
    "soc|oros|Återkoppling till anmälaren {full:1}: utredning inledd om {first:2} ({age}). Kontakt tagen med {first:2|g} skola ({inst}) och mamma {full:3}.",
    # kurator: school counsellors' notes
    "kurator|kurator|Samtal med {full:1} ({klass}) {date}. Hon berättar att {full:2} och {first:3} fryser ut henne. Uppföljning med mentor {sur:4}.",
    "kurator|kurator|{first:1} kom till mig på rasten, ledsen. Någon har lagt ut en bild på honom. Han tror att det är {nick:2} från {place}. Pratat med pappa {full:3}.",
    "kurator|kurator|Elevhälsoteamet {date}: {full:1}, {full:2} och {full:3} diskuterades. Närvarande: rektor {sur:4}, skolsköterska {sur:5}, kurator {sur:6}.",
    "kurator|kurator|{full:1|comma} – samtal om frånvaro. Mamma {full:2} deltog via telefon ({mob}). Nästa samtal {date}.",
    "kurator|kurator|Anteckning: {first:1} och {first:2} har bråkat på {bus} till skolan. {first:1|g} pappa {full:3} har ringt rektor {sur:4}.",
    "kurator|kurator|Till mentor {full:1}: {first:2} i din klass behöver extra stöd, hon har det tufft hemma. Ring mig {tel}. /{first:3}",
    "kurator|kurator|[[Liv]] och rörelse i korridoren efter lunch. {full:1} och {full:2} slogs, {first:3} filmade. Båda vårdnadshavarna kontaktade. Polisanmälan {dnr}.",
    "kurator|kurator|Möte med {full:1}, {full:2} (föräldrar) och eleven {first:3}. Överenskommelse: {first:3} ska vara hemma senast {time} och sluta umgås med {nick:4}.",
    "kurator|kurator|Kontakt med BUP angående {full:1}, {samnr}.\nBehandlare: psykolog {sur:2}, {tel}\nSkola: {inst}",
    "kurator|kurator|Kuratorns vecka ({week}): samtal med {first:1}, {first:2}, {first:3} och {wfirst:4}. Gruppsamtal med tjejerna i {klass} tillsammans med {full:5}.",
)
