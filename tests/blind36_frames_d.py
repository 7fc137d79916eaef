"""Frames of the thirty-sixth blind corpus, file d: fault reports filed after the walk, post-it notes from a
dialogue evening as typed up afterwards, and the organisers' SMS thread. `role|style|template`."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # ------------------------------------------------------------ felanmalan
    "trygghetsvard|felanmalan|Felanmälan nr 2 efter trygghetsvandring\nAdress: {addr}\nFastighet: {fast}\n"
    "Fel: belysning i entré ur funktion\nAnmält av: {full:1}\nKontakt: {mob}",
    "bostadsbolag|felanmalan|Ärendetyp: Klotter\nPlats: garagelängan bakom {street}\nBeskrivning: tags i "
    "svart och silver, ca 6 m². Upptäckt på trygghetsvandring {date}. Kontaktperson {full:1} "
    "({org}).\nÅtgärdas av: {full:2}",
    "samordnare|felanmalan|Felanmälan till gatuavdelningen\nGångvägen mellan {place} och {venue}: fyra "
    "stolpar släckta. Har rapporterats tidigare ({week}) utan åtgärd. Anmälare: {full:1}, {tel}. "
    "Kopia till {full:2}.",
    "trygghetsvard|felanmalan|Felanmälan – Lgh/entré\nHyresgäst: {comma:1}\nLägenhet: {lgh}\nAdress: "
    "{addr}\nÄrende: ytterdörren stängs inte, obehöriga i trapphuset nattetid\nPersonnummer (för "
    "kundregistret): {pnr}",
    "boende|felanmalan|Hej! Jag var med på vandringen och vill felanmäla att lampan utanför min port "
    "({addr}) fortfarande är trasig. Jag heter {full:1} och bor i {lgh}. Nås på {mob} efter kl. {time}. "
    "Personnummer {pnr}.",
    "bostadsbolag|felanmalan|FELANMÄLAN\nObjekt: {fast}\nÄrende: övergiven bil {plate} på gästparkeringen, "
    "stått sedan {date}\nUppgiftslämnare: {full:1}\nHandläggare: {init:2}\nKostnad bortforsling "
    "{amount}",
    "tjansteman|felanmalan|Till {org}: Buskaget längs {street} är så högt att man inte ser gångvägen från "
    "husen. Önskas röjt före {week}. Gäller även slyn bakom {venue}. /{full:1}, {kommun}",
    "kommunpolis|felanmalan|Info till fastighetsägaren: bil {plate2} och bil {plate} har setts parkerade vid "
    "{venue} i samband med misstänkt försäljning. Polisens ärende {case}. Kontakt {full:1}, "
    "{mob}. Uppgiftslämnare anonym.",
    # ------------------------------------------------------------ postitlappar
    "boende|postitlappar|lapp 1: mörkt vid {venue}!!\nlapp 2: mopeder på {street} varje kväll\nlapp 3: "
    '"fråga {lowf:1} på {org}, hon vet"\nlapp 4: {first:2} – ring mig {mob}\nlapp 5: {low:3} vill vara med '
    "i gruppen",
    "boende|postitlappar|Gula lappar bord 2:\n- rädd att gå till bussen ({line})\n- killarna vid kiosken "
    "(en heter {nick:1})\n- {full:2} vill ha vuxna i rörelse\n- [[Ris]]: ingen återkoppling sen förra "
    "året",
    'forening|postitlappar|Från väggen "Vad gör {place} otryggt?":\nbuskar\nmörker vid {venue}\n'
    'bilar som kör fort på {street}\n"{wsur:1} i trean skriker på barnen"\n"saknar {full:2} från '
    'fritidsgården"',
    'boende|postitlappar|post-it: "jag heter {low:1}, har bott här i {antal} år, det var bättre förr. '
    'ring {mob}"',
    'forening|postitlappar|Lappar "Vad gör {place} tryggt?"\n- grannarna\n- {first:1} på {venue}\n- '
    "fältarna ({first:2} o {first:3})\n- [[Stark]] gemenskap i föreningen\n- vaktmästaren {wsur:4}",
    "boende|postitlappar|Vit lapp, handskrivet: Tack till {wfirst:1} och {wsur:2} som ordnade grillkvällen "
    "vid {place} i somras! Mer sånt!",
    'boende|postitlappar|lappar från barnens bord:\n"fotbollsplan med lampor" ({lowf:1}, {ung} år)\n'
    '"att {nick:2} slutar bråka"\n"mer lekplats vid {street}"',
    "tjansteman|postitlappar|Renskrivna lappar (av {full:1}):\n1. Otryggt vid {venue} kvällstid\n2. "
    "{first:2} "
    "hos {org} svarar aldrig\n3. Vill ha kameror vid {street}\n4. Ring {tel} ang. nattvandring",
    # ------------------------------------------------------------ sms_trad
    "samordnare|sms_trad|[{time}] {first:1}: är ni på plats vid {venue}?\n[{time}] {first:2}: ja, {antal} "
    "st här + {sur:3} från polisen\n[{time}] {first:1}: kommer om 5",
    "faltare|sms_trad|{first:1}: {nick:2} o två till sitter i trapphuset på {addr} igen\n{first:3}: ok vi "
    "går förbi efter vandringen\n{first:1}: 👍",
    'tjansteman|sms_trad|{full:1} (sms kl. {time}): "Kan inte komma i kväll, {first:2} tar mitt stopp '
    'vid {place}. Lista finns hos {first:3}"',
    "kommunpolis|sms_trad|{sur:1}: Kollar {plate2} nu\n{first:2}: den stod där förra veckan också\n"
    "{sur:1}: Noterat. Skriver upp det på {case}",
    "bostadsbolag|sms_trad|{first:1} ({org}): lampan vid {street} är lagad 👌\n{first:2}: toppen! "
    "säg till {wfirst:3} oxå\n{first:1}: gör det",
    "samordnare|sms_trad|Hej {first:1}, kan du skicka närvarolistan från i går till {mail}? "
    "{full:2} behöver den till rådets möte den {date}. Tack! /{first:3}",
    "forening|sms_trad|{first:1}: vem har nycklarna till lokalen?\n{first:2}: {wsur:3} har dem\n{first:1}: "
    "ring honom {mob}",
    "faltare|sms_trad|Grupp: Fältarna {kommun}\n{first:1}: ikväll {place} kl {time}, vem kan?\n{first:2}: "
    "jag\n{lowf:3}: jag med\n{first:1}: bra, vi ses vid {venue}",
)
