"""Frames of the forty-third blind corpus, part d: subcontractors' staff lists, neighbours' complaints and the
fire service's notes on fires in skips and site huts (tests/blind43_corpus.py). A frame is
`role|style|template`; the slots are those of tests/blind43_fill.py."""

from __future__ import annotations

FRAMES_D = (
    # --- uelista: subcontractors' staff lists and messages --------------------------------------------------
    "ue_samordnare|uelista|UE-lista {place}, {week}\n{comma:1}  {pnr}  Ställning\n{comma:2}  {snr}  "
    "Mark\n{comma:3}  {pnr}  El\nAnsvarig: {full:4}",
    "ue_samordnare|uelista|Hej {first:1}, här är de nya i laget från {org} som börjar måndag: {full:2} "
    "({pnr}), {full:3} ({snr}) och {full:4}. Alla har ID06. /{first:5}",
    "ue_samordnare|uelista|Personalliggare – avvikelse\n{full:1} stod inte i liggaren vid Skatteverkets "
    "kontroll den {date}. Arbetsgivare: {org}. Kontaktperson {full:2}, {mob}.",
    "ue_samordnare|uelista|Underentreprenörer på plats {week}:\n- [[Mark]]: {org} (lagbas {full:1}, "
    "{mob})\n- Ställning: {nick:2|g} firma\n- El: {full:3}",
    "ue_samordnare|uelista|Ny personal UE betong\nNamn: {caps:1}\nPersonnr: {pnr}\nTelefon: {mob}\nNärmast "
    "anhörig: {full:2}, {mob}",
    "ue_samordnare|uelista|{full:1} från {org} har tappat sitt ID06-kort någonstans vid {street}. Spärrat "
    "den {date}. Om någon hittar det: ring {first:1} på {mob} eller lämna till arbetsledare {sur:2} i "
    "platskontoret.",
    "lagbas|uelista|tjena, {lowf:1} och {lowf:2} från golvfirman kommer inte in genom grinden på {place}, "
    "deras kort är inte aktiverade. kan nån på {org} fixa? /{nick:3}",
    "ue_samordnare|uelista|Inhyrd personal {week}\n{init:1} (snickare) – {org}\n{init:2} (betong) – "
    "bemanningsföretag\n{full:3} (lärling, {ung} år)",
    # --- grannklagomal: neighbours' complaints --------------------------------------------------------------
    "granne|grannklagomal|Hej! Jag bor på {addr}, {lgh}, precis vid bygget. I natt kl {time} var det "
    "ungdomar uppe i kranen igen och skrek. En av dem ropade på '{lowf:1}'. Kan ni inte låsa bättre? Mvh "
    "{full:2}",
    "granne|grannklagomal|Klagomål via kommunens e-tjänst\nNamn: {full:1}\nAdress: {addr}, {lgh}\nTelefon: "
    "{mob}\nÄrende: containrarna vid {street} brinner för andra gången på en månad. Röken kommer in i "
    "lägenheten. Min granne {full:2} har också ringt.",
    "granne|grannklagomal|Hej, det står en vit skåpbil {plate} och tomgångskör vid bygget på {street} "
    "varje natt runt kl {time}. Det är samma gubbe varje gång, jag tror han heter {first:1} och jobbar på "
    "bygget. Han tränar knattelaget i {klubb}.\nMvh {full:2} ({lgh})",
    "granne|grannklagomal|jag heter {low:1} och bor i {lgh} på {addr}. barnen hittade en öppen bod med "
    "verktyg vid {venue} och min son {first:2} tog en hammare som vi vill lämna tillbaka. vem ska vi "
    "kontakta?",
    "granne|grannklagomal|Till {kommun}\nVi grannar på {street} vill påtala att bygget vid {place} lämnar "
    "grindarna öppna. {full:1} i vår styrelse har mejlat byggherren ({org}) och deras projektledare "
    "{full:2} flera gånger utan svar. Hälsningar {full:3}",
    "granne|grannklagomal|Hej {first:1}, det var jag som ringde om branden i skipet vid {street} i går. "
    "Jag såg två killar, den ena är {lowf:2|g} storebror tror jag, de åkte på moped mot {place}. Bussen "
    "({line}) fick tvärnita. /{first:3}",
    "granne|grannklagomal|Anonymt tips: Det är {full:1} som säljer vidare verktyg från byggena i {place}. "
    "Han har en blå Volvo {plate2} och brukar hålla till vid {venue}.",
    "granne|grannklagomal|Hej! Klotter och skadegörelse på byggplanket mot {pstreet} igen, vid hållplatsen "
    "för {line}. Såg en tjej och en kille kl {time}, killen kallades {nick:1} av tjejen. Har bilder. "
    "{low:2}, {mob}",
    # --- raddningstjanst: the fire service's notes ----------------------------------------------------------
    "raddningstjanst|raddningstjanst|Insatsrapport räddningstjänsten\nTid: {time}\nAdress: {addr}, "
    "{place}\nHändelse: brand i container (skip) vid byggarbetsplats. Spridning till bod förhindrad. "
    "Kontaktperson på plats: arbetsledare {full:1}, {mob}.\nStyrkeledare {sur:2}",
    "raddningstjanst|raddningstjanst|Räddningstjänsten larmades kl {time} till {street} där en byggbod "
    "brann. Bodens ägare, {org}, representerades av {full:1}. Polis ({first:2}) kom kl {time}. Misstanke "
    "om anlagd brand.",
    "raddningstjanst|raddningstjanst|Brand i skip, {place}, den {date}\nInsatsledare {sur:1}. Vittne: "
    "{full:2} ({ung} år) såg två personer springa mot {venue}. Tel vittne: {mob}",
    "raddningstjanst|raddningstjanst|Händelserapport räddningstjänst\nObjekt: nybyggnation {venue}\nOrsak: "
    "sannolikt anlagd brand i isolering plan 2\nVakt på plats: {full:1} ({org})\nRapport skriven av "
    "{full:2} den {date}",
    "raddningstjanst|raddningstjanst|{time} brandlarm byggarbetsplats {place}\n{time} första enhet "
    "framme\n{time} släckt, skip och pallar\nUppgiftslämnare {full:1}, tel {tel}\nBefäl: {first:2}",
    "raddningstjanst|raddningstjanst|Hej {first:1}! Vi från räddningstjänsten vill påminna om att gasol "
    "förvarades olåst i container vid {street} vid vårt besök den {date}. Ansvarig enligt skylt: {full:2}, "
    "{mob}.",
    "raddningstjanst|raddningstjanst|Tillsyn efter brand, {place} (fastighet {fast})\nBesökt den {date} "
    "tillsammans med platschef {full:1} och {first:2} från {org}. [[Björk]] och sly intill skipet ska "
    "röjas. Skipen står {antal} m från fasad och ska flyttas. Nästa kontroll {week}.",
    "raddningstjanst|raddningstjanst|RÄDDNINGSTJÄNST – ANLAGD BRAND\nPlats: {venue}\nTid: "
    "{time}\nMisstänkt enl vittne {full:1}: en kille kallad {nick:2}, ca {ung} år\nBrottsanmälan: {case}",
)
