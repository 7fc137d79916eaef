"""Frames of the thirty-fourth blind corpus, file b: the jour's log, the contracted väktare's reports and the
trygghetsvärdar's notes, as a housing company passes them on in its rows of the weekly EST report. Each frame
is `role|style|template` (tests/blind34_fill.py says what a slot is)."""

# ruff: noqa: E501

FRAMES_B = (
    # ------------------------------------------------------------------ jourlogg
    "jour|jourlogg|JOUR {date} kl {time}\nLarm: brandlarm {addr}\nPå plats: {full:1} (jour), {org}\nOrsak: brand i barnvagn i trh bv, släckt av boende {first:2}. Rökskadat upp till plan 3. {full:3} i {lgh} fick åka in till {venue} för kontroll.",
    "jour|jourlogg|Jouren ({first:1}) kallad till {street} kl {time}: bråk i lägenhet, hg {full:2} uppger att sambon {first:3} slagit sönder inredning. Polis på plats, {case}. Dörren reparerad provisoriskt.",
    "jour|jourlogg|Jourlogg\n{time} utryckning {addr}, hiss fast, ungdomar hoppat i hissen\n{time} samtal {full:1} ang. oväsen i {lgh}\n{time} vaktbolaget ({org}) meddelar uppbrutet garage {street}\nJour: {first:2}",
    "jour|jourlogg|{first:1} på jouren här. Var ute hos {low:2} på {street} natten till idag, kvinnan sa att någon försökt bända upp dörren. Synliga märken, cylinder bytt för {amount}. Stäm av med {first:3} om hg ska betala.",
    "jour|jourlogg|Utryckning {date}\nAnmälare: {full:1}, {mob}\nHändelse: grannen spelar hög musik, ca {antal} personer på balkongen, flaskor kastade ner på en bil ({plate2}).\nJour: {first:2} + {first:3}",
    "jour|jourlogg|Natt {date}: jour {full:1} stoppad av {antal} ungdomar vid {venue}, hotfulla, filmade honom. En kallades {nick:2}. Jour åkte därifrån och ringde 112. Polis kom kl {time}. Incident rapporterad till {sur:3} (arbetsmiljö).",
    "jour|jourlogg|jouren: dörr till källarförråd {addr} uppbruten, {antal} förråd öppnade. Hg {full:1} saknar cykel. {full:2} har polisanmält ({case}). Tillkallat {org} för skalskydd. /{lowf:3}",
    "jour|jourlogg|{full:1|g} bil ({plate}) brann på parkeringen vid {street} natten till söndag. Räddningstjänsten släckte. Jour {first:2} fotade och spärrade av. Två andra bilar skadade av värmen, ägare ej kontaktade än.",
    # ------------------------------------------------------------------ väktarrapport
    "vaktare|vaktarrapport|Väktarrapport {org}\nObjekt: {place}, garage {street}\nTid: {time}\nHändelse: {antal} personer i garaget, en av dem uppgav namnet {full:1}, född {pnr}. Avvisade. Polis ej tillkallad.\nVäktare: {full:2}",
    "vaktare|vaktarrapport|Rond kl {time}: {street} – trasig belysning trh, klotter ACAB på port.\nRond kl {time}: {venue} – lugnt.\nRond kl {time}: garage {place}, bil {plate} med krossad ruta, ägare okänd.\n/väktare {sur:1} & {sur:2}",
    "vaktare|vaktarrapport|Larm {date} {time}, {addr} – inbrottslarm lokal. Vid ankomst dörr uppbruten. Misstänkt person sprang mot {place}, beskrivs som ung man, svart jacka. Vittne: {full:1} ({snr}), tel {mob}. Polis: {case}.\nVäktare {full:2}",
    "vaktare|vaktarrapport|Utfört tillsyn {place} enl. avtal {week}. Noterat: övergiven bil {plate2} på gästparkering (sedan minst 3 veckor), nedskräpning vid {venue}. Pratat med hyresgäst {sur:1} som känt sig förföljd av {first:2} från grannhuset. Väktare: {init:3}",
    'vaktare|vaktarrapport|{first:1} och {first:2} (väktare, {org}) blev bespottade och hotade av {antal} ungdomar i porten {addr}. En av dem, som kallas {nick:3}, hotade med att "hämta sina bröder". Polisanmälan gjord: {case}.',
    "vaktare|vaktarrapport|Avvisning kl {time} {street}: person sovande i trapphus, uppgav sig heta {full:1} ({snr}). Hänvisad till {org}. Ordningsvakt {sur:2}.",
    "vaktare|vaktarrapport|VAKTRAPPORT\nDatum: {date}\nVäktare: {caps:1}\nOmråde: {place}\n\n{time} Ungdomar i källargång {addr}, avvisade\n{time} Moped utan reg på gc-vägen vid {venue}\n{time} Kontakt med boende {first:2} ang. oro i trappan",
    "vaktare|vaktarrapport|Larmpatrull {org} rapporterar: {full:1} (hyresgäst) ringde om att någon ryckte i hans dörr, {lgh}. Ingen på plats vid ankomst. [[Inga]] spår. Grannen {full:2} sa att det var killen som kallas {nick:3}",
    # ------------------------------------------------------------------ trygghetsvärdar
    "trygghetsvard|trygghetsvard|Trygghetsvärdar {first:1} och {first:2}, kvällspass {place} kl {time}\nBra stämning vid {venue}. Pratade med ca {antal} ungdomar. {first:3} ({ung}) berättade att någon säljer vid {street}. Vidarebefordrat till kommunpolisen.",
    "trygghetsvard|trygghetsvard|Kvällens rond: lugnt. {wfirst:1} vid fritidsgården sa att det varit bråk vid hållplatsen för {line} igår. Vi följer upp med {sur:2} på skolan. /tv {lowf:3}",
    "trygghetsvard|trygghetsvard|{full:1} (trygghetsvärd) {date}:\n- Klotter {street} x3\n- Glaskross vid {venue}\n- Samtal med {full:2} i {lgh}, orolig för sonen\n- Nedskräpning p-plats\nÖvrigt: {nick:3} och hans kompisar hänger i trh {addr} igen",
    "trygghetsvard|trygghetsvard|tv-pass {date}\nvi ({lowf:1} o {lowf:2}) mötte en kvinna, {full:3}, som sa att hennes lägenhet ({lgh}) blivit inbruten. Hon hade redan ringt polisen. Lämnade nummer till {org}.",
    "trygghetsvard|trygghetsvard|Trygghetsvärdarna har under {week} haft extra närvaro i {place} pga oroligheter. Händelser: stenkastning mot buss ({line}), brand i container vid {street}. Samverkan med {org}. Rapportör: {full:1}, {first:2}",
    "trygghetsvard|trygghetsvard|Kl {time} träffade vi {full:1} och hennes dotter {first:2} vid {venue}. Dottern har blivit hotad av en tjej som heter {first:3}. [[Sten]] kastad mot deras fönster förra veckan. Mamman nås på {mob}.",
    "trygghetsvard|trygghetsvard|{first:1|g} anteckningar (tv {place}):\nkl {time} lugnt centrum\nkl {time} grupp på ca {antal} vid {street}, en med kniv?? – ringt polisen, {case}\nkl {time} hemgång",
    "trygghetsvard|trygghetsvard|Hej {first:1}!\nVi var ute i {place} igår kväll, jag och {full:2}. Det var en bil som körde runt på gc-vägen, {plate2}, förare kallad {nick:3}. Har sagt till polisen.\nHälsningar tv {first:4}",
)
