"""Frames of the twenty-third blind corpus, fourth part: restaurants, pizzerias, kiosks and bars; petrol
stations, car dealers, workshops and car washes; alarm centres and the kommun's own premises
(tests/blind23_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_D = [
    # restaurang
    "restaurangagare|restaurang|Hej, det är {full:1} på {biz}. I fredags kl {time} kom tre killar in och "
    "hotade min kock {first:2}. En av dem heter {full:3}, han har varit här förut. Jag har filmen. "
    "Nummer: {mob}",
    "ordningsvakt|restaurang|Rapport från krogen {biz}, natt mot söndag\nkl {time} {full:1} nekad "
    "inträde, för berusad\nkl {time} bråk i kön, {full:2} fick ett slag av {nick:3}\nkl {time} polis på "
    "plats, {case}\nOV: {first:4} och {first:5}",
    "restaurangagare|restaurang|Kiosken vid {venue} har fått fönstret krossat för tredje gången. Ägaren "
    "{sur:1} har bytt till härdat glas för {amount}. Han tror att det är {low:2} och några kompisar från "
    "{place}.",
    "restaurangagare|restaurang|Från: {mail}\nÄmne: Pizzerian på {addr}\nHej! Jag är {wfirst:1} och äger "
    "pizzerian. Våra bud rånas när de kör ut till {place} efter kl {time}. Den {date} tog de mobil och "
    "kassa från {full:2}.\n/{wfirst:1}",
    "ordningsvakt|restaurang|Incident {date}, {biz}\nGäst: {caps:1}\nHändelse: kastade glas mot "
    "bartendern {first:2}, avvisad av OV {sur:3}\nPolis kontaktad kl {time}",
    "restaurangagare|restaurang|Grillen på {street} ({biz}): ägaren {full:1} rapporterar att ett gäng "
    "hänger utanför varje kväll och tar mat utan att betala. Anställd {full:2} känner igen {full:3} från "
    "skolan. Han vill ha kontakt med kommunpolis {sur:4}.",
    "restaurangagare|restaurang|Barens logg\n{date}: {n} gäster avvisade, en av dem {full:1} ({snr})\n"
    "Taxi beställd åt {first:2}\nPersonal i tjänst: {full:3}, {lowf:4}",
    "restaurangagare|restaurang|{full:1}, krögare på {biz}, har skickat bilder av klottret på fasaden mot "
    "{pstreet}. Saneringen kostade {amount}. Han nämner att {first:2} i personalen sett två killar med "
    "sprayflaskor kl {time}.",
    # fordon
    "macken|fordon|Rapport {date} från {org} vid {place}\nKund körde iväg utan att betala för {amount} "
    "bensin. Bil: {plate}. Föraren liknade {full:1} som gjort samma sak förut. Kassör: {first:2}",
    "macken|fordon|Nattpersonalen på macken vid {venue} ringde kl {time}: gäng med mopeder, en av dem "
    "{nick:1}, stod vid tvätthallen och skrek åt kunderna. Föreståndare {sur:2} vill ha ordningsvakter "
    "under {week}.",
    "bilhandlare|fordon|Inbrott på bilfirman {biz} natten till {date}. Stulet: två begagnade bilar "
    "({plate} och {plate2}) och nycklar från skåpet. Säljaren {full:1} upptäckte det kl {time}. Polis "
    "{case}.",
    "verkstad|fordon|Verkstaden på {street}: ägaren {full:1} säger att någon klippt upp stängslet och "
    "tagit katalysatorer från {n} bilar. Kunden {full:2} ({mob}) fick sin bil stulen samtidigt. Fastighet "
    "{fast}.",
    "verkstad|fordon|Biltvätten vid {venue}\nDatum: {date}\nHändelse: ungdomar har sovit i tvätthallen. "
    "{first:1} som jobbar där såg {low:2} gå ut kl {time}.\nKontakt: {full:3}, {tel}",
    "bilhandlare|fordon|Till handläggaren {wsur:1} på {kommun}: vi på {biz} har haft ett tiotal inbrott i "
    "bilar på vår parkering sedan {date}. Säljare {full:2} har dokumenterat allt. Vi önskar att {org} "
    "ronderar oftare. /{full:3}",
    "macken|fordon|{full:1} (föreståndare, {org}) meddelar: rånförsök kl {time} mot kassan. Gärningsman "
    "cirka {vuxen} år, flydde mot {line}. Personal {first:2} och {first:3} oskadda. Ärende {case}.",
    "verkstad|fordon|Däckverkstaden i {place} har fått {n} hjulsatser stulna. Ägaren {sur:1} misstänker "
    "en kund, {comma:2}, som bor på {addr}, {lgh}. Anmält.",
    # larm
    "larmcentral|larm|Larmkvittens\nObjekt: {venue} ({kommun})\nLarmtyp: inbrott, sektion 3\nLarm: kl "
    "{time}\nUtryckning: {full:1}, {org}\nResultat: fönster krossat, polis {case}\nNyckelhållare: "
    "{full:2}, {mob}",
    "vaktmastare|larm|Larmutryckning kommunens lokaler {week}\n{venue} – {n} larm, alla falsklarm\n"
    "{venue} – inbrott, vaktmästare {full:1} mötte väktaren\nUppföljning med fastighetsansvarig {sur:2}",
    "larmcentral|larm|Samtal till larmcentral kl {time}: {full:1} på {biz} tryckte på överfallslarmet. "
    "Väktare {full:2} framme efter {min} minuter. Gärningspersonen, troligen {full:3} ({snr}), hade "
    "sprungit mot {place}.",
    "vaktmastare|larm|Hej {first:1}, larmet i {venue} gick igen i natt kl {time}. Jag ({full:2}) åkte "
    "dit, fönstret mot {street} var uppbrutet. {org} hade redan varit där. Vi behöver nytt lås, det "
    "kostar {amount}.",
    "larmcentral|larm|LARMRAPPORT {date}\nKund: {biz}\nAdress: {addr}\nOperatör: {lowf:1}\nÅtgärd: ringt "
    "{full:2} (nyckelhållare) på {tel}, ingen svarade. Väktare {sur:3} skickad.",
    "vaktmastare|larm|{full:1|g} rapport från {venue}: glasrutor krossade i personalrummet, klotter med "
    "namnet {nick:2} på väggen. Tidpunkt troligen mellan kl {time} och midnatt.",
    "larmcentral|larm|Brandlarm {date} kl {time} i {venue}. Räddningstjänsten på plats. Orsak: någon "
    "tände eld på papper i toaletten. Personal {full:1} och {full:2} evakuerade lokalen. Väktare: {caps:3}",
    "vaktmastare|larm|Vaktmästaren {full:1} meddelar: dörren till förrådet i {venue} har stått olåst "
    "flera nätter. Hemlösa har sovit där, bland dem en man som kallar sig {nick:2}. Kontakta {first:1} på "
    "{mob} innan kl {time}.",
]
