"""Frames of the seventy-first blind corpus, part e: housing companies' garage and car-park notes, SMS tips
to trygghetsvärdar, e-mails about abandoned cars to the kommun's traffic office (`role|style|template`;
slots as in tests/blind71_fill.py)."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # --- housing companies' garage and car-park notes
    "bostadsbolag|garage_bostadsbolag|Garageplats uppsagd: {full:1}, {lgh}, {addr} ({fast}). Orsak: "
    "bilen {plate} "
    "användes som förråd för däck som inte var hennes. Ny hyresgäst på {space}: {full:2}.",
    "bostadsbolag|garage_bostadsbolag|Hyresgäst {comma:1} klagar på att {plate2} står på hennes "
    "p-plats. Bilen tillhör enligt grannarna {first:2} i {lgh}. Kvartersvärd {sur:3} pratar med dem.",
    "bostadsbolag|garage_bostadsbolag|Garaget {street} – inbrott i förråd och bilar {date}\nDrabbade: "
    "{full:1} ({plate}), {full:2} ({plate2}), {full:3}\nDörren bänd, låsbyte {amount}.",
    'bostadsbolag|garage_bostadsbolag|{first:1} på {org}: "Vi har haft {antal} bilinbrott i garaget '
    'på {pstreet} {week}. Nu sätter vi upp kameror." Kontakt {tel}.',
    "bostadsbolag|garage_bostadsbolag|Felanmälan {case}\nAnmälare: {full:1}, {mob}\nGaragedörren går inte "
    "att stänga, {model} med {fplate} har stått inne i garaget i veckor. Vems?",
    "bostadsbolag|garage_bostadsbolag|Anteckning förvaltare {full:1}: bilägaren {wsur:2} (hyr {space}) "
    "har en avställd {model} med {plate}. Brev skickat till {addr}, fastighet {fast}.",
    "bostadsbolag|garage_bostadsbolag|Parkeringskö {place}\n1. {full:1}, {lgh}\n2. {full:2}, {mail}\n3. "
    "{low:3}\nObs: {first:1} har redan en plats för {plate2}.",
    "bostadsbolag|garage_bostadsbolag|Fastighet {fast}\nParkeringsdäcket vid {venue}: bilbrand i {plate}, "
    "hyresgäst {full:1}. Skador på {plate2} bredvid, ägare {first:2} {sur:2}. Kontakt {mob}.",
    # --- SMS tips to trygghetsvärdar
    "tipsare|sms_tips|Hej det är {first:1} från {place}. Nu står den svarta {model} igen på {street} "
    "vid {line}, "
    "{plate2}. Dom säljer från bilen. {nick:2} sitter i förarsätet.",
    "tipsare|sms_tips|sms från {mob}: bilen som brann vid {venue} tillhörde {lowf:1}, alla vet det. "
    "hans bror {wfirst:2} var där kl {time}",
    "tipsare|sms_tips|{first:1} här!! Två killar bryter upp bilar i {garage} JUST NU, {level}. En har "
    "röd jacka. De kom i {plate}",
    "tipsare|sms_tips|Hej {first:1}, tack för igår. Bilen jag pratade om är {plate2}, en {model}. Ägaren "
    "heter {full:2} tror jag. Den står mest på {pstreet}",
    "tipsare|sms_tips|Trygghetsvärd {sur:1}: boende {full:2} sms:ar att {fplate} står med motorn igång "
    "på {street} varje natt runt {time}. Nr {mob}.",
    "tipsare|sms_tips|Det är {full:1}, {addr}. Någon har skurit sönder däcken på min {plate} och på "
    "{plate2}. Ring {tel} om nån vill ha bilder",
    "tipsare|sms_tips|vet ni att {nick:1} kör runt i {place} utan körkort i en {model} {plate}? hans "
    "mamma {first:2} vet inget. /{lowf:3}",
    "tipsare|sms_tips|Hej! Vid {venue} står en bil {plate2} med krossad ruta sedan {date}. Ägarens "
    "namn på lappen i rutan: {wsur:1}. Mvh {full:2}",
    # --- e-mails about abandoned cars to the traffic office
    "handlaggare|overgivet_fordon|Ärende {case}\nFordon: {plate}, {model}\nPlats: {street}, {place}\n"
    "Ägare enl. Transportstyrelsen: {full:1}, {pnr}\nBeslut: flyttas {date}. Handläggare {full:2}",
    "handlaggare|overgivet_fordon|Hej {first:1}!\nBilen {plate2} på {pstreet} har nu stått sedan {week}. "
    "Dekal satt {date}. Ägaren {caps:2} har inte hört av sig. Flyttas av {org}.\n/{first:3}",
    "handlaggare|overgivet_fordon|Från: {full:1} <{mail}>\nTill: {kommun}\n\nEn skrotbil med {fplate} "
    "står vid {venue}. Skyltarna verkar stulna från en annan bil. Mvh",
    "handlaggare|overgivet_fordon|{full:1} anmäler att husvagnen {plate} står på {street} sedan {date}. "
    "Hon tror att den tillhör {full:2}, som flyttat. Kontakt {mob}.",
    "handlaggare|overgivet_fordon|Beslut om flyttning av fordon\nRegnr: {plate2}\nÄgare: {comma:1}, {addr}\n"
    "Plats: {place}, {street}\nKostnad för ägaren: {amount}\nBeslutsfattare: {init:2}",
    "handlaggare|overgivet_fordon|Svar till {full:1}: vi har kontrollerat {plate} på {street}, den är "
    "påställd och ägaren {full:2} har fått en uppmaning. Mvh {first:3}, {kommun}",
    "handlaggare|overgivet_fordon|Anteckning {date}: {model} utan skyltar på {place}, chassinr "
    "tyder på {plate2}. Ägaren {lowf:1} avliden enligt grannen {full:2}. Kontakt dödsbo: {tel}.",
    "handlaggare|overgivet_fordon|Ring från {full:1} kl {time}: ett släp, {plate}, har stått på "
    "{pstreet} i månader. Ägaren sägs vara {nick:2}, som kör för {org}. {first:1} nås på {mob}.",
)
