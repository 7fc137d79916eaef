"""Frames of the forty-first blind corpus, part E: the weekly summary to the kommun, e-mails between the
operator's safety staff and the kommun's EST coordinator, and staff's group chats. A frame is
`role|style|template` (tests/blind41_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_E = (
    # veckosammanstallning: the weekly summary to the kommun
    "sakerhetssamordnare|veckosammanstallning|Veckosammanställning till {kommun}, {week}\nStenkastning: "
    "{antal} händelser, flest vid {stop} och {place}.\nHot mot personal: fyra händelser, bl.a. förare "
    "{sur:1} på {line}.\nNarkotika: misstänkt handel vid {venue}.\nSkadegörelse: kostnad "
    "{amount}.\nKontakt: {full:2}, {tel}",
    "sakerhetssamordnare|veckosammanstallning|Lägesbild kollektivtrafik {week}\n\nOmråde {place}: "
    "lugnare än förra veckan.\nOmråde {stop}: tre stenkastningar mot {line}, polisanmälda "
    "({case}).\n\nTrygghetsvärdarna {first:1} och {first:2} har varit ombord kvällstid. Frågor till "
    "{full:3}.",
    "sakerhetssamordnare|veckosammanstallning|Sammanfattning {week}\n1. Hot och våld mot personal: "
    "förare {full:1} hotad med kniv vid {stop}.\n2. Skadegörelse: {street}, väderskydd.\n3. "
    "Ordningsstörning: ungdomsgäng vid {venue}, en av dem ({full:2}) omhändertagen.\n4. Övrigt: {org} "
    "har förstärkt bevakningen.\nSammanställt av: {full:3}",
    "sakerhetssamordnare|veckosammanstallning|Veckorapport EST – kollektivtrafiken i {kommun}\nPeriod: "
    "{week}\nAntal incidenter: {antal}\nMest utsatt: {line} kvällstid, särskilt runt "
    "{stop}.\nKommentar: samma person, {full:1}, har varit inblandad i tre händelser. Förarna {sur:2} "
    "och {sur:3} har båda rapporterat honom.\nRapportör: {caps:4}",
    "sakerhetssamordnare|veckosammanstallning|Hej {full:1}!\nHär kommer veckans bild från oss på "
    "{org}:\n- {stop}: narkotikahandel kvällstid, {nick:2} återkommande\n- {line}: två hot mot "
    "förare\n- {place}: väderskydd krossat, {amount}\nVi föreslår bättre belysning vid "
    "{pstreet}.\n/{first:3}",
    "sakerhetssamordnare|veckosammanstallning|Sammanfattning från trafikledningen, {week}. Flest "
    "händelser vid {stop} (fem) och {venue} (tre). Allvarligast: trygghetsvärd {full:1} slagen på "
    "{line} natten till {date}. Misstänkt gripen, {full:2}. Nästa vecka är det match, extra värdar vid "
    "{place}.",
    "sakerhetssamordnare|veckosammanstallning|Till EST-gruppen i {kommun}\nKommande: matchdag med {org} "
    "på lördag, vi sätter in extra trygghetsvärdar ({full:1} ansvarar).\nInsatser: ny belysning vid "
    "{stop} (klar), kameror på {line} (pågående).\nHändelser: hot mot förare {wsur:2} vid {place}, "
    "stenkastning på {street}.\nMvh {full:3}",
    "sakerhetssamordnare|veckosammanstallning|{date} – sammanställning incidenter\n| Tid | Linje | "
    "Plats | Typ | Personal |\n| {time} | {line} | {stop} | hot | {full:1} |\n| {time} | buss | {place} "
    "| sten | {full:2} |\n| {time} | tåg | {venue} | bråk | {full:3} |",
    # mejl_kommun: e-mails between the operator and the kommun
    "sakerhetssamordnare|mejl_kommun|Hej,\n\nVi har haft flera incidenter med stenkastning mot bussar "
    "vid {stop} på kvällarna. Våra förare {full:1} och {full:2} har båda fått rutor krossade. Kan "
    "kommunen se över belysningen på {pstreet}?\n\nVänliga hälsningar\n{full:3}\nSäkerhetssamordnare, "
    "{org}\n{tel}",
    "sakerhetssamordnare|mejl_kommun|Från: {mail}\nTill: EST-samordnaren\nÄmne: Rapport {week}\n\nHej "
    "{first:1}, bifogar veckans händelser. Den mest allvarliga: en förare blev misshandlad på {line} "
    "vid {stop} och är sjukskriven. Förarens namn är {full:2}, han vill att ni kontaktar honom via mig. "
    "Polisen: {case}.\n/{full:3}",
    "kommunsamordnare|mejl_kommun|Hej {first:1}!\nTack för rapporten. Vi lyfter {stop} på torsdagens "
    "EST-möte. Kan någon från {org} vara med, kanske {full:2}? Min kollega {full:3} ({mob}) samordnar "
    "insatsen vid {place}.\nHälsningar {full:4}, {kommun}",
    "kommunsamordnare|mejl_kommun|Återkoppling {date}\nVi har pratat med {org} om den nedsläckta "
    "gångtunneln vid {street} (fastighet {fast}). De byter armaturer {week}. När det gäller mannen som "
    "kallas {nick:1}, som säljer vid {stop}, har polisen ({full:2}) fått "
    "informationen.\n{full:3}\nTrygghetssamordnare",
    "sakerhetssamordnare|mejl_kommun|Hej igen,\nEn uppföljning på händelsen {date}: trygghetsvärden "
    "{full:1} blev knivhotad av {full:2}, född {pnr}, som bor på {addr}. Vi har begärt "
    "tillträdesförbud. Ärendet hos polisen: {case}.\n/{first:3}",
    "kommunsamordnare|mejl_kommun|Till förare {sur:1} ({line})\nHej! Jag heter {full:2} och är "
    "trygghetssamordnare i {kommun}. Jag fick ditt namn av {first:3} på trafikledningen. Kan du berätta "
    "mer om stenkastningen vid {stop}? Ring gärna {tel} eller {mob}.",
    "sakerhetssamordnare|mejl_kommun|Ärende: Narkotikahandel vid {venue}\n\nHej, vi ser samma mönster "
    "som {week}. Personerna har fått tillträdesförbud: {full:1}, {full:2}. Den tredje, {first:3}, är "
    "under femton år. Vi har informerat socialtjänsten i {kommun}.\n\nMed vänlig "
    "hälsning\n{init:4}\n{org}",
    "kommunsamordnare|mejl_kommun|Hej {wfirst:1}, tack för listan över vandaliserade hållplatser. "
    "{stop} och {place} tar vi upp med {org}. Kostnaden för glas i år är nu {amount}. Jag återkommer "
    "efter mötet med {full:2} på fredag.\n/{first:3}",
    # teams_chatt: staff's group chats
    "forare|teams_chatt|{first:1}: nån mer som fått sten på sig vid {stop} ikväll??\n{first:2}: ja kl "
    "{time}, bakrutan. anmält\n{first:3}: samma här på {line}. var {nick:4} och hans polare\n{first:1}: "
    "fan. ta hand om er",
    "forare|teams_chatt|[{time}] {full:1}: Hej alla, tänk på att {stop} är stökigt ikväll, polisen är "
    "där.\n[{time}] {full:2}: tack! vet nån om {lowf:3} är tillbaka i tjänst efter "
    "överfallet?\n[{time}] {full:1}: han är sjukskriven {week} ut",
    "tagvard|teams_chatt|{low:1}: har nån nummer till {low:2}? hon var vittne på tåget\n{lowf:3}: "
    "{mob}\n{low:1}: tack 🙏",
    "forare|teams_chatt|{first:1} ({line}): Killen som hotade mig igår heter {full:2}, han bor på "
    "{addr}. Polisen vet. Om ni ser honom, ring TL direkt.\n{first:3}: Tack för info! [[Glad]] att du "
    "är okej.",
    "stationsvard|teams_chatt|{first:1}: Hissen på {venue} sönderslagen igen\n{first:2}: 😡 "
    "vem?\n{first:1}: vet inte, men {nick:3} var där kl {time}\n{first:2}: ok jag skriver till {org}",
    'trygghetsvard|teams_chatt|{full:1} skrev: "Nån i gruppen som kan ta kvällen {date}? {wfirst:2} '
    'och jag behöver en till på {line}, det är match på {venue}."\n{full:3}: Jag kan!',
    "forare|teams_chatt|{first:1}: reg {plate} står i hållplatsläget vid {stop} igen\n{first:2}: ring "
    "{first:4} på parkeringen, {tel}\n{first:1}: gjort. föraren i bilen heter visst {full:3}, han "
    "bråkade med {first:2} förra veckan",
    "trygghetsvard|teams_chatt|{first:1}: Vi står vid {stop}. {antal} killar kastar stenar på "
    "bussarna\n{first:2}: polisen på väg, {sur:3} från {org} kommer också\n{first:1}: ok. [[Inga]] "
    "skadade än. en av dem heter {first:4}\n{first:2}: skriv rapport sen",
)
