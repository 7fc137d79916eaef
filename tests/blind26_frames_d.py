"""Frames of the twenty-sixth blind corpus, fourth file: handover notes between shifts and colleagues, status
updates on insatser, and action lists with responsible people. `role|style|template`; slots as in
tests/blind26_fill.py."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # ------------------------------------------------------------------ overlamning
    "vaktare|overlamning|Överlämning kvällspass → nattpass {date}\n"
    "Från: {first:1}  Till: {first:2}\n"
    "- larm {venue} kl {time}, falsklarm\n"
    "- gäng på ca {antal} vid {place}, {nick:3} var med igen\n"
    "- bil {plate} parkerad på brandgatan, lapp satt\n- stökigt på {line} enligt chauffören {sur:4}\n"
    "Inget mer. Ring mig om något: {mob}",
    "trygghetsvard|overlamning|överlämning till {lowf:1}\n"
    "hej! i kväll var det lugnt förutom att {low:2} i {lgh} ringde om grannen igen. "
    "jag sa att hon ska ringa polisen nästa gång.\n"
    "nycklarna ligger hos {first:3} på kontoret.\n/{lowf:4}",
    "faltassistent|overlamning|Överlämning inför semestern\n\n"
    "{first:1}, här är det du behöver veta:\n"
    "1. {full:2} ({ung} år) – kontakt med mamma {full:3}, {mob}\n"
    "2. Killarna vid {venue}: {nick:4} är den som styr\n"
    "3. Samverkansmöte den {date}, {first:5} håller i det\n"
    "Lycka till! {first:6}",
    "bovard|overlamning|Överlämning bovärdar {week}\n"
    "{full:1} → {full:2}\n\n"
    "Öppna ärenden:\n"
    "• {addr} – klotter i trapphus, beställt sanering\n"
    "• {fast} – trasig port, låssmed kommer {date}\n"
    "• hyresgäst {full:3} vill ha samtal om störningar, nås på {tel}\n"
    "Övrigt: {wfirst:4} från {org} hör av sig om kamerorna.",
    "polis|overlamning|Överlämning yttre befäl, dag → kväll\n"
    "Händelser: stöld ur bil {plate2} på {street}, ärende {case}.\n"
    "Efterlyst: man med personnummer {pnr}, senast sedd i {place}. Kamrat med samordningsnummer {snr} hörd.\n"
    "Patrull {first:1}/{first:2} har kontakt med vittnet {full:3}.\n"
    "Kommunpolis {sur:4} vill ha info till EST i morgon.\n/{init:5}",
    "fritidsledare|overlamning|Till nästa pass ({first:1} och {first:2}):\n"
    "- {nick:3} har portförbud t.o.m. {date}\n"
    "- nya killar från {place} kom i går, en heter {first:4}\n"
    "- {full:5} (förälder) vill bli uppringd: {mob}\n"
    "Kram {first:6}",
    "vaktare|overlamning|OBJEKT: {venue}\nRapport pass {date}\n"
    "Väktare: {caps:1}, {caps:2}\n"
    "kl {time}: ungdomar avvisade från entrén\n"
    "kl {time}: person sover i trapphuset {addr}, väckt, lämnade\n"
    "Överlämnat till {full:3} ({org})",
    "samordnare|overlamning|Hej {wfirst:1},\nInnan jag går på föräldraledighet:\n"
    "– EST-mötena leds av {full:2} från {date}\n"
    "– polisens kontakt är {full:3}, {mob}\n"
    "– {org} kontaktas via {full:4}, {tel}\n"
    "– lösenordet till rapportmappen har {first:2}\n"
    "Tack för allt!\n{first:5}",
    # ------------------------------------------------------------------ insatsstatus
    "samordnare|insatsstatus|Status insatser {place} {week}\n\n"
    "Insats: Belysning {street}\nStatus: pågående\nAnsvarig: {full:1}\nKostnad hittills: {amount}\n\n"
    "Insats: Nattvandring helger\nStatus: slutförd\nAnsvarig: {full:2} ({org})\n\n"
    "Insats: Kameror {venue}\nStatus: planerad\nAnsvarig: {full:3}",
    "kommunpolis|insatsstatus|Lägesrapport förstärkt närvaro {place}\n"
    "Vecka: {week}\nPatruller: {first:1}, {first:2}, {first:3}\n"
    "Resultat: {antal} kontroller, en moped beslagtagen ({plate2}), ett gripande (ärende {case}).\n"
    "Bedömning: fortsatt behov. /{full:4}, kommunpolis",
    "bovard|insatsstatus|Uppdatering: sanering klotter\n"
    "{addr} – klart ({first:1})\n"
    "{fast} – pågår, {org} på plats\n"
    "{venue} – väntar på förvaltare {sur:2|g} besked\n"
    "Kostnad {week}: {amount}\n"
    "Rapporterat av {full:3}",
    "faltassistent|insatsstatus|Insats sommarlov – statusrapport\n\n"
    "Planerad: fotbollsturnering {date}, {full:1} ansvarig\n"
    "Pågående: kvällsöppet {venue} ({first:2}, {first:3})\n"
    "Slutförd: dialog med {antal} familjer i {place}\n\n"
    "Problem: {nick:4} och två till stör verksamheten. {first:2} pratar med föräldrarna.",
    "sakerhetschef|insatsstatus|INSATSLOGG\n"
    "Datum | Insats | Ansvarig | Status\n"
    "{date} | kameror {venue} | {full:1} | pågående\n"
    "{date} | väktare {place} | {full:2} | planerad\n"
    "{date} | grindar {street} | {full:3} | slutförd",
    "samordnare|insatsstatus|Uppföljning åtgärdsplan, {kommun}\n"
    "Mål: minska skadegörelsen i {place} med 20 %\n"
    "Utfall {week}: {antal} rapporter (förra året fler)\n"
    "Ansvariga: {full:1} (kommunen), {full:2} (polisen), {wsur:3} ({org})\n"
    "Kommentar från {first:1}: insatsen fortsätter till {date}.",
    "trygghetsvard|insatsstatus|status trygghetsvärdar {week}\n"
    "{lowf:1} och {lowf:2}: rond {place} varje kväll kl {time}, även bussvärdar på {line}\n"
    "pratat med {antal} boende, bl.a. {full:3} på {addr} som vill ha bättre belysning\n"
    "nästa steg: {first:4} bokar möte med {org}",
    "polis|insatsstatus|Insats Trygg helg – {place}\n"
    "Insatschef: {full:1}\nSamverkan med {org} ({full:2}) och fältgruppen ({full:3}).\n"
    "Genomfört: {antal} kontakter, två avvisningar vid {venue}.\n"
    "Gripen: man, {vuxen} år, samordningsnummer {snr}.\n"
    "Status: avslutad.",
    # ------------------------------------------------------------------ atgardslista
    "samordnare|atgardslista|Åtgärdslista efter EST-mötet den {date}\n\n"
    "Åtgärd | Ansvarig | Klart senast\n"
    "Beställ belysning {street} | {full:1} | {date}\n"
    "Kontakta {org} om klottret | {first:2} | nästa möte\n"
    "Boka trygghetsvandring {place} | {full:3} | {week}",
    "bovard|atgardslista|ÅTGÄRDER\n"
    "1. Byt lås {fast} – ansvarig {first:1}\n"
    "2. Ring hyresgästen {full:2} ({mob}) om bilen {plate}\n"
    "3. Skicka kostnaden ({amount}) till {full:3}\n"
    "4. Kolla med {wfirst:4} om förrådet på {addr}",
    "kommunpolis|atgardslista|Att göra efter samverkan\n"
    "[ ] {first:1}: ta fram statistik för {place}\n"
    "[ ] {first:2}: kontakta rektor {sur:3}\n"
    "[x] {first:1}: anmälan om skadegörelsen klar ({case})\n"
    "[ ] alla: läsa {full:4|g} sammanställning",
    "faltassistent|atgardslista|Åtgärder – fältgruppen\n"
    "* ring {low:1} om sonen ({ung}) – {lowf:2}\n"
    "* hämta västar hos {org} – {first:3}\n"
    "* skriv orosanmälan, barnet ({pnr}) bor på {addr} – {first:2}\n"
    "* boka lokal i {venue} – {nick:4}",
    "sekreterare|atgardslista|Beslut och åtgärder från BRÅ-mötet den {date}\n"
    "B1 Medel beviljas ({amount}). Ansvarig: {full:1}\n"
    "B2 Trygghetsvandring i {place}. Ansvarig: {full:2}, {full:3}\n"
    "Å1 Svar till medborgaren {full:4} skickas av {first:1}\n"
    "Å2 Kontakt med {org}: {wsur:5}",
    "samordnare|atgardslista|Åtgärdsplan {place} {week}\n"
    "Vad: städning av buskage vid {venue}\nVem: {full:1}\nNär: {date}\n\n"
    "Vad: möte med hyresgästföreningen\nVem: {full:2} och {full:3}\nNär: {date}\n\n"
    "Vad: uppföljning av ärende {case}\nVem: kommunpolis {sur:4}",
    "bovard|atgardslista|todo\n"
    "- {first:1} ringer {org} ang {addr}\n"
    "- {lowf:2} fixar lampor {street}\n"
    "- prata m {full:3} om hunden i {lgh}\n"
    "- maila {mail} kopia",
    "sakerhetschef|atgardslista|Åtgärdslista – incident mot anställd {date}\n"
    "1. Polisanmälan upprättad ({case}) – {full:1}\n"
    "2. Stödsamtal för {full:2} – HR, {first:3}\n"
    "3. Riskbedömning {venue} – {wsur:4} och skyddsombud {sur:5}\n"
    "4. Info till {org} – {first:1}",
)
