"""Frames of the thirteenth blind corpus (b): contact lists, grannsamverkan, tenants' associations, churches,
mosques and associations. Each frame reads `voice|style|template` (tests/blind13_fill.py)."""

FRAMES = [
    "samordnare|kontaktlista|Kontaktlista [[Valborg]]:\n{full} {mob}\n{full} {mob}\n{nick} (nattvandrarna) "
    "{mob}\nVäktare {org}: {tel}",
    "samordnare|kontaktlista|Jourtelefoner {week}: {p} {mob} (kväll), {p} {mob} (natt). Fastighetsjour "
    "{org}: {tel}.",
    "fritidsledare|kontaktlista|Personal på plats fredag: {first}, {first}, {low} och {wf}. Ansvarig chef "
    "{full} nås på {mob} eller {mail}.",
    "samordnare|kontaktlista|Namn;Pnr;Telefon\n{full};{pnr};{mob}\n{full};{snr};{mob}\n{comma};{pnr};{tel}",
    "kyrkovärd|kontaktlista|Kyrkans nattcafé – kontakter: diakon {sur} ({tel}), volontärerna {first} & "
    "{first}, kantor {ws}.",
    "samordnare|kontaktlista|Samverkansmöte {date}, deltagare: {full} ({org}), {full} ({org}), {init} "
    "(polisen), {low}.",
    "samordnare|kontaktlista|Vid akut läge ring 112. Ej akut: {p} {mob}, {p} {mob}. Lokalpolis {place}: "
    "114 14. Nattbussen {bus} har egen trygghetsvärd.",
    "grannsamverkan|grannsamverkan|Grannsamverkan {place}: {full} (kontaktombud) rapporterar att två "
    "främmande bilar, {plate} och {platen}, stått vid vändplanen hela helgen.",
    "grannsamverkan|grannsamverkan|Hej! Det är {first} i {lgh} på {street}. {gen} man såg någon rycka i "
    "bildörrar {date}, {time}. Vi har pratat med {full} i föreningen.",
    "grannsamverkan|grannsamverkan|Möte grannsamverkan {week} hos {low}, {addr}.\nNärvarande: {p}, {p}, {p}."
    "\n[[Inga]] nya inbrott sedan sist.",
    "grannsamverkan|grannsamverkan|Ombud {full} har delat ut 40 dekaler i området. '[[Stig]] upp tidigare "
    "och ta en runda', skriver {nick} i chatten.",
    "grannsamverkan|grannsamverkan|Fråga från {ws} i radhusen: vem ansvarar för belysningen på {pstreet}? "
    "Enligt {full} är det {org}.",
    "grannsamverkan|grannsamverkan|{p} och {p} har startat en Facebookgrupp för {place}. Admin: {mail}. "
    "[[Alla]] tips mejlas dit, inte namn på ungdomar.",
    "grannsamverkan|grannsamverkan|Rapport från kontaktombud {sur}: cyklar stulna ur förråd på {addr} "
    "(fastigheten {fast}), polisanmält ({case}). {first} har bytt lås.",
    "grannsamverkan|grannsamverkan|Tack till {full} som hittade den försvunna hunden vid {inst}! [[Hans]] "
    "insats uppskattas, skriver {first}.",
    "hyresgästförening|hyresgast|Lokala styrelsen, möte {date}:\nordf. {full}, sekr. {full}.\nFråga om "
    "trapphusbelysning skickad till {org} ({case}).",
    "hyresgästförening|hyresgast|Boende i {lgh} klagar på fest i tvättstugan. Vi (styrelsen, {first} o "
    "{first}) har pratat med förvaltare {sur}.",
    "hyresgästförening|hyresgast|Medlemsmöte: {low} berättade om otrygghet i garaget under {addr}. {p} "
    "lovade ta upp det med {org}.",
    "hyresgästförening|hyresgast|Fixarträff i {inst} {week}, anmälan till {full} {mob}. [[Max]] 25 "
    "deltagare. Fika sponsras av {org}.",
    "hyresgästförening|hyresgast|Kontakt lokal hyresgästförening: {caps}, {mail}. Vice ordf. {wf} nås via "
    "kansliet, {tel}.",
    "hyresgästförening|hyresgast|Enkät till boende på {street}: 62 svar. 'Det är mörkt och läskigt vid "
    "soprummet' ({first}, 34 år). Sammanställt av {full}.",
    "hyresgästförening|hyresgast|{gen} dotter blev hotad i porten {addr}. Föreningen har mejlat {org} "
    "({mail}) och bett {full} om möte.",
    "imam|partner|Från {inst}: imam {full} meddelar att ungdomar samlas på parkeringen efter kvällsbönen. "
    "Kontakt via {first} i styrelsen, {mob}.",
    "präst|partner|Diakon {full} ({mail}) erbjuder nattöppet i {inst} {week}. Frivilliga: {p}, {p} och {wf}.",
    "föreningsledare|partner|{org} (ordf. {full}) vill låna lokal i {inst} för läxhjälp. Kontakt: {first}, "
    "{mob}. Tas upp på mötet {date}.",
    "föreningsledare|partner|Röda korset-gruppen genom {p} delar ut reflexvästar vid {inst}, {time}. {gen} "
    "kollega {low} har listan.",
    "präst|partner|Församlingen: kyrkoherde {sur} och {full} håller öppet hus efter skjutningen. [[Ingen]] "
    "press. Frågor till {mail}.",
    "föreningsledare|partner|Somaliska föräldraföreningen, {full}: 'Vi vill gå med på nattvandringen "
    "{date}.' Kontakt {first} {mob}.",
    "imam|partner|Moskéstyrelsen, sekreterare {sur}: inbrott i förrådet {date}, polisanmält {case}. Vakt "
    "från {org} första veckorna, kontakt {nick}.",
    "föreningsledare|partner|ABF-cirkel för nyanlända i {inst}, ledare {full} och {full}. Lokalbokning: "
    "{tel}, fråga efter {wf}.",
]
