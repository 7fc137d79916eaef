"""Frames of the forty-fourth blind corpus, file e: reports of threats and violence against staff at a desk
(incident mot anställd, written for the arbetsmiljö system), the library's study rooms (bookings, misuse,
who sat where) and handover notes and mails between shifts. `role|style|template`; the slots are
tests/blind44_fill.py's."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # --- hot_mot_personal: incident reports, threats at the desk
    "skyddsombud|hot_mot_personal|TILLBUD/INCIDENT – hot mot personal\nDatum: {date} kl "
    "{time}\nArbetsplats: {venue}\nUtsatt: {full:1}\nGärningsperson: {full:2}, ca {vuxen} år\nVittne: "
    "{full:3}\nPolisanmälan: {case}",
    "bibliotekarie|hot_mot_personal|{full:1} kom fram till disken och sa till {first:2}: ”jag vet var du "
    "bor, {street}”. {first:2} är skakad och har gått hem. Chefen {full:3} informerad kl {time}.",
    "receptionist|hot_mot_personal|Incident i kassan: man som uppgav namnet {full:1} ({snr}) blev nekad "
    "rabatt och spottade på {first:2}. Väktare från {org} kallad. Polis ej tillkallad. Rapport i KIA av "
    "{init:3}.",
    "enhetschef|hot_mot_personal|Till: {full:1}, säkerhetssamordnare\nKopia: {full:2}, HR\n\nHej! En "
    "besökare, {full:3}, har upprepade gånger ringt {first:4} på jobbtelefonen ({tel}) och sagt hotfulla "
    "saker. Nummer han ringt från: {mob}. Vi vill att det polisanmäls.\n/{first:5}",
    "fritidsledare|hot_mot_personal|{first:1} blev hotad med kniv utanför {venue} vid {place} kl {time} "
    "av en kille som kallas {nick:2}. Polisen kom, {case}. {first:1} sjukskriven resten av {week}. "
    "Skyddsombud {sur:3} meddelad.",
    "bibliotekarie|hot_mot_personal|{lowf:1} i informationen säger att samma man som förra veckan "
    "({low:2}) stod vid entrén och filmade personalen. Han har tidigare dömts för ofredande enligt "
    "{first:3}. Vi låser personalingången.",
    "badmastare|hot_mot_personal|Hot mot livräddare. {full:1} ({ung}) sa till {first:2} att hans "
    "storebror {full:3} skulle ”komma och ta henne” efter stängning. {first:2} fick skjuts hem av "
    "{first:4}. Anmälan gjord.",
    "skyddsombud|hot_mot_personal|Uppföljning av incident {date}: {full:1} har fått tillträdesförbud. "
    "Samtal med den drabbade {full:2} hölls {date}. Nästa avstämning med {sur:3} från "
    "företagshälsovården {week}. {wsur:4}",
    # --- studierum: study rooms
    "bibliotekspersonal|studierum|Studierum 4 bokat av {full:1} (lånekort {kort}) kl {time}, men rummet "
    "användes av {antal} andra ungdomar. En av dem, {first:2}, sa att {first:1} gett dem lov. Stängt av "
    "bokningen.",
    "bibliotekspersonal|studierum|Grupprum 2: {first:1}, {first:2} och {wfirst:3} satt kvar efter "
    "stängning kl {time}. När vakten {sur:4} bad dem gå började de bråka. Hittade energidryck och snus "
    "på bordet.",
    "bibliotekarie|studierum|Bokningslogg studierum {week}\nmån – {comma:1}\ntis – {comma:2} "
    "(uteblev)\nons – {full:3}\ntors – {low:4}\nfre – stängt pga sanering",
    "bibliotekspersonal|studierum|Klagomål via {mail}: studenten {full:1} säger att samma grupp alltid "
    "tar tyst läsesal och pratar högt. Hon nämner {nick:2} och {lowf:3}. {first:4} pratar med dem i "
    "morgon.",
    "bibliotekspersonal|studierum|Obs! Någon bokar studierummen i namnet {full:1} med lånekortet {kort} "
    "men {first:1} har inte varit här sedan {date}. Misstänkt att kortet är stulet. Spärrat av "
    "bibliotekarien {sur:2}.",
    "bibliotekarie|studierum|I studierum 6 hittades efter {full:1} och hans kompisar: tomma flaskor, en "
    "kniv och ett papper med {full:2|g} adress ({addr}). Lämnat till polisen på {street}, sedan tog vi "
    "{line} tillbaka. /{full:3}",
    "bibliotekspersonal|studierum|{full:1} (bibliotekets volontär) och {full:2} höll läxhjälp i "
    "studierum 1 kl {time}. {antal} barn kom. En pappa, {full:3}, ville inte att hans dotter {first:4} "
    "skulle sitta bredvid pojkar.",
    "bibliotekspersonal|studierum|Studierum 3 sönder: någon har ristat in ”{low:1} was here” i bordet. "
    "Sist bokat av {full:2}, lånekort {kort}. {first:3} har mejlat honom.",
    # --- overlamning: handover notes and mails between shifts
    "enhetschef|overlamning|Överlämning till helgpersonalen:\n– {full:1} är fortfarande avstängd, se "
    "pärmen\n– {first:2} från {org} kommer lördag kl {time} för nyckel, parkerar på {street}\n– "
    "larmkoden är ny sedan {date}\nHa en bra helg! {first:3}",
    "bibliotekspersonal|overlamning|Hej kvällsgänget! I dag var {nick:1} och hans gäng här igen från kl "
    "{time}. {first:2} tror att en av dem heter {full:3} och bor vid {place} nära {pstreet}. Håll ögonen "
    "öppna. /{first:4}",
    "receptionist|overlamning|Till morgonpasset {date}\n{full:1} ringer om sin borttappade ring, nummer "
    "{mob}. {full:2} från {org} vill ha kvitto på betald hallhyra {amount}. [[Klart]] med städ.\n{init:3}",
    "fritidsledare|overlamning|överlämning: {lowf:1} och {lowf:2} bråkade igen, sagt till {first:3} att "
    "prata med föräldrarna. bilen som stått utanför i tre dagar har reg {plate2}, {first:4} har ringt "
    "parkeringen.",
    "enhetschef|overlamning|{first:1}, när du kommer: {full:2} var här och krävde att få prata med dig "
    "om sin son {first:3}. Han lämnade nummer {mob} och adressen {addr}, {lgh}. Han var lugn men bestämd.",
    "receptionist|overlamning|Anteckning till {first:1}: bokningen för {org} ({full:2}) är flyttad till "
    "{week}. Hallvärden {sur:3} vet. Fakturan till {mail}. [[Tack]] för i dag!",
    "bibliotekspersonal|overlamning|Från dagpasset: {first:1} (vikarie) har fått passerkort nr {tagg}. "
    "{full:2} från {kommun} var här och bytte låset till grupprum 5. {full:3} hämtade sin glömda "
    "dator.\n{first:4}",
    "enhetschef|overlamning|Till {full:1}\nVeckans händelser {week}: stöld i {venue} (ärende {case}), "
    "hot mot {first:2} i disken, avstängning av {full:3} beslutad. Fastighetsbeteckning för anmälan om "
    "skadegörelse: {fast}.\nMvh {first:4}",
)
