"""Frames of the seventy-fourth blind corpus, part a: harbour masters' logs, boat clubs' e-mails, the sea
police's and kommunpolis' notes on boat and engine thefts. `role|style|template` (tests/blind74_fill.py says
what the slots are)."""

from __future__ import annotations

FRAMES_A = (
    # ---------------------------------------------------------------- hamnlogg: the harbour master's log
    "hamnkapten|hamnlogg|Hamnlogg {harbour}\nDatum: {date}\n"
    "Kl {time} ringde {full:1} ({mob}) – utombordaren, en {engine}-motor på {hp}, borta från bryggplats "
    "B14. Båten är en {boat}.\nPolisanmält, {case}. Vaktbolaget meddelat.",
    "hamnkapten|hamnlogg|HAMNLOGG {week}\n"
    "- {first:1} på plats C3 rapporterar att kättingen till {boatname} är avklippt, inget stulet.\n"
    "- Okänd bil {plate} stod på slipen hela natten, ägaren {full:2} kontaktad via {tel}.\n"
    "- {first:3} (sommargäst) vill ha nyckelbricka nr två, betalt {amount}.",
    "hamnkapten|hamnlogg|Notering {date}: vid morgonrundan låg {first:1|g} {boat} halvsjunken vid "
    "{harbour}. Länspumpen stulen, batteriet också. Pratade med grannbåten, {full:2}, som såg en ljus "
    "skåpbil "
    "kvällen innan, reg {plate2}. Lämnat till polisen, {first:1} ringer själv försäkringen.",
    "hamnkapten|hamnlogg|{harbour} – händelser {week}\n"
    "mån: {nick:1} låg igen med {boatname} på gästplats utan att betala, tredje gången\n"
    "ons: inbrott i sjöbod 7, ägare {full:2}, {addr}\n"
    "fre: {full:3} anmäler att någon tankat från hans dunk på bryggan, ca 20 l",
    "hamnkapten|hamnlogg|Till {org}\nFrån hamnkaptenen, {harbour}\n\n"
    "Under natten mot {weekday} bröts fyra motorlås upp. Drabbade: {full:1}, {full:2} och "
    "{full:3}. {first:2} har en {engine} på {hp} som är helt borta, övriga fick bara skadade lås.\n"
    "Mvh {full:4}",
    "hamnkapten|hamnlogg|logg {date}\nkl {time} larm från kameran vid bensinpumpen. två personer i mörka "
    'kläder, en av dem kallades "{nick:1}" av den andra enligt {first:2} som bor i stugan ovanför. '
    "{first:2} nås på {mob}. ingen båt verkar saknas. De gick mot hållplatsen för {line}.",
    "hamnkapten|hamnlogg|Vinterupplaget {harbour}, {weekday}\nKontroll av presenningar. Presenningen på "
    "{lowf:1|g} {boat} uppskuren, elverktyg borta från båtens ruff. Ägaren {sur:2} (styrelsen) har "
    "meddelats. Den andra ägaren, {full:1}, bor i {place} och kommer i helgen.",
    "hamnkapten|hamnlogg|Händelse: stöld av jolle\nPlats: {harbour}\nAnmälare: {full:1}, {mob}\n"
    "Beskrivning: blå {boat} med en {engine}-motor på {hp} saknas sedan kl {time}. {first:1} tror att "
    "den drivit loss men {first:2} på bryggan bredvid säger att förtöjningen var skuren.",
    # ---------------------------------------------------------------- batklubb: the boat club's e-mails
    "styrelse|batklubb|Hej alla medlemmar i {org}!\n\n"
    "Tyvärr har vi haft ytterligare två motorstölder. Det gäller {full:1} och {full:2}. Om ni sett "
    "något, hör av er till {first:3} i styrelsen på {mob} eller {mail}.\n"
    "Nattvandring vid bryggorna startar {weekday} kl {time}.\n\nStyrelsen genom {full:3}",
    "styrelse|batklubb|Ämne: Bryggvakt {week}\n\n"
    "Schema:\nmån {full:1}\ntis {full:2}\nons {first:3} + {first:4}\ntor {comma:5}\n\n"
    "Byten sköts direkt med varandra. Frågor till {first:6}.",
    "styrelse|batklubb|Hej {first:1},\nvi har fått ditt mejl om den stulna trailern ({plate}). "
    "Klubbens försäkring täcker tyvärr inte trailers på uppställningsplatsen vid {harbour}. "
    "Kontakta ditt eget bolag. Sjöbodarna vid {street} ska få ny belysning före {date}.\n"
    "Hälsningar\n{full:2}\nkassör",
    "styrelse|batklubb|Protokollsutdrag, styrelsemöte {org}\n"
    "§ 6 Stölder. Ordförande {sur:1} redogjorde för vårens inbrott. {full:2} har lämnat in kamerabilder "
    "till polisen ({case}).\n§ 7 Kostnad för nya lås: {amount}, beslutades.\n"
    "Justeras: {full:3}, {full:4}",
    "styrelse|batklubb|Viktigt till båtägare vid {harbour}!!\n"
    "Natten till {weekday} försökte någon lyfta av {first:1|g} {engine} med ett bränslekannelock som "
    "hävstång. {first:1} vaknade av larmet på {boatname} och såg en man springa mot {street}. "
    "Märk era motorer! Märksats kostar {amount} hos {first:2}.",
    "styrelse|batklubb|Hej\nJag heter {full:1} och har sommarplats nr 31 hos er sedan 1998. "
    "I vintras försvann min {engine} (på {hp}) från förrådet. Min granne på båtplatsen, {full:2}, "
    "säger att han såg en {machine} med släp där. Nås på {mail}.\n/{lowf:1}",
    "styrelse|batklubb|{org} – informationsblad\n\n"
    "Sjösättning {date}. Kranförare: {full:1} och {wfirst:2} {sur:2}.\n"
    "Upptagning {week}.\nTänk på: märk motorn, lås den med wire, skriv upp serienumret. "
    "{nick:3} har ett gravyrverktyg att låna ut.",
    "styrelse|batklubb|Hej {first:1}!\nTack för tipset om ekan. Jag har pratat med {full:2} som äger "
    "den ({boat}, grön), han har inte lånat ut den till någon. Så den är stulen. Jag ringer "
    "{wsur:3} på {org} i morgon.\nMvh {first:4}",
    # ---------------------------------------------------------------- sjopolis: sea police and kommunpolis
    "polis|sjopolis|Anm {case}\nBrott: stöld, båtmotor\nBrottsplats: {harbour}\n"
    "Målsägande: {caps:1}, {pnr}\nGods: utombordsmotor {engine} på {hp}, värde {amount}\n"
    "Vittne: {full:2}, tel {mob}",
    "polis|sjopolis|Sammanfattning sjöpolisen {weekday}: kontroll vid {island}. Båt utan lanternor, "
    "förare {full:1}, {pnr}, blåste 0,31 promille. Medpassagerare {first:2}. Ingen stöldgods i båten. "
    "Bilen vid iläggningsplatsen: {plate2}.",
    "polis|sjopolis|Misstänkt häleri. Inkommande tips om att {full:1} säljer två {engine}-motorer "
    "på {hp} via Blocket. Annonsen gav tel {mob}. Jmf anmälan {case} ({harbour}) där målsägande är "
    "{full:2}. Kollega {wsur:3} följer upp.",
    "kommunpolis|sjopolis|Till EST-gruppen, {week}\nBåtmotorstölder längs kusten fortsätter: "
    "tre vid {harbour}, en vid {island}. Vi ser en koppling till en gråaktig skåpbil, "
    "{plate}. Tack till {full:1} i grannsamverkan för bilden. Ring mig om något, {first:2}",
    "polis|sjopolis|PM\nÄrende: {case}\nFörhör med {full:1} ({snr}), boende på {addr}, {lgh}.\n"
    "{first:1} uppger att {first:2} bad honom köra en båt från {harbour} till {island} kl {time}. "
    "Han visste inte att motorn var stulen.",
    "polis|sjopolis|Beslag {date}\nEn {boat} med en {engine}-motor på {hp} påträffad vid {lake}. "
    "Skrovnumret bortslipat. Båten tillhör troligen {full:1} som anmält stöld ({case}). "
    "Bärgad av {org}. Kontakt: inspektör {sur:2}",
    "kommunpolis|sjopolis|Hej {first:1}\nvi har inte fått in någon anmälan om inbrott i stugan på "
    "{island}. Ägaren, {full:2}, bor i Hamburg och har nummer {mob}. Kan du be {wfirst:3} som har "
    "nyckel att titta om dörren är bruten? /{full:4}, kommunpolis",
    "polis|sjopolis|Händelserapport\n{date} kl {time}\nPlats: {lake}, nära {place}\n"
    "Båt körde i hög fart genom fiskeredskap. Anmälare yrkesfiskaren {full:1} ({tel}). Föraren "
    "uppgav sig heta {full:2}, {pnr}.",
)
