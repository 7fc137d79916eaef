"""Frames of the fifty-seventh blind corpus, part d: insurance claims, warnings in local Facebook groups and
the kommunpolis' weekly summaries (tests/blind57_corpus.py). `role|style|template`; the slots are those of
tests/blind57_fill.py."""

FRAMES_D = (
    # ------------------------------------------------------------------------------ insurance claims
    "forsakring|forsakring|Skadeanmälan båt\n"
    "Försäkringstagare: {full:1}\n"
    "Personnummer: {pnr}\n"
    "Adress: {addr}\n"
    "Skadedatum: {date}\n"
    "Skadeplats: {hamn}\n"
    "Skadehändelse: stöld av {motor}, låst med godkänt lås.\n"
    "Polisanmälan: {case}\n"
    "Kontonr för utbetalning lämnas per telefon {mob}",
    "forsakring|forsakring|Ärende hos {org}. Kunden {full:1} uppger att båten {boat}, {skrov}, stulits "
    "från trailer på uppställningsplatsen vid {place} (fastighet {fast}). Trailern ({plate}) kvar. "
    "Självrisken är {amount}. "
    "Handläggare: {full:2}, {tel}.",
    "forsakring|forsakring|Komplettering till skadeärende\n"
    "Hej, här kommer kvitto på motorn (köpt av {full:1} den {date2}) samt intyg från {hamn} om att "
    "båten låg där. Hamnkaptenen heter {full:2} om ni vill ringa: {tel}.\n"
    "/ {full:3}, {snr}",
    "forsakring|forsakring|Skadeanmälan – egen redogörelse\n"
    "Jag, {full:1}, kom till min båtplats {date} kl {time} och såg att motorn var borta. Min granne "
    "{full:2} hade sett en mörk bil ({plate2}) kvällen innan. Jag bor {addr}, {lgh}, {place}. "
    "Mejl: {mail}",
    "forsakring|forsakring|Intern anteckning: Kund {comma:1} ({snr}) har haft tre båtstölder på fem år. "
    "Samtliga "
    "vid {hamn}. Kontakta skadereglerare {sur:2} innan utbetalning. Tidigare ärende {case}.",
    "forsakring|forsakring|Värdering stulen motor\n"
    "Ägare: {caps:1}\n"
    "Motor: {motor}, årsmodell 2019\n"
    "Marknadsvärde: {amount}\n"
    "Avdrag ålder: {amount2}\n"
    "Bedömd av: {init:2}, {org}",
    "forsakring|forsakring|Hej {first:1}, jag ringde dig {weekday} angående din anmälan. Vi behöver "
    "nyckeln till motorlåset och polisens diarienummer {case} i original. Skicka till oss eller lämna på "
    "kontoret på {street}. Vänliga hälsningar {full:2}, skadeavdelningen",
    "forsakring|forsakring|Skada campingvagn: Försäkringstagare {full:1} ({pnr}). Husvagnen stod på "
    "{hamn}, tomt {tomt}, när förtältet skars upp och en dator och två cyklar stals natten mot {date}. "
    "Vittne: {full:2}, grannvagn, tel {mob}.",
    # ------------------------------------------------------------------ local Facebook-group warnings
    "allmanhet|fb_varning|⚠️ VARNING ⚠️ Inatt har det varit båtmotortjuvar vid {hamn} igen! "
    "Min pappa {full:1} fick sin {motor} stulen. Om nån sett nåt, hör av er till honom på {mob} 🙏",
    "allmanhet|fb_varning|{full:1}\n"
    "Någon som känner igen den här bilen? {plate} stod vid båtramperna vid {place} kl {time} i natt "
    "och två killar bar på något tungt. Polisanmält.\n\n"
    "{full:2}: Den har stått vid {street} också\n"
    "{full:3}: Dela!!",
    "allmanhet|fb_varning|Kommentarer:\n"
    "{full:1}: Vi blev av med vår båt {boat} förra veckan från {hamn}\n"
    "{full:2}: Fy fan. {first:1} har du anmält?\n"
    "{full:1}: ja {case}\n"
    "{low:3}: samma här, {motor} borta",
    "allmanhet|fb_varning|Tips till alla båtägare i {place}: märk motorn och lås med kätting! "
    "Vi i {org} har vakter varje natt {week}–{week2}. Vill du gå vakt, kontakta {full:1} eller "
    "{wfirst:2} i klubbstugan.",
    "allmanhet|fb_varning|STULEN BÅT! {skrov}, vit med blå rand, namnet {boat} på sidan. "
    "Försvann från {hamn} natten till {date}. Hittelön utlovas: {amount}! Ring {first:1} {mob} eller "
    "{first:2} "
    "{mob}. Dela gärna!",
    "allmanhet|fb_varning|{full:1} delade ett inlägg i Vi som bor i {place}:\n"
    '"Ikväll kl {time} såg jag två personer med pannlampor vid båtarna nedanför {street}. När jag ropade '
    'sprang de mot {place2}. Själv bor jag på {pstreet}." – min granne {first:2} har redan ringt 114 14',
    "allmanhet|fb_varning|Anonym medlem: Jag vet vem som tar motorerna. Det är {lowf:1} och hans "
    "kompis {nick:2}, de säljer dem på Blocket. Polisen gör inget.\n\n"
    "Admin {full:3}: Vi tar bort namn i inlägg, kontakta polisen istället.",
    "allmanhet|fb_varning|Hej! Är det någon i {place} som har en {skrov} till salu? Min blev stulen "
    "i somras från {hamn}. Kan betala kontant. PM eller ring {tel} (fast) / {mob}. {first:1} "
    "({full:1})",
    # ------------------------------------------------------------------ the kommunpolis' summaries
    "kommunpolis|kommunpolis|Veckosammanfattning {week}, {kommun}\n"
    "Sex anmälda stölder av utombordsmotorer, främst {place} och {place2}. I ett fall ({case}) finns "
    "ett vittne. Inga gripna. Kommunpolis {full:1}",
    "kommunpolis|kommunpolis|Lägesbild sommar {place}: Ökning av båtmotorstölder jämfört med {week}. "
    "Modus: kätting klipps, motorn lyfts i mindre båt. Ett fordon av intresse, {plate}, kontrollerat "
    "{date}. Fordonet har också setts vid {pstreet} och gärningsmännen har tagit {line} mot centrum. "
    "Förare {full:1} ({pnr}), inget att erinra.",
    "kommunpolis|kommunpolis|Till samverkansgruppen: Vi har identifierat en person, {full:1}, med koppling "
    "till flera av stölderna vid {hamn}. Han hyr ett båthus på {fast}. Får ej spridas. Ansvarig utredare "
    "{sur:2}, ärende {case}.",
    "kommunpolis|kommunpolis|Kort från mig inför mötet:\n"
    "– båtstölder i {place}, totalt {antal} st, {case}\n"
    "– ordningsstörning vid {hamn} {weekday} natt, en omhändertagen ({full:1}, {ung} år)\n"
    "– trafik: A-traktor kontrollerad på {street}, reg {plate2}\n"
    "/{first:2}, kommunpolis",
    "kommunpolis|kommunpolis|Polisen {kommun}: Natten till {date} greps två män i {place} efter larm "
    "från en båtägare, {full:1}. De misstänkta hade en {motor} i bilen. Förundersökningsledare "
    "{sur:2}. Tips till {tel}.",
    "kommunpolis|kommunpolis|Från kommunpolis {caps:1}: tack för bra samarbete med {org} under "
    "{week}. Nattvakterna har bidragit till färre stölder. Särskilt tack till {full:2}, {full:3} "
    "och familjen {wsur:4} som larmade i tid.",
    "kommunpolis|kommunpolis|Anmälningar {week}\n"
    "{case} – stöld båtmotor, {hamn}\n"
    "{case} – inbrott husbil, {place}, MÄ {comma:1}\n"
    "{case} – skadegörelse, {street}\n"
    "Utredare: {init:2}",
    "kommunpolis|kommunpolis|Hej {first:1}! Kan du ta med på lägesbildsmötet att vi fått in en {motor} "
    "som hittats i vassen vid {place}. Ägaren är okänd, tillv.nr skrapat. Hör av dig till mig, "
    "{full:2}, {mob} eller {mail}.",
)
