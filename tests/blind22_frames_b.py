# ruff: noqa: E501
"""Frames of the twenty-second blind corpus, part b: football and ice-hockey matches, concerts and festivals,
and holidays (Eid, Nowruz, Diwali, Lucia, Valborg, midsommar, Halloween, nyårsafton). Each frame is
`role|style|template`."""

FRAMES_B = [
    # match
    "klubb|match|Hemmamatch {assoc} den {date} kl {time} på {venue}. Säkerhetsansvarig {full:1} ({mob}), matchvärdar {first:2}, {first:3} och {first:4}. Bortasupportrar kommer med {line}.",
    "klubb|match|Info inför derbyt: ca {antal} bortasupportrar väntas. Kontakt hos {org} är {full:1}, hos polisen {full:2}. Samling vid {place} från kl {time}.",
    "polis|match|Matchen på {venue} gick lugnt. En supporter, {full:1} ({vuxen}), avvisades av vakterna efter bengaler. Tränaren {sur:2} tackade matchvärdarna. {first:1|g} årskort dras in.",
    "klubb|match|Hej! Vi har U17-cup helgen {week} på {venue}. Ansvarig är ungdomstränaren {sur:1}, ring {mob}. Föräldrar från laget, bl.a. {full:2} och {first:3|g} mamma, står i kiosken.",
    "klubb|match|Matchvärdar {date}:\n{caps:1}\n{caps:2}\n{comma:3}\nSäkerhetsansvarig: {full:4}, {tel}",
    "kommun|match|Hockeyn: {assoc} spelar kvartsfinal på {venue} den {date}. Supporterklubbens ordförande {sur:1} räknar med fullsatt. {first:2} från kommunen samordnar med {org}.",
    "polis|match|Efter matchen samlades ett 30-tal unga vid {place}. Två omhändertogs, bl.a. {full:1} ({ung}). Bil {plate} med supportrar stoppades på {street}. Ärende {case}.",
    "klubb|match|{full:1} är ny supporterpolis-kontakt för {assoc}. Hon nås på {mail}. Matchvärdarna leds av {nick:2} som alla kallar honom.",
    # konsert
    "arrangor|konsert|Konsert med lokala artister på {venue} den {date}, insläpp kl {time}. Arrangör {org}, producent {full:1} ({mob}). Väntat {antal} pers. Ordningsvakter från bolaget, ansvarig {full:2}.",
    "arrangor|konsert|Festivalen i {place} helgen {week}: scen vid {venue}, ca {antal} besökare per dag. Kontaktperson {comma:1}, tel {tel}. Biljetten kostar {amount}.",
    "kommun|konsert|{first:1} från kulturförvaltningen har fått förfrågan om en gratiskonsert i {place} den {date}. Artisten kallas {nick:2}, manager {full:3}.",
    "arrangor|konsert|Hej, jag heter {full:1} och är ansvarig för sommarscenen vid {place}. Vi kör torsdagar kl {time} hela juli. Frågor till {mail} eller {mob}.\nMvh {first:1}",
    "kommun|konsert|Rapport från konserten på {venue}: fullt hus, en person ({full:1}) fick vård för berusning. Vakten {first:2} ringde 112. Arrangören {sur:3} var nöjd.",
    "arrangor|konsert|Gospelkonsert i {church} den {date} kl {time}. Körledare {full:1}. Insamling till {org}, förra året {amount}. Parkering vid {pstreet}.",
    "polis|konsert|Festivalområdet vid {place}: två stölder av mobiler, målsägare {full:1} och {full:2}. Misstänkt {caps:3}, {pnr}. Ärende {case}.",
    "arrangor|konsert|[[Inga]] biljetter kvar till lördagens spelning på {venue}. {full:1} och {full:2} sköter entrén, {wfirst:3} baren.",
    # hogtid
    "forening|hogtid|Eid-firande i {place} den {date}! Bön på {mosque} kl {time}, sedan fest i {venue}. Ansvarig {full:1}, frågor till {mob}. Alla välkomna!",
    "forening|hogtid|Nowruz firas {date} vid {place} med eld att hoppa över. {assoc} arrangerar, ordförande {sur:1}. Brandvakt {full:2}. Vi har pratat med {full:3} på räddningstjänsten.",
    "kommun|hogtid|Valborg: brasan vid {place} tänds kl {time}. Förra året kastades smällare, så {first:1} och {wfirst:2} från fältarna är på plats. Extra turer på {line}.",
    "kommun|hogtid|Nyårsafton: anmälan om privat fyrverkeri vid {place} från {full:1}, {addr}. Hon har {mob}. Räddningstjänsten ({full:2}) kontaktad.",
    "forening|hogtid|Diwali i {venue} den {date} kl {time}. {full:1} och {full:2} i föreningen tänder ljusen, barnen uppträder. Lokalhyran på {amount} är betald.",
    "kommun|hogtid|Midsommar vid {place}: stången reses kl {time}, {org} sköter dansen. Kontaktperson {wsur:1} (ordförande), {tel}. Parkering längs {pstreet}.",
    "skola|hogtid|Luciatåget från {venue} går till {church} den {date}. Lärarna {first:1} och {first:2} följer med, Lucia i år är {low:3}.",
    "fritid|hogtid|Halloween: fritidsgården har öppet till kl {time}. {full:1} och {nick:2} har hand om discot. Vi hörde att {first:3} planerar ägg-kastning vid {place}.",
]
