"""Frames of the forty-first blind corpus, part C: biljettkontrollanters' reports, station hosts' reports
and observation logs of drug dealing at stations and stops. A frame is `role|style|template`
(tests/blind41_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_C = (
    # biljettkontroll: ticket inspectors
    "kontrollant|biljettkontroll|Kontrollavgift utfärdad\nLinje: {line}\nDatum: {date}\nResenär: "
    "{full:1}\nPersonnummer: {pnr}\nAdress: {addr}, {lgh}\nResenären blev hotfull och sa att han skulle "
    '"leta upp" kontrollant {sur:2}. Polis tillkallad.\nAvgift: {amount}',
    "kontrollant|biljettkontroll|Biljettkontroll vid {stop} kl {time}. {antal} resenärer utan giltig "
    "biljett. En av dem, som uppgav namnet {full:1} och samordningsnummer {snr}, slog mobilen ur handen "
    "på kontrollant {full:2}. Ärendet anmält, {case}.",
    "kontrollant|biljettkontroll|Kontrollantrapport {week}\nKontrollanter: {comma:1}; {comma:2}\nPlats: "
    "{line} mellan {stop} och {place}\nHändelse: resenär sprang från kontrollen, trillade och skadade "
    "sig. Han identifierades senare som {full:3} och bor på {addr} enligt polisen.\nVittne: {full:4}, "
    "{mail}",
    "kontrollant|biljettkontroll|{full:1} och {full:2} (biljettkontroll) blev omringade av ca {antal} "
    "ungdomar vid {stop}. En av dem, kallad {nick:3}, sparkade {first:2} i benet och slog {first:1|g} "
    "telefon ur handen. Väktare från {org} kom efter {min} minuter. Anmälan gjord.",
    "kontrollant|biljettkontroll|Resenären {full:1} saknade biljett och legitimation. Han uppgav {pnr} "
    "men det stämde inte, polisen kontrollerade och han hette i stället {full:2}. Kontrollavgift på "
    "{amount}. Kontrollant: {sur:3}",
    "kontrollant|biljettkontroll|kontrollen på {line}, {date}: kvinna utan biljett, {low:1}, blev "
    "ledsen och berättade att hennes ex {lowf:2} tagit hennes kort. vi lät henne gå med en varning. "
    "/{first:3}",
    "kontrollant|biljettkontroll|RAPPORT BILJETTKONTROLL\nKontrollant 1: {full:1}\nKontrollant 2: "
    "{full:2}\nTid: {time}, {stop}\nResenär vägrade uppge namn, vi hörde kompisen kalla honom "
    "{wfirst:3}. Han försvann mot {street}.\nÖvrigt: [[Ros]] till föraren som stannade kvar.",
    "kontrollant|biljettkontroll|Till {org}: Vi kontrollerade {line} vid {venue} och en man spottade på "
    "kontrollant {wsur:1}. Mannen legitimerade sig: {full:2}, {snr}, {addr}. Han åkte iväg i bil "
    "{plate2}. Polisen har fått uppgifterna.",
    # stationsvard: station hosts
    "stationsvard|stationsvard|Stationsvärdar {venue}, dagrapport {date}\n- {time} grupp om {antal} "
    "ungdomar vid spärrarna, skränig. Pratade med dem.\n- {time} {full:1} (stationsvärd) hittade "
    "sprutor på toaletten, sanerat.\n- {time} man som kallas {nick:2} säljer troligen narkotika vid "
    "hissen. Polis informerad.\n/{first:3}",
    "stationsvard|stationsvard|Stationsvärd {full:1}: en äldre man, {full:2}, blev rånad på sin plånbok "
    "i gången mot {stop}. Han bor på {addr}. Vi ringde {first:2|g} dotter {first:3} på {mob}. Polisen "
    "tog anmälan ({case}).",
    "stationsvard|stationsvard|Händelserapport station\nStation: {venue}\nTid: {time}\nVad: Klotter och "
    "krossad glasruta i hisschakt. Kostnad ca {amount}.\nFastighet: {fast}\nMisstänkta: två killar, en "
    "hette {first:1} (enligt vakten {sur:2}).\nRapport av: {caps:3}",
    "stationsvard|stationsvard|{wfirst:1}, stationsvärd på {venue}, skriver: Kvinna sov på bänken vid "
    "perrongen hela kvällen. Hon heter {full:2} och har samordningsnummer {snr}. Vi kontaktade {org}. "
    "Hon bor enligt egen uppgift på {addr}.",
    "stationsvard|stationsvard|Kort om helgen vid {stop}: Fredag kväll bråk mellan två gäng, en kniv "
    "hittades. {full:1} från stationsvärdarna och {full:2} från {org} ringde polisen. En vit bil, "
    "{plate}, hämtade några av dem. Lördag lugnt. Söndag klotter i tunneln mot {street}.\n— {full:3}",
    "stationsvard|stationsvard|Hej {kommun}! Vi på stationen vill tipsa om att belysningen vid "
    "cykelgaraget på {pstreet} (fastighet {fast}) är trasig sedan {date}. Det samlas folk där på "
    "kvällarna och i går kväll blev stationsvärden {full:1} hotad av en man som kallas {nick:2}. "
    "/Stationsvärdarna genom {full:3}",
    "stationsvard|stationsvard|Stationsvärd {sur:1}: En bil, {plate2}, står parkerad på taxiplatsen vid "
    "{venue} varje kväll från kl {time}. Föraren ({full:2}) träffar ungdomar som kommer från {place}. "
    "Misstänkt langning.",
    "stationsvard|stationsvard|stationsvärd {lowf:1} skrev i chatten: ”{low:2} är här igen vid {stop} "
    "och stör resenärer, han vägrar gå”. {org} tillkallades kl {time}.",
    # narkotika: observation logs of drug dealing at stations
    "trygghetsvard|narkotika|Observation narkotikahandel\nPlats: {stop}\nDatum: {date}\nTid: {time} "
    "till {time}\nObservatör: {full:1}\nMan i vit keps, kallas {nick:2}, hade {antal} kontakter på en "
    "timme. Bil {plate2} stod parkerad med motorn igång. Föraren har tidigare kontrollerats av polisen: "
    "{full:3}.",
    "vaktare|narkotika|Väktare {sur:1} ({org}) rapporterar: misstänkt försäljning av tabletter vid "
    "{venue}. Säljaren är en ung man, {ung} år, som presenterar sig som {first:2}. Köparna verkar komma "
    "från {place}. Har hänt varje kväll {week}.",
    "vaktare|narkotika|Vaktrapport {date} kl {time}\nObjekt: {stop}\nIakttagelse: Två personer delade "
    "upp något i små påsar under trappan. De kallade varandra {nick:1} och {nick:2}. När vi närmade oss "
    "sprang de mot {street}. Rapportör: {init:3}",
    "stationsvard|narkotika|Langning vid {venue} igen. Samma gäng som förra veckan. Den äldsta heter "
    "enligt en butiksanställd {full:1} och kör en vit Golf, {plate}. Vi har meddelat polisen ({case}) "
    "och {kommun}. /{full:2}, stationsvärd",
    "trygghetsvard|narkotika|{full:1} (trygghetsvärd): Tjej ca {ung} år sa att en kille som kallas "
    '{nick:2} erbjöd henne "grönt" på {line}. Hon heter {first:3} och vill vara anonym, men '
    "{first:3|g} mamma {full:4} ville att vi skulle rapportera det. Mammans nummer: {mob}.",
    "vaktare|narkotika|Hej, här är observationerna från {week} vid {stop}:\nmån: man med ryggsäck, "
    "kontakter hela kvällen\nons: samma man + en kvinna, {full:1}\nfre: polisen grep {full:2}, "
    "{pnr}\nMvh {full:3}, {org}",
    "trygghetsvard|narkotika|OBS! Knarkförsäljning vid {stop} kl {time} ikväll. Säljaren heter {full:1} "
    "och bor på {addr}, {lgh}. Han har en yngre bror, {first:2}, som står vakt. Info från trygghetsvärd "
    "{wsur:3}.",
    "vaktare|narkotika|Till polisen och {kommun}\nVi har iakttagit försäljning av narkotika på "
    "perrongen vid {venue} under {week}. Främst kvällstid efter kl {time}. Personer vi känner igen: "
    "{full:1}, {full:2} och en som kallas {nick:3}. Fotografier finns hos {full:4}.",
)
