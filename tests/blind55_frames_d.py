"""Frames of the fifty-fifth blind corpus, part d: the water utility's on-call logs (vajourlogg), the
operations staff's Teams chat (teamschatt) and insurance claims and correspondence (forsakring). A frame is
`role|style|template`; the slots are tests/blind55_fill.py's."""

from __future__ import annotations

FRAMES_D = (
    # vajourlogg
    "vajour|vajourlogg|{date}\n{time} Larm {site}: dörrlarm + nivålarm\n{time} {full:1} på plats. Dörr "
    "uppbruten, ingen i byggnaden. Provtagning beställd.\n{time} Polis på plats, inspektör {sur:2}. "
    "Ärende {case}\n{time} Vattnet spärrat tills provsvar. Info till {org}.",
    "vajour|vajourlogg|Jourlogg VA {week}\nJourhavande: {full:1}, {mob}\nons: klotter på {site}, anmält\n"
    "tors kl {time}: lock till vattenledningsbrunn stulet på {street}, avspärrat\nfre: boende {full:2} "
    "ringde om mässingskranar som skruvats loss vid koloniområdet i {place}",
    "vajour|vajourlogg|kl {time} {nick:1} ringer: grinden vid {site} står öppen, spår efter bil i snön.\n"
    "kl {time} jag på plats, låset avklippt, försökt bryta upp luckan till reservoaren.\nkl {time} "
    "{full:2} från {org} informerad. Provtagning imorgon.\nSign {lowf:3}",
    "vajour|vajourlogg|Händelse: inbrott {site}\nTid: natten till {date}\nUpptäckt: {full:1}, "
    "drifttekniker\nStulet: pumpstyrning, koppar från jordning, verktyg\nVärde: ca {amount}\n"
    "Polisanmälan: {case}, handläggare {wsur:2}",
    "vajour|vajourlogg|{date}: Brandposter i {place} har öppnats av obehöriga, två st på {street} och en "
    "vid {venue}. Tryckfall i området. {full:1} och {wfirst:2} stängde. Misstänkta: tre pojkar i "
    "{ung}-årsåldern.",
    "vajour|vajourlogg|kl {time} ringde {full:1}, {addr}, {lgh}: inget vatten. Orsak: någon har stängt "
    "ventilen i brunnen utanför och tagit ratten.\nkl {time} {first:2} öppnade med reservnyckel.\nkl "
    "{time} info till fastighetsägaren via {mail}",
    "vajour|vajourlogg|Överlämning jour: {first:1} → {first:2}\n- {site}: nytt lås monterat efter "
    "intrånget, nyckel hos maskinist {sur:3}\n- {street}: brunnslock stulet, skylt utställd\n- polisen "
    "({case}) vill ha kontakt med den som upptäckte, dvs {full:4}, {mob}",
    "vajour|vajourlogg|{date}\nLarm {site} kl {time}\n[[Inga]] personer på plats vid ankomst.\nTaket "
    "till reservoaren skadat, luckan bänd.\nÅtgärd: {full:1} och {full:2} säkrade, provtagning kl "
    "{time}.\nÄrende till säkerhetssamordnare {wsur:3}",
    # teamschatt
    "driftpersonal|teamschatt|[{time}] {full:1}: någon mer som sett att {site} blivit uppbruten igen?\n"
    "[{time}] {full:2}: ja, var där i morse. tog bilder\n[{time}] {full:1}: ok, jag pratar med chefen "
    "{sur:3} om kameror",
    "driftpersonal|teamschatt|{first:1}: har ni hört, {nick:2} blev hotad av två snubbar vid {site} "
    "igår\n{first:3}: va?? är han ok\n{first:1}: ja men de tog hans verktygsväska. polisen har {case}\n"
    "{first:3}: sjukt",
    "driftpersonal|teamschatt|[{time}] {full:1}\nKan någon ta {site} i morgon? Jag är på {street} hela "
    "dagen. Stölden är anmäld av {full:2}.\n[{time}] {full:3}\nJag tar den 👍",
    "driftpersonal|teamschatt|{low:1}: fyi kabeltrumman vid {site} är borta, märkt {org}\n{low:2}: "
    "typiskt. samma som i {place} {week}?\n{low:1}: troligen. {first:3} har bild på en bil, {plate}",
    "driftpersonal|teamschatt|{first:1} ({org}): Påminner om att ALLA stölder ska in i "
    "avvikelsesystemet, även små. Senast i natt försvann 40 m jordlina vid {site}. Tack {first:2} som "
    "rapporterade!",
    "driftpersonal|teamschatt|{first:1}: vem har nyckeln till {site}?\n{first:2}: montör {sur:3} har "
    "den, eller {wfirst:4}\n{first:1}: ring {sur:3|g} mobil då, {mob}\n{first:2}: 👍",
    "driftpersonal|teamschatt|Från {full:1}: Bilder från {site}. [[Mark]] uppgrävd runt fundamentet, "
    "kabeln kapad ca 1 m ner. Någon har vetat exakt var den låg. Tips från {full:2}: samma bil, "
    "{plate2}, sågs där förra veckan.",
    "driftpersonal|teamschatt|[{time}] {nick:1}: {site} larmar igen 🙄\n[{time}] {first:2}: jag åker, bor "
    "i {place}\n[{time}] {nick:1}: tack! säg till om du behöver {first:3}",
    # forsakring
    "forsakring|forsakring|Skadeanmälan\nFörsäkringstagare: {org}\nSkadedatum: {date}\nSkadeplats: "
    "{site}, {fast}\nSkadehändelse: inbrott och stöld av kopparkabel samt skadegörelse på dörr och "
    "larm.\nBelopp: {amount}\nKontaktperson: {full:1}, {tel}, {mail}\nPolisanmälan: {case}",
    "forsakring|forsakring|Hej,\nvi kompletterar skadeärendet för {site}. Bifogat: polisanmälan "
    "({case}), fakturor från {org} och foton tagna av {full:1}. Totalt yrkat belopp {amount}.\nMed "
    "vänlig hälsning\n{full:2}\nEkonomi",
    "forsakring|forsakring|Skadereglerare {full:1} har besökt {site} den {date}. {first:1} "
    "fotograferade. Konstaterad skada: ny dörr, larmpanel, 150 m kabel. Enligt {full:2|g} vittnesuppgift "
    "({mob}) stod en mörk pickup där. Ersättning beräknas till {amount} efter självrisk.",
    "forsakring|forsakring|Anmälan av skada på fordon: vår servicebil {plate} fick krossade rutor när "
    "den stod vid {site} under natten till {date}. Förare {full:1}, pnr {pnr}. Verktyg för ca {amount} "
    "stulna.",
    "forsakring|forsakring|Angående er skadeanmälan\nVi behöver följande för att gå vidare: kopia av "
    "polisanmälan och kvitton. Handläggare: {comma:1}, direktnr {tel}. Ärendet gäller {site} och avser "
    "händelsen {week}.",
    "forsakring|forsakring|Intyg: Jag, {full:1}, {pnr}, anställd som drifttekniker på {org}, intygar att "
    "jag den {date} upptäckte att ca 200 m kopparlina saknades vid {site}. Ort: {place}. Underskrift "
    "{init:1}",
    "forsakring|forsakring|Besiktningsprotokoll\nObjekt: {site}\nNärvarande: {full:1} (besiktningsman), "
    "{full:2} ({org})\n{first:1} ledde besiktningen.\nIakttagelser: inbrottsspår, klippt stängsel, "
    "kapade jordkablar. Sabotage kan inte uteslutas.\nÅtgärder: {week}",
    "forsakring|forsakring|Hej {wfirst:1}, vi har fått in din anmälan om den stulna generatorn från "
    "arbetsplatsen på {street}. Var generatorn inlåst? Vem hade nycklar, förutom {full:2}? Svara gärna "
    "senast {date}. /{full:3}, Skadeservice",
)
