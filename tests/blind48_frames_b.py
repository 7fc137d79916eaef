"""Frames of the forty-eighth blind corpus, second part: the kommun's nedskräpningsärenden — the
inspector's tjänsteanteckningar, lists of what was found in dumped rubbish, and letters to the suspected
owner.

A frame is `role|style|template`; the slots are tests/blind48_fill.py's.
"""

from __future__ import annotations

# The inspector's notes (tjänsteanteckning) tracing dumped rubbish by what was found in it.
TJANSTEANTECKNING = (
    "miljoinspektor|tjansteanteckning|Tjänsteanteckning\nÄrende: {dnr}\nPlatsbesök den {date} vid "
    "{street}, intill återvinningsstationen. Cirka {antal} säckar hushållsavfall. I en säck låg ett kuvert "
    "från {firm} adresserat till {full:1}, {addr}, {lgh}.\nHandläggare: {full:2}",
    "miljoinspektor|tjansteanteckning|Vid tillsyn den {date} hittades i det dumpade avfallet vid {place} "
    "en receptetikett från {firm} med namnet {full:1} och personnummer {pnr}, samt en faktura ställd till "
    "{full:2}. Inspektör {sur:3} fotograferade fynden.",
    "handlaggare|tjansteanteckning|Telefonsamtal den {date}. Ringde upp {full:1} på {mob} eftersom hennes "
    "namn stod på ett paketkort ({firm}, ordernr {order}) i en hög flyttkartonger på {place}. {first:1} "
    "förnekar att det är hennes skräp, säger att hon gav kartongerna till en granne, {full:2}. Inspektör "
    "{sur:3} deltog i samtalet.",
    "miljoinspektor|tjansteanteckning|Ärende {dnr} – nedskräpning vid {street}\nFynd: {antal} svarta "
    "sopsäckar, en trasig soffa och post adresserad till {caps:1}, {addr}, fastigheten {fast}. "
    "Fastighetsägaren ({org}) "
    "kontaktad.\nMiljöinspektör {full:2}",
    "miljoinspektor|tjansteanteckning|Platsbesök {week}. Dumpat byggavfall i skogen bakom {venue}. Bland "
    "skräpet en följesedel från {firm} med kundnamn {full:1} och leveransadress {addr}. På en kartong stod "
    "{lowf:2} skrivet med tusch. Ärendet går vidare till inspektör {wsur:3}.",
    "miljoinspektor|tjansteanteckning|{full:1} och {full:2} besökte platsen vid {pstreet} den {date}. Fyra "
    "kassar matavfall och ett kuvert från {firm} till {low:3}. Brev skickas till adressen {addr}.",
    "handlaggare|tjansteanteckning|Tjänsteanteckning, {kommun}\nDen {date} kom ett tips från {full:1} om en "
    "skåpbil ({plate}) som tömt trädgårdsavfall och bildäck vid {place}. Fordonet ägs enligt "
    "vägtrafikregistret av {full:2}, {pnr}.",
    "handlaggare|tjansteanteckning|Uppföljning av ärende {dnr}. Brevet till {full:1} ({snr}) har kommit i "
    "retur. "
    "Ny adress enligt folkbokföringen: {addr}, {postort}. Handläggare {sur:2} skickar nytt brev. Kopia "
    "till {full:3}, {mail}.",
)

