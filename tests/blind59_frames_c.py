"""Frames of the fifty-ninth blind corpus, part c: the truck stop's shift log, the café staff's group chat and
drivers' own messages (`role|style|template`)."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # The truck stop's shift log: handovers, hasty, times first
    "skiftledare|truckstop_logg|Natt {date}\n{time} två män i grå Passat ({plate}) körde runt bland "
    "lastbilarna på baksidan. {first:1} gick ut, de åkte mot {place}.\n{time} chaufför {full:2} kom in "
    "och sa att hans tank var öppnad. Ringt polisen.\n/{first:3}",
    "skiftledare|truckstop_logg|Överlämning till {first:1}: kassan stämmer. Duscharna 3 och 4 trasiga, "
    "{sur:2} från fastighet kommer {date}. En förare ({full:3}) har lämnat nyckel till hytten här, "
    "hämtas av kollegan {first:4}.",
    "skiftledare|truckstop_logg|{time} – {full:1} (ungersk förare) vill ha kvitto på {amount} för "
    "parkering och dusch. Fick det. Han frågade efter {nick:2}, som jobbade här förra sommaren.",
    "skiftledare|truckstop_logg|Kl {time} larm från dieselpump 6, någon tankade med ett kort som "
    "spärrats. Bilen: {plate2}. Föraren sa att han hette {first:1}. Kameran sparad, se mejl till "
    "{full:2}. Sign. {lowf:3}",
    "cafepersonal|truckstop_logg|LOGG {week}\nmån: lugnt\ntis: bråk i restaurangen mellan två förare, "
    "{first:1} och {first:2}, lugnade ner sig när {first:3} kom\nons: {full:4} ringde om förlorad "
    "plånbok, nr {mob}\ntors: –",
    "skiftledare|truckstop_logg|Ang. parkeringen: {caps:1} från {org} har ställt två trailers ({plate} "
    "och {plate2}) på platserna för farligt gods sedan {date}. Pratat med honom, han flyttar inte. "
    "Hans chef: {full:2}, {tel}",
    "skiftledare|truckstop_logg|{first:1} jobbade natt, noterade: kvinna (ca {vuxen} år) sov i en bil "
    "vid tvätthallen, verkade ok. Pratade med henne, hon heter {first:2} och väntar på sin man som kör "
    "för {org}. Hittat i personalrummet: körkort tillhörande {full:3}.",
    "skiftledare|truckstop_logg|{date} kl {time}: polisen ({sur:1} och {sur:2}) var här och hämtade "
    "filmen från kameran mot dieselpumparna. Ärende {case}. Kontakt från vår sida: {full:3}, {mob}.",
    # The café staff's group chat
    "cafepersonal|cafe_chatt|{first:1}: någon som kan ta mitt pass på lördag? 😅\n{first:2}: jag kan om "
    "{nick:3} tar min söndag, {line} går ju inte tidigt\n{first:1}: tack!! 🙏",
    "cafepersonal|cafe_chatt|{first:1}: den där föraren {first:2|g} jacka ligger kvar igen lol\n"
    "{first:3}: lägg den bakom kassan, han kommer tillbaka kl {time} sa han",
    "cafepersonal|cafe_chatt|{first:1}: [[Lax]] är slut, skriv på tavlan\n{first:2}: ok. fö, {full:3} "
    "från {org} ringde och frågade om catering {date}, ring honom {mob}",
    "cafepersonal|cafe_chatt|{lowf:1}: nån har snott dricksburken igen\n{lowf:2}: va?? när\n{lowf:1}: "
    "mellan {time} och {time} typ. kamera?\n{first:3}: jag kollar med {first:4} imorgon",
    "cafepersonal|cafe_chatt|{first:1}: chauffören {sur:2} (han med hunden) fick stroke-liknande "
    "symptom vid bord 4, ambulans kom kl {time}. {first:3} följde med ut. Hans fru heter {first:4}, vi "
    "har {first:4|g} nr om nån behöver",
    "cafepersonal|cafe_chatt|{first:1}: lunchbuffén kostar {amount} fr.o.m. {date} enl. {full:2}\n"
    "{first:3}: 👍\n{nick:4}: vem sa det??\n{first:1}: {first:2}",
    "cafepersonal|cafe_chatt|{first:1}: ny i personalen från måndag: {full:2}, ska jobba helger. "
    "hennes mejl {mail} om ni vill lägga in henne i schemat\n{first:3}: välkommen {first:2}!",
    "cafepersonal|cafe_chatt|{first:1}: [[Frost]] på parkeringen, sandat vid entrén\n{first:2}: "
    "toppen. btw {full:3} (den rumänska chaffisen) frågade efter dig\n{first:1}: haha ok",
    # Drivers' messages, several languages and hands
    "chauffor|forar_sms|Hej {first:1}, jag står på {venue} nu. Tanken tom i morse, någon har tagit "
    "diesel. Polis kommer. Säg till {first:2} att jag blir sen. /{first:3}",
    "chauffor|forar_sms|Cześć {first:1}, stoję na parkingu {venue}, ktoś ukradł paliwo. Zadzwoń {mob}. "
    "{first:2}",
    "chauffor|forar_sms|boss, i am at {place}, truck {plate} no diesel, somebody cut the tank. police "
    "number {case}. driver {full:1}",
    "chauffor|forar_sms|hej, {lowf:1} här. kollegan {lowf:2} fick hytten uppbruten på {venue} inatt. "
    "han sover inte där mer. ring honom {mob}",
    "chauffor|forar_sms|Zdravo {first:1}, stigao sam u {place}. Istovar sutra kl {time} kod {org}. "
    "Pozdrav {first:2}",
    "chauffor|forar_sms|Tja {nick:1}! Mötte {full:2} på {venue}, han kör för {org} nu. Han sa att "
    "{first:3} slutat. Ses vi den {date}?",
    "chauffor|forar_sms|Msg från {first:1} ({mob}): Står i kö vid {place}, olycka framför. Beräknad "
    "lossning kl {time} istället. Meddela {full:2} på lagret.",
    "chauffor|forar_sms|Bună {first:1}, sunt la {venue}. Cineva a furat motorina din camion {plate2}. "
    "Am sunat la poliție. {first:2}",
)
