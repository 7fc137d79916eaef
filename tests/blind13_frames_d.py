"""Frames of the thirteenth blind corpus (d): parking wardens, graffiti sanitation, medborgardialog and
trygghetsvandring minutes with citizens' quotes. Each frame reads `voice|style|template`."""

FRAMES = [
    "parkeringsvakt|parkering|Parkeringsvakt {full} ({org}) lappade {plate} på gång- och cykelvägen vid "
    "{inst}. Föraren, {low}, blev aggressiv.",
    "parkeringsvakt|parkering|Felparkerade fordon {date}: {plate}, {platen}, {plate}. Samma bil står i "
    "brandgatan varje kväll enligt {first} på {org}.",
    "parkeringsvakt|parkering|P-vakt {sur} hotad i garaget under {inst}, {time}. Bilen {platen} (ägare "
    "enligt vakten: {full}) lämnade platsen.",
    "parkeringsvakt|parkering|Från {org}: automaten vid {street} uppbruten, {amount} borta. Servicetekniker "
    "{full} ({case}).",
    "parkeringsvakt|parkering|Övergivna bilar: {platen} (stått sedan {date}) och {plate}. Ägaren till den "
    "första är {full} ({pnr}), {addr}.",
    "parkeringsvakt|parkering|Klagomål via {org} från {p} om mopeder som parkerar i porten. Kontrollant {wf} "
    "åker förbi {week}.",
    "parkeringsvakt|parkering|Samordnad kontroll {date}: {sur} från {org} och {full}, parkeringsvakt. "
    "[[Stark]] misstanke om att {platen} saknar ägare.",
    "saneringsfirma|sanering|Klottersanering {week}:\n- tunneln under {street}\n- fasaden {addr} ({fast})\n"
    "Utfört av {org}, arbetsledare {full}. {case}.",
    "saneringsfirma|sanering|Klotter med namn ({low}, {first}) på skolans vägg – sanerat {date} av {nick}. "
    "Bilder skickade till {mail}.",
    "saneringsfirma|sanering|Jourtelefon klotter: {tel}. Ansvarig {init}. Taggen '{caps}' återkommer vid "
    "{inst} och hållplatsen för {bus}.",
    "saneringsfirma|sanering|Sanering {fast} ({org}): {amount} enligt faktura. Godkänd av förvaltare {sur}. "
    "Nästa tur {date}.",
    "saneringsfirma|sanering|Hej {first}! Vi hann inte klottret på {pstreet} idag, kör imorgon {time}. "
    "Mvh {full}, {org}",
    "saneringsfirma|sanering|Rapport {week}: 14 objekt sanerade i {place}, 3 rasistiska. Polisanmält av "
    "{full}, {case}. Kontakt {p} {mob}.",
    "saneringsfirma|sanering|[[Klart]]: {full} tog bort klottret i trapphuset {addr} som {lgh} anmälde. "
    "Kostnad till {org}.",
    "medborgare|dialog|Medborgardialog {date} i {inst}.\n{full}, 67 år: 'Jag går inte ut när det är mörkt "
    "längre.'\n{first}: 'Mer vuxna i centrum!'",
    "medborgare|dialog|Citat från dialogen: 'Min son {first} blev rånad vid {inst}' – mamma, {low}. "
    "'Polisen syns aldrig' – {p}.",
    "medborgare|dialog|Dialogmöte {week}, moderator {full} ({org}).\nFrågor från {p}, {p} och {nick} om "
    "belysningen på {street}.",
    "medborgare|dialog|Anteckningar: {wf} från radhusen menar att 'ungdomarna vid {inst} är snälla, det är "
    "vuxna som langar'. {gen} granne håller med.",
    "medborgare|dialog|Synpunkt via e-tjänsten från {full} ({mail}): gångtunneln vid {place} behöver "
    "kameror. Besvarad av {init}.",
    "medborgare|dialog|Dialog på torget {date}, {time}. Vi pratade med ca 80 personer. Citat: 'Jag heter "
    "{first} och jag är rädd för mopederna' (tjej, 15).",
    "medborgare|dialog|Medborgarlöfte {place}: kommunpolis {sur} och {full} (kommunen) presenterade. "
    "[[Flera]] frågade om {bus}, som slutat gå efter {time}.",
    "medborgare|dialog|Inkommen synpunkt: 'Det är {gen} gäng som står vid kiosken, alla vet det' – anonym. "
    "Ansvarig handläggare {full}, {tel}.",
    "samordnare|vandring|Trygghetsvandring i {place}, {date}. Deltagare: {full} ({org}), {p}, {low}.\n"
    "Punkt 1: buskage vid {inst} – förvaltare {sur} tar det.",
    "samordnare|vandring|Protokoll trygghetsvandring {week}\nStart: {inst}, {time}\nLedare: {full}\n"
    "Anteckningar: {first}\n- trasig lampa på {street}\n- klotter vid hållplatsen för {bus}",
    "medborgare|vandring|Under vandringen sa {full}: 'Här blev min dotter förföljd.' Gångvägen mot {place} "
    "noteras. {first} från {org} fotade.",
    "samordnare|vandring|Vandring {date}. Åtgärdslista:\n1. Belysning {pstreet} – {full}, {org}\n"
    "2. Sly vid {inst} – {p}\n3. Klotter {addr} – {nick}",
    "samordnare|vandring|Trygghetsvandring med {org}: {gen} förslag om speglar i garaget godtogs. Deltog: "
    "{low}, {wf}, {init}, {first}.",
    "medborgare|vandring|Boende {full} på {addr} visade var hon blivit hotad. {org} och kommunpolis {sur} "
    "var med. Uppföljning {week}.",
    "samordnare|vandring|Kvällsvandring, {time}: 14 deltagare (bl.a. {p}, {p}, {p}). [[Sten]] och glas på "
    "gångvägen vid {inst} – anmält till {org}.",
    "samordnare|vandring|Från vandringen {date}: en fälld [[björk]] blockerar gångvägen bakom {inst}, {p} "
    "ringer {org}. Protokollförare {comma}",
]
