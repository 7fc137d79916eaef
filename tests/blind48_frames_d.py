"""Frames of the forty-eighth blind corpus, fourth part: the collection drivers' deviation reports, and the
residents' reports — through the kommun's e-service with photos and plates of vans, and by e-mail.

A frame is `role|style|template`; the slots are tests/blind48_fill.py's.
"""

from __future__ import annotations

# Drivers' deviation reports (avvikelse): wrongly sorted, overfull, blocked, threats at the bin.
AVVIKELSE = (
    "chauffor|avvikelse|Avvikelse: Felsorterat\nTömningsdag: {date}\nAdress: {addr}\nFastighet: "
    "{fast}\nKärl: {kont}\nBeskrivning: kärlet fullt "
    "med byggavfall. Kuvert överst adresserat till {full:1}. Lämnat lapp.\nFörare {sur:2}",
    "chauffor|avvikelse|Avvikelserapport {date}\nFörare {wsur:1} blev hotad av en boende ({full:2}) på "
    "{pstreet} när kärlet inte tömdes. Mannen fotade bilen och sa att han skulle hitta honom. Polis ej "
    "kontaktad.",
    "chauffor|avvikelse|Ej tömt – överfullt. Hushållet {full:1} har grovsopor i kärlet för tredje gången. "
    "Bild tagen kl {time}. /{nick:2}",
    "chauffor|avvikelse|Blockerad körväg i {place}: röd Transit {plate2} står på vändplanen varje tisdag. "
    "Ägare enligt registret: {full:1}. Har pratat med {first:1} två gånger. Kollegan {first:2} var vittne.",
    "chauffor|avvikelse|AVVIKELSE\nTyp: Hot\nPlats: {street}\nTid: kl {time}\nPerson: {caps:1}, ca {vuxen} "
    "år, kör {plate}\nVittne: {full:2}\nRapporterat till {org} av {full:3}",
    "chauffor|avvikelse|Hej {first:1}! Idag på {street} låg {antal} säckar bredvid kärlen igen. I en av "
    "säckarna fanns ett brev från {firm} till {full:2}. Fotat.\n//{wfirst:3}, chaufför på bil {kont}",
    "chauffor|avvikelse|{full:1} stod vid bilen och skrek när vi inte tog med hans soffa. Sa att han "
    "betalar {amount} om året för sophämtning. Bad honom beställa grovsopor via {kommun}. Förare: "
    "{first:2}, medåkare {first:3}",
    "chauffor|avvikelse|avvikelse kärl {kont}, {street}\nnågon har slängt bildäck och en barnvagn i "
    "matavfallet. på barnvagnen en lapp till {lowf:1}. boende {low:2} säger att hon vet vem. /{first:3}",
)

