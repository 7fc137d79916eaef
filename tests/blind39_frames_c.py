"""Frames of the thirty-ninth blind corpus, third file: the kontaktcenter's replies to residents, handover
notes between shifts, and its weekly summaries to the EST coordinator. `role|style|template`; slots as in
tests/blind39_fill.py."""

from __future__ import annotations

FRAMES_C = (
    # ---------------------------------------------------------------- svar: the reply to the resident
    "handlaggare|svar|Hej {first:1}!\n\nTack för din felanmälan om belysningen vid {venue}. Vi har skickat"
    " ärendet till gatukontoret och en elektriker kommer under {week}.\n\nVänliga hälsningar\n{full:2}\n"
    "Kontaktcenter, {kommun}",
    "handlaggare|svar|Hej {full:1},\ntack för att du hörde av dig om ungdomarna i {place}. Vi har lämnat"
    " informationen till fältgruppen och till kommunpolisen. Om något händer akut, ring 112.\n[[Ärendet]]"
    " är nu avslutat hos oss.\n\nMed vänlig hälsning\n{first:2} på Kontaktcenter",
    "handlaggare|svar|Hej!\nDet fordon du anmälde ({plate}) på {street} har nu fått en flyttningsanmodan."
    " Ägaren har {antal} dagar på sig. Har du frågor kan du kontakta {full:2} på trafikenheten, {tel}.\n\n"
    "//{init:1}, KC",
    "handlaggare|svar|Svar till: {mail}\n\nHej och tack för ditt mejl! Vi förstår att det känns otryggt."
    " Fastighetsägaren {org} ansvarar för trapphuset på {addr}; vi har skickat dit ditt ärende och {full:2}"
    " där återkommer till dig.\n\nHälsningar {full:1}",
    "handlaggare|svar|Hej {first:1} och {first:2},\nvi har tagit emot era klagomål om störningar från"
    " grannen i {lgh}. Detta hanteras av hyresvärden, inte av kommunen. Kontakta gärna {org} direkt eller"
    " ring deras jour.\nMvh\n{comma:3}\nhandläggare",
    "handlaggare|svar|Hej {wfirst:1}!\nSaneringen av klottret vid {venue} är beställd och ska vara klar"
    " {date}. Kostnaden ({amount}) tas av {kommun}. Tack för att du hjälper oss hålla {place} fint!\n"
    "/{first:2}",
    "handlaggare|svar|Hej {full:1}\nVi har fått ditt mejl om narkotikaförsäljning vid {venue}. Kontaktcenter"
    " kan inte ta emot brottsanmälningar – tipsa polisen på 114 14 eller via polisen.se. Vi har ändå lämnat"
    " uppgifterna vidare till kommunpolisen {sur:2}.\n\n{full:3}\nKontaktcenter",
    "handlaggare|svar|Re: {arende}\n\nHej igen {first:2}, nu har gatukontoret bytt ut lamporna längs"
    " {pstreet} och på gångvägen mot {place}. Meddela oss om något fortfarande inte fungerar!\n\n"
    "Hälsningar,\n{first:1}\n{kommun}\n{tel}",
    # ---------------------------------------------------------------- overlamning: shift handover notes
    "handlaggare|overlamning|Till kvällspasset: {full:1} ringer säkert igen om grannen, hon har ringt"
    " {antal} ggr idag. Ärendet ligger hos {org}, bovärd {sur:3}. Säg att vi väntar på svar. /{first:2}",
    "handlaggare|overlamning|Överlämning {date}\n- {sur:1}-ärendet (bilen i {place}) väntar på"
    " trafikenheten\n- ny anmälan om klotter på {venue}, vb gatukontoret\n- ring upp {full:2} {mob} ang."
    " belysning\n- {first:3} sjuk imorgon, {first:4} tar växeln",
    "handlaggare|overlamning|OBS till alla på KC: om {full:1} ({vuxen} år, samordningsnr {snr}) ringer –"
    " han är hotfull mot"
    " personal. Koppla till {init:2} eller avsluta samtalet. Han har även ringt {org}. Incidentrapport"
    " skriven {date}.",
    "handlaggare|overlamning|{lowf:1}! kan du kolla mejlen från {low:2} i morgon, hon har skickat bilder"
    " på klottret vid {street}. jag hann inte registrera. tack /{lowf:3}",
    "handlaggare|overlamning|Överlämning helg\n* Fältgruppen ({first:1}, {first:2}) jobbar fre–lör, nås på"
    " {mob}\n* Väktarbolaget {org} ronderar {place} och hållplatsen för {line} efter kl {time}\n* Killen som"
    " kallas {nick:3} har synts vid {venue} igen, polisen informerad\n* [[Inget]] öppet ärende om"
    " bilbränder",
    "handlaggare|overlamning|{first:1} – jag har lagt ärendet med den övergivna släpkärran ({plate}) på dig,"
    " ägaren {full:2} har inte svarat på brev, {first:2|g} gamla adress gäller kanske inte. Ring {tel}"
    " dagtid. Tack!",
    "handlaggare|overlamning|Notis till {wfirst:1}: {full:2|g} dotter ringde igen, samma sak om"
    " festande grannar i {lgh} på {street}. Vi har skickat till {org} två gånger. Ev. socialtjänsten?"
    " Hennes nr: {mob}",
    "handlaggare|overlamning|Att göra imorgon:\n1. ring {full:1} ({mob}) – ej nåbar idag\n2. kolla med"
    " {wsur:2} på gatukontoret om lamporna vid {venue}\n3. svara {mail} om mopederna i {place}\n4. stänga"
    " {arende}",
    # veckosammanstallning: to the EST picture
    "trygghetssamordnare|veckosammanstallning|Kontaktcenter – trygghetsärenden {week}\nBelysning: {antal}"
    " ärenden, flest i {place}\nKlotter: 6, bl.a. {venue}\nUngdomar/samlingar: 4 (ett av dem från"
    " {full:1}, som ringer varje vecka)\nNarkotika: 2 tips, vb polisen ({sur:2})",
    "trygghetssamordnare|veckosammanstallning|Sammanfattning till EST-gruppen\n{place}: upprepade samtal om"
    " mopedåkning, främst från {full:1} och {full:2}\n{venue}: graffiti, sanerat {date}\n{street}:"
    " övergiven bil {plate2} bortforslad\nÖvrigt: fältgruppen ({first:3}) följer upp",
    "trygghetssamordnare|veckosammanstallning|Från KC till lägesbilden\n- Trapphus {addr} ({fast}):"
    " ungdomar röker,"
    " boende {full:1} oroad. {org} informerad.\n- Gatubelysning {pstreet}: trasig, felanmäld\n-"
    " Nedskräpning vid {venue}\n- Larmsamtal kl {time} om slagsmål vid {place}, polisen på plats",
    "trygghetssamordnare|veckosammanstallning|Veckorapport kontaktcenter, {week}\nTotalt trygghetsrelaterade"
    " kontakter: {antal}\nVarav upprepade: {full:1} (buller, {lgh}), {full:2} (bil, {plate})\n"
    "Vidarebefordrat: 5 gatukontoret, 3 polisen, 2 fältgruppen, 4 {org}\nKommentar ({init:3}): fler samtal"
    " om {place}",
    "trygghetssamordnare|veckosammanstallning|Hej {first:1}, här kommer KC:s bidrag till veckans"
    " lägesbild:\n• {place} – klotter på lekplatsen, mopeder kvällstid\n• {venue} – narkotikatips (från"
    " {full:2}, anonymt mot polisen)\n• {street} – belysning, åtgärdad\n• {line} – stenkastning mot"
    " bussen\nHälsn. {first:3}",
    "trygghetssamordnare|veckosammanstallning|Trygghetsärenden {week} ({kommun})\n1) Buller: grannen i"
    " {lgh}, anmälare {low:1}\n2) Ungdomar: {antal} st vid {venue} kl {time}\n3) Fordon: {plate} i {place}\n"
    "Ansvarig: {comma:2}",
    "trygghetssamordnare|veckosammanstallning|Till trygghetssamordnare {full:1}\nUnder veckan har"
    " kontaktcenter fått {antal} samtal om samling av ungdomar i {place}, de flesta kvällstid efter {time}."
    " Flera nämner en äldre kille, {nick:2}. En mamma, {full:3}, har ringt – {first:3|g} son rekryteras"
    " enligt henne."
    " Vb fältgruppen.\n/{first:4}",
    "trygghetssamordnare|veckosammanstallning|Underlag EST, kontaktcenter\nDatum: {date}\nPlats: {venue}\n"
    "Händelse: glaskross och klotter, {amount} i skadekostnad enligt {org}\nUppgiftslämnare: {full:1},"
    " {tel}\nUppföljning: {wsur:2} på gatukontoret",
)
