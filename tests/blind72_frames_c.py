"""Frames of the seventy-second blind corpus, third file: notes of concern about a young person, handovers
between shifts and rows of the EST export as a fritidsgård fills them in (tests/blind72_corpus.py)."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # --- orosnotering: a note of concern, sometimes the draft of an orosanmälan
    "fritidsledare|orosnotering|ORO\nUngdom: {full:1}, {pnr}\nVårdnadshavare: {full:2}, {mob}\nBeskrivning:"
    " {first:1} berättar att hen inte vill gå hem. Blåmärke på armen. Orosanmälan skickad den {date}.\n"
    "Anmälare: fritidsledare {sur:3}",
    "gardschef|orosnotering|Orosanmälan (utkast)\nGäller: {comma:1}, {pnr}\nAdress: {addr}, {lgh}\n"
    "Uppgiftslämnare: fritidsledare {full:2}\n{first:1} har vid flera tillfällen berättat att det inte finns"
    " mat hemma.",
    "fritidsledare|orosnotering|Oro för {first:1} ({ung}) – har gått ner mycket i vikt och säger att hon"
    " bara äter här. Kompisen {lowf:2} bekräftar. Samtal med skolsköterskan {wsur:3} på {venue} bokat.",
    "faltassistent|orosnotering|Till socialtjänstens mottagning: Vi är oroliga för {full:1},"
    " samordningsnummer {snr}, som nyss kommit till Sverige och bor hos en farbror på {addr}. Han säger att"
    " han jobbar nätter. Kontakt: {full:2}, {tel}",
    "faltassistent|orosnotering|Notering om oro, {date}: {nick:1} (egentligen {full:1}) har visat upp"
    ' kontanter, minst {amount}, och en ny telefon. Säger att han "hjälper en kompis". Misstänker att han'
    " används som springpojke. Diskuterat med {first:2}, polisanmälan {case}.",
    "fritidsledare|orosnotering|{full:1}, född {pnr}, har inte varit på gården på tre veckor. Var här varje"
    ' dag förut. Kompisarna {first:2} och {first:3} säger att han "är i {place}" med nya vänner. Oro.'
    " Kurator {sur:4} vet.",
    "faltassistent|orosnotering|Oro/iakttagelse\n{first:1} ({ung}) sågs sätta sig i en grå Audi {plate} med"
    " två vuxna män vid {venue} kl {time}. Hon verkade inte vilja. Ringt 112. Mamma {full:2} informerad.",
    "fritidsledare|orosnotering|Samtal med {first:1} idag. Hon berättade att {first:2} (hennes kusin, {ung}"
    " år) blir kontrollerad av pojkvännen {low:3} som kollar hennes mobil. Vi har gett {first:2} kortet till"
    " [[Tjejjouren]].",
    # --- överlämning: handover between the day's and the evening's staff
    "fritidsledare|overlamning|Överlämning till kvällspasset:\n- {first:1} är avstängd, släpp inte in\n-"
    " {full:2|g} mamma kommer och hämtar kl {time}\n- Nycklar till [[Musikrummet]] hos {first:3}\n/{first:4}",
    "gardschef|overlamning|ÖVERLÄMNING {date}\nDagpass: {first:1}, {first:2}\nKvällspass: {first:3}\nAtt"
    " veta: Polisen patrullerar {place} ikväll pga bilbränder. {full:4} från {org} kommer förbi kl {time}.",
    "fritidsledare|overlamning|Till {first:1} som jobbar imorgon: {lowf:2} glömde sin mobil här, ligger i"
    " kassaskåpet. Hans pappa ringer nog, nummer {mob}. Och {first:3} vill prata med dig om prao.",
    "fritidsledare|overlamning|Överlämning helg\nFre: lugnt, {antal} besökare\nLör: bråk mellan {first:1} och"
    " {first:2} om en tröja, löst av {first:3}\nSön: stängt\nInfo: {first:1|g} storebror {full:4} har skrivit"
    ' på Insta att han "ska komma och hämta" sin lillebror.',
    "gardschef|overlamning|Hej {first:1}! Bara så du vet: {full:2}, {snr}, bor tillfälligt i jourhem på"
    " {addr}, {lgh}. Socialsekreterare {sur:3} vill bli uppringd om han dyker upp, {tel}.",
    "nattvandrare|overlamning|Från nattvandrarna till personalen: vi såg {nick:1} och några till på"
    " {pstreet} strax efter kl {time}. De hade en högtalare och bråkade med en äldre man. Vi pratade med"
    " dem och de gick. /{full:2}",
    "gardschef|overlamning|Att följa upp nästa vecka:\n1. {first:1} – prao på {venue}, ska vi ringa"
    " handledaren {full:2}?\n2. Räkning från [[Bowlinghallen]] på {amount} ej betald\n3. {first:3} har frågat"
    " om sommarjobb, mejla {mail}",
    "fritidsledare|overlamning|överlämning: {lowf:1} och {lowf:2} ville stanna efter stängning och laga"
    " mopeden, sa nej. de hänger nog vid {venue} nu. {first:3} har numret till {lowf:1|g} farsa",
    # --- est_rad: a row of the kommun's EST export, pasted from the fritidsgård's sheet
    "fritidsledare|est_rad|{date};kväll;{place};Otrygghetsskapande samling av personer;Ca {antal} ungdomar"
    " vid entrén till {venue}, bl.a. {first:1} och {nick:2}. Skrek åt personalen.;Fritidsgården",
    "fritidsledare|est_rad|Datum: {date}\nTid: {time}\nOmråde: {place}\nKategori: Skadegörelse\nBeskrivning:"
    " {full:1} ({pnr}) sparkade sönder dörren till [[Snickarboa]]. Pappa {sur:1} lovar att ersätta.\n"
    "Rapportör: {first:2}, fritidsgården",
    "fritidsledare|est_rad|{date};{time};{place};Bråk/ordningsstörning;Bråk mellan {lowf:1} och {first:2}"
    " utanför {venue}, {first:3} i personalen skilde dem åt.;Fritidsgård",
    "faltassistent|est_rad|Kategori: Olovlig trafik\nPlats: {street}\nFastighet: {fast}\nBeskrivning: Moped"
    " utan skylt och bil"
    ' {plate} kör runt gården. Föraren av bilen kallas enligt ungdomarna "{nick:1}", ca {vuxen} år.'
    " {first:2} tog foto.\nRapportör: {full:3}",
    "faltassistent|est_rad|{date};{time};{place};Misstänkt narkotikahantering;Personal ({first:1},"
    " {first:2}) såg överlämning av en påse vid {venue}. En av dem var {full:3}.;Fältassistenter",
    "gardschef|est_rad|Händelse: Hot mot personal\nDatum: {date}\nPlats: {venue}\nBeskrivning: {full:1}"
    " ({snr}) hotade fritidsledare {wsur:2} efter att han nekats inträde. Polisanmält, {case}.\nÅtgärd:"
    " avstängning"
    " två veckor",
    "fritidsledare|est_rad|{date};natt;{place};Anlagd brand;Containerbrand bakom {venue}. Ungdomarna pekar"
    " på {lowf:1} och {first:2}. Fastighet {fast}.;Fritidsgård/fält",
    "faltassistent|est_rad|EST-rapport {week}\n{place}: samling vid hållplatsen för {line}, ca {antal} pers,"
    ' bl.a. {first:1}\n{venue}: lugnt\n{street} ({fast}): klotter med texten "{first:2} +'
    ' {first:3}"\nRapportör:'
    " {full:4}",
)
