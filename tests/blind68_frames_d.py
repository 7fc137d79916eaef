"""Frames of the sixty-eighth blind corpus, part d: the principal's notes to the trygghetssamordnare, the
kommun's incident reports from school staff, and damage reports to the property owner or the insurer."""

from __future__ import annotations

# Rektorns notis till trygghetssamordnaren: short mails, bullets, first names and roles.
REKTORSNOTIS = (
    "rektor|rektorsnotis|Hej {first:1}!\nKort läge från {venue} inför EST-mötet:\n- klotter på "
    "paviljongen igen (helgen)\n- {nick:2} och hans gäng har hängt vid {place} varje kväll\n- "
    "föräldrar oroliga för skolvägen längs {street}\n/{full:3}, rektor",
    "rektor|rektorsnotis|Till trygghetssamordnare {sur:1}\nVi hade inbrott natten till {date}. "
    "Vaktmästare {sur:2} upptäckte det. Polisen har ärendet ({case}). Kostnad för glas cirka "
    "{amount}. Kan vi få väktare på kvällarna {week}?\n{full:3}",
    "rektor|rektorsnotis|{first:1}, här är det jag lovade:\nEleverna säger att det är {full:2} som "
    "säljer snus och tabletter vid {venue} efter skolan. Jag har gjort en orosanmälan. Hans mamma "
    "{full:3} vill träffa dig, hon nås på {mob}.",
    "rektor|rektorsnotis|Trygghetsläget {venue} {week}\nGrönt för skolgården dagtid, gult för "
    "kvällarna. Bränder i papperskorgar vid {place} (tre st). [[Alla]] i personalen har fått info.\n"
    "Hör av dig, {wfirst:1}! /{first:2}",
    "rektor|rektorsnotis|Hej! Vill att du vet att en förälder, {full:1}, har hotat vår lärare "
    "{full:2} i telefon efter ett betyg. Polisanmält ({case}). Läraren har skyddad adress, skriv inte "
    "ut den. Jag finns på {tel}.\nRektor {sur:3}",
    "rektor|rektorsnotis|Från rektor {full:1}, {venue}\nBehöver hjälp med belysningen på gångvägen "
    "{pstreet} – {place}. Flera elever säger att de blir förföljda där. {kommun} har fått "
    "felanmälan {date}.",
    "rektor|rektorsnotis|{full:1}\nRektor {venue}\n{mail}\n\nTack för mötet! Som sagt vet vi att "
    "{first:2} i sjuan och {low:3} (som gick ut i våras) kör moped på skolgården kvällstid. "
    "Väktarna från {org} ser dem ofta.",
    "rektor|rektorsnotis|Hej {first:1},\nÄrende: bil som kört på skolgården\nReg {plate}, troligen "
    "{first:2|g} storebror. Har pratat med {first:2} och vårdnadshavare {full:3}. Vill inte "
    "polisanmäla just nu.\n/{first:4}",
)

