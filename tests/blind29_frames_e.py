"""Frames of the twenty-ninth blind corpus, part E: reports with phrases in Arabic, Somali, Persian or Polish
written in Latin letters, tourist-trade staff writing in English (hotels, lifts, ski schools, ferries,
shops by the border), and minutes of the EST meetings kept in English by international coordinators.

Each frame is `role|style|template` (tests/blind29_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_E = (
    # --- phrases_mixed: Swedish or English with phrases in Arabic, Somali, Persian or Polish
    'faltassistent|phrases_mixed|Pratade med {first:1} vid {venue}, han sa "wallahi det var inte '
    'jag", det var {first:2} och en kille som heter "{nick:3}". Inshallah lugnt i helgen. Mamman '
    "{full:4} nås på {mob}.",
    'faltassistent|phrases_mixed|Spoke to {full:1}\'s mother in Somali, she said "waan ka xumahay" '
    "(I'm sorry) many times. Her son {first:1} and his friend {lowf:2} were at {place} when the "
    "window broke. Walaal {first:3} translated.",
    'bovard|phrases_mixed|Hyresgästen {full:1} i {lgh} sa "khalas, jag orkar inte mer" om grannen '
    "{full:2}. Hon har ringt {org} och polisen, {case}. Yani det är tredje gången sedan {week}.",
    "boende|phrases_mixed|Salam, my name is {full:1}. Merci for help last time. My son {first:2} "
    '({ung}) lost phone at {venue}, a boy took it, they call him "{nick:3}". Khoda hafez, my '
    "number {mob}",
    "entreprenor|phrases_mixed|Note from {full:1} (cleaning): kurwa, again someone put rubbish on "
    'fire at {street}. Colleague {first:2} said "nie ma problemu", we cleaned. Boss {full:3}, '
    "{tel}.",
    "fritidsledare|phrases_mixed|Habibi-gänget var på gården igen, {antal} pers. {first:1} och "
    '{first:2|g} kusin bråkade om en tjej, {lowf:3}. Jag sa "yalla, ut" kl {time}. Ring {full:4} om det '
    "upprepas.",
    'faltassistent|phrases_mixed|"Dzień dobry" - {full:1} from Poland, works at the car wash by '
    "{place}. Someone slashed tyres on his work car {plate} at {etime}. His boss {full:2} wants a "
    "camera. [[Hope]] we can help.",
    "trygghetsvard|phrases_mixed|Mashallah, fin kväll vid {venue}! {first:1} från moskén och {full:2} "
    "från {org} delade ut fika. Bara en incident: {low:3} kastade en flaska vid {time}.",
    # --- tourist_staff: hotels, lifts, ski schools, ferries and border shops writing in English
    "liftpersonal|tourist_staff|Ski patrol note: a guest, {full:1}, was hit by a snowboarder at the "
    "bottom of {venue} around {time}. The boarder gave his name as {full:2}, {mob}. First aid by "
    "{first:3}.",
    "hotell|tourist_staff|Hi team, last night two guests renting {lgh} ({full:1} and {full:2}) had "
    "their ski passes and wallets stolen from the locker room. Police ref {case}. Manager {first:3} "
    "is on it.",
    "butik|tourist_staff|Shop {venue}: Norwegian customer {full:1} tried to pay with a card that was "
    "not his. When we asked, he left in a car {plate2} towards {place}. Cashier {first:2}, on {date}.",
    "hotell|tourist_staff|Guest complaint {edate}\nGuest: {comma:1}\nComplaint: staff "
    'member {first:2} was rude, and a drunk man called "{nick:3}" was in the corridor at {etime}\n'
    "Handled by: {full:4}",
    "skidskola|tourist_staff|Ski school incident: kid lost for 40 minutes. Child's name {full:1} "
    "({ung}?), parents {first:2} and {wfirst:3}. Found by instructor {full:4} near {venue}.",
    "hotell|tourist_staff|Seasonal staff accommodation at {addr}: party until {etime}, neighbours "
    "complained to {org}. Residents responsible: {full:1}, {full:2}. HR contact {full:3}, {mail}.",
    "batpersonal|tourist_staff|Ferry crew report: passenger {full:1} (drunk) threatened deckhand "
    "{first:2} on {line}. Police met the boat at {time}. Passenger's ID (samordningsnummer) {snr}. "
    "Written by captain "
    "{wsur:3}.",
    "butik|tourist_staff|Weekend summary from {venue}: three shoplifting cases, total {eamount}. One "
    "repeat offender, {full:1}, is banned. Security guard Mr {sur:2} and our manager {full:3} did "
    "the paperwork.",
    # --- meeting_notes_en: EST meeting minutes kept in English by international coordinators
    "samordnare|meeting_notes_en|EST check-in {eweek} - {place}\nPresent: {full:1} ({kommun}), "
    "{full:2} ({org}), Officer {sur:3}\n1. Fires in bins at {street}: {first:4} to follow up.\n2. "
    "Next meeting {edate}.",
    "samordnare|meeting_notes_en|Minutes {date}\nAttendees: {first:1}, {first:2}, {caps:3}\nArea "
    'status {place}: yellow. Group gathering at {venue} every night, leader "{nick:4}". Action: '
    "extra rounds {eweek}.",
    "kommunpolis|meeting_notes_en|Notes from kommunpolis {full:1}: two robberies near {line} in "
    "{week}. Suspect {full:2} ({pnr}) in custody. Victim {first:3} is ok. No need for red status "
    "in {place}.",
    "samordnare|meeting_notes_en|Action list after {date}:\n- {first:1}: contact {org} about lights "
    "on {pstreet}\n- {first:2}: talk to the family of {full:3}, {addr}\n- {lowf:4}: book "
    "{venue} for Valborg",
    "samordnare|meeting_notes_en|EST working group, {place}. {first:1} ({org}) presented the "
    "numbers: {antal} reports, most about {pstreet}. {full:2} raised the case of a girl, {full:3}, "
    "who was threatened at {venue}. [[Frank]] discussion, no decision.",
    "samordnare|meeting_notes_en|Decisions: 1) {full:1} will ask {kommun} to cut the bushes on "
    "{pstreet}. 2) {first:2} contacts {org}. 3) Mr {wsur:3} (resident rep) asks for a camera at "
    "{venue}. Next check-in {eweek}.",
    "samordnare|meeting_notes_en|Follow-up: measure at {pstreet} (new lighting) done {date}. "
    "Complaints down. {full:1} from {org} thanked resident {first:2} for reporting. [[Bill]] for "
    "the work: {amount}, paid.",
    "kommunpolis|meeting_notes_en|{caps:1} (police): car fire {place}, car {plate} owned by "
    '{full:2}, {addr}. Possibly linked to the conflict around "{nick:3}". Case {case}. Keep '
    "status red until {edate}.",
)
