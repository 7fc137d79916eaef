"""Frames of the twenty-ninth blind corpus, part A: security companies' incident reports written in English,
housing companies' work orders by international staff, and the kommun's web form filled in in English.

Each frame is `role|style|template` (tests/blind29_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_A = (
    # --- guard_report: a security company's incident report, written in English by international staff
    "vaktare|guard_report|INCIDENT REPORT\nSite: {venue}\nTime: {time}\nGuard on duty: {full:1}\n"
    "Description: Group of approx {antal} youths by the entrance, one of them identified himself as "
    "{full:2}, DOB {pnr}. Subject was asked to leave and complied. Police informed via 114 14.",
    "vaktare|guard_report|Report by {first:1} ({org}) on {date}. At {time} I was called to {street} by the "
    "caretaker Mr {sur:2}. A male, later named as {full:3}, had kicked in the glass door. He was calm when "
    "I arrived. Patrol from Polisen came, case number {case}.",
    "vaktare|guard_report|Shift summary {place}, night to {date}\n- {time} loitering in stairwell, "
    "{addr}. Residents complain about smell of cannabis.\n- {time} car {plate} parked on the cycle path "
    "again, owner not found.\n- Colleague {first:1} and I spoke with {first:2} from the fritidsgård.\n"
    "Signed {init:1}",
    "vaktare|guard_report|{full:1} (guard, {org}) reports: a woman who gave her name as {full:2} asked "
    "for help at {venue} because her ex-partner {full:3} was following her. She gave her number "
    "{mob}. We walked her to {line}. Passed on to Officer {sur:4}.",
    "vaktare|guard_report|Observation report - {venue}\nReported by: {caps:1}\nPersons involved: "
    '{full:2} (approx {ung} yrs) and a friend known as "{nick:3}"\nWhat happened: Fire in a waste '
    "bin outside, extinguished by us at {time}. No injuries. Fire brigade not needed.",
    "vaktare|guard_report|Dear {first:1},\nplease find attached the report from last night. Around "
    "{etime} my colleague {full:2} stopped a moped on the walkway by {place}. The rider said his name "
    "was {full:3} and his samordningsnummer {snr}. Moped plate {plate2}.\nBR {first:2}",
    "vaktare|guard_report|Night patrol {place}, {eweek}. Nothing major. Graffiti on the wall at "
    "{street}, tags 'KX' and '{nick:1}'. Spoke to two boys, one said he is {lowf:2}'s cousin. Guard "
    "{full:3} will take photos tomorrow. [[Will]] follow up.",
    "vaktare|guard_report|Handover note from {first:1} to {first:2}: the resident in {lgh}, Mrs "
    "{sur:3}, called again about the noise from the flat above. She says it is her neighbour {full:4} "
    "and his friends. Her phone: {tel}. Please do a round past {addr} after {time}.",
    # --- housing_ticket: a housing company's work order written by international staff
    "bovard|housing_ticket|Work order {place}\nProperty: {fast}\nAddress: {addr}, {lgh}\nReported by "
    "tenant: {comma:1}, tel {mob}\nIssue: front door lock broken, probably forced. Assigned to "
    "{first:2}.",
    "bovard|housing_ticket|Ticket from {org}: Tenant {full:1} says someone has been sleeping in the "
    "storage room in the basement of {addr}. Found a mattress and bottles. Caretaker {first:2} cleared "
    "it {date}. Cost: {amount}.",
    "bovard|housing_ticket|{first:1} here from the day shift. Broken window in the laundry room at "
    "{street}, stones thrown by kids. A lady from {lgh} ({full:2}) saw them, one was called "
    '"{nick:3}". Glass company booked for {edate}.',
    "bovard|housing_ticket|Note for the file: tenant {full:1} ({pnr}) has reported threats from a "
    "visitor to the flat next door. Caretaker {full:2} spoke with both. The visitor has a car, "
    "{plate}, often parked in the disabled bay. Send to trygghetsvärd {first:3}.",
    "bovard|housing_ticket|FAULT REPORT\nBuilding: {fast}\nCategory: Lighting out of order\nLocation: "
    "walkway between {street} and {venue}\nReported by: {full:1} (English speaker, mail {mail})\n"
    "Handled by: {first:2}",
    "bovard|housing_ticket|hi {lowf:1}, the tenant at {addr} (Mr {sur:2}) rang again. someone has "
    "sprayed tags on his door, he thinks it's the teenagers who hang out at {venue}. can you pass by "
    "before {time}? /{first:3}",
    "bovard|housing_ticket|Graffiti removal done at {place}, {street}, by {org}. Invoice: {amount}. "
    "Contact at the company: {full:1}, {tel}. Our caretaker {first:2} checked the result {date}.",
    "bovard|housing_ticket|Follow-up {place}: the abandoned car {plate2} is still standing by the "
    "garage. Owner according to the register is {full:1}. Letter sent to {addr}. {first:2} from "
    "{org} will call Transportstyrelsen if nothing happens by {eweek}.",
    # --- webform_en: the kommun's web form, filled in in English by residents and exchange students
    "student|webform_en|Name: {full:1}\nE-mail: {mail}\nArea: {place}\nWhat happened: I am an exchange "
    "student and I live at {addr}. Last night around {etime} a group of guys shouted at me and my "
    "friend {first:2} outside {venue}. One of them was called {first:3} by the others.",
    "boende|webform_en|Your name (optional): {first:1}\nWhere: near {venue}, {place}\nDescription: "
    "My neighbour {full:2} and I are worried about the dark path behind {street}. The lamps have been "
    "broken since {edate}. Please fix! Phone {mob}",
    'boende|webform_en|I want to report that a man who calls himself "{nick:1}" is selling something '
    "to kids by {venue} every evening after {time}. My son's friend {first:2} told us. I don't want "
    "my name in this, but you can call me on {mob}. - {first:3}",
    "student|webform_en|Hi, my name is {full:1}, I study at {org} and live in {lgh} at "
    "{street}. On {edate} someone stole my bike from the rack. I reported it to the police "
    "({case}). My flatmate {wfirst:2} saw a guy with a red jacket.",
    "boende|webform_en|Category: Vandalism\nDate: {edate}\nPlace: {venue}\nText: bus shelter smashed "
    "again. I saw {lowf:1} and {low:2} from our building there just before, but I'm not sure it "
    "was them.\nContact: {mail}",
    "boende|webform_en|Dear {kommun}, I am writing on behalf of my elderly mother, Mrs {sur:1}, who "
    "lives at {addr}. Teenagers keep ringing her door bell at night. Last time was {etime}. Her "
    "personal number is {pnr} if you need it. Kind regards, {full:2}",
    "student|webform_en|{full:1} reporting. There was a fight at the bus stop for {line} near "
    "{place} at about {etime}. A guy named {first:2} was hit in the face. His girlfriend {full:3} "
    "called an ambulance. I can be reached at {mob}.",
    "boende|webform_en|Report about the playground at {street}. Broken glass everywhere, {date}. "
    "I have two small kids. My name is Dr {wsur:1}, I work at the hospital. My husband {first:2} "
    "picked up most of it. [[May]] I suggest more bins?",
)
