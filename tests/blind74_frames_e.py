"""Frames of the seventy-fourth blind corpus, part e: road and harbour associations' minutes, rows of the
kommun's EST export (`;`-separated, as from Swedish Excel), kommunpolis' weekly excerpts for the rural
areas. `role|style|template`."""

from __future__ import annotations

FRAMES_E = (
    # ---------------------------------------------------------------- samfallighet: associations' minutes
    "styrelse|samfallighet|Protokoll {date}, {org}\nNärvarande: {full:1} (ordf), {full:2}, {init:3}\n"
    "§ 3 Vägbommen vid {street} har brutits upp igen. {first:2} kontaktar {org2}.\n"
    "§ 4 Vägavgiften blir {amount} per fastighet.",
    "styrelse|samfallighet|{comma:1}, sekreterare\nUtdrag ur protokoll\n"
    'Medlemmen {full:2} ({fast}) har begärt att skylten "Privat väg" tas bort. Styrelsen avslog. '
    "{full:3} reserverade sig.",
    "styrelse|samfallighet|Hej grannar!\nSamfällighetens båtplatser vid {harbour}: fördelning {week}.\n"
    "Plats 1 {full:1}\nPlats 2 {full:2}\nPlats 3 {lowf:3} (ny)\nPlats 4 vakant\n"
    "Frågor: {first:4}, {mail}",
    "styrelse|samfallighet|Till {kommun}\n{org} vill uppmärksamma att snöröjningen på {street} "
    "uteblivit. Äldre boende, bl.a. {full:1} och {wfirst:2} {sur:2}, har inte kommit ut på tre dagar. "
    "Kontakt: {full:3}, {addr}, {tel}",
    "styrelse|samfallighet|Årsmöte {org}\n§ 8 Val: {full:1} ordförande, {full:2} kassör, {full:3} och "
    "{nick:4} suppleanter.\n§ 9 Motion från {full:5} om kamera vid bryggan – bifölls.",
    "styrelse|samfallighet|Meddelande från vägföreningen: dikesgrävning mellan {place} och {place2} "
    "{week}. Ansvarig entreprenör {full:1}, {mob}. Hållplatsen för {line} flyttas under tiden. "
    "Vid frågor, ring {wsur:2} i styrelsen.",
    "styrelse|samfallighet|Fastighetsförteckning, utdrag\n{fast}: {full:1}\n{fast2}: {full:2} och "
    "{full:3}\n{fast3}: dödsbo efter {full:4}",
    "styrelse|samfallighet|Hej {first:1}! Styrelsen har fått klagomål på att {full:2} kör med "
    "{machine} på gångstigen mot {lake}. Kan du som granne prata med honom först? Annars skriver "
    "vi till {org}.\n/{full:3}",
    # ---------------------------------------------------------------- est_export: the kommun's EST rows
    "samordnare|est_export|{iso_date};{time};{place};{harbour};Inbrott och stöld;Båtmotor stulen, "
    "ägare {full:1} ({mob});{org}",
    "samordnare|est_export|Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör\n"
    "{iso_date};natt;{place};{street};Skadegörelse;Brevlådor sönderslagna, anmält av {full:1}, "
    "{addr}, {lgh};Trygghetsvärd {first:2}",
    "samordnare|est_export|{iso_date};{time};{place};{lake};Övrigt;Konflikt mellan sportfiskare "
    "och markägaren {full:1}. {full:2} hotad med kniv enligt egen uppgift;{org}",
    "samordnare|est_export|{iso_date};kväll;{place};{venue};Otrygg plats;Belysning saknas vid "
    "busshållplatsen på {pstreet} ({line}), påtalat av {full:1};{first:2} {sur:2}, fritidsgården",
    "samordnare|est_export|{iso_date};{time};{place};{fast};Inbrott och stöld;Fritidshus, ägare "
    "{caps:1}, {pnr};Kommunpolis {sur:2}",
    "samordnare|est_export|{iso_date};eftermiddag;{place};{street};Olovlig trafik;"
    "A-traktor i hög fart, {plate2}, förare {low:1} enligt {first:2};Skolan",
    "samordnare|est_export|{iso_date};{time};{island};{harbour};Bråk/ordningsstörning;Fest på "
    "gästbryggan, {full:1} och {full:2} inblandade. Polis på plats, {case};Hamnkapten {wsur:3}",
    "samordnare|est_export|{iso_date};natt;{place};{addr};Anlagd brand;Brand i ladugård, ägare "
    "{full:1}. Räddningstjänsten på plats kl {time}. {lowf:2} ({snr}) hördes;{org}",
    # ---------------------------------------------------------------- kommunpolis: weekly excerpts
    "kommunpolis|kommunpolis|Veckans läge landsbygden, {week}\n"
    "- {place}: dieselstöld hos {full:1}, {liter}\n- {island}: två stugor, ägare {full:2} resp. "
    "{full:3}\n- {harbour}: motorstöld ({engine} på {hp})\nInga gripna. /{lowf:4}",
    "kommunpolis|kommunpolis|Händelsenr;Datum;Klockslag;Brottstyp;Plats;Område\n"
    "{case};{iso_date};{time};Stöld båtmotor;{harbour};{place}\n"
    "Anmälare {full:1}, {mob}",
    "kommunpolis|kommunpolis|Hej EST-gruppen. Gripen i natt vid {harbour}: {full:1} ({pnr}) med "
    "två motorer i släpvagnen {plate}. Den ena tillhör {full:2}. {first:3} i grannsamverkan var "
    "den som larmade.",
    "kommunpolis|kommunpolis|Inbrottsvåg fritidshus {place}/{place2}\nMålsägande hittills: "
    "{full:1}, {full:2}, {full:3}, {full:4}\nGemensamt: ingen larm, ägarna bor utomlands. "
    "{first:5} på {org} hjälper oss nå dem.",
    "kommunpolis|kommunpolis|Kommunpolisen informerar: {first:1|g} båt ({boat}) som stals från "
    "{harbour} har hittats vid {island}. Motorn saknas. Tack {full:2} för tipset! Frågor till {tel}.",
    "kommunpolis|kommunpolis|Till {org}: vi behöver kontakt med markägaren på {fast}, {full:1}, "
    "angående en övergiven husvagn. Enligt {full:2} bor hen på {addr}, {lgh}. Hälsn {sur:3}, kommunpolis",
    "kommunpolis|kommunpolis|{full:1} ({snr}) anhållen för grov stöld av diesel i {place} och "
    "{place2}. Bil {plate2} beslagtagen. Målsägande {full:2}, {full:3}. Förundersökning {case}.",
    "kommunpolis|kommunpolis|Sammanfattning {week}\nKusten: {amount} i stulna motorer, drabbade "
    "bl.a. {full:1} vid {harbour}.\nLandet: {liter} diesel från {full:2}.\nJakt: konflikt {full:3} "
    "mot {full:4}, medling via {org}.",
)
