"""Frames of the twenty-ninth blind corpus, part D: forms with the surname first, e-mails in English to the
kommun's trygghetsfunktion, and guards' and hosts' timestamped shift logs in English.

Each frame is `role|style|template` (tests/blind29_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_D = (
    # --- form_surname_first: forms and exports where the surname comes first
    "samordnare|form_surname_first|Reporter (Last, First): {comma:1}\nUnit: {org}\nIncident: "
    "damage to the entrance door at {addr}\nWitness (Last, First): {comma:2}\nWitness phone: {mob}",
    "vaktare|form_surname_first|SURNAME, Given name: {comma:1}\nDate of birth / personnummer: {pnr}\n"
    "Address: {addr}\nNotes: Found sleeping in the stairwell at {time}. Escorted out by {full:2}.",
    "samordnare|form_surname_first|Person(s) involved:\n1. {comma:1} ({ung})\n2. {comma:2} ({ung})\n"
    "Place: {venue}, {place}\nAction: talked to parents. Contact Ms {sur:3} at the school.",
    "bovard|form_surname_first|Tenant: {comma:1}\nFlat: {lgh}\nProperty: {fast}\nComplaint against: "
    "{comma:2}\nType: noise, threats\nCaretaker's comment: spoke to both on {edate}. /{first:3}",
    "vaktare|form_surname_first|Visitor log {venue}, date {date}\n{comma:1} - in {time}, out {time} - "
    "visiting {full:2}\n{caps:3} - refused entry, aggressive, reg {plate}\nGuard: {init:4}",
    "samordnare|form_surname_first|Reported by: {caps:1}\nRole: night walker (nattvandrare)\nArea: "
    "{place}\nObserved: {antal} young people drinking by {venue}, one of them is {full:2}, "
    "samordningsnummer {snr}.",
    "bovard|form_surname_first|Key handover form\nName (Last, First): {comma:1}\nID no: {pnr}\n"
    "Key tag for: {addr}, storage room\nIssued by: {init:2}\nNote: previous tenant {full:3} never "
    "returned keys.",
    "samordnare|form_surname_first|Case summary\nPerson: {comma:1}\nSamordningsnr: {snr}\nContact: "
    "{mail}\nSummary: reports harassment by {full:2} at {venue} several evenings in {eweek}. Passed "
    "to kommunpolis {full:3}.",
    # --- email_en: e-mails in English to the kommun's trygghetsfunktion
    "boende|email_en|Subject: Broken lights and drug dealing at {place}\n\nHello,\nI'm writing again "
    "about the path by {street}. Yesterday at {etime} my wife {first:1} was approached by a man "
    "selling drugs. He drives a grey car, {plate2}.\n\nBest regards,\n{full:2}\n{mob}",
    "student|email_en|Subject: Harassment near {venue}\n\nHi there,\nMy name is {full:1} and I'm a "
    "PhD student. For two weeks a man called {first:2} has followed me from {line} to my door at "
    "{addr}. I reported it ({case}).\n\nThanks,\n{first:1}",
    "boende|email_en|Dear Sir/Madam,\n\nI live at {addr} since {edate}. There is constant noise from "
    "the flat below, where Mr {sur:1} and his son {first:2} live. I have called {org} many times. My "
    "number is {tel}.\n\nYours faithfully,\n{full:3}",
    "boende|email_en|Hi {first:1},\n\nthanks for the meeting at {venue}. As discussed, the boys who "
    'set fire to the container were {full:2} and a younger one, "{nick:3}". My neighbour '
    "{full:4} saw it all.\n\nCheers,\n{first:5}",
    "samordnare|email_en|Hello {first:1},\nforwarding a tip from a resident, Ms {sur:2} ({mail}): "
    "there is a car, {plate}, parked at {street} since {eweek} with someone sleeping in it. Could "
    "you ask {org} to check?\nRegards {full:3}",
    "boende|email_en|Subject: my son\n\nHello, my son {full:1} ({ung} years, personnummer {pnr}) "
    "was beaten up at {venue} by three boys, one is {first:2}. The police have case {case}. Can "
    "the school do something?\n{full:3}",
    "boende|email_en|Good evening,\nThere were fireworks fired at people at {place} tonight at "
    "{etime}. I recognised {lowf:1} from the third floor. [[Mark]] my words, someone will get hurt. "
    "My husband {full:2} filmed it.\n{first:3}",
    "boende|email_en|Hello,\nI am the chair of the residents' association at {addr}. Our member "
    "{full:1} had her storage room broken into. We have asked {org} for better locks. I can be "
    "reached on {mob}.\nKind regards, {caps:2}",
    # --- shift_log: timestamped logs in English by guards, hosts and night walkers
    "vaktare|shift_log|LOG {place}, date {edate}\n{time} start of shift, {first:1} and {first:2}\n{time} "
    "youths at {venue}, spoke with {full:3}\n{time} car {plate2} driving on walkway\n{time} end",
    "nattvandrare|shift_log|Night walkers' log, {eweek}\n22:00 met at {venue}\n22:40 "
    "{first:1|g} group to {street}\n23:15 girl crying, {full:2}, walked her home to {addr}\n"
    "00:30 all quiet /{first:3}",
    "vaktare|shift_log|{time} - alarm at {venue}, false\n{time} - noise complaint {addr}, resident "
    "{full:1}\n{time} - drunk man by {line}, gave name {full:2}\nGuard: {full:3}",
    "trygghetsvard|shift_log|Shift log {first:1} & {first:2}\n{time} round {place}\n{time} saw "
    '"{nick:3}" and friends at {venue}, polite\n{time} rubbish fire at {street}, put out\n{time} '
    "report to Officer {sur:4}",
    "vaktare|shift_log|Incident log {date}:\n{time} called by caretaker {full:1} to {fast}\n{time} "
    "door forced, nothing taken\n{time} tenant in {lgh}, {full:2}, heard someone at {etime}",
    "hotell|shift_log|Night desk log - {venue}\n{time} guest {full:1} (room 214) complained about "
    "noise\n{time} man outside, {low:2}, wanted in, refused\n{time} taxi for guest, mobile {mob}",
    "vaktare|shift_log|{time} patrol car 2 to {place}\n{time} stopped {full:1}, claims to live at "
    "{addr}\n{time} samordningsnummer checked: {snr}\n{time} released, Officer {sur:2} informed",
    "liftpersonal|shift_log|Lift log {edate}\n{time} lift stopped, skier stuck - {full:1}, British\n"
    "{time} {first:2} and {first:3} brought him down\n{time} his friend {wfirst:4} called from {mob}",
)
