"""Frames of the twenty-sixth blind corpus, third file: Teams and Outlook meeting invitations, calendar
entries, and agendas (dagordningar) for EST, samverkan and BRÅ meetings. `role|style|template`; slots as in
tests/blind26_fill.py."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # ------------------------------------------------------------------ kallelse
    "samordnare|kallelse|Ämne: EST-avstämning {place} {week}\n"
    "Arrangör: {full:1}\n"
    "Obligatoriska deltagare: {full:2}; {full:3}; {full:4}\n"
    "Valfria: {full:5}\n"
    "Tid: {tspan}\n\n"
    "Microsoft Teams-möte\nAnslut på datorn eller i mobilappen\nKlicka här för att ansluta till mötet\n"
    "Mötes-ID: 382 114 907 553\n\n"
    "Hej! Vi går igenom veckans rapporter. {first:2}, ta gärna med polisens siffror.",
    "sakerhetschef|kallelse|Mötesinbjudan: Samverkan trygghet {kommun}\n"
    "När: {date} kl {time}\nVar: {venue}, konferensrum Hamnen\n"
    "Från: {comma:1}\nTill: {comma:2}; {comma:3}; {mail}\n\n"
    "Dagordning bifogas. Förhinder meddelas till {first:4}, {mob}.",
    "samordnare|kallelse|Kallelse till Brottsförebyggande rådet\n\n"
    "Tid: {date}, kl {time}\nPlats: {venue}\n\n"
    "Ledamöter: {full:1} (ordf), {full:2}, {full:3}, {caps:4}, {full:5}\n"
    "Adjungerad: kommunpolis {sur:6}\n\n"
    "Välkomna!\n{full:7}, sekreterare",
    "faltassistent|kallelse|Inbjudan: Nattvandring {place} – planering\n"
    "{date}, {tspan}\n"
    "Organisatör: {low:1}\nDeltagare: {lowf:2}, {first:3}, {nick:4}, {full:5} ({org})\n\n"
    "Vi ses vid {venue}. Ta med västar. Frågor: sms:a {first:1} på {mob}.",
    "kommunpolis|kallelse|Accepterat: Dialogmöte {place}\n"
    "{full:1} har accepterat mötet.\n\n"
    "Ursprunglig inbjudan från {full:2}:\n"
    "Plats: {venue}\nTid: {tspan}\n"
    "Deltagare: {full:1}; {full:3}; {wfirst:4} ({org})\n\n"
    "{wfirst:4} har föreslagit en ny tid: {date} kl {time}.",
    "samordnare|kallelse|Teams-möte: Uppföljning insats {place}\n"
    "Organisatör {full:1}\n"
    "Inbjudna: {full:2}, {full:3}, {init:4}, {mail}\n"
    "{date} · {tspan}\n\n"
    "Syfte: följa upp kameraövervakningen vid {venue} och kostnaden ({amount}).\n"
    "Ring in (endast ljud): {tel}",
    "bovard|kallelse|Inbjudan till boendemöte\n\n"
    "Till hyresgästerna på {street} och {pstreet}\n\n"
    "{org} och {kommun} bjuder in till möte om tryggheten i området {date} kl {time} i "
    "{venue}.\nMedverkar: {full:1} (bovärd), kommunpolis {sur:2}, {full:3} (fältgruppen).\n"
    "Frågor till {first:1}: {mob}",
    "sekreterare|kallelse|Avböjt: BRÅ arbetsutskott {week}\n\n"
    "{full:1} har tackat nej.\n"
    "Meddelande: Hej {wfirst:2}, jag är på utbildning. {first:3} går i mitt ställe. /{first:1}\n\n"
    "Tid: {date}, {tspan}\nArrangör: {wfirst:2}",
    # ------------------------------------------------------------------ kalender
    "samordnare|kalender|Kalender {week}\n"
    "mån  EST-möte kl {time} ({full:1}, {full:2})\n"
    "tis  trygghetsvandring {place} med {first:3}\n"
    "ons  ledig\n"
    "tors samverkan {venue} – {full:4} håller i det\n"
    "fre  lunch med {nick:5} från {org}",
    "kommunpolis|kalender|Händelse: Rond {place}\n"
    "Start: {date}\nTid: {tspan}\nPlats: {street}\n"
    "Deltagare: {full:1}, {full:2}\n"
    "Anteckning: kolla bil {plate} (tips från {full:3})",
    "faltassistent|kalender|{date}\n"
    "{time} möte med {full:1} (skolkurator) om eleven\n"
    "kl {time} hembesök {addr}, {lgh} – mamma {full:2}\n"
    "kväll: fält {place} med {lowf:3}\n"
    "ring {first:4} tillbaka: {mob}",
    "sakerhetschef|kalender|Kalenderinbjudan (återkommande)\n"
    "EST veckoavstämning – varje tisdag kl {time}\n"
    "Plats: Teams\n"
    "Ägare: {full:1}\nDeltagare: {full:2}, {full:3}, {full:4}, {full:5}\n"
    "Serien slutar: {date}\n"
    "Anteckning: {first:2|g} ersättare är {first:6} under sommaren.",
    "bovard|kalender|Påminnelse: Besiktning {fast}\n"
    "{date} kl {time}\n"
    "Med: {full:1} ({org}), {full:2} (försäkringsbolaget)\n"
    "Hyresgäst {full:3} ({pnr}), {mob}, öppnar porten på {addr}. Fastighetsskötare {sur:4} har nyckel.",
    "fritidsledare|kalender|VECKOSCHEMA FRITIDSGÅRDEN {week}\n"
    "Mån: stängt\nTis: {first:1} + {first:2}\nOns: {first:3} + {nick:4}\nTors: {first:1} + {first:3}\n"
    "Fre: ALLA, disco till kl {time}\n"
    "Vid frågor: föreståndare {sur:5}",
    "samordnare|kalender|Ny händelse\nTitel: Möte med {org} om skadegörelsen\n"
    "Datum: {date}\nTid: {tspan}\nPlats: {venue}\nAnteckningar: {full:1} och {full:2} kommer. "
    "Ta med kostnadssammanställning ({amount}) från controller {sur:3}.",
    "polis|kalender|{week} – planering yttre\n"
    "- tis: förstärkt närvaro {place}, patrull {first:1}/{first:2}\n"
    "- ons: möte {venue} med rektor {sur:3}\n"
    "- fre: [[Valborg]]-planering med {full:4}\n"
    "- lör: kontroll mopeder {street} och {line}",
    # ------------------------------------------------------------------ dagordning
    "samordnare|dagordning|Dagordning för EST-mötet den {date}\n\n"
    "1. Mötet öppnas ({first:1})\n"
    "2. Val av sekreterare\n"
    "3. Lägesbild {place} – {full:2}, polisen\n"
    "4. Rapport {org} – {full:3}\n"
    "5. Insatser: status kameror {venue}\n"
    "6. Övriga frågor\n"
    "7. Nästa möte",
    "ordforande|dagordning|FÖREDRAGNINGSLISTA\nBrottsförebyggande rådet {kommun}\n{date}\n\n"
    "§ 1  Upprop\n§ 2  Val av justerare\n§ 3  Lägesbild (kommunpolis {full:1})\n"
    "§ 4  Tertialrapport EST ({full:2})\n§ 5  Medborgarlöfte {place}\n"
    "§ 6  Ekonomi: kvar av budget {amount}\n§ 7  Övrigt\n\n"
    "Ordförande: {full:3}",
    "sekreterare|dagordning|Agenda samverkansmöte\n"
    "Tid: {tspan}\n"
    "– Välkomna, presentationsrunda\n"
    "– Händelser sedan sist ({first:1})\n"
    "– Bilbränder {place}: {full:2} från räddningstjänsten\n"
    "– Belysning {street} ({wsur:3}, teknik)\n"
    "– [[Ros och ris]]\n"
    "– Nästa möte, ordförande {sur:4}",
    "bovard|dagordning|Agenda boendemöte {venue}\n"
    "1) Välkommen – {full:1}, {org}\n"
    "2) Polisen informerar – {full:2}\n"
    "3) Trygghet i trapphusen, frågor från {full:3}\n"
    "4) Fika\n"
    "Anmälan till {mail} eller {tel}",
    "faltassistent|dagordning|agenda fältmöte {week}\n"
    "- genomgång helgen ({lowf:1})\n"
    "- oro {place}: {nick:2} och gänget\n"
    "- {first:3} börjar som ny fältare\n"
    "- schema {date}\n"
    "- övrigt",
    "samordnare|dagordning|Förslag till dagordning, EST {kommun}\n\n"
    "Punkt 1. Föregående minnesanteckningar ({full:1})\n"
    "Punkt 2. Veckans lägesbild per område\n  a) {place} – rapportör {full:2}\n"
    "  b) centrum – rapportör {full:3}\n"
    "Punkt 3. [[Mark]] och exploatering om belysningen\n"
    "Punkt 4. Övriga frågor\n\n/{first:1}",
    "ordforande|dagordning|Trygghetsrådet – dagordning {date}\n"
    "1. Öppnande, ordförande {wsur:1}\n"
    "2. Lägesbild från polisen, {full:2}\n"
    "3. Skolornas rapport, rektor {sur:3}\n"
    "4. {org} informerar\n"
    "5. Beslut om sommarinsats\n"
    "6. Avslutning",
    "sekreterare|dagordning|Dagordning\nEST-gruppen {place} {week}\n\n"
    "§ 1 Närvaro (skickas till {full:1})\n"
    "§ 2 Händelser: inbrott i {lgh} på {addr}, ärende {case}\n"
    "§ 3 Insatser: {first:2} rapporterar om nattvandringen\n"
    "§ 4 Kommande: [[Valborg]], skolavslutning\n"
    "Sekreterare: {full:3}",
)
