"""Frames of the forty-fourth blind corpus, file a: the library's incident log, its decisions and lists of
visitors who may not come in (avstängningar), and its book of lost property. `role|style|template`; the slots
are tests/blind44_fill.py's."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # --- bibliotekslogg: the staff's incident log at the desk
    "bibliotekarie|bibliotekslogg|{date} kl {time}\nStörning i tidningshörnan. {full:1} ({vuxen}) "
    "högljudd mot andra besökare, vägrade sänka rösten. Bad honom gå, gick efter en stund.\nSign. "
    "{init:2}",
    "bibliotekspersonal|bibliotekslogg|Händelselogg {venue}\n{time} Grupp om {antal} ungdomar vid "
    "datorerna, en av dem kallas {nick:1}. Spelade hög musik och kastade papper ut mot {street}.\n{time} "
    "{first:2} (vakt från {org}) kom och pratade med dem.\n{time} Lugnt igen.\n/{first:3}",
    "bibliotekarie|bibliotekslogg|{first:1} i disken ringde mig kl {time}, en man som vi tror heter "
    "{full:2} satt och sov på toaletten på plan 2. Ambulans ej behövd. Han har lånekort nr {kort}, "
    "spärrat sedan {date}.",
    "bibliotekspersonal|bibliotekslogg|LOGG {date}\n- kl {time}: {full:1} och {full:2} bråkade om en "
    "dator, {first:1} knuffade {first:2|g} stol.\n- kl {time}: Polisen ringd, ärende {case}.\n- "
    "{first:3} och jag pratade med båda efteråt.\n{init:4}",
    "bibliotekarie|bibliotekslogg|Tisdag kväll, {venue}: en pojke runt {ung} år, säger att han heter "
    "{first:1}, skrev på väggen i serierummet med tusch (fastighet {fast}). Hans kompis kallas {nick:2}. "
    "Klottret fotat och skickat till fastighetsförvaltare {sur:3}. Kostnad sanering ca {amount}.",
    "bibliotekspersonal|bibliotekslogg|kl {time} kom {full:1} in igen trots att hon är avstängd t.o.m. "
    "{week}. Hon hade med sig en man, {full:2} ({vuxen}), som skrek åt {first:3} i "
    "informationsdisken.\nVi ringde 112, polisen kom kl {time}. K-nummer {case}.\n{comma:4}, "
    "bibliotekarie",
    "bibliotekarie|bibliotekslogg|{full:1|g} mamma hörde av sig på {mob}, sonen {lowf:2} hade glömt sin "
    "mobil och blivit hotad utanför {venue} av några äldre killar, en av dem heter tydligen {low:3}. "
    "Vidarebefordrat till enhetschef {sur:4}. Pojken tog sedan {line} hem till {place}.",
    "bibliotekspersonal|bibliotekslogg|{date}, eftermiddag\n{first:1} (barnavdelningen) meddelade att en "
    "pappa, {full:2}, blev arg när hans son inte fick låna fler böcker pga skuld på {amount}. Han slog i "
    "disken och kallade {first:1} för idiot. [[Inga]] skador. Han lämnade {tel} som kontakt.",
    # --- avstangning: decisions on who may not come in, lists by name
    "enhetschef|avstangning|BESLUT OM AVSTÄNGNING\nNamn: {full:1}\nPersonnummer: {pnr}\nAdress: "
    "{addr}\nAvstängd från: {venue}\nPeriod: {date} – {date}\nSkäl: hot mot personal ({first:2}) och "
    "skadegörelse.\nBeslutat av {full:3}, bibliotekschef",
    "enhetschef|avstangning|Aktuella avstängningar {venue}, uppdaterad {week}:\n1. {comma:1} – t.o.m. "
    "{date}\n2. {comma:2} – t.o.m. {date}\n3. {full:3}, kallas {nick:3}\n4. {caps:4}\nVisa listan för "
    "vikarier. /{first:5}",
    "bibliotekarie|avstangning|Avstängning meddelad muntligen till {full:1} kl {time}. Han är {vuxen} "
    "år, samordningsnr {snr}. Han sa att han skulle ”ta” {first:2} nästa gång. {first:2} vill ej jobba "
    "ensam i kväll.\nPolisanmälan {case}",
    "enhetschef|avstangning|Hej {first:1}!\nBifogar beslut om tillträdesförbud för {full:2} ({pnr}) på "
    "samtliga bibliotek i {kommun}, gäller {antal} veckor. Brevet skickat till {addr}, {lgh}.\nMvh "
    "{full:3}\nKultur- och fritidsförvaltningen",
    "bibliotekspersonal|avstangning|AVSTÄNGDA (får ej vistas i lokalen)\n{caps:1} - hot mot "
    "personal\n{caps:2} - stöld av dator\n{full:3} - trakasserier av besökare, ring vakt {first:4} på "
    "{mob}\n{low:5} - förlängd",
    "enhetschef|avstangning|{full:1} har överklagat sin avstängning. Hennes ombud {full:2} mejlade från "
    "{mail}. Avstängningen gäller från {date} och omprövas {week}. Ärendet hos jurist {sur:3} på "
    "{kommun}.",
    "bibliotekarie|avstangning|Kvällspersonal OBS: {first:1} {sur:1} från {place} är avstängd till och "
    "med {date}. Om han kommer, be honom gå, ring annars vaktbolaget {org} eller mig, {first:2}, {mob}. "
    "Han brukar komma med {lowf:3} och en kille som kallas {nick:4}.",
    "enhetschef|avstangning|Underrättelse om beslut\nTill: {full:1}\n{addr}\n\nDu har den {date} "
    "uppträtt hotfullt mot personal på {venue}. Du får därför inte vistas i bibliotekets lokaler under "
    "{antal} månader.\n\n{full:2}\nVerksamhetschef bibliotek, {kommun}",
    # --- hittegods: lost property book
    "bibliotekspersonal|hittegods|HITTEGODS {venue}\n{date} – svart plånbok med id-kort, {full:1}, "
    "{pnr}. Ägaren ringd på {mob}, hämtat kl {time}.\nSign {init:2}",
    "bibliotekspersonal|hittegods|Upphittat: nyckelknippa med tagg {tagg} och lånekort {kort}. Kortet "
    "tillhör {full:1}, meddelad via {mail}. Inlämnad av städaren {sur:2}.",
    "bibliotekarie|hittegods|{date}: En mobil hittad i studierum 3. Låsskärm visar ”{first:1} ❤ "
    "{first:2}”. Vi kunde ej nå ägaren. Lämnad till polisen på {street}, ärende {case}.",
    "bibliotekspersonal|hittegods|Hittegodslista {week}\n- blå jacka, barnstorlek\n- glasögon i "
    "fodral\n- busskort för {line} med namnet {full:1}\n- ryggsäck med skolböcker, lapp: {lowf:2} "
    "{lowf:3|g}\nHämtas i disken. /{first:4}",
    "bibliotekarie|hittegods|{full:1} ringde från {tel} och frågade efter en guldring som hans fru "
    "{first:2} glömt på toaletten {date}. Ingen ring inlämnad. Lovade ringa tillbaka. /{init:3}",
    "bibliotekspersonal|hittegods|Körkort upphittat utanför entrén mot {pstreet}: {caps:1}, född {pnr}. "
    "Ägaren hämtade kl {time}, visade legitimation. Utlämnat av kollegan {wsur:2}.",
    "bibliotekspersonal|hittegods|Väska lämnad i {venue} sedan {date}. Innehåller papper med namnet "
    "{full:1} och adressen {addr}, även ett brev från {org}. Ingen har hört av sig. {first:2} skickar "
    "till polisen {week}.",
    "bibliotekarie|hittegods|Nycklar till en bil med reg {plate} hittade på parkeringen vid {venue}. "
    "Enligt receptionen på {tel} tillhör bilen {full:1}. Lämnade tillbaka kl {time}. Tack {wfirst:2}!",
)
