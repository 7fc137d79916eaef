"""Frames of the fourteenth blind corpus, part a: guard companies' apps, housing companies' case systems,
ticket comments and pasted Excel rows. Each frame is `voice|style|template`; `{slot}` is filled by
tests/blind14_fill.py, `[[text]]` is a word look-alike."""

FRAMES = (
    "vaktare|vaktarapp|Rapport-ID {ao} Objekt: {inst} Väktare: {full} Händelse: Avvisning, personen "
    "uppgav namnet {full} Tid: {time}",
    "vaktare|vaktarapp|Larmtyp: Inbrottslarm;Objekt: {addr};Åtgärd: Kontrollerat, kontakt med bovärd "
    "{role};Rapportör: {init};Avslutad kl {time}",
    "vaktare|vaktarapp|{stamp} RONDERING {inst}\nAnmärkning: ungdomar i trapphus, en kallades {nick} av "
    "de andra.\nVäktare {full}, uppdrag {ao}",
    "vaktare|vaktarapp|Händelserapport|{date}|Ingripande vid {inst}|Omhändertagen: {full}, "
    "{samnr}|Väktare: {full} & {first}",
    "vaktare|vaktarapp|Mobil rapport\nUppdrag: {org} - {place}\nRapportör: {caps}\nBeskrivning: "
    "Tillsägelse till {first} och {first} för rökning i entrén. Vakthavande {role} informerad.",
    "vaktare|vaktarapp|Larm kl {time} {inst}. {full} från {org} på plats {time}. Kontakt med "
    "nyckelinnehavare {full} {mob}.",
    "vaktare|vaktarapp|Väktare {role} rapporterar: bil {plate} parkerad på gångväg vid {street}, ägaren "
    "{full} kontaktad via {mob}. Ärendet stängt {time}.",
    "vaktare|vaktarapp|[[Status]]: Avslutad Rond: {place} Personal: {first}/{first} Notering: {nick} och "
    "hans kompisar ville in i {inst}, avvisade. Fordon {platen}",
    "handlaggare|bostadsarende|Ärende {arende}, Registrerad: {stamp}, Anmälare: {full}, {pnr}, {addr}, "
    "{lgh}, Handläggare: {full}, [[Status]]: Pågående",
    "handlaggare|bostadsarende|Ärendenr;Registrerad;Fastighet;Adress;Ärendetyp;Beskrivning\n{ao};{stamp};"
    "{fast};{addr};Klotter;Hyresgäst {full} anmälde klotter i trapphus, {first} bokade sanering",
    "kundtjanst|bostadsarende|Felanmälan {ao}\nFrån: {full} ({mob})\nAvser: {addr}\nText: Trasig "
    "belysning i källargången sedan {date}, grannen {first} har också ringt. /{sf}",
    "kundtjanst|bostadsarende|Kundtjänst notering {stamp}: Hyresgäst {fullg} son uppger att {nick} och "
    "några andra hänger i förrådet. Vidarebefordrat till bovärd {role}.",
    "handlaggare|bostadsarende|{sf} - Störning - {lgh}, {addr}. Grannarna {full} och {first} klagar på "
    "musik nattetid. Varning skickad {date}.",
    "handlaggare|bostadsarende|Handläggare: {rev}\nKontaktperson: {rev}, {tel}\nFastighet: "
    "{fast}\nKommentar: Samtal med {firstg} mamma om skadegörelse i tvättstugan. [[Inga]] fler åtgärder.",
    "handlaggare|bostadsarende|Ärende {arende} stängt av {init}. Brand i soprum {addr}, "
    "räddningstjänsten ({org}) på plats. Kostnad: {amount}. Polisanmält {kno}.",
    "bovard|bostadsarende|Inflyttningskontroll {lgh}: nyckel kvitterad av {full}, {pnr}. Tidigare "
    "hyresgäst {full} ej nåbar. Bovärd: {ws}",
    "tekniker|ticket|{ao} – Kommentar från {full} ({org}): Vi har skickat ut {first} för att titta på "
    "grinden vid {inst}. Uppdaterar efter besöket. @{low} kan du bekräfta?",
    "tekniker|ticket|Status ändrad: Ny → Pågående av {sf}\nTilldelad: {full}\nKommentar: Kontaktat "
    "anmälaren {full} på {mob}, återkommer {date}.",
    "tekniker|ticket|[{date}] {full}: Klotter sanerat på {street}, ca 6 kvm. Faktura till "
    "{org}.\n[{date}] {first}: Tack! [[Klart]], stänger ärendet.",
    "samordnare|ticket|Intern notering (syns ej för kund): {first} på nattskiftet säger att {nick} "
    "brukar vara där. Prata med kommunpolis {role} innan vi gör mer.",
    "kundtjanst|ticket|Ticket {ao} | Prio 2 | Rapporterad av: {mail} | Ansvarig: {full} | {place}: "
    "Trasig lampa i gångtunneln mot {inst}.",
    "kundtjanst|ticket|{full} svarade: Hej! Vi har en bil {platen} som står på gräsytan vid {street} "
    "nära hållplatsen för {bus} sedan {week}. Kan ni flytta den? Mvh {first}",
    "tekniker|ticket|Ärende återöppnat av {init} ({org}). Orsak: ny skadegörelse {date}. Hyresgäst i "
    "{lgh} ({full}) har skickat bilder.",
    "samordnare|excel|Datum\tTid\tOmråde\tPlats\tKategori\tBeskrivning\tRapportör\n{date}\t{time}\t{place"
    "}\t{inst}\tKlotter\tTaggar på fasaden, sågs av {full}\t{full}",
    "trygghetsvard|excel|{date};{time};{place};Bråk/ordningsstörning;Två grupper bråkade utanför {inst}, "
    "en av dem kallas {nick};Trygghetsvärd {role}",
    "samordnare|excel|Rapportör;Telefon;E-post\n{full};{mob};{mail}\n{full};{tel};{mail}\n{first} "
    "({org});{mob};",
    "trygghetsvard|excel|{week}\t{place}\tNedskräpning\tMatrester vid {inst}, {first} från lokalvården "
    "städade\t{init}",
    "kommunpolis|excel|Händelsenr;Datum;Klockslag;Brottstyp;Plats\n{kno};{date};{time};Skadegörelse;{stre"
    "et}\nKommentar;{caps} har lagt in raden, fråga {first} om resten",
    "samordnare|excel|{sf}\t{mob}\t{addr}\tGrannsamverkan, kontaktombud\t{date}",
    "samordnare|excel|Insats;Ansvarig;Status;Uppföljning\nBelysning "
    "{street};{full};Pågående;{week}\nExtra ronder {place};{org} / {first};Planerad;{date};kostnad "
    "{amount}",
)
