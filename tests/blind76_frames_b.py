"""Frames B of the seventy-sixth blind corpus (tests/blind76_corpus.py):
the decision or notice of a tillträdesförbud, the lost-property register and the guard's report;
eight frames per style, each `role|style|template` (slots: tests/blind76_fill.py).
"""

from __future__ import annotations

FRAMES_B = (
    (
        "bibliotekschef|tilltradesforbud|BESLUT OM TILLTRÄDESFÖRBUD\n\nNamn: "
        "{caps:1}\nPersonnummer: {pnr}\nAdress: {addr}, {lgh}\nGäller: {venue} och samtliga "
        "filialer inom {kommun}\nFrom: {date}\nTill och med: {date}\nSkäl: hot mot bibliotekarie "
        "{sur:2}, polisanmält {case}\nBeslutat av: {full:3}"
    ),
    (
        "kulturhuschef|tilltradesforbud|Tillträdesförbud – meddelande till personal\nGäller: "
        "{full:1} (f. {pnr})\nKännetecken: lång, brukar ha en grön jacka, kallas {nick:1}\nOrsak: "
        "upprepad störning i {room} och hot mot {first:2} vid {event}\nPeriod: {date} – "
        "{date}\nOm personen kommer: be hen lämna, ring vakt {mob}. Kontakta {full:3} vid frågor."
    ),
    (
        "museivard|tilltradesforbud|Anslag personalrum {venue}\n\nFÖLJANDE PERSONER HAR "
        "TILLTRÄDESFÖRBUD:\n– {caps:1}, född {pnr}\n– {full:2} (kallas {nick:2})\n– {full:3}, bor "
        "{addr}\nGäller t.o.m. {date}. Vid frågor: säkerhetsansvarig {sur:4}, {tel}."
    ),
    (
        "kommunpolis|tilltradesforbud|Från kommunpolisen: {full:1} är delgiven tillträdesförbud "
        "för {venue} enligt beslut av {org}. Personen är känd för oss sedan tidigare ({case}). "
        "Hen rör sig ofta kring {place} tillsammans med {first:2} och {first:3}. Kontakta mig på "
        "{mob} om ni ser hen. /Kommunpolis {wsur:4}"
    ),
    (
        "bibliotekschef|tilltradesforbud|Utdrag ur protokoll, {date}\n§ {antal} "
        "Tillträdesförbud\nBesökaren {full:1}, {snr}, har vid upprepade tillfällen stört "
        "verksamheten på {venue}, bland annat under {event}. Personal ({first:2} och {first:3}) "
        "har utsatts för hot. Beslut: förbud att vistas i lokalerna under sex månader.\nJusteras: "
        "{full:4}"
    ),
    (
        "receptionist|tilltradesforbud|Påminnelse! {first:1|g} förbud gäller fortfarande – hen "
        "har setts utanför {venue} flera kvällar. Fullständigt namn {full:1}, bil {plate}. "
        "Förbudet gäller till {date}. Meddela {first:2} eller {full:3} om hen försöker komma in."
    ),
    (
        "samordnare|tilltradesforbud|Tillträdesförbud, underlag\nPerson: {comma:1}\nFödd: "
        "{pnr}\nTel: {mob}\nE-post: {mail}\nHändelser: {date} hot mot personal i {room} och den "
        "{date} skadegörelse på {floor}\nVittnen: {full:2}, {full:3}\nHandläggare: {init:4}"
    ),
    (
        "vakt|tilltradesforbud|avvisning enl tillträdesförbud\nkl {time} {low:1} försökte ta sig "
        "in på {event} via sidoentrén mot {street}\nhon uppgav först att hon hette {full:2} men "
        "id visade annat\nkompis {lowf:3} väntade i bil {plate2}\navvisad av ov {sur:4} och ov "
        "{sur:5}"
    ),
    (
        "receptionist|hittegods|HITTEGODS {venue}\nDatum: {date}\nFöremål: plånbok, "
        "svart\nInnehåll: {amount}, bankkort och id-kort i namnet {full:1}\nHittat av: städare "
        "{sur:2} ({room})\nÄgaren kontaktad på {mob}: ja\nUthämtat av: {full:1} mot uppvisande av "
        "legitimation"
    ),
    (
        "biblioteksassistent|hittegods|Hittegodslista {week}\n1. Mobil (iPhone, rosa skal) – "
        '{room}, lämnad av {first:1}\n2. Nyckelknippa med adressbricka "{addr}" – {floor}\n3. '
        "Busskort – tillhör {full:2} enl. namnlapp, tel {mob}\n4. Barnvagn – utanför {venue}, "
        "{first:3} har ringt ägaren\n5. Bok: {title} (ej vår)"
    ),
    (
        "vaktmastare|hittegods|Hittegods efter {event} ({date})\n• svart jacka, i fickan körkort: "
        "{caps:1}, {pnr}\n• gympapåse med namnet {lowf:2} på\n• nycklar med bricka märkt "
        "{fast}\n• {amount} i kontanter under stol i {room}\nAllt inlåst hos {first:3} i "
        "receptionen"
    ),
    (
        "museivard|hittegods|Upphittat {date} i {room}: plånbok (brun). Innehöll id-kort "
        "tillhörande {full:1}, ett lånekort och {amount}. Vi ringde numret på ett visitkort, "
        "{tel}, och fick tag på en anhörig, {first:2}. Hämtas av {first:1} imorgon. /{first:3}, "
        "värd"
    ),
    (
        "receptionist|hittegods|Efterlysning från besökare\nNamn: {full:1}\nKontakt: {mail} / "
        "{mob}\nSaknar: ryggsäck med laptop, glömd i {room} under {event}\nSenast sedd: kl "
        "{time}\nNotering: {first:2} i kassan såg en kille ({nick:3}?) bära en likadan väska mot "
        "{place}."
    ),
    (
        "biblioteksassistent|hittegods|Hittegods – utlämnat\n{date}: mobiltelefon till {full:1}, "
        "legitimerade sig med pass\n{date}: nyckelknippa till {full:2}, som bor på {addr}, "
        "{lgh}\n{date}: halsduk till {first:3|g} mamma\nUtlämnat av: {init:4}"
    ),
    (
        "kulturhuschef|hittegods|hittegodsskåpet rensat {week}. Kvar sedan i våras: cykelhjälm, "
        "två paraplyer, ett busskort ({line}) och en väska tillhörande {low:1}. Försökt nå hen på "
        "{mob} utan svar. {first:2} skänker resten till {org}. /{first:3}"
    ),
    (
        "eventpersonal|hittegods|Garderoben, {event} – datum {date}\nNummerlapp {antal} ej "
        "uthämtad – kappa, i fickan ett kuvert adresserat till {full:1}, {addr}\nFrågade "
        "{first:2} vid entrén och vakten {sur:3}\nBil med reg {plate} stod kvar på parkeringen "
        "vid {venue} efter stängning."
    ),
    (
        "vakt|vaktrapport|VAKTRAPPORT\nObjekt: {venue}\nUppdrag: {event}\nDatum: {date}\nVakter: "
        "{full:1}, {full:2}\n\nKl {time} avvisades {full:3} p.g.a. berusning. Personen blev "
        "aggressiv och sparkade mot {first:1}. Polis tillkallad, ärende {case}.\nKl {time} lugnt. "
        "Publik ut via {street}."
    ),
    (
        "vaktare|vaktrapport|Rapport från {org}\nObjekt: {venue}, {expo}\nTid: {date}, "
        "{time}\nVäktare: {init:1}\nHändelse: larm i {room}. På plats kl {time}, två ungdomar "
        'lämnade via nödutgången. Den ena ropade "{lowf:2}, spring!". Kamerabild överlämnad '
        "till {first:3} på museet."
    ),
    (
        "vakt|vaktrapport|Händelserapport OV – konsert {venue}\nOV: {full:1}\nOmhändertagen: "
        "{full:2}, {snr}, bosatt {addr}\nGrund: LOB, kraftigt berusad vid scenkanten under "
        "{event}\nTransport: polispatrull, ärende {case}\nVittne: publikvärd {sur:3}"
    ),
    (
        "eventpersonal|vaktrapport|säkerhetsgenomgång efter {event}\n– kön vid {place} blev för "
        "lång, {first:1} öppnade en extra ingång\n– {line} var försenad så folk stod kvar ute\n– "
        "{nick:2} och hans polare försökte smuggla in sprit, togs av {first:3}\n– en flicka "
        "({ung}) tappade bort sin kompis {lowf:4}, hittades vid {venue}\n– bil {plate2} parkerade "
        "i brandgatan\n– publik: ca {antal}00"
    ),
    (
        "vaktare|vaktrapport|Objektsrapport {week} – {venue}\nMån: inget att rapportera\nTis: "
        "dörren mot {pstreet} uppbruten, anmält via {org}\nOns: {full:1} sov i trapphuset, väckt "
        "och avvisad\nTor: {full:2} och {first:3} bråkade på {floor}\nFre: {plate} parkerad på "
        "cykelbanan, ägare okänd"
    ),
    (
        "vakt|vaktrapport|Rapport från utställningsvakt, {expo} ({venue})\nBesökare {full:1} "
        "rörde vid ett verk två gånger trots tillsägelse och vägrade gå. Hens sällskap {full:2} "
        "filmade oss med mobilen.\nUtvisade kl {time}. [[Inga]] skador på verket.\nSign: {caps:3}"
    ),
    (
        "vaktare|vaktrapport|Kl {time} larm i {venue}, rörelsedetektor {floor}. På plats kl "
        "{time}. Inne fanns {full:1}, som sa att vaktmästaren {first:2} hade lånat ut nyckeln. "
        "Verifierat mot nyckellistan: ja, bricka {fast}. {first:1} fick lämna nyckeln, rapport "
        "till {org}."
    ),
    (
        "eventpersonal|vaktrapport|Inför {event} den {date}\nBemanning säkerhet: {full:1} "
        "(ansvarig, {mob}), {full:2}, {full:3}\nKända problem: {low:4} och {first:5} har tidigare "
        "försökt ta sig in utan biljett\nIngång: {street}\nÖppnar kl {time}, konsert {hours}"
    ),
)
