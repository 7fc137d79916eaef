"""Frames of the fifty-sixth blind corpus, part d: complaints from neighbours and the public about
restaurants and kiosks, the fire service's inspection reports, and rows of the weekly EST report where a
licensing matter was written into the description. Each frame is `role|style|template`
(tests/blind56_fill.py reads the slots)."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # ------------------------------------------------------------------ klagomal (complaint)
    "medborgare|klagomal|Hej! Jag bor på {addr}, {lgh}, mitt emot {biz}. Varje helg spelas hög musik till "
    "kl. "
    "{time} och gästerna röker och skriker på gatan. Jag har pratat med ägaren, {wsur:1} heter han i "
    "efternamn tror jag, men inget händer. Ring gärna {mob}.\n{full:2}",
    "medborgare|klagomal|Klagomål via e-tjänst\nNamn: {full:1}\nAdress: {addr}, {lgh}\nE-post: {mail}\n"
    "Ärende: Kiosken på hörnet ({biz}) säljer energidryck och snus till barn. Min son ({ung} år) köpte snus "
    "där i går. Personalen, en kille som heter {first:2}, frågade inte om leg.",
    "medborgare|klagomal|till kommunen. {biz} har uteservering som går ut över hela trottoaren på {street}. "
    "rullstol kommer inte förbi. pratade med {lowf:1} som jobbar där, hon sa att chefen {lowf:2} har "
    "tillstånd. stämmer det?? /{low:3}",
    "medborgare|klagomal|Hej, jag vill anmäla {biz} vid {place}. Det är fest varje natt trots att de "
    "stänger kl {time} enligt skylten. Bilar parkerar på cykelbanan, bl.a. en svart Audi {plate} som "
    "tillhör ägaren {full:1} (han kallas {nick:1}). Jag orkar inte mer.\nMvh {first:2} i huset bredvid",
    "medborgare|klagomal|Synpunkt till {kommun}\nJag jobbar natt och ser varje vecka hur {biz} serverar folk "
    "som knappt står upp. Senast {date} bars en man ut av vakterna ({full:1} var en av dem, han är min "
    "granne). Jag vill vara anonym.\n{mail}",
    "medborgare|klagomal|Klagomål på {biz}, {addr}\nDet luktar vattenpipa i hela trapphuset och det sitter "
    "folk i trappan efter stängning. Hyresvärden {org} (fastigheten {fast}) säger att det är kommunens sak. "
    "Jag heter {full:1} "
    "och bor i {lgh}. Ring {tel}.",
    "granne|klagomal|{full:1} här igen från {street}. Samma sak som förra helgen på {biz}: musik, bråk och "
    "flaskor i vår trädgård. Jag har filmat, skickar till {first:2} på kommunen om ni vill. Min man "
    "{wfirst:3} ringde polisen kl. {time}.",
    "granne|klagomal|Till tillståndsenheten, ang. {biz}\nVi boende i {fast} vill påtala att restaurangen "
    "efter ägarbytet (ny ägare {full:1}) har öppet till långt efter {time} och att det är mycket stök. "
    "Underskrifter: {full:2}, {full:3}, {low:4}, {full:5}.",
    # ------------------------------------------------------------------ rtrapport (fire service report)
    "raddningstjanst|rtrapport|TILLSYNSRAPPORT – lag om skydd mot olyckor\nObjekt: {biz}\nFastighet: {fast}\n"
    "Verksamhetsutövare: {full:1}\nTillsynsförrättare: {full:2}\nDatum: {date}\nBrister: 1) Utrymningsdörr "
    "låst. 2) Gasol förvarad i källaren. 3) Personalen ({first:3}, {first:4}) kände inte till "
    "återsamlingsplatsen.",
    "raddningstjanst|rtrapport|Brandskyddskontroll krog {week}\n{biz} – max {antal} pers, räknat kl {time}: "
    "ok. Ansvarig: {full:1}\nNästa ställe – nödutgången mot {street} blockerad av sopkärl, {first:2} "
    "flyttade dem direkt\nInspektör: {init:3}",
    "raddningstjanst|rtrapport|Händelserapport\nLarm kl. {time}, automatlarm {biz}, {addr}. Orsak: "
    "rökmaskin på dansgolvet. Lokalen utrymd, ca {antal} personer. Ansvarig på plats {full:1} ({mob}). "
    "Styrkeledare {sur:2}. Ägaren {full:3} underrättad, hans bil {plate} stod framför nödutgången.",
    "raddningstjanst|rtrapport|Föreläggande\nRäddningstjänsten förelägger {full:1}, i egenskap av innehavare "
    "av {biz} (bolaget {orgnr}), att senast {date} åtgärda följande: tydlig skyltning av utrymningsvägar "
    "samt "
    "begränsning av personantalet till {antal}. Vid frågor kontakta {full:2} på {tel}.",
    "raddningstjanst|rtrapport|anteckn. tillsyn {biz}\n- ansv: {lowf:1} ({full:1}), trevlig men stressad\n"
    "- gasol i köket ok\n- brandsläckare senast kontrollerad {date}\n- utr.väg mot gården ok\n- {antal} pers "
    "vid besöket\n/{sur:2}",
    "raddningstjanst|rtrapport|Efter samordnad tillsyn natten {date} i {place} vill räddningstjänsten "
    "rapportera: {biz} hade över {antal} gäster trots att lokalen är godkänd för 150. Brandskyddsansvarig "
    "{full:1} har kallats till möte. Deltog från RT: {full:2} och {wsur:3}.",
    "raddningstjanst|rtrapport|Tillsyn brandskydd, nattklubb\nPlats: {venue}\nArrangör ikväll: {full:1}, "
    "{mob}\nKlubbansvarig: {nick:2} ({full:2})\nNoteringar: pyroteknik på scen utan tillstånd. Avbrutet "
    "efter samråd med polisen ({sur:3}) kl. {time}.",
    "raddningstjanst|rtrapport|RT – minnesanteckning\n{date}, {biz} på {pstreet}\nSamtal med {full:1} och "
    "{full:2}. De planerar att bygga om till {antal} sittplatser och söka utökat tillstånd. Vi påminde om "
    "kravet på två utrymningsvägar. Info skickad till {mail}.",
    # ------------------------------------------------------------------ estrad (EST report row)
    "est_samordnare|estrad|{date};kväll;{place};{biz};Bråk/ordningsstörning;Vid samordnad tillsyn noterades "
    "slagsmål i kön. Dörrvakten {full:1} avvärjde. Polis {sur:2} tog uppgifter från {full:3}.;"
    "Tillståndsenheten",
    "est_samordnare|estrad|Område: {place}\nKategori: Övrigt – tillsyn\nBeskrivning: Kontrollköp tobak i "
    "{antal} butiker, två sålde utan leg-kontroll. Innehavarna ({full:1}, {full:2}) kallas till samtal.\n"
    "Rapportör: {full:3}, tobakshandläggare",
    "est_samordnare|estrad|{week} {place}: Klagomål på {biz} (musik, nedskräpning). Tillståndshandläggare "
    "{sur:1} gör tillsyn till helgen. Grannen {full:2} vill bli kontaktad på {mob}. Nära {line}.",
    "est_samordnare|estrad|Datum: {date}\nTid: natt\nPlats: {street} utanför {biz}\nHändelse: "
    "Narkotikapåverkade gäster vid entrén, ordningsvakterna ({wfirst:1}, {first:2}) larmade polis. En "
    "person, {full:3}, omhändertogs enligt LOB.\nRapportör: kommunpolis {full:4}",
    "est_samordnare|estrad|otrygg plats – {place}. gänget runt {biz} hänger där varje kväll från ca kl "
    "{time}. personalen ({lowf:1}, {lowf:2}) säger att de inte har nåt med dem att göra. polisen känner "
    "till {nick:3} sen tidigare. nära hållplatsen för {line}, en bil {plate2} står alltid där.",
    "est_samordnare|estrad|Insats: Samordnad krogtillsyn {week}\nStatus: slutförd\nAnsvariga: {full:1} "
    "({kommun}), {full:2} (polisen), {full:3} (Skatteverket)\nResultat: {antal} objekt, tre erinringar, "
    "en varning. Se protokoll {dnr}.",
    "est_samordnare|estrad|{date};{time};{place};Inbrott och stöld;Inbrott i tobaksbutiken {biz}. Ägaren "
    "{full:1} uppger att cigaretter för {amount} stulits. Polisens ärende {case}.;Polis",
    "est_samordnare|estrad|Kommande: {biz} söker tillfälligt tillstånd för gatufest {date} på {pstreet}. "
    "Arrangör {full:1}. Polisen ({first:2}) vill ha fler vakter, {wsur:3} från RT också. [[Dag]] två är "
    "söndag.",
)
