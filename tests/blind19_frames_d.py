# ruff: noqa: E501
"""Frames of the nineteenth blind corpus, part d: upcoming events submitted for "Kommande händelser", measures
(insatser) with their responsible persons, and social services' and the police's short replies to the housing
company. Each is `role|style|template`."""

FRAMES_D = [
    # kommande händelser
    "kommande|kommande|Händelse: Valborgsfirande på gården\nDatum: {date}\nArrangör: {org}\nKontaktperson: {full:1}, {mob}\nOrdningsvakt: väktare {sur:2}\nFörväntat antal: ett par hundra, grillning vid {inst}.",
    "kommande|kommande|Kommande händelse\nHändelse: Loppis och grillkväll\nDatum: {date}\nPlats: gården vid {street}\nArrangör: Hyresgästföreningen\nKontaktperson: {full:1}, {mail}\nOrdningsvakter bokade via {vakt}.",
    "kommande|kommande|Händelse; Datum; Arrangör; Kontaktperson\nFotbollsturnering för unga; {date}; {org}; {full:1} {mob}\nHalloweenvandring; {date}; {bolag}; {full:2} {tel}",
    "kommande|kommande|Anmälan kommande händelse\nVad: Eid-firande utomhus vid {inst}\nNär: {date} från kl {time}\nVem arrangerar: {org}, ansvarig {full:1}\nVi räknar med många besökare. Kontakt på plats: {wfirst:2}, tel {mob}.",
    "kommande|kommande|Hej! Vi planerar en gårdsfest för barnen på {street} den {date}. Arrangör är föreningen, kontaktperson {full:1} ({mob}). {full:2} från {bolag} har lovat att låna ut grillar.",
    "kommande|kommande|KOMMANDE HÄNDELSER {week}\n- Skolavslutning {inst} den {date}. Kontakt: {caps:1}\n- Match {org}, hemmamatch på kvällen. Kontakt: {caps:2}, {tel}\n- Nyårsafton: extra väktare från {vakt}.",
    "kommande|kommande|Händelse: Nattvandring med föräldrar\nDatum: {date}\nArrangör: {org}\nKontaktperson: {comma:1}\nTelefon: {mob}\nSamling vid {inst} kl {time}.",
    "kommande|kommande|Till kommande händelser: Ramadan börjar och Iftar i lokalen vid {inst} varje kväll. Arrangör {org}, kontaktperson {full:1}, {mob}. Imamen {full:2} vill ha kontakt med kommunpolisen.",
    "kommande|kommande|Evenemang: Kulturdag i {place}\nDatum: {date}\nArrangörer: {org} och {bolag}\nKontaktpersoner: {full:1} ({mail}), {full:2} ({mob})\nBuss {line} får ändrad hållplats under dagen.",
    "kommande|kommande|Kommande: Fritidsgården vid {inst} har disco för mellanstadiet {date}, kl {time} till {time}. Ansvarig fritidsledare {full:1}. Föräldravärdar: {full:2}, {first:3} och {lowf:4}.",
    # insatser
    "insats|insats|Insats: Ny belysning gångvägen {street} till {inst}\nStatus: pågående\nAnsvarig: {full:1}, {bolag}\nUppföljning: {week}\nKostnad: {amount}",
    "insats|insats|Insats: Kamerabevakning entréer på {addr}\nStatus: planerad\nAnsvarig: {comma:1}\nBeslutad på mötet {date}. Förvaltare {sur:3} håller i det. Tillstånd söks via {org}, handläggare {full:2}.",
    "insats|insats|INSATS - Nattvandring fredag-lördag\nOmråde: {place}\nAnsvarig: {caps:1}\nVolontärer: {full:2}, {full:3}, {full:4}\nStatus: slutförd, utvärdering {week}.",
    "insats|insats|Åtgärdsplan {place}\n1. Klipp buskage vid {inst}, ansvarig fastighetsskötare {wsur:1}.\n2. Byt lås i källargångar på {street}, ansvarig {full:2}.\n3. Extra väktarrond via {vakt}, ansvarig {full:3}.",
    "insats|insats|Insats: Sommarjobb för unga i {place} och längs {line}\nAnsvarig hos {bolag}: {full:1}, {pnr}\nHandledare: {first:2} och {first:3}\nStatus: pågående. Uppföljning med {org} den {date}.",
    "insats|insats|Uppföljning insats kameror {place}\nSedan kamerorna sattes upp vid {inst} har klottret minskat. {full:1} ({bolag}) och {full:2} (polisen) följer upp {week}. Kostnad hittills {amount}.",
    "insats|insats|Insats: Kvartersvärdar i {place}\nAnsvarig: {full:1}\nKvartersvärdar: {full:2}, {full:3}\nKontakt: {tel}\nArbetstid kl {time} till {time} torsdag till lördag.",
    "insats|insats|Ny insats föreslagen av {full:1}: låsbara cykelrum i {fast} efter flera stölder. {full:2} på {bolag} tar fram offert. Status planerad. Uppföljning den {date}.",
    "insats|insats|Insatslogg\n{date}: Belysning monterad vid {street}, utfört av {full:1}.\n{date}: Trygghetsvandring, ledd av {full:2}.\n{date}: Extra städning runt {inst}.\nAnsvarig för loggen: {wfirst:3}",
    "insats|insats|Insats: Dörrknackning på {street} efter skottlossningen\nAnsvariga: {full:1} ({bolag}), {full:2} (socialtjänsten), kommunpolis {sur:3}\nStatus: slutförd {date}\nResultat: boende oroliga, många ville prata.",
    # svar från socialtjänst och polis
    "svar|svar|Hej {first:1}, tack för ditt mejl. Vi känner till familjen {wsur:2} på {addr} och har kontakt. Mer kan jag inte säga. Mvh {full:3}, socialsekreterare",
    "svar|svar|Svar från polisen: Ärendet om skadegörelse på {street} har fått nummer {case}. Handläggare är {full:1}, nås på {tel}. Hälsningar kommunpolis {full:2}",
    "svar|svar|Hej! Polisen har tagit emot er anmälan om hot mot bovärd {sur:1}. Ärendenummer {case}. Förundersökningsledare {full:2}. Den misstänkte är känd för oss. /{first:3}, kommunpolis {place}",
    "svar|svar|Från: {full:1}, socialtjänsten\nTill: {full:2}, {bolag}\nAng. hyresgäst {full:3}, {pnr}: Vi har tagit emot er orosanmälan inför avhysningen och kontaktar hyresgästen.",
    "svar|svar|Re: Ungdomar i trapphuset {addr}\nHej {full:1}, fältassistenterna {first:2} och {first:3} går förbi under helgen. Vi känner igen namnet {nick:4}. Fältsekreterare {sur:6} är med. Hälsningar {full:5}, fältgruppen",
    "svar|svar|Kommunpolis {full:1} svarar: vi har ökat närvaron i {place} efter bilbränderna. Bilen {plate2} som ni nämnde är inte efterlyst. [[Dina]] grannar kan också ringa. Hör gärna av er igen, {mob}.",
    "svar|svar|Socialtjänsten meddelar {bolag} att familjen {wsur:1} i {lgh} har fått ekonomiskt bistånd till hyran för {week}. Kontaktperson {full:2}.",
    "svar|svar|Hej {first:1}! Polisen har inga uppgifter om personen {full:2} som ni frågade om. Vi kan inte heller lämna ut något om {full:3}. Mvh {init:4}, Lokalpolisområde {place}",
    "svar|svar|Svar från socialtjänstens mottagning: Orosanmälan gällande {full:1}, född {snr}, har registrerats och {first:1|g} skola kontaktas. Handläggare {full:2} återkommer till er kontaktperson {full:3}.",
    "svar|svar|Polisen {place}: Tack för rapporten om narkotikaförsäljning vid {inst}. Vi har noterat uppgifterna om {full:1} och mannen som kallas {nick:2}. Ring {tel} vid pågående brott, annars 114 14.",
]
