# ruff: noqa: E501
"""Frames of the sixteenth blind corpus: chat notes, text messages, fältassistenter's evening reports.
Each is `role|style|template` (tests/blind16_fill.py)."""

FRAMES = (
    # chatt: the team's group chat, lower case, slang, emoji
    "falt|chatt|yo sitter m {lower:1} o {lowf:2} utanför {inst} nu, lugnt hittills 👍 {lowf:2|g} lillebror e också här",
    "fritid|chatt|aina körde förbi {inst} ca {time}, frågade efter {nick:1}. ungarna blev lite skraja men {lowf:2} lugnade alla 🙏",
    "natt|chatt|walla typ femton pers vid {place} nu, {nick:1} o hans gäng. ring {lowf:2} om ni behöver oss, hon har nattvandrartelefonen {mob}",
    "falt|chatt|snackade m {lowf:1} (går i {klass} på {inst}), hon sa att {lower:2} tar para av småkillarna 😬 ska vi lyfta de m handläggare {sur:3} på soc?",
    "fritid|chatt|{lowf:1} o {lowf:2} bråkade om en jacka vid biljarden, löst nu. {lowf:2|g} mamma hämtade henne {tid} ✌️",
    "natt|chatt|bre det brinner i en container bakom {inst}!! räddningstjänsten på väg, {lowf:1} o jag står kvar på {street} 🔥",
    "polis|chatt|Hej gänget, vi har fått tips om att {nick:1} ({full:1}) har kniv på sig. Ni som är ute ikväll: ring mig direkt {mob} /{first:2}",
    "falt|chatt|ok så {lowf:1} från 4an sa att det blir bråk efter matchen {date}, typ {lowf:2|g} gäng mot nåra från {place}. len vi måste va där",
    "sspf|chatt|påminnelse sspf-möte {date} kl {time} på {inst}. {full:1} från soc o {full:2} från polisen kommer. {lowf:3} ska va med sin pappa",
    "fritid|chatt|guss från {inst} sa att {nick:1} har bild på {lowf:2} som han hotar lägga ut 😡 vi snackar m {lowf:2} imorrn",
    # sms: text messages to and from parents, residents, colleagues
    "samordnare|sms|Hej {first:1}! Tack för samtalet idag. Vi ses på föräldramötet {date} kl {time} i {inst}. Mvh {full:2}, {org}",
    "falt|sms|hej det e {first:1} från fältgruppen. {first:2|g} mamma bad oss kolla läget, han sågs vid {inst} {tid}. ring {mob} om nåt",
    "forening|sms|Träningen ställs in ikväll pga bråket vid {inst}. Föräldrar kan ringa {full:1} på {mob} eller mig. /{first:2}",
    "kurator|sms|Hej, det är {full:1}, kurator på {inst}. Kan {first:2} komma på samtal {date}? Svara här eller ring {tel}.",
    "natt|sms|Vi är sex vuxna ute ikväll: {first:1}, {first:2}, {first:3}, {wfirst:4} och jag. Samling {tid} vid {inst}.",
    "fritid|sms|hej {first:1|g} mamma! det är {first:2} på gården. {first:1} glömde sin mobil här, ni kan hämta den innan {time} 😊",
    "polis|sms|Hej {first:1}, polisen här. Gäller bilen {plate} som stått på {street} i veckan. Vet du vem som kör den? Mvh kommunpolis {sur:2}",
    "soc|sms|Hej! Påminnelse om mötet {date} med {first:1} på {inst}. Ta gärna med {first:1|g} schema. Hälsningar {full:2}, socialtjänsten",
    "natt|sms|{first:1} här. Ungarna vid {inst} har gått hem nu, lugnt. {nick:2} och hans polare drog mot {place} med {bus}.",
    "forening|sms|Hej föräldrar! Matchen mot {org} spelas {date} på {inst}. Samåkning: {full:1} kör, bil {platen}. Frågor till {full:2} på {mob}.",
    # kvall: fältassistenter's evening reports
    "falt|kvall|Kvällsrapport {date}. Vi (fältassistenterna {first:1} och {first:2}) började vid {inst} {tid}. Ett tiotal ungdomar, bl.a. {full:3} och {full:4}, hängde vid ingången. Lugn stämning.",
    "falt|kvall|Runt {time} kom {full:1} fram och berättade att hans bror {first:2} inte varit hemma sedan i söndags. Vi kontaktade {first:2|g} mamma {full:3} på {mob}.",
    "falt|kvall|[[Alla]] ungdomar vi mötte vid {inst} var lugna. {full:1} ({age}) och en kompis till honom, {first:2}, frågade om sommarjobb. Vi hänvisade till {org}.",
    "fritid|kvall|Ikväll på gården: {full:1} och {full:2} från {place} kom in och ville spela FIFA. {first:1} var upprörd efter ett bråk på {street} tidigare under dagen.",
    "falt|kvall|Vi gick {place} – {inst} – {street}. Vid tunneln träffade vi {full:1}, {full:2} och {nick:3}. Han sa att det snackas om en fest {date} i ett förråd på {addr}.",
    "natt|kvall|Pass {tid}. Fyra nattvandrare ute: {full:1}, {full:2}, {full:3} och {wfirst:4}. Mycket mopeder vid {inst}, en utan skylt och en med {plate}.",
    "falt|kvall|[[Inga]] större incidenter. Vid {inst} satt tre tjejer, bl.a. {first:1} och {first:2} från {klass}, och var ledsna över ett rykte om {first:3} på Snapchat. Vi pratade med dem en stund.",
    "falt|kvall|Samtal med {full:1}, pappa till {first:2}. Han oroar sig för att {first:2} umgås med {nick:3} och äldre killar från {place}. Vi bokade {date} ett möte med kurator {sur:4}.",
    "tryggvard|kvall|Kl {time} larmade {org} om stök i trapphuset på {addr}. Vi åkte dit med {first:1} och träffade {full:2} och hans lillasyster {first:3}, som bor i huset.",
    "falt|kvall|Rapport {week}: lugnare än förra veckan. {full:1} och {full:2} har börjat på läxhjälpen hos {org}. {first:1|g} pappa tackade oss vid {inst}.",
)
