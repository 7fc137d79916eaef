"""Frames of the fifty-second blind corpus, first file: promemorior (PM), förhörsutdrag and beslagslistor,
as the police's local investigators and kommunpolis write them in their own case work. Each frame is
`role|style|template` (tests/blind52_fill.py says what a slot is). Written by the helper from how such texts
look; no other corpus's frames were read.
"""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # ---------------------------------------------------------------- pm
    "utredare|pm|PROMEMORIA\nÄrende: {case}\nUppgiftslämnare: {full:1}, {pnr}\nDen {date} kl. {time}"
    " ringde {first:1} och uppgav att sonen {full:2} setts med {full:3} vid {venue}. Enligt {first:1} ska"
    " {first:2} ha fått betalt för att hålla utkik.\nUpprättad av: inspektör {sur:4}",
    "kommunpolis|pm|PM angående ungdomsgruppering i {place}, {week}\n\nUnder veckan har en grupp om"
    " {antal} ungdomar samlats kvällstid vid {venue}. Bland dem har följande identifierats: {full:1}"
    " ({ung} år), {full:2} ({ung} år) och {low:3}. Vårdnadshavare till {first:1}, {full:4}, nås på"
    " {mob}.\n/kommunpolis {sur:5}",
    "utredare|pm|PM {date} – Iakttagelse {street}\nPolisassistent {sur:1} och {sur:2} iakttog kl {time}"
    " en svart Audi, {plate}, som körde långsamt förbi flera gånger. Föraren identifierades som {full:3}."
    " I passagerarsätet satt {first:4}, enligt tidigare underrättelser kallad {nick:4}.\n[[Inga]]"
    " åtgärder vidtogs.",
    "kommunpolis|pm|Promemoria – orosanmälan\nDatum: {date}\nBarnet {full:1}, {pnr}, påträffades kl."
    " {time} på {street} tillsammans med {full:2}. Båda fördes hem till {addr}, {lgh}. Modern {full:3}"
    " var hemma. Orosanmälan skickad till socialtjänsten i {kommun}.\nHandläggare: {init:4}",
    'utredare|pm|PM – uppgifter från källa\n"{nick:1}" ({full:1}) ska enligt uppgift förvara narkotika'
    " i ett förråd på {addr} (fastighet {fast}). Förrådet disponeras av {comma:2}, {snr}. Uppgiften"
    " bedöms som trolig. {first:2} har tidigare dömts för narkotikabrott ({case}).\nUppgiftsmottagare:"
    " {sur:3}",
    "analytiker|pm|PM veckosummering {place}\n{full:1} och {full:2} (båda kända sedan tidigare) greps den"
    " {date} efter ett rån mot en {ung}-åring vid {venue}. Bytet: mobiltelefon och {amount}. Ärendet har"
    " nr {case}. Målsägandens mamma {first:3} har kontaktat {org}.\n[[Stig]] bakom skolan ska belysas.",
    "utredare|pm|Promemoria\nRubrik: Skadegörelse/hot, {street}\nTid: {date} kl. {time}\nMålsägande:"
    " {full:1}, tfn {tel}\nMisstänkt: {full:2}, {pnr}, även kallad {nick:2}\n{first:1} berättar att"
    " {first:2} sparkat sönder dörren och skrikit hot. Vittne: grannen {wsur:3}.\nUpprättad av"
    " kriminalinspektör {sur:4}",
    "kommunpolis|pm|PM\n{caps:1} ({ung}) och {caps:2} ({ung}) har vid upprepade tillfällen under {week}"
    " uppehållit sig i trapphuset på {addr}. {org} har fått klagomål från boende. Kontakt tagen med"
    " föräldrarna, bl.a. {full:3} ({mob}). [[Mark]] och trappor nedskräpade av lustgaspatroner.",
    # ---------------------------------------------------------------- forhor
    "forhorsledare|forhor|Förhörsutdrag – målsägande {full:1}, {pnr}\nFörhörsledare: krinsp {sur:2}\nTid:"
    " {date} kl. {time}, {venue}\n{first:1} uppger: ”Jag gick från bussen, {line}, när {nick:3} och två"
    " till kom fram. {first:4} höll i mig medan han tog min telefon.”\nFörhöret uppläst och godkänt.",
    "forhorsledare|forhor|FÖRHÖR MED VITTNE\n{comma:1}, {vuxen} år, boende {addr}\nHörd av: {full:2}\n–"
    " Jag såg genom fönstret hur en mörk Golf, {plate2}, stannade på {street}. Två killar klev ur. Den"
    " ena var {first:3}, jag känner igen honom från {venue}. Den andra vet jag inte.\n– Vad hände"
    " sedan?\n– De sprang mot {place}.",
    "utredare|forhor|Förhör m. misstänkt {full:1} ({pnr}), {date}\nOffentlig försvarare: advokat"
    " {sur:2}\nFörhörsledare: {init:3}\nMisstanke: grov misshandel ({case})\n{first:1} förnekar brott."
    " Säger att han var hemma hos flickvännen {full:4} på {street} hela kvällen. ”Fråga {first:4|g} mamma"
    " om ni inte tror mig.”",
    "forhorsledare|forhor|Förhörsanteckning (kort)\nhörd: {low:1}, {ung} år, tillsammans med"
    " vårdnadshavare {full:2}\nplats: {venue}\n{lowf:1} säger att {nick:3} och en kille som heter"
    " {first:4} brukar sälja i tunneln vid {place}. ”alla vet det, de står där varje kväll efter"
    " {time}”.\nsocialsekreterare {sur:5} närvarande",
    "forhorsledare|forhor|Förhör med målsägande {full:1}\nDatum/tid: {date} kl. {time}\nFH:"
    " {sur:2}\n{first:1}: Jag klev av {line} och då kom {first:3} och en kompis som de kallade {nick:4}."
    " De tog {amount} ur min plånbok och sa att de visste var jag bodde, på {addr}.\nFH: Har du fått fler"
    " hot?\n{first:1}: Ja, sms från {mob}.",
    "forhorsledare|forhor|Utdrag ur förhör – vittne {full:1}\n”Jag jobbar på {org} och var på väg till"
    " jobbet vid {time}. Vid {venue} stod {first:2} och en kille med röd jacka. {first:2} skrek åt honom"
    " att han skulle betala, annars skulle det bli som med {full:3}.”\nFörhörsledare {sur:4}",
    "utredare|forhor|FÖRHÖR\nMålsägande: {caps:1}, {snr}\nTolk: {full:2} (arabiska)\n{first:1} berättar"
    " via tolk att hon blivit knuffad av {full:3} i trappuppgången på {street} den {date}. Hennes granne"
    " {wfirst:4} kom ut och hjälpte henne.\nFörhörsledare: {sur:5}",
    "forhorsledare|forhor|Kompletterande förhör {date}\nHörd: {full:1}, mamma till"
    " {full:2}\nFörhörsledare: {sur:3}\n{first:1} uppger att {first:2} sedan {week} inte sovit hemma. Hon"
    " tror att han bor hos kompisen {full:4} i {place}. Hon har numret {mob} till honom men han svarar"
    " inte.\n[[Inga]] ytterligare uppgifter.",
    # ---------------------------------------------------------------- beslag
    "utredare|beslag|BESLAGSPROTOKOLL {case}\nBeslag 1: iPhone svart, tillhör {full:1}\nBeslag 2:"
    " kontanter {amount}\nBeslag 3: nyckelknippa till {addr}, {lgh}\nBeslagtaget hos: {comma:2},"
    " {pnr}\nBeslagsansvarig: {init:3}",
    "utredare|beslag|Beslag vid husrannsakan {date}\nAdress: {addr}\nBeslutsfattare: {full:1}\nAnträffade"
    " i bostaden: {full:2}, {pnr} och {full:3}, {snr}\n- {antal} påsar cannabis i garderob\n- våg,"
    " plastpåsar\n- {amount} i kontanter\n- bil {plate} (nycklar)\nProtokollförare: {sur:4}",
    "ingripande|beslag|Beslag\nhos {low:1} vid kroppsvisitation {venue} kl {time}:\nfällkniv, {amount} i"
    " sedlar, mobil (tillhör enl. uppgift {full:2})\nbeslagsnr {case}\nvittne till visitationen:"
    " ordningsvakt {sur:3}",
    "utredare|beslag|Beslagsliggare – {place}\n{date}: moped utan reg.skylt, ägare okänd, påträffad vid"
    " {venue}\n{date}: bil {plate2}, ägare {full:1}, förare {full:2}\n{date}: telefon Samsung, tillhör"
    " {first:2}\nBeslagshandläggare: {sur:3}",
    "ful|beslag|Beslut om beslag ({case})\nFörundersökningsledare {full:1} beslutar att beslaget av"
    " mobiltelefon tillhörande {full:2}, {pnr}, ska bestå. Telefonen innehåller chattar med {nick:3} om"
    " vapen. Beslaget hävs för bilnycklar till {plate} som återlämnas till ägaren {full:4}.",
    "ingripande|beslag|Beslag/omhändertagande\nPlats: {street}, utanför {venue}\nTid: {time}\nPerson:"
    " {full:1} ({ung} år), tel {mob}\nFöremål: machete, balaclava\nVårdnadshavare underrättad:"
    " {full:2}\nPatrull: {sur:3}/{sur:4}",
    "utredare|beslag|Förteckning beslag, {week}\n{full:1}: två telefoner, {amount}\n{full:2}:"
    " kniv\n{full:3}: inget\n{nick:4}: nycklar till {fast}, förråd\nSammanställt av {full:5}",
    "kommunpolis|beslag|{full:1|g} bil, {plate2}, beslagtogs den {date} på parkeringen vid {venue}. I"
    " bilen fanns {amount} och en telefon med {first:2|g} nummer sparat som ”{nick:2}”. Ärende {case}.",
)
