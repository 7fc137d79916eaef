"""Frames of the sixty-eighth blind corpus, part c: the school's concern reports to the social services,
its contacts with the police, and the notes of SSPF meetings (school, social services, police, fritid)."""

from __future__ import annotations

# Orosanmälan: the school's report of concern about a pupil, form fields and running text.
OROSANMALAN = (
    "kurator|orosanmalan|OROSANMÄLAN\nBarnets namn: {full:1}\nPersonnummer: {pnr}\nAdress: {addr}, "
    "{lgh}\nVårdnadshavare: {full:2}, tel {mob}\nAnmälare: kurator {full:3}, {venue}\nEleven har "
    "setts vid {place} sent på kvällarna med äldre ungdomar.",
    "kurator|orosanmalan|Orosanmälan gällande {full:1} ({ung} år)\n\nSkolan har under {week} fått "
    "uppgifter om att eleven varit inblandad i en brand i skolans förråd. Eleven har själv berättat "
    'för mentor {sur:2} att han "måste göra saker" för en person som kallas {nick:3}.',
    "rektor|orosanmalan|Till socialtjänsten, mottagningsgruppen\nAngående {caps:1}, {pnr}\n"
    "Eleven har hög frånvaro sedan {date} och har enligt klasskamrater sovit hos {first:2} på "
    "{street}. Mamma {full:4} nås inte på {tel}.\nRektor {full:3}",
    "kurator|orosanmalan|Anmälan enligt 14 kap. 1 § SoL\nBarn: {comma:1}\nSamordningsnummer: {snr}\n"
    "Skola: {venue}, klass 6\nOro: pojken har berättat att pappas vän {full:2} tar med honom på nätterna "
    "till {place}. Syns trött, har blåmärken.",
    "kurator|orosanmalan|{full:1} (elevhälsan) ringde socialjouren kl {time} efter att {first:2} inte "
    "ville gå hem. Handläggare {sur:3} tog emot. Uppföljande skriftlig anmälan skickad {date}, "
    "dnr hos socialtjänsten okänt.",
    "kurator|orosanmalan|Ny orosanmälan\nGäller: {full:1}, född {pnr}\nBor: {addr}, {place}\n"
    "Syskon: {first:2} och {first:3}\nSkolan är orolig för att eleven säljer narkotika vid {venue} "
    "efter skoltid. Uppgift från väktare {sur:4}.",
    "rektor|orosanmalan|Komplettering till tidigare orosanmälan om {full:1}\n\nDen {date} "
    "hittade vaktmästare {sur:2} eleven sovande i skolans cykelförråd ({fast}). Mobil till eleven: "
    "{mob}. [[Inga]] vuxna har kunnat nås.",
    "kurator|orosanmalan|Orosanmälan – {lowf:1} i 4B\nFlickan har berättat att hon är rädd för "
    "{full:2}, som bor hos familjen. Hon vill inte gå hem efter fritids. Kontakt: {full:3}, kurator, "
    "{tel} eller {mail}",
)

