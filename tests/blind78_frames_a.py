"""Frames of the seventy-eighth blind corpus, part a: night receptionists' logs, handover notes between
shifts, and guests' complaints (e-mails, forms, reviews, some in English). Written from the helper's own
knowledge of how such texts look; slots are filled by tests/blind78_fill.py."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # ---- nattlogg: the night receptionist's log
    "nattportier|nattlogg|NATTLOGG {venue} – natten till {date}\n{time} Gäst i rum {rum}, {full:1}, ringer"
    " och klagar på musik från rummet bredvid.\n{time} Gick upp till plan {vaning}, ingen öppnade."
    " {first:1} stod kvar i korridoren i morgonrock.\n{time} [[Inga]] fler samtal. /{first:2}",
    "nattportier|nattlogg|{time} – larm från brandcentralen, plan {vaning}. Rökdetektor i rum {rum} utlöst."
    " Gästen {full:1} (bokning {bok}) hade rökt vid fönstret. Debiterat saneringsavgift {amount} enligt"
    " husreglerna. Nattportier {sur:2}",
    "nattportier|nattlogg|Natt {date}\nkl {time} kom {full:1} och {full:2} tillbaka från {place}, kraftigt"
    " berusade. {first:2} skrek åt {first:1|g} kompis i lobbyn. Vakt från {org} tillkallad kl {time}."
    " Beställde taxi till {pstreet} åt dem.",
    "nattportier|nattlogg|Logg rec. natt ({date})\n{time}: Samtal från {mob}, en man som frågade efter"
    " {wfirst:1} i rum {rum}. Ville inte säga sitt namn. Vi lämnar inte ut rumsnummer, meddelade gästen kl"
    " {time}.\n– {init:2}",
    "nattportier|nattlogg|{full:1} checkade in {time} utan bokning, betalade kontant {amount} för en natt i"
    " enkelrum. Uppgav adress {addr}, {place}. Legitimation: pass nr {pass}. Lämnade rummet efter en timme"
    " med en okänd man, de gick mot hållplatsen för {line}. Noterat av {first:2} i nattloggen.",
    "nattportier|nattlogg|{time} hör jag glaskross utifrån. Bil med reg {plate} stod på tomgång vid entrén"
    " mot {street}. {lowf:1} från städ såg två personer springa mot {place}. Polisen underrättad, hnr"
    " {case}. Portier {wsur:2}",
    "nattportier|nattlogg|Nattrapport {venue}\n\nIncheckade efter midnatt: {antal}\nNo-show: rum {rum},"
    " {comma:1}\nStörning: rum {rum}, klagomål från gäst {sur:2} i rummet under (sen fest)\nÖvrigt:"
    " {nick:3} från {org} hämtade tvätten kl {time}.\n[[Klara]] för städ: alla rum på plan {vaning}\nSign."
    " {first:4}",
    "nattportier|nattlogg|hej {lowf:1}, kort från natten: gästen i {rum} ({full:2}) tappade nyckelkortet"
    " två gånger, nytt kort kostar {amount} men jag lät det vara. {first:2|g} fru ringde från {mob} kl"
    " {time} och frågade om han var på rummet, sa att vi inte kan lämna ut det. /{nick:3}",
    # ---- overlamning: handover notes between shifts
    "receptionist|overlamning|Överlämning morgonpass {date}\n- Rum {rum}: {full:1} vill ha sen utcheckning,"
    " ok till kl {time} mot {amount}.\n- Rum {rum}: gästen {sur:2} klagade på kallt vatten, felanmält till"
    " fastighetsskötare {wsur:3}.\n- {first:4} från {org} ringer om fakturan, nr {tel}.\n/{first:5}",
    "receptionist|overlamning|Till dagpersonalen: {full:1} ({pnr}) är spärrad efter skadegörelsen den"
    " {date}, se ärende {case}. Om hen försöker boka igen via {org} – ring {first:2} på {mob}. Tack!"
    " {first:3}",
    "receptionist|overlamning|ÖVERLÄMNING KVÄLL → NATT\nLarmet på plan {vaning} strular, tekniker {sur:1}"
    " kommer {date} kl {time}.\nGrupp från {place} ({antal} pers) checkar in sent, kontaktperson {full:2},"
    " {mail}.\nTaxi beställd åt {first:3} till kl {time}.",
    "receptionist|overlamning|{first:1} – glöm inte att {full:2} i {rum} har betalat {amount} i förskott,"
    " kvittot ligger i facket. Hans bil {plate2} står i garaget plan -{vaning}, p-tillstånd t.o.m. {date}."
    " Mvh {first:3}",
    "receptionist|overlamning|Överlämning {date}\n\nSvit {rum} – {caps:1}, VIP, blommor och champagne vid"
    " ankomst kl {time}. Assistenten {full:2} ringer från {tel}.\nRum {rum} – städ hittade kvarglömd"
    " plånbok, ägare {comma:3}, har mejlat {mail}.\n/{nick:4}",
    "receptionist|overlamning|Kvällen var lugn förutom rum {rum}. {first:1} och hennes sambo {first:2}"
    " bråkade högljutt runt kl {time}, gästen i grannrummet, fru {sur:3}, ringde två gånger. Jag knackade"
    " och de lovade att vara tysta. Noterat i gästprofilen, bokning {bok}.",
    "receptionist|overlamning|Överlämning till {first:1}:\n• Nyckelkorten till lägenhetshotellet på"
    " {street} funkar inte, kod {bok}\n• {low:2} har checkat ut men väskorna står kvar i förrådet\n•"
    " Polisen ({case}) vill ha kameramaterial från {date}, kontakt {full:3}\n• Kassan: {amount} diff, har"
    " räknat två gånger\n{first:4}",
    "receptionist|overlamning|Hej! Rum {rum} är bytt till {rum} pga vattenläcka. Gästen {full:1} är"
    " informerad och fick frukost på huset. Rörmokare från {org} kommer {date}. Om {first:1} frågar – ring"
    " restaurangchef {sur:2}, {mob}. //{first:3}",
    # ---- gastklagomal: guests' complaints
    "gast|gastklagomal|Hej,\njag bodde på {venue} mellan {date} och {date} (bokningsnr {bok}) och måste"
    " klaga. Rummet luktade rök och personen i receptionen, {first:1}, var otrevlig. Jag vill ha tillbaka"
    " {amount}.\nMed vänlig hälsning\n{full:2}\n{mob}",
    "gast|gastklagomal|Klagomål – {venue}\nNamn: {full:1}\nE-post: {mail}\nTelefon: {mob}\nAnkomst:"
    " {date}\nÄrende: Vi blev väckta kl {time} av gäster som festade i korridoren på plan {vaning}."
    " Nattportieren ({first:2}) gjorde ingenting.",
    "gast|gastklagomal|{full:1} skriver i en recension: 'Fick ett rum mot {street} trots att jag bett om"
    " tyst rum. Sov inte alls. Er kollega {first:2} lovade byte men inget hände.' Svar skickat {date} av"
    " {first:3}.",
    "gast|gastklagomal|Dear {venue},\nmy name is {full:1} and I stayed in room {rum} last week. My wallet"
    " was stolen from the room while I was at breakfast. The cleaner, I think her name was {first:2}, was"
    " the only one with a key. I have reported it to the police, case {case}. Please call me at"
    " {mob}.\nRegards, {first:1}",
    'gast|gastklagomal|Recension 2/5\n[[Ros]] och ris:\n"Personalen i receptionen var trevlig, särskilt'
    " {first:1}! Men grannarna i {rum} skrek hela natten och när jag ringde ner svarade ingen. Frukosten"
    ' kostar {amount} extra – inte värt det." – {nick:2}, {place}',
    "gast|gastklagomal|Till hotellchefen {sur:1}\n\nJag och min man {first:2} bodde hos er {date}. När vi"
    " kom tillbaka kl {time} stod en okänd man i vårt rum. Han sa att receptionen gett honom nyckel. Vi"
    " kräver en förklaring.\n\n{full:3}\n{addr}, {place}",
    "gast|gastklagomal|hej! jag heter {lowf:1} och hyrde en säng på ert vandrarhem {date}. nån stal min"
    " laddare och mina hörlurar ur skåpet. killen i receptionen sa att han heter {first:2} och att det inte"
    " var hans problem. ring mig {mob}",
    "gast|gastklagomal|Hello, this is {full:1} from room {rum}. The people next door ({first:2} and"
    " {first:3}, I heard them shout their names) have been fighting since {time}. Please send someone!! My"
    " number is {mob} if you can't reach the room phone.",
)
