"""Frames of the thirty-first blind corpus, file a: a security guard's shift log (väktare), an ordningsvakt's
report, a parking attendant's notes. `role|style|template`; slots as in tests/blind31_fill.py."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # vaktlogg: väktare, timestamps first
    "vaktare|vaktlogg|{time} {first:3} rond {place} klar, inga anm\n"
    "{time} larm {venue} bakdörr öppen, stängd o låst. RP {first:1} städ tfn {mob}\n"
    "0600 överlämnat till {full:2}",
    "vaktare|vaktlogg|{call} i tjänst {span}, {full:1} + {first:2}\n"
    "kl {time} ca {antal} ungdomar vid {venue}, avvisade. en av dem kallad {nick:3}, ca {ung} år\n"
    "kl {time} lugnt",
    "vaktare|vaktlogg|{time} {place}: bil {plate} felparkerad i brandgata, ägare {full:1} "
    "nås på {mob}, flyttad\n{time} rond klar, {first:2} kör",
    "vaktare|vaktlogg|{full:1} (väktare {call}) rapporterar: trh {addr} klotter plan 2, "
    "foto taget. fastighetsskötare {sur:2} underrättad via sms",
    "vaktare|vaktlogg|kl {time} tillkallad av {full:1} i {lgh}, {addr}. "
    "granne {low:2} spelar hög musik. pratat m {lowf:2}, sänkt\nkl {time} åter",
    "vaktare|vaktlogg|{date} natt\n{time} {unit} utlöst, ingen åtgärd, falsklarm\n"
    "{time} person sover i entrén {venue}, väckt och avvisad. uppgav namn {full:1} pnr {pnr}\n"
    "{time} åter {place}, {first:2} tar över",
    "vaktare|vaktlogg|{time} {first:1} och {first:2} patrull {place}. "
    "[[Inga]] anmärkningar utom krossad ruta cykelrum {street}\n"
    "{time} kontakt m {org} jour, {full:3} kommer i morgon",
    "vaktare|vaktlogg|{comma:1}, {unit}, {week}\n"
    "{time} larm {venue}, {full:2} från personalen på plats, felkod\n{time} klart",
    # ov_rapport: ordningsvakt
    "ordningsvakt|ov_rapport|OV-rapport {date}\nOV {full:1}, OV {full:2}\n"
    "kl {time} {full:3} ({pnr}) avvisad från {venue} pga berusning. ville inte lämna, "
    "förd ut. vittne {first:4}",
    "ordningsvakt|ov_rapport|kl {time} bråk utanför {venue}. två män, {full:1} och {full:2}. "
    "{first:1} blödde näsa, ambulans avböjd. polis {call} kontaktad\nPA upprättad av polis, {case}",
    "ordningsvakt|ov_rapport|{caps:1} omhändertagen LOB kl {time}, överlämnad till polis {sur:2} "
    "kl {time}. anhörig {first:3} tfn {mob}",
    "ordningsvakt|ov_rapport|rapport OV {init:1}\n{span} {place}/{venue}\n"
    "- {antal} avvisningar\n- 1 LOB: {full:2}, {snr}\n- {first:3} ({ung}) hemskickad, mamma {full:4} hämtade",
    "ordningsvakt|ov_rapport|ovakt {sur:1} och ovakt {sur:2}. kl {time} ung man {low:3} "
    "tog sig in utan biljett vid {venue}, avvisad. tfn {mob} lämnat till arrangör {full:4}",
    "ordningsvakt|ov_rapport|{full:1} beslag kniv vid visitation kl {time}, överlämnad till "
    "polispatrull {call}. ärende {case}. OV {full:2} vittne",
    "ordningsvakt|ov_rapport|{week} helg {place}\nfre: lugnt\nlör kl {time} slagsmål {venue}, "
    "inblandade {full:1}, {full:2} och en kallad {nick:3}. avvisade alla\nsön: inget",
    "ordningsvakt|ov_rapport|avvisad kl {time}: {full:1}, f. {pnr}, {addr}\n"
    "skäl: hot mot personal ({first:2} i kassan)\nOV {full:3}",
    # pvakt: parking attendant
    "parkeringsvakt|pvakt|p-plats {venue} kl {time}\nbil {plate2} utan tillstånd, kontrollavgift "
    "{amount}. förare {full:1} kom ut, arg. hänvisad till {org} av {first:2}",
    "parkeringsvakt|pvakt|{time} {street} {plate} på handikapp-p, avgift {amount}\n"
    "{time} {plate2} står kvar sedan {date}, anmält till {kommun}",
    "parkeringsvakt|pvakt|p-vakt {sur:1} och {first:2}, område {place}\nkl {time} hotad av förare "
    "{full:3} ({plate}), sa att han vet var {first:2} bor. polis {case}",
    "parkeringsvakt|pvakt|{first:1}: {plate2} lappad kl {time} vid {venue}, "
    "ägare {full:2} tfn {mob} ringde och klagade",
    "parkeringsvakt|pvakt|{full:1} - p-övervakning {place}\nkl {time} {plate} avgift {amount}\n"
    "kl {time} {plate2} avgift {amount}\nkl {time} slut",
    "parkeringsvakt|pvakt|kl {time} samtal fr {full:1} om bil i vägen vid {fast}, "
    "ringt {tel}. bilen ({plate}) flyttad innan vi kom. {first:2} noterade",
    "parkeringsvakt|pvakt|{low:1} o {lowf:2} ronderar {street} kl {span}. "
    "övergivet fordon {plate2}, ingen ägare. tips till {org}",
    "parkeringsvakt|pvakt|klagomål {date}: {full:1} i {lgh} säger att grannen {first:2} "
    "parkerar på hennes plats. kontrollerat {time}, {plate} lappad",
)  # fmt: skip
