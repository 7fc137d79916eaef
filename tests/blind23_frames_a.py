"""Frames of the twenty-third blind corpus, first part: security guards' shift logs, incident forms and the
shops' own loss-prevention reports (tests/blind23_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_A = [
    # skiftlogg
    "vaktare|skiftlogg|Skiftrapport ronderande bevakning, natt {date}\nkl {time} Rond påbörjad vid "
    "{venue}, inget att notera.\nkl {time} Två ungdomar vid lastkajen, avvisade. En uppgav namnet "
    "{full:1}, {ung} år.\nkl {time} Larm från {org}, kontrollerat utan anmärkning.\nVäktare: {full:2}",
    "vaktare|skiftlogg|{time} Påslag inbrottslarm {venue}, ankomst efter {min} min.\n{time} Dörr i bakre "
    "entrén uppbruten, polis tillkallad, ärende {case}.\n{time} Nyckelhållare {sur:1} på plats, tog över "
    "objektet.\nRapport: {first:2} / {org}",
    "ordningsvakt|skiftlogg|Ordningsvakter {place}, lördag {date}\nPass start {full:1} och {full:2}\n"
    "{time} Berusad man omhändertagen utanför {venue}, överlämnad till polis\n{time} {nick:3} och hans "
    "gäng ({ung}-{ung} år) avvisade från torget, återkom senare\nInga skador. [[Signerat]]: {init:1}",
    "vaktare|skiftlogg|Larmlogg {week}\nmån kl {time}: {venue} – falsklarm, städpersonal {first:1} hade "
    "glömt koden\ntis kl {time}: snatteri, gärningsperson {full:2} ({pnr}) kvarhållen tills polis kom\n"
    "ons: ingen händelse\nSign. {lowf:3}",
    "vaktare|skiftlogg|{full:1} (väktare) rapporterar från {venue}:\n{time} grupp om {n} personer i "
    "trapphuset mot garaget, rökte och spelade hög musik\n{time} en av dem, {full:2}, hotade personalen, "
    "se anmälan {case}\n{time} lugnt efter att {wfirst:3} från centrumledningen låste entrén",
    "ordningsvakt|skiftlogg|Pass {date}, {place}\nOV {caps:1} och OV {sur:2}\nkl {time} slagsmål vid "
    "korvkiosken, {full:3} blödde från näsan, ambulans kom\nkl {time} {first:3|g} kompis {full:4} ville "
    "inte lämna platsen, avvisad\nkl {time} passet slut, inga fler händelser",
    "vaktare|skiftlogg|Bevakningsrapport {org}\nPeriod: {week}\nObjekt: {venue}\nTid: {time}\nHändelse: "
    "bil med reg {plate2} stod på lastzonen hela natten, föraren {full:1} nåddes på {mob}\nÅtgärd: "
    "parkeringsanmärkning. Väktare {sur:2}",
    "vaktare|skiftlogg|{time} Ronderande bevakning {place}.\nUtanför {venue} satt {low:1} och en okänd "
    "kvinna i en bil, {plate}. De körde därifrån när vi kom.\n{time} Kontakt med {full:2} på "
    "larmcentralen, {tel}.\n{time} Rond avslutad.",
    # incident
    "butikschef|incident|INCIDENTRAPPORT\nDatum: {date}\nTid: {time}\nPlats: {venue}\nRapportör: "
    "{full:1}, butikschef\nBeskrivning: Kund {full:2} blev aggressiv i kassan och kastade en korg mot "
    "{first:3}. Vittne: {full:4}, {mob}.\nPolisanmält: ja, {case}",
    "vaktmastare|incident|Händelserapport – kommunens lokaler\nObjekt: {venue}\nInträffat: {date} kl "
    "{time}\nVad hände: Glasruta i personalentrén krossad. Vaktmästare {sur:1} upptäckte skadan vid "
    "morgonrundan.\nKostnad uppskattad: {amount}\nKontaktperson: {full:2}, {tel}",
    "handlare|incident|Tillbud/incident – {org}\nAnmält av: {comma:1}\nDatum/tid: {date} kl {time}\n"
    "Beskrivning: En man som kallas {nick:2} har flera gånger stulit energidryck. I dag hotade han "
    '{first:1} med att "vänta utanför". Han kom med {full:3}.\nBilagor: bilder från kameran',
    "ordningsvakt|incident|Rapport ordningsvakt (LOV)\nOV: {full:1}, förordnande {place}\nOmhändertagen: "
    "{full:2}, {pnr}\nAdress: {addr}, {lgh}\nPlats: utanför {venue}\nTid: {time}\nSkäl: berusning, kunde "
    "inte ta hand om sig själv",
    "butikschef|incident|Incident {date}\nButik: {venue}\nPersonal: {wfirst:1} (kassa), butikschef "
    "{wsur:2}\nHändelse: två unga killar tog varor för {amount} och sprang mot {place}. En av dem "
    "kallades {nick:3} av den andre.\nÅtgärd: polisanmälan gjord, bild till {org}",
    "vaktmastare|incident|Felanmälan/incident kommunens fastighet\nByggnad: {venue}\nAnmälare: {low:1}\n"
    "Telefon: {mob}\nText: larmet gick {date} kl {time}, väktare från {org} kom efter {min} minuter. "
    "Inget stulet men dörren till förrådet var bruten. Hyresgästen {full:2} informerad.",
    "restaurangagare|incident|Incident {date}\nVerksamhet: {biz}\nAnsvarig: {full:1}\nEn gäst, {full:2}, "
    "vägrade betala notan på {amount} och slog till servitören {first:3}. Polis kom kl {time}, "
    "ärendenummer {case}.",
    "butikskontroll|incident|Rapportblankett snatteri\nGärningsperson: {caps:1}\nPersonnummer: {pnr}\n"
    "Folkbokförd: {addr}, {lgh}\nStöldgods: kosmetika, värde {amount}\nIngripande: butikskontrollant "
    "{sur:2}, vittne {full:3}\nPolisens ärendenr: {case}",
    # butik
    "butikskontroll|butik|Veckorapport svinn {venue}, {week}: {n} snatterier, varav {n} med ingripande. "
    "Återkommande är {full:1} som tar rakblad och kaffe, senast {date}. Personalen känner honom som "
    "{nick:1}.",
    "butikschef|butik|Hej! Här är {full:1}, butikschef på {venue}. Vi har haft flera stölder i veckan, en "
    "man med keps, troligen samma som förra året ({full:2} enligt kollegan {first:3}). Kameror finns. Mvh "
    "{first:1}",
    "butikskontroll|butik|Ingripanden {date}\n1. {full:1}, född {pnr}, tog hörlurar för {amount}\n2. "
    "{low:2}, kläder\n3. okänd kvinna, sprang mot {line}\nKontrollant: {full:3}",
    "handlare|butik|{first:1} på {biz} ringde: samma gäng som förra veckan hänger vid ingången till "
    "{venue} efter kl {time}. {full:2} (en av dem) har skrikit åt kunder. Vill ha väktare på kvällstid.",
    "butikschef|butik|Svinnmöte {venue}\nNärvarande: {full:1} (butikschef), {full:2} (säkerhet, {org}), "
    "{first:3} (kassa)\nSnatteri ökar på eftermiddagar, mest ungdomar från {place}. Förslag: fler "
    "kontroller {week}.",
    "butikskontroll|butik|Loss prevention-rapport {week}\nButik: {venue}\nAntal ingripanden: {n}\n"
    "Noterbart: gärningsperson {full:1} åkte iväg i en bil med reg {plate}. Polisanmält, {case}. Kollegan "
    "{wfirst:2} kände igen bilen.",
    "handlare|butik|Till centrumledningen: kioskägaren {sur:1} på {venue} meddelar att en kille som "
    "kallar sig {nick:2} säljer cigaretter vid entrén. Han syns oftast med {full:3}. Kontakt: {mob}",
    "butikschef|butik|Inbrott i butiken natten till {date}. Larmet gick kl {time}, {org} var på plats "
    "efter {min} min. Kassaskåpet orört. Ring mig, {full:1}, på {mob} eller butikschef {wsur:2} på {tel}.",
]
