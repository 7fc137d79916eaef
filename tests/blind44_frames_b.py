"""Frames of the forty-fourth blind corpus, file b: the swimming halls' lifeguard logs, their decisions to ban
a visitor (badförbud), and reports of theft in the changing rooms. `role|style|template`; the slots are
tests/blind44_fill.py's."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # --- livraddarlogg: the lifeguards' log by the pool
    "livraddare|livraddarlogg|LIVRÄDDNINGSLOGG {venue} – datum {date}\n{time} Pojke ca {ung} år, "
    "{first:1}, hoppade från femman trots stängt. Utvisad i 30 min.\n{time} Kvinna halkade i duschen, "
    "plåster. Omhändertagen av livräddare {sur:2}.\nLivräddare i tjänst: {full:3}, {full:4}",
    "livraddare|livraddarlogg|{time} – Larm från bassäng 2, {full:1} ({ung}) fick kramp på djupa delen. "
    "Upptagen av livräddare {sur:2}, mådde bra efter vila. Mamma {full:3} kontaktad på {mob}, bor på "
    "{addr}, {lgh}.",
    "badmastare|livraddarlogg|Kväll {date}. Ungdomsgrupp från {place} ({antal} st, kom med {line}) "
    "kastade varandra i bassängen. Ledaren {wsur:1} tog inte ansvar. Två av dem, {lowf:2} och {lowf:3}, "
    "fick lämna badet kl {time}.\n/{first:4}",
    "livraddare|livraddarlogg|Incident vid hopptornet, kl {time}. {full:1} blev knuffad av en kille som "
    "de andra kallade {nick:2}. Näsblod. Far {full:3} hämtade. Rapport till simhallschef {sur:4}.",
    "badmastare|livraddarlogg|Obs till kvällspasset: {caps:1} har badförbud t o m {week}, han var här i "
    "går kl {time} och sa att han heter ”{first:2}”. Känns igen på tatuering på halsen. Larma {org} om "
    "han kommer.",
    "livraddare|livraddarlogg|HLR-larm {date} kl {time}\nMan ca {vuxen} år, {full:1}, kollapsade i "
    "bastun. Hjärtstartare använd av {first:2} och {first:3}. Ambulans på plats efter ca 8 "
    "min.\nAnhörig: hustru {full:4}, {mob}\nDebriefing med personalen {week}.",
    "livraddare|livraddarlogg|{first:1} sa att en man filmade barnen vid plaskpoolen med mobilen. Mannen "
    "uppgav namnet {full:2}, bil {plate2} på parkeringen. Polisen underrättad, händelsenummer {case}. "
    "Ansvarig i tjänst: {init:3}",
    "badmastare|livraddarlogg|Logg {venue}\n- kl {time} simskolan ({antal} barn), lärare {full:1}\n- kl "
    "{time} {org} tränar bana 1-3\n- kl {time} stängt pga fekalier, {first:2} och {wfirst:3} "
    "rengjorde\n/{first:4}",
    # --- badavstangning: the bath's ban on a visitor
    "simhallschef|badavstangning|BADFÖRBUD\nNamn: {comma:1}\nFödd: {pnr}\nGäller: {venue} samt övriga "
    "bad i {kommun}\nTid: {date} – {date}\nOrsak: upprepade ordningsstörningar, hot mot livräddare "
    "{first:2}.",
    "simhallschef|badavstangning|Hej {full:1},\nDin son {full:2} har den {date} brutit mot badets "
    "ordningsregler (spottat på och hotat personal). Han får därför inte besöka {venue} under {antal} "
    "veckor. Frågor till mig på {tel}.\nMed vänlig hälsning\n{full:3}, badchef",
    "badmastare|badavstangning|Avstängda från badet, aktuell lista {week}\n• {caps:1} (stöld)\n• "
    "{full:2}, ”{nick:2}” (hot)\n• {full:3} (ofredande)\n• {comma:4} (förlängd till {date})\nFoton i "
    "pärmen i kassan.",
    "simhallschef|badavstangning|{full:1} ringde upprörd om sin dotters badförbud. Dottern {lowf:2} är "
    "{ung} och bor på {addr}, {lgh}. Jag förklarade beslutet och att hon kan överklaga hos {kommun}. "
    "/{wsur:3}",
    "badmastare|badavstangning|Kassan OBS! {first:1} {sur:1}, samordningsnummer {snr}, försökte köpa "
    "årskort trots avstängning. Nekad. Han blev arg på {first:2} och slog i glaset. Vakten {wsur:3} "
    "följde ut honom.",
    "simhallschef|badavstangning|Beslut om avstängning, dnr KFN 2026/0112\nBeslutsdatum: {date}\nBerörd "
    "person: {full:1}, {addr}\nBeslut: avstängd från samtliga simhallar i {kommun} i sex "
    "månader.\nBeslutande: {full:2}\nFöredragande: {full:3}",
    "badmastare|badavstangning|avstängd: {low:1}, ca {ung} år, kompis till {nick:2}. Kastade en stol i "
    "bassängen {date}. Pappan {full:3} har fått brev hem. {first:4} tar samtalet om han hör av sig.",
    "simhallschef|badavstangning|Till personalen: beslutet om {full:1|g} avstängning är hävt från "
    "{date}. {full:2} och {full:3} är fortfarande avstängda. Frågor till {first:4} eller {first:5}.",
    # --- stoldanmalan: theft in the changing room
    "badmastare|stoldanmalan|Stöld i omklädningsrum herr {date}\nDrabbad: {full:1}, {mob}\nSkåp nr "
    "{skap} uppbrutet. Plånbok, telefon och bilnycklar (bil {plate}) borta. Polisanmälan gjord av den "
    "drabbade, {case}.",
    "badmastare|stoldanmalan|{full:1} anmälde att hennes guldhalsband stulits ur skåp {skap} mellan kl "
    "{time} och {time}. Hon misstänker två tjejer, en heter kanske {first:2}. Kameror visar inget. "
    "Anmälan via {mail}.",
    "receptionist|stoldanmalan|Ännu en stöld i damernas omklädningsrum, tredje {week}. Denna gång "
    "{full:1} ({vuxen}), värde ca {amount}. Skåpslås klippt. Vi har meddelat {org}. /{first:2} i "
    "receptionen",
    "badmastare|stoldanmalan|Kl {time} grep {org} en man i herrarnas omklädningsrum med tre plånböcker. "
    "Han uppgav namnet {full:1}, {snr}. En av plånböckerna tillhörde {full:2}. Polisen tog över, {case}.",
    "receptionist|stoldanmalan|{first:1} ringde från {tel}: hans son {first:2} fick sin jacka stulen i "
    "omklädningsrummet i går. Jackan märkt med namn. Hänvisade till polisen och till {sur:3} som har "
    "hand om hittegods.",
    "badmastare|stoldanmalan|Anmälan stöld\nDatum: {date}\nPlats: {venue}, omklädningsrum 2, skåp "
    "{skap}\nDrabbad: {comma:1}\nAdress: {addr}\nLgh: {lgh}\nTel: {mob}\nStulet: mobil, nycklar, "
    "{amount} kontant\nMottagen av: {full:2}",
    "receptionist|stoldanmalan|Cykel stulen utanför badet, tillhör {full:1}. Han såg en kille som kallas "
    "{nick:2} cykla iväg mot {pstreet}. Vet inte mer. Bad honom kontakta polisen på 114 14. {init:3}",
    "badmastare|stoldanmalan|Misstänkt person i omklädningsrummet {date}: man ca {vuxen}, gick runt och "
    "kände på skåpen. Kallade sig {first:1}. Avvek i en vit bil {plate2} mot {place}. Rapporterat av "
    "{full:2} och {wfirst:3}",
)
