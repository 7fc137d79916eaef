"""Frames of the seventy-fifth blind corpus, part c: deviations reported by nurses (the region's deviation
system), the emergency room's triage notes, and the staff's chat and SMS about what happened on a shift.

A frame is `role|style|template` (tests/blind75_fill.py says what each slot is filled with).
"""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # -- avvikelse: a deviation report, form fields and free text
    "sjukskoterska|avvikelse|Avvikelse\nEnhet: {ward}, {venue}\nHändelsedatum: {date}\nBeskrivning: patient"
    " {full:1} ({pnr}) fick fel patients armband – {full:2|g} armband. Upptäcktes av usk {first:3}.",
    "sjukskoterska|avvikelse|Rapporterad av {full:1}. Anhörig till patient i {spot} filmade personalen med"
    " mobilen och hotade att lägga ut det. Anhörig: {full:2}, tel {mob}. Väktare {sur:3} tillkallad.",
    "sjukskoterska|avvikelse|Väntetid > 6 h för {comma:1} ({vuxen} år), {triage}. Pat gick hem utan att ha"
    " träffat läkare. Sonen {first:2} ringde senare från {tel} och var mycket arg.",
    "underskoterska|avvikelse|Avvikelse nr 1234 – läkemedel saknas i akutrummet. {first:1} och {first:2}"
    " letade i 20 min. Ansvarig apotekare {sur:3} kontaktad via {mail}.",
    "sjukskoterska|avvikelse|Patient {full:1}, {snr}, skrevs ut till fel adress ({addr} i stället för"
    " {fast}). Hemtjänsten i {place} fick inget besked. Anmält av {init:2}.",
    "sjukskoterska|avvikelse|{full:1|g} dotter {full:2} uppger att hennes mamma blev liggande i korridoren"
    " från kl {time} till morgonen utan tillsyn. Dottern nås på {mob} eller {mail}.",
    "barnmorska|avvikelse|Hot mot personal BB. Pappan {lowf:1} vägrade lämna rummet efter besökstid,"
    " hotade barnmorskan {full:2}. Polis kallad kl {time}. [[Tom]] flaska hittades senare på toaletten.",
    "sjukskoterska|avvikelse|Sammanfattning: ambulans med {full:1} fick vänta {spot} i 40 min pga"
    " överbeläggning på {ward}. Ambulanssjuksköterska {wsur:2} (förnamn okänt) rapporterade.",
    # -- triagenotat: triage at the ER, short fields
    "sjukskoterska|triagenotat|Triage {time}\nPat: {caps:1}\nPnr: {pnr}\nSökorsak: buksmärta\nFärg:"
    " {triage}\nMedföljande: {full:2} (sambo)\nPlacering: {spot}",
    "sjukskoterska|triagenotat|{full:1}, {vuxen} år, kom gående till {venue} med hjälp av grannen {wfirst:2}."
    " {triage}. Kontaktperson {first:3} {mob}.",
    "sjukskoterska|triagenotat|Pat saknar pnr, reservnummer tilldelat. Uppger namn {full:1}, bor hos kusinen"
    " {full:2} på {addr}. Kom med {line}. Tolk behövs (arabiska). Ring tolkförmedlingen {tel}.",
    "sjukskoterska|triagenotat|TRIAGE: {triage} – {comma:1}, {pnr}. Skuren i handen på jobbet ({org})."
    " Chefen {sur:2} körde hit honom i bil {plate2}.",
    "sjukskoterska|triagenotat|inkom kl {time} med polis. {low:1}, {snr}, misstänkt rattfylla, bil {plate}."
    " Polis {sur:2} väntar i {spot}. Ärende {case}. Ssk {first:3}.",
    "lakare|triagenotat|Bedömd av dr {sur:1} kl {time}. Patienten {full:2} ({ung} år) – fallit från"
    " moped på {pstreet} i {place}. Mamma {full:3} på väg, nr {mob}.",
    "sjukskoterska|triagenotat|Sökorsak: [[Sten]]? Flanksmärta vä. Pat {full:1}, {pnr}, bor {addr}."
    " Sambo {nick:2} väntar ute.",
    "sjukskoterska|triagenotat|{full:1} – återkommer för tredje gången {week}. Hänvisad till {venue},"
    " öppet {hours}. Fru {first:2} {wsur:2} med.",
    # -- personalchatt: staff chat and SMS, lowercase, haste
    "sjukskoterska|personalchatt|{first:1}: är väktarna på väg?? han på {spot} börjar bli stökig\n"
    "{first:2}: ringt {sur:3} nu, de kommer\n{first:1}: tack",
    "underskoterska|personalchatt|någon som vet vem {lowf:1} är? hon har ringt typ 10 ggr och frågar efter"
    " sin pappa {full:2}. nummer {mob}",
    "sjukskoterska|personalchatt|OBS alla: {full:1} är tillbaka. Han som hotade {first:2} på {ward} förra"
    " veckan. Vakterna informerade. /{first:3}",
    "sjukskoterska|personalchatt|kan nån ta pass {date}? {first:1} är sjuk. Hör av er till mig {mob} //"
    " {wfirst:2}",
    "underskoterska|personalchatt|{nick:1} från {place} var här igen ikväll, full. {first:2} och jag fick"
    " hjälp av {wfirst:3} i vakten. kl {time} lugnt igen",
    "lakare|personalchatt|Pga hotet mot {first:1} i helgen: {full:2} ({pnr}) ska inte släppas in utan"
    " väktare. Ansv. överläkare {sur:3}.",
    "sjukskoterska|personalchatt|{first:1} har parkerat på ambulansplats igen (den vita {plate}) 😡"
    " säg till henne nån",
    "sjukskoterska|personalchatt|tack för idag alla. extra tack till {first:1} och {low:2} som tog hand om"
    " bråket vid {spot}. skriver avvikelse imorgon – {first:3}",
)
