"""Frames E of the seventy-sixth blind corpus (tests/blind76_corpus.py):
the culture house's fault report, the meeting minutes and the visitor's complaint;
eight frames per style, each `role|style|template` (slots: tests/blind76_fill.py).
"""

from __future__ import annotations

FRAMES_E = (
    (
        "vaktmastare|kulturhus_felanmalan|Felanmälan nr {antal}\nFastighet: {fast}\nByggnad: "
        "{venue}\nPlats i huset: {room}, {floor}\nFel: sönderslagen spegel och klotter\nAnmäld "
        "av: {full:1}, {tel}\nTrolig orsak: ungdomsgäng, enligt {first:2} bl.a. {lowf:3}"
    ),
    (
        "kulturhuschef|kulturhus_felanmalan|Felanmälan till {org}\nFastighet: {fast}\nAdress: "
        "{addr}\nObjekt: {venue}\nBeskrivning: nödutgången mot {street} har brutits upp tre "
        "nätter i rad ({week}). Vi misstänker att {full:1} och {full:2} tar sig in och sover i "
        "{room}.\nKontakt: {full:3}, {mail}"
    ),
    (
        "vaktmastare|kulturhus_felanmalan|FEL: belysningen i trappan till {floor} ur funktion "
        "sedan {date}. Besökaren {full:1} snubblade och slog i knät, hens sambo {full:2} ringde "
        "och klagade ({mob}). Åtgärd beställd av {first:3}."
    ),
    (
        "receptionist|kulturhus_felanmalan|Skada: toalett i {room} igensatt med toapapper och en "
        "bok ({title}). Tredje gången denna månad. Sågs: {low:1} och {lowf:2}, båda runt {ung} "
        "år. Vaktmästare {wsur:3} informerad. Kostnad rörmokare {amount}."
    ),
    (
        "vaktmastare|kulturhus_felanmalan|Ärende: skadegörelse hiss\nByggnad: {venue} "
        "({fast})\nHissen mellan {floor} och källaren stoppad, någon har bänt upp "
        "dörren\nRapporterat av: vaktmästare {full:1}\nMisstänkt enligt kamera: {full:2} (ej "
        "bekräftat)\nPolisanmälan: {case}"
    ),
    (
        "kulturhuschef|kulturhus_felanmalan|Till fastighetsägaren ({org})\nVi har problem med att "
        "ytterdörren mot {pstreet} inte går i lås. Under {event} kom obehöriga in, bland dem "
        "{full:1} som har tillträdesförbud. Vår kontakt hos er är {full:2} – hen nås på "
        "{mob}.\nMvh {full:3}, {venue}"
    ),
    (
        "vaktare|kulturhus_felanmalan|felanmälan via app\nplats: {venue}, {room}\nfel: fönster "
        "krossat\nnär: natt mot {date}\nanmälare: {lowf:1} ({org})\nnotering: {full:2} ({ung}) "
        "och hans kompis {nick:3} sågs vid {place} strax innan"
    ),
    (
        "vaktmastare|kulturhus_felanmalan|Felanmälan {date}\nVem: {full:1}, vaktmästare, "
        "{tel}\nVar: {venue}, {floor} (Sagohörnan)\nVad: bokhylla vält, troligen när {first:2} "
        "och {first:3} klättrade på den under {event}\nKostnad: ca {amount}\nBil för hämtning av "
        "möbler: {plate}"
    ),
    (
        "samordnare|mote_protokoll|Protokoll trygghetsgruppen kultur {date}\nNärvarande: {full:1} "
        "(ordf.), bibliotekschef {sur:2}, {full:3}, kommunpolis {sur:4}\n§ 1 Läget på {venue}: "
        "fortsatt oro kring {room} på kvällarna\n§ 2 {full:5} (tillträdesförbud) har setts vid "
        "{place}\n§ 3 Nästa möte {week}"
    ),
    (
        "kulturhuschef|mote_protokoll|Minnesanteckningar, arbetsplatsträff {venue}\nDatum: "
        "{date}\nDeltagare: {first:1}, {first:2}, {first:3}, {wfirst:4}, {first:5}\n1. {first:2} "
        "berättade om händelsen med {full:6} i {room}\n2. Nya öppettider: {hours}\n3. Vakt under "
        "{event} – {first:1} kollar med {org}"
    ),
    (
        "samordnare|mote_protokoll|Samverkansmöte kultur–polis–fastighet\nTid: {date} kl "
        "{time}\nPlats: {room}, {venue}\nNärvarande: {caps:1} ({org}), {full:2} ({kommun}), "
        "polisinspektör {sur:3}\n\nBeslut: {first:2} tar fram underlag om tillträdesförbud för "
        "{full:4}. Ärendet hos polisen: {case}."
    ),
    (
        "bibliotekschef|mote_protokoll|Protokoll biblioteksledning {week}\n§ 4 Incidenter\n– "
        "{full:1} hotade personal i {room}, polisanmält ({case})\n– {low:2} har återkommande "
        "stört vid {event}\n– {full:3} (låntagare) har skuld på {amount} och har blivit otrevlig "
        "vid disken\n§ 5 Övrigt: {first:4} slutar {date}"
    ),
    (
        "samordnare|mote_protokoll|Anteckningar BRÅ-gruppen {kommun}, möte {date}\n{full:1} "
        "redogjorde för läget vid {venue} och {place}. Ungdomar samlas vid hållplatsen för {line} "
        "efter stängning. Namn som återkommer i rapporterna: {full:2}, {full:3} och en som kallas "
        "{nick:4}. {first:5} från {org} föreslår nattvandring fredagar."
    ),
    (
        "kulturhuschef|mote_protokoll|APT {date}\nNärvarande: {init:1}, {init:2}, {full:3}\n1. "
        "Säkerhet: vaktbolaget byts till {org} från {week}\n2. Händelse: {first:3} blev knuffad "
        "av {full:4} i foajén vid {event}\n3. Kamerabevakning {floor}: offert {amount}"
    ),
    (
        "bibliotekschef|mote_protokoll|Beslut i ärende om tillträdesförbud\nSökande: {venue} "
        "genom {full:1}\nPerson: {comma:2}, {snr}\nFolkbokförd: {addr}, {lgh}\nBakgrund: hot mot "
        "personal {date} och {date}, se polisanmälan {case}\nBeslut: tillträdesförbud i sex "
        "månader. Personen underrättas av enhetschef {wsur:3}."
    ),
    (
        "samordnare|mote_protokoll|Uppföljning insats {place}\nInsats: vakt kvällstid vid {venue} "
        "({week} – {week})\nResultat: färre incidenter. {full:1} rapporterar att {first:2} och "
        "{nick:3} inte synts sedan {date}.\nKostnad: {amount}\nAnsvarig: {full:4}"
    ),
    (
        "receptionist|besokarklagomal|SYNPUNKT/KLAGOMÅL\nNamn: {full:1}\nE-post: {mail}\nTelefon: "
        "{mob}\nGäller: {venue}\nSynpunkt: Jag satt i {room} och försökte plugga men en grupp "
        "killar, en kallades {nick:2}, spelade musik högt. Personalen ({first:3}) gjorde inget!!"
    ),
    (
        "bibliotekarie|besokarklagomal|Hej, jag heter {full:1} och var på {event} i {venue} igår "
        "med mitt barn {first:2}. Vakten {sur:3} var otrevlig och knuffade {first:2}. Jag vill ha "
        "ett svar. Min adress är {addr}, {lgh} om ni vill skicka brev. {first:1}"
    ),
    (
        "museivard|besokarklagomal|Klagomål inkommet via formulär\nFrån: {caps:1}\nBesöksdatum: "
        '{date}\nUtställning: {expo}\nText: "Värden {first:2} var otrevlig mot min dotter '
        '{first:3} när hon bara ville ta en bild. Entrén kostade {amount} för detta!"\nSvar '
        "skickat av {full:4}"
    ),
    (
        "bibliotekarie|besokarklagomal|klagomål från besökare (per telefon, {tel}): {full:1} "
        "säger att {lowf:2} och andra tonåringar hånat hennes barn i {room} på {venue}. Vill att "
        "biblioteket anmäler. Lovat återkoppling inom en vecka. /{first:3}"
    ),
    (
        "receptionist|besokarklagomal|Synpunkt nr {antal} – {venue}\nInlämnad av: {comma:1}, "
        '{mob}\n"Varför får den där mannen, {full:2}, sitta i {room} hela dagarna och prata högt '
        "i telefon? Han tar {line} hem till {place} men är här varje dag från kl "
        '{time}."\nBesvarad av: {first:3}'
    ),
    (
        "kulturhuschef|besokarklagomal|Svar på klagomål\nHej {full:1},\ntack för ditt mejl om "
        "{event}. Vi beklagar att du och {first:2} upplevde köerna vid {place} som otrygga. "
        "Vakten {sur:3} har fått ta del av dina synpunkter. Biljetterna ({amount}) återbetalas "
        "till ditt konto.\nVänliga hälsningar\n{full:4}\n{venue}"
    ),
    (
        "bibliotekarie|besokarklagomal|Låntagare {full:1} (kortnr borttaget, pnr {pnr}) klagar på "
        "att hen fått en räkning på {amount} för en bok hen säger sig ha lämnat: {title}. Boken "
        "hittades senare i {room}. {first:1} vill ha en ursäkt. Ärendet tas av {first:2}."
    ),
    (
        "receptionist|besokarklagomal|Från webbformuläret, {date}\nNamn: {full:1}\nÄrende: "
        'Tillträdesförbud\n"Jag har fått tillträdesförbud på {venue} men det var {full:2} som '
        "startade bråket, inte jag. Fråga {first:3} som jobbar där. Ring mig på {mob}, jag bor på "
        '{addr}."'
    ),
)
