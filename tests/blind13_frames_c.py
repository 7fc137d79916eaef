"""Frames of the thirteenth blind corpus (c): sports clubs, library and fritidsgård staff, shop owners in the
centrum, taxi, ambulance and räddningstjänst. Each frame reads `voice|style|template`."""

FRAMES = [
    "tränare|idrott|{org}: tränare {ws} rapporterar att grusplanen vid {inst} används för mopedåkning efter "
    "träning. {gen} lag har fått sluta tidigare.",
    "tränare|idrott|Matchvärdar {date}:\n{full}, {p}, {nick}.\nArrangör {org}, ca 600 publik. Ansvarig vakt "
    "{full} {mob}.",
    "tränare|idrott|[[organisation:Fisksätra IF]] F14: föräldern {low} anmäler att någon skrivit hotfulla "
    "saker om {first} i omklädningsrummet. Tränare {sur} har tagit bort det.",
    "tränare|idrott|Cupen {week} på {inst}: 48 lag, parkering längs {street}. Trafikvakter: {p} och {p} "
    "({org}). Kontakt {mail}.",
    "tränare|idrott|Boxningsklubben i källaren på {addr} ({fast}): ledare {full} vill ha bättre belysning. "
    "{first} följer med på trygghetsvandringen.",
    "tränare|idrott|Ishallen: ungdomar utan biljett försökte ta sig in under matchen {date}. Vaktchef {sur}, "
    "{org}. Ansvarig på plats {caps}.",
    "tränare|idrott|Rapportör: {init} / {org} ungdomssektion. Futsal i {inst} fredagar {time}, ca 30 killar, "
    "ledare {wf} och {low}.",
    "tränare|idrott|Från {org}: vi har anmält skadegörelse på klubbstugan ({case}). Kontaktperson {full}, "
    "tel {mob}. [[Tack]] för hjälpen /{first}",
    "bibliotekarie|fritid|{inst}: ungdomsgäng stör i läsesalen på eftermiddagarna. Bibliotekarie {full} har "
    "pratat med {org}. [[Alla]] i personalgruppen är oroliga.",
    "fritidsledare|fritid|Fritidsledare {full} och {nick} ordnar disco {date}, {time}. Extra personal: {p}. "
    "Anmälan via {mail}, {bus} går till 23.",
    "bibliotekarie|fritid|Läxhjälp i {inst} med volontärerna {first}, {first} och {ws}. [[Inga]] incidenter "
    "{week}. /{full}",
    "fritidsledare|fritid|Från {inst}: {low} (14) berättade att äldre killar säljer på baksidan. Personal: "
    "{first}. Vidarebefordrat till fältare {sur}.",
    "fritidsledare|fritid|Föräldramöte på fritidsgården {date}.\nTalare: {full} (kommunpolis) och {full} "
    "({org}).\nCa 40 föräldrar. Protokoll: {p}.",
    "bibliotekarie|fritid|Bokbussen ställs in vid {place} efter stenkastning. Chauffören {first} fick rutan "
    "krossad {date}. Kontakt bibliotekschef {full}, {tel}.",
    "fritidsledare|fritid|Fritidsgårdens logg {date}:\n18.10 {first} och {low} bråkar om pingisbordet\n"
    "19.40 {p} lämnar efter tillsägelse\n21.05 stängt, {nick} låser",
    "butiksägare|centrum|Ägaren till pizzerian i {inst}, {full}, säger att snatterierna ökat. Han har kamera "
    "och kan lämna film till polisen ({case}). Tel {mob}.",
    "butiksägare|centrum|{org}-butiken: butikschef {sur} vill ha väktare fredagskvällar. Offert: "
    "{amount}/månad. Kontakt {mail}.",
    "butiksägare|centrum|Frisören {first} på torget: 'De sitter här varje kväll och skriker.' Centrumledare "
    "{full} tar upp det med {org}.",
    "butiksägare|centrum|Centrumföreningen i {place}: {full} (ordf.), {p} och {p}. Möte med polisen {date} "
    "om otrygghet vid hållplatsen för {bus}.",
    "butiksägare|centrum|Kioskägare {sur} ({org}) ringde {date}, {time}: inbrott natten till lördag, "
    "{amount} i kontanter borta. Anmält, {case}.",
    "butiksägare|centrum|Apotekets personal ({wf} och {low}) hotades när de vägrade sälja till en man. "
    "Polisen, patrull {sur}, kom efter 20 min.",
    "butiksägare|centrum|Butiker som vill ha trygghetskamera:\n- {org}, {full}\n- pizzerian, {p}\n"
    "- tobaksaffären, {nick}\n- blomsteraffären, {init}",
    "centrumvärd|centrum|Centrumvärd {full}: rökande ungdomar vid entrén till {inst} hela {week}. {first} "
    "från {org} tar ett snack med dem.",
    "taxichaufför|blaljus|Taxichaufför {full} ({org}) blev bestenad på {street} natten till {date}. Bilen "
    "{platen} fick krossad bakruta.",
    "ambulans|blaljus|Ambulanspersonalen ({first} och {ws}) kände sig hotade vid utryckning till {addr}. "
    "Polis begärdes, ref {case}. Patientens samordningsnummer {snr} ska inte stå här.",
    "räddningstjänst|blaljus|Räddningstjänsten ({org}): containerbrand bakom {inst} natten mot {date}. "
    "Styrkeledare {sur}. [[Inga]] skadade. Kontakt {tel}.",
    "räddningstjänst|blaljus|Brandinspektör {full} har gjort tillsyn i trapphusen på {street}: barnvagnar "
    "och skräp. Förvaltare {sur} ({org}) informerad.",
    "taxichaufför|blaljus|Taxi: förare {nick} vägrar köra in i {place} efter kl 22 sedan rånet. Åkeriägaren "
    "{full} ringer gärna: {mob}.",
    "ambulans|blaljus|Rapport från ambulansen: stenar mot fordonet vid {inst}, {time}. Personalen {p} & {p}. "
    "Avvikelse skriven, {case}.",
    "räddningstjänst|blaljus|Brandmännen {first} och {first} deltar i trygghetsvandringen {date}. Kontakt "
    "via stationschef {full}, {mail}.",
]
