"""Frames of the seventy-second blind corpus, first file: a fritidsgård's evening notes, fältassistenter's
reports and a fritidsgård's weekly report (tests/blind72_corpus.py). A frame is `role|style|template`; the
slots are tests/blind72_fill.py's."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # --- kvällsanteckning: the evening note a fritidsledare types before locking up
    "fritidsledare|kvallsanteckning|Kvällsanteckning {date}, {venue}\nBesökare: ca {antal}. Lugnt fram till"
    " kl {time}, sen kom {first:1} och {first:2} med ett gäng. {first:1} var sur efter att ha åkt ut ur"
    " [[Fifa]]-turneringen och slängde en handkontroll. Fritidsledare {sur:4} pratade med honom i köket,"
    " han bad om ursäkt. /{first:3}",
    "fritidsledare|kvallsanteckning|kväll {date}\n{antal} ungdomar in. {lowf:1} och {first:2} bråkade om"
    " pingisbordet, löst. {full:3} ({ung}) frågade efter hjälp med matten, hänvisade till [[Läxhjälpen]] på"
    " {venue} på tisdagar. stängde kl {time}. {first:4}",
    "fritidsledare|kvallsanteckning|Torsdag. {full:1} och hennes kompis {first:2} satt i [[Studion]] och"
    " spelade in hela kvällen. {first:1|g} mamma ringde från {mob} och undrade var hon var, hon hade inte"
    " svarat sen kl {time}. Sa att hon var här och lät henne ringa hem.",
    "fritidsledare|kvallsanteckning|Kväll på {venue}: ca {antal} st, mest högstadiet. {nick:1} (vet inte"
    ' vad han heter egentligen) snackade om att det skulle bli "fajt" vid {place} efter stängning. Meddelade'
    " fältarna {first:2} och {first:3} kl {time}. Enligt dem hände ingenting.",
    "fritidsledare|kvallsanteckning|{first:1}, {first:2}, {first:3} och {first:4} kom direkt efter skolan,"
    " åt mackor och spelade [[Fortnite]] tills vi stängde. {first:2} berättade att någon tagit hans cykel"
    " vid hållplatsen för {line} på {street}. Han har inte anmält, pratar med pappa {sur:2} om det.",
    "gardschef|kvallsanteckning|KVÄLLSRAPPORT\nÖppet: kl {time} till 21\nPersonal: {full:1}, {full:2},"
    " {first:3} (vikarie)\nBesök: {antal}\nHändelser: {first:4} ({ung}) kom berusad, {first:1} följde honom"
    " hem till {addr}, {lgh}. Pappan hemma och tog emot.",
    "fritidsledare|kvallsanteckning|Notering {date}\nFick höra av {first:1} att {lowf:2} säljer snus och"
    " vape på toaletterna på {venue}. Har inte sett det själv. Pratar med {first:3} på fältet imorgon, bör"
    " tas upp på samverkan {week}.",
    "fritidsledare|kvallsanteckning|Skrivet av {first:1}:\n{full:2} satt ensam i soffan hela kvällen och"
    " ville inte prata. Tredje gången i rad. Hon sa att det är jobbigt hemma på {street} just nu. Tar det med"
    " handläggare {sur:3} på socialtjänsten. Mentorn på skolan heter {full:4}.",
    # --- fältrapport: fältassistenter's report of an evening out
    "faltassistent|faltrapport|Fältrapport {date}\nOmråde: {place}\nFältare: {first:1}, {first:2}\nKl"
    " {time}: ca {antal} ungdomar samlade vid {venue}. Känner igen {nick:3} och {full:4}. Polis {sur:5} var"
    " också där. Lugnt, de drog"
    " vidare mot {street} efter en halvtimme.",
    "faltassistent|faltrapport|Vi gick i {place} mellan kl {time} och kl {time}. Träffade {full:1} som"
    " berättade att hans lillebror {first:2} inte varit hemma sedan i lördags. Mamman har kontaktat polisen."
    " Vi håller utkik, {first:2} är {ung} år och har svart dunjacka.",
    "faltassistent|faltrapport|Fältarna {first:1} och {first:2} rapporterar: A-traktorer kör på gång- och"
    " cykelvägen vid {venue}. Reg {plate} och {plate2} noterade kl {time}. Förarna troligen {lowf:3} och"
    " hans kompis {first:4}.",
    "faltassistent|faltrapport|Rapport fält {week}\n- {place}: lugnt, några vid hållplatsen för {line}\n-"
    ' {venue}: {first:1} ({ung}) och {first:2} ({ung}) röker på baksidan\n- {street}: klotter "FREE'
    ' {caps:3}" på elskåpet\n/{full:4}',
    "faltassistent|faltrapport|Samtal med {first:1} den {date} vid {place}: hon sa att {nick:2} och hans"
    ' gäng "tar folks grejer" vid {venue}. Hon vill inte att vi säger var det kommer från. Hennes nummer'
    " om vi behöver: {mob}",
    "faltassistent|faltrapport|Fältassistent {sur:1} och kollegan {first:2} mötte ett tiotal ungdomar i"
    " tunneln vid {place} kl {time}. En av dem, {full:3}, var påverkad och ville ha skjuts hem. Ringde"
    " mamman på {mob}. Hon hämtade honom i en svart Volvo, {plate}.",
    "faltassistent|faltrapport|{first:1} ringde fältets telefon kl {time} och sa att det var folk uppe på"
    " taket på {venue}. Vi åkte dit. Tre killar, bland andra {first:2} och {lowf:3}. De klättrade ner när vi"
    " kom. Meddelat {org} via mejl.",
    "faltassistent|faltrapport|Sammanfattning {week}, {place}\nMycket folk ute pga lovet. Pratat med"
    " {full:1}, {full:2} och {first:3}. Oro kring {first:4} som inte går till skolan, mentor {sur:5} på"
    " {venue} är informerad.\n/fältgruppen",
    # --- veckorapport: the fritidsgård's weekly report to the EST coordinator
    "gardschef|veckorapport|Veckorapport {venue}, {week}\nTotalt {antal} besök. [[Tjejkväll]] på onsdagen"
    " med {first:1} och {first:2} som ledare. Händelser: glaskross vid entrén natten mot fredag,"
    " polisanmält ({case}). Kontaktperson: {full:3}",
    "gardschef|veckorapport|Till samordnaren: denna vecka ({week}) har det varit oroligt i {place}. Flera"
    " föräldrar har hört av sig, bl.a. {full:1} ({mob}) och {full:2}. Gäller främst killar i åk 8. Vi"
    " föreslår mer vuxennärvaro, gärna tillsammans med {org}.",
    "fritidsledare|veckorapport|Rapport {date}\n{first:1} (fritidsledare) blev hotad i entrén av en kille"
    " som kallas {nick:2}. Han hade med sig {lowf:3}. Händelsen är anmäld, diarienr {case}. {first:1} är"
    " okej men skakad, pratar med chefen {sur:4} imorgon.",
    "gardschef|veckorapport|Vecka: {week}\nBesök: ca {antal}\nAktiviteter: [[Pingisturnering]],"
    " matlagning med {first:1}\nÖvrigt: en förälder, {full:2}, har klagat på att sonen {first:3} blivit"
    " utestängd. Samtal bokat den {date}.",
    "gardschef|veckorapport|Veckans händelser på {venue}:\n• Skadegörelse på toaletten (ingen vet vem men"
    " {first:1} och {first:2} var där sist)\n• Bil {plate2} stod och väntade utanför vid stängning två"
    " kvällar\n• {full:3} har fått sommarjobb via {org}!",
    "gardschef|veckorapport|Rapporterat av {full:1}, fritidsgårdschef\nUnder veckan har {antal} unga från"
    " {place} börjat komma till oss. Några av dem, {first:2} och {first:3}, verkar ha kontakt med äldre"
    " killar med bil. Kommunpolis {sur:4} informerad.",
    "gardschef|veckorapport|Sammanfattning {week}: Inget särskilt. {first:1} slutar hos oss den {date}, ny"
    " fritidsledare heter {full:2} och nås på {mail} eller {tel}. Frågor till chefen {sur:3}.",
    "fritidsledare|veckorapport|Från fritidsledarna: killarna som hängde i trapphuset på {addr} har flyttat"
    " ner i källaren, mest utanför {lgh}. En boende, {full:1} ({tel}), har ringt två gånger. Vi har sagt"
    " till {nick:2} och"
    " {nick:3} att det inte är okej.",
)
