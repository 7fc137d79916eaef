"""Frames of the eighth blind corpus: (voice, style, template), written in the author's own wording.

Slots: {F} full name, {G} first name (sometimes a word name), {S} surname after a role (sometimes a word
surname), {N} nickname, {l} a name typed in lowercase; a digit makes a second slot of the kind, a "!" writes
it in capitals. {pnr} {sam} {mob} {tel} {mail} {plate} {adr} {lgh} {fast} {knr} are planted items; {place}
{inst} {street} {time} {date} {amount} {week} {bus} {org} {pst} are look-alikes, and a word written ~Word is a
capitalised ordinary word that must survive.
"""

from __future__ import annotations

from tests.blind8_frames_b import FRAMES_B
from tests.blind8_frames_c import FRAMES_C

FRAMES_A: tuple[tuple[str, str, str], ...] = (
    # kommunpolis
    ("kommunpolis", "prose", "~Under {week} fick vi in två anmälningar om skadegörelse vid {inst}, "
     "ärendet {knr} "
     "handläggs av inspektör {S}."),
    ("kommunpolis", "prose", "~Polisen stoppade en moped på gång- och cykelvägen vid {street} kl. "
     "{time}, föraren "
     "{F} ({pnr}) saknade körkort."),
    ("kommunpolis", "prose", "~Bilen med reg.nr {plate} har setts flera kvällar i {place}, kontakta "
     "kommunpolis "
     "{S} på {mob}."),
    ("kommunpolis", "prose", "~Kommunpolisen har pratat med {G} och dennes mamma efter stenkastningen "
     "mot bussen på "
     "{bus}."),
    ("kommunpolis", "keyvalue", "Händelsenr: {knr}\nPlats: {street}, {place}\nMisstänkt: {F}\nFordon: "
     "{plate}"),
    ("kommunpolis", "prose", "~Lugn vecka i {place} men {N} och hans kompisar har synts vid {inst} igen."),
    ("kommunpolis", "minutes", "§4 ~Polisens lägesbild: {S} (kommunpolis) redogjorde för {week}, inga "
     "skjutningar, ökning av inbrott i förråd i {place}."),
    ("kommunpolis", "english", "The community police officer {F} will attend the check-in on {date} to "
     "present "
     "the trends for {place}."),
    ("kommunpolis", "bullet", "- ~Inbrott i förråd på {adr}, anmält som {knr}\n- ~Brand i papperskorg vid "
     "{inst}"),
    ("kommunpolis", "prose", "~Anmälan {knr} gäller hot mot {G} på {inst} {date}."),
    ("kommunpolis", "sms", "hej, polisen här. {l} vill att ni ringer tillbaka på {tel} ang bilen {plate}"),
    ("kommunpolis", "prose", "~Patrullen kontrollerade {F} och {F2} vid {street} strax efter {time}."),
    ("kommunpolis", "quote", "”~Vi vet vilka det är”, säger kommunpolis {S} om klottret i {place}."),
    ("kommunpolis", "forward", "Från: {F} <{mail}>\nSkickat: {date}\nÄmne: Lägesbild {place} {week}"),
    ("kommunpolis", "prose", "~Ingen kunde peka ut gärningspersonen, men {N} nämndes av flera vittnen vid "
     "{inst}."),
    ("kommunpolis", "csv", "{knr};{date};{time};Skadegörelse;{street};{place};polisinspektör {S}"),
    ("kommunpolis", "prose", "~Enligt kollegan {G} kom bilen {plate} från {place} och körde mot {street}."),
    ("kommunpolis", "chat", "[{time}] {F}: ~Kan någon kolla kamerorna vid {inst}?"),
    ("kommunpolis", "english", "Officer {S} confirmed that case {knr} concerns the break-in at {adr}."),
    ("kommunpolis", "prose", "~Beslag gjordes i en bil ({plate}) som parkerat vid {inst} i {place}."),
    # samordnare
    ("samordnare", "prose", "~Avstämningen {date} leddes av {F}, nästa möte hålls i {inst}."),
    ("samordnare", "minutes", "~Närvarande: {F}, {F2}, {S} (polis).\n~Frånvarande: {G}."),
    ("samordnare", "signature", "~Vänliga hälsningar\n{F}\nEST-samordnare, {place}\nTel {tel}\n{mail}"),
    ("samordnare", "greeting", "Hej {G}!\n~Tack för rapporten från {week}, jag har lagt in den i "
     "lägesbilden."),
    ("samordnare", "prose", "~Granskning: rapporten från {G} innehöll ett personnummer ({pnr}) som har "
     "strukits."),
    ("samordnare", "english", "Thanks {G}, I removed the phone number {mob} before sharing the picture for "
     "{place}."),
    ("samordnare", "keyvalue", "~Ansvarig: {F}\nOmråde: {place}\nStatus: gul\nNästa uppföljning: {date}"),
    ("samordnare", "prose", "~Insatsen med extra belysning på {street} är slutförd, kostnaden blev {amount} "
     "enligt {S} på tekniska."),
    ("samordnare", "chat", "{time} {G}: ~Kan vi flytta avstämningen till torsdag?"),
    ("samordnare", "minutes", "~Beslut: {place} går till röd status. {F} kontaktar {org} inför {date}."),
    ("samordnare", "forward", "---------- Vidarebefordrat meddelande ----------\nFrån: {F} <{mail}>\n"
     "~Datum: {date}"),
    ("samordnare", "prose", "~Rapporter saknas från {inst} för {week}; {G} har lovat att skicka i morgon."),
    ("samordnare", "bullet", "• ~Trygghetsvandring i {place} den {date}, anmälan till {mail}\n• "
     "~Ansvarig: {F}"),
    ("samordnare", "english", "Minutes: {F} (coordinator), {F2} ({org}). ~Status for {place}: yellow."),
    ("samordnare", "prose", "~Kontaktperson på {org} är {F}, nås på {mob}."),
    ("samordnare", "sms", "{l} kan du ta mötet på {inst} imorgon? jag är sjuk"),
    ("samordnare", "list", "1. ~Genomgång av {week}\n2. ~Rapport från {S} (polis)\n3. ~Övrigt: {place}"),
    ("samordnare", "prose", "~Till nästa vecka ska {G} ta fram statistik över bränder i {place}."),
    ("samordnare", "quote", "”~Samverkan fungerar bättre nu”, skriver {F} i sin rapport från {place}."),
    ("samordnare", "keyvalue", "Namn: {F}\nPersonnummer: {pnr}\nRoll: nattvandrare\nTelefon: {mob}"),
    # bostadsbolag / fastighetsvärd
    ("bostadsbolag", "csv", "{date};{fast};{adr};Klotter;Tag på entrédörren;{amount};{org}"),
    ("bostadsbolag", "prose", "~Hyresgästen i {lgh} på {adr} har anmält att källardörren stått öppen."),
    ("bostadsbolag", "prose", "~Bilbrand på parkeringen vid {street}, bilen ({plate}) tillhörde en boende i "
     "{place}."),
    ("bostadsbolag", "keyvalue", "Ärendenr: 48213\nFastighet: {fast}\nAdress: {adr}\nKostnad: {amount}"),
    ("bostadsbolag", "prose", "~Fastighetsvärd {S} hittade sprutor i trapphuset på {adr}."),
    ("bostadsbolag", "prose", "~Förrådsinbrott i {fast}, polisanmält {knr}. ~Kontakt: {F}, {tel}."),
    ("bostadsbolag", "english", "Tenant {F} ({lgh}) reported noise from the stairwell after {time}."),
    ("bostadsbolag", "prose", "~Grovsopor dumpade vid {street}, {G} från kundtjänst har beställt hämtning."),
    ("bostadsbolag", "signature", "~Med vänlig hälsning\n{F}\nFastighetsvärd, {org}\n{mob}"),
    ("bostadsbolag", "prose", "~Trasig belysning i gången mellan {street} och {inst}, felanmäld av {G}."),
    ("bostadsbolag", "prose", "~Olovligt boende i förrådet i {fast}; {F} ({sam}) har fått information om "
     "härbärge."),
    ("bostadsbolag", "sms", "hej det är {l} från fastighet, dörren på {adr} är lagad nu"),
    ("bostadsbolag", "csv", "{date};{time};{place};{adr};Brand/brandrök;Barnvagn tänd i trapphus;{F}"),
    ("bostadsbolag", "prose", "~Störning från {lgh}, hyresgästen {F} har fått en skriftlig varning."),
    ("bostadsbolag", "prose", "~Kameran vid {inst} visar en mörk bil, troligen {plate}, kl {time}."),
    ("bostadsbolag", "bullet", "- ~Fönsterkross {adr}, {amount}\n- ~Klotter {street} (sanerat)"),
    ("bostadsbolag", "prose", "~Nycklar till tvättstugan har lämnats till {G} i {lgh}."),
    ("bostadsbolag", "forward", "Från: Kundtjänst {org}\nTill: {F} <{mail}>\nÄmne: Felanmälan {fast}"),
    ("bostadsbolag", "english", "Property {fast} had a cellar break-in on {date}; the police case is {knr}."),
    ("bostadsbolag", "prose", "~Kostnaden för saneringen på {street} blev {amount}, fakturan skickas till "
     "{org}."),
    ("fastighetsvärd", "voice_memo", "eh ja det är {l} här, alltså källaren på {adr} har någon sovit i igen, "
     "madrass och sånt"),
    ("fastighetsvärd", "prose", "~Husvärden {S} har bytt lås på {adr} efter inbrottet."),
    ("fastighetsvärd", "chat", "{time} {G}: ~Tvättstugan på {street} är vandaliserad igen"),
    ("fastighetsvärd", "prose", "~Boende i {lgh} ({F}) klagar på mopeder på innergården."),
    ("fastighetsvärd", "sms", "ring mig {mob} /{l}"),
    ("fastighetsvärd", "prose", "~Rökskadorna i trapphuset i {fast} beräknas till {amount}."),
    # väktare / ordningsvakt
    ("väktare", "guard_log", "{time} RONDERING {place}. ~INGEN ANMÄRKNING. /VÄKTARE {S!}"),
    ("väktare", "guard_log", "{time} ~AVVISAT TRE PERSONER FRÅN GARAGET {adr}. EN UPPGAV NAMNET {F!}."),
    ("väktare", "guard_log", "~LARM {inst} {time}, ÅTERSTÄLLT. BIL {plate} PÅ PLATS. /{G!}"),
    ("väktare", "guard_log", "{date} {time} ~KLOTTER FASAD {street}. FOTO TILL {mail}"),
    ("väktare", "prose", "~Väktaren {S} såg en grupp vid {inst} som kallade en av killarna för {N}."),
    ("väktare", "english", "Guard {F} noted a car {plate} idling by {inst} at {time}."),
    ("väktare", "guard_log", "~OMHÄNDERTAGEN PERSON {F!} {pnr} ÖVERLÄMNAD TILL POLIS."),
    ("väktare", "prose", "~Rondering i {place} kl {time}, inga ungdomar på plats. /{S}, {org}"),
    ("väktare", "keyvalue", "Väktare: {F}\nBil: {plate}\nObjekt: {inst}\nTid: {time}"),
    ("väktare", "chat", "{time} {G}: ~Grindarna vid {inst} stängda nu"),
    ("väktare", "guard_log", "{time} ~INGRIPANDE {street}, MAN GAV SIG AV. VITTNE {G!}, TEL {mob}"),
    ("ordningsvakt", "prose", "~Ordningsvakt {S} avlägsnade en berusad man från {inst} {time}."),
    ("ordningsvakt", "guard_log", "OV {S!}: ~BRÅK VID KIOSKEN {place} KL {time}, POLIS TILLKALLAD {knr}"),
    ("ordningsvakt", "prose", "~Rapport från ordningsvakterna: {N} var tillbaka i centrum trots "
     "tillträdesförbud."),
    ("ordningsvakt", "english", "The door supervisor {F} called the police at {time} about a fight at "
     "{inst}."),
    ("ordningsvakt", "sms", "ov här, {l} sitter utanför {inst} igen och är stökig"),
    ("ordningsvakt", "prose", "~Centrumvärdarna och ordningsvakt {S} delade ut flygblad om {org}."),
    # fältassistent
    ("fältassistent", "prose", "~Fältarna träffade {G} och {G2} vid {inst} vid {time}, de var lugna."),
    ("fältassistent", "prose", "~Vi pratade med en tjej som kallas {N} om vad som hände på {street}."),
    ("fältassistent", "sms", "fält: {l} och hans kompis sitter vid {inst}, vi går dit"),
    ("fältassistent", "voice_memo", "okej, fältrapport, vi var i {place} vid {time} och eh {l} var där med "
     "en kompis, allt lugnt"),
    ("fältassistent", "prose", "~Fältassistent {S} har haft samtal med föräldrarna till {G}."),
    ("fältassistent", "bullet", "* {place}, kl {time}: ~Cirka tio ungdomar, {N} bland dem\n* ~Ingen "
     "skadegörelse"),
    ("fältassistent", "english", "We met {G} by {inst}; he asked for a summer job through {org}."),
    ("fältassistent", "chat", "[{time}] {F}: ~Vi är vid {inst} nu, lugnt"),
    ("fältassistent", "prose", "~Ungdomarna vid {inst} sa att {N} hade hotat en yngre kille."),
    ("fältassistent", "keyvalue", "~Fältpass: {date}\nPersonal: {F}, {F2}\nOmråde: {place}"),
    ("fältassistent", "prose", "~Till helgen går {G} och jag i {place}, vi utgår från {inst} kl {time}."),
    ("fältassistent", "sms", "hej {l}! kan du ringa {mob} när du kan"),
    # skola / kurator
    ("skola", "prose", "~Rektor {S} på {inst} meddelar att glasrutor krossats under helgen."),
    ("skola", "prose", "~Eleven {F} i 8B har berättat om hot i sociala medier."),
    ("skola", "greeting", "Hej {G},\n~Vi på {inst} vill tipsa om en fest som planeras {date}."),
    ("skola", "english", "The headteacher {F} of {inst} asked for more adults on {street} after school."),
    ("skola", "prose", "~Skolvärden {G} såg mopeder på skolgården kl {time} och ringde {org}."),
    ("kurator", "prose", "~Kurator {S} har orosanmält för {G}, personnummer {pnr}."),
    ("kurator", "prose", "~Enligt skolkurator {S} har ryktet om {N} spridits på Snapchat."),
    ("kurator", "quote", "”~Det är samma tre killar varje dag”, säger kuratorn {F} på {inst}."),
    ("skola", "minutes", "~Punkt 3: {F} från {inst} rapporterade skadegörelse på toaletterna, "
     "kostnad {amount}."),
    ("skola", "prose", "~Inför skolavslutningen {date} vill {inst} ha nattvandrare från {org}."),
    ("skola", "sms", "{l} i 9a har inte kommit till skolan på tre dagar"),
    ("skola", "signature", "~Hälsningar\n{F}\nBiträdande rektor, {inst}\n{tel}"),
    # socialtjänst
    ("socialtjänst", "prose", "~Socialsekreterare {S} följer upp ärendet om {F} ({pnr})."),
    ("socialtjänst", "prose", "~Barnet {G} bor hos sin moster på {adr}, {lgh}."),
    ("socialtjänst", "keyvalue", "Klient: {F}\nSamordningsnummer: {sam}\nKontakt: {mob}"),
    ("socialtjänst", "english", "Social services contacted {F} about the incident on {date} at {inst}."),
    ("socialtjänst", "prose", "~Familjebehandlaren {S} träffar familjen på {inst} en gång i veckan från "
     "{week}."),
    ("socialtjänst", "prose", "~Orosanmälan om {G} kom in {date} via {org}."),
    ("socialtjänst", "sms", "hej, socialjouren här, {l} är hemma nu, allt ok"),
    ("socialtjänst", "prose", "~Mamman {F} har flyttat till {place}, ny adress {adr}."),
    # fritidsgård
    ("fritidsgård", "prose", "~På {inst} var det fullt i fredags, {G} och {G2} höll i discot."),
    ("fritidsgård", "prose", "~Fritidsledare {S} fick stänga tidigt {time} efter bråk mellan {N} och en "
     "annan kille."),
    ("fritidsgård", "chat", "{time} {G}: ~Ungdomarna vill ha fotbollsturnering på {inst} {date}"),
    ("fritidsgård", "english", "Youth worker {F} reports that {N} has stopped coming to {inst}."),
    ("fritidsgård", "bullet", "- ~Besökare: 42\n- ~Personal: {G}, {G2}\n- ~Incidenter: inga"),
    ("fritidsgård", "prose", "~Gården håller öppet extra på nyårsafton, ansvarig är {F} ({mob})."),
    ("fritidsgård", "sms", "kan nån ersätta {l} ikväll på gården? hon är sjuk"),
    ("fritidsgård", "prose", "~Ungdomar från {place} kom med {bus} och stannade till stängning."),
    ("fritidsgård", "voice_memo", "ja hej det är {l} på gården, eh, ikväll var det lugnt men några kom från "
     "{place} vid {time}"),
    ("fritidsgård", "quote", "~Ledaren {G} sa: ”{N} lovade att inte komma tillbaka med kniv.”"),
    # trygghetsvärd
    ("trygghetsvärd", "prose", "~Trygghetsvärdarna {G} och {G2} gick runt i {place} mellan {time} och "
     "{time2}."),
    ("trygghetsvärd", "prose", "~Trygghetsvärd {S} rapporterar nedskräpning vid {street} och {inst}."),
    ("trygghetsvärd", "keyvalue", "Rapportör: {F}\nOmråde: {place}\nVecka: {week}\nHändelser: 3"),
    ("trygghetsvärd", "english", "Safety host {F} found a broken lamp on {street} on {date}."),
    ("trygghetsvärd", "sms", "{l} här, lampan vid {inst} är trasig igen"),
    ("trygghetsvärd", "prose", "~Boende på {adr} berättade att {N} säljer på gården."),
    ("trygghetsvärd", "chat", "[{time}] {G}: ~Alla grannar ute på gården, grillning"),
    ("trygghetsvärd", "prose", "~Värden {G} fick ta emot hot från en man i en vit bil, {plate}."),
    # nattvandrare
    ("nattvandrare", "prose", "~Nattvandrarna i {place} var sju vuxna i fredags, samlade av {F}."),
    ("nattvandrare", "prose", "~Vi mötte {N} och ett gäng vid {inst}, de var lugna när vi kom."),
    ("nattvandrare", "sms", "nattvandring ikväll, samling {time} vid {inst}. ring {l} om du kan {mob}"),
    ("nattvandrare", "chat", "{time} {F}: ~Vi har gått {street} och bort mot {inst}"),
    ("nattvandrare", "english", "Night walkers led by {F} covered {place} between {time} and {time2}."),
    ("nattvandrare", "list", "~Nattvandrare {date}:\n1. {F}\n2. {F2}\n3. {G}"),
    ("nattvandrare", "prose", "~Samordnaren för {org} i {place} är {F}, nås på {mail}."),
    # kollektivtrafik
    ("kollektivtrafik", "prose", "~Chauffören på {bus} anmälde stenkastning vid {street} kl. {time}; "
     "förare {S}."),
    ("kollektivtrafik", "prose", "~Trafikledningen stängde hållplatsen vid {inst} efter hot mot föraren "
     "{F}."),
    ("kollektivtrafik", "english", "Driver {F} on {bus} reported youths throwing snowballs at {time}."),
    ("kollektivtrafik", "keyvalue", "~Linje: {bus}\nFörare: {F}\nHändelse: glaskross\nTid: {time}"),
    ("kollektivtrafik", "prose", "~Biljettkontrollanten {G} blev spottad på vid {inst}, polisanmält {knr}."),
    ("kollektivtrafik", "chat", "{time} {G}: ~{bus} kör inte in i {place} ikväll"),
    # räddningstjänst
    ("räddningstjänst", "prose", "~Räddningstjänsten släckte en containerbrand vid {inst} {time}, "
     "insatsledare {S}."),
    ("räddningstjänst", "prose", "~Bilbrand i {place} natten till {date}, bilen {plate} totalförstörd."),
    ("räddningstjänst", "keyvalue", "Larm: {time}\nPlats: {adr}\nObjekt: trapphus\nStyrkeledare: {F}"),
    ("räddningstjänst", "english", "The fire service put out a fire in a stairwell at {adr}; {F} was treated "
     "for smoke."),
    ("räddningstjänst", "prose", "~Brandingenjör {S} vill informera om brandskydd på {inst} {date}."),
)  # fmt: skip

FRAMES = FRAMES_A + FRAMES_B + FRAMES_C
