"""Frames of the seventy-fourth blind corpus, part b: winter rounds at summer cottages, cottage owners'
e-mails (Swedish, German and Danish summer guests), rural neighbourhood-watch text chains.
`role|style|template`."""

from __future__ import annotations

FRAMES_B = (
    # ---------------------------------------------------------------- stugtillsyn: winter rounds at cottages
    "vaktare|stugtillsyn|Tillsynsrond fritidshus, {place}\n{date}\n"
    "Fastighet {fast} (ägare {full:1}): altandörr uppbruten, TV och motorsåg saknas. Spår i snön mot "
    "vägen. Ägaren nås på {mob}, meddelad kl {time}.\nÖvriga hus på rundan utan anmärkning.",
    "vaktare|stugtillsyn|RONDRAPPORT {week}\n1. {addr} – ok\n2. {fast} – fönster krossat på baksidan, "
    "ägare {caps:1} informerad via mejl {mail}\n3. Sjöbod vid {harbour} – hänglås avklippt, {first:2} "
    "från byalaget har satt nytt",
    "vaktare|stugtillsyn|Hej {first:1}!\nVid tillsynen i dag var ytterdörren till er stuga på {island} "
    "olåst och det luktade diesel i boden. Generatorn ({machine}) är borta. Jag har ringt "
    "{full:2} som har nyckel. Anmäl gärna själv och ange {fast}.\n//{first:3}, {org}",
    "vaktare|stugtillsyn|Stugor {place}, {weekday}:\n"
    "- {full:1}, {addr}: inbrott, köksfönstret, oklart vad som saknas\n"
    "- {full:2}: ok\n- familjen {sur:3}: spår runt huset men inga skador\n"
    "Ringde polisen kl {time}. Ärendet fick nummer {case}.",
    "vaktare|stugtillsyn|Återrapport till {full:1}\nEr fastighet {fast} kontrollerades {date}. "
    "Båthuset vid {lake} var uppbrutet, kanoten och en {engine}-motor på {hp} saknas. Granne "
    "{full:2} ({tel}) såg en bil med släp, {plate}, på grusvägen veckan innan.",
    "vaktare|stugtillsyn|Tillsyn {island}\nfärjan {time}, åter med {line}\n"
    "stugan tillhörande {low:1} hade glasrutan i verandadörren krossad. inget verkar taget men någon "
    "har sovit där, sovsäck och fimpar. har pratat med grannen {first:2} som ska hålla koll.",
    "vaktare|stugtillsyn|Avvikelse\nObjekt: fritidshus, {fast}\nÄgare: {comma:1}, Tyskland\n"
    "Kontakt Sverige: {full:2} ({snr}), {mob}\nIakttagelse: fönster uppbänt, spår av två personer. "
    "Fotodokumenterat. "
    "Polisanmälan {case}.",
    "vaktare|stugtillsyn|{full:1} här, från vaktbolaget. Rundan runt {place} klar kl {time}. Tre stugor "
    "med uppbrutna förråd: {sur:2}, {sur:3} och den gamla skolan. Hos {sur:2} saknas en {machine} enligt "
    "grannen {first:4}.",
    # ---------------------------------------------------------------- stugagare: cottage owners write
    "stugagare|stugagare|Hej,\nmein Name ist {full:1}, wir haben ein Sommerhaus in {place} ({fast}). "
    "Unser Nachbar {full:2} schrieb uns dass die Tür offen war. Vi talar lite svenska – kan ni hjälpa? "
    "Mein Handy: {mob}\nViele Grüße\n{first:1}",
    "stugagare|stugagare|Till {kommun}\nVi, {full:1} och {full:2}, äger fritidshuset på {addr} sedan "
    "1987. I vinter har det varit inbrott hos oss och hos {full:3} två gånger. Vi vill att ni tar upp "
    "belysningen vid {harbour} i er lägesbild.\nMed vänlig hälsning\n{full:1}",
    "stugagare|stugagare|Hej {first:1}\nTak for sidst! Vi har hørt fra {first:2} at der var indbrud i "
    "huset på {island}. Kan du kigge forbi? Nøglen ligger hos {full:3}, {addr}. Ring {mob}.\n"
    "Kærlig hilsen\n{full:4}",
    "stugagare|stugagare|Anmälan om skadegörelse\n{comma:1}\n{pnr}\nSommaradress: {fast}, "
    "{place}\nÅretruntadress: {addr}, {lgh}\nBeskrivning: bryggan sönderslagen, båten {boatname} "
    "sänkt. Upptäckt den {date} av grannen {full:2}.",
    "stugagare|stugagare|Dear {first:1},\nour neighbour {full:2} sent us photos: the shed was broken "
    "into and the {engine} is gone. We are back in Sweden {week}. Could you tell the police? Our case "
    "number is {case}. Email {mail}.\nBest, {full:3}",
    "stugagare|stugagare|hej, det är {first:1} på {island} igen. Grannens hund skäller hela nätterna "
    "och {first:2} ({full:2}) svarar inte. Ringde {tel} flera gånger. Har skrivit till {org} också.\n"
    "/{first:1} {sur:1}",
    "stugagare|stugagare|Hallo {first:1},\nich habe mit {wfirst:2} {sur:2} gesprochen. Die Polizei "
    "sagt Aktenzeichen {case}. Die Versicherung will {amount} Selbstbeteiligung. "
    "Kannst du die Fotos an {mail} schicken?\n{first:3}",
    "stugagare|stugagare|Vi som har sommarstugor vid {lake} har startat en lista. Kontakt: "
    "{full:1} ({mob}), {full:2} och {first:3} {wsur:3}. Vi vill ha tillbaka bommen vid infarten. "
    "Mötet hålls på {venue} {weekday} kl {time}.",
    # ---------------------------------------------------------------- grannsamverkan: rural SMS chains
    "granne|grannsamverkan|GRANNSAMVERKAN {place}\nSuspekt bil {plate2} åker sakta förbi gårdarna vid "
    "{pstreet}. {first:1} har foto. Ring 112 om den stannar. /{full:2}",
    "granne|grannsamverkan|[{time}] {first:1}: nån har varit i dieseltanken hos {sur:2} igen\n"
    "[{time2}] {first:3}: va fan. såg en vit pickup vid {place}\n"
    "[{time3}] {first:1}: {first:4} har kamera, frågar honom",
    "granne|grannsamverkan|Hej alla i byn! Påminnelse: möte om stölderna på {venue} {weekday} kl {time}. "
    "Samåk eller ta {line}. "
    "{full:1} från {org} kommer. Frågor till {nick:2} ({mob}).",
    "granne|grannsamverkan|{first:1}: har nån sett {first:2|g} båttrailer? stod vid {harbour} till i går\n"
    "{first:3}: nä men {full:4} sa att en polsk skåpbil stod där\n{first:2}: trailern är {plate}",
    "granne|grannsamverkan|Till alla på {street}: {full:1} på gården längst in har fått sina "
    "fyrhjulingar stulna ({machine}). Håll utkik. Meddela {first:2} på {mob} eller {lowf:3} som bor "
    "i gula huset.",
    "granne|grannsamverkan|{nick:1}: ligger en bil i diket vid {lake}, ingen där\n"
    "{first:2}: det är {wfirst:3|g} gamla, reggat {plate}\n{nick:1}: ok då vet vi",
    "granne|grannsamverkan|Sms från {full:1}, skickat {date}: Två män med pannlampor vid sommarstugorna på "
    "{island}, gick mot {harbour}. Jag har ringt {wfirst:2} och {full:3}. Hör av er om ni ser något.",
    "granne|grannsamverkan|Kedjesms {place}\nTyvärr inbrott hos {full:1} i natt, verktyg och "
    "motorsåg. Tips till polisen, ange {case}. Kontaktperson grannsamverkan: {full:2}, {tel}.\n"
    "Vidarebefordra till {first:3} och {first:4} som inte har smart telefon.",
)
