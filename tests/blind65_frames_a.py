"""Frames of the sixty-fifth blind corpus, file a: the security unit's log, the kommun's incident reports
about threats against elected officials and staff, and the police's protective measures. Each frame is
`role|style|template` (slots: tests/blind65_fill.py)."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # säkerhetsenhetens logg
    "sakerhetssamordnare|sakerhetslogg|Säkerhetsenheten, logg den {date}\n– Kommunalrådet {full:1} har fått"
    " ett hotfullt sms från {mob}, avsändaren skriver att han vet var hon bor. Polisanmält, {case}.\n"
    "– {first:1} informerad av {first:2} kl {time}. [[Inga]] fler åtgärder i dag.",
    "sakerhetschef|sakerhetslogg|LOGG säk.enh {week}\nmån: larmknapp utdelad till {full:1} ({party})\n"
    "tis: {first:2} på växeln tog emot samtal från {tel}, uppringaren frågade efter {first:1|g} hemadress\n"
    "ons: genomgång med kommunpolisen {sur:3}",
    "sakerhetssamordnare|sakerhetslogg|{full:1} (ordf. socialnämnden) hörde av sig kl {time}: okänd man har"
    " stått utanför hennes bostad på {addr} två kvällar i rad. Bil {plate} noterad av grannen {first:2}."
    " Ärendet lämnat till polisen.",
    "sakerhetschef|sakerhetslogg|Anteckning – hot mot tjänsteperson\nBerörd: {comma:1}, handläggare"
    " försörjningsstöd\nUppgiftslämnare: enhetschef {full:2}\nHändelse: klient sa \"jag vet var dina barn"
    " går i skolan\" i receptionen på {venue}.\nÅtgärd: {first:1} går inte ensam till bilen, {first:2} ordnar"
    " följe.",
    "sakerhetssamordnare|sakerhetslogg|Kort notering {date}: nämndledamoten {full:1} hängdes ut i en"
    " Facebookgrupp med sin adress {addr} och bild på huset. {first:1} vill inte polisanmäla men vi har"
    " sparat skärmdumpar. Kontakt: {mail}\nUppföljning {week}.",
    "sakerhetschef|sakerhetslogg|säkerhetsenheten/dagbok\n{time} samtal från {low:1}, ledamot i"
    " byggnadsnämnden, om brev med vitt pulver\n{time} räddningstjänsten på plats vid {venue}\n"
    "ingen fara enligt insatsledare {sur:2}",
    "sakerhetssamordnare|sakerhetslogg|Inför fullmäktige {date}: extra väktare bokade via {first:1} på"
    " bevakningsbolaget ({mob}). Kommunstyrelsens ordförande {caps:2} och oppositionsrådet {full:3} har"
    " egna ingångar. Nyckelkort beställda av {first:4}.",
    "sakerhetschef|sakerhetslogg|Uppföljning hotbild {caps:1}\nSenaste incident: {nick:2} (som han kallar"
    " sig på nätet) skrev under {week} att han ska \"hälsa på\" på {pstreet}.\nPolisens bedömning: låg"
    " till medel. Ny avstämning med {first:1} i {week}.",
    # kommunens incidentrapport
    "registrator|incidentrapport|INCIDENTRAPPORT – HOT OCH VÅLD\nDatum: {date}\nTid: {time}\nPlats:"
    " {venue}\nDrabbad: {full:1}\nVittne: {full:2}, tel {mob}\nBeskrivning: besökare skrek och slog i"
    " disken, kallade {first:1} förrädare.",
    "enhetschef|incidentrapport|Anmälan om tillbud/hot (förtroendevald)\nNamn: {full:1}\nUppdrag:"
    " ledamot i kommunfullmäktige för {party}\nPersonnummer: {pnr}\nVad hände? Fick påkastade ägg vid"
    " {place} när hon delade flygblad.\nPolisanmält: ja, {case}",
    "personalhandlaggare|incidentrapport|Rapportör: {full:1}, bygglovshandläggare\nHändelsen:"
    " fastighetsägaren {full:2} ringde tre gånger från {tel} och hotade att \"komma upp på kontoret med"
    " grabbarna\".\nChef informerad: {first:3} {wsur:3}",
    "registrator|incidentrapport|Tillbud nr 47, {kommun}\nBerörd tjänsteperson: {init:1}\nFörövare"
    " (enligt uppgift): {full:2}, född {pnr}, bor {addr}, {lgh}\nSkada: ingen fysisk skada\nÅtgärd:"
    " kontaktförbud"
    " begärt",
    "enhetschef|incidentrapport|Incident i mottagningen {venue} kl {time}\nMedarbetare {first:1} och"
    " {first:2} hotades av man som krävde att få träffa kommunalrådet {sur:3}. Mannen lämnade innan"
    " polisen kom. Kamerabilder sparade. [[Bo]] gärna kvar i rummet om det händer igen, skriver {first:1}.",
    "personalhandlaggare|incidentrapport|Lex Sarah/hot? – nej, rapporteras som hot mot anställd\n"
    "Anmälare: {full:1}\nMotpart: {low:2} (samordningsnummer {snr})\nDen {date} hotade motparten att"
    " \"sätta eld på\" kontoret på {street}.",
    "registrator|incidentrapport|Avvikelse: hot via e-post\nFrån: {mail}\nTill: {full:1} (nämndsekreterare)"
    "\nInnehåll: avsändaren skriver att {first:1} och ordförande {sur:2} \"ska få sota för\" beslutet om"
    " förskolan i {place}.",
    "enhetschef|incidentrapport|{full:1} anmäler att hennes bil {plate2} blev repad med ordet FÖRRÄDARE"
    " utanför {venue} under sammanträdet. Skadan uppskattas till {amount}. Vittne: vaktmästare {first:2}.",
    # polisens skyddsåtgärder
    "kommunpolis|polisskydd|Polisen, PO {kommun}\nSkyddsåtgärder för {full:1}, kommunalråd\n"
    "- förstärkt patrullering vid {addr} nattetid {week}\n- fastighet {fast} har fått kameror\n-"
    " kontaktperson: {full:2}, {mob}\n- ärende {case}",
    "kommunpolis|polisskydd|Beslut om personskydd (utdrag). Skyddsperson: {caps:1}, född {pnr}. Hotaktör:"
    " {full:2}, med kännedom om bostad i {place}. Ansvarig: kriminalinspektör {sur:3}.",
    "polisinsatschef|polisskydd|Inför valvakan i {venue} den {date}: två civila patruller. Riskbedömda"
    " personer på plats: {full:1}, {full:2} och {first:3}. Kontakt via {first:4} på {tel}.",
    "kommunpolis|polisskydd|Till {first:1}: vi har pratat med {full:2} som skrev inlägget om dig. Han"
    " förnekar hot men fick en varning. Ring mig på {mob} om han dyker upp igen. /{first:3}, kommunpolis",
    "polisinsatschef|polisskydd|Polisens bedömning {date}\nHotbild mot oppositionsrådet {full:1} kvarstår."
    " Överfallslarm installerat i {lgh} på {street}. Grannarna {full:2} och {first:3} har fått information.",
    "kommunpolis|polisskydd|Åtgärder vid förtidsröstningen {venue}\nPolisens kontakt: {full:1}\n"
    "Valkansliets kontakt: {full:2} {mob}\nBil med ordningsvakter parkerad {street}, reg {plate}",
    "polisinsatschef|polisskydd|Samverkan polis–kommun, minnesanteckning\nNärvarande: {full:1},"
    " {full:2}, {first:3} från säkerhetsenheten\nSkyddsvärda: kommunalråden {sur:4} och {sur:5}\n"
    "Nästa möte: {date}",
    "kommunpolis|polisskydd|{full:1|g} grannar har ringt in två gånger om en mörk bil utan lyse vid"
    " {addr}. Polisen har noterat {plate2} och ägaren {full:2}. Fortsatt bevakning, ärende {case}.",
)  # fmt: skip
