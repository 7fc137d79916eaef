"""Frames of the thirty-fourth blind corpus, file e: e-mails pasted into the Beskrivning cell, incident
reports of threats against staff (hot mot personal), and private landlords' and tenant-owner associations'
short notes. Each frame is `role|style|template` (tests/blind34_fill.py says what a slot is)."""

# ruff: noqa: E501

FRAMES_E = (
    # ------------------------------------------------------------------ inklistrade mejl
    "kundtjanst_mejl|mejl|Från: {mail}\nÄmne: Klotter\n\nHej! Det har klottrats på vår port på {addr} igen. Kan ni komma och ta bort det? Det står {first:1} + något fult.\n/{full:2}",
    'kundtjanst_mejl|mejl|Hej {first:1},\nVidarebefordrar från {full:2} ({lgh}): "Vi har haft inbrott i förrådet natten till {date}, polisanmälan {case}. Grannen {sur:3} såg två personer med bil {plate2}."\nMvh {first:4}\nKundtjänst {org}',
    "kundtjanst_mejl|mejl|Hej,\njag vill anmäla att det bor någon i vår källare på {street}. Han heter {full:1} tror jag, har sett honom flera ggr. Det luktar och det är skräp överallt.\nHälsningar {wfirst:2}, {lgh}",
    "kundtjanst_mejl|mejl|Skickat: {date} {time}\nTill: kundtjänst\nÄmne: SV: ang. bilen på gården\n\nDen står kvar!!! Regnr {plate}. Ni sa att {first:1} skulle ta hand om det. Ring mig {mob}. /{full:2}",
    "kundtjanst_mejl|mejl|Hej {first:1} och {first:2}!\nTack för mötet {date}. Som vi sa: {org} utökar väktarronderna i {place} till kl {time}. Kontakt hos dem är {full:3}, {mob}.\nHälsningar {full:4}\nOmrådeschef",
    "kundtjanst_mejl|mejl|> {full:1} skrev:\n> Det var bråk utanför {venue} igen igår, killarna från {street} kastade stenar på bussen ({line}).\n\nHej! Tack, vi har meddelat polisen och {org}. /{first:2}",
    "kundtjanst_mejl|mejl|hej\nmin son {lowf:1} blev slagen i tvättstugan på {addr} av en kille som heter {first:2}. vi har polisanmält, {case}. jag vill att ni gör något!!\n{low:3}",
    "kundtjanst_mejl|mejl|Hej! Jag är god man för {full:1} ({pnr}) som bor i {lgh} på {addr}. Hon har blivit utsatt för inbrott och vill byta lås. Kan ni kontakta mig på {tel}? Vänligen, {full:2}",
    # ------------------------------------------------------------------ hot mot personal
    'arbetsmiljo|hotpersonal|Incidentrapport – hot mot personal\nDatum: {date}, kl {time}\nDrabbad: {full:1}, fastighetsskötare\nPlats: {addr}\nHändelse: hg {full:2} hotade med att "göra illa" om inte dörren lagades direkt. Polisanmält ({case}).\nChef: {sur:3} informerad',
    "arbetsmiljo|hotpersonal|{first:1} (bovärd) blev uppsökt på kontoret {street} av en man som kallade sig {nick:2}, skrek och slog i bordet. Kollegan {full:3} ringde 112. Skyddsombud {sur:4} informerat.",
    "arbetsmiljo|hotpersonal|Tillbud: fsk {full:1} fick en flaska kastad mot sig från en balkong på {addr}. Oklart vem. Inga skador. Rapporterat till {org} + polisen. Arbetsledare {first:2} har pratat med fsk.",
    "arbetsmiljo|hotpersonal|HOT MOT PERSONAL\nvåra väktare {first:1} och {first:2} hotades med kniv i garaget {street} kl {time}. gärningsman ca {vuxen} år, kallas {nick:3}. polis: {case}",
    "arbetsmiljo|hotpersonal|Arbetsmiljöavvikelse {date}: trygghetsvärd {full:1} utsatt för verbala hot vid {venue} av {antal} ungdomar. Han känner igen en av dem, {first:2} från {place}. Samtal med chef {full:3} efteråt.",
    "arbetsmiljo|hotpersonal|Till skyddsombud {wsur:1}: vill rapportera att jag ({first:2}) känner mig otrygg att gå in i {addr} ensam efter händelsen med hg {full:3}. Begär att vi alltid går två. //{first:2}",
    'arbetsmiljo|hotpersonal|{comma:1}, kundtjänst: hg ringde och hotade att "komma ner till kontoret" om inte {org} betalar för hans cykel. Namn i systemet {full:2}, {addr}. Samtalet loggat {date} kl {time}.',
    "arbetsmiljo|hotpersonal|Händelserapport personal\nVem: {full:1} (jour) + {full:2} (jour)\nVar: {street}, {place}\nVad: blev omringade av ca {antal} personer och filmade, en kastade ägg. Bilen ({plate}) repad.\nAnmält: {case}",
    # ------------------------------------------------------------------ privata hyresvärdar och brf
    "privat_hyresvard|privatvard|{org} – förvaltare {full:1}: vi har haft tre bilbränder i {place} sedan {date}. Vill samverka via EST. Kontakt {mob} / {mail}",
    "privat_hyresvard|privatvard|Hej, {first:1} från {org} här. {full:2|g} dörr ({lgh}) har sparkats in. Vi tror det är kopplat till ungdomar vid {venue}. [[Inga]] vittnen.",
    "privat_hyresvard|privatvard|Privat hyresvärd ({full:1}), fastighet {fast}: olovligt boende i källaren, madrasser och sprutor hittade. Den boende uppgav sig vara {full:3}, {snr}. {first:2} från socialtjänsten kontaktad. Låssmed bokad {date}.",
    "privat_hyresvard|privatvard|Fastighetsägare {full:1} meddelar att hyresgästen {comma:2} ({snr}) inte betalat hyran och att det pågår handel från lägenheten. Vill ha hjälp från {kommun}.",
    "privat_hyresvard|privatvard|{caps:1} AB – klotter på {pstreet}, sanering klar {date}. Fakturan på {amount} går till föreningen. Ansvarig {first:2}.",
    "privat_hyresvard|privatvard|ang. grannbråket {street}: {lowf:1} och {lowf:2} har pratats med, båda lovar lugn. {full:3} (ägare) vill ha besked v.b.",
    "privat_hyresvard|privatvard|Fastighetsförvaltare {sur:1} ({org}): Brand i förråd {addr} natten till {date}. Förrådet tillhörde {full:2}, totalförstört. {first:3} har polisanmält, {case}.",
    "privat_hyresvard|privatvard|{full:1}\nOrdförande, brf i {place}\nHej, vi har problem med {antal} ungdomar som sitter i vår entré {addr} varje helg. En av dem heter {first:2}. Har pratat med {org}, ring gärna {tel}.\nHälsn {first:1}",
)
