"""Frames of the twenty-fifth blind corpus (tests/blind25_corpus.py), third part: schools' incident
reports, the kommun's case system (diarium) and summaries of orosanmälningar. Each frame is
`role|style|template`; slots are filled by tests/blind25_fill.py."""

from __future__ import annotations

FRAMES_C = [
    # skolincident
    "skola|skolincident|Incidentrapport {venue}\nDatum: {date}\nTid: {time}\nInblandade elever: {full:1}"
    " (åk 8), {full:2} (åk 9)\nVad hände: {first:1} blev slagen på skolgården av {first:2}. Mentor {sur:3}"
    " informerad.\nVårdnadshavare kontaktad: ja, {mob}",
    "skola|skolincident|Skola: {venue}\nRapporterat av: {uid:1}\nHändelse: Hot via Snapchat mot eleven"
    " {full:2}, avsändare troligen {nick:3}.\nÅtgärd: Kurator {full:4} har samtal {date}, polisanmälan"
    " {case}",
    "skola|skolincident|Elev;Klass;Datum;Typ;Beskrivning;Personal\n{comma:1};7B;{date};Skadegörelse;Sönderslagen"
    " toalettdörr;{init:2}\n{comma:3};9A;{date};Kränkning;Ord mot {first:4} i matsalen;{init:2}",
    "skola|skolincident|Från rektor {full:1}, {venue}:\nI dag {date} kom en vuxen man in i skolan och"
    " frågade efter eleven {first:2}. Mannen uppgav att han heter {full:3}. Vaktmästare {sur:4} följde ut"
    " honom. Bil: {plate2}.",
    "skola|skolincident|{full:1}, mentor 8C, rapporterar att {full:2} i klassen berättat om ett rån på"
    " {line} i helgen. Eleven {first:2} vill inte att föräldrarna får veta. Tel mentor {tel}.",
    "skola|skolincident|Nr\tDatum\tElev\tÅtgärd\n{nr}\t{date}\t{caps:1}\tAvstängd två dagar, kontakt med"
    " {caps:2}\n{nr}\t{date}\t{caps:3}\tSamtal med kurator",
    "skola|skolincident|Händelse {date} på {venue}\nBrandlarmet utlöst av en elev på toaletten,"
    " räddningstjänsten ({org}) på plats. Misstänkt elev {full:1}, vårdnadshavare {full:2}, {mail}.",
    "skola|skolincident|Lärare {sur:1} skriver: {wfirst:2} i 9B har fått sin mobil stulen i"
    " omklädningsrummet kl {time}. Misstänkt: en elev som kallas {nick:3}. [[Frost]] på skolgården, ingen"
    " rast ute i dag.",
    # diarium
    "kommun|diarium|Diarienummer: {dnr}\nÄrendemening: Klagomål på otrygg miljö vid {place}\nHandläggare:"
    " {full:1}\nInkom: {date}\nAvsändare: {full:2}, {addr}",
    "kommun|diarium|{dnr};{date};Synpunkt: belysning gångväg {street};{ecomma:1};{uid:2};Pågående",
    "kommun|diarium|Dnr {dnr} Ärendemening: Medborgarförslag om kameror vid {venue} Inkommit: {date}"
    " Förslagsställare: {full:1} Handläggare: {init:2} Status: Beredning",
    "kommun|diarium|Ärende {dnr}\nRubrik: Olovlig trafik med A-traktor i {place}\nKontakt: {full:1}, {mob},"
    " {mail}\nHandläggare trafikenheten: {sur:2}\nBeslut: Farthinder planeras {week}.",
    "kommun|diarium|Diarieförd handling {dnr}: Anmälan om olovligt boende i förråd, {addr}, {lgh}. Anmälare"
    " {full:1} ({tel}). Handläggare bygglov {full:2}",
    "kommun|diarium|{full:1} har via kontaktcenter {date} lämnat synpunkt om nedskräpning vid {line} och i"
    " {place}. Registrerad av {lowf:2} under {dnr}.",
    "kommun|diarium|Dnr\tReg.datum\tÄrendemening\tHandläggare\n{dnr}\t{date}\tSkadegörelse"
    " {venue}\t{ecomma:1}\n{dnr}\t{date}\tKlotter {pstreet}\t{ecomma:2}",
    "kommun|diarium|Ärendemening: Orolig granne, {addr}. Inkom via e-post från {mail} {date}. Handläggare:"
    " {caps:1}. Överlämnat till {org} och till {full:2} på socialtjänsten.",
    # orosanmalan
    "socialtjanst|orosanmalan|OROSANMÄLAN – sammanfattning\nBarn: {full:1}, {pnr}\nVårdnadshavare:"
    " {full:2}\nAnmälare: {venue} ({full:3})\nOro: Barnet har setts sent på kvällen vid {place} med äldre"
    " ungdomar.\nHandläggare: {uid:4}",
    "socialtjanst|orosanmalan|Orosanmälan {nr} inkom {date} från {org}. Gäller {first:1}, {ung} år, boende"
    " {addr} hos mamma {full:2}. Socialsekreterare {sur:3} gör förhandsbedömning.",
    "socialtjanst|orosanmalan|Anmälan enligt 14 kap. 1 § SoL\nBarnets namn: {caps:1}\nPersonnummer:"
    " {pnr}\nAdress: {addr}, {lgh}\nAnmälarens namn: {full:2}, {tel}\nOrosbeskrivning: Eleven uppger att"
    " hen vistas i trapphus nattetid och att {nick:3} ger hen uppdrag.",
    "socialtjanst|orosanmalan|{date} Orosanmälan från polisen (kommunpolis {full:1}): {full:2}, {ung} år,"
    " omhändertagen vid {venue}, berusad. Hämtad av pappa {first:3}",
    "socialtjanst|orosanmalan|Sammanställning orosanmälningar {week}, område {place}. Antal:"
    " {antal}.\nBland dem {full:1} (samordningsnr {snr}) och syskonen {first:2} och {first:3},"
    " vårdnadshavare {full:4}.",
    "socialtjanst|orosanmalan|Ärende {nr}\t{date}\tOrosanmälan\t{comma:1}\tSkola: {venue}\tHandl: {low:2}",
    "socialtjanst|orosanmalan|Samordnad individuell plan – anteckning\nDeltagare: {full:1} (soc), {full:2}"
    " (skola), {full:3} (polis)\nUngdom: {first:4} ({snr})\nÖverenskommelse: {first:4} ska inte vistas vid"
    " {place} efter kl 21.",
    "socialtjanst|orosanmalan|Från: {mail}\nÄmne: Oro för barn i {lgh}\nHej, jag vill vara anonym men"
    " barnen hos familjen {wsur:1} på {addr} är ensamma om nätterna. Den äldsta heter {wfirst:2}. Ring mig"
    " på {mob}.",
]
