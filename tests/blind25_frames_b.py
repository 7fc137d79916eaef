"""Frames of the twenty-fifth blind corpus (tests/blind25_corpus.py), second part: security companies'
alarm logs (larmlogg) and guard reports, and the kommunpolis' weekly excerpt. Each frame is
`role|style|template`; slots are filled by tests/blind25_fill.py."""

from __future__ import annotations

FRAMES_B = [
    # larmlogg
    "vaktbolag|larmlogg|Larmtid;Objekt-id;Objekt;Larmtyp;Väktare;Åtgärd;Klar\n{stamp};{obj};{venue};Inbrottslarm;{full:1};Rond,"
    " dörr uppbruten, polis larmad;{time}",
    "vaktbolag|larmlogg|{obj}\t{place}\tBrandlarm\tVäktare: {ecomma:1}\tframme kl {time}\tOrsak: rökning i"
    " trapphus, {ung}-åring avvisad av {first:2}",
    "vaktbolag|larmlogg|LARMLOGG {date} ({org})\n{time} Överfallslarm {venue}, personalen trycker. Vakt"
    " {sur:1} på plats efter 9 min.\n{time} Återställt av {init:2}.\n{time} Rapport skickad till {kommun}.",
    "vaktbolag|larmlogg|Objekt {obj} - {addr}\nLarm: {stamp}\nÅtgärd: {stamp}\nVäktare: {sign}"
    " {full:1}\nKommentar: Tre ungdomar i källargången, en uppgav namnet {first:2}. Avvisade, kontakt med"
    " {org}.",
    "vaktbolag|larmlogg|larm;{stamp};{obj};sabotagelarm;{place};bevakare {uid:1};kvitterat kl {time};ingen"
    " åtgärd\nlarm;{stamp};{obj};rörelse;[[Hjort]] i detektorn enl. {uid:2};falsklarm",
    "vaktbolag|larmlogg|{stamp} {org}: Larm {venue}, glaskross vid entrén. Utryckning {sur:1}/{sur:2}."
    " Ingen person på plats, färska tags med {nick:3} på väggen.",
    "vaktbolag|larmlogg|Tid för larm: {time}\nTid för åtgärd: {time}\nObjekt-id: {obj}\nAdress:"
    " {addr}\nLarmtyp: Brand\nVäktare: {caps:1}, {caps:2}\nNoterat: Container i brand vid {street},"
    " räddningstjänsten på plats. Vittne {full:3}, {mob}.",
    "vaktbolag|larmlogg|Objekt;Larm;Åtgärdat;Väktare;Notering\n{venue};{time};{time};{lowf:1};nyckel"
    " saknades, hämtad hos {full:2}\n{venue};{time};{time};{lowf:3};falsklarm",
    # vaktrapport
    "vaktbolag|vaktrapport|VÄKTARRAPPORT\nDatum: {date}\nVäktare: {full:1} ({sign})\nObjekt:"
    " {place}\nHändelse: Grupp om {antal} ungdomar vid entrén, en av dem kallades {nick:2}. Avvisade kl"
    " {time}.\nPolis: ej tillkallad",
    "vaktbolag|vaktrapport|Rapport {org}, {week}\n{time} rond {place}: lugnt.\n{time} rond {venue}: dörr"
    " uppställd, stängd.\nIngripande: {full:1} ({pnr}) omhändertagen för berusning, överlämnad till"
    " polis.\nRapportör: väktare {sur:2}",
    "vaktbolag|vaktrapport|Händelserapport\nTid: {stamp}\nPlats: {venue}\nInblandade: {comma:1};"
    " {comma:2}\nBeskrivning: {sur:1} och {sur:2} bråkade om en cykel. Väktare {full:3} skilde dem åt."
    " Ingen skadad.",
    "vaktbolag|vaktrapport|{full:1} (väktare) rapporterar: kl {time} ca {antal} personer i trapphuset"
    " {addr}, luktade cannabis. En av dem, {wfirst:2}, bor enligt uppgift i {lgh}.",
    "vaktbolag|vaktrapport|Rapport nr {nr}\nVäktare: {full:1}\nMed: {first:2}\nHändelse: kl {time} larm"
    " {venue}, fönster krossat mot {street}. Bil {plate2} lämnade platsen.\nÅtgärd: [[Sand]] och glas sopat"
    " bort.",
    "trygghetsvard|vaktrapport|Avvisning {date}\nPlats: {place}\nAvvisad: {full:1}, ca {vuxen} år\nSkäl:"
    " Hot mot personal i butiken\nVittne: butikschef {sur:2}, {tel}\nVäktare: {full:3}",
    "trygghetsvard|vaktrapport|Trygghetsvärdarna {place}, kväll {date}\n{time} Pratade med {first:1} och"
    " {first:2} vid {venue}, lugnt.\n{time} Mötte {nick:3} och hans gäng vid hållplatsen för"
    " {line}.\nAnteckning: {first:1|g} mamma ringde senare.",
    "vaktbolag|vaktrapport|Väktarrapport\t{date}\t{full:1}\nObjekt\t{venue}\nNotering\tMopedist utan hjälm"
    " på gångvägen, reg {plate}, föraren {full:2} uppgav tel {mob}",
    # polisutdrag
    "kommunpolis|polisutdrag|Händelsenr;Datum;Klockslag;Brottstyp;Plats;Område\n{case};{date};{time};Skadegörelse;{street};{place}\n{case};{date};{time};Ofredande;{venue};{place}",
    "kommunpolis|polisutdrag|Händelsenr\tDatum\tKlockslag\tBrottstyp\tPlats\n{case}\t{date}\t{time}\tRån\t{venue}\n{case}\t{date}\t{time}\tMisshandel\t{street}",
    "kommunpolis|polisutdrag|Utdrag kommunpolis {week}\n{stamp} – {case} – Bilbrand {street}, bil {plate}"
    " totalförstörd, ägare {full:1}.",
    "kommunpolis|polisutdrag|RAR {case} | Brottskod 9301 | Brottsplats: {addr} | Tid: {stamp} | Målsägande:"
    " {ecomma:1} {pnr} | Misstänkt: {ecomma:2} {snr}",
    "kommunpolis|polisutdrag|Kommunpolis {full:1} informerar: {date} greps en {ung}-åring vid {venue}"
    " misstänkt för rån. Målsäganden är en {ung}-åring från {place}. Ärendet har nr {case}.",
    "kommunpolis|polisutdrag|Ärende {case}\nAnmälare: {full:1}, {addr}\nTelefon: {mob}\nBrott: Stöld av"
    " moped ur förråd\nFordon: reg {plate2}\nHandläggande utredare: {sur:2}",
    "kommunpolis|polisutdrag|Polisens lägesrapport {place} {week}\nSkjutning/explosion: inga.\nBråk:"
    " {date}, {place} två gäng, {first:1} ({ung}) knivskuren, {full:2} gripen.\nNarkotika: {nick:3} säljer"
    " åter vid {venue} enligt tips.",
    "kommunpolis|polisutdrag|Händelsenr: {case}\nKlockslag: {time}\nPlats: {street}/{pstreet}\nBeskrivning:"
    " Rattfylleri, förare {full:1} ({pnr}), fordon {plate}. Passagerare {first:2}.",
]
