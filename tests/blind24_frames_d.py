"""Frames of the twenty-fourth blind corpus, fourth part: chat messages forwarded by a fältassistent, a
fritidsledare's chat, and staff's group chats (trygghetsvärdar, väktare, nattvandrare, bovärdar). Each frame
is `role|style|template` (tests/blind24_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # chat forwarded by a fältassistent
    'fältassistent|faltchatt|Vidarebefordrat från en ungdom:\n"[[Wallah]] bror {nick:1} o {first:2} ska ta'
    ' {first:3} efter skolan vid {venue} imorgon, säg inte att ja sa"\n/{full:4}, fältassistent',
    "fältassistent|faltchatt|{full:1}, fält: chatt m {lowf:2} ({ung}) ikväll, hon säger att {first:3} tar"
    " bilder på tjejer vid {place} o lägger ut. hennes nr {mob}",
    'fältassistent|faltchatt|sms från {first:1}: "kom till {street} nu dom bråkar {first:2} har slagit'
    ' {first:3} 😰"\nvi var där {time}, lugnt då. {first:2} känd sen tidigare, bor {addr}',
    "fältassistent|faltchatt|skärmdump från gruppchatt (fått av förälder):\n{nick:1}: vi ses vid {place} kl"
    " {time}\n{nick:2}: ta med grejen\n{nick:1}: [[Khalas]] 🔪\nförälderns namn: {full:3}",
    "fältassistent|faltchatt|Fält rapporterar: pratat med {full:1} och {full:2} vid {venue}. Båda {ung}."
    " {first:1} säger att det säljs i trapphuset på {addr}. Vidarebefordrat till kommunpolisen {sur:3}",
    'fältassistent|faltchatt|"hej det e {lowf:1} kan du ringa min mamma {mob} hon vet inte att ja e här"'
    " (skickat {time} från {place})\nvi skjutsade hem henne /{first:2}",
    "fältassistent|faltchatt|fält {date}: {first:1} ({ung}) berättar att {full:2} tvingat honom att hålla"
    " grejer åt honom i {lgh}. rädd. kontakt soc-handläggaren {sur:3}, {tel}",
    'fältassistent|faltchatt|fr en tjej i 9an: "{wfirst:1} har blivit hotad av {first:2} o hans brorsa för'
    ' att hon sa nåt om {place} på insta" – {first:3} (fältassistent) vidarebefordrar',
    # a fritidsledare's chat
    "fritidsledare|fritidschatt|{first:1} (fritids): ikväll på {venue} ca {antal} ungdomar, lugnt tills"
    " {nick:2} kom, han o {first:3} började bråka. ringde väktaren {sur:4}. stängde kl {time}",
    "fritidsledare|fritidschatt|Hej gänget, stängde {time} ikväll. {full:1} och {full:2} fick porten, kastade"
    " sten på fönstret. Mamman till {first:1} heter {first:3}, nr {mob}",
    "fritidsledare|fritidschatt|[[Guss]] i 8an, {lowf:1}, berättade att {first:2} har en pistol hemma på"
    " {street}. tog det till rektor {sur:3} direkt. kan vara snack",
    "fritidsledare|fritidschatt|Till alla: {date} blev det stort bråk utanför {venue}, {first:1}"
    " och {first:2}"
    " ({ung}) inblandade. Polisen tog {full:3}. Anmälan {case}",
    "fritidsledare|fritidschatt|{first:1}: kan ngn ta kvällen på {venue}? jag är sjuk\n{first:2}: ja tar"
    " den\n{first:1}: tack!! obs {full:3} har porten t.o.m. {week}",
    "fritidsledare|fritidschatt|Påminnelse: läger {date} med {antal} ungdomar, {amount} per pers. Föräldrar:"
    " {full:1} ({mob}), {full:2} ({mob}). Ansvarig {first:3}",
    "fritidsledare|fritidschatt|hade snack m {first:1} i kväll, han sa att {first:2|g} kusin {full:3} blev"
    " rånad vid {line} i helgen. Oklart om anmält. {first:1} är orolig",
    "fritidsledare|fritidschatt|OBS: {full:1} (f. {pnr}) har setts vid {venue} flera kvällar, pratar m de"
    " yngsta. fritidsledaren {sur:2} har pratat m honom. Bil {plate}",
    # staff's group chats
    "trygghetsvärd|personalchatt|{first:1}: vi är vid {place} nu, {antal} pers, lugnt\n{first:2}: ok vi tar"
    " {pstreet}\n{first:1}: {first:3} är här igen 🙄",
    "trygghetsvärd|personalchatt|{full:1}: glaskross i porten {addr} ({fast}), beställer via {org}."
    " {first:2} kan du"
    " ta foto?\n{first:2}: 👍",
    "väktare|personalchatt|Pass {date}: {first:1} o jag avvisade {full:2} (sam.nr {snr}) från {venue} kl"
    " {time}, han hotade. Polis ref {case}. Han har tillträdesförbud till {date}",
    "trygghetsvärd|personalchatt|{first:1}: nån vet vem som bor i {lgh} på {addr}? larm om"
    " rök\n{first:2}: det"
    " e {full:3}, äldre dam\n{first:1}: tack",
    "nattvandrare|personalchatt|Nattvandring {date}: vi var {antal} st. {first:1} o {wfirst:2} pratade med"
    " killar vid {venue}, en kallade sig {first:3}. Lugn kväll. /{full:4}",
    "samordnare|personalchatt|{first:1}: kan vi lyfta {place} på torsdagens EST-möte? handläggaren"
    " {sur:2} på {org} har"
    " mejlat om skadegörelse {week}\n{first:3}: ja lägg in det",
    "trygghetsvärd|personalchatt|[[Habibi]] {first:1} du glömde nycklarna i bilen {plate2} 😂\n{first:1}:"
    " shit tack {first:2}",
    "bovärd|personalchatt|Bovärd {wsur:1} här: hyresgästen {full:2} ({snr}) i {lgh} klagar på {first:3} i"
    " lägenheten ovanför, musik varje natt. Ringt {tel}, ingen svarar",
)
