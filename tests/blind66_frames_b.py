"""Frames of the sixty-sixth blind corpus, part b: the reception's notes, the gym's access-card log exports
and the bans (avstängningar) of a bath or gym (`role|style|template`; slots in tests/blind66_fill.py)."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # ---------------------------------------------------------------- reception / kassa notes
    "reception|kassanotering|Kassa {bad} den {date}\n{full:1} betalade inte för sin son, sa att {first:2} "
    "(kollega) lovat gratis inträde. {first:2} förnekar. Kontakt: {mob}. [[Kassan]] stängde kl {time}.",
    "reception|kassanotering|Anteckning reception: hittegods – plånbok med leg tillhörande {full:1}, {pnr}. "
    "Inlämnad av städaren {sur:2}. Ägaren ringd på {mob}, hämtar imorgon.",
    "reception|kassanotering|{full:1} kom till kassan och uppgav att hennes dotter blivit fotad av en man "
    "i bastun. Beskrivning: ca {vuxen} år, tatuering. Personal {first:2} och {sur:3} (vikarie) informerade. "
    "Ring mamman på {tel} efter kl {time}",
    "reception|kassanotering|kassan kväll\n- {lowf:1} lånade ut sitt kort {kort} till en kompis igen\n"
    "- klagomål från {full:2} om smuts i damernas\n- {antal} st gästkort sålda, {amount} i "
    "kassan\n//{first:3}",
    "reception|kassanotering|RECEPTION {bad}\nBesökare {comma:1} ville ha pengarna tillbaka ({amount}) "
    "efter att simhallen stängts pga fekalier i bassängen. Hänvisad till {org}. Mejl: {mail}",
    "reception|kassanotering|{wfirst:1} i kassan: en kille som kallar sig {nick:2} försökte sälja stulna "
    "hörlurar i foajén. Pratade med hans pappa {full:3}, {addr}. {first:1} ber kvällspersonalen hålla utkik.",
    "reception|kassanotering|Notering {date}: Bil {plate} stod på handikapplatsen vid entrén i {antal} "
    "timmar. Ägare enligt lapp i rutan: {full:1} {mob}. Parkeringsvakt från {org} kontaktad av {first:2}",
    "reception|kassanotering|Till {full:1|g} chef: er medarbetare {full:1} har vid upprepade tillfällen "
    "släppt "
    "in vänner utan betalning. Se kameran från {date}, kl {time}. Hälsningar receptionen genom {full:2}",
    # ---------------------------------------------------------------- gym access-card log exports
    "gymvard|passerlogg|Passerlogg {venue}, datum {date}\nkl {time} kort {kort} {full:1} IN\nkl {time} kort "
    "{kort} {full:1} IN (dubbel, samma kort)\nkl {time} kort {kort} {full:2} UT\nKommentar: kortet "
    "används av två personer",
    "gymvard|passerlogg|Export passersystem\nMedlem: {comma:1}\nPnr: {pnr}\nKortnr: {kort}\nSenaste "
    "passage: {time}\nStatus: SPÄRRAT (delat kort)\nSpärrat av: {first:2}",
    "gymvard|passerlogg|Avvikelse i passerloggen {week}. Dörr mot {street} öppnad inifrån kl {time} och "
    "ca {antal} personer släpptes in. Kort som öppnade: {kort} ({full:1}). Gymvärd {sur:2} följer upp.",
    "gymvard|passerlogg|{full:1} har enligt loggen passerat {antal} gånger samma kväll med olika sällskap. "
    "Misstanke om att han tar betalt för insläpp. Kortet spärrat, se ärende hos {org}. /{wsur:2}",
    "gymvard|passerlogg|LOGGUTDRAG\n{date}\n{time} IN {caps:1}\n{time} IN {caps:2}\n{time} UT larm "
    "nödutgång\nKommentar från gymvärd {first:3}: båda nekades i kassan i förra veckan.",
    "gymvard|passerlogg|Passage utanför öppettid, kl {time}. Kortinnehavare {full:1}, medlem sedan {date}, "
    "hemadress {addr}, {lgh}. Larmbolaget ringde {first:2} som bekräftade.",
    "gymvard|passerlogg|Kortloggen visar att {lowf:1} och {low:2} kom in via samma kort {kort}. {nick:3} "
    "väntade utanför. Ansvarig {first:4} pratade med dem vid bänkpressen.",
    "gymvard|passerlogg|Medlemsärende\nNamn: {full:1}\nKort: {kort}\nTel: {mob}\nLogg: {antal} passager "
    "utan incheckning i kassan, {week}\nBeslut: varning. Handläggare {full:2}",
    # ---------------------------------------------------------------- bans of a bath or gym
    "badchef|avstangning|Beslut om avstängning\n{full:1}, {pnr}, {addr}, {lgh}\nstängs av från {bad} i "
    "sex månader från {date} efter hot mot personal. Beslutat av badchef {full:2}. Överklagan till {kommun}.",
    "badchef|avstangning|AVSTÄNGNINGSBESLUT\nPerson: {caps:1}\nFödd: {snr}\nOrsak: upprepade ofredanden av "
    "badgäster i bubbelpoolen\nGäller: {bad} och övriga kommunala bad\nBeslutsfattare: {full:2}",
    "badchef|avstangning|Hej {first:1}! Du är avstängd från gymmet på {venue} i {antal} veckor efter "
    "händelsen med {full:2} i fria vikter. Vid frågor ring {tel}. Vänliga hälsningar {full:3}",
    "badchef|avstangning|Avstängd lista {week} (intern)\n1. {full:1} – stöld ur skåp\n2. {full:2} – "
    "hot mot badvakt\n3. {low:3} – filmning omklädningsrum\n4. {nick:4} (okänt efternamn) – slagsmål",
    "badchef|avstangning|{full:1|g} avstängning förlängs. Han sågs i simhallen igen {date} trots "
    "tillträdesförbudet. Polisanmälan upprättad, {case}. Badchef {sur:2} informerar {kommun}.",
    "badchef|avstangning|Till vårdnadshavare {full:1}\n{addr}\nEr son {first:2} ({ung} år) stängs av från "
    "{bad} tv. efter bråk i omklädningsrummet den {date}. Kontakta oss på {mail}.\n{full:3}, badchef",
    "badchef|avstangning|Beslut {date}: {full:1} får inte vistas på {bad} under {antal} månader. "
    "Grund: sexuellt ofredande mot minderårig, anmält till polis ({case}). Delges via {first:2} på plats.",
    "badchef|avstangning|Förlängd avstängning – {comma:1}\nTidigare beslut {date}\nNy händelse: hotade "
    "{first:2} i kassan, sa att han vet var hon bor ({street}).\nBeslut: avstängd året ut. Badchef {wsur:3}",
)
