"""Frames of the fifty-ninth blind corpus, part d: the kommun's trygghetssamordnare, the security company's
patrol reports at rest areas and industrial areas, and insurance and cargo-claim texts
(`role|style|template`)."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # The kommun's trygghetssamordnare: EST rows, notes before the weekly check-in, mails
    "trygghetssamordnare|trygghet|EST {week}, {place}: fyra dieselstölder anmälda på {venue}. Källa: "
    "trafikpolisen ({sur:1}) och truckstoppets platschef {full:2}. Förslag: belysning + kamera, ta upp "
    "med {org}.",
    "trygghetssamordnare|trygghet|Anteckning efter samtal med {full:1} ({mob}), som driver caféet vid "
    "{venue}: personalen känner sig otrygg nattetid, särskilt efter kl {time}. Hon nämnde att "
    "{first:2} i kassan, som åker {line} hem, blivit hotad av en man som kallas {nick:3}.",
    "trygghetssamordnare|trygghet|Hej {first:1}!\nTack för genomgången i går. Jag har lagt in "
    "rastplatsen vid {place} som gul i lägesbilden. Kommunpolisen {full:2} återkommer med siffror "
    "{week}.\n/{full:3}, trygghetssamordnare, {kommun}",
    "trygghetssamordnare|trygghet|Plats;Kategori;Beskrivning\n{venue};inbrott och stöld;Diesel stulen "
    "ur 2 lastbilar, förare {full:1} och {full:2}. Polisens nr {case}.",
    "trygghetssamordnare|trygghet|Till {wfirst:1} på Trafikverket: vi har fått klagomål från boende på "
    "{street} om lastbilar som står på tomgång hela natten. En av dem, {full:2}, bor i {lgh} och har "
    "ringt flera gånger ({mob}).",
    "trygghetssamordnare|trygghet|Samordnaren noterar: olovligt boende i husvagn på grusplanen vid "
    "{place}, fastighet {fast}. Markägare enl. {sur:1} på samhällsbyggnad: {full:2}. Socialtjänsten "
    "({first:3}) informerad.",
    "trygghetssamordnare|trygghet|Inför mötet {date}: {full:1} från Sveriges Åkeriföretag kommer. Även "
    "{full:2} ({org}) och {first:3} från polisen. Lokal: {venue}, kl {time}.",
    "trygghetssamordnare|trygghet|{full:1} (trygghetsvärd) rapporterar att ungdomar, ca {antal} st, "
    "kör moped runt truckstoppet och på {pstreet} på kvällarna. En av dem kallas {nick:2}. "
    "Föräldrakontakt via {first:3} på fältgruppen.",
    # The security company's patrol reports
    "vaktare|vaktrapport|RONDRAPPORT {date}\nObjekt: {venue}\n{time} Rond 1 utan anm.\n{time} Person "
    "({full:1}, legitimerad) i dieselområdet med dunkar. Avvisad. Bil {plate}.\nVäktare: {init:2}",
    "vaktare|vaktrapport|Ingripande kl {time} vid {place}. Två personer tappade diesel ur en dragbil. "
    "Den ena uppgav namnet {full:1}, den andra sprang. Polis på plats ({sur:2}). Ärendenr {case}.\n"
    "Väktare {full:3} / {org}",
    "vaktare|vaktrapport|Larm: inbrott grind, {street}. {wfirst:1} och {first:2} åkte. Grinden "
    "uppbruten, släp {plate2} saknas. Kontakt med ägaren {full:3} ({tel}) kl {time}.",
    "vaktare|vaktrapport|Hej {wfirst:1}! Under natten fick vi avhysa en förare som sov i "
    "personalingången. Han heter {full:2} och visade ett samordningsnummer ({snr}). Lugnt i övrigt. "
    "/{first:3}",
    "vaktare|vaktrapport|Iakttagelse: vit skåpbil {plate2} stod med motorn igång intill trailers i ca "
    "20 min. Föraren, som kollegan {wsur:1} tror heter {first:2}, körde mot {place} när vi närmade oss.",
    "vaktare|vaktrapport|Rapport {week} – {venue}\n• 3 förare hänvisade från bussfickan för {line}\n• "
    "{full:1} anmälde stöld av verktygslåda\n• Kassan stängde {time}\nRapportör: {full:2}, {mob}",
    "vaktare|vaktrapport|{caps:1} – väktare {org}\nAvvikelse: grupp om {antal} personer vid "
    "rastplatsen vid {place}, en kvinna ({first:2}) bad om hjälp att ringa sin man {full:3}.",
    "vaktare|vaktrapport|Nyckelkvittens: {full:1} har kvitterat nyckel till dieselstationens teknikrum "
    "{date}. Tidigare innehavare {full:2}. Kontroll: {init:3}",
    # Insurance and cargo-claim texts
    "skadereglerare|forsakring|Skadenr 88-{liter}-X\nFörsäkringstagare: {org}\nFörare: {comma:1}, "
    "{pnr}\nSkadedag: {date}\nSkadeplats: {venue}\nStulen last: kaffe, ca {amount}.\nHandläggare: "
    "{full:2}",
    "skadereglerare|forsakring|Hej {first:1},\nvi behöver polisanmälan ({case} räcker) och "
    "redogörelsen från föraren {full:2} innan vi kan reglera. Skicka till {mail}.\nMvh\n{full:3}",
    'skadereglerare|forsakring|Redogörelse från föraren, översatt av {full:1}: "Jag parkerade vid '
    '{venue} kl {time}. Jag vaknade av ett ljud från {first:2|g} bil bredvid." Förarens nr: {mob}.',
    "skadereglerare|forsakring|Vi bekräftar att ersättning på {amount} betalas ut till {org} för "
    "dieselstöld ur {plate}. Självrisk dras. Kontakt hos er: {full:1}. Handläggare {sur:2}",
    "skadereglerare|forsakring|Anteckning: {full:1} ringde ang. skada {date}. Uppgav att trailern "
    "stått på {street} och att grannen {low:2} sett allt. Grannens adress: {addr}, {lgh}.",
    "skadereglerare|forsakring|Bilaga 2 – vittnen\n1. {full:1}, {mob}\n2. {full:2}, {tel}\n3. "
    "{comma:3}, adress {addr}",
    "skadereglerare|forsakring|Försäkringstagaren {full:1} har inte svarat sedan {date}. Enligt "
    "kollegan {first:2} har åkeriet bytt adress till {addr}. Fastighetsbeteckning {fast}.",
    "skadereglerare|forsakring|Regress mot parkeringsbolaget avslås: ingen bevakning var utlovad på "
    "{venue}. Beslut av {full:1}, granskat av {full:2}.",
)
