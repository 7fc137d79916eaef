"""Frames of the thirtieth blind corpus, part E: the papers' "Läsarnas fråga" columns (lasarfraga), readers'
letters (insandare) and the samordnare's own weekly digest of clippings with a line of comment under each
(klippsamling). `role|style|template`; slots as in tests/blind30_fill.py."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # -------------------------------------------------------------- lasarfraga
    "omvarldsbevakare|lasarfraga|LÄSARNAS FRÅGA\n”Varför är det så mörkt i tunneln vid {venue}?” undrar "
    "{full:1} i {place}.\nSVAR: {full:2}, enhetschef på {kommun}, svarar att nya armaturer sätts upp "
    "under {week}.\nKommentar: följ upp. Frågeställaren nås på {mail}.",
    "samordnare|lasarfraga|Läsarnas fråga ({media}): Vem ansvarar för klottret på bron över {street}?\n"
    "Frågan ställdes av {first:1}, {vuxen}. {landlord} svarar genom {full:2}: – Vi sanerar inom 24 "
    "timmar om man anmäler på {tel}.\nKommentar: stämmer inte alltid. /{lowf:3}",
    "kommunikator|lasarfraga|{media} – Läsarnas fråga\n{wfirst:1} i {place} undrar: ”Får mopeder köra på "
    "gång- och cykelvägen längs {street}?”\nTrafikpolisen {full:2} svarar: Nej, och den som gör det kan få "
    "böter på {amount}.",
    "samordnare|lasarfraga|Fråga: ”Vad gör kommunen åt alla ungdomar som samlas vid {venue} på kvällarna?” "
    "/Orolig granne, {place}\nSvar av {full:1}, fältsekreterare: Vi är ute tre kvällar i veckan, oftast "
    "mellan kl. {time} och midnatt. Du når oss på {mob}.\nKommentar: frågan kom från {full:2}, tror jag.",
    "brasekreterare|lasarfraga|Läsarnas fråga till polisen\n{full:1} undrar varför polisen inte syns i "
    "{place}.\n– Vi prioriterar utifrån lägesbilden, svarar kommunpolis {wsur:2}. {wsur:2} nås på "
    "{mail}.",
    "omvarldsbevakare|lasarfraga|FRÅGA TILL {caps:1}: Hur anmäler jag en övergiven bil?\n{first:2} i "
    "{place} skriver att en bil, {plate}, stått vid {street} sedan {date}.\nSVAR: Kontakta "
    "parkeringsbolaget eller {kommun}, säger {sur:1}.",
    "samordnare|lasarfraga|Läsarfrågan i {media} {week}:\n”Varför får {org} inte hyra {venue} vid "
    "{pstreet} längre?”\n"
    "Fritidschefen {full:1} svarar att lokalen behövs för läxhjälp.\nKommentar: {full:2} i föreningen "
    "är arg, har ringt mig två gånger.",
    "kommunikator|lasarfraga|{full:1} frågar i {media}: ”Kan kommunen sätta upp kameror vid {line} "
    "hållplatsen i {place}?”\nSvar från {kommun}, säkerhetssamordnare {sur:2}: Kamerabevakning kräver "
    "tillstånd.\nKommentar: {low:3} tittar på saken.",
    # ---------------------------------------------------------------- insandare
    "samordnare|insandare|INSÄNDARE ({media}): ”Vi föräldrar måste ta ansvar”\nJag bor vid {pstreet} och "
    "ser varje kväll ungdomar som inte borde vara ute. Var är föräldrarna?\n{full:1}, {place}",
    "omvarldsbevakare|insandare|Insändare: Ge oss tillbaka fritidsgården!\nNär {venue} stängdes försvann "
    "den enda platsen för oss unga. Nu hänger vi vid {place} i stället.\n/{nick:1}, {ung} år\n"
    "Kommentar: {sur:2} på fritid har sett den.",
    "samordnare|insandare|Insändare i {media}, signerad {full:1}:\n”Sedan bilen ({plate2}) brändes har jag "
    "inte sovit en hel natt. Jag bor på {addr}, {lgh}, och ingen har hört av sig.”\nKommentar: {lowf:2} "
    "ringer "
    "henne.",
    "brasekreterare|insandare|{media}, insändarsidan: ”Ett stort tack till väktarna vid {venue}” – en "
    "läsare, "
    "{full:1}, tackar för hjälpen när hon blev rånad kl. {time}. ”[[Tack]] till {first:2} och hans "
    "kollega!”\nKommentar: väktarbolaget informerat.",
    "omvarldsbevakare|insandare|Replik på {full:1|g} insändare: ”Det är inte ungdomarna som är problemet”\n"
    "Som fritidsledare i {place} möter jag dem varje dag. De behöver vuxna, inte kameror.\n{full:2}, "
    "{org}",
    "samordnare|insandare|Insändare (tidningen {week}): ”Släck inte ljuset i {place}!”\nEfter klockan "
    "{time} är det mörkt längs hela {street}. Jag vågar inte gå hem från bussen.\nMamma till två, {vuxen}\n"
    "Kommentar: skribenten är {full:1}, hon har också mejlat från {mail}.",
    "kommunikator|insandare|Insändare: [[Hopp]] för {place}\nVi som bor här vet att det finns mer än "
    "bränder. {full:1} på {venue} och {full:2} i läxhjälpen gör skillnad varje dag.\n"
    "{comma:3}, boende sedan 1998",
    "samordnare|insandare|Läsarbrev ({media}):\n”Min son {wfirst:1} blev slagen vid {line} och ingen "
    "ingrep. Vuxna tittade bort.”\n{full:2}\nKommentar: händelsen finns som polisanmälan {case}.",
    # ------------------------------------------------------------- klippsamling
    "samordnare|klippsamling|Mediebevakning {week}\n1. {media}: Bilbrand {street}. Ägaren {full:1} "
    "intervjuad.\n→ Redan med i lägesbilden.\n2. {media}: Polisens {full:2} om narkotika vid {venue}.\n"
    "→ Stämmer med kommunpolisens bild. Polisens ärende {case}.\n/{first:3}",
    "samordnare|klippsamling|KLIPP VECKAN\n• Rån i {place} (presstalesperson {sur:1} citeras)\n• Insändare "
    "av {full:2} om belysning\n• Dom i {court}: {full:3} döms\nKommentar: inget nytt för {landlord}.",
    "omvarldsbevakare|klippsamling|Mediebevakning, sammanfattning\n{date}: {media} om skadegörelse på "
    "{venue}, rektor {full:1} citeras.\n{date}: Radio om rån, {full:2} intervjuad.\nKommentar: "
    "sammanfaller med ärende {case}. /{nick:3} (praktikant)",
    "samordnare|klippsamling|Klipp + kommentar\n[{media}] Nattvandrare i {place}, {full:1} intervjuad "
    "→ bra\n[{media}] Kvinna rånad på {street}, polisens {full:2} citeras → finns i polisens "
    "veckoutdrag\n[Facebook] {lowf:3} efterlyser vittnen → ej för delning",
    "brasekreterare|klippsamling|Medieläget inför mötet\n- Åtal mot {full:1} ({vuxen}), rånet vid {venue}\n"
    "- {full:2}, {landlord}: fler trygghetsvärdar från {week}\n- Minnesstund för {first:3} hölls i "
    "lördags\n- Bil med skyltarna {plate} efterlyst av polisen\nSammanställt av {comma:4}",
    "samordnare|klippsamling|Omvärld {week}:\n”{caps:1} GRIPEN” – {media}. Gäller skotten i {place}. "
    "Namnet publicerat, tänk på det i lägesbilden.\n{full:2} (pressekreterare) har kommenterat.\n"
    "Tips in från allmänheten: {mob} och {tel}",
    "faltsekreterare|klippsamling|Fältarnas klipp\n* ”{nick:1}” omnämnd i {media} som ledare för gänget "
    "vid {venue}\n* {full:2} ({ung}) åtalad\n* Boende {low:3} citerad om otrygghet\n"
    "Vår kommentar: stämmer delvis. Kontakt fältarna {mob}",
    "samordnare|klippsamling|Veckans pressklipp\n– {media}: [[Storm]] fällde träd över {street}\n"
    "– {media}: {full:1} ny ordförande i {org}\n– Radion: Polisen ({wsur:2}) om lugnare {place}\n"
    "Kommentar: inget att åtgärda. {full:3}",
)
