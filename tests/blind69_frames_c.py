"""Frames of the sixty-ninth blind corpus (tests/blind69_corpus.py), file c:
fights, drug seizures at the entrance and the police commander's notes.

Each frame is `role|style|template`; the slots are tests/blind69_fill.py's. Written by hand, without
reading the redaction or any other corpus's frames.
"""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    (
        "ov|brak|Slagsmål vid {spot} kl. {time}. {full:1} ({vuxen}) slog {full:2} i ansiktet "
        "efter en dispyt i kön. OV {sur:3} och {sur:4} ingrep. {first:2|g} läpp blödde. Polis "
        "kallad, ärende {case}. Vittne {first:5}, {mob}."
    ),
    (
        "vakt|brak|Bråk utanför grindarna mot {street}: tre killar ({ung}-{ung} år) mot en. "
        "Angriparna sprang mot {place}. Offret, {full:1}, ville inte göra anmälan. Beskrivning "
        'av en gärningsman: kallades "{nick:2}" av de andra, svart [[Nike]]-keps. '
        "Inrapporterat av vakt {full:3}."
    ),
    (
        "polis|brak|Misshandel {date}, {venue}\n"
        "Målsägande: {full:1}, {pnr}, {addr}\n"
        "Misstänkt: {full:2}, {snr}\n"
        "Händelse: slag mot huvudet i barområdet. Den misstänkte omhändertogs av OV {full:3}.\n"
        "Ärende: {case}"
    ),
    (
        "ov|brak|{caps:1} (OV) rapporterar: Kl. {time} knuffades en kvinna omkull vid {spot}. "
        "Gärningsmannen, {full:2}, hade druckit och skrek åt kvinnans pojkvän {first:3}. Han "
        "fördes bort av mig och {first:4}. Kvinnan, {lowf:5}, ville bara gå hem."
    ),
    (
        "vakt|brak|Gruppchef {full:1} till säkerhetsledningen: Det har varit tre slagsmål på "
        "kort tid vid {spot}, alla med samma gäng från {place}. Vi känner igen {full:2} och en "
        "som kallas {nick:3}. Föreslår att vi stänger den entrén efter kl. {time} och ber "
        "polisen ({sur:4}) om en patrull vid hållplatsen för {line}."
    ),
    (
        "polis|brak|Kl. {time} larmades polis till {venue} där flera personer slogs. {full:1} "
        "greps misstänkt för misshandel; {full:2} fördes till sjukhus. Vittnen: {full:3} "
        "({mob}) och {full:4} ({mob}). Förundersökningsledare {sur:5}."
    ),
    (
        "ov|brak|incident {time} – tjej ({ung}) fick en ölburk i huvudet framför scen. "
        "kastaren pekades ut av publik som en {lowf:1} i gul tröja. OV {first:2} + {first:3} "
        "hittade honom: {full:4}, f {pnr}. avvisad. tjejens pappa {full:5} vill anmäla, tel {mob}."
    ),
    (
        "vakt|brak|Bråk i kön till toaletterna\n"
        "Inblandade: {full:1} och {full:2} (bröder?), samt en man med efternamnet {wsur:3}\n"
        "{time}: Vakterna {first:4} och {nick:5} skilde på dem.\n"
        "{time}: Alla tre avvisade via {pstreet}."
    ),
    (
        "entre|visitation|BESLAG VID ENTRÉ\n"
        "Datum: {date}\n"
        "Entré: {spot}\n"
        "Person: {full:1}, {pnr}\n"
        "Beslag: {antal} tabletter (misstänkt ecstasy) i strumpan, {amount} kontant\n"
        "Visiterad av: OV {sur:2}\n"
        "Vittne: OV {sur:3}\n"
        "Polisen (patrull {full:4}) tog över. Ärende {case}."
    ),
    (
        "entre|visitation|Vid {spot}, kl. {time}: hundförare {full:1} med narkotikahund "
        "markerade på {full:2} ({ung} år). Vid visitation hittades en påse cannabis. {first:2} "
        "sa att den var kompisen {first:3|g}. Målsman: {full:4}, {mob}."
    ),
    (
        "entre|visitation|visitationslogg entré öst\n"
        "{time} kniv (fällkniv) – {low:1} – avvisad, polis info\n"
        "{time} snus + tändare – ok\n"
        "{time} tre påsar gräs – {full:2}, {snr} – polis {sur:3} tar över\n"
        "{time} pepparspray – {full:4} – beslag, avvisad\n"
        "sign {first:5}"
    ),
    (
        "entre|visitation|Till polisen: vid insläppet kl. {time} försökte {full:1} ta sig in "
        "med {antal} gram kokain fördelat i små påsar. När OV {sur:2} hittade påsarna sprang "
        "han mot {street}, men stoppades av {first:3} och {first:4}. Han uppgav bostadsadress "
        "{addr}, {lgh}. Kontakt med hans mamma {full:5}: {mob}."
    ),
    (
        "entre|visitation|Rapport narkotikabeslag {date}\n"
        "Vid visitation av {full:1} ({vuxen}) påträffades:\n"
        "– fyra blå tabletter\n"
        "– en vit påse\n"
        "– {amount} i kontanter\n"
        "Personen uppgav att han bor på {addr}, {lgh} och ska hem till {first:2} efter "
        "konserten. Överlämnad till polis kl. {time}. Rapportör: {caps:3}"
    ),
    (
        "entre|visitation|Kameraövervakning entré B visar att {full:1} lämnade något till "
        "{full:2} precis innan visitationen kl. {time}. {first:2} hade inget på sig. OV "
        "{sur:3} rapporterade till polisens insatsledare {full:4}. Bilen de kom i: {plate2}, "
        "parkerad på {street}."
    ),
    (
        "entre|visitation|beslag entré 3\n"
        "namn: {low:1}\n"
        "pnr: {pnr}\n"
        "beslag: två joints + grinder\n"
        "OV: {first:2} / {first:3}\n"
        "anm: polisen fick den kl. {time}, {first:4} skrev rapport"
    ),
    (
        "entre|visitation|Hej {first:1}! Sammanfattning visitation {event}: {antal} beslag "
        "totalt, mest cannabis. Två knivar. Största beslaget hos {full:2} (polisens ärende "
        "{case}). Hund från {org} hjälpte till. {wfirst:3} i entréteamet gjorde ett bra jobb. "
        "Hälsningar {full:4}, {mob}"
    ),
    (
        "polis|pic_anteckning|PIC-anteckningar {event}\n"
        "Kommenderingschef: {full:1}\n"
        "Polisinsatschef (PIC): {full:2}\n"
        "Kontakt arrangör: {full:3}, {mob}\n"
        "Läge {time}: lugnt, ca {publik} besökare.\n"
        "Läge {time}: två LOB, en misshandel ({case}).\n"
        "Beslut: extra patrull till {place} efter kl. {time}."
    ),
    (
        "polis|pic_anteckning|Insatsrapport – kommendering {date}, {event}\n"
        "PIC: {caps:1}\n"
        "Styrkor: {antal} poliser, hundförare, ridande polis.\n"
        "Händelser: {antal} LOB, tre avvisningar, ett narkotikabrott (misstänkt {full:2}, {pnr}).\n"
        "Samverkan med säkerhetschef {full:3} fungerade väl. Brister: OV {sur:4} saknade förordnande.\n"
        "Anteckningar: {init:1}"
    ),
    (
        "polis|pic_anteckning|{full:1} (PIC) kl. {time}: beslut att stänga entrén mot {street} "
        "p.g.a. trängsel. Meddelat arrangören via {wfirst:2}. Kl. {time} öppnad igen. "
        "Kommenderingschef {sur:3} informerad."
    ),
    (
        "polis|pic_anteckning|Efter insatsen ({week})\n"
        "Ingripanden: {full:1} ({vuxen}) LOB, {full:2} ({ung}) LOB, {full:3} misshandel.\n"
        "Vi hade kontakt med ungdomens vårdnadshavare {full:4} ({mob}).\n"
        "Socialjour ({kommun}) underrättad av polisassistent {sur:5}.\n"
        "Till nästa år: fler OV vid {spot}."
    ),
    (
        "polis|pic_anteckning|PIC-logg\n"
        "{time} Info från arr. ({full:1}): ca {antal} personer utan biljett vid {venue}.\n"
        "{time} Patrull skickad.\n"
        "{time} Bil {plate} kör olovligt på gångvägen vid {place}, förare {full:2}.\n"
        "{time} Föraren rapporterad, ärende {case}.\n"
        "logg förd av {lowf:3}"
    ),
    (
        "polis|pic_anteckning|Anteckningar PIC {full:1}\n"
        "Genomgång med säkerhetschefen {full:2} och kommunens {full:3} kl. {time}.\n"
        "Hotbild: låg. Kända personer i området: {full:4}, {nick:5}.\n"
        "Särskilt: {venue} – risk för trängsel vid utgång.\n"
        "Nästa avstämning kl. {time}."
    ),
    (
        "polis|pic_anteckning|Kommendering {event} – sammanfattning till länsledningen\n"
        "Ingen allvarlig händelse. {antal} LOB, ett fåtal narkotikabrott. Samverkan med {org} "
        "och {kommun} fungerade. Brist: arrangörens kontaktperson {full:1} var svår att nå; "
        "ersättaren {full:2} svarade på {mob}.\n"
        "/{init:3}, PIC"
    ),
    (
        "polis|pic_anteckning|Till: {full:1}\n"
        "Kopia: {full:2}\n"
        "Angående {event} den {date}: vi noterade att villkoret om visitation inte följdes vid "
        "{spot}. OV {wsur:3} uppgav att de var för få. Ärende {case} gäller narkotika som kom "
        "in den vägen.\n"
        "Med vänlig hälsning\n"
        "{full:4}, polisinspektör"
    ),
)
