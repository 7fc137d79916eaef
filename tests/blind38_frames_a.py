"""Frames of the thirty-eighth blind corpus, part a: insatsrapporter, short incident notes and 112/SOS logs
(`role|style|template`; slots in tests/blind38_fill.py)."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # ------------------------------------------------------------------- insatsrapport
    "styrkeledare|insatsrapport|Insatsrapport – anlagd brand i container\nDatum: {date}   Larmtid: "
    "{time}\nPlats: {street}, {place}\nStyrkeledare: {full:1}\nInringare: {full:2}, tel {mob}\nÅtgärd: "
    "Släckt med skum. [[Inga]] personskador.\nPolis på plats: inspektör {sur:3}.",
    "brandman|insatsrapport|RAPPORT BRAND I TRAPPHUS\nAdress: {addr}, {place}\nTid: {time}\nBoende i "
    "{lgh} ({full:1}) larmade 112 efter rök i trapphuset. Barnvagn antänd på bottenplan.\nRökdykare: "
    "{first:2} och {first:3}. Fastighetsjouren ({housing}) kontaktad, jourman {wsur:4}.\nBrandutredning "
    "begärd. Polisens ärende {case}.",
    "insatsledare|insatsrapport|Händelse: Bilbrand, misstänkt anlagd\nFordon: {plate}, ägare {full:1} "
    "({pnr})\nPlats: parkering vid {venue}\nTid: {date} kl {time}\nVittne: {full:2} såg två personer "
    "springa mot {place}.\nStyrkeledare {sur:3}, räddningstjänsten i {kommun}",
    "styrkeledare|insatsrapport|Insatsrapport\nTyp: Brand i skola – {school}\nLarm via automatlarm "
    "{time}, vaktmästare {full:1} mötte styrkan.\nKlotter och antänt papper i toalett. Rektor {sur:2} "
    "informerad.\nSkadekostnad uppskattad till {amount}.\nEfterarbete: anmälan till polisen ({case}), "
    "kontakt med {org}.\nSL: {full:3}",
    "brandman|insatsrapport|Rapport – mopedbrand\n{date}, {time}\nEn moped brann på gångvägen mellan "
    "{street} och {place}. Skylt saknades, ramnummer lämnat till polis.\nBoende {full:1} ringde 112 och "
    "uppgav att en kille kallad {nick:2} körde mopeden tidigare under kvällen.\nBrandman {sur:3} tog "
    "bilder. Ärendet överlämnat till {org}.",
    "styrkeledare|insatsrapport|Brand i förråd, {addr}\nFastighet: {fast}\nLarmad {time} av väktare "
    "{full:1} ({org}).\nFörrådet tillhör {lgh}. Hyresgäst {full:2}, nås på {mob}.\nMisstänkt anlagd – "
    "dörren uppbruten. Brandutredare {full:3} kallad.\nPolis: {case}",
    "insatsledare|insatsrapport|INSATSRAPPORT\nHändelsetyp: Brand i fordon\nTid: {time}\nPlats: {place}, "
    "parkeringen vid {pstreet}\nFordon 1: {plate2} (ägare {caps:1})\nFordon 2: {plate} – spridning från "
    "fordon 1\nVittne: {full:2}, {vuxen} år, boende i området.\nStyrkeledare: {comma:3}",
    "brandutredare|insatsrapport|{full:1} (styrkeledare) har i efterhand fått uppgift från {full:2} om "
    "att två ungdomar, {ung} och {ung} år, sågs vid containern på {street} strax före branden.\nEnligt "
    "{first:2|g} uppgift heter en av dem {first:3}.\nUppgifterna lämnade till kommunpolis {sur:4} under "
    "{week}.\nKontakt: {mail}",
    # ---------------------------------------------------------------------- kort_notis
    "brandman|kort_notis|Containerbrand på {street} kl {time}. Släckt inom tio minuter. Larmat av boende "
    "{full:1}, som såg två killar cykla mot {place}. De ska sedan ha tagit {line} mot centrum.",
    "styrkeledare|kort_notis|{full:1} ringde 112: brinner i en bil på parkeringen vid {venue}. Bilen "
    "({plate}) utbrunnen vid framkomst. Ägaren {full:2} kontaktad.",
    "brandman|kort_notis|Brand i papperskorg utanför {school} vid {time}-tiden. Rektor {wsur:1} "
    "informerad. Eleven {first:2} ({ung} år) pekas ut av kamrater.",
    "styrkeledare|kort_notis|Trapphusbrand {addr}. Rökskadat på de övre planen. {full:1} i {lgh} fick "
    "följa med ambulans. Väktare {sur:2} öppnade porten åt oss.",
    "brandman|kort_notis|Mopedbrand vid fritidsgården i {place} kl {time}. Mopeden stulen enligt ägaren "
    "{full:1}, {mob}. Gänget kring {nick:2} och {first:3} ska ha setts där, senare vid hållplatsen för "
    "{line}.",
    "insatsledare|kort_notis|Bilbrand {date} natt, {pstreet}. {plate2} helt utbränd, {plate} i närheten "
    "värmeskadad. Vittnet {full:1} hörde smällar. Polisen har {case}.",
    "brandman|kort_notis|Brand i soprum, {addr}. Fastighetsjour {full:1} på plats {time}. Andra branden "
    "i soprummet sedan {week}, enligt jouren och boende {low:2}.",
    "styrkeledare|kort_notis|Anlagd brand i skogsdunge bakom {school}. [[Rosa]] tändare hittad. Släckt "
    "av brandman {sur:1} och {first:2}. {caps:3} (vaktmästare) hade sett rök från {place}.",
    # ------------------------------------------------------------------------ larmlogg
    "larmoperator|larmlogg|{time} Inkommande samtal. Inringare: {full:1}, {mob}. Brinner i container vid "
    "{street}.\n{time} Styrka larmad. SL {sur:2}.\n{time} Framme. Polispatrull på plats.\nAnm: "
    "inringaren nämner en kille som kallas {nick:3}.",
    "larmoperator|larmlogg|{date}\n{time} Automatlarm {school}\n{time} Vaktmästare {full:1} möter vid "
    "huvudentrén\n{time} Rök från toalett på övre plan, papper antänt\n{time} Rektor {full:2} "
    "underrättad\nLarmoperatör: {first:3}",
    "larmoperator|larmlogg|LOGG {date}\n{time}: samtal från {low:1} om brand i bil\n{time}: fordonet "
    "{plate2}, {place}\n{time}: polis ({case}) på plats\n{time}: släckt, {first:2} kvar",
    "larmoperator|larmlogg|{time} – {full:1} ringer från {addr}, {lgh}: rök i trapphuset.\n{time} – "
    "Styrkeledare {sur:2} framme, barnvagn i brand.\n{time} – Fastighetsjouren {full:3} på väg, tel "
    "{tel}.",
    "larmoperator|larmlogg|{time} Brand i moped, gångtunneln vid {place}\n{time} Väktare {full:1} "
    "({org}) släckte delvis med handbrandsläckare\n{time} Vittne {full:2}: två på moped, en i vit "
    "jacka\n{time} Ärendet till polis",
    "larmoperator|larmlogg|{date}, natt\n{time} Larm: brand i soptunna, {street}\n{time} Polispatrull på "
    "plats, {first:1} och {first:2}\n{time} Boende {full:3} uppger att samma personer eldade i "
    "går\n{time} Avslutat",
    "larmoperator|larmlogg|SOS-logg {date}, {kommun}\n{time} Inringare {caps:1}, {mob}: bilbrand "
    "{pstreet}\n{time} Fordon {plate}\n{time} Ägare enligt register: {full:2}, {pnr}",
    "larmoperator|larmlogg|{time} samtal {lowf:1} (boende): tre killar tänder på container bakom "
    "{venue}\n{time} {first:2} i styrkan ser en av dem, kallas {nick:3}\n{time} Polis {sur:4} tar över",
)
