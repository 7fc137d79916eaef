"""Frames of the sixtieth blind corpus, part a: the caretakers' log, the kyrkogårdsförvaltning's case notes,
relatives' e-mails of complaint. `role|style|template`; slots as in tests/blind60_fill.py."""

from __future__ import annotations

FRAMES_A = (
    # --- vaktmästarnas dagslogg: hastigt, förkortningar, initialer
    "vaktmastare|vaktmastarlogg|"
    "Mån. Rond {place} kl. {time}. Bronslykta borta på {grav}, stenen rest för {full:1} {levde}. "
    "Fotat. Meddelat {first:2} på kontoret.",
    "vaktmastare|vaktmastarlogg|"
    "LOGG {date}, {place}\n- {grav}: vas + lykta i koppar borta\n- {grav}: sten vält, ingen skada på texten\n"
    "- pratade m anhörig {full:1} ({mob}), hon var upprörd\n/{nick:2}",
    "vaktmastare|vaktmastarlogg|"
    "[[Frost]] i marken, grävningen till {sur:1|g} gravsättning flyttad till kl. {time}. "
    "{first:2} och {first:3} tar maskinen från {place}.",
    "vaktmastare|vaktmastarlogg|"
    "kl. {time} två killar ca {ung} år sparkade på lyktor vid {venue}. sa åt dom, en kallades {nick:1} av "
    "den andra. Stack mot {street}, troligen till bussen ({line}). Ringt polisen, fick {case}.",
    "vaktmastare|vaktmastarlogg|"
    "Ons: Hittade en cykel och en ryggsäck i häcken bakom bårhuset. I ryggsäcken låg papper med namnet "
    "{full:1} och adressen {addr}, {lgh}. Lämnat till {first:2} som kontaktar polisen.",
    "vaktmastare|vaktmastarlogg|"
    "Tömt containrar {place}. Ljung och [[Erika]] planterat på {antal} gravar i {grav}. "
    "{first:1} sjuk, {first:2} kom in istället. Bil {plate} stod parkerad på grusgången hela dagen.",
    "vaktmastare|vaktmastarlogg|"
    "Fre {date}\nNågon har grävt vid {full:1|g} grav ({grav}), blomlök uppgrävd och ljusen slängda.\n"
    "Stenen är rest av familjen {sur:2}. Kontaktperson enl. registret: {full:3}, {tel}.\n— {init:4}",
    "vaktmastare|vaktmastarlogg|"
    "Bronsbokstäver bortbända från stenen för {caps:1}?? nej vänta, det är grannens, {full:2} {levde}. "
    "Kolla m {first:3} vilken grav det gäller innan vi ringer nån. {place}",
    # --- kyrkogårdsförvaltningens ärendenoteringar: formellt
    "handlaggare|forvaltningsarende|"
    "Ärende: skadegörelse på gravplats\nGravplats: {grav}, {place}\nGravsatt: {full:1} {levde}\n"
    "Gravrättsinnehavare: {full:2}, {pnr}\nAdress: {addr}\nTelefon: {mob}\nHandläggare: {full:3}",
    "handlaggare|forvaltningsarende|"
    "Gravrättsinnehavaren {full:1} underrättad per brev den {date} om att gravanordningen på {grav} "
    "har skadats. Polisanmälan gjord ({case}). Ansvarig: {sur:2}, kyrkogårdsförvaltningen.",
    "handlaggare|forvaltningsarende|"
    "Notering {date}: Stöld av kopparlykta och bronsvas, {grav}. Gravsatta: {full:1} och {full:2}. "
    "Ersättningsvärde ca {amount}. Anhörig {first:3} önskar återkoppling på {mail}.",
    "handlaggare|forvaltningsarende|"
    "Återkoppling till {comma:1} gällande klagomål på skötseln av familjegraven {grav}. "
    "Samtal med arbetsledare {sur:2} den {date}. Ärendet avslutat.\n{org}",
    "handlaggare|forvaltningsarende|"
    "Överlåtelse av gravrätt, {grav}\nFrån: {full:1}, {pnr}\nTill: {full:2}, {snr}\n"
    "Kontakt: {mail}\nMed anledning av stölden {week} har ny gravrättsinnehavare informerats.",
    "handlaggare|forvaltningsarende|"
    "Angående {place}: fastigheten {fast} gränsar mot kyrkogårdens norra mur. Ägaren {full:1} på "
    "{pstreet} har "
    "klagat på att personer klättrar över muren nattetid. Vidarebefordrat till {kommun}.",
    "handlaggare|forvaltningsarende|"
    "Beslut: gravstenen för {full:1} {levde} ({grav}) bedöms som instabil efter att den välts. "
    "Stenen läggs ned i väntan på åtgärd. Meddelas gravrättsinnehavaren {full:2} genom {first:3}.",
    "handlaggare|forvaltningsarende|"
    "Stulna bronsdetaljer {place}, sammanställning {week}:\n{grav} – {full:1}\n{grav} – {full:2}\n"
    "{grav} – {full:3}\nSamtliga gravrättsinnehavare kontaktas av {sur:4}.",
    # --- anhörigas mejl: upprörda, långa, ibland med signatur
    "anhorig|anhorigmejl|"
    "Hej,\nJag besökte min mammas grav på {place} i söndags och lyktan är stulen IGEN. Mamma hette "
    "{full:1} och ligger på {grav}. Det här är tredje gången. Vad gör ni?\nMvh {full:2}\n{mob}",
    "anhorig|anhorigmejl|"
    "Till kyrkogårdsförvaltningen\nUnder begravningen av min far {full:1} den {date} i {venue} stod en "
    "grupp och spelade hög musik utanför. Jag vill veta om ni anmält det.\n{full:2}\n{addr}",
    "anhorig|anhorigmejl|"
    "hej! jag heter {low:1} och är barnbarn till {full:2}. någon har målat på farfars sten med sprayfärg. "
    "kan ni ringa mig {mob} eller mejla {mail}? tack",
    "anhorig|anhorigmejl|"
    "Hej {first:1},\nTack för samtalet. Som sagt saknas bronsplattan med pappas namn, {full:2}, och den "
    "var värd ca {amount}. Min bror {first:3} har pratat med polisen, ärendenummer {case}.\n/{first:4}",
    "anhorig|anhorigmejl|"
    "Dear parish office,\nMy grandmother {full:1} is buried at {place} ({grav}). Her stone has been "
    "knocked over. I live in Ireland, please call {mob}.\nKind regards, {full:2}",
    "anhorig|anhorigmejl|"
    "God dag. Gravstenen efter min make {full:1} har fått bokstäverna bortbrutna. Nu står bara "
    '"{sur:1}" kvar. Jag är {vuxen} år och orkar inte mer. {full:2}, {addr}, {lgh}, tel {tel}',
    "anhorig|anhorigmejl|"
    "Hej igen. Jag skickade mejl redan {week} men ingen har svarat. Det gäller {grav} där {full:1} och "
    "hans fru {first:2} vilar. Vems ansvar är det? Hälsningar {caps:3}",
    "anhorig|anhorigmejl|"
    "Hej\nVi var på {place} igår och såg att ljuslyktan från {first:1|g} grav hittats på grusgången vid "
    "{venue}. Någon har försökt ta den. Kan ni sätta fast den bättre?\nMvh {first:2} & {full:3}",
)
