"""Frames of the fifty-fifth blind corpus, part e: rows of the kommun's EST report as the
trygghetssamordnare or kommunpolis types them (estrad), minutes of the samverkan meetings with police,
utilities and Trafikverket (samverkan) and shift handover notes (overlamning). A frame is
`role|style|template`; the slots are tests/blind55_fill.py's."""

from __future__ import annotations

FRAMES_E = (
    # estrad
    "trygghetssamordnare|estrad|{date};{place};{street};Inbrott och stöld;Kabelstöld vid "
    "byggarbetsplats, ca 50 m. Upptäckt av {full:1} ({org}).;Trygghetssamordnare {sur:2}",
    "trygghetssamordnare|estrad|Vecka: {week}\nOmråde: {place}\nKategori: Skadegörelse\nBeskrivning: "
    "Gatubelysning på {street} sönderslagen (8 armaturer). Boende {full:1} har sett ungdomar, bl.a. en "
    "som kallas {nick:2}.\nRapportör: {org}",
    "kommunpolis|estrad|{place} – otrygg plats (belysning). Efter stöld av kabel är gångvägen mot "
    "{venue} mörk sedan {date}, även vid hållplatsen för {line}. Tips från {full:1}, {mob}. Kommunpolis "
    "{sur:2} följer upp.",
    "trygghetssamordnare|estrad|Datum;Tid;Område;Plats;Kategori;Beskrivning\n{date};{time};{place};"
    "{site};Inbrott och stöld;Dörr uppbruten, koppar borta. Larm via {org}, väktare {full:1}, kontakt "
    "via {first:2}. Polisens {case}.",
    "trygghetssamordnare|estrad|{place}: Upprepad skadegörelse mot {site} – stenkastning och klotter med "
    "namnet {low:1}. Anmält av {full:2}, {org}.",
    "fastighet|estrad|Ärendenr;Registrerad;Fastighet;Adress;Ärendetyp;Beskrivning;Kostnad\nB-44812;"
    "{date};{fast};{addr};Skadegörelse;Belysning i garage nedriven, kablar stulna. Hyresgäst {full:1} "
    "({snr}) i {lgh} anmälde.;{amount}",
    "kommunpolis|estrad|Lägesbild {week}, {place}: två kopparstölder (plankorsning och nätstation), en "
    "stöld av brunnslock på {street}. Misstänkt fordon {plate}. Kontakt med {org} och {full:1}, "
    "{first:1} har bilder. Inget diarienr ännu.",
    "trygghetssamordnare|estrad|{place};{date};Otrygg plats;Mörkt vid {venue} efter att lyktor krossats. "
    "{wfirst:1} från fritidsgården berättar att ungdomar hänger där och väntar på {line}. Åtgärd: {org} "
    "lagar {week}.",
    # samverkan
    "samverkan|samverkan|Minnesanteckningar samverkansmöte {date}\nNärvarande: {full:1} (kommunen), "
    "{full:2} ({org}), {full:3} (polisen), {full:4} (Trafikverket)\n§3 Kopparstölder: ökning i {place}. "
    "{first:2} redovisade fem fall sedan {week}.\nNästa möte: {date}",
    "samverkan|samverkan|Punkt 4. Skadegörelse gatubelysning\nEnhetschef {sur:1} (gata/park) berättade "
    "att {antal} armaturer förstörts längs {pstreet} under hösten. Kostnad hittills {amount}. Polisens "
    "representant {full:2} föreslog kamerabevakning.\nAnsvarig: {init:1}",
    "samverkan|samverkan|Deltagare: {comma:1}, {comma:2}, {comma:3}\nFrågan om stöld av batterier i "
    "telemaster togs upp. {org} har haft tre inbrott, senast vid {site}. {first:2} från elbolaget: samma "
    "mönster som i {place}.",
    "samverkan|samverkan|Anteckningar (förda av {full:1})\n- Vattentornet: {site} fick dörren uppbruten "
    "{date}. {org} byter till säkerhetsdörr.\n- Plankorsningar: {first:2|g} rapport visar stenkastning "
    "vid {place}.\n- Övrigt: {nick:3} från fältgruppen känner till ungdomarna.",
    "samverkan|samverkan|Uppföljning åtgärder {week}\n1. Belysning {street}: klart (ansvar {full:1})\n2. "
    "Kamera vid {site}: pågår, {full:2} har kontakt med {org}\n3. Information till boende i {place}: "
    "planerad",
    "samverkan|samverkan|Från mötet: {full:1} på {org} efterfrågar bättre rapportering. Kontakt kan tas "
    "på {mail} eller {tel}. Kommunpolis {wsur:2} lovar att skicka veckosammanställning.",
    "samverkan|samverkan|{caps:1}, säkerhetschef på {org}, inledde med att 14 kopparstölder skett i "
    "regionen sedan sommaren, varav fyra i {place}. Skadorna uppgår till {amount}. Nästa steg: gemensam "
    "tillsyn med {full:2}.",
    "samverkan|samverkan|Mötesanteckning\nTid: {date}, kl {time}\nPlats: {venue}\nNärvarande: {full:1}, "
    "{full:2}, {full:3}\nÄrende: vandalisering av {site}. {first:3|g} bilder visades. Beslut: {org} "
    "sätter upp belysning och skylt.",
    # overlamning
    "driftcentral|overlamning|Överlämning till nattskiftet, {date}\n- {site}: intrång kl {time}, väktare "
    "{wsur:1} var där, inget stulet\n- {street}: fem lyktor släckta, trolig kabelstöld, {org} åker i "
    "morgon\n- Ring {full:2} ({mob}) om något händer i {place}",
    "driftcentral|overlamning|Hej {first:1}! Skiftet har varit lugnt förutom {site}, där {full:2} "
    "hittade ett uppklippt stängsel. Polisen meddelad, {case}. {wfirst:3} från entreprenören kommer kl "
    "{time} för att laga. /{first:4}",
    "vajour|overlamning|ÖVERLÄMNING VA\nFrån: {full:1}\nTill: {full:2}\n• Inbrott {site} – nytt lås, "
    "nyckel hos förman {sur:3}\n• Stulna brunnslock {street} – skyltat\n• Kund {full:4}, {addr}, {lgh}, "
    "vill bli uppringd ang. avstängt vatten: {mob}",
    "elnatsjour|overlamning|{first:1} här. Lämnar över jouren till {first:2}. Öppet: kopparstöld vid "
    "{site} (polisen {case}), belysning ur funktion på {pstreet} (väntar på {org}). Nyckeln till bilen "
    "{plate2} ligger på hyllan.",
    "driftcentral|overlamning|Överlämning {week}\n{lowf:1} → {lowf:2}\nstöld av kabelskor vid {site} – "
    "anmält\nvandalisering av laddstolpe {street} – {org} informerad\nbesök av {full:3} från "
    "försäkringsbolaget {date}",
    "driftcentral|overlamning|Kvällsskiftet: [[Stig]] vid {site} är helt uppkörd av moped, staketet "
    "nedtrampat. {full:1} har pratat med boende på {street}. Ingen stöld konstaterad. Nattskift: "
    "{nick:2} och {full:3}.",
    "vajour|overlamning|Till {full:1}\nDu har jouren från kl {time}. Öppna ärenden: larm {site} (orsak "
    "okänd), klotter på {venue}. Låssmed {sur:2} på {org} vet mer om lås och larm, nås på {tel}.\nLycka "
    "till! /{nick:3}",
    "elnatsjour|overlamning|Överlämning {date} kl {time}\nAvgående: {comma:1}\nTillträdande: {comma:2}\n"
    "Noteringar: upprepade larm från {site}. Enl. {full:3} rör sig folk där nattetid. Polisen har fått "
    "info om bilen {plate}.",
)
