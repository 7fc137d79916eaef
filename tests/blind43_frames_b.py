"""Frames of the forty-third blind corpus, part b: foremen's text messages, site diaries and the
access-control system's logs (tests/blind43_corpus.py). A frame is `role|style|template`; the slots are
those of tests/blind43_fill.py."""

from __future__ import annotations

FRAMES_B = (
    # --- arbetsledarsms: a foreman's text message -----------------------------------------------------------
    "arbetsledare|arbetsledarsms|tjena {lowf:1}, nån har snott generatorn vid bod 2 på {place} inatt. "
    "kolla om {nick:2} lånade den? annars anmäler jag. /{first:3}",
    "arbetsledare|arbetsledarsms|{wfirst:1} har ringt, hans bil {plate2} blev uppbruten på parkeringen vid "
    "{street}, alla verktyg borta. han tar det med polisen själv. säg till {first:2}",
    "arbetsledare|arbetsledarsms|kran 2 hade besök igen inatt enl vakten, {ung} åringar. {low:1} "
    "(kranföraren) vill att vi låser trappan till hytten. kan du fixa lås idag {lowf:2}?",
    "arbetsledare|arbetsledarsms|Hej! Jag är sjuk idag, {full:1} från {org} tar över grinden. hans nr "
    "{mob}. Leveransen av armering kl {time} ska in via {street}",
    "arbetsledare|arbetsledarsms|dieseln e borta igen ur tanken på grävarn ({plate}). typ {antal} liter. "
    "sa till vakten {wsur:1}. {lowf:2} säger att det stod en skåpbil vid {pstreet} kl {time}",
    "arbetsledare|arbetsledarsms|ok. {full:1} och {full:2} från betongfirman kommer inte in, deras ID06 "
    "funkar inte i grinden. ring {mob} så öppnar {lowf:3} manuellt",
    "arbetsledare|arbetsledarsms|skicka rapporten till {lowf:1} på kommunen senast {date} – hon vill ha "
    "foton på klottret på planket mot {street} och namnet på den som tog bort det ({wfirst:2})",
    "arbetsledare|arbetsledarsms|kolla kameran kl {time}, {nick:1} och två till hoppade över staketet vid "
    "{venue} och drog mot {line}. {nick:1} hade en kofot. känner du igen dom {lowf:2}?",
    # --- byggdagbok: the site diary -------------------------------------------------------------------------
    "arbetsledare|byggdagbok|Dagbok {date}\nVäder: [[Frost]] i marken, minus 3.\nBemanning: {antal} egna, "
    "{antal} UE.\nAvvikelse: bod 5 uppbruten under natten, upptäckt av {full:1}. Polisens ärendenr "
    "{case}.\nSign {init:2}",
    "platschef|byggdagbok|Byggdagbok – {place} etapp 3, {week}\nMån: stöld av {antal} st laser ur "
    "container (värde {amount}). {full:1} (UE el) saknar också sin verktygsväska.\nTis: nya lås monterade "
    "av {org}.\nOns: besök av kommunpolis {wsur:2}.",
    "arbetsledare|byggdagbok|{date} Dagbok (AL {full:1})\nMorgon: grinden mot {street} har stått öppen "
    "hela natten, {wfirst:2} på {org} låste inte vid arbetsdagens slut. Inget saknas enligt "
    "inventering.\nEftermiddag: möte med {full:3} från {kommun} om staketet.",
    "arbetsledare|byggdagbok|Dagboksanteckning\nKl {time} kom polisen med {full:1} som påträffats med "
    "verktyg från vår bod i bilen {plate}. Verktygen identifierades av lagbasen {sur:2}. Anmälan {case}.",
    "platschef|byggdagbok|{week} – sammanfattning dagbok {venue}\nTre nätter med larm. {full:1} (vakt) "
    "noterade ungdomar på taket torsdag kl {time}. Fredag: brand i skip vid {street}, släckt av egen "
    "personal ({first:2}, {first:3}).",
    "arbetsledare|byggdagbok|Anteckning {date}: {full:1} från {org} meddelar att deras kompressor och två "
    "vibratorplattor stulits ur containern vid {place}. Ring {first:1} på {mob} om något dyker upp.",
    "arbetsledare|byggdagbok|Dagbok\n{date}\nArbetsstart. Lagbas {sur:1} rapporterar att staketsektionen "
    "vid {pstreet} är nedtrampad. [[Sten]] och betongrester dumpade innanför.\nPolis på plats ang. "
    "inbrottet, handläggare {full:2}.\nLåssmed har bytt cylindrar. /{first:3}",
    "arbetsledare|byggdagbok|Dagbok tisdag\nEfter helgen saknas {antal} m kabel samt byggströmscentral. "
    "{full:1} på elfirman har kollat. [[Sand]] och makadam levererat trots allt. Kameran visar en bil, "
    "{plate2}, kl {time} lördag. {first:2} tar kontakt med polisen, kontakt {tel}. Planen bredvid lånas ut "
    "till {klubb} i helgen.",
    # --- passerlogg: the access-control system --------------------------------------------------------------
    "passersystem|passerlogg|Passagelogg grind 1 – {place}\n{time}  IN   {comma:1}  UE mark\n{time}  IN   "
    "{comma:2}  UE el\n{time}  UT   {comma:1}\n{time}  NEKAD  kort spärrat ({full:3})",
    "passersystem|passerlogg|Utdrag passersystem {venue} – datum {date}\nKort 4471 {full:1} in kl {time}, "
    "ej utpasserad\nKort 5520 {full:2} in kl {time}\nNotering: {first:1} finns inte i personalliggaren, "
    "kontrolleras av KMA-ansvarig {sur:3}.",
    "passersystem|passerlogg|Personalliggare/passage {week}\n{caps:1} – {org} – in {time} ut "
    "{time}\n{caps:2} – in {time} (ingen utpassering)\nAnm: kortet för {first:2} användes samtidigt vid "
    "grind 2 enl {first:3}.",
    "passersystem|passerlogg|ID06-avvikelse\nNamn: {full:1}\nFöretag: {org}\nPersonnummer: {pnr}\nKortet "
    "spärrat sedan {date}, försök till inpassering kl {time} vid grinden mot {street}.",
    "vaktare|passerlogg|Grindlogg {place}\n{time} fordon {plate} in (leverans grus)\n{time} fordon "
    "{plate2} in, ej anmäld, förare {full:1}\n{time} föraren ut till fots, fordonet kvar\n/ vakt {first:2}",
    "kma|passerlogg|Personalliggaren {week}: {full:1} ({org}) registrerad med samordningsnummer {snr}, "
    "kort saknas. UE-ansvarig {sur:2} kontaktas, sista dag {date}.",
    "passersystem|passerlogg|Export passagesystem "
    "(urval)\nDatum;Tid;Namn;Företag;Grind\n{date};{time};{full:1};{org};G2\n{date};{time};{full:2};UE;G1",
    "kma|passerlogg|Passagekontroll {venue}: {lowf:1} från ställningsfirman gick in på {full:2|g} kort kl "
    "{time}. Båda avstängda i väntan på samtal med {full:3}.",
)
