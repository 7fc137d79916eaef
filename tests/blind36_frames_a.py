"""Frames of the thirty-sixth blind corpus, file a: the walk's own protocol, notes stop by stop, and the
sign-in list passed round at the start. `role|style|template`; slots as tests/blind36_fill.py says."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # ------------------------------------------------------------ vandringsprotokoll
    "samordnare|vandringsprotokoll|PROTOKOLL TRYGGHETSVANDRING {place}\nDatum: {date}, samling kl. {time} "
    "vid "
    "{venue}.\nDeltagare: {full:1} (samordnare, {kommun}), {full:2} (kommunpolis), {full:3} ({org}), "
    "{antal} boende.\nAnteckningar: {first:1}",
    "samordnare|vandringsprotokoll|Trygghetsvandring i {place} – protokoll\n\nNärvarande: {full:1}, "
    "{full:2}, "
    "{full:3} och {first:4} från föreningen. Kommunpolis {sur:5} anslöt vid andra stoppet.\n\n"
    "Stopp 1, gångtunneln under {street}: två av tre armaturer trasiga, klotter på båda sidor. {first:2} "
    "fotograferade. Ansvar: {first:1} gör felanmälan till {org} senast {week}.",
    "kommunpolis|vandringsprotokoll|§ 3 Iakttagelser längs {street}\nBuskaget vid lekplatsen skymmer sikten "
    "mot entréerna. Boende ({first:1}, {vuxen} år) berättade att ungdomar samlas där efter kl. {time}. "
    "Kommunpolis {sur:2} noterade att en vit Volvo med reg.nr {plate} ofta står på gångvägen.\n"
    "§ 4 Beslut: {full:3} kontaktar fastighetsägaren.",
    "tjansteman|vandringsprotokoll|Protokoll fört av {full:1}\nJusteras av {full:2}\n\nVandringen gick från "
    "{venue} via {pstreet} till {place}. Vid port {addr} är entrédörren trasig sedan {date}; hyresgästen i "
    "{lgh} ({full:3}, samordningsnummer {snr}) har anmält (polisens ärende {case}).",
    "bostadsbolag|vandringsprotokoll|Trygghetsvandring {place} – {date}\nFrån {org}: {full:1}, {full:2}. "
    "Från "
    "kommunen: {full:3}. Fältarna {first:4} och {first:5} deltog den första timmen.\nFastighet {fast}: "
    "belysning på gaveln saknas, åtgärdas {week}. Kostnad uppskattad till {amount}.",
    "samordnare|vandringsprotokoll|Minnesprotokoll trygghetsvandring\nPlats: {place}\nTid: kl. {time}\n"
    "Ordförande: {comma:1}\nSekreterare: {comma:2}\nÖvriga: {full:3}, {init:4}, {full:5}\n"
    "Vandringen avslutades med fika på {venue}.",
    "kommunpolis|vandringsprotokoll|{full:1} (kommunpolis) inledde med lägesbilden för {place}: färre "
    "anmälda skadegörelser än förra året men fler bränder i containrar. {first:2|g} fråga om mopederna på "
    "{street} besvarades av {first:1}. Nästa vandring planeras till {week}.\n"
    "Vid pennan: {full:3}",
    "tjansteman|vandringsprotokoll|TRYGGHETSVANDRING – SAMMANFATTNING\nOmråde: {place}\nAntal deltagare: "
    "{antal}\nKontaktperson kommunen: {full:1}, tel {tel}, {mail}\nKontaktperson {org}: {full:2}, "
    "{mob}\nNästa steg: sammanställning skickas ut {week} av {first:1}.",
    # ------------------------------------------------------------ stoppnoteringar
    "samordnare|stoppnoteringar|Stopp 1 – {venue}\n- mörkt vid cykelstället\n- buskar behöver klippas\n"
    '- {first:1}: "här går ingen efter kl {time}"\n- tas med till {org} av {first:2|g} kollega\n\nStopp 2 '
    "– {street}\n"
    "- klotter på elskåp, {first:3} felanmäler",
    "boende|stoppnoteringar|STOPP 3 {place}\n* Bil {plate2} stod på gräsmattan under hela vandringen\n"
    "* {full:1} ({vuxen} år): rädd att gå hem från bussen ({line})\n* [[Björk]] och sly "
    "täcker lampan vid trappan\n* {sur:2} på fastighet lovade titta",
    "faltare|stoppnoteringar|stopp 4. parkeringen bakom {venue}\nungdomar samlas här, ca {antal} st en "
    "vanlig "
    "fredag. fältare {first:1} och {first:2} känner igen flera. {nick:3} nämndes av två boende som en som "
    '"styr" här.\nåtgärd: mer närvaro {week}',
    "trygghetsvard|stoppnoteringar|Stopp 5: Entré {addr}\n– Porttelefonen ur funktion\n– Dörren går inte i "
    "lås, {first:1} visade\n– Trapphuset luktar cannabis enligt {full:2}\n– Trygghetsvärd {sur:3} skriver "
    "felanmälan i kväll",
    "samordnare|stoppnoteringar|Stopp 6 Gångvägen mot {place}\n[[Sten]] och glas på asfalten, en lykta "
    "saknas helt. {full:1} och {full:2} från {org} mätte: ca 40 m utan ljus.\nFörslag: ny belysning, "
    "kostnad {amount}. {first:1} skickar offert {date}.",
    "forening|stoppnoteringar|Stopp 7, lekplatsen vid {street}\n{full:1}: sprutor hittade i sandlådan i "
    "somras\n{full:2}: det har blivit bättre sedan staketet kom\n{caps:3} (Hyresgästföreningen) vill ha "
    "fler bänkar men inte under träden",
    "kommunpolis|stoppnoteringar|Stopp 8 – Torget\nPolisen ({sur:1}) berättade om narkotikaförsäljningen "
    "vid {venue} i våras. Ärendet {case} är avslutat. Boende {first:2} frågade varför kameran inte "
    "sitter kvar. {first:1} svarade att det är {org} som äger frågan.",
    "tjansteman|stoppnoteringar|Stopp 9 {place}, busshållplatsen ({line})\n+ ny glasruta sedan {date}\n- "
    "väderskyddet klottrat igen\n- {lowf:1} (13 år enligt mamma) sa att killarna tar telefoner här\n"
    "→ {full:2} pratar med skolan",
    # ------------------------------------------------------------ narvarolista
    "samordnare|narvarolista|NÄRVAROLISTA – trygghetsvandring {place} – {date}\nNamn | Organisation | "
    "Telefon\n"
    "{full:1} | {org} | {mob}\n{full:2} | boende | {mob}\n{full:3} | kommunpolis | {tel}\n{full:4} | "
    "fältare | {mob}",
    "samordnare|narvarolista|Närvarande ({antal} st):\n1. {comma:1}, boende {street}\n2. {comma:2}, "
    "{org}\n3. {full:3}, fältarna\n4. {caps:4}\n5. {full:5}, Hyresgästföreningen\n6. {nick:6} (vill inte "
    "uppge efternamn)",
    "tjansteman|narvarolista|Deltagarlista medborgardialog {venue}\nNamn\tAdress\tE-post\n{full:1}\t{addr}\t"
    "{mail}\n{full:2}\t{addr}\t{mail}\n{full:3}\t–\t{mail}\nTolk: {full:4}, samordningsnr {snr} (arvode)",
    "bostadsbolag|narvarolista|Underskrifter:\n{full:1}\n{init:2}\n{full:3}, {lgh}\n{low:4}\n{full:5} "
    "(fastighetsvärd {org})",
    "forening|narvarolista|Anmälda via föreningen:\n- {full:1}, {vuxen} år, {mob}\n- {full:2|g} dotter "
    "{first:3}\n- {full:4} (tolk arabiska)\n- {first:5} från läxhjälpen\nSamling kl. {time} vid {venue}.",
    "samordnare|narvarolista|Deltagare {date}\nBoende: {full:1}, {full:2}, {full:3}\nFastighet: {full:4} "
    "({org})\nPolis: {init:5}\nKommun: {full:6}\nFörhinder: {full:7}",
    "faltare|narvarolista|lista från vandringen\nfältare: {first:1}, {first:2}\npolis: {sur:3}\nboende: "
    "{low:4}, {first:5}, {first:6} + {antal} till\nung deltagare {lowf:8}, pnr {pnr} "
    "(försäkringen)\nföreningen: {nick:7}\nfika betalt {amount}",
    "trygghetsvard|narvarolista|Namnlista (för återkoppling)\n{full:1} – {mail}\n{full:2} – {mob}\n{caps:3} "
    "– {mail}\n{full:4} – vill bli kontaktad på {tel}\n{first:5} – ingen kontakt",
)
