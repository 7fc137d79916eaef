"""Frames of the thirty-sixth blind corpus, file e: the residents' newsletter after a walk, the report to
the local crime-prevention council, and notes on numbered points of the walk's map. `role|style|template`."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # ------------------------------------------------------------ nyhetsbrev
    "bostadsbolag|nyhetsbrev|Nytt från {org} – hösten\nTack alla som gick trygghetsvandring med oss i "
    "{place}! "
    "Ett särskilt tack till {full:1} och {full:2} som visade oss de mörka hörnen. Redan {week} "
    "kommer nya lampor på plats.",
    "forening|nyhetsbrev|Föreningsbladet\nPå dialogkvällen i {venue} kom över {antal} personer. "
    "Ordförande {full:1} lovade att föreningen ska ordna läxhjälp. {first:2|g} förslag om en "
    "grillplats vid {place} fick mest applåder.",
    "tjansteman|nyhetsbrev|TRYGGARE {place}\nI somras gjordes en trygghetsvandring med boende, polis och "
    "{org}. Resultat: buskar röjda vid {venue}, nya lampor längs {street}. Kostnad: {amount}.\n"
    "Frågor? Kontakta {full:1}, {mail}",
    "bostadsbolag|nyhetsbrev|Möt din nya områdesvärd!\n{full:1} började hos oss {date} och kommer att finnas "
    "på kontoret vid {venue}. {first:1|g} nummer är {mob}. Hen ersätter {full:2} som gått i pension.",
    "forening|nyhetsbrev|Nattvandringen har kommit igång! Varje fredag går {antal} vuxna runt i {place} "
    "med start kl. {time}. Ansvarig: {full:1}, anmälan på {first:1|g} lista. Tack också till {wsur:2} på "
    "{org} som fixat västar.",
    "tjansteman|nyhetsbrev|Kort om medborgardialogen\nDatum: {date}. Deltagare: ungefär {antal} boende, "
    "{full:1} från polisen och {full:2} från {kommun}. Det som oftast nämndes var belysning och "
    "mopeder. Hela protokollet kan beställas av {first:2}.",
    "samordnare|nyhetsbrev|Hej grannar! Visste ni att man kan felanmäla trasig belysning direkt till "
    "{kommun}? Ring {tel} eller mejla. {first:1} från vandringsgruppen hjälper gärna till, hon bor på "
    "{pstreet}.",
    "faltare|nyhetsbrev|Fältarna tipsar\nUnder {week} är vi extra ute i {place} och vid {venue}. Du känner "
    "igen oss på de gröna jackorna. I år består gruppen av {full:1}, {full:2} och {wfirst:3}.",
    # ------------------------------------------------------------ radsrapport
    "samordnare|radsrapport|Rapport till Brottsförebyggande rådet\nÄrende: trygghetsvandringar {place} "
    "och {place}\nFöredragande: {full:1}\n\nUnder perioden har två vandringar genomförts. Deltagare "
    "från {org}, polisen och boende. Rapporten är sammanställd av {full:2}.",
    "tjansteman|radsrapport|3.2 Uppföljning av åtgärder\nAv de {antal} åtgärder som beslutades efter "
    "vandringen {date} är flera slutförda. Belysningen vid {venue} ({org}) är klar. Röjning längs "
    "{street} kvarstår; ansvarig {full:1}.",
    "kommunpolis|radsrapport|{full:1}, kommunpolis: polisens bedömning\nOtryggheten i {place} hänger ihop "
    "med samlingar vid {venue} kvällstid. {antal} ingripanden sedan {week}. Två fordon "
    "({plate2}, {plate}) återkommer i iakttagelserna.",
    "samordnare|radsrapport|Bilaga 2. Inkomna synpunkter\nEn boende, {full:1} ({pnr}), har begärt att få "
    "sina synpunkter diarieförda. Synpunkterna gäller främst {street} och {venue}. Handläggare: "
    "{full:2}",
    "tjansteman|radsrapport|Sammanfattning\nVandringen leddes av {full:1} och {comma:2}. {antal} punkter "
    "noterades. Flest synpunkter gällde belysning. Budgetbehov: {amount}. Beslut om finansiering "
    "fattas av {kommun} {week}.",
    "samordnare|radsrapport|Ärendet om boende i förrådet ({fast}) är överlämnat till socialtjänsten. "
    "Personen "
    "har samordningsnummer {snr}; handläggare {full:1}. Ingen uppgift om personen ska föras in i "
    "lägesbilden.",
    "kommunpolis|radsrapport|Lägesbild inför rådets möte {date}\n{place}: gul\n{place}: grön\nKommentar "
    "{sur:1}: vandringen med {org} gav bra underlag. Kontaktperson boende: {full:2}.",
    "tjansteman|radsrapport|Bilaga: underlag från medborgardialogen, sammanställt av {full:1}. "
    "Synpunkter från {full:2} (pensionär, {vuxen} år) och {full:3} ({org}) redovisas ordagrant.",
    # ------------------------------------------------------------ kartanteckningar
    "samordnare|kartanteckningar|Punkt A (gångtunneln, {street}): mörkt, klotter\nPunkt B ({venue}): "
    "samling av unga\nPunkt C (parkering bakom {pstreet}): bil {plate2}\nNoterat av {full:1}",
    "tjansteman|kartanteckningar|Kartpunkt 7 – lekplatsen i {place}. {first:1} markerade med rött. Buskar "
    "och "
    "en trasig lampa. {first:2} lägger in det i systemet hos {org}. Vaktmästare {wsur:3} fixar lampan.",
    "faltare|kartanteckningar|Karta (ritad av {first:1} och {first:2}):\nröd prick – {venue}, där {nick:3|g} "
    "gäng brukar vara\ngul prick – {street}\ngrön – {place}, tryggt",
    "kommunpolis|kartanteckningar|Punkt 12 {place}\nIakttagelse: bilar parkerade på gång- och cykelväg. "
    "En av dem {plate}. {sur:1} (polis) och {full:2} ({org}) var överens om bommar.",
    "bostadsbolag|kartanteckningar|Markering 4: Förråd, {addr}\nInbrott i förråden sedan {date}. Hyresgäst "
    "{full:1} har anmält ({case}). Vi byter lås. /{full:2}",
    'samordnare|kartanteckningar|Digital karta, kommentar av {full:1}:\n"Hela stråket från {venue} till '
    '{place} saknar belysning. [[Stig]] genom skogen används av skolbarn."',
    "boende|kartanteckningar|Min punkt på kartan: trappan vid {street}. Där blev jag hotad av {nick:1}. "
    "{full:2} från föreningen skrev upp det. Kontakt: {mail}",
    "forening|kartanteckningar|Punkterna som föreningen ritade in:\n1. {place} – mörkt\n2. {venue} – "
    "samlingsplats\n3. Parkeringen vid {street} – bilar\nAnsvarig i styrelsen: {full:1}, {mob}",
)
