"""Frames of the sixty-third blind corpus, part e: the traffic office's notes on mopeds and e-scooters,
EST meeting minutes and SMS tips. `role|style|template`; slots as in tests/blind63_fill.py."""

FRAMES_E = (
    # gatukontor: the traffic office's notes
    "trafikhandlaggare|gatukontor|Ärende TN 2026/412: klagomål från {full:1} om mopedbud på {street}."
    " Gågatan är skyltad. Vidarebefordrat till kommunpolis {sur:2}. Kopia till {first:3}.",
    "trafikhandlaggare|gatukontor|Inspektion den {date}: {antal} elsparkcyklar från {org} felparkerade vid"
    " {venue}."
    " Inspektör {full:1}. Vite på {amount} enligt avtal. Kopia till handläggare {sur:2}.",
    "trafikhandlaggare|gatukontor|Handläggare {full:1}\nTel {tel}\n{mail}\n\nBeslut om lastzon vid {pstreet}"
    " skickat till {org}. Klagande {full:2} ({snr}) underrättas.",
    "trafikhandlaggare|gatukontor|{first:1|g} kollega, parkeringsvakt, noterade taxi {plate} på gångbanan"
    " vid {venue}"
    " kl {time}. Föraren, {first:2}, vägrade flytta. Chefen {sur:3} informerad. Avgift på {amount}.",
    "trafikhandlaggare|gatukontor|Synpunkt via e-tjänsten från {full:1}, {addr}: 'bud på elcykel kör i"
    " full fart genom {place} för {amount} i timmen'. Svar skickat av {init:2}. Kopia till {first:3}.",
    "trafikhandlaggare|gatukontor|Fastighetsägaren till {fast} ({full:1}) begär pollare vid infarten från"
    " {street}. Handläggare {first:2} bedömer ärendet under {week}.",
    "trafikhandlaggare|gatukontor|{first:1} på {org} meddelar att zonen vid {venue} nu är no-parking för"
    " elsparkcyklar. {first:2} på gatukontoret uppdaterar kartan. {date}",
    "trafikhandlaggare|gatukontor|Anteckning från platsbesök med {full:1} ({org}) och {wsur:2} från"
    " {kommun}: mopedbud kör mot enkelriktat på {street} kvällstid.",
    # samverkan: EST meeting minutes
    "protokoll|samverkan|Närvarande: {full:1} ({kommun}), {full:2} (polisen), {first:3} ({org})\n§ 3 Rån mot"
    " taxi och bud i {place}. Beslut: extra patrull {week}.",
    "protokoll|samverkan|Minnesanteckningar {date}\n{init:1} redogjorde för hot mot bud vid {venue}.\n{sur:2}"
    " (åkeri) rapporterade tre prisbråk.\nNästa möte {date}.",
    "protokoll|samverkan|§ 5 Mopedbud i gågatan. {first:1} från {org} lovar påminna sina bud. Polisen"
    " ({first:2}) har bötfällt {antal} förare sedan {date}.\nJusteras av {full:3}",
    "protokoll|samverkan|Läget i {place} ({week}): gult. Taxiförare {first:1} rånades kl {time} vid {venue}."
    " Insats: belysning på {street} och vid {line}. Ansvarig {full:2}.",
    "protokoll|samverkan|Deltagare: {low:1}, {low:2}, {first:3} (sekreterare)\nPunkt 2: klagomål från"
    " restaurangerna vid {pstreet}. Ärende till {org}.",
    "protokoll|samverkan|Uppföljning insats {place}: {full:1} ({org}) rapporterar färre hot mot bud sedan"
    " kamerorna kom upp vid {venue}. {wfirst:2} från polisen instämmer.",
    "protokoll|samverkan|{full:1} föreslår samlingsplats för bud vid {venue} med belysning och tak."
    " Kostnaden blir {amount}. Beslut tas av {wsur:2} den {date}.",
    "protokoll|samverkan|Rapport från {org}: kunden {full:1} har avstängts efter hot mot fyra bud. Polisen"
    " har ärendet {case}. Noterat av {first:2} och {first:3}.",
    # sms: SMS tips to the kommun's tip line
    "tipsare|sms|Hej det är {first:1}. Just nu står 4 mopedbud och bråkar vid {venue}, en har kniv tror jag."
    " Mitt nr {mob}. Min kollega {first:2} ser det också",
    "tipsare|sms|taxin {plate} har stått på {street} hela kvällen och föraren säljer nåt. {lowf:1} såg det"
    " också",
    "tipsare|sms|{first:1} här från {place}. Killen som rånade budet i fredags heter {full:2}, alla vet det."
    " Han bor på {addr}, personnr {pnr}",
    "tipsare|sms|Hej {first:1}! Bud på elcykel körde på min son vid {venue} kl {time}. Han är ok. [[Lugn]]"
    " nu. Budet hette"
    " {first:2} enligt appen. /{first:3}",
    "tipsare|sms|{nick:1} och {nick:2} tar pengar av buden vid {venue} varje kväll. Ring mig inte, jag"
    " vill vara anonym. [[Tack]]",
    "tipsare|sms|Taxi som körde mot rött vid {street} kl {time}, reg {plate2}. Chauffören pratade i mobilen."
    " Hälsn {full:1}",
    "tipsare|sms|hej kommunen, elsparkcyklarna på {pstreet} ligger i cykelbanan igen. mvh {low:1} {addr}",
    "tipsare|sms|Jag är bud. Blev hotad av en kund i {lgh} på {addr} ikväll. Han hette {full:1} på dörren."
    " Polisen genom inspektör {sur:3} sa ring {tel}. /{first:2}",
)
