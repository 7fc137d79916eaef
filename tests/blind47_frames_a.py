"""Frames of the forty-seventh blind corpus, first file: free-text answers of a trygghetsenkät, free-text
answers of a boendeenkät, störningsanmälningar through the tenant portal's form. `role|style|template`."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # ---------------------------------------------------------------- trygghetsenkät, free text
    "enkat|trygghetsenkat|Fråga 12: Finns det platser i området där du känner dig otrygg?\nSvar: ja "
    "gångtunneln vid {venue} när det är mörkt, och hållplatsen för {line}. och innergården där {first:1} "
    "och hans kompisar sitter varje kväll och röker, alla vet vem han är. {sur:2} i styrelsen har också "
    "sagt till dom",
    "enkat|trygghetsenkat|Övriga synpunkter: Belysningen på {street} har varit trasig sedan {week}. Jag är "
    "{vuxen} år och går inte ut efter kl {time} längre. Min granne {full:1} har ringt er och {kommun} flera "
    "gånger utan svar!! /boende sedan många år",
    "enkat|trygghetsenkat|vad kan vi göra bättre? - ta bort buskarna vid soprummet. - prata med familjen "
    "{sur:1} i trappan, deras son {lowf:2} och hans polare kör moped på gångvägen mot {place} hela "
    "kvällarna, ända till {pstreet}. tack",
    "enkat|trygghetsenkat|{full:1}, {addr}: jag känner mig trygg i min lägenhet men inte i tvättstugan "
    "efter kl {time}. Någon har tagit mina lakan två gånger och jag tror det är {nick:2} som bor under mig. "
    "Skriv gärna upp det.",
    "enkat|trygghetsenkat|Fråga 7 (fritext): Det är lugnare nu än förra året. Trygghetsvärden {first:1} "
    "från {org} gör ett superbra jobb och {first:2|g} kvällsrundor märks. Men {place} är fortfarande "
    "stökigt runt {venue}.",
    "enkat|trygghetsenkat|OTRYGGT!!! parkeringen bakom {venue}. Min dotter {first:1} blev förföljd hem från "
    "{line} av en kille i grå jacka, polisen har ärendet {case}. Ni måste sätta upp kameror. {full:2}",
    "enkat|trygghetsenkat|Svar på fråga 15:\nJag vet inte om jag får skriva namn här men {full:1} i {lgh} "
    "har hotat mig i trapphuset. Har pratat med bovärden {sur:2} om det.\n[[Inga]] fler synpunkter.",
    "enkat|trygghetsenkat|Trygg: 2 av 5. Sedan {week} brinner det i containrar varje helg vid {place}. "
    "Senast den {date} såg {wfirst:1} från sexan två killar springa därifrån mot {street}. Ring mig gärna "
    "{mob}",
    # ---------------------------------------------------------------- boendeenkät, free text
    "enkat|boendeenkat|Vad tycker du om kundtjänst på {org}? Dåligt. Jag ringde {tel} tre gånger om fläkten "
    "och fick prata med {first:1} som lovade att någon skulle komma {week}. Ingen kom. {full:2}, {lgh}",
    "enkat|boendeenkat|Kommentar om {place}: trevlig fastighetsskötare ({first:1}), men grannen {full:2} "
    "spelar musik till kl {time} på vardagar. Har sagt till henne och hennes sambo {wfirst:3} men det blir "
    "inte bättre",
    "enkat|boendeenkat|Fritext:\nHej. Vi är en familj på {antal} personer i en trea på {addr}. Vi betalar "
    "{amount} i hyra och lägenheten är för liten och grannarna klagar på barnen. Kan {full:1} på "
    "uthyrningen ringa mig? {mob}\nMvh {caps:2}",
    "enkat|boendeenkat|Jag är nöjd med allt utom tvättstugan. Någon ({lowf:1} i 3:an tror jag) bokar alla "
    "tider och använder dom inte. [[Liv]] och rörelse i trapphuset är ok men inte efter midnatt",
    "enkat|boendeenkat|Området {place}: Mycket skräp. Sopkärlen är alltid fulla. Städfirman kommer bara på "
    "{wfirst:1|g} schema verkar det som, och {first:2} som städar är jättesnäll men hinner inte före kl "
    "{time}. Hyran höjdes med {amount} och vad får vi?",
    "enkat|boendeenkat|Enkätsvar 2026 / {place} / {fast}\n– Trapphuset luktar hasch nästan varje kväll, "
    "från lägenheten där {full:1} bor med sin bror {first:2}.\n– Portkoden har spridits, folk från {venue} "
    "går in och ut.",
    "enkat|boendeenkat|Bra bovärd i {place}!! {first:1} {wsur:1} fixar allt snabbt. Men {full:2} på andra "
    "våningen har en hund som skäller hela dagarna när hon jobbar. ring {mob} om ni vill veta mer",
    "enkat|boendeenkat|Övrigt: min mamma {full:1} ({vuxen} år) bor på {addr} och tar {line} hem men vågar "
    "inte gå till tvättstugan efter att någon slog sönder lampan. Kontakta mig, hennes son, på {mail}",
    # ---------------------------------------------------------------- tenant portal: störningsanmälan
    "hyresgast|portalanmalan|Störningsanmälan\nNamn: {full:1}\nSamordningsnummer: {snr}\nAdress: {addr}, "
    "{lgh}\nTelefon: {mob}\nVad gäller det: Fest i lägenheten ovanför, natten till {date}. Bor en {first:2} "
    "där tror jag.\nTidpunkt: kl {time}",
    "hyresgast|portalanmalan|Ärendetyp: Störning\nBeskrivning: det är {nick:1} och hans kompisar igen, dom "
    "sitter i trappan på {pstreet} och röker. Jag har filmat. {first:2} i lgh bredvid kan vittna.\nKontakt: "
    "{mail}",
    "hyresgast|portalanmalan|STÖRNINGSANMÄLAN  {place}\nAnmälare: {comma:1}\nPersonnummer: {pnr}\nStörande "
    "granne: {full:2}, {lgh}\nHändelse: skrik och slag i väggen ca kl {time}, pågick en timme",
    "hyresgast|portalanmalan|Anmälan via Mina sidor, {place}\nRubrik: grannen spelar hög musik\nText: hej "
    "igen, nu har det hänt tredje gången {week}. {full:1} har haft fest sedan kl {time}. Jag orkar inte "
    "mer. /{lowf:2}",
    "hyresgast|portalanmalan|Kategori: Störning – återkommande\nFritext: Paret {sur:1} i {lgh} bråkar "
    "högljutt, man hör hur han skriker på henne. Jag är orolig för barnen. Har ringt polisen ({case}).\n"
    "Anmälare: {full:2}, tfn {mob}",
    "hyresgast|portalanmalan|Felanmälan/störning\n{full:1} skriver: Ytterdörren till {addr} står uppställd "
    "med en sten hela tiden. Killar som inte bor här ({nick:2}, vet inte riktiga namnet) sover i "
    "källargången.",
    "hyresgast|portalanmalan|Ärende från portal, kategori Störning\nAnmälare: {caps:1} ({mail})\nGäller: "
    "lgh ovanför, hyresgäst {full:2}\nBeskrivning: borrar och slår efter kl {time} varje kväll. {first:2} "
    "svarar inte när jag knackar.",
    "hyresgast|portalanmalan|Namn: {low:1}\nTelefon: {mob}\nÄrende: någon har repat min bil {plate} på "
    "parkeringen vid {street}. Jag misstänker {first:2} i huset bredvid som jag bråkat med förut.",
)
