"""Frames of the forty-second blind corpus, file a: shift notes with initials and first names
(skiftanteckning), handovers between shifts (overrapport) and deviation reports in the care system's form
(avvikelse). Each frame is `role|style|template` (slots: tests/blind42_fill.py)."""

from __future__ import annotations

FRAMES_A = (
    # ------------------------------------------------------------------ skiftanteckning
    "hemtjanst|skiftanteckning|Kväll {date} /{first:1} o {first:2}\n"
    '- {comma:3} ({alder} år) uppgav att en man ringt från "{bank}" och bett om koden till bankdosan. '
    "Inget lämnat ut enl. henne. Dottern {first:4} meddelad kl {time}, liksom handläggare {sur:5}.\n"
    "- {street}: trapphuset luktade rök, bovärden informerad.\nSign {init:1}",
    "aldreboende|skiftanteckning|Natt, {venue}, avd [[Syrenen]]\n"
    "kl {time} {lowf:1} i rum 14 orolig, ville hem till sin gamla adress {addr}. Lugnades av {first:2}. Ssk "
    "{sur:4} informerad.\n"
    "kl {time} ytterdörren mot parkeringen stod på glänt, larmet hade inte gått. Ingen obehörig sedd.\n"
    "/{first:2}, {first:3}",
    "hemtjanst|skiftanteckning|{date} dag – {first:1}, {first:2}, {first:3} (vik)\n"
    "{low:4}: nyckeln satt i ytterdörren utifrån när vi kom kl {time}. Inget saknas vad vi ser. "
    "Nyckeln inlåst på kontoret i {place}.\n"
    'Hos fru {sur:5} har någon ringt på och sagt sig vara från "vattnet", hon släppte inte in. '
    "Ringt {org}.",
    "hemtjanst|skiftanteckning|{first:1|g} anteckningar {week}\n"
    "mån: {full:2} vill inte ha besök av {first:3} längre, säger att hon tar pengar. Pratat med "
    "enhetschef {sur:4}.\ntis: plånboken återfunnen i frysen!! Pengarna finns kvar. [[Inga]] fler "
    "åtgärder.\nons: sonen {wfirst:5} hörd, han har spärrat kortet hos {bank}.",
    "aldreboende|skiftanteckning|Dagpass {date}. Personal: {init:1}, {init:2}, {first:3}.\n"
    "Boende {full:4|g} vigselring saknades efter duschen. Letat i rummet och tvättstugan utan resultat. "
    "Anhörig {full:5} ({mob}) informerad kl {time}, vill göra polisanmälan.\n"
    "Avvikelse skriven av {first:3}.",
    'hemtjanst|skiftanteckning|{first:1} {time}: {lowf:2} på {street} berättade att "en snäll kille '
    'från banken" hämtat hennes kort igår. Hon lämnade även koden!! Ringt {bank} spärrservice och '
    "sonen {full:3}. Polis kontaktad via 114 14, polisassistent {sur:5} ringer upp.\n"
    "{first:4} {time}: lugn kväll i övrigt.",
    "aldreboende|skiftanteckning|Överlämning till nattpersonalen\n"
    "• {full:1} har varit ute själv och kom tillbaka med {line}, ville inte säga var hon varit.\n"
    "• Ny boende i rum 3, {full:2}, flyttade in från {place} idag. Dottern {wfirst:3} kommer i morgon och "
    "träffar doktor {sur:5}.\n"
    "• Hot i trapphuset vid personalingången igen, se avvikelse.\n{first:4}",
    "hemtjanst|skiftanteckning|{caps:1}\nbesök kl {time}. dörren uppbruten, karmen lös. brukaren satt "
    'i köket, oskadd men skakig. säger att två män var inne "och kollade elen". smyckeskrinet borta. '
    "polisen på plats {time}, ärende {case}. kontakt med svärson {sur:2}.\nsign {lowf:3}",
    # ------------------------------------------------------------------ overrapport
    "sjukskoterska|overrapport|Rapport till kvällen från {first:1}:\n"
    "{full:2}, {addr}: har fått samtal från någon som sa sig vara polis, ville att hon skulle lägga "
    "smycken i en påse utanför dörren. Hon ringde oss i stället. Anhörig {first:3} ({mob}) underrättad, "
    "även fastighetsvärden {sur:4}. "
    "Kolla till henne extra ikväll.",
    "hemtjanst|overrapport|{first:1} till {first:2} och {first:3}: Tänk på att {full:4} på "
    "{street} inte ska öppna för någon, sonen har bett oss. Grannen kallar sig {nick:6}. Hantverkare har "
    '"erbjudit" sig att lägga om '
    "taket för {amount} kontant. Bistånd ({sur:5}) informerad.",
    "aldreboende|overrapport|Muntlig rapport {date}, nedskriven av {first:1}.\n"
    "{full:2} gick ut genom entrén på {venue} ca kl {time}, hittades av en granne vid {pstreet}. "
    "Ingen skada. Maken {full:3} vill ha möte med {kommun} om larmet på dörren.",
    'hemtjanst|overrapport|till natten:\n{low:1} har haft besök av "elektriker" i dag enl grannen '
    "{full:2}. vi hittar inte hennes bankdosa. dottern ({mail}) har fått mejl av mig. [[Inga]] spår av "
    "inbrott. ring om något "
    "mer dyker upp /{lowf:3}",
    "sjukskoterska|overrapport|Från ssk {sur:1} till jourhavande ssk\n"
    "Brukare: {comma:2}, {pnr}\nFallit i hallen i samband med att okänd man trängde sig in och tog "
    "handväskan. Blåmärke vä arm. Polis: {case}. Anhörig: sonen {first:3}, {mob}.",
    "enhetschef|overrapport|Info till personalgruppen {week}\n"
    "Vi har fått signaler om att falska hemtjänstpersonal rör sig i {place}. Vår personal bär alltid "
    "tjänstelegitimation! Om brukare frågar – hänvisa till mig, {full:1}, {tel}.\n"
    "Tack till {first:2} och {first:3} som larmade i fredags, och till väktaren {sur:4}.",
    "hemtjanst|overrapport|Överrapport eftermiddag {date}\n"
    "1) {full:1} – grannen {wfirst:2} säger att någon ringt på hos alla på {street} och frågat om "
    '"någon gammal bor här".\n2) {full:3} – hämtat ut {amount} på {venue}, oklart till vad.\n'
    "3) {full:4} – ok.\n/{first:5}",
    "aldreboende|overrapport|{first:1}: kvällen lugn utom att {full:2} var mycket upprörd efter "
    'telefonsamtal från "{bank}". Vi tog telefonen och mannen lade på. Numret som syntes: {mob}. '
    "Sonen {first:3} kontaktad.",
    # ------------------------------------------------------------------ avvikelse
    "hemtjanst|avvikelse|AVVIKELSERAPPORT\nDatum: {date}\nKlockslag: {time}\nEnhet: hemtjänsten "
    "{place}\nBerörd brukare: {full:1}, {pnr}\nHändelse: Brukarens nyckel saknas efter besök. Nyckeln "
    "kvitterades ut av {full:2}.\nÅtgärd: Låset byts via {org}.\nRapportör: {first:3}",
    "aldreboende|avvikelse|Avvikelse nr 34/26\nVad hände: Boende {full:1} hittades utanför huset i "
    "tunna kläder kl {time}. Dörren mot innergården var inte låst.\nVem upptäckte: {first:2} "
    "(usk)\nVilka informerades: anhörig {full:3}, ssk {wsur:4}, enhetschef {sur:5}.",
    "hemtjanst|avvikelse|Avvikelse – misstänkt ekonomiskt övergrepp\nBrukare: {comma:1}, {addr}, "
    "{lgh}\nBeskrivning: Brukaren berättar att {low:2}, som säger sig vara brorson, har fått hennes "
    "bankkort. Uttag på {amount} syns på kontoutdraget från {date}.\nAnmält av: {full:3}",
    "aldreboende|avvikelse|Typ: Hot/våld mot personal\nPlats: trapphuset vid {venue}\nTid: kl {time}\n"
    "Beskrivning: Besökare till {full:1} ({alder} år) hotade undersköterskan {first:2} när hon bad honom "
    "lämna rummet. Mannen kallade sig {nick:3}.\nPolis kontaktad: ja, {case}",
    "hemtjanst|avvikelse|Händelse {date}\n{caps:1} hade fått en faktura på {amount} från en "
    '"hantverkare" som bytt en kran. Kvittot saknar firmanamn, bara ett nummer: {mob}. '
    "Personal: {first:2}. Anhörig {full:3} kontaktad.",
    "aldreboende|avvikelse|Avvikelse – läkemedel/stöld\n{date}: Vid kontroll saknas tabletter i skåpet "
    "hos {full:1}. Senast räknat av {first:2} och {first:3}. [[Rosa]] dosetten var tom. Misstanke om stöld, "
    "ärendet lämnas till "
    "enhetschef {sur:4} och polis.",
    "hemtjanst|avvikelse|Avvikelse\nBrukaren {full:1} på {addr} har blivit lurad på telefon. Personen "
    "sa att han ringde från {bank} och att kontot var hackat. Brukaren gav sitt personnummer {pnr} och "
    "loggade in med bank-id. Uppskattad förlust {amount}.\nAnhörig: {full:2}, {tel}",
    "aldreboende|avvikelse|Avv. {date}, rum 22\nBoende {lowf:1} har fått besök av en man som uppgav sig "
    "vara från {org}. Han gick runt i rummen. Personal {first:2} frågade efter legitimation, han gick "
    "då. Beskrivning: ca 40 år, mörk jacka, körde vit skåpbil {plate2}.\nRapporterat av {full:3}",
)
