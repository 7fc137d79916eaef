"""Frames of the twenty-eighth blind corpus, part d: scanned paper forms run through OCR — a guard company's
incident reports, staff's tillbud reports, residents' letters — with form labels, checkboxes ("[x]"), broken
lines, hyphenation and OCR's confusions (rn/m, 0/O, 1/l/I) in the form's own words. `role|style|template`;
slots as in tests/blind28_fill.py."""

from __future__ import annotations

FRAMES_D = (
    # --- d a guard company's incident report, scanned
    "vaktare|ocr_incidentrapport|INClDENTRAPPORT\nDatum: {date}   Tid: {time}\nPlats: {venue}\n[x]"
    " Skadegörelse  [ ] Hot  [ ] Vä1d\nInblandad: {ocr:1}\nPersonnr: {pnr}\nRapportör: {init:2}",
    "vaktare|ocr_incidentrapport|Händelserapport\nOmråde: {placebr} centrurn\nBeskrivning: Ungdomar kastade"
    " ägg på {venue}. En av dem iden-\ntifierad som {full:1} enl. personal {first:2}.\n[ ] Polis [x]"
    " Föräldrar kontaktade",
    "vaktare|ocr_incidentrapport|RAPPORT - ORDNINGSSTÖRNING\nDatum: {date} Klockslag: {time}\nAdress:"
    " {addr}\nAnmälare: {comma:1}    Te1: {mob}\nÖvrigt: grannen {ocr:2} [oläsligt] ej hemma",
    "vaktare|ocr_incidentrapport|BRANDTILLBUD\n[x] Container [ ] Bil [ ] Trapphus\nPlats: {street} vid"
    " {venue}\nUpptäckt av: {full:1}\nRäddningstj. larmad kl {time} av väktare {sur:2}\nPolisens diarienr:"
    " {case}",
    "vaktare|ocr_incidentrapport|Fordon\nReg.nr: {plate}   Märke: Volvo\nÄgare: {ocr:1}\nAdress:"
    " {addr}\nFöraren uppgav namn {full:2}, född {pnr}\nFordonet stod på gångväg vid {place}",
    "vaktare|ocr_incidentrapport|Bilaga 1 - vittnen\n1. {full:1}, tel {mob}\n2. {full:2}, tel {tel}\n3."
    " {nick:3} (riktigt narnn okänt)\nHändelse: misshandel {date} vid {line}",
    "vaktare|ocr_incidentrapport|SKADEANMÄLAN / lNClDENT\nDatum: {date}\nObjekt: {venue} ({fast})\nSkada:"
    " krossad g1asruta, kostnad {amount}\n[x] Polisanmält {case}\nKontaktperson: {caps:1}\nE-post: {mail}",
    "vaktare|ocr_incidentrapport|Ornråde: {placebr}   Period: {week}\nSammanfattning: lnga större"
    ' händelser. Ungdomsgäng vid {venue} lett av\n"{nick:1}" ({first:2}?). Trygghetsvärd {sur:3} har'
    " pratat med dem.\nSign: {init:4}",
    # --- d a staff's tillbud report, scanned
    "fritidsledare|ocr_tillbud|TlLLBUDSRAPPORT - hot mot personal\nVerksamhet: {venue}\nDatum:"
    " {date}\nDrabbad personal: {full:1}\nHotade: {full:2} ({ung} år)\nVittnen: {first:3}, {first:4}\n[x]"
    " Chef informerad",
    "fritidsledare|ocr_tillbud|Beskrivning av händelsen:\n{first:1} kom in på gården {tidord} och började"
    " skrika på {first:2|g} kollega. Han sa att han\nvet var hon bor ({addr}). Polisen kontaktades, ärende"
    " {case}.",
    "skolpersonal|ocr_tillbud|Tillbud/olycka elev\nSkola: {venue}\nElev: {caps:1}\nPersonnummer:"
    " {pnr}\nVårdnadshavare: {full:2}, {mob}\nHändelse: föll från klätterställningen\nSkador: [[Inga]]"
    " synliga",
    "fritidsledare|ocr_tillbud|Uppföljning tillbud {week}\nAnsvarig: föreståndare {wsur:1}\nSamtal med"
    " {full:2} och hans pappa {full:3} på {venue} den {date}",
    "fritidsledare|ocr_tillbud|Hot via sociala medier\nKonto: {lowf:1} (snapchat)\nMottagare: {full:2},"
    " personal på {venue}\nInnehåll: hot, skärmdump bifogad\n[x] Polisanmälan {case}\nHandläggare: {init:3}",
    "skolpersonal|ocr_tillbud|Incident skolgård {date}\nElever: {first:1} åk 8, {first:2} åk 9\n{first:1}"
    " hade kniv. Rektor {sur:3} tog den.\nFöräldrar: {full:4} tel {tel}",
    "fritidsledare|ocr_tillbud|Skadegörelse fritidsgård\nKostnad: {amount}\nMisstänkt: {nick:1} /"
    " {full:2}\nSamordningsnr: {snr}\nAnmält {date} av: {first:3}",
    "fritidsledare|ocr_tillbud|Bilaga: deltagarlista (inskannad)\n1 {full:1}\n2 {full:2}\n3 {lowf:3} (?)\n4"
    " {full:4}\nLedare: {first:5}\nDatum: {datumord}",
    # --- d a resident's letter, scanned
    "boende|ocr_brev|Till {org}\n\nJag heter {full:1} och bor på {addr}. Sedan {datumord} har det var-\nit"
    " stökigt i trapphuset varje kväll. Min granne {first:2} har också sett det.\nMvh {first:1}\nTel {mob}",
    "boende|ocr_brev|Hej!\nVi är flera boende i {placebr} som är oroliga för ungdomarna vid {venue}.\nDet"
    " är sär-\nskilt en som kallas {nick:1} som hotar folk. Kontakta mig {full:2}, {mail}\nvänliga"
    " hälsningar",
    "boende|ocr_brev|Angående bilen {plate2}\n\nDen har stått på {pstreet} i tre veckor och någon har bott"
    " i den. Ägaren he-\nter {full:1} enligt grannen {wfirst:2}.\n/{init:3}",
    "boende|ocr_brev|KLAGOMÅL\nNamn: {ocr:1}\nLägenhet: {lgh}\nJag klagar på grannen {caps:2} som röker på"
    " balkongen och slänger fimpar ner på min.\nVittne: {full:3}\nDatum: {date}",
    "boende|ocr_brev|Till kommunen\nMin son {first:1} ({ung} år) blev rånad vid {line} {datumord}. Polisen"
    " har ärendet ({case}). Jag vill veta vad ni gör åt {place}!\n{full:2}, {addr}",
    "boende|ocr_brev|Hej {first:1}\ntack för mötet på {venue}. Som jag sa har min dotter {first:2} blivit"
    " kallad saker av {full:3} och {nick:4} i skolan.\nRing gärna {tel} efter {tidord}.\nMvh {full:5}",
    "boende|ocr_brev|Brev (inskannat)\n{org}\nAtt: bovärd {sur:1}\nDet luktar rök från förrådet i {fast}"
    " och dörren star öppen. Jag heter {ocr:2} och bor i {lgh}.\nTack på förhand",
    "boende|ocr_brev|Synpunkt trygghet {place}\nBelysningen på gång-\nvägen mot {venue} har varit släckt"
    " sedan {date}. [[Ingen]] har lagat den.\nLämnad av: {full:1}\nPersonnummer (frivilligt): {pnr}",
)
