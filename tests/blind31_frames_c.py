"""Frames of the thirty-first blind corpus, file c: an alarm centre's log (larmcentral), SOS-like dispatch
notes, a radio log. `role|style|template`; slots as in tests/blind31_fill.py."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # larmlogg: larmcentral operator
    "larmoperator|larmlogg|{time} inbrottslarm {unit} {venue}\n{time} ringt nyckelperson "
    "{full:1} {mob}, inget svar\n{time} ringt {full:2} {tel}, svarar, kommer\n{time} väktare {call} framme",
    "larmoperator|larmlogg|LC {date} kl {time}: överfallslarm {addr}, {lgh}. "
    "trygghetslarm för {full:1} ({pnr}). hemtjänst {first:2} skickad",
    "larmoperator|larmlogg|{unit} brandlarm {venue} kl {time}. RTJ larmad. "
    "kontakt {org}: {full:1} tfn {mob}. orsak: rökmaskin, {first:2} återställer",
    "larmoperator|larmlogg|op {init:1}\n{time} personlarm från {full:2}, {venue}\n"
    "{time} avlyssning, hot i bakgrunden\n{time} polis larmad, {case}\n{time} avslutat",
    "larmoperator|larmlogg|{time} sabotagelarm {unit}, {fast}. ägare {comma:1} ringd "
    "{mob}, sa att {first:2} (snickare) jobbar där. ok",
    "larmoperator|larmlogg|kl {time} larm {street}, larmkod 130. "
    "väktare {sur:1} på plats kl {time}, dörr uppbruten. {full:2} från {org} underrättad",
    "larmoperator|larmlogg|{full:1}: trygghetslarm kl {time}, fallit i hallen. "
    "dotter {full:2} {mob} åker dit. adress {addr}. op {first:3}",
    "larmoperator|larmlogg|{week} sammanställning {venue}: fyra larm, tre falsklarm. "
    "kontaktperson {full:1}, ersättare {full:2} ({mail})",
    # sos_notis: dispatch notes
    "dispatch|sos_notis|RP {full:1} tfn {mob} ringer från {addr}. "
    "man ca {vuxen} år ligger i trh. RP känner igen honom som {first:2}. amb {call} skickad {time}",
    "dispatch|sos_notis|{time} samtal: brand i bil {plate} vid {place}, {street}. "
    "RP {caps:1}. rtj {call} framme {time}",
    "dispatch|sos_notis|RP uppger att grannen {full:1} i {lgh} hotat henne. "
    "RP heter {full:2}, pnr {pnr}. polis larmad {time}",
    "dispatch|sos_notis|händelse {date} kl {time}\nplats: {venue}, {place}\n"
    "RP: {full:1} ({mob})\nskadad: {first:2}, ca {ung} år\nenhet: {call}, ambulanssjuksköterska {sur:3}",
    "dispatch|sos_notis|{time} RP {full:1} ser {antal} pers bråka vid {venue}. "
    "en kallas {nick:2} enl RP. överlämnat till polis",
    "dispatch|sos_notis|samtal {time} från {tel}, {full:1}, make {first:2} andningsbesvär. "
    "adress {addr}, portkod saknas. amb {call}",
    "dispatch|sos_notis|RP {low:1} ringer {time}, ser rök från {fast}. "
    "RP:s sambo {lowf:2} har gått ut. rtj framme {time}",
    "dispatch|sos_notis|{full:1} ({snr}) hittad {place} kl {time}, nedkyld. "
    "amb till {venue}. hämtad av bror {full:2}",
    # radiologg: radio log of the shift
    "radio|radiologg|{time} {call} till central: framme {venue}\n{time} central: {full:1} "
    "väntar vid entrén\n{time} {call}: kontakt tagen",
    "radio|radiologg|{time} {call} begär förstärkning {place}\n{time} väktare {sur:1} och {sur:2} "
    "framme\n{time} en gripen av polis, {full:3}",
    "radio|radiologg|{call} -> central {time}: kör {plate} mot {place}, förare {full:1}\n"
    "central ({first:2}): uppfattat",
    "radio|radiologg|kl {time} {first:1} på radio: misstänkt snatteri {venue}, kille "
    "kallad {nick:2}, {ung} år, springer mot {street}, sen på {line}",
    "radio|radiologg|{first:1} ({call})\n{first:2} ({call})\n{time} fordonskontroll {plate2}, "
    "förare {full:3}, körkort ok\n{time} klar",
    "radio|radiologg|{time} central: {full:1} rapporterar skadegörelse {street}\n"
    "{time} {call} åker, {lowf:2} med",
    "radio|radiologg|{span} radiotrafik {place}\n{time} {first:1}: lugnt vid {venue}\n"
    "{time} {first:2}: rond klar, inga anm\n{time} byte till {full:3}",
    "radio|radiologg|{time} {call}: {full:1} avvisad från {venue}, hotade {first:2|g} kollega. "
    "noterat av {first:3}",
)  # fmt: skip
