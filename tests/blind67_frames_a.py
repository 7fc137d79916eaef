"""Frames of the sixty-seventh blind corpus, part a: the security control room's log, store detectives'
shoplifting reports, and bans (tillträdesförbud) for shoplifters. `role|style|template`; the slots are
tests/blind67_fill.py's."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # --- the centre's security control room log
    "kontrollrum|kontrollrumslogg|{time} Larm {shop} entrédörr. Väktare {sur:1} (V2) på plats kl {time}. "
    "Två ungdomar sprang mot {place}, en av dem känd som {nick:2}.\n"
    "{time} V2 återrapporterar: ingen skada, {first:3} i kassan bekräftar snatteri av energidryck.",
    "kontrollrum|kontrollrumslogg|Logg CCTV, datum {date}, {centre}\n"
    "kl {time} Kamera 14 följer man ca {vuxen} år, grå jacka, vid {shop}. Man identifierad som {full:1} "
    "(tillträdesförbud sedan {date}).\nkl {time} Ordningsvakt {sur:2} och {first:3} ingriper vid "
    "utgången mot {street}.\nkl {time} Polis meddelad, händelsenr {case}.",
    "kontrollrum|kontrollrumslogg|{time} {caps:1} (pnr {pnr}) stoppad i kassalinjen på {shop} av "
    "butikskontrollant {sur:2}. Gods: parfym, värde {amount}. Larmcentralen kontaktad, polis på väg, "
    "beräknad ankomst kl {time}.",
    "kontrollrum|kontrollrumslogg|Händelselogg kontrollrum – {centre}\n"
    "{time} | Rond | V1 {first:1} + V3 {first:2} startar rond plan 2\n"
    "{time} | Störning | grupp om {antal} ungdomar vid rulltrappan, en kallas {nick:3}\n"
    "{time} | Avvisning | {low:4} avvisad enl. tillträdesförbud\n{time} | Övrigt | hiss 2 ur funktion, "
    "felanmält till fastighetsjouren",
    "vaktare|kontrollrumslogg|nattlogg {date}\n{time} inbrottslarm {shop}, {centre}. Väktarbil {plate2} "
    "på plats kl {time}. Ingen person anträffad.\n{time} Larmet återställt av {full:1}, butikschef, via "
    "telefon {mob}.\n{time} Nyckelkvittens signerad: {init:2}",
    "kontrollrum|kontrollrumslogg|Skiftlogg V-rum, {centre}, fredag\n"
    "kl {time} – {full:1} ({ung} år) och en kompis som kallas {nick:2} tar sig in via lastkajen mot "
    "{street}.\nkl {time} – båda visas ut, målsman {full:3} nås på {mob}.\n"
    "kl {time} – polispatrull informerad. [[Inga]] anmälningar upprättade.\n"
    "Sign. {init:4}",
    "vaktare|kontrollrumslogg|{date} kl {time}: Väktare {wsur:1} rapporterar snatteri på {shop}. "
    "Gärningsperson {full:2}, ca {vuxen} år, lämnade platsen i bil {plate} mot {place}. Vittne: "
    "{first:3}, personal, tel {tel}.",
    "kontrollrum|kontrollrumslogg|LOGG {date} {centre}\n{time} Vakt {first:1} ser {lowf:2} och två till "
    "plocka kläder i ryggsäck på {shop}\n{time} Personalen larmar via Trygg Handel-appen, {first:1|g} "
    "kollega {first:3} går fram\n{time} Ungdomarna springer ut mot {line}-hållplatsen. Signalement "
    "skickat till polisen.",
    # --- store detectives' shoplifting reports
    "butiksdetektiv|butikskontrollrapport|RAPPORT – STÖLD I BUTIK\n"
    "Butik: {shop}, {centre}\nDatum: {date}  Tid: {time}\nGärningsperson: {comma:1}, {pnr}\n"
    "Adress: {addr}, {lgh}\nGods: 2 st hörlurar\nVärde: {amount}\n"
    "Omhändertagen av: butikskontrollant {sur:2}\nVittne: {full:3}",
    "butiksdetektiv|butikskontrollrapport|Snatterirapport {shop}\n"
    "{date}, kl {time}\nEn kvinna, senare identifierad som {full:1} (f. {pnr}), sågs stoppa ned smink i "
    "handväskan. Jag, {full:2}, följde efter förbi kassorna och grep henne vid utgången mot {street}. "
    "Hon uppgav att hennes sambo {first:3} väntade i bilen {plate2}. Polis ({case}) kallad kl {time}.",
    "butiksdetektiv|butikskontrollrapport|Ingripande enligt 24 kap. 7 § RB (envarsgripande)\n"
    "Gripen: {caps:1}, samordningsnr {snr}\nGripen av: {full:2} ({shop})\n"
    "Plats: {centre}, entré mot {street}\nVärde gods: {amount}\nÖverlämnad till polis kl {time}, "
    "inspektör {sur:3}.",
    "butiksdetektiv|butikskontrollrapport|Hej! Här kommer rapporten från i går. {first:1} från {shop} "
    "ringde kl {time} om en man som gick runt med en folieklädd kasse. Vi känner igen honom som "
    "{nick:2}, riktigt namn {full:2}. Han tog två flaskor parfym för sammanlagt {amount} och försvann "
    "mot {place}. /{first:3}, butikskontroll",
    "butiksdetektiv|butikskontrollrapport|Ärende {case}\nAnmälare: {shop} genom {full:1}, tel {tel}\n"
    "Misstänkt: {full:2}, {pnr}, {addr}\nBeskrivning: Misstänkt har vid tre tillfällen under {week} "
    "tagit varor från hyllan med rakblad. Senast den {date}, värde {amount}. Misstänkt kallar sig "
    "{nick:2}.",
    "butiksdetektiv|butikskontrollrapport|bd-rapport {date}\nkl {time} stoppade jag och {first:1} två "
    "tjejer, ca {ung} år, med oscannade varor i kassen. den ena uppgav namnet {low:2}, den andra ville "
    "inte säga. föräldern {full:3} hämtade dem kl {time}. tel {mob}.",
    "butiksdetektiv|butikskontrollrapport|Till: {mail}\nÄmne: Snatteri den {date}, {shop}\n"
    "\nHej {first:1}!\nBifogar rapport. Kvinnan heter {full:2}, hon har tillträdesförbud i centrumet "
    "sedan {week} men kom ändå in via {centre}. Polisen har K-nr {case}. Övervakningsbild finns hos "
    "kontrollrummet.\n\nMvh\n{full:3}\nButikskontrollant",
    "butiksdetektiv|butikskontrollrapport|{full:1} – {pnr} – stöld av {amount} i varor från {shop}, "
    "gripen av butiksdetektiv {sur:2} och väktare {wsur:3}. Tidigare gripen {date} för liknande.",
    # --- bans for shoplifters
    "centrumchef|tilltradesforbud|BESLUT OM TILLTRÄDESFÖRBUD\n{centre}\n"
    "Beslutet gäller: {full:1}, född {pnr}\nAdress: {addr}, {lgh}, {place}\n"
    "Förbudet gäller från {date} i tolv månader och omfattar fastigheten {fast} med samtliga butiker och "
    "allmänna ytor.\nSkäl: upprepade stölder, senast på {shop}.\nBeslutsfattare: centrumchef {sur:2}",
    "centrumchef|tilltradesforbud|Hej {first:1},\nDu meddelas härmed tillträdesförbud till {centre} "
    "(fastigheten {fast}) och dess parkeringshus. Förbudet gäller från och med {date}. Om du ändå "
    "uppehåller dig i centrumet kommer polis att tillkallas och anmälan om olaga intrång göras.\n"
    "Vid frågor, kontakta {full:2}, {tel} eller {mail}.\nCentrumledningen",
    "kontrollrum|tilltradesforbud|Förbudsregister {centre} (utdrag)\n"
    "{comma:1} | {pnr} | t.o.m. {date} | stöld {shop}\n{comma:2} | {snr} | t.o.m. {date} | hot mot "
    "personal\n{comma:3} | {pnr} | t.o.m. {date} | skadegörelse",
    "trygghetssamordnare|tilltradesforbud|Tillträdesförbudet för {full:1} (kallad {nick:1}) förlängdes "
    "på mötet {date}. Han har setts i {centre} två gånger trots förbudet, senast med {first:2} och "
    "{first:3}. Väktarna har fått ny bild.",
    "ordningsvakt|tilltradesforbud|Delgivning av tillträdesförbud\n"
    "Jag, {caps:1}, har i dag den {date} tagit del av beslutet om tillträdesförbud för {centre}.\n"
    "Underskrift: ...........\nDelgivet av: ordningsvakt {sur:2}, {org}\n"
    "Vittne: {init:3}",
    "centrumchef|tilltradesforbud|Angående förbudet mot {first:1|g} son {first:2}, {ung} år: pappan "
    "{full:1} ringde kl {time} och är upprörd. Han menar att sonen bara hängde med kompisarna vid {shop} "
    "och inte stal något. Jag hänvisade till centrumchef {sur:3}, som tog beslutet {date}.",
    "kontrollrum|tilltradesforbud|export förbudslista {centre}\n{low:1};{pnr};{date};stöld\n"
    "{low:2};{snr};{date};hot/våld\n{comma:3};{pnr};{date};{shop}",
    "trygghetssamordnare|tilltradesforbud|Mötesanteckning, {week}: Beslut om förbud för {full:1} och "
    "{full:2} efter rånet mot personalen på {shop}. {full:3} (väktarchef) ansvarar för att bilderna når "
    "alla väktare. Nästa genomgång {date}.",
)
