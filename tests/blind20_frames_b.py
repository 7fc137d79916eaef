"""Frames of the twentieth blind corpus, part b: Facebook posts passed on as screenshots, the kommunpolis'
notes and the small kommun's samordnare. Each frame is `role|style|template`."""

# ruff: noqa: E501

FRAMES_B = [
    # facebook: posts from local groups, copied or described from a screenshot
    "samordnare|facebook|Skärmdump från ”Du vet att du är från {place} när…”: {full:1} skriver att {nick:2} och hans gäng eldade vid {inst} i natt. 43 kommentarer.",
    "samordnare|facebook|Inlägg i gruppen Köp & sälj {place}: ”Någon som sett min båtmotor? Stulen vid bryggan {date}. Swish hittelön {amount}” / {full:1}",
    "kommunpolis|facebook|{full:1} har lagt ut bild på {plate} och skriver att föraren kört på en ren på {road}. Renägaren {full:2} har bekräftat det.",
    "samordnare|facebook|Fb-inlägg (skärmdump från {first:1}): ”VARNING! Två män knackar dörr vid {street} och säger att de är från {org}.” Delat 200 ggr. Skrivet av {full:2}",
    "fritidsledare|facebook|Screenshot från {first:1}: {low:2} hängs ut i en grupp, namn och bild. Skolan ({inst}) och kuratorn {wfirst:3} {sur:3} informerade",
    "samordnare|facebook|I gruppen {place} Just Nu skriver {full:1}: ”Snöskotrar kör i spåret vid {inst} hela kvällarna”. {first:2} svarar att det är {sameby} som flyttar renar.",
    "kommunpolis|facebook|Inlägget om att {full:1} skulle ha tänt eld på förrådet på {addr} stämmer inte enligt {nick:2}. Ryktet sprids ändå, se skärmdump från {first:3}.",
    "samordnare|facebook|Kommentar från {full:1} i tråden om {inst}: ”min son {first:2} blev rånad på mobilen där i fredags, ingen gör något”",
    "grannsamverkan|facebook|{full:1} delade: ”Tyska turister har campat vid {place} i en vecka och eldat trots eldningsförbud.” {first:2} svarade: ”ring {org}!”",
    "samordnare|facebook|Skärmbild, gruppen Vi som bor i {place}: ”Den där {wsur:1} säljer hembränt bakom {bolag} igen” – skrivet av {full:2} den {date}",
    # kommunpolis: the kommunpolis' weekly notes
    "kommunpolis|kommunpolis|Kommunpolis {sur:1} rapporterar: sex inbrott i fritidshus runt {place} {week}. Misstänkt bil {plate2}, registrerad på {full:2}.",
    "kommunpolis|kommunpolis|Veckan i korthet ({week}): lugnt i {place}. En LOB på {inst}, {full:1} ({vuxen}), omhändertogs kl {time}. {wfirst:2} körde honom hem.",
    "kommunpolis|kommunpolis|Anmälan {case} om skadegörelse på {inst}. Målsägande {full:1}, {pnr}. Vittne {caps:2} hörs nästa vecka av förhörsledare {sur:3}.",
    "kommunpolis|kommunpolis|Kommunpolisen ({first:1} {sur:1}) har träffat {sameby} om renar på {road}. {full:2} från samebyn vill ha bättre skyltning.",
    "kommunpolis|kommunpolis|{first:1} och jag var i {place} i tisdags. {full:2} visade bilderna på den stulna fyrhjulingen. Tips: {full:3}, {tel}",
    "kommunpolis|kommunpolis|Polisinspektör {sur:1} meddelar att {full:2} ({snr}), säsongsarbetare, anmält att lönen inte betalts ut av {bolag}. [[Alla]] papper saknas.",
    "kommunpolis|kommunpolis|Ungdomarna vid {inst}: {first:1}, {first:2} och {first:3} kör A-traktor på gångvägen mellan {pstreet} och {street}. Pratat med föräldrarna.",
    "kommunpolis|kommunpolis|Misstänkt narkotikaförsäljning bakom {bolag}. Bilen, en svart Volvo {plate}, tillhör {comma:1}. Uppgiftslämnare {first:2}",
    "kommunpolis|kommunpolis|Hej {first:1}! Kort från mig: inbrott i {fast} ({place}), ägare {full:2} bor i Stockholm, nås på {mob}. /Kommunpolis {sur:3}",
    "kommunpolis|kommunpolis|Kommunpolis {init:1} är på semester {week}; frågor till {full:2}, {tel}, eller {mail}.",
    # samordnare: the small kommun's samordnare, summary for the weekly picture
    "samordnare|samordnare|Sammanfattning {week}, {place}: två skadegörelser på {inst}, en brand i container. {full:1} från {org} deltog. Ingen personal skadad.",
    "samordnare|samordnare|Till lägesbilden: {full:1} (rektor) berättar att elever från {place} åker med {line} och att det varit bråk på bussen. Chauffören {full:2} har anmält.",
    "samordnare|samordnare|Rapport från {org}: boende {full:1} i {lgh}, {addr}, klagar på fester. Hyresvärden har pratat med {full:2}.",
    "samordnare|samordnare|Möte med {sameby} den {date}. Närvarande: {full:1}, {full:2} och jag. Renar har jagats av hund vid {place}; ägaren {full:3} okänd för samebyn.",
    "samordnare|samordnare|{full:1} på {nat} meddelar att tolv nyanlända flyttar till boendet i {place} {week}. {first:2} från Röda korset hjälper till.",
    "samordnare|samordnare|Samordnare {sur:1}: otryggt vid {inst} på kvällarna, dålig belysning längs {street} och på {pstreet}. Synpunkt från {full:2}, {mail}.",
    "samordnare|samordnare|Tertialrapport: flest händelser i {place} och kring {inst}. {full:1} och {full:2} har varit med i trygghetsvandringen {date}.",
    "samordnare|samordnare|Hej {first:1},\nhär är veckans underlag. Skadegörelse på {inst}, nedskräpning vid {place}, inbrott hos {full:2} ({addr}).\nHälsningar {full:3}",
    "samordnare|samordnare|Från kommunens samordnare: kostnaden för klottersaneringen på {inst} blev {amount}. {full:1} på {org} skickar fakturan.",
    "samordnare|samordnare|{full:1} ringde från {bolag} om stölder ur containrar. {first:1|g} kollega {full:2} har film. Kontakt: {tel}",
]
