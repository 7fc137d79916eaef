"""Frames of the twenty-sixth blind corpus, second file: forwarded e-mail threads (Outlook headers,
"Vidarebefordrat meddelande"), replies quoting earlier mail with ">", and plain e-mails with greetings and
signatures. `role|style|template`; slots as in tests/blind26_fill.py."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # ------------------------------------------------------------------ vidarebefordrat
    "samordnare|vidarebefordrat|Hej {first:1}!\nSe nedan, kan du ta med det till EST på torsdag?\n"
    "/{first:2}\n\n"
    "---------- Vidarebefordrat meddelande ----------\n"
    "Från: {full:3}\nSkickat: {sent}\nTill: {full:2}\nÄmne: Bilbrand {place}\n\n"
    "Hej,\nI natt brann en bil, {plate}, utanför {addr}. Grannen {full:4} ringde 112.\n"
    "Mvh {first:3}",
    "kommunpolis|vidarebefordrat|VB: Skadegörelse {venue}\n\n"
    "{first:1}, till din kännedom. Anmälan upprättad, {case}.\n\n"
    "Från: {comma:2}\nSkickat: {sent}\nTill: Polisen {place}\nKopia: {mail}\n"
    "Ämne: Skadegörelse {venue}\n\n"
    "Hej!\nSkolan har fått tre fönster krossade under helgen. Vaktmästaren {sur:3} upptäckte det på "
    "måndagsmorgonen. Kostnad ca {amount}.\n\n"
    "Hälsningar\n{full:2}\nRektor\n{tel}",
    "bovard|vidarebefordrat|Från: {full:1}\nSkickat: {sent}\nTill: {full:2}; {full:3}\n"
    "Ämne: VB: störningar {addr}\n\n"
    "Vidarebefordrar från en hyresgäst, se nedan. {first:2}, kan polisen åka förbi?\n\n"
    "-----Ursprungligt meddelande-----\nFrån: {mail}\nSkickat: {sent}\n"
    "Ämne: störningar\n\nhej det är fest varje natt i {lgh} och folk röker på i trapphuset. "
    "jag vågar inte gå ut.\nmvh {lowf:4}",
    "faltassistent|vidarebefordrat|Fwd: oro kring {venue}\n\nHej {first:1} och {first:2},\n"
    "Fick detta från en förälder i går. Jag har ringt upp henne.\n{first:3}\n\n"
    "> Från: {full:4}\n> Datum: {date}\n> Till: fältgruppen\n>\n"
    "> Min son ({ung}) blev rånad på sin jacka vid hållplatsen för {line}. Han säger att det var "
    "{nick:5} och två till. Ring mig på {mob}.",
    "sakerhetschef|vidarebefordrat|Till: {full:1}\nKopia: {full:2}, {full:3}\n"
    "Ämne: VB: Rapport från {org} {week}\n\n"
    "Hej {first:1}, vidarebefordrar väktarrapporten. Notera punkt 3.\n\n"
    "---------- Forwarded message ---------\nFrom: {full:4}\nDate: {sent}\nSubject: Rapport {week}\n\n"
    "1. Larm {venue} kl {time}, inget funnet\n2. Ungdomar avvisade från {venue}\n"
    "3. Bil {plate2} körde på gångvägen vid {street}, förare ca {vuxen} år\n"
    "/{first:4}",
    "samordnare|vidarebefordrat|Skickat från min iPhone\n\nBörjan av vidarebefordrat meddelande:\n\n"
    "Från: {full:1}\nDatum: {sent}\nTill: {full:2}\nKopia: {mail}\nÄmne: SV: Trygghetsvandring {place}\n\n"
    "Hej {first:2}!\nVi från {org} kommer gärna. Jag tar med {full:3} från styrelsen.\n"
    "Mvh {first:1}",
    "kommunpolis|vidarebefordrat|VB: tips om narkotikaförsäljning\n\n"
    "{first:1}, detta kom till kommunens kontaktcenter. Jag har lagt in det som tips.\n/{full:2}\n\n"
    "Från: Kontaktcenter {kommun}\nSkickat: {sent}\n\n"
    "Anonym uppringare uppger att försäljning sker från {lgh} på {addr}. Uppgav även att "
    "en vit Golf, {plate}, brukar stå utanför. Uppringaren ville inte lämna namn.",
    "fritidsledare|vidarebefordrat|Hej {first:1}, skickar vidare från {first:2} på skolan\n\n"
    "---- Vidarebefordrat ----\nFrån: {full:2}\nTill: {low:3}; {full:1}\nÄmne: ang. fredag\n\n"
    "Hej!\nEfter bråket vid {venue} i fredags (mentor {sur:5} var där) har vi pratat med eleverna. "
    "Vi har ingen mer information än att det var elever från åk 9. Pappa till en av dem, {full:4}, "
    "vill träffa er. Hans nummer är {mob}.\n\nMed vänlig hälsning\n{full:2}\nKurator",
    # ------------------------------------------------------------------ mejlsvar
    "samordnare|mejlsvar|Hej {first:1},\nTack! Jag lägger in det i veckans lägesbild.\n\n"
    "{first:2}\n\n"
    "> {sent} skrev {full:1}:\n>\n> Hej {first:2}!\n> Ytterligare en brand i soprummet på {addr} i natt. "
    "Räddningstjänsten var där kl {time}.\n> /{first:1}",
    "bovard|mejlsvar|SV: SV: Klotter {place}\n\n"
    "Det är beställt. {wfirst:1} på driften åker ut i morgon.\n\n"
    "Från: {full:2}\nSkickat: {sent}\nTill: {full:3}\nÄmne: SV: Klotter {place}\n\n"
    "Kan ni sanera innan helgen? Det står {nick:4} överallt på väggen vid {venue}.\n\n"
    "Från: {full:3}\nÄmne: Klotter {place}\n\nHej, klotter på {pstreet}, bild bifogad.",
    "kommunpolis|mejlsvar|Hej!\nVi har fått in anmälan, {case}. Ni behöver inte göra något mer.\n"
    "Mvh\n{full:1}\nKommunpolis, lokalpolisområde {place}\n{mob}\n\n"
    ">> Hej {first:1},\n>> En boende, {full:2}, ringde om att hennes bil {plate} blivit skadad "
    "i garaget under {street}.\n>> Hälsningar {first:3} ({org})",
    "trygghetsvard|mejlsvar|sv: rond fredag\n\nok låter bra! jag och {lowf:1} börjar vid {venue} kl {time}.\n"
    "/{first:2}\n\n"
    "Den {date} skrev {full:3}:\n"
    "> Hej båda! Kan ni ta en extra rond på fredag? {first:4} från {org} har sett folk i källaren, enligt"
    " vaktmästare {sur:5}.\n"
    "> Svara till {mail}\n> {first:3}",
    "samordnare|mejlsvar|Hej {first:1} och {wfirst:2}!\n\n"
    "Svar inline nedan.\n\n{first:3}\n\n"
    "> 1. Kan polisen komma på mötet {date}?\n JA, kommunpolis {sur:4} kommer.\n"
    "> 2. Vem har nycklarna till {venue}?\n {full:5}, nås på {tel}.\n"
    "> 3. Budget för sommarlovet?\n {amount}, beslutat av BRÅ.",
    "rektor|mejlsvar|SV: Händelse på skolgården\n\n"
    "Tack {first:1}. Eleverna heter inte {nick:2} utan det är ett smeknamn. Vi återkommer.\n\n"
    "{full:3}\nRektor, {venue}\n{tel}\n\n"
    "Från: {full:1}\nSkickat: {sent}\n"
    "> Hej! Vi fick rapport om slagsmål vid {venue} i går kväll. Vet ni vilka som var inblandade?",
    "faltassistent|mejlsvar|Re: Re: nattvandring {week}\n\n"
    "{first:1} – jag kan inte på lördag. Fråga {first:2} eller {nick:3}?\n"
    "/{lowf:4}\n\n"
    "> {first:1} wrote:\n> Vi behöver fyra vuxna per kväll. Samling {venue} kl {time}. "
    "Anmäl er till {full:5}, {mob}.",
    "bovard|mejlsvar|SV: Förråd uppbrutna\n\n"
    "Hej {wfirst:1}!\nTack för infon. Jag har pratat med hyresgästen i {lgh}, {full:2}, som bekräftar.\n"
    "Polisanmälan: {case}\n{full:3}\nBovärd, {org}\n\n"
    "---\nFrån: {full:1}\n> Flera förråd i källaren på {addr} är uppbrutna.",
    # ------------------------------------------------------------------ mejl_signatur
    "samordnare|mejl_signatur|Hej alla!\n\n"
    "Här kommer veckans lägesbild för {place} ({week}). Sammanfattning: rött läge efter skottlossningen "
    "vid {venue}.\n{first:1} och {first:2} har kontakt med polisen.\n\n"
    "Med vänlig hälsning\n\n{full:3}\nSamordnare brottsförebyggande arbete\n{kommun}\n"
    "Telefon: {tel}\nMobil: {mob}",
    "kommunpolis|mejl_signatur|Hej {first:1}!\n\nJag skulle behöva prata med {full:2} om bilen, {plate2}, "
    "som brann på {street}. Kan du be honom ringa mig? Han har samordningsnummer {snr} enligt vår logg.\n"
    "\nMvh\n{caps:3}\nKommunpolis\n"
    "Polisen, lokalpolisområde {place}\n{mob}",
    "faltassistent|mejl_signatur|Hej {first:1} och {first:2}\n"
    "Fältgruppen har varit ute tre kvällar. Vi åkte med {line} och träffade {antal} ungdomar vid {venue},"
    " bland dem "
    "{nick:3}. Lugnt.\n\nHälsningar\n{full:4}\nFältassistent\nSocialtjänsten, {kommun}\n"
    "{mob}\n\nDetta mejl kan innehålla sekretesskyddad information.",
    "bovard|mejl_signatur|Till: {full:1}\nÄmne: Störning {addr}\n\nHej!\n"
    "Hyresgästen {full:2}, {lgh}, har anmält hot från grannen. Jag har bett henne kontakta polisen.\n"
    "Personnummer enl. kontrakt: {pnr}\n\n//{full:3}\nBovärd | {org}\n{tel}",
    "fritidsledare|mejl_signatur|hej {lowf:1}!\n\nfredag blev stökig. {lowf:2} fick slänga ut "
    "några vid {venue} runt {time}. inga skador.\n\nkram {first:3}\n\n--\n{full:3}\n"
    "Fritidsledare\n{venue}\n{mob}",
    "samordnare|mejl_signatur|Ämne: Inbjudan trygghetsvandring {place}\n\n"
    "Hej {first:1}, {first:2} och {wfirst:3}!\n"
    "Välkomna på trygghetsvandring {date}. Vi samlas vid {venue} kl {time}.\n"
    "Anmälan till {mail}.\n\nVänliga hälsningar\n{full:4}\n{kommun}",
    "socialsekreterare|mejl_signatur|Hej {first:1}!\n\n"
    "Angående pojken vi pratade om: han är född {pnr} och bor hos sin moster {full:2} på {addr}. "
    "Jag skickar orosanmälan i dag.\n\n"
    "Mvh\n{init:3}\nSocialsekreterare, barn och unga\n{tel}",
    "polis|mejl_signatur|Hej {full:1}!\nTack för samtalet. Jag har noterat uppgifterna om mannen med "
    "samordningsnummer {snr}. Vi har honom i ärende {case}.\n\n"
    "Med vänlig hälsning\n{full:2}\nPolisinspektör\n{tel}\n\nKopia: {full:3}",
)
