"""Frames of the fifty-first blind corpus, part a: drivers' incident reports (forarrapport), the transport
company's reports to the kommun (bolagsrapport) and pick-up lists (hamtlista). `role|style|template`; the
slots are tests/blind51_fill.py's."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # forarrapport: the driver's own avvikelserapport, typed in the car or at the depot
    "forare|forarrapport|AVVIKELSERAPPORT – SKOLSKJUTS\nFörare: {full:1} (förar-ID {forarid})\nFordon:"
    " {car}, reg {plate}\nTur: {route}, morgon\nDatum: {date}\nHändelse: Vid {stop} började {first:2}"
    " ({klass}) och {first:3} bråka i baksätet. {first:2} slog {first:3} i ansiktet med en vattenflaska."
    " Jag stannade bilen på {street} och ringde trafikledningen kl {time}.\n[[Inga]] synliga skador.",
    "forare|forarrapport|Avvikelse {date}, {route}\n{first:1} i {klass} hotade {wfirst:2} med att 'ta"
    " honom' efter skolan och sa att storebror skulle vänta vid {stop}. {wfirst:2} grät resten av vägen"
    " till {school}. Lämnade över till mentor {sur:3} kl {time}.\n{company}, förare {full:4}",
    "forare|forarrapport|Rapport från förare\nBil: {car}   Reg.nr: {plate2}\nKunde inte hämta {full:1} på"
    " {addr} kl {time}. Ingen öppnade, ringde vårdnadshavare {wsur:2} på {mob} utan svar. Väntade"
    " {minuter} min, körde sedan vidare mot {school}. Meddelat skolskjutsenheten.\n{full:3}",
    "forare|forarrapport|{full:1}, förare hos {company}, rapporterar: färdtjänstresenären {full:2}"
    " ({vuxen} år) blev trakasserad av medresenär {sur:3} under samåkning från {venue} till {place}."
    " Medresenären kommenterade hennes kropp och tog henne på knät. Körde först hem {sur:3} till {addr}."
    " Händelsen den {date} kl {time}.",
    "forare|forarrapport|avvikelse {route} eftermiddag\nbarnen {lowf:1} och {first:2} slogs om"
    " fönsterplatsen, {lowf:1} bet {first:2|g} arm. fick stanna vid {stop}. pratat med mamman {first:3}"
    " på {mob} som hämtade hen själv.\nförare {forarid} / {car}",
    "forare|forarrapport|Incident i bil {plate} den {date}\nResenär: {full:1}, {pnr}\nFöraren {sur:2}"
    " uppger att resenären blev aggressiv när bältet skulle på, spottade och skrek efter chauffören"
    " '{nick:3}' som körde förra veckan. Ledsagare {full:4} ({mob}) var med. Körningen avbröts vid"
    " {stop}.",
    "forare|forarrapport|Hej trafikledningen! {first:1} här, bil {forarid}. Eleven {full:2} stod inte vid"
    " {stop} i morse kl {time}. Syskonet {first:3} sa att {first:2} bor hos pappa {full:4} på {addr} den"
    " här veckan, men det står inte i listan. Kan ni uppdatera till {week}? /{first:1}",
    "forare|forarrapport|FÖRARENS NOTERING\n{caps:1} ({klass}) vägrade sätta på sig bältet och kastade en"
    " [[sten]] mot bilen när jag skulle köra från {school}. Repa på bakdörren, {plate2}. Rektor {sur:2}"
    " informerad. Kostnad för lackning uppskattas till {amount}.\nFörare: {init:3}",
    # bolagsrapport: the transport company's report to the kommun's skolskjuts or färdtjänst office
    "taxibolag|bolagsrapport|Till: Skolskjutsenheten, {kommun}\nFrån: {company}, trafikansvarig {full:1}"
    "\nÄrende: Hot i skolskjuts, {route}\n\nVår förare (ID {forarid}) rapporterar att {full:2} hotade att"
    " knivhugga {full:3} under morgonturen den {date}. Förälder {full:4}, {mob}, är kontaktad. Vi"
    " föreslår att {first:2} åker i separat bil tills vidare.\n\nMed vänlig hälsning\n{full:1}\n{tel}",
    "taxibolag|bolagsrapport|Händelserapport nr {forarid}\nBolag: {company}\nFordon: {plate} ({car})\n"
    "Resenär: {comma:1}\nAdress: {addr}, {lgh}\nBeskrivning: Resenären föll vid ilastning med rullstol"
    " utanför {venue}. Föraren {sur:2} hjälpte upp. Ambulans ej tillkallad. Anhörig {full:3} meddelad"
    " {date} kl {time}.",
    "taxibolag|bolagsrapport|{company} – avvikelse i skolskjutsen\nEleven {full:1} i {klass} på {school}"
    " glömdes kvar i bilen efter morgonturen och upptäcktes först kl {time} när föraren {full:2} tankade"
    " vid {place}. Eleven var oskadd men rädd. Vårdnadshavare {sur:3} har ringt oss på {tel} och är"
    " mycket upprörd. Föraren är avstängd från skolskjuts fr.o.m. {week}.",
    "taxibolag|bolagsrapport|Rapport till trafikhandläggare {full:1}\nSammanfattning av telefonsamtal med"
    " resenär {full:2} ({pnr}) som klagar på att förare med bil {plate2} körde för fort på {street} och"
    " svor åt henne. Enligt vårt system körde {init:3} den turen. Vi har haft samtal med föraren. Kundens"
    " mejl: {mail}.",
    "taxibolag|bolagsrapport|INCIDENT {date}\nTur: {route} ({line} ersatt)\nInblandade: {full:1},"
    " {full:2}, {full:3}\n{first:1} och {first:2} bråkade och {first:3} blev knuffad ur bilen vid {stop}."
    " Ingen skadad. Skolan ({school}) informerad av vår trafikledare {sur:4}.",
    "taxibolag|bolagsrapport|Hej!\nVi vill informera om att föraren {full:1} har fått en varning efter"
    " klagomål från {full:2} i {place}. Resenären uppger att {first:1} vid flera tillfällen ringt henne"
    " privat på {mob} och föreslagit att 'ta en fika'. Vi har flyttat föraren till andra körningar."
    " Kostnaden för extra körningar, {amount}, står vi för.\nHälsningar från {company}\n{full:3}",
    "taxibolag|bolagsrapport|Avvikelserapport färdtjänst\nKund: {full:1}, {addr}\nPnr/samnr: {snr}\n"
    "Beställd resa {date} kl {time} till {venue} uteblev. Bilen ({car}) fastnade i kö på {street}. Kunden"
    " missade sin tid och fick betala {amount}. Vi ersätter. Kontakt: {first:2} på kundtjänst, {tel}.",
    "taxibolag|bolagsrapport|{full:1} (förare, {company}) blev hotad av en vuxen, troligen {first:2|g}"
    " pappa {wsur:3}, vid hämtning på {school} den {date}. Mannen slog i rutan och skrek. Polisanmält,"
    " diarienr {case}. Bil {plate}.",
    # hamtlista: pick-up lists, as the office sends them and as drivers keep them
    "skolskjutsenhet|hamtlista|HÄMTLISTA {route} – {school}, {week}\n1. {comma:1}, {klass}, {addr}, vh"
    " {mob}\n2. {comma:2}, {klass}, {fast} (gården), vh {mob}\n3. {comma:3}, {klass}, {stop}, vh {mob}\n"
    "Hämtning från kl {time}.",
    "skolskjutsenhet|hamtlista|Namn;Klass;Adress;Vårdnadshavare;Telefon\n"
    "{full:1};{klass};{addr};{full:2};{mob}\n{full:3};{klass};{addr};{full:4};{mob}",
    "skolskjutsenhet|hamtlista|Körning {route} eftermiddag ({date})\nkl {time} {school}\n  – {full:1}"
    " ({klass}) – avlämning {addr}\n  – {full:2} ({klass}) – avlämning {stop}, möts av {first:3}\n  –"
    " {full:4} ({klass}) – avlämning {addr}, tel mamma {mob}",
    "skolskjutsenhet|hamtlista|Ändrad hämtning fr.o.m. {date}:\n{full:1}, {klass} – hämtas nu på {addr}"
    " (växelvis boende, jämna veckor hos {first:2})\nKontakt: {full:2} {mob} / {full:3} {mob}\nSkola:"
    " {school}",
    "skolskjutsenhet|hamtlista|Extra elev på {route} fr.o.m. {week}: {full:1} ({klass}, {school}). Hämtas"
    " vid {stop} kl {time}. Allergi: nötter. Reservkontakt morfar {full:2}, {tel}.",
    "skolskjutsenhet|hamtlista|SÄRSKOLESKJUTS – {school}\nElev: {caps:1}   Pnr: {pnr}\nHämtadress:"
    " {addr}, {lgh}, portkod finns hos föraren\nVh: {full:2}, {mob}\nElevassistent i bilen: {first:3}\n"
    "Obs! Får inte sitta bredvid {full:4}.",
    "skolskjutsenhet|hamtlista|{school} – skolskjuts {place}, {week}\nmån–fre kl {time}: {full:1},"
    " {full:2} och {nick:3} ({full:3}, {klass})\nonsdagar slutar {first:2} tidigare – hämtas av farmor"
    " {sur:4} med egen bil {plate}",
    "skolskjutsenhet|hamtlista|{full:1}\n{klass}, {school}\nHämtas: {addr}\nFastighet: {fast}\n"
    "Vårdnadshavare 1: {full:2}, {mob}, {mail}\nVårdnadshavare 2: {full:3}, {mob}\nSärskilda behov:"
    " sitter fram, åksjuk, glömmer ofta sin [[rosa]] ryggsäck. Hämtas i {place} varannan vecka.",
)
