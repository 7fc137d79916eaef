"""Frames of the fifty-fourth blind corpus, fifth file: posts and comment threads in local Facebook groups
(fb_grupp), the banks' card-block and fraud notes (kortsparr) and the kommun's safety-alarm operators' logs
(trygghetslarm). `role|style|template`; slots as in tests/blind54_fill.py."""

from __future__ import annotations

FRAMES_E = (
    # ------------------------------------------------------------------ fb_grupp
    "fb|fb_grupp|VARNING!!! Min mamma {full:1} fick precis samtal från nån som sa att han var polis och att"
    " det gjorts inbrott hos grannarna på {street}. Han ville att hon skulle lägga smycken i en påse"
    " utanför dörren 😡 Hon ringde mig ({first:2}) som tur var. Dela gärna! #{place}",
    'fb|fb_grupp|{full:1}: Samma här i {place}! Pappa fick sms från "{bank}" igår. Tur att {first:2} på'
    " hemtjänsten såg det.\n{full:3}: Anmäl till polisen!! Ring 114 14\n{lowf:4}: vi också fick såna sms 🙄",
    'fb|fb_grupp|Dörrknackare i {place} nu!! Två killar som säljer "larm", står utanför {venue}. Den ena'
    " sa att han hette {first:1}. Bil: {plate}. Sen hoppade en av dem på {line}. Tips: släpp inte in!\n—"
    " {nick:2}",
    "fb|fb_grupp|Hej alla i gruppen. Min farmor {low:1} blev lurad på {amount} förra veckan av en som ringde"
    " och sa att han var från {bank}. Polisen har ärendet ({case}). Om någon har sett en grå Golf med reg"
    " {plate2} på {street} runt {date}, hör av er till mig eller {first:2}!",
    'fb|fb_grupp|{full:1} delade ett inlägg från {org}:\n"[[Lägg]] på om någon ber dig logga in med BankID!'
    ' Polisen eller banken ber dig aldrig om det."\n👍 {first:2}, {first:3} och fjorton andra',
    "fb|fb_grupp|Har nån mer fått samtal från {mob}?? Säger sig vara {full:1} från kommunen och ska"
    ' "uppdatera hemtjänsten". Min granne {wsur:2} fick samtal tre ggr igår 😤\n\nKommentar från {full:3}:'
    " ja min mormor i {place} också",
    "fb|fb_grupp|Tack alla som delade! Mannen som lurade {first:1} på {pstreet} är gripen enligt polisen."
    " Han kallade sig {nick:2} och hade lurat fler i {place}. Stort tack till {full:3} som tog kort på"
    " bilen {plate}! ❤️",
    'fb|fb_grupp|Inlägg i "Vi som bor i {place}":\n"Någon som vet vem som går runt och säljer'
    " 'städtjänster' till äldre? Hon heter {first:1} och har lila jacka. Hon var hos min gamla granne"
    ' {full:2} på {addr} och tog {amount} i förskott."\n— skrivet av {full:3}',
    # ------------------------------------------------------------------ kortsparr
    "bankhandl|kortsparr|KORTSPÄRR {date} kl {time}\nKortinnehavare: {caps:1}\nPnr: {pnr}\nOrsak: kort och"
    ' kod lämnade till okänd person ("bankens bud")\nSenaste transaktioner: {amount} uttag'
    " {venue}\nSpärrad av: {first:2}",
    "bankhandl|kortsparr|Kund {full:1} ringde via anhörig ({first:2}, {mob}). Misstänkt BankID-bedrägeri:"
    " inloggning från okänd enhet kl {time}, därefter överföring av {amount} till mottagare {full:3}"
    " ({snr}). Ärendet skickat till bedrägeriutredning. Polisanmälan: {case}.",
    "bankhandl|kortsparr|Anteckning: Kunden {init:1} (f. {pnr}) besökte kontoret på {street} med sin god"
    ' man {full:2}. Kunden ville ta ut {amount} kontant "till en polis". Uttaget stoppat, polisen'
    " kontaktad. Kontorschef {sur:4} informerad. Kundens dotter {first:3} informerad på {tel}.",
    "bankhandl|kortsparr|Från: {full:1} <{mail}>\nÄmne: Spärr av BankID för {full:2}\n\nHej, jag har"
    " fullmakt för min far och vill spärra hans BankID. Han har gett koden till någon som ringde från"
    " {mob}. {first:2|g} konto är i {bank}, kontoret i {place}.\n/{first:1}",
    "bankhandl|kortsparr|Bedrägerirapport – intern\nDrabbad: {comma:1}, {aldre} år\nModus: falsk polis + bud"
    " hämtar kort\nUttag i automat vid {venue} kl {time} och {time:2}\nKamerabild begärd. Bud beskrivs som"
    " ung man, ca {ung} år, enligt kunden kallad {nick:2}. Id-handling visad: {snr}.\nHandl: {full:3}",
    'bankhandl|kortsparr|{first:1} på kundtjänst, {bank}: kunden {low:2} har lagt upp ett "säkert konto" på'
    ' uppmaning av en "polis". Pengarna ({amount}) är redan vidare. Vi har ringt hennes kontaktperson'
    " {full:3} på {tel}.",
    "bankhandl|kortsparr|Reklamation {date}\nKontohavare: {full:1}, {addr}, {place}\nBelopp:"
    " {amount}\nBeskrivning: Kunden uppger att hon aldrig signerat. Inloggning gjord med hennes BankID från"
    " IP utanför Sverige. Kunden har själv ringt polisen ({case}).\nBeslut: ersätts ej enligt villkor."
    " Handläggare {full:2}",
    "bankhandl|kortsparr|Hej {first:1},\nkunden {full:2} som du hade kontakt med {week} var här igen med sin"
    " granne {wfirst:3}. Hon har fått nya samtal från {mob}. Vi har lagt larm på kontot. Kan du ta det med"
    " kommunpolis {sur:4}?\n/{full:5}, {bank} {place}",
    # ------------------------------------------------------------ trygghetslarm
    "larmoperator|trygghetslarm|{time} Larm från {full:1}, {addr}. Brukaren orolig, en man har ringt och"
    " sagt sig vara från {org}. Vill ha portkod. Lugnat, hemtjänst {place} meddelad. /op {first:2}",
    "larmoperator|trygghetslarm|Larmlogg {date}\n{time} Larm utlöst hos {full:1} ({lgh})\n{time:2}"
    ' Talkontakt: brukaren säger att "barnbarnet" {first:2} ska hämta hennes bankkort. Brukaren har inget'
    " barnbarn med det namnet.\n{time:3} Anhörig {full:3} kontaktad, {mob}\nOperatör: {first:4}",
    "larmoperator|trygghetslarm|Kl {time}: {wfirst:1} på {street} larmar, säger att en kvinna som kallar sig"
    ' {first:2} varit inne och "städat" och att smyckeskrinet är tomt. Polis och nattpatrull skickade.'
    " Kvinnan sågs gå mot hållplatsen för {line}. /{lowf:3}",
    "larmoperator|trygghetslarm|Överlämning natt till dag:\n- {full:1} ({place}) larmade två gånger om"
    ' "polisen som ringer". Lugnad. Dagpersonal ({first:2}) följer upp.\n- {full:3}, {addr}: larm kl'
    " {time}, ingen fara.\n- Samtal från {full:4} (son till {first:3}) som är orolig för bedrägeri."
    " Nummer {mob}.",
    "larmoperator|trygghetslarm|{date} kl {time}\nBrukare: {caps:1}\nÄrende: Brukaren har öppnat för två män"
    ' som sa att de kom från "{org}". De tittade runt och gick. Brukaren kunde inte ringa på sin fasta'
    " telefon ({tel}) efteråt, sladden var utdragen. Nattpersonal skickad. Polis (inspektör {sur:3})"
    " underrättad.\nSign"
    " {first:2}",
    "larmoperator|trygghetslarm|Larm {date}, {place}: brukaren {full:1} (f. {pnr}) uppger att grannen"
    " {full:2} pratat med henne om att banken ringt. Båda oroliga. Info lämnad: ring aldrig upp nummer i"
    " sms. Kontaktman i hemtjänsten: {nick:3}.",
    "larmoperator|trygghetslarm|{first:1} har haft besök av två personer i hemtjänstkläder som inte tillhör"
    " oss. Hon bor på {addr}, {lgh}. Personalen på {venue} har fått signalement. Sonen {full:2} vill att"
    " vi ringer honom på {mob} om det händer igen. /{first:3} på larmcentralen",
    "larmoperator|trygghetslarm|Anteckning {week}: {full:1} har fått nytt larm efter bedrägeriet. Hennes"
    " gamla nyckelgömma på {street} är borttagen. Nycklar endast hos hemtjänsten och dottern {first:2}."
    " Hemtjänstassistent {wsur:3} har ansvar. Polisens ärende: {case}",
)
