"""Frames of the forty-eighth blind corpus, third part: what comes back — replies and telephone notes from
the people the letters went to; the kommun's reports to the police and the police's answers; the
contractor's log of emptied containers.

A frame is `role|style|template`; the slots are tests/blind48_fill.py's.
"""

from __future__ import annotations

# Replies from the letters' recipients, and the registrar's notes of calls and visits.
SVAR_BREV = (
    "boende|svar_brev|Hej. Jag har fått ert brev om avfallet vid {place}. Det var inte jag som slängde "
    "det, min förre sambo {full:1} flyttade från {addr} och lämnade allt i förrådet. Ni kan ringa honom på "
    "{mob}.\nMvh {full:2}",
    "boende|svar_brev|Svar på ärende {dnr}\nJag, {full:1} ({snr}), bestrider att jag ska betala. "
    "Kartongerna med min adress gav jag till en {first:2} från Blocket, han hämtade dem med en vit van "
    "{plate2}.",
    "registrator|svar_brev|Telefonanteckning {date}: {full:1} ringde om brevet. Säger att hennes son "
    "{first:2} ({ung} år) och kompisen {nick:3} har tömt källaren. Lovar att de plockar upp allt till "
    "{week}. Ring tillbaka på {tel}.",
    "boende|svar_brev|hej jag heter {low:1} och bor i {lgh} på {addr}. ni skrev att mitt namn fanns på ett "
    "paket men jag flyttade in för två veckor sen, förra hyresgästen hette {lowf:2} nånting. ring {mob}",
    "boende|svar_brev|Till handläggare {sur:1}\nDet stämmer att fakturan från {firm} är min, men soporna "
    "är grannens. {full:2} i lägenheten bredvid brukar ta mina tomma kartonger. Jag har bilder.\n/{first:3}",
    "boende|svar_brev|Mejl från {mail}:\nHej, tack för brevet. Jag betalar gärna de {amount} men vill "
    "påpeka att {full:1} på {org} sa att det var okej att ställa möblerna där.\n{full:2}",
    "registrator|svar_brev|Anteckning: {full:1} kom till receptionen den {date} med sin dotter {full:2} "
    "och ville prata om föreläggandet. Tolken {first:3} var med på telefon. De uppger att bilen {plate} "
    "såldes i våras till en {nick:4}.",
    "registrator|svar_brev|{full:1} ringde och var upprörd. Hotade att dumpa allt utanför kommunhuset om "
    "inte avgiften på {amount} stryks. Inspektör {wsur:2} informerad, samtalet noterat. Nummer: {mob}",
)

# The kommun's reports to the police, additions to them, and the police's answers.
POLISANMALAN = (
    "handlaggare|polisanmalan|Anmälan om misstänkt brott mot miljöbalken\nAnmälare: {kommun}, genom "
    "miljöinspektör {sur:1}\nMisstänkt: {full:2}, {pnr}, {addr}\nBrottsplats: {place}\nTid: "
    "{date}\nBevisning: post och "
    "fakturor med den misstänktes namn, foton.",
    "handlaggare|polisanmalan|Till Polisen\n{kommun} har den {date} upptäckt omfattande dumpning av däck "
    "och oljefat vid {street}. Ett av faten var märkt med {caps:1} och telefonnummer {mob}. Vi bifogar "
    "foton. Kontaktperson: {full:2}. Polisens diarienummer: {case}",
    "handlaggare|polisanmalan|Komplettering till {case}\nEnligt vittnet {full:1} stod en röd pickup "
    "{plate} vid {street} kl {time}. Föraren beskrivs som ca {vuxen} år. Bilen är registrerad på {full:2}, "
    "{addr}. Utredare {sur:3}",
    "kommunpolis|polisanmalan|Polisen har inlett förundersökning om miljöbrott, ärende {case}. Fordon "
    "{plate2} kopplat till {full:1}. Kontaktperson på kommunen är {full:2}, nedskräpningsinspektör. Förhör "
    "hålls med {first:1} under {week}.",
    "avcchef|polisanmalan|Anmälan – stöld från {avc}\nNatten mot {date} har okända personer brutit sig in "
    "och tagit {antal} kg kopparkabel. {full:1} upptäckte inbrottet vid öppning kl {time}. Väktarbolagets "
    "rapport (väktare {sur:2}) bifogas. Anmälan nr {case}.",
    "handlaggare|polisanmalan|Vittnesuppgift: {full:1}, {addr}, tel {tel}, såg den {date} två män lasta av "
    "en släpvagn ({plate}) vid {place}, nära hållplatsen för {line}. Den ena kallades {nick:2}. Uppgifterna "
    "skickade till polisen under "
    "{case}.",
    "handlaggare|polisanmalan|Polisanmälan upprättad av {comma:1}, {kommun}.\nMisstänkt: {caps:2}\nFödd: "
    "{pnr}\nAdress: {addr}, {lgh}\nGärning: dumpat hushållsavfall vid {place} vid minst tre tillfällen.",
    "kommunpolis|polisanmalan|Underrättelse i ärende {case}: förundersökningen mot {full:1} är nedlagd. "
    "Kommunen fortsätter ärendet administrativt. Handläggare {sur:2}, kopia till {full:3} ({org}).",
)

# The contractor's log of emptied containers and what turned up in them.
TOMNINGSLOGG = (
    "entreprenor|tomningslogg|Tömning den {date}\nContainer {kont} vid {avc}: brännbart, överfull. "
    "Felsorterat (gips, kyl). Chaufför: {first:1}\nAnm: en säck med post till {full:2} låg överst, "
    "lämnad till platsvakten {first:3}.",
    "entreprenor|tomningslogg|{entr} körlogg {week}\n{date}: container {kont} tömd vid {place}. Kom inte "
    "fram först, bil {plate} parkerad framför. Föraren ({full:1}) vägrade flytta.\nChaufför: {full:2}",
    "entreprenor|tomningslogg|Container {kont} ({avc}) hämtad, vägde {vikt} kg. Hittade en väska med pass "
    "och papper som tillhör {full:1}, {snr}. Lämnat till {kommun} via {full:2}.",
    "entreprenor|tomningslogg|Ordernr {order}: tömning av bottentömmare vid {street}, klar kl {time}. "
    "Mycket grovsopor bredvid, bland annat en madrass och kartonger märkta {low:1}. Kund: {org}, kontakt "
    "{full:2} {mob}.",
    "entreprenor|tomningslogg|Avvikelse {entr}\nKund: {org}\nAdress: {addr}\nKärlet blockerat av en "
    "skåpbil ({plate2}). {first:1} pratade med ägaren, {full:2}, som flyttade bilen efter {antal} minuter.",
    "entreprenor|tomningslogg|Tömningsrapport\nRutt {kont}\nChaufför: {comma:1}\nMedåkare: {first:2}\n"
    "Anm: containern vid {venue} nedklottrad, det står {nick:3} på sidan. Gamla kylar ställda utanför. "
    "Fraktionen [[Sten]] och grus full.",
    "entreprenor|tomningslogg|{date} tömde vi containern för trädgårdsavfall vid {place}. Där låg en påse "
    "med medicinburkar, etiketter på {full:1} och {full:2}. Vi har inte rört dem, handläggare {sur:3} på "
    "kommunen vet om det.",
    "entreprenor|tomningslogg|hej {first:1}, container {kont} vid {avc} är tömd nu. ringde {first:2} "
    "({mob}) som beställt extra tömning. faktura till {org}. /{wfirst:3}",
)

FRAMES_C = SVAR_BREV + POLISANMALAN + TOMNINGSLOGG
