# ruff: noqa: E501
"""Frames of the eighteenth blind corpus, part b: the vakthavande befäl's log and the insatsledare's notes, the
förundersökningsledare's case notes, and court outcomes mentioned in passing. Each frame is
`role|style|template`."""

FRAMES_B = (
    "vakthavande|befal|Vakthavande befäl {full:1}, {unit}\nkl {time} Larm om slagsmål vid {inst}. Patrull 2130 (insp. {sur:3}) till platsen.\nkl {time} {full:2} ({vuxen}) omhändertagen enl LOB, förd till arresten.\nkl {time} Lugnt på platsen, patrullen åter.",
    "vakthavande|befal|Händelselogg {date}\nInsatsledare: {full:1}\nPatruller från {unit} och {rescue} på plats vid {addr}. Hyresgästen {full:2} evakuerad. Grannen {first:3} hade larmat via 112.",
    "vakthavande|befal|Befälsanteckning: Oro i {place} efter skottlossningen. Förstärkning från {unit} under helgen. Kontaktperson i kommunen är trygghetssamordnare {full:1}, nås på {mob}. Vb {sur:2}",
    "vakthavande|befal|{full:1} (vakthavande befäl) beslutade kl {time} om avspärrning runt {inst}. Polisassistent {full:2} och inspektör {wsur:3} höll avspärrningen till {time}. [[Inga]] civila skadades.",
    "vakthavande|befal|Insatsrapport {case}\nPlats: {street}, {place}\nInsatsledare: insp. {sur:1}\nMålsägande: {full:2}, {pnr}\nMisstänkt: {full:3}, {snr}\nBil: {plate2}",
    "insatsledare|befal|Kort lägesrapport till kommunen, {week}: Tre bilbränder i {place}, samtliga natt mot lördag. Vid den senaste, på {street}, sågs en kille i vit jacka som vittnen kallar {nick:1}. Områdespolis {full:2} följer upp. Kontakt: {mail}",
    "vakthavande|befal|LOB-omhändertaganden under helgen:\n– {full:1} ({vuxen}), {inst}, kl {time}\n– {full:2} ({vuxen}), {place}, natt\n– {full:3} ({ung}), lämnad till mamma {first:4}\nVb: {full:5}",
    "insatsledare|befal|Insatsledare {full:1} rapporterar: Området kring {inst} spärrat efter fynd av misstänkt sprängämne. Nationella bombskyddet kallat. Boende på {street} evakuerade till {inst}. Polisinspektör {full:2} tar över kl {time}.",
    "vakthavande|befal|Ny info från RLC: vittnet {full:1} ringde åter kl {time} och uppgav att bilen, en svart Golf {plate}, setts på {pstreet}. Föraren troligen {full:2}, efterlyst sedan {date}. Vb {init:3}",
    "insatsledare|befal|Lägesbild natt: Lugnt i {place} och {place}. Ett larm om inbrott på {addr}, falsklarm. Gruppchef {full:1} och polisassistent {first:2} {sur:2} gick fotpatrull vid {inst} kl {time}. Ordningsvakter på {line} rapporterade inget.",
    "fuledare|fu|Förundersökningsledare {full:1} har beslutat att inleda förundersökning om grov misshandel. Målsägande {full:2} ({ung}) hörd, misstänkta {full:3} och {full:4} delgivna misstanke. Ärende {case}.",
    "fuledare|fu|FU-anteckning {date}:\nFörhör hållet med {full:1} ({ung}) i närvaro av mamma {first:2}. Uppger att {full:3} och en kille från {place} låg bakom rånet vid {inst}. Förhörsledare: {full:4}.",
    "fuledare|fu|Beslut: Förundersökningen mot {full:1}, {snr}, läggs ned då brott inte kan styrkas. Underrättelse skickas till {addr}. Fu-ledare {sur:2}",
    "fuledare|fu|Utredaren {full:1} söker vittnen till rånet på {street} den {date}. Den misstänkte, {full:2}, har samordningsnummer {snr} och saknar känd adress. Telefon till utredaren {tel}.",
    "fuledare|fu|Fortsatt utredning {case}: Telefonen som beslagtogs hos {full:1} innehåller bilder på {first:2} och {first:3}. Åklagare {full:4} informerad. Nästa förhör {week}.",
    "fuledare|fu|{full:1} har hörts om skadegörelsen på {inst}. Han nekar men säger att {first:2} och brodern {first:3} var där. Spaning mot bil {plate2} som ska tillhöra {full:4}.",
    "fuledare|fu|Anhållen: {caps:1}, född {pnr}.\nMisstanke: Grov stöld, inbrott i villa i {place}.\nFörsvarare: advokat {full:2}.\nFörundersökningsledare: kammaråklagare {full:3}",
    "fuledare|fu|Förhörsledare {sur:1} har hört grannen {full:2}, {addr}, om bråket. Enligt {first:2} hördes skrik från {lgh} kl {time}. Misstänkt: {full:3}",
    "fuledare|fu|Målsäganden {first:1} ({ung}) vill inte medverka. Vårdnadshavare {full:2} har informerats av polisassistent {wsur:3}. Ärendet överlämnas till {unit} för fortsatt utredning.",
    "fuledare|fu|Spaningsuppslag {case}: Moped utan skyltar sedd vid {inst}. Förare troligen {full:1} ({ung}), passagerare kallad {nick:2}. Kontakta {full:3} på {mail} vid nya uppgifter.",
    "kommunpolis|dom|{full:1} ({ung}) dömdes i {court} till ungdomstjänst för rånet vid {inst} i våras. Medgärningsmannen {full:2} fick ungdomsövervakning. Målsäganden {first:3} tilldelades skadestånd på {amount}.",
    "kommunpolis|dom|Dom meddelad {date}: {full:1}, kallad {nick:1}, döms för grovt narkotikabrott till fängelse i två år och sex månader. Han greps i en lägenhet på {street} i {place}.",
    "samordnare|dom|Till info: {court} har dömt de tre killarna för skadegörelsen på {inst}. {full:1} och {full:2} fick böter, {full:3} ungdomsvård. Skadeståndet till {org} blev {amount}.",
    "kommunpolis|dom|Hovrätten fastställde {date} tingsrättens dom mot {full:1} för mordbranden på {addr}. Han döms till sluten ungdomsvård i ett år. {first:1|g} bror {first:2} friades.",
    "kommunpolis|dom|{full:1} friades i {court} från misstanken om olaga hot mot {full:2}. Vittnet {full:3} tog tillbaka sin uppgift. Tingsrätten ansåg inte att det var styrkt.",
    "samordnare|dom|Bra att veta inför veckomötet: {nick:1} ({full:1}) sitter häktad i väntan på rättegång i {court}. {nick:1|g} lillebror {first:2} ({ung}) rör sig fortfarande runt {inst}.",
    "kommunpolis|dom|Domen mot {caps:1} och {caps:2} för rånen i {place} meddelades {date}. Båda dömdes till fängelse, {first:1} i tre år och {first:2} i ett år och åtta månader.",
    "kommunpolis|dom|{court} dömde i dag {full:1} ({vuxen}) till villkorlig dom och samhällstjänst för misshandeln av {full:2} utanför {inst}. Åklagare var {full:3}.",
    "samordnare|dom|Rättegången mot {full:1} och två medtilltalade inleds {week} i {court}. Familjen {sur:2} har bett om stöd från {org}. Stödperson: {full:3}",
    "kommunpolis|dom|Ungdomsmålet mot {wfirst:1} ({ung}) avgjordes i {court}. Han dömdes för grov skadegörelse på {inst} och ska betala {amount} till {org}. Målet handlades av rådman {full:2}.",
)
