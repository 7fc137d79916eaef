"""Frames of the sixty-first blind corpus, part d: the metro's and the stations' guards and ordningsvakter,
the mappings of EU citizens' camps and begging spots, and the kommun's trygghetsvärdar on their rounds.
`role|style|template`; the slots are tests/blind61_fill.py's."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # ---- sl_vakt: the metro's guards and ordningsvakter
    "ordningsvakt|sl_vakt|OV-rapport {date}\nPlats: {venue}, plattform\nKl {time} väcktes en man som sov "
    "på bänken. Uppgav sig heta {full:1}. Avvisad enl. 13 § ordningslagen. OV {caps:2}",
    "ordningsvakt|sl_vakt|{time} sista tåget på {line}, en kvinna sov kvar i vagnen vid ändhållplatsen. "
    "{wfirst:1}, ca {vuxen}, talade polska. Följd till {venue}. /OV {sur:2} och OV {sur:3}",
    "ordningsvakt|sl_vakt|Omhändertagande\nTid: {time}\nPlats: uppgången mot {street}\nPerson: {full:1} "
    "({pnr})\nSkäl: berusning, kunde inte ta hand om sig själv\nOverlämnad till polis, {case}",
    "stationsvard|sl_vakt|Stationsvärd {first:1} rapporterar: gänget i biljetthallen vid {place} "
    "igen, bl.a. {nick:2} och {nick:3}. Har sovit där i tre nätter. Meddelat {org}.",
    "ordningsvakt|sl_vakt|Kl {time}: man sover i hissen vid {venue}. Känd sedan tidigare, {full:1}. "
    "Väckt, följd ut. OV {init:2}",
    "ordningsvakt|sl_vakt|Tillträdesförbud spärrlinjen {place}, utfärdat {date}: {comma:1}, f. {pnr}. "
    "Beslut av {org}, kontaktperson {full:2}.",
    "stationsvard|sl_vakt|{full:1} (stationsvärd) hittade en ryggsäck med id-kort tillhörande {full:2} "
    "under trappan vid {venue}. Inlämnad till hittegods kl {time}.",
    "ordningsvakt|sl_vakt|Patrull {antal} på {line}: en man, {low:1}, sov i vagnen mellan {place} "
    "och {place}. Väckt, klev av. Ingen åtgärd. Rapp. {first:2}",
    # ---- eu_kartlaggning: the mapping of EU citizens' camps and begging spots
    "uppsokare|eu_kartlaggning|KARTLÄGGNING {week}\nTiggeriplatser:\n- {venue}: {full:1} (RO)\n- "
    "{place}: {full:2} (BG)\n- Systembolaget på {pstreet}: {full:3} (RO)\nSovplatser: bil {plate} vid "
    "{place}",
    "uppsokare|eu_kartlaggning|Lägret i skogen vid {place} har {antal} tält nu. Talade med {full:1} "
    "(snr {snr}) och hennes bror {first:2}. Tolk: {full:3}. Fastighetsägaren {org} vill att de flyttar.",
    "uppsokare|eu_kartlaggning|EU-medb. {date}\n{caps:1} – tigger vid {venue}, sover i bil {plate2}\n"
    "{caps:2} – samma familj, tel {emob}\n{caps:3} – ny, kom med bussen från Bukarest den {date}",
    "uppsokare|eu_kartlaggning|{full:1} berättar att de är sju personer som delar på två bilar ({plate} "
    "och {plate2}) på parkeringen vid {venue}. Mannen {nick:2} kör. De får ca {amount} om dagen.",
    "samordnare|eu_kartlaggning|Kartläggning EU/EES-medborgare i utsatthet, {kommun}, {week}\n"
    "Antal personer: {antal}\nKontaktade: {full:1}, {full:2}, {full:3}\nUppgiftslämnare: {full:4}, {org}",
    "uppsokare|eu_kartlaggning|vid {place} sitter {lowf:1} igen, ca {vuxen}, rullstol. Hon och "
    "dottern {lowf:2} sover i tältet bakom {venue}. Nr {emob}",
    "uppsokare|eu_kartlaggning|{full:1} vill ha hjälp att söka jobb, har samordningsnummer {snr} och "
    "bankkonto. Kontakt via kusinen {first:2}, {mob}. Uppsökare: {full:3}",
    "uppsokare|eu_kartlaggning|Tiggare utanför {venue} ({date}): {wsur:1}-familjen? Mannen heter "
    "{first:2}, frun {first:3}. Barn med? Nej. Skickat till {org}.",
    # ---- trygghetsvard: the kommun's trygghetsvärdar on their round
    "trygghetsvard|trygghetsvard|Rondering {date} kl {time}\n{place}: lugnt\n{street}: en man sover i "
    "busskuren, {full:1}, känd för uppsökarna\n{venue}: ungdomar, ca {antal}, inga problem\n/{first:2}",
    "trygghetsvard|trygghetsvard|Vi träffade {nick:1} vid {place} kl {time}, han har fått en ny "
    "hund. Sover fortfarande i garaget vid {street}. Tipsat {org} och fältsekreterare {sur:4}. "
    "{first:2} och {first:3}",
    "trygghetsvard|trygghetsvard|Trygghetsvärdarna {first:1} och {wfirst:2} pratade med en kvinna "
    "som sov i entrén till {venue}. Hon heter {full:3}, säger att hon blivit utslängd av sambon {first:4}.",
    "trygghetsvard|trygghetsvard|Rapport {week}\nSovplatser noterade: {place} (2), {venue} (1), "
    "garage {addr} (1).\nKontakt: {full:1}, {mob}\nSammanställt av {full:2}",
    "trygghetsvard|trygghetsvard|[[Hej]]! Under kvällens pass såg vi att det bor folk i förrådet på "
    "{addr}. Dörren uppbruten. Meddelat fastighetsägaren {org} och {full:1}. Trygghetsvärd {sur:2}",
    "trygghetsvard|trygghetsvard|{date}: en person, {wfirst:1}, sitter varje kväll vid {venue}. Har "
    "nyckel till ett förråd på {addr} säger hon. Vi ringde soc, pratade med {full:2}.",
    "trygghetsvard|trygghetsvard|Kl {time} tältet vid {place} brann, brandkåren släckte. Ägaren "
    "{first:1} oskadd, sov hos {nick:2} i natt. Polisen har ärendet, {case}. /{init:3}",
    "trygghetsvard|trygghetsvard|Ronde {place} – {pstreet} – {venue}. {low:1} sov på bänk, vaken. "
    "Hänvisade till {venue}. Inget mer att rapportera. /trygghetsvärd {full:2}",
)
