"""Frames of the fifty-first blind corpus, part d: schools' messages to the transport office
(skolmeddelande), the dispatch log (trafikledning) and text messages (sms). `role|style|template`; the slots
are tests/blind51_fill.py's."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # skolmeddelande: rektor, mentor, elevassistent to the skolskjuts office
    "rektor|skolmeddelande|Hej skolskjutsen!\nVi på {school} behöver hjälp. {full:1} i {klass} har hotat"
    " {full:2} i taxin på väg hem flera gånger. Vi har haft möte med vårdnadshavarna idag. Kan {first:1}"
    " få åka i en egen bil fr.o.m. {week}?\nMvh {full:3}, rektor",
    "mentor|skolmeddelande|Till trafikhandläggaren\n{first:1} ({klass}) har berättat att chauffören på"
    " {route} visar filmer på sin mobil för barnen och frågar efter deras Snapchat. Det gäller troligen"
    " föraren med bil {plate}. {first:1|g} mamma {full:2} vet om det.\nMentor {sur:3}, {school}",
    "elevassistent|skolmeddelande|Info från {school}: {full:1} ska från måndag hämtas av skolskjutsen vid"
    " {stop} i stället för hemma på {addr}. {first:1} bor nu i jourhem. Hämtningsadressen får INTE lämnas"
    " ut till pappan {full:2}.\n/{init:3}, elevhälsan",
    "rektor|skolmeddelande|HÄNDELSE I SKOLSKJUTS – {date}\nSkola: {school}\nElever: {caps:1} ({klass}),"
    " {full:2} ({klass})\n{first:2} hade med sig en kniv i skoltaxin och visade den för de andra. Kniven"
    " omhändertagen av {full:3} kl {time}. Polisanmälan {case}. Vh kontaktade.",
    "mentor|skolmeddelande|hej! {lowf:1} i min klass var jätteledsen idag, hon säger att {first:2} och"
    " {nick:3} i taxin kallar henne fula saker varje morgon. jag har pratat med föraren {sur:4} som kör"
    " {route}. kan ni kolla? /{first:5}, mentor {klass}",
    "rektor|skolmeddelande|Hej,\nEleven {full:1}, {pnr}, börjar hos oss på {school} den {date}. Han har"
    " rätt till skolskjuts från {addr} i {place}. Vårdnadshavare {full:2}, {mob}, {mail}. Tack!\n{full:3}"
    "\nSkolsekreterare",
    "elevassistent|skolmeddelande|Jag följer med {full:1} i taxin varje dag. I dag {date} blev föraren"
    " ({first:2}) arg när {first:1} skrek och han stannade bilen på {street} och sa åt oss att gå ut. Vi"
    " fick gå längs en [[stig]] till {school} i regnet. Detta kan inte fortsätta.\n{full:3},"
    " elevassistent",
    "rektor|skolmeddelande|Hej! Barnen {full:1}, {full:2} och {full:3} ska hämtas vid fritids kl {time} i"
    " stället för kl {time} under {week}. {first:1} har läkartid på {venue} på torsdag, då hämtar mormor"
    " {wsur:4}.\n{first:5} på fritids",
    # trafikledning: the dispatch centre's log
    "trafikledare|trafikledning|{time} {car} rapporterar bråk i bilen, {route}. Eleverna {full:1} och"
    " {full:2}. Förare {full:3} stannar vid {stop}.\n{time} Skolan ({school}) kontaktad, rektor {sur:4}"
    " möter upp.\n{time} Bilen rullar igen.",
    "trafikledare|trafikledning|Trafikledning {date}\nkl {time} Kund {full:1} ringer, bil ej kommen till"
    " {addr}.\nkl {time} Skickar {car}, förare {sur:2}.\nkl {time} Kund hämtad. {first:1} missnöjd, vill"
    " klaga till {kommun}.",
    "trafikledare|trafikledning|LOGG {route}\n{date} förare {forarid} ({full:1}): elev saknas – {full:2},"
    " hämtadress {addr}\n{date} vh {full:3} meddelar att {first:2} är sjuk\n{date} åter som vanligt",
    "trafikledare|trafikledning|händelse kl {time}: {low:1} ({ung}) och {lowf:2} slåss i {car}, föraren"
    " {lowf:3} avbryter körningen vid {stop}. polis ej tillkallad. vh till {first:1} ({mob}) kontaktad.",
    "trafikledare|trafikledning|Avvikelse färdtjänst\nTid: {time}\nKund: {full:1} ({snr})\nFrån: {venue} "
    " Till: {addr}\nFörare: {full:2}, {plate}\nNotering: kunden anklagar föraren för att ha tagit pengar"
    " ur plånboken, {amount}. Föraren nekar. Vidare till {company}.",
    "trafikledare|trafikledning|{time} – {first:1} (förare {car}) ringer: en man som säger sig vara"
    " {first:2|g} pappa står vid {school} och vill ta med barnet. Enligt listan får bara {full:3} hämta."
    " Skolan och polisen larmade. Mannen körde iväg i {plate2}.",
    "trafikledare|trafikledning|Överlämning kväll {date}\n- {full:1} ({vuxen} år) färdtjänst, klagar på"
    " föraren {sur:2}, samtal inspelat\n- bil {plate} ur trafik, skada efter sparkar från resenär"
    " {full:3}\n- {nick:4} (förare) sjuk i morgon, ersätts av {first:5}",
    "trafikledare|trafikledning|Beställning {forarid}\nResenär: {full:1}, {addr}, tel {tel}\nLedsagare:"
    " {full:2}\nResa: kl {time} till {venue} via {pstreet}\nObs: kunden har tidigare anmält förare"
    " {init:3}, ska ej tilldelas den föraren. [[Alla]] bilar informerade.",
    # sms: text messages between drivers, parents, passengers and the office
    "forare|sms|SMS från förare till vh:\nHej! Detta är {first:1}, chaufför för {first:2}. Står utanför"
    " {addr} nu, kommer {first:2} ut? Måste åka kl {time}.",
    "vardnadshavare|sms|[sms till skolskjutsen {tel}]\n{first:1} är sjuk idag och ska inte åka. Och"
    " snälla säg till att {first:2} slutar slå henne i bilen!! /{first:3} mamma till {first:1}",
    "forare|sms|till trafikledningen: {lowf:1} och {lowf:2} bråkar igen, {lowf:1} har spottat på mig."
    " stannar vid {stop}. ring {mob} / {first:3}",
    "vardnadshavare|sms|Hej det är {full:1}, {wfirst:2|g} pappa. Taxin har inte kommit och klockan är"
    " {time}. {wfirst:2} står på {street} i snön. Bilen skulle komma {time}!! Ring {mob}",
    "resenar|sms|Färdtjänst: Din bil {plate2} ({company}) är på väg och beräknas vara framme kl {time}."
    " Förare: {first:1}. Vid frågor ring {tel}.\nSvar från kund: föraren {first:1} var otrevlig förra"
    " gången, vill ha någon annan. /{full:2}",
    "vardnadshavare|sms|hej {first:1}, kan {nick:2} följa med {lowf:3} hem med taxin idag? de ska ha"
    " kalas. {nick:2} bor på {addr} typ. tack / {low:4}",
    "forare|sms|Trafikledningen: från {car}, förare {first:1}. {full:2} ({klass}) kom ej ut vid {addr},"
    " väntat {minuter} min. Ingen svarar på {mob}. Kör vidare mot {school}.",
    "anhorig|sms|Hej, det är {full:1}. Min pappa {full:2} skulle ha hämtats kl {time} till"
    " dagverksamheten men ingen kom. Han står ute på {pstreet} med rollatorn. Ring mig {mob} eller honom"
    " {tel}",
)
