"""Frames of the fifty-eighth blind corpus, part e: the fastighetsskötare's hasty notes, lists of the
household goods left behind (magasinering), and notes and chats of the weekly samverkan between the housing
company, socialtjänsten, Kronofogden and the debt counsellors.

Each frame is `role|style|template` (tests/blind58_fill.py says what the slots hold).
"""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # --- fastighetsskotare: hasty notes of the janitor and the locksmith's visits
    "fastighetsskotare|fastighetsskotare|bytt lås {lgh}, {addr} kl {time}. kfm {sur:2} var med. hyresgästen"
    " inte hemma. nycklar till {lowf:3} på kontoret",
    "fastighetsskotare|fastighetsskotare|Tömt förråd nr 14 tillhörande {full:1}. Allt till magasinet på"
    " {street}. {first:10} hjälpte till. Bilen {plate} står kvar på p-platsen, ska bärgas enligt {first:3}.",
    "fastighetsskotare|fastighetsskotare|Hej {first:3}. var på {pstreet} idag, grannen {full:7} säger att"
    " {lowf:1} (som vräktes) sover i tvättstugan. Ringde polisen. /{wfirst:10}",
    "fastighetsskotare|fastighetsskotare|Lägenheten efter {full:1} ({lgh}) sanerad {date}. Saneringsfirman"
    " höll på i {antal} dagar. Kostnad ca {amount}, debiteras via {org}. Sign {nick:10}",
    "fastighetsskotare|fastighetsskotare|Felanmälan {addr}: stopp i avloppet. Ingen hemma, hyresgästen"
    " {first:1} {wsur:1} har varit borta sen {date} enl grannen. Går in med huvudnyckel tillsammans med"
    " {lowf:3}.",
    "fastighetsskotare|fastighetsskotare|{first:10} o jag var med vid vräkningen i {place} idag. tog {antal}"
    " lass till tippen. hyresgästens kille {nick:6} blev arg o sparkade på hissdörren, polis kom. bil"
    " {plate2} blockerade infarten",
    "fastighetsskotare|fastighetsskotare|Rapport: lgh efter avhyst hyresgäst ({caps:1}) har mögelskador i"
    " sovrummet. Besiktning beställd {week}. Kontakt {full:3} på {landlord}, mobil {mob}",
    "fastighetsskotare|fastighetsskotare|Nyckelkvittens\nNycklar till {addr}, {lgh}, återlämnade av"
    " {full:5} (syster till f.d. hyresgäst {full:1}) den {date}.\nMottagare: {full:10}",
    # --- kvarlamnat_bohag: lists of household goods left behind, storage and collection
    "magasin|kvarlamnat_bohag|FÖRTECKNING ÖVER KVARLÄMNAT BOHAG\nGäldenär: {comma:1}\nFörrättning: {date},"
    " {addr}\nFastighet: {fast}\nMagasinerat hos flyttfirma på {street}\nKontaktperson: {full:3}, {tel}\n"
    "Hämtas senast tre månader efter förrättningen.",
    "kronoinspektor|kvarlamnat_bohag|Bohag efter {full:1}: soffa, säng, {antal} lådor kläder, tv, cykel."
    " Saknar värde enl. kronoinspektör {sur:2}, får slängas. Fotoalbum och pass lämnade till dottern"
    " {full:5} mot kvittens.",
    "magasin|kvarlamnat_bohag|Hämtning av bohag bokad {date} kl {time}. {full:5} (bror) hämtar med"
    " släpvagn, reg.nr {plate2}. bovärd {sur:3} från {landlord} låser upp magasinet.",
    "magasin|kvarlamnat_bohag|Ej hämtat bohag – {full:1}\nMagasinerat sedan {date}. Magasinskostnad:"
    " {amount} debiteras gäldenären. Brev skickat till senast kända adress, {addr}. Ingen kontakt."
    " Säljs eller förstörs efter {week}.",
    "magasin|kvarlamnat_bohag|Kvittens: undertecknad {full:6} har hämtat ur magasinet: {antal} kartonger,"
    " skrivbord, barnsäng. Tillhör {full:1}, {pnr}.\nDatum: {date}. Ort: {kommun}",
    "magasin|kvarlamnat_bohag|Magasinering\nObjekt: {fast}\nKvarlämnat: bil {plate} (avställd) i garaget,"
    " mc-delar, verktyg\nÄgare enligt vägtrafikregistret: {full:1}\nKontakt sker via god man {full:9}",
    "kundansvarig|kvarlamnat_bohag|Inventering av {lgh} på {street} efter avhysning {date}. Närvarande:"
    " {full:3} ({landlord}), {full:10} (fastighet). Värdesaker: inga. Medicin (insulin) lämnad till"
    " {first:1|g} mamma {full:5}.",
    "kronoinspektor|kvarlamnat_bohag|Fråga från {full:5} per telefon, {mob}: kan hon hämta {first:1|g}"
    " saker utan fullmakt? Svar från KFM ({sur:2}): nej, fullmakt krävs. Blankett mejlad till {mail}.",
    # --- samverkan: notes and chats of the weekly meeting against evictions
    "samordnare|samverkan|Vräkningsförebyggande samverkan {week}\nNärvarande: {full:3} ({landlord}), {full:4}"
    " (soc), {full:11} (budget- och skuldrådgivning)\n1. {full:1}, {place}: skulden {amount}, soc har"
    " beviljat, ärendet stängs.\n2. {full:2}, {place}: ingen kontakt, förrättning {date}.",
    "samordnare|samverkan|Punkt 3, barnfamiljer med uppsägning: familjen {wsur:1} ({antal} barn), familjen"
    " {sur:2} ({antal} barn). {first:11} kollar med skolan om barnen är kända. Bolaget avvaktar till"
    " {date}. En av dem kör {plate2}, bilen ska flyttas från garaget.",
    "socialsekreterare|samverkan|Teams kl {time}\n{lowf:4}: har ni hört av {full:1}??\n{first:3}: nej,"
    " brevet kom tillbaka. hon står på {addr} men grannarna säger att hon bor i {place} nu\n{lowf:4}: ok"
    " jag ringer hennes bror {first:6}",
    "samordnare|samverkan|Minnesanteckningar {date}\nDeltagare: {init:3}, {init:4}, {init:2} (KFM)\nÄrenden:"
    " {full:1} – skulden betald, avhysningen återkallad. {full:6} – bor kvar i andra hand hos {full:7},"
    " kontraktet sägs upp.\nNästa möte {week}",
    "socialsekreterare|samverkan|{first:4} (soc) i chatten: {full:1} har fått lägenhet via {landlord} på"
    " {street}, flyttar in {date}. Kan ni stänga ärendet hos er? {first:3} svarar: klart 👍",
    "samordnare|samverkan|Genomgång av förrättningar {week}: {antal} planerade, några inställda efter"
    " betalning. Bolaget tar upp {full:1} på {pstreet}, där {first:1|g} vuxne son {full:6} har hotat"
    " personal och kör runt i en vit Audi, {plate}. Polis informerad ({case}).",
    "forvaltare|samverkan|Från samverkansmötet: {full:3} ({landlord}) tar upp att {nick:1}, dvs {full:1},"
    " har ny skuld hos {org}. Handläggare {sur:4} kallar till möte med {first:1} och hans syster"
    " {wfirst:12}. [[Dag]] och tid bestäms senare.",
    "samordnare|samverkan|Mötesant. bostadsgruppen\n- {full:1}: KFM-datum: {date}, soc söker kontakt\n-"
    " {full:2}: skuldsanering beviljad, avhysningen återkallad\n- {full:5}, {snr}: bor på {venue}, behöver"
    " ny bostad, {first:11} kollar\nAnsvarig: {full:4}",
)
