"""Frames of the fifty-seventh blind corpus, part a: the harbour master's log, the guest harbour's booking
notes and the camping host's notes (tests/blind57_corpus.py). `role|style|template`; the slots are those of
tests/blind57_fill.py."""

FRAMES_A = (
    # ------------------------------------------------------------------ the harbour master's log
    "hamnkapten|hamnlogg|{date}\n"
    "{time} Rond A–D-bryggan, lugnt.\n"
    "kl {time} Båtägare {full:1} (plats {plats}) anmäler att utombordaren ({motor}) är borta, "
    "kätting avklippt. Hänvisad till polisen.\n"
    "Ringt {first:1} tillbaka på {mob}. /{first:2}",
    "hamnkapten|hamnlogg|LOGG {hamn} – {date}\n"
    "0600 hamnvärd {sur:1} på plats\n"
    "natt: gäster på segelbåten [[Måsen]] festade till kl {time}, tillsagda av {first:2}\n"
    "båten {boat} (ägare {comma:3}) förtöjd fel, flyttad till gästplats {plats}\n"
    "sign. {init:1}",
    "hamnkapten|hamnlogg|{week}, {hamn}\n"
    "Mån: {full:1} och {full:2} hyrt jollar, återlämnade kl {time}.\n"
    "Tis: trailer {plate} stått på rampen hela dagen, ägare {low:3} nås på {mob}.\n"
    "Ons: [[Inga]] händelser.\n"
    "Tors: elstolpe på bryggan vid {place} trasig, felanmält till {org}.",
    "hamnkapten|hamnlogg|{date} natten: larm från {hamn} kl {time}. "
    "{first:1} och jag åkte ut, två okända i gummibåt lämnade platsen mot {place}. "
    "Från {boat} (tillhör {full:2}) saknas {motor} + bensintank. Polisen underrättad, ärende {case}. "
    "Ägaren bor {addr}, {place2}.\n– hamnkapten {sur:3}",
    "hamnkapten|hamnlogg|{time} ankomst gästbåt {boat} från Tyskland, skeppare {full:1} ({vuxen}), "
    "{antal} pers ombord\n"
    "{time2} {first:1} anmäler att tendern med motor försvunnit från gästbryggan\n"
    "{time3} {caps:2} (hamnvärd) kontaktat {org}\n"
    "tel skeppare {mob}",
    "hamnkapten|hamnlogg|Hamnvärdens loggbok {week}\n"
    "– {date}: fått in hittegods (plånbok) med körkort för {full:1}, pnr {pnr}. Låst i kassaskåpet.\n"
    "– {first:2} på kiosken säger att {nick:3} har varit och frågat efter bensin på natten igen.\n"
    "– Ny nattvakt från klubben: {full:4}",
    "hamnkapten|hamnlogg|{date}\n"
    "Ramp: bil {plate2} med båttrailer blockerade rampen kl {time}. Föraren ({first:1}) flyttade efter "
    "tillsägelse.\n"
    "Brygga C: {wfirst:2} från [[Tärnan]] meddelar att någon försökt bryta upp motorlåset.\n"
    "Övrigt: [[Storm]] i natt, gästbåtarna dubbelförtöjda. Sophantering ok, {org} tömde kl {time2}.",
    "hamnkapten|hamnlogg|Logg {hamn}\n"
    "{time}  vakt {sur:1} ringer, misstänkt bil på parkeringen vid {street}\n"
    "{time2}  bilen ({plate}) borta\n"
    "{time3}  båtägare {full:2} {mob} upptäcker att {motor} saknas på plats {plats}\n"
    "{time4}  anmält till polisen {case}",
    # ----------------------------------------------------------- the guest harbour's booking notes
    "gasthamnsreception|gasthamn_bokning|Bokning #{tomt}\n"
    "Båt: {boat} ({skrov})\n"
    "Gäst: {full:1}\n"
    "Tel: {mob}\n"
    "E-post: {mail}\n"
    "Ankomst {date}, 2 nätter, {amount} betalt kort\n"
    "Notering: vill ha el, {first:1} frågade om dieselpump",
    "gasthamnsreception|gasthamn_bokning|INCHECKNING {hamn}\n"
    "Namn: {caps:1}\n"
    "Adress: {addr}, {place}\n"
    "Båtens namn: {boat}\n"
    "Längd: 9,5 m\n"
    "Avgift: {amount}\n"
    "Mottagen av: {first:2}",
    "gasthamnsreception|gasthamn_bokning|{full:1} ringde och avbokade {date}. Återbetalning på {amount} till "
    "kort. Vill istället komma {week} med {boat}. Ring upp på {tel} efter kl {time}. /{lowf:2}",
    "gasthamnsreception|gasthamn_bokning|Gästhamnen {date}\n"
    "Plats {plats} – {comma:1}, Hamburg, bokat via appen\n"
    "Plats {plats2} – {comma:2}, {mail}\n"
    "Plats {plats3} – ej betald, båten {boat}, skeppare enligt grannbåt: {first:3}\n"
    "{first:4} kollar i morgon bitti",
    "gasthamnsreception|gasthamn_bokning|Obs! Gäst på {boat} ({full:1}) anmälde stöld av cyklar "
    "från bryggan natten till {date}. Två herrcyklar. Hon har anmält själv: {case}. "
    "Kontakt: {mob} eller {mail}. Tog emot: {full:2|g} kollega {first:3}",
    "gasthamnsreception|gasthamn_bokning|Fakturaunderlag säsongsplats\n"
    "Kund: {full:1}\n"
    "Personnummer: {pnr}\n"
    "Adress: {addr}\n"
    "{lgh}\n"
    "Plats: {plats}, avgift {amount}\n"
    "Handläggare {sur:2}, {hamn}",
    "gasthamnsreception|gasthamn_bokning|{first:1}!! Kunden på plats {plats} – {full:2} – har inte betalat "
    "sedan {date}, ringt tre ggr på {mob}. Säger att hans bror {first:3} ska swisha. Kolla med "
    "ekonomiansvarige {sur:4} på "
    "{org} innan vi låser elen",
    "gasthamnsreception|gasthamn_bokning|Reservation {hamn}\n"
    "{init:1}, {mail}\n"
    "{date} – {date2}\n"
    "Båt {boat}, trailer {plate2}\n"
    "Önskar plats nära toaletterna (rullstol), {first:1|g} fru {first:2} sköter kontakt: {mob}",
    # ------------------------------------------------------------------- the camping host's notes
    "campingvard|campingvard|Tomt {tomt}: {full:1} klagar på musik från tomt {tomt2} efter kl {time}. "
    "Pratade med {first:2} där, lovade sänka. {first:1} nöjd. /{lowf:3}",
    "campingvard|campingvard|{date}, {hamn}\n"
    "Stulet från förtält på tomt {tomt}: grill, två SUP-brädor och en {motor}. Gäst {full:1}, "
    "{mob}. Polisanmält {case}.\n"
    "{full:2} på grannplatsen såg en vit skåpbil ({plate}) kl {time}.",
    "campingvard|campingvard|Campingvärdens anteckningar {week}\n"
    "* stuga 4: {caps:1} + {antal} barn, incheckade sent\n"
    "* bommen vid {street} har stått uppe hela natten, {first:2} har ringt {org}\n"
    "* {nick:3} från tomt {tomt} har lånat kanoten igen utan att fråga\n"
    "* {low:4} vill ha kvitto skickat till {mail}\n"
    "* familjen {wsur:5} i stuga 9 har fått byta till stuga 2",
    "campingvard|campingvard|Till {first:1}\n"
    "Husbil {plate2} på tomt {tomt} – gästen {full:2} (samordningsnr {snr}) uppger att någon tagit "
    "gasolflaskan "
    "och elkabeln under natten. Ingen anmälan än. Hen är kvar till {date}.\n"
    "Hälsn {first:3}",
    "campingvard|campingvard|{time} bråk vid servicehuset mellan ungdomar från tält-området, {antal} st, "
    "en av dem kallade sig {nick:1}. {first:2} från kiosken ringde 112. Polis på plats kl {time2}. "
    "Ungdomarna tog sedan {line} in mot stan. "
    "Vakt {sur:3} stannade till stängning.",
    "campingvard|campingvard|Noteringar {date}, {hamn}\n"
    "– {full:1}, {addr} ({place}), har fått varning för hund utan koppel\n"
    "– {full:2} (säsongsgäst) anmäler att båtmotorn {motor} stulits från bryggan vid {place2}\n"
    "– nyckel till förråd B utlämnad till {first:3}",
    "campingvard|campingvard|Gäst från Holland, {full:1}, ringde från {mob}: deras hyrbåt {boat} har "
    "drivit iväg från campingens brygga, förtöjningen skuren? {first:2} och {wfirst:3} åkte ut med "
    "räddningsbåten och hittade den vid {place} kl {time}.",
    "campingvard|campingvard|Säsongsplatser – saknade betalningar\n"
    "{comma:1}, tomt {tomt}, {amount}\n"
    "{comma:2}, tomt {tomt2}, {amount2}\n"
    "{comma:3}, tomt {tomt3}\n"
    "påminnelse skickad {date} / {init:4}",
)
