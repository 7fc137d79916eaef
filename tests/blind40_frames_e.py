"""Frames of the fortieth blind corpus, fifth file: the homes' and the jour's contributions to the weekly
EST picture, notes of contacts with the police, and night rounds (`role|style|template`; slots in
tests/blind40_fill.py). Written by the corpus's helper from how such notes look, without reading any other
corpus's frames."""

FRAMES_E = (
    # vecka_est: what the homes and the jour send to the weekly picture (meant to be free of names)
    "samordnare|vecka_est|Lägesbild {week} – {home}\nPlats: {place}\nKategori: våld och hot\nBeskrivning:"
    " boende"
    " {first:1} hotad av {antal} ungdomar vid {venue} kl {time}. Personal {first:2} ingrep. Polis på plats.\n"
    "Rapportör: {full:3}",
    "samordnare|vecka_est|EST-rapport från {kommun}, {week}: tre avvikningar från HVB i {place}, ett hot mot"
    " personal, en skadegörelse (fönster, {amount}). Ungdomen {first:1} återkommande enligt fältassistent"
    " {sur:3}. Kontakt: {full:2}, {tel}.",
    "hvb_chef|vecka_est|Veckans händelser {week}\nmån: {first:1} avvek, hittad i {place} av polis\nons:"
    " bråk i"
    " tv-rummet ({first:2} mot {first:3})\nfre: okänd bil {plate2} cirkulerade utanför på {street} flera"
    " kvällar\n"
    "[[Inga]] personuppgifter vidare, rensa innan lägesbilden!",
    "socialjour|vecka_est|Socialjouren i {kommun}, sammanställning {week}: {antal} ärenden. Bl.a."
    " LVU-omhändertagande av {first:1} ({ung}) i {place}, orosanmälan om barn till {full:2}, hot mot"
    " jourhavande {first:3} på {street}.",
    "samordnare|vecka_est|Trygghetsvandring {date} runt {home} med {org}, polis och boendepersonal. Noterat:"
    " dålig belysning vid {venue}, ungdomar samlas på {pstreet}. Ansvarig: {full:1}. Boende {first:2}"
    " berättade om hot från äldre killar.",
    "hvb_personal|vecka_est|Till trygghetssamordnare {sur:1}: underlag {week}. Polisen har varit här två"
    " gånger,"
    " för {first:2} (narkotikabrott, {case}) och för {first:3} (avvikning). Skadegörelse i entrén för ca"
    " {amount}.",
    "samordnare|vecka_est|Kommande: skolavslutning {date}, risk för avvikningar. {home} förstärker"
    " kvällspersonalen."
    " Kontakt kvällstid: {first:1} på {mob} eller {first:2} på {mob}. Samling vid {pstreet} väntas.",
    "stodboende|vecka_est|Stödboendet rapporterar {week}: klotter i trapphuset på {pstreet}, inbrott i"
    " förråd som"
    " tillhör {full:1} ({addr}, {fast}). Boende {first:2} har fått sin cykel stulen, polisanmält {case}.",
    # polis_kontakt: notes of contacts with the police
    "hvb_personal|polis_kontakt|Samtal med polisen {date} kl {time}. Polisassistent {sur:1} ringde om"
    " {full:2},"
    " som gripits misstänkt för rån vid {venue}. Förhör ikväll. Vi skickar {first:3} som stöd.",
    "socialjour|polis_kontakt|Polisen ({full:1}, {tel}) meddelar att {first:2}, {ung} år, setts i bil"
    " {plate2}"
    " tillsammans med {full:3}, känd sedan tidigare. Bilen stoppades på {street} nära {line}.",
    "hvb_chef|polis_kontakt|Kommunpolis {full:1} besökte boendet {date}. Vi pratade om {nick:2} och"
    " kopplingen"
    " till {place}. Polisen vill ha info om bilar som {plate} och {plate2}, mejla {mail}.",
    "nattpersonal|polis_kontakt|kl {time} ringde vi 112, {lowf:1} hotade att skada sig. polispatrull kom kl"
    " {time}, {first:2} följde med till {venue}. {wfirst:3} kvar på boendet med övriga. ärende {case}",
    "socialjour|polis_kontakt|PM 24-timmarsmöte\nPolis: {full:1}\nSoc: {full:2}\nUngdomar aktuella: {first:3}"
    " ({pnr}), {first:4} ({snr}), {nick:5}\nÅtgärd: orossamtal med vårdnadshavare den {date}",
    "hvb_personal|polis_kontakt|{first:1} hämtades av polis {date} för förhör om skadegörelse på {venue}."
    " Målsägande: {full:2}. Vi har begärt kopia av anmälan {case}.",
    "stodboende|polis_kontakt|Polisen sökte {full:1} på {addr} kl {time}. Han var inte hemma. De lämnade ett"
    " visitkort: kontakta inspektör {sur:2} på {tel}. Bilen {plate2} står kvar på {pstreet}.",
    "behandlare|polis_kontakt|Efter orosanmälan från {venue} har polisen hållit förhör med {first:1} på"
    " barnahus. Mamma {full:2} och styvpappa {full:3} misstänkta. {first:1} stannar på {home} tills vidare.",
    # nattrond: night rounds and tillsyn
    "nattpersonal|nattrond|Tillsyn natt {date}\n22.00 alla på rummen\n{time} {first:1} ute i köket, ville"
    " ha mat"
    "\n{time} {first:2} ringde från okänt nr {mob}, ville bli hämtad vid {line}\n06.30 alla sover /{first:3}",
    "nattpersonal|nattrond|{lowf:1}: vaken kl {time}, lyssnade på musik. {lowf:2}: sov. {first:3}: ej hemma,"
    " ringt {tel}, inget svar. larmat jouren kl {time}.",
    "nattpersonal|nattrond|Nattrond på LSS-boendet den {date}: {first:1} behövde hjälp till toa kl {time}."
    " {first:2} orolig, larmmattan larmade {antal} ggr. Kollegan {full:3} från {home} kom och hjälpte till.",
    "nattpersonal|nattrond|kl {time} knackade {full:1} (f.d. boende) på fönstret och ville in. Nekades."
    " Gick mot"
    " hållplatsen för {line}. {first:2} och {first:3} vakna men lugna.",
    "nattpersonal|nattrond|Natt mot lördag. {first:1} kom hem kl {time} med taxi från {place}, betalade"
    " {amount}. {first:2} (personal) tog emot. {first:1|g} mobil inlåst enligt regel.",
    "nattpersonal|nattrond|Överlämning natt: {first:1} sov. {first:2} sov. {first:3} avviken sedan kvällen,"
    " efterlyst, {case}. Inget nytt från {plk}. /{full:4}",
    "nattpersonal|nattrond|kl {time} brandlarm på {home} (rökning på rum). Alla ut, räddningstjänsten på"
    " plats."
    " {first:1} erkände. Personal: {first:2}, {first:3}. Förstörd brandvarnare ca {amount}.",
    "nattpersonal|nattrond|natt {date}. {lowf:1} ringde {low:2} (kompis) sent o grät, vi pratade en stund."
    " {first:3} sov. {first:4} sov. /natt {first:5}",
)
