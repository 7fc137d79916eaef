"""Frames A of the seventy-sixth blind corpus (tests/blind76_corpus.py):
the incident report form, the info desk's log and the e-mail to a manager;
eight frames per style, each `role|style|template` (slots: tests/blind76_fill.py).
"""

from __future__ import annotations

FRAMES_A = (
    (
        "bibliotekarie|incidentrapport|INCIDENTRAPPORT {venue}\nDatum: {date}\nTid: kl "
        "{time}\nPlats: {room}, {floor}\nRapportör: {full:1}\nInblandade: {full:2} ({ung} år) och "
        "en kamrat\nHändelse: {first:2} kastade en stol mot datorerna och skrek åt {first:1}. "
        "Vakt tillkallad via {org}.\nÅtgärd: avvisad resten av dagen."
    ),
    (
        "biblioteksassistent|incidentrapport|Händelserapport – bibliotek\n\nNamn på den som "
        "skriver: {comma:1}\nVad hände: En man som uppgav sig heta {full:2} vägrade lämna {room} "
        "vid stängning kl {time}. Han hade personnummer {pnr} enligt sitt lånekort. Han kallade "
        "{first:1} för en massa saker.\nPolis kontaktad: ja, ärendenr {case}\nUppföljning: "
        "tillträdesförbud föreslås, se {org}."
    ),
    (
        "museivard|incidentrapport|Rapport avvikelse – {venue}\nUtställning: {expo}\nTidpunkt: "
        "{date} kl {time}\nVärd i tjänst: {full:1}\nBeskrivning: Två ungdomar rörde vid verken i "
        "{room}. Den ena kallades {nick:2} av den andra. Ordningsvakt {sur:3} avvisade "
        "dem.\nSkada: ingen synlig."
    ),
    (
        "vakt|incidentrapport|Rapport ordningsvakt\nArrangemang: {event}, {venue}\nDatum: "
        "{date}\nOV: {caps:1}\nOmhändertagen enl. LOB: {full:2}, {pnr}\nBeskrivning: {first:2} "
        "var kraftigt berusad i {room} och knuffade garderobsvärden {first:3}. Överlämnad till "
        "polis kl {time}, ärende {case}."
    ),
    (
        "bibliotekschef|incidentrapport|Incident – {venue}, {floor}\nDatum/tid: {date}, kl "
        "{time}\nRapporterad av: bibliotekarie {sur:1}\nBerörda: besökaren {full:2} och "
        "personalen ({first:3}, {first:4})\nKort: {first:2} blev hotfull när hen fick höra att "
        "lånekortet var spärrat pga skuld på {amount}. Hen lämnade numret {mob} för återkoppling."
    ),
    (
        "receptionist|incidentrapport|Kulturhuset – avvikelserapport\n\nRum: {room}\nAnsvarig "
        "personal: {init:1}\nExtern hyresgäst: {org}, kontaktperson {full:2}, tel {tel}\nVad: "
        "Efter {event} lämnades lokalen nedskräpad och en brandsläckare var tömd. {first:2} "
        "lovade att betala städningen, uppskattat {amount}.\nBilaga: foton (ej här)"
    ),
    (
        "vaktmastare|incidentrapport|Skadeanmälan {venue}\n\nDatum: {date}\nUpptäckt av: "
        "vaktmästare {wsur:1}\nSkada: klotter på toaletten vid {room} och sönderskuren soffa på "
        "{floor}\nMisstänkt: enligt {first:2} i informationsdisken var det {low:3} och två till "
        "som satt där från kl {time}\nPolisanmält: {case}"
    ),
    (
        "eventpersonal|incidentrapport|Avvikelse konsert – {venue}\nAkt: {event}\nPublik: ca "
        "{antal}00\nRapportör: {full:1} (eventvärd)\n\n1) Person som avvisades i entrén uppgav "
        "namnet {full:2}, född {pnr}.\n2) {first:2} kom tillbaka via bakdörren mot {street} och "
        "hämtades av vakt {sur:3}.\n3) Bil med reg {plate} parkerad i lastzonen, ägaren "
        "{wfirst:4} flyttade den efter utrop.\nÖvrigt: [[Inga]] skador på personal."
    ),
    (
        "bibliotekarie|bibliotekslogg|Logg infodisken {venue} – {date}\n{time} {first:1} och "
        "{first:2} (ca {ung} år) spelar hög musik i {room}, pratat med dem\n{time} samma gäng "
        "tillbaka, {first:1} svor åt {lowf:3} i personalen\n{time} vakten {sur:4} från {org} på "
        "plats, de tog {line} mot {place}\nsign. {init:3}"
    ),
    (
        "biblioteksassistent|bibliotekslogg|{date}, kväll\n{time} – {full:1} ville låna en dator "
        "utan lånekort, fick gästinlogg\n{time} – bråk i {room}, {first:1} och en kille som "
        "kallas {nick:2} skrek åt varandra\n{time} – mamma till {first:1|g} kompis ringde från "
        "{mob}, ville veta om de var kvar\n{time} – stängt. /{lowf:3}"
    ),
    (
        "bibliotekarie|bibliotekslogg|LOGG {venue} – {week}\nmån: lugnt, temakväll om {author} "
        "med {antal} deltagare\ntis: {full:1} har tillträdesförbud men kom in via {room}, "
        "{first:2} bad honom gå\nons: hittat plånbok med körkort, {full:3}, lämnad till "
        "{org}\ntors: {wsur:4} från fastighet lagade dörren på {floor}"
    ),
    (
        "receptionist|bibliotekslogg|kvällslogg – {date} – {venue}\n{time} larmet gick i {room}, "
        "ingen där\n{time} {caps:1} (känd sen tidigare) somnade i fåtöljen på {floor}, väckt av "
        "{first:2}\n{time} ungdomar vid entrén, en av dem heter {lowf:3} enl. de andra\n{time} "
        "låst, nyckel lämnad till vaktmästare {sur:4}"
    ),
    (
        "museivard|bibliotekslogg|Vakt-/värdlogg {expo}\n{date}\nkl {time} besökare {full:1} "
        "larmade på montern i {room}\nkl {time} {first:2} (värd) bytte med {first:3}\nkl {time} "
        "skolklass från {place} med lärare {sur:4}, {antal} elever\nkl {time} stängt, kassan "
        "{amount}"
    ),
    (
        "vaktare|bibliotekslogg|Rondlogg {org}, objekt {venue}\n{time} rond ok, dörr mot {street} "
        "olåst\n{time} två personer i {room}, en uppgav namnet {full:1}, andra {full:2}\n{time} "
        "båda avvisade, {first:2} hotade att komma tillbaka\n{time} kontakt med objektsansvarig "
        "{full:3} på {mob}"
    ),
    (
        "eventpersonal|bibliotekslogg|Körschema/logg {event}, {venue}\n{time} insläpp\n{time} "
        "{first:1} i kassan rapporterar att {full:2} försöker komma in på någon annans "
        "biljett\n{time} {nick:3} och gänget hänger vid {place}, ingen åtgärd\n{time} publik ut, "
        "{wfirst:4} stänger garderoben\n– {init:1}"
    ),
    (
        "bibliotekschef|bibliotekslogg|Dagbok filialen – {venue}\n{date}: {first:1} och jag "
        "öppnade kl {time}, öppet {hours} idag\nEn pappa, {full:2}, klagade på att {lowf:3} och "
        "andra tonåringar skräpar ner i {room}\nHan lämnade mejl {mail} och vill ha svar\nEfter "
        "författarkvällen om {author} saknades en iPad, anmäld till polisen ({case})"
    ),
    (
        "bibliotekarie|mejl_chef|Hej {first:1}!\n\nIgår kväll ({date}) hade vi återigen problem "
        "med gänget i {room}. {full:2} och {full:3} var de som styrde, de andra känner jag inte. "
        '{first:2} sa rakt ut att han skulle "ta" {first:4} efter stängning.\n\nJag tycker vi '
        "behöver vakt på torsdagar, ring mig på {mob}.\n\n/{first:4}\nBibliotekarie, {venue}"
    ),
    (
        "bibliotekschef|mejl_chef|Till: {mail}\nÄmne: Tillträdesförbud – "
        "underlag\n\nHej,\nbifogar underlag om besökaren {comma:1}, {snr}, som under {week} hotat "
        "personal vid tre tillfällen. Senast igår när bibliotekarie {sur:2} bad honom sänka "
        "rösten. Polisen har ärendet under {case}.\n\nMvh\n{full:3}\nBibliotekschef, {kommun}"
    ),
    (
        "kulturhuschef|mejl_chef|Hej alla\n\nSammanfattning efter {event} i {venue} igår:\n- "
        "{antal} besökare, lugnt fram till kl {time}\n- två killar, {first:1} och {first:2} "
        "({ung} resp. {ung} år), kastade flaskor mot scenen\n- ordningsvakt {sur:3} från {org} "
        "hanterade det bra\n- en besökare tappade plånbok med {amount}, ligger i "
        "kassaskåpet\n\nTack för insatsen!\n{first:4}"
    ),
    (
        "museivard|mejl_chef|Från: {full:1}\nSkickat: {date} kl {time}\nÄmne: Händelse i "
        "{room}\n\nHej {first:2},\n\nen äldre man, {full:3}, blev arg när jag bad honom inte "
        "fotografera med blixt i {expo}. Han tog tag i min arm. Vittne var {caps:4}. Han lämnade "
        'sitt nummer {tel} "om ni vill klaga".\n\nHälsningar {first:1}'
    ),
    (
        "vaktmastare|mejl_chef|hej {lowf:1}\nkollade kamerorna från {date}. den som sprejade i "
        "{room} är samma kille som förra gången, {low:2}. han kom med {first:3} som bor på "
        "{addr}, {lgh} enligt {first:4} i kassan.\nbil utanför med reg {plate2}\n/{nick:5}"
    ),
    (
        "samordnare|mejl_chef|Ämne: SV: Ungdomar vid {venue}\n\nHej {full:1},\n\ntack för "
        "rapporten. Jag har pratat med fältgruppen och kommunpolis {sur:2}. Hen känner igen "
        "{first:3} och {nick:4} och kommer att gå förbi {place} under {week}. Familjen {wsur:5} "
        "har också hört av sig.\n\nRing gärna: {tel}\n\n/{init:6}, trygghetssamordnare {kommun}"
    ),
    (
        "bibliotekarie|mejl_chef|Hej!\nVarning inför lördagens {event}: {full:1} har enligt {org} "
        "tillträdesförbud till alla kommunens bibliotek t.o.m. {date}. Hen har tidigare hängt i "
        "{room} med sin kompis {first:2}. Om hen dyker upp: ring {mob} (vakt) eller "
        "112.\n\n{first:3}"
    ),
    (
        "bibliotekschef|mejl_chef|{first:1}, kan du ta detta?\n\nEn förälder, {full:2} ({mail}), "
        "hör av sig om att {first:2|g} dotter {first:3} blivit trakasserad av två pojkar i {room} "
        "på {venue}. Pojkarna ska heta {lowf:4} och {lowf:5}. Hon vill att vi ringer: "
        "{mob}.\n\n/{full:6}"
    ),
)
