"""Frames of the thirty-first blind corpus, file e: a store guard's notes (butiksbevakning), an ordningsvakt's
report of a custody (LOB, omhändertagande), a site log kept at a school or a centre (objektslogg).
`role|style|template`; slots as in tests/blind31_fill.py."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # butiksbevakning: store guard
    "butiksvakt|butiksbevakning|{time} snatteri {venue}, varor för {amount}. "
    "gärningsperson {full:1} ({pnr}), gripen av {full:2}. polis {case}",
    "butiksvakt|butiksbevakning|butiksvakt {sur:1}: {time} två tjejer, {first:2} och "
    "{first:3}, tog smink. mamma till {first:2} hämtade, tfn {mob}",
    "butiksvakt|butiksbevakning|{date} {venue}\nkl {time} tillträdesförbud delgivet {full:1}, "
    "{addr}\nkl {time} {nick:2} tillbaka, avvisad\nvakt: {full:3}",
    "butiksvakt|butiksbevakning|kl {time} man i {vuxen}-årsåldern stoppad vid kassan, "
    "uppgav namn {full:1} och {snr}. varor {amount}. överlämnad till polis {sur:2}",
    "butiksvakt|butiksbevakning|{full:1} ringde kl {time} från {venue}: känd snattare {nick:2} "
    "i butiken igen. butikschef {full:3} ville ha hjälp",
    "butiksvakt|butiksbevakning|{time} hot mot kassapersonal {first:1} på {venue}. "
    "gärningsman {lowf:2} ({ung}), kompis {low:3}. avvisade, anmält {case}",
    "butiksvakt|butiksbevakning|butik {venue} {week}: {antal} snatterier, "
    "en gripen ({full:1}). kontakt butik: {full:2} {mail}",
    "butiksvakt|butiksbevakning|{time} misstänkt stöld cykel utanför {venue}, "
    "{full:1} sågs ta den, ägare {full:2} ({mob}, {mail}). film sparad",
    # lob_omhandertagande: OV report of custody
    "ordningsvakt|lob_omhandertagande|omhändertagande LOB\nkl {time}\nplats: {venue}, {place}\n"
    "person: {full:1}, {pnr}\nOV: {full:2}, {full:3}\növerlämnad till polis kl {time}",
    "ordningsvakt|lob_omhandertagande|{time} {full:1} omhändertagen enl LOB vid {venue}, "
    "kunde ej stå. kamrat {full:2} ({mob}) ville ta hem honom, nekades",
    "ordningsvakt|lob_omhandertagande|LOB {date}: {full:1} ({snr}) hittad sovande vid "
    "{line} hållplats. polis {sur:2} tog över kl {time}",
    "ordningsvakt|lob_omhandertagande|rapport OV {full:1}: omh kl {time}, "
    "{full:2} berusad på {street}, skrek åt {first:3}. transport {call}",
    "ordningsvakt|lob_omhandertagande|kl {time} LOB {lowf:1} {ung} år vid {venue}, "
    "förälder {full:2} kontaktad {mob}, hämtade kl {time}. OV {first:3}",
    "ordningsvakt|lob_omhandertagande|omhändertagen: {caps:1}\nf: {pnr}\nbost.: {addr}, {lgh}\n"
    "tid: {time}\nskäl: LOB\nOV {init:2}",
    "ordningsvakt|lob_omhandertagande|{first:1|g} kompis {full:2} omhändertogs av OV {sur:3} "
    "kl {time} vid {venue}. {first:1} följde med till polisen",
    "ordningsvakt|lob_omhandertagande|{time} {wsur:1} omhändertagen {place}. "
    "ovakt {full:2} och {full:3}. överlämnad {time} till polis {call}",
    # objektslogg: site log of a school or a centre
    "objektsvakt|objektslogg|objekt {venue}\n{time} låst\n{time} rektor {full:1} kom in, "
    "hämtade dator\n{time} larm pålagt",
    "objektsvakt|objektslogg|{date} {venue}\nkl {time} vaktmästare {sur:1} upptäckte "
    "klotter på baksidan. {full:2} från {org} fotade\nkl {time} sanerat",
    "objektsvakt|objektslogg|{time} {full:1} ({mob}) frågade efter {first:2} "
    "som jobbar kväll. hänvisad till receptionen {venue}",
    "objektsvakt|objektslogg|{week} {venue}: mopeder på skolgården {span}, "
    "en med reg {plate2}. {wfirst:1} fick syn på dem",
    "objektsvakt|objektslogg|{time} fritidsledare {sur:1} meddelar: {full:2} och "
    "{first:3} stängs av från {venue} en vecka",
    "objektsvakt|objektslogg|{time} hiss fast {venue}, {full:1} och {full:2} inne. "
    "hisstekniker {wsur:3} framme {time}, {first:4} väntade",
    "objektsvakt|objektslogg|logg {place}\n{time} centrumvärd {wfirst:1} ser "
    "{antal} ungdomar vid {pstreet}. {nick:2} var med\n{time} skingrat",
    "objektsvakt|objektslogg|{first:1} ({org}) meddelar att {full:2} ska ha nycklar till "
    "{venue} från {date}. kontakt {tel} eller {mail}",
)  # fmt: skip
