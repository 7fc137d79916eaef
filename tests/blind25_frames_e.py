"""Frames of the twenty-fifth blind corpus (tests/blind25_corpus.py), fifth part: the samordnare's merged
weekly export, RAR-like lines from the police and the comment logs of case systems. Each frame is
`role|style|template`; slots are filled by tests/blind25_fill.py."""

from __future__ import annotations

FRAMES_E = [
    # samordnarexport
    "samordnare|samordnarexport|Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör\n{date};{time};{place};{street};Klotter;Klotter"
    " på elskåp, anmält av {full:1};{comp}\n{date};{time};{place};{venue};Våld och hot;{full:2} hotad av"
    " {full:3};{org}",
    "samordnare|samordnarexport|Sammanställd export {week} –"
    " {kommun}\nKälla\tÄrende\tText\nBostadsbolag\t{nr}\tBrand i container vid {street}, anmäld av"
    " hyresgäst {sur:1}\nPolis\t{case}\tSkadegörelse {venue}, misstänkt {full:2}\nVäktare\t{obj}\tAvvisning"
    " av {nick:3}",
    "samordnare|samordnarexport|{week}: {antal} händelser i {place}. Granskning: rad 14 innehöll namn"
    " ({full:1}, {full:2}) och togs bort ur den delade bilden. Ansvarig: {uid:3}",
    "samordnare|samordnarexport|Samordnare {full:1} har slagit ihop rapporter från {comp}, {org} och"
    " polisen. Dubbletter: bilbrand {date} ({case} = ärende {nr}).",
    "samordnare|samordnarexport|Rapportör;Antal;Kommentar\n{comp};{antal};varav hälften"
    " klotter\nFritidsgården;{antal};{first:1} rapporterar oro kring {nick:2}\n{org};{antal};larmlogg"
    " inskickad av {full:3}",
    "samordnare|samordnarexport|Att granska innan delning:\n- {addr}: namn på hyresgäst ({ecomma:1}) i"
    " fritext\n- {case}: personnummer {pnr} i beskrivningen\n- {plate}: regnummer i väktarrapport\n-"
    " {mail}: e-post i kommentarsfält",
    "samordnare|samordnarexport|EST-export {date}, {kommun}\n{place}: gul. Fler otrygghetsskapande"
    " samlingar vid {venue}, bl.a. {first:1} och {first:2} enligt fältassistent {sur:3}.\n{place}: grön,"
    " lugnt kring {line}.",
    "samordnare|samordnarexport|Från {full:1} till arbetsgruppen: Bifogar veckans export ({week})."
    " Observera att rad 7 (larmlogg från {org}) innehåller väktarens namn {full:2} och rad 12 ett"
    " telefonnummer {tel}, ta bort innan ni delar. Hälsningar {first:1}",
    # rar
    "kommunpolis|rar|RAR-rad: {case};{stamp};Bilbrand;{addr};Målsägande {full:1};Vittne {full:2}, {mob}",
    "kommunpolis|rar|Brott: Skadegörelse genom brand\nBrottsplats: {street}, {place}\nBrottstid:"
    " {stamp}\nMålsägande: {org}\nMisstänkt: {ecomma:1}, {snr}\nAnmälningsupptagare: {sur:2}\nDiarienr:"
    " {case}",
    "kommunpolis|rar|Inre befäl noterar {date}: patrull tillkallad till {venue} (hot mot personal). Gripen:"
    " {full:1}, {snr}",
    "kommunpolis|rar|{case} | {date} | Olaga hot | {venue} | Målsägande: {full:1} | Misstänkt: {nick:2},"
    " egentligen {full:2}",
    "kommunpolis|rar|RAR {case}\nBK Narkotikabrott, ringa\nPlats: {place}, {street}\nTid: {time}\nGM:"
    " {full:1} ({pnr})\nIngripande: {sur:2}/{sur:3}\n[[Stig]] mellan husen saknar belysning.",
    "kommunpolis|rar|Polisanmälan {case} upprättad av {full:1} avser stöld ur bil {plate} på parkeringen"
    " vid {venue}. Ägaren {full:2} nås på {tel}.",
    "kommunpolis|rar|Lägesbild polis {week}\n- {date} {place}: {first:1} rånad på mobil av {antal}"
    " personer\n- {date} {place}: bråk utanför {venue}, {full:2} förd till sjukhus",
    "kommunpolis|rar|Utdrag ur RAR för {addr}: {case} (inbrott), {case} (skadegörelse), {case} (ofredande"
    " mot {first:1})",
    # kommentarslogg
    "kundtjanst|kommentarslogg|Kommentarer ärende {nr}\n{stamp} {uid:1}: Ringt {full:2}, inget"
    " svar.\n{stamp} {uid:1}: Pratat med {first:2}, bekräftar att dörren är trasig.\n{stamp} {full:3}:"
    " Beställt låssmed via {org}.",
    "kundtjanst|kommentarslogg|[{stamp}] {sign}: Hyresgästen i {lgh} ({caps:1}) har anmält störning"
    " igen.\n[{stamp}] {sign}: Kontakt med väktare {sur:2}, bekräftat bråk i trapphuset kl {time}.",
    "kundtjanst|kommentarslogg|Logg:\n{stamp} Ärende skapat av {uid:1}\n{stamp} Status ändrad till Pågående"
    " av {uid:2}\n{stamp} Notering: grannen {wsur:3} vittnar om {nick:4} i trapphuset",
    "kundtjanst|kommentarslogg|{low:1} {stamp}: la in bilder från {addr}, klotter med namnet {wfirst:2} i"
    " stora bokstäver",
    "bostadsbolag|kommentarslogg|Internt: bovärd {full:1} {date}: familjen {sur:2} i {lgh} har fått"
    " tillsägelse två gånger. Skriftlig varning {date}. Kontakt hyresgäst: {mob} / {mail}",
    "bostadsbolag|kommentarslogg|Anteckning {stamp} ({sign})\nTalat med {full:1} på {org}. Bilen {plate2}"
    " som står vid {street} sedan {date} ska bärgas. Grannen {wsur:2} har fotat den.",
    "kundtjanst|kommentarslogg|Ärendehistorik {nr}\n1. {date} Inkommit från {mail}\n2. {date} Tilldelat"
    " {ecomma:1}\n3. {date} Vidarebefordrat till {kommun} ({ecomma:2})",
    "kundtjanst|kommentarslogg|Svar till kund {stamp}: Hej {first:1}! Vi har tagit emot din anmälan om"
    " {wsur:2|g} hund i {addr}. [[Inga]] fler åtgärder från oss just nu.\n/{full:3}, kundtjänst",
]
