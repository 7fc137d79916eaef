"""Frames of the sixty-second blind corpus, part c: meeting minutes of a grannsamverkan area (protokoll),
messages forwarded from the neighbourhood chat (grannchatt) and SMS to the trygghetssamordnare (sms).
`role|style|template`; the slots are tests/blind62_fill.py's."""

from __future__ import annotations

FRAMES_C = (
    # ---------------------------------------------------------------- protokoll
    "sekreterare|protokoll|Protokoll fört vid möte med grannsamverkan {place}\nDatum: {date}\nPlats: "
    "{venue}\nNärvarande: {full:1} (ordf), {full:2} (sekr), {full:3}, {full:4}, kommunpolis {sur:5}\n\n"
    "§1 Mötet öppnades av {first:1}.\n§2 Polisens lägesbild: {antal} inbrott i området sedan förra "
    "mötet.\n§3 Beslut: köpa in nya skyltar för {amount}.",
    "ordförande|protokoll|Minnesanteckningar, grannsamverkansträff den {date}\n\nNärvarande: "
    "{comma:1}; {comma:2}; {comma:3}\nAnmält förhinder: {first:4}\n\n1. Händelser: cykelstöld vid "
    "{street}, förrådsinbrott på {fast}.\n2. {full:5} blir nytt kontaktombud, nås på {mob}.\n3. Nästa "
    "träff {week}.\nVid protokollet: {first:2}",
    "sekreterare|protokoll|Protokoll, styrelsemöte i {org} den {date}\nNärvarande: {full:1}, {full:2}, "
    "{full:3}\n\n§ 4 Grannsamverkan. {first:1} rapporterade att två hus på {street} haft inbrott under "
    "{week}. Kommunpolisen {full:4} har erbjudit ett informationsmöte. Beslut: {first:2} bokar lokal "
    "på {venue}.\n§ 5 Övrigt: inget.\nJusteras: {full:5}",
    "ordförande|protokoll|Grannsamverkan {place}, årsmöte\n\n1. Val av ordförande: {full:1} (omval)\n"
    "2. Val av kontaktombud: {full:2} för {street}, {full:3} för {pstreet}\n3. Ekonomi: kassan "
    "{amount}\n4. Polisen ({full:4}) berättade om årets inbrott\n5. [[Övrigt]]: inga frågor\n"
    "Protokollförare {first:5}",
    "sekreterare|protokoll|Anteckningar från trygghetsmöte med polisen den {date}\nDeltagare: "
    "{init:1}, {init:2}, {init:3} samt kommunpolis {sur:4}\n- {sur:4} visade statistik: {antal} "
    "villainbrott i {place} i år\n- boende på {street} önskar mer belysning, {first:1} kontaktar "
    "{org}\n- fråga om kameror: {sur:4} tar reda på vad som gäller",
    "ordförande|protokoll|Kort protokoll, möte hemma hos {full:1}, {addr}\n\nVi var {antal} st. "
    "{first:2} berättade om försöket till inbrott hos dem natten mot den {date}.\nBeslut: starta en "
    "chattgrupp, {full:3} är admin. {first:1} skickar listan till trygghetssamordnare {full:4}.\nNästa "
    "möte: {week}.",
    "sekreterare|protokoll|§ 7 Rapport från kontaktombuden\n{full:1} ({street}): lugnt, en misstänkt "
    "bil {plate} noterad.\n{full:2} ({place}): inbrott i garage hos familjen {sur:3}.\n{full:4} "
    "({venue}): klotter på busskuren vid {line}.\n§ 8 Mötet avslutas.",
    "ordförande|protokoll|Grannsamverkansmöte {week}, {place}\nOrdf: {caps:1}\nSekr: {caps:2}\n"
    "Närvarande från polisen: {full:3}\n\nPunkt 1: Dörrförsäljare – {first:4} på {addr} har fått besök "
    "av påstådda säljare från {org}.\nPunkt 2: Skyltar – beställda, {amount}.\nPunkt 3: Nästa möte den "
    "{date}.",
    # ---------------------------------------------------------------- grannchatt
    'boende|grannchatt|Vidarebefordrat från gruppen "Grannar i {place}":\n\n{first:1}: Någon som sett '
    "en vit skåpbil på {street} i kväll?\n{first:2}: Ja!! stod utanför {addr} i typ en timme\n"
    "{first:1}: fick regnumret {plate}\n{nick:3}: har ringt polisen",
    "boende|grannchatt|{first:1} [21:03]: kolla kameran, någon smög på vår tomt\n{first:2} [21:05]: "
    "ser du vem?\n{first:1} [21:06]: nej men mörk jacka, gick mot {venue}\n{full:3} [21:10]: jag har "
    "ringt 112, polisen på väg\n{first:2} [21:40]: de tog en kille vid {street}, {lowf:4} såg det",
    'boende|grannchatt|Fwd från grannchatten:\n"Hej alla, {full:1} här från {addr}. I natt har någon '
    'försökt bryta upp vårt förråd. Har någon kameror mot {street}?"\n"Vi såg en bil {plate2} stå där '
    'vid {time} /{first:2}"\n"Samma bil var här i {week} också! /{nick:3}"',
    "boende|grannchatt|Skärmdump från chatten (avskrift):\n{full:1}: Hej, är det någon som känner igen "
    "den här killen? Ringde på och frågade efter {first:2}\n{full:3}: Han var hos oss också, sa att "
    "han hette {first:4} och sålde larm\n{first:1}: ska mejla trygghetssamordnaren {sur:5}\n{first:3}: "
    "👍",
    "boende|grannchatt|hej {lowf:1}! kollade du chatten? {nick:2} skrev att det var inbrott på "
    "{street} i natt, hos {lowf:3|g} föräldrar tror jag.. polisen har varit där, ärende {case}. vi "
    "borde starta upp grannsamverkan igen",
    "boende|grannchatt|Grannchatten i {place}, den {date}\n[{time}] {full:1}: Två killar på "
    "elsparkcykel kollar i bilar på {street}\n[{time}] {first:2}: Ser dem, de går mot {venue} nu\n"
    "[{time}] {first:1}: Ringer polisen\n\nVidarebefordrat av {full:3}",
    "boende|grannchatt|{wfirst:1}: Har någon sett en grå Volvo {plate} vid {street}? Den har stått där "
    "sedan i morse\nFamiljen {wsur:2}: Ja, den stod vid oss igår också\n{wfirst:1}: Jag har mejlat "
    "{full:3} på kommunen",
    'boende|grannchatt|Från WhatsApp-gruppen "{street} med omnejd":\n{full:1}: Larmet går hos '
    "{full:2|g} granne, är någon hemma där?\n{first:3}: Jag går och kollar\n{first:3}: Fönstret på "
    "baksidan är krossat, ringer 112\n{first:1}: Tack {first:3}!!",
    # ---------------------------------------------------------------- sms
    "boende|sms|Hej det är {first:1} på {street}. Nu står den där bilen igen, {plate}, utanför {addr}. "
    "Två pers i. {first:2} på andra sidan ser dem också. Ska jag ringa polisen?",
    "boende|sms|sms fr {full:1} kl {time}: dörrförsäljare på {street} igen, påstår sig vara från "
    "{org}. Har tagit kort. {first:2} på hörnet fick en broschyr. Mitt nr {mob}",
    "boende|sms|hej! {lowf:1} här, granne till {low:2}. de är bortresta o nu lyser det i huset. ring "
    "mig {mob}",
    "boende|sms|Hej, inbrott hos familjen {wsur:1} på {addr}!! Polisen är här nu. Hälsa {first:2} att "
    "vi tar hand om katten. /{first:3}",
    "boende|sms|{first:1} här. Tack för mötet igår! Glömde säga att {full:2} vill bli ombud för "
    "{street}, hennes mejl är {mail}",
    "boende|sms|Ursäkta sent sms men nu går två personer med ficklampor runt bland husen vid {venue}. "
    "Jag har ringt 112. Min man {wfirst:1} följer efter på avstånd. /{addr}, {full:2}",
    'boende|sms|SMS till trygghetssamordnare:\n"Hej {first:1}, {first:2} i {place} igen. Bilen med reg '
    "{plate2} har kommit tillbaka, står vid {venue}. Den är kopplad till inbrottet hos {full:3} enl "
    'polisen ({case})"',
    "boende|sms|Hej kommunpolis {sur:1}! Ombud {full:2} här. Vi har {antal} nya medlemmar i området, "
    "bl.a. {full:3} (samordningsnr {snr}) och {full:4} på {addr}. Skickar listan med mejl. Ring {mob} "
    "om frågor",
)
