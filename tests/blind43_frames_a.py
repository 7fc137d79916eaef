"""Frames of the forty-third blind corpus, part a: security guards' round reports, the alarm centre's logs and
site managers' e-mails (tests/blind43_corpus.py). A frame is `role|style|template`; the slots are those of
tests/blind43_fill.py."""

from __future__ import annotations

FRAMES_A = (
    # --- vaktrapport: a guard's round report ----------------------------------------------------------------
    "vaktare|vaktrapport|RONDRAPPORT – {place}, etapp 2\nKl {time} rond 2. Grinden mot {street} stod "
    "öppen, hänglås avklippt. Bod 3 uppbruten, enl. arbetsledare {wsur:1} saknas två kapmaskiner och en "
    "laser. {wsur:1} kontaktad på {mob}.\nVäktare {first:2}",
    "vaktare|vaktrapport|Objekt: byggarbetsplats {venue} (ombyggnad)\nVäktare: {full:1}\nTid: "
    "{time}\nHändelse: {ung} ungdomar uppe i tornkranen, en av dem kallades {nick:2} av de andra. Polis "
    "larmad, patrull på plats efter ca {antal} min. Kranförare {full:3} väckt, kom ut och låste hytten.",
    "vaktare|vaktrapport|Larm bod 4 {place} kl {time}. På plats {time}. Fönster krossat i manskapsboden, "
    "spritflaska och {amount} i kontanter ur fikakassan borta enligt {first:1}. Lämnat över till {nick:2} "
    "i dagpasset.",
    "vaktare|vaktrapport|Rond {date}\n{time} – Container vid {street} brinner. SSBF larmad. Två personer "
    "sprang mot hållplatsen för {line} vid {place}, den ene kallad {lowf:1} av den andra.\n{time} – Brand "
    "släckt. Platschef {sur:2} underrättad via sms.\nVakt: {init:3}",
    "vaktare|vaktrapport|Väktarrapport {org}\nObjekt {venue} – tillbyggnad\nVid rond kl {time} påträffades "
    "{full:1} ({vuxen} år) inne på området. Uppgav att han arbetar för underentreprenören och skulle hämta "
    "verktyg. Ej i personalliggaren. Platschefen {full:2} meddelad, {first:1} avvisad från området.",
    "vaktare|vaktrapport|{time} Avvikelse: bil {plate} stod parkerad innanför staketet vid {street} med "
    "motorn igång. Föraren uppgav namnet {full:1}. Ringde arbetsledaren {sur:2}, ingen känd leverans. "
    "Fordonet lämnade området kl {time}.",
    "vaktare|vaktrapport|Rapport nattpass {place}\n[[Storm]] under natten, inga avvikelser fram till kl "
    "{time}. Därefter larm från rörelsedetektor i maskinparken. Två personer med pannlampor flydde över "
    "staketet mot {pstreet}. Grävmaskin ({plate2}) med uppbrutet tanklock, ca {antal} liter diesel saknas. "
    "Överlämnat till dagvakt {full:1}.",
    "vaktare|vaktrapport|Hej {first:1}! Kort från natten på {place}: lugnt utom {ung}-åringar som "
    "klättrade i ställningen mot {street} runt kl {time}. Den ena hette {wfirst:2} enligt kompisarna. De "
    "stack när vi kom. //{first:3}, {org}",
    # --- larmlogg: the alarm centre's log -------------------------------------------------------------------
    "larmoperator|larmlogg|Larmcentral – logg objekt {venue}\n{time} | Inbrottslarm sektion B "
    "(bodetablering)\n{time} | Åtgärd: ringt kontaktperson {full:1}, {mob}, svar\n{time} | Väktare {sur:2} "
    "framme, bruten dörr bod 2\n{time} | Polis underrättad, händelsenr {case}",
    "larmoperator|larmlogg|LARMLOGG {date}\nkl {time} brandlarm, byggbod {place}\nkl {time} ringt "
    "platschef {sur:1} – ej svar\nkl {time} ringt ersättare {full:2} på {tel}, åker dit\nkl {time} "
    "räddningstjänst på plats, brand i container, bod ej skadad\nSign. {init:3}",
    "larmoperator|larmlogg|Passagelarm {venue}-bygget kl {time}: kort registrerat på {full:1} ({org}) "
    "användes trots att kortet spärrats {date}. Arbetsledare {sur:2} informerad. {first:1} nås på {mob}.",
    "larmoperator|larmlogg|Operatör {first:1}: Samtal från {full:2} som bor på {addr}, ser ljus och "
    "rörelse inne på bygget vid {street} kl {time}. Patrull skickad. Inget anträffat, dörr till "
    "containerförråd stängd.\nÅterkoppling till {first:2} kl {time}.",
    "larmoperator|larmlogg|{time}  Överfallslarm aktiverat av {caps:1}, nattvakt på {place}. Samtal "
    "bröts.\n{time}  Polis och {org} larmade.\n{time}  {first:1} OK, hade hotats av {antal} personer som "
    "ville in i maskinhallen.",
    "larmoperator|larmlogg|Larm {date} kl {time}, objekt {venue}. Rörelse kamera 4. Bilden visar person i "
    "gul varselväst som lastar slang och kabeltrummor i skåpbil {plate}. Platsansvarig {full:1} känner "
    "igen fordonet som {nick:2|g} firmabil.",
    "larmoperator|larmlogg|Händelselogg objekt {place} (nyproduktion {org})\n{time} Larm rörelse plan "
    "3\n{time} Patrull {first:1} på plats\n{time} Ungdomar ({antal} st) i trapphus, en uppger namnet "
    "{full:2}, {ung} år\n{time} Vårdnadshavare {full:3} kontaktad på {mob}",
    "larmoperator|larmlogg|Samtalslogg larmcentral\nInringare: {full:1}, arbetsledare {org}\nTelefon: "
    "{mob}\nÄrende: diesel tappad ur tanken på hjullastare {plate} under natten, ca {antal} liter. "
    "Misstänker samma gäng som den {date}.\nOperatör: {first:2}",
    # --- platschefsmejl: a site manager's e-mail ------------------------------------------------------------
    "platschef|platschefsmejl|Hej,\nVi har återigen haft inbrott i våra bodar på {place} natten till "
    "lördag. Stulet: {antal} st borrmaskiner, en bilare och kablar, värde ca {amount}. Polisanmälan gjord, "
    "ärendenr {case}.\nMvh\n{full:1}\nPlatschef, {org}\n{mob}",
    "platschef|platschefsmejl|Till {kommun}, miljö- och byggnadsförvaltningen\nBygglov för {fast}\nHej "
    "{first:1}! Angående {full:2|g} klagomål: vi har nu flyttat containrarna från {street} in på "
    "etableringsytan och satt upp byggstängsel med larm. {first:2} bor på {addr} och får gärna ringa mig "
    "på {mob}.\nHälsningar {full:3}",
    "platschef|platschefsmejl|Hej {full:1},\nSom vi pratade om: ungdomarna som klättrar i kranen vid "
    "{venue} på kvällarna. Vår kranförare {sur:2} har sett samma grupp tre kvällar i rad, en av dem kallas "
    "{nick:3}. Kan polisen komma förbi runt kl {time} på fredag?\n/{first:4}\nPlatschef {place}",
    "platschef|platschefsmejl|Re: Stöld av maskiner {place}\n\nHej,\nVi saknar sedan {date} en minigrävare "
    "({plate}) och en släpvagn {plate2}. GPS-spårningen slutade fungera kl {time} samma natt. "
    "Försäkringsärendet hanteras av handläggare {sur:1}, {mail}.\n\nMvh {full:2}",
    "platschef|platschefsmejl|Hej!\nFör kännedom: i morse upptäckte {first:1} i vårt lag att dieseltanken "
    "vid {street} var uppborrad, diesel för ca {amount} borta. Samma sak hände {week}. Anmält, K-nummer "
    "{case}.\n/{full:2}, arbetsledare",
    "platschef|platschefsmejl|Hej {first:1}\nBifogar veckans avvikelser från {venue}-projektet:\n- {date}: "
    "klotter på plank mot {pstreet}\n- stöld av {antal} m kopparkabel ur kabeltrumma\n- ungdom ({ung} år) "
    "tagen i ställningen av vakten, namn enligt vakt: {full:2}\nMvh {full:3}",
    "platschef|platschefsmejl|Hej,\nJag är platschef för nybygget vid {venue} och vill tipsa om att en vit "
    "skåpbil, {plate}, återkommer kvällstid. Föraren, en man runt {vuxen}, ska enligt vår UE heta "
    "{first:1}. Min kollega {full:2} tog bilder som kan skickas till polisen.\n{full:3}, {org}, tel {tel}",
    "platschef|platschefsmejl|Hej igen {first:1}!\nTack för snabb hjälp. Vaktbolaget har nu lagt in extra "
    "ronder på {place} kl {time} och kl {time}. Låsen på bodarna byts på måndag. {full:2} på {org} är "
    "kontakt under helgen: {mob}\nMvh {first:3}",
)
