"""Frames of the sixty-fourth blind corpus, part e: neighbours' group chats and grannsamverkan posts,
tenants' complaints about animals to the housing company, and the EST group's minutes and weekly picture
with animal matters. Each frame is `role|style|template` (slots: tests/blind64_fill.py)."""

from __future__ import annotations

FRAMES_E = (
    # neighbours' chats
    "grannsamverkan|grannchatt|[{time}] {first:1}: har ni sett? lös hund vid lekparken på "
    "{street}\n[kl 21] {first:2}: ja det är {first:3|g} nya, den har rymt förut\n[kl 22] {first:1}: "
    "ringer {bolag}",
    "grannsamverkan|grannchatt|{first:1}: Vildsvin igen i {place}!! 🐗🐗\n{first:2}: vi också. "
    "{full:3|g} trädgård på hörnet är helt uppgrävd\n{first:1}: ring {kommun}\n{first:2}: gjort, de "
    "säger att jakten börjar {week}",
    "grannsamverkan|grannchatt|{low:1}: nån som tappat en katt? svartvit, sitter på vår altan på "
    "{street}\n{first:2}: tror det är {full:3|g} katt! hon bor på {addr}\n{low:1}: tack ringer henne",
    "grannsamverkan|grannchatt|Grannsamverkan {place}: Kl {time} såg jag en man slå sin hund vid "
    "hållplatsen för {line}. Jag tror han heter {full:1} eller kallas {nick:1}. Har filmat och skickat "
    "till polisen. /{first:2}",
    "grannsamverkan|grannchatt|{wfirst:1}: Ni som har katter, håll dem inne! [[Räven]] har tagit två "
    "katter på {street} den här veckan\n{first:2}: Hemskt! {full:3} förlorade sin katt den {date} också",
    "grannsamverkan|grannchatt|Hej grannar! Hästen som gick lös på {street} igår tillhör familjen "
    "{wsur:1} på gården vid {place}. De ber om ursäkt. Har ni fått skador på staket, kontakta {full:2} "
    "{mob}.",
    "grannsamverkan|grannchatt|Påminnelse från grannsamverkan: mata inte duvorna vid {venue}! Råttorna "
    "har kommit tillbaka. {full:1} och {full:2} har sett dem vid soptunnorna. Trygghetsvandring den "
    "{date} kl {time}, samling vid {street}.",
    "grannsamverkan|grannchatt|Ang. hundarna på {pstreet}: jag har mejlat {bolag} tre gånger. "
    "{first:1} i nr 5 blev nästan biten förra veckan. Vill fler skriva under? Skicka till "
    "{mail}\n/{full:2}",
    # tenants' complaints
    "hyresgast|hyresgast_klagomal|Störningsanmälan\nNamn: {full:1}\nAdress: {addr}, {lgh}\nTelefon: "
    "{mob}\nStörningen gäller: hund som skäller och ylar varje dag när ägaren {full:2} är på jobbet. "
    "Pågått sedan {date}.",
    "hyresgast|hyresgast_klagomal|Hej! Jag vill klaga på grannen {full:1} som har ormar och råttor i "
    "terrarium i lägenheten. En orm rymde och hittades i källaren! Jag bor i {lgh} och har små "
    "barn.\n/{full:2}, tel {tel}",
    "hyresgast|hyresgast_klagomal|hej jag bor på {street} och grannen ovanför har en hund som gör sina "
    "behov på balkongen, det rinner ner på min. hon heter {low:1} tror jag. har sagt till henne flera "
    "ggr. mvh {full:2}",
    "hyresgast|hyresgast_klagomal|KLAGOMÅL: HUNDAR I TRAPPHUSET\nJag, {caps:1}, har flera gånger "
    "blivit skrämd av grannens två hundar i trapphuset på {addr}. Grannen heter {full:2}. Jag har "
    "pratat med bovärden {sur:3} men inget händer. {date}",
    "hyresgast|hyresgast_klagomal|Till {bolag}\nJag heter {full:1} (samordningsnummer {snr}) och bor i "
    "{lgh}. Grannarna matar duvor på balkongen och nu har vi råttor. Jag har barn på {ung} år. Min "
    "sons lärare {sur:2} har också sett råttorna.\nTack, {first:1}",
    "hyresgast|hyresgast_klagomal|Hej, det gäller katten hos {wfirst:1} i {lgh}. Hon har åkt bort och "
    "katten har varit ensam i minst en vecka, man hör den jama. Kan ni öppna? Ring mig, {full:2}, "
    "{mob}.",
    'hyresgast|hyresgast_klagomal|Jag vill anmäla att hundägaren {full:1} ("{nick:1}") släpper sin '
    "hund lös på innergården på {street} varje kväll vid {time}. Min dotter ({ung} år) blev biten i "
    "byxan. Vi har polisanmält, {case}.\n/{full:2}",
    "hyresgast|hyresgast_klagomal|Till förvaltaren {sur:1}: grannen i porten på {pstreet} har en kanin "
    "som springer fritt på gården och gnager på cyklarna. Det är väl inte tillåtet? Vi har pratat med "
    "{full:2}. Hälsningar {full:3} och {first:4}",
    # the EST group's minutes and weekly picture
    "samordnare|est_mote|EST-möte {week}, {place}\nStatus: gult\nHändelser: lös hund på {street} "
    "(rapport från trygghetsvärd {first:1}), duvmatning vid {venue}, två viltolyckor.\nÅtgärd: {bolag} "
    "sätter upp skyltar om koppeltvång. Ansvarig: {full:2}.",
    "samordnare|est_mote|Lägesbild {place} {week}\n- Vildsvin i trädgårdar vid {street}, kommunen "
    "kontaktar jaktlaget ({full:1}).\n- Råttor vid soprum, sanering beställd av {sur:2} på {bolag}.\n- "
    "Hundbett: {full:3} biten, anmält {case}.\nStatus: gul",
    "samordnare|est_mote|Minnesanteckningar EST, möte {date}\nDeltagare: {full:1} (kommunen), {full:2} "
    "(polisen), {low:3} ({bolag})\nDjurfrågor: hästar lösa vid {place}, kontakt med stallägaren tagen. "
    "Länsstyrelsen följer upp djurhållaren.",
    "samordnare|est_mote|Insats: hundpatrull och information om koppeltvång i {place}, status "
    "pågående. Kontaktperson {full:1}, {mob}, ersättare {first:2}. Uppföljning {week} tillsammans med "
    "{org}.",
    "samordnare|est_mote|EST {place}, den {date}: trygghetsvärdarna rapporterar att ungdomar som "
    "kallas {nick:1} och {nick:2} hetsar hundar mot varandra vid {venue}. Fältassistent {full:3} tar "
    "kontakt med föräldrarna.",
    "samordnare|est_mote|Kommande händelse: informationsträff om vildsvin och viltolyckor den {date} "
    "kl {time} på {venue}. Arrangör: {org}. Föredrag av jägaren {wsur:1} och kommunpolisen {full:2}. "
    "[[Björnen]] som setts i skogen tas också upp.",
    'samordnare|est_mote|Uppföljning insats "Mata inte fåglarna" i {place}: skyltar uppe på {street} '
    "och vid {venue}. Klagomålen på råttor sjönk från 14 till 5. Ansvarig {full:1}, {bolag}. Kostnad: "
    "{amount}.",
    "samordnare|est_mote|Granskning: rapporten från {comma:1} om lös hund innehöll namn och "
    "telefonnummer ({mob}) till hundägaren {full:2}. Granskare {first:3} tog bort uppgifterna innan "
    "lägesbilden delades.",
)
