"""Frames of the fifty-eighth blind corpus, part d: notes of calls with relatives, the boendestöd's and
hemtjänst's notes around an eviction, and the housing company's lines in the weekly EST report.

Each frame is `role|style|template` (tests/blind58_fill.py says what the slots hold).
"""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # --- anhorigsamtal: calls with relatives and representatives
    "kundansvarig|anhorigsamtal|Samtal med {full:5} ({mob}), dotter till hyresgästen {full:1} ({vuxen} år)."
    " Dottern är orolig för att mamman är dement och inte förstår breven. Hänvisad till {venue} för"
    " ansökan om god man. /{first:3}",
    "bostadssocial|anhorigsamtal|Inkommande samtal kl {time}. Herr {wsur:6}, bror till hyresgästen, ringer"
    " för {first:1|g} räkning och säger att {first:1} har skulder hos {org} som han inte kände till. Vill"
    " veta vad som händer med lägenheten på {street}.",
    "kundansvarig|anhorigsamtal|Anhörig: {full:6}, make\nTel: {mob}\nGäller: {full:1} (hyresgäst, {pnr}) har"
    " lämnat lägenheten och bor nu på {venue}. Maken vill säga upp kontraktet och betala skulden"
    " {amount} själv.",
    "bovard|anhorigsamtal|Mamman {full:5} kom till kontoret på {street} med sonen {first:1} ({ung}) och en"
    " väninna, {full:7}, som tolkade. De kom med {line}. Hon vill veta om de får bo kvar om {first:1|g}"
    " pappa {full:6} flyttar ut.",
    "kundansvarig|anhorigsamtal|Samtal från {caps:6}, systerson till {first:1}. Morbror öppnar inte dörren"
    " och grannen {nick:7} såg honom senast {date}. Han kör en grå Passat, {plate2}. Bolaget ({first:3})"
    " gör hembesök med polis idag.",
    "bostadssocial|anhorigsamtal|Ringde upp {first:1|g} kontaktperson {full:9} på {tel}. Hon bekräftar att"
    " {first:1} har beviljats boendestöd från {week} och att hon kan följa med vid avhysningen.",
    "bovard|anhorigsamtal|Anhörig (svärson) {full:6} har ringt tre gånger om avhysningen av {full:1} på"
    " {addr}. Säger att han ska anmäla oss. Lugnt samtal idag, rutinen förklarad. Hänvisat till bovärden"
    " {wfirst:3}.",
    "kundansvarig|anhorigsamtal|Faster {full:5} hörde av sig via {mail}: hon kan ta hand om {first:1|g} två"
    " katter och ställa möbler i sitt garage i {place}. Vill ha besked senast {date}.",
    # --- boendestod: boendestöd and hemtjänst, there on the day
    "boendestodjare|boendestod|Dagens besök: följde med {first:1} till avhysningen på {pstreet}."
    " Kronoinspektören ({sur:2}) var tydlig och vänlig. Vi packade mediciner och kläder. {first:1} sover"
    " hos {full:6} i natt.\n/{first:9}, boendestöd",
    "boendestodjare|boendestod|BOENDESTÖD – ANTECKNING\nBrukare: {full:1}\nPersonal: {full:9}, {first:10}\n"
    "{date}: Hjälpte brukaren att ringa {landlord} om betalplan. Skulden är {amount}. Brukaren lovar"
    " betala på"
    " fredag.",
    "hemtjanst|boendestod|Hemtjänsten (undersköterska {sur:9}) såg kl {time} att ett papper om"
    " avhysning satt på dörren"
    " till {lgh}. Brukaren {full:1} förstår inte innehållet. Anhörig {full:5} kontaktad på {mob}.",
    "boendestodjare|boendestod|Fick samtal från {lowf:1} kl {time}, hon var i panik, låssmeden hade varit"
    " där. Åkte dit med {first:10}. Nytt lås på dörren. Vi ringde {landlord} och fick tag i {full:3} som"
    " öppnade så att vi kunde hämta hennes insulin.",
    "boendestodjare|boendestod|Veckorapport boendestöd {week}\n- {first:1}: hyran betald, inga nya krav\n-"
    " {first:2}: nytt brev från {org}, skuld {amount}\n- {first:4}: inlagd på {venue}\n/{init:9}",
    "boendestodjare|boendestod|Inför avhysningen {date}: {first:1} vill inte att hans mamma {full:5} är där."
    " Han vill att jag ({first:9}) och hans handläggare {wsur:4} är med. Katten lämnas till {nick:6}.",
    "boendestodjare|boendestod|Brukaren {full:1} har flyttat till korttidsboende ({venue}) efter"
    " avhysningen. Bohaget finns i magasinet, kvitto hos gode mannen {full:6}. Busskort för {line}"
    " ordnat till dagverksamheten.",
    "hemtjanst|boendestod|Anteckning {date}, hembesök hos {full:1} med {first:10} från hemtjänsten. Det"
    " luktar starkt, sopor i hallen. Bovärden {wfirst:3} sa att bolaget kommer att säga upp kontraktet."
    " [[Vilja]] finns men inte ork. Vi ringer {first:4} på soc imorgon.",
    # --- est_rapport: the housing company's lines in the weekly EST report
    "trygghetsvard|est_rapport|Avhysning genomförd {date} på {street} ({place}). Kvarlämnat bohag i"
    " trapphuset, brandrisk. Tidigare hyresgäst {full:1} har setts sova i källarförrådet. Fastighetsskötare"
    " {sur:3} har låst förrådet.",
    "trygghetsvard|est_rapport|Olovligt boende i förråd, {addr}: tidigare hyresgäst {first:1} ({snr}) som"
    " avhystes {week}. Trygghetsvärd {full:3} pratade med honom kl {time}, hänvisad till {venue}.",
    "forvaltare|est_rapport|Bråk vid avhysning, {place}. Hyresgästens son {full:6} hotade kronoinspektören"
    " och körde sedan iväg i {plate2}. Polis på plats, ärende {case}. Ingen skadad.\nRapportör: {full:3},"
    " {landlord}",
    "forvaltare|est_rapport|Skadegörelse på dörren till {lgh}, {street}, efter avhysningen {date}. Tidigare"
    " hyresgäst {caps:1} misstänks. Polisanmält, {case}. Kostnad ca {amount}.",
    "fastighet|est_rapport|kvarlämnade möbler på gården {pstreet}, från avhysningen i {lgh}. {first:3} ringt"
    " {landlord} om grovsopor. ung kille ({lowf:6}?) hämtade en soffa kl {time} och sa att den var hans"
    " pappas",
    "trygghetsvard|est_rapport|Nedskräpning: svarta sopsäckar från vräkt hushåll ({full:1}) vid soprummet,"
    " {street}. Trygghetsvärd {first:3} och {first:10} tog bilder. Kostnaden på {amount} läggs till skulden."
    " [[Alla]] säckar hämtade.",
    "fastighet|est_rapport|Otrygghet i trapphus {addr}: ungdomar samlas i tom lägenhet efter avhysning."
    " Nyckel saknas, {first:1} (f.d. hyresgäst) tros ha kvar en. Bil {plate} med släp stod på gården."
    " Låsbyte beställt {date}. /{nick:3} fastighet",
    "forvaltare|est_rapport|Brand i container vid {place} natten mot {date} kl {time}, innehöll bohag från"
    " avhysning på {street}. Räddningstjänsten släckte. Förvaltare {full:3} kontaktad, anmälan {case}.",
)
