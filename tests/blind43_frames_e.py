"""Frames of the forty-third blind corpus, part e: the site's group chats, KMA incident reports and the
kommun's coordinator's notes for the EST meeting (tests/blind43_corpus.py). A frame is
`role|style|template`; the slots are those of tests/blind43_fill.py."""

from __future__ import annotations

FRAMES_E = (
    # --- platschatt: the site's group chat ------------------------------------------------------------------
    "arbetsledare|platschatt|[{time}] {full:1}: någon som sett nycklarna till hjullastaren?\n[{time}] "
    "{full:2}: {first:3} hade dom igår\n[{time}] {full:1}: {first:3} svarar inte",
    "lagbas|platschatt|{first:1}: bod 3 uppbruten igen 😡\n{wfirst:2}: fan. polisanmäl, nr till vakten "
    "{mob}\n{first:1}: ok. {nick:3} säger att han såg en bil {plate} vid grinden",
    "kranforare|platschatt|{date}\n[{time}] {lowf:1}: kranen hade besök inatt igen\n[{time}] {full:2}: ser "
    "det på kameran, {ung} st ungar. En är {full:3|g} lillebror",
    "platschef|platschatt|Teams – kanal Platsledning {place}\n{full:1}: diesel stulen ur {plate}, ca "
    "{antal} l\n{full:2}: anmält?\n{full:1}: ja, {case}",
    "lagbas|platschatt|{nick:1}: kolla bilden från kameran vid {street}, är inte det {first:2} från "
    "{org}?\n{first:3}: jo fan. han slutade i fredags\n{nick:1}: spärra hans kort",
    "arbetsledare|platschatt|Gruppchatt Bygg {venue}\n{first:1}: containern brinner!!!\n{first:2}: ringer "
    "112\n{wfirst:3}: jag tar bilen, kommer om 5\n{first:1}: {full:4} från vakten är här",
    "arbetsledare|platschatt|{first:1} ({org}): hänglåset på grind 2 mot {pstreet} är avklippt\n{full:2}: "
    "ok, jag ringer låssmeden {sur:3}",
    "platschef|platschatt|[{time}] {full:1}: Hej alla, från måndag gäller ny kod till bodarna. Den skickas "
    "på sms. Frågor till mig eller {full:2} ({mob}).",
    # --- avvikelse: KMA incident reports --------------------------------------------------------------------
    "kma|avvikelse|Avvikelserapport nr 14\nTyp: Säkerhet/Skydd\nDatum: {date}\nBeskrivning: obehörig "
    "person ({full:1}) påträffad på byggställning plan 4 vid {street}. Avvisad av vakt "
    "{sur:2}.\nRapporterad av: {full:3}",
    "kma|avvikelse|KMA-avvikelse – stöld\nProjekt: {venue}\nInrapporterat av {full:1}, {org}\nStulet: "
    "{antal} st fallskyddsselar, värde {amount}\nÅtgärd: KMA-samordnare {wsur:2} ser över skalskyddet "
    "{week}.",
    "kma|avvikelse|Tillbud/avvikelse den {date}\nUngdomar klättrade i tornkranen vid {place}. Kranförare "
    "{full:1} larmade polis. En av ungdomarna, {wfirst:2}, {ung} år, togs ner av räddningstjänsten.",
    "kma|avvikelse|AVVIKELSE: Brand i skip vid {street} kl {time}. Skipen tillhör {org}. Upptäckt av "
    "{full:1}. Polisanmälan {case}. Uppföljning: {init:2}",
    "kma|avvikelse|Avvikelse i personalliggare\nPerson: {full:1}, {snr}\nArbetsgivare: {org}\nNoterat: ej "
    "inloggad men sedd på plats kl {time} av {full:2}.",
    "skyddsombud|avvikelse|Rapport från skyddsrond {week}\nNoterat: staket vid {pstreet} nedtrampat, "
    "byggskyltar nedrivna, {antal} st glasrutor i bod krossade. [[Berg]] ska sprängas intill bodarna. "
    "Skyddsombud {sur:1}, arbetsledare {full:2}. Åtgärdas av {first:2} senast {date}.",
    "kma|avvikelse|{full:1} (UE ställning) uppger att hans privata bil {plate2} fått en ruta krossad på "
    "parkeringen vid {venue} och att verktyg för {amount} stulits. Anmält av honom själv. Kontakt {mob}.",
    "kma|avvikelse|Incident: hot mot personal. {full:1} från vår UE hotades vid grinden av en man som "
    "presenterade sig som {nick:2} och krävde att få hämta 'sina' maskiner. Vakt {sur:3} tillkallad. "
    "Polis: {case}",
    # --- samordnare: the kommun's EST coordinator -----------------------------------------------------------
    "samordnare|samordnare|EST-möte {week}, {kommun}\nBygget vid {place}: fortsatt problem med ungdomar i "
    "kranen. Byggherren ({org}) genom {full:1} tar fram åtgärder. Kommunpolis {wsur:2} följer "
    "upp.\nAntecknat av {first:3}",
    "samordnare|samordnare|Lägesbild {place} {week}\nInkommet från byggherren på {fast}: 3 inbrott, 1 "
    "brand i skip vid {street}. Kontakt byggherre: {full:1}, {mail}. Trygghetsvärdarna ({first:2} och "
    "{first:3}) lägger in byggområdet i sin rond.",
    "samordnare|samordnare|Anteckning samordnare\nRingt {full:1} (platschef, {org}) om stölderna. Han "
    "nämner att en tidigare anställd, {full:2}, misstänks. Hänvisat till polis. Info vidare till "
    "kommunpolis {sur:3}.",
    "samordnare|samordnare|Trygghetsvandring den {date} kl {time}\nDeltagare: {full:1} (kommunen), "
    "{full:2} ({org}), kommunpolis {sur:3}\nNoterat: mörkt vid byggstängslet längs {street}. [[Stig]] "
    "genom skogen mot {venue} används som genväg till {line}.",
    "samordnare|samordnare|Att ta upp på EST: {first:1} på {org} har fått uppgifter om att {nick:2|g} "
    "kompisar klättrar på bygget vid {venue}. Ungdomarna är kända av fältarna ({wfirst:3}), spelar i "
    "{klubb} och åker {line} hem.",
    "samordnare|samordnare|Sammanfattning byggplatser {kommun}, {week}\n{place}: lugnt\n{street}: "
    "dieselstöld ({plate})\n{venue}: ungdomar i kran, en ({full:1}) känd sedan tidigare\nKontakt: "
    "{full:2}, {tel}",
    "samordnare|samordnare|Hej {full:1}! Tack för veckorapporten från {place}. Kan du skicka "
    "kontaktuppgifter till vaktbolaget? Vi har fått klagomål från {full:2} på {addr} om ett larm som "
    "tjuter hela natten. /{first:3}, trygghetssamordnare {kommun}",
    "samordnare|samordnare|Samordnarens logg den {date}\n- Samtal med {full:1}, arbetsledare på {org}, om "
    "ungdomar i ställningarna vid {place}.\n- Mejl till {mail} om belysning.\n- {full:2} ({vuxen} år) "
    "boende på {addr}, {lgh}, vill ha återkoppling.",
)
