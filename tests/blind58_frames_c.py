"""Frames of the fifty-eighth blind corpus, part c: the landlord's underrättelse to socialnämnden, e-mails
between the housing company and the kommun, and SMS threads with tenants in arrears.

Each frame is `role|style|template` (tests/blind58_fill.py says what the slots hold).
"""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # --- underrattelse: the landlord's notice to socialnämnden (12 kap. 44 § jordabalken)
    "kundansvarig|underrattelse|UNDERRÄTTELSE TILL SOCIALNÄMNDEN\nenligt 12 kap. 44 § jordabalken\n"
    "Hyresgäst: {caps:1}\nPersonnummer: {pnr}\nLägenhet: {addr}, {lgh}\nHyresvärd: {landlord},"
    " kontaktperson {full:3}, tel {tel}\nUppsägningsgrund: obetald hyra, {amount}",
    "kundansvarig|underrattelse|Underrättelse enl. 12 kap 44 § JB\nHyresgästerna {full:1} och {full:6} har"
    " sagts upp {date} på grund av dröjsmål med hyran. I hushållet finns {antal} barn. Hyresvärden har"
    " sökt hyresgästerna per telefon och brev utan svar.\nHandläggare: {full:3}",
    "hyresvard|underrattelse|Till socialnämnden i {kommun}\nVi meddelar att vi har ansökt om avhysning av"
    " {comma:1}, {addr}. Hyresskuld per {date}: {amount}. Kontakta undertecknad vid frågor.\n{full:3}\n"
    "Kundansvarig",
    "hyresvard|underrattelse|Underrättelse – störningar\nHyresgäst: {full:1}, {snr}\nAdress: {addr}\n"
    "Hyresgästen har vid upprepade tillfällen stört grannarna, senast {date} kl {time}. Rättelseanmaning"
    " skickad. Socialtjänsten i {kommun} underrättas.\nKontakt: {mail}",
    "kundansvarig|underrattelse|Meddelande om återvunnen hyresrätt: {full:1} betalade skulden {date} inom"
    " återvinningsfristen. Hyresförhållandet fortsätter. [[Bo]] kvar gäller även sambon {first:6}.\n"
    "/{full:3}, {landlord}",
    "hyresvard|underrattelse|Socialnämnden underrättas härmed om att hyresgästen {full:1} ({pnr}) i {fast}"
    " har sagts upp. Förutom hyresgästen bor {first:5}, {ung} år, i lägenheten. Vid frågor ring {full:3}"
    " på {tel}.",
    "kundansvarig|underrattelse|UNDERRÄTTELSE\nHyresvärd: {landlord}\nHyresgäst: {init:1}\nObjekt: {fast},"
    " {lgh}\nDatum för uppsägning: {date}\nBelopp: {amount}\nGod man: {full:9}",
    "hyresvard|underrattelse|Hej! Skickar underrättelsen för {full:1} på {pstreet} igen, förra (skickad"
    " {date}) har inte kommit fram enligt {first:4} på soc. Skulden är nu {amount}.\nMvh {first:3}",
    # --- mejl: e-mails between the housing company and the kommun
    "kundansvarig|mejl|Från: {mail}\nTill: bostadssocialt team\nÄmne: {full:1}, {addr}\n\nHej {first:4}!\n"
    "KFM har bokat förrättning {date} kl {time}. Kan någon från er vara med? Familjen har {antal} barn.\n"
    "Mvh {full:3}",
    "socialsekreterare|mejl|Hej,\nvi har fått in en ansökan om försörjningsstöd från {full:1} som hänvisar"
    " till er skuldlista. Kan ni bekräfta skulden ({amount}) och om ni kan vänta med avhysningen?\n"
    "/{first:4}, handläggare {kommun}",
    "kundansvarig|mejl|Re: {full:1}\nDet stämmer, vi har fått betalningen från soc. {first:1} får bo kvar."
    " Jag har pratat med kronoinspektör {wsur:2} och avbokat. Trevlig helg!\n{first:3}\n{landlord}\n"
    "Tel {tel}",
    "socialsekreterare|mejl|Hej {first:3}, vet du om {full:1} fortfarande bor i {lgh}? Hennes pappa {full:5}"
    " ringde oss och sa att hon flyttat till {place} hos sin kille {nick:6}. I så fall stänger vi"
    " ärendet.\nHälsningar {full:4}",
    "forvaltare|mejl|Ärende: avhysningar {week}\nHej! Veckans lista: {full:1} ({place}) och {full:2}"
    " ({place}). För {first:1} är soc inkopplade via {full:4}. Den andra har inte svarat alls.\n"
    "/{wfirst:3}",
    "forvaltare|mejl|Hej!\nBifogar foton från lägenheten på {addr} efter avhysningen. Mycket bohag kvar,"
    " bl.a. en barnvagn och papper med personnummer ({pnr}). Vem tar hand om det? {full:1|g} syster"
    " {first:5} säger att hon hämtar {date}.\nMvh {init:3}",
    "socialsekreterare|mejl|Tack för mötet idag. Sammanfattning: {full:1} får behålla lägenheten om hyran"
    " för {week} och framåt betalas. {full:9} från boendestödet hjälper henne varje vecka. Nästa"
    " avstämning {date}.\n{full:4}, socialsekreterare",
    "bovard|mejl|Hej {first:4}! {full:1} kommer till er reception imorgon kl {time} med sin dotter {first:5},"
    " de har fått beslut om avhysning och vet inte vart de ska ta vägen. Snälla ta emot dem. Dotterns"
    " mobil: {mob}\n/{first:3} på {landlord}",
    # --- sms: SMS threads with tenants in arrears, hasty
    "kundansvarig|sms|Hej {first:1}, detta är {first:3} från {landlord}. Du har fortfarande {amount} i"
    " skuld. Ring mig på {mob} innan fredag annars går ärendet vidare.",
    "kundansvarig|sms|{first:1}: hej förlåt har ingen pengar denna månad, min man {first:6} har inget jobb."
    " kan jag betala {amount} nu och resten {week}?\n{first:3}: Hej, det går bra om du betalar senast"
    " {date}. Jag lägger in det.",
    "bovard|sms|{lowf:1} här. nyckeln ligger hos granne {low:7} på 3e våningen. jag bor hos min syster nu."
    " sorry för allt",
    "kundansvarig|sms|Hej! Påminnelse: Kronofogden kommer {date} kl {time} till {addr}. Vill du att vi"
    " kontaktar någon anhörig, svara med namn och nummer. /{first:3}, {landlord}\nSvar: min bror {full:6}"
    " {mob}",
    "bovard|sms|hej {first:3} det är {lowf:1} från {street}. kronofogden var här idag och sa att vi måste ut"
    " {date}. vad gör jag med barnens saker?? tar {line} till er imorgon. ring {mob}",
    "kundansvarig|sms|{first:3} ({landlord}): Hej {first:1}, vi har fått {amount} från soc, tack."
    " Avhysningen är inställd.\n{first:1}: TACK tack tack!!! hälsa {wfirst:10} också",
    "bovard|sms|Hej det är {full:5}, mamma till {first:1} i {lgh}. {first:1} ligger på {venue} och kan inte"
    " svara. Jag betalar hyran för {week} i morgon. Mvh {first:5}",
    "bovard|sms|{nick:6} här, brorsa till {first:1}. han har bytt nummer, nya är {mob}. han kör {plate2}"
    " nu om ni letar. säg inte till {first:8}",
)
