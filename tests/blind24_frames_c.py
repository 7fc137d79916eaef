"""Frames of the twenty-fourth blind corpus, third part: voicemails transcribed by a receptionist, notes in
a phone, and forms filled in on a mobile. Each frame is `role|style|template` (tests/blind24_fill.py says
what a slot is)."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # voicemails transcribed by the kommun's reception
    "receptionist|rostmeddelande|Röstmeddelande {date} kl {time}: {full:1} ringde, bor på {addr}. Grannen"
    " {sur:2} i {lgh} har fest varje helg, hot i trapphuset. Vill bli uppringd på {mob}. /reception,"
    " {first:3}",
    "receptionist|rostmeddelande|Samtal från en kvinna som inte ville säga namn, pratade mest arabiska, sa"
    ' typ "[[Yani]] min son {first:1}, dom slår honom vid {venue}". Nr som ringde: {mob}. Kollegan {sur:2}'
    " pratar arabiska, kan ringa upp",
    'receptionist|rostmeddelande|RÖSTBREVLÅDAN {time}\n"ja hej det är {low:1} här eeh jag ringer om bilen'
    ' {plate} som står på gräsmattan vid {street} sen {date} typ. den är utbränd. mitt nummer e {tel}"\n'
    "skrivet av {init:2}",
    "receptionist|rostmeddelande|Meddelande till trygghetssamordnaren: pastor {sur:1} från kyrkan vid {place}"
    " ringde, ungdomar har sovit i deras källare, han tror en heter {first:2} och en {first:3}. Ring {tel}",
    "receptionist|rostmeddelande|{full:1} (pnr {pnr}) ringde igen ang. hyresvärden. Säger att {org} inte gör"
    " nåt åt knarkförsäljningen utanför porten på {addr}. Väldigt upprörd. Ring tillbaka {mob}",
    'receptionist|rostmeddelande|Röstmeddelande, otydligt: "...hej det är {first:1} från {venue}, vi har'
    ' problem med en kille, {full:2}, han har hotat personal två ggr i {week}, ring mig {mob}" /{lowf:3} i'
    " växeln",
    "receptionist|rostmeddelande|Ringde en man, {full:1} (stavning?), sa att hans fru {first:2} blivit"
    " förföljd från {line} hem till {street}. Pratade delvis finska, sa [[Perkele]] flera ggr. Ring {tel}",
    "receptionist|rostmeddelande|Från röstbrevlådan: {wfirst:1} på {venue} ringde om ett stenkast mot fönster"
    " {date} kl {time}, hennes chef {wsur:2} vill ha kontakt. {mail}",
    # notes in a phone
    "fältassistent|anteckning|fre kväll\n- {place} lugnt typ {antal} pers\n- {first:1} o {first:2} vid"
    " {venue}, {first:1} sa att {nick:3} har kniv??\n- ring soc ang {first:4}\n- {street} mörkt igen, lampan",
    "trygghetsvärd|anteckning|att göra:\nmejla {org} om klotter {street}\nprata m {full:1} (bor {addr})\n"
    "kolla reg {plate2}\nsms till {first:2}: {mob}",
    "fritidsledare|anteckning|{week}\nmån: bråk {first:1} vs {first:2} i pingisrummet, löst\nons:"
    " {full:3} kom"
    " full, hämtad av mamma\ntors: snack om {place} o någon {full:4}",
    "vaktmästare|anteckning|{date}\n{addr} tvättstuga sönderslagen\n{fast}\nboende {first:1} säger {first:2}"
    " i {lgh} vet vem\nbeställt glas {amount}",
    "nattvandrare|anteckning|natt lör\nkl {time}: {antal} killar vid {venue}, en är {full:1|g} lillebror?\n"
    "{place} tomt\npratade m {first:2} o {wfirst:3}, båda ok\nhem {time}",
    "polis|anteckning|Anteckn. ingripande {date}\nLOB {full:1} {pnr}\nplats {street}\nvittnet {sur:2} tel"
    " {mob}\nrapport {case}",
    "fältassistent|anteckning|samtal med {first:1} ({ung}) vid {place}:\n[[Walaal]] hans bror {full:2} sitter"
    " inne, {first:1} vill bort från {street}. kontakt m handläggaren {sur:3} på soc? hon har nr {tel}",
    "lärare|anteckning|att ta upp på EST-mötet:\n* {lowf:1} o {first:2} hotar yngre vid {venue}\n* {first:3}"
    " säljer?\n* föräldrar {full:4} o {full:5} vill ha möte {date}",
    # forms filled in on a mobile
    "boende|mobilformular|Namn: {comma:1}\nPersonnummer: {pnr}\nAdress: {addr}\nVad vill du rapportera: folk"
    " röker på i trappan varje kväll, {first:2} o nån {first:3}\nTelefon: {mob}",
    "förälder|mobilformular|Ditt namn: {lowf:1}\nBarnets namn: {full:2}\nSamordningsnummer: {snr}\nHändelse:"
    " blev jagad från {venue} till {place} av {first:3|g} storebror",
    "boende|mobilformular|Typ av ärende: Otrygg plats\nVar: {place}, vid {pstreet}\nNär: {date} runt {time}\n"
    "Beskrivning: mörkt o killar på mopeder, en heter {first:1} o en {first:2}\nKontaktuppgifter: {full:3}"
    " {mail}",
    "trygghetsvärd|mobilformular|Rapportör: {full:1}\nOmråde: {place}\nKategori: samling av personer\nBeskr:"
    " ca {antal} ungdomar vid {venue}, känner igen {first:2}, {first:3} o {first:4}. Inga problem men"
    " högljudda.",
    "väktare|mobilformular|Väktare: {full:1}, {org}\nObjekt: {venue}\nHändelse: avvisat {full:2} (f. {snr})"
    " efter hot, omhändertagen av polis, K-nr {case}\nTid: {time}",
    "boende|mobilformular|namn {full:1}\nadress {addr} {lgh}\nvad hände: nån har sparkat in min dörr, tror"
    " det är ex-killen {first:2}, efternamn {wsur:2}\ntelefon {mob}",
    "förälder|mobilformular|Formulär: Oro för barn/ungdom\nNamn på ungdom: {full:1}\nÅlder: {ung}\nOro:"
    " hänger m äldre killar vid {place}, en som kallas {nick:2} skjutsar honom i {plate}\nDitt nr: {mob}\n"
    "Ditt namn: {first:3}",
    "boende|mobilformular|Vad gäller det? moped\nFordon: {plate2}\nFörare: {low:1}\nVar: {street} o"
    " cykelvägen mot {venue}\nNär: varje kväll sen {week}\nDu: {full:2}, {tel}",
)
