"""Frames of the seventy-first blind corpus, part b: police event summaries and kommunpolis' excerpts,
housing companies' work orders on burnt cars, residents' e-mails about catalytic-converter thefts
(`role|style|template`; slots as in tests/blind71_fill.py)."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # --- police event summaries and kommunpolis' excerpts
    "polis|polis_handelse|Stöld av bil, {place}. En {model} med {plate} stals under natten från {street}. "
    "Ägaren, {full:1}, upptäckte stölden kl {time}. Ärendet har nr {case}.",
    "polis|polis_handelse|Händelsenr {case}\nBrottstyp: Inbrott i bil\nPlats: {garage}\nMålsägande: "
    "{full:1}, {pnr}\nMisstänkt: {full:2} ({snr}), gripen på plats av patrull med {first:3}.",
    "polis|polis_handelse|Kommunpolis {full:1}: Sedan {week} har vi haft {antal} bilinbrott i {place}. "
    "Två män, {full:2} och {full:3} ({snr}), är häktade. De körde {plate2}, som också var stulen.",
    "polis|polis_handelse|Trafikkontroll {date} kl {time} på {street}. Föraren av {fplate}, {caps:1}, "
    "saknade körkort. Passageraren {first:2} uppgav sig heta {first:3}, vilket inte stämde.",
    "polis|polis_handelse|{place}: Bil i brand vid {venue} kl {time}. {org} släckte. Bilen, {plate}, "
    "tillhör {full:1} på {addr}. Han har tidigare haft bilen brandskadad.",
    "polis|polis_handelse|Sammanfattning helg {week}\n- Tre bilar uppbrutna i {garage}, bl.a. {plate2}.\n- "
    "Katalysatorstöld {place}, målsägande {init:1}.\n- {full:2} gripen för häleri, {mob} beslagtagen.",
    "polis|polis_handelse|Anmälan {case}: {full:1} uppger att hennes före detta sambo {full:2} tagit "
    "bilen {plate} utan lov. Bilen sågs senast i {place} med {nick:2|g} kompisar.",
    "polis|polis_handelse|Spaning {date}\nBilen {plate2} ({model}) sedd på {pstreet} med tre personer. "
    "Föraren troligen {full:1}, född {ung}. I baksätet {first:2} och en som kallas {nick:3}.",
    # --- housing companies' work orders on burnt cars
    "bostadsbolag|bilbrand_arende|Ärendenr {case}\nFastighet: {fast}\nAdress: {addr}\nÄrendetyp: Brand/bil\n"
    "Beskrivning: Utbränd {model} på vår parkering, {plate}. Ägare hyresgäst {full:1}. Sanering: {amount}.",
    "bostadsbolag|bilbrand_arende|Bilbrand natten mot {date} på parkeringen vid {street}. Två bilar: {plate} "
    "och {plate2}. Hyresgästerna {full:1} och {full:2} informerade. Fastighetsskötare {wsur:3} har "
    "spärrat av.",
    "bostadsbolag|bilbrand_arende|Kvartersvärd {first:1}: brandrök i trapphuset från den brinnande bilen på "
    "{space}. Boende i {lgh} ({comma:2}) fick åka till {venue} för kontroll. {org} var på plats kl {time}.",
    "bostadsbolag|bilbrand_arende|{org} – felanmälan\nFrån: {full:1} ({mail})\nMin bil {plate2} har "
    "brunnit upp i carporten. Vem betalar för taket? Jag bor i {lgh}. Ring {mob}.",
    "bostadsbolag|bilbrand_arende|Utbrända vraket {fplate} står kvar på {street} sedan {date}. Ingen "
    "ägare nåbar. Bärgning beställd via {first:1} på {org}. Kostnad: {amount}. /{sur:2}, förvaltare",
    "bostadsbolag|bilbrand_arende|Fastighet {fast}. Carport nr 3 nedbrunnen, {model} med {plate} "
    "totalskadad. Hyresgäst {full:1}, {pnr}. Försäkringsbolagets handläggare {full:2}, {tel}.",
    "bostadsbolag|bilbrand_arende|Anteckning {date}: {lowf:1} från styrelsen berättar att det var "
    "{wsur:2}-pojken som satte eld på bilen. Ej verifierat. Hänvisat till {org}.",
    "bostadsbolag|bilbrand_arende|Bilbrand {place} {week}\nÄgare: {full:1}\nFordon: {plate2}\nSkador på "
    "fasad {addr}, grannbil {plate} sotskadad (ägare {full:2}).",
    # --- residents' e-mails about catalytic-converter thefts
    "boende|katalysator_mejl|Hej,\nnatten till {date} sågade någon av katalysatorn på min {model} ({plate}) "
    "på {street}. Det lät som en vinkelslip kl {time}, jag hörde det när jag gick från {line}. Grannen "
    "{first:1} såg en vit skåpbil.\n{full:2}",
    "boende|katalysator_mejl|Till {kommun}\nFrån: {full:1} <{mail}>\nÄmne: Katalysatorstölder {place}\n\n"
    "Tredje gången på vår gata {week}. Min {model} med {plate2} nu. Verkstaden säger {amount}.",
    "boende|katalysator_mejl|Hej {first:1}!\nSom du bad om: min Prius ({plate}) stod på {space} i {garage}. "
    "Kattenjävlarna tog katten igen. Min sambo {full:2} har anmält, {case}.\nHälsningar {first:3}",
    "boende|katalysator_mejl|{full:1} här, jag bor på {addr}. Såg två män under en {model} på {street} kl "
    '{time}. De körde iväg i {fplate}. En ropade "{first:2}, kom nu!". Ring {mob} om ni behöver mer.',
    "boende|katalysator_mejl|Ämne: katalysator\n\nhej, jag heter {low:1} och min bil {plate2} har blivit av "
    "med katalysatorn. den stod vid {venue}. min pappa {first:2} säger att man ska mejla er.",
    "boende|katalysator_mejl|Hej! Skriver för min granne {full:1} som inte har mejl. Hennes {model} "
    "({plate}) "
    "på {pstreet} fick avsågat avgasröret {date}. Hon nås på {tel}. Mvh {full:2}",
    "boende|katalysator_mejl|Vi i samfälligheten på {street} undrar om kommunen kan sätta upp kamera. "
    "Katalysatorn stulen på {plate2} ({sur:1}) och {plate} ({sur:2}) samma natt. /ordf. {full:3}",
    "boende|katalysator_mejl|Till polisen via {org}:\nJag {full:1} ({pnr}) anmäler stöld av katalysator "
    "från {plate} på {street}.\nTid: mellan {time} och {time}\nVittne: {full:2}, {mob}",
)
