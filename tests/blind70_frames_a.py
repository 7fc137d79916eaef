"""Frames of the seventieth blind corpus, part a: site diaries (byggdagbok), subcontractors' day reports and
safety rounds on site (tests/blind70_corpus.py). A frame is `voice|style|template`; the slots are
tests/blind70_fill.py's."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # ------------------------------------------------------------------ byggdagbok
    "platschef|byggdagbok|BYGGDAGBOK {proj}\nDatum: {date}   Väder: mulet, +2\nPå plats: {full:1} (PC),"
    " {full:2}"
    " (AL), {antal} snickare, {antal} från {org}\n[[Mark]]: schakt för VA längs {street} klar.\nStöld: "
    "hjullastarens batteri borta på morgonen, anmält, ärende {case}. /{first:1}",
    "arbetsledare|byggdagbok|{date} – dagbok\n07.00 startmöte, {first:1} går igenom lyften.\nLeverans betong"
    " kl {time}, bil {plate} från {org}. Mottagen av {first:2} {sur:2|g} lag.\n{kran} stod still pga vind."
    "\nInbrott i bod 3 natten till idag, {nick:3} upptäckte det. Saknas: 2 borrmaskiner, 1 laser.",
    "platschef|byggdagbok|Dagbok, {proj}, {place}\nPeriod: {week}\nMån: formsättning plan 3. {full:1} sjuk,"
    " ersatt av {full:2} från UE.\nTis: besök av byggherrens ombud {sur:3}. Fastighet {fast}.\nOns: "
    "elektrikern {first:4} ringde från {mob} – kabeltrumma stulen från upplaget.",
    "arbetsledare|byggdagbok|Byggdagbok fört av {init:1}\n{date}\n- {antal} man på plats, {low:2} (ue el) "
    "kom {time}\n- Grannen på {addr} klagar på buller, pratat med henne.\n- [[Sten]] och grus till gården "
    "levererat\n- {wfirst:3} {sur:3} (mark) lämnade {kran} olåst!",
    "platschef|byggdagbok|{full:1}, platschef\nPROJEKT: {proj} (fastighet {fast})\n{date}: natten till idag"
    " har"
    " någon tagit sig in i nybygget via ställningen på baksidan. Fönster krossat i {lgh} (ej inflyttat)."
    " Polisanmält {case}. Väktare från {org} har sett bilen {plate2} på {pstreet}.",
    "arbetsledare|byggdagbok|dagbok {date}\nvädret: regn hela dagen\nfolk: {first:1}, {first:2}, {nick:3}, "
    "{first:4} + {antal} från bemanning\nkranförare {sur:5} hade ledigt, {kran} användes inte\nlev. "
    "armering kl {time} (sen)\nnoterat: containern vid {street} full av grannars skräp\n[[Gran]] och tall"
    " vid infarten fällda\n{line} omlagd pga avstängningen",
    "platschef|byggdagbok|{date}. {proj}.\nBetonggjutning bjälklag plan 4 klar {time}. Pump från {org}.\n"
    "Ny UE-personal: {full:1}, samordningsnr {snr}, och {full:2}.\nSkyddsombud {sur:3} godkände ställningen."
    "\nAnteckn. {first:4}",
    "arbetsledare|byggdagbok|BYGGDAGBOK nr 112\n{proj} – {place}\n{date}, {vuxen} mans arbetsstyrka enligt"
    " personalliggaren\n[[Berg]] i dagen vid hörnet mot {street}, sprängning planeras {week}.\nSamtal med "
    "{comma:1} (granne, {addr}) om sprickor i källaren.\nSign. {first:2}",
    # ------------------------------------------------------------------ ue_dagrapport
    "ue|ue_dagrapport|DAGRAPPORT – {org}\nObjekt: {proj}\nDatum: {date}\nMontörer: {full:1}, {full:2}\n"
    "Arbetstid: kl {time} till 16.00\nUtfört: rördragning lgh plan 2\nAvvikelse: vår släpvagn {plate} "
    "borttagen från bygget under natten. Kontakt {first:1}, {mob}",
    "ue|ue_dagrapport|Day report / Dagrapport\nFirma: {org}\nTeam leader: {full:1}\nWorkers: {full:2}, "
    "{full:3}, {first:4}\nSite: {proj}, {street}\n{date}: tools missing from container (Hilti, Makita). "
    "Reported to site manager {sur:5}.",
    "ue|ue_dagrapport|Rapport ställning {date}\nUppsatt av {caps:1} och {caps:2}\nKontrollerad av {first:3}\n"
    "Plats: {addr}, gavel mot {place}\nAnm: {antal} ställningsplank saknas sedan {date}. Bil {plate2} "
    "sågs lasta vid grinden.",
    "ue|ue_dagrapport|{org} dagrapport {week}\nmån {first:1} + {first:2} (målning trapphus)\ntis "
    "{first:1} ensam, {first:2} sjuk\nons hela laget + {nick:3}\nStöld: 3 sprutor och 40 l färg ur bodens "
    "förråd. Anmält av {full:1}, tel {mob}.",
    "ue|ue_dagrapport|DAGRAPPORT EL\nProjekt: {proj}\nElektriker: {full:1} ({mob}), lärling {first:2}\n"
    "{date} – kabel stulen från trumma på upplaget, ca 200 m. Värde ca {amount}.\nMeddelat AL "
    "{wsur:3} och polisen, {case}",
    "ue|ue_dagrapport|Dagsrapport mark {date}\nMaskiner: grävare {plate}, dumper\nFörare: {full:1}\nHjälp:"
    " {full:2}, {low:3}\nSchakt vid fastigheten {fast}, ledningar hittade som inte fanns på ritningen.\n"
    "Stopp kl {time}–väntar på besked från {first:4}.",
    "ue|ue_dagrapport|{full:1}\n{org}\n{date}\nVi har idag jobbat i {lgh} och lgh bredvid. På väg ut kl"
    " {time} såg {first:2} två personer i trapphuset som inte hörde till bygget. Ringde {first:3} på"
    " {tel}.",
    "ue|ue_dagrapport|UE-rapport, golv\n{date}\nLag: {nick:1}, {first:2}, {full:3}\nLagt: 180 kvm plan 5\n"
    "Saknas: slipmaskin, lånad av {first:4} från {org}? Kolla med {sur:5}.\nNästa vecka: {week}",
    # ------------------------------------------------------------------ skyddsrond
    "skyddsombud|skyddsrond|SKYDDSROND {proj}\nDatum: {date}\nDeltagare: {full:1} (PC), {full:2} (SO), "
    "{full:3} (UE)\n1. Räcken saknas trapphus B – åtgärd {first:1}, klart {week}\n2. Brandsläckare vid bod"
    " borttagen/stulen\n3. Elcentral olåst – ansvarig {sur:4}",
    "skyddsombud|skyddsrond|Skyddsrond {date}, {place}\nNärvarande: {first:1} {sur:1|g} lag, skyddsombud "
    "{sur:2}\nAnm. 1: {kran} saknar giltig besiktning\nAnm. 2: obehöriga har tagit sig in via staketet mot"
    " {venue}\nAnm. 3: {low:3} saknade ID06-kort",
    "arbetsledare|skyddsrond|Skyddsrondsprotokoll nr 14\nArbetsplats: {addr}\nFastighet: {fast}\nSO: "
    "{full:1}\nHuvudskyddsombud: {full:2}, {mob}\nBrister:\n- fallskydd bjälklag\n- spikar i virke vid"
    " upplag\n- [[Björk]] vid infarten skymmer sikten, fälls {week}",
    "skyddsombud|skyddsrond|rond idag {date} med {first:1} och {nick:2}.\nallt ok utom: ställning vid "
    "{street} saknar fotlist, {first:3} fixar. någon har klippt upp byggstängslet igen, bilder till "
    "{first:4|g} mejl {mail}",
    "platschef|skyddsrond|Skyddsrond – {proj}\n{date}, kl {time}\nDeltog: {comma:1}; {comma:2}; {first:3}"
    " (el)\nAvvikelser:\n* obehöriga i byggnaden natten till {date}\n* bygghissen lämnad i bottenläge "
    "utan lås\nÅtgärd: {org} kontaktas för extra rond",
    "skyddsombud|skyddsrond|SO {full:1}\nRond {week}\nPlats: {proj} / {place}\nFörekomst av gasol i bod"
    " utan skylt. Arbetsledare {sur:2} informerad.\nStöldskydd: container 4 uppbruten, {first:3} anmäler.",
    "skyddsombud|skyddsrond|Skyddsrond utförd {date} av {full:1} och {full:2}.\nObjekt {proj}, {street}.\n"
    "Brister: larm på bod 2 ur funktion sedan {date}; {nick:3} har nyckeln. Grind mot {place} lämnas öppen av"
    " leverantörer.",
    "skyddsombud|skyddsrond|{first:1|g} anteckningar, skyddsrond {date}\n- {wfirst:2} från {org} "
    "saknade hjälm\n- stege vid {addr} ej fastsatt\n- {full:3} visar nya larmrutiner {week}\n- "
    "kontakt SO: {mob}",
)  # fmt: skip
