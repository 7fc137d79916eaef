"""Frames of the forty-ninth blind corpus, part a: the TiB's log, evacuation lists and the trygghetspunkt's
log (tests/blind49_corpus.py). `role|style|template`; slots as in tests/blind49_fill.py."""

from __future__ import annotations

FRAMES_A = (
    # ---------------------------------------------------------------- the TiB's log
    "tib|tib_logg|TiB-logg {date}\n{time} Larm från RäddC via SOS: brand i trapphus {addr}. RL {sur:1} på"
    " plats.\n{time} Ringt POSOM-ledare {full:2}, {mob}. Hon startar grupp.\n{time} {first:3} på"
    " {co} bekräftar att de öppnar {venue} som trygghetspunkt.",
    "tib|tib_logg|{time} TiB {full:1} i tjänst.\n{time} RäddC: strömavbrott hela {place}, ca {antal} hushåll"
    " med hemtjänst. Kontakt med hemtjänstens samordnare {first:2} ({mob}).\n{time} Äldre man i {lgh}, "
    "{addr}, kan inte ta sig ned (hiss ur funktion). {nick:3} från grannfamiljen sitter hos honom.",
    "tib|tib_logg|Logg TiB {week}\n"
    "kl {time} samtal fr {co}, jourhavande {sur:1}: vattenläcka i källare {addr}, elcentral under vatten\n"
    "kl {time} info till {kommun} kommunikatör {first:2}\n"
    "kl {time} {low:3} ringer, dotter till boende i {lgh}, orolig. Återkopplas.",
    "tib|tib_logg|{date} natt\n"
    "{time} – RL {full:1} begär POSOM till {venue}. {antal} evakuerade.\n"
    "{time} – POSOM-ledare {full:2} ({mob}) larmad, åker in.\n"
    "{time} – socjour ({first:3}) informerad om barnfamilj, pappan {full:4} vill inte lämna lägenheten.\n"
    "{time} – [[VB]] skickad till kommundirektör.",
    "tib|tib_logg|TIB-LOGG\n{time} Kontakt m räddningschef i beredskap {caps:1}, {tel}\n"
    "{time} Hemtjänst ({sur:2}) saknar {full:3}, {vuxen} år, {addr}. Ej anträffad på telefon {tel}.\n"
    "{time} Hittad hos sin bror {full:4} på {place}. OK.",
    "tib|tib_logg|Kort logg, {date}:\n{time} {full:1} (TiB) mottar larm.\n{time} Evakuering av {addr} klar"
    " enl"
    " RL. Kvar i trapphus B: {full:2} med sambo {wfirst:3}, vägrar. Polisen ({init:4}) pratar med dem.\n"
    "{time} Avslutat från kommunens sida. Överlämnat till {co}.",
    "tib|tib_logg|{time} {first:1} från Räddningstjänsten ringer: bilbrand i garage under {addr}, reg"
    " {plate}."
    " Rök i trapphusen.\n{time} Bilägare enl polis: {full:2}, {pnr}.\n{time} Boende hänvisas till {venue}."
    " Ansv kommunen: {full:3}.",
    "tib|tib_logg|{date} TiB {sur:1}\n"
    "{time} Storm, träd över ledning {place}. {co} felsöker, prognos kl {time2}.\n"
    "{time3} Trygghetslarm ur funktion hos {antal} brukare. Hemtjänst ({full:2}) åker ut till bl.a. {full:3}"
    " och {full:4}. {line} kör ej.\n{time4} Generator till {venue} ordnad via {full:5}, {mob}.",
    # ---------------------------------------------------------------- evacuation lists
    "rtj|evak_lista|EVAKUERADE {addrup}\nLgh | Namn | Ålder | Tel | Bor nu hos\n"
    "{lgh} | {comma:1} | {vuxen} | {mob} | dotter {full:2}, {place}\n"
    "{lgh2} | {comma:3} | {vuxen2} | {mob2} | {venue}\n"
    "{lgh3} | {comma:4} + {first:5} ({ung}) | {vuxen3} | – | hotell",
    "posom|evak_lista|Evakueringslista {date}, {place}\n"
    "1. {full:1}, {vuxen} år, {lgh} – hos sonen {full:2}, {mob}\n"
    "2. {full:3}, {vuxen2} år – trygghetspunkt\n"
    "3. {full:4} och {first:5} ({ung} år), {lgh2} – kvar i lgh, ej rökskadad\n"
    "4. {low:6} – okänt, ej anträffad",
    "bostad|evak_lista|Förteckning boende {addr}, {fast} (register från {co})\n"
    "{lgh}\t{full:1}\t{pnr}\n{lgh2}\t{full:2}\t{pnr2}\n{lgh3}\t{full:3}, {full:4}\t–\n"
    "OBS {lgh4} andrahandsuthyrd till {full:5}, ej i registret",
    "trygg|evak_lista|Inskrivna {venue} kl {time}\n"
    "- {full:1} ({vuxen}), rullator, behöver medicin\n- {full:2} ({vuxen2}) m barn {first:3} o {first:4}\n"
    "- {sur:5|g} hund, ägaren {first:5} på väg\n- {full:6}, {snr}, tolk arabiska\n- {nick:7} (vet ej"
    " efternamn)",
    "rtj|evak_lista|Lista från RL {sur:1}:\n"
    "TR A: {full:2} / {full:3} / {full:4}\nTR B: {full:5} ({lgh}) saknas!!\nTR C: tomt\n"
    "Rökdykare har kontrollerat {lgh2}. Kontaktperson {full:6} {mob}",
    "krisk|evak_lista|NAMN;ÅLDER;LGH;TEL;KOMMENTAR\n{full:1};{vuxen};{lgh};{mob};sover hos {first:2}\n"
    "{full:3};{vuxen2};{lgh2};{tel};hemtjänst 4 ggr/dag\n{caps:4};{vuxen3};{lgh3};{mob2};ej nåd",
    "posom|evak_lista|Vilka bor var inatt ({addr}):\n"
    "{first:1} & {first:2} {sur:2} → hos {first:1|g} syster i {place}\n"
    "Familjen {wsur:3} (5 pers) → {venue}\n{full:4} → vet ej, ring {mob}\n"
    "{init:5} → stannar hos grannen {full:6}",
    "hemtj|evak_lista|Våra brukare i det evakuerade huset\n"
    "{full:1}, {lgh}, larm, insulin kl {time}\n{full:2}, {lgh2}, dement, hos dottern {first:3} ({mob})\n"
    "{full:4}, {lgh3}, rullstol – kvar på {venue}\nKontaktman: {full:5}",
    # ---------------------------------------------------------------- the trygghetspunkt's log
    "trygg|tp_logg|Trygghetspunkt {venue} öppen kl {time}\n"
    "{time2} ca {antal} personer hit. {full:1} ({vuxen}) frågar efter sin katt.\n"
    "{time3} {first:2} från {org} kommer med filtar.\n{time4} {full:3} hämtad av sin son.",
    "trygg|tp_logg|TP {place}, logg\n"
    "{time}: Röda korset ({sur:1}) på plats\n{time2}: {full:2} ringer från {mob}, letar efter mamma"
    " {full:3}\n{time3}: Mamman hittad, sitter med {nick:4} i cafeterian\n{time4}: Stängt. {full:5} låser.",
    "trygg|tp_logg|Kl {time} öppnade vi {venue}. Värd: {full:1}. Med: {first:2}, {first:3} ({org}).\n"
    "Kaffe o smörgåsar. {full:4} behöver skjuts till {place}, ordnat taxi ({amount}).",
    "trygg|tp_logg|{date} Trygghetspunkten {venue}\n{time} el tillbaka på {place}, de flesta går hem\n"
    "{time2} kvar: {full:1}, {full:2}, {lowf:3}\n{time3} {full:1} hämtas av hemtjänst ({sur:4})",
    "posom|tp_logg|TP-logg (skrivet av {full:1})\n"
    "ca {time} – många frågor om försäkring, hänvisat till {co}\n"
    "ca {time2} – {full:2} mådde dåligt, ambulans. Anhörig: {full:3}, {mob}\n"
    "ca {time3} – präst {sur:4} från {org} samtalar m familjen {wsur:5}",
    "trygg|tp_logg|TP {venue} / {date}\n"
    "Besökare (urval): {full:1}, {full:2}, {full:3} m fru, {first:4} ({ung} år, utan vuxen – socjour"
    " kontaktad)\n"
    "Behov: laddare, mat, {amount} i kontanter till {first:5}",
    "trygg|tp_logg|logg tp {place}\n{time} vi är tre: jag ({full:1}), {first:2}, {first:3}\n"
    "{time2} {low:4} från {addr} kommer, blöt, hela lgh under vatten\n"
    "{time3} {first:4} får sova hos sin kusin {full:5}, {mob}",
    "trygg|tp_logg|Trygghetspunkten stänger {date} kl {time}. Sista besökare {full:1} och {full:2}."
    " Nycklar åter till vaktmästare {sur:3}. Tack {first:4} och {first:5} från {org}!",
)
