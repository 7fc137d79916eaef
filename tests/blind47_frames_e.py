"""Frames of the forty-seventh blind corpus, fifth file: SMS and chat messages to the bovärd, complaints about
cars and parking, complaints about dogs and their owners. `role|style|template`."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # ---------------------------------------------------------------- SMS to the bovärd
    "hyresgast|sms_bovard|Hej {first:1} det är {full:2} i {lgh}. Nu är det fest hos {first:3} igen, kan du "
    "komma förbi imorgon kl {time}? 😡",
    "hyresgast|sms_bovard|{first:1}!! tvättstugan översvämmad igen. {lowf:2} på 2an sa att det var "
    "{first:3|g} barn som lekt med kranen. skickar bild, det är huset vid {place}",
    "hyresgast|sms_bovard|hej bovärden, det luktar gräs ur {lgh} varje kväll. Jag tror det är {nick:1} och "
    "hans kompisar från {place}. Vill inte att {full:2} vet att jag skrivit",
    "hyresgast|sms_bovard|Hallå {first:1}, någon har brutit upp mitt förråd på {addr}. Sett {first:2} och "
    "en kille med moped från {place} där ikväll. Ring {mob}. /{first:3}",
    "hyresgast|sms_bovard|{full:1} här. Stort tack för hjälpen med grannen {sur:2} igår!! Nu är det lugnt "
    "på {street}. [[Tack]] igen // {first:1}",
    "hyresgast|sms_bovard|hej {lowf:1} det står en {plate} på vår p-plats igen. samma som förra veckan, vid "
    "{venue}. Tror det är {full:2|g} kompis {first:3}",
    "hyresgast|sms_bovard|Hej är det {first:1} bovärd? jag heter {full:2} och flyttade in {date} på "
    "{street}. Grannen {first:3} har bett mig flytta mina skor från trappan, är det regler om det? Jag kom "
    "från {place}.",
    "bovard|sms_bovard|{first:1}: Hej {full:2}, jag kommer kl {time} och tittar på dörren vid {venue}. Har "
    "pratat med {full:3} om cykeln i trappan. Mvh {first:1} bovärd {org}",
    # ---------------------------------------------------------------- cars and parking
    "hyresgast|parkering|Klagomål parkering\nBil {plate} står på gästparkeringen vid {place} sedan {week}. "
    "Tillhör {full:1|g} svåger tror jag. Jag har egen plats som jag betalar {amount} i månaden för!\n"
    "{full:2}, {mob}",
    "hyresgast|parkering|Hej! Det står en husbil {plate2} utanför {addr} och blockerar soprummet. Ägaren är "
    "{full:1} från lgh ovanför mig, han heter {first:1}, jobbar på {org} och är jättesur när man säger "
    "något.",
    "kundtjanst|parkering|P-ärende: {full:1} ({pnr}) har p-plats nr {antal} men det står en bil {plate} där "
    "dagligen. Enligt kunden tillhör den {first:2} {wsur:2} i huset intill. Skickat till {org}.",
    "hyresgast|parkering|min granne {low:1} kör sin mc på gångvägen mot {venue} varje morgon kl {time}. "
    "regnr {plate2}. barnen går där till {line}!!",
    "hyresgast|parkering|Ämne: Felparkerade bilar {place}\nHej, {full:1} och hennes man {full:2} parkerar "
    "alltid {plate} och {plate2} framför entrén. Ambulansen kom inte fram den {date} kl {time}.\n{init:3}",
    "hyresgast|parkering|Parkeringsklagomål via portalen\nAnmälare {comma:1}, tel {tel}\nFordon: {plate}, "
    "vit Volvo\nFörare: troligen {first:2} från {lgh}\nPlats: framför {venue}\nFastighet: {fast}",
    "kundtjanst|parkering|Samtal {date}: {full:1} ringer, bilen {plate2} har stått avställd på {street} i "
    "flera månader. Ägaren {full:2} har flyttat enligt grannen {first:3}. Anmält till {kommun}.",
    "hyresgast|parkering|Hej förvaltaren! {first:1} från 4:e våningen tvättar bilen ({plate}) på gården och "
    'kör upp på gräset vid {pstreet}. Har sagt till honom, han svarade bara "{nick:2} säger att det är '
    'okej".',
    # ---------------------------------------------------------------- dogs and their owners
    "hyresgast|hundar|Klagomål hund\nHunden i {lgh} (en stor schäfer, ägare {full:1}) skäller hela dagen "
    "när {first:1} jobbar. Har pågått sedan {week}, vi bor på {pstreet}. {full:2}",
    "hyresgast|hundar|Hej. {full:1|g} två hundar gör sina behov i sandlådan vid {venue}. Min son {first:2} "
    "trampade i det idag kl {time}. Hon plockar aldrig upp! {mail}",
    "hyresgast|hundar|Det är en kamphund lös vid {place} varje kväll ca kl {time}. Ägaren heter {first:1}, "
    "bor på {addr} tror jag. Jag vågar inte gå ut med min lilla hund [[Sigge]] längre.",
    "hyresgast|hundar|{full:1} skriver:\nHundägaren {full:2} i {lgh} låter hunden springa lös i trapphuset. "
    "Den hoppade på min dotter {first:3} som är {ung} år. Hon blev jätterädd. Det hände {date} vid {line}.",
    "hyresgast|hundar|Hej {first:1}!\nSåg att du pratat med {lowf:2} om hunden. Men nu är det värre, den "
    "ylar när hon är borta. Grannen {full:3} har också klagat, och folk på {place}. Hälsningar {full:4}",
    "kundtjanst|hundar|Samtal om hund. Kund {full:1} ({mob}) uppger att grannens hund bet henne i benet vid "
    "{street}. Ägare {full:2}. Polisanmälan {case}. Vidare till förvaltare {sur:3}.",
    "hyresgast|hundar|hundbajs överallt på gården vid {street}!!! vet att det är {nick:1} med den bruna "
    "hunden. bor i {lgh}. gör något innan {week}. {lowf:2}",
    "hyresgast|hundar|Hej, jag är {full:1} och har hund. Jag har fått en varning men det är inte min hund "
    "som skäller, det är {full:2|g} på {addr}. Fråga {first:3} i trappan! Vi betalar {amount} för "
    "hundrastgården.",
)
