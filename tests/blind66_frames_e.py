"""Frames of the sixty-sixth blind corpus, part e: the facility managers' e-mails to the kommun, the staff's
group chats, and visitors' complaints (`role|style|template`; slots in tests/blind66_fill.py)."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # ---------------------------------------------------------------- facility managers' e-mails
    "anlaggningschef|chefsmejl|Ämne: Incidenter {week}\n\nHej {first:1},\nsom du vet har vi haft problem "
    "med en grupp killar i omklädningsrummen. {full:2} (badvärd) blev knuffad i torsdags. Jag har pratat "
    "med {sur:3} på polisen. Bifogar loggen.\n\nMvh\n{full:4}\n{venue}\n{tel}",
    "anlaggningschef|chefsmejl|Från: {mail}\nTill: fritid@kommunen\nHej! Efter helgens slagsmål vid "
    "kassan har vi beslutat att stänga av {full:1} och {full:2}. Personalen, främst {wfirst:3}, är "
    "skakad. Kan {org} hjälpa med debriefing?",
    "anlaggningschef|chefsmejl|Hej alla,\n{full:1|g} anmälan om ofredande i bubbelpoolen är nu hos "
    "polisen ({case}). Prata inte med media. Frågor till mig eller {first:2}.\n//{full:3}, driftchef "
    "{bad}",
    "anlaggningschef|chefsmejl|Re: gymmet på {venue}\n> Vem är det som tränar efter stängning?\nEnligt "
    "passersystemet {full:1}, kort {kort}, som är anställd hos {org}. Han har lånat ut nyckeln till "
    "{nick:2}. Jag tar det med {sur:3} på måndag. /{first:4}",
    "anlaggningschef|chefsmejl|Sammanställning stölder {venue} mellan {date} och {date}:\n- {antal} skåp "
    "uppbrutna\n- bil {plate} inbruten på parkeringen\n- drabbade bl.a. {full:1} och {full:2}\nVi "
    "föreslår kameror vid skåpen. Hälsningar {init:3}",
    "anlaggningschef|chefsmejl|Hej {full:1}!\nTack för ditt mejl. Vi har pratat med livräddaren {sur:2} "
    "om händelsen med din son. Vi beklagar. Du når mig direkt på {mob}.\nVänliga hälsningar\n{full:3}",
    "anlaggningschef|chefsmejl|Till: {kommun}, säkerhetssamordnare {full:1}\nÄrende: hot mot personal\n"
    "{caps:2}, boende {addr}, {lgh}, hotade kassören {first:3} med kniv. Polisanmält, {case}.",
    "anlaggningschef|chefsmejl|Påminnelse: hallbokningen för {org} dras in efter upprepade skador på {fast}. "
    "Kontaktperson {full:1} ({mail}) har informerats. Fakturan på {amount} skickas till föreningen. "
    "{first:2}, fastighet",
    # ---------------------------------------------------------------- staff group chat
    "badpersonal|personalchatt|{first:1}: killen från igår är här igen 😬\n{first:2}: {nick:3}?\n"
    "{first:1}: ja. står vid kassan\n{first:2}: ring {sur:4} i vakten",
    "badpersonal|personalchatt|[{time}] {first:1}: nån har tagit {first:2|g} väska ur personalrummet\n"
    "[{time}] {first:2}: mitt körkort o bankkort 😭\n[{time}] {wfirst:3}: spärra kortet! ring {tel}",
    "badpersonal|personalchatt|{lowf:1}: vem har passet ikväll\n{lowf:2}: jag o {first:3}\n{lowf:1}: "
    "håll koll på {nick:4} o hans polare, dom va stökiga i bastun igår",
    "badpersonal|personalchatt|{full:1}: Hej gänget, {full:2} är avstängd fr.o.m idag. Bild finns i "
    "kassan. Om han dyker upp ring {mob} (jag) eller väktaren {sur:3}.",
    "badpersonal|personalchatt|{first:1}: killen i bilen {plate2} som hämtar {nick:2} varje kväll – är "
    "det han som sålde grejer på parkeringen?\n{first:3}: ja tror det. {sur:4} har anmält",
    "badpersonal|personalchatt|{first:1} 🏊: hittade en mobil i damernas, låsskärm {full:2}\n"
    "{first:3}: lägg i hittegodset så ringer jag henne\n{first:1} 🏊: {mob} står på skalet",
    "badpersonal|personalchatt|{wfirst:1}: bussen {line} var sen så jag kommer {time}, kan nån täcka\n"
    "{first:2}: jag tar det\n{wfirst:1}: tack!! 🙏 säg till {sur:3} i kassan",
    "badpersonal|personalchatt|gruppen 'Simhallen kväll'\n{lowf:1}: polisen var här pga {low:2}\n"
    "{lowf:3}: va hände\n{lowf:1}: han slog en kille vid rutschkanan. {first:4} såg allt",
    # ---------------------------------------------------------------- visitors' complaints
    "besokare|klagomal|Klagomål via kommunens e-tjänst\nNamn: {full:1}\nAdress: {addr}, {lgh}\nTelefon: "
    "{mob}\n"
    "Synpunkt: Min dotter blev ofredad i vågbassängen och personalen ({first:2}) gjorde ingenting.",
    "besokare|klagomal|Hej. Jag vill klaga på livräddaren {sur:1} som skrek åt min son inför alla. "
    "{first:2} är {ung} år och har autism. Hälsningar {full:3}, {pstreet}",
    "besokare|klagomal|Till {bad}\nJag blev bestulen på min cykel utanför entrén mot {pstreet} den "
    "{date}. Kameran borde ha sett det. Ring mig: {mob}. Mvh {full:1}",
    "besokare|klagomal|SYNPUNKT\nDet är ständigt bråk i omklädningsrummet på {venue} efter kl {time}. "
    "Igår knuffade en kille som de andra kallade {nick:1} min pappa {full:2}. Ingen personal. "
    "/{wsur:3}",
    "besokare|klagomal|{full:1} skriver: Att {line} går så sällan gör att barnen väntar i mörkret "
    "utanför {venue}. Igår kom en berusad man fram till {first:2}. Vi bor på {street}, så det är "
    "långt att gå.",
    "besokare|klagomal|Klagomål {date}\nJag, {comma:1}, betalade {amount} för årskort men blev "
    "avstängd utan förklaring. Personalen sa att {first:2} hade anmält mig. Personnummer {pnr}.",
    "besokare|klagomal|Synpunkt från förälder: gymmet på {venue} släpper in barn under 15 utan vuxen. "
    "Min son {first:1} tränade där med {full:2}, som är {vuxen}. [[Frisk]] luft saknas också. "
    "{full:3}, {mail}",
    "besokare|klagomal|Hej {org}!\nJag heter {full:1} och simmar varje morgon kl {time}. "
    "Någon har skrivit mitt namn och {full:2|g} på skåpen med tusch. Snälla ta bort det. Tel {mob}",
)
