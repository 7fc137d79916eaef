"""Frames of the forty-second blind corpus, file e: minutes of the weekly EST and samverkan meetings
(samverkan), notes of calls to the kommun's kontaktcenter (kontaktcenter) and the night staff's log at an
äldreboende or in night hemtjänst (nattlogg). Each frame is `role|style|template` (slots:
tests/blind42_fill.py)."""

from __future__ import annotations

FRAMES_E = (
    # ------------------------------------------------------------------ samverkan
    "est_samordnare|samverkan|Minnesanteckningar EST {week}\nNärvarande: {full:1} (kommunen), "
    "{full:2} (polisen), {full:3} ({org})\n1. Bedrägerier mot äldre i {place}: tre fall sedan "
    "förra veckan, bl.a. hos en brukare på {street}.\n2. Otrygghet vid {venue}: hemtjänsten vill ha "
    "bättre belysning.",
    "est_samordnare|samverkan|Lägesbild {week} – äldre och trygghet\n• Inbrott i lägenhet på {addr} "
    "(brukare {comma:1}). Polisens ärende {case}.\n• Falska hantverkare i {place}, bil {plate2} "
    "observerad.\n• Anhörig {full:2} har mejlat om hot i trapphuset.\nAnsvarig: {first:3}",
    "kommunpolis|samverkan|Punkt 3, polisen ({sur:1}): Vi har gripit en man, {full:2} ({vuxen} år), "
    "misstänkt för flera stölder hos äldre i {place}. Han har utgett sig för att vara från "
    "hemtjänsten. Bilen, en röd Golf {plate}, är beslagtagen. Hemtjänstens chef {full:3} följer upp.",
    "est_samordnare|samverkan|Åtgärdslista {date}\n- Informationsblad om telefonbedrägerier delas ut "
    "av hemtjänsten i {place} (ansvarig {first:1})\n- {org} byter lås i {fast} efter inbrottet i "
    "{full:2|g} lägenhet\n- Möte med {org} {week}\n- Uppföljning: {full:3}",
    "est_samordnare|samverkan|Från veckomötet: {full:1} från hemtjänsten berättade att personalen på "
    "kvällsturen känner sig otrygga vid {street}. Två incidenter med hot, senast {date}. {full:2} "
    "({kommun}) tar kontakt med bostadsbolaget. Nästa möte {week}.",
    "est_samordnare|samverkan|Anteckningar – trygghetsmöte med PRO i {place}\nDeltagare: "
    "{full:1}, {full:2}, {first:3} {wsur:3}, kommunpolis {sur:4}\nSammanfattning: Flera medlemmar har "
    'fått samtal från "{bank}". En medlem förlorade {amount}. Polisen informerar om hur man spärrar '
    "kort.",
    "est_samordnare|samverkan|Kvartalsuppföljning hemtjänst/EST\nAntal rapporterade händelser "
    "{week}: {antal}\nStörst oro: {place} och {venue}\nKontakt: {full:1}, {mail}, {tel}\n"
    "Sammanställt av {full:2}",
    "est_samordnare|samverkan|{caps:1} (kommunens säkerhetssamordnare) informerade om att en kvinna i "
    "{place}, {full:2}, har blivit rånad i hissen. Hon är {alder} år. Gärningsmannen sprang mot "
    "{street}. Vittnen: grannen {first:3} och hemtjänstens {first:4}. Ärendenr {case}.",
    # ------------------------------------------------------------------ kontaktcenter
    "kontaktcenter|kontaktcenter|Samtal till kontaktcenter {date} kl {time}\nUppringare: {full:1}, "
    "{mob}\nÄrende: Hennes granne {full:2} ({alder} år, {snr}) har inte öppnat på två dagar och "
    "tidningarna ligger kvar. Kopplat till hemtjänsten i {place}.",
    "kontaktcenter|kontaktcenter|KC-ärende\nNamn: {comma:1}\nPersonnr: {snr}\nAdress: {addr}, {lgh}\n"
    "Ärende: Vill anmäla att någon som sa sig vara från kommunen ringt och frågat efter hennes "
    "bankuppgifter. Hänvisad till polisen 114 14 och {bank}. [[Sten]] hade kastats mot hennes "
    "fönster.\nHandläggare KC: {first:2}",
    "kontaktcenter|kontaktcenter|{first:1} på kontaktcenter noterar: {full:2} ringde och var upprörd "
    'över att hemtjänsten "släppt in tjuvar". Hennes son {wfirst:3} har hittat en främmande nyckel '
    "i hallen. Ärendet skickat till enhetschef {wsur:4}.",
    "kontaktcenter|kontaktcenter|Meddelande via e-tjänst\nAvsändare: {full:1} <{mail}>\nText: Min mamma "
    "{full:2} bor på {venue}. I helgen försvann hennes plånbok och nu har någon handlat för {amount} "
    "med hennes kort. Vem ansvarar?",
    "kontaktcenter|kontaktcenter|Tel.anteckning {time}\n{low:1} ({alder} år) ringer. Säger att två män "
    'i varselvästar varit hos henne och "mätt radon". Efteråt saknas {amount} ur skrivbordslådan. '
    "Uppmanad att ringa polisen. Dotterns nummer: {mob}.\n/{lowf:2}",
    "kontaktcenter|kontaktcenter|Inkommande samtal, vidarekopplat\nFrån: {full:1} ({tel})\nGäller: "
    "sin bror {full:2}, {snr}, som bor på {addr}. Brodern har fått besök av en kvinna som säger sig vara "
    "från hemtjänsten men som inte finns hos oss. Kopplat till {first:3}.",
    "kontaktcenter|kontaktcenter|Ärende {date}: Kvinna, {full:1}, ringer om en man som står i "
    "trapphuset på {street} varje morgon och tigger pengar av de äldre. Han kallar sig {nick:2}. "
    "Hon vill vara anonym mot grannarna. Till {org} och kommunpolis {sur:3}.",
    "kontaktcenter|kontaktcenter|Samtalslogg\n{time} {full:1} – vill spärra "
    "{full:2|g} kort, fadern har blivit bestulen på {venue}.\n{time} {full:3} – frågar om "
    "trygghetslarm.\n{time} {full:4} – klagomål på snöröjning vid {pstreet}.",
    # ------------------------------------------------------------------ nattlogg
    "aldreboende|nattlogg|Natt {date}, {venue}\n{init:1} och {init:2} i tjänst.\n{time} {full:3} "
    "uppe och går, letar efter sin man {wfirst:4}.\n{time} okänd bil ({plate2}) stod med motorn "
    "igång vid entrén en stund.\n{time} allt lugnt. Rapport till ssk {sur:5}.",
    "nattpatrull|nattlogg|Nattpatrullen – {week}\nTillsyn hos {full:1} kl {time}: ytterdörren öppen, "
    "ingen inne. Hittad hos grannen {full:2} på samma våning.\nTillsyn hos {full:3}: en man svarade i "
    'dörren och sa "hon sover". Känner inte igen honom. Meddelat dagpersonalen ({first:4}) och samordnare '
    "{sur:5}.",
    "aldreboende|nattlogg|{first:1} natt: {low:2} vaknade kl {time} och sa att någon varit i hennes "
    "rum och tagit hennes smycken. Vi letade, hittade inget. Ska tas upp med dottern {full:3} i "
    "morgon och med avdelningschefen {sur:4}.",
    "nattpatrull|nattlogg|Natt till {date}\n- {lowf:1}: tillsyn ok\n- {lowf:2}: tillsyn ok, dörren "
    "olåst, låst\n- {full:3}: larm {time}, ramlat, lyft\n- {full:4}: ok\nSign {init:5}",
    "aldreboende|nattlogg|{caps:1} i nattjänst noterar att entrédörren mot {street} varit uppställd "
    "med en kil hela natten. Ingen vet vem. Bilen {plate} stod på personalparkeringen utan tillstånd. "
    "Meddelat {org}.",
    "nattpatrull|nattlogg|nattlogg {place}\nkl {time} besök hos {low:1}, hon berättade om ett "
    'samtal från en "advokat" som ville ha {amount} för att hennes barnbarn {wfirst:2} suttit i en '
    "olycka. Hon betalade inte. Ringt sonen {full:3}.\nsign {lowf:4}",
    "aldreboende|nattlogg|Natten {date}\nPersonal: {first:1}, {first:2}\nHändelser: {full:3} var "
    "oroad efter att någon ringt på fönstret från gården. Fastighetsskötare {sur:4} kontaktad om "
    "belysning. Fastighet: {fast}.",
    "nattpatrull|nattlogg|NATT {week}\n{full:1} ({addr}): grannen spelar hög musik och har hotat "
    "henne när hon knackade. Ringt {org}.\n{full:2}: ok.\n{full:3}: vill att vi ringer hennes dotter, "
    "{mob}, varje kväll. Underskrift: {lowf:4}",
)
