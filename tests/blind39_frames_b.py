"""Frames of the thirty-ninth blind corpus, second file: web-chat logs, ticket histories and forwarded
e-mail chains. `role|style|template`; slots as in tests/blind39_fill.py."""

from __future__ import annotations

FRAMES_B = (
    # ---------------------------------------------------------------- chatt: the kommun's web chat
    "chattagent|chatt|[kl {time}] Besökare: hej, det är en massa ungdomar som bråkar vid {venue}, en heter"
    " {first:2} och han har kniv tror jag\nAgent {first:1}: Hej! Om det pågår just nu ring 112. Vill du"
    " lämna namn och nummer?\nBesökare: {low:3} {mob}\nAgent {first:1}: Tack, jag skickar det till"
    " fältgruppen och polisen.",
    "chattagent|chatt|Chattlogg {date}\nKund: Hej, bilen {plate2} har stått på vår gård i {place} sen i"
    " somras\nKC ({first:1}): Hej! Vet du adressen?\nKund: {addr}, jag heter {full:2}\nKC ({first:1}): Tack"
    " {first:2}, jag gör en felanmälan till trafikenheten.",
    "invanare|chatt|Besökare: tja. vill tipsa om att det langas vid {venue} varje kväll\nAgent: Hej, tack"
    " för tipset. Vet du vem?\nBesökare: alla kallar honom {nick:1}. han kör {plate} och bor typ på"
    " {street}\nAgent: Okej. Vill du lämna kontaktuppgifter?\nBesökare: nej\nAgent {full:2}: Jag lämnar det"
    " vidare till polisen.",
    "chattagent|chatt|{first:1} (kontaktcenter): Hej och välkommen, vad kan jag hjälpa till med?\nBesökare:"
    " Hej jag heter {full:2}, min granne {sur:3} skriker och slår i väggarna varje natt i {lgh}\n{first:1}"
    " (kontaktcenter): Oj, det låter jobbigt. Om du är orolig för någon, ring 112. Jag skickar ärendet till"
    " {org}.\nBesökare: tack. mitt nummer {mob}",
    "chattagent|chatt|Chatt – ämne: Trygghet\n> {lowf:1}: hej e det ni som fixar lampor?? de e helt mörkt"
    " vid {place} sen {date}\n> KC: Hej! Ja, vi tar emot felanmälan. Vilken gata?\n> {lowf:1}: {street}"
    " bakom {venue}\n> KC {init:2}: Tack, ärende {arende} skapat.",
    "invanare|chatt|Besökare (ej inloggad): Det står en tom bil med norska skyltar och en till, {plate},"
    " utanför {venue} sen {week}\nAgent: Tack, jag skapar ett ärende. Vill du ha återkoppling?\nBesökare:"
    " ja, {mail}\nAgent: Toppen. Handläggare {sur:1} på trafikenheten tar det.\nBesökare: tack! /{first:2}",
    "faltassistent|chatt|Intern chatt KC ↔ fältgruppen\n{first:1}: hej {first:2}, fick ett samtal om"
    " {antal} ungdomar vid {venue} ikväll, en ska vara {full:3} som ni känner till?\n{first:2}: japp, vi"
    " åker dit kl {time}. Vet du om {nick:4|g} gäng var med?\n{first:1}: nämndes inte",
    "chattagent|chatt|Agent {wfirst:1}: Hej, du chattar med Kontaktcenter.\nBesökare: hej. klottret på"
    " {venue} är tillbaka, samma som förra veckan\nAgent {wfirst:1}: Tack! Var det du som ringde {date},"
    " {full:2}?\nBesökare: ja\nAgent {wfirst:1}: Då lägger jag till i samma ärende ({arende}). [[Inga]] nya"
    " foton?\nBesökare: nej",
    # ---------------------------------------------------------------- arendehistorik: a ticket's history
    "handlaggare|arendehistorik|Ärende {arende} – Belysning ur funktion\n{date} kl {time} Registrerat av"
    " {comma:1} (KC)\nTilldelat: Gatukontoret, {full:2}\nKommentar: lampa 14 och 15 vid {street}"
    " släckta\nStatus: Åtgärdat – armatur bytt",
    "handlaggare|arendehistorik|Historik\n#1 Inkommit via telefon från {full:1}, {mob}. Ungdomar i källaren"
    " {addr}.\n#2 Vb till {org}, fastighetsvärd {sur:2}.\n#3 {sur:2} svarar: lås bytt, kameror"
    " övervägs.\n#4 Återkoppling till {first:1} gjord, ärendet avslutat {date}.",
    "handlaggare|arendehistorik|ÄRENDELOGG\nSkapad: {date}\nAnmälare: {caps:1}\nPnr: {pnr}\nKategori:"
    " Störande grannar\nFastighet: {fast}, {lgh}\nHandläggare: {full:2}\nLogg: ringt upp anmälaren, ej"
    " svar. sms skickat till {mob}.",
    "handlaggare|arendehistorik|{date} – ärendet öppnat av {first:1} efter mejl från {full:2}\nsamma dag –"
    " vb polisen (kommunpolis {full:3}), misstänkt narkotikaförsäljning vid {venue}\nveckan efter – polisen"
    " bekräftar att de har fler tips, diarienr {case}\nhandläggare {sur:4} på soc informerad\nstängt,"
    " ingen ytterligare åtgärd från KC",
    "gatukontoret|arendehistorik|Arbetsorder {arende}\nUtförare: {org}\nBeställare: Kontaktcenter /"
    " {init:1}\nObjekt: klotter på gångbro vid {place}\nSanerat: {date}, ca {amount}\nKommentar från"
    " montör {first:2}: nytt klotter redan dagen efter, samma tag",
    "handlaggare|arendehistorik|Händelser i ärendet:\n– inkom via webbformulär ({lowf:1}, {mail})\n– KC"
    ' ({first:2}) bad om mer info om platsen\n– {lowf:1} svarar: "vid {venue}, bakom containrarna"\n– vb'
    " {org} + fältgruppen\n– fältgruppen ({full:3}) har varit på plats {date}, inga ungdomar",
    "handlaggare|arendehistorik|Ärende: Övergivet fordon\nRegnr: {plate}\nPlats: {street}\nFastighet:"
    " {fast}\nHistorik:\n-"
    " Anmält av {full:1} ({tel})\n- Lapp satt på bilen {date}\n- Ägare enligt vägtrafikregistret: {full:2},"
    " {addr}\n- Flyttad till uppställningsplats efter {antal} dagar",
    "handlaggare|arendehistorik|Status ändrad: Pågående → Avslutat\nAv: {comma:1}\nNotering: pratat med"
    " fastighetsvärden {wsur:2} som säger att porten vid {addr} nu är lagad. Anmälaren {full:3} informerad"
    " per telefon {mob}. Ärendet avslutas.",
    # ---------------------------------------------------------------- vidarebefordran: forwarded chains
    "handlaggare|vidarebefordran|Hej {first:2}!\nVidarebefordrar detta till er på fältgruppen, verkar gälla"
    " samma grupp som vid {venue}.\n/{first:1}, Kontaktcenter\n\n---------- Vidarebefordrat meddelande"
    " ----------\nFrån: {full:3} <{mail}>\nDatum: {date}\nÄmne: ungdomar\n\nHej, varje kväll runt kl {time}"
    " samlas ett gäng utanför min port på {street}.",
    "handlaggare|vidarebefordran|Till: polisen ({full:2})\nKopia: {org}, förvaltare {sur:4}\nÄmne: VB:"
    " Tips om"
    " narkotikaförsäljning\n\nHej,\nvi har fått in nedanstående tips via e-tjänsten. Tipsaren vill vara"
    " anonym men har lämnat nummer {mob}.\n\n> Det säljs från en bil, {plate2}, vid {place} varje kväll."
    " Föraren kallas {nick:3}.\n\nMvh {full:1}\nKontaktcenter, {kommun}",
    "handlaggare|vidarebefordran|VB: Sv: Klotter i {place}\n\nHej igen {first:1}, gatukontoret säger att"
    " det ligger på fastighetsägaren. Skickar vidare till {org}.\n\n{full:2}\nHandläggare\nKontaktcenter\n"
    "Tel {tel}\n\nFrån: {full:1}\nSkickat: {date}\nKlottret på fasaden vid {addr} är fortfarande kvar!!",
    "gatukontoret|vidarebefordran|Från: {full:1}, Gatukontoret\nTill: Kontaktcenter\nÄmne: SV: Ärende"
    " {arende}\n\nHej! Belysningen vid {venue} är lagad, men kabeln var avklippt så det är skadegörelse."
    " Polisanmält, {case}. Kan ni meddela anmälaren {full:2}?\n\n[[Hälsningar]]\n{first:1}",
    "fastighetsvard|vidarebefordran|Hej kontaktcenter,\nsvar från {org} angående ert ärende om {addr}: vi"
    " har pratat med hyresgästen {full:1} i {lgh} och gett en skriftlig varning för störningar. Vid fler"
    " klagomål kontakta mig direkt.\n\nMed vänlig hälsning\n{full:2}\nBovärd\n{mob}",
    "handlaggare|vidarebefordran|FW: Oro för ungdom\n\n{first:1}, kan du titta på detta? Ser ut som"
    " socialtjänstärende snarare än KC.\n\n>> Min sons kompis {full:2} ({ung} år) sover i trapphuset på"
    " {street} flera nätter, tror han blir utnyttjad av äldre killar. Jag heter {full:3},"
    " {mob}.\n\n/{init:4}",
    "polis|vidarebefordran|Hej,\nvi har tagit emot ert tips (er ref {arende}) om {venue} och registrerat det"
    " under {case}. Kontaktpersonen {full:2} ({snr}) behöver inte höras i"
    " nuläget.\n\nMvh\n{full:1}\nKommunpolis\n"
    "{mob}",
    "handlaggare|vidarebefordran|Hej {sur:1}!\nSkickar över ännu ett klagomål på bilen i {place}. Nu har"
    " även {full:2} hört av sig. Regnr enligt henne {plate}, men jag tror det är fel (förra anmälan sa"
    " {plate2}).\nKan trafikenheten ta det {week}?\n/ {first:3}",
)
