"""Frames of the twenty-fourth blind corpus, second part: posts in local Facebook groups, comment threads
copied from them, and posts in neighbourhood apps (grannsamverkan), as a samordnare pastes them into the
weekly picture. Each frame is `role|style|template` (tests/blind24_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # posts in local Facebook groups
    "boende|fb_grupp|VARNING!!! någon har skurit upp däcken på typ 6 bilar på {street} inatt 😡😡 min bil"
    " {plate} också. {full:2} på nedervåningen såg en kille i mörk hoodie. har ngn kamera?? pm mig eller"
    " ring {mob} /{first:1}",
    "boende|fb_grupp|Är det fler än jag som tycker det blivit otryggt vid {place}?? Igår kl {time} blev min"
    " dotter {first:1} ({ung}) uppraggad av en vuxen man i en svart {plate2}. Hon sa att han kallade sig"
    " {nick:2}. Polisanmält {case}. Dela gärna!!",
    "boende|fb_grupp|tappat plånbok vid {venue} ikväll 😭 innehåller leg på {full:1} o busskort, hittelön"
    " {amount}. ring {mob} eller skriv till min sambo {first:2}",
    'granne|fb_grupp|{full:1} skriver i gruppen:\n"nu fick jag nog. gänget vid {venue} kastade ägg på min'
    ' balkong på {addr} IGEN, jag vet att det är {lowf:2} o {first:3} från trean"\n47 kommentarer',
    "boende|fb_grupp|Hej alla i gruppen! Min son {first:1} blev slagen vid hållplatsen för {line} i fredags"
    " av {full:2} o en till. Han är {ung}. Om ngn såg nåt, skriv till mig {mail} 🙏",
    "boende|fb_grupp|PSA: {full:1} ({vuxen}) som bor på {street} har blivit lurad, nån ringde o sa de var"
    " från banken, dom tog {amount}. Kolla era äldre föräldrar!! // {wfirst:2}",
    "förälder|fb_grupp|Till föräldern som har en kille som heter {first:1} och kör vit moped på gångvägen"
    " mellan {place} och {venue}: han körde nästan på min 4-åring idag. Jag har reg {plate}. Prata med"
    " honom. /Mamma till {lowf:2}",
    "boende|fb_grupp|Uppdatering: polisen har varit här, det var {full:1|g} bror som bröt sig in"
    " hos {first:2}"
    " på {addr}. Tack {first:3} för att du ringde direkt ❤️ [[Aina]] kom på typ 4 min",
    # comment threads
    "boende|fb_kommentar|{full:1}: det var {first:2} o hans kompisar, jag såg dom\n{full:3}: sluta hänga ut"
    " folk här\n{full:1}: men det är sant?? dom har hållit på sen {date}",
    "granne|fb_kommentar|{full:1}: polisen är vid {venue} nu, typ 3 bilar 🚓\n{first:2}: va har hänt??\n"
    "{first:1}: ngn blev knivhuggen vid {street} tror jag, en kille som heter {first:3}",
    "boende|fb_kommentar|{first:1}: [[Shuno]] vem e han\n{first:2}: det e {nick:3} från {place}, kör alltid"
    " runt i en {plate2}\n{first:1}: ah ok ja vet\n{first:4}: admin ta bort detta",
    "boende|fb_kommentar|{full:1} kommenterade: Min man {first:2} ringde {org} om belysningen vid {street} i"
    " {week}, fortfarande mörkt. Ring dom ni med {tel}",
    "förälder|fb_kommentar|Svar till {first:1}: nej det var inte {first:2|g} son, det var {full:3} och"
    " {full:4}, dom går på {venue}. jag pratade med rektorn {sur:5} igår",
    "boende|fb_kommentar|{first:1}: hallå någon som vet vad som hände vid {place} kl {time}? hörde smällar\n"
    "{full:2}: fyrverkerier bara, grabbarna från {street}\n{first:1}: ok tack {first:2}",
    "boende|fb_kommentar|{full:1}: {wfirst:2} har sagt att hon blev rånad på {amount} vid {venue}, av"
    " {first:3}\n{full:4}: anmäl!!!",
    "granne|fb_kommentar|{caps:1}: NÅGON HAR STULIT MIN CYKEL FRÅN {street} 😡 BLÅ CRESCENT\n{first:2}: såg"
    " en kille med en sån vid {place} idag\n{caps:1} skrev: VEM??",
    # neighbourhood apps
    "granne|grannapp|Larm från {org}: misstänkt person går mellan villorna på {street} o mot"
    " {pstreet}, ca {vuxen} år, mörk"
    " jacka, kollar dörrhandtag. {first:1} på {addr} har ringt 114 14. /{full:2}",
    "granne|grannapp|Obs! Vit skåpbil {plate} har stått vid {place} i två dygn, ingen verkar veta vems."
    " {full:1} kollade, ingen reklam på bilen. Hör av er till mig {mob} eller {first:2} på {pstreet}",
    "boende|grannapp|Inbrott i garaget på {fast} natten till {date}. Tjuvarna tog två cyklar. Vaktmästare"
    " {sur:1} har bytt lås. Grannen {full:2} hörde ljud runt {time}",
    "granne|grannapp|ang killarna vid {venue}: jag pratade med en av dom, {first:1}, han sa att dom bara"
    " väntar på {line}. lugn kille. Kompisen {nick:2} var mer kaxig dock 😅 /{lowf:3}",
    "boende|grannapp|Påminnelse: grannträff {date} kl {time} på {venue}, polisen {sur:1} och {first:2} från"
    " {kommun} kommer. Anmäl till {mail} eller {full:3}",
    "granne|grannapp|Hittade en sprutspets o en massa folie i sandlådan vid {street} 🤢 har mejlat {org}."
    " Barnen leker ju där. {wfirst:1} och jag plockade upp. {full:2}",
    "boende|grannapp|Någon i området som heter {full:1}? Fick ett paket hit till {addr} med hens namn,"
    " {lgh}. Ring {mob} /{first:2}",
    "boende|grannapp|Tack alla för hjälpen igår!! Vi hittade {first:1} ({ung}) vid {place} kl {time}, hon"
    " hade sprungit hemifrån efter bråk med {first:2}. Socialjouren är inkopplad. Särskilt tack till {full:3}"
    " o familjen {wsur:4}",
)
