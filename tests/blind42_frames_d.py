"""Frames of the forty-second blind corpus, file d: the housing company's work orders and caretakers' notes
(fastighet), biståndshandläggare's journal notes (bistand) and the trygghetsvärdar's round notes
(trygghetsvard). Each frame is `role|style|template` (slots: tests/blind42_fill.py)."""

from __future__ import annotations

FRAMES_D = (
    # ------------------------------------------------------------------ fastighet
    "bovard|fastighet|Ärende: Inbrott förråd\nFastighet: {fast}\nAdress: {addr}\nAnmält av: "
    "hyresgäst {full:1}, {mob}\nBeskrivning: Förrådsdörren uppbruten, cykel och vinterdäck borta. "
    "Hemtjänsten ({first:2}) har också sett okända i källaren.",
    "bovard|fastighet|Felanmälan {date}\n{full:1} i {lgh} på {addr} ringer: dörrautomatiken till "
    "porten fungerar inte, hon kommer inte ut med rollatorn. Hon säger också att det sover någon i "
    "trapphuset. Bovärd {sur:2} åker dit.",
    "bovard|fastighet|Bovärden {first:1} noterar {week}: Lapp uppsatt i entrén på {street} om falska "
    'hantverkare. Flera äldre hyresgäster har fått besök av "{org}". {full:2} i {lgh} hade släppt in '
    "en man som sedan tog hennes plånbok.",
    "bovard|fastighet|Störning, {addr}\nHyresgästen {full:1} ({alder} år) upplever sig hotad av "
    'grannen i lägenheten ovanför. Grannen ska ha sagt att han "ska tända eld på henne". Sonen '
    "{full:2} har kontaktat oss. Vi har pratat med polisen, {case}. Handläggare hos oss: {comma:3}.",
    "fastighetsskotare|fastighet|{date}: Kodlåset vid {street} bytt efter att koden spridits. Ny kod "
    "lämnad till hemtjänsten via {first:1} och till {full:2} (ordf. i föreningen).\n/ {full:3}, "
    "fastighetsskötare",
    "bovard|fastighet|Till: {mail}\nHej {first:1}, vi har fått in en anmälan från hyresgästen "
    "{full:2} ({lgh}) om att någon försökt bryta upp hennes dörr i natt. Märken syns i karmen. Vi "
    "skickar låssmed i dag. Ring gärna {tel} om hemtjänsten sett något.\n/{first:3}, {org}",
    "bovard|fastighet|Rapport lägenhetsbesiktning\nObjekt: {fast}, {lgh}\nHyresgäst: {comma:1}\n"
    "Notering: Hemtjänstens nyckelbox har bänts upp. Hemtjänstens kontaktperson {full:2} "
    "informerad kl {time}.",
    "fastighetsskotare|fastighet|{first:1} fastighetsskötare: Lämnat tillbaka nyckel till "
    "{first:2} {wsur:2} på {street}, hon hade tappat den på gården. Sett samma vita skåpbil "
    "({plate2}) stå vid porten tre dagar i rad.",
    # ------------------------------------------------------------------ bistand
    "bistand|bistand|Journalanteckning {date}\nHandläggare: {full:1}\nSamtal med {full:2}, {pnr}, "
    "och dottern {full:3}. Den enskilde har utsatts för bedrägeri per telefon och är orolig att bo "
    "kvar. Ansökan om trygghetslarm beviljas. Kopia till enhetschef {sur:4}.",
    "bistand|bistand|Anteckning – ansökan om särskilt boende\nSökande: {comma:1}, {pnr}\n"
    "Adress: {addr}\nSonen {first:2} berättar att mamman vid två tillfällen gått vilse och hittats av "
    "polisen vid {venue}. Hon har också släppt in okända personer, bl.a. en man som kallar sig {nick:4}. "
    "Handläggare {wsur:3}.",
    "bistand|bistand|{date} Telefonsamtal från {full:1}, {full:2|g} barnbarn. Han uppger att "
    "personal från hemtjänsten ({first:3}) sett att farmor har obetalda räkningar och att en "
    '"vän", {nick:4}, hämtar hennes pension. Orosanmälan vidarebefordras.\nHandl. {init:5}',
    "bistand|bistand|Utredning – {full:1} ({snr})\nDen enskilde saknar svenskt personnummer och "
    "bor hos sin dotter {full:2} på {addr}. Dottern uppger att hon blivit hotad av sin ex-man i "
    "trapphuset. Kontakt tagen med polisen, {case}. Handläggare: {first:3}",
    "bistand|bistand|Beslut {date}\nBiståndshandläggare {full:1} beviljar {full:2} ({pnr}) "
    "hemtjänst med tillsyn nattetid. Bakgrund: inbrott i lägenheten {week}, brukaren otrygg. "
    "Kontaktperson i hemtjänsten: {first:3}, {tel}.",
    "bistand|bistand|Kort notering: {low:1} har hört av sig igen, hon har fått ett sms om att hennes "
    "paket hos {bank} väntar. Vi pratade om att inte klicka på länkar. Barnbarnet {wfirst:2} hjälper "
    "henne med mobilen.\n/handl. {first:3}",
    "bistand|bistand|SIP-möte {date} kl {time}\nNärvarande: {full:1} (brukare), {full:2} (anhörig), "
    "{full:3} (hemtjänst), {full:4} (biståndshandläggare)\nFråga: brukaren vill inte ha lås på "
    "kylskåpet trots att grannar tagit mat.",
    "bistand|bistand|Handläggare {sur:1} till kollega {first:2}: {comma:3}, {snr}, har anmält att "
    "hennes lägenhet på {street} ockuperats av en bekant. Hon sover hos väninnan {full:4} just nu. "
    "Kan du ta kontakt med {org}?",
    # ------------------------------------------------------------------ trygghetsvard
    "trygghetsvard|trygghetsvard|Rondrapport {date}, {place}\nkl {time} pratat med {full:1} utanför "
    "{venue}, hon hade blivit bestulen på sin mobil på {line}.\nkl {time} lugnt vid {street}.\n"
    "Trygghetsvärdar: {first:2}, {first:3}",
    "trygghetsvard|trygghetsvard|{first:1} och {first:2} på kvällsrond. Samtal med en äldre herre, "
    "{full:3}, som sa att unga killar slår på hans dörr på kvällarna. Vi följde honom hem till "
    "{addr} och kontaktade {org} och bovärden {sur:4}.",
    "trygghetsvard|trygghetsvard|Rond {week}\n- {place}: lugnt, pratat med hemtjänstens {first:1}\n"
    '- {street}: kvinna ({low:2}) berättade om falsk "elektriker" igår\n- {venue}: gäng om {antal} '
    "ungdomar vid entrén, flyttade på sig",
    "trygghetsvard|trygghetsvard|Hej {first:1}! Vi fick i kväll hjälpa {full:2} ({alder} år) som låst "
    "sig ute på {street}. Ringde hemtjänsten som kom med nyckel. Hon hade också tappat bort "
    "plånboken med bankkortet, spärrat via {bank}. /{first:3}",
    "trygghetsvard|trygghetsvard|TRYGGHETSVÄRDAR {place}\nDatum: {date}\nIncident: äldre man ({full:1}) "
    "hotad vid bankomaten vid {venue}. Gärningsman ca {ung} år, svart huva. Vittne: {full:2}, {mob}. "
    "Polisen {sur:3} tog uppgifterna.",
    "trygghetsvard|trygghetsvard|{first:1}: vid {venue} satt {full:2} och grät, hon hade precis fört "
    "över {amount} till en man som sagt sig vara från {bank}. vi följde med till banken. {first:1} "
    "ringde {full:2|g} dotter {first:3}.",
    "trygghetsvard|trygghetsvard|Kvällsrond\n{time} Går förbi {pstreet}, lugnt.\n{time} Pratar med "
    "{full:1} som bor i seniorboendet, hon undrar varför polisen var där i går.\n{time} Möter "
    "hemtjänsten ({first:2}) vid {street}.",
    "trygghetsvard|trygghetsvard|Från trygghetsvärden {full:1} till {kommun}: en boende i {place}, "
    '{full:2}, har fått sin dörr klottrad med ordet "råtta". Misstänker grannbarnen. {first:2} vill '
    "inte polisanmäla. [[Frost]] och halka gör att hon inte går ut.",
)
