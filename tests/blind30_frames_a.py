"""Frames of the thirtieth blind corpus, part A: local news items (notis), headlines with their lead
(rubrik) and longer articles with a byline (byline), as a trygghetssamordnare pastes them into the weekly
picture with a short comment under each. `role|style|template`; slots as in tests/blind30_fill.py."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # ------------------------------------------------------------------ notis
    "omvarldsbevakare|notis|Ur {media}, publicerad {date}:\n"
    "Två gripna efter rån vid {venue}\n"
    "Två tonåringar greps på onsdagskvällen misstänkta för rån mot en {ung}-åring vid {venue} i {place}. "
    "Enligt polisens presstalesperson {full:1} hotades pojken med kniv. – Vi ser allvarligt på det här, "
    "säger {sur:1}.\nKommentar: även fritidsgården har rapporterat, se {week}. /{first:2}",
    "samordnare|notis|NOTIS ({media})\nBil i brand på {street} natten till söndag. Räddningstjänsten kom "
    "till platsen strax efter kl. {time}. Bilen, en Volvo med registreringsnummer {plate}, totalförstördes. "
    "Ägaren {full:1} ({vuxen}) säger till tidningen att hon inte vet vem som kan ha gjort det.\n"
    "Min kommentar: tredje bilbranden i {place} på en månad. {first:2} på bostadsbolaget informerad. "
    "Bilen stod utanför {addr}.",
    "kommunikator|notis|{full:1}, {vuxen}, fick sin cykel stulen utanför {venue} i veckan. Nu efterlyser hon "
    "vittnen i en Facebookgrupp och i {media}. – Det känns otryggt, säger {sur:1}.\n"
    "Kort notis, inget för lägesbilden egentligen men {lowf:2} bad mig ta med den. Anmälan har nr {case}.",
    "samordnare|notis|Klipp {media}: Skadegörelse på {venue} vid {pstreet}\nFönster krossades och väggar "
    "klottrades under "
    "natten mot tisdag. Rektor {full:1} uppskattar kostnaden till {amount}. Polisen har inga misstänkta.\n"
    "– Eleverna blir ledsna när de ser det, säger {sur:1}.\nKommentar {first:2}: fastighet har sanerat, "
    "kontakt {mob}.",
    "trygghetsvard|notis|{media} skriver att en man i {vuxen}-årsåldern fördes till sjukhus efter ett "
    "knivbråk på {street} sent i fredags. Grannen {full:1} larmade. – Jag hörde skrik och sprang ut, säger "
    "{sur:1} till tidningen.\nVi var på plats kvällen efter, lugnt. /{low:2}, trygghetsvärd\nPolisens "
    "ärende: {case}. Den skadade bor i {lgh}, {addr} "
    "enligt grannar.",
    "faltsekreterare|notis|Ur {media} {week}:\nMOPEDER PÅ GÅNGBANAN\nBoende längs {street} i {place} klagar "
    "på mopeder som kör i hög fart. {full:1}, som bor i området, har skrivit till kommunen. – Någon kommer "
    "att bli påkörd, säger hon.\nKommentar: fältarna pratade med {nick:2|g} gäng och {first:3} i "
    "lördags, lovade att ta det lugnt.",
    "samordnare|notis|{caps:1} ({vuxen}) DÖMD FÖR HOT MOT BUSSCHAUFFÖR\nEn man från {place} döms av "
    "{court} för olaga hot mot en chaufför på {line}. {sur:1} ska betala {amount} i skadestånd.\n"
    "(klipp från {media}) Kommentar: chauffören {full:2} har varit sjukskriven sedan dess. Anmälan "
    "{case}, chauffören nås via {tel}.",
    "brasekreterare|notis|Notis ur {media} den {date}\n[[Stenar]] kastades mot en polisbil i {place} på "
    "söndagskvällen. Ingen skadades. Polisens presstalesperson {full:1} säger att ett tiotal ungdomar "
    "samlats vid {venue} innan det hände.\nKommentar: se också polisens ärende {case}. Ring {sur:2} på "
    "Polisen, {tel}, om du vill veta mer.",
    # ------------------------------------------------------------------ rubrik
    "omvarldsbevakare|rubrik|RUBRIK: ”Vi vågar inte gå ut på kvällarna”\nINGRESS: Boende i {place} vittnar "
    "om skadegörelse och narkotikaförsäljning i trapphusen. {full:1} har bott på {street} i tjugo år.\n"
    "– Det har aldrig varit så här, säger {sur:1}.\n({media}, {first:2} {sur:2})",
    "samordnare|rubrik|{caps:1} BLEV RÅNAD – NU VILL HON HA FLER KAMEROR\n"
    "{first:1} ({vuxen}) rånades på väg hem från {venue}. Nu kräver hon att {landlord} sätter upp "
    "kameror.\nKommentar: bolaget svarar i {media} att frågan utreds. Vi tar upp det den {date}. Hon "
    "bor på {addr}, {lgh}.",
    "kommunikator|rubrik|Rubrik i {media}: SKOTT MOT PORT I {place}\nIngen skadades när flera skott "
    "avlossades mot en port på {street} natten till torsdag. Polisens presstalesperson {full:1}: – Vi har "
    "spärrat av och söker vittnen.\nKommentar: huset förvaltas av {landlord}, kontakt {full:2}, {mob}.",
    "samordnare|rubrik|”HAN SKA INTE FÅ VINNA” – {caps:1} OM HOTEN\n{first:1} driver en pizzeria vid "
    "{venue} och har utsatts för hot i ett halvår. Hon har polisanmält ({case}).\nKopierat från {media}. "
    "Min anm: kommunpolisen {sur:2} känner till ärendet.",
    "brasekreterare|rubrik|Rubrik: Ny fritidsgård öppnar i {place}\nUnderrubrik: {full:1} blir "
    "föreståndare – ”vi vill finnas där ungdomarna är”\nÖppnar {date} i lokalerna vid {venue}. Öppet till "
    "kl. {time} på fredagar.\n(ur {media}) Kommentar: bra, fältarna och {full:2} samverkar.",
    "faltsekreterare|rubrik|TONÅRINGAR ATTACKERADE VÄKTARE VID {venue}\nEn väktare fick föras till "
    "sjukhus. Enligt vittnet {full:1} var det ett gäng på fem sex personer. {full:2} ({ung}) är misstänkt "
    "och har hörts.\nKommentar: vi känner {first:2}, familjen har kontakt med soc. /{lowf:3}",
    "samordnare|rubrik|Rubrik (webb): Larm om brand i trapphus på {street} – {antal} evakuerades\n"
    "Brandmästare {full:1} säger att branden troligen var anlagd. – Barnvagnar hade ställts i "
    "trapphuset, säger {sur:1}.\n{media}, text {full:2}\nKommentar: adressen är {addr}, {lgh} "
    "drabbades mest.",
    "kommunikator|rubrik|Rubrik: Kvinna rånad i {place} – polisen söker vit skåpbil\nBilen har "
    "registreringsnummer {plate2} enligt vittnen. Kvinnan, {vuxen}, skadades lindrigt.\n"
    "– Vi vill gärna komma i kontakt med den som sett något, säger polisinspektör {sur:1}.\n"
    "Källa {media}. Inlagt av {full:2}",
    # ------------------------------------------------------------------ byline
    "omvarldsbevakare|byline|{media}\nOroliga föräldrar startar nattvandring i {place}\n"
    "Efter en höst med bränder och stenkastning har en grupp föräldrar börjat nattvandra. – Vi vill visa "
    "att vuxna finns här, säger {full:1}, en av initiativtagarna. Varje fredag samlas de vid {venue} "
    "kl. {time}.\n{full:2} är med för andra gången.\nText: {full:3}",
    "samordnare|byline|Av {full:1}\n{date}\nSnatterier ökar i {place}\nButiksägaren {full:2} har haft "
    "{antal} snatterier sedan nyår. – Det är samma personer om och om igen, säger {sur:2}.\n"
    "Kommentar: {sur:2} har även mejlat oss från {mail}. Vi lägger det under övrigt. Butiken: "
    "{addr}.",
    "kommunikator|byline|Publicerad {date}\n{media}\nTEXT {caps:1}\nFOTO {caps:2}\n\n"
    "Klotter för {amount} på {venue}\n{landlord} larmar om att klottret blivit värre. Förvaltaren "
    "{full:3} visar väggarna. – Vi sanerar inom ett dygn, säger {sur:3}.",
    "samordnare|byline|Artikel, {media}\nKVÄLLSÖPPET SKA GE LUGNARE CENTRUM\nFrån {week} håller "
    "fritidsgården öppet till midnatt. Fritidsledaren {full:1} tror på idén. – Ungdomarna behöver en plats, "
    "säger {sur:1}. Även {full:2} från {org} deltar.\nReporter: {full:3}",
    "brasekreterare|byline|{media}, {first:1} {sur:1}\nPolisen: ”Lugnare i {place} i år”\n"
    "Kommunpolisen {full:2} säger att antalet anmälda brott minskat. – Men vi ser fortfarande "
    "narkotikaförsäljning vid {venue}, säger {sur:2}.\nKommentar: stämmer med vår bild, gult i {week}.\n"
    "{first:1} nås på {mob}",
    "trygghetsvard|byline|Klipp ur {media} (papperstidningen)\nGrannar larmade om rök\n{full:1} och "
    "{full:2} på {street} vaknade av brandvarnaren strax efter kl. {time}.\n– Vi tog barnen och sprang ut, "
    "berättar {sur:2}.\nVärden {landlord} ska byta dörrar.\nText och bild: {full:3}",
    "faltsekreterare|byline|Skribent: {comma:1}\nKategori: Lokalt\n\n”Jag blev slagen för min jacka”\n"
    "{first:2}, {ung}, blev rånad vid {line} hållplats i {place}. {first:2|g} mamma {full:3} har anmält, "
    "ärende {case}.\nKommentar: vi har träffat {lowf:2} och familjen.",
    "samordnare|byline|{media} · {date} · Av {full:1}\nKommunen stänger {venue} efter hot\n"
    "Personalen har hotats vid flera tillfällen, säger enhetschef {full:2}. – Ingen ska behöva gå till "
    "jobbet rädd, säger {sur:2}.\n[[Lugn]] kväll i övrigt enligt väktarna. Kommentar: {full:3} på "
    "säkerhetsavdelningen ansvarar.",
)