# Residents' reports through the kommun's e-service (felanmälan, tyck till), with photos and plates.
ETJANST = (
    "invanare|etjanst|Felanmälan via e-tjänst\nKategori: Nedskräpning\nPlats: {place}, vid {pstreet}\n"
    "Beskrivning: En vit Sprinter med reg {plate2} dumpade byggavfall kl {time}. Bild bifogad.\nAnmälare: "
    "{full:1}, {mob}",
    "invanare|etjanst|Tyck till-ärende\nNamn: {full:1}\nE-post: {mail}\nDatum: {date}\nMeddelande: Såg "
    "grannen {sur:2} "
    "slänga sopsäckar bakom {venue} i natt. Det har hänt flera gånger sedan {week}.",
    "invanare|etjanst|Ärende inkommet {date}\nAnmälare: {comma:1}\nTelefon: {tel}\nHändelse: Dumpade "
    "möbler på {street} vid hållplatsen för {line}. Tror det är {first:2} på {addr} som flyttar.\nBilaga: "
    "bild_a.jpg, bild_b.jpg",
    "invanare|etjanst|Beskrivning: Någon har ställt ut {antal} kartonger vid återvinningsstationen på "
    "{street}. På en av dem står {caps:1} och ordernummer {order}. Anmälaren vill vara anonym men kan nås "
    "på {mob}.",
    "invanare|etjanst|Kategori: Nedskräpning – fordon\nRegistreringsnummer: {plate}\nTid: {date} kl {time}\n"
    "Vad hände: föraren kastade ut säckar i diket vid {place}. Föraren var en man runt {vuxen}, en kvinna i "
    "bilen ropade på {first:1}.\nKontakt: {full:2}, {mail}",
    "invanare|etjanst|Hej! Bifogar bilder på en skåpbil, {plate2}, som har dumpat trädgårdsavfall i "
    "reservatet vid {place} tre gånger nu. På dörren står det {full:1} Bygg AB. [[Inga]] andra bilar "
    "syntes.\n/{first:2}",
    "invanare|etjanst|Anmälare: {full:1}\nAdress: {addr}\nÄrende: Min granne {full:2} ställer sitt skräp i "
    "vårt soprum fast han inte bor i föreningen. Har foto på honom och på hans bil {plate}. Vill att "
    "kommunen hör av sig.",
    "invanare|etjanst|Inkommen via app {date}\nFoto: ja\nPosition: hållplatsen för {line}, nära "
    "{venue}\nText: dumpade kylskåp och "
    "tv. grannen {sur:1} på tredje våningen säger att det är {low:2} från {place} som lämnat dem.",
)

# Residents' e-mails to the kommun or to an inspector they have met.
INVANARE_MEJL = (
    "invanare|invanare_mejl|Hej,\njag vill anmäla att någon dumpar sopor i skogen vid {place}, bakom "
    "hållplatsen för {line}, varje helg. "
    "Idag hittade jag ett kuvert från {firm} till {full:1} på {addr}. Jag har lagt det i en påse. Ni når "
    "mig på {mob}.\nHälsningar {full:2}",
    "invanare|invanare_mejl|Från: {mail}\nÄmne: Dumpning på {street}\nHej! Kl {time} i morse såg jag "
    "{full:1} (bor i vår port, {lgh}) bära ut en hel soffa och ställa den vid containern. Han sa att {org} "
    "hämtar. Det gör de inte.\n/{first:2}",
    "invanare|invanare_mejl|Hej {kommun}.\nDet står en trasig husvagn med reg {plate} på parkeringen vid "
    "{venue} sedan {week}. Grannarna säger att ägaren heter {full:1}. Kan ni göra något?\n{full:2}, {addr}",
    "invanare|invanare_mejl|Hej {first:1}!\nTack för senast. Här är bilderna. Mannen i blå jacka är "
    "{full:2}, det är han som tömmer sin firmabil ({plate2}) vid {avc} efter stängning. Han jobbar på "
    "{org}.\n/{full:3}, {tel}",
    "invanare|invanare_mejl|Till nedskräpningsinspektör {sur:1}\nJag läste att ni söker den som dumpat "
    "eternit vid {place}. Jag tror att det är min före detta svåger {full:2}. Han renoverar på {addr} och "
    "kör en {plate}.\nmvh {low:3}",
    "invanare|invanare_mejl|Hej!\nPå {pstreet} har vi haft problem länge. Senast den {date} var det "
    "{nick:1} och hans kompisar som tömde en släpkärra med skrot vid garagen. Pappan {full:2} äger "
    "vagnen. Ring mig {mob}\n{first:3}",
    "invanare|invanare_mejl|Hej,\nmin mamma {full:1} har fått brev om att hennes papper hittats i en hög "
    "skräp vid {place}. Hon har ingen bil. Det måste vara hyresgästen i {lgh}, {full:2}, som tagit hennes "
    "post. Kan ni ringa mig, {first:3}, på {mob}?",
    "invanare|invanare_mejl|Ang. ert ärende {dnr}\nJag bor granne med {full:1} på {addr} och har sett "
    "{first:1|g} bror {full:2} bära ut soporna. Brorsan kör {plate}.\nMvh {comma:3}",
)

FRAMES_D = AVVIKELSE + ETJANST + INVANARE_MEJL
