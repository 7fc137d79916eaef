# ruff: noqa: E501
"""Frames of the nineteenth blind corpus, part a: the bovärd's and områdesvärd's day log, tenants'
felanmälningar, and the störningsjournal. Each is `role|style|template` (slots: tests/blind19_fill.py)."""

FRAMES_A = [
    # bovärd / områdesvärd, day log
    "bovard|bovard|Dagbok områdesvärd {date}\nkl {time} Mötte {full:1} i trapphuset på {addr}, hyresgästen säger att källardörren stått uppställd hela helgen.\nkl {time} Pratade med {wfirst:2} och några kompisar vid {inst}, lugnt. [[Inga]] bråk.\n/{first:3}",
    "bovard|bovard|Bovärd {wsur:1} rapporterar: nytt klotter på gaveln mot {street}, fotat och beställt sanering. {full:2} i {lgh} har åter ställt barnvagn i trapphuset, pratat med henne.",
    "bovard|bovard|Områdesvärdens logg {place}\nMåndag: tömde grovsoprummet, madrasser och en trasig soffa. {first:1} från {bolag} hjälpte till.\nTisdag: {full:2} ringde om att {first:3|g} son blivit hotad vid tvättstugan.\nOnsdag: trygghetsvandring med {org} längs {pstreet}.",
    "bovard|bovard|Idag kl {time} var jag och {full:1} ute vid {inst}. Några unga satt i porten till {addr} och rökte, de gick när vi kom. En av dem kallades {nick:2}. /Bovärd {full:3}",
    "bovard|bovard|{full:1}, bovärd, {bolag}\nVecka: {week}\n- Inbrott i två källarförråd på {addr}, hyresgästerna {full:2} och {full:3} har polisanmält.\n- Trasig belysning i gångtunneln vid {place}.\n- Nyckelbricka borttappad, spärrad.",
    "bovard|bovard|Kvartersvärdarna {wfirst:1} och {first:2} gick sin runda vid {place} på kvällen. Vid {inst} satt {full:3|g} son med ett gäng, ingen oro. Lugn kväll i övrigt, tog med kaffe till nattvandrarna.",
    "bovard|bovard|Bovärdsloggen {date}: Brandlarm i trapphus på {addr} kl {time}, någon hade tänt eld på reklam i brevinkastet. Räddningstjänsten kom. Hyresgästen {full:1} i {lgh} upptäckte röken. Informerat {sur:2} på förvaltningen. [[Alla]] lägenheter kontrollerade.",
    "bovard|bovard|Hej {wfirst:1}!\nKort från dagen: tog bort klotter på {street}, bytte lampor i garaget. {full:2} kom förbi kontoret och klagade igen på grannen {full:3}. Jag föreslår att vi bjuder in båda till samtal.\nMvh {first:4}, bovärd",
    "bovard|bovard|Bovärd {full:1}: Lördag kväll, ungdomar samlades i entrén till {inst}, cirka ett tiotal. Känner igen {first:2} och {first:3} därifrån. Pratade med {full:4} på fritidsgården som lovade att gå förbi.",
    "bovard|bovard|Områdesvärd {sur:1} noterar att containern vid {street} brann i natt. {full:2} som bor mittemot såg två personer springa mot {place}. Bild skickad till {org}. En bil, {plate}, skadades också. Kostnad för ny container cirka {amount}.",
    # felanmälan
    "hyresgast|felanmalan|FELANMÄLAN\nNamn: {full:1}\nAdress: {addr}, {lgh}\nTelefon: {mob}\nÄrende: Entrédörren på {pstreet} går inte i lås, folk som inte bor här sover i trapphuset på nätterna.\nMottagen av: handläggare {sur:2}",
    "hyresgast|felanmalan|Felanmälan via Mina sidor, {bolag}\nAnmälare: {comma:1}\nObjekt: {lgh}, {addr}\nBeskrivning: Någon har brutit upp mitt förråd i källaren igen, cykel och vinterdäck borta. Polisanmält, {case}. Ärendet tilldelat fastighetsskötare {sur:2}.",
    "hyresgast|felanmalan|Hej, jag heter {full:1} ({pnr}) och bor på {addr}. Lampan i porten har varit trasig i tre veckor och det är mörkt när jag kommer hem från jobbet. Min granne {first:2} har också ringt. Nå mig på {mob}.",
    "hyresgast|felanmalan|Felanmälan\nFrån: {full:1} ({mail})\nFastighet: {fast}\nÄrende: Brandrök i trapphuset natten till {date}, någon har eldat i tvättstugan. Min dotter {first:2} vågar inte gå ner längre.",
    "hyresgast|felanmalan|Ärende registrerat av kundtjänst, {bolag}\nKund: {caps:1}\nTel: {tel}\nAdress: {addr}\nText: Kunden uppger att grannen ovanför spelar hög musik varje natt och hotade hennes man {first:2} när han knackade på.",
    "hyresgast|felanmalan|hej! garagedörren på {street} står öppen igen o det har varit bilbrand där förut. min bil {plate} står precis innanför. kan ni fixa? /{lowf:1} i {lgh}",
    "hyresgast|felanmalan|Felanmälan {date}\nHyresgäst: {full:1}, samordningsnummer {snr}\nÄrende: Nyckelbricka stulen ur väskan vid {inst}, vill spärra den och få ny. Kontakt {mob}.",
    "hyresgast|felanmalan|Hej! Jag ringer för min mamma {full:1} som bor i {lgh} på {addr}. Hon är rädd för att gå till tvättstugan sedan någon slogs där, och {first:1|g} grannar har också sett bråk. Hon talar inte så bra svenska, ring mig, {full:2}, {mob}.",
    "hyresgast|felanmalan|FELANMÄLAN - KLOTTER\nAnmäld av: {init:1}\nPlats: gaveln mot {place}, {fast}\nText: Nytt klotter med namn, bland annat står det {nick:2} i stora bokstäver. Någon bör ta bort det innan helgen.",
    "hyresgast|felanmalan|Felanmälan inkommen {date} kl {time}\nNamn: {full:1}\nAdress: {addr}\nBeskrivning: Krossad ruta i entrén, glas överallt. Min granne {full:2} såg en bil med registreringsnummer {plate2} köra iväg.",
    # störningsjournal
    "storning|storning|Störningsjournal, {lgh}, {addr}\n{date}: Hög musik och skrik till kl {time}. Anmälare {full:1}.\nNästa dag: Grannen {full:2} bekräftar. Hyresgästen {full:3} kontaktad per brev.",
    "storning|storning|Störningsanmälan\nAnmälare: {full:1}, {lgh}\nStörande: {full:2}, våningen ovanför\nBeskrivning: Bråk och dunsar nattetid, en gång hördes glas krossas. Anmälaren ringde polisen den {date}.\nHandläggare: förvaltare {sur:3}",
    "storning|storning|Jourens anteckning natt: Hyresgäst {full:1} ringde kl {time} om bråk i tvättstugan på {addr}. Två män, den ena kallas {nick:2}, slogs om en tvättid. Väktare från {vakt} åkte dit.",
    "storning|storning|STÖRNINGSJOURNAL\nLägenhet: {lgh}\nKontraktsinnehavare: {comma:1}\nAnmälningar: {full:2} ({date}), {full:3}\nÅtgärd: rättelseanmodan skickad, kopia till socialtjänsten.",
    "storning|storning|{full:1} i {lgh} säger att hon blivit hotad i trapphuset av en man som bor i huset bredvid. Hon tror att han heter {first:2}. {first:1|g} son {first:3} ({ung}) såg det. Polisanmälan gjord, {case}.",
    "storning|storning|Störningsärende {bolag}\nBerörd fastighet: {fast}\nHyresgäst: {caps:1}\nGrannar som vittnat: {full:2}, {full:3}\nStörningsjouren från {vakt} har varit på plats tre gånger.",
    "storning|storning|Störning {date}: Grannarna i trappuppgång på {addr} hör hot och skrik från {lgh}. {full:1} som bor mittemot har spelat in ljud. Familjen {wsur:2} har bott där sedan i våras.",
    "storning|storning|Samtal med {full:1} om störningar. Hon uppger att grannen {full:2} röker på balkongen och att röken går in till hennes barn. Hon vill inte att {first:2} får veta att det är hon som klagat.",
    "storning|storning|Logg störningsjour {place}\nkl {time} Samtal från {full:1}, fest i {lgh}.\nkl {time} Vakt på plats, pratade med {first:2} som lovade sänka.\nkl {time} Ny anmälan från {first:1}. Ärendet till förvaltare {sur:3}.",
    "storning|storning|Hej {first:1}, vi har fått flera klagomål på störningar från din lägenhet på {addr}. Grannar har hört hot mot en annan hyresgäst. Vi vill träffa dig på kontoret vid {inst} den {date}. Med vänlig hälsning {full:2}, {bolag}",
]
