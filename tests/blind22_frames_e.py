# ruff: noqa: E501
"""Frames of the twenty-second blind corpus, part e: after-event reports, social-media posts about a party
(screenshot text), and tips about a big party in a garage or a flat. Each frame is `role|style|template`."""

FRAMES_E = [
    # efterrapport: what happened, who was hurt, who was removed
    "vakt|efterrapport|Efterrapport {venue} den {date}: ca {antal} besökare. Två avvisade: {full:1} och {full:2}. En skadad ({first:3}, {ung} år) fick plåster. Ansvarig vakt {full:4}.",
    "vakt|efterrapport|Rapport efter Valborg vid {place}: lugnt fram till kl {time}, sen kastades flaskor. {full:1} ({ung}) omhändertogs, förälder {full:2} hämtade. Ärende {case}.",
    "arrangor|efterrapport|Efter festen i {venue}: skadegörelse på toaletter, kostnad ca {amount}. Hyresgäst enligt kontrakt {full:1}, {snr}. Vi fakturerar {first:1}.",
    "polis|efterrapport|Sammanfattning nyårsnatten {place}: raketer mot buss {line} vid {street}. En gripen, {caps:1}, {snr}. Ärendenr {case}.",
    "vakt|efterrapport|Händelserapport\nDatum: {date}\nPlats: {venue}\nRapportör: {full:1}\nBeskrivning: [[Stark]] musik och bråk vid entrén. {full:2} slog {full:3}. Ambulans tillkallades.",
    "fritid|efterrapport|Halloween gick bra! {first:1} och {first:2} från personalen var ute till kl {time}. {nick:3|g} gäng tände eld på en papperskorg vid {place}.",
    "arrangor|efterrapport|Utvärdering Eid-festen: {antal} besökare, {amount} i intäkter till {assoc}. Tack till {full:1}, {full:2} och {full:3} från Nattvandrarna.",
    "vakt|efterrapport|Efter matchen: bil {plate} parkerad på gångväg vid {venue}, föraren {full:1} ({vuxen}) bötfälld. {wfirst:2} från parkeringen fotograferade.",
    # sociala_medier: screenshot text of posts
    "skarmdump|sociala_medier|[Skärmdump Instagram]\n{lowf:1}: fest hos mig på lördag!! {addr}, port 2, tag med folk\n{lowf:2}: jaaa kommer",
    "skarmdump|sociala_medier|[Snapchat-story] STOR FEST i {place} ikväll 🔥 DM {nick:1} för adress. {mob} swisha {amount} för inträde",
    "skarmdump|sociala_medier|Facebook-inlägg av {full:1}: Vi i {assoc} bjuder in till Nowruz-fest den {date} på {venue}! Frågor till mig eller {full:2}.",
    'skarmdump|sociala_medier|TikTok-kommentar: "{low:1} o {low:2} e värsta" under filmen från festen vid {place}',
    'skarmdump|sociala_medier|Skärmdump från gruppchatt "Fest {week}":\n{first:1}: vem har högtalare?\n{first:2}: {nick:3} fixar\n{first:1}: ok ses vid {place} kl {time}',
    'skarmdump|sociala_medier|Inlägg i Facebook-gruppen Vi som bor i {place}: "Nån som vet varför det är så mycket folk vid {faith}? /{full:1}" Svar från {full:2}: begravning tror jag',
    "skarmdump|sociala_medier|[Instagram] {caps:1} lade upp bild från bröllopet i {venue} med {antal} likes. Taggade: {full:2}, {full:3}",
    "skarmdump|sociala_medier|[[Klara]] besked saknas om festen som sprids på Snap. Avsändaren verkar vara {low:1}, som bor på {street}. {first:2} på fältet kollar.",
    # tips: tips about a big party
    "tips|tips|Tips från granne: stor fest i garaget på {addr} på fredag, {nick:1} och hans kompisar. Grannen {full:2} vill vara anonym, nås på {mob}.",
    "tips|tips|Anonymt tips: {full:1} ska ha fest i {lgh}, {addr}, lördag natt. Ca {antal} pers via Snap. Bil {plate} har setts där förut. Förra gången kom polisen.",
    "tips|tips|hej ringde {lowf:1} från {assoc} o sa att det blir fest i garaget vid {street} ikväll. {lowf:1} tror {low:2} ligger bakom",
    "tips|tips|Tips till fältgruppen: {first:1} ({ung}) har bjudit hela skolan till fest när föräldrarna är bortresta. Adress {addr}. Bil {plate2} brukar stå där.",
    "tips|tips|Väktare {full:1} ringde kl {time}: många bilar vid {fast}, musik från ett garage. Reg {plate} och {plate2}. Ingen svarar.",
    'tips|tips|Från mamma till en elev: "Min dotter {wfirst:1} säger att {full:2} ska ha fest vid {place}." Mamman heter {full:3}, {mob}.',
    "tips|tips|Fastighetsskötare {wsur:1} meddelar: fest i gemensamhetslokalen utan bokning, {lgh} har lånat nyckeln. Hyresgäst {comma:2}.",
    "tips|tips|{full:1} på {assoc} tipsar om en “stor fest” i en lagerlokal vid {place}. {first:1} har hört det från {nick:2}. Kontakt via {mail}.",
]
