"""Frames of the sixtieth blind corpus, part d: the staff's group chat and SMS, posts and comments in local
Facebook groups, work orders in the parish's maintenance system. `role|style|template`; slots as in
tests/blind60_fill.py."""

from __future__ import annotations

FRAMES_D = (
    # --- personalens gruppchatt och sms
    "personal|personalchatt|"
    "{first:1}: nån har snott alla lyktor i {grav} igen 😡\n{wfirst:2}: va fan. ska jag ringa {lowf:3}?\n"
    "{first:1}: ja gör det",
    "personal|personalchatt|"
    "{nick:1} kommer inte idag, ryggen. {lowf:2} kör grävaren. begravning kl. {time} i {venue}, "
    "graven e klar sen igår",
    "personal|personalchatt|"
    "sms från {wfirst:1}: står vid {place}, det ligger krossat glas överallt vid {low:2|g} sten. "
    "tar bilder. kan du kolla vem som har gravrätten?",
    "personal|personalchatt|"
    "[[Sten]] nr 3 från vänster i {grav} e vält, ej vår grav att resa. {first:1} ringer anhöriga. "
    "/{nick:2}",
    "personal|personalchatt|"
    "{first:1} ➜ {first:2}: polisen va här, dom vill prata m dig om bilen {plate}. "
    "ring {low:3} på polisen {mob}",
    "personal|personalchatt|"
    "påminnelse: {lowf:1} och {lowf:2} har semester {week}. {wsur:3} på kontoret tar telefonen. "
    "nyckeln till bårhuset hos {first:4}",
    "personal|personalchatt|"
    "Hej alla, säsongsarbetare {full:1} börjar på måndag. Samordningsnummer {snr}, mobil {mob}. "
    "{first:2} visar runt på {place}. /{first:3}",
    "personal|personalchatt|"
    "akut!! begravningen i {venue} störd, nån står utanför och skriker om {first:1}. "
    "{first:2} har ringt 112. {lowf:3} e på väg",
    # --- lokala facebookgrupper
    "boende|fb_grupp|"
    "Till er som har anhöriga på {place}: kolla era gravar! Min pappas lykta är borta och flera "
    "andra också. Polisen vet. /{full:1}\n\n💬 {low:2}: Samma här, mormors vas borta 😢",
    "boende|fb_grupp|"
    "Vem gör så här?? Klotter på {venue} i natt. Om någon sett nåt, skriv till mig eller ring "
    "{mob}.\n💬 {first:1}: Såg en bil {plate2} där sent\n💬 {low:2}: hemskt",
    "boende|fb_grupp|"
    "Jag pratade med vaktmästaren {wsur:1} idag, han sa att det är {antal} gravar som drabbats bara "
    "i år. Skäms på er som stjäl från de döda. //{first:2} i {place} som tar {line} dit varje söndag",
    "boende|fb_grupp|"
    "💬 {full:1}: Min farmor {full:2} ligger där. Vet någon om kyrkan ersätter?\n"
    "💬 {lowf:3}: Nej, det gör de inte, du får ta det på hemförsäkringen\n💬 {wfirst:4}: 👍",
    "boende|fb_grupp|"
    "Hittade en bronslykta i diket längs {street} i morse. Står {caps:1} ingraverat. Finns nu hos mig, "
    "skicka pm. /{nick:2}",
    "boende|fb_grupp|"
    "Hej! Mitt namn är {full:1} och jag bor på {addr}. Jag ser kyrkogården från mitt fönster och det "
    "är folk där varje natt runt kl. {time}. Har ringt {org} utan svar.",
    "boende|fb_grupp|"
    "💬 {lowf:1}: vet nån vem som äger den svarta bmw:n som står vid {venue} varje kväll\n"
    "💬 {lowf:2}: det e {nick:3|g} brorsa tror jag\n💬 {first:4}: sluta hänga ut folk här",
    "boende|fb_grupp|"
    "Tack till {full:1} och {lowf:2} på kyrkogården som hjälpte oss resa mammas sten på {place} "
    "igen ❤️ Ni är guld. Hälsningar {full:3}",
    # --- felanmälningar i driftsystemet
    "driftledare|felanmalan|"
    "Felanmälan nr {antal}\nObjekt: {grav}, {place}\nFel: gravsten vält\nObs: [[Björk]] fallen över "
    "gången\nAnmäld av: {full:1}\n"
    "Tilldelad: {sur:2}\nStatus: pågående",
    "driftledare|felanmalan|"
    "Arbetsorder: laga grinden mot {pstreet}, bortbruten efter inbrottsförsöket {date}. Beställd av "
    "{first:1}. Utförs av {org}, kontakt {full:2} {mob}.",
    "driftledare|felanmalan|"
    'ÄRENDE: klotter\nPlats: {venue}, norra fasaden\nText: "{nick:1}" och "RIP {wfirst:2}"\n'
    "Sanering beställd, kostnad {amount}\nHandl: {init:3}",
    "driftledare|felanmalan|"
    "Fel: belysning ur funktion längs gången från {street} till kapellet. Anmält av anhörig {full:1} "
    "({tel}). Otryggt enligt flera besökare. Ansvarig {first:2}.",
    "driftledare|felanmalan|"
    "Order {date}\nMaskin: traktor {plate}\nFörare: {full:1}\nUppgift: grävning för gravsättning av "
    "{full:2}, {grav}\nObs: anhöriga närvarande kl. {time}",
    "driftledare|felanmalan|"
    "Vattenposten vid {grav} sönderslagen. Troligen samma gäng som {week}. {first:1} har bytt. "
    "Kostnad ca {amount}. [[Vinter]] kommer, stäng av vattnet helt.",
    "driftledare|felanmalan|"
    "Felanmälan från hyresgäst i fastigheten {fast}, {addr}, {lgh}: ungdomar klättrar från gården "
    "in på kyrkogården. Anmälare {full:1}, {mob}.",
    "driftledare|felanmalan|"
    "Återrapport: stenen för {full:1} {levde} rest och säkrad. Utfört av {full:2}, {org}. "
    "Gravrättsinnehavaren {sur:3} informerad. Faktura: {amount}.",
)
