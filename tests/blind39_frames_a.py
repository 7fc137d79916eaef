"""Frames of the thirty-ninth blind corpus, first file: the kontaktcenter's notes of phone calls, incoming
e-mails with their signatures, and the kommun's web forms (e-tjänst). `role|style|template`; slots as in
tests/blind39_fill.py."""

from __future__ import annotations

FRAMES_A = (
    # ---------------------------------------------------------------- telefon: a handläggare's call note
    "handlaggare|telefon|Samtal inkom kl {time} från {full:1}, tfn {mob}. Ringer ang. trasig belysning på"
    " gångvägen mellan {place} och {venue}, helt mörkt sedan {date}. Säger att dottern {first:2} inte vågar"
    " gå hem från bussen ({line}). Vb till gatukontoret ({sur:4}).\n/{first:3}, KC",
    "handlaggare|telefon|TELEFON {date}\nInringare: {comma:1}\nTfn: {tel}\nÄrende: ungdomar samlas i"
    " trapphuset {addr}, röker och lämnar skräp. Anser att {org} inte gör något. Har pratat med"
    " fastighetsvärd {sur:2} tidigare utan resultat.\nÅtgärd: vb fastighetsägaren + info till fältgruppen"
    " ({first:3}).",
    "handlaggare|telefon|ringde {lowf:1} igen (3:e ggn denna vecka) om grannen i {lgh} som spelar hög musik"
    " nätterna. Ringer från {mob}. Uppger att grannen heter {full:2} och att {first:2|g} sambo också är"
    " högljudd. Hänvisat till hyresvärden {org} och"
    " till polisen 114 14 om det pågår. Lovat återkoppling senast {date}.",
    "handlaggare|telefon|Kl {time} ringde {full:1} ({vuxen} år), boende {addr}. Övergiven bil står på"
    " gästparkeringen sedan flera veckor, reg {plate}, inga skyltar om ägare. Även en moped utan"
    " nummerplåt. Skickat till trafikenheten för flyttning, handläggare där: {full:2}. [[Ingen]]"
    " återkoppling önskas.",
    "handlaggare|telefon|Samtalsanteckning\nDatum: {date}\nKontakt: {caps:1}, pnr {pnr}\nÄrende: misstänkt"
    " langning vid {venue}, samma bil varje kväll runt kl {time}, {plate2}. Uppringaren vill vara anonym"
    " mot grannarna. Tipset lämnat vidare till kommunpolisen {full:2}.\nHandläggare: {init:3}",
    "faltassistent|telefon|Återuppringning till {first:1} ({mob}) om gänget vid {place}. Hon säger att det"
    " är {antal} ungdomar, att en av dem kallas {nick:2} och att hennes son {first:3} blivit hotad. Jag har"
    " bokat in ett möte med fältgruppen, {full:4} tar kontakt. Noterat i ärendet.",
    "handlaggare|telefon|En äldre man, {full:1}, ringer och är orolig: graffiti på hela muren längs {street},"
    " även på {venue}. Han har tagit bilder och mejlar dem från {mail}. Skickat till saneringsfirman via"
    " gatukontoret. {sur:2} på gatukontoret bekräftar sanering {week}.",
    "handlaggare|telefon|{full:1} ringer på uppdrag av sin mamma {full:2} som bor i {lgh} på {addr}. Någon"
    " har brutit sig in i källarförrådet, polisanmält med nr {case}. Hon har {first:2|g} fullmakt. Frågar"
    " om kommunen kan sätta upp"
    " bättre belysning i {place}. Vb {org}. // {first:3}",
    # mejl: an incoming e-mail, signature and all
    "invanare|mejl|Från: {mail}\nÄmne: Nedsläckt gatubelysning\n\nHej!\nLamporna längs {street} vid {venue}"
    " har varit släckta i över en vecka. Det är väldigt otryggt att vänta på {line} efter kl {time}.\n\n"
    "Mvh\n{full:1}\n{mob}",
    "invanare|mejl|Hej kontaktcenter,\njag vill anmäla att det klottrats igen på elskåpet utanför {addr}."
    " Senast det sanerades var {date}. Min granne {full:2} säger att det är samma tag som på {venue}.\n\n"
    "Vänliga hälsningar\n{full:1}",
    "invanare|mejl|Ämne: SV: Ärende {arende} – ungdomar i trapphus\n\nTack för svaret {first:2}, men det"
    " har inte blivit bättre. I går kväll satt {antal} killar i trappan igen, en av dem, {nick:3}, sa åt min"
    " son att flytta på sig. Vi bor på {street}. Ni får gärna ringa mig på {mob}.\n\n/{full:1}",
    "foretagare|mejl|Hej!\nVi driver kiosken vid {venue} och har stora problem med försäljning av narkotika"
    " utanför entrén, framför allt kvällar mellan {time} och 23. Bilen {plate} återkommer. Har kontaktat"
    " {org} och väktaren {sur:2} men de hänvisar till er.\n\nMed vänlig hälsning\n{full:1}\nÄgare\nTel {tel}",
    "invanare|mejl|Hejsan. Jag heter {full:1} och bor på {addr}. Min granne {full:2} i {lgh} har fester"
    " varje helg, senast {date}. Jag har pratat med {org} och de säger att det är er sak?? Kan någon ringa"
    " mig: {mob}. Mitt personnummer är {pnr} om ni behöver det.",
    "handlaggare|mejl|-----Ursprungligt meddelande-----\nFrån: {full:1} <{mail}>\nSkickat: den {date} kl"
    " {time}\nTill: Kontaktcenter\nÄmne: Bil utan skyltar\n\nEn röd Volvo utan registreringsskyltar har"
    " stått vid {place} i tre veckor. Tidigare ägare tror jag var {full:2} som flyttat.\n\n{first:1}",
    "invanare|mejl|Till Trygghetsenheten / Kontaktcenter\n\n[[Ingen]] verkar ta detta på allvar. Vid"
    " {venue} står det varje fredag ett gäng och säljer, alla vet det. Den som styr kallas {nick:1}, heter"
    " egentligen {full:2} tror jag. Ring inte mig, skriv hellre till {mail}.\n\nEn orolig förälder i {place}",
    "skolpersonal|mejl|Hej!\nJag är kurator på {venue} och vill tipsa om att flera elever berättat om"
    " otrygghet i gångtunneln vid {street}. Eleverna {first:1} och {first:2} (åk 8) blev rånade på"
    " mobiler {date}, polisanmält {case}. {first:1|g} mamma har också ringt. Rektor {sur:4} är"
    " informerad.\n\nHälsningar\n{full:3}\nKurator\n{kommun}",
    # ---------------------------------------------------------------- webbformular: the kommun's e-tjänst
    "invanare|webbformular|Kategori: Gata/belysning\nPlats: {street}, mellan nr 12 och 20\nBeskrivning: tre"
    " lyktstolpar släckta, mörkt vid hållplatsen för {line}\nNamn: {full:1}\nTelefon: {mob}\nE-post:"
    " {mail}\nVill du bli kontaktad: Ja",
    "invanare|webbformular|Typ av ärende: Klotter\nAdress: {addr}\nFastighet: {fast}\nBeskrivning: stora"
    " tags på garagelängan, även rasistiskt klotter som måste bort snabbt!!\nUppgiftslämnare:"
    " {comma:1}\nTfn: {tel}",
    "invanare|webbformular|Ärendetyp: Synpunkt trygghet\nOmråde: {place}\nText: ungdomar kör moped på gång-"
    " och cykelvägen förbi {venue} varje kväll ca {time}. en heter {lowf:2} och en {lowf:3} tror jag."
    " snälla gör nåt innan nån blir påkörd\nKontakt: {low:1}, {mob}",
    "invanare|webbformular|Namn: {full:1}\nPersonnummer: {pnr}\nAdress: {addr}, {lgh}\nÄrende: grannen har"
    " hotat mig i trapphuset, polisanmälan gjord ({case}). Vill veta om hyresvärden {org} kan byta lås.\n"
    "Hur vill du bli kontaktad: telefon {mob}",
    "invanare|webbformular|Felanmälan via e-tjänst\nVad gäller det? Övergivet fordon\nVar? {place}, vid"
    " återvinningsstationen\nRegnummer: {plate2}\nÖvrigt: bilen har krossad ruta och det bor kanske någon"
    " i den. Såg en man, {wfirst:2} heter han enligt grannarna, sova där.\nAnmälare: {full:1} ({mail})",
    "invanare|webbformular|Rubrik: Knarkförsäljning vid skolan\nBeskrivning: Vid {venue} säljs det öppet"
    " efter skolan. Killen som säljer går under namnet {nick:1}, han kör en vit Audi {plate}. Hans"
    " lillebror {first:2} går i sjuan. Jag vågar inte skriva mitt namn.\nKontaktuppgifter: (anonym)",
    "invanare|webbformular|Kategori: Störning/buller\nAdress där störningen sker: {addr}\nBeskrivning:"
    " Grannen {wsur:2} (står på dörren) spelar musik till kl 4 varje natt. Jag har ringt {antal} gånger till"
    " {org}.\nDitt namn: {full:1}\nMobil: {mob}",
    "invanare|webbformular|Vad vill du lämna synpunkt på?\nBelysningen i parken bakom {venue} är trasig och"
    " buskarna har vuxit igen. Min dotter {first:2} blev förföljd där {date} kl {time} av en man.\n"
    "Förnamn: {first:1}\nEfternamn: {sur:1}\nE-post: {mail}",
)
