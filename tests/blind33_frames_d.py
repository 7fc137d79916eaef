"""Frames of the thirty-third blind corpus, part d: school and fritidsgård staff, väktare's logs and
räddningstjänst's notes. A frame is `role|style|template` (tests/blind33_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_D = (
    # skola_fritid: school and fritidsgård staff
    "skolpersonal|skola_fritid|Elever från {venue} ({first:1}, {first:2}) berättar om äldre killar som"
    " säljer vid {place}. Kurator {sur:3} informerad.",
    "fritidsledare|skola_fritid|Kväll på gården ({venue}): {first:1|g} bror ({nick}) kom in påverkad, fick"
    " gå. {first:2} följde ut honom.",
    "skolpersonal|skola_fritid|Brandlarm {venue} kl {time}, tredje gången {week}. Misstanke mot elev i åk"
    " 8, {full:1}. Rektor {full:2} kontaktar hemmet.",
    "fritidsledare|skola_fritid|Tjejgruppen med {first:1} och {wfirst:2} var på {venue}. Lugnt. {first:3}"
    " tog med dem till {place} med {line}.",
    "skolpersonal|skola_fritid|Mentor {sur:1}: {first:2} ({ung}) har varit borta tre veckor, syns i {place}"
    " sent på kvällarna. Anmälan till soc, handläggare {full:3}.",
    "fritidsledare|skola_fritid|Lördagsöppet {date}, {antal} besökare. Bråk mellan {full:1} och {full:2} om"
    " en mobil. Löst av {first:3} o {lowf:4}.",
    "skolpersonal|skola_fritid|Klotter på skolans fasad mot {street}, bl.a. {nick} och ”{wsur:1} suger”."
    " Vaktmästare {full:2} fotade.",
    "fritidsledare|skola_fritid|{first:1}, {first:2} och {wfirst:3} från {venue} fixade fotbollsturnering"
    " på {place}, bra stämning (kostnad {amount})",
    # vaktare_logg: a väktare's log
    "vaktare|vaktare_logg|{time} Rond {venue}, [[Inga]] anm.\n{time} Larm, {antal} pers i trapphus"
    " {addr}\n{time} Avvisat. Väktare {sur:1}/{sur:2}",
    "vaktare|vaktare_logg|{full:1} ({org}) tillkallade oss kl {time} p.g.a. berusad man i entrén. Mannen,"
    " {full:2} ({snr}), avvisades. Rapport skriven av {first:3} ({mail}).",
    "vaktare|vaktare_logg|Rapport {date}: Garaget {addr}, bil {plate2} med krossad ruta. Ägaren {full:1}"
    " nås ej. Info lämnad till {org}.",
    "vaktare|vaktare_logg|Obs {nick} och hans kompisar tillbaka vid {venue} igen. Hängde kvar till kl"
    " {time}.\n{caps:1} (nattvakt)",
    "vaktare|vaktare_logg|Tillträdesförbud vid {venue} gäller fortfarande {full:1} ({pnr}). Påträffad igen,"
    " polis ({sur:2}) informerad.",
    "vaktare|vaktare_logg|Patrull 2: {first:1}, {first:2}\n{time} {place}, ungdomar på moped utan"
    " hjälm\n{time} {venue}, lugnt",
    "vaktare|vaktare_logg|Dörr till {venue} uppbruten, larmet gick kl {time}. Kontaktperson {full:1},"
    " {mob}, eller {first:2}. [[Sten]] låg innanför dörren.",
    "vaktare|vaktare_logg|Skadegörelse på {line}, hållplats {street}. Föraren {full:1} anmälde. Vi (väktare"
    " {sur:2} och {first:3}) fanns på plats kl {time}.",
    # raddning_brand: räddningstjänst's notes
    "raddningstjanst|raddning_brand|Anlagd brand i papperskorg vid {venue} kl {time}. Släckt av {first:1}"
    " ur styrkan. Vittnen: {full:2}, {full:3}.",
    "raddningstjanst|raddning_brand|Bilbrand {street}, {plate}. Ägare {comma:1}. Brandutredare {sur:2}"
    " bedömer anlagd.",
    "raddningstjanst|raddning_brand|Brand i källarförråd {addr}. {antal} lgh utrymda. Boende {full:1}"
    " ({lgh}) rökskadad, till sjukhus. {org} kontaktad.",
    "raddningstjanst|raddning_brand|Containerbrand {place}, tredje {week}, bil {plate2} skadad."
    " Räddningsledare {full:1}. Polis ({sur:2}) på plats.",
    "raddningstjanst|raddning_brand|Gräsbrand nära {venue}, barn sågs springa. En pojke, {first:1}, ca"
    " {ung} år enl. {full:2} som larmade ({mob}).",
    "raddningstjanst|raddning_brand|Brandrök i trapphus {addr}, tidningar antända utanför dörren hos"
    " {full:1}. [[Ingen]] skadad.",
    "raddningstjanst|raddning_brand|Förebyggande: hembesök hos {full:1} och {full:2} på {pstreet} efter"
    " bränderna {week}. {first:3} höll i det.",
    "raddningstjanst|raddning_brand|Mopedbrand bakom {venue} kl {time}. Ägare enligt reg. {plate2}:"
    " {full:1}. Styrkeledare {sur:2}.",
)
