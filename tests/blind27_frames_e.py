"""Frames of the twenty-seventh blind corpus, part e: staff's notes of what they saw or were shown online,
quoted speech and reactions gathered from comment fields and chats, and the coordinator's review of the
digital items before they enter the picture. Each frame is `role|style|template` (tests/blind27_fill.py says
what a slot is)."""

from __future__ import annotations

FRAMES_E = (
    # ------------------------------------------------------------- staff's notes of what they saw online
    "faltassistent|faltnotis|Fältnotis {date}\nUngdomar vid {venue} visade klipp på telefonen: {nick:1} "
    "och {first:2} bråkar med {full:3}. Klippet delas i {grupp}. Pratade med {first:2|g} storasyster.",
    "fritidsledare|faltnotis|Kväll på gården. {first:1} ({ung}) sa att alla snackar om {first:2} på "
    'TikTok, "han är typ kändis nu". Inget hot, men följ upp. /{first:3} & {first:4}',
    "nattvandrare|faltnotis|Nattvandring {place} {week}: lugnt fram till kl {time}. Sen samlades folk vid "
    "{venue} efter en snap om att {full:1} skulle dit. {org} kontaktades, även polisinspektör {sur:3}. "
    "Rapport: {full:2}",
    "faltassistent|faltnotis|[[Ärligt]] talat, det mesta vi hör kommer från nätet nu. Den här veckan: "
    "{first:1} har blivit uthängd på Insta av {full:2}, och {wfirst:3} säger att {nick:4} hotar folk på "
    "Snap. Fältare {sur:5}",
    "trygghetsvard|faltnotis|Trygghetsvärd {sur:1}: boende på {addr}, {lgh} visade FB-inlägg där hennes son "
    "{first:2} pekas ut för bilbranden {date}. Hon är rädd. Numret till henne: {mob}.",
    "socialsekreterare|faltnotis|Från socialtjänsten (avidentifieras före delning!): {full:1}, "
    "{pnr}, nämns i Snapchatgrupp som säljare vid {venue}. Handläggare {sur:2}, {tel}.",
    "fritidsledare|faltnotis|[[Bror]] jag lovar, sa {first:1} när jag frågade om klippet vid {street}. "
    "Han påstod att {first:2} och {first:3} gjorde det. Kolla med {org}. {first:4}",
    "faltassistent|faltnotis|Note to self: kolla kontot {user:1} – postar bilder från {venue} varje kväll "
    "kl {time}. Enl. {first:2} är det {full:3} ({ung}) som driver det. Ta upp med {sur:4} på polisen. Hans "
    "mamma ringde från {mob}",
    # ------------------------------------------------------------- quoted speech and reactions
    'kommunikator|reaktioner|Reaktioner på nyheten om skjutningen i {place}:\n"Fy fan, {first:1} bor '
    'ju där" – {full:2}\n"RIP {nick:3} 🕊️" – {first:4}\n"[[Tragiskt]]" – {full:5}',
    'fritidsledare|reaktioner|Citat från ungdomarna efter helgen: "[[Wallah]] det var inte vi", "{first:1} '
    'började", "fråga {wsur:2}, han är ju vakt vid {venue}". Citaten från {first:3} och {first:4}.',
    "kommunikator|reaktioner|{likes} arga reaktioner på inlägget om nya kameror vid {street}. Typiska "
    'kommentarer: "Big brother {tag}" ({first:1}), "äntligen!!" ({full:2}), "[[Love]] it" ({first:3}). Svar '
    "från säkerhetschef {sur:4}: kamerorna är lagliga.",
    'faltassistent|reaktioner|Ungdom ({ung}) till mig: "Alla vet att {full:1} brände bilen, han la upp '
    'det på sin story". Hans kompis {lowf:2}: "[[Shhh]] bre". Sagt vid {venue} kl {time}. Bilen {plate} '
    "stod där.",
    "kommunikator|reaktioner|Ur kommentarsfältet ({org}):\n„{first:1} och hennes kompisar är livrädda "
    'att gå förbi {venue}" — {full:2}\n„överdriv inte" — {low:3}\n„[[Ros]] till nattvandrarna!" — {full:4}',
    'trygghetsvard|reaktioner|Boende om inlägget: "[[Hope]] ni tar det på allvar" ({first:1}), '
    '"{wfirst:2} på trean blev rånad {date}" ({first:3}), "det är {caps:4} igen" (vaktmästare {sur:5}).',
    'fritidsledare|reaktioner|Reaktionerna i gruppchatten efter bråket:\n😂😂 ({full:1})\n"{nick:2} fick '
    'smaka" ({first:3})\n"[[Keff]] gjort" ({full:4})',
    'kommunikator|reaktioner|Mest delade kommentaren {week}: "Varför gör {kommun} ingenting? Mitt barn '
    'blev slaget vid {venue}" av {full:1}. Svar från {first:2}: "samma här, {first:3|g} son också"',
    # ------------------------------------------------------------- the coordinator's review
    "samordnare|granskning|Granskning {week}, digitala källor:\n- Tips från webbformulär: innehåller namn "
    "({full:1}) och mobil ({mob}) → tas bort\n- FB-skärmdump: {first:2} och {full:3} nämns → tas bort\n"
    "- Platserna {venue} och {pstreet} behålls",
    "samordnare|granskning|Granskningsanteckning: inlägget från {grupp} om {place} behålls som "
    "ryktesspridning. Strukna uppgifter: {full:1}, {addr}, {plate}. Granskat av {first:2} den {date}. "
    "Samråd med jurist {sur:3}.",
    "samordnare|granskning|Till lägesbilden {week}: {antal} inlägg om {street}. Personuppgifter i "
    "underlaget: {comma:1}, {mail}, {lgh}, {fast}. Behålls: plats, tid (kl {time}), kategori.",
    "samordnare|granskning|GRANSKNING\nKälla: Discord (fritidsgården)\nNamngivna: {user:1}, {first:2}, "
    '{full:3}\nPersonnummer i underlaget: {snr}\nBeslut: endast "hot mot ungdom vid {venue}" går vidare',
    "samordnare|granskning|Kommentar från granskare {sur:1} ({mail}): tipset från appen nämner {full:2} och "
    "{wsur:3} (som jobbar på {org}). Ta bort namnen, behåll {place} och {line}.",
    "samordnare|granskning|Ej godkänt ännu: rapporten från fältet har kvar {init:1}, telefon {tel} och "
    "fastighet {fast}. Skickas tillbaka till fältsekreterare {sur:2}. Till mötet den {date}.",
    "samordnare|granskning|Digitalt underlag {week} (sammanställt av {first:1}):\nTikTok 3 st, Insta 5 st, "
    "FB 11 st. Uthängda: {full:2}, {low:3}, {full:4}. Ärende {case} nämnt i ett inlägg. Summa skada: "
    "{amount} enl. {org}",
    "samordnare|granskning|Inför avstämningen: {first:1} och {full:2} (på Instagram) fortsätter posta från "
    "{venue}. {full:3} från bostadsbolaget vill ha en insats {week}. Ansvarig: {full:4}",
)
