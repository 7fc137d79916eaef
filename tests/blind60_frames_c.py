"""Frames of the sixtieth blind corpus, part c: funeral directors' e-mails, priests' notes on funerals
that were disturbed, the guard companies' reports. `role|style|template`; slots as in
tests/blind60_fill.py."""

from __future__ import annotations

FRAMES_C = (
    # --- begravningsbyråernas mejl
    "begravningsbyra|begravningsbyra|"
    "Hej!\nBekräftar begravning för {full:1} {levde} i {venue} den {date} kl. {time}. "
    "Anhörigkontakt {full:2}, {mob}. Kistan hämtas från {venue}. Många gäster åker {line} från "
    "centrum.\nVänliga hälsningar\n{full:3}\n{org}",
    "begravningsbyra|begravningsbyra|"
    "Hej {first:1}, vi måste tyvärr meddela att familjen {sur:2} vill flytta gravsättningen. Anledningen "
    "är att stenen på {grav} har klottrats ner. Kan ni sanera före {date}? /{first:3}",
    "begravningsbyra|begravningsbyra|"
    "Till {org}\nVid dagens ceremoni för {full:1} kom en berusad man in och avbröt prästen {sur:2}. "
    "Han presenterade sig som {first:3}, kusin till den avlidna. Polis tillkallades.\n{init:4}",
    "begravningsbyra|begravningsbyra|"
    "Beställning gravsten: {full:1} {levde}\nGravplats {grav}, {place}\nBeställare: {full:2}, {addr}, "
    "{mail}\nPris inkl. gravering {amount}",
    "begravningsbyra|begravningsbyra|"
    "hej, bilen {plate2} är vår likbil och stod vid {venue} hela förmiddagen. någon har repat lacken. "
    "chauffören {first:1} har bilder. {full:2} ringer er imorgon",
    "begravningsbyra|begravningsbyra|"
    "Angående askgravsättning för {full:1}: dödsbodelägare är {full:2} ({pnr}) och {full:3}. Önskad "
    "dag {week}. Vi kontaktar {org} om tid.",
    "begravningsbyra|begravningsbyra|"
    "Familjen önskar ingen information om minnesstunden på sociala medier efter vad som hände på "
    "{full:1|g} begravning. Kontaktperson är {first:2} ({mob}). Med vänlig hälsning, {caps:3}",
    "begravningsbyra|begravningsbyra|"
    "Vi har fått klagomål från {full:1} om att blommorna från begravningen av hans syster {first:2} "
    "slängts efter bara två dagar. Se bif. bilder. Ring mig på {tel}. Hälsn. {nick:3}",
    # --- prästernas anteckningar om störda begravningar
    "prast|prastanteckning|"
    "Begravning {full:1}, {venue}, kl. {time}. Under psalmen kom två personer in och skrek. "
    "Kyrkvärden {wsur:2} fick be dem gå. Familjen, särskilt dottern {first:3}, mycket tagen.",
    "prast|prastanteckning|"
    "Samtal med änkan {full:1} efter jordfästningen. Hon berättade att sonen {first:2} hade hotats av "
    "en släkting, {full:3}, under minnesstunden. Har rått henne att kontakta polisen.",
    "prast|prastanteckning|"
    "Notering: vid gravsättningen på {place} i dag stod en man vid muren och filmade. Jag tror att det "
    "var {full:1}, som förra året störde {full:2|g} begravning. Meddelat {first:3}.",
    "prast|prastanteckning|"
    "Kära {first:1},\nTack för att du tog hand om allt i går. Jag skriver ned vad jag minns: "
    "cirka kl. {time} hördes smällar utanför {venue}. Organisten {sur:2} slutade spela.\n{first:3}",
    "prast|prastanteckning|"
    "Minnesanteckning efter begravning av {full:1} {levde}\nOfficiant: {full:2}\nMusiker: {full:3}\n"
    "Händelse: smällare kastades mot entrén\nMeddelat kyrkogårdschef {sur:4}",
    "prast|prastanteckning|"
    "[[Ljung]] och granris låg utspritt över gången när vi kom ut med kistan. Någon hade rivit i "
    "kransarna. Familjen {sur:1} såg det. Kantor {first:2} hjälpte mig städa.",
    "prast|prastanteckning|"
    "Till kyrkoherde {wsur:1}: under begravningsgudstjänsten för {full:2} kom en kvinna fram och "
    'började filma kistan med mobilen. Hon kallades "{nick:3}" av någon i bänken. Familjen vill anmäla.',
    "prast|prastanteckning|"
    "{first:1} ringde mig efter begravningen. Hennes pappa {full:2} ligger nu i {grav}. Hon vill ha "
    "besked om vakthållning på kvällarna efter förra veckans stölder. Lovat återkomma {date}.",
    # --- vaktbolagens rapporter
    "vaktbolag|vaktrapport|"
    "Rapport rond {place}\nTid: {time}\nVäktare: {full:1}\nIakttagelse: två personer med ficklampor "
    "bland gravarna, avvek vid tilltal. Bil {plate} startade från infarten vid fastigheten {fast}.",
    "vaktbolag|vaktrapport|"
    "Larm {venue} kl. {time}. Väktare {sur:1} på plats. Dörr till bårhuset uppbruten. Polis "
    "kontaktad, ärende {case}. Nyckelansvarig {full:2} ({mob}) underrättad.",
    "vaktbolag|vaktrapport|"
    "AVVIKELSERAPPORT\nObjekt: {place}\nDatum: {date}\nPersoner anträffade: {full:1}, {pnr}, och "
    "{full:2}, {snr}\nÅtgärd: avvisade, uppgifter noterade\nRapportör: {init:3}",
    "vaktbolag|vaktrapport|"
    "Ronden kl. {time} ok utom att grinden mot {street} stod öppen. Ljuslyktor från {grav} låg i en "
    "kasse bakom förrådet. {first:1} tog in kassen. Ingen person anträffad.",
    "vaktbolag|vaktrapport|"
    "Rapport {date}: person som uppgav sig heta {full:1} sov i vindfånget till {venue}. Erbjöds "
    "kontakt med {org}. Lämnade platsen frivilligt kl. {time}. /väktare {first:2}",
    "vaktbolag|vaktrapport|"
    "Vid rond noterades att bronsbokstäverna på stenen för {full:1} och {full:2} saknas. Tidigare "
    "rapporterat av väktare {sur:3} {week}. Bild bifogad.",
    "vaktbolag|vaktrapport|"
    "Extra rond beställd av {full:1}, {org}, efter stölderna. Väktarna {first:2} och {first:3} "
    "patrullerade {place} kl. {time} och kl. {time}. Inga avvikelser.",
    "vaktbolag|vaktrapport|"
    "Fordon anträffat inne på kyrkogården: {plate2}, förare {full:1} ({vuxen} år), uppgav att han "
    "skulle vattna sin mors grav. Kontrollerad mot adressen {addr}, {lgh}. Ok.",
)
