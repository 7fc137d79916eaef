"""Frames of the thirty-seventh blind corpus, part b: rektors' e-mails, kuratorers' notes and the
fritidshem's day book (tests/blind37_corpus.py). Typed by the helper; slots as in tests/blind37_fill.py."""

FRAMES_B = (
    # ---- rektor_mejl: a rektor's e-mail to the förvaltning or the EST group
    "rektor|rektor_mejl|Hej {first:1},\n\nvi har haft en orolig vecka på {school}. Två elever i {klass} "
    "har hotats av ungdomar vid {venue} efter skoltid. Jag har pratat med kommunpolis {sur:2} och vi "
    "gör en orosanmälan för en av eleverna.\n\nHör av dig om du vill veta mer.\n{full:3}\nRektor "
    "{school}",
    "rektor|rektor_mejl|Från: {full:1} <{mail}>\nÄmne: Skadegörelse helgen {week}\n\nUnder helgen "
    "krossades fyra fönster på baksidan mot {street}. Vaktmästare {full:2} upptäckte det på måndagen. "
    "Polisanmälan har nummer {case}. Kostnaden hamnar runt {amount}.",
    "rektor|rektor_mejl|Hej alla mentorer,\nefter incidenten på skolbussen ({line}) igår vill jag att "
    "ni pratar med era klasser. Det gäller {first:1} i {klass} som blev slagen av en elev från "
    "{school}. Mamma {full:2} har kontaktat mig och är orolig.\n/{first:3}",
    "bitr rektor|rektor_mejl|Till {org}\n\nVi vill uppmärksamma er på att ungdomar samlas varje kväll i "
    "trapphuset på {addr} ({fast}) och röker. Flera av våra elever bor där och känner sig otrygga. En elev "
    "({first:1}) har berättat att hon inte vågar gå hem ensam.\n\nMvh {full:2}, bitr. rektor",
    "rektor|rektor_mejl|{full:1},\n\ntack för samtalet idag. Som jag sa har {first:2} ({ung} år) "
    "varit frånvarande tre veckor och vi har gjort en orosanmälan till socialtjänsten. Du kan nå mig "
    "på {tel} eller {mob}.\n\nHälsningar\n{full:3}",
    "rektor|rektor_mejl|Kort lägesrapport {school} {week}\n– Klotter på idrottshallen (tags, ca 3 m)\n"
    "– En elev hotad med kniv vid {place}, polisanmält {case}\n– Personal: {full:1} sjukskriven efter "
    "slag från elev\n\n/{full:2}",
    "rektor|rektor_mejl|Hej {wfirst:1}!\n\nJag återkommer om händelsen med din son {first:2}. Vi har "
    "pratat med de inblandade, {first:3} och {first:4}, och deras vårdnadshavare. Skolan upprättar "
    "en handlingsplan. [[Klara]] besked om åtgärder får du på mötet {date}.\n\nRektor {wsur:5}",
    "rektor|rektor_mejl|Till: kommunpolis {full:1}\nKopia: {full:2}, {org}\n\nEn förälder "
    "({full:3}) har sett en bil ({plate2}) som stannar vid skolan och pratar med elever på "
    "eftermiddagarna. Kan ni ha extra koll vid {street} mellan kl {time} och 16?",
    # ---- kurator_anteckning: a kurator's notes (only the part that reaches the picture)
    "kurator|kurator_anteckning|Samtal med {first:1}, {klass}. Berättar om hot i skolans trappa från "
    "{nick:2} och en till. Vill inte att vi kontaktar hemmet. Bedömning: orosanmälan. Anmälan skickad "
    "{date}. Rektor {sur:3} informerad.",
    "kurator|kurator_anteckning|{date}\nElev: {full:1} ({pnr})\nAdress: {addr}, {lgh}\nAnledning: "
    "bråk i omklädningsrummet med "
    "{full:2}\nSamtal: båda elever, var för sig. {first:1} uppger att {first:2} slog först.\n"
    "Vh kontaktade: ja",
    "kurator|kurator_anteckning|Anteckning efter möte med mamma {full:1}. Hon oroar sig för att "
    "{lowf:2} hänger med äldre killar vid {venue}. Hon har själv sett {nick:3} där. Hänvisat till "
    "fältsekreterare {sur:4}. Ny tid {date}.",
    "kurator|kurator_anteckning|Kuratorn {sur:1} har träffat {first:2} och {first:3} efter bråket i "
    "matsalen. {first:2} säger att {first:3} kallat honom saker om hans familj. [[Bror]] till "
    "{first:3} ska ha hotat efter skolan. Vårdnadshavare informerade. Uppföljning {week}.",
    "kurator|kurator_anteckning|KURATORSANTECKNING\nNamn: {comma:1}\nSamordningsnummer: {snr}\n"
    "Bor: {addr}, {lgh}\nÄrende: utsatt för rån av mobil vid {venue}. Polisanmälan {case}. "
    "Stödsamtal bokat hos kurator {wsur:2}.",
    "kurator|kurator_anteckning|Ringt socialsekreterare {full:1} angående {first:2} ({ung}). Hon har "
    "fått vår orosanmälan. Socialtjänsten kallar familjen. Kontakt: {tel}. Pappa {low:3} vet inte "
    "om det ännu.",
    "kurator|kurator_anteckning|{first:1} berättade att {first:2} tvingat honom att ge bort {amount} "
    "vid busshållplatsen på {street}. Har hänt flera gånger. Vill ha hjälp. Rektor {wsur:3} och "
    "mentor {sur:4} vet. Polisanmälan görs av skolan.",
    "kurator|kurator_anteckning|Möte EHT {week}: {first:1} ({klass}) – hög frånvaro, rykten om att "
    "hen säljer snus åt äldre. {first:2} ({klass}) – konflikt med {first:3}, lugnare nu. "
    "Antecknat av {full:4}",
    # ---- fritidshem_dagbok: the fritidshem's day book
    "fritidspedagog|fritidshem_dagbok|Idag på fritids: {first:1} och {first:2} bråkade om "
    "gungorna, {first:2} fick en spark. Tröstad. Pappa {full:3} informerad av {sur:4} vid "
    "hämtning kl {time}.",
    "fritidspedagog|fritidshem_dagbok|Dagbok Ekorren – den {date}\n{antal} barn\n{first:1} sprang iväg "
    "från skolgården mot {street}, hittades vid affären efter 10 min av {first:2}. Mamma {full:3} "
    "ringd på {mob}.",
    "fritidspedagog|fritidshem_dagbok|{first:1} kom till fritids ledsen, berättar att {first:2} i "
    "trean sagt fula saker om hennes mamma på bussen ({line}). Pratat med båda. [[Ros]] till "
    "{first:2} som bad om förlåtelse. Vikarie {sur:3} var med.",
    "fritidspedagog|fritidshem_dagbok|Fritids {school}\nTisdag: utflykt till {place}. {first:1} "
    "tappade bort sig en stund. Hittad av {full:2}. Vh {first:1|g} mamma meddelad.\nOnsdag: "
    "{first:3} klämde fingret i dörren, plåster.",
    "fritidspedagog|fritidshem_dagbok|{first:1|g} pappa {full:2} kom och hämtade kl {time} och "
    "verkade påverkad. Vi lät {first:1} följa med. Har pratat med rektor {sur:3}, orosanmälan skrivs "
    "idag. Pappan körde bil, {plate}.",
    "fritidspedagog|fritidshem_dagbok|Obs! {first:1} får INTE hämtas av {full:2} enligt beslut. "
    "Endast mamma {full:3} eller mormor {full:4}. Mammans nya nr: {mob}\nMormor: {addr}, {lgh}",
    "fritidspedagog|fritidshem_dagbok|[[Frost]] på gården, flera halkade. {first:1} slog i bakhuvudet "
    "på isen vid förrådet, kräktes en gång. Ringde {first:1|g} mamma som tog henne till vårdcentralen. "
    "/{first:2}",
    "fritidspedagog|fritidshem_dagbok|{lowf:1} och {lowf:2} (båda {klass}) har kastat sand i ögonen "
    "på yngre barn två dagar i rad. Samtal med vårdnadshavare {full:3} och {full:4}.",
)
