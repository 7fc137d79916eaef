"""Frames of the sixty-fifth blind corpus, file d: threats as they were received and written down
(voicemails, posts, letters), the police's event notes and weekly excerpts, and the trygghetssamordnare's
notes for the weekly picture. Each frame is `role|style|template` (slots: tests/blind65_fill.py)."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # mottagna hot, utskrivna
    "assistent_ks|hotmeddelande|Utskrift av röstmeddelande till {full:1}, inkommet kl {time}:\n\"Du din"
    " jävla kommunalpamp, vi vet att du bor på {street}. Tänk på dina ungar.\"\nNummer som ringde: {mob}",
    "assistent_ks|hotmeddelande|Kommentar under kommunens inlägg om budgeten, skriven av profilen"
    " \"{nick:1}\":\n\"{first:2} {sur:2} borde hängas på {venue} för det här.\"\nSkärmdump tagen av"
    " {first:3}.",
    "kommunikator|hotmeddelande|Brev, handskrivet, poststämplat den {date}, adresserat till"
    " \"kommunalrådet {caps:1}\". Avsändare på kuvertet: {full:2}, {addr}, {lgh}. Innehåll: hot om att bränna"
    " ner stadshuset.",
    "kommunikator|hotmeddelande|DM till {first:1} på Instagram den {date} från konto som tillhör {full:2}"
    " (enligt"
    " polisen):\n\"snygg villa du har i {place}, synd om nåt skulle hända\"\nPolisanmält {case}",
    "assistent_ks|hotmeddelande|{full:1} vidarebefordrade ett mejl från {mail}:\n\"Ni politiker som släpper"
    " in vem som helst ska få se vad som händer den {date}.\"\nSäkerhetsenheten underrättad av {first:2}.",
    "kommunikator|hotmeddelande|Transkriberat sms till nämndledamoten {full:1}:\n\"hej {lowf:1} 😊 vi ses"
    " vid vallokalen på söndag\"\nAvsändare: {mob}. {first:1} känner inte igen numret.\nMottaget kl {time}.",
    "assistent_ks|hotmeddelande|Samtal till växeln ({tel}) kl {time}. Mannen ville tala med {full:1} och"
    " sa sig heta {full:2}. När {first:3} i växeln svarade att hon satt i möte sa han \"då kommer jag"
    " dit\".",
    "kommunikator|hotmeddelande|Facebooktråd i gruppen \"Vi i {place}\": {low:1} skriver att kommunalrådet"
    " {sur:2} \"borde akta sig\" och länkar till en bild på hans bil {plate}. Moderator {first:3} har"
    " tagit bort tråden.",
    # polisens händelser och utdrag
    "kommunpolis|polis_handelse|{date}, Olaga hot, {kommun}\nEn förtroendevald i kommunen har hotats via"
    " telefon. Polisen har identifierat en misstänkt, en man i {vuxen}-årsåldern. Ärendet har nr {case}.",
    "kommunpolis|polis_handelse|Veckoutdrag kommunpolisen {week}\nHändelsenr {case} – skadegörelse"
    " valstuga {place} – misstänkt {full:1}, född {pnr}\nHändelse – ofredande mot röstmottagare i {venue}"
    " – målsägande {full:2}",
    "polisinsatschef|polis_handelse|Sammanfattning kväll: patrull till {venue} kl {time} efter larm om"
    " hotfull person vid förtidsröstningen. Mannen, {full:1}, {pnr}, omhändertogs enligt PL 13. Vittne"
    " {full:2}.",
    "kommunpolis|polis_handelse|Ofredande, {place}. En kvinna som delade ut valmaterial blev förföljd från"
    " {line} till"
    " {street} av en berusad man. Kvinnan, {full:1}, kontaktade polisen på {mob}. Mannen ({snr})"
    " kunde gripas.",
    "kommunpolis|polis_handelse|Kommunpolis {full:1} till trygghetssamordnaren {first:2}: bilen som"
    " synts utanför kommunalrådets hus är registrerad på {full:3}, {addr}, reg {plate2}. Vi fortsätter"
    " hålla koll.",
    "polisinsatschef|polis_handelse|Händelse – valvaka {venue}\nOrdningsvakter: {full:1}, {full:2}\n"
    "Omhändertagen: {comma:3} ({pnr}) efter hot mot partiledaren för {party}\nKlockan: {time}",
    "kommunpolis|polis_handelse|Husrannsakan på {addr}, {lgh} (fastighet {fast}), hos {full:1} efter hoten"
    " mot"
    " socialnämndens ordförande {sur:2}. Beslag: mobil och dator. Ärende {case}.",
    "polisinsatschef|polis_handelse|Trafikkontroll {street} kl {time}: bil {plate} med {full:1} som"
    " förare, passagerare {full:2}. I bilen fanns flygblad med namn och adresser på fyra"
    " kommunpolitiker.",
    # trygghetssamordnarens anteckningar till lägesbilden
    "trygghetssamordnare|trygghetssamordnare|Lägesbild {week}, {place}\n- valstuga nedbränd natten mot"
    " lördag\n- {first:1} från fritidsgården såg tre ungdomar springa mot {pstreet}\n- kommunalrådet"
    " {sur:2} vill ha tätare rondering",
    "trygghetssamordnare|trygghetssamordnare|EST-möte den {date}: {full:1} (bostadsbolaget) rapporterar att"
    " affischer med bild på {full:2} satts upp i trapphusen på {street} med texten \"förrädare\". Status"
    " gul.",
    "trygghetsvard|trygghetssamordnare|Trygghetsvärdarna {first:1} och {first:2} gick {place} kl {time}."
    " Pratade med {nick:3} och hans gäng om valstugan som fått fönstren krossade. Inga namn ges i"
    " lägesbilden.",
    "trygghetssamordnare|trygghetssamordnare|Inför valdagen: vallokalerna i {place} och {venue} får extra"
    " trygghetsvärdar. Ansvarig {full:1}, {mob}. Polisens kontakt {full:2}.\n[[Vila]] för funktionärerna"
    " ordnas i skolans matsal.",
    "trygghetsvard|trygghetssamordnare|Rapport trygghetsvärd {full:1}\nkl {time} ungdomar kastade ägg mot"
    " partiernas bord på {place}\nen av dem ({lowf:2}, {ung} år) känd sedan tidigare\nföräldern {full:3}"
    " kontaktad",
    "trygghetssamordnare|trygghetssamordnare|Till brå-gruppen: kostnaden för saneringen av klotter om"
    " kommunalrådet {full:1} på {pstreet} blev {amount}. {org} står för hälften. /{first:2}",
    "trygghetsvard|trygghetssamordnare|Lugn kväll vid förtidsröstningen i {venue}. {wfirst:1} och {first:2}"
    " från trygghetsvärdarna fanns på plats till kl {time}. En man frågade efter {full:3} men gick"
    " därifrån.",
    "trygghetssamordnare|trygghetssamordnare|Åtgärd i lägesbilden, status pågående\nBelysning vid"
    " {venue} förstärkt efter hot mot {caps:1}. Fastighet {fast}, ägare {org}. Följs upp {week}.",
)  # fmt: skip
