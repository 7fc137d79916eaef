"""Frames of the twenty-seventh blind corpus, part d: tips through the kommun's web form and its app (field
labels and free text as the export gives them), and the kommun's own social-media monitoring notes
(omvärldsbevakning). Each frame is `role|style|template` (tests/blind27_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_D = (
    # ------------------------------------------------------------- the kommun's web form
    "invanare|webbformular|Ärendetyp: Tips om otrygghet\nOmråde: {place}\nVar hände det? vid {venue}\n"
    "När? {date} ca kl {time}\nBeskriv: Gäng på {antal} pers, en kallas {nick:1}. Han och {first:2} "
    "hotade min dotter.\nNamn: {full:3}\nTelefon: {mob}\nE-post: {mail}",
    "invanare|webbformular|Formulär: Felanmälan/otrygg plats\nAdress: {addr}\nBeskrivning: lampan "
    "vid {street} trasig sen {week}, folk langar där. Fråga {first:1} i porten eller vicevärden {sur:3}, "
    "hon vet. Samma på {pstreet}\nKontakt: {comma:2}, {tel}",
    "invanare|webbformular|Tyck till-formuläret\nRubrik: Klotter med namn\nText: Någon har skrivit "
    '"{full:1} är en hora" på väggen vid {venue} 😡 hon är {ung} år!! Ta bort NU\nAvsändare: {first:2}',
    "forälder|webbformular|Webbtips #{likes}\nÄmne: mopeder\nMeddelande: varje kväll från kl {time} kör "
    "{first:1} och hans kompisar på {street}. En har regnr {plate}. Jag heter {full:2} och bor i {lgh}.",
    "invanare|webbformular|Kategori: Nedskräpning\nPlats: {place}, vid {venue}\nFritext: grovsopor "
    "utanför {addr}, fastighet {fast}. Det är {full:1} i nr 4 som ställer ut\nVill bli "
    "kontaktad: Nej",
    "invanare|webbformular|Namn: {caps:1}\nPersonnummer (frivilligt): {pnr}\nÄrende: hot via Instagram "
    "från {user:2} efter att jag anmält ({case})\nÖnskar samtal: Ja, {mob}",
    'invanare|webbformular|Tips till trygghetsfunktionen ({kommun}):\n"Hej. Min granne {init:1} har '
    "besök av unga killar hela nätterna, de kallar honom {nick:2}. Det luktar cannabis i trapphuset på "
    '{street}. Jag vill vara anonym men ni kan maila {mail}"',
    "invanare|webbformular|Formulär: Synpunkt\nNamn: {full:1}\nSamordningsnr: {snr}\nText: "
    "Busschauffören på {line} släppte av mig långt från {venue} kl {time}, när jag klagade sa han bara "
    "'ring {org}'. Chaufför {sur:2} enligt skylten. Mitt nr {mob}",
    # ------------------------------------------------------------- the kommun's app
    "invanare|kommunapp|Kommunens app → Felanmälan\nKategori: Skadegörelse\nPosition: "
    "{street}\nKommentar: krossat glas vid busskuren, sågs {first:1} och {wfirst:2} ({ung}) springa\n"
    "Bild: 2 st\nAnmälare: {full:3}",
    'invanare|kommunapp|Appen, ärende från {full:1}: "nån har tänt eld på soptunnan vid {venue} igen '
    'lol, tredje gången {week}. ring mig om ni vill {mob}, bilen {plate2} stod bredvid"',
    "invanare|kommunapp|📱 Ny rapport\nTyp: Otrygg plats\nOmråde: {place}\nBeskrivning: mörkt på gångvägen "
    "mot {venue}, min tjej {first:1} blev förföljd av en kille i röd jacka\nKontakt: {first:2}, {mail}",
    "invanare|kommunapp|Kommunappen > Tips\nText: Bil {plate2} står och tomgångskör vid {venue} varje "
    "natt, killen i bilen heter {first:1} tror jag, bor på {addr}\nSkickat av: {wfirst:2}",
    "trygghetsvard|kommunapp|Rapport via appen (trygghetsvärd {sur:1}): {antal} ungdomar vid {venue}, "
    'en av dem ({first:2}, {ung}) sa att {nick:3} skulle "fixa" väktaren {wsur:4}. Kl {time}.',
    'invanare|kommunapp|Felanmälan #{likes}: Hissen på {addr} har sprejats med "{lowf:1} + {lowf:2}" '
    "och telefonnumret {mob}. Fastighet {fast}. Anmälare {first:3}",
    "invanare|kommunapp|{full:1} skickade via appen {date} (områdesvärd {sur:2} vet):\nMisstänkt langning "
    "bakom {venue}, samma "
    "vita Audi {plate} varje dag kl {time}. Mitt nummer {mob}, ring efter jobbet",
    'invanare|kommunapp|Meddelande i appen: "hej jag heter {first:1} och är {ung}, det är en kille '
    "som heter {full:2} som tar pengar av oss vid {line} hållplatsen, typ {amount} varje gång. fröken "
    '{sur:3} vet om det"',
    # ------------------------------------------------------------- the kommun's monitoring notes
    "kommunikator|omvarld|Omvärldsbevakning {week} – sociala medier\n• FB-gruppen {grupp}: rykten om "
    "skjutning vid {venue}, stämmer ej enl. polisen\n• {full:1} sprider bild på {first:2} med text "
    '"golare"\n• TikTok-konto till {full:3}: klipp från {street}',
    "kommunikator|omvarld|OMVÄRLDSBEVAKNING, {date}\nKälla: Instagram {user:1}\nInnehåll: video där "
    "{first:2} och {first:3} kastar ägg på {line} vid {venue}. Ca {likes} visningar.\nÅtgärd: till {org}",
    "samordnare|omvarld|Sammanställning sociala medier om {place}, antal inlägg om mopedåkning: {likes}, "
    "flest från {full:1} och {full:2}. {first:1|g} inlägg innehöll adressen {addr}. Lyfts på mötet "
    "den {date}.",
    "kommunikator|omvarld|Bevakning helg:\n- Fredag kl {time}: FB-live från {venue} ({first:1})\n- "
    'Lördag: {full:2} i {grupp}: "{first:3} har tagit min cykel"\n- Söndag: lugnt\n/{first:4}',
    "kommunikator|omvarld|Notering: kommentarsfältet under {org}: inlägg från {full:1} med bild på "
    '{full:2} och texten "bor på {addr}, gör vad ni vill". Dolt och anmält {date}. Kopia till {first:3}.',
    'samordnare|omvarld|Omvärld {week}: Snapchatgrupp "{place} snackar" sprider att {full:1} '
    "(lärare på {venue}) ska ha slagit en elev. Rektor {sur:2} informerad; skolan bemöter. Ev. "
    "hot mot läraren: {case}.",
    "kommunikator|omvarld|Sociala medier, sammanfattning för lägesbilden:\n1) {tag}: foton på "
    'brandskadad bil, regnr syns ({plate2})\n2) {first:1}: "{wfirst:2} från {street} vet vem"\n'
    "3) {full:3} kritiserar {kommun}",
    "kommunikator|omvarld|Omvärldsbevakning: Facebook-inlägg av {full:1} ({likes} delningar) uppger "
    "att {first:2} och {full:3} rånade en {ung}-åring vid {venue}. Polisen har inte bekräftat. "
    "Kontakt: kommunpolis {sur:4}, {tel}.",
)
