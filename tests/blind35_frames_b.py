"""Frames of the thirty-fifth blind corpus, part b: rows from socialtjänstens fältgrupp, the kommun's
trygghetssamordnare and nattvandrare. Each frame is `role|style|template` (slots: tests/blind35_fill.py)."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # --- socialtjänstens fältgrupp
    "faltgrupp|socialtjanst_faltgrupp|Fältgruppen ({first:1}, {first:2}) — {place}, kväll.\n{antal} unga "
    "vid {venue}, lukt av cannabis. Känd ungdom {full:3}, f. {pnr}, aktuell hos soc. Handläggare "
    "{full:4} informerad.",
    "socialsekreterare|socialtjanst_faltgrupp|Soc. fältgrupp: orosanmälan avseende {full:1} ({ung}) efter "
    "att han setts sälja vid {street}. Vårdnadshavare {full:2}, {addr}, {lgh}. Ärendet hos {first:3} på "
    "mottagningen.",
    "faltgrupp|socialtjanst_faltgrupp|Uppsökande {date}: pratade med {first:1}, {first:2} och {lowf:3} "
    'vid {place}. {first:1} sa att {nick:4} och "{nick:5}" rekryterar 13-åringar. Info till '
    "kommunpolisen {sur:6}.",
    "socialsekreterare|socialtjanst_faltgrupp|{full:1}, socialsekr. fältgruppen, har hembesök hos familjen "
    "{sur:2} på {addr} {lgh} efter anmälan från skolan. Sonen {first:3} ej hemma. Ny tid {date}.",
    "faltgrupp|socialtjanst_faltgrupp|OBS samordningsnr {snr} gäller {full:1} som sover i trapphus på "
    "{street}. Kontakt med härbärget. Fältare {first:2} ({mob}) och {wfirst:3} följer upp.",
    "faltgrupp|socialtjanst_faltgrupp|Ungdomar (ca {antal}) vid {place} med lustgas. {comma:1} och "
    "{comma:2} namngavs av andra. Vi ringde {first:1|g} mamma på {mob} kl {time}, hämtade honom.",
    "socialsekreterare|socialtjanst_faltgrupp|Skickat orosanmälan för {full:1} och syskonet {first:2} "
    "({ung} år). Anmälare: {full:3}, {venue}. Pappa {first:4} nås på {tel}.",
    "faltgrupp|socialtjanst_faltgrupp|{full:1} från fältgruppen: en tjej, {lowf:2}, berättar om hot på "
    "Instagram från {first:3} {sur:3}. Skärmdumpar finns. Mejlat till {mail}.",
    # --- trygghetssamordnare
    "trygghetssamordnare|trygghetssamordnare|Trygghetsvandring i {place} den {date} med {org}, "
    "{first:1} från "
    "{kommun} och boende. Brister: belysning på {street}, buskage vid {venue}. Ansvarig {full:2}.",
    "trygghetssamordnare|trygghetssamordnare|Sammanställning {week}: ordningsstörning vid {venue}. "
    "Kontaktperson fritid {full:1}, skola {full:2}, fält {first:3}. Samordnare {caps:4}",
    "trygghetssamordnare|trygghetssamordnare|{full:1} (trygghetssamordnare) har pratat med {org} om "
    "skadegörelsen, kostnad {amount}. Förvaltare {sur:2} tar fram offert. Fastighet {fast}.",
    "trygghetssamordnare|trygghetssamordnare|Möte {date} kl {time} i {venue}.\nDeltog: {full:1}, {full:2}, "
    "{full:3}, {first:4} {sur:4} (polis).\nBeslut: förstärkt fältande {week}.",
    "trygghetssamordnare|trygghetssamordnare|Rykte om skjutning vid {place} sprids i grupper, "
    "inget bekräftat enl polis. Boende {full:1} ringde oroad från {tel}. Samordnare {first:2} svarade.",
    "trygghetssamordnare|trygghetssamordnare|Åtgärdsplan {place}:\n- belysning {street} ({org})\n- "
    "klotter sanering\n- fältare fredagar\nKontakt: {full:1}, {mail}, {mob}",
    "trygghetssamordnare|trygghetssamordnare|Från samordnare {sur:1}: boende på {addr} uppger att {nick:2} "
    "och gänget förvarar saker i källaren. Bostadsbolaget ({org}) kontaktat, {full:3}, fastighet {fast}.",
    "trygghetssamordnare|trygghetssamordnare|Nyårsafton: förstärkning med ordningsvakter vid {place}. "
    "Planering {full:1}, {full:2}. Ansv. kontakt under kvällen {first:3} tel {mob}",
    # --- nattvandrare
    "nattvandrare|nattvandring|Nattvandring fre {date}: {first:1}, {first:2}, {first:3} och {wfirst:4}. "
    "[[Lugnt]] i {place}, ca {antal} unga vid {venue}, pratade med {nick:5}.",
    "nattvandrare|nattvandring|NATTVANDRARNA rapport\nVandrare: {low:1}, {first:2} {sur:2}\nKl {time} "
    "bråk vid {line} hållplats, en kille ({ung}) slog en annan. Polis kom.",
    "nattvandrare|nattvandring|Vi gick {place} – {place}. {first:1} (vandrare) kände igen {full:2} som "
    "var berusad, ringde hans pappa {first:3}. Hämtades kl {time}.",
    "nattvandrare|nattvandring|lör natt: mopeder på gångvägen vid {pstreet}, en utan skylt och en {plate}. "
    "{first:1} och {lowf:2} försökte prata med förarna. /{first:3}",
    "nattvandrare|nattvandring|{first:1} {wsur:1} och {first:2} från {org} vandrade {time} till ca "
    "01.30. Några tjejer berättade att {first:3} blivit slagen av {nick:4} igår.",
    "nattvandrare|nattvandring|Rapport nattvandring {date}\n{full:1} – samordnare\n{full:2}, {full:3}, "
    "{full:4}\nInget särskilt, kallt, få ute.",
    "nattvandrare|nattvandring|En mamma, {full:1}, {addr}, gick med oss för första gången. Hennes "
    "son {first:2} "
    "ville inte prata. Vid {venue} mötte vi {nick:3} som var stökig.",
    "nattvandrare|nattvandring|Halloween: ägg och smällare mot bussar på {street}. {org} stängde av "
    "{line} en timme. Vandrare {full:1} blev träffad. Polisanmält {case}.",
)
