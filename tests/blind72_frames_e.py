"""Frames of the seventy-second blind corpus, fifth file: notes of meetings with police, school and
socialtjänst, activity schedules and what young people said, quoted (tests/blind72_corpus.py)."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # --- samverkan: notes of the EST meeting or of a meeting with school and socialtjänst
    "samordnare|samverkan|Samverkansmöte {date}\nNärvarande: kommunpolis {sur:1}, fältassistent {full:2},"
    " fritidsgårdschef {full:3}, {full:4} ({org}), {mail}\nLäget i {place}: gult. Fortsatt samling vid"
    " {venue} på"
    " kvällarna.",
    "samordnare|samverkan|Minnesanteckningar EST {week}\nKommunpolis {sur:1} rapporterar två bilbränder i"
    " {place}. Fältarna känner igen några av ungdomarna men vill inte namnge. Skolan ({full:2}) meddelar"
    " att {first:3} och {first:4} är avstängda. Nästa möte den {date}.",
    "samordnare|samverkan|Från mötet med socialtjänsten: handläggare {wsur:1} tar över ärendet kring"
    " {full:2} ({snr}). Kontakt via {tel}. Fältarna fortsätter träffa {first:2} på {venue} på torsdagar.",
    "samordnare|samverkan|Punkt 3. Oro kring gruppen runt {nick:1} och {nick:2}. Polisen har pratat med"
    " vårdnadshavarna. Skolkurator {sur:3} föreslår föräldramöte på {venue} den {date}.",
    "samordnare|samverkan|Samverkan skola–fritid\nRektor {sur:1}: lugnare på {venue} efter att kameror satts"
    " upp\n{first:2} (fritid): fler tjejer på [[Tjejkvällen]]\n{first:3} (fält): {lowf:4} har fått jobb via"
    " {org}, bra!",
    "samordnare|samverkan|Anteckningar {date}, trygghetsvandring i {place}\nDeltagare: {full:1}, {full:2},"
    " boende {full:3}\nBrister: trasig belysning längs {street} (fastighet {fast}), buskar vid {pstreet}."
    " Åtgärd: {org}"
    " kontaktas av fastighetschef {sur:4}.",
    "kommunpolis|samverkan|Lägesbild {week}: {place} rött. Skottlossning i helgen, ingen skadad."
    " Fritidsgården håller öppet längre (till kl {time}). {first:1} och {first:2} från fältet extra på plats."
    " Kontaktperson på kommunen: {full:3}, {mail}",
    "samordnare|samverkan|Uppföljning insats {week}\nInsats: vuxennärvaro vid {venue}\nAnsvarig: {full:1}\n"
    "Resultat: färre incidenter. Fältsekreterare {wsur:2} påpekar att {lowf:3} och hans grupp flyttat till"
    " {place}.",
    # --- aktivitetsschema: the week's activities, opening hours and who leads what
    "fritidsledare|aktivitetsschema|Veckans aktiviteter {week}\nMån: [[Läxhjälp]] med {first:1}\nTis:"
    " Fotboll i {venue}, tränare {sur:2}\nOns: Tjejkväll ({first:3})\nTors: Matlagning, {wfirst:4}\nFre:"
    " stängt",
    "gardschef|aktivitetsschema|Sommarlov på {venue}!\nUtflykt till badet den {date}, samling kl {time}."
    " Det kostar {amount}. Anmälan till {full:1}, {mob}. Ledare: {first:2}, {first:3}.",
    "gardschef|aktivitetsschema|Öppettider {venue}\nmån–tors kl {time} till 21.00\nfre kl 18.00 till"
    " 23.00\nAnsvarig: {full:1}\nFrågor? Ring {tel} eller mejla {mail}",
    "fritidsledare|aktivitetsschema|Turnering i [[Rocket League]] den {date}! Anmälan till {first:1} eller"
    " {nick:2} senast fredag. Lag om tre. Pris: presentkort på {amount}. Domare: {full:3}",
    "gardschef|aktivitetsschema|Schema personal {week}\n{full:1}: mån, ons\n{full:2}: tis, tors\n{first:3}:"
    " fre (kväll)\n{lowf:4}: vikarie vid behov\nChef: {full:5}",
    "fritidsledare|aktivitetsschema|Nytt: [[Musikstudion]] öppen igen! Boka tid hos {full:1} eller"
    " {first:2}. {wfirst:3} från {org} håller workshop den {date}.",
    "fritidsledare|aktivitetsschema|Lovaktiviteter {week}\n- Bowling, avgång med {line} kl {time}\n- Film på"
    " {venue}\n- Grillning i {place}\nLedare: {full:1}, {full:2}, {first:3} (jour {mob})",
    "fritidsledare|aktivitetsschema|Tränarlista fotboll ({org})\n{full:1} – {mob}\n{full:2} – {mob}\n{caps:3}"
    " – {tel}\nObs! {first:1} har nycklarna till [[Bollförrådet]].",
    # --- citat: what a young person said, quoted in a note
    'fritidsledare|citat|{first:1} ({ung}) sa till mig ikväll: "jag och {lowf:2} ska flytta till {place},'
    ' här e dött". Vet inte om det stämmer. /{first:3}',
    'fritidsledare|citat|Citat från en tjej i 8:an: "alla vet att {nick:1} och {nick:2} e dom som tänt'
    ' bilarna men ingen vågar säga nåt". Förmedlat till kommunpolis {sur:3}.',
    'fritidsledare|citat|"{first:1} e min bror, rör honom inte" – skrek {full:2} åt några killar vid'
    " {venue}. {wfirst:3} gick emellan.",
    'faltassistent|citat|Ungdomarna säger att "{lowf:1} från {place} har en pistol". Vi vet inte om det är'
    " sant. Polisen informerad kl {time}. Rapport av {full:2}",
    'faltassistent|citat|En kille sa: "bror, {lowf:1} e helt borta, han har inte sovit hemma på en'
    ' vecka". Vi tror att han menar {full:1} ({ung}). Mentor {sur:2} kontaktad.',
    'fritidsledare|citat|{first:1}: "kan ni säga till {first:2} att jag inte e arg längre?" Vi lovade att'
    " framföra det. {first:2} var inte här ikväll. Fritidsledare {sur:3} skrev ner det.",
    'faltassistent|citat|Från Snapchat (visad av {first:1}): "{nick:2} du e död om du kommer till {place}".'
    " Skärmdump sparad. Kontakt tagen med {full:3|g} mamma ({mob}).",
    'fritidsledare|citat|Han kallar sig "{nick:1}" på TikTok men heter egentligen {full:1}. Han har spelat'
    " in videor i [[Gymmet]] utan lov. Fritidsledare {wsur:2} har pratat med honom.",
)
