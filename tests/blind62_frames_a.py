"""Frames of the sixty-second blind corpus, part a: contact persons' reports (ombudsrapport), the police's
grannsamverkan letters (polisbrev) and the kommun's and police's mail-outs (utskick). `role|style|template`;
the slots are tests/blind62_fill.py's."""

from __future__ import annotations

FRAMES_A = (
    # ---------------------------------------------------------------- ombudsrapport
    "kontaktombud|ombudsrapport|Rapport från kontaktombud – grannsamverkan {place}\nRapportör: "
    "{full:1}, {addr}\nTel: {mob}\n\nNatten mot lördag hörde {first:2} på grannfastigheten glaskross "
    "kl {time}. Vi gick ut tillsammans men såg bara en mörk bil som körde mot {street}. {first:2} har "
    "pratat med polisen, ärendet har nr {case}.\n/{first:1}",
    "kontaktombud|ombudsrapport|Hej {first:1}!\nVeckorapport {week} från kontaktombuden i {place}.\n– "
    "[[Inga]] inbrott anmälda i vårt område.\n– {full:2} på {addr} har sett samma vita skåpbil tre "
    "kvällar i rad, reg {plate}.\n– Ny medlem: {full:3}, {mob}.\nHälsningar {full:4}, kontaktombud",
    "kontaktombud|ombudsrapport|KONTAKTOMBUDSRAPPORT\nOmråde: {place}\nDatum: {date}\nOmbud: {caps:1}\n"
    "\nIakttagelser: två personer gick runt bland villorna vid {street} ca {time} och kände på "
    "bildörrar. En granne, {first:2}, ropade till dem och de sprang mot {venue}. Bilen de sedan åkte i "
    "var en grå Passat med reg {plate2}.\nPolisen kontaktad, K-nummer {case}.",
    "kontaktombud|ombudsrapport|Till kommunpolisen {sur:1}\nFrån: {full:2}, kontaktombud {place}\n\nSå "
    "här har det varit hos oss sedan förra rapporten: inbrottsförsök i garage på {addr} natten till "
    "den {date}, ägaren {full:3} ({vuxen} år) vaknade av larmet. Samma natt stals en släpvagn från "
    "{fast}. Vi har satt upp nya skyltar vid {street} för {amount} som föreningen betalade.\nMvh "
    "{first:2}",
    "kontaktombud|ombudsrapport|{full:1}, kontaktombud för {street} m.fl., rapporterar:\n- "
    'Dörrknackare från ett "elbolag" i området tisdag em, en man som kallade sig {first:2}, ville se '
    "elräkningar.\n- Okänd bil {plate} parkerad vid {venue} hela helgen.\n- {first:3|g} förråd på "
    "{addr} har brutits upp, anmält ({case}).\nInget mer denna gång.",
    "kontaktombud|ombudsrapport|Grannsamverkan {place} – kvartalsrapport\n\nKontaktombud: {comma:1}\n"
    "Biträdande: {comma:2}\n\nUnder perioden har vi haft tre inbrott i villor längs {street} och ett i "
    "fritidshus. Polisinspektör {sur:3} var på plats och säkrade spår. Föreningen köpte in {antal} nya "
    "dekaler för {amount}.\nNästa träff den {date} kl {time} i {venue}.",
    "kontaktombud|ombudsrapport|hej, {lowf:1} här (ombud {street})\nvill bara flagga att det var en "
    "snubbe som tog kort på husen i går kväll ca {time}, satt i en svart audi {plate2}. {nick:2} på "
    "hörnet såg honom också. ring mig på {mob} om ni behöver mer\n/{lowf:1}",
    "kontaktombud|ombudsrapport|Rapport den {date}, grannsamverkansområde {place} (ombud {full:1})\n"
    "Inbrott: ett, {addr}, ägare {full:2}. Gärningsmännen tog sig in via altandörren och tog smycken "
    "för ca {amount}.\nMisstänkt fordon: {plate} sågs i området strax innan enl. {first:3} på "
    "granntomten.\nÖvrigt: gatlyset vid {venue} är trasigt, felanmält till {kommun}.",
    # ---------------------------------------------------------------- polisbrev
    "polis|polisbrev|Till kontaktombuden i grannsamverkan {place}\n\nPolisen har under {week} fått in "
    "flera anmälningar om inbrott i villor i ert område. Gärningspersonerna tar sig in genom att bryta "
    "upp fönster på baksidan. Var uppmärksamma på okända fordon och hör av er till 114 14 om ni ser "
    "något.\n\nMed vänlig hälsning\n{full:1}\nKommunpolis, {lpo}\n{mail}",
    "polis|polisbrev|Hej alla grannsamverkare!\n\nNatten till söndag den {date} skedde inbrott i två "
    "villor på {street}. En granne såg en mörk kombi lämna platsen kl {time}. Vi vill gärna komma i "
    "kontakt med den som har kamerabilder. Kontakta mig, {full:1}, på {tel} eller mejla {mail}. Ange "
    "diarienummer {case}.\n\nTack för att ni hjälper till!\n{first:1}, områdespolis",
    "polis|polisbrev|GRANNSAMVERKAN INFORMERAR\n{place}, {week}\n\nVi har fått tips om personer som "
    "utger sig för att sälja takrengöring och sedan ber att få låna toaletten. [[Släpp]] inte in "
    "okända! Om någon ringer på och säger att de kommer från {org}, be om legitimation.\nFrågor? "
    "Kontakta kommunpolis {sur:1} eller trygghetssamordnare {full:2}, {tel}.",
    "polis|polisbrev|Hej {first:1},\ntack för din rapport om bilen med reg {plate2}. Vi har "
    "kontrollerat fordonet och det är inte efterlyst, men vi har noterat uppgifterna i ärende {case}. "
    "Ägaren, {full:2}, bor enligt uppgift på {addr}, så det kan vara en besökare. Hör av dig igen om "
    "den dyker upp på natten.\nHälsningar {full:3}, Polisen",
    "polis|polisbrev|Information till grannsamverkan i {place}\n\nUnder perioden {date} – {date} "
    "anmäldes {antal} inbrott och inbrottsförsök i kommunens villaområden. Flest var det kring "
    "{street} och hållplatsen för {line}. Tips: lås in stegar och verktyg, tänd utebelysning.\n\n"
    "Polisen i {lpo}\nGruppchef {full:1}\nTel {tel}\nKontaktombud i området: {full:2}",
    "polis|polisbrev|Hej!\nJag heter {full:1} och är ny kommunpolis här från och med {week}. Jag tar "
    "över efter {full:2} som går vidare till utredning. Ni når mig på {mob} eller {mail}. Jag kommer "
    "till ert möte på {venue} den {date}.\nVänliga hälsningar\n{first:1}",
    "polis|polisbrev|Bästa grannsamverkare på {street} m.fl.\n\nDen {date} greps två män misstänkta "
    "för inbrott i {place}. En av dem, {vuxen} år, hade med sig verktyg och en lista med adresser. "
    "Tack vare tipset från {full:1} kunde patrullen snabbt hitta bilen ({plate}). Vi kan inte säga mer "
    "om utredningen ({case}).\n\n/{full:2}, polisen",
    "polis|polisbrev|Grannsamverkan – månadsbrev\n\nHej {first:1} och övriga kontaktombud i {place}!\n"
    "Sedan förra brevet har vi haft lugnt i er del av kommunen, bara en cykelstöld vid {venue}. "
    "Däremot har det varit flera bedrägeriförsök mot äldre, där någon ringer och påstår sig vara från "
    "banken. Be era grannar att aldrig lämna ut koder. Tack till {full:3} som tipsade oss.\nVill ni ha "
    "besök? Mejla {mail}.\n{init:2}\nPolisen",
    # ---------------------------------------------------------------- utskick
    "trygghetssamordnare|utskick|NYHETSBREV GRANNSAMVERKAN – {kommun} – {week}\n\nHej alla!\nNu har vi "
    "{antal} aktiva grannsamverkansområden. Välkomna till nystartade {place}, där {full:1} är "
    "kontaktombud.\nPåminnelse: informationsträff den {date} kl {time} på {venue}. Anmälan till "
    "{full:2}, {mail}.\n\nTrygghetssamordnare {sur:3}",
    "trygghetssamordnare|utskick|Utskick till kontaktombud den {date}\n\nHej!\nBifogar polisens "
    "lägesbild för {week}. Sammanfattning: {antal} bostadsinbrott i kommunen, varav flera i {place} "
    "och längs {street}. Polisen efterlyser iakttagelser av en vit Transit med reg {plate}.\n\nFrågor "
    "till mig eller kommunpolis {sur:1}.\nHälsningar {full:2}\n{kommun}\n{tel}",
    "trygghetssamordnare|utskick|Inbjudan: Trygghetsvandring i {place}\n\nVälkommen att gå med oss "
    "tisdag den {date}! Vi samlas kl {time} vid {venue}. Med kommer {full:1} från {org}, kommunpolis "
    "{sur:2} och {first:3} från fritidsgården.\nOSA till {mail} senast {week}.\n\n{full:4}\n"
    "Trygghetssamordnare",
    "trygghetssamordnare|utskick|Hej kontaktombud!\nDags att förnya era skyltar och dekaler. En skylt "
    "kostar {amount} och beställs via {org}. Skicka beställningen till mig senast {week}.\nVi har "
    "också fått frågor om nya medlemmar: kontakta {full:1} ({mob}) som håller i registret.\n/{full:2}, "
    "trygghetssamordnare, {kommun}",
    "trygghetssamordnare|utskick|Från: {full:1}\nSkickat: den {date} kl {time}\nTill: Kontaktombud "
    "{place}\nÄmne: Dörrförsäljare i området\n\nHej! Vi har fått in flera samtal om dörrförsäljare som "
    "påstår att de kommer från {org}. De har inga ID-kort. Polisen ({full:2}) vill att ni noterar "
    "registreringsnummer och signalement. Ring inte själva på dörrar.\nMvh {first:1}",
    "trygghetssamordnare|utskick|Påminnelse!\nÅrsmöte för grannsamverkan {place} den {date} kl {time} "
    "i {venue}. Dagordning: val av kontaktombud (förslag: {full:1} och {full:2}), polisens genomgång "
    "av {week}, fika. Ta med grannar!\nFrågor: {first:1}, {mob}",
    "kommunpolis|utskick|Lägesbild grannsamverkan {week}\n\n• Inbrott i villa vid {street}, altandörr "
    "uppbruten, ägarna bortresta.\n• Försök till inbrott i garage, {place}.\n• Stöld ur bil vid "
    "{venue}, en ruta krossad.\n• Misstänkt fordon: {plate2}, flera tips.\nKontaktombuden {full:1} och "
    "{full:2} har hjälpt oss med bilder. Tack!\n/Kommunpolisen",
    "trygghetssamordnare|utskick|Hej {first:1}, {first:2} och {first:3}!\nHär är minnesanteckningarna "
    "från senaste samverkansmötet med polisen. Observera att {full:4} har lämnat uppdraget som "
    "kontaktombud för {street} – kan någon av er ta över? Hör av er till mig på {tel}.\nMvh\n{full:5}\n"
    "Trygghetssamordnare, {kommun}",
)
