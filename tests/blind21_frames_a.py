"""Frames of the twenty-first blind corpus, part A: the school's incident reports and weekly safety notes
(skola), kränkningsanmälningar as forms (krankning) and parents' e-mails to the school (foralder). Each frame
is `role|style|template`; tests/blind21_fill.py says what a slot is."""

# ruff: noqa: E501

FRAMES_A = (
    # skola: the rektor's and the mentor's incident reports, the weekly safety note, absence notes
    "rektor|skola|Incident på {skola} kl {time}: två elever i {klass}, {full:1} och {full:2}, hamnade i slagsmål vid matsalen. Mentor {wsur:3} skilde dem åt. Vårdnadshavare till {first:1} nådd på {mob}.",
    "mentor|skola|{full:1} i {klass} lämnade skolan utan lov under lunchrasten och sågs senare vid {place} tillsammans med en äldre kille som kallas {nick:2}. Mamma {wfirst:3} informerad per telefon.",
    "rektor|skola|Veckans trygghetsnotis {week}, {skola}:\n- Rast: bråk på fotbollsplanen, {first:1} ({barn}) fick ett slag i ansiktet.\n- Lunch: {first:2} och {first:3} kastade mat, samtal med mentor {sur:4}.\n- Skolgården: klotter på gaveln mot {street}.\nHälsningar {full:5}",
    "mentor|skola|Frånvaroanmälan: {full:1} ({klass}) har varit borta sedan {date}. Vårdnadshavare {full:2} svarar inte på {tel} eller {mob}. Eleven bor på {addr}. Kurator {sur:3} kopplas in.",
    "elevassistent|skola|hej! på rasten idag sa {lowf:1} i {klass} att {lowf:2} hotat honom med kniv bakom idrottshallen. jag har pratat m {first:3} (rektor). /{first:4}",
    "rektor|skola|Till personalen på {skola}: efter händelsen den {date} där en elev hotade lärare {sur:1} har polisen upprättat anmälan {case}. Eleven, {full:2}, är avstängd tre dagar. Frågor till mig, {full:3}, {mob}.",
    "syv|skola|SYV-anteckning: {full:1} ({ung}) vill byta program men är rädd att åka {line} hem efter att storebror {first:2} blivit rånad vid {place} den {date}.",
    "larare|skola|Elev i {klass}, {first:1}, uppgav att {full:2} och {first:3|g} kusin filmat henne i omklädningsrummet och lagt ut det på Snapchat. Rektor {sur:4} och skolsköterskan har underrättats.",
    "rektor|skola|Lunchrastincident {date}: matvärd {full:1} blev knuffad av en elev, {first:2} i {klass}, som skrek svordomar och sprang ut mot {street}. [[Inga]] skador, men {first:1} är skakad.",
    "mentor|skola|Skolsköterska {wsur:1} ringde: {full:2} i {klass} har blåmärken och säger att pappa {first:3} slår. Orosanmälan skickad till {unit} samma dag, {date}.",
    # krankning: kränkningsanmälningar, mostly as forms
    "larare|krankning|Anmälare: {full:1}, lärare\nBerörd elev: {full:2}, {klass}\nVårdnadshavare: {full:3}, {mob}\nHändelse: {first:2} blev kallad 'terrorist' och knuffad av {first:4} i korridoren kl {time}.\nÅtgärd: samtal med båda, mentor {sur:5} informerad.",
    "rektor|krankning|Kränkningsanmälan {dnr}\nSkola: {skola}\nBerörd elev: {caps:1} ({barn} år)\nUtsatt av: {caps:2}\nVårdnadshavare: {comma:3}\nBeskrivning: {first:1} har under {week} blivit utfryst och hånad i klassens chatt. Skärmdumpar finns.\nAnmäld av: {full:4}",
    "elevassistent|krankning|Berörd elev: {comma:1}\nPersonnummer: {pnr}\nAdress: {addr}\nAnmälare: {sur:2}, elevassistent\nHändelse: spottad på och kallad fula ord under rasten av två äldre elever, {first:3} och {first:4}",
    "idrottslarare|krankning|Kränkning {date}, {skola}: {full:1} ({klass}) och {full:2} drog ner byxorna på {first:3} i omklädningsrummet. Idrottslärare {sur:4} ingrep. Vårdnadshavare {full:5} kontaktad på {mail}.",
    "fritidspedagog|krankning|Anmälan om kränkande behandling\nAnmälare: {full:1}, fritidspedagog\nBerörd elev: {first:2}, {barn} år, {klass}\nElever som utsatt: {first:3}, {first:4}\nVad hände: slag med hopprep på skolgården.\nUtredare: rektor {sur:5}",
    "mentor|krankning|kränkning anmäld av mentor {sur:1}: {low:2} i {klass} blev kallad 'blatte' av {low:3} i matkön, {date}. samtal hålls {week}.",
    "rektor|krankning|Till huvudman: Anmälan {dnr} avser eleven {full:1}, {pnr}, som enligt vårdnadshavare {full:2} trakasserats sedan {date} av {full:3} (kallas {nick:3}) och hans kompisar. Rektor {sur:4} har påbörjat utredning.",
    "kurator|krankning|Berörd elev: {init:1}, {klass}\nAnmälare: kurator {wsur:2}\nVårdnadshavare: {full:3} tel {mob}\nHändelse: hot via Instagram om att 'vänta vid {place}' efter skolan. Avsändare troligen {first:4} från {skola}.",
    "skyddsombud|krankning|{full:1} ({ung}) anmäler att hon blivit tafsad på av {full:2} vid skåpen. [[Alla]] vuxna i arbetslaget informerade. Skyddsombud {sur:3} deltar i samtalet.",
    "rektor|krankning|KRÄNKNINGSANMÄLAN\nDatum: {date}\nElev: {caps:1}\nKlass: {klass}\nUtsatt av: {caps:2}, {caps:3}\nRapportör: {full:4}, {skola}",
    # foralder: parents' e-mails and messages to the school
    "foralder|foralder|Från: {mail}\nÄmne: Min son {first:1}\n\nHej {first:2}!\nMin son {first:1} i {klass} kom hem med rivna kläder igen. Det är samma pojkar, {first:3} och {first:4}. Jag vill ha ett möte denna vecka.\nMvh {full:5}\n{mob}",
    "foralder|foralder|Hej mentor {sur:1}, jag heter {full:2} och är mamma till {first:3} i {klass}. Igår vid {place} blev {first:3} rånad på sin mobil av tre killar, en kallades {nick:4}. Vi har polisanmält, nummer {case}. Ring mig på {mob}.",
    "foralder|foralder|Hello, I am {full:1}, father of {first:2} ({barn}) in class {klass}. My daughter is afraid to go to {skola} because {first:3} threaten her every day. Please call me {mob}. Thanks, {first:1}",
    "foralder|foralder|Ang. min dotter {full:1}\n\nHej! {first:1} berättar att en vuxen man stått vid staketet vid {inst} och pratat med barnen flera dagar, senast {date}. Han körde en vit bil {plate}. Kan ni kolla? /{full:2}, {addr}",
    "foralder|foralder|hej jag vill anmäla att min son {lowf:1} blir mobbad av {lowf:2} och hans bror på {line} varje morgon. ingen gör något!!! mvh {low:3}",
    "foralder|foralder|Hej rektor {sur:1}!\nVi är föräldrar till {first:2} och {first:3} i {klass}. Vi har flyttat till {addr}, {lgh}, och har nytt telefonnummer {tel}. Barnen får inte hämtas av pappa {full:4}, se tingsrättens beslut.\nHälsningar {full:5}",
    "foralder|foralder|Till {skola}: {full:1} kommer inte idag, hon har feber. Hon har ju också varit borta {week} pga att {first:2} i hennes klass hotar henne. /Pappa {first:3}",
    "farmor|foralder|Hej, detta är {full:1}, farmor till {first:2} ({barn}). Jag hämtade {first:2|g} lillasyster på {inst} idag och såg att en förälder, {full:3}, skrek åt personalen. Jag blev rädd. Mitt nummer {mob}.",
    "foralder|foralder|Skickat från min iPhone\n\n{first:1} var med när {full:2} blev slagen i huvudet utanför {skola} i fredags. Han vågar inte berätta för {first:3|g} mentor. Kan ni ringa mig, {full:4}, {tel}?",
    "foralder|foralder|Re: Möte om {first:1}\n> Hej {full:2}, vi föreslår {date} kl {time}.\nPassar bra. Jag tar med tolk. Min man {full:3} kan inte komma.\n// {first:2}",
)
