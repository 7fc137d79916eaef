"""Frames of the fifty-fourth blind corpus, fourth file: the housing companies' work orders and caretakers'
notes (bostadsbolag), the kommun's äldreombud and anhörigstöd call logs (anhorigsamtal) and minutes and notes
from information meetings for pensioners (infomote). `role|style|template`; slots as in
tests/blind54_fill.py."""

from __future__ import annotations

FRAMES_D = (
    # ------------------------------------------------------------- bostadsbolag
    "fastighet|bostadsbolag|Ärendetyp: Misstänkt bedrägeri\nAdress: {addr}, {lgh}\nFastighet:"
    ' {fast}\nBeskrivning: Hyresgäst {comma:1} uppger att två personer i västar från "{org}" varit inne'
    ' och "kollat elen". Smycken saknas. Kvartersvärd {first:2} informerad.\nRegistrerad: {date}',
    "fastighet|bostadsbolag|Från kvartersvärd {full:1}: satt upp varningslappar i alla uppgångar på"
    ' {street} om falska "hyresvärdar" som knackar dörr och begär hyran kontant. {first:2} i nr sju hade'
    " betalat {amount}. Polisanmält ({case}).",
    "fastighet|bostadsbolag|{org} – störningsärende\nHyresgäst: {full:1}, {addr}\nFastighet: {fast}\nTel:"
    " {tel}\nÄrendetyp: Hot mot hyresgäst/bedrägeri\nBeskrivning: Okänd man har ringt på flera gånger och"
    " sagt sig vara från bostadsbolaget. Han vet hyresgästens namn och att hon bor ensam. Vi har aldrig"
    " skickat någon. Hyresgästens dotter {first:2} ({mob}) vill bli kontaktad.",
    "fastighet|bostadsbolag|Kostnad {amount} – byte av lås hos {full:1}, {lgh}, efter att nycklar lämnats"
    ' ut till "låssmed" som ringt och sagt att {org} skickat honom. Attest: förvaltare {sur:2}. Bolag:'
    " {org:2}",
    "fastighet|bostadsbolag|Hej {first:1}, boende på {street} ({wsur:2} i trean) berättade att en"
    ' "elektriker" försökt komma in i källaren och frågat efter äldre grannar. Kan du titta på kameran'
    " vid entrén från {date}? /{nick:3}, fastighetsskötare",
    "fastighet|bostadsbolag|Registrerad: {date} kl {time}\nFastighet: {fast}\nÄrendetyp:"
    ' Övrigt\nBeskrivning: Hyresgästen {low:1} har fått ett brev "från {org}" om återbetalning av hyra,'
    " med en länk för inloggning med BankID. Förfalskning. Kopia skickad till polisen. Kontakt:"
    " {mail}\nHandläggare: {full:2}",
    "fastighet|bostadsbolag|Nyckelkvittens saknas! {full:1} i {lgh} säger att hon lämnat sin nyckel till"
    ' en man från "hemtjänsten" som hette {first:2}. Hemtjänsten i {place} har ingen med det namnet. Bytt'
    " cylinder. Faktureras ej. /{init:3}",
    "fastighet|bostadsbolag|Inbrott förråd + bedrägeriförsök. Boende {full:1} ({aldre} år) på {addr},"
    " {place}, ringde jouren. En man hade ringt och sagt att förrådet brutits upp och att hon måste"
    ' "bekräfta med BankID". Förrådet var orört. Fastighet {fast}. Jourman {sur:2}.',
    # ----------------------------------------------------------- anhorigsamtal
    "aldreombud|anhorigsamtal|Samtal {date}, {time}. Inringare: {full:1}, son till {full:2} i {place}."
    ' Modern har betalat {amount} till en "advokat" som sagt att sonen orsakat en trafikolycka.'
    " Rådgivning: polisanmälan, kontakt med bank. Återkoppling {week}.",
    "aldreombud|anhorigsamtal|{full:1} (dotter) ringde: hennes mamma {first:2} i {place} har blivit"
    ' uppringd flera gånger av en man som säger sig vara "barnbarnet {first:3}" och behöver låna pengar.'
    " Mamman har inget barnbarn som heter så. Råd: byt nummer, spärrtjänst. Dotterns tel {mob}. Handl."
    " {sur:4}",
    "aldreombud|anhorigsamtal|Anteckning anhörigstöd\nAnhörig: {full:1}, {mob}\nGäller: make {full:2},"
    " {pnr}, {addr}\nMaken har demens och har gett sitt BankID till någon som ringde. Anhörig vill veta om"
    " framtidsfullmakt kan skydda. Hänvisad till {org} och {bank}.\nHandl. {first:3}",
    "aldreombud|anhorigsamtal|Återuppringning {date} till {first:1}: han och hustrun ({lowf:2}) har blivit"
    ' lurade av en man som sa att han var från {kommun} och erbjöd "gratis hemlarm". Mannen hette enligt'
    " dem {full:3}. Paret bor på {street}. Jag kontaktar kommunpolis {sur:4}.",
    "aldreombud|anhorigsamtal|Samtal från {wfirst:1}, granne till {full:2}. {first:2} har tagit ut {amount}"
    " i kontanter på {venue} flera dagar i rad, och grannen tror att någon pressar henne. Vi har inte"
    " samtycke att ringa {first:2} själv. Hänvisat till polisen, 114 14.",
    "aldreombud|anhorigsamtal|{caps:1} ringer för tredje gången om sin far {full:2} ({aldre} år) i"
    " {place}. Fadern har skickat"
    ' {amount} via Western Union till en "kvinna i USA" som han träffat på nätet och som kallar sig'
    " {first:3}. Romansbedrägeri. Polisanmälan gjord, ärende {case}.",
    "aldreombud|anhorigsamtal|Anteckning {date}\nRingde upp {full:1} på {tel} efter mejl från hennes"
    ' systerson {full:2}. Hon berättar att en "tekniker från {org}" installerat en app i hennes telefon.'
    " Råd: stäng av, kontakta banken. Jag mejlar {first:2} en sammanfattning på {mail}.",
    "aldreombud|anhorigsamtal|Kort logg:\n{time} {first:1} ({place}) – misstänkt falsk polis, inga pengar"
    " förlorade\n{time:2} {full:2} – har gett bort kort, spärrat nu, sonen {first:3} ringer banken\n{time:3}"
    " {low:4} – dörrförsäljare, oro\nSammanfattning till {first:5} på fredagsmötet.",
    # ------------------------------------------------------------------ infomote
    "sekreterare|infomote|Minnesanteckningar, informationsmöte {date} om bedrägerier,"
    " {venue}\nNärvarande: {full:1} ({org}), {full:2} (kommunpolis), {full:3} ({bank}), ett fyrtiotal"
    ' pensionärer\n§1 {first:2} berättade om "falska poliser" och visade statistik.\n§2 Frågor.'
    " {wfirst:4} frågade om BankID kan låsas.",
    "sekreterare|infomote|Protokoll, medlemsmöte i {org}\nDatum: {date}\nOrdförande: {full:1}\nSekreterare:"
    ' {full:2}\n§5 Bedrägerier. Kassören {wsur:3} berättade att han fått samtal från en "bankman" som'
    " ringde från {mob}. Mötet beslöt att bjuda in kommunpolisen till nästa möte.\nJusteras: {first:1}",
    "sekreterare|infomote|Anteckningar från träffen på {venue}:\n- {full:1} från {bank} visade hur en"
    " bedragare låter i telefon\n- {first:2} berättade om sin mamma som lurades på {amount}\n-"
    " Kommunpolisen {sur:3} uppmanade alla att spara numret 114 14\n- Nästa träff {date}\nAntecknat av"
    " {lowf:4}",
    'sekreterare|infomote|Frågor från publiken (renskrivet):\n{first:1}: "Kan de verkligen ringa från'
    ' bankens riktiga nummer?" – Ja, det kallas spoofing.\n{full:2}: "Min man {first:3} fick ett brev'
    ' från {org} som såg äkta ut." – Kontrollera alltid avsändaren.\n[[Ring]] alltid tillbaka själv, sa'
    " {full:4}.",
    "sekreterare|infomote|Seniormässa på {venue} {week}\nMonter: kommunens trygghetsfunktion ({first:1},"
    " {first:2}) och {org}. Många frågor om BankID och Swish. En besökare, {full:3}, berättade att hon"
    " blivit av med {amount}. Hon fick kontaktuppgifter till {org:2}.",
    "sekreterare|infomote|Planering inför temadag om trygghet för äldre {date}\nAnsvariga: {full:1}"
    " ({kommun}), {full:2} (polisen), {full:3} ({org})\nLokal: {venue}, närmast med {line}\nFika:"
    " {first:4} ordnar.",
    "sekreterare|infomote|{full:1}, ordförande i {org}, inledde med att berätta om grannen {wfirst:2} som"
    " {date} tömdes på sina"
    ' sparpengar. "Han skämdes så mycket att han inte sa något på en månad." {full:3} från'
    " Brottsofferjouren berättade om stöd.",
    "sekreterare|infomote|Utvärdering av mötet {date}\nTrettiotvå deltagare, de flesta från {place}. Positiva"
    " kommentarer om {first:1} från {bank}. Önskemål: fler träffar i {place:2}, gärna dagtid så att man"
    " hinner hem med {line}. /{full:2}, {org}",
)
