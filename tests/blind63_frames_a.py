"""Frames of the sixty-third blind corpus, part a: the taxi dispatch's incident log, drivers' own reports
and fare disputes. `role|style|template`; slots as in tests/blind63_fill.py."""

FRAMES_A = (
    # taxilogg: the dispatch's incident notes, terse, timestamped
    "trafikledare|taxilogg|{time} Bil 412 larmar via nödknapp, {place}. Förare {full:1} svarar inte i radio."
    " Polis larmad 112. {time} förare återkommer, hotad med kniv av två passagerare, rånad på dagskassan."
    " Gärningsmännen flydde mot hållplatsen för {line}."
    " Ärendet hos polis {case}. /{first:2} trafikledning",
    "trafikledare|taxilogg|INCIDENT {date}\nBil: 208 ({plate2})\nFörare: {comma:1}\nPlats: {street}/{venue}\n"
    "Händelse: kund vägrade betala {amount}, slog mot rutan. Förarens kollega {first:3} kom till platsen."
    "\nSign. {init:2}",
    "trafikledare|taxilogg|kl {time} ringde {first:1} (bil 77) – kunden {full:2} sprang från bilen vid"
    " {venue}"
    " utan att betala. Kunden hade ringt in från {mob}. Spärrad i systemet av nattchefen {sur:3}.",
    "trafikledare|taxilogg|Natt mot lördag, {place}: tre incidenter.\n1) {first:1} hotad vid {venue}, ingen"
    " skada."
    "\n2) {first:2} fick en flaska kastad mot bilen ({plate}).\n3) Åkaren {sur:3} anmäler skadegörelse,"
    " {case}.",
    "trafikledare|taxilogg|{caps:1} – avstängd från kontot i 14 dagar efter klagomål från kund {date}."
    " Kunden ({mail}) uppger att föraren skrek och körde fel väg mot {place}. Ansvarig trafikchef {wsur:2}.",
    "trafikledare|taxilogg|Överlämning nattpass: {nick:1} (bil 305) hade bråk vid {venue} kl {time}, kund"
    " spottade."
    " Förare {full:2} stannade kvar med honom tills väktare kom. {first:3} tar kontakt med {org} på måndag.",
    "trafikledare|taxilogg|{time} larm bil 51 {pstreet}. Förare {low:1} ringde från egen mobil {mob}, sa att"
    " någon försökt ta bilnyckeln. Patrull på plats kl {time}. Ingen gripen. Förarens sambo {first:2}"
    " hämtade honom.",
    "trafikledare|taxilogg|Beställning från {place} till {venue} för {amount}. Kunden {first:1} {wsur:1}"
    " ville betala med"
    " swish till {mob}, föraren {first:2} nekade enligt policy och ringde åkaren {sur:3}. Kunden blev"
    " hotfull. [[Kvitto]] saknas. Noterat den {date}.",
    # forarrapport: a driver's own report to the taxi company
    "forare|forarrapport|Hej, det är {first:1} i bil 119.\nIgår kväll kl {time} på {street} satte sig två"
    " killar"
    " i bilen. Den ena kallade sig {nick:2}. De ville till {place} men vägrade betala {amount}.\nDe tog min"
    " telefon. Polisanmält, nummer {case}.\nMvh {full:1}",
    "forare|forarrapport|Rapport från förare {full:1}, leg.nr 40213\nDatum: {date}\nJag blev slagen i"
    " ansiktet"
    " vid {venue} av en man som kallades {first:2} av sina vänner. Vittne: {full:3}, tel {mob}. Mitt"
    " personnummer {pnr}.",
    "forare|forarrapport|Jag heter {full:1} och kör för {org} i {place}. Min bil {plate} blev repad med"
    " nyckel"
    " medan jag hämtade mat vid {street}. Kollegan {first:2} såg allt. Vill att ni pratar med {first:2|g}"
    " chef.",
    "forare|forarrapport|Till åkeriet\n{wfirst:1} {sur:1} här. I natt ({date}) hotade en kund att 'hitta"
    " mig' – han visste att jag bor på {addr} ({fast}). Han hette {first:2} enligt appen. Jag vill inte köra"
    " i {place}"
    " mer på nätterna.",
    "forare|forarrapport|{first:1} {sur:1} bil 64: kund spydde i baksätet, sanering {amount}. Kunden, en"
    " {first:2}, lämnade nummer {mob} men svarar inte. Körningen gick från {venue} kl {time}.",
    "forare|forarrapport|Händelse {date} – förare {init:1}.\nKund bad mig stanna på {pstreet}, sen kom två"
    " till"
    " och ryckte upp dörren. Den ena ropade {nick:2}. Jag körde därifrån. Ingen skada men jag är skakad, min"
    " fru {first:3} också.\n"
    "Kontakt: {mail}",
    "forare|forarrapport|Hej {first:1}! Jag var den som blev rånad vid {venue} på fredag. Polisen har gett"
    " mig"
    " K-nummer {case}. Kan du skicka loggen till handläggaren {sur:2}? /{first:3}",
    "forare|forarrapport|Skada på fordon {plate2}. Förare: {full:1}. En cyklist från {org} körde in i dörren"
    " på {street} och försvann. Jag fick bara hans förnamn, {first:2}. Han bar en rosa väska. {amount} i"
    " självrisk.",
    # prisklagomal: fare disputes, customers' complaints and the company's answers
    "kund|prisklagomal|Hej!\nJag åkte från {venue} till {place} natten till söndag och fick betala {amount}."
    " Föraren ({first:1}) sa att taxametern var trasig. Det är ett skämt. Min sambo {first:3} höll"
    " med.\n{full:2}\n{mob}",
    "kund|prisklagomal|Klagomål resa {date}, kvitto nr 88213. Min mamma {full:1} ({pnr}) blev debiterad"
    " dubbelt, {amount} två gånger. Föraren hette {first:2}. Vänligen återbetala till kontot. /{first:3}",
    "kundtjanst|prisklagomal|Svar till {full:1}: Vi har gått igenom resan från {street} den {date}. Föraren"
    " {sur:2} körde via {pstreet} på grund av avstängning. Vi återbetalar {amount}.\nMed vänlig hälsning"
    "\n{first:3}, kundservice {org}",
    "kund|prisklagomal|{first:1} här igen. Ni har fortfarande inte svarat på mitt mejl ({mail}). Föraren"
    " på bil {plate} tog {amount} för tio minuter. Jag har bilder. [[Hälsningar]]",
    "kund|prisklagomal|jag och {lowf:1} tog en taxi från {venue} kl {time} och föraren krävde kontant."
    " vi hade inte det så han körde till en bankomat i {place} och vägrade släppa ut oss, sa att chefen"
    " {sur:3} bestämt så. {low:2} var med"
    " och kan bekräfta",
    "kundtjanst|prisklagomal|Ärende 55120 – prisdiskussion\nKund: {comma:1}\nTel: {tel}\nFöraren {first:2}"
    " uppger att kunden ändrade slutmål två gånger. Fast pris {amount} gäller ej då. Avslag skickat {date}.",
    "kund|prisklagomal|Vem ansvarar för bil {plate2}? Föraren, en {first:1} tror jag, skrek åt min dotter"
    " {first:2} när hon ifrågasatte priset på {amount}. Hon är {ung} år! Hör av er på {mob}. {full:3}",
    "kund|prisklagomal|Till {org}: Jag ({full:1}, {addr}) beställde en bil till {venue} som aldrig kom men"
    " debiterades ändå {amount}. Bokningen gjordes {date} kl {time}.",
)
