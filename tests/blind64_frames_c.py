"""Frames of the sixty-fourth blind corpus, part c: housing companies' letters and notes on feeding pigeons,
pest controllers' reports on rats at the waste rooms, and stables' notes on horses (loose horses, boxes,
neighbours' complaints). Each frame is `role|style|template` (slots: tests/blind64_fill.py)."""

from __future__ import annotations

FRAMES_C = (
    # feeding of pigeons
    "forvaltare|duvmatning|TILL DIG SOM BOR PÅ {street}\nVi har fått flera klagomål på att någon matar "
    "duvor från balkongen. Fågelmatning lockar råttor till soprummet och är inte tillåten enligt "
    "ordningsreglerna. Frågor: förvaltare {full:1}, {tel}, eller bovärd {first:2}.\n{bolag}",
    "forvaltare|duvmatning|Varning, hyresgäst {full:1}, {lgh}, {addr}\nVi har vid upprepade tillfällen "
    "({date} och vid besiktningen {week}) noterat att du matar duvor och kajor på balkongen. "
    "Fortsätter det kan hyresavtalet sägas upp.\n/{full:2}, kundansvarig",
    'forvaltare|duvmatning|Intern chatt förvaltning: "Tanten i 14:an, {nick:1} kallar grannarna '
    "henne, har börjat mata duvorna igen vid soprummet på {street}. {first:2} har pratat med henne två "
    'gånger." – {first:3}',
    "forvaltare|duvmatning|Protokoll husmöte {date}, {place}\nNärvarande: {low:1}, {full:2}, {full:3} "
    "(förvaltare)\n§3 Duvmatningen vid uppgång B: boende upplever obehag, spillning på balkongerna. "
    "{first:3} kontaktar {bolag} om fågelnät.\n§4 Övrigt: inget",
    "forvaltare|duvmatning|Till styrelsen i BRF Kajan: medlemmen {full:1} ({addr}) ifrågasätter att "
    "grannen {wsur:2} får ha fågelbord på balkongen. Styrelsen beslutade {date} att förbjuda "
    "fågelmatning.\nOrdförande {full:3}",
    "forvaltare|duvmatning|Felanmälan: duvor häckar i ventilationen ovanför {lgh}, {street}. Anmälare "
    "{full:1} ({mob}). Beställt nät och rensning av {bolag}, pris {amount}.",
    "forvaltare|duvmatning|Hej {first:1}, tack för ditt mejl om duvorna. Vi vet att det är {full:2} i "
    "huset mittemot som matar dem, men vi kan bara agera mot våra egna hyresgäster. Tipsa gärna "
    "{kommun}. Mvh {full:3}, bovärd {place}",
    "forvaltare|duvmatning|Lapp i porten på {pstreet}: SLUTA MATA DUVORNA! DET KOMMER RÅTTOR! "
    "/Styrelsen. Foto skickat av {full:1} den {date}. Förvaltare {sur:2} tar upp saken med {bolag}. "
    "[[Duvorna]] sitter kvar på taket.",
    # rats at the waste rooms
    "sanerare|skadedjur|Saneringsrapport\nObjekt: {fast}, soprum {street}\nTekniker: {full:1}\nFynd: "
    "råttspillning, gnagskador på kärl, hål i vägg.\nÅtgärd: {antal} betesstationer utplacerade. "
    "Återbesök {week}. Kontakt fastighetsskötare {first:2} {mob}",
    "sanerare|skadedjur|Besöksrapport, {date}\nUppdragsgivare: {bolag}\nPlats: soprummet vid "
    "{addr}\nRåttor observerade av hyresgäst {full:1}, som även fotograferat dem. Orsak: matavfall "
    "utanför kärlen, fågelmat på marken. Tekniker {sur:2}",
    "boende|skadedjur|Råttor i soprummet igen!! Jag såg minst {antal} st kl {time} när jag slängde "
    "soporna. Pratade med {lowf:1} på bottenplan som säger att hon också ringt. Ring "
    "{bolag}!!\n/{full:2}, {lgh}",
    "sanerare|skadedjur|Rapport skadedjur – {place}\nTekniker {wfirst:1} konstaterade råttbo under "
    "trappan vid {street}. Hyresgäst {full:2} uppger att grannen kastar bröd åt fåglarna från "
    "fönstret. Uppföljning den {date}. Kostnad hittills {amount}.",
    "sanerare|skadedjur|Hej {full:1}! Vi har fått rapport om råttor i källarförrådet som hör till "
    "{lgh}. Töm förrådet före {date} så att vår tekniker {full:2} kommer åt. Frågor: "
    "{tel}\n/Kundservice",
    "sanerare|skadedjur|Ärende: Råttor i lägenhet\nHyresgäst: {full:1}\nPersonnr/samordningsnr: "
    "{snr}\nAdress: {addr}\nBeskrivning: Hyresgästen har tagit in en skadad duva och haft den i "
    "badrummet, nu spår av råttor. Tekniker {first:2} bokad {date}.",
    "sanerare|skadedjur|Anteckning sanerare: vid besök på {street} berättade {low:1} att pojkarna i "
    "huset ({ung} år) matar råttorna med chips vid soprummet för att filma dem. Föräldrarna {full:2} "
    "och {full:3} informerade, skyltar uppsatta.",
    'fastighetsskotare|skadedjur|Från gruppchatten fastighetsskötarna: "{nick:1} hittade en död råtta '
    'i tvättstugan på {street} idag" "igen?? ring {sur:2} på {bolag}" "gjort, han kommer {date}" '
    "– sparat av {first:3}",
    # horses and stables
    "stallansvarig|stall|[[Stallet]] vid {venue}: en häst rymde ur hagen natten till {date} och sprang "
    "ut på {street}. Polisen hjälpte till. Hästens ägare är {full:1}, tel {mob}. Hagen lagas av "
    "{first:2} och {first:3}.",
    "stallansvarig|stall|Stallmöte {date}\nNärvarande: {full:1}, {full:2}, {low:3}\n- Foderschema: "
    "{first:1} tar morgnar, {first:2} kvällar\n- Hagen mot {place} behöver nytt elstängsel, kostnad ca "
    "{amount}\n- Hovslagare {sur:4} kommer {week}",
    "stallansvarig|stall|Avtal uthyrning av box\nHyresgäst: {full:1}\nPersonnummer: {pnr}\nAdress: "
    "{addr}\nHäst: valack, {ar} år\nStallägare: {full:2}, {venue}",
    "stallansvarig|stall|Klagomål från grannar om lukt och flugor från gödselstacken vid stallet på "
    "{street}. {kommun} har skickat brev till stallägaren {wsur:1}. Ridläraren {full:2} säger att "
    "stacken ska köras bort {week}.",
    "stallansvarig|stall|Hej alla i stallet! Någon lämnade grinden öppen igen och {nick:1} och hans "
    "ponny fick springa efter Stella i en halvtimme. Snälla stäng! Kram {first:2}\nPS {full:3} söker "
    "medryttare, ring {mob}",
    "stallansvarig|stall|Hästtransport {plate} stod parkerad över infarten till ridskolan hela helgen. "
    "Ägare enligt grannarna: {full:1}. Vi har ringt {full:2} som äger gården, utan svar. /{first:3}, "
    "ridskolan i {place}",
    "stallansvarig|stall|Incident ridskolan den {date}: eleven {first:1} ({ung} år) föll av när en lös "
    "hund skrämde hästen på ridvägen vid {place}. Hundägaren {full:2} kallade in hunden först efter "
    "flera minuter. Föräldern {full:3} ringde ambulans. Anmält till {org}.",
    "boende|stall|Till {bolag}: hästarna i hagen bakom {venue} har flera gånger tagit sig ut på "
    "cykelvägen och en gång stoppat {line}. Vi som bor på {street} är oroliga för barnen. Ansvarig för "
    "hästarna lär vara {full:1}. Svar till {mail} tack.\n/ {full:2}",
)
