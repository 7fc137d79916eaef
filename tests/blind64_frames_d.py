"""Frames of the sixty-fourth blind corpus, part d: local Facebook groups' posts on found, lost and abandoned
animals, the kommun's environment office's notes (hens, dogs, cats, dead animals, pigeons) and kommunpolis'
weekly excerpts on dogs and animal-welfare crimes. Each frame is `role|style|template` (slots:
tests/blind64_fill.py)."""

from __future__ import annotations

FRAMES_D = (
    # Facebook groups: found, lost and abandoned animals
    "fb_grupp|hittedjur|UPPHITTAD KATT 🐱 Grå hane utan halsband sitter vid soprummet på {street} i "
    "{place} (nära hållplatsen för {line}) sen {date}. Någon som saknar? Skriv till mig ({first:1}) "
    "eller ring {mob}. Har pratat med {full:2} på {bolag}, de vet inget.",
    "fb_grupp|hittedjur|BORTSPRUNGEN HUND!! Vår tik Bella (labrador, {ar} år) sprang iväg vid {venue} "
    "ikväll kl {time}. Hon är rädd, jaga henne inte! Ring {full:1} {mob} eller min dotter {first:2}. "
    "[[Matte]] är helt förtvivlad. DELA!!",
    "fb_grupp|hittedjur|Kommentar: är det inte {lowf:1|g} katt? hon bor på {street} tror jag\nSvar: "
    "{nick:2} sa att han sett den där i flera veckor\nSvar: {first:3} här, ja det är hennes, hon har "
    "flyttat",
    "fb_grupp|hittedjur|Övergiven kanin hittad i en kartong vid {venue}!!! Vem gör så?? Tog med den "
    "hem. {low:1} från {org} hämtar den imorgon. /{first:2}",
    "fb_grupp|hittedjur|Tack alla som hjälpte till att leta efter Sixten! Han hittades av {full:1|g} "
    "son vid {place} efter tre dygn. Stort tack också till {wsur:2} på djurkliniken som undersökte "
    "honom gratis ❤️",
    "fb_grupp|hittedjur|Varning till alla hundägare i {place}! Någon har lagt ut köttbullar med spik "
    "längs {street} och vid hållplatsen för {line}. Min hund åt en och fick opereras, {amount} hos "
    "veterinären. Polisanmält, {case}. Har ni sett något, kontakta mig {full:1} {mob}",
    "fb_grupp|hittedjur|Hittad: liten svart hund med rött koppel vid {street} kl {time}. Sitter nu hos "
    "{wfirst:1} på {addr}. Chippad enligt {full:2} som jobbar på en klinik, ägaren söks.",
    "fb_grupp|hittedjur|Omplaceras pga allergi: katt, {ar} år, kastrerad. Säljes ej, bara till bra "
    "hem. Ägare {full:1}, bor i {place}. Skriv pm eller {mail}\n\nAdmin {first:2}: kom ihåg att djur "
    "inte får säljas i gruppen!",
    # the kommun's environment office
    "miljoinspektor|miljokontor|Tjänsteanteckning, miljöförvaltningen\nKlagomål på hönsgård i "
    "bostadsområde, {addr}, {place}.\nFastighet: {fast}\nVerksamhetsutövare: {full:1} ({pnr}). Tuppen "
    "galer från kl {time}. Besök planerat {date}.\nHandläggare {full:2}, {tel}",
    "miljoinspektor|miljokontor|Beslut om föreläggande\nFastighet: {fast}\nFastighetsägare: "
    "{full:1}\nMiljöförvaltningen förelägger er att senast {date} åtgärda olägenheterna (råttor, "
    "matrester, duvspillning) vid soprummet på {street}. Avgift: {amount}.\n/{full:2}, miljöinspektör",
    "miljoinspektor|miljokontor|Samtal från boende {full:1} ({mob}) om en död grävling vid {venue}. "
    "[[Grävlingen]] ligger nära gångvägen där barn passerar. Gatuenheten underrättad genom {first:2}. "
    "Ärendet stängt {date}.",
    'miljoinspektor|miljokontor|Mejl från {full:1}: "Vår granne {full:2} på {addr} har {antal} höns '
    'och nu även en tupp, det luktar och det kommer råttor. Får man ha det i stan?" Svar skickat '
    "{date} av {first:3}, miljö- och hälsoskydd.",
    "miljoinspektor|miljokontor|Anteckning: hundägare i {place} rastar lösa hundar på skolgården vid "
    "{venue} på kvällarna. Namn enligt skolans personal: {full:1} och en man som kallas {nick:2}. "
    "Information om koppeltvång skickas till {org}. /miljöinspektör {sur:3}",
    "miljoinspektor|miljokontor|Klagomål ang. kattmatning. Anmälaren {full:1} uppger att {wsur:2} i "
    "{lgh} ställer ut kattmat på gården varje kväll, vilket lockar råttor och förvildade katter. Vi "
    "skickar informationsbrev.\nHandl. {full:3}",
    "miljoinspektor|miljokontor|Ärende: Hundar som skäller, {street}\nKlagande: {comma:1}, "
    "{mob}\nHundägare: {full:2}, {lgh}\nÅtgärd: brev till hundägaren {date}, hänvisning även till "
    "{bolag}.",
    "miljoinspektor|miljokontor|Hej! Vi på miljöförvaltningen har fått ditt klagomål om duvorna vid "
    "{venue}. Vi kontaktar fastighetsägaren. Din e-post {mail} sparas i ärendet.\nMvh {full:1}, "
    "{kommun}",
    # kommunpolis' excerpts
    "kommunpolis|kommunpolis|Händelsenr: {case}\nDatum: {date}\nKlockslag: {time}\nBrottstyp: Brott "
    "mot djurskyddslagen\nPlats: {street}, {place}\nMisstänkt: {full:1} ({pnr}). Målsägande: "
    "djurskyddsinspektör {full:2}.",
    "kommunpolis|kommunpolis|Kommunpolisen, sammanfattning {week}: en person biten av hund på "
    "{street}, hundägaren {full:1} anmäld för vållande till kroppsskada. Hunden omhändertagen. Även "
    "larm om lösspringande hästar vid {venue}, ägaren {sur:2} kontaktad.",
    "kommunpolis|kommunpolis|Kl {time} stoppades bil {plate} på {street}; föraren {full:1} hade en "
    "hund i bagageutrymmet utan ventilation. Rapport enligt djurskyddslagen upprättad, {case}.",
    "kommunpolis|kommunpolis|Anmälan olaga hot: {full:1} ({snr}) uppger att grannen {full:2}, kallad "
    '{nick:2}, hotat att "släppa hundarna på henne" i trapphuset på {addr}. Hundarna är två '
    "amstaffar. Anmälan {case}.",
    "kommunpolis|kommunpolis|anteckning kommunpolis: samtal med {low:1} om hundslagsmål i {place}, två "
    "hundar skadade. ena ägaren {full:2} ({mob}). ingen anmälan gjord ännu, {first:3} följer upp.",
    "kommunpolis|kommunpolis|Djurskyddsärende – omhändertagande\nPolisen bistod länsstyrelsen den "
    "{date} på {addr}. {init:1} lämnade frivilligt över {antal} hundar. Hundarna kördes till ett "
    "hundpensionat i {place}. Ansvarig polis: {full:2}.",
    "kommunpolis|kommunpolis|Trafik: bil {plate2} körde på en katt på {street} kl {time} och smet. "
    "Kattens ägare {full:1} såg händelsen. Vittne {full:2} ({mob}).",
    "kommunpolis|kommunpolis|{full:1}, kommunpolis, har tillsammans med {bolag} besökt {place} med "
    "anledning av klagomål på hundar som släpps lösa. Samtal med hundägarna {sur:2} och {sur:3}. "
    "Uppföljning {week}.",
)
