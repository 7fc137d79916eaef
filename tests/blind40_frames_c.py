"""Frames of the fortieth blind corpus, third file: threats and violence against residents and staff,
searches of rooms and persons, and an LSS home's daily notes and letters to relatives (`role|style|template`;
slots in tests/blind40_fill.py). Written by the corpus's helper from how such notes look, without reading any
other corpus's frames."""

FRAMES_C = (
    # hot: threats and violence, reported to the employer and the police
    'hvb_personal|hot|Hot mot personal {date}\n{full:1} (boende) hotade {first:2} med att "hennes familj ska'
    ' få betala" efter att hans mobil omhändertagits. Polisanmält, {case}. Arbetsmiljöansvarig {sur:3}'
    " informerad.",
    "stodboende|hot|En okänd man ringde boendets telefon {tel} kl {time} och frågade efter {first:1}. Sa"
    " att han"
    " var bror men ville inte säga sitt namn. Senare sågs samma man i en svart Audi {plate2} utanför på"
    " {street}.",
    "lss_personal|hot|Incident: brukare {first:1} bet personal {first:2} i handen vid påklädning. {first:2}"
    " uppsökte vårdcentralen. Tillbudsrapport skriven av undersköterska {sur:4}. Chef: {full:3}.",
    "hvb_personal|hot|Kl {time} kom {first:1|g} storebror {full:2} till {home} och krävde att få träffa"
    " {first:1}."
    " Blev aggressiv mot {first:3} i entrén och slog sönder en glasruta (skada ca {amount}). Polis"
    " tillkallad,"
    " {case}.",
    "socialjour|hot|Hotbild mot boende {full:1}: enligt polisen ({sur:2}) finns uppgifter om att {nick:3} och"
    " hans kompisar från {place} letar efter honom. Förstärkt bemanning från den {date}.",
    "hvb_chef|hot|Till skyddsombud {full:1}\nSammanfattning hot och våld {week}: tre händelser. Allvarligast:"
    " {first:2} hotade nattpersonal {first:3} med kniv i köket. {first:2} flyttad akut till {home}.\n"
    "/{first:4}",
    "stodboende|hot|{full:1} hotade grannen {full:2} i trappan på {addr}. Grannen ringde hyresvärden"
    " ({org}) som"
    " kontaktade oss. Samtal med {first:1} den {date}.",
    "nattpersonal|hot|Natt. {first:1} full, skrek och sparkade på dörren till personalrummet. Sa att han"
    " skulle"
    ' "hämta sina grabbar" från {place}. Larmade väktare kl {time}, väktaren {wsur:2} kom. Lugnt efter det.',
    # visitation: searches of rooms, bags and persons
    "hvb_personal|visitation|Rumsvisitation {date} kl {time} på {first:1|g} rum, utförd av {first:2} och"
    " {first:3}. Hittat: två mobiler, ca {amount} i kontanter, vitt pulver i en påse. Polis kontaktad,"
    " {case}.",
    "hvb_chef|visitation|Beslut om kroppsvisitation enligt LVU 19 § avseende {full:1}, {pnr}. Beslutsfattare:"
    " {full:2}, föreståndare. Anledning: misstanke om narkotika efter helgpermission i {place}.",
    "hvb_personal|visitation|Vid ankomst från skolan gicks {first:1|g} väska igenom. Vi fann en kniv och"
    " en lapp"
    ' med numret {mob} och namnet "{nick:2}". Lappen lämnad till polisen ({sur:3}).',
    "stodboende|visitation|Genomgång av {lgh} med {full:1|g} samtycke den {date}. [[Ingen]] narkotika hittad."
    " Närvarande {first:2} och {first:3} från boendestödet.",
    "hvb_personal|visitation|{first:1} vägrade visitation efter permissionen och låste in sig på"
    " toaletten. Efter"
    " samtal med {first:2} lämnade hon ut en vape och {amount}. Anteckning till soc ({sur:3}).",
    "nattpersonal|visitation|Tillsyn {time}: {lowf:1} inte ensam på rummet, {first:2} från {home} låg gömd i"
    " garderoben. Ringde deras personal på {tel}. Hämtad kl {time} av personal {first:3}.",
    "hvb_chef|visitation|Protokoll rumsgenomgång\nBoende: {full:1} ({snr})\nDatum: {date}\nNärvarande:"
    " {full:2},"
    " {full:3}\nResultat: knogjärn, {amount} kontant, mobil med okänt nummer ({mob})\nPolis: {case}",
    "stodboende|visitation|Pga upprepad lukt av cannabis i trapphuset på {street} gick vi igenom {first:1|g}"
    " och {first:2|g} förråd tillsammans med hyresvärdens {first:3}. Fynd: [[Inga]].",
    # lss: an LSS home's daily notes, letters to relatives
    "lss_personal|lss|{first:1} har haft en bra dag. Var på {venue} med {first:2} på förmiddagen. Ätit bra."
    " Ringt mamma {full:3} kl {time}. [[Glad]] och nöjd vid läggningen.",
    "lss_personal|lss|dagbok {date}\n{lowf:1} ville inte gå till dagverksamheten. {first:2} satt med henne på"
    " rummet. eftermiddag promenad till {place} och {org}.\n/{first:3}",
    "lss_personal|lss|Gruppbostaden – veckobrev {week}\nHej anhöriga! Denna vecka har {first:1}, {first:2}"
    " och"
    " {first:3} varit på utflykt till {place}. Nästa vecka börjar {full:4} som timvikarie.\nHälsningar"
    " {first:5}",
    "lss_personal|lss|Brukare {full:1} fick ett anfall kl {time}, ca {antal} min. Ringde 112, ambulans till"
    " {venue}. God man {full:2} ({mob}) underrättad.",
    "lss_personal|lss|Korttids {date}: {first:1} hämtades av pappa {full:2} kl {time} i bil {plate}. Glömde"
    " medicinen, {first:3} körde ut den till {addr}.",
    "lss_personal|lss|{low:1} har fått ny ledsagare, {full:2}. Första träffen blir den {date} på {venue}."
    " Ledsagaren nås på {mail}.",
    "lss_personal|lss|Till anhöriga: {first:1|g} fickpengar för veckan ({amount}) ligger i plånboken, kvittot"
    " från apoteket sparat. Frågor till {first:2} på {tel} eller {mail}.",
    "lss_personal|lss|natt: {lowf:1} vaknade {time} och grät, ville till mamma. sov igen efter ca {antal}"
    " min."
    " {first:2} la en extra filt. {wfirst:3} informerad vid överlämningen.",
)
