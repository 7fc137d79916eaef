"""Frames of the fifty-first blind corpus, part e: route changes (ruttandring), contract follow-up meetings
with the transport company (avtalsmote) and weekly summaries for the EST group (veckosammanstallning).
`role|style|template`; the slots are tests/blind51_fill.py's."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # ruttandring: route change notices to drivers, companies and families
    "skolskjutsenhet|ruttandring|RUTTÄNDRING {route} fr.o.m. {week}\nNy hållplats: {stop} (ersätter"
    " {street})\nNy tid: kl {time}\nBerörda elever: {full:1}, {full:2}, {full:3}\nKontakt: {full:4},"
    " {tel}",
    "skolskjutsenhet|ruttandring|Information till {company}\nFr.o.m. {date} körs {line} inte via {place}"
    " och inte längs {pstreet}. Eleverna {full:1} ({klass}) och {full:2} ({klass}) hämtas i stället med"
    " taxi vid {stop} kl {time}. Föraren ska vänta max {minuter} minuter.\n/{first:3}, skolskjutsen",
    "skolskjutsenhet|ruttandring|Ändring {route} ({school})\nUtgår: {full:1}, {fast} – flyttat till"
    " {place}\nTillkommer: {full:2}, {addr}, {lgh}, vh {full:3} {mob}\nTider oförändrade.",
    "skolskjutsenhet|ruttandring|Vinterväg {place}: {route} kan inte köra upp till gården på {fast} när"
    " det är ishalka. {full:1} och {wfirst:2} hämtas då vid {stop}. Vårdnadshavare {sur:3} har godkänt."
    " Meddela förare {init:4}.",
    "skolskjutsenhet|ruttandring|Hej förare på {route}!\nFrån den {date} ska {full:1} inte hämtas av"
    " pappan utan av mamman {full:2}. Lämna ALDRIG över {first:1} till {full:3}. Vid problem ring"
    " trafikledningen {tel} eller polisen.\nTack, {first:4}",
    "skolskjutsenhet|ruttandring|TURLISTA {week} – {company}\n{time} {stop} – {full:1}\n{time} {addr} –"
    " {full:2}, {full:3}\n{time} {school} ank.\nFörare: {full:4} ({forarid}), {plate}",
    "skolskjutsenhet|ruttandring|Ny elev på {route}: {full:1} ({ung} år), {addr}. Sitter i rullstol,"
    " behöver bil med ramp. Föräldrar: {full:2} och {full:3}. Start den {date}.",
    "skolskjutsenhet|ruttandring|Ändrade tider vid studiedag {date}: hämtning vid {school} kl {time},"
    " samling på {pstreet}. Gäller bl.a. {full:1}, {full:2}, {nick:3} och {full:4}. {company} är"
    " informerade.",
    # avtalsmote: contract follow-up meetings with the transport company
    "trafikhandl|avtalsmote|Protokoll avtalsuppföljning {company}, den {date}\nNärvarande: {full:1}"
    " (kommunen), {full:2} (bolaget), {full:3} (kvalitet)\n§ 1 Klagomål: {antal} st under {week}, bl.a."
    " föraren {wsur:4} (två klagomål om trakasserier).\n§ 2 Vite: {amount}.",
    "trafikhandl|avtalsmote|Minnesanteckningar\n{full:1} redovisade att förare med ID {forarid}"
    " ({full:2}) stängts av efter hot mot elev på {route}. Kommunen ({full:3}) begär att bolaget lämnar"
    " skriftlig rapport senast den {date}. Nästa möte kl {time} i stadshuset.",
    "trafikhandl|avtalsmote|Avtalsuppföljning skolskjuts {place}\nPunkt 3: bilar utan bilbarnstol – bil"
    " {plate} och bil {plate2} kontrollerade {date}. Ansvarig: trafikchef {sur:1}. Kommunens kontrollant"
    " {full:2} noterade även att föraren {full:3} saknade synligt ID-kort.",
    "trafikhandl|avtalsmote|Kvalitetsmöte {week}\n– Klagomål från {full:1} ({addr}) om sena hämtningar:"
    " åtgärdat.\n– Incident med {caps:2} och {full:3} på {route}: föraren agerade rätt.\n– {org} vill ha"
    " statistik per skola, bl.a. {school}.\nAntecknat av {full:4}",
    "trafikhandl|avtalsmote|Från mötet med {company}:\nvi tog upp {low:1} (färdtjänst) som blivit kallad"
    " rasistiska saker av förare {lowf:2}. bolaget har avslutat hans uppdrag. även klagomålet från"
    " {full:3} om bil {plate2} som luktade rök. kostnad för extra kontroller {amount}.",
    "trafikhandl|avtalsmote|Avtalsuppföljning – sammanfattning\nBolag: {company}\nKontaktperson:"
    " {full:1}, {mob}, {mail}\nFörare med anmärkning: {init:2}, {init:3}\nElever med särskilda behov:"
    " {full:4} ({school}), {full:5} ({school})",
    "trafikhandl|avtalsmote|{full:1} från {company} informerade att trafikledaren {wsur:2} slutat. Ny"
    " trafikledare: {full:3}, {tel}. Kommunen påminde om rutinen när elev inte hämtas (jfr händelsen den"
    " {date} med {full:4}).",
    "trafikhandl|avtalsmote|Bilaga 2 – avvikelser {week}\n{date}; {route}; {full:1}; bråk i bilen\n"
    "{date}; {route}; {full:2}; ej hämtad\n{date}; färdtjänst; {full:3}; klagomål på förare {sur:4}",
    # veckosammanstallning: weekly summaries for the EST group (names slip in)
    "trafikhandl|veckosammanstallning|Sammanställning {week}\nSkolskjuts: {antal} avvikelser i {kommun}."
    " Allvarligast: hot mellan elever på {route} ({full:1} mot {full:2}). Färdtjänst: klagomål på förare"
    " {full:3}, bil {plate}. Övrigt lugnt i {place}.",
    "trafikhandl|veckosammanstallning|Till EST-gruppen, {week}\nOtrygghet vid {stop}: äldre ungdomar"
    " hänger vid busskuren när skolskjutsen hämtar, bl.a. {full:1} enligt förare. {first:2} i {klass}"
    " blev rånad på mobilen den {date}, polisanmält {case}. Förslag: flytta hämtplatsen till {street}.",
    "trafikhandl|veckosammanstallning|Lägesbild skolskjuts/färdtjänst {date}\n- {place}: stenkastning mot"
    " skoltaxi ({car}), ingen skadad\n- {school}: bråk i bil, {full:1} och {full:2}\n- {venue}:"
    " färdtjänstkund {full:3} trakasserad av medresenär",
    "trafikhandl|veckosammanstallning|Veckorapport {week} – {company}\nKörningar: {antal}00\nAvvikelser:"
    " hot ({first:1}, {route}), ej hämtad ({full:2}), trakasseri ({full:3} mot förare {sur:4})\nAnsvarig:"
    " {nick:5} på trafikledningen",
    "trafikhandl|veckosammanstallning|Sammanfattning {week}: tre incidenter i skolskjutsen i {place}."
    " {full:1} ({klass}) hotade föraren med sax. {full:2} och {first:3} slogs. {first:4|g} mamma klagade"
    " på att taxin kom {minuter} min sent. [[Inga]] polisanmälningar.\n{full:5}, trafikhandläggare",
    "trafikhandl|veckosammanstallning|Hej EST-gruppen!\nInget från skolskjutsen som rör offentlig miljö"
    " {week}, förutom att en förare ({full:1}) sett ungdomar kasta [[sten]] på bussar vid {stop} kl"
    " {time}. Han kände igen {full:2} och {nick:3}. Vi lämnar det till polisen.\n/{full:4}",
    "trafikhandl|veckosammanstallning|Sammanställning färdtjänst {week}\nKlagomål: {antal}\n- {comma:1}:"
    " föraren otrevlig\n- {comma:2}: missad resa, ersatt {amount}\n- {comma:3}: trakasserad av förare"
    " {full:4}",
    "trafikhandl|veckosammanstallning|Rapport {week}\nMånga sena hämtningar på {route} p.g.a. vägarbete"
    " på {street}. Klagomål från vh {full:1}, {full:2} och {full:3}. {company} har satt in extra bil"
    " ({plate}). Det finns en [[vilja]] från skolan att ändra tiderna till kl {time}.",
)
