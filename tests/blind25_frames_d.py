"""Frames of the twenty-fifth blind corpus (tests/blind25_corpus.py), fourth part: parking and traffic
registers, key and access-card logs (passagesystem) and the visitor logs of a fritidsgård. Each frame is
`role|style|template`; slots are filled by tests/blind25_fill.py."""

from __future__ import annotations

FRAMES_D = [
    # parkering
    "parkering|parkering|Reg.nr;Datum;Tid;Plats;Överträdelse;Avgift\n{plate};{date};{time};{street};Parkering"
    " på gångbana;{amount}\n{plate2};{date};{time};{place};Ej giltigt p-tillstånd;{amount}",
    "parkering|parkering|Felparkering {stamp}\nFordon: {plate2}\nÄgare enl. vägtrafikregistret: {ecomma:1},"
    " {addr}\nParkeringsvakt: {sign} {sur:2}\nBolag: {org}",
    "parkering|parkering|Flyttade fordon {week}\n{plate} flyttad från {place} till uppställningsplats,"
    " ägaren {full:1} underrättad\n{plate} flyttad från {pstreet}, ägare okänd",
    "bostadsbolag|parkering|Boendeparkering – klagomål\nAnmälare: {full:1}, {mob}\nBil {plate2} står på min"
    " plats på {street} sedan {date}. Jag tror den tillhör {first:2} i {lgh}.",
    "trafik|parkering|Datum\tRegnr\tHändelse\tFörare\n{date}\t{plate}\tmopedkörning på GC-väg vid"
    " {venue}\t{full:1}\n{date}\t{plate2}\tA-traktor i hög fart på {street}\t{full:2}",
    "parkering|parkering|{full:1} ({pnr}) har fått {antal} parkeringsanmärkningar vid {venue} sedan {date}."
    " Fordon {plate}. Ärendet skickat till {org}.",
    "parkering|parkering|Kameraparkering {place}\nIn: {stamp} {plate2}\nUt: {stamp}\nNotering av P-vakt"
    " {full:1}: bilen lämnade av ungdomar vid {venue}. [[Björk]] har fallit över infarten.",
    "trafik|parkering|Trafikärende {dnr}\nSynpunkt från {full:1}: bilar kör för fort på {street} vid"
    " {venue}, särskilt {line} som inte hinner stanna.\nSvar skickat {date} av {uid:2}",
    # passage
    "passagesystem|passage|Tid;Kortnr;Dörr;Innehavare;Händelse\n{stamp};{kort};Källare"
    " A;{ecomma:1};Godkänd\n{stamp};{kort};Förråd B;{ecomma:2};Nekad",
    "passagesystem|passage|Passagelogg {addr}, {date}\n{time} {caps:1} kort {kort} – entré\n{time} {caps:2}"
    " kort {kort} – tvättstuga\n{time} okänd tagg – nekad",
    "fastighet|passage|Nyckelkvittens\nNyckel/tagg: {kort}\nUtlämnad till: {full:1}, {lgh}\nUtlämnad av:"
    " {uid:2}\nDatum: {date}\nÅterlämnad: ej",
    "passagesystem|passage|Rapport från passagesystemet: dörren till {venue} öppnad {antal} gånger med ett"
    " kort som tillhör {full:1}, mellan {time} och {time}. {first:1} förnekar att kortet lånats ut.",
    "passagesystem|passage|Spärrade taggar {week}\n{kort}\t{comma:1}\tborttappad\n{kort}\t{comma:2}\tstulen"
    " vid inbrott i {lgh}\n{kort}\tokänd, kallas {nick:3}\tanvänd i soprummet",
    "passagesystem|passage|Dörr;Öppnad;Stängd;Användare\nPort {addr};{time};{time};{caps:1}\nGarage"
    " {street};{time};{time};{full:2}",
    "fastighet|passage|Förvaltare {full:1} begär utdrag ur passagesystemet för {addr} {date} mellan {time}"
    " och {time}, med anledning av inbrott i förråd som {full:2} anmält.",
    "passagesystem|passage|Kort {kort} registrerat på {full:1} användes {stamp} vid {venue}, trots att"
    " kortet spärrats {date}. Kontakt: {mail}",
    # besokslogg
    "fritidsgard|besokslogg|Besökslogg {date}, {venue}\nIncheckade: {antal}\nNoterat: {first:1} ({ung}) och"
    " {first:2} ({ung}) bråkade vid pingisbordet, {first:2} fick gå hem kl {time}.\nPersonal: {lowf:3},"
    " {lowf:4}",
    "fritidsgard|besokslogg|{full:1};{ung};{time};{time};\n{full:2};{ung};{time};{time};hämtad av"
    " {first:3}\n{nick:4};?;{time};;ville inte uppge namn",
    "fritidsgard|besokslogg|Fritidsgården i {place} – kvällsanteckning {date}\nMånga besökare ({antal})."
    " {full:1} berättade att {nick:2} hotat yngre killar vid {venue}. Fritidsledare {sur:3} pratade med"
    " {first:1|g} pappa.",
    "fritidsgard|besokslogg|{date};{venue};{first:1} {ung} år;inskrivning;målsman {full:2} {mob}",
    "fritidsgard|besokslogg|Besökare {date}: {lowf:1}, {lowf:2}, {first:3}, {first:4} och {antal}"
    " okända\nIncident: {first:3} och {wfirst:5} bråkade om en mobil, löst på plats. [[Vilja]] finns att"
    " starta tjejkväll.",
    "fritidsgard|besokslogg|Fritidsgårdens logg {week}\nMån: lugnt.\nOns: polis ({full:1}) på besök.\nFre:"
    " {full:2} ({ung}) portad två veckor efter hot mot personal. Mamma {full:3} informerad via {mob}.",
    "fritidsgard|besokslogg|Id;Förnamn;Efternamn;Ålder;Senast\n{nr};{first:1};{sur:1};{ung};{date}\n{nr};{first:2};{sur:2};{ung};{date}",
    'fritidsgard|besokslogg|Sms till fritidsledare {full:1}: "hej det är {nick:2}, kan du säga till'
    ' {first:3} att jag inte kommer ikväll. ring {mob}"',
]
