"""Frames of the thirty-first blind corpus, file b: the housing company's on-call log (fastighetsjour), the
kommun's night walkers (nattvandrare) and night patrol. `role|style|template`; slots as in
tests/blind31_fill.py."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # jourlogg: fastighetsjour
    "fastighetsjour|jourlogg|{time} samtal {full:1}, {addr} {lgh}, vattenläcka från lgh ovanför. "
    "jourtekniker {sur:2} åkte ut {time}, stängt ventil",
    "fastighetsjour|jourlogg|jour {date} {org}\n{time} {full:1} låst ute, {addr}. "
    "id kontrollerad, släppt in\n{time} brandlarm trh {street}, matos. {first:2} återställde",
    "fastighetsjour|jourlogg|ärende: utelåst\nhyresgäst: {full:1}\nadress: {addr}, {lgh}\n"
    "tfn: {mob}\nåtgärd: öppnat kl {time}, avgift {amount}\njour: {init:2}",
    "fastighetsjour|jourlogg|{time} störning {fast}, hyresgäst {comma:1} klagar på granne "
    "{first:2}. jouren ({first:3}) pratade med båda",
    "fastighetsjour|jourlogg|{lowf:1} jour natt {week}. {time} inbrott förråd {addr}, "
    "hyresgäst {full:2} anmält till polis {case}. låsbyte beställt",
    "fastighetsjour|jourlogg|{time} fönster krossat {venue}, glasmästare {sur:1} beställd. "
    "kontakt {full:2} {tel}",
    "fastighetsjour|jourlogg|överlämning {time}\n- {addr} ({fast}): hiss ur funktion, "
    "hyresgäst {full:1} rullstol, ringer {mob} om problem\n- ring {first:2} på {org} i morgon",
    "fastighetsjour|jourlogg|{time} {full:1} ringde ang. lukt av rök i trh {street}, "
    "räddningstjänsten på plats {time}, falsklarm. fastighetsskötare {wsur:2} informerad",
    # nattvandring: nattvandrare
    "nattvandrare|nattvandring|nattvandring {span} {place}\ngick: {first:1}, {first:2}, {first:3}\n"
    "pratade med ca {antal} ungdomar vid {venue}. lugnt",
    "nattvandrare|nattvandring|{first:1} o {wfirst:2} gick {place}. mötte {nick:3} och hans "
    "kompisar vid {venue} kl {time}. de var schyssta",
    "nattvandrare|nattvandring|{date}\n{span} runda {place} - {venue} - {street}\n"
    "{full:1}, {full:2}\nkl {time} tjej ca {ung} år ledsen, ringde mamma {first:3} som hämtade",
    "nattvandrare|nattvandring|{full:1} rapport: vi var {antal} vuxna ute, "
    "mopedåkare på gc-vägen vid {street} kl {time}, reg {plate}. {first:2} pratade med dem",
    "nattvandrare|nattvandring|kväll {week}: lugnt i {place}. {lowf:1} och {low:2} "
    "bjöd på kaffe vid {venue}. nästa pass {date}, ansvarig {full:3}",
    "nattvandrare|nattvandring|rapport till {kommun}\nvandrare: {full:1} ({mob}), {full:2}\n"
    "kl {time} bråk vid {venue} och på {line} mellan {first:3} och en kille kallad {nick:4}, polisen kom",
    "nattvandrare|nattvandring|{first:1} skriver: gick {place} med {wfirst:2} kl {span}. "
    "raketer vid {street}, ingen skadad",
    "nattvandrare|nattvandring|nattvandrarna {date} {place}: {full:1}, {full:2}, {first:3}. "
    "lugn kväll, {antal} ungdomar vid {line} hållplatsen",
    # nattpatrull: the kommun's night patrol / trygghetsvärdar
    "trygghetsvard|nattpatrull|patrull {call} ({first:1}, {first:2})\n{time} {place} lugnt\n"
    "{time} {venue} grupp ca {antal}, bland dem {full:3}, sa åt dem att städa\n{time} slut",
    "trygghetsvard|nattpatrull|{time} trygghetsvärd {sur:1} på {line} mot {place}, "
    "ordningsstörning, en man ({full:2}) avvisad från bussen av chauffören {first:3}",
    "trygghetsvard|nattpatrull|kommunens nattpatrull {week}\n{full:1}\n{full:2}\n"
    "kl {time} brand i container {street}, räddningstjänst {call}. vittne {full:3} tfn {mob}",
    "trygghetsvard|nattpatrull|kl {time} {wsur:1} (trygghetsvärd) hittade cykel vid {venue}, "
    "ramnr noterat. ägare {full:2} hämtar den, mejl {mail}",
    "trygghetsvard|nattpatrull|{first:1} och {first:2}, pass {span} {place}: lugnt. "
    "{first:1|g} bror {full:3} kom förbi och pratade om skadegörelsen på {pstreet}",
    "trygghetsvard|nattpatrull|{time} samtal med {lowf:1} ({ung}) vid {venue}, vill prata "
    "med fältarna. lämnat tfn till fältassistent {sur:2}",
    "trygghetsvard|nattpatrull|logg {date}\nkl {time}, {antal} mopeder i {place}, en reg {plate2} "
    "förare kallad {nick:1}\nkl {time} {full:2} (trygghetsvärd) avslutar",
    "trygghetsvard|nattpatrull|{time} kontakt med {full:1} från {org} om belysning "
    "vid {pstreet}. trasig sedan {week}. {first:2} felanmäler",
)  # fmt: skip
