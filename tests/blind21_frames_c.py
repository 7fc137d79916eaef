"""Frames of the twenty-first blind corpus, part C: the swimming hall and sports hall (bad_hall), LSS and daily
activities (lss), and hemtjänst and äldreboende, with scams against the elderly (hemtjanst)."""

# ruff: noqa: E501

FRAMES_C = (
    # bad_hall: badvakt, hallvärd, simlärare, bokning
    "badvakt|bad_hall|Badvakt {full:1}: kl {time} fick vi ta upp en pojke, {wfirst:2} ({barn}), som höll på att drunkna i stora bassängen. Mamma {full:3} satt i kafeterian. Ambulans behövdes inte.",
    "badvakt|bad_hall|{inst}, avvisning: {caps:1} och {caps:2} filmade i damernas omklädningsrum. Polis kallad, {case}. Badvakt {sur:3} och {sur:4} är vittnen.",
    "hallvard|bad_hall|Hallvärd {first:1}: under innebandyn i {inst} blev det slagsmål mellan två lag. {full:2} fick ett klubbslag i huvudet. Ledare {sur:3} ({mob}) ansvarar för laget.",
    "bokning|bad_hall|Bokningsansvarig {full:1}: hallen på {street} hyrdes den {date} av {full:2} för ett kalas men det kom över hundra personer. Det blev bråk och en dörr krossades, kostnad ca {amount}.",
    "badvakt|bad_hall|{full:1} ({ung}) nekades inträde till {inst} efter tidigare hot. Han kom tillbaka med {nick:2} och {nick:3} och sparkade på glasdörren kl {time}.",
    "badvakt|bad_hall|badvakt {sur:1} skriver: {lowf:2} och {lowf:3} hoppade från trampolinen på småbarn igen, tredje gången {week}. portförbud två veckor.",
    "simlarare|bad_hall|Simlärare {wsur:1}: under skolsimmet för {klass} från {skola} försvann {first:2|g} mobil och plånbok ({amount}). {first:3} i samma klass sågs vid skåpen.",
    "hallvard|bad_hall|Incident {inst}: en kille körde in i entrén och ställde mopeden, reg {plate}, inne i foajén. Ägaren uppgav sig heta {full:1}. Hallvärd {full:2} ringde {org}.",
    "badvakt|bad_hall|Rapport {date}\nBadvakter i tjänst: {full:1}, {full:2}\nHändelse: vuxen man, {full:3}, tog kort på barn med mobilen.\nÅtgärd: polisanmälan {case}, avstängd tills vidare.",
    "hallvard|bad_hall|Hallvärden på {inst} rapporterar att {full:1} brukar sova i förrådet bakom läktaren. Han har nycklar via sin bror {first:2} som jobbar på {org}. Ring hallvärd {full:3} {mob}.",
    # lss: daily activities, gruppbostad, personlig assistans, ledsagning
    "lss|lss|Dagliga verksamheten vid {place}: brukaren {full:1} har blivit lurad på {amount} av en 'vän' som kallar sig {nick:2}. Kontaktperson {full:3} och god man {full:4} informerade.",
    "lss|lss|Gruppbostaden på {pstreet}: natten mot {date} ringde det på dörren upprepade gånger. Boende {first:1} ({vuxen}) blev rädd. Personal {full:2} såg en bil {plate2} köra iväg.",
    "assistent|lss|Personlig assistent {full:1} rapporterar: brukaren {full:2}, {pnr}, har fått hotfulla sms från {mob}. Avsändare okänd, möjligen exsambon {first:3}.",
    "handlaggare|lss|LSS-handläggare {wsur:1}: beslut om ledsagare för {full:2} ({ung}), {snr}, boende {addr}. Vårdnadshavare {full:3}, {mail}. Dnr {dnr}.",
    "handledare|lss|{first:1} på daglig verksamhet berättade att {full:2} i busskön för {line} tog hennes busskort och sa att hon var 'dum i huvudet'. Handledare {sur:3} följer med henne hem {week}.",
    "korttids|lss|korttids: {lowf:1} ({barn}) rymde från korttidsboendet kl {time}, hittades av kontaktman {sur:2} vid {place}. föräldrar {low:3} informerade.",
    "boendestod|lss|Boendestödjare {full:1}: hos {full:2} på {addr}, {lgh}, fanns tre okända män som sa att de 'bodde där nu'. En kallades {nick:3}. Fastighet {fast}. Ärendet till {unit}.",
    "enhetschef|lss|Avvikelserapport {dnr}\nBrukare: {comma:1}\nPersonal: {comma:2}, {comma:3}\nHändelse: brukaren slog personal i ansiktet vid måltiden kl {time}.\nÅtgärd: enhetschef {sur:4} informerad.",
    "assistent|lss|Mejl till {unit}: [[Dina]] brukare på {street} får påhälsning av försäljare. Idag stod {full:1} och {full:2} utanför och ville sälja elavtal från '{org}'. Assistenten {first:3} körde bort dem.",
    "ledsagare|lss|Ledsagare {full:1}: under bussresan med {first:2} på {line} blev vi trakasserade av en man som kallade {first:2} för 'mongo'. Föraren {first:3} stoppade bussen vid {place}.",
    # hemtjanst: hemtjänst, nattpatrull, äldreboende; break-ins, falska poliser, bankbedrägeri
    "hemtjanst|hemtjanst|Hemtjänsten: vid besök hos {full:1} ({aldre}) på {addr} var ytterdörren uppbruten. Smycken och {amount} i kontanter borta. Undersköterska {full:2} ringde polisen, {case}.",
    "hemtjanst|hemtjanst|Brukare {full:1}, {pnr}, har blivit uppringd av 'falska poliser' som sa att hennes pengar på {org} var i fara. Hon lämnade ut bankdosan till en man som kom hem till henne. Anhörig {full:2} nås på {mob}.",
    "hemtjanst|hemtjanst|{wfirst:1} ({aldre}) berättade att en trevlig ung man, {first:2}, hjälpt henne med datorn och fått {amount}. Sonen {full:3} ({tel}) har spärrat kortet. Vi har kontaktat {unit}.",
    "aldreboende|hemtjanst|Äldreboende, avdelning två: anhörig {full:1} skrek och hotade undersköterska {sur:2} vid besöket den {date}. Han har tidigare varit hotfull mot {first:3}. Enhetschef {full:4} har beslutat om besöksrestriktion.",
    "nattpatrull|hemtjanst|nattpatrullen: larm från {low:1}, {addr}, kl {time}, hon hade ramlat. dörren stod öppen och en cykel i hallen var borta. {lowf:2} o usk {sur:3} åkte dit.",
    "hemtjanst|hemtjanst|Bankbedrägeri: {full:1} ({aldre}) lurad av någon som ringde från {mob} och sa sig vara från {org}. Hon loggade in med BankID och {amount} fördes över. Dottern {full:2} gjorde polisanmälan {case}.",
    "hemtjanst|hemtjanst|Undersköterska {full:1}: {full:2|g} lägenhet på {street} ({lgh}) har fått nytt lås efter inbrottet, fastighet {fast}. Nyckel finns i nyckelskåpet. Kod till porten lämnas av {first:3}.",
    "hemtjanst|hemtjanst|Avvikelse {date}\nBrukare: {caps:1}, {pnr}\nAdress: {addr}\nHändelse: okänd kvinna som sa sig vara från hemtjänsten stal medicin.\nPersonal på plats: {full:2}, {full:3}\nRapporterad av: {full:4}",
    "samordnare|hemtjanst|[[Rosa]] lappar om 'gratis larmkontroll' har satts upp i trappuppgångarna på {pstreet}. Två brukare, {full:1} och {full:2}, har släppt in män som sedan stal. Samordnare {sur:3} informerar {org}.",
    "hemtjanst|hemtjanst|SMS från hemtjänstpersonal: hej! fru {wsur:1} på {street} säger att en man som heter {full:2} ringt fem ggr idag om hennes sparpengar. hon är rädd. mvh {first:3}",
)
