# ruff: noqa: E501
"""Frames of the nineteenth blind corpus, part c: hyresgästföreningen's e-mails and board minutes, the
meetings of fastighetsägare i samverkan (BID), and the housing company's weekly report rows. Each is
`role|style|template`."""

FRAMES_C = [
    # hyresgästföreningen
    "hgf|hgf|Från: {full:1}\nTill: {bolag}\nÄmne: Otrygghet i {place}\nHej! Vi i lokala hyresgästföreningen har fått många klagomål om mopeder på gångvägarna och om att entréerna står öppna. {full:2} i styrelsen kan komma på ert nästa möte.\nHälsningar {first:1}",
    "hgf|hgf|Protokoll styrelsemöte, Hyresgästföreningen {place}\nNärvarande: {full:1} (ordf.), {full:2}, {full:3}, {full:4}\n§ 4 Trygghet: {first:2} rapporterade om bränder i källarförråden. Beslut: skriva till {bolag}.",
    "hgf|hgf|Hej {first:1}! Tack för mötet i går. Som sagt vill föreningen ha bättre belysning vid {inst}. Jag bifogar listan med namnen på de som skrivit under, bl.a. {full:2} och {full:3}. Bovärd {sur:5} var också med. Ring mig på {mob}. /{full:4}, ordförande",
    "hgf|hgf|Lokala hyresgästföreningen i {place} bjuder in till stormöte {date} kl {time} i lokalen vid {inst}. Ämne: trygghet och kameror i trapphusen. Frågor till {full:1}, {mail}.",
    "hgf|hgf|Styrelsemöte {date}\n§ 3 Rapport från trygghetsgruppen. {full:1} berättade att {full:2|g} bil brändes på parkeringen vid {street}. {wfirst:3} föreslog nattvandring på fredagar.\n§ 4 Övriga frågor. Inga.",
    "hgf|hgf|Ämne: SV: Vräkning i {place}\nHej {full:1},\nvi har fått veta att familjen {wsur:2} ska avhysas. Föreningen vill veta om socialtjänsten är inkopplad. Hälsningar {full:3}, Hyresgästföreningen",
    "hgf|hgf|Till {bolag} från hyresgästföreningen\nVi har sammanställt synpunkter från boende på {street}: {first:1} har blivit rånad vid porten, {full:2} vågar inte ta {line} på kvällen. Vi begär ett möte senast {date}.",
    "hgf|hgf|Protokoll årsmöte, Hyresgästföreningen lokalförening {place}\nOrdförande: {full:1}\nSekreterare: {full:2}\nJusterare: {full:3}, {comma:4}\nValberedningen föreslog omval av {first:1}.",
    "hgf|hgf|Hej alla i styrelsen! {first:1} kan inte komma på torsdag. {full:2} tar med fika. Vi ska ta upp klottret vid {inst} och grannen på {addr} som samlar skräp i trapphuset. /{lowf:3}",
    "hgf|hgf|Från: Hyresgästföreningen {place} <{mail}>\nÄmne: Kameror i entréerna\nVi stödjer förslaget om kameror om boende får information. Kontaktperson för frågan är {full:1}, styrelseledamot, tel {mob}.",
    # BID / fastighetsägare i samverkan
    "samverkan|samverkan|Minnesanteckningar BID-möte i {place}, den {date}\nNärvarande: {full:1} ({bolag}), {full:2} ({org}), {full:3} (kommunen), kommunpolis {sur:4}\n1. Lägesbild: bilbränder ökar, tre senaste veckan.\n2. Kameror vid {inst} beslutade.",
    "samverkan|samverkan|Fastighetsägare i samverkan, {place}\nMöte {week}\nOrdförande: {full:1}\nFrågor: klotter längs {street} och {pstreet}, nedskräpning vid {inst}. [[Klara]] besked från kommunen saknas. {full:2} från {bolag} tar fram kostnad, ungefär {amount}.",
    "samverkan|samverkan|Samverkansmöte fastighetsägare och polis\n{full:1} ({bolag}) redogjorde för inbrotten i förråd. Kommunpolisen {full:2} bad om att få alla anmälningar, liksom insatsledare {sur:4}. {full:3} från {org} håller i nästa möte den {date}.",
    "samverkan|samverkan|BID {place}, arbetsgruppen trygghet\nDeltog: {full:1}, {full:2}, {first:3} från {vakt}\nBeslut: gemensam väktarbil under {week}. Kostnaden delas, {amount} per bolag.",
    "samverkan|samverkan|Anteckningar från fastighetsnätverket i {place}: {full:1} lyfte att en kille kallad {nick:2} säljer narkotika i trappan på {addr}. Polisen informerad. {full:3} ansvarar för att följa upp med {bolag}.",
    "samverkan|samverkan|Protokoll, Fastighetsägare i samverkan\nNärvarande: {caps:1}, {caps:2}, {caps:3}\nPunkt 2: bilbrand i garage vid {street}, {plate2}. Punkt 3: nattvandring med {org}.",
    "samverkan|samverkan|Hej alla! Här kommer anteckningar från torsdagens BID-möte. Vi var {first:1}, {first:2}, {full:3} och {full:4}. Mest prat om {inst} och om att {bolag} tar över fastigheten {fast}. /{first:1}",
    "samverkan|samverkan|BID-samordnare {full:1}\nRapport till styrgruppen: Trygghetsmätningen i {place} visar att fler känner sig otrygga vid {inst}. Fastighetsägarna {bolag} och {org} delar på ny belysning. Kontakt {tel}.",
    "samverkan|samverkan|Möte samverkan {place}, den {date}\nNärvarande: {full:1}, {full:2}, {full:3}\nFörvaltare {sur:4} berättade om avhysningen på {addr}. Socialtjänsten var med.\nNästa möte: {week}.",
    "samverkan|samverkan|Från BID-sekretariatet: {full:1} slutar som samordnare, {full:2} tar över från {date}. {first:2} nås på {mob} eller {mail}. Tack {first:1} för fina år!",
    # weekly report rows (CSV-like)
    "veckorapport|veckorapport|Datum; Tid; Adress; Händelse; Åtgärd; Rapportör\n{date}; {time}; {addr}; Klotter i trapphus; Sanerat; {caps:1}\n{date}; {time}; {street}; Bilbrand; Polisanmält; {caps:2}",
    "veckorapport|veckorapport|Datum; Tid; Adress; Händelse; Åtgärd; Rapportör\n{date}; {time}; {addr}; Inbrott förråd, hyresgäst {full:1}; Nytt lås, vaktmästare {sur:3}; {comma:2}",
    "veckorapport|veckorapport|Datum;Tid;Adress;Händelse;Åtgärd;Rapportör\n{date};{time};{addr};Hot mot bovärd {sur:1};Polisanmälan {case};{comma:2}",
    "veckorapport|veckorapport|Veckorapport {bolag} {week}\nDatum; Tid; Adress; Händelse; Åtgärd; Rapportör\n{date}; {time}; {addr}; Störning från {lgh}; Samtal; {full:1}\n{date}; {time}; {inst}; Samling ungdomar; Väktare; {full:2}",
    "veckorapport|veckorapport|Datum; Tid; Adress; Händelse; Åtgärd; Rapportör\n{date}; {time}; {addr}; Brand i barnvagn, trapphus; Räddningstjänst, insatsledare {sur:3}; {caps:1}\n{date}; {time}; {addr}; Krossad entrédörr; Ny dörr beställd; {caps:2}",
    "veckorapport|veckorapport|Ärende; Datum; Adress; Fastighet; Händelse; Kostnad\nveckans största: {date}; {addr}; {fast}; Brand i källarförråd; {amount}\nRapportör: {comma:1}",
    "veckorapport|veckorapport|Datum; Tid; Adress; Händelse; Åtgärd; Rapportör\n{date}; {time}; {street}; Bil {plate} övergiven, ägare {full:1}; Bortforslad; {caps:2}",
    "veckorapport|veckorapport|Datum; Tid; Adress; Händelse; Åtgärd; Rapportör\n{date}; {time}; {addr}; Andrahandsuthyrning misstänks, kontraktsinnehavare {caps:1}; Utredning; {full:2}",
    "veckorapport|veckorapport|Datum; Tid; Adress; Händelse; Åtgärd; Rapportör\n{date}; natt; {addr}; Källarförråd uppbrutna, anmält av {full:1} och {full:2}; Polisanmält; {comma:3}",
    "veckorapport|veckorapport|Datum; Tid; Adress; Händelse; Åtgärd; Rapportör\n{date}; {time}; {inst}; Hot mot personal, man kallad {nick:1}; Väktare kallade; {caps:2}\n{date}; {time}; {street}; Nedskräpning; Städat; {caps:3}",
]
