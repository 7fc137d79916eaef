"""Frames of the thirtieth blind corpus, part C: kommun spokespersons' quotes in the press (kommun_citat),
reporting from prosecutions (atal) and from judgments (dom), with the accused, witnesses, lawyers and judges
named as the press names them, pasted into the weekly picture. `role|style|template`; slots as in
tests/blind30_fill.py."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # ------------------------------------------------------------ kommun_citat
    "kommunikator|kommun_citat|– Vi har ett gemensamt ansvar för {place}, säger {full:1}, "
    "säkerhetschef på {kommun}, till {media}.\n{sur:1} lovar fler insatser under {week}.\n"
    "Kommentar från {first:2}: vi har inte sett något beslut om det än.",
    "samordnare|kommun_citat|Kommunens pressekreterare {full:1} i {media}: ”Vi beklagar att {venue} fick "
    "stänga tidigare men personalens säkerhet går först.”\nKommentar: stängt från kl. {time}, öppnar som "
    "vanligt {date}. Frågor till {sur:1}, {tel}.",
    "brasekreterare|kommun_citat|{full:1}, ordförande i socialnämnden, säger till {media} att kommunen "
    "avsätter {amount} till sommarjobb i {place}.\n– Det är en investering i trygghet, säger {sur:1}.\n"
    "Min anm: pengarna går via {org}. Kontaktperson {full:2}, {mail}.",
    "samordnare|kommun_citat|Citat, {media}: ”Vi tar oron på allvar”, säger {full:1}, "
    "trygghetssamordnare på {kommun}. Hon hänvisar till lägesbilden som tas fram varje vecka.\n"
    "Kommentar: det är alltså jag som citeras, lite tillrättalagt. /{first:1}",
    "kommunikator|kommun_citat|Kommundirektören {comma:1} kommenterar skjutningen i {media}:\n"
    "– Våra tankar går till de anhöriga. Vi öppnar {venue} för den som vill prata, med början kl. {time}.\n"
    "Stödpersoner: {full:2} och {full:3}.",
    "samordnare|kommun_citat|{caps:1}, KOMMUNALRÅD: ”VI SKA TA TILLBAKA CENTRUM”\nI en intervju med {media} "
    "lovar {sur:1} belysning längs {street} och fler vuxna ute.\nKommentar: belysningen är beställd hos "
    "{landlord}, ärendet sköts av {lowf:2}.",
    "brasekreterare|kommun_citat|Enhetschefen för fritid, {full:1}, till {media}:\n– Vi har haft {antal} "
    "besökare på fredagarna och det är lugnt. Problemen finns vid {venue}, inte hos oss.\nKommentar: "
    "stämmer inte helt, se rapport från {full:2} den {date}.",
    "kommunikator|kommun_citat|Kommunen svarar i {media}:\nFRÅGA: Varför släcks gatlysen på {street} "
    "efter midnatt?\nSVAR ({full:1}, gatuchef): Det är ett fel som åtgärdas {week}. Felanmäl gärna på "
    "{tel}.\nKommentar: {first:2} på gata-park har fått ärendet.",
    # ------------------------------------------------------------------ atal
    "samordnare|atal|ÅTAL: {full:1} ({vuxen}) från {place} åtalas för grovt rån vid {venue}. Åklagare "
    "{full:2} yrkar på fängelse. {sur:1} förnekar brott, enligt sin försvarare, advokat {full:3}.\n"
    "Huvudförhandling i {court} den {date}.\nKommentar: "
    "{sur:1} är född {pnr} enligt stämningen – stryk!",
    "omvarldsbevakare|atal|Från {media}: Tre unga män åtalas för mordbranden på {street}\n"
    "De åtalade är {full:1}, {vuxen}, {full:2}, {vuxen}, och {full:3}, {vuxen}. Kammaråklagare "
    "{full:4} säger att bevisningen är stark.\nKommentar: huvudförhandlingen startar {week}. "
    "{sur:1}, {snr}, är inte folkbokförd i kommunen.",
    "samordnare|atal|Åtal väckt i {court}.\nTilltalad: {comma:1}, {pnr}\nBrott: olaga hot, "
    "skadegörelse\nMålsägande: {full:2}\nOffentlig försvarare: {full:3}\nKommentar: händelsen i {place} i "
    "januari.",
    "brasekreterare|atal|{media} rapporterar från rättegången i {court}: Den {vuxen}-åringen, som kallas "
    "”{nick:1}”, nekar till att ha sålt narkotika vid {venue}. Vittnet {full:2} säger att han sett "
    "försäljning ”nästan varje kväll”.\nÅklagare är {full:3}.\nTilltalad enligt stämningen: "
    "samordningsnummer {snr}.",
    "omvarldsbevakare|atal|Rättegång (dag 2), {court}\nVittnet {full:1} berättade om natten. – Jag såg "
    "{first:2} springa mot {street}, sa {sur:1}.\nAdvokat {full:3} ifrågasatte {sur:1|g} "
    "förmåga att se.\nKommentar: {first:2}, bosatt {addr}, är känd av fältarna.",
    "samordnare|atal|Kort ur {media}: Kvinna åtalas för att ha hotat personal på {venue}. Den åtalade, "
    "{full:1}, ska enligt stämningsansökan ha skrikit att hon skulle ”komma tillbaka”. Rådman {full:2} "
    "leder förhandlingen {date}.\nKommentar: personalen har stöd av {wfirst:3}.",
    "kommunpolis|atal|Åtal, {court} ({date}):\nTilltalade: {full:1} ({ung}), {full:2} ({ung})\n"
    "Åklagare: {full:3}\nGärning: rån vid {line} hållplats\nPnr {first:1}: {pnr}\nKommentar: {first:1} är "
    "placerad av soc, "
    "kontakt handläggare {mob}.",
    "omvarldsbevakare|atal|{caps:1} ÅTALAS FÖR GROV MISSHANDEL\nDen {vuxen}-årige mannen från {place} "
    "åtalas för en misshandel utanför {venue} i höstas. Offret, {full:2}, fick frakturer i ansiktet. "
    "Åklagare {sur:3} tror på fällande dom.\n(klipp, {media})\nOffrets adress enligt domen: {addr}, {lgh}.",
    # -------------------------------------------------------------------- dom
    "samordnare|dom|[[Dom]] i {court}: {full:1} döms till fängelse i två år för grovt rån mot en "
    "{ung}-åring i {place}. Medåtalade {full:2} frias. Rättens ordförande, rådman {full:3}, skriver att "
    "bevisningen mot {wsur:2} var för svag.\nKommentar: den "
    "dömde {first:1}, {pnr}, har kontaktförbud.",
    "omvarldsbevakare|dom|Ur domen (DOMSLUT) i {court}:\nTilltalad: {caps:1}, {pnr}\nAdress: {addr}\n"
    "Påföljd: villkorlig dom och samhällstjänst\nKommentar (samordnare): gäller skadegörelsen på {venue}. "
    "Stryk uppgifterna innan delning!",
    "kommunpolis|dom|{media}: {full:1} ({vuxen}) döms för olaga vapeninnehav. Pistolen hittades i ett "
    "förråd på {street} och i en bil, {plate2}. {full:1|g} advokat {full:2} överväger att överklaga till "
    "{court}.\n"
    "Kommentar: förrådet tillhör {landlord}.",
    "samordnare|dom|DOM: {full:1} döms till sluten ungdomsvård. Han var {ung} när han misshandlade "
    "{full:2} vid {venue}. {sur:2} ska få {amount} i skadestånd.\nKommentar: {lowf:3} på skolan "
    "har informerats. Den dömde bodde i {lgh} på {addr}.",
    "brasekreterare|dom|Tingsrätten friade {full:1}, {vuxen}, som var åtalad för mordbrand i {place}. "
    "Nämndeman {full:2} var skiljaktig. Åklagaren {full:3} ska läsa domen innan hon bestämmer sig.\n"
    "({media}, {first:4} {sur:4})\nKommentar: {sur:1} har samordningsnummer {snr}, ej "
    "folkbokförd.",
    "samordnare|dom|Utdrag ur dom, {court}\nTilltalad 1: {comma:1}, samordningsnummer {snr}\n"
    "Tilltalad 2: {comma:2}, {pnr}\nMålsägande: {full:3}\nKommentar: händelsen vid {line}, {date}.",
    "omvarldsbevakare|dom|{court} har dömt {full:1} och {full:2} för grov skadegörelse på {venue}. "
    "Skadorna uppgick till {amount}. {wsur:1} och {sur:2} döms till skyddstillsyn.\n"
    "Kommentar: klottret var signerat ”{nick:3}”. Skadeståndet "
    "betalas till {landlord}, fastighet {fast}.",
    "kommunpolis|dom|Hovrätten skärper straffet för {full:1} ({vuxen}) från {place}. {court} dömde "
    "honom till fyra års fängelse för grov narkotikabrottslighet. {first:1} har tidigare kallats "
    "”{nick:1}” i media.\nMålsägandebiträde: {full:2}. Enligt domen "
    "samordningsnummer {snr}. /{lowf:3}",
)
