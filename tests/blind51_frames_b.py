"""Frames of the fifty-first blind corpus, part b: the kommun's transport office's notes (skjutslogg),
parents' e-mails (foraldramejl) and the office's replies (kommunsvar). `role|style|template`; the slots are
tests/blind51_fill.py's."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # skjutslogg: the skolskjuts office's case notes
    "skjutshandl|skjutslogg|{date} kl {time} Samtal från {full:1} (mamma till {first:2}, {klass} på"
    " {school}). {first:2} blev inte hämtad i morse på {addr}. Kontaktat {company} – föraren hade fel"
    " lista. Åtgärd: ny lista skickad. /{init:3}",
    "skjutshandl|skjutslogg|Ärendelogg skolskjuts\n{date}: Mejl från pappa {sur:1} ({mail}) om att sonen"
    " blir retad av {full:2} i taxin.\n{date}: Pratat med rektor {sur:3}, skolan tar det med båda"
    " familjerna.\n{date}: Uppföljning, lugnt enligt föraren {first:4}.",
    "skjutshandl|skjutslogg|Anteckning {date}\nTelefon från {full:1}, {tel}. Klagar på att chauffören på"
    " {route} ({car}) röker i bilen innan barnen kliver in. Gäller troligen {init:2}. Skickat till"
    " {company} för åtgärd.\n– {first:3}, skolskjutsenheten",
    "skjutshandl|skjutslogg|{lowf:1} ringde igen ang. {low:2}, vill att hon ska få åka ensam pga att"
    " {first:3} hotat henne i bilen. beviljat tillfälligt t.o.m. {week}. {company} informerat, ny tid kl"
    " {time} från {addr}",
    "skjutshandl|skjutslogg|Beslut skolskjuts – {full:1}, {pnr}\nBeviljas skolskjuts {place} – {school}"
    " läsåret 2026/27 pga trafikfarlig väg ({street}). Bostad: {fast}. Hämtplats: {stop}. Handläggare:"
    " {full:2}\nDnr BUN 2026/{forarid}",
    "skjutshandl|skjutslogg|{date} {full:1} i {klass} har vid tre tillfällen sparkat på förarens stol och"
    " skrikit 'jag ska döda dig' till {first:2}. Vårdnadshavare {sur:3} kallas till möte den {date} kl"
    " {time}. Ev. avstängning från skolskjutsen enligt riktlinjerna.",
    "skjutshandl|skjutslogg|Notering: elevens mamma {first:1} ({mob}) meddelar att {first:2} inte får"
    " lämnas till pappan {full:3} – kontaktförbud, polisanmälan {case}. Adress för hämtning ändras till"
    " {addr}, {lgh}. Info till förare på {route} och till {school}.",
    "skjutshandl|skjutslogg|Inkommet {date} från {org}: boende på {pstreet} klagar på att skoltaxin står"
    " på tomgång kl {time}. Föraren (bil {plate}) heter enligt bolaget {full:1}. Vi ber {company} ta det."
    " Svar skickat till {full:2}, {mail}.",
    # foraldramejl: e-mails from parents and guardians
    "vardnadshavare|foraldramejl|Hej!\nMin dotter {first:1} ({klass}) kom hem gråtande igen idag."
    " {full:2} och {first:3} i taxin säger fula saker om hennes hudfärg och {first:2} har tagit hennes"
    " mobil. Jag vill att ni gör något NU.\n\nMvh {full:4}\n{mob}",
    "vardnadshavare|foraldramejl|Ämne: skolskjuts {route}\n\nHej, jag heter {full:1} och är pappa till"
    " {full:2}. Taxin kom inte den {date} och {first:2} stod och frös vid {stop} i {minuter} minuter. Det"
    " var minus 20. Föraren svarade inte. Vem ansvarar?\n{first:1}",
    "vardnadshavare|foraldramejl|hej\nvi har flyttat till {addr} i {place} så {lowf:1} ska [[bo]] hos mig"
    " och hämtas här från {week}. skola samma ({school}). min nya mail är {mail}\nmvh {low:2}",
    "vardnadshavare|foraldramejl|Till {full:1} på skolskjutsen\nJag vill anmäla föraren i bil {plate2},"
    " han heter {first:2} tror jag. Han skrek åt min son {first:3} och släppte av honom 500 meter från"
    " {school} i mörkret. Jag har pratat med {full:4} på {company} men inget händer.\nMvh\n{caps:5}",
    "vardnadshavare|foraldramejl|Hej {first:1}!\nTack för svaret. {first:2|g} pappa {full:3} får INTE"
    " hämta henne, det finns beslut från tingsrätten. Hans bil är en svart Volvo {plate}. Om han dyker"
    " upp vid {school} ring mig direkt på {mob}.\n//{full:4}",
    "vardnadshavare|foraldramejl|Hej. Min son {wfirst:1} ({ung} år, autism) åker skolskjuts till"
    " {school}. I går slog en annan elev, {full:2}, honom i bilen och föraren gjorde ingenting."
    " {wfirst:1} vägrar åka nu. Jag har pratat med mentor {sur:3}. /{full:4}, {tel}\n\nSkickat från min"
    " iPhone",
    "vardnadshavare|foraldramejl|Hej skolskjutsen\nvarför får {first:1} inte åka med {nick:2} längre?? de"
    " har åkt ihop i 3 år. {nick:2} bor på {addr} bara 200 m ifrån oss. snälla ring {mob}\n{first:3}"
    " (mamma)",
    "vardnadshavare|foraldramejl|Angående incident {date}\nMin dotter {full:1}, {pnr}, blev tafsad på av"
    " en äldre elev ({full:2}, {klass}) i skoltaxin mellan {place} och {school}. Jag har polisanmält,"
    " ärendenummer {case}. Jag kräver att de inte åker i samma bil.\nMed vänlig hälsning, {full:3},"
    " {addr}",
    # kommunsvar: the office's replies to parents and passengers
    "skolskjutsenhet|kommunsvar|Hej {full:1},\ntack för ditt mejl om {first:2}. Vi har pratat med"
    " {company} och föraren på {route} är informerad om att {first:2} ska hämtas vid {stop} från och med"
    " den {date}. Hör av dig om något fortfarande inte fungerar.\n\nVänliga hälsningar\n{full:3}\n"
    "Trafikhandläggare, {kommun}\n{tel}",
    "skolskjutsenhet|kommunsvar|Hej!\nVi har tagit emot er synpunkt (diarienr {forarid}). Chauffören du"
    " beskriver har vi identifierat som {init:1}. {company} har haft samtal med föraren och han kör inte"
    " längre {route}. Vi ber om ursäkt för det {first:2} har varit med om.\nMed vänlig hälsning\n{full:3}",
    "skolskjutsenhet|kommunsvar|Svar till {full:1}\nDin ansökan om skolskjuts för {full:2} ({klass}) från"
    " {addr} till {school} har beviljats. Eleven hämtas kl {time} vid {stop}. Ansvarigt trafikbolag:"
    " {company}, telefon {tel}.\nBeslutet kan överklagas inom tre veckor.\n{full:3},"
    " skolskjutshandläggare",
    "skolskjutsenhet|kommunsvar|Hej {first:1}\nJag förstår att det har varit jobbigt för {first:2}."
    " Skolan och {company} har nu ett gemensamt upplägg: {first:2} sitter fram hos föraren och {full:3}"
    " åker i en annan bil på {route} under {week}. Vi följer upp den {date}.\n/{first:4} på skolskjutsen,"
    " {mob}",
    "skolskjutsenhet|kommunsvar|Re: Taxin kom inte\n\nHej {full:1}! Jag har kollat med {company}. Bilen"
    " ({car}) blev försenad p.g.a. halka på {street} och kom {minuter} min sent. Det är inte okej att"
    " föraren inte ringde. Vi har påmint dem om rutinerna. Kostnad för din egen taxi, {amount}, ersätts"
    " mot kvitto.\n//{caps:2}",
    "skolskjutsenhet|kommunsvar|Hej!\nVi har fått ditt klagomål gällande eleven {full:1} som enligt dig"
    " hotat din son {first:2} med kniv i skolskjutsen. Det här är allvarligt. Vi har lämnat uppgifterna"
    " till rektor {full:3} på {school}, och ni kan också göra en polisanmälan på 114 14.\nHälsningar"
    " {full:4}",
    "skolskjutsenhet|kommunsvar|Till vårdnadshavare för {full:1}\nFrån och med den {date} ändras"
    " hämtningstiden på {route} till kl {time}. Hämtning sker vid {stop}. Vid frågor ring"
    " skolskjutsenheten {tel} eller mejla {mail}.\nMvh {first:2}, {kommun}",
    "skolskjutsenhet|kommunsvar|Hej {lowf:1}\nkort svar: {first:2} har rätt till skolskjuts från båda"
    " adresserna ({addr} och {fast}) eftersom ni har växelvis boende. Jag lägger in det i systemet idag."
    " {company} får ny lista den {date}.\n/{first:3}",
)
