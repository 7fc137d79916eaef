"""Frames of the fifty-sixth blind corpus, part b: case officers' journal notes, e-mails from the police's
permit unit and the kommunpolis, and inspectors' chats during night inspections.
Each frame is `role|style|template` (tests/blind56_fill.py reads the slots)."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # ------------------------------------------------------------------ anteckning (journal notes)
    "tillstandshandlaggare|anteckning|{date} tel. med {full:1} ang. ansökan om stadigvarande tillstånd för "
    "{biz}. Hon vill ha snabbare handläggning inför sommaren. Förklarat att vi väntar på yttrande från "
    "polisen ({first:2}) och Skatteverket. Ny kontakt {week}. /{init:3}",
    "tillstandshandlaggare|anteckning|ringde {lowf:1} på {biz}, ville veta om de får ha uteservering till "
    "kl {time}. svarade nej enligt villkoren. hon sa att ägaren {full:2} redan lovat grannarna det. "
    "skickat villkoren till {mail}",
    "alkoholinspektor|anteckning|Journal {dnr}\n{date}: Anmälan om ny serveringsansvarig, {full:1}, {pnr}. "
    "Kunskapsprov godkänt enl. intyg.\nSenare: kontroll mot belastningsregistret begärd via polisen, "
    "handläggare där {full:2}.\nIdag: svar inkommit – inget att erinra. {first:1|g} namn förs in på listan. "
    "Tillståndshavaren {full:3} meddelad per telefon.",
    "alkoholinspektor|anteckning|obs! {nick:1} = {full:1}, jobbar svart i baren på {biz} enl. tips. Kolla "
    "liggaren vid nästa besök. Tipset kom från {lowf:2} (f.d. anställd), nr {mob}",
    "tillstandshandlaggare|anteckning|Möte med sökanden {date} kl. {time} på förvaltningen.\nNärvarande: "
    "{full:1} (sökande, blivande vd), {full:2} (ombud, advokat), undertecknad.\nGenomgång av finansiering: "
    "lån från {full:3} (sökandens bror) på {amount}. Ombudet lämnar skuldebrev senast {week}.\nPBI enligt "
    "ansökan: {first:1}, {full:4}.\n{init:5}",
    "alkoholinspektor|anteckning|Besök {biz} ca kl {time}. Lugnt. Pratade med {first:1} i baren om hur de "
    "gör med leg-kontrollen. Hon sa att {wsur:2} (ägaren) bestämt att alla som ser ut att vara under 25 ska "
    "visa leg. Bra. Tillbaka till tjänstebilen {plate2} och vidare mot {place}.",
    "tobaksinspektor|anteckning|Tobaksregistrering {dnr}: anmälan om försäljning av tobak och liknande "
    'produkter från {full:1}, enskild firma "{sur:1|g} Livs", {addr}. Egenkontrollprogram saknas. '
    "Begärt komplettering via {mail}, påminnelse skickas {date}.",
    "tillstandshandlaggare|anteckning|tjänsteanteckning\nsamtal fr {full:1}, granne ovanför {biz} ({addr}, "
    "{lgh}). klagar på musik efter kl {time} flera helger i rad. vill vara anonym mot krögaren {full:2}. "
    "lovat kontakta RT och polisen inför helgen {week}.",
    # ------------------------------------------------------------------ polismejl (police e-mail)
    "tillstandsenheten|polismejl|Hej,\nPolisen har inga invändningar mot att {full:1} godkänns som "
    "serveringsansvarig på {biz}. Däremot vill vi uppmärksamma er på att {full:2} ({pnr}), som enligt "
    "ansökan ska arbeta i baren, förekommer i ärende {case}.\nMed vänlig hälsning\n{full:3}\n"
    "Tillståndsenheten, Polisregion Syd\n{tel}",
    "kommunpolis|polismejl|Hej {first:1},\nFör kännedom: i natt kl. {time} ingrep patrullen vid {biz} på "
    "{street} efter ett slagsmål i kön. Dörrvakten {full:2} skadades lätt. Gärningsman enligt vittnen: "
    "{full:3}, {vuxen} år, anträffad i bil {plate}. Anmälan {case}.\nKan ni göra en extra tillsyn där "
    "{week}?\n/{first:4}, kommunpolis i {place}",
    "tillstandsenheten|polismejl|Yttrande i ärende {dnr}\n\nSökande: bolaget {orgnr}, företrätt av "
    "{full:1}\nPolismyndigheten har kontrollerat följande personer med betydande inflytande: {first:1}, "
    "{full:2}, {full:3}.\nBeträffande {sur:2} finns uppgifter i misstankeregistret (ekobrott, {case}). "
    "Polismyndigheten avstyrker därför ansökan.\n\n{caps:4}\nPolisinspektör",
    "kommunpolis|polismejl|Till: tillståndsenheten\nÄmne: Ordningsstörningar restaurangen på {street}\n\n"
    "Hej! Vi har haft tre utryckningar till {biz} den senaste månaden, senast {date}. Vid samtliga "
    "tillfällen var {full:1} serveringsansvarig. Vid senaste tillfället var även innehavaren {full:2} "
    "berusad i lokalen enligt kollegan {wsur:3}. Bifogar sammanställning.\n{first:4}",
    "kommunpolis|polismejl|Hej igen!\nNu har vi identifierat de två som sålde smuggelcigaretter ur "
    "bagageluckan utanför {venue}: {full:1} ({snr}) och {full:2}. Bilen, en vit Caddy med reg {plate2}, "
    "är registrerad på {full:3}. I beslag togs {amount} i kontanter. Kopplingen till kiosken på {street} "
    "utreds. "
    "Ärendenummer {case}.\nHälsningar {full:4}",
    "tillstandsenheten|polismejl|Hej {full:1},\n\nSvar på din fråga om ordningsvakterna på {biz}: "
    "förordnandena för {full:2} och {full:3} gäller t.o.m. {date}. {first:4} saknar förordnande i Skåne "
    "län och får inte tjänstgöra som ordningsvakt där.\n\nMvh {first:5}\nPolisen, tillstånd Syd",
    "kommunpolis|polismejl|Kort info inför helgen {week}: räddningstjänsten, Skatteverket och vi kör "
    "gemensam kontroll fredag kväll med start kl. {time} vid {venue}. Från oss: {full:1}, {full:2} och "
    "hundföraren {sur:3}. Kontaktperson på kommunen: {full:4} {mob}.",
    "tillstandsenheten|polismejl|Angående {biz}\nEnligt våra uppgifter har {full:1} ({pnr}) tagit över "
    "driften sedan {date} utan att det anmälts till kommunen. Tidigare ägaren {full:2} uppger att han sålt "
    "rörelsen för {amount}. Vi föreslår att ni begär in en ny PBI-redovisning.\n//{comma:3}, "
    "tillståndshandläggare polisen",
    # ------------------------------------------------------------------ chatt (inspectors' chat)
    "alkoholinspektor|chatt|[{time}] {first:1}: vi är inne på {biz} nu, fullt ös\n[{time}] {first:2}: ok, "
    "polisen på väg?\n[{time}] {first:1}: ja {sur:3} och en till. serv.ansv heter {first:4}, verkar "
    "nykter\n[{time}] {first:2}: 👍",
    "alkoholinspektor|chatt|{first:1}: kolla liggaren, {lowf:2} står inte med\n{first:3}: hon säger att hon "
    "bara hjälper sin kusin {full:4} ikväll\n{first:1}: haha klassiker. skriv upp henne, snr {snr}\n"
    "{first:3}: gjort",
    "tobaksinspektor|chatt|{first:1} {time}\nnån som vet vem som äger kiosken vid {place}? skylten säger "
    '"{sur:2|g} Tobak & Godis"\n{first:3} {time}\n{full:2}, han har även den på {street}. enskild firma\n'
    "{first:1} {time}\ntack!",
    "alkoholinspektor|chatt|{first:1}: Stänger vi {biz} ikväll? Dörrvakten {nick:2} släppte in två som "
    "knappt kunde gå\n{first:3}: Polisen ({sur:4}) tycker vi ska avbryta serveringen. Jag pratar med "
    "{first:5}, han är serveringsansvarig\n{first:1}: ok. jag tar bilder på kön, {antal} pers ute på "
    "{street}",
    "raddningstjanst|chatt|insatsledare {sur:1}: räknat {antal} personer i källarlokalen, tillåtet är 150\n"
    "{first:2}: oj. vem är ansvarig?\ninsatsledare {sur:1}: {full:3} säger han, men han står inte i "
    "tillståndet\n{first:2}: tillståndshavare är {full:4} enl. vårt system",
    'alkoholinspektor|chatt|sms till jourtelefonen kl {time}, från {mob}:\n"hej det är {lowf:1} på {biz}. '
    'kan ni komma imorgon istället, chefen {wfirst:2} är inte här"\n{first:3} svarade att tillsynen '
    "genomförs ändå.",
    "tobaksinspektor|chatt|Hej {first:1}! Glöm inte att {full:2} på {biz} har sitt tillsynsmöte {date} kl "
    "{time} hos oss. Han ville ses vid {venue} istället men jag sa nej. Han tar med sin revisor {full:3}. "
    "Ok?\n– Ja, bokat rum. /{first:1}",
    "kommunpolis|chatt|[Teams] {full:1}: Fick in tips nu om att {nick:2} säljer lösa cigaretter genom "
    "fönstret på {biz}, {street}\n[Teams] {full:3}: Den ägs väl av {full:4}? Samma som hade stället vid "
    "{place} som stängdes?\n[Teams] {full:1}: Japp. Vi tar den i nästa samtillsyn {week}",
)
