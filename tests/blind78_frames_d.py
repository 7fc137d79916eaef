"""Frames of the seventy-eighth blind corpus, part d: booking mails (confirmations, cancellations, group
bookings, damage charges), the kommunpolis' notes on hotels and rented flats, and hostels' logs and staff
notes. Slots are filled by tests/blind78_fill.py."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # ---- bokningsmejl: bookings
    "bokning|bokningsmejl|Bokningsbekräftelse {bok}\n{venue}\nGäst: {full:1}\nIncheckning: {date} från kl"
    " {time}\nUtcheckning: {date} senast kl {time}\nRumstyp: Dubbelrum superior, {natter} nätter\nTotalt:"
    " {amount}\nErbjudande: [[Bo]] tre nätter, betala för två\nKontakt: {mail}",
    "bokning|bokningsmejl|Hej {first:1},\ntack för din förfrågan om konferens i {konf} den {date}. Priset"
    " är {amount} per person inkl. lunch och fika. Vi har preliminärbokat för {antal} deltagare. Återkom"
    " senast {week}.\nVänliga hälsningar\n{full:2}\nKonferensavdelningen, {venue}\n{tel}",
    "bokning|bokningsmejl|Fwd: Avbokning\n\nFrån: {full:1} <{mail}>\nDatum: {date}\n\nHej, jag måste tyvärr"
    " avboka rummen för mig och min kollega {full:2} (bokningsnr {bok}). Vi kan inte resa från {place}"
    " eftersom {line} inte går pga strejk. Kan ni återbetala {amount}?",
    "bokning|bokningsmejl|Gruppbokning – {org}\nKontaktperson: {comma:1}, {mob}\nAnkomst {date}, {antal}"
    " rum, varav ett tillgänglighetsanpassat för {first:2}\nFaktura till {addr}, att. {sur:3}\nBussen från"
    " {place} anländer kl {time}",
    "bokning|bokningsmejl|Hej!\nVi har debiterat ert kort {amount} för skador i rum {rum} under vistelsen"
    " {date}. Enligt vår personal ({first:1} och {first:2}) var tavlan sönder och mattan bränd. Frågor?"
    " Ring {tel}.\n{full:3}, receptionschef",
    "bokning|bokningsmejl|Kära {full:1},\nvälkommen till {venue}! Ditt rum är klart från kl {time}."
    " Parkering i garaget kostar {amount} per dygn, registrera bilen ({plate}) i receptionen. Närmast går"
    " {line}. Vi ses!\n{first:2} och teamet",
    "bokning|bokningsmejl|Ombokning: {full:1} flyttas från {venue} till {venue} pga överbokning, {natter}"
    " nätter, mellanskillnaden {amount} betalas av oss. Taxi från {org} beställd till kl {time}."
    " Handläggare: {first:2}",
    "bokning|bokningsmejl|BOOKING {bok}\nGuest name: {caps:1}\nPassport: {pass}\nPhone: {mob}\nArrival:"
    " {date}\nSpecial request: Please put us next to {full:2} (same group)\nRate: {amount}",
    # ---- kommunpolis: the kommunpolis' notes
    "kommunpolis|kommunpolis|Veckosammanfattning {week}, {place}: Två ärenden kopplade till korttidsuthyrda"
    " lägenheter. Det ena på {addr}, där {full:1} ({pnr}) greps för narkotikabrott, {case}. Det andra"
    " gällde bråk på {venue}.",
    "kommunpolis|kommunpolis|Polisen fick kl {time} larm om misshandel på {venue}. En man i 30-årsåldern,"
    " {full:1}, skadades i huvudet och fördes till {inst}. Misstänkt är {full:2}, {vuxen} år, som greps på"
    " {street}. Hnr {case}. Vittne: nattportier {sur:3}.",
    "kommunpolis|kommunpolis|Kommunpolisen informerar (trygghetsmöte {date}): Vi ser en ökning av"
    " prostitution i lägenhetshotell i {place}. Vi har pratat med {org} och med hotellchefen {wsur:1}. Tips"
    " tas emot på 114 14 eller {mail}.",
    "kommunpolis|kommunpolis|Händelse {case}\nPlats: {venue}, rum {rum}\nInblandade: {comma:1} (anmälare),"
    " {comma:2} (misstänkt)\nBrottsrubricering: olaga hot\nFordon: {plate2}\nHandläggare: {init:3}",
    "kommunpolis|kommunpolis|{full:1} ({snr}) anhölls {date} efter att ha hyrt ut {antal} lägenheter i"
    " {place} som ”hotell” utan tillstånd. Lägenheterna, bl.a. {addr} och {lgh} på {street}, användes"
    " enligt polisen för prostitution. Fastighet {fast}. Kontaktperson hos {kommun}: {full:2}.",
    "kommunpolis|kommunpolis|Sammanfattning natt: Stöld från hotellrum på {venue}, ur rum {rum} stals en"
    " dator. Gästen {full:1} misstänker en person som kallas {nick:2}. Kameror granskas. Anmälan {case}.",
    "kommunpolis|kommunpolis|Till {org}: Vi begär uppgifter om gäster i rum {rum} mellan {date} och {date},"
    " särskilt {full:1}, {pnr}, och {first:1|g} sällskap {first:2}. Kontakta utredare {sur:3} på {tel}.",
    "kommunpolis|kommunpolis|Lokal lägesbild {week}\n• {place}: inbrott i bil utanför {venue}, reg"
    " {plate}\n• {place}: störning korttidsuthyrning {street}\n• Ungdomar ({ung} år) i hotellobbyn, en"
    " heter enligt personalen {first:1}\nKontakt: kommunpolis {full:2}",
    # ---- hostellogg: hostels
    "hostel|hostellogg|Hostel log {date}\n- Bed {rum}B: {first:1} from {place}, paid {amount} cash\n- Dorm"
    " 6: {full:2} complained about snoring lol\n- {nick:3} checked out without returning locker key"
    " (deposit kept)\n/{first:4}",
    "hostel|hostellogg|Logg {venue}\n{time} {full:1} och en kompis försökte ta in alkohol i sovsalen,"
    " tillsagda.\n{time} Brandlarm, någon rökte på toaletten plan {vaning}. Utrymning, alla ute på {street}"
    " i tio minuter.\n{time} Allt ok. Signerat {first:2}",
    "hostel|hostellogg|Till personalen: gäst i säng {rum} ({full:1}) har bott här i {natter} veckor och"
    " betalar med olika kort. Kolla med {first:2} innan nästa förlängning. Han har också lånat ut sitt"
    " nyckelkort till {nick:3}.",
    "hostel|hostellogg|Shift notes (kl {time} till {time})\nRoom {rum}: {first:1} and {first:2} fighting,"
    " calmed down. [[Will]] check again later\nLocker 14 broken into, owner {caps:3}, reported to police"
    " {case}\nLost & found: phone, belongs to someone called {wfirst:4}",
    "hostel|hostellogg|{first:1} (volontär) skriver: i natt sov {antal} personer på golvet i sovsal"
    " {vaning}, inga bokningar. En av dem sa att han heter {first:2} och kommer från {place}. Jag ringde"
    " {first:3} som har jouren, {mob}.",
    "hostel|hostellogg|Logg {date} – {venue}\nIncheckade: {antal} gäster\nProblem: {low:1} vägrade visa"
    " pass, fick inte checka in. Sov i lobbyn till kl {time}.\nSamtal från {tel}, någon som frågade efter"
    " {first:2}.\n– {nick:3}",
    "hostel|hostellogg|Hej {first:1}! Kan du ta nattpasset på lördag? {first:2} är sjuk. Det är fullbokat,"
    " {antal} gäster från en skolresa från {place}. Lärare {sur:3} har ansvar för dem, mobil {mob}. De"
    " kommer med {line}.",
    "hostel|hostellogg|Ta bort ur systemet enligt GDPR: {comma:1}, {mail}, {mob}. Begäran inkom {date} via"
    " {org}. Utförd av {first:2} samma dag.",
)
