"""Frames of the fortieth blind corpus, second file: absconding and finding (avvikning), the socialjour's
log and intake notes (inskrivning) (`role|style|template`; slots in tests/blind40_fill.py). Written by the
corpus's helper from how such notes look, without reading any other corpus's frames."""

FRAMES_B = (
    # avvikning: a youth who left, the search, who was told, how they were found
    "hvb_personal|avvikning|AVVIKNING\n{full:1}, {pnr}, avvek från {home} kl {time}. Klädd i svart jacka och"
    " grå mjukisbyxor. Tros vara på väg mot {place}. Kontakta polisen 114 14 och jourhavande {first:2} på"
    " {mob}.",
    "hvb_personal|avvikning|{first:1} ({ung}) har inte kommit tillbaka efter skolan ({venue}). Sågs senast"
    " vid"
    " {line} enligt kompisen {nick:2}. Polis kontaktad kl {time}, ärende {case}. Mamma {full:3} informerad.",
    "socialjour|avvikning|Efterlysning hävd {date} kl {time}: {full:1} påträffad av polis vid {venue}. Hämtad"
    " av personal {first:2} och {first:3}, åter på boendet. Placerande kommun ({plk}) meddelad.",
    "behandlare|avvikning|Till soc.sekr {sur:1}\n{first:2} avvek igen igår kväll, tredje gången {week}."
    " Hittades"
    " av polisen i {place} kl {time} i en bil ({plate}) med två äldre killar. Vi behöver prata om"
    " placeringsformen.\nMvh {full:3}",
    "nattpersonal|avvikning|kl {time} upptäcktes att {lowf:1} inte var på rummet, fönstret öppet. ringt"
    " {first:1|g} mobil {mob}, avstängd. larmat polis, {case}. senare ringde {first:1} själv från {place},"
    " hämtad m taxi av {first:2}.",
    "hvb_chef|avvikning|Sammanställning avvikningar {week}: {first:1} (två ggr), {first:2} (en), {first:3}"
    " (en)."
    " Samtliga återfunna inom ett dygn. {first:1} hittad i {place}, övriga i {place}.",
    "stodboende|avvikning|Hej! {first:1} har inte sovit på boendet sedan {date}. Hon svarar inte på {mob}."
    " Pojkvännen heter enligt andra boende {full:2} och kör en vit Golf {plate2}. Kan ni kolla? /{first:3}",
    "socialjour|avvikning|Tid: {time}\nAnmälare: {full:1}, personal {home}\nAvviken: {full:2}, {snr},"
    " ensamkommande, {ung} år\nSenast sedd: {street} mot {place}\nÅtgärd: polis underrättad,"
    " socialsekreterare {sur:3} underrättas i morgon.",
    # socialjour: the jour's log, times first
    "socialjour|socialjour|Jourlogg {date}\n{time} Samtal från polisen ({sur:1}), {full:2} omhändertagen"
    " enligt"
    " LVU 6 §, placeras akut på {home}.\n{time} Vårdnadshavare {full:3} underrättad, tel {mob}.\n/jourhavande"
    " {first:4}",
    "socialjour|socialjour|kl {time} ringde {full:1} (mamma till {first:2}, {ung} år): sonen har inte kommit"
    " hem, senast sedd vid {venue}. Råd: kontakta polis. Ny kontakt kl {time}, sonen hemma.",
    "socialjour|socialjour|Orosanmälan inkom kl {time} via polis, ärendenr {case}. Barnen {first:1}"
    " ({ung}) och"
    " {first:2} ensamma i lägenheten på {addr}, {lgh}. Pappan {full:3} berusad. Barnen placerade hos moster"
    " {full:4} i {place} över natten.",
    "socialjour|socialjour|Jourhavande socialsekreterare {full:1}\nUtryckning {date} till {street}"
    " tillsammans"
    " med polispatrull (inre befäl {wsur:2}). Ungdomen {first:3} ({pnr}) kördes till {home}.",
    "socialjour|socialjour|Samtal från {home}: {first:1} har rymt tillsammans med {first:2}. Båda {ung} år."
    " Personal {first:3} ({tel}) följer upp. Polis informerad. Meddela {plk} på måndag.",
    'socialjour|socialjour|SMS till jouren kl {time} från {mob}: "hej det är {lowf:1} jag vill inte va'
    " kvar på"
    ' boendet snälla kom". Ringt upp, {first:1} befann sig vid {venue}. Personal från boendet hämtade.',
    "socialjour|socialjour|Polisen ({full:1}, {tel}) begärde handräckning för att hämta {first:2} på {addr}."
    " Jourhavande {first:3} och {wfirst:4} på plats kl {time}. Vårdnadshavaren motsatte sig, polisen"
    " genomförde.",
    "socialjour|socialjour|{date}\nAnonymt samtal om ungdomar som sover i källaren på {street}, fastighet"
    " {fast}. Vidarebefordrat till {org} och fältgruppen ({first:1}, {first:2}).\n– {first:3}, jour",
    # inskrivning: intake notes and contract details
    "hvb_chef|inskrivning|Inskrivning {date}\nNamn: {full:1}\nPersonnr: {pnr}\nPlacerande kommun: {plk}\n"
    "Socialsekreterare: {full:2}, {tel}\nVårdnadshavare: {full:3}, {mob}\nKontaktperson på boendet:"
    " {first:4}",
    "stodboende|inskrivning|Ny boende {first:1} flyttar in i {lgh} på {home} den {date}. Kommer från {plk},"
    " handläggare {sur:2}. God man: {full:3}.",
    "lss_personal|inskrivning|Ny brukare på korttids: {full:1}, {pnr}. Mamma {first:2}, pappa {wfirst:3},"
    " båda"
    " vårdnadshavare. Hämtas och lämnas av skolskjutsen vid {venue}. Fastighet enligt kontrakt: {fast}.",
    "hvb_personal|inskrivning|{full:1} ({snr}), ensamkommande, kom till oss från ett av Migrationsverkets"
    " boenden den {date}. Tolk (arabiska): {full:2}, {mob}. God man: {full:3}.",
    "behandlare|inskrivning|Inskrivningssamtal med {first:1}. Närvarande: mamma {full:2}, soc.sekr {sur:3}"
    " ({plk}) och behandlare {first:4}. Målet är skolgång på {venue} från {week}.",
    "hvb_chef|inskrivning|Till personalgruppen: vi tar emot {first:1} ({ung}) från {plk} på tisdag. Känd för"
    " avvikningar, får inte träffa {full:2} (f.d. pojkvän, kör {plate}). Skärpt tillsyn första veckan.",
    "stodboende|inskrivning|Kontraktsuppgifter\nBoende: {full:1}\nAdress: {addr}, {lgh}\nFastighet: {fast}\n"
    "Hyresvärd: {org}\nKontaktperson: {full:2}",
    "lss_personal|inskrivning|Välkommen {first:1}! Din kontaktperson är {first:2} och ersättare är {first:3}."
    " Telefon till boendet: {tel}. Mejl: {mail}.",
)
