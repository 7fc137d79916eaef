"""Frames of the fifty-second blind corpus, fifth file: the police's e-mails to the kommun, notes of
samverkan meetings (SSPF, EST, the landlord) and the ledningscentral's logs. Each frame is
`role|style|template` (tests/blind52_fill.py says what a slot is).
"""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # ---------------------------------------------------------------- mejl
    "kommunpolis|mejl|Från: {full:1}\nSkickat: {date}\nÄmne: Angående {place}\n\nHej {wfirst:2}!\nSom vi"
    " pratade om: {full:3} och {full:4} är misstänkta för skadegörelsen på {venue}. Skicka gärna filmen"
    " från {org} till mig, {mail}.\nMvh {first:1}",
    "utredare|mejl|Hej,\njag utreder ärende {case} (rån på {street}). Har ni i fritidsgården sett"
    " {full:1} eller {full:2} den {date}? Jag behöver prata med personalen, främst {first:3}. Nås på"
    " {mob}.\nVänliga hälsningar\n{full:4}\nKriminalinspektör, {place}",
    "kommunpolis|mejl|Ämne: SV: Bilbränder {week}\n\n{first:1}, de två bilarna var {plate} och {plate2}."
    " Ägare {full:2} och {full:3}. Vi har inga misstänkta än. Ring {tel} om ni ser något.\n/{full:4}",
    "utredare|mejl|Till socialtjänsten, {kommun}\nOrosanmälan avseende {full:1}, {pnr}, boende {addr}."
    " {first:1} har vid tre tillfällen under {week} påträffats med äldre kriminella, bl.a. {full:2}"
    " ({nick:2}). Vårdnadshavare {full:3} är informerad.\nPolisen, {full:4}",
    "kommunpolis|mejl|Hej {first:1}!\nTack för mötet igår. Som sagt: {full:2} (”{nick:2}”) har släppts"
    " från häktet och bor nu hos sin syster {full:3} på {street}. Håll koll vid {venue}. Jag är ledig"
    " {date}, ring {full:4} då, {mob}.\n// {first:5}",
    "utredare|mejl|FW: Anmälan {case}\n> Hej, min son {full:1} blev slagen av {full:2} i går vid {place}."
    " Han har blåmärken. Vi bor på {addr}. Mvh {full:3}, {mob}\n\nTill {sur:4} för handläggning.",
    "kommunpolis|mejl|Hej {org}!\nVi behöver uppgifter om vem som hyr {lgh} på {addr} (fastighet {fast})."
    " Vi misstänker att {full:1} och {wfirst:2} använder lägenheten. Svara till {mail}.\nMvh {full:3},"
    " kommunpolis",
    "kommunpolis|mejl|Ämne: Personer att ha koll på {week}\n\n{full:1} – släppt, bor hos mamma\n{full:2}"
    " – har vapenförbud? kolla\n{nick:3} – ny i området, kör {plate2}\n{low:4} – har fyllt {ung}, får"
    " inte vistas vid {venue}\n\nMvh {full:5}",
    # ---------------------------------------------------------------- samverkan
    "kommunpolis|samverkan|Protokoll samverkansmöte {date}\nNärvarande: {full:1} (polis), {full:2}"
    " ({org}), {full:3} (skola), {full:4} (soc)\n§ 1 Läget i {place}: lugnare. {full:5} har flyttat.\n§ 2"
    " Nästa möte {week}.",
    "kommunpolis|samverkan|SSPF-möte ({venue})\nDeltagare: {sur:1} (polis), {sur:2} (skola), {sur:3}"
    " (fält)\nÄrende: {low:4}, {ung} år, {pnr}\nOro: umgås med {full:5} och {nick:6}\nBeslut: hembesök"
    " hos {full:7} på {addr}",
    "kommunpolis|samverkan|Anteckningar från EST-mötet den {date}\nPolisen ({full:1}) berättade om rånen"
    " vid {venue}. Misstänkta: {full:2}, {full:3}. {org} ({full:4}) lyfte klottret på {street}."
    " [[Klart]]: väktare {week}.",
    "kommunpolis|samverkan|Samverkan polis–{org}, möte den {date}\nBolaget vill säga upp kontraktet för"
    " {full:1} på {addr}, {lgh} (fastigheten {fast}). Polisen har tre anmälningar mot {first:1} och sonen"
    " {full:2}. {full:3} från bolaget tar kontakt med hyresgästföreningen.\nNästa avstämning {week}.",
    "kommunpolis|samverkan|Veckomöte: kommunpolis {full:1}, trygghetssamordnare {full:2}, fältare"
    " {wfirst:3}\n– {place}: {nick:4} och gänget har flyttat till {venue}\n– {place}: lugnt\n– Bilen"
    " {plate} återkommer, ägare {full:5}",
    "kommunpolis|samverkan|Minnesanteckning – möte med {org}\nDeltog: {full:1}, {full:2}, {wsur:3}"
    " (polisen)\nDiskuterades: {full:4}, {ung} år, har hotat personal. Polisen har ärendet ({case})."
    " Förslag: {first:4} erbjuds plats på {venue}.\nFamiljen vill [[bo]] kvar i området.",
    "kommunpolis|samverkan|EST-avstämning {week}, {kommun}\nPolis: skadegörelse ökar vid {venue};"
    " identifierade {full:1}, {full:2}\nSkola: {full:3|g} son skolkar\nFält: {lowf:4} och {lowf:5} sover"
    " ute?\nBeslut: extra vandring {date}",
    "kommunpolis|samverkan|Uppföljning insats {place}\nInsatsledaren {sur:1} rapporterade {antal} gripna,"
    " bl.a. {full:2} och {full:3}. {org} noterade färre klagomål. {full:4} från skolan: {first:2} har"
    " inte varit i skolan sedan {date}.",
    # ---------------------------------------------------------------- logg
    "ledningscentral|logg|{time} Larm {street}, bråk\n{time} patrull på plats. {full:1} och {full:2}"
    " inblandade\n{time} {first:1} till sjukhus\n{time} {full:2} gripen, {pnr}\n{time} avslutat",
    "ledningscentral|logg|Logg {date}\nkl. {time} samtal från {full:1}, {mob}, om ungdomar på taket vid"
    " {venue}\npatrull {sur:2} framme {time}\nungdomarna ({lowf:3}, {lowf:4} m.fl.) nere, hemskickade",
    "ledningscentral|logg|HÄNDELSELOGG {case}\n{time}: Inringt: {full:1} rapporterar skott vid"
    " {street}\n{time}: Enhet på plats. Hylsor. Vittne {full:2}, {tel}\n{time}: Misstänkt fordon {plate2}"
    " ses mot {place}\n{time}: FUL {full:3} underrättad",
    "ledningscentral|logg|Logg natt {date}\n{time} Bilbrand {street}, {plate}\n{time} RTJ på plats,"
    " {line} omleds\n{time} Ägare {full:1} kontaktad, {mob}\n{time} Ungdomar vid {venue}, bl.a."
    " {nick:2}\n{time} Klart",
    "ledningscentral|logg|Larmlogg\nKl. {time} – rån {venue}. Målsägande {full:1} ({ung}),"
    " gärningspersoner {nick:2} + två okända\nKl. {time} – {full:3} gripen på {pstreet}\nKl. {time} –"
    " målsägandens pappa {full:4} på plats",
    "ledningscentral|logg|Händelselogg – {place}\n{time} ringer {caps:1} (väktare {org}): grupp om"
    " {antal} personer vid {venue}\n{time} patrull {sur:2}: identifierat {full:3}, {full:4}\n{time}"
    " gruppen skingrad",
    "ledningscentral|logg|Sammanfattning natt mot {date} ({place})\n– {time}: misshandel {street}, msg"
    " {full:1}, mtd {full:2}\n– {time}: rattfylla {plate2}, förare {low:3}\n– {time}: ordningsstörning"
    " {venue}, {full:4} avvisad\nVakthavande befäl: {sur:5}",
    "ledningscentral|logg|Logg {week}\nmån: {full:1} gripen för olaga hot ({case})\ntis: husrannsakan"
    " {addr}, {lgh}, hos {full:2} (fastighet {fast})\nons: {full:3} sedd vid {place}\ntor: lugnt\nfre:"
    " {full:4} och {wfirst:5} kontrollerade vid {venue}",
)
