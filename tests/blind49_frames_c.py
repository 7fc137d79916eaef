"""Frames of the forty-ninth blind corpus, part c: the housing company's mails, follow-up lists of who was
reached and who not, and notes of relatives calling in (tests/blind49_corpus.py)."""

from __future__ import annotations

FRAMES_C = (
    # ---------------------------------------------------------------- housing company mails
    "bostad|bostad_mejl|Från: {full:1} <{mail}>\nTill: TiB {kommun}\nÄmne: Evakuering {addr}\n\n"
    "Hej, vi har ordnat evakueringslgh åt {full:2} och {full:3} på {pstreet}. Nycklar hos"
    " kvartersvärd {sur:4}. Mvh {first:1}, {co}",
    "bostad|bostad_mejl|Hej!\nSammanställning efter vattenskadan {date}:\n{lgh} {full:1} – avfuktare, kan bo"
    " kvar\n{lgh2} {full:2} – flyttad till korttidslgh\n{lgh3} {low:3} – ej kontakt\nHälsningar {full:4},"
    " förvaltare {co}",
    "bostad|bostad_mejl|Ämne: SV: brand {place}\n\n{first:1}, tack. Vi har {fast} som försäkringsobjekt."
    " Hyresgästen {full:2} ({pnr}) har hemförsäkring enl egen uppgift. Kan POSOM ringa henne på {mob}?"
    "\n/{full:3}",
    "bostad|bostad_mejl|Hej TiB,\nJourfastighetsskötare {full:1} ({mob}) har kollat alla lgh i {addr}."
    " Kvar i huset: {full:2}, {full:3}. Övriga hos anhöriga.\nBil {plate} blockerar utryckningsvägen,"
    " ägare okänd, även {plate2}.\n{full:4}\nDriftchef, {co}",
    "bostad|bostad_mejl|Till: {mail}\nKopia: {full:1}\n\nHej {first:2}! Ersättningsboende för familjen"
    " {wsur:3} blir på {pstreet} fr.o.m. {date}. Hyran ({amount}) dras inte för april. /{first:4}",
    "bostad|bostad_mejl|Hej,\nkvartersvärden {full:1} meddelar att {full:2} i {lgh} inte varit hemma sedan"
    " branden. Grannen {nick:3} tror att hon bor hos en väninna i {place}. Kan ni kolla?\n{first:4}",
    "bostad|bostad_mejl|Från: {co} kundtjänst\nSkickat: {date} kl {time}\n\nHyresgäst {full:1}, {addr},"
    " {lgh},"
    " tel {tel}, {mail}, har anmält fukt i taket efter stormen. Handläggare {full:2}.",
    "bostad|bostad_mejl|{full:1} skrev:\n> Vi har kontaktat alla utom {full:2} och {full:3}\n\nHej {first:1},"
    " {first:3} ringde mig nyss ({mob}), hon bor hos sin son. Återstår {first:2}.\n/{full:4}",
    # ---------------------------------------------------------------- follow-up lists
    "krisk|uppfoljning|UPPFÖLJNING {date}\nNådda: {full:1}, {full:2}, {full:3}\nEj nådda: {full:4} ({mob}),"
    " {full:5} ({tel})\nAnsvar: {first:6}",
    "krisk|uppfoljning|Ringlista {addr}\n[x] {full:1} – ok, hos dotter\n[x] {full:2} – ok\n[ ] {full:3}"
    " {mob} – röstbrevlåda\n[ ] {low:4} – nummer saknas\nRingt av: {nick:5}",
    "posom|uppfoljning|Uppföljningssamtal {week}\n{full:1}: mår bättre, vill ha kurator\n{full:2}: sover"
    " dåligt, barnen ({first:3}, {first:4}) oroliga\n{full:5}: ej svar, nytt försök {date}",
    "hemtj|uppfoljning|Hemtjänst {place}, kontroll efter strömavbrottet\nOK: {full:1}, {full:2},"
    " {wfirst:3} {sur:3}\nEJ OK: {full:4} (kall lgh, flyttad till {venue})\nSaknas: ingen",
    "krisk|uppfoljning|Nådda/ej nådda ({kommun})\n{full:1}\tnådd\t{time}\n{full:2}\tnådd\t{time2}\n"
    "{full:3}\tej nådd\tsms skickat till {mob}\n{full:4}\tnådd via son {full:5}",
    "socjour|uppfoljning|Socjour {date}: kontroll av barn i evakuerade familjer\n- {full:1} ({ung}) + mamma"
    " {full:2}: hos mormor\n- {full:3} ({ung2}): pappan {sur:4} nås ej\n- {first:5}: ok\nHandläggare:"
    " {full:6}",
    "krisk|uppfoljning|Kvar att nå kl {time}:\n{comma:1}, {lgh}, {mob}\n{comma:2}, {lgh2}, {mob2}\n"
    "{comma:3}, {lgh3}, ingen tel\nKolla med {co} om {first:3} flyttat",
    "posom|uppfoljning|uppföljning efter branden på {street}\n"
    "{low:1} – ok\n{full:2} – behöver hjälp med försäkringen, {co}\n{full:3} – tackade nej\n"
    "{full:4} – vill ha besök av präst ({sur:5})",
    # ---------------------------------------------------------------- relatives calling in
    "anhorig|anhorigsamtal|{time} Samtal från {full:1}, {mob}. Söker sin pappa {full:2}, {vuxen} år, {addr}."
    " Besked: finns på {venue}, mår bra. Samtalet tog {first:3}.",
    "anhorig|anhorigsamtal|Anhörigsamtal kl {time}\nRingande: {full:1} ({tel})\nAngående: {full:2}, {pnr}\n"
    "Relation: dotter\nBesked: ej evakuerad, lgh ej berörd\nMottaget av: {full:3}",
    "anhorig|anhorigsamtal|Kl {time} ringde en kvinna som sa sig vara {full:1|g} syster. Ville ha adress"
    " till var {first:1} bor nu. Inget lämnat ut. Hon lämnade nummer {mob}. /{first:2}",
    "anhorig|anhorigsamtal|{full:1} ringer för tredje gången om sin mamma {full:2} ({lgh}). Mamman har inte"
    " svarat sedan kl {time}. Skickat hemtjänst ({first:3}). Återkoppling till {first:1} på {mob}.",
    "anhorig|anhorigsamtal|Samtal {date}: Barnbarnet {full:1} ringde från {place}, ville veta om"
    " {full:2} kommit till {venue}. Ja, sedan kl {time}. {first:1} kommer med bil, reg {plate2}.",
    'anhorig|anhorigsamtal|Mejl från anhörig {mail}:\n"Min bror {full:1} bor på {addr} och jag når honom'
    ' inte. Han är {vuxen} och har demens. Snälla hör av er. {full:2}"',
    "anhorig|anhorigsamtal|ANHÖRIG: {caps:1} ({mob})\nSÖKER: {caps:2}, {lgh}\nBESKED: hos grannen"
    " {full:3}\nTID: {time}\nTOG SAMTALET: {first:4}",
    "anhorig|anhorigsamtal|samtal kl {time} – {low:1} ringde från Norge, mamma {full:2} i {lgh}."
    " gav nr till POSOM ({tel}). {nick:3} i receptionen noterade",
)
