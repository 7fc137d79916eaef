"""Frames of the tenth blind corpus, part B: Händelse cells of upcoming events, status comments on measures,
Rapportör cells, check-in notes, school notes and e-mails pasted into a cell (tests/blind10_corpus.py
explains the syntax). Written by the corpus's writer."""

FRAMES_B = """
samordnare|handelse
Valborgsfirande vid {INST} den {DATE}. Ansvarig från kommunen är {A}, nås på {MOB}. Polisen
närvarar med två patruller. Brasan tänds kl {TIME}.

fritidsledare|handelse
Skolavslutning den {DATE}. Fältgruppen och {ORG} går ut från kl {TIME}. Kontakt under kvällen:
{A.f} ({MOB}) eller {B.f}.

samordnare|handelse
Halloween {WEEK}: förra året kastades ägg mot bussar på {BUS}. {ORG} sätter in extra personal.
Samordnare {A.s} sammankallar möte {DATE}.

kommunpolis|handelse
Match {INST} mot {PLACE} den {DATE}, avspark kl {TIME}. Risk för supporterbråk vid stationen.
Kontaktperson polisen: {A}, {TEL}.

samordnare|handelse
Nyårsafton: fyrverkerier riktade mot människor förra året i {PLACE}. Fältare {A.f} och
{B.f} jobbar till kl {TIME}. Nattvandrare från {ORG} finns på plats.

fritidsledare|handelse
Fritidsgården {INST} har öppet hus {DATE} med grillning. Ansvarig {A}. Föräldrar som vill
hjälpa till kan maila {MAIL}.

samordnare|handelse
Eid-firande i parken vid {STREET} den {DATE}. Föreningen har kontaktperson {A} ({MOB}).
Inga särskilda risker bedöms. <word:Klara> besked om tillstånd från polisen.

rektor|handelse
Studentutspringet på {INST} den {DATE} kl {TIME}. Vi behöver två väktare vid entrén. Kontakt
biträdande rektor {A.s}, {TEL}.

kommunpolis|handelse
Demonstration anmäld till {PSTREET} den {DATE}. Arrangör {A}. Polisen bedömer att det blir lugnt.
Tillstånd {CASE}.

samordnare|handelse
Sommarlovsaktiviteter startar {WEEK} vid {INST}. Sommarjobbande ungdomar leds av {A} och
{W}. Kostnad för kommunen {AMOUNT}.

fritidsledare|handelse
Musikkväll den {DATE} på {INST}. {A.f} från 9C uppträder. Förra gången blev det trängsel vid
entrén, så vi vill ha väktare. /{B.f}

samordnare|handelse
Marknadsdag på torget i {PLACE} den {DATE}. {ORG} har stånd. Kontakt {A} på {MAIL}.
Erfarenhetsmässigt lugnt, men ficktjuvar förekommer.

kommunpolis|handelse
Besök av {A} från Brå den {DATE}, kl {TIME} i kommunhuset. Vi visar lägesbilden för {PLACE}.
Kommunpolis {B.s} håller i dragningen.

samordnare|insats
Pågående. Extra belysning vid {PSTREET} monterad {WEEK}. {ORG} har bekostat, {AMOUNT}.
Uppföljning med boende {A} och {B} visar att de upplever det tryggare.

samordnare|insats
Planerad: kameror i trapphusen på {STREET}. Beslut hos {ORG} väntas {DATE}. Ansvarig
{A.s} återkommer. Boende {B} har varit kritisk.

fritidsledare|insats
Slutförd: förlängda öppettider på {INST} fredagar till kl {TIME}. Personal {A.f}, {B.f}
och {W}. Besöksantalet ökade, inga incidenter.

samordnare|insats
Pågående insats i {PLACE}: nattvandring fredag–lördag. {A} samordnar, ca 12 vuxna. {A.f}
rapporterar att ungdomarna känner igen dem nu. Nästa avstämning {WEEK}.

kommunpolis|insats
Riktad trafikkontroll på {STREET} {WEEK} efter klagomål om mopeder. 14 rapporter.
En förare, {A} (17), hade körkort indraget. Insatsledare {B.s}.

samordnare|insats
Status: buskröjning längs {PSTREET} slutförd {DATE}. Fastighetsskötare {V} och
{A} gjorde jobbet. Kostnad {AMOUNT}. Boende nöjda.

rektor|insats
Pågår: vuxna i korridorerna på raster. Lärarna {A.s} och {B.s} har schema.
Sedan den {DATE} inga slagsmål. Fortsätter terminen ut.

samordnare|insats
Pausad. Mötesplatsen i {PLACE} stängd för renovering. {A} från {ORG} letar ny lokal.
<word:Max> 30 personer i tillfällig lokal på {INST}.

fritidsledare|insats
Slutförd: föräldramöte om knivar, {DATE}. Ca 40 föräldrar kom. {A} från polisen och
{W} från socialtjänsten pratade. <word:Ros> från många föräldrar efteråt.

samordnare|insats
Planerad: samtal med familjen till {A} efter upprepade incidenter vid {INST}. Socialsekreterare
{B.s} och fältare {C.f} deltar. Planerat till den {DATE}.

bovard|insats
Pågående: låsbyte i alla förråd på {ADR} och {ADR}. {ORG} utför, klart {WEEK}.
Kostnad {AMOUNT}. Frågor till {A}, {TEL}.

samordnare|insats
Avslutad. Grannsamverkan startad i {PLACE} med {A} som kontaktombud. Skyltar uppsatta på
{STREET}. Kommunpolis {B.s} höll utbildning.

samordnare|rapportor
{A}, fältgruppen {PLACE}

samordnare|rapportor
Fältassistent {A} / {B}, socialtjänsten

bovard|rapportor
{ORG}, bovärd {A}, {MOB}

kommunpolis|rapportor
Kommunpolis {A.s}, lokalpolisområde {PLACE}

vaktare|rapportor
{ORG} / väktare {A} och {V}

fritidsledare|rapportor
{INST} – {A.f} och {B.f} (kvällspersonal)

trygghetsvard|rapportor
Trygghetsvärdarna {PLACE}: {A}, {B}, {C.f}

jour|rapportor
Jouren {ORG}, {A} ({TEL})

rektor|rapportor
{INST}, rektor {A} ({MAIL})

samordnare|rapportor
{A.f} på {ORG}, via mejl {MAIL}

samordnare|protokoll
Avstämning {WEEK}: {PLACE} gul. Kommunpolis {A.s} rapporterade två rån. {B} från {ORG}
tar med frågan om belysning. Nästa möte {DATE}.

samordnare|protokoll
Närvarande: {A} (kommunen), {B} (polisen), {C} ({ORG}). {PLACE} grön, {PLACE} röd.
Beslut: extra nattvandring {WEEK}.

samordnare|protokoll
Punkt 3. {A} redovisade skadegörelsen på {INST}. Kostnad hittills {AMOUNT}. {B.f} föreslog
kameror. Beslut bordlagt till {DATE}.

kommunpolis|protokoll
Kort läge {WEEK}: lugnare i {PLACE}. Ett gripande vid {STREET} ({CASE}). {A.s} från
polisen tackade fältarna för tipsen om {B.n}.

samordnare|protokoll
Områdesstatus {PLACE}: röd. Motivering: skjutningen {DATE} och ryktesspridning efteråt.
Ansvarig för uppföljning: {A}. Protokollförare {B}.

samordnare|protokoll
{A} från {ORG} meddelade att {V} slutar som bovärd {WEEK}. Ny kontakt blir {B}, {MOB}.
Gruppen tackade för samarbetet.

rektor|skola
Incidentrapport: {A} (åk 6) blev slagen av en äldre elev i korridoren. Läraren {B.s}
ingrep. Skolsköterskan {C.f} undersökte. Inga synliga skador.

rektor|skola
{B=f}Elev {A}, personnummer {PNR}, har skolkat tre veckor. Hemmet kontaktat, mamman {B.f}
nås på {MOB}. Orosanmälan skickad.

kurator|skola
Samtal med {A.f} i 8A om mobbning på nätet. {A.Han} pekar ut {B} och {C} i samma klass.
Mentor {D.s} informerad. Uppföljning den {DATE}.

rektor|skola
Brandlarm utlöst kl {TIME} i {INST}, någon sprayade i detektorn. Eleven {A} erkände.
Vårdnadshavare {B} kontaktad. Kostnad för utryckning {AMOUNT}.

kurator|skola
{W} i 9B berättade att {W.hans} bror blivit hotad i {PLACE}. Vi har pratat med {W.g} mamma.
Kurator {A.s} följer upp.

rektor|skola
Skadegörelse på toaletten plan 2: handfat sönderslaget. Vaktmästare {V} upptäckte det
efter lunch. Misstänkta {A.f} och {B.f} i 7C förnekar.

kurator|skola
{A} har berättat för mentor att {A.hans} kusin {B} säljer. <word:Inga> namn har nämnts för
andra elever. Polisen ({C.s}) informerad.

rektor|skola
Förälder {A} kom till skolan och skrek på läraren {B}. {A.Han} var arg efter ett betyg.
Polis tillkallades inte. Anmält som incident mot anställd.

larare|skola
Elever från {INST} och {INST} bråkade vid {BUS}. En elev, {A}, fick en spark. Jag följde
{A.honom} till skolsköterskan {B.f}.

rektor|skola
Under lunchen hittades en påse med tabletter i omklädningsrummet. Eleven {A} (15) sa att den
tillhör {B.n}. Polisanmälan {CASE}.

samordnare|mejl
Hej! Vi har fått in klagomål från {A} som bor på {ADR}. {A.Han} säger att ungdomar röker i
porten varje kväll. Kan någon åka förbi? Mvh {B.f}

bovard|mejl
Hej {A.f}, tack för tipset om {STREET}. Vi har skickat ut {V} för att titta på belysningen.
Återkommer {WEEK}. Hälsningar {B}, {ORG}

kommunpolis|mejl
Hej alla. Fredagens händelse vid {INST} har ärendenummer {CASE}. Den misstänkte {A} ({PNR}) är känd
sedan tidigare. Ring mig på {TEL} vid frågor. /{B.s}, kommunpolis

samordnare|mejl
Hej! Bifogar lägesbilden för {WEEK}. {PLACE} är gul igen. {A} och {B} i fältgruppen har
koll. Mvh {C}, trygghetssamordnare

fritidsledare|mejl
Hej {A.f}! {B} från {INST} undrar om vi kan låna lokalen {DATE}. {B.Han} nås på {MOB}.
/{C.f}

bovard|mejl
Till jouren: hyresgästen i {LGH}, {A}, har ringt tre gånger om grannens hund. Kan ni ta
kontakt? Tel {MOB}. /{B}

samordnare|mejl
Hej! Påminnelse: EST-möte den {DATE} kl {TIME}. {A} har förhinder, {B} ersätter.
Mvh {C.f} på {ORG}

kommunpolis|mejl
Hej {A.f}. Mopeden som stals i {PLACE} är återfunnen, {PLATE}. Ägaren {B} är informerad.
/Kommunpolis {C.s}

socialsekreterare|mejl
Hej! Vi har fått kännedom om {A} ({PNR}) som ofta vistas i {PLACE} sent. Vi ber fältarna
hålla utkik. Mvh {B}, socialsekreterare

samordnare|insats
Pågående: {ORG} har anställt två trygghetsvärdar i {PLACE}, {A} och {B}. De går
varje dag mellan kl {TIME} och kl {TIME}. Första veckan lugn.

samordnare|handelse
Fotbollsturnering på {INST} den {DATE}. {A} ({MAIL}) samordnar. {W} och {A.f} från
föreningen står vid grinden. Förväntat ca 300 besökare.

kommunpolis|handelse
Föreläsning om ungdomsrån för föräldrar {DATE} i {INST}. Medverkar: {A} (polisen) och
{B} ({ORG}). Anmälan till {MAIL}.

samordnare|protokoll
Uppföljning {WEEK}: {A} rapporterade att klottret på {PSTREET} ökat. {B} från {ORG} tar
fram kostnad. Samordnare {C.s} skickar till nämnden.

bovard|insats
Slutfört: ny port på {ADR}. Hyresgästerna {A} och {B} har fått nya taggar. Kostnad
{AMOUNT}. {ARENDE} stängt.

fritidsledare|handelse
Discokväll för mellanstadiet {DATE} på {INST}. Ledare {A}, {B.f} och {W}. Föräldrar hämtar
senast kl {TIME}. Vid frågor ring {MOB}.

samordnare|protokoll
Dragning av {A.s} (polisen): fyra anlagda bränder i {PLACE} sedan {DATE}. En misstänkt,
{B.C}, född {PNR}. Gruppen beslutar röd status.

rektor|skola
{A} i 9A och {B} i 9C filmade ett slagsmål och spred det. Klippet visar {C}. Rektor har
pratat med alla tre. Polisen informerad {DATE}.

kurator|skola
{B=m}Eleven {A} uppger att {A.hans} pappa {B.f} slagit {A.honom}. Orosanmälan gjord {DATE}.
Socialsekreterare {C.s} kontaktad. Skolsköterskan {D.f} dokumenterade.

samordnare|mejl
Hej! Skickar vidare från {A}, boende i {PLACE}: "Det samlas gäng vid {INST} varje kväll,
det känns otryggt." Kan vi ta upp det? Mvh {B.f}, {ORG}

bovard|mejl
Hej! {A} i {LGH} på {ADR} har blivit av med sin nyckel. Vi har spärrat taggen.
Ny nyckel hämtas hos {B.f} den {DATE}. /Kundtjänst {ORG}

samordnare|insats
Planerad: mentorskap för unga i {PLACE}. {A} och {B} från {ORG} leder. Start {WEEK}.
Budget {AMOUNT}. Kontakt {MAIL}.

kommunpolis|protokoll
Polisens läge {WEEK}: två bilbränder i {PLACE}, varav en {PLATEN}. Ingen gripen. {A.s}
ber bostadsbolagen om bilder. {B} från {ORG} lovar att kolla kamerorna.

fritidsledare|insats
Pågående: läxhjälp tisdagar på {INST}. {A} och {W} håller i det. Cirka 15 elever. {A.f}
vill ha fler vuxna, hör av er på {MOB}.
"""
