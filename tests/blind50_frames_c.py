"""Frames of the fiftieth blind corpus, part c: the region's security coordinator's weekly summaries to the
kommun, vårdcentralernas and hälsocentralernas incident notes, and e-mails between managers, staff and the
security coordinator. Each frame is `role|style|template` (tests/blind50_fill.py)."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # ------------------------------------------------------------------ veckosammanfattning
    "sakerhetssamordnare|veckosammanfattning|Veckosammanfattning säkerhet {week} – {org} till "
    "{kommun}\n1. Akutmottagningen: {antal} incidenter med hot mot personal, bl.a. patient {full:1} "
    "som hotade ssk {sur:2}.\n2. {venue}: inbrott i personalens omklädningsrum natten mot {date}.\n3. "
    "Hållplatsen för {line}: anställd trakasserad på väg hem.\n/{full:3}, säkerhetssamordnare",
    "sakerhetssamordnare|veckosammanfattning|Lägesbild vård {week}, {kommun}\n– {place}: {venue} har "
    "haft återkommande besök av en person ({full:1}) som hotar receptionen. Polisen känner till honom, "
    "{case}.\n– {street}: mopedåkning på gång- och cykelvägen vid ambulansintaget.\n– Kommande: "
    "valborgsmässoafton den {date}, förstärkt bevakning på akuten.\nKontakt: {full:2}, {tel}",
    "sakerhetssamordnare|veckosammanfattning|Till EST-gruppen i {kommun}. Sammanfattning från "
    "regionens säkerhetsenhet:\n* {antal} händelser på {venue}, varav två polisanmälda\n* ungdomar "
    "samlas kvällstid vid entrén mot {street}, en av dem kallas {nick:1}\n* ordningsvakt {full:2} "
    "utsatt för slag den {date}\n[[Inga]] personuppgifter ska vidare i lägesbilden – rensat av "
    "{first:3}",
    "sakerhetssamordnare|veckosammanfattning|Veckorapport {week}\nOmråde {place}: lugnt\nOmråde "
    "{place}: hot mot hemtjänstpersonal, brukaren {full:1} bor på {addr} (fastighet {fast})\n{venue}: "
    "väktare ingrep mot {full:2} kl {time}\nÅtgärd: {org} förstärker "
    "nattetid.\n{full:3}\nSäkerhetssamordnare",
    "sakerhetssamordnare|veckosammanfattning|SAMMANFATTNING {week} (vård & omsorg)\nAntal rapporter: "
    "{antal}\nHot/våld mot personal: akuten på {venue} (2), {ward} (1)\nSärskilt: {full:1}, tidigare "
    "dömd för olaga hot, har synts vid personalingången. Foto finns hos {org}.\nKontakt region: "
    "{full:2}, {mail}",
    "sakerhetssamordnare|veckosammanfattning|Hej {first:1}!\nHär kommer veckans sammanställning från "
    "regionen ({week}). Lugn vecka överlag. En patient, {full:2}, har hotat personal på {venue} "
    "upprepade gånger; ärendet ligger hos polisen ({case}). Skadegörelse på bil {plate} på "
    "personalparkeringen.\nHälsningar {full:3}",
    "sakerhetssamordnare|veckosammanfattning|Rapport till {kommun}, {week}:\n{place}: larm från "
    "vårdcentralen {antal} gånger, två gällde {full:1} som vägrar lämna väntrummet\n{place}: ambulans "
    "hotad på {street} ({date})\n{place}: inga händelser\nSammanställt av {init:2}, regionens "
    "säkerhetsenhet",
    "sakerhetssamordnare|veckosammanfattning|Punkt 3 på EST-mötet: vården\n{full:1} (region) "
    "redogjorde: hot mot personal har ökat på {venue}. Under {week} fick usk {sur:2} ta emot dödshot "
    "från en anhörig. Polisen ({full:3}) följer upp. Kommunens trygghetssamordnare {full:4} tar med "
    "sig frågan om belysning vid {pstreet}.",
    # ------------------------------------------------------------------ vårdcentral / hälsocentral
    "reception|vc_rapport|{venue} – händelse i receptionen\nKl {time} kom {full:1} utan tid och krävde "
    "att få träffa dr {wsur:2}. Blev aggressiv mot medicinsk sekreterare {full:3} och vräkte ner "
    "broschyrstället. Lämnade lokalen innan väktare kom.\nPnr: {pnr}",
    "vardcentralschef|vc_rapport|Till verksamhetschef {full:1}\nÄrende: hotfull patient\n{full:2} "
    "({pnr}, boende {addr}) har vid tre tillfällen hotat distriktssköterska {sur:3}. Vi föreslår att "
    "patienten listas om till annan vårdcentral. Polisanmälan {case}.\n{full:4}, enhetschef {venue}",
    "reception|vc_rapport|Incident {date}, {venue}: en man, {full:1}, satt i bil {plate2} utanför "
    "entrén och filmade personal i flera timmar. Distriktsläkare {full:2} kände igen honom som före "
    "detta patient. Väktare från {org} kontaktades och kom kl {time}.",
    "sekreterare|vc_rapport|Notering från receptionen:\nPatienten {full:1} har ringt växeln ({tel}) "
    "fyra gånger idag och skällt på {wfirst:2} i telefonen. Hotade att 'komma ner och ordna det'. "
    "Läkaren {full:3} informerad.\n/{lowf:2}",
    "distriktsskoterska|vc_rapport|Hembesök avbrutet {date}: distriktssköterska {full:1} mötte på "
    "{addr} i {place} en berusad man ({full:2}) som hotade med hund. Patienten {full:3} fick inte sin "
    "injektion. Nytt besök med väktare {first:4} bokat.",
    "reception|vc_rapport|Vårdcentralen, kväll. kl {time} larmade {wfirst:1} i receptionen via "
    "överfallslarmet. Besökaren {full:2} hade ett tillhygge (paraplystång). Polis på plats efter 12 "
    "min. Inga skador. {first:1|g} kollega {full:3} var vittne.",
    "vardcentralschef|vc_rapport|{full:1}, vårdcentralschef på {venue}: under {week} har vi haft "
    "{antal} tillfällen med hotfulla besökare. Den mest återkommande är {nick:2}, som egentligen heter "
    "{full:2} och bor vid {street}. Vi har begärt väktare via {org}.",
    "sekreterare|vc_rapport|Läkarsekreterare {full:1}: patientens dotter {full:2} ({mob}) skickade "
    "mejl till {mail} med hot mot dr {sur:3}. Mejlet vidarebefordrat till {org} och polis. Dottern bor "
    "på {addr}, {lgh}.",
    # ------------------------------------------------------------------ mejl
    "avdchef|mejl|Från: {full:1}\nTill: {mail}\nÄmne: Hot mot personal {ward}\n\nHej,\nIgår kväll "
    "({date}) hotades två av mina medarbetare, {full:2} och {full:3}, av en besökare. Besökaren heter "
    "{full:4} och är bror till en patient. Polisen har ärendet under {case}.\nMvh {first:1}",
    "sakerhetssamordnare|mejl|Hej {first:1},\ntack för rapporten. Jag har pratat med {org} om extra "
    "ordningsvakter på {venue} från och med {date}. Kan du be ssk {sur:2} skriva en avvikelse om "
    "händelsen med {full:3}?\n/{full:4}\nSäkerhetssamordnare, {kommun}\nTel {tel}",
    "ssk|mejl|Re: Re: incident på {ward}\n\n> {full:1} skrev:\n> Var det samma person som förra "
    "veckan?\n\nJa, det var {full:2} igen. Han hade med sig sin kompis {nick:3} och de stod i "
    "trapphuset och skrek. Jag ringde vakterna kl {time}.\n/{first:4}",
    "avdchef|mejl|Ämne: VB: Besöksförbud – {caps:1}\n\nHej alla,\nobservera att {full:1} ({pnr}) har "
    "besöksförbud på {ward} till och med {date}. Om han dyker upp: larma väktare via {tel}. Bild finns "
    "hos {first:2} i receptionen.\n{full:3}\nAvdelningschef",
    "lakare|mejl|Från: {mail}\nSkickat: {date}\nÄmne: hot\n\nHej {first:1}. Patienten {full:2} hotade "
    "mig på mottagningen idag. Han sa att han vet att jag bor i {place}. Jag vill att det polisanmäls. "
    "Kan {org} hjälpa till?\n{full:3}, överläkare",
    "skyddsombud|mejl|hej {lowf:1}\nskyddsombud här. hörde om det som hände {first:2} på {ward} i "
    "natt. vi måste ta upp larmen på nästa apt den {date}. kan du skicka mig avvikelsen? ring {mob} om "
    "det är nåt\nmvh {full:3}",
    "reception|mejl|Från: Receptionen, {venue}\nTill: {full:1}; {full:2}\nÄmne: man i entrén\n\nEn man "
    "som kallar sig {nick:3} har stått utanför entrén mot {street} sedan kl {time} och tilltalar "
    "personal. Ser ut att vara samma som i {week}. Vi har ringt {org}.",
    "sakerhetssamordnare|mejl|Hej!\nJag sammanställer underlag till lägesbilden i {kommun}. Har ni "
    "något från {venue} denna vecka? Förra veckan hade vi incidenten med {full:1} och ambulansen på "
    "{street}.\nVänliga hälsningar\n{full:2}\n{org}\n{mob}",
)
