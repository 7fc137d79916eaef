"""Frames of the fourteenth blind corpus, part c: text whose å, ä and ö became `?` or `Ã¤` (a mail client or
an export reading UTF-8 wrongly), dictated speech-to-text and Norwegian and Danish staff."""

FRAMES = (
    "samordnare|fragetecken|Från: {full} <{mail}>\nSkickat: {date}\nÄmne: Bränd container vid "
    "{inst}\nHej, {first} på nattskiftet såg två killar springa mot {street}.",
    "kundtjanst|fragetecken|Ärendelogg {arende}: Hyresgäst {full} ({lgh}) anmäler att dörren till "
    "cykelrummet är uppbruten. Åtgärdat av fastighetsskötare {role}.",
    "trygghetsvard|fragetecken|Lägesrapport {place} {week}: Stökigt vid {inst} fredag kväll. {full} och "
    "{full} från {org} på plats. Polisen kallad. Bil {platen} kördes på gångvägen.",
    "bovard|fragetecken|Kvittens: nycklar utlämnade till {full}, {samnr}, {addr}. Utlämnat av {init}.",
    "samordnare|fragetecken|Till: {full}; {full}\nKopia: {mail}\nHej båda! {nick} har ringt igen om "
    "mopederna vid {inst}. Kan ni ta det med kommunpolis {role}? /{first}",
    "samordnare|fragetecken|Åtgärdslista: 1) Ny belysning {street} ({full}) 2) Klippa buskar vid {inst} "
    "({first}) 3) Kontakt med {org} ({sf})",
    "volontar|fragetecken|Grannsamverkan {place}: kontaktombud {full}, {addr}, {tel}. Ersättare {wf} på "
    "samma gata.",
    "handlaggare|mojibake|Ärende {arende} – Anmälare: {full}, Område: {place}, Beskrivning: Glaskross i "
    "entrén till {inst}. Handläggare: {full}",
    "butikschef|mojibake|Hej! Vi på {org} har sett ökat klotter på {street}. Kontakta {full} på {mob} "
    "eller {mail}. Hälsningar {first}",
    "vaktare|mojibake|Rapportör: {sf}\nTid: {time}\nHändelse: Ungdomar kastade sten mot bussen ({bus}) "
    "vid {inst}. Föraren {full} oskadd.",
    "sekreterare|mojibake|Möte {date}: Närvarande {full}, {full}, {first}. Diskuterades otrygghet vid "
    "{inst}, förslag från {full} om fler vuxna ute.",
    "bovard|mojibake|Förrådsinbrott {addr}, förråd tillhörande {lgh}. Hyresgäst {full} kontaktad. "
    "Polisanmälan {kno}.",
    "bovard|mojibake|Övrigt: {firstg} bil ({platen}) har fått däcken sönderskurna på parkeringen vid "
    "{street}. Försäkringsbolaget kontaktat av {full}.",
    "samordnare|mojibake|Bästa {full}! Tack för rapporten om {place}. Jag har skickat den vidare till "
    "förvaltare {role} på {org}. Hälsningar, {full}",
    "fritidsledare|diktat|ja så här var det i går kväll vid {inst} ungefär kl {time} kom {full} fram "
    "till oss och sa att {low} hade blivit hotad av några äldre killar punkt",
    "trygghetsvard|diktat|diktat från {first} vi åkte {bus} till {place} med {low} och {full} det var "
    "lugnt förutom vid {inst} där det låg glas överallt",
    "trygghetsvard|diktat|anteckning bil {plate} stod på gräsmattan igen ägaren heter {low} tror jag bor "
    "på {addr} ny rad ring {mob}",
    "samordnare|diktat|kommunpolis {role} ringde och sa att {full} och {low} har omhändertagits vid "
    "{inst} kommatecken båda släpptes i natt",
    "fritidsledare|diktat|okej så nästa punkt är att {nick} och hans kompisar har börjat hänga i "
    "cykelrummet på {street} och {first} från {org} har pratat med dem",
    "samordnare|diktat|meddelande till {full} från {full} hej jag kommer inte på mötet {date} kan du ta "
    "rapporten från {place} tack",
    "rektor|diktat|rektor {role} har ringt om {low} i årskurs sju som har blivit rånad vid {inst} mamman "
    "heter {full} och nås på {mob}",
    "nattvandrare|diktat|vi pratade med {wf} och {low} vid grillplatsen de sa att {nick} brukar sälja "
    "där på kvällarna slut",
    "vaktare|nordisk|Hei! Jeg var på vakt i {place} i går. Det var uro ved {inst}, {full} og {first} ble "
    "bortvist. Mvh {full}",
    "tekniker|nordisk|Hej alle sammen. Vi har haft besøg af {full} fra {org} angående hærværk på "
    "{street}. Kontakt mig på {mob}. Venlig hilsen {first}",
    "vaktare|nordisk|Rapport fra nattevakt {full}: Bil {plate} stod parkert på gangveien ved {inst}. "
    "Eier {full} kontaktet. Saken avsluttet kl {time}.",
    "bovard|nordisk|Til {full}. Beboeren i {lgh}, {full}, har klaget på støy igjen. Vaktmester {role} "
    "har snakket med dem. Hilsen {first}",
    "fritidsledare|nordisk|Jeg har snakket med {nick} og de andre ungdommene utenfor {inst}. De lovet å "
    "rydde opp. {first} fra fritidsklubben var med.",
    "tekniker|nordisk|Oppdatering: Graffiti på {inst} er fjernet av {org}. Pris: {amount}. Spørsmål til "
    "{full} på {tel}.",
    "sekreterare|nordisk|Referat fra møtet {date}: Til stede {full}, {full} og politibetjent {role}. "
    "Neste møte om to uker.",
    "vaktare|nordisk|{full} (vekter, {org}) melder: To personer i trappeoppgangen, {addr}. Den ene kalte "
    "seg {nick}. Politiet varslet {time}.",
)
