"""Frames of the thirty-first blind corpus, file d: a handover between shifts (överlämning), an incident
report (avvikelserapport), a round log (rondlogg). `role|style|template`; slots as in
tests/blind31_fill.py."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # overlamning: handover between shifts
    "skiftledare|overlamning|överlämning natt -> dag {date}\nfrån: {full:1}\ntill: {full:2}\n"
    "- {venue}: trasig grind, {org} kontaktad\n- håll koll på {nick:3} vid {place}",
    "skiftledare|overlamning|till dagpasset: {full:1} i {lgh} ({addr}) har ringt tre ggr "
    "om grannen {first:2}. ring henne {mob}. /skiftledare {sur:3}",
    "skiftledare|overlamning|{first:1} -> {first:2}: nycklar {place} lämnade i skåpet. "
    "bil {plate2} tankad. {first:3} sjuk i morgon, {full:4} hoppar in",
    "skiftledare|overlamning|överlämnat till {sur:1} (skiftledare) kl {time}. "
    "öppna ärenden: {case} ({full:2}), larm {venue}. {wfirst:3} har detaljerna",
    "skiftledare|overlamning|[[Obs]] till kvällen: {full:1} (f. {pnr}) har tillträdesförbud "
    "{venue} t.o.m. {date}. foto i pärmen. väktare {sur:2} vet hur han ser ut",
    "skiftledare|overlamning|{span} {first:1} o {lowf:2}\n{time} lugnt {place}\n"
    "överlämnar till {full:3}",
    "skiftledare|overlamning|dag {week}: {full:1} ersätter {full:2} på objekt {venue}. "
    "kontakt {org}: {first:3}, {tel}",
    "skiftledare|overlamning|{low:1} lämnar över till {low:2}. ingen händelse efter {time} "
    "utom taxi som väntade på {full:3}",
    # avvikelse: incident report
    "vaktare|avvikelse|AVVIKELSERAPPORT\nDatum: {date}\nTid: {time}\nPlats: {venue}\n"
    "Rapportör: {full:1}\nInblandade: {full:2}, {full:3}\nHändelse: hot mot personal",
    "vaktare|avvikelse|avvikelse {date}: {full:1} skadad i handen vid avvisning av "
    "{full:2} ({snr}) vid {venue}. {full:1|g} chef {sur:3} underrättad",
    "vaktare|avvikelse|Avvikelse, {unit}\n{time} {place}, {street}: bil {plate} "
    "körde mot väktare {wsur:1}, föraren {full:2} hittad senare. PA {case}",
    "vaktare|avvikelse|rapportör: {init:1}, avvikelse {time} {venue}: dörr till "
    "teknikrum stod öppen, {full:2} från {org} glömt låsa",
    "vaktare|avvikelse|{full:1} rapporterar att {full:2} filmat personal vid {venue} och "
    "lagt ut på nätet. {first:2|g} konto bevakas. polis {case}",
    "vaktare|avvikelse|Incident {date} kl {time}\nBerörd hyresgäst: {comma:1}, {addr}\n"
    "Beskrivning: sprutat vatten i trapphus. Åtgärd: samtal, {org} informerat. Vakt: {first:2}",
    "vaktare|avvikelse|{time} ung kille {low:1} hotade {first:2} i kiosken vid {venue} med "
    "kniv. {first:2} ringde {mob} (sin chef {full:3}). polis framme {time}",
    "vaktare|avvikelse|avvikelse vid {venue}: hund utan koppel bet {full:1}. hundägare "
    "{full:2}, {addr}, tfn {mob}. {wfirst:3} skrev rapporten",
    # rondlogg: round log with checkpoints
    "ronderande|rondlogg|rond {call}, pass {span}\n{time} {place} ok\n{time} {venue} ok\n"
    "{time} {street} klotter, foto\nrondare: {full:1}",
    "ronderande|rondlogg|{time} kontrollpunkt {unit} {venue}, dörr olåst. {full:1} "
    "(lokalvårdare) var kvar. ok\n{time} rond fortsätter",
    "ronderande|rondlogg|{first:1}, {first:2} rond {place}\n{time} två personer i förråd "
    "{addr}, {full:3} och {first:4}. avvisade\n{time} klart",
    "ronderande|rondlogg|{time} {place}: bil {plate} med motor igång vid {venue}. "
    "förare {full:1} väntade på {first:2}. ok",
    "ronderande|rondlogg|rond {date}, {span}. punkter: {venue}, {street}, {pstreet}. "
    "inga anm. {wfirst:1} ronderade ensam",
    "ronderande|rondlogg|kl {time} {venue}, {place}\n"
    "{full:1} sover i trapphus {addr}, väckt, gick frivilligt. känd av {first:2}",
    "ronderande|rondlogg|{time} rond {place}. {antal} ungdomar vid {line}, en känd sedan "
    "tidigare, {full:1} ({ung}). pratat med {full:1|g} förälder {first:2}",
    "ronderande|rondlogg|rondlogg {week}\nmån {time} ok\ntis {time} ok\nons {time} klotter "
    "{street}\ntor {time} ok\nfre {time} grupp vid {venue}. ansvarig {full:1}",
)  # fmt: skip
