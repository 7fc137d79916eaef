"""Frames of the sixty-seventh blind corpus, part c: the police's notes on the centre's reports, shops'
incident reports, and security guards' (ordningsvakter's) reports and pocket-book notes.
`role|style|template`; the slots are tests/blind67_fill.py's."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # --- the police's notes
    "polis|polisanteckning|Polisens kommentar till centrumets veckonotering ({week}): Vi känner till "
    "{full:1} sedan tidigare. Anmälan om olaga intrång upprättad, {case}. Beträffande ungdomsgruppen: "
    "{nick:2} och {nick:3} har kontaktats via socialtjänsten. /kommunpolis {full:4}",
    "polis|polisanteckning|PM kommunpolis {date}\nAngående {centre}: Rånet mot anställd på {shop} utreds "
    "under {case}. Misstänkt är {full:1}, {pnr}, som greps i går på {street}. Målsägande {full:2} har "
    "fått information om stödperson.\n{init:3}, kommunpolis",
    "polis|polisanteckning|Notering: Trygghetssamordnaren {first:1} har frågat om vi kan öka närvaron i "
    "{centre} på fredagar. Patrull från {place} kan passera kl {time} och kl {time}. Ansvarig gruppchef: "
    "{full:2}, {tel}.",
    "polis|polisanteckning|Anteckningar efter samverkansmöte {date}\n"
    "Närvarande: {full:1} (centrumchef), {full:2} (väktarbolaget), {full:3} (polis), {first:4} "
    "(kommunen)\nPolisen noterar att tillträdesförbuden fungerar. Två personer, {comma:5} och {comma:6}, "
    "har brutit mot förbud under {week}.",
    "polis|polisanteckning|Polisens anteckning: {caps:1}, {snr}, är skriven på {addr}, {lgh}, {place}. "
    "Ingen tidigare dom för stöld. Ärendet {case} överlämnas till åklagare. Kontakt via mamma {full:2}, "
    "{mob}.",
    "polis|polisanteckning|Info från polisen, {week}. Bilen som ungdomarna kör runt med i garaget är "
    "{plate2}, registrerad på {full:1}. Vi har pratat med honom. Sonen {first:2} och kompisen {first:3} "
    "har fått förelägganden. Hör av er till {mail} vid nya händelser.",
    "polis|polisanteckning|kommunpolisens kommentar: grupperingen i {centre} leds enligt våra uppgifter "
    "av {low:1}, {ung} år. han har kontakt med {low:2} som vi ser i {place}. skicka gärna bilder från "
    "kamerorna till {first:3} på {mail}.",
    "polis|polisanteckning|Polis {sur:1} till centrumchef {sur:2}: Tack för rapporten från {date}. "
    "Gärningsmännen till personalrånet på {shop} är identifierade. En av dem är {full:3}. Vi återkommer "
    "när {wfirst:4} på utredning har hörts klart. Diarienr {case}.",
    # --- shops' incident reports
    "butikschef|incidentrapport|Incidenttyp: Hot mot personal\nButik: {shop}\n"
    "Centrum: {centre}\nTidpunkt: {date}, kl {time}\nInblandade: {full:1} (personal), {full:2} (kund)\n"
    "Beskrivning: Kunden blev aggressiv när {first:1} nekade retur utan kvitto, hotade att 'vänta "
    "utanför'.\nRapporterad av: {full:3}",
    "kassapersonal|incidentrapport|Kategori: Stöld/snatteri\nVärde: {amount}\n"
    "Gärningsperson känd: JA – {full:1}, kallas {nick:1}\nPolis tillkallad: NEJ\n"
    "Kommentar: tog med sig två jackor från {shop}, sprang ut mot {place}. {first:2} i kassan försökte "
    "stoppa honom men han knuffade henne.\nUppgiftslämnare: {first:3}, {mob}",
    "butikschef|incidentrapport|Rapport i Trygg Handel-appen\n{shop} / {centre}\n"
    "{date}\nEn man i 40-årsåldern, som enligt personalen heter {full:1}, försökte betala med ett kort i "
    "namnet {full:2}. Kortet spärrat. Mannen lämnade butiken i bil {plate}.\n"
    "Anmälare: {full:3}, butikschef",
    "kassapersonal|incidentrapport|incident {date}, {shop}\nvem: {low:1}, ca {ung} år\n"
    "vad: tog laddare och hörlurar, ca {amount}\nvarifrån: {centre}\n"
    "vem såg: {lowf:2} och jag ({first:3})",
    "butikschef|incidentrapport|Avvikelserapport – apoteket i {centre}\n"
    "Datum: {date}\nKund {full:1} ({pnr}) försökte hämta ut läkemedel på recept som tillhör {full:2}. "
    "Personal {first:3} vägrade lämna ut. Kunden skrek och sparkade på disken. Väktare {sur:4} kallad kl "
    "{time}.",
    "butikschef|incidentrapport|Skaderapport {shop}: Glasdörren mot {street} krossad natten mot söndag. "
    "Kameran visar {first:1|g} bror, alltså {full:2}, och ytterligare en person. Kostnad för ny glasdörr "
    "ca {amount}. Fastighetsbeteckning {fast}.",
    "butikschef|incidentrapport|Hej centrumledningen, vi på {shop} vill rapportera att {full:1} har "
    "tagit varor hos oss tre gånger den här månaden. Hon kommer ofta med {first:2} och en kille som "
    "kallas {nick:3}. Kan ni utfärda tillträdesförbud? Mvh {full:4}, butikschef, {tel}",
    "kassapersonal|incidentrapport|Trygg Handel-incident\nTyp: Rån\n"
    "Tid: {time}\nPlats i butik: kassa 2\nSkadade: ingen\nPersonal i tjänst: {full:1}, {full:2}\n"
    "Gärningsmän: 2, den ena kallad {nick:3} av den andra\nFordon: moped {plate2}\n"
    "Polisens ärendenr: {case}",
    # --- security guards' reports and notes
    "ordningsvakt|ordningsvaktsrapport|Ordningsvaktsrapport\nOrdningsvakt: {full:1}\n"
    "Omhändertagen enl. 13 § PL: {full:2}, {pnr}\nPlats: {centre}, utanför {shop}\n"
    "Kl: {time}\nOrsak: berusad, störde besökare och personal\nÖverlämnad till polispatrull, {case}",
    "ordningsvakt|ordningsvaktsrapport|Avvisning enligt 13 § polislagen kl {time}. Personen, {full:1}, "
    "vägrade lämna {centre} efter tillsägelse från ordningsvakt {sur:2}. {sur:2|g} kollega {first:3} "
    "filmade med kroppskamera. Personen gick mot {line} och lämnade området.",
    "ordningsvakt|ordningsvaktsrapport|Dagbok OV den {date}\n{time} börjar pass med {first:1}\n"
    "{time} avvisar {full:2} från {shop}, berusad\n{time} samtal med {nick:3} och tre kompisar vid "
    "fontänen\n{time} slut pass, rapport till {full:4}",
    "ordningsvakt|ordningsvaktsrapport|Ingripande mot {full:1} ({ung} år) som kastade flaskor inne i "
    "{centre}. Han sa att han heter '{nick:1}', men identifierades via ID-kort: {pnr}. Vårdnadshavare "
    "{full:2} kontaktad på {mob} kl {time}.",
    "ordningsvakt|ordningsvaktsrapport|Ordningsvakterna {sur:1} och {sur:2} ingrep kl {time} mot en man "
    "som slog en anställd på {shop}. Mannen, {full:3}, fördes ned till marken och hölls kvar tills polis "
    "kom. Den anställde, {first:4}, fick åka till {venue}.",
    "ordningsvakt|ordningsvaktsrapport|OMHÄNDERTAGANDE\nNamn: {caps:1}\n"
    "Pnr: {pnr}\nAdress: {addr}\nTidpunkt: kl {time}\nPlats: {pstreet}, utanför {centre}\n"
    "OV: {init:2}, {init:3}",
    "ordningsvakt|ordningsvaktsrapport|kl {time} stod {lowf:1} och {lowf:2} och skrek mot väktarna vid "
    "{shop}. ov {wsur:3} tog {lowf:1} åt sidan och pratade, lugnade sig. {first:4} från fältgruppen kom "
    "kl {time}.",
    "ordningsvakt|ordningsvaktsrapport|{full:1} omhändertogs kl {time} för berusning i {centre}. Han "
    "hade med sig en bag med oscannade varor från {shop}. Vakten {wfirst:2} lämnade över honom till "
    "polisassistent {sur:3}.",
)
