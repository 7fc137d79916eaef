"""Frames of the twenty-seventh blind corpus, part a: posts in the local "Du vet att du är från …" groups,
posts in the "Tips & info" groups, and comment threads under them, as they are pasted or retyped into the
weekly picture. Each frame is `role|style|template` (tests/blind27_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_A = (
    # ------------------------------------------------------------- "Du vet att du är från …"
    "invanare|fb_dvaf|{full:1} · {grupp}\nDu vet att du är från {place} när nån bränner en moped vid {venue} "
    "och alla bara 'jaha'. Sågs {ung}-åringar springa mot {street} kl {time}. Ring {mob} om ni vet nåt. "
    "{first:2} du bor ju där, såg du nåt?",
    'invanare|fb_dvaf|Inlägg av {full:1} i {grupp}:\n"Minns ni när {nick:2} och hans polare höll låda '
    "vid {venue} varje fredag 😂 jag har bott på {pstreet} sen barnsben och nu är det värre, igår kl {time} "
    'small det vid {street}"\n👍 {likes}',
    "moderator|fb_dvaf|MODERATOR: Vi har tagit bort ett inlägg där {full:1} hängdes ut med bild och "
    "adress ({addr}). Sånt är inte ok här. Har ni sett nåt, ring polisen 114 14 eller tipsa {kommun}. "
    "/{first:2}, admin",
    "invanare|fb_dvaf|{first:1} ✨ skrev: du vet att du är från {place} om du känner igen killen som alltid "
    "står "
    "vid {venue} 😅\nKommentar från {first:2}: haha det är ju {wfirst:3|g} lillebror\n{low:4}: sluta hänga "
    "ut folk",
    "faltassistent|fb_dvaf|Skärmdump från gruppen {grupp}, inlagd av fältassistent {sur:1}: medlemmen "
    '{full:2} påstår att "{first:3} och {first:4} sålde vid {venue} hela helgen". Ingen bekräftelse, '
    "ryktesspridning. Gruppens admin: {first:5}.",
    "invanare|fb_dvaf|Haha du vet att du är från {place} när {wfirst:1} från trean fortfarande parkerar "
    '{plate2} på gräsmattan vid {street} 🙄 {likes} gillar, {first:2} kommenterade "ring ordningsvakt"',
    'kommunikator|fb_dvaf|Gruppen {grupp}, tråd startad {date} av {full:1}:\n"Vem mer hörde smällen i natt '
    "vid "
    '{venue}?"\nSvar: {first:2}, {first:3}, {first:4} m.fl. {full:5} skriver att det var en bil som brann '
    "och "
    "att ägaren bor på {addr} (fastighet {fast}).",
    "invanare|fb_dvaf|DU VET ATT DU ÄR FRÅN {tag} NÄR… {caps:1} fortfarande står och skriker vid {venue} "
    "varje kväll lol. {first:2}: han har ju flyttat? {first:3}: nej bror, han bor kvar i {lgh}",
    # ------------------------------------------------------------- "Tips & info …"
    "invanare|fb_tips|{grupp}\n🚨 VARNING 🚨 Nån försöker öppna bilar på {street} ikväll, en vit Golf "
    "{plate} kör runt. Jag har filmat, skicka pm. Pratade med väktaren {sur:2} också. /{full:1}",
    "invanare|fb_tips|Tips & info: Hittat plånbok vid {venue} den {date}. Legitimation på {full:1} "
    "(pnr {pnr}). Hämtas hos mig, ring {mob}. Lämnar annars till polisen. {first:2}",
    "forälder|fb_tips|Hej alla! Min son {first:1} ({ung}) blev av med sin cykel utanför {venue} mellan kl "
    "{time} "
    "och stängning. Svart Kalkhoff. Har ni sett den, hör av er till mig {full:2} på {mob} 🙏 Har även mejlat "
    "rektor {sur:3}.",
    "invanare|fb_tips|Varför är det ingen som gör nåt åt {place}??? Tredje gången {week} som nån tänder eld "
    "i "
    "containern vid {street}. @{full:1} du som sitter i kommunstyrelsen, svara gärna. /{first:2}",
    "grannsamverkan|fb_tips|{grupp} — info från Grannsamverkan ({org}):\nInbrott i förråd på {addr} natten "
    "mot "
    "{date}. Kontaktperson i huset: {full:1}, {tel}. Anmält, {case}. Förvaltaren {sur:3} vet.\nHälsningar "
    "{first:2}",
    "invanare|fb_tips|{full:1}\n{likes} reaktioner · {date}\nNågon som känner igen tjejen på bilden? Hon tog "
    "min väska på {line} vid {venue}. Polisanmält ({case}). Dela gärna!! Hon heter typ {lowf:2} enligt "
    "{first:3}",
    "handlare|fb_tips|Till er i {grupp}: vi som driver kiosken vid {venue} har fått rutan krossad igen. "
    "Kostnad "
    "ca {amount}. Om ni vet nåt, ring mig {full:1} direkt {mob} eller maila {mail}",
    "invanare|fb_tips|INFO: mopedgänget kör på gång- och cykelvägen vid {street} varje kväll från kl {time}. "
    "En av dem heter {first:1} och en kallas {nick:2}, reg {plate}. Pratade med kommunpolis {sur:3} som vet.",
    # ------------------------------------------------------------- comment threads
    "moderator|fb_kommentar|{full:1}: Fan vad trött man är på det här\n  ↳ {full:2}: samma, "
    "{place} var lugnt förr\n  ↳ {first:3}: det är {first:4|g} gäng igen, alla vet\n  ↳ {first:1}: skriv "
    "inte "
    "namn här {first:3}!!",
    "invanare|fb_kommentar|Kommentarer ({likes}):\n{full:1}: Ringde polisen kl {time}, de kom efter en "
    "timme\n"
    "{full:2}: Min granne {wsur:3} såg allt från balkongen\n{first:4} 💙: tack för att ni bryr er",
    'faltassistent|fb_kommentar|Återger kommentarer under inlägget om branden vid {venue}: "{nick:1} '
    'var där innan, jag lovar" (av {full:2}), "nej det var inte han" (av {low:3}), '
    '"{first:4} vet vem" (av {first:5}). Anmält {case}.',
    "invanare|fb_kommentar|{first:1} svarade {first:2}: Sluta sprida rykten om {full:3}, han var inte ens i "
    "{place} den kvällen. Han satt hemma på {addr} med mig.\n👍 {likes}  😡 4",
    'samordnare|fb_kommentar|Kommentar under inlägget från {org} om otryggheten på {street}: "{wfirst:1} och '
    '{first:2} blev rånade vid {venue} den {date}, ingen brydde sig" — skriven av {full:3}.',
    "invanare|fb_kommentar|{full:1}\nwallah det är samma kids varje kväll vid {venue}\n  {full:2}\n  ring "
    "fältaren "
    "{sur:3}, hen är bra\n  {first:4}\n  👆 detta",
    "invanare|fb_kommentar|Mest relevanta ▾\n{first:1}: Har ni sett att {org} satt upp kameror vid "
    "{street}?\n"
    "{full:2}: äntligen\n{lowf:3}: lol de är trasiga sen {week}\n{first:4}: {first:3} du hittar på",
    "kommunikator|fb_kommentar|Tråden under vår post om {week}: {likes} kommentarer. Kritik mot {kommun}, "
    "några namngivna personer: {full:1}, {first:2}, {full:3}. Vi har dolt kommentarerna med {first:3|g} "
    "mobilnummer {mob}.",
)
