"""Frames of the fifty-second blind corpus, third file: overviews of gangs and networks (nicknames and
relations), kommunpolis' weekly notes to the EST group and an investigator's quick notes. Each frame is
`role|style|template` (tests/blind52_fill.py says what a slot is).
"""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # ---------------------------------------------------------------- natverk
    "underrattelse|natverk|Nätverksöversikt {place} (intern)\nLedare: {full:1} ”{nick:1}”\nNärmast:"
    " {full:2} ”{nick:2}”, kusin till {first:1}\nSpringpojkar: {lowf:3}, {first:4} (båda {ung}"
    " år)\nKonflikt med gruppering i {place} sedan {date}.",
    "underrattelse|natverk|ÖVERSIKT – personer med koppling till skjutningen {date}\n{caps:1} – huvudman,"
    " {pnr}\n{caps:2} – misstänkt skytt, {pnr}, alias {nick:2}\n{full:3} – körde bilen"
    " ({plate2})\n{full:4} – flickvän till {first:2}, lägenhet på {addr}",
    "underrattelse|natverk|Relationer:\n{nick:1} = {full:1}, {ung} år, {addr}\n{nick:2} = {full:2}, bror"
    " till {first:1}\n{nick:3} = okänd, hänger vid {venue}\n{full:4} – rekryterar yngre, ej belastad",
    "analytiker|natverk|Grupperingen kring {full:1} (”{nick:1}”) har under {week} utökats. Nya: {full:2},"
    " {full:3} och en kille som kallas {nick:4}. De håller till vid {venue} och i källaren på {street}."
    " {first:1|g} mamma {full:5} har kontaktat socialtjänsten.",
    "underrattelse|natverk|Nätverk {place} – uppdaterad {date}\n\nKärna\n  {comma:1} ({pnr})\n  {comma:2}"
    " ({snr})\nPerifera\n  {full:3}, {full:4}, {lowf:5}\nTelefoner: {mob}, {mob}",
    "analytiker|natverk|Översikt konflikt {place}/{place}\nGrupp A: {nick:1}, {full:2}, {full:3}\nGrupp"
    " B: {full:4}, {wfirst:5}, {full:6}\nSenaste händelse: skottlossning {date} kl {time} utanför"
    " {venue}.",
    "underrattelse|natverk|{nick:1} ({full:1}, {pnr}) uppges styra försäljningen i {place}. Han använder"
    " {mob} och kör en vit Mercedes, {plate}. Närmast honom står {full:2} och {first:3} (efternamn"
    " okänt). {first:2|g} syster bor på {addr}, {lgh}.",
    "analytiker|natverk|Kartläggning {week}\n| alias | namn | ålder |\n| {nick:1} | {full:1} | {ung} |\n|"
    " {nick:2} | {full:2} | {ung} |\n| ? | {low:3} | {vuxen} |\nKälla: samtal med {sur:4} på {org}.",
    # ---------------------------------------------------------------- veckonotis
    "kommunpolis|veckonotis|Kommunpolisens notering {week}, {place}\nLugnare vecka. En skadegörelse på"
    " {pstreet} (glaskross). Misstänkt är {full:1}, {ung} år, som redan är känd av soc. Föräldrar"
    " kontaktade ({full:2}, {mob}). Fältarna från {org} har pratat med {first:1}.",
    "kommunpolis|veckonotis|Hej EST-gruppen!\nFrån polisen denna vecka: två bilbränder vid {street}"
    " natten mot {date}. Vi har en misstänkt, {full:1}, men det är inte klart. {org} har bilder från"
    " kameran. Kontakta mig, {full:2}, på {mob} eller {mail}.",
    "kommunpolis|veckonotis|Polisens bild {week}\n• Ökad narkotikaförsäljning vid {venue}, bl.a. {nick:1}"
    " och {full:2} återkommande\n• Inbrott i förråd {addr} – anmälan från {full:3}, {tel}\n• {line} har"
    " fått stenar kastade på sig, kl {time}\n[[Sten]] har också kastats mot fönster på {street}.",
    "kommunpolis|veckonotis|Vecka: {week}\nOmråde: {place}\nHändelser: rån mot {ung}-åring vid {venue}"
    " (misstänkt {full:1}), hot mot personal på {org} (misstänkt {full:2}), olovlig körning moped av"
    " {lowf:3}.\nKommunpolis: {full:4}",
    "kommunpolis|veckonotis|Från kommunpolis {full:1}: inget allvarligt i {place} denna vecka. {full:2}"
    " (som vi pratade om förra mötet) har flyttat från {kommun}. Brodern {first:3} är fortfarande kvar på"
    " {addr}. Rapport om eldning i container på {street} kl. {time}, nära hållplatsen för {line}.",
    "kommunpolis|veckonotis|Veckorapport polis – {place}\n{date}: misshandel vid {venue}, målsägande"
    " {full:1}, misstänkt {full:2}\n{date}: rattfylleri, {plate}, föraren {full:3}\n{date}: klotter på"
    " {street}, ingen misstänkt\nFrågor till {mail}",
    "kommunpolis|veckonotis|Hej! Kort från oss. {full:1} och {full:2} har fått kontaktförbud gentemot"
    " {full:3}. Gäller området kring {venue}. Sprid inte namnen vidare.\nMvh {first:4}, kommunpolis"
    " {place}",
    "kommunpolis|veckonotis|EST – polisens del\nTrygghetsvandring med {org} genomförd {date}. Påträffade:"
    " {low:1} ({ung} år) sovande i trapphus på {pstreet}. Kontakt med socialjouren, handläggare {sur:2}."
    " Nästa vandring {week}.",
    # ---------------------------------------------------------------- anteckning
    "kommunpolis|anteckning|anteckn. {date}\nträffat {lowf:1} ({ung}) + mamma vid {venue}. mamma ="
    " {full:2}, nr {mob}. {lowf:1} säger att {nick:3} hotat honom. ska kolla med {sur:4} på soc.",
    "utredare|anteckning|Att göra:\n- ring {full:1} ang. beslaget ({case})\n- höra {first:2} igen, nytt"
    " nr {mob}\n- kolla {plate} i vägtrafikregistret\n- mejla {full:3}, {mail}\n- {wsur:4} (vittnet) har"
    " semester till {date}",
    "kommunpolis|anteckning|snabb not: {full:1} o {full:2} sågs vid {place} kl {time} med okänd tredje"
    " (kallas {nick:3}?). {first:1} hade ny jacka, ny telefon. pengar? kolla.\n-{first:4}",
    "utredare|anteckning|Notering {date} kl {time}\nSamtal från {full:1}, {tel}. Han säger att grannen"
    " {full:2} i {lgh} har besök av unga killar hela nätterna. Känner igen en av dem: {first:3}, son till"
    " {full:4}.\nTas upp på måndagens genomgång.",
    "kommunpolis|anteckning|minnesant. möte {venue}\nnärv: rektor {sur:1}, kurator {sur:2}, {full:3}"
    " ({org}), undertecknad\n- {lowf:4} i åttan har hotat lärare\n- {nick:5} väntar utanför skolan på"
    " rasterna\n- åtgärd: polis synlig {week}",
    "ingripande|anteckning|Ant. ingripande\n{time} larm {street}. På plats {full:1}, blödande från näsan."
    " Säger att {nick:2} slog honom. Enligt kollegan {sur:3} är det troligen {full:2}, som finns i våra"
    " system ({pnr}). Ambulans tog {first:1} till sjukhus. Anmälan {case}.",
    "kommunpolis|anteckning|{low:1} tipsade om att {lowf:2} förvarar något i förrådet på {addr}."
    " trovärdig? {lowf:1} är själv inblandad. ring {sur:3} på narkotikagruppen.",
    "utredare|anteckning|Notering\nBilen {plate2} (ägare {full:1}) har setts vid {venue} tre kvällar i"
    " rad, senast {date}. Föraren liknar {full:2}. [[Ingen]] registrerad adress i {kommun}. Ta upp med"
    " {sur:3}.",
)
