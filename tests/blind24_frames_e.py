"""Frames of the twenty-fourth blind corpus, fifth part: fault reports in a housing company's app, messages
on the school platform, and screenshots of Snapchat, Instagram, TikTok and Marketplace that staff
transcribe. Each frame is `role|style|template` (tests/blind24_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # fault reports in the housing company's app
    "boende|felanmalan|Felanmälan: trasig belysning i källargången {addr}, det är kolsvart o ungdomar hänger"
    " där. grannen {first:2} har också anmält. Ring mig {mob}. Hyresgäst {full:1} {lgh}",
    "boende|felanmalan|ÄRENDE: porten går inte att låsa sen {date}!! folk sover i trappan. ring {tel} /"
    " {lowf:1}\nsvar från bovärd {sur:2}: åtgärdas {week}",
    'boende|felanmalan|Klotter på hela fasaden {fast}, "{nick:1}" o "{first:2}" o massa annat. Hyresgäst'
    " {comma:3}, {addr}",
    "vaktmästare|felanmalan|Åtgärd: bytt glas i entrén {addr}, kostnad {amount}. boende {sur:1} säger att"
    " det var {full:2} o hans kompis. /vaktm {sur:3}",
    "boende|felanmalan|hej, det luktar brandrök i trapphuset på {street} o nån har bränt barnvagn. {first:1}"
    " i {lgh} har barn som inte kan sova. från {low:2} {mob}",
    "boende|felanmalan|Förrådet bortbrutet! {fast}, förråd nr 14. Saknas: däck o verktyg. Anmält polisen"
    " {case}. {full:1}, {pnr}, {mob}",
    "bovärd|felanmalan|Notering från bovärd {sur:1}: hyresgäst {full:2} ({snr}) har fått klagomål x3,"
    " senast {date}. Kontakt med {org}",
    "boende|felanmalan|Grovsopor + madrasser dumpade vid miljöhuset {street}, tror det är {first:1} som"
    " flyttade från {lgh}. [[Typ]] varje månad så här. {wfirst:2}",
    # messages on the school platform
    "lärare|skolmeddelande|Hej vårdnadshavare,\nidag under lunchen hände en incident vid {venue} där"
    " {first:1} blev hotad av äldre elever. Vi har pratat med {full:2} och {full:3}. Rektor {wsur:4} ringer"
    " er.\nMvh {full:5}",
    "förälder|skolmeddelande|hej {first:1}!! {first:2} vill inte gå till skolan för {nick:3} väntar vid"
    " {place} varje morgon. kan ni göra nåt? /{low:4} (mamma)",
    "kurator|skolmeddelande|Till mentor {sur:1}: eleven {first:2} i 8b har berättat om hot från {full:3} (ej"
    " elev här) vid hållplatsen för {line}. Orosanmälan gjord {date}. /kurator {first:4}",
    "lärare|skolmeddelande|Hej! {first:1} och {wfirst:2} kom inte tillbaka efter rasten, sågs vid {place}"
    " med en äldre kille i {plate}. Har ringt {first:1|g} pappa {mob}",
    "förälder|skolmeddelande|Hej rektor {sur:1}\n{full:2} slog min dotter {first:3} igen, nu vid {venue}. Jag"
    " vill att polisen kopplas in. {caps:4}, tel {mob}",
    "lärare|skolmeddelande|Info till personal: {date} kl {time} träff m {org} om {place}."
    " {first:1}, {first:2}"
    " och jag går. Frågor till {mail}",
    "kurator|skolmeddelande|{first:1}, kan du kolla med {full:2} (fältarna) om hon vet ngt om {first:3} i 9a?"
    " Mamman {full:4} ringde oroligt, {tel}",
    "lärare|skolmeddelande|Hej alla mentorer! {nick:1} (ni vet vem) har setts med {first:2} från {venue}"
    " igen. Prata med era klasser. läraren {wsur:3} har mer info",
    # screenshots transcribed by staff
    'fältassistent|skarmdump|Skärmdump insta-story (från {first:1}): bild på {venue} med text "{nick:2} DU E'
    ' DÖD" + emojis 💀🔫, kontot heter typ {lowf:3}.{ung}',
    "fritidsledare|skarmdump|skärmdump snapchat:\n{first:1}: [[Len]] vi ses {place} ikväll??\n{first:2}: ja"
    " {time}\n{first:1}: ta med {first:3}",
    'trygghetsvärd|skarmdump|Från TikTok, kommentar under klipp från {place}: "det där e ju {full:1} från'
    ' {pstreet} haha" — svar: "{first:2} shhh". Klippet visar slagsmål {date}',
    "lärare|skarmdump|Eleverna visade en snap där {low:1} står vid {venue} med nåt som ser ut som ett vapen."
    " Mamman heter {first:2}, nr {mob}. Skickat till polisen {sur:3}",
    'förälder|skarmdump|Skärmdump från min sons telefon: "{first:1} du är skyldig {amount} till {nick:2},'
    ' betala innan fredag annars". Min son heter {first:3}. Jag heter {full:4}',
    'fältassistent|skarmdump|Bild i gruppchatten "{place} gänget": {first:1}, {first:2}, {nick:3} o {first:4}'
    " poserar vid {venue} kl {time} enligt tidsstämpel",
    "boende|skarmdump|skärmdump fb marketplace: säljer cykel {amount}, säljare {full:1}, samma cykel som"
    " stals från mig {date} på {street}. polisanmält, min man {first:2} har kvittot",
    'fältassistent|skarmdump|Skärmdump från {wfirst:1}: meddelande från en vuxen man, "{wfirst:1} kom till'
    ' {addr} ikväll ingen e hemma". Mannens nr {mob}. Mamman {full:2} informerad',
)
