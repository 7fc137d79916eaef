"""Frames of the thirty-fourth blind corpus, file c: the områdesansvarig's summaries, tenants' complaints as
they were pasted into the Beskrivning cell, and work orders (arbetsorder) with their Åtgärd. Each frame is
`role|style|template` (tests/blind34_fill.py says what a slot is)."""

# ruff: noqa: E501

FRAMES_C = (
    # ------------------------------------------------------------------ områdesansvarig
    "omradesansvarig|omradesansvarig|Sammanfattning {place} {week}\nKlotter: 6 st (sanerade av {org})\nSkadegörelse: 2 (glaskross entré {addr})\nStörning: 3, bl.a. {lgh}\nÖvrigt: {full:1} ny bovärd fr.o.m. {date}, ersätter {full:2}.\nOmr.ansv. {first:3}",
    "omradesansvarig|omradesansvarig|Till EST-gruppen: i {place} har vi haft återkommande inbrott i källarförråd, senast den {date} på {street}. Vi har bytt till kodlås. Kontaktperson hos oss är {full:1}, {tel}, {mail}. Vid akuta ärenden ring jouren. /{full:2}, områdesansvarig",
    "omradesansvarig|omradesansvarig|Områdesansvarig {sur:1} rapporterar att {full:2} ({addr}) sagts upp pga störningar. Avhysning planerad till den {date}. Kronofogden informerad. Från Hyresgästföreningen är {first:3} med.",
    "omradesansvarig|omradesansvarig|{full:1} (omr.ansv {place}) ang. ungdomar i trapphus:\nVi har pratat med {antal} familjer. {first:2|g} och {first:3|g} mammor lovar att prata med sina barn. Fältarna ({org}) bjuds in till möte {date}.",
    "omradesansvarig|omradesansvarig|Obs! {full:1} i {lgh} har anmält hot från en annan hyresgäst ({full:2}, {pnr}). Ärendet hos polisen: {case}. Personalen ska inte gå ensam till {addr} tills vidare. Info till {first:3}, {first:4} och fsk.",
    "omradesansvarig|omradesansvarig|Kvartalsuppföljning {place}: nedskräpningen vid {venue} har minskat efter att {org} satt upp fler kärl. Klottret ökar dock längs {street} och {pstreet}, och vid hållplatsen för {line}. Bovärd {wsur:1} föreslår belysning. //{first:2}",
    "omradesansvarig|omradesansvarig|Från {first:1} (områdesansvarig) {date}\nHej alla, bilbrand {street} natten till fredag, bil {plate} helt utbränd, ägare {comma:2}. Vi behöver bärgning, {sur:3} fixar. Kostnad ca {amount}.",
    "omradesansvarig|omradesansvarig|{place}: lugn vecka. Enda: {first:1} i {lgh} klagar på matos från grannen {full:2}, inte EST-relevant egentligen. Plus en moped utan regskylt som körs av {nick:3} på gårdarna, polisen känner till.",
    # ------------------------------------------------------------------ hyresgästers klagomål
    "hyresgast|klagomal|Hej! Jag heter {full:1} och bor på {addr}. Jag vill klaga på att det står en gammal bil ({plate}) på vår parkering sedan {date}. Det är inte okej!! Någon har även slagit sönder fönstret. Ring mig på {mob}\nMvh {first:1}",
    "hyresgast|klagomal|jag har ringt flera gånger nu om grannen i {lgh}. han skriker på nätterna och hotar min dotter {lowf:1}. vad gör ni?? {low:2}",
    "hyresgast|klagomal|Till {org}\nJag är TRÖTT på att ungdomar sitter i vår trappa på {street} varje kväll. Dom röker och lämnar skräp. En av dom heter {first:1} tror jag och hans kompis kallas {nick:2}. Jag har bott här i 20 år!!\n{full:3}, {lgh}",
    "hyresgast|klagomal|Klagomål från {full:1} (hg sedan 2009): hissen i {addr} har varit trasig i två veckor, hans fru {first:2} som har rullator kan inte komma ut. Har pratat med {first:3} på kundtjänst utan resultat. Vill ha svar snarast, {mail}",
    "hyresgast|klagomal|Goddag. Undertecknad {caps:1}, {addr}, vill påtala de störningar som förekommer från lägenheten ovanför. Musik och bråk varje helg, senast natten till den {date}. Jag har kontaktat {org} tidigare.\nMed vänlig hälsning {full:2}",
    'hyresgast|klagomal|Hej, det är {first:1} i {lgh}. Någon har klottrat på min dörr, typ hakkors!! Och i tvättstugan står det "{first:2} är en hora". Jag vet att det är killarna från {place}. Polisanmält: {case}',
    "hyresgast|klagomal|{first:1} + {first:2} ({addr}) har mailat ang. råttor vid soprummet och att grannen {sur:3} matar fåglar från balkongen. Tycker det är otryggt att gå ut på kvällen också pga mörkt vid {venue}.",
    'hyresgast|klagomal|Anonymt klagomål via hemsidan: "Det langas droger från {lgh}, bilar kommer och går hela natten ({plate2} och en vit Audi). Killen som bor där heter {full:1} tror jag." Skickat vidare till {first:2} och {org}.',
    # ------------------------------------------------------------------ arbetsorder
    "forvaltning|arbetsorder|Arbetsorder: Klottersanering\nAdress: {addr}\nFastighet: {fast}\nBeskrivning: svart spray på fasad och källardörr, ca 4 m2\nBeställare: {full:1}\nUtförare: {org}\nKostnad: {amount}",
    "forvaltning|arbetsorder|Åtgärd: byte av glasruta i entrédörr {addr} efter skadegörelse den {date}. Utförd av {first:1} ({org}), kostnad {amount}. Attesterad av {full:2}.",
    "forvaltning|arbetsorder|Fastighet {fast}, {addr}. Inbrott i {antal} förråd, dörrar bytta. Ansvarig fsk: {full:1}. Hg som drabbats: {full:2} ({pnr}), {full:3}. Polisanmälan {case}.",
    "forvaltning|arbetsorder|åtgärdat: låst soprummet {street} med nytt bricklås efter brand {date}. brickor delas ut av {lowf:1} på kontoret. /{first:2}",
    "forvaltning|arbetsorder|Beställning {org}: sanering klotter på fem platser i {place} ({street}, {venue}, tvättstugan). Ref: {full:1}. Fakturan märks {first:2}.",
    "forvaltning|arbetsorder|{full:1} (fsk) har utfört: borttagning av övergiven bil {plate} från {street} via bärgningsfirma, kostn {amount}. Ägaren ({full:2}, {pnr}) har fakturerats.",
    "forvaltning|arbetsorder|Arbetsorder {date}\nTyp: Belysning ur funktion\nPlats: gångväg bakom {venue}, {place}\nRapporterad av: {first:1} ({org})\nTilldelad: {sur:2}\nStatus: pågående\n[[Björk]] nedfallen över gångvägen också, {first:3} tar den.",
    "forvaltning|arbetsorder|Skadeanmälan internt: hiss {addr} vandaliserad, panel sönderslagen. Kamera visar två killar, en igenkänd av bovärd {wsur:1} som {first:2} från {lgh}. Kostnad enl. offert {amount}. Beslut: polisanmälan + samtal med vårdnadshavare {full:3}.",
)
