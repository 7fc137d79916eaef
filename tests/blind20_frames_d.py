"""Frames of the twentieth blind corpus, part d: sommarstuge- and boat-motor thefts and the summer guest's
complaint, diesel thefts from forest machines and mines, and seasonal workers and tourists. Each frame is
`role|style|template`."""

# ruff: noqa: E501

FRAMES_D = [
    # sommarstuga: summer houses, boats, the summer guest's complaint
    "sommargast|sommarstuga|Klagomål från sommargästen {full:1} ({fast}): grannarnas ungdomar festar på bryggan vid {place} varje natt. Hon nås på {fmob}. [[Inga]] vuxna syns till.",
    "kommunpolis|sommarstuga|Inbrott i sommarstuga, {addr}, {place}. Ägaren {full:1} från Tyskland upptäckte det {date}. Saknas: båtmotor (Yamaha) och kajak. Kommunpolis {sur:2} åker ut.",
    "grannsamverkan|sommarstuga|{full:1} har tittat till stugan åt {full:2} på {fast}. Dörren uppbruten, spår mot {pstreet}. {first:1|g} nummer: {mob}",
    "sommargast|sommarstuga|Mejl från {full:1} <{mail}>: vi hyr stuga vid {place} och någon har stulit våra cyklar. Stugvärden {sur:2} hjälper oss.",
    "kommunpolis|sommarstuga|Båtmotorstölder {week}: tre motorer vid {place}, ägare {full:1}, {full:2} och {caps:3}. Ärende {case}.",
    "fastighet|sommarstuga|Stugbyn vid {place}: stuga 12 vandaliserad. Gästen {full:1} ({snr}) lämnade nyckeln i receptionen. Städare {wsur:2} rapporterar.",
    "sommargast|sommarstuga|”Jag är {full:1}, vi har haft huset på {fast} i fyrtio år och aldrig varit med om sådant här”, skriver {first:1} till kommunen om festerna vid {inst}.",
    "grannsamverkan|sommarstuga|Båtklubben ({sameby}): {full:1} såg en gummibåt lägga till vid bryggorna kl {time}. Två män, en kallad {nick:2}. Ring {first:3}, {mob}",
    "kommunpolis|sommarstuga|{full:1}, {pnr}, misstänks för stölder ur fritidshus vid {place}. Bilen {plate2} stoppad på {road}.",
    "sommargast|sommarstuga|Hej kommunen! Herr {wsur:1} i stugan bredvid ({addr}) spelar musik hela nätterna. Jag heter {full:2} och bor här bara i juli.",
    # diesel: diesel and metal theft from forest machines, mines and sites
    "skogsbolag|diesel|Dieselstöld ur skördare vid {place}, {bolag}. Ca {antal} kubik saknas. Maskinförare {full:1} upptäckte det kl {time}. Anmälan {case}.",
    "kommunpolis|diesel|Stöld av diesel från {org} vid {place} natten till {date}. Vittne {full:1} såg en pickup, {plate}. Platschef {wsur:2}, {tel}.",
    "skogsbolag|diesel|Från {bolag}: skotaren vid {road} tömd på diesel för tredje gången. Entreprenör {full:1}, {mob}. Vi sätter upp kamera.",
    "vaktare|diesel|Väktare {wsur:1} ({bolag}): kopparkabel stulen vid industriområdet i {place}. Bil med släp, delvis reg {plate2}. Rapport till {first:2}.",
    "skogsbolag|diesel|Maskinföraren {full:1} hittade tanklocket uppbrutet på sin skördare vid {place}. Förlusten blir {amount}. Han har pratat med {full:2} på {org}.",
    "kommunpolis|diesel|{case}: Dieselstöld, {place}. Målsägande {comma:1} ({bolag}). Misstänkt {comma:2}, {pnr}.",
    "gruva|diesel|Säkerhetschefen på {org}, {full:1}, rapporterar intrång på gruvområdet vid {place}. Två personer på skoter, en av dem kallas {nick:2}.",
    "skogsbolag|diesel|Hej {first:1}, jag heter {full:2} och kör åt {bolag}. Någon har tankat ur vår maskin vid {road}. Vi saknar diesel för ca {amount}.",
    "gruva|diesel|Logg {date}: Grindlarm kl {time} vid {inst}. Vakt {full:1} hittade avklippt stängsel. Kontakt: {full:2}, {tel}.",
    "kommunpolis|diesel|Entreprenören {full:1} och sonen {first:2} anmäler stöld av diesel och motorsågar ur containern vid {place}. Containern hyrs av {bolag}. En bil, {plate2}, sågs där kvällen innan.",
    # sasong: seasonal workers, tourists, the ski resort's pub
    "kommunpolis|sasong|Bärplockarna från Thailand bor i skolan i {place}. Tolken {sur:1} säger att {full:2} och {full:3} inte fått lön av {bolag}.",
    "samordnare|sasong|Säsongsarbetare: {full:1} (liftskötare) blev misshandlad utanför puben vid {inst} kl {time}. Misstänkt: norsk turist, {full:2}.",
    "vaktare|sasong|Vakt {sur:1}: fylla och bråk vid {inst} natten till {date}. Danska gäster, bl.a. {full:2}, avvisade. Ambulans till {full:3}.",
    "samordnare|sasong|{full:1}, skidlärare från Nederländerna, anmäler stöld av skidor från skidförrådet vid {inst}. Kollegan {full:2} såg en man i röd jacka.",
    "kommunpolis|sasong|Polska arbetare på {bolag}: {full:1}, {snr}, och {full:2} har bråkat i logementet på {addr}, {lgh}. Arbetsledare {full:3}, {fmob}.",
    "samordnare|sasong|Tyska turisten {full:1} har anmält att husbilen bröts upp vid rastplatsen på {road}. Hon nås på {fmob}. Stulet: pass och {amount} i kontanter.",
    "kommunpolis|sasong|Misstänkt människohandel bland bärplockare, {place}. {full:1} ({snr}) berättar om pass som tagits. Kontaktperson {full:2}.",
    "vaktare|sasong|Incident på {inst} kl {time}: finska turister, {full:1} och {full:2}, vägrade lämna baren. Personalen ({first:3}) ringde polis.",
    "samordnare|sasong|Säsongen {week}: fler norrmän än vanligt på {inst}. Bråk vid {place} mellan {full:1} och {nick:2}. Ordningsvakten {full:3} skrev rapport.",
    "kommunpolis|sasong|Baltiska arbetare: {full:1} ({pnr}) och {full:2} sover i bilen ({plate}) vid {place}. {full:3} från {nat} informerad.",
]
