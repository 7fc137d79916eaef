"""Frames of the forty-fourth blind corpus, file d: the ice halls' logs, the youth centres' evening logs and
reports from the culture house's evening events. `role|style|template`; the slots are
tests/blind44_fill.py's."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # --- ishallslogg: ice hall caretakers and match evenings
    "ishallsvard|ishallslogg|Ishallen {date}\n{time} spolning klar\n{time} {org} U{ung} träning, tränare "
    "{full:1}\n{time} bråk på läktaren mellan två pappor, {full:2} och {full:3}. Väktare {sur:4} "
    "lugnade.\n{time} stängt. /{first:5}",
    "ishallsvard|ishallslogg|Allmänhetens åkning: en pojke, {first:1}, fick en skridsko i handen. "
    "Sjukvårdare {full:2} lade förband. Mamma {full:3} kom och hämtade kl {time}. Anmält som tillbud "
    "{week}.",
    "ishallsvard|ishallslogg|Match {org} – gästerna, ca {antal} åskådare. En supporter, {caps:1}, "
    "kastade en burk på isen. Polisen tog hans uppgifter, {snr}. Han har arenaförbud enligt {first:2} på "
    "kansliet.",
    "ishallsvard|ishallslogg|{full:1} ringde från kansliet hos {org}: de vill ha en extra istid {date} "
    "kl {time}. Sa åt honom att maila bokningen. Hans nummer {mob}.",
    "ishallsvard|ishallslogg|Hittat i omklädningsrum 3 efter {org}: hjälm märkt {low:1}, en klubba och "
    "en plånbok med körkort, {full:2}. Lagt i hittegodslådan. Ledaren {sur:3} meddelad.",
    "ishallsvard|ishallslogg|Inbrott i materialboden natten till {date}. Slipmaskin borta, värde ca "
    "{amount}. Polisanmält, {case}. Fastighet {fast}. Bil {plate} sedd vid lastintaget på {street} kl "
    "{time} enligt {first:1} som bor på {addr}.",
    "ishallsvard|ishallslogg|{first:1} (ismaskinen) säger att {full:2} från föreningen åter parkerat på "
    "rampen. Bilen {plate2}. Tredje gången {week}. Ordförande {wsur:3} informerad.",
    "ishallsvard|ishallslogg|Disco på is {date}, {antal} besökare. Två tjejer, {lowf:1} och {lowf:2}, "
    "blev ofredade av en äldre kille som kallas {nick:3}. Han fick lämna. Föräldrar ringda, {first:3} "
    "tog {line} härifrån. /{full:4}",
    # --- fritidsgardskvall: youth centre evening log
    "fritidsledare|fritidsgardskvall|Kvällslogg {venue}, datum {date}\nPersonal: {first:1}, {first:2}, "
    "{wfirst:3}\nBesökare: ca {antal}\nHändelser: {nick:4} och hans kompisar rökte vid entrén. {full:5} "
    "({ung}) var ledsen, pratade länge med {first:1}.",
    "fritidsledare|fritidsgardskvall|kl {time} kom {full:1} in och sa att någon hotat honom vid {place}. "
    "Han visade ett sms från nummer {mob}. Vi ringde hans mamma {full:2}. {first:3} följde honom till "
    "bussen ({line}).",
    "fritidsledare|fritidsgardskvall|Lugn kväll. Pingisturnering, {first:1} vann, {wfirst:5} tvåa. "
    "{first:2} och {first:3} lagade mat. En okänd vuxen man stod utanför och frågade efter {lowf:4}, "
    "gick när vi frågade vem han var. Bil {plate}.",
    "fritidsledare|fritidsgardskvall|Stängde {time}. {full:1} och {full:2} (båda {ung}) vägrade gå ut. "
    "Ringde fältarna, {first:3} kom. Mamman till {first:1} bor på {addr}, {lgh}. Orosanmälan görs av "
    "{sur:4} i morgon.",
    "fritidsledare|fritidsgardskvall|Tjejkväll: {antal} tjejer. {first:1} berättade om en kille, "
    "{full:2}, som skickar bilder. Hon vill inte anmäla. {first:3} och jag tar det med {sur:4} "
    "(enhetschef) {week}.",
    "fritidsledare|fritidsgardskvall|{full:1} kastade en stol mot {first:2} i cafét kl {time}. Avstängd "
    "från gården i två veckor. Föräldrar {full:3} och {full:4} meddelade på {mob}.",
    "fritidsledare|fritidsgardskvall|Från {first:1} i personalchatten: ”{nick:2} är tillbaka och säger "
    "att han ska hämnas på {lowf:3}. Vi håller koll.” Vidare till fältgruppen och polisen (kontaktperson "
    "{full:4}).",
    "fritidsledare|fritidsgardskvall|Veckorapport {week}, {venue}\nMån: {antal} besökare\nTis: stängt, "
    "personalmöte\nOns: bråk mellan {first:1} och {first:2}, löst\nTors: {full:3} hämtade sin son "
    "{first:4}\nFre: disco",
    # --- kulturhuskvall: the culture house's evening events
    "kulturproducent|kulturhuskvall|Kvällsrapport {venue} den {date}\nKonsert med {full:1}, {antal} i "
    "publiken. En berusad man, {full:2}, avbröt och vägrade lämna salongen. {org} avvisade honom kl "
    "{time}.\nTekniker: {full:3}",
    "kulturproducent|kulturhuskvall|Författarsamtal med {full:1} kl {time}. Moderator {full:2}. En "
    "åhörare ropade hotfulla saker om {first:1}, vi tror han heter {full:3}. Avbrutet kl {time}.",
    "tekniker|kulturhuskvall|Under teaterföreställningen försvann en väska från garderoben, tillhör "
    "{full:1}. Garderobiären {sur:2} såg en man med keps. Polisanmälan {case}. Värde ca {amount}.",
    "kulturproducent|kulturhuskvall|{full:1|g} utställningsvernissage {date}: ca {antal} gäster, allt "
    "lugnt. Ett verk skadat, konstnären {full:1} vill ha ersättning. Kontakt på {mail}. {first:2} tar "
    "det.",
    "tekniker|kulturhuskvall|Fest för {org} i stora salen. Ansvarig hyrestagare {full:1}, {pnr}. "
    "Lokalen: {fast}. Väktare {sur:2} noterade att {antal} fler gäster än tillåtet kom in. Stängt kl "
    "{time}.",
    "kulturproducent|kulturhuskvall|Hej {first:1}!\nI går under poesikvällen kom {caps:2} in trots att "
    "hon har tillträdesförbud. {first:3} ringde {org}. Kan du kolla beslutet? Vi behöver "
    "stöd.\n/{first:4}",
    "tekniker|kulturhuskvall|Ungdomsfest {date}. Publik ca {antal} personer. Brandlarmet gick kl {time}, "
    "någon hade tänt en bengal. Räddningstjänsten kom. Vittne: {full:1}, {tel}. Rapporterat av {full:2}",
    "kulturproducent|kulturhuskvall|Filmkväll, {antal} besökare. {full:1} ({vuxen}) klagade på en grupp "
    "ungdomar som pratade. En av dem, {low:2}, svarade med hot. Vakten {sur:3} bad gruppen gå. Ingen "
    "anmälan. /{first:4}",
)
