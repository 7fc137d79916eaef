"""Frames of the sixty-fourth blind corpus, part b: animal-welfare inspectors' control notes and decisions,
wildlife collisions (police events, NVR's eftersök reports) and residents' mails and posts about wild boar
in their gardens. Each frame is `role|style|template` (slots: tests/blind64_fill.py)."""

from __future__ import annotations

FRAMES_B = (
    # djurskyddsinspektörer
    "djurskyddsinspektor|djurskydd_kontroll|Kontrollrapport\nKontrollerad: {full:1} ({pnr})\nAdress: "
    "{addr}\nKontrolldatum: {date}\nIakttagelser: {antal} hundar i lägenheten, smutsiga burar, inget "
    "färskt vatten. Djurhållaren var samarbetsvillig.\nInspektör: {full:2}",
    "djurskyddsinspektor|djurskydd_kontroll|Uppföljande kontroll hos {full:1}, {street} i {place}. "
    "Hästarna har nu tillgång till ligghall. Hovarna åtgärdade av hovslagare {sur:2} den {date}. "
    "Kostnaden på {amount} betalas av djurhållaren. Ärendet avslutas.\n/{full:3}, djurskyddsinspektör",
    "djurskyddsinspektor|djurskydd_kontroll|BESLUT om förbud att ha hand om djur\nDjurhållare: "
    "{caps:1}, {pnr}\nLänsstyrelsen beslutar att {full:1} inte får ha hand om hund under fem år. "
    "Beslutet grundar sig på kontrollen {date} och två tidigare besök. Djuren omhändertas genom "
    "polisens försorg, {case}.",
    "djurskyddsinspektor|djurskydd_kontroll|Anteckning efter telefonsamtal med {full:1} ({mob}) som "
    "äger hästen i stallet vid {venue}. Hon uppger att hästen är under behandling hos veterinär "
    "{sur:2}. Jag har bett om journalkopia senast {date}. Kollega {first:3} informerad.",
    "djurskyddsinspektor|djurskydd_kontroll|Tjänsteanteckning {date}\nPå plats på {addr} tillsammans "
    "med polis. Katterna ({antal} st) omhändertogs. Djurhållaren {full:1} var inte hemma; hennes son "
    "{first:2} ({ung} år) öppnade. Grannen {low:3} hade larmat. Katterna kördes till {org}.",
    "djurskyddsinspektor|djurskydd_kontroll|Kontroll av hundhållning. Djurhållare {full:1}, "
    "samordningsnr {snr}, tolk behövdes. Hunden var underviktig. Föreläggande: foder och "
    "veterinärbesök senast {week}. Frågor till {tel} (handläggare {first:2}).",
    'djurskyddsinspektor|djurskydd_kontroll|Intern notering: {full:1} ("{nick:1}") har tidigare haft '
    "förbud att hålla hund men har enligt anmälan skaffat en ny valp. Bor hos sambon {full:2} på "
    "{street}. Kontakt med polisen, {case}.",
    "djurskyddsinspektor|djurskydd_kontroll|Kontroll häststall {place}\nNärvarande: {full:1} "
    "(stallägare), {wfirst:2} (skötare), inspektör {sur:3}\nAnmärkning: för smala boxar, två hästar i "
    "för dåligt hull. Ny kontroll {date}.",
    # wildlife collisions
    "polis|viltolycka|{date}, kl {time}, Viltolycka, {kommun}\nEn personbil har kolliderat med en älg "
    "på {street} i höjd med {place}. Föraren, {full:1}, klarade sig utan skador. Eftersök via NVR, "
    "jägare {sur:2} kallad. {line} fick köra om.",
    "polis|viltolycka|Viltolycka rådjur på {street} kl {time}. Bil {plate} skadad i fronten. Förare "
    "{full:1}, tel {mob}. Jägare {sur:2} kallad för eftersök, rådjuret avlivat på plats.",
    "polis|viltolycka|Trafikolycka med vildsvin på väg mot {place} natten till {date}. Två bilar "
    "inblandade: {plate2} (förare {full:1}) och {plate} (förare {full:2}). Vildsvinet dog. Ingen "
    "personskada. Kommunens jaktansvarige {sur:3} underrättad.",
    "jagare|viltolycka|Eftersöksrapport NVR\nArt: älg\nDatum: {date}\nPlats: {street}, "
    "{place}\nEftersöksjägare: {full:1} {mob}\nResultat: älgen spårad ca 400 m in i skogen och "
    "avlivad. Köttet till markägaren {full:2}.",
    "polis|viltolycka|Händelse: Djur på väg, {kommun}\nLösa hästar på vägen vid {place}. Patrull på "
    "plats kl {time}. Hästarna tillhör {low:1}, som kom och hämtade dem. Bilisten {full:2} ({plate2}) "
    "hade väjt och kört i diket.",
    "polis|viltolycka|Sammanfattning natt: viltolycka med rådjur på {street} ca kl {time}, föraren "
    "{full:1} oskadd. Vid {venue} anmälde väktare {wsur:2} en lös hund som jagade rådjur. Anmälan "
    "{case}.",
    "polis|viltolycka|Anmälan om viltolycka\nAnmälare: {comma:1}\nFordon: {plate2}\nPlats: {street} "
    "nära {venue}\nDjur: vildsvin, skadat, sprang in i skogen\nKontakt: {mob}\nEftersök: {full:2} (NVR)",
    "kommunpolis|viltolycka|Kommunpolisen: under {week} har vi haft sju viltolyckor i {place}, de "
    "flesta i skymningen. Sänk farten längs {street}! Tack till jägarna {full:1} och {full:2} som "
    "ställer upp på eftersök. [[Lo]] har också setts nära vägen.",
    # wild boar in gardens
    "boende|vildsvin|Hej! [[Vildsvinen]] har varit i vår trädgård igen i natt, hela gräsmattan "
    "uppbökad. Vi bor på {addr} nära {pstreet} i {place}. Kan kommunen göra något? Hälsningar {full:1}",
    "boende|vildsvin|Till {kommun}\nAng. vildsvin i {place}.\nVi har sett en sugga med {antal} "
    "kultingar flera kvällar runt kl {time} vid {street}. Barnen vågar inte gå ut. Grannen {full:1} "
    "har fått staketet förstört. Min man {first:2} ringde polisen men de hänvisade till "
    "er.\n/{full:3}, {mob}",
    'boende|vildsvin|Grannapp: "Vildsvin på {street} NU! Typ {antal} st. {nick:1} från nr 9 försökte '
    'skrämma iväg dem med en kastrull haha" – {first:2}',
    "boende|vildsvin|Hej {wfirst:1}! Du som är jaktledare, kan ni komma hit? Vildsvinen har grävt upp "
    "hela rabatten hos {full:2} på {street} och {first:3} säger att de varit inne hos dem också. Ring "
    "mig på {mob}. / {full:4}",
    "boende|vildsvin|skriver här för att kommunen inte svarar. vildsvin i trädgårdarna vid {place} "
    "varje natt sen {date}. grannen {low:1} har kameror och har filmat dem. vi är flera som vill ha "
    "skyddsjakt. mvh {lowf:2}",
    "boende|vildsvin|Ärende till kontaktcenter, {kommun}:\n{full:1} ({mail}) frågar om skyddsjakt på "
    "vildsvin i villaområdet vid {street}. Hänvisad till {org}. Handläggare {first:2}, den {date}.",
    "boende|vildsvin|Vildsvinen har nu tagit sig in på kolonilotterna vid {venue}. Lott 14 och 22 helt "
    "förstörda. Lottinnehavarna {full:1} och {full:2} kräver att någon tar ansvar. Vi har mejlat "
    "{bolag} utan svar.",
    "boende|vildsvin|{full:1} här igen. Igår kväll kl {time} stod tre vildsvin vid vår "
    "brevlåda på {addr}. Jag har pratat med jägaren, {sur:2} heter han, men han säger att det är "
    "kommunens mark. Vem ansvarar? Tel {tel}",
)
