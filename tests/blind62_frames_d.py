"""Frames of the sixty-second blind corpus, part d: residents' and contact persons' e-mails to the
trygghetssamordnare (mejl), posts in local Facebook groups (fb_grupp) and the police's event notes and
summaries (polisnotis). `role|style|template`; the slots are tests/blind62_fill.py's."""

from __future__ import annotations

FRAMES_D = (
    # ---------------------------------------------------------------- mejl
    "boende|mejl|Från: {full:1} <{mail}>\nTill: trygghetssamordnare\nÄmne: Misstänkta personer\n\n"
    "Hej!\nI går kväll vid {time} gick två män runt på tomterna längs {street}. Min granne {full:2} "
    "ropade och de sprang. Jag tror de kom i en röd bil, kanske {plate}.\n\nVänliga hälsningar\n"
    "{first:1}\n{mob}",
    "kontaktombud|mejl|Hej {first:1},\n\nsom kontaktombud för {street} vill jag bara informera om att "
    "familjen {wsur:2} på {addr} har sålt huset och flyttar {week}. De nya ägarna, {full:3} och "
    "{full:4}, vill gärna vara med i grannsamverkan. De nås på {tel}.\n\nHälsningar {full:5}",
    "boende|mejl|Ämne: Fw: Inbrott i {place}\n\n---------- Vidarebefordrat meddelande ----------\n"
    "Från: {full:1}\nDatum: {date}\n\nHej grannar! I natt bröt sig någon in i vårt garage på {addr} "
    "och tog två cyklar och en motorsåg (värde ca {amount}). Anmält till polisen, ärende {case}. Har "
    "ni kameror, kolla gärna mellan kl {time} och fem!\n{first:1} & {first:2}",
    "boende|mejl|Hej!\nJag heter {full:1} och vill anmäla intresse för att starta grannsamverkan i "
    "{place}. Vi är {antal} hushåll kring {street}. Har pratat med {first:2} och {first:3} som också "
    "vill vara med. Mitt personnummer om ni behöver det för registret: {pnr}.\nMvh {first:1}",
    "kontaktombud|mejl|Hej trygghetssamordnare {sur:1}!\n\nBifogar bilder från min kamera från natten "
    "till den {date}. Man ser en person som försöker öppna grannens bil ({plate2}) och sedan "
    "försvinner mot {venue}. Grannen heter {full:2} och bor på {addr}, {lgh}.\n\nHälsningar {full:3}, "
    "kontaktombud",
    "boende|mejl|Hej,\nmin mamma {full:1} ({pnr}) blev i förra veckan lurad av två personer som ringde "
    "på och sa att de var från {org}. De tog hennes bankkort. Polisanmälan har nr {case}. Hon bor på "
    "{addr}, {lgh} i {place}. Kan ni varna grannarna?\n/{full:2}, dotter, {mob}",
    "kontaktombud|mejl|Till: {mail}\nKopia: kommunpolis {sur:1}\n\nHej {first:2}!\nHär kommer "
    "uppdaterad lista över kontaktombud i {place}:\n{full:3}, {addr}, {mob}\n{full:4}, {addr}, {tel}\n"
    "{full:5}, {addr}, {mob}\n\nMvh {first:6}",
    "boende|mejl|Hej {full:1}!\nTack för informationsmötet på {venue}. En fråga: jag har bara "
    "samordningsnummer ({snr}) än så länge, kan jag ändå bli kontaktombud för {street}? Min sambo "
    "{first:3} har personnummer.\nMvh {full:2}",
    # ---------------------------------------------------------------- fb_grupp
    "boende|fb_grupp|🚨 VARNING {place} 🚨\nI natt var det inbrott på {street} igen. Grannen {first:1} "
    "vaknade av att någon stod i hallen! Polisen var här kl {time}. Håll utkik efter en svart Audi, "
    "reg {plate}. [[Dela]] gärna!!\n\n💬 {full:2}: Fy vad otäckt, vi bor två hus bort\n💬 {full:3}: "
    "Samma bil stod vid {venue} i går",
    'boende|fb_grupp|Inlägg i "Vi som bor i {place}":\n{full:1}: Någon mer som fått besök av säljare '
    "från {org} idag? De var väldigt pushiga.\nSvar från {full:2}: Ja! Sa att de hette {first:3} och "
    "{first:4}.\nSvar från {wfirst:5}: Har anmält till polisen.",
    "boende|fb_grupp|Hej grannar i {place}! Vi har blivit av med vår släpkärra från uppfarten på "
    "{addr}, reg {plate2}. Den stals någon gång mellan den {date} och i morse. Hör av er till mig, "
    "{first:1}, eller till {full:2|g} mobil {mob}. Tack!",
    'boende|fb_grupp|{full:1} delade ett inlägg:\n"Polisen informerar: inbrottsvåg i villaområden i '
    '{kommun}. Var extra vaksamma under {week}."\nKommentarer:\n{first:2}: kolla även förråden!\n'
    "{nick:4}: 👍\n{low:3}: tack {first:1}, vi har grannsamverkan på {street} sen i våras",
    "boende|fb_grupp|[[Tack]] till alla som hjälpte till i natt! 🙏 Speciellt {first:1}, {first:2} och "
    "{nick:3} som sprang efter tjuven ända till {venue}. Polisen grep honom strax efter kl {time}. Ni "
    "är bäst, {place}!\n/{full:4}",
    "boende|fb_grupp|Efterlysning: har någon kamera som täcker {street}? Någon har krossat rutan på "
    "vår bil {plate} i natt och tagit {amount} i kontanter och en dator. Polisärende {case}. DM:a mig "
    "eller {first:1}! /{full:2}",
    "boende|fb_grupp|Hallå {place}! Vi har nu {antal} medlemmar i grannsamverkan och behöver fler "
    "ombud, särskilt för {street} och {pstreet}. Anmäl dig till {full:1} ({mail}) eller till mig.\n"
    "{full:2}, ordförande i {org}",
    'boende|fb_grupp|PSA: Den där "elektrikern" som går runt i {place} heter inte {full:1} som han '
    "påstår – det är min svåger och han bor inte ens här. Han har fått sin identitet stulen. Ring inte "
    "{mob} om ni fått en lapp av honom! {first:3} har redan anmält.\n/familjen {wsur:2}",
    # ---------------------------------------------------------------- polisnotis
    "polis|polisnotis|Inbrott i villa, {place}\nKl {time} larmades polisen till en villa vid {street} "
    "där de boende kommit hem och funnit altandörren uppbruten. En granne, {full:1}, hade sett en man "
    "gå från platsen. Ärendet utreds under {case}. Förundersökningsledare är {full:2}.",
    "kommunpolis|polisnotis|Händelserapport, kommunpolis\nHändelsenr: {case}\nDatum: {date}\nPlats: "
    "{addr}, {place}\nAnmälare: {full:1}, tel {mob}\nMisstänkt: {full:2}, {pnr}\nVittne: {full:3}, "
    "{snr}\nFordon: {plate}\nSammanfattning: anmälaren såg den misstänkte bära ut en TV.",
    "polis|polisnotis|Polisen i {lpo}: Under natten har {antal} bilar fått rutorna krossade i {place}. "
    "En man, {vuxen} år, har gripits. Han uppges heta {full:1} enligt vittnen men förnekar. Bilen han "
    "kom i, {plate2}, är beslagtagen. Vittnet {full:2} hördes på plats.",
    "kommunpolis|polisnotis|Veckosammanfattning {week} – kommunpolisen\n- Bostadsinbrott: {street} "
    "(villa), {fast} (fritidshus)\n- Stöld av båtmotor vid {venue}, anmälare {full:1}\n- Bedrägeri mot "
    "äldre, {place}: falsk hemtjänst\n- Klotter vid hållplatsen för {line}\nKontaktperson: {full:2}, "
    "{tel}",
    "polis|polisnotis|Gripen efter tips från grannsamverkan\nEn uppmärksam granne i {place}, {full:1}, "
    "noterade en bil ({plate}) som körde långsamt mellan villorna. Hon ringde 114 14 och en patrull "
    "stoppade bilen vid {street}. I bilen fanns {full:2} ({vuxen}) och stöldgods från inbrottet på "
    "{addr}. Tack {first:1} för tipset! Ärende {case}.",
    "kommunpolis|polisnotis|Anteckning kommunpolis {sur:1}, den {date}\nSamtal med kontaktombud "
    "{full:2} om dörrförsäljare i {place}. Försäljarna uppgav sig vara från {org}. En av dem "
    "identifierades som {full:3}, född {pnr}. Ingen brottsmisstanke i nuläget.",
    "polis|polisnotis|Försök till inbrott, {place}\nEn man i {vuxen}-årsåldern försökte ta sig in i "
    "ett radhus på {street} under eftermiddagen. Han sprang när larmet gick. Boende {full:1} beskriver "
    "honom som lång, smal, grön jacka. Grannarna {first:2} och {first:3} jagade efter honom en bit. "
    "Polisen efterlyser vittnen, ring 114 14 och uppge {case}.",
    "polis|polisnotis|Två personer stoppades i {place} under eftermiddagen efter att grannar larmat om "
    "påstridiga försäljare. Den ena, {full:1} ({snr}), saknade tillstånd. Den andra, {full:2}, har "
    "tidigare dömts för bedrägeri mot äldre. Båda släpptes efter förhör; ärendet har nr {case}. "
    "Anmälare var {full:3}.",
)
