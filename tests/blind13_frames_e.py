"""Frames of the thirteenth blind corpus (e): newcomers' simple Swedish, English, Finland-Swedish phrasing
and dictated voice-to-text without punctuation. Each frame reads `voice|style|template`."""

FRAMES = [
    "nyanländ|nybörjare|hej jag heter {first} jag bor {addr}, {lgh}. det är många killar i trapp varje natt "
    "jag är rädd. mitt personnummer {pnr}. min granne {full} också.",
    "nyanländ|nybörjare|Min son {first} han blev slagen vid {inst} igår, han har samordningsnummer {snr}. "
    "Jag ringer polis {case}. Min telefon {mob}. Tack lärare {sur} som hjälpte.",
    "nyanländ|nybörjare|Jag {full}, jobbar {org}. Bil {plate} brinner {date} natt. Många ungdom där, jag såg "
    "{low}.",
    "nyanländ|nybörjare|Förlåt min svenska. Vi i moskén ({inst}) vill hjälpa med nattvandring. Ring mig "
    "{nick} {mob} eller min bror {first} ({snr}).",
    "nyanländ|nybörjare|lampa trasig länge på {street} många vecka. jag ringt {org} tre gång. kvinna heter "
    "{wf} säger vänta. {gen} barn rädd.",
    "nyanländ|nybörjare|Hej! Mitt namn är {full}. Jag är ny i {place}. Var jag kan säga om narkotika? Mitt "
    "samordningsnummer {snr}, min mejl {mail}.",
    "nyanländ|nybörjare|{full} här. Igår {time} någon kasta [[sten]] på fönster {lgh}. Hyresvärd {sur} säger "
    "polis.",
    "nyanländ|nybörjare|till kommun: vi föräldrar ({low}, {low}, {first}) vill ha fritids öppen på helg. "
    "barn är ute till {time}. tack från {full}",
    "expat|engelska|Hi, I'm {full} from {org}. Someone broke into our storage at {addr} last night ({case}). "
    "Contact me on {mob}, my personal number is {pnr}.",
    "expat|engelska|Event: Eid celebration at {inst} on {date}, from {time}. Organiser {full} ({mail}). "
    "About 500 people expected, volunteers {first} and {nick}.",
    "expat|engelska|Status update from {init}: the street lights on {street} are fixed. Thanks to {first} at "
    "{org}!",
    "expat|engelska|Minutes, safety walk {week}:\n{full} (housing), {p} (police), {low}.\nMain issue: dark "
    "path behind {inst}. Action owner: {sur}.",
    "expat|engelska|Reported by {comma}, parent volunteer. Kids on mopeds riding through {place}, one plate "
    "seen: {platen}. [[Young]] guys, maybe 16.",
    "expat|engelska|Football tournament {date}: {org} hosting 30 teams at {inst}. Contact coach {ws} or "
    "{full}, tel {tel}.",
    "expat|engelska|Shop owner {full} says the youths were [[long]] gone when police arrived. His colleague "
    "{wf} saw them. Ref {case}.",
    "finlandssvensk|finlandssvenska|Vi har konstaterat att pojkarna samlas vid {inst} på kvällarna, skilt "
    "på veckosluten. Kontaktperson {full}, tfn {mob}.",
    "finlandssvensk|finlandssvenska|Evenemanget ordnas {date} klockan 18 vid {inst}. Ansvarig person är "
    "{full} från {org}, hen nås [[per]] e-post {mail}.",
    "finlandssvensk|finlandssvenska|{first} på {org} har bytt lamporna i gångtunneln. Åtgärden är färdig, "
    "det var rätt bra gjort. /{full}",
    "finlandssvensk|finlandssvenska|Mötet hölls {date} i {inst}.\nNärvarande: {full}, {full}, {wf} "
    "(ordförande) samt {low}.\nNästa möte {week}.",
    "finlandssvensk|finlandssvenska|Jag vill anmäla att det igen har varit oväsen i trappuppgången {addr}, "
    "{lgh}. Disponenten {sur} svarar inte i telefonen.",
    "finlandssvensk|finlandssvenska|Talko i {place}: de boende städade gården {date}. Ledare {nick} och "
    "{full}. Gårdskarlen {ws} bjöd på kaffe.",
    "finlandssvensk|finlandssvenska|Skolavslutningen firas {date}. Rektor {sur} önskar att polisen "
    "patrullerar kring {inst} efter klockan 21. Kontakt {tel}.",
    "diktering|diktat|ja hej det är {low} från {org} ringer angående mopederna på {street} igen dom kör hela "
    "kvällen ring mig på {mob} tack",
    "diktering|diktat|rapport {date} patrullerade med {low} och {first} vid {inst} inga incidenter förutom "
    "att {nick} blev hotad av en kille slut",
    "diktering|diktat|anteckning till lägesbilden {week} {first} på {org} säger att belysningen vid "
    "{pstreet} fortfarande är trasig ärendet har nummer {case}",
    "diktering|diktat|okej så {full} ringde från {org} om branden vid {inst} i natt räddningstjänsten var "
    "där {time} ingen skadad kontakta {gen} kollega",
    "diktering|diktat|skicka till {first} kommande händelse skolavslutning på {inst} den {date} ansvarig "
    "{low} telefon {mob}",
    "diktering|diktat|kommunpolis {sur} här snabb rapport bil med regnummer {platen} brann på parkeringen "
    "vid {street} ägaren {full}",
    "diktering|diktat|hej {first} det här är {wf} från hyresgästföreningen vi har fått klagomål från {low} "
    "på {addr} om fester i lokalen ring mig {mob}",
    "diktering|diktat|mötesanteckningar grannsamverkan {date} närvarande {full} {full} och {nick} punkt ett "
    "belysningen på {street} punkt två inbrott i förråd {case} nästa möte hos ordförande {sur}",
]
