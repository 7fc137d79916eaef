"""Frames of the fourteenth blind corpus, part b: calendar invitations, numbered minutes, scanned forms read
by OCR and text whose å, ä and ö a system turned into a and o."""

FRAMES = (
    "samordnare|kalender|Mötesinbjudan: EST veckoavstämning {week}\nOrganisatör: {full}\nDeltagare: "
    "{full}; {full}; {full}; {mail}\nPlats: {inst}, lokal Eken\nTid: {date} kl {time}",
    "samordnare|kalender|Inbjudan: Trygghetsvandring {place}\nOrganisatör: {rev}\nObligatoriska "
    "deltagare: {rev}; {rev}; {full}\nValfria: {first} ({org})",
    "sekreterare|kalender|Från kalendern: Avstämning centrum {date} kl {time}. Accepterat: {full}, "
    "{full}. Avböjt: {full} (semester). Preliminärt: {first}",
    "samordnare|kalender|{full} har bjudit in dig till: Samverkansmöte med {org}\nNär: {date} kl "
    "{time}\nVar: Teams\nDeltagare: {full}; {full}; kommunpolis {role}",
    "sekreterare|kalender|Uppdaterad inbjudan – ny tid kl {time}\nOrganisatör: {caps}\nDeltagare: "
    "{first}; {first}; {full}; {mail}",
    "fritidsledare|kalender|Svar: Accepterat: Lägesbild {week} – {full}\nJag kommer men måste gå kl "
    "{time}. {nick} från fritidsgården tar över. //{first}",
    "nattvandrare|kalender|Påminnelse: nattvandring den {date}\nSamlingsplats: {inst}\nAnsvarig: {full} "
    "({mob})\nAnmälda: {full}, {first}, {wf}, {full}",
    "sekreterare|protokoll|§ 4 Lägesbild {week}\n{full} (kommunpolis) redogjorde för läget i {place}. "
    "{first} från {org} kompletterade. Beslut: gul status.",
    "sekreterare|protokoll|§ 12 Övriga frågor\nOrdförande {role} tog upp klagomål från {full} om mopeder "
    "vid {inst}. Sekreterare: {init}. Justeras av {full}",
    "sekreterare|protokoll|Närvarande: {full}, {full}, {full}, {first} ({org})\nFrånvarande: {full}\n§ 1 "
    "Mötets öppnande. {full} hälsade välkommen.",
    "sekreterare|protokoll|§ 7 Insatser\n7.1 Belysning vid {street} – ansvarig {full}, klart "
    "{date}.\n7.2 Extra väktare i {place} – ansvarig {role}",
    "sekreterare|protokoll|Protokoll, lokala brottsförebyggande rådet {date}\nNärvarande: kommunpolis "
    "{role}, rektor {role}, {full} ({org}), {full}\n§ 3 Läget i {place}: lugnt enligt {first}.",
    "sekreterare|protokoll|§ 9 Skrivelse från {full}, {addr}, om otrygghet vid {inst}. Dnr {dnr}. "
    "Beslut: förvaltningen genom {full} återkommer.",
    "sekreterare|protokoll|Vid protokollet: {full}\nJusteras: {full} och {full}\n§ 14 [[Inga]] övriga "
    "frågor. Nästa möte {date}.",
    "sekreterare|protokoll|§ 5 Rapport från {org}: {nick} och {full} har setts langa vid {inst} enligt "
    "{firstg} rapport. Polisen informerad ({kno}).",
    "handlaggare|ocr|ANMÄLAN 0M SKADEGÖRELSE\nNamn:{full} Personnr:{pnr}\nAdress:{addr} "
    "Tel:{mob}\nBeskrivning:Rutan i porten krossad natten till {date}",
    "handlaggare|ocr|Blankett 3 B, Incidentrapport\nRapportör:{full}\nVittne: {full}, tel "
    "{tel}\nHändelse:Stenkastning mot buss vid {inst} kl.{time}",
    "handlaggare|ocr|Underskrift: {full}\nNamnförtydligande:{caps}\nDatum: {date}\nOrt: {place}",
    "handlaggare|ocr|Jag {full} intygar att jag sett en rnoped köra på gångvägen vid {street}. Reg.nr "
    "{plate}. Ägare enligt uppgift {full}",
    "bovard|ocr|Tillsynsprotokoll s.2\nNärvarande:{full},{full}\nFastighet:{fast}\nAnrnärkning: Klotter "
    "i trapphus, fastighetsskötare {role} kontaktad",
    "socialtjanst|ocr|lntervju med {full} ({samnr})\nUppger att {nick} hotat honorn vid {inst}. "
    "Handläggare {role}.",
    "volontar|ocr|Bidragsblankett, förening: {org}\nKontaktperson {full}\nTelefon {mob}\nE-post "
    "{mail}\nKassör {role}",
    "rektor|ocr|Skanning sid 4: Elev {full} ({pnr}) klass 8B rapporterad av {full}, mentor. "
    "Vårdnadshavare {full} {mob}",
    "trygghetsvard|utan_prickar|Hej! Har pratat med {full} på {addr} om brandlarmet. Hen säger att "
    "{nick} och några killar rökte i trapphuset. Mvh {first}",
    "handlaggare|utan_prickar|Från: {mail}\nÄmne: Skadegörelse {place}\nHej, bilen {plate} har fått "
    "rutan krossad utanför {inst}. Ägare {full}, {mob}. /{sf}",
    "trygghetsvard|utan_prickar|SMS från {first}: Det är stökigt vid hållplatsen för {bus} nu, typ 15 "
    "pers. {nick} är där också. Kan väktare åka förbi? Ring {mob}",
    "samordnare|utan_prickar|Rapport {week}: Lugnt i {place}. {full} från {org} säger att hyresgästen i "
    "{lgh} har klagat igen. Bovärd {role} följer upp.",
    "samordnare|utan_prickar|Kontaktlista: {full} {mob}, {full} {tel}, {first} (kväll) {mob}",
    "kundtjanst|utan_prickar|Ärende {arende}\nAnmälare: {rev}\nBeskrivning: Grannen {full} i {lgh} "
    "spelar hög musik, sista gången {date} kl {time}.",
    "trygghetsvard|utan_prickar|Hälsningar från {full}, trygghetsvärd i {place}. Vi såg {wf} och {first} "
    "från föreningen vid {inst} i går kväll.",
)
