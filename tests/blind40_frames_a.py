"""Frames of the fortieth blind corpus, first file: short journal lines, handovers between shifts and
incident report forms from HVB-hem, stödboenden and LSS-boenden (`role|style|template`; slots in
tests/blind40_fill.py). Written by the corpus's helper from how such notes look, without reading any other
corpus's frames."""

FRAMES_A = (
    # journal: the home's daily journal, one or a few lines, signed
    "hvb_personal|journal|{date}\nkl {time} {first:1} vaknade sent, missade skolskjutsen till {venue}. Pratat"
    " med {first:2} (kontaktperson) som ringer skolan.\n/{first:3}",
    "stodboende|journal|{time} {first:1} hemma, lugn. {wfirst:2} på besök en kort stund, gick kl {time}."
    " [[Inga]] klagomål från grannarna på {street}.",
    "hvb_personal|journal|Journal {first:1} – {date}\nÅt frukost, gick till {venue} med {first:2}."
    " Eftermiddag:"
    " samtal med behandlare {sur:3} om helgen, utbetalt fickpeng {amount}.\nSign. {init:4}",
    "lss_personal|journal|{lowf:1} duschat o ätit, humör ok. promenad m {first:2} till {place} ca {antal}"
    " min."
    " medicin given kl {time} av {first:3}",
    "nattpersonal|journal|Natt {date}: tillsyn var 30:e min. {first:1} vaken till ca {time}, {first:2} och"
    " {first:3} sov hela natten. [[Lugn]] natt i övrigt.\n{first:4}, natt",
    "hvb_personal|journal|{full:1} (f. {pnr}) inskriven {date} från {plk}. Socialsekreterare {sur:2} var"
    " med vid"
    " inskrivningen, ansvarig behandlare blir {full:3}.",
    "behandlare|journal|Samtal m {first:1} ang. helgpermission hos mamma i {place}. Mamma ({full:2}) nås på"
    " {mob}. Överens om hemkomst sön kl {time}.",
    "stodboende|journal|{first:1|g} rum luktade cannabis kl {time}. {first:1} nekar. Kollegan {first:2}"
    " vittne."
    " Meddelat soc.sekr {wsur:3} per mejl {date}.",
    # overlamning: handover between shifts, lists and running text
    "hvb_personal|overlamning|Överlämning dag → kväll {date}\n- {first:1}: sjuk, stannat hemma från"
    " {venue}\n-"
    " {first:2}: tandläkare imorgon kl {time}, {first:3} följer med\n- {first:4}: [[Inga]] nya händelser\n"
    "/{first:5}",
    "nattpersonal|overlamning|Till morgonpersonalen: {first:1} kom hem kl {time} efter att ha varit hos"
    " kompisen {nick:2} i {place}. Luktade alkohol, ville inte blåsa. Jourhavande {sur:3} informerad."
    " /{first:4} natt",
    "stodboende|overlamning|ÖVERLÄMNING {week}\n{full:1} – flyttar till egen lägenhet på {addr} den {date}.\n"
    "{full:2} – vill byta kontaktperson, prata med {first:3}.\nNyckeln till {lgh} saknas fortfarande.",
    "lss_personal|overlamning|Kvällen: {lowf:1} orolig, ville ringa pappa {low:2} flera ggr. Lugnade sig"
    " efter"
    " fika. {first:3} har fått sin medicin. Bilen {plate} tankad, nyckeln i skåpet.",
    "hvb_personal|overlamning|Rapport kväll till natt\n{first:1} och {first:2} bråkade i tv-rummet kl {time},"
    ' skildes åt. {first:2} hotade att "ta" {first:1} senare. Håll koll på korridoren. Ring {first:3}'
    " (bakjour) på {mob} vid behov.",
    "behandlare|overlamning|Inför helgen: {full:1} har permission lör–sön hos morbror {full:2} i {place}"
    " (tel {mob}). Åker med {line}. Åter senast sön kl {time}.",
    "hvb_chef|overlamning|Från helgens personal ({first:1}, {first:2}): polisen var här lördag kväll ang."
    " {full:3}. Ärendenr {case}. Ingen skadad. Enhetschef {sur:4} kontaktas måndag.",
    "nattpersonal|overlamning|natt mot {date}\n{lowf:1} vaken hela natten, satt i köket m {first:2}. kl"
    " {time}"
    " larm från dörren mot {street}, ingen där. {first:3} sov.\n//{first:4}",
    # avvikelse: the incident report form (avvikelserapport), labels and lines
    "hvb_personal|avvikelse|AVVIKELSERAPPORT\nDatum: {date}\nTid: {time}\nPlats: {home}, gemensamt kök\n"
    "Inblandade: {full:1} (boende), {full:2} (personal)\nHändelse: {first:1} kastade en stol mot {first:2},"
    " missade. Polis ej kontaktad.\nÅtgärd: samtal dagen efter med behandlare {sur:3}.",
    "stodboende|avvikelse|Avvikelse – {home}\nRapportör: {full:1}, boendestödjare\nBeskrivning: boende"
    " {first:2}"
    ' ({ung} år) hittades i trapphuset på {addr} med en okänd vuxen man som kallade sig "{nick:3}". Fastighet'
    " {fast}.\nUnderrättad: socialjouren kl {time}.",
    "lss_personal|avvikelse|Händelse: brukare {first:1} slog personal {first:2} i armen vid dusch. Datum"
    " {date}."
    " {first:2} fick ett blåmärke, ej sjukskriven. Anhörig ({full:3}) informerad per telefon {tel}.",
    "hvb_chef|avvikelse|Lex Sarah-rapport {week}\nGäller: {full:1}, {snr}\nKvällsmedicinen gavs inte den"
    " {date}."
    " Ansvarig under passet: {full:2}. Anmälan till IVO skickas av enhetschef {wsur:3}.",
    "hvb_personal|avvikelse|Avvikelse: {first:1} {ung} år hade en kniv i ryggsäcken vid hemkomst kl {time}."
    " Kniven omhändertogs av {first:2} och {first:3}. Polisen ({sur:4}, yttre befäl) hämtade den. K-nr"
    " {case}.",
    "socialjour|avvikelse|Typ: hot mot personal\nVar: {place}, utanför {venue}\nVem: {full:1} mot {first:2}"
    ' (fältsekreterare)\nVad: "jag vet var du bor", upprepat två gånger\nPolisanmälan: ja, {case}',
    "stodboende|avvikelse|{full:1} uppger att grannen i {lgh}, {full:2}, har hotat henne i tvättstugan den"
    " {date}. Hyresvärden {org} informerad. Kontaktperson: {first:3}.",
    "lss_personal|avvikelse|Avvikelse – läkemedel\nBrukare: {full:1}\nDatum/tid: {date} kl"
    " {time}\nBeskrivning:"
    " kvällsdosen saknades i dosetten. Kontrollerat med ssk {sur:2}. Närstående {first:3} ({mob})"
    " underrättad.\nSignatur: {full:4}",
)
