"""Frames of the tenth blind corpus, part A: Beskrivning cells of incidents, police summaries and the
housing jour's journal (tests/blind10_corpus.py explains the syntax). Written by the corpus's writer."""

FRAMES_A = """
faltassistent|beskrivning
{A=m}Grupp om ca 8 ungdomar samlades vid <inst:Fisksätra centrum> kl {TIME}. {A} och hans kusin {B.f} var med.
{A.f} kastade en <word:sten> mot busskuren innan väktare kom.

bovard|beskrivning
Klotter i trapphuset på {ADR}. Boende {A} hörde ljud strax före kl {TIME} och ringde jouren.
{A.Han} har bott i huset länge och säger att det blivit värre sedan {DATE}.

fritidsledare|beskrivning
{C=f}Bråk utanför {INST} vid stängning. {A.f} och {B.f} hamnade i handgemäng, personalen skilde dem åt.
{A.Hans} mamma {C.f} hämtade {A.honom} strax efter kl {TIME}. <word:Inga> synliga skador.

trygghetsvard|beskrivning
{B=m}Moped körde på gång- och cykelvägen längs {STREET}, reg {PLATE}. Föraren, enligt vittnen {A},
stannade inte. Vi pratade med {A.g} pappa {B.f} efteråt.

kommunpolis|beskrivning
Anlagd brand i container bakom {INST}. Räddningstjänsten släckte. Polisen har ärende {CASE}.
Misstänkt är {A}, född {PNR}. Ingen person skadad.

vaktare|beskrivning
Ronden kl {TIME}: dörren till cykelrummet uppbruten på {ADR}. Ingen på plats.
Kontakt med fastighetsjouren, {A} tog över. /{B.f}, {ORG}

bovard|beskrivning
Boende i {LGH} på {ADR} klagar på störande fester. Hyresgästen {A} har fått två skriftliga
varningar. Granne {B} säger att det pågick till kl {TIME}.

faltassistent|beskrivning
Otrygg samling vid tunnelbaneuppgången i {PLACE}. Vi känner igen {A.f} och {B.f} sedan tidigare.
{B.Han} sa att de väntade på {C.n}, som inte dök upp.

fritidsledare|beskrivning
{W} (15 år) blev hotad med kniv vid {INST} enligt egen uppgift. {W.Han} ville inte göra
polisanmälan. Vi har ringt {W.g} pappa.

rektor|beskrivning
Glaskross i matsalen natten mot {DATE}. Vaktmästare {V} upptäckte skadan på morgonen och
spärrade av. Kostnad ca {AMOUNT}.

kommunpolis|beskrivning
Rån mot ungdom vid busshållplatsen på {STREET}. Målsägande {A} (16) fick lämna sin telefon.
Två gärningsmän, den ena kallas {B.n} enligt vittnen. Ärende {CASE}.

bovard|beskrivning
{A=m}Nedskräpning och grovsopor i miljöhuset vid {STREET}. Vi har pratat med {A} i {LGH} som säger
att det inte är hans. Kostnad för bortforsling {AMOUNT}.

trygghetsvard|beskrivning
Ungdomar på taket till förskolan {INST}. En av dem presenterade sig som {A.f}, de andra sprang.
Väktaren {V} kom till platsen kl {TIME}.

faltassistent|beskrivning
Ryktesspridning på Snapchat om att det ska bli bråk i {PLACE} på fredag. {A.f} i 8B har fått hot
skickade till sig. Kurator {B.s} är informerad och skolan pratar med {A.g} föräldrar.

vaktare|beskrivning
Person sovande i trapphuset {ADR}. Uppgav namnet {A.r}, {SAM}. Hänvisad till härbärget,
lämnade platsen lugnt.

bovard|beskrivning
Inbrott i förråd, källaren {ADR}. Hyresgäst {A} saknar cykel och vinterdäck. Polisanmält,
{CASE}. Låset byts av {ORG} {WEEK}.

fritidsledare|beskrivning
{A=m}{B=m}{A.f} och hans storebror {B.f} bråkade med personalen när de nekades komma in. {B.f} knuffade
fritidsledaren {C.s}. Incident mot anställd, rapporterad till chef.

kommunpolis|beskrivning
Misstänkt narkotikahantering vid {PSTREET}. Bil {PLATEN} står ofta där kvällstid, föraren
uppges vara {A}. Spaning planeras {WEEK}.

trygghetsvard|beskrivning
Skadegörelse på belysningen i gångtunneln mot {PLACE}. Tre armaturer krossade. Boende
{A} i {LGH} såg två killar med <word:rosa> ryggsäck.

bovard|beskrivning
Brandrök i trapphus {ADR}. Någon tände eld på tidningar utanför dörren till {A}.
<word:Inga> personskador. {A.Han} vill flytta och har kontaktat uthyrningen.

faltassistent|beskrivning
Vi mötte {W} och två kompisar vid {INST} kl {TIME}. {W.Han} berättade att de blivit jagade
av äldre killar från {PLACE}. Vi följde dem till bussen.

rektor|beskrivning
Elev ({A}, åk 9) hade med sig en kniv till skolan. Mentor {B} tog hand om den och kontaktade
vårdnadshavare. Orosanmälan gjord.

vaktare|beskrivning
Larm {ORG}, {ADR} kl {TIME}. Dörr uppbruten till lokalen. Väktare {A.s} och {B.s} på plats,
polis tillkallad. Inget stulet enligt ägaren {C}.

trygghetsvard|beskrivning
{A=m}Hot mot personal i {INST}. En man som kallade sig {A.n} skrek och hotade {B.f} i receptionen.
Han lämnade platsen innan polis kom.

bovard|beskrivning
Hyresgästen {A} ({SAM}) rapporterar att någon försökt bryta upp dörren till {LGH}.
Märken i karmen. Dörren lagas {WEEK}.

fritidsledare|beskrivning
Lugn kväll på gården. {W} hjälpte till i caféet hela kvällen. Senare kom {A.f} och frågade efter
{B.f}, som inte varit här sedan {DATE}.

kommunpolis|beskrivning
Skottlossning vid {STREET} natten mot söndag. Inga skadade. Polisen har spärrat av, ärende {CASE}.
Vittne {A} nås på {MOB}.

faltassistent|beskrivning
{B=f}{A.g} mamma {B} ringde oss, orolig för att {A.f} umgås med äldre i {PLACE}. Vi lovade att
hålla utkik och ringa henne på {MOB}.

bovard|beskrivning
Grannar på {STREET} klagar på {A} i {LGH}: hög musik och gäster sent. {A.Han} säger själv att
det bara var en födelsedag. Fastighetsskötare {V} har varit där.

vaktare|beskrivning
Kl {TIME} avvisades tre personer från parkeringsdäcket vid {INST}. En av dem, {A}, hade varit där
tidigare i veckan. Bilen {PLATE} lämnade platsen.

trygghetsvard|beskrivning
Otrygg plats: buskarna vid {PSTREET} har vuxit igen och lampan är trasig. Boende {A} och {B}
säger att de inte går där efter mörkrets inbrott.

rektor|beskrivning
Slagsmål på skolgården på rasten. Inblandade {A} och {B}, båda åk 8. Lärare {C.s} skilde dem
åt. Föräldrar kontaktade under eftermiddagen.

faltassistent|beskrivning
{A=m}{B=m}{A} (17) hittades berusad vid {INST} kl {TIME}. Vi ringde hans pappa {B.f} som kom och hämtade.
{A.f} var ledsen men samarbetsvillig.

kommunpolis|beskrivning
Stöld ur bil på {STREET}. Fönster krossat på {PLATEN}. Ägaren {A} anmälde via 114 14.
Ärende {CASE}.

bovard|beskrivning
Felanmälan från {A}: ytterdörren på {ADR} går inte i lås. <word:Tom> flaska och fimpar i
entrén varje morgon. Åtgärdas {WEEK}.

trygghetsvard|beskrivning
Vi såg {W} och {A.f} klottra på elskåpet vid {STREET}. De sprang när vi kom. {W} har klottrat
tidigare enligt personalen på {INST}.

faltassistent|beskrivning
Samling med 15–20 personer vid bensinmacken i {PLACE}. Stämningen var spänd. Vi pratade med
{A.f} som sa att det handlade om en konflikt mellan {B.n} och några från {PLACE}.

vaktare|beskrivning
{A=m}Kl {TIME} hittades en man liggande vid {INST}. Ambulans kallad. Mannen uppgav sig heta {A}
och ha samordningsnummer {SAM}.

bovard|beskrivning
Skadegörelse i tvättstugan, {ADR}. Bokningstavlan förstörd. Boende {A} har sett ungdomar där
sent. Kostnad {AMOUNT}. /Mvh {B.f}, fastighetsförvaltare

fritidsledare|beskrivning
<word:Alla> var lugna tills {A} kom in med tre kompisar. {A.f} tog en mobil från {B.f} och
vägrade lämna tillbaka den. Vi stängde gården tidigare.

kommunpolis|beskrivning
Olovlig körning med A-traktor på {STREET}. Fordonet {PLATEN} stoppades kl {TIME}. Föraren
{A} (17) rapporterad.

trygghetsvard|beskrivning
{A=f}{B=f}Kvinnan som bor i {LGH}, {A}, berättade att hennes dotter {B.f} blivit trakasserad i trappan.
Vi har lämnat numret till {ORG}.

rektor|beskrivning
Skolans fönster krossade under helgen. Fastighetsskötaren {V} har satt upp skivor. Polisen
({CASE}) har fått bilder från kameran.

bovard|beskrivning
Hyresgäst {A} meddelar att bilen {PLATE} stått övergiven på parkeringen vid {STREET} sedan
{DATE}. Vi sätter lapp och kontaktar {ORG}.

faltassistent|beskrivning
Träffade {A.f} vid {INST}. {A.Han} berättade att {B} (kallad {B.n}) säljer på skolgården.
Vi har informerat kommunpolisen.

vaktare|beskrivning
Väktare {V} ingrep mot två personer som bråkade vid {INST}. Den ena, {A}, uppgav
personnummer {PNR}. Polis kom kl {TIME}.

polis|polis
Misshandel, {PLACE}. En man i 20-årsåldern har misshandlats vid {STREET} under natten.
Han har förts till sjukhus. En person är gripen. Ärende {CASE}.

polis|polis
Bilbrand i {PLACE}. En bil brann på en parkering vid {STREET} strax efter kl {TIME}.
Räddningstjänsten släckte. Ingen skadad.

polis|polis
Rån, {PLACE}. En 15-åring rånades på sin jacka vid {INST}. Gärningsmännen försvann mot
{STREET}. Polisen söker vittnen.

kommunpolis|polis
Utdrag {WEEK}: inbrott i källarförråd på {ADR} ({CASE}). Misstänkt {A.C}, född {PNR}.
Ytterligare en person, {B.C}, hördes på plats.

kommunpolis|polis
Ärende {CASE}: ofredande vid {INST} kl {TIME}. Målsägande {A.r}. Misstänkt {B.r}.
Handläggare {C.s}.

kommunpolis|polis
Narkotikabrott, {PLACE}. Person {A} ({PNR}) påträffad med cannabis vid {STREET}.
Bil {PLATE} beslagtagen. Utredare {B.s}.

polis|polis
Skadegörelse, {PLACE}. Flera bilrutor har krossats under natten längs {STREET}.
Anmälningar har kommit in från boende. Polisen har inga misstänkta.

kommunpolis|polis
Sammanfattning: {A} och {B} (båda 16) omhändertogs enligt LOB vid {INST}. De hämtades
av vårdnadshavare. Anteckning {CASE}.

jour|jour
Kl {TIME} ringde {A} från {ADR}: vatten läcker in från lägenheten ovanför. Jouren på plats
kl {TIME}. Ingen öppnade i {LGH}.

jour|jour
Störningsjour: klagomål från {A} på hög musik från {LGH}, {ADR}. Jouren knackade på,
hyresgästen {B} sänkte. Upprepad störning, tredje gången sedan {DATE}.

jour|jour
Utryckning {ADR} kl {TIME}. Glasruta i entrédörr krossad. Boende {A} ({MOB}) såg två
personer springa mot {PLACE}. Ruta tejpad, beställt glas.

jour|jour
Larm om brandrök {ADR}. Räddningstjänsten på plats. Brand i barnvagn i trapphuset utanför
dörren till {A}. Sanering beställd, {ARENDE}.

jour|jour
Hyresgästen {A} ringde från {TEL}, utelåst efter kl {TIME}. Legitimerade sig med
personnummer {PNR}. Släppt in i {LGH}.

jour|jour
Samtal från {A}, orolig för grannen {B} som inte synts på flera dagar. Jouren och polis öppnade
{LGH} kl {TIME}. {B.f} var oskadd.

jour|jour
{ARENDE}: hissen i {ADR} vandaliserad. Knappanelen sönderslagen. Väktare {V} såg
ungdomar i huset kl {TIME}. Hissen ur drift tills vidare.

jour|jour
Anonym uppringare från {MOB} meddelar att det luktar cannabis i trapphuset på {STREET}.
Vi har pratat med {A} i {LGH} som nekar.

jour|jour
Kl {TIME}: {W} i {LGH} ringde, någon har sprejat på dörren. {W.Han} tror det är riktat.
Foto skickat till {MAIL}.

jour|jour
Vattenskada i källaren {ADR}. Förråd tillhörande {A} och {B} drabbade. Avfuktare på plats.
Kontakt fastighetsskötare {C.s}, {ARENDE}.

kommunpolis|beskrivning
Stulen moped återfunnen vid {INST}. Ägaren {A} i {PLACE} har kontaktats. Moped saknade
skyltar. Ärende {CASE}.

faltassistent|beskrivning
Flera yngre killar hänger i trappan till {INST} efter stängning. {A.f}, {B.f} och {C.f} känner vi.
De sa att de inte har någonstans att vara sedan gården stängde {DATE}.

trygghetsvard|beskrivning
{A=m}Kl {TIME} skrek en man hotfullt åt förbipasserande vid {PSTREET}. Vi pratade med honom; han
heter {A} och bor i {PLACE}. Lugnade sig efter en stund.

bovard|beskrivning
Kvarteret {FAST}: klotter på tre fasader mot {STREET}. Sanering beställd hos {ORG}.
Kontaktperson hos oss är {A}, {TEL}.

rektor|beskrivning
{B=f}Rykten om att en elev tagit med vapen. Polisen kontaktad. Eleven, {A}, och {A.hans} mamma
{B.f} kallades till möte med rektor {C.s}. Inget vapen hittades.

vaktare|beskrivning
{A=f}Kvinnan som jobbar i kiosken, {A}, blev hotad kl {TIME} av en kund. Väktarna {B.s} och
{V} kom inom fem minuter. Polisanmälan gjord av {A.f}.

fritidsledare|beskrivning
{A=m}{B=f}{A.f} berättade att hans moster {B} blivit rånad i {PLACE}. {A.Han} var upprörd och
ville göra något. Vi pratade länge. {B.f} har anmält.

bovard|beskrivning
Fastigheten {FAST} har haft flera inbrott i förråd sedan {DATE}. Boende {A} och
{B} har skrivit till oss. Vi sätter upp kameror {WEEK}.

faltassistent|beskrivning
Ungdom som säger sig heta {A.n} sprang från polisen vid {STREET}. {A.Hans} kompis {B}
stannade och pratade med oss. Ingen fick skador.

trygghetsvard|beskrivning
{W=m}Brinnande soptunna vid {INST} kl {TIME}. Vi släckte med vatten. En kille, {W}, stod bredvid
och sa att han såg två killar springa mot {PLACE}.

kommunpolis|beskrivning
Hot via sociala medier mot elev på {INST}. Målsägande {A}, {PNR}. Misstänkt konto tillhör
enligt uppgift {B}. Ärende {CASE}.

bovard|beskrivning
Hyresgästen {A} ({MOB}) har fått sin brevlåda uppbruten igen. Tredje gången sedan {DATE}.
Vi byter lås och informerar kommunpolis {B.s}.

vaktare|beskrivning
Ronden vid {INST} kl {TIME}: fönster krossat på baksidan. Ingen person sågs. Kontakt med
skolans vaktmästare {A}, {MOB}.

rektor|beskrivning
Bråk efter lektionen i idrottshallen. {A} (åk 7) slog {B} i ansiktet. Kurator {C} har haft
samtal med båda. Vårdnadshavare underrättade.

faltassistent|beskrivning
{A=m}{B=f}{A} och hans flickvän {B.f} satt i bilen {PLATEN} vid {INST} hela kvällen. Vi knackade på
och pratade en stund. Lugnt.

bovard|beskrivning
Störning från {LGH}, {ADR}: skrik och slag natten mot {DATE}. Granne ringde polis.
Hyresgäst {A} kontaktad av förvaltare {B}.

fritidsledare|beskrivning
{W} och {X} började bråka om en boll i hallen. {X} gick hem arg. Fritidsledaren {A.s} ringde
{W.g} mamma senare på kvällen.
"""