# Kontakt med polisen: the principal's or the kommunpolis' notes, a case number, who said what.
POLISSAMVERKAN = (
    "rektor|polissamverkan|Samtal med kommunpolis {full:1} den {date}\n- Inbrottet i {venue} är anmält, "
    "{case}\n- Polisen vill ha kamerabilder från entrén\n- Elev {full:2} (9C) kan ha sett något, ska "
    "höras med vårdnadshavare {full:3}",
    "kommunpolis|polissamverkan|Från: {full:1}, områdespolis\nTill: rektor {sur:2}\n\nHej! Vi har "
    "gripit två personer för skadegörelsen vid {venue}. En av dem, {full:3}, är elev hos er. Jag hör av "
    "mig om förhör. Mitt nr: {mob}",
    "rektor|polissamverkan|Anteckning, telefon med polisen kl {time}\nPolisen ({init:1}) uppger att "
    "bilen {plate} setts vid skolan flera kvällar. Ägare: {full:2}, {addr}. Han är pappa till en elev i "
    "åk 8.",
    "kommunpolis|polissamverkan|Lägesbild skola {week}\n{place}: stenkastning mot {venue} tis+ons, "
    "gärningspersoner oklara\n{place2}: bilbrand vid idrottshallen, {case}\nKontakt: {full:1}, "
    "{mail}",
    "rektor|polissamverkan|Polisanmälan gjord av mig ({full:1}) den {date}:\nElev {full:2}, {pnr}, "
    "blev slagen av {full:3} vid busshållplatsen mot {street}. Vittne: elevassistent {sur:4}. Polisens "
    "diarienr {case}.",
    "kommunpolis|polissamverkan|{caps:1}\nKOMMUNPOLIS\nPolisen har förstärkt närvaron runt {venue} "
    "kvällstid efter {amount} i skadegörelse på en vecka. Frågor till mig eller {full:2}, {tel}.",
    "rektor|polissamverkan|Möte med polisen {date}\nNärvarande: rektor {full:1}, biträdande rektor "
    "{full:2}, polisinspektör {wsur:3}\nDiskuterades: mopeder på skolgården, en med reg {plate2}; "
    "grupp vid {place} kvällstid; {nick:4} nämndes igen.",
    "kommunpolis|polissamverkan|Hej {first:1}! Bekräftar att vi fått in anmälan om hot mot din "
    "personal, ärendenummer {case}. Handläggare: {full:2}. Den misstänkte, {full:3}, har "
    "tillträdesförbud på skolans område. /{first:4}",
)

# SSPF: notes of the meeting of school, social services, police and fritid about pupils at risk.
SSPF = (
    "sspf_samordnare|sspf|SSPF {date}, {place}\nNärvarande: skola ({full:1}), soc ({full:2}), polis "
    "({full:3}), fritid ({first:4})\nÄrende 1: {full:5}, {snr}. Misstanke om rekrytering. Insats: "
    "mentorskap.",
    "sspf_samordnare|sspf|SSPF-anteckning\nIndivid: {comma:1} ({ung} år)\nBakgrund: setts med äldre "
    "kopplade till {place}. Elden i förrådet vid {venue} {week}.\nAnsvarig soc: {sur:2}\nNästa möte: {date}",
    "sspf_samordnare|sspf|{full:1} – uppföljning\nSkolan: närvaro förbättrad sedan {week}\nSoc: "
    "familjen har fått stöd, kontakt {full:2}\nPolis: inga nya händelser\nFritid: {lowf:3} tycker han "
    "kommer till fritidsgården\nHandlingsplan följs upp av {full:4}",
    "sspf_samordnare|sspf|Ärenden SSPF {venue}\n1. {full:1} – oro, samtal med vh {full:2} ({mob})\n"
    "2. {full:3} – anmäld för skadegörelse, {case}\n3. {nick:4} – okänt riktigt namn, syns vid {place}",
    "sspf_samordnare|sspf|Minnesanteckning: {first:1} i 8A har enligt polisen ({sur:2}) synts i en bil "
    "({plate}) tillsammans med {full:3}, som är känd sedan tidigare. Soc kontaktar mamma {full:4}.",
    "sspf_samordnare|sspf|Till SSPF-gruppen\nEn ny elev har flyttat in till {addr}, {place}: {full:1}, "
    "samordningsnr {snr}. Tidigare skola har skickat oro. Kontakt {full:2}, {tel}.\n/{full:3}",
    "sspf_samordnare|sspf|{first:1} (fältare): såg {low:2} och {lowf:3} vid {venue} kl {time}, "
    "de verkade vänta på någon. Bilen som kom: {plate2}. Meddelat {first:4} på soc.",
    "sspf_samordnare|sspf|Beslut SSPF den {date}\n- {full:1}: SIP ska hållas, sammankallande {full:2}\n- "
    "{full:3}: avslutas, ingen oro\n- Gruppen vid {venue}: fältgruppen ({org}) fortsätter kvällstid.\n"
    "Protokoll: {first:4}",
)

FRAMES_C = OROSANMALAN + POLISSAMVERKAN + SSPF
