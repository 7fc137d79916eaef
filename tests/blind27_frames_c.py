"""Frames of the twenty-seventh blind corpus, part c: Snapchat and Discord screenshots as staff transcribe
them, and forum threads (Flashback and the like) summarised for the picture. Each frame is
`role|style|template` (tests/blind27_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_C = (
    # ------------------------------------------------------------- Snapchat
    "fritidsledare|snap|Skärmdump Snapchat (visad av ungdom, transkriberad):\n{first:1} 👻: kom till {venue} "
    "nu\n{nick:2}: va händer\n{first:1}: {first:3} ska få smaka ikväll\n{nick:2}: [[Jalla]] jag kommer med "
    "{first:4}",
    "faltassistent|snap|Snap-story från {user:1}, sparad av en tjej på fritids: video från {street} kl "
    '{time}, text "{lowf:2} e död om han visar sig 🔪". Vi kontaktade {org} och skolan ({venue}).',
    'skolpersonal|snap|Elev visade Snapchat-gruppen "{ung}:orna {place}". Där delades '
    "{full:1|g} personnummer {pnr} och adressen {addr}. Mentor {sur:2} informerad, orosanmälan görs.",
    'fritidsledare|snap|Snapchat, chatt mellan {first:1} och {lowf:2}:\n"bror aina e vid {venue}"\n"ok '
    'tagga till {street}"\n"[[Shuno]] från {place} e där med {nick:3}"\n/transkriberat av {first:4}',
    "faltassistent|snap|Snap Map visar samling vid {venue} kl {time}, ca {antal} pers. En av profilerna "
    "heter {full:1} 🐐. {first:2} (fältare) och jag åkte dit. Vi ringde kommunpolis {sur:3}.",
    "skolpersonal|snap|Mamma {full:1} mejlade skolan ({mail}): hennes dotter {first:2} får snaps från "
    '{full:3} med hot. "Han vet var vi bor, {addr}, {lgh}". Rektor {sur:4} har fått det.',
    'fritidsledare|snap|Ungdom berättade: i en snapgrupp säljs "vita" för {amount}, säljaren kallar sig '
    "{nick:1} och har nummer {mob}. Lämnat till kommunpolis {sur:2}.",
    "faltassistent|snap|{first:1}: yo har du sett snappen\n{first:2}: vilken\n{first:1}: den från {wsur:3} "
    "lol han filmade hela bråket vid {venue}\n{first:2}: skicka\n(återgivet med ungdomarnas ok) /{full:4}",
    # ------------------------------------------------------------- Discord
    'fritidsledare|discord|Discord-server "{place} gaming", kanal #general, {date}:\n[{time}] {user:1}: '
    "vem kör cs ikväll\n[{time:2}] {first:2}: inte jag, {first:3} slog mig igår lol\n[{time:3}] {first:4}: "
    "ska vi ta honom vid {venue}",
    "skolpersonal|discord|Transkribering av Discord-skärmdump (inlämnad av förälder {full:1}):\n"
    "{user:2}: här är hans adress {addr} och hans nummer {mob}\n{first:3}: 💀💀\nModerator: {first:4}",
    'fritidsledare|discord|Discord #lokalt: "nån som vet vem som äger {plate2}? han körde på min kompis '
    '{first:1} vid {street}" – av {first:2}. Svar från {first:3}: "det är {full:4}, bor på {addr}"',
    "it_ansvarig|discord|Kommunens Discord för fritidsgårdarna: medlemmen {user:1} (enligt admin {full:4}) "
    "har postat hot mot {first:2}. Ban utfärdat {date} av {first:3}.",
    "faltassistent|discord|DISCORD, server för {venue}-elever\n{time} {user:1}: yo {first:2} e en rat\n"
    "{time:2} {first:3}: han snackade med [[Aina]] igår\n{time:3} {user:1}: hans mamma heter {full:4} lmao",
    "fritidsledare|discord|Discord-röstchatt (återgiven av {first:1}, {ung} år): de pratade om att "
    '"hämta" {first:2} efter skolan vid {venue}. Användarnamn {user:3}, kompisen {first:4} var med.',
    'skolpersonal|discord|Från Discord (elev visade): "{caps:1} SNITCHADE TILL {capf:2}" följt av '
    "{first:3|g} samordningsnummer {snr}. Kurator {sur:4} kontaktad.",
    'it_ansvarig|discord|Logg: användaren {user:1} bytte namn till "{nick:2} 🔫" och skrev i '
    "#{lowf:3}-fans att {first:3} bor i {lgh} på {street}. Anmält via {org}. /{first:4}",
    # ------------------------------------------------------------- forum threads
    'kommunikator|flashback|Flashbacktråd "Skottlossning i {place} den {date}" ({likes} svar). Där namnges '
    "{full:1} ({vuxen}) på {addr} och {full:2} med personnummer {pnr}. Tråden rapporterad till moderator.",
    'samordnare|flashback|Omvärldsbevakning forum: användaren "{nick:1}" påstår att {full:2} på '
    '{org} "tittar bort". Samma användare skrev om {first:3|g} bror och bilen {plate}.',
    'kommunikator|flashback|FB-tråd (Flashback) om bränderna vid {venue}:\n"Det är {nick:1} och {first:2} '
    'från {street}, alla vet det"\n"Källa? {full:3} skrev på fb att det var nån annan"',
    "samordnare|flashback|Forumtråd {week}, {likes} svar. Personuppgifter som förekommer: {full:1} "
    "({vuxen} år), hans adress {addr}, ett regnr {plate2} och telefon {tel}, pnr {pnr}. Underlag till "
    "{kommun}.",
    "kommunpolis|flashback|Tråd om rånet på {line} vid {venue}. Användare hänger ut {full:1}, "
    '{comma:2} och en "{nick:3}" som gärningsmän. Ärende {case}. En av dem har samordningsnummer {snr}. '
    "Ingen bekräftelse från utredare "
    "{sur:4}.",
    'kommunikator|flashback|Citat ur tråden: "{wfirst:1} på {venue} har koll, fråga '
    'henne" / "{init:2} var också där". Vi svarar inte i tråden. /{full:3}, kommunikatör',
    "samordnare|flashback|{first:1} (komm.) flaggar tråd: folk spekulerar att {full:2} står bakom "
    "klottret vid {street}. Citerad mejladress {mail}. Tips till {org}. Tråden nämner även {pstreet} och "
    "{first:4}.",
    'kommunikator|flashback|Forum + Reddit r/sweden: inlägg från {date} om {place}. Nämner "{lowf:1} från '
    '{street}" och {wsur:2} som äger kiosken. Kommentar av {first:3}: "{tag} är cooked"',
)
