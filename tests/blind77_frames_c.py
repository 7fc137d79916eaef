"""Frames of the seventy-seventh blind corpus, part C: waste lorries' drivers' notes (`chauffor`), the waste
unit's customer service (`kundtjanst`) and the police's events and reports (`polis`). Slots:
tests/blind77_fill.py."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # --- chauffor: drivers' notes from the lorry's tablet
    "chauffor|chauffor|Avvikelse tömning {date}\nRutt: {place} tisdag\nAdress: {addr}\nKärlet ej framställt,"
    " tredje gången. Kunden ({full:1}) säger att det ska stå där. /chaufför {sur:2}",
    "chauffor|chauffor|felsortering {addr}: matavfallspåsen full med plast o glas. lapp i brevlådan till"
    " {low:1}. bilder i appen. {lowf:2} kör samma rutt i morgon",
    "chauffor|chauffor|Kund {full:1} stod och väntade vid kärlet på {street} och skällde på mig för att vi"
    " missat hämtningen {week}. Vill att {sur:2} på kundtjänst ringer upp på {mob}. Tid: {time}.",
    "chauffor|chauffor|Tömningslista {date}, bil 14 ({plate2})\n- {addr}: blockerat av bil {plate}\n- {fast}:"
    " grinden låst, nyckel saknas (ägare {full:1})\n- miljörummet vid {street}: någon har ställt en tv och"
    " [[Kyl]]\nFörare: {first:2} / {first:3}",
    "chauffor|chauffor|Hej {first:1}, kan du kolla {addr}? Där står ett kärl med adresslapp till {full:2} men"
    " i systemet står {full:3}. Ska det debiteras extra tömning, {amount}? /{first:4} i bil {antal}",
    "chauffor|chauffor|Rapport från sopbil: vid {avc} stod en personbil {plate2} parkerad framför containern"
    " så vi kunde inte byta {cont}. Ägaren {full:1} kom efter 20 min. Chauffören {wsur:2} noterade tid"
    " {time}.",
    "chauffor|chauffor|{first:1} här från bil 7. Körde på en brevlåda på {street} vid backning kl {time},"
    " ägaren heter {full:2} enligt namnskylten. Har lämnat lapp med mitt nummer {mob}.",
    "chauffor|chauffor|Avvikelser {week}\nmån – {addr}, kärlet trasigt (lock)\ntis – fel i insamlingen av"
    " [[Textil]], lapp till {comma:1}\nons – kund {full:2} vill säga upp abonnemanget\ntors – inget\nfre –"
    " lös hund vid {place}, ägare {first:3}",
    # --- kundtjanst: the waste unit's customer service
    "kundtjanst|kundtjanst|Ärende registrerat {date} kl {time}\nKund: {full:1}, {pnr}\nAdress: {addr}\n"
    "Ärende: vill ha hämtning av grovavfall ({kg}) – offert {amount}.\nHandläggare: {sur:2}",
    "kundtjanst|kundtjanst|Samtal från {full:1} ({mob}) som bor i {lgh} på {street}. Grannen {full:2}"
    " ställer sina säckar i {first:1|g} kärl varje vecka. Vill veta om man kan få ett lås. Hänvisat till"
    " {org}. /{first:3}",
    "kundtjanst|kundtjanst|Ang. faktura på {amount} för extra tömning – kunden {full:1} bestrider, säger att"
    " kärlet inte var överfullt. Chauffören {sur:2} har bild. Skickat till {full:3} för bedömning. Kundens"
    " e-post: {mail}",
    "kundtjanst|kundtjanst|Ärendelogg\n{date} kl {time} – {first:1}: kunden ringer om utebliven hämtning\n"
    "{date} kl {time} – {first:2}: skickat till transport\n{date} – {first:1}: kunden ({full:3}) ringer"
    " igen, arg. Hämtas {week}.",
    "kundtjanst|kundtjanst|Mejl från kund: 'Hej! Jag heter {full:1} och har fått en lapp från er chaufför om"
    " felsortering. Det är inte vi som slänger [[Frigolit]] i matavfallet, det är hyresgästen i {lgh},"
    " {full:2}. Min adress: {addr}.'",
    "kundtjanst|kundtjanst|Återuppringning: {full:1}, {tel}. Har fått fel kärlstorlek. Vill också anmäla att"
    " {nick:2} på gatan (heter egentligen {first:2}) samlar skrot på tomten. Ärendet till {full:3} på"
    " miljö.",
    "kundtjanst|kundtjanst|Kundnotering {fast}: ägare {comma:1}, nytt abonnemang från {date}. Förra ägaren"
    " {full:2} har obetalda fakturor på {amount}. Kontakt via {mail}. /{lowf:3}",
    "kundtjanst|kundtjanst|Telefonnotis\nVem: {caps:1}\nNr: {mob}\nVad: frågar om öppettiderna på {avc} i"
    " helgen ({hours}) och om man får lämna [[Däck]] utan fälg.\nSvar gett av {wfirst:2}.",
    # --- polis: the police's events and reports
    "polis|polis|Stöld, {place}\nKl {time} larmades polis till {avc} där två personer setts klippa upp"
    " stängslet. En man, {full:1}, {vuxen} år, greps på platsen med ca {kg} kopparkabel. Den andre, som"
    " kallas {nick:2}, for därifrån i en bil med {plate}.",
    "kommunpolis|polis|Händelse {case}\nBrottstyp: Stöld/inbrott\nPlats: {avc}\nDatum: {date}\nMålsägande:"
    " {org}, kontaktperson {full:1}\nMisstänkt: {comma:2}, {snr}\nGods: elavfall (mobiler, datorer) värde"
    " {amount}",
    "polis|polis|Polisen söker vittnen efter att någon dumpat ett tiotal oljefat vid {place} natten mot"
    " {date}. Vittnen ombeds ringa 114 14 och uppge {case}. En {plate2} ska ha setts vid hållplatsen för"
    " {line}. Tips har"
    " kommit in om en {first:1} som hyr lokal vid {street}.",
    "kommunpolis|polis|Lägesbild metallstölder {week}: {antal} händelser, främst vid {avc} och byggen."
    " Återkommande fordon: {plate} och {plate2}. Känd person: {full:1} (tidigare dömd). {first:1} har setts"
    " med {full:2} hos skrothandlare i {place}.",
    "polis|polis|Rapport: patrull stoppade {plate2} på {street} kl {time}. Föraren {full:1} och passageraren"
    " {full:2} hade lastat katalysatorer och en fläkt från [[Vitvaror]]. Godset omhändertaget. {case}.",
    "kommunpolis|polis|Till EST-gruppen: under {week} har tre anmälningar om nedskräpning kommit in från"
    " {place}. En av dem gäller {full:1} på {addr} som ska ha tippat trädgårdsavfall i bäcken. {full:2} från"
    " {org} följer upp. /kommunpolis {sur:3}",
    "polis|polis|Förhör med {full:1} ({pnr}) angående stöld av [[Koppar]] från {avc}. {first:1} uppger att"
    " kabeln hämtades med lov av en anställd, {first:2}. Personalansvarige {full:3} förnekar det."
    " Förhörsledare: {init:4}",
    "polis|polis|Händelserapport\n{date} kl {time} – larm om brand i container vid {avc}\nAnmälare:"
    " {full:1}, {mob}\nUppgifter: ungdomar sågs på platsen, en av dem kallades {nick:2}, ca {ung} år\nÅtgärd:"
    " räddningstjänsten släckte, {case}",
)
