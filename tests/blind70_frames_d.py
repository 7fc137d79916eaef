"""Frames of the seventieth blind corpus, part d: site managers' e-mails, work teams' group chats and the
site's staff register (personalliggare) (tests/blind70_corpus.py)."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # ------------------------------------------------------------------ platschefmejl
    "platschef|platschefmejl|Från: {full:1} <{mail}>\nTill: {full:2}\nÄmne: Inbrott {proj}\n\nHej "
    "{first:2}!\nInatt var det inbrott i bod 1 igen. Polisanmält ({case}). Kan du höra med {org} om "
    "extra bevakning {week}?\n\n/{first:1}",
    "platschef|platschefmejl|Hej alla,\nFrån och med {date} gäller nya rutiner för låsning av "
    "containrar på {proj}. {full:1} har huvudnycklarna, i hans frånvaro {full:2}. Maskiner parkeras "
    "innanför staketet mot {street}. Observera att {line} går förbi"
    " grinden.\nHälsningar\n{full:3}\nPlatschef, {org}\n{mob}",
    "projektledare|platschefmejl|Ämne: Sv: Anbud {proj}\n\n{first:1}, vi landade på {amount} efter "
    "förhandlingen. {sur:2} på {org} vill ha svar före {date}. Mark- och grundarbeten ingår, ej "
    "[[Sten]]-mjöl till gården.\n\nMvh {full:3}",
    "platschef|platschefmejl|Hej {first:1},\nkan du kolla kamerabilderna från natten till {date}? "
    "{nick:2} tror att det var samma vita bil som förra gången, reg {plate2}. Ring mig på {mob} så "
    "tar vi det.\n/{full:3}",
    "projektledare|platschefmejl|Ämne: Grannklagomål {addr}\n\nHej {full:1},\nfastighetsägaren ({org})"
    " har fått klagomål från {full:2} om att våra bilar blockerar infarten. Fastigheten är {fast}. "
    "Kan ni be {first:3} och hans lag att ställa sig på {street} i stället?\n{first:4}",
    "platschef|platschefmejl|Vidarebefordrat: Leveransavisering\nBetong till {proj} levereras {date} kl"
    " {time}. Chaufför {full:1}, {mob}. Mottagare på plats: {wsur:2} (AL).\n\n-- \n{caps:3}\n{org}",
    "projektledare|platschefmejl|Till: {mail}\nKopia: {full:1}\n\nHej {wfirst:2}!\nVi har fått polisens"
    " ärendenummer {case} för stölden {date}. Bifogar lista. Försäkringen vill ha underskrift av "
    "{first:1}.\n\nHälsningar {full:3} ({org}), tel {tel}",
    "platschef|platschefmejl|Hej,\nJag heter {full:1} och är ny platschef på {proj} i {place} från {week}."
    " Tidigare {full:2} har gått vidare till {org}. Nås på {mob} eller {mail}.\nVänligen {first:1}",
    # ------------------------------------------------------------------ arbetslagschatt
    "arbetslag|arbetslagschatt|[{time}] {first:1}: nån som sett laserns stativ?\n[{time}] {nick:2}: "
    "låg i bod 2 igår\n[{time}] {first:1}: borta nu. containern uppbruten\n[{time}] {first:3}: fan."
    " ringer {sur:4}",
    "arbetslag|arbetslagschatt|{first:1}: Kranen står still, {kran} ur funktion\n{first:2}: ok, "
    "ringer {org}\n{first:1}: leverans från Beijer kl {time} då?\n{first:2}: {nick:3} tar emot",
    "arbetslag|arbetslagschatt|{nick:1}: guys someone took my drill from plan 4\n{first:2}: ask "
    "{first:3}, he was there\n{first:3}: no not me!! was at {street} whole day\n{nick:1}: ok i tell "
    "{sur:4}",
    "arbetslag|arbetslagschatt|{lowf:1}: va e koden till grinden\n{lowf:2}: samma som förra v\n{lowf:1}"
    ": funkar inte. står utanför med {plate}\n{first:3}: bytte igår pga inbrottet, sms:ar dig",
    "arbetslag|arbetslagschatt|{first:1}: Alla: imorgon {date} startar vi {time}, betong hela dan\n"
    "{first:2}: Tumme upp\n{nick:3}: kommer {first:4|g} släktingar från Litauen också?\n{first:1}: ja "
    "{antal} st. registrera i personalliggaren",
    "arbetslag|arbetslagschatt|{first:1}: hittade en sovsäck i trapphus C, nån har sovit där\n"
    "{first:2}: igen?? skriv i dagboken\n{first:1}: gjort. sa till {wfirst:3} och AL {wsur:5}"
    " också\n{first:2}: "
    "{full:4} från {org} ska sätta larm på dörren",
    "arbetslag|arbetslagschatt|{first:1} (ue): Hej, i am {first:1} from {org}, new in team. My number"
    " {mob}\n{first:2}: welcome! meet at bod by {street} at 06.45\n{first:1}: thanks {first:2}",
    "arbetslag|arbetslagschatt|{first:1}: har nån sett {first:2}? han skulle hämta {plate2} på "
    "verkstan\n{nick:3}: han är i {place} med {low:4}\n{first:1}: ok säg att {sur:5} letar",
    # ------------------------------------------------------------------ personalliggare
    "bas|personalliggare|PERSONALLIGGARE {proj}\nDatum: {date}\nIN 06.42 {comma:1} {pnr}\nIN 06.50 "
    "{comma:2} {snr}\nIN 06.51 {comma:3} {pnr}\nUT 15.30 {comma:1}",
    "bas|personalliggare|Personalliggare byggarbetsplats\nByggherre: {org}\nAdress: {addr}\n{date}\n"
    "{full:1}, {pnr}, in kl {time}\n{full:2}, {snr}, ID06 saknas – skickad hem\nAnsvarig: {full:3}",
    "arbetsledare|personalliggare|Kontroll personalliggare {date}\nSkatteverket på plats. Avvikelse: "
    "{full:1} ({snr}) ej inskriven. Arbetsgivare {org}, kontakt {full:2}, {tel}.",
    "bas|personalliggare|Utdrag personalliggare, {proj}, {week}\n{caps:1} – {pnr} – {org}\n{caps:2} –"
    " {snr} – UE\n{caps:3} – {pnr} – UE\nUpprättat av {full:4}",
    "bas|personalliggare|Närvarolista {date} {proj}\n1 {full:1} (snickare)\n2 {full:2} (snickare)\n3 "
    "{nick:3} – hela namnet {full:3}, {snr}\n4 {first:4} ({org})\nIn/ut enligt ID06-läsare",
    "arbetsledare|personalliggare|Hej Skatteverket,\nangående personalliggaren för {proj}, fastighet "
    "{fast}: arbetaren {full:1}, samordningsnummer {snr}, var registrerad {date} men ID06-läsaren var "
    "ur funktion. Intygas av arbetsledare {full:2}.",
    "bas|personalliggare|Personalliggare – manuell\n{date} ({kommun})\n{init:1} in {time}\n{init:2} "
    "in 07.05\n{full:3} ut 16.10\nBas: {first:4}",
    "arbetsledare|personalliggare|Notering i personalliggaren {date}: {full:1} och {full:2} från {org}"
    " lämnade bygget kl {time} utan att checka ut. Deras bil {plate} stod kvar. Kontaktat {sur:3}, "
    "{mob}.",
)  # fmt: skip
