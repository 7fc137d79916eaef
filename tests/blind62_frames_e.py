"""Frames of the sixty-second blind corpus, part e: lists of contact persons and members (kontaktlista), notes
of safety walks (trygghetsvandring) and contact persons' logbooks (loggbok). `role|style|template`; the slots
are tests/blind62_fill.py's."""

from __future__ import annotations

FRAMES_E = (
    # ---------------------------------------------------------------- kontaktlista
    "trygghetssamordnare|kontaktlista|KONTAKTOMBUD GRANNSAMVERKAN – {place}\n"
    "Namn;Adress;Telefon;E-post;Id\n{full:1};{addr};{mob};{mail};\n{full:2};{addr};{tel};;\n"
    "{full:3};{addr}, {lgh};{mob};;{snr}",
    "ordförande|kontaktlista|Ombudslista för {place} ({week})\n1. {comma:1} – {street}\n2. {comma:2} – "
    "{pstreet}\n3. {comma:3} – reserv\nSuppleant: {first:4} (tel {mob})",
    "trygghetssamordnare|kontaktlista|Nya medlemmar {week}\n{caps:1}, {addr}, {pnr}\n{caps:2}, {addr}, "
    "{snr}\n{full:3}, {lgh}, {addr}\nInlagda i registret av {first:4}.",
    "ordförande|kontaktlista|Ringlista vid larm – {street}\n{full:1} {mob}\n{full:2} {mob}\n{full:3} "
    "{tel}\n{nick:4} (vet var nyckeln finns) {mob}",
    "trygghetssamordnare|kontaktlista|Grannsamverkansområde: {place}\nStartat: {date}\nKontaktombud: "
    "{full:1}\nErsättare: {full:2}\nAdress: {addr}\nFastighet: {fast}\nTelefon: {tel}\nMobil: {mob}\n"
    "E-post: {mail}\nAntal hushåll: {antal}\nSkyltar uppsatta: ja, vid {street} och {venue}",
    "ordförande|kontaktlista|Hej {first:1}, här är våra ombud efter årsmötet:\n– {full:2} (ordf.) "
    "{mob}\n– {low:3} (ny) {mob}\n– {full:4}, {mail}\n/{first:5}",
    "trygghetssamordnare|kontaktlista|Område;Ombud;Telefon;Sedan\n{place};{full:1};{mob};{week}\n"
    "{place};{full:2};{tel};{week}\n{place};{full:3};{mob};{week}",
    "ordförande|kontaktlista|Kontaktuppgifter till styrelsen, {org}\nOrdförande: {full:1}, {addr}\n"
    "Kassör: {full:2}, {mob}\nSekreterare: {full:3}, {mail}\nGrannsamverkansansvarig: {full:4} "
    "({nick:4}), {tel}",
    # ---------------------------------------------------------------- trygghetsvandring
    "trygghetssamordnare|trygghetsvandring|Trygghetsvandring i {place} den {date}\nDeltagare: {full:1} "
    "(kommunen), {full:2} ({org}), kommunpolis {sur:3} och {antal} boende.\n\nPunkt 1: Gångvägen "
    "mellan {street} och {venue} är mörk. [[Mark]] och buskar behöver röjas.\nPunkt 2: Busshållplatsen "
    "för {line} saknar belysning.\nAnsvarig för återkoppling: {first:1}.",
    "trygghetssamordnare|trygghetsvandring|Anteckningar trygghetsvandring\nStart kl {time} vid "
    "{venue}. Med: {full:1}, {full:2}, {first:3} från villaföreningen.\n- trasig gatlampa utanför "
    "{addr}\n- {pstreet}: skymd sikt vid korsningen, hållplats för {line}\n- {place}: boende oroliga, "
    "{first:3} berättade om inbrottet hos familjen {sur:4}\nSlut kl {time}.",
    "trygghetssamordnare|trygghetsvandring|Trygghetsvandring {week} – {place}\nObservationer:\n* "
    "Klotter på elskåp vid {street}\n* Övergiven bil, {plate}, vid {venue} (ägare enligt registret: "
    "{full:1})\n* Skyltarna för grannsamverkan nedrivna vid {pstreet}\nRapport till {org} och "
    "{kommun}. Sammanställt av {full:2}",
    "trygghetssamordnare|trygghetsvandring|Kvällsvandring med grannsamverkan i {place} den {date}\nVi "
    "var {antal} personer, bl.a. {full:1}, {full:2} och {wfirst:3}. Vid {venue} mötte vi ett gäng "
    "ungdomar, en av dem ({first:4}, ca {ung} år) berättade att bilar brukar köra runt här på "
    "nätterna. Vi noterade {plate2} vid {street}.\n[[Inget]] mer att rapportera. Nästa vandring {week}.",
    "polis|trygghetsvandring|Polisens anteckning från trygghetsvandring, {place}\nNärvarande: "
    "områdespolis {full:1}, kontaktombud {full:2} och {full:3}, {org}.\nIakttagelser: mörkt vid "
    "{street}, många inbrott i förråd ({fast}). Ombudet {sur:2} lovar att prata med fastighetsägaren.",
    "trygghetssamordnare|trygghetsvandring|TRYGGHETSVANDRING {place} — SAMMANFATTNING\nDatum: {date}, "
    "start kl {time}\nGruppledare: {caps:1}\n1) {venue}: bra belysning, men buskar vid cykelstället.\n"
    "2) {street}: boende ({full:2}) vill ha farthinder.\n3) Hållplats {line}: nedklottrad.\n[[Klart]] "
    "till nästa gång: gruppledaren {sur:1} kontaktar {org} före {week}.",
    "trygghetssamordnare|trygghetsvandring|Hej {first:1}!\nTack för i går. Här är det vi såg: dålig "
    'belysning på {street}, en övergiven moped vid {venue} och klotter med namnet "{nick:2}" på '
    "transformatorstationen. Boende {full:3} på {addr} berättade om två inbrottsförsök i {week}.\nMvh "
    "{full:4}",
    "villaägarförening|trygghetsvandring|Vandring i villaområdet {place}\nVi gick {antal} st, från "
    "{venue} längs {street} och tillbaka via {pstreet}. Punkter: häckar skymmer gatlyset, tomt hus hos "
    "{full:1} (bortrest, grannen {first:2} tömmer posten). {low:3} och {lowf:4} ansvarar för nästa "
    "vandring.",
    # ---------------------------------------------------------------- loggbok
    "kontaktombud|loggbok|Loggbok grannsamverkan – {street}\n{date}: Främmande bil {plate} parkerad "
    "hela natten. Meddelat {first:1}.\n{date}: {first:2} ringde om dörrförsäljare i området.\n{date}: "
    "Inbrott hos {full:3}, polisen på plats ({case}).",
    "kontaktombud|loggbok|mån: lugnt\ntis: {lowf:1} såg två ungdomar kolla i brevlådor vid {venue}\n"
    "ons: bil {plate2} igen, stod utanför {lowf:1|g} hus\ntors: ringde kommunpolis {sur:2}, hon tar "
    "det vidare\nfre: inget",
    "kontaktombud|loggbok|Anteckningar ombud {full:1}\n\n{date} kl {time} – Larm hos grannen {sur:2}, "
    "falsklarm.\n{date} – Pratat med {full:3} om belysningen vid {street}.\n{date} – Möte med polisen "
    "på {venue}. {first:4} från polisen visade karta över inbrotten.",
    "kontaktombud|loggbok|LOGG {week}\nNatt mot lör: två personer på cykel vid {street}, lampor "
    "släckta. Meddelat via chatten.\nLör em: {first:1} på {addr} fick besök av säljare från {org}, gav "
    "bort sitt telefonnummer ({mob}) – oroligt.\nSön: {nick:2} hittade en kofot i diket vid {venue}. "
    "Lämnad till polisen.\nSign. {init:3}",
    "kontaktombud|loggbok|Min logg, {place}\n- Såg {plate} och {plate2} köra i tandem vid {time}\n- "
    "{full:1} har satt upp kamera mot {street}\n- {wsur:2}: familjen är bortrest {week}, vi tittar "
    "till huset\n- Skyltar: {amount} betalt av {first:3}",
    "kontaktombud|loggbok|{date}\nRingt in till polisen om en man som gick runt med en kasse och "
    'ringde på dörrar på {street}. Han sa att han hette {first:1} och samlade in pengar till "barn i '
    'nöd". Polisen ({full:2}) kom efter {antal} minuter. Min sambo {wfirst:3} filmade.\n/{wsur:4}',
    "kontaktombud|loggbok|Veckans anteckningar – ombud {caps:1}\nMån: pratat med nya grannarna "
    "{full:2} och {full:3}, de flyttade in på {addr}, {lgh}.\nTis: {first:2} frågade om "
    "grannsamverkan, gav henne {mail}.\nOns: polisen meddelar att bilen {plate} är kopplad till "
    "inbrotten i {place}.\nTors: möte på {venue} kl {time}.",
    "kontaktombud|loggbok|natt till söndag – logg\n00.30 {lowf:1} ringer, någon i trädgården\n00.45 "
    "jag och {nick:2} går ut, ser en person springa mot {street}\n01.10 polisen på plats, tar "
    "uppgifter, ärende {case}\n01.30 {first:3} (polisen) säger att det varit fler i {place} i natt",
)
