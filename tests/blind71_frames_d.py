"""Frames of the seventy-first blind corpus, part d: security guards' round reports, insurance claims
forwarded to the kommun, towing firms' logs (`role|style|template`; slots as in tests/blind71_fill.py)."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # --- security guards' round reports
    "vakt|vaktrapport|RONDRAPPORT {org}\nObjekt: {garage}\nKl {time}: tre ungdomar på {level}, en av dem "
    "{full:1} ({ung} år). Avvisade. Kl {time}: bil {plate} med öppen bagagelucka, ägare {full:2} "
    "underrättad.",
    "vakt|vaktrapport|Väktare {sur:1} och {sur:2}\n{date}\nLarm från {plate2} i {garage}. Rutan krossad. "
    "Misstänkt gärningsperson sprang mot {venue} och hoppade på {line}. Polis ringd, {case}.",
    "vakt|vaktrapport|Avvikelse: Person sov i bil {fplate} på {space}. Uppgav namn {full:1}, {snr}. "
    "Fick stanna tills {time} efter samråd med {first:2} på {org}.",
    "vakt|vaktrapport|kl {time} omhändertogs {full:1} efter att ha sparkat på bilar på {street}. "
    "Skador på {plate} och {plate2}. Överlämnad till polispatrull, befäl {sur:2}.",
    "vakt|vaktrapport|Objekt {place} parkering\nNoterat: samma {model} ({plate}) kör runt på området varje "
    "kväll {week}. Föraren har av boende identifierats som {full:1}, kallad {nick:1}.",
    "vakt|vaktrapport|Väktarrapport {date}\n{comma:1} (väktare) upptäckte kl {time} en brinnande bil, "
    "{plate2}, "
    "vid {venue}. Larmade 112. Ägare enligt uppgift {full:2}, {addr}.",
    "vakt|vaktrapport|Rond {garage} – {level} och {level}\nInga anmärkningar förutom {plate}, som ägaren "
    "{first:1} glömt olåst. Informerad via {mob}. / {init:2}",
    "vakt|vaktrapport|Till uppdragsgivare {full:1}:\nSedan {date} har katalysatorer stulits från "
    "{antal} bilar i {place}. Vi föreslår extra rond mellan {time} och {time}. Hälsningar {full:2}, {org}",
    # --- insurance claims forwarded to the kommun
    "forsakring|forsakring_skada|Skadenummer {case}\nFörsäkringstagare: {full:1}, {pnr}\nFordon: {plate}, "
    "{model}\nSkadehändelse: stöld av katalysator, {street}, den {date}\nSjälvrisk: {amount}",
    "forsakring|forsakring_skada|Hej {first:1}, vi på {org} har fått in en skadeanmälan från {full:2} om "
    "skadegörelse på {plate2} i {garage}. Har ni kamerabilder från {date}? Mvh {full:3}, {tel}",
    "forsakring|forsakring_skada|Försäkringstagare {caps:1} uppger att bilen {plate} stals från "
    "{addr}. Båda nycklarna inlämnade. Sonen {first:2} har också kört bilen. Värdering: {amount}.",
    "forsakring|forsakring_skada|Regress mot kommunen: {full:1|g} {model} ({plate2}) skadades när ett "
    "träd föll på {pstreet} den {date}. Kontakt: {mail}, {mob}.",
    "forsakring|forsakring_skada|Skadeutredare {sur:1} noterar: {full:2} har anmält tre bilbränder på "
    "fyra år, senast {plate} i {place}. Tidigare bilar {plate2} och {fplate}.",
    "forsakring|forsakring_skada|Ärende: inbrott i bil\nDatum: {date}\nPlats: {garage}, {space}\nStulet: "
    "laptop, barnstol\nÄgare: {full:1}, {lgh}\nVittne: {lowf:2}",
    "forsakring|forsakring_skada|{full:1} ringde angående sin ersättning för {plate}, brunnen i {place} "
    "{week}. Hon är mycket upprörd och hänvisar till handläggaren {sur:2}. Ring henne på {mob}.",
    "forsakring|forsakring_skada|Utredning {case}\nFörare vid skadetillfället: {full:1}\nÄgare: {full:2} "
    "({snr})\nFordon: {plate2}\nPlats: {street}, hållplatsen för {line}",
    # --- towing firms' logs
    "bargare|bargning_logg|{time} {plate} flyttad från {street} på uppdrag av {org}, till "
    "uppställningsplatsen. "
    "Ägare {full:1} hämtade {date}, betalade {amount}. Chaufför: {nick:2}",
    "bargare|bargning_logg|Körorder {case}\nHämtas: {plate2} ({model}), {garage} {level}\nBeställare: "
    "{full:1}, {tel}\nFörare: {first:2}",
    "bargare|bargning_logg|Bärgning utbränd bil {fplate} {place} kl {time}. Polisen ({wsur:1}) på plats. "
    "Ingen ägare. Tog med registreringsskylten bak. /{first:2}",
    "bargare|bargning_logg|Kunden {full:1} ({mob}) vägrade flytta sin {model} {plate} när vi kom till "
    "{pstreet}. Skrek att {first:2} på {org} lovat att den fick stå.",
    "bargare|bargning_logg|Logg {date}\n- {plate2} bogserad till {venue} åt {full:1}\n- {plate} flyttad, "
    "ägare {low:2}, hämtad kl {time}\n- {fplate} stående kvar",
    "bargare|bargning_logg|{first:1} ringer om sin sons bil {plate2} som vi hämtade från {street}. "
    "Sonen heter {full:2}, född {pnr}. Vill ha ut den utan att betala {amount}.",
    "bargare|bargning_logg|Avställd bil utan försäkring, {plate}, {model}. Stod på {space} hos {org} sedan "
    "{week}. Ägare {comma:1}, adress {addr}. Skrotas efter beslut.",
    "bargare|bargning_logg|Chaufför {wfirst:1}: kvinnan på {street}, {full:2}, sa att bilen {plate2} "
    "är hennes exmans {full:3|g} och att han inte får röra den.",
)
