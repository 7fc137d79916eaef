# ruff: noqa: E501
"""Frames of the sixteenth blind corpus: nattvandrare's logs, fritidsgårdar's evening logs, trygghetsvandring
protocols. Each is `role|style|template` (tests/blind16_fill.py)."""

FRAMES = (
    # natt: nattvandrare's logs
    "natt|natt|Nattvandring {date}\nDeltagare: {full:1}, {full:2}, {full:3}\nStart {tid} vid {inst}. Lugnt fram till midnatt, sedan ett gäng på cykel vid {place}. Vi kände igen {first:4} och {nick:5}.",
    "natt|natt|Ansvarig ikväll: {full:1} ({mob}). Vi var sju vuxna. {full:2} från {org} följde med för första gången. Ungdomarna vid {inst} hälsade glatt, {first:3} bjöd på kaffe.",
    "natt|natt|{full:1} och jag gick runt i {place} {tid}. På {street} stod en bil med {platen} och körde fram och tillbaka. Vi ringde {org} och sedan kommunpolis {sur:2}.",
    "natt|natt|Logg:\n{time} samling vid {inst}\n{time} bråk mellan {first:1} och {first:2} vid kiosken, löst\n{time} hem\nSign. {full:3}",
    "natt|natt|Det var fullt av folk vid {inst} efter matchen. {nick:1} och hans kompisar kastade smällare mot {bus}. {full:2} från nattvandrarna pratade med dem och det lugnade sig.",
    "natt|natt|[[Stark]] närvaro av vuxna gjorde skillnad ikväll. Vi var {full:1}, {full:2}, {first:3} och {wfirst:4}, plus två pappor från {org}.",
    "natt|natt|Hittade en kille, {full:1} ({age}), som var full vid {inst}. Ringde hans pappa {full:2} som kom och hämtade honom. Även {first:3} från fältgruppen var med.",
    "natt|natt|Rapport till {org}. Den {date} gick {full:1} och {full:2} sträckan {street} – {pstreet}. Trasig belysning vid gångtunneln, anmält.",
    "natt|natt|ikväll va vi {lowf:1}, {lowf:2} o jag. {nick:3} o {first:4|g} storebror satt i en bil vid {place}, snackade lite m dom, lugnt",
    "natt|natt|Nattvandrarna i {place}: nästa pass {date}. Kontakt {full:1} {mob} eller {full:2}, alternativt mejla {mail}",
    # fritid: the fritidsgård's evening log
    "fritid|fritid|Gårdens logg {date}: ca 40 besökare. {full:1} och {full:2} spelade pingis hela kvällen. {first:3} hjälpte till i caféet. Stängde {tid}.",
    "fritid|fritid|{first:1} ({age}) kom in upprörd. Hon berättade att {full:2} och {first:3} har skickat hotfulla meddelanden. Vi har pratat med {first:1|g} mamma och med kurator {sur:4} på {inst}.",
    "fritid|fritid|Tjejkväll: {full:1}, {full:2}, {full:3} och {wfirst:4} lagade mat tillsammans. Ledare: {full:5}.",
    "fritid|fritid|Besök av {full:1} från {org} som vill starta boxning på gården. Kontakt: {mail}, {tel}.",
    "fritid|fritid|Avstängning: {full:1} är avstängd från gården {week} efter att ha slagit {first:2}. Beslut av föreståndare {sur:3}.",
    "fritid|fritid|[[Klara]] besked till ungdomarna: inga mopeder på gården. {nick:1} och {first:2} protesterade men gick till slut. {first:3} skötte samtalet bra.",
    "fritid|fritid|Gården stängd {date} pga personalbrist. {full:1} och {full:2} höll öppet i {inst} istället, ungefär {amount} i kassan från caféet.",
    "fritid|fritid|Utflykt till {inst} med tolv ungdomar. Ledare {full:1} och {full:2}. Det kostade {amount}, betalt av {org}. {first:3} tappade sin mobil på {bus}.",
    "fritid|fritid|Logg\n{tid}: öppnar, {first:1} och {first:2} i tjänst\n{tid}: {full:3} och hans bror {first:4} kommer, lugnt\nstänger i tid\n/{first:1}",
    "fritid|fritid|{full:1} vill bli fritidsledare i sommar. Hon bor på {addr}, {lgh} och nås på {mob}. Referens: {full:2} på {org}.",
    # trygg: trygghetsvandring protocols
    "samordnare|trygg|Trygghetsvandring {date} i {place}\nDeltagare: {full:1} (kommunen), {full:2} ({org}), {full:3} (polisen), boende {full:4}\nStart vid {inst} {tid}.",
    "samordnare|trygg|Punkt 3: Gångtunneln under {street}. Mörkt och klotter. {full:1} (boende) berättade att hennes dotter inte vågar gå här efter {time}. Åtgärd: {org} byter belysning {week} enligt fastighetschef {sur:2}.",
    "tryggvard|trygg|Punkt 5: Lekplatsen vid {addr} (fastighet {fast}). Glas i sanden. {full:1} från {org} tar det. {first:2} från BRF:en undrade om fler papperskorgar.",
    "samordnare|trygg|Synpunkter från boende: {full:1}: ”det är ungdomar i källaren varje kväll”. {full:2}: ”bättre sen vakterna kom”. {first:3} ({age} år): ”vi har ingenstans att vara”.",
    "samordnare|trygg|Vandringen gick {inst} – {street} – {pstreet} – {place}. Vi var fjorton personer, bl.a. {full:1} från {org} och kyrkoherde {sur:2}.",
    "polis|trygg|Polisens noteringar: mopedåkning på gång- och cykelvägen vid {inst}, senast en moped med {platen}. Kommunpolis {sur:1} följer upp med {org}. Kontakt {mob}.",
    "samordnare|trygg|Protokoll trygghetsvandring\nDatum: {date}\nOmråde: {place}\nAntal deltagare: 18\nProtokollförare: {full:1}\nÖvriga: {full:2}, {full:3}, {first:4} ({org})",
    "tryggvard|trygg|[[Glad]] överraskning: nya lampor vid {inst} och på {street}. {full:1} från {org} visade runt. Boende {full:2} tyckte det blivit mycket bättre.",
    "samordnare|trygg|Uppföljning av förra vandringen ({date}): klottret på {street} är borta, buskarna vid {inst} klippta. Kvar: belysning vid {pstreet}. Ansvarig {full:1}, {org}.",
    "samordnare|trygg|Deltagare i kvällens vandring: {full:1}, {full:2}, {full:3}, {first:4} och {wfirst:5}. Nästa vandring {date} kl {time}, samling vid {inst}.",
)
