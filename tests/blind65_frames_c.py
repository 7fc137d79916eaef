"""Frames of the sixty-fifth blind corpus, file c: notes from council meetings open to the public, the
canvassing booths' group chats, and the parties' logs of vandalised election posters. Each frame is
`role|style|template` (slots: tests/blind65_fill.py)."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # fullmäktige och nämnder med allmänheten närvarande
    "ordforande_kf|fullmaktige|Ordförandens anteckning, kommunfullmäktige den {date}\nUnder punkt 12 ropade"
    " en åhörare på läktaren \"vi vet var du bor\" till {full:1}. Ordföranden {sur:2} ajournerade mötet kl"
    " {time}. Väktarna förde ut mannen.",
    "kf_sekreterare|fullmaktige|Protokollsanteckning: Sammanträdet i {venue} avbröts när {antal} personer"
    " med plakat tog sig in i salen. Ledamoten {full:1} träffades av en vattenflaska. {first:1} fortsatte"
    " efter paus.",
    "ordforande_kf|fullmaktige|{full:1} (ordf.) antecknar: allmänhetens frågestund urartade. Frågeställaren,"
    " som presenterade sig som {full:2}, vägrade lämna talarstolen och hotade kommunalrådet {sur:3}."
    " Polis kallad kl {time}.",
    "kf_sekreterare|fullmaktige|KF {date} – störningar\n• åhörare filmade ledamöter och skrev ut namnen på"
    " nätet ({first:1}, {first:2} och {first:3} nämnda)\n• {low:4} från publiken skrek om förskolorna i"
    " {place}\n• ingen avvisad",
    "ordforande_kf|fullmaktige|Till gruppledarna: efter gårdagens möte i {venue} där {caps:1} blev"
    " uppträngd i trappan av tre män vill jag att vi går ut tillsammans. {first:2} ordnar taxi från"
    " {street}.",
    "kf_sekreterare|fullmaktige|Anteckning från barn- och utbildningsnämnden: en förälder, {full:1}, tog"
    " sig in på det stängda sammanträdet och hotade ordförande {sur:2} med att \"göra det personligt\"."
    " [[Ingen]] polisanmälan ännu. Mötet hölls i {venue}.",
    "ordforande_kf|fullmaktige|Webbsändningen av fullmäktige stängdes av {time} efter att en åhörare"
    " visat en bild på {full:1|g} hus i {place}. Ordförande {full:2} bad publiken lämna. Vaktbolaget: {tel}.",
    "kf_sekreterare|fullmaktige|Närvarande i publiken (enl. väktare): ca {antal} personer. Kända sedan"
    " tidigare:"
    " {full:1} ({snr}), {full:2}. {first:1} har tidigare dömts för ofredande av en nämndledamot, ärende"
    " {case}.",
    # valstugornas gruppchatt
    "partivolontar|valstuga_chatt|[{time}] {first:1}: nån har sparkat sönder bordet vid valstugan på"
    " {place} 😡\n[{time}] {first:2}: va?? är du ok\n[{time}] {first:1}: ja men killen sa att han känner"
    " igen mig från tidningen",
    "partivolontar|valstuga_chatt|{first:1}: Vi behöver folk till stugan på {place} i morgon efter förra"
    " helgens bråk. {wfirst:2} kan 10-14. Ring {mob} om du kan!",
    "valstugeansvarig|valstuga_chatt|ok alla, {lowf:1} blev spottad på vid stugan i {place} igår,"
    " polisanmält den {date}. {first:2} tar över nyckeln. Ingen står ensam, minst två per pass. /{nick:3}",
    "partivolontar|valstuga_chatt|{first:1} 14:32\nTvå killar i {ung}-årsåldern rev ner våra affischer"
    " vid stugan och filmade. En av dem heter typ {nick:2}.\n{first:3} 14:35\nsicket gäng. anmäl!!",
    "valstugeansvarig|valstuga_chatt|Påminnelse: stugan vid {venue} öppnar kl {time}. Ansvariga: {full:1}"
    " och {wsur:2|g} dotter. Nyckel hos {first:3} ({mob}).",
    "partivolontar|valstuga_chatt|hej gänget, en tant stod och skällde på {first:1} i en halvtimme vid"
    " {place} och sen körde hennes man förbi i en vit Volvo {plate} och tutade. jobbigt. /{lowf:2}",
    "valstugeansvarig|valstuga_chatt|{full:1}: jag har fått sms från {mob} igen, \"vi ses vid stugan\"."
    " Har skickat skärmdump till {first:2} på partikansliet. [[Sten]] i fönstret på stugan i natt också.",
    "partivolontar|valstuga_chatt|Viktigt: {wfirst:1} och {wfirst:2} står i stugan på {place} i dag"
    " (ej {first:3}, hon är sjuk). Vakter går förbi ca var 30:e minut.",
    # affischlogg
    "valombudsman|affischlogg|Skadegörelse valaffischer, {party}, {week}\n- {street}: ett tiotal affischer"
    " nerrivna\n- {place}: affischer sprayade med hakkors, anmält av {full:1}\n- kostnad ca {amount}",
    "valombudsman|affischlogg|Affischtavlan vid {venue} sönderslagen igen. {full:1} såg en bil {plate2}"
    " köra därifrån kl {time}. Vi har lagt ut {amount} på nya tavlor bara i {place}.",
    "partisekreterare|affischlogg|Logg affischer – {kommun}\nden {date}: porträtten på {first:1} och"
    " {first:2} (våra toppnamn) sprayade med \"FÖRRÄDARE\" längs {line}\nanmält av {full:3}",
    "valombudsman|affischlogg|{full:1} ringde: någon har klistrat hans hemadress {addr} över hans ansikte på"
    " affischerna vid {place}. Hon har polisanmält, K-nr {case}. {first:2} tar ner dem i kväll.",
    "partisekreterare|affischlogg|Anmälan skadegörelse\nAnmälare: {full:1}, {party}\nTelefon: {mob}\nPlats:"
    " {street}/{pstreet}\nFörstörda affischer: 24\nMisstänkt: {full:2} enligt vittne",
    "valombudsman|affischlogg|Sammanställning {week}: {antal} affischer förstörda i {place}. På {full:1|g}"
    " porträtt har någon ritat en måltavla. {first:1} vill att vi tar bort hennes bild. [[Ros]] och ris"
    " till kommunen som inte städat.",
    "partisekreterare|affischlogg|{wsur:1} (ordf. lokalavdelningen) mejlade: affischer brända i en"
    " container vid {venue} i natt. Containern på fastigheten {fast} tillhör {org}. Fotograferat av"
    " {first:2}, bild i mappen.",
    "valombudsman|affischlogg|AFFISCHER {kommun}\nuppsatta: 180\nskadade: 46\nstulna: 31\nkostnad:"
    " {amount}\nmisstänkt person"
    " enligt boende: {low:1}, ca {vuxen} år, cyklar runt med tång\nansvarig: {full:2}",
)  # fmt: skip
