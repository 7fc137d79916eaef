"""Frames of the fifty-eighth blind corpus, part b: Kronofogden's contact notes in an eviction case, the
socialtjänst's journal on preventing evictions and the budget- och skuldrådgivare's notes.

Each frame is `role|style|template` (tests/blind58_fill.py says what the slots hold).
"""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # --- kfm_kontakt: Kronofogden's contact notes (kronoinspektör, handläggare)
    "kronoinspektor|kfm_kontakt|Telefonsamtal {date} kl {time}. Sökande {landlord} genom {full:3}."
    " Svaranden {full:1} nås inte på {mob}. Underrättelse om avhysning lämnad i brevlådan, {addr}."
    "\nKronoinspektör {sur:2}",
    "kfm_handlaggare|kfm_kontakt|Besök av svaranden {caps:1} ({pnr}) i receptionen, {venue}, kom med"
    " {line}. Uppger"
    " att hon har två barn och inget annat boende. Hänvisad till socialtjänsten, handläggare {full:4}."
    "\n/{first:2}",
    "kronoinspektor|kfm_kontakt|Målet avser avhysning från {lgh}, {addr}, fastighet {fast}. Utmätning av"
    " lön påbörjades {date}. Gäldenären {full:1} har även skulder hos {org} på sammanlagt {amount}.",
    "kronoinspektor|kfm_kontakt|Begäran om handräckning av polis inför förrättningen {date}; hot har"
    " förekommit enligt hyresvärden (polisärende {case}). Kontaktperson hos polisen: {full:5}, {tel}."
    " Hyresgästen {full:1} har hund.",
    "kfm_handlaggare|kfm_kontakt|Meddelande till {full:3} ({landlord}): förrättningen {date} flyttas till"
    " {week} på grund av sjukdom.\nMvh kronoinspektör {full:2}, Kronofogden",
    "kfm_handlaggare|kfm_kontakt|Svarandens dotter {full:5} ringde kl {time} från {mob}. Hon har fullmakt"
    " och undrar hur man hämtar ut bohaget. Upplyst om magasinering och att det som inte hämtas inom tre"
    " månader kan säljas eller förstöras. {first:2} / KFM",
    "kronoinspektor|kfm_kontakt|Anteckning: avhysningen av {full:1} genomfördes. Bil {plate2} registrerad"
    " på svaranden står kvar på gården och ingår inte. Meddelat {landlord} genom {first:3}. Närvarande även"
    " socialsekreterare {sur:4} och {first:1|g} granne {nick:6}.",
    "kronoinspektor|kfm_kontakt|Svaranden {comma:1} och hennes man {full:6} kom till förrättningen med"
    " advokaten {full:7}. Invändningen om att hyran betalats i tid avvisades, se kvitton ({amount})."
    " Polis närvarande, {case}.",
    # --- soc_journal: the socialtjänst's journal on preventing evictions
    "socialsekreterare|soc_journal|Journalanteckning {date}\nUnderrättelse från {landlord} om uppsägning"
    " av {full:1}, {pnr}, {addr}. Hushållet består av {first:1}, sambon {full:6} och {antal} barn."
    " Hembesök bokat till {date} kl {time}.\n/Socialsekreterare {full:4}",
    "socialsekreterare|soc_journal|Hembesök {addr}. Närvarande {full:1}, hennes mamma {full:5} och"
    " undertecknad. Lägenheten i gott skick. Skulden på {amount} beror på att försörjningsstöd inte sökts i"
    " tid. Bistånd till hyresskuld beviljas enl. 4 kap. 1 § SoL.\n{init:4}",
    "bostadssocial|soc_journal|Tel. samtal m {full:1} den {date}. Klienten uppger att {first:6}"
    " (f.d. sambo) tog"
    " lånet i hennes namn hos {org}. Rekommenderas polisanmälan och kontakt m budget- och"
    " skuldrådgivningen ({first:7}). Klienten nås på {mob}.",
    "bostadssocial|soc_journal|Samverkansmöte inför avhysning {week}: bolaget ({full:3}), KFM ({full:2}),"
    " soc ({full:4}). Familjen {sur:1} med {antal} barn, varav ett med funktionsnedsättning. Skolan"
    " ({venue}) informerad. Akutboende ordnas på {street}.",
    "socialsekreterare|soc_journal|Klienten {first:1} ringde upprörd, har fått brev om avhysning {date}."
    " Säger att {org} har tagit hela lönen. Boendestödjare {full:9} följer med till Kronofogden på tisdag,"
    " de åker {line}.\n{first:4}",
    "bostadssocial|soc_journal|{full:1}, {snr}, saknar folkbokföring. Bor i andra hand hos {full:6} på"
    " {addr}, förstahandskontraktet är uppsagt. Risk för hemlöshet. Kontakt tagen med {venue} ang."
    " bostad.",
    "socialsekreterare|soc_journal|Orosanmälan från {landlord} inkom {date}: barnen i {lgh} ({first:5},"
    " {ung} år, och {first:8}) har setts ensamma efter avhysningsbeskedet. Handläggare {sur:4} gör"
    " förhandsbedömning.",
    "socialsekreterare|soc_journal|Beslut: {full:1} beviljas ekonomiskt bistånd med {amount} till"
    " hyresskuld för att förhindra avhysning. Villkor: autogiro och kontakt med skuldrådgivare {wsur:7}.\n"
    "Beslutsfattare: {full:4}, 1:e socialsekreterare",
    # --- skuldradgivning: the budget and debt counsellor's notes
    "skuldradgivare|skuldradgivning|Första besök {date}. {full:1} ({vuxen}), ensamstående. Skulder:"
    " {amount} hos {org}, hyresskuld {amount} hos {landlord}, CSN. Inkomst: sjukersättning. Har fått"
    " uppsägning. Nästa besök {week}.\n/{first:3}, budget- och skuldrådgivare",
    "skuldradgivare|skuldradgivning|Rådgivning per telefon med {first:1|g} make {full:6}, {mob}. De har"
    " {antal} sms-lån och en skuld hos Kronofogden på {amount}. Vi går igenom ansökan om skuldsanering."
    " Paret vill ha tolk nästa gång.",
    "skuldradgivare|skuldradgivning|Till {full:1}\nHär kommer budgeten vi gjorde. Hyran på {amount} måste"
    " betalas först, sen elen till {org}. [[Per]] månad blir det sedan lite kvar. Ring mig på {tel} om"
    " något är oklart.\nVänliga hälsningar\n{full:3}\nBudget- och skuldrådgivare, {kommun}",
    "skuldradgivare|skuldradgivning|Besök {date} kl {time}: {full:1} kom med sin gode man {full:9}."
    " Genomgång av utmätningsbeslutet. Lönen är {amount} i månaden, förbehållsbeloppet räknat. Hyran ligger"
    " efter {antal} mån.",
    "skuldradgivare|skuldradgivning|ant. {date}: {lowf:1} ringde, mkt stressad, hyresvärden hotar med"
    " uppsägning. skulden ca {amount}. hänvisat till {first:4} på soc. sms:at ny tid till {mob}."
    " /{first:3}",
    "skuldradgivare|skuldradgivning|Ansökan om skuldsanering för {full:1}, {pnr}, och {full:6}, {pnr},"
    " skickad till Kronofogden den {date}. Makarna har gemensam skuld till {org}. Hyran dras nu via"
    " autogiro.",
    "skuldradgivare|skuldradgivning|Kvinna, {vuxen} år ({first:1}, {snr}), hänvisad från {venue}. Har tagit"
    " lån för sin brors räkning ({nick:6}), nu krav från {org}. Vill inte polisanmäla. Erbjuden ny tid."
    "\nMejl: {mail}",
    "skuldradgivare|skuldradgivning|Kort samtal med {landlord} ({full:3}) om {full:1}: bolaget väntar med"
    " avhysningsansökan om avbetalningen på {amount} i månaden startar {date}. Klienten informerad per"
    " sms. [[Hans]] mamma {full:5} går i borgen.",
)
