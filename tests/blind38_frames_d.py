"""Frames of the thirty-eighth blind corpus, part d: the fire service's weekly summaries for the EST meeting,
cells and rows of CSV exports, and schools' reports to the fire service (`role|style|template`; slots in
tests/blind38_fill.py)."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # ----------------------------------------------------------------------- est_vecka
    "brandingenjor|est_vecka|Räddningstjänstens underlag till EST, {week}\n• Tre containerbränder i "
    "{place}, vid {street}. Boende {full:1} larmade två av dem.\n• Bilbrand på {pstreet} ({plate}), "
    "polisen utreder.\n• Brand i trapphus, {addr}. SL {sur:2} bedömer den som anlagd.\nRapportör: "
    "{full:3}",
    "brandingenjor|est_vecka|EST-veckan – räddningstjänsten\nGrönt: {place}\nGult: {place}, två "
    "bilbränder. Ägare {full:1} och {full:2}.\nRött: inget denna vecka.\n/{first:3}",
    "stationschef|est_vecka|Sammanfattning till EST-mötet den {date}\nAntal insatser med anlagd brand: "
    "{antal}\nVarav skolor: brand i toalett på {school}, eleven {first:1} utpekad.\nSamverkan: {housing} "
    "informerad, kontakt {full:2}.\nFrågor till {mail}",
    "brandingenjor|est_vecka|Veckan i korthet (räddningstjänsten)\nMån: containerbrand vid "
    "{street}\nTis: mopedbrand vid {venue}, vittne {full:1}\nFre: bilbrand, {plate2}, ägare "
    "{caps:2}\nLör: [[Lugnt]]\nSön: brand i papperskorg, kl {time}",
    "brandingenjor|est_vecka|Till EST-gruppen: det är {wfirst:1} från räddningstjänsten. Den här veckan "
    "har {nick:2} och hans kompisar igen setts vid bränderna i {place}, enligt boende och väktare "
    "{full:3}. Vi föreslår extra rond {date}.",
    "brandingenjor|est_vecka|Lägesbild brand {week}, {kommun}\nTvå bilbränder i {place} natten mot "
    "{date} (fordon {plate} och {plate2}). Polisen ({sur:1}) har ärendet {case}.\nAnsvarig: {full:2}",
    "samordnare|est_vecka|Uppföljning insatser:\n– Låsbyte soprum {addr}: slutförd ({housing}, "
    "{full:1})\n– Belysning vid {school}: pågående\n– Dialog med {first:2|g} familj: planerad",
    "brandingenjor|est_vecka|Rtj:s bidrag {week}: två anlagda bränder i {place} – container och moped. "
    "Brandman {wsur:1} och styrkeledare {sur:2} noterade samma grupp ungdomar båda gångerna. Boende "
    "{low:3} har hört namnet {nick:4}.",
    # ----------------------------------------------------------------------------- csv
    'export|csv|{date};{time};{place};{street};Anlagd brand container;"Container i brand. Larmat av '
    '{full:1}, {mob}. Släckt av RTJ, styrkeledare {sur:2}.";Räddningstjänsten',
    "export|csv|Datum;Tid;Område;Beskrivning;Rapportör\n{date};{time};{place};Bilbrand {plate} på "
    "{pstreet}, ägare {full:1};{full:2}",
    "export|csv|{full:1} (boende) ringde 112 om brand i trapphuset på {addr}. Rökskadat i {lgh}. SL "
    "{sur:2}, polis på plats.",
    "export|csv|{date};natt;{place};Anlagd brand, bil;{plate2} utbränd. Ägare {comma:1} ({pnr}). Polis "
    "{case};Rtj {kommun}",
    "export|csv|Beskrivning: Brand i skolans soprum ({school}). Vaktmästare {full:1} släckte med "
    "brandfilt. Misstänkta: {first:2} och {lowf:3}, åk 8.",
    'export|csv|{date};{time};{place};Brand i moped;"Moped brann i cykelrum, {addr}. Ägare {full:1}, '
    '{ung} år. Vittne {first:2} såg {nick:3} där innan.";Fastighet',
    "export|csv|Område;Händelse;Beskrivning\n{place};Anlagd brand (trapphus);Barnvagn i brand, {addr}. "
    "Boende {first:1} ({lgh}) fick andas in rök. Fastighetsjour {full:2} kallad\n{place};Anlagd brand "
    "(container);Vid {venue}, ingen skadad",
    "export|csv|{time};{street};Brandlarm, brinnande soptunna;Väktare {full:1} ({org}) först på plats. "
    "Ungdomarna sprang mot hållplatsen för {line}, en av dem {low:2}.",
    # --------------------------------------------------------------------------- skola
    "rektor|skola|Hej! Rektor {full:1} på {school} här. I dag kl {time} brann det i en papperskorg på "
    "toaletten igen. Vi misstänker en elev i åk 9, {first:2}. Vårdnadshavare {full:3} är kontaktad.",
    "rektor|skola|Skolans incidentrapport\nSkola: {school}\nDatum: {date}\nHändelse: brandlarm, rök från "
    "omklädningsrum\nElever inblandade: {full:1}, {full:2}\nPersonal: idrottslärare {sur:3}",
    "kurator|skola|Till räddningstjänsten från {school}: vi har haft {antal} falsklarm och två små "
    "bränder sedan {week}. Kurator {full:1} har samtal med eleverna {first:2} och {first:3}. Kontakt: "
    "{tel}",
    "vaktmastare|skola|Vaktmästare {full:1}: hittade bränd toarulle och tändare i korridoren vid "
    "matsalen, {school}. Sparat tändaren åt er. Ring {mob} om ni vill hämta den, annars frågar {first:2}.",
    "rektor|skola|Anteckning (möte {date} på {school}): brandinformation till åk 7–9 planeras {week}. "
    "Lärare {full:1} samordnar. Eleven {first:2}, som tände på i toaletten, får prata med brandman "
    "{sur:3}.",
    "rektor|skola|Biträdande rektor {caps:1}: en grupp elever från {school} ska ha tänt på en container "
    "vid {street} på lunchen. {first:2|g} kompisar och {nick:3} nämns av flera.",
    "skolskoterska|skola|{full:1}, skolsköterska, ringde: eleven {full:2} ({pnr}) brände sig på handen "
    "när hen tände på papper bakom skolan. Ambulans behövdes inte.",
    "rektor|skola|Skolbrand, {school}\nTid: {time}\nSkador: {amount}\nUtredning: brandutredare {full:1} "
    "och polisens {sur:2}\nÅtgärd: [[Klart]] med låsbyte, {housing} betalar.",
)
