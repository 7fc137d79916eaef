"""Frames of the sixty-first blind corpus, part a: the outreach teams' logs (the city mission's and the social
services' uppsökare), the night shelters' night reports, and the social services' journal notes.
`role|style|template`; the slots are tests/blind61_fill.py's."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # ---- uppsok_logg: the outreach team's own log, typed after the round
    "uppsokare|uppsok_logg|Uppsök natt {date}. {first:1} o jag tog {line} till {place} o gick sen "
    "{venue} – {place}. {full:2} sov i "
    "trapphuset på {addr}, vaken, ville inte följa med. Fick filt + kaffe. Återkommer.",
    "uppsokare|uppsok_logg|Kl {time} {place}: {nick:1} på bänken, mkt berusad, svårväckt. Ringde amb. "
    "Kollegan {sur:2} stannade tills de kom, körde till {venue}. {first:1|g} syster har tel {mob}",
    "uppsokare|uppsok_logg|UPPSÖKANDE TEAM\nPass: {date}, {first:1} + {first:2}\n\n- {full:3}, sover i "
    "garaget "
    "{fast}, pratade om boende, hänvisad till {venue}\n- {comma:4} (pnr {pnr}) eftersökt av soc, meddelat "
    "handläggaren\n- [[Storm]] i natt enl prognos, delade ut sovsäckar vid {place}",
    "uppsokare|uppsok_logg|{first:1}: träffade {wfirst:2} vid {place} igen, sover i tunnelbanan sen "
    "{date}. Vill "
    "ha kontakt med soc, socialsekreterare {wsur:3} informerad. Nytt nr till {wfirst:2}: {mob}",
    "uppsokare|uppsok_logg|runda {place}/{street} kl {time}\n{low:1} i sin vanliga portuppgång, ok, åt lite\n"
    "{first:2} o {first:3} i tältet bakom {venue}, {first:3} har svullet ben -> tid på vårdcentral\n"
    "inget nytt om {nick:4}",
    "uppsokare|uppsok_logg|{date} {place}. Ny person: {full:1}, säger sig vara född {pnr}, kom från Göteborg "
    "för 3 v sen. Sover i trappuppgång {addr}, {lgh} ska tydligen vara tom. Hänvisat till {venue}.\n"
    "/{full:2}",
    "uppsokare|uppsok_logg|EU-medborgare vid {venue}: {full:1} o hennes man {first:2}, snr {snr}. Bor i bil "
    "{plate} på parkeringen vid {place}. Rumänskt nr {emob}. Vill åka hem innan jul, kolla resebidrag "
    "via {org}.",
    "uppsokare|uppsok_logg|Kväll {week}, {place}. {full:1|g} plats under bron är städad, grejerna borta. "
    "{first:2} på {org} tror han flyttat till {place}. Vi letar vidare imorgon. Rapporterat av {full:3}",
    # ---- harbarge_natt: the night shelter's night report
    "nattpersonal|harbarge_natt|NATTRAPPORT {venue}\nDatum: {date}\nPersonal: {full:1}, {full:2}\n"
    "Belagt: {antal} av 28 sängar\n{time} {full:3} avvisad pga berusning, hänvisad till {venue}.\n"
    "Inga övriga händelser.",
    "nattpersonal|harbarge_natt|Natten till {date}. Lugnt tills kl {time} då {nick:1} och {first:2} började "
    "bråka om en laddare i sal 2. {first:2} lämnade frivilligt. Polis ej tillkallad, nattansvarig "
    "{sur:4} informerad. /{first:3}",
    "nattpersonal|harbarge_natt|Inskrivna ikväll (ej stående plats):\n{comma:1}, snr {snr}\n{comma:2}, "
    "pnr {pnr}\n{caps:3}, uppgav inget nr, tel {emob}\nVäckning kl {time}, frukost serverad.",
    "nattpersonal|harbarge_natt|{full:1} kom {time} med skärsår på handen, plåstrat. Säger att han "
    "blev rånad vid {place}. Vill inte anmäla. Om polisen frågar: {first:1|g} kontakt är {first:2}, {mob}",
    "nattpersonal|harbarge_natt|[[Överlämning]] morgon:\n* {first:1} sov dåligt, hosta – bör ses av "
    "sjuksköterska\n"
    "* nattvakt {sur:2} ringde kl {time}, ingen plats kvar för {lowf:3}\n* väktare från {org} var här "
    "02-ish, "
    "frågade efter {nick:4}",
    "nattpersonal|harbarge_natt|Händelserapport\nTid: {time}\nPlats: {venue}, sovsal\nInblandade: {full:1}, "
    "{init:2}\nBeskrivning: hot mot personal, {first:1} kastade en mugg. Larmat polis ({case}). "
    "Avstängd {antal} nätter enligt rutin.",
    "nattpersonal|harbarge_natt|Kväll {date}: fullt redan kl {time}. Fick säga nej till {antal} pers, "
    "bl.a. {full:1} och {wsur:2}s kompis. Ringde {venue} som hade två platser. {first:3} skjutsade dit dem.",
    "nattpersonal|harbarge_natt|{date}, {venue}: {full:1} tappade sin plånbok med id-kort. Hittad "
    "på morgonen under sängen, lämnad i receptionen. Inget saknas enl honom. /nattpers {full:2}",
    # ---- soc_journal: the social services' journal note
    "socialsekreterare|soc_journal|Journalanteckning {date}\nKlient: {full:1}, {pnr}\nBesök på {venue}. "
    "Klienten uppger att hon sovit i garage på {street} sedan {week}. Ansökan om akut logi beviljad. "
    "Handläggare: {full:2}",
    "socialsekreterare|soc_journal|Telefonsamtal {date} kl {time} med kurator {sur:1} på {org}. Hon "
    "uppger att "
    "{full:2} ({pnr}) sover i källaren på {addr}. Undertecknad kontaktar klienten via uppsökarna. /{init:3}",
    "socialsekreterare|soc_journal|Planering\n{comma:1} har fått plats i Bostad först. Inflyttning den "
    "{date}, "
    "{addr}, {lgh}. Kontaktperson {first:2} ({tel}). Överlämnas till boendestödjare {sur:3}.",
    "socialsekreterare|soc_journal|Anteckning: Klienten {full:1} besöker mottagningen, berusad. Säger att "
    "{first:2} ({wsur:2}) har tagit hennes telefon. Ny kontaktuppgift: {mob}. Klienten vill inte göra "
    "polisanmälan. Hänvisas till {venue}.",
    "socialsekreterare|soc_journal|{date} — Gemensamt möte med {org} och uppsökarna om {full:1}. Han "
    "saknar id-handling, ansökan om id-kort pågår. Enligt kollega {sur:2} sover han i {place} nära {venue}. "
    "Nästa uppföljning {week}.",
    "socialsekreterare|soc_journal|Klient: {caps:1}\nSamordningsnummer: {snr}\nTolk: {full:2} (rumänska)\n"
    "Klienten önskar hjälp med hemresa. Biljett beställd till {date}, kostnad {amount}. Beslut fattat av "
    "1:e socialsekreterare {sur:3}.",
    "socialsekreterare|soc_journal|Mejl från {full:1}, {mail}: {full:2} har inte hämtat ut sitt "
    "försörjningsstöd. Senast sedd vid {place} enligt {nick:3}. Undertecknad försöker nå honom på {mob}.",
    "socialsekreterare|soc_journal|Uppföljning akutboende. {full:1} (f. {pnr}) har bott på {venue} sedan "
    "{date}. Kontakt med dottern {lowf:2}, som inte vill lämna ut sin adress. Underskrift: {full:3}",
)
