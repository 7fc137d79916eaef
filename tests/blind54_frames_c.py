"""Frames of the fifty-fourth blind corpus, third file: the kommun's EST rows and notes as the coordinator
types them (trygghetsnotis), SMS and transcribed voicemails from elderly people and neighbours (sms_tips) and
reports on door-to-door sellers from the consumer advisers, the trygghetsvärdar and the landlords
(dorrforsaljning). `role|style|template`; slots as in tests/blind54_fill.py."""

from __future__ import annotations

FRAMES_C = (
    # ---------------------------------------------------------- trygghetsnotis
    "samordnare|trygghetsnotis|{date};{place};Bedrägeri/bedrägeriförsök;Äldre kvinna ({full:1}) på {addr}"
    " uppringd av falsk polis, lämnade ut kort. Anmält av sonen {first:2}.;Trygghetssamordnare",
    "samordnare|trygghetsnotis|Datum: {date}\nOmråde: {place}\nKategori: Övrigt – bedrägeri mot"
    ' äldre\nBeskrivning: Dörrförsäljare i trapphus på {street}, säljer "brandsläckare" för {amount}.'
    " Boende {full:1} ({aldre} år) köpte två. Säljaren kallade sig {first:2}.\nRapportör: {org}",
    "trygghetsvard|trygghetsnotis|{place};{time};Falsk hemtjänstpersonal har ringt på hos äldre på {street}."
    " {full:1} och {full:2} släppte inte in. Bostadsbolaget ({org}) informerat av värden {sur:3}."
    ";Trygghetsvärd",
    "samordnare|trygghetsnotis|Period: {week}\nOmråde: {place}\nHändelse: Grovt bedrägeri mot {low:1},"
    " {aldre} år. Gärningsmän utgav sig för att vara från {bank}, och {amount} fördes till utländskt"
    " konto. Polisens ärende {case}.\nÅtgärd: Information till {org} och hemtjänsten i området.\nSign:"
    " {first:2}",
    "samordnare|trygghetsnotis|Granskning {date}: raden om {full:1} (namn och adress {addr}) ska tas bort"
    ' innan den går ut i lägesbilden. Behåll bara "bedrägeri mot äldre, {place}". / {first:2} till'
    " {first:3}",
    "samordnare|trygghetsnotis|Kommande: informationsträff om bedrägerier {date} kl {time},"
    " {venue}. Arrangör: {org} och {kommun}. Talare: {full:1} (kommunpolis) och {full:2} ({bank}).",
    "samordnare|trygghetsnotis|Insats {week}: Trygghetsvandring med fokus på äldre i {place}. Deltagare"
    " {first:1}, {first:2}, {full:3} från {org}. Vi knackade dörr på {street} och delade ut foldrar. En"
    ' boende, {wfirst:4}, berättade om ett försök med "bankman" förra veckan. Status: slutförd.',
    "kommunpolis|trygghetsnotis|Rapportör: Kommunpolis\nPlats: {pstreet}\nBeskrivning: Två män i"
    ' arbetskläder knackade på hos {full:1} och sa att de skulle "byta vattenmätare". Den ena kallades'
    " {nick:2}. Bil {plate2}. {full:1|g} grannfru {full:3} ringde {org}.",
    # ------------------------------------------------------------------ sms_tips
    "granne|sms_tips|Hej det är {first:1} på {street}. Nu står det två killar och ringer på hos gamla"
    " {full:2} igen. Den ene har blå keps. Bilen har reg {plate} tror jag. Kan nån komma?",
    "boende|sms_tips|hej. jag är {aldre} år och bor i {place}. en man ringde från {mob} o sa han var polis"
    " {sur:1}. jag la på. min son {lowf:2} sa jag skulle skriva hit. {low:3}",
    'boende|sms_tips|Röstmeddelande kl {time}: "Ja hej, det är {full:1} här, jag bor på {addr}. Det har'
    " varit en karl här och sagt att han var från {org} och nu fattas min plånbok. Ring mig på {tel}."
    ' Tack." (transkriberat av {first:2}, reception)',
    "granne|sms_tips|Tips: man i gul väst går runt i {place} o säger han e från elbolaget, frågar efter"
    " BankID. Han sa han hette {first:1}, åkte sen med {line}. Min mamma {full:2} släppte nästan in honom."
    " /{nick:3}",
    'boende|sms_tips|Hej! {first:1} här. Jag fick sms från "{bank}" i morse: "Ditt konto är spärrat, ring'
    ' {mob}". Är det fusk? Jag har inte ringt. Bor på {street} i {place}. Grannen {sur:2} fick samma.',
    "granne|sms_tips|Hallå, det är {wfirst:1} från {org}. Vår medlem {full:2} har precis blivit av med"
    " {amount}, hon har ringt {bank}. Hon bor {addr}. Kan polisen ringa henne på {tel}?",
    "boende|sms_tips|ring mig. {lowf:1} här (granne till {full:2} på {street}). det kom en man i kostym som"
    " sa han var från banken o skulle hämta hennes kort. han åkte iväg i en röd bil {plate2}.",
    'granne|sms_tips|Röstbrevlåda {date} kl {time}\n"Hej, {full:1} heter jag, jag bor i {place}. Min'
    " granne {first:2} har fått besök av två som sa dom var poliser, dom tog hennes smycken. Dom åkte i en"
    ' svart Audi. Mitt nummer är {mob}."',
    # ------------------------------------------------------------ dorrforsaljning
    "konsument|dorrforsaljning|Konsumentvägledningen, anteckning {date}\n{full:1}, {aldre} år, {place},"
    ' har skrivit på avtal om "säkerhetsdörr" för {amount} med ett bolag vars säljare hette {full:2}.'
    " Ångerrätt gäller i fjorton dagar. Dottern {first:3} ({mail}) hjälper till med ångerblanketten."
    " Handläggare {sur:4}",
    "trygghetsvard|dorrforsaljning|Trygghetsvärdarna {week}: dörrförsäljare sedda på {street} och"
    ' {street:2}. De säger att de kommer från "kommunens energiråd". En av dem visade leg med namnet'
    " {full:1}. Kör en grå Passat, {plate}. Boende {low:2} ringde oss.",
    "fastighet|dorrforsaljning|Hej {first:1}! Vi på {org} har fått klagomål från boende på {addr} om"
    ' försäljare som säger att de ska "uppgradera fibern". De har bett {full:2} om personnummer. Vi har'
    " satt upp lappar i alla trappuppgångar i {place}. Mvh förvaltare {sur:3}",
    "konsument|dorrforsaljning|{full:1} ringde konsumentvägledningen {date}: hon har köpt elavtal vid"
    " dörren och säljaren ({first:2}) tog en bild på hennes legitimation. Fastighetsbeteckning {fast}."
    " Hänvisat till {org}.",
    'trygghetsvard|dorrforsaljning|Obs: de s.k. "solcellsförsäljarna" är tillbaka i {place}. Idag kl'
    " {time} pratade jag med en av dem, kallade sig {nick:1}. Han sa att chefen heter {full:2}. Äldre par"
    " på {pstreet} hade fått offert på {amount}. [[Rosa]] lappar i brevlådorna också. /{first:3}",
    "fastighet|dorrforsaljning|Ärende: Störande försäljning\nFastighet: {fast}\nAdress: {addr}\nBeskrivning:"
    " Hyresgäst {full:1} ({aldre}) har skrivit under ett abonnemang hon inte förstått. Säljaren följde med"
    " in i lägenheten. Hyresgästens son {full:2} har kontaktat bolaget.\nBolag: {org}",
    "konsument|dorrforsaljning|Samtal från {full:1}, {tel}: en man som sa sig vara från {org} kom hem till"
    ' hennes mor {full:2} och sålde ett "trygghetspaket" med larm för {amount}. Han skrev in mammas'
    " personnummer ({pnr}) i en platta. Vi rekommenderar att avtalet hävs. Handläggare {sur:3}",
    "trygghetsvard|dorrforsaljning|{first:1}, {first:2} och jag gick runt på {street} under eftermiddagen."
    " Vi mötte två unga män, ca {ung} år. Den ena sa att han hette {full:3} ({snr}) och sålde"
    ' "billigare el". Vi sa åt dem att gå. Bil: {plate2}. Rapport till {org}.',
)
