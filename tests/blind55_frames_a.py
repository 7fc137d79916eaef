"""Frames of the fifty-fifth blind corpus, part a: the power grid's on-call logs (driftlogg), SMS between
on-call staff and foremen (sms_jour) and the utility's formal incident notes (handelserapport). A frame is
`role|style|template`; the slots are tests/blind55_fill.py's. Typed from memory of such logs and notes."""

from __future__ import annotations

FRAMES_A = (
    # driftlogg
    "elnatsjour|driftlogg|{date}\n{time} Larm intrång {site}. Ringt jour {full:1}, {mob}.\n{time} "
    "{first:1} på plats, grind uppbruten, ca 40 m jordlina borta.\n{time} Polis underrättad, ärende "
    "{case}. Montör {sur:2} kallad för säkring.",
    "driftcentral|driftlogg|{time} – strömavbrott {place}, ca {antal} kunder. Felsökning {nick:1} + "
    "{full:2}.\n{time} Hittat avklippt kabel i kabelskåp vid {street}. Skåpet bänt.\n{time} [[Ström]] "
    "tillbaka. Vakt från {org} beställd till morgonen.\nSign. {init:3}",
    "elnatsjour|driftlogg|Jourlogg {week}, jourhavande {low:1}\nmån kl {time}: Stöld av kopparlina vid "
    "{site}. Anmält, {case}.\ntis kl {time}: Boende {first:2} ({mob}) ringde om mörk gatubelysning på "
    "{pstreet}. Ej vårt nät, hänvisat till {org}.\nons: lugnt",
    "driftcentral|driftlogg|{date} kl {time}\nObjekt: {site}\nHändelse: dörr till kontrollrum uppbruten, "
    "kopparskena och verktyg borta.\nUpptäckt av: {full:1} ({org})\nKontakt polis: {sur:2}, {tel}\n"
    "Övrigt: spår av bil, möjligen {plate} enl. granne {first:3}.",
    "elnatsjour|driftlogg|{time} {first:1} ringer, kabelskåp öppet på {addr}, lock slängt i diket\n"
    "{time} jag + {first:2} på plats, ingen spänning i skåpet, säkrat\n{time} kvittens i systemet. "
    "Fastighetsägare {full:3} meddelad via {mail}",
    "driftcentral|driftlogg|NATT {date}\n{time} Intrångslarm {site}\n{time} Väktare {sur:1} ({org}) på "
    "plats: staket klippt, ca 25 m jordlina borta\n{time} Beredskap {caps:2} informerad\n{time} Kontakt "
    "med boende {comma:3} som sett en skåpbil, {plate2}\nÅtgärd: provisoriskt staket, fotodokumenterat",
    "elnatsjour|driftlogg|{nick:1} ringde kl {time} från {place}: stolpe påkörd? nej – någon har sågat "
    "av jordningen.\n{time} {full:2} bekräftar, ~6 m lina borta. [[Frost]] i marken så ingen grävning i "
    "natt.\nTas {date} av laget under {sur:3}.",
    "driftcentral|driftlogg|{date}\nkl {time} {lowf:1} från larmcentralen: larm {site}\nkl {time} ingen "
    "ute, ringer {full:2} {mob}, svarar ej\nkl {time} {full:3} åker istället\nkl {time} inget stulet, "
    "kabeltrumma flyttad. {first:3} tror det är samma gäng som förra veckan",
    # sms_jour
    "arbetsledare|sms_jour|Hej {first:1}! Kopparstöld igen vid {site}, typ 30 m. Kan du och {nick:2} åka "
    "ut imorgon kl {time}? Polisen har {case}. /{first:3}",
    "elnatsjour|sms_jour|{lowf:1} det e brutet lås på {site} igen. ringer {org} nu. säg till {first:2} "
    "att inte köra dit själv",
    "vajour|sms_jour|Larm nivå {site} kl {time}. Dörr uppbruten, inget vatten påverkat enl drifttekniker "
    "{wsur:1}. Väktaren heter {full:2}, nr {mob}",
    "arbetsledare|sms_jour|Till {full:1}: bilen som stod vid {place} i natt hade reg {plate2}, vit "
    "Caddy. Skicka till polisen, ärende {case} //{init:2}",
    "vajour|sms_jour|{first:1} – grinden vid {site} är uppbruten. [[Inga]] skador inne vad jag ser. "
    "Någon har sprayat {caps:2} på väggen. Foto skickat /{nick:3}",
    "arbetsledare|sms_jour|Påminnelse: {wfirst:1} och {full:2} har jouren {week}. Vid stöld ring alltid "
    "polisen på 114 14 först, sen mig. {sur:3}, arbetsledare",
    "elnatsjour|sms_jour|ok {lowf:1}, jag tar {site} själv. {first:2} sa att samma {plate} stod där "
    "förra natten. hörs kl {time}",
    "driftcentral|sms_jour|Akut: kabelskåp vid hållplatsen för {line} uppbrutet och öppet, spänning "
    "framme! {first:1} är på väg. {full:2|g} bil står kvar vid {venue}, nyckeln i tändningen.",
    # handelserapport
    "driftcentral|handelserapport|HÄNDELSERAPPORT\nDatum: {date}\nAnläggning: {site}\nBeskrivning: "
    "Inbrott i ställverksbyggnad. Ca 150 kg kopparskenor och jordlina tillgripna. Ytterdörr uppbruten "
    "med kofot.\nUpptäckt av: {full:1}, drifttekniker, som ringde {first:3}\nPolisanmälan: {case}\n"
    "Rapportör: {full:2}, {org}",
    "elnatsjour|handelserapport|Händelse {date}, {site}. Vid rondering kl {time} noterade {full:1} att "
    "stängslet klippts upp på två ställen. Ingen person på plats. Enligt {full:2|g} iakttagelser ({mob}) "
    "har en mörk personbil med reg.nr {plate} setts vid platsen flera kvällar. Åtgärd: {org} förstärker "
    "bevakningen {week}.",
    "driftcentral|handelserapport|Incidentrapport – stöld av kabel\nPlats: {street}, {place}\nTid: "
    "natten mot {date}\nOmfattning: ca 120 m lågspänningskabel uppgrävd och kapad, {antal} hushåll "
    "strömlösa i 4 h.\nKostnad: uppskattat {amount}\nKontaktperson: {comma:1}, {tel}",
    "elnatsjour|handelserapport|Rapport från beredskap\nBeredskapshavande: {full:1}\nLarm inkom kl "
    "{time} från {site}. Vid ankomst var hänglåset avklippt och en kabeltrumma (ca 200 m Cu) saknades. "
    "Granne, {full:2}, {addr}, {lgh}, hade hört vinkelslip vid midnatt.\nÄrendet överlämnat till {sur:3} "
    "på säkerhetsavdelningen.",
    "driftcentral|handelserapport|Avvikelse {date}: Obehörigt tillträde {site}. Personal från {org} "
    "({full:1}, {full:2}) påträffade två personer i anläggningen som sprang därifrån mot {place}. Polis "
    "larmad, {case}, {first:1} tog emot. Skador: dörr och larmpanel, ca {amount}.",
    "elnatsjour|handelserapport|Sammanfattning av händelse\nPlats: {site}\nDatum: {date}\nVid tillsyn "
    "upptäckte montör {sur:1} att koppartråd skurits bort från jordtaget. Anläggningen var spänningssatt "
    "– livsfarligt. [[Berg]] i dagen, så kabeln låg ytligt.\nInformerade: {full:2} "
    "(elsäkerhetsansvarig), {full:3} (polisen, {mail})\nUppföljning {week}.",
    "driftcentral|handelserapport|Skaderapport. Under helgen har {antal} armaturer längs {pstreet} "
    "slagits sönder, troligen med sten. Anmälan gjord av {full:1}, gatubelysningsansvarig, {tel}. Ärende "
    "hos polisen: {case}. Reparation beställd av {org}, kostnad {amount}.",
    "elnatsjour|handelserapport|{full:1} rapporterar: {date} kl {time} var transformatorkiosken på "
    '{addr} uppbruten. Inga komponenter saknas men ett klotter med texten "{low:2} var här" fanns på '
    "dörren. Fastighet {fast}. Foto i ärendet.",
)
