"""Frames of the thirty-seventh blind corpus, part d: the coordinator's weekly compilation, the fältgrupp's
reports and guardians' e-mails (tests/blind37_corpus.py). Typed by the helper; slots as in
tests/blind37_fill.py."""

FRAMES_D = (
    # ---- veckosammanstallning: the EST coordinator's weekly compilation of school reports
    "samordnare|veckosammanstallning|Sammanställning skolor {week}\n1. {school}: bråk vid "
    "cykelstället, två elever ({first:1}, {first:2}). Vh informerade.\n2. {school}: klotter på "
    "paviljongen.\n3. Fritidsgården i {place}: stökig fredag, {nick:3} avstängd.\nRapportör: {full:4}",
    "samordnare|veckosammanstallning|EST {kommun}, skolor och fritid\nDatum: {date}\n"
    "Område: {place}\nKategori: Våld och hot\nBeskrivning: Elev ({first:1}) hotad av {first:2} "
    "vid {venue}. Polisanmält ({case}).\nRapportör: skola",
    "samordnare|veckosammanstallning|Inkomna tillbud {week}: {antal} st. Av dessa gäller tre samma "
    "elev ({first:1} på {school}). Kurator {full:2} har samtal. Rektor {sur:3} vill lyfta det på "
    "nästa EST-möte.",
    "samordnare|veckosammanstallning|Lägesbild – ungdomar\n• {place}: gänget runt {nick:1} syns "
    "igen vid {venue} sena kvällar.\n• {place}: lugnt.\n• Skolorna: en orosanmälan ({first:2}), "
    "innehåll ej känt för gruppen.\nUppgiftslämnare: {full:3}, fältsekreterare",
    "samordnare|veckosammanstallning|Veckans händelser från {org}:\nmån – moped på skolgården, "
    "reg {plate}\ntis – {first:1} och {first:2} slogs vid {venue}\nons – inbrott i förråd, "
    "{fast}\ntors – inget\nfre – fest hos {first:3} på {addr}, polis kallad\nlör – bil ({plate2}) "
    "i brand på {pstreet}",
    "samordnare|veckosammanstallning|Till EST-gruppen\n\nFrån {school} har vi fått in uppgifter om att "
    "äldre ungdomar lockar elever till {place} för att sälja. Namn som nämnts: {nick:1} och "
    "{full:2}. Polisen ({full:3}) har fått uppgifterna.\n\n/{first:4}",
    "kommunpolis|veckosammanstallning|Kommunpolis {full:1} om veckan: två anmälningar om rån av "
    "ungdomar i {place}, båda med skolelever som målsägande. Misstänkt: {first:2} ({ung}). "
    "Ärende {case}. Föräldrarna {full:3} och {full:4} har kontaktats.",
    "samordnare|veckosammanstallning|Statistik {week} – skola/fritid\nTillbud: {antal}\n"
    "Kränkningar: 4\nSkadegörelse: 2 (kostnad {amount})\nKommentar: ökning kopplad till "
    "{school} där {first:1} och {first:2} varit inblandade i flera.\nSammanställt av {init:3}",
    # ---- faltrapport: the fältgrupp's evening reports
    "faltassistent|faltrapport|Fältrapport fredag\nVi gick {place} – {venue} – {street} – "
    "{pstreet}. Träffade "
    "ca {antal} ungdomar. {first:1} och {first:2} (båda {klass}) var onyktra, vi ringde hem. "
    "{first:1|g} pappa kom. {nick:3} sågs med en okänd vuxen i en vit bil, {plate2}.",
    "faltassistent|faltrapport|kväll med {first:1}. mycket folk vid {venue}, {lowf:2} och hans "
    "kompisar. en tjej ({first:3}) grät, hade blivit av med mobilen. följde henne till busshållplatsen "
    "({line}).",
    "faltsekreterare|faltrapport|Rapport fältgruppen {date}\nPlats: {place}\nObservation: ungdomar "
    "i trapphuset på {addr}, grannar klagar. Pratade med {first:1}, {first:2} och {low:3}.\n"
    "Åtgärd: kontakt med {org}\nFältare: {full:4}, {tel}",
    "faltassistent|faltrapport|{first:1} ({ung}) sa att han blivit hotad av {nick:2} för att han "
    "pratat med polisen. Vi har gjort en orosanmälan. Mamma {wfirst:3} nås på {mob}. "
    "Socialsekreterare {wsur:4} vet.",
    "faltassistent|faltrapport|Fältarna {full:1} och {full:2}: vi stannade en moped med två "
    "tjejer på, {first:3} och {first:4}, ingen hjälm. Mopeden {plate} var inte hennes. Föräldrar "
    "ringda.",
    "faltsekreterare|faltrapport|Samverkan med {school} {week}: vi har fått veta att {first:1} inte "
    "varit i skolan sedan {date}. Sågs vid {venue} på dagtid. Orosanmälan finns sedan tidigare. "
    "Kontakt med socialsekreterare {sur:2}.",
    "faltassistent|faltrapport|kl {time} vid {venue}, ca {antal} ungdomar, musik, alkohol. känner igen "
    "{nick:1}, {lowf:2} och {first:3}. polisen patrull kom förbi. vi pratade med {first:3} som "
    "följde med oss hem till {addr}.",
    "faltassistent|faltrapport|Fältrapport\nNär: {date}\nVar: {place}, {street}\nVad: bråk mellan "
    "två grupper, en kille ({first:1}) blödde från näsan. Ambulans. {first:2} omhändertogs av "
    "polis.\nVem: {full:3} och fältsekreterare {sur:4}",
    # ---- vardnadshavare_mejl: guardians writing to school or fritidsgård
    "vardnadshavare|vardnadshavare_mejl|Hej!\nMin dotter {first:1} går i {klass} på {school}. Igår "
    "blev hon jagad av {first:2} och {first:3} hela vägen hem till {addr}. Jag vill att skolan gör "
    "något.\nMvh {full:4}\n{mob}",
    "vardnadshavare|vardnadshavare_mejl|Från: {mail}\nTill: rektor {sur:1}\nÄmne: min son\n\n"
    "Min son {first:2} vill inte gå till skolan. Han säger att en kille som heter {first:3} tar "
    "hans pengar. Senast tog han {amount}. Vad gör ni?\n{first:4}",
    "vardnadshavare|vardnadshavare_mejl|Hej {wfirst:1}\nTack för att ni ringde om {first:2} igår. "
    "Vi har pratat hemma. Han säger att det var {nick:3} som började. Kan vi ses {date}?\n"
    "Hälsningar {full:4}",
    "vardnadshavare|vardnadshavare_mejl|Hej. Jag ser varje morgon att föräldrar släpper av barn "
    "precis vid övergångsstället vid {school}. En svart Volvo {plate2} kör alltid för fort. Det är "
    "farligt för barnen. /{full:1}, förälder till {first:2} i {klass}",
    "vardnadshavare|vardnadshavare_mejl|Till fritidsgården\nmin dotter {lowf:1} kom hem i kväll "
    "och sa att {first:2} erbjudit henne snus och att en vuxen som heter {full:3} var där. Är det "
    "personal? Ring mig {mob}. mvh {low:4}",
    "vardnadshavare|vardnadshavare_mejl|Hej mentor {sur:1},\nvi har fått brev från socialtjänsten "
    "om en orosanmälan om {first:2}. Vi vill veta vad som hänt på skolan. Vi bor på {addr}, "
    "{lgh}, om ni vill skicka papper.\n{full:3}",
    "vardnadshavare|vardnadshavare_mejl|{first:1|g} mamma här. Hon har blivit slagen på rasten "
    "av {first:2} och {first:3} igen. Det har nu hänt tre gånger {week}. Jag har polisanmält, "
    "{case}. {full:4}\n{mail}",
    "vardnadshavare|vardnadshavare_mejl|Hej\nJag heter {full:1} och är mamma till {first:2}. "
    "Personnummer {pnr}. {first:2} har bytt skola till {school} och ska inte lämnas ut till pappan "
    "{full:3}. Adressen är skyddad. Kontakta mig på {mail}.",
)
