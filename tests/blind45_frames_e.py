"""Frames of the forty-fifth blind corpus, fifth file: the technical services' weekly summaries to the EST
group, playground inspections, and reports of sleeping places and syringe finds shared with outreach.

A frame is `voice|style|template`; the slots are tests/blind45_fill.py's.
"""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # ---------------------------------------------------------------- veckosammanställning till EST
    "trygghetssamordnare|veckosammanstallning|Gata/park till EST-gruppen, {week}\nKlotter: {antal} "
    "ärenden, mest i {place}\nSkadegörelse: lekplatsen vid {street}\nÖvergivna fordon: fyra, bl.a. "
    "{plate}\nHot mot personal: P-vakt {first:1}, se incident ({case})\nSammanställt av {full:2}",
    "trygghetssamordnare|veckosammanstallning|Veckans lägesbild från tekniska: fortsatt mycket "
    "nedskräpning vid {venue} efter kl {time}. Parkarbetaren {sur:1} har hittat sprutor tre dagar i "
    "rad. Boende {full:2} ({mob}) har mejlat om samma sak, och chaufförer på {line} har sett det. "
    "{first:3} från polisen tar med det till onsdagens möte.",
    "trygghetssamordnare|veckosammanstallning|Punkt 3, gata/park: {full:1} redovisade att klottret i "
    "{place} minskat efter insatsen {week}. Kvar: tunneln vid {street}. {full:2} från {org} undrade om "
    "kameror. Nästa avstämning den {date}.",
    "gatuingenjor|veckosammanstallning|Sammanfattning vinterdrift {week}: {antal} utryckningar, "
    "kostnad {amount}. Klagomål från {full:1}, {full:2} och {low:3} om vallar. Bil {plate2} flyttad "
    "från {street}. Arbetsledare {sur:4}",
    "trygghetssamordnare|veckosammanstallning|EST {place}, {week}\n- Sovplatser: två (bakom {venue} "
    "och vid {pstreet})\n- Felparkering på brandväg: {addr}, upprepat\n- Incident: {first:1} hotad\n- "
    "Tips från {full:3} om mopedåkning på gc-vägen\nKontakt tekniska: {full:2}, {tel}",
    "trygghetssamordnare|veckosammanstallning|Från {full:1} (gata/park) till {full:2}: hej, här "
    "veckans siffror. Klotter {antal} st, sanerat inom ett dygn i nio fall. Felanmälningar om "
    "belysning från {place} ökar, troligen kabelstöld. {first:3} på {org} utreder. /{first:1}",
    "trygghetssamordnare|veckosammanstallning|Minnesanteckningar {date}\nNärvarande: {full:1}, "
    "{full:2}, {init:3}, {sur:4} (polis)\n1. Parkering: P-vakterna har fått hot vid {venue}, två "
    "incidenter.\n2. Park: sovplats vid {place} sanerad.\n3. Nästa möte {week}.",
    "gatuingenjor|veckosammanstallning|Kommentar till veckorapporten: avgiften på {amount} för "
    "bortforsling av {plate} är bestridd av ägaren {full:1}. Juristen {sur:2} hanterar. Samma ägare "
    "har två bilar till på {street}. Se även {full:3|g} mejl.",
    # ---------------------------------------------------------------- lekplatsbesiktning
    "lekplatsbesiktare|lekplatsbesiktning|Besiktningsprotokoll\nLekplats: {venue}\nDatum: "
    "{date}\nBesiktningsman: {full:1}\nAnmärkningar: klätterställning – skruv saknas (B); sandlåda – "
    "glas, kanyl (A, åtgärdat)\nKopia: {full:2}, {org}",
    "lekplatsbesiktare|lekplatsbesiktning|Kontroll i {place} den {date}: gungans kedja avklippt, "
    "linbanans sits borta. Boende {full:1} på {addr} berättade att {first:2} och {first:3} från huset "
    "bredvid brukar vara där på nätterna. Åtgärd: {org} har beställt reservdelar.",
    "lekplatsbesiktare|lekplatsbesiktning|Operativ besiktning {week}\n{street} lekplats: OK\n{venue}: "
    "brandskada på rutschkana (A), polisanmält {case}\n{place}: klotter, sanerat\nBesiktare: {caps:1}, "
    "{mob}\nMed: {first:2} och lärlingen {nick:3}",
    "lekplatsbesiktare|lekplatsbesiktning|{full:1} (besiktning) fick en kommentar av en förälder, "
    "{full:2}, som sa att lekplatsen vid {pstreet} är full av glas varje måndag. Hon vill bli "
    "kontaktad på {mail}. Sprutor har hittats där av {wsur:3} tidigare.",
    "lekplatsbesiktare|lekplatsbesiktning|LEKPLATS {place} – AKUT\nTrasig fallskyddsmatta och "
    "uppbrutet staket mot {street}. Förskolans rektor {sur:1} har stängt av. Anmält till {kommun} av "
    "{full:2}, {tel}. Vi besöker platsen den {date} med {first:3}.",
    "lekplatsbesiktare|lekplatsbesiktning|årlig huvudbesiktning, {venue} den {date}. skador: sex. "
    "högsta risk: gungställningens fundament. kontaktperson förvaltare {sur:1}, {org}. besiktningsman "
    "{low:2}, certifierad. kopia till {lowf:3}",
    "lekplatsbesiktare|lekplatsbesiktning|Fotodokumentation från {first:1}: bild 1 klotter på "
    "lekstugan i {place} (”{nick}” med svart sprej), bild 2 krossad lykta, bild 3 moped {plate2} som "
    "stått på lekplatsen sedan {week}. Ägare enligt grannen {full:2}.",
    "lekplatsbesiktare|lekplatsbesiktning|Åtgärdslista lekplatser {week}\n☐ {venue}: byt sits "
    "(beställd av {first:1})\n☐ {street}: sand, glas\n☑ {place}: sanerat klotter, {full:2}\nAnsvarig: "
    "{comma:3}",
    # ---------------------------------------------------------------- sovplatser och sprutfynd
    "faltarbetare|sociala_fynd|Rapport uppsökande {date}\nPlats: under en stor [[ek]] vid "
    "{place}\nFynd: tält, två personer. Den ena uppgav namnet {full:1}, {snr}, den andra ville inte "
    "säga namn men kallades {nick}.\nParkenheten ({first:2}) vill rensa platsen {week}.\nKontakt: "
    "{full:3}, {mob}",
    "faltarbetare|sociala_fynd|Hej {first:1}, vi på uppsökarteamet vet om sovplatsen under viadukten "
    "vid {street}. Det är {full:2} som bor där, vi har kontakt. Snälla låt sakerna vara kvar till den "
    "{date}. Ring mig, {full:3}, {tel}",
    "parkarbetare|sociala_fynd|{full:1} (park) hittade en man som sov i vindskyddet vid {venue} kl "
    "{time}, kall och förvirrad. Ambulans tillkallad. Mannen hette {full:2}, född {pnr}. Hans bror "
    "{first:3} kom till platsen.",
    "vaktare|sociala_fynd|Larm från {org}: person sover i cykelgaraget under {venue}. Väktare {sur:1} "
    "på plats kl {time}. Personen, {wfirst:2}, {vuxen} år, har sovit där flera nätter. Lämnade "
    "frivilligt. Sprutor: tre, omhändertagna.",
    "faltarbetare|sociala_fynd|Till parkchefen {full:1}: vi har fått oro från boende om sovplatsen i "
    "{place}. {first:2} och {lowf:3} har varit där, det bor en kvinna i en husbil {plate} utan "
    "försäkring. Det är {full:4|g} husbil, säger grannarna. Vänligen kontakta oss innan flytt.",
    "faltarbetare|sociala_fynd|anteckning: träffade {nick:1} vid {venue} igen. heter egentligen "
    "{full:1} ({snr}), bor i bilen {plate2} sen hon blev vräkt från {addr}. {first:2} på soc ska ringa "
    "henne på {mob}.",
    "parkarbetare|sociala_fynd|Sprutfynd {week}\nMån: två st i {place}\nTis: fem st bakom "
    "{venue}\nOns: en vid {pstreet}\nHittade av {full:1}, {full:2} och {wsur:3}. Kanylburkar tömda av "
    "{org}.",
    "faltarbetare|sociala_fynd|Överenskommelse den {date} med {full:1} ({pnr}) som har sovplats vid "
    "{street}: han flyttar sina saker till förrådet som {org} lånar ut. Vittnen: {first:2}, {first:3}. "
    "Uppföljning {week}.",
)
