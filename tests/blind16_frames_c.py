# ruff: noqa: E501
"""Frames of the sixteenth blind corpus: medborgardialog notes, föräldramöten, samverkansmöten with BRFs,
churches, mosques and clubs. Each is `role|style|template` (tests/blind16_fill.py)."""

FRAMES = (
    # dialog: medborgardialog, residents quoted by name
    "samordnare|dialog|Medborgardialog {date} i {inst}. Ca 35 boende kom. {full:1} (boende sedan 30 år) sa: ”förr kände alla varandra här”. {first:2} höll med.",
    "samordnare|dialog|{full:1}, mamma till tre, berättade att hennes son blivit rånad vid {inst}. Hon vill se fler vuxna ute. Bovärden {sur:2} från {org} svarade att de söker nattvandrare.",
    "samordnare|dialog|Frågor från boende:\n– {first:1}: varför är {inst} stängd på helger?\n– {full:2}: vem ansvarar för belysningen på {pstreet}?\n– {first:3} ({age}): kan vi få en spontanidrottsplats?",
    "samordnare|dialog|[[Mina]] barn vågar inte ta {bus} hem, sa {full:1}. Flera höll med, bl.a. {full:2} och {first:3} från {place}.",
    "falt|dialog|Dialog med killarna vid {inst}. {nick:1} sa: ”ingen lyssnar på oss, bre”. {first:2} ville ha ett gym. {first:3} lovade att ta frågan till {org}.",
    "samordnare|dialog|Medborgardialog, anteckningar: {full:1} (pensionär) tycker att det blivit lugnare sedan kameran vid {inst} kom upp. {full:2} håller inte med. Sekreterare {sur:3} från {org} antecknade.",
    "polis|dialog|Kommunpolis {sur:1} berättade om läget i {place}: färre skjutningar, men oro för rekrytering av unga. {full:2} frågade vad föräldrar kan göra. Svar: ring {tel} eller 114 14.",
    "samordnare|dialog|Citat från dialogen: ”Jag har bott på {street} i tjugo år och aldrig varit så rädd” ({full:1}). ”Vi behöver mer för tjejerna” ({first:2}, {age} år).",
    "samordnare|dialog|Dialogträff {date} kl {time} i {inst}. Tolkar: {full:1} (arabiska), {full:2} (somaliska), {full:3} (dari). Fika från {org}, tack till diakon {sur:4}.",
    "falt|dialog|[[Dina]] röster är viktiga, sa {full:1} när hon öppnade mötet. Sedan pratade {full:2} från {org} och {first:3} från ungdomsrådet.",
    # foraldra: föräldramöten
    "kurator|foraldra|Föräldramöte {klass}, {date}. Närvarande: {full:1}, {full:2}, {full:3}, {first:4|g} pappa och mentor {sur:5}.",
    "kurator|foraldra|{full:1} (mamma till {first:2} i {klass}) undrade varför skolan inte hört av sig om frånvaron. Rektor {sur:3} lovade återkoppling {week}.",
    "samordnare|foraldra|Föräldrar på stan: {full:1} och {full:2} vill vara med. Samordnare {sur:3} tar fram västar. Första passet {date}, samling vid {inst}.",
    "kurator|foraldra|Oro bland föräldrar för festen {date} som sprids på sociala medier. {full:1} berättade att hennes son {first:2} blivit inbjuden av {nick:3}.",
    "fritid|foraldra|Föräldraträff på gården. {full:1} och {full:2} tog med mat. {first:3|g} mamma {full:4} frågade om gården kan ha öppet längre än till {time} på fredagar.",
    "sspf|foraldra|Möte {date} med familjen {sur:1}: mamma {first:2}, pappa {first:3} och sonen {first:4} ({age}). Tolk: {full:5}.",
    "kurator|foraldra|[[Sol]] och värme på skolgården när föräldrarna samlades. {full:1}, {full:2} och {first:3} från föräldraföreningen höll i grillen. Rektor {sur:4} tackade.",
    "forening|foraldra|Föräldramöte i laget. Tränare: {full:1} ({mob}) och {full:2}. Lagföräldrar: {full:3}, {full:4}. Avgiften är {amount} och betalas senast {date}.",
    "kurator|foraldra|{full:1} ville prata enskilt efter mötet. Hennes dotter {first:2} har fått hot från en tjej i {klass}. Vi bokade tid med skolkurator {sur:3}.",
    "sspf|foraldra|Föräldramöte om droger. {full:1} från {org} och kommunpolis {sur:2} pratade. Frågor till {mail} eller {tel}.",
    # samverkan: meetings with BRFs, churches, mosques, clubs
    "samordnare|samverkan|Samverkansmöte {date} med {org}. Närvarande: {full:1}, {full:2}, {full:3}. Förvaltaren {sur:1} berättade om skadegörelsen på {addr} och kostnaden, ca {amount}.",
    "samordnare|samverkan|Från {org}: imam {sur:1} vill hålla ett föräldramöte i moskén. Från {org}: diakon {sur:2} erbjuder lokal. {full:3} samordnar.",
    "samordnare|samverkan|BRF-styrelsen ({org}) genom ordförande {full:1} rapporterar inbrott i förråden på {addr}, fastighet {fast}. Polisanmälan {dnr}. {full:2} från kommunen följer upp.",
    "forening|samverkan|Från {org}: {full:1} och {full:2} håller i fotbollsträning för 13–16-åringar på {inst} varje fredag {tid}. Ledarkontakt {mob}.",
    "samordnare|samverkan|Mötet med {org}: fastighetsvärd {sur:1} berättade om {amount} i klotterkostnader sedan {week} på {fast}. Bovärd {full:2} vill ha fler ronderingar.",
    "samordnare|samverkan|Närvarande: {full:1} (Svenska kyrkan), {full:2} ({org}), {full:3} (moskén), {full:4} ({org}), kommunpolis {sur:5}",
    "samordnare|samverkan|Beslut: {org} ordnar läxhjälp måndagar. Ansvarig: pastor {sur:1}. {org} ställer upp med ledare till nattvandringen, kontakt {full:2}, {mail}.",
    "falt|samverkan|Avstämning med skolan: kurator {sur:1} på {inst} och fältassistent {full:2}. Oro för {first:3} och {first:4} i {klass} som skolkar och hänger vid {place}.",
    "samordnare|samverkan|[[Ros]] till {org} som ställt upp med lokal hela hösten! Tack {full:1} och {wfirst:2}.",
    "polis|samverkan|Polisen (kommunpolis {full:1}) informerade om fler stölder ur bilar på {street}, bl.a. {plate} och {platen}. {full:2} från {org} lovar bättre belysning i garaget.",
)
