"""Frames of the seventy-third blind corpus, part c: work orders and fault reports on vandalised stops,
radio logs between drivers and the traffic control, and night-bus hosts' reports (nattvärdar).

A frame is `role|style|template`; the slots are tests/blind73_fill.py's.
"""

from __future__ import annotations

FRAMES_C = (
    # --- hallplats: vandalism of stops and shelters
    "hallplatsservice|hallplats|Arbetsorder 448812\nObjekt: väderskydd {stop}\nFastighet: {fast}\nSkada:"
    ' krossad glasruta, klotter ("{nick:1}" och "{nick:2}")\nUtfört: glas bytt, sanerat\nKostnad:'
    " {amount}\nMontör: {full:3}",
    "fastighetsskotare|hallplats|Felanmälan hållplats {stop} ({line})\nFastighet: {fast}\nReklamskylten"
    " sönderslagen igen, tredje gången {week}. En boende, {full:1} på {addr}, säger att hon såg två killar,"
    " den ena kallas {nick:2}. Hon nås på {mob}.",
    'hallplatsservice|hallplats|Klotter på hållplatsen vid {street} i {place}. Taggar: "{lowf:1}",'
    ' "{nick:2}". Sanerat den {date}, kostnad {amount}. Beställare {org}, kontaktperson {full:3}, {tel}.',
    "trafikkontoret|hallplats|Hej,\nbiljettautomaten vid {stop} är uppbruten, myntbehållaren tömd (ca"
    " {amount}). Kameran visar en man som enligt väktare {sur:1} är {full:2} från {place}. Bilen han åkte"
    " i: {plate}. Polisanmälan {case}.\nHälsningar {full:3}, {org}",
    "hallplatsservice|hallplats|{date} kl {time}: sparkcykel kastad genom glaset på väderskyddet {stop}."
    " Vittne {full:1} ({mob}) såg {first:2} och en kompis springa mot {pstreet}. Skadan ersätts av {org}.",
    "fastighetsbolag|hallplats|Till {org}\nVi på fastigheten {fast} har problem med att er hållplats {stop}"
    " används som samlingsplats nattetid. Hyresgästen {full:1} i {lgh} har klagat {antal} gånger. Kontakt:"
    " förvaltare {sur:2}, {tel}, {mail}",
    "hallplatsservice|hallplats|Polisanmälan nr {case}\nSkadegörelse på {stop} (fastighet {fast}): elskåpet"
    " uppbrutet, displayen med avgångstider krossad. Tid: mellan {time} och {time}. Misstänkta enligt"
    " polis: {full:1} ({ung}) och {full:2} ({ung}). Reparatör {sur:3} beräknar kostnaden till {amount}.",
    "hallplatsservice|hallplats|ÄTA-order {stop}\n[[Björk]] föll över hållplatsen under stormen natten till"
    " {date}, taket intryckt. Ingen skadad. Ringde {full:1} på {org} jour, sedan entreprenören {full:2}"
    " ({mob}). Avspärrat. //{first:3}",
    # --- radiologg: radio between drivers and the traffic control
    "trafikledning|radiologg|TL: {line}, kom.\nFÖRARE ({first:1}): Ja, här, har en man som blöder vid"
    " {stop}, behöver ambulans.\nTL: Uppfattat {first:1}, larmar. Vet du vem det är?\nFÖRARE: En kompis"
    " säger att han heter {full:2}.\nTL: Noterat, kl {time}.",
    "trafikledning|radiologg|[radiologg {date}]\n{time} F {vagn}: stenkastning vid {place}, ruta"
    " bruten\n{time} TL: Är du skadad {first:1}?\n{time} F: Nej men resenären {full:2} fick glas i"
    " ansiktet\n{time} TL: Ambulans på väg, polisens ärende {case}",
    "trafikledning|radiologg|Förare {sur:1}: Trafik, jag har {antal} ungdomar som inte vill gå av vid"
    " {stop}, en av dem kallar sig {nick:2}.\nTrafik: Ok, skickar ordningsvakter, {first:3} och {first:4}"
    " är närmast.\nFörare {sur:1}: Tack, jag väntar.",
    "trafikledning|radiologg|Utskrift radio, {line}, kl {time}\nF: Hallå trafik, {wfirst:1} här på {vagn}."
    " Har en dam som hittat en plånbok, står {full:2} på legget.\nT: Ta med den till {station}, vi hör av"
    " oss till ägaren.\nF: Ok.",
    "trafikledning|radiologg|{time} spårvagnsförare {full:1} anropar: bil {plate2} står på spåret vid"
    " {stop}, ingen förare i sikte.\n{time} TL ringer bärgning\n{time} bilens ägare {full:2} dyker upp,"
    " flyttar bilen\n{time} trafik återupptagen",
    "trafikledning|radiologg|TL till alla vagnar på {line}: undvik {stop}, polisinsats pågår. Förare"
    " {sur:1}, du vänder vid {place}. {init:2} har redan kört förbi, ok.\nSvar {sur:1}: Uppfattat, vänder.",
    "trafikledning|radiologg|radio {date}\nförare: trafik, hörs ja?\ntl: ja {lowf:1}, kom\nförare:"
    " kontrollanterna {first:2} och {first:3} har fått in en man som spottade, han säger att han heter"
    " {low:4}\ntl: ok vi ringer polis, stå kvar vid {stop}",
    "trafikledning|radiologg|Radiologg {org}, natt {week}\n02.10 {vagn}: förare {wsur:1} rapporterar"
    " slagsmål ombord\n02.12 TL: polis larmad\n02.25 polis vid {stop}, två gripna: {full:2},"
    " {full:3}\n02.40 {wsur:1} fortsätter turen",
    # --- nattbuss: night-bus hosts
    "nattvard|nattbuss|Nattvärdsrapport natten till {date}\nLinje: {line}\nVärdar: {full:1} och"
    " {full:2}\nKl {time} hjälpte vi en berusad tjej, {first:3} ({ung}), som tappat sina kompisar vid"
    " {stop}. Vi ringde hennes mamma {full:4} ({mob}) som hämtade henne.",
    "nattvard|nattbuss|{first:1} och jag åkte med {line} från {stop} mellan {time} och {time}. Lugnt tills"
    " {place}, sen ett gäng från {street} på {antal} st som kastade ölburkar. En av dem, {lowf:2}, kände"
    " {first:1} igen från fritidsgården. Vi pratade med dem. /{full:3}",
    "nattvard|nattbuss|NATTBUSS-LOGG {week}\n* {time} {line}: tjej gråter, har blivit av med telefon, heter"
    " {full:1}, vi lånade ut vår och hon ringde {first:2}\n* {time} {stop}: lugnt\n* {time} man sover på"
    " sätet, väcks, heter {caps:3}, följer med till {station}\n/{first:4}",
    "nattvard|nattbuss|Hej samordnare! Vi i nattvärdsgruppen vill tipsa om att {nick:1} och hans gäng"
    " säljer grejer på {line} varje fredag. Hans riktiga namn ska vara {full:2} enligt {first:3} som känner"
    " familjen. De bor på {street} i {place}. Hälsn {first:4}",
    "nattvard|nattbuss|Rapport nattvandring/nattbuss, {kommun}\nDatum: {date}\nDeltagare: {full:1},"
    " {full:2}, {init:3}\nVi åkte {line} från {station} kl {time}. På {stop} satt en pojke ensam, {ung} år."
    " Han hette {first:4} och vi följde honom hem till {addr}.",
    "nattvard|nattbuss|nattvärdarna {lowf:1} och {lowf:2} rapporterar: lugn natt på {line}. en kvinna,"
    " {full:3}, tappade nycklarna vid {stop}, vi hittade dem. Hon bjöd på fika haha. Slut kl {time}.",
    "nattvard|nattbuss|Incident under nattbussvärdskap {date}\nEn man som kallade sig {nick:1} (egentligen"
    " {full:2} enligt polisen) hotade vår värd {first:3} med kniv vid {stop}. Polisen tog honom kl {time}."
    " Ärendenummer {case}. {first:3} är ok men skakad.",
    "nattvard|nattbuss|Veckorapport {week} nattbussvärdar\nMån: inget\nTis: {full:1} somnade på {line},"
    " väckt vid {station}\nFre: bråk mellan {first:2} och {first:3|g} kille vid {stop}\nLör: {antal}"
    " ungdomar från {place}, lugnt\nSön: inget\nSign {full:4}",
)
