"""Frames of the sixty-seventh blind corpus, part e: minutes of the centre's safety meetings, alarm lists
exported from the control room, and shop managers' e-mails to the centre management.
`role|style|template`; the slots are tests/blind67_fill.py's."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # --- minutes of the centre's safety meetings
    "trygghetssamordnare|trygghetsmote|Protokoll trygghetsmöte den {date}, {centre}\n"
    "Närvarande: {full:1} (centrumchef), {full:2} (kommunpolis), {full:3} ({kommun}), {first:4} "
    "(väktarbolaget)\n§ 1 Lägesbild: {antal} snatterier, två personalrån.\n"
    "§ 2 Tillträdesförbud: {full:5} har brutit mot förbudet.",
    "trygghetssamordnare|trygghetsmote|Minnesanteckningar Trygg i centrum, {week}\n"
    "Deltagare: {first:1}, {first:2}, {first:3}, {first:4}\n1. Ungdomsgruppen vid {shop} – fältarna har "
    "fått namn: {full:5} och {full:6}.\n2. Belysning vid {street} – klart.\n"
    "3. Nästa möte {date}.",
    "trygghetssamordnare|trygghetsmote|§ 4 Rån mot personal. {full:1} från {shop} berättade om rånet den "
    "{date}. Polisen (genom {sur:2}) meddelade att en person är häktad. Butiken har nu "
    "tvåpersonsbemanning efter kl {time}. [[Björk]] vid entrén ska beskäras för bättre insyn.",
    "trygghetssamordnare|trygghetsmote|Åtgärdslista från trygghetsmötet\n"
    "Ansvarig: {full:1} – fler kameror i parkeringshuset\nAnsvarig: {full:2} – dialog med {shop} om "
    "ungdomarna\nAnsvarig: kommunpolis {sur:3} – följa upp tillträdesförbud för {full:4}\n"
    "Klart till: {week}",
    "trygghetssamordnare|trygghetsmote|Protokollsutdrag: Mötet beslutade att ansöka om kameraövervakning "
    "av entrén mot {pstreet}, fastighet {fast}. {full:1} tar fram underlaget till {kommun}. {full:2} på "
    "{shop} påpekade att rånet mot {first:3} hade kunnat undvikas.",
    "trygghetssamordnare|trygghetsmote|mötesanteckn {date}\nnärvarande: {lowf:1}, {first:2}, polisen "
    "({first:3})\n- ökning snatteri {shop} (godis, energidryck)\n- {low:4} har fått nytt förbud\n"
    "- nattvandrare från {place} fre+lör\n- {lowf:1} kollar med {kommun}",
    "trygghetssamordnare|trygghetsmote|Punkt 3. Ungdomar i {centre}. {full:1} ({shop}) rapporterade att "
    "grupper på upp till {antal} ungdomar samlas vid hållplatsen för {line} efter skolan. Kommunpolisen "
    "{full:2} föreslog samverkan med fältarna. {first:3} från kommunen bokar möte {date}.",
    "trygghetssamordnare|trygghetsmote|Trygghetsvandring {centre}, {week}. Deltog: {full:1}, {full:2}, "
    "{first:3} (Hyresgästföreningen). Påpekades: mörkt vid {pstreet}. [[Vilja]] finns hos "
    "fastighetsägaren att sätta upp fler lampor. Ansvar: {sur:4}.",
    # --- alarm lists exported from the control room
    "kontrollrum|larmlista|Datum;Tid;Objekt;Händelse;Åtgärd;Väktare\n"
    "{date};{time};{shop};Överfallslarm kassa;Utryckning;{full:1}\n"
    "{date};{time};{centre};Snatteri, gärningsman {full:2};Polis;{full:3}",
    "kontrollrum|larmlista|Objekt;Typ;Kommentar;Registrerat av\n{shop} {centre};Inbrott;Glaskross, bil "
    "{plate} sedd;{first:1}\n{shop} {centre};Personlarm;{first:2} i kassan hotad av {full:3};{first:1}",
    'kontrollrum|larmlista|"datum","tid","plats","typ","person","id"\n'
    '"{date}","{time}","{centre}","Tillträdesförbud brutet","{full:1}","{pnr}"\n'
    '"{date}","{time}","{shop}","Hot mot personal","{full:2}","{snr}"',
    "vaktare|larmlista|Export larmcentral – {centre} – {week}\nkl {time} Rånlarm {shop}, väktare {sur:1} "
    "framme kl {time}\nkl {time} Personlarm {first:2} ({shop})\nkl {time} Brandlarm, falsklarm, "
    "återställt av {full:3}",
    "kontrollrum|larmlista|ID | Tid | Område | Beskrivning | Rapportör\n"
    "{antal} | {time} | {place} | {full:1} med flera tog alkohol från {shop} | {first:2}\n"
    "{antal} | {time} | {place} | Ungdomsgrupp, ledare kallas {nick:3} | {first:2}",
    "kontrollrum|larmlista|{date};{centre};Snatteri;{caps:1};{amount};{first:2}\n"
    "{date};{centre};Hot;{caps:3};;{first:2}",
    "kontrollrum|larmlista|Rad 14: {low:1};{pnr};{addr};förbud t.o.m. {date}\n"
    "Rad 15: {comma:2};{snr};{addr}, {lgh};förbud t.o.m. {date}",
    "vaktare|larmlista|Larmlogg {centre}\n{time} ÖVERFALLSLARM {shop} – {first:1} hotad\n"
    "{time} Väktare {wsur:2} på plats\n{time} Polis framme, {full:3} gripen, {case}",
    # --- shop managers' e-mails to the centre management
    "butikschef|butiksmejl|Hej {first:1}!\nVi på {shop} har nu fått nog. I dag kom {nick:2} och hans "
    "kompisar in igen och hotade {first:3} när hon bad dem gå. Vi vill att centrumet sätter in väktare "
    "vid vår entré. Annars överväger vi att inte förlänga hyresavtalet.\n"
    "Mvh {full:4}\nButikschef, {tel}",
    "butikschef|butiksmejl|Från: {mail}\nTill: centrumledningen\nÄmne: Snatteri igen\n"
    "\nHej, {full:1} från {shop} här. Samma kvinna som förra veckan, hon heter {full:2} enligt polisen. "
    "Hon tog kosmetika för {amount}. Kan ni kolla kamerorna kl {time}? Tack! {first:1}",
    "butikschef|butiksmejl|Hej centrumchef {sur:1}, jag vill tacka väktarna {first:2} och {first:3} som "
    "hjälpte oss när vi blev rånade i lördags. Personalen mår bättre nu. Det vore bra om vi fick veta om "
    "polisen gripit {full:4}, som vi tror var en av dem. /{full:5}, {shop}",
    "butikschef|butiksmejl|Hej! {shop} här. Parkeringen mot {street} är helt mörk efter kl {time}, "
    "personalen känner sig otrygg. {first:1} blev förföljd till bilen i tisdags av en man som sagt att "
    "han heter {first:2}. [[Klara]] ni att fixa belysningen den här veckan? Hälsningar {full:3}",
    "butikschef|butiksmejl|{comma:1}\nButikschef {shop}\n{mob}\n\n"
    "Hej, vi har problem med ungdomar som står i vår entré och röker. En heter {full:2} (går på "
    "{venue}), de andra vet jag inte. Vi har pratat med {full:3} i kontrollrummet men inget händer.",
    "butikschef|butiksmejl|Re: Tillträdesförbud\n\nHej {first:1}, vi stöder förslaget om förbud för "
    "{full:2}. Hon har tagit varor för minst {amount} från oss sedan {week}. Jag bifogar kvitton och "
    "bilder. {full:3}, {shop}, tel {tel}",
    "kassapersonal|butiksmejl|hej! vi på {shop} vill bara säga att {lowf:1} från gänget vid {place} har "
    "börjat hota vår personal, senast {lowf:2} i fredags. han sa att han vet var hon bor ({addr}). vi "
    "har anmält ({case}). /{lowf:3}",
    "butikschef|butiksmejl|Hej {full:1}! Tack för veckobrevet. Vi på {shop} vill tillägga att rånet mot "
    "vår kassör {wfirst:2} (han är ok) skedde kl {time}, inte tidigare som det stod. Polisen har hämtat "
    "filmen. Hälsningar butikschef {wsur:3}",
)
