"""Frames of the sixty-sixth blind corpus, part a: the bath staff's incident reports, the lifeguards'
shift logs and their reports of a rescue or first aid (`role|style|template`; slots in
tests/blind66_fill.py)."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # ---------------------------------------------------------------- incident report form of the bath
    "badpersonal|incidentrapport|INCIDENTRAPPORT {bad}\nDatum: {date}\nTid: {time}\nPlats: bassäng, "
    "bana {bana}\n"
    "Händelse: Ofredande i bassängen. En flicka ({ung} år) uppger att en man tagit på henne under vattnet. "
    "Mannen identifierad av personal som {full:1}, {pnr}.\nRapportör: {full:2}",
    "badpersonal|incidentrapport|Incident nr {skap} – {bad}\nBeskrivning: Två killar ({ung} och {ung} år) "
    "filmade i damernas omklädningsrum med mobil. Den ene heter enligt kompisar {first:1}, den andre kallas "
    "{nick:2}. Förälder kontaktad: {full:3}, {mob}.\nÅtgärd: avstängda tv. Ansvarig badvärd {sur:4}.",
    "badpersonal|incidentrapport|{full:1} (badvärd) rapporterar: slagsmål i herrarnas omklädningsrum kl "
    "{time}. "
    "Inblandade {full:2} och {first:3}. Polis tillkallad, ärende {case}. [[Inga]] synliga skador på "
    "{first:2|g} kamrat.",
    "badpersonal|incidentrapport|Typ: Stöld ur skåp\nSkåp nr {skap} uppbrutet på {bad}.\nDrabbad: {comma:1}, "
    "tel {mob}\nStulet: plånbok, bilnycklar till {plate}, ca {amount} kontant.\nUpptäckt av {first:2} i "
    "kassan.",
    "badpersonal|incidentrapport|Avvikelse {date}\nNär: {time}\nVar: {bad}, äventyrsbassängen\nVem: "
    "{full:1}, boende {addr}, {lgh}\nVad: kastade en flaska mot livräddartornet. Vittne: {full:2}. "
    "Ärendet lämnat till kommunpolisen, {sur:3}.",
    "badpersonal|incidentrapport|Rapport från kassan, {bad}.\n{caps:1} försökte ta sig in på sin brors "
    "årskort (kort {kort}). Nekad. Blev hotfull mot {first:2} och spottade. Personnummer enligt ID: {pnr}.",
    "badpersonal|incidentrapport|INCIDENT – SEXUELLT OFREDANDE\n{date}, kl {time}\nDrabbad: flicka {ung} år, "
    "målsägande {low:1}\nMisstänkt: man ca {vuxen} år, okänd\nPersonal på plats: {first:2}, {first:3}\n"
    "Polis kontaktad via 114 14, K-nr {case}",
    "badpersonal|incidentrapport|{first:1} i receptionen noterar: en grupp på {antal} ungdomar kom in utan "
    "att betala via nödutgången mot {street}. En av dem, {nick:2}, känd sedan tidigare. Anmält till "
    "{org}. Signerat {init:3}",
    # ---------------------------------------------------------------- lifeguards' shift log
    "badvakt|badvaktslogg|Pass {time} till {time}, {bad}\n- Bana {bana} stängd (simklubben)\n- {full:1} "
    "varnad två ggr för att knuffa i djupa delen\n- {lowf:2} tappade nyckelband, lämnat i kassan\nBadvakt: "
    "{first:3}",
    "badvakt|badvaktslogg|LOGG {week}\nmån: lugnt\ntis: {first:1} ({ung}) avvisad efter att ha hoppat från "
    "läktaren\nons: stöld skåp {skap}, polis ärende {case}\ntors: {full:2} ringde från {tel} om glömd väska\n"
    "/{full:3}",
    "badvakt|badvaktslogg|{date} kväll. {full:1|g} son och två kompisar störde simskolan. Pratat med pappan "
    "{full:1} på plats, han ville inte lämna namn först men uppgav till slut {mob}. Badvakt {sur:2} + "
    "{first:3}",
    "badvakt|badvaktslogg|Logg bassäng {bad}\nkl {time} – barn i plaskdammen utan vuxen\nkl {time} – "
    "{low:1} avvisad, berusad\nkl {time} – bråk vid rutschkanan mellan {first:2} och {nick:3}, separerade\n"
    "ansv. {first:4}",
    "badvakt|badvaktslogg|Vecka: {week}\nSkift: kväll\nLivräddare: {full:1}, {full:2}\nNoteringar: "
    "Samma gäng "
    "som förra veckan vid hopptornet. {wfirst:3} (kallas så av de andra) tog en telefon från bänken. "
    "Polis ej "
    "kontaktad. [[Bastun]] stängd pga trasigt aggregat.",
    "badvakt|badvaktslogg|söndag {date}\nutebadet fullt från {time}. {first:1} på tornet, {first:2} "
    "runtvandring. man i {vuxen}-årsåldern fotade barn – tillsagd att sluta, lämnade. bil {plate2} parkerad "
    "på gräsmattan vid entrén.\nlogg fört av {wsur:3}",
    "badvakt|badvaktslogg|Överlämning till nattpersonal: larm i teknikrummet kl {time}. Gick igenom med "
    "vaktmästare {sur:1}. Fönster uppbrutet mot {place}. Kontakt {org}, tel {tel}. Hälsningar {first:2} "
    "och {first:3}",
    "badvakt|badvaktslogg|{first:1}: simhopp från kanten igen, 3:e gången idag, samma kille som igår "
    "({nick:2})\n{first:3}: ok, vi pratar med {sur:4} i kassan om avstängning\n{first:1}: hans mamma heter "
    "{full:5} tror jag",
    # ---------------------------------------------------------------- lifeguard's rescue / first-aid report
    "livraddare|livraddning|RÄDDNINGSRAPPORT\nPlats: {bad}, stora bassängen\nTid: {time}\nPerson: "
    "{full:1}, {pnr}\nHändelse: pojke på {ung} år hittades under vattnet vid bana {bana}. Uppdragen av "
    "livräddare {full:2}. Ambulans larmad.",
    "livraddare|livraddning|Första hjälpen given {date}.\nDrabbad: {caps:1}, {ung} år. Halkade på "
    "kakelgolvet vid duscharna, sår i huvudet. Vårdnadshavare {full:2} nåddes på {mob}. Livräddare: "
    "{first:3}",
    "livraddare|livraddning|{full:1} hoppade i trots att hen inte kan simma. Drogs upp av {first:2} vid "
    "djupa änden. Mamman {full:3} ({snr}) arg på personalen, säger att ingen såg. Kl {time}.",
    "livraddare|livraddning|Rapport nära-drunkning\nDatum {date}\nLivräddare: {init:1}, {first:2}\n"
    "Badande: {low:3}, bor {addr}\nFörlopp: krampade i djupa delen, fick hjälp upp, [[Ingen]] ambulans "
    "behövdes. Föräldern hämtade på {bad}.",
    "livraddare|livraddning|Skada vid hopptornet. {first:1} ({ung}) slog i kanten efter att {nick:2} "
    "knuffat. "
    "Kyla + plåster. Pappa {full:3} kontaktad på {tel}. Händelsen antecknad av {wsur:4}",
    "livraddare|livraddning|HLR-larm {time}\nPatient: {comma:1}, {vuxen} år, besökare på gymmet\n"
    "Livräddare på plats: {full:2}, {full:3}\nAmbulans hämtade från entrén mot {street}. Anhörig: {full:4} "
    "{mob}",
    "livraddare|livraddning|Livräddarrapport. Barn ({ung} år) kom bort från sin mamma {full:1} i "
    "äventyrsbadet. Hittades efter ca {antal} minuter i vattenrutschkanans kö av {first:2}. Tidpunkt: kl "
    "{time}. Mammans mejl: {mail}",
    "livraddare|livraddning|{wfirst:1} på tornet såg att {first:2} drog ner en annan simmare under ytan "
    "flera gånger. Avvisad resten av dagen. Den andre, {full:3}, ville inte polisanmäla. Rapporterat av "
    "{full:1}",
)
