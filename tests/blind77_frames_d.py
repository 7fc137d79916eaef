"""Frames of the seventy-seventh blind corpus, part D: security guards' round reports (`vaktare`), residents'
SMS and app tips (`sms`) and housing companies' work orders about waste rooms (`felanmalan`). Slots:
tests/blind77_fill.py."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # --- vaktare: guards' round reports
    "vaktare|vaktare|Rondrapport {date}, {avc}\n22.10 grind låst, ok\n23.45 bil {plate} vid staketet, föraren"
    " ({full:1}) säger att han 'bara vände'\n01.30 ok\n03.15 ljud från [[Metallskrot]], ingen på plats\n"
    "Väktare: {full:2}",
    "vaktare|vaktare|Ingripande vid {avc} kl {time}. Två personer, {full:1} och {full:2}, påträffades inne på"
    " området med avbitartång. Hölls kvar i väntan på polis (patrullen kom kl {time}). {first:1} uppgav"
    " {addr} som adress.",
    "vaktare|vaktare|rond 3 – {avc}: grinden uppbruten igen, {cont} tom på koppar. fotspår mot {street}."
    " meddelat {lowf:1} (driftchef) på sms. / {low:2}",
    "vaktare|vaktare|Avvikelse: larmet vid {avc} gick kl {time}. Kameran visar en person i keps vid"
    " [[Elavfall]]. Personen liknar {nick:1}, som ÅVC-chefen {sur:2} känner igen. Polisen informerad via"
    " 114 14, {case}.",
    "vaktare|vaktare|{first:1}: är vid {avc} nu, en {plate2} står med släp vid containrarna\n{first:2}: ok"
    " ring polisen\n{first:1}: föraren säger att han heter {full:3} och jobbar för {org}\n{first:2}: be om"
    " legitimation",
    "vaktare|vaktare|Väktarrapport {week}\nAntal ronder: {antal}\nAnmärkningar: fredag kl {time} bil {plate}"
    " med två män som lastade [[Vitvaror]]; föraren uppgav namnet {full:1}. Lördag: {wfirst:2} i personalen"
    " hade glömt låsa grinden.\nRapportör: {comma:3}",
    "vaktare|vaktare|Larmkvittens {date}: {avc}, sektorn för [[Farligt]] avfall. Ingen åverkan."
    " Kontaktperson på plats: {full:1} ({mob}). Väktare {sur:2} och {sur:3}.",
    "vaktare|vaktare|Kl {time} sågs en skåpbil {plate2} vid baksidan av {avc}. Föraren {caps:1} visade"
    " körkort, {pnr}. Uppgav att {first:2} på {org} gett lov att hämta [[Kabel]]. Kontrollerat – ingen"
    " sådan anställd.",
    # --- sms: residents' SMS and app tips
    "invanare|sms|Hej! Nu står det en {plate} vid {avc} och två killar lastar koppar ur containern. Tror den"
    " ene är {full:1} från {place} //{first:2}",
    "invanare|sms|hej det är {lowf:1}, nån har slängt massa byggavfall vid {avc} ikväll. bilen var en svart"
    " audi {plate2}. kan skicka bild. min pappa {full:2} såg det också",
    "invanare|sms|{first:1} har sett {nick:2} ta en cykel från [[Metallskrot]] igen 😡 ring {first:1} på"
    " {mob}",
    "invanare|sms|Tips: dumpning av [[Däck]] vid {street}, typ 20 st. Samma gubbe som förra gången, heter"
    " {full:1} och kör {plate}. Bor på {addr} tror jag. Vill vara anonym!",
    "invanare|sms|hallå, har {avc} öppet idag? står {hours} på hemsidan men grinden är stängd. {first:1} från"
    " jobbet väntar också. /{full:2} {mob}",
    "invanare|sms|Jag såg {full:1} dumpa sopsäckar vid {place} igår kl {time}. Bilen är {plate2}. Mitt namn"
    " är {full:2}, du når mig på {mail}.",
    "invanare|sms|Skräpplockning med {org} på lördag! Samling kl {time} vid {venue}. Anmälan till {full:1},"
    " {mob}. Vi fick ihop {kg} skräp förra gången 💪 {first:1} och {wfirst:2} bjuder på fika",
    "invanare|sms|till {lowf:1}: tack för hjälpen med släpet till {avc}. {first:2} betalar dig {amount} via"
    " swish, {mob}. hälsa {first:3|g} mamma!",
    # --- felanmalan: housing companies' work orders about waste rooms
    "fastighetsvard|felanmalan|Ärendetyp: Nedskräpning/grovsopor\nFastighet: {fast}\nAdress: {addr}\n"
    "Beskrivning: grovsopor i miljörummet (madrass, [[Vitvaror]]). Hyresgäst {full:1} i {lgh} säger att det"
    " är {full:2} som flyttat. Kostnad bortforsling {amount}.\nBolag: {org}",
    "fastighetsvard|felanmalan|Felanmälan från hyresgäst {full:1}, {lgh}, {tel}: miljöhuset vid {street} är"
    " fullt, kärlen för [[Tidningar]] har inte tömts sedan {date}. Fastighetsvärd {sur:2} har beställt extra"
    " tömning.",
    "fastighetsvard|felanmalan|Brand/brandrök: papperskärl brann vid miljörummet {addr} natten mot {date}."
    " Hyresgästen {full:1} såg tre ungdomar springa därifrån, en heter troligen {first:2}. Kostnad sanering"
    " {amount}. Polisanmält, {case}.",
    "fastighetsvard|felanmalan|{full:1} ({lgh}) ringde: någon har klippt upp låset till cykelrummet och"
    " tagit kopparrör från renoveringen. Entreprenörens arbetsledare {sur:2} säger att det försvunnit för ca"
    " {amount}. Bovärd {sur:3} på plats kl {time}.",
    "fastighetsvard|felanmalan|Ärende: Felsortering\nAdress: {addr}\nNotering: i kärlet för [[Mjukplast]] låg"
    " hushållssopor och post till {full:1}. Brev skickat till hyresgästen {date}. Vid upprepning debiteras"
    " {amount}.\nUtförare: {first:2}",
    "fastighetsvard|felanmalan|Hej {first:1}! Vi har fått klagomål från {full:2} om att grannen i {lgh}"
    " ställer ut sopor i trapphuset. Kan du prata med hyresgästen ({full:3})? /{first:4}, {org}",
    "fastighetsvard|felanmalan|Miljörum {street}: grovsopor dumpade igen, bland annat en soffa och en"
    " [[Kyl]]. Kartongerna hade adresslappar till {full:1}, {addr}. Vi har pratat med {first:1} som förnekar."
    " Ärendet till {full:2} på {org}.",
    "fastighetsvard|felanmalan|Kostnad: {amount}\nRegistrerad: {date} kl {time}\nÄrendetyp: Klotter på"
    " miljöhus\nBeskrivning: tags på väggen, bl.a. '{nick:1}' och namnet '{first:2}'. Troligen samma som"
    " vid {pstreet}. Fastighetsvärd: {full:3}",
)
