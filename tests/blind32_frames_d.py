"""Frames of the thirty-second blind corpus, part d: notes of neighbour mediation (medling), notes of home
visits (hembesok) and residents' e-mails to the kommun (mejl_boende). `role|style|template`; slots as in
tests/blind32_fill.py."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # medling: neighbour mediation
    "medlare|medling|Grannmedling {date} på {venue}\nPart A: {full:1}, {addr}\nPart B: {full:2}\nTolk: "
    "{full:3} (persiska)\nParterna kom överens om att tvättstugan delas enligt lista.",
    "medlare|medling|Medlingssamtal mellan {sur:1} och {sur:2}. {first:1} menar att barnen i {lgh} "
    "stampar; {first:2} säger att det är {first:1|g} hund som skäller. Överenskommelse nästa möte "
    "{week}.",
    "bovärd|medling|Jag träffade {full:1} och hennes granne {low:2} i trapphuset. [[Mashallah]], sa "
    "{first:1} när hon såg att grannen lagat dörren. Stämningen är bättre nu.",
    "medlare|medling|{comma:1} vill inte delta i medling om inte hennes bror {first:2} får vara med. "
    "Motparten {register:3} accepterar. Medlingen hålls hos {org} kl {time}.",
    "medlare|medling|Uppföljning grannkonflikt {street}\n- {first:1} har flyttat sin bil ({plate})\n- "
    "{first:2} har slutat röka på balkongen\n- Nästa kontakt {date}\nMedlare: {full:3}",
    "medlare|medling|Medlingen mellan familjerna {wsur:1} och {sur:2} avbröts när {nick:3} kom in och "
    "skrek. Hans mamma {full:4} bad om ursäkt. Ny tid {weekday}.",
    "bovärd|medling|{full:1} ringer om grannen {full:2} som hon menar förtalar henne i "
    "Facebookgruppen för {place}. {first:1} har skärmdumpar. Hänvisad till {org} den {date}.",
    "medlare|medling|Anteckningar medling\nDeltagare: {init:1}, {init:2}, tolk {full:3} (albanska)\n"
    "Parterna bor båda på {addr} och har bråkat sedan {holiday}. [[Inga]] hot förekom.",
    # hembesok: home visits
    "socialsekreterare|hembesok|Hembesök {date} kl {time} hos {full:1}, {addr}, {lgh}. Närvarande "
    "även svärmor {first:2} och sonen {first:3}. Lägenheten städad, familjen firade nyss {holiday}. "
    "Tolk {first:4} via telefon.",
    "familjebehandlare|hembesok|HEMBESÖK\n{register:1} ({pnr})\nSambo: {full:2}\nBarn: {first:3} "
    "({ung}), {lowf:4}\nFamiljen har skulder hos {org} på {amount}.",
    "boendestödjare|hembesok|Besökte {first:1} i hennes nya lägenhet i {place}. Hon saknar sina "
    "grannar från {place}. Dottern {wfirst:2} hjälper till med post. Ny mobil {mob}.",
    "socialsekreterare|hembesok|Vid hembesöket öppnade {full:1|g} svåger {full:2}. Han uppgav att "
    "{first:1} var hos sin syster {first:3} i {place}. Vi lämnade lapp.",
    "familjebehandlare|hembesok|Hos familjen {sur:1}: pappan {first:2} (kallas {nick:2}), mamman "
    "{first:3}, fyra barn. Mormor {full:4} bor i lägenheten sedan {week}. Tolk: kurmanji. "
    "[[Bajram]] firas hos dem.",
    "hemtjänst|hembesok|{full:1} ({vuxen} år, {addr}) berättar att ungdomar ringer på dörren på "
    "kvällarna. Hon tror att en av dem är {lowf:2} från porten bredvid. Anhörig: sonen {full:3}, "
    "{mob}.",
    "socialsekreterare|hembesok|Besök hos {caps:1} på {street}. Mannen {first:2} har "
    "samordningsnummer {snr}. Fastigheten ({fast}) ägs av {org}. [[Mina]] frågor besvarades via tolk.",
    "boendestödjare|hembesok|{first:1} hade besök av kusinen {full:2} från {kommun}. De ber om hjälp "
    "att läsa brev från {org}. Nästa besök {weekday} kl {time}. /{full:3}",
    # mejl_boende: residents' e-mails to the kommun
    "boende|mejl_boende|Hej\nJag heter {full:1} och bor i {place}. Ungdomar sitter i vår port varje "
    "kväll och röker. En av dem heter {first:2} tror jag. Ring mig {mob}.\nMed vänliga hälsningar\n"
    "{full:1}",
    "boende|mejl_boende|Från: {mail}\nÄmne: otrygghet vid {venue}\n\nMin dotter {wfirst:1} blev "
    "förföljd hem från {line} av en kille som kallar sig {nick:2}. Vänliga hälsningar {full:3}",
    "boende|mejl_boende|Hej! Vi är flera grannar på {street} som är oroliga. {full:1} i huset mittemot "
    "har sett en bil ({plate2}) som kör runt varje natt. / {first:2} och {first:3}",
    "förälder|mejl_boende|Hej, jag är {first:1|g} mamma. Min son blev slagen vid {shop} {weekday} "
    "av {first:2} och {lowf:3}. Polisen har {case}. Mvh {full:4}, {tel}",
    "boende|mejl_boende|Till {kommun}\nJag har bott på {addr} i {antal} år. Nu har nya grannar "
    "({full:1} och hennes man) flyttat in och det är fest hela tiden. Hälsningar, {comma:2}",
    "boende|mejl_boende|Hej, det brinner ofta i containern vid {pstreet}. Jag såg {nick:1} och två "
    "till vid {time}-tiden. Jag vill vara anonym men heter {full:2}.",
    "föreningsledare|mejl_boende|Hej från {org}! Vi ordnar fest för {holiday} på {venue} den {date}. "
    "Kontaktperson: {full:1}, {mob}. Ordförande {full:2} hälsar.",
    'boende|mejl_boende|Hej.\nKlotter på vår dörr, {addr}, {lgh}. Det står "{first:1} {sur:2}" '
    "och något på arabiska. Jag heter {full:3}.\n{mail}",
)
