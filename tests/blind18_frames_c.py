# ruff: noqa: E501
"""Frames of the eighteenth blind corpus, part c: LOB and LVU notes, orosanmälningar (from police, school and
social services' on-call team) and kriminalvården's and frivården's mentions. Each frame is
`role|style|template`."""

FRAMES_C = (
    "omradespolis|lob_lvu|LOB {date} kl {time}: {full:1} ({ung}) kraftigt berusad vid {inst}. Förd till arresten av polisassistent {sur:3}, sedan hämtad av pappa {full:2}. Orosanmälan skickad.",
    "omradespolis|lob_lvu|Omhändertagande enligt LOB\nNamn: {comma:1}\nPersonnummer: {pnr}\nPlats: {street}, {place}\nÖverlämnad till: {rescue}\nPatrull: {full:2} och {full:3}",
    "socjour|lob_lvu|Beslut om omedelbart omhändertagande enligt 6 § LVU för {first:1} ({ung}). Pojken hämtades av polis på {addr} och placerades på HVB. Handläggare {full:2}, socialjouren. {first:1|g} vårdnadshavare {full:3} och {full:4} underrättade.",
    "socjour|lob_lvu|LVU-ärende {first:1} {sur:1}: Polisen biträdde socialtjänsten vid hämtning kl {time}. Flickan hade rymt från ett HVB-hem och hittades hos pojkvännen {full:2} i {place}. Socialsekreterare {wsur:3} följde med.",
    "omradespolis|lob_lvu|{full:1} ({vuxen}) LOB:ad igen, tredje gången {week}. Hittad liggande vid {inst}. Kontakt med {org} via {full:2}, tel {tel}.",
    "socjour|lob_lvu|Polisen har biträtt vid verkställighet av LVU-beslut gällande {full:1}, {snr}. Placering på SiS-hem. Mamma {first:2} var upprörd men samarbetade. Ansvarig: {full:3}",
    "omradespolis|lob_lvu|LOB natt mot söndag: två unga, {wfirst:1} ({ung}) och {first:2} ({ung}), omhändertagna vid {inst} efter att ha druckit hembränt. Föräldrar kontaktade: {full:3} och {full:4}.",
    "socjour|lob_lvu|Socialjouren, {date}: {full:1} placeras enligt 2 § LVU efter att polisen hittat honom med kniv vid {street}. Kontaktman: {full:2}, {mob}. Familjen bor på {addr}, {lgh}.",
    "omradespolis|lob_lvu|[[Alla]] tre som omhändertogs enligt LOB vid {inst} var under 18. {full:1}, {full:2} och {first:3} hämtades av föräldrar. Områdespolis {full:4}",
    "socjour|lob_lvu|lvu {first:1}: rymt igen från hvb, senast sedd {place} med {lowf:2}. polisen efterlyser. /{full:3} socjouren",
    "kommunpolis|orosanmalan|Orosanmälan avseende {full:1} ({ung}), boende {addr}. Pojken påträffades av polis vid {inst} kl {time} i sällskap med äldre personer kända för narkotikabrott, bland dem {full:2}. Anmälare: polisassistent {full:3}",
    "skolkurator|orosanmalan|Orosanmälan från {inst}: {first:1} i åk 8 har berättat för mentor {full:2} att hon blir slagen hemma. {first:1|g} pappa heter {full:3}. Anmäld av kurator {full:4}, tel {tel}.",
    "kommunpolis|orosanmalan|Orosanmälan {date}\nBarn: {full:1}, {pnr}\nVårdnadshavare: {full:2}, {mob}\nAnledning: Barnet har setts kl {time} vid {inst} med {full:3} och {full:4}, båda kända av polisen.",
    "socsek|orosanmalan|Till socialtjänsten i {place}: Vi har fått in tre orosanmälningar om {full:1} på kort tid, senast från polisen efter bråket på {street}. Föräldrarna {full:2} och {full:3} kallas till möte {week}. Handläggare {full:4}",
    "kommunpolis|orosanmalan|{full:1} ({ung}) omhändertogs vid {inst} med en större summa kontanter, {amount}. Orosanmälan skickad. Mamma {first:2} uppger att pengarna kommer från {first:3}.",
    "skolkurator|orosanmalan|Hej, jag skickar en orosanmälan om {first:1} {sur:1}. Han har inte varit i skolan sedan {date} och kompisarna säger att han hänger med äldre killar vid {inst}, bl a {first:2}. Mvh {full:3}, kurator",
    "kommunpolis|orosanmalan|Orosanmälan: Två syskon, {first:1} ({ung}) och {first:2} ({ung}), ensamma i lägenheten på {addr} när polisen kom dit kl {time}. {first:1|g} och {first:2|g} mamma, {full:3}, kom hem en timme senare. Polis {full:4}",
    "socsek|orosanmalan|Orosanmälan från {rescue}: Ambulanspersonalen {full:1} och {full:2} hämtade en berusad {ung}-åring, {first:3}, vid {inst}. Flickans mamma {full:4} nåddes på {mob}.",
    "kommunpolis|orosanmalan|orosanmälan skickad om {lowf:1} ({ung}) igen, sågs sälja i trapphuset {addr}. samma gäng som {lowf:2} o {lowf:3}. /{first:4}",
    "skolkurator|orosanmalan|{full:1}, rektor på {inst}, har gjort orosanmälan om {first:2} ({ung}) efter att polisen hittat honom i {place} sent på natten. Kontakt: {mail}",
    "frivard|kriminalvard|Frivården {place}: {full:1} är villkorligt frigiven sedan {date} och har övervakare {full:2}. Han har förbud att vistas vid {inst}. Vid misstanke om brott, ring {tel}.",
    "frivard|kriminalvard|Kriminalvården meddelar att {full:1}, {snr}, friges från anstalt {week} och flyttar tillbaka till {addr}. Frivårdsinspektör {full:2} håller i planeringen.",
    "frivard|kriminalvard|{full:1} avtjänar fotboja i bostaden på {street}. Kontrollant {full:2} från frivården noterade att han lämnat bostaden kl {time}. Polisen underrättad.",
    "kommunpolis|kriminalvard|Kriminalvården har flyttat {full:1}, kallad {nick:1}, från häktet i {place} till anstalt. Hans kumpaner {full:2} och {full:3} är fortfarande på fri fot.",
    "frivard|kriminalvard|Övervakningssamtal inställt: {first:1} kom inte. Frivårdsinspektören {sur:2} har underrättat {unit}. Klienten bor hos sin mamma {full:3} i {place}.",
    "frivard|kriminalvard|Frivården {place}: {full:1} har ungdomstjänst 60 timmar hos {org} och har hittills gjort 12. Handledare {full:2}, {mob}.",
    "kommunpolis|kriminalvard|Info från Kriminalvården: {caps:1} ({vuxen}) permitteras under helgen och kommer att vistas hos {full:2} på {addr}. Ingen kontakt får ske med målsäganden {first:3}.",
    "frivard|kriminalvard|Ungdomsövervakning: {full:1} ({ung}) har elektronisk kontroll till {date}. Koordinator {full:2} samarbetar med fältassistent {full:3} om vistelseförbudet vid {inst}.",
    "frivard|kriminalvard|{first:1} {sur:1} rymde från öppen anstalt kl {time}. Han är {vuxen} år och kallas {nick:1}. Kriminalvården har underrättat polisen i {place}. Tips till {full:2}, {tel}.",
    "frivard|kriminalvard|frivården ringde ang {low:1}, ska bo hos brorsan {lowf:2} på {street} efter frigivningen {date}. /{full:3}",
)
