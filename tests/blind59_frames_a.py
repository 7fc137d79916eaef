"""Frames of the fifty-ninth blind corpus, part a: Trafikverket's traffic-control notes, the road-assistance
service's job notes and the police traffic unit's notes (`role|style|template`, tests/blind59_fill.py)."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # Trafikverket's trafikledningscentral: short incident notes, abbreviations, initials at the end
    "trafikledare|trafikverket|Händelse {place}: lastbil med punktering i vänster körfält. Bärgare på "
    "plats kl {time}, bärgaren {sur:1} från {org} meddelar ca 40 min. Föraren {full:2} talar dålig "
    "svenska, tolkning via kollegan {first:3} på {mob}.\n/{init:4} TLC",
    "trafikledare|trafikverket|TLC-LOGG {date}\n{time} Larm via SOS: tappad last (pallar) {place}.\n"
    "Ringt upp föraren {first:1} ({mob}), bil {plate} med släp {plate2}.\nPolis underrättad, patrull "
    "med {sur:2} på väg. VMS-skylt tänd.\n{time} Vägen öppen. Sign {lowf:3}",
    "trafikledare|trafikverket|Ärende: viltolycka, älg. Plats {place}, norrgående.\nInringare: "
    "{full:1}, tfn {mob}. Eftersöksjägare {full:2} kontaktad kl {time}. [[Halka]] rapporteras också "
    "vid {venue}, saltbil beställd.\nHandl. {first:3}",
    "trafikledare|trafikverket|Hej {first:1}, överlämning nattskift: lastbilsbrand på {venue} strax "
    "efter kl {time}, räddningstjänsten släckte. Ägare enl. reg.: {full:2}, {addr}, tel {tel}. Åkeriet "
    "({org}) meddelat. Mvh {first:3} / TLC Göteborg",
    "trafikledare|trafikverket|{caps:1} ringde 3 ggr i natt om att lastbilar står parkerade på "
    "vägrenen vid {place}. Enl. {sur:2} på driften är rastplatsen full från kl {time}. Förslag: lyft "
    "till trygghetssamordnaren på {kommun}, {full:3} ({mail}).",
    "driftledare|trafikverket|Felanmälan belysning {venue}. Anmält av chaufför {full:1} (lettisk "
    "mobil, nås via åkeriet), bekräftat av vår entreprenör {sur:2} den {date}. Åtgärd planerad "
    "{week}.\nKontakt entreprenör: {first:2}, {mob}",
    "trafikledare|trafikverket|Stillastående fordon {place}, körfält 1. Fordon {plate}, förare "
    "{full:1} ({pnr}) uppger motorstopp, tanken tömd under natten. Polis (patrull {init:2}) kontaktad, "
    "K-nr: {case}. Hänvisad vidare till {org}.",
    "trafikledare|trafikverket|INCIDENT/OLYCKA\nTid: {time}\nPlats: {place}\nBeskr: upphinnandeolycka, "
    "2 lastbilar. Förarna {full:1} och {full:2} oskadda.\nVittne: {low:3}, {mob}\nInfo till {org}, "
    "hämtat av {first:4}",
    # The road-assistance service's job notes: the bärgare's own short words
    "bargare|vagassistans|Uppdrag {date}. Kund: {full:1}, {mob}. Lastbil {plate} stod på {venue}, "
    "dieselstöld under natten (tanklock uppbrutet, ca {liter} l). Fyllde 40 l så han kom till "
    "verkstan. Faktura till åkeriet, ref {first:2}. //{nick:3}",
    "bargare|vagassistans|{first:1} här. Bärgat trailer {plate2} från {place} till vår gård på "
    "{street}. Chaffisen {full:2} (rumänskt körkort) sover kvar i hytten tills {first:3} på åkeriet "
    "skickat ny dragbil. Kostnad hittills {amount}.",
    "bargare|vagassistans|JOBB nr 44-{liter}\nKund: {comma:1}\nTel: {mob}\nFordon: {plate}\nPlats: "
    "{place}\nÅtgärd: däckbyte höger bak, kunden hade inte fungerande reservhjul.\nTekniker: {full:2}",
    "bargare|vagassistans|Kom fram kl {time}. Bilen (polsk trailer, dragbil {plate2}) låg i diket vid "
    "{place}. Föraren {full:1} oskadd men chockad, pratar bara polska – {first:2} på kontoret tolkade. "
    "Polisen {sur:3} var redan där. Lång dag. /{lowf:4}",
    "bargare|vagassistans|Hej! Ang. i natt: kund {full:1} ringde från {venue}, någon hade skurit upp "
    "kapellet och tagit däck. Han har ingen svensk tel, nås via chefen {full:2} {tel}. Jag lämnade "
    "över till {wfirst:3} på dagen. Mvh {nick:4}",
    "bargare|vagassistans|Notering: samma rastplats igen ({venue}). Kunden, föraren {full:2} från "
    "{org}, fick slangen avklippt och ca {liter} liter borta. Tredje gången {week}. Kollegan {wsur:1} "
    "var där förra gången.",
    "bargare|vagassistans|Avbokat uppdrag. Kunden {full:1} fick igång bilen själv. Kollegan {first:2} "
    "hade redan åkt från {place}. Ersättning framkörning {amount}, faktureras {org}.\nSkrivet av "
    "{full:3}",
    "bargare|vagassistans|{full:1} ({mob}) — fastkörd med hängare på grusplanen bakom {venue}, lastad "
    "med virke. Vi drog loss kl {time}. Han sa att {nick:2|g} traktor på truckstoppet brukar dra loss "
    "dem som kör fast. Ingen skada. {init:3}",
    # The police traffic unit's notes: PM-style, case numbers, roles before surnames
    "trafikpolis|trafikpolis|PM {case}\nKontroll av tung trafik vid {venue} den {date}. Förare "
    "{caps:1}, {snr}, körde utan giltig förarkortsinsats. Ordningsbot utfärdad. Närvarande: insp. "
    "{sur:2} och polisassistent {sur:3}.",
    "trafikpolis|trafikpolis|Anmälan dieselstöld. Målsägande {full:1} ({pnr}), förare åt {org}. "
    "Fordonet {plate} parkerat på {venue} mellan kl {time} och {time}. Ca {liter} liter tappade ur "
    "tanken. Vittne: {full:2}, {mob}. Upptagen av {init:3}.",
    "trafikpolis|trafikpolis|Till {full:1}, trafikpolisen.\nSe bifogad lista från {venue}: fordon som "
    "stod uppställda natten mot {date}. Av intresse: {plate}, {plate2}. Kontakt på truckstoppet är "
    "skiftledaren {first:2} {mob}.\n/{first:3}",
    "trafikpolis|trafikpolis|Stopp kl {time} på {place}. Förare {full:1}, litauiskt körkort, körtid "
    "överskriden med 2 h 40 min. Passagerare {first:2}. Bilen tillhör {org}. Sanktionsavgiften blir "
    "{amount}. Rapp: polisass. {sur:3}",
    "trafikpolis|trafikpolis|Kommunpolis {full:1} har bett om info inför lägesbilden {week}: tre "
    "anmälda godsstölder på {venue} sedan {date}. Misstänkt fordon enligt vittnet {full:2} en vit "
    "Sprinter, {plate}. Se {case}.",
    "trafikpolis|trafikpolis|FÖRHÖR (kort) med föraren {comma:1}, f. {pnr}.\nHon uppger att hon sov i "
    "hytten och vaknade kl {time} av att bilen gungade. Såg två män, en kallades {nick:2}. Tolk: "
    "{full:3}.",
    "trafikpolis|trafikpolis|{first:1}, kan du ringa {full:2} på {org}? Han har filmen från deras "
    "kamera på {venue}, natten till {date}. Nummer {mob}. Det gäller ärende {case}. /{wfirst:3}",
    "trafikpolis|trafikpolis|Flygande inspektion {place}. 14 fordon kontrollerade. Avvikelser: {plate} "
    "(förare {full:1}, vilotid), {plate2} (förare {full:2}, överlast). Bilinspektör {sur:3}, "
    "polisinspektör {sur:4}.",
)
