"""Frames of the seventy-fourth blind corpus, part c: farmers' reports of diesel and equipment thefts,
hunting teams' conflicts, fishing conflicts and the fisheries officers' notes. `role|style|template`."""

from __future__ import annotations

FRAMES_C = (
    # ---------------------------------------------------------------- lantbruk: farmers' reports
    "lantbrukare|lantbruk|Stöld av diesel\nGård: {fast}, {place}\nBrukare: {full:1}, {mob}\n"
    "Natten till {weekday} tömdes gårdstanken, ca {liter}. Låset avsågat. Grannen {full:2} hörde en "
    "bil runt kl {time}.",
    "lantbrukare|lantbruk|Hej! Det är {first:1} {sur:1} på {addr}. Nu har de varit här igen. GPS:en "
    "från traktorn ({machine}) och två batterier. Förra gången var {date}. Min son {first:2} har "
    "filmat en bil, {plate2}, som stod vid {street} i tre nätter.",
    "lantbrukare|lantbruk|LRF-gruppen {place}, {week}\n{full:1}: diesel, {liter}\n{full:2}: "
    "verktyg ur maskinhallen\n{full:3}: GPS-skärm ({machine}), värde {amount}\n"
    "Samordnas av {first:4}, {tel}",
    "lantbrukare|lantbruk|Till {org}\nJag heter {full:1} och driver mjölkgård vid {lake}. Sedan i höstas "
    "har vi haft fem stölder. Senast tog de kedjesågen ({machine}) och {liter} diesel. Polisen har "
    "{case} men ingen har hört av sig. Min fru {first:2} nås på {mob}.",
    "lantbrukare|lantbruk|{full:1} ringde kl {time}: fyrhjulingen borta från ladan vid {addr}. Nycklarna "
    "satt i. {first:1} misstänker säsongsarbetarna som {first:2} hyrde in, men har inga bevis. "
    "Säg inget till {sur:3} än.",
    "lantbrukare|lantbruk|Anteckning, gårdsbesök {date}\nBrukarna {full:1} och {full:2} visar "
    "bilspår vid foderladan. Diesel stulen tre gånger i år, totalt ca {amount}. Önskar belysning "
    "och kamera. Markägare på andra sidan vägen: {full:3}, {fast}.",
    "lantbrukare|lantbruk|sms från {lowf:1}: dom tog gödseln också nu!! hela pallen. och {first:2} "
    "på granngården har fått sin {machine} stulen. polisen säger att det är samma gäng som vid {place}",
    "lantbrukare|lantbruk|Hej {first:1}. Vi har ett rött {machine} som stått vid grusgropen vid "
    "{street} i en vecka. Ingen av oss vet vems. Kan du kolla nummer {plate}? Ring mig, {full:2}, "
    "{tel}. Hälsningar från {nick:3} också.",
    # ---------------------------------------------------------------- jaktlag: hunting conflicts
    "jaktledare|jaktlag|Till {org}\nJaktlaget på {fast} vill anmäla att {full:1} för andra året "
    "jagat på vår mark utan lov. Han sågs {date} med hund vid {lake}. Vittnen: {full:2} och "
    "{first:3}. Jaktledare {sur:4}",
    "jaktledare|jaktlag|Jaktledarens anteckningar, älgjakt {week}\n"
    "Pass 1–6: {first:1}, {first:2}, {first:3}, {nick:4}, {first:5}, {wfirst:6}\n"
    "Hundförare: {full:7}. Samling vid {venue} kl {time}.\nKonflikt med grannen {sur:8} om "
    "kirrningen vid {place}, se separat mejl.",
    "jaktledare|jaktlag|Hej {first:1},\ngrannen {full:2} ringde igen och skrek att våra hundar jagar "
    "hans rådjur. Han hotade att skjuta nästa hund. Jag har sparat sms:en från {mob}. Ska vi polisanmäla? "
    "/{full:3}",
    "jaktledare|jaktlag|Anmälan om olaga jakt\nPlats: {fast} ({place})\nTid: natten mot {weekday}\n"
    "Misstänkt: {caps:1}, {addr}\nIakttaget av: {full:2}, {mob}\nBil: {plate}",
    "jaktledare|jaktlag|Protokoll jaktlagets årsmöte\nNärvarande: {full:1}, {full:2}, {full:3}, "
    "{init:4}\n§ 4 Åtelplatsen vid {lake} har förstörts, tredje gången. {first:1} har anmält ({case}). "
    "§ 5 Nya jaktkort kostar {amount}.",
    'jaktledare|jaktlag|Det har varit bråk igen med {full:1}, han har satt upp skyltar "Privat mark" '
    "på {wsur:2|g} mark fast arrendet gäller till {date}. {first:3} vill att kommunpolisen pratar med "
    "honom innan det urartar.",
    "jaktledare|jaktlag|{first:1} här! Någon har skjutit en kronhjort vid {place} och lämnat den. Inte "
    "vårt lag. {full:2} säger att han hörde skottet kl {time}. Ring jaktvårdskonsulenten {sur:3}.",
    "jaktledare|jaktlag|Till länsstyrelsen\nSkyddsjakt på vildsvin vid {fast}. Utförd av {full:1} "
    "och {low:2}. Fällt: 3 vildsvin. Markägare: {full:3} ({tel}).\nVi ber om besked före {date}.",
    # ---------------------------------------------------------------- fisketillsyn: fishing conflicts
    "fisketillsyn|fisketillsyn|Tillsynsrapport {lake}\n{date}\nNät utan märkning påträffade, 4 st. "
    "Ägare troligen {full:1}, {addr}, {lgh}, som tidigare fått påpekanden. Båt: {boat}, trailer {plate}.",
    "fisketillsyn|fisketillsyn|Fisketillsynsman {full:1} kontrollerade {full:2} vid {harbour}: "
    "saknade fiskekort, 3 gäddor över fönstret. Personnummer uppgivet: {pnr}. Rapport till "
    "{org}.",
    "fisketillsyn|fisketillsyn|Hej {first:1}\nDe tyska gästerna i stugan vid {island} ({full:2} m.fl.) "
    "har lagt ut nät i fredningsområdet igen. Jag har pratat med dem men de förstår inte. Kan "
    "tillsynsman {wsur:3} åka ut? / {first:4}",
    "fisketillsyn|fisketillsyn|Klagomål: {full:1} (yrkesfiskare, {mob}) uppger att fritidsbåtar kör "
    "över hans ålryssjor vid {island}. Han pekar särskilt ut {full:2} och båten {boatname}. "
    "Hans egen båt ligger vid {harbour}.",
    "fisketillsyn|fisketillsyn|{date}\nBeslagtaget: 2 nät, 1 ryssja. Ägare: {comma:1}, {snr}. "
    "Hämtas på {org} efter kontakt med {first:2}.",
    "fisketillsyn|fisketillsyn|Kvittens\nUtfärdat fiskekort till {full:1} ({mail}), giltigt {week} "
    "till {week2}, {lake}. Avgift: {amount}.\nUtfärdare: {first:2} på campingen",
    "fisketillsyn|fisketillsyn|{nick:1} igen! Låg och spinnfiskade innanför bommen vid {lake} "
    "kl {time}. {lowf:2} (markägaren) blev förbannad. {full:3} hörde alltihop och kan vittna.",
    "fisketillsyn|fisketillsyn|Fiskevårdsområdets styrelse\n{full:1}, ordförande, {tel}\n"
    "{full:2}, fisketillsyn, {mob}\n{full:3}, kassör, {mail}\nKontakta någon av oss vid tjuvfiske i "
    "{lake}.",
)
