"""Frames of the fifty-third blind corpus, part e: the kommun's weekly EST notes on match days (incidents and
coming matches), parents' e-mails about threats and behaviour at youth matches, and the district
federation's disciplinary minutes (`role|style|template`; slots in tests/blind53_fill.py)."""

from __future__ import annotations

FRAMES_E = (
    # ------------------------------------------------------------------ est_vecka (kommun's weekly notes)
    "trygghetssamordnare|est_vecka|Lägesbild {week} – evenemang\n"
    "Kommande: {club} – {away}, {arena}, lördag {date}. Polisen bedömer matchen som högrisk.\n"
    "Händelse förra helgen: klotter och nedskräpning vid {place} efter match. Rapporterat av {full:1} "
    "({org}).\n"
    "Kontakt evenemangssamordnare: {full:2}, {tel}",
    "trygghetssamordnare|est_vecka|Veckans genomgång ({week})\n"
    "- {place}: supportrar samlades före matchen, oro bland boende enligt {sur:1} på bostadsbolaget\n"
    "- {venue}: glaskross, ingen gärningsperson, fastighet {fast}\n"
    "- Insats: extra trygghetsvärdar på {street} under matchdagar, ansvarig {first:2}\n"
    "OBS personuppgift i underlaget struken: {full:3}",
    "trygghetssamordnare|est_vecka|Inför matchen {date}\n"
    "Vi har fått signaler från {full:1} (fritidsgården) om att ungdomar från {place} planerar att möta "
    "bortasupportrar vid {venue}. Polisens kontakt {sur:2} informerad.\n"
    "Extra turer på {line} beställda från {org}.",
    "trygghetssamordnare|est_vecka|Rapport från trygghetsvandring efter hemmamatch\n"
    "Deltagare: {full:1}, {full:2}, {wfirst:3} från {org}\n"
    "Iakttagelser: släckt belysning på {pstreet}, krossade flaskor vid {place}.\n"
    "Åtgärd: felanmälan gjord ({first:1}).",
    "trygghetssamordnare|est_vecka|EST-möte {date}\n"
    "Närvarande: {full:1} (kommunpolis), {full:2} ({kommun}), {first:3} (bostadsbolag)\n"
    "Punkt 2. Derbyt på {arena}: ca {antal}00 i publiken, marsch längs {street}. "
    "Tidigare år brand i soptunnor på {pstreet}.\n"
    "Beslut: gul status för området under matchhelgen.",
    "trygghetssamordnare|est_vecka|Kommande händelser\n"
    "{date}: ishockey, {club} – {away}, {arena}\n"
    "Supportrarna brukar samlas vid {pstreet} innan match. Boende har klagat på "
    "nedskräpning och urinering, senast via mejl från {full:1} ({mail}).\n"
    "Ansvarig handläggare: {lowf:2}",
    "trygghetssamordnare|est_vecka|Sammanfattning från kommunpolisen {sur:1}\n"
    "Under {week} har två matcher spelats. Vid den ena tändes bengaler på {pstreet} under marschen, "
    "vid den andra blev en ungdomsdomare hotad på {arena} (hanteras av förbundet).\n"
    "Inga personuppgifter i den delade lägesbilden. Frågor till {first:2}.",
    "trygghetssamordnare|est_vecka|Anteckningar lägesbildsmöte\n"
    "{first:1}: matchen mot {away} gick lugnt, men skadegörelse vid {place} och på {line}\n"
    "{first:2}: fick samtal från {full:3}, {addr}, som klagade på fyrverkerier från supportrar\n"
    "{first:1}: vi lyfter det med föreningen och {org}",
    # ------------------------------------------------------------------ foraldramejl (parent)
    "foralder|foraldramejl|Hej,\n\nJag är förälder till {first:1} som spelar i P12. I helgen på {arena} "
    "skrek en annan förälder, {full:2}, fula saker till domaren som bara är {ung} år. "
    "Ingen ledare sa ifrån. Jag tycker föreningen ska ta detta på allvar.\n\n"
    "Mvh {full:3}\n{mob}",
    "foralder|foraldramejl|Hej {first:1}!\n"
    "Min dotter {first:2} dömde sin första match i lördags och kom hem och grät. En tränare "
    '({wsur:3} tror jag han hette) skrek att hon var "dum i huvudet". Vad gör ni åt sånt?\n'
    "Hälsningar {low:4}",
    "foralder|foraldramejl|Till styrelsen i {club}\n\n"
    "Vi föräldrar i F14 vill framföra att stämningen på läktaren vid matcherna blivit otrevlig. "
    "Särskilt en pappa, {full:1}, har vid flera tillfällen hotat både domare och spelare.\n"
    "Undertecknat: {full:2}, {full:3}, {full:4}",
    "foralder|foraldramejl|Ämne: Vår son och bortaresan\n\n"
    "Hej. Vår son {first:1} åkte med supporterbussen mot {away} och blev kvar när bussen åkte. "
    "Bussvärden {full:2|g} telefon var avstängd. Vi fick hämta honom själva. Han hittades vid {venue}.\n"
    "Vi vill ha en förklaring.\n{full:3}, {addr}, {lgh}",
    "foralder|foraldramejl|Hej! Jag vill bara säga att {full:1} som var domare på P13-matchen i går "
    "gjorde ett jättebra jobb, trots att en förälder i vårt lag betedde sig illa. Den föräldern heter "
    "{full:2}. Jag skäms. /{first:3}",
    "foralder|foraldramejl|Hej {first:1},\n"
    "min son {lowf:2} ({ung} år) har blivit hotad av äldre killar som hänger vid {arena} efter "
    'träningarna. En av dem kallas {nick:3}. De tar hans mobil och säger att han ska "betala". '
    "Ring mig på {mob} eller {tel}.\n{full:4}",
    "foralder|foraldramejl|{full:1} skriver:\n\n"
    "Vi hade bilen parkerad på {street} under derbyt. När vi kom tillbaka var bakrutan krossad och en "
    "bengal låg på sätet. Reg {plate2}. Polisanmält, {case}. Ersätter föreningen sådant?",
    "foralder|foraldramejl|Hej\nVi bor på {addr}, {lgh}, alldeles vid {arena}. Varje matchdag "
    "står supportrar i vår trappuppgång och röker och kissar. I lördags hotade en av dem min man "
    "{first:1}. Vi har pratat med {full:2} på bostadsbolaget. Ingenting händer.\n"
    "{full:3}",
    # ------------------------------------------------------------------ disciplin (federation minutes)
    "disciplinnamnd|disciplin|PROTOKOLL, disciplinnämnden\n"
    "§ 14 Anmälan mot {club}, pyroteknik vid match mot {away} den {date}\n"
    "Nämnden beslutar att ålägga föreningen böter om {amount}.\n"
    "§ 15 Anmälan mot ledare {comma:1}, hot mot domare\n"
    "Beslut: avstängning sex månader.\n"
    "Vid protokollet: {full:2}",
    "disciplinnamnd|disciplin|Disciplinnämndens beslut\n"
    "Ärende: Anmälan om otillåtet beteende mot domaren {full:1}\n"
    "Anmäld: {caps:2}, född {pnr}, ledare i {club}\n"
    "Yttrande: Den anmälde har inte inkommit med yttrande.\n"
    "Beslut: avstängning från all verksamhet till och med {date}.",
    "disciplinnamnd|disciplin|§ 7\n"
    "Spelaren {full:1}, {away}, har i match mot {club} tilldelat motståndare {full:2} ett knytnävsslag. "
    "Domarens rapport, upprättad av {init:3}, har inkommit.\n"
    "Beslut: spelaren avstängs i åtta matcher.",
    "disciplinnamnd|disciplin|Utdrag ur protokoll\n"
    "Närvarande: {full:1} (ordf.), {full:2}, {full:3}\n"
    "Ärende 23/2026: publikincident, {arena}. Föreningen ålades böter om {amount} för brister i "
    "arrangemanget.\n"
    "Justeras: {first:2}",
    "disciplinnamnd|disciplin|Förbundet har tagit emot en anmälan från {org} om att {comma:1}, "
    "förälder till spelare i P15, under match hotat den {ung}-årige domaren.\n"
    "Den anmälde ges möjlighet att yttra sig senast {date}. Skriftligt yttrande skickas till {mail}.\n"
    "Handläggare {sur:2}",
    "disciplinnamnd|disciplin|DISCIPLINÄRENDE\nDiarienr: DN {antal}/26\n"
    "Berörd förening: {club}\nBerörd person: {full:1} (tränare)\n"
    "Händelse: efter match på {arena} följde tränaren efter domaren {full:2} till parkeringen och "
    "uttalade hot. Vittne {full:3}.\n"
    "Beslut: avstängning nio månader. Föreningen ska redovisa åtgärder senast {week}.",
    "disciplinnamnd|disciplin|§ 22 Tillträdesförbud\n"
    "Föreningen {club} har ansökt om tillträdesförbud för {full:1}, {pnr}, och {full:2}, {snr}, med "
    "anledning av pyroteknik vid {arena}.\n"
    "Beslut: ansökan överlämnas till {org} för vidare handläggning. [[Klara]] bevis finns på film.",
    "disciplinnamnd|disciplin|Protokoll fört vid sammanträde {date}\n"
    "Ordförande: {full:1}\nSekreterare: {full:2}\n"
    "§ 3. Ärende mot spelaren {low:3}: rött kort för våldsamt uppträdande mot domare. "
    "Domaren {full:4} har inte skadats.\n"
    "Beslut: sex matchers avstängning. Justerat av {full:5}",
)
