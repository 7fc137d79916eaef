"""Frames of the thirty-seventh blind corpus, part a: tillbud forms, incident reports from schools
and the fritidsgård's evening log (tests/blind37_corpus.py). Typed by the helper;
slots as in tests/blind37_fill.py."""

FRAMES_A = (
    # ---- tillbud_formular: the school's tillbud form, short fields
    "larare|tillbud_formular|TILLBUDSRAPPORT\nSkola: {school}\nDatum: {date}   Tid: kl {time}\n"
    "Plats: skolgården vid fotbollsplanen\nInblandade elever: {first:1} ({klass}), {first:2} ({klass})\n"
    "Rapporterat av: {full:3}, lärare\nHändelse: {first:1} fick en boll i ansiktet, näsblod. Kylpåse. "
    "Vårdnadshavare informerad per telefon.\nÅtgärd: rastvärdar ser över spelet på planen.",
    "elevassistent|tillbud_formular|Typ av händelse: Tillbud\nVar: trappan ner mot matsalen\nNär: {date}, "
    "kl {time}\nBeskrivning: {first:1} halkade på blött golv och slog i knät. Ingen synlig skada.\n"
    "Vem fick veta: vårdnadshavare ({full:2}, {mob})\nHem: {addr}, {lgh}\nIfylld av: {comma:3}",
    "rastvard|tillbud_formular|Tillbud/olycka – {school}\nDag: {date}\nPlats: klätterställningen\n"
    "Elev: {full:1}, {ung} år\nVad hände: föll ca två meter, slog i huvudet. Skolsköterska {sur:2} "
    "tittade på eleven.\nVårdnadshavare: {full:3} hämtade kl {time}.\nÅtgärd: vaktmästare kontrollerar "
    "underlaget. [[Inga]] fler tillbud vid ställningen {week}.",
    "fritidspedagog|tillbud_formular|Händelserapport fritidshem\nAvdelning: Myran\nBarn: {first:1} och "
    "{first:2}\nTid: kl {time}\nHändelse: {first:1} bet {first:2} i armen under lek i kuddrummet. Huden "
    "bruten.\nKontakt: båda vårdnadshavarna ringda, {first:2|g} pappa {full:3} kom direkt.\nRapport: "
    "{init:4}",
    "idrottslarare|tillbud_formular|Skadeanmälan/tillbud\nElev: {caps:1}\nPersonnummer: {pnr}\n"
    "Klass: {klass}\nDatum: {date}\nPlats: {venue}\nSkadans art: stukad fot på hinderbanan\n"
    "Ansvarig lärare: {full:2}\nAnmält till försäkringsbolaget: ja\nVh e-post: {mail}",
    "skolskoterska|tillbud_formular|Elev: {comma:1}\nSamordningsnr: {snr}\nVårdnadshavare: {full:2} "
    "tel {mob}\nHändelse: svimmade i kön till lunchen, varit utan frukost. Vilade hos skolsköterskan, "
    "åt mellis.\nUppföljning: mentor {sur:3} pratar med hemmet. Orosanmälan övervägs.",
    "biträdande rektor|tillbud_formular|Anmälan tillbud – personal\nDrabbad: {full:1}, fritidspedagog\n"
    "Tid: {date} kl {time}\nHändelseförlopp: en elev ({first:2}) kastade en stol mot personal i "
    "klassrummet. Ingen träffad.\nÅtgärd: samtal med {first:2} och vårdnadshavare, rapport till "
    "{org}.\nSignerat: bitr. rektor {sur:3}\nSkyddsombud {sur:4} informerad.",
    "vaktmastare|tillbud_formular|Tillbud/skadegörelse\nFastighet: {fast}\nAdress: {addr}\nUpptäckt: "
    "{date} kl {time}\nVad: krossad ruta i gympasalens entré, glas på marken\nAnmält av: vaktmästare "
    "{full:1}\nPolisanmälan: {case}\nKostnad uppskattad: {amount}\nExp: {tel}",
    # ---- incident_skola: incident reports from a school, longer narrative
    "mentor|incident_skola|Under lunchrasten {date} uppstod bråk mellan {full:1} och {full:2} i {klass} "
    "nere vid cykelstället. Enligt andra elever började det med en kommentar på Snapchat. {first:1} "
    "knuffade {first:2} som föll mot ett cykelställ. Jag skiljde dem åt tillsammans med {first:3}, "
    "elevassistent. Båda hemmen kontaktade samma eftermiddag.",
    "larare|incident_skola|Incident i korridoren utanför NO-salen kl {time}. En grupp elever ({antal} "
    "st) filmade när {first:1} blev fasthållen av {first:2} och {nick:3}. Filmen har spridits. Rektor "
    "{sur:4} informerad, kurator kopplas in. Vårdnadshavare till samtliga ringda.",
    "rektor|incident_skola|Incidentrapport {school}, {week}\n\nVid skoldagens slut samlades ett tiotal "
    "ungdomar som inte går på skolan vid huvudentrén. En av dem, som kallas {nick:1}, hotade en av våra "
    "elever ({first:2}). Polisen kontaktades och kom efter ca 20 min. Händelsen är polisanmäld, "
    "{case}.\n\n{full:3}\nrektor",
    "kurator|incident_skola|{first:1} ({klass}) kom till mig efter tredje lektionen och berättade att "
    "{first:2} och {first:3} tagit hennes mobil och hotat att lägga ut bilder. Mamma {full:4} är "
    "informerad, vill polisanmäla själv. Jag har pratat med mentor och rektor. Orosanmälan gjord. "
    "Samordningsnr för {first:1}: {snr}",
    "elevassistent|incident_skola|Efter idrotten i {venue} saknades {first:1|g} plånbok med {amount}. "
    "Eleverna i omklädningsrummet var {first:2}, {first:3} och {lowf:4}. [[Alla]] nekar. Mentor {sur:5} har "
    "informerat hemmen och bett {first:1} att spärra busskortet.",
    "larare|incident_skola|Hej!\nIdag kl {time} kom en man in på skolgården och frågade efter "
    "{full:1} i {klass}. Han sa att han var morbror. Enligt vår lista får bara {full:2} och {full:3} "
    "hämta. Mannen gick när jag sa att jag skulle ringa, han åkte i en mörk Audi {plate}.\n"
    "/{first:4}, klasslärare",
    "skolvard|incident_skola|Vid busshållplatsen på {street} bråkade {first:1} ({ung}) och "
    "{first:2} från {school} med två äldre killar. En av dem, {nick:3}, hade enligt eleverna kniv. "
    "Polisen ringd 112 kl {time}. [[Ingen]] skadad. Skolvärd {full:4} följde eleverna till skolan.",
    "rektor|incident_skola|Till berörda\n\nOnsdagen {date} utlöstes brandlarmet på {school} två gånger "
    "under förmiddagen. Efter genomgång av kameror vet vi vilka elever som tryckte på knappen. "
    "Vårdnadshavare är kontaktade och räddningstjänsten har fakturerat skolan {amount}.\n\nMed vänlig "
    "hälsning\n{full:1}\nrektor\n{tel}",
    # ---- gardslogg: the fritidsgård's evening log, hasty
    "fritidsledare|gardslogg|kvällslogg {date}\n{antal} besökare\nlugnt fram till kl {time}, sen kom "
    "{nick:1} och hans polare. {lowf:2} och {lowf:3} bråkade om pingisbordet. {first:4} (vik) pratade "
    "med dem, de gick ut. rökte vid {venue} efteråt.",
    "fritidsledare|gardslogg|{first:1} och {first:2} stängdes av resten av kvällen efter att ha kastat "
    "snus i taket i caféet. {first:1|g} storebror hämtade. ringde {first:2|g} mamma, ej svar, sms "
    "skickat.",
    "fritidsledare|gardslogg|Logg {week}\nmån: stängt\ntis: {antal} st, filmkväll, inga problem\nons: "
    "{low:1} var jättepåverkad, ringt mamma ({mob}). hon kom och hämtade. \ntors: mopeder på gården "
    "igen, en utan skylt, en med {plate2}\nfre: disco med {org}, ok",
    "fritidsledare|gardslogg|stängde kl {time}. utanför satt ett gäng äldre, bl.a {nick:1} och "
    "{low:2}. de kastade ägg på fönstret mot {street} när vi låste. [[Max]] fem personer, ingen av "
    "dem besöker gården. ring polisen nästa gång enl föreståndare {sur:3}",
    "fritidsledare|gardslogg|{first:1}: {lowf:2} grät på toan, sa att hon blir utfryst i gruppchatten "
    "av {first:3} och {first:4}. pratade länge. lovade kolla med kurator {sur:5} imorgon.",
    "fritidsledare|gardslogg|ikväll {antal} ungdomar. bråk i spelrummet mellan {first:1} (15) och en "
    "kille från {place} som heter {first:2}. {first:1} fick ett slag över örat. kylpåse. "
    "pappa {full:3} kom och hämtade. ingen polis.",
    "fritidsledare|gardslogg|Gården {venue} – kväll\n- {antal} besök\n- {first:1} har fått nytt "
    "nummer: {mob}\n- brandlarmet gick kl {time}, någon rökte på toa\n- {first:2} och {nick:3} "
    "avstängda en vecka\n/{first:4}",
    "fritidsledare|gardslogg|lördag: öppet till 23. ungdomar från {place} och {school} blandade. "
    "stökigt runt kl {time} när {caps:1} kom in med två kompisar som inte är medlemmar. vi bad dem gå, "
    "de gick efter tjat. ingen skadad. rapporterat till {org}.",
)
