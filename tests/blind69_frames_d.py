"""Frames of the sixty-ninth blind corpus (tests/blind69_corpus.py), file d:
the kommun's notes after the event, the radio log and e-mails.

Each frame is `role|style|template`; the slots are tests/blind69_fill.py's. Written by hand, without
reading the redaction or any other corpus's frames.
"""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    (
        "kommun|kommun_efter|Uppföljning {event} ({week}) – {kommun}\n"
        "Deltagare: {full:1} (trygghetssamordnare), {full:2} (polisen), {full:3} (arrangören)\n"
        "Notering: nedskräpning på {street}, {pstreet} och i {place} efteråt. Klagomål från "
        "boende, bl.a. {full:4}.\n"
        "Åtgärd: städning beställd av {first:1}."
    ),
    (
        "samordnare|kommun_efter|EST-anteckning efter {event}\n"
        "Lägesbild: lugnt i {place} under festivalen, men ungdomar samlades vid {venue} "
        "efteråt. Fältarna {first:1} och {first:2} var ute till kl. {time}.\n"
        "Namn som nämns i fältrapporten: {lowf:3}, {nick:4}.\n"
        "Följ upp med {full:5} på {org}."
    ),
    (
        "kommun|kommun_efter|Hej {first:1},\n"
        "tack för samverkan under {event}! Några saker från kommunens sida:\n"
        "- Räddningstjänsten ({full:2}) påpekade blockerad utrymningsväg vid {spot}\n"
        "- boende på {addr} ({fast}) har klagat på ljudet efter kl. {time}\n"
        "- nästa år vill vi ha kontaktlistan i god tid ({tel})\n"
        "Hälsningar\n"
        "{full:3}\n"
        "{kommun}"
    ),
    (
        "kommun|kommun_efter|Protokoll utvärderingsmöte {date}\n"
        "Närvarande: {caps:1}, {full:2}, {full:3}, {init:4}\n"
        "§ 1 Ordningsläget: {antal} LOB enligt polisen, inga allvarliga våldsbrott.\n"
        "§ 2 Trafik: {line} leddes om via {street}; fungerade dåligt enligt {first:2}.\n"
        "§ 3 Till nästa år: fler toaletter vid {place}."
    ),
    (
        "samordnare|kommun_efter|Anteckning från fältgruppen {date}\n"
        "Efter konserten på {venue} samlades ca {antal} ungdomar vid {place}. Vi pratade med "
        "{first:1} ({ung}) och en kille de kallade {wsur:2}. Föräldrar kontaktade: {full:3} "
        "({mob}). Ingen polis behövdes.\n"
        "/{lowf:4}"
    ),
    (
        "samordnare|kommun_efter|Sammanställning till BRÅ-gruppen: {event}, {week}\n"
        "Från polisen: {antal} LOB, två misshandel, sex narkotikabrott.\n"
        "Från arrangören ({org}): fyra borttappade barn – alla återfunna.\n"
        "Från kommunen: skadegörelse på {venue}, klotter längs {street}. Kostnad ca {amount}.\n"
        "Kontakt: {full:1}, {mail}"
    ),
    (
        "kommun|kommun_efter|Synpunkt från medborgare, inkom {date}\n"
        "Avsändare: {full:1}, {addr}, {lgh}, {mob}\n"
        '"Festivalen på {venue} var alldeles för hög. Min granne {full:2} kunde inte sova och '
        'ungdomar kissade i vår trädgård på {street}. Vem ansvarar?"\n'
        "Handläggare: {full:3}"
    ),
    (
        "kommun|kommun_efter|Efterarbete {event}\n"
        "Fastigheter som drabbats av skadegörelse: {fast} (glaskross) och {fast} (klotter).\n"
        "Kontakt hos {org}: {full:1}.\n"
        "Försäkringsärende via {full:2}, {tel}.\n"
        "Polisanmälan: {case}.\n"
        "Ansvarig på kommunen: {low:3}"
    ),
    (
        "ledning|radiologg|RADIOLOGG – Säkerhetsledning\n"
        "{time} Ledning → Alfa 1 ({first:1}): skicka två till {spot}\n"
        "{time} Alfa 1: uppfattat, {first:2} och {nick:3} på väg\n"
        "{time} Bravo 2 ({full:4}): en LOB, behöver polis\n"
        "{time} Ledning: polis på väg, {sur:5} svarar"
    ),
    (
        "ledning|radiologg|{time} S1 {full:1}: man med kniv sedd vid {spot}, rör sig mot {place}\n"
        "{time} Ledn: polis info, PIC {full:2}\n"
        "{time} S3 {first:3}: mannen stoppad, heter enligt leg {full:4}\n"
        "{time} Polis på plats, ärende {case}\n"
        "{time} Ledn: OK, återgå"
    ),
    (
        "ledning|radiologg|Samband kl. {time}\n"
        "Insatsledning (arr): {full:1}\n"
        "Polisens samband: {full:2}\n"
        "Sjukvård: {wfirst:3}\n"
        "Kanaler: 1 säk, 2 sjukvård, 3 ledning\n"
        "Rapport: {antal} LOB hittills, trängsel vid {venue} efter spelningen."
    ),
    (
        "ledning|radiologg|{time} – Vakt {sur:1}: hittat flicka ca {barn} år, säger att hon "
        "heter {first:2}\n"
        "{time} – Info: pappa {full:3} söker en {first:2}, skickar honom till {spot}\n"
        "{time} – Vakt {sur:1}: återförenade\n"
        "{time} – Ledning: noterat, tack {first:4}"
    ),
    (
        "ledning|radiologg|radiologg natt\n"
        "{time} {lowf:1}: fyrverkerier från ett tak vid {place}\n"
        "{time} ledn: meddela polis\n"
        "{time} {first:2}: två killar springer mot hållplatsen för {line}, en är {low:3}, känd "
        "sen tidigare\n"
        "{time} polis tog dem vid hållplatsen"
    ),
    (
        "ledning|radiologg|[{time}] Grind 4 ({full:1}): bil {plate2} blockerar räddningsvägen\n"
        "[{time}] Ledning: kontakta ägaren, reg-kontroll visar {full:2}\n"
        "[{time}] Grind 4: ägaren nådd på {mob}, flyttar bilen\n"
        "[{time}] Ledning: bra"
    ),
    (
        "ledning|radiologg|{time} OV-chef {full:1}: begär förstärkning till {venue}, bråk "
        "mellan två grupper\n"
        "{time} Polis ({sur:2}): patrull framme inom fem min\n"
        "{time} OV-chef: {full:3} skadad, sjukvård kallad\n"
        "{time} Sjukv ({first:4}): vi tar honom\n"
        "{time} OV-chef: {antal} avvisade"
    ),
    (
        "ledning|radiologg|Logg från sambandscentralen {date}\n"
        "{time} Larm från {first:1} vid {spot}: person klättrar över staket\n"
        "{time} Personen, {full:2} ({ung}), tagen av OV {sur:3}\n"
        "{time} Målsman {full:4} ringd, {mob}\n"
        "{time} Lämnad till målsman vid {street}"
    ),
    (
        "arrangor|mejl|Från: {mail}\n"
        "Till: polisens tillståndsenhet\n"
        "Ämne: Säkerhetsansvarig {event}\n"
        "Hej!\n"
        "Vår säkerhetsansvarige i år blir {full:1} ({mob}). Ersättare är {full:2}. "
        "Ordningsvakterna kommer från {org}, gruppchef {sur:3}.\n"
        "Mvh {full:4}"
    ),
    (
        "kommun|mejl|Hej {first:1} och {first:2},\n"
        "efter helgens {event} har vi fått in följande från boende: på {addr} har en ruta "
        "krossats, och en bil ({plate2}) skadades på {street}. Ägaren {full:3} har gjort "
        "polisanmälan ({case}).\n"
        "Vänliga hälsningar\n"
        "{full:4}, trygghetssamordnare"
    ),
    (
        "arrangor|mejl|Hej!\n"
        "Jag heter {full:1} och var på konserten på {venue} i lördags med min son {first:2} "
        "({ung}). Han blev påhoppad av en kille vid {spot} och fick sin mobil stulen. "
        "Ordningsvakten {sur:3} sa att vi skulle mejla er. Vi nås på {mob}, vi bor på {addr}, {lgh}.\n"
        "Mvh {first:1}"
    ),
    (
        "polis|mejl|Till {org}\n"
        "Som vi pratade om har polisen beslutat att OV {full:1} inte får tjänstgöra vid fler "
        "arrangemang i år på grund av det inträffade den {date}. Ni får ta in {full:2} i stället.\n"
        "Frågor till mig: {tel}, {mail}\n"
        "{caps:3}\n"
        "Polisen, tillståndsenheten"
    ),
    (
        "arrangor|mejl|Ämne: hittat körkort\n"
        "Hej, vi har ett körkort som tillhör {full:1}, född {pnr}. Kan ni meddela {first:1} "
        "att det finns hos oss på {org}, {street}? Vi har öppet {date} kl. {time}.\n"
        "/{first:2} på kontoret"
    ),
    (
        "kommun|mejl|Hej!\n"
        "Här kommer {first:1|g} rapport från nattvandringen efter {event}. Vi var {antal} "
        "vuxna ute. Vid {place} träffade vi {first:2}, {first:3} och {nick:4}, alla runt "
        "{ung}. En ville hem men kom inte med {line}, så {first:5} körde honom.\n"
        "Hälsningar Nattvandrarna"
    ),
    (
        "arrangor|mejl|Hej polisen,\n"
        "vi har fått information om att {full:1} (kallad {nick:1}) planerar att sälja "
        "narkotika under {event}. Han kör en vit bil, {plate}. Vår säkerhetschef {full:2} vill "
        "att ni tar kontakt på {mob}.\n"
        "{full:3}, {org}"
    ),
    (
        "kommun|mejl|Re: Re: skadegörelse efter {event}\n"
        "> Kan du kolla med {first:1}?\n"
        "Jag har pratat med {first:1}. Fastighetsägaren är {org} ({fast}). Kontaktperson där "
        "är {full:2}, {tel}. Reparationen beräknas kosta {amount}.\n"
        "{first:3}"
    ),
)
