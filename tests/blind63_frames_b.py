"""Frames of the sixty-third blind corpus, part b: delivery platforms' safety reports, couriers' group chats
and support chats. `role|style|template`; slots as in tests/blind63_fill.py."""

FRAMES_B = (
    # plattform: a delivery platform's safety report
    "sakerhetsteam|plattform|Safety report – {place}\nCourier: {full:1} (ID 77201)\nIncident: robbed of phone"
    " and bag at {street} around {time}\nReported to police: yes, {case}\nFollow-up owner: {first:2}",
    "sakerhetsteam|plattform|Incidentrapport {date}\nBud {full:1} hotades av kund vid leverans till {addr},"
    " {lgh}. Kunden ({first:2}) krävde pengarna tillbaka och höll kvar budet i trapphuset. Kontot spärrat av"
    " teamleader {sur:3}.",
    "sakerhetsteam|plattform|Veckosammanställning {week}, {kommun}:\n- 3 rån mot bud ({place}, {place})\n"
    "- 1 hot mot {first:1} vid {venue}\n- mopedbud {wsur:2} påkörd på {street}\nKontakt polis: {full:3}",
    "sakerhetsteam|plattform|{caps:1} har rapporterat att en grupp ungdomar kastade sten mot henne vid"
    " {venue}. [[Sten]] träffade hjälmen. Hon kör elcykel, fick ett sår på armen. Närmaste chef {full:2}"
    " ringde henne på {mob}. Fallet ägs av {first:3}.",
    "sakerhetsteam|plattform|Avvikelse: kunden {full:1} på {addr} har anmälts av tre olika bud för"
    " hotfullt beteende. Beslut: adressen blockeras. Beslutsfattare {sur:2}, {org}.",
    "sakerhetsteam|plattform|Rider {first:1} {wsur:1} (samordningsnr {snr}) reports: two men on a moped"
    " followed him from {venue} to {place} and tried to take the delivery box at {time}. Ops lead {sur:2}"
    " informed.",
    "sakerhetsteam|plattform|Underlag till polisen, {date}\nBudet {full:1} rånades av {antal} personer, en av"
    " dem kallad {nick:2}. Beställningen gjordes från kontot {mail}. Leveransadress {addr}, fastighet"
    " {fast}.",
    "sakerhetsteam|plattform|{first:1|g} rapport (översatt): 'Jag väntade vid {venue}, en man tog mina"
    " nycklar och sa att jag skulle betala {amount} för att få köra i {place}.' Ärende {case}. /{init:2}",
    # budchatt: couriers' group chat, pasted
    "bud|budchatt|[{time}] {first:1}: akta er för {street} ikväll, två killar på moppe jagade mig\n"
    "[{time}] {nick:2}: samma igår vid {venue}\n[{time}] {first:3}: ring polisen bror, jag tar {line} dit",
    "bud|budchatt|{first:1}: nån som känner {full:2}? han har inte svarat sen han körde mot {place}\n"
    "{first:3}: hans nummer är {mob}, jag ringer {first:4} också",
    "bud|budchatt|{lowf:1}: killen på {addr} betalar aldrig dricks och skriker\n{lowf:2}: haha sant, {lowf:3}"
    " vägrar åka dit nu",
    "bud|budchatt|[{date}] {first:1} {sur:1}: polisen stoppade mig på {street} för att jag körde på gågatan,"
    " {amount} i böter 😤\n[{date}] {wfirst:2}: samma hände mig vid {venue}",
    "bud|budchatt|{nick:1}: grabbar min moped blev snodd utanför {venue}!! {plate2} om nån ser"
    " den\n{first:2}:"
    " fan, jag kollar {place}",
    "bud|budchatt|{first:1}: någon som vet vad {first:2|g} nya nummer är?\n{first:3}: {mob}\n{first:1}: tack,"
    " han blev ju rånad vid {venue} i söndags",
    "bud|budchatt|{full:1}: Varning {place}, kund på {addr} öppnade med hund och hotade. Rapporterat i appen"
    " {time}, han tog {line} hem.\n{low:2}: 👍",
    "bud|budchatt|{first:1}: idag {amount} på sex timmar, {org} betalar skit\n{first:2}: kör {org} istället\n"
    "{nick:3}: båda är skit 😂\n{first:4}: [[Bud]] är bud",
    # appsupport: support chat transcripts
    "support|appsupport|Kund: Mitt bud {first:1} var otrevlig och lämnade maten i trappan.\nSupport"
    " ({first:2}):"
    " Jag beklagar! Kan du bekräfta adressen?\nKund: {addr}, {lgh}\nSupport: Tack, vi återbetalar {amount}.",
    "support|appsupport|Chatlogg {date} {time}\nBud: jag blir hotad just nu vid {venue}\nAgent {first:1}: Är"
    " du i säkerhet? Ring 112. Jag kopplar in {first:3}.\nBud: ja jag är {full:2}, mitt nummer {mob}\nAgent"
    " {first:1}: Vi larmar.",
    "support|appsupport|Agent {first:1}: Hej {first:2}! Vi har fått ett klagomål om att du körde på"
    " trottoaren vid {street}. Stämmer det?\nBud: nej det var inte jag, det var {first:3} som lånade mitt"
    " konto",
    "support|appsupport|Support: Ditt konto är pausat p.g.a. identitetskontroll.\nBud: jag heter {full:1},"
    " personnummer {pnr}\nSupport: Tack {first:1}, det måste matcha det registrerade kontot.",
    "support|appsupport|Restaurangpartner {venue}: Budet som heter {nick:1} har tre gånger tagit fel order.\n"
    "Support ({sur:2}): Vi tittar på det. Vilket ordernummer?\nPartner: 4471, {date}. Ring {tel}.",
    "support|appsupport|[{time}] Kund {full:1}: föraren ringer mig hela tiden från {mob}, vad vill"
    " han?\n[{time}]"
    " Agent {first:2}: Jag har kontaktat honom, ordern är levererad. Budet heter {first:3}.",
    "support|appsupport|Bud: min ersättning är fel för {week}\nAgent ({first:1}): Vilket konto?\nBud:"
    " {mail}\nAgent: Jag ser {amount} utbetalt för leveranser i {place}. /{first:1}",
    "support|appsupport|Eskalering till trust & safety: Kund {comma:1} uppger att budet {first:2}"
    " fotograferade"
    " hennes dörr på {addr}. Kundens samordningsnummer {snr}. Budet nekar, enligt teamleader {sur:4}."
    " Ärendeägare {full:3}.",
)
