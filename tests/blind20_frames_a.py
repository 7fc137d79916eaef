"""Frames of the twentieth blind corpus, part a: short SMS-like notes, CSV-like weekly rows and grannsamverkan
chain e-mails. Each frame is `role|style|template` (tests/blind20_fill.py explains the slots)."""

# ruff: noqa: E501

FRAMES_A = [
    # sms: short notes typed on a phone and pasted into the report
    "kommunpolis|sms|sms fr {lowf:1}: krossad ruta på {inst} inatt, {low:2} såg två killar på moped mot {place}. ring mig /{first:3}",
    "samordnare|sms|{first:1} ringde ang {nick:2} igen, sitter o dricker vid {inst} varje kväll. har pratat m {low:3}, hon tar det med soc",
    "fritidsledare|sms|hej! {full:1} ({ung}) o {first:2} bråkade utanför gården kl {time}, lugnt nu. mvh {lowf:3}",
    "busschauffor|sms|chauffören på {line} säger att {low:1} kastade snöboll på bussen vid {place}. han har nr {mob}",
    "kommunpolis|sms|Kolla m {first:1} om {sur:2}s båt, motorn borta igen vid {place}. Ägaren nås på {fmob} /{first:3}",
    "samordnare|sms|[[Inga]] nya klotter i {place} denna vecka enl {lowf:1}. {first:2} fixar tavlan på {inst} imorgon",
    "vaktare|sms|obs! {full:1} har hotat personal på {bolag} igen, {first:1|g} bil {plate2} står på parkeringen. /{low:2}",
    "fritidsledare|sms|{lowf:1} o {lowf:2} stannade kvar efter stängning, pappa {full:3} hämtade 22.10. skriver mer i rapporten",
    "taxi|sms|Taxi ({bolag}) körde {first:1} från {place} till {inst} den {date}, han var redig. Chaufför {full:2}, tel {mob}",
    "kurator|sms|{first:1} i 8B vill inte gå hem, pratat med mamma {full:2}. orosanmälan gjord. {low:3} vet",
    # rad: CSV-like weekly rows from a small kommun
    "samordnare|rad|Datum; Tid; Plats; Händelse; Rapportör\n{date}; kl {time}; {place}; Skadegörelse på busskur, {full:1} såg det; {full:2}",
    "samordnare|rad|Datum;Tid;Plats;Händelse;Rapportör\n{date};kväll;{inst};Otrygg samling, bl.a. {full:1} och {nick:2};fritidsgården/{first:3}",
    "kommunpolis|rad|{date}; natt; {road} vid {place}; Ren påkörd, renägare {full:1} ({sameby}) kontaktad; {caps:2}",
    "vaktare|rad|Datum: {date}\nTid: {time}\nPlats: {street}\nHändelse: Inbrott i förråd, {addr}, {lgh}\nRapportör: {comma:1}",
    "fastighet|rad|{date}; {time}; {addr}; Klotter i trapphus, hyresgäst {sur:1} anmälde; {org}; {first:2}",
    "kommunpolis|rad|Händelsenr;Datum;Brottstyp;Plats;Anteckning\n{case};{date};Stöld båtmotor;{place};Ägare {comma:1}, {mob}",
    "samordnare|rad|Vecka;Plats;Händelse;Antal;Rapportör\n{week};{inst};Nedskräpning, ungdomar kring {first:1} {sur:1};{antal};{caps:2}",
    "kommunpolis|rad|{date};{time};{place};Dieselstöld ur skogsmaskin ({bolag});{antal} liter;förare {full:1}, {tel}",
    "fastighet|rad|Ärendenr: {case}\nRegistrerad: {date}\nFastighet: {fast}\nAdress: {addr}\nBeskrivning: Brand i soprum, boende {full:1} larmade\nKostnad: {amount}",
    "samordnare|rad|{date}; {place}; Ryktesspridning i Facebookgruppen, inlägg av {full:1} om {full:2}; {first:3}",
    # grannmejl: grannsamverkan chain e-mails
    "grannsamverkan|grannmejl|Hej alla i grannsamverkan!\nI natt var det inbrott hos {full:1} på {addr}, {lgh}. Någon har också gått runt vid {place}. Hör av er till mig på {mob} om ni sett något.\nHälsningar {full:2}",
    "grannsamverkan|grannmejl|Från: {full:1} <{mail}>\nÄmne: Vit skåpbil vid sommarstugorna\nEn vit skåpbil, {plate}, har stått vid {place} två nätter. {first:2} på {addr} har också sett den.",
    "grannsamverkan|grannmejl|Hej grannar,\n{full:1} har fått båtmotorn stulen vid bryggan i {place}, andra gången i sommar. Han har anmält ({case}). Kontaktombud: {full:2}, {tel}",
    "grannsamverkan|grannmejl|VIDAREBEFORDRA!\n{first:1|g} granne {full:2} såg två män med ficklampor vid stugorna längs {street} natten till {date}. Polisen är kontaktad.\n/{first:1}",
    "grannsamverkan|grannmejl|Hej!\nPåminner om att {inst} är stängt {date}. {full:1}, vår kontaktperson, har nya skyltar. Frågor till {mail}\nMvh {full:2}",
    "grannsamverkan|grannmejl|Till grannsamverkan i {place}\nDet har varit inbrott i tre förråd på {street} i {week}. {full:1} i {lgh} hörde glas gå sönder kl {time}. Ring {first:2} på {mob} om ni vet något.",
    "grannsamverkan|grannmejl|Hej,\nmin sommarstuga på {fast} har varit uppbruten. Grannen {wfirst:1} {sur:1} upptäckte det. Vi saknar en motorsåg och en vattenpump.\n{caps:2}",
    "grannsamverkan|grannmejl|Ämne: SV: SV: mopeder på gångvägen\n{first:1} skrev: ”de kör som galningar vid {inst} varje kväll”. Jag har pratat med fru {wsur:2} på {org}.\n/{first:3}",
    "grannsamverkan|grannmejl|Hej alla. {full:1} (som bor på {addr}) har tappat sin hund vid {place}. Ring {fmob} eller {mob}. Tack! {first:2}",
    "grannsamverkan|grannmejl|Kära grannar!\nEn bil med norska skyltar körde långsamt förbi stugorna i {place} den {date}. Fru {wsur:1} tog en bild. Skicka era iakttagelser till {full:2}, {mail}",
]
