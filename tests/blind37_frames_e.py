"""Frames of the thirty-seventh blind corpus, part e: the caretaker's and security guard's log, staff group
chats and handover notes between shifts (tests/blind37_corpus.py). Typed by the helper; slots as in
tests/blind37_fill.py."""

FRAMES_E = (
    # ---- vaktmastare_logg: caretakers and guards at schools
    "vaktmastare|vaktmastare_logg|Rond {school}, datum {date}\nkl 06.45 grinden öppen, kedjan avklippt\n"
    "– fimpar och en tom flaska i cykelgaraget\n– en bil stod på skolgården, {plate}, borta kl "
    "{time}\nRapporterat till {org}. /{first:1}",
    "vaktare|vaktmastare_logg|Larm {venue} kl {time}. På plats: tre ungdomar i förrådet. En av dem "
    "uppgav namnet {full:1}, {ung} år, samordningsnummer {snr}, folkbokförd på {addr}. Övriga "
    "sprang mot {place}. "
    "Väktare {full:2}.",
    "vaktmastare|vaktmastare_logg|{first:1} vaktmästare: någon har tänt eld i papperskorgen vid "
    "baksidan av {school} igen. Släckt med vatten. Såg {nick:2} och en kompis cykla därifrån. "
    "[[Sten]] kastad genom fönstret i slöjdsalen också. Meddelat rektor {sur:3}.",
    "vaktare|vaktmastare_logg|Händelserapport bevakning\nObjekt: {school}\nFastighetsbeteckning: "
    "{fast}\nTid: kl {time}\nHändelse: inbrottslarm, dörr uppbruten. Polis på plats, {case}.\n"
    "Väktare: {comma:1}\nKontakt: {tel}",
    'vaktmastare|vaktmastare_logg|Mån: taggar på gaveln mot {street} och på {pstreet}, "{nick:1}" '
    "i rött\nTis: "
    "sanerat, kostnad {amount}\nOns: ny tagg, samma\nTors: pratat med rektor {sur:2} och "
    "{org}\n/{full:3}",
    "vaktare|vaktmastare_logg|Ronderingslogg\nkl {time} vid {venue}: ungdomar runt grillen ({antal} st), "
    "bad dem städa. En ({first:1}) var otrevlig, sa att hans bror {full:2} skulle komma. Inget mer "
    "hände.",
    "vaktmastare|vaktmastare_logg|[[Björk]] har blåst omkull över gångvägen vid {school} "
    "({fast}), avspärrat. "
    "{first:1} i {klass} klättrade ändå över och skrapade knät. Meddelat {first:1|g} lärare "
    "{full:2}.",
    "vaktare|vaktmastare_logg|Patrull {week}, {kommun}\n{date} – {school}: personer på "
    "taket ({antal} st), nerplockade. Identifierade: {full:1} ({pnr}), {full:2}.\nVårdnadshavare "
    "underrättade.",
    # ---- personalchatt: staff group chats (Teams, sms)
    "larare|personalchatt|{first:1}: har nån sett {lowf:2}? hon gick från lektionen kl {time}\n"
    "{first:3}: hon satt vid {venue} med {nick:4} nyss\n{first:1}: ok ringer hem",
    "fritidsledare|personalchatt|{first:1}: ikväll stängt kl 21 pga personalbrist\n{wfirst:2}: ok, "
    "{nick:3} och gänget kommer bli sura\n{first:1}: säg att de kan gå till {venue}",
    "larare|personalchatt|[{time}] {first:1}: bråk i matsalen, behöver hjälp\n[{time}] {first:2}: "
    "kommer\n[{time}] {first:1}: {first:3} och {lowf:4} har lugnat sig. båda till rektor",
    "elevassistent|personalchatt|{first:1} skrev: mamma till {first:2} ringde, han ska inte åka "
    "{line} hem idag, mormor {full:3} hämtar med bil ({plate2}).",
    "fritidspedagog|personalchatt|{first:1}: kan nån täcka gården? {wfirst:2} har slagit {first:3} "
    "igen\n{first:4}: jag går ut\n{first:1}: tack ❤️",
    "larare|personalchatt|{first:1}: vet ni att {first:2} i {klass} har nytt nummer? {mob}\n"
    "{first:3}: tack, lägger in",
    "fritidsledare|personalchatt|{lowf:1}: ring polisen, {nick:2} står utanför med kniv\n{lowf:3}: "
    "ringt 112, de kommer\n{lowf:1}: alla ungdomar inne, låst",
    "larare|personalchatt|{first:1}: obs alla! {full:2} i {klass} får inte hämtas av pappan. "
    "skyddad adress. rektor {sur:3} har papperen\n{first:4}: 👍",
    # ---- overlamning: handover notes between shifts / from kvällspersonal to dag
    "fritidsledare|overlamning|Överlämning till dagpersonal:\n- {first:1} var här i går trots "
    "avstängning, gick när vi sa till\n- {first:2|g} mamma vill bli ringd, {mob}\n- nyckel till "
    "förrådet saknas, {first:3} har haft den\n/{full:4}",
    "fritidsledare|overlamning|Till kvällsgänget: {nick:1} och {lowf:2} kan dyka upp, de har "
    "bråkat med {first:3} från {place} på Snapchat. Håll koll. [[Vår]] bedömning är att det kan "
    "bli bråk.",
    "skolskoterska|overlamning|Överlämning elevhälsan\n{full:1} ({klass}, {pnr}): slog i huvudet {date}, "
    "ska observeras\n{full:2}: nytt samordningsnummer {snr}\n{first:3}: orosanmälan gjord, "
    "innehåll hos kurator {sur:4}",
    "fritidsledare|overlamning|Natt till lördag: {first:1} och {first:2} sov över på gården efter "
    "discot utan lov, upptäcktes kl {time}. Pratat med {first:1|g} pappa {full:3}, {mob}.",
    "kvallspersonal|overlamning|ÖVERLÄMNING {week}\nGården: {venue}\nHänt: {first:1} hotade personal "
    "({first:2}) när han inte fick låna spelkonsolen. Polis ej kontaktad. Vh ({full:3}) "
    "informerade.\nNästa pass: {full:4}",
    "fritidsledare|overlamning|{first:1} har berättat för mig att {first:2} och {first:3} säljer "
    "vape på toaletterna. {first:1} vill vara anonym. Tar med det till mötet den {date}. "
    "/{full:4}",
    "fritidspedagog|overlamning|Till morgonfritids: {first:1} kommer med taxi i dag (mamma "
    "{full:2} ringde). Om hon inte kommer, ring {tel}. {first:3} ska hämtas av {full:4}. Rektor "
    "{wsur:5} vet.",
    "fritidsledare|overlamning|Till {first:1}: killen som kallas {nick:2} kom in med en mobil som "
    "inte var hans. {first:3} känner igen den som {first:4|g}. Vi kontaktade {org}.",
)
