"""Frames of the seventy-seventh blind corpus, part B: residents' littering reports through the kommun's
e-service (`nedskrapning`), illegal dumping traced to its owner by letters found in the rubbish
(`dumpning`) and environmental inspectors' protocols (`tillsyn`). Slots: tests/blind77_fill.py."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # --- nedskrapning: littering reports through the e-service
    "invanare|nedskrapning|Felanmälan via e-tjänst\nKategori: Nedskräpning\nPlats: {avc}\nBeskrivning: Fullt"
    " runt alla kärl igen, [[Wellpapp]] överallt och säckar med hushållssopor. Pågått sedan {date}.\nNamn:"
    " {full:1}\nTelefon: {mob}\nE-post: {mail}",
    "invanare|nedskrapning|hej, vill bara tipsa om att det ligger en hel soffa och massa byggskräp i skogen"
    " bakom {street} vid {place}. såg en man i en röd pickup {plate} dumpa det ca kl {time} i går. tror han"
    " heter {full:1} för det stod på en kartong. /{low:2}",
    "invanare|nedskrapning|Nedskräpning vid {avc}. Folk ställer tv-apparater och [[Porslin]] på marken när"
    " igloon för [[Glas]] är full. Senast i lördags såg jag {first:1} från {street} göra det. Hälsningar"
    " {comma:2}, {tel}",
    "invanare|nedskrapning|Anmälare: {full:1}\nAdress: {addr}, {lgh}\nÄrende: Grannen {full:2} eldar"
    " trädgårdsavfall och plast på tomten ({fast}) varje helg, senast {date}. Röken går rakt in i vårt"
    " sovrum. Har pratat med {wfirst:2} men inget händer.",
    "invanare|nedskrapning|Skräpet vid hållplatsen för {line} vid {place} har inte plockats på en vecka."
    " Pizzakartonger, burkar och [[Frigolit]]. Min son {first:1} ({ung} år) och kompisen {lowf:2} plockade"
    " lite men det behövs mer. {full:3}, {mob}",
    "invanare|nedskrapning|Till miljökontoret. Det har dumpats [[Asfalt]] och [[Betong]] längs grusvägen ut"
    " mot {place}. Jag tror det kommer från bygget på {addr} där {full:1} bygger om. Bilder bifogas. Mvh"
    " {full:2}",
    "fastighetsvard|nedskrapning|Från {org}: boende rapporterar att någon ställer sopsäckar utanför"
    " miljöhuset på {street} nattetid. {full:1} i {lgh} har sett {first:2} från trappan bredvid bära ut"
    " säckar kl {time}. Vi behöver hjälp att prata med hushållet. /bovärd {sur:3}",
    "invanare|nedskrapning|{full:1} här, bor på {addr}. Igen har någon tömt ett släp med [[Grovavfall]] på"
    " vändplanen, samma gröna släp som förra gången, {plate}. {first:2} på tvåan säger att det är {nick:3}"
    " från {place}.",
    # --- dumpning: illegal dumping traced by letters in the rubbish
    "miljoinspektor|dumpning|Ärende: Olovlig dumpning, {place}\nFynd i avfallet: fönsterkuvert adresserade"
    " till {full:1}, {addr}, samt en faktura från {org}.\nÅtgärd: brev skickat {date} till {first:1} med"
    " begäran om yttrande inom två veckor.\nHandläggare {full:2}",
    "miljoinspektor|dumpning|Anteckning platsbesök {date}\nVid infarten till {place} har ca 30 säckar"
    " dumpats. I en säck låg post till {caps:1}, {addr}, och ett läkarintyg med {pnr}. Även en påse med"
    " räkningar till {full:2}.\nFoto 1–12. Ärendet lämnas till miljöinspektör {sur:3}.",
    "miljoinspektor|dumpning|Till {full:1}\n{addr}\n\nAngående nedskräpning\n\nVid tillsyn {date} hittades"
    " avfall som kan kopplas till dig (kuvert med ditt namn och din adress) dumpat vid {avc}. Nedskräpning"
    " är straffbart enligt miljöbalken. Kontakta {full:2} på {tel} inom två veckor.\nMed vänlig hälsning\n"
    "{kommun}",
    "miljoinspektor|dumpning|Dumpade däck vid rastplatsen, ca {antal} st. En faktura ställd till"
    " {full:1} hittades"
    " i en påse. {first:1} nekar vid telefonsamtal {date} och hänvisar till sin"
    " svåger {full:2}. Fortsatt utredning, polisanmälan {case}.",
    "miljoinspektor|dumpning|Miljöinspektör {sur:1} och {first:2} från {org} besökte dumpningsplatsen vid"
    " {street} den {date}. Bland avfallet: paketlappar till {low:3} och en pärm med lönebesked för {full:4}."
    " Båda adresserna i {place}. Hörs {week}.",
    "handlaggare|dumpning|Spårning av ägare – sammanfattning\n1) adresslapp på kartong: {full:1}, {addr}\n2)"
    " apotekspåse med namnet {full:2}\n3) brev från Försäkringskassan till {full:3}, {lgh}\nAlla tre"
    " folkbokförda på samma adress. Bil {plate2} står på {first:1}.",
    "miljoinspektor|dumpning|Sms från inspektör {full:1} till {first:2}: 'Hittade ett kuvert till en {full:3}"
    " i högen bakom {venue}. Kolla i registret om det finns nån på {addr}. Tar foton o åker tillbaka till"
    " kontoret ca {time}'",
    "handlaggare|dumpning|Beslut om föreläggande\nAdressat: {comma:1}, {snr}\nAvfall (möbler, [[Tegel]],"
    " [[Textil]]) som dumpats på fastigheten {fast} har genom försändelser i avfallet kopplats till"
    " adressaten. Avfallet ska vara bortforslat senast {date}.\nHandläggare: {full:2}, {mail}",
    # --- tillsyn: inspectors' protocols
    "miljoinspektor|tillsyn|Tillsynsprotokoll {date}\nVerksamhet: {org} – {avc}\nNärvarande: {full:1}"
    " (driftansvarig), {full:2} (miljöinspektör)\nIakttagelser: Oljespill vid [[Farligt]] avfall. Journal"
    " över mottagningen förs av {first:3}, saknades för {week}.\nUppföljning inom tre månader.",
    "miljoinspektor|tillsyn|Inspektion av skrothandlare på {addr} ({fast}). Innehavare: {full:1}, {pnr}."
    " Bilbatterier och kablar direkt på marken. {first:1} uppgav att metallen köps kontant från"
    " privatpersoner, bl.a. en {first:2} som säljer kopparkabel. Kvitton saknas. Inspektör: {init:3}",
    "miljoinspektor|tillsyn|TILLSYN – {kommun}\nObjekt: {fast}, {addr}\nKontaktperson: {caps:1}, {mob}\n"
    "Anledning: klagomål från granne ({full:2}) om bilvrak och skrot på tomten\nBedömning: nedskräpning,"
    " föreläggande skickas. Avgift för handläggning {amount}.",
    "miljoinspektor|tillsyn|Kontroll av {avc} tillsammans med {full:1} från {org}. Kylmöbler stod utomhus"
    " utan tak. Vägning visade {kg} kylmöbler i [[Metallskrot]]. {first:1} ansvarar för rättelse till {date}."
    " Antecknat av {low:2}.",
    "miljoinspektor|tillsyn|Anteckningar tillsyn {date}, {place}\nMarkägaren {full:1} har grävt ner avfall i"
    " slänten. Grannen {full:2} har filmat, filmen skickad till {mail}. Provtagning {week}. Inspektörer:"
    " {first:3}, {first:4}.",
    "miljoinspektor|tillsyn|Protokoll, uppföljande tillsyn\nFöretag: {org}\nAdress: {addr}\nPlatschef"
    " {wsur:1} visade runt. Containern för [[Gips]] var överfull och {cont} saknade lock. Arbetsledare"
    " {full:2} lovade åtgärd före {date}. Nästa besök {week}.",
    "miljoinspektor|tillsyn|{full:1}, miljöinspektör, ringde den {date} upp {full:2} på {mob} angående"
    " upplaget av däck. {first:2} hävdar att det är {first:3|g} däck och inte {first:2|g} egna.",
    "miljoinspektor|tillsyn|Tillsyn ÅVC – checklista\n[x] skyltar för fraktioner ([[Wellpapp]], [[Trä]],"
    " [[Jord]])\n[x] öppettider anslagna: {hours}\n[ ] journal farligt avfall – saknas, ansvarig {full:1}\n"
    "[ ] skyddsutrustning – {lowf:2} saknade handskar\nGranskare: {full:3}",
)
