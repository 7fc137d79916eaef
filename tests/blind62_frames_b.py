"""Frames of the sixty-second blind corpus, part b: residents' tips about suspicious cars (tips_bil) and
door-to-door sellers (tips_forsaljare), and notices of burglary waves in villa areas (inbrottsvag).
`role|style|template`; the slots are tests/blind62_fill.py's."""

from __future__ import annotations

FRAMES_B = (
    # ---------------------------------------------------------------- tips_bil
    "boende|tips_bil|Hej! Vill tipsa om en bil som åkt runt i {place} flera kvällar nu, en svart BMW "
    "med reg {plate}. Den stannar vid varje hus och någon tar kort. Senast i kväll kl {time} på "
    "{street}. Grannen {first:2} har också sett den.\n/{full:1}, {addr}",
    "villaägare|tips_bil|Misstänkt bil!!\n{plate2} grå Skoda Octavia kombi, stod parkerad utanför "
    "{addr} i över två timmar. När min man {first:1} gick ut körde den iväg mot {venue}. Kan den "
    "kopplas till inbrotten på {street}?\n{full:2}",
    "boende|tips_bil|Tips till trygghetssamordnaren\nNamn: {full:1}\nTelefon: {mob}\nVad: Okänd "
    "skåpbil, vit, reg {plate} (ev. utländska skyltar på släpet)\nNär: {date} ca {time}\nVar: "
    "{street}, nära {venue}\nÖvrigt: Grannen {sur:2} såg samma bil förra veckan, hör med {sur:2}",
    "villaägare|tips_bil|hej {lowf:1}, det var du som ville ha regnumret? det var antingen {plate2} "
    "eller {plate}, svårt att se i mörkret. blå volvo v70. den körde sakta runt i {place} vid "
    "{time}-tiden igår. min sambo {lowf:2} ringde 112 men de var redan borta\n{first:3}",
    "boende|tips_bil|Till grannsamverkan {place}\nVi har sett en röd Golf ({plate}) stå på vändplanen "
    "vid {street} tre nätter i rad, motorn igång. Föraren ca {vuxen} år, mörk jacka. {full:1} på "
    "granntomten tog en bild som jag kan skicka. Ring {mob} om ni vill ha den.\nHälsn. {full:2}",
    "villaägare|tips_bil|{full:1} ({mob}) ringde kl {time}: en silverfärgad Audi med reg {plate2} har "
    "kört runt i kvarteret kring {street} och stannat utanför {addr}. Föraren gick fram och tittade in "
    "genom fönstret. {first:1} har meddelat polisen, händelsenummer {case}. Även {full:2} har sett "
    "bilen.",
    "boende|tips_bil|Hej! Lite osäker på om det här är något, men en Mercedes Sprinter utan dekaler "
    "stod vid hållplatsen för {line} i går och två män gick runt bland villorna på {street}. En av dem "
    'kallades "{nick:1}" av den andra. Regnummer {plate}. Hälsningar från {full:2} på {addr}',
    "villaägare|tips_bil|Bil: {plate2}, svart Tesla\nPlats: {street} / {place}\nTid: {date}, kl "
    "{time}\nNoterat av: {comma:1}, {addr}\nKommentar: Körde utan lyse, stannade vid flera tomter. "
    "Samma bil som {first:2} rapporterade i {week}?",
    # ---------------------------------------------------------------- tips_forsaljare
    "boende|tips_forsaljare|Varning för dörrförsäljare i {place}! I eftermiddags ringde en kvinna på "
    "hos min mamma {full:1} ({vuxen} år) på {addr} och påstod att hon kom från {org}. Hon ville komma "
    'in och "kolla brandvarnaren". [[Mamma]] släppte inte in henne. Kvinnan sa att hon hette '
    "{first:2}.\n/{first:3}",
    "pensionär|tips_forsaljare|Hej,\nJag vill rapportera två unga män som gick dörr till dörr på "
    '{street} i dag vid {time} och sålde "säkerhetslås". De var väldigt påstridiga. Den ene '
    "presenterade sig som {full:1} och lämnade ett kort med numret {mob}. Jag tycker det verkar "
    "skumt.\nMed vänlig hälsning\n{full:2}\n{addr}, {lgh}",
    "boende|tips_forsaljare|dörrknackare igen!! nu på {street}, säger att de är från {org} och ska "
    '"byta elmätare". han hette {lowf:1} enligt brickan men ingen logga. min granne {first:2} fick en '
    "lapp med {tel} som inte går fram. vad gör vi? /{first:3}",
    "pensionär|tips_forsaljare|Till {full:1}, trygghetssamordnare\nI dag kom en man till oss på {addr} "
    "och ville sälja takrengöring för {amount}. Han hade en vit bil, reg {plate}, och sa att grannen "
    "{sur:2} redan tackat ja, vilket inte stämmer. Min fru {wfirst:3} blev rädd.\nHälsningar {full:4}",
    'boende|tips_forsaljare|Tips: Försäljare från "Säkra Hem Norden" i {place} i dag, {antal} '
    "personer, västar utan namn. En av dem ({nick:1}) var väldigt närgången mot {first:2} som bor "
    "ensam. De körde en svart Caddy {plate2}.\nKontakt: {mail}\n{full:3}",
    "pensionär|tips_forsaljare|Hej! Jag heter {full:1} och bor på {addr}, {lgh} i {place}. Någon "
    "ringde på i går kväll och frågade efter {full:2}, som bodde här innan. När jag sa att hen flyttat "
    "ville han veta om jag bor ensam. Han gick sedan mot {street}. Man i {vuxen}-årsåldern, grå luva. "
    "Kan ni varna grannarna?",
    "boende|tips_forsaljare|Dörrförsäljare den {date}\nVar: {street}\nFöretag enl. dem: {org}\nNamn på "
    "brickan: {full:1}\nSignalement: man, ca {vuxen} år, svart dunjacka, talade engelska\nRapporterat "
    "av: {first:2} ({mob})",
    "pensionär|tips_forsaljare|{full:1} i {place} ringde och berättade att två kvinnor utgav sig för "
    "att vara från hemtjänsten och ville in till hennes granne {full:2}. De hade en lapp med grannens "
    "personnummer, {pnr}, vilket gör oss oroliga. {first:1} fick inget namn på kvinnorna.",
    # ---------------------------------------------------------------- inbrottsvag
    "polis|inbrottsvag|VARNING – INBROTTSVÅG I {place}\nPolisen har sedan {week} fått in {antal} "
    "anmälningar om villainbrott i området runt {street}. Tillvägagångssättet är detsamma: fönster "
    "bryts upp på baksidan mellan kl {time} och midnatt. Kontaktperson: {full:1}, {tel}. Kontaktombud: "
    "{full:2}.",
    "kontaktombud|inbrottsvag|Hej grannar!\nNu har det varit inbrott hos {full:1|g} på {addr} också, "
    "det tredje på två veckor. De tog sig in medan familjen var på {venue}. Polisinspektör {wsur:2} "
    "säger att det troligen är samma liga. {first:3} har lovat att samordna en nattvandring med "
    "{nick:5}. Tänd lamporna och lås förråden!\n/{first:4}, kontaktombud",
    "villaägarförening|inbrottsvag|Villaägarföreningen i {place} informerar\n\nDe senaste veckorna har "
    "följande adresser drabbats:\n– {addr} (natten till den {date})\n– {addr} (dagtid)\n– {fast}, "
    "förrådsinbrott\nStyrelsen har pratat med kommunpolis {full:1} som rekommenderar timer på "
    "belysningen. Nästa styrelsemöte: hos {full:2}, {addr}.",
    "polis|inbrottsvag|Händelse: Inbrott i villa\nPlats: {street}, {place}\nTid: mellan den {date} kl "
    "{time} och följande morgon\nAnmälare: {comma:1}, {pnr}\nGods: smycken, dator, kontanter (ca "
    "{amount})\nDiarienr: {case}\nHandläggare: {sur:2}",
    "boende|inbrottsvag|Sjukt, tredje inbrottet i {place} den här månaden. Nu var det {first:1} och "
    "{first:2} på {addr} som drabbades, medan de var på jobbet. Grannen {nick:3} såg en mörk bil stå "
    "och vänta. Är det samma gäng som tog sig in hos {full:4} förra veckan? Polisen har ärendet som "
    "{case}.",
    "kontaktombud|inbrottsvag|Till grannsamverkan {place} — extra utskick\nInbrotten fortsätter. "
    "Natten mot fredag: {addr}. Kvällen därpå: försök på {addr}, larmet gick och tjuvarna stack mot "
    "{venue}. {full:1} såg två personer springa, den ena i vit huva. Vi ber alla att ha koll på "
    "{plate} och {plate2} som setts i området.\n{full:2}, ombud",
    "polis|inbrottsvag|Polisen söker vittnen efter inbrott i {place}\n\nUnder helgen {week} bröt sig "
    "okända in i fyra villor kring {street}. I ett fall var de boende hemma; {full:1}, {vuxen}, "
    "vaknade och såg en man i sovrummet. Har du sett något? Kontakta {full:2} på {tel} och uppge "
    "ärende {case}.",
    "villaägare|inbrottsvag|Inbrott hos oss i natt :( {addr}. De tog bilnycklarna från hallen och "
    "bilen, {plate2}, är borta. Om någon ser en vit Kia med det numret, ring {mob} ({first:1}) eller "
    "polisen. Tack {first:2} för att du kom över direkt.\n{full:3}",
)
