"""Sentence frames of the independent redaction corpus, one per line, grouped by who writes them.

Slots: {P} any person mention (full name, first name, nickname phrase, lowercase name, name that is
also a word), {PG} a person in the genitive, {FULL} full name, {F} first name, {N} nickname phrase,
{Q} a speaker (often a name that is also a word), {W} a name that is also a word after a role word,
{LC} a lowercase name, {RV}/{RP}/{RK} role word + surname (housing/police/kommun); structured:
{PNR} {TEL} {MAIL} {REG} {ADR} {LGH} {FBET} {DNR}; look-alikes: {PLATS} {INST} {TID} {DAT}
{BELOPP} {GATA} {PGATA} {VECKA} {BUSS} {ORG} and {w:word} for an ordinary word that is also a name.
A trailing digit ({P2}) draws a second, independent value. Short lines are what the
Rapportör and Plats columns hold.
"""

from __future__ import annotations

FRAMES: dict[str, str] = {
    "fältassistenter": """
{RK} och {RK2}
Utanför {INST}, vid cykelstället
{P} gav oss sitt nummer {TEL} och bad om hjälp med sommarjobb.
Orosanmälan för {FULL} ({PNR}) skickad {DAT}, bor på {ADR} med sin mamma.
{F} mejlade från {MAIL} och ville prata om hot i skolan.
Fältarna pratade med {P} vid {PLATS} {TID}, stämningen var orolig efter helgens bråk.
Vi träffade {P} och {P2} utanför {INST}, båda sa att de blivit hotade av äldre killar.
Ca 15 ungdomar samlades vid {PLATS} {TID}. {P} verkade vara den som styrde gruppen.
{P} hörde av sig på {TEL} och berättade att det ska bli slagsmål vid {INST} på fredag.
Oro för {P}, syns ofta sent vid {PLATS} och har enligt {RK} slutat gå till skolan.
Sms från {TEL} om att någon sprider bilder på {P} på Snapchat.
Ryktet på TikTok är att {P} ska ha blivit rånad vid {PLATS} {DAT}.
Pratade med föräldrarna till {P}, familjen bor på {ADR} och är oroliga för att sonen dras in i kriminalitet.
Grupp om 6-8 killar vid hållplatsen för {BUSS}, bl.a. {P}, kastade {w:sten} mot en bil.
{RK} såg {P} langa något till yngre killar bakom {INST} {TID}.
Fick kontakt med {P} som sover i ett förråd på {ADR}, orosanmälan skickad.
Lugn kväll vid {PLATS}, ca 20 ungdomar ute, inga incidenter. Gick vidare mot {PLATS2} {TID}.
{P} (15 år) berättade att {P2} har en kniv i ryggsäcken.
Fältarna rörde sig mellan {PLATS} och {INST} {TID} och såg inget särskilt.
Killarna kallar {Q} för tjallare, {Q} vill inte gå till {INST} längre.
Träffade {LC} vid {PLATS}, hon sa att hon inte vågar ta {BUSS} hem efter mörkret.
{TID} mötte {RK} och jag {P} vid {GATA}, han var påverkad och ville inte prata.
Många mopeder på gångvägen längs {GATA} {VECKA}, föraren som kör mest är {N}.
Hörde att {P} har börjat hänga med {P2} som är känd hos polisen.
{PG} mamma ringde oss från {TEL}, han har inte kommit hem sedan {DAT}.
Vi gick med {P} till {INST} där kuratorn tog över.
Skolan oroar sig för {P}, som enligt {RK} har skolkat hela {VECKA}.
Fältarna delade ut reflexer vid {PLATS} {DAT}, ingen oro att rapportera.
Tjejerna vid {PLATS} sa att {N} brukar sälja vape till 13-åringar.
Bråk mellan två gäng vid {INST} {TID}, en av dem var {P}.
Föräldravandring {DAT} med 12 vuxna, start vid {PLATS} {TID}.
{P} ville ha hjälp med sommarjobb, vi hänvisade till {ORG}.
Pratade med {LC} utanför {INST}, han har fått hot via Instagram från {N}.
{w:Sten} och flaskor kastades mot räddningstjänsten vid {PLATS} {TID}, vi såg {P} springa därifrån.
Någon har kastat {w:sten} genom rutan i entrén till {INST}.
Samma {w:dag} brann det i en container vid {PLATS}, okänt vem som tände.
Ungdomar sitter vid ett {w:berg} i skogen bakom {PLATS} och dricker, bland dem {P}.
""",
    "fritidsgårdar": """
{RK}, {INST}
Rapportör: {RK}
Många besökare tar {BUSS} hem, vi följde gruppen till hållplatsen {TID}.
Mejl från {MAIL} med bilder på klottret vid {INST}.
Anmälan till socialtjänsten om {LC}, {PNR}, skickad {DAT}.
På {INST} blev {P} avstängd en vecka efter att ha hotat personal {TID}.
Fritidsledaren {W} hittade snus och en kniv i skåpet som {P} brukar använda.
"Vi ska ta honom efter stängning", sa {Q} till personalen på {INST}.
{Q} sa att {P} får betalt för att hålla utkik vid {PLATS}.
Besökare på {INST} berättade att {P} blivit rånad på sin jacka värd {BELOPP}.
Mamman till {P} ringer från {TEL}, hon vill att vi hör av oss om han dyker upp.
Stängde gården {TID} pga stökigt, {P} och några kompisar vägrade gå.
Bra stämning på {INST} {VECKA}, ca 40 besökare och inga incidenter.
Personalen hörde att {P} ska ha fest i en lägenhet på {ADR} till helgen.
{RK} pratade med {P} om det som hände vid {PLATS} {DAT}.
Föräldramöte på {INST} om oron kring {PLATS}, ca 25 föräldrar kom.
Någon har skrivit {PG} namn och "golare" på väggen i kapprummet.
{Q} berättade att han blivit slagen vid {INST} {DAT}.
Enligt {Q} ska det bli bråk vid {PLATS} efter matchen på lördag.
"Det är {Q} som tände på containern", sa en tjej vid {PLATS}.
Fritidsledare {W} fick ta emot hot från {P} vid utgången {TID}.
Turnering i pingis {DAT}, 18 deltagare, {BELOPP} i priser från {ORG}.
Besök av {RP} på {INST} {DAT}, pratade om knivar med de äldre.
{N} kom till gården trots avstängning och fick gå {TID}.
Tjejgruppen träffades som vanligt, {LC} tog med sin lillasyster.
En kille i {w:rosa} jacka sprejade klotter på väggen vid {INST}.
Lugn {w:dag} på gården, ca 30 besökare, {BELOPP} i kiosken.
Det var {w:sol} och varmt, många ute vid {PLATS} hela kvällen.
{P} och {N} har bråkat på Discord och det fortsatte på {INST}.
Vi kontaktade socialtjänsten om {P}, som sov på gården {DAT}.
{RK} hörde {P} säga att han har en pistol hemma på {ADR}.
Ungdomarna säger att {N} har flyttat till {PLATS} och säljer där nu.
Ring fritidsledare {W} på {TEL} om nyckeln till {INST}.
Gården stänger {DAT} för personaldag, öppnar igen {TID} dagen efter.
"Han heter {F} och går i 8B", sa en besökare om killen som slog sönder dörren.
{F} frågade om han kunde sova på gården, han har bråkat med sin pappa.
Avstängning av {FULL} från {INST} i två veckor efter hotet {DAT}.
""",
    "kommunpolis": """
{RP}, lokalpolisområde Nacka
Händelsenr {DNR}
Stenkastning mot {BUSS} vid {PLATS} {TID}, föraren oskadd.
Bråk ombord på {BUSS} mellan {P} och en annan passagerare, {DNR}.
Förhör med {FULL} ({PNR}) om skadegörelsen vid {INST} {DAT}.
Misstänkt: {LC}, {PNR}, ingen fast adress.
{PNR} {FULL}, narkotikabrott eget bruk, {PLATS} {TID}.
Personkontroll på {P}, {PNR}, vid {PLATS} {TID}, inget att anmärka.
Bil {REG} kontrollerad vid {PLATS} {TID}, förare {FULL} {PNR}.
Ägare till {REG} är {FULL}, tel {TEL}.
Stöld av moped, ärende {DNR}, målsägande {P} ({TEL}).
Tips via sms från {TEL}: bilen {REG} används för langning vid {INST}.
Anmälare {FULL}, {ADR}, {TEL}, {MAIL}.
Anmälan {DNR}: misshandel vid {PLATS} {TID}, misstänkt {FULL} ({PNR}).
Bil med reg {REG} stoppades {TID} på {GATA}, föraren {P} saknade körkort.
{RP} har haft samtal med {P} och vårdnadshavare om rånen vid {PLATS}.
Ingripande vid {INST} {DAT}, {P} omhändertogs enligt LOB.
{FULL}, pnr {PNR}, påträffad med cannabis vid {PLATS} {TID}.
Misstänkt langning från bil {REG} som står parkerad vid {PLATS} flera kvällar {VECKA}.
Ärende {DNR} gäller skadegörelse på {INST}, ingen misstänkt ännu.
Kontakt med {RP}, nås på {TEL} eller {MAIL}.
Rån mot 15-åring vid {PLATS} {TID}, en av gärningspersonerna är {N}.
Bilbrand på {GATA} natten mot {DAT}, bilen ({REG}) ägs av {FULL}.
Patrull stoppade {BUSS} vid {PLATS} efter bråk ombord, {P} avvisades.
Brottsanmälan {DNR}, olaga hot mot {P} på {ADR}.
Efterlyst: {FULL}, {PNR}, senast sedd vid {PLATS} {DAT}.
{RP} noterade att {P} rör sig med {P2} vid {INST} dagtid trots skolplikt.
Moped utan reg körde {TID} på GC-vägen längs {GATA}, föraren är {N}.
Smällar hördes vid {PLATS} {TID}, inga skador, ärende {DNR}.
Fordon {REG} och {REG2} körde i hög fart runt {PLATS} {TID}.
Snatteri i butik vid {PLATS}, {P} gripen, värde {BELOPP}.
{FULL} ({PNR}) anhölls för grov skadegörelse på {INST}, {DNR}.
Kommunpolisen fick tips om att {N} förvarar narkotika på {ADR}.
Tips från allmänheten via {MAIL}: bil {REG} används vid langning vid {PLATS}.
{RP} och {RP2} gick med trygghetsvärdarna runt {PLATS} {TID}.
Flera anmälningar om ofredande vid {PLATS} {VECKA}, beskrivning matchar {P}.
Ungdomar kastade {w:sten} mot polisbilen vid {PLATS} {TID}, ingen gripen.
Målsägande {FULL}, tel {TEL}, vill inte medverka.
{P} uppger att {P2} tog hans telefon vid {PLATS} {DAT}.
Vittne {FULL} ({TEL}) såg två personer springa mot {PLATS}.
Ordningsstörning på {BUSS} {TID}, {RP} pratade med {LC} och två kompisar.
Id-nummer {PNR} tillhör personen som greps vid {INST}.
{LC} greps vid {PLATS} {DAT} misstänkt för rån, ärende {DNR}.
"Vi är inte rädda för snuten", skrek {Q} när {RP} kom fram.
Husrannsakan {DAT} på {ADR}, ingen narkotika hittades.
""",
    "bostadsbolag": """
{RV}, {ORG}
Rapportör: {RV}
Trapphus {ADR}
Källarförråd, {FBET}
Hyresgäst {FULL} ({PNR}) har sagts upp efter störningar i {LGH}.
Kontaktperson för {FBET}: {RV}, {MAIL}.
Felanmälan via {MAIL} från {LGH}, {ADR}: trasigt lås i porten.
Bil {REG} felparkerad på brandgatan vid {ADR} hela {VECKA}.
Okänd bil {REG} har stått på {GATA} sedan {DAT}, lappad.
Boende {P} på {ADR} ringer ofta från {TEL} om oväsen.
{RV} avvisade fyra personer från trapphuset på {ADR} i natt {TID}.
Klotter i tvättstugan, {FBET}, sanering för ca {BELOPP}.
Hyresgäst {FULL}, {ADR}, {LGH}, klagar på fest och skrik nattetid.
{RV} hittade en sovplats i källarförrådet på {ADR}, filtar och sprutor.
Inbrott i förråd, {FBET}, anmält av {P} som nås på {TEL}.
Krossad ruta i porten på {ADR}, kostnad {BELOPP}.
Störning från {LGH} på {ADR}, {RV} pratade med {P}.
Brand i soprum {DAT} {TID} på {GATA}, ingen skadad.
Ring {RV} på {TEL} om nycklar till soprummen.
Hot mot personal: {P} hotade {RV} vid {PLATS} {TID}.
Bil {REG} har stått övergiven på parkeringen vid {PLATS} sedan {VECKA}.
Felanmälan från {MAIL}: trasig belysning i gångtunneln mot {PLATS}.
Ungdomar röker i trapphuset på {ADR}, {RV} känner igen {P}.
Kostnad för sanering av klotter på {FBET}: {BELOPP}.
Boende på {ADR}, {LGH} ({FULL}), har larmat om att någon bor i förrådet.
{RV} och {RV2} gick rond runt {PLATS} {TID}, lugnt.
Mopeder på gården vid {GATA} varje kväll {VECKA}, en av förarna är {N}.
Hyresgästen i {LGH} på {ADR} vill vara anonym men nås via {MAIL}.
Klotter med texten "{F} är en råtta" på fasaden mot {GATA}.
Dörr till cykelrum uppbruten på {FBET}, {RV} har bytt lås.
{RV} såg {P} och {P2} bära ut en cykel från {ADR} i går {TID}.
Nedskräpning vid återvinningen på {GATA}, {BELOPP} för bortforsling.
Personen verkar {w:bo} i förrådet på {GATA} sedan {VECKA}, ingen nyckel.
{w:Sten} har kastats mot fönstren på {INST} flera nätter.
En {w:gran} har vält över gångvägen mot {PLATS} efter {w:storm} i helgen.
Det brann i {w:ljung} och gräs bakom {INST} {TID}.
Sly och {w:vide} skymmer sikten längs gångvägen vid {GATA}, beställt röjning för {BELOPP}.
{w:Frost} och halka, sandning utförd {DAT} på {GATA}.
{ORG} har satt upp kameror i entréerna vid {PLATS} {VECKA}.
Möte med {ORG} och polisen om läget vid {INST} {DAT}.
Trasig belysning längs {PGATA} mellan {TID} och {TID2}.
Bilbrand på {PGATA} natten till söndag, bilen hade reg {REG}.
{RV} fick ta emot hot från {N} vid {PLATS}, polisanmält under {DNR}.
Fastighetsskötare {W} bytte lås på {FBET} efter inbrottet {DAT}.
Kontakt: {RV}, {TEL}, {MAIL}.
Vattenskada i {LGH}, {ADR}, hyresgästen {LC} var inte hemma.
Hyresgäst i {LGH} ({FBET}) misstänks för olovlig andrahandsuthyrning, {P} bor där nu.
Otrygg gångväg längs en {w:bäck} bakom {PLATS}, belysning saknas.
Vi planterade en {w:lind} vid {INST} under trygghetsvandringen {DAT}.
""",
}
