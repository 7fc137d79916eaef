"""Frames of the fifty-second blind corpus, fourth file: händelserapporter from the police's own
interventions, logs of controls (who was stopped, searched, reported) and tips that came in. Each frame is
`role|style|template` (tests/blind52_fill.py says what a slot is).
"""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # ---------------------------------------------------------------- handelserapport
    "ingripande|handelserapport|HÄNDELSERAPPORT\nHändelse: bråk/ordningsstörning\nPlats: {venue},"
    " {place}\nTid: {date} kl. {time}\nInblandade: {full:1} ({ung}), {full:2} ({ung}), {full:3} (vakt,"
    " {org})\nRapportör: {sur:4}, polisassistent",
    "ingripande|handelserapport|Händelserapport {case}\nDen {date} kl. {time} kallades patrull till"
    " {addr}, {lgh}, efter larm om bråk. I lägenheten fanns {full:1} och {full:2}. {first:2} uppgav att"
    " {first:1} kastat en stol. {first:1} omhändertogs enligt polislagen.",
    "ingripande|handelserapport|Rapport – anlagd brand\nBil {plate} brann på parkeringen vid {street}"
    " natten till {date}. Ägare: {full:1}, {pnr}. Vittne: {full:2}, tfn {mob}, såg två personer springa"
    " mot {place}. Skadan uppskattas till {amount}.",
    "ingripande|handelserapport|Händelse {date}\nPatrullen ({sur:1}, {sur:2}) såg kl {time} en moped köra"
    " på gång- och cykelvägen vid {venue}, strax efter {line}. Föraren, {full:3}, {ung} år, stoppades på"
    " {pstreet}. Mopeden saknade skylt. Vårdnadshavaren {full:4} hämtade {first:3}.",
    "ingripande|handelserapport|{full:1}, {full:2} och {nick:3} anträffades vid {venue} efter larm om"
    " personer med vapen. Inga vapen hittades. {first:1} hade {amount} i fickan. Alla tre fick gå."
    " Insatsen avslutades {time}.",
    "ingripande|handelserapport|Händelserapport\n{caps:1} uppger att hennes bil, {plate2}, blivit repad"
    " på {street}. Misstänker grannen {full:2} på {addr}. Har tidigare anmält honom ({case}). Kontakt:"
    " {mob}, {mail}.",
    "ingripande|handelserapport|Hot mot personal\nPlats: {org}, {street}\nAnmälare: {full:1},"
    " anställd\nGärningsperson: {full:2}, kallad {nick:2}, ca {vuxen} år\n{first:2} skrek att han skulle"
    " ”komma tillbaka med grabbarna” och spottade på {first:1}.",
    "ingripande|handelserapport|Händelse: skottlossning\nTid: {time}, {date}\nPlats: {street} i höjd med"
    " {venue}\nMålsägande: {full:1}, {pnr}, skottskadad i benet\nVittnen: {full:2},"
    " {low:3}\nFörundersökningsledare: krinsp {sur:4}",
    # ---------------------------------------------------------------- kontroll
    "ingripande|kontroll|Trafikkontroll {street}, kl {time}\n{plate} – förare {full:1}, ok\n{plate2} –"
    " förare {full:2}, {pnr}, körkort återkallat\n{plate} – förare {low:3}, ej ägare (ägare"
    " {full:4})\nAnsvarig: {sur:5}",
    "ingripande|kontroll|Kroppsvisitation enligt polislagen\nPerson: {comma:1}, {pnr}\nPlats:"
    " {venue}\nAnledning: luktade starkt cannabis, sällskap med {full:2}\nResultat: {amount} i kontanter,"
    " ingen narkotika\nGenomförd av: polisassistent {wsur:3}",
    "ingripande|kontroll|Kontrollerade personer {date}, {place}\n1. {full:1}, {ung} år\n2. {full:2},"
    " {ung} år\n3. {full:3}, {vuxen} år – körde {plate2}\n4. {lowf:4}, ville inte uppge efternamn",
    "ingripande|kontroll|{full:1} ({pnr}) stoppades kl {time} som förare, {full:2} satt bredvid. Bilen"
    " {plate} hyrd via app, hyrestagare {full:3}. Misstanke om narkotikapåverkan, blodprov taget. Ärende"
    " {case}.",
    "ingripande|kontroll|KONTROLL\nKl. {time} anträffades {full:1} och {first:2} (efternamn okänt, kallas"
    " {nick:2}) i trapphuset {addr}. Ingen av dem bor där. Hyresvärden {org} vill ha anmälan om olaga"
    " intrång.\nPolisassistent {sur:3}",
    "ingripande|kontroll|Kontroll moped {venue}\nFörare: {low:1}, {ung} år, mobil {mob}\nMopeden trimmad,"
    " registrerad på {full:2}\nFöräldrar underrättade: {full:3}\nBussen ({line}) fick vänta.",
    "ingripande|kontroll|Fordonskontroll {date}\nFordon: {plate2}, svart BMW\nFörare: {full:1} (född"
    " {pnr})\nPassagerare: {full:2}, {full:3}\nI bilen: {amount} i kontanter, två telefoner. Ingen"
    " misstanke, fick åka.\nRapporterad av: {sur:4}",
    "ingripande|kontroll|Visitation vid {place}, kl {time}\n{full:1} – inget\n{full:2} – kniv,"
    " rapporterad (brott mot knivlagen)\n{nick:3} – sprang iväg innan kontroll\n{full:4} –"
    " inget\nPatrull: {sur:5} och {wsur:6}",
    # ---------------------------------------------------------------- tips
    "underrattelse|tips|Inkommen uppgift {date}\nAnonym uppgiftslämnare uppger att {full:1} säljer hasch"
    " från {addr}, {lgh}. Kunderna kommer mest kvällstid efter {time}. Ska ha en kompis, {nick:2}, som"
    " håller i pengarna.\nMottagen av: inspektör {sur:3}",
    "underrattelse|tips|TIPS via telefon\n”{full:1} kör runt med ett vapen i bilen, en grå Passat"
    " {plate}. Han bor med sin mamma på {street}.” Uppgiftslämnaren vill vara anonym men gav nr"
    " {mob}.\nRegistrerad av {sur:2}",
    "underrattelse|tips|Uppgift från skolpersonal ({venue}): eleven {full:1} har berättat att {nick:2}"
    " tvingar honom att förvara paket. {first:1|g} pappa {full:3} vet inget. Rektor {sur:4} önskar"
    " kontakt, {tel}.",
    "underrattelse|tips|Tips från allmänheten\nTid: {date}\nUppgift: en {plate2} står parkerad med motorn"
    " igång varje natt utanför {venue}. Två killar i bilen, en av dem tros vara {full:1}. Tipsaren,"
    " {full:2}, bor på {pstreet} och nås på {mob}.",
    "underrattelse|tips|{full:1} (fältassistent): {lowf:2} ({ung}) ska ha blivit rånad av {nick:3} och"
    " {first:4} vid {place} i helgen. vill inte anmäla. mamma {full:5} orolig.",
    "underrattelse|tips|Källuppgift (skyddad)\n{full:1} ska ha tagit emot ett vapen av {full:2} den"
    " {date}. Vapnet förvaras hos {full:3}, {addr} ({fast}).\nBedömning: uppgiften delvis bekräftad.",
    "underrattelse|tips|Mejl till kommunpolisen från {full:1} ({mail}):\n”Hej, jag bor på {pstreet} och"
    " ser varje kväll hur {first:2} och hans kompisar langar vid {venue}. Han kör en {plate}. Gör"
    " något!!”",
    "underrattelse|tips|Tips {date}, uppgiftslämnare {full:1} (tel {tel}):\nPersonen som brände bilen på"
    " {street} är {wsur:2}, förnamn okänt, bor i samma trappa som {full:3}. Han har en vit Audi.",
)
