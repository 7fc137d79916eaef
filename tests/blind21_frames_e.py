"""Frames of the twenty-first blind corpus, part E: the integration and tolk service's notes, mixing Swedish
with English, transliterated Arabic, Somali and Dari words, misspellings and emoji (tolk), the kommun's
reporting system's rows and forms (rapport), and the security coordinator's weekly summaries (samordnare)."""

# ruff: noqa: E501

FRAMES_E = (
    # tolk: integration, SFI, samhällsvägledning, tolkservice
    "tolk|tolk|Tolk {full:1} (arabiska): mamman {full:2} säger att hennes son {first:3} blir 'bullied' på skolan, hon säger wallahi han vill inte gå dit mer 😢. Familjen bor på {addr}.",
    "sfi|tolk|SFI-lärare {sur:1}: eleven {full:2}, {snr}, berättade att hennes man {first:3} tar hennes pengar, 'he take all my money, habibti no money for food'. Tips: kontakta {unit}.",
    "tolk|tolk|Tolkning somaliska {date}: hooyo {first:1} sa att {first:2} (walaalkiis) har dhibaato med killar vid {place}. Hon vill att skolan ringer {mob} 🙏",
    "integration|tolk|hej jag heter {lowf:1} jag bor i {place} min bror {lowf:2} han slå av polis?? nej inte polis, vakter på {inst}. snälla hjälp 🙏🙏 nummer {mob}",
    "samhallsvagledare|tolk|Samhällsvägledare {full:1}: {full:2} (persiska), {snr}, har fått brev från {org} som hon inte förstår. Hennes hyresvärd {full:3} hotar att slänga ut familjen från {addr}. Inshallah löser vi det, skriver hon 👍",
    "tolk|tolk|{first:1} says her neighbour {full:2} is shouting 'ya kalb' at the kids every day, she is scared. Lives {addr}, {lgh}. Tolk {full:3} (dari) was present.",
    "integration|tolk|Språkcafé {inst}: {full:1} berättar på engelska att 'some guys took my phone near the {place} station'. Kompisen {nick:2} var med. Vi hjälpte till med anmälan, {case}.",
    "tolk|tolk|Tolkbokning {dnr}: {comma:1}, {snr}, språk tigrinja. Gäller möte med socialsekreterare {sur:2} om sonen {first:3}. Tolk: {full:4}",
    "etablering|tolk|Etableringshandläggare {full:1}: {full:2}, {snr}, ny i kommunen, bor tillfälligt hos kusinen {full:3} på {addr}. Har blivit lurad att betala {amount} för ett 'kontrakt'.",
    "tolk|tolk|chat m familjen (via tolk): mamma {lowf:1}: 'ok ok insha'allah imorgon'. pappa {lowf:2} vill inte att {lowf:3} går på fritids pga killarna vid {place} 😡. /tolk {first:4}",
    # rapport: the kommun's reporting system, CSV-like rows and form fields
    "system|rapport|Datum;Tid;Enhet;Händelse;Åtgärd;Rapporterad av\n{date};{time};{skola};Elev {first:1} ({klass}) hotade lärare {sur:2} med sax;Avstängd, polisanmälan {case};{comma:3}",
    "system|rapport|{date};{time};{inst};Stöld ur personalrum, plånbok tillhörande {full:1};Polisanmält;{caps:2}",
    "system|rapport|Datum;Tid;Enhet;Händelse;Åtgärd;Rapporterad av\n{date};{time};{unit};Hot i receptionen av klient {caps:1}, {pnr};Vakt tillkallad;{comma:2}\n{date};{time};{unit};Klotter på entrédörren;Sanering beställd;{comma:3}",
    "system|rapport|{date};{time};{street};Bil {plate} körde på gång- och cykelväg vid {skola}, förare {full:1};Rapport till polisen;P-vakt {full:2}",
    "system|rapport|{date};kväll;{place};Ungdomar, bl.a. {first:1} och {nick:2}, kastade grus mot {line};Kontakt med {org};{full:3}",
    "system|rapport|Anmälare: {full:1}\nEnhet: {unit}\nBerörd: {full:2}, {pnr}\nHändelse: hotad med kniv utanför {addr}\nÅtgärd: polisanmälan {case}",
    "system|rapport|{date};{time};{inst};Förälder {caps:1} skrek och hotade personal, bl.a. {first:2};Samtal med rektor;{caps:3}",
    "system|rapport|Händelserapport {dnr}\nDatum: {date}\nTid: {time}\nEnhet: {unit}\nHändelse: brukaren {full:1} utsatt för bedrägeri via telefon, gärningsman uppgav namnet {full:2}\nRapporterad av: {comma:3}",
    "system|rapport|{date};{time};{place};Inbrott i förråd, fastighet {fast}, cyklar stulna från {full:1};Polisanmälan {case};{full:2}",
    "system|rapport|Datum;Tid;Enhet;Händelse;Åtgärd;Rapporterad av\n{date};{time};{unit};{caps:1} ringde från {mob} och hotade {first:2};Polisanmält;{init:3}",
    # samordnare: the kommun's security coordinator's weekly summaries and incident reports
    "trygghetssamordnare|samordnare|Veckosammanfattning {week}\n{place}: tre incidenter på {skola}, bl.a. hot mot lärare {sur:1}.\n{place}: inbrott hos äldre ({full:2}, hemtjänsten larmade).\n{place}: klotter '{nick:3}' på {inst}.\nSammanställt av {full:4}",
    "sakerhetssamordnare|samordnare|Säkerhetssamordnare {full:1}: {week} har vi fått fyra rapporter om hot mot personal, varav två från {unit} och en från {skola}, där eleven {full:2} hotade rektor {wsur:3}.",
    "trygghetssamordnare|samordnare|Inför EST-mötet den {date}: [[Alla]] enheter rapporterar lugnare läge i {place} utom kring {skola}. Där har {first:1}, {first:2} och {nick:3} setts sälja. Polisen ({full:4}) informerad.",
    "sakerhetssamordnare|samordnare|Incidentrapport {dnr}\nHändelse: bombhot mot {skola} via mejl från {mail}\nDatum: {date} kl {time}\nÅtgärd: utrymning, polis på plats, kommunpolis {full:1}\nKontakt: {full:2}, {tel}",
    "trygghetssamordnare|samordnare|Kort från mig: falska poliser har ringt flera äldre i {place} {week}, bl.a. {full:1} och {full:2}. Hemtjänsten delar ut info från {org}. /{wfirst:3}",
    "trygghetssamordnare|samordnare|Läget {place}, {week}: lugnt på {inst}, men bilbrand på {street} (bil {plate2}). Polisen misstänker {caps:1} och {caps:2}, båda kända av socialtjänsten.",
    "sakerhetssamordnare|samordnare|Till förvaltningscheferna: efter händelsen den {date} på {inst}, där vikarien {full:1} blev slagen, inför vi larmknappar. Kontaktperson {full:2}, {mob}.",
    "trygghetssamordnare|samordnare|Minnesanteckningar EST {week}\nNärvarande: {full:1} (polis), {full:2} ({org}), {full:3} (skola)\nPunkt ett: {place} gul.\nPunkt två: {place} röd efter skjutningen vid {street}.\nNästa möte den {date}.",
    "trygghetssamordnare|samordnare|snabbt: {lowf:1} på {unit} säger att {low:2} (kallas {nick:2}) är tillbaka i {place} efter HVB. rektor {sur:3} orolig. /{first:4}",
    "sakerhetssamordnare|samordnare|{full:1}, säkerhetssamordnare, {unit}\n{tel} | {mob}\n{mail}\n\nVidarebefordrar rapport om hot mot {full:2} vid {pstreet}. Gärningsman {full:3}, {pnr}.",
)
