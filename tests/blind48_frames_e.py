"""Frames of the forty-eighth blind corpus, fifth part: local Facebook groups, the rows of the EST weekly
report where nedskräpning and the station's incidents are summed up, and the housing company's work
orders about grovsopor.

A frame is `role|style|template`; the slots are tests/blind48_fill.py's.
"""

from __future__ import annotations

# Posts and comment threads in local Facebook groups.
FB_GRUPP = (
    "invanare|fb_grupp|Vem är det som dumpar sitt skräp vid {place} (ändhållplatsen för {line})?? 😡 Hittade "
    "en faktura med namnet "
    "{full:1} i en av säckarna. Lägger inte ut adressen men den som känner {first:1} kan säga till!!",
    "invanare|fb_grupp|{full:1}\nPersonalen på {avc} är sjukt otrevlig, nekade mig slänga däck 🤬\n"
    "{full:2}\ndäck lämnar man hos däckfirman hehe\n{first:1}\nsköt dig själv {first:2}",
    "invanare|fb_grupp|TIPS: vit van {plate2} har dumpat skräp vid {pstreet} två kvällar i rad. Om nån vet "
    "vems bilen är, skriv till mig eller ring kommunen. /{nick:1}\n{first:2}: [[Glad]] att nån säger ifrån",
    "invanare|fb_grupp|Någon som känner {low:1}? Hans post ligger utspridd över hela {place} efter att nån "
    "vält sopsäckarna.\n↳ {lowf:2}: han flyttade {week}",
    "invanare|fb_grupp|Admin: Vi tar bort inlägg som hänger ut personer med namn och registreringsnummer. "
    "{first:1}, ditt inlägg om {full:2} är borttaget. Anmäl till {kommun} i stället.\n– {wfirst:3}, admin",
    "invanare|fb_grupp|{first:1} skrev: har nån snott min cykel på {avc}?? Den stod vid återbruket kl "
    "{time} och var borta när jag kom ut. Svart Crescent. Ring {mob} om ni sett den\n👉 {first:2}: kolla "
    "Blocket, {nick:3} säljer alltid cyklar där",
    "invanare|fb_grupp|Dumpat vid {venue} i natt. Plockade upp kuverten – adresserade till {caps:1}. "
    "Lämnade dem till {org}. Tycker de ska få böter på {amount}!!\n{full:2}: håller med",
    "invanare|fb_grupp|{full:1} delade ett foto.\nSå här ser det ut vid {place} efter helgen. Ett paket "
    "med lappen till {wfirst:2} låg överst. Skäms!\n{full:3}: fy fan",
)

# Rows of the EST weekly report (Beskrivning), written by the coordinator from the week's reports.
EST_RAD = (
    "samordnare|est_rad|Nedskräpning {week}: ca {antal} säckar vid {street}. Inspektör {sur:1} har spårat "
    "avfallet till ett hushåll på {addr} genom post med namnet {full:2}. Ärende {dnr}.",
    "samordnare|est_rad|Hot mot personal på {avc} under {week}: en kund ({full:1}) hotade {first:2} vid "
    "rampen. Polisanmält, {case}.",
    "samordnare|est_rad|Inbrott och stöld på {avc}: kopparkabel och batterier. Misstänkt fordon {plate}. "
    "Väktare {wsur:1} såg två personer kl {time}. Enligt personalen kallas en av dem {nick:2}.",
    "samordnare|est_rad|Dumpning vid {place} (bild). Kuvert till {full:1}, {lgh}, {addr}. Rapportör: "
    "fastighetsvärd {sur:2} på {org}.",
    "samordnare|est_rad|Nedskräpning på {street} – bildäck och oljefat. Bil {plate2} sedd. Uppgiftslämnare "
    "{full:1}, tel {tel}. Polisens nr: {case}",
    "fastighetsvard|est_rad|Grovsopor i soprummet på {addr}. Fastighet {fast}. Boende {first:1} tror att "
    "det är {full:2} som flyttat ut. {org} tar bort, kostnad: {amount}.",
    "samordnare|est_rad|{week} – otrygg plats vid {avc} efter stängning, ungdomar ({first:1}, {first:2} "
    "m.fl.) har tagit sig in. Samtal med {full:3} från fältgruppen. [[Inga]] skador på staketet.",
    "samordnare|est_rad|Återkommande dumpning vid hållplatsen för {line} på {street}. Inspektör {sur:1} har "
    "skickat brev till {low:2}. Uppföljning {week}.\n/samordnare {full:3}",
)

# The housing company's work orders (Ärendetyp, Beskrivning) about grovsopor and threats at the bins.
BOSTADSBOLAG = (
    "fastighetsvard|bostadsbolag|Ärendenr {order}\nRegistrerad: {date}\nÄrendetyp: "
    "Nedskräpning/grovsopor\nAdress: {addr}\n"
    "Beskrivning: grovsopor i källargången. Etikett på en låda: {full:1}, {lgh}. Hyresgästen kontaktad av "
    "{first:2}.",
    "fastighetsvard|bostadsbolag|Felanmälan från {full:1} ({mob}): Grannen i {lgh} ställer sopsäckar i "
    "trapphuset. Fastighetsvärd {sur:2} har pratat med hyresgästen {full:3}.",
    "fastighetsvard|bostadsbolag|Soprummet {addr}: någon har dumpat en hel lägenhet, soffa, sängar och tv. "
    "Post i en låda till {caps:1}. Det faktureras {amount}. /{nick:2}, fastighetsskötare",
    "fastighetsvard|bostadsbolag|Registrerad {date}\nFastighet: {fast}\nÄrendetyp: Hot mot personal\n"
    "Beskrivning: Vid städning av miljöhuset blev {full:1} hotad av en hyresgästs son ({first:2}, ca "
    "{ung}). Polis tillkallad.",
    "fastighetsvard|bostadsbolag|Ärendetyp: Nedskräpning\nBeskrivning: Sopor utanför miljöhuset vid "
    "{street}. Kvitton med {full:1|g} namn. {org} skickar ut sorteringsreglerna till alla på {addr}.\n"
    "Kostnad: {amount}",
    "fastighetsvard|bostadsbolag|hyresgäst {low:1} i {lgh} vill anmäla att {lowf:2} i trappan lämnar "
    "matavfall i källaren. bilder finns. kontakt {mail}",
    "fastighetsvard|bostadsbolag|Störning/nedskräpning\nHyresgästen {full:1} på {addr} har enligt grannen "
    "{full:2} kastat skräp från balkongen. Varning skickad. [[Dag]] två av tre. Handläggare {comma:3}.",
    "fastighetsvard|bostadsbolag|Ärende {order} stängt. Grovsoporna borttagna den {date} av {entr}. "
    "Spårat via paketsedel till {full:1}, som flyttat till {postort}. Debiteras tidigare hyresgäst. "
    "/{first:2}",
)

FRAMES_E = FB_GRUPP + EST_RAD + BOSTADSBOLAG
