"""Frames of the thirty-fourth blind corpus, file d: short Kommentar cells, follow-ups (uppföljning) and the
Plats and Rapportör cells of a housing company's rows in the weekly EST report. Each frame is
`role|style|template` (tests/blind34_fill.py says what a slot is)."""

# ruff: noqa: E501

FRAMES_D = (
    # ------------------------------------------------------------------ kommentar
    "handlaggare|kommentar|Kommentar: hg {full:1} ({pnr}) vill bli uppringd, {mob}. Ärendet skickat till {first:2}.",
    "handlaggare|kommentar|samma som förra veckan, {first:1} har pratat med {low:2} igen",
    "handlaggare|kommentar|Tredje gången denna månad. {sur:1} (fsk) föreslår kamera i garaget på {street}.\n/ {first:2}",
    "handlaggare|kommentar|Se även ärendet från {date} (samma bil, {plate}). {full:1} har bett oss kontakta {org}. [[Inga]] nya uppgifter från {first:2}.",
    "handlaggare|kommentar|Kom.: Polisen ({case}) vill ha kopia på filmen från {addr}. {first:1} ordnar, {first:2} godkänner.",
    "handlaggare|kommentar|{first:1}: ok, tar det med {wfirst:2} imorgon. [[Bo]] kvar gör hg i alla fall.",
    "handlaggare|kommentar|Kommentar {date}: Hg {full:1} flyttar ut, lgh besiktas av {first:2} på fredag. Nyckel lämnas till {first:3}.",
    "handlaggare|kommentar|obs ej lämna ut {first:1|g} nr ({mob}) till grannen {full:2}!!",
    # ------------------------------------------------------------------ uppföljning
    "uppfoljning|uppfoljning|Uppföljning {week}: klottret på {street} sanerat den {date}, nytt klotter redan dagen efter. {full:1} följer upp med {org}. Nästa avstämning med {sur:2} {week}?",
    "uppfoljning|uppfoljning|Uppf. ärende {full:1} ({lgh}): grannen har fått varning, enl. {first:2} har det varit lugnare. Avslutas om inget nytt till den {date}.",
    "uppfoljning|uppfoljning|Status: pågående\nAnsvarig: {full:1}\nSenast kontakt: {date}, med hg {full:2} ({snr})\nNästa steg: möte med {org} och {full:3} från {kommun}",
    "uppfoljning|uppfoljning|Uppföljning trygghetsvandring {place} ({date}):\n– belysning {street}: klart\n– buskar vid {venue}: beställt\n– övergiven bil {plate2}: bortforslad\nAnsvarig {first:1}, kontakt {first:2} på {org}",
    "uppfoljning|uppfoljning|Återkopplat till {first:1} (anmälare) {date} att vi bytt lås. Hon nöjd. {first:2} stänger ärendet.",
    "uppfoljning|uppfoljning|{full:1|g} ärende: ingen åtgärd än, väntar på polisen ({case}). Handläggare {sur:2} har meddelat hg.",
    "uppfoljning|uppfoljning|uppföljning: {lowf:1} säger att ungdomarna flyttat sig till {place} istället. {nick:2} och gänget syns vid {venue} varje kväll efter kl {time}.",
    "uppfoljning|uppfoljning|Följs upp {week} av {full:1} och {wfirst:2}. Hg {wsur:3} kontaktas per {mail}.",
    # ------------------------------------------------------------------ plats och rapportör
    "rapportor|platscell|Plats: trapphus {addr} ({fast}), plan 3\nRapportör: {full:1}, Bovärd",
    "rapportor|platscell|Plats: Garaget under {street} (infart från {pstreet})\nRapportör: Väktare {sur:1} / {org}",
    "rapportor|platscell|Plats: {place}, lekplatsen bakom {venue}\nRapportör: {full:1} (fsk) & {first:2} (tv)",
    "rapportor|platscell|Plats: {fast}, källarförråd\nRapportör: {caps:1} – områdesansvarig {place}",
    "rapportor|platscell|Plats: utanför {lgh}, {addr}\nRapp: kundtjänst/{first:1}, uppgiftslämnare {full:2} ({tel})",
    "rapportor|platscell|Plats: soprum bakom {venue} / {street}\nRapportör: {low:1} (jour), {wsur:2} (fsk)",
    "rapportor|platscell|Plats: p-plats {place} ({plate} + {plate2})\nRapportör: {full:1}, tv {first:2}",
    "rapportor|platscell|Plats: busshållplats {line}, {place}\nRapportör: {org}, väktare {full:1} & {nick:2}",
)
