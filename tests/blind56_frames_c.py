"""Frames of the fifty-sixth blind corpus, part c: opinions on applications (the police, Skatteverket, the
fire service, the environment office), the licensing board's decisions, and licence holders' notifications
of changes. Each frame is `role|style|template` (tests/blind56_fill.py reads the slots)."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # ------------------------------------------------------------------ yttrande (opinion on an application)
    "tillstandsenheten|yttrande|YTTRANDE\nÄrende: Ansökan om serveringstillstånd, {biz}\nEr beteckning: "
    "{dnr}\n\nPolismyndigheten har tagit del av ansökan från bolaget {orgnr} (företrädare {full:1} och "
    "{full:2}). Av polisens register framgår att {sur:2} är misstänkt för narkotikabrott i ärende {case}. "
    "Polismyndigheten avstyrker.\n\nBeslut i detta ärende har fattats av {full:3}. Föredragande {full:4}.",
    "skatteverket|yttrande|Skatteverkets yttrande – ansökan om serveringstillstånd\nSökande: {biz} genom "
    "{full:1} ({pnr})\nSkatteverket har kontrollerat att sökanden är registrerad för moms och som "
    "arbetsgivare. Bolaget har en skuld hos Kronofogden på {amount}. Företrädaren {sur:1} var tidigare "
    "företrädare för ett bolag som försattes i konkurs {date}.\nHandläggare: {comma:2}, tfn {tel}",
    "raddningstjanst|yttrande|Remissvar från räddningstjänsten\nAvseende: {biz}, {addr} ({fast})\nLokalen är "
    "godkänd "
    "för högst {antal} personer. Vid platsbesök {date} konstaterades att brandcellsgräns mot trapphuset "
    "saknas. Verksamhetsutövaren {full:1} har informerats.\nBrandinspektör\n{full:2}",
    "tillstandsenheten|yttrande|Polismyndighetens yttrande\n\nAngående: {full:1}, {pnr}, föreslagen "
    "serveringsansvarig på {biz}\n{sur:1} förekommer inte i polisens register. Ingen erinran.\n\n"
    "Angående: {full:2}, {pnr}\n{sur:2} är dömd för grovt rattfylleri ({case}). Polismyndigheten anser att "
    "{first:2} inte bör godkännas.",
    "miljoinspektor|yttrande|Yttrande från miljöförvaltningen\nLivsmedelsanläggningen {biz} är registrerad "
    "sedan {date}. Ansvarig för livsmedelsverksamheten: {full:1}. Vid senaste kontrollen ({week}) noterades "
    "brister i rengöringen. {first:1} har åtgärdat dem enligt uppföljning av inspektör {wsur:2}.",
    "kommunpolis|yttrande|Kompletterande yttrande angående {biz} på {street}\nPolisen har under perioden "
    "{date} till {date} registrerat {antal} händelser kopplade till serveringsstället, bl.a. misshandel "
    "({case}) och narkotikabrott. Dörrpersonalen {full:1} och {full:2} saknade förordnande vid kontroll.\n"
    "{full:3}\nKommunpolis, {place}",
    "skatteverket|yttrande|Svar på remiss {dnr}\n\nSökande: {full:1}, enskild näringsidkare, firma "
    '"{sur:1|g} Restaurang & Catering"\nPersonnummer/org.nr: {pnr}\nSkatteverket har inga anmärkningar '
    "beträffande registrering. Restförda skulder saknas.\nMed vänlig hälsning\n{full:2}\n"
    "Skatteverket, {place}",
    "raddningstjanst|yttrande|Hej,\nRäddningstjänsten har inget att invända mot utökad serveringstid till "
    "kl {time} för {biz}, under förutsättning att högst {antal} gäster vistas i lokalen. Kontaktperson hos "
    "verksamheten är {full:1}, {mob}.\n/{full:2}, brandingenjör",
    # ------------------------------------------------------------------ beslut (decision)
    "tillstandshandlaggare|beslut|BESLUT\nSocialnämnden meddelar bolaget {orgnr} varning enligt 9 kap. 17 § "
    "alkohollagen.\nSkäl: Vid tillsyn {date} serverades alkohol till en uppenbart berusad person. "
    "Serveringsansvarig var {full:1}. Bolagets företrädare {full:2} har yttrat sig.\nBeslutet har fattats av "
    "{full:3} på delegation.\nFöredragande: {full:4}",
    "tillstandshandlaggare|beslut|Beslut om återkallelse av serveringstillstånd\nTillståndshavare: {full:1}, "
    "enskild firma, org.nr {pnr}\nServeringsställe: {biz}, {addr}\nNämnden återkallar tillståndet från och "
    "med {date}. {sur:1} har vid upprepade tillfällen anlitat personal som inte förts in i "
    "personalliggaren, bl.a. {full:2} och {full:3}.",
    "tillstandshandlaggare|beslut|Beviljas: stadigvarande serveringstillstånd till allmänheten för {biz}\n"
    "Serveringstid: kl. 11.00 till kl. {time}\nServeringsansvariga: {full:1}, {full:2}, {full:3}, "
    "{low:4}\nVillkor: två ordningsvakter fredag och lördag efter kl. {time}.\nBeslutsfattare: {init:5}",
    "alkoholinspektor|beslut|Erinran – {biz}\nVid tillsyn {date} konstaterades att serveringsansvarig "
    "saknades kl. {time}. Enligt personalen ({first:1}, {wfirst:2}) hade {full:3} gått hem tidigt. "
    "Tillståndshavaren {full:4} har i yttrande {date} uppgett att rutinerna ändrats. Nämnden meddelar "
    "erinran.\n{kommun}",
    "tobaksinspektor|beslut|BESLUT – FÖRSÄLJNINGSFÖRBUD TOBAK\nVerksamhet: {biz}\nInnehavare: {caps:1}\n"
    "Nämnden förbjuder {sur:1} att sälja tobaksvaror under sex månader från {date}. Skäl: Vid kontrollköp "
    "{date} och {date} såldes tobak till personer under 18 år. Vid det senare tillfället var {first:1|g} son "
    "{full:2} ensam i butiken.",
    "tillstandshandlaggare|beslut|Tillfälligt serveringstillstånd – slutet sällskap\nArrangör: {full:1}, "
    "{mob}\nTillfälle: bröllop den {date} på {venue}\nAntal gäster: {antal}\nServeringsansvarig: "
    "{full:2}\nBeslutet fattat av handläggare {sur:3}.",
    "tillstandshandlaggare|beslut|Meddelande om avskrivning\nAnsökan från {full:1} om serveringstillstånd "
    "för {biz} avskrivs då begärd komplettering (ekonomisk redovisning, hyresavtal med {org}) inte kommit in "
    "trots påminnelse {date}. Upplysningar lämnas av {full:2}, {tel}, eller via {mail}.",
    "alkoholinspektor|beslut|Sanktionsavgift – tobakslagen\nButik: {biz}, {street}\nInnehavare: {comma:1} "
    "({pnr})\nSanktionsavgift: {amount}\nGrund: försäljning utan anmälan sedan minst {week}. Försäljningen "
    "sköttes av {full:2} och {nick:3}.",
    # ------------------------------------------------------------------ anmalan (notification of changes)
    "tillstandshavare|anmalan|Anmälan om ändrade förhållanden\nServeringsställe: {biz}\nNy "
    "serveringsansvarig: {full:1}, {pnr}, tel {mob}\nUtgår: {full:2}\nUppgiftslämnare: {full:3}, vd\n"
    "Datum: {date}",
    "tillstandshavare|anmalan|hej! vill anmäla att {lowf:1} och {full:2} ska vara serveringsansvariga från "
    "{date} när {nick:3} slutar. båda har gått kursen. mvh {first:4} på {biz}",
    "tillstandshavare|anmalan|Ägarbyte\nTidigare ägare: {full:1} (100 % av aktierna)\nNy ägare: {full:2}, "
    "{pnr}, {addr}, {lgh}\nKöpeskilling: {amount}, finansieras genom lån från {full:3}\nTillträde {date}\n"
    "Kontaktperson: {first:2}, {mail}",
    "tillstandshavare|anmalan|Anmälan – försäljning av folköl\nButik: {biz}\nInnehavare: {full:1} (enskild "
    "firma, {pnr})\nFörsäljningen påbörjas: {date}\nAnsvarig i butiken: innehavaren själv samt {first:2} "
    "(sonen) och {wfirst:3}\nAdress: {addr}",
    "registrator|anmalan|Inkommen handling {dnr}\nAvsändare: {mail}\nRubrik: Anmälan om serveringsansvarig "
    "personal\nBilaga: lista med {antal} namn, bl.a. {full:1}, {full:2}, {full:3}, {caps:4}\nFördelas "
    "till: handläggare {sur:5}",
    "tillstandshavare|anmalan|Hej,\nJag heter {full:1} och har tagit över kiosken vid {place} (hållplatsen "
    "för {line}) efter min "
    'farbror {full:2}. Firman heter nu "{sur:1} Tobak & Spel". Behöver jag göra en ny tobaksanmälan? Mitt '
    "nummer är {mob}.\nTack på förhand\n{first:1}",
    "tillstandshavare|anmalan|Anmälan om provsmakning\nArrangör: {biz}\nProvsmakning av whisky för slutet "
    "sällskap {date}, ca {antal} deltagare\nAnsvarig: {full:1} (kunskapsprov godkänt {date})\nLokal: "
    "{venue}\nKontakt: {tel}",
    "registrator|anmalan|{full:1} ringde och ville anmäla att hans bror {full:2} ({pnr}) inte längre har "
    "något med {biz} att göra och ska strykas som PBI. Ombedd att skicka in det skriftligt, blankett "
    "skickad till {addr}.",
)
