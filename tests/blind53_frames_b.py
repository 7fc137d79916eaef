"""Frames of the fifty-third blind corpus, part b: the association's own incident forms, referees' reports
of threats in youth football, and the e-mails of a club's or a district's referee coordinator
(`role|style|template`; slots in tests/blind53_fill.py)."""

from __future__ import annotations

FRAMES_B = (
    # ------------------------------------------------------------------ foreningsincident (club's form)
    "kansli|foreningsincident|INCIDENTRAPPORT – {club}\n"
    "Datum: {date}   Tid: {time}\n"
    "Plats: {arena}\n"
    "Inblandade: {full:1} (ledare P15), {full:2} (förälder, motståndarlaget)\n"
    "Beskrivning: Förälder gick in på planen och skrek åt vår ledare. Knuffade till {first:1} i bröstet.\n"
    "Vittnen: {full:3}, {mob}\n"
    "Rapporterad av: {full:4}",
    "kansli|foreningsincident|Händelserapport (föreningens blankett)\n"
    "Lag: F13\nMotståndare: {away}\n"
    "Vad hände? Efter matchen fick vår målvakt {first:1} ({ung} år) höra rasistiska glåpord från en "
    "vuxen på läktaren. Personen identifierades senare som {full:2}.\n"
    "Har polis kontaktats? Ja, {case}\n"
    "Kontaktperson i föreningen: {sur:3}, kanslist, {tel}",
    "kansli|foreningsincident|{club} – rapport om hot/våld\n\n"
    "Namn på den som rapporterar: {full:1}\nE-post: {mail}\nTelefon: {mob}\n\n"
    "Händelse: I omklädningsrummet på {venue} blev vår tränare {wsur:2} hotad av en spelare i laget "
    "som stängts av. Spelarens vårdnadshavare {full:3} har kontaktats.\n"
    "Åtgärd: samtal med sportchefen {sur:4}.",
    "kansli|foreningsincident|Avvikelserapport\n"
    "Verksamhet: ungdomshockey, {arena}\n"
    "Tid: {date}, kl {time}\n"
    "Vad hände: En förälder, {full:1}, blev arg på domaren {first:2} ({ung} år) och slog i plexiglaset. "
    "Föräldern följde sedan efter domaren till parkeringen på {street}.\n"
    "Föräldern kör en svart Volvo, reg {plate2}.\n"
    "Åtgärd: {first:3} pratade med föräldern. Anmält till förbundet.",
    "kansli|foreningsincident|Incidentblankett nr {antal}/2026\n"
    "Rapportör: {caps:1}\n"
    "Inblandad spelare: {low:2}, {pnr}\n"
    "Kort beskrivning: spelaren blev utvisad och kastade sin klubba mot läktaren. Ingen skadad.\n"
    "Vårdnadshavare: {full:3}, {addr}, {lgh}\n"
    "Föreningens åtgärd: avstängd två matcher (beslut av styrelsen, {date}).",
    "kansli|foreningsincident|Till styrelsen i {club}\n\n"
    "Jag vill rapportera att supportrar på vår hemmamatch mot {away} sprejade klotter på klubbstugan. "
    "Det står {nick:1} och flera taggar på väggen mot {street}. Enligt {full:2} i kiosken var det "
    "samma gäng som förra året. Kostnad för sanering ca {amount}.\n\n"
    "Hälsningar {full:3}, kassör",
    "kansli|foreningsincident|Rapport, säkerhetsansvarig i föreningen\n"
    "Match: {club}–{away} ({date})\n"
    "1) Bortalagets buss (reg {plate}) fick en ruta krossad på {place}. Chaufför {full:1}.\n"
    '2) Vår ledare {full:2} fick ta emot hot på telefon efteråt: "vi vet var du bor". Nummer dolt.\n'
    "3) Polisanmälan gjord av {first:2} själv.",
    "kansli|foreningsincident|{full:1} – incidentrapport\n"
    "Var: {arena}, planen bakom konstgräset\nNär: {week}, träning tisdag\n"
    "Vad: Ett äldre gäng från {place} körde moped över planen medan P11 tränade. En av dem, kallad "
    "{nick:2}, hotade tränaren {sur:3}.\n"
    "Polis informerad, ingen anmälan.",
    # ------------------------------------------------------------------ domarrapport (referee's report)
    "domare|domarrapport|DOMARRAPPORT\n"
    "Match: {club} – {away} (P16)\nDomare: {full:1}\nAssisterande: {full:2}, {full:3}\n\n"
    'Efter slutsignal kom en ledare från bortalaget fram och sa att jag "skulle få se" efter matchen. '
    "Ledarens namn enligt matchrapporten: {comma:4}.\n"
    "Jag väntade i domarrummet tills {first:5} från arrangören följde mig till bilen.",
    "domare|domarrapport|Rapport till förbundet\n"
    "Jag heter {full:1} och är {ung} år. Jag dömde P14 på {arena} i lördags. "
    "En pappa till en spelare i hemmalaget skrek att jag var värdelös och skulle bli slagen. "
    "Hans son heter {first:2}. Pappan heter {full:3} tror jag.\n"
    "Min mamma {first:4} ringde kansliet på {tel} men ingen svarade.",
    "domare|domarrapport|Matchnummer 1024-{antal}\n"
    "Domare: {init:1}\n"
    "Händelse i 63:e minuten: spelare nr 9, {full:2}, fick rött kort för att ha spottat mot "
    "assisterande domaren {first:3}. Därefter kastades en flaska från publiken.\n"
    "Ingen skadad. Arrangörens matchvärd: {full:4}, {mob}",
    "domare|domarrapport|Hej!\nVill bara rapportera en sak från matchen igår ({date}). "
    "Jag dömde {club} mot {away}, F15. En tränare, {sur:1} heter hen i efternamn, sa till mig i pausen "
    "att jag borde sluta döma. Sen skrev någon till mig på Instagram, konto {nick:2}. "
    "Jag har skärmdumpar.\nHälsningar {first:3} ({ung} år)",
    "domare|domarrapport|Domarrapport – disciplinärende\n\n"
    "Serie: Div. 4 herrar\nPlats: {arena}\nDomare: {caps:1}\n\n"
    "I 88:e minuten gick en åskådare in på planen och tog tag i min arm. Åskådaren hindrades av "
    "lagledaren {full:2}. Åskådaren presenterade sig som {wfirst:3} och var påverkad.\n"
    "Matchen avbröts kl {time}.",
    "domare|domarrapport|Till domaransvarig {sur:1}\n"
    "Hot mot mig som domare\n"
    "Matchen: P12 7-manna, {arena}\n"
    "Jag är {ung} år och dömde min tredje match. En förälder i publiken, heter {low:2} enligt {first:3} i "
    "laget, kallade mig saker jag inte vill skriva här och sa att han skulle vänta vid cykelstället.\n"
    "Jag cyklade hem via {street} istället.",
    "domare|domarrapport|Händelserapport, ishockey\n"
    "Huvuddomare: {full:1}\nLinjedomare: {full:2}\n"
    "Efter matchen mot {away} väntade {antal} supportrar utanför domarnas omklädningsrum. "
    "En av dem, {full:3} (känd som {nick:3}), filmade oss och skrek hot. Arenans säkerhetschef {sur:4} "
    "eskorterade oss ut. Polisärende {case}.",
    "domare|domarrapport|{full:1}, domare\n"
    "Anmälan om hot\n"
    "Tid: {date}, andra halvlek\n"
    "Gärningsperson: ledare i bortalaget, {full:2}, född {pnr}\n"
    'Ord: "jag ska krossa dig"\n'
    "Vittnen: assisterande {full:3} samt matchvärd {first:4}",
    # ------------------------------------------------------------------ domaransvarig (coordinator e-mail)
    "domaransvarig|domaransvarig_mejl|Hej {first:1},\n\n"
    "Jag är domaransvarig i {club} och vill göra er uppmärksamma på en allvarlig händelse. "
    "Vår unga domare {full:2}, {ung} år, blev hotad av en ledare i {away} efter matchen på {arena}. "
    "Ledaren heter {full:3}.\n\n"
    "Domaren och hens förälder {first:4} vill att förbundet tar ärendet vidare. Nå mig på {mob}.\n\n"
    "Med vänlig hälsning\n{full:5}",
    "domaransvarig|domaransvarig_mejl|Ämne: Sv: Hot mot ungdomsdomare\n\n"
    "Tack {first:1} för att du skickade rapporten. Jag har pratat med {full:2} (domaren) och med "
    "föräldern {full:3}. Ärendet går vidare till {org} och disciplinnämnden.\n"
    "Vi erbjuder {first:2} en mentor vid nästa match, {wfirst:4} från vår domarklubb.\n\n"
    "/{sur:5}, domarutvecklare",
    "domaransvarig|domaransvarig_mejl|Hej alla ledare!\n\n"
    "Vi har under {week} fått in tre rapporter om hot mot domare, bland annat mot {full:1} ({ung} år) och "
    "{full:2}. Detta är inte okej. Det är ledarens ansvar att publiken beter sig.\n"
    "Frågor? Ring mig på {tel} eller maila {mail}.\n\n"
    "{first:3}\nDomaransvarig {club}",
    "domaransvarig|domaransvarig_mejl|Från: {mail}\nTill: kansliet\nÄmne: domare P13, matchen {date}\n\n"
    "Hej, domaren {first:1} ringde mig gråtande efter matchen. En man som ska vara "
    "{full:2|g} pappa gick fram och skrek i ansiktet på domaren. Vi behöver ta detta på allvar.\n"
    "{full:3}",
    "domaransvarig|domaransvarig_mejl|Hej {first:1}!\n"
    "Sammanställning till distriktets domarkommitté:\n"
    "- {date}: {full:2} ({ung}) hotad av förälder, {arena}\n"
    "- {full:3} (assisterande) knuffad av spelare, polisanmält ({case})\n"
    "- Tränaren {wsur:4} från {away} avstängd i väntan på beslut\n"
    "Vänligen\n{full:5}",
    "domaransvarig|domaransvarig_mejl|Ämne: Stöd till {full:1}\n\n"
    "Hej,\nEfter händelsen på {arena} har {first:1} bett om en paus från dömandet. Föräldern "
    "{full:2} har bett om kontakt via {mob}. Jag har bokat ett möte med {sur:3} från {org} den "
    "{date} kl {time}.\n\nMvh {lowf:4}",
    "domaransvarig|domaransvarig_mejl|Hej! Kort info: {full:1} från {club} har anmält att domaren "
    "{full:2} utsattes för hot efter P17-matchen. Jag har lagt in det i förbundets system. "
    "Om någon har film, skicka till {mail}. [[Hans]] mamma var på plats och kan vittna.\n/{first:3}",
    "domaransvarig|domaransvarig_mejl|Till: {org}\nKopia: {club}\n\n"
    "Anmälan om hot mot domare\n"
    "Domare: {caps:1}, {pnr}\n"
    "Vårdnadshavare: {full:2}, {addr}, {tel}\n"
    "Den anmälde: {full:3}, ledare i {away}\n\n"
    "Underlag bifogas. {init:4}, domaransvarig",
)
