"""Frames of the thirty-third blind corpus, part b: Åtgärd cells, Kommentar cells and Rapportör cells.
A frame is `role|style|template` (tests/blind33_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_B = (
    # atgard_cell: the Åtgärd cell
    "samordnare|atgard_cell|[[Dag]] två av förstärkt fältnärvaro {week}. {first:1} + {first:2} tar"
    " fredagen, {full:3} lördagen. Återkoppling till {org}.",
    "fastighetsskotare|atgard_cell|Klottersanering beställd ({amount}). Ansvarig: {full:1}. Kontakt"
    " hyresgäst {sur:2} via {mob} eller {tel}.",
    "kommunpolis|atgard_cell|Ökad närvaro {place} i helgen och på {line}, patrull + kommunpolis {sur:1}."
    " Anm upprättad {case}. Info till {first:2} på {kommun}.",
    "trygghetsvard|atgard_cell|Pratat m ungdomarna, bl.a {first:1} o {lowf:2}. Lovat återkomma. [[Per]]"
    " telefon med {full:3} (fältare) som har kontakt m familjerna.",
    "fritidsledare|atgard_cell|Förlängd öppettid {week} på {venue}. Ansvariga {first:1}, {first:2} och"
    " {first:3}, kostnad ca {amount} från {kommun}.",
    "vaktare|atgard_cell|Extra rond kl {time} och kl {time} t.o.m. {week}. Beställare {full:1}, {org}."
    " Väktare: {first:2}, {first:3}.",
    "socialsekreterare|atgard_cell|SIG-möte bokat {date}. Deltar: {full:1} (soc), {full:2} (skola), polis"
    " {sur:3}. Vårdnadshavare {full:4} ({pnr}) kallas.",
    "raddningstjanst|atgard_cell|Brandskyddsinfo i trapphusen på {street}. Utförs av {first:1} och"
    " {first:2}, RTJ. Kontakt {full:3}, {tel}.",
    # kommentar_cell: the Kommentar cell
    "samordnare|kommentar_cell|Har pratat med {first:1} och {full:3} om detta den {date}, hon återkommer."
    " /{first:2}",
    "kommunpolis|kommentar_cell|Samma grupp som v. innan? {nick} och {lowf:1} nämns i flera tips. Bil"
    " {plate} sedd flera gånger. kollega {sur:2} kollar med spaningen",
    "fastighetsskotare|kommentar_cell|kostnad ca {amount}, faktura till {org}. hyresgästen {low:1} har"
    " klagat flera ggr, även grannen {first:2}",
    "trygghetsvard|kommentar_cell|OBS! {caps:1} vill inte bli kontaktad igen efter händelsen vid {venue}."
    " Ta det via {first:2} istället.",
    "fritidsledare|kommentar_cell|{first:1} tycker vi ska ta upp det på EST-mötet den {date}. håller med"
    " //{first:2}",
    "vaktare|kommentar_cell|Se även rapport från {first:1} natten innan om {plate2}. Arbetsledare {sur:2}"
    " informerad kl {time}.",
    "skolpersonal|kommentar_cell|Vi på {venue} ser samma mönster. {full:1}, kurator, nås på {tel}. Även"
    " {first:2} (lärare) har koll.",
    "socialsekreterare|kommentar_cell|Känd hos oss sedan tidigare, {snr}. Handläggare {full:1}, {kommun},"
    " ersättare {first:2} {week}.",
    # rapportor_cell: the Rapportör cell
    "trygghetsvard|rapportor_cell|Trygghetsvärdar {place}: {first:1}/{first:2}",
    "fastighetsskotare|rapportor_cell|{org} ({place}) – {full:1} / {first:2}",
    "kommunpolis|rapportor_cell|Kommunpolis {place}, {full:1} ({mail}), ers. {first:2}",
    "faltassistent|rapportor_cell|{full:1}, {full:2} (fältassistenter {place})",
    "vaktare|rapportor_cell|{caps:1} / {org} nattpass {date}, med {first:2}",
    "fritidsledare|rapportor_cell|{venue} – {first:1}, {first:2}, {nick}",
    "raddningstjanst|rapportor_cell|{org}, insatsledare {sur:1}, styrka {first:2} & {wfirst:3}",
    "samordnare|rapportor_cell|{comma:1}\n(samordnare {kommun})\n{mail}\ners. {full:2}",
)
