"""Frames of the tenth blind corpus, part C: field logs, text messages and voice memos pasted into a cell,
night walkers' notes, guards' and hosts' logs, work orders, the library's and the rescue service's notes
(tests/blind10_corpus.py explains the syntax). Written by the corpus's writer."""

FRAMES_C = """
faltassistent|faltlogg
Kväll den {DATE}. Start kl {TIME} vid {INST}. Mötte {A.f}, {B.f} och två okända. Lugnt. Sedan
{PLACE} centrum: {C} satt ensam, vi pratade en stund. Slut kl {TIME}. /Mvh {D.f}, fältgruppen

faltassistent|faltlogg
Fältlogg {WEEK}. Tisdag: lugnt. Onsdag: bråk vid {INST} mellan {A.f} och en kille från {PLACE},
vi gick emellan. Torsdag: {W} frågade efter sommarjobb, hänvisade till {ORG}.

faltassistent|faltlogg
{A=m}Kl {TIME} {PLACE}: ca 10 ungdomar vid pizzerian. {A.n} och hans gäng. Stämning ok.
Kl {TIME} vidare till {INST}, tomt. /{B.f} och {C.f}

faltassistent|faltlogg
{A=f}Pratade länge med {A.f} om skolan. Hon har inte varit där sedan {DATE}. Vi lovade att höra med
kurator {B.s}. {A.g} syster {C.f} var också med en stund.

faltassistent|faltlogg
Fredag: mycket folk vid {INST}. {W} och {X} var med {A.f}. {A.f} sa att det ska bli fest hos
{B.n} på lördag i {PLACE}. Vi bevakar.

faltassistent|faltlogg
{A=f}Lördag kväll, {PLACE}. Ingen samling vid torget. Stötte på {A} som jobbar på {ORG}, hon sa att
det varit lugnt hela veckan. Hem kl {TIME}. //{B.f}

faltassistent|faltlogg
{C=m}Besök hos familjen {A.s} tillsammans med socialsekreterare {B}. Sonen {C.f} var hemma.
Mamman lovade att höra av sig på {MOB}.

nattvandrare|nattvandring
Nattvandring den {DATE}, {PLACE}. Vi var fem: {A.f}, {B.f}, {C.f}, {W} och jag. Pratade med ett
tiotal ungdomar vid {INST}. Delade ut reflexer. Slut kl {TIME}.

nattvandrare|nattvandring
Vi såg en bil, {PLATE}, som körde fram och tillbaka längs {STREET} kl {TIME}. Föraren
ropade något till {A.f} i vår grupp. Rapporterat till polisen.

nattvandrare|nattvandring
{A=m}{B=m}Lugn natt. Kaffe i {INST}. {A} från {ORG} berättade om att hans bror {B.f} har fått jobb.
<word:Alla> hem kl {TIME}.

nattvandrare|nattvandring
{W=f}Ungdomar eldade i parken vid {PSTREET}. Vi släckte. En tjej som sa att hon hette {W}
hjälpte till. Nästa vandring {DATE}.

vaktare|vaktare
Rapport {ORG}, objekt {INST}. Kl {TIME} avvisade {A.s} två personer från entrén. Kl {TIME}
larm i källaren, ingen åtgärd. Underskrift {B}

vaktare|vaktare
Ingripande kl {TIME} vid {PLACE} centrum. Man som uppgav namnet {A} och personnummer {PNR}
var störande. Polis kom kl {TIME}. Väktare {V}.

vaktare|vaktare
Parkeringsbevakning {STREET}: fordonet {PLATEN} felparkerat på brandväg. Ägaren {A}
nåddes på {MOB} och flyttade bilen.

vaktare|vaktare
Larmutryckning till {ADR}. Brandlarm, falsklarm. Boende {A} hade lagat mat. Kontakt
med jouren, {B.f}. Åtgärd klar kl {TIME}.

trygghetsvard|trygghetsvard
Dagens runda i {PLACE}. Pratade med {A} vid {INST} om cyklar som stjäls. {A.Han} har själv
blivit av med två. Kollade {STREET}, lugnt. /{B.f}

trygghetsvard|trygghetsvard
{A=m}Kl {TIME}: man ligger på bänk vid {PSTREET}. Väckte honom, han heter {A} och bor
på {ADR}. Följde honom hem.

trygghetsvard|trygghetsvard
Vi hjälpte {W} att hitta sin cykel som stulits från {STREET}. Den stod vid {INST}.
<word:Inga> skador på den. {W.Han} var glad.

trygghetsvard|trygghetsvard
Kort rapport: mopedåkare på gångvägen mot {PLACE}, ca 6 st, en av dem {A.f} från
{STREET}. Polis {B.s} informerad via {TEL}.

fastighetsskotare|arende
{ARENDE}. Klotter på port {ADR}. Sanerat den {DATE}. Tid 2 h. Utförd av {V}.

fastighetsskotare|arende
{ARENDE}: Belysning ur funktion vid miljöhus {STREET}. Anmält av hyresgäst {A} i {LGH}.
Lampor bytta, kostnad {AMOUNT}.

fastighetsskotare|arende
Felanmälan från {A} ({MOB}): ytterdörr {ADR} står öppen, låskolv trasig. Åtgärdat
den {DATE} av {B.f}.

fastighetsskotare|arende
{ARENDE} Nedskräpning/grovsopor. Soffa och madrasser utanför {ADR}. Hyresgäst {A}
i {LGH} misstänks. Debitering {AMOUNT}.

fastighetsskotare|arende
Skadegörelse tvättstuga {ADR}: torktumlare sönderslagen. Hyresgästen {A} såg två unga
killar. Polisanmälan {CASE}. Handläggare {B}.

fastighetsskotare|arende
{ARENDE}, fastighet {FAST}. Inbrott förråd 14 och 15. Förrådsinnehavare {A} och {B}.
Nytt hänglås, foto till {MAIL}.

fastighetsskotare|arende
{A=m}Hot mot personal: fastighetsskötaren {A.s} blev hotad av en hyresgäst i {LGH} på {ADR}
när han skulle byta element. Hyresgästen heter {B}. Polisanmält.

fastighetsskotare|arende
Misstänkt narkotika: stark lukt i trapphus {ADR}. Flera boende har klagat, bl.a. {A}.
Informerat kommunpolis {B}, {TEL}.

bibliotekarie|bibliotek
Stökigt på biblioteket i {PLACE} efter skolan. En grupp pojkar, bl.a. {A.f} och {B.f}, kastade
böcker. Vi ringde {ORG}. Bibliotekarie {C.s} skrev incidentrapport.

bibliotekarie|bibliotek
Kl {TIME} blev vår kollega {A} hotad av en besökare som ville låna datorn längre. Besökaren
kallas {B.n} av ungdomarna. Vi har pratat med polisen.

raddningstjanst|raddning
Brand i papperskorg vid {INST}, {DATE} kl {TIME}. Släckt av personal. Insatsledare {A.s}.
Vittne {B} uppger att en kille i svart jacka tände på.

raddningstjanst|raddning
Brand i lägenhet {LGH}, {ADR}. Hyresgästen {A} fördes till sjukhus för kontroll.
Orsak troligen spis. Räddningstjänsten på plats kl {TIME}.

butikschef|butik
{B=m}Snatteri i {ORG}-butiken vid {PLACE} centrum. Personalen {A.f} stoppade en pojke som
tog energidryck. Han sa att han hette {B}. Föräldrar ringda.

butikschef|butik
Hot mot personal i kiosken vid {STREET}: en kund skrek på {A} och kastade en <word:sten>
genom fönstret. Kostnad {AMOUNT}. Polis {CASE}.

faltassistent|sms
sms från {A.l} kl {TIME}: "det e bråk vid {INST} nu, {B.l} och nån från {PLACE}"

faltassistent|sms
{A.l} messade: "kan ni komma till {STREET}? {B.l} mår dåligt"

faltassistent|sms
{B=m}vidarebefordrat sms: hej det är {A.L}, min son {B.l} har inte kommit hem, han sa han skulle till
{INST}. ring {MOB}

fritidsledare|sms
{A=m}{B=m}snackade m {A.l} o hans brorsa {B.l} vid {INST}, de sa att {C.l} fått stryk i {PLACE} igår

faltassistent|sms
{A.l}: "vi e vid {INST} nu, typ 20 pers, {B.l} har kniv säger folk"

bovard|sms
sms från hyresgäst: hej detta är {A.L} i {LGH}, någon har krossat rutan i porten igen

trygghetsvard|sms
sms: hej {A.l} här, {B.l} sa att det blir bråk efter matchen {DATE} vid {BUS}

faltassistent|sms
fick sms av {A.l} typ kl {TIME}, "{B.l} e påverkad o sitter vid {PSTREET}". vi åkte dit

fritidsledare|sms
{A.l} skrev i gruppchatten att {B.n} och {C.l} ska till {PLACE} o "ta igen" efter i fredags

faltassistent|sms
sms fr {A.l}: tack för igår, {B.l} är hemma nu. hälsa {C.f}!

faltassistent|rostmemo
{B=m}Röstmemo, transkriberat: ja alltså vi var vid {INST} och då kom {A.l} och sa att {B.l} typ
blivit rånad i {PLACE}, och han visste inte vem det var

trygghetsvard|rostmemo
{A=f}röstmemo: ok så vi har pratat med {A.l} nu, hon bor på {STREET}, och hon säger att det är
samma killar varje kväll, bland annat en som heter {B.l}

faltassistent|rostmemo
röstmemo kl {TIME}: eh {A.l} och {B.l} sitter här vid {INST} igen, de verkar lugna, vi stannar
en stund och sen går vi mot {PLACE}

bovard|rostmemo
transkribering: hej det är {A.l} från {ORG}, jag ville bara säga att det är klotter igen på
{STREET}, kan {V} ta det imorgon

nattvandrare|rostmemo
röstmeddelande: ja hej, {A.l} här från nattvandrarna, vi hittade en plånbok vid {INST}, det
står {B.L} på kortet, vi lämnar den till polisen

faltassistent|rostmemo
{A=f}röstmemo: {A.l} berättade att hennes kusin {B.l} blivit hotad på {BUS} av nån som kallas {C.n}

faltassistent|faltlogg
{A.l} och {B.l} (enl. egen uppgift 14 år) satt i trappan vid {INST} kl {TIME}. Vi pratade
om att gå hem. De gick mot {PLACE}. /{C.f}

fritidsledare|fritid
Kvällsanteckning den {DATE}: {A.f} var arg på {B.f} pga ett inlägg på Insta. Löst med samtal.
{W} och {A.f} spelade pingis resten av kvällen. Ca 35 besökare.

fritidsledare|fritid
Personal: {A.f}, {B.f}. Besökare ca 25. {C} (nytt ansikte) kom med {D.f}. {C.f} frågade om
jobb. Inga incidenter.

fritidsledare|fritid
{W} och {A.f} bråkade om spelkonsolen. {W.Han} kastade en kontroll. Vi pratade med båda
och ringde {W.g} mamma. <word:Inga> skador på personer.

fritidsledare|fritid
{A=m}Stängde kl {TIME} p.g.a. hot. En äldre kille som kallas {A.n} hotade {B.f} vid dörren.
Polisen ({C.s}) ringd. Vi gick ut tillsammans.

fritidsledare|fritid
Lugn kväll, {DATE}. Matlagning med {A.f} och {B.f}. {C.f} berättade att familjen flyttar
till {PLACE} {WEEK}.

fritidsledare|fritid
{C=m}{A.f}, {B.f} och {W} var på gården till stängning. {B.g} pappa {C} hämtade med bilen
{PLATE}. Lugnt.

faltassistent|sms
{A.l} ringde från {MOB}, sa att {B.l} och {C.l} bråkar vid {STREET}, vi åker dit

faltassistent|faltlogg
{B=f}Obs! {A} (kallad {A.n}) har setts med äldre i {PLACE}. {A.g} mamma {B.f} är orolig.
Vi har pratat med skolans kurator {C.s}.

trygghetsvard|sms
sms: {A.l} här. det sitter typ 5 killar i tvättstugan på {STREET} igen, {B.l} e en av dem

bovard|sms
{A=f}{A.l} ({LGH}) sms:ar att grannen spelar hög musik varje natt, hon orkar inte mer

fritidsledare|rostmemo
röstmemo: hej {A.f}, det är {B.l}, kan du ringa {C.l} och säga att gården stänger tidigare
i dag, vi har personalmöte

nattvandrare|nattvandring
{W=m}Nattvandring {PLACE}, {DATE}. Gruppledare {A}. Vi träffade {W}, {B.f} och {C.f} vid {INST}.
{W} sa att han ska till {PLACE} sen. <word:Lugnt> överlag.

faltassistent|faltlogg
Samtal med {W} utanför {INST}. {W.Han} är orolig för sin vän {A.l} som slutat svara. Vi lovade
att höra oss för. {W.g} nummer {MOB}.

vaktare|vaktare
{A=m}Väktare {V} och {U} avvisade berusad man från {INST} kl {TIME}. Mannen uppgav namnet
{A.r} och samordningsnummer {SAM}.

faltassistent|faltlogg
{A.f} sa att {B} är tillbaka i {PLACE} efter tiden på behandlingshem. {B.f} har bett att få
träffa oss. Vi ses {DATE} vid {INST}.

faltassistent|faltlogg
Kväll med regn, få ute. Mötte {W} vid {BUS}. {W.Han} sa att {A.l} och {B.l} blivit
jagade av några i bil, {PLATEN}. Vi tipsade polisen.

bovard|arende
{ARENDE}: hyresgäst {A}, {ADR}, {LGH}, rapporterar mögel och att dörren sparkats in.
Besiktning den {DATE} med {V}.

fastighetsskotare|arende
{ARENDE}. Glaskross i trapphus {ADR}, plan 3. Anmälare {A}, {MOB}. Utfört av {B.f} den {DATE}.

raddningstjanst|raddning
Bilbrand på parkering vid {STREET} kl {TIME}. Fordonet {PLATE} totalförstört. Ägaren {A}
kontaktad. Polis {CASE}.

butikschef|butik
Ungdomar samlas vid entrén till {ORG} i {PLACE} efter kl {TIME}. Butikschef {A.s} upplever
det som otryggt. Personalen {B.f} och {W} har blivit kallade saker.

trygghetsvard|trygghetsvard
{B=f}Pratade med {A} och {A.hans} dotter {B.f} vid {INST}. De vill ha fler lampor vid {PSTREET}.
Tog med frågan till {ORG}.

bibliotekarie|bibliotek
{A=m}Besökaren {A} ({MAIL}) klagar på att ungdomar röker vid entrén. Bibliotekarie {V} har pratat
med gruppen. <word:Hans> klagomål är det tredje denna månad.

faltassistent|sms
{A.l}: "hej det e jag, kan ni möta mig vid {INST}? {B.n} letar efter mig"

faltassistent|rostmemo
röstmemo: så vi kom fram till {PLACE} vid typ kl {TIME} och där stod {A.l} med {B.l} och {C.l},
alla lugna, vi delade ut kaffe

trygghetsvard|sms
sms från {A.L}: tack för hjälpen igår med min mamma, hon mår bättre nu

kommunpolis|sms
kommunpolisen sms:ade: {A.l} {B.l} gripna för rånet vid {INST}. {CASE}

faltassistent|faltlogg
Uppföljning {WEEK}: {A} och {B} har börjat på {INST}. {A.f} trivs, {B.f} har skolkat två dagar.
Mentor {C.s} håller kontakt. /{D.f}

nattvandrare|nattvandring
{C=f}{D=m}{A.f} och {B.f} från {ORG} gick med oss. Vid {STREET} hittade vi {C.f}, 13 år, ute sent. Vi
ringde hennes pappa {D} som kom och hämtade.

vaktare|vaktare
Daglogg {INST}: kl {TIME} tillsägelse till två ungdomar, kl {TIME} incident i entrén där
{A} blev knuffad. Gärningsman okänd. Väktare {B.s}, {ORG}.

fastighetsskotare|arende
{A=m}Boende {A} på {ADR} har satt upp egen kamera i trapphuset. Förvaltare {B.s} har bett
honom ta ner den. Ärende {ARENDE}.

faltassistent|faltlogg
{W=m}{A=m}{B=f}Träff med {W} och {A.g} lillebror {A.f}. De har bråkat hemma, mamman {B} ringde oss. Vi
pratade med bröderna vid {INST} en timme.

fritidsledare|fritid
<word:Max> antal besökare i dag, ca 60. {A} och {B} från {ORG} var med och lagade mat.
{W} hade födelsedag, vi sjöng. Stängt kl {TIME}.

kurator|skola
{A=f}anteckning: {A.l} (7B) grät på rasten, sa att {B.l} hotat henne på snap. mentor {C.s} vet.

rektor|skola
Händelse den {DATE}: elev {A} tog sig in i lärarrummet. Lärare {B} och {V} tog ut eleven.
Vårdnadshavare {C} nås på {MOB}.

samordnare|beskrivning
Samlad bild från {ORG}: {A} (bovärd) och {B} (väktare) har båda sett gänget vid {INST}.
En som kallas {C.n} verkar leda. Kommunpolis {D.s} informerad.

trygghetsvard|trygghetsvard
{B=f}Kl {TIME} kom {A.f} fram till oss och sa att någon hotat {A.hans} syster {B.f} på {BUS}.
Vi följde med till hållplatsen vid {STREET}. Ingen kvar där.

fastighetsskotare|arende
{ARENDE}: bilen {PLATEN} blockerar sopbilen på {STREET}. Ägare enligt boende {A} i
{LGH}. Lapp satt.

faltassistent|sms
sms {A.l}: "{B.l} o {C.l} har snott en moped, de e vid {INST}"

bovard|rostmemo
röstmemo från bovärden: ja {A.l} i {LGH} har klagat igen på grannen {B.l}, jag tar det med
{C.f} på måndag

faltassistent|faltlogg
{A=f}{B=f}Kväll i {PLACE}. {A.f}, 16, berättade att hon bor hos sin faster {B} nu. Faster nås på {MOB}.
Vi ska höras igen {WEEK}. /{C.f}

nattvandrare|nattvandring
{W=m}{A=m}Vi mötte {W} vid {PSTREET}. {W.Han} var ledsen för att {A.l} och hans kompisar retat honom.
Vi pratade med gänget. <word:Inga> problem sen.

trygghetsvard|sms
{A.l}: hej, kan ni gå förbi {ADR}? det står folk i porten hela tiden

vaktare|vaktare
Anteckning: person utan biljett på {BUS} uppgav {A} och {SAM}. Kontrollanterna {B.s} och
{V} tillkallade oss. Lugnt avslut.

fastighetsskotare|arende
{A=f}Anmälan via {MAIL}: {A} i {LGH}, {ADR}, säger att någon har sprejat på hennes dörr.
{ARENDE} skapat, sanering {WEEK}.

bibliotekarie|bibliotek
{A=m}{B=m}En pappa, {A}, kom och frågade efter sin son {B.f} som inte kommit hem. {B.f} hade varit
här till kl {TIME}. Vi gav honom numret till {ORG}.

raddningstjanst|raddning
Anlagd brand i trapphus {ADR} natten mot {DATE}. Barnvagn. Boende {A} larmade.
Insatsledare {V}. Polis informerad, {CASE}.

butikschef|butik
Rån mot butiken på {STREET} kl {TIME}. Kassören {A} hotades med kniv. Gärningsman flydde
i bil {PLATEN}. Polis {CASE}.

faltassistent|faltlogg
{A=m}{A.n} ({A}) syntes vid {INST} med två yngre. Vi pratade med {A.honom}. Han sa att de bara
skulle till {ORG}. Vi har pratat med {B.f} på soc.

fritidsledare|sms
hej {A.f}! {B.l} o {C.l} har tjatat om att få komma in efter stängning, de va sura. /{D.f}

kurator|skola
Samtal med {A}, 9A. Hen berättar att {B.l} och {C.l} har hotat i chatten. Skärmdumpar
sparade. Vårdnadshavare {D} informerad {DATE}.

samordnare|beskrivning
Sammanställning från jouren: tre störningar på {STREET} {WEEK}. Samma hyresgäst, {A} i {LGH}.
Grannarna {B} och {C.f} vill flytta. Förvaltare {V} hanterar.

faltassistent|faltlogg
{W} och {X} satt vid {INST} kl {TIME}. {X} sa att de väntade på {A.l}. Vi pratade om
sommarjobb, {W} var intresserad. Mvh {B.f}

nattvandrare|nattvandring
Nattvandring den {DATE}. Vi hittade {W} gråtande vid {INST}. {W.Han} hade tappat sin telefon.
Vi ringde {W.g} mamma från {A.g} telefon.
"""
