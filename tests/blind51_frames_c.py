"""Frames of the fifty-first blind corpus, part c: färdtjänst passengers' and relatives' complaints
(fardtjanstklagomal), customer service's phone notes (telefonanteckning) and the trafikhandläggare's
follow-ups (uppfoljning). `role|style|template`; the slots are tests/blind51_fill.py's."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # fardtjanstklagomal: complaints through the kommun's web form or by letter
    "resenar|fardtjanstklagomal|Synpunkt färdtjänst\nNamn: {full:1}\nPersonnummer: {pnr}\nTelefon: {mob}"
    "\nResa: {date} kl {time} från {addr} till {venue}\nFörarens ID: {forarid}   Bil: {plate}\n"
    "Beskrivning: Föraren var otrevlig, hjälpte mig inte med rollatorn och kallade mig 'kärringen'. Jag"
    " vill inte åka med honom igen.",
    "resenar|fardtjanstklagomal|Klagomål\nJag, {full:1}, åkte färdtjänst den {date} med {company}."
    " Chauffören ({full:2} enligt skylten) tog en omväg via {place} och jag fick betala {amount}. Han"
    " pratade i telefon hela vägen. Bilen: {car}.\nMitt telefonnummer: {tel}",
    "anhorig|fardtjanstklagomal|Jag skriver för min mamma {full:1} ({vuxen} år) som bor på {addr}, {lgh}."
    " I tisdags blev hon lämnad utanför fel port och ramlade. Hon kan inte [[klara]] trappan själv."
    " Föraren heter {first:2}, bil {plate2}. Hon har blåmärken på armen. Ring mig, {full:3}, {mob}.",
    "resenar|fardtjanstklagomal|hej jag heter {low:1} och jag åker färdtjänst till {venue} varje tisdag."
    " föraren {lowf:2} säger saker om min kropp och frågar var jag bor fast han vet. jag är rädd. han kör"
    " {car}. ring inte min man {first:3}, ring {mob}",
    "resenar|fardtjanstklagomal|SYNPUNKT – FÄRDTJÄNST\nKund: {comma:1}\nKundnummer/samordningsnr: {snr}\n"
    "Händelse: Föraren {sur:2} ({company}) vägrade ta med min ledarhund. Jag blev stående vid {stop} i"
    " kylan och missade {line}.\nÖnskar återkoppling: ja, via {mail}",
    "anhorig|fardtjanstklagomal|Hej. Min bror {full:1} som har en intellektuell funktionsnedsättning blev"
    " utskälld av chauffören {full:2} på väg hem från dagverksamheten den {date}. Chauffören sa att han"
    " 'stinker'. {first:1} har samordningsnummer {snr} om ni behöver söka. Bilen hade reg.nr {plate}.\n"
    "{full:3}",
    "resenar|fardtjanstklagomal|Jag vill framföra klagomål på färdtjänsten i {kommun}. Den {date} väntade"
    " jag i {minuter} minuter vid {venue} och ingen bil kom. När jag ringde beställningscentralen sa"
    " {first:1} att det var mitt fel. Mitt namn är {full:2}, jag bor på {addr}.",
    "resenar|fardtjanstklagomal|Beröm och klagomål\nBeröm till föraren {full:1} som alltid hjälper mig in"
    " med matkassarna! Men klagomål på {full:2} som körde den {date}: han luktade alkohol och tappade min"
    " [[ask]] med mediciner. Bil {plate} från {company}. Jag heter {caps:3}, tel {tel}.",
    # telefonanteckning: customer service's notes of calls
    "kundtjanst|telefonanteckning|Tel.ant. {date} kl {time}\nUppringd av: {full:1}, {mob}\nÄrende:"
    " färdtjänstresa till {venue} uteblev, kunden fick ta egen taxi för {amount}. Vill ha ersättning."
    " Förare enligt systemet: {full:2}.\nVidare till: handläggare {sur:3}",
    "kundtjanst|telefonanteckning|Samtal med resenär {full:1} ({pnr}). Hon uppger att föraren på"
    " tisdagens resa tog hennes hand och sa att hon var söt. Bil {plate2}, förare {init:2}. Hon vill att"
    " det utreds. Återkoppling till {tel}. /{first:3} kundtjänst",
    "kundtjanst|telefonanteckning|{lowf:1} från {school} ringer: eleven {first:2} ({klass}) väntar"
    " fortfarande vid {stop} kl {time}, ingen bil. kontaktade {company} – {car} på väg, {minuter} min."
    " meddelat mamma {first:3} på {mob}",
    "kundtjanst|telefonanteckning|Ringde {comma:1}, {vuxen} år, {addr}. Klagar på att chauffören {nick:2}"
    " (som han kallas) alltid kör för fort på {street}. Vill inte åka med honom. Noterat i kundkortet,"
    " samordningsnr {snr}.",
    "kundtjanst|telefonanteckning|KL {time} – SAMTAL\n{full:1}, anhörig till {full:2} på {venue},"
    " meddelar att {first:2} kommit hem med skrapsår efter resan den {date}. Föraren ska ha backat in i"
    " trottoarkanten. Reg {plate}. Tel {mob}.",
    "kundtjanst|telefonanteckning|Anteckning: pappan {full:1} ringde arg, sonen {wfirst:2} har blivit"
    " slagen av {full:3} i taxin två dagar i rad. Föraren sa att han inte såg något pga låg [[sol]]. Vill"
    " prata med chef. Chef {full:4} ringer upp på {mob} före kl {time}.",
    "kundtjanst|telefonanteckning|{full:1} ringer om sin granne {full:2} på {addr}, {lgh}: färdtjänsten"
    " lämnade henne i hallen utan att stänga ytterdörren. {first:2} hittades av hemtjänsten. Ärendet till"
    " trafikhandläggare {wsur:3}.",
    "kundtjanst|telefonanteckning|Telefon {date}\nUppringare: {caps:1}\nOm: {full:2} ({ung} år) som åker"
    " skolskjuts från {place}\nFöraren på {route} ska ha sagt 'jävla unge' och dragit {first:2} i armen."
    " Föraren {sur:3} nekar. Bolag: {company}.",
    # uppfoljning: the trafikhandläggare's follow-ups
    "trafikhandl|uppfoljning|Uppföljning {week}\nÄrende: hot i skolskjuts {route}\nInblandade elever:"
    " {full:1}, {full:2}\nÅtgärder: {first:1} åker i separat bil (kostnad {amount}/vecka). Samtal med"
    " vårdnadshavare {full:3} genomfört {date}. Nästa avstämning med rektor {sur:4} kl {time}.",
    "trafikhandl|uppfoljning|Avstämning med {company}, den {date}\nFöraren {full:1} (ID {forarid}) har"
    " fått skriftlig varning efter klagomål från färdtjänstkunden {full:2} ({snr}). Ny klagan från"
    " {full:3}. Bolaget stänger av föraren från kommunens avtal. Ansvarig: {init:4}.",
    "trafikhandl|uppfoljning|{full:1} – uppföljning\nKlagomålet från {first:1} gällde förare i bil"
    " {plate}. Enligt GPS-loggen från {company} stämmer det att bilen stod stilla i {minuter} minuter vid"
    " {stop}. Föraren {sur:2} har fått utbildning och fick [[ros]] av skolan veckan efter. Återkopplat på"
    " {tel}.",
    "trafikhandl|uppfoljning|noteringar möte skolskjuts {date}\n- {low:1} ({klass}) fortsatt stökig i"
    " bilen, ledsagare {first:2} med t.o.m. {week}\n- {full:3} och {full:4} sitter separat\n- föraren"
    " {first:5} önskar backkamera, {company} kollar\n- nästa möte kl {time}",
    "trafikhandl|uppfoljning|Uppföljning av avvikelse {forarid}\nEleven {full:1} lämnades av vid fel"
    " hållplats ({stop} i stället för {stop}) den {date}. Föraren {wsur:2} var ny på {route}. Vh {full:3}"
    " informerad per telefon {mob}. Ärendet avslutat.",
    "trafikhandl|uppfoljning|Till: {full:1}, {org}\nHär kommer uppföljningen av klagomålen på {company}:"
    " tre klagomål under {week}, varav ett om trakasserier ({full:2} mot kunden {full:3}). Föraren är"
    " avstängd. Vite enligt avtalet: {amount}.\n/{full:4}, trafikhandläggare",
    "trafikhandl|uppfoljning|Uppföljning färdtjänst – {caps:1}, {pnr}\nKunden har haft tre missade"
    " hämtningar på {addr}. Orsak: fel portkod i systemet. Rättat den {date}. Kunden har fått tillbaka"
    " {amount}. Kontaktperson hos {company}: {first:2}, {mob}.",
    "trafikhandl|uppfoljning|{date}: uppföljning med {full:1} om {first:2|g} skolskjuts. Mobbningen i"
    " bilen har upphört enligt {first:2} själv. {full:3} åker nu {line} i stället. Avslutas.",
)
