# ruff: noqa: E501
"""Frames of the eighteenth blind corpus, part e: the kommun's trygghetssamordnare summarising what the police
and rescue services sent for the weekly meeting, hastily typed notes (lower case, short forms), and the
weekly meeting's minutes. Each frame is `role|style|template`."""

FRAMES_E = (
    "samordnare|samordnare|Sammanfattning {week}, {place}:\n- Polisen: två rån vid {inst}, misstänkt {full:1} ({ung}).\n- Räddningstjänsten: bilbrand på {street}.\n- Trafik: stenkastning mot {line}.\n- Socialtjänsten: orosanmälan om {first:2}.\n/{full:3}, trygghetssamordnare",
    "samordnare|samordnare|Från polisens veckorapport: Ökad narkotikaförsäljning vid {inst}. Kommunpolis {sur:1} nämner särskilt {nick:2} och bröderna {sur:3} som återkommande. Förslag: förstärkt närvaro {week}.",
    "samordnare|samordnare|{full:1} (trygghetssamordnare) sammanfattar: Lugnare vecka i {place}. En LOB vid {inst} ({first:2}, {ung} år) och en brand i källare på {addr}. {bolag} har bytt lås. Kontakt: kommunpolis {sur:4}.",
    "samordnare|samordnare|Inför mötet {date}: Polisen rapporterar att {full:1} och {full:2} greps efter rånet på {street}. Frivården bekräftar att {full:3} flyttat till {place}. [[Dina]] synpunkter till mig före mötet.",
    "samordnare|samordnare|Veckans lägesbild, {place}\nRöd: {inst} – skottlossning, misstänkt {full:1}.\nGul: {pstreet} – klotter, tags {nick:2}.\nGrön: {place}\nKälla: {unit}, {rescue}",
    "samordnare|samordnare|Summering från räddningstjänsten ({rescue}): 4 bränder {week}, varav en lägenhetsbrand hos {full:1} på {addr}. Brandmästare {wsur:2} har erbjudit brandskyddsinformation till {org}.",
    "samordnare|samordnare|Polisen (insp. {sur:1}) meddelar att {full:2}, känd som {nick:2}, släpps från häktet {week}. Han har tidigare dömts i {court}. Bedömning: risk för oro kring {inst}.",
    "samordnare|samordnare|Kort från {unit}: en {ung}-åring, {first:1}, knivrånad vid {inst} kl {time}. Två gripna, {full:2} och {full:3}. Bussbolaget kör inte {line} förbi {place} efter kl 21 på fredag.",
    "samordnare|samordnare|Sammanställt av {full:1}: Trygghetsvandring med polisinspektör {sur:2} och fältassistent {full:3} i {place} på tisdag. Samling vid {inst} kl {time}. Kostnad för belysningen: {amount}.",
    "samordnare|samordnare|Från SOS och ambulans: tre utryckningar till {inst} {week}, alla berusade ungdomar. Namn som återkommer: {first:1}, {first:2}, {wfirst:3}. Socialtjänstens kontakt: {full:4}",
    "kommunpolis|anteckning|{lowf:1} o {lowf:2} sågs vid {inst} kl {time}, snackade m {low:3}. ring mamman {mob}",
    "omradespolis|anteckning|anteckn {date}: {low:1} ({ung}) stoppad på moped vid {street}, ingen hjälm. {lowf:1|g} lillebror {lowf:2} bak. pappa {low:3} hämtade",
    "omradespolis|anteckning|snabbt: bilen {plate} igen vid {inst}, förare {low:1}. samma som förra v. kolla m {wsur:2} på {unit}",
    "kommunpolis|anteckning|ring {full:1} ang grannbråket {addr} {lgh}. han säger att {lowf:2} spelar hög musik varje natt",
    "faltassistent|anteckning|{first:1} sa att {lowf:2} o {nick:3} sålt vid {inst} hela helgen. meddelat polisen ({sur:4})",
    "kommunpolis|anteckning|obs {low:1} släpps fre, bor hos mamma {addr}. ev oro vid {inst}. /{wfirst:2}",
    "omradespolis|anteckning|{lowf:1} ({ung}) lob:ad kl {time} vid {inst}, hämtad av {low:2}. inget mer",
    "faltassistent|anteckning|pratade m {lowf:1} i {place}, han säger att {lowf:2} hotat honom. tipsat polisen, ärende {case}",
    "kommunpolis|anteckning|brand i förråd {fast} i natt. {lowf:1} sågs där, enl vittne {low:2} ({mob})",
    "omradespolis|anteckning|{low:1} ringde om inbrott i bilen {plate2} på {street}. lovade återkoppla. {lowf:1} vill ha kopia av anmälan till {mail}",
    "samordnare|motet|Närvarande: {full:1} (polisen), {full:2} ({rescue}), {full:3} (socialtjänsten), {full:4} ({org})\nPunkt 1: Läget i {place}. Polisen redogjorde för rånen vid {inst}.",
    "samordnare|motet|Minnesanteckningar veckomöte {week}\n1. Polisen: {full:1} dömd i {court}, lugnare kring {inst}.\n2. Räddningstjänsten: brandmästare {wsur:2} rapporterade två bilbränder på {street}.\n3. Övrigt: inget.",
    "samordnare|motet|Punkt 3, LOB och LVU: Polisen ({full:1}) har omhändertagit {first:2} tre gånger sedan {date}. Socialtjänsten ({full:3}) tar kontakt med familjen {sur:4}.",
    "samordnare|motet|Beslut: Röd status för {place} kvarstår. Ansvarig för uppföljning: {full:1}. Polisen ({unit}) ökar patrulleringen kring {inst} och {street}. Nästa möte {date} kl {time}.",
    "samordnare|motet|Närvaro:\n{full:1}, kommunpolis\n{full:2}, {rescue}\n{full:3}, fältgruppen\nFrånvarande: {full:4}",
    "samordnare|motet|Punkt 2: {full:1} från {unit} berättade att {wfirst:2} ({ung}) som greps för rånet vid {inst} är släppt. [[Rosa]] klottret på {street} är sanerat av {bolag}.",
    "samordnare|motet|Uppföljning från förra veckan: kameran vid {inst} är uppsatt ({amount}). Polisen har identifierat {full:1} på bilderna. Åtgärd: {full:2} kontaktar familjen. Ansvarig {sur:3}",
    "samordnare|motet|Minnesanteckningar {date}\nPolisen, {full:1}: ökning av bilinbrott på {pstreet}.\nRäddningstjänsten, {full:2}: brand i {inst}.\nSekreterare: {full:3}",
    "samordnare|motet|Övrigt: {full:1} från frivården informerade om att en klient, kallad {nick:2}, flyttar till {place}. Polisen följer upp. {first:3} tar frågan vidare till {org}.",
    "samordnare|motet|Punkt 4: {rescue} vill ha hjälp att nå familjen {sur:1} på {addr} ({fast}) om brandvarnare. {full:2} från {org} tar det. Kontakt via {tel}. Justeras av {full:3}",
)
