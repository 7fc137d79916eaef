"""Frames of the twenty-third blind corpus, third part: phone notes, walks with traders and building sites'
reports (tests/blind23_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_C = [
    # telefon
    "samordnare|telefon|Telefonanteckning {date} kl {time}\nRingde: {full:1}, ägare till {biz}\nÄrende: "
    "ungdomar kastar sten på fönstren mot {street} varje kväll. Hon känner igen en av dem, {low:2}.\n"
    "Återkoppling till {mob}",
    "samordnare|telefon|Samtal med butikschef {sur:1} ({venue}): snatterierna har minskat sedan väktarna "
    "började. Dock ny händelse {date}, en kvinna ({full:2}) hotade kassören {wfirst:3} med kniv. Polis "
    "{case}.",
    "vaktmastare|telefon|Tel från vaktmästare {full:1} kl {time}: larmet i {venue} har gått tre nätter i "
    "rad. {org} rycker ut men hittar inget. Han misstänker att {first:2}, en av städarna, inte larmar på "
    "rätt sätt. Ring honom på {mob}.",
    "handlare|telefon|{wfirst:1} från {biz} ringde igen. Dieseln från kylbilen har tappats två gånger på "
    "{street}. Han har sett en vit bil, {plate2}, och tror att föraren heter {full:2}. Vill att vi "
    "kontaktar {org}.",
    "kommunpolis|telefon|Kommunpolis {sur:1} ringde {date}: de har gripit två personer för rånen mot "
    "pizzabud vid {place}. {full:2} ({snr}) och {full:3}. Mer info {week}.",
    "samordnare|telefon|Noterat under samtal med {full:1} ({org}):\n– inbrott i containern vid {venue} "
    "natten mot lördag\n– {nick:2} misstänks, ses ofta med {full:3}\n– {first:1} nås på {tel} dagtid",
    "larmcentral|telefon|Larmcentralen ringde kl {time}: överfallslarm från kassan på {venue}. Personal: "
    "{full:1}. Väktare skickad, på plats efter {min} min. Kunden {full:2} hade gått. Anmälan {case}.",
    "taxi|telefon|Taxichaufför {full:1} ringde om en resenär som inte betalade, hämtad vid {venue} kl "
    "{time}, släppt på {addr}, {lgh}. Resenären sa att han hette {first:2}. Chauffören nås på {mob}.",
    # trygghetsvandring
    "samordnare|trygghetsvandring|Trygghetsvandring med handlare {date}, {place}\nDeltagare: {full:1} "
    "({biz}), {full:2} ({kommun}), kommunpolis {sur:3}, {lowf:4}\nIakttagelser:\n- trasig belysning vid "
    "lastkajen bakom {venue}\n- klotter på {street}\n- buskar skymmer sikten mot hållplatsen för {line}",
    "centrumledare|trygghetsvandring|Vi gick runt {venue} kl {time}. {full:1} visade var de brukar sitta "
    "och röka. {first:2} från {org} tyckte att garaget känns otryggt. Åtgärd: ny lampa vid {pstreet}, "
    "ansvarig {full:3}.",
    "naringsliv|trygghetsvandring|Kvällsvandring {date}\nStart: {venue}\nMed: {comma:1}, {full:2}, "
    "{first:3} och väktare {sur:4}\nNoterat: bilar kör på gång- och cykelvägen mot {place}, en med reg "
    "{plate}. Sprutor hittade vid {biz}.",
    "handlare|trygghetsvandring|Synpunkter från {full:1|g} butik efter vandringen: nedskräpning vid "
    "återvinningen, ungdomar från {place} samlas vid {venue} efter kl {time}. Kontaktperson hos {org}: "
    "{full:2}.",
    "samordnare|trygghetsvandring|{full:1} (samordnare), {full:2} (centrumförening), {full:3} ({org}) och "
    "{low:4} gick från {venue} till {street}. Dålig belysning, krossad busskur vid {line}. Uppföljning "
    "{week}.",
    "centrumledare|trygghetsvandring|Protokoll trygghetsvandring\nOmråde: {place}\nDatum: {date}\nDeltog: "
    "{full:1}, {init:2}, handlaren {sur:3}\nBrister: 1) lastkaj utan lampa 2) trasigt staket mot {venue}; "
    "3) skräp bakom {biz}",
    "naringsliv|trygghetsvandring|Handlarna i {venue} ville visa oss parkeringsdäcket. {wsur:1} (ägare "
    "till gymmet) och {full:2} pekade ut hörnet där bilar bränts. Vi såg en bil med reg {plate} som "
    "saknade skyltar fram. {first:2} ringer {org}.",
    "kommunpolis|trygghetsvandring|Minnesanteckning, kommunpolis {full:1}: vandring med näringsidkarna "
    "{date}. {full:2} från {biz} berättade om hot mot personalen under {week}. Förslag: kamerabevakning "
    "av {venue}, kontakt {mail}.",
    # bygg
    "platschef|bygg|Platschef {sur:1}, {org}\nStöldanmälan byggarbetsplats {place}\nNatten mot {date} "
    "bröts containern upp. Stulet: borrmaskiner, laser och ca 400 liter diesel, värde {amount}. "
    "Polisanmälan {case}.\nKontakt: {mob}",
    "platschef|bygg|ID06-kontroll {date} vid {venue}\n{n} personer på plats utan giltigt ID06-kort, bland "
    "dem {full:1} ({snr}) och {full:2}. Underentreprenör: {biz}. Arbetsledare {full:3} kontaktad, {mob}.",
    "vaktare|bygg|Bevakning byggarbetsplats {street}\nkl {time} två personer innanför stängslet, sprang "
    "mot {place} när vi kom\nkl {time} upptäckt avklippt kätting på dieseltanken\nPlatsansvarig {full:1} "
    "underrättad. Väktare {full:2}, {org}",
    "platschef|bygg|Hej {first:1},\nvi har haft tre stölder på bygget vid {venue} sedan {date}: verktyg, "
    "kopparrör, en minigrävare. Grannarna har sett en pickup med reg {plate2}. Anmält {case}. Kan "
    "kommunen ordna bättre belysning?\n/{full:2}, platschef",
    "platschef|bygg|Skyddsrond {week}\nBygg: {biz}\nNärvarande: {full:1} (platschef), {full:2} "
    "(skyddsombud), {lowf:3}\nNoterat: obehöriga ungdomar i byggnaden på kvällarna, en av dem kallas "
    "{nick:4}. Stängslet lagas.",
    "vaktare|bygg|Larm byggbod vid {venue} kl {time}. På plats: {full:1} från {org}. Dörren uppbruten, "
    "stulet: två motorsågar. Platschef {wsur:2} meddelad. Fastighet {fast}.",
    "platschef|bygg|{full:1|g} firma har tappats på diesel två nätter i rad på bygget vid {place}. Han "
    "misstänker en tidigare anställd, {full:2} ({pnr}), som fick sparken {date}. Tipset vidare till "
    "kommunpolis {sur:3}.",
    "platschef|bygg|Meddelande till grannarna på {street}: byggstölderna fortsätter. Har ni sett något, "
    "ring {full:1} på {tel} eller mejla {mail}. Hälsningar från {org} och {kommun}",
]
