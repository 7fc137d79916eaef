"""Frames of the fifty-sixth blind corpus, part a: formal inspection protocols (serveringstillstånd), joint
inspections with the police, Skatteverket and the fire service, and test purchases of tobacco and alcohol.
Each frame is `role|style|template` (tests/blind56_fill.py reads the slots)."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # ------------------------------------------------------------------ protokoll (formal protocol)
    "alkoholinspektor|protokoll|TILLSYNSPROTOKOLL – serveringstillstånd\nDnr: {dnr}\nServeringsställe: "
    "{biz}\n"
    "Tillståndshavare: bolaget med org.nr {orgnr}\nDatum: {date}\nTid: kl. {time}\n"
    "Närvarande från kommunen: {full:1}, {full:2}\nServeringsansvarig på plats: {full:3}\n"
    "Noteringar: Serveringsansvarig {sur:3} kunde visa personalliggare. [[Inga]] synligt berusade gäster. "
    "Ca {antal} gäster i lokalen.",
    "alkoholinspektor|protokoll|Tillsynsbesök den {date} kl. {time}\nObjekt: {biz}, {addr}\n"
    "Inspektörer: {init:1}, {full:2}\nPå plats: {full:3} (serveringsansvarig), {first:4} (bartender), "
    "{first:5} (dörrvakt, förordnad ordningsvakt)\nIakttagelser: Matutbudet uppfyllde inte kraven, köket "
    "stängt sedan en timme. {first:3} uppgav att kocken {first:6} var sjuk. Erinran övervägs.",
    "tillstandshandlaggare|protokoll|PROTOKOLL FÖRT VID TILLSYN\nVerksamhet: {biz}\nAdress: {addr}\n"
    "Kontrollant: {caps:1}\nSamtal med: {comma:2}, {pnr}, företrädare för bolaget (PBI)\n"
    "Besöket inleddes kl. {time}. Vid tillfället fanns {antal} gäster i lokalen. Företrädaren uppgav att "
    "{full:3} är anställd som serveringsansvarig sedan {date}. {sur:2} ombads komma in med kopia av "
    "anställningsavtal senast {week}.",
    "tillstandshandlaggare|protokoll|Tillsyn enligt 9 kap. alkohollagen\nStälle: {biz}, {street}\n"
    "Datum: {date}\nBesök: kl. {time} till ca kl. {time}\nNärvarande: insp. {sur:1}, insp. {sur:2}\n"
    "Serveringsansvarig: {full:3}, tfn {mob}\nÖvrig personal: {first:4}, {first:5}, {nick:6} (kallas så av "
    "personalen)\nResultat: Brister i ålderskontroll. Två gäster i åldern {ung} år serverades starköl.",
    "alkoholinspektor|protokoll|{full:1}, alkoholinspektör, och {full:2}, polisinspektör, genomförde tillsyn "
    "på {biz} den {date}. Vid entrén fanns ordningsvakterna {full:3} och {first:4}. Serveringsansvarig "
    "{sur:5} ({first:5} i personalliggaren) medverkade. Ljudnivån var hög och flera gäster uppträdde "
    "störande. Lokalen stängdes kl. {time}.",
    "tillstandshandlaggare|protokoll|Uppföljande tillsyn – {biz}\n\nBakgrund: Tidigare tillsyn {date} visade "
    "brister (se {dnr}).\nDeltagare: {full:1} ({kommun}), {full:2} (polisen)\nTillståndshavarens "
    "företrädare: {full:3}\n\nVid dagens besök hade bolaget tagit fram ett nytt egenkontrollprogram. "
    "{first:3} visade utbildningsbevis för {full:4} och {lowf:5}, som hon skrev in själv. [[Inga]] nya "
    "brister noterades.",
    "alkoholinspektor|protokoll|Protokoll tillsyn {week}\n\n{biz} – besök kl. {time}\nPersonal: {first:1} "
    '(bar), {first:2} (bar), {full:3} (kök), disk: skrev själv "{low:4}" i liggaren\n'
    "Serveringsansvarig: {full:5}\nPersonalliggare: saknades för {first:2|g} del, hon uppgav att hon "
    "började idag.\n\nNästa objekt – besök kl. {time}\n[[Lager]] och cider i kylen utan prislista, "
    "annars utan anmärkning.",
    "tillstandshandlaggare|protokoll|Anteckningar vid tillsyn, {biz}\nInspektör: {full:1}\nDatum: {date}\n\n"
    "1. Serveringsansvarig: {full:2} – ja, finns på listan\n2. Matutbud: godkänt\n"
    '3. Marknadsföring: affisch om "happy hour" med öl för {amount}\n4. Ordningsvakter: två st, {first:3} '
    "och {wfirst:4}\n5. Berusade gäster: en man i {vuxen}-årsåldern nekades servering, {first:2} skötte det "
    "bra.",
    # ------------------------------------------------------------------ samtillsyn (joint inspection)
    "kommunpolis|samtillsyn|Samordnad tillsyn natten till lördag {date}\nDeltagande: polisen ({full:1}, "
    "{full:2}), Skatteverket ({full:3}), räddningstjänsten ({full:4}) samt {kommun} ({full:5}).\n"
    "Objekt 1: {biz} – personalliggare ej förd, kontrollavgift aktuell.\nObjekt 2: kiosken på {pstreet} – "
    "utrymningsväg blockerad av ölbackar.",
    "kommunpolis|samtillsyn|Gemensam kontroll {week}, {place}\n\nKl. {time} {biz}: Polis {sur:1} och "
    "{sur:2} kontrollerade ordningsvakterna. En av vakterna, {full:3}, saknade giltigt förordnande. "
    "Skatteverket ({first:4}) gick igenom personalliggaren: {antal} personer i arbete, två ej registrerade "
    "({first:5}, {full:6}).\n\nDärefter med {line} till nattkiosken på {street}.",
    "skatteverket|samtillsyn|Kontrollbesök tillsammans med kommunens tillståndsenhet och polisen.\n"
    "Plats: {biz}, {addr}\nDatum: {date}\n\nI arbete vid besöket: {full:1} (ägare enl. Bolagsverket), "
    "{full:2}, {full:3}, {first:4} (uppgav efternamnet {sur:4}, {snr}).\nPersonalliggaren fanns men var "
    "inte uppdaterad sedan kl. {time}. Kassaregister kontrollerat, inga avvikelser.",
    "raddningstjanst|samtillsyn|Räddningstjänsten deltog i samordnad tillsyn {date} med polis och kommun.\n"
    "Objekt: {biz}\nBrandskyddsansvarig enligt verksamheten: {full:1}\nMax antal personer enligt beslut: "
    "{antal}\nVid räkning kl. {time}: klart fler än tillåtet. Nödutgången mot {street} var låst med kedja. "
    "{first:1} låste upp efter uppmaning av brandinspektör {sur:2}. Föreläggande skickas till {mail}.",
    "kommunpolis|samtillsyn|Sammanfattning samverkanskontroll i {place}, {week}\n- {antal} verksamheter "
    "besökta\n- {biz}: tobak såldes utan anmälan, varorna togs i beslag. Butiksbiträde {full:1}, innehavare "
    "{full:2}\n- bil {plate} med bagaget fullt av cigaretter utan svenska skattemärken ([[Prince]], "
    "[[Marlboro]]), föraren {full:3} ({pnr}) delgavs misstanke, {case}\n- {biz}: ok\nPolis: {init:4}",
    "alkoholinspektor|samtillsyn|Hej alla,\nTack för i fredags! Kort sammanfattning från min sida:\n"
    "{biz} – {first:1} var serveringsansvarig men stod i köket hela tiden. Vi pratade med {full:2} (vd) "
    "efteråt.\nVid {venue} – fullt, kö ut på {street}, vakterna skötte det bra.\nPolisen ({first:3}) "
    "skriver egen PM, RT ({first:4}) återkommer om brandskyddet.\nMvh {full:5}\nAlkoholhandläggare, "
    "{kommun}\n{tel}",
    "skatteverket|samtillsyn|PM – samordnad kontroll av restaurangbranschen\nKontrollant: {comma:1}\n"
    "Objekt: {biz} (enskild firma, innehavare {full:2}, org.nr = personnr {pnr})\nPersonal enligt liggaren: "
    "{full:3}, {full:4}\nPersonal på plats men ej i liggaren: {first:5}, {wfirst:6}\nKontrollavgift: "
    "{amount} för den första som saknas.",
    "raddningstjanst|samtillsyn|Tillsyn LSO i samband med krogkontroll\nObjekt: {biz}, {fast}\n"
    "Kontaktperson: {full:1}, {mob}\nBrandinspektör: {full:2}\nIakttagelser: Utrymningsskyltar ur "
    "funktion. Ca {antal} gäster. Enligt {first:1} har ägaren {full:3} beställt service av brandlarmet men "
    "ingen har kommit.\nUppföljning {week}.",
    # ------------------------------------------------------------------ kontrollkop (test purchase)
    "tobaksinspektor|kontrollkop|Kontrollköp tobak {date}\nButik: {biz}, {street}\nKöpare: ungdom {ung} år "
    "(kommunens kontrollköpare)\nTid: kl. {time}\nResultat: Köpet genomfördes utan legitimationskontroll. "
    "Försäljare enligt butiken: {full:1}. Innehavaren {full:2}, som kom dit i bil {plate}, informerades på "
    "plats, tfn {mob}.\n"
    "Handläggare: {first:3} / {first:4}",
    "tobaksinspektor|kontrollkop|kontrollköp folköl + tobak {week}\n\n1. {biz} – NEJ, leg krävdes (expedit "
    "{first:1})\n2. {biz} – JA, sålde snus ([[General]]) utan leg, expedit {first:2}, ca {vuxen} år\n"
    "3. kiosken vid {place} – JA, sålde folköl. ägaren själv: {full:3}\n\nköpare: {lowf:4} och {lowf:5} "
    "(18 år)\nhandläggare {sur:6}",
    "tobaksinspektor|kontrollkop|Hej {first:1}!\nHär kommer resultatet från kontrollköpen i {place} igår. "
    "Två "
    "av fem sålde e-cigg ([[Lost Mary]]) till vår köpare utan att fråga efter leg. Det gäller {biz} "
    "({full:2} stod i kassan) och kiosken vid hållplatsen för {line}. Informationsbrev skickas till "
    "{mail}.\n/{first:3}",
    "alkoholinspektor|kontrollkop|KONTROLLKÖP ALKOHOL – SERVERINGSSTÄLLE\nStälle: {biz}\nDatum/tid: {date} "
    "kl. {time}\nKontrollköpare: {caps:1} (19 år) och {caps:2} (19 år)\nSom följeslagare: {full:3}\n"
    "Serverat: två starköl ([[Carlsberg]]) à {amount}, ingen legitimation efterfrågad\nPersonal: {full:4} "
    "(bartender)\nUnderrättelse skickad till tillståndshavaren {full:5}.",
    "tobaksinspektor|kontrollkop|Kontrollköp e-cigaretter och tobak\n\nButik: {biz}\nInnehavare (enskild "
    "firma): {full:1}\nOrg.nr: {pnr}\nKöpet: en {ung}-årig köpare fick köpa cigaretter för {amount}. "
    "Personalen ({first:2}) frågade om ålder men inte om leg.\nÅtgärd: Innehavaren kallas till möte med "
    "handläggare {sur:3} {week}.",
    "tobaksinspektor|kontrollkop|{first:1} och jag gjorde kontrollköp på {street} och runt {place} ikväll. "
    "Resultat: 3 av 7 sålde. {biz} sålde trots att {nick:2} (som ägaren kallar honom) tittade på legget och "
    "sa att det var ok. Ägaren {full:3} blev arg och ringde mig efteråt från {mob}.\n//{full:4}",
    "tillstandshandlaggare|kontrollkop|Rapport kontrollköp, folköl i livsmedelsbutik\nButik: {biz}\n"
    "Ansvarig enligt anmälan: {full:1}\nDatum: {date}\nKöparen (19 år) fick köpa ett sexpack folköl utan "
    "ålderskontroll. Kassabiträdet hette enligt namnbrickan {first:2}. {first:1} underrättad per mejl "
    "({mail}). Ny kontroll planeras {week}.",
    "tobaksinspektor|kontrollkop|Kontrollköp {date}, {kommun}\nobjekt: {biz}\nsäljare: {low:1}\n"
    'köpare: {lowf:2} (18 år, ser yngre ut)\nköpt: snus ([[Ettan]]), {amount}\nanm: säljaren sa "du är '
    'väl 18" och slog in köpet. ägaren {full:3} nås på {tel}.',
)