# Incidentrapport: the kommun's form for incidents against staff and pupils, fields and free text.
INCIDENTRAPPORT = (
    "personal|incidentrapport|Typ: hot/våld mot anställd\nDatum: {date}\nTid: {time}\nPlats: "
    "{venue}\nRapportör: {full:1}\nBeskrivning: elev {full:2} kastade en stol mot mig i korridoren. "
    "Vårdnadshavare {full:3} informerad kl {time2}.",
    "personal|incidentrapport|TILLBUD\nVerksamhet: {venue}\nBeskrivning: en vuxen man ({vuxen} år), "
    "enligt eleverna {first:1}, gick in på fritids och letade efter {first:2}. Personal ({full:3}) bad "
    "honom gå. Han körde en röd Audi, reg {plate2}.",
    "personal|incidentrapport|Rapport nr 2 från {caps:1}, fritidspedagog\nEleverna {first:2} och "
    "{first:3} hittade en kniv i buskarna vid {street} under rasten. Lämnad till polisen, {case}.",
    "personal|incidentrapport|Incident\nAnmälare: {comma:1}\nDrabbad: elevassistent {sur:2}\n"
    "Händelse: elev spottade och slog, utanför {venue}. Kollega {wsur:3} vittne.\nÅtgärd: samtal "
    "med {first:4|g} pappa, tel {mob}",
    "personal|incidentrapport|{full:1} rapporterar: brand i toalett plan 2 på {venue} den {date}. "
    "Räddningstjänsten ({org}) kom. Elever misstänkta: {full:2} och {full:3}. Rektor {wsur:4} "
    "informerad.",
    "personal|incidentrapport|Avvikelse – lokalvårdare\nKl {time} hittade jag sprutor och en "
    "sked på flicktoaletten i {venue}. Rapporterat till vaktmästaren {wsur:1} och till {first:2} på "
    "kontoret.\n{full:3}",
    "personal|incidentrapport|Incident {date}\nBerörd elev: {full:1}, {pnr}\nRapporterad av: "
    "{full:2}\nEleven blev knivhotad vid {line} hållplatsen av en äldre kille, kallad {nick:3}. "
    "Polis kontaktad.",
    'personal|incidentrapport|Händelse i matsalen\nElev ({ung} år) hotade att "spränga skolan" och '
    "filmade det. Filmen spreds. Inblandade: {full:1}, {full:2}. Uppföljning: {init:3}, "
    "biträdande rektor.",
)

# Skadeanmälan: to the kommun's property company or the insurer; costs, property designations.
SKADEANMALAN = (
    "fastighetsforvaltare|skadeanmalan|SKADEANMÄLAN\nFastighet: {fast}\nAdress: {addr}\nObjekt: "
    "{venue}\nSkadetyp: skadegörelse, krossade fönster (4 st)\nBeräknad kostnad: {amount}\n"
    "Anmäld av: {full:1}, {tel}",
    "fastighetsforvaltare|skadeanmalan|Skadeanmälan till {org}\nBrand i sopkärl som spred sig till "
    "fasaden, {venue}, natten till {date}. Polisanmälan {case}. Kontaktperson förvaltare "
    "{full:1}, {mob}.",
    "fastighetsforvaltare|skadeanmalan|Ärende {fast}\nInbrott i kök, {venue}. Stulet: "
    "kaffemaskin, iPads (12 st). Självrisk: {amount}. Vaktmästare {sur:1} har tagit bilder.\n"
    "Handläggare: {full:2}",
    "fastighetsforvaltare|skadeanmalan|{full:1}, förvaltare\nSkadegörelse på förskolans staket och "
    "lekstuga ({venue}). Troligen samma grupp som på {place}. Vi har fått tips om {nick:2}. Kostnad: "
    "{amount}.",
    "fastighetsforvaltare|skadeanmalan|Hej försäkringsbolaget!\nBifogar anmälan för {venue} ({fast}). "
    "Skadan upptäcktes {date} av lokalvårdare {full:1}. Kontakt: {mail}\n/{caps:2}",
    "fastighetsforvaltare|skadeanmalan|Skada på bil\nEn lärares bil, {plate}, fick rutorna krossade på "
    "personalparkeringen vid {venue}. Ägare: {full:1}, {addr}. Polisens nr {case}.",
    "fastighetsforvaltare|skadeanmalan|Anmälan klotter\nPlats: {venue}, fasad mot {street}\nYta ca 20 "
    "kvm\nKostnad sanering: {amount}\nOrdrar till {org}, kontakt {full:1}\nBeställare {first:2}",
    "fastighetsforvaltare|skadeanmalan|Kompletterande uppgift: vittnet {full:1} (bor på {addr}, "
    "{lgh}) såg två personer kasta sten mot gymnastiksalen kl {time}. Hon känner igen en av dem "
    "som {full:2}.",
)

FRAMES_D = REKTORSNOTIS + INCIDENTRAPPORT + SKADEANMALAN
