"""Frames of the thirty-fifth blind corpus, part d: the Rapportör and Plats cells of the weekly EST report as
many hands fill them in (a unit, a person, both, or a whole signature), and follow-ups of earlier rows.
Each frame is `role|style|template` (slots: tests/blind35_fill.py)."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # --- Rapportör-cellen
    "rapportor|rapportor_cell|Fältgruppen / {full:1}",
    "rapportor|rapportor_cell|{full:1}, fritidsledare {venue}, mobil {mob}",
    "rapportor|rapportor_cell|{comma:1} (kurator)\n{mail}",
    "rapportor|rapportor_cell|Rapportör: {first:1} + {first:2} (fältare), {first:3} (OV)",
    "rapportor|rapportor_cell|{low:1}, {tel}, trygghetsvärd {org}",
    "rapportor|rapportor_cell|Skola – rektor {sur:1}, {venue}, tel {tel}",
    "rapportor|rapportor_cell|{caps:1}\nNattvandrarna {place}\n{mob}",
    "rapportor|rapportor_cell|{nick:1} enl. {first:2} på gården (ej bekräftat), inrapp. av {full:3}",
    # --- Plats-cellen
    "plats|plats_cell|Utanför {venue}, vid ingången mot {street}",
    "plats|plats_cell|{addr}, trapphuset, {lgh} (hos {full:1})",
    "plats|plats_cell|Gångtunneln under {pstreet} mellan {place} och {venue}",
    "plats|plats_cell|{place}, hållplatsen för {line}, vid kiosken där {first:1} jobbar",
    "plats|plats_cell|{first:1} {sur:1|g} lägenhet, {addr}",
    "plats|plats_cell|Parkeringen vid {venue} (bilarna {plate} och {plate2} stod där)",
    "plats|plats_cell|Skogen bakom {venue}, stigen mot {place} (fynd anmält {case})",
    "plats|plats_cell|Fastighet {fast}, källarförråd. Kontakt förvaltare {full:1}",
    # --- uppföljning
    "samordnare|uppfoljning|Uppföljning {week}: {full:1} har fått plats på sommarjobb. {first:2} och "
    "{nick:3} fortsatt oroliga, samtal med soc {date}. /{first:4}",
    "samordnare|uppfoljning|Följer upp rad från {date}: {first:1} {sur:1} flyttad till annan skola. "
    "Ingen ny händelse vid {venue}. Familjen {sur:2} har flyttat från {addr}.",
    "faltassistent|uppfoljning|Uppf. {first:1}: träffade {low:2} igen på {place}. Hon mår bättre, har "
    "kontakt med {wfirst:3} på ungdomsmottagningen.",
    "kurator|uppfoljning|{full:1} (kurator) följer upp: eleven {first:2} har fått skyddat boende, ny "
    "adress hemlig. Tidigare adress {addr}. Sambo {full:3}, samordningsnr {snr}.",
    "samordnare|uppfoljning|Status pågående. Möte med {org} och {kommun} den {date} kl {time}. Från "
    "skolan kommer {full:1}, från fritid {full:2}.\nNästa avstämning {week}.",
    "faltassistent|uppfoljning|Har försökt nå {full:1} på {mob} tre gånger. Ingen kontakt. Mormor "
    "{first:2} säger att han bor hos {nick:3} i {place}. /{first:4} {wsur:4}",
    "trygghetssamordnare|uppfoljning|Insats slutförd. Belysning {pstreet} ({amount}). Boende "
    "{full:1} nöjd. Tack till {first:2} {wsur:2} på {org}!",
    "elevhalsa|uppfoljning|Uppföljningsmöte {date}: {full:1}, {full:2} och {first:3} (mamma). "
    "Polisärendet {case} nedlagt. {first:3} vill ha stöd.",
)
