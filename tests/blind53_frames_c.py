"""Frames of the fifty-third blind corpus, part c: supporter buses (the bus company's driver reports and the
supporter club's bus stewards), pyrotechnics reports and the supporter police's notes
(`role|style|template`; slots in tests/blind53_fill.py)."""

from __future__ import annotations

FRAMES_C = (
    # ------------------------------------------------------------------ supporterbuss
    "bussbolag|supporterbuss|KÖRRAPPORT\n"
    "Fordon: {plate}\nFörare: {full:1}\nUppdrag: supporterresa {club}, retur från bortamatch\n"
    "Avgång från {arena} kl {time}. Vid rastplatsen slet passagerare loss en säteskudde och en ruta fick "
    "sprickor. Bussvärd ombord: {full:2}, {mob}.\n"
    "Uppskattad skada {amount}. Fakturan skickas till {org}.",
    "bussvard|supporterbuss|Bussansvarig buss 2 – lista\n"
    "1. {comma:1}, {mob}\n2. {full:2}\n3. {full:3}\n4. {nick:4}\n"
    "Samling {place} kl {time}, hemfärd direkt efter slutsignal.\n"
    "OBS! {first:2} har fått tillträdesförbud och får inte följa med.",
    "bussvard|supporterbuss|Rapport från bussresan till {away}\n"
    "Vi var {antal} st i bussen. Stopp vid macken utanför Jönköping där {full:1} snodde snus och betalade "
    "inte. Jag ({full:2}) betalade i efterhand. Chauffören {sur:3} var sur men körde vidare.\n"
    "Polisen mötte bussen vid {venue}.",
    "bussbolag|supporterbuss|Hej {first:1},\n"
    "tyvärr kommer vi inte kunna köra era supporterbussar fler gånger denna säsong. Vid senaste resan "
    "({date}) rökte passagerare ombord och en brandsläckare tömdes. Vår chaufför {full:2} vägrar köra igen.\n"
    "Skadekostnad: {amount}.\n\nMvh {full:3}, trafikledare\n{tel}",
    "bussvard|supporterbuss|Info till alla som åker med bussen på lördag!!\n"
    "Avgång {time} från {street} (vid {venue}), hem med {line}\n"
    "Betala {amount} swish till {mob} märk med namn\n"
    "Ingen alkohol ombord, {first:1} och {first:2} är bussvärdar\n"
    "[[Max]] antal platser är {antal}, först till kvarn",
    "bussbolag|supporterbuss|Avvikelse, linjetrafik\n"
    "Linje: {line}\nFörare: {init:1}\n"
    "Efter matchen trängdes ca {antal} supportrar in i bussen vid {place}. Några hoppade på taket. "
    "Föraren stannade och larmade. En passagerare, {full:2}, fick ett glas i huvudet och fördes "
    "till {venue}.\n"
    "Trafikledning: {first:3}.",
    "bussvard|supporterbuss|{first:1} här, bussansvarig för resan mot {away}.\n"
    "Hemresan gick bra fram till {place}, där bussen ({plate2}) blev stoppad av polis. Alla fick visa "
    "legitimation. {full:2} hade en kniv och blev kvar. Vi kom hem kl {time}.",
    "bussbolag|supporterbuss|Skadeanmälan buss {plate}\n"
    "Datum: {date}\nUppdragsgivare: {club}, kontaktperson {full:1} ({mail})\n"
    "Skador: sönderskurna säten rad 12–15, klistermärken, spya.\n"
    "Sanering utförd av {org}.\nKostnad: {amount} exkl. moms.\n"
    "Rapporterad av förare {wsur:2}",
    # ------------------------------------------------------------------ pyroteknik
    "sakerhetsansvarig|pyroteknik|RAPPORT PYROTEKNIK\n"
    "Match: {club} – {away}\nDatum: {date}\n"
    "Antal bengaler: {antal}\nAntal knallskott: 2\nSektion: bortaläktaren\n"
    "Identifierade personer: {full:1} ({pnr}), {full:2}\n"
    "Matchen avbruten i fyra minuter. Rapporterad till {org}.\n"
    "Säkerhetsansvarig {sur:3}",
    "sakerhetsansvarig|pyroteknik|Pyroteknik – underlag till disciplinnämnden\n\n"
    "I 34:e minuten tändes bengaler i hemmaklacken. Vid visitation efter matchen påträffades ytterligare "
    "bengaler i en väska tillhörande {full:1}, {snr}. Personen uppgav att väskan tillhörde en vän, "
    '"{nick:2}".\n'
    "Bildmaterial finns hos {first:3} på kontrollrummet.",
    "sakerhetsansvarig|pyroteknik|Kort om pyron i går:\n"
    "– tre bengaler och en rökbomb i klacken ca kl {time}\n"
    "– polisen grep {low:1} (skrevs in på plats, {case})\n"
    "– {first:2} i stewardteamet fick brännskada på handen\n"
    "– [[Dag]] två i rad med pyro, vi förväntar oss straff från förbundet",
    "sakerhetsansvarig|pyroteknik|Till: {org}\nFrån: säkerhetsansvarig {full:1}\n\n"
    "Ärende: användning av pyroteknik vid {arena}\n\n"
    "En person maskerad med halsduk tände en bengal och kastade den in på planen. Med hjälp av kamera "
    "kunde personen identifieras som {caps:2}, boende {addr}. Polisanmälan gjord, {case}.",
    "sakerhetsansvarig|pyroteknik|Incident nr {antal}\n"
    "Typ: pyroteknik/knallskott\n"
    "Plats: entré {street}\n"
    "Beskrivning: Knallskott avfyrat i kön vid {time}. Skadad: {full:1}, hörselskada. "
    "Gärningsman sprang mot {place}; signalement: mörk jacka, kallas {nick:2} enligt vittne {full:3}.",
    "sakerhetsansvarig|pyroteknik|Hej {first:1}\n"
    "Förbundet har beslutat om böter på {amount} för pyrotekniken mot {away}. "
    "Vi har namnen på två av dem som tände: {full:2} och {full:3}. Styrelsen vill att vi kräver dem på "
    "skadestånd. Kan du ta fram adresserna? {first:2} bor på {addr} enligt medlemsregistret.\n/{first:4}",
    "sakerhetsansvarig|pyroteknik|Protokollsanteckning, visitation\n"
    "Ingång: gästsektionen\nVisiterad: {comma:1}\nFynd: 4 bengaler, 1 rökfackla\n"
    "Visitationen utförd av ordningsvakt {sur:2} och {sur:3}\n"
    "Polisens ärendenummer: {case}",
    "sakerhetsansvarig|pyroteknik|{full:1} – pyroincident vid {arena}\n"
    "En bengal kastades från övre sektionen och landade nära ett barn. Barnets förälder {full:2} "
    "({mob}) vill anmäla. Kastaren tros vara {lowf:3}, en av capos i klacken.\n"
    "Ordningsvakten {wsur:4} såg kastet.",
    # ------------------------------------------------------------------ supporterpolis
    "supporterpolis|supporterpolis|Supporterpolisens anteckningar inför {club}–{away}\n"
    "Dialog med {full:1} i supporterklubben. De räknar med {antal} på marschen från {place}. "
    "Kontaktperson under dagen: {first:2}, {mob}.\n"
    "Känd person med tillträdesförbud: {full:3}, {snr}. Eventuellt på plats.",
    "supporterpolis|supporterpolis|SPT efter match\n"
    "Bra dialog med klacken. {nick:1} och {nick:2} höll ordning i tåget.\n"
    "Incident vid {venue}: {full:3} hamnade i bråk med en hemmasupporter, båda avvisade. "
    "Ärende {case}. Undersökningsledare {sur:4}.",
    "supporterpolis|supporterpolis|Lägesbild supportrar, {week}\n"
    "- Bortamatch mot {away}, ca {antal} resande med {line}\n"
    "- Hemmaklacken planerar tifo, ansvarig {full:1}\n"
    "- Risk för sammandrabbning vid {place} efter match\n"
    "- Kontakt SLO bortalaget: {full:2} ({mail})",
    "supporterpolis|supporterpolis|Ringde upp {full:1} (SLO) ang. bussarna. Två bussar, reg {plate} och "
    "{plate2}, ankomst ca {time} till {street}. {first:1} lovar att ingen pyro tas med.\n"
    "/{first:2}, supporterpolis",
    "supporterpolis|supporterpolis|Anteckning {date}\n"
    "Pratade med {first:1} från ungdomsgruppen i klacken. Oro för att {low:2|g} kompisar "
    "rekryterar yngre killar "
    "(runt {ung} år) till en fightinggrupp. Tips vidarebefordrat till kommunpolisen {sur:3}.",
    "supporterpolis|supporterpolis|{first:1} + {first:2} i tjänst.\n"
    "Mötte tåget från {away} vid {venue}. En person, {full:3}, kastade en ölburk mot oss. "
    "Omhändertagen, {case}. I övrigt god stämning.",
    "supporterpolis|supporterpolis|Sammanfattning dialogarbete\n"
    "[[Rask]] avveckling efter matchen, klacken gick lugnt mot {place}.\n"
    "Samtal med föreningens säkerhetschef {full:1} om {full:2|g} tillträdesförbud.\n"
    "Nästa möte {date} på {venue}.",
    "supporterpolis|supporterpolis|Uppföljning: personen {full:1} (född {pnr}) förekom igen vid "
    "hemmamatchen trots tillträdesförbud. Bor enligt folkbokföring på {addr}, {lgh}. "
    "Vi föreslår att åklagare kontaktas. Handläggare {init:2}",
)
