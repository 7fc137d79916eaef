"""Frames of the twelfth blind corpus, part B: field workers (fältassistenter), youth-centre staff, and
community and area police summaries. (voice, style, template)."""

from __future__ import annotations

FRAMES: tuple[tuple[str, str, str], ...] = (
    ("fältassistent", "faltlogg",
     "Fältade {place} kl {time} tillsammans med {first1}. Träffade {lowf2} och hens kompisar vid {inst}, "
     "de berättade om hot på Snapchat mot en tjej i åk 8."),
    ("fältassistent", "faltlogg",
     "Fältgruppen ({full1}, {full2}) rapporterar: ökad oro kring {inst} efter helgens händelse. "
     "Föräldrar har ringt. Uppföljning {date}."),
    ("fältassistent", "faltlogg",
     "{w:Enligt} fältarna är det främst yngre killar från {place} som samlas vid {street} på kvällarna. "
     "{first1} ({firsts2} lillebror) nämndes av flera."),
    ("fältassistent", "hastig",
     "fält {date}: lugnt vid {inst}. {lowf1} sa att de äldre killarna flyttat till {place}. "
     "pratade m {low2} om sommarjobb"),
    ("fältassistent", "faltlogg",
     "Kontakt med {full1} (f. {pnr}) som inte gått i skolan sedan {week}. Orosanmälan görs av {first2}. "
     "Inga fler uppgifter här."),
    ("fältassistent", "faltlogg",
     "Samverkan med {org:Fryshuset} den {date}. Deltog: {full1}, {full2}, {wsur3} (fältsekreterare). "
     "Fokus {inst} och centrumgården."),
    ("fritidsledare", "fritidsgard",
     "Kvällen på {inst} var stökig. Två killar ({first1} och {first2}) slogs vid pingisbordet, "
     "vi ringde {firsts3} mamma som hämtade. Ca 60 besökare."),
    ("fritidsledare", "fritidsgard",
     "Fritidsgården {date}: {full1} stängdes av en vecka efter hot mot personal ({wfirst2}). "
     "Beslut av föreståndare {sur3}."),
    ("fritidsledare", "fritidsgard",
     "Besökare {week}: 212. Aktiviteter: fotboll i {inst}, matlagning. {w:Inga} incidenter. "
     "Ansvarig: {full1}, {tel}"),
    ("fritidsledare", "hastig",
     "tjejkvällen ställdes in pga sjukdom. {lowf1} och {lowf2} från personalen hade feber. "
     "ny tid {date}"),
    ("fritidsledare", "fritidsgard",
     "Ungdomar berättade att {nick1} säljer snus och vapes bakom {inst}. Vidarebefordrat till "
     "kommunpolis {sur2}."),
    ("fritidsledare", "fritidsgard",
     "Personalmöte {date}: {first1}, {first2}, {wfirst3}, {first4}. Vi ser fler yngre barn efter {time} "
     "och diskuterar åldersgräns. {w:Flera} föräldrar har hört av sig."),
    ("fritidsledare", "fritidsgard",
     "{full1} (15) och {full2} (16) har fått ledaruppdrag på {inst} under {week}. Positivt!"),
    ("fritidsledare", "fritidsgard",
     "Incident {time}: sten kastad mot fönster på {inst}. {firsts1} bror {first2} såg två killar springa "
     "mot {place}. Glaskross, {amount}."),
    ("kommunpolis", "polis",
     "Kommunpolis {full1}: {week} lugnare i {place}. Två gripna för narkotikabrott, {polis} och "
     "{polis}. Fortsatt fokus {inst}."),
    ("kommunpolis", "polis",
     "Sammanfattning {week}, {place}: 3 bilbränder ({plate}, {platen}), 1 rån mot ungdom vid {inst}. "
     "Kontakt: kommunpolis {sur1}, {mail}"),
    ("områdespolis", "polis",
     "Områdespolisen ({full1}, {full2}) har haft dialog med ungdomar vid {inst}. Flera nämner "
     "{nick3} som drivande i grupperingen."),
    ("kommunpolis", "polis",
     "Anm. {polis} gäller skadegörelse på {addr}. Målsägare {full1}. Misstänkt okänd."),
    ("områdespolis", "hastig",
     "omr.polis {low1}: extra närvaro {place} fre-lör pga konflikt mellan två grupper. "
     "kontakt via {mob}"),
    ("kommunpolis", "polis",
     "Polisen har lagt ett tillträdesförbud mot {full1} avseende {inst}. Gäller t.o.m. {date}. "
     "Handläggare: {init2}, {tel}"),
    ("kommunpolis", "polis",
     "{w:Under} {week} har polisen genomfört trafikkontroller på {street} och {pstreet}. 14 rapporter, "
     "bl.a. moped utan registrering och bil {platen}."),
    ("områdespolis", "polis",
     "Stöld ur bil {plate} vid {inst} natten till {date}. Ägare {full1}, {addr}. {polis}."),
    ("kommunpolis", "polis",
     "Rykten i sociala medier om att {full1} skulle ha blivit knivhuggen i {place} stämmer inte enligt "
     "polisen. Ingen anmälan."),
    ("områdespolis", "polis",
     "Polisinsats {date} {time} mot lägenhet på {addr}, {lgh}. En person anhållen, {comma1}, född {sam}."),
    ("kommunpolis", "punktlista",
     "Polisens lägesbild {week}\n- {place}: lugnt\n- {place}: bilbrand ({plate})\n- Kontaktperson "
     "{full1}"),
    ("fältassistent", "faltlogg",
     "{full1} och {wfirst2} från socialtjänstens fältgrupp har mött tre tjejer vid {inst} som uppgav "
     "att de blivit förföljda av {nick3} och hans kompisar."),
    ("fritidsledare", "fritidsgard",
     "Avstängning upphävd för {first1}. Samtal med {firsts1} föräldrar ({full2}, {mob}) {date}."),
    ("kommunpolis", "polis",
     "Åklagare har beslutat om kontaktförbud. Skyddad person {first1}, bosatt {street}. "
     "Ärendet {polis} handläggs av {sur2}."),
    ("fältassistent", "hastig",
     "mötte {wfirst1} och {lowf2} vid {bus} hållplatsen. de sa att det blir slagsmål ikväll vid {inst}. "
     "ringde polisen"),
    ("områdespolis", "polis",
     "Patrull {sur1}/{sur2} stoppade moped utan skylt på {street} kl {time}. Förare {full3} (14 år), "
     "vårdnadshavare kontaktad."),
)  # fmt: skip
