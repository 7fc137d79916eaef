"""Frames of the sixty-fifth blind corpus, file e: elected officials' own mails about threats, guards' and
ordningsvakter's reports from council meetings and polling stations, and rows of the kommun's incident
system exported as `;`-separated text. Each frame is `role|style|template` (slots: tests/blind65_fill.py)."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # förtroendevaldas egna mejl
    "kommunalrad|politiker_mejl|Hej {first:1}!\nJag vill bara att ni vet att {full:2} stod utanför mitt hus"
    " igen i går kväll, {addr}, {lgh}. Han har gjort det sedan beslutet om {place}. Min man {first:3} har"
    " ringt"
    " polisen.\n/{full:4}",
    "namndledamot|politiker_mejl|Till säkerhetsenheten\n\nJag avgår från mitt uppdrag i omsorgsnämnden efter"
    " det som hände på {venue} den {date}. Ingen ska behöva bli kallad hora i affären. Ni når mig på"
    " {mob}.\n\nMed vänlig hälsning\n{full:1}",
    "oppositionsrad|politiker_mejl|{first:1}, kan du kolla med {first:2} på kansliet om min adress syns i"
    " diariet? Någon som kallar sig {nick:3} postade {street} med husnummer i en grupp i går. {wfirst:4}"
    " säger att polisen inte kan göra något.",
    "kommunalrad|politiker_mejl|Hej,\nmin fru {full:1} fick i morse ett kuvert i brevlådan med en kula och"
    " lappen \"nästa gång\". Polisen har ärendet, {case}. Jag vill att {first:2} och kommunalrådet {sur:3}"
    " informeras.\n{full:4}, ledamot KS",
    "namndledamot|politiker_mejl|Skickat från min iPhone\n\nhej, det är {lowf:1} ({party}). killen som"
    " hotade mig vid stugan heter {full:2} och bor i {place}. han kör en svart audi {plate2}. vad gör jag?",
    "oppositionsrad|politiker_mejl|Ärende: hot i sociala medier\n\n{full:1|g} inlägg om mig har nu delats"
    " {antal} gånger. I kommentarerna skriver {full:2} att \"någon borde ta hand om\" mig. Se bifogat."
    "\n\n{full:3}\nOppositionsråd {party}",
    "kommunalrad|politiker_mejl|{first:1}!\nVi stänger våra mottagningstider i {venue} under {week}. Det var"
    " {full:2} igen, han stod i dörren och ropade mitt namn. Vakten {wsur:3} fick följa mig till {line}."
    "\nKram {first:4}",
    "namndledamot|politiker_mejl|Jag heter {full:1} och sitter i kultur- och fritidsnämnden. På väg hem"
    " från mötet på {venue} blev jag förföljd av en bil, {plate}, hela vägen till {pstreet}. Jag har"
    " anmält. Ring mig gärna, {tel}.",
    # väktar- och ordningsvaktsrapporter
    "vaktare|vaktrapport|RAPPORT ORDNINGSVAKT\nObjekt: {venue}\nDatum: {date}\nVakt: {full:1}, {full:2}\n"
    "Händelse: åhörare {full:3} avvisades från läktaren efter upprepade tillrop mot ordföranden.",
    "vaktare|vaktrapport|Väktarrapport {kommun}, pass kl {time} till kl {time}\n{init:1} ronderade {venue}."
    " En man uppehöll sig vid kommunalrådens entré och frågade efter {full:2}. Han uppgav sig heta {full:3}.",
    "ordningsvakt|vaktrapport|Vid vallokalen {venue} uppstod tumult kl {time}. OV {sur:1} och OV {sur:2}"
    " ingrep. Gärningsman: {full:3}, {snr}. Polisen (patrull {first:4}) tog över.",
    "vaktare|vaktrapport|Avvikelse vaktbolag\nVaktchef: {full:1} {mob}\nKund: {kommun}\nDen {date} larmade"
    " nämndledamoten {full:2} via överfallslarmet i {lgh}, {addr}. Utryckning kl {time}.",
    "ordningsvakt|vaktrapport|{caps:1} (ordningsvakt) rapporterar: vid insläppet till fullmäktige i {venue}"
    " hittades en kniv hos en besökare, {full:2}. Kniven omhändertogs. Polisen meddelad via {tel}.",
    "vaktare|vaktrapport|Kl {time} meddelade {first:1} i receptionen att en man, {low:2}, vägrade lämna"
    " lobbyn i {venue} och filmade anställda. Väktare {sur:3} avvisade honom. [[Ingen]] skadad.",
    "ordningsvakt|vaktrapport|Vaktrapport förtidsröstning {place}\nPå plats: {full:1}\nIncident: väljare"
    " hotade röstmottagaren {full:2} efter en diskussion om legitimation\nBil som hämtade väljaren: {plate}",
    "vaktare|vaktrapport|{full:1}, väktare: har pratat med {wsur:2} (stadsbyggnad) som varit rädd sedan"
    " hon hotades vid {venue}. Vi följer henne till parkeringen vid {street} efter kl {time} resten av"
    " {week}.",
    # kommunens incidentsystem, exporterade rader
    "systemexport|incidentexport|{date};{time};{venue};Hot mot förtroendevald;Man hotade {full:1} vid"
    " insläppet, sa att han visste var hon bor;{full:2};Säkerhetsenheten",
    "systemexport|incidentexport|Händelse;Hot via"
    " telefon\nDrabbad;{full:1}\nNummer;{mob}\nSamordningsnr;{snr}\nDatum;{date}\nUppgiftslämnare;"
    "{full:2}\nKommentar;{first:1} vill inte att namnet sprids",
    "systemexport|incidentexport|{date};{place};Skadegörelse valstuga;Fönster krossade, bord sönder, skada"
    " ca {amount}."
    " Volontären {full:1} såg bil {plate2};{party};{full:2}",
    "systemexport|incidentexport|\"{full:1}\";\"nämndledamot\";\"hot på Facebook\";\"profilen {nick:2}"
    " har postat hennes adress {addr}\";\"{case}\"",
    "systemexport|incidentexport|id;datum;beskrivning;rapportör\n118;{date};röstmottagare {full:1} blev"
    " tillropad \"fuskare\" i {venue};{first:2}",
    "systemexport|incidentexport|{time};{venue};Hot mot tjänsteperson;Handläggare {full:1} hotades av"
    " {full:2} ({pnr}) efter beslut om bistånd;{first:3} {sur:3}",
    "systemexport|incidentexport|Ärende;Störning fullmäktige\nPlats;{venue}\nBeskrivning;åhörare {low:1}"
    " kastade papper mot ordförande {sur:2} och vägrade lämna salen\nTid;{time}\nKontakt;{mail}",
    "systemexport|incidentexport|{date};Hot mot kommunalråd;Hotbrev till {full:1} skickat till hemadressen"
    " {addr};fastighet {fast};{first:2}",
)  # fmt: skip
