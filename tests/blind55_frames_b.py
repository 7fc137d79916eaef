"""Frames of the fifty-fifth blind corpus, part b: a utility's or landlord's report to the police
(polisanmalan), contractors' e-mails (entreprenorsmejl) and the kommun's street-light fault tickets
(felanmalan_belysning). A frame is `role|style|template`; the slots are tests/blind55_fill.py's."""

from __future__ import annotations

FRAMES_B = (
    # polisanmalan
    "sakerhetsansvarig|polisanmalan|Anmälan om stöld – {org}\nAnmälare: {full:1}, säkerhetsansvarig, "
    "{tel}\nBrottsplats: {site}, {place}\nBrottstid: mellan {date} och {date}\nTillgripet: ca 300 m "
    "kopparlina, 2 jordspett\nMisstänkt fordon: {plate2}, iakttaget av {full:2}\nKontakt på plats: "
    "{first:3}",
    "sakerhetsansvarig|polisanmalan|Komplettering till {case}\nVittne: {full:1}, pnr {pnr}, {addr}, tel "
    "{mob}\nVittnet såg två män lasta kabel i en släpvagn vid {site} ca kl {time}. Den ene kallades "
    "{nick:2} av den andre.",
    "fastighet|polisanmalan|Polisanmälan skadegörelse\nVi på {org} anmäler att dörren till {site} har "
    "bänts upp. Det är tredje gången i år. Kontaktperson är {full:1} ({mail}). Vaktbolagets rapport från "
    "väktare {sur:2} bifogas.",
    "sakerhetsansvarig|polisanmalan|Anmälare: {comma:1}\nPersonnummer: {pnr}\nArbetsgivare: {org}\n"
    'Händelse: Vid arbete den {date} på {street} hotades anmälaren av en man som ville "köpa" den '
    "nedtagna kopparkabeln. Mannen presenterade sig som {first:2} och körde iväg i {plate}.",
    "sakerhetsansvarig|polisanmalan|Till polisen, region Mitt\nAngående upprepade inbrott i telemast\n"
    "Masten ({site}) har brutits upp natten mot {date}. Batterier och kabel för ca {amount} saknas. Se "
    "tekniker {full:1|g} bilder från {org}. Kontakta gärna mig, {full:2}, {mob}.",
    "sakerhetsansvarig|polisanmalan|Tips till polisen: en skrothandlare i {place} uppges ha köpt koppar "
    "av {full:1} ({snr}). Uppgiftslämnare: {full:2}, som vill vara anonym mot gärningspersonen. Tidigare "
    "ärende {case}.",
    "fastighet|polisanmalan|Anmälan avser stöld av grindmotor och kablage vid {site}, {fast}. Upptäckt "
    "den {date} av drifttekniker {sur:1}. Anmälare {full:2}, {org}, tel {tel}. Skadan uppskattas till "
    "{amount}.",
    "sakerhetsansvarig|polisanmalan|Kompletterande uppgifter, {case}. En anställd hos vår entreprenör, "
    "{wfirst:1}, har sett samma person, kallad {nick:2}, vid {site} två gånger {week}. Personen ({snr}) "
    "bor enligt uppgift på {addr}, {lgh}. Kontakt: {full:3}, {mob}.",
    # entreprenorsmejl
    "entreprenor|entreprenorsmejl|Hej {first:1},\n\nVi var ute vid {site} i morse och kan konstatera att "
    "ca 80 m jordlina är bortklippt sedan förra besiktningen. Vi har återställt provisoriskt. Faktura "
    "kommer, ca {amount}.\n\nMvh\n{full:2}\n{org}\n{mob}",
    "entreprenor|entreprenorsmejl|Hej!\nFör kännedom: vår bod vid {street} bröts upp under natten. "
    "Borta: kabeltrummor, en generator och montör {sur:1|g} verktygslåda. Anmält till polisen ({case}).\n"
    "/{full:2}, platschef",
    "entreprenor|entreprenorsmejl|Från: {mail}\nÄmne: Stöld i arbetsområdet {place}\n\nHej {first:1} och "
    "{first:2}! Någon har tagit 6 st kabelskåpsdörrar från upplaget. Vi har satt upp kamera. Om ni ser "
    "en grå Transit, {plate}, ring mig på {mob}.\nHälsningar {first:3}",
    "entreprenor|entreprenorsmejl|Hej,\nbifogar bilder från {site}. Dörren är uppbruten, tre säkringar "
    "borta och det luktar brandrök. Vi stänger av och väntar på {org}. Elsäkerhetsledare är {full:1}, "
    "nås på {tel}.\n/{nick:2} ({full:2})",
    "entreprenor|entreprenorsmejl|Hej {full:1}!\n\nSom du säkert hört blev {pstreet} mörk i helgen – "
    "någon har klippt matningen i belysningsskåpet och dragit ut ca 60 m kabel. Vi lagar {date}, "
    "beräknad kostnad {amount}. Ni får gärna polisanmäla, vi har foton.\n\nVänliga hälsningar\n{full:2}\n"
    "Projektledare, {org}",
    "entreprenor|entreprenorsmejl|Hej {first:1}, kort om natten: vår väktare {full:2} stötte på tre "
    "ungdomar inne på området vid {site} ca kl {time}. En av dem sa att han hette {low:3}. De sprang mot "
    "{place}. Ingen skada på material vad vi sett.",
    "entreprenor|entreprenorsmejl|Till: {mail}\nKopia: {full:1}\n\nHej! Vi har avbrutit schaktet på "
    "{street} eftersom någon har stulit skyltar och avspärrningar (värde ca {amount}). Vi fortsätter "
    "{week} om material kommit. Ring mig på {mob} vid frågor.\n{init:2}",
    "entreprenor|entreprenorsmejl|Hej {wsur:1}!\nTack för snabb hjälp i går. Som sagt var det {full:2} "
    "från vårt lag som hittade det kapade kablaget vid {site}. Han har skrivit en kort rapport som jag "
    "bifogar. Fastighetsbeteckning för upplaget är {fast}.\n//{first:3}",
    # felanmalan_belysning
    "kundtjanst|felanmalan_belysning|Ärendetyp: Gatubelysning ur funktion\nPlats: {street} vid {venue}\n"
    "Anmälare: {full:1}, {mob}\nBeskrivning: Hela gatan mörk sedan {date}. Luckan på en stolpe ligger på "
    "marken och kablarna är avklippta. Barn går här till skolan och till bussen, {line}.",
    "kundtjanst|felanmalan_belysning|Felanmälan via webb\nNamn: {low:1}\nE-post: {mail}\nTelefon: {mob}\n"
    "Var: gångvägen mellan {place} och {venue}\nVad: tre lampor krossade, en stolpe omkullvält. Någon "
    "har även sprayat på elskåpet.",
    "kundtjanst|felanmalan_belysning|Anmälare ringde kl {time}: {full:1}, boende {addr}, {lgh}. "
    "Belysningen i gångtunneln under {street} är sönderslagen för tredje gången. Känns otryggt, särskilt "
    "för äldre. Vill bli kontaktad, {tel}. /Handläggare {sur:2}",
    "kundtjanst|felanmalan_belysning|Hej! Gatlyktorna på {pstreet} har varit släckta i en vecka och nu "
    "ser jag att luckorna är uppbrutna. Mina barn cyklar hem från {venue} i mörkret. Snälla gör något. "
    "Mvh {full:1}, {addr}",
    "kundtjanst|felanmalan_belysning|Notering kundtjänst {date}: {first:1} ({mob}) meddelar att {antal} "
    "ljuspunkter längs {street} är släckta. Hon har sett ungdomar klättra i stolparna vid hållplatsen "
    "för {line}. Skickat till {org}, mottaget av {full:2}.",
    "kundtjanst|felanmalan_belysning|Felanmälan belysning\nAnmälare: {caps:1}\nAdress: {addr}\n"
    "Gatubelysningen vid busshållplatsen för {line} är nedslagen. Glas överallt. Fotot är taget {date}.\n"
    "Återkoppling önskas via {mail}",
    "kundtjanst|felanmalan_belysning|Samtal från {full:1} ang. belysning i {place}: stolpen vid "
    "lekparken har fått kabeln utdragen, kopparn är borta. [[Björk]] och sly skymmer dessutom lampan. "
    "Hänvisat till {org}. Handläggare {init:2}",
    "kundtjanst|felanmalan_belysning|felanmälan från app {date}: lyktstolpe nedbruten i korsningen "
    "{street}/{pstreet}, ledningar hänger fritt!! anmälare {lowf:1} {mob}. vidarebefordrat till jour "
    "{nick:2}",
)
