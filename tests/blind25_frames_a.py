"""Frames of the twenty-fifth blind corpus (tests/blind25_corpus.py), first part: housing companies'
fault reports (felanmälan), their disturbance cases (störningsärenden) and their work-order rows.
Each frame is `role|style|template`; slots are filled by tests/blind25_fill.py."""

from __future__ import annotations

FRAMES_A = [
    # felanmalan
    "bostadsbolag|felanmalan|Ärendenr: {nr}\nRegistrerad: {stamp}\nObjekt: {fast}\nAdress: {addr},"
    " {lgh}\nAnmälare: {full:1}, tel {mob}\nÄrendetyp: Skadegörelse\nBeskrivning: Glasruta i entrédörren"
    " krossad, glas på marken mot {venue}.\nHandläggare: {uid:2}\nStatus: Åtgärdad",
    "bostadsbolag|felanmalan|FELANMÄLAN {nr}\nInkom: {date} kl {time}\nHyresgäst: {ecomma:1}\nLgh:"
    " {lghn}\nTelefon: {tel}\nText: Brandrök i trapphuset, sotiga väggar på plan 3. Grannen {first:2} i"
    " samma trappa har också ringt.\nUtförare: {comp}\nKostnad: {amount}",
    "bostadsbolag|felanmalan|Ärende {nr} | Klotter | {place}\nAnmäld av: {caps:1} ({mob})\nPlats: fasaden"
    " mot {street}, ca 4 kvm\nBilder bifogade av {first:1}. Sanering bokad {date}.\nTilldelad: {sign} /"
    " {full:2}",
    "fastighet|felanmalan|{nr};{date};{fast};{addr};Inbrott förråd;Förrådsdörr uppbruten, hyresgäst"
    " {full:1} saknar cykel och vinterdäck;{amount};{comp}",
    "bostadsbolag|felanmalan|Ärendenr: {nr}\nObjekt: {addr}\nAnmälare: {full:1}\nE-post:"
    " {mail}\nBeskrivning: Trasig belysning i gångtunneln mot {venue}, mörkt sedan {date}. {first:1} känner"
    " sig otrygg på väg hem från {line}.\nHandläggare: {init:2}",
    "kundtjanst|felanmalan|Felanmälan via app {stamp}\nNamn: {low:1}\nAdress: {addr} {lgh}\nMeddelande:"
    ' "hej nån har sprejat på dörren igen och hissen luktar kiss. mvh {lowf:1}"\nKategori:'
    " Klotter/Hiss\nMottagen av kundtjänst: {sur:2}",
    "bostadsbolag|felanmalan|{full:1} ringde {date}: grannen ovanför spelar hög musik varje natt, har fått"
    " lapp från {comp}. Ärendet lagt på fastighetsskötare {sur:2}. Lgh {lghn}, {addr}.",
    "bostadsbolag|felanmalan|Ärendenr;Datum;Adress;Typ;Anmälare;Kommentar\n{nr};{date};{addr};Nedskräpning;{comma:1};Grovsopor"
    " utställda vid {place}, ordf. {wsur:2} har fotat\n{nr};{date};{addr};Övrigt;{full:3};[[Storm]] har"
    " vält ett träd mot förrådet",
    # storning
    "hyresvard|storning|STÖRNINGSÄRENDE {nr}\nHyresgäst: {ecomma:1}, {lgh}, {addr}\nStörande:"
    " {ecomma:2}\nKlagomål: Skrik och slag i väggarna efter {time}, tredje gången sedan {date}.\nÅtgärd:"
    " Tillsägelse skickad, kopia till {uid:3}\nHandläggare: förvaltare {sur:3}",
    "hyresvard|storning|Störning {stamp} | Anmälare {full:1} | Objekt {fast} | Text: fest i lgh ovanför, ca"
    " {antal} personer i trapphuset, flaskor kastade från balkong. Jour ({org}) på plats kl {time}.",
    "hyresvard|storning|Ärende {nr}\nKlagande: {full:1}\nKlagomålet gäller: {full:2},"
    " {addr}\nSammanfattning: {first:2} har enligt grannarna en hund som skäller dagtid och röker på"
    " loftgången. {first:1} vill vara anonym mot {first:2|g} familj.\nStatus: Pågående, hembesök bokat"
    " {date}",
    "hyresvard|storning|{nr}\t{date}\tstörning\t{addr}\t{full:1}\tmusik efter kl 22,"
    " skrik\t{sign}\n{nr}\t{date}\tstörning\t{addr}\t{full:2}\tbesökare sover i förrådet\t{sign}",
    "kundtjanst|storning|Från: {mail}\nTill: kundtjänst\nÄmne: Lgh {lghn} igen\n\nHej! Det är {first:1} i"
    " {addr}. Grannen {nick:2} har haft folk i trapphuset hela helgen, de röker på och sitter i trappan"
    " till {time}. Kan ni göra något?\n/{full:1}",
    "hyresvard|storning|Störningsjournal {addr}\n{date}: {full:1} ringer om slagsmål i trapphuset, väktare"
    " {sur:2} kallad.\n{date}: Ny anmälan, {first:1} hörde glas krossas.\n{date}: Brev skickat till"
    " hyresgäst {caps:3}.",
    "hyresvard|storning|Ärende: {nr} Typ: Störning/ordning Obj: {fast} Lgh: {lghn} Hyresg: {trunc:1} Anm:"
    " {trunc:2} Reg: {stamp} Handl: {uid:3}",
    "hyresvard|storning|Hyresgästen {full:1} ({pnr}) har fått en andra varning. Störningar: hög musik,"
    " besökare som sover i förrådet. Kontaktperson på socialtjänsten: {full:2}, {tel}.",
    # bolagsrad
    "fastighet|bolagsrad|Ärendenr;Registrerad;Fastighet;Adress;Ärendetyp;Beskrivning;Kostnad;Bolag\n{nr};{stamp};{fast};{addr};Klotter;Tags"
    " på garageporten, anmält av {full:1};{amount};{comp}",
    "fastighet|bolagsrad|{nr};{date};{fast};{addr};Brand/brandrök;Brand i soprummet i natt,"
    " fastighetsskötare {sur:1} larmade 112, polisens nr {case};{amount}",
    "fastighet|bolagsrad|Registrerad\tÄrendetyp\tAdress\tBeskrivning\n{stamp}\tSkadegörelse\t{addr}\tHissknappen"
    " bortbränd, {full:1} i {lgh} såg två killar ca {ung} år",
    "fastighet|bolagsrad|{comp};{nr};{addr};Misstänkt narkotika;Hyresgäst {comma:1} uppger langning i"
    " trapphuset kvällstid, bil {plate} ofta parkerad utanför;{date}",
    "fastighet|bolagsrad|ÄRENDE {nr} | {stamp} | {addr} | Inbrott förråd | Anm: {caps:1} | Tel: {mob} |"
    " Handl: {sign}",
    'fastighet|bolagsrad|{nr};{addr};{lgh};Vattenskada;"Läckage från lgh ovanför, hyresgäst ej anträffad.'
    ' Nyckel kvitterad av {full:1} ({sign})";{amount};{date}',
    "bostadsbolag|bolagsrad|Ärendenr: {nr}\nFastighet: {fast}\nÄrendetyp: Hot mot personal\nBeskrivning:"
    " Bovärd {full:1} hotad av {full:2} vid sopstationen {time}. Polisanmält, {case}.\nKostnad: 0 kr",
    "fastighet|bolagsrad|Bolag: {comp}, export {week}\n{nr};{addr};Belysning ur funktion;Lampor sönder vid"
    " {pstreet}, boende {full:1} har klagat;{amount}\n{nr};{addr};Nedskräpning;{wfirst:2} på gården tar"
    " bilder varje vecka;{amount}",
]
