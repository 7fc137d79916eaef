"""Frames of the forty-fifth blind corpus, fourth file: the kommun's errands on abandoned vehicles and
bicycles, work orders as exported rows, and the crews' text messages and chats.

A frame is `voice|style|template`; the slots are tests/blind45_fill.py's.
"""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # ---------------------------------------------------------------- övergivna fordon och cyklar
    "handlaggare|overgivna_fordon|Ärende: övergiven cykel vid {venue}\nMärkt med lapp den {date}, "
    "ägaren har fyra veckor. Inga svar. En kvinna, {full:1}, ringde och sa att cykeln är hennes "
    "dotters ({first:2}). Hon hämtar på fredag.\nHandläggare: {full:3}, {tel}",
    "handlaggare|overgivna_fordon|Beslut om flyttning av fordon\nRegistreringsnummer: "
    "{plate}\nRegistrerad ägare: {comma:1}, {addr}\nUppställningsplats: {place}, vid "
    "{street}\nFordonet bedöms som skrot (saknar hjul, rutor krossade). Beslut fattat den {date} av "
    "{full:2}, {kommun}.",
    "handlaggare|overgivna_fordon|Moped utan registreringsskylt vid {venue}, chassinumret avfilat. "
    "Tips från {full:1} ({mob}) som sett {lowf:2} och en kompis köra den på gångvägen. Polisen "
    "({case}) har inte hämtat. Vi märker upp den {date}.",
    "handlaggare|overgivna_fordon|Lista övergivna cyklar i {place} {week}:\n1. Crescent, blå, vid "
    "{street}\n2. Monark utan framhjul, vid {venue}\n3. elcykel, ägare enl. ramnummer {full:1}, "
    "{addr}\nUppmärkt av {first:2} och {first:3}",
    "handlaggare|overgivna_fordon|Svar till {full:1}: Tack för tipset om släpvagnen {plate} på "
    "{street}. Vi har kontaktat den registrerade ägaren {full:2} som lovat flytta den senast {date}. "
    "Annars flyttas den av {org}. Med vänlig hälsning {full:3}",
    "handlaggare|overgivna_fordon|Husbil {plate2} på parkeringen vid {venue} sedan {week}. Någon bor i "
    "den enligt parkarbetaren {sur:1} – en man, {vuxen} år, kallas {nick}. Socialtjänsten ({full:2}) "
    "informerad. [[Inga]] åtgärder tills vidare.",
    "handlaggare|overgivna_fordon|Anteckning {date}: ägaren till {plate} ({full:1}) ringde från {tel} "
    "och sa att bilen inte är övergiven, han jobbar i Norge. Hans granne {full:2} på {addr} ska flytta "
    "den. Ärendet vilar.",
    "handlaggare|overgivna_fordon|{caps:1}\n{addr}, {lgh}\n\nUnderrättelse om flyttning av fordon "
    "{plate}\nFordonet står på {street} invid fastigheten {fast} och bedöms vara övergivet. Om det "
    "inte flyttas senast {date} kommer {kommun} att flytta det. Frågor: {full:2}, {tel}",
    # ---------------------------------------------------------------- arbetsorder, exporterade rader
    "arbetsledare|arbetsorder|{ao};{date};Klotter;{street};{place};Sanering av fasad {fast}, ägare "
    "{full:1};{amount};{full:2}",
    "arbetsledare|arbetsorder|Ordernr;Registrerad;Typ;Adress;Beskrivning;Utförare\n{ao};{date};Skadegörelse "
    "lekplats;{addr};Gungställning böjd, anmälare {full:1} tel {mob};{first:2}",
    "gatuingenjor|arbetsorder|{ao} | Belysning | {street}, {place} | Stolpe påkörd av bil {plate2}, "
    "föraren {full:1} ({pnr}) stannade | Beställare: {sur:2} | Utförare: {org}",
    'arbetsledare|arbetsorder|"{ao}";"{date}";"Nedskräpning";"{venue}";"Grovsopor dumpade, enligt '
    'vittnet {full:1} från bil {plate}";"{caps:2}"',
    "gatuingenjor|arbetsorder|Arbetsorder\nNr: {ao}\nObjekt: {pstreet}, gångbro\nÅtgärd: byte av "
    "krossat räcke\nAnmält av: {full:1}, {mail}\nTilldelad: {full:2} / {full:3}\nKlart senast: {week}",
    "arbetsledare|arbetsorder|{date};kl {time};{place};Sprutor;Hittade {antal} sprutor vid {venue}, "
    "kanylburken tömd av {first:1};{full:2};{ao}",
    "arbetsledare|arbetsorder|{ao}\t{date}\tÖvergiven cykel\t{street}\tLappad, ägare enligt polisens "
    "register {full:1}, {addr}\t{wsur:2}",
    "gatuingenjor|arbetsorder|Order {ao} stängd den {date} av {full:1}. Kommentar: fastigheten {fast} "
    "({org}) ska själv sanera klottret, kontakt {full:2}, {tel}. Vi fakturerar {amount}.",
    # ---------------------------------------------------------------- sms och chatt i arbetslaget
    "arbetsledare|sms_arbetslag|{first:1}: kan nån ta {place} idag? klotter på förskolan igen o på "
    "hållplatsen för {line}\n{first:2}: jag o {wsur:3} åker efter lunch\n{first:1}: toppen. ring "
    "{full:4} på {org} när ni är där, {mob}",
    "parkarbetare|sms_arbetslag|{lowf:1}: hittade en kanyl i rabatten vid {venue} 😬\n{first:2}: ta "
    "tången o burken, skriv i loggen\n{lowf:1}: gjort. det var {nick} som satt där i morse "
    "också\n{first:2}: ok jag säger till {sur:3}",
    "parkeringsvakt|sms_arbetslag|{first:1}: {plate} står på {street} igen, tredje dagen\n{first:2}: "
    "lappa, ägaren {full:3} har ringt och gnällt förut\n{first:1}: klart kl {time}",
    "klottersanerare|sms_arbetslag|Hej {first:1}! Kunden på {addr} ({full:2}) vill att vi kommer den "
    "{date} istället. Hon nås på {mob}. /{first:3}",
    "plogforare|sms_arbetslag|{wfirst:1}: plogat {place} klart kl {time}\n{first:2}: bra, men {street} "
    "då?\n{wfirst:1}: står en bil {plate2} i vägen, har ringt {sur:3} på p-övervakningen\n{first:2}: 👍",
    "parkarbetare|sms_arbetslag|till alla i parklaget: sovplatsen bakom {venue} är tömd, {first:1} "
    "från uppsökarna var med. mannen ({full:2}) fick plats på härbärget. tack {first:3} och {lowf:4}!",
    "arbetsledare|sms_arbetslag|Från {full:1} till arbetslaget den {date}: glöm inte att den vita "
    "Caddyn {plate} ska till verkstan. {first:2} kör. Nyckeln finns hos {caps:3}.",
    "klottersanerare|sms_arbetslag|{full:1} 08:12: framme vid {venue}, mkt klotter\n{full:2} 08:15: "
    "ok, {wfirst:4} kommer med sprutan\n{full:1} 09:40: klart, fotat. fastighetsägaren {sur:3} var här "
    "och tackade",
)
