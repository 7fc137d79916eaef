"""Frames of the thirty-third blind corpus, part a: short hasty Beskrivning cells, long careful Beskrivning
cells and Plats cells of kommun, polis and bostadsbolag rows. A frame is `role|style|template`
(tests/blind33_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_A = (
    # beskrivning_kort: the Beskrivning cell typed in haste
    "trygghetsvard|beskrivning_kort|Ca {antal} ungdomar vid {venue} kl {time}, en kallad {nick}. {first:1}"
    " och {first:2} pratade med gänget, lugnt sen.",
    "fastighetsskotare|beskrivning_kort|klotter trapphus {addr}, samma tagg som förra veckan. sanerat"
    " {date} av {first:1}, {full:2} på {org} meddelad",
    "kommunpolis|beskrivning_kort|Bilbrand i {place} natt mot lördag, {plate2}. Ägare {full:1} kontaktad."
    " [[Inga]] misstänkta enl kommunpolis {sur:2}.",
    "fritidsledare|beskrivning_kort|{first:1} ({ung}) och {first:2|g} kompis bråkade utanför {venue},"
    " {first:3} gick emellan. Föräldrar ringda.",
    "vaktare|beskrivning_kort|Stenkastning mot {line} vid {place} kl {time}. {caps:1} (väktare) avvisade"
    " {antal} pers. Ingen skadad.",
    "faltassistent|beskrivning_kort|narkotikaaffärer? bakom {venue}, {lowf:1} o {first:2} såg {antal}"
    " killar m mopeder. tips från boende {full:3}",
    "skolpersonal|beskrivning_kort|Elev ({ung}) hotad med kniv på väg hem kl {time} längs {street}. Mentor"
    " {sur:1} informerad, {first:2} på {venue} har pratat m vårdnadshavare.",
    "raddningstjanst|beskrivning_kort|Brand i container {place}, släckt kl {time}. Insatsledare {sur:1}."
    " Anlagd? Vittne {full:3} ({tel}). {first:2} från {org} var på plats",
    # beskrivning_utforlig: the Beskrivning cell written with care
    "samordnare|beskrivning_utforlig|Under kvällen den {date} samlades cirka {antal} ungdomar vid {venue}."
    " Fältassistenterna {full:1} och {full:2} var på plats från kl {time} och upplevde stämningen som"
    " stökig. En yngre pojke, som de andra kallade {nick}, kastade smällare mot förbipasserande. Polis"
    " tillkallades men hann inte fram innan gruppen skingrades mot {place}. Även {first:3} från {org} kom"
    " förbi.",
    "kommunpolis|beskrivning_utforlig|Anmälan om misshandel ({case}) vid {venue}. Målsägande {full:1},"
    " {ung} år, slogs ner av två okända i svarta jackor. Vittne {full:2} ({mob}) hörd på plats. Patrull"
    " {sur:3}/{sur:4} gjorde områdesgenomsökning utan resultat.",
    "socialsekreterare|beskrivning_utforlig|Oro kring ungdom ({ung}) som enligt skolan ({venue}) setts med"
    " äldre personer i {place}. Orosanmälan gjord av kurator {sur:1}. Vårdnadshavare {full:2} nås på {mob}"
    " / {mail}. Ärendet följs upp i SSPF {week}.",
    "trygghetsvard|beskrivning_utforlig|Rondering den {date} i {place} tillsammans med {full:1} från {org}."
    " Trasig belysning i gångtunneln mot {street}, anmält till fastighetsjouren. Mötte {first:2} och"
    " {first:3} som berättade att det varit mopedåkning på gång- och cykelvägen flera kvällar i rad. En vit"
    " Audi, {plate2}, körde där medan vi stod kvar.",
    "fastighetsskotare|beskrivning_utforlig|Inbrott i förråd, {addr}. Hyresgästen {full:1} ({lgh})"
    " upptäckte det på morgonen. Dörren uppbruten med kofot, cykel och vinterdäck borta. Polisanmält,"
    " {case}. Ny dörr beställd, kostnad ca {amount}. Grannen {first:2} såg två killar tidigare.",
    "fritidsledare|beskrivning_utforlig|Fredagsöppet på {venue}, ca {antal} besökare. Vid stängning kom"
    " {full:1} och två kompisar som inte är inskrivna och vägrade gå. {first:2} och jag ({first:3}) fick"
    " ringa väktare. Det lugnade sig efter en kvart.",
    "skolpersonal|beskrivning_utforlig|Under lunchrasten sågs rök från skogsdungen bakom {venue}. Rektor"
    " {sur:1} och vaktmästare {full:2} gick dit och hittade en brinnande soptunna och {antal} elever som"
    " sprang därifrån. Släckt med handbrandsläckare. [[Ingen]] skadad. Räddningstjänsten underrättad kl"
    " {time}.",
    "vaktare|beskrivning_utforlig|Kl {time} larm från {venue}. Vid ankomst sågs en man, cirka {vuxen} år,"
    " springa mot {street}. Signalement lämnat till polis. Bil {plate} stod parkerad med motorn igång,"
    " förare {full:1}. Väktare {sur:2} skrev rapport.",
    # plats_cell: the Plats cell
    "fastighetsskotare|plats_cell|{addr} ({fast}), källarförråd (hyresgäst {full:1}, {lgh}) – nyckel hos"
    " {first:2}",
    "trygghetsvard|plats_cell|Gångtunneln {street} – {venue}, vid {first:1|g} kiosk. Se även {full:2}",
    "kommunpolis|plats_cell|{place}, parkeringen bakom {venue} (tips {full:1}, {mob}, och hans fru"
    " {first:2})",
    "fritidsledare|plats_cell|utanför {venue}\ningången mot {pstreet}\nkontakt: {full:1} el. {first:2}",
    "vaktare|plats_cell|{venue}, entré B / lastkaj. Väktare {sur:1} + {first:2}",
    "raddningstjanst|plats_cell|{addr}, trapphus B ({fast}) – uppringd av {full:1} och grannen {wsur:2}",
    "skolpersonal|plats_cell|Skolgården {venue}, vid cykelstället, rast kl {time}. elever: {first:1},"
    " {lowf:2}. Anm. {full:3}",
    "socialsekreterare|plats_cell|{place} – lägenheten hos {full:1} ({pnr}), {addr}. Bror {first:2} brukar"
    " öppna",
)
