"""Frames of the seventy-eighth blind corpus, part c: neighbours' complaints about flats let short-term
(Airbnb-style), bostadsrättsföreningars boards' mails and minutes, and hosts' and guests' messages on a
rental platform. Slots are filled by tests/blind78_fill.py."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # ---- grannklagomal: neighbours of a rented flat
    "granne|grannklagomal|Hej!\nJag bor på {addr} och lägenheten under mig ({lgh}) hyrs ut via {org} nästan"
    " varje helg. I natt kl {time} var det fest igen, folk rökte i trapphuset och någon kräktes i hissen."
    " Ägaren heter {full:1} och bor visst i {place}. Gästerna kommer med resväskor från {line} mitt i"
    " natten.\nMvh {full:2}, {mob}",
    "granne|grannklagomal|Till {kommun}\nAnmälan om störande korttidsuthyrning, {addr}, {lgh}.\nSedan"
    " {week} bor det nya gäster varannan dag. Resväskor i trapphuset, nyckelboxar på cykelstället."
    " Fastighet: {fast}. Jag misstänker att hyresgästen {full:1} hyr ut i andra hand utan"
    " tillstånd.\n{full:2}",
    'granne|grannklagomal|{full:1} skriver i grannappen: "Någon mer som störs av Airbnb-lägenheten på'
    " {street}? Nya gäster varje dag, i går stod en {plate} på gården hela natten. Har pratat med"
    ' ordförande {sur:2} men inget händer."',
    "granne|grannklagomal|hej igen, nu har gästerna i {lgh} ({lowf:1} vet vem jag menar) spelat musik sen"
    " {time}. ringde hyresvärdens jour {tel} men ingen svarade. jag har barn som ska sova!! /{lowf:2}",
    "granne|grannklagomal|Klagomål nummer tre från {full:1}, {addr}:\n{date} kl {time} – skrik och"
    " dörrsmällar\n{date} kl {time} – okänd man sov i tvättstugan\n{date} – glasflaskor kastade från"
    " balkongen\nLägenheten ägs av {full:2} och förvaltas av {org}. Fastighet: {fast}.",
    "granne|grannklagomal|Vi i trappuppgång B på {street} är trötta på hotellet i vår trappa. {first:1} i"
    " {lgh} hyr ut sin lägenhet till turister, senast en grupp från {place} som festade till {time}. Vi har"
    " bilder. Kontakta mig, {full:2}, på {mail} eller {mob}.",
    'granne|grannklagomal|Mejl från granne vidarebefordrat av {org}:\n"Gästerna i {lgh} lämnar soporna i'
    " trapphuset och röker på balkongen. Värden {first:1} svarar aldrig. I natt kom polisen ({case}) efter"
    ' bråk. Jag orkar inte mer." /{full:2}, {addr}',
    "granne|grannklagomal|{nick:1} på femte våningen säger att det är samma kille som hyr ut tre lägenheter"
    " i huset, {full:2}. {first:2|g} nyckelbox sitter på {pstreet} och hans bil {plate2} står på"
    " handikapplatsen. Boende {wsur:3} har fotat.",
    # ---- brf_styrelse: housing co-operatives' boards
    "styrelse|brf_styrelse|Protokoll styrelsemöte {date}\n§ 5 Andrahandsuthyrning\nStyrelsen har fått"
    " {antal} klagomål på korttidsuthyrning i {lgh} ({full:1}). Ordförande {sur:2} skickar"
    " rättelseanmaning. Vid utebliven rättelse kontaktas {org}.\nJusteras: {full:3}, {full:4}",
    "styrelse|brf_styrelse|Hej {first:1},\nstyrelsen har noterat att din lägenhet på {addr} annonseras på"
    " {org} för {amount} per natt. Andrahandsuthyrning kräver styrelsens godkännande. Vi ber dig kontakta"
    " oss senast {date}.\nMed vänliga hälsningar\n{full:2}, ordförande",
    "styrelse|brf_styrelse|Info till medlemmarna i {org}: Under {week} har vi haft problem med gäster i en"
    " korttidsuthyrd lägenhet. Portkoden är bytt. Ny kod fås av {first:1} i styrelsen ({mob}). Störningar"
    " anmäls till {full:2}, {mail}.",
    "styrelse|brf_styrelse|Styrelsens anteckningar\n- {full:1} ({lgh}) har hyrt ut via Airbnb sedan {date},"
    " enligt grannen {first:2}\n- Fastighet {fast}, föreningens jurist {sur:3} kontaktad\n- Nästa steg:"
    " möte med {first:1} den {date} kl {time}",
    "styrelse|brf_styrelse|Varning till {full:1}\nStyrelsen i {org} har vid tre tillfällen ({date}, {date}"
    " och {date}) fått rapporter om stökiga gäster i din lägenhet. Polisen har varit på plats (hnr {case})."
    " Detta kan leda till att bostadsrätten förverkas.\n/Styrelsen genom {full:2}",
    "styrelse|brf_styrelse|Fr: {mail}\nTill: styrelsen\nÄmne: Airbnb i huset igen\n\nHej, i lägenheten"
    " ovanför min (tror det är {lgh}) bor det folk med resväskor varje vecka. Ägaren {full:1} är aldrig"
    " hemma. Kan ni kolla?\nHälsningar {full:2}",
    "styrelse|brf_styrelse|Kallelse till extra stämma {date} kl {time} i {konf} på {venue}. Ärende: förbud"
    " mot korttidsuthyrning. Frågor till sekreterare {sur:1} på {tel} eller {mail}. Fullmakter lämnas till"
    " {first:2} i styrelsen senast dagen innan.",
    "styrelse|brf_styrelse|{full:1}: Jag har skrivit till {org} om {street}-lägenheten men de svarar bara"
    " med automatmejl.\n{full:2}: Samma här. Gästerna i {lgh} ringde på hos mig kl {time} och ville ha"
    " wifi-koden 😅\n{full:3}: Jag tar det med förvaltaren {wsur:4}.",
    # ---- vardchatt: hosts' and guests' platform messages
    "vard|vardchatt|Värd: Hej {first:1}! Välkommen till {addr}. Nyckeln finns i boxen vid porten, koden är"
    " {bok}. Incheckning från kl {time}.\n{first:1}: Thanks! We arrive around {time}, is it ok?\nVärd:"
    " Absolut. Ring {mob} om något krånglar. /{first:2}",
    'vard|vardchatt|Meddelande från gäst {full:1} via {org} den {date}:\n"The neighbour, a man called'
    " {first:2}, came to the door and shouted at us at {time}. We were not loud!! We want a refund of"
    ' {amount}."\nVärdens svar ({first:3}): Jag kollar med grannen.',
    "vard|vardchatt|Hej {wfirst:1}, tack för vistelsen i lägenheten på {street}! Tyvärr hittade städaren"
    " {first:2} en trasig lampa och vinfläckar på soffan. [[Hope]] you had a nice stay anyway. Vi drar"
    " {amount} från depositionen. Hälsningar {full:3}, värd",
    "vard|vardchatt|{full:1} (värd) till {org}: Gästen {full:2} har tagit med {antal} personer fast"
    " bokningen gällde två. Grannarna har ringt polisen. Jag vill avbryta bokning {bok} direkt. Nås på"
    " {mob}.",
    'vard|vardchatt|Gästbok, lägenheten på {street}:\n"Tack {first:1} för en underbar helg! Vi kommer'
    ' tillbaka." – {full:2}, {place}\n"Nice flat, noisy street. Thanks {first:1}!" – {nick:3}',
    "vard|vardchatt|hej {lowf:1}! jag är din granne i {lgh}. dina gäster har ringt på min dörr tre gånger i"
    " natt (kl {time}, kl {time} och kl {time}) för att de inte hittar lägenheten. snälla sätt upp en"
    " skylt. {lowf:2}",
    "vard|vardchatt|Värdprofil: {full:1}\nAnnonser: Mysig etta nära {place} ({amount}/natt), studio vid"
    " {venue}\nAnmärkning från {org}: gäster har rapporterat att värden {first:1} bor i lägenheten bredvid"
    " och går in utan att knacka.",
    "vard|vardchatt|Till gästen i {lgh}, {addr}: Utcheckning senast kl {time}. Lägg nycklarna i boxen."
    " Sopor till miljörummet på gården, INTE i trapphuset – grannen {sur:1} har klagat. Tack! /{nick:2}"
    " (värd)",
)
