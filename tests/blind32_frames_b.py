"""Frames of the thirty-second blind corpus, part b: trygghetsvärdar's logs (trygghetslogg), reports of
concern to the social services (orosanmalan) and fritidsgårdar's weekly reports (fritidsgard).
`role|style|template`; slots as in tests/blind32_fill.py."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # trygghetslogg: trygghetsvärdar's logs
    "trygghetsvärd|trygghetslogg|{time} Rond {place}. Samtal med {first:1} och {first:2} vid "
    "{venue}, lugnt. Väktaren {sur:3} frågade efter {first:4}.",
    "trygghetsvärd|trygghetslogg|Logg {weekday}\n- kl {time} grupp om ca {antal} vid {shop}, bl.a. "
    "{first:1} ({ung}) och hans kusin {first:2}\n- kl {time} bil {plate} körde på gångvägen, föraren "
    "{full:3} känd sedan tidigare\n/{first:4}",
    "områdesvärd|trygghetslogg|Pratade med {first:1|g} pappa {full:2} utanför {venue}. Han oroar sig "
    "för att sonen hänger med {lowf:3} och {nick:4}. [[Yalla]], sa pappan till sonen och de gick hem.",
    "trygghetsvärd|trygghetslogg|KVÄLLSPASS {date}\nVärdar: {full:1}, {full:2}\nHändelser: "
    'klotter på {street} ("{sur:3} was here"), krossad ruta vid {place}. Polis underrättad, '
    "{case}.",
    "områdesvärd|trygghetslogg|{first:1} ({vuxen}) som driver {shop} berättade att {wfirst:2} och "
    "hennes vänner blivit kallade saker på väg till {venue}. Vi följer upp med {org}.",
    "trygghetsvärd|trygghetslogg|Natt mot {weekday}: brand i papperskorg vid {line} hållplats. "
    "Vittne {comma:1} nås på {mob}. Äldre dam, {low:2}, var rädd och fick skjuts hem till {addr}.",
    "trygghetsvärd|trygghetslogg|Rond {place} kl {time}\nTräffade mammorna {first:1}, {first:2} och "
    "{wfirst:3} som nattvandrar. De vill ha fler lampor vid {pstreet}. Kontakt via {first:1}: {mob}",
    "områdesvärd|trygghetslogg|Samtal med {sur:1} (vaktmästare på {venue}) om ungdomar i källaren på "
    "{addr}. Han nämner {nick:2} och en kille från familjen {sur:3}. Nyckel borttappad enligt {org}.",
    # orosanmalan: reports of concern
    "kurator|orosanmalan|OROSANMÄLAN\nBarn: {full:1}, {pnr}\nVårdnadshavare: {full:2} och {full:3}\n"
    "Adress: {addr}, {lgh}\nAnmälare: kurator {sur:4}, {venue}\nEleven har berättat att hon inte får "
    "gå ut efter skolan.",
    "förskollärare|orosanmalan|Orosanmälan gällande {first:1} ({ung} år). Mamman {full:2} har "
    "samordningsnummer {snr} och talar tigrinja; tolk behövs. Pappan {first:3} bor enligt uppgift i "
    "{place}.",
    "skolsköterska|orosanmalan|{caps:1} ({ung}) kom till mottagningen med blåmärken. Hon säger att "
    "hennes storebror {first:2} slog henne efter bråk om mobilen. Föräldrar: {register:3}, tel "
    "{tel}.",
    "fritidsledare|orosanmalan|Jag gör en orosanmälan om {first:1} som sover över på {venue} och "
    "säger att han inte kan gå hem till {addr}. Hans farbror {full:2} ska enligt {first:1} ha slagit "
    "honom. Anmälare: {full:3}",
    "polis|orosanmalan|Orosanmälan från polisen, ärende {case}.\nVid ingripande på {street} natten mot "
    "{date} påträffades {full:1} ({ung} år) tillsammans med {full:2} ({vuxen}). Modern {low:3} "
    "hämtade.",
    "lärare|orosanmalan|Hej, {first:1} i 8B har inte varit i skolan sedan {week}. Familjen ({sur:2}) "
    "har enligt klasskamrater rest till Somalia. Mamman {first:3} svarar inte på {mob}. /{full:4}",
    "socialsekreterare|orosanmalan|Anmälan inkom {date} från {org}: {comma:1} och hennes tre barn "
    "bor trångt hos moster {wfirst:2} på {addr}. {first:1} har uppehållstillstånd men barnen saknar "
    "personnummer.",
    "kurator|orosanmalan|Uppgifter i anmälan:\n{full:1} ({pnr})\nsyskon: {first:2}, {first:3}\n"
    "kontaktperson i familjen: farbror {sur:4} ({mob})\nSkola: {venue}\nSpråk: dari, tolk bokad "
    "till {weekday}.",
    # fritidsgard: a fritidsgård's weekly report
    "fritidsledare|fritidsgard|Veckorapport {venue} {week}\nBesökare ca {antal} per kväll. Tisdag "
    "bråk mellan {first:1} och {first:2} om en boll, löst. {nick:3} hjälpte till i caféet. "
    "/{full:4}",
    "fritidsledare|fritidsgard|På onsdagen kom {first:1|g} mamma {full:2} och ville veta vem som "
    "tagit sonens jacka. Vi misstänker {lowf:3}. [[Bara]] en jacka men den kostade {amount}.",
    "fritidsledare|fritidsgard|Tjejkvällen: {first:1}, {wfirst:2}, {first:3} och {first:4} lagade "
    "mat till {holiday}. {first:5|g} storasyster hämtade kl {time}.",
    "fritidsledare|fritidsgard|{full:1} (ny ledare, pratar arabiska och kurdiska) började {week}. "
    "Ungdomarna kallar honom {nick:1}. Han spelar i {org} och nås på {mob}.",
    "fritidsledare|fritidsgard|Händelse {date}: grupp äldre killar från {place} kom in, bl.a. en som "
    "kallas {nick:1}. De hotade {first:2} ({ung}) som sedan gick hem med {first:3}. Polisen fick "
    "bilnummer {plate2}.",
    "föreningsledare|fritidsgard|Fotbollsträning med {org} på {venue}.\nLedare: {full:1}, "
    "{full:2}\nFrånvarande: {first:3} ([[Ramadan]]), {lowf:4}\nBussen {line} var försenad.",
    "fritidsledare|fritidsgard|Samtal med {wsur:1}-familjens äldste son om att han inte får komma "
    "hit efter bråket. Hans mamma {first:2} ringde och var arg. Ledare {full:3}",
    "fritidsledare|fritidsgard|Kvällens ansvariga: {init:1}, {first:2}\nIncident kl {time}: "
    "{first:3} och {first:4} bråkade om en mobil. Förälder {full:5} kontaktad.",
)
