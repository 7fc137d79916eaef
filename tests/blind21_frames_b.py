"""Frames of the twenty-first blind corpus, part B: elevhälsan's notes and orosanmälningar sent on
(elevhalsa), förskola and fritidshem (forskola), and the library's and kulturskolan's logs (bibliotek)."""

# ruff: noqa: E501

FRAMES_B = (
    # elevhalsa: kurator, skolsköterska, psykolog, studie- och yrkesvägledare, the elevhälsoteam
    "kurator|elevhalsa|Kuratorsanteckning {date}: {full:1} ({ung}) berättar att hon inte vågar gå hem via {place} eftersom {full:2} och {nick:2} hänger där. Föreslår skolskjuts. /kurator {sur:3}",
    "skolskoterska|elevhalsa|Skolsköterska {full:1}: elev {first:2} i {klass} hade rodnader på halsen och sa att {first:3} (mammas pojkvän) tagit stryptag. Orosanmälan skickad {date} till {unit}. Elevens pnr {pnr}.",
    "kurator|elevhalsa|Orosanmälan vidarebefordrad\nBarn: {comma:1}, {pnr}\nAdress: {addr}, {lgh}\nVårdnadshavare: {comma:2}, {mob}\nOro: eleven säger att pappa {first:3} dricker och slår. Kurator {sur:4}, {unit}",
    "elevhalsa|elevhalsa|EHT-möte {week}:\n* {first:1} ({klass}) – hög frånvaro, hemmasittare sedan {date}.\n* {first:2} – misstänkt rekrytering, ses med {nick:3} vid {place}.\n* {full:4} – ny elev från {skola}, tolk behövs.\nAnteckningar: {full:5}",
    "syv|elevhalsa|Studie- och yrkesvägledare {full:1} noterar: {first:2} i {klass} vill byta skola efter hot från {full:3} på {skola}. Pappan {full:4} nås på {mob}.",
    "psykolog|elevhalsa|skolpsykolog {sur:1}: samtal m {low:2} ({ung}) idag, berättar om att {lowf:3} säljer på toaletterna. elevhälsan informerad, rektor {wsur:4} tar det vidare.",
    "kurator|elevhalsa|{first:1} från {klass} kom till mig gråtande efter att {first:2} och {first:3} lagt ut nakenbilder på henne. Polisanmälan gjord, {case}. Stödsamtal bokade {week}. /{first:4}, kurator",
    "skolskoterska|elevhalsa|Hälsosamtal {klass}: {full:1} uppger självskadebeteende, {full:2} berättar om hot hemma från styvpappa {first:3}. Orosanmälan för båda, {dnr}. [[Inga]] föräldrar kontaktade innan soc gjort sin bedömning.",
    "kurator|elevhalsa|Till {unit}: Vi gör en orosanmälan om {full:1}, född {pnr}, boende {addr}. Mamma {full:2} har sagt till mentor {sur:3} att hon inte orkar längre. Kontakt: {full:4}, kurator, {tel}",
    "elevhalsa|elevhalsa|Elevhälsoteamet {skola} – {date}\nNärvarande: rektor {full:1}, kurator {full:2}, skolsköterska {full:3}, specialpedagog {full:4}\nÄrende: {first:5} ({klass}, samordningsnummer {snr}), ny i Sverige, sover i skolan. Kontakt med {unit}.",
    # forskola: förskola and fritidshem
    "forskollarare|forskola|{inst}: vid hämtning den {date} kom pappa {full:1} berusad för att hämta {first:2} ({barn}). Personalen {first:3} och {first:4} lät inte barnet gå med. Mamma {full:5} hämtade istället.",
    "fritidspedagog|forskola|Fritids {skola}: {first:1} ({barn}) och {first:2} ({barn}) sprang iväg från gården mot {street} kl {time}. Hittades vid {place} av fritidspedagog {sur:3}.",
    "forskolechef|forskola|Incident på {inst} den {date}: en okänd man filmade barnen över staketet från en bil, reg {plate2}. Pedagog {sur:1} ringde polisen. Föräldrar till {first:2}, {first:3} och {first:4} informerade.",
    "barnskotare|forskola|{first:1} ({barn}) berättade i samlingen att pappa har en pistol hemma. Förskollärare {full:2} gjorde orosanmälan, barnets pnr {pnr}. Mamma {wfirst:3} nås på {mob}.",
    "fritids|forskola|fritids idag: {lowf:1} bet {lowf:2} i armen, föräldrar ringda. {lowf:3} slängde grus på en bil på {street}, ingen skada. /{lowf:4}",
    "forskolechef|forskola|Till vårdnadshavare på {inst}:\nVi har haft inbrott i förrådet natten mot {date}. Barnvagnar och cyklar stulna. Polisanmälan {case}.\nHör av er till förskolechef {full:1}, {tel}, eller {mail}.",
    "forskollarare|forskola|Hämtningslista {date} – {inst}:\n{first:1} – hämtas av mormor {full:2}\n{first:3} – hämtas av {full:4}, INTE av pappa\n{first:5} – går hem själv med storasyster {first:6}",
    "fritidspedagog|forskola|Fritidshemmet på {skola} rapporterar: äldre ungdomar, bl.a. en som kallas {nick:1}, har kastat smällare mot barnen vid {place} tre dagar i rad ({week}). Fritidspedagog {full:2} har pratat med {first:1|g} mamma.",
    "forskollarare|forskola|Anteckning: {full:1|g} mamma {full:2} sa vid lämningen att hon bor på skyddat boende och att ingen får veta att {first:1} går på {inst}. Pappan heter {caps:3}",
    "barnskotare|forskola|[[Klara]] instruktioner saknas om vem som får hämta {first:1} ({barn}). Enligt {first:2} (mamma) får bara moster {full:3} hämta. Tel moster {mob}.",
    # bibliotek: the bibliotekarie's incident log, kulturskolan
    "bibliotekarie|bibliotek|Incidentlogg, {date}, kl {time}: en grupp ungdomar, bland dem {full:1} och en som kallas {nick:2}, kastade böcker och hotade bibliotekarie {sur:3}. Vakten {first:4} tillkallad.",
    "bibliotekarie|bibliotek|{first:1} från {klass} på {skola} tappade sin mobil i läsesalen, den hittades av {full:2}. Ägaren nås på {mob} via mamma {first:3}.",
    "bibliotekarie|bibliotek|Bibliotekslogg {place}:\n{time} – man i 50-årsåldern sov på toaletten, väcktes av {full:1}.\n{time} – {first:2} ({ung}) och kompisar rökte i entrén.\n{time} – {full:3} kallade personalen 'rasistjävlar'.",
    "bibliotekarie|bibliotek|Låntagare {full:1} (lånekort kopplat till {pnr}) hotade bibliotekarien när hon fick betala {amount} för förstörda böcker. Kollegan {full:2} var vittne.",
    "kulturskolelarare|bibliotek|Kulturskolan: under teatergruppen den {date} blev {wfirst:1} ({barn}) kallad fula saker av {first:2}. Ledaren {full:3} pratade med båda. {first:2|g} pappa {full:4} var arg vid hämtningen.",
    "bibliotekarie|bibliotek|logg {lowf:1}: ungdomar på datorerna igen, en tjej ({ung}) sa att {low:2} tagit bilder på henne. ringde {unit}. /{lowf:1}",
    "kulturskolelarare|bibliotek|Kulturskolan {place}: gitarrer för {amount} stulna ur förrådet under {week}. Inget tecken på inbrott, nyckel har {full:1}, {full:2} och vaktmästare {sur:3}.",
    "bibliotekarie|bibliotek|Mejl från {mail}: 'Hej, jag heter {full:1}, jag glömde min väska på {inst} igår med mitt id-kort ({pnr}). Kan ni ringa {mob}?'",
    "bibliotekarie|bibliotek|Avstängning: {caps:1}, född {pnr}, stängs av från {inst} i tre månader efter hot mot personal den {date}. Beslut av enhetschef {full:2}, {unit}.",
    "bibliotekarie|bibliotek|Stort bråk vid {inst} i kväll mellan {full:1} och {full:2|g} familj. [[Mina]] kollegor {first:3} och {first:4} ringde 112. Polisen kom kl {time}.",
)
