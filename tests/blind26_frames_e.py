"""Frames of the twenty-sixth blind corpus, fifth file: contact lists of the EST group and its partners,
call chains (who calls whom when something happens), and Teams chat during and after meetings.
`role|style|template`; slots as in tests/blind26_fill.py."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # ------------------------------------------------------------------ kontaktlista
    "samordnare|kontaktlista|Kontaktlista EST {place}\n"
    "Namn | Organisation | Telefon | E-post\n"
    "{full:1} | {kommun} | {tel} | –\n"
    "{full:2} | Polisen | {mob} | –\n"
    "{full:3} | {org} | {mob} | {mail}",
    "sakerhetschef|kontaktlista|KONTAKTER VID ALLVARLIG HÄNDELSE\n"
    "Säkerhetschef: {full:1}, {mob}\n"
    "Kommunikatör: {full:2}, {mob}\n"
    "Krisstöd: {full:3}\n"
    "Polisens kontakt: kommunpolis {sur:4}, {tel}\n"
    "Uppdaterad {date} av {first:1}",
    "bovard|kontaktlista|Kontaktuppgifter bovärdar {place}\n"
    "{full:1} – {street} och {pstreet}\n"
    "{full:2} – {venue} med omnejd\n"
    "Jour efter kl {time}: {tel}\n"
    "Förvaltare: {caps:3}, {mail}",
    "faltassistent|kontaktlista|fältgruppen – nummer\n"
    "{lowf:1} {mob}\n"
    "{first:2} {mob}\n"
    "{nick:3} (nattvandrarna) {mob}\n"
    "{full:4} chef, {tel}",
    "samordnare|kontaktlista|Sändlista veckorapport {week}\n"
    "Till: {full:1}; {full:2}; {full:3}; {full:4}\n"
    "Kopia: {mail}; {full:5}\n"
    "Ej längre med: {full:6} (slutat)",
    "fritidsledare|kontaktlista|Föräldrakontakter – utflykt {date}\n"
    "{full:1} (mamma till {first:2}) {mob}\n"
    "{full:3} (pappa till {first:4}) {mob}\n"
    "{comma:5} (moster) {tel}\nBarnens personnummer finns hos skolsköterskan {sur:7}.\n"
    "Ansvarig ledare: {first:6}",
    "ordforande|kontaktlista|Ledamöter i brottsförebyggande rådet, {kommun}\n"
    "Ordförande {full:1} (M)\n"
    "Vice ordförande {full:2} (S)\n"
    "Ledamot {full:3} (KD)\n"
    "Ledamot {full:4} (V)\n"
    "Sekreterare {full:5}, {tel}\n"
    "Polisen: {full:6}",
    "kommunpolis|kontaktlista|Kontaktpersoner i {place} (internt, ej för spridning)\n"
    "Fastighet: {full:1} ({org}), {mob}\n"
    "Skola: rektor {sur:2}, {tel}\n"
    "Moské/förening: {full:3}\n"
    "Föreningen: {nick:4}, nås via {mail}\nTolk: {full:5}, samordningsnummer {snr}",
    # ------------------------------------------------------------------ ringlista
    "samordnare|ringlista|Ringlista vid skjutning/explosion\n"
    "1. Polisen ringer {full:1} (kommunens TiB) – {mob}\n"
    "2. {first:1} ringer {full:2} (skolchef) och {full:3} ({org})\n"
    "3. {first:3} ringer bovärdarna och trafikledningen för {line}\n"
    "4. {first:2} ringer rektor {sur:4}\n"
    "Reserv: {full:5}, {tel}",
    "trygghetsvard|ringlista|vem ringer vem\n"
    "{lowf:1} → {lowf:2} → {first:3}\n"
    "om ingen svarar: {nick:4} {mob}\n"
    "polisen: 114 14 eller kommunpolis {sur:5}",
    "faltassistent|ringlista|Telefonkedja fältgruppen {week}\n"
    "{first:1} ringer {first:2} och {first:3}.\n"
    "{first:2} ringer {full:4} på {org}.\n"
    "{first:3} ringer socialjouren och {full:5}.\n"
    "Samling {venue} om det behövs.",
    "bovard|ringlista|Jourlista {org} {week}\n"
    "Mån–ons: {full:1}, {mob}\n"
    "Tors–fre: {full:2}, {mob}\n"
    "Helg: {wfirst:3} (jourtelefon {tel})\nFörvaltare {sur:4} vid längre avbrott\n"
    "Vid brand: ring 112, sedan {first:1}",
    "sakerhetschef|ringlista|RINGORDNING VID INCIDENT MOT ANSTÄLLD\n"
    "Den som är på plats ringer 112 och därefter {full:1}.\n"
    "{first:1} ringer {full:2} (HR) och {full:3} (skyddsombud).\n"
    "{first:2} underrättar {kommun} säkerhetsenhet.\n"
    "Ansvarig för listan: {wsur:4}",
    "polis|ringlista|Samband {place} helgen {week}\n"
    "Yttre befäl: {full:1}\n"
    "Patrull 1: {first:2} och {first:3}\n"
    "Kommunens kontakt: {full:4}, {mob}\n"
    "Väktare ({org}): {first:5}, {mob}",
    "fritidsledare|ringlista|Om något händer på fritidsgården:\n"
    "ring först {first:1} ({mob}), sen {first:2}.\n"
    "är det allvarligt: ring 112 och sedan {full:3}.\n"
    "ring ALDRIG föräldrar innan ni pratat med {first:1}.\n"
    "/{lowf:4}",
    "samordnare|ringlista|Vem kontaktar vem inför [[Valborg]]\n"
    "{first:1} → polisen ({full:2})\n"
    "{first:3} → {org}\n"
    "{first:4} → skolorna i {place}\n"
    "{first:5} → räddningstjänsten, {full:6}",
    # ------------------------------------------------------------------ teamschatt
    "samordnare|teamschatt|[{time}] {full:1}: har någon hört från polisen om bilbranden i {place}?\n"
    "[{time}] {full:2}: ja, ärende {case}\n"
    "[{time}] {full:1}: tack! lägger in det",
    "kommunpolis|teamschatt|{full:1}\n"
    "@{full:2} kan du ta med siffrorna för {place} till mötet?\n\n"
    "{full:2}\n"
    "Absolut 👍 {first:3} hjälper mig\n\n"
    "{full:3}\n"
    "Jag mejlar dem till {mail} före kl {time}",
    "faltassistent|teamschatt|{first:1}: någon som vet vem {nick:2} är?\n"
    "{first:3}: lillebror till {full:4}, bor på {addr}. socialsekreterare {sur:6} vet mer\n"
    "{first:1}: ok tack\n"
    "{lowf:5}: obs inga namn i lägesbilden!!",
    "bovard|teamschatt|{full:1} (Extern)\n"
    "Hej, kan någon från kommunen komma till {venue} i morgon?\n\n"
    "{full:2}\n"
    "Jag kan, kl {time}. Ring mig {mob}",
    "samordnare|teamschatt|Mötets chatt – EST {week}\n"
    "{full:1}: Jag är lite sen\n"
    "{full:2}: Ljudet hackar\n"
    "{full:3}: Länk till lägesbilden skickad till {mail}\n"
    "{full:4} lämnade mötet",
    "trygghetsvard|teamschatt|{lowf:1}: klotter igen på {street}\n"
    '{lowf:1}: taggen "{nick:2}"\n'
    "{first:3}: fotar du?\n"
    "{lowf:1}: ja skickar\n"
    "{first:3}: 🙏 lägger det till {org}",
    "sakerhetschef|teamschatt|{full:1} nämnde dig: @{full:2} vi behöver ett beslut om väktare till {venue} "
    "innan helgen. Kostnad ca {amount}.\n"
    "{full:2}: ok från mig. {first:3} godkänner? Kolla med ekonom {sur:4}\n"
    "{full:3}: Godkänt.",
    "fritidsledare|teamschatt|{first:1}: vem jobbar fredag?\n"
    "{first:2}: jag och {wfirst:3}\n"
    "{first:1}: bra. {sur:4|g} mamma ringde, pojken får inte komma mer\n"
    "{wfirst:3}: ok noterat, jag säger till {first:5}",
)
