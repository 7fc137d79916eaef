"""Frames of the sixty-eighth blind corpus, part e: cleaners' and caretakers' fault reports, residents'
and parents' comments on school routes through the kommun's e-service, and the evening reports of the
fritidsgård and the night walkers."""

from __future__ import annotations

# Felanmälan: short fault reports from cleaners and staff, a phone number, a place in the building.
FELANMALAN = (
    "lokalvardare|felanmalan|Felanmälan\nObjekt: {venue}\nFel: dörr till ytterförråd uppbruten, "
    "låset trasigt\nUpptäckt: {date} kl {time}\nAnmälare: {full:1} ({mob})",
    "lokalvardare|felanmalan|{full:1} lokalvård: någon har eldat i papperskorgen utanför {venue}, "
    "sotigt på väggen. Meddelat {first:2} i växeln. [[Ingen]] skadad.",
    "lokalvardare|felanmalan|FEL: belysning gångväg mellan skolan och {place} ur funktion\n"
    "ANMÄLT AV: {caps:1}\nTEL: {tel}\nKOMMENTAR: barnen går här i mörker, hände något med {first:2} "
    "förra veckan",
    "lokalvardare|felanmalan|Hej! Det ligger glas överallt på skolgården vid {venue} efter helgen. "
    "Någon har också sprejat {nick:1} på väggen i stora bokstäver. Mvh {lowf:2}, städ",
    "lokalvardare|felanmalan|Felanmälan {fast}\nAdress: {addr}\nTrasig ruta i entrédörr, tejpad.\n"
    "Kontakt: {full:1}, {mail}\nVaktmästare {wsur:2} är informerad.",
    "lokalvardare|felanmalan|{full:1}\nLokalvårdare, {org}\n\nKameran vid cykelstället på {venue} är "
    "nedriven. Elever säger att {first:2} och {first:3} gjorde det. Kontakta {wsur:4} på skolan.",
    "lokalvardare|felanmalan|Ärende: Klotter\nText på väggen: namnet på en elev ({full:1}) och "
    "kränkande ord. Bör tas bort före måndag. Väggen mot {pstreet}. /{first:2}",
    "lokalvardare|felanmalan|Anm. {date} kl {time}\nLarmet i {venue} går inte att slå av. "
    "Jourhavande {wfirst:1} på {org} kontaktad via {tel}. Lokalvårdare {sur:2} väntar kvar.",
)

# Synpunkt om skolvägen: the kommun's e-service, a resident's or a parent's own words.
SKOLVAGSSYNPUNKT = (
    "foralder|skolvagssynpunkt|E-tjänst: Synpunkt trafik\nNamn: {full:1}\nE-post: {mail}\nTelefon: "
    "{mob}\nSynpunkt: Bilar parkerar på gångbanan vid {venue} vid lämning. Barnen tvingas ut i gatan "
    "({street}).",
    "foralder|skolvagssynpunkt|Synpunkt från {full:1}, {addr}, {lgh}\nBusskuren på {street} är full av "
    "ungdomar som röker och skriker efter barnen som väntar på {line}. Min son {first:2} vågar inte stå "
    "där.",
    "foralder|skolvagssynpunkt|Avsändare: {comma:1}\nÄmne: Skolväg {place}\nCykelbanan längs "
    "{pstreet} har en trasig lyktstolpe sedan {week}. Det är där {first:2} i 5B blev knuffad av en "
    "mopedist.",
    "foralder|skolvagssynpunkt|Hej {kommun}!\nVarför finns det ingen skolpatrull vid {street} längre? "
    "Bilar kör fort, en svart BMW ({plate2}) körde nästan på min dotter {date}. Hälsningar "
    "{full:1}",
    "foralder|skolvagssynpunkt|Jag heter {full:1} och bor på {addr}. Varje morgon kör en pickup "
    "({plate}) över skolgården vid {venue} som genväg. Jag har pratat med föraren ({first:2}), han bryr "
    "sig inte.",
    "trafikhandlaggare|skolvagssynpunkt|Svar från {kommun}\nHej {first:1}! Tack för din synpunkt om "
    "skolvägen vid {place}. Vi mäter hastigheten {week}. Handläggare: {full:2}, {tel}",
    "foralder|skolvagssynpunkt|Synpunkt: tunneln under {street} mot {venue}\nDet har varit flera "
    "rån där. Min son blev av med sin jacka ({amount}). Polisen har ärendet, {case}.\n{full:1}",
    "trafikhandlaggare|skolvagssynpunkt|Internt: synpunkt från vårdnadshavare {full:1} om "
    "övergångsstället vid {street}. Kopia till rektor {sur:2} och trafikingenjör {wsur:3}. Återkoppling "
    "senast {date}.",
)

# Fritidsgårdens kvällsrapport and night walkers' notes.
FRITIDSRAPPORT = (
    "fritidsledare|fritidsrapport|Kvällsrapport {venue}\nBesökare: {antal}\nKl {time} kom {nick:1} "
    "och två till in och var hotfulla mot {first:2}. Ringde polisen. Stängde tidigare.\n/{full:3}",
    "fritidsledare|fritidsrapport|{first:1} (fritidsledare): lugn kväll, ca {antal} ungdomar. Utanför "
    "skolan vid {place} brann en soptunna kl {time}, brandkåren kom. {lowf:2} sa att det var "
    "några från {place2}.",
    "nattvandrare|fritidsrapport|Nattvandring {date}\nVi var {antal} vuxna. Rundan: {venue} – "
    "{place} – centrum. Träffade {low:1} som var väldigt full, ringde hans pappa {full:2} på {mob}. "
    "Samordnare: {full:3}",
    "fritidsledare|fritidsrapport|Rapport fredag\n- {full:1} berättade att han blivit rånad vid "
    "skolan\n- {nick:2} har fått tillträdesförbud\n- grupp vid {venue} hela kvällen\nRapportör: {first:3}",
    "nattvandrare|fritidsrapport|Från nattvandrarna ({org}) kl {time}: ungdomar kastar sten mot "
    "skolans fönster vid {place}. Vi pratade med dem, en sa att han hette {full:1}. Polisen "
    "meddelad. /{wfirst:2}",
    "fritidsledare|fritidsrapport|Veckans händelser {week}\nMån: lugnt\nTis: mopeder på skolgården, en "
    "med reg {plate}\nOns: {first:1} berättade om hot i skolan från {full:2}\nTor: stängt\nAnsvarig: "
    "{full:3}",
    "fritidsledare|fritidsrapport|Hej {first:1}! Bara så du vet: {full:2} i 9B sov på fritidsgården "
    "igår, sa att han inte kan gå hem. Vi har pratat med socialjouren. Hans mobil är {mob}, "
    "samordningsnummer {snr}.\n"
    "{full:3}",
    "nattvandrare|fritidsrapport|Nattvandrarrapport {place}\nKl {time} vid {venue}: en bil ({plate2}) "
    "delade ut något till ungdomar. Föraren kallades {nick:1}. Vi ringde 114 14. Anteckning: {lowf:2}",
)

FRAMES_E = FELANMALAN + SKOLVAGSSYNPUNKT + FRITIDSRAPPORT
