"""Frames of the seventy-first blind corpus, part a: parking-garage operators' shift logs, parking
attendants' notes and residents' illegal-parking reports through the kommun's e-service
(`role|style|template`; slots as in tests/blind71_fill.py)."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # --- parking-garage operators' shift logs
    "p_operator|phus_logg|{garage}, {level}\nKl {time} larm från bom vid utfarten. {plate} körde ut bakom "
    "{plate2} utan betalning. Föraren, enligt kameran {full:1}, hade tidigare löst biljett i appen. "
    "/{first:2} (driftvakt)",
    "p_operator|phus_logg|Skiftlogg {date}\n- kl {time}: bil med krossad ruta på {space}, {level}. "
    "Ägare {full:1}, nås på {mob}.\n- Polisanmälan {case}.\n- {first:2} ringde {org} för glasjour.",
    "p_operator|phus_logg|{garage} – natt\n{time} person sover i trapphuset vid {level}, väcktes av väktaren "
    "{sur:1}. Uppgav namnet {full:2}, {pnr}. Lämnade frivilligt.\nAnm: {first:3}",
    "p_operator|phus_logg|Återkommande felparkerare i {garage}: {plate2} står på handikapplats utan "
    "tillstånd "
    "för tredje gången {week}. Ägaren {caps:1} enligt vägtrafikregistret, adress {addr}. Avgift: {amount}.",
    "p_operator|phus_logg|{first:1} från {org} rapporterar: två {model} på {level} fått katalysatorerna "
    "avsågade under natten. Regnr {plate} och {plate2}. Ägare {full:2} resp. {full:3} kontaktade.",
    "p_operator|phus_logg|{comma:1} (kund, månadskort) hör av sig om repad lack på sin {model}, stod på "
    "{space} den {date}. Begär ersättning {amount}. Hänvisar till försäkring. Tel {mob}. Handl: {first:2}",
    "p_operator|phus_logg|Incident i {garage}, den {date}\nKund: {full:1}\nFordon: {plate}\nHändelse: "
    "fastnade i bommen "
    "vid {level}, bommen bruten. Vittne: {first:2} {sur:2}, {mob}.\nÅtgärd: tekniker {nick:3} kallad.",
    "p_operator|phus_logg|{full:1|g} bil ({plate2}) bogserades kl {time} från laddplatsen på {level}, stod "
    "utan att ladda i två dygn. Hon hämtade den hos {org} och var mycket upprörd. Kontakt via {mail}.",
    # --- parking attendants' notes
    "p_vakt|pvakt_anteckning|Rond i {place} kl {time}\n{plate} – kontrollavgift, stod på gångbana vid "
    "{street}.\n"
    "{plate2} – ej avgift, föraren {first:1} kom ut ur porten och flyttade.\n{fplate} – avgift, ingen "
    "förare.",
    "p_vakt|pvakt_anteckning|Hot mot parkeringsvakt vid {venue}, hållplatsen för {line}, kl {time}. "
    "Föraren till {plate2}, en man som "
    "kallades {nick:1} av sin kompis, skrek och tog bilder på mig. Kompisen hette {wfirst:2}. Anm "
    "{case}. /{first:3}",
    "p_vakt|pvakt_anteckning|{place}, {street}: {model} med {fplate} stått sedan {date}. Lapp lämnad. "
    "En granne, "
    "{full:1}, säger att bilen tillhör {lowf:2} som bor i porten bredvid.",
    "p_vakt|pvakt_anteckning|Notering till arbetsledare {sur:1}:\nFordon {plate} har {amount} i obetalda "
    "avgifter. Ägaren {full:2} ({pnr}) har bestridit alla. Ny avgift utfärdad {date} på {pstreet}.",
    "p_vakt|pvakt_anteckning|kl {time} {garage}\nbil-larm gick på {plate2}, inga skador synliga. ringde "
    "ägaren {low:1} på {mob}, svarade inte. lämnade lapp. /vakt {first:2}",
    "p_vakt|pvakt_anteckning|{first:1} och jag gick {place} {week}. 14 avgifter. En kvinna, {full:2}, "
    "försökte ta bort lappen från {plate} medan vi stod där. Hon sa att hennes bror {wfirst:3} skulle "
    '"fixa" oss.',
    'p_vakt|pvakt_anteckning|Bestridande från {full:1}, {addr}:\n"Jag stod på lastplats för att lämna av '
    'min mamma vid {venue}". Bilen {plate2}. Bild visar ingen i bilen. Avslås. Handläggare {sur:2}',
    "p_vakt|pvakt_anteckning|{date} {place}\nTaxi {plate} stod i busshållplats för {line}. Chauffören "
    "{full:1} sa att han väntade på en kund, {first:2}. Avgift: {amount}.",
    # --- residents' illegal-parking reports via the kommun's e-service
    "boende|felparkering_etjanst|Ärende: Felparkering\nNamn: {full:1}\nTelefon: {mob}\nPlats: {street} vid "
    "{venue}\nBeskrivning: en vit {model} {plate} står på cykelbanan varje morgon. Tror den tillhör {full:2} "
    "på nummer fyra.",
    "boende|felparkering_etjanst|Hej! Vi på {street} har tröttnat. {plate2} och {fplate} står på "
    "vändplanen så sopbilen inte kommer fram. Ägaren av den första heter {first:1}, de andra vet vi inte. "
    "Mvh {full:2}, {addr}",
    "boende|felparkering_etjanst|Anmälare: {comma:1}\nE-post: {mail}\nFordon: {plate}, {model}\nPlats: "
    "{place}, utanför {venue}\nTid: sedan {date}\nÖvrigt: bilen har inga skyltar bak, bara fram.",
    "boende|felparkering_etjanst|husbil {plate2} parkerad på gräsmattan i {place} sedan {week}, de bor "
    "i den. en man som heter {lowf:1} och en kvinna {first:2}. ring mig {tel} / {full:3}",
    "boende|felparkering_etjanst|{full:1} skriver: Grannens bil står i vår infart på {pstreet} igen. "
    "Registreringsnummer {plate}. Grannen heter {sur:2} i efternamn, vi har pratat med hen många gånger.",
    "boende|felparkering_etjanst|Beskrivning: Lastbil med polska skyltar {fplate} kör in på gågatan på "
    "{street} varje natt runt {time}, lastar av hos {org}. Kontaktperson: {first:1} {sur:1}, {mob}",
    "boende|felparkering_etjanst|Plats: {street}\nTyp: Parkering på trottoar\n{plate2}, {plate} och en "
    "moped utan skylt. Min dotter {first:1} med rullstol kommer inte förbi. /{first:2|g} pappa, {tel}",
    "boende|felparkering_etjanst|Hej. Anmäler igen bilen {plate2} ({model}) som står på {space} som är MIN "
    "förhyrda plats hos {org}. Jag har kontrakt. Vem som äger bilen: {caps:1}. Mvh {full:2}",
)
