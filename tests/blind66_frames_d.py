"""Frames of the sixty-sixth blind corpus, part d: the police's notes on baths, gyms and halls, the kommun's
EST rows and weekly summaries, and the security guards' reports (`role|style|template`; slots in
tests/blind66_fill.py)."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # ---------------------------------------------------------------- police notes
    "kommunpolis|polisnotering|{case} Ofredande, {bad}. Målsägande {low:1} ({ung} år). Misstänkt "
    "{full:2}, {pnr}, tidigare avstängd från badet. Förhör hållet av inspektör {sur:3}.",
    "kommunpolis|polisnotering|Kommunpolisen {place}: under {week} tre anmälningar om stölder ur skåp på "
    "{bad}. Samma tillvägagångssätt. En person av intresse: {full:1}, kallad {nick:1}. Kontakt "
    "{full:2}, {tel}",
    "kommunpolis|polisnotering|PM {date}\nPatrull till {bad} kl {time} efter bråk i omklädningsrum. "
    "Inblandade: {caps:1} ({pnr}), {caps:2} ({snr}). Båda avvisade. Händelsenr {case}.",
    "kommunpolis|polisnotering|Polisanmälan upprättad: misshandel i gymmet, {venue}. Målsägande {full:1}, "
    '{addr}. Gärningsperson enligt vittne {first:2}: "{nick:3}", ca {ung} år. Diarienr {case}',
    "kommunpolis|polisnotering|Till {kommun}: vi har fått in uppgifter om att {full:1} säljer narkotika "
    "vid entrén till {venue}. Fordon {plate2} iakttaget flera kvällar. Inspektör {sur:2}, {mob}",
    "kommunpolis|polisnotering|Händelse {date}\nBrott: stöld, inbrott i kiosk\nPlats: {venue}, "
    "{street}\nFastighet: {fast}\n"
    "Anmälare: {comma:1}, {tel}\nSpår: fotavtryck, blod på glaset\nHandläggare: {first:2} {wsur:2}",
    "kommunpolis|polisnotering|Kommunpolis {full:1} besökte {bad} på {wfirst:2|g} begäran efter "
    "förra veckans ofredanden. Genomgång med personal om anmälan. Nästa möte {date} kl {time}.",
    "kommunpolis|polisnotering|Ärende {case} avskrivet. {full:1} (född {pnr}) kunde inte knytas till "
    "stölden på gymmet. Bil {plate} tillhör hans sambo {full:2}, {addr}, {lgh}.",
    # ---------------------------------------------------------------- the kommun's EST rows and summaries
    "trygghetssamordnare|est_rad|{date};{time};{place};{venue};Inbrott och stöld;Skåpstöld i "
    "omklädningsrum. Badvärd {full:1} rapporterar att {first:2} blivit av med mobil.;Fritid",
    "trygghetssamordnare|est_rad|Vecka: {week}\nOmråde: {place}\nKategori: Våld och hot\nBeskrivning: "
    "{full:1} hotade badvakten {sur:2} med stryk efter avvisning. Tel till badet {tel}.\nRapportör: "
    "{org}",
    "trygghetssamordnare|est_rad|Sammanfattning {week}, {place}: {bad} har haft fyra incidenter. "
    "Gymvärd {first:1} beskriver {nick:2} och hans gäng som återkommande. Ett möte med {org} planeras "
    "{date}.",
    "trygghetssamordnare|est_rad|Lägesbild idrottsanläggningar\n- {venue}: klotter, rapport av {full:1}\n"
    "- badet: ofredande, målsägandes mamma {full:2} vill bli kontaktad ({mail})\n- läget: gult",
    "trygghetssamordnare|est_rad|Insats: extra badvärdar fredag–lördag på {bad} från {week}. "
    "Ansvarig: {full:1}, {kommun}. Uppföljning med polisen {sur:2} den {date}.",
    "trygghetssamordnare|est_rad|Område {place} | Otrygg plats | Belysningen vid cykelstället "
    "utanför {venue} ({fast}) trasig sedan {date}. Boende {low:1} ({addr}) har klagat flera gånger.",
    "trygghetssamordnare|est_rad|Kommande händelse: nattbad för unga {date}, kl {time}. Ansvarig "
    "fritidsledare {full:1}, nås på {mob}. Väktare från {org}. Hållplats för {line} precis utanför.",
    "trygghetssamordnare|est_rad|{full:1} (trygghetssamordnare) till arbetsgruppen: efter "
    "simhallsincidenten vill {full:2|g} förening inte längre träna sent. Förslag: flytta tiden till kl "
    "{time}. {first:3} på {org} är informerad.",
    # ---------------------------------------------------------------- security guards' reports
    "vaktare|vaktrapport|Väktarrapport {org}\nObjekt: {venue}\nLarm {time}, inbrottslarm entré\n"
    "Vid ankomst: dörr uppbruten, en person ({full:1}, {snr}) kvarhållen till polis. Väktare {init:2}",
    "vaktare|vaktrapport|Rond {date}: {antal} ungdomar samlade vid uteduschen på {venue}, en av dem, "
    "{first:1}, hade kniv i väskan. Polis kallad, ärende {case}. Väktare {full:2}",
    "vaktare|vaktrapport|{full:1} avvisades från området efter att ha urinerat i bassängen. Han gav "
    'falskt namn först ("{first:2}"). Bilens regnr {plate}. Rapporterat av {wsur:3}',
    "vaktare|vaktrapport|Ingripande gym {venue}\nTid: {time}\nOrsak: {lowf:1} och {lowf:2} vägrade lämna "
    "efter stängning\nVakt: {full:3}\nKommentar: mamman till den ena, {full:4}, hämtade.",
    "vaktare|vaktrapport|Bevakning sporthall, natt mot lördag. Bil {plate2} körde på "
    "gång- och cykelvägen vid {pstreet}. Föraren {full:1}, {ung} år. Kontakt med polisen via {tel}.",
    "vaktare|vaktrapport|RAPPORT\nVäktare: {comma:1}\nPlats: parkeringen vid {venue}\n{time}: bråk mellan "
    "två grupper, ca {antal} pers\n{time}: polis på plats, en omhändertagen ({full:2})\n{time}: lugnt",
    "vaktare|vaktrapport|Väktaren {sur:1} noterade att {nick:2} åter fanns i entrén trots "
    "tillträdesförbud. Hans bror {full:3} hämtade honom med bil från {pstreet}. Inget mer.",
    "vaktare|vaktrapport|Larmkvittens {date} {bad}\nLarmtyp: nödutgång\nÅtgärd: kontrollerat, "
    "{full:1} och {full:2} i bastun efter stängning. Avvisade. [[Vakten]] stängde kl {time}.",
)
