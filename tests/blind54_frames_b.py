"""Frames of the fifty-fourth blind corpus, second file: relatives' e-mails to the kommun, the bank or the
police (anhorigmejl), warnings sent to pensioners' associations and their own circulars (pensionarsvarning),
and home-care staff's notes and deviation reports (hemtjanst). `role|style|template`; slots as in
tests/blind54_fill.py."""

from __future__ import annotations

FRAMES_B = (
    # ------------------------------------------------------------- anhorigmejl
    "anhorig|anhorigmejl|Hej!\nJag skriver angående min pappa {full:1} som bor på {addr} i {place}. I"
    " förrgår ringde en man som påstod att han var från {bank} och fick pappa att läsa upp koder. Pappa är"
    " {aldre} och har börjat bli glömsk. Vi har pratat med handläggaren {sur:3} en gång men vem kan vi"
    " prata med nu?\n\nMvh {full:2}\n{mob}",
    "anhorig|anhorigmejl|hej, det är {lowf:1} igen (dotter till {full:2}). mamma fick ännu ett samtal idag kl"
    ' {time} från "polisen". denna gång sa han att han hette {first:3} och att hennes granne {wfirst:4}'
    " blivit rånad. hon la på som vi sagt!! tack för tipsen ni gav oss {date}",
    "anhorig|anhorigmejl|Till {org}\n\nMin svärmor {full:1} blev i förra veckan lurad av en dörrförsäljare"
    ' som sa sig sälja "säkerhetslås". Hon betalade {amount} kontant. Mannen hade en grå Volvo, jag såg'
    " reg.nr {plate} när jag kom. Hon bor i {place}, {street}. Kan ni varna era medlemmar?\n/{full:2},"
    " {mail}",
    "anhorig|anhorigmejl|Hej {first:1},\n\ntack för att du ringde mamma. För ordningens skull: hennes"
    " personnummer är {pnr} och hon har fått ny bankdosa från {bank}. Vi bytte också {date} hennes fasta"
    " nummer från {tel} till ett hemligt. Mina syskon {first:2} och {first:3} är informerade.\n\nHälsningar"
    " {full:4}",
    "anhorig|anhorigmejl|Hej. Jag är barnbarn till {full:1} på {pstreet} och vill anmäla att någon ringt"
    " honom från {mob} flera gånger och sagt sig vara från Skatteverket. Han har inte gett ut något. Morfar"
    " har svårt att höra och förväxlar lätt röster. Kan polisen ringa honom? Hans nummer är {tel}."
    " /{first:2}",
    "anhorig|anhorigmejl|Från: {full:1} <{mail}>\nSkickat: {date}\nTill: Seniorinfo\nÄmne: Mamma lurad via"
    " BankID\n\nMamma ({full:2}, {aldre} år) på {addr} har blivit av med {amount}. Hennes"
    " hemtjänstkontakt {first:3} såg att hon var upprörd och ringde mig. Handläggaren {sur:4} vet om det."
    " Polisens ärendenummer:"
    " {case}.\n\n{first:1}",
    "anhorig|anhorigmejl|Hej igen, {first:1}! Bara så du vet: mannen som var hos pappa sa att han hette"
    " {nick:2} och att han jobbade åt {org}. Han körde en svart bil, {plate2}. Grannen {full:3} såg honom"
    " också. Pappa mår okej men sover dåligt. Kram {lowf:4}",
    "anhorig|anhorigmejl|Dear {first:1},\nI am writing in English because my Swedish is not good. My mother"
    " {full:2} lives at {addr} in {place}. Yesterday a man called her on {tel} and said he was from the"
    " police. She gave him her bank card. My brother {first:3} has called the bank.\nBest regards,\n"
    "{full:4}",
    # ------------------------------------------------------- pensionarsvarning
    "samordnare|pensionarsvarning|Till ordförande i {org}, {full:1}\n\n[[Varning]] för falska poliser i"
    " {place}!\nUnder {week} har flera äldre blivit uppringda av personer som säger sig vara poliser."
    " Polisen hämtar ALDRIG pengar eller kort hemma hos dig. Läs gärna upp detta på träffen {date} på"
    " {venue}.\n\nVänliga hälsningar\n{full:2}, trygghetssamordnare, {kommun}",
    "pro|pensionarsvarning|Kära medlemmar!\nVår kassör {full:1} fick i måndags besök av en man som sa att"
    ' han kom från {org} och skulle "kontrollera brandvarnaren". Släpp inte in någon ni inte väntar på.'
    " Ring hellre sekreteraren {sur:2}, {mob}, om ni är osäkra.\nStyrelsen, {org:2}",
    'spf|pensionarsvarning|[[Obs]]! Till alla medlemmar i {org}\nEn man som kallar sig "{full:1}" ringer'
    " och säger att han är från {bank} och att ditt konto är kapat. Lägg på! Ring själv upp banken på"
    " numret på ditt kort.\nFrågor: {full:2}, {tel} eller {mail}",
    "samordnare|pensionarsvarning|Hej {first:1} och alla i styrelsen!\nJag heter {full:2} och är ny"
    " trygghetssamordnare i {place}. Jag kommer gärna till ert möte {date} kl {time} och pratar om"
    ' bedrägerier, tillsammans med kommunpolis {wsur:3}. Vi tar med foldern "[[Bo]] tryggt'
    ' hemma".\nHälsningar {first:2}',
    "pro|pensionarsvarning|Från styrelsen i {org}:\nTvå av våra medlemmar, {full:1} och {full:2}, har"
    ' blivit av med pengar efter samtal från "banken". Den ena förlorade {amount}. Vi påminner: ingen bank'
    " ber dig identifiera dig med BankID i telefon. [[Stark]] uppmaning: lägg på!\n/{nick:3}, ordf.",
    "samordnare|pensionarsvarning|Påminnelse till föreningarnas kontaktpersoner ({first:1}, {first:2},"
    " {first:3}):\nMöte om bedrägerier mot äldre {date} på {venue}. Medverkar gör {full:4} från {bank}"
    " och kommunpolisen. Anmälan till mig, {mob}.\n/{full:5}",
    'spf|pensionarsvarning|Medlemsblad {week}\n{caps:1} berättar: "Jag fick ett sms från något som såg ut'
    ' som {bank}. Jag klickade och sedan ringde de." Hon förlorade {amount}. [[Klara]] råd från oss:'
    " klicka aldrig på länkar i sms. Mer info hos {org} eller ring kassören {sur:2} på {tel}.",
    "samordnare|pensionarsvarning|Ämne: Falska hantverkare – vidarebefordra gärna\n\nHej! I {place} har"
    " falska hantverkare erbjudit sig att rensa hängrännor åt äldre för {amount}, betalt i förskott. En"
    " av dem heter enligt grannar {first:1} och kör en vit Transit ({plate}). Vid frågor kontakta"
    " {full:2}, {tel}, på {kommun}.",
    # ----------------------------------------------------------------- hemtjanst
    "hemtjanst|hemtjanst|Avvikelse {date}\nBrukare: {full:1}, {addr}, {lgh}\nVid besök kl {time}"
    ' berättade brukaren att en "snäll kille från banken" varit där och hämtat hennes kort. Brukaren kunde'
    " inte säga namnet. Kontakt tagen med sonen {full:2}, {mob}. Sjuksköterska {first:3} informerad.\nSign."
    " {init:4}",
    "hemtjanst|hemtjanst|Till enhetschef {first:1}: {low:2} i {place} har fått nya lappar i brevlådan från"
    ' "Hemtjänsten AB" med telefonnummer {mob}. Det är inte vi! Hon sa att en man ringt och frågat om'
    " hennes portkod. Jag har satt upp en lapp på dörren. /{nick:3}",
    "hemtjanst|hemtjanst|Journalanteckning\n{date} kl {time}: {first:1} ringde larmet, orolig. Hade fått"
    ' samtal från "polisen" som sa att hennes bankfack skulle tömmas. Undertecknad ({full:2}) på plats'
    " efter tjugo min. {first:1|g} dotter {full:3} kontaktad.\n{date:2}: Brukaren lugnare. Anhöriga har"
    " kontakt med {bank}.",
    "hemtjanst|hemtjanst|hej {first:1}, kan du kolla med {sur:2} på biståndsenheten? brukaren på {street}"
    ' ({wfirst:3}) säger att en hantverkare tagit {amount} för att "laga elen" och han har gett honom sitt'
    " BankID-kort. jag skrev avvikelse. mvh {lowf:4}",
    "hemtjanst|hemtjanst|Överrapport kväll: Hos {comma:1} ({addr}) satt en okänd man i köket när vi kom kl"
    ' {time}. Han sa att han var "barnbarnets kompis" och hette {first:2}. Han gick när vi frågade.'
    " Brukaren saknar plånbok. Polis kontaktad, ärendenr {case}. /{first:3} & {first:4}",
    "hemtjanst|hemtjanst|Avvikelserapport\nDatum: {date}\nEnhet: Hemtjänst {place}\nHändelse: Brukare"
    " {full:1} uppgav att hon lämnat ut kortkod till en person som ringde från {tel} och sa sig vara från"
    " {bank}. Personal kontaktade {kommun} och polisen. Anhörig: barnbarn {full:2}, {mail}.\nRapporterad"
    " av: {full:3}",
    "hemtjanst|hemtjanst|{first:1} på {street} vill att vi hämtar posten åt henne nu, hon vågar inte öppna"
    ' dörren efter att två kvinnor "från {org}" ringt på. "[[Stig]] på", hade hon sagt, och de lånade'
    " toaletten. En av dem kallades {nick:2}. Hon tror de tog en ring. Vi har larmat polisen. Ansvarig"
    " sjuksköterska {sur:3} vet.",
    "hemtjanst|hemtjanst|Kort info till teamet {week}: {full:1} har fått ett nytt trygghetslarm och ny"
    " telefon eftersom bedragare hade hennes gamla nummer ({tel}). Nytt nummer finns i journalen. Sonen"
    " {first:2} och grannen fru {wsur:3} har nyckel. Biståndshandläggare {sur:4} är informerad.",
)
