"""Frames of the sixty-seventh blind corpus, part b: gangs of youths in the mall, robberies of staff, and the
centre manager's weekly notes to the trygghetssamordnare. `role|style|template`; the slots are
tests/blind67_fill.py's."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # --- gangs of youths in the mall
    "vaktare|ungdomsgrupp|Ca {antal} ungdomar samlades vid rulltrapporna i {centre} från kl {time}. "
    "Flera av dem känns igen från {place}, bland andra {nick:1}, {nick:2} och {first:3}. De kastade "
    "pommes på personal vid {shop}. Väktare {sur:4} bad dem lämna, vilket de gjorde efter en stund.",
    "ordningsvakt|ungdomsgrupp|Observation ungdomsgrupp, {date}\nPlats: {centre}, foodcourt\n"
    'Antal: {antal}\nKända: {full:1}, {full:2}, "{nick:3}"\nHändelse: högljudda, filmade personal med '
    "mobil och lade upp på Snap. Hot mot {first:4} på {shop}.\nÅtgärd: avvisade kl {time}.",
    "butikschef|ungdomsgrupp|Samma gäng igen vid {shop} i dag. Killen som kallas {nick:1} och hans "
    "lillebror {first:2} ({ung}) var ledare. De snodde godis och slängde saker mot {first:3} i kassan. "
    "Hon är skakad. Ring mig på {mob} om ni ser dem. /{first:4}",
    "kassapersonal|ungdomsgrupp|gänget från {place} var här igen ikväll. {lowf:1}, {lowf:2} och nån ny. "
    "stod vid entrén mot {street} och spottade. väktarna kom kl {time}, då stack de mot {line}.",
    "vaktare|ungdomsgrupp|Ungdomar med mopeder inne i garaget, {antal} st, vid {centre}. En moped med "
    "reg {plate2} och en bil {plate} som de hängde vid. Föraren av bilen, {full:1}, uppgav att han bara "
    "väntade på sin syster {first:2}. [[Klara]] besked till dem att garaget stänger kl {time}.",
    "centrumchef|ungdomsgrupp|Till trygghetssamordnare {sur:1}\nVi ser en tydlig ökning av "
    "ungdomsgrupper fredagar efter skolan, särskilt elever från {venue}. Vi har pratat med fältarna och "
    "med {full:2} på {shop}. Två namn återkommer: {full:3} och en som kallas {nick:4}.\n"
    "/{full:5}, centrumledningen",
    "ordningsvakt|ungdomsgrupp|{first:1}, {first:2} och {first:3} ({ung}–{ung} år) avvisade från "
    "{centre} kl {time} efter bråk med personal på {shop}. Föräldrar kontaktade: {full:4}, {mob}.",
    "ordningsvakt|ungdomsgrupp|Ordningsvakt {wsur:1} noterar: stor grupp ({antal}) i {centre}, flera med "
    "ansiktet täckt. En av dem, {full:2}, har tidigare belagts med tillträdesförbud. Polis ringd kl "
    "{time}, patrull kom kl {time}. Gruppen skingrades mot {place}.",
    # --- robberies of staff
    "butikschef|personalran|HÄNDELSERAPPORT – RÅN MOT PERSONAL\nButik: {shop}\n"
    "Datum/tid: {date} kl {time}\nDrabbad personal: {full:1}, {pnr}\n"
    "Gärningsmän: två män, ca {vuxen} år, den ena med kniv\nBytet: dagskassan, ca {amount}\n"
    "Polisens diarienr: {case}\nRapportör: butikschef {sur:2}",
    "butikschef|personalran|Rån mot {first:1} i kassan på {shop} kl {time}. Han hotades med något som "
    "såg ut som en pistol. Gärningsmannen flydde till fots mot hållplatsen för {line} och hoppade in i "
    "en vit Golf, {plate}. Vittne {full:2} har lämnat uppgifter till polis. {first:1} är sjukskriven "
    "resten av veckan.",
    "butikschef|personalran|Hej {first:1}! Tråkiga nyheter: vår kollega {full:2} blev rånad på väg till "
    "banken med dagskassan i går kväll, i gången mellan {centre} och {street}. Två unga killar, den ena "
    "kallades {nick:3} av den andra. Hon mår efter omständigheterna okej. Polisens ärende: {case}.\n"
    "//{full:4}, butikschef {shop}",
    "polis|personalran|Rånet mot personal på {shop} den {date}\nMålsägande: {caps:1}\n"
    "Telefon: {mob}\nMisstänkt: {full:2}, {snr}, skriven på {addr}, {lgh}\n"
    "Tillgripet: mobiltelefon och {amount} i kontanter\nHandläggare: kriminalinspektör {sur:3}",
    "vaktare|personalran|Ärende {case} – personalrån {centre}\n{date} kl {time} kom två maskerade "
    "personer in i {shop} och krävde kassalådan. Anställd {first:1} ({vuxen}) lämnade över cirka "
    "{amount}. Väktare {sur:2} såg dem fly mot {place} i en svart Audi, reg {plate2}.",
    "polis|personalran|Vittnesuppgift, upptagen av polisassistent {sur:1}\n"
    "Vittne: {full:2}, {pnr}, tel {mob}\nUppger: Jag stod vid {shop} när jag såg en kille i grön jacka "
    "hålla kniv mot {first:3} som jobbar där. Jag tror att han heter {full:4}, han går i samma skola som "
    "min son.",
    "kontrollrum|personalran|{full:1} (butiksbiträde, {shop}) rånad kl {time} vid personalingången mot "
    "{pstreet}. Gärningsperson tog hennes väska med nycklar och passerkort. Kortet spärrat kl {time} av "
    "{full:2} i kontrollrummet. Låscylinder byts, kontakt {tel}.",
    "kassapersonal|personalran|rån mot personal, {date}\ndrabbad: {low:1}\n"
    "kollega som larmade: {lowf:2}\nsignalement: kort man, mörk jacka, keps\n"
    "bytet: ca {amount} + cigaretter\nrapport till polis: {case}",
    # --- the centre manager's weekly notes to the trygghetssamordnare
    "centrumchef|veckobrev|Hej {first:1}!\nVeckobrev från {centre}, {week}.\n"
    "– Snatterier: {antal} anmälda, flest på {shop}.\n– Ungdomsgrupp på fredagen, samma som tidigare "
    "({nick:2|g} gäng).\n– Rån mot personal i tisdags, polisen har ärendet ({case}).\n"
    "– Vi har utfärdat nytt tillträdesförbud för {full:3}.\nHälsningar {full:4}, centrumchef",
    "centrumchef|veckobrev|Veckonotering {week} – {centre}\nLugn vecka överlag. {first:1} och {first:2} "
    "från {org} har gjort extra ronder på kvällarna. Torsdag kväll bråk utanför {shop} mellan två vuxna "
    "män, den ena {full:3}, känd från tidigare. Polisen tog honom. Inga fler åtgärder. /{first:4}",
    "centrumchef|veckobrev|Till: trygghetssamordnare {sur:1}, {kommun}\n"
    "Från: centrumchef {full:2}\nÄmne: {week}\n\nTre saker den här veckan:\n"
    "1. {full:3} har tillträdesförbud men har setts två gånger, senast {date}.\n"
    "2. Belysningen på parkeringen mot {street} (fast. {fast}) är fixad.\n"
    "3. Vi vill ha kommunpolis {sur:4} på nästa möte.\nTel {tel}",
    "centrumchef|veckobrev|Veckorapport {centre}\n\nHändelser: {antal} st\n"
    "Varav snatteri: flera, värde totalt ca {amount}\nUngdomar: gruppen kring {full:1} och {first:2} "
    "återkommer lördagar\nPersonal: {first:3} på {shop} hotad med kniv, polisanmält {case}\n"
    "Önskemål: fler väktartimmar {week}\n/{full:4}",
    "centrumchef|veckobrev|{first:1}, kort från mig denna vecka. {shop} har haft inbrott natten till "
    "lördag, larmet gick kl {time} och väktarbilen {plate} kom fram efter 12 minuter. Butikschefen "
    "{full:2} nås på {mob}. Vi pratar mer på trygghetsmötet {date}. Hälsningar {first:3}",
    "centrumchef|veckobrev|Centrumchefens noteringar, {week}\n• Tillträdesförbud: {full:1} (ny), "
    "{full:2} (förlängt)\n• Rån mot personal: nej\n• Ungdomar: lugnare efter att {shop} började med "
    "musik vid entrén\n• Kontakt polis: {full:3}, {mail}\n• Övrigt: [[Ros]] till väktarna för snabb "
    "insats på {centre}",
    "centrumchef|veckobrev|Hej! Jag skickar veckans siffror för {centre} innan mötet. {antal} "
    "snatterier, två hot mot personal, ett rån. Enligt butikskontrollant {sur:1} är det samma personer "
    "återkommande, främst {full:2} och hennes pojkvän {full:3}. Kan polisen prioritera dem? {full:4}, "
    "centrumchef, {tel}",
    "centrumchef|veckobrev|veckonotis {week}: {lowf:1} på {shop} säger att tjejgänget från {place} tar "
    "smink varje torsdag. {wfirst:2} i kontrollrummet har bilder. kommunpolis {sur:3} informerad.",
)
