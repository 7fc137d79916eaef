"""Frames of the thirty-fourth blind corpus, file a: customer service's fault reports (felanmälan), the
fastighetsskötare's log and the bovärd's notes, as they reach the Beskrivning, Åtgärd and Kommentar cells of
a housing company's rows in the weekly EST report. Each frame is `role|style|template`
(tests/blind34_fill.py says what a slot is)."""

# ruff: noqa: E501

FRAMES_A = (
    # ------------------------------------------------------------------ felanmälan (kundtjänst)
    "kundtjanst|felanmalan|Hyresgäst {full:1} i {lgh} ringer ang. klotter i trh, {addr}. Svart spray på väggen mellan vån 2 och 3 + hisskorgen. Vill att det saneras innan helgen, hänt under {week} enl. hg. [[Inga]] skador i övrigt. Nås på {mob}.\nReg: {first:2} kundtjänst",
    'kundtjanst|felanmalan|Felanmälan via app:\n"Det är ungdomar som röker i källargången varje kväll, ca {antal} st. Dom har brutit upp dörren till cykelrummet. Jag har sagt till men dom skrattar bara" /{full:1}, {addr}\nKT {first:2}: skickat till fsk {sur:3} för lås + info till {org}.',
    "kundtjanst|felanmalan|{full:1} ({lgh}) anmäler störning från grannen ovanför, musik och skrik natten till lördag mellan kl {time}. Har hänt flera ggr senaste veckorna. Hg vill vara anonym mot grannen!! Kontakt {mail}",
    "kundtjanst|felanmalan|Samtal {date} kl {time} – {comma:1} ringer om att hennes bil {plate} fått sönderslagen ruta i garaget under {addr}. Polisanmält, K-nr {case}. Undrar om vi har kamera. Hänvisat till {first:2} på förvaltningen.",
    "kundtjanst|felanmalan|ang. nedskräpning vid miljöhuset {street}\nHg {low:1} ringde igen, 3:e gången. Sopor utanför kärlen, råttor?? Bovärd {first:2} informerad, städbeställning till {org}.",
    "kundtjanst|felanmalan|Klagomål: hundbajs, fimpar och glas på lekplatsen bakom {venue} ({place}). [[Rosa]] spray på rutschkanan också. Anmält av {full:1} och hennes granne {wfirst:2}",
    "kundtjanst|felanmalan|KUNDTJÄNST {date}\nÄrende: Inbrott källarförråd\nHg: {caps:1}, {addr}, {lgh}\nTel: {tel}\nBeskr: förrådet uppbrutet, cykel + vinterdäck borta. Hg har polisanmält ({case}).\nHandl: {first:2}",
    "kundtjanst|felanmalan|{first:1} på {org} ringde, deras väktare har sett {antal} personer i garaget på {street} flera nätter i rad. Vi ber {sur:2} (fsk) kolla låset på porten. Återkoppla till {first:1} på {mob}.",
    # ------------------------------------------------------------------ fastighetsskötarens logg
    "fastighetsskotare|fsk_logg|Fsk {first:1}: bytt lysrör i trh {addr}. Klotter på källardörren sanerat, nytt klotter i hissen – foto skickat till {first:2} på kontoret. {wfirst:3} från {org} kommer i morgon ang. låsbytet.",
    "fastighetsskotare|fsk_logg|dagbok fsk {week}\nmån: städat grovsoprum {street}, massa möbler, ringt {org} för hämtning\ntis: trasig ruta entré {addr}, lagat provisoriskt\nons: {lowf:1} i {lgh} klagar på lukt från källaren\n/{first:2}",
    "fastighetsskotare|fsk_logg|Brand i soprum {place} natten mot {date}. Fsk {sur:1} på plats kl {time}, sot på väggar + kärl smälta. Räddningstjänsten redan där. Sanering beställd, kostn. ca {amount}. Kollega {full:2} tog bilder.",
    "fastighetsskotare|fsk_logg|{full:1} och jag ({first:2}) gick runt i garaget {street}: två bilar utan skyltar + en Volvo {plate} som stått sen {date}, avställd. Lappat alla tre. Meddela {sur:3} på p-bolaget.",
    "fastighetsskotare|fsk_logg|Åtgärd: nytt lås förrådsdörr {addr} (uppbruten igen!!). Fastighet {fast}. Polisanm. av hg {full:1}, {case}.\nKommentar: tredje gången i år. Föreslår kamera, tar upp med {sur:2} på förvaltningsmötet.",
    "fastighetsskotare|fsk_logg|Ungdomar i trapphuset {addr} igen, ca {antal} st, snus och pizzakartonger. Pratade med två av dom, en sa han hette {first:1} och bor hos {nick:2} i huset bredvid. Bovärd {wsur:3} informerad.",
    "fastighetsskotare|fsk_logg|fsk-rond {place}, datum: {date}\n- belysning ur funktion gångvägen mot {venue}\n- övergiven cykel + moped utan reg vid {pstreet}\n- klotter på elskåp\nAnm: {first:1} från {org} var med. //{first:2}",
    "fastighetsskotare|fsk_logg|{lowf:1} ringde jouren, vattenläcka? nej – någon hade tömt pulversläckaren i trh {addr}. [[Stark]] lukt kvar. Sanerat. Fsk {first:2} / {first:3}",
    # ------------------------------------------------------------------ bovärdens anteckningar
    "bovard|bovard|Bovärd {full:1}, veckorapport {week}:\nLugnt i {place} förutom klotter vid tvättstugan och en husvagn som ställts på gästparkeringen ({plate2}). Pratat med {full:2} i {lgh} som haft inbrott i förrådet.",
    "bovard|bovard|Kort från mig ({first:1}): hyresgästmöte i lokalen på {street} igår, ca {antal} pers. Mycket prat om ungdomarna vid {venue} och att belysningen är trasig. {full:2} från {org} var med och lovade fler nattvandrare. {first:3|g} mamma ville prata enskilt om hot i trappan.",
    "bovard|bovard|Hej! {first:1} här, bovärd {place}. Boende ({full:2}) berättar att någon sover i cykelrummet {addr} sedan ett par veckor, luktar rök. Vill inte polisanmäla själv, nås på {tel}. Kan jouren ta en titt ikväll? Mvh {first:1}",
    'bovard|bovard|{caps:1} ({lgh}) har åter klagat på grannen, nu även hot: "jag ska sätta eld på din dörr". Uppmanat att polisanmäla. Hg säger att grannen kallas {nick:2}. Kontakt: {mob}. /bov. {sur:3}',
    "bovard|bovard|{date}: trygghetsvandring {place} med {first:1} (bov.), {full:2} ({kommun}) och {first:3} från {org}. Noterat: buskar vid {street} behöver klippas, mörkt vid hållplatsen för {line}.",
    "bovard|bovard|bovärd {lowf:1} och {lowf:2} tog bort klotter vid {venue} idag, ca 6 m2. Klottret hade namn i sig, fotat och skickat till polisen ({case}). Kostnaden blev {amount}, fakturan till {org}.",
    "bovard|bovard|Hg {full:1} hörde av sig om att hennes son ({ung} år) blivit rånad på mobilen vid {venue}. Polisanmält {case}. Hon undrar om vi kan sätta upp bättre belysning. Tar med det till {first:2} på områdesmötet {date}.",
    "bovard|bovard|Bovärdsrapport {place}\nPeriod: {week}\nAtt notera: hg {wsur:1} i {lgh} har fått dörren sparkad, inget stulet. {full:2} ({addr}) har ett övergivet fordon {plate} på sin p-plats, anmält till p-bolaget.\nRapporterat av {first:3}",
)
