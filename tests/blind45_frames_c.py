"""Frames of the forty-fifth blind corpus, third file: parking attendants' reports, the logs of cars moved
or towed, and incident reports of threats against parking attendants.

A frame is `voice|style|template`; the slots are tests/blind45_fill.py's.
"""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # ---------------------------------------------------------------- parkeringsvakternas rapporter
    "parkeringsvakt|p_vakt_rapport|Kontrollavgift utfärdad\nReg.nr: {plate}\nPlats: {street}, "
    "{place}\nTid: kl {time}\nÖvertr.: parkerat på plats för rörelsehindrad utan tillstånd\nBelopp: "
    "{amount}\nPvakt: {full:1} ({ao})\nFöraren kom tillbaka, presenterade sig som {full:2}, vägrade ta "
    "emot.",
    "parkeringsvakt|p_vakt_rapport|Runda i {place} den {date}: {antal} avgifter, bl.a. {plate2} och "
    "{plate} på laddplats utan att ladda. En förare, {full:1}, ringde {org} och klagade direkt. "
    "Kollegan {sur:2} kan intyga.",
    "p_samordnare|p_vakt_rapport|Veckorapport P-övervakning {week}\nUtfärdade: {antal}\nBortforslade: "
    "tre\nAnmärkning: {first:1} och {first:2} fick ta emot hot vid {venue}, se separat "
    "incidentrapport. Fordonet {plate2} har fått sex avgifter på {street}, ägare enl. registret "
    "{comma:3}.\n/{full:4}",
    "parkeringsvakt|p_vakt_rapport|{full:1}, P-vakt: Bil {plate} stod på gångbanan utanför {addr}, "
    "blockerade för barnvagnar. Ägaren kom ut, {full:2}, sa att han bara lastade. Avgift på {amount} "
    "ändå. Vittne: {first:3} i {lgh}.",
    "parkeringsvakt|p_vakt_rapport|Notering i handdatorn: {plate2} – ej giltig p-biljett, appen visar "
    "att {first:1} betalat för fel zon. Kunden ringde senare från {mob} och ville att avgiften skulle "
    "strykas. Hänvisat till bestridande hos {org}. //{first:2}",
    "parkeringsvakt|p_vakt_rapport|kl {time} på {street}: tre bilar på vändplanen, {plate}, {plate2} "
    "och en utan skyltar. Sopbilen från {org} kom inte fram, inte heller {line}. Grannen {full:1} "
    "mötte upp och sa att en av bilarna tillhör {full:2} som har husbil också.\nPV {nick}",
    "parkeringsvakt|p_vakt_rapport|Avgift makulerad den {date}\nFordon: {plate}\nSkäl: föraren "
    "{full:1} visade giltigt parkeringstillstånd för rörelsehindrad (utfärdat av {kommun}), det låg på "
    "golvet i bilen.\nBeslut: {sur:2}, gruppledare\nKontakt förare: {mob}",
    "p_samordnare|p_vakt_rapport|Till {first:1}: klagomål från {full:2} på {addr} om bilen {plate2} "
    "som står på hennes tomt, privat mark, inte vårt. Hänvisa till {org}. Han ringer från {tel} och är "
    "ganska arg. Mvh {wfirst:3}",
    # ---------------------------------------------------------------- flyttade och bärgade bilar
    "bargare|flytt_logg|FLYTTNINGSPROTOKOLL {ao}\nFordon: {plate}, Toyota Corolla, grå\nFrån: "
    "{addr}\nTill: uppställningsplatsen vid {venue}\nOrsak: hindrade snöröjning\nFlyttat den {date} kl "
    "{time}\nBeslut: {full:1}\nBärgare: {full:2}",
    "bargare|flytt_logg|{plate2} flyttad från {street} till kommunens uppställning kl {time}. Ägare "
    "enl. register: {full:1}, {addr}. Underrättelse skickad. {first:1|g} son {first:2} ringde från "
    "{mob} och frågade var bilen var. Flyttavgiften blir {amount}.",
    "handlaggare|flytt_logg|Övergivet fordon – beslut om flyttning\nÄrende {ao}\nFordon: "
    "{plate}\nPlats: {street}\nFordonet har stått sedan {date} utan att flyttas. Ägaren {full:1} "
    "({pnr}) har inte hörts av trots brev. Flyttas till uppställning, sedan skrotning.\nHandläggare "
    "{full:2}",
    "bargare|flytt_logg|logg bärgning {date}\n- {plate} från {street}, klar kl {time}\n- {plate2} från "
    "{venue}, ägaren {first:1} kom precis innan och betalade på plats\n- husvagn utan skylt vid "
    "{place}, väntar på beslut från {sur:2}\nförare: {low:3}",
    "bargare|flytt_logg|Flytt avbruten: när vi lastade {plate} vid {addr} kom ägaren {full:1} ({snr}) "
    "ut, mycket aggressiv, och hotade chauffören {first:2}. Polis tillkallad, {case}. Bilen lämnades "
    "kvar. Tid kl {time}.",
    "handlaggare|flytt_logg|Utlämning av flyttat fordon {plate2}\nHämtat av: {full:1}, legitimation "
    "kontrollerad ({snr})\nFullmakt från ägaren {full:2}\nBetalt: {amount}\nUtlämnat av {caps:3}",
    "p_samordnare|flytt_logg|Hej {first:1}, kan du kolla varför {plate} flyttades från {street} igår? "
    "Ägaren {full:2} säger att skyltarna om vägarbetet sattes upp samma dag. Hon har ringt {tel} flera "
    "gånger och vill ha tillbaka {amount}. /{full:3}",
    "bargare|flytt_logg|{full:1} (bärgning, {org}) – {week}: {antal} flyttar åt kommunen. Fordon som "
    "inte hämtats: {plate}, {plate2}. Den blå Passaten tillhör {comma:2}, {addr}, som inte svarar. "
    "Kontakt {mob}",
    # ---------------------------------------------------------------- hot mot parkeringsvakt
    "parkeringsvakt|hot_p_vakt|INCIDENTRAPPORT – hot mot personal\nDatum: {date}\nTid: kl "
    "{time}\nPlats: {street} i {place}\nDrabbad: {full:1}\nHändelse: Föraren till {plate} (uppgav "
    'namnet {full:2}) skrek att han vet var jag bor och att jag ska "passa mig". Spottade mot mig. '
    "[[Inga]] fysiska skador.\nVittne: {full:3}, {mob}\nPolisanmälan: {case}",
    "parkeringsvakt|hot_p_vakt|Jag ({first:1}) skulle skriva lapp på {plate2} vid {venue} när en "
    "kvinna och en man kom springande. Mannen, som hon kallade {nick}, ställde sig en decimeter från "
    "mitt ansikte. Jag avbröt och gick. Kollegan {sur:2} kom efter fem minuter.",
    "p_samordnare|hot_p_vakt|Sammanfattning till skyddsombudet {full:1}: tredje hotet mot P-vakter i "
    "{place} på en månad. Senast den {date} mot {first:2}, i {first:3|g} distrikt. Samma person varje "
    "gång enligt dem, {full:4}, bor på {addr}. Vi föreslår dubbelbemanning efter kl {time}.",
    "parkeringsvakt|hot_p_vakt|hot p-vakt\n{lowf:1} o jag blev omringade av {antal} killar vid {venue} "
    "kl {time}, en hade kniv i bältet. de ropade ”{nick}” till varandra. vi gick därifrån o ringde "
    "112. anmält {case}\n{first:2}",
    "vaktare|hot_p_vakt|Väktarrapport {ao} ({org})\nKallad till {street} där parkeringsvakten {full:1} "
    "kände sig hotad av bilägaren {full:2} ({plate}). Vid vår ankomst kl {time} hade mannen lugnat "
    "sig. Identitet kontrollerad, {pnr}. Väktare: {init:3}",
    'p_samordnare|hot_p_vakt|Mejl från {full:1}, {mail}:\n"Er parkeringsvakt {sur:2} är en idiot, jag '
    'vet vem du är och jag hittar dig" – skickat efter avgiften på {plate2}. Vidarebefordrat till '
    "polisen {date}. Kontaktperson {first:3}.",
    "parkeringsvakt|hot_p_vakt|{full:1} berättar att en taxichaufför vid {venue} körde mot henne med "
    "bilen {plate} när hon fotade felparkeringen. Hon hoppade undan. Chauffören heter enligt "
    "taxibolaget {full:2}. Polisärende {case}.",
    "p_samordnare|hot_p_vakt|Uppföljning hot {week}\n{first:1}: sjukskriven två dagar efter händelsen "
    "på {street}\n{first:2}: vill inte gå i {place} mer\nGärningsman enligt polisen: {caps:3}, {vuxen} "
    "år\nÅtgärd: kroppskamera från {date}",
)
