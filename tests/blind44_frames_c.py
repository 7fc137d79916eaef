"""Frames of the forty-fourth blind corpus, file c: sports-hall caretakers' logs, associations' bookings
(mails, notes, the booking office's remarks) and the log of keys and passerkort. `role|style|template`; the
slots are tests/blind44_fill.py's."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # --- hallvardslogg: the hall caretaker's log
    "hallvard|hallvardslogg|{venue}, den {date}\nkl {time} låste upp för {org}, ledare {full:1}.\nkl "
    "{time} nödutgången mot {pstreet} uppställd med en sko, stängd.\nkl {time} larmet gick, {first:2} "
    "från vaktbolaget kom.\n/{first:3}",
    "hallvard|hallvardslogg|Hittade {antal} ungdomar i omklädningsrummet efter sista passet kl {time}. "
    "En av dem, {full:1}, sa att tränaren {sur:2} gett dem lov. Ringde tränaren på {mob}, han visste "
    "inget. Bad dem gå.",
    "vaktmastare|hallvardslogg|Skadegörelse i {venue}: hål i väggen i omklädningsrum 4, trasig spegel. "
    "Laget innan var {org} ({first:1} {sur:1} ansvarig ledare). Kostnad ca {amount}. Fakturera "
    "föreningen. Fastighet {fast}. {init:2}",
    "hallvard|hallvardslogg|HALLOGG\n{date} kl {time}: En förälder, {full:1}, skällde ut domaren "
    "{full:2} efter matchen. {first:3} från hemmalaget fick gå emellan. Bilen {plate} stod på "
    "ambulansplatsen hela kvällen.",
    "vaktmastare|hallvardslogg|{first:1} ringde {time}: det luktar rök i förrådet. Kollade, någon hade "
    "rökt. Fimpar och en tom flaska. Misstänker gänget som hänger med {nick:2} bakom hallen. Rapport "
    "till {sur:3} på fastighet.",
    "hallvard|hallvardslogg|Lördag. Cupen för {org} gick bra, ca {antal} barn. Kiosken drevs av {full:1} "
    "och {full:2}, kassan {amount} inlämnad. Tappad mobil hittad, ägare {low:3}, hämtar måndag.",
    "vaktmastare|hallvardslogg|{caps:1} (avstängd från hallen) stod utanför entrén kl {time} och väntade "
    "på {first:2}. Jag bad honom gå, han vägrade. Ringde {org}, de kom efter 20 min. /{first:3}",
    "hallvard|hallvardslogg|kl {time} – {first:1} och {first:2} från {org} spelade boll i korridoren och "
    "slog sönder en lampa. Pratat med ledaren {sur:3}. Hallen stängd {time}, allt släckt och larmat. "
    "{wfirst:4}",
    # --- foreningsbokning: bookings by associations
    "bokningen|foreningsbokning|Hej!\nVi i {org} vill boka {venue} söndagar kl {time} under vårterminen, "
    "start {week}. Kontaktperson {full:1}, {mob}, {mail}.\nMvh {full:2}, kassör",
    "bokningen|foreningsbokning|Notering i bokningssystemet {date}: {org} har inte betalat {amount} för "
    "{week}. Påminnelse skickad till {full:1}. Ordföranden {full:2} svarar inte på {tel}.",
    "bokningen|foreningsbokning|Tränaren {sur:1} från {org} ringde, vill byta tid med {full:2|g} lag. Ok "
    "från båda. Ändrat till {time}. Kom ihåg att meddela hallvärden {sur:3}.",
    "bokningen|foreningsbokning|Bokning {date}\nBokare: {comma:1}\nFörening: {org}\nLokal: {venue}\nTid: "
    "kl {time}\nAnsvarig ledare på plats: {full:2} ({mob})\nFakturaadress: {addr}",
    "bokningen|foreningsbokning|Klagomål från {full:1} ({org}): gymnastiksalen var smutsig och nätet "
    "trasigt. Han kräver återbetalning av {amount}. {first:2} tittar på det, svar senast {date}. "
    "/{init:3}",
    "bokningen|foreningsbokning|Privat bokning – {full:1}, kalas för sonen {first:2} som fyller {ung}, "
    "lördag kl {time}. Bor på {addr}, {lgh}. Betalar via faktura. OBS: förra gången lämnades lokalen "
    "ostädad.",
    "bokningen|foreningsbokning|hej {lowf:1}, vi har fått in en bokning i ditt namn för {venue} men "
    "{org} har redan tiden. Kan du ringa {first:2} på {tel}? hälsningar {first:3}",
    "bokningen|foreningsbokning|Förening: {org}. Bokning nekad, skuld sedan {date}. Kontakt: {full:1}, "
    "{mail}. Tidigare ordförande {full:2} har avgått, ny är {full:3} enligt {first:4}.",
    # --- nyckellogg: keys, tags and passerkort
    "vaktmastare|nyckellogg|NYCKELKVITTENS\nNyckel/tagg: {tagg}\nLokal: {venue}\nUtkvitterad av: "
    "{full:1}, {org}\nPersonnummer: {pnr}\nDatum: {date}\nUtlämnad av: {init:2}",
    "vaktmastare|nyckellogg|Tagg {tagg} anmäld borttappad av {full:1}, spärrad kl {time}. Ny tagg "
    "utlämnad mot avgift {amount}. {full:1|g} förening: {org}.",
    "receptionist|nyckellogg|Passerkort som inte återlämnats {week}:\n{comma:1} – {org}\n{comma:2} – "
    "tränare\n{full:3}, ”{nick:3}” – har slutat\nRing dem! /{first:4}",
    "vaktmastare|nyckellogg|Någon har använt {first:1} {sur:1|g} tagg i ishallen kl {time} fast han är "
    "bortrest. Kollat loggen i passersystemet. Misstänker att familjen {wsur:2} lånat den. Pratar med "
    "{first:3} i morgon.",
    "vaktmastare|nyckellogg|Lånade ut huvudnyckel till elektrikern {full:1} från {org}, mobil {mob}. "
    "Åter kl {time}. Bil {plate2} fick stå vid lastkajen.",
    "receptionist|nyckellogg|{full:1} kvitterade ut {antal} taggar till {org} inför säsongen. Ordförande "
    "{sur:2} har ansvaret. Adress för faktura vid förlust: {addr}. Kvitterat den {date}.",
    "vaktmastare|nyckellogg|{date}\nTaggen till förrådet (nr {tagg}) saknas. Senast utkvitterad av "
    "{full:1}, som säger att han lämnade den till {full:2}. {first:2} svarar inte. Låset byts, kostnad "
    "{amount}.",
    "vaktmastare|nyckellogg|Nyckelskåpet i {venue} uppbrutet natten till {date}. Tre nycklar borta. "
    "Larmet registrerade tagg {tagg} som tillhör {full:1}. Polisanmälan {case}. Kontakt med {first:2} på "
    "{org}.",
)
