"""Frames of the sixty-first blind corpus, part b: the housing companies' work orders about people sleeping in
stairwells, attics, laundries and garages; the security guards' reports; the police's notes of contacts.
`role|style|template`; the slots are tests/blind61_fill.py's."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # ---- bostadsbolag: work orders and notes in the housing company's system
    "fastighetsskotare|bostadsbolag|Ärende: Olovligt boende\nFastighet: {fast}\nAdress: {addr}\n"
    "Beskrivning: Person sover i cykelrummet, madrass o kläder. Hyresgäst {full:1} ({mob}) anmälde. "
    "Fastighetsskötare {sur:2} tömde rummet {date}.",
    "fastighetsskotare|bostadsbolag|Madrass + sopor på vinden {addr}. Boende säger att en man kallad "
    "{nick:1} sovit där sen {week}. Bytt lås till vindsdörren, kostnad {amount}. /{first:2} drift {org}",
    'kundtjanst|bostadsbolag|Felanmälan via app {date} kl {time}: "det sover nån i tvättstugan igen, '
    'samma kvinna som förra veckan". Anmälare: {full:1}, {lgh}, tel {mob}. Skickat till '
    "bovärd {sur:2}.",
    "bovard|bostadsbolag|{first:1} här. Var i garaget på {street} imorse, två personer sov i en bil "
    "({plate2}) på plats 14. Pratade med dem, ett par från Rumänien, {first:2} och {wfirst:3}. Lovade "
    "flytta i helgen. Har meddelat {org}.",
    "fastighetsskotare|bostadsbolag|Ärendenr 24-{antal}\nFastighet {fast}\nSkadegörelse källardörr, "
    "någon har bott i förrådsgången. Tömt 6 säckar. Polisanmält, {case}.\nUtfört av: {caps:1}",
    "kundtjanst|bostadsbolag|Hyresgästen {full:1} i {lgh} ringde, orolig för grannen {full:2} som "
    "vräkts {date} men fortsatt sover i trapphuset. Vill att vi kontaktar soc. Ärendet till bovärd "
    "{sur:3}, återkoppla på {tel}.",
    "bovard|bostadsbolag|Hej {first:1}! Sopsorteringen på {addr} används som sovplats, har sett samma "
    "kille 3 morgnar. Han heter {first:2} tror jag, ca {ung} år. Ska vi ringa {org}? Mvh {full:3}",
    "forvaltare|bostadsbolag|Sammanställning olovligt boende {week}, {kommun}:\n- {addr}: vind, 1 person\n"
    "- {fast}: garage, bil {plate}\n- tvättstuga {street}: ej bekräftat\nAnsvarig förvaltare: {full:1}",
    # ---- vaktrapport: the security guards' reports
    "vaktare|vaktrapport|Rapport {date}\nVäktare: {caps:1}, {caps:2}\nKl {time} anträffades en man i "
    "trapphuset {addr}, sovande. Uppgav namnet {full:3}. Avvisad utan incident.",
    "vaktare|vaktrapport|{org} rondering. Kl {time} två personer i garaget {fast}, plan -2. Den ena "
    "legitimerade sig som {full:1} ({pnr}). Den andra ville inte uppge namn, kallas {nick:2} av den förste. "
    "Lämnade självmant.",
    "vaktare|vaktrapport|Larm {time} från {venue}, person inne i förrådet. På plats kl {time}. {full:1} "
    "satt och rökte, berusad. Kontakt med polis, patrull kom. Väktare {sur:2}/{sur:3}",
    "vaktare|vaktrapport|Tillträdesförbud meddelat {date}:\n{comma:1}\n{comma:2}\nGäller galleria "
    "och parkeringshus vid {place}. Bilder i systemet. Rapporterat av väktare {sur:3}.",
    "vaktare|vaktrapport|Kl {time} bil {plate2} stod på lastkajen med motor igång, en kvinna sov i "
    "baksätet. Väckte henne, hon heter {wfirst:1}, talade engelska. Hänvisad till {venue}. /{first:2}",
    "vaktare|vaktrapport|Avvisning\n{time} {venue}, entré B\nPersoner: {low:1}, {low:2}\nÅtgärd: "
    "avvisade, följde ut till {street}. Ingen skada. {first:3}",
    "vaktare|vaktrapport|Ronden {date}: inget i garagen. Vid {place} sov {first:1} (känd) under "
    "taket. [[Vinter]] på riktigt nu, minus 12, så vi lät honom vara. Meddelat uppsökarna på {tel}.",
    "vaktare|vaktrapport|{caps:1} rapporterar: kl {time} omhändertogs {full:2} av polis utanför {venue}, "
    "ärende {case}. Ingen ytterligare åtgärd från bevakningen.",
    # ---- polis_kontakt: the police's notes and the kommunpolis' summaries
    "polis|polis_kontakt|Kontakt med {full:1}, f. {pnr}, i {place} kl {time}. Sov i tältläger, "
    "ingen brottsmisstanke. Informerad om {venue}. Patrull 2130. Rapportör: inspektör {sur:2}",
    "kommunpolis|polis_kontakt|Veckosammanfattning {week} ({kommun})\nTältlägret vid {place} kvar, "
    "ca {antal} personer, de flesta EU-medborgare. Anträffade bl.a. {full:1} och {full:2} (snr {snr}). "
    "Inget gripande. /{full:3}, kommunpolis",
    "polis|polis_kontakt|LOB {date} kl {time}. {full:1}, {vuxen} år, omhändertogs på {street}, "
    "kraftigt berusad. Förd till tillnyktring. Diarienr {case}.",
    "polis|polis_kontakt|Bilen {plate2} kontrollerad vid {place}. Förare {full:1} ({snr}), passagerare "
    "{full:2}. Bor i bilen. Inga anmärkningar.",
    "kommunpolis|polis_kontakt|Hej! Kan ni på uppsökarteamet ha koll på {first:1} som brukar sova vid "
    "{venue}? Han har ett beslag hos oss, {case}. Ring mig på {mob}. Polisinspektör {full:2}",
    "polis|polis_kontakt|Anmälan om stöld från person: Målsägande {full:1}, hemlös, uppger att {nick:2} "
    "tagit hennes ryggsäck vid {place} kl {time}. Värde ca {amount}. K-nr {case}.",
    "polis|polis_kontakt|Ordningsvakt {sur:1} ringde in kl {time}: man ligger i gångtunneln vid "
    "{place}, andas. Patrull till platsen, personen {lowf:2}, känd, vägrade ambulans.",
    "kommunpolis|polis_kontakt|{first:1}, vi har fått in flera samtal om folk som sover i "
    "{street}-garaget. Kan {org} ta det med {full:2} på förvaltningen? Mvh {first:3}",
)
