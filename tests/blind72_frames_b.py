"""Frames of the seventy-second blind corpus, second file: staff's group chats, SMS between staff and notes
of parents' phone calls (tests/blind72_corpus.py)."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # --- gruppchatt: the staff's group chat of a fritidsgård or the fält team
    "fritidsledare|gruppchatt|{first:1}: någon som vet om {first:2} kommer ikväll?\n{first:3}: hon skrev att"
    " hon är sjuk\n{first:1}: ok då kör jag och {wfirst:4} [[Tjejkväll]] själva",
    "fritidsledare|gruppchatt|[Fritids personal]\n{first:1}: {nick:2} och hans polare står vid {venue}"
    " igen\n{first:3}: ska vi gå ut?\n{first:1}: ja om 5 min\n{first:3}: ringer fältarna, {first:4} har"
    " jouren",
    "gardschef|gruppchatt|{first:1}: påminnelse, personalmöte {date} kl {time} i [[Myset]]\n{first:2}:"
    " 👍\n{full:3}: kan inte, har läkartid. {first:2} kan du ta anteckningar?",
    "fritidsledare|gruppchatt|{lowf:1}: har nån numret till mamma {sur:2}? gäller {first:2}\n{first:3}:"
    " {mob}\n{lowf:1}: tack!!",
    "fritidsledare|gruppchatt|{first:1}: FYI kommunpolis {sur:4} var här kl {time} och frågade efter"
    " {full:2}. Sa att vi"
    " inte sett honom sen {week}\n{first:3}: okej skriv det i loggen\n{first:1}: gjort",
    "fritidsledare|gruppchatt|{first:1}: vem har nyckeln till [[Ateljén]]??\n{first:2}: {wfirst:3} hade den"
    " senast\n{wfirst:3}: sorry ligger i min jacka, kommer förbi kl {time}\n{first:1}: 🙏",
    "faltassistent|gruppchatt|{first:1}: heads up, {lowf:2} och {nick:3} har bråkat på snap hela dagen, kan"
    " smälla ikväll vid {place}\n{first:4}: ok jag och {first:5} går ut kl {time}\n{first:1}: 👍 hör av er",
    "gardschef|gruppchatt|{first:1}: Hej alla! Ny vikarie från måndag: {full:2}, nr {mob}. Lägg gärna till"
    " i gruppen 😊\n{first:3}: välkommen {first:2}!!",
    # --- sms: single messages between staff
    "fritidsledare|sms|Hej {first:1}! Kan du ta kvällen på {venue} imorn? {first:2} är sjuk, chefen {sur:4}"
    " vet. /{first:3}",
    "fritidsledare|sms|{first:1} här. {full:2} dök upp nu, verkar ledsen. Kan du ringa hennes"
    " kontaktperson {sur:3}? nr {tel}",
    'faltassistent|sms|Sms från {first:1} kl {time}: "står vid {place} med {lowf:2} och {first:3}, de e'
    ' lugna nu"',
    "gardschef|sms|Glöm inte att {first:1} och {first:2} är avstängda t.o.m. {date}. Om de kommer, säg"
    " vänligt nej. Mvh {full:3}, {mob}",
    "fritidsledare|sms|hej! {first:1|g} pappa ringde mig privat på {mob}, vill att vi hör av oss om hon"
    " dyker upp. kan du skriva det på tavlan? /{lowf:2}",
    "faltassistent|sms|Bussen ({line}) blev stenad vid {place} ikväll, chauffören ok. {nick:1} och"
    " {first:2} var i närheten enligt ungdomarna. Ringer dig imorn //{first:3}",
    "gardschef|sms|Tack för idag! Fakturan för bowlingen, {amount}, skickas till {mail}. Hälsningar {full:1}",
    "fritidsledare|sms|{first:1} och {first:2} vill boka lokalen den {date} för ett födelsedagskalas. Sa att"
    " {wfirst:3} bestämmer. Hyran blir väl {amount}?",
    # --- föräldrasamtal: notes of a parent's phone call
    "fritidsledare|foraldrasamtal|Samtal från mamma {full:1}, {mob}, kl {time}. Orolig för sonen {first:2}"
    " ({ung}) som hänger med äldre killar vid {place}. Vill att vi håller koll. Lovade att återkomma efter"
    " helgen. /{first:3}",
    "fritidsledare|foraldrasamtal|Pappa till {first:1} ringde, heter {full:2}. Han tycker att gården är"
    ' "för slapp" och att {first:1} kommer hem för sent. Förklarade öppettiderna (stänger kl {time}). Han'
    " lät lugnare efteråt.",
    "gardschef|foraldrasamtal|Telefonsamtal {date}\nVem: {full:1}, mamma till {first:2} och {first:3}\n"
    "Nummer: {mob}\nÄrende: Flickorna har fått hotfulla meddelanden på Snapchat från någon som kallar sig"
    " {nick:4}. Tipsade om att polisanmäla.",
    "fritidsledare|foraldrasamtal|{full:1} (mormor) ringde från {tel}. Barnbarnet {full:2} bor hos henne på"
    " {addr}, {lgh}. Hon undrar om han är här på kvällarna. Sa att vi inte lämnar ut sånt men att hon är"
    " välkommen hit.",
    "fritidsledare|foraldrasamtal|Mamma {sur:1} ringde igen ang. {first:1}. Vill ha möte med oss och"
    " {full:2} från skolan ({venue}). Föreslog den {date} kl {time}. Hon vill inte att pappan får veta.",
    "fritidsledare|foraldrasamtal|Förälder ringde anonymt. Säger att {first:1} i 9:an blir rånad på sin"
    " jacka vid {venue} och att de som gör det heter {lowf:2} och {nick:3}. Förmedlat till fältarna och"
    " {first:4}.",
    "faltassistent|foraldrasamtal|Samtal med {full:1} ({mob}), pappa till {first:2}. {first:2} har fått"
    " sin cykel stulen och han tror att {full:3} tog den. Bad honom göra en polisanmälan.",
    "gardschef|foraldrasamtal|Mejl från {full:1} ({mail}): {first:2} har börjat på {venue} och är nervös."
    " Hon frågar om någon i personalen kan ta emot dottern första kvällen. Jag ({first:3}) svarade ja och"
    " meddelade fritidsledare {sur:4}.",
)
