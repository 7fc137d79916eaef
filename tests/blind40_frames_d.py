"""Frames of the fortieth blind corpus, fourth file: e-mails to the socialsekreterare, staff's chat and
SMS, and reports to the placing kommun (`role|style|template`; slots in tests/blind40_fill.py). Written by the
corpus's helper from how such notes look, without reading any other corpus's frames."""

FRAMES_D = (
    # mejl_soc: e-mails between the home and the social services
    "behandlare|mejl_soc|Hej {first:1}!\nVi vill informera om att {first:2} avvek från boendet {date} och kom"
    " tillbaka kl {time} samma kväll. Hen uppger att hen varit hos en kompis i {place}. Polis underrättad.\n"
    "Med vänlig hälsning\n{full:3}\n{home}\n{tel}",
    "hvb_chef|mejl_soc|Ämne: {first:1} – incident {date}\nTill: {mail}\nHej, kort sammanfattning:"
    " {first:1} och"
    " en annan boende ({first:2}) hamnade i slagsmål. [[Inga]] skador. Vi har pratat med båda. Ring mig gärna"
    " på {mob}.\n/{full:3}",
    "behandlare|mejl_soc|Hej socialsekreterare {sur:1},\ntack för senast. {first:2|g} mamma ({full:3}) har"
    " ringt"
    " flera gånger och varit hotfull mot personalen. Hon har nytt nummer: {mob}. Kan vi ta det på"
    " nätverksmötet {week}?\nHälsningar, {first:4}",
    "hvb_personal|mejl_soc|Re: Placering {full:1}\nHej! {first:1} har börjat på {venue} och trivs. Däremot"
    " har han"
    " umgåtts med {nick:2} som vi vet är aktiv i området kring {place}. Vi ser en risk. Mvh {full:3}",
    "stodboende|mejl_soc|Till {mail}\nKopia: {mail}\nBoende {full:1} har fått en varning från hyresvärden"
    " {org}"
    " för störning i {lgh}. Vi föreslår ett möte {date} kl {time}.\n{first:2}, boendestödjare",
    "hvb_chef|mejl_soc|Hej!\nBekräftar att {full:1} ({pnr}) skrivs ut från {home} den {date} och flyttar till"
    " pappa {full:2} på {addr}. Genomförandeplanen bifogas.\n{full:3}\nföreståndare",
    "socialsekreterare|mejl_soc|Från: {full:1} <{mail}>\nTill boendet\nKan ni säkerställa att {first:2}"
    " inte får"
    " besök av {full:3}? Kontaktförbud gäller, se beslut {date}. {first:2|g} mobil ska låsas in efter kl"
    " {time}.",
    "behandlare|mejl_soc|hej {lowf:1}, snabbt: {first:2} var på {venue} idag o fick kontakt med kurator"
    " {wsur:3}."
    " hon vill att ni ringer henne på {tel}. /{first:4}",
    # personalchatt: the staff's group chat and SMS
    "hvb_personal|personalchatt|[{time}] {first:1}: någon sett {first:2}? inte på rummet\n[{time}] {first:3}:"
    " hon sa att hon skulle till {place} med {nick:4}\n[{time}] {first:1}: ok ringer jouren",
    "nattpersonal|personalchatt|{lowf:1} här, {lowf:2} har låst sig på toa o vägrar komma ut. ringer"
    " {first:3}"
    " (bakjour) nu",
    "stodboende|personalchatt|Påminnelse: {first:1|g} möte med soc ({sur:2}) är flyttat till {date} kl {time}"
    " på {venue}. Kan nån skjutsa? Bilen {plate} står på {street}.",
    "hvb_personal|personalchatt|Polisen ringde, {first:1} sitter på stationen i {place} efter snatteri på"
    " {venue}. nån som kan åka? /{first:2}",
    "lss_personal|personalchatt|Hej alla! {first:1} är sjuk imorgon, {first:2} tar passet. {low:3} (ny"
    " vikarie)"
    " börjar tis, visa henne rutinerna 🙏 ring mig på {mob}",
    "hvb_personal|personalchatt|{first:1}: hörde du vad {first:2} sa om {nick:3}? nåt om att han ska ha en"
    " kniv"
    "\n{first:4}: ja skrev det i journalen o mejlade soc.sekr {sur:5}",
    "nattpersonal|personalchatt|natten lugn förutom {lowf:1} som kom in {time} med en kompis ({first:2},"
    " bor på"
    " {street}?). sa åt kompisen att gå. /{first:3}",
    "hvb_chef|personalchatt|INFO: {full:1} flyttar in i rum fyra den {date}. Hans mamma {full:2} får EJ komma"
    " hit, om hon dyker upp ring {tel} och polis. /{first:3}",
    # placerande: reports and letters to the placing kommun
    "hvb_chef|placerande|Månadsrapport till {plk}\nUngdom: {full:1}, {pnr}\nHandläggare: {full:2}\nSkola:"
    " {venue}, närvaro ca 60 %\nAvvikningar: två ({date} och {date})\nSärskilda händelser: polisanmälan,"
    " {case}",
    "behandlare|placerande|Uppföljning enligt vårdplan – {full:1}\n{first:1} har i stort sett följt planen"
    " {week}. Kontakt med pappa {full:2} en gång i veckan. Oro kring kamrater i {place}, bl.a. {nick:3}.",
    "hvb_chef|placerande|Till socialtjänsten i {plk}: vi säger upp placeringen av {full:1} med två veckors"
    " varsel från den {date}. Skäl: upprepat våld mot personal ({first:2}, {first:3}). Kontakt: föreståndare"
    " {full:4}, {tel}.",
    "stodboende|placerande|Rapport {week}\n{first:1} sköter sin {lgh} och har betalat hyran ({amount})."
    " Har sökt"
    " jobb hos {org}. Träffar handläggare {sur:2} på torsdag.",
    "hvb_personal|placerande|Hej {first:1} på {plk}!\nKort rapport om {first:2}: lugn vecka, pratat med"
    " sin mamma"
    " i telefon. Planerad hemresa {date} med {line}. {first:3} följer med till Centralen.\nMvh {first:4}",
    "hvb_chef|placerande|Händelserapport till placerande kommun ({plk})\nDen {date} omhändertogs {full:1} av"
    " polis ({case}) vid {venue}. Personal {full:2} följde med till stationen. Vårdnadshavare {full:3}"
    " kontaktad av oss.",
    "socialsekreterare|placerande|Anteckning {date}: telefonsamtal med {home}, personal {first:1}."
    " {first:2} mår"
    " bättre, har slutat röka. Uppgifter om att {first:2} lånat ut sitt bankkort till {full:3}. Följs upp.",
    "behandlare|placerande|SIP-möte {date} kl {time}. Närvarande: {full:1} (ungdom), {full:2} (mamma),"
    " {full:3} (BUP), {full:4} (skola), {full:5} (soc, {plk}), {first:6} (boendet).",
)
