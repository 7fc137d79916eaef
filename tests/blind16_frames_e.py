# ruff: noqa: E501
"""Frames of the sixteenth blind corpus: föreningsledare's reports, kommunpolis' notes, contact and attendance
lists, follow-ups and measures. Each is `role|style|template` (tests/blind16_fill.py)."""

FRAMES = (
    # forening: club leaders' reports
    "forening|forening|Rapport från {org}: under träningen på {inst} kom {nick:1} och två kompisar in på planen och bråkade med {first:2}. Tränaren {sur:3} bad dem gå.",
    "forening|forening|Styrelsemöte {date} i {org}. Närvarande: ordförande {full:1}, kassör {full:2}, ledamot {full:3}. Beslut: lägga {amount} på nya bollar.",
    "forening|forening|{full:1} ({age}) har slutat komma på träningarna. Hans tränare {full:2} oroar sig och har pratat med {first:1|g} pappa.",
    "forening|forening|Ledare till sommarlägret: {full:1}, {full:2}, {wfirst:3} och {first:4}. Vi åker {date} från {inst} kl {time}.",
    "forening|forening|Incident efter matchen mot {org}: en spelare ({first:1}) blev slagen av en äldre kille, enligt vittnet {full:2} från {place}. Domaren {sur:3} har skrivit rapport.",
    "forening|forening|Hej alla ledare! Ny kontaktperson i klubben är {full:1}, {mail}, {mob}. Tack {full:2} för allt!",
    "forening|forening|[[Berg]] av skräp efter cupen på {inst}. {full:1}, {full:2} och {first:3} städade. Tränare {sur:4} tackar.",
    "forening|forening|Lagledaren meddelar: {first:1}, {first:2} och {first:3} har fått varning för rökning i omklädningsrummet. Föräldrarna informeras av {full:4}.",
    "forening|forening|Medlemsregister, nya:\n{full:1}, {pnr}\n{full:2}, {samnr}\nVårdnadshavare: {full:3}, {mob}",
    "forening|forening|Stort tack till {org} och {org} för sponsringen ({amount}). Kontakt {full:1}. Nästa cup {week} på {inst}.",
    # polis: kommunpolis' notes
    "polis|polis|Kommunpolisens lägesbild {week}: rån mot två unga vid {inst}, misstänkt {full:1} ({age}). Ärende {dnr}. Målsägare {first:2} och {first:3}.",
    "polis|polis|Bil {plate} stoppad på {street} {tid}. Förare {full:1}, {pnr}, passagerare {full:2}. Narkotika i bilen.",
    "polis|polis|Från kommunpolis {full:1}: ungdomsgruppen kring {nick:2} och {full:3} har flyttat från {place} till {inst}. Vi prioriterar området {week}.",
    "polis|polis|Polisen har pratat med {full:1} och hennes son {first:2} efter stenkastningen mot {bus}. Anmälan {dnr}.",
    "polis|polis|Ungdomar i bil med {platen} och {plate} spelade hög musik vid {inst} {tid}. Kontrollerade: {full:1}, {full:2} och {full:3}.",
    "polis|polis|Gripen: {full:1|caps}, {samnr}. Brott: olaga hot mot {full:2} vid {inst}. Förhörsledare {sur:3}.",
    "polis|polis|Anmälan om skadegörelse på {addr}, {lgh}. Målsägande {full:1}, tel {mob}. Misstänkt: okänd, möjligen {nick:2} enligt grannen {full:3}.",
    "polis|polis|Kommunpolis {sur:1} på plats vid {inst} {tid} tillsammans med fältassistenterna {first:2} och {first:3}. Lugnt.",
    "polis|polis|[[Sten]] kastades mot polisbilen vid {place} igår kväll. Vittnen: {full:1} och {full:2}. Ärende {dnr}. Kontakt: inre befäl {sur:3}, {tel}.",
    "polis|polis|Omhändertagande enligt LVU\nUngdom: {full:1}, {pnr}\nAdress: {addr}, {lgh}\nSocialjour: socialsekreterare {sur:2}\nPatrull: {full:3} och {full:4}",
    # kontakt: contact and attendance lists
    "samordnare|kontakt|Kontaktlista fältgruppen\n{full:1} {mob}\n{full:2} {mob}\n{full:3} {mob}\n{full:4}, växel {tel}",
    "samordnare|kontakt|Kontakter {place}:\nFältassistenter: {full:1}, {full:2}\nFritidsgården: {full:3} ({tel})\nKommunpolis: {sur:4}\nBovärd {org}: {full:5}",
    "samordnare|kontakt|Närvarolista samverkansmöte:\n- {full:1|comma}\n- {full:2|comma}\n- {full:3}\n- {full:4|init}\n- {first:5} från {org}",
    "natt|kontakt|Nattvandrare {week}: {full:1}, {full:2}, {full:3}, {full:4}, {full:5}. Kontakt {mob}.",
    "fritid|kontakt|Personal på {inst}: föreståndare {full:1}, fritidsledare {full:2}, {full:3} och {first:4}, sommarjobbare {lower:5}",
    "sspf|kontakt|SSPF-gruppen: {full:1} (samordnare, {mail}), {full:2} (soc), {full:3} (skola), {full:4|init} (polis)",
    "samordnare|kontakt|Ansvariga för sommarlovsaktiviteter:\n{full:1|caps} – fotboll\n{full:2} – dans\n{full:3} – utflykter, tel {mob}\n{full:4} – läxhjälp hos {org}",
    "samordnare|kontakt|Anmälda till dialogmötet: {full:1}, {full:2}, {full:3} och {first:4|g} föräldrar, {full:5}",
    "forening|kontakt|Ledare i {org}: {full:1} ({mob}), {full:2}, {wfirst:3} och {first:4}. Kansli: {tel}.",
    "samordnare|kontakt|Kontaktperson hos {org}: {full:1}, {mail}.\nErsättare: {full:2}, {tel}.\nFastighet: {fast}.",
    # atgard: follow-ups and measures
    "samordnare|atgard|Åtgärder efter kvällen:\n1. {full:1} kontaktar {org} om belysningen vid {inst}\n2. {full:2} pratar med {first:3|g} föräldrar\n3. Uppföljning {date}",
    "samordnare|atgard|Uppföljning {week}: klottret på {street} sanerat av {org} ({amount}). {full:1} har pratat med {nick:2} om det. Klart.",
    "falt|atgard|Att göra: ring {full:1} om {first:2}, boka möte med rektor {sur:3}, kolla med {org} om nyckel till lokalen. /{first:4}",
    "samordnare|atgard|Insats: extra nattvandring från {date} till {date}. Ansvariga {full:1} och {full:2}, budget på {amount} från {org}.",
    "samordnare|atgard|Status: Pågående. {full:1} ({org}) har satt upp kamera vid {addr}. Nästa steg: möte {date} med {full:2} och {full:3}.",
    "samordnare|atgard|Beslut vid avstämningen: {place} gul, {place} röd. {full:1} ber {org} om fler ronderingar. Kommunpolis {sur:2} återkommer {week}.",
    "sspf|atgard|Åtgärd för {full:1}: sommarjobb via {org}, mentor {sur:2}, samtal varannan vecka med {first:3} från soc. Klart till {date}.",
    "samordnare|atgard|[[Gul]] status kvarstår för {place}. {full:1} och {full:2} följer upp med BRF:en ({org}). Ny avstämning {date}.",
    "samordnare|atgard|Följ upp: {first:1} sa att hans kusin {full:2} säljer. Lämnat till kommunpolis {sur:3}. {full:4} håller kontakten med familjen.",
    "tryggvard|atgard|Åtgärdat: trasig lampa vid {pstreet} lagad av {org}. Anmäld av boende {full:1}, {addr} ({fast}). Det kostade {amount}.",
)
