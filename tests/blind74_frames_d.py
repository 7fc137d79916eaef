"""Frames of the seventy-fourth blind corpus, part d: village Facebook groups, insurance claims passed on to
the kommun, voicemails transcribed by the kommun's reception. `role|style|template`."""

from __future__ import annotations

FRAMES_D = (
    # ---------------------------------------------------------------- bygrupp: the village's Facebook group
    "boende|bygrupp|{full:1}\nVARNING! Någon har snott motorn från vår eka vid {harbour} i natt. "
    "{engine} på {hp}, svart kåpa. Tips till mig eller {first:2} 🙏\n👍 34  💬 12",
    "boende|bygrupp|{first:1} {sur:1} › Vi på {island}\nVem äger den gröna {boat} som drivit iland "
    "vid vår brygga? Ingen motor. Ring {mob}.\n\nKommentarer:\n{full:2}: tror det är {first:3|g}, "
    "han bor vid {street}\n{full:3}: nej min ligger kvar 😅",
    "boende|bygrupp|Sommarstugeägarna {place}\n{full:1} skrev: Inbrott i tre stugor vid {lake} i "
    "helgen. {full:2} förlorade allt fiskegrej. Har polisanmält, {case}.\n"
    "{nick:3}: 😡 samma sak hos oss i {month}",
    "boende|bygrupp|Köp & sälj {place}\n{full:1}: Säljer {engine}-motor på {hp}, nästan ny, "
    "{amount}. Ring {mob}\n{full:2}: Har du kvitto? Min försvann för två veckor sen…\n"
    "{first:1}: haha nej",
    "boende|bygrupp|{full:1} › Grannar i {place}\nDen här bilen har åkt runt gårdarna hela eftermiddagen, "
    "{plate2}. Två killar som frågade efter skrot. {lowf:2} tog en bild.\n"
    "{full:3}: Samma bil var hos {sur:4} på {pstreet}",
    "boende|bygrupp|Hittad: gummibåt med {engine}-motor vid {lake}, ligger nu hos {full:1} på "
    "{addr}. Ägaren kan höra av sig på {tel}. /{first:1}\n{full:2}: Dela!",
    "boende|bygrupp|Ang. bryggan vid {harbour}: {full:1} och {low:2} hade fest till kl {time} och "
    "körde sedan båt. Kan kommunen göra något? Vi har ringt {org}.\n{full:3}: Tråkigt men sant.",
    "boende|bygrupp|Tack till alla som hjälpte {full:1} att leta efter sin pappa {first:2} vid "
    "{island} i går! {first:2} hittades kl {time} vid {place}, kall men oskadd. Särskilt tack till "
    "{org} och {full:3}",
    # ---------------------------------------------------------------- forsakring: insurance claims
    "forsakring|forsakring|Skadeanmälan båt\nSkadenummer: 7821-{digits}\nFörsäkringstagare: "
    "{comma:1}\nPersonnummer: {pnr}\nBåt: {boat}, motor {engine} på {hp}\nSkadedatum: {date}\n"
    "Plats: {harbour}\nSkadebelopp: {amount}",
    "forsakring|forsakring|Till kommunens trygghetssamordnare\nVi handlägger skada för {full:1} ({mail}) "
    "gällande stulen båtmotor från {harbour}. Kan ni bekräfta att området var obelyst den {date}? "
    "Handläggare {full:2}, {tel}",
    "forsakring|forsakring|Ärende: fritidshus, inbrott\nFörsäkrad: {caps:1}\nAdress: {addr}, {lgh}, {place}\n"
    "Medförsäkrad: {full:2}\nAnmält till polis: {case}\nVärde stulet gods: {amount}",
    "forsakring|forsakring|Hej {first:1}!\nVi behöver kvitto på {engine}-motorn ({hp}) och serienumret. "
    "Enligt polisanmälan ({case}) upptäckte {full:2} stölden den {date}. Återkom till {mail}.\n"
    "Vänliga hälsningar\n{full:3}",
    "forsakring|forsakring|Skadeanmälan lantbruk\nFörsäkringstagare: {full:1}, {fast}\nOrg.nr "
    "5569{digits}\nSkada: stöld av {liter} diesel och {machine}-batteri\nUpptäckt av: {full:2}\n"
    "Tel: {mob}",
    "forsakring|forsakring|Vi har mottagit din anmälan, {first:1}. Din båt ({boatname}, {boat}) är "
    "försäkrad hos oss sedan {date}. Självrisken är {amount}. Om du har frågor, ring {full:2} på {tel}.",
    "forsakring|forsakring|Utredningsanteckning\nFörsäkringstagare {full:1} uppger att motorn stals vid "
    "{harbour}. Hamnkaptenen {sur:2} uppger att båten inte legat där sedan {week}. Vidare kontroll hos "
    "{full:3} ({mob}).",
    "forsakring|forsakring|Skadeanmälan\nNamn: {full:1}\nSkada: trailer stulen, {plate}\nFrån: {addr}\n"
    "Upptäckt: {date}\nVittne: {init:2}, {snr}",
    # ---------------------------------------------------------------- rostmeddelande: voicemails
    'reception|rostmeddelande|Röstmeddelande {date} kl {time}: "Ja hej, det är {full:1}, jag ringer '
    "om båthamnen vid {harbour}. Det har varit folk där om nätterna. Ring mig på {mob}, tack. "
    'Jag åker {line} till stan i morgon."',
    "reception|rostmeddelande|{full:1} ringde från {pstreet}: grannen {full:2} har ställt ut skrotbilar "
    "på åkern, en {machine} och en gammal buss. Vill bli uppringd på {tel}.",
    "reception|rostmeddelande|Meddelande till trygghetssamordnaren: {wfirst:1} {sur:1}, sommargäst på "
    "{island}. Stugan var uppbruten när de kom {date}. Hennes dotter {first:2} har nyckeln. Nr {mob}.",
    'reception|rostmeddelande|Röstbrevlåda, {weekday} {time}\n"Hallå... {first:1} här, {full:1}. '
    "Det är nån som har tagit min båt, en {boat}, från {harbour}. Polisen säger att jag ska ringa er? "
    'Mitt nummer är {mob}."',
    "reception|rostmeddelande|Samtal från {full:1}, {org}: de har hittat en bränd bil vid {lake}, "
    "reg {plate2}, troligen stulen från {place}. Ägaren heter {full:2} enligt polisen.",
    'reception|rostmeddelande|Lapp från receptionen: {nick:1} ("alla vet vem det är") har enligt '
    "{full:2} tagit ved från kommunens tomt vid {street}. {first:2} vill vara anonym, nr {tel}.",
    "reception|rostmeddelande|Ringt: {full:1}, {pnr}, ang. fiskebod vid {harbour} som står öppen. "
    "Vill prata med {sur:2} på {org}. Återkom senast {date}.",
    'reception|rostmeddelande|"Hej det är {first:1} på {addr}, ja {first:2} alltså, {first:1|g} '
    'fru. Det var nån uppe vid ladan i natt med ficklampa. Ring gärna {tel}. Hej." – {full:1}',
)
