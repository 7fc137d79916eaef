"""Frames of the twenty-ninth blind corpus, part B: contractors' incident notes, Swedish sentences with
English words in them, and English sentences with Swedish words in them.

Each frame is `role|style|template` (tests/blind29_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_B = (
    # --- contractor_note: incident notes from contractors (cleaning, locksmiths, glass, snow, builders)
    "entreprenor|contractor_note|Incident note - cleaning crew {org}\n{date} at {time}, {street}: our "
    "worker {full:1} was threatened by a man with a dog when cleaning the stairwell. Man described "
    'himself as "{nick:2}". Foreman Mr {sur:3} informed, {mob}.',
    "entreprenor|contractor_note|{caps:1}, Låssmed AB. Job at {addr}: door cylinder drilled out, "
    "apparent break-in attempt. Customer contact {full:2}, {tel}, samordningsnr {snr}. "
    "Replaced, cost {amount}. Photos "
    "sent to {mail}.",
    "entreprenor|contractor_note|Glass job {place}. Bus shelter at {street} smashed (3rd time since "
    "{eweek}). Our guy {first:1} says a teen was filming with his phone, the others called him "
    "{lowf:2}. Invoice to {org}.",
    "entreprenor|contractor_note|Snöröjning/snow clearing {place}\nDriver: {full:1}\nNote: someone "
    "blocked the road with a car, reg {plate2}, at {time}. Left a note. Car owner came out, said his "
    "name is {first:2} and was quite aggressive. Reported to site manager Mr {wsur:3}.",
    "entreprenor|contractor_note|Site diary {venue} renovation, {edate}:\n- tools stolen from our "
    "container overnight (value {eamount})\n- police report {case}\n- neighbour {full:1} saw a white "
    "van {plate} at about {etime}\nWritten by {full:2}",
    "entreprenor|contractor_note|{full:1} (electrician) - replaced lights in the pedestrian tunnel "
    "under {street}. Cables had been cut on purpose. Spoke with {first:2} from the housing company, "
    "who will ask the trygghetsvärdar to keep an eye. Next visit {date}.",
    "entreprenor|contractor_note|Pest control visit {fast}. Lots of rubbish in the bin room, rats. "
    "Tenant {full:1} in {lgh} says people from outside dump stuff here at night. Technician: "
    "{init:2}, {mob}",
    "entreprenor|contractor_note|Builder's note: our crane operator {wfirst:1} saw youths "
    "climbing the scaffolding at {venue} around {time}. He shouted and they ran towards {place}. Site "
    "manager {full:2} will put up more fencing. [[Grace]] period on the permit ends {edate}.",
    # --- sv_with_en: Swedish sentences with English words (staff chats, handovers)
    "trygghetsvard|sv_with_en|Quick update från kvällspasset: {antal} ungdomar vid {venue} runt "
    "{time}, chill stämning tills {full:1} dök upp och började bråka med {first:2|g} kompis. Vi snackade med "
    "dem, all good sen. Follow up med fältarna imorgon.",
    'trygghetsvard|sv_with_en|Heads up alla: killen som kallas "{nick:1}" har setts med en ny bil, '
    "{plate2}, vid {street}. {first:2} säger att han dealar igen. Ingen action från oss, bara FYI "
    "till Officer {sur:3}.",
    "fritidsledare|sv_with_en|Lowkey orolig för {first:1} ({ung}), han har skippat gården hela "
    "{week}. Hans mamma {full:2} ringde, nummer {mob}. Kan {first:3} checka in med honom på "
    "{venue}? Thanks!",
    "trygghetsvard|sv_with_en|Debrief {date}: brand i soprum på {addr}, släckt av boende. {full:1} "
    "såg två killar springa mot {place}. Vi har sent en rapport till {org}, ärende {case}. Nice "
    "jobbat {first:2}!",
    "trygghetsvard|sv_with_en|{first:1|g} team hade en rough kväll: hot mot personal vid {venue}, en "
    'tjej ({full:2}) skrek att hon skulle "fix" oss. Vi backade och ringde 112. {lowf:3} var med '
    "som backup.",
    "fritidsledare|sv_with_en|To do inför helgen: prata med {full:1} om grejen i {place}, boka möte "
    "med {org}, maila {mail} om nattvandringen. Deadline fredag kl {time}. /{first:2}",
    "trygghetsvard|sv_with_en|Update om Mrs {sur:1} på {street}: hon känner sig unsafe efter "
    "inbrottet i förrådet, polisen har {case}. Hennes son {full:2} bor i {place} och kan kontaktas "
    "på {tel}.",
    "fritidsledare|sv_with_en|Random men viktigt: {first:1} och {first:2} från {venue} pratade om "
    "en fight som ska hända vid {line} på fredag. Kolla med {full:3} om vi ska ha extra folk. Better "
    "safe than sorry.",
    # --- en_with_sv: English sentences with Swedish words in them (exchange students, expat residents)
    "student|en_with_sv|So we were at the fika place by {venue} and this kille, I think his name was "
    "{first:1}, just started yelling at the barista. My korridor-mate {full:2} filmed it. Ugh. Happened "
    "around {etime}.",
    "boende|en_with_sv|Our förening chairman {full:1} says the tvättstuga at {addr} was broken into "
    "again. Someone took the coins and the lapp-system is ruined. I told him to call {org}. - "
    "{first:2}",
    "student|en_with_sv|Reporting a creepy guy at {place} who keeps asking girls for their "
    "personnummer, lol. My friend {first:1} gave a fake one. His name is apparently {full:2}, "
    "{ung}-ish. Saw him at {time} near {street}.",
    "boende|en_with_sv|The hyresvärd still hasn't fixed the lampa outside {addr}. It's pitch dark by "
    "{etime}. My neighbour Mr {sur:1} fell there last week. Please contact Mrs {sur:2} at {mail}.",
    "boende|en_with_sv|{full:1} here, I live in {lgh}. Wanted to say thanks to the trygghetsvärd "
    "{first:2} who helped my daughter {lowf:3} when she got scared at {venue} on {edate}.",
    "student|en_with_sv|Hej! Exchange student from Canada. Somebody keyed my car ({plate}) at the "
    "parkering by {street} between {etime} and midnight. My landlord Ms {wsur:1} says it happens a "
    "lot. Case {case}.",
    "boende|en_with_sv|Just FYI: the guys hanging at {venue} are smoking gräs openly, kids walk past "
    'on the way to {place}. One is called "{nick:1}", another one {first:2}. Not trying to snitch '
    "but it's a lot. /{full:3}",
    "boende|en_with_sv|I'm a doctor at the vårdcentral and a resident of {place}. A patient, {full:1}, "
    "told me her son {first:2} was robbed of his jacka near {line}. She gave me permission to pass "
    "on her mobile {mob}. Dr {wsur:3}",
)
