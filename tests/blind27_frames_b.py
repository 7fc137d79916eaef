"""Frames of the twenty-seventh blind corpus, part b: posts in neighbourhood apps, and Instagram and TikTok
captions and comments as staff describe or quote them. Each frame is `role|style|template`
(tests/blind27_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_B = (
    # ------------------------------------------------------------- neighbourhood apps
    "grannsamverkan|grannapp|Grannapp – {place}\n{full:1} (granne, {street})\nMisstänkt person kikar in i "
    "bilar vid {venue} nu kl {time}. Mörk jacka, ca {vuxen} år. Har ringt 112.\n💬 {first:2}: ser honom "
    "också!",
    'invanare|grannapp|{full:1} postade i Grannar i {place}:\nNågon har sprejat "{nick:2}" och '
    '"{lowf:3} 4ever" på väggen vid {venue}. Vem ska man ringa? {org}?',
    "grannsamverkan|grannapp|LARM från grannappen {date} kl {time}\nAvsändare: {full:1}\nPlats: {addr}, "
    "{place}\nText: Två killar på moped utan skylt, en annan bil {plate2} följde efter. Ring mig {mob}. "
    "Pratat med vakten {sur:2}.",
    'invanare|grannapp|{full:1} delade en varning: "Bedragare ringer äldre i {place} och säger att de är '
    'från {org}. De uppger namnet {full:2} och ber om BankID." Mamma {first:3} fick ett sånt samtal {date}.',
    "grannsamverkan|grannapp|Grannsamverkansombud {sur:1} i appen: Inbrott hos {first:2} och "
    "{full:3} på {addr}, {lgh} ({fast}) medan de var bortresta {week}. Ombud för trappuppgången: {full:4}, "
    "{tel}.",
    "invanare|grannapp|{first:1} 🐾\nSaknas: katt, svart/vit, sprang från {street} mot {venue}. Om ni ser "
    "den, sms:a {mob}! Hittelön: {amount}. Tack {wfirst:2} för att du delade",
    'trygghetsvard|grannapp|Inlägg i grannappen återgivet av trygghetsvärd {sur:1}: "{full:2} ({vuxen}) '
    'och hennes son {first:3} hotades av {ung}-åringar vid {line} hållplatsen {venue}." Uppföljning med '
    "{org}.",
    "invanare|grannapp|Fråga till grannarna på {street}\nVems är den röda Volvon {plate} som stått vid "
    "soprummet i tre veckor? Fastighetsskötare {sur:3} visste inget. Kan vara stulen. /{full:1} & {first:2}",
    # ------------------------------------------------------------- Instagram
    "faltassistent|insta|Instagram, konto @{user:1}: bild på {ung}-åringar med maskerade ansikten vid "
    '{venue}, caption "{tag} 🔥 vi äger här". Taggade: @{first:2}, @{full:3}. Anmält till Meta.',
    'fritidsledare|insta|Ungdomarna visade mig en story från {user:1}: "{nick:2} har pratat med aina, '
    'han är en golare" 🐀 med adress {addr}. Jag sa till {first:3} att skärmdumpa. /fritidsledare {sur:4}',
    'kommunikator|insta|Kommentar under kommunens Instagrampost om {place}: "lmaooo {tag} är ju '
    'lugnt, det är {first:1} och hans kusin som bråkar" – av {full:2}, {likes} gillar.',
    "skolpersonal|insta|Kurator {sur:1} rapporterar: hängningskonto på Instagram publicerar bilder på elever "
    "från {venue} med för- och efternamn, t.ex. {full:2} och {full:3}, samt {first:4|g} telefon {mob} och "
    "samordningsnummer {snr}.",
    "invanare|insta|{user:1}\n{place} ☀️ finaste {week} men varför står det alltid folk och röker vid "
    "{venue} 😤 #trygghet {tag} ring {mob} om ni ser nåt\n♡ {likes}   @{first:2} kolla här",
    "faltassistent|insta|Insta-live kl {time} från {street}: grupp på ca {antal} personer, någon ropade "
    '"{caps:1} kom ut!!". Live startad av {first:2}. Vi åkte dit med {org}, samlingen var vid {pstreet}. '
    "/{first:3}",
    "fritidsledare|insta|{first:1} (fritidsgården) visade ett inlägg: profilen {nick:2} säljer "
    '"billiga airpods" och ber folk swisha {amount} till {mob}. Flera ungdomar från {venue} lurade.',
    "kommunikator|insta|Omnämnanden på Instagram {week}:\n- @{full:1} om klotter vid {venue}\n- "
    "@{first:2} om bilbrand på {street}\n- {full:3} (privat konto) om {org}\nSammanställt av {first:4}",
    # ------------------------------------------------------------- TikTok
    "faltassistent|tiktok|TikTok-klipp ({likes}k visningar) filmat vid {venue}: två killar slåss, texten "
    'säger "{nick:1} vs {first:2} 💀 {tag}". Uppladdat av {full:3} den {date}.',
    "fritidsledare|tiktok|Eleverna pratar om en TikTok där {full:1} dansar på taket till {venue}. "
    'Kommentarer: "{lowf:2} är galen", "ring hans mamma {first:3} lol". /{first:4}',
    "skolpersonal|tiktok|Skolan har fått in skärminspelning från TikTok: kontot {user:1} hotar eleven "
    '{first:2} ({ung} år) och skriver "vi vet var du bor, {addr}". Polisanmält {case}.',
    'kommunikator|tiktok|TikTok-trend i {place}: "{tag}-challenge" där ungdomar springer över '
    "spåren vid {venue}. Flest visningar: {full:1}. Kontakt med {org} och trafikchef {sur:2} på "
    "trafikbolaget.",
    'faltassistent|tiktok|Caption på TikTok, transkriberad: "pov: du bor i {tag} och {nick:1} kör '
    'crossen på {street} kl {time} 😭😭" – {likes} kommentarer, en nämner {full:2}.',
    "trygghetsvard|tiktok|{first:1} på trygghetsjouren tipsade om ett TikTok-konto som {full:2} driver, de "
    "filmar när de kastar sten på {line} vid {venue}. Vi har pratat med {org}.",
    "kommunpolis|tiktok|TIKTOK {date}: livestream från {street}, användare {full:1}. Personer som hörs: "
    "{first:2}, {first:3}. Ev. koppling till {case}. Handläggare {sur:4}.",
    "fritidsledare|tiktok|Hörde ungdomar skratta åt ett klipp där {wsur:1} (vaktmästaren, alla vet vem) "
    "jagas av {antal} kids vid {venue}. Lagt upp av {first:2}. Pratat med {first:3} om det",
)
