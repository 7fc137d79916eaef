"""Frames of the thirty-seventh blind corpus, part c: anmälningar om kränkande behandling, school bus and bus
stop incidents, and the sports hall (tests/blind37_corpus.py). Typed by the helper; slots as in
tests/blind37_fill.py."""

FRAMES_C = (
    # ---- krankning_anmalan: the form for kränkande behandling (6 kap. skollagen)
    "mentor|krankning_anmalan|ANMÄLAN OM KRÄNKANDE BEHANDLING\nUtsatt elev: {full:1}, {klass}\n"
    "Utövare: {full:2}, {klass}\nDatum för händelsen: {date}\nPlats: korridoren vid skåpen\n"
    "Beskrivning: {first:2} drog ner {first:1|g} byxor inför andra. Skrattade.\nAnmälare: {full:3}",
    "larare|krankning_anmalan|Kränkning – anmälan till huvudman\nSkolenhet: {school}\nDen utsatte: "
    "{comma:1}\nDen som kränkt: elev ({first:2}) \nTyp: verbal, rasistiska uttryck\nVårdnadshavare "
    "underrättad: ja, {date}\nUtredning påbörjad av: {init:3}\nBitr. rektor {wsur:4} informerad.",
    "fritidsledare|krankning_anmalan|Anmälan kränkande behandling, fritidshemmet\nBarn: {first:1} "
    "({ung} år)\nHändelse: {first:2} och {first:3} har flera dagar nekat {first:1} att vara med och "
    'kallat henne "bebis".\nÅtgärd: samtal, extra vuxen ute.\nAnmält av {full:4}',
    "idrottslarare|krankning_anmalan|Utsatt: {caps:1}\nKlass: {klass}\nVad: fick sina kläder "
    "blöta i duschen av {first:2} och {first:3}, filmades.\nVar: omklädningsrummet i {venue}\n"
    "När: {date} kl {time}\nÅtgärd: filmen raderad inför lärare, hemmen kontaktade.\n/idrottslärare "
    "{wsur:4}",
    "kurator|krankning_anmalan|Utredning kränkande behandling\nÄrende gäller: {full:1}\n"
    "Personnr: {pnr}\nKontakt vh: {mail}\nSammanfattning: utsatt för nedsättande kommentarer i "
    "klassens chatt av {first:2}, {first:3} och {nick:4}.\nUtredare: kurator {sur:5}",
    "rektor|krankning_anmalan|Anmälan nr {antal} {week}\nElev: {full:1}\nKränkande elev: "
    "{first:2} ({klass})\nPlats: skolgården, bakom {school}\nBeskrivning: knuffad och sparkad när hon "
    "låg ner. Skolvärd {sur:3} såg slutet.\nRektors beslut: utredning, samtal med hemmen.",
    "larare|krankning_anmalan|{first:1} i {klass} har blivit utsatt för kränkande behandling av "
    "{first:2} under flera lektioner, bland annat att hon fått sitt penna-skrin kastat i golvet. "
    "Anmälan skickad till rektor {full:3} den {date}.",
    'elevassistent|krankning_anmalan|Händelse: elev kallad "terrorist" av annan elev\nUtsatt: '
    "{full:1}\nUtövare: {first:2}, {first:3}\nVittne: {full:4}\nPlats: {venue}",
    # ---- skolskjuts: the school bus and the bus stop
    "busschauffor|skolskjuts|Skolskjutsen {line} kl {time}: två elever bråkade längst bak, en "
    "({first:1}) slog den andra ({first:2}) med en vattenflaska. Chauffören {full:3} stannade bussen "
    "vid {place}. Rapport till skolan och {org}.",
    "skolskjutssamordnare|skolskjuts|Hej {school}!\nFöraren på {line} rapporterar att {first:1} och "
    "{lowf:2} kastat snöbollar på bussen vid hållplatsen på {street}. En ruta sprack. Reg.nr på "
    "bussen {plate}.\nMvh {full:3}, skolskjutsen",
    "mentor|skolskjuts|{first:1} missade bussen hem efter att {full:2} tagit hennes busskort. Hon "
    "stod ensam vid hållplatsen i {place} i en timme. Mamma {full:3} hämtade till slut kl {time}. "
    "/mentor {sur:4}",
    "busschauffor|skolskjuts|Avvikelserapport\nLinje: {line}\nDatum: {date}\nHändelse: vuxen man "
    "steg på vid {venue} och skrek åt eleverna. Eleverna {first:1} och {first:2} mycket rädda.\n"
    "Förare: {full:3}\nPolis kontaktad: ja",
    "vardnadshavare|skolskjuts|Hej, jag är pappa till {first:1} i {klass}. Idag blev hon knuffad ut "
    "från bussen av {first:2} och {first:3} vid {venue}. Hon har ont i handen. Vill att skolan "
    "pratar med dem. Ring mig på {mob}.\n{full:4}",
    "skolvard|skolskjuts|Morgonen vid busshållplatsen vid {school}: en bil ({plate2}) körde upp på "
    "trottoaren när eleverna klev av. Föraren, en äldre kvinna, ropade åt skolvärden {sur:1}. "
    "{first:2} i {klass} nära att bli påkörd.",
    "mentor|skolskjuts|{first:1} och {first:2} blir varje dag retade vid hållplatsen på {pstreet} "
    "av elever från högstadiet. Vi har haft vuxna på plats {week}. [[Storm]] väntas imorgon så "
    "bussarna kan bli sena.",
    "busschauffor|skolskjuts|{full:1}, förare, rapporterar: ungdomar kastade sten mot bussen "
    "({line}) strax efter {place} kl {time}. En ruta spräckt. Ingen skadad. En av dem ropades "
    "{nick:2} av kompisarna.",
    # ---- idrottshall: the sports hall (PE lessons, evening clubs)
    "idrottslarare|idrottshall|Under idrottslektionen i {venue} kastade {first:1} en basketboll hårt "
    "i huvudet på {first:2}. {first:2} fick hjärnskakningssymtom och hämtades av {first:2|g} pappa "
    "{full:3}. Skadeanmälan gjord av lärare {sur:4}.",
    "hallvard|idrottshall|Hallvakt {venue}, kväll {date}:\n- dörren mot parkeringen uppbruten\n- "
    "{antal} ungdomar i hallen utan ledare, bl.a {first:1} och {nick:2}\n- de gick när jag kom\n"
    "Anmält till {org}. /{first:3}",
    "tranare|idrottshall|Till {org}: efter träningen {date} var {first:1|g} jacka och mobil borta "
    "från omklädningsrummet. Värde ca {amount}. Han misstänker en kille som heter {first:2} som var "
    "där utan att tillhöra laget. Polisanmälan {case}. Tränare {full:3}",
    "idrottslarare|idrottshall|Tillbud på friidrotten: {first:1} fick en spjut-attrapp i låret när "
    "{first:2} kastade. Lärare {sur:3} stoppade lektionen. Skolsköterska {wsur:4} tittade på såret.",
    "idrottslarare|idrottshall|{first:1} ({klass}) vägrar byta om och har sagt till {full:2} att hon "
    "blir kallad äcklig i omklädningsrummet. Kurator {sur:3} kopplad. Vh ({mob}) informerad {date}.",
    "vaktmastare|idrottshall|Skadegörelse {venue}\nFastighet: {fast}\nUpptäckt: {date}\n"
    'Skador: sönderslagen spegel och sprayade taggar "{nick:1}" och "{nick:2}"\n'
    "Kontaktperson: {full:3}, {tel}",
    "fritidsledare|idrottshall|Nattfotboll i {venue}, många ungdomar ({antal} st). Vid kl {time} bråk mellan "
    "killar från {place} och {place}. {first:1} fick en skalle av en kille som heter {first:2}. "
    "Polisen kom, {case}. Ledare: {first:3} och {first:4}.",
    "tranare|idrottshall|[[Lugn]] träning tills en förälder ({full:1}) gick in på planen och "
    "skrek åt {first:2} som tacklat hans son {wfirst:3}. Styrelsen i {org} har fått veta.",
)
