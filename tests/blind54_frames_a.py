"""Frames of the fifty-fourth blind corpus, first file: the police's reports of frauds against elderly people
(polisanm), the kommunpolis' hasty notes to the EST group (kommunpolis) and the banks' fraud teams writing to
the kommun, to relatives or in their own logs (bankkontakt). `role|style|template`; slots as in
tests/blind54_fill.py."""

from __future__ import annotations

FRAMES_A = (
    # ---------------------------------------------------------------- polisanm
    "polis|polisanm|Anmälan bedrägeri. Målsägande {full:1} ({pnr}), {addr}, {place}. MÄ uppger att hon"
    " blev uppringd {date} kl {time} på sin fasta telefon {tel} av en man som presenterade sig som"
    " {full:2} från säkerhetsavdelningen på {bank}. Mannen bad MÄ legitimera sig med BankID för att"
    ' "stoppa ett köp". Totalt överfördes {amount}. MÄ:s dotter {first:3} upptäckte transaktionerna.',
    "utredare|polisanm|K-nummer {case}\nBrottsrubricering: Bedrägeri, grovt brott\nMålsägande: {caps:1},"
    ' {pnr}\nMisstänkt: okänd gärningsperson, uppgav namnet "{full:2}" och ringde från {mob}\nHändelse:'
    " MÄ uppringd av falsk polis som uppgav att hennes smycken och kontanter var i fara. En kurir, ung man"
    " ca {ung} år, hämtade {amount} och två guldringar vid dörren på {addr} kl {time}.\nHandläggare:"
    " {init:3}",
    "polis|polisanm|Bedrägeri, {place}. {full:1} ({aldre} år) blev uppringd {date} av en person som sa sig"
    " vara polisinspektör {sur:2}. Hon ombads läsa upp sina kortuppgifter och koder. Kortet är spärrat i"
    " efterhand men {amount} hann tas ut i automat vid {venue}. Anhörig: sonen {full:3}, {mob}.",
    "polis|polisanm|Händelse {date}. Anmälare {full:1} ringde 114 14 och berättade att två män i gula"
    ' västar påstod sig komma från {org} och behövde "kontrollera vattnet" hos grannen {full:2},'
    " {addr}, {lgh}. När de gått saknades smycken och ca {amount} i kontanter. Vit skåpbil, reg {plate},"
    " sågs lämna {street}. Förhör hålls av inspektör {sur:3}.",
    "utredare|polisanm|Förundersökning inledd. MÄ {comma:1}, född {pnr}. Gärningspersonen ska ha ringt från"
    ' dolt nummer och senare från {mob} och presenterat sig som "{first:2} på bedrägerisektionen". MÄ'
    " loggade in med BankID på uppmaning och {amount} fördes över till ett konto i {bank}. Förhör med MÄ:s"
    " barnbarn {first:3} och {first:3|g} pojkvän {full:4} planeras {week}.",
    "polis|polisanm|Ärende {case}: Kortbedrägeri. {full:1}, {aldre} år, {place}. Okänd man ringde och sa"
    ' att han var från kortföretaget, därefter kom en "budbärare" och hämtade kortet i ett kuvert. Kortet'
    " användes samma dag kl {time} vid {venue} och hos en guldhandlare. Bilen som budet åkte i var"
    " registrerad på {full:2} ({snr}), {addr}. Vidare utredning: insp. {sur:3}.",
    'polis|polisanm|{full:1} uppger att hon fått sms från "Postnord" om en avgift, klickade på länken och'
    " loggade in."
    " Därefter ringde en man som kallade sig {first:2} från {bank} och sa att pengarna skulle flyttas till"
    ' ett "säkert konto". Hon förlorade {amount}. Hon har inte gett koder till någon, enligt dottern'
    " {full:3} ({mail}).",
    "utredare|polisanm|Kompletterande uppgifter {date}:\n- MÄ {full:1} har identifierat rösten som samma"
    " man som ringde grannen {low:2} (!) på {street}\n- Nummer som använts: {mob}, {mob:2}\n-"
    " Swish-mottagare: {full:3}, {snr}\n- Kurir sedd i {place}, ljus jacka, ca {ung} år\nUtr: {init:4}",
    # ------------------------------------------------------------- kommunpolis
    "kommunpolis|kommunpolis|Inför avstämningen {week}: tre anmälningar om falska poliser i {place}, alla mot"
    " kvinnor över 80. En av dem ({full:1}) gick inte på det och ringde oss. Kurir sedd vid {venue} kl"
    " {time}, klev sedan på {line}. Bil {plate}. Kollegan {sur:2} har kontakt med {org}.",
    "kommunpolis|kommunpolis|hej! snabb rapport till EST-mötet. telefonbedrägerier ökar igen i {place}, mest"
    ' "barnbarnet"-varianten och falska bankmän. {first:1} på äldreomsorgen tipsade om att {full:2} på'
    ' {addr} fick besök {date} av två män som ville "byta ut hennes bankdosa". vi har pratat med henne.'
    " mvh {first:3}, kommunpolis",
    "kommunpolis|kommunpolis|Lägesbild bedrägerier äldre {week}\nI {place}: två försök, ett fullbordat"
    ' ({amount})\nI {place:2}: ett försök (dörrförsäljare, "solceller")\nKontaktperson i ärendet {case}:'
    " {full:1}, anhörig, {mob}\nÖvrigt: {first:2} från {org} vill ha affischer till {venue}.",
    "kommunpolis|kommunpolis|Kort från mig ({first:1}): bedragarna spoofar numren så att det ser ut att vara"
    " {bank} som ringer. Två fall {date} i {place}, båda via BankID. Den ena, herr {wsur:2}, bor granne med"
    " förra veckans offer. Jag har lämnat broschyrer hos {org}.",
    "kommunpolis|kommunpolis|Till samordnare {first:1}: Ang. dörrknackarna i {place} — det är samma sällskap"
    " som i {place:2} förra månaden. Vi har namn på en av dem, {full:2}, {snr}, och bilen {plate2}. Säljer"
    ' "trygghetslarm" för {amount}. Tips till boende: släpp inte in. /{nick:3}',
    "kommunpolis|kommunpolis|{first:1} ({org}) ringde kl {time} – en av deras medlemmar, {low:2}, har"
    " blivit lurad på {amount} av"
    ' en "polis" som kom hem till {addr}. Jag tog anmälan direkt, {case}. Hon bor ensam, hemtjänst via'
    " {kommun}.",
    "kommunpolis|kommunpolis|Ärende: falsk bankman {place}\nDatum: {date}\nMÄ: {full:1}, {aldre} år\nGP"
    ' uppgav sig heta "{full:2}" och ringde från {tel}\nMÄ:s son {first:3} har varit i kontakt med {bank}.'
    " Inget mer att göra från vår sida just nu.\n/{init:4}, kommunpolis {place:2}",
    "kommunpolis|kommunpolis|[[Viktigt]] till EST-gruppen {week}: en man som kallar sig {full:1} ringer runt"
    ' till äldre i {place} och säger att han är från {kommun} och ska "uppdatera hemtjänstavgiften". Han'
    " vill ha kortnummer. Om någon får samtal, ring 114 14. Vi har ett ärende ({case}) på det. //"
    " {caps:2}",
    # ------------------------------------------------------------- bankkontakt
    "bank|bankkontakt|Hej,\nJag heter {full:1} och arbetar på bedrägeriavdelningen, {bank}. Vi har under"
    " {week} sett flera misstänkta överföringar från äldre kunder i {place}. En av dem, {full:2}, har"
    " godkänt betalningar med BankID i tron att det var polisen som ringde. Kan ni på kommunen nå ut till"
    " {org}?\nMed vänlig hälsning\n{first:1}\n{tel}",
    "bank|bankkontakt|Ärendeanteckning {date} kl {time}\nKund: {comma:1}, {pnr}\nKontakt via: dotter"
    " {full:2}, {mob}\nHändelse: kunden har lämnat ut kort och kod till person som kom hem till {addr}."
    " Kortet spärrat. Uttag om {amount} gjorda i {place}. Rekommenderat polisanmälan.\nHandläggare:"
    " {full:3}",
    "bank|bankkontakt|Till: {mail}\nÄmne: Er mamma {full:1}\n\nHej {first:2},\nvi har stoppat en"
    " överföring på {amount} från din mammas konto. Den gjordes {date} kl {time} till ett konto som vi vet"
    " används av bedragare. Ring mig gärna på {tel}.\n/{full:3}, {bank}",
    "bank|bankkontakt|{bank} – säkerhetsnotis\nKunden {full:1} ({aldre} år) ringde själv kl {time} och"
    ' berättade att hon "hjälpt en polis" genom att logga in på sin dator. Fjärrstyrningsprogram'
    " installerat. Vi har spärrat BankID och kort. Kontaktperson hos polisen enligt kunden: {sur:2}."
    " Barnbarnet {wfirst:3} hjälper henne med ny legitimation.",
    "bank|bankkontakt|Hej {first:1}! Tack för samtalet. Som sagt: vi på {bank} ringer ALDRIG och ber kunder"
    " att logga in med BankID eller lämna ut koder. Det gäller även medlemmarna i {org}. Ni får gärna ta"
    " med det på mötet {date} på {venue}.\nHälsningar {full:2}, kundansvarig, kontoret i {place}",
    "bank|bankkontakt|Samtalslogg {date}\n{time} Inkommande från {full:1} (anhörig till kund {full:2},"
    " {pnr})\n{time:2} Kontroll av transaktioner: {amount} till okänd mottagare\n{time:3} Kunden kontaktad"
    " på {tel}, bekräftar att hon inte godkänt\nÅtgärd: spärr, reklamation, hänvisat till polisen."
    " /{first:3}",
    "bank|bankkontakt|Vi vill uppmärksamma er på ett nytt upplägg i {place}: bedragare ringer och säger att"
    ' kundens kort "läcker" och att en kollega, ofta kallad {first:1}, kommer och hämtar det. Drabbade'
    " hittills: {full:2}, {full:3}. Kortet hämtas ofta inom en timme. Vänligen, {full:4}, {bank}",
    "bank|bankkontakt|Återkoppling till {first:1} på {kommun}: kunden {init:2} på {street} har fått tillbaka"
    " {amount} efter reklamation. Hennes son {full:3} bad oss tacka hemtjänstpersonalen, särskilt"
    " {nick:4}, som larmade. Mvh {full:5}, {tel}, {bank}",
)
