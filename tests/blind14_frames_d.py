"""Frames of the fourteenth blind corpus, part d: Finland-Swedish staff, a kommunpolis' press-style
summaries, school and preschool incident forms and youth club logbooks."""

FRAMES = (
    "trygghetsvard|finlandssvenska|Hej! Jag skickar rapporten för veckoslutet. {full} var på skiftet med "
    "mig, vi hade talko vid {inst} klockan 18. Mvh {first}",
    "bovard|finlandssvenska|Disponenten {role} meddelar att trappan i {addr} ({fast}) skall städas "
    "{date}. Frågor till {full}, {tel}.",
    "fritidsledare|finlandssvenska|Vi träffade {nick} och {full} vid {inst}, de var lite på kant men det "
    "ordnade sig. Hälsningar {full}",
    "bovard|finlandssvenska|Anmälan: cykelförrådet uppbrutet igen, {lgh}. Ägaren {full} ringer till "
    "disponenten {role} i morgon.",
    "trygghetsvard|finlandssvenska|Rapport {date} ({place}): Int mycket hände. {first} och {wf} gick "
    "kvällsrundan. Papperskorgarna tömda av {org}.",
    "volontar|finlandssvenska|Jag har pratat med rektorn {role}, hon lovar att ta upp saken med {firstg} "
    "föräldrar. /{full}",
    "samordnare|finlandssvenska|Tack för senast! Som sagt kan {full} ({mail}) vara kontaktperson för "
    "{org} från och med {date}.",
    "kommunpolis|polis|Sammanfattning {week}, {place}: Natten till lördag anlades en brand i en "
    "container vid {inst}. En 17-årig man greps. Kommunpolis {role}",
    "kommunpolis|polis|Polisen söker vittnen efter ett rån vid {inst} den {date}. Den som har uppgifter "
    "kan kontakta kommunpolis {full} på {tel}. Ange diarienummer {kno}.",
    "kommunpolis|polis|Under veckan har polisen i {place} kontrollerat mopeder. Bland annat "
    "rapporterades föraren av {platen}. – Vi fortsätter, säger kommunpolis {full}.",
    "kommunpolis|polis|Kommunpolisens veckobrev\nHej! Det har varit en lugn vecka i {place}. Tack till "
    "{org} och {full} för gott samarbete.\n//{full}, kommunpolis",
    "kommunpolis|polis|Händelse {kno}: Misshandel vid {inst}. Målsägande {full}, {pnr}. Misstänkt "
    "{full}, {samnr}. Utredare {role}.",
    "kommunpolis|polis|{full}, kommunpolis i {place}, berättar att ungdomsgruppen kring {nick} har "
    "flyttat till {street}.",
    "kommunpolis|polis|Till lägesbilden {week}: Inbrott i förråd på {addr} och {addr}. Anmälningar {kno} "
    "och {kno}. /{init}",
    "kommunpolis|polis|Polisen har tagit hand om en bil, {plate}, som användes vid stölden. Ägaren, "
    "{caps}, har hörts. Ansvarig: inspektör {role}",
    "rektor|skola|Incidentrapport\nSkola: {inst}\nDatum: {date}\nInblandade elever: {full} (7B), {full} "
    "(7C)\nRapporterad av: {full}, lärare\nÅtgärd: Samtal med vårdnadshavare {full}",
    "forskola|skola|Förskolan: Okänd man vid grinden kl {time}, pratade med {first} (4 år). Personal "
    "{full} och {first} tog in barnen. Förskolechef {role} kontaktad.",
    "rektor|skola|Elevhälsan: {full} i klass 9A har berättat att {nick} hotat honom på {bus}. Mentor "
    "{role} informerar vårdnadshavare.",
    "rektor|skola|Kränkningsanmälan {dnr}\nUtsatt elev: {rev}\nAnmäld av: {rev}\nRektor: {role}",
    "rektor|skola|Hej {first}! {firstg} pappa ringde, hon blev rånad på mobilen vid {inst} i går. Kan vi "
    "ta det på EHT? /{first}",
    "rektor|skola|Skadegörelse på skolgården helgen {week}: krossade fönster i matsalen. Vaktmästare "
    "{role} har dokumenterat. Kostnad: {amount}.",
    "forskola|skola|Rastvakt {full}: Bråk mellan {low} och {first} vid fotbollsplanen, löst på plats.",
    "rektor|skola|Föräldramöte {date}: {full} och {full} (föräldrar) undrar över vuxennärvaron vid "
    "{inst} på kvällarna. Svar från {full}, rektor.",
    "fritidsledare|fritidsgard|Loggbok {date}\nPersonal: {first}, {first}, {nick}\nBesökare: ca "
    "40\nHändelser: {first} och {first} bråkade om pingisbordet, löst.",
    "fritidsledare|fritidsgard|{first} (15) kom in ledsen, berättade att {nick} tagit hans mobil vid "
    "{inst}. Vi ringde {firstg} mamma {full} på {mob}.",
    "fritidsledare|fritidsgard|Kväll {week}: Lugn kväll. {wf} och {first} hjälpte till i kaféet. [[Sol]] "
    "och värme, många satt ute vid {inst}.",
    "fritidsledare|fritidsgard|Logg: {time} kom kommunpolis {role} och frågade efter {full}. Han var "
    "inte här. Personal: {full}",
    "fritidsledare|fritidsgard|Ledare på plats: {full}, {full}, {nick}\nInsläpp stängt kl {time} efter "
    "bråk utanför. {first} skadade handen, plåstrad av {first}.",
    "fritidsledare|fritidsgard|Utflykt till {place} den {date}: {full} och {first} ansvariga. Med: "
    "{low}, {first}, {first}, {wf}.",
    "fritidsledare|fritidsgard|Samtal med {full} från {org} om lokal till Eid-firandet. Kontakt {mob}. "
    "/{first}",
)
