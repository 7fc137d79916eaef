"""Frames of the thirtieth blind corpus, part B: radio news summaries (radio), regional TV news summaries
(tv) and the police press officers' quotes as the press prints them (polis_citat), pasted into the weekly
picture with the samordnare's comment. `role|style|template`; slots as in tests/blind30_fill.py."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # ------------------------------------------------------------------ radio
    "omvarldsbevakare|radio|{media}, sändning kl. {time}: En man i {vuxen}-årsåldern har gripits "
    "misstänkt för mordbrand i {place}. Det bekräftar polisens presstalesperson {full:1} för {media}. "
    "Reporter var {full:2}.\nKommentar: gäller branden vi hade som rött förra veckan.",
    "samordnare|radio|Radionyheterna i morse (sammanfattat av mig):\n- skadegörelse på {venue}, rektor "
    "{full:1} intervjuad\n- polisen söker vittnen till rån vid {line}\n- {full:2} från {org} om "
    "nattvandringen\nIngen av dem nämnde {place} specifikt. /{first:3}",
    "kommunikator|radio|Inslag i {media} den {date}: ”Trygghetsvandring i {place}”. Reportern {full:1} går "
    "med {full:2} från {landlord} och kommunens {first:3} {sur:3} runt kvarteren vid {street}.\n"
    "– Belysningen är det största problemet, säger {sur:2}.\nBra inslag, länka till det i nyhetsbrevet.",
    "samordnare|radio|Transkribering ur {media} (klipp 2 min):\nPROGRAMLEDARE: Med oss i studion har vi "
    "{full:1}, kommunpolis.\n{caps:1}: Ja, vi har sett en ökning av ungdomsrån i {place}, framför allt "
    "kvällstid.\nPROGRAMLEDARE: {first:1}, vad gör ni åt det?\nKommentar: intervjuaren hette {full:2}. "
    "Kommunpolisens mobil {mob}.",
    "brasekreterare|radio|P4-notis: Busschaufför hotad på {line} i {place}. Föraren, som enligt "
    "{media} heter {full:1}, ska ha hotats med kniv vid {venue} kl. {time}. {org} har polisanmält, "
    "anmälan {case}.\n/{low:2}",
    "faltsekreterare|radio|Lyssnade på morgonsändningen i {media}. De intervjuade mamman {full:1}, vars son "
    "{first:2} ({ung}) blev misshandlad vid {venue}. Hon vill att fler vuxna rör sig ute. {full:3} "
    "från fältgruppen medverkade också.\nFöljer upp med skolan {date}.",
    "samordnare|radio|Från Ekot/{media}, ca {time}:\nSkottlossning i {place}, en person skadad. Polisen "
    "har spärrat av området runt {street}. Presstalespersonen {full:1}: ”Vi kan inte gå in på detaljer”.\n"
    "Kommentar: {wfirst:2} från {landlord} bekräftar att boende oroas. Tel {tel}.",
    "trygghetsvard|radio|Hörde på bilradion ({media}) att {full:1}, ordförande i {org}, vill ha kameror vid "
    "{venue}. Hon sa: ”Folk är rädda efter klockan nio”.\n[[Frost]] och halka också, lite folk ute.\n"
    "– {nick:2} och gänget var där som vanligt.",
    # ------------------------------------------------------------------ tv
    "omvarldsbevakare|tv|{media}, kvällens sändning: Reportage om {place}. Intervjuade: {full:1} "
    "(boende), {full:2} (fältsekreterare), polisområdeschef {full:3}.\nEnligt {sur:3|g} besked ska "
    "polisen öka "
    "närvaron under {week}.\nKommentar: ganska vinklat men rättvist. "
    "Reportern nås på {mob}.",
    "samordnare|tv|TV-inslag ({media}), sänt {date}\nRubrik: Ungdomsgäng bakom bränderna?\nReporter {full:1} "
    "pratar med {full:2} som ägde bilen ({plate}) som brann på {street}.\n– Jag förstår inte varför, "
    "säger {first:2}.\nKommentar: inget nytt för oss.",
    "kommunikator|tv|Kort från {media} i går: Kommunalrådet {full:1} besökte {venue} och lovade mer "
    "pengar, {amount}, till förebyggande arbete. – Det handlar om att ge ungdomarna något annat, sa "
    "{sur:1}.\nMin kommentar: pengarna är redan budgeterade, se beslut {date}. /{first:2}",
    "samordnare|tv|{media}, nattsändningen:\n”EN BRANDBOMB KASTADES IN” – {caps:1} BERÄTTAR\nFamiljen "
    "bor på {addr}. Ingen skadades. Polisen utreder mordförsök, ärende {case}.\nKommentar: bostadsbolaget "
    "har flyttat familjen tillfälligt.",
    "brasekreterare|tv|Såg inslaget i {media} om {place}:\n* {full:1}, rektor på {venue}: ”Vi har haft "
    "lugnt i år”\n* {full:2}, boende: ”Det är knarkhandel utanför min port”\n* {full:3}, "
    "{landlord}: ”Vi sätter in väktare”\nKommentar: bilden spretar.",
    "faltsekreterare|tv|Webb-tv ({media}): Filmklipp från slagsmål vid {venue} sprids. Enligt reportern "
    "{full:1} syns {first:2} och två kompisar i klippet. Polisen har fått in det, ärende {case}.\n"
    "Kommentar: vi pratade med {lowf:2} redan {date}.",
    "samordnare|tv|{media} direktsände från {place} efter explosionen vid {time}. Polisens "
    "presstalesperson {full:1} sa att ingen var skadad. En granne, {full:2}, beskrev smällen som "
    "”jättehög”.\nKommentar: huset har fastighetsbeteckning {fast}. Vi informerar boende via {landlord}.",
    "kommunikator|tv|Sammanfattning av debatten i {media}: {full:1} (S) och {full:2} (M) om trygghet i "
    "{place}. {sur:2} vill ha fler kameror, {sur:1} fler fältare.\nModerator: {full:3}\n"
    "Kommentar: ingen sa något om EST.",
    # ------------------------------------------------------------------ polis_citat
    "kommunpolis|polis_citat|– Vi har gripit en person i {vuxen}-årsåldern, säger polisens "
    "presstalesperson {full:1} till {media}.\nHändelsen inträffade vid {venue} i {place} vid {time}. "
    "Den gripne, {full:2}, nekar enligt sin advokat {full:3}.\nDen gripne är "
    "skriven på {addr}, {lgh}. Ärende {case}.",
    "samordnare|polis_citat|”Vi ser ett tydligt mönster”, säger {full:1}, kommunpolis i {place}, till "
    "{media}. {sur:1} pekar på rånen mot unga vid {line}.\nKommentar: {sur:1} kommer på mötet {date}. "
    "Mobil {mob}.",
    "kommunpolis|polis_citat|Polisens presstalesperson {full:1} säger till {media}:\n– En man har anhållits "
    "i sin frånvaro. Vi vill ha kontakt med allmänheten som sett en svart Audi, {plate2}, i området runt "
    "{street}. Bilen har tidigare haft skyltarna {plate}.\n{sur:1} ville inte kommentera uppgifterna om "
    "att mannen kallas ”{nick:2}”.",
    "samordnare|polis_citat|Citat från polisen i {media}: ”Vi har ökat närvaron i {place} och längs "
    "{pstreet} och kommer att "
    "fortsätta med det hela {week}”, säger polisinspektör {full:1}.\nHon uppger att {antal} personer "
    "kontrollerats.\n– Vi jobbar med {org}, säger {sur:1}.",
    "kommunikator|polis_citat|Stationsbefäl {full:1} till {media}: – Två personer har förts till sjukhus "
    "efter bråket vid {venue}. En av dem, en {vuxen}-årig man, har allvarliga skador.\nEnligt "
    "vittnen ska en {lowf:2} ha varit inblandad. {first:3} på soc kollar.",
    "kommunpolis|polis_citat|{full:1|g} uttalande, återgivet i {media}:\n”Vi tar alla anmälningar på "
    "allvar. Den som har information om händelsen på {street} kan ringa 114 14 och uppge "
    "ärendenummer {case}.”\nTillagt av {first:2}: även {full:3} på {landlord} vill ha tips.",
    "samordnare|polis_citat|Polisens presstalesperson {wsur:1} säger till {media} att det är för tidigt "
    "att säga om händelserna hänger ihop. – Vi utesluter ingenting, säger {wsur:1}.\nKommentar: gäller "
    "bränderna i {place} den {date}. Noterat av {full:2}",
    "trygghetsvard|polis_citat|”Det var en ren slump att ingen skadades”, säger polisens presstalesperson "
    "{full:1} om skotten mot {venue}.\n{media} uppger att en {ung}-åring gripits. Grannen {wfirst:2} "
    "säger att ungdomarna brukar hänga vid {street}.\n/{init:3}",
)
