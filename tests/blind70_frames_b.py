"""Frames of the seventieth blind corpus, part b: theft reports from sites (to the police and the hire
firm), insurance claims and alarm-centre logs (tests/blind70_corpus.py)."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # ------------------------------------------------------------------ stoldanmalan
    "platschef|stoldanmalan|Anmälan stöld från arbetsplats\nAnmälare: {full:1}, {pnr}\nFöretag: {org}\n"
    "Arbetsplats: {addr}, {kommun}\nTid: mellan {date} kl 16.00 och morgonen därpå\nStulet: 1 st "
    "minigrävare, 2 st laserinstrument. Reg.nr släp {plate}.\nVittne: {full:2}, {mob}",
    "arbetsledare|stoldanmalan|Hej! Jag vill anmäla stöld från vårt bygge på {street} i {place}. Någon har "
    "klippt låset på containern mellan fredag och måndag. Försvunnet: verktyg för ca {amount}. Mitt namn "
    "är {full:1}, nås på {mob}. Kollegan {first:2} såg en vit skåpbil, {plate2}, stå vid grinden.",
    "platschef|stoldanmalan|POLISANMÄLAN – kompletterande uppgifter\nDiarienr: {case}\nMålsägande: {org}, "
    "ombud {full:1}\nPlats: {proj}, fastighet {fast}\nMisstänkt fordon: {plate}\nTips från {sur:2} "
    "(UE) om att maskinerna synts på Blocket.",
    "inkopare|stoldanmalan|Till: {org} (maskinuthyrning)\nAng. stulen maskin, avtal 44812\nHyrd av "
    "{full:1} för {proj}. Stulen natten till {date}. Polisanmälan {case}.\nFrågor till mig, {full:2}, "
    "{tel} eller {mail}.",
    "arbetsledare|stoldanmalan|stöld igen!! natten mot {date} på {street}. de tog sig in genom "
    "staketet mot {venue}. {nick:1} och {first:2} märkte det kl {time}. saknas: kapsåg, spikpistoler x3,"
    " 2 gasolflaskor. anmält av {first:3}, {case}",
    "platschef|stoldanmalan|Brottsanmälan (webb)\nNamn: {caps:1}\nPersonnummer: {pnr}\nTelefon: {mob}\n"
    "Adress: {addr}\nHändelse: dieselstöld ur arbetsmaskiner på byggarbetsplats {proj}, ca 400 liter. "
    "Upptäckt den {date} av maskinförare {full:2}.",
    "ue|stoldanmalan|{full:1} anmäler att hans firmabil {plate2} blivit uppbruten på byggets parkering vid"
    " {pstreet} i {place} under natten. Stulet: verktygsväska, laddare, ID06-kort i namnet {full:2}. Anmälan "
    "gjord, {case}. Nås på {mob}.",
    "platschef|stoldanmalan|Stöldanmälan {proj}\nUpptäckt: {date} kl {time} av {full:1}\nGodset: "
    "elkabel ca 300 m, koppar\nVärde: {amount}\nFastighet: {fast}\nÖvrigt: {low:2} (vakt från {org}) "
    "såg en pickup utan skyltar tidigare på kvällen.",
    # ------------------------------------------------------------------ forsakringsanmalan
    "projektledare|forsakring|SKADEANMÄLAN – Entreprenadförsäkring\nFörsäkringstagare: {org}\n"
    "Kontaktperson: {comma:1}, {mob}\nSkadedatum: {date}\nSkadeplats: {fast} ({addr})\n"
    "Skadans art: inbrott i nyproduktion, {lgh} – vitvaror stulna\nPolisanmälan: {case}",
    "inkopare|forsakring|Skadeanmälan maskin\nMaskin: hjullastare, reg {plate}\nFörare vid tillfället: "
    "{full:1}\nAnsvarig arbetsledare: {full:2}\nHändelse: maskinen hittad nedbränd {date} på upplaget"
    " vid {street}. Anmäld till polis, {case}. Uppskattat belopp {amount}.",
    "projektledare|forsakring|Hej {first:1},\nbifogar underlag till skadeanmälan för {proj}. Inbrottet "
    "skedde {date}, upptäcktes av {full:2} på morgonen. Självrisken ligger på {amount}. Kontaktperson på"
    " plats är {sur:3}, {mob}.\nMvh {full:4}, {org}",
    "forvaltare|forsakring|Skadeanmälan fastighet\nFastighet: {fast}\nAdress: {addr}\nUppgiftslämnare: "
    "{full:1}, förvaltare\nSkada: vattenskada efter att kopparrör stulits i undercentralen, {date}.\n"
    "Hyresgäst i {lgh}, {full:2}, upptäckte läckan.",
    "projektledare|forsakring|Ärende hos försäkringsbolaget: skada 25-118 733\nHandläggare {sur:1} "
    "har bett om:\n1. polisanmälan ({case})\n2. lista på stulna verktyg – {first:2} tar fram\n3. "
    "kvitton, {nick:3} har dem i bilen\nSkadedag: {date}",
    "inkopare|forsakring|Skadeanmälan {date}\nFöretag: {org}\nUppgiftslämnare: {init:1}, inköp\n"
    "Stulet från bod på {proj}: fyra batterimaskiner och en nivåkikare. Totalt ca {amount}.\nAnställd som "
    "låste boden: {full:2}, {pnr}",
    "forvaltare|forsakring|Till försäkringen. Brand i byggcontainer vid {street}, {place}, natten till"
    " {date}. Räddningstjänsten på plats kl {time}. Containern hyrd av {org}. Våra ytor: fastighet "
    "{fast}. Kontakt: {full:1} {tel}, jour {first:2} {mob}.",
    "projektledare|forsakring|skadeanmälan – komplettering\nskadenummer enligt tidigare mejl\n"
    "stulen släpkärra {plate2} återfunnen i {place} den {date}, skadad. hämtad av {low:1} och {lowf:2}."
    "\npolisens ärendenr {case}",
    # ------------------------------------------------------------------ larmlogg
    "larmcentral|larmlogg|LARMLOGG {proj}\n{date}\n{time} inbrottslarm bod 2, sektion 4\nbevakare "
    "{full:1} skickad\nobjektansvarig {full:2} ringd på {mob}, svarade ej\nbevakare på plats, "
    "inget anmärkningsvärt",
    "larmcentral|larmlogg|Larm mottaget {date} kl {time}\nObjekt: byggarbetsplats {addr}\nLarmtyp: "
    "rörelse i nybygge\nÅtgärd: väktare {sur:1} på plats, två personer sprang mot {place}. Polis "
    "larmad, {case}. Kontaktperson {full:2} underrättad.",
    "vaktare|larmlogg|Händelselogg – {org}\n{date}\nkl {time} larm från {proj}\nutryckning {first:1} "
    "+ {first:2}\nfordon {plate} står på området utan tillstånd\nägare enligt register: {full:3}",
    "larmcentral|larmlogg|{time} – Brandlarm {venue} (byggarbetsplats intill)\nLarmet återställt av "
    "platschef {full:1}. Orsak: heta arbeten av UE {org}, {full:2}. Ingen fara.",
    "vaktare|larmlogg|logg natt {date}\n22.10 rond {proj} – ok\n01.40 larm bod, {first:1} åker\n02.05 "
    "uppbruten dörr, {antal} borrmaskiner saknas\n02.30 polisen på plats, kontakt {sur:2}\n06.00 "
    "överlämnat till {full:3}",
    "larmcentral|larmlogg|Kameralarm {proj} – {date}\nPerson med ficklampa i plan 3, larmoperatör "
    "{full:1}\nBevakare {full:2} framme kl {time}\nObjektets kontakt: {first:3} {mob}\nSe även {case}",
    "vaktare|larmlogg|LOGG {org} – objekt {fast}\n{date}: larm kl {time}, {first:1} på plats. Ytterdörr"
    " lgh-plan 1 uppbruten. Nyckelansvarig {caps:2}. Larmkod byts, beställt av {wfirst:3}.",
    "larmcentral|larmlogg|{full:1} (larmcentral) → {full:2} (platschef)\nKl {time} inbrottslarm på "
    "{proj}, {street}. Patrull {first:3} och {nick:4} framme efter 12 minuter. Grind uppbruten. "
    "Polis underrättad.",
)  # fmt: skip
