"""Frames of the twenty-fourth blind corpus, first part: e-mails to the kommun's trygghetsfunktion, SMS to
its tips number, and tips sent through the kommun's app or web form, typed in haste by residents and staff.
Each frame is `role|style|template` (tests/blind24_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # e-mails to the trygghetsfunktion
    "boende|mejl|hej!\nvill bara tipsa om att det varit mkt spring i trapphuset på {addr} senaste veckorna,"
    " typ varje kväll efter {time}. en kille som kallas {nick:1} och hans polare {first:2} sitter där o"
    " röker. ringt {org} men inget händer\nmvh {full:3}\n{mob}",
    "förälder|mejl|Hej trygghetsfunktionen\nmin son {first:1} ({ung}) blev rånad på sin mobil vid {place}"
    " igår kväll av två äldre killar, en av dom heter typ {full:2} enl. kompisarna. polisanmält, ärendenr"
    " {case}. kan ni prata m {venue}? han vågar inte gå dit nu\n/{full:3}",
    "granne|mejl|HEJ. Jag har skrivit förut. Det ÄR fortfarande en bil som står o kör motorn på parkeringen"
    " vid {street} varje natt, reg {plate}, killen i den heter {first:1} tror jag, bor hos sin mamma i"
    " {lgh}. Mvh {caps:2}",
    "lärare|mejl|hej {first:1}!\nsnabbt innan jag glömmer: elever på {venue} säger att det ska bli bråk vid"
    " {place} på fredag kl {time}, det handlar om {lowf:2} i 9c och en kille från annan skola, {full:3}."
    " mentorn {sur:4} vet mer, hennes nr {mob}\n//{first:5}",
    "trygghetsvärd|mejl|Hej,\nkort från helgens pass i {place}: ca {antal} ungdomar samlade vid {venue} från"
    " {time} till {time}, glaskross o en smälld raket. Vi pratade med {full:1} som var med gänget, han"
    " lovade att dom skulle gå hem. Väktaren {sur:2} från {org} kom förbi vid {time}.\n\nMvh {full:3},"
    " trygghetsvärd",
    "boende|mejl|hej. jag heter {full:1} pnr {pnr}, och bor på {addr}. vill anmäla att någon sprayat på min"
    ' dörr "{first:2} ÄR EN RÅTTA" och jag vet att det är {nick:3} o hans gäng. vet ej vad jag ska göra.'
    " min hyresvärd {org} svarar inte. ring {tel} eller {mob}",
    "föreningsledare|mejl|Hej!\nVi har träning i {venue} tisdagar o torsdagar. I {week} blev vår ledare"
    " {full:1} hotad på parkeringen av en man som heter {full:2}, han körde en {plate2}. {first:1} vill inte"
    " polisanmäla men jag tycker ni ska veta.\nHälsningar {first:3} / {org}",
    'kurator|mejl|Hej,\nvidarebefordrar sms från en elevs förälder (med lov): "hej det är {low:1} mamma till'
    " {lowf:2}. Dom tar hans pengar varje gång vid {place}, senast {amount}. killen heter {first:3} o går"
    ' i åttan"\nkan vi ta detta på måndagens möte? föräldern nås på {mob}\n/{full:4}, kurator',
    # SMS to the tips number
    "boende|sms|hej detta e {first:1} från {street}. nu står dom igen vid cykelförrådet typ {antal} st o"
    " röker på, en av dom e {full:2}. kan ngn komma?? 😩",
    "ungdom|sms|asså jag vill inte säga mitt namn men {nick:1} o {first:2} säljer vid {venue} efter skolan,"
    " alla vet. {first:2} har en vit golf {plate}. [[Wallah]] det e sant",
    "granne|sms|Hej! Bilbrand nu på p-platsen vid {place}!! Ringt 112. Såg en kille springa mot {street},"
    " ljus jacka. grannen {sur:1} såg honom också, hon har nr {mob}. /{first:2}",
    "förälder|sms|{first:1} här, mamma till {first:2} i 7b. Hon kom hem o grät, pappan {sur:3} (till en"
    " tjej i klassen) skrek på henne vid {venue} kl {time}. vad gör man",
    "busschaufför|sms|Hej, chauffören på {line} här. Fick kasta av tre killar vid {place} ikväll, en"
    " kallades {nick:1}, kastade sten mot rutan. Ni kan nå mig på {mob} /{full:2}",
    "boende|sms|inbrott i förrådet igen!!! {fast}, källaren under {addr}. tredje gången sen {date}. vaktis"
    " {sur:1} vet. hälsningar {low:2}",
    "granne|sms|Ring mig när ni kan {tel} eller {mob}. Gäller {full:1} i {lgh} som hotar grannarna, senast"
    " {date}. Vi är flera som är rädda /{first:2} o {first:3}",
    "ungdom|sms|yo detta e {lowf:1} [[Bror]] dom har skrivit på snap att dom ska bränna nåt vid {venue}"
    " ikväll typ {time}, {first:2} o hans kusin {full:3} ligger bakom",
    # tips through the kommun's app or web form
    "boende|apptips|Kategori: Klotter\nPlats: {place}\nBeskrivning: nya taggar på tunneln vid {street}, står"
    ' "{first:1}" och "{first:2}" överallt, samma som förra veckan\nKontakt: {mail}',
    "boende|apptips|Vad hände? stenar kastade mot {line} vid {place} ca {time}\nVem? två killar, den ena"
    " heter {full:1}, den andra {first:2} tror jag\nDitt namn: {full:3}\nTel: {mob}",
    "granne|apptips|Kategori: Övrigt\nBeskrivning: en man ({vuxen} år ca) sover i trapphuset på {addr} sen"
    " {date}, boende {full:1} i {lgh} har gett honom mat. Han säger han heter {first:2}. Inte farlig men"
    " barnen är rädda.\nNamn: {comma:3}",
    "förälder|apptips|tips: det säljs på {place} vid {venue}, en {plate2} står där varje kväll. förare"
    " {full:1}, {first:2} från {street} brukar hänga med. skriver anonymt",
    "butiksanställd|apptips|Rapport från {venue}: snatteri + hot mot personal {date} kl {time}. Gärningsman"
    " känd sen tidigare, {full:1}, {pnr}. Kollegan {sur:2} blev knuffad. Polisen har ärendet {case}",
    "boende|apptips|Beskrivning: {wfirst:1} och hennes kompisar ({ung} år) blir förföljda av en äldre man vid"
    " {place} på kvällarna. Mannen heter {full:2} och bor i {lgh}, jag har sett honom.\nE-post: {mail}",
    "trygghetsvärd|apptips|Plats: {street}\nTid: {time}\nHändelse: moped på gc-vägen, förare {first:1}"
    " ({ung}), ingen hjälm, hämtad av pappan {sur:2}.\nRapportör: {full:3}",
    "ungdom|apptips|[[Asså]] ni måste göra nåt åt {place}, det e mörkt o {nick:1} o hans grabbar står där o"
    " tar cash av småkillar, {amount} av min lillebror {first:2}. läraren {wsur:3} på {venue} vet",
)