# Lists of what was found in the rubbish: envelopes, invoices, prescription labels, parcel labels.
FYNDLISTA = (
    "miljoinspektor|fyndlista|Fynd i avfallet vid {place}\n- kuvert från {firm}, mottagare {full:1}\n- "
    "kvitto med kundnr {kund}\n- receptetikett: {comma:2}, {pnr}\n- barnteckning signerad {lowf:3}",
    "miljoinspektor|fyndlista|Fyndlista, ärende {dnr}\n- faktura från {firm} ställd till {full:1}, "
    "{addr}\n- paketsedel, mottagare {init:2}, tel {mob}\n- brev från {kommun} till {full:3}, {snr}",
    "handlaggare|fyndlista|Hittat i säckarna:\n* adresslapp {firm} – {caps:1}, {addr}, {lgh}\n* ett "
    "vykort till {first:2} och {wfirst:3}\n* tomma förpackningar, pizzakartonger, [[Rosa]] påsar",
    "miljoinspektor|fyndlista|FYND: Kuvert till {full:1}. Kvitto från {firm} med medlemsnummer {kund}. "
    "En lapp där det står ring {first:2} {mob}.",
    "handlaggare|fyndlista|Innehåll (hittat vid {place}): trädgårdsavfall, byggmaterial, post.\nNamn på "
    "posten: {full:1}; "
    "{full:2}.\nAdress: {addr}\nFastighet: {fast}\nHandläggare {sur:3}",
    "miljoinspektor|fyndlista|Dokumentation den {date}\nfoto a: säckarna\nfoto b: kuvert, avsändare {firm}, "
    "mottagare {low:1}\nfoto c: apoteksetikett, {full:2}, {snr}",
    "miljoinspektor|fyndlista|Bland avfallet: en tom medicinburk med etikett från {firm}, förskriven till "
    "{full:1}. Dessutom ett paket med ordernummer {order} adresserat till {first:2} på {addr}. "
    "{first:2|g} telefonnummer stod på paketet: {mob}.",
    "handlaggare|fyndlista|Genomgång av säckar {week}:\n{full:1} – faktura {firm}\n{full:2} – "
    "receptetikett\n{nick:3} (tuschat på en låda)\nNamnen skickas till handläggare {wsur:4} för "
    "adressuppgifter.",
)

# Letters to the suspected owner: underrättelse, föreläggande, avgiftsbeslut.
BREV_AGARE = (
    "miljoinspektor|brev_agare|{caps:1}\n{addr}\n{postort}\n\nAngående nedskräpning vid {street}\n\nVid "
    "kommunens kontroll den {date} hittades avfall som kan kopplas till dig. Du får möjlighet att yttra "
    "dig inom tre veckor. Kontakta {full:2}, miljöinspektör, på {tel} eller {mail}.\nMed vänlig hälsning"
    "\n{full:2}",
    "handlaggare|brev_agare|Till {full:1}\n{addr}, {lgh}\n\nDu misstänks ha lämnat avfall vid {place} den "
    "{date}. Bland avfallet fanns ett kuvert med ditt namn. Nedskräpning är förbjudet enligt miljöbalken "
    "och kan leda till böter. Om kommunen måste städa kan du få betala kostnaden, i dag uppskattad till "
    "{amount}.\nHandläggare: {comma:2}",
    "handlaggare|brev_agare|Hej {first:1}!\nVi har hittat en paketlapp med ditt namn ({full:1}) i skräp "
    "som dumpats vid {avc}. Vi vill gärna höra din förklaring. Ring mig på {tel}, vardagar mellan kl "
    "{time} och {time}.\n/{first:2}, {kommun}",
    "miljoinspektor|brev_agare|ÄRENDE: {dnr}\nMOTTAGARE: {caps:1}, {snr}, {addr}\nÄMNE: Föreläggande att ta "
    "bort avfall från fastigheten {fast}\nKommunen förelägger dig att senast den {date} ta bort avfallet. "
    "Föreläggandet förenas med ett vite om {amount}.\nBeslutet är fattat av {full:2} på delegation.",
    "handlaggare|brev_agare|Hej {full:1},\njag heter {full:2} och arbetar med nedskräpning på {kommun}. "
    "Den {date} hittades byggavfall vid {place} och i avfallet låg en faktura från {firm} med ditt namn och "
    "kundnummer {kund}. Hör av dig senast {week}.\nMvh {first:2}",
    "handlaggare|brev_agare|Underrättelse om kostnadsansvar\n{full:1}\n{addr}\n{postort}\nKommunen har "
    "låtit forsla bort avfall från {place}. Kostnaden för bortforslingen, {amount}, faktureras dig. Bland "
    "avfallet "
    "fanns post till dig och till {full:2}. Frågor besvaras av handläggare {sur:3} på {tel}.",
    "miljoinspektor|brev_agare|Till vårdnadshavare för {full:1}\nVid städning kring {venue} hittades "
    "skolarbeten med {first:1|g} namn bland dumpade möbler vid {street}. Vi vill gärna prata med er. "
    "Kontakta {full:2}, {mob}.",
    "handlaggare|brev_agare|{full:1}\n{addr}\n\nBeslut om avgift för handläggning\nDu ska betala {amount} "
    "för handläggningen av ärende {dnr} (nedskräpning vid {place}). Beslutet kan överklagas till "
    "länsstyrelsen.\nHandläggare {full:2}, direkt {tel}",
)

FRAMES_B = TJANSTEANTECKNING + FYNDLISTA + BREV_AGARE
