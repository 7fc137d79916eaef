"""Frames D of the seventy-sixth blind corpus (tests/blind76_corpus.py):
the material for a police report, the EST report line and the shift handover;
eight frames per style, each `role|style|template` (slots: tests/blind76_fill.py).
"""

from __future__ import annotations

FRAMES_D = (
    (
        "bibliotekschef|polisanmalan_underlag|UNDERLAG POLISANMÄLAN\nAnmälare: {kommun}, genom "
        "{full:1}\nTel: {tel}\nBrottsplats: {venue}, {room}\nTid: {date} ca kl {time}\nMisstänkt: "
        "{full:2}, född {pnr}, adress {addr}\nMålsägande: anställd {sur:3}\nHändelse: {first:2} "
        'spottade på {first:3} och hotade att "komma tillbaka".'
    ),
    (
        "vaktmastare|polisanmalan_underlag|Skadegörelse – underlag till polisen\nObjekt: "
        "{venue}\nFastighet: {fast}\nAdress: {addr}\nSkada: krossad glasdörr mot {street}, "
        "uppskattad kostnad {amount}\nUpptäckt: {date} av vaktmästare {wsur:1}\nKamera visar två "
        "personer, en troligen {low:2} (känd från fritidsgården enligt {first:3})"
    ),
    (
        "kommunpolis|polisanmalan_underlag|Till polisen, ärende {case}\nKomplettering från "
        "{venue}: vi har nu identifierat den andra personen som {full:1}, {snr}. Hen var "
        "tillsammans med {full:2} när stölden av två datorer skedde {date}. Vittne: bibliotekarie "
        "{sur:3}, nås på {tel}."
    ),
    (
        "museivard|polisanmalan_underlag|Stöld ur utställning\nUtställning: {expo}, "
        "{room}\nFöremål: mindre skulptur, försäkringsvärde {amount}\nUpptäckt {date} kl {time} "
        "av värd {full:1}\nMisstänkt: man i 30-årsåldern som skrev in sig i gästboken som "
        "{full:2} och uppgav {mail}\nBil på parkeringen: {plate2}"
    ),
    (
        "bibliotekarie|polisanmalan_underlag|Ofredande i {venue}\nDen utsatta: låntagaren "
        "{full:1}, {ung} år, målsägandes mamma {full:2} ({mob})\nGärningsperson: äldre man, har "
        "tidigare kallat sig {full:3}\nPlats: {room}, {floor}\nTid: {date}\nPersonal som ingrep: "
        "bibliotekarie {sur:4} och {first:5}"
    ),
    (
        "kulturhuschef|polisanmalan_underlag|Anmälan: inbrott i förråd, {venue}\nAnmäld av "
        "{full:1}, kulturhuschef\nTid: natten mellan {date} och {date}\nStulet: ljudutrustning, "
        "värde ca {amount}\nMisstanke: tidigare anställd {full:2}, som fortfarande har bricka. "
        "Bor enligt vår lista på {addr}, {lgh}.\nPolisens nr: {case}"
    ),
    (
        "vakt|polisanmalan_underlag|Underlag våld mot ordningsvakt\nPlats: {venue} under "
        "{event}\nTid: {date} kl {time}\nUtsatt: OV {full:1}\nGärningsman: {full:2}, {pnr}, vit "
        "tröja\nVittnen: {full:3} ({mob}), {full:4}\nAnmält av {org}, ärende {case}"
    ),
    (
        "receptionist|polisanmalan_underlag|Bedrägeri med lånekort. Någon har lånat {antal} "
        "böcker, bl.a. {title}, på ett kort tillhörande {full:1} ({pnr}). {first:1} har inte "
        "lånat något själv sedan {date}. Lånen gjordes på {venue} av en kvinna som sa att hon "
        "hette {full:2}. Anmälan görs av {first:3} i receptionen, tel {tel}."
    ),
    (
        "samordnare|estrapport|EST-rapport {week}, {kommun}\nRapportör: Kultur och fritid "
        "({full:1})\nOmråde: {place}\nKategori: otrygghetsskapande samling av "
        "personer\nBeskrivning: ungdomar samlas utanför {venue} efter stängning och väntar på "
        "{line}, bland dem {first:2} och {nick:3}. Personal ({first:4}) upplever otrygghet."
    ),
    (
        "samordnare|estrapport|Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapp"
        "ortör\n{date};{time};{place};{venue};Bråk/ordningsstörning;{full:1} och {full:2} bråkade "
        "i {room}, vakt {sur:3} ingrep;Biblioteket"
    ),
    (
        "samordnare|estrapport|Vecka: {week}\nKälla: biblioteken i {kommun}\n• {venue}: klotter "
        'på toaletter (tag "{nick:1}")\n• {place}: grupp om {antal} ungdomar, bl.a. {lowf:2} '
        "och {lowf:3}, kastade ägg mot fönster\n• {event} genomfördes utan incidenter\n• Insats: "
        "vakt fre–lör under öppettiderna {hours}, kontakt {full:4}, {mob}"
    ),
    (
        "kommunpolis|estrapport|Lägesbild kultur {week}: Flera rapporter från {venue} om ungdomar "
        "som stör i {room} tisdagar kl {time}. Kommunpolis {sur:1} har pratat med {first:2} och "
        "{first:3|g} föräldrar. Fastighetsägaren {org} har bytt lås. Uppföljning den {date}."
    ),
    (
        "bibliotekschef|estrapport|Till EST-gruppen\nFrån {venue} denna vecka:\n- mån kl {time}: "
        "{full:1} (tillträdesförbud) försökte komma in, avvisad\n- ons: brandlarm utlöst i "
        "{room}, troligen {lowf:2} med kompisar\n- fre: {full:3} hittades sovande på {floor}, "
        "kontakt med socialjouren ({tel})"
    ),
    (
        "samordnare|estrapport|Kategori: incident mot anställd\nPlats: {venue} ({place})\nNär: "
        "{date}, kl {time}\nVad: besökare ({full:1}) kastade en bok – {title} – på bibliotekarien "
        "{first:2}\nPolis: ja, {case}\nRapportör: {init:3}"
    ),
    (
        "samordnare|estrapport|Område {place}, {week}: Lugnare än förra veckan. {event} i {venue} "
        "drog {antal}0 besökare utan incidenter. En anmälan om hot mot {first:1} i kassan "
        "({case}), gärningsman troligen {full:2}. Ingen insats föreslås. /{full:3}"
    ),
    (
        "samordnare|estrapport|KOMMANDE: {event} – {date}, {venue}\nFörväntat antal: "
        "{antal}00\nAnsvarig: {full:1}, {mob}\nTrygghetsrisk: {first:2} och hans gäng brukar dyka "
        "upp vid {place}\nVakt bokad via {org} (kontakt {sur:3})"
    ),
    (
        "biblioteksassistent|overlamning|Överlämning kväll → morgon\n– {full:1} ringde från {mob} "
        "och frågade efter sin reserverade bok ({title}), ligger på hyllan bakom disken\n– "
        "{first:2} och {first:3} var här igen, satt vid hyllan med {author}, lugnt denna gång\n– "
        "kopiatorn på {floor} trasig, felanmäld\n/{first:4}"
    ),
    (
        "vaktmastare|overlamning|ÖVERLÄMNING {date}\nTill: {first:1}\nFrån: {first:2}\n1. Larmkod "
        "bytt, ny kod hos {full:3}\n2. Hyresgäst i {room} ikväll: {org}, nyckel lämnad till "
        "{full:4} ({tel})\n3. Cykel med lås står fastlåst vid {venue} sedan {week}, ägare "
        "okänd\n4. Bil {plate} i lastzonen, lapp satt"
    ),
    (
        "receptionist|overlamning|hej {lowf:1}! några saker: {full:2} kommer kl {time} och hämtar "
        "sin väska (hittegods, hylla två). {first:3} är sjuk, {first:4} täcker upp i {room}. om "
        "{low:5} dyker upp – han har förbud sedan {date}, ring vakten. kram {lowf:6}"
    ),
    (
        "bibliotekarie|overlamning|Överlämning söndag\nÖppet {hours}\nI tjänst: {full:1}, "
        "{full:2}\nHänt: {nick:3} och två till rökte på altanen mot {pstreet}. Tillsagda av "
        "{first:1}. Mamma till en av dem, {full:4}, ringde senare från {tel} och var arg.\nAtt "
        "göra: maila {mail} om bokningen av {room}"
    ),
    (
        "museivard|overlamning|Överlämning dag→kväll {expo}\n• {first:1} har fått klagomål från "
        "{full:2} om ljudnivån i {room}\n• vakt {sur:3} kommer {time}\n• skolklass från {place} "
        "kommer med {line} imorgon, lärare {sur:4}, {mob}\n• kassan: {amount} i växel"
    ),
    (
        "eventpersonal|overlamning|Överlämning efter {event}\nAllt avslutat kl {time}. {full:1} "
        "(vakt) och {full:2} (teknik) gick sist. Hittade en plånbok i {room} – id tillhör "
        "{full:3}, född {pnr}. Ligger i kassaskåpet. {first:3} ska höra av sig på {mob}."
    ),
    (
        "vaktare|overlamning|pass 18–02 ({date})\nobjekt {venue}: dörr mot {street} går inte i "
        "lås, felanmält till {org}\n{caps:1} sov i entrén kl {time}, fick lämna\nbil {plate2} "
        "stod på gården hela natten\nvakt {sur:2} tar över ikväll"
    ),
    (
        "bibliotekschef|overlamning|Till er som jobbar i helgen: {full:1} har tillträdesförbud "
        "från och med {date}, se pärmen. Om hen kommer – be {first:2} eller {first:3} ringa vakt "
        "{sur:4} på {mob}. {event} i {room} på lördag är fullbokat ({antal}0 platser). Tack! "
        "{first:5}"
    ),
)
