"""Frames of the sixty-third blind corpus, part d: police notes and the kommunpolis' excerpts, the kommun's
safety coordinator's notes and security guards' reports. `role|style|template`; slots as in
tests/blind63_fill.py."""

FRAMES_D = (
    # polis: police notes
    "kommunpolis|polis|Rån mot taxichaufför, {place}, natt mot {date}. Målsägande {full:1}, född {pnr}."
    " Misstänkt {full:2}, {snr}, tidigare känd. Ärende {case}.",
    "kommunpolis|polis|Händelsenr {case}\nKlockslag: {time}\nPlats: {venue}\nBrottstyp: Olaga"
    " hot\nMålsägande:"
    " matbud {comma:1}\nVittne: {full:2}, {mob}",
    "kommunpolis|polis|Inre befäl {sur:1}: patrull till {street} där ett bud uppges ha blivit knivhotat."
    " Budet ({first:2}, {ung} år) lämnade platsen på elcykel. Förundersökningsledare {full:3}.",
    "kommunpolis|polis|Lägesbild {week}, {place}: ökning av rån mot bud. Utpekad grupp kring {nick:1} och"
    " {nick:2}. Kontakt fältassistent {full:3}, {tel}.",
    "kommunpolis|polis|Trafikkontroll {street} kl {time}: moped klass I ({plate}) framförd i gågata. Föraren"
    " {full:1} saknade körkort. Ägare enligt register: {full:2}, {addr}.",
    "kommunpolis|polis|{caps:1}, samordningsnummer {snr}, anmäler att hans bil {plate2} vandaliserades vid"
    " {venue} efter en tvist om priset. Misstänkt kund kallad {first:2}.",
    "kommunpolis|polis|Kommunpolis {full:1} noterar: taxiförare vid {venue} utsätts för hot nästan varje"
    " helg."
    " Åkeriägaren {wsur:2} vill ha kamerabevakning. Kontakt {mail}. Föraren {first:3} vittnar.",
    "kommunpolis|polis|Bedrägeri: någon har använt {full:1|g} konto hos {org} för beställningar till {addr}"
    " ({lgh}). Anmälan {case}, handläggare {first:2}.",
    # kommun: the safety coordinator's notes
    "samordnare|kommun|Anteckning {date}: samtal med {full:1} från {org} om rån mot bud i {place}."
    " {first:1|g} förslag:"
    " samlingsplats vid {venue}. Jag återkommer efter mötet med {first:2} och {first:3}.",
    "samordnare|kommun|Trygghetssamordnare {full:1}\n{kommun}\nDir. {tel}\nMobil {mob}\n\nUppföljning"
    " klagomål från {first:2} om mopedbud på {street}.",
    "samordnare|kommun|Till {first:1}: Boende på {addr} har ringt igen om taxibilarna. Kan ni på {org}"
    " prata med era förare? Hälsningar {first:2} och {first:3}",
    "samordnare|kommun|Noterat: {full:1} (restaurang vid {pstreet}) och {full:2} (boende) är båda"
    " kritiska till lastzonen. Polisen genom {sur:3} stöder förslaget. /{first:4}",
    "samordnare|kommun|Avstämning med {org} den {date}: tre bud har rapporterat hot vid {venue} sedan {week}."
    " Kontaktperson där: {first:1} {sur:1}, {mail}.",
    "samordnare|kommun|{first:1} ringde från {venue}: en taxiförare hade fått ett slag mot huvudet, kunden"
    " kallades {nick:2}. Förs in i lägesbilden för {place}, nära {line}.",
    "samordnare|kommun|Medborgarförslag från {full:1}, fastighet {fast}: förbjud elsparkcyklar i {place}."
    " Handläggare {wfirst:2} {sur:2}. Svar senast {date}.",
    "samordnare|kommun|Besök på {place} med fältarna {first:1} och {lowf:2} kl {time}. Mopedbud körde i"
    " parken. Vi pratade med två, en av dem {full:3}.",
    # vakt: guards' shift reports in the pedestrian zone and at the taxi rank
    "ordningsvakt|vakt|Ordningsvakt {sur:1} rapporterar: kl {time} bråk vid taxikön {venue}. En man, senare"
    " identifierad som {full:2}, slog en förare. Överlämnad till polis. [[Kniv]] hittades ej.",
    "ordningsvakt|vakt|Rapport OV-team den {date} i {place}\n{time} avvisat två mopedbud från gågatan\n{time}"
    " taxiförare {first:1} bad om hjälp mot berusad kund\nVakter: {first:2}, {first:3}",
    "vaktare|vakt|Väktare {full:1} (bricknr 2213): elsparkcykel kastad mot taxi {plate} vid {street}."
    " Gärningsman sprang mot {place} och tog {line}. Vittne {first:2}.",
    "ordningsvakt|vakt|{full:1}, ordningsvakt. Ingripande enl. PL 13 § mot person som hotade bud utanför"
    " {venue}. Personen uppgav namnet {full:2}, {pnr}.",
    "vaktare|vakt|Larm {time} från taxistolpen {venue}. Väktarna {low:1} och {first:2} på plats. Föraren"
    " hade låst in sig i bilen. Kund avvek mot {street}.",
    "ordningsvakt|vakt|Daganteckning: {nick:1} och hans kompisar stör buden vid {venue} igen, tar deras"
    " väskor på skoj. Vi har pratat med {first:2|g} pappa, {tel}.",
    "vaktare|vakt|Patrull {date}: mopeden {plate2} står fastkedjad i cykelstället vid {venue} sedan {week}."
    " [[Frost]] på sadeln, ägare okänd. Rapporterat till {org} av {full:1}.",
    "ordningsvakt|vakt|OV {full:1} och OV {full:2}: en man kallad {nick:3} hotade taxiförare vid {venue}"
    " med en flaska. Omhändertagen kl {time} av patrull med {first:4} och {first:5}.",
)
