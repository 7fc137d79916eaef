"""Frames of the tenth blind corpus, part D: cells with property designations, samordningsnummer, plates,
landlines, bus lines and ordinary words that look like names (tests/blind10_corpus.py explains the
syntax). Written by the corpus's writer."""

FRAMES_D = """
bovard|beskrivning
Fastighet {FAST}, uppgång 3: <word:sten> kastad genom källarfönstret. Hyresgäst {A} ringde
från {TEL}. <word:Inga> personer på plats när vi kom.

fastighetsskotare|arende
{ARENDE} gäller {FAST}. Klotter i <word:rosa> och svart på garageporten. Anmält av
{A}. Sanering {WEEK}, kostnad {AMOUNT}.

bovard|beskrivning
{A=m}Olovligt boende i källaren på {FAST}. En man som uppgav sig heta {A}, samordningsnummer
{SAM}, sov där. <word:Hans> saker låg i en <word:ask> vid dörren. Kontakt med soc.

vaktare|vaktare
{A=m}Person påträffad i soprum, {FAST}. Legitimerade sig med {SAM}, namn {A}. Avvisad kl {TIME}.
<word:Bo> kvar där får han inte, sa förvaltaren.

kommunpolis|polis
LOB-omhändertagande vid {BUS}, hållplats {STREET}. {A}, {SAM}, kördes till arresten.
<word:Ingen> annan inblandad.

kommunpolis|beskrivning
Två bilar, {PLATE} och {PLATEN}, körde i hög fart på {STREET} kl {TIME}. Föraren i den
ena uppges vara {A}. <word:Max> 30 gäller där.

trygghetsvard|trygghetsvard
Hållplatsen för {BUS} vid {INST}: lampan trasig igen, <word:mörkt> och <word:tomt>. {A} som
väntade på bussen sa att det varit så länge. Anmält till {ORG} på {TEL}.

faltassistent|faltlogg
Åkte med {BUS} till {PLACE}. Ungdomarna vid hållplatsen kände igen {W}. <word:Dag> efter
dag samma gäng, säger chauffören {A.s}.

samordnare|handelse
Konsert i parken den {DATE}. Extra turer på {BUS} och {BUS} till kl {TIME}. Kontakt
{ORG}: {A}, {TEL}.

bovard|beskrivning
Boende på {FAST} vill ha <word:Klara> regler för grillning. {A} och {B} har bråkat om det
flera gånger. <word:Stark> lukt av tändvätska i trapphuset.

fastighetsskotare|arende
{FAST}: elcentralen uppbruten, <word:ström> bruten till tvättstugan. Anmälare {A} ({MOB}).
Elektriker beställd via {TEL}.

rektor|skola
Elever på väg till {BUS} blev hotade av äldre från {PLACE}. {A} (åk 8) fick lämna
sin jacka. <word:Alla> elever fick åka hem med personal. Polis {CASE}.

jour|jour
Jouren kl {TIME}: bil {PLATE} parkerad i lastzon vid {FAST}. Ägaren {A} nåddes på {TEL}.
<word:Inga> fler åtgärder.

kommunpolis|polis
Ärende {CASE}: stulna registreringsskyltar {PLATEN} återfunna vid {INST}. Ägaren {A.r}, {PNR}.
Skyltarna satt på en bil med nummer {PLATE}.

vaktare|vaktare
{A=m}Kl {TIME} stoppades {A}, {SAM}, när han försökte ta sig in i {INST} via lastkajen.
<word:Hans> kompis sprang. Polis kallad.

socialsekreterare|mejl
{A=m}Hej! Vi söker kontakt med {A} ({SAM}) som uppges sova i {PLACE}. Har ni sett honom?
Ring {TEL}. Mvh {B}, socialtjänsten

trygghetsvard|beskrivning
Klotter på elskåp vid {PSTREET}: ord i <word:rosa> färg och en tagg. {A} från {ORG} tar bort det.
<word:Vilja> finns att sätta upp fler skåp med anti-klotterfärg.

faltassistent|faltlogg
Mötte {A.f} vid {BUS}. {A.Han} har <word:inga> pengar till busskort och plankar varje dag.
Vi kopplade på {B} på {ORG}, {TEL}.

bovard|arende
{FAST}, {ADR}: <word:sand> och glas i trapphuset efter helgen. Hyresgäst {A} i {LGH}
misstänker grannens gäster. Städning beställd.

kommunpolis|beskrivning
Inbrott i bil {PLATEN} på parkeringen vid {FAST}. <word:Hela> bakrutan krossad. Ägare {A},
kontakt {TEL}. Ärende {CASE}.

fritidsledare|fritid
<word:Mina> kollegor {A.f} och {B.f} var med på utflykten till {PLACE} med {BUS}. <word:Alla>
kom tillbaka kl {TIME}. Lugnt.

raddningstjanst|raddning
Brand i förråd på {FAST}. Boende {A} larmade kl {TIME}. Det var <word:hala> trappor och
<word:tom> brandsläckare i huset. Polis informerad.

samordnare|protokoll
Beslut: fastighetsägaren till {FAST} ({ORG}) ska åtgärda belysningen. {A} bevakar. <word:Sommar>
och <word:vinter> samma problem, enligt boende {B}.

vaktare|vaktare
{A=m}Kl {TIME}: bilen {PLATEN} stod med motorn igång vid {INST} i en timme. Föraren {A} sa att han
väntade på en vän. <word:Dina> grannar klagar, sa vi. Han åkte.

bovard|beskrivning
Hyresgästen {A}, {SAM}, har flyttat in i andrahand utan tillstånd på {FAST}. Hyresgästen
{B} nås inte. Uthyrningen utreder.

kommunpolis|polis
Trafikbrott, {PLACE}. Mopedist utan hjälm stoppad på {STREET}. {A} (16). Mopeden {PLATEN}
saknade försäkring. <word:Frisk> men rapporterad.

trygghetsvard|trygghetsvard
Vi gick längs sträckan för {BUS} i {PLACE}. <word:Björk> och sly skymmer gångvägen vid {PSTREET}.
{A} från {ORG} lovade att röja {WEEK}.

jour|jour
Samtal från {TEL} kl {TIME}: kvinna i {LGH} på {FAST} hör skrik från grannen. Jouren och polis
på plats. <word:Inga> skador. Grannen {A} bad om ursäkt.

faltassistent|sms
{B=m}sms från {A.l}: "{B.l} åkte med {BUS} mot {PLACE}, han har <word:inga> skor"
"""
